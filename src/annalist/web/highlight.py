"""Highlighting untrusted source text without ever marking it safe.

Text is cut into plain segments at every span boundary; each segment carries the CSS classes of the
spans covering it. Templates print ``segment.text`` through Jinja's autoescape inside a ``<mark>``,
so a document containing ``<script>`` shows the characters and runs nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise


@dataclass(frozen=True, slots=True)
class Span:
    """A highlight: document offsets, a CSS class from our fixed set, and a tooltip."""

    start: int
    end: int
    css: str
    title: str = ""


@dataclass(frozen=True, slots=True)
class Segment:
    """A run of text covered by the same highlights (no highlight: ``css`` is empty)."""

    text: str
    css: str
    title: str


def segments(text: str, offset: int, spans: Iterable[Span]) -> list[Segment]:
    """Cut ``text`` (which starts at document offset ``offset``) at every span boundary."""
    length = len(text)
    clipped = [
        Span(max(0, s.start - offset), min(length, s.end - offset), s.css, s.title)
        for s in spans
        if s.end - offset > 0 and s.start - offset < length and s.end > s.start
    ]
    cuts = sorted({0, length, *(s.start for s in clipped), *(s.end for s in clipped)})
    result: list[Segment] = []
    for lo, hi in pairwise(cuts):
        covering = [s for s in clipped if s.start <= lo and hi <= s.end]
        css = " ".join(dict.fromkeys(s.css for s in covering))
        title = "; ".join(dict.fromkeys(s.title for s in covering if s.title))
        result.append(Segment(text[lo:hi], css, title))
    return result
