"""Analysis records to JSON and back, so results can travel through Parquet files between processes or machines."""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from functools import cache
from typing import Any

from annalist.records import Analysis


def analysis_to_json(analysis: Analysis) -> str:
    return json.dumps(dataclasses.asdict(analysis), ensure_ascii=False, separators=(",", ":"))


def analysis_from_json(text: str) -> Analysis:
    decoded = _decode(Analysis, json.loads(text))
    assert isinstance(decoded, Analysis)
    return decoded


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _decode(kind: Any, value: Any) -> Any:
    """Rebuild a value of the annotated ``kind`` from its JSON form (dataclasses, tuples, lists, optionals)."""
    if value is None:
        return None
    origin = typing.get_origin(kind)
    if origin in (typing.Union, types.UnionType):
        options = [arg for arg in typing.get_args(kind) if arg is not type(None)]
        return _decode(options[0], value) if len(options) == 1 else value
    if dataclasses.is_dataclass(kind) and isinstance(kind, type):
        hints = _hints(kind)
        return kind(
            **{f.name: _decode(hints[f.name], value[f.name]) for f in dataclasses.fields(kind) if f.name in value}
        )
    if origin is tuple:
        args = typing.get_args(kind)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_decode(args[0], item) for item in value)
        return tuple(_decode(arg, item) for arg, item in zip(args, value, strict=True))
    if origin is list:
        (item_kind,) = typing.get_args(kind)
        return [_decode(item_kind, item) for item in value]
    return value
