"""Find works and sources named in running prose: 'X describes ... in his book, Title' and 'according to X'."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc

from annalist.sources.csl import parse_names

_WORK_KINDS = {
    "book": "book",
    "books": "book",
    "memoir": "book",
    "memoirs": "book",
    "biography": "book",
    "autobiography": "book",
    "history": "book",
    "novel": "book",
    "diary": "manuscript",
    "diaries": "manuscript",
    "chronicle": "book",
    "study": "report",
    "report": "report",
    "article": "article",
    "essay": "article",
    "paper": "article",
    "column": "article-newspaper",
    "editorial": "article-newspaper",
    "op-ed": "article-newspaper",
    "dissertation": "thesis",
    "thesis": "thesis",
    "documentary": "motion_picture",
    "film": "motion_picture",
    "interview": "interview",
}
_TITLE_WORD = r"[A-Z0-9\u00C0-\u024F][\w’'\-]*"
_TITLE_LINK = r"(?:of|the|a|an|and|in|on|for|to|at|from|with|by|de|la|el|al|or|under|over|against)"
_TITLE = rf"(?:[“\"‘](?P<quoted>[^”\"’\n]{{1,200}})[”\"’]|(?P<caps>{_TITLE_WORD}(?:[ \t]+(?:{_TITLE_LINK}[ \t]+)*{_TITLE_WORD}){{0,15}}))"
_IN_WORK = re.compile(
    r"\b(?:in|In)[ \t]+(?:(?:his|her|their|its|the|a|an)[ \t]+)?(?:(?:\w+[ \t]+){0,2})?"
    rf"(?P<kind>{'|'.join(sorted(_WORK_KINDS, key=len, reverse=True))})"
    rf"(?:[ \t]*[,:][ \t]*|[ \t]+(?:titled|entitled|called)[ \t]+|[ \t]+){_TITLE}"
)
_ACCORDING = re.compile(r"\b[Aa]ccording to[ \t]+(?:the[ \t]+)?")
_SOURCE_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE", "WORK_OF_ART"})
_CAPITALISED_RUN = re.compile(r"(?:[A-Z][\w’'.\-]*)(?:[ \t]+(?:of[ \t]+|the[ \t]+)?[A-Z][\w’'.\-]*){0,5}")
_NAME_BEFORE_VERB = re.compile(r"([A-Z][\w’'\-]+(?:[ \t]+[A-Z][\w’'\-]+){1,3})[ \t]+(?:\w+[ \t]+){0,12}$")


@dataclass(frozen=True, slots=True)
class NamedSource:
    """A work or source named in the prose, ready to become a Reference."""

    start: int
    end: int
    kind: str  # running_text | according_to
    csl: dict[str, Any]


def _sentence_start(doc: Doc, text: str, char: int) -> int:
    """Where the sentence holding ``char`` starts (its line's start when the Doc has no sentences)."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    if span is not None and doc.has_annotation("SENT_START"):
        return int(span[0].sent.start_char)
    return text.rfind("\n", 0, char) + 1


def _author_before(doc: Doc, text: str, sentence_start: int, position: int) -> str | None:
    """The named person or organisation nearest before ``position`` in its sentence (the work's author)."""
    candidates = [
        ent for ent in doc.ents if ent.label_ in {"PERSON", "ORG"} and sentence_start <= ent.start_char < position
    ]
    if candidates:
        return str(candidates[-1].text)
    match = _NAME_BEFORE_VERB.search(text[sentence_start:position])
    return match.group(1) if match else None


def works_in_text(doc: Doc) -> list[NamedSource]:
    """'... in his book, The Title' (or 'in her memoir “Title”'): the work, with its author when the sentence names one."""
    found: list[NamedSource] = []
    text = doc.text
    for match in _IN_WORK.finditer(text):
        title_group = "quoted" if match.group("quoted") else "caps"
        title = match.group(title_group).strip()
        if not title:
            continue
        sentence_start = _sentence_start(doc, text, match.start())
        csl: dict[str, Any] = {"type": _WORK_KINDS[match.group("kind")], "title": title}
        author = _author_before(doc, text, sentence_start, match.start())
        if author:
            csl["author"] = parse_names(author)
        end = match.end(title_group) + (1 if title_group == "quoted" else 0)
        found.append(NamedSource(match.start(), end, "running_text", csl))
    return found


def _source_after(doc: Doc, text: str, position: int) -> tuple[str, int, str | None] | None:
    """The entity (or capitalised run) that starts at ``position``: its text, end and label."""
    token = doc.char_span(position, position + 1, alignment_mode="expand")
    if token is not None and token[0].ent_iob_ == "B" and token[0].ent_type_ in _SOURCE_LABELS:
        ent = (
            next(ent for ent in token[0].sent.ents if ent.start == token[0].i)
            if doc.has_annotation("SENT_START")
            else next(ent for ent in doc.ents if ent.start == token[0].i)
        )
        return str(ent.text), ent.end_char, str(ent.label_)
    match = _CAPITALISED_RUN.match(text, position)
    if match and not doc.has_annotation("ENT_IOB"):
        return match.group().rstrip("."), match.start() + len(match.group().rstrip(".")), None
    return None


def according_to(doc: Doc) -> list[NamedSource]:
    """'according to X' where X is a named person, organisation or publication."""
    found: list[NamedSource] = []
    text = doc.text
    for match in _ACCORDING.finditer(text):
        source = _source_after(doc, text, match.end())
        if source is None:
            continue
        name, end, label = source
        names = parse_names(name) if label == "PERSON" else [{"literal": name}]
        found.append(NamedSource(match.start(), end, "according_to", {"type": "document", "author": names}))
    return found
