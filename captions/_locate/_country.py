"""Which country the caption means: an outlet's home, a nationality, a division or country it names."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache

from gazetteer import Gazetteer, Place, PlaceQuery, Resolution

from .._distance import PART_OF_TOWN_KM, km
from .._fold import fold
from .._parse import PlaceText, mentions
from .._parse._names import is_given_name
from .._parse._vocabulary import language_of
from .._regex import CaselessWords, alternation
from .._rules import rules, words
from ._geo import _LISTED_READINGS, _NEAR_KM, _holds, _home_country


def _settled_by_mention(
    res: Resolution,
    mentions: tuple[str, ...],
    city_text: str | None,
    gazetteer: Gazetteer,
    chain: tuple[str, ...] = (),
) -> bool:
    """Whether the caption names the chosen town's division, and no rival's: "Coogee ... NSW government
    rules" is Coogee, New South Wales, not Coogee, Western Australia. Or a county near it outside the place
    CHAIN (`_county_named`)."""
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
                named.add(division.division)
    rivals = {c.place.division for c in res.candidates if c.place.division != city.division}
    if city.division in named and not named & rivals:
        return True
    if _county_named(city, tuple(m for m in mentions if m not in chain), res, gazetteer):
        return True
    # Or its country, where every rival lies in another that it does not name: "South Korea's midfielder
    # ... at Hwaseong Sports Complex in Hwaseong" is Hwaseong-si, not North Korea's Hwasŏng.
    countries = {country.country_code for country in _countries_named(mentions, gazetteer)}
    countries |= {code for m in mentions for word in m.split() if (code := _demonym_countries().get(word))}
    listed = res.candidates[:_LISTED_READINGS]
    rival_countries = {c.place.country_code for c in listed if c.place.geonames_id != city.geonames_id}
    return (
        city.country_code in countries
        and city.country_code not in rival_countries
        and not countries & rival_countries
    )


def _county_named(city: Place, mentions: tuple[str, ...], res: Resolution, gazetteer: Gazetteer) -> bool:
    """Whether the caption names a county near the chosen town, its people's or bodies' first word ("Clare
    County Council's new offices at New Road, Ennis", "a Cornwall Council crew in Truro"), where no rival of
    the town lies in the county's first-level division: Ennis, County Clare is Ireland's, not Texas's. Not a
    county written in the place chain ("in Tilbury, Essex"): the desk gives it as the province, which the
    doubt on the town keeps in view."""
    if any(
        c.place.division == city.division for c in res.candidates if c.place.geonames_id != city.geonames_id
    ):
        # "Bangor, Gwynedd" with Bangor, County Down chosen: two of Britain's, which the county decides.
        return False
    for mention in mentions:
        first, *rest = mention.split()
        if is_given_name(first) and rest[:1] != ["County"]:
            continue  # "Clare O'Brien": a name, not County Clare ("Clare County Council" is the county's)
        for text in dict.fromkeys((mention, first)):
            county = gazetteer.admin2(text, city.country_code)
            if (
                county is not None
                # "Durham County Council ... in Durham", "Bristol.": each Durham has a county of its name
                and fold(city.name) not in re.findall(r"\w+", fold(county.name))
                and county.division == city.division
                and km(city, county) <= _NEAR_KM
            ):
                return True
    return False


def with_home_country(
    place: PlaceText,
    source: str | None,
    gazetteer: Gazetteer,
    credit_line: str | None = None,
    text: str | None = None,
) -> PlaceText:
    """A national agency names the country of a place abroad and not of one at home: "at McDiarmid Park,
    Perth" from PA is in Scotland; so does a paper ("in Windsor" in the Windsor Star is Ontario's), and a
    news site whose label TEXT prints (the BBC's "Image source, "). Its home joins the place's context,
    weighed as another name the caption gives; a country the caption writes itself keeps the say."""
    outlet = _outlet_home(credit_line)
    # A town's paper: its town weighs as a title's does, and stands for a caption naming no town.
    town = gazetteer.place_by_id(outlet) if isinstance(outlet, int) else None
    home = (
        None
        if town is not None
        else rules("credit")["home_countries"].get(source or "")
        or outlet
        or _language_home(source, place.body)
        or _page_label_home(text)
        or _usage_home(place, text)
    )
    if home is None and (spoken_home := _namesake_home_by_language(place, gazetteer)) is not None:
        # The town of the page's language beats a bigger namesake abroad outright, as a country written
        # after it would: the resolver weighs no home against a town that big.
        return replace(place, parents=(spoken_home,), home_country=spoken_home)
    titled = town
    if home is None and titled is None and not place.parents:
        # A title unlisted: its place words, weighed only where the caption writes no division or country.
        titled = _title_home(credit_line, gazetteer)
    if titled is not None:
        home = _home_name(titled, gazetteer)
    if home is None and titled is None and not place.parents:
        # No home known: usage several countries share may still rule some out ("Picture: Name").
        place = replace(place, usage_countries=_usage_countries(place, text))
    if (
        credit_line
        and place.city
        and credit_line not in place.body
        and (bodies := _bodies_named(credit_line))
    ):
        place = replace(place, credit_bodies=bodies)
    if not isinstance(home, str) or home in place.context or any(gazetteer.country(p) for p in place.parents):
        return place
    if titled is None:
        return replace(place, context=(*place.context, home), home_country=home)
    division = (
        titled.admin1_name if titled.admin1_name != home and titled.admin1_name not in place.context else None
    )
    return replace(
        place,
        context=(*place.context, *((division,) if division else ()), home),
        home_country=home,
        home_point=titled.point,
        home_town=(titled.name, *((division,) if division else ()), home) if town is not None else (),
    )


def _home_name(titled: Place, gazetteer: Gazetteer) -> str | None:
    """The country of a title's place as the gazetteer names it: England, Scotland, Wales for Britain's."""
    country = gazetteer.country(titled.admin1_name or "")
    if country is not None and country.country_code == titled.country_code:
        return titled.admin1_name
    return titled.country_name


# A title's town is its home only where it is far the biggest of its name in any other country: Frome is
# Somerset's (26,000), not Jamaica's (1,000), and Darlington Durham's; "York" (Ontario's region outweighs
# it), "Sussex" (Wisconsin's) and "Manchester" (New Hampshire's is big too) give nothing.
_TITLE_TOWN_DOMINANCE = 10.0
# A paper is named for a town of some size, not for a hamlet that shares a word of its title ("White Star").
_TITLE_TOWN_POPULATION = 5000
# Towns a title pairs lie near each other: "Darlington and Stockton" are Durham's and Teesside's, not South
# Carolina's and California's.
_TITLE_PAIR_KM = 100.0
_CAMEL_JOIN = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")
_TITLE_SEGMENTS = re.compile(r"\s*[/,;|:]\s*|\s+[-–]\s+")


def _title_home(credit_line: str | None, gazetteer: Gazetteer) -> Place | None:
    """The place a paper's title names in its place words, for a title the outlet list lacks: "Picture:
    Darlington and Stockton Times" is England's Darlington; "Photo: Name / SussexWorld" gives nothing
    (Sussex is Wisconsin's too), nor a title with no place ("The Guardian")."""
    if not credit_line or not _title_noun().search(credit_line):
        return None  # no title's noun: most credits ("REUTERS/Name"), read no further
    for segment in _TITLE_SEGMENTS.split(credit_line):
        groups = _title_place_words(segment)
        if groups:
            return _title_places(groups, gazetteer)
    return None


@cache
def _title_noun() -> re.Pattern[str]:
    return re.compile(rf"(?:{alternation(words('place', 'paper_title_nouns_cased'))})(?![\w-])")


def _title_place_words(segment: str) -> list[str]:
    """The place words before a title's noun, in groups "and" parts: "Darlington and Stockton Times" →
    ["Darlington", "Stockton"]; [] where the segment is no title or names nothing before its noun."""
    tokens = _CAMEL_JOIN.sub(" ", segment).split()
    nouns = words("place", "paper_title_nouns_cased")
    fillers = words("place", "paper_title_fillers_cased")
    end = next((i for i, token in enumerate(tokens) if i and token in nouns), None)
    if end is None:
        return []
    start = end
    while start and (tokens[start - 1][:1].isupper() or tokens[start - 1] in {"and", "&"}):
        start -= 1
    run = ["and" if t == "&" else t for t in tokens[start:end] if t not in fillers]
    groups = " ".join(run).split("and")
    # Only words: "Telegraph & Argus" is two nouns, no place.
    return [g for g in (g.strip() for g in groups) if g and all(t.isalpha() for t in g.split())]


def _title_places(groups: list[str], gazetteer: Gazetteer) -> Place | None:
    """The place a title's words name: one far the biggest of its name, or of two the pair nearest each
    other. Of a group that names none whole, its last words ("Peter Moulding Sussex": Sussex)."""
    readings = [_title_readings(group, gazetteer) for group in groups]
    if not all(readings):
        return None
    if len(readings) == 1:
        (listed,) = readings
        best = max(listed, key=lambda p: p.population)
        others = [p.population for p in listed if p.country_code != best.country_code]
        return best if all(best.population >= _TITLE_TOWN_DOMINANCE * o for o in others) else None
    if len(readings) != 2:
        return None
    first, second = readings
    distance, place = min(((km(a, b), a) for a in first for b in second), key=lambda pair: pair[0])
    return place if distance <= _TITLE_PAIR_KM else None


def _title_readings(group: str, gazetteer: Gazetteer) -> list[Place]:
    """The places a title's words name, towns of some size and divisions ("Highland": Scotland's council area
    beside America's towns); of none whole, its last words."""
    tokens = group.split()
    for size in range(min(len(tokens), 3), 0, -1):
        name = " ".join(tokens[-size:])
        listed = [
            c.place
            for c in gazetteer.resolve(PlaceQuery(city=name)).candidates[:_LISTED_READINGS]
            if c.how != "fuzzy" and (c.place.kind != "city" or c.place.population >= _TITLE_TOWN_POPULATION)
        ]
        county = gazetteer.admin2(name)
        if county is not None and county.geonames_id not in {p.geonames_id for p in listed}:
            listed.append(county)
        if listed:
            return listed
    return []


def _by_another_name_at_language_home(res: Resolution, place: PlaceText) -> bool:
    """Whether the town at a language's home is read by another name of it: "au Salon de l'automobile de
    Genève" from AFP in French is no Salon-de-Provence; that home settles no such doubt."""
    return (
        bool(res.candidates)
        and res.candidates[0].how == "alternate"
        and place.home_country in _language_homes()
    )


# A town the page's language is spoken in, to be told from a bigger namesake abroad: one of some size.
_LANGUAGE_NAMESAKE_MIN_PEOPLE = 10_000
# How many readings of a name are weighed: enough to hold every namesake of a common one ("Santa Cruz").
_NAMESAKES_WEIGHED = 50


def _namesake_home_by_language(place: PlaceText, gazetteer: Gazetteer) -> str | None:
    """The country of the one town of the name where the caption's language is spoken, when its biggest
    namesake lies where it is not: "Lagos. Os bombeiros combateram ontem ..." is Lagos, Portugal, not
    Nigeria's; "Santarém" in Portuguese stays undecided here (Brazil and Portugal both write it), as does a
    caption in English, and one that writes a division or a country."""
    if place.city is None or place.parents or not place.body:
        return None
    spoken = rules("place")["language_countries"].get(language_of(place.body))
    if not spoken:
        return None
    # Towns of the name as written: a bigger town that bears it only as another name (Miass, Russia, for
    # "Mijas") is a doubt the resolver flags, not a namesake this settles.
    readings = gazetteer.candidates(place.city, limit=_NAMESAKES_WEIGHED)
    towns = [c.place for c in readings if c.how == "exact"]
    if not towns or max(towns, key=lambda t: t.population).country_code in spoken:
        return None  # most towns read: the biggest of the name is where the language is spoken
    if any(gazetteer.admin1(place.city, code) is not None for code in spoken):
        return None  # "in Brandenburg": a state where the language is spoken, more than the town
    # One town of the name where the language is spoken (by any of its names), and one of some size:
    # "Santa Cruz" in Spanish is any of a dozen, Bolivia's Santa Cruz de la Sierra among them.
    at_home = [
        c.place
        for c in readings
        if c.how in ("exact", "alternate") and c.place.country_code in spoken and c.place.kind == "city"
    ]
    if len(at_home) != 1 or at_home[0].population < _LANGUAGE_NAMESAKE_MIN_PEOPLE:
        return None
    if _countries_named(mentions(place.body), gazetteer):
        return None  # "em Lagos, na Nigéria": a country the caption writes decides
    return at_home[0].country_name


@cache
def _language_homes() -> frozenset[str]:
    tables = rules("credit")["language_home_countries"].values()
    return frozenset(home for table in tables for home in table.values())


def _language_home(source: str | None, body: str | None) -> str | None:
    """The country an international agency's desk writes from in the caption's language: AFP in French."""
    homes = rules("credit")["language_home_countries"].get(source or "")
    if not homes or not body:
        return None  # the language is told only for an agency with such a desk
    return homes.get(language_of(body))


def _at_home(res: Resolution, place: PlaceText, gazetteer: Gazetteer) -> Resolution | None:
    """The reading at home of an ambiguous town a national agency writes with no country: PA's "Perth" is
    Scotland's, not Australia's, when the two score level; the agency writes the country of a town abroad."""
    if res.city is None or not (res.ambiguous or place.home_point):
        return None  # a settled town, and no local page's home to weigh: most captions, asked no more
    home = _home_country(place, gazetteer)
    if home is None:
        return None
    listed = [c.place for c in res.candidates[:_LISTED_READINGS] if c.how != "fuzzy"]
    near_title = _near_title_home(res, place)
    if not res.ambiguous and near_title is None:
        # The division a local page's title names may have settled it, weighed with the caption's words.
        doubt = res.city.country_code == home.country_code and _rival_at_home(res.city, listed, place)
        return replace(res, ambiguous=True) if doubt else None
    if _by_another_name_at_language_home(res, place):
        return None
    named = {country.country_code for country in _countries_named(mentions(place.body), gazetteer)}
    if any(p.country_code in named and p.country_code != home.country_code for p in listed):
        return None  # "Welgelegen - Suriname's chancellor ...": a rival's country written, the desk decides
    if near_title is not None:
        if near_title.geonames_id == res.city.geonames_id:
            return replace(res, ambiguous=False)
        return _read_as(res, near_title, gazetteer)
    if res.city.country_code == home.country_code:
        return replace(res, ambiguous=_rival_at_home(res.city, listed, place))
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
    return replace(found, ambiguous=_rival_at_home(found.city, listed, place))


# A rival at home this many times smaller than the town chosen is no real doubt: Frome, Somerset over none.
_HOME_RIVAL_RATIO = 3


def _rival_at_home(city: Place, listed: list[Place], place: PlaceText) -> bool:
    """Whether a town a local page's home settles only by its country stays in doubt: a town of its name in
    the same country near its size ("Marion" in the Des Moines Register: Ohio's and Indiana's are near
    Iowa's size). A national agency's home settles it as before (PA's "Perth")."""
    if place.home_point is None:
        return False
    return any(
        p.country_code == city.country_code
        and p.geonames_id != city.geonames_id
        and p.kind == "city"
        and p.population * _HOME_RIVAL_RATIO >= city.population
        for p in listed
    )


# A local page's town lies this near the town or county its title names: Richmond, North Yorkshire is 20 km
# from Darlington, London's Richmond 350; a county's centre lies within this of most of its towns.
_TITLE_NEAR_KM = 60.0


def _near_title_home(res: Resolution, place: PlaceText) -> Place | None:
    """The one reading near the town or county a local paper's title names, where the others lie far: "at
    Richmond's Green Howards Museum" in the Darlington and Stockton Times is North Yorkshire's Richmond."""
    if place.home_point is None:
        return None
    latitude, longitude = place.home_point
    point = _Point(latitude, longitude)
    # Towns of the name as written: "Marion" in the Des Moines Register is no Marion County, near as it
    # lies, nor "Cambridge" in the Boston Herald Newton, which the gazetteer also calls so.
    listed = [
        c.place for c in res.candidates[:_LISTED_READINGS] if c.how == "exact" and c.place.kind == "city"
    ]
    near = [p for p in listed if km(p, point) <= _TITLE_NEAR_KM]
    return near[0] if len(near) == 1 else None


@dataclass(frozen=True, slots=True)
class _Point:
    latitude: float
    longitude: float


def _home_settles(res: Resolution, place: PlaceText, gazetteer: Gazetteer) -> bool:
    """Whether the agency's home settles an ambiguous town read from a name the chain does not hold as its
    town ("at Bayan Palace" from KUNA): the town chosen is at home, and the caption names no rival's
    country. The reading stays; only the doubt goes."""
    home = _home_country(place, gazetteer)
    if home is None or res.city is None or res.city.country_code != home.country_code:
        return False
    if _by_another_name_at_language_home(res, place):
        return False
    listed = [c.place for c in res.candidates[:_LISTED_READINGS] if c.how != "fuzzy"]
    rivals = [p for p in listed if p.geonames_id != res.city.geonames_id]
    if all(p.country_code == home.country_code for p in rivals):
        return False  # "D.C. Superior Court" in the Washington Post: every Superior is at home, none settled
    named = {country.country_code for country in _countries_named(mentions(place.body), gazetteer)}
    return not any(p.country_code in named and p.country_code != home.country_code for p in listed)


def _in_division_phrase(
    res: Resolution, place: PlaceText, city_text: str, gazetteer: Gazetteer
) -> Resolution | None:
    """The reading of a town that lies in a county or state the caption writes as a division, by a
    preposition or a noun of land ("Whitby harbour on the North Yorkshire coast", "in North Yorkshire"),
    where no other reading lies in it: England's Whitby, though Ontario's is ten times its size."""
    if res.city is None or place.parents or len(res.candidates) < 2 or not place.body:
        return None  # a town the chain places ("Whitby, Ontario") stays as written
    listed = [
        c.place for c in res.candidates[:_LISTED_READINGS] if c.how != "fuzzy" and c.place.kind == "city"
    ]
    if len(listed) < 2:
        return None
    chain = {city_text, place.city}
    names = {m.group("name") or m.group("written") for m in _division_phrase().finditer(place.body)} - chain
    codes = dict.fromkeys(p.country_code for p in listed)
    for name in names:
        for code in codes:
            inside = _inside_division(name, code, listed, gazetteer)
            if inside is None:
                continue
            if inside.geonames_id == res.city.geonames_id:
                return replace(res, ambiguous=False) if res.ambiguous else None
            return _read_as(res, inside, gazetteer)
    return None


def _read_as(res: Resolution, town: Place, gazetteer: Gazetteer) -> Resolution:
    """RES settled on TOWN, another of its readings, with TOWN's own division and country."""
    return replace(
        res,
        city=town,
        admin1=gazetteer.admin1_by_code(town.country_code or "", town.admin1_code or ""),
        country=gazetteer.country_by_code(town.country_code or ""),
        admin2=None,
        ambiguous=False,
    )


def _inside_division(name: str, code: str | None, listed: list[Place], gazetteer: Gazetteer) -> Place | None:
    """The one reading that lies in the division NAME of country CODE: a first-level one by its code, a
    county near its centre."""
    state = gazetteer.admin1(name, code)
    county = None if state else gazetteer.admin2(name, code)
    if state is not None:
        inside = [p for p in listed if p.division == state.division]
    elif county is not None:
        inside = [p for p in listed if p.division == county.division and km(p, county) <= _NEAR_KM]
    else:
        return None
    return inside[0] if len(inside) == 1 else None


@cache
def _division_phrase() -> re.Pattern[str]:
    name = r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}"
    before = alternation(words("place", "division_phrase_prepositions_cased"))
    after = alternation(words("place", "division_phrase_nouns_cased"))
    return re.compile(
        rf"(?:(?<![\w-])(?:{before}) (?P<name>{name})(?![\w'’-]| [A-Z]| (?:{after})\b)"
        rf"|(?<![\w-])the (?P<written>{name}) (?:{after})\b)"
    )


_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def _in_named_division(
    res: Resolution, place: PlaceText, gazetteer: Gazetteer, *, own_name: bool = True
) -> Resolution | None:
    """The reading of an ambiguous town that lies in a state or province its own sentence names outside the
    place chain ("Southland farmers rally ... in Gore" is New Zealand's Gore; "the Mississippi Gulf Coast Band
    Festival in Gulfport" Mississippi's): the one reading there, or None. A division named in another
    sentence may tell of another matter: it only settles the reading chosen (`_settled_by_mention`). OWN_NAME:
    a division named like the town counts too ("Nelson City Council" names New Zealand's Nelson region)."""
    if res.city is None or not res.ambiguous or not place.city:
        return None
    listed = [c.place for c in res.candidates[:_LISTED_READINGS] if c.how != "fuzzy"]
    own = next((s for s in _SENTENCE_BREAK.split(place.body or "") if place.city in s), "")
    # Not the chain's own names: "in Guadalupe, Mexico" names a country, not the State of Mexico.
    chain = {place.city, *place.parents, *place.context}
    words_ = [m for m in mentions(own) if m not in chain and not gazetteer.country(m)]
    divisions = [
        d
        for m in words_
        for w in dict.fromkeys((m, m.split()[0]))
        if (own_name or fold(w) != fold(place.city)) and (d := gazetteer.admin1(w))
    ]
    for division in divisions:
        inside = [p for p in listed if p.division == division.division]
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


def _bodies_named(text: str) -> tuple[str, ...]:
    """The bodies TEXT names by a name ending in an organisation's word ("North Yorkshire Council")."""
    org = words("people", "org_words")
    return tuple(n for n in mentions(text) if n.rpartition(" ")[2].lower() in org)


def _namesake_in_its_country(rival: Place, place: PlaceText, gazetteer: Gazetteer) -> Resolution | None:
    """The town read again with RIVAL's country as its parent, where that finds RIVAL itself, as settled;
    None otherwise: the one re-reading of the rules that pick a namesake (nationality, usage, a county)."""
    country = gazetteer.country_by_code(rival.country_code or "")
    if country is None:
        return None
    query = PlaceQuery(
        city=place.city, parents=(country.name,), sublocation=place.sublocation, context=place.context
    )
    found = gazetteer.resolve(query)
    if found.city is None or found.city.geonames_id != rival.geonames_id:
        return None
    return replace(found, ambiguous=False)


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
    if _countries_named(mentions(place.body), gazetteer):
        return None  # a country written: the caption says where
    (code,) = titled
    best = res.candidates[0]
    rival = next(
        (c for c in res.candidates[1:_LISTED_READINGS] if c.place.country_code == code and c.how != "fuzzy"),
        None,
    )
    if rival is None or best.score - rival.score > _NATIONALITY_MARGIN:
        return None
    return _namesake_in_its_country(rival.place, place, gazetteer)


# A town read outside the countries the caption's usage points to yields only to a namesake within them
# scoring at most this much lower: Elgin, Illinois, outscores Moray's by 0.3, Whitby, Ontario, Yorkshire's by
# 0.5; Portland, Oregon, outscores Dorset's by 0.9, and a British page's "in Portland" may well be Oregon's.
_USAGE_MARGIN = 0.6


def _of_usage(res: Resolution, place: PlaceText, gazetteer: Gazetteer) -> Resolution | None:
    """The reading of a town in the countries whose usage the caption writes, where the town read lies
    outside them and no country is written: "Butcher Alan Fraser outside his shop on Elgin's High Street.
    Picture: Name" is Moray's Elgin, not Illinois'. Still flagged where two of those countries have one of
    the name (Hamilton in New Zealand and Scotland)."""
    codes = place.usage_countries
    if res.city is None or not codes or not res.candidates or res.city.country_code in codes:
        return None  # no such usage written, or the town read agrees: most captions
    top = res.candidates[0].score
    rivals = [
        c.place
        for c in res.candidates[1:_LISTED_READINGS]
        if c.how != "fuzzy"
        and c.place.kind == "city"
        and c.place.country_code in codes
        and top - c.score <= _USAGE_MARGIN
    ]
    found = _namesake_in_its_country(rivals[0], place, gazetteer) if rivals else None
    if found is None:
        return None
    others = {rival.country_code for rival in rivals[1:]} - {rivals[0].country_code}
    if not others:
        return found
    # Whitby in England and in New Zealand: the readings in the other usage countries stay listed, for the
    # doubt to name them (the query placed in one country holds none of them).
    listed = {c.place.geonames_id for c in found.candidates}
    kept = tuple(
        c for c in res.candidates if c.place.country_code in others and c.place.geonames_id not in listed
    )
    return replace(found, ambiguous=True, candidates=(*found.candidates, *kept))


@cache
def _demonym_countries() -> dict[str, str]:
    return rules("place")["demonym_countries"]


@cache
def _titled_nationality() -> re.Pattern[str]:
    # Before a capitalised word: "Irish President", "Scottish First Minister", "Scottish Parliament"; not
    # "British tourists" or "Australian swimmers", who are often abroad.
    return re.compile(rf"(?<![\w-])({alternation(_demonym_countries())}) (?=[A-Z][a-z])")


def _outlet_home(credit_line: str | None) -> str | int | None:
    """The place a paper or regional agency named in the credit line serves: "Name/Yorkshire Post" (a
    division or country), or a town's paper's town by its GeoNames id ("RAVI SANDHU/WINDSOR STAR")."""
    if not credit_line:
        return None
    found = _outlets().search(credit_line)
    return _outlet_homes()[found.group().casefold()] if found else None


def _page_label_home(text: str | None) -> str | None:
    """The home of the news site whose own label TEXT prints with the picture: "Image source, " (BBC)."""
    if not text:
        return None
    return next((home for label, home in rules("credit")["page_label_homes"].items() if label in text), None)


def _usage_home(place: PlaceText, text: str | None) -> str | None:
    """The one country whose local usage the caption TEXT writes, in its credit too, for a town it names:
    "Sebastopol CFA volunteers" are Australia's, "Kenora OPP" Canada's (`usage_homes`)."""
    if not (place.city or place.own_town or place.modifiers) or place.parents:
        return None  # no town to settle, or a division or country written: most captions, asked no more
    found = _usage_words().search(text or place.body)
    return rules("credit")["usage_homes"][found.group()] if found else None


def _usage_countries(place: PlaceText, text: str | None) -> tuple[str, ...]:
    """The countries whose shared local usage the caption TEXT writes, for a town it names: "Picture: Name"
    is British, Irish, Australian, New Zealand or South African (`usage_countries`); () if none."""
    if not (place.city or place.own_town or place.modifiers):
        return ()  # no town to settle: most captions, asked no more
    found = _shared_usage_words().search(text or place.body)
    return tuple(rules("credit")["usage_countries"][found.group()]) if found else ()


@cache
def _shared_usage_words() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w&])(?:{alternation(rules('credit')['usage_countries'])})(?!(?<=\w)\w)")


