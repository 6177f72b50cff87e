"""Events named by a noun ("the expulsion of four diplomats by the Czech government was announced"): who does
them and to whom, read from the noun's own modifiers, and which clauses only report or complete such an event.

A wire sentence often names the act as the subject of a verb that says nothing more than that it happened, was
announced, confirmed, completed or took effect. The act is then the noun's: its possessor, a national or named
modifier and its "by" phrase are the actors; its "of" phrase is the actor of an intransitive act ("the withdrawal
of the fighters") and the one it befalls otherwise ("the arrest of the mayor").
"""

from __future__ import annotations

from spacy.tokens import Token

from annalist.events.actors import ACTOR_HEADS
from annalist.events.lexicon import NOUN_TRIGGERS
from annalist.events.senses import agent_of, event_noun, noun_key

# Acts done by whoever the "of" phrase names: "the withdrawal of Syrian troops", "the visit of the envoy".
INTRANSITIVE_ACT_NOUNS = frozenset(
    {"withdrawal", "retreat", "pullout", "resignation", "surrender", "visit", "arrival", "protest", "protests",
     "demonstration", "demonstrations", "strike", "march", "rally", "uprising", "deployment", "buildup", "build-up",
     "mobilization", "mobilisation", "advance", "offensive", "walkout", "boycott", "hunger strike"}
)  # fmt: skip
# Of those, the ones whose agent only tells of the act; the others' agent does it.
TELLING_VERBS = frozenset({"announce", "confirm", "report", "broadcast", "read", "repeat"})
# Verbs that only report, confirm or complete the act their subject names ("was announced", "took effect").
NOUN_REPORT_VERBS = frozenset(
    {"announce", "confirm", "report", "complete", "finish", "broadcast", "claim", "issue", "lodge", "read",
     "repeat", "enter", "end", "conclude", "take", "open", "proceed", "follow", "come", "prompt"}
)  # fmt: skip


def _objects(token: Token, preposition: str) -> list[Token]:
    """The objects of a token's own phrases with ``preposition`` ("the expulsion [of] four diplomats")."""
    return [g for c in token.rights if c.dep_ == "prep" and c.lower_ == preposition for g in c.children
            if g.dep_ == "pobj"]  # fmt: skip


def _intransitive(noun: Token) -> bool:
    return bool({noun.lemma_.lower(), noun.lower_, noun_key(noun)} & INTRANSITIVE_ACT_NOUNS)


def noun_agents(noun: Token) -> list[Token]:
    """Who carries out a noun-named act: possessor, named or national modifier, "by" phrase, and for an
    intransitive act its "of" phrase ("Malaysia's pledge", "the ratification by parliament", "the withdrawal of the
    fighters")."""
    found = [c for c in noun.lefts if c.dep_ == "poss" or (c.dep_ in {"amod", "compound"} and c.ent_type_)]
    # the "by" phrase, also where the parser hung it on the "of" phrase ("the expulsion of four diplomats by ...")
    holders = [noun, *(g for c in noun.rights if c.dep_ == "prep" and c.lower_ == "of" for g in c.children)]
    found += [g for holder in holders for g in _objects(holder, "by")]
    sense = NOUN_TRIGGERS.get(noun.lemma_.lower()) or NOUN_TRIGGERS.get(noun.lower_)
    if sense is not None and sense.type == "AID":  # "aid from Japan", "the delivery of vehicles from Poland"
        found += _objects(noun, "from")
    return found + _objects(noun, "of") if _intransitive(noun) else found


def noun_patients(noun: Token) -> list[Token]:
    """Whom a transitive noun-named act befalls: its "of" phrase ("the arrest of the Istanbul mayor")."""
    return [] if _intransitive(noun) else _objects(noun, "of")


def reported_noun_event(verb: Token, subject: Token | None, lemma: str) -> tuple[Token, str] | None:
    """The event noun a clause only reports, confirms or completes ("The expulsion ... was announced", "The
    arrest ... took place", "Canada's recognition ... took effect")."""
    if subject is None or subject.dep_ not in {"nsubj", "nsubjpass"} or lemma not in NOUN_REPORT_VERBS:
        return None
    found = event_noun(subject)
    if found is None or NOUN_TRIGGERS[found[1]].type is None or found[0].lemma_.lower() in ACTOR_HEADS:
        return None  # "the last Soviet troops left": troops are people, not an act
    return found


def doer_named_by_agent(verb: Token, lemma: str) -> Token | None:
    """The passive agent that did the noun-named act: who opened an inquiry or claimed an attack does it; who
    announced, confirmed or reported it only tells of it ("was confirmed by the Vatican")."""
    return None if lemma in TELLING_VERBS else agent_of(verb)


__all__ = [
    "INTRANSITIVE_ACT_NOUNS",
    "NOUN_REPORT_VERBS",
    "doer_named_by_agent",
    "noun_agents",
    "noun_patients",
    "reported_noun_event",
]
