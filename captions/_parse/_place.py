"""The place shown, as the caption writes it: sublocation, city, parents, and notes on the place.

AP, Reuters, AFP, EPA and Xinhua put a place chain next to the date of sentence 1: "... near Schastia
town, on the territory which is under the Government of the Luhansk People's Republic control, eastern
Ukraine, Saturday, June 11, 2022." Getty puts it after: "... on June 11, 2022 in Kyiv, Ukraine." The chain
is read from the date outwards; what is no address (who controls the place) becomes the note. Which
GeoNames place the words mean is the locate stage's to say (captions/_locate.py): this module only asks,
through `PlaceLookup`, whether a text names a country or a division.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from itertools import pairwise
from typing import Protocol

from .._rules import alternation, phrases, rules, words
from ._date import date_text_spans, is_weekday
from ._names import is_given_name
from ._place_marks import known_landmark
from ._place_sub import (
    _is_name,
    _named_facility,
    _proper,
    _sublocation,
    _venue_at_venue,
    facility_before,
    is_facility,
    is_head_first,
)
from ._place_weak import (
    city_adjective,
    compound_before,
    has_weak_locative,
    in_latin,
    inflected_sublocation,
    lead_town,
    region_not_in_latin,
    sublocation_not_in_latin,
    town_before_inflected,
    town_population,
    unread_place,
    weak_town,
)
from ._place_words import (
    _CAPITAL_OF,
    _PAREN_PARENT,
    _connectors,
    _cut_at_clause,
    _cut_at_lower,
    _cut_at_verb,
    _cut_notes,
    _cut_trailing_joiner,
    _demonyms,
    _facility_suffixes,
    _is_demonym,
    _is_placey,
    _lower_words,
    _names_region,
    _phrase_start_ok,
    _possessive,
    _strip_front,
    _vocab,
    region_name,
)
from ._types import Dateline, Zones

__all__ = ["PlaceLookup", "PlaceText", "find_place", "is_facility", "is_head_first", "mentions"]


class _Town(Protocol):
    @property
    def population(self) -> int: ...

    @property
    def country_code(self) -> str | None: ...


class _Reading(Protocol):
    @property
    def place(self) -> _Town: ...

    @property
    def how(self) -> str: ...


class PlaceLookup(Protocol):
    """What the place parser asks the gazetteer: is this text a country, a first-level division?"""

    def country(self, text: str) -> object | None: ...

    def admin1(self, text: str, country_code: str | None = None) -> object | None: ...

    def classify(self, text: str, country_code: str | None = None) -> tuple[str, ...]:
        """What a text can name: any of "country", "admin1", "region", "city"."""
        ...

    def candidates(self, name: str) -> Sequence[_Reading]:
        """The towns (and landmarks) a name can be, best first."""
        ...

    def landmark(self, text: str) -> object | None:
        """The curated landmark a name is, as written (no fuzzy match), or None."""
        ...


@dataclass(frozen=True)
class PlaceText:
    sublocation: str | None = None
    city: str | None = None
    parents: tuple[str, ...] = ()  # inner to outer, as written: ("Luhansk region", "Ukraine")
    world_region: str | None = None  # "eastern Ukraine"
    note: str | None = None
    text: str | None = None
    context: tuple[str, ...] = field(default=())
    # Other phrases read as places within the city, likeliest first: "Hard Rock Stadium" when the
    # sublocation, "Miami Gardens", turns out to be the city.
    other_sublocations: tuple[str, ...] = field(default=())
    # The city was read from a phrase with no locative preposition before it ("Elizabeth Holmes, pictured
    # in May 2021, ..."): the locate stage takes it only when the whole phrase names a town exactly.
    bare_city: bool = False
    # The city phrase was cut short at a lower-case word ("in Glachau die personellen Weichen"): in German a
    # capitalised word there is as often a noun ("in Champagnergold und ..."), so the town must be found.
    weak_city: bool = False
    # The city phrase has an article, or follows a preposition with one in it ("on the British Isles", "im
    # Eröffnungsspiel"): towns seldom do, so one the gazetteer lacks is no town's name to keep.
    common_city: bool = False
    # Places the caption gives only to locate the city ("west of Khan Yunis", "near Mexico City"), nearest
    # first: the locate stage falls back on them when the city itself is not found.
    near: tuple[str, ...] = field(default=())
    metro: str | None = None  # "the Montreal suburb of LaSalle": Montreal
    # With no city read, the sentence's capitalised runs: a town written as subject or object ("Keur Massar
    # is flooded ... in Senegal", "leaves Goundam on June 3, 2015 in the Timbuktu region") is among them.
    loose: tuple[str, ...] = field(default=())
    # With no place read at all, towns written as modifiers of a noun: "a Warsaw protest", "the Ambani
    # family's Mumbai home". Weak evidence: the locate stage takes only a big town, and says so.
    modifiers: tuple[str, ...] = field(default=())
    # The caption's text: a consistency check settles an ambiguous town whose division, and no rival's, it
    # names anywhere ("NSW government rules"); see `mentions`.
    body: str = ""
    # The city is a name opening the caption before a colon, in Title Case ("Split: Navijači ..."), which a
    # person's name may be as well ("Obama: Former president ..."): the locate stage flags a small town.
    opening_town: bool = False
    # The country a national agency leaves unwritten, its own (set by the locate stage from the credit):
    # where two towns of the name score level, the one at home is meant.
    home_country: str | None = None
    # With no sublocation read, a name after a preposition that declines it, which no reader took and the
    # gazetteer lacks ("í Hörpu í Reykjavík"): the place shown, left unread; the locate stage flags it.
    unread: str | None = None
    # The city was written with a settlement word ("the village of Sarzedas, near Castelo Branco"): a town
    # even where the gazetteer lacks it, never a place within the town it is near.
    settled: bool = False


def _is_parent(segment: str, lookup: PlaceLookup) -> bool:
    """A segment outside the city: "Luhansk region", "Ukraine", "in Donetsk region"."""
    if not _is_placey(segment):
        return False
    if not _vocab().locative.match(segment):
        return True
    stripped, _ = _strip_front(segment)
    return (
        _names_region(stripped)
        or bool(_CAPITAL_OF.match(stripped))
        or lookup.country(stripped) is not None
        or region_name(stripped) != stripped  # "na ilha da Madeira", "en la provincia de Misiones"
    )


@dataclass
class _Chain:
    """A place chain as read: the phrase of the city, the phrase before it, and the parents."""

    city_phrase: str | None = None
    before_city: str | None = None
    parents: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    context: list[str] = field(default_factory=list)
    text: str = ""
    bare: bool = False  # the city phrase has no locative preposition before it
    weak: bool = False  # the city phrase was cut short at a lower-case word
    opener: str = ""  # the preposition before the city phrase: "in", "im", "auf der"
    facilities: list[str] = field(default_factory=list)  # named facilities further back in the head
    near: list[str] = field(default_factory=list)  # places that only locate the city
    before_apart: bool = False  # the phrase before the city's ends the segment before it ("à Annecy, en ...")
    metro: str | None = None  # the big town a suburb is a part of: "in Frankston, in Melbourne's south-east"


def _segments(text: str, lookup: PlaceLookup) -> list[str]:
    # The pattern ends the text with a bracket: a text without one is spared its search at every character.
    m = _PAREN_PARENT.search(text) if text.rstrip().endswith(")") else None
    # Agência Brasil's dateline, a name and its state's code alone: "Rio de Janeiro (RJ) 22/03/2024 – ...".
    coded = m is not None and bool(_STATE_CODE.fullmatch(m.group(1))) and _is_placey(text[: m.start()])
    if m and _bracketed_town(text, m.start(), m.group(1), lookup):
        return re.split(r",\s+", text.rstrip())  # "in Frankfurt (Oder)", "Halle (Saale)": the town's own name
    if m and (lookup.country(m.group(1)) or not m.group(1).isupper() or coded):
        # "en Madrid (España)", not "the Philippine Coast Guard (PCG)"
        text = text[: m.start()] + ", " + m.group(1)
    return re.split(r",\s+", text)


_WEEKDAY_BRACKET = re.compile(r"[\s,]+(?P<weekday>[^\W\d_]+)\s*\($")


def _cut_bracketed_weekday(text: str) -> str:
    """Antara's "di Denpasar, Bali, Jumat (28/3/2025)": the weekday and the bracket before a date written
    in brackets are no part of the chain."""
    m = _WEEKDAY_BRACKET.search(text) if text.endswith("(") else None
    return _cut_trailing_joiner(text[: m.start()]) if m and is_weekday(m.group("weekday")) else text


_BRACKET_AFTER = re.compile(r" \(([A-ZÀ-Þ][^()]{1,30})\)")
_NAME_BEFORE_BRACKET = re.compile(r"(?:^|(?<=\s))(?P<name>[A-ZÀ-Þ][\w'’.-]*(?: [A-ZÀ-Þ][\w'’.-]*){0,2})$")


def _bracketed_town(text: str, bracket: int, inside: str, lookup: PlaceLookup) -> bool:
    """Whether the name before a bracket and the bracket are one town's name, as German writes a river or a
    region into it: "Frankfurt (Oder)", "Halle (Saale)"."""
    m = _NAME_BEFORE_BRACKET.search(text, 0, bracket)
    return m is not None and "city" in lookup.classify(f"{m.group('name')} ({inside})")


def _read_chain(text: str, lookup: PlaceLookup, *, head_first: bool = False) -> _Chain:
    """Read a chain whose outer end is the end of `text` (or, head_first, whose head starts `text`)."""
    chain = _Chain()
    segments = _segments(text, lookup)
    if head_first:
        head, notes = _cut_notes(segments[0])
        chain.notes += notes
        for seg in segments[1:]:
            seg, notes = _cut_notes(seg)
            chain.notes += notes
            if seg and not _is_placey(seg):
                break
            if seg:
                chain.parents.append(seg)
        if chain.parents and _is_pure_place(chain.parents[0]) and _vocab().locative.match(head):
            # "en el Congreso de los Diputados, en Madrid": a place, then the town it is in after a
            # preposition of its own, which the first phrase then names a place within.
            town = chain.parents.pop(0)
            _read_head(town, chain, head)
            chain.text = ", ".join([head, town, *chain.parents])
            return chain
        _read_head(head, chain)
        chain.text = ", ".join([head, *chain.parents])
        return chain

    # "in Hong Kong, days after a deadly fire ... in Tai Po district": the rest tells of another event.
    lag = next(
        (
            k
            for k in range(1, len(segments))
            if _vocab().event_lag.match(segments[k])
            and any(_vocab().locative.search(s) for s in segments[:k])
        ),
        len(segments),
    )
    segments = segments[:lag]
    index = len(segments) - 1
    while index >= 0:
        seg, notes = _cut_notes(segments[index])
        chain.notes = [*notes, *chain.notes]
        if not seg:
            index -= 1
            continue
        if index > 0 and _is_aside(seg, lookup):
            # "near the town of X, amid Russia's attack on Ukraine, in Donetsk region": an aside in the chain.
            index -= 1
            continue
        metro_part = _vocab().metro_part.match(seg) if index > 0 else None
        if metro_part:
            # "in Frankston, in Melbourne's south-east": Melbourne only locates Frankston.
            chain.context.append(metro_part.group("metro"))
            chain.near.append(metro_part.group("metro"))
            chain.metro = metro_part.group("metro")
            index -= 1
            continue
        native_land = _vocab().native_land.match(seg) if index > 0 else None
        if native_land and any(_vocab().locative.search(s) for s in segments[:index]):
            chain.context.append(native_land.group("land"))  # "in Chinle, Ariz., on the Navajo Nation"
            index -= 1
            continue
        if index > 0 and (
            _vocab().relative.match(seg) or (_vocab().near.match(seg) and _is_pure_place(segments[index - 1]))
        ):
            # "in Irpin, on the outskirts of Kyiv": Kyiv only locates Irpin.
            located = _vocab().relative.sub("", _vocab().near.sub("", seg)).strip()
            if _DIRECTION_OF.match(seg) and lookup.country(located):
                # "in Montignac, southwest of France": a part of the country, which is the parent.
                chain.parents.insert(0, located)
                index -= 1
                continue
            chain.context.append(located)
            chain.near.append(_vocab().locative.split(located, 1)[0].strip(" ,"))
            index -= 1
            continue
        appositive = _vocab().appositive.match(seg) if index > 0 else None
        if appositive:
            # "in Srinagar, the summer capital of Indian Kashmir", "in Suzhou, a city in East China's Jiangsu
            # Province": a description of the place before it, whose names are evidence, not its parents.
            chain.context.append(appositive.group("place"))
            index -= 1
            continue
        if _is_parent(seg, lookup):
            chain.parents.insert(0, seg)
            index -= 1
            continue
        segments[index] = seg
        break
    if index < 0:
        if chain.parents:  # nothing but names: "Mariupol, Ukraine" — the innermost is the city
            chain.city_phrase = chain.parents.pop(0)
            chain.bare = not _vocab().locative.match(chain.city_phrase)
        chain.text = text
        return chain
    head = segments[index]
    previous = segments[index - 1] if index > 0 and _is_pure_place(head) else None
    start = _read_head(head, chain, previous)
    after = head.find(chain.city_phrase, start) + len(chain.city_phrase) if chain.city_phrase else -1
    bracket = _BRACKET_AFTER.match(head, after) if after >= 0 else None
    if bracket and _bracketed_town(head, bracket.start(), bracket.group(1), lookup):
        chain.city_phrase = f"{chain.city_phrase} ({bracket.group(1)})"  # "in Frankfurt (Oder)"
    if chain.city_phrase is None and chain.parents and (named := _articled_name_at_end().search(head)):
        # "al Quirinale, Roma": a name after a preposition with its article, closing the head, then the town.
        chain.before_city = named.group("name")
    joined = chain.opener and all(w in _connectors() for w in chain.opener.lower().split())
    if joined and chain.before_city and chain.before_city[:1].isupper() and chain.city_phrase:
        whole = f"{chain.before_city} {chain.opener} {chain.city_phrase}"
        if "city" in lookup.classify(whole):  # "near Brandenburg an der Havel": one town, not Havel
            chain.city_phrase, chain.before_city = whole, None
            start = head.rfind(whole) if whole in head else start
    # The segment holding a description of a part of the town: before the town in the head ("in Makoko, a
    # waterfront community in Lagos"), or a segment of its own ("in Rocinha, one of Brazil's largest
    # favelas, in Rio de Janeiro"); 0 when there is none.
    described = 0
    if index > 0 and _vocab().part_of_town.match(head[:start]):
        described = index
    elif index > 1 and not head[:start].strip() and _vocab().part_of_town.match(segments[index - 1] + " "):
        described = index - 1
    if described and chain.before_city is None:
        # "in Makoko, a waterfront community in Lagos": the place before the description lies in its town.
        prior = [
            p
            for p in _vocab().locative.finditer(segments[described - 1])
            if _phrase_start_ok(segments[described - 1][p.end() :])
        ]
        if prior:
            chain.before_city = segments[described - 1][prior[-1].end() :].strip(" ,")
    if chain.city_phrase is None and not chain.parents and index > 0:
        # "near Fort Nelson, B.C., in this handout photo taken": the chain ends before a clause.
        earlier = _read_chain(", ".join(segments[:index]), lookup)
        # Or one that names only a division, with a preposition: "în județul Brașov, de Halloween, vineri".
        if earlier.city_phrase is not None or any(_vocab().locative.match(p) for p in earlier.parents):
            earlier.notes += chain.notes
            return earlier
    chain.text = ", ".join([head[start:], *chain.parents])
    return chain


@cache
def _articled_name_at_end() -> re.Pattern[str]:
    prepositions = phrases("place", "facility_articled_prepositions_cased")
    return re.compile(rf"(?<!\S){prepositions}\s+(?P<name>[A-ZÀ-Þ][\w'’-]*(?:\s+[A-ZÀ-Þ][\w'’-]*){{0,3}})$")


def _after_gaze(text: str, start: int) -> bool:
    """Whether a preposition follows a verb of looking ("Fans look at Erling Haaland"): a person or thing."""
    if text[start : start + 3] != "at ":
        return False
    before = text[max(0, start - 30) : start].split()
    return bool(before) and before[-1].lower() in words("place", "gaze_verbs")


def _participle_after_article(text: str, m: re.Match[str]) -> bool:
    """Whether a locative verb is an adjective after an article: "the visiting President of Kenya"."""
    return m.group().strip().endswith("ing") and bool(_ARTICLE_BEFORE.search(text, 0, m.start()))


_ARTICLE_BEFORE = re.compile(r"(?<![\w-])(?:the|a|an|The|A|An)\s+$")


def _is_aside(segment: str, lookup: PlaceLookup) -> bool:
    """Whether a segment opens with an aside word and names no place but a country: "amid Russia's attack
    on Ukraine" (not "during the election in Moscow")."""
    if segment.split(maxsplit=1)[0] not in words("place", "aside_openers_cased"):
        return False
    probe = _Chain()
    _read_head(segment, probe)
    read = _read_city_phrase(probe.city_phrase) if probe.city_phrase else _CityPhrase()
    town = read.city is not None and lookup.country(read.city) is None
    within = _sublocation(probe.before_city)  # "amid the ruins of X": a place; "amid Russia's attack": none
    return not (town or read.parents or read.sublocation or (within and is_facility(within)))


