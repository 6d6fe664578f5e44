"""Locate: the place text the parser read, resolved to a Location with the gazetteer (GeoNames names,
divisions, coordinates), and the warnings a desk must check (not found, ambiguous, approximate)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from difflib import SequenceMatcher
from functools import cache

from gazetteer import Gazetteer, Place, PlaceQuery, Resolution

from ._model import Location, WarningCode
from ._parse import PlaceText, is_facility, is_head_first, mentions
from ._parse._names import is_given_name
from ._rules import alternation, rules, words

__all__ = ["locate", "town_prefixes"]


def town_prefixes(name: str) -> tuple[str, ...]:
    """Leading capitalised words of a facility name, longest first: the towns it may be named after.

    "Alchevsk Metallurgical Complex" → ("Alchevsk Metallurgical", "Alchevsk"); "Newport News
    Shipbuilding" → ("Newport News", "Newport").
    """
    tokens = []
    for token in name.split():
        if not token[:1].isupper():
            break
        tokens.append(token)
    if tokens and len(tokens) == len(name.split()):
        tokens = tokens[:-1]
    return tuple(" ".join(tokens[:n]) for n in range(len(tokens), 0, -1))


def _town_suffixes(name: str) -> tuple[str, ...]:
    """Trailing capitalised words of a name the gazetteer lacks, longest first: "Expo City Dubai" may be a
    place in Dubai."""
    tokens = name.split()
    if len(tokens) < 2 or not all(t[:1].isupper() for t in tokens):
        return ()
    return tuple(" ".join(tokens[n:]) for n in range(1, min(len(tokens), 3)))


def _of_tail(name: str) -> tuple[str, ...]:
    """ "Centro Histórico de Ciudad de México" may name a place in "Ciudad de México"."""
    m = re.search(r"\s(?:of|de|di|du|del)\s+(?=[A-Z])", name)
    return (name[m.end() :],) if m else ()


# A town the caption says is near another lies within this distance of it.
_NEAR_KM = 150.0
# "in Kharkiv, 400 km east of Kyiv": a town placed by another lies at most this far from it.
_FAR_FROM_NEAR_KM = 1000.0


def _km(a: Place, b: Place) -> float:
    if None in (a.latitude, a.longitude, b.latitude, b.longitude):
        return 0.0
    from geopy.distance import great_circle  # type: ignore[import-untyped]

    return float(great_circle((a.latitude, a.longitude), (b.latitude, b.longitude)).km)


# A town read off a facility name must be a real town, not "Times" of "Times Square".
_MIN_TOWN_POPULATION = 5_000
# A town read off the end of a longer name must be a big one: "Expo City Dubai" (not "Union Springs").
_BIG_TOWN_POPULATION = 100_000


def _agrees(city: Place | None, parents: tuple[str, ...], gazetteer: Gazetteer) -> bool:
    """Whether a city lies in the divisions and country the caption names with it (the resolver takes a
    division as a hint only, so "Central Park, New York" could otherwise read as Central, Louisiana)."""
    if city is None:
        return False
    for parent in parents:
        country = gazetteer.country(parent)
        if country is not None and not _holds(country.country_code, city.country_code):
            return False
        division = gazetteer.admin1(parent)
        if (
            division
            and division.country_code == city.country_code
            and division.admin1_code != city.admin1_code
        ):
            return False
    return True


def _loose_town(place: PlaceText, gazetteer: Gazetteer) -> tuple[Resolution, str] | None:
    """A town named outside the place chain that lies in the division or country the chain names: exactly
    spelt, a real town, inside every parent. A place named head first may be named after it: "Castelul
    Bran, în județul Brașov" (Bran castle, in Brașov county) is in Bran."""
    names = [*place.loose, *(_named_after(name) for name in place.loose if is_head_first(name))]
    for name in names:
        res = gazetteer.resolve(PlaceQuery(city=name, parents=place.parents, context=place.context))
        town = res.city
        if (
            town is not None
            and res.candidates
            and res.candidates[0].how in ("exact", "alternate")
            and town.population >= _MIN_TOWN_POPULATION
            and _agrees(town, place.parents, gazetteer)
            and all(gazetteer.country(p) or gazetteer.admin1(p) for p in place.parents)
        ):
            return res, name
    return None


def _named_after(name: str) -> str:
    """What a place written head first is named after: "Castelul Bran" → "Bran", "Base Aérea de Zaragoza"
    → "Zaragoza"."""
    rest = name.split(maxsplit=1)[1]
    return next(iter(_of_tail(rest)), rest)


# A town read off a modifier ("a Warsaw protest") must be a big one: "a Paris Hilton party" is no town's.
_MIN_MODIFIER_POPULATION = 100_000


def _subject_town(place: PlaceText, gazetteer: Gazetteer) -> str | None:
    """A name of two words or more that opens the caption as the subject of a verb of state ("Keur Massar
    is flooded ... in Senegal"), is no one's (no given name, no possessive, no organisation's word) and no
    place the gazetteer knows: a town it lacks, likelier than not, where the chain names only a division
    or country."""
    name = next(iter(place.loose), None)
    if name is None or not place.body.startswith(name + " "):
        return None
    tokens = name.split()
    org_words = words("people", "org_words")
    following = place.body[len(name) + 1 :].split(maxsplit=1)
    if (
        len(tokens) < 2
        or not following
        or following[0] not in words("place", "subject_town_verbs_cased")
        or any(is_given_name(t) or t.endswith(("'s", "’s")) or t.lower() in org_words for t in tokens)
        or gazetteer.classify(name)
    ):
        return None
    return name


def _modifier_town(place: PlaceText, gazetteer: Gazetteer) -> str | None:
    for name in place.modifiers:
        res = gazetteer.resolve(PlaceQuery(city=name, context=place.context))
        town = res.city
        if (
            town is not None
            and res.candidates
            and res.candidates[0].how in ("exact", "alternate")
            and town.population >= _MIN_MODIFIER_POPULATION
        ):
            return name
    return None


