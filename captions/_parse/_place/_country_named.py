"""A country named alone, where nothing else places the picture: after a preposition of a language that
declines it or not ("i Sverige", "v Česku", "în România"), or as the part of it a compass noun names ("en
el sur de España", "dans le sud-ouest de la France"). The record then carries the country and no town,
never a town spelt like the country ("España", a Philippine village). A declined name of a chain is a
country ("na Slovensku"), or a town in the country written after it ("Tampereella, Suomi"). A first-level
division written in brackets after a name that is no town is named alone too ("im Kleinwalsertal
(Vorarlberg)": the valley's state)."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from ..._regex import alternation
from ..._rules import phrases, rules, words
from .._vocabulary import _languages_of_words
from ._city import _country_in_english, _demonym_country
from ._weak import (
    _BARE_MIN_POPULATION,
    _BRACKETED,
    _CASE_MIN_POPULATION,
    _NAME,
    _endings_of,
    _english,
    _likeliest,
    _locative_forms,
    _shorter_runs,
    uninflected,
)

if TYPE_CHECKING:
    from ._lookup import PlaceLookup

__all__ = [
    "border_side_country",
    "country_named",
    "declined_country",
    "division_in_brackets",
    "town_in_case_before_country",
]

_RUN = rf"(?P<name>{_NAME}(?: {_NAME}){{0,3}})"


@cache
def _after_locative() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w'’-])(?P<opener>{phrases('place', 'country_locatives_cased')}) {_RUN}")


@cache
def _compass_of() -> re.Pattern[str]:
    # "el sur de España", "le sud de la France", "l'est de l'Espagne", "nel nord dell'Italia".
    articles = phrases("place", "compass_articles_cased")
    of = phrases("place", "compass_of_cased")
    return re.compile(
        rf"(?<![\w'’-]){articles} ?{phrases('place', 'compass_nouns_cased')} "
        rf"(?:{of} (?:(?-i:la|le|les) |l['’])?|(?-i:de l|dell)['’]){_RUN}"
    )


@cache
def _and_another() -> re.Pattern[str]:
    # "and" in the languages people.toml knows, then a name: "i Sloveniji", "och Norge", "and Spain".
    languages = rules("people")["language"].values()
    conjunctions = {"and", *(c for language in languages for c in language["conjunctions"])}
    return re.compile(rf" (?:{alternation(conjunctions)}) {_NAME}")


def country_named(text: str, lookup: PlaceLookup) -> str | None:
    """The country a locative or a compass noun names in TEXT, as the gazetteer knows it (a declined name
    read back: "v Česku" is Česko), or its English name where only the place reader's own list has it;
    None if none does, or two do ("u Hrvatskoj i Sloveniji": which one the picture is in is not said)."""
    english = _english(text)
    found: list[str] = []
    paired: list[str] = []  # a country after a name: "England v Spain", "u Srbiji i Sloveniji" (and)
    for m in _after_locative().finditer(text):
        opener = m.group("opener")
        if english and opener in words("place", "weak_locatives_not_english_cased"):
            continue  # "a Spain fan", "the di Maria goal"
        if _article_or_and(opener, text):
            continue  # Italian "battuto i Paesi Bassi" ("the"), Polish "w Polsce i Niemczech" ("and")
        name = _country_of(m.group("name"), opener, lookup)
        if name is not None and _and_another().match(text, m.end("name")):
            return None  # "u Srbiji i Sloveniji": in two countries
        if name is not None:
            (paired if _after_name(text[: m.start()].split(), lookup) else found).append(name)
    for m in _compass_of().finditer(text):
        name = _country_of(m.group("name"), "", lookup)
        if name is not None:
            found.append(name)
    countries = {lookup.country(name) or name: name for name in found}
    if len(countries) != 1 or any((lookup.country(name) or name) not in countries for name in paired):
        return None
    return next(iter(countries.values()))


@cache
def _border_side() -> re.Pattern[str]:
    return re.compile(rf"\b{phrases('place', 'border_side_openers_cased')} (?P<people>[A-Z][a-z]+) side\b")


def border_side_country(text: str) -> tuple[str, str] | None:
    """The country a border's side is named for, and the people's word: "at the Rafah crossing on the
    Egyptian side" is in Egypt; None where the people name no one country."""
    if " side" not in text:
        return None
    m = _border_side().search(text)
    country = _demonym_country(m.group("people")) if m else None
    return (country, m.group("people")) if m and country else None


def division_in_brackets(text: str, names: list[str], lookup: PlaceLookup) -> str | None:
    """The first-level division written in brackets right after a capitalised name that names no town
    ("im Ötztal (Tirol)", "im Kleinwalsertal (Vorarlberg)": a valley and its state), after one of NAMES
    where any was read, or None. A country in brackets is no division ("Lusail (Katar)")."""
    for m in _BRACKETED.finditer(text):
        division = m.group("name").strip()
        before = text[: m.start()].split()
        if not before or not before[-1][:1].isupper() or before[-1].isupper():
            continue
        if names and not any(text[: m.start()].rstrip().endswith(name) for name in names):
            continue
        if (
            lookup.country(division)
            or lookup.admin1(division) is None
            or "city" in lookup.classify(before[-1])
        ):
            continue
        return division
    return None


