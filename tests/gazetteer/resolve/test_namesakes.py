"""A division's name given to a big town at home (`gazetteer/_resolve/_namesakes.py`)."""

from __future__ import annotations

from gazetteer import Gazetteer, PlaceQuery


def test_victoria_with_canada_as_context_is_the_town(gz: Gazetteer) -> None:
    res = gz.resolve(PlaceQuery(city="Victoria", context=("Canada",)))
    assert res.city is not None and (res.city.country_code, res.city.admin1_code) == ("CA", "02")


def test_victoria_alone_stays_the_state(gz: Gazetteer) -> None:
    res = gz.resolve(PlaceQuery(city="Victoria"))
    assert res.city is None and res.country is not None and res.country.country_code == "AU"


def test_victoria_with_australia_as_context_stays_the_state(gz: Gazetteer) -> None:
    res = gz.resolve(PlaceQuery(city="Victoria", context=("Australia",)))
    assert res.city is None and res.country is not None and res.country.country_code == "AU"
