"""Time-expression benchmark: WikiWars (TIMEX2 inline gold) or any TimeML corpus, scored from definitions.

Gold. WikiWars (Mazur & Dale 2010) is read from a folder laid out as ``in/*.sgm`` (the documents; the
``<DATETIME>`` element gives the document date) and ``keyinline/*.key.xml`` (the same text with inline
``<TIMEX2 val=...>`` gold). Only expressions inside ``<TEXT>`` count (the header's timestamp is
metadata, not text); nested TIMEX2 count as gold expressions of their own. With ``timeml=True`` the
folder holds ``*.tml`` files (TIMEX3 inline, ``<DCT>`` for the document date).

Metrics (each pooled over all documents: counts are summed, then the ratios taken):

* extraction, lenient: a prediction matches a gold expression when their character spans overlap;
  matching is one-to-one (each prediction and each gold used once, in text order).
  P = matched / predictions, R = matched / gold, F1 = harmonic mean. strict: the spans are identical.
* value accuracy: among lenient matches, the share whose values agree. Values are compared after
  removing spelling differences between TIMEX2 and TIMEX3 only: case, zero seconds (T17:00:00 ≡
  T17:00) and trailing X of decades/centuries (TIMEX2 ``198`` ≡ TIMEX3 ``198X``). A gold expression
  without a value agrees with a prediction without a value.
* end-to-end (lenient / strict): a true positive is a match (overlap / identical span) whose value
  agrees; P = true positives / predictions, R = true positives / gold.
* TimeML mode adds TempEval-3's names: ``relaxed_f1`` = lenient extraction F1, ``strict_f1``, and
  ``value_f1`` = value accuracy × relaxed F1.

Subsets: WikiWars documents 01–12 are the ones the rules were tuned on (``tuned_*`` keys), 13–16
were kept aside as a held-out check (``heldout_*`` keys).

Anchor: HeidelTime (Strötgen & Gertz, narrative mode) on WikiWars: extraction F1 90.3 lenient /
83.1 strict, value accuracy 89.8, end-to-end F1 80.8 lenient / 76.4 strict.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Doc

from annalist.bench.scoring import prf, safe_div, spans_overlap
from annalist.time.tagger import TimeTagger

PUBLISHED = {
    "extraction_f1_lenient": 0.903,
    "extraction_f1_strict": 0.831,
    "value_accuracy": 0.898,
    "end_to_end_f1_lenient": 0.808,
    "end_to_end_f1_strict": 0.764,
}
TUNED = tuple(f"{n:02d}" for n in range(1, 13))
HELD_OUT = tuple(f"{n:02d}" for n in range(13, 17))
TAG = re.compile(r"<(/?)(TIMEX[23])((?:\s+[\w:-]+=\"[^\"]*\")*)\s*(/?)>")
ATTRIBUTE = re.compile(r"([\w:-]+)=\"([^\"]*)\"")


@dataclass(frozen=True, slots=True)
class GoldTimex:
    start: int
    end: int
    value: str | None


@dataclass(frozen=True, slots=True)
class GoldDocument:
    name: str
    text: str
    body: tuple[int, int]  # the span of the text that is scored
    document_date: str | None
    gold: tuple[GoldTimex, ...]


def strip_inline(marked: str) -> tuple[str, list[GoldTimex]]:
    """Plain text and gold expressions (with offsets into it) from inline TIMEX2/TIMEX3 markup."""
    pieces: list[str] = []
    length = 0
    position = 0
    open_tags: list[tuple[int, str | None]] = []
    gold: list[GoldTimex] = []
    for m in TAG.finditer(marked):
        chunk = marked[position : m.start()]
        pieces.append(chunk)
        length += len(chunk)
        position = m.end()
        if m.group(1):
            if open_tags:
                start, value = open_tags.pop()
                gold.append(GoldTimex(start, length, value))
            continue
        attributes = dict(ATTRIBUTE.findall(m.group(3)))
        value = attributes.get("val", attributes.get("value")) or None
        if m.group(4):
            continue  # an empty (non-consuming) TIMEX carries no span
        open_tags.append((length, value))
    pieces.append(marked[position:])
    text = "".join(pieces)
    gold.sort(key=lambda g: (g.start, -g.end))
    return text, gold


def load_wikiwars(path: Path, documents: Iterable[str] | None = None) -> list[GoldDocument]:
    """WikiWars documents from ``path`` (``keyinline/*.key.xml``; ``in/*.sgm`` is the same text untagged)."""
    folder = path / "keyinline"
    if not folder.is_dir():
        raise FileNotFoundError(
            f"no keyinline/ folder under {path}: pass the WikiWars folder (with in/ and keyinline/)"
        )
    wanted = tuple(documents) if documents else None
    loaded = []
    for file in sorted(folder.glob("*.key.xml")):
        name = file.name.removesuffix(".key.xml")
        if wanted and not name.startswith(wanted):
            continue
        text, gold = strip_inline(file.read_text(encoding="utf-8"))
        body_start = text.find("<TEXT>")
        body_end = text.find("</TEXT>")
        body = (body_start + len("<TEXT>"), body_end if body_end >= 0 else len(text))
        date = re.search(r"<DATETIME>\s*(\d{4}-\d{2}-\d{2})", text)
        scored = tuple(g for g in gold if body[0] <= g.start and g.end <= body[1])
        loaded.append(GoldDocument(name, text, body, date.group(1) if date else None, scored))
    if not loaded:
        raise FileNotFoundError(f"no *.key.xml gold files found in {folder}")
    return loaded


def load_timeml(path: Path, documents: Iterable[str] | None = None) -> list[GoldDocument]:
    """TimeML documents (``*.tml``) from ``path``: TIMEX3 gold inside ``<TEXT>``, DCT as document date."""
    wanted = tuple(documents) if documents else None
    loaded = []
    for file in sorted(path.glob("*.tml")):
        if wanted and not file.name.startswith(wanted):
            continue
        marked = file.read_text(encoding="utf-8")
        date = re.search(r"<DCT>\s*<TIMEX3[^>]*value=\"(\d{4}-\d{2}-\d{2})", marked)
        text, gold = strip_inline(marked)
        body_start = text.find("<TEXT>")
        body = (body_start + len("<TEXT>"), text.find("</TEXT>"))
        scored = tuple(g for g in gold if body[0] <= g.start and g.end <= body[1])
        loaded.append(GoldDocument(file.stem, text, body, date.group(1) if date else None, scored))
    if not loaded:
        raise FileNotFoundError(f"no *.tml files found in {path}: pass a folder of TimeML files")
    return loaded


def canonical_value(value: str | None) -> str | None:
    """A value with TIMEX2/TIMEX3 spelling differences removed (see the module docstring)."""
    if value is None or not value.strip():
        return None
    value = value.strip().upper()
    value = re.sub(r"(T\d\d:\d\d):00$", r"\1", value)
    if re.fullmatch(r"(BC)?\d+X+", value):
        value = value.rstrip("X")
    return value


def _match(
    gold: list[tuple[int, int, str | None]], predicted: list[tuple[int, int, str | None]], *, strict: bool
) -> list[tuple[int, int]]:
    """One-to-one matches (gold index, prediction index), in text order."""
    pairs = []
    used: set[int] = set()
    for gi, (gs, ge, _) in enumerate(gold):
        for pi, (ps, pe, _) in enumerate(predicted):
            if pi in used:
                continue
            if (gs, ge) == (ps, pe) if strict else spans_overlap((gs, ge), (ps, pe)):
                used.add(pi)
                pairs.append((gi, pi))
                break
    return pairs


@dataclass(slots=True)
class Counts:
    gold: int = 0
    predicted: int = 0
    lenient: int = 0
    strict: int = 0
    lenient_value: int = 0
    strict_value: int = 0

    def add(self, other: Counts) -> None:
        for name in self.__slots__:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def figures(self, prefix: str = "") -> dict[str, float | int]:
        p_l, r_l, f_l = prf(self.lenient, self.predicted - self.lenient, self.gold - self.lenient)
        p_s, r_s, f_s = prf(self.strict, self.predicted - self.strict, self.gold - self.strict)
        e_l = prf(self.lenient_value, self.predicted - self.lenient_value, self.gold - self.lenient_value)
        e_s = prf(self.strict_value, self.predicted - self.strict_value, self.gold - self.strict_value)
        return {
            f"{prefix}gold": self.gold,
            f"{prefix}predicted": self.predicted,
            f"{prefix}extraction_precision_lenient": p_l,
            f"{prefix}extraction_recall_lenient": r_l,
            f"{prefix}extraction_f1_lenient": f_l,
            f"{prefix}extraction_precision_strict": p_s,
            f"{prefix}extraction_recall_strict": r_s,
            f"{prefix}extraction_f1_strict": f_s,
            f"{prefix}value_accuracy": safe_div(self.lenient_value, self.lenient),
            f"{prefix}end_to_end_precision_lenient": e_l[0],
            f"{prefix}end_to_end_recall_lenient": e_l[1],
            f"{prefix}end_to_end_f1_lenient": e_l[2],
            f"{prefix}end_to_end_f1_strict": e_s[2],
        }


def score_document(document: GoldDocument, predicted: list[tuple[int, int, str | None]]) -> Counts:
    gold = sorted((g.start, g.end, canonical_value(g.value)) for g in document.gold)
    predicted = sorted((s, e, canonical_value(v)) for s, e, v in predicted)
    counts = Counts(gold=len(gold), predicted=len(predicted))
    for strict in (False, True):
        pairs = _match(gold, predicted, strict=strict)
        agreeing = sum(1 for gi, pi in pairs if gold[gi][2] == predicted[pi][2])
        if strict:
            counts.strict, counts.strict_value = len(pairs), agreeing
        else:
            counts.lenient, counts.lenient_value = len(pairs), agreeing
    return counts


def run(
    path: Path,
    *,
    predictions: Path | None = None,
    timeml: bool = False,
    documents: Iterable[str] | None = None,
    mode: str = "auto",
    parse: bool = False,
    **_: object,
) -> dict[str, object]:
    """Tag every gold document, score it, and return pooled figures (see the module docstring).

    ``parse=True`` gives the tagger spaCy's parse of each document, as the pipeline does (parses are
    kept in memory only; the words/s figure still times the tagger alone).
    """
    path = Path(path)
    corpus = load_timeml(path, documents) if timeml else load_wikiwars(path, documents)
    tagger = TimeTagger(mode=mode)
    parses = _parses([d.text[d.body[0] : d.body[1]] for d in corpus]) if parse else None
    totals = {"all": Counts(), "tuned": Counts(), "heldout": Counts()}
    lines: list[str] = []
    words = 0
    seconds = 0.0
    for number, document in enumerate(corpus):
        body_start, body_end = document.body
        body = document.text[body_start:body_end]
        began = time.perf_counter()
        doc = parses[number] if parses is not None else None
        timexes = tagger.tag(body, document_date=document.document_date, doc=doc)
        seconds += time.perf_counter() - began
        words += len(body.split())
        predicted = [(t.start + body_start, t.end + body_start, t.value) for t in timexes]
        counts = score_document(document, predicted)
        totals["all"].add(counts)
        if document.name.startswith(TUNED):
            totals["tuned"].add(counts)
        elif document.name.startswith(HELD_OUT):
            totals["heldout"].add(counts)
        lines.extend(
            json.dumps(
                {
                    "document": document.name,
                    "start": s,
                    "end": e,
                    "text": document.text[s:e],
                    "type": t.type,
                    "value": t.value,
                },
                ensure_ascii=False,
            )
            for (s, e, _), t in zip(predicted, timexes, strict=True)
        )
    if predictions is not None:
        Path(predictions).write_text("\n".join(lines) + ("\n" if lines else ""), encoding="utf-8")
    result: dict[str, object] = {"corpus": "timeml" if timeml else "wikiwars", "documents": len(corpus)}
    result.update(totals["all"].figures())
    if not timeml:
        result.update(totals["tuned"].figures("tuned_"))
        result.update(totals["heldout"].figures("heldout_"))
    else:
        result["relaxed_f1"] = result["extraction_f1_lenient"]
        result["strict_f1"] = result["extraction_f1_strict"]
        result["value_f1"] = float(result["value_accuracy"]) * float(result["extraction_f1_lenient"])  # type: ignore[arg-type]
    result["words_per_second"] = safe_div(words, seconds)
    return result


def _parses(texts: list[str]) -> list[Doc]:
    """spaCy's parse of each text, with the base model (named entities are not needed here)."""
    from annalist.pipeline.model import load_base_model  # loads spaCy's model only when asked to parse

    nlp = load_base_model(exclude=("ner",))
    return list(nlp.pipe(texts, batch_size=4))


def speed(text: str, *, repeat: int = 3, mode: str = "narrative") -> float:
    """Words per second of the tagger alone on ``text`` (best of ``repeat`` runs, one core)."""
    tagger = TimeTagger(mode=mode)
    words = len(text.split())
    best = float("inf")
    for _ in range(repeat):
        began = time.perf_counter()
        tagger.tag(text)
        best = min(best, time.perf_counter() - began)
    return safe_div(words, best)


def render(result: dict[str, object]) -> str:
    """A table of our figures beside HeidelTime's published ones on WikiWars."""
    rows = [("metric", "annalist", "01-12 (tuned)", "13-16 (held out)", "HeidelTime")]
    for key, anchor in PUBLISHED.items():
        ours = result.get(key)
        tuned = result.get(f"tuned_{key}")
        held = result.get(f"heldout_{key}")
        rows.append((key, _percent(ours), _percent(tuned), _percent(held), f"{anchor * 100:.1f}"))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)) for row in rows]
    lines.insert(1, "  ".join("-" * width for width in widths))
    lines.append(
        f"documents: {result.get('documents')}  gold: {result.get('gold')}  predicted: {result.get('predicted')}"
    )
    lines.append(f"tagger speed: {_number(result.get('words_per_second')):,.0f} words/s")
    return "\n".join(lines)


def _percent(value: object) -> str:
    return f"{float(value) * 100:.1f}" if isinstance(value, int | float) else "-"


def _number(value: object) -> float:
    return float(value) if isinstance(value, int | float) else 0.0
