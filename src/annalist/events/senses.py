"""Which PLOVER sense a verb or an event noun carries in its clause, and where its arguments sit in the parse.

The lookups the clause reader (clauses.py) and the model's features (features.py) share: the verb's lemma as
the lexicon knows it, phrasal and light-verb readings ("pulled out", "launched an offensive"), subjects,
objects, passive agents and the complement a frame verb governs.
"""

from __future__ import annotations

from spacy.tokens import Token

from annalist.events.layout import is_skipped
from annalist.events.lexicon import (
    CROWD_HEADS,
    DIRECTIVE_SPEECH,
    GENERIC_EVENT_HEADS,
    LIGHT_VERBS,
    NEGATIONS,
    NOUN_TRIGGERS,
    RIOTER_HEADS,
    VERB_ACTS,
    Sense,
    has_phrasal,
    other_spelling,
    verb_sense,
)
from annalist.events.phrases import LIGHT_OVERRIDES, MISSION_PEOPLE
from annalist.events.prepositions import PREPOSITION_SENSES

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
    # "sprayed shoppers with automatic fire", "stripped 138 people of their citizenship": the parser may hang the
    # instrument or the thing taken on the object
    on_object = [g for c in verb.children if c.dep_ == "dobj" for g in c.children if g.dep_ == "prep"]
    on_object = [p for p in on_object if p.lower_ in {"with", "of"}]
    split = [g for p in preps if p.lower_ in SPLIT_PARTICLES for g in p.children if g.dep_ == "prep"]
    for child in [*preps, *split, *on_object]:
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


# Forms the lemmatizer turns into another lexicon verb: "raped" -> "rap" (criticise) instead of "rape".
MISREAD_LEMMAS = {"raped": "rape", "raping": "rape", "rapes": "rape"}


def verb_lemma(verb: Token) -> str:
    """The verb's lemma; when the lemmatizer missed ("staged" -> "stag"), a stem the lexicon knows."""
    word = verb.lower_
    if word in MISREAD_LEMMAS:
        return MISREAD_LEMMAS[word]
    lemma = verb.lemma_.lower()
    if verb_sense(lemma) is not None or lemma in LIGHT_VERBS:
        return lemma
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


# Verbs of a court's or a body's verdict: "found X guilty", "declared him liable".
VERDICT_VERBS = frozenset({"find", "declare", "pronounce", "judge", "rule"})
# One-word answers that make "said ..." an act: a refusal, an acceptance, an apology (CAMEO 055, SUPPORT).
SAID_ANSWERS: dict[str, Sense] = {
    "no": Sense("REJECT", None),
    "yes": Sense("AGREE", None),
    "sorry": Sense("SUPPORT", None),
}


# Nouns that put an act on the table without doing it: what they hold out is threatened when hostile, offered
# otherwise ("raised the spectre of an oil embargo", "held out the prospect of a fresh loan").
PROSPECT_NOUNS = frozenset({"prospect", "possibility", "spectre", "specter", "threat", "option", "idea"})
PROSPECT_VERBS = frozenset({"raise", "hold", "float", "dangle", "open"})
# Content types a prospect or a vow threatens rather than offers.
MENACING_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION", "PROTEST"})
# Plans and wishes denied with "no": "had no intention of stepping down" refuses.
REFUSED_INTENTIONS = frozenset({"intention", "plan", "plans", "desire", "interest", "wish"})
# Doers whose acts "demanding" or "to press for" something are protests: crowds, workers and the like.
PROTESTING_HEADS = frozenset(
    {"workers", "students", "teachers", "farmers", "miners", "doctors", "nurses", "employees", "inmates",
     "prisoners", "villagers", "traders", "merchants", "drivers", "unions", "activists", "supporters",
     "pensioners", "residents", "shopkeepers", "fishermen", "veterans", "refugees", "women", "youths"}
)  # fmt: skip
DEMAND_WORDS = frozenset({"demand", "press", "call", "protest", "chant", "clamour", "clamor", "insist"})


def _content_type(content: Token) -> str | None:
    """The PLOVER type of what a prospect, a hint or a door opened names: an event noun or a gerund's act."""
    if content.pos_ == "VERB":
        sense = verb_sense(verb_lemma(content), particle_of(content))
        if sense is not None:
            return sense.type if sense.kind in {"act", "frame"} else None
        obj = direct_object(content)  # "invoking emergency rule": the act the gerund's object names
        content = obj if obj is not None else content
    found = event_noun(content)
    return NOUN_TRIGGERS[found[1]].type if found is not None else None


