"""The checks that flag a doubtful place: a town outside its written divisions, far from its county, far-
fetched.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from difflib import SequenceMatcher
from functools import cache, lru_cache

from gazetteer import Gazetteer, Place, PlaceQuery, Resolution

from .._distance import km
from .._fold import fold
from .._model import WarningCode
from .._parse import PlaceText, is_facility, mentions
from .._rules import phrases, rules, words
from ._country import _countries_named, _country_holds
from ._doubts_sub import sublocation_doubts
from ._doubts_trust import (
    code_town_abroad,
    town_in_place_phrase,
    town_in_unspaced_script,
    town_of_division_named,
)
from ._geo import _FAR_FROM_NEAR_KM, _NEAR_KM, _approximate, _holds, _home_country, _names_division, _words_of
from ._towns import _MIN_TOWN_POPULATION

# A city-state's city holds most of its people (Singapore, Monaco, Hong Kong; not Luxembourg or Mexico).
_CITY_STATE_SHARE = 0.5


# Nearly all of them: every town of the country is a part of its city (Singapore, Hong Kong; not Djibouti,
# whose Balbala is a town of its own).
_WHOLE_CITY_STATE_SHARE = 0.8


# Pure: the gazetteer's answers are fixed for a gazetteer (it caches them itself); the doubts and the own
# city ask it of the same parents and mentions again.
@lru_cache(maxsize=1024)
def _city_state(text: str, gazetteer: Gazetteer, share: float = _CITY_STATE_SHARE) -> bool:
    country = gazetteer.country(text)
    if country is None or not country.population:
        return False
    res = gazetteer.resolve(PlaceQuery(city=text, parents=(text,)))
    town = res.city
    return (
        town is not None
        and town.country_code == country.country_code
        and bool(res.candidates)
        and res.candidates[0].how == "exact"
        and town.population >= share * country.population
    )


def _own_city(text: str, gazetteer: Gazetteer) -> str | None:
    """The city of a country that is its own city, by its people ("Singapore") or by the rule file's list
    ("the Vatican", "the Principality of Monaco": Vatican City, Monaco), as the caption writes it or by the
    city's own name."""
    if _city_state(text, gazetteer):
        return text
    country = gazetteer.country(text)
    if country is None or country.country_code not in words("place", "one_city_countries_cased"):
        return None
    whole = gazetteer.resolve(PlaceQuery(city=country.name, parents=(country.name,)))
    return whole.city.name if whole.city is not None else None


# An approximate match must spell most of the caption's word ("Amerucus" is Americus).
_MIN_SIMILARITY = 0.8


def _village_alias(res: Resolution) -> bool:
    """Whether a town is found only by another name of a village: a bare word so found is likelier a noun
    of the caption's language ("di Masjid Sultan": Malay "masjid", not Iran's Masjed-e ‘Olyā)."""
    return (
        res.city is not None
        and bool(res.candidates)
        and res.candidates[0].how == "alternate"
        and res.city.population < _MIN_TOWN_POPULATION
    )


def _namesake_outside(res: Resolution, city_text: str, place: PlaceText, gazetteer: Gazetteer) -> bool:
    """Whether every town of the name the caption writes lies outside the state or province written beside
    it ("near Stanley, Idaho", where only Stanleys of other states are known): the town is one the gazetteer
    lacks, and the division stands."""
    assert res.city is not None
    if city_text != place.city or not any(_outside(res.city, p, gazetteer) for p in place.parents):
        return False
    # A division named after its big town ("Xai-Xai, Nampula") may be the town meant: the desk decides.
    divisions = [
        d
        for p in place.parents
        if (d := gazetteer.admin1(p)) is not None
        and not gazetteer.country(p)
        and gazetteer.classify(p)[:1] == ("admin1",)
    ]
    named = [c.place for c in res.candidates if c.how != "fuzzy"]
    return bool(divisions) and not any(
        p.country_code == d.country_code and p.admin1_code == d.admin1_code for p in named for d in divisions
    )


def _wild_area(name: str) -> bool:
    return _closed_by(name, "wild_areas")


def _sea_feature(name: str) -> bool:
    return _closed_by(name, "sea_features")


def _closed_by(name: str, key: str) -> bool:
    """Whether a name's last words are a noun of the vocabulary KEY ("Banff National Park", "Scarborough
    Shoal")."""
    return name.casefold().endswith(_closing_nouns(key))


@cache
def _closing_nouns(key: str) -> tuple[str, ...]:
    """The nouns of the vocabulary KEY, each after its space: one `endswith` tests them all."""
    return tuple(" " + noun for noun in words("place", key))


def _far_from_near(city: Place, place: PlaceText, gazetteer: Gazetteer) -> bool:
    """Whether a town lies a continent away from every town the caption places it by ("near Ōhau, south of
    Levin" is no Polish Oława): the name is another place's. Towns the gazetteer lacks decide nothing."""
    found = False
    for near in _placing_towns(place, gazetteer):
        if km(city, near) <= _FAR_FROM_NEAR_KM:
            return False
        found = True
    return found


