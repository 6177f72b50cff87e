"""Cross-document event coreference on ECB+ (gold event mentions), scored with MUC, B³, CEAF-e, CoNLL.

Data: the ECB+ release laid out as ``PATH/ECB+/<topic>/<topic>_<n>ecb[plus].xml`` with
``PATH/ECBplus_coreference_sentences.csv``; only mentions in the listed sentences are scored, as
the corpus README asks. Gold event mentions are the ACTION_* and NEG_* markables; a mention in a
CROSS_DOC_COREF or INTRA_DOC_COREF relation belongs to its target's chain, any other is a singleton.

Metrics, from their definitions (key K = gold chains, response R = system chains, same mentions):
- MUC (Vilain et al. 1995), link-based: recall = Σ_k (|k| − |p(k)|) / Σ_k (|k| − 1), where p(k)
  is the partition of chain k by the response chains; precision swaps K and R. Singletons add nothing.
- B³ (Bagga & Baldwin 1998), mention-based: for each mention m, precision |K(m) ∩ R(m)| / |R(m)|
  and recall |K(m) ∩ R(m)| / |K(m)|, averaged over all mentions.
- CEAF-e (Luo 2005), entity-based: φ4(k, r) = 2|k ∩ r| / (|k| + |r|); the one-to-one alignment
  of key and response chains maximising Σφ4 gives recall Σφ4 / |K| and precision Σφ4 / |R|.
- CoNLL F1 (Pradhan et al. 2011/2014): the mean of the MUC, B³ and CEAF-e F1.

Systems, both over the same mentions in one run (:mod:`annalist.reconcile.mention_coref`):
- ``baseline``: the same-lemma baseline (mentions with the same head lemma form one chain, topic-wide);
- ``ours``: documents are first clustered into sub-topics by the words they share, then mentions
  within a sub-topic are merged by head lemma and derivational stem, and by shared event
  arguments (time, place and participant mentions in the same sentence).
"""

from __future__ import annotations

import csv
import json
import random
import time
import xml.etree.ElementTree as ET
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, timedelta
from pathlib import Path

import networkx as nx

from annalist.bench.scoring import safe_div
from annalist.reconcile.claims import ClaimView, FigureView
from annalist.reconcile.coref import cluster_claims
from annalist.reconcile.mention_coref import MentionView, cluster_mentions, same_lemma_baseline

# Published anchor (different test set: ECB+ test topics 36-45, gold mentions, event coreference).
ANCHORS: dict[str, float] = {"Barhom et al. 2019 joint model, CoNLL F1 (topics 36-45)": 0.795}
EVENT_TAG_PREFIXES = ("ACTION_", "NEG_")
ARGUMENT_TAG_PREFIXES = ("TIME_", "LOC_", "HUMAN_", "NON_HUMAN")

Chains = Sequence[frozenset[str]]


# ---------------------------------------------------------------- metrics


def _f1(p: float, r: float) -> float:
    return safe_div(2 * p * r, p + r)


def _chain_of(chains: Chains) -> dict[str, int]:
    return {m: i for i, chain in enumerate(chains) for m in chain}


def muc(key: Chains, response: Chains) -> tuple[float, float, float]:
    """MUC precision, recall, F1 (link-based; see the module docstring)."""

    def recall(k: Chains, r: Chains) -> float:
        owner = _chain_of(r)
        num = den = 0
        for chain in k:
            # Mentions missing from the response each form their own part.
            parts = {owner.get(m, ("missing", m)) for m in chain}
            num += len(chain) - len(parts)
            den += len(chain) - 1
        return safe_div(num, den)

    r, p = recall(key, response), recall(response, key)
    return p, r, _f1(p, r)


def b_cubed(key: Chains, response: Chains) -> tuple[float, float, float]:
    """B³ precision, recall, F1 (mention-based, averaged over mentions)."""

    def score(k: Chains, r: Chains) -> float:
        owner = _chain_of(r)
        total = 0.0
        mentions = 0
        for chain in k:
            for m in chain:
                other = r[owner[m]] if m in owner else frozenset({m})
                total += len(chain & other) / len(chain)
                mentions += 1
        return safe_div(total, mentions)

    r, p = score(key, response), score(response, key)
    return p, r, _f1(p, r)