def _held_out(verb: Token, lemma: str) -> Token | None:
    """What "raised the spectre of", "held out the prospect of", "hinted at", "opened the door to", "did not rule
    out" put forward, else None."""
    obj = direct_object(verb)
    preps = {c.lower_: c for c in verb.children if c.dep_ == "prep"}
    if lemma == "hint" and "at" in preps:
        return next((g for g in preps["at"].children if g.dep_ in {"pobj", "pcomp"}), None)
    if lemma == "rule" and particle_of(verb) == "out" and is_negated(verb):
        gerund = next((c for c in verb.children if c.dep_ in {"xcomp", "pcomp", "ccomp"} and c.tag_ == "VBG"), None)
        return gerund or obj
    if obj is None or lemma not in PROSPECT_VERBS:
        return None
    if lemma == "open" and obj.lemma_.lower() == "door":
        return next((g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children
                     if g.dep_ in {"pobj", "pcomp"}), None)  # fmt: skip
    if obj.lemma_.lower() not in PROSPECT_NOUNS:
        return None
    return next((g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                 if g.dep_ in {"pobj", "pcomp"}), None)  # fmt: skip


def _fixed_expression(verb: Token, lemma: str) -> Sense | None:
    """Readings carried by a fixed expression around the verb rather than by the verb's own sense."""
    held = _held_out(verb, lemma)
    held_type = _content_type(held) if held is not None else None
    if held_type is not None:
        return Sense("THREATEN", None) if held_type in MENACING_TYPES else Sense("AGREE", None)
    preps = [c for c in verb.children if c.dep_ == "prep"]
    objects = {
        w for c in preps for g in c.children if g.dep_ in {"pobj", "pcomp"} for w in (g.lemma_.lower(), g.lower_)
    }
    taken = direct_object(verb) is not None or any(c.dep_ == "nsubjpass" for c in verb.children)
    if taken and "questioning" in objects and any(c.lower_ == "for" for c in preps):
        return Sense("COERCE", "arrest")  # "hauled in for questioning", "taken away for questioning"
    called_for = any(
        c.dep_ in {"advcl", "ccomp"} and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
        for c in verb.children
    )
    if lemma == "call" and called_for:
        return Sense("REQUEST", None)  # "called on Sunday for the president to resign"
    infinitive = any(
        c.dep_ in {"xcomp", "advcl"} and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in verb.children
    )
    addressed = [g for c in preps if c.lower_ in {"on", "upon"} for g in c.children if g.dep_ == "pobj"]
    addressed = [g for g in addressed if g.ent_type_ not in {"DATE", "TIME"}]  # not "on Wednesday"
    if lemma == "call" and infinitive and addressed and particle_of(verb) is None:
        return Sense("REQUEST", None)  # "called on Myanmar's rulers on Monday to guarantee free speech"
    ultimatum = _ultimatum(verb) if lemma in {"give", "set"} else None
    if ultimatum is not None:
        return ultimatum
    own = verb_sense(lemma)
    if (
        any(c.lower_ == "in" for c in preps)
        and "protest" in objects
        and (own is None or own.type in {"COERCE", "ASSAULT"})
    ):
        return Sense("PROTEST", "demo")  # "closed their shops in protest at the rial's collapse"
    obj = direct_object(verb)
    denied = obj is not None and any(c.lower_ == "no" for c in obj.children)
    if lemma == "have" and obj is not None and obj.lemma_.lower() in REFUSED_INTENTIONS and denied:
        return Sense("REJECT", None)  # "had no intention of stepping down"
    if lemma == "have" and obj is not None and obj.lower_ == "none" and "of" in {c.lower_ for c in obj.children}:
        return Sense("REJECT", None)  # "would have none of Moscow's proposal"
    if lemma == "be" and any(c.lower_ == "out" and "question" in {t.lower_ for t in c.subtree} for c in preps):
        return Sense("REJECT", None)  # "an elected parliament was out of the question"
    massed = own is not None and own.type == "MOBILIZE" and lemma in {"mass", "gather", "assemble"}
    if (own is None or massed) and _protest_with_demand(verb):
        return Sense("PROTEST", "demo")
    return None


# Who, given hours to leave, is expelled (a sanction) rather than threatened.
EXPELLED_PEOPLE = frozenset(
    {"ambassador", "diplomat", "diplomats", "envoy", "attache", "consul", "consuls", "chargé", *MISSION_PEOPLE}
)


