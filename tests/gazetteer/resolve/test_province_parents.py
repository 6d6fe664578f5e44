"""A parent written with its division word that names a second-level unit: "Camarines Sur province"."""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer, PlaceQuery


@pytest.mark.parametrize(
    ("city", "parents", "latitude"),
    [
        # Two Nagas in the Philippines: the province written beside it decides, and is found.
        ("Naga City", ("Camarines Sur province", "Philippines"), 13.6),
        ("Naga City", ("Cebu province", "Philippines"), 10.2),
    ],
)
def test_a_province_that_is_a_second_level_unit_is_read_by_its_own_name(
    gz: Gazetteer, city: str, parents: tuple[str, ...], latitude: float
) -> None:
    res = gz.resolve(PlaceQuery(city=city, parents=parents))
    assert res.city is not None and res.city.latitude is not None
    assert abs(res.city.latitude - latitude) < 0.3
    assert res.not_found == ()
    assert not res.ambiguous


def test_a_county_is_not_read_by_its_bare_name_for_its_type_word(gz: Gazetteer) -> None:
    # A county is stored with its type word: "Camarines Sur County" names none, and stays unread.
    res = gz.resolve(PlaceQuery(city="Naga City", parents=("Camarines Sur County", "Philippines")))
    assert "Camarines Sur County" in res.not_found


@pytest.mark.parametrize(
    ("city", "parents", "country_code"),
    [
        # "Samar" names Samara Oblast only as a name borrowed from its seat city; it is the Philippine
        # province's own name, and the town written with it decides.
        ("Catbalogan", ("Samar",), "PH"),
        ("Calbayog", ("Samar",), "PH"),
        # The oblast's own name still reads as the oblast.
        ("Tolyatti", ("Samara Oblast",), "RU"),
    ],
)
def test_a_name_borrowed_from_a_seat_leaves_room_for_a_province_of_that_name(
    gz: Gazetteer, city: str, parents: tuple[str, ...], country_code: str
) -> None:
    res = gz.resolve(PlaceQuery(city=city, parents=parents))
    assert res.city is not None and res.city.country_code == country_code
    assert res.not_found == ()


@pytest.mark.parametrize(
    ("city", "parent"),
    [
        # Spain's provinces are named for their capitals; "Granada" is also Nicaragua's department, which
        # holds no Guadix nor Motril: the town written before it lies by Spain's Granada.
        ("Guadix", "Granada"),
        ("Motril", "Granada"),
    ],
)
def test_a_province_named_for_its_capital_is_read_by_the_capital_near_the_town(
    gz: Gazetteer, city: str, parent: str
) -> None:
    res = gz.resolve(PlaceQuery(city=city, parents=(parent,)))
    assert res.city is not None and (res.city.name, res.city.country_code) == (city, "ES")
    assert res.not_found == ()


def test_a_division_abroad_that_holds_the_town_keeps_it(gz: Gazetteer) -> None:
    # Nicaragua's department of Granada holds its own Granada: the division reading stands.
    res = gz.resolve(PlaceQuery(city="Granada", parents=("Granada",)))
    assert res.city is not None and res.city.country_code == "NI"
