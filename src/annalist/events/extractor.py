"""The event component: sentences -> PLOVER/ACLED-coded event mentions with actors, modality, figures, date, place."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from spacy.tokens import Doc, Span, Token

from annalist.events.actors import (
    ACTOR_HEADS,
    ANAPHORIC_HEADS,
    COUNTERPARTS,
    FORCE_HEADS,
    MEDIA_HEADS,
    PARTITIVE_HEADS,
    POSSESSOR_KINDS,
    PRONOUN_KINDS,
    SECTOR_BY_HEAD,
    UNSPECIFIC_HEADS,
    ActorEntry,
    ActorTable,
    demonym_state,
    guess_country,
    guess_sector,
)
from annalist.events.clauses import ClauseReader
from annalist.events.countries import country_names
from annalist.events.drafts import Draft
from annalist.events.figures import extract_figures
from annalist.events.layout import SKIPPED_TOKENS, heading_spans, is_skipped, skipped_tokens
from annalist.events.lexicon import CROWD_HEADS, NOUN_TRIGGERS, Sense
from annalist.events.ontology import acled_for
from annalist.events.placing import PlaceContext, own_clause
from annalist.events.retyping import retyped_by_actors
from annalist.events.typer import PROPOSED, EventTyper
from annalist.records import ActorRef, EventMention, Extractor, Figure, Place, Timex, Toponym
from annalist.sentences import sentences as doc_sentences

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
        "deployment",
        "batch",
        "patch",
        "detachment",
    ]
)
ACTOR_ENT_LABELS = {"PERSON": "person", "ORG": "organisation", "GPE": "state", "NORP": "group"}
PHRASE_LEFT_DEPS = frozenset({"compound", "amod", "poss", "nmod", "npadvmod", "case", "nummod", "quantmod"})
# Types whose target is only ever a grammatical object; for the others an entity named after the trigger in its
# clause is the addressee the parse did not attach ("lifted the curfew in Sudan", "demonstrated against Iraq").
DIRECT_TARGET_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "AID", "COOPERATE"})
# Measures laid on an area: the area is what they are aimed at ("imposed a curfew in the town of Cizre").
AREA_MEASURES = frozenset({"curfew", "martial-law"})
VENUE_PREPS = frozenset(
    {"at", "outside", "under", "near", "inside", "towards", "toward", "through", "during", "within"}
)
# Nouns that name an event: never an actor themselves ("the offensives accepted" is a misparse).
EVENT_NOUNS = frozenset(key for key in NOUN_TRIGGERS if " " not in key)
# Types whose recipient is whatever the act strikes, actor or not (PLOVER codes the attacked camp, the
# kidnapped advisers); the other types are addressed to actors only.
TARGETED_TYPES = frozenset({"ASSAULT", "COERCE"})
# Objects of a hostile verb that are not what it strikes ("fired four rounds", "took control").
NOT_TARGETS = frozenset(
    {"round", "shot", "shell", "rocket", "missile", "bomb", "grenade", "fire", "control", "way", "time", "part",
     "step", "measure", "action", "place", "use", "effort", "gas", "fighting"}
)  # fmt: skip
# A struck or named place is where the act happened (the place component's), not whom it was aimed at.
PLACE_NOUNS = frozenset(
    {"town", "city", "village", "area", "region", "district", "province", "territory", "border", "frontier", "soil"}
)
# Parts of a place named by their own "of" phrase ("the outskirts of Kabul").
PLACE_PARTS = frozenset({"outskirts", "centre"})
# People or units who act for the party their "of"/"from" phrase names.
REPRESENTATIVE_HEADS = frozenset(
    {"leader", "leaders", "minister", "ministers", "envoy", "envoys", "negotiator", "negotiators", "delegate",
     "delegates", "delegation", "delegations", "representative", "representatives", "official", "officials", "troops",
     "soldiers", "units", "forces", "diplomats", "heads"}
)  # fmt: skip
# What a protest may demand of a state: its "independence from Iraq" names the state protested against.
SECESSION_NOUNS = frozenset({"independence", "secession", "autonomy", "separation"})
# Struck things that name no one: their place stands for the target ("targets in Jericho").
UNOWNED_TARGETS = frozenset({"target", "targets", "position", "positions", "site", "sites"})
MEDIA_SECTOR = "JRN"  # PLOVER's sector code for the press
_SEVERAL = re.compile(r"(?:the\s+)?(?:two|three|four|both|several|all)\b", re.IGNORECASE)
_TABLE_LIKE = re.compile(r"\t|\|.*\||\s{3,}\S+\s{3,}")


def _state_name(entry: ActorEntry) -> str:
    return entry.name


class _SentenceAt(NamedTuple):
    """A sentence being coded and what the document around it tells: its named entities, the narrative's
    recent actors, citation spans, the current date and places, the sentence's own dates and figures."""

    sentence: Span
    text: str
    ents: list[Span]
    history: list[ActorRef]
    citation_spans: list[tuple[int, int]]
    date: Timex | None
    places: PlaceContext
    sentence_dates: list[Timex]
    figures: tuple[Figure, ...] = ()


