"""Shared fixtures: the spaCy model (loaded once), gold data (skipped cleanly when absent)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from spacy.language import Language

REPO = Path(__file__).resolve().parent.parent
GOLD_ENV = "ANNALIST_GOLD_DATA"


def gold_root() -> Path:
    return Path(os.environ.get(GOLD_ENV, REPO.parent / "shared" / "data"))


@pytest.fixture(scope="session")
def gold_dir() -> Path:
    """The public gold data folder (../shared/data by default); skips the test when it is absent."""
    root = gold_root()
    if not root.is_dir():
        pytest.skip(f"gold data not found at {root} (set {GOLD_ENV} to its folder)")
    return root


@pytest.fixture(scope="session")
def base_nlp() -> Language:
    """The bare statistical model, loaded once per test session."""
    from annalist.pipeline.model import load_base_model

    return load_base_model()


@pytest.fixture(scope="session")
def annalist_nlp() -> Language:
    """annalist's full pipeline, built once per test session."""
    from annalist.api import load_pipeline

    return load_pipeline()


@pytest.fixture
def store(tmp_path: Path):  # type: ignore[no-untyped-def]
    """A fresh store in a temporary file."""
    from annalist.store.database import open_store

    with open_store(tmp_path / "test.db") as opened:
        yield opened


DEMO_CORPUS = REPO / "src" / "annalist" / "data" / "demo_corpus"
