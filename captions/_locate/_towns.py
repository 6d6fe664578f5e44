"""Towns a name may be named after or hold, and towns named outside the chain (a subject, a modifier)."""

from __future__ import annotations

import re
from functools import cache

from gazetteer import Gazetteer, Place, PlaceQuery, Resolution

from .._distance import km
from .._fold import fold
from .._parse import PlaceText, is_facility, is_head_first, mentions
from .._parse._names import is_given_name
from .._parse._place._mentions import OWN_TOWN_PLAYER, OWN_TOWN_TEAM
from .._regex import alternation
from .._rules import words
from ._country import _settled_by_mention
from ._geo import _holds


def town_prefixes(name: str) -> tuple[str, ...]:
    """Leading capitalised words of a facility name, longest first: the towns it may be named after.

    "Alchevsk Metallurgical Complex" → ("Alchevsk Metallurgical", "Alchevsk"); "Newport News
    Shipbuilding" → ("Newport News", "Newport").
    """
    tokens: list[str] = []
    for i, token in enumerate(split := name.split()):
        if not token[:1].isupper():
            break
        if token.endswith(("'s", "’s")) and is_facility(" ".join(split[i + 1 :])):
            # "Keswick's Market Square": the town's possessive before its site ends the name it may be.
            return (" ".join([*tokens, token[:-2]]),)
        tokens.append(token)
    if tokens and len(tokens) == len(name.split()):
        tokens = tokens[:-1]
    return tuple(" ".join(tokens[:n]) for n in range(len(tokens), 0, -1))


def named_after_street(name: str) -> bool:
    """Whether a facility's name holds a street's, its noun or the noun's short form then a place's noun:
    "Dublin St Bridge", "George Street Mall" (not "Leeds St James's Hospital", a saint's)."""
    tokens = name.split()
    nouns = words("place", "street_name_nouns_cased")
    short = words("place", "street_name_abbreviations_cased")
    return any(
        0 < i < len(tokens) - 1 and (token in nouns or (token in short and is_facility(tokens[i + 1])))
        for i, token in enumerate(tokens)
    )


def _town_suffixes(name: str) -> tuple[str, ...]:
    """Trailing capitalised words of a name the gazetteer lacks, longest first: "Expo City Dubai" may be a
    place in Dubai."""
    tokens = name.split()
    if len(tokens) < 2 or not all(t[:1].isupper() for t in tokens):
        return ()
    return tuple(" ".join(tokens[n:]) for n in range(1, min(len(tokens), 3)))


def _of_tail(name: str) -> tuple[str, ...]:
    """ "Centro Histórico de Ciudad de México" may name a place in "Ciudad de México"; so may "Zócalo de la
    Ciudad de México", an article between."""
    m = re.search(r"\s(?:of|de|di|du|del)\s+(?:(?:la|le|les|las|los)\s+)?(?=[A-Z])", name)
    if m is None:
        return ()
    # "Notre-Dame de Paris cathedral", "Les Halles de Biarritz covered market": English puts its noun after a
    # French name; the town is before it.
    return (_LOWER_TAIL.sub("", name[m.end() :]),)


# Lower-case words closing a name after its capitalised ones: "covered market" of "Halles de Biarritz covered
# market" (not "-sur-Mer"'s or an article's: the name runs on from a capital).
_LOWER_TAIL = re.compile(r"(?:\s+[a-zà-ÿ][\w'’-]*)+$")


def elided_of_tail(name: str) -> tuple[str, ...]:
    """ "la préfecture d'Agen", "la mairie d'Évreux": French "de" elided before a vowel; the town only where
    the caption writes a division beside it (the caller's check), since "le musée d'Orsay" is no town's."""
    m = _ELIDED_OF.search(name)
    return (name[m.end() :],) if m else ()


