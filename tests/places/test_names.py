from __future__ import annotations

import pytest

from annalist.places.names import exact_key, skeleton_key


@pytest.mark.parametrize(
    ("written", "key"),
    [
        ("Eslāmābād-e Gharb", "eslamabad e gharb"),
        ("St. John's", "st johns"),
        ("  U.S. ", "u s"),
        ("ТЕГЕРАН", "тегеран"),
    ],
)
def test_exact_key_folds_case_accents_and_punctuation(written: str, key: str) -> None:
    assert exact_key(written) == key


def test_transliteration_variants_share_a_skeleton() -> None:
    assert skeleton_key("Islamabad") == skeleton_key("Eslamabad")
    assert skeleton_key("Kermanshah") == skeleton_key("Kirmanshah")


def test_short_and_non_latin_names_have_no_skeleton() -> None:
    assert skeleton_key("Ur") is None
    assert skeleton_key("تهران") is None