@cache
def _usage_words() -> re.Pattern[str]:
    # Whole words as written; a key may open or close on a sign ("| Photo Credit:", "Photo / "), beside which
    # a word may stand.
    keys = alternation(rules("credit")["usage_homes"])
    return re.compile(rf"(?<![\w&])(?:{keys})(?!(?<=\w)[\w&])")


@cache
def _outlet_homes() -> dict[str, str | int]:
    tables = rules("place")
    homes: dict[str, str | int] = {name.casefold(): home for name, home in tables["outlet_homes"].items()}
    homes.update((name.casefold(), town) for name, town in tables["outlet_towns"].items())
    return homes


@cache
def _outlets() -> CaselessWords:
    # The names are case-folded: searched case-sensitively in the lower-cased text (`CaselessWords`).
    source = rf"(?<![\w.-])(?:{alternation(_outlet_homes())})(?![\w-])"
    return CaselessWords(re.compile(source, re.IGNORECASE), source)


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


def _town_in_named_division(
    place: PlaceText, gazetteer: Gazetteer, *, written_only: bool = False
) -> str | None:
    """A town the caption names (WRITTEN_ONLY: the place written right before the division) that lies, found
    exactly, in the first-level division the city text names."""
    if place.city is None:
        return None
    division = gazetteer.admin1(place.city)
    if division is None:
        return None
    # "em Porto Alegre, no Rio Grande do Sul": the place written right before the division first, before a
    # district the caption names ("do bairro Sarandi") that is also a town in it.
    written: tuple[str, ...] = (place.sublocation,) if place.sublocation else ()
    named = written if written_only else (*written, *mentions(place.body))
    for name in dict.fromkeys(named):
        if fold(name) == fold(place.city) or gazetteer.country(name) or gazetteer.admin1(name):
            continue
        res = gazetteer.resolve(PlaceQuery(city=name, parents=(place.city,), context=place.context))
        town = res.city
        if (
            town is not None
            and res.candidates
            and res.candidates[0].how == "exact"
            and town.division == division.division
            and not _named_after_part_of_town(place, name, town, division, gazetteer)
        ):
            return name
    return None


