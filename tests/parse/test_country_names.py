"""Country names in other languages: generated from the CLDR through Babel by
scripts/build_country_names.py (the committed file is what the script makes), and read as countries."""

from __future__ import annotations

import importlib.util
import sys
from importlib import resources
from types import ModuleType

import pytest

from captions import Normaliser
from tests.conftest import ROOT, located


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "build_country_names", ROOT / "scripts" / "build_country_names.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("build_country_names", module)
    spec.loader.exec_module(module)
    return module


def test_the_committed_file_is_what_the_script_makes() -> None:
    pytest.importorskip("babel")
    committed = (resources.files("captions") / "data" / "country_names.json").read_text(encoding="utf-8")
    assert committed == _script().generate()


@pytest.mark.parametrize(
    ("caption", "country_code"),
    [
        # Portuguese "Síria" is Syria, not Romania's village Şiria.
        ("Para a Otan, a Rússia pretende lançar ataques na Síria (Foto: Ann Lee/PA Wire/AP)", "SY"),
        ("Soldaten bei einer Übung in Litauen. Foto: Ann Lee/dpa", "LT"),
        ("Kinder spielen in einem Lager in Syrien. Foto: Ann Lee/dpa", "SY"),
    ],
)
def test_a_country_in_another_language_is_no_town(
    normaliser: Normaliser, caption: str, country_code: str
) -> None:
    assert located(normaliser, caption, "city", "country_code") == (None, country_code)


def test_a_big_town_spelt_like_a_country_stays_a_town(normaliser: Normaliser) -> None:
    # Spanish "Granada" is also Grenada: the city wins, whichever Granada the gazetteer picks.
    record = normaliser.normalise(
        "Turistas pasean por la Alhambra en Granada, el 3 de junio de 2024. EFE/Ann Lee"
    )
    assert record.location is not None and record.location.city == "Granada"
    assert record.location.country_code != "GD"
