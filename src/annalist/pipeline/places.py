"""The place component: toponyms recognised and resolved to gazetteer places with document context."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from annalist.pipeline.guard import GuardedComponent
from annalist.places.resolver import PlaceResolver


class PlaceComponent(GuardedComponent):
    component = "annalist_places"
    outputs = ("toponyms",)

    def __init__(self) -> None:
        self.resolver = PlaceResolver()

    def versions(self) -> dict[str, str]:
        return {self.resolver.name: self.resolver.version}

    def run(self, doc: Doc) -> None:
        doc._.toponyms = self.resolver.find(doc, citation_spans=doc._.citation_spans or [])


@Language.factory(
    "annalist_places",
    assigns=["doc._.toponyms"],
    requires=["doc.ents", "doc.sents", "doc._.citation_spans"],
)
def make_place_component(nlp: Language, name: str) -> PlaceComponent:
    return PlaceComponent()
