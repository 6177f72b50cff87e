"""Every export format is registered, documented in docs/exports.md, and writes a file through the API."""

from __future__ import annotations

from pathlib import Path

import pytest

from annalist import api
from annalist.store.database import Store

DOCS = Path(__file__).resolve().parents[2] / "docs" / "exports.md"
FORMATS = ["acled-csv", "ucdp-csv", "timelinejs", "gexf", "graphml", "csl-json", "prov-jsonld", "parquet"]


def test_formats_are_registered() -> None:
    assert set(FORMATS) <= set(api.export_formats())


@pytest.mark.parametrize("fmt", sorted(api.export_formats()))
def test_format_is_documented(fmt: str) -> None:
    assert f"`{fmt}`" in DOCS.read_text(encoding="utf-8"), f"add {fmt} to docs/exports.md"


@pytest.mark.parametrize("fmt", FORMATS)
def test_export_to_path_writes_a_file(export_store: Store, fmt: str, tmp_path: Path) -> None:
    target = tmp_path / f"out.{fmt}"
    count = api.export_to_path(export_store, fmt, target)
    assert count > 0 and target.stat().st_size > 0
