"""Starting the web UI: a Datasette instance over one annalist store, with our plugin configured.

``serve`` is what ``annalist serve`` calls; ``make_datasette`` builds the same app for tests and the
benchmark without opening a socket.
"""

from __future__ import annotations

import re
import sqlite3
import threading
from pathlib import Path
from typing import Any

from annalist.store.database import open_store
from annalist.web.review import new_token

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8001
OSM_ATTRIBUTION = "© OpenStreetMap contributors"
# A tile URL goes into the page and the Content-Security-Policy, so only plain http(s) templates are accepted.
TILE_URL = re.compile(r"^https?://[A-Za-z0-9.\-:{}]+(/[A-Za-z0-9._\-/{}@?=&%]*)?$")


def check_tile_url(tile_url: str) -> str:
    """The tile URL template, if it is a plain http(s) URL with {z}, {x} and {y}; else a ValueError saying why."""
    if not TILE_URL.match(tile_url) or not all(part in tile_url for part in ("{z}", "{x}", "{y}")):
        raise ValueError(
            f"[W021] tile URL {tile_url!r} is not usable: give an http(s) template such as "
            "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
        )
    return tile_url


def make_datasette(
    db_path: str | Path, *, review_token: str | None = None, tile_url: str | None = None, tile_attribution: str = ""
) -> Any:
    """A Datasette app serving the store at ``db_path`` with the annalist pages under /-/annalist/."""
    from datasette.app import Datasette

    path = Path(db_path)
    if not path.is_file():
        raise FileNotFoundError(f"[W020] no store at {path}: create one with `annalist ingest DOCS --db {path}`")
    with open_store(path):
        pass  # brings an older store up to the current schema before Datasette opens it
    plugin_config: dict[str, Any] = {"database": path.stem}
    if review_token:
        plugin_config["review_token"] = review_token
    if tile_url:
        plugin_config["tile_url"] = check_tile_url(tile_url)
        plugin_config["tile_attribution"] = tile_attribution or (OSM_ATTRIBUTION if "openstreetmap" in tile_url else "")
    return Datasette(
        files=[str(path)],
        metadata={"title": "annalist", "plugins": {"annalist": plugin_config}},
        settings={"sql_time_limit_ms": 3000},
    )


def serve(
    db_path: str | Path,
    *,
    host: str = DEFAULT_HOST,
    port: int = DEFAULT_PORT,
    review: bool = False,
    tile_url: str | None = None,
) -> None:
    """Serve the web UI until interrupted. Read-only unless ``review``; then a fresh token is printed."""
    import uvicorn

    token = new_token() if review else None
    datasette = make_datasette(db_path, review_token=token, tile_url=tile_url)
    base = f"http://{host}:{port}/-/annalist/"
    print(f"annalist: open {base}")
    if token:
        print(f"review is ON. Reviewer sign-in (keep this private): {base}review/login?token={token}")
        print(f"review token: {token}")
    else:
        print("read-only (start with --review to confirm, correct or reject in the browser)")
    if host not in {"127.0.0.1", "localhost", "::1"}:
        print(f"warning: listening on {host}: anyone who can reach this address can read the store")
    threading.Thread(target=_warm_up, args=(Path(db_path),), daemon=True).start()
    uvicorn.run(datasette.app(), host=host, port=port, log_level="warning")


def _warm_up(db_path: Path) -> None:
    """Build the facet index and the map borders while the user opens the browser (a few seconds each)."""
    from annalist.web.borders import BordersUnavailable, borders_geojson
    from annalist.web.index import event_index

    connection = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, check_same_thread=False)
    try:
        event_index(connection, str(db_path))
    finally:
        connection.close()
    try:
        borders_geojson()
    except BordersUnavailable as error:
        print(f"warning: {error}")
