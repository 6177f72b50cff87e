"""Find parenthetical citations in running prose: '(Author, Title, City, Publisher, 2005, p. 400)'."""

from __future__ import annotations

import re
from collections.abc import Iterator

from annalist.time.lexicon import MONTHS

# An opening parenthesis not closed within this many characters (or before a blank line) is dropped: unbalanced
# input must not make one "citation" swallow the rest of the document.
MAX_CITATION_CHARS = 600
_YEAR = re.compile(r"(?<![\d])(1[5-9]\d\d|20\d\d)(?![\d])")
_WORD = re.compile(r"[^\W\d_][\w’'-]*")
_NOT_SOURCE_WORDS = frozenset(MONTHS) | frozenset(
    [
        "in",
        "on",
        "at",
        "since",
        "until",
        "from",
        "to",
        "and",
        "or",
        "between",
        "circa",
        "ca",
        "c",
        "born",
        "died",
        "d",
        "b",
        "r",
        "reigned",
        "ad",
        "bc",
        "bce",
        "ce",
        "ah",
        "sh",
        "the",
        "of",
        "est",
        "estimated",
        "about",
        "around",
    ]
)


def top_level_parentheses(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each outermost balanced '(...)' (end exclusive), skipping unbalanced or runaway ones."""
    depth = 0
    opened = -1
    index = 0
    length = len(text)
    while index < length:
        char = text[index]
        if char == "(":
            if depth == 0:
                opened = index
            depth += 1
        elif char == ")" and depth > 0:
            depth -= 1
            if depth == 0:
                yield opened, index + 1
        elif depth > 0 and (index - opened > MAX_CITATION_CHARS or text.startswith("\n\n", index)):
            # Runaway: restart the scan just after the unmatched '(' so later citations are still found.
            depth = 0
            index = opened + 1
            continue
        index += 1


def looks_like_citation(content: str) -> bool:
    """A year, and at least one capitalised word that is not part of a date ('(25 July 1988)' is no citation)."""
    outside_nested = re.sub(r"\([^()]*\)", " ", content)
    if not _YEAR.search(outside_nested) and not _YEAR.search(content):
        return False
    words = [word for word in _WORD.findall(content) if word.lower().strip("’'") not in _NOT_SOURCE_WORDS]
    return any(word[0].isupper() for word in words)


def parenthetical_citations(text: str) -> Iterator[tuple[int, int]]:
    """Spans of the citations inside parentheses, brackets excluded; '(A 1999; B 2001)' gives two spans."""
    for start, end in top_level_parentheses(text):
        content_start, content_end = start + 1, end - 1
        content = text[content_start:content_end]
        if "\n" in content.strip() or not looks_like_citation(content):
            continue
        piece_start = content_start
        for piece in re.split(r"(;)", content):
            if piece == ";":
                piece_start += 1
                continue
            stripped = piece.strip()
            if stripped and looks_like_citation(stripped):
                offset = piece_start + piece.index(stripped)
                yield offset, offset + len(stripped)
            piece_start += len(piece)
