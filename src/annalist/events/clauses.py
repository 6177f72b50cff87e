"""Reading one sentence's dependency parse into event drafts: trigger, type, modality, actor and recipient tokens.

Only the clause structure is decided here; actors are resolved to entities and dates/places attached later
(extractor.py). Every draft says which rule coded it, so a user can see why an event exists.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from spacy.tokens import Span, Token

from annalist.events.lexicon import (
    COMMITMENT_ADJECTIVES,
    FUTURE_MODALS,
    LIGHT_OVERRIDES,
    LIGHT_VERBS,
    NEGATIONS,
    NOUN_TRIGGERS,
    OBLIGATION_MODALS,
    Sense,
    verb_sense,
)
from annalist.events.ontology import HOSTILE_TYPES

# Verbs that only carry aspect or compulsion; their complement is the event ("began to shell", "was forced to").
ASPECT_VERBS = frozenset({"begin", "start", "continue", "resume", "manage", "proceed", "go", "keep", "force", "help"})
HYPOTHETICAL_MODALS = frozenset({"could", "might", "may", "can"})
CONDITIONAL_MARKS = frozenset({"if", "unless", "whether", "lest"})
# Recipient prepositions by type; "against"/"on" mark the target of hostile acts.
RECIPIENT_PREPS: dict[str, frozenset[str]] = {
    "default": frozenset({"against", "on", "upon", "at"}),
    "CONSULT": frozenset({"with", "between"}),
    "AID": frozenset({"to", "for"}),
    "AGREE": frozenset({"with"}),
    "COOPERATE": frozenset({"with"}),
    "REQUEST": frozenset({"on", "upon", "to"}),
    "ACCUSE": frozenset({"against"}),
    "SUPPORT": frozenset({"for", "with"}),
    "SANCTION": frozenset({"on", "against", "to", "for", "with"}),
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
SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
OBJECTS = frozenset({"dobj", "obj", "attr", "oprd"})


@dataclass
class Draft:
    """An event read from a clause, before its actors are resolved to entities."""

    trigger: Token
    trigger_end: Token
    type: str
    mode: str | None
    modality: str
    rule: str
    confidence: float
    actors: list[Token] = field(default_factory=list)
    recipients: list[Token] = field(default_factory=list)
    reporter: Token | None = None
    territorial: bool = False
    place_tokens: list[Token] = field(default_factory=list)


@dataclass(frozen=True)
class Context:
    """What the clause is embedded in: its modality so far, who reports it, the subject it inherits."""

    modality: str = "asserted"
    reporter: Token | None = None
    subject: Token | None = None
    depth: int = 0


def children(token: Token, deps: frozenset[str] | set[str]) -> list[Token]:
    return [c for c in token.children if c.dep_ in deps]


def subject_of(verb: Token, inherited: Token | None) -> tuple[Token | None, bool]:
    """The clause's grammatical subject and whether the clause is passive."""
    for child in verb.children:
        if child.dep_ == "nsubjpass":
            return child, True
        if child.dep_ in {"nsubj", "expl"} and child.dep_ != "expl":
            return child, False
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
    return None


def _particle(verb: Token) -> str | None:
    for child in verb.children:
        if child.dep_ == "prt":
            return child.lower_
    return None