def _placing_towns(place: PlaceText, gazetteer: Gazetteer) -> Iterator[Place]:
    """The towns the caption places its town by ("near Levin", "20 km west of Zhytomyr"), each as the
    gazetteer finds it by its own name: one it lacks or finds only by a near spelling says nothing."""
    for town in place.near:
        near = gazetteer.resolve(PlaceQuery(city=town, parents=place.parents, context=place.context))
        if near.city is not None and not _approximate(near):
            yield near.city


def _far_fetched(res: Resolution, text: str) -> bool:
    if not _approximate(res):
        return False
    matched = res.candidates[0].matched_name
    return SequenceMatcher(None, text.casefold(), matched.casefold()).ratio() < _MIN_SIMILARITY


def _landmark_country(sublocation: str, gazetteer: Gazetteer) -> Place | None:
    of = re.search(r"\s(?:of|de|del|des|du|di)\s+(?:the\s+|la\s+|le\s+|el\s+)?(?=[A-ZÀ-Þ])", sublocation)
    for text in (sublocation, *((sublocation[of.end() :],) if of else ())):
        found = gazetteer.resolve(PlaceQuery(sublocation=text))
        if found.country is not None and found.candidates and found.candidates[0].how == "overlay":
            return found.country
    return None


def _is_landmark(text: str, city: Place, gazetteer: Gazetteer) -> bool:
    found = gazetteer.resolve(PlaceQuery(sublocation=text))
    return (
        found.city is not None
        and found.city.geonames_id == city.geonames_id
        and bool(found.candidates)
        and found.candidates[0].how == "overlay"
    )


# A town found by another of its names explains an unread parent only if this big ("Varsovia (Polonia)").
_EXPLAINING_ALIAS_POPULATION = 50_000


def _explains(res: Resolution) -> bool:
    """Whether a town found exactly, and only one, makes an unread parent harmless: "Los Angeles, CA.",
    "Varsovia (Polonia)" name the town's own state or country in a spelling the gazetteer lacks."""
    return (
        res.city is not None
        and bool(res.candidates)
        and res.candidates[0].how != "fuzzy"
        and not res.ambiguous
        # "Kulen" of a wildlife sanctuary is France's Coulaines by another name: a village so found, with
        # a division written that the gazetteer lacks, is no town the desk can trust unchecked.
        and not (res.candidates[0].how == "alternate" and res.city.population < _EXPLAINING_ALIAS_POPULATION)
    )


# How many other towns of a country must bear a town's name for an unread parent to matter: a village name
# common in its country ("Tanjung", "Sukamaju"), not one shared by two towns.
_COMMON_NAME_NAMESAKES = 2


def namesakes_at_home(res: Resolution, town: Place) -> bool:
    """Whether other candidates of RES are towns spelt as TOWN is, in its country, in other divisions (a
    name common there); not where TOWN is a big one (its namesakes are villages no unread parent names)."""
    if town.population >= _EXPLAINING_ALIAS_POPULATION:
        return False
    namesakes = sum(
        c.place.kind == "city"
        and c.place.geonames_id != town.geonames_id
        and c.place.name == town.name
        and c.place.country_code == town.country_code
        and c.place.admin1_code != town.admin1_code
        for c in res.candidates[1:]
    )
    return namesakes >= _COMMON_NAME_NAMESAKES


def _spelt_as_written(res: Resolution, city_text: str) -> Place | None:
    """A town of the same country spelt exactly as the caption writes it, where the town chosen differs
    by its accents only: "near Munster, Germany" chose Münster, but Munster (Lower Saxony) is spelt so."""
    chosen = res.candidates[0].place if res.candidates else None
    written = city_text.casefold()
    if chosen is None or chosen.name.casefold() == written or fold(chosen.name) != fold(city_text):
        return None
    return next(
        (
            c.place
            for c in res.candidates[1:]
            if c.place.name.casefold() == written
            and c.place.country_code == chosen.country_code
            and c.place.geonames_id != chosen.geonames_id
        ),
        None,
    )