def _is_pure_place(text: str) -> bool:
    m = _vocab().locative.match(text)
    # "na cidade da Beira": a settlement word before the town's name makes a place too.
    return bool(m) and (
        _is_placey(text) or bool(m and _vocab().settlement_head.match(text[m.end() :].strip()))
    )


def _read_head(head: str, chain: _Chain, previous: str | None = None) -> int:
    """Find the city in the head segment: its last locative phrase that reads as a place.

    The locative phrase before that one is the sublocation when it reads as one ("at the Azot chemical
    plant in Sievierodonetsk"). Returns where the chosen phrase starts in `head`.
    """
    every = list(_vocab().locative.finditer(head))
    matches = [
        m
        for m in every
        if (_phrase_start_ok(head[m.end() :]) or _adjective_first(m, head))
        and not _after_gaze(head, m.start())
        and not _participle_after_article(head, m)
    ]
    for i in range(len(matches) - 1, -1, -1):
        m = matches[i]
        # A phrase ends where the next one starts, place or not: "in the Gaza Strip in this picture".
        end = next((n.start() for n in every if n.start() > m.start()), len(head))
        clause = _cut_at_clause(head[m.end() : end])
        phrase = _cut_at_lower(clause).strip(" ,.")
        if not phrase or not _reads_as_place(phrase):
            continue
        chain.weak = phrase != clause.strip(" ,.")
        if (
            i > 0
            and m.group().strip() == "at"
            and _venue_at_venue(f"{(first := head[matches[i - 1].end() : m.start()].strip())} at {phrase}")
        ):
            # "during the first half at GEHA Field at Arrowhead Stadium.": one venue's name.
            phrase, m, i = f"{first} at {phrase}", matches[i - 1], i - 1
        if i > 0 and _vocab().near.match(head[m.start() :]):
            # "in the Mexican city of Cuernavaca near Mexico City": the town "near" locates is the city.
            prev = matches[i - 1]
            town = _cut_at_verb(head[prev.end() : m.start()]).strip(" ,.")
            # Not "the Atacama desert near Copiapó": the city is a name, not a landform.
            if town and town.split()[-1][:1].isupper() and _read_city_phrase(town).city:
                chain.near.append(phrase)
                chain.context.append(phrase)
                chain.city_phrase = town
                if i > 1:
                    chain.before_city = _cut_at_verb(head[matches[i - 2].end() : prev.start()]).strip(" ,")
                return prev.start()
        chain.city_phrase = phrase
        chain.opener = m.group().strip()
        if i > 0:
            # "at the Neutral Buoyancy Laboratory near NASA's Johnson Space Center in Houston": the
            # place shown is the one "near" locates.
            k = i - 2 if i > 1 and _vocab().near.match(head[matches[i - 1].start() :]) else i - 1
            if k < i - 1 and _vocab().settlement_of.match(head[matches[i - 1].end() : m.start()].strip(" ,")):
                k = i - 1  # "near the village of Listvyanka in Irkutsk Region": the village is the place
            if k > 0 and _time_phrase().match(head, matches[k].end()):
                k -= 1  # "walk across College Green on the first day of classes in Athens": a time, no place
            chain.before_city = _cut_at_verb(head[matches[k].end() : matches[k + 1].start()]).strip(" ,")
            if k > 0 and matches[k].group().strip() == "at":
                # "GEHA Field at Arrowhead Stadium", "Hulu Theater at Madison Square Garden": one name.
                first = head[matches[k - 1].end() : matches[k].start()].strip()
                if _named_facility(first) and _named_facility(chain.before_city):
                    chain.before_city, k = f"{first} at {chain.before_city}", k - 1
            if (
                k > 0
                and matches[k].group().strip() == "on"
                and (
                    inner := _ARTICLED_TITLE.fullmatch(
                        _cut_at_verb(head[matches[k - 1].end() : matches[k].start()]).strip(" ,")
                    )
                )
            ):
                # "in the House of Commons on Parliament Hill in Ottawa": the named place on a landmark is the
                # more exact one; the landmark stays a candidate.
                chain.facilities.append(chain.before_city)
                chain.before_city = inner.group()
            elif _beside().match(head, matches[k].start()):
                # "clear Wellington Street in front of the Parliament in Ottawa": the landmark only locates
                # the named place written right before it, which is the place shown.
                start = matches[k - 1].end() if k > 0 else 0
                shown = _facility_ending().search(head, start, matches[k].start())
                chain.before_city = shown.group("name") if shown else chain.before_city
            # "outside the Kalighat Kali Temple that remains closed on Pohela Boishakh ... in Kolkata": a
            # named facility further back is a candidate too.
            for a in matches[:k]:
                end = next((n.start() for n in every if n.start() > a.start()), len(head))
                chain.facilities.append(_cut_at_verb(head[a.end() : end]).strip(" ,"))
        elif previous is not None and m.start() == 0:
            prior = [p for p in _vocab().locative.finditer(previous) if _phrase_start_ok(previous[p.end() :])]
            if prior:
                chain.before_city = previous[prior[-1].end() :].strip(" ,")
                chain.before_apart = True
                # "at Bondi Beach as temperatures soar across New South Wales, in Sydney": a named facility
                # further back is a candidate too.
                for a, b in pairwise(prior):
                    chain.facilities.append(_cut_at_verb(previous[a.end() : b.start()]).strip(" ,"))
            town = chain.before_city or ""
            if _vocab().near.match(head) and town.split()[-1:] and town.split()[-1][:1].isupper():
                town = town if _read_city_phrase(town).city else ""
            else:
                town = ""
            if town:
                # "in the town of Paiporta, near Valencia, Spain": the town is the one "near" locates.
                chain.near.append(phrase)
                chain.context.append(phrase)
                chain.city_phrase, chain.before_city = chain.before_city, None
        return m.start()
    # "... covering neighborhoods of Derna": no preposition, but a place all the same.
    bare = _vocab().bare_within_of.search(head)
    if bare:
        chain.city_phrase = bare.group("city")
        return bare.start("city")
    if _vocab().settlement_head.match(head):
        chain.city_phrase = head  # "..., concelho da Ribeira Brava, na ilha da Madeira": the town's segment
        return 0
    for article in _ARTICLE_BEFORE_SETTLEMENT.finditer(head):
        if _vocab().settlement_head.match(head[article.end() :]):
            # "desde el municipio de San Nicolás de los Ranchos": a settlement word after a preposition the
            # locatives lack still names the town.
            chain.city_phrase = head[article.end() :]
            return article.end()
    return 0