def _holds(country_code: str | None, place_code: str | None) -> bool:
    """Whether a place of PLACE_CODE lies in the country of COUNTRY_CODE: its own, or one holding it."""
    held: dict[str, str] = rules("place")["held_territories"]
    return country_code == place_code or (place_code is not None and held.get(place_code) == country_code)


# The readings an ambiguity warning lists: the rivals a caption's words must rule out, or a town at home
# among them settles it.
_LISTED_READINGS = 3


def _settled_by_mention(
    res: Resolution, mentions: tuple[str, ...], city_text: str | None, gazetteer: Gazetteer
) -> bool:
    """Whether the caption names the chosen town's division, and no rival's: "Coogee ... NSW government
    rules" is Coogee, New South Wales, not Coogee, Western Australia."""
    city = res.city
    if city is None or not city.admin1_code:
        return False
    named: set[tuple[str | None, str | None]] = set()
    # Not the town's own name: "Granada" names a division of Nicaragua too, and says nothing of which.
    own = {(city_text or "").casefold(), city.name.casefold()}
    for text in {t for m in mentions for t in (m, m.rstrip(".")) if t.casefold() not in own}:
        for code in {c.place.country_code for c in res.candidates}:
            division = gazetteer.admin1(text, code)
            if division is not None:
                named.add((division.country_code, division.admin1_code))
    rivals = {
        (c.place.country_code, c.place.admin1_code)
        for c in res.candidates
        if (c.place.country_code, c.place.admin1_code) != (city.country_code, city.admin1_code)
    }
    if (city.country_code, city.admin1_code) in named and not named & rivals:
        return True
    # Or its country, where every rival lies in another that it does not name: "South Korea's midfielder
    # ... at Hwaseong Sports Complex in Hwaseong" is Hwaseong-si, not North Korea's Hwasŏng.
    countries = {
        country.country_code for m in mentions if (country := gazetteer.country(m.rstrip("."))) is not None
    }
    countries |= {code for m in mentions for word in m.split() if (code := _demonym_countries().get(word))}
    listed = res.candidates[:_LISTED_READINGS]
    rival_countries = {c.place.country_code for c in listed if c.place.geonames_id != city.geonames_id}
    return (
        city.country_code in countries
        and city.country_code not in rival_countries
        and not countries & rival_countries
    )


# A city-state's city holds most of its people (Singapore, Monaco, Hong Kong; not Luxembourg or Mexico).
_CITY_STATE_SHARE = 0.5
# Nearly all of them: every town of the country is a part of its city (Singapore, Hong Kong; not Djibouti,
# whose Balbala is a town of its own).
_WHOLE_CITY_STATE_SHARE = 0.8


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


def _approximate(res: Resolution) -> bool:
    return bool(res.candidates) and res.candidates[0].how == "fuzzy"


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
    low = name.casefold()
    return any(low.endswith(" " + area) for area in words("place", "wild_areas"))


def _far_from_near(city: Place, place: PlaceText, gazetteer: Gazetteer) -> bool:
    """Whether a town lies a continent away from every town the caption places it by ("near Ōhau, south of
    Levin" is no Polish Oława): the name is another place's. Towns the gazetteer lacks decide nothing."""
    found = False
    for town in place.near:
        near = gazetteer.resolve(PlaceQuery(city=town, parents=place.parents, context=place.context))
        if near.city is None or _approximate(near):
            continue
        if _km(city, near.city) <= _FAR_FROM_NEAR_KM:
            return False
        found = True
    return found


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


def _explains(res: Resolution) -> bool:
    """Whether a town found exactly, and only one, makes an unread parent harmless: "Los Angeles, CA.",
    "Varsovia (Polonia)" name the town's own state or country in a spelling the gazetteer lacks."""
    return (
        res.city is not None
        and bool(res.candidates)
        and res.candidates[0].how != "fuzzy"
        and not res.ambiguous
    )


def _fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(c))


def _spelt_as_written(res: Resolution, city_text: str) -> Place | None:
    """A town of the same country spelt exactly as the caption writes it, where the town chosen differs
    by its accents only: "near Munster, Germany" chose Münster, but Munster (Lower Saxony) is spelt so."""
    chosen = res.candidates[0].place if res.candidates else None
    written = city_text.casefold()
    if chosen is None or chosen.name.casefold() == written or _fold(chosen.name) != _fold(city_text):
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
        if place.sublocation and not country_known and res.country is None and res.admin1 is None:
            # "at Rideau Hall on May 13": a place with no town or country a desk can check it against.
            return [(WarningCode.AMBIGUOUS_PLACE, f"'{place.sublocation}' is placed in no town or country")]
        found = res.admin1 or res.country
        written = [c for p in place.parents if (c := gazetteer.country(p)) is not None]
        if (
            found is not None
            and written
            and not any(_holds(c.country_code, found.country_code) for c in written)
        ):
            # The country is one the caption names: "Corozal, Colombia" is not Belize's Corozal district.
            message = f"'{found.name}' ({found.country_code}) lies in no country the caption names"
            return [(WarningCode.AMBIGUOUS_PLACE, message)]
        return []
    parent = next((p for p in place.parents if _outside(city, p, gazetteer)), None)
    if parent is not None:
        message = f"'{city.name}' ({city.country_code}) does not lie in '{parent}', which the caption names"
        return [(WarningCode.AMBIGUOUS_PLACE, message)]
    county = next((c for p in place.parents if (c := _far_county(city, p, gazetteer)) is not None), None)
    if county is not None:
        # "Reading, Berkshire": Reading, Massachusetts lies far from Berkshire County, the county read.
        message = f"'{city.name}' ({city.admin1_name or city.country_code}) lies far from '{county.name}'"
        return [(WarningCode.AMBIGUOUS_PLACE, message)]
    return []


