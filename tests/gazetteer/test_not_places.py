"""Words that name no place stay unresolved when written alone: demonyms, titles, "None", "President"."""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer, PlaceQuery
from gazetteer._resolve._context import is_not_place

NOT_PLACES = (
    "Egyptian", "Israeli", "Palestinian", "Syrian", "American", "Americans", "Russian", "Ukrainian", "French",
    "German", "British", "Mexican", "Canadian", "Brazilian", "Pakistani", "Iraqi", "Afghan", "Saudi", "Kurdish",
    "President", "Prime Minister", "Senator", "Gov.", "Mayor", "King", "Pope", "General", "None", "NONE",
    "Police", "Democrats", "Christmas", "Texan", "Texans", "Californian", "Hoosier", "Hawaiian", "New Yorker",
    "Ontarian",
)  # fmt: skip


@pytest.mark.parametrize("text", NOT_PLACES)
def test_stays_unresolved(gz: Gazetteer, text: str) -> None:
    assert is_not_place(text)
    resolution = gz.resolve(PlaceQuery(city=text))
    assert resolution.most_specific is None
    assert resolution.not_found == (text,)


def test_no_evidence_in_context(gz: Gazetteer) -> None:
    # A demonym among the other names neither helps nor hurts.
    alone = gz.resolve(PlaceQuery(city="Cairo", context=("Gaza",))).most_specific
    with_words = gz.resolve(PlaceQuery(city="Cairo", context=("Egyptian", "President", "Gaza"))).most_specific
    assert alone == with_words and alone is not None and alone.country_code == "EG"


def test_a_parent_lifts_the_ban(gz: Gazetteer) -> None:
    place = gz.resolve(PlaceQuery(city="Canadian", parents=("Texas",))).city
    assert place is not None and (place.country_code, place.admin1_code) == ("US", "TX")


def test_places_named_like_no_word_still_resolve(gz: Gazetteer) -> None:
    for name in ("Egypt", "Cairo", "Georgia", "Mexico City", "Paris"):
        assert not is_not_place(name)
        assert gz.resolve(PlaceQuery(city=name)).most_specific is not None
