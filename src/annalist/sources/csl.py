"""Turn parsed reference fields into CSL-JSON (the format Zotero and citeproc read)."""

from __future__ import annotations

import re
from typing import Any

from annalist.sources.reference_parser import ParsedField

_EDGE = " \t,.;:()[]{}\"'“”‘’«»"
_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("jan", "january", "janvier", "januar"),
            ("feb", "february", "février", "februar"),
            ("mar", "march", "mars", "märz"),
            ("apr", "april", "avril"),
            ("may", "mai"),
            ("jun", "june", "juin", "juni"),
            ("jul", "july", "juillet", "juli"),
            ("aug", "august", "août"),
            ("sep", "sept", "september", "septembre"),
            ("oct", "october", "octobre", "oktober"),
            ("nov", "november", "novembre"),
            ("dec", "december", "décembre", "dezember"),
        ],
        start=1,
    )
    for name in names
}
_YEAR = re.compile(r"\b(1[5-9]\d\d|20\d\d)\b")
_DAY = re.compile(r"\b([0-3]?\d)(?:st|nd|rd|th)?\b")
_ORGANISATION_WORDS = frozenset(
    [
        "organization",
        "organisation",
        "institute",
        "center",
        "centre",
        "university",
        "ministry",
        "office",
        "agency",
        "committee",
        "council",
        "association",
        "society",
        "foundation",
        "party",
        "army",
        "bureau",
        "department",
        "commission",
        "group",
        "league",
        "front",
        "movement",
        "press",
        "company",
        "corporation",
    ]
)
_NAME_PARTICLES = frozenset(
    ["de", "del", "della", "der", "di", "du", "la", "le", "van", "von", "bin", "ibn", "al", "el"]
)
_EDITOR_MARKERS = re.compile(r"\b(?:in|eds?|edited by|editors?|hrsg|trans(?:lated)?(?: by)?|tr)\b\.?", re.IGNORECASE)
_PAGE_MARKERS = re.compile(r"^(?:pp?|pages?|s)\.?\s*", re.IGNORECASE)
_VOLUME_MARKERS = re.compile(r"^(?:vol(?:ume)?s?|bd|t|tome)\.?\s*", re.IGNORECASE)
_ISSUE = re.compile(r"(?:no|nr|issue|n°)\.?\s*(\w+)", re.IGNORECASE)

# AnyStyle labels -> CSL-JSON variables that hold plain text.
_TEXT_FIELDS = {
    "title": "title",
    "journal": "container-title",
    "container-title": "container-title",
    "collection-title": "collection-title",
    "publisher": "publisher",
    "location": "publisher-place",
    "edition": "edition",
    "genre": "genre",
    "note": "note",
    "medium": "medium",
    "source": "source",
    "isbn": "ISBN",
    "doi": "DOI",
    "url": "URL",
    "citation-number": "citation-number",
}
_NAME_FIELDS = {
    "author": "author",
    "editor": "editor",
    "translator": "translator",
    "director": "director",
    "producer": "producer",
}


def clean(text: str) -> str:
    """The field's text without the punctuation that separates it from its neighbours (balanced brackets stay)."""
    text = " ".join(text.split()).strip(_EDGE)
    for opener, closer in ("()", "[]"):
        if text.count(opener) > text.count(closer):
            text += closer
    return text


def is_initials(part: str) -> bool:
    words = part.replace(".", ". ").split()
    return bool(words) and all(len(word.strip(".-")) <= 2 or word.isupper() for word in words)


def _person(name: str) -> dict[str, str]:
    """'Ali Akbar Rastgoo' -> family Rastgoo; 'Heidegger M.' / 'Smith JJ' -> family first, initials after."""
    words = name.split()
    if not words:
        return {"literal": name}
    if len(words) > 1 and is_initials(" ".join(words[1:])) and not is_initials(words[0]):
        return {"family": words[0], "given": " ".join(words[1:])}
    family_start = len(words) - 1
    while family_start > 1 and words[family_start - 1].lower() in _NAME_PARTICLES:
        family_start -= 1
    if family_start == 0:
        return {"family": words[0]}
    return {"family": " ".join(words[family_start:]), "given": " ".join(words[:family_start])}