# A part of the town a division is named after lies near its centre (PART_OF_TOWN_KM) and holds a small share
# of its people (Copacabana: 6 km, 2% of Rio's); Pikine, 10 km from Dakar's centre with a third of its
# people, is a town.
_PART_OF_TOWN_SHARE = 0.1


def _named_after_part_of_town(
    place: PlaceText, name: str, town: Place, division: Place, gazetteer: Gazetteer
) -> bool:
    """ "na praia de Ipanema, no Rio de Janeiro": a name near the town the division is named after, read
    from a venue's name or elsewhere in the sentence, is a part of that town (Ipanema, a district of Rio),
    not a town of the division; "em Niterói, no Rio de Janeiro", the place written alone before the
    division, is a town."""
    if fold(place.sublocation or "") == fold(name):
        return False
    same_named = next(
        (c.place for c in gazetteer.candidates(place.city or "", *division.division) if c.how == "exact"),
        None,
    )
    return (
        same_named is not None
        and km(town, same_named) <= PART_OF_TOWN_KM
        and town.population < _PART_OF_TOWN_SHARE * same_named.population
    )


def _country_holds(country: Place | None, written: str, code: str | None, gazetteer: Gazetteer) -> bool:
    """Whether COUNTRY, as the caption writes it (WRITTEN), holds a town of country CODE: itself or a land
    it holds, or either of the two countries a name they share means ("Goma, eastern Congo")."""
    return (
        country is not None
        and code is not None
        and (_holds(country.country_code, code) or code in gazetteer.shared_country_codes(written))
    )