def _far_county(city: Place, parent: str, gazetteer: Gazetteer) -> Place | None:
    """The second-level division a parent names, where the city lies farther from it than a county spans."""
    if gazetteer.country(parent) or gazetteer.admin1(parent, city.country_code):
        return None
    county = gazetteer.admin2(parent, city.country_code)
    return county if county is not None and _km(city, county) > _NEAR_KM else None


def _outside(city: Place, parent: str, gazetteer: Gazetteer) -> bool:
    """Whether a parent the caption writes is a country or division that does not hold the city (in none of
    its readings: "Georgia" holds Americus as a US state)."""
    country = gazetteer.country(parent)
    division = gazetteer.admin1(parent, city.country_code)
    if not (country or division):
        return False
    if country is not None and _names_division(parent, division, country):
        country = None
    inside = (country is not None and _holds(country.country_code, city.country_code)) or (
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


def _words_of(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"\w+", _fold(text)))


def _names_division(parent: str, division: Place | None, country: Place | None) -> bool:
    """Whether a parent written in the caption names its division rather than a country: "Northern
    Ireland", "Scotland" are divisions the resolver also reads as their country (the United Kingdom);
    "Mexico" is the country, not the State of Mexico."""
    return division is not None and (country is None or _fold(country.name) != _fold(parent))


def with_home_country(
    place: PlaceText, source: str | None, gazetteer: Gazetteer, credit_line: str | None = None
) -> PlaceText:
    """A national agency names the country of a place abroad and not of one at home: "at McDiarmid Park,
    Perth" from PA is in Scotland; so does a paper ("in Windsor" in the Windsor Star is Ontario's). Its
    home joins the place's context, weighed as another name the caption gives; a country the caption
    writes itself keeps the say."""
    home = rules("credit")["home_countries"].get(source or "") or _outlet_home(credit_line)
    if home is None or home in place.context or any(gazetteer.country(p) for p in place.parents):
        return place
    return replace(place, context=(*place.context, home), home_country=home)


def _at_home(res: Resolution, place: PlaceText, gazetteer: Gazetteer) -> Resolution | None:
    """The reading at home of an ambiguous town a national agency writes with no country: PA's "Perth" is
    Scotland's, not Australia's, when the two score level; the agency writes the country of a town abroad."""
    home = gazetteer.country(place.home_country) if place.home_country else None
    if home is None or res.city is None or not res.ambiguous:
        return None
    listed = [c.place for c in res.candidates[:_LISTED_READINGS] if c.how != "fuzzy"]
    named = {
        country.country_code for m in mentions(place.body) if (country := gazetteer.country(m)) is not None
    }
    if any(p.country_code in named and p.country_code != home.country_code for p in listed):
        return None  # "Welgelegen - Suriname's chancellor ...": a rival's country written, the desk decides
    if res.city.country_code == home.country_code:
        return replace(res, ambiguous=False)
    if not any(p.country_code == home.country_code for p in listed):
        return None
    query = PlaceQuery(
        city=place.city,
        parents=(*place.parents, home.name),
        sublocation=place.sublocation,
        context=place.context,
    )
    found = gazetteer.resolve(query)
    if found.city is None or found.city.geonames_id not in {p.geonames_id for p in listed}:
        return None
    return replace(found, ambiguous=False)


_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def _in_named_division(res: Resolution, place: PlaceText, gazetteer: Gazetteer) -> Resolution | None:
    """The reading of an ambiguous town that lies in a state or province its own sentence names outside the
    place chain ("Southland farmers rally ... in Gore" is New Zealand's Gore; "the Mississippi Gulf Coast Band
    Festival in Gulfport" Mississippi's): the one reading there, or None. A division named in another
    sentence may tell of another matter: it only settles the reading chosen (`_settled_by_mention`)."""
    if res.city is None or not res.ambiguous or not place.city:
        return None
    listed = [c.place for c in res.candidates[:_LISTED_READINGS] if c.how != "fuzzy"]
    own = next((s for s in _SENTENCE_BREAK.split(place.body or "") if place.city in s), "")
    # Not the chain's own names: "in Guadalupe, Mexico" names a country, not the State of Mexico.
    chain = {place.city, *place.parents, *place.context}
    words_ = [m for m in mentions(own) if m not in chain and not gazetteer.country(m)]
    divisions = [d for m in words_ for w in dict.fromkeys((m, m.split()[0])) if (d := gazetteer.admin1(w))]
    for division in divisions:
        inside = [
            p
            for p in listed
            if (p.country_code, p.admin1_code) == (division.country_code, division.admin1_code)
        ]
        if len(inside) != 1:
            continue
        found = gazetteer.resolve(
            PlaceQuery(
                city=place.city,
                parents=(*place.parents, division.name),
                sublocation=place.sublocation,
                context=place.context,
            )
        )
        if found.city is not None and found.city.geonames_id == inside[0].geonames_id:
            return replace(found, ambiguous=False)
    return None


# A nationality's town wins only over a reading that scores at most this much higher (Athlone in South
# Africa over Ireland's scores 0.5 more; London over London, Ontario, 2.3).
_NATIONALITY_MARGIN = 1.0


def _of_nationality(res: Resolution, place: PlaceText, gazetteer: Gazetteer) -> Resolution | None:
    """The reading of a town in the one country whose nationality opens a title in the caption, where the
    caption writes no country: "Irish President Catherine Connolly visits a farm in Athlone" is Ireland's
    Athlone, not Cape Town's, which outscores it by its size alone; "Canadian Prime Minister ... in
    London" stays London."""
    if res.city is None or not res.candidates or place.parents:
        return None
    titled = {_demonym_countries()[m.group(1)] for m in _titled_nationality().finditer(place.body)}
    if len(titled) != 1 or res.city.country_code in titled:
        return None
    if any(gazetteer.country(m.rstrip(".")) for m in mentions(place.body)):
        return None  # a country written: the caption says where
    (code,) = titled
    best = res.candidates[0]
    rival = next(
        (c for c in res.candidates[1:_LISTED_READINGS] if c.place.country_code == code and c.how != "fuzzy"),
        None,
    )
    if rival is None or best.score - rival.score > _NATIONALITY_MARGIN:
        return None
    country = gazetteer.country_by_code(code)
    if country is None:
        return None
    query = PlaceQuery(
        city=place.city, parents=(country.name,), sublocation=place.sublocation, context=place.context
    )
    found = gazetteer.resolve(query)
    if found.city is None or found.city.geonames_id != rival.place.geonames_id:
        return None
    return replace(found, ambiguous=False)


