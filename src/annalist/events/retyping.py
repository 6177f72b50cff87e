"""Acts whose PLOVER type depends on who does them, once the actors are resolved.

The same verb codes differently by its doer: protesters storming a building riot (PROTEST), police raiding an office
search it (COERCE), students occupying a campus stage a sit-in (PROTEST), troops arriving somewhere mobilise rather
than visit, and a government's "protest" to another is a diplomatic note (ACCUSE). Each rule below is one such
reading; the first that applies re-types the draft and adds its name to the rule string, so a user sees why.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from annalist.events.drafts import Draft
from annalist.events.lexicon import RIOTER_HEADS, SEIZURE_VERBS
from annalist.records import ActorRef

OFFICIAL_SECTORS: frozenset[str | None] = frozenset({"COP", "GOV", "JUD"})
# Citizens acting on their own account: students, workers, civilians, the opposition.
CIVIC_SECTORS: frozenset[str | None] = frozenset({"EDU", "LAB", "CVL", "OPP"})
# Taking over or shutting a place: by citizens a sit-in or blockade (PROTEST), by an army a seizure.
SIT_IN_VERBS = frozenset(
    {"occupy", "seize", "take", "take over", "blockade", "block", "barricade", "seal", "cut", "close", "shut"}
)
# What citizens do in a riot: throwing, smashing, looting and burning by students or residents is a riot (PROTEST).
RIOT_VERBS = frozenset(
    {"hurl", "throw", "pelt", "ransack", "loot", "smash", "torch", "stone", "vandalise", "vandalize"}
)
# Training manoeuvres: with a partner a cooperation, by one side alone a show of force (PLOVER MOBILIZE).
EXERCISE_NOUNS = frozenset(
    {"exercise", "exercises", "drill", "drills", "manoeuvres", "maneuvers", "war game", "game", "games"}
)

# People who gather to meet, not to protest.
OFFICE_HOLDERS = frozenset({"leaders", "ministers", "officials", "delegates", "envoys", "diplomats", "heads"})

# Premises a search is made in.
PREMISES = frozenset({"office", "offices", "headquarters", "home", "homes", "house", "houses", "premises", "building"})

Retyping = Callable[[Draft, tuple[ActorRef, ...]], Draft | None]


def _retyped(draft: Draft, plover_type: str, mode: str | None, why: str) -> Draft:
    return replace(draft, type=plover_type, mode=mode, territorial=False, rule=f"{draft.rule}:{why}")


def _lemma(draft: Draft) -> str:
    return draft.trigger.lemma_.lower()


def _all(actors: tuple[ActorRef, ...], sectors: frozenset[str | None]) -> bool:
    return all(a.sector in sectors for a in actors)


def _arrival_of_forces(draft: Draft, actors: tuple[ActorRef, ...]) -> Draft | None:
    """ "NATO peacekeepers arrived in Kosovo" is peacekeeping (AID); "two warships arrived" a show of force."""
    if draft.type != "CONSULT" or draft.mode != "visit":
        return None
    peacekeeping = any("peacekeep" in t.lower_ for t in draft.trigger.subtree)  # "as the first contingent of ..."
    if peacekeeping or any("peacekeep" in a.text.lower() for a in actors):
        return _retyped(draft, "AID", "peacekeeping", "peacekeepers")
    return _retyped(draft, "MOBILIZE", "troops", "troops") if _all(actors, frozenset({"MIL"})) else None


def _official_protest(draft: Draft, actors: tuple[ActorRef, ...]) -> Draft | None:
    """ "Greece protested to Turkey": a state's protest is a diplomatic accusation, not a demonstration."""
    official = all(a.kind == "state" or a.sector in OFFICIAL_SECTORS for a in actors)
    if draft.type == "PROTEST" and _lemma(draft) == "protest" and official:
        return _retyped(draft, "ACCUSE", "disapprove", "official-protest")
    return None


def _riot(draft: Draft, actors: tuple[ActorRef, ...]) -> Draft | None:
    """Protesters or rioters burning, storming or looting riot (PLOVER PROTEST), whatever the verb."""
    heads = {a.text.split()[-1].lower() for a in actors}
    if draft.type in {"ASSAULT", "COERCE"} and heads <= RIOTER_HEADS:
        return _retyped(draft, "PROTEST", "riot", "riot")
    return None


def _citizens_action(draft: Draft, actors: tuple[ActorRef, ...]) -> Draft | None:
    """Students occupying a campus, truckers blockading a crossing, dockers striking, consumers boycotting goods:
    collective action by citizens is PROTEST, though the same verbs by armed or official actors are not."""
    if not _all(actors, CIVIC_SECTORS):
        return None
    lemma = _lemma(draft)
    if draft.type in {"ASSAULT", "COERCE", "PROTEST"} and lemma in SIT_IN_VERBS:
        return _retyped(draft, "PROTEST", "obstruct", "sit-in") if draft.type != "PROTEST" else None
    struck = any(c.dep_ in {"dobj", "nsubjpass"} for c in draft.trigger.children)
    if draft.type == "ASSAULT" and lemma == "strike" and not struck:  # "dock workers struck for higher pay"
        return _retyped(draft, "PROTEST", "strike", "labour-strike")
    if draft.type == "REJECT" and lemma == "boycott":
        return _retyped(draft, "PROTEST", "boycott", "consumer-boycott")
    if draft.type in {"ASSAULT", "COERCE"} and lemma in RIOT_VERBS:  # "students hurled stones at the embassy"
        return _retyped(draft, "PROTEST", "riot", "citizens-riot")
    if draft.type == "MOBILIZE" and lemma in {"mass", "amass", "muster"}:  # "demonstrators massed outside"
        return _retyped(draft, "PROTEST", "demo", "crowd-massed")
    return None


