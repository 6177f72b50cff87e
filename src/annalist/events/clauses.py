"""Reading one sentence's dependency parse into event drafts: trigger, type, modality, actor and recipient tokens.

Only the clause structure is decided here; actors are resolved to entities and dates/places attached later
(extractor.py). Every draft says which rule coded it, so a user can see why an event exists.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from annalist.events.actors import ACTOR_HEADS, COUNTERPARTS, FORCE_HEADS
from annalist.events.commitments import (
    COMMITMENT_MODALS,
    as_commitment,
    clause_marks,
    commitment_head,
    declared_commitment,
    made_to_pay,
    obligation,
    spoken,
    undertaking,
)
from annalist.events.drafts import Context, Draft
from annalist.events.layout import is_skipped
from annalist.events.lexicon import (
    CONDUIT_HEADS,
    FUTURE_MODALS,
    NOUN_TRIGGERS,
    OCCURRENCE_VERBS,
    VOW_VERBS,
    Sense,
    verb_sense,
)
from annalist.events.nominal import doer_named_by_agent, noun_agents, noun_patients, reported_noun_event
from annalist.events.ontology import HOSTILE_TYPES
from annalist.events.readings import (
    ENDORSABLE,
    across_the_border,
    expulsion,
    own_official,
    protective_purpose,
    verbal_attack,
    warns_of_others,
)
from annalist.events.senses import (
    MENACING_TYPES,
    OBJECTS,
    SUBJECTS,
    agent_of,
    between_sides,
    children,
    complement_of,
    direct_object,
    event_noun,
    is_negated,
    modals_of,
    resolve_sense,
    subject_of,
    verb_lemma,
)

# Verbs that only carry aspect or compulsion; their complement is the event ("began to shell", "was forced to").
ASPECT_VERBS = frozenset({"begin", "start", "continue", "resume", "manage", "proceed", "go", "keep", "force", "help"})
# Verbs whose object is a topic, not a party: "discussed the East Timor question with Portuguese officials".
TOPIC_VERBS = frozenset({"discuss", "debate", "negotiate", "consider", "review", "examine"})
# Verbs whose subject hosts a visit: their object is the visitor.
HOSTING_VERBS = frozenset({"receive", "host", "welcome"})
# Verbs that end an activity; ending a cooperative one is a sanction ("stopped lending to the regime").
CESSATION_VERBS = frozenset({"stop", "cease", "halt", "suspend", "quit", "discontinue"})
COOPERATIVE_TYPES = frozenset({"AID", "COOPERATE", "CONSULT", "SUPPORT"})
HYPOTHETICAL_MODALS = frozenset({"could", "might", "may", "can"})
# Reporting verbs that hint at what the speaker might do: a possibility they voice is an offer or a threat.
HINTING_VERBS = frozenset({"indicate", "signal", "hint"})
CONDITIONAL_MARKS = frozenset({"if", "unless", "whether", "lest"})
# Recipient prepositions by type; "against"/"on" mark the target of hostile acts.
RECIPIENT_PREPS: dict[str, frozenset[str]] = {
    "default": frozenset({"against", "on", "upon", "at"}),
    "CONSULT": frozenset({"with", "between"}),
    "AID": frozenset({"to", "for"}),
    "AGREE": frozenset({"with"}),
    "COOPERATE": frozenset({"with", "to"}),  # "extradited the suspect to France"
    "REQUEST": frozenset({"on", "upon", "to", "with"}),  # "pleaded with the United Nations"
    "ACCUSE": frozenset({"against"}),
    "SUPPORT": frozenset({"for", "with", "to"}),  # "expressed gratitude to India"
    "SANCTION": frozenset({"on", "against", "to", "for", "with"}),
    "RETREAT": frozenset({"from", "to"}),  # PLOVER: the party a withdrawal or a release yields to
}
INSTRUMENT_MODES: dict[str, str] = {
    "artillery": "heavy-weapons", "shell": "heavy-weapons", "shelling": "heavy-weapons", "tank": "heavy-weapons",
    "rocket": "heavy-weapons", "missile": "heavy-weapons", "mortar": "heavy-weapons",
    "aircraft": "aerial", "jet": "aerial", "warplane": "aerial", "helicopter": "aerial", "air": "aerial",
    "plane": "aerial", "drone": "drone", "bomb": "explosives", "mine": "explosives", "minefield": "explosives",
    "chemical": "unconventional", "gas": "unconventional", "suicide": "suicide-attack", "machete": "primitive",
    "knife": "primitive", "gun": "firearms", "rifle": "firearms",
}  # fmt: skip
SUPPORT_VERBS = frozenset({"support", "back", "aid", "assist", "accompany", "help", "join"})


def _recipient_tokens(head: Token, plover_type: str, exclude: Token | None) -> list[Token]:
    """Direct object and the type's recipient prepositions' objects (with their conjuncts)."""
    found: list[Token] = []
    preps = RECIPIENT_PREPS.get(plover_type, RECIPIENT_PREPS["default"])
    for child in head.children:
        if is_skipped(child.i, head.doc):
            continue
        if child.dep_ in {"dobj", "dative"} and (exclude is None or child.i != exclude.i):
            own = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in child.children)
            if not own or child.lemma_.lower() in COUNTERPARTS:
                found.append(child)  # "withdrew its troops": the actor's own forces are not a target
            # "providing photographs to Macedonia", "shared evidence with the U.S.": the partner hangs on the object
            found.extend(
                g
                for p in child.children
                if p.dep_ == "prep" and p.lower_ in preps
                for g in p.children
                if g.dep_ == "pobj"
            )
        elif child.dep_ == "prep" and child.lower_ in preps:
            found.extend(g for g in child.children if g.dep_ == "pobj")
    # a "to" phrase parsed as the dative ("providing images to Moldova") names its object
    found = [g for f in found for g in ([f] if f.pos_ != "ADP" else [c for c in f.children if c.dep_ == "pobj"])]
    return [t for f in found for t in (f, *f.conjuncts)]


def _purpose_targets(verb: Token) -> list[Token]:
    """'Fired tear gas to disperse the protesters': a hostile act's target is named by its purpose clause."""
    for child in verb.children:
        purpose = any(c.dep_ in {"aux", "mark"} and c.lower_ == "to" for c in child.children)
        if child.dep_ in {"xcomp", "advcl"} and child.pos_ == "VERB" and purpose:
            return [t for o in child.children if o.dep_ == "dobj" for t in (o, *o.conjuncts)]
    return []


