"""csl-json: every work the sources cite, as CSL-JSON items Zotero imports; ``note`` lists the claims citing each.

The same work cited by several documents becomes one item. Only CSL 1.0.2 variables are written, so citation
managers never meet a key they reject.
"""

from __future__ import annotations

import json
from typing import IO, Any, cast

from annalist.store.database import Store

CSL_TYPES = frozenset({
    "article", "article-journal", "article-magazine", "article-newspaper", "bill", "book", "broadcast", "chapter",
    "classic", "collection", "dataset", "document", "entry", "entry-dictionary", "entry-encyclopedia", "event", "figure",
    "graphic", "hearing", "interview", "legal_case", "legislation", "manuscript", "map", "motion_picture",
    "musical_score", "pamphlet", "paper-conference", "patent", "performance", "periodical", "personal_communication",
    "post", "post-weblog", "regulation", "report", "review", "review-book", "software", "song", "speech", "standard",
    "thesis", "treaty", "webpage",
})  # fmt: skip
NAME_VARIABLES = frozenset({"author", "editor", "translator", "director", "producer", "container-author"})
DATE_VARIABLES = frozenset({"issued", "accessed", "original-date", "event-date"})
TEXT_VARIABLES = frozenset({
    "title", "container-title", "collection-title", "publisher", "publisher-place", "edition", "genre", "medium",
    "source", "ISBN", "ISSN", "DOI", "URL", "page", "volume", "issue", "number", "citation-number", "note", "language",
    "abstract", "event-title", "original-title",
})  # fmt: skip


def csl_item(csl: dict[str, Any], item_id: str) -> dict[str, Any]:
    """A clean CSL item: known variables only, a valid type, text variables as strings."""
    item: dict[str, Any] = {"id": item_id, "type": csl.get("type") if csl.get("type") in CSL_TYPES else "document"}
    for key, value in csl.items():
        if key in NAME_VARIABLES and isinstance(value, list):
            item[key] = [name for name in value if isinstance(name, dict)]
        elif key in DATE_VARIABLES and isinstance(value, dict):
            item[key] = value
        elif key in TEXT_VARIABLES and value not in (None, ""):
            item[key] = str(value)
    return item


def _citing_claims(store: Store) -> dict[str, list[str]]:
    """Reference id -> one line per claim citing it: the source and the claim's sentence."""
    lines: dict[str, list[str]] = {}
    for row in store.connection.execute(
        "SELECT cr.reference_id, c.id, c.sentence, COALESCE(s.name, d.title, d.id) AS source FROM claim_reference cr "
        "JOIN claim c ON c.id = cr.claim_id JOIN document d ON d.id = c.document_id "
        "LEFT JOIN source s ON s.id = d.source_id ORDER BY d.published, c.document_id, c.start"
    ):
        lines.setdefault(row["reference_id"], []).append(f'{row["source"]}: "{row["sentence"]}" [{row["id"]}]')
    # cited sentences that report no event (quotations, beliefs, predictions) rest on the work too
    for row in store.connection.execute(
        "SELECT st.reference_id, st.id, st.kind, st.text, COALESCE(s.name, d.title, d.id) AS source FROM statement st "
        "JOIN document d ON d.id = st.document_id LEFT JOIN source s ON s.id = d.source_id "
        "ORDER BY d.published, st.document_id, st.start"
    ):
        lines.setdefault(row["reference_id"], []).append(
            f'{row["source"]} ({row["kind"]}): "{row["text"]}" [{row["id"]}]'
        )
    return lines


def csl_items(store: Store) -> list[dict[str, Any]]:
    citing = _citing_claims(store)
    items: dict[str, dict[str, Any]] = {}
    notes: dict[str, list[str]] = {}
    for row in store.connection.execute("SELECT id, text, csl FROM reference ORDER BY document_id, start"):
        csl = json.loads(row["csl"])
        work = json.dumps(csl, sort_keys=True)  # the same parsed work, wherever it was cited
        if work not in items:
            items[work] = csl_item(csl, row["id"])
            notes[work] = [str(items[work]["note"])] if "note" in items[work] else []
        notes[work].append(f"Cited as: {row['text']} [{row['id']}]")
        notes[work].extend(f"Supports claim — {line}" for line in citing.get(row["id"], []))
    for work, item in items.items():
        item["note"] = "\n".join(notes[work])
    return list(items.values())


class CslJsonExporter:
    format = "csl-json"
    suffix = ".json"
    binary = False
    description = "CSL-JSON bibliography of every cited work (Zotero, Pandoc), with the claims citing it in note"

    def write(self, store: Store, out: IO[str] | IO[bytes]) -> int:
        items = csl_items(store)
        cast(IO[str], out).write(json.dumps(items, ensure_ascii=False, indent=1))
        return len(items)
