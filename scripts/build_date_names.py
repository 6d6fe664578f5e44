#!/usr/bin/env python3
"""Generate captions/data/date_names.json: month and weekday names in the languages agencies write, from
the Unicode CLDR through Babel.

For every language: the twelve months (wide and abbreviated, format and stand-alone forms: the format
form is the genitive where a language has one, "3 marca 2024", "14. heinäkuuta 2020") and the seven
weekdays (wide and abbreviated), Monday first. An abbreviation's trailing stop is dropped (the date
patterns accept one), as is Catalan's connector ("de gener", "d'abril": the patterns read connectors).
Babel is a development dependency only: the generated file ships with the package.

    python scripts/build_date_names.py            # rewrite the file
    python scripts/build_date_names.py --check    # exit 1 when the committed file is stale

tests/parse/test_date_names.py regenerates the file in memory and compares it with the committed one.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

import babel
from babel import dates

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _generated

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "captions" / "data" / "date_names.json"

# The languages agencies and their partner services write captions in.
LANGUAGES = [
    "en",
    "de",
    "fr",
    "es",
    "it",
    "pt",
    "nl",
    "pl",
    "cs",
    "sk",
    "sv",
    "da",
    "nb",
    "fi",
    "ru",
    "uk",
    "tr",
    "ca",
    "ro",
    "hu",
    "hr",
    "sl",
    "el",
    "sr",
    "bg",
    "lt",
    "lv",
    "et",
    "is",
    # Arabic: SPA, QNA, WAM, KUNA and MENA write "الثلاثاء 2 ديسمبر 2025" (the CLDR's Gregorian names).
    "ar",
]

# A connector CLDR writes into a month's format form (Catalan "de gener", "d’abril").
_CONNECTOR = re.compile(r"^(?:de |d[’'])")
# Shorter names ("V", "ma", "su") are letters and words of their own, not dates. A name is letters, or
# words of letters joined by hyphens (Portuguese "segunda-feira").
_MIN_LENGTH = 3


def _clean(name: str) -> str | None:
    name = _CONNECTOR.sub("", name.strip()).rstrip(".").strip()
    if len(name) < _MIN_LENGTH or not re.fullmatch(r"[^\W\d_]+(?:-[^\W\d_]+)*", name):
        return None
    return name


def _names(table: Any) -> list[str]:
    out: list[str] = []
    for name in table:
        cleaned = _clean(name)
        if cleaned and cleaned not in out:
            out.append(cleaned)
    return out


def language(code: str) -> dict[str, Any]:
    months = []
    for month in range(1, 13):
        months.append(
            _names(
                dates.get_month_names(width, context, locale=code)[month]
                for width in ("wide", "abbreviated")
                for context in ("format", "stand-alone")
            )
        )
    weekdays = []
    for day in range(7):  # Babel counts from Monday, as date.weekday() does
        weekdays.append(
            _names(
                dates.get_day_names(width, context, locale=code)[day]
                for width in ("wide", "abbreviated")
                for context in ("format", "stand-alone")
            )
        )
    return {"months": months, "weekdays": weekdays}


def generate() -> str:
    data = {
        "source": f"Unicode CLDR through Babel {babel.__version__} (scripts/build_date_names.py)",
        "languages": {code: language(code) for code in LANGUAGES},
    }
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def main(argv: list[str] | None = None) -> int:
    args = _generated.arguments(__doc__, argv)
    return _generated.write_or_check({OUTPUT: generate()}, check=args.check, script=__file__)


if __name__ == "__main__":
    sys.exit(main())
