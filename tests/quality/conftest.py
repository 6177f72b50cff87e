"""Fixtures for end-to-end quality tests: real narrative texts run through the whole analysis pipeline."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from spacy.language import Language

from annalist.ingest.job import IngestOptions, document_row
from annalist.ingest.readers import MarkdownReader, PlainTextReader
from annalist.pipeline.language import DocumentInput, analyse
from annalist.records import Analysis, EventMention

DEMO_CORPUS = Path(__file__).resolve().parents[2] / "src" / "annalist" / "data" / "demo_corpus"
MAX_BYTES = 10_000_000


@dataclass(frozen=True)
class Analysed:
    """One document as ingest would store it, with what the pipeline found in it."""

    name: str
    text: str
    published: str | None
    analysis: Analysis

    def events_in(self, words: str) -> list[EventMention]:
        """Events whose claim sentence contains ``words``."""
        return [event for event in self.analysis.events if words in " ".join(event.sentence.split())]


def analyse_files(nlp: Language, paths: list[Path]) -> dict[str, Analysed]:
    """Read files the way ingest does (front matter as metadata, normalised text) and analyse them."""
    rows = []
    for path in paths:
        reader = MarkdownReader(MAX_BYTES) if path.suffix == ".md" else PlainTextReader(MAX_BYTES)
        rows += [(path.name, document_row(item, IngestOptions())) for item in reader.read(path)]
    inputs = [DocumentInput(row.text, row.published) for _, row in rows]
    return {
        name: Analysed(name, row.text, row.published, analysis)
        for (name, row), analysis in zip(rows, analyse(nlp, inputs), strict=True)
    }


@pytest.fixture(scope="session")
def demo_corpus(annalist_nlp: Language) -> dict[str, Analysed]:
    """The shipped demo corpus, analysed once per session, by file name."""
    return analyse_files(annalist_nlp, sorted(DEMO_CORPUS.glob("*.md")))


@pytest.fixture(scope="session")
def seed_article(gold_dir: Path, annalist_nlp: Language) -> Analysed:
    """The running example of DESIGN.md (shared/seed), analysed; skips when the seed folder is absent."""
    seed_dir = gold_dir.parent / "seed"
    texts = sorted(seed_dir.glob("*.txt")) if seed_dir.is_dir() else []
    if not texts:
        pytest.skip(f"seed article not found in {seed_dir}")
    return next(iter(analyse_files(annalist_nlp, texts[:1]).values()))