@cache
def _time_phrase() -> re.Pattern[str]:
    """A phrase naming a time, not a place: "the first day of classes", "the eve of the vote"."""
    return re.compile(rf"(?:the|a|this|that) (?:[\w-]+ ){{0,2}}{alternation(words('place', 'time_words'))}\b")


# A name with its article, each word capitalised but its connectors: "the House of Commons".
_ARTICLED_TITLE = re.compile(
    r"the [A-ZÀ-Þ][\w'’-]*(?: (?:of|for|and|de|the) [A-ZÀ-Þ][\w'’-]*| [A-ZÀ-Þ][\w'’-]*)*"
)


# A name then a common noun phrase describing it: "Casa Rosada presidential palace".
_NAME_DESCRIBED = re.compile(
    r"([A-ZÀ-Þ][\w'’-]*(?: (?:(?:of|the|de|la|del|de los|de las) )?[A-ZÀ-Þ][\w'’-]*)*)(?: [a-zà-ÿ][\w-]*)+"
)


def _without_description(sub: str, lookup: PlaceLookup) -> str:
    m = _NAME_DESCRIBED.fullmatch(sub)
    name = m.group(1) if m else ""
    if " " in name and (_named_facility(name) or is_head_first(name)) and lookup.landmark(name):
        return name
    return sub


def _division_only(name: str, lookup: PlaceLookup) -> bool:
    """Whether a name is a province or state and no town: "New South Wales"."""
    kinds = lookup.classify(name)
    return "admin1" in kinds and "city" not in kinds


# An article before a settlement word of a Romance language: "el municipio de", "la commune de".
_ARTICLE_BEFORE_SETTLEMENT = re.compile(r"(?<!\S)(?:el|la|le|il|lo|o|a)\s+(?=[a-zà-ÿ])")


# German declines an adjective between the article and the name: "vor dem geschlossenen Louvre".
_DECLINED_ADJECTIVE = re.compile(r"[a-zäöüß]+(?:en|em|er|es|e)\s+[A-ZÀ-Þ]")


def _adjective_first(m: re.Match[str], head: str) -> bool:
    """Whether a locative with its article ("vor dem", "auf der") is followed by a declined adjective and
    a name: the phrase is a place as much as one opening with the name."""
    return m.group().strip().lower() in words("place", "article_locatives") and bool(
        _DECLINED_ADJECTIVE.match(head, m.end())
    )


def _reads_as_place(phrase: str) -> bool:
    read = _read_city_phrase(phrase)
    # "at a camp dance" names no place: a lone noun is no sublocation (IPTC: an exact name).
    named = read.sublocation is not None and _is_name(_sublocation(read.sublocation) or "")
    return bool(read.city or read.parents or named)


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


@lru_cache(maxsize=8192)
def _read_city_phrase(phrase: str) -> _CityPhrase:
    """ "the town of Lysychansk": a city; "Pokrovsk railway station": a sublocation; "Sindh province": a
    parent."""
    vocab = _vocab()
    phrase, notes = _cut_notes(phrase)
    note = notes[0] if notes else None
    phrase = _vocab().part_of.sub("", _vocab().article.sub("", phrase.strip()))
    descriptor = None
    d = vocab.directions.match(phrase)
    if d:
        descriptor, phrase = d.group().strip(), phrase[d.end() :]
    m = vocab.facility_of.match(phrase)
    if m:
        return _CityPhrase(city=m.group("city"), sublocation=phrase, descriptor=descriptor, note=note)
    m = vocab.within_of.match(phrase)
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
        near = (modifier,) if modifier and not _is_demonym(modifier) else ()
        if not owner:
            # "the northern Lebanese city of Tripoli": the demonym's country is the town's.
            owner = tuple(c for w in phrase[: m.start("city")].split() if (c := _demonym_country(w)))[:1]
        return _CityPhrase(city=m.group("city"), parents=owner, note=note, near=near, settled=True)
    m = vocab.settlement_head.match(phrase)
    if m:  # "concelho da Ribeira Brava", "comuna Bran"
        return _CityPhrase(city=m.group("city"), note=note, settled=True)
    m = _possessive(phrase)
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


def _dateline_place(line: Dateline, lookup: PlaceLookup) -> tuple[str | None, list[str], str | None]:
    """A dateline's city, parents and venue, by agency style.

    Getty and ZUMA write the city first ("KYIV, UKRAINE"), dpa last ("USA, Newport News"); Reuters sport
    and Shutterstock put a venue or event before the city ("Villa Park, Birmingham, Britain").
    """
    parts = [p.title() if p.isupper() and len(p) > 3 else p for p in line.place]
    if not parts:
        return None, [], None
    venue = None
    if line.style == "dpa":
        city, parents = parts[-1], parts[-2::-1]
    elif line.style == "closing" and (
        at := next(
            (i for i in range(len(parts) - 2, 0, -1) if is_facility(parts[i].removeprefix("The "))), None
        )
    ):
        # Shutterstock: "Glastonbury Festival, Day 5, Worthy Farm, Pilton, Somerset, UK": the town follows
        # the venue, and what follows the town are its parents.
        venue, city, parents = parts[at], parts[at + 1], parts[at + 2 :]
    elif line.style in ("sport", "closing"):
        parents = []
        while len(parts) > 1 and (lookup.country(parts[-1]) or lookup.admin1(parts[-1])):
            if parents and lookup.country(parts[-1]) and lookup.country(parents[0]):
                break  # "Hong Kong, China": a country written inside another is a city
            if line.style == "sport" and len(parts) == 2 and "city" in lookup.classify(parts[-1]):
                break  # "National Tennis Center, Beijing, China": a venue, then its town (a division too)
            parents.insert(0, parts.pop())
        city = parts[-1]
        if len(parts) > 1 and (line.style == "sport" or is_facility(parts[-2].removeprefix("The "))):
            venue = parts[-2]  # Shutterstock: "Wimbledon, Day One, The All England Club, London, UK - 30 Jun"
        m = re.search(r"\b[Ii]n ([A-Z].*)$", city)  # Shutterstock: "Daily Life In Guadalajara"
        city = m.group(1) if m else city
    elif line.style == "anp" and not lookup.classify(parts[0]):
        return None, [], None  # "UPDATE - ...": capitals and a dash, but no place
    else:
        city, parents = parts[0], parts[1:]
    # A lone part may be a city and a division at once (Berlin, Hamburg): a dateline names a city.
    if lookup.country(city) or _names_region(city):
        return None, [city, *parents], venue
    return city, parents, venue


