"""annalist's Datasette plugin: registers the pages under /-/annalist/ and our templates.

Configuration (Datasette metadata, ``plugins.annalist``): ``database`` (which attached database is the
store; default: the first with an ``event`` table), ``review_token`` (enables review writes),
``tile_url`` / ``tile_attribution`` (a map tile server; without one the map draws Natural Earth borders).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from datasette import hookimpl
from datasette.utils.asgi import asgi_static
from jinja2 import ChoiceLoader, Environment, FileSystemLoader

from annalist.web import views

HERE = Path(__file__).parent
PREFIX = "/-/annalist"


@hookimpl
def prepare_jinja2_environment(env: Environment, datasette: Any) -> None:
    # Datasette only finds templates/ beside a plugin *package*; our entry point is a module, so add them here.
    env.loader = ChoiceLoader([FileSystemLoader(str(HERE / "templates")), env.loader])  # type: ignore[list-item]
    env.autoescape = True  # source text is untrusted: never turn escaping off for our pages


@hookimpl
def register_routes() -> list[tuple[str, Any]]:
    return [
        (rf"^{PREFIX}/?$", views.index),
        (rf"^{PREFIX}/events$", views.events_page),
        (rf"^{PREFIX}/timeline$", views.timeline_page),
        (rf"^{PREFIX}/map$", views.map_page),
        (rf"^{PREFIX}/map\.json$", views.map_data),
        (rf"^{PREFIX}/borders\.geojson$", views.borders),
        (rf"^{PREFIX}/event/(?P<event_id>[^/]+)$", views.event_page),
        (rf"^{PREFIX}/source/(?P<source_id>[^/]+)$", views.source_page),
        (rf"^{PREFIX}/compare$", views.compare_page),
        (rf"^{PREFIX}/review/login$", views.review_login),
        (rf"^{PREFIX}/review$", views.review_post),
        (rf"^{PREFIX}/static/(?P<path>.*)$", asgi_static(HERE / "static")),
    ]


@hookimpl
def menu_links(datasette: Any) -> list[dict[str, str]]:
    return [{"href": datasette.urls.path(f"{PREFIX}/"), "label": "annalist: events, timeline, map"}]
