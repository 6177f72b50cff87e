"""Train the event-type model: `python -m annalist.events.train GSR_JSON DOMAIN_JSONL OUT [--folds 5]`.

Trains on the odd coded sentences of a PLOVER GSR file (the even ones stay held out) plus our domain gold set.
The L2 strength and the policy (when the model may re-type a rule's proposal, when it may code a clause the
rules left empty) are chosen by k-fold cross-validation on the odd sentences only; the domain set is always in
training. Writes the weights and a CV report (which strategy won) as JSON.
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from spacy.tokens import Span

from annalist.bench.events import NO_EVENT, GoldSentence, load_domain, load_plover
from annalist.events.clauses import Draft
from annalist.events.features import clause_features, clause_vector
from annalist.events.ontology import PLOVER_TYPES
from annalist.events.typer import EventTyper, Policy, TypeModel, proposal, softmax

L2_GRID = (0.0003, 0.001, 0.003, 0.01, 0.03)
# Weight of the clause vector beside the binary features (0: words only); unit-length vectors need a scale
# comparable to the handful of binary features active in a clause.
DENSE_GRID = (0.0, 1.0, 2.0, 3.0)
RETYPE_BELOW_GRID = (0.0, 0.7, 1.01)  # never, only fallback-rule proposals (confidence < 0.7), any proposal
RETYPE_AT_GRID = (0.3, 0.5, 0.7)
PROPOSE_AT_GRID = (0.2, 0.3, 0.4, 0.5, 0.6, 1.01)  # 1.01: never code a clause the rules left empty
MIN_FEATURE_COUNT = 1


@dataclass(frozen=True)
class Sample:
    """One sentence's main candidate: its features, the rules' type and confidence, and the gold type."""

    features: tuple[str, ...]
    blind: tuple[str, ...]  # the same clause as the model sees it where the rules coded nothing
    rule_type: str  # NONE when the rules coded nothing (then ``features`` describe the model's proposal, if any)
    rule_confidence: float
    proposable: bool
    gold: str
    odd: bool
    vector: np.ndarray = field(default_factory=lambda: np.zeros(0), compare=False)


class RecordingTyper(EventTyper):
    """Changes nothing; records the features of every draft and proposal by trigger offset."""

    def __init__(self) -> None:
        self.seen: dict[int, tuple[tuple[str, ...], tuple[str, ...], str, float, np.ndarray]] = {}
        self.proposed: dict[int, tuple[tuple[str, ...], np.ndarray]] = {}

    def retype(self, draft: Draft, sentence: Span) -> Draft:
        features = tuple(clause_features(sentence, draft.trigger, draft))
        blind = tuple(clause_features(sentence, draft.trigger, None))
        self.seen[draft.trigger.idx] = (features, blind, draft.type, draft.confidence, clause_vector(draft.trigger))
        return draft

    def propose(self, sentence: Span) -> list[Draft]:
        candidate = proposal(sentence)
        if candidate is not None:
            self.proposed[sentence.start_char] = (tuple(candidate[1]), clause_vector(candidate[0].trigger))
        return []


def collect(sentences: list[GoldSentence], odd: bool) -> list[Sample]:
    """Run the rules on each sentence alone and keep its main event's features (as the bench picks it)."""
    from annalist.events.extractor import EventExtractor
    from annalist.pipeline.model import load_base_model

    nlp = load_base_model()
    samples = []
    for sentence, doc in zip(sentences, nlp.pipe(s.text for s in sentences), strict=True):
        recorder = RecordingTyper()
        events = EventExtractor(typer=recorder).extract(doc, timexes=[], toponyms=[], citation_spans=[])
        main = next((e for e in events if e.modality not in {"predicted", "hypothetical"}), None)
        if main is not None and main.trigger_start in recorder.seen:
            features, blind, rule_type, confidence, vector = recorder.seen[main.trigger_start]
            samples.append(Sample(features, blind, rule_type, confidence, False, sentence.type, odd, vector))
        else:
            proposed = next(iter(recorder.proposed.values()), None)
            features, vector = proposed or (
                tuple(clause_features(doc[:], doc[:].root, None)),
                clause_vector(doc[:].root),
            )
            sample = Sample(features, features, NO_EVENT, 0.0, proposed is not None, sentence.type, odd, vector)
            samples.append(sample)
    return samples


# A CAMEO2PLOVER table row: "0312: AGREE,  ,   military # Express intent to cooperate militarily".
_TABLE_ROW = re.compile(r"^\s*\d+:\s*([A-Z]+)\s*,[^#]*#\s*(.+?)\s*$")


