"""The actor–event graph behind the gexf and graphml exports: actors and events as nodes, each actor linked to the
events it took part in (actor -> event -> recipient), with start/end dates on nodes and edges for dynamic views."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import networkx as nx

from annalist.export.summary import date_span, death_toll, sources


def actor_node_id(actor: dict[str, Any]) -> str:
    return "actor:" + (actor["entity_id"] or actor["name"].lower())


def _present(attributes: dict[str, Any]) -> dict[str, Any]:
    # GraphML and GEXF have no null: an unknown attribute is left off the element
    return {key: value for key, value in attributes.items() if value is not None}


def _widen(graph: nx.DiGraph, node: str, start: str | None, end: str | None) -> None:
    """Stretch an actor's lifetime to cover an event it took part in."""
    if start is None or end is None:
        return
    data = graph.nodes[node]
    data["start"] = min(data.get("start", start), start)
    data["end"] = max(data.get("end", end), end)


def actor_event_graph(events: Iterable[dict[str, Any]]) -> nx.DiGraph:
    graph = nx.DiGraph(name="annalist actor-event graph")
    for event in events:
        span = date_span(event)
        start, end = (span.start.isoformat(), span.end.isoformat()) if span else (None, None)
        place = event["place"] or {}
        toll = death_toll(event)
        graph.add_node(
            event["id"],
            **_present(
                {
                    "label": f"{event['type']} {start or 'undated'}",
                    "node_kind": "event",
                    "event_type": event["type"],
                    "acled_event_type": event["acled_event_type"],
                    "acled_sub_event_type": event["acled_sub_event_type"],
                    "date_precision": event["date_precision"],
                    "place": place.get("name"),
                    "latitude": place.get("lat"),
                    "longitude": place.get("lon"),
                    "deaths_best": toll.best if toll else None,
                    "claims": len(event["claims"]),
                    "sources": "; ".join(sources(event)),
                    "start": start,
                    "end": end,
                }
            ),
        )
        for role, participants in (("actor", event["actors"]), ("recipient", event["recipients"])):
            for participant in participants:
                node = actor_node_id(participant)
                if node not in graph:
                    graph.add_node(
                        node,
                        **_present(
                            {
                                "label": participant["name"],
                                "node_kind": "actor",
                                "actor_kind": participant["kind"],
                                "sector": participant["sector"],
                                "country": participant["country"],
                                "entity_id": participant["entity_id"],
                            }
                        ),
                    )
                _widen(graph, node, start, end)
                edge = (node, event["id"]) if role == "actor" else (event["id"], node)
                graph.add_edge(*edge, **_present({"role": role, "start": start, "end": end}))
    return graph