class EventExtractor:
    """Codes each sentence's events; the first event of a sentence is its main one."""

    name = "annalist.events"
    version = "1.2.0"

    def __init__(
        self, actors: ActorTable | None = None, typer: EventTyper | None = None, *, use_model: bool = True
    ) -> None:
        """``typer``: the event-type model (default: the shipped one); ``use_model=False`` codes by the rules alone."""
        self.actors = actors if actors is not None else ActorTable.default()
        self.typer = (typer or EventTyper.load()) if use_model else None

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
        text = doc.text  # Doc.text and Span.text join tokens on every access: sentences are cut from this once
        headings = heading_spans(text)
        skipped = skipped_tokens(doc, sorted(headings + list(citation_spans)))
        doc.user_data[SKIPPED_TOKENS] = skipped
        event_timexes = [t for t in event_timexes if not _inside_any(t.start, t.end, headings)]
        event_toponyms = [t for t in event_toponyms if not _inside_any(t.start, t.end, headings)]
        spans = doc_sentences(doc)
        sentences = [(span.start_char, span.end_char) for span in spans]
        for sentence in spans:
            start, end = sentence.start_char, sentence.end_char
            sentence_dates = [t for t in event_timexes if start <= t.start < end]
            sentence_places = [t for t in event_toponyms if start <= t.start < end]
            sentence_text = text[start:end]
            if self._readable(sentence, sentence_text, skipped) and not _inside_any(start, end, citation_spans):
                date = sentence_dates[0] if sentence_dates else current_date
                ents = _entities_in(doc_ents, sentence)
                places = PlaceContext(event_toponyms, sentences, sentence_places, current_place)
                at = _SentenceAt(sentence, sentence_text, ents, history, citation_spans, date, places, sentence_dates)
                events += self._code_sentence(at)
                self._remember_named(ents, history)
            if sentence_dates:
                current_date = sentence_dates[-1]
            if sentence_places:
                current_place = sentence_places[-1]
        return events

    @staticmethod
    def _readable(sentence: Span, text: str, skipped: frozenset[int]) -> bool:
        """A sentence worth reading: narrative (not only a heading or a citation), bounded length, mostly words,
        at least one verb, not a pasted table row."""
        if len(sentence) > MAX_SENTENCE_TOKENS or len(sentence) < 3 or _TABLE_LIKE.search(text):
            return False
        alpha, verb, narrative = 0, False, False
        for token in sentence:  # one pass: iterating a Span builds its tokens anew each time
            alpha += token.is_alpha
            verb = verb or token.pos_ in {"VERB", "AUX"}
            narrative = narrative or (token.i not in skipped and not token.is_space)
        return narrative and verb and alpha >= 0.6 * len(sentence)

    def _code_sentence(self, at: _SentenceAt) -> list[EventMention]:
        sentence = at.sentence
        drafts = ClauseReader(sentence).read()
        if self.typer is not None:
            drafts = [self.typer.retype(d, sentence) for d in drafts]
        # the word a number counts: its head, or for "5,000 [nummod] troops [dobj]" the verb above it
        lemmas_near = {
            t.idx - sentence.start_char: (t.head.head if t.dep_ == "nummod" else t.head).lemma_.lower()
            for t in sentence
            if t.like_num
        }
        at = at._replace(figures=tuple(extract_figures(at.text, sentence.start_char, lemmas_near)))
        mentions = self._mentions(drafts, at)
        if not mentions and self.typer is not None:
            # the rules coded nothing that stands (no trigger, or no party to it): the model may propose a type
            mentions = self._mentions(self.typer.propose(sentence), at)
        return mentions

    def _mentions(self, drafts: list[Draft], at: _SentenceAt) -> list[EventMention]:
        """The event mentions of a sentence's drafts whose parties resolve; drafts with nobody in them drop."""
        sentence, ents, history, citation_spans = at.sentence, at.ents, at.history, at.citation_spans
        mentions: list[EventMention] = []
        seen: set[tuple[int, str]] = set()
        for draft in drafts:
            if (draft.trigger.i, draft.type) in seen or _inside_any(
                draft.trigger.idx, draft.trigger.idx + 1, citation_spans
            ):
                continue
            seen.add((draft.trigger.i, draft.type))
            if is_skipped(draft.trigger.i, sentence.doc):
                continue  # a heading or a citation names events; it does not report them
            # actors named earlier in the sentence are antecedents too ("Iran said its forces ...")
            local = history + self._named_refs([e for e in ents if e.end <= draft.trigger.i], history)
            # a model-coded act needs a doer that can act: not an outlet, an instrument or a bare noun
            # PLOVER codes a crowd as the civilian actor of a protest: "thousands of people marched"
            crowd = draft.type == "PROTEST"
            actors = self._refs(draft.actors, local, require_actor_like=PROPOSED in draft.rule, crowd=crowd)
            draft = retyped_by_actors(draft, actors)
            targets = [p for t in draft.recipients for p in (t, *_parties_of_named_act(t, draft.type))]
            recipients = self._recipients(targets, actors, local)
            if draft.type in TARGETED_TYPES:  # a town attacked is where it happened, not who was attacked
                recipients = tuple(r for r in recipients if not _is_town(r, draft))
                recipients = recipients or self._struck_targets(draft.recipients, actors, local)
            if not recipients and (draft.type not in DIRECT_TARGET_TYPES or draft.mode in AREA_MEASURES):
                recipients = self._recipients(_named_after(draft.trigger, draft.type, ents), actors, history)
            if not recipients and draft.type == "PROTEST":
                recipients = self._protested_state(draft.trigger, actors, local)
            if draft.type == "RETREAT":  # the town a force leaves is where it withdrew from, not to whom it yields
                recipients = tuple(r for r in recipients if not _is_town(r, draft, ents))
            if PROPOSED in draft.rule and actors and all(a.sector == MEDIA_SECTOR for a in actors):
                continue  # what an outlet "gave" or "put" is a report; the model codes no act by the press alone
            if not actors and (not recipients or PROPOSED in draft.rule):  # a model-coded act needs its doer
                continue  # an event with nobody doing it or suffering it is not coded (PLOVER needs an actor)
            topic = any(c.dep_ == "dobj" and c.i != draft.trigger_end.i for c in draft.trigger.children)
            if draft.type == "CONSULT" and draft.mode != "visit" and not recipients and _one_party(actors, topic):
                continue  # one person "discussing" a topic (in a book, a speech) consults nobody
            reporter = self._refs([draft.reporter], local, require_actor_like=False) if draft.reporter else ()
            mentions.append(self._mention(at, draft, actors, recipients, reporter))
            history.extend(a for a in (*actors, *recipients) if a.entity_key or a.kind != "unknown")
        return mentions

    def _named_refs(self, ents: list[Span], history: list[ActorRef]) -> list[ActorRef]:
        """The known actors (alias-table entities) among named entities."""
        refs = []
        for ent in ents:
            if ent.label_ in ACTOR_ENT_LABELS and not is_skipped(ent.root.i, ent.doc):
                ref = self._ref(ent.root, history, require_actor_like=True)
                if ref is not None and ref.kind != "unknown":
                    refs.append(ref)
        return refs

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
        at: _SentenceAt,
        draft: Draft,
        actors: tuple[ActorRef, ...],
        recipients: tuple[ActorRef, ...],
        reporter: tuple[ActorRef, ...],
    ) -> EventMention:
        sentence, figures, date, places = at.sentence, at.figures, at.date, at.places
        trigger_start = draft.trigger.idx
        trigger_end = draft.trigger_end.idx + len(draft.trigger_end.text)
        date = own_clause(draft.trigger, [t for t in at.sentence_dates if t.date_start], date)
        place, place_reason = places.for_draft(draft)
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
            sentence=at.text,
            trigger_start=trigger_start,
            trigger_end=trigger_end,
            trigger=at.text[trigger_start - sentence.start_char : trigger_end - sentence.start_char],
            type=draft.type,
            mode=draft.mode,
            acled_event_type=acled_type,
            acled_sub_event_type=acled_sub,
            modality=draft.modality if draft.modality != "embedded" else "asserted",
            actors=actors,
            recipients=recipients,
            figures=figures,
            extractor=Extractor(self.name, self.version, round(draft.confidence * (1.0 if actors else 0.8), 3)),
            rule=f"{draft.rule}|place={place_reason}",
            reported_by=_reporter_name(draft.reporter, reporter),
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
            if ref is None or any(_same_party(ref, a) for a in actors):
                continue
            group = [token, *(t for t in tokens[index + 1 :] if t in token.conjuncts)]
            refs = self._refs(group, history, require_actor_like=True)
            return tuple(r for r in refs if not any(_same_party(r, a) for a in actors))
        return ()

    def _protested_state(
        self, trigger: Token, actors: tuple[ActorRef, ...], history: list[ActorRef]
    ) -> tuple[ActorRef, ...]:
        """A protest that names no target is aimed at the state it demands independence from, else at the state
        (a country, not a town) it takes place in: "demonstrated in Serbia", "calling for independence from Iraq"."""
        sentence = trigger.sent
        seceded = [
            g
            for t in sentence
            if t.lemma_.lower() in SECESSION_NOUNS
            for c in t.children
            if c.dep_ == "prep" and c.lower_ == "from"
            for g in c.children
            if g.dep_ in {"pobj", "amod"}
        ]
        venues = [g for t in trigger.subtree if t.dep_ == "prep" and t.lower_ == "in" for g in t.children
                  if g.dep_ == "pobj"]  # fmt: skip
        for token in [*seceded, *venues]:
            ref = self._ref(token, history, True)
            country = ref is not None and ref.kind == "state" and ref.text.lower() in country_names()
            if ref is not None and country and not any(_same_party(ref, a) for a in actors):
                return (ref,)
        return ()

    def _struck_targets(
        self, tokens: list[Token], actors: tuple[ActorRef, ...], history: list[ActorRef]
    ) -> tuple[ActorRef, ...]:
        """A violent or coercive act with no actor among its targets is directed at what it strikes: the owner
        of a struck thing ("the positions of the rebels" -> the rebels), else the struck people or thing
        ("kidnapped two advisers", "bombed the refinery"). Asked only after the actor-like targets, so
        "fired tear gas to disperse the protesters" stays aimed at the protesters."""
        for index, token in enumerate(tokens):
            struck = self._struck(token, history)
            if struck is None or any(struck.start == a.start for a in actors):
                continue
            group = [token, *(t for t in tokens[index + 1 :] if t in token.conjuncts)]
            more = (self._struck(t, history) for t in group[1:])
            return (struck, *(r for r in more if r is not None and all(r.start != a.start for a in actors)))
        return ()

    def _struck(self, token: Token, history: list[ActorRef]) -> ActorRef | None:
        """The target of a hostile act that names no actor outright: the owner named by its "of" complement
        ("the computers of army officers"), else the object itself when it is a concrete noun phrase."""
        owner = _of_complement(token)
        if owner is not None:
            ref = self._ref(owner, history, True)
            if ref is not None:
                return ref
        lemma = token.lemma_.lower()
        owned = any(c.dep_ in {"compound", "amod", "poss", "nmod"} for c in token.children)  # "army positions"
        if lemma in UNOWNED_TARGETS and not owned:  # "struck targets in southern Lebanon": the land they lie in
            holders = (token, token.head) if token.dep_ == "dobj" else (token,)  # "in" on the noun or on its verb
            where = next((g for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "in"
                          for g in c.children if g.dep_ == "pobj" and g.ent_type_ in {"GPE", "LOC"}), None)  # fmt: skip
            return self._ref(where, history, False) if where is not None else None
        if lemma in QUANTITY_HEADS or token.lower_ in QUANTITY_HEADS:
            return None  # "hundreds (of the attackers)": a count, whose owner is no party the table knows
        if (
            token.pos_ not in {"NOUN", "PROPN"}
            or token.like_num
            or lemma in EVENT_NOUNS
            or lemma in NOT_TARGETS | PLACE_NOUNS
        ):
            return None
        if token.dep_ not in {"dobj", "nsubjpass"}:
            return None  # a struck thing is the verb's object; "on"/"at" phrases name times and places as often
        left, right = _phrase_bounds(token)
        doc = token.doc
        text = doc[left : right + 1].text
        words = [t.text for t in doc[left : right + 1]]
        name = re.sub(r"^(?:the|a|an)\s+", "", text, flags=re.IGNORECASE)
        start, end = doc[left].idx, doc[right].idx + len(doc[right].text)
        return ActorRef(start, end, text, name, None, "unknown", guess_sector(words), guess_country(words))

    def _refs(
        self, tokens: Iterable[Token | None], history: list[ActorRef], *, require_actor_like: bool, crowd: bool = False
    ) -> tuple[ActorRef, ...]:
        refs: list[ActorRef] = []
        for token in (p for t in tokens if t is not None for p in _represented(t)):
            ref = self._ref(token, history, require_actor_like, crowd=crowd)
            if ref is not None and all(ref.start != r.start for r in refs):
                refs.append(ref)
        return tuple(refs)

    def _ref(
        self, token: Token, history: list[ActorRef], require_actor_like: bool, *, crowd: bool = False
    ) -> ActorRef | None:
        """The actor a noun phrase names, resolved through the alias table, pronouns and history.

        An actor is an entity: a named entity, an alias-table hit, a group noun with a national or
        organisational modifier, or a pronoun or definite description resolved to an earlier actor.
        Anything else ("the people", "the rest" with nobody before it, an instrument, an event) is no actor.
        """
        doc = token.doc
        if is_skipped(token.i, doc):
            return None
        head = _quantity_head(token)
        quantified, token = head.i != token.i, head  # "dozens of gang members" is a definite set
        lower, lemma = token.lower_, token.lemma_.lower()
        if token.pos_ == "PRON":
            kinds = PRONOUN_KINDS.get(lower)
            antecedent = _nearest(history, kinds) if kinds else None
            if antecedent is None:
                return None
            return _relabel(antecedent, token.idx, token.idx + len(token.text), token.text)
        left, right = _phrase_bounds(token)
        text = doc[left : right + 1].text
        start, end = doc[left].idx, doc[right].idx + len(doc[right].text)
        bare = right == token.i and left >= token.i - 1
        if (lower in ANAPHORIC_HEADS or lemma in PARTITIVE_HEADS) and bare:
            kinds = frozenset({"organisation", "group"} if lower != "regime" else {"state"})
            antecedent = _nearest(history, kinds)
            if antecedent is not None:
                return _relabel(antecedent, start, end, text)
        words = [t.text for t in doc[left : right + 1]]
        media = lemma in MEDIA_HEADS or lower in MEDIA_HEADS
        entry = None if media else self.actors.find(text)  # "Tehran radio" is an outlet, not Iran's government
        if entry is not None:
            sector = entry.sector or guess_sector(words)
            return ActorRef(start, end, text, entry.name, entry.key, entry.kind, sector, entry.country)
        if lemma in EVENT_NOUNS and lemma not in ACTOR_HEADS and token.ent_type_ not in ACTOR_ENT_LABELS:
            agent = self._event_agent(token, history)  # "Iranian counterattacks inflicted ...": the Iranians did
            return _relabel(agent, start, end, text) if agent is not None else None
        possessor = next((c for c in token.children if c.dep_ == "poss" and c.lower_ in POSSESSOR_KINDS), None)
        relational = lemma in COUNTERPARTS or lower in COUNTERPARTS  # "its Western partners" are others
        if (
            possessor is not None
            and not relational
            and (lemma in ACTOR_HEADS or lemma in UNSPECIFIC_HEADS or lower in ACTOR_HEADS)
        ):
            antecedent = _nearest(history, POSSESSOR_KINDS[possessor.lower_])  # "its forces", "their leader"
            if antecedent is not None:
                return _relabel(antecedent, start, end, text)
        force = _narrative_force(history, lemma) if bare and (lower in FORCE_HEADS or lemma in FORCE_HEADS) else None
        if force is not None:  # "the army withdrew": the narrative's own army
            return _relabel(force, start, end, text)
        state = demonym_state(self.actors, token.text) if left == right else None
        if state is not None:  # "Iranian" standing alone for the Iranians
            return ActorRef(start, end, text, state.name, state.key, state.kind, state.sector, state.country)
        label_kind = ACTOR_ENT_LABELS.get(token.ent_type_)
        modified = any(
            t.ent_type_ in ACTOR_ENT_LABELS or guess_country([t.text]) is not None for t in doc[left:right]
        )  # "Iranian positions", "MEK sympathizers"
        # "both sides", "23 people", "opposition parties", "leaders of the coalition": a definite set of someone
        counted = (
            any(
                c.lower_ in {"both", "two", "all", "several"} or c.dep_ == "nummod" or c.lower_ in SECTOR_BY_HEAD
                for c in token.lefts
            )
            or _of_organisation(token)
            or (quantified and lemma not in CROWD_HEADS)
        )
        unspecific = lemma in UNSPECIFIC_HEADS or lower in UNSPECIFIC_HEADS
        crowd = crowd and (lemma in CROWD_HEADS or lower in CROWD_HEADS)  # a protest's crowd is its civilian actor
        if label_kind is None and not modified and not counted and unspecific and not crowd:
            return None
        actor_like = label_kind is not None or lemma in ACTOR_HEADS or lower in ACTOR_HEADS or modified or crowd
        # an unlisted plural noun ("militiamen") or name may be an actor; an unlisted singular noun ("peace") is not
        if not actor_like and (require_actor_like or (token.pos_ != "PROPN" and token.tag_ != "NNS")):
            return None
        name = re.sub(r"^(?:the|a|an)\s+", "", text, flags=re.IGNORECASE)
        return ActorRef(
            start, end, text, name, None, label_kind or ("group" if actor_like else "unknown"),
            guess_sector(words), guess_country(words),
        )  # fmt: skip

    def _event_agent(self, noun: Token, history: list[ActorRef]) -> ActorRef | None:
        """Who carried out an event named by a noun: its possessor or national/named modifier, else nobody."""
        for child in noun.lefts:
            modifier = child.dep_ in {"poss", "amod", "compound", "nmod"} and child.lemma_.lower() not in EVENT_NOUNS
            named = (
                child.pos_ == "PRON"
                or child.ent_type_ in ACTOR_ENT_LABELS
                or guess_country([child.text]) is not None
                or (child.dep_ == "poss" and child.lemma_.lower() in ACTOR_HEADS)  # "the government's offer"
            )
            if modifier and named:
                return self._ref(child, history, True)
        return None