# A place's noun and "of" in a Romance language, then a name and its province in brackets: "la base di Rivolto
# (Udine)", "el puerto de Los Cristianos (Tenerife)".
_NAME_BEFORE_PROVINCE = re.compile(
    r"\b[a-zà-ÿ]+ (?:di|de|del|della|dello|do|da|d['’]) ?"
    r"(?P<name>[A-ZÀ-Þ][\w'’-]+(?: [A-ZÀ-Þ][\w'’-]+){0,2}) \((?P<province>[A-ZÀ-Þ][^()]{2,30})\)"
)


def named_before_province(text: str, lookup: PlaceLookup) -> tuple[str, str] | None:
    """A name after a place's noun and "of", and the province in brackets after it that the gazetteer knows
    ("la base di Rivolto (Udine)": Rivolto, Udine); not a country in brackets ("Punta Arenas (Chile)")."""
    m = _NAME_BEFORE_PROVINCE.search(text) if "(" in text else None
    if m is None or lookup.country(m.group("province")) or not lookup.classify(m.group("province")):
        return None
    return m.group("name"), m.group("province")


def declined_country(name: str, text: str | None, lookup: PlaceLookup) -> str | None:
    """The country a chain's town, no place the gazetteer knows, is a case form of after a preposition that
    declines it (TEXT opens with it): "na Slovensku" is Slovakia (Slovensko), no Sloviansk."""
    opener = text.split(maxsplit=1)[0] if text else ""
    if opener not in words("place", "case_prepositions_cased") or lookup.classify(name):
        return None
    return next((form for form in _locative_forms(name, opener) if lookup.country(form) is not None), None)


def town_in_case_before_country(city: str, country: str, lookup: PlaceLookup) -> str | None:
    """The town a chain's unknown name is a case form of, written before its country: "Kävijät
    Helsingissä, Suomi" (visitors in Helsinki, Finland), "Tüntetők Budapesten, Magyarország". Only a town of
    that country, as big as the weak reader wants a case form with no preposition to be."""
    place = lookup.country(country)
    code = getattr(place, "country_code", None)
    if not code or lookup.classify(city):
        return None
    for word in reversed(city.split()):
        # Hungarian endings other words have too ("Budapesten"): only a big town, as the weak reader has it.
        bare = uninflected(word, _endings_of("bare_case_endings"))
        town = _likeliest(uninflected(word), lookup, _CASE_MIN_POPULATION, (code,)) or (
            _likeliest(bare, lookup, _BARE_MIN_POPULATION, (code,)) if bare else None
        )
        if town is not None:
            return town
    return None


def _article_or_and(opener: str, text: str) -> bool:
    """Whether the preposition is an article or "and" of a language whose other words the text holds
    (people.toml `[language.*]`): Italian "i" (the) in "con i tifosi", Polish "i" (and) beside "w", "na"."""
    languages = rules("people")["language"]
    for word in {w.strip(",.;:!?()").lower() for w in text.split()} - {opener}:
        for language in _languages_of_words().get(word, ()):
            if opener in languages[language]["determiners"] or opener in languages[language]["conjunctions"]:
                return True
    return False


def _after_name(before: list[str], lookup: PlaceLookup) -> bool:
    """Whether a preposition after these words follows a name: "England v Spain" (versus), "Polska i Niemcy"
    (Polish "and"); not the text's first word unless it is a country ("Zemědělci v Česku": farmers in
    Czechia)."""
    if not before or not before[-1][:1].isupper():
        return False
    return len(before) > 1 or _country_of(before[-1], "", lookup) is not None


def _country_of(run: str, opener: str, lookup: PlaceLookup) -> str | None:
    for name in _shorter_runs(run):
        for form in (name, *_locative_forms(name, opener)) if opener else (name,):
            if lookup.country(form) is not None:
                return form
            if (english := _country_in_english(form, lookup)) is not None:
                return english
    return None


@cache
def _compass_compound() -> re.Pattern[str]:
    return re.compile(rf"{phrases('place', 'compass_compound_prefixes_cased')}-(?P<country>[A-ZÀ-Þ][\w-]+)")


def compass_country(name: str, lookup: PlaceLookup) -> str | None:
    """The country a Dutch or German compound of a compass point and a country's name is part of ("Zuid-
    Libanon": Lebanon, "Noord-Irak": Iraq); None for a name the gazetteer knows itself ("Nord-Kivu",
    "Zuid-Holland")."""
    m = _compass_compound().fullmatch(name)
    if m is None or lookup.classify(name):
        return None
    country = m.group("country")
    return country if lookup.country(country) is not None else _country_in_english(country, lookup)
