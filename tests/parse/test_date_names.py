"""The month and weekday names the date parser ships: generated from the CLDR through Babel by
scripts/build_date_names.py, and the committed file is what the script makes."""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from datetime import date
from importlib import resources
from types import ModuleType

import pytest

from captions._parse._date._words import _vocabulary
from captions._rules import rules
from tests.conftest import ROOT

pytest.importorskip("babel")


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "build_date_names", ROOT / "scripts" / "build_date_names.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("build_date_names", module)
    spec.loader.exec_module(module)
    return module


def _committed() -> str:
    return (resources.files("captions") / "data" / "date_names.json").read_text(encoding="utf-8")


def test_committed_names_match_the_generator() -> None:
    assert _committed() == _script().generate()


def test_generator_check_mode() -> None:
    assert _script().main(["--check"]) == 0


def test_every_language_read_is_generated_with_twelve_months_and_seven_days() -> None:
    languages = json.loads(_committed())["languages"]
    # Languages read for their months and no weekdays: Tamil with its relative days too.
    months_only = _script()._WIDE_MONTHS_ONLY | _script()._MONTHS_TOO
    # Scottish Gaelic is read for its weekdays alone: captions write no month in it.
    weekdays_only = _script()._WEEKDAYS_ONLY
    for code in rules("date")["languages"]:
        assert len(languages[code]["months"]) == 12, code
        assert all(languages[code]["months"]) != (code in weekdays_only), code
        assert len(languages[code]["weekdays"]) == 7, code
        # Azerbaijani and Uzbek are read for their months alone: their weekdays are English names.
        assert all(languages[code]["weekdays"]) != (code in months_only), code


@pytest.mark.parametrize("code", rules("date")["languages"])
def test_every_language_reads_its_own_dates(code: str) -> None:
    # CLDR's long, medium and full forms ("14. heinäkuuta 2020", "1 janv. 2024", "2024. jan. 1.",
    # "piątek, 1 marca 2024"), except where no month name is read: one two languages give two months
    # ("listopada"), or one of two letters (Catalan "d'ag.").
    from babel.dates import format_date

    from tests.parse.test_date import when

    if code in _script()._WEEKDAYS_ONLY:
        return  # Scottish Gaelic is read for its weekdays alone ("1mh dhen t-Samhain 2024" is no caption's)
    months = _vocabulary().months
    for month in range(1, 13):
        for day in (1, 9, 28):
            made = date(2024, month, day)
            for width in ("long", "medium", "full"):
                # Basque's pattern marks letters a year or day may take in parentheses ("2024(e)ko"),
                # which Babel writes as they stand: a caption writes one form ("2024ko").
                text = re.sub(r"\([^\W\d_]+\)", "", format_date(made, width, locale=code))
                if not any(w.lower() in months for w in re.findall(r"[^\W\d_]+", text)):
                    continue
                caption = f"Crowds gather in the city, {text}. Photo: Jane Doe/Agency"
                assert when(caption)[0] == made.isoformat(), text