def _supporters(verb: Token) -> list[Token]:
    """'..., supported by Iraqi forces': the supporting party acts in the event too (PLOVER compound actor)."""
    found: list[Token] = []
    for clause in verb.subtree:
        if clause.lemma_.lower() in SUPPORT_VERBS and clause.dep_ in {"advcl", "acl", "conj"} and clause.tag_ == "VBN":
            agent = agent_of(clause)
            if agent is not None:
                found += [agent, *agent.conjuncts]
    return found


def _assault_mode(sentence: Span, mode: str | None) -> str | None:
    """Refine an ASSAULT mode from the weapons named in the sentence, when the verb did not say."""
    if mode not in {None, "targeted"}:
        return mode
    for token in sentence:
        instrument = INSTRUMENT_MODES.get(token.lemma_.lower())
        if instrument:
            return instrument
    return mode


# Prepositions that order a participle's act before or beside the main one ("after occupying the town").
SEQUENCE_PREPS = frozenset({"after", "before", "upon", "on", "following", "while"})
# Durative states rather than events; a fallback does not code them from a prepositional phrase.
STATE_NOUNS = frozenset({"war", "warfare", "hostilities", "conflict", "insurgency", "violence", "bloodshed"})
# "Was halted at the gorge", "was stopped": an advance checked by force, the halted side its target.
CHECK_VERBS = frozenset({"halt", "stop", "check", "block", "contain"})
# What, checked, is a force being fought: an advance or attack, troops or a party (not a road blocked by farmers).
CHECKED_FORCES = frozenset(NOUN_TRIGGERS) | FORCE_HEADS | ACTOR_HEADS
# Undertakings whose that-clause may instead foretell another party's fate ("promised that Tehran would fall").
PROMISE_VERBS = frozenset({"promise", "pledge", "vow", "swear", "assure", "guarantee"})
# Frame verbs that with a bare "to" complement state an aim, not a request to anyone ("sought to expand").
AIM_VERBS = frozenset({"seek", "try", "attempt", "strive"})
# Views and hopes: what they are about is not reported as having happened ("saw the war as", "its dream of a war").
OPINION_VERBS = frozenset({"view", "see", "regard", "consider", "believe", "think", "imagine", "dream", "hope"})
OPINION_NOUNS = frozenset(
    {
        "idea", "belief", "assumption", "dream", "hope", "fear", "notion", "illusion", "prospect", "possibility",
        "vision", "view", "goal", "aim", "ambition", "expectation", "prediction", "proposal", "plan", "strategy",
        "thought", "scenario", "theory", "claim",
    }
)  # fmt: skip