NO_SENSE = Sense(None)
# Acts done by saying: their noun's "from" phrase names who said it ("an appeal from the bishops").
SAID_TYPES = frozenset({"REQUEST", "AGREE", "THREATEN", "ACCUSE", "REJECT", "SUPPORT"})


def _parties_of_named_act(token: Token, plover_type: str) -> list[Token]:
    """The parties of an act a target noun names, tried after the noun itself: who does it ("rejected the demand
    by the union", "condemned the raid by the militia"), and for a demand, a refusal or a sanction also whom it
    befalls ("demanded the resignation of the minister")."""
    if token.pos_ != "NOUN":
        return []
    said = NOUN_TRIGGERS.get(token.lemma_.lower(), NO_SENSE).type in SAID_TYPES  # "calls from regional leaders"
    preps = {"by", "from"} if said else {"by"}
    found = [
        g for c in token.children if c.dep_ == "prep" and c.lower_ in preps for g in c.children if g.dep_ == "pobj"
    ]
    if plover_type in {"REQUEST", "REJECT", "SANCTION"}:  # SANCTION: "froze the assets of ten officials"
        owner = _of_complement(token)
        found += [owner] if owner is not None and owner.lemma_.lower() not in EVENT_NOUNS else []
    return found


def _of_complement(token: Token) -> Token | None:
    """The object of a noun's "of"/"for" phrase ("positions of the rebels", "a camp for refugees")."""
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in {"of", "for"}:
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    return None