def _official_gathering(draft: Draft, actors: tuple[ActorRef, ...]) -> Draft | None:
    """ "Leaders gathered in Brussels": officials gathering meet (CONSULT); citizens gathering protest."""
    official = all(
        a.kind == "state" or a.sector in OFFICIAL_SECTORS or a.text.split()[-1].lower() in OFFICE_HOLDERS
        for a in actors
    )
    if draft.type == "PROTEST" and _lemma(draft) == "gather" and official:
        return _retyped(draft, "CONSULT", None, "official-gathering")
    return None


def _official_obstruction(draft: Draft, actors: tuple[ActorRef, ...]) -> Draft | None:
    """ "Azerbaijan blocked the corridor": a state shutting a road or a service restricts movement (COERCE)."""
    official = all(a.kind == "state" or a.sector in OFFICIAL_SECTORS | {"MIL"} for a in actors)
    if draft.type == "PROTEST" and draft.mode == "obstruct" and official:
        return _retyped(draft, "COERCE", "restrict", "official-obstruction")
    return None


def _raid_on_premises(draft: Draft, actors: tuple[ActorRef, ...]) -> Draft | None:
    """ "Security forces raided the offices of the opposition newspaper": a state's raid on premises is a search
    (COERCE), whichever of its forces makes it."""
    premises = any(c.dep_ == "dobj" and c.lemma_.lower() in PREMISES for c in draft.trigger.children)
    state = _all(actors, OFFICIAL_SECTORS | frozenset({"MIL"}))
    if draft.type == "ASSAULT" and _lemma(draft) in SEIZURE_VERBS and premises and state:
        return _retyped(draft, "COERCE", "seize", "raid-on-premises")
    return None


def _official_seizure(draft: Draft, actors: tuple[ActorRef, ...]) -> Draft | None:
    """Police raiding an office or seizing files search and seize (COERCE); police capturing a wanted man arrest
    him. The same verbs by armed groups are assaults."""
    if draft.type != "ASSAULT" or not _all(actors, OFFICIAL_SECTORS):
        return None
    lemma = _lemma(draft)
    if lemma in SEIZURE_VERBS and not draft.territorial:
        return _retyped(draft, "COERCE", "seize", "official-seizure")
    if lemma in {"capture", "seize"} and _all(actors, frozenset({"COP"})):
        return _retyped(draft, "COERCE", "arrest", "police-capture")
    return None


def _exercise_alone(draft: Draft, actors: tuple[ActorRef, ...]) -> Draft | None:
    """ "Iran held military drills in the Gulf": drills by one side with no partner are a show of force."""
    noun = draft.trigger_end
    if noun.lemma_.lower() not in EXERCISE_NOUNS:  # "a week of live-fire exercises"
        noun = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children), noun)
    partner = any(c.dep_ == "prep" and c.lower_ == "with" for c in (*noun.children, *draft.trigger.children))
    joint = any(c.lower_ in {"joint", "combined", "bilateral"} for c in noun.children) or partner
    joint = joint or any(" and " in a.text for a in actors)  # "French and Egyptian warships"
    if draft.type == "COOPERATE" and noun.lemma_.lower() in EXERCISE_NOUNS and len(actors) == 1 and not joint:
        return _retyped(draft, "MOBILIZE", "troops", "exercise-alone")
    return None


def _leaving_an_organisation(draft: Draft, actors: tuple[ActorRef, ...]) -> Draft | None:
    """ "Burkina Faso withdrew from ECOWAS", "Russia quit the Council of Europe": a state leaving a body reduces
    relations (PLOVER SANCTION), it does not retreat."""
    if draft.type != "RETREAT" or _lemma(draft) not in {"withdraw", "quit", "leave", "exit", "pull"}:
        return None
    if not all(a.kind == "state" or a.sector == "GOV" for a in actors):
        return None
    left = [c for c in draft.trigger.children if c.dep_ == "dobj"]
    left += [g for c in draft.trigger.subtree if c.dep_ == "prep" and c.lower_ in {"from", "of"} for g in c.children]
    if any(t.ent_type_ == "ORG" and t.dep_ in {"dobj", "pobj"} for t in left):
        return _retyped(draft, "SANCTION", "withdraw", "leaves-organisation")
    return None


RULES: tuple[Retyping, ...] = (
    _arrival_of_forces,
    _official_protest,
    _official_gathering,
    _riot,
    _citizens_action,
    _official_obstruction,
    _raid_on_premises,
    _official_seizure,
    _exercise_alone,
    _leaving_an_organisation,
)


def retyped_by_actors(draft: Draft, actors: tuple[ActorRef, ...]) -> Draft:
    """The draft re-typed by the first rule that its resolved actors call for, else unchanged."""
    if not actors:
        return draft
    for rule in RULES:
        found = rule(draft, actors)
        if found is not None:
            return found
    return draft


__all__ = ["CIVIC_SECTORS", "OFFICIAL_SECTORS", "retyped_by_actors"]
