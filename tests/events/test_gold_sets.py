"""Our own event gold sets (data/events/*.jsonl) load, name parties that occur in their sentences, use PLOVER
types, and are described in GOLD.md."""

from __future__ import annotations

from pathlib import Path

import pytest

from annalist.bench.events import NO_EVENT, load_domain
from annalist.events.ontology import PLOVER_TYPES

DATA = Path(__file__).resolve().parents[2] / "src" / "annalist" / "data" / "events"
GOLD_SETS = sorted(DATA.glob("*.jsonl"))


def test_every_set_is_described() -> None:
    described = (DATA / "GOLD.md").read_text(encoding="utf-8")
    assert GOLD_SETS
    assert [p.name for p in GOLD_SETS if f"`{p.name}`" not in described] == []


@pytest.mark.parametrize("path", GOLD_SETS, ids=lambda p: p.name)
def test_a_set_loads_with_known_types(path: Path) -> None:
    gold = load_domain(path)  # raises when an actor or recipient phrase is not in its sentence
    assert gold
    assert {g.type for g in gold} - {NO_EVENT} <= set(PLOVER_TYPES)
    texts = [g.text for g in gold]
    assert len(set(texts)) == len(texts)  # no sentence twice