@cache
def _demonym_countries() -> dict[str, str]:
    return rules("place")["demonym_countries"]


@cache
def _titled_nationality() -> re.Pattern[str]:
    # Before a capitalised word: "Irish President", "Scottish First Minister", "Scottish Parliament"; not
    # "British tourists" or "Australian swimmers", who are often abroad.
    return re.compile(rf"(?<![\w-])({alternation(_demonym_countries())}) (?=[A-Z][a-z])")


def _outlet_home(credit_line: str | None) -> str | None:
    """The place a paper or regional agency named in the credit line serves: "RAVI SANDHU/WINDSOR STAR"."""
    if not credit_line:
        return None
    found = _outlets().search(credit_line)
    return _outlet_homes()[found.group().casefold()] if found else None


@cache
def _outlet_homes() -> dict[str, str]:
    return {name.casefold(): home for name, home in rules("place")["outlet_homes"].items()}


@cache
def _outlets() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w.-])(?:{alternation(_outlet_homes())})(?![\w-])", re.IGNORECASE)


def locate(place: PlaceText, gazetteer: Gazetteer) -> tuple[Location | None, list[tuple[WarningCode, str]]]:
    """Resolve the place text to a Location with the gazetteer; warn what a desk must check."""
    if place.city is None and not place.parents and not place.sublocation and place.near:
        # "in Hamad area, west of Khan Yunis": the head names no place; the one it is near locates it.
        place = replace(place, city=place.near[0], near=place.near[1:])
    modified = False
    if not (place.city or place.parents) and place.modifiers:
        town = _modifier_town(place, gazetteer)
        if town is not None:
            place, modified = replace(place, city=town, bare_city=True), True
    if not (place.city or place.sublocation or place.parents):
        return None, [(WarningCode.MISSING_PLACE, "no place found in the caption")]
    if (
        place.city
        and place.parents
        and _fold(place.city) != _fold(place.parents[0])
        and _city_state(place.parents[0], gazetteer, _WHOLE_CITY_STATE_SHARE)
    ):
        # "in Jurong East, Singapore", "in Mong Kok, Hong Kong": a district of a city-state written before
        # it is a place in its city.
        place = replace(place, city=None, sublocation=place.sublocation or place.city)
    if place.city is None and place.parents and (own_city := _own_city(place.parents[0], gazetteer)):
        # "in St. Peter's Square, Vatican City", "in Singapore", "at the Vatican": the country is its city.
        place = replace(place, city=own_city)
    # "in Hebden Bridge, West Yorkshire": a county read as the town, after a town named like a place (a
    # county no division table holds, or one the overlay holds as a region).
    county_as_city = (
        place.city is not None
        and place.sublocation is not None
        and place.sublocation[:1].isupper()
        and gazetteer.classify(place.city) in ((), ("region",))
    )
    if (
        (place.city is None or county_as_city)
        and place.sublocation
        and (place.parents or county_as_city)
        and is_facility(place.sublocation)
    ):
        # "in Long Beach, Calif.", "in Miami Gardens, Fla.": a town named like a place within one.
        parents = (place.city, *place.parents) if county_as_city and place.city else place.parents
        res = gazetteer.resolve(PlaceQuery(city=place.sublocation, parents=parents, context=place.context))
        if (
            res.candidates
            and res.candidates[0].how == "exact"
            and place.sublocation not in res.not_found  # the town found is a parent's
            and _agrees(res.city, parents, gazetteer)
        ):
            rest = place.other_sublocations
            place = replace(
                place,
                city=place.sublocation,
                parents=parents,
                sublocation=next(iter(rest), None),
                other_sublocations=rest[1:],
            )
    if place.bare_city and place.city:
        # No locative preposition before it: a town only when the whole phrase names one exactly, so that
        # "Elizabeth Holmes, pictured in May 2021, ..." is no Elizabeth, New Jersey.
        res = gazetteer.resolve(PlaceQuery(city=place.city, parents=place.parents, context=place.context))
        if not (res.city and res.candidates and res.candidates[0].how != "fuzzy") or _village_alias(res):
            place = replace(place, city=None, bare_city=False)
            if not (place.sublocation or place.parents):
                return None, [(WarningCode.MISSING_PLACE, "no place found in the caption")]
    if place.common_city and place.city and (town := _town_in_named_division(place, gazetteer)) is not None:
        # "à Saint-Jérôme, au Québec": with its article, "au Québec" is the province, and the town is the
        # one the caption names in it.
        place = replace(place, city=town, parents=(place.city, *place.parents), common_city=False)
        if town == place.sublocation:
            rest = place.other_sublocations
            place = replace(place, sublocation=next(iter(rest), None), other_sublocations=rest[1:])
    unread: str | None = None  # a town phrase cut short and not found: "devant la Grande mosquée de Touba"
    if place.weak_city and place.city:
        res = gazetteer.resolve(PlaceQuery(city=place.city, parents=place.parents, context=place.context))
        if res.city is None:
            unread = place.city
            place = replace(place, city=None, weak_city=False)
            if not (place.sublocation or place.parents):
                return None, [(WarningCode.MISSING_PLACE, "no place found in the caption")]
    attempts: list[tuple[str | None, bool]] = []  # (city text, read off a longer name)
    named_for: set[str] = set()  # names after "del", "du": a town only when spelt exactly
    if place.city and place.bare_city:
        attempts.append((place.city, False))
    elif place.city:
        attempts.append((place.city, False))
        attempts += [(town, True) for town in (*_of_tail(place.city), *town_prefixes(place.city))]
        attempts += [(town, True) for town in _town_suffixes(place.city)]
    elif place.sublocation:
        # "camp de Calais", "pyramides de Gizeh": a generic head before "de <Town>" names a place in it.
        # So does a capitalised one in a language that puts "de" between: "Base Aérea de Zaragoza" (but not
        # English "of": "Bank of England").
        tail = _of_tail(place.sublocation) if not re.search(r"\sof\s", place.sublocation) else ()
        # A name written head first ("Base Aérea de ...") starts with its noun, not a town.
        prefixes = () if is_head_first(place.sublocation) else town_prefixes(place.sublocation)
        attempts += [(town, True) for town in (*tail, *prefixes)]
        if re.search(r"\s(?:del|du|des|do|da|della)\s", place.sublocation):
            named_for = set(tail)  # an article before the name: "cataratas del Iguazú" is of the river
    attempts.append((None, False))

    chosen: tuple[Resolution, str | None] | None = None
    for city, derived in attempts:
        res = gazetteer.resolve(
            PlaceQuery(city=city, parents=place.parents, sublocation=place.sublocation, context=place.context)
        )
        if chosen is None and not derived:
            chosen = (res, city)  # the caption's own words, found or not
            if city is not None and res.city is None and city not in res.not_found:
                break  # "in the Gaza Strip": found, as a division, not as a town
        if city is None or res.city is None:
            continue
        if derived and (
            res.city.population < _MIN_TOWN_POPULATION
            or not _agrees(res.city, place.parents, gazetteer)
            or not res.candidates
            or res.candidates[0].how == "fuzzy"  # "Jared" is no "Jarod", "Chairman" no "Chaman"
            or (city in named_for and res.candidates[0].how not in ("exact", "overlay"))
            or ((place.city or "").endswith(" " + city) and res.city.population < _BIG_TOWN_POPULATION)
        ):
            continue
        chosen = (res, city)
        break
    assert chosen is not None
    res, city_text = chosen
    if res.city is not None and city_text and place.city is None and _wild_area(place.sublocation or ""):
        # "in Banff National Park": the park lies beyond the town it is named after, in its division.
        res, city_text = replace(res, city=None, ambiguous=False), None
    if res.city is None and city_text and city_text in res.not_found and place.parents:
        # "Gaza City, Gaza": no Gaza City in Mozambique's Gaza province; the town's own division is meant.
        own = _town_in_own_division(city_text, place, gazetteer)
        if own is not None:
            res = own
    if res.city is None and (named_like := _town_named_like_a_country(place, gazetteer)) is not None:
        res, city_text = named_like, place.city
    if place.city and place.sublocation and (res.city is None or _approximate(res)):
        # "di Masjid Sultan, Kampong Glam": a known landmark places its town where the name written as the
        # town is none the gazetteer knows (a district), or one it finds only by a near spelling.
        marked = gazetteer.resolve(PlaceQuery(sublocation=place.sublocation, context=place.context))
        if marked.city is not None and marked.candidates and marked.candidates[0].how == "overlay":
            res, city_text = marked, None
            place = replace(place, city=None)
    # "in Khyber district", the caption naming Pakistan: a town read off a parent or a longer name must lie
    # in a country the caption names; else the parents are read again within each country named.
    read_off = city_text is None or city_text != place.city
    named = _named_countries(place, gazetteer) if res.city is not None and read_off else []
    town_country = res.city.country_code if res.city is not None else None
    if named and not any(_holds(c.country_code, town_country) for c in named):
        within = _within_named_country(place, named, gazetteer)
        # A big town a venue is named after outweighs a country named only as itself (a team: "India's
        # players ... at Dubai International Stadium"): the named country must find a place within it.
        big = res.city is not None and res.city.population >= _BIG_TOWN_POPULATION and city_text is not None
        if within is None and city_text is not None and city_text != place.city:
            # Nor is a town read off a place's name that lies outside them: "at Al Husseiniya Palace" is no
            # Egyptian Al Ḩusaynīyah when the caption names Italy. The place alone says what it can.
            alone = gazetteer.resolve(
                PlaceQuery(parents=place.parents, sublocation=place.sublocation, context=place.context)
            )
            if not (big and alone.city is None and alone.admin1 is None):
                within, city_text = alone, place.city
        if within is not None and not (big and within.city is None and within.admin1 is None):
            res = within
    unmatched = False
    if (
        res.city is not None
        and city_text
        and (
            _far_fetched(res, city_text)
            or (_approximate(res) and any(_outside(res.city, p, gazetteer) for p in place.parents))
            or _far_from_near(res.city, place, gazetteer)
            or _namesake_outside(res, city_text, place, gazetteer)
        )
    ):
        # "Creole, Louisiana" is not "Montgomery": an approximate match that shares little of the spelling;
        # nor is "Tobermore, Northern Ireland" Tobermory in Scotland: one outside the division written.
        res = gazetteer.resolve(PlaceQuery(parents=place.parents, context=place.context))
        unmatched = True
    if city_text and city_text == place.city and (home := _at_home(res, place, gazetteer)) is not None:
        res = home
    elif city_text and city_text == place.city and (in_named := _in_named_division(res, place, gazetteer)):
        res = in_named
    elif (
        city_text
        and city_text == place.city
        and (national := _of_nationality(res, place, gazetteer)) is not None
    ):
        res = national
    warnings: list[tuple[WarningCode, str]] = []
    sublocation = place.sublocation
    unknown_town: str | None = None  # a town the caption names outside its chain, which the gazetteer lacks
    if res.city is None and place.city and (place.city in res.not_found or unmatched):
        # "in Hamad area, west of Khan Yunis": a head that names no town is a place near the one given; "the
        # village of Sarzedas, near Castelo Branco" is a town, which stays the city, not found.
        for town in () if place.settled else place.near:
            near = gazetteer.resolve(PlaceQuery(city=town, parents=place.parents, context=place.context))
            if near.city is not None and near.candidates and near.candidates[0].how != "fuzzy":
                res, city_text = near, town
                # Not a nationality cut off its noun: "at Russian positions near Kupiansk".
                demonym = place.city in words("people", "demonyms_cased")
                sublocation = sublocation or (None if demonym else place.city)
                place = replace(place, city=town)
                break
        else:
            found = _town_after_venue(place, gazetteer)
            if found is not None:
                res, city_text = found
                sublocation = sublocation or place.city
                place = replace(place, city=city_text, parents=place.parents[1:])
    elif res.city is None and place.city is None and place.sublocation:
        found = _town_after_venue(place, gazetteer)  # "at Estadio Metropolitano, Madrid, Spain"
        if found is not None:
            res, city_text = found
            place = replace(place, city=city_text, parents=place.parents[1:])
    elif res.city is not None and (beside := _far_from_town_after(res, place, gazetteer)) is not None:
        # "at Heathrow, London": a name the gazetteer places only far from the town written after it is a
        # place in that town (Heathrow, Florida is no part of London).
        res, city_text = beside, place.parents[0]
        sublocation = sublocation or place.city
        place = replace(place, city=city_text, parents=place.parents[1:])
    elif (
        res.city is not None
        and (sublocation is None or not _written_with(sublocation, place))
        and _venue_before_town(place, res)
    ):
        # "at Anfield, Liverpool, Britain": the town is the parent after it, and the venue written in the
        # place phrase is the sublocation, over one read elsewhere ("breaks through the Ospreys defence"),
        # not over one written with the phrase ("at Sherwood Grange care home in Kingston Vale, London").
        sublocation = place.city
    elif res.city is not None and place.metro and not place.parents:
        # "the Montreal suburb of LaSalle": a LaSalle far from Montreal is another LaSalle; the suburb
        # missing from the gazetteer, the town it lies by is the better answer.
        near = gazetteer.resolve(PlaceQuery(city=place.metro, context=place.context))
        if (
            near.city is not None
            and near.candidates
            and near.candidates[0].how != "fuzzy"
            and _km(res.city, near.city) > _NEAR_KM
        ):
            res, city_text = near, place.metro
    if res.city is not None and (whole := _town_of_borough(res, place, gazetteer)) is not None:
        # "in the Bronx, New York": a borough GeoNames lists as a town is a part of its city, which is shown.
        borough = place.city if place.city and not place.city.isupper() else res.city.name
        place = replace(place, sublocation=place.sublocation or borough)
        res, city_text = whole
    if res.city is None and place.city is None and place.loose and (res.country or res.admin1):
        loose = _loose_town(place, gazetteer)
        if loose is not None:
            res, city_text = loose
        else:
            unknown_town = _subject_town(place, gazetteer)
    elif res.city is None and place.city and not place.parents and place.loose and res.admin1:
        # The chain's one name is a division ("in the occupied West Bank"): a town named outside it, in it.
        divided = replace(place, city=None, parents=(place.city,))
        in_division = _loose_town(divided, gazetteer)
        if in_division is not None:
            res, city_text = in_division
            place = divided
    if res.city is not None and res.city.country_code in words("place", "one_city_countries_cased"):
        # "at Jurong East MRT station": every place of Singapore is in its one city.
        country_name = res.city.country_name or ""
        one_city = gazetteer.resolve(PlaceQuery(city=country_name, parents=(country_name,)))
        if one_city.city is not None and one_city.city.geonames_id != res.city.geonames_id:
            sublocation = sublocation or city_text
            res = one_city
    if res.city is not None and city_text and place.city and city_text != place.city:
        # "Newport News Shipbuilding" in Newport News; "Centro Histórico" of "Ciudad de México".
        # A suburb the town it lies by stands for ("Glen Eden, in Auckland's west") holds no town's name.
        at = place.city.find(city_text)
        head = re.sub(r"\s+(?:of|de|di|du|del)$", "", place.city[:at].strip()) if at >= 0 else place.city
        # "Expo City Dubai": a place named with its town at the end keeps its whole name.
        suffixed = place.city.endswith(" " + city_text) and not _of_tail(place.city)
        sublocation = sublocation or (place.city if suffixed else head) or place.city
    if (
        sublocation is None
        and res.city is not None
        and city_text
        and _is_landmark(city_text, res.city, gazetteer)
    ):
        sublocation = city_text  # "auf den Champs-Élysées": a landmark read as the town is the place in it
    city_name = res.city.name if res.city else None
    if city_name is None and unknown_town is not None:
        # "Keur Massar is flooded by heavy rains in Senegal": the subject, as written, for a desk to check.
        city_name = unknown_town
        warnings.append(
            (WarningCode.PLACE_NOT_FOUND, f"'{unknown_town}' may be the town, not in the gazetteer")
        )
    if res.city is None and place.city and (place.city in res.not_found or unmatched):
        # The caption's spelling, for a desk to check; but not a name in another script: the index
        # holds Latin names only, so not finding "Украина" says nothing of what it is.
        city_name = place.city if _latin_script(place.city) and not place.common_city else None
        if _landform(place.city) and res.country is not None:
            city_name = None  # "on Russia's Kamchatka Peninsula": a landform in a country, no town
        else:
            warnings.append((WarningCode.PLACE_NOT_FOUND, f"'{place.city}' is not in the gazetteer"))
    elif res.not_found and not _explains(res) and not _divisions_below(res, place):
        warnings.append((WarningCode.PLACE_NOT_FOUND, f"not in the gazetteer: {', '.join(res.not_found)}"))
    if res.city is not None and res.candidates and res.candidates[0].how == "fuzzy":
        warnings.append(
            (WarningCode.AMBIGUOUS_PLACE, f"'{city_text}' matched '{res.city.name}' only approximately")
        )
    elif res.city is not None and city_text and (rival := _spelt_as_written(res, city_text)) is not None:
        message = f"'{city_text}' is spelt as {rival.name} ({rival.admin1_name or rival.country_code}) is"
        warnings.append((WarningCode.AMBIGUOUS_PLACE, f"{message}, not as '{res.city.name}'"))
    elif res.ambiguous and not _settled_by_mention(res, mentions(place.body), city_text, gazetteer):
        others = ", ".join(
            f"{c.place.name} ({c.place.admin1_name or ''} {c.place.country_code or ''})".replace(" )", ")")
            for c in res.candidates[:3]
        )
        warnings.append(
            (WarningCode.AMBIGUOUS_PLACE, f"'{city_text or place.parents[0]}' could be: {others}")
        )

    country = res.country
    specific = res.most_specific
    if country is None and specific is None and sublocation:
        # "in the House chamber of the Capitol": a known landmark places the country, though not the town.
        country = _landmark_country(sublocation, gazetteer)
    warnings += _doubts(place, res, city_text, gazetteer, country_known=country is not None)
    if unread and res.city is None and not sublocation and not warnings:
        warnings.append((WarningCode.PLACE_NOT_FOUND, f"no town found for '{unread}': check the city"))
    if (
        res.city is None
        and city_text
        and res.candidates
        and res.candidates[0].how == "fuzzy"
        and not warnings
    ):
        # "Gernikako Batzarretxean, Bizkaian": a near spelling of a division where the caption wrote its
        # town's phrase; the division is a guess, and the town is missing.
        message = f"'{city_text}' read as {res.candidates[0].place.name} by a near spelling: no town found"
        warnings.append((WarningCode.PLACE_NOT_FOUND, message))
    if place.unread and not sublocation and not warnings:
        # "í Hörpu í Reykjavík": a place named in a case no table undoes is there, but not read.
        message = f"'{place.unread}' may name the place shown, in a form not read: check the sublocation"
        warnings.append((WarningCode.PLACE_NOT_FOUND, message))
    if place.opening_town and res.city is not None and res.city.population < _BIG_TOWN_POPULATION:
        # "Obama: Former president rallies voters": a small town's name opening the caption may be a person's.
        message = f"'{res.city.name}' read from the name opening the caption: check it is the dateline"
        warnings.append((WarningCode.AMBIGUOUS_PLACE, message))
    if (
        modified
        and res.city is not None
        and not _settled_by_mention(res, mentions(place.body), city_text, gazetteer)
    ):
        # "the Halifax waterfront as ... storm Ernesto reach Nova Scotia": the division named settles it.
        message = f"'{res.city.name}' read from a noun it qualifies ('{city_text} ...'), not a place phrase"
        warnings.append((WarningCode.AMBIGUOUS_PLACE, message))
    division = res.admin1.name if res.admin1 else (res.city.admin1_name if res.city else None)
    if division is None and res.city is None:
        division = _written_division(place, country, gazetteer)
    location = Location(
        sublocation=sublocation,
        city=city_name,
        province_state=division,
        county=res.admin2.name if res.admin2 else (res.city.admin2_name if res.city else None),
        country=country.name if country else (specific.country_name if specific else None),
        country_code=country.country_code if country else (specific.country_code if specific else None),
        country_code_alpha3=country.country_code3
        if country
        else (specific.country_code3 if specific else None),
        world_region=place.world_region,
        latitude=specific.latitude if specific else None,
        longitude=specific.longitude if specific else None,
        geonames_id=specific.geonames_id if specific else None,
        note=place.note,
        text=place.text,
    )
    return location, warnings