def _countries_named(names: Iterable[str], gazetteer: Gazetteer) -> list[Place]:
    """The countries among names the caption writes ("Ukraine", "U.S."; a stop after one is no matter), each
    once, in the order written: the one way the locate stage asks "does the caption name a country?"."""
    named = {c.geonames_id: c for name in names if (c := gazetteer.country(name)) is not None}
    return list(named.values())


def _named_countries(place: PlaceText, gazetteer: Gazetteer) -> list[Place]:
    """The countries the caption names by name, its loose names' first, in the order written."""
    return _countries_named((*place.loose, *mentions(place.body)), gazetteer)


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


def _province_of(res: Resolution, place: PlaceText, gazetteer: Gazetteer) -> str | None:
    """Where a country's provinces are its second-level divisions (the Philippines: regions first), the
    province the caption writes, in the town's region: "in Malolos, Bulacan province" is in Bulacan, not
    "Central Luzon". None where the caption writes none, or the country is another."""
    where = res.city or res.admin2 or res.admin1
    if where is None or where.country_code not in words("place", "provinces_second_level_cased"):
        return None
    if res.admin2 is not None and (res.city is None or res.city.admin1_code == res.admin2.admin1_code):
        return res.admin2.name
    for parent in place.parents:
        province = gazetteer.admin2(parent, where.country_code, where.admin1_code)
        if province is not None:
            return province.name
    return None


