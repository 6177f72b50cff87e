"""Where an event happened: its own clause's place, else the place component's choice for its sentence.

A sentence may tell several events at several places ("took the town, then was halted at the gorge"): a place
governed by the trigger's own verb wins. Otherwise the place component's `event_place_at` picks the most specific
resolved place of the sentence, or the narrative's current place.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeVar

from spacy.tokens import Token

from annalist.events.drafts import Draft
from annalist.places.event_place import event_place_at
from annalist.records import Timex, Toponym

Anchor = TypeVar("Anchor", Timex, Toponym)


def governing_verb(token: Token) -> Token | None:
    """The nearest verb above a token: the clause it belongs to."""
    return next((a for a in token.ancestors if a.pos_ in {"VERB", "AUX"}), None)


def own_clause(trigger: Token, found: Sequence[Anchor], default: Anchor | None) -> Anchor | None:
    """The date or place said in the trigger's own clause ("crossed on Monday, retook it on Wednesday"), else default.

    A date or place governed by another verb of the sentence belongs to that verb's event; when none is the
    trigger's own, the sentence-level choice stands.
    """
    doc = trigger.doc
    for item in found:
        span = doc.char_span(item.start, item.end, alignment_mode="expand")
        if span is not None and (span.root.i == trigger.i or governing_verb(span.root) == trigger):
            return item
    return default


@dataclass(frozen=True)
class PlaceContext:
    """The places around one sentence: the document's event toponyms, its sentence bounds, and this sentence's own."""

    toponyms: Sequence[Toponym]  # event-role toponyms of the document, headings left out
    sentences: Sequence[tuple[int, int]]  # (start, end) characters of every sentence
    sentence_places: Sequence[Toponym]  # event-role toponyms of this sentence, resolved or not
    previous: Toponym | None  # the last event-role toponym before this sentence, resolved or not

    def for_draft(self, draft: Draft) -> tuple[Toponym | None, str]:
        """The draft's place and why: target, clause, sentence, narrative, unresolved, coarse or none."""
        for token in draft.place_tokens[:1]:  # "captured Kerend": the captured place is where it happened
            target = next((t for t in self.sentence_places if t.start <= token.idx < t.end), None)
            if target is not None:
                return target, "target"
        resolved = [t for t in self.sentence_places if t.place is not None]
        clause = own_clause(draft.trigger, resolved, None)
        if clause is not None:
            return clause, "clause"
        chosen, reason = event_place_at(self.toponyms, draft.trigger.idx, self.sentences)
        if chosen is not None:
            return chosen, reason
        # Nothing resolved finer than a country: a named but unresolved place still gives the text, and the last
        # place named (often a country) is better than none.
        if self.sentence_places:
            return self.sentence_places[0], "unresolved"
        if self.previous is not None:
            return self.previous, "coarse" if self.previous.place is not None else "unresolved"
        return None, "none"
