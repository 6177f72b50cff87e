"""Stores for the web tests: generated events, a two-source contradiction, and hostile documents."""

from __future__ import annotations

import asyncio
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from annalist.store.database import open_store
from annalist.store.writer import source_id
from annalist.web.sample import generate_sample_store
from annalist.web.server import make_datasette

# Hostile text a source might contain: none of it may ever run in the browser.
XSS_SCRIPT = "<script>window.__xss = 1; alert('script')</script>"
XSS_IMG = '<img src=x onerror="window.__xss = 2">'
XSS_LINK = '<a href="javascript:window.__xss = 3">read more</a>'
XSS_SOURCE = "<script>window.__xss = 4</script>Hostile Press"
XSS_ACTOR = "<svg onload=window.__xss=5>"
XSS_PLACE = "<b onmouseover=window.__xss=6>Border post</b>"

CONTRADICTION_EVENT = "evt-contradiction"
XSS_EVENT = "evt-hostile"


@dataclass(frozen=True, slots=True)
class ClaimSpec:
    document_id: str
    sentence: str
    trigger: str
    date: str
    actor: str
    dead: float | None = None


def _add_document(connection: sqlite3.Connection, document_id: str, source: str, text: str, url: str = "") -> str:
    sid = source_id(source)
    connection.execute(
        "INSERT OR IGNORE INTO source (id, name, affiliation, url) VALUES (?, ?, ?, ?)",
        (sid, source, "test", url or None),
    )
    connection.execute(
        "INSERT INTO document (id, source_id, origin, title, text, word_count, metadata, ingested_at) "
        "VALUES (?, ?, 'test', ?, ?, ?, '{}', '2026-01-01')",
        (document_id, sid, f"{source} article", text, len(text.split())),
    )
    # one sentence per line, so context windows are predictable
    start = 0
    for index, line in enumerate(text.split("\n")):
        connection.execute(
            "INSERT INTO sentence (document_id, idx, start, end) VALUES (?, ?, ?, ?)",
            (document_id, index, start, start + len(line)),
        )
        start += len(line) + 1
    return sid


def _add_claim(connection: sqlite3.Connection, claim_id: str, event_id: str, spec: ClaimSpec, place_id: str) -> None:
    text = connection.execute("SELECT text FROM document WHERE id = ?", (spec.document_id,)).fetchone()[0]
    start = text.index(spec.sentence)
    trigger_start = start + spec.sentence.index(spec.trigger)
    connection.execute(
        "INSERT INTO claim (id, event_id, document_id, start, end, sentence, trigger_start, trigger_end, trigger, type, "
        "modality, date_start, date_end, date_precision, date_text, place_id, place_text, place_precision, rule, "
        "extractor, extractor_version, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'ASSAULT', 'asserted', ?, ?, "
        "'day', ?, ?, 'the town', 'city', 'test', 'test', '1', 0.9)",
        (
            claim_id, event_id, spec.document_id, start, start + len(spec.sentence), spec.sentence, trigger_start,
            trigger_start + len(spec.trigger), spec.trigger, spec.date, spec.date, spec.date, place_id,
        ),
    )  # fmt: skip
    actor_start = start + spec.sentence.index(spec.actor) if spec.actor in spec.sentence else start
    connection.execute(
        "INSERT INTO claim_actor (claim_id, role, position, start, end, text, name, kind) "
        "VALUES (?, 'actor', 0, ?, ?, ?, ?, 'organisation')",
        (claim_id, actor_start, actor_start + len(spec.actor), spec.actor, spec.actor),
    )
    if spec.dead is not None:
        figure_text = f"{int(spec.dead)} dead"
        figure_start = start + spec.sentence.index(figure_text)
        connection.execute(
            "INSERT INTO figure (id, claim_id, kind, best, unit, start, end, text) VALUES (?, ?, 'dead', ?, 'people', ?, ?, ?)",
            (f"fig-{claim_id}", claim_id, spec.dead, figure_start, figure_start + len(figure_text), figure_text),
        )