def ceaf_e(key: Chains, response: Chains) -> tuple[float, float, float]:
    """CEAF-e precision, recall, F1 (entity-based, optimal alignment under φ4)."""
    graph: nx.Graph = nx.Graph()
    owner = _chain_of(response)
    for i, chain in enumerate(key):
        for j in {owner[m] for m in chain if m in owner}:
            shared = len(chain & response[j])
            graph.add_edge(("k", i), ("r", j), weight=2 * shared / (len(chain) + len(response[j])))
    matching = nx.max_weight_matching(graph)
    similarity = sum(graph[a][b]["weight"] for a, b in matching)
    p, r = safe_div(similarity, len(response)), safe_div(similarity, len(key))
    return p, r, _f1(p, r)


def conll_scores(key: Chains, response: Chains) -> dict[str, float]:
    """MUC, B³, CEAF-e (precision, recall, F1 each) and the CoNLL F1, their F1s' mean."""
    out: dict[str, float] = {}
    for name, metric in (("muc", muc), ("b3", b_cubed), ("ceafe", ceaf_e)):
        p, r, f = metric(key, response)
        out[f"{name}_p"], out[f"{name}_r"], out[f"{name}_f1"] = p, r, f
    out["conll_f1"] = (out["muc_f1"] + out["b3_f1"] + out["ceafe_f1"]) / 3
    return out


def chains_from_labels(labels: Mapping[str, str]) -> list[frozenset[str]]:
    """Chains from a mention → chain-label mapping."""
    groups: dict[str, set[str]] = defaultdict(set)
    for mention, label in labels.items():
        groups[label].add(mention)
    return [frozenset(g) for _, g in sorted(groups.items())]


# ---------------------------------------------------------------- ECB+ reading


def _selected_sentences(path: Path) -> set[tuple[str, str, int]]:
    table = path / "ECBplus_coreference_sentences.csv"
    if not table.is_file():
        raise FileNotFoundError(
            f"{table} not found: pass the ECB+ folder holding ECBplus_coreference_sentences.csv and ECB+/<topic>/"
        )
    with table.open(newline="", encoding="utf-8") as handle:
        return {(r["Topic"], r["File"], int(r["Sentence Number"])) for r in csv.DictReader(handle)}


def read_ecbplus(
    path: Path, topics: Iterable[str] | None = None
) -> tuple[list[MentionView], dict[str, str], dict[str, list[str]]]:
    """Gold event mentions in the selected sentences, each mention's gold chain label, each document's words."""
    selected = _selected_sentences(path)
    root_dir = path / "ECB+"
    wanted = set(topics) if topics else None
    mentions: list[MentionView] = []
    gold: dict[str, str] = {}
    documents: dict[str, list[str]] = {}
    for topic_dir in sorted(p for p in root_dir.iterdir() if p.is_dir()):
        if wanted is not None and topic_dir.name not in wanted:
            continue
        for xml_file in sorted(topic_dir.glob("*.xml")):
            found, labels, words = _read_document(xml_file, topic_dir.name, selected)
            documents[xml_file.stem] = words
            mentions.extend(found)
            gold.update(labels)
    if not mentions:
        raise ValueError(f"no gold event mentions found under {root_dir} for topics {sorted(wanted or [])}")
    return mentions, gold, documents