def _doubts(
    place: PlaceText,
    res: Resolution,
    city_text: str | None,
    gazetteer: Gazetteer,
    *,
    country_known: bool = False,
) -> list[tuple[WarningCode, str]]:
    """Consistency checks: a place that may be wrong though the gazetteer found it. COUNTRY_KNOWN: the
    country was found (a landmark may place it where the resolution did not)."""
    city = res.city
    if city is None:
        if (
            place.sublocation
            and not country_known
            and res.country is None
            and res.admin1 is None
            and not _sea_feature(place.sublocation)  # "near Scarborough Shoal": in no country's land
        ):
            # "at Rideau Hall on May 13": a place with no town or country a desk can check it against.
            return [(WarningCode.AMBIGUOUS_PLACE, f"'{place.sublocation}' is placed in no town or country")]
        found = res.admin1 or res.country
        controller = _controller(place.note, gazetteer)
        if found is not None and controller is not None and controller != found.country_code:
            # "in Pakistan-administered Kashmir": an area a note says another country holds (Kashmir read as
            # India's Jammu and Kashmir) may be that country's own division of that name.
            message = f"'{found.name}' ({found.country_code}) is, the caption says, {place.note}"
            return [(WarningCode.AMBIGUOUS_PLACE, message)]
        written = [c for p in place.parents if (c := gazetteer.country(p)) is not None]
        if (
            found is not None
            and written
            and not any(_holds(c.country_code, found.country_code) for c in written)
        ):
            # The country is one the caption names: "Corozal, Colombia" is not Belize's Corozal district.
            message = f"'{found.name}' ({found.country_code}) lies in no country the caption names"
            return [(WarningCode.AMBIGUOUS_PLACE, message)]
        town = _town_spelt_apart_from_country(place, res, gazetteer)
        if town is not None and res.country is not None:
            # "em Mação": the Portuguese town's accents fold onto Macao, which is no spelling of the country.
            message = f"'{town.name}' is a town of {town.country_code}, spelt so; not '{res.country.name}'"
            return [(WarningCode.AMBIGUOUS_PLACE, message)]
        if found is not None and res.admin1 is None and town_in_unspaced_script(place):
            # "メキシコ市の憲法広場で": a town written in a script read from a fixed set of names; only the
            # country was read, and the town may be named.
            message = f"only the country, {found.name}, is read from a caption in its script: check the town"
            return [(WarningCode.AMBIGUOUS_PLACE, message)]
        named_town = town_of_division_named(res, place, gazetteer)
        if named_town is not None and res.admin1 is not None:
            message = f"no town given; the caption names '{named_town.name}', a town of {res.admin1.name}"
            return [(WarningCode.AMBIGUOUS_PLACE, message)]
        phrase_town = town_in_place_phrase(res, place, gazetteer)
        if phrase_town is not None and found is not None:
            message = f"no town given; the place phrase names '{phrase_town.name}', a town of {found.name}"
            return [(WarningCode.AMBIGUOUS_PLACE, message)]
        return []
    parent = next((p for p in place.parents if _outside(city, p, gazetteer)), None)
    if parent is not None:
        message = f"'{city.name}' ({city.country_code}) does not lie in '{parent}', which the caption names"
        return [(WarningCode.AMBIGUOUS_PLACE, message)]
    if code_town_abroad(res, city_text, place, gazetteer):
        message = (
            f"'{city_text}', two letters, read as {city.name} ({city.country_code}), a country the caption "
            "does not name: it may be a code or a word"
        )
        return [(WarningCode.AMBIGUOUS_PLACE, message)]
    county = next((c for p in place.parents if (c := _far_county(city, p, gazetteer)) is not None), None)
    if county is not None:
        # "Reading, Berkshire": Reading, Massachusetts lies far from Berkshire County, the county read.
        message = f"'{city.name}' ({city.admin1_name or city.country_code}) lies far from '{county.name}'"
        return [(WarningCode.AMBIGUOUS_PLACE, message)]
    if _small_town_abroad(city, place, gazetteer):
        message = (
            f"'{city.name}' ({city.country_code}) lies outside {place.home_country}, the agency's home, "
            "and the caption names no country"
        )
        return [(WarningCode.AMBIGUOUS_PLACE, message)]
    other = _weak_by_other_name(place, res, city_text, gazetteer)
    if other is not None:
        message = (
            f"'{city_text}', read after a weak preposition, is only another name of '{city.name}' "
            f"({city.country_code}): it may be a street, an island or a place the gazetteer lacks"
        )
        return [(WarningCode.AMBIGUOUS_PLACE, message)]
    if city_text is None and place.sublocation and _opening_town_far(place, city, gazetteer):
        # "Owensboro crews repair ... beneath Broadway": a landmark placed the picture in its own town, but
        # the caption opens with another town far from it, whose street of that name it may be.
        message = (
            f"'{place.sublocation}' places the picture in '{city.name}', far from the town it opens with"
        )
        return [(WarningCode.AMBIGUOUS_PLACE, message)]
    named = _country_named_instead(res, place, gazetteer)
    if named is not None:
        message = (
            f"'{city_text or city.name}' read as {city.name} ({city.country_code}) by a near spelling, "
            f"while the caption names {named.name}: check the town"
        )
        return [(WarningCode.AMBIGUOUS_PLACE, message)]
    elsewhere = _town_elsewhere(place.sublocation, city, gazetteer)
    if elsewhere is not None:
        message = (
            f"'{place.sublocation}' is a town of {elsewhere.country_code}, far from '{city.name}': "
            "the picture may be made there"
        )
        return [(WarningCode.AMBIGUOUS_PLACE, message)]
    if _village_in_a_place_far_off(place, city_text, city, gazetteer):
        message = (
            f"'{city_text}' is written as a village in '{place.sublocation}', which the gazetteer knows "
            f"nowhere near {city.name} ({city.country_code}): the village may be another of that name"
        )
        return [(WarningCode.AMBIGUOUS_PLACE, message)]
    site_town = _town_naming_site(place, city_text, city, gazetteer)
    if site_town is not None:
        message = (
            f"'{place.sublocation}' is named after '{site_town.name}', a town of the district the caption "
            f"names as '{city_text}': the picture may be made there"
        )
        return [(WarningCode.AMBIGUOUS_PLACE, message)]
    town = _town_of_region(place, city_text, city, gazetteer)
    if town is not None:
        message = (
            f"'{place.sublocation}' is a town {round(km(city, town))} km from '{city.name}': it may be the "
            f"town, and '{city_text or city.name}' its province"
        )
        return [(WarningCode.AMBIGUOUS_PLACE, message)]
    unread = _name_before_division_town(place, city_text, city)
    if unread is not None:
        message = f"'{unread}', written before '{city_text}', may be the town, and '{city_text}' its division"
        return [(WarningCode.AMBIGUOUS_PLACE, message)]
    part = _compass_part(place.text or "", city_text, res, gazetteer)
    if part is not None:
        message = f"'{part}' may be a part of the division of that name, not of the town '{city.name}'"
        return [(WarningCode.AMBIGUOUS_PLACE, message)]
    if place.towering:
        message = (
            f"'{place.sublocation}', the caption's opening subject, is read as a landmark the gazetteer does "
            "not know: it may be no place"
        )
        return [(WarningCode.AMBIGUOUS_PLACE, message)]
    return sublocation_doubts(place, city_text)


