"""What the event-type model sees of a clause: the rules' proposal and the words around its trigger.

Features are readable strings ("rule_type=ASSAULT", "trigger=seize", "obj=town") so the model's top features
explain a decision in words a user knows. The same function serves training (train.py) and coding (typer.py).
"""

from __future__ import annotations

import numpy as np
from spacy.tokens import Span, Token

from annalist.events.clauses import OPINION_NOUNS, OPINION_VERBS
from annalist.events.drafts import Draft
from annalist.events.lexicon import FUTURE_MODALS, NOUN_TRIGGERS, OBLIGATION_MODALS, verb_sense
from annalist.events.senses import agent_of, is_negated, resolve_sense, subject_of, verb_lemma

# Parts of speech whose lemmas carry what a clause is about; function words only add noise on a small corpus.
CONTENT_POS = frozenset({"VERB", "NOUN", "ADJ"})
# Prepositions whose object is the target or partner of an act ("against Iraq", "with the rebels").
TARGET_PREPS = frozenset({"against", "on", "upon", "at", "with", "to", "from", "for", "between", "into", "over"})
# Verbs that never carry an event themselves; a root like this points the model-proposed trigger at its complement.
HOLLOW_VERBS = frozenset({"be", "have", "become", "seem", "appear", "remain"})
# A reported "will" is the speaker's commitment or threat (PLOVER codes it as AGREE, THREATEN, ...);
# "could", "might", "should" report a possibility or a wish, which is no event.
SPECULATIVE_MODALS = OBLIGATION_MODALS | frozenset({"could", "might", "may", "can"})


def _rule_kind(rule: str) -> str:
    """The rule family of a draft: "fallback:light:launch+offensive" -> "fallback", "verb:shell" -> "verb"."""
    return rule.split(":", 1)[0].split("+", 1)[0]


def _around_trigger(trigger: Token) -> list[str]:
    """Objects, prepositional objects, complements and modals of the trigger: its immediate argument structure."""
    found: list[str] = []
    for child in trigger.children:
        dep = child.dep_
        if dep in {"dobj", "obj", "attr", "oprd", "dative"}:
            found.append(f"obj={child.lemma_.lower()}")
        elif dep == "prep":
            found.append(f"prep={child.lower_}")
            found += [f"pobj={g.lemma_.lower()}" for g in child.children if g.dep_ in {"pobj", "pcomp"}]
        elif dep in {"xcomp", "ccomp"}:
            found.append(f"comp={child.lemma_.lower()}")
        elif dep == "aux" and child.tag_ == "MD":
            found.append(f"modal={child.lower_}")
        elif dep == "prt":
            found.append(f"particle={child.lower_}")
        elif dep == "nsubjpass":
            found.append("passive")
    return found


def clause_features(sentence: Span, trigger: Token, draft: Draft | None) -> list[str]:
    """The feature strings of one candidate event: ``draft`` is the rules' proposal, None when they had none."""
    features = ["bias"]
    if draft is not None:
        features += [
            f"rule_type={draft.type}",
            f"rule_kind={_rule_kind(draft.rule)}",
            f"rule_mode={draft.mode}",
            f"modality={draft.modality}",
            f"rule_type+kind={draft.type}+{_rule_kind(draft.rule)}",
        ]
        if draft.trigger_end.i != trigger.i:
            features.append(f"trigger_noun={draft.trigger_end.lemma_.lower()}")
    else:
        features.append("rule_type=NONE")
    lemma = verb_lemma(trigger) if trigger.pos_ in {"VERB", "AUX"} else trigger.lemma_.lower()
    features.append(f"trigger={lemma}")
    sense = verb_sense(lemma) if trigger.pos_ in {"VERB", "AUX"} else NOUN_TRIGGERS.get(lemma)
    if sense is not None:
        features.append(f"sense={sense.type}/{sense.kind}")
    if is_negated(trigger):
        features.append("negated")
    features += _around_trigger(trigger)
    root = sentence.root
    features.append(f"root={root.lemma_.lower()}")
    for token in sentence:
        if token.pos_ in CONTENT_POS and not token.is_stop and token.is_alpha:
            features.append(f"word={token.lemma_.lower()}")
        if token.pos_ in {"NOUN", "PROPN"}:
            noun = NOUN_TRIGGERS.get(token.lemma_.lower())
            if noun is not None and noun.type:
                features.append(f"noun_trigger={noun.type}")
        elif token.pos_ == "VERB" and token.i != trigger.i:
            other = verb_sense(verb_lemma(token))
            if other is not None and other.type:
                features.append(f"other_verb={other.type}/{other.kind}")
    return features