def _of_organisation(token: Token) -> bool:
    """ "Leaders of the opposition coalition": an "of" complement naming an organisation or group, not a place."""
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for obj in child.children:
                if obj.dep_ == "pobj" and obj.ent_type_ not in {"GPE", "LOC", "FAC"}:
                    return obj.ent_type_ in {"ORG", "NORP"} or obj.lemma_.lower() in ACTOR_HEADS
    return False


def _narrative_force(history: list[ActorRef], head: str) -> ActorRef | None:
    """The armed force a bare "the army" means: the nearest one named with that word, else the nearest armed group."""
    armed = [r for r in reversed(history) if r.sector in {"MIL", "REB"} and r.kind in {"group", "organisation"}]
    named = next((r for r in armed if head in r.name.lower() or head in r.text.lower()), None)
    return named or (armed[0] if armed else None)


def _one_party(actors: tuple[ActorRef, ...], has_topic: bool) -> bool:
    """One person, or one party discussing a topic: nobody to consult ("the two leaders" are two parties)."""
    several = len(actors) == 1 and _SEVERAL.match(actors[0].text) is not None
    return len(actors) == 1 and not several and (actors[0].kind == "person" or has_topic)


def _reporter_name(token: Token | None, resolved: tuple[ActorRef, ...]) -> str | None:
    """Who reports: an outlet by its own words ("Tehran radio"), an actor by its canonical name."""
    if token is None:
        return None
    if token.lemma_.lower() in MEDIA_HEADS or token.lower_ in MEDIA_HEADS:
        left, right = _phrase_bounds(token)
        return re.sub(r"^(?:the|a|an)\s+", "", token.doc[left : right + 1].text, flags=re.IGNORECASE)
    return resolved[0].name if resolved else None