def find_place(zones: Zones, anchor: tuple[int, int] | None, lookup: PlaceLookup) -> PlaceText:
    """The place shown, as written, from sentence 1 and any dateline."""
    main = _cut_unclosed(zones.main)
    if (cut := _cut_lead(zones)) is not None:
        # "EMBARGOED UNTIL ... THURSDAY, JAN. 30 - Visitors look at ...": the chain is by the other date.
        main = _cut_unclosed(cut)
        anchor = next(iter(date_text_spans(main)), None)
    chains: list[_Chain] = []
    if anchor:
        before = _cut_bracketed_weekday(_cut_trailing_joiner(main[: anchor[0]]))
        after = main[anchor[1] :]
        after = after[len(after) - len(after.lstrip(" ,")) :]
        if after and _vocab().after_date.match(after):
            chains.append(_read_chain(after, lookup, head_first=True))
        if before:
            chains.append(_read_chain(before, lookup))
    lead = _DASH_LEAD.match(main) if "–" in main or "—" in main or " - " in main else None
    led = (lead.group("place") or _paired_lead(lead.group("paired"), lookup)) if lead else ""
    if lead and led and not any(_yields_town(c) for c in chains) and _is_placey(led):
        # Agência Brasil, EFE: "Brasília – Nádia Costa amamenta ...", a place and a dash opening the text.
        chain = _read_chain(led, lookup)
        chain.bare = True
        chains.append(chain)
    if not any(_yields(c) for c in chains):
        # A dateline on a line of its own after the text: "Rome (Italy), October 27th 2020".
        for sentence in zones.sentences[1:]:
            head = _dateline_head(sentence)
            if head:
                chain = _read_chain(head, lookup)
                if _yields(chain):
                    chains.append(chain)
                    break
    # A chain of bare names no gazetteer knows is a person or a title before the date, no place:
    # "Cumhurbaşkanı Recep Tayyip Erdoğan, 9 Şubat 2026'da Ankara'da ...".
    chains = [c for c in chains if not _unplaced(c, lookup)]
    if not any(_yields(c) for c in chains):
        # Turkish puts the place word after the name: "Deyr Balah kentindeki ...", "İstanbul'da ...".
        lowered = main.lower()
        triggered = any(t in lowered for t in rules("place")["postposition_triggers"])
        postposed = _postposition_place(main, lookup) if triggered else None
        if postposed is not None:
            chain = _Chain(city_phrase=postposed[0], text=postposed[1])
            chain.before_city = next(_postposed_facilities(main), None)  # "Taksim Meydanı'nda"
            chains.append(chain)
    if not any(_yields(c) for c in chains):
        # The whole sentence, its date masked: "... new measures on Friday" names no place "Friday".
        masked = main[: anchor[0]] + " " + main[anchor[1] :] if anchor else main
        chains.append(_read_chain(_cut_trailing_joiner(masked), lookup))
        chains = [c for c in chains if not _unplaced(c, lookup)]

    city: str | None = None
    parents: list[str] = []
    descriptors: list[str] = []
    notes: list[str] = []
    context: list[str] = []
    subs: list[str] = []
    text: str | None = None
    bare = weak = settled = common = segment_parents = False
    near: list[str] = []
    metro: str | None = None
    for chain in chains:
        notes += chain.notes
        context += chain.context
        read = _read_city_phrase(chain.city_phrase) if chain.city_phrase else _CityPhrase()
        if read.parents and (whole := _possessive_town(chain.city_phrase, lookup)):
            read = _CityPhrase(city=whole)  # "in Cox's Bazar", "King's Lynn": a town's own name, no owner's
        if (
            not read.city
            and len(read.parents) == 2
            and (part := _district_of_town(chain.city_phrase, lookup))
        ):
            read = part  # "in Kathmandu's Thamel district": a part of the town, not a division of a country
        if read.city and not read.sublocation and chain.parents and _part_of_town_opener(chain.opener):
            # "di kawasan Kampung Melayu, Jakarta" (in the Kampung Melayu area): the town is written after it.
            read = _CityPhrase(chain.parents[0], read.city, read.parents, read.descriptor, read.note)
            chain.parents = chain.parents[1:]
        near += [*read.near, *chain.near]
        context += read.near
        metro = metro or next(iter(read.near), None) or chain.metro
        if read.note:
            notes.append(read.note)
        prior = _read_city_phrase(chain.before_city) if chain.before_city else _CityPhrase()
        # Only a phrase with an article may be a division after a place ("in the Israeli-occupied West Bank").
        division_like = bool(prior.sublocation and _vocab().articled.match(chain.city_phrase or ""))
        kinds = lookup.classify(read.city) if read.city and (prior.city or division_like) else ("city",)
        # "à Annecy, en Haute-Savoie": a name no town's after a known town and a comma is its division (a
        # department, a county the lookup does not class).
        unclassed = not kinds and (
            prior.settled or (chain.before_apart and "city" in lookup.classify(prior.city or ""))
        )
        if read.city and prior.city and ((kinds and "city" not in kinds) or unclassed):
            # "in Rafah in the southern Gaza Strip": the last phrase names a division, the one before it
            # the city; so does "the town of Taree on the NSW Mid North Coast", a region no gazetteer knows.
            read = _CityPhrase(prior.city, None, (read.city, *read.parents), read.descriptor, read.note)
            chain.before_city = None
        elif read.city and not prior.city and kinds and "city" not in kinds:
            # "in Jenin refugee camp in the Israeli-occupied West Bank": a place before a division, its town
            # to be read off its name.
            read = _CityPhrase(None, read.sublocation, (read.city, *read.parents), read.descriptor, read.note)
        elif (
            not read.city
            and read.parents
            and prior.city
            and _vocab().settlement_of.match(chain.before_city or "")
        ):
            # "near the village of Listvyanka in Irkutsk Region": the town lies in the division after it.
            read = _CityPhrase(prior.city, None, read.parents, read.descriptor, read.note, settled=True)
            chain.before_city = None
        found_subs = [_sublocation(read.sublocation), _sublocation(chain.before_city)]
        if chain.opener and _beside().fullmatch(chain.opener + " "):
            # "gather at Syntagma Square in front of the Greek Parliament": the landmark only locates the
            # place before it, which is the place shown.
            found_subs.reverse()
        subs += [s for s in found_subs if s]
        # Further back, only a name closed by its own capitalised noun ("the Kalighat Kali Temple"): "the
        # Christmas market at Gendarmenmarkt" describes the place the name after it gives.
        subs += [s for s in map(_sublocation, chain.facilities) if s and _named_facility(s)]
        if city is None and not parents and (read.city or read.parents or chain.parents):
            city = read.city
            parents = [*read.parents, *chain.parents]
            segment_parents = not read.parents  # each written after a comma: "..., Madrid, Spain"
            text = chain.text
            bare, weak, settled = chain.bare, chain.weak or read.weak, read.settled
            common = _articled(chain, read)
            if read.descriptor and read.parents:
                descriptors.append(f"{read.descriptor} {read.parents[0]}")
        elif (
            read.city
            and not chain.bare
            and _only_countries(city, parents, lookup)
            and not lookup.country(read.city)
        ):
            # "... in Enerhodar on March 27, 2025, in Russian-controlled territory in Ukraine": the chain
            # after the date names only the country, the one before it the town.
            city, parents = read.city, [*read.parents, *chain.parents, *([city] if city else []), *parents]
        elif read.city and read.city != city and not chain.bare:
            # Getty: "... walk through the Spanish Quarter on May 5, 2024 in Naples": the city is the
            # later chain's; this one names a place within it. Not a name with no preposition before it: "The
            # Marvin-1, a fishing boat, sits on the shore May 16, 2015, in Masinloc" is the subject, a boat.
            # "the Spanish Quarter" keeps its article to be read as one; "The Forum" is written with it.
            articled = _vocab().articled.match(chain.city_phrase or "") and read.city[:4] != "The "
            venue = _sublocation(("the " if articled else "") + read.city)
            if (
                venue
                and len(chain.parents) == 1
                and _proper(chain.parents[0])
                and not lookup.classify(chain.parents[0])
            ):
                # "at The Standard, High Line on September 14 in New York City": a name after the venue that
                # names no town or division is the branch in the venue's name.
                venue = f"{venue}, {chain.parents[0]}"
            subs += [venue] if venue else []

    clean_parents: list[str] = []
    worded: set[str] = set()  # divisions written with their division word first: "județul Brașov"
    for parent in parents:
        stripped, descriptor = _strip_front(parent)
        m = _CAPITAL_OF.match(stripped)
        named = m.group("country") if m else stripped
        stripped = region_name(named)
        if stripped != named:
            worded.add(stripped)
        p = _possessive(stripped)
        # "Sudan's war-torn North Darfur state": the descriptor after the owner is no part of the name.
        clean_parents += [_strip_front(p.group("rest"))[0], p.group("owner")] if p else [stripped]
        if descriptor:
            descriptors.append(parent[parent.find(descriptor) :].strip())

    if city is None and not clean_parents:
        # EFE: "Las islas Galápagos (Ecuador) no se han escapado ...": a country in brackets after a name.
        clean_parents += [m.group(1) for m in _BRACKETED.finditer(main) if lookup.country(m.group(1))][:1]
    clean_parents = [_country_in_english(p, lookup) or p for p in clean_parents]
    if city and not settled:
        city = _country_in_english(city, lookup) or city  # "na Síria" is Syria, not Romania's Şiria
    if city and not settled and lookup.country(city) and not _town_of_another(city, clean_parents, lookup):
        # "at an undisclosed location in Ukraine"
        clean_parents.insert(0, city)
        city = None
    # EFE, ANSA: "a Niscemi (Caltanissetta)", "en el paseo marítimo de Sanxenxo (Pontevedra)": a name in
    # brackets after a town is its province, never the town.
    bracketed = bool(clean_parents) and f"({clean_parents[0]})" in main
    if (
        city is None
        and clean_parents
        and not bracketed
        and clean_parents[0] not in worded
        and not (
            lookup.country(clean_parents[0])
            or lookup.admin1(clean_parents[0])
            or _names_region(clean_parents[0])
            # Getty, Icon Sportswire: "at Kyle Field in College Station, TX", a US state's postal code.
            or (_STATE_CODE.fullmatch(clean_parents[0]) and lookup.admin1(clean_parents[0], "US"))
        )
    ):
        city = clean_parents.pop(0)  # PA: "at the Emirates Stadium, London"
    elif (
        city is None
        and segment_parents
        and clean_parents
        and not bracketed
        and clean_parents[0] not in worded
        and not _names_region(clean_parents[0])
        and _town_first(clean_parents, lookup, subs)
    ):
        # "outside the stadium, Madrid, Spain": a town that is its own division too, written after a place
        # in it, is the town.
        city = clean_parents.pop(0)

    # A dateline completes what sentence 1 leaves out: "NEW YORK, NEW YORK - MARCH 21: ... in New York City".
    body_city = city
    lines = list(zones.datelines)
    if not lines and (opening := lead_town(main, lookup)):
        # "Split: Navijači Hajduka na Poljudu ...": a known town opening the text is its dateline.
        lines.append(Dateline(opening, (opening,), None, "lead"))
    for line in lines:
        line_city, line_parents, venue = _dateline_place(line, lookup)
        if line.style == "lead" and city and lookup.classify(city):
            continue  # "Kolkata: ... a market in Kolkata": the body's own town, known, stands
        context += list(line.place)
        if venue:
            subs.append(venue)
        if line.style == "lead" and city and not _same_name(city, line_city):
            city, clean_parents, text = None, [], None  # "na Poljudu": a name no gazetteer knows
        if line.style in ("dpa", "anp") and line_city and city and not _same_name(city, line_city):
            # dpa's "Sachsen, Dresden:" is where the picture was taken; a name the body reads as a city is
            # a place there ("vor dem Reichstag"), or a river named like a town ("auf der Elbe").
            if not lookup.classify(city) and _sublocation(city):
                subs.append(city)
            city, clean_parents, text = None, [], None
        if line.style in _TOWN_DATELINES and line_city and city and not lookup.classify(city):
            # Shutterstock's closing line places the picture, as ZUMA's, Imagn's and Getty's opening one
            # does; a name the body reads as a town that no gazetteer knows is a place there ("on the
            # Pyramid Stage", "at Rogers Place"), or no place ("on Halloween night").
            at_name = text is not None and text.startswith("at ")
            shown_at = line.style == "closing" or is_facility(city) or at_name
            subs += [s for s in (_sublocation(city) if shown_at else None,) if s]
            city, clean_parents, text = None, [], None
        if city is None and line_city and (not clean_parents or _same_name(line_city, city)):
            city = line_city
            clean_parents = clean_parents or line_parents
        elif city is None and line_city and not subs:
            city = line_city
        if line_parents and (city is None or _same_name(city, line_city)):
            clean_parents += [p for p in line_parents if p not in clean_parents]

    from_dateline = city != body_city
    if not subs and ":" in main and any(line.style == "dpa" for line in zones.datelines):
        # dpa sport: "Fußball: Bundesliga, Bayern München - Borussia Dortmund, 28. Spieltag, Allianz Arena."
        # ends its first line with the venue.
        dpa_venue = _DPA_VENUE.search(zones.body)
        if dpa_venue and is_facility(dpa_venue.group("venue")):
            subs.append(dpa_venue.group("venue"))
    header = _HEADER_VENUE.match(main, anchor[1]) if not subs and city and anchor else None
    if header and is_facility(header.group("venue")):
        # LaPresse, ANSA sport: "Torino, 7 dicembre 2025 - Juventus-Cagliari, Serie A, Allianz Stadium":
        # a header after the town and the date closes with the venue.
        subs.append(header.group("venue"))
    if not subs:
        # "Gennady Lamtugov, production director of the Alchevsk Metallurgical Complex speaks ...";
        # with a city known, only a name the picture is at: "work the scene on Bourbon Street after ...".
        # Every facility pattern here closes a name with a facility word: most captions have none.
        has_facility = _vocab().facility_word.search(main) is not None
        facility = _vocab().facility_name if city is None else _vocab().facility_at
        m = facility.search(main) if has_facility else None
        called = _called().search(main) if any(w in main for w in _CALLED_WORDS) else None
        if called:
            # "a 27-story tower called Antilia": the name a place noun is given.
            subs.append(called.group("name"))
        elif m and _sublocation(m.group("name")):
            subs.append(m.group("name"))
        elif (
            head_first := _head_first_facility().search(main) if _CONNECTED_NAME.search(main) else None
        ) and (
            city is None or lookup.classify(city)[:1] != ("city",)  # "en Aragón": likelier a division
        ):
            # "durante su visita a la Base Aérea de Zaragoza": a name written head first, "de" a town.
            subs.append(head_first.group("name"))
            if city is not None:
                clean_parents.insert(0, city)  # the division its town lies in
                city = None
        elif city and city in main:
            # "addresses the Greek Parliament in Athens", "illuminates the Capitol in Washington": the place
            # is the object of a verb, right before the city.
            name = facility_before(main, city) or compound_before(main, city)
            if name and _sublocation(name):
                subs.append(name)
    headed = _headed(zones.sentences) or main
    if not subs and (found_there := sublocation_not_in_latin(headed, lookup)):
        subs.append(found_there)  # "στο Σύνταγμα", "на Тверской улице": Greek and Cyrillic place phrases
    if not subs and (inflected := inflected_sublocation(headed)):
        subs.append(inflected)  # "na Rynku Głównym": Rynek Główny
    if not subs and (named_head := _named_head_first().search(headed)):
        # "ocupam a Avenida Paulista, em São Paulo", "attraversano piazza San Marco": a place noun written
        # before its name, with no preposition the chain reads.
        name = _without_town(named_head.group("name"), lookup)
        head, _, rest = name.partition(" ")
        # "in perscentrum Nieuwspoort": a noun in lower case that only says what the place is.
        subs.append(rest if rest and head in words("place", "apposed_facility_heads_cased") else name)
    if not subs and city is not None and " of " in main and (landmark := _landmark_of().search(main)):
        # "crowd the atrium of the Basilica of Guadalupe ... in Mexico City": a landmark named head first,
        # as the object of a verb.
        subs.append(landmark.group("name"))
    if not subs and city is not None and (room := _room_of().search(main)):
        # "in de plenaire zaal van de Tweede Kamer": a room written in lower case names no place; the
        # building it is in does.
        subs.append(room.group("name"))
    if (
        not subs
        and city is not None
        and ("«" in main or "„" in main)
        and (quoted := _QUOTED_VISIT.search(main))
    ):
        # dpa: "bei seinem Besuch der «WEST Youth Zone», einer ... Einrichtung in London": a name in
        # guillemets after a visit or a preposition is the place visited.
        subs.append(quoted.group("name"))
    if not subs and city is not None and (shown := _object_facility(main, city)):
        # "Devotees throng the Golden Temple on the occasion of ..., in Amritsar": a named facility as a
        # verb's object, closed by a preposition or the clause's end.
        subs.append(shown)
    if not subs and city is not None and (cased := next(_postposed_facilities(main), None)):
        # "Papara Park'ta oynanan maç ... Trabzon, 6 Aralık": a Turkish venue with its case, the town written
        # elsewhere (a closing dateline).
        subs.append(cased)
    if not subs and city is not None and (described := _described_at(main, city, lookup)):
        # "take a holy dip at Sangam, the confluence of the Ganges ... in Prayagraj": a name the caption
        # describes as a place.
        subs.append(described)
    mark = None if subs else known_landmark(headed, lookup, (city or "", *clean_parents))
    if mark:
        # "received at Qasr Al Watan today", "al Quirinale per il Giorno del Ricordo": a landmark named bare
        # (a name even in lower case: "i riksdagen").
        subs.append(mark)
    loose = _loose_names(main, clean_parents) if city is None and clean_parents else ()
    if city is not None and not clean_parents and not loose and _likelier_division(city, lookup):
        # "raid the Jenin refugee camp in the occupied West Bank": the only place read is a division, and a
        # town in it may be named outside the chain.
        loose = _loose_names(main, [city]) or _facility_towns(main)
    if not subs and (city is None or _likelier_division(city, lookup)):
        # "the Menindee Lakes in far western NSW have filled up": a named landform or facility as subject,
        # where the caption names no town.
        places = _lower_words("landforms") | _lower_words("facilities")
        runs = [m.group().removeprefix("The ") for m in _CAPITALISED_RUN.finditer(main)]
        subs += [run for run in runs if len(run.split()) > 1 and run.split()[-1].lower() in places][:1]
    unknown = (
        city is not None
        and not clean_parents
        and not from_dateline
        and has_weak_locative(main)
        and not lookup.classify(city)
    )
    # With only divisions written with their division word ("în Bran, județul Brașov"), the town is still
    # to be found.
    weak_parents = not clean_parents or (city is None and (bracketed or set(clean_parents) <= worded))
    # "Hinchas de Belgrano alientan en el estadio Mario Alberto Kempes de Córdoba": the town the place is
    # written with beats a guess from a weak locative (a team named like a district).
    placed = city is None and any(_town_of_place(s, lookup) for s in subs)
    # "di Bekasi, Jawa Barat": with no town in the chain, one after a weak locative is sought too, unless it
    # is the name of a division written ("en la Provincia de Buenos Aires").
    if (
        (city is None or unknown)
        and (weak_parents or city is None)
        and not placed
        and (found := weak_town(main, lookup, subs))
        and (weak_parents or not any(found.city in p for p in clean_parents))
    ):
        # "ankommer Stortinget i Oslo", "v Praze", "a Venezia": a town only the gazetteer can confirm. It
        # wins over a name no gazetteer knows ("na Národní třídě v Praze": a street cut short in Prague).
        if unknown and city and not found.sublocation and _is_name(city) and city not in found.city:
            # "na Národní třídě v Praze": the name cut short before the town is a place in it, kept as
            # written (its nominative is a guess: "třídě" is "třída", but "mostě" is "most"), unless its
            # noun is one `inflected_place_nouns` gives ("na Horním náměstí v Olomouci": Horní náměstí).
            # It is the place shown, before any named further back ("na Sloupu ... na Horním náměstí").
            written = _with_nouns(city, main)
            subs.insert(0, inflected_sublocation(written) or written)
        city, bare = found.city, True
        clean_parents += [found.parent] if found.parent and found.parent not in clean_parents else []
        if found.sublocation and not any(found.sublocation in s for s in subs):
            subs.append(found.sublocation)  # not "Mercadal" of "plaça del Mercadal de Reus" again
    if city is None and not clean_parents and subs and (owner := town_before_inflected(headed, lookup)):
        city, bare = owner, True  # "Tartu Raekoja platsil": the square of Tartu
    if city is None and not clean_parents and (region := region_not_in_latin(main, lookup)):
        clean_parents.append(region)  # "на Харківщині": Kharkiv Oblast, no town
    subject = _subject_facility().match(main)
    # "The Peace Tower is seen through fog on Parliament Hill": a place the chain gives holds the subject.
    if subject and subject.group("seen_name") and subs:
        subject = None
    if (
        subject
        and (
            subject_name := subject.group("name") or subject.group("owned_name") or subject.group("seen_name")
        )
        not in subs
    ):
        # "Calistoga Ranch, in California's Napa Valley, was destroyed ...": the subject is the place, and
        # the chain after it only locates it.
        subs.insert(0, subject_name)
    if not subs and city is not None and len(zones.sentences) > 1:
        # "Brasília – Nádia Costa amamenta a filha. ... promovem atividades na estação Galeria": the place
        # within the town, given in the next sentence; after a date alone in its own sentence, in the one
        # after it (Alamy: "Brighton, East Sussex, UK. 14th June 2025. Swimmers ... beside the Palace Pier").
        subs += _later_sublocation(zones.sentences[1], lookup, city)
        if not subs and len(zones.sentences) > 2 and _only_a_date(zones.sentences[1]):
            subs += _later_sublocation(zones.sentences[2], lookup, city)
    for i, sub in enumerate(subs):
        if town_of := _town_of_place(sub, lookup):
            # "allo stadio San Siro di Milano", "en la plaza de Mayo de Buenos Aires": the town it is in.
            subs[i], city = sub[: -len(town_of) - 1].rsplit(" ", 1)[0], city or town_of
    beaches = [sub for sub in subs if sub.partition(" ")[0].lower() in words("place", "town_named_heads")]
    if beaches and city is not None and not lookup.classify(city):
        # "di Pantai Kuta, Badung, Bali": a beach is named after the town it is at, and a name after it the
        # gazetteer knows as no town is its division (Badung regency).
        beach = next((town for sub in beaches if (town := _beach_town(sub, lookup))), None)
        if beach:
            clean_parents, city = [city, *clean_parents], beach
    # IPTC's sublocation names a place: "Pokrovsk railway station", "prison de Saydnaya", "780 3rd avenue",
    # or at least says which ("polling station", "presidential palace"); a lone noun ("a warehouse",
    # "camp", "the beach") does not.
    # A country is no place within a town: "hit by a Russian strike, amid Russia's attack on Ukraine, in
    # Kharkiv" has read the aside's "on Ukraine".
    # "the Casa Rosada presidential palace": a known landmark whose name holds its own place noun keeps no
    # noun describing it; a bare name needs its noun ("Quirinale presidential palace", "Capitol reflecting
    # pool": a part of it).
    subs = [_without_description(s, lookup) for s in subs]
    # A division is no place within a town: "at Bondi Beach as temperatures soar across New South Wales, in
    # Sydney" reads the state where the beach is named.
    subs = [s for s in subs if not _division_only(s, lookup)] or subs[:0]
    named = [s for s in subs if (_is_name(s) or s == mark) and not lookup.country(s)]
    proper = [s for s in named if _proper(s)]
    # A facility or an address before a district: "at 1915 Billingsley Terrace ... in the Bronx borough".
    # So is one written head first: "en el estadio Santiago Bernabéu" (not "ante el Sevilla", a team).
    built = [s for s in named if s[:1].isdigit() or ((_proper(s) or is_head_first(s)) and is_facility(s))]
    # A town named like a place ("Puente Alto", "Ponte Vedra") is no place within itself, nor are its first
    # words ("the Rock in Rio festival in Rio de Janeiro": "Rio" is the town, cut short).
    town_words = f"{city or ''} ".casefold()
    ranked = [
        s for s in dict.fromkeys([*built, *proper, *named]) if not town_words.startswith(f"{s} ".casefold())
    ]
    if city and not _latin_letters(city) and (latin := in_latin(city, lookup)):
        city = latin  # "Москва. 9 мая 2025.": the gazetteer holds Latin names
    if city and not ranked and (adjectival := city_adjective(city, lookup)):
        city, ranked = adjectival[0], [adjectival[1]]  # "in der Wiener Hofburg": Wien, Hofburg
    if city and city[-2:] in ("'s", "’s"):
        if lookup.classify(city[:-2]):
            city = city[:-2]  # "in Charlottesville's downtown"
        elif clean_parents and not ranked and lookup.classify(clean_parents[0])[:1] == ("city",):
            # "at Lord's, London": a venue named with a possessive, then its town.
            ranked, city = [city], clean_parents.pop(0)
    return PlaceText(
        sublocation=next(iter(ranked), None),
        other_sublocations=tuple(ranked[1:]),
        city=city,
        parents=tuple(p for p in clean_parents if p),
        world_region=descriptors[0] if descriptors else None,
        note="; ".join(dict.fromkeys(notes)) or None,
        text=text,
        context=tuple(dict.fromkeys(context)),
        bare_city=bare and city is not None and not from_dateline,
        opening_town=from_dateline
        and any(line.style == "lead" for line in lines)
        and _titled_colon_lead(main),
        weak_city=weak and city is not None and not from_dateline,
        common_city=common and city is not None and not from_dateline,
        near=tuple(dict.fromkeys(n for n in near if n)),
        metro=metro,
        loose=loose,
        modifiers=_modifier_towns(main) if not (city or clean_parents) else (),
        body=zones.body,
        settled=settled and city is not None,
        unread=None if ranked else unread_place(headed, lookup, (city or "", *clean_parents)),
    )


