"""gexf and graphml: networkx reads back the actor–event graph, dynamic dates included."""

from __future__ import annotations

import io
from pathlib import Path

import networkx as nx
import pytest

from annalist import api
from annalist.store.database import Store


def read_back(store: Store, fmt: str, tmp_path: Path) -> nx.DiGraph:
    buffer = io.BytesIO()
    count = api.export(store, fmt, buffer)
    path = tmp_path / f"graph.{fmt}"
    path.write_bytes(buffer.getvalue())
    graph = nx.read_gexf(path) if fmt == "gexf" else nx.read_graphml(path)
    assert count == graph.number_of_nodes()
    return graph


@pytest.mark.parametrize("fmt", ["gexf", "graphml"])
def test_graph_links_actors_to_events(export_store: Store, fmt: str, tmp_path: Path) -> None:
    graph = read_back(export_store, fmt, tmp_path)
    kinds = nx.get_node_attributes(graph, "node_kind")
    events = [node for node, kind in kinds.items() if kind == "event"]
    actors = {graph.nodes[node]["label"] for node, kind in kinds.items() if kind == "actor"}
    assert len(events) == 3
    assert {"Mujahedin-e Khalq (MEK)", "Iranian armed forces", "Iraqi armed forces", "Government of Iran"} <= actors
    battle = next(node for node in events if graph.nodes[node].get("claims") == 2)
    roles = {
        graph.nodes[u if v == battle else v]["label"]: data["role"]
        for u, v, data in graph.edges(data=True)
        if battle in (u, v)
    }
    assert roles == {"Mujahedin-e Khalq (MEK)": "actor", "Iranian armed forces": "recipient"}
    assert graph.has_edge("actor:mek", battle) and graph.has_edge(battle, "actor:mil_irn")


def test_gexf_is_dynamic_with_dates_on_nodes_and_edges(export_store: Store, tmp_path: Path) -> None:
    buffer = io.BytesIO()
    api.export(export_store, "gexf", buffer)
    text = buffer.getvalue().decode()
    assert 'mode="dynamic"' in text and 'timeformat="date"' in text
    graph = read_back(export_store, "gexf", tmp_path)
    iraqi = graph.nodes["actor:mil_irq"]
    assert (iraqi["start"], iraqi["end"]) == ("1988-07-01", "1988-07-31")
    assert graph.edges["actor:mek", next(iter(graph.successors("actor:mek")))]["start"] == "1988-07-25"
    undated = [node for node, data in graph.nodes(data=True) if data.get("event_type") == "AGREE"]
    assert undated and "start" not in graph.nodes[undated[0]]