def _read_document(
    xml_file: Path, topic: str, selected: set[tuple[str, str, int]]
) -> tuple[list[MentionView], dict[str, str], list[str]]:
    doc_name = xml_file.stem  # 41_1ecbplus
    short = doc_name.split("_", 1)[1]  # 1ecbplus, as the sentence table names it
    root = ET.parse(xml_file).getroot()
    tokens = {t.get("t_id", ""): (t.text or "", int(t.get("sentence", "0"))) for t in root.iter("token")}
    sentences: dict[int, list[str]] = defaultdict(list)
    token_index: dict[str, int] = {}
    for t_id, (text, sentence) in tokens.items():
        token_index[t_id] = len(sentences[sentence])
        sentences[sentence].append(text)
    instance_of: dict[str, str] = {}
    spans: dict[str, tuple[str, list[str]]] = {}
    markables = root.find("Markables")
    for element in markables if markables is not None else []:
        m_id = element.get("m_id", "")
        anchors = [a.get("t_id", "") for a in element.findall("token_anchor")]
        if anchors:
            spans[m_id] = (element.tag, anchors)
        elif element.get("instance_id"):
            instance_of[m_id] = element.get("instance_id", "")
    chain_of: dict[str, str] = {}
    relations = root.find("Relations")
    for relation in relations if relations is not None else []:
        target = relation.find("target")
        if target is None:
            continue
        t_id = target.get("m_id", "")
        label = instance_of.get(t_id) or relation.get("note") or f"{doc_name}:{t_id}"
        for source in relation.findall("source"):
            chain_of[source.get("m_id", "")] = label
    arguments: dict[int, list[str]] = defaultdict(list)
    for tag, anchors in spans.values():
        if tag.startswith(ARGUMENT_TAG_PREFIXES):
            sentence = tokens[anchors[0]][1]
            arguments[sentence].append(" ".join(tokens[a][0] for a in anchors))
    mentions: list[MentionView] = []
    labels: dict[str, str] = {}
    for m_id, (tag, anchors) in sorted(spans.items(), key=lambda kv: int(kv[0]) if kv[0].isdigit() else 0):
        if not tag.startswith(EVENT_TAG_PREFIXES):
            continue
        sentence = tokens[anchors[0]][1]
        if (topic, short, sentence) not in selected:
            continue
        mention_id = f"{doc_name}:{m_id}"
        mentions.append(
            MentionView(
                mention_id=mention_id,
                document_id=doc_name,
                sentence_words=tuple(sentences[sentence]),
                token_indices=tuple(token_index[a] for a in anchors),
                negated=tag.startswith("NEG_"),
                arguments=tuple(arguments[sentence]),
            )
        )
        labels[mention_id] = chain_of.get(m_id, f"singleton:{mention_id}")
    return mentions, labels, [text for text, _ in tokens.values()]


# ---------------------------------------------------------------- run and render


def run(
    path: Path,
    *,
    predictions: Path | None = None,
    rescore: Path | None = None,
    topics: Iterable[str] | None = None,
    **options: object,
) -> dict[str, object]:
    """Score our event coreference and the same-lemma baseline on ECB+ gold mentions.

    ``predictions``: write one JSON line per gold mention (mention id, document, text, chain label).
    ``rescore``: score a file of that form (each line's ``mention`` and ``chain``) instead of our system.
    ``topics``: topic folder names to use (all by default; ``["41"]`` for the shipped sample).
    """
    from annalist.pipeline.model import load_base_model

    mentions, gold_labels, documents = read_ecbplus(Path(path), list(topics) if topics else None)
    key = chains_from_labels(gold_labels)
    nlp = load_base_model()
    baseline = same_lemma_baseline(mentions, nlp)
    if rescore is not None:
        lines = Path(rescore).read_text(encoding="utf-8").splitlines()
        loaded = {str(row["mention"]): str(row["chain"]) for row in map(json.loads, lines) if row}
        missing = [m.mention_id for m in mentions if m.mention_id not in loaded]
        if missing:
            raise ValueError(f"{rescore} lacks {len(missing)} mention ids, e.g. {missing[:3]}")
        ours = {m.mention_id: loaded[m.mention_id] for m in mentions}
    else:
        ours = cluster_mentions(mentions, nlp, documents)
    if predictions is not None:
        with Path(predictions).open("w", encoding="utf-8") as out:
            for m in mentions:
                words = " ".join(m.sentence_words[i] for i in m.token_indices)
                row = {"mention": m.mention_id, "document": m.document_id, "text": words, "chain": ours[m.mention_id]}
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
    result: dict[str, object] = {"mentions": len(mentions), "gold_chains": len(key)}
    result.update(conll_scores(key, chains_from_labels(ours)))
    result["system_chains"] = len(set(ours.values()))
    for name, value in conll_scores(key, chains_from_labels(baseline)).items():
        result[f"baseline_{name}"] = value
    return result


