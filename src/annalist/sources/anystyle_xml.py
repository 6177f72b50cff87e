"""Reading AnyStyle's Wapiti dataset XML: one ``<sequence>`` per reference, one child element per field."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

# One labelled reference: its fields in order, each (label, text as written).
LabelledReference = list[tuple[str, str]]


class DatasetError(ValueError):
    """The file is not AnyStyle/Wapiti dataset XML."""


def read_dataset(path: Path) -> list[LabelledReference]:
    """Every ``<sequence>`` of the file, as ordered (label, text) fields; empty fields are dropped."""
    try:
        root = ET.parse(path).getroot()
    except (ET.ParseError, OSError) as error:
        raise DatasetError(
            f"[S001] cannot read {path} as AnyStyle dataset XML ({error}); pass a file like anystyle's "
            "res/parser/core.xml or gold.xml."
        ) from error
    sequences: list[LabelledReference] = []
    for sequence in root.iter("sequence"):
        fields = [(child.tag, " ".join((child.text or "").split())) for child in sequence]
        sequences.append([(label, text) for label, text in fields if text])
    return sequences


def tokens_of(reference: LabelledReference) -> tuple[list[str], list[str]]:
    """The reference's whitespace tokens and one label per token (AnyStyle's own tokenisation)."""
    words: list[str] = []
    labels: list[str] = []
    for label, text in reference:
        for word in text.split():
            words.append(word)
            labels.append(label)
    return words, labels
