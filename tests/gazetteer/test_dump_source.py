"""An index built from a GeoNames dump (here a tiny synthetic one in the dump's own format)."""

from __future__ import annotations

from gazetteer import Gazetteer, PlaceQuery


def test_dump_index_resolves_with_alternate_names_and_parents(tiny_gz: Gazetteer) -> None:
    assert tiny_gz.meta["source"].startswith("geonames-dump")
    res = tiny_gz.resolve(PlaceQuery(city="Lugansk"))
    assert res.city is not None and res.city.geonames_id == 702658
    res = tiny_gz.resolve(PlaceQuery(city="Schastia", parents=("Luhansk region",)))
    assert res.city is not None and res.city.geonames_id == 694725
    assert res.admin1 is not None and res.admin1.name == "Luhansk Oblast"
    res = tiny_gz.resolve(PlaceQuery(city="Paris", parents=("Texas",)))
    assert res.city is not None and res.city.country_code == "US"


def test_dump_flags_historic_names_and_uses_english_preferred_names(tiny_gz: Gazetteer) -> None:
    top = tiny_gz.candidates("Voroshilovgrad")[0]
    assert top.place.geonames_id == 702658 and "historic name" in top.reasons
    pokrovsk = tiny_gz.candidates("Pokrovsk")[0]
    assert pokrovsk.place.name == "Pokrovsk"  # GeoNames' preferred English name over "Pokrovs'k"
    kyiv = tiny_gz.candidates("Kyiv")[0]
    assert "national capital" in kyiv.reasons  # PPLC


def test_dump_skips_codes_links_and_dead_places(tiny_gz: Gazetteer) -> None:
    assert tiny_gz.candidates("PRX") == []  # an IATA code
    assert tiny_gz.candidates("Old Fort") == []  # PPLH: a historical place
    assert tiny_gz.candidates("Луганск") == []  # only Latin script is indexed


def test_dump_divisions_and_countries_take_their_feature_coordinates(tiny_gz: Gazetteer) -> None:
    oblast = tiny_gz.admin1("Luhansk Oblast")
    assert oblast is not None and (oblast.latitude, oblast.longitude) == (48.67, 39.17)
    assert tiny_gz.admin1("Luganskaya Oblast'") == oblast
    ukraine = tiny_gz.country("Ukraine")
    assert ukraine is not None and (ukraine.latitude, ukraine.longitude) == (49.0, 32.0)