def _country_of_namesake_town(res: Resolution, gazetteer: Gazetteer) -> Place | None:
    """The country of the town a division the gazetteer lacks is named after, where the gazetteer knows a
    town of that exact name in one country only: "in Hsinchu County" lies in Taiwan, as Hsinchu does."""
    if res.city is not None or res.country is not None:
        return None
    for name in res.not_found:
        head, _, noun = name.rpartition(" ")
        if not head or noun.casefold() not in words("place", "region"):
            continue
        codes = {c.place.country_code for c in gazetteer.candidates(head) if c.how == "exact"}
        if len(codes) == 1 and (code := codes.pop()):
            return gazetteer.country(code, codes=True)
    return None


def _town_of_described_country(place: PlaceText, res: Resolution, gazetteer: Gazetteer) -> Resolution | None:
    """ "in Victoria, the capital of Seychelles", "in Hamilton, the capital of Bermuda": a town with no
    parents, which a description after it places in a country, is that country's town of the name, not a
    namesake division or town elsewhere (Victoria, Australia; Hamilton, Ontario). Exactly spelt, and only
    where the resolution lies in no country the description names."""
    found = res.city or res.admin1
    if place.city is None or place.parents or found is None:
        return None
    # Not the agency's home, which joins the context as a guess (`with_home_country`), not as the caption's.
    written = (text for text in place.context if text != place.home_country)
    countries = [c for text in written if (c := gazetteer.country(text)) is not None]
    if not countries or any(_holds(c.country_code, found.country_code) for c in countries):
        return None
    for country in countries:
        exact = tuple(
            c
            for c in gazetteer.candidates(place.city, country.country_code)
            if c.how in ("exact", "alternate") and c.place.kind == "city"
        )
        if exact:
            return Resolution(city=exact[0].place, candidates=exact, ambiguous=len(exact) > 1)
    return None


