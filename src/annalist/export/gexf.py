"""gexf: the dynamic actor–event graph for Gephi (GEXF 1.2), with start/end dates on nodes and edges."""

from __future__ import annotations

from typing import IO, cast

from annalist.store.database import Store
from annalist.store.events import iter_events


class GexfExporter:
    format = "gexf"
    suffix = ".gexf"
    binary = True  # networkx writes encoded XML
    description = "GEXF dynamic actor–event graph for Gephi (start/end dates on nodes and edges)"

    def write(self, store: Store, out: IO[str] | IO[bytes]) -> int:
        import networkx as nx  # loaded on use: listing formats should not pay for it

        from annalist.export.actor_graph import actor_event_graph

        graph = actor_event_graph(iter_events(store.connection))
        graph.graph["mode"] = "dynamic"
        nx.write_gexf(graph, cast(IO[bytes], out))
        return int(graph.number_of_nodes())
