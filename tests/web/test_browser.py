"""The pages in a real browser (Debian's Chromium driven by Playwright): they load, show the events, stay inert.

Skipped with a message where Chromium or Playwright is missing. Screenshots go to test-artifacts/.
Set ANNALIST_DEMO_DB to a store built from the demo corpus to run these against it as well.
"""

from __future__ import annotations

import os
import shutil
import socket
import sqlite3
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from tests.web.conftest import CONTRADICTION_EVENT, XSS_EVENT, XSS_SOURCE

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]

pytestmark = pytest.mark.browser


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip(f"browser tests need Debian's Chromium at {CHROMIUM}: apt-get install -y chromium")
    sync_api = pytest.importorskip(
        "playwright.sync_api", reason="browser tests need playwright: pip install playwright"
    )
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


def _serve(store: Path) -> Iterator[str]:
    import uvicorn

    from annalist.web.server import make_datasette

    datasette = make_datasette(store)  # its ASGI app runs Datasette's start-up on the first request
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(datasette.app(), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline:
            raise RuntimeError("the test server did not start within 20 s")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def base_url(web_store: Path) -> Iterator[str]:
    yield from _serve(web_store)


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    opened = context.new_page()
    dialogs: list[str] = []
    opened.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    opened.dialogs = dialogs
    # Nothing may leave this machine: any request not to our server fails the page.
    outside: list[str] = []
    opened.route(
        "**/*",
        lambda route: (
            route.continue_()
            if route.request.url.startswith("http://127.0.0.1")
            else (outside.append(route.request.url), route.abort())
        ),
    )
    opened.outside = outside
    yield opened
    context.close()


def _shot(page: Any, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"web-{name}.png"), full_page=True)


def _assert_inert(page: Any) -> None:
    assert page.evaluate("window.__xss") is None, "a script from a document ran"
    assert page.dialogs == [], f"a document opened a dialog: {page.dialogs}"
    assert page.outside == [], f"the page tried to reach outside: {page.outside}"


def test_timeline_shows_the_events_of_july_1988(page: Any, base_url: str, web_store: Path) -> None:
    page.goto(f"{base_url}/-/annalist/timeline?date_from=1988-07-01&date_to=1988-07-31")
    marks = page.locator("svg.timeline a.mark")
    assert marks.count() >= 2
    assert page.locator(f'svg.timeline a.mark[data-event="{CONTRADICTION_EVENT}"] rect.range').count() >= 1
    _shot(page, "timeline")
    _assert_inert(page)


def test_map_shows_clustered_markers_over_offline_borders(page: Any, base_url: str, web_store: Path) -> None:
    page.goto(f"{base_url}/-/annalist/map")
    page.wait_for_selector("path.event-marker", timeout=15000)
    with sqlite3.connect(web_store) as connection:
        placed = connection.execute("SELECT count(*) FROM event WHERE place_id IS NOT NULL").fetchone()[0]
    page.wait_for_function("document.getElementById('annalist-map-status').textContent.includes('events')")
    assert page.locator("#annalist-map-status").inner_text().startswith(f"{placed} events")
    # borders are drawn from Natural Earth (many country paths), with no tile server configured
    page.wait_for_function("document.querySelectorAll('.leaflet-overlay-pane path').length > 100", timeout=60000)
    assert page.locator(".leaflet-tile").count() == 0
    page.locator("path.event-marker").first.click(force=True)
    page.wait_for_selector(".leaflet-popup-content a", timeout=5000)
    _shot(page, "map")
    _assert_inert(page)


def test_event_page_highlights_the_right_sentence(page: Any, base_url: str) -> None:
    page.goto(f"{base_url}/-/annalist/event/{CONTRADICTION_EVENT}")
    claims = page.locator("article.claim")
    assert claims.count() == 2
    first = claims.nth(0).locator("mark.claim-sentence").all_inner_texts()
    assert "".join(first) == "Columns of the armed group stormed the town on 25 July, and 40 dead were counted."
    colour = claims.nth(0).locator("mark.claim-sentence").first.evaluate("m => getComputedStyle(m).backgroundColor")
    assert colour not in ("rgba(0, 0, 0, 0)", "transparent")  # visibly highlighted
    assert page.locator("tr.verdict-contradict").count() >= 2
    _shot(page, "event")
    _assert_inert(page)


def test_hostile_documents_stay_inert(page: Any, base_url: str, web_store: Path) -> None:
    page.goto(f"{base_url}/-/annalist/event/{XSS_EVENT}")
    assert "<script>window.__xss = 1" in page.locator("blockquote.context").first.inner_text()
    page.locator("mark.reference").first.hover()
    _shot(page, "event-hostile")
    _assert_inert(page)
    with sqlite3.connect(web_store) as connection:
        source = connection.execute("SELECT id FROM source WHERE name = ?", (XSS_SOURCE,)).fetchone()[0]
    page.goto(f"{base_url}/-/annalist/source/{source}")
    assert page.locator("a[href^='javascript:']").count() == 0
    _shot(page, "source-hostile")
    _assert_inert(page)
    page.goto(f"{base_url}/-/annalist/map?type=ASSAULT")
    page.wait_for_selector("path.event-marker", timeout=15000)
    _assert_inert(page)


@pytest.mark.skipif(
    not os.environ.get("ANNALIST_DEMO_DB"), reason="set ANNALIST_DEMO_DB to a store built from the demo corpus"
)
def test_demo_store_pages_load(browser: Any) -> None:
    store = Path(os.environ["ANNALIST_DEMO_DB"])
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    for url in _serve(store):
        for name in ("events", "timeline", "map", "compare"):
            response = page.goto(f"{url}/-/annalist/{name}")
            assert response is not None and response.status == 200
            _shot(page, f"demo-{name}")
        with sqlite3.connect(store) as connection:
            event = connection.execute("SELECT id FROM event LIMIT 1").fetchone()
        if event:
            page.goto(f"{url}/-/annalist/event/{event[0]}")
            assert page.locator("mark.claim-sentence").count() >= 1
            _shot(page, "demo-event")
    context.close()
    assert shutil.which(str(CHROMIUM))