# A capitalised name closing a text: "desde Santiago Xalitzintla" before ", Puebla".
_NAME_AT_END = re.compile(r"([A-ZÀ-Þ][\w'’-]+(?: [A-ZÀ-Þ][\w'’-]+)*)$")


def _name_before_division_town(place: PlaceText, city_text: str | None, city: Place) -> str | None:
    """A name written right before a town that shares its name with its own division, and read as nothing:
    "desde Santiago Xalitzintla, Puebla (México)" names a village of Puebla state, not Puebla the city."""
    if not city_text or not city.admin1_name or fold(city.admin1_name) != fold(city.name):
        return None
    text = place.text or ""
    at = text.find(f", {city_text}")
    after = at + len(city_text) + 2
    if at < 0 or (after < len(text) and (text[after].isalnum() or text[after] == "_")):
        return None
    m = _NAME_AT_END.search(text, 0, at)  # no pattern compiled for each town
    read = (place.sublocation or "", *place.other_sublocations)  # "Kadikoy, Istanbul": read as a district
    if m is None or m.group(1) == city_text or any(m.group(1) in r for r in read):
        return None
    before = text[: m.start()].split()[-1:]
    if before and before[0] in words("place", "proper_name_connectors_cased"):
        return None  # "soko la Marikiti, Mombasa": the name of a place in the town, its head before it
    return m.group(1)


def _town_elsewhere(sublocation: str | None, city: Place, gazetteer: Gazetteer) -> Place | None:
    """A sublocation that is the exact name of a big town far from the city, none of that name near it:
    "Fans watch the match on a giant screen in Buenos Aires as their team plays in Doha, Qatar" was made in
    Buenos Aires, not in a place of Doha."""
    if (
        not sublocation
        or sublocation[:1].islower()
        or len(sublocation.split()) > _TOWN_WORDS
        or is_facility(sublocation)  # "Buenos Aires", not "Teatro Colón": a town's name has no place noun
        or "city" not in gazetteer.classify(sublocation)
    ):
        return None
    towns = [c.place for c in gazetteer.candidates(sublocation) if c.how == "exact"]
    if not towns or any(km(city, t) <= _NEAR_KM or t.country_code == city.country_code for t in towns):
        return None
    biggest = max(towns, key=lambda t: t.population)
    return biggest if biggest.population >= _BIG_TOWN_ELSEWHERE else None


def _village_in_a_place_far_off(
    place: PlaceText, city_text: str | None, city: Place, gazetteer: Gazetteer
) -> bool:
    """Whether the caption writes the town read as a village "in" the sublocation, and the gazetteer knows
    no place of the sublocation's name near the town: "Residents of Soweto East village in Kibera" is a
    village of Kibera, in Nairobi, not Soweto, South Africa."""
    sublocation = place.sublocation
    body = place.body or ""
    # Plain substrings first: the pattern is built for the names read.
    if not sublocation or not city_text or f" in {sublocation}" not in body or city_text not in body:
        return False
    nouns = phrases("place", "town_first_nouns")
    written = re.search(
        rf"(?<![\w-]){re.escape(city_text)}(?: [A-Z][\w'’-]+)? {nouns} in {re.escape(sublocation)}\b", body
    )
    if written is None:
        return False
    found = [c.place for c in gazetteer.candidates(sublocation) if c.how != "fuzzy"]
    return not any(km(city, p) <= _NEAR_KM for p in found)


