"""Counties written in Irish after their type word ("Co. Chiarraí"), read as the county the index holds."""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer, PlaceQuery


@pytest.mark.parametrize(
    ("text", "county"),
    [("Co. Chiarraí", "Kerry"), ("Co. an Chláir", "Clare")],
)
def test_an_irish_county_in_the_city_slot_is_the_county(gz: Gazetteer, text: str, county: str) -> None:
    res = gz.resolve(PlaceQuery(city=text))
    assert res.admin2 is not None
    assert (res.admin2.name, res.admin2.country_code) == (county, "IE")


def test_an_irish_county_as_a_parent_places_its_town(gz: Gazetteer) -> None:
    res = gz.resolve(PlaceQuery(city="Killarney", parents=("Co. Chiarraí",)))
    assert res.city is not None
    assert res.city.country_code == "IE"
    assert not res.ambiguous