def _is_town(ref: ActorRef, draft: Draft, ents: Sequence[Span] = ()) -> bool:
    """A recipient that is a place name outside the actor table (towns, regions; countries are in the table)."""
    if ref.entity_key is not None:
        return False
    if any(e.start_char == ref.start and e.label_ in {"GPE", "LOC", "FAC"} for e in ents):
        return True
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
        _named_group(e.root)
        for e in ents
        if e.start > trigger.i
        and e.root.i in subtree
        and e.label_ in ACTOR_ENT_LABELS
        and not _at_venue(e.root, venues)
        and not (e.root.dep_ in {"amod", "compound"} and e.root.head.lemma_.lower() in PLACE_NOUNS)
        and not (e.label_ == "NORP" and e.root.dep_ in {"amod", "compound"} and _named_group(e.root).i == e.root.i)
        and not (e.label_ == "ORG" and e.root.dep_ == "compound" and e.root.head.ent_type_ not in ACTOR_ENT_LABELS)
    ]  # an organisation or nationality naming a thing ("the UN office", "Palestinian self-rule") is nobody's addressee


def _represented(token: Token) -> list[Token]:
    """The parties a delegate stands for: "Envoys of the Angolan government and UNITA", "Troops from the United
    States and Egypt", "Prime ministers of North Korea and South Korea" act for the named parties."""
    if token.lemma_.lower() not in REPRESENTATIVE_HEADS and token.lower_ not in REPRESENTATIVE_HEADS:
        return [token]
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in {"of", "from"}):
        party = next((g for g in prep.children if g.dep_ == "pobj"), None)
        named = party is not None and any(t.ent_type_ in {"GPE", "ORG", "NORP"} for t in (party, *party.lefts))
        if party is not None and named:
            return [party, *party.conjuncts]
    return [token]


