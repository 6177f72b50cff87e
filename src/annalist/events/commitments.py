"""What a speaker binds itself to: a commitment said outright or through an adjective or a noun ("will
withdraw", "was willing to talk", "expressed readiness to release"), typed AGREE, THREATEN or REJECT; the demand an
obligation puts on another ("must withdraw"); and the idioms of a threatened reprisal."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from annalist.events.drafts import Draft
from annalist.events.lexicon import (
    COMMITMENT_ADJECTIVES,
    FUTURE_MODALS,
    OBLIGATION_MODALS,
    OBLIGATION_VERBS,
    verb_sense,
)
from annalist.events.ontology import HOSTILE_TYPES
from annalist.events.senses import is_negated, modals_of

# Prepositions naming whom a cut in relations is aimed at ("will withdraw its inspectors from Iraq").
TARGET_PREPOSITIONS = frozenset({"from", "with", "to", "against", "on", "for"})


def commitment_head(clause: Token) -> Token | None:
    """'it was willing to withdraw' -> withdraw: the event a commitment adjective governs; in reported speech
    also 'it intends to reopen' -> reopen (a party's declared intention is its commitment)."""
    for child in clause.children:
        if child.dep_ == "acomp" and child.lower_ in COMMITMENT_ADJECTIVES:
            for grandchild in child.children:
                if grandchild.dep_ == "xcomp":
                    return grandchild
        if child.dep_ == "acomp" and child.lower_ == "open":  # "was open to sending army engineers"
            for prep in (g for g in child.children if g.dep_ == "prep" and g.lower_ == "to"):
                return next((g for g in prep.children if g.dep_ == "pcomp" and g.tag_ == "VBG"), None)
    if clause.lemma_.lower() in INTENTION_VERBS or clause.lemma_.lower() == "hesitate":
        # "would not hesitate to use nuclear weapons": the act not hesitated over is the one promised
        return next((c for c in clause.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
    return None


# "expressed its willingness to release", "signalled readiness to talk": a commitment said as a noun.
EXPRESSION_VERBS = frozenset(
    {"express", "signal", "show", "voice", "reaffirm", "declare", "announce", "state", "indicate", "confirm"}
)
COMMITMENT_NOUNS = frozenset(
    {
        "willingness",
        "readiness",
        "intention",
        "intent",
        "commitment",
        "determination",
        "preparedness",
        "resolve",
        "plan",
        "plans",
    }
)
INTENTION_VERBS = frozenset({"intend", "mean"})


def declared_commitment(verb: Token) -> Token | None:
    """The act an expression verb's commitment noun governs ("expressed willingness to release" -> release)."""
    if verb.lemma_.lower() not in EXPRESSION_VERBS:
        return None
    for obj in (c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in COMMITMENT_NOUNS):
        # "expressed willingness on Wednesday to cooperate": the act may hang on the verb
        for act in (*obj.children, *verb.children):
            if act.dep_ in {"acl", "xcomp", "relcl", "advcl"} and any(a.lower_ == "to" for a in act.children):
                return act
    return None


# "X will do Y" stated outright is X's commitment (PLOVER: future cooperative acts are AGREE); "would" is
# left as narrative future-in-past.
COMMITMENT_MODALS = frozenset({"will", "shall", "'ll", "wo", "going"})


def spoken(
    trigger: Token, end: Token, plover_type: str, rule: str, actors: list[Token], recipients: list[Token]
) -> Draft:
    """An act done by saying it (a demand, a threat), asserted by its speaker."""
    return Draft(
        trigger=trigger,
        trigger_end=end,
        type=plover_type,
        mode=None,
        modality="asserted",
        rule=rule,
        confidence=0.6,
        actors=actors,
        recipients=recipients,
    )


def undertaking(clause: Token) -> bool:
    """Whether a promised clause names a concrete act: a verb of no reporting, planning or forecasting kind, with
    an object or a prepositional phrase ("would open its books to auditors", "would abide by the ruling")."""
    if clause.pos_ != "VERB" or clause.lemma_.lower() in {"be", "have", "become", "remain", "seem"}:
        return False
    sense = verb_sense(clause.lemma_.lower())
    if sense is not None and sense.kind in {"speech", "plan", "predict", "propose"}:
        return False
    return any(c.dep_ in {"dobj", "prep"} for c in clause.children)


def made_to_pay(clause: Token) -> bool:
    """ "would pay a price", "will pay dearly": the idiom of a threatened reprisal."""
    if clause.lemma_.lower() != "pay" or not modals_of(clause) & FUTURE_MODALS:
        return False
    words = {c.lower_ for c in clause.children if c.dep_ in {"dobj", "advmod", "npadvmod"}}
    return bool(words & {"price", "dearly", "heavily", "dear"})


def is_condition_unmet(clause: Token) -> bool:
    """ "unless Bogota halts", "if Washington did not lift": a condition whose failure brings the act on."""
    marks = clause_marks(clause)
    return "unless" in marks or ("if" in marks and is_negated(clause))


def harms_no_one(draft: Draft) -> bool:
    """ "will scrap its exchange-rate system": a cut with no party named, nor any "from"/"with" phrase, threatens
    no one; it is an undertaking."""
    named = any(c.dep_ == "prep" and c.lower_ in TARGET_PREPOSITIONS for c in draft.trigger.children)
    objects = [c for c in draft.trigger.children if c.dep_ == "dobj"]
    own = all(any(g.dep_ == "poss" and g.pos_ == "PRON" for g in o.children) for o in objects)
    conditioned = any(c.dep_ == "advcl" and clause_marks(c) & {"if", "unless"} for c in draft.trigger.children)
    return draft.type == "SANCTION" and not draft.recipients and not named and own and not conditioned


def clause_marks(clause: Token) -> set[str]:
    """The subordinators of a clause ("if", "unless", "that")."""
    return {m.lower_ for m in clause.children if m.dep_ == "mark"}


def as_commitment(draft: Draft, verb: Token, *, negated: bool) -> Draft:
    """A promised act: AGREE, or THREATEN when hostile or conditioned by "unless"; a refused one is REJECT."""
    conditional = any(is_condition_unmet(c) for c in verb.children if c.dep_ == "advcl")
    conditional = conditional or any(c.dep_ == "conj" and c.lemma_.lower() == "face" for c in verb.children)
    # "will no longer bar students": a hostile act promised to end is an undertaking, not a threat
    ending = any(c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children) for c in verb.children)
    if ending:
        plover_type = "AGREE"
    elif negated:
        plover_type = "REJECT"
    elif (draft.type in HOSTILE_TYPES and not harms_no_one(draft)) or conditional:
        plover_type = "THREATEN"
    else:
        plover_type = "AGREE"
    violent = plover_type == "THREATEN" and draft.type in {"ASSAULT", "MOBILIZE"}
    return replace(
        draft,
        type=plover_type,
        mode="violence" if violent else None,
        modality="asserted",
        rule=f"commitment:{draft.rule}",
        confidence=round(draft.confidence * 0.85, 3),
    )


def obligation(clause: Token) -> Token | None:
    """The demanded act of "must withdraw" / "has to withdraw", else None."""
    if modals_of(clause) & OBLIGATION_MODALS:
        return clause
    if clause.lemma_.lower() in OBLIGATION_VERBS:
        return next((c for c in clause.children if c.dep_ == "xcomp"), None)
    return None


__all__ = [
    "COMMITMENT_MODALS",
    "as_commitment",
    "clause_marks",
    "commitment_head",
    "declared_commitment",
    "made_to_pay",
    "obligation",
    "spoken",
    "undertaking",
]
