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
        ASSAULT: disperse, break up, quell, put down, crush, stamp out, down, rough up, target, tear-gas;
        COERCE/arrest: arrest, detain, imprison, jail, round up, apprehend, intern, incarcerate, nab, lock up,
          prosecute;
        COERCE/seize: confiscate, search, loot, plunder, hack into, impound, expropriate, nationalize, nationalise,
          requisition, sabotage;
        COERCE/deport: deport, expel, evict, force out, banish, exile, drive out, push back, kick out;
        COERCE/censor: censor, ban, outlaw, gag, shut down, close down, jam;
        COERCE/arrest: sentence;
        COERCE/restrict: blockade, cordon off, seal off, restrict, close, seal, crack down, clamp down, dissolve,
          prohibit, forbid, shut, bar, disqualify;
        COERCE/curfew: curfew;
        COERCE/withhold: cut off, shut off;
        COERCE/censor: revoke;
        COERCE: execute search, coerce, intimidate, harass, repress, suppress, purge, extort, persecute;
        RETREAT/withdraw: withdraw, retreat, pull out, pull back, evacuate, abandon, flee, leave, vacate, cede,
          hand back, fall back, scale back, scale down, draw down, wind down, relinquish, disengage;
        RETREAT/release: release, free, set free, hand over, repatriate, return, let go;
        RETREAT/disarm: disarm, demobilize, demobilise, lay down, decommission, disband, stand down;
        RETREAT/resign: resign, step down, quit, abdicate;
        RETREAT: surrender, capitulate, lift, ease, observe, respect, reopen, give up, swap;
        RETREAT/ceasefire: cease;
        MOBILIZE/troops: mobilize, mobilise, deploy, mass, reinforce, station, dispatch, send, amass, regroup, recruit,
          conscript, muster, beef up, build up, redeploy, alert, call up, reposition, garrison;
        MOBILIZE/police: patrol;
        PROTEST/demo: demonstrate, protest, march, rally, picket, chant, sit in, gather;
        PROTEST/riot: riot, rampage;
        PROTEST/strike: walk out, walk off;
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
          resettle, vaccinate, evacuate wounded, allocate, earmark, disburse, hand out, take in;
        SUPPORT: praise, support, endorse, welcome, commend, recognize, recognise, defend, forgive, congratulate,
          thank, establish, restore, apologize, apologise, hail, applaud, laud, salute, honor, honour, sign,
          ratify, approve, side, stand by, rally behind, normalize, normalise, reconcile, embrace;
        CONCEDE: allow, permit, accept, concede, yield, relax, legalize, legalise, pardon, amnesty, acknowledge, admit,
          shorten, give in, back down, accede, bow, compromise, reinstate, heed, comply, relent,
          reform, liberalize, liberalise, acquit, exonerate, rescind, reverse, waive, unblock, loosen,
          backtrack, cave, cave in, unfreeze;
        ACCUSE/disapprove: condemn, criticize, criticise, denounce, deplore, protest against, complain, sue,
          blame, censure, summon, rebuke, slam, decry, lambaste, lambast, castigate, chastise,
          disapprove, regret, convict, reprimand, scold, fault, berate, lash out, deride, assail verbally,
          hit out, brand, reproach;
        ACCUSE/investigate: investigate, probe, question, interrogate, inquire, examine, look into, scrutinize,
          scrutinise, audit, inspect;
        ACCUSE/allege: indict, implicate;
        ACCUSE/disapprove: vilify, excoriate, speak out, round on;
        AGREE: reaffirm, sign up;
        AID: bankroll;
        COERCE/censor: muzzle, proscribe;
        CONCEDE: commute, repeal, acquiesce, unban, climb down, roll back;
        CONSULT: huddle, iron out, thrash out;
        COOPERATE: co-sponsor, link up;
        MOBILIZE/troops: rearm, militarize, militarise, fortify;
        PROTEST/demo: agitate, heckle, rise up;
        REJECT: shun, disavow, overrule, stonewall, knock back;
        REQUEST: beseech, entreat, clamour for, clamor for, lean on;
        RETREAT/disarm: demilitarize, demilitarise;
        SANCTION/discontinue: ostracize, ostracise, curtail;
        SUPPORT: champion, initial, side with;
        ACCUSE: impeach, arraign, upbraid, admonish, ridicule, disparage, denigrate, defame, smear,
          slander, pillory, demonize, demonise, scapegoat, subpoena, impugn, call out, rail against, lay
          into;
        AGREE: reassure, proffer, moot, recommit, sign on;
        AID: resupply, recapitalize, recapitalise, underwrite, gift, rehouse, shell out, fork out, pitch
          in;
        ASSAULT: mutilate, butcher, firebomb, bludgeon, knife, ram, baton-charge, lathi-charge,
          pepper-spray, kneecap, pistol-whip, waterboard, brutalize, brutalise, set upon;
        COERCE: remand, commandeer, throttle, shutter, kettle, frisk, criminalize, criminalise, haul in,
          swoop on;
        CONCEDE: decriminalize, decriminalise, reprieve, buckle, row back, back off, back away, walk back;
        CONSULT: deliberate, renegotiate, sound out, hash out, get together;
        COOPERATE: co-operate, harmonize, harmonise, co-develop, cosponsor, band together;
        MOBILIZE: pre-position, forward-deploy, remilitarize;
        PROTEST: self-immolate, jeer;
        REJECT: scupper, derail, filibuster, nix, disown, demur, stymie, cold-shoulder, throw out;
        REQUEST: solicit, prod, nudge, pressurise, pressurize;
        RETREAT: de-escalate, denuclearize, denuclearise, step aside, bow out, hand in;
        SANCTION: defund, disinvest, order out;
        SUPPORT: extol, acclaim, compliment, felicitate, condole, countersign, accredit, legitimize,
          legitimise, rubber-stamp, green-light, stand with, get behind, patch up;
        THREATEN: forewarn;
        ACCUSE: reprove, lament, belittle, mock, lampoon, incriminate, rap, savage, besmirch, come down on,
          point at;
        AGREE: come round;
        AID: reimburse, immunize, prop up;
        ASSAULT: pummel, strangle, burn down;
        COERCE: fine, silence, tear down;
        CONCEDE: annul, retract, recant, absolve, rehabilitate, tone down, ease up, come around;
        CONSULT: debate, haggle, bargain, arbitrate, reach out;
        COOPERATE: co-host, co-finance, tie up, pair up;
        MOBILIZE: stockpile, enlist, gear up;
        PROTEST: revolt, mutiny, rebel, boo;
        REJECT: rebut, refute, dispute, thwart, scorn, contradict, opt out, back out;
        REQUEST: plead for;
        RETREAT: parole, move out, stand aside;
        SANCTION: isolate, shut out;
        SUPPORT: uphold, authorize, authorise, enact, console, back up, rally around, speak up for;
        THREATEN: bully, terrorize, terrorise, browbeat, strong-arm, cow, scare off, stare down;
        REJECT: violate, breach, veto, ignore, defy, renege, resist, boycott, snub, flout, disregard, turn down,
          rule out, contest, disobey, vote down, brush aside, shrug off, walk out on, brush off
        """
    ),
    # a fourth round, from wire sentences brainstormed type by type (November 2026)
    **_senses(
        """
        ASSAULT/abduct: snatch;
        ASSAULT/destroy: vandalise, vandalize;
        COERCE/arrest: haul in;
        COERCE/restrict: choke off;
        MOBILIZE/troops: scramble, fan out, parade;
        MOBILIZE/weapons: test-fire, test-launch;
        CONSULT: chat, ring;
        CONSULT/visit: drop in, stop over, call in on;
        ACCUSE/disapprove: grill, pillory;
        ACCUSE/allege: document;
        COOPERATE: merge, barter, tip off, cross-check, join forces, export, import;
        AID: kit out, top up;
        REJECT: turn away;
        SANCTION: mothball, sideline
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
    THREATEN: threaten, warn, menace, ultimatum, swear, caution;
    REJECT: refuse, reject, decline, deny, dismiss, rebuff, spurn, oppose, fail, balk, object,
      repudiate;
    REQUEST: demand, urge, request, ask, appeal, call for, call on, plead, press, insist, petition, order, seek,
      invite, implore, beg, call upon, push for, lobby, exhort, encourage, instruct, require, apply,
      apply for;
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
        "broker", "unveil", "publish", "release", "participate", "embark", "resort", "enter", "kick", "wrap", "slap", "clamp",
    }
)  # fmt: skip

