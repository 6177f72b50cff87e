"""Docs are tested: every command is in the command reference, every hook in the plugin guide."""

from __future__ import annotations

import inspect
from pathlib import Path
from typing import Any

from typer.main import get_command

from annalist import hookspecs
from annalist.cli import app

DOCS = Path(__file__).resolve().parents[2] / "docs"


def command_names(group: Any, prefix: str = "") -> list[str]:
    names = []
    for name, command in group.commands.items():
        if hasattr(command, "commands"):
            names += command_names(command, f"{prefix}{name} ")
        else:
            names.append(f"{prefix}{name}")
    return names


def test_every_command_is_in_the_command_reference() -> None:
    reference = (DOCS / "cli.md").read_text(encoding="utf-8")
    names = command_names(get_command(app))
    assert "ingest" in names and "bench speed" in names
    missing = [name for name in names if f"`annalist {name}" not in reference]
    assert not missing, f"undocumented commands: {missing}"


def test_every_hook_is_in_the_plugin_guide() -> None:
    guide = (DOCS / "plugins.md").read_text(encoding="utf-8")
    hooks = [name for name, _ in inspect.getmembers(hookspecs, inspect.isfunction) if name.startswith("annalist_")]
    assert hooks and all(f"`{hook}(" in guide for hook in hooks)


def test_every_export_format_is_documented() -> None:
    from annalist.api import export_formats

    exports = (DOCS / "exports.md").read_text(encoding="utf-8")
    assert all(f"`{name}`" in exports for name in export_formats())