_ELIDED_OF = re.compile(r"\sd['’](?=[A-ZÀ-Þ])")


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
        if (
            country is not None
            and not _holds(country.country_code, city.country_code)
            and city.country_code not in gazetteer.shared_country_codes(parent)  # "Goma ... eastern Congo"
        ):
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
        # "the port of La Restinga", "the village of Sóller": a name the caption calls a town is one, however
        # small.
        called = _called_a_town(name, place.body)
        # "after a storm battered Lismore, New South Wales": a name written right before the chain's first
        # parent, with only a comma between, is the town the chain is of, however small (as after "in"); not
        # a site's name ("at Wainui Beach, Gisborne": a beach of Gisborne, though a village bears its name).
        # So is one written right before the chain's own phrase: "in Cisolok, in the Sukabumi district of West
        # Java province" (a village, then the district and province it lies in).
        chained = not is_facility(name) and (
            (bool(place.parents) and f"{name}, {place.parents[0]}" in place.body)
            or (bool(place.text) and f"{name}, {place.text}" in place.body)
        )
        town = _town_as_written(
            res, 0 if called or chained or _written_near(name, place.body) else _MIN_TOWN_POPULATION
        )
        if (
            town is not None
            and _agrees(town, place.parents, gazetteer)
            and all(gazetteer.country(p) or gazetteer.admin1(p) for p in place.parents)
        ):
            return res, name
    return None


@cache
def _town_noun_of() -> re.Pattern[str]:
    """A noun of a settlement and "of": "port of ", "fishing village of "."""
    return re.compile(rf"\b(?:{alternation(words('place', 'town_nouns_of_cased'))}) of ")


def _called_a_town(name: str, body: str) -> bool:
    """Whether the caption writes NAME after a noun of a settlement and "of": "the port of La Restinga"."""
    # The nouns' pattern is compiled once and NAME tested where each "noun of " ends: a pattern holding the
    # caption's own name was compiled afresh for every name (issue 16). No noun holds " of ", so each such
    # phrase ends where the longer noun's would ("fishing village of", "village of").
    if f" of {name}" not in body:
        return False
    for m in _town_noun_of().finditer(body):
        end = m.end() + len(name)
        if body.startswith(name, m.end()) and _word_char(body[end - 1 : end]) != _word_char(
            body[end : end + 1]
        ):
            return True
    return False


def _word_char(char: str) -> bool:
    """Whether CHAR is a word character as the regex engine's "\\b" reads it (no character: not one)."""
    return char.isalnum() or char == "_"


def _written_near(name: str, body: str) -> bool:
    """Whether the caption writes NAME right after a word of `near`, as a town's name ("burned forest near
    Limni on the island of Evia", "un incendie près de Gonfaron"), not a person's ("stands near Biden"): a
    village, however small."""
    return written_after(name, body, words("place", "near")) and not is_given_name(name.split()[0])


# What makes a name the head of a longer one: a letter run on, or a capitalised word after it.
_LONGER_NAME = re.compile(r"\w|\s+[A-ZÀ-Þ]")


def written_after(name: str, body: str, before: frozenset[str] | set[str], *, alone: bool = False) -> bool:
    """Whether BODY writes NAME right after one of the words BEFORE (in lower case), a space between; with
    ALONE, as a whole name there, not the head of a longer one ("in Kursk Region")."""
    at = body.find(name)
    while at > 0:
        head = body[:at].rstrip().lower()
        if (
            at > len(head)
            and any(head.endswith(w) and not head[-len(w) - 1 : -len(w)].isalnum() for w in before)
            and not (alone and _LONGER_NAME.match(body, at + len(name)))
        ):
            return True
        at = body.find(name, at + 1)
    return False


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
        if _town_as_written(res, _MIN_MODIFIER_POPULATION) is not None:
            return name
    return None


def _modifier_town_at_home(place: PlaceText, gazetteer: Gazetteer) -> str | None:
    """ "Hove beach huts (Name/PA)", "Manly ferry wharf. Picture: Name/SMH": a town named as a modifier, too
    small for one read anywhere, found as written in the home of the national agency or paper, which writes
    its own towns so; of the size a town read off a facility needs. Not where a site is read: its own town
    decides ("Ludlow's new mayor ... outside Ludlow Assembly Rooms")."""
    if not place.home_country or place.sublocation:
        return None
    for name in place.modifiers:
        res = gazetteer.resolve(PlaceQuery(city=name, parents=(place.home_country,), context=place.context))
        if not res.not_found and _town_as_written(res, _MIN_TOWN_POPULATION) is not None:
            return name
    return None


