"""Builds annalist's spaCy pipeline: the statistical model followed by our registered components."""

from __future__ import annotations

import gc
import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from annalist import __version__
from annalist.pipeline.extensions import register_extensions
from annalist.pipeline.guard import GuardedComponent
from annalist.pipeline.model import load_base_model
from annalist.records import Analysis, Extractor, Mention
from annalist.sentences import sentences as doc_sentences

# Our components in the order they run: citations first so later components know which spans cite a work.
COMPONENTS: tuple[str, ...] = (
    "annalist_citations",
    "annalist_time",
    "annalist_places",
    "annalist_events",
    "annalist_framing",
)


def _register_components() -> None:
    # importing the modules registers their factories with spaCy (an explicit call, not an import side effect)
    from annalist.pipeline import citations, events, framing, paragraphs, places, time  # noqa: F401


def build_pipeline(model: str | None = None, *, time_mode: str = "auto") -> Language:
    """The statistical model with annalist's components appended, each configurable by name."""
    register_extensions()
    _register_components()
    nlp = load_base_model(model)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("annalist_paragraphs", before="parser")
    for name in COMPONENTS:
        config = {"mode": time_mode} if name == "annalist_time" else {}
        nlp.add_pipe(name, config=config)
    return nlp


def model_label(nlp: Language) -> str:
    return f"{nlp.meta.get('lang', 'xx')}_{nlp.meta.get('name', '?')}-{nlp.meta.get('version', '?')}"


def component_versions(nlp: Language) -> dict[str, str]:
    """Extractor name -> version for each of our components in ``nlp``."""
    from annalist.pipeline.paragraphs import PARAGRAPHS_VERSION

    versions: dict[str, str] = (
        {"annalist.paragraphs": PARAGRAPHS_VERSION} if "annalist_paragraphs" in nlp.pipe_names else {}
    )
    for name in COMPONENTS:
        if name in nlp.pipe_names:
            component = nlp.get_pipe(name)
            if isinstance(component, GuardedComponent):
                versions.update(component.versions())
    return versions


def pipeline_version(nlp: Language) -> str:
    """Changes whenever annalist, the model or any component version changes: stale analyses are re-run."""
    parts = [f"annalist={__version__}", f"model={model_label(nlp)}"]
    parts += [f"{name}={version}" for name, version in sorted(component_versions(nlp).items())]
    digest = hashlib.sha256(";".join(parts).encode()).hexdigest()[:12]
    return f"{__version__}+{digest}"


@dataclass(slots=True)
class DocumentInput:
    """What analysis needs of a document: its stored text and what anchors its dates."""

    text: str
    document_date: str | None = None
    anchor_mode: str | None = None


def doc_to_analysis(doc: Doc, ner: Extractor) -> Analysis:
    """Collect the Doc's extension attributes into one Analysis record for the writer."""
    spans = doc_sentences(doc)
    sentences = [(sent.start_char, sent.end_char) for sent in spans]
    sentence_of_token = {}
    for index, sent in enumerate(spans):
        for token in sent:
            sentence_of_token[token.i] = index
    mentions = [
        Mention(ent.start_char, ent.end_char, ent.text, ent.label_, sentence_of_token.get(ent.start, 0), ner)
        for ent in doc.ents
    ]
    return Analysis(
        sentences=sentences,
        mentions=mentions,
        timexes=list(doc._.timexes or []),
        toponyms=list(doc._.toponyms or []),
        events=list(doc._.events or []),
        references=list(doc._.references or []),
        claim_links=list(doc._.claim_links or []),
        statements=list(doc._.statements or []),
        framing=list(doc._.framing or []),
        errors=list(doc._.analysis_errors or []),
    )


def analyse(nlp: Language, inputs: Iterable[DocumentInput], *, batch_size: int = 32) -> Iterator[Analysis]:
    """Run the pipeline over documents in order, streaming (one batch in memory at a time)."""
    register_extensions()
    ner = Extractor(f"spacy.ner:{model_label(nlp)}", nlp.meta.get("version", "?"), 0.8)

    def prepared() -> Iterator[Doc]:
        # dates are anchored while the components run, so the Doc carries them before the pipeline starts
        for item in inputs:
            doc = nlp.make_doc(item.text)
            doc._.document_date = item.document_date
            doc._.anchor_mode = item.anchor_mode
            yield doc

    for doc in nlp.pipe(prepared(), batch_size=batch_size):
        yield doc_to_analysis(doc, ner)
        _freeze_long_lived()


_frozen = False


def _freeze_long_lived() -> None:
    """Once per process, after the first document (the model and the lazily loaded gazetteer and lexicons are
    in memory by then): move everything alive out of the cyclic collector's reach. Those objects live as long
    as the process, and every full collection would otherwise walk them again (a few % of analysis time)."""
    global _frozen
    if not _frozen:
        _frozen = True
        gc.freeze()
