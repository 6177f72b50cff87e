"""The trigger lexicon: which lemma (verb, verb + particle, or event noun) signals which PLOVER type and mode.

Written by us from the PLOVER 2.0 codebook's category definitions and CAMEO's verb classes. Each verb has a
``kind`` saying how it behaves in a clause:
- ``act``: the verb itself is the event ("shelled", "captured");
- ``frame``: a verbal act whose complement is its content ("threatened to", "agreed to", "accused ... of");
  the event type is the frame's, the complement only refines its mode;
- ``light``: a support verb whose object noun carries the type ("launched an offensive", "held talks");
- ``speech``: reporting ("said", "reported"): its complement is an event reported by the speaker;
- ``plan``: intention ("planned to", "sought to"): its complement is a planned event;
- ``predict`` / ``propose``: predictions and proposals: never an event, nor is their complement.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Sense:
    """What a trigger lemma means: PLOVER type and mode, its clause behaviour, and whether it takes territory."""

    type: str | None
    mode: str | None = None
    kind: str = "act"  # act | frame | light | speech | plan | predict | propose
    territorial: bool = False


def _senses(spec: str, kind: str = "act", territorial: bool = False) -> dict[str, Sense]:
    """Parse ``TYPE/mode: lemma, lemma; TYPE: lemma`` into lemma -> Sense (kept compact to stay readable)."""
    table: dict[str, Sense] = {}
    for group in spec.split(";"):
        if not group.strip():
            continue
        label, lemmas = group.split(":", 1)
        plover, _, mode = label.strip().partition("/")
        for lemma in lemmas.split(","):
            if lemma.strip():
                table[lemma.strip()] = Sense(plover or None, mode or None, kind, territorial)
    return table


# Verbs that are the event themselves. Keys are lemmas, or "lemma particle" for phrasal verbs.
VERB_ACTS: dict[str, Sense] = {
    **_senses(
        """
        ASSAULT: attack, assault, strike, raid, ambush, storm, fight, battle, clash, invade, assail, hit, smash,
          counterattack, counter-attack, repulse, repel, rout, overrun, encircle, besiege, engage, pound, advance;
        ASSAULT/heavy-weapons: shell, bombard, shoot down;
        ASSAULT/firearms: shoot, gun, fire, open fire, machine-gun, snipe;
        ASSAULT/aerial: bomb, airstrike, strafe;
        ASSAULT/explosives: explode, detonate, blow;
        ASSAULT/targeted: kill, murder, massacre, slaughter, execute, assassinate, behead, slay, eliminate, annihilate;
        ASSAULT/beat: beat, beat up, injure, wound, maim, lynch;
        ASSAULT/torture: torture;
        ASSAULT/abduct: kidnap, abduct, hijack;
        ASSAULT/sexual: rape;
        ASSAULT/destroy: destroy, raze, torch, burn, demolish, blow up;
        ASSAULT/unconventional: gas;
        COERCE/arrest: arrest, detain, imprison, jail, round up, apprehend, intern;
        COERCE/seize: confiscate, search, loot, plunder, hack, hack into;
        COERCE/deport: deport, expel, evict, force out, banish;
        COERCE/censor: censor, ban, outlaw, suspend publication;
        COERCE/restrict: blockade, cordon off, seal off, restrict;
        COERCE/curfew: curfew;
        COERCE/withhold: cut off, shut off;
        COERCE: hold, execute search;
        RETREAT/withdraw: withdraw, retreat, pull out, pull back, evacuate, abandon, flee, leave;
        RETREAT/release: release, free, set free, hand over;
        RETREAT/disarm: disarm, demobilize, lay down;
        RETREAT: surrender, capitulate, resign, step down, lift, ease;
        RETREAT/ceasefire: cease;
        MOBILIZE/troops: mobilize, mobilise, deploy, mass, reinforce, station, dispatch, send, amass, regroup, recruit;
        MOBILIZE/police: patrol;
        PROTEST/demo: demonstrate, protest, march, rally, picket;
        PROTEST/riot: riot;
        PROTEST/strike: strike work;
        PROTEST/obstruct: block, barricade, obstruct, occupy building;
        SANCTION/discontinue: suspend, sever, cut, halt, freeze, embargo, boycott, break off, end, terminate;
        SANCTION/expel: expel diplomats, oust;
        SANCTION/convict: convict, sentence;
        SANCTION/withdraw: recall;
        CONSULT: meet, confer, negotiate, discuss, talk, consult, mediate, host, telephone, phone, call;
        CONSULT/visit: visit, tour, arrive;
        COOPERATE: cooperate, collaborate, coordinate, ally, share, exchange, sign;
        AID: aid, assist, supply, provide, give, grant, donate, deliver, fund, finance, arm, train, equip, shelter,
          airlift, help, back;
        SUPPORT: praise, support, endorse, welcome, commend, recognize, recognise, defend, forgive, congratulate,
          thank, establish, restore, apologize, apologise;
        CONCEDE: allow, permit, accept, concede, yield, relax, legalize, pardon, amnesty, acknowledge, admit, shorten;
        ACCUSE/disapprove: condemn, criticize, criticise, denounce, deplore, protest against, complain, sue,
          blame, censure, summon, rebuke, slam;
        ACCUSE/investigate: investigate, probe, question, interrogate, inquire;
        REJECT: violate, breach, veto, ignore, defy, renege, resist
        """
    ),
    **_senses(
        "ASSAULT: capture, seize, occupy, take, take over, conquer, recapture, retake, liberate, enter, control, "
        "overrun, penetrate",
        territorial=True,
    ),
}

# Verbal acts that take a complement clause; the complement does not become a separate event.
VERB_FRAMES: dict[str, Sense] = _senses(
    """
    AGREE: agree, promise, pledge, offer, vow, commit, consent, undertake, volunteer, guarantee;
    THREATEN: threaten, warn, menace, ultimatum, swear;
    REJECT: refuse, reject, decline, deny, dismiss, rebuff, spurn, oppose, fail;
    REQUEST: demand, urge, request, ask, appeal, call for, call on, plead, press, insist, petition, order, seek,
      invite, implore, beg, call upon;
    ACCUSE/allege: accuse, allege, charge, indict;
    ACCUSE/disapprove: condemn, criticize, criticise, denounce;
    SUPPORT: endorse, welcome;
    CONCEDE: decide
    """,
    kind="frame",
)

VERB_SPEECH: dict[str, Sense] = _senses(
    ": say, tell, report, announce, state, declare, add, claim, write, confirm, insist, recount, recall, note, "
    "explain, assert, boast, maintain, acknowledge, reveal, quote, describe, stress, according",
    kind="speech",
)
VERB_PLANS: dict[str, Sense] = _senses(
    ": plan, intend, aim, try, attempt, hope, want, wish, prepare, scheme, plot, mean, strive, set out, "
    "endeavour, endeavor, resolve, expect to",
    kind="plan",
)
VERB_PREDICTIONS: dict[str, Sense] = _senses(
    ": predict, expect, forecast, anticipate, foresee, prophesy, believe, think, hope for, fear, envisage, "
    "imagine, estimate, speculate",
    kind="predict",
)
VERB_PROPOSALS: dict[str, Sense] = _senses(": propose, suggest, advocate, recommend, advise, argue", kind="propose")

# Support verbs whose direct object (an event noun) carries the event type.
LIGHT_VERBS: frozenset[str] = frozenset(
    {
        "launch", "stage", "mount", "hold", "carry", "conduct", "begin", "start", "make", "wage", "continue",
        "resume", "step", "initiate", "unleash", "spearhead", "lead", "undertake", "impose", "declare", "open",
        "sign", "reach", "announce", "order", "organize", "organise", "join", "intensify", "escalate", "lodge",
        "issue", "file", "put", "take", "have", "conclude", "break", "lift", "end", "violate", "accept",
        "reject", "offer", "give", "provide", "send", "extend", "establish", "set", "call", "suffer", "face",
    }
)  # fmt: skip

# Event nouns: the object of a light verb, or the subject of "took place".
NOUN_TRIGGERS: dict[str, Sense] = _senses(
    """
    ASSAULT: attack, assault, offensive, counteroffensive, counter-offensive, counterattack, counter-attack, raid,
      operation, incursion, invasion, battle, fighting, clash, ambush, push, thrust, onslaught, war, hostilities,
      combat, siege, skirmish, campaign, advance, infiltration, sortie;
    ASSAULT/heavy-weapons: shelling, bombardment, barrage, artillery, rocket, missile;
    ASSAULT/aerial: airstrike, air strike, air raid, bombing raid, sortie, strike;
    ASSAULT/explosives: bombing, explosion, blast, bomb;
    ASSAULT/suicide-attack: suicide bombing, suicide attack;
    ASSAULT/targeted: massacre, killing, execution, assassination, slaughter, murder, genocide;
    ASSAULT/unconventional: chemical attack, gas attack;
    ASSAULT/firearms: fire, gunfire;
    COERCE/arrest: arrest, arrests, crackdown, detention;
    COERCE/curfew: curfew;
    COERCE/martial-law: martial law, state of emergency, emergency;
    COERCE/restrict: blockade, restriction;
    COERCE/censor: ban;
    PROTEST/demo: demonstration, protest, rally, march, sit-in;
    PROTEST/strike: strike, hunger strike, walkout;
    PROTEST/riot: riot;
    CONSULT: talks, talk, meeting, negotiation, negotiations, summit, consultation, mediation, conference;
    CONSULT/visit: visit, tour;
    AGREE: agreement, accord, deal, pact, treaty, truce, armistice, understanding;
    AGREE/ceasefire: ceasefire, cease-fire;
    SANCTION/discontinue: sanction, sanctions, embargo, boycott;
    REQUEST: demand, appeal, call, request, ultimatum;
    ACCUSE/disapprove: protest note, complaint;
    ACCUSE/investigate: investigation, inquiry, probe, hearing;
    COOPERATE: exercise, war game, war games, cooperation;
    AID: aid, assistance, support, help, asylum, supply, supplies, relief;
    MOBILIZE/troops: mobilization, mobilisation, deployment, buildup, build-up, reinforcement;
    MOBILIZE/police: patrol, patrols;
    RETREAT/withdraw: withdrawal, retreat, pullout, evacuation;
    RETREAT: surrender, resignation
    """,
    kind="noun",
)

# Light verb + noun combinations whose meaning differs from the noun's own ("lifted the blockade" is RETREAT).
LIGHT_OVERRIDES: dict[tuple[str, str], Sense] = {
    ("lift", "blockade"): Sense("RETREAT", None),
    ("lift", "curfew"): Sense("CONCEDE", None),
    ("lift", "ban"): Sense("CONCEDE", None),
    ("lift", "sanction"): Sense("CONCEDE", None),
    ("lift", "sanctions"): Sense("CONCEDE", None),
    ("lift", "emergency"): Sense("CONCEDE", None),
    ("lift", "siege"): Sense("RETREAT", "withdraw"),
    ("end", "ceasefire"): Sense("ASSAULT", None),
    ("break", "ceasefire"): Sense("ASSAULT", None),
    ("violate", "ceasefire"): Sense("ASSAULT", None),
    ("end", "mediation"): Sense("SANCTION", "withdraw"),
    ("end", "talks"): Sense("SANCTION", "discontinue"),
    ("break", "relations"): Sense("SANCTION", "discontinue"),
    ("accept", "ceasefire"): Sense("AGREE", "ceasefire"),
    ("accept", "resolution"): Sense("AGREE", None),
    ("reject", "ceasefire"): Sense("REJECT", None),
    ("open", "fire"): Sense("ASSAULT", "firearms"),
    ("set", "fire"): Sense("ASSAULT", "primitive"),
    ("open", "border"): Sense("AID", None),
    ("open", "borders"): Sense("AID", None),
    ("open", "investigation"): Sense("ACCUSE", "investigate"),
    ("open", "hearing"): Sense("ACCUSE", "investigate"),
    ("give", "asylum"): Sense("AID", None),
    ("grant", "asylum"): Sense("AID", None),
    ("establish", "ties"): Sense("SUPPORT", None),
    ("establish", "relations"): Sense("SUPPORT", None),
    ("lodge", "protest"): Sense("ACCUSE", "disapprove"),
    ("file", "complaint"): Sense("ACCUSE", "disapprove"),
    ("impose", "curfew"): Sense("COERCE", "curfew"),
    ("impose", "sanction"): Sense("SANCTION", "discontinue"),
    ("impose", "sanctions"): Sense("SANCTION", "discontinue"),
    ("impose", "ban"): Sense("COERCE", "restrict"),
    ("hold", "talks"): Sense("CONSULT", None),
    ("hold", "meeting"): Sense("CONSULT", None),
    ("suffer", "casualties"): Sense(None, None),
    ("take", "prisoner"): Sense("COERCE", "arrest"),
    ("take", "hostage"): Sense("ASSAULT", "abduct"),
    ("take", "control"): Sense("ASSAULT", None, "act", True),
    ("take", "place"): Sense(None, None),
    ("take", "step"): Sense("CONCEDE", None),
    ("take", "steps"): Sense("CONCEDE", None),
    ("make", "statement"): Sense(None, None),
    ("halt", "advance"): Sense("ASSAULT", None),
    ("halt", "offensive"): Sense("ASSAULT", None),
    ("halt", "attack"): Sense("ASSAULT", None),
    ("stop", "advance"): Sense("ASSAULT", None),
}

# Adjectival predicates that make a commitment: "said it was willing to withdraw".
COMMITMENT_ADJECTIVES: frozenset[str] = frozenset({"willing", "ready", "prepared", "committed", "determined", "eager"})

# Modal auxiliaries: future commitment vs obligation put on someone.
FUTURE_MODALS: frozenset[str] = frozenset({"will", "would", "shall", "'ll", "going"})
OBLIGATION_MODALS: frozenset[str] = frozenset({"must", "should", "ought", "have", "need"})
HYPOTHETICAL_MARKERS: frozenset[str] = frozenset({"if", "unless", "whether", "should"})
NEGATIONS: frozenset[str] = frozenset({"not", "n't", "never", "no"})


def verb_sense(lemma: str, particle: str | None = None) -> Sense | None:
    """The sense of a verb lemma (with its particle when phrasal), looked up frame > speech > plan > act."""
    keys = ([f"{lemma} {particle}"] if particle else []) + [lemma]
    for key in keys:
        for table in (VERB_FRAMES, VERB_SPEECH, VERB_PREDICTIONS, VERB_PROPOSALS, VERB_PLANS, VERB_ACTS):
            if key in table:
                return table[key]
    return None


__all__ = [
    "COMMITMENT_ADJECTIVES",
    "FUTURE_MODALS",
    "HYPOTHETICAL_MARKERS",
    "LIGHT_OVERRIDES",
    "LIGHT_VERBS",
    "NEGATIONS",
    "NOUN_TRIGGERS",
    "OBLIGATION_MODALS",
    "VERB_ACTS",
    "VERB_FRAMES",
    "Sense",
    "verb_sense",
]