def modifier_town_in_its_division(place: PlaceText, gazetteer: Gazetteer) -> str | None:
    """ "Carrigaline's new skate park was opened by Cork County Council": a town whose possessive opens the
    caption, too small for a modifier read anywhere, whose division or county the caption names, and no
    rival's: the division settles it as it settles a town read elsewhere (`_settled_by_mention`). Of the size
    a local page's own town needs; not a possessive opening with a given name ("Shannon's new library")."""
    for name in place.modifiers:
        if is_given_name(name.split()[0]) or not place.body.startswith((f"{name}'s ", f"{name}’s ")):
            continue  # a town's service ("Paducah firefighters") may work out of town
        res = gazetteer.resolve(PlaceQuery(city=name, context=place.context))
        town = _town_as_written(res, _OWN_TOWN_POPULATION)
        if town is None or res.candidates[0].how != "exact":
            continue
        body_mentions = mentions(place.body)
        if _settled_by_mention(res, tuple(m for m in body_mentions if m != name), name, gazetteer):
            return name
        country = _irish_county_named(body_mentions, gazetteer)
        if (
            country is not None
            and town.country_code == country.country_code
            and not any(
                c.how == "exact"
                and c.place.geonames_id != town.geonames_id
                and c.place.country_code == town.country_code
                for c in res.candidates
            )
        ):
            # GeoNames lacks most of Ireland's counties: the county's country, with no rival of the name in
            # it, stands for the county (as for a site named after its town, `town_of_irish_site`).
            return name
    return None


def _irish_county_named(body_mentions: tuple[str, ...], gazetteer: Gazetteer) -> Place | None:
    """The country of the first county of Ireland the caption names, as "Co Cork" or as its council's
    "Cork County Council", or None."""
    for mention in body_mentions:
        if (country := irish_county_country(mention, gazetteer)) is not None:
            return country
        first, _, rest = mention.partition(" ")
        if rest.startswith("County ") and first in _irish_counties():
            return gazetteer.country(_irish_counties()[first], codes=True)
    return None


# A local page's own town named at the caption's head ("Stornoway's harbour master", "Kinsale lifeboat crew")
# is read as written down to this size, under the 100,000 a modifier needs anywhere: the people or body it
# qualifies say it is a town; below it a town's name is as often a word or a surname.
_OWN_TOWN_POPULATION = 2_000


def own_town_read(place: PlaceText, gazetteer: Gazetteer) -> tuple[str, str] | None:
    """The town a local page names as its own ("Orange mayor Tony Mirabella", "Galway City Council chief
    executive") and why it is in doubt ("" if not): the first reading the gazetteer holds as written, of the
    size above; none where the caption names another country than the town's, or a known landmark as the
    place shown."""
    if place.sublocation and gazetteer.landmark(place.sublocation) is not None:
        return None  # "Fremantle's Sam Switkowski ... at Optus Stadium": a known ground places itself (Perth)
    for name, doubt in place.own_town:
        res = gazetteer.resolve(PlaceQuery(city=name, context=place.context))
        town = _town_as_written(res, _OWN_TOWN_POPULATION)
        if town is None or res.candidates[0].how != "exact":
            continue  # "Galway City Council": "Galway City" is another name of Galway, which the run holds
        if doubt in (OWN_TOWN_PLAYER, OWN_TOWN_TEAM):
            if not place.sublocation:
                return None  # "Liverpool fans sing", "Arsenal's Bukayo Saka has been out": no ground, no town
            if name in place.sublocation or not _opponent().search(place.body):
                # "Salford Red Devils' Ryan Brierton ... at the Salford Community Stadium"; "Tralee Dynamos
                # players celebrate ... at Mounthawk Park": no side played is named, the team is at home.
                doubt = ""
        if any(
            (country := gazetteer.country(m)) is not None and country.country_code != town.country_code
            for m in mentions(place.body)
        ):
            return None  # "Orange mayor ... meets his French counterpart": another country named, in doubt
        return name, doubt
    return None


