"""Fix the CRF's labels where citations written in running prose differ from reference-list style.

The CRF learned reference lists ("Author. Title. City: Publisher, Year."). Prose citations string the same fields
together with commas ("Author, Title, City, Publisher, Year, p. 400"), name a newspaper alone with its date, and
put a year range inside a title; each rule below repairs one such pattern and is a no-op elsewhere.
"""

from __future__ import annotations

import re

from annalist.sources.csl import is_initials as _is_initials
from annalist.sources.reference_parser import ParsedField

PUBLISHER_WORDS = frozenset(
    [
        "press",
        "publishers",
        "publisher",
        "publishing",
        "publications",
        "books",
        "verlag",
        "editions",
        "éditions",
        "center",
        "centre",
        "institute",
        "university",
        "office",
        "ministry",
        "foundation",
        "house",
        "library",
        "archive",
        "archives",
        "documents",
        "society",
        "academy",
        "bureau",
        "organization",
        "organisation",
    ]
)
_TITLE_LIKE = frozenset({"title", "journal", "container-title", "source", "collection-title"})
_YEAR_RANGE = re.compile(r"^\(\d{4}\s*[-–]\s*\d{4}\)[,.;:]?$")
_FULL_DATE = re.compile(r"[A-Za-z]{3,}.*\d{4}|\d{4}.*[A-Za-z]{3,}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}")


def _field(text: str, label: str, start: int, end: int) -> ParsedField:
    return ParsedField(label, text[start:end], start, end)


def _split_place_publisher(text: str, fields: list[ParsedField]) -> list[ParsedField]:
    """'Title, Tehran, Center for X, 2005' labelled title -> title, location, publisher."""
    if any(field.label == "location" for field in fields):
        return fields
    out: list[ParsedField] = []
    for field in fields:
        if field.label not in _TITLE_LIKE and field.label != "publisher":
            out.append(field)
            continue
        pieces = [(m.start() + field.start, m.end() + field.start) for m in re.finditer(r"[^,]+,?", field.text)]
        split_at = None
        # A title keeps at least its first piece; a publisher field may start with its city.
        for index in range(0 if field.label == "publisher" else 1, len(pieces) - 1):
            place = text[pieces[index][0] : pieces[index][1]].strip(" ,")
            publisher = text[pieces[index + 1][0] : pieces[index + 1][1]].lower()
            words = place.split()
            if (
                1 <= len(words) <= 3
                and all(word[:1].isupper() for word in words)
                and not {word.lower() for word in words} & PUBLISHER_WORDS
                and set(re.findall(r"[a-zé]+", publisher)) & PUBLISHER_WORDS
            ):
                split_at = index
                break
        if split_at is None:
            out.append(field)
            continue

        def trimmed(start: int, end: int) -> tuple[int, int]:
            while start < end and text[start].isspace():
                start += 1
            return start, end

        if split_at > 0:
            out.append(_field(text, field.label, *trimmed(field.start, pieces[split_at - 1][1])))
        out.append(_field(text, "location", *trimmed(*pieces[split_at])))
        out.append(_field(text, "publisher", *trimmed(pieces[split_at + 1][0], field.end)))
    return out


def _author_swallowed_title(text: str, fields: list[ParsedField]) -> list[ParsedField]:
    """'Sara Kim, Water and War, Oslo, Fjord Books, 2010': no title, and an 'author' of full-word pieces.

    An author list has initials ('Kim, S., Lee, J.'); a run of full-word pieces before the date is one author
    followed by the title (and place, publisher: split next).
    """
    if any(field.label == "title" for field in fields) or not fields or fields[0].label != "author":
        return fields
    author = fields[0]
    pieces = [m for m in re.finditer(r"[^,]+", author.text) if m.group().strip()]
    if len(pieces) < 3 or any(_is_initials(piece.group()) for piece in pieces):
        return fields
    first_end = author.start + pieces[0].end() + 1
    title_start = author.start + pieces[1].start()
    while text[title_start].isspace():
        title_start += 1
    return [
        _field(text, "author", author.start, first_end),
        _field(text, "title", title_start, author.end),
        *fields[1:],
    ]


def _fold_year_range_into_title(fields: list[ParsedField]) -> list[ParsedField]:
    """'Arising and the End (1965-2005), Vol. 3, ..., 2006': the range is part of the title when a later date exists."""
    dates = [index for index, field in enumerate(fields) if field.label == "date"]
    if len(dates) < 2:
        return fields
    out = list(fields)
    for index in dates[:-1]:
        if _YEAR_RANGE.match(fields[index].text) and index > 0 and fields[index - 1].label in _TITLE_LIKE:
            out[index] = ParsedField("title", fields[index].text, fields[index].start, fields[index].end)
    return out


def _join_unfinished(text: str, fields: list[ParsedField]) -> list[ParsedField]:
    """A title-like field that stops mid-phrase (no closing punctuation) continues into the next title-like field."""
    out: list[ParsedField] = []
    for field in fields:
        previous = out[-1] if out else None
        if previous is not None and (
            previous.label == field.label
            or (previous.label in _TITLE_LIKE and field.label in _TITLE_LIKE and previous.text[-1:].isalnum())
        ):
            out[-1] = _field(text, previous.label, previous.start, field.end)
        else:
            out.append(field)
    return out


def _name_and_date(text: str, fields: list[ParsedField]) -> list[ParsedField]:
    """A lone name then a date: '(Kayhan, 3 August 1988)' names a newspaper, '(Smith 1999, 45)' an author."""
    labels = [field.label for field in fields]
    if len(fields) < 2 or labels[1] != "date" or "title" in labels:
        return fields
    full_date = bool(_FULL_DATE.search(fields[1].text))
    label = "journal" if full_date else "author"
    if labels[0] in {"author", *_TITLE_LIKE} and (full_date or len(fields[0].text.split()) <= 4):
        return [_field(text, label, fields[0].start, fields[0].end), *fields[1:]]
    return fields


def repair_prose_fields(text: str, fields: list[ParsedField]) -> list[ParsedField]:
    """Apply every prose repair, in order, to the fields parsed from ``text``."""
    fields = _fold_year_range_into_title(fields)
    fields = _join_unfinished(text, fields)
    fields = _author_swallowed_title(text, fields)
    fields = _split_place_publisher(text, fields)
    return _name_and_date(text, fields)