_MAX_DATELINE = 90
# Datelines that name the town the picture was taken in, over a name the body reads as one.
_TOWN_DATELINES = ("closing", "zuma", "getty")
_DATE_SLACK = 4  # characters of a date-only sentence outside its date: "on", a comma
_MAX_LEAD = 40
_HEADING_WORDS = 6
_MAX_HEADINGS = 2
_HEADER_VENUE = re.compile(
    r"\s*[-–—]\s+[^.]*, (?P<venue>[A-ZÀ-Þ][\w'’-]*(?: (?:[a-z]{1,5} )?[A-ZÀ-Þ0-9][\w'’-]*){0,5})\.?$"
)
_DPA_VENUE = re.compile(r", (?P<venue>[A-ZÀ-Þ][^,.:;]{2,60})\.(?:\s|$)")
_BIG_TOWN = 100_000  # a town a caption names more often than the country spelt like it (Granada)
# Not after "de la", "del", "du": a name with an article is seldom a town's ("la final de la Champions").
# An indefinite article may open it: "en un albergue de Tijuana" (a shelter, no place's name).
_OF_TOWN = re.compile(
    r" (?:de|di|del|da|do|du) (?=[A-ZÀ-Þ])| d['’](?=[A-ZÀ-Þ])"
)  # French elides: "d'Abidjan"
_NOUN_OF_NAME = re.compile(r"^(?:(?:un|una|une)\s+)?[a-zà-ÿ]+ (?:de|di) (?P<city>[A-ZÀ-Þ].*)$")
_STATE_CODE = re.compile(r"[A-Z]{2}")
# A road's number, letters then digits: "A30", "M25", "I-95", "N2"; no town is named so.
_ROAD_NUMBER = re.compile(r"[A-Z]{1,3}-?\d{1,4}[A-Z]?$")
_DIRECTION_OF = re.compile(r"^(?:north|south|east|west|centre|center)[a-z-]* of ", re.IGNORECASE)
_BRACKETED = re.compile(r"(?<=[\w.]) \(([A-ZÀ-Þ][^()]{2,30})\)")
# A hyphen only after a town and its country or division ("Hamilton, Bermuda - Members of ..."): one after a
# lone name is as often a title's ("Arsenal - Training session").
_DASH_LEAD = re.compile(
    r"^(?P<place>[A-ZÀ-Þ][^–—,.]{1,50}?(?:, [A-ZÀ-Þ][^–—,.]{1,40}?)?) [–—] (?=[A-ZÀ-Þ])"
    r"|^(?P<paired>[A-ZÀ-Þ][^–—,.-]{1,50}?, [A-ZÀ-Þ][^–—,.-]{1,40}?) - (?=[A-ZÀ-Þ])"
)
_CAPITALISED_RUN = re.compile(r"(?<![\w'’-])[A-ZÀ-Þ][\w'’-]+(?: [A-ZÀ-Þ][\w'’-]+){0,2}")
_MAX_LOOSE = 6


