"""A parsed document's sentences, found once and shared by every component that reads them.

``Doc.sents`` walks the whole document on each access; five components each asking for it would walk it five
times. The parse does not change after the parser, so the first caller's boundaries are kept in
``doc.user_data`` — as token offsets, not Spans: a Span held by its own Doc would make a reference cycle, and
the Doc would then wait for the cyclic collector instead of being freed when the caller drops it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # types only: importing this module must not load spaCy
    from spacy.tokens import Doc, Span

_KEY = "annalist.sentence_tokens"


def _token_bounds(doc: Doc) -> list[tuple[int, int]]:
    cached: list[tuple[int, int]] | None = doc.user_data.get(_KEY)
    if cached is None or (cached and cached[-1][1] != len(doc)):
        if doc.has_annotation("SENT_START"):
            cached = [(sent.start, sent.end) for sent in doc.sents]
        else:
            cached = [(0, len(doc))] if len(doc) else []
        doc.user_data[_KEY] = cached
    return cached


def sentences(doc: Doc) -> list[Span]:
    """The document's sentences in order; the whole document as one sentence when nothing split it."""
    return [doc[start:end] for start, end in _token_bounds(doc)]


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """(start_char, end_char) of each sentence."""
    return [(span.start_char, span.end_char) for span in sentences(doc)]
