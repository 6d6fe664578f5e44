"""A named place the chain passes over: one written right before the part of the town the chain reads ("leave
St Paul's Church in Covent Garden, London"), a landmark the people shown leave ("carry the coffin from St
Paul's Cathedral after the funeral in Melbourne"), and a venue the chain took for a town ("at the Village
Vanguard in 1962")."""

from __future__ import annotations

import re
from functools import cache

from ..._regex import NamedPattern, alternation
from ..._rules import rules, words
from .._date import is_weekday
from ._lookup import PlaceLookup
from ._sub import _titled_person
from ._words import division_described

__all__ = [
    "at_a_venue",
    "district_of_division",
    "german_place_within",
    "held_on",
    "left_from",
    "monument_named",
    "place_within",
    "seat_of_district_division",
]

# A capitalised word of a name: "St", "Paul's", "Notre-Dame", "U.S.".
_WORD = r"[A-Z][\w'’.-]*"


@cache
def _titled_heads() -> str:
    return alternation(f.title() for f in rules("place")["facilities"])


@cache
def _events() -> frozenset[str]:
    return frozenset(w.lower() for w in words("place", "events"))


@cache
def _within() -> re.Pattern[str]:
    # "St Paul's Church", "the Vietnam Veterans Memorial": a name closed by its capitalised place noun;
    # "the statue of Winston Churchill", "the monument to Taras Shevchenko": a monument named for a person;
    # "the Cavern": a name with its article, no noun; "at Katz's Delicatessen": a name after "at".
    monuments = alternation(words("place", "monument_heads"))
    return re.compile(
        rf"(?<=[a-z] )(?:(?:the )?(?P<named>(?:{_WORD}\s+){{1,4}}(?:{_titled_heads()}))"
        rf"|the (?P<monument>(?:{monuments}) (?:of|to) {_WORD}(?:\s+{_WORD}){{0,3}})"
        rf"|the (?P<bare>{_WORD}(?:\s+{_WORD}){{0,2}})"
        rf"|(?<=\bat )(?P<at>{_WORD}(?:\s+{_WORD}){{0,3}}))"
        rf" (?:in|on) (?:the )?"
    )


def place_within(text: str, part: str, city: str) -> str | None:
    """The named place TEXT writes right before "in PART, CITY" (or "on the PART in CITY"), where PART is a
    square, a street or a district of the town, the more exact place: "St Paul's Church in Covent Garden,
    London" → "St Paul's Church", "the statue of Winston Churchill in Parliament Square, London" → "statue of
    Winston Churchill", "at Katz's Delicatessen on the Lower East Side in New York" → "Katz's
    Delicatessen"."""
    for m in _within().finditer(text):
        if not text.startswith((f"{part}, {city}", f"{part} in {city}"), m.end()):
            continue
        name = m.group("named") or m.group("monument") or m.group("bare") or m.group("at")
        if not name or name.lower().endswith(tuple(words("place", "held_on_suffixes"))):
            continue  # "the Striezelmarkt on the Altmarkt square": a market is held on it, which is shown
        if name.rpartition(" ")[2].lower() in _events():
            continue  # "the Adelaide Fringe in Rundle Mall, Adelaide": an event is held in the place shown
        if name != part and not _titled_person(name):
            return name
    return None


@cache
def _german_within() -> re.Pattern[str]:
    leads = alternation(words("place", "german_within_leads_cased"))
    parts = alternation(words("place", "german_within_parts_cased"))
    # A name of two words or a hyphenated one: a lone German noun is capitalised too ("vor der Bühne im
    # Stadtpark" names no place before the park).
    word = r"[A-ZÄÖÜ][\w'’.]*"
    named = rf"{word}(?:-[\wÄÖÜäöüß'’.]+)+|{word}(?:\s+{word}){{1,2}}"
    return re.compile(rf"(?<![\w-])(?:{leads})\s+(?P<named>{named})\s+(?:{parts})\s+")


def german_place_within(text: str, part: str) -> str | None:
    """The named place a German caption writes right before the park, square or street the chain reads
    ("Blumen liegen vor dem Bismarck-Denkmal im Alten Elbpark"): in it, and more exact."""
    at = text.find(f" {part}")
    before = text[: at + 1]
    if at < 0 or not before.endswith(_german_part_ends()):
        return None  # most captions: the part not written after "im", "auf dem" (a cheap test first)
    for m in _german_within().finditer(before):
        named = m.group("named")
        if m.end() < len(before) or named == part or _titled_person(named):
            continue
        if named.lower().endswith(tuple(words("place", "held_on_suffixes"))):
            continue  # "am Wiener Christkindlmarkt auf dem Rathausplatz": a market held on the square shown
        if not is_weekday(named.split()[0]):  # not "am Samstag Nachmittag auf dem Marktplatz": a time
            return named
    return None