def write_contradiction(connection: sqlite3.Connection) -> None:
    """One event two sources date a day apart and count differently."""
    connection.execute(
        "INSERT INTO place (id, name, lat, lon, country, precision) VALUES ('x:kerend', 'Kerend-e Gharb', 34.28, 46.24, 'IR', 'city')"
    )
    connection.execute(
        "INSERT INTO event (id, type, date_start, date_end, date_precision, place_id, place_precision, confidence, origin) "
        "VALUES (?, 'ASSAULT', '1988-07-25', '1988-07-26', 'day', 'x:kerend', 'city', 0.9, 'reconcile')",
        (CONTRADICTION_EVENT,),
    )
    first = "Nothing unusual was reported in the morning.\nColumns of the armed group stormed the town on 25 July, and 40 dead were counted.\nThe roads were closed afterwards."
    second = "A relief convoy was announced.\nOn 26 July the armed group overran the town, leaving 90 dead by nightfall.\nTalks resumed later."
    _add_document(connection, "doc-first", "Morning Courier", first)
    _add_document(connection, "doc-second", "Evening Herald", second)
    _add_claim(
        connection, "clm-first", CONTRADICTION_EVENT,
        ClaimSpec("doc-first", "Columns of the armed group stormed the town on 25 July, and 40 dead were counted.",
                  "stormed", "1988-07-25", "the armed group", 40.0),
        "x:kerend",
    )  # fmt: skip
    _add_claim(
        connection, "clm-second", CONTRADICTION_EVENT,
        ClaimSpec("doc-second", "On 26 July the armed group overran the town, leaving 90 dead by nightfall.",
                  "overran", "1988-07-26", "the armed group", 90.0),
        "x:kerend",
    )  # fmt: skip


def write_hostile(connection: sqlite3.Connection) -> None:
    """A document, source, place and actor whose text is HTML and script: it must show as text, inert."""
    connection.execute(
        "INSERT INTO place (id, name, lat, lon, country, precision) VALUES ('x:hostile', ?, 34.5, 45.9, 'IR', 'city')",
        (XSS_PLACE,),
    )
    connection.execute(
        "INSERT INTO event (id, type, date_start, date_end, date_precision, place_id, place_precision, confidence, origin) "
        "VALUES (?, 'ASSAULT', '1988-07-27', '1988-07-27', 'day', 'x:hostile', 'city', 0.5, 'extraction')",
        (XSS_EVENT,),
    )
    sentence = f"Raiders {XSS_IMG} burned the depot, leaving 3 dead."
    text = f"Intro line {XSS_SCRIPT}.\n{sentence}\nMore at {XSS_LINK}."
    document = "doc-hostile"
    _add_document(connection, document, XSS_SOURCE, text, url="javascript:window.__xss = 7")
    _add_claim(
        connection,
        "clm-hostile",
        XSS_EVENT,
        ClaimSpec(document, sentence, "burned", "1988-07-27", XSS_ACTOR, 3.0),
        "x:hostile",
    )
    script_start = text.index(XSS_SCRIPT)
    connection.execute(
        "INSERT INTO framing (id, document_id, start, end, text, technique, target, extractor, extractor_version, confidence) "
        "VALUES ('frm-hostile', ?, ?, ?, ?, 'Loaded_Language', ?, 'test', '1', 0.5)",
        (document, script_start, script_start + len(XSS_SCRIPT), XSS_SCRIPT, XSS_ACTOR),
    )
    link_start = text.index(XSS_LINK)
    connection.execute(
        "INSERT INTO reference (id, document_id, start, end, text, kind, csl, extractor, extractor_version, confidence) "
        "VALUES ('ref-hostile', ?, ?, ?, ?, 'running_text', ?, 'test', '1', 0.5)",
        (
            document,
            link_start,
            link_start + len(XSS_LINK),
            XSS_LINK,
            '{"title": "<script>window.__xss = 8</script>", "URL": "javascript:alert(1)"}',
        ),
    )
    connection.execute(
        "INSERT INTO claim_reference (claim_id, reference_id, rule) VALUES ('clm-hostile', 'ref-hostile', 'test')"
    )


def build_web_store(path: Path, events: int = 60) -> Path:
    with open_store(path) as store:
        generate_sample_store(store.connection, events, seed=3, places=12)
        store.connection.execute("BEGIN")
        write_contradiction(store.connection)
        write_hostile(store.connection)
        store.connection.execute("COMMIT")
    return path


@pytest.fixture(scope="session")
def web_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_web_store(tmp_path_factory.mktemp("web") / "web.db")


class Client:
    """Datasette's in-process client, called synchronously (each call runs its own event loop)."""

    def __init__(self, datasette: Any) -> None:
        self.datasette = datasette
        asyncio.run(datasette.invoke_startup())

    def get(self, path: str, **kwargs: Any) -> Any:
        return asyncio.run(self.datasette.client.get(path, **kwargs))

    def post(self, path: str, **kwargs: Any) -> Any:
        return asyncio.run(self.datasette.client.post(path, **kwargs))


@pytest.fixture(scope="session")
def client(web_store: Path) -> Client:
    return Client(make_datasette(web_store))


@pytest.fixture
def review_client(tmp_path: Path) -> Client:
    return Client(make_datasette(build_web_store(tmp_path / "review.db", events=5), review_token="secret-token"))
