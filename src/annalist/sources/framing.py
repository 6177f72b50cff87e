"""Framing: spans of loaded or propagandistic wording, each with its SemEval-2020 Task 11 technique and target.

A framing span records how a source words things; it never becomes an event or a fact. Spans come from a lexicon
(ours, data/sources/framing_lexicon.tsv, extensible with the user's own TSV files) matched on lemmas or lower-cased
words, plus a few patterns (superlative + 'ever'); adjacent spans of one technique joined by 'and'/','/'or' merge.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from spacy.tokens import Doc, Span

from annalist.records import Extractor, FramingSpan
from annalist.sources.framing_targets import find_target

TECHNIQUES = frozenset(
    {
        "Appeal_to_Authority",
        "Appeal_to_fear-prejudice",
        "Bandwagon,Reductio_ad_hitlerum",
        "Black-and-White_Fallacy,Dictatorship",
        "Causal_Oversimplification",
        "Doubt",
        "Exaggeration,Minimisation",
        "Flag-Waving",
        "Loaded_Language",
        "Name_Calling,Labeling",
        "Repetition",
        "Slogans",
        "Thought-terminating_Cliches",
        "Whataboutism,Straw_Men,Red_Herring",
    }
)
_PATTERN_TOKENS = re.compile(r"\w+|[^\w\s]")
_SUPERLATIVE_EVER = re.compile(r"\b(?:the\s+)?(?:most\s+\w+|\w+est)\s+(?:\w+\s+){0,3}(?:ever|in history)\b", re.I)
_JOINERS = frozenset({"and", ",", "or", "&"})


class LexiconError(ValueError):
    """A framing lexicon file is malformed."""


@dataclass(frozen=True, slots=True)
class LexiconEntry:
    technique: str
    phrase: str


def default_lexicon_path() -> Path:
    return Path(str(resources.files("annalist") / "data" / "sources" / "framing_lexicon.tsv"))


def read_lexicon(path: Path) -> list[LexiconEntry]:
    """Entries of a TSV lexicon: 'technique<TAB>phrase' lines; '#' comments and the header line are skipped."""
    entries: list[LexiconEntry] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#") or line.startswith("technique\t"):
            continue
        parts = line.split("\t")
        if len(parts) < 2 or parts[0] not in TECHNIQUES or not parts[1].strip():
            raise LexiconError(
                f"[S010] {path}:{number}: expected 'technique<TAB>phrase' with a SemEval-2020 Task 11 technique "
                f"(one of {', '.join(sorted(TECHNIQUES))}), got {line!r}."
            )
        entries.append(LexiconEntry(parts[0], parts[1].strip().lower()))
    return entries


def _token_keys(doc: Doc, index: int) -> set[str]:
    token = doc[index]
    keys = {token.lower_}
    if token.lemma_:
        keys.add(token.lemma_.lower())
    return keys


class FramingTagger:
    """Marks loaded wording with its technique and the entity it targets."""

    name = "annalist.framing"
    version = "1.0.0"

    def __init__(
        self,
        lexicon_paths: Sequence[Path] = (),
        entries: Iterable[LexiconEntry] = (),
        *,
        include_default: bool = True,
    ) -> None:
        all_entries = read_lexicon(default_lexicon_path()) if include_default else []
        for path in lexicon_paths:
            all_entries.extend(read_lexicon(path))
        all_entries.extend(entries)
        # First word -> (pattern words, entry), longest first so 'terrorist group' beats 'terrorist'.
        self._index: dict[str, list[tuple[tuple[str, ...], LexiconEntry]]] = {}
        for entry in all_entries:
            words = tuple(_PATTERN_TOKENS.findall(entry.phrase))
            if words:
                self._index.setdefault(words[0], []).append((words, entry))
        for candidates in self._index.values():
            candidates.sort(key=lambda item: -len(item[0]))

    def _lexicon_matches(self, doc: Doc) -> list[tuple[int, int, LexiconEntry]]:
        """(first token, end token, entry): the longest entry starting at each token, no overlaps."""
        matches: list[tuple[int, int, LexiconEntry]] = []
        index = 0
        while index < len(doc):
            found = None
            for key in _token_keys(doc, index):
                for words, entry in self._index.get(key, ()):
                    end = index + len(words)
                    if end <= len(doc) and all(
                        words[offset] in _token_keys(doc, index + offset) for offset in range(1, len(words))
                    ):
                        if found is None or end > found[1]:
                            found = (index, end, entry)
                        break
            if found is not None:
                matches.append(found)
                index = found[1]
            else:
                index += 1
        return matches

    def _merged(self, doc: Doc, matches: list[tuple[int, int, LexiconEntry]]) -> list[tuple[int, int, LexiconEntry]]:
        """'desperate and misguided' is one loaded span, not two."""
        merged: list[tuple[int, int, LexiconEntry]] = []
        for start, end, entry in matches:
            if merged:
                last_start, last_end, last_entry = merged[-1]
                between = [token.lower_ for token in doc[last_end:start]]
                if last_entry.technique == entry.technique and 1 <= len(between) <= 2 and set(between) <= _JOINERS:
                    merged[-1] = (last_start, end, last_entry)
                    continue
            merged.append((start, end, entry))
        return merged

    def tag(self, doc: Doc) -> list[FramingSpan]:
        """Framing spans in text order (text inside citations is skipped: it is the cited work's wording)."""
        citation_spans = (doc._.citation_spans if Doc.has_extension("citation_spans") else None) or []
        spans: list[tuple[Span, str, str | None]] = []
        for start, end, entry in self._merged(doc, self._lexicon_matches(doc)):
            spans.append((doc[start:end], entry.technique, entry.phrase))
        for match in _SUPERLATIVE_EVER.finditer(doc.text):
            span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
            if span is not None:
                spans.append((span, "Exaggeration,Minimisation", None))
        result: list[FramingSpan] = []
        seen: set[tuple[int, int]] = set()
        for span, technique, phrase in sorted(spans, key=lambda item: item[0].start_char):
            key = (span.start_char, span.end_char)
            if key in seen or any(s <= span.start_char < e for s, e in citation_spans):
                continue
            seen.add(key)
            confidence = 0.7 if phrase is not None else 0.6
            result.append(
                FramingSpan(
                    span.start_char,
                    span.end_char,
                    span.text,
                    technique,
                    find_target(span, technique, citation_spans),
                    Extractor(self.name, self.version, confidence),
                    phrase,
                )
            )
        return result
