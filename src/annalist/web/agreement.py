"""Agreement and contradiction marks for the event page, from reconcile's own comparison.

If the event record already carries a ``comparison`` (written by reconcile), it is shown as is;
otherwise the claims are turned into :class:`ClaimView` objects and compared with
:func:`annalist.reconcile.compare.compare_cluster`, so the page and the reconciler never disagree.
"""

from __future__ import annotations

from typing import Any

from annalist.reconcile.claims import ClaimView, EventCluster, FigureView
from annalist.reconcile.compare import compare_cluster

VERDICT_MARKS = {
    "agree": "✔ agree",
    "compatible": "≈ compatible",
    "contradict": "✘ contradict",
    "single": "· one source",
}


def _claim_view(claim: dict[str, Any], event_type: str) -> ClaimView:
    return ClaimView(
        claim_id=claim["id"],
        document_id=claim["document_id"],
        source=claim.get("source") or claim["document_id"],  # an unnamed source is its own document
        type=claim.get("type") or event_type,
        modality=claim.get("modality") or "asserted",
        date_start=claim.get("date_start"),
        date_end=claim.get("date_end"),
        date_precision=claim.get("date_precision"),
        lat=claim.get("lat"),
        lon=claim.get("lon"),
        place_precision=claim.get("place_precision"),
        place_name=claim.get("place_name"),
        actors=tuple(claim.get("actors", ())),
        recipients=tuple(claim.get("recipients", ())),
        figures=tuple(
            FigureView(f["kind"], f["low"], f["best"], f["high"], f.get("unit") or "people")
            for f in claim.get("figures", ())
        ),
        sentence=claim.get("sentence") or "",
    )


def event_agreement(record: dict[str, Any]) -> dict[str, Any]:
    """Per attribute: verdict, each claim's value, pair details; plus combined low/best/high figures."""
    stored = record.get("comparison")
    if stored:
        # the store's event schema: a list of attribute comparisons, combined figures beside it
        attributes = [{**item, "mark": VERDICT_MARKS.get(item["verdict"], item["verdict"])} for item in stored]
        return {"attributes": attributes, "figures": list(record.get("combined_figures", [])), "error": None}
    claims = [_claim_view(claim, record["type"]) for claim in record["claims"]]
    cluster = EventCluster(
        event_id=record["id"],
        type=record["type"],
        claims=tuple(claims),
        date_start=record.get("date_start"),
        date_end=record.get("date_end"),
        lat_range=None,
        lon_range=None,
        place_names=(),
        actors=(),
        recipients=(),
    )
    try:
        comparison = compare_cluster(cluster)
    except ValueError as error:  # one malformed claim must not take the whole page down
        return {"attributes": [], "figures": [], "error": str(error)}
    attributes = [
        {
            "attribute": a.attribute,
            "verdict": a.verdict,
            "mark": VERDICT_MARKS.get(a.verdict, a.verdict),
            "values": [{"claim_id": c, "source": s, "value": v} for c, s, v in a.values],
            "pairs": [
                {"source_a": p.source_a, "source_b": p.source_b, "verdict": p.verdict, "detail": p.detail}
                for p in a.pairs
            ],
        }
        for a in comparison.attributes
    ]
    figures = [
        {"kind": f.kind, "low": f.low, "best": f.best, "high": f.high, "reports": f.reports, "rule": f.rule}
        for f in comparison.figures
    ]
    return {"attributes": attributes, "figures": figures, "error": None}


def claim_marks(agreement: dict[str, Any]) -> dict[str, dict[str, str]]:
    """For each claim id, each attribute's verdict, so every claim card can show its own marks."""
    marks: dict[str, dict[str, str]] = {}
    for attribute in agreement["attributes"]:
        for value in attribute.get("values", []):
            marks.setdefault(value["claim_id"], {})[attribute["attribute"]] = attribute["verdict"]
    return marks
