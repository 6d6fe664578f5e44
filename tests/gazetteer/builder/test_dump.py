"""An index built from a GeoNames dump (here a tiny synthetic one in the dump's own format)."""

from __future__ import annotations

from pathlib import Path

import pytest

from gazetteer import Gazetteer, PlaceQuery
from gazetteer._build._data import country_points

# Each builds an index from a GeoNames dump in miniature (a second or two).
pytestmark = pytest.mark.slow


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


def test_a_dump_keeps_its_own_points_and_city_counties(tiny_index: Path) -> None:
    gz = Gazetteer(tiny_index)
    try:
        us = gz.country_by_code("US")
        assert us is not None and us.point == (39.76, -98.5)  # the dump's PCLI point
        kazakhstan = gz.country_by_code("KZ")
        assert kazakhstan is not None and kazakhstan.point == country_points()["KZ"]  # none in the dump
        res = gz.resolve(PlaceQuery(city="Schastia", parents=("Luhansk region",)))
        assert res.city is not None and res.city.admin2_code == "4416"
        assert res.city.admin2_name == "Shchastynskyi Raion"
        assert res.admin2 is not None and res.admin2.point == (48.9, 39.4)  # the dump's ADM2 point
    finally:
        gz.close()


def test_dump_index_has_the_fuzzy_index_of_its_current_names(tiny_gz: Gazetteer) -> None:
    # Written from the names table of any source: "Luhamsk" (one letter changed) and "Pokrovks" (two
    # swapped) reach their towns; the historic "Voroshilovgrad" is no fuzzy target ("Voroshilovgard").
    luhansk = tiny_gz.candidates("Luhamsk")
    assert luhansk and luhansk[0].place.geonames_id == 702658 and luhansk[0].how == "fuzzy"
    assert tiny_gz.candidates("Pokrovks")[0].place.geonames_id == 704422
    assert tiny_gz.candidates("Voroshilovgard") == []
    pool = tiny_gz._index.fuzzy_pool(["luhansk", "luhans"], 6, 9)
    assert "luhansk" in pool and all(key.startswith("lu") for key in pool)
