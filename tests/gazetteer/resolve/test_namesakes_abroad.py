"""Towns of one name and of about one size in two countries: only the caption's other words tell them
apart, so the name alone is ambiguous."""

from __future__ import annotations

from gazetteer import Gazetteer, PlaceQuery


def test_bare_name_of_two_like_towns_is_ambiguous(gz: Gazetteer) -> None:
    # Saint-Denis of Réunion and Saint-Denis by Paris.
    res = gz.resolve(PlaceQuery(city="Saint-Denis"))
    assert res.ambiguous
    assert {c.place.country_code for c in res.candidates[:2]} == {"RE", "FR"}


def test_named_country_settles_it(gz: Gazetteer) -> None:
    res = gz.resolve(PlaceQuery(city="Saint-Denis", parents=("France",)))
    assert not res.ambiguous
    assert res.city is not None and res.city.country_code == "FR"


def test_a_far_bigger_town_stands_alone(gz: Gazetteer) -> None:
    # Paris, Texas is a small town beside Paris, France.
    res = gz.resolve(PlaceQuery(city="Paris"))
    assert not res.ambiguous
    assert res.city is not None and res.city.country_code == "FR"
