"""Event-coding benchmark: PLOVER type accuracy and macro F1, actor and recipient span F1.

Reads the PLOVER gold-standard records (GSR JSON: a list whose DOCUMENT header is skipped; 0.5b1 type names
mapped to PLOVER 2.0) or our own domain gold set (JSON lines: text, type, actors, recipients). ``split`` keeps
the odd or even coded sentences, counted from 1 in file order, so tuning (odd) and held-out (even) never mix.
Actor and recipient spans match when they overlap in the sentence; each gold span matches at most once.

Any file of our JSON-lines format can be scored: `python -m annalist.bench.events --domain FILE [--split even]`
(our typing sentences, data/events/typing_gold.jsonl: odd lines train the type model, even lines are its dev set).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from annalist.bench.scoring import prf, safe_div, spans_overlap
from annalist.events.ontology import PLOVER_05_TO_20, PLOVER_TYPES

NO_EVENT = "NONE"
DATA_DIR = Path(__file__).resolve().parents[1] / "data" / "events"
DOMAIN_GOLD = DATA_DIR / "domain_gold.jsonl"  # conflict-domain sentences of our own
TYPING_GOLD = DATA_DIR / "typing_gold.jsonl"  # ~20 sentences of our own per PLOVER type; even lines: dev set
ANCHORS = {
    "NGEC-2025 type macro F1 (500 VOA documents, LLM-labelled)": 0.521,
    "NGEC-2025 actor F1 (ASSAULT documents)": 0.885,
}


@dataclass(frozen=True)
class GoldSentence:
    index: int  # 1-based position among coded sentences
    text: str
    type: str  # PLOVER 2.0 type, or NONE for "no event here"
    actors: tuple[tuple[int, int], ...]
    recipients: tuple[tuple[int, int], ...]


def _locate(text: str, phrase: str) -> tuple[int, int] | None:
    """Character span of ``phrase`` in ``text`` (case-insensitive), else of its longest word found there."""
    at = text.lower().find(phrase.lower())
    if at >= 0:
        return at, at + len(phrase)
    for word in sorted(re.findall(r"[\w'.-]+", phrase), key=len, reverse=True):
        if len(word) > 2:
            match = re.search(r"\b" + re.escape(word) + r"\b", text)
            if match:
                return match.start(), match.end()
    return None


def _actor_spans(text: str, field: object) -> tuple[tuple[int, int], ...]:
    if not isinstance(field, list):
        return ()
    spans = (_locate(text, str(a.get("actorText", ""))) for a in field if isinstance(a, dict))
    return tuple(s for s in spans if s is not None)


def load_plover(path: Path) -> list[GoldSentence]:
    """Coded sentences of a GSR file, numbered from 1 in file order (DOCUMENT records not counted)."""
    records = json.loads(Path(path).read_text(encoding="utf-8"))
    if not isinstance(records, list):
        raise ValueError(f"[EVB01] {path} is not a PLOVER GSR file: expected a JSON list of records.")
    gold: list[GoldSentence] = []
    for record in records:
        if record.get("event") == "DOCUMENT":
            continue
        text = str(record["text"])
        plover = PLOVER_05_TO_20.get(str(record["event"]), str(record["event"]))
        gold.append(
            GoldSentence(
                len(gold) + 1,
                text,
                plover,
                _actor_spans(text, record.get("source")),
                _actor_spans(text, record.get("target")),
            )
        )
    return gold


def load_domain(path: Path) -> list[GoldSentence]:
    """Our JSON-lines gold: {"text", "type" (or null), "actors": [phrase...], "recipients": [phrase...]}."""
    gold: list[GoldSentence] = []
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        row = json.loads(line)
        text = str(row["text"])

        def spans(phrases: list[str], text: str = text, number: int = number) -> tuple[tuple[int, int], ...]:
            found = []
            for phrase in phrases:
                span = _locate(text, phrase)
                if span is None:
                    raise ValueError(f"[EVB02] {path}:{number}: '{phrase}' does not occur in the sentence.")
                found.append(span)
            return tuple(found)

        gold.append(
            GoldSentence(
                len(gold) + 1,
                text,
                row.get("type") or NO_EVENT,
                spans(row.get("actors", [])),
                spans(row.get("recipients", [])),
            )
        )
    return gold


def predict(gold: list[GoldSentence]) -> dict[int, dict[str, object]]:
    """Run the event component on each gold sentence alone; the first event found is the sentence's main event."""
    from annalist.events.extractor import EventExtractor
    from annalist.pipeline.model import load_base_model

    nlp = load_base_model()
    extractor = EventExtractor()
    predictions: dict[int, dict[str, object]] = {}
    for sentence, doc in zip(gold, nlp.pipe(g.text for g in gold), strict=True):
        events = extractor.extract(doc, timexes=[], toponyms=[], citation_spans=[])
        main = next((e for e in events if e.modality not in {"predicted", "hypothetical"}), None)
        predictions[sentence.index] = {
            "type": main.type if main else NO_EVENT,
            "actors": [[a.start, a.end] for a in main.actors] if main else [],
            "recipients": [[r.start, r.end] for r in main.recipients] if main else [],
        }
    return predictions