_LOWER_NOUNS = re.compile(r"(?:\s[^\W\dA-ZÀ-Þ][\w]*){1,2}(?=\s[a-z]{1,2}\s[A-ZÀ-Þ])")


def _with_nouns(name: str, text: str) -> str:
    """A name with the lower-case nouns that close it before a short preposition: "Národní" of "na Národní
    třídě v Praze" is "Národní třídě"."""
    start = text.find(name)
    m = _LOWER_NOUNS.match(text, start + len(name)) if start >= 0 else None
    return name + m.group() if m else name


def _landform_of(phrase: str) -> bool:
    """A landform named head first in English, "the Bay of Bengal", "the Strait of Hormuz": no town."""
    head, of, rest = phrase.partition(" of ")
    return (
        bool(of)
        and head[:1].isupper()
        and rest[:1].isupper()
        and head.split()[-1].lower() in _lower_words("landforms")
    )


def _part_of_town_opener(opener: str) -> bool:
    """A locative ending in a noun of a part of a town, as Indonesian writes it first: "di kawasan"."""
    last = opener.rsplit(maxsplit=1)[-1].lower() if opener.strip() else ""
    return " " in opener.strip() and last in _lower_words("within")


def _district_of_town(phrase: str | None, lookup: PlaceLookup) -> _CityPhrase | None:
    """ "Kathmandu's Thamel district", "Kyiv's Darnytskyi district": after a town's possessive a district
    is a part of the town, its name the sublocation ("Nepal's Solukhumbu district" is a division)."""
    m = _possessive(_vocab().article.sub("", phrase.strip())) if phrase else None
    if m is None:
        return None
    owner, rest = m.group("owner"), m.group("rest").split()
    if len(rest) < 2 or rest[-1] not in _lower_words("within") or not _is_placey(" ".join(rest[:-1])):
        return None
    if lookup.classify(owner)[:1] != ("city",):  # a town first, though a division too (Kyiv, Tokyo)
        return None
    return _CityPhrase(city=owner, sublocation=" ".join(rest[:-1]))


def _has_place_noun(sentence: str) -> bool:
    """Whether a sentence holds a place noun ("estação", "stadium", "-platz"): without one it names no place
    within a town, and its chain is not read."""
    tokens = sentence.lower().split()
    nouns = words("place", "facilities") | words("place", "facility_heads")
    return bool(nouns.intersection(tokens)) or any(t.endswith(_facility_suffixes()) for t in tokens)


def _later_sublocation(sentence: str, lookup: PlaceLookup, city: str) -> list[str]:
    """A named place within the town in a sentence after the first: one its chain reads in no other town."""
    if not _has_place_noun(sentence):
        return []
    chain = _read_chain(_cut_trailing_joiner(sentence), lookup)
    read = _read_city_phrase(chain.city_phrase) if chain.city_phrase else _CityPhrase()
    if read.city and not chain.parents and is_facility(read.city) and not lookup.classify(read.city):
        # Alamy: "Brighton, East Sussex, UK. 14th June 2025. Swimmers ... beside Brighton Palace Pier.": a
        # facility no gazetteer holds as a town, where the chain put the town.
        read = _CityPhrase(None, read.city)
    if (read.city and not _same_name(read.city, city)) or chain.parents:
        return []
    found = [s for s in (_sublocation(read.sublocation), _sublocation(chain.before_city)) if s]
    return [s for s in found if is_facility(s) and (_proper(s) or is_head_first(s))][:1]


def _possessive_town(phrase: str | None, lookup: PlaceLookup) -> str | None:
    """A phrase with a possessive that is a town's whole name the gazetteer holds exactly: "Cox's Bazar"."""
    if not phrase or not any(s in phrase for s in ("'s ", "’s ")):
        return None
    whole = _vocab().article.sub("", phrase.strip())
    owner, _, rest = whole.replace("’s ", "'s ").partition("'s ")
    # Two capitalised words, the owner no country or division: not "Kenya's town of Nyeri".
    if len(owner.split()) != 1 or len(rest.split()) != 1 or not rest[:1].isupper():
        return None
    if lookup.country(owner) or lookup.admin1(owner):
        return None
    return whole if "city" in lookup.classify(whole) else None


def _only_a_date(sentence: str) -> bool:
    """Whether a sentence holds a date and little else ("14th June 2025", "Saturday, June 14")."""
    spans = date_text_spans(sentence)
    return bool(spans) and sum(end - start for start, end in spans) >= len(sentence.strip()) - _DATE_SLACK


@cache
def _beside() -> re.Pattern[str]:
    return re.compile(rf"{phrases('place', 'beside_landmarks')}\s", re.IGNORECASE)


@cache
def _facility_ending() -> re.Pattern[str]:
    facilities = alternation(f.title() for f in rules("place")["facilities"])
    return re.compile(rf"(?<![\w'’-])(?P<name>(?:[A-Z][\w'’-]+\s+){{1,4}}(?:{facilities}))\s+$")


_QUOTED_VISIT = re.compile(
    r"(?:\b(?:Besuchs?|Visite|visita|visit(?:s|ing)?(?: to)?) (?:der|des|dem|de la|du|the) |"
    r"\b(?:im|in der|in dem|auf der|auf dem|vor dem|vor der|beim|an der|am) )"
    r"[«„](?P<name>[A-ZÀ-Þ][^»“”«„]{1,50})[»“]"
)