def synthetic_claims(n_claims: int, *, seed: int = 7) -> list[ClaimView]:
    """Generated claims: ~4 reports per event, over 30 years, 3 countries' worth of area, 16 types.

    Reports of one event give its day or the day after, the place by a few km, sometimes give
    only the month or the province, and name one or two of the event's actors.
    """
    rng = random.Random(seed)
    types = ["ASSAULT", "PROTEST", "COERCE", "MOBILIZE", "CONSULT", "AGREE", "AID", "ACCUSE"]
    actors = [f"actor{i}" for i in range(2000)]
    claims: list[ClaimView] = []
    start = 723_180  # 1981-01-01 as an ordinal
    event_no = 0
    while len(claims) < n_claims:
        event_no += 1
        day = start + rng.randrange(30 * 365)
        lat, lon = rng.uniform(25.0, 40.0), rng.uniform(40.0, 60.0)
        kind = rng.choice(types)
        cast = rng.sample(actors, 3)
        for report in range(rng.randint(1, 7)):
            when = date.fromordinal(day + rng.choice((0, 0, 0, 1)))
            month = rng.random() < 0.1
            coarse = rng.random() < 0.1
            dead = rng.randint(0, 50)
            claims.append(
                ClaimView(
                    claim_id=f"c{event_no}.{report}",
                    document_id=f"d{event_no}.{report}",
                    source=f"s{rng.randrange(50)}",
                    type=kind,
                    date_start=when.replace(day=1).isoformat() if month else when.isoformat(),
                    date_end=_month_end(when).isoformat() if month else when.isoformat(),
                    date_precision="month" if month else "day",
                    lat=lat + rng.uniform(-0.03, 0.03),
                    lon=lon + rng.uniform(-0.03, 0.03),
                    place_precision="admin1" if coarse else "city",
                    actors=tuple(rng.sample(cast[:2], rng.randint(1, 2))),
                    recipients=(cast[2],),
                    figures=(FigureView("dead", None, float(dead), None),),
                    trigger_lemma=kind.lower(),
                )
            )
    return claims[:n_claims]


def _month_end(day: date) -> date:
    following = day.replace(day=28) + timedelta(days=4)
    return following - timedelta(days=following.day)


def scale_run(n_claims: int, *, seed: int = 7) -> dict[str, object]:
    """Time :func:`cluster_claims` on ``n_claims`` generated claims; reports claims per second."""
    claims = synthetic_claims(n_claims, seed=seed)
    began, began_cpu = time.perf_counter(), time.process_time()
    events = cluster_claims(claims)
    seconds, cpu_seconds = time.perf_counter() - began, time.process_time() - began_cpu
    true_events = len({c.claim_id.split(".")[0] for c in claims})
    return {
        "claims": n_claims,
        "events": len(events),
        "generated_events": true_events,
        "seconds": round(seconds, 2),
        # CPU time of this process: on a shared machine wall time also counts other people's work.
        "cpu_seconds": round(cpu_seconds, 2),
        "claims_per_second": round(n_claims / seconds) if seconds else 0,
        "claims_per_cpu_second": round(n_claims / cpu_seconds) if cpu_seconds else 0,
    }


def render(result: Mapping[str, object]) -> str:
    """A table of our scores beside the same-lemma baseline and the published anchor."""

    def pct(name: str) -> str:
        value = result.get(name)
        return f"{100 * value:5.1f}" if isinstance(value, float) else "    -"

    lines = [
        f"ECB+ event coreference: {result.get('mentions')} gold mentions, {result.get('gold_chains')} gold chains",
        f"{'metric':<10} {'ours':>6} {'lemma':>6}",
    ]
    for metric in ("muc", "b3", "ceafe"):
        for part in ("p", "r", "f1"):
            lines.append(
                f"{metric + '_' + part:<10} {pct(f'{metric}_{part}'):>6} {pct(f'baseline_{metric}_{part}'):>6}"
            )
    lines.append(f"{'conll_f1':<10} {pct('conll_f1'):>6} {pct('baseline_conll_f1'):>6}")
    for anchor, value in ANCHORS.items():
        lines.append(f"anchor: {anchor} = {100 * value:.1f}")
    return "\n".join(lines)