@cache
def _opponent() -> re.Pattern[str]:
    """A word naming the side a team plays, before a capitalised name ("against Derry City", "v Dundalk",
    "beat Tyrone"), or a derby (place.toml `own_town_opponent_words_cased`)."""
    opponent = alternation(words("place", "own_town_opponent_words_cased"))
    return re.compile(rf"\b(?:{opponent})(?:\s+(?:the\s+)?[A-Z]|(?<=derby)\b)")


def site_owner_named_like_its_division(place: PlaceText, gazetteer: Gazetteer) -> str | None:
    """ "Surfers at Gisborne's Waikanae Beach": a site's owner, read as a division, that names a town of that
    division named like it (New Zealand's Gisborne and Nelson): a site is owned by its town, not its region.
    None where no town is read so, or the owner is not written as the site's possessive."""
    owner, site = place.parents[0], place.sublocation or ""
    if not site or not any(f"{owner}{mark} {site}" in place.body for mark in ("'s", "’s")):
        return None
    res = gazetteer.resolve(PlaceQuery(city=owner, parents=place.parents, context=place.context))
    town = res.city
    if town is None or town.admin1_name is None or fold(town.admin1_name) != fold(owner):
        return None
    return owner


def town_of_a_name_before(place: PlaceText, gazetteer: Gazetteer) -> str | None:
    """ "Members of the Cobh Camera Club ... in the Sirius Arts Centre", "at Grimsby Fish Market on Alexandra
    Dock": a town the caption writes exactly as the attribute of a body's or a site's name, before the site
    read, whose own name opens with a given name (a person's it is named after, not a town's) or is a street's
    ("the Paisley Foodbank on Causeyside Street"), or of a town's own event before a street ("Ivybridge
    Carnival ... along Fore Street"); the town, of a local page's own town's size, or None."""
    site = place.sublocation or ""
    opening = site.partition(" ")[0]
    street = site.rpartition(" ")[2] in words("place", "street_name_nouns_cased")
    if not opening or not (street or is_given_name(opening)):
        return None
    at = place.body.find(site)
    org_words = words("people", "org_words")
    events = words("place", "town_event_names_cased")
    for mention in mentions(place.body[:at] if at > 0 else ""):
        tokens = mention.split()
        if len(tokens) < 2 or not (
            is_facility(tokens[-1]) or tokens[-1].lower() in org_words or (street and tokens[-1] in events)
        ):
            continue
        if tokens[0] == opening or is_given_name(tokens[0]):
            continue
        res = gazetteer.resolve(PlaceQuery(city=tokens[0], parents=place.parents, context=place.context))
        if _town_as_written(res, _OWN_TOWN_POPULATION) is not None and res.candidates[0].how == "exact":
            return tokens[0]
    return None


def _owner_town(place: PlaceText, gazetteer: Gazetteer) -> bool:
    """Whether the town whose possessive opens the subject ("Shanghai's skyline") is a big town as written."""
    res = gazetteer.resolve(PlaceQuery(city=place.owner, context=place.context))
    return _town_as_written(res, _MIN_MODIFIER_POPULATION) is not None


def _modifier_town_in(place: PlaceText, gazetteer: Gazetteer) -> str | None:
    """A town named as a modifier ("the Tripoli port") found as written in the country the caption reads."""
    for name in place.modifiers:
        res = gazetteer.resolve(PlaceQuery(city=name, parents=place.parents, context=place.context))
        if _town_as_written(res, 0) is not None and name not in res.not_found:
            return name
    return None


# A site named after its town, a capitalised name before a noun in lower case: "Dingle harbour", "Kelso
# racecourse", "Tewkesbury Abbey grounds" is none (the name goes on); or before a facility's noun,
# capitalised: "Canterbury Cathedral".
# One word in lower case may say what kind the site is: "the Kochi fishing harbour in Kerala".
_SITE_OF_TOWN = re.compile(
    r"^(?P<town>[A-Z][\w'’-]+) "
    r"(?:(?P<noun>[a-z][\w-]*|[A-Z][a-z-]+)|[a-z][\w-]* (?P<kind_noun>[a-z][\w-]*))$"
)
# How far from a county's point a town of it may lie: the size of a large county.
_COUNTY_TOWN_KM = 100.0


