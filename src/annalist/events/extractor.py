"""The event component: sentences -> PLOVER/ACLED-coded event mentions with actors, modality, figures, date, place."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

from annalist.events.actors import (
    ACTOR_HEADS,
    ANAPHORIC_HEADS,
    PRONOUN_KINDS,
    ActorEntry,
    ActorTable,
    guess_country,
    guess_sector,
)
from annalist.events.clauses import ClauseReader, Draft
from annalist.events.figures import extract_figures
from annalist.events.ontology import acled_for
from annalist.records import ActorRef, EventMention, Extractor, Figure, Place, Timex, Toponym

# Longer "sentences" are run-ons, lists or tables; the parse is unreliable there and no event is read.
MAX_SENTENCE_TOKENS = 120
# Words that introduce a head's "of" complement as the real actor ("a group of Yoruba leaders").
QUANTITY_HEADS = frozenset(
    [
        "group",
        "number",
        "dozens",
        "hundreds",
        "thousands",
        "scores",
        "members",
        "some",
        "many",
        "most",
        "part",
        "contingent",
        "unit",
        "units",
        "band",
    ]
)
ACTOR_ENT_LABELS = {"PERSON": "person", "ORG": "organisation", "GPE": "state", "NORP": "group"}
PHRASE_LEFT_DEPS = frozenset({"compound", "amod", "poss", "nmod", "npadvmod", "case", "nummod", "quantmod"})
# Types whose target is only ever a grammatical object; for the others an entity named after the trigger in its
# clause is the addressee the parse did not attach ("lifted the curfew in Sudan", "demonstrated against Iraq").
DIRECT_TARGET_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "AID", "COOPERATE"})
VENUE_PREPS = frozenset(
    {"at", "outside", "under", "near", "inside", "towards", "toward", "through", "during", "within"}
)
_TABLE_LIKE = re.compile(r"\t|\|.*\||\s{3,}\S+\s{3,}")


def _state_name(entry: ActorEntry) -> str:
    return entry.name


class EventExtractor:
    """Codes each sentence's events; the first event of a sentence is its main one."""

    name = "annalist.events"
    version = "1.1.0"

    def __init__(self, actors: ActorTable | None = None) -> None:
        self.actors = actors if actors is not None else ActorTable.default()

    def extract(
        self,
        doc: Doc,
        *,
        timexes: list[Timex],
        toponyms: list[Toponym],
        citation_spans: list[tuple[int, int]],
    ) -> list[EventMention]:
        events: list[EventMention] = []
        history: list[ActorRef] = []  # actors named so far, for pronouns and "the organization"
        current_date: Timex | None = None
        current_place: Toponym | None = None
        event_timexes = sorted((t for t in timexes if t.role == "event"), key=lambda t: t.start)
        event_toponyms = sorted((t for t in toponyms if t.role == "event"), key=lambda t: t.start)
        doc_ents = list(doc.ents)  # Span.ents rescans the whole document; one pass serves every sentence
        for sentence in doc.sents:
            start, end = sentence.start_char, sentence.end_char
            sentence_dates = [t for t in event_timexes if start <= t.start < end]
            sentence_places = [t for t in event_toponyms if start <= t.start < end]
            if self._readable(sentence) and not _inside_any(start, end, citation_spans):
                date = sentence_dates[0] if sentence_dates else current_date
                place = sentence_places[0] if sentence_places else current_place
                ents = _entities_in(doc_ents, sentence)
                events += self._code_sentence(sentence, ents, history, citation_spans, date, place, sentence_places)
                self._remember_named(ents, history)
            if sentence_dates:
                current_date = sentence_dates[-1]
            if sentence_places:
                current_place = sentence_places[-1]
        return events

    @staticmethod
    def _readable(sentence: Span) -> bool:
        """A sentence worth reading: bounded length, mostly words, at least one verb, not a pasted table row."""
        if len(sentence) > MAX_SENTENCE_TOKENS or len(sentence) < 3:
            return False
        if _TABLE_LIKE.search(sentence.text):
            return False
        alpha = sum(1 for t in sentence if t.is_alpha)
        return alpha >= 0.6 * len(sentence) and any(t.pos_ in {"VERB", "AUX"} for t in sentence)

    def _code_sentence(
        self,
        sentence: Span,
        ents: list[Span],
        history: list[ActorRef],
        citation_spans: list[tuple[int, int]],
        date: Timex | None,
        place: Toponym | None,
        sentence_places: list[Toponym],
    ) -> list[EventMention]:
        drafts = ClauseReader(sentence).read()
        lemmas_near = {t.idx - sentence.start_char: t.head.lemma_.lower() for t in sentence if t.like_num}
        lemmas_near.update(
            {
                t.idx - sentence.start_char: t.head.head.lemma_.lower()
                for t in sentence
                if t.like_num and t.dep_ == "nummod"
            }
        )
        figures = tuple(extract_figures(sentence.text, sentence.start_char, lemmas_near))
        mentions: list[EventMention] = []
        seen: set[tuple[int, str]] = set()
        for draft in drafts:
            if (draft.trigger.i, draft.type) in seen or _inside_any(
                draft.trigger.idx, draft.trigger.idx + 1, citation_spans
            ):
                continue
            seen.add((draft.trigger.i, draft.type))
            actors = self._refs(draft.actors, history, require_actor_like=False)
            recipients = self._recipients(draft.recipients, actors, history)
            if draft.type in {"ASSAULT", "COERCE"}:  # a town attacked is where it happened, not who was attacked
                recipients = tuple(r for r in recipients if not _is_town(r, draft))
            if not recipients and draft.type not in DIRECT_TARGET_TYPES:
                recipients = self._recipients(_named_after(draft.trigger, draft.type, ents), actors, history)
            if not actors and not recipients:
                continue  # an event with nobody doing it or suffering it is not coded (PLOVER needs an actor)
            reporter = self._refs([draft.reporter], history, require_actor_like=False) if draft.reporter else ()
            mentions.append(
                self._mention(sentence, draft, actors, recipients, reporter, figures, date, place, sentence_places)
            )
            history.extend(a for a in (*actors, *recipients) if a.entity_key or a.kind != "unknown")
        return mentions

    def _remember_named(self, ents: list[Span], history: list[ActorRef]) -> None:
        """Named actors of a sentence without an event still anchor later pronouns and "the organization"."""
        for ent in ents:
            if ent.label_ in ACTOR_ENT_LABELS and all(ent.start_char != ref.start for ref in history[-20:]):
                ref = self._ref(ent.root, history, require_actor_like=True)
                if ref is not None and ref.entity_key is not None:
                    history.append(ref)
        del history[:-50]  # the narrative's recent actors are enough for its pronouns

    def _mention(
        self,
        sentence: Span,
        draft: Draft,
        actors: tuple[ActorRef, ...],
        recipients: tuple[ActorRef, ...],
        reporter: tuple[ActorRef, ...],
        figures: tuple[Figure, ...],
        date: Timex | None,
        place: Toponym | None,
        sentence_places: list[Toponym],
    ) -> EventMention:
        trigger_start = draft.trigger.idx
        trigger_end = draft.trigger_end.idx + len(draft.trigger_end.text)
        if draft.place_tokens:  # "captured Kerend": the captured place is where it happened
            target = draft.place_tokens[0]
            place = next((t for t in sentence_places if t.start <= target.idx < t.end), place)
        acled_type, acled_sub = acled_for(
            draft.type,
            draft.mode,
            actor_sector=actors[0].sector if actors else None,
            recipient_sector=recipients[0].sector if recipients else None,
            territorial=draft.territorial,
        )
        resolved_place: Place | None = place.place if place is not None else None
        return EventMention(
            start=sentence.start_char,
            end=sentence.end_char,
            sentence=sentence.text,
            trigger_start=trigger_start,
            trigger_end=trigger_end,
            trigger=sentence.text[trigger_start - sentence.start_char : trigger_end - sentence.start_char],
            type=draft.type,
            mode=draft.mode,
            acled_event_type=acled_type,
            acled_sub_event_type=acled_sub,
            modality=draft.modality if draft.modality != "embedded" else "asserted",
            actors=actors,
            recipients=recipients,
            figures=figures,
            extractor=Extractor(self.name, self.version, round(draft.confidence * (1.0 if actors else 0.8), 3)),
            rule=draft.rule,
            reported_by=reporter[0].name if reporter else None,
            date_start=date.date_start if date else None,
            date_end=date.date_end if date else None,
            date_precision=date.precision if date else None,
            date_text=date.text if date else None,
            place=resolved_place,
            place_text=place.text if place else None,
            place_precision=resolved_place.precision if resolved_place else None,
        )

    def _recipients(
        self, tokens: list[Token], actors: tuple[ActorRef, ...], history: list[ActorRef]
    ) -> tuple[ActorRef, ...]:
        """The event's recipient: the first actor-like target with its conjuncts ("Iraq and Syria"), not the actor.

        PLOVER names the entity the event is directed to; later phrases ("unless the Kremlin ...", "to Taiwan")
        belong to other clauses or to the content, not to the target.
        """
        for index, token in enumerate(tokens):
            ref = self._ref(token, history, True)
            if ref is None or any(ref.start == a.start for a in actors):
                continue
            group = [token, *(t for t in tokens[index + 1 :] if t in token.conjuncts)]
            refs = self._refs(group, history, require_actor_like=True)
            return tuple(r for r in refs if all(r.start != a.start for a in actors))
        return ()

    def _refs(
        self, tokens: Iterable[Token | None], history: list[ActorRef], *, require_actor_like: bool
    ) -> tuple[ActorRef, ...]:
        refs: list[ActorRef] = []
        for token in tokens:
            if token is None:
                continue
            ref = self._ref(token, history, require_actor_like)
            if ref is not None and all(ref.start != r.start for r in refs):
                refs.append(ref)
        return tuple(refs)

    def _ref(self, token: Token, history: list[ActorRef], require_actor_like: bool) -> ActorRef | None:
        """The actor a noun phrase names, resolved through the alias table, pronouns and history."""
        token = _quantity_head(token)
        lower = token.lower_
        if token.pos_ == "PRON":
            kinds = PRONOUN_KINDS.get(lower)
            antecedent = _nearest(history, kinds) if kinds else None
            if antecedent is None:
                return None
            return _relabel(antecedent, token.idx, token.idx + len(token.text), token.text)
        left, right = _phrase_bounds(token)
        doc = token.doc
        text = doc[left : right + 1].text
        start, end = doc[left].idx, doc[right].idx + len(doc[right].text)
        if lower in ANAPHORIC_HEADS and right == token.i and left >= token.i - 1:
            antecedent = _nearest(history, frozenset({"organisation", "group"} if lower != "regime" else {"state"}))
            if antecedent is not None:
                return _relabel(antecedent, start, end, text)
        entry = self.actors.find(text)
        words = [t.text for t in doc[left : right + 1]]
        if entry is not None:
            sector = entry.sector or guess_sector(words)
            return ActorRef(start, end, text, entry.name, entry.key, entry.kind, sector, entry.country)
        label_kind = ACTOR_ENT_LABELS.get(token.ent_type_)
        actor_like = (
            label_kind is not None
            or token.lemma_.lower() in ACTOR_HEADS
            or lower in ACTOR_HEADS
            or any(t.ent_type_ in ACTOR_ENT_LABELS for t in doc[left:right])  # "Iranian positions", "MEK sympathizers"
        )
        if require_actor_like and not actor_like:
            return None
        if not actor_like and token.pos_ not in {"PROPN", "NOUN"}:
            return None
        name = re.sub(r"^(?:the|a|an)\s+", "", text, flags=re.IGNORECASE)
        return ActorRef(
            start, end, text, name, None, label_kind or ("group" if actor_like else "unknown"),
            guess_sector(words), guess_country(words),
        )  # fmt: skip


