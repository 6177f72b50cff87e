"""Phrases whose meaning differs from their head word's: a light verb with its object ("lifted the blockade",
"struck a deal") and a verb with its preposition's object ("took to the streets", "voted against the bill").

Written by us from the PLOVER 2.0 codebook and CAMEO's category definitions; lexicon.py holds the single words.
"""

from __future__ import annotations

from annalist.events.lexicon import Sense

# One's own measures or demands that easing, dropping or reversing concedes (PLOVER CONCEDE).
CONCEDED_MEASURES: tuple[str, ...] = (
    "restriction", "restrictions", "rule", "rules", "control", "controls", "bill", "law", "decree", "demand",
    "demands", "condition", "conditions", "requirement", "ban", "decision", "increase", "reform", "reforms",
    "plan", "plans", "project", "proposal", "tax", "taxes", "hike", "hikes", "charge", "charges", "case", "lawsuit",
    "objection", "objections", "opposition", "veto", "boycott",
)  # fmt: skip
# Arms: sending them to someone is military aid; handing them in is disarmament.
WEAPONS = ("missile", "missiles", "weapon", "weapons", "arms", "ammunition", "rifles", "guns", "jets", "fighters")
# Forces: moving or sending them is a mobilisation.
FORCES = (
    "troops", "tanks", "forces", "launchers", "warships", "artillery", "units", "battalions", "brigades", "divisions",
    "soldiers", "reinforcements", "armour", "armor",
)  # fmt: skip
AGREEMENTS = ("deal", "agreement", "accord", "pact", "treaty", "bargain", "compromise", "truce", "ceasefire")
# Someone else's proposal or bid: shooting it down or blocking it rejects it.
PROPOSALS = ("idea", "proposal", "plan", "bill", "resolution", "package", "deal", "motion", "bid", "initiative")
CAPTIVES = ("prisoners", "prisoner", "hostages", "hostage", "captives", "detainees", "pows")
DISPLACED = ("refugees", "migrants", "asylum-seekers", "detainees", "deportees")
OWN_OPERATIONS = ("offensive", "operation", "operations", "attack", "attacks", "bombing", "airstrikes", "campaign")
SERVICES = ("access", "internet", "power", "electricity", "water", "communications", "phone", "supplies")


def _pairs(verbs: tuple[str, ...] | str, nouns: tuple[str, ...] | str, sense: Sense) -> dict[tuple[str, str], Sense]:
    """Every verb with every object noun read as ``sense`` (a lone string stands for a one-word tuple)."""
    verbs = (verbs,) if isinstance(verbs, str) else verbs
    nouns = (nouns,) if isinstance(nouns, str) else nouns
    return {(verb, noun): sense for verb in verbs for noun in nouns}


# The people of a foreign mission: withdrawing or expelling them reduces relations.
MISSION_PEOPLE = (
    "diplomats", "ambassador", "envoy", "inspector", "inspectors", "observer", "observers", "peacekeeper",
    "peacekeepers", "monitors", "mission", "staff", "verifiers",
)  # fmt: skip

# What relief is made of: sending these is aid, not a mobilisation.
RELIEF_GOODS = (
    "aid", "food", "medicine", "medicines", "supplies", "supply", "relief", "assistance", "doctors", "doctor",
    "blankets", "tents", "vaccines", "grain", "fuel", "water",
)  # fmt: skip