@cache
def _german_part_ends() -> tuple[str, ...]:
    return tuple(f" {p} " for p in words("place", "german_within_parts_cased"))


@cache
def _left() -> re.Pattern[str]:
    heads = alternation(h.title() for h in words("place", "left_from_heads"))
    return re.compile(rf"\bfrom (?:the )?(?P<name>(?:{_WORD}\s+){{1,4}}(?:{heads}))(?![\w'’-])")


def left_from(text: str) -> str | None:
    """A church, a palace or a square the people shown leave or march from: "carry the coffin from St Paul's
    Cathedral after the funeral", "march from Trafalgar Square toward Parliament"; not a place people come
    from ("Doctors from Johns Hopkins Hospital", "trains from Kyiv station": no such noun)."""
    m = _left().search(text)
    return m.group("name") if m else None


def at_a_venue(name: str, text: str | None, lookup: PlaceLookup) -> bool:
    """Whether a name read as the town after "at the" is one the gazetteer knows as no place: towns take no
    article ("at the Village Vanguard"; but "at The Hague")."""
    return (
        bool(text and text.startswith("at the "))
        and name[:1].isupper()
        and not lookup.classify(name)
        and not lookup.country(name)
        and not lookup.admin1(name)
    )


# The prepositions a market is held "on" a square with, in English, German, Dutch and the Nordic languages.
_HELD_ON = ("on the", "on", "auf dem", "auf der", "op de", "op het", "på")


def held_on(text: str, places: list[str]) -> str | None:
    """The square a market or a fair is held on, where both are read: "über den Christkindlesmarkt auf dem
    Hauptmarkt" → "Hauptmarkt"; the square is the place shown."""
    suffixes = tuple(words("place", "held_on_suffixes"))
    for market in places:
        if not market.lower().endswith(suffixes):
            continue
        for square in places:
            if square != market and any(f"{market} {on} {square}" in text for on in _HELD_ON):
                return square
    return None


@cache
def _monument() -> re.Pattern[str]:
    heads = alternation(words("place", "monument_heads_first"))
    connectors = "de la|del|de|di|a|al|à|du|do|da|della|dello|dos|des"
    # "Jeanne d'Arc", "Vittorio Emanuele II": the person's words, an elided "d'" among them.
    person = rf"{_WORD}(?: (?:de |di |da |d['’])?{_WORD}){{0,3}}"
    return re.compile(rf"(?<![\w'’-])(?P<name>(?:{heads}) (?:{connectors}) {person})")


def monument_named(text: str) -> str | None:
    """A monument written head first in lower case and named for a person, as Romance languages write it:
    "frente a la estatua de Colón" → "estatua de Colón", "davanti al monumento a Vittorio Emanuele II"; the
    person's name makes it one monument ("una calle de Paiporta" stays a street of a town)."""
    m = _monument().search(text)
    return m.group("name") if m else None


def district_of_division(text: str, city: str | None, subs: list[str], lookup: PlaceLookup) -> str | None:
    """ "in Sangrur district of Punjab", "in Kupwara district of Jammu and Kashmir": a name before a division
    word, then "of" and a state, is that state's district (India's, Pakistan's, China's counties), no town
    and no place within one; the name, where the chain read it so. None where the name after "of" is a
    town ("the Haret Hreik district of Beirut" is a part of Beirut)."""
    if city is None or "city" in (kinds := lookup.classify(city)) or "admin1" not in kinds:
        return None
    for sub in subs:
        if _district_of().found(text, sub, city):
            return sub
    return None


def seat_of_district_division(
    text: str, city: str | None, subs: list[str], lookup: PlaceLookup
) -> str | None:
    """ "in Bodrum district of Mugla province": where a country's districts carry their town's name
    (`district_town_country_codes_cased`, Turkey), a province written with its word and named like its seat
    town is read as "Bodrum district of Mugla" is, the province's bare name, so that the locate stage decides
    between the district's town and a part of the seat; None elsewhere ("in Panjwai district of Kandahar
    province" stays the province's district, no town)."""
    if city is None or " " not in city or not subs:
        return None
    name, word = city.rsplit(" ", 1)
    if word.casefold() not in _region_words() or not _district_of().found(text, subs[0], city):
        return None
    division = lookup.admin1(city)
    if getattr(division, "country_code", None) not in words("place", "district_town_country_codes_cased"):
        return None
    return name if "city" in lookup.classify(name) else None


@cache
def _region_words() -> frozenset[str]:
    return frozenset(w.casefold() for w in words("place", "region"))


@cache
def _district_of() -> NamedPattern:
    """A name, a division word, "of" and a name: "Sangrur district of Punjab", "Morigaon district of the
    northeastern Indian state of Assam"."""
    nouns = alternation(words("place", "districts_of_states"))
    return NamedPattern((r"(?<![\w-])", f" (?:{nouns}) of (?:{division_described()} |the )?", r"\b"))