def codebook_sentences(path: Path) -> list[GoldSentence]:
    """Training clauses from the CAMEO-to-PLOVER table: each CAMEO category's description, said of a generic
    plural actor ("Officials threaten to impose curfew"), labelled with the PLOVER type the table maps it to.

    The descriptions name the verbs and frames of every category in plain words, which the few GSR sentences
    cannot cover; read from the table at training time, never copied into the package.
    """
    found: list[GoldSentence] = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        match = _TABLE_ROW.match(line)
        if match is None or match.group(1) not in PLOVER_TYPES:
            continue
        words = re.sub(r"[^\w\s,'-]", " ", match.group(2)).split()
        if not words:
            continue
        text = "Officials " + " ".join([words[0].lower(), *words[1:]]) + "."
        found.append(GoldSentence(-len(found) - 1, text, match.group(1), (), ()))
    return found


def fit(samples: list[Sample], labels: tuple[str, ...], l2: float, dense: float = 0.0, steps: int = 300) -> TypeModel:
    """Multinomial logistic regression on binary features (and the clause vector times ``dense``), full-batch
    Adam on the mean log-loss plus L2."""
    views = [(s.features, s.gold) for s in samples] + [(s.blind, s.gold) for s in samples if s.blind != s.features]
    vectors = [s.vector for s in samples] + [s.vector for s in samples if s.blind != s.features]
    width = max((v.shape[0] for v in vectors), default=0) if dense > 0 else 0
    counts: dict[str, int] = {}
    for features, _ in views:
        for feature in set(features):
            counts[feature] = counts.get(feature, 0) + 1
    vocabulary = {f: i for i, f in enumerate(sorted(f for f, n in counts.items() if n >= MIN_FEATURE_COUNT))}
    x = np.zeros((len(views), len(vocabulary)))
    for row, (features, _) in enumerate(views):
        x[row, [vocabulary[f] for f in set(features) if f in vocabulary]] = 1.0
    if width:
        block = np.stack([v if v.shape[0] == width else np.zeros(width) for v in vectors]) * dense
        x = np.hstack([x, block])
    y = np.zeros((len(views), len(labels)))
    y[np.arange(len(views)), [labels.index(gold) for _, gold in views]] = 1.0
    weights = np.zeros((len(vocabulary) + width, len(labels)))
    bias = np.zeros(len(labels))
    moments = [np.zeros_like(weights), np.zeros_like(weights), np.zeros_like(bias), np.zeros_like(bias)]
    rate, beta1, beta2 = 0.05, 0.9, 0.999
    for step in range(1, steps + 1):
        error = (softmax(x @ weights + bias) - y) / len(views)
        grads = (x.T @ error + l2 * weights, error.sum(axis=0))
        for k, (param, grad) in enumerate(zip((weights, bias), grads, strict=True)):
            m, v = moments[2 * k], moments[2 * k + 1]
            m *= beta1
            m += (1 - beta1) * grad
            v *= beta2
            v += (1 - beta2) * grad**2
            param -= rate * (m / (1 - beta1**step)) / (np.sqrt(v / (1 - beta2**step)) + 1e-8)
    sparse, vector_weights = weights[: len(vocabulary)], weights[len(vocabulary) :] * dense
    return TypeModel(labels, vocabulary, sparse, bias, vector_weights)


def decide(sample: Sample, probabilities: np.ndarray, labels: tuple[str, ...], policy: Policy) -> str:
    """The main event's type under a policy, as the extractor would code it."""
    best = int(probabilities.argmax())
    if sample.rule_type == NO_EVENT:
        ok = sample.proposable and probabilities[best] >= policy.propose_at
        return labels[best] if ok else NO_EVENT
    if sample.rule_confidence < policy.retype_below and probabilities[best] >= policy.retype_at:
        return labels[best]
    return sample.rule_type