def _object_facility(sentence: str, city: str) -> str | None:
    """A named facility as an object; not an agent ("provided by the Ukrainian Presidential Press Office")
    nor a name with an organisation's word before its head ("Monterey County Sheriff's Office")."""
    org_words = words("people", "org_words")
    facilities = words("place", "facilities")
    for m in _OBJECT_NAME.finditer(sentence):
        name = m.group("name")
        if m.group("head").lower() not in facilities or name == city:
            continue
        agent = sentence[: m.start()].rstrip().endswith(" by")
        if agent or any(w.lower().removesuffix("'s") in org_words for w in name.split()[:-1]):
            continue
        return name
    return None


# "the Golden Temple on ...", "the Crimean Bridge connecting ...": a capitalised run after "the", closed by a
# preposition, a participle or punctuation; its last word is checked against the facilities (a set lookup
# is cheaper than their alternation in the pattern).
_OBJECT_NAME = re.compile(
    r"\bthe (?P<name>(?:[A-Z][\w'’-]+\s+){1,3}(?P<head>[A-Z][\w'’-]+))"
    r"(?=\s+(?:on|in|at|during|for|after|before|as|near|amid|with|[a-z]+ing)\s|[,.;]|$)"
)


@cache
def _subject_facility() -> re.Pattern[str]:
    facilities = alternation(f.title() for f in rules("place")["facilities"])
    # "The University of Idaho's Kibbie Dome in Moscow, Idaho": an owner's name before it, no comma after.
    owner = r"(?:[A-Z][\w-]+\s+(?:of\s+(?:the\s+)?)?){0,4}[A-Z][\w-]+['’]s\s+"
    return re.compile(
        rf"^(?:The )?(?:(?P<owned>{owner})(?P<owned_name>(?:[A-Z][\w'’-]+\s+){{1,3}}(?:{facilities}))"
        rf",?\s+(?:in|at|near|outside)\s"
        rf"|(?P<name>(?:[A-Z][\w'’-]+\s+){{1,4}}(?:{facilities})),\s+(?:in|at|near|on|outside)\s"
        # "The Golden Gate Bridge is shrouded in fog in San Francisco": the subject, in the passive, is shown.
        rf"|(?P<seen_name>(?:[A-Z][\w'’-]+\s+){{1,4}}(?:{facilities}))\s+(?:is|are|was|were)\s+"
        rf"(?:[a-z]+ed|seen|lit|shown)\s)"
    )


_NAME_RUN_AT = r"(?P<name>[A-ZÀ-Þ][\w'’-]+(?: [A-ZÀ-Þ][\w'’-]+){0,3})"
# "at Sangam, the confluence of ...", "at Sangam on the occasion of ...".
_AT_NAME = re.compile(rf"\b(?P<verb>\w+) at {_NAME_RUN_AT}(?:, (?:the|a|an) [a-z]| (?:on|during|for|as) )")


@cache
def _name_described() -> re.Pattern[str]:
    """ "a special session of the Knesset, the Israeli parliament, in Jerusalem": a name a place noun
    describes; so does its town's possessive: "fill the Zocalo, Mexico City's main square, during ...",
    "the Puerta del Sol, Madrid's central square"."""
    word = r"[A-ZÀ-Þ][\w'’-]+"
    name = rf"(?P<name>{word}(?: (?:(?-i:{alternation(words('place', 'name_connectors'))}) )?{word}){{0,3}})"
    owner = rf"(?:{word} ){{0,2}}{word}['’]s?"
    # The description's noun closes it, or its "of" or "in" follows: "the lower house of parliament"; not "the
    # Sheriff's Office, a road is seen".
    noun = alternation(rules("place")["facilities"])
    return re.compile(
        rf"\bthe {name}, (?:the|a|an|{owner}) (?:[\w-]+ ){{0,2}}?"
        rf"(?P<noun>{noun})(?=\s*[,.;]|\s+(?:of|in)\b|$)"
    )


def _described_at(sentence: str, city: str, lookup: PlaceLookup) -> str | None:
    """A name after "at" that a description or a preposition follows ("at Sangam, the confluence of ...",
    "at Sangam on the occasion of ..."), not after a verb of looking ("looks at Biden during ..."); or a
    name a place noun describes ("the Knesset, the Israeli parliament"). No person's (no given name), and
    no town, division or country."""
    found = []
    if " at " in sentence:
        gaze = words("place", "gaze_verbs")
        found += [m.group("name") for m in _AT_NAME.finditer(sentence) if m.group("verb").lower() not in gaze]
    if ", the " in sentence or ", a" in sentence or "'s " in sentence or "’s " in sentence:
        facilities = words("place", "facilities")
        found += [
            m.group("name") for m in _name_described().finditer(sentence) if m.group("noun") in facilities
        ]
    for name in found:
        if name == city or is_given_name(name.split()[0]) or not _is_placey(name) or lookup.classify(name):
            continue
        return name
    return None


@cache
def _room_of() -> re.Pattern[str]:
    name = r"[A-ZÀ-Þ][\w'’-]+"
    connector = phrases("place", "proper_name_connectors_cased")
    # The room in lower case, as written: "Briefing Room of the White House" is a place of its own.
    room = alternation(rules("place")["rooms"])
    return re.compile(
        rf"(?<![\w-])[a-zà-ÿ]*(?:{room}) {phrases('place', 'rooms_of_cased')} "
        rf"(?P<name>{name}(?: (?:{connector} )?{name}){{0,3}})"
    )


@cache
def _landmark_of() -> re.Pattern[str]:
    heads = alternation(h.title() for h in rules("place")["landmark_heads_of"])
    name = r"[A-ZÀ-Þ][\w'’-]+"
    return re.compile(
        rf"(?<![\w-])(?P<name>(?:{heads}) of (?:the )?{name}(?: (?:of |the |de )?{name}){{0,3}})"
    )


def _country_code(found: object) -> str | None:
    code = getattr(found, "country_code", None)
    return code if isinstance(code, str) else None


def _town_of_another(name: str, parents: list[str], lookup: PlaceLookup) -> bool:
    """Whether a country's name is written as a town of another country, by the division or country written
    after it: "St. Helena, Calif.", "Lebanon, Pa.", "Armenia, Colombia"."""
    if not parents:
        return False
    outer = _country_code(lookup.admin1(parents[0]) or lookup.country(parents[0]))
    return (
        outer is not None
        and outer != _country_code(lookup.country(name))
        and "city" in lookup.classify(name, outer)
    )


def _only_countries(city: str | None, parents: list[str], lookup: PlaceLookup) -> bool:
    """Whether a chain read names countries only: "in territory in Ukraine"."""
    names = [*([city] if city else []), *parents]
    return bool(names) and all(lookup.country(_strip_front(n)[0]) for n in names)


def _town_first(parents: list[str], lookup: PlaceLookup, places: list[str]) -> bool:
    """Whether the first of the parents is a town: a big one (Madrid, Tokyo), or one of the country written
    after it ("Corozal, Colombia" is the Colombian town, not Belize's district). Not a division there when a
    place read before it is a town itself ("in Long Beach, California, US": California is the state)."""
    kinds = lookup.classify(parents[0])
    if kinds[:1] == ("city",):
        return True
    code = _country_code(lookup.country(parents[-1])) if len(parents) > 1 else None
    if code is None or "city" not in lookup.classify(parents[0], code):
        return False
    return not (lookup.admin1(parents[0], code) and any("city" in lookup.classify(p) for p in places))


def _loose_names(sentence: str, parents: list[str]) -> tuple[str, ...]:
    # Not a word of a parent ("Donetsk" of "Donetsk region"), nor the end of a longer name ("cataratas del
    # Iguazú", "the Port of Spain").
    written = " ".join(parents)
    kept = []
    for m in _CAPITALISED_RUN.finditer(sentence):
        run, before = m.group(), sentence[: m.start()].split()[-2:]
        # But "blocks of Lahaina": "of" after a common noun joins no name.
        of_noun = len(before) == 2 and before[1] == "of" and before[0].islower()
        if run in written or (before and before[-1].lower() in _connectors() and not of_noun):
            continue
        if _is_placey(run) and not _is_demonym(run.split()[0]):
            kept.append(run)
    return tuple(dict.fromkeys(kept))[:_MAX_LOOSE]


_NAME_RUN = re.compile(r"(?<![\w'’.-])(?:(?:[A-Z]\.){2,}|[A-ZÀ-Þ][\w-]*(?: [A-ZÀ-Þ][\w-]*){0,2}\.?)")
_MAX_MENTIONS = 40


def mentions(text: str) -> tuple[str, ...]:
    """Capitalised runs of up to three words ("East China", "Jiangsu Province", "NSW"), each once."""
    found = [m.group() for m in _NAME_RUN.finditer(text)]
    return tuple(dict.fromkeys(found))[:_MAX_MENTIONS]


def _modifier_towns(sentence: str) -> tuple[str, ...]:
    out = []
    for m in _modifier().finditer(sentence):
        if m.group("noun") in _noun_words():
            out.append(m.group("name"))
    return tuple(dict.fromkeys(out))[:_MAX_LOOSE]


def _facility_towns(sentence: str) -> tuple[str, ...]:
    """Towns named before a facility after "the", a word of its kind between: "the Jenin refugee camp"."""
    found = [m.group("name") for m in _FACILITY_TOWN.finditer(sentence) if m.group("noun") in _noun_words()]
    return tuple(dict.fromkeys(found))[:_MAX_LOOSE]


_FACILITY_TOWN = re.compile(
    r"\bthe (?P<name>[A-ZÀ-Þ][\w-]+(?: [A-ZÀ-Þ][\w-]+)?) (?:[a-z]+ )?(?P<noun>[a-z]+)\b"
)


@cache
def _modifier() -> re.Pattern[str]:
    return re.compile(
        r"(?:\b(?:a|an|the)\s+|['’]s\s+)(?P<name>[A-ZÀ-Þ][\w-]+(?: [A-ZÀ-Þ][\w-]+)?)\s+(?P<noun>[a-z]+)\b"
    )


_CALLED_WORDS = ("called", "named", "known as")


@cache
def _called() -> re.Pattern[str]:
    nouns = alternation(rules("place")["facilities"])
    name = r"[A-ZÀ-Þ][\w'’-]+"
    return re.compile(
        rf"\b(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}(?:{nouns})\s+(?:{'|'.join(_CALLED_WORDS)})\s+"
        rf"(?P<name>(?:The\s+)?{name}(?:\s+{name}){{0,3}})"
    )


_HEAD_FIRST_CONNECTORS = "de|del|de la|do|da|dos|di|du|des"
# What `_head_first_facility` needs, found fast (it opens with a space, the other with a lookbehind that is
# tried at every character): a connector before a name.
_CONNECTED_NAME = re.compile(rf" (?:{_HEAD_FIRST_CONNECTORS}) [A-ZÀ-Þ]")


@cache
def _head_first_facility() -> re.Pattern[str]:
    heads = alternation(h.title() for h in rules("place")["facility_heads"] if " " not in h)
    name = r"[A-ZÀ-Þ][\w'’-]+"
    connectors = _HEAD_FIRST_CONNECTORS
    return re.compile(rf"(?<![\w-])(?P<name>(?:{heads})(?: {name})* (?:{connectors}) {name}(?: {name})*)")


