"""Prose-style training variants made from core.xml's own references.

AnyStyle's data are reference lists ("Doe, J. (1999). Title. City: Publisher."). Citations in running prose
string the same fields with commas ("Jane Doe, Title, City, Publisher, 1999, p. 212") or name a newspaper and a
full date ("Daily Tribune, 3 May 2001"). Re-rendering core.xml's labelled fields in those shapes teaches the CRF
both styles from the same training data, with no text from elsewhere.
"""

from __future__ import annotations

import random
import re

from annalist.sources.anystyle_xml import LabelledReference
from annalist.sources.csl import parse_names

_MONTH_NAMES = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
_ORDER = ("author", "title", "journal", "container-title", "volume", "location", "publisher", "date", "pages")
_YEAR = re.compile(r"(1[5-9]\d\d|20\d\d)")
_TRAILING = " ,.;:"
_VOLUME_WORD = re.compile(r"^vol(?:ume)?\.?\s*", re.IGNORECASE)


def _bare(text: str) -> str:
    text = text.strip().rstrip(_TRAILING).strip()
    if text.startswith("(") and text.endswith(")") and text.count("(") == 1:
        text = text[1:-1]
    return text


def _full_date(year: str, rng: random.Random) -> str:
    day, month = rng.randint(1, 28), rng.choice(_MONTH_NAMES)
    return f"{month} {day}, {year}" if rng.random() < 0.5 else f"{day} {month} {year}"


def _prose_names(text: str) -> str:
    """'Romero, C., & Dweck, C.' -> 'C. Romero and C. Dweck': prose names people given name first."""
    names = parse_names(text)
    if not names:
        return text
    rendered = [
        name.get("literal") or " ".join(part for part in (name.get("given", ""), name.get("family", "")) if part)
        for name in names
    ]
    if len(rendered) == 1:
        return rendered[0]
    return ", ".join(rendered[:-1]) + " and " + rendered[-1]


def _pages(text: str) -> str:
    numbers = re.findall(r"\d+", text)
    if not numbers:
        return text
    return f"pp. {numbers[0]}-{numbers[1]}" if len(numbers) > 1 else f"p. {numbers[0]}"


def prose_variant(reference: LabelledReference, rng: random.Random) -> LabelledReference | None:
    """The reference re-written as a comma-separated prose citation, or None when it lacks a title or a date."""
    fields: dict[str, str] = {}
    for label, text in reference:
        if label in _ORDER and label not in fields and _bare(text):
            fields[label] = _bare(text)
    if "title" not in fields or "date" not in fields:
        return None
    year = _YEAR.search(fields["date"])
    if year is None:
        return None
    has_container = "journal" in fields or "container-title" in fields
    fields["date"] = _full_date(year.group(1), rng) if has_container and rng.random() < 0.5 else year.group(1)
    if "pages" in fields:
        fields["pages"] = _pages(fields["pages"])
    if "author" in fields and rng.random() < 0.7:
        fields["author"] = _prose_names(fields["author"])
    if "volume" in fields and rng.random() < 0.5:
        fields["volume"] = "Vol. " + _VOLUME_WORD.sub("", fields["volume"])
    ordered = [(label, fields[label]) for label in _ORDER if label in fields]
    if rng.random() < 0.15:
        ordered = [(label, text) for label, text in ordered if label != "author"]
    # Keep the same separator the reference would carry: a comma after every field but the last.
    return [(label, f"{text}," if index < len(ordered) - 1 else text) for index, (label, text) in enumerate(ordered)]


def newspaper_variant(reference: LabelledReference, rng: random.Random) -> LabelledReference | None:
    """'Journal Name, 3 May 2001': a periodical named with a full date only."""
    journal = next((_bare(text) for label, text in reference if label == "journal"), None)
    date = next((text for label, text in reference if label == "date"), "")
    year = _YEAR.search(date)
    if not journal or year is None:
        return None
    return [("journal", f"{journal},"), ("date", _full_date(year.group(1), rng))]


def augment(references: list[LabelledReference], *, share: float, seed: int = 1988) -> list[LabelledReference]:
    """Prose and newspaper variants for about ``share`` of the references (deterministic for a seed)."""
    rng = random.Random(seed)
    variants: list[LabelledReference] = []
    for reference in references:
        if rng.random() >= share:
            continue
        for make in (prose_variant, newspaper_variant):
            variant = make(reference, rng)
            if variant is not None and (make is prose_variant or rng.random() < 0.3):
                variants.append(variant)
    return variants
