"""Doc extension attributes annalist's components read and write.

Each defaults to None (never a shared mutable list); a component assigns a fresh list, and a reader
treats None as "that component did not run".
"""

from __future__ import annotations

from spacy.tokens import Doc

DOC_EXTENSIONS: tuple[str, ...] = (
    "document_date",  # ISO publication date, set by the caller before analysis (or None)
    "anchor_mode",  # auto | narrative | news: how relative dates are anchored (None = auto)
    "citation_spans",  # list[tuple[int, int]]: character spans covered by citations
    "references",  # list[Reference]
    "timexes",  # list[Timex]
    "toponyms",  # list[Toponym]
    "events",  # list[EventMention]
    "claim_links",  # list[ClaimReferenceLink]
    "statements",  # list[Statement]: cited sentences that report no event
    "framing",  # list[FramingSpan]
    "analysis_errors",  # list[str]: components that failed on this document, and why
)


def register_extensions() -> None:
    """Declare annalist's Doc attributes (idempotent: spaCy keeps one process-wide table)."""
    for name in DOC_EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


def record_failure(doc: Doc, component: str, error: Exception) -> None:
    """Note that a component failed on this document; the rest of the analysis goes on."""
    errors = list(doc._.analysis_errors or [])
    errors.append(f"{component}: {error.__class__.__name__}: {error}")
    doc._.analysis_errors = errors
