"""Reference-parsing benchmark on AnyStyle-format XML (anystyle's res/parser/gold.xml).

Scoring, stated once:
- **field_micro_f1** (strict, GROBID-comparable): a field is a (label, string) pair, the string being the field's tokens
  joined by single spaces, punctuation included. A predicted field counts as correct only when the gold reference has
  a field with the same label and the exact same string (multiset match per reference). Adjacent gold fields with the
  same label are merged first, because a token labeller cannot tell them apart.
- **token_micro_f1**: the share of tokens whose label is right (each token a unit; precision = recall = accuracy when
  the tokenisation is shared, so it is reported as one figure).
- **whole_reference_accuracy**: the share of references whose every field is exactly right.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from annalist.bench.scoring import prf, safe_div
from annalist.sources.anystyle_xml import LabelledReference, read_dataset, tokens_of
from annalist.sources.reference_parser import ReferenceParser

# GROBID's published figures (documentation, "Benchmarking"): field-level micro F1 on its citation data set, and the
# share of references fully right when parsing from PDF.
PUBLISHED = {
    "grobid_field_micro_f1_default": 0.89,
    "grobid_field_micro_f1_retrained": 0.92,
    "grobid_whole_reference_accuracy_pdf": 0.419,
}


def _fields(words: list[str], labels: list[str]) -> Counter[tuple[str, str]]:
    """Runs of equal labels as (label, text) fields."""
    fields: Counter[tuple[str, str]] = Counter()
    start = 0
    for index in range(1, len(words) + 1):
        if index == len(words) or labels[index] != labels[start]:
            fields[(labels[start], " ".join(words[start:index]))] += 1
            start = index
    return fields


def _score(parser: ReferenceParser, references: list[LabelledReference], lines: list[str] | None) -> dict[str, float]:
    """Field, token and whole-reference figures for ``references``; appends JSONL predictions to ``lines``."""
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    tokens_right = tokens_total = whole_right = 0
    for index, reference in enumerate(references):
        words, gold_labels = tokens_of(reference)
        predicted_labels = parser.label_words(words)
        tokens_total += len(words)
        tokens_right += sum(g == p for g, p in zip(gold_labels, predicted_labels, strict=True))
        gold, predicted = _fields(words, gold_labels), _fields(words, predicted_labels)
        whole_right += gold == predicted
        for (label, _text), count in (gold & predicted).items():
            tp[label] += count
        for (label, _text), count in (predicted - gold).items():
            fp[label] += count
        for (label, _text), count in (gold - predicted).items():
            fn[label] += count
        if lines is not None:
            fields = [[label, text] for (label, text), n in predicted.items() for _ in range(n)]
            lines.append(json.dumps({"index": index, "fields": fields}, ensure_ascii=False))
    result: dict[str, float] = {"references": len(references), "tokens": tokens_total}
    for label in sorted(set(tp) | set(fp) | set(fn)):
        precision, recall, f1 = prf(tp[label], fp[label], fn[label])
        result[f"{label}_precision"], result[f"{label}_recall"], result[f"{label}_f1"] = precision, recall, f1
        result[f"{label}_support"] = tp[label] + fn[label]
    micro_p, micro_r, micro_f1 = prf(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    return result | {
        "field_micro_precision": micro_p,
        "field_micro_recall": micro_r,
        "field_micro_f1": micro_f1,
        "token_micro_f1": safe_div(tokens_right, tokens_total),
        "whole_reference_accuracy": safe_div(whole_right, len(references)),
    }


def _text_of(reference: LabelledReference) -> str:
    return " ".join(tokens_of(reference)[0])


def run(
    path: Path,
    *,
    predictions: Path | None = None,
    model: Path | None = None,
    training: Path | None = None,
    **_: object,
) -> dict[str, object]:
    """Parse every reference of ``path`` and score it against its labels.

    ``training``: the file the model was trained on (core.xml); when given, the figures are also reported, with an
    ``unseen_`` prefix, on the gold references whose text is not in it (anystyle's gold.xml repeats ~200 of core.xml's).
    """
    parser = ReferenceParser(model)
    references = read_dataset(path)
    lines: list[str] | None = [] if predictions is not None else None
    result: dict[str, object] = dict(_score(parser, references, lines))
    if predictions is not None and lines is not None:
        predictions.write_text("\n".join(lines) + "\n", encoding="utf-8")
    if training is not None:
        seen = {_text_of(reference) for reference in read_dataset(training)}
        unseen = [reference for reference in references if _text_of(reference) not in seen]
        figures = _score(parser, unseen, None)
        for key in ("references", "field_micro_f1", "token_micro_f1", "whole_reference_accuracy"):
            result[f"unseen_{key}"] = figures[key]
    return result


def render(result: dict[str, object]) -> str:
    """Per-field table, then our micro figures beside GROBID's published ones."""
    labels = sorted(key.removesuffix("_support") for key in result if key.endswith("_support"))
    rows = [f"{'field':<18}{'P':>7}{'R':>7}{'F1':>7}{'n':>7}"]
    for label in labels:
        rows.append(
            f"{label:<18}{result[f'{label}_precision']:>7.3f}{result[f'{label}_recall']:>7.3f}"
            f"{result[f'{label}_f1']:>7.3f}{result[f'{label}_support']:>7}"
        )
    rows += [
        "",
        f"references: {result['references']}  tokens: {result['tokens']}",
        f"{'figure':<40}{'annalist':>10}{'GROBID':>10}",
        f"{'field micro F1 (exact field string)':<40}{result['field_micro_f1']:>10.3f}"
        f"{PUBLISHED['grobid_field_micro_f1_default']:>10.2f}  (out of the box)",
        f"{'':<40}{'':>10}{PUBLISHED['grobid_field_micro_f1_retrained']:>10.2f}  (retrained)",
        f"{'token label accuracy':<40}{result['token_micro_f1']:>10.3f}{'-':>10}",
        f"{'whole-reference accuracy':<40}{result['whole_reference_accuracy']:>10.3f}"
        f"{PUBLISHED['grobid_whole_reference_accuracy_pdf']:>10.3f}  (from PDFs)",
    ]
    rows.append("(GROBID's figures are from its own evaluation sets, not this file: a reference point, not a tie.)")
    if "unseen_references" in result:
        rows += [
            f"on the {result['unseen_references']} gold references not in the training file:",
            f"{'  field micro F1':<40}{result['unseen_field_micro_f1']:>10.3f}",
            f"{'  token label accuracy':<40}{result['unseen_token_micro_f1']:>10.3f}",
            f"{'  whole-reference accuracy':<40}{result['unseen_whole_reference_accuracy']:>10.3f}",
        ]
    return "\n".join(rows)