def _town_of_region(
    place: PlaceText, city_text: str | None, city: Place, gazetteer: Gazetteer
) -> Place | None:
    """A sublocation written right before the city that is the exact name of a town of the city's own
    region, well outside it, and of none near it: "en Molezuelas de la Carballeda, en Zamora" names a
    village of Zamora province, not a place in Zamora the town; the province was read as its namesake."""
    sublocation = place.sublocation
    if (
        not sublocation
        or not city_text
        or not _written_before(place.body, sublocation, city_text)
        or sublocation[:1].islower()
        or len(sublocation.split()) > _REGION_TOWN_WORDS
        or is_facility(sublocation)
        or "city" not in gazetteer.classify(sublocation)
    ):
        return None
    found = [c for c in gazetteer.candidates(sublocation) if c.how != "fuzzy"]
    if any(km(city, c.place) <= _OWN_AREA_KM for c in found):
        return None  # "in Kadikoy, Istanbul": a district GeoNames lists as a town, within the city
    towns = [c.place for c in found if c.how == "exact"]
    return next(
        (t for t in towns if t.division == city.division and km(city, t) <= _NEAR_KM),
        None,
    )


def _town_naming_site(
    place: PlaceText, city_text: str | None, city: Place, gazetteer: Gazetteer
) -> Place | None:
    """A town near the city, of its country, whose name opens the sublocation, where the caption names the
    city's district rather than the town: "at the Lasalgaon APMC yard in Nashik district" is in Lasalgaon,
    a town of Nashik district, not in Nashik."""
    sublocation = place.sublocation
    if not sublocation or not city_text or not sublocation[:1].isupper():
        return None
    body = place.body or ""
    if not any(noun in body for noun in words("place", "districts_of_states")):
        return None
    # "... yard in Nashik district": the district written after the site, with its preposition.
    district = re.compile(
        rf"\bin\s+{re.escape(city_text)}\s+{phrases('place', 'districts_of_states')}\b"
    ).search(body, max(body.find(sublocation), 0) + len(sublocation))
    first = sublocation.split()[0]
    if district is None or fold(first) in fold(city_text) or len(first) < _MIN_SITE_TOWN_LETTERS:
        return None
    towns = [
        c.place
        for c in gazetteer.candidates(first)
        if c.how == "exact"
        and c.place.country_code == city.country_code
        and c.place.geonames_id != city.geonames_id
        and km(city, c.place) <= _NEAR_KM
    ]
    return towns[0] if towns else None


# A town's name opening a site's is a word of this many letters at least ("Lasalgaon", not "Old").
_MIN_SITE_TOWN_LETTERS = 4


def _written_before(body: str, name: str, city_text: str) -> bool:
    """Whether the caption writes NAME, a comma, and at most one word before CITY_TEXT: "Molezuelas de la
    Carballeda, en Zamora", "Cabrerets, Lot"."""
    at = body.find(f"{name}, ")
    if at < 0:
        return False
    rest = body[at + len(name) + 2 :].split(maxsplit=2)
    return bool(rest) and (rest[0].startswith(city_text) or (len(rest) > 1 and rest[1].startswith(city_text)))


# A town this near the city may be a part of it ("Kadikoy, Istanbul"); farther, in its region, it is a town
# of its own ("Molezuelas de la Carballeda, Zamora", 60 km off).
_OWN_AREA_KM = 25.0
# The longest town name the check reads: "Molezuelas de la Carballeda", "Santa Cruz de la Sierra".
_REGION_TOWN_WORDS = 5


# The longest name the checks read as a town, in words ("Rio de Janeiro", "Bowling Green").
_TOWN_WORDS = 3


# A town this big abroad, named as the place within another, may be where the picture was made (a smaller
# one is as often a namesake: "the Alhambra", "San Juan night").
_BIG_TOWN_ELSEWHERE = 1_000_000


def _controller(note: str | None, gazetteer: Gazetteer) -> str | None:
    """The country a note names as the one administering a place ("Pakistan-administered",
    "Indian-administered": PK, IN), or None. Only a disputed land is "administered": an occupied one
    ("Russian-occupied Crimea") is placed in its own country, unflagged."""
    if not note or not note.lower().endswith("-administered"):
        return None
    word = note.split("-", 1)[0].strip()
    country = gazetteer.country(word)
    demonyms: dict[str, str] = rules("place")["demonym_countries"]
    return country.country_code if country is not None else demonyms.get(word)


def _held_by_another(parents: tuple[str, ...], note: str | None, gazetteer: Gazetteer) -> tuple[str, ...]:
    """The parents less those a note says another country administers, where the gazetteer reads them in a
    country other than that one: "near Skardu, in Pakistan-administered Kashmir" is read without "Kashmir"
    (India's Jammu and Kashmir to the gazetteer), and Skardu is Pakistan's."""
    controller = _controller(note, gazetteer)
    if controller is None:
        return parents
    kept = []
    for parent in parents:
        area = gazetteer.country(parent) or gazetteer.admin1(parent)
        if area is None or area.country_code == controller:
            kept.append(parent)
    return tuple(kept)


