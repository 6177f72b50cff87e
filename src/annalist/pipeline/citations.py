"""The citation component: references in running text and reference lists (runs before time and places)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from annalist.pipeline.guard import GuardedComponent
from annalist.sources.citations import CitationFinder


class CitationComponent(GuardedComponent):
    component = "annalist_citations"
    outputs = ("references", "citation_spans")

    def __init__(self) -> None:
        self.finder = CitationFinder()

    def versions(self) -> dict[str, str]:
        return {self.finder.name: self.finder.version}

    def run(self, doc: Doc) -> None:
        references = self.finder.find(doc)
        doc._.references = references
        doc._.citation_spans = [(reference.start, reference.end) for reference in references]


@Language.factory(
    "annalist_citations",
    assigns=["doc._.references", "doc._.citation_spans"],
    requires=["doc.sents"],
)
def make_citation_component(nlp: Language, name: str) -> CitationComponent:
    return CitationComponent()
