"""Source profiles: who publishes a document, what it cites, how much of it rests on references, how it frames.

The publisher table (data/sources/publishers.tsv, ours, extensible) gives each publisher an affiliation label;
a user-given label for a source always wins over the table.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from annalist.records import ClaimReferenceLink, EventMention, FramingSpan, Reference


class PublisherTableError(ValueError):
    """A publisher table file is malformed."""


@dataclass(frozen=True, slots=True)
class Publisher:
    name: str
    affiliation: str
    country: str | None


def _key(name: str) -> str:
    """Case, punctuation and a leading 'the' do not distinguish publishers."""
    words = re.findall(r"\w+", name.lower().replace("’", "'"))
    return " ".join(words[1:] if words[:1] == ["the"] else words)


def default_publisher_table() -> Path:
    return Path(str(resources.files("annalist") / "data" / "sources" / "publishers.tsv"))


class PublisherTable:
    """Publisher name or alias -> Publisher (name, affiliation, country)."""

    def __init__(self, paths: list[Path] | None = None, *, include_default: bool = True) -> None:
        self._by_key: dict[str, Publisher] = {}
        for path in ([default_publisher_table()] if include_default else []) + list(paths or []):
            self._load(path)

    def _load(self, path: Path) -> None:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip() or line.startswith("#") or line.startswith("publisher\t"):
                continue
            parts = line.split("\t")
            if len(parts) < 2 or not parts[0].strip() or not parts[1].strip():
                raise PublisherTableError(
                    f"[S020] {path}:{number}: expected 'publisher<TAB>affiliation<TAB>country<TAB>aliases', got {line!r}."
                )
            country = parts[2].strip() if len(parts) > 2 and parts[2].strip() else None
            publisher = Publisher(parts[0].strip(), parts[1].strip(), country)
            aliases = parts[3].split("|") if len(parts) > 3 else []
            for name in [publisher.name, *aliases]:
                if name.strip():
                    self._by_key[_key(name)] = publisher

    def lookup(self, name: str | None) -> Publisher | None:
        """The publisher named ``name`` (exact after normalising case and punctuation), or None."""
        return self._by_key.get(_key(name)) if name else None


@dataclass(slots=True)
class SourceProfile:
    """What a reader asks of a document: on what does it rest, and how does it frame?"""

    publisher: str | None
    affiliation: str | None
    references: int
    cited_publishers: dict[str, str | None] = field(default_factory=dict)  # publisher -> affiliation
    claims: int = 0
    claims_with_reference: int = 0
    framing_spans: int = 0
    framing_per_1000_words: float = 0.0
    techniques: dict[str, int] = field(default_factory=dict)

    @property
    def referenced_share(self) -> float:
        """Share of the document's claims linked to at least one reference."""
        return self.claims_with_reference / self.claims if self.claims else 0.0


def profile_document(
    text: str,
    references: list[Reference],
    events: list[EventMention],
    links: list[ClaimReferenceLink],
    framing: list[FramingSpan],
    *,
    publisher: str | None = None,
    affiliation: str | None = None,
    table: PublisherTable | None = None,
) -> SourceProfile:
    """One document's profile; ``affiliation`` (the user's label) wins over the table's."""
    table = table or PublisherTable()
    known = table.lookup(publisher)
    cited: dict[str, str | None] = {}
    for reference in references:
        name = reference.csl.get("publisher") or reference.csl.get("container-title")
        if name:
            entry = table.lookup(str(name))
            cited[str(name)] = entry.affiliation if entry else None
    words = max(1, len(text.split()))
    return SourceProfile(
        publisher=known.name if known else publisher,
        affiliation=affiliation or (known.affiliation if known else None),
        references=len(references),
        cited_publishers=cited,
        claims=len(events),
        claims_with_reference=len({link.event_index for link in links}),
        framing_spans=len(framing),
        framing_per_1000_words=1000 * len(framing) / words,
        techniques=dict(Counter(span.technique for span in framing)),
    )
