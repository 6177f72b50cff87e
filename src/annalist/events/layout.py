"""Which stretches of a text are not narrative: headings and title lines, which code no event and name no actor.

spaCy's sentence splitter often glues a heading to the sentence after it ("# The last offensives, July 1988"
+ "Iran accepted ..."), so the heading's noun phrase becomes a subject of the first verb. The event
component reads only the narrative part of each sentence; the tokens of these spans are left out.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

# A Markdown ATX heading ("# Title", "### Part two").
MARKDOWN_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+\S.*$", re.MULTILINE)
# A paragraph of one line: text between blank lines (or the text's edges).
ONE_LINE_PARAGRAPH = re.compile(r"(?:\A|\n[ \t]*\n)[ \t]*([^\n]+?)[ \t]*(?=\n[ \t]*\n|\n?[ \t]*\Z)")
# A title line ends without the punctuation that closes a sentence.
SENTENCE_END = re.compile(r"[.!?;:,…\"”’'»]\s*$|[.!?]\)\s*$")
TITLE_MAX_WORDS = 20
# The key under which the extractor leaves, on the Doc, the token indices it must not read as narrative.
SKIPPED_TOKENS = "annalist.events.skipped_tokens"


def heading_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of Markdown headings and title lines (short one-line paragraphs with no closing stop)."""
    spans = {match.span() for match in MARKDOWN_HEADING.finditer(text)}
    for match in ONE_LINE_PARAGRAPH.finditer(text):
        line = match.group(1)
        if len(line.split()) <= TITLE_MAX_WORDS and not SENTENCE_END.search(line):
            spans.add(match.span(1))
    return sorted(spans)


def skipped_tokens(doc: Doc, spans: list[tuple[int, int]]) -> frozenset[int]:
    """Indices of the tokens that start inside any of ``spans``."""
    if not spans:
        return frozenset()
    ordered = sorted(spans)
    found: set[int] = set()
    index = 0
    for token in doc:
        while index < len(ordered) and ordered[index][1] <= token.idx:
            index += 1
        if index == len(ordered):
            break
        if ordered[index][0] <= token.idx < ordered[index][1]:
            found.add(token.i)
    return frozenset(found)


def is_skipped(token_index: int, doc: Doc) -> bool:
    """Whether the extractor marked this token as outside the narrative (heading, title line, citation)."""
    skipped: frozenset[int] = doc.user_data.get(SKIPPED_TOKENS) or frozenset()
    return token_index in skipped


__all__ = ["SKIPPED_TOKENS", "heading_spans", "is_skipped", "skipped_tokens"]