def _divisions_below(res: Resolution, place: PlaceText) -> bool:
    """Whether the names the gazetteer lacks are all divisions under the first-level one found, with no town
    written ("in Burqin County, northwest China's Xinjiang Uygur Autonomous Region", "in Kangdong County,
    Pyongyang"): the record names no town, rightly, and misses nothing a desk must look up."""
    # The first of them opens the place phrase, and none holds a place of its own ("in Qingtian Village of
    # Xundian County" names a village in the county).
    opening = re.sub(r"^[a-zà-ÿ]+\s+(?:the\s+)?", "", place.text or "")
    return (
        res.city is None
        and place.city is None
        and res.admin1 is not None
        and opening.startswith(res.not_found[0])
        and all(
            " " in n and " of " not in n and n.rsplit(" ", 1)[-1].casefold() in words("place", "region")
            for n in res.not_found
        )
    )


def _landform(name: str) -> bool:
    """ "Kamchatka Peninsula", "Sinai Desert": a name closed by a landform word names no town."""
    last = name.rsplit(" ", 1)[-1].casefold()
    return " " in name and last in words("place", "landforms")


def _town_in_named_division(place: PlaceText, gazetteer: Gazetteer) -> str | None:
    """A town the caption names that lies, found exactly, in the first-level division the city text names."""
    if place.city is None:
        return None
    division = gazetteer.admin1(place.city)
    if division is None:
        return None
    # "em Porto Alegre, no Rio Grande do Sul": the place written right before the division first, before a
    # district the caption names ("do bairro Sarandi") that is also a town in it.
    written: tuple[str, ...] = (place.sublocation,) if place.sublocation else ()
    for name in dict.fromkeys((*written, *mentions(place.body))):
        if _fold(name) == _fold(place.city) or gazetteer.country(name) or gazetteer.admin1(name):
            continue
        res = gazetteer.resolve(PlaceQuery(city=name, parents=(place.city,), context=place.context))
        town = res.city
        if (
            town is not None
            and res.candidates
            and res.candidates[0].how == "exact"
            and (town.country_code, town.admin1_code) == (division.country_code, division.admin1_code)
        ):
            return name
    return None


