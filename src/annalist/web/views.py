"""The page handlers behind /-/annalist/: each reads the store in Datasette's thread and renders a template.

Pages set a strict Content-Security-Policy (scripts only from this server) as a second wall behind
autoescaping: even if some text slipped through unescaped, an inline script would not run.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any
from urllib.parse import quote, urlencode, urlsplit

from datasette.utils.asgi import Request, Response

from annalist.web import queries
from annalist.web.agreement import claim_marks, event_agreement
from annalist.web.borders import BordersUnavailable, borders_geojson
from annalist.web.clusters import cluster_points
from annalist.web.highlight import Span, segments
from annalist.web.index import EventFilter, event_index
from annalist.web.review import (
    COOKIE_NAMESPACE,
    REVIEW_COOKIE,
    ReviewAction,
    ReviewRejected,
    csrf_ok,
    token_matches,
)
from annalist.web.timeline import MAX_LANES, TYPE_COLOURS, density_layout, layout, parse_day, type_colour, zoom_windows

PAGE_SIZE = 100
TIMELINE_LIMIT = 600
TIMELINE_BINS = 120
COMPARE_PAGE = 25


def config(datasette: Any) -> dict[str, Any]:
    return dict(datasette.plugin_config("annalist") or {})


async def store_database(datasette: Any) -> Any:
    """The Datasette database holding the annalist store (configured, or the first with an event table)."""
    name = config(datasette).get("database")
    if name:
        return datasette.get_database(name)
    for database in datasette.databases.values():
        if database.name == "_internal":
            continue
        if await database.table_exists("event"):
            return database
    raise LookupError("no annalist store is attached: start with `annalist serve STORE.db` (or pass a .db file)")


def _csp(datasette: Any) -> str:
    images = "'self' data:"
    tile_url = config(datasette).get("tile_url")
    if tile_url:
        parts = urlsplit(tile_url.replace("{s}", "a"))
        images += f" {parts.scheme}://*.{parts.netloc.split('.', 1)[-1]} {parts.scheme}://{parts.netloc}"
    return (
        f"default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src {images}; "
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    )


async def render(
    datasette: Any, request: Request, template: str, context: dict[str, Any], status: int = 200
) -> Response:
    context = {
        **context,
        "review_enabled": bool(config(datasette).get("review_token")),
        "reviewer_signed_in": _signed_in(datasette, request),
        "urlencode": urlencode,
        "type_colours": TYPE_COLOURS,
        "type_colour": type_colour,
        "prefix": datasette.urls.path("/-/annalist"),
    }
    html = await datasette.render_template(template, context, request=request)
    headers = {
        "Content-Security-Policy": _csp(datasette),
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "no-referrer",
    }
    return Response.html(html, status=status, headers=headers)


async def _not_found(datasette: Any, request: Request, what: str) -> Response:
    return await render(datasette, request, "annalist_error.html", {"message": what}, status=404)


async def index(request: Request, datasette: Any) -> Response:
    db = await store_database(datasette)

    def read(connection: sqlite3.Connection) -> dict[str, Any]:
        counts = {
            table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("event", "claim", "document", "source")
        }
        return {"counts": counts, "sources": queries.list_sources(connection)}

    return await render(datasette, request, "annalist_index.html", await db.execute_fn(read))


async def events_page(request: Request, datasette: Any) -> Response:
    db = await store_database(datasette)
    event_filter = EventFilter.from_args(request.args)
    page = max(0, _int(request.args.get("page"), 0))

    def read(connection: sqlite3.Connection) -> dict[str, Any]:
        index = event_index(connection, db.path)
        mask = index.mask(event_filter)
        page_ids = index.select(mask, limit=PAGE_SIZE, offset=page * PAGE_SIZE)
        return {
            "events": queries.events_by_id(connection, page_ids),
            "total": int(mask.sum()),
            "facets": index.facets(mask),
        }

    context = await db.execute_fn(read)
    context.update({"filter": event_filter, "page": page, "page_size": PAGE_SIZE})
    return await render(datasette, request, "annalist_events.html", context)


async def timeline_page(request: Request, datasette: Any) -> Response:
    db = await store_database(datasette)
    event_filter = EventFilter.from_args(request.args)
    group_by = "source" if request.args.get("group") == "source" else "actor"

    def read(connection: sqlite3.Connection) -> dict[str, Any]:
        index = event_index(connection, db.path)
        first, last = parse_day(event_filter.date_from), parse_day(event_filter.date_to, end=True)
        if first is None or last is None:
            low, high = index.bounds(index.mask(event_filter))
            first, last = first or low, last or high
        if first is None or last is None:
            return {"layout": None, "shown": 0, "total": 0, "windows": {}}
        if last < first:
            first, last = last, first
        mask = index.mask(
            EventFilter(**{**event_filter.as_args(), "date_from": first.isoformat(), "date_to": last.isoformat()})
        )
        total = int(mask.sum())
        if total > TIMELINE_LIMIT:
            lanes = index.lane_histogram(mask, group_by, first, last, bins=TIMELINE_BINS, lanes=MAX_LANES)
            drawn, shown = density_layout(lanes, first, last), 0
        else:
            events = queries.events_by_id(connection, index.select(mask, limit=TIMELINE_LIMIT))
            drawn, shown = layout(events, first, last, group_by), len(events)
        return {
            "layout": drawn,
            "shown": shown,
            "total": total,
            "windows": zoom_windows(first, last),
        }

    context = await db.execute_fn(read)
    context.update({"filter": event_filter, "group_by": group_by})
    return await render(datasette, request, "annalist_timeline.html", context)


async def map_page(request: Request, datasette: Any) -> Response:
    settings = config(datasette)
    event_filter = EventFilter.from_args(request.args)
    context = {
        "filter": event_filter,
        "tile_url": settings.get("tile_url") or "",
        "tile_attribution": settings.get("tile_attribution") or "",
        "leaflet_js": datasette.urls.static_plugins("datasette-leaflet", "leaflet-v1.7.1.min.js"),
        "leaflet_css": datasette.urls.static_plugins("datasette-leaflet", "leaflet-v1.7.1.css"),
        "data_url": datasette.urls.path("/-/annalist/map.json") + "?" + urlencode(event_filter.as_args()),
    }
    return await render(datasette, request, "annalist_map.html", context)


async def map_data(request: Request, datasette: Any) -> Response:
    db = await store_database(datasette)
    event_filter = EventFilter.from_args(request.args)
    zoom = _int(request.args.get("zoom"), 4)

    def read(connection: sqlite3.Connection) -> list[dict[str, Any]]:
        index = event_index(connection, db.path)
        return queries.map_points(connection, index.place_type_counts(index.mask(event_filter)))

    points = await db.execute_fn(read)
    markers = cluster_points(points, zoom)
    for marker in markers:
        if marker["event_id"]:
            marker["url"] = datasette.urls.path(f"/-/annalist/event/{marker['event_id']}")
        marker["list_url"] = (
            datasette.urls.path("/-/annalist/events")
            + "?"
            + urlencode(
                event_filter.as_args(place=marker["places"][0]["id"])
                if marker["place_count"] == 1
                else event_filter.as_args()
            )
        )
    return Response.json({"markers": markers, "zoom": zoom, "events": sum(m["count"] for m in markers)})


async def borders(request: Request, datasette: Any) -> Response:
    try:
        body = await _in_thread(borders_geojson)
    except BordersUnavailable as error:
        return Response.json({"error": str(error)}, status=503)
    return Response(body, content_type="application/geo+json", headers={"Cache-Control": "max-age=86400"})


async def _in_thread(fn: Any) -> Any:
    import asyncio

    return await asyncio.get_running_loop().run_in_executor(None, fn)


def _claim_view(connection: sqlite3.Connection, claim: dict[str, Any], marks: dict[str, str]) -> dict[str, Any]:
    """A claim with its sentence shown in context: the sentence, trigger, actors, figures, framing marked."""
    text, offset = queries.document_context(connection, claim["document_id"], claim["start"], claim["end"])
    spans = [
        Span(claim["start"], claim["end"], "claim-sentence", "the sentence this claim comes from"),
        Span(claim["trigger_start"], claim["trigger_end"], "trigger", f"trigger: {claim['type']}"),
    ]
    for figure in claim.get("figures", []):
        spans.append(Span(figure["start"], figure["end"], "figure", f"figure: {figure['kind']}"))
    for row in connection.execute(
        "SELECT start, end, role, name FROM claim_actor WHERE claim_id = ?", (claim["id"],)
    ).fetchall():
        spans.append(Span(row["start"], row["end"], row["role"], f"{row['role']}: {row['name']}"))
    window_end = offset + len(text)
    for row in queries.spans_in(connection, "framing", claim["document_id"], offset, window_end):
        spans.append(Span(row["start"], row["end"], "framing", f"framing ({row['technique']})"))
    for row in queries.spans_in(connection, "reference", claim["document_id"], offset, window_end):
        spans.append(Span(row["start"], row["end"], "reference", "citation"))
    reviews = queries.reviews_of(connection, "claim", claim["id"])
    return {**claim, "segments": segments(text, offset, spans), "marks": marks, "reviews": reviews}


async def event_page(request: Request, datasette: Any) -> Response:
    db = await store_database(datasette)
    event_id = request.url_vars["event_id"]

    def read(connection: sqlite3.Connection) -> dict[str, Any] | None:
        record = queries.load_event(connection, event_id)
        if record is None:
            return None
        agreement = event_agreement(record)
        marks = claim_marks(agreement)
        claims = [_claim_view(connection, claim, marks.get(claim["id"], {})) for claim in record["claims"]]
        return {
            "event": record,
            "claims": claims,
            "agreement": agreement,
            "reviews": queries.reviews_of(connection, "event", event_id),
        }

    context = await db.execute_fn(read)
    if context is None:
        return await _not_found(datasette, request, f"No event with id {event_id!r} in this store.")
    return await render(datasette, request, "annalist_event.html", context)


async def source_page(request: Request, datasette: Any) -> Response:
    db = await store_database(datasette)
    source_id = request.url_vars["source_id"]

    def read(connection: sqlite3.Connection) -> dict[str, Any] | None:
        profile = queries.source_profile(connection, source_id)
        if profile is None:
            return None
        snippets = []
        for row in profile["framing"]:
            text, offset = queries.document_context(
                connection, row["document_id"], row["start"], row["end"], sentences=0
            )
            spans = [Span(row["start"], row["end"], "framing", f"{row['technique']} → {row['target'] or '?'}")]
            snippets.append({"framing": dict(row), "segments": segments(text, offset, spans)})
        for reference in profile["references"]:
            try:
                reference["csl"] = json.loads(reference["csl"])
            except (TypeError, ValueError):
                reference["csl"] = {}
        profile["snippets"] = snippets
        return profile

    context = await db.execute_fn(read)
    if context is None:
        return await _not_found(datasette, request, f"No source with id or name {source_id!r} in this store.")
    return await render(datasette, request, "annalist_source.html", context)


async def compare_page(request: Request, datasette: Any) -> Response:
    db = await store_database(datasette)
    keys = [key.strip() for key in (request.args.get("sources") or "").split(",") if key.strip()][:6]
    page = max(0, _int(request.args.get("page"), 0))

    def read(connection: sqlite3.Connection) -> dict[str, Any]:
        chosen = queries.resolve_sources(connection, keys)
        rows: list[dict[str, Any]] = []
        total = 0
        if len(chosen) >= 2:
            index = event_index(connection, db.path)
            shared = index.mask(EventFilter())
            for source in chosen:
                shared &= index.mask(EventFilter(source=source["id"]))
            ids, total = index.select(shared, limit=COMPARE_PAGE, offset=page * COMPARE_PAGE), int(shared.sum())
            for event_id in ids:
                record = queries.load_event(connection, event_id)
                if record is None:
                    continue
                agreement = event_agreement(record)
                by_source = {s["name"]: [c for c in record["claims"] if c.get("source") == s["name"]] for s in chosen}
                rows.append({"event": record, "by_source": by_source, "agreement": agreement})
        return {"chosen": chosen, "rows": rows, "total": total, "all_sources": queries.list_sources(connection)}

    context = await db.execute_fn(read)
    context.update({"keys": keys, "page": page, "page_size": COMPARE_PAGE})
    return await render(datasette, request, "annalist_compare.html", context)


def _signed_in(datasette: Any, request: Request) -> bool:
    token = config(datasette).get("review_token")
    cookie = request.cookies.get(REVIEW_COOKIE)
    if not token or not cookie:
        return False
    try:
        presented = datasette.unsign(cookie, COOKIE_NAMESPACE)
    except Exception:  # itsdangerous.BadSignature and friends: a forged or stale cookie is simply not signed in
        return False
    return token_matches(token, presented)


async def review_login(request: Request, datasette: Any) -> Response:
    token = config(datasette).get("review_token")
    if not token:
        return await render(
            datasette,
            request,
            "annalist_error.html",
            {"message": "Review is off: start the server with `annalist serve --review`."},
            status=403,
        )
    if request.method == "POST":
        form = await request.post_vars()
        presented = form.get("token")
        if not csrf_ok(request.cookies, form):
            return Response.text("CSRF token missing or wrong: reload the login page and try again.", status=403)
    else:
        presented = request.args.get("token")
    if presented is None:
        return await render(datasette, request, "annalist_login.html", {})
    if not token_matches(token, presented):
        return await render(
            datasette,
            request,
            "annalist_login.html",
            {"error": "That token is not this server's review token."},
            status=403,
        )
    response = Response.redirect(datasette.urls.path("/-/annalist/"), status=303)
    response.set_cookie(REVIEW_COOKIE, datasette.sign(presented, COOKIE_NAMESPACE), httponly=True, samesite="strict")
    return response


async def review_post(request: Request, datasette: Any) -> Response:
    if request.method != "POST":
        return Response.text("Review actions are POSTed from an event page's review form.", status=405)
    if not config(datasette).get("review_token"):
        return Response.text("Review is off (read-only server): start it with `annalist serve --review`.", status=403)
    form = await request.post_vars()
    if not csrf_ok(request.cookies, form):
        return Response.text("CSRF token missing or wrong: reload the page and submit the form again.", status=403)
    if not (_signed_in(datasette, request) or token_matches(config(datasette).get("review_token"), form.get("token"))):
        return Response.text(
            "Not signed in as a reviewer: open the login URL `annalist serve --review` printed.", status=403
        )
    try:
        action = ReviewAction.from_form(form)
    except ReviewRejected as error:
        return Response.text(str(error), status=400)
    db = await store_database(datasette)
    sql, params = action.insert()
    await db.execute_write(sql, params)
    event_id = action.target_id if action.target_table == "event" else str(form.get("return_to") or "")
    back = f"/-/annalist/event/{quote(event_id, safe='')}" if event_id else "/-/annalist/"
    return Response.redirect(datasette.urls.path(back), status=303)


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default