def _weak_by_other_name(
    place: PlaceText, res: Resolution, city_text: str | None, gazetteer: Gazetteer
) -> str | None:
    """The name a weak preposition put before the town ("on Mull") when the gazetteer read it only as
    another name or spelling of a town abroad from the agency's home (PA's "Mull": India's Mūl), not as its
    own: an island, a street, a place the gazetteer lacks as often ("v Praze" from ČTK is Prague at home).
    A landmark's name read as its town ("beneath Broadway": New York City) is doubted only where the caption
    names another town far from it ("Paducah firefighters"). None otherwise."""
    if not place.weak_city or city_text is None or res.city is None:
        return None
    if fold(city_text) == fold(res.city.name):
        return None
    chosen = next((c for c in res.candidates if c.place.geonames_id == res.city.geonames_id), None)
    if chosen is None:
        return None
    home = _home_country(place, gazetteer)
    if (
        chosen.how in ("alternate", "variant", "fuzzy")
        and home
        and not _holds(home.country_code, res.city.country_code)
    ):
        return city_text  # PA's "on Mull": a Scottish island, no Indian town spelt near it
    if chosen.how == "overlay" and _town_named_far(place, city_text, res.city, gazetteer):
        return city_text
    return None


def _town_named_far(place: PlaceText, city_text: str, city: Place, gazetteer: Gazetteer) -> bool:
    """Whether the caption names, by its own name, a town far from CITY besides CITY_TEXT."""
    for name in mentions(place.body):
        if name == city_text or name.count(" ") >= _TOWN_WORDS or not name[:1].isupper():
            continue
        town = _town_by_own_name(name, gazetteer)
        if town is not None and km(town, city) > _NEAR_KM:
            return True
    return False


def _town_by_own_name(name: str, gazetteer: Gazetteer) -> Place | None:
    """The town NAME resolves to where it is that town's own name and the town has people enough to be
    named as one ("Paducah firefighters", not a hamlet spelt so)."""
    town = gazetteer.resolve(PlaceQuery(city=name)).city
    if town is None or fold(town.name) != fold(name) or town.population < _MIN_TOWN_POPULATION:
        return None
    return town


def _opening_town_far(place: PlaceText, city: Place, gazetteer: Gazetteer) -> bool:
    """Whether a known landmark placed the picture in CITY while the caption opens with the name of a town
    of the same country far from it ("Bowling Green crews repair a sinkhole ... beneath Broadway")."""
    if place.sublocation is None or gazetteer.landmark(place.sublocation) is None:
        return False
    opening = next(iter(mentions(place.body)), None)
    if opening is None or not place.body.startswith(opening) or opening == place.sublocation:
        return False
    town = _town_by_own_name(opening, gazetteer)
    return (
        town is not None
        and town.country_code == city.country_code  # not Kenya's "Il" opening an Italian caption
        and km(town, city) > _NEAR_KM
    )


def _small_town_abroad(city: Place, place: PlaceText, gazetteer: Gazetteer) -> bool:
    """Whether a national agency's caption that names no country places the picture in a small town abroad:
    the agency writes the country of a town abroad, so "Beştepe'deki" from Anadolu is Ankara's Beştepe,
    which the gazetteer lacks, not a Romanian village."""
    home = _home_country(place, gazetteer)
    return (
        home is not None
        and not _holds(home.country_code, city.country_code)  # Longyearbyen (SJ) is at home for NTB
        and not _home_division_abroad(home.country_code, city)
        and city.population < _BIG_TOWN_ABROAD
        and not any(gazetteer.country(p) or gazetteer.admin1(p) for p in place.parents)
        and not any(_division_of(p, city, gazetteer) for p in place.parents)
        and not _countries_named(mentions(place.body), gazetteer)
    )


def _home_division_abroad(home_code: str | None, city: Place) -> bool:
    """Whether CITY lies in a division of another country the agency's desks cover as home (Irish desks'
    Northern Ireland: place.toml `home_divisions_abroad`)."""
    division = rules("place")["home_divisions_abroad"].get(home_code or "")
    return division is not None and division == city.admin1_name


def _country_named_instead(res: Resolution, place: PlaceText, gazetteer: Gazetteer) -> Place | None:
    """The country the caption names where its town was found only by a near spelling in another: "Hong
    Kong leader ... in Tamar" read as Romania's Tia Mare. A spelling the gazetteer does not hold is a weak
    reading; a country written elsewhere that does not hold the town says it is a wrong one."""
    city = res.city
    if city is None or not res.candidates or res.candidates[0].how not in _NEAR_SPELLINGS:
        return None
    if any(gazetteer.country(p) or _division_of(p, city, gazetteer) for p in place.parents):
        return None  # a country or division written beside the town vouches for it, or is checked apart
    written = mentions(place.body)
    # A country's name opens a longer run as its adjective: "Hong Kong Financial Secretary Paul Chan".
    openings = (" ".join(m.split()[:n]) for m in written for n in range(len(m.split()) - 1, 0, -1))
    named = _countries_named((*written, *openings), gazetteer)
    if not named or any(_holds(c.country_code, city.country_code) for c in named):
        return None
    return named[0]


