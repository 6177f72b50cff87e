"""The time component: time expressions normalised to TIMEX3, anchored in the narrative or the document date."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from annalist.pipeline.guard import GuardedComponent
from annalist.sentences import sentence_bounds
from annalist.time.tagger import TimeTagger


class TimeComponent(GuardedComponent):
    component = "annalist_time"
    outputs = ("timexes",)

    def __init__(self, mode: str) -> None:
        self.tagger = TimeTagger(mode=mode)

    def versions(self) -> dict[str, str]:
        return {self.tagger.name: self.tagger.version}

    def run(self, doc: Doc) -> None:
        if doc._.anchor_mode and doc._.anchor_mode != self.tagger.mode:
            tagger = TimeTagger(mode=doc._.anchor_mode)
        else:
            tagger = self.tagger
        doc._.timexes = tagger.tag(
            doc.text,
            document_date=doc._.document_date,
            sentences=sentence_bounds(doc),
            citation_spans=doc._.citation_spans or [],
        )


@Language.factory(
    "annalist_time",
    assigns=["doc._.timexes"],
    requires=["doc.sents", "doc._.citation_spans"],
    default_config={"mode": "auto"},
)
def make_time_component(nlp: Language, name: str, mode: str) -> TimeComponent:
    return TimeComponent(mode)