def _named_countries(place: PlaceText, gazetteer: Gazetteer) -> list[Place]:
    """The countries the caption names by name, in the order written."""
    named = {
        country.geonames_id: country
        for name in (*place.loose, *mentions(place.body))
        if (country := gazetteer.country(name)) is not None
    }
    return list(named.values())


def _writes(place: PlaceText, country: Place, gazetteer: Gazetteer) -> bool:
    """Whether the place phrase itself names the country ("Russia's Chukotka Peninsula")."""
    written = f"{place.text or ''} {place.city or ''}"
    return any(
        (named := gazetteer.country(m.removesuffix("'s").removesuffix("’s"))) is not None
        and named.country_code == country.country_code
        for m in mentions(written)
    )


def _within_named_country(place: PlaceText, named: list[Place], gazetteer: Gazetteer) -> Resolution | None:
    for country in named:
        query = PlaceQuery(
            parents=(*place.parents, country.name), sublocation=place.sublocation, context=place.context
        )
        res = gazetteer.resolve(query)
        # The country alone says only that the caption names it, unless the place phrase does ("Russia's
        # Chukotka Peninsula"): "meets the Prime Minister of Italy at the Elysee Palace" is not in Italy.
        found = (
            res.city
            or res.admin1
            or (res.country if place.parents or _writes(place, country, gazetteer) else None)
        )
        if found is not None and _holds(country.country_code, found.country_code):
            return res
    return None