@cache
def _named_head_first() -> re.Pattern[str]:
    heads = rules("place")["named_facility_heads"]
    either = alternation([*heads, *(h.title() for h in heads)])
    name = r"[A-ZÀ-Þ][\w'’-]+"
    connectors = "de|del|de la|de los|de las|do|da|dos|di|du|des|della|dei|delle|degli|alla|a la"
    titled = alternation(h.title() for h in heads)
    elided = "(?:[ld]['’])"
    # With an article in it, a connector names no town after a head in lower case: "place de la République".
    articled = "del|de la|de los|de las|della|dels|du|des|dei|delle|degli"
    # An adjective after a head in lower case, before the name: "el puente internacional Paso del Norte".
    endings = alternation(rules("place")["postnominal_adjective_endings_cased"])
    adjective = rf"[a-zà-ÿ]+(?:{endings}) "
    # "Palacio de La Moneda": a connector may follow a capitalised head (not "una calle de Paiporta", a
    # street of a town); after any head with an elided article ("palais de l'Elysée") or one with an
    # article in it ("la plaça del Vi").
    return re.compile(
        rf"(?<![\w-])(?P<name>(?:(?-i:{either}) {elided}?|(?-i:{titled}) (?:{connectors}) {elided}?"
        rf"|(?-i:{either}) (?:{connectors}) {elided}|(?-i:{either}) (?:(?:{articled}) |{adjective})){name}"
        rf"(?: (?:(?:{connectors}) )?{name}){{0,3}})"
    )


def _headed(sentences: Sequence[str]) -> str:
    """TASS and RIA open with a heading, a town or a date ("Снегопад в Москве.", "Санкт-Петербург. 20
    июня 2025."): the sentences up to the first that says more, where the place shown may be."""
    taken: list[str] = []
    for sentence in sentences[: _MAX_HEADINGS + 1]:
        taken.append(sentence)
        if len(sentence.split()) > _HEADING_WORDS:
            break
    return " ".join(taken)


def _country_in_english(text: str, lookup: PlaceLookup) -> str | None:
    """The English name of a country written in another language ("Síria", "Alemania", "Suriye"), unless
    the gazetteer has it already, or a big town is spelt so too (Spain's Granada is no Grenada; Finnish
    "Brasilia" is Brazil, but the town is likelier)."""
    found = _country_names().get(unicodedata.normalize("NFC", text).casefold())
    if found is None or lookup.country(text) is not None:
        return None
    english = found[1]
    towns = [c.place for c in lookup.candidates(text) if c.how in ("exact", "alternate", "overlay")]
    if any(t.population >= _BIG_TOWN for t in towns):
        return None
    return english if lookup.country(english) is not None else None


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


@cache
def _country_names() -> dict[str, tuple[str, str]]:
    text = (resources.files("captions") / "data" / "country_names.json").read_text(encoding="utf-8")
    return {key: (code, name) for key, (code, name) in json.loads(text)["names"].items()}


@cache
def _postpositions() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for p in rules("place")["postposition_places"])


def _postposition_place(main: str, lookup: PlaceLookup) -> tuple[str, str] | None:
    """The place a Turkish postposition or case names, and the text naming it: "İstanbul'da", "Hatay
    ilçesinde". Not a month in a date ("9 Eylül'de"); a name in the genitive alone ("İzmir'in kurtuluşu")
    only if the gazetteer knows it."""
    dates = date_text_spans(main) if any(c.isdigit() for c in main) else ()
    for pattern in _postpositions():
        for m in pattern.finditer(main):
            if any(a <= m.start("city") < b for a, b in dates):
                continue
            # The run may start with the sentence's first word ("Taraftarlar İstanbul'da"): the longest
            # ending of it the gazetteer knows is the town.
            names = m.group("city").split()
            known = (" ".join(names[k:]) for k in range(len(names)) if lookup.classify(" ".join(names[k:])))
            city = next(known, None)
            if city is None and "genitive" in m.groupdict():
                continue
            return city or m.group("city"), m.group()
    return None


def _cut_lead(zones: Zones) -> str | None:
    """Sentence 1 without a lead that holds no place, which the sentence split may have cut short ("...
    THURSDAY, JAN." and "30 - Visitors look at ...")."""
    lead = next((m for p in _no_place_leads() if (m := p.match(zones.body))), None)
    if lead is None:
        return None
    start = 0
    for sentence in zones.sentences:
        start = zones.body.find(sentence, start)
        if start < 0:
            return None
        if start <= lead.end() < start + len(sentence):
            return sentence[lead.end() - start :]
        start += len(sentence)
    return None


@cache
def _no_place_leads() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for p in rules("place")["no_place_leads"])


def _postposed_facilities(main: str) -> Iterator[str]:
    return (f.group("name") for p in _postposition_facilities() if (f := p.search(main)))


@cache
def _postposition_facilities() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for p in rules("place")["postposition_facilities"])


@cache
def _noun_words() -> frozenset[str]:
    return frozenset(w for key in ("events", "facilities") for w in rules("place")[key] if " " not in w)


def _dateline_head(sentence: str) -> str | None:
    """The names before a date that ends a short sentence ("Rome (Italy), October 27th 2020"), if they are
    nothing but names."""
    if len(sentence) > _MAX_DATELINE:
        return None
    spans = date_text_spans(sentence)
    last = spans[-1] if spans else None
    if last is None or sentence[last[1] :].strip(" .,;–—-") or last[0] == 0:
        return None
    head = sentence[: last[0]].strip(" ,;–—-")
    names = _PAREN_PARENT.sub("", head)
    return head if names and all(_is_placey(part) for part in re.split(r",\s+", names)) else None


def _cut_unclosed(text: str) -> str:
    """A place chain holds no unclosed parenthesis: "in East Derry, N.H. (AP Photo/Charles Krupa, File" is
    a credit whose close was lost."""
    i = text.find("(")
    while i >= 0:
        close = text.find(")", i)
        if close < 0:
            return text[:i].rstrip()
        i = text.find("(", close)
    return text


def _articled(chain: _Chain, read: _CityPhrase) -> bool:
    phrase = chain.city_phrase or ""
    bare = _vocab().article.sub("", phrase)
    if read.city != bare:
        return False  # "the town of X", "the X region": the article is the noun's
    return bare != phrase or chain.opener.lower() in words("place", "article_locatives")


def _town_of_place(sub: str, lookup: PlaceLookup) -> str | None:
    """The town a place written head first in lower case ends with, after "de", "di": "stadio San Siro di
    Milano" → "Milano"; not "prison de Saydnaya", where no name comes before (the noun's name is the
    town's)."""
    if not (sub[:1].islower() and is_head_first(sub)):
        return None
    for m in _OF_TOWN.finditer(sub):
        named_before = any(w[:1].isupper() for w in sub[: m.start()].split()[1:])
        town = sub[m.end() :]
        if (
            named_before
            and lookup.classify(town)[:1] == ("city",)
            and town_population(town, lookup) >= _SIZEABLE_TOWN
        ):
            return town
    return None


def _beach_town(sub: str, lookup: PlaceLookup) -> str | None:
    """The sizeable town a beach is named after, its noun first: "Pantai Kuta" (Kuta beach), "Praia de
    Copacabana"."""
    head, _, name = sub.partition(" ")
    if head.lower() not in words("place", "town_named_heads"):
        return None
    name = _OF_HEAD.sub("", name)
    if lookup.classify(name)[:1] == ("city",) and town_population(name, lookup) >= _SIZEABLE_TOWN:
        return name
    return None


_OF_HEAD = re.compile(r"^(?:de|do|da|del|de la)\s+")


# A town named after a place's name must be a sizeable one: "sede del Ministerio de Defensa" names no town.
_SIZEABLE_TOWN = 10_000


def _likelier_division(name: str, lookup: PlaceLookup) -> bool:
    """Whether a name reads first as a division ("in far western NSW"), not a country or a town."""
    # `admin1` is the cheap half of `classify`: without a division of that name, classify cannot put one
    # first, and its town lookup (the costly half) is saved for the many captions whose city is a town.
    return lookup.admin1(name) is not None and lookup.classify(name)[:1] == ("admin1",)


_TOWN_OF = re.compile(r"^(?P<place>\S+ \S+ \S.*?) (?:de|di|do|da|du) (?P<town>[A-ZÀ-Þ][^,]*)$")


def _without_town(name: str, lookup: PlaceLookup) -> str:
    """A place written head first without the town it is in: "plaça del Mercadal de Reus" is in Reus."""
    m = _TOWN_OF.match(name)
    if m is None:
        return name
    kinds = lookup.classify(m.group("town"))
    return m.group("place") if kinds[:1] == ("city",) else name


def _unplaced(chain: _Chain, lookup: PlaceLookup) -> bool:
    """A chain of names with no preposition before any ("Președintele României, Nicușor Dan"), none of
    which the gazetteer knows."""
    if not chain.bare or not chain.city_phrase:
        return False
    if any(lookup.country(p) or lookup.admin1(p) for p in chain.parents):
        return False  # "Humbe, Angola": the cheap answer first
    names = (chain.city_phrase, *chain.parents)
    return not any(lookup.classify(name) or in_latin(name, lookup) for name in names)


def _paired_lead(lead: str, lookup: PlaceLookup) -> str:
    """A town and its country or division before a hyphen ("Hamilton, Bermuda - "); not two names of
    another kind ("Arsenal, Chelsea - ")."""
    outer = lead.rsplit(", ", 1)[-1]
    return lead if lookup.country(outer) is not None or lookup.admin1(outer) is not None else ""


def _titled_colon_lead(text: str) -> bool:
    """Whether the text opens with a name in Title Case and a colon: "Obama: ...", not "PUTRAJAYA, 12 Jan"."""
    name, colon, _ = text.partition(":")
    return bool(colon) and len(name) <= _MAX_LEAD and not name.isupper()


def _yields_town(chain: _Chain) -> bool:
    """Whether a chain names a town or a division, not only a place within one ("on Front Street")."""
    if chain.parents:
        return True
    read = _read_city_phrase(chain.city_phrase) if chain.city_phrase else _CityPhrase()
    return bool(read.city or read.parents)


def _yields(chain: _Chain) -> bool:
    if chain.parents:
        return True
    read = _read_city_phrase(chain.city_phrase) if chain.city_phrase else _CityPhrase()
    return bool(read.city or read.parents or read.sublocation)


def _latin_letters(text: str) -> bool:
    return text.isascii() or all(
        c.isascii() or unicodedata.name(c, "").startswith("LATIN") for c in text if c.isalpha()
    )


def _same_name(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return False
    fa, fb = a.casefold(), b.casefold()
    return fa == fb or fa.startswith(fb) or fb.startswith(fa)