def own_city_named_instead(res: Resolution, place: PlaceText, gazetteer: Gazetteer) -> Resolution | None:
    """The city of a city-state the caption names, where its town was read by a near spelling abroad:
    "Hong Kong leader ... in Tamar" (Tamar, a quarter of Hong Kong the gazetteer lacks) is in Hong Kong."""
    named = _country_named_instead(res, place, gazetteer)
    own = _own_city(named.name, gazetteer) if named is not None else None
    if named is None or own is None:
        return None
    found = gazetteer.resolve(PlaceQuery(city=own, parents=(named.name,)))
    return found if found.city is not None else None


# How the gazetteer matched a name by a spelling it does not hold: a variant ("Tamar", Tia Mare). A fuzzy
# match, an edit or two away, is flagged as approximate already (`_resolve`).
_NEAR_SPELLINGS = ("variant",)


def _division_of(parent: str, city: Place, gazetteer: Gazetteer) -> bool:
    """Whether a parent written names the town's own first-level division, as an area and not as a town
    ("Clifden, Co Galway")."""
    res = gazetteer.resolve(PlaceQuery(parents=(parent,)))
    division = res.admin1
    return res.city is None and division is not None and division.division == city.division


# A town abroad this big may be meant where a national agency writes no country ("in Deir al-Balah").
_BIG_TOWN_ABROAD = 20_000


# A division holding this many times its town's people is more than the town ("northern Gaza"); nearer
# it is the town's own (Seoul, Tbilisi) or mostly its town ("central Tokyo", "northern Kyiv").
_DIVISION_OVER_TOWN = 3.0


def _compass_part(text: str, city_text: str | None, res: Resolution, gazetteer: Gazetteer) -> str | None:
    """ "in northern Gaza", "in southern Idlib": a compass word before a name that is a town and a division
    (the Gaza Strip, Idlib province) much larger than the town; the phrase, or None."""
    town, division = res.city, res.admin1
    if not city_text or town is None or division is None:
        return None
    if division.population < _DIVISION_OVER_TOWN * max(town.population, 1):
        return None
    phrase = _compass_before(text, city_text)
    if phrase is None or not {"admin1", "region"} & set(gazetteer.classify(city_text)):
        return None
    return phrase


@cache
def _compass_words() -> re.Pattern[str] | None:
    """A compass word and the space after it (place.toml `compass_descriptors`); None if a word holds a
    space, which `_compass_before` cannot take."""
    listed = words("place", "compass_descriptors")
    if any(" " in word for word in listed):
        return None
    # Sorted: a set's order changes with each process's hash seed, and a pattern written another way is
    # compiled again, never found in the pattern store. The order finds the same: no word holds a space,
    # so two cannot both match at one place with the space after.
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, sorted(listed)))}) ")


_BOUNDARY = re.compile(r"\b")


def _compass_before(text: str, name: str) -> str | None:
    """The first "<compass word> NAME" of the text, NAME ending at a word boundary, as
    `re.search(rf"\b(?:{compass}) {re.escape(NAME)}\b", text)` finds it, without compiling a pattern of
    the name for every caption (some 0.5 ms each). A compass word holds no space, so a compass word found
    inside another ("eastern" of "north-eastern") ends where that one does: the first found is the first
    that can start the phrase."""
    compass = _compass_words()
    if compass is None:  # a word of two: search as written
        ordered = sorted(words("place", "compass_descriptors"), key=lambda w: (-len(w), w))  # longest first
        listed = "|".join(map(re.escape, ordered))
        found = re.search(rf"\b(?:{listed}) {re.escape(name)}\b", text)
        return found.group() if found else None
    for m in compass.finditer(text):
        end = m.end() + len(name)
        if text.startswith(name, m.end()) and _BOUNDARY.match(text, end):
            return text[m.start() : end]
    return None


def _far_county(city: Place, parent: str, gazetteer: Gazetteer) -> Place | None:
    """The second-level division a parent names, where the city lies farther from it than a county spans."""
    if gazetteer.country(parent) or gazetteer.admin1(parent, city.country_code):
        return None
    county = gazetteer.admin2(parent, city.country_code)
    return county if county is not None and km(city, county) > _NEAR_KM else None


# Pure (a Place is frozen; the gazetteer's answers are fixed): the near-spelling, the namesake and the
# parent doubts ask it of the same town and parents.
@lru_cache(maxsize=1024)
def _outside(city: Place, parent: str, gazetteer: Gazetteer) -> bool:
    """Whether a parent the caption writes is a country or division that does not hold the city (in none of
    its readings: "Georgia" holds Americus as a US state)."""
    country = gazetteer.country(parent)
    division = gazetteer.admin1(parent, city.country_code)
    if not (country or division):
        return False
    if division is not None and city.admin1_name and fold(city.admin1_name) == fold(parent):
        return False  # Peru's "Lima" region holds Chosica; its namesake, Lima Province, is the one read
    if country is not None and _names_division(parent, division, country):
        country = None
    inside = _country_holds(country, parent, city.country_code, gazetteer) or (
        division is not None
        and division.country_code == city.country_code
        and division.admin1_code == city.admin1_code
    )
    return not inside