def cross_validate(odd: list[Sample], domain: list[Sample], labels: tuple[str, ...], folds: int) -> dict[str, object]:
    """Choose L2 and policy on held-out odd folds; the model always also trains on the domain set.

    Re-typing is scored by main-event accuracy. Coding an empty clause is scored on every odd sentence seen as
    if the rules had coded nothing (its blind view): a right proposal counts +1, a wrong one -1, so the
    threshold keeps proposals that are more often right than wrong. (The rules were tuned on the odd
    sentences, so the few they leave empty there are too few to choose by.)
    """
    policies = [Policy(*p) for p in itertools.product(RETYPE_BELOW_GRID, RETYPE_AT_GRID, (1.01,))]
    Hyper = tuple[float, float]  # (L2 strength, clause-vector scale)
    grid: list[Hyper] = list(itertools.product(L2_GRID, DENSE_GRID))
    correct: dict[tuple[Hyper, Policy], int] = {}
    net: dict[tuple[Hyper, float], int] = {}
    proposed: dict[tuple[Hyper, float], int] = {}
    for hyper in grid:
        for fold in range(folds):
            model = fit([s for i, s in enumerate(odd) if i % folds != fold] + domain, labels, *hyper)
            for sample in (s for i, s in enumerate(odd) if i % folds == fold):
                probabilities = model.probabilities(list(sample.features), sample.vector)
                for policy in policies:
                    key = (hyper, policy)
                    correct[key] = correct.get(key, 0) + (decide(sample, probabilities, labels, policy) == sample.gold)
                blind = model.probabilities(list(sample.blind), sample.vector)
                for at in PROPOSE_AT_GRID:
                    if blind.max() >= at:
                        right = labels[int(blind.argmax())] == sample.gold
                        net[(hyper, at)] = net.get((hyper, at), 0) + (1 if right else -1)
                        proposed[(hyper, at)] = proposed.get((hyper, at), 0) + 1
    rules = sum(s.rule_type == s.gold for s in odd) / len(odd)
    scored = {key: n / len(odd) for key, n in correct.items()}

    # ties go to the more conservative policy (fewer overrides), then the stronger regularisation
    def best_net(hyper: Hyper) -> int:
        return max(net.get((hyper, at), 0) for at in PROPOSE_AT_GRID)

    best = max(scored, key=lambda k: (scored[k], best_net(k[0]), -k[1].retype_below, k[1].retype_at, k[0]))
    hyper = best[0]
    propose_at = max(PROPOSE_AT_GRID, key=lambda at: (net.get((hyper, at), 0), at))
    policy = Policy(best[1].retype_below, best[1].retype_at, propose_at)
    return {
        "folds": folds,
        "odd_sentences": len(odd),
        "odd_left_empty_by_rules": sum(s.rule_type == NO_EVENT for s in odd),
        "rules_only_accuracy": rules,
        "best_retype_accuracy": scored[best],
        "best_l2": hyper[0],
        "best_dense": hyper[1],
        "blind_net_by_l2_dense": {f"{h[0]}/{h[1]}": best_net(h) for h in grid},
        "best_policy": policy,
        "strategy_accuracy": {
            "rules only": rules,
            "model re-types unsure (fallback) rule proposals": max(
                v for (_, p), v in scored.items() if 0 < p.retype_below < 1
            ),
            "model re-types any rule proposal (re-rank)": max(v for (_, p), v in scored.items() if p.retype_below > 1),
        },
        "blind_proposals": {
            f"at {at}": {
                "proposed": proposed.get((hyper, at), 0),
                "precision": (net.get((hyper, at), 0) + proposed.get((hyper, at), 0))
                / 2
                / max(1, proposed.get((hyper, at), 0)),
            }
            for at in PROPOSE_AT_GRID
        },
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m annalist.events.train", description=__doc__)
    parser.add_argument("gsr", type=Path, help="PLOVER_GSR_CAMEO.json (only its odd coded sentences are used)")
    parser.add_argument("domain", type=Path, help="our domain gold set (JSON lines)")
    parser.add_argument(
        "out", type=Path, help="where to write the model JSON (e.g. src/annalist/data/events/type_model.json)"
    )
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument(
        "--codebook",
        type=Path,
        default=None,
        help="CAMEO2PLOVER-2021.txt: add each CAMEO category's description as a training clause (default: the "
        "table next to the GSR file, when there is one)",
    )
    args = parser.parse_args(argv)
    odd_gold = [g for g in load_plover(args.gsr) if g.index % 2 == 1]
    domain_gold = [g for g in load_domain(args.domain) if g.type != NO_EVENT]
    table = args.codebook or args.gsr.with_name("CAMEO2PLOVER-2021.txt")
    codebook_gold = codebook_sentences(table) if table.is_file() else []
    odd, domain = collect(odd_gold, True), collect(domain_gold, False) + collect(codebook_gold, False)
    labels = tuple(sorted({s.gold for s in odd + domain}))
    report = cross_validate(odd, domain, labels, args.folds)
    policy = report["best_policy"]
    assert isinstance(policy, Policy)
    model = fit(odd + domain, labels, float(report["best_l2"]), float(report["best_dense"]))  # type: ignore[arg-type]
    report["best_policy"] = policy.__dict__
    meta: dict[str, object] = {"trained_on": "PLOVER GSR odd coded sentences + annalist domain gold", "cv": report}
    args.out.write_text(json.dumps(model.to_json(policy, meta), separators=(",", ":")), encoding="utf-8")
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