def _site_of_town(sublocation: str | None) -> tuple[str, str] | None:
    """The town a site is named after and the site's noun ("Dingle harbour": Dingle, harbour), or None."""
    m = _SITE_OF_TOWN.match(sublocation or "")
    if m is None:
        return None
    noun = m["noun"] or m["kind_noun"]
    if noun[:1].isupper() and not is_facility(noun):
        return None  # "Canterbury Cathedral in Kent": a capitalised noun only where it is a facility's
    return m["town"], noun


# A small town read off a site named after it lies this near a big town the caption names: a seaside suburb
# or a harbour town of it ("Glenelg beach ... as Adelaide sweltered").
_SITE_TOWN_NEAR_KM = 50.0


def site_town_near_a_named_town(town_text: str, place: PlaceText, town: Place, gazetteer: Gazetteer) -> bool:
    """ "Swimmers at Glenelg beach on Sunday as Adelaide sweltered": a town too small for one read off a
    site's name, whose site is named after it with a noun in lower case ("Glenelg beach", "Mevagissey
    harbour"), of a local page's own town's size, found near a big town the caption names as written."""
    site = _site_of_town(place.sublocation)
    if (
        site is None
        or site[0] != town_text
        or not site[1][:1].islower()
        or town.population < _OWN_TOWN_POPULATION
    ):
        return False
    for mention in mentions(place.body):
        if town_text in mention:
            continue
        big = _town_as_written(gazetteer.resolve(PlaceQuery(city=mention)), _BIG_TOWN_POPULATION)
        if big is not None and km(big, town) <= _SITE_TOWN_NEAR_KM:
            return True
    return False


def _town_naming_site(place: PlaceText, gazetteer: Gazetteer) -> str | None:
    """ "Dingle harbour in Co Kerry", "Kelso racecourse in the Scottish Borders": a site named after its
    town, in a county written where the town would be, is in that town, if the gazetteer finds the town as
    written in the county."""
    site = _site_of_town(place.sublocation)
    if site is None or not place.city:
        return None
    name, noun = site
    division = gazetteer.resolve(PlaceQuery(city=place.city, parents=place.parents, context=place.context))
    county = division.admin2 or division.admin1
    if division.city is not None or county is None:
        return None
    query = PlaceQuery(city=name, parents=(place.city, *place.parents), context=place.context)
    # A capitalised noun closes many a name of a part of a town ("Waseda University" is no town's): only a
    # town of some size, named as written, is taken from one.
    capitalised = noun[:1].isupper()
    town = _town_as_written(gazetteer.resolve(query), _MIN_TOWN_POPULATION if capitalised else 0)
    if town is None or (capitalised and town.name != name):
        return None
    # In a county, near its point; in a state (too large for a distance), in it.
    if division.admin2 is None and county.kind == "admin1":
        inside = town.country_code == county.country_code and town.admin1_code == county.admin1_code
    else:
        inside = km(town, county) <= _COUNTY_TOWN_KM
    return name if inside else None


@cache
def _irish_counties() -> dict[str, str]:
    """The counties of the island of Ireland, each to the ISO code of its country: the Republic's 26 from ISO
    3166-2:IE, Northern Ireland's six, which ISO does not list, from place.toml."""
    import pycountry  # only for a name opening with "Co" or "County": its import costs 24 ms at start-up

    counties = {s.name: "IE" for s in pycountry.subdivisions if s.country_code == "IE" and s.type == "County"}
    return counties | dict.fromkeys(words("place", "northern_irish_counties_cased"), "GB")


@cache
def _irish_county_prefixes() -> tuple[str, ...]:
    return tuple(f"{prefix} " for prefix in words("place", "irish_county_prefixes_cased"))


@cache
def _irish_county() -> re.Pattern[str]:
    prefixes = alternation(words("place", "irish_county_prefixes_cased"))
    return re.compile(rf"(?:{prefixes}) (?P<county>{alternation(_irish_counties())})")