def write_predictions(path: Path, gold: list[GoldSentence], predicted: dict[int, dict[str, object]]) -> None:
    """One JSON line per gold sentence: its index and text, the predicted type and the actor/recipient spans
    with their text (the same form ``rescore`` reads back)."""

    def with_text(text: str, spans: object) -> list[list[object]]:
        pairs = [(int(s[0]), int(s[1])) for s in spans] if isinstance(spans, list) else []
        return [[start, end, text[start:end]] for start, end in pairs]

    with Path(path).open("w", encoding="utf-8") as out:
        for sentence in gold:
            row = predicted.get(sentence.index, {})
            line = {
                "index": sentence.index,
                "text": sentence.text,
                "type": row.get("type") or NO_EVENT,
                "actors": with_text(sentence.text, row.get("actors")),
                "recipients": with_text(sentence.text, row.get("recipients")),
            }
            out.write(json.dumps(line, ensure_ascii=False) + "\n")


def _match(gold: tuple[tuple[int, int], ...], predicted: list[tuple[int, int]]) -> tuple[int, int, int]:
    """(tp, fp, fn) for overlapping spans, each gold span matched at most once."""
    unused = list(gold)
    tp = 0
    for span in predicted:
        hit = next((g for g in unused if spans_overlap(g, span)), None)
        if hit is not None:
            unused.remove(hit)
            tp += 1
    return tp, len(predicted) - tp, len(unused)


def run(
    path: Path,
    *,
    predictions: Path | None = None,
    rescore: Path | None = None,
    plover: bool = True,
    split: str | None = None,
    domain: bool | None = None,
) -> dict[str, object]:
    """Score event coding on a GSR file (or our domain gold with ``domain=True`` / a .jsonl path).

    ``predictions``: write each sentence's main event as JSONL (index, text, type, actor and recipient spans).
    ``rescore``: score a file of that form instead of running annalist.
    """
    path = Path(path)
    is_domain = domain if domain is not None else path.suffix == ".jsonl"
    if not is_domain and not plover:
        raise ValueError("[EVB03] Only the PLOVER GSR format and the domain JSON-lines format are supported.")
    gold = load_domain(path) if is_domain else load_plover(path)
    if split not in {None, "odd", "even"}:
        raise ValueError(f"[EVB04] split must be 'odd', 'even' or None, not {split!r}.")
    if split:
        gold = [g for g in gold if (g.index % 2 == 1) == (split == "odd")]
    if rescore is not None:
        rows = [json.loads(line) for line in Path(rescore).read_text(encoding="utf-8").splitlines() if line.strip()]
        predicted = {int(r["index"]): r for r in rows}
    else:
        predicted = predict(gold)
    if predictions is not None:
        write_predictions(predictions, gold, predicted)
    return score(gold, predicted) | {
        "file": str(path),
        "split": split or "all",
        "format": "domain" if is_domain else "plover",
    }