def _is_town(ref: ActorRef, draft: Draft) -> bool:
    """A recipient that is a place name outside the actor table (towns, regions; countries are in the table)."""
    if ref.entity_key is not None:
        return False
    token = next((t for t in draft.recipients if t.idx <= ref.start < t.idx + len(t.text) + 1), None)
    if token is None:
        token = next((t for t in draft.recipients if ref.start <= t.idx < ref.end), None)
    if token is not None and token.ent_type_ in {"GPE", "LOC", "FAC"}:
        draft.place_tokens.append(token)
        return True
    return False


def _entities_in(doc_ents: list[Span], sentence: Span) -> list[Span]:
    first = bisect_left([e.start for e in doc_ents], sentence.start)
    found = []
    for ent in doc_ents[first:]:
        if ent.start >= sentence.end:
            break
        found.append(ent)
    return found


def _named_after(trigger: Token, plover_type: str, ents: list[Span]) -> list[Token]:
    """Named actors in the trigger's clause after it: the addressee of a verbal act the parse did not attach.

    Names under a locative preposition are where it happened; "in" names a venue for meetings, pacts and
    protests, but the population an easing or a threat is aimed at ("lifted the curfew in Sudan").
    """
    subtree = {t.i for t in trigger.subtree}
    venues = VENUE_PREPS | ({"in"} if plover_type in {"CONSULT", "AGREE", "SUPPORT", "PROTEST"} else set())
    return [
        e.root
        for e in ents
        if e.start > trigger.i
        and e.root.i in subtree
        and e.label_ in ACTOR_ENT_LABELS
        and not (e.root.dep_ == "pobj" and e.root.head.lower_ in venues)
    ]


