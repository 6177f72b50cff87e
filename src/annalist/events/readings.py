"""Readings of a clause that turn on a word or two beside the verb: sharp words that are no attack ("blasted the
government for its handling"), a warning that only reports others' acts, the neighbour a show of force faces, and
an office holder who speaks for his state.
"""

from __future__ import annotations

from spacy.tokens import Token

from annalist.events.actors import guess_country
from annalist.events.countries import state_names
from annalist.events.lexicon import NOUN_TRIGGERS
from annalist.events.senses import modals_of, subject_of, verb_lemma

# Hostile verbs that also name sharp criticism, told apart by a reason ("for its handling") or a view as object.
VERBAL_ATTACK_VERBS = frozenset({"blast", "slam", "attack", "hit", "assail", "lash", "savage"})
# Of those, the ones whose object is words' target whenever it names an act or someone's thing.
SHARP_WORD_VERBS = frozenset({"blast", "slam", "savage"})
VIEWS = frozenset(
    {"decision", "plan", "policy", "proposal", "remark", "remarks", "statement", "comment", "comments", "law",
     "bill", "report", "speech", "stance", "approach", "handling", "idea", "claim", "claims", "position", "stand"}
)  # fmt: skip
# What one backs by endorsing it rather than by supplying it.
ENDORSABLE = VIEWS | {
    "bid",
    "candidacy",
    "candidate",
    "call",
    "demand",
    "initiative",
    "effort",
    "efforts",
    "resolution",
}
# Speakers who hold an office and so may speak for their state.
OFFICE_TITLES = frozenset(
    {"president", "minister", "premier", "chancellor", "spokesman", "spokeswoman", "spokesperson", "secretary",
     "king", "emir", "leader", "commander", "general", "ambassador", "governor", "chief", "head"}
)  # fmt: skip


def verbal_attack(verb: Token, obj: Token | None) -> bool:
    """'blasted the government for its handling of the crisis', 'attacked the decision': words, not arms."""
    if verb_lemma(verb) not in VERBAL_ATTACK_VERBS:
        return False
    if obj is not None and obj.lemma_.lower() in VIEWS:
        return True
    if any(c.dep_ == "prep" and c.lower_ == "as" and any(g.pos_ == "ADJ" for g in c.children) for c in verb.children):
        return True  # "attacked the budget as reckless"
    named_act = obj is not None and (obj.lemma_.lower() in NOUN_TRIGGERS or any(c.dep_ == "poss" for c in obj.children))
    if verb_lemma(verb) in SHARP_WORD_VERBS and named_act:
        return True  # "blasted Washington's arms sale": a sharp word about someone's act
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in {"for", "over"}):
        for reason in prep.children:
            owned = any(g.dep_ == "poss" for g in reason.children)
            if (reason.dep_ == "pcomp" and reason.tag_ == "VBG") or (reason.dep_ == "pobj" and owned):
                return True
    return False


def warns_of_others(verb: Token, subject: Token | None, complement: Token | None) -> bool:
    """A warning whose content is a third party's present or past act, with no addressee: a report."""
    if verb_lemma(verb) not in {"warn", "caution"} or complement is None or complement.dep_ != "ccomp":
        return False
    if any(c.dep_ in {"dobj", "dative"} for c in verb.children):
        return False  # "warned Washington that ...": an addressee makes it a threat
    other, _ = subject_of(complement, None)
    future = bool(modals_of(complement) & {"will", "would", "shall", "'ll"})
    return other is not None and other.pos_ != "PRON" and (subject is None or other.i != subject.i) and not future


def across_the_border(verb: Token) -> list[Token]:
    """Whom a show of force faces: the neighbour of the border it is massed on, or what it is "opposite"."""
    found: list[Token] = []
    for token in verb.subtree:
        if token.lemma_.lower() in {"border", "frontier", "boundary"}:
            found += [g for c in token.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children
                      if g.dep_ == "pobj"]  # fmt: skip
        elif token.dep_ == "prep" and token.lower_ == "opposite" and token.head.i == verb.i:
            found += [g for g in token.children if g.dep_ == "pobj"]
    return found


def own_official(speaker: Token | None, subject: Token | None) -> bool:
    """ "Israel will pull its troops out, Prime Minister Barak announced": an office holder speaking of a state or
    a government he does not name as foreign speaks for it (a demonym in his title that differs does not)."""
    if speaker is None or subject is None:
        return False
    titled = {
        speaker.lemma_.lower(),
        *(c.lemma_.lower() for c in speaker.lefts if c.dep_ in {"compound", "amod", "nmod"}),
    }
    if subject.text in {t.text for t in speaker.subtree if t.i < speaker.i}:
        return True  # "OAS Secretary-General Ramon Echeverria" speaks for the OAS
    if not titled & OFFICE_TITLES:
        return False
    state = subject.ent_type_ == "GPE" or subject.lemma_.lower() in {"government", "army", "cabinet", "ministry"}
    state = state or subject.text.lower() in state_names()  # the parser's entity types miss "Kiev", "Nigeria"
    title = [t for t in speaker.subtree if t.i < speaker.i or t.dep_ in {"compound", "appos"}]
    named_country = {guess_country([t.text]) for t in title} - {None}
    subject_country = guess_country([t.text for t in subject.subtree])
    # "Palestinian President Mahmoud Abbas said the Palestinians would ...": his people's act is his side's
    return (state and (not named_country or subject_country in named_country)) or (
        subject_country is not None and subject_country in named_country
    )


# What troops are sent to do when their sending is help, not a show of force.
PROTECTIVE_VERBS = frozenset({"protect", "evacuate", "rescue", "feed"})
# Who, ordered out, is a mission expelled (SANCTION) rather than a person deported (COERCE).
MISSION_HEADS = frozenset(
    {"ambassador", "diplomat", "diplomats", "envoy", "inspector", "inspectors", "observers", "monitors", "mission",
     "team", "members", "agency", "agencies", "staff", "peacekeepers", "workers", "committee"}
)  # fmt: skip


def protective_purpose(verb: Token) -> bool:
    """ "sent 1,500 troops to reinforce the peacekeeping force", "flew troops to Chad to protect the government":
    forces sent to protect, evacuate or keep the peace are aid (PLOVER AID), not a mobilisation."""
    for clause in verb.children:
        if clause.dep_ not in {"advcl", "xcomp"} or not any(a.lower_ == "to" for a in clause.children):
            continue
        if clause.lemma_.lower() in PROTECTIVE_VERBS:
            return True
        joins = clause.lemma_.lower() in {"reinforce", "join", "bolster", "strengthen", "serve"}
        if joins and any("peacekeep" in t.lower_ for t in clause.subtree):
            return True
    return False


def expulsion(ordered_out: list[Token]) -> tuple[str, str]:
    """The type of an order to leave: a mission, a team or an organisation sent away is a sanction; a person, a
    deportation."""
    mission = any(
        t.lemma_.lower() in MISSION_HEADS or t.lower_ in MISSION_HEADS or t.ent_type_ == "ORG" for t in ordered_out
    )
    return ("SANCTION", "expel") if mission else ("COERCE", "deport")


__all__ = [
    "ENDORSABLE",
    "OFFICE_TITLES",
    "across_the_border",
    "expulsion",
    "own_official",
    "protective_purpose",
    "verbal_attack",
    "warns_of_others",
]
