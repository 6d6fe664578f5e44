#!/usr/bin/env python3
"""Generate captions/data/country_names.json: country names in the languages agencies write, from the
Unicode CLDR through Babel, each with its ISO code and the English name the gazetteer knows.

"na Síria", "en Alemania", "in Syrien", "Suriye'de": the place reader reads a country written in another
language as that country, never as a town spelt like it (Romania's Şiria). Latin-script languages only:
the gazetteer's index holds Latin names. Babel is a development dependency only: the generated file
ships with the package.

    python scripts/build_country_names.py            # rewrite the file
    python scripts/build_country_names.py --check    # exit 1 when the committed file is stale

tests/parse/test_country_names.py regenerates the file in memory and compares it with the committed one.
"""

from __future__ import annotations

import json
import sys
import unicodedata
from pathlib import Path

import babel
from babel import Locale

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _generated

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "captions" / "data" / "country_names.json"
GIVEN_NAMES = ROOT / "captions" / "data" / "given_names.txt"

# The Latin-script languages agencies and their partner services write captions in.
LANGUAGES = [
    "de", "fr", "es", "it", "pt", "nl", "pl", "cs", "sk", "sv", "da", "nb", "fi", "tr", "ca", "ro", "hu",
    "hr", "sl", "lt", "lv", "et", "is", "id",
    # West and East African services: Hausa ("Jamhuriyar Nijar"), Somali ("Soomaaliya"). Not Swahili, whose
    # names are English demonyms ("Pakistani", "Israeli").
    "ha", "so",
    # Vietnamese (TTXVN, VnExpress), which writes a title's country after it: "Thủ tướng Nhật Bản Takaichi
    # Sanae" (the Prime Minister of Japan), "Tổng thống Hàn Quốc" (of South Korea).
    "vi",
]  # fmt: skip
# Names of those services too short or too common to be read as a country: Hausa "Sin" (China) is an English
# word, "San Martin" (Saint Martin) a town's name in Spanish-speaking countries, "Rasha" (Russia) a woman's;
# Vietnamese "Đức" (Germany) and "Nga" (Russia) are given names.
LATE_LANGUAGES = ("ha", "so", "vi")
LATE_MIN_LETTERS = 5
LATE_SKIPPED_OPENERS = ("san ", "st. ")


def _key(name: str) -> str:
    return unicodedata.normalize("NFC", name).casefold()


def generate() -> str:
    english = Locale("en").territories
    names: dict[str, list[str]] = {}
    given = {
        word
        for line in GIVEN_NAMES.read_text("utf-8").splitlines()
        if not line.startswith("#")
        for word in line.split()[1:]
    }
    for code in LANGUAGES:
        for territory, name in Locale(code).territories.items():
            # Two-letter codes are countries and territories; numbers are world regions ("419").
            if len(territory) != 2 or not territory.isalpha() or territory not in english:
                continue
            if territory in ("EU", "EZ", "UN", "ZZ", "QO", "XA", "XB", "XK"):
                continue  # unions, pseudo-locales and codes of no country
            key = _key(name)
            if key == _key(english[territory]) or (" " in key and len(key) > 40):
                continue
            if code in LATE_LANGUAGES and (
                len(key) < LATE_MIN_LETTERS or key.startswith(LATE_SKIPPED_OPENERS) or key in given
            ):
                continue
            names.setdefault(key, [territory, english[territory]])
    names = dict(sorted(names.items()))
    data = {
        "source": f"Unicode CLDR through Babel {babel.__version__} (scripts/build_country_names.py)",
        "names": "",
    }
    rows = [
        f"{json.dumps(k, ensure_ascii=False)}: {json.dumps(v, ensure_ascii=False)}" for k, v in names.items()
    ]
    return f'{{\n"source": {json.dumps(data["source"])},\n"names": {{\n' + ",\n".join(rows) + "\n}\n}\n"


def main(argv: list[str] | None = None) -> int:
    args = _generated.arguments(__doc__, argv)
    return _generated.write_or_check({OUTPUT: generate()}, check=args.check, script=__file__)


if __name__ == "__main__":
    sys.exit(main())