# Nouns too general to be a trigger, whose compound or "of" complement is ("a mediation effort", "days of strikes").
GENERIC_EVENT_HEADS: frozenset[str] = frozenset(
    {
        "effort", "efforts", "round", "series", "wave", "day", "days", "week", "weeks", "bid", "act", "state",
        "program", "programme", "process", "session", "spate", "string", "plan", "move", "campaign", "policy",
        "measure", "measures", "kind", "form", "number", "hours", "month", "months", "package", "set", "flurry",
        "part", "action", "actions", "step", "steps", "decision", "message", "letter",
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
    PROTEST/strike: strike, walkout, general strike, stoppage, stayaway, stay-away;
    PROTEST/hunger: hunger strike;
    PROTEST/riot: riot, rioting;
    PROTEST/boycott: boycott;
    CONSULT: talks, talk, meeting, negotiation, negotiations, summit, consultation, consultations, mediation,
      conference, discussion, discussions, dialogue, parley, phone call, telephone call, conversation,
      conversations, video call, videoconference, video conference;
    CONSULT/visit: visit, tour, trip, pilgrimage;
    AGREE: agreement, accord, deal, pact, treaty, truce, armistice, understanding, memorandum, protocol,
      settlement, pledge, promise, commitment, offer, assurance, assurances, undertaking, guarantee, guarantees;
    AGREE/ceasefire: ceasefire, cease-fire;
    SANCTION/discontinue: sanction, sanctions, embargo, suspension, freeze, cutoff, severance, tariff, tariffs,
      travel ban, export ban, import ban, export restrictions, export controls, visa ban, arms embargo;
    SANCTION/expel: expulsion;
    REQUEST: demand, demands, appeal, call, request, plea, petition, requests, calls, appeals;
    THREATEN: threat, threats, warning, ultimatum;
    THREATEN/arrest: arrest warrant, warrant;
    ACCUSE/disapprove: protest note, complaint, condemnation, criticism, accusation, accusations, charge,
      charges, allegation, allegations, lawsuit, concern;
    ACCUSE/investigate: investigation, inquiry, probe, hearing, inspection;
    REJECT: rejection, refusal, veto, denial, violation;
    SUPPORT: praise, endorsement, recognition, backing, condolences, congratulations, solidarity, ratification,
      gratitude, thanks, appreciation, blessing, nod, green light, go-ahead, approval;
    COOPERATE: exercise, exercises, war game, war games, cooperation, collaboration, extradition, alliance,
      partnership, joint patrol, drill, drills, manoeuvres, maneuvers, joint venture;
    AID: aid, assistance, support, help, asylum, supply, supplies, relief, loan, grant, donation, credit, airlift,
      delivery, deliveries,
      shipment, food;
    MOBILIZE/troops: mobilization, mobilisation, deployment, buildup, build-up, reinforcement, reinforcements,
      alert, troops, conscription;
    MOBILIZE/police: patrol, patrols;
    RETREAT/withdraw: withdrawal, retreat, pullout, evacuation;
    RETREAT/release: release, repatriation, handover;
    RETREAT/disarm: disarmament, demobilization, demobilisation;
    RETREAT/resign: resignation;
    RETREAT: surrender;
    CONCEDE: concession, concessions, amnesty, pardon, reform, reforms, regret, acquittal, u-turn, climbdown,
      clemency;
    ACCUSE: indictment, impeachment, censure, reprimand, tirade, broadside, diatribe, subpoena,
      recrimination, litigation;
    AGREE: counteroffer, counterproposal, peace proposal;
    AID: handout, subsidy, rescue, resettlement, airdrop, debt forgiveness, reparation, rescue
      package, cash transfer;
    ASSAULT: stabbing, gunfight, lynching, pogrom, hostage-taking, stoning, flogging, beating, baton
      charge;
    COERCE: round-up, clamp-down, cyber-attack, cyber attack, internment, imprisonment, incarceration,
      expropriation, gag order, news blackout, internet shutdown, dragnet, manhunt, swoop, hack,
      forced repatriation, kettling;
    CONCEDE: reprieve, exoneration, decriminalization, legalization, legalisation, easing, relaxation,
      repeal, reversal, about-face, about-turn, volte-face, commutation;
    CONSULT: teleconference, roundtable, audience, shuttle diplomacy, courtesy call, tete-a-tete,
      renegotiation;
    COOPERATE: co-operation, information exchange, data sharing, currency swap;
    MOBILIZE: redeployment, troop surge, nuclear test, militarization, militarisation, rearmament,
      show of strength;
    PROTEST: industrial action, strike action, wildcat strike, go-slow, work-to-rule, bandh, dharna,
      self-immolation, demo, walk-out, human chain;
    REJECT: filibuster, repudiation, stonewalling, brush-off;
    REQUEST: entreaty, exhortation, clamour, clamor;
    RETREAT: drawdown, pullback, disengagement, de-escalation, prisoner swap, prisoner exchange,
      abdication, capitulation, denuclearization, decommissioning, disbandment, demilitarization;
    SANCTION: blacklisting, divestment;
    SUPPORT: tribute, normalization, normalisation, detente, thaw, commendation, plaudit;
    THREATEN: brinkmanship, brinksmanship;
    ACCUSE: reproach, charge sheet, criminal complaint, smear campaign, prosecution;
    AGREE: compromise, peace plan, memorandum of understanding, acceptance;
    AID: military aid, food aid, aid package, relief effort, aid convoy, weapons delivery, debt relief,
      credit line, arms transfer;
    COERCE: sentence, fine, demolition, repression, persecution, nationalization, dispersal;
    CONCEDE: retraction, annulment, rollback, reinstatement, sanctions relief;
    CONSULT: arbitration;
    COOPERATE: trade deal, security pact, joint operation, defence pact, free trade agreement,
      technology transfer, co-production;
    MOBILIZE: missile launch, partial mobilization, general mobilization;
    PROTEST: rebellion, civil disobedience, labour strike;
    REJECT: objection, obstruction, non-compliance;
    REQUEST: application, membership bid, extradition request, asylum application;
    RETREAT: humanitarian pause, cessation of hostilities;
    SANCTION: sanctions package, tariff hike, retaliatory tariff, price cap, visa restriction,
      punitive measure, countermeasure;
    SUPPORT: signing, sympathy, vote of confidence, peace treaty, accreditation, authorization;
    THREATEN: coercion, extortion, bullying;
    ACCUSE/disapprove: rebuke, denunciation;
    AGREE: overture, invitation;
    AID: bailout;
    ASSAULT/targeted: beheading;
    COERCE: clampdown, cyberattack;
    COOPERATE: coordination;
    MOBILIZE/troops: call-up, missile test;
    PROTEST/strike: hartal;
    REJECT: snub, rebuff, defiance;
    SANCTION/discontinue: rupture;
    SUPPORT: reconciliation, rapprochement, apology;
    THREATEN: sabre-rattling, saber-rattling, intimidation, blackmail, menace
    """,
    kind="noun",
)


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
        "office", "presidency", "palace", "embassy",
    }
)  # fmt: skip
# Verbs that only say an event named by their subject happened ("clashes broke out", "riots are continuing").
OCCURRENCE_VERBS: frozenset[str] = frozenset(
    {
        "continue", "take", "erupt", "break", "occur", "begin", "start", "resume", "rage", "spread", "intensify",
        "escalate", "be", "go", "happen", "flare", "last", "follow", "ensue", "persist", "get", "come", "enter",
        "complete", "finish", "leave", "sweep", "rock", "grip",
    }
)  # fmt: skip
HYPOTHETICAL_MARKERS: frozenset[str] = frozenset({"if", "unless", "whether", "should"})
NEGATIONS: frozenset[str] = frozenset({"not", "n't", "never", "no"})


# Verbs that, with an addressee and a "to" infinitive, give an order or press a demand: "told Kyiv to stop",
# "pushed Kyiv to hold elections", "wants the minister to resign".
DIRECTIVE_SPEECH: frozenset[str] = frozenset({"tell", "push", "pressure", "want"})
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


def other_spelling(word: str) -> list[str]:
    """ "mobilise" <-> "mobilize", "normalisation" <-> "normalization"."""
    for british, american in (("isation", "ization"), ("ise", "ize")):
        if word.endswith(british):
            return [word[: -len(british)] + american]
        if word.endswith(american):
            return [word[: -len(american)] + british]
    return []


def verb_sense(lemma: str, particle: str | None = None) -> Sense | None:
    """The sense of a verb lemma (with its particle when phrasal), looked up frame > speech > plan > act; a British
    "-ise" spelling finds the "-ize" entry and the other way round."""
    spellings = [lemma, *other_spelling(lemma)]
    keys = ([f"{s} {particle}" for s in spellings] if particle else []) + spellings
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
    "LIGHT_VERBS",
    "NEGATIONS",
    "NOUN_TRIGGERS",
    "OBLIGATION_MODALS",
    "RIOTER_HEADS",
    "SEIZURE_VERBS",
    "VERB_ACTS",
    "VERB_FRAMES",
    "VOW_VERBS",
    "Sense",
    "has_phrasal",
    "other_spelling",
    "verb_sense",
]
