"""The command line: exit codes, JSON schema of events, exports, help for every command."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.main import get_command
from typer.testing import CliRunner

from annalist.cli import app

REPO = Path(__file__).resolve().parents[2]
DEMO = REPO / "src" / "annalist" / "data" / "demo_corpus"
EVENT_KEYS = {
    "id",
    "type",
    "mode",
    "acled_event_type",
    "acled_sub_event_type",
    "date_start",
    "date_end",
    "date_precision",
    "place",
    "actors",
    "recipients",
    "figures",
    "claims",
}
CLAIM_KEYS = {"id", "document_id", "source", "sentence", "start", "end", "modality"}

runner = CliRunner()


def invoke(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.output


def test_every_command_has_help() -> None:
    group = get_command(app)
    names = list(group.commands)  # type: ignore[attr-defined]
    assert {"ingest", "analyse", "events", "export", "serve"} <= set(names)
    for name in names:
        code, output = invoke(name, "--help")
        assert code == 0 and "Usage" in output, name


def test_usage_error_exits_2(tmp_path: Path) -> None:
    code, _ = invoke("ingest", str(tmp_path), "--anchor", "sideways", "--db", str(tmp_path / "x.db"))
    assert code == 2
    code, _ = invoke("export", "--format", "no-such-format", "--db", str(tmp_path / "x.db"))
    assert code == 2


def test_ingest_exit_code_is_1_when_some_inputs_are_rejected(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "ok.txt").write_text("Government forces shelled the village on 3 March 1985.", encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    db = tmp_path / "s.db"
    code, output = invoke("ingest", str(folder), "--db", str(db), "--quiet")
    assert code == 1
    assert "empty.txt" in output and "empty file" in output
    code, _ = invoke("ingest", str(folder / "ok.txt"), "--db", str(db), "--quiet")
    assert code == 0
    logged = sqlite3.connect(db).execute("SELECT origin, reason FROM ingest_log").fetchall()
    assert any(origin.endswith("empty.txt") for origin, _ in logged)


def test_demo_corpus_events_json_and_geojson(tmp_path: Path) -> None:
    db = str(tmp_path / "demo.db")
    code, _ = invoke("ingest", str(DEMO), "--db", db, "--quiet")
    assert code == 0
    code, output = invoke("events", "--db", db, "--json")
    assert code == 0
    events = [json.loads(line) for line in output.splitlines() if line.strip()]
    for event in events:
        assert set(event) >= EVENT_KEYS
        assert event["claims"] and all(set(claim) >= CLAIM_KEYS for claim in event["claims"])
    target = tmp_path / "events.geojson"
    code, _ = invoke("export", "--format", "geojson", "--db", db, "-o", str(target))
    assert code == 0
    collection = json.loads(target.read_text(encoding="utf-8"))
    assert collection["type"] == "FeatureCollection"
    for feature in collection["features"]:
        lon, lat = feature["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90


def test_seed_article_ingests_and_exports(gold_dir: Path, tmp_path: Path) -> None:
    seed = gold_dir.parent / "seed"
    if not seed.is_dir():
        pytest.skip("seed article not found")
    db = str(tmp_path / "seed.db")
    code, _ = invoke("ingest", str(seed), "--db", db, "--quiet")
    assert code == 0
    for fmt in ("events-jsonl", "geojson"):
        code, _ = invoke("export", "--format", fmt, "--db", db, "-o", str(tmp_path / f"out.{fmt}"))
        assert code == 0


@pytest.mark.slow
def test_killed_ingest_leaves_no_half_document_and_resumes_without_duplicates(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    texts = [
        f"Dispatch {i}: artillery struck the depot near the border crossing at dawn on day {i}." for i in range(400)
    ]
    corpus.write_text("\n".join(json.dumps({"text": t}) for t in texts) + "\n", encoding="utf-8")
    db = tmp_path / "kill.db"
    command = [sys.executable, "-m", "annalist.cli", "ingest", str(corpus), "--db", str(db), "--quiet"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    stored = 0
    while time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.2)
        if db.exists():
            try:
                stored = sqlite3.connect(db, timeout=1).execute("SELECT COUNT(*) FROM document").fetchone()[0]
            except sqlite3.OperationalError:
                continue
            if stored >= 20:
                break
    assert process.poll() is None, "ingest finished before it could be killed; make the corpus larger"
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    connection = sqlite3.connect(db)
    assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    partial = connection.execute("SELECT COUNT(*) FROM document").fetchone()[0]
    assert 20 <= partial < len(texts)
    # every stored document is whole: analysed, with its sentences
    assert connection.execute("SELECT COUNT(*) FROM document WHERE analysed_version IS NULL").fetchone()[0] == 0
    assert (
        connection.execute(
            "SELECT COUNT(*) FROM document d WHERE NOT EXISTS (SELECT 1 FROM sentence s WHERE s.document_id = d.id)"
        ).fetchone()[0]
        == 0
    )
    connection.close()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    connection = sqlite3.connect(db)
    assert connection.execute("SELECT COUNT(*) FROM document").fetchone()[0] == len(texts)
    assert connection.execute("SELECT COUNT(DISTINCT origin) FROM document").fetchone()[0] == len(texts)
