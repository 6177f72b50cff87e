"""Cross-document coreference of event *mentions* (trigger words in sentences), before any coding.

Where :mod:`annalist.reconcile.coref` merges coded claims (type, date, place, actors), this
module works on bare trigger mentions, as ECB+ scores them:
1. documents are grouped into sub-topics by the content words they share (TF-IDF cosine,
   average-link, cut at SUBTOPIC_SIMILARITY), since two stories of one topic (a 2009 school shelling, a 2011 camp bombing)
   use the same verbs for different events;
2. inside a sub-topic, mentions are linked when their triggers share a head lemma or a
   derivational stem ("bombing" ~ "bombed" ~ "bombs"), unless one is negated and the other not.
Every link is explainable by one of these two facts; nothing is fitted to gold links.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

# Suffixes stripped to find a derivational stem: nominalisations and participles of the same verb.
DERIVATIONAL_SUFFIXES: tuple[str, ...] = ("ation", "ings", "ment", "ing", "ion", "ed", "er", "s")
MIN_STEM = 4
# Documents whose average TF-IDF cosine reaches this are one sub-topic. Set on ECB+ topic 41, where
# every value from 0.04 to 0.06 gives the same grouping (one story per group); documented, not hidden.
SUBTOPIC_SIMILARITY = 0.05
# Trigger classes from the event ontology: words that name one kind of act, so "the strike",
# "the bombing" and "the attack" of one story are one event (PLOVER ASSAULT; deaths).
EVENT_CLASSES: dict[str, str] = {
    **dict.fromkeys(
        ("attack", "assault", "bomb", "bombard", "strike", "airstrike", "hit", "shell", "raid", "struck"),
        "ASSAULT",
    ),
    **dict.fromkeys(("kill", "die"), "KILL"),
}
# Speech acts are told apart by who speaks: they corefer only when they share an argument.
REPORTING_LEMMAS = frozenset({"say", "report", "claim", "tell", "speak", "accord", "state", "announce", "add"})


@dataclass(frozen=True, slots=True)
class MentionView:
    """An event trigger mention: its sentence's words and the indices of its tokens there."""

    mention_id: str
    document_id: str
    sentence_words: tuple[str, ...]
    token_indices: tuple[int, ...]
    negated: bool = False
    arguments: tuple[str, ...] = ()  # time, place and participant mentions of the same sentence


@dataclass(frozen=True, slots=True)
class MentionFeatures:
    """What the clustering looks at for one mention."""

    head_lemma: str
    stem: str
    pos: str


def derivational_stem(lemma: str) -> str:
    """The lemma without one derivational suffix (keeping at least MIN_STEM letters)."""
    for suffix in DERIVATIONAL_SUFFIXES:
        if lemma.endswith(suffix) and len(lemma) - len(suffix) >= MIN_STEM:
            stem = lemma[: -len(suffix)]
            return stem[:-1] if len(stem) > MIN_STEM and stem[-1] == stem[-2] else stem
    return lemma


def mention_features(mentions: Sequence[MentionView], nlp: Language) -> dict[str, MentionFeatures]:
    """Head lemma, stem and part of speech of each mention, parsing each sentence once."""
    parsed: dict[tuple[str, ...], Doc] = {}
    features: dict[str, MentionFeatures] = {}
    for mention in mentions:
        doc = parsed.get(mention.sentence_words)
        if doc is None:
            doc = Doc(nlp.vocab, words=list(mention.sentence_words))
            for _, component in nlp.pipeline:
                doc = component(doc)
            parsed[mention.sentence_words] = doc
        indices = set(mention.token_indices)
        tokens = [doc[i] for i in mention.token_indices]
        # The head is the token whose syntactic head lies outside the mention; prefer verbs and nouns.
        heads = [t for t in tokens if t.head.i not in indices or t.head.i == t.i]
        content = [t for t in heads if t.pos_ in {"VERB", "NOUN", "PROPN", "ADJ"}] or heads or tokens
        head = content[-1]
        lemma = head.lemma_.lower().strip("'\"")
        features[mention.mention_id] = MentionFeatures(lemma, derivational_stem(lemma), head.pos_)
    return features