# Light verb + noun combinations whose meaning differs from the noun's own ("lifted the blockade" is RETREAT).
# Things thrown at people: a thrown weapon is an attack ("hurled acid at two schoolgirls").
WEAPONS_THROWN = (
    "grenade", "grenades", "acid", "bomb", "bombs", "petrol bomb", "petrol bombs", "molotov cocktail",
    "molotov cocktails", "explosive", "explosives", "tear gas", "canister", "canisters", "stone", "stones", "rock",
    "rocks", "bottle", "bottles", "egg", "eggs", "brick", "bricks",
)  # fmt: skip
# What one state's services pass to another's: sharing it is intelligence or judicial cooperation.
SHARED_INFORMATION = (
    "intelligence", "information", "records", "record", "imagery", "data", "details", "evidence", "files",
    "documents", "fingerprints", "tip", "tip-off", "leads", "names",
)  # fmt: skip
# Public goods whose cut-off coerces a population.
UTILITIES = (
    "electricity", "power", "water", "internet", "telephone", "phone", "services", "service", "fuel deliveries",
    "power supply", "water supply", "banking", "connection", "connections",
)  # fmt: skip
# People sent to help after a disaster: sending them is aid, not a deployment of force.
RELIEF_WORKERS = (
    "doctor",
    "doctors",
    "medic",
    "medics",
    "nurse",
    "nurses",
    "rescuer",
    "rescuers",
    "specialist",
    "specialists",
    "rescue workers",
    "aid workers",
    "relief workers",
    "firefighters",
)
# Relief carried to people in need.
RELIEF_CARGO = (
    "food", "medicine", "medicines", "aid", "supplies", "relief", "relief supplies", "tent", "tents", "blanket",
    "blankets", "water", "maize", "wheat", "rice", "flour", "vaccine", "vaccines", "doses", "packets",
    "food packets", "medical teams", "doctors", "tonnes",
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
    **_pairs(
        ("give", "provide", "offer"),
        ("figure", "detail", "details", "number", "account", "information", "breakdown", "estimate", "evidence"),
        Sense(None),
    ),
    # "inflicted heavy losses on X": the losses are the attack's
    **_pairs(
        "inflict", ("loss", "losses", "casualty", "casualties", "defeat", "damage", "blow"), Sense("ASSAULT", None)
    ),
    ("grant", "asylum"): Sense("AID", None),
    # PLOVER CONCEDE: easing restrictions, granting leave, withdrawing one's own measure or demand
    **_pairs(
        ("ease", "relax", "loosen", "lift", "withdraw", "drop", "scrap", "reverse", "suspend"),
        CONCEDED_MEASURES,
        Sense("CONCEDE", None),
    ),
    **_pairs(("grant", "give"), "permission", Sense("CONCEDE", None)),
    ("express", "regret"): Sense("CONCEDE", None),
    **_pairs("pay", ("tribute", "homage", "respects"), Sense("SUPPORT", None)),
    ("accept", "invitation"): Sense("AGREE", None),
    ("accept", "offer"): Sense("AGREE", None),
    ("pay", "compensation"): Sense("AID", None),
    ("pay", "reparations"): Sense("AID", None),
    # releasing money is aid, not a release of captives
    **_pairs("release", ("fund", "funds", "tranche", "loan", "aid", "money", "grant", "payment"), Sense("AID", None)),
    # trade bans and closed airspace cut relations (PLOVER SANCTION), not a domestic restriction
    **_pairs(
        ("ban", "close", "halt", "block", "bar"),
        ("trade", "import", "imports", "export", "exports", "airspace", "embassy", "consulate", "flights"),
        Sense("SANCTION", "discontinue"),
    ),
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
    **_pairs(("hand", "cede", "relinquish", "surrender", "give"), "control", Sense("RETREAT", "withdraw")),
    ("take", "place"): Sense(None, None),
    ("take", "step"): Sense("CONCEDE", None),
    ("take", "steps"): Sense("CONCEDE", None),
    ("make", "statement"): Sense(None, None),
    ("stop", "work"): Sense("PROTEST", "strike"),
    ("release", "statement"): Sense(None, None),
    ("issue", "statement"): Sense(None, None),
    ("release", "report"): Sense(None, None),
    # PLOVER 2.0 codes signing or ratifying an agreement as SUPPORT; promising to sign is AGREE.
    **_pairs(
        ("sign", "ratify", "finalize", "finalise", "seal", "conclude"),
        ("agreement", "accord", "treaty", "pact", "deal", "memorandum", "protocol"),
        Sense("SUPPORT", None),
    ),
    # Acceding to a demand is CONCEDE (CAMEO 083).
    **_pairs(
        "accept",
        ("demand", "demands", "request", "requests", "call", "calls", "appeal", "plea", "ultimatum"),
        Sense("CONCEDE", None),
    ),
    **_pairs(
        ("express", "voice", "reiterate", "renew", "declare", "announce", "give"), "support", Sense("SUPPORT", None)
    ),
    # Withdrawing one's observers, diplomats or aid reduces relations (PLOVER SANCTION "withdraw"), not a retreat.
    **_pairs("withdraw", (*MISSION_PEOPLE, "workers", "aid", "support", "recognition"), Sense("SANCTION", "withdraw")),
    # Expelling a foreign mission's people reduces relations (CAMEO 166); expelling individuals is COERCE.
    **_pairs("expel", ("diplomat", *MISSION_PEOPLE), Sense("SANCTION", "expel")),
    # Sending relief is aid (CAMEO 07), sending troops a mobilisation: the thing sent decides.
    **_pairs(("send", "dispatch", "fly", "ship", "airlift", "rush"), RELIEF_GOODS, Sense("AID", None)),
    # wire phrasings whose head verb alone would mislead (CAMEO categories, in our own reading)
    **_pairs(("strike", "clinch", "hammer", "reach"), AGREEMENTS, Sense("AGREE", None)),
    **_pairs("ink", AGREEMENTS, Sense("SUPPORT", None)),
    **_pairs("accept", ("mediation", "proposal", "plan", "terms", "deal", "peace plan"), Sense("AGREE", None)),
    **_pairs(
        "approve", ("loan", "credit", "grant", "aid", "funding", "package", "bailout", "tranche"), Sense("AID", None)
    ),
    **_pairs(("cancel", "forgive", "write"), "debt", Sense("AID", None)),
    **_pairs(("deploy", "send", "dispatch"), ("peacekeepers", "peacekeeping"), Sense("AID", "peacekeeping")),
    **_pairs(("send", "ship", "deliver", "supply", "provide", "give"), WEAPONS, Sense("AID", "military")),
    **_pairs(
        ("move", "send", "rush", "mass", "deploy", "redeploy", "airlift", "fly", "ship"),
        FORCES,
        Sense("MOBILIZE", "troops"),
    ),
    **_pairs("move", ("missiles", "missile"), Sense("MOBILIZE", "troops")),
    **_pairs("open", ("embassy", "embassies", "consulate", "office", "offices", "mission"), Sense("SUPPORT", None)),
    **_pairs("put", ("signature", "signatures"), Sense("SUPPORT", None)),
    **_pairs("declare", ("ceasefire", "cease-fire", "truce"), Sense("RETREAT", "ceasefire")),  # CAMEO 0871
    **_pairs("down", "tools", Sense("PROTEST", "strike")),
    **_pairs(
        ("break off", "suspend", "freeze"),
        ("talks", "talk", "negotiations", "dialogue", "relations", "ties"),
        Sense("SANCTION", "discontinue"),
    ),
    **_pairs(
        ("cut", "cut off", "suspend", "halt", "stop", "freeze", "withhold"),
        ("aid", "assistance", "funding", "loans", "credit", "credits", "support"),
        Sense("SANCTION", "discontinue"),
    ),
    **_pairs(
        ("send", "dispatch", "fly"), ("team", "teams", "mission", "doctors", "rescuers", "experts"), Sense("AID", None)
    ),  # a team sent abroad helps; troops are FORCES
    **_pairs("release", ("ecu", "dollars", "dollar", "euros", "euro", "pounds", "yen"), Sense("AID", None)),
    **_pairs("jam", ("broadcasts", "broadcast", "signals", "transmissions", "station"), Sense("COERCE", "censor")),
    **_pairs(("violate", "breach", "break"), ("truce", "armistice", "ceasefire"), Sense("ASSAULT", None)),
    **_pairs(("exchange", "return", "trade"), "fire", Sense("ASSAULT", "firearms")),
    **_pairs("hold", "fire", Sense("RETREAT", "ceasefire")),
    **_pairs("break", ("rally", "protest", "demonstration", "gathering", "sit-in"), Sense("ASSAULT", None)),
    **_pairs("breach", ("network", "networks", "system", "systems", "server", "servers"), Sense("COERCE", "cyber")),
    **_pairs("cut", SERVICES, Sense("COERCE", "withhold")),
    **_pairs(("disband", "dissolve", "ban"), ("party", "parliament", "union", "assembly"), Sense("COERCE", "restrict")),
    **_pairs(("return", "send", "deport"), DISPLACED, Sense("COERCE", "deport")),
    **_pairs("suspend", ("constitution", "parliament"), Sense("COERCE", "restrict")),
    **_pairs(("scrap", "shelve", "abandon", "drop"), CONCEDED_MEASURES, Sense("CONCEDE", None)),
    **_pairs(("grant", "give"), ("amnesty", "access", "pardon", "clemency"), Sense("CONCEDE", None)),
    **_pairs("meet", ("demand", "demands", "condition", "conditions"), Sense("CONCEDE", None)),
    **_pairs("restore", ("constitution", "democracy", "access", "internet"), Sense("CONCEDE", None)),
    **_pairs(("restore", "upgrade", "normalize", "normalise", "resume"), ("ties", "relations"), Sense("SUPPORT", None)),
    **_pairs("reopen", ("embassy", "consulate", "mission"), Sense("SUPPORT", None)),
    **_pairs(("rally", "throw", "lend", "pledge"), "support", Sense("SUPPORT", None)),
    **_pairs("exchange", ("views", "ideas", "opinions", "messages"), Sense("CONSULT", None)),
    **_pairs("hold", ("call", "video call", "phone call", "videoconference"), Sense("CONSULT", None)),
    **_pairs(("exchange", "swap", "trade"), CAPTIVES, Sense("RETREAT", "release")),
    **_pairs(("hand", "surrender", "give"), WEAPONS, Sense("RETREAT", "disarm")),
    **_pairs(("tender", "submit", "hand"), "resignation", Sense("RETREAT", "resign")),
    **_pairs(("suspend", "end", "pause", "wind"), OWN_OPERATIONS, Sense("RETREAT", "disarm")),
    **_pairs("abandon", ("talks", "negotiations", "mediation"), Sense("SANCTION", "discontinue")),
    **_pairs(("expel", "kick"), ("officials", "troops", "forces", "diplomat", "diplomats"), Sense("SANCTION", "expel")),
    **_pairs(("restrict", "limit", "curb"), ("exports", "imports", "trade"), Sense("SANCTION", "discontinue")),
    **_pairs(("shoot", "torpedo", "block", "kill", "sink"), PROPOSALS, Sense("REJECT", None)),
    **_pairs("take", "aim", Sense("ACCUSE", "disapprove")),
    **_pairs("give", ("shrift", "shoulder", "rebuff"), Sense("REJECT", None)),  # "gave short shrift to the offer"
    **_pairs("bring", ("case", "charges", "lawsuit", "suit", "complaint"), Sense("ACCUSE", "allege")),
    **_pairs("call", ("ambassador", "envoy", "chargé"), Sense("ACCUSE", "disapprove")),
    **_pairs("take", "positions", Sense("MOBILIZE", "troops")),  # "took up positions", not "took a position"
    **_pairs("tighten", "security", Sense("MOBILIZE", "police")),
    **_pairs("join", "forces", Sense("COOPERATE", None)),
    **_pairs("pass", ("intelligence", "information"), Sense("COOPERATE", None)),
    **_pairs(("resume", "expand", "boost", "deepen", "step"), ("trade", "cooperation"), Sense("COOPERATE", None)),
    **_pairs(
        ("call off", "suspend", "end", "break off", "abandon", "halt"),
        (
            "strike",
            "protest",
            "protests",
            "boycott",
            "march",
            "sit-in",
            "walkout",
            "hunger strike",
            "stoppage",
            "shutdown",
            "hartal",
            "blockades",
            "street blockades",
        ),
        Sense("CONCEDE", None),
    ),  # ending one's own protest eases dissent (CAMEO 082)
    **_pairs(("raise", "heighten", "increase"), ("readiness", "alert", "level"), Sense("MOBILIZE", "troops")),
    **_pairs("flood", ("street", "streets"), Sense("PROTEST", "demo")),
    **_pairs("topple", ("statue", "statues"), Sense("PROTEST", "riot")),
    **_pairs("vow", ("revenge", "retaliation", "reprisal", "reprisals", "vengeance"), Sense("THREATEN", "violence")),
    # PLOVER: cancelling a meeting is a refusal (REJECT), not a cut in relations
    **_pairs(
        ("cancel", "call off", "scrap"),
        ("summit", "meeting", "talks", "visit", "trip", "negotiations", "conference", "dialogue"),
        Sense("REJECT", "meet"),
    ),
    **_pairs("deny", ("entry", "visa", "visas", "access"), Sense("REJECT", None)),
    # seizing a thing (a ship, a cargo, files) is a seizure (COERCE); seizing a town stays an assault
    **_pairs(
        ("seize", "capture", "impound"),
        (
            "tanker",
            "ship",
            "vessel",
            "boat",
            "trawler",
            "trawlers",
            "cargo",
            "weapons",
            "arms",
            "drugs",
            "assets",
            "property",
            "documents",
            "computers",
            "passports",
            "equipment",
            "aircraft",
        ),
        Sense("COERCE", "seize"),
    ),
    # wire idioms brainstormed type by type (verb + the head noun of its object)
    **_pairs("point", "finger", Sense("ACCUSE", "allege")),
    **_pairs("take", ("task", "exception"), Sense("ACCUSE", "disapprove")),
    **_pairs("level", ("accusation", "accusations", "charge", "charges"), Sense("ACCUSE", "allege")),
    **_pairs("pour", "scorn", Sense("ACCUSE", "disapprove")),
    **_pairs("cry", "foul", Sense("ACCUSE", "disapprove")),
    **_pairs("set", "foot", Sense("CONSULT", "visit")),  # "set foot in Pyongyang"
    **_pairs("play", "host", Sense("CONSULT", "visit")),
    **_pairs(("lend", "throw"), ("backing", "support", "weight"), Sense("SUPPORT", None)),
    **_pairs(("voice", "express", "raise", "lodge"), ("objection", "objections"), Sense("ACCUSE", "disapprove")),
    **_pairs(
        "join",
        ("march", "protest", "protests", "demonstration", "rally", "strike", "sit-in", "boycott"),
        Sense("PROTEST", "demo"),
    ),
    **_pairs(
        "use", ("nuclear weapons", "weapons", "force", "chemical weapons", "military force"), Sense("ASSAULT", None)
    ),
    # volunteers joining an armed body swell it (CAMEO 154); "joined forces with" stays a cooperation
    **_pairs(
        "join",
        (
            "brigade",
            "brigades",
            "army",
            "ranks",
            "militia",
            "militias",
            "rebels",
            "guerrillas",
            "insurgency",
            "fighters",
            "battalion",
            "battalions",
        ),
        Sense("MOBILIZE", "troops"),
    ),
    **_pairs(
        ("airlift", "fly", "ferry", "ship", "move", "rush", "truck"),
        ("troops", "soldiers", "warplanes", "forces", "tanks", "units", "fighters", "reinforcements"),
        Sense("MOBILIZE", "troops"),
    ),
    **_pairs(
        ("seize", "confiscate"),
        ("land", "farms", "farm", "property", "copies", "edition", "assets", "passports", "passport", "equipment"),
        Sense("COERCE", "seize"),
    ),
    **_pairs(("send", "dispatch", "fly", "rush", "deploy"), RELIEF_WORKERS, Sense("AID", None)),
    **_pairs(("hand", "give", "present"), ("cheque", "check", "donation", "grant"), Sense("AID", None)),
    **_pairs("pay", "reparation", Sense("AID", None)),
    **_pairs(
        ("send", "dispatch"),
        (
            *RELIEF_CARGO,
            "planeloads",
            "planeload",
            "shipment",
            "consignment",
            "cement",
            "cloth",
            "advisers",
            "military advisers",
            "instructors",
            "trainers",
        ),
        Sense("AID", None),
    ),
    **_pairs(
        "expel",
        ("agencies", "aid agencies", "aid groups", "groups", "ngos", "organisations", "organizations"),
        Sense("SANCTION", "expel"),
    ),
    **_pairs(
        ("grant", "issue", "restore"),
        ("licence", "license", "status", "legal status", "permit", "registration", "accreditation"),
        Sense("CONCEDE", None),
    ),
    **_pairs("approve", ("amnesty", "pardon", "pardons"), Sense("CONCEDE", None)),
    # trade and energy flows restarted between two states are economic cooperation (CAMEO 061)
    **_pairs(
        ("resume", "restart", "begin", "start"),
        ("exports", "imports", "deliveries", "gas deliveries", "shipments", "flights", "trade"),
        Sense("COOPERATE", None),
    ),
    **_pairs("lift", ("censorship", "suspension", "restrictions"), Sense("CONCEDE", None)),
    **_pairs(
        ("burn", "torch", "set"),
        ("effigy", "effigies", "flag", "flags", "tyre", "tyres", "tire", "tires"),
        Sense("PROTEST", "demo"),
    ),
    **_pairs(
        "close",
        (
            "embassy",
            "high commission",
            "consulate",
            "mission",
            "legation",
            "interests office",
            "interests section",
            "liaison office",
            "trade office",
        ),
        Sense("SANCTION", "withdraw"),
    ),
    **_pairs("seek", ("view", "views", "opinion", "opinions", "advice", "counsel"), Sense("CONSULT", None)),
    **_pairs("execute", ("warrant", "arrest warrant", "extradition order"), Sense("COOPERATE", None)),
    **_pairs("acknowledge", ("independence", "sovereignty"), Sense("SUPPORT", None)),
    **_pairs("resume", ("services", "flights", "links", "service", "train services"), Sense("COOPERATE", None)),
    **_pairs(("deliver", "hand", "send"), "note", Sense("ACCUSE", "disapprove")),  # a diplomatic note
    **_pairs(
        ("grant", "give", "extend", "restore"),
        ("right", "rights", "suffrage", "vote", "autonomy"),
        Sense("CONCEDE", None),
    ),  # rights granted accede to a demand (CAMEO 0833)
    **_pairs("end", ("house arrest", "detention"), Sense("RETREAT", "release")),
    **_pairs("end", ("ban", "emergency rule", "state of emergency", "martial law", "curfew"), Sense("CONCEDE", None)),
    **_pairs("heap", ("scorn", "criticism", "blame", "abuse", "opprobrium"), Sense("ACCUSE", "disapprove")),
    **_pairs("heap", ("praise", "plaudits"), Sense("SUPPORT", None)),
    **_pairs(("extend", "offer"), ("invitation", "hand", "branch"), Sense("AGREE", None)),  # "an olive branch"
    **_pairs("hold", "branch", Sense("AGREE", None)),  # "held out an olive branch"
    **_pairs("leave", "door", Sense("AGREE", None)),  # "left the door open to talks"
    **_pairs("throw", "lifeline", Sense("AID", None)),
    **_pairs("foot", "bill", Sense("AID", None)),
    **_pairs("use", ("cannon", "cannons"), Sense("ASSAULT", None)),  # water cannon against a crowd
    **_pairs("do", "u-turn", Sense("CONCEDE", None)),
    **_pairs("give", "ground", Sense("CONCEDE", None)),
    **_pairs("soften", ("stance", "position", "line"), Sense("CONCEDE", None)),
    **_pairs("concede", "defeat", Sense("CONCEDE", None)),
    **_pairs("commute", ("sentence", "sentences"), Sense("CONCEDE", None)),
    **_pairs("hold", "summit", Sense("CONSULT", None)),
    **_pairs("grant", "audience", Sense("CONSULT", "visit")),
    **_pairs("hand", ("suspect", "suspects", "fugitive"), Sense("COOPERATE", None)),
    **_pairs("resume", ("flight", "flights"), Sense("COOPERATE", None)),
    **_pairs("scramble", ("jet", "jets", "fighter", "fighters"), Sense("MOBILIZE", "troops")),
    **_pairs("bolster", ("force", "forces", "presence", "garrison"), Sense("MOBILIZE", "troops")),
    **_pairs("erect", ("barricade", "barricades"), Sense("PROTEST", "obstruct")),
    **_pairs("wave", ("placard", "placards", "banner", "banners"), Sense("PROTEST", "demo")),
    **_pairs("pour", "water", Sense("REJECT", None)),  # "poured cold water on the proposal"
    **_pairs("dig", ("heel", "heels"), Sense("REJECT", None)),
    **_pairs("slam", "door", Sense("REJECT", None)),
    **_pairs("turn", "ear", Sense("REJECT", None)),  # "turned a deaf ear to"
    **_pairs("thumb", "nose", Sense("REJECT", None)),
    **_pairs("stick", ("gun", "guns"), Sense("REJECT", None)),
    **_pairs("withhold", "consent", Sense("REJECT", None)),
    **_pairs("put", "pressure", Sense("REQUEST", None)),
    **_pairs("mend", ("fence", "fences"), Sense("SUPPORT", None)),
    **_pairs("bury", "hatchet", Sense("SUPPORT", None)),
    **_pairs("express", "solidarity", Sense("SUPPORT", None)),
    **_pairs("rattle", ("saber", "sabre", "sabers", "sabres"), Sense("THREATEN", None)),
    **_pairs("draw", "line", Sense("THREATEN", None)),  # "drew a red line"
    **_pairs("serve", "notice", Sense("THREATEN", None)),
    **_pairs("bare", ("tooth", "teeth"), Sense("THREATEN", None)),
    **_pairs("dangle", "threat", Sense("THREATEN", None)),
    # a second round, register by register (diplomatic, military, court, labour, humanitarian, trade)
    ("press", "charge"): Sense("ACCUSE", None),
    ("file", "suit"): Sense("ACCUSE", None),
    ("make", "allegation"): Sense("ACCUSE", None),
    ("lay", "blame"): Sense("ACCUSE", None),
    ("pin", "blame"): Sense("ACCUSE", None),
    ("level", "criticism"): Sense("ACCUSE", None),
    ("haul", "coal"): Sense("ACCUSE", None),
    ("issue", "indictment"): Sense("ACCUSE", None),
    ("submit", "proposal"): Sense("AGREE", None),
    ("present", "proposal"): Sense("AGREE", None),
    ("give", "word"): Sense("AGREE", None),
    ("pump", "money"): Sense("AID", None),
    ("inject", "capital"): Sense("AID", None),
    ("pick", "tab"): Sense("AID", None),
    ("plant", "bomb"): Sense("ASSAULT", None),
    ("launch", "strike"): Sense("ASSAULT", None),
    ("hold", "custody"): Sense("COERCE", None),
    ("strip", "citizenship"): Sense("COERCE", None),
    ("give", "way"): Sense("CONCEDE", None),
    ("grant", "demand"): Sense("CONCEDE", None),
    ("quash", "conviction"): Sense("CONCEDE", None),
    ("overturn", "conviction"): Sense("CONCEDE", None),
    ("lift", "embargo"): Sense("CONCEDE", None),
    ("ease", "sanction"): Sense("CONCEDE", None),
    ("reopen", "border"): Sense("CONCEDE", None),
    ("reopen", "crossing"): Sense("CONCEDE", None),
    ("admit", "defeat"): Sense("CONCEDE", None),
    ("throw", "towel"): Sense("CONCEDE", None),
    ("attend", "summit"): Sense("CONSULT", None),
    ("attend", "conference"): Sense("CONSULT", None),
    ("receive", "minister"): Sense("CONSULT", None),
    ("touch", "base"): Sense("CONSULT", None),
    ("compare", "note"): Sense("CONSULT", None),
    ("resume", "shipment"): Sense("COOPERATE", None),
    ("form", "coalition"): Sense("COOPERATE", None),
    ("deepen", "partnership"): Sense("COOPERATE", None),
    ("activate", "reservist"): Sense("MOBILIZE", None),
    ("increase", "presence"): Sense("MOBILIZE", None),
    ("test", "missile"): Sense("MOBILIZE", None),
    ("fill", "street"): Sense("PROTEST", None),
    ("hit", "street"): Sense("PROTEST", None),
    ("throw", "stone"): Sense("PROTEST", None),
    ("refuse", "food"): Sense("PROTEST", None),
    ("form", "chain"): Sense("PROTEST", None),
    ("bar", "entry"): Sense("REJECT", None),
    ("use", "veto"): Sense("REJECT", None),
    ("exercise", "veto"): Sense("REJECT", None),
    ("withhold", "approval"): Sense("REJECT", None),
    ("withhold", "recognition"): Sense("REJECT", None),
    ("block", "nomination"): Sense("REJECT", None),
    ("stand", "ground"): Sense("REJECT", None),
    ("file", "request"): Sense("REQUEST", None),
    ("lodge", "application"): Sense("REQUEST", None),
    ("submit", "application"): Sense("REQUEST", None),
    ("make", "plea"): Sense("REQUEST", None),
    ("pile", "pressure"): Sense("REQUEST", None),
    ("exert", "pressure"): Sense("REQUEST", None),
    ("increase", "pressure"): Sense("REQUEST", None),
    ("renounce", "violence"): Sense("RETREAT", None),
    ("destroy", "stockpile"): Sense("RETREAT", None),
    ("end", "occupation"): Sense("RETREAT", None),
    ("hand", "power"): Sense("RETREAT", None),
    ("transfer", "power"): Sense("RETREAT", None),
    ("slash", "aid"): Sense("SANCTION", None),
    ("pull", "funding"): Sense("SANCTION", None),
    ("break", "tie"): Sense("SANCTION", None),
    ("cut", "relation"): Sense("SANCTION", None),
    ("shut", "embassy"): Sense("SANCTION", None),
    ("voice", "solidarity"): Sense("SUPPORT", None),
    ("show", "solidarity"): Sense("SUPPORT", None),
    ("offer", "congratulation"): Sense("SUPPORT", None),
    ("express", "sympathy"): Sense("SUPPORT", None),
    ("offer", "apology"): Sense("SUPPORT", None),
    ("forge", "tie"): Sense("SUPPORT", None),
    ("exchange", "ambassador"): Sense("SUPPORT", None),
    ("present", "credential"): Sense("SUPPORT", None),
    ("accept", "credential"): Sense("SUPPORT", None),
    ("grant", "recognition"): Sense("SUPPORT", None),
    ("heal", "rift"): Sense("SUPPORT", None),
    ("mend", "tie"): Sense("SUPPORT", None),
    ("level", "threat"): Sense("THREATEN", None),
    ("promise", "retaliation"): Sense("THREATEN", None),
    ("swear", "revenge"): Sense("THREATEN", None),
    # a third round: frequent wire verbs and their near-synonyms
    ("express", "outrage"): Sense("ACCUSE", None),
    ("express", "dismay"): Sense("ACCUSE", None),
    ("reach", "consensus"): Sense("AGREE", None),
    ("give", "consent"): Sense("AGREE", None),
    ("deliver", "supply"): Sense("AID", None),
    ("offer", "shelter"): Sense("AID", None),
    ("carry", "strike"): Sense("ASSAULT", None),
    ("launch", "drone"): Sense("ASSAULT", None),
    ("conduct", "raid"): Sense("COERCE", None),
    ("concede", "election"): Sense("CONCEDE", None),
    ("ease", "curb"): Sense("CONCEDE", None),
    ("lift", "lockdown"): Sense("CONCEDE", None),
    ("reopen", "airspace"): Sense("CONCEDE", None),
    ("offer", "concession"): Sense("CONCEDE", None),
    ("have", "call"): Sense("CONSULT", None),
    ("deepen", "tie"): Sense("COOPERATE", None),
    ("join", "coalition"): Sense("COOPERATE", None),
    ("establish", "partnership"): Sense("COOPERATE", None),
    ("strengthen", "tie"): Sense("COOPERATE", None),
    ("expand", "tie"): Sense("COOPERATE", None),
    ("form", "bloc"): Sense("COOPERATE", None),
    ("boost", "defence"): Sense("MOBILIZE", None),
    ("stage", "blockade"): Sense("PROTEST", None),
    ("launch", "hunger strike"): Sense("PROTEST", None),
    ("boycott", "vote"): Sense("PROTEST", None),
    ("boycott", "session"): Sense("PROTEST", None),
    ("end", "hostility"): Sense("RETREAT", None),
    ("cut", "supply"): Sense("SANCTION", None),
    ("impose", "levy"): Sense("SANCTION", None),
    ("close", "mission"): Sense("SANCTION", None),
    ("return", "ambassador"): Sense("SUPPORT", None),
    ("reaffirm", "support"): Sense("SUPPORT", None),
    ("adopt", "resolution"): Sense("SUPPORT", None),
    ("pass", "resolution"): Sense("SUPPORT", None),
    ("appoint", "ambassador"): Sense("SUPPORT", None),
    ("lay", "wreath"): Sense("SUPPORT", None),
    ("flex", "muscle"): Sense("THREATEN", None),
    ("set", "deadline"): Sense("THREATEN", None),
    ("promise", "response"): Sense("THREATEN", None),
    ("sound", "alarm"): Sense("THREATEN", None),
    ("give", "deadline"): Sense("THREATEN", None),
    ("vow", "response"): Sense("THREATEN", None),
    ("vow", "punishment"): Sense("THREATEN", None),
    ("show", "muscle"): Sense("THREATEN", None),
    ("take", "effect"): Sense(None),  # "the law took effect": its subject's act, if any, is the event
    ("halt", "advance"): Sense("ASSAULT", None),
    ("halt", "offensive"): Sense("ASSAULT", None),
    ("halt", "attack"): Sense("ASSAULT", None),
    ("stop", "advance"): Sense("ASSAULT", None),
    # weapons thrown, sprayed or dropped, and gas let loose, are an attack
    **_pairs(("hurl", "lob", "throw", "fling"), WEAPONS_THROWN, Sense("ASSAULT", None)),
    **_pairs(
        "drop", ("bomb", "bombs", "barrel bomb", "barrel bombs", "explosive", "explosives"), Sense("ASSAULT", "aerial")
    ),
    **_pairs(
        "plant",
        ("bomb", "device", "mine", "mines", "explosive", "explosives", "landmine"),
        Sense("ASSAULT", "explosives"),
    ),
    **_pairs(
        ("release", "unleash", "use"), ("gas", "sarin", "chlorine", "toxin", "nerve agent"), Sense("ASSAULT", None)
    ),
    **_pairs("exchange", ("fire", "gunfire", "shot", "shots", "blow", "blows", "artillery"), Sense("ASSAULT", None)),
    # information handed to another state's services is intelligence or judicial cooperation (CAMEO 063, 064)
    **_pairs(
        ("supply", "provide", "pass", "hand", "hand over", "turn over", "give", "share", "send"),
        SHARED_INFORMATION,
        Sense("COOPERATE", None),
    ),
    # public goods withheld from a population (the PLOVER manual's COERCE "withhold")
    **_pairs(
        ("cut", "cut off", "sever", "halt", "shut off", "switch off", "suspend", "disconnect"),
        UTILITIES,
        Sense("COERCE", "withhold"),
    ),
    **_pairs(
        ("tighten", "extend", "reinforce"),
        ("blockade", "siege", "curfew", "restrictions", "cordon"),
        Sense("COERCE", "restrict"),
    ),
    **_pairs(
        ("withdraw", "suspend", "cancel"),
        ("accreditation", "licence", "license", "citizenship", "passport", "registration", "permit", "credentials"),
        Sense("COERCE", "restrict"),
    ),
    **_pairs(
        ("step up", "boost", "raise", "heighten", "increase"),
        ("alert status", "alert level", "security"),
        Sense("MOBILIZE", "police"),
    ),
    **_pairs(
        ("activate", "call up", "call out", "reintroduce", "deploy"),
        (
            "guard",
            "national guard",
            "reservist",
            "reservists",
            "reserve",
            "reserves",
            "conscription",
            "battalion",
            "battalions",
        ),
        Sense("MOBILIZE", "troops"),
    ),
    **_pairs(
        ("scramble", "stand up", "push", "rush", "move"),
        (
            "jet",
            "jets",
            "fighter",
            "fighters",
            "division",
            "divisions",
            "battalion",
            "battalions",
            "brigade",
            "brigades",
            "artillery",
            "armour",
            "armor",
            "tank",
            "tanks",
        ),
        Sense("MOBILIZE", "troops"),
    ),
    **_pairs(
        ("drum up", "muster", "rally", "mobilize", "mobilise", "marshal"),
        ("support", "backing"),
        Sense("SUPPORT", None),
    ),
    **_pairs(
        ("upgrade", "elevate", "raise", "restore"), ("ties", "relations", "interests section"), Sense("SUPPORT", None)
    ),
    **_pairs(("affix", "put"), ("signature", "signatures", "pen", "name"), Sense("SUPPORT", None)),
    **_pairs(
        ("voice", "express"),
        ("displeasure", "dismay", "outrage", "indignation", "disapproval"),
        Sense("ACCUSE", "disapprove"),
    ),
    **_pairs(
        ("deliver", "hand", "send", "lodge"),
        ("note verbale", "protest note", "note of protest"),
        Sense("ACCUSE", "disapprove"),
    ),
    **_pairs(("bring", "file", "lodge"), ("claim", "lawsuit", "suit", "case", "complaint"), Sense("ACCUSE", "allege")),
    **_pairs(
        "draw",
        ("rebuke", "condemnation", "criticism", "protest", "protests", "ire", "fire"),
        Sense("ACCUSE", "disapprove"),
    ),
    **_pairs("down", "tool", Sense("PROTEST", "strike")),
    **_pairs(
        ("pull", "pull out", "withdraw", "bring home", "recall"),
        (
            "observer",
            "observers",
            "peacekeeper",
            "peacekeepers",
            "monitor",
            "monitors",
            "envoy",
            "aid workers",
            "staff",
            "experts",
            "personnel",
        ),
        Sense("SANCTION", "withdraw"),
    ),
    **_pairs(
        ("halt", "suspend", "stop", "freeze", "give up"),
        ("mediation", "talks", "negotiations", "dialogue", "efforts", "role"),
        Sense("SANCTION", "withdraw"),
    ),
    **_pairs(
        ("scale back", "scale down", "wind down", "curtail"),
        ("cooperation", "operations", "presence", "ties", "relations", "aid", "assistance"),
        Sense("SANCTION", "discontinue"),
    ),
    **_pairs("pull", "plug", Sense("SANCTION", "discontinue")),
    **_pairs("wind up", ("presence", "mission", "deployment"), Sense("RETREAT", "withdraw")),
    **_pairs(("write off", "forgive", "cancel"), ("debt", "debts", "arrears", "loan", "loans"), Sense("AID", None)),
    **_pairs(("pick up", "foot"), ("bill", "tab", "cost", "costs"), Sense("AID", None)),
    **_pairs(
        ("pitch", "erect", "set up"),
        ("tent", "tents", "camp", "camps", "shelter", "shelters", "hospital"),
        Sense("AID", None),
    ),
    **_pairs(
        ("ferry", "truck", "fly", "airlift", "rush", "drop", "deliver", "ship", "carry"),
        RELIEF_CARGO,
        Sense("AID", None),
    ),
    # emergency rule, bans, sanctions and monopolies ended are concessions (CAMEO 081, 083, 085 as the GSR codes them)
    **_pairs(
        ("revoke", "suspend", "end", "rescind"),
        (
            "state of emergency",
            "emergency",
            "martial law",
            "curfew",
            "sanctions",
            "sanction",
            "embargo",
            "trade embargo",
            "exile orders",
            "travel ban",
        ),
        Sense("CONCEDE", None),
    ),
    **_pairs(
        ("lift", "scrap", "abolish", "repeal"),
        ("exile orders", "orders", "monopoly", "quotas", "quota", "restrictions", "requirement"),
        Sense("CONCEDE", None),
    ),
    **_pairs("restore", ("guarantees", "freedoms", "liberties", "constitutional guarantees"), Sense("CONCEDE", None)),
    **_pairs("end", ("blockade", "naval blockade", "siege"), Sense("RETREAT", "withdraw")),
    **_pairs(
        ("dismiss", "sack", "replace", "remove"),
        (
            "cabinet",
            "government",
            "minister",
            "ministers",
            "chief",
            "head",
            "commander",
            "governor",
            "prosecutor",
            "prime minister",
        ),
        Sense("CONCEDE", None),
    ),
    **_pairs("offer", ("troops", "soldiers", "help", "assistance", "aid", "peacekeepers"), Sense("AGREE", None)),
    **_pairs(
        ("decree", "proclaim"),
        ("state of emergency", "emergency", "martial law", "curfew"),
        Sense("COERCE", "restrict"),
    ),
    **_pairs(("begin", "start", "launch", "stage"), ("fast", "hunger strike"), Sense("PROTEST", "hunger")),
    **_pairs(
        ("turn in", "hand in", "surrender", "give up", "lay down"),
        ("weapons", "rifles", "arms", "guns", "grenades", "mortars"),
        Sense("RETREAT", "disarm"),
    ),
    **_pairs(
        ("halt", "suspend", "stop", "cease"),
        ("operations", "military operations", "armed operations", "hostilities", "fighting"),
        Sense("RETREAT", "ceasefire"),
    ),
    **_pairs(
        ("send home", "send back", "repatriate"),
        ("prisoners", "prisoners of war", "pows", "detainees"),
        Sense("RETREAT", "release"),
    ),
    **_pairs(("give up", "relinquish"), ("monopoly",), Sense("CONCEDE", None)),
    **_pairs("deposit", ("instrument", "instruments"), Sense("SUPPORT", None)),  # of ratification or accession
    **_pairs("upgrade", ("mission", "legation", "office"), Sense("SUPPORT", None)),
    # transport links and trade opened between two states are economic cooperation (CAMEO 061)
    **_pairs(
        ("launch", "start", "open", "restart", "restore", "inaugurate"),
        (
            "service",
            "bus service",
            "rail link",
            "link",
            "links",
            "flights",
            "cargo flights",
            "trade zone",
            "rail service",
            "ferry service",
            "air links",
        ),
        Sense("COOPERATE", None),
    ),
    **_pairs(
        ("step up", "increase", "expand", "intensify"),
        ("exchange", "sharing", "intelligence sharing"),
        Sense("COOPERATE", None),
    ),
    # arms given to a side are military aid (CAMEO 072)
    **_pairs(
        ("fly", "airlift", "ship", "send", "deliver", "supply"), ("arms", "ammunition", "weapons"), Sense("AID", None)
    ),
    # civilians taken out of danger are helped; a force pulling out of a position retreats
    **_pairs(
        "evacuate",
        (
            "foreigners",
            "nationals",
            "civilians",
            "residents",
            "villagers",
            "people",
            "citizens",
            "wounded",
            "children",
            "tourists",
        ),
        Sense("AID", None),
    ),
    **_pairs(
        ("stop", "halt", "suspend", "cut"),
        ("deliveries", "oil deliveries", "shipments", "exports"),
        Sense("SANCTION", "discontinue"),
    ),
    **_pairs(("hold", "keep"), ("talks", "contacts"), Sense("CONSULT", None)),
}


__all__ = ["CONCEDED_MEASURES", "LIGHT_OVERRIDES", "MISSION_PEOPLE", "RELIEF_GOODS"]
