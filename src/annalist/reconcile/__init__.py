"""Reconciliation across documents: entity resolution, event coreference, source comparison.

Pure functions over in-memory views (:mod:`annalist.reconcile.claims`); the store feeds them.
"""

from annalist.reconcile.claims import ClaimView, EventCluster, FigureView
from annalist.reconcile.compare import (
    CombinedFigure,
    Comparison,
    combine_figures,
    compare_cluster,
    source_pair_tally,
)
from annalist.reconcile.coref import CorefConfig, cluster_claims
from annalist.reconcile.entities import EntityMentionView, EntityResolution, Merge, resolve_entities

__all__ = [
    "ClaimView",
    "CombinedFigure",
    "Comparison",
    "CorefConfig",
    "EntityMentionView",
    "EntityResolution",
    "EventCluster",
    "FigureView",
    "Merge",
    "cluster_claims",
    "combine_figures",
    "compare_cluster",
    "resolve_entities",
    "source_pair_tally",
]
