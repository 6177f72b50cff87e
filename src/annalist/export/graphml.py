"""graphml: the actor–event graph as GraphML (yEd, Cytoscape, igraph), start/end dates as plain attributes."""

from __future__ import annotations

from typing import IO, cast

from annalist.store.database import Store
from annalist.store.events import iter_events


class GraphMlExporter:
    format = "graphml"
    suffix = ".graphml"
    binary = True  # networkx writes encoded XML
    description = "GraphML actor–event graph (actors and events as nodes, role and dates on edges)"

    def write(self, store: Store, out: IO[str] | IO[bytes]) -> int:
        import networkx as nx  # loaded on use: listing formats should not pay for it

        from annalist.export.actor_graph import actor_event_graph

        graph = actor_event_graph(iter_events(store.connection))
        nx.write_graphml(graph, cast(IO[bytes], out))
        return int(graph.number_of_nodes())