def _town_named_like_a_country(place: PlaceText, gazetteer: Gazetteer) -> Resolution | None:
    """ "St. Helena, Calif.", "Lebanon, Pa.", "Armenia, Colombia": a town named like a country, spelt so in
    the division or country written after it, which the resolver reads as the country it names."""
    own = gazetteer.country(place.city) if place.city else None
    if own is None or not place.parents or place.city is None:
        return None
    division = gazetteer.admin1(place.parents[0])
    outer = division or gazetteer.country(place.parents[0])
    if outer is None or outer.country_code == own.country_code:
        return None
    admin1_code = division.admin1_code if division else None
    found = gazetteer.candidates(place.city, outer.country_code, admin1_code)
    exact = tuple(c for c in found if c.how in ("exact", "alternate"))
    if not exact:
        return None
    # "Lebanon, United States": a town of that name in more than one state is a guess a desk must check.
    ambiguous = len({c.place.admin1_code for c in exact}) > 1
    return Resolution(city=exact[0].place, admin1=division, candidates=exact, ambiguous=ambiguous)


def _town_after_venue(place: PlaceText, gazetteer: Gazetteer) -> tuple[Resolution, str] | None:
    """ "at the Santiago Bernabeu, Madrid, Spain": a name the gazetteer lacks, then a town and its country
    (or division): the town, found as written, is the city, and the name a place within it."""
    venue = place.city or place.sublocation
    if not place.parents or not venue or not venue.removeprefix("the ")[:1].isupper():
        return None
    town = place.parents[0]
    res = gazetteer.resolve(PlaceQuery(city=town, parents=place.parents[1:], context=place.context))
    if res.city is None or not res.candidates or res.candidates[0].how == "fuzzy":
        return None
    if len(place.parents) == 1:
        # "di kawasan Bundaran HI, Jakarta": alone, only a town that is its own division, found in it (not
        # "Xville, Texas", a town in Queensland), written as the town ("Castelul Bran, în județul Brașov" is
        # the county).
        division = gazetteer.admin1(town)
        if (
            place.city is None
            or division is None
            or (res.city.country_code, res.city.admin1_code)
            != (
                division.country_code,
                division.admin1_code,
            )
        ):
            return None
    return res, town