def _irish_county_written(name: str) -> str | None:
    """The county of Ireland NAME writes with "Co", "Co." or "County" before it ("Co Wicklow": Wicklow), or
    None."""
    if not name.startswith(_irish_county_prefixes()):
        return None
    m = _irish_county().fullmatch(name)
    return m["county"] if m else None


def irish_county_country(name: str, gazetteer: Gazetteer) -> Place | None:
    """The country of a county of Ireland written with "Co", "Co." or "County" before it ("Co Wicklow",
    "Co. Cork"), or None."""
    county = _irish_county_written(name)
    return gazetteer.country(_irish_counties()[county], codes=True) if county else None


def irish_county_named(name: str) -> str | None:
    """ "County Kildare" for "Co Kildare", "Co. Kildare" or "County Kildare": a county of Ireland written with
    its prefix, spelt as the desks of both Irelands file it, or None."""
    county = _irish_county_written(name)
    return f"County {county}" if county else None


def town_of_irish_site(sublocation: str | None, country: Place, gazetteer: Gazetteer) -> str | None:
    """ "Bray station, Co Wicklow", "Larne harbour, Co Antrim": a site named after its town, before a county
    of Ireland, is in that town if the gazetteer finds it as written in the county's country (the county
    itself, which GeoNames mostly lacks, cannot narrow it further)."""
    site = _site_of_town(sublocation)
    if site is None:
        return None
    query = PlaceQuery(city=site[0], parents=(country.country_name or country.name,))
    town = _town_as_written(gazetteer.resolve(query), 0)
    return site[0] if town is not None and town.country_code == country.country_code else None


def town_owning_in_irish_county(body: str, country: Place, gazetteer: Gazetteer) -> str | None:
    """ "Castlebar's Mall flooded after rain across Co Mayo", "at the Virginia Show in Co Cavan": with only
    a county of Ireland read as the place, a town the caption names as the owner of a site or an event,
    found as written in the county's country and the only town of its name there (GeoNames lacks most
    counties, which cannot narrow it further). A possessive of a given name is a person's ("Mary's")."""
    for m in _owner_or_event().finditer(body):
        name = m["name"]
        if m["owned"] and is_given_name(name.split()[0]):
            continue
        res = gazetteer.resolve(PlaceQuery(city=name, parents=(country.country_name or country.name,)))
        town = _town_as_written(res, 0)
        if town is None or town.country_code != country.country_code or res.candidates[0].how != "exact":
            continue
        if any(
            c.how == "exact"
            and c.place.country_code == town.country_code
            and c.place.geonames_id != town.geonames_id
            for c in res.candidates
        ):
            continue  # two towns of the name in Ireland: the county would have to say which
        return name
    return None


@cache
def _owner_or_event() -> re.Pattern[str]:
    # "Castlebar's", "the Virginia Show": an event noun capitalised as part of its name.
    nouns = words("place", "own_town_possessed_nouns_cased")
    events = alternation({noun[:1].upper() + noun[1:] for noun in nouns} - {"Council", "Day"})
    return re.compile(rf"\b(?P<name>[A-Z][\w-]+(?: [A-Z][\w-]+)?)(?:(?P<owned>['’]s)\b| (?:{events})\b)")


def _town_as_written(res: Resolution, min_population: int) -> Place | None:
    """The town found, if the gazetteer found it spelt as written (its name or an alternate, no near
    spelling) and it has MIN_POPULATION people or more."""
    town = res.city
    if town is None or not res.candidates or res.candidates[0].how not in ("exact", "alternate"):
        return None
    return town if town.population >= min_population else None


# "de Chinchón", "di Bergamo": a Romance "of" with no article before a name closing a place's name (with
# one, "del Duomo", "de la Moncloa", it names a thing or a part of the town).
_ROMANCE_OF_NAME = re.compile(r"\s(?:de|di|do|da)\s+(?=[A-ZÀ-Þ])")