def _direct_object(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in OBJECTS:
            return child
    return None


def _noun_key(noun: Token) -> str:
    """The event noun's lookup key, with a compound modifier when the table has it ("suicide bombing")."""
    for child in noun.lefts:
        if child.dep_ in {"compound", "amod"}:
            key = f"{child.lower_} {noun.lower_}"
            if key in NOUN_TRIGGERS:
                return key
    return noun.lemma_.lower() if noun.lemma_.lower() in NOUN_TRIGGERS else noun.lower_


def resolve_sense(verb: Token) -> tuple[Sense | None, Token, str]:
    """The sense of a verb in its clause, the token that ends the trigger, and the rule that decided it."""
    lemma = verb.lemma_.lower()
    obj = _direct_object(verb)
    if obj is not None:
        override = LIGHT_OVERRIDES.get((lemma, obj.lemma_.lower())) or LIGHT_OVERRIDES.get((lemma, obj.lower_))
        if override is not None:
            return (override if override.type else None), obj, f"light:{lemma}+{obj.lemma_.lower()}"
        if lemma in LIGHT_VERBS and any(t.lower_ == "operation" for t in obj.subtree):
            return Sense("ASSAULT", None), obj, f"light:{lemma}+operation"
        if lemma in LIGHT_VERBS:
            key = _noun_key(obj)
            if key in NOUN_TRIGGERS:
                noun = NOUN_TRIGGERS[key]
                return Sense(noun.type, noun.mode, "act", noun.territorial), obj, f"light:{lemma}+{key}"
    sense = verb_sense(lemma, _particle(verb))
    return sense, verb, f"verb:{lemma}"


def _modals(verb: Token) -> set[str]:
    return {c.lower_ for c in verb.children if c.dep_ == "aux"} | (
        {"going"} if any(c.lower_ == "going" for c in verb.children) else set()
    )


def is_negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" or (c.lower_ in NEGATIONS and c.dep_ in {"neg", "advmod"}) for c in verb.children)


def _complement(verb: Token) -> Token | None:
    """The clause a frame, speech or plan verb governs: xcomp/ccomp, or 'accused X of shelling' (prep+pcomp)."""
    for child in verb.children:
        if child.dep_ in {"xcomp", "ccomp"} and child.pos_ in {"VERB", "AUX"}:
            return child
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in {"of", "for", "to", "against"}:
            for grandchild in child.children:
                if grandchild.dep_ == "pcomp" and grandchild.pos_ == "VERB":
                    return grandchild
    return None


def _commitment_head(clause: Token) -> Token | None:
    """'it was willing to withdraw' -> withdraw: the event a commitment adjective governs."""
    for child in clause.children:
        if child.dep_ == "acomp" and child.lower_ in COMMITMENT_ADJECTIVES:
            for grandchild in child.children:
                if grandchild.dep_ == "xcomp":
                    return grandchild
    return None


def _recipient_tokens(head: Token, plover_type: str, exclude: Token | None) -> list[Token]:
    """Direct object and the type's recipient prepositions' objects (with their conjuncts)."""
    found: list[Token] = []
    preps = RECIPIENT_PREPS.get(plover_type, RECIPIENT_PREPS["default"])
    for child in head.children:
        if child.dep_ in {"dobj", "dative"} and (exclude is None or child.i != exclude.i):
            found.append(child)
        elif child.dep_ == "prep" and child.lower_ in preps:
            found.extend(g for g in child.children if g.dep_ == "pobj")
    return [t for f in found for t in (f, *f.conjuncts)]


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


class ClauseReader:
    """Walks one sentence's parse from its root and returns the event drafts it finds, the main one first."""

    def __init__(self, sentence: Span, max_depth: int = 6) -> None:
        self.sentence = sentence
        self.max_depth = max_depth

    def read(self) -> list[Draft]:
        root = self.sentence.root
        if root.pos_ not in {"VERB", "AUX"}:
            return []
        return self.clause(root, Context())

    def clause(self, verb: Token, ctx: Context) -> list[Draft]:
        if ctx.depth > self.max_depth:
            return []
        drafts: list[Draft] = []
        modality = self._modality(verb, ctx)
        subject, passive = subject_of(verb, ctx.subject)
        sense, trigger_end, rule = resolve_sense(verb)
        complement = _complement(verb)
        deeper = replace(ctx, depth=ctx.depth + 1)
        if sense is None or sense.kind == "noun":
            commitment = _commitment_head(verb)
            target = complement if verb.lemma_.lower() in ASPECT_VERBS or verb.lemma_ == "be" else None
            target = commitment or target
            if target is not None:
                drafts += self.clause(target, replace(deeper, modality=modality, subject=subject))
        elif sense.kind == "speech":
            drafts += self._speech(verb, subject, complement, replace(deeper, modality=modality))
        elif sense.kind == "plan":
            if complement is not None:
                planned = "negated" if modality == "negated" else ("planned" if modality == "asserted" else modality)
                drafts += self.clause(complement, replace(deeper, modality=planned, subject=subject))
        elif sense.kind in {"predict", "propose"}:
            return []  # neither a prediction nor a proposal is an event, nor what it predicts or proposes
        elif sense.kind == "frame":
            drafts += self._frame(verb, sense, subject, complement, modality, ctx)
        elif sense.type:
            drafts.append(self._act(verb, trigger_end, sense, rule, subject, passive, modality, ctx))
        for child in verb.children:
            if child.dep_ == "conj" and child.pos_ in {"VERB"}:
                drafts += self.clause(child, replace(deeper, modality=ctx.modality, subject=subject))
            elif child.dep_ == "advcl" and child.pos_ == "VERB":
                marks = {m.lower_ for m in child.children if m.dep_ == "mark"}
                sub_modality = "hypothetical" if marks & CONDITIONAL_MARKS else ctx.modality
                if marks & {"to", "so"}:
                    continue  # purpose clauses are intentions, not events
                inherited = subject if child.tag_ == "VBG" and not marks else None
                drafts += self.clause(child, replace(deeper, modality=sub_modality, subject=inherited))
        return drafts

    def _modality(self, verb: Token, ctx: Context) -> str:
        if ctx.modality not in {"asserted", "reported", "embedded"}:
            return ctx.modality
        modals = _modals(verb)
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
        actor = agent_of(verb) if passive else subject
        patient = subject if passive else None
        obj = _direct_object(verb)
        noun_head = trigger_end if trigger_end.i != verb.i else None
        recipients = [] if patient is None else [patient, *patient.conjuncts]
        recipients += _recipient_tokens(verb, sense.type, exclude=noun_head)
        if noun_head is not None:
            recipients += _recipient_tokens(noun_head, sense.type, exclude=None)
        territorial = sense.territorial or (
            verb.lemma_.lower() == "take" and obj is not None and obj.ent_type_ in {"GPE", "LOC", "FAC"}
        )
        places: list[Token] = []
        if territorial:
            places = [t for t in recipients if t.ent_type_ in {"GPE", "LOC", "FAC"} or t.pos_ == "PROPN"]
            recipients = [t for t in recipients if t not in places]
        mode = _assault_mode(self.sentence, sense.mode) if sense.type == "ASSAULT" else sense.mode
        confidence = 0.8 if actor is not None else 0.6
        supporters = _supporters(verb)
        return Draft(
            trigger=verb,
            trigger_end=trigger_end if trigger_end.i > verb.i else verb,
            type=sense.type,
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
        if complement is not None:
            content = self.clause(complement, Context(modality="embedded", subject=subject, depth=ctx.depth + 1))
            if content:
                inner = content[0]
                if plover_type == "THREATEN" and inner.type in {"ASSAULT", "MOBILIZE"}:
                    mode = "violence"
                if not recipients:
                    recipients = inner.recipients
            comp_subject, _ = subject_of(complement, None)
            if comp_subject is not None and (subject is None or comp_subject.i != subject.i) and not recipients:
                recipients = [comp_subject, *comp_subject.conjuncts]
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
        modals = _modals(complement)
        commitment = _commitment_head(complement)
        content = self.clause(
            commitment or complement,
            Context(modality="embedded", subject=comp_subject, depth=ctx.depth + 1),
        )
        same_speaker = (
            comp_subject is None
            or comp_subject.pos_ == "PRON"
            or (speaker is not None and comp_subject.lemma_ == speaker.lemma_)
        )
        negated = is_negated(complement)
        speaker_tokens = [] if speaker is None else [speaker, *speaker.conjuncts]
        if (modals & FUTURE_MODALS or commitment is not None) and ctx.modality == "asserted":
            if not same_speaker or not content:
                return []  # someone's forecast about another party: a prediction, not an event
            inner = content[0]
            plover_type = "REJECT" if negated else ("THREATEN" if inner.type in HOSTILE_TYPES else "AGREE")
            return [
                replace(
                    inner,
                    type=plover_type,
                    mode="violence" if plover_type == "THREATEN" and inner.type == "ASSAULT" else None,
                    modality="asserted",
                    rule=f"speech-commitment:{verb.lemma_.lower()}+{inner.rule}",
                    confidence=0.65,
                    actors=speaker_tokens or inner.actors,
                    reporter=None,
                )
            ]
        if modals & OBLIGATION_MODALS and ctx.modality == "asserted":
            recipients = [] if comp_subject is None else [comp_subject, *comp_subject.conjuncts]
            return [
                Draft(
                    trigger=complement,
                    trigger_end=complement,
                    type="REQUEST",
                    mode=None,
                    modality="asserted",
                    rule=f"speech-demand:{verb.lemma_.lower()}",
                    confidence=0.6,
                    actors=speaker_tokens,
                    recipients=recipients,
                )
            ]
        if ctx.modality == "negated":
            return []  # "did not say that ..." reports nothing
        return [
            replace(d, modality="negated" if d.modality == "negated" else "reported", reporter=speaker)
            for d in content
            if d.modality in {"embedded", "asserted", "negated"}
        ]


__all__ = ["ClauseReader", "Context", "Draft", "resolve_sense", "subject_of"]
