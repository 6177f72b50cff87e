"""Parse one reference string into labelled fields with the CRF trained on AnyStyle data."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import pycrfsuite

from annalist.sources.crf_features import sequence_features

MODEL_RESOURCE = "citations.crfsuite"
# A reference longer than this is cut: CRF decoding is linear, but a runaway "reference" is a segmentation error.
MAX_TOKENS = 200
_TOKEN = re.compile(r"\S+")


class ModelMissing(RuntimeError):
    """The citation model file is not where it should be."""


@dataclass(frozen=True, slots=True)
class ParsedField:
    """A run of tokens with one label, with character offsets into the parsed string."""

    label: str
    text: str
    start: int
    end: int


def default_model_path() -> Path:
    """The model shipped in annalist/data/sources/."""
    return Path(str(resources.files("annalist") / "data" / "sources" / MODEL_RESOURCE))


@lru_cache(maxsize=4)
def _tagger(path: str) -> pycrfsuite.Tagger:
    if not Path(path).is_file():
        raise ModelMissing(
            f"[S002] citation model not found at {path}; reinstall annalist or train one with "
            "`python -m annalist.sources.train_citations core.xml OUT_MODEL`."
        )
    tagger = pycrfsuite.Tagger()
    tagger.open(path)
    return tagger


class ReferenceParser:
    """Labels each whitespace token of a reference (author, title, date, ...) and groups runs into fields."""

    def __init__(self, model_path: Path | None = None) -> None:
        self.model_path = str(model_path or default_model_path())

    def label_words(self, words: list[str]) -> list[str]:
        """One AnyStyle label per word (empty list for no words)."""
        if not words:
            return []
        return list(_tagger(self.model_path).tag(sequence_features(words)))

    def parse(self, text: str) -> list[ParsedField]:
        """The fields of one reference, in order; offsets are into ``text``."""
        return self.parse_scored(text)[0]

    def parse_scored(self, text: str) -> tuple[list[ParsedField], float]:
        """The fields and the CRF's probability of the whole labelling (1.0 for an empty string)."""
        matches = list(_TOKEN.finditer(text))[:MAX_TOKENS]
        if not matches:
            return [], 1.0
        tagger = _tagger(self.model_path)
        labels = list(tagger.tag(sequence_features([match.group() for match in matches])))
        probability = float(tagger.probability(labels))
        fields: list[ParsedField] = []
        run_start = 0
        for index in range(1, len(matches) + 1):
            if index == len(matches) or labels[index] != labels[run_start]:
                start, end = matches[run_start].start(), matches[index - 1].end()
                fields.append(ParsedField(labels[run_start], text[start:end], start, end))
                run_start = index
        return fields, probability