def parse_names(text: str) -> list[dict[str, str]]:
    """A name field ('Romero, C., Paunesku, D., & Dweck, C.' or 'Ali Soltani') as CSL name objects."""
    text = clean(_EDITOR_MARKERS.sub(" ", text) if _EDITOR_MARKERS.search(text) else text)
    text = re.sub(r"\bet al\b\.?", "", text).strip(_EDGE)
    if not text:
        return []
    words = {word.lower().strip(_EDGE) for word in text.split()}
    if words & _ORGANISATION_WORDS or (len(text.split()) > 6 and "," not in text):
        return [{"literal": text}]
    names: list[dict[str, str]] = []
    for chunk in re.split(r"\s*(?:;|&|\band\b|\bund\b|\bet\b)\s*", text):
        parts = [part.strip(_EDGE) for part in chunk.split(",") if part.strip(_EDGE)]
        index = 0
        while index < len(parts):
            part = parts[index]
            follower = parts[index + 1] if index + 1 < len(parts) else None
            if follower is not None and (is_initials(follower) or (" " not in part and " " not in follower)):
                # "Family, Given" pairs: the second part is initials or a single given name.
                names.append({"family": part, "given": follower})
                index += 2
            else:
                names.append(_person(part))
                index += 1
    return names


def parse_date(text: str) -> dict[str, Any] | None:
    """'July 26, 2005' / '12 August 1988' / '(2011).' -> CSL date-parts; a range gives two parts; None when no year."""
    years = _YEAR.findall(text)
    if not years:
        return {"literal": clean(text)} if clean(text) else None
    if len(years) > 1:
        return {"date-parts": [[int(years[0])], [int(years[-1])]]}
    parts = [int(years[0])]
    lowered = text.lower()
    month = next((_MONTHS[word] for word in re.findall(r"[a-zéû]+", lowered) if word in _MONTHS), None)
    if month:
        parts.append(month)
        without_year = _YEAR.sub(" ", text)
        day = next((int(d) for d in _DAY.findall(without_year) if 1 <= int(d) <= 31), None)
        if day:
            parts.append(day)
    return {"date-parts": [parts]}


def _csl_type(csl: dict[str, Any], labels: set[str]) -> str:
    container = str(csl.get("container-title", "")).lower()
    if "url" in labels and not labels & {"journal", "publisher", "container-title"}:
        return "webpage"
    if any(word in container for word in ("newspaper", "times", "post", "daily", "gazette", "herald", "news")):
        return "article-newspaper"
    issued = csl.get("issued", {}).get("date-parts", [[]])
    if "journal" in labels and not ("title" not in labels and len(issued[0]) == 3):
        return "article-journal"
    if "journal" in labels or ("container-title" in labels and len(issued[0]) == 3):
        return "article-newspaper"
    if "container-title" in labels or ("editor" in labels and "title" in labels and "publisher" in labels):
        return "chapter" if "container-title" in labels else "book"
    if "genre" in labels and "thesis" in str(csl.get("genre", "")).lower():
        return "thesis"
    if labels & {"publisher", "location"}:
        return "book"
    return "document"


def to_csl(fields: list[ParsedField]) -> dict[str, Any]:
    """CSL-JSON for one reference; repeated text fields are joined, the first date is the issue date."""
    csl: dict[str, Any] = {}
    labels = {field.label for field in fields}
    for field in fields:
        if field.label in _NAME_FIELDS:
            csl.setdefault(_NAME_FIELDS[field.label], []).extend(parse_names(field.text))
        elif field.label == "date":
            date = parse_date(field.text)
            if date and "issued" not in csl:
                csl["issued"] = date
        elif field.label == "pages":
            csl["page"] = _PAGE_MARKERS.sub("", clean(field.text)).replace("–", "-")
        elif field.label == "volume":
            text = clean(field.text)
            issue = _ISSUE.search(text)
            if issue:
                csl["issue"] = issue.group(1)
                text = clean(text[: issue.start()])
            volume = clean(_VOLUME_MARKERS.sub("", text))
            with_issue = re.fullmatch(r"(\w+)\s*\((\w+)\)", volume)
            if with_issue:  # '5(2)': volume 5, issue 2
                volume, csl["issue"] = with_issue.group(1), with_issue.group(2)
            if volume:
                csl["volume"] = volume
        elif field.label in _TEXT_FIELDS:
            key = _TEXT_FIELDS[field.label]
            value = field.text.strip() if key in {"URL", "DOI"} else clean(field.text)
            if value:
                csl[key] = f"{csl[key]}, {value}" if key in csl else value
    csl["type"] = _csl_type(csl, labels)
    return csl
