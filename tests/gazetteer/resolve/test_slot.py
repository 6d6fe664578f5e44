"""The city slot holding a country, a division or a region (``_resolve._slot``), on the real index."""

from __future__ import annotations

from gazetteer import Gazetteer, PlaceQuery


def _city_id(gz: Gazetteer, city: str, *parents: str, context: tuple[str, ...] = ()) -> int | None:
    res = gz.resolve(PlaceQuery(city=city, parents=parents, context=context))
    return res.city.geonames_id if res.city else None


def test_city_slot_holding_a_country_or_division(gz: Gazetteer) -> None:
    res = gz.resolve(PlaceQuery(city="Ukraine"))
    assert res.city is None and res.country is not None and res.country.country_code == "UA"
    res = gz.resolve(PlaceQuery(city="Texas"))
    assert res.city is None and res.admin1 is not None and res.admin1.name == "Texas"
    assert _city_id(gz, "Washington") == 4140963
    assert _city_id(gz, "New York") == 5128581
    assert _city_id(gz, "Tokyo") == 1850147
    assert _city_id(gz, "Singapore") == 1880252


def test_divisions_and_continents_in_the_city_slot(gz: Gazetteer) -> None:
    # A small town listing a state's name, or a mid-sized foreign town, does not take the state's name.
    for state, code in (("Minnesota", "MN"), ("Virginia", "VA"), ("California", "CA")):
        res = gz.resolve(PlaceQuery(city=state, context=("Alexandria",)))
        assert res.city is None and res.admin1 is not None and res.admin1.admin1_code == code, state
    africa = gz.resolve(PlaceQuery(city="Africa"))
    assert africa.city is None and africa.region is not None and africa.region.geonames_id == 6255146
    south_america = gz.resolve(PlaceQuery(city="South America"))
    assert south_america.country is None and south_america.region is not None
    assert south_america.region.name == "South America"
    assert gz.admin1("Douglas County") is None  # a US county, not the Isle of Man's Douglas