def _at_venue(token: Token, venues: frozenset[str] | set[str]) -> bool:
    """Whether a name is where the act happened: under a locative preposition, also as "the district of London",
    "near Oka, Quebec" (the place's own "of" phrase or apposition)."""
    while token.dep_ in {"appos", "conj"} or (token.dep_ == "pobj" and token.head.lower_ == "of"):
        owner = token.head if token.dep_ in {"appos", "conj"} else token.head.head
        if token.dep_ == "pobj" and owner.lemma_.lower() not in PLACE_NOUNS | PLACE_PARTS:
            break
        token = owner
    return token.dep_ == "pobj" and token.head.lower_ in venues


def _same_party(ref: ActorRef, actor: ActorRef) -> bool:
    """The same mention, or the same known entity ("Iran denied that it had ..."): an actor is not its own target."""
    return ref.start == actor.start or (ref.entity_key is not None and ref.entity_key == actor.entity_key)


def _named_group(token: Token) -> Token:
    """A nationality naming the people a noun stands for is that noun's phrase: "his Chinese counterpart",
    "Liberian refugees" (the head's phrase keeps the modifier, so the actor is still resolved through it)."""
    head = token.head
    person = head.pos_ == "NOUN" and (head.lemma_.lower() in ACTOR_HEADS or head.lower_ in ACTOR_HEADS)
    return head if token.dep_ in {"amod", "compound"} and token.ent_type_ == "NORP" and person else token


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