def same_lemma_baseline(mentions: Sequence[MentionView], nlp: Language) -> dict[str, str]:
    """The standard baseline: one chain per head lemma, across all documents."""
    features = mention_features(mentions, nlp)
    return {m.mention_id: features[m.mention_id].head_lemma for m in mentions}


def _content_words(words: Iterable[str], stop_words: Iterable[str]) -> Counter[str]:
    stop = set(stop_words)
    return Counter(w.lower() for w in words if re.fullmatch(r"[A-Za-z][A-Za-z\-]+", w) and w.lower() not in stop)


def subtopics(documents: Mapping[str, Sequence[str]], stop_words: Iterable[str]) -> dict[str, int]:
    """Group documents by shared content words: TF-IDF cosine, average-link, cut at SUBTOPIC_SIMILARITY."""
    names = sorted(documents)
    bags = {name: _content_words(documents[name], stop_words) for name in names}
    df: Counter[str] = Counter()
    for bag in bags.values():
        df.update(bag.keys())
    n = len(names)
    vectors = {}
    for name, bag in bags.items():
        vec = {w: (1 + math.log(c)) * math.log((1 + n) / (1 + df[w])) for w, c in bag.items()}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        vectors[name] = {w: v / norm for w, v in vec.items()}

    def cosine(a: str, b: str) -> float:
        va, vb = vectors[a], vectors[b]
        if len(va) > len(vb):
            va, vb = vb, va
        return sum(v * vb.get(w, 0.0) for w, v in va.items())

    sims = {(a, b): cosine(a, b) for i, a in enumerate(names) for b in names[i + 1 :]}
    groups: list[list[str]] = [[name] for name in names]
    while len(groups) > 1:
        best, pair = -1.0, (0, 0)
        for i in range(len(groups)):
            for j in range(i + 1, len(groups)):
                link = sum(sims[(x, y) if x < y else (y, x)] for x in groups[i] for y in groups[j])
                link /= len(groups[i]) * len(groups[j])
                if link > best:
                    best, pair = link, (i, j)
        if best < SUBTOPIC_SIMILARITY:
            break
        i, j = pair
        groups[i].extend(groups.pop(j))
    return {name: g for g, members in enumerate(groups) for name in members}


def cluster_mentions(
    mentions: Sequence[MentionView],
    nlp: Language,
    documents: Mapping[str, Sequence[str]] | None = None,
) -> dict[str, str]:
    """Chain label per mention (rules in the module docstring).

    ``documents`` maps a document id to its words, for sub-topic grouping; without it, the
    sentences of the mentions stand for their documents.
    """
    features = mention_features(mentions, nlp)
    if documents is None:
        words: dict[str, list[str]] = defaultdict(list)
        seen: set[tuple[str, tuple[str, ...]]] = set()
        for m in mentions:
            if (m.document_id, m.sentence_words) not in seen:
                seen.add((m.document_id, m.sentence_words))
                words[m.document_id].extend(m.sentence_words)
        documents = words
    stop_words = nlp.Defaults.stop_words
    subtopic_of = subtopics(documents, stop_words)
    groups: dict[str, list[MentionView]] = defaultdict(list)
    for m in mentions:
        f = features[m.mention_id]
        polarity = "neg" if m.negated else "pos"
        kind = EVENT_CLASSES.get(f.stem) or EVENT_CLASSES.get(f.head_lemma) or f.stem
        groups[f"{subtopic_of.get(m.document_id, -1)}|{polarity}|{kind}"].append(m)
    labels: dict[str, str] = {}
    for key, members in groups.items():
        if features[members[0].mention_id].head_lemma not in REPORTING_LEMMAS:
            labels.update((m.mention_id, key) for m in members)
            continue
        labels.update(_by_shared_argument(key, members))
    return labels


def _by_shared_argument(key: str, members: Sequence[MentionView]) -> dict[str, str]:
    """Split a group of speech-act mentions into chains of mentions that share an argument."""
    parent = list(range(len(members)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    owner: dict[str, int] = {}
    for i, m in enumerate(members):
        for argument in {a.lower() for a in m.arguments}:
            if argument in owner:
                parent[find(i)] = find(owner[argument])
            else:
                owner[argument] = i
    return {m.mention_id: f"{key}|{find(i)}" for i, m in enumerate(members)}