def _written_division(place: PlaceText, country: Place | None, gazetteer: Gazetteer) -> str | None:
    """A division the caption writes beside a town the gazetteer lacks, which the resolver took for the
    country ("Tobermore, Northern Ireland"): not the country's own name ("Mexico" is no State of Mexico)."""
    if country is None:
        return None
    for parent in place.parents:
        division = gazetteer.admin1(parent, country.country_code)
        if division is not None and _names_division(parent, division, gazetteer.country(parent)):
            return division.name
    return None


def _town_in_own_division(city_text: str, place: PlaceText, gazetteer: Gazetteer) -> Resolution | None:
    """The town as spelt, found alone, where the divisions read for the parents hold no such town but each
    parent is a short form of the town's own division or names its country: "Gaza" beside Gaza City is
    the Gaza Strip, not Mozambique's Gaza province; "Khan Younis, Gaza" the same."""
    res = gazetteer.resolve(PlaceQuery(city=city_text, context=place.context))
    town = res.city
    if town is None or not res.candidates or res.candidates[0].how not in ("exact", "alternate", "overlay"):
        return None
    own = [_words_of(name) for name in (town.admin1_name, town.admin2_name) if name]
    for parent in place.parents:
        country = gazetteer.country(parent)
        if country is not None:
            if not _holds(country.country_code, town.country_code):
                return None
            continue
        written = _words_of(parent)
        if not written or not any(written <= division for division in own):
            return None
    return res


def _town_spelt_apart_from_country(place: PlaceText, res: Resolution, gazetteer: Gazetteer) -> Place | None:
    """A town of another country spelt exactly as a parent the caption writes, where that parent reads as a
    country only once its accents are dropped ("Mação" is Macao folded, and a town in Portugal), or None."""
    if res.city is not None or res.admin1 is not None or res.country is None:
        return None
    for parent in place.parents:
        if parent.isascii() or parent.casefold() == res.country.name.casefold():
            continue
        country = gazetteer.country(parent)
        if country is None or country.country_code != res.country.country_code:
            continue
        for reading in gazetteer.candidates(parent):
            town = reading.place
            if town.name.casefold() == parent.casefold() and town.country_code != country.country_code:
                return town
    return None


# A distance stated after a place, from the town that places it: ", 20 kilometers (12 miles) west of",
# ", some 80km south of", ", 15 km from".
_DISTANCE_FROM = re.compile(
    r",\s+(?:some |about |around |nearly |roughly |almost )?(?P<n>\d+(?:[.,]\d+)?)\s*"
    r"(?P<unit>km|kms|kilomet(?:er|re)s?|mi|miles?)\b(?:\s*\([^)]*\))?\s+(?:[a-z-]+\s+)?(?:of|from)\s"
)
_KM_PER_MILE = 1.609
# A town placed at a stated distance from another lies no farther from it than this many times the distance
# (a road's distance, a rounded figure), or this many kilometres for a short one.
_STATED_SLACK = 3.0
_STATED_MIN_KM = 50.0


def _stated_km(place: PlaceText) -> float | None:
    """How far the caption says its town lies from the one that places it, in kilometres: "in Ano Patima, 20
    km west of Patras" (a town of its own, not a part of the one it is placed by, as "near Banff" may be)."""
    city = place.city or ""
    for m in _DISTANCE_FROM.finditer(place.body):
        if city and place.body[: m.start()].endswith(city):
            n = float(m.group("n").replace(",", "."))
            return n * _KM_PER_MILE if m.group("unit").startswith("mi") else n
    return None


# A compass bearing written right after a place, from the town that places it: ", south of", ", just
# north-east of", ", a village 60 km south of" (an appositive saying what the place is may come first).
_BEARING_FROM = re.compile(
    r",\s+(?:an? (?:small |remote |tiny )?(?:village|town|hamlet|settlement),?\s+)?"
    r"(?:(?:just |some |about |around |roughly )?\d+(?:[.,]\d+)?\s*(?:km|kms|kilomet(?:er|re)s?|mi|miles?)"
    r"(?:\s*\([^)]*\))?\s+|just |some way )?"
    r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of\s"
)


def _placed_by_bearing(place: PlaceText) -> bool:
    """Whether the caption places its town, a name of one word, by a compass bearing from another ("in
    Khiam, south of Beirut", "in Kamanyola, a village 60 km south of Bukavu"): the town is a place of its
    own, not a part of the one that places it, as a town "near Banff" or "outside Paris" may be."""
    city = place.city or ""
    # One word only: a name of several ("Ras Laffan Industrial City, north of Doha") is as often a site.
    if not city or " " in city:
        return False
    return any(place.body[: m.start()].endswith(city) for m in _BEARING_FROM.finditer(place.body))


def _far_from_stated(city: Place, place: PlaceText, gazetteer: Gazetteer) -> bool:
    """Whether a town lies far beyond the distance the caption states from the town that places it ("in
    Krasnosilka, 20 km west of Zhytomyr" is no Krasnosilka 400 km off in Odesa Oblast)."""
    stated = _stated_km(place)
    if stated is None:
        return False
    near = next(_placing_towns(place, gazetteer), None)
    return near is not None and km(city, near) > max(stated * _STATED_SLACK, _STATED_MIN_KM)