def clause_vector(trigger: Token) -> np.ndarray:
    """The parser's own contextual reading of the clause: tok2vec rows of the trigger, its head and the mean of
    its dependents (the model's pipeline puts them in ``doc.tensor``). Dense and shared across words, they let
    the type model generalise from "shelled" to "bombarded" where the sparse word features cannot.
    An all-zero vector when the pipeline left no tensor (a blank or vector-less model)."""
    tensor = trigger.doc.tensor
    if tensor is None or tensor.ndim != 2 or tensor.shape[0] != len(trigger.doc):
        return np.zeros(0)
    kids = [c.i for c in trigger.children if not c.is_punct]
    around = tensor[kids].mean(axis=0) if kids else np.zeros(tensor.shape[1])
    vector = np.concatenate([tensor[trigger.i], tensor[trigger.head.i], around]).astype(np.float64)
    norm = float(np.linalg.norm(vector))
    return vector / norm if norm > 0 else vector


def _speaks_for_itself(clause: Token, reporter: Token | None) -> bool:
    """Whether the reported clause's subject is the speaker: "Syria said it will ..." or "Syria said Syria will"."""
    subject = subject_of(clause, None)[0]
    if subject is None or reporter is None:
        return False
    return subject.pos_ == "PRON" or subject.lemma_.lower() == reporter.lemma_.lower()


def _complement_verb(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in {"xcomp", "ccomp"} and c.pos_ in {"VERB", "AUX"}), None)


def proposed_trigger(sentence: Span) -> tuple[Token, Token | None] | None:
    """Where a model-coded event hangs when the rules coded none, and who reports it.

    The root verb; through a hollow root ("is", "seems") or a report ("officials said that ...") its complement.
    Only verbs the lexicon does not know: a verb the rules read and dropped (a plan, a prediction, a promise
    about another party) stays uncoded, and so does a report of what someone will or might do.
    """
    trigger: Token | None = sentence.root
    reporter = None
    if trigger is None or trigger.pos_ not in {"VERB", "AUX"}:
        return None
    sense = resolve_sense(trigger)[0]
    if sense is not None and sense.kind == "speech":
        reporter = subject_of(trigger, None)[0]
        trigger = _complement_verb(trigger)
        modals = {c.lower_ for c in trigger.children if c.dep_ == "aux"} if trigger is not None else set()
        if trigger is None or modals & SPECULATIVE_MODALS:
            return None
        if modals & FUTURE_MODALS and not _speaks_for_itself(trigger, reporter):
            return None  # "the analyst said the rebels would attack": a forecast about others, not a commitment
        sense = resolve_sense(trigger)[0]
    if trigger.lemma_.lower() in HOLLOW_VERBS:
        subject = subject_of(trigger, None)[0]
        if subject is not None and subject.lemma_.lower() in OPINION_NOUNS:
            return None  # "their belief was that ...": what someone thought, not what happened
        trigger = _complement_verb(trigger)
        if trigger is None or {c.lower_ for c in trigger.children if c.dep_ == "aux"} & (
            SPECULATIVE_MODALS | FUTURE_MODALS
        ):
            return None  # "the risk is that the dam would break": a possibility, not an act
        sense = resolve_sense(trigger)[0]
    if sense is not None:
        return None  # the rules know this verb and coded nothing on purpose (a promise about others, a plan, ...)
    if trigger is not None and trigger.lemma_.lower() in OPINION_VERBS:
        return None  # "saw the war as a lifeline": a belief about events, not an act
    return (trigger, reporter) if trigger is not None and trigger.pos_ == "VERB" else None


def proposed_parties(trigger: Token) -> tuple[list[Token], list[Token]]:
    """Actor and recipient tokens of a model-coded event: subject (or passive agent), objects and their conjuncts."""
    subject, passive = subject_of(trigger, None)
    passive = passive or any(c.dep_ == "auxpass" for c in trigger.children)
    actor = agent_of(trigger) if passive else subject
    targets: list[Token] = [subject] if passive and subject is not None else []
    for child in trigger.children:
        if child.dep_ in {"dobj", "dative"}:
            targets.append(child)
        elif child.dep_ == "prep" and child.lower_ in TARGET_PREPS:
            targets += [g for g in child.children if g.dep_ == "pobj"]
    actors = [] if actor is None else [actor, *actor.conjuncts]
    return actors, [t for target in targets for t in (target, *target.conjuncts)]


__all__ = ["clause_features", "clause_vector", "proposed_parties", "proposed_trigger"]
