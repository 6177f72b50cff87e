"""The event-type model: a multinomial logistic regression over the rules' proposal and the clause's words.

The rules (clauses.py) propose a type; the model, trained on PLOVER GSR odd records and our domain set
(train.py), re-types a proposal it is confident about and codes a clause the rules left empty. Each decision
keeps its explanation: the rule string records the model and its strongest features, the confidence is the
model's probability. The weights ship in data/events/type_model.json; `python -m annalist.events.train`
rebuilds them.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

import numpy as np
from spacy.tokens import Span

from annalist.events.drafts import Draft
from annalist.events.features import clause_features, clause_vector, proposed_parties, proposed_trigger
from annalist.events.senses import is_negated

SHIPPED_MODEL = Path(__file__).resolve().parents[1] / "data" / "events" / "type_model.json"
NAME = "logreg"
# Rule families whose type an explicit phrase table or a word beside the verb fixed (senses.py).
FIXED_READINGS = ("phrase:", "verb-prep:", "predicate:", "bars-entry:")
# A multi-word event noun ("air strikes", "hunger strike") names its type outright.
_MULTIWORD_NOUN = re.compile(r"(?:^|:)noun:[\w-]+ [\w-]")


def is_fixed(rule: str) -> bool:
    """Whether a rule's reading was fixed by a phrase table, a word beside the verb or a multi-word event noun."""
    return rule.startswith(FIXED_READINGS) or _MULTIWORD_NOUN.search(rule) is not None


# The rule-string mark of an event the model coded where the rules found none.
PROPOSED = f"model:{NAME}:propose"


def softmax(scores: np.ndarray) -> np.ndarray:
    shifted = np.exp(scores - scores.max(axis=-1, keepdims=True))
    return np.asarray(shifted / shifted.sum(axis=-1, keepdims=True))


@dataclass(frozen=True)
class Policy:
    """When the model's word overrides the rules': chosen by cross-validation on the odd GSR records (train.py).

    ``retype_below``: a rule proposal with a confidence under this is open to the model; ``retype_at``: the
    model's probability needed to re-type it; ``propose_at``: the probability needed to code a clause the rules
    left empty (0 < x <= 1; above 1 turns it off).
    """

    retype_below: float = 1.01
    retype_at: float = 0.5
    propose_at: float = 0.5


@dataclass(frozen=True)
class TypeModel:
    """Weights of a linear model over string features and the clause vector.

    ``weights`` is (features x labels); ``dense`` is (vector dimensions x labels), already multiplied by the
    scale the vector had in training, and empty (0 x labels) for a model trained without vectors.
    """

    labels: tuple[str, ...]
    vocabulary: dict[str, int]
    weights: np.ndarray
    bias: np.ndarray
    dense: np.ndarray = field(default_factory=lambda: np.zeros((0, 0)))

    def probabilities(self, features: list[str], vector: np.ndarray | None = None) -> np.ndarray:
        rows = sorted({self.vocabulary[f] for f in features if f in self.vocabulary})
        scores = self.weights[rows].sum(axis=0) + self.bias
        if vector is not None and self.dense.shape[0] and vector.shape[0] == self.dense.shape[0]:
            scores = scores + vector @ self.dense
        return softmax(scores)

    def explain(self, features: list[str], label: str, k: int = 3) -> list[str]:
        """The ``k`` features that pushed hardest toward ``label``."""
        column = self.labels.index(label)
        known = sorted({f for f in features if f in self.vocabulary})
        ranked = sorted(known, key=lambda f: -float(self.weights[self.vocabulary[f], column]))
        return [f for f in ranked[:k] if self.weights[self.vocabulary[f], column] > 0]

    def to_json(self, policy: Policy, meta: dict[str, object]) -> dict[str, object]:
        names = sorted(self.vocabulary, key=self.vocabulary.__getitem__)
        return {
            "model": NAME,
            "labels": list(self.labels),
            "features": names,
            "weights": [[round(float(w), 4) for w in row] for row in self.weights],
            "bias": [round(float(b), 4) for b in self.bias],
            "dense": [[round(float(w), 4) for w in row] for row in self.dense],
            "policy": {
                "retype_below": policy.retype_below,
                "retype_at": policy.retype_at,
                "propose_at": policy.propose_at,
            },
            "meta": meta,
        }

    @classmethod
    def from_json(cls, data: dict[str, object]) -> tuple[TypeModel, Policy]:
        if data.get("model") != NAME:
            raise ValueError(f"[EVM01] not an annalist {NAME} type model (model={data.get('model')!r}); rebuild it "
                             "with `python -m annalist.events.train`.")  # fmt: skip
        names = [str(f) for f in data["features"]]  # type: ignore[attr-defined]
        labels = tuple(str(label) for label in data["labels"])  # type: ignore[attr-defined]
        model = cls(
            labels,
            {name: i for i, name in enumerate(names)},
            np.asarray(data["weights"], dtype=np.float64),
            np.asarray(data["bias"], dtype=np.float64),
            np.asarray(data.get("dense", []), dtype=np.float64).reshape(-1, len(labels)),
        )
        policy = Policy(**data.get("policy", {}))  # type: ignore[arg-type]
        return model, policy