def _is_opinion(token: Token) -> bool:
    if token.pos_ in {"NOUN"} and token.lemma_.lower() in OPINION_NOUNS:
        return True
    if token.pos_ not in {"VERB", "AUX"}:
        return False
    if token.lemma_.lower() in OPINION_VERBS:
        return True
    sense = verb_sense(verb_lemma(token))
    return sense is not None and sense.kind in {"predict", "propose"}


def _foretells_another(complement: Token, promiser: Token | None) -> bool:
    """A promise whose content is another party's future ("that Tehran would fall"), not the promiser's own act."""
    subject, _ = subject_of(complement, None)
    if (
        subject is None
        or subject.pos_ == "PRON"
        or complement.dep_ == "xcomp"
        or not modals_of(complement) & FUTURE_MODALS
    ):
        return False
    if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in subject.children):
        return False  # "promised that its troops would withdraw": the promiser's own forces
    return promiser is None or subject.lemma_ != promiser.lemma_


def _inherited_subject(verb: Token) -> Token | None:
    """Who does what a subjectless verb names: the noun an active participle modifies, else the governing subject."""
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        return (
            None  # "the peacekeepers killed in Mali": the noun suffered the act; the sentence's subject did not do it
        )
    if verb.dep_ == "acl" and verb.tag_ in {"VBD", "VBG"} and verb.head.pos_ in {"NOUN", "PROPN", "PRON"}:
        head = verb.head
        if head.lemma_.lower() in CONDUIT_HEADS and head.head.pos_ in {"VERB", "AUX"} and head.dep_ in OBJECTS:
            return subject_of(head.head, None)[0]  # "issued a statement demanding": the issuer demands
        return head
    return next((subject_of(a, None)[0] for a in verb.ancestors if a.pos_ in {"VERB", "AUX"}), None)


def _under_opinion_subject(token: Token) -> bool:
    """ "Their belief was that ... war": the content of a copula whose subject is an opinion noun."""
    for ancestor in token.ancestors:
        if ancestor.lemma_ == "be" and any(_is_opinion(c) for c in ancestor.children if c.dep_ in SUBJECTS):
            return True
    return False