def _town_a_place_is_named_for(
    sublocation: str, city: Place, city_text: str, gazetteer: Gazetteer
) -> Resolution | None:
    """The town a place is named for ("Plaza Mayor de Chinchón"), where the name written as the town is its
    division's too (Madrid, Ávila, Alicante: provinces named like their capitals) and the town lies in
    that division: the caption wrote the place, then its province in brackets."""
    ends = [m.end() for m in _ROMANCE_OF_NAME.finditer(sublocation)]
    if not ends or not sublocation[:1].isupper():
        return None
    name = sublocation[ends[-1] :]
    if name.casefold() == city_text.casefold():
        return None
    code = city.country_code
    if (
        gazetteer.admin1(city_text, code) is None
        and gazetteer.admin2(city_text, code, city.admin1_code) is None
    ):
        return None
    res = gazetteer.resolve(PlaceQuery(city=name, parents=(city_text,)))
    town = res.city
    if town is None or not res.candidates or res.candidates[0].how not in ("exact", "alternate", "variant"):
        return None
    if town.country_code != code or town.admin1_code != city.admin1_code:
        return None
    # Not a part of the town itself ("Puerta del Sol", "Palacio de la Moncloa": GeoNames' Sol and
    # Moncloa-Aravaca are districts of Madrid): a town of its own, away from the one written.
    return res if km(town, city) > _NAMED_FOR_MIN_KM else None


# How far a town a place is named for lies from the town written, at least, to be a town of its own.
_NAMED_FOR_MIN_KM = 12.0


_TOWN_THEN_CODE = re.compile(r"(?P<town>[A-ZÀ-Þ].*?) (?P<code>[A-Z]{2})")


@cache
def _subdivisions_by_code() -> dict[str, tuple[str, ...]]:
    """ISO 3166-2 subdivision names (pycountry) by the code after the country's: "GR" is Graubünden, ..."""
    import pycountry  # only for a town written with a code after it: its import costs 24 ms at start-up

    by_code: dict[str, list[str]] = {}
    for subdivision in pycountry.subdivisions:
        suffix = subdivision.code.partition("-")[2]
        if len(suffix) == 2 and suffix.isalpha():
            by_code.setdefault(suffix, []).append(subdivision.name)
    return {code: tuple(names) for code, names in by_code.items()}


def town_before_its_code(city: str, gazetteer: Gazetteer) -> tuple[str, str] | None:
    """A town written with its division's ISO 3166-2 code after it and no comma, as Keystone-SDA writes its
    cantons ("in Arosa GR", "in Aarau AG"): the town and the division's name, where the town lies in it."""
    m = _TOWN_THEN_CODE.fullmatch(city)
    if m is None:
        return None
    town = m.group("town")
    for division in _subdivisions_by_code().get(m.group("code"), ()):
        res = gazetteer.resolve(PlaceQuery(city=town, parents=(division,)))
        if res.city is not None and not res.not_found and res.candidates and res.candidates[0].how == "exact":
            return town, division
    return None


# A town this near its province's seat may be a part of it ("Kadikoy district of Istanbul"); one farther off
# is a town of its own ("Marmaris district of Mugla", 40 km off).
_DISTRICT_TOWN_MIN_KM = 25.0


def district_town(place: PlaceText, gazetteer: Gazetteer) -> str | None:
    """ "in Marmaris district of Mugla, Turkiye": where a country's districts carry their town's name, the
    place read within the province's seat is the district's town, if the gazetteer finds it as written in
    the province, of some size and well away from the seat; None otherwise."""
    sub, city = place.sublocation, place.city
    if not sub or not city or f"{sub} district of {city}" not in (place.text or ""):
        return None
    seat = gazetteer.resolve(PlaceQuery(city=city, parents=place.parents, context=place.context)).city
    if seat is None or seat.country_code not in words("place", "district_town_country_codes_cased"):
        return None
    query = PlaceQuery(city=sub, parents=(city, *place.parents), context=place.context)
    town = _town_as_written(gazetteer.resolve(query), _MIN_TOWN_POPULATION)
    if town is None or town.admin1_code != seat.admin1_code or town.country_code != seat.country_code:
        return None
    return sub if km(town, seat) > _DISTRICT_TOWN_MIN_KM else None