def _written_with(sublocation: str, place: PlaceText) -> bool:
    """Whether the sublocation is written in the place phrase or right before it."""
    if place.text is None or sublocation in place.text:
        return True
    # The sublocation, white space or commas, the place text: found with `str` searches, as a pattern made
    # of the caption's own words would be compiled anew for every caption (issue 16).
    body, text = place.body, place.text
    start = body.find(sublocation)
    while start != -1:
        gap = start + len(sublocation)
        while gap < len(body) and (body[gap] == "," or body[gap].isspace()):
            gap += 1
            if body.startswith(text, gap):
                return True
        start = body.find(sublocation, start + 1)
    return False


def _town_of_borough(
    res: Resolution, place: PlaceText, gazetteer: Gazetteer
) -> tuple[Resolution, str] | None:
    """The city a borough resolved as a town is a part of (place.toml `boroughs`), and its name; None when
    the town is no borough, or the city lies elsewhere."""
    assert res.city is not None
    city = rules("place")["boroughs"].get(res.city.name)
    if city is None:
        return None
    whole = gazetteer.resolve(PlaceQuery(city=city, context=place.context))
    if whole.city is None or whole.city.country_code != res.city.country_code:
        return None
    if _km(res.city, whole.city) > _NEAR_KM:
        return None
    return whole, city


def _far_from_town_after(res: Resolution, place: PlaceText, gazetteer: Gazetteer) -> Resolution | None:
    """The town written after the city, which the resolver could not read as a division, where the city
    found lies far from it: the city text then names a place in that town."""
    if res.city is None or not place.city or not place.parents or place.parents[0] not in res.not_found:
        return None
    if gazetteer.classify(place.parents[0])[:1] != ("city",):
        return None
    town = gazetteer.resolve(
        PlaceQuery(city=place.parents[0], parents=place.parents[1:], context=place.context)
    )
    if town.city is None or not town.candidates or town.candidates[0].how == "fuzzy":
        return None
    return town if _km(res.city, town.city) > _NEAR_KM else None


def _venue_before_town(place: PlaceText, res: Resolution) -> bool:
    """Whether the city slot names no town and the town found is the parent written right after it."""
    return bool(
        place.city
        and place.city in res.not_found
        and place.parents
        and res.city is not None
        and _fold(place.parents[0]) == _fold(res.city.name)
        and place.city[:1].isupper()
    )


def _latin_script(text: str) -> bool:
    return all(unicodedata.name(c, "").startswith("LATIN") for c in text if c.isalpha())
