"""One phrase read as a town: "the town of X", "X city", a road number or a landform that is none; country
names and demonyms.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

from ..._fold import fold
from ..._frozen import fast_init
from ..._rules import words
from .._holiday import is_day_name
from .._names import country_table
from ._lookup import PlaceLookup
from ._scripts import country_in_script
from ._sub import (
    _is_name,
    _sublocation,
    is_facility,
)
from ._words import (
    _CAPITAL_OF,
    _ELIDED_LOWER,
    _cut_notes,
    _demonyms,
    _is_demonym,
    _is_placey,
    _lower_words,
    _names_region,
    _possessive,
    _vocab,
    region_name,
)

_BRACKET_AFTER = re.compile(r" \(([A-ZÀ-Þ][^()]{1,30})\)")


def _reads_as_place(phrase: str) -> bool:
    read = _read_city_phrase(phrase)
    # "at a camp dance" names no place: a lone noun is no sublocation (IPTC: an exact name).
    named = read.sublocation is not None and _is_name(_sublocation(read.sublocation) or "")
    return bool(read.city or read.parents or named)


@fast_init
@dataclass(frozen=True)
class _CityPhrase:
    city: str | None = None
    sublocation: str | None = None
    parents: tuple[str, ...] = ()
    descriptor: str | None = None
    note: str | None = None
    near: tuple[str, ...] = ()  # "the Montreal suburb of LaSalle": Montreal
    settled: bool = False  # a settlement word says it is a town ("Djibouti city", "the town of Kuwait")
    weak: bool = False  # a guess the gazetteer must confirm ("el mitin de Dos Hermanas")


_SHORES = frozenset({"shore", "shores", "coast", "banks"})


def _water_shore(phrase: str, name: str) -> bool:
    """ "the shore of Hudson Bay", "the coast of the Caspian Sea": a shore of a named water, no town (though
    a town may bear the water's name: Hudson Bay, Saskatchewan)."""
    part = phrase.split(" of ", 1)[0].split()[-1:]
    last = name.split()[-1].lower() if name.split() else ""
    return bool(part) and part[0].lower() in _SHORES and last in _lower_words("landforms") - {"coast"}


@lru_cache(maxsize=8192)
def _read_city_phrase(phrase: str) -> _CityPhrase:
    """ "the town of Lysychansk": a city; "Pokrovsk railway station": a sublocation; "Sindh province": a
    parent."""
    vocab = _vocab()
    phrase, notes = _cut_notes(phrase)
    note = notes[0] if notes else None
    articled = bool(vocab.article.match(phrase.strip()))
    phrase = _vocab().part_of.sub("", _vocab().article.sub("", phrase.strip()))
    phrase = _ELIDED_LOWER.sub("", phrase)  # "l'usine Renault de Flins": the article elided before a noun
    descriptor = None
    if is_day_name(phrase):
        # "in Sydney on New Year's Eve": a day, though its possessive reads like a town's.
        return _CityPhrase(note=note)
    if phrase.startswith(tuple(f"{head} " for head in words("place", "native_land_heads_cased"))):
        return _CityPhrase(note=note)  # "na Terra Indígena Yanomami": a land, no town
    d = vocab.directions.match(phrase)
    if d:
        descriptor, phrase = d.group().strip(), phrase[d.end() :]
    m = vocab.facility_of.match(phrase)
    if m:
        sublocation = phrase[m.start("facility") :]  # "the damaged port of Beirut": the port of Beirut
        return _CityPhrase(city=m.group("city"), sublocation=sublocation, descriptor=descriptor, note=note)
    m = vocab.within_of.match(phrase)
    if m and _water_shore(phrase, m.group("city")):
        return _CityPhrase(descriptor=descriptor, note=note)  # "the shore of Hudson Bay": water, no town
    if m:  # "the shore of Djibouti city": Djibouti
        town = vocab.settlement_suffix.match(m.group("city"))
        city = town.group("city") if town else m.group("city")
        # "the village of Sarzedas": a part of a town's word that names a settlement says it is a town too.
        settled = bool(town or vocab.settlement_of.match(phrase))
        return _CityPhrase(city=city, descriptor=descriptor, note=note, settled=settled)
    m = _vocab().suburb_of.match(phrase)
    if m:  # "the Montreal suburb of LaSalle": LaSalle, near Montreal
        return _CityPhrase(city=m.group("city"), note=note, near=(m.group("near"),))
    m = vocab.named_within_of.match(phrase)
    if m and _demonym_country(m.group("sub").split()[-1]):
        m = None  # "the Lebanese village of Khiam": a country's people, read below as the town's country
    if m:
        inner = _read_city_phrase(m.group("city")) if _possessive(m.group("city")) else _CityPhrase()
        if inner.city:  # "the Haret Hreik neighbourhood of Beirut's southern suburbs": Beirut
            return _CityPhrase(city=inner.city, sublocation=m.group("sub"), parents=inner.parents, note=note)
        return _CityPhrase(city=m.group("city"), sublocation=m.group("sub"), note=note)
    m = vocab.settlement_of.match(phrase)
    if m:
        owner: tuple[str, ...] = (m.group("owner"),) if m.group("owner") else ()
        modifier = m.group("modifier")
        # "the Montreal suburb of LaSalle" is near Montreal; "the Mexican city of ..." names no place.
        near = (modifier,) if modifier and not any(_is_demonym(w) for w in modifier.split()) else ()
        if _town_named_first(m, articled):
            # "in Goreme town of Nevsehir": with no article, the name before the noun is the town's, and
            # the name after "of" its province (as Anadolu's English writes it).
            return _CityPhrase(city=modifier, parents=(m.group("city"),), note=note, settled=True)
        if not owner:
            # "the northern Lebanese city of Tripoli": the demonym's country is the town's.
            owner = tuple(c for w in phrase[: m.start("city")].split() if (c := _demonym_country(w)))[:1]
        return _CityPhrase(city=m.group("city"), parents=owner, note=note, near=near, settled=True)
    m = vocab.settlement_head.match(phrase)
    if m:  # "concelho da Ribeira Brava", "comuna Bran"
        return _CityPhrase(city=m.group("city"), note=note, settled=True)
    m = _possessive(phrase)
    if m and articled and _office_title(m.group("owner")):
        # "outside the Vice-Chancellor's office": an office holder's, no town's.
        return _CityPhrase(note=note)
    if m:  # "Kenya's Gatundu", "China's northeastern Jilin province"
        inner = _read_city_phrase(m.group("rest"))
        last = m.group("rest").split()[-1]
        if not (inner.city or inner.parents) and last in _lower_words("within") | _lower_words("named_parts"):
            # "Beirut's southern suburbs", "Gaza City's Shejaiya neighbourhood": a part of the owner, a town.
            part = m.group("rest") if _sublocation(m.group("rest")) else None
            return _CityPhrase(city=m.group("owner"), sublocation=part, descriptor=descriptor, note=note)
        return _CityPhrase(
            inner.city, inner.sublocation, (*inner.parents, m.group("owner")), descriptor, note
        )
    m = vocab.settlement_suffix.match(phrase)
    if m:
        return _CityPhrase(city=m.group("city"), note=note, settled=True)
    if _names_region(phrase) or _CAPITAL_OF.match(phrase):
        return _CityPhrase(parents=(phrase,), descriptor=descriptor, note=note)
    if region_name(phrase) != phrase:  # "la provincia de Misiones"
        return _CityPhrase(parents=(region_name(phrase),), descriptor=descriptor, note=note)
    if _landform_of(phrase):
        return _CityPhrase(sublocation=phrase, note=note)  # "the Bay of Bengal", "the Line of Control"
    if is_facility(phrase) or _ROAD_NUMBER.match(phrase):
        return _CityPhrase(sublocation=phrase, note=note)  # "on the A30", "on the I-95": a road, no town
    m = _NOUN_OF_NAME.match(phrase)
    if m and _is_placey(m.group("city")):
        # "en el mitin de Dos Hermanas": an event or a thing of a town, in languages that put "de" between;
        # a town only if the gazetteer knows it ("en el funeral de Pelé" names none).
        return _CityPhrase(city=m.group("city"), note=note, weak=True)
    # "Frankfurt (Oder)": the chain keeps a bracket only where it is part of a town's name.
    if not _is_placey(_BRACKET_AFTER.sub("", phrase)):
        return _CityPhrase(note=note)
    return _CityPhrase(city=phrase, descriptor=descriptor, note=note)


_TITLE_PARTS = re.compile(r"[\s-]+")


def _office_title(name: str) -> bool:
    """Whether NAME is an office's title, its parts joined by a hyphen or not: "President", "Vice-Chancellor",
    "Deputy Commissioner" (people.toml `titles`, and the words before one such as "Vice")."""
    titles = words("people", "titles")
    if name.lower() in titles:
        return True
    parts = _TITLE_PARTS.split(name)
    titled = [p.lower() in titles for p in parts]
    return any(titled) and all(
        t or p in words("people", "demonyms_cased") for p, t in zip(parts, titled, strict=True)
    )


def _town_named_first(m: re.Match[str], articled: bool) -> bool:
    """ "Goreme town of Nevsehir", "Kemer village of Antalya": a name right before a settlement noun, with no
    article or owner before it ("the Montreal suburb of LaSalle" is LaSalle), names the town itself."""
    modifier = m.group("modifier")
    if articled or m.group("owner") or not modifier or _is_demonym(modifier):
        return False
    between = m.string[m.end("modifier") : m.start("city")].split()
    return len(between) == 2 and between[1] == "of" and between[0] in _lower_words("town_first_nouns")


_BIG_TOWN = 100_000  # a town a caption names more often than the country spelt like it (Granada)


# French and Italian elide "de", "di" before a vowel: "le port d'Anvers", "le centre d'Orléans", "d'Arezzo".
_NOUN_OF_NAME = re.compile(r"^(?:(?:un|una|une)\s+)?[a-zà-ÿ]+ (?:(?:de|di) |d['’])(?P<city>[A-ZÀ-Þ].*)$")


# A road's number, letters then digits: "A30", "M25", "I-95", "N2"; no town is named so.
_ROAD_NUMBER = re.compile(r"[A-Z]{1,3}-?\d{1,4}[A-Z]?$")


def _landform_of(phrase: str) -> bool:
    """A landform named head first in English, "the Bay of Bengal", "the Strait of Hormuz": no town."""
    head, of, rest = phrase.partition(" of ")
    return (
        bool(of)
        and head[:1].isupper()
        and rest[:1].isupper()
        and head.split()[-1].lower() in _lower_words("landforms")
    )


_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


# Pure: rule files and the lookup's answers, fixed for a lookup; the chain, its parents and the island
# phrase ask it of the same name again.
@lru_cache(maxsize=4096)
def _country_in_english(text: str, lookup: PlaceLookup) -> str | None:
    """The English name of a country written in another language ("Síria", "Alemania", "Suriye"), unless
    the gazetteer has it already, or a big town is spelt so too (Spain's Granada is no Grenada; Finnish
    "Brasilia" is Brazil, but the town is likelier)."""
    # "в Перемишлі, Польща": a country in Cyrillic, after its town as in Latin (the script's names are
    # loaded only for a name in Cyrillic).
    found = _country_names().get(unicodedata.normalize("NFC", text).casefold()) or (
        country_in_script(text) if _CYRILLIC.match(text) else None
    )
    if found is None or lookup.country(text) is not None:
        return None
    english = found[1]
    towns = [c.place for c in lookup.candidates(text) if c.how in ("exact", "alternate", "overlay")]
    if any(t.population >= _BIG_TOWN and _spelt_alike(text, t.name) for t in towns):
        return None
    return english if lookup.country(english) is not None else None


def _spelt_alike(written: str, town: str) -> bool:
    """Whether a name could be the town's as written: the same letters, or the town's with its accents
    left out. "França" has a cedilla Franca (Brazil) lacks, so it is Portuguese for France; "Granada" is
    Granada, whatever the country of that name in Portuguese."""
    written_folded = unicodedata.normalize("NFC", written).casefold()
    return written_folded == unicodedata.normalize("NFC", town).casefold() or written_folded == fold(
        written_folded
    )


# The letters a demonym shares with its country's English name at least ("Lebanese", "Lebanon").
_DEMONYM_STEM = 5


def _demonym_country(word: str) -> str | None:
    """The English name of the one country a demonym's first letters spell ("Lebanese": Lebanon, "Libyan":
    Libya, "Iraqi": Iraq); None where none or two do ("Nigerian": Niger and Nigeria) or it is no demonym."""
    if not word[:1].isupper() or not _is_demonym(word):
        return None
    return _demonym_countries().get(word.casefold())


@cache
def _demonym_countries() -> dict[str, str]:
    stems: dict[str, set[str]] = {}
    for _, name in _country_names().values():
        if " " not in name:
            stems.setdefault(name.casefold()[:_DEMONYM_STEM], set()).add(name)
    found: dict[str, str] = {}
    for demonym in _demonyms():
        low = demonym.casefold()
        # A country's stem is its first letters, or its whole name if shorter ("Iraq": "Iraqi").
        spelt = {n for k in range(1, _DEMONYM_STEM + 1) for n in stems.get(low[:k], ()) if len(n) >= k}
        spelt = {n for n in spelt if low.startswith(n.casefold()[:_DEMONYM_STEM])}
        if len(spelt) == 1:
            found[low] = spelt.pop()
    return found


def _country_names() -> dict[str, tuple[str, str]]:
    return country_table()
