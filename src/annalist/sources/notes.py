"""Find notes and reference lists: a heading ('References', 'Notes', ...) or numbered lines at a document's end."""

from __future__ import annotations

import re
from dataclasses import dataclass

_HEADING = re.compile(
    r"^[ \t#*]*(references|bibliography|works cited|sources|further reading|literature|notes|footnotes|endnotes|"
    r"citations|references and notes)[ \t]*:?[ \t*]*$",
    re.IGNORECASE | re.MULTILINE,
)
_SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_NOTE_LINE = re.compile(
    r"^[ \t]*(?:\[\^(?P<caret>\d{1,4})\]:|\[(?P<bracket>\d{1,4})\]|\((?P<paren>\d{1,4})\)|(?P<dot>\d{1,4})[.)]"
    rf"|(?P<sup>[{_SUPERSCRIPTS}]+))[ \t]+(?P<body>\S[^\n]*)$",
    re.MULTILINE,
)
_YEAR = re.compile(r"(?<!\d)(1[5-9]\d\d|20\d\d)(?!\d)")
# A numbered block without a heading counts as notes only when it sits in the document's last part.
TAIL_SHARE = 0.5


@dataclass(frozen=True, slots=True)
class NoteEntry:
    """One entry of a notes block or reference list: its text span and its number when numbered."""

    start: int
    end: int
    number: int | None
    style: str  # caret | bracket | paren | dot | sup | plain


def _superscript_number(marker: str) -> int:
    return int("".join(str(_SUPERSCRIPTS.index(char)) for char in marker))


def _numbered_entries(text: str, start: int) -> list[NoteEntry]:
    entries: list[NoteEntry] = []
    for match in _NOTE_LINE.finditer(text, start):
        style = next(name for name in ("caret", "bracket", "paren", "dot", "sup") if match.group(name))
        marker = match.group(style)
        number = _superscript_number(marker) if style == "sup" else int(marker)
        entries.append(NoteEntry(match.start("body"), match.end("body"), number, style))
    return entries


def _plain_entries(text: str, start: int, end: int) -> list[NoteEntry]:
    """One entry per non-empty line: the common shape of a pasted reference list."""
    entries: list[NoteEntry] = []
    for match in re.finditer(r"[^\n]+", text[start:end]):
        line = match.group()
        body = line.strip()
        if len(body.split()) >= 3 or _YEAR.search(body):
            offset = start + match.start() + line.index(body)
            entries.append(NoteEntry(offset, offset + len(body), None, "plain"))
    return entries


def find_note_entries(text: str) -> list[NoteEntry]:
    """Entries under the first notes/references heading; else a numbered block of source-like lines at the end."""
    heading = _HEADING.search(text)
    if heading is not None:
        numbered = _numbered_entries(text, heading.end())
        if numbered:
            return numbered
        return _plain_entries(text, heading.end(), len(text))
    tail = int(len(text) * (1 - TAIL_SHARE))
    # '[^1]: ...' defines a Markdown footnote wherever it stands; other numbered lines only near the end.
    numbered = [entry for entry in _numbered_entries(text, 0) if entry.start >= tail or entry.style == "caret"]
    # Without a heading, a numbered list is notes only when most entries look like sources (carry a year).
    dated = sum(bool(_YEAR.search(text[entry.start : entry.end])) for entry in numbered)
    return numbered if numbered and dated * 2 >= len(numbered) else []


_MARKERS = {
    "caret": re.compile(r"\[\^(\d{1,4})\]"),
    "sup": re.compile(rf"(?<=\S)([{_SUPERSCRIPTS}]+)"),
    "numbered": re.compile(r"[\[(](\d{1,4})[\])]"),
}


def find_markers(text: str, end: int, style: str) -> list[tuple[int, int, int]]:
    """(start, end, number) of each call to a note of this style in ``text[:end]``: '[^3]', '³', '[3]' or '(3)'."""
    pattern = _MARKERS.get(style, _MARKERS["numbered"])
    found: list[tuple[int, int, int]] = []
    for match in pattern.finditer(text, 0, end):
        marker = match.group(1)
        found.append((match.start(), match.end(), _superscript_number(marker) if style == "sup" else int(marker)))
    return found