def _inside_any(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def _quantity_head(token: Token) -> Token:
    """'a group of Yoruba leaders' -> leaders; 'thousands of fighters' -> fighters."""
    if token.lemma_.lower() in QUANTITY_HEADS or token.lower_ in QUANTITY_HEADS or token.like_num:
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                for grandchild in child.children:
                    if grandchild.dep_ == "pobj":
                        return grandchild
    return token


def _phrase_bounds(token: Token) -> tuple[int, int]:
    """Token range of the actor phrase: the head with its compounds, adjectives and possessors, no article."""
    left = token.i
    for child in token.lefts:
        if child.dep_ in PHRASE_LEFT_DEPS:
            left = min(left, child.left_edge.i)
    right = token.i
    for child in token.rights:
        if child.dep_ in {"compound", "flat"} or (child.dep_ == "appos" and child.ent_type_ == "PERSON"):
            right = max(right, child.right_edge.i)
        else:
            break
    doc = token.doc
    while left < token.i and doc[left].dep_ in {"det", "punct", "predet"}:
        left += 1
    return left, right


def _nearest(history: list[ActorRef], kinds: frozenset[str] | None) -> ActorRef | None:
    for ref in reversed(history):
        if kinds is None or ref.kind in kinds:
            return ref
    return None


def _relabel(antecedent: ActorRef, start: int, end: int, text: str) -> ActorRef:
    """The antecedent's identity on this mention's span: the name is the entity's, the text stays the source's."""
    return ActorRef(
        start, end, text, antecedent.name, antecedent.entity_key, antecedent.kind, antecedent.sector, antecedent.country
    )


__all__ = ["MAX_SENTENCE_TOKENS", "EventExtractor"]
