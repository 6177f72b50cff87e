"""annalist's extension points. Built-in readers and exporters are plugins of these same hooks.

Plugins are found lazily, on first use, from the ``annalist`` entry-point group.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pluggy

if TYPE_CHECKING:
    from annalist.export.base import Exporter
    from annalist.ingest.readers import Reader

hookspec = pluggy.HookspecMarker("annalist")
hookimpl = pluggy.HookimplMarker("annalist")


@hookspec
def annalist_readers(max_bytes: int) -> list[Reader]:  # type: ignore[empty-body]
    """Readers for input files; the first whose ``suffixes`` match a path reads it."""


@hookspec
def annalist_exporters() -> list[Exporter]:  # type: ignore[empty-body]
    """Exporters, each named by the ``--format`` it writes."""


_manager: pluggy.PluginManager | None = None


def plugin_manager() -> pluggy.PluginManager:
    """The plugin manager, created and populated on first use (never at import time)."""
    global _manager
    if _manager is None:
        import sys

        from annalist import default_plugins

        manager = pluggy.PluginManager("annalist")
        manager.add_hookspecs(sys.modules[__name__])
        manager.register(default_plugins)
        manager.load_setuptools_entrypoints("annalist")
        _manager = manager
    return _manager


def readers(max_bytes: int) -> list[Reader]:
    return [reader for group in plugin_manager().hook.annalist_readers(max_bytes=max_bytes) for reader in group]


def exporters() -> dict[str, Exporter]:
    found: dict[str, Any] = {}
    for group in plugin_manager().hook.annalist_exporters():
        for exporter in group:
            found.setdefault(exporter.format, exporter)
    return found