def score(gold: list[GoldSentence], predicted: dict[int, dict[str, object]]) -> dict[str, object]:
    """Type accuracy and macro F1 over gold types; actor/recipient micro span F1."""
    correct = 0
    type_counts: Counter[tuple[str, str]] = Counter()
    actor = [0, 0, 0]
    recipient = [0, 0, 0]
    for sentence in gold:
        row = predicted.get(sentence.index, {})
        guess = str(row.get("type") or NO_EVENT)
        correct += guess == sentence.type
        type_counts[(sentence.type, guess)] += 1
        for counts, gold_spans, key in (
            (actor, sentence.actors, "actors"),
            (recipient, sentence.recipients, "recipients"),
        ):
            raw = row.get(key) or []
            spans = [(int(s[0]), int(s[1])) for s in raw] if isinstance(raw, list) else []
            for i, value in enumerate(_match(gold_spans, spans)):
                counts[i] += value
    labels = sorted({g.type for g in gold})
    f1s = []
    for label in labels:
        tp = type_counts[(label, label)]
        fp = sum(n for (g, p), n in type_counts.items() if p == label and g != label)
        fn = sum(n for (g, p), n in type_counts.items() if g == label and p != label)
        f1s.append(prf(tp, fp, fn)[2])
    actor_p, actor_r, actor_f = prf(*actor)
    rec_p, rec_r, rec_f = prf(*recipient)
    return {
        "sentences": len(gold),
        "type_accuracy": safe_div(correct, len(gold)),
        "type_macro_f1": safe_div(sum(f1s), len(f1s)),
        "actor_precision": actor_p,
        "actor_recall": actor_r,
        "actor_f1": actor_f,
        "recipient_precision": rec_p,
        "recipient_recall": rec_r,
        "recipient_f1": rec_f,
        "no_event_predicted": sum(n for (g, p), n in type_counts.items() if p == NO_EVENT),
    }


def render(result: dict[str, object]) -> str:
    """Our figures beside NGEC-2025's published ones (different sets: a comparison of scale, not a ranking)."""
    lines = [
        f"Event coding — {result.get('format', 'plover')} gold, split {result.get('split', 'all')}, "
        f"{result.get('sentences')} sentences",
        f"{'metric':<22}{'annalist':>10}",
    ]
    for key in ("type_accuracy", "type_macro_f1", "actor_f1", "recipient_f1"):
        value = result.get(key)
        lines.append(f"{key:<22}{value:>10.3f}" if isinstance(value, float) else f"{key:<22}{'-':>10}")
    lines.append("Published anchors:")
    lines += [f"  {name}: {value:.3f}" for name, value in ANCHORS.items()]
    lines.append(
        "Note: the sets differ (NGEC-2025 was scored on its own VOA documents; ours on PLOVER GSR sentences or our "
        f"domain set), so these figures are not directly comparable. Types: {len(PLOVER_TYPES)} PLOVER 2.0 types."
    )
    return "\n".join(lines)


def speed_run(words: int = 20_000, repeat: int = 2) -> dict[str, object]:
    """The event component's time beside the spaCy pass it rides on (the issue's bound: under 30 %).

    Both run on the same demo-corpus texts in this process, the fastest of ``repeat`` rounds each; the event
    component is given no time or place mentions, so this is the coder alone.
    """
    import time

    from annalist.bench.speed import corpus_texts
    from annalist.events.extractor import EventExtractor
    from annalist.pipeline.model import load_base_model

    texts = corpus_texts(words)
    nlp = load_base_model()
    extractor = EventExtractor()
    for doc in nlp.pipe(texts[:3]):  # warm both up: model caches, the type model's weights
        extractor.extract(doc, timexes=[], toponyms=[], citation_spans=[])
    spacy_best = events_best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        docs = list(nlp.pipe(texts))
        spacy_best = min(spacy_best, time.perf_counter() - started)
        started = time.perf_counter()
        for doc in docs:
            extractor.extract(doc, timexes=[], toponyms=[], citation_spans=[])
        events_best = min(events_best, time.perf_counter() - started)
    return {
        "words": sum(len(t.split()) for t in texts),
        "spacy_seconds": round(spacy_best, 3),
        "events_seconds": round(events_best, 3),
        "events_share": round(events_best / spacy_best, 3),
    }


def render_speed(result: dict[str, object]) -> str:
    share = float(result["events_share"])  # type: ignore[arg-type]
    return (
        f"Event component speed, {result['words']} words of the demo corpus (fastest of the runs)\n"
        f"spaCy pass {result['spacy_seconds']} s, event component {result['events_seconds']} s: "
        f"{share:.1%} of the spaCy pass (bound: under 30 %)"
    )


__all__ = [
    "ANCHORS",
    "DOMAIN_GOLD",
    "TYPING_GOLD",
    "GoldSentence",
    "load_domain",
    "load_plover",
    "render",
    "render_speed",
    "run",
    "score",
    "speed_run",
]