class ClauseReader:
    """Walks one sentence's parse from its root and returns the event drafts it finds, the main one first."""

    def __init__(self, sentence: Span, max_depth: int = 6) -> None:
        self.sentence = sentence
        self.max_depth = max_depth

    def read(self) -> list[Draft]:
        root = self.sentence.root
        drafts = self.clause(root, Context()) if root.pos_ in {"VERB", "AUX"} else []
        if drafts:
            return drafts
        root_sense = resolve_sense(root)[0] if root.pos_ in {"VERB", "AUX"} else None
        if root_sense is not None and root_sense.kind in {"speech", "plan", "predict", "propose"}:
            return drafts  # a reported forecast or a plan that coded nothing was read and deliberately dropped
        return self._fallback()

    def _fallback(self) -> list[Draft]:
        """No clause from the root coded an event: the trigger nearest the root, verb or event noun, codes one."""
        by_depth = sorted(self.sentence, key=lambda t: (len(list(t.ancestors)), t.i))
        for token in by_depth:
            if is_skipped(token.i, token.doc):
                continue
            if any(_is_opinion(a) for a in (token, *token.ancestors)) or _under_opinion_subject(token):
                continue  # what a prediction, a proposal, a view or a hope is about is not an event
            if token.tag_ == "VBN" and token.dep_ in {"prep", "advcl", "mark"} and not children(token, SUBJECTS):
                continue  # "Given their importance, ...": a participle used as a preposition
            if token.pos_ in {"VERB", "AUX"} and token.dep_ not in {"amod", "compound"}:
                if resolve_sense(token)[0] is None:
                    continue
                drafts = self.clause(token, Context(subject=_inherited_subject(token), depth=self.max_depth - 2))
            elif token.pos_ in {"NOUN", "PROPN"} and token.dep_ not in {"compound", "amod"}:
                found = event_noun(token)
                if found is None or found[0].i != token.i:
                    continue
                if token.dep_ == "pobj" and found[1] in STATE_NOUNS:
                    continue  # "built its army around the war": a state of war named in passing is background
                drafts = [self._noun_event(token, found[1], "asserted", f"noun:{found[1]}", Context())]
            else:
                continue
            if drafts:
                return [replace(d, rule=f"fallback:{d.rule}", confidence=round(d.confidence * 0.7, 3)) for d in drafts]
        return []

    def _noun_event(
        self, noun: Token, key: str, modality: str, rule: str, ctx: Context, claimed_by: Token | None = None
    ) -> Draft:
        """An event named by a noun ("clashes broke out", "the Kurdish protest"): its modifiers are the actors,
        or who claimed it ("the assassination was claimed by al-Shabaab")."""
        sense = NOUN_TRIGGERS[key]
        assert sense.type is not None
        # "air" in "air strikes" is how, not who
        actors = [
            c
            for c in noun.lefts
            if c.dep_ in {"poss", "amod", "compound", "nmod"}
            and c.pos_ != "ADJ"
            and c.lemma_.lower() not in INSTRUMENT_MODES
        ]
        actors += [c for c in noun.lefts if c.dep_ == "amod" and c.ent_type_ in {"NORP", "GPE", "ORG"}]
        actors += [t for t in noun_agents(noun) if t not in actors]  # its "by" phrase; "the withdrawal of X"
        actors = [claimed_by] if claimed_by is not None else actors
        # "clashes (erupted) between X and Y", "peace talks between X and Y": both sides do it (X with its
        # conjuncts), unless a named party does it between them ("Egyptian-mediated talks between ...")
        sides = between_sides(noun) or (between_sides(noun.head) if noun.dep_ == "nsubj" else [])
        if sides and not any(c.ent_type_ or c.lemma_.lower() in ACTOR_HEADS for c in actors):
            actors = sides[:1]
        if not actors:
            verb = next((a for a in noun.ancestors if a.pos_ in {"VERB", "AUX"}), None)
            subject = subject_of(verb, None)[0] if verb is not None else None
            if subject is not None and subject.i != noun.i:
                actors = [subject]
        return Draft(
            trigger=noun,
            trigger_end=noun,
            type=sense.type,
            mode=_assault_mode(self.sentence, sense.mode) if sense.type == "ASSAULT" else sense.mode,
            modality=modality,
            rule=rule,
            confidence=0.55,
            actors=[t for a in actors for t in (a, *a.conjuncts)],
            recipients=[
                t for t in [*_recipient_tokens(noun, sense.type, exclude=None), *noun_patients(noun)] if t not in sides
            ],
            reporter=ctx.reporter,
        )

    def clause(self, verb: Token, ctx: Context) -> list[Draft]:
        if ctx.depth > self.max_depth:
            return []
        drafts: list[Draft] = []
        modality = self._modality(verb, ctx)
        subject, passive = subject_of(verb, ctx.subject)
        sense, trigger_end, rule = resolve_sense(verb)
        if sense is not None and sense.type == "MOBILIZE" and protective_purpose(verb):
            sense, rule = Sense("AID", "peacekeeping"), f"{rule}:to-protect"  # "flew 300 troops to Chad to protect"
        lemma = verb_lemma(verb)
        complement = complement_of(verb)
        deeper = replace(ctx, depth=ctx.depth + 1)
        unsaid = sense is None or sense.kind == "speech"  # "announced its intention to withdraw"
        declared = declared_commitment(verb) if unsaid and ctx.modality == "asserted" else None
        if declared is not None:
            inner = self.clause(declared, Context(modality="embedded", subject=subject, depth=ctx.depth + 1))
            if inner:
                promised = as_commitment(inner[0], declared, negated=is_negated(verb))
                return [replace(promised, rule=f"declared-commitment:{verb.lemma_.lower()}+{inner[0].rule}")]
        stopped = self._stopped_cooperation(verb, complement, subject, modality, ctx)
        if stopped is not None:
            return [stopped]
        reported = reported_noun_event(verb, subject, lemma)
        if reported is not None:  # "the expulsion of four diplomats by the government was announced"
            claimed_by = doer_named_by_agent(verb, lemma)
            rule = f"named:{reported[1]}+{lemma}"
            drafts.append(self._noun_event(reported[0], reported[1], modality, rule, ctx, claimed_by))
        elif sense is None or sense.kind == "noun":
            commitment = commitment_head(verb)
            target = complement if lemma in ASPECT_VERBS or lemma == "be" else None
            target = commitment or target
            named = event_noun(subject) if subject is not None and target is None else None
            if target is not None:
                drafts += self.clause(target, replace(deeper, modality=modality, subject=subject))
            elif named is not None and subject is not None and lemma in OCCURRENCE_VERBS:
                drafts.append(self._noun_event(named[0], named[1], modality, f"occurrence:{named[1]}+{lemma}", ctx))
        elif sense.kind == "speech":
            drafts += self._speech(verb, subject, complement, replace(deeper, modality=modality))
        elif sense.kind == "plan":
            if complement is not None:
                planned = "negated" if modality == "negated" else ("planned" if modality == "asserted" else modality)
                aims = self.clause(complement, replace(deeper, modality=planned, subject=subject))
                if lemma == "prepare" and modality == "asserted" and aims and aims[0].type == "ASSAULT":
                    # "the army prepared to resume shelling": the preparation is a show of force, done now
                    drafts.append(replace(aims[0], trigger=verb, type="MOBILIZE", mode="troops", modality=modality,
                                          rule=f"prepare+{aims[0].rule}", territorial=False, place_tokens=[]))  # fmt: skip
                drafts += aims
        elif sense.kind in {"predict", "propose"}:
            return []  # neither a prediction nor a proposal is an event, nor what it predicts or proposes
        elif sense.kind == "frame" and warns_of_others(verb, subject, complement):
            # "U.N. officials warned that militiamen are massing": a report of what others do, not a threat
            drafts += self._speech(verb, subject, complement, replace(deeper, modality=modality))
        elif sense.kind == "frame":
            drafts += self._frame(verb, sense, subject, complement, modality, ctx)
        elif sense.type:
            draft = self._act(verb, trigger_end, sense, rule, subject, passive, modality, ctx)
            # "If Iraq attacks again, Iran will respond with force": unsaid by anyone, a conditional future is the
            # writer's hypothesis, not a party's undertaking
            supposed = any(c.dep_ == "advcl" and "if" in clause_marks(c) for c in verb.children)
            if modals_of(verb) & COMMITMENT_MODALS and ctx.modality == "asserted" and supposed:
                draft = replace(draft, modality="hypothetical")
            elif modals_of(verb) & COMMITMENT_MODALS and ctx.modality == "asserted":
                draft = as_commitment(draft, verb, negated=modality == "negated")
            drafts.append(draft)
        for child in verb.children:
            if child.dep_ == "conj" and child.pos_ in {"VERB"}:
                drafts += self.clause(child, replace(deeper, modality=ctx.modality, subject=subject))
            elif child.dep_ == "prep" and child.lower_ in SEQUENCE_PREPS:
                # "After occupying Islamabad, the MEK pushed on": the earlier act is the same subject's
                for action in (g for g in child.children if g.dep_ == "pcomp" and g.tag_ == "VBG"):
                    drafts += self.clause(action, replace(deeper, modality=ctx.modality, subject=subject))
            elif child.dep_ == "advcl" and child.pos_ == "VERB":
                marks = {m.lower_ for m in child.children if m.dep_ == "mark"}
                sub_modality = "hypothetical" if marks & CONDITIONAL_MARKS else ctx.modality
                if marks & {"to", "so"}:
                    continue  # purpose clauses are intentions, not events
                # "-ing" and "to" clauses share the main subject ("opened the border to allow aid in")
                infinitive = child.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
                inherited = subject if (child.tag_ == "VBG" and not marks) or infinitive else None
                drafts += self.clause(child, replace(deeper, modality=sub_modality, subject=inherited))
        return drafts

    def _stopped_cooperation(
        self, verb: Token, complement: Token | None, subject: Token | None, modality: str, ctx: Context
    ) -> Draft | None:
        """'stopped lending to the regime': ending one's cooperation reduces relations (PLOVER SANCTION, CAMEO 16);
        'stopped shelling the town': ending an armed act de-escalates (RETREAT). The recipient stays the ended act's."""
        if verb_lemma(verb) not in CESSATION_VERBS or complement is None or complement.tag_ != "VBG":
            return None
        inner = self.clause(complement, Context(modality="embedded", subject=subject, depth=ctx.depth + 1))
        if not inner or inner[0].type not in COOPERATIVE_TYPES | {"ASSAULT"}:
            return None
        plover_type, mode = ("RETREAT", "disarm") if inner[0].type == "ASSAULT" else ("SANCTION", "discontinue")
        return replace(
            inner[0],
            trigger=verb,
            trigger_end=complement,
            type=plover_type,
            mode=mode,
            territorial=False,
            place_tokens=[],
            modality=modality,
            rule=f"stopped:{verb.lemma_.lower()}+{inner[0].rule}",
            reporter=ctx.reporter,
        )

    def _modality(self, verb: Token, ctx: Context) -> str:
        if ctx.modality not in {"asserted", "reported", "embedded"}:
            return ctx.modality
        modals = modals_of(verb)
        if is_negated(verb):
            return "negated"
        if modals & HYPOTHETICAL_MODALS:
            return "hypothetical"
        if modals & {"must", "should", "ought"}:
            return "hypothetical"
        if modals & FUTURE_MODALS and ctx.modality != "embedded":
            return "predicted"
        if any(m.lower_ in CONDITIONAL_MARKS for m in verb.children if m.dep_ == "mark"):
            return "hypothetical"
        return ctx.modality

    def _act(
        self,
        verb: Token,
        trigger_end: Token,
        sense: Sense,
        rule: str,
        subject: Token | None,
        passive: bool,
        modality: str,
        ctx: Context,
    ) -> Draft:
        assert sense.type is not None
        passive = passive or any(c.dep_ == "auxpass" for c in verb.children)  # "pushed on but was halted"
        actor = agent_of(verb) if passive else subject
        patient = subject if passive else None
        obj = direct_object(verb)
        lemma = verb_lemma(verb)
        noun_head = trigger_end if trigger_end.i != verb.i else None
        if patient is not None and noun_head is not None and patient.i == noun_head.i:
            patient = None  # "a state of emergency was declared": the event noun is no one it befalls
            if actor is None:  # "Mexico's request ... was delivered to the State Department": the noun's own doer
                actor = next(iter(noun_agents(noun_head)), None)
        recipients = [] if patient is None else [patient, *patient.conjuncts]
        recipients += _recipient_tokens(verb, sense.type, exclude=noun_head)
        if noun_head is not None:
            recipients += _recipient_tokens(noun_head, sense.type, exclude=None)
        if sense.type in {"MOBILIZE", "COOPERATE"} or lemma in TOPIC_VERBS:
            recipients = [t for t in recipients if t.dep_ != "dobj"]  # what is mobilised, shared or discussed
        if sense.type == "MOBILIZE":  # "massed troops on its border with Kuwait", "exercises opposite Taiwan"
            recipients += across_the_border(verb)
        if passive and actor is None and sense.type == "MOBILIZE" and patient is not None:
            actor, recipients = patient, recipients[1:]  # "the garrison was placed on high alert": it mobilises
        if sense.type == "CONSULT" and lemma in HOSTING_VERBS and recipients:
            # PLOVER: the visitor is the actor and the host the recipient ("the Pope received the president")
            actor, recipients = recipients[0], ([] if actor is None else [actor])
        if sense.mode == "visit":  # "arrived in Hanoi", "flew to Bogota": the place visited is the host
            recipients += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in {"in", "to"} for g in c.children
                           if g.dep_ == "pobj"]  # fmt: skip
        if sense.type in HOSTILE_TYPES:  # after the object: "fired tear gas to disperse them" is aimed at them
            recipients += _purpose_targets(verb)
        territorial = sense.territorial or (
            verb.lemma_.lower() == "take" and obj is not None and obj.ent_type_ in {"GPE", "LOC", "FAC"}
        )
        places: list[Token] = []
        if territorial:
            places = [t for t in recipients if t.ent_type_ in {"GPE", "LOC", "FAC"} or t.pos_ == "PROPN"]
            recipients = [t for t in recipients if t not in places]
        plover_type = sense.type
        checked_force = patient is not None and (
            patient.lemma_.lower() in CHECKED_FORCES or patient.ent_type_ in {"ORG", "NORP", "GPE", "PERSON"}
        )
        if passive and verb.lemma_.lower() in CHECK_VERBS and checked_force:  # "the advance was halted"
            plover_type, sense, rule = "ASSAULT", Sense("ASSAULT", None), f"{rule}:passive-check"
        if plover_type == "ASSAULT" and verbal_attack(verb, obj):
            plover_type, sense, rule = "ACCUSE", Sense("ACCUSE", "disapprove"), f"{rule}:verbal"
        if plover_type == "AID" and obj is not None and obj.lemma_.lower() in ENDORSABLE:
            plover_type = "SUPPORT"  # "backed Bhutan's bid": backing a cause is endorsement, not material aid
        if plover_type == "SUPPORT" and any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children):
            plover_type = "AID"  # "supported them with air cover" is material backing, not praise
        mode = _assault_mode(self.sentence, sense.mode) if plover_type == "ASSAULT" else sense.mode
        confidence = 0.8 if actor is not None else 0.6
        supporters = _supporters(verb)
        sides = between_sides(verb)
        if sides and actor is not None and plover_type != "ASSAULT":
            recipients = sides  # "the envoy shuttled between Cairo and Jerusalem": a go-between acts on both
        elif sides:  # "fighting between the army and the militia": both sides do it, neither is its target
            actor, supporters = sides[0], sides[1:]
            recipients = [t for t in recipients if t not in sides]
        return Draft(
            trigger=verb,
            trigger_end=trigger_end if trigger_end.i > verb.i else verb,
            type=plover_type,
            mode=mode,
            modality=modality,
            rule=rule,
            confidence=confidence,
            actors=([] if actor is None else [actor, *actor.conjuncts]) + supporters,
            recipients=recipients,
            reporter=ctx.reporter,
            territorial=territorial,
            place_tokens=places,
        )

    def _frame(
        self, verb: Token, sense: Sense, subject: Token | None, complement: Token | None, modality: str, ctx: Context
    ) -> list[Draft]:
        assert sense.type is not None
        plover_type, mode = sense.type, sense.mode
        if modality == "negated" and plover_type == "AGREE":
            plover_type, modality = "REJECT", "asserted"  # "did not agree to" is a refusal
        recipients = _recipient_tokens(verb, plover_type, exclude=None)
        if complement is not None and verb.lemma_.lower() in PROMISE_VERBS and _foretells_another(complement, subject):
            return []  # "promised his followers that Tehran would fall": a forecast, not an undertaking
        if (
            complement is not None
            and verb.lemma_.lower() in AIM_VERBS
            and complement.dep_ == "xcomp"
            and not recipients
        ):
            planned = "negated" if modality == "negated" else "planned"  # "sought to expand": an aim, asking nobody
            return self.clause(complement, replace(ctx, modality=planned, subject=subject, depth=ctx.depth + 1))
        if complement is not None:
            content = self.clause(complement, Context(modality="embedded", subject=subject, depth=ctx.depth + 1))
            if content:
                inner = content[0]
                if plover_type == "THREATEN" and inner.type in {"ASSAULT", "MOBILIZE"}:
                    mode = "violence"
                if verb.lemma_.lower() == "order" and inner.type == "COERCE":
                    plover_type, mode = "COERCE", inner.mode  # "ordered the newspaper to suspend publication"
                if plover_type == "AGREE" and verb.lemma_.lower() in VOW_VERBS and inner.type in MENACING_TYPES:
                    plover_type, mode = "THREATEN", "violence"  # a vow of violence threatens; it agrees to nothing
            # who is asked, warned or accused to act is the target; else the target of the content's act
            comp_subject, _ = subject_of(complement, None)
            if comp_subject is not None and (subject is None or comp_subject.i != subject.i) and not recipients:
                recipients = [comp_subject, *comp_subject.conjuncts]
            if content and not recipients:
                recipients = content[0].recipients
            if verb.lemma_.lower() == "order" and content and content[0].trigger.lemma_.lower() == "leave":
                # "ordered the inspectors to leave the country": an expulsion, of a mission a sanction
                plover_type, mode = expulsion(recipients)
        if not recipients:  # "agreed to a ceasefire with government forces": the partner of the act agreed to
            for act in (g for c in verb.children if c.dep_ == "prep" and c.lower_ in {"to", "on"} for g in c.children):
                if act.dep_ == "pobj" and event_noun(act) is not None:
                    recipients = _recipient_tokens(act, plover_type, exclude=None)
        vowed = direct_object(verb) if complement is None and verb.lemma_.lower() in VOW_VERBS else None
        named = event_noun(vowed) if vowed is not None else None
        if plover_type == "AGREE" and named is not None and NOUN_TRIGGERS[named[1]].type in MENACING_TYPES:
            plover_type, mode = "THREATEN", "violence"  # "vowed a wave of suicide attacks"
        actor = subject
        passive = any(c.dep_ == "nsubjpass" for c in verb.children)
        if passive:
            actor = agent_of(verb)
            recipients = [subject] if subject is not None else recipients
        return [
            Draft(
                trigger=verb,
                trigger_end=verb,
                type=plover_type,
                mode=mode,
                modality=modality,
                rule=f"frame:{verb.lemma_.lower()}",
                confidence=0.75,
                actors=[] if actor is None else [actor, *actor.conjuncts],
                recipients=recipients,
                reporter=ctx.reporter,
            )
        ]

    def _speech(self, verb: Token, speaker: Token | None, complement: Token | None, ctx: Context) -> list[Draft]:
        """Reported speech: a commitment or demand by the speaker, else the reported event itself."""
        if complement is None:
            return []
        comp_subject, _ = subject_of(complement, None)
        modals = modals_of(complement)
        commitment = commitment_head(complement)
        content = self.clause(
            commitment or complement,
            Context(modality="embedded", subject=comp_subject, depth=ctx.depth + 1),
        )
        # a statement, a spokesman or "sources" only relay: the commitment is the complement subject's own
        conduit = speaker is None or speaker.lemma_.lower() in CONDUIT_HEADS or speaker.lower_ in CONDUIT_HEADS
        # an office holder speaking of his state's act speaks for it: the act is the state's
        conduit = conduit or own_official(speaker, comp_subject)
        # "a curfew would be slapped on Jos": a measure announced in the passive, with no one else to take it
        unnamed_doer = any(c.dep_ == "auxpass" for c in complement.children) and agent_of(complement) is None
        same_speaker = (
            conduit
            or unnamed_doer
            or comp_subject is None
            or comp_subject.pos_ == "PRON"
            or (speaker is not None and comp_subject.lemma_ == speaker.lemma_)
            # "said his government would ...", "said its forces would ...": the speaker's own side
            or any(c.dep_ == "poss" and c.pos_ == "PRON" for c in comp_subject.children)
        )
        negated = is_negated(complement) and complement.lemma_.lower() != "hesitate"
        speaker_tokens = [] if speaker is None or conduit else [speaker, *speaker.conjuncts]
        # "told Islamist groups that security forces would respond with an iron fist": who is told is who is
        # promised or threatened, when the act itself names no one
        addressees = [c for c in verb.children if c.dep_ in {"dobj", "dative"} and c.pos_ in {"NOUN", "PROPN"}]
        # "Iran said it would strike ..., a commander told state television": a trailing attribution relays the
        # speaker's own commitment, demand or threat, which stays one
        relayed = ctx.modality in {"asserted", "embedded"}
        if made_to_pay(complement) and comp_subject is not None and relayed:
            # "Ankara said Vienna would pay a price for hosting the rally": a threat to the one who will pay
            rule = f"made-to-pay:{verb.lemma_.lower()}"
            return [spoken(verb, complement, "THREATEN", rule, speaker_tokens, [comp_subject, *comp_subject.conjuncts])]
        # "signalled it could cut off aid": a speaker naming a hostile act it might do itself threatens it
        # "indicated it could accept a truce": a hint at one's own act offers it
        possible = bool(modals & HYPOTHETICAL_MODALS) and same_speaker and bool(content) and not negated
        menace = possible and (content[0].type in HOSTILE_TYPES or verb.lemma_.lower() in HINTING_VERBS)
        if (modals & FUTURE_MODALS or commitment is not None or menace) and relayed:
            promised_act = commitment or complement
            if same_speaker and not content and undertaking(promised_act):
                # "told donors his government would open its books to auditors": an act the lexicon does not
                # name, promised by the speaker's side, is still an undertaking (PLOVER AGREE)
                named = [comp_subject] if comp_subject is not None and comp_subject.pos_ != "PRON" else []
                rule = f"speech-undertaking:{verb.lemma_.lower()}+{verb_lemma(promised_act)}"
                return [
                    replace(
                        spoken(promised_act, promised_act, "AGREE", rule, speaker_tokens or named, addressees),
                        confidence=0.5,
                    )
                ]
            if not same_speaker or not content:
                return []  # someone's forecast about another party: a prediction, not an event
            inner = content[0]
            promised = as_commitment(inner, commitment or complement, negated=negated)
            return [
                replace(
                    promised,
                    rule=f"speech-commitment:{verb.lemma_.lower()}+{inner.rule}",
                    confidence=0.65,
                    actors=speaker_tokens or inner.actors,
                    recipients=promised.recipients or addressees,
                    reporter=None,
                )
            ]
        demanded = obligation(complement)
        if demanded is not None and relayed:
            recipients = [] if comp_subject is None else [comp_subject, *comp_subject.conjuncts]
            rule = f"speech-demand:{verb.lemma_.lower()}"
            return [spoken(demanded, demanded, "REQUEST", rule, speaker_tokens, recipients)]
        if ctx.modality == "negated":
            return []  # "did not say that ..." reports nothing
        if comp_subject is not None and comp_subject.pos_ == "PRON" and speaker_tokens:
            # "X announced that he accepted": with no earlier antecedent the pronoun is the speaker
            content = [replace(d, actors=[speaker_tokens[0] if a.i == comp_subject.i else a for a in d.actors])
                       for d in content]  # fmt: skip
        return [
            replace(d, modality="negated" if d.modality == "negated" else "reported", reporter=speaker)
            for d in content
            if d.modality in {"embedded", "asserted", "negated"}
        ]


__all__ = ["ClauseReader", "Context", "Draft", "resolve_sense", "subject_of"]