def _ultimatum(verb: Token) -> Sense | None:
    """ "gave Saddam Hussein 48 hours to leave Iraq", "gave Noriega until Friday to step down": a deadline with
    an act demanded is a threat; hours given to a foreign diplomat to leave are an expulsion."""
    deadline = [
        c for c in verb.children
        if (c.ent_type_ in {"TIME", "DATE"} and c.dep_ in {"npadvmod", "dobj"}) or (c.dep_ == "prep" and c.lower_ == "until")
    ]  # fmt: skip
    demanded = [
        t for t in (*verb.children, *(g for c in deadline for g in c.children))
        if t.dep_ in {"advcl", "xcomp", "relcl"} and any(a.dep_ == "aux" and a.lower_ == "to" for a in t.children)
    ]  # fmt: skip
    # "gave the rebels until Sunday to lay down their arms": the parser may hang "until" on the act demanded
    deadline += [c for t in demanded for c in t.children if c.dep_ in {"mark", "prep"} and c.lower_ == "until"]
    if not deadline or not demanded:
        return None
    party = next((c for c in verb.children if c.dep_ in {"dative", "dobj"} and c not in deadline), None)
    if demanded[0].lemma_.lower() == "leave" and party is not None and party.lemma_.lower() in EXPELLED_PEOPLE:
        return Sense("SANCTION", "expel")
    return Sense("THREATEN", None)


def _protest_with_demand(verb: Token) -> bool:
    """ "garment workers poured onto the streets demanding back pay": a crowd's act done to press a demand."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in {"hundreds", "thousands", "dozens", "scores", "tens"}:
        subject = next((g for c in subject.children if c.lower_ == "of" for g in c.children), subject)
    heads = PROTESTING_HEADS | CROWD_HEADS | RIOTER_HEADS
    if subject is None or not {subject.lower_, subject.lemma_.lower()} & heads:
        return False
    return any(
        c.dep_ in {"advcl", "xcomp"} and c.lemma_.lower() in DEMAND_WORDS and c.tag_ in {"VBG", "VB"}
        for c in verb.children
    )


def _says_joint(modifier: Token) -> bool:
    """ "joint", or a participle done "jointly" ("a jointly built railway")."""
    return modifier.lower_ == "joint" or any(g.lower_ == "jointly" for g in modifier.children)


def _said_answer(verb: Token) -> Sense | None:
    """ "said no to the plan", "said sorry": the answer word right after "said", closing its phrase (not the
    "no" of "said no one was hurt")."""
    doc = verb.doc
    answer = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    if answer is None or answer.lower_ not in SAID_ANSWERS:
        return None
    after = doc[answer.i + 1] if answer.i + 1 < len(doc) else None
    closed = after is None or after.pos_ in {"ADP", "PUNCT", "CCONJ"} or after.is_sent_start
    return SAID_ANSWERS[answer.lower_] if closed else None


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
    # "found the former ruler guilty", "was found guilty": a verdict (CAMEO 116); "let the sailors go": a release
    complements = {c.lower_ for c in verb.children if c.dep_ in {"ccomp", "oprd", "acomp", "xcomp", "intj"}}
    if lemma in VERDICT_VERBS and (words | complements) & {"guilty", "liable"}:
        return Sense("ACCUSE", "disapprove")
    if lemma == "let" and "go" in complements:
        return Sense("RETREAT", "release")
    freed = "free" in words | complements or any(
        g.lower_ == "free" for c in verb.children if c.dep_ == "dobj" for g in c.children
    )
    if lemma in {"set", "walk", "go"} and freed:
        return Sense("RETREAT", "release")  # "set free 22 policemen", "were set free", "walked free"
    answer = _said_answer(verb) if lemma == "say" else None
    expression = answer or _fixed_expression(verb, lemma)
    if expression is not None:
        return expression
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
    if lemma in {"welcome", "entertain"} and guest:
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
    # or where it is done: "began assembling jets at their joint plant"
    if (verb_sense(lemma) or Sense(None)).kind != "speech":  # a "joint statement" is said, not done together
        things += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in {"at", "in"} for g in c.children]
    joint = [t for t in things if t.lemma_.lower() not in NOUN_TRIGGERS and any(_says_joint(c) for c in t.lefts)]
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
        meeting = any(g.dep_ == "dobj" and g.lower_ in MEETING_WORDS for g in child.children)
        if child.dep_ in {"xcomp", "advcl"} and meeting:
            return True  # "invited the president to pay a state visit"
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


# Where a speaker says something: "said in a statement that ...", "said on television that ...".
STATEMENT_NOUNS = frozenset({"statement", "interview", "letter", "communique", "message", "speech", "television"})


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
    # "said in a statement that they were willing to meet": the that-clause hung on the statement
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in {"in", "on"}:
            for said_in in (g for g in child.children if g.dep_ == "pobj" and g.lemma_.lower() in STATEMENT_NOUNS):
                for clause in said_in.subtree:
                    if clause.dep_ in {"acl", "relcl", "ccomp"} and any(
                        m.dep_ == "mark" and m.lower_ == "that" for m in clause.children
                    ):
                        return clause
    return None