def capital_shown(place: PlaceText, gazetteer: Gazetteer) -> Place | None:
    """ "in the capital on Tuesday. (PTI Photo)", "in the Kenyan capital", "in Kenya's capital": where the
    place phrase names no town, the capital of the country the caption writes, of the nationality before
    the word, or else of the national agency's or paper's home; None where none is told ("in the capital"
    from AP) or a division's capital is meant ("the state capital")."""
    if place.city is not None or "capital" not in place.body:
        return None
    m = _capital_phrase().search(place.body)
    if m is None:
        return None
    if place.parents:
        # "in Kenya's capital": the country read is the capital's; a division read ("the capital of Punjab")
        # is no country's.
        country = gazetteer.country(place.parents[0]) if len(place.parents) == 1 else None
    elif m["nationality"]:
        country = gazetteer.country_by_code(_demonym_countries()[m["nationality"]])
    else:
        country = _home_country(place, gazetteer)
    return gazetteer.capital(country.country_code) if country and country.country_code else None


@cache
def _capital_phrase() -> re.Pattern[str]:
    # In the capital, not near or outside it: "outside the capital" is another town.
    locatives = alternation(words("place", "capital_locatives_cased"))
    qualifiers = alternation(words("place", "national_capital_qualifiers_cased"))
    nationalities = alternation(_demonym_countries())
    return re.compile(
        rf"\b(?:{locatives}) "
        rf"(?:the (?:(?:{qualifiers}) |(?P<nationality>{nationalities}) )?|[A-Z][\w-]*['’]s )capital\b"
    )
