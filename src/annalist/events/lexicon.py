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
          counterattack, counter-attack, repulse, repel, rout, overrun, encircle, besiege, engage, pound, advance,
          skirmish, bulldoze, ransack, pillage, sack, torpedo, sink, hack, push, retaliate, avenge;
        ASSAULT/heavy-weapons: shell, bombard, shoot down, rocket, mortar, blast;
        ASSAULT/firearms: shoot, gun, fire, open fire, machine-gun, snipe, gun down, mow down;
        ASSAULT/aerial: bomb, airstrike, strafe;
        ASSAULT/explosives: explode, detonate, blow;
        ASSAULT/targeted: kill, murder, massacre, slaughter, execute, assassinate, behead, slay, eliminate, annihilate,
          exterminate, decapitate;
        ASSAULT/beat: beat, beat up, injure, wound, maim, lynch, stab, stone, whip, flog, club;
        ASSAULT/torture: torture, mistreat, abuse;
        ASSAULT/abduct: kidnap, abduct, hijack;
        ASSAULT/sexual: rape;
        ASSAULT/destroy: destroy, raze, torch, burn, demolish, blow up, level, flatten;
        ASSAULT/unconventional: gas, poison;
        ASSAULT/cleansing: cleanse;
        ASSAULT: disperse, break up, quell, put down, crush, stamp out;
        COERCE/arrest: arrest, detain, imprison, jail, round up, apprehend, intern, incarcerate, nab, lock up,
          prosecute;
        COERCE/seize: confiscate, search, loot, plunder, hack into, impound, expropriate, nationalize, nationalise,
          requisition, sabotage;
        COERCE/deport: deport, expel, evict, force out, banish, exile, drive out;
        COERCE/censor: censor, ban, outlaw, gag, shut down, close down;
        COERCE/arrest: sentence;
        COERCE/restrict: blockade, cordon off, seal off, restrict, close, seal, crack down, clamp down, dissolve,
          prohibit, forbid, shut;
        COERCE/curfew: curfew;
        COERCE/withhold: cut off, shut off;
        COERCE/censor: revoke;
        COERCE: execute search, coerce, intimidate, harass, repress, suppress, purge, extort, persecute;
        RETREAT/withdraw: withdraw, retreat, pull out, pull back, evacuate, abandon, flee, leave, vacate, cede,
          hand back, fall back, scale back, scale down, draw down, wind down, relinquish;
        RETREAT/release: release, free, set free, hand over, repatriate, return, let go, unfreeze;
        RETREAT/disarm: disarm, demobilize, demobilise, lay down, decommission, disband, stand down;
        RETREAT/resign: resign, step down, quit, abdicate;
        RETREAT: surrender, capitulate, lift, ease, observe, respect, reopen, give up;
        RETREAT/ceasefire: cease;
        MOBILIZE/troops: mobilize, mobilise, deploy, mass, reinforce, station, dispatch, send, amass, regroup, recruit,
          conscript, muster, beef up, build up, redeploy, alert, call up, reposition, garrison;
        MOBILIZE/police: patrol;
        PROTEST/demo: demonstrate, protest, march, rally, picket, chant, sit in;
        PROTEST/riot: riot, rampage;
        PROTEST/strike: walk out;
        PROTEST/hunger: fast;
        PROTEST/obstruct: block, barricade, obstruct, occupy building;
        SANCTION/discontinue: suspend, sever, cut, halt, freeze, embargo, break off, end, terminate, cancel, withhold,
          scrap, cut back, reduce, downgrade, sanction, penalize, penalise, call off, postpone, shelve, blacklist,
          divest, boycott goods;
        SANCTION/expel: oust;
        SANCTION/withdraw: recall, walk away;
        CONSULT: meet, confer, negotiate, discuss, talk, consult, mediate, host, telephone, phone, call,
          sit down, convene, receive, brief, shuttle, parley;
        CONSULT/visit: visit, tour, arrive, travel, fly;
        COOPERATE: cooperate, collaborate, coordinate, ally, share, exchange, team up, extradite, partner, integrate,
          pool, liaise;
        AID: aid, assist, supply, provide, give, grant, donate, deliver, fund, finance, arm, train, equip, shelter,
          airlift, help, back, lend, loan, contribute, airdrop, ship, rebuild, reconstruct, feed, treat, rescue,
          protect, escort, sponsor, subsidize, subsidise, distribute, compensate, deposit, write off, bail out,
          resettle, vaccinate, evacuate wounded, allocate, earmark, disburse;
        SUPPORT: praise, support, endorse, welcome, commend, recognize, recognise, defend, forgive, congratulate,
          thank, establish, restore, apologize, apologise, hail, applaud, laud, salute, honor, honour, sign,
          ratify, approve, side, stand by, rally behind, normalize, normalise, reconcile, embrace;
        CONCEDE: allow, permit, accept, concede, yield, relax, legalize, legalise, pardon, amnesty, acknowledge, admit,
          shorten, give in, back down, accede, bow, compromise, reinstate, heed, comply, relent,
          reform, liberalize, liberalise, acquit, exonerate, rescind, reverse, waive, unblock, loosen;
        ACCUSE/disapprove: condemn, criticize, criticise, denounce, deplore, protest against, complain, sue,
          blame, censure, summon, rebuke, slam, decry, lambaste, lambast, castigate, chastise,
          disapprove, regret, convict, reprimand, scold, fault, berate, lash out, deride, assail verbally;
        ACCUSE/investigate: investigate, probe, question, interrogate, inquire, examine, look into, scrutinize,
          scrutinise, audit, inspect;
        ACCUSE/allege: indict, implicate;
        REJECT: violate, breach, veto, ignore, defy, renege, resist, boycott, snub, flout, disregard, turn down,
          rule out, contest, disobey, vote down, brush aside, shrug off, walk out on
        """
    ),
    **_senses(
        "ASSAULT: capture, seize, occupy, take, take over, conquer, recapture, retake, liberate, enter, control, "
        "overrun, penetrate, annex, reoccupy",
        territorial=True,
    ),
}

# Verbal acts that take a complement clause; the complement does not become a separate event.
VERB_FRAMES: dict[str, Sense] = _senses(
    """
    AGREE: agree, promise, pledge, offer, vow, commit, consent, undertake, volunteer, guarantee, assure, concur,
      settle;
    THREATEN: threaten, warn, menace, ultimatum, swear;
    REJECT: refuse, reject, decline, deny, dismiss, rebuff, spurn, oppose, fail, balk, object,
      repudiate;
    REQUEST: demand, urge, request, ask, appeal, call for, call on, plead, press, insist, petition, order, seek,
      invite, implore, beg, call upon, push for, lobby, exhort, encourage, instruct, require;
    ACCUSE/allege: accuse, allege, charge, indict, suspect;
    ACCUSE/disapprove: condemn, criticize, criticise, denounce;
    SUPPORT: endorse, welcome;
    CONCEDE: decide
    """,
    kind="frame",
)

VERB_SPEECH: dict[str, Sense] = _senses(
    ": say, tell, report, announce, state, declare, add, claim, write, confirm, insist, recount, recall, note, "
    "explain, assert, boast, maintain, acknowledge, reveal, quote, describe, stress, according, conclude, "
    "indicate, disclose, emphasize, emphasise, reiterate, affirm, contend, inform, learn, show, find, signal",
    kind="speech",
)
VERB_PLANS: dict[str, Sense] = _senses(
    ": plan, intend, aim, attempt, hope, want, wish, prepare, scheme, plot, mean, strive, set out, "
    "endeavour, endeavor, resolve, expect to, consider, contemplate, seek to, mull, weigh",
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
        "issue", "file", "put", "take", "have", "conclude", "break", "lift", "end", "violate", "accept", "offer",
        "give", "provide", "send", "extend", "establish", "set", "call", "suffer", "face", "complete", "finish",
        "reiterate", "renew", "repeat", "express", "voice", "deliver", "present", "submit", "go", "perform", "commit",
        "engage", "enforce", "introduce", "host", "arrange", "convene", "attend", "finalize", "finalise", "seal",
        "broker", "unveil", "publish", "release", "participate", "embark", "resort", "enter",
    }
)  # fmt: skip

# Nouns too general to be a trigger, whose compound or "of" complement is ("a mediation effort", "days of strikes").
GENERIC_EVENT_HEADS: frozenset[str] = frozenset(
    {
        "effort", "efforts", "round", "series", "wave", "day", "days", "week", "weeks", "bid", "act", "state",
        "program", "programme", "process", "session", "spate", "string", "plan", "move", "campaign", "policy",
        "measure", "measures", "kind", "form", "number", "hours", "month", "months", "package", "set", "flurry",
        "part", "action", "actions", "step", "steps", "decision",
    }
)  # fmt: skip

# Event nouns: the object of a light verb, or the subject of "took place".
NOUN_TRIGGERS: dict[str, Sense] = _senses(
    """
    ASSAULT: attack, assault, offensive, counteroffensive, counter-offensive, counterattack, counter-attack, raid,
      operation, incursion, invasion, battle, fighting, clash, ambush, push, thrust, onslaught, war, hostilities,
      combat, siege, skirmish, campaign, advance, infiltration, sortie, firefight, gunbattle, gun battle,
      shootout, violence, bloodshed, aggression, insurgency, uprising, warfare, reprisal, reprisals, retaliation;
    ASSAULT/heavy-weapons: shelling, bombardment, barrage, artillery, rocket, missile, mortar;
    ASSAULT/aerial: airstrike, air strike, air raid, bombing raid, strike;
    ASSAULT/explosives: bombing, explosion, blast, bomb, car bombing, car bomb, roadside bomb;
    ASSAULT/suicide-attack: suicide bombing, suicide attack;
    ASSAULT/targeted: massacre, killing, killings, execution, assassination, slaughter, murder, genocide;
    ASSAULT/abduct: kidnapping, abduction, hijacking;
    ASSAULT/torture: torture;
    ASSAULT/sexual: rape;
    ASSAULT/cleansing: ethnic cleansing;
    ASSAULT/unconventional: chemical attack, gas attack;
    ASSAULT/firearms: fire, gunfire, shooting;
    COERCE/arrest: arrest, arrests, crackdown, detention, roundup;
    COERCE/deport: deportation, eviction;
    COERCE/seize: confiscation, seizure;
    COERCE/curfew: curfew;
    COERCE/martial-law: martial law, state of emergency, emergency;
    COERCE/restrict: blockade, restriction, restrictions, closure, lockdown;
    COERCE/censor: ban, censorship;
    COERCE/arrest: house arrest;
    PROTEST/demo: demonstration, protest, rally, march, sit-in, picket, unrest, vigil;
    PROTEST/strike: strike, walkout, general strike, stoppage;
    PROTEST/hunger: hunger strike;
    PROTEST/riot: riot, rioting;
    PROTEST/boycott: boycott;
    CONSULT: talks, talk, meeting, negotiation, negotiations, summit, consultation, consultations, mediation,
      conference, discussion, discussions, dialogue, parley, phone call, telephone call, conversation,
      conversations;
    CONSULT/visit: visit, tour, trip;
    AGREE: agreement, accord, deal, pact, treaty, truce, armistice, understanding, memorandum, protocol,
      settlement, pledge, promise, commitment, offer;
    AGREE/ceasefire: ceasefire, cease-fire;
    SANCTION/discontinue: sanction, sanctions, embargo, suspension, freeze, cutoff, severance, tariff, tariffs;
    SANCTION/expel: expulsion;
    REQUEST: demand, demands, appeal, call, request, plea, petition, requests, calls, appeals;
    THREATEN: threat, threats, warning, ultimatum;
    THREATEN/arrest: arrest warrant, warrant;
    ACCUSE/disapprove: protest note, complaint, condemnation, criticism, accusation, accusations, charge,
      charges, allegation, allegations, lawsuit, concern;
    ACCUSE/investigate: investigation, inquiry, probe, hearing, inspection;
    REJECT: rejection, refusal, veto, denial, violation;
    SUPPORT: praise, endorsement, recognition, backing, condolences, congratulations, solidarity;
    COOPERATE: exercise, exercises, war game, war games, cooperation, collaboration, extradition, alliance,
      partnership, joint patrol, drill, drills, manoeuvres, maneuvers, joint venture;
    AID: aid, assistance, support, help, asylum, supply, supplies, relief, loan, grant, donation, credit, airlift,
      shipment, food;
    MOBILIZE/troops: mobilization, mobilisation, deployment, buildup, build-up, reinforcement, reinforcements,
      alert, troops, conscription;
    MOBILIZE/police: patrol, patrols;
    RETREAT/withdraw: withdrawal, retreat, pullout, evacuation;
    RETREAT/release: release, repatriation, handover;
    RETREAT/disarm: disarmament, demobilization, demobilisation;
    RETREAT/resign: resignation;
    RETREAT: surrender;
    CONCEDE: concession, concessions, amnesty, pardon, reform, reforms, apology, regret, acquittal
    """,
    kind="noun",
)

# One's own measures or demands that easing, dropping or reversing concedes (PLOVER CONCEDE).
CONCEDED_MEASURES: tuple[str, ...] = (
    "restriction", "restrictions", "rule", "rules", "control", "controls", "bill", "law", "decree", "demand",
    "demands", "condition", "conditions", "requirement", "ban", "decision", "increase",
)  # fmt: skip

# Light verb + noun combinations whose meaning differs from the noun's own ("lifted the blockade" is RETREAT).
# The people of a foreign mission: withdrawing or expelling them reduces relations.
MISSION_PEOPLE = (
    "diplomats", "ambassador", "envoy", "inspector", "inspectors", "observer", "observers", "peacekeeper",
    "peacekeepers", "monitors", "mission", "staff",
)  # fmt: skip

# What relief is made of: sending these is aid, not a mobilisation.
RELIEF_GOODS = (
    "aid", "food", "medicine", "medicines", "supplies", "supply", "relief", "assistance", "doctors", "doctor",
    "blankets", "tents", "vaccines", "grain", "fuel", "water",
)  # fmt: skip

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
    # giving or providing a figure, details or an account is reporting, not aid
    **dict.fromkeys(
        [
            (verb, noun)
            for verb in ("give", "provide", "offer")
            for noun in (
                "figure",
                "detail",
                "details",
                "number",
                "account",
                "information",
                "breakdown",
                "estimate",
                "evidence",
            )
        ],
        Sense(None),
    ),
    # "inflicted heavy losses on X": the losses are the attack's
    **dict.fromkeys(
        [("inflict", noun) for noun in ("loss", "losses", "casualty", "casualties", "defeat", "damage", "blow")],
        Sense("ASSAULT", None),
    ),
    ("grant", "asylum"): Sense("AID", None),
    # PLOVER CONCEDE: easing restrictions, granting leave, withdrawing one's own measure or demand
    **{
        (verb, noun): Sense("CONCEDE", None)
        for verb in ("ease", "relax", "loosen", "lift", "withdraw", "drop", "scrap", "reverse", "suspend")
        for noun in CONCEDED_MEASURES
    },
    **{(verb, "permission"): Sense("CONCEDE", None) for verb in ("grant", "give")},
    ("express", "regret"): Sense("CONCEDE", None),
    **{("pay", noun): Sense("SUPPORT", None) for noun in ("tribute", "homage", "respects")},
    ("accept", "invitation"): Sense("AGREE", None),
    ("accept", "offer"): Sense("AGREE", None),
    ("pay", "compensation"): Sense("AID", None),
    ("pay", "reparations"): Sense("AID", None),
    # releasing money is aid, not a release of captives
    **{
        ("release", noun): Sense("AID", None)
        for noun in ("fund", "funds", "tranche", "loan", "aid", "money", "grant", "payment")
    },
    # trade bans and closed airspace cut relations (PLOVER SANCTION), not a domestic restriction
    **{
        (verb, noun): Sense("SANCTION", "discontinue")
        for verb in ("ban", "close", "halt", "block", "bar")
        for noun in ("trade", "import", "imports", "export", "exports", "airspace", "embassy", "consulate", "flights")
    },
    ("issue", "warrant"): Sense("THREATEN", "arrest"),
    ("put", "hold"): Sense("SANCTION", "discontinue"),
    ("put", "freeze"): Sense("SANCTION", "discontinue"),
    ("suspend", "publication"): Sense("COERCE", "censor"),
    ("take", "custody"): Sense("COERCE", "arrest"),
    ("establish", "ties"): Sense("SUPPORT", None),
    ("establish", "relations"): Sense("SUPPORT", None),
    ("lodge", "protest"): Sense("ACCUSE", "disapprove"),
    ("file", "complaint"): Sense("ACCUSE", "disapprove"),
    ("impose", "curfew"): Sense("COERCE", "curfew"),
    ("impose", "sanction"): Sense("SANCTION", "discontinue"),
    ("impose", "sanctions"): Sense("SANCTION", "discontinue"),
    ("impose", "tariff"): Sense("SANCTION", "discontinue"),
    ("impose", "tariffs"): Sense("SANCTION", "discontinue"),
    ("impose", "ban"): Sense("COERCE", "restrict"),
    ("hold", "talks"): Sense("CONSULT", None),
    ("hold", "meeting"): Sense("CONSULT", None),
    ("suffer", "casualties"): Sense(None, None),
    ("take", "prisoner"): Sense("COERCE", "arrest"),
    ("take", "hostage"): Sense("ASSAULT", "abduct"),
    ("take", "control"): Sense("ASSAULT", None, "act", True),
    # handing over or ceding control of a place yields it (PLOVER RETREAT)
    **{(verb, "control"): Sense("RETREAT", "withdraw") for verb in ("hand", "cede", "relinquish", "surrender", "give")},
    ("take", "place"): Sense(None, None),
    ("take", "step"): Sense("CONCEDE", None),
    ("take", "steps"): Sense("CONCEDE", None),
    ("make", "statement"): Sense(None, None),
    ("stop", "work"): Sense("PROTEST", "strike"),
    ("release", "statement"): Sense(None, None),
    ("issue", "statement"): Sense(None, None),
    ("release", "report"): Sense(None, None),
    # PLOVER 2.0 codes signing or ratifying an agreement as SUPPORT; promising to sign is AGREE.
    **{
        (verb, noun): Sense("SUPPORT", None)
        for verb in ("sign", "ratify", "finalize", "finalise", "seal", "conclude")
        for noun in ("agreement", "accord", "treaty", "pact", "deal", "memorandum", "protocol")
    },
    # Acceding to a demand is CONCEDE (CAMEO 083).
    **{
        ("accept", noun): Sense("CONCEDE", None)
        for noun in ("demand", "demands", "request", "requests", "call", "calls", "appeal", "plea", "ultimatum")
    },
    **{
        (verb, "support"): Sense("SUPPORT", None)
        for verb in ("express", "voice", "reiterate", "renew", "declare", "announce", "give")
    },
    # Withdrawing one's observers, diplomats or aid reduces relations (PLOVER SANCTION "withdraw"), not a retreat.
    **{
        ("withdraw", noun): Sense("SANCTION", "withdraw")
        for noun in (*MISSION_PEOPLE, "workers", "aid", "support", "recognition")
    },
    # Expelling a foreign mission's people reduces relations (CAMEO 166); expelling individuals is COERCE.
    **{("expel", noun): Sense("SANCTION", "expel") for noun in ("diplomat", *MISSION_PEOPLE)},
    # Sending relief is aid (CAMEO 07), sending troops a mobilisation: the thing sent decides.
    **{
        (verb, noun): Sense("AID", None)
        for verb in ("send", "dispatch", "fly", "ship", "airlift", "rush")
        for noun in RELIEF_GOODS
    },
    ("halt", "advance"): Sense("ASSAULT", None),
    ("halt", "offensive"): Sense("ASSAULT", None),
    ("halt", "attack"): Sense("ASSAULT", None),
    ("stop", "advance"): Sense("ASSAULT", None),
}

# Adjectival predicates that make a commitment: "said it was willing to withdraw".
COMMITMENT_ADJECTIVES: frozenset[str] = frozenset({"willing", "ready", "prepared", "committed", "determined", "eager"})

# Modal auxiliaries: future commitment vs obligation put on someone.
FUTURE_MODALS: frozenset[str] = frozenset({"will", "would", "shall", "'ll", "going"})
OBLIGATION_MODALS: frozenset[str] = frozenset({"must", "should", "ought"})
# Verbs of obligation whose "to" complement is what is demanded ("Iraq has to withdraw").
OBLIGATION_VERBS: frozenset[str] = frozenset({"have", "need"})
# Speakers that only relay an actor's announcement: "X will withdraw, a statement said" is X's commitment.
CONDUIT_HEADS: frozenset[str] = frozenset(
    {
        "statement", "source", "sources", "report", "reports", "radio", "agency", "newspaper", "television",
        "spokesman", "spokeswoman", "spokesperson", "official", "officials", "communique", "media", "announcement",
        "daily", "paper", "broadcast", "tv", "press", "diplomats", "witnesses", "residents", "aide", "aides",
    }
)  # fmt: skip
# Verbs that only say an event named by their subject happened ("clashes broke out", "riots are continuing").
OCCURRENCE_VERBS: frozenset[str] = frozenset(
    {
        "continue", "take", "erupt", "break", "occur", "begin", "start", "resume", "rage", "spread", "intensify",
        "escalate", "be", "go", "happen", "flare", "last", "follow", "ensue", "persist", "get", "come", "enter",
        "complete", "finish",
    }
)  # fmt: skip
HYPOTHETICAL_MARKERS: frozenset[str] = frozenset({"if", "unless", "whether", "should"})
NEGATIONS: frozenset[str] = frozenset({"not", "n't", "never", "no"})


# A verb read with its preposition's object ("took to the streets", "handed over ... to a court"): the sense
# differs from the verb's own. Keys: (verb lemma, preposition, object lemma).
PREPOSITION_SENSES: dict[tuple[str, str, str], Sense] = {
    ("take", "to", "street"): Sense("PROTEST", "demo"),
    ("take", "to", "streets"): Sense("PROTEST", "demo"),
    # "*": whatever the object ("voted against the proposal")
    ("vote", "against", "*"): Sense("REJECT", None),
    ("vote", "for", "*"): Sense("SUPPORT", None),
    ("stand", "behind", "*"): Sense("SUPPORT", None),
    ("work", "with", "*"): Sense("COOPERATE", None),
    ("work", "in", "hand"): Sense("COOPERATE", None),  # "worked hand in hand"
    ("chain", "to", "*"): Sense("PROTEST", "obstruct"),  # "chained themselves to the gates"
    **{("pull", "from", noun): Sense("AID", None) for noun in ("rubble", "wreckage", "debris", "sea", "water")},
    # surrendering a suspect to a court or an international police body is judicial cooperation (CAMEO 0234)
    **{("hand", "to", noun): Sense("COOPERATE", None) for noun in ("court", "tribunal", "prosecutor", "interpol")},
    **{("turn", "to", noun): Sense("COOPERATE", None) for noun in ("court", "tribunal", "prosecutor", "interpol")},
}
# Reporting verbs that, with an addressee and a "to" infinitive, give an order: "told Kyiv to stop" is a demand.
DIRECTIVE_SPEECH: frozenset[str] = frozenset({"tell"})
# Promising verbs whose promise of violence is a threat: "vowed to retaliate", "swore to avenge" (PLOVER THREATEN).
VOW_VERBS: frozenset[str] = frozenset({"vow", "swear", "pledge", "promise"})
# Doers of an unruly crowd: their burning and stone-throwing is a riot (PLOVER PROTEST), not an armed assault.
RIOTER_HEADS: frozenset[str] = frozenset(
    {"protester", "protesters", "demonstrator", "demonstrators", "rioter", "rioters", "mob", "mobs"}
)
# Civilians named by no one in particular ("people", "a crowd", "thousands of residents"): PLOVER codes them as the
# civilian actor of a protest, though they name no actor of anything else.
CROWD_HEADS: frozenset[str] = frozenset(
    {"people", "crowd", "crowds", "public", "population", "men", "women", "persons", "residents", "thousands"}
)
# Hostile acts that, done by police or officials, are a search or seizure (PLOVER COERCE), not an armed attack.
SEIZURE_VERBS: frozenset[str] = frozenset({"raid", "seize", "storm", "search"})


def has_phrasal(lemma: str, particle: str) -> bool:
    """Whether "lemma particle" is a phrasal verb of the lexicon ("pull out", "vote down", "call for")."""
    key = f"{lemma} {particle}"
    tables = (VERB_FRAMES, VERB_SPEECH, VERB_PREDICTIONS, VERB_PROPOSALS, VERB_PLANS, VERB_ACTS)
    return any(key in table for table in tables)


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
    "CROWD_HEADS",
    "DIRECTIVE_SPEECH",
    "FUTURE_MODALS",
    "HYPOTHETICAL_MARKERS",
    "LIGHT_OVERRIDES",
    "LIGHT_VERBS",
    "NEGATIONS",
    "NOUN_TRIGGERS",
    "OBLIGATION_MODALS",
    "PREPOSITION_SENSES",
    "RIOTER_HEADS",
    "SEIZURE_VERBS",
    "VERB_ACTS",
    "VERB_FRAMES",
    "VOW_VERBS",
    "Sense",
    "has_phrasal",
    "verb_sense",
]
