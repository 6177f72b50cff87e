"""Which PLOVER sense a verb or an event noun carries in its clause, and where its arguments sit in the parse.

The lookups the clause reader (clauses.py) and the model's features (features.py) share: the verb's lemma as
the lexicon knows it, phrasal and light-verb readings ("pulled out", "launched an offensive"), subjects,
objects, passive agents and the complement a frame verb governs.
"""

from __future__ import annotations

from spacy.tokens import Token

from annalist.events.layout import is_skipped
from annalist.events.lexicon import (
    DIRECTIVE_SPEECH,
    GENERIC_EVENT_HEADS,
    LIGHT_VERBS,
    NEGATIONS,
    NOUN_TRIGGERS,
    VERB_ACTS,
    Sense,
    has_phrasal,
    other_spelling,
    verb_sense,
)
from annalist.events.phrases import LIGHT_OVERRIDES, PREPOSITION_SENSES

SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
# Particles the parser may attach as a preposition or adverb: "pulled out of", "fell back", "called for".
SPLIT_PARTICLES = frozenset({"out", "back", "down", "for", "on", "upon", "off", "up", "away", "free"})
OBJECTS = frozenset({"dobj", "obj", "attr", "oprd"})


def children(token: Token, deps: frozenset[str] | set[str]) -> list[Token]:
    return [c for c in token.children if c.dep_ in deps]


def subject_of(verb: Token, inherited: Token | None) -> tuple[Token | None, bool]:
    """The clause's grammatical subject and whether the clause is passive."""
    for child in verb.children:
        if is_skipped(child.i, verb.doc):
            continue  # a heading glued to the sentence is no subject of its verb
        if child.dep_ == "nsubjpass":
            return child, True
        if child.dep_ in {"nsubj", "expl"} and child.dep_ != "expl":
            return child, False
        if child.dep_ == "csubj" and child.lower_ == "visiting":  # "Visiting Foreign Minister X discussed": misparsed
            visitor = next((g for g in child.children if g.dep_ == "dobj"), None)
            if visitor is not None:
                return visitor, False
    if verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"}:
        return subject_of(verb.head, inherited)
    return inherited, False


def agent_of(verb: Token) -> Token | None:
    """The 'by' agent of a passive verb ("was captured by the MEK")."""
    for child in verb.children:
        if child.dep_ == "agent":
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    return grandchild
                if grandchild.dep_ == "pcomp" and grandchild.tag_ == "VBG":  # "by striking farmers", misparsed
                    return next((g for g in grandchild.children if g.dep_ == "dobj"), None)
    return None


def particle_of(verb: Token) -> str | None:
    """The verb's particle; else a preposition or adverb the parser split off a phrasal verb of the lexicon
    ("pulled out of", "fell back to", "called for help", "voted down a bill")."""
    for child in verb.children:
        if child.dep_ == "prt":
            return child.lower_
    lemma = verb_lemma(verb)
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if after is not None and after.tag_ == "RP" and has_phrasal(lemma, after.lower_):
        return after.lower_  # "handed over 13 hostages": the particle parsed into the object's count
    for child in verb.children:
        # "protested against X" stays a protest: only particle-like words complete a phrasal verb here
        if child.dep_ in {"prep", "advmod"} and child.lower_ in SPLIT_PARTICLES and has_phrasal(lemma, child.lower_):
            if any(g.ent_type_ in {"DATE", "TIME"} for g in child.children):
                continue  # "called the premier on Thursday": a date, not "call on"
            return child.lower_
    return None


def preposition_sense(verb: Token, lemma: str) -> Sense | None:
    """The sense a verb takes from its preposition's object ("took to the streets"), also behind a particle the
    parser read as a preposition ("pulled out of the talks")."""
    preps = [c for c in verb.children if c.dep_ == "prep"]
    for child in [*preps, *(g for p in preps if p.lower_ in SPLIT_PARTICLES for g in p.children if g.dep_ == "prep")]:
        for pobj in (g for g in child.children if g.dep_ == "pobj"):
            sense = PREPOSITION_SENSES.get((lemma, child.lower_, pobj.lemma_.lower()))
            sense = sense or PREPOSITION_SENSES.get((lemma, child.lower_, "*"))
            if sense is not None:
                return sense
    return None


def between_sides(head: Token) -> list[Token]:
    """The sides of a mutual act named by "between X and Y" ("fighting between the army and the militia")."""
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ == "between":
            pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if pobj is not None:
                return [pobj, *pobj.conjuncts]
    return []


