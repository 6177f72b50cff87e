// The annalist map: server-clustered markers over offline Natural Earth borders (or tiles, if configured).
// Every string from the store is put into the page with textContent, never innerHTML.
// Leaflet comes from the datasette-leaflet package, which ships it as an ES module.
const element = document.getElementById("annalist-map");
const status = document.getElementById("annalist-map-status");

async function start() {
  let L;
  try {
    L = await import(element.dataset.leafletJs);
  } catch (error) {
    status.textContent = "The map library did not load: " + error;
    return;
  }
  var map = L.map(element, { worldCopyJump: true }).setView([33, 45], 4);
  var tileUrl = element.dataset.tileUrl;
  if (tileUrl) {
    L.tileLayer(tileUrl, { attribution: element.dataset.tileAttribution || "", maxZoom: 18 }).addTo(map);
  }
  fetch(element.dataset.bordersUrl).then(function (response) {
    if (!response.ok) { throw new Error("borders unavailable"); }
    return response.json();
  }).then(function (geojson) {
    L.geoJSON(geojson, {
      style: { color: "#777", weight: 1, fillColor: "#f4f1ea", fillOpacity: tileUrl ? 0 : 1 }, interactive: false
    }).addTo(map).bringToBack();
  }).catch(function () { /* no borders: markers still show */ });

  var markers = L.layerGroup().addTo(map);
  var fitted = false;

  function popupFor(marker) {
    var box = document.createElement("div");
    box.className = "map-popup";
    var head = document.createElement("strong");
    head.textContent = marker.count === 1 ? marker.type : marker.count + " events";
    box.appendChild(head);
    var places = document.createElement("div");
    places.textContent = marker.places.map(function (p) { return p.name; }).join(", ") +
      (marker.place_count > marker.places.length ? " …" : "");
    box.appendChild(places);
    if (marker.count > 1) {
      var types = document.createElement("div");
      types.textContent = Object.keys(marker.types).map(function (t) { return t + " " + marker.types[t]; }).join(" · ");
      box.appendChild(types);
    }
    var link = document.createElement("a");
    if (marker.url) { link.href = marker.url; link.textContent = "Open event"; link.className = "event-link"; }
    else { link.href = marker.list_url; link.textContent = "List these events"; }
    box.appendChild(link);
    return box;
  }

  function load() {
    var url = element.dataset.eventsUrl + (element.dataset.eventsUrl.indexOf("?") >= 0 ? "&" : "?") + "zoom=" + map.getZoom();
    fetch(url).then(function (response) { return response.json(); }).then(function (data) {
      markers.clearLayers();
      var bounds = [];
      data.markers.forEach(function (marker) {
        var radius = Math.min(28, 6 + 3 * Math.log(marker.count + 1));
        var circle = L.circleMarker([marker.lat, marker.lon], {
          radius: radius, color: "#222", weight: 1, fillColor: marker.colour, fillOpacity: 0.85, className: "event-marker"
        });
        circle.bindPopup(function () { return popupFor(marker); });
        if (marker.count > 1) {
          circle.bindTooltip(String(marker.count), { permanent: true, direction: "center", className: "count-label" });
        }
        circle.addTo(markers);
        bounds.push([marker.lat, marker.lon]);
      });
      status.textContent = data.events + " events with a place, in " + data.markers.length + " markers.";
      element.dataset.markers = String(data.markers.length);
      if (!fitted && bounds.length) {
        fitted = true;
        map.fitBounds(bounds, { padding: [30, 30], maxZoom: 8, animate: false });
      }
    }).catch(function (error) { status.textContent = "Could not load events: " + error; });
  }
  map.on("zoomend", load);
  load();
}

if (element) { start(); }
