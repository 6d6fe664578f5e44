"""Towns read on weak evidence, when no place chain places the picture: a lower-case preposition that is
also an English article or particle ("i Oslo", "v Praze", "a Venezia", "rain to Houston"), or a case
ending with no preposition at all (Finnish "Tampereella"). Only a name the gazetteer knows as a town
counts, so these never invent one."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from .._rules import phrases, rules, words
from ._names import is_given_name

if TYPE_CHECKING:
    from ._place import PlaceLookup

__all__ = ["WeakTown", "has_weak_locative", "in_latin", "weak_town"]

_NAME = r"[A-ZÀ-Þ][\w'’-]+"
_WORD = re.compile(rf"(?<=\s){_NAME}")
_RUN_BEFORE = re.compile(rf"(?:^|(?<=\s))(?P<name>{_NAME}(?: {_NAME}){{0,2}}) $")
_BRACKETED = re.compile(r"\s*\((?P<name>[A-ZÀ-Þ][^()]{1,30})\)")


@dataclass(frozen=True)
class WeakTown:
    city: str
    parent: str | None = None  # "de Paiporta (Valencia)": the division written in brackets after it
    sublocation: str | None = None  # "ankommer Stortinget i Oslo": the name right before the preposition


@cache
def _weak_locative() -> re.Pattern[str]:
    return re.compile(
        rf"(?<![\w'’-]){phrases('place', 'weak_locatives_cased')} (?P<name>{_NAME}(?: {_NAME}){{0,2}})"
    )


@cache
def _endings() -> tuple[tuple[str, tuple[str, ...]], ...]:
    table = rules("place")["case_endings"]
    return tuple(sorted(((k, tuple(v)) for k, v in table.items()), key=lambda kv: -len(kv[0])))


def uninflected(word: str) -> tuple[str, ...]:
    """The nominatives a word may be the inflected form of, by its case ending: "Praze" → "Praha", "Praga"."""
    out: list[str] = []
    for ending, nominatives in _endings():
        if word.endswith(ending) and len(word) > len(ending) + 2:
            out += [word[: -len(ending)] + n for n in nominatives]
    return tuple(dict.fromkeys(out))


def _is_town(name: str, lookup: PlaceLookup) -> bool:
    kinds = lookup.classify(name)
    return "city" in kinds and "country" not in kinds


def _likeliest(forms: tuple[str, ...], lookup: PlaceLookup) -> str | None:
    """The form naming the biggest town: "Brně" is Brno, not a hamlet called Brna."""
    towns = [f for f in forms if _is_town(f, lookup)]
    exact = ("exact", "alternate", "variant", "overlay")

    def size(form: str) -> int:
        return max((c.place.population for c in lookup.candidates(form) if c.how in exact), default=0)

    return max(towns, key=size, default=None)


def _name_before(text: str, end: int) -> str | None:
    """A place's name right before a preposition, after a lower-case word: "ankommer Stortinget i Oslo",
    not "Ulf Kristersson i Stockholm" (a person) nor the sentence's first words."""
    m = _RUN_BEFORE.search(text[:end])
    if m is None or m.start() == 0:
        return None
    name = m.group("name")
    if not text[: m.start()].rstrip()[-1:].isalpha() or not text[: m.start()].rstrip()[-1:].islower():
        return None
    if any(is_given_name(w) for w in name.split()):
        return None
    last = name.split()[-1]
    stem = next(iter(uninflected(last)), None) if "-" in last else None
    return name[: len(name) - len(last)] + stem if stem else name


def has_weak_locative(text: str) -> bool:
    return _weak_locative().search(text) is not None


def _english(text: str) -> bool:
    function_words = words("people", "english_function_words")
    return sum(w.lower() in function_words for w in text.split()) >= 2


def weak_town(text: str, lookup: PlaceLookup, places: Sequence[str] = ()) -> WeakTown | None:
    """The last town a weak locative or a case ending names in `text`, if the gazetteer knows it. With
    PLACES within a town read already, not one of their names ("la Base Aérea de Zaragoza"), nor a town
    the picture is only headed to ("at Sydney Airport before the flight to Perth")."""
    english = _english(text)
    for m in reversed(list(_weak_locative().finditer(text))):
        opener = m.group().split()[0]
        if english and opener in words("place", "weak_locatives_not_english_cased"):
            continue
        if places and (opener == "to" or any(m.group("name") in p for p in places)):
            continue
        name = m.group("name")
        town = name if _is_town(name, lookup) else _likeliest(uninflected(name), lookup)
        if town is None:
            continue
        bracket = _BRACKETED.match(text, m.end())
        parent = bracket.group("name") if bracket else None
        if parent and not (lookup.country(parent) or lookup.admin1(parent)):
            parent = None
        return WeakTown(town, parent, _name_before(text, m.start()))
    for m in reversed(list(_WORD.finditer(text))):
        # Finnish puts the case on the name and no preposition before it: "Tampere-talossa Tampereella".
        town = _likeliest(uninflected(m.group()), lookup)
        if town is not None and not any(m.group() in p for p in places):
            return WeakTown(town, None, _name_before(text, m.start()))
    return None


@cache
def _cyrillic() -> dict[int, str]:
    table = rules("place")["cyrillic_latin"]
    return {ord(k): v for k, v in table.items()} | {ord(k.upper()): v.title() for k, v in table.items()}


def in_latin(name: str, lookup: PlaceLookup) -> str | None:
    """A town written in Cyrillic, in the Latin letters the gazetteer knows it by: "Москва" → "Moskva"."""
    latin = name.translate(_cyrillic())
    if latin == name or not _is_town(latin, lookup):
        return None
    return latin
