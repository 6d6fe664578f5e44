"""A name as a town bears it against a bigger town that lists it among its other names (issues 13 and 15):
by a skeleton of its own name ("Kendal", which Kendall, Fla., lists) or as an alternate name of a town in a
country that names its towns in English ("Oban", which Auburn, Wash., lists)."""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer, PlaceQuery
from gazetteer._resolve._candidates import _part_of_name
from gazetteer._resolve._weights import AMBIGUITY_MARGIN


def _city(gz: Gazetteer, text: str) -> tuple[str | None, str | None, bool]:
    res = gz.resolve(PlaceQuery(city=text))
    assert res.city is not None
    return res.city.name, res.city.country_code, res.ambiguous


def test_an_alternate_that_is_the_skeleton_of_the_main_name_is_no_main_name(gz: Gazetteer) -> None:
    # Kendall, Fla. lists "Kendal"; its own name folds to the same skeleton, which once made the one index
    # row read as its main name written.
    kendall = next(c for c in gz.candidates("Kendal", limit=20) if c.place.geonames_id == 4160711)
    assert kendall.how == "alternate"
    assert kendall.reasons[0] == "alternate name"


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Kendal", "Kendal", "GB"),  # not Kendall, Fla.
        ("Oban", "Oban", "GB"),  # not Auburn, Wash., which lists "Oban"
        ("Waterloo", "Waterloo", "CA"),  # not Austin, Texas, once "Waterloo"
        ("Sidney", "Sidney", "US"),  # not Sydney, which lists it
        ("Centerville", "Centerville", "US"),  # not Fremont, Calif.
    ],
)
def test_a_town_of_the_name_wins_over_an_english_named_town_that_lists_it(
    gz: Gazetteer, text: str, name: str, country: str
) -> None:
    assert _city(gz, text)[:2] == (name, country)


def test_the_english_named_towns_that_list_it_trail_by_more_than_the_ambiguity_margin(gz: Gazetteer) -> None:
    oban = gz.candidates("Oban", limit=10)
    assert oban[0].place.geonames_id == 2641108
    auburns = [c for c in oban if c.place.name == "Auburn"]
    assert auburns and all(oban[0].score - c.score > AMBIGUITY_MARGIN for c in auburns)
    assert "not its English name; another town bears it as its own" in auburns[0].reasons


@pytest.mark.parametrize(
    ("text", "geonames_id"),
    [
        ("Bombay", 1275339),  # India's cities keep their former English names
        ("Madras", 1264527),
        ("Cologne", 2886242),  # an English exonym of a town abroad
        ("Bruges", 2800931),
        ("Leningrad", 498817),
        ("Manhattan", 5128581),  # the town of the name lies by New York City, as a part of it
        ("Stoke", 2636841),  # a part of its own name: Stoke-on-Trent
        ("Pittsburgh", 5206379),
        ("Kendall", 4160711),
    ],
)
def test_a_bigger_town_keeps_a_name_it_is_known_by(gz: Gazetteer, text: str, geonames_id: int) -> None:
    res = gz.resolve(PlaceQuery(city=text))
    assert res.city is not None and res.city.geonames_id == geonames_id


def test_a_parent_still_picks_the_smaller_namesake(gz: Gazetteer) -> None:
    res = gz.resolve(PlaceQuery(city="Pittsburg", parents=("Kansas",)))
    assert res.city is not None and res.city.geonames_id == 4277241


@pytest.mark.parametrize(
    ("alternate", "name", "part"),
    [("Stoke", "Stoke-on-Trent", True), ("Sudbury", "Greater Sudbury", True), ("Oban", "Auburn", False)],
)
def test_part_of_name(alternate: str, name: str, part: bool) -> None:
    assert _part_of_name(alternate, name) is part


def test_an_alternate_that_differs_from_the_main_name_only_by_its_spaces_is_the_main_name(
    gz: Gazetteer,
) -> None:
    # "Buriram" for Buri Ram: the town, not only the province of that name.
    res = gz.resolve(PlaceQuery(city="Buriram", parents=("Thailand",)))
    assert res.city is not None and res.city.geonames_id == 1611453


@pytest.mark.parametrize(("text", "name"), [("Casco", "Portland"), ("Teton", "Jackson")])
def test_a_hamlet_of_the_name_does_not_take_a_towns_old_or_local_name(
    gz: Gazetteer, text: str, name: str
) -> None:
    # Portland, Maine lists "Casco" (Casco, Maine has 587 people); Jackson, Wyo. lists "Teton".
    reasons = next(c.reasons for c in gz.candidates(text, limit=10) if c.place.name == name)
    assert "not its English name; another town bears it as its own" not in reasons
