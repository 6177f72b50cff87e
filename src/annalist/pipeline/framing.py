"""The framing component: loaded language and labels, kept as the source's framing and never as facts."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from annalist.pipeline.guard import GuardedComponent
from annalist.sources.framing import FramingTagger


class FramingComponent(GuardedComponent):
    component = "annalist_framing"
    outputs = ("framing",)

    def __init__(self) -> None:
        self.tagger = FramingTagger()

    def versions(self) -> dict[str, str]:
        return {self.tagger.name: self.tagger.version}

    def run(self, doc: Doc) -> None:
        doc._.framing = self.tagger.tag(doc)


@Language.factory("annalist_framing", assigns=["doc._.framing"], requires=["doc.ents", "doc.sents"])
def make_framing_component(nlp: Language, name: str) -> FramingComponent:
    return FramingComponent()
