"""The Latin letters GeoNames spells a Cyrillic or Greek name with ("Москва" → "Moskva", "Київ" →
"Kyiv", "Αθήνα" → "Athina"), by the letter tables of place.toml; and whether a text is in Latin letters.

Split from `_weak.py`, whose readers of places in Cyrillic and Greek look names up by these spellings."""

from __future__ import annotations

import re
from functools import cache
from typing import Literal

from ..._fold import fold
from ..._rules import rules

__all__ = ["_latin_letters", "_latin_spelling", "_latin_spellings"]


def _latin_letters(text: str) -> bool:
    return not re.search(r"[А-яЁёІіЇїЄєҐґΑ-Ωα-ωΆ-ώ]", text)


def _first_readings(key: Literal["cyrillic_latin", "greek_latin"]) -> dict[str, str]:
    """A letter table of place.toml, each letter's first reading: the others are for names (_names.py)."""
    return {letter: latin.split("|")[0] for letter, latin in rules("place")[key].items()}


@cache
def _cyrillic() -> dict[int, str]:
    table = _first_readings("cyrillic_latin")
    return {ord(k): v for k, v in table.items()} | {ord(k.upper()): v.title() for k, v in table.items()}


@cache
def _ukrainian() -> dict[int, str]:
    table = rules("place")["ukrainian_latin"]
    upper = {ord(k.upper()): v.title() for k, v in table.items()}
    return _cyrillic() | {ord(k): v for k, v in table.items()} | upper


@cache
def _greek() -> tuple[re.Pattern[str], dict[str, str]]:
    table = _first_readings("greek_latin")
    keys = sorted(table, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, keys))), dict(table)


def _latin_spelling(name: str) -> str:
    """A Cyrillic or Greek name in the Latin letters GeoNames gives it: "Москва" → "Moskva", "Київ" →
    "Kyiv", "Αθήνα" → "Athina"."""
    if re.search(r"[Α-Ωα-ωΆ-ώ]", name):
        # Accents dropped first ("ή" is "η"), then the letters, two-letter spellings first ("ου").
        bare = fold(name)
        pattern, table = _greek()
        latin = pattern.sub(lambda m: table[m.group()], bare)
        return latin[:1].upper() + latin[1:]
    ukrainian = re.search(r"[ІіЇїЄєҐґ]", name) is not None
    return name.translate(_ukrainian() if ukrainian else _cyrillic())


def _latin_spellings(name: str) -> tuple[str, ...]:
    """The Latin spellings a name may have: its own, and for a Cyrillic name with no letter only Ukrainian
    has, the Ukrainian one after the Russian ("Циркуни" is Tsyrkuny in Kharkiv Oblast, not "Tsirkuni")."""
    first = _latin_spelling(name)
    if re.search(r"[А-яЁё]", name) is None:
        return (first,)
    return tuple(dict.fromkeys((first, name.translate(_ukrainian()))))
