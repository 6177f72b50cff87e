"""Verb + preposition readings: a verb read with its preposition's object takes a sense of its own ("took to the
streets" protests, "came under fire" was attacked, "vouched for" supports). Written by us from the PLOVER 2.0
codebook and CAMEO's verb classes, as the phrase tables in phrases.py are.
"""

from __future__ import annotations

from annalist.events.lexicon import Sense

# A verb read with its preposition's object ("took to the streets", "handed over ... to a court"): the sense
# differs from the verb's own. Keys: (verb lemma, preposition, object lemma).
PREPOSITION_SENSES: dict[tuple[str, str, str], Sense] = {
    ("take", "to", "street"): Sense("PROTEST", "demo"),
    ("take", "to", "streets"): Sense("PROTEST", "demo"),
    # "*": whatever the object ("voted against the proposal")
    ("vote", "against", "*"): Sense("REJECT", None),
    ("vote", "for", "*"): Sense("SUPPORT", None),
    ("stand", "behind", "*"): Sense("SUPPORT", None),
    ("stand", "by", "*"): Sense("SUPPORT", None),  # "stood by Lithuania"
    ("vouch", "for", "*"): Sense("SUPPORT", None),
    ("work", "with", "*"): Sense("COOPERATE", None),
    ("work", "in", "hand"): Sense("COOPERATE", None),  # "worked hand in hand"
    ("chain", "to", "*"): Sense("PROTEST", "obstruct"),  # "chained themselves to the gates"
    ("glue", "to", "*"): Sense("PROTEST", "obstruct"),
    ("rally", "behind", "*"): Sense("SUPPORT", None),
    ("come", "to", "defence"): Sense("SUPPORT", None),
    ("come", "to", "defense"): Sense("SUPPORT", None),
    ("speak", "with", "*"): Sense("CONSULT", None),
    ("speak", "by", "phone"): Sense("CONSULT", "phone"),
    ("speak", "by", "telephone"): Sense("CONSULT", "phone"),
    ("take", "to", "court"): Sense("ACCUSE", "allege"),
    ("take", "into", "custody"): Sense("COERCE", "arrest"),
    ("place", "under", "arrest"): Sense("COERCE", "arrest"),
    ("put", "under", "arrest"): Sense("COERCE", "arrest"),
    ("remove", "from", "office"): Sense("COERCE", "restrict"),
    ("bar", "from", "*"): Sense("COERCE", "restrict"),  # "barred from running for office"; entry: senses.py
    ("put", "on", "notice"): Sense("THREATEN", None),
    ("place", "under", "investigation"): Sense("ACCUSE", "investigate"),
    ("put", "under", "investigation"): Sense("ACCUSE", "investigate"),
    ("let", "into", "*"): Sense("CONCEDE", None),
    **{("accede", "to", noun): Sense("SUPPORT", None) for noun in ("treaty", "convention", "pact", "protocol")},
    **{("place", "on", noun): Sense("MOBILIZE", "troops") for noun in ("alert", "readiness", "standby", "footing")},
    **{("put", "on", noun): Sense("MOBILIZE", "troops") for noun in ("alert", "readiness", "standby", "footing")},
    **{("call", "in", noun): Sense("ACCUSE", "disapprove") for noun in ("ambassador", "envoy", "diplomat", "chargé")},
    **{("summon", "to", noun): Sense("ACCUSE", "disapprove") for noun in ("ministry", "office")},
    ("hack", "into", "*"): Sense("COERCE", "cyber"),
    **{("hit", "with", noun): Sense("SANCTION", "discontinue") for noun in ("sanction", "sanctions", "tariffs")},
    **{
        ("pull", "of", noun): Sense("SANCTION", "withdraw")
        for noun in ("talk", "talks", "negotiation", "negotiations", "agreement", "deal", "treaty", "accord")
    },
    **{
        ("withdraw", "from", noun): Sense("SANCTION", "withdraw")
        for noun in ("talk", "talks", "negotiation", "negotiations", "agreement", "treaty")
    },
    **{("pull", "from", noun): Sense("AID", None) for noun in ("rubble", "wreckage", "debris", "sea", "water")},
    # surrendering a suspect to a court or an international police body is judicial cooperation (CAMEO 0234)
    **{
        ("hand", "to", noun): Sense("COOPERATE", None)
        for noun in ("court", "tribunal", "prosecutor", "interpol", "authority", "police")
    },
    **{("turn", "to", noun): Sense("COOPERATE", None) for noun in ("court", "tribunal", "prosecutor", "interpol")},
    **{("come", "under", noun): Sense("ASSAULT", None) for noun in ("fire", "attack", "shelling", "bombardment")},
    **{
        (verb, "with", noun): Sense("ASSAULT", "firearms")
        for verb in ("rake", "spray", "pepper", "riddle")
        for noun in ("bullet", "bullets", "fire", "gunfire")
    },
    ("pelt", "with", "*"): Sense("ASSAULT", None),  # riots retyped by their doers (retyping.py)
    ("lunge", "at", "*"): Sense("ASSAULT", "beat"),
    ("wade", "into", "crowd"): Sense("ASSAULT", "beat"),
    ("subject", "to", "*"): Sense("ASSAULT", None),  # the named act refines it (senses.py)
    ("strip", "of", "*"): Sense("COERCE", "restrict"),  # "stripped 138 people of their citizenship"
    ("swoop", "on", "*"): Sense("COERCE", "raid"),
    ("swoop", "upon", "*"): Sense("COERCE", "raid"),
    ("break", "into", "*"): Sense("COERCE", "cyber"),
    # a listing, like the verb "blacklist", is a sanction
    **{
        (verb, prep, noun): Sense("SANCTION", "discontinue")
        for verb in ("add", "place", "put")
        for prep in ("to", "on")
        for noun in ("list", "blacklist", "register", "watchlist")
    },
    ("strike", "off", "*"): Sense("CONCEDE", None),  # "struck 45 activists off a travel blacklist"
    ("take", "to", "task"): Sense("ACCUSE", "disapprove"),
    ("rule", "against", "*"): Sense("ACCUSE", "disapprove"),
    ("frown", "on", "*"): Sense("ACCUSE", "disapprove"),
    ("frown", "upon", "*"): Sense("ACCUSE", "disapprove"),
    ("tear", "into", "*"): Sense("ACCUSE", "disapprove"),
    ("look", "into", "*"): Sense("ACCUSE", "investigate"),
    ("approach", "for", "*"): Sense("REQUEST", None),
    ("call", "for", "*"): Sense("REQUEST", None),  # "called on Sunday for Assad to hand power to his deputy"
    ("work", "alongside", "*"): Sense("COOPERATE", None),
    ("put", "on", "hold"): Sense("SANCTION", "discontinue"),  # "put on hold 300 million dollars in loans"
    **{("hold", "in", noun): Sense("COERCE", "arrest") for noun in ("jail", "prison", "custody", "detention", "cell")},
    **{("be", "on", noun): Sense("PROTEST", "strike") for noun in ("strike", "hunger strike")},
    **{
        ("bring", prep, noun): Sense("PROTEST", "demo")
        for prep in ("onto", "into", "to")
        for noun in ("street", "streets")
    },
    ("put", "on", "state"): Sense("MOBILIZE", "troops"),  # "put on the highest state of alert"
    ("place", "on", "state"): Sense("MOBILIZE", "troops"),
    **{("turn", "to", noun): Sense("COOPERATE", None) for noun in ("police", "authorities", "agents")},
    **{(verb, "with", "names"): Sense("COOPERATE", None) for verb in ("supply", "provide", "furnish")},
    **{
        ("be", prep, noun): Sense("CONSULT", "visit")
        for prep in ("for", "on")
        for noun in ("visit", "talks", "tour", "working visit", "state visit")
    },
    **{("respond", "with", noun): Sense("ASSAULT", None) for noun in ("force", "fist", "iron fist", "fire")},
    **{("speak", "in", noun): Sense("SUPPORT", None) for noun in ("defence", "defense", "support", "favour")},
    **{("hand", "to", noun): Sense("COOPERATE", None) for noun in ("agents", "authorities", "investigators")},
    ("look", "to", "*"): Sense("REQUEST", None),  # "Athens is looking to Beijing for investment"
    ("go", "in", "hand"): Sense("REQUEST", None),  # "went cap in hand to Moscow"
    ("alert", "to", "*"): Sense("COOPERATE", None),  # "alerted Malaysian police to the movements of ..."
    ("tip", "to", "*"): Sense("COOPERATE", None),
    ("rally", "to", "side"): Sense("SUPPORT", None),
    ("leap", "to", "defence"): Sense("SUPPORT", None),
    ("leap", "to", "defense"): Sense("SUPPORT", None),
    ("rush", "to", "defence"): Sense("SUPPORT", None),
    ("come", "out", "support"): Sense("SUPPORT", None),
    ("come", "in", "support"): Sense("SUPPORT", None),
    ("lobby", "on", "behalf"): Sense("SUPPORT", None),
    ("canvass", "on", "behalf"): Sense("SUPPORT", None),
    ("speak", "over", "*"): Sense("CONSULT", "phone"),  # "spoke over their hotline"
    ("drop", "on", "*"): Sense("CONSULT", "visit"),  # "dropped in on"
    ("stop", "in", "*"): Sense("CONSULT", "visit"),  # "stopped over in Islamabad"
    ("call", "at", "*"): Sense("CONSULT", "visit"),
    ("walk", "out", "talks"): Sense("SANCTION", "withdraw"),
    ("walk", "of", "talks"): Sense("SANCTION", "withdraw"),  # "walked out of the talks"
    ("walk", "of", "talk"): Sense("SANCTION", "withdraw"),
    **{("engage", "in", noun): Sense("CONSULT", None) for noun in ("contact", "contacts", "talks", "dialogue")},
    **{
        ("act", "as", noun): Sense("CONSULT", "mediate")
        for noun in ("go-between", "go-betweens", "mediator", "intermediary", "broker", "facilitator")
    },
    **{
        (verb, "with", noun): Sense("COOPERATE", None)
        for verb in ("supply", "provide", "furnish")
        for noun in ("records", "imagery", "intelligence", "information", "data", "evidence", "details")
    },
    **{
        (verb, "to", noun): Sense("COOPERATE", None)
        for verb in ("transfer", "surrender", "send", "fly")
        for noun in ("tribunal", "court", "hague")
    },
    **{("call", "to", noun): Sense("ACCUSE", "disapprove") for noun in ("ministry", "office")},  # "called in to"
    ("be", "under", "investigation"): Sense("ACCUSE", "investigate"),
    **{("meet", "with", noun): Sense("ACCUSE", "disapprove") for noun in ("condemnation", "criticism", "outrage")},
    # "any incursion will be met with force": force met is force used
    **{
        ("meet", "with", noun): Sense("ASSAULT", None)
        for noun in ("force", "fire", "gunfire", "violence", "bullets", "response", "retaliation")
    },
    **{("order", "to", noun): Sense("MOBILIZE", "troops") for noun in ("readiness", "alert", "footing", "standby")},
    ("withdraw", "as", "*"): Sense("SANCTION", "withdraw"),  # "withdrew as facilitator"
    ("step", "from", "role"): Sense("SANCTION", "withdraw"),  # "stepped back from its role as mediator"
    ("put", "in", "abeyance"): Sense("SANCTION", "discontinue"),
    ("put", "beyond", "use"): Sense("RETREAT", "disarm"),
    ("fall", "on", "sword"): Sense("RETREAT", None),  # resigned
    ("walk", "from", "*"): Sense("RETREAT", "release"),  # "walked free from Insein prison"
    **{
        (verb, "to", "safety"): Sense("AID", None)
        for verb in ("haul", "pull", "lift", "bring", "carry", "winch", "airlift", "ferry", "lead", "drag")
    },
    **{("pluck", "from", noun): Sense("AID", None) for noun in ("custody", "captivity", "rooftop", "rooftops")},
}


__all__ = ["PREPOSITION_SENSES"]