def is_directive(verb: Token) -> bool:
    """ "told Washington to stop ...": a reporting verb with an addressee and a "to" infinitive gives an order."""
    if verb_lemma(verb) not in DIRECTIVE_SPEECH:
        return False
    complement = next((c for c in verb.children if c.dep_ in {"xcomp", "ccomp"}), None)
    if complement is None:  # "pushed Kyiv to hold elections", parsed as a purpose clause
        complement = next((c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VB"), None)
    if complement is None or not any(c.dep_ == "aux" and c.lower_ == "to" for c in complement.children):
        return False
    return direct_object(verb) is not None or any(c.dep_ in SUBJECTS for c in complement.children)


def direct_object(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in OBJECTS and not is_skipped(child.i, verb.doc):
            return child
    return None


def noun_key(noun: Token) -> str:
    """The event noun's lookup key, with a compound modifier when the table has it ("suicide bombing")."""
    for child in noun.lefts:
        if child.dep_ in {"compound", "amod"}:
            for key in (f"{child.lower_} {noun.lower_}", f"{child.lower_} {noun.lemma_.lower()}"):  # "air strikes"
                if key in NOUN_TRIGGERS:
                    return key
    doc = noun.doc
    if noun.i >= 2 and doc[noun.i - 1].text == "-":  # "sit-in", "walk-out": split at the hyphen by the tokenizer
        hyphenated = f"{doc[noun.i - 2].lower_}-{noun.lower_}"
        if hyphenated in NOUN_TRIGGERS:
            return hyphenated
    for word in (noun.lemma_.lower(), noun.lower_):
        for spelling in (word, *other_spelling(word)):  # "normalisation" finds "normalization"
            if spelling in NOUN_TRIGGERS:
                return spelling
    return noun.lower_


def event_noun(noun: Token, depth: int = 0) -> tuple[Token, str] | None:
    """The event noun a phrase names: itself, or through a general head ("a mediation effort", "days of strikes")."""
    key = noun_key(noun)
    general = noun.lemma_.lower() in GENERIC_EVENT_HEADS or noun.lower_ in GENERIC_EVENT_HEADS or noun.like_num
    if key in NOUN_TRIGGERS and not general:
        return None if noun.ent_type_ in {"DATE", "TIME"} else (noun, key)  # "in March": a month, not a march
    if not general or depth > 1:
        return None
    for child in noun.lefts:
        if child.dep_ in {"compound", "amod", "nmod"} and noun_key(child) in NOUN_TRIGGERS:
            return child, noun_key(child)
    for child in noun.rights:
        if child.dep_ == "prep" and child.lower_ in {"of", "in"}:
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    return event_noun(grandchild, depth + 1)
    return None


def verb_lemma(verb: Token) -> str:
    """The verb's lemma; when the lemmatizer missed ("staged" -> "stag"), a stem the lexicon knows."""
    lemma = verb.lemma_.lower()
    if verb_sense(lemma) is not None or lemma in LIGHT_VERBS:
        return lemma
    word = verb.lower_
    candidates: list[str] = []
    if word.endswith("ed"):  # "staged" -> stage, "shelled" -> shell, "planned" -> plan (a doubled consonant only)
        candidates = [word[:-1], word[:-2], *([word[:-3]] if len(word) > 4 and word[-3] == word[-4] else [])]
    elif word.endswith("ing"):
        candidates = [word[:-3] + "e", word[:-3], word[:-4]]
    elif word.endswith("s"):
        candidates = [word[:-1], word[:-2]]
    return next((c for c in candidates if verb_sense(c) is not None or c in LIGHT_VERBS), lemma)


# Light verbs whose event noun follows a preposition ("went on strike", "engaged in talks").
PREP_LIGHT_VERBS = frozenset({"go", "engage", "participate", "enter", "embark", "resort", "join", "take"})


def light_object(verb: Token, lemma: str) -> Token | None:
    obj = direct_object(verb) or _passive_event_subject(verb, lemma)
    if obj is not None and lemma == "take" and obj.lemma_.lower() == "part":
        obj = None  # "took part in the talks": the talks, after "in", are the event
    if obj is not None or lemma not in PREP_LIGHT_VERBS:
        return obj
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in {"on", "in", "into"}:
            for grandchild in child.children:
                if grandchild.dep_ == "pobj" and event_noun(grandchild) is not None:
                    return grandchild
    return None


def _passive_event_subject(verb: Token, lemma: str) -> Token | None:
    """ "A curfew was imposed", "sanctions were lifted": a passive light verb's event noun is its subject."""
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is None or is_skipped(subject.i, verb.doc):
        return None
    overridden = (lemma, subject.lemma_.lower()) in LIGHT_OVERRIDES or (lemma, subject.lower_) in LIGHT_OVERRIDES
    return subject if overridden or (lemma in LIGHT_VERBS and event_noun(subject) is not None) else None


# Territorial verbs that, in the simple present, describe who holds what rather than report a taking.
STATE_VERBS = frozenset({"control", "occupy", "hold"})
# People whose welcome is a reception, not an endorsement.
VISITORS = frozenset(
    {"president", "premier", "minister", "king", "queen", "leader", "delegation", "envoy", "counterpart", "pope",
     "chancellor", "emir", "prince", "secretary", "ambassador", "visitor", "guest"}
)  # fmt: skip
# Objects that, charged at, are a crowd being attacked rather than a person being indicted.
CHARGED_CROWDS = frozenset({"crowd", "crowds", "protester", "protesters", "demonstrator", "demonstrators", "marcher",
                            "marchers", "mob", "students", "rioters"})  # fmt: skip


def _secondary_predicate(verb: Token, lemma: str) -> Sense | None:
    """Verbs whose sense is set by a word beside the object: "held 240 people hostage" (ASSAULT abduct), "held
    Moscow responsible" (ACCUSE), "police charged the demonstrators" (ASSAULT, not an indictment); and an act
    done "jointly" that the lexicon does not know is a cooperation."""
    if lemma in STATE_VERBS and verb.tag_ in {"VBZ", "VBP"}:
        return Sense(None)  # "the RSF, which control most of Darfur": holding ground now is a state, not an act
    words = {c.lower_ for c in verb.children if c.dep_ in {"oprd", "dobj", "advmod", "acomp", "xcomp", "npadvmod"}}
    if lemma == "hold" and words & {"hostage", "captive", "hostages", "captives"}:
        return Sense("ASSAULT", "abduct")
    if lemma == "leave" and words & {"dead", "wounded", "injured", "homeless", "missing"}:
        return Sense(None)  # "the bombing left nine people dead": the subject's act is the event
    if lemma == "hold" and words & {"responsible", "accountable", "liable"}:
        return Sense("ACCUSE", "allege")
    as_objects = {g.lemma_.lower() for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children}
    if lemma in {"hold", "use"} and "shield" in as_objects:
        return Sense("ASSAULT", "abduct")  # "holding refugees as human shields" (CAMEO 184)
    obj = direct_object(verb)
    with_phrase = any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children)
    if lemma == "charge" and obj is not None and (obj.lemma_.lower() in CHARGED_CROWDS or obj.lower_ in CHARGED_CROWDS):
        return None if with_phrase else Sense("ASSAULT", "beat")
    money = obj is not None and (obj.ent_type_ == "MONEY" or any(c.tag_ == "$" for c in obj.children))
    if lemma in {"give", "grant", "provide", "extend", "lend", "transfer", "channel", "send"} and money:
        return Sense("AID", None)  # "gave Ukraine $4.5 billion in budget support": money given is aid
    guest = obj.ent_type_ == "PERSON" or obj.lemma_.lower() in VISITORS if obj is not None else False
    if lemma == "welcome" and guest:
        return Sense("CONSULT", "visit")  # "welcomed the Turkish president in Samarkand" hosts a visit
    adverbs = {c.lower_ for c in verb.children if c.dep_ == "advmod"}
    if adverbs & {"forcibly", "forcefully"} and lemma in {"repatriate", "return", "send", "move", "relocate", "remove"}:
        return Sense("COERCE", "deport")  # "forcibly repatriated 51 boat people"
    if lemma == "declare" and any(t.lower_ == "grata" for t in verb.subtree):
        return Sense("SANCTION", "expel")  # "declared two diplomats persona non grata"
    if lemma == "invite" and _invited_to_meet(verb):
        return Sense("AGREE", None)  # an invitation to talks or a visit offers a meeting (CAMEO 036)
    # the object or what it is "on" or "of" ("started work on a joint industrial park")
    things = [] if obj is None else [obj, *(g for c in obj.children if c.dep_ == "prep" for g in c.children)]
    joint = [t for t in things if t.lemma_.lower() not in NOUN_TRIGGERS and any(c.lower_ == "joint" for c in t.lefts)]
    if joint:
        return Sense("COOPERATE", None)  # "launched a joint programme", "started work on a joint industrial park"
    if any(c.dep_ == "advmod" and c.lower_ == "jointly" for c in verb.children) and verb_sense(lemma) is None:
        return Sense("COOPERATE", None)  # "Britain and Japan jointly developed a fighter jet"
    return None


MEETING_WORDS = frozenset({"talks", "visit", "summit", "meeting", "conference", "negotiations", "consultations"})


def _invited_to_meet(verb: Token) -> bool:
    """ "invited the prime minister to Oslo for talks", "invited the king for a state visit", "to visit Beijing"."""
    for child in verb.children:
        places = any(g.ent_type_ == "GPE" or {g.lemma_.lower(), g.lower_} & MEETING_WORDS for g in child.children)
        if child.dep_ == "prep" and child.lower_ in {"to", "for"} and places:
            return True
        if child.dep_ in {"xcomp", "advcl"} and child.lemma_.lower() in {"visit", "attend", "join", "hold"}:
            return True
    return False


ENTRY_BARRING_VERBS = frozenset({"bar", "ban", "block", "prevent", "stop", "forbid"})


def _bars_entry(verb: Token) -> bool:
    """ "barred two congresswomen from entering the country": a refusal of entry, not a domestic restriction."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"):
        if any(g.lemma_.lower() in {"enter", "entry", "entering"} for g in prep.children):
            return True
    return False


def resolve_sense(verb: Token) -> tuple[Sense | None, Token, str]:
    """The sense of a verb in its clause, the token that ends the trigger, and the rule that decided it."""
    lemma = verb_lemma(verb)
    predicate = _secondary_predicate(verb, lemma)
    if predicate is not None:
        return (predicate if predicate.type else None), verb, f"predicate:{lemma}"
    particle = particle_of(verb)
    obj = light_object(verb, lemma)
    if obj is not None:
        found = event_noun(obj)
        key = found[1] if found is not None else obj.lemma_.lower()
        phrasal = f"{lemma} {particle}" if particle else lemma  # "called off the summit" is not "called a summit"
        compound = found is not None and " " in key  # "imposed export restrictions": the compound decides
        override = (
            LIGHT_OVERRIDES.get((phrasal, key))
            or LIGHT_OVERRIDES.get((phrasal, obj.lemma_.lower()))
            or LIGHT_OVERRIDES.get((lemma, key))
            or (None if compound else LIGHT_OVERRIDES.get((lemma, obj.lemma_.lower())))
            or (None if compound else LIGHT_OVERRIDES.get((lemma, obj.lower_)))
        )
        if override is not None:
            return (override if override.type else None), obj, f"phrase:{lemma}+{key}"
        if lemma in LIGHT_VERBS and any(t.lower_ == "operation" for t in obj.subtree):
            return Sense("ASSAULT", None), obj, f"light:{lemma}+operation"
        if lemma in LIGHT_VERBS and found is not None:
            named = NOUN_TRIGGERS[key]
            return Sense(named.type, named.mode, "act", named.territorial), obj, f"light:{lemma}+{key}"
    if lemma in ENTRY_BARRING_VERBS and _bars_entry(verb):
        return Sense("REJECT", None), verb, f"bars-entry:{lemma}"  # PLOVER: barring entry is a refusal
    by_preposition = preposition_sense(verb, lemma)
    if by_preposition is not None:
        return by_preposition, verb, f"verb-prep:{lemma}"
    if is_directive(verb):
        return Sense("REQUEST", None, "frame"), verb, f"directive:{lemma}"
    sense = verb_sense(lemma, particle)
    speech = sense is not None and sense.kind == "speech" and complement_of(verb) is None
    if speech and lemma in VERB_ACTS and direct_object(verb) is not None:
        return VERB_ACTS[lemma], verb, f"verb:{lemma}"  # "recalled its ambassador" is an act, "recalled that" speech
    return sense, verb, f"verb:{lemma}"


def modals_of(verb: Token) -> set[str]:
    return {c.lower_ for c in verb.children if c.dep_ == "aux"} | (
        {"going"} if any(c.lower_ == "going" for c in verb.children) else set()
    )


def is_negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" or (c.lower_ in NEGATIONS and c.dep_ in {"neg", "advmod"}) for c in verb.children)


def complement_of(verb: Token) -> Token | None:
    """The clause a frame, speech or plan verb governs: xcomp/ccomp, or 'accused X of shelling' (prep+pcomp)."""
    for child in verb.children:
        if child.dep_ in {"xcomp", "ccomp"} and child.pos_ in {"VERB", "AUX"} and not is_skipped(child.i, verb.doc):
            return child
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in {"of", "for", "to", "against"}:
            for grandchild in child.children:
                if grandchild.dep_ == "pcomp" and grandchild.pos_ == "VERB":
                    return grandchild
    return None
