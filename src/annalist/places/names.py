"""Name keys: how a place name written in a text is matched against gazetteer names.

Two keys per name. The *exact key* folds case, accents and punctuation ("Eslāmābād-e Gharb" -> "eslamabad e
gharb"). The *skeleton key* also drops vowels and doubled letters, so the transliteration variants common in
conflict narratives (Islamabad/Eslamabad, Kermanshah/Kirmanshah) meet; it is only used as a weaker match.
"""

from __future__ import annotations

import re
import unicodedata

_NON_WORD = re.compile(r"[^\w]+")
_VOWELS = re.compile(r"[aeiouy]")
_REPEATS = re.compile(r"(.)\1+")
# Leading articles and Persian/Arabic ezafe particles that transliterations add or drop.
_PARTICLES = frozenset({"the", "e", "i", "ye", "al", "el", "ul"})
_SKELETON_MIN_LETTERS = 4


def exact_key(name: str) -> str:
    """Lower-case, accent-free, punctuation-free form of a name ("St. John's" -> "st john s")."""
    if name.isascii():  # nothing to decompose: most names in English text
        stripped = name
    else:
        decomposed = unicodedata.normalize("NFKD", name)
        stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    stripped = stripped.replace("'", "").replace("’", "").replace("‘", "").replace("`", "")
    return " ".join(_NON_WORD.sub(" ", stripped.casefold()).split())


def skeleton_key(name: str) -> str | None:
    """Consonant skeleton of a Latin-script name, or None when too short or not Latin to be safe."""
    words = [w for w in exact_key(name).split() if w not in _PARTICLES]
    joined = "".join(words)
    if not joined.isascii() or not joined.isalpha():
        return None
    skeleton = _REPEATS.sub(r"\1", _VOWELS.sub("", joined.replace("ph", "f").replace("q", "k")))
    return skeleton if len(skeleton) >= _SKELETON_MIN_LETTERS else None


def strip_the(text: str) -> str:
    """A mention without its leading article ("the Gaza Strip" -> "Gaza Strip")."""
    return text[4:] if text[:4].lower() == "the " else text
