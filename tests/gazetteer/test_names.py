"""Folding and keys: both the index and the queries go through these, so they must agree."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gazetteer._names import (
    compact,
    fold,
    is_latin,
    norm,
    prefix_deletes,
    skeleton,
    strip_compass,
    strip_generic,
)
from gazetteer._schema import FUZZY_MAX_EDITS, FUZZY_PREFIX


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Kahramanmaras", "Kahramanmaraş"),
        ("Montreal", "Montréal"),
        ("Brasilia", "Brasília"),
        ("Pokrovsk", "Pokrovs'k"),
        ("St. Petersburg", "Saint Petersburg"),
        ("Ivano-Frankivsk", "Ivano Frankivsk"),
        ("Łódź", "Lodz"),
    ],
)
def test_norm_folds_accents_apostrophes_and_abbreviations(a: str, b: str) -> None:
    assert norm(a) == norm(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Schastia", "Shchastya"),
        ("Shchastia", "Shchastya"),
        ("Mykolaiv", "Mykolayiv"),
        ("Zaporizhzhia", "Zaporizhzhya"),
        ("Kitzbuehel", "Kitzbühel"),
        ("Severodonetsk", "Sievierodonetsk"),
        ("Lugansk", "Luhansk"),
        ("Turkiye", "Türkiye"),
    ],
)
def test_skeleton_merges_romanisation_variants(a: str, b: str) -> None:
    assert skeleton(norm(a)) == skeleton(norm(b))


def test_skeleton_keeps_different_names_apart() -> None:
    assert skeleton(norm("Kyiv")) != skeleton(norm("Kharkiv"))
    assert skeleton(norm("Paris")) != skeleton(norm("Perth"))


def test_latin_script_detection() -> None:
    assert is_latin("Kahramanmaraş")
    assert is_latin("Łódź")
    assert not is_latin("Луганськ")
    assert not is_latin("東京")
    assert fold("ß") == "ss"


def test_generic_words_and_compass_descriptors() -> None:
    assert strip_generic(norm("Luhansk region")) == "luhansk"
    assert strip_generic(norm("Sichuan Province")) == "sichuan"
    assert strip_generic(norm("Province of Sichuan")) == "sichuan"
    assert strip_generic(norm("District of Columbia")) == "district of columbia"
    assert strip_generic(norm("region")) == "region"
    assert strip_compass(norm("eastern Ukraine")) == ("ukraine", "eastern")
    assert strip_compass(norm("south-eastern Turkey")) == ("turkey", "southeastern")
    assert strip_compass("ukraine") == ("ukraine", None)
    assert compact("W.Va.") == "wva"


def _shared_deletion(a: str, b: str, max_edits: int) -> bool:
    # The index side always stores deletions up to FUZZY_MAX_EDITS; the query side up to its own bound.
    return bool(prefix_deletes(a, FUZZY_PREFIX, max_edits) & prefix_deletes(b, FUZZY_PREFIX, FUZZY_MAX_EDITS))


@pytest.mark.parametrize(
    ("misspelt", "name", "max_edits"),
    [
        ("kramatorks", "kramatorsk", 2),  # two letters swapped: two substitutions
        ("mariupoll", "mariupol", 2),
        ("zaporizzhia", "zaporizhzhia", 2),  # a letter dropped and another doubled
        ("krmatorsk", "kramatorsk", 2),  # a deletion inside the indexed prefix
        ("kramatorskk", "kramatorsk", 2),  # an insertion past it
        ("saint petersbrug", "saint petersburg", 2),
        ("donetks", "donetsk", 1),
        ("odessa", "odesa", 1),
        ("kharkov", "kharkiv", 1),
    ],
)
def test_names_within_reach_share_a_prefix_deletion(misspelt: str, name: str, max_edits: int) -> None:
    assert _shared_deletion(misspelt, name, max_edits)


def test_deletions_keep_the_first_two_letters_and_the_prefix_only() -> None:
    found = prefix_deletes("bakhmutsk", 8, 1)
    assert all(d.startswith("ba") for d in found)
    assert found == {"bakhmuts", "bahmuts", "bakmuts", "bakhuts", "bakhmts", "bakhmus", "bakhmut"}
    assert prefix_deletes("kyiv", FUZZY_PREFIX, 2) == {"kyiv", "kyi", "kyv", "ky"}


@settings(max_examples=300, deadline=None)
@given(
    prefix=st.text(alphabet="abkst ", min_size=2, max_size=FUZZY_PREFIX), max_edits=st.sampled_from((1, 2))
)
def test_a_lookups_deletions_are_the_indexed_ones(prefix: str, max_edits: int) -> None:
    # What a misspelling probes the fuzzy index by: the same strings as the index was built from, each
    # pair of deleted places once (a doubled letter's deletion may come twice, which SQLite's IN ignores).
    from gazetteer._resolve._candidates import query_deletes

    found = query_deletes(prefix, max_edits)
    assert set(found) == prefix_deletes(prefix, len(prefix), max_edits)
    cuts = len(prefix) - 2
    assert len(found) == 1 + cuts + (cuts * (cuts - 1) // 2 if max_edits > 1 else 0)


_LETTERS = st.text(alphabet="abcdeinorstuz ", min_size=3, max_size=14)


@settings(max_examples=400, deadline=None)
@given(
    word=_LETTERS,
    edits=st.lists(
        st.tuples(st.integers(0, 20), st.sampled_from("sdi"), st.sampled_from("aeoz ")), max_size=2
    ),
)
def test_any_two_edits_past_the_first_two_letters_share_a_deletion(
    word: str, edits: list[tuple[int, str, str]]
) -> None:
    # The completeness the fuzzy index rests on: keys sharing their first two letters and within d edits
    # (Levenshtein) share a deletion of their prefixes, whatever the edits and wherever they fall.
    from rapidfuzz.distance import Levenshtein

    changed = word
    for position, kind, letter in edits:
        i = 2 + position % max(1, len(changed) - 1)
        if kind == "s":
            changed = changed[:i] + letter + changed[i + 1 :]
        elif kind == "d":
            changed = changed[:i] + changed[i + 1 :]
        else:
            changed = changed[:i] + letter + changed[i:]
    distance = Levenshtein.distance(word, changed)
    assert distance <= 2 and changed[:2] == word[:2]
    assert _shared_deletion(changed, word, max(distance, 1))