class EventTyper:
    """Applies the type model to the rules' drafts of one sentence."""

    def __init__(self, model: TypeModel, policy: Policy) -> None:
        self.model = model
        self.policy = policy

    @classmethod
    def load(cls, path: Path | None = None) -> EventTyper:
        """The shipped model, or the one at ``path`` (a JSON file written by train.py)."""
        path = Path(path) if path is not None else SHIPPED_MODEL
        if not path.is_file():
            raise FileNotFoundError(
                f"[EVM02] event-type model {path} is missing; rebuild it with `python -m annalist.events.train "
                "GSR_JSON DOMAIN_JSONL OUT` or code by the rules alone with EventExtractor(use_model=False)."
            )
        return cls(*_read_model(path))

    def _explained(self, draft: Draft, label: str, probability: float, features: list[str], how: str) -> Draft:
        top = ", ".join(self.model.explain(features, label))
        return replace(
            draft,
            type=label,
            rule=f"model:{NAME}:{how}(top feats: {top})|{draft.rule}",
            confidence=round(probability, 3),
        )

    def retype(self, draft: Draft, sentence: Span) -> Draft:
        """The draft, re-typed when the rule is unsure and the model is sure of another type. A reading fixed by
        an explicit phrase ("offered an apology", "took into custody") or a word beside the verb is never
        second-guessed."""
        if draft.confidence >= self.policy.retype_below or is_fixed(draft.rule):
            return draft
        features = clause_features(sentence, draft.trigger, draft)
        probabilities = self.model.probabilities(features, clause_vector(draft.trigger))
        best = int(probabilities.argmax())
        label = self.model.labels[best]
        if label == draft.type or probabilities[best] < self.policy.retype_at:
            return draft
        # the rule's mode belongs to the rule's type
        return replace(self._explained(draft, label, float(probabilities[best]), features, "retype"), mode=None)

    def propose(self, sentence: Span) -> list[Draft]:
        """An event for a clause the rules coded nothing in, when the model is sure of its type."""
        candidate = proposal(sentence)
        if candidate is None:
            return []
        draft, features = candidate
        probabilities = self.model.probabilities(features, clause_vector(draft.trigger))
        best = int(probabilities.argmax())
        if probabilities[best] < self.policy.propose_at:
            return []
        label = self.model.labels[best]
        return [self._explained(replace(draft, type=label), label, float(probabilities[best]), features, "propose")]


@lru_cache(maxsize=4)
def _read_model(path: Path) -> tuple[TypeModel, Policy]:
    """Parsed once per process: every extractor of a run shares the same read-only weights."""
    return TypeModel.from_json(json.loads(path.read_text(encoding="utf-8")))


def proposal(sentence: Span) -> tuple[Draft, list[str]] | None:
    """The untyped event a model may code where the rules found none: its draft (type unset) and its features."""
    found = proposed_trigger(sentence)
    if found is None:
        return None
    trigger, reporter = found
    actors, recipients = proposed_parties(trigger)
    if not actors:
        return None  # PLOVER codes an act by someone; a clause without a subject is no event of its own
    modality = "negated" if is_negated(trigger) else ("reported" if reporter is not None else "asserted")
    draft = Draft(trigger, trigger, "", None, modality, "", 0.0, actors, recipients, reporter=reporter)
    return draft, clause_features(sentence, trigger, None)


__all__ = ["FIXED_READINGS", "PROPOSED", "EventTyper", "Policy", "TypeModel", "is_fixed", "proposal", "softmax"]
