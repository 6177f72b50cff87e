"""The event component: event mentions typed with PLOVER/ACLED, with actors, modality, figures, date and place."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from annalist.events.extractor import EventExtractor
from annalist.pipeline.guard import GuardedComponent
from annalist.sources.linking import link_claims
from annalist.sources.statements import EXTRACTOR as STATEMENTS
from annalist.sources.statements import find_statements


class EventComponent(GuardedComponent):
    component = "annalist_events"
    outputs = ("events", "claim_links", "statements")

    def __init__(self) -> None:
        self.extractor = EventExtractor()

    def versions(self) -> dict[str, str]:
        return {self.extractor.name: self.extractor.version, STATEMENTS.name: STATEMENTS.version}

    def run(self, doc: Doc) -> None:
        events = self.extractor.extract(
            doc,
            timexes=doc._.timexes or [],
            toponyms=doc._.toponyms or [],
            citation_spans=doc._.citation_spans or [],
        )
        doc._.events = events
        doc._.claim_links = link_claims(doc, events, doc._.references or [])
        doc._.statements = find_statements(doc, events, doc._.references or [])


@Language.factory(
    "annalist_events",
    assigns=["doc._.events", "doc._.claim_links", "doc._.statements"],
    requires=["doc.ents", "token.dep", "doc._.timexes", "doc._.toponyms", "doc._.references"],
)
def make_event_component(nlp: Language, name: str) -> EventComponent:
    return EventComponent()
