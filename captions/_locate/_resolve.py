"""locate: the place text resolved step by step: the caption's own words, towns a name holds, then the
checks.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from gazetteer import Gazetteer, Place, PlaceQuery, Resolution

from .._distance import km
from .._fold import fold
from .._model import Location, WarningCode
from .._parse import PlaceText, is_facility, is_head_first, mentions
from .._parse._place._lead import named_district
from .._parse._place._mentions import OWN_TOWN_NAME, OWN_TOWN_PLAYER, OWN_TOWN_RUN, OWN_TOWN_TEAM
from .._regex import alternation
from .._rules import phrases, words
from ._country import (
    _at_home,
    _countries_named,
    _country_holds,
    _country_of_namesake_town,
    _divisions_below,
    _home_settles,
    _in_division_phrase,
    _in_named_division,
    _named_countries,
    _namesake_in_its_country,
    _of_nationality,
    _of_usage,
    _province_of,
    _settled_by_mention,
    _town_in_named_division,
    _town_named_like_a_country,
    _town_of_described_country,
    _within_named_country,
    capital_shown,
)
from ._doubts import (
    _WHOLE_CITY_STATE_SHARE,
    _city_state,
    _division_of,
    _doubts,
    _explains,
    _far_fetched,
    _far_from_near,
    _far_from_stated,
    _held_by_another,
    _is_landmark,
    _landmark_country,
    _namesake_outside,
    _outside,
    _own_city,
    _placed_by_bearing,
    _sea_feature,
    _spelt_as_written,
    _stated_km,
    _town_in_own_division,
    _village_alias,
    _wild_area,
    _written_division,
    namesakes_at_home,
    own_city_named_instead,
)
from ._doubts_trust import (
    misspelt_in_its_place,
    namesake_at_home,
    namesake_where_usage_points,
    namesake_where_written_language,
    only_weak_rivals,
    rival_county_named,
    town_of_division_name,
)
from ._geo import _FAR_BIGGER_RATIO, _NEAR_KM, _approximate, _holds, _home_country, _latin_script
from ._towns import (
    _BIG_TOWN_POPULATION,
    _MIN_TOWN_POPULATION,
    _agrees,
    _loose_town,
    _modifier_town,
    _modifier_town_at_home,
    _modifier_town_in,
    _of_tail,
    _owner_town,
    _subject_town,
    _town_a_place_is_named_for,
    _town_as_written,
    _town_naming_site,
    _town_suffixes,
    district_town,
    elided_of_tail,
    irish_county_country,
    irish_county_named,
    modifier_town_in_its_division,
    named_after_street,
    own_town_read,
    site_owner_named_like_its_division,
    site_town_near_a_named_town,
    town_before_its_code,
    town_of_a_name_before,
    town_of_irish_site,
    town_owning_in_irish_county,
    town_prefixes,
    written_after,
)
from ._venue import (
    _city_of_district,
    _district_of_town_after,
    _far_from_town_after,
    _landform,
    _namesake_by_town_after,
    _natural_place,
    _river,
    _route_ends,
    _town_after_venue,
    _town_of_borough,
    _venue_before_town,
    _written_with,
)


def _dateline_at_home(city: Place, place: PlaceText, gazetteer: Gazetteer) -> bool:
    """Whether a town opening the caption before a colon lies in the national agency's own country: Pixsell
    and HINA open their captions so ("Dubrovnik: Turisti ..."), and a person's name is no town at home."""
    home = _home_country(place, gazetteer)
    return home is not None and city.country_code == home.country_code


_PART_OF_NAME = re.compile(r"[a-z]+ (?:de|del|da|do|di|du) ")


@cache
def _part_heads() -> frozenset[str]:
    """The nouns of a part of a town, of one word, in lower case: "barrio", "colonia", "favela"."""
    return frozenset(w for w in words("place", "named_parts") if " " not in w and w.islower())


def _irish_county_read(place: PlaceText, gazetteer: Gazetteer) -> PlaceText:
    """ "Bray station, Co Wicklow", "in Kinsale, Co. Cork": a county of Ireland read as the town or a parent
    is in its country (written after the county, which stays a hint: "Ballina, Co Mayo" is Connacht's); a
    site named after its town before it is in that town."""
    written: list[str] = []
    for parent in place.parents:
        written.append(parent)
        if (of_county := irish_county_country(parent, gazetteer)) is not None:
            written.append(of_county.country_name or of_county.name)
    parents = tuple(dict.fromkeys(written))
    if place.parents != parents:
        place = replace(place, parents=parents)
    country = irish_county_country(place.city, gazetteer) if place.city else None
    if country is None or place.city is None:
        return place
    town = town_of_irish_site(place.sublocation, country, gazetteer) or town_owning_in_irish_county(
        place.body, country, gazetteer
    )
    # With no town, the county alone is no parent: the resolver would read it as a town (Kos, for "Co
    # Wicklow").
    county = (place.city,) if town else ()
    return replace(place, city=town, parents=(*county, country.country_name or country.name, *place.parents))


def locate(place: PlaceText, gazetteer: Gazetteer) -> tuple[Location | None, list[tuple[WarningCode, str]]]:
    """Resolve the place text to a Location with the gazetteer; warn what a desk must check."""
    if place.home_town and place.city is None and not place.parents:
        return _at_home_town(place, gazetteer)
    if place.city is None and not place.parents and not place.sublocation and place.near:
        # "in Hamad area, west of Khan Yunis": the head names no place; the one it is near locates it.
        place = replace(place, city=place.near[0], near=place.near[1:])
    if place.city is None and (capital := capital_shown(place, gazetteer)) is not None:
        # "in the capital on Tuesday. (PTI Photo)", "in the Kenyan capital": the country's capital.
        capital_of = (capital.country_name,) if capital.country_name else place.parents
        place = replace(place, city=capital.name, parents=capital_of)
    if place.city and (coded := town_before_its_code(place.city, gazetteer)) is not None:
        # "Schneefall in Arosa GR": the canton's code is a parent, not a word of the town's name.
        place = replace(place, city=coded[0], parents=(coded[1], *place.parents))
    if place.city or place.parents:
        place = _irish_county_read(place, gazetteer)
    if place.measured and place.city and (placed := _measured_from(place, gazetteer)) is not None:
        place = placed
    if place.city is None and place.sublocation and _town_like_a_compound(place.sublocation, gazetteer):
        # "at Poonamallee": one word ending like a German street ("-allee") that names a town of its size.
        place = replace(place, city=place.sublocation, sublocation=None)
    modified = False
    own_doubt = ""  # why a local page's own town read is in doubt (`own_town_read`)
    # "la base di Rivolto (Udine)": a name, then its province in brackets (read by the parser as a town).
    bracketed = (
        (place.city, place.parents[0])
        if place.settled
        and place.city
        and place.parents
        and f"{place.city} ({place.parents[0]})" in place.body
        else None
    )
    if not (place.city or place.parents) and place.owner and _owner_town(place, gazetteer):
        # "Shanghai's skyline is seen": the town owning the subject is shown, as a big town needs no more.
        place = replace(place, city=place.owner, bare_city=True)
    elif not (place.city or place.parents) and (place.modifiers or place.own_town):
        # "Hove beach huts (Name/PA)": a smaller town, where the agency's or paper's home holds it.
        # "Carrigaline's new skate park ... by Cork County Council": the county named holds the town.
        town = (
            _modifier_town(place, gazetteer)
            or _modifier_town_at_home(place, gazetteer)
            or modifier_town_in_its_division(place, gazetteer)
            if place.modifiers
            else None
        )
        if town is None and (own_read := own_town_read(place, gazetteer)) is not None:
            # "Stornoway's harbour master", "Orange mayor": a local page's own town, smaller still.
            town, own_doubt = own_read
        if town is not None:
            place, modified = replace(place, city=town, bare_city=True), True
    elif place.city is None and place.modifiers and (town := _modifier_town_in(place, gazetteer)) is not None:
        # "A general view shows the Tripoli port in Lebanon": a town named as a modifier, found as written
        # in the only country read, is the city; the country's agreement stands for the size asked above.
        place = replace(place, city=town, bare_city=True)
    if place.sublocation and place.city and (town := district_town(place, gazetteer)) is not None:
        # "in Marmaris district of Mugla, Turkiye": the district's town, in the province read as its seat.
        place = replace(place, city=town, sublocation=None, parents=(place.city, *place.parents))
    elif place.sublocation and place.city and (town := _town_naming_site(place, gazetteer)) is not None:
        # "Dingle harbour in Co Kerry": the county read as the place holds the town the site is named for.
        place = replace(place, city=town, parents=(place.city, *place.parents))
    if not (place.city or place.parents) and place.script and place.home_country:
        # "衆院予算委員会で答弁する高市首相＝5日午前、国会（共同）": Kyodo's Japanese service names no
        # place at home, or only a site in it ("首相官邸"). The country is the agency's own; the town is
        # unknown, and the desk looks.
        at_home, _ = locate(replace(place, parents=(place.home_country,), script=False), gazetteer)
        note = f"no place named: {place.home_country}, the agency's home, is assumed"
        return at_home, [(WarningCode.MISSING_PLACE, note)]
    if place.parents and (kept := _held_by_another(place.parents, place.note, gazetteer)) != place.parents:
        place = replace(place, parents=kept)
    if place.city and not _held_by_another((place.city,), place.note, gazetteer):
        # "near Skardu, in Pakistan-administered Kashmir": not India's Jammu and Kashmir; the town named
        # before it, if the place read there is one, is the city.
        town = (
            place.sublocation
            if place.sublocation and "city" in gazetteer.classify(place.sublocation)
            else None
        )
        place = replace(place, city=town, sublocation=None if town else place.sublocation)
    if not (place.city or place.sublocation or place.parents):
        return None, [(WarningCode.MISSING_PLACE, "no place found in the caption")]
    if (
        place.city
        and place.parents
        and fold(place.city) != fold(place.parents[0])
        and _city_state(place.parents[0], gazetteer, _WHOLE_CITY_STATE_SHARE)
        and not _town_of_city_state(place.city, place.parents[0], gazetteer)
    ):
        # "in Jurong East, Singapore", "in Mong Kok, Hong Kong": a district of a city-state written before
        # it is a place in its city.
        place = replace(place, city=None, sublocation=place.sublocation or place.city)
    if place.city is None and (owner := _town_owning_at_home(place, gazetteer)) is not None:
        # The Canadian Press: "at Hamilton's Tim Hortons Field": the owner of a place is the agency's home
        # town of that name, not Bermuda's parish.
        place = replace(place, city=owner, parents=())
    if place.city is None and place.parents and (own_city := _own_city(place.parents[0], gazetteer)):
        # "in St. Peter's Square, Vatican City", "in Singapore", "at the Vatican": the country is its city.
        place = replace(place, city=own_city)
    if (
        place.city is None
        and not place.parents
        and place.sublocation
        and place.home_country
        and (home_city := _own_city(place.home_country, gazetteer))
    ):
        # "Shoppers crowd Orchard Road on Christmas Eve. ST PHOTO: NAME": a city-state's paper names no
        # town at home; the place is in its city.
        place = replace(place, city=home_city, parents=(place.home_country,))
    # "in Hebden Bridge, West Yorkshire": a county read as the town, after a town named like a place (a
    # county no division table holds, or one the overlay holds as a region).
    # So is one written with its article after a town's own phrase ("à Toulon, dans le Var", "à Douai,
    # dans le Nord"), though a town or a foreign province bears its name: the county tests below decide.
    county_as_city = (
        place.city is not None
        and place.sublocation is not None
        and place.sublocation[:1].isupper()
        and (
            gazetteer.classify(place.city) in ((), ("region",))
            or (place.common_city and _written_apart(place))
            # "in Keswick in Cumbria", "in Bude in Cornwall": a county some small town elsewhere is named
            # after, written in its own phrase after the town (the county test below decides).
            or (_written_apart(place) and _county_as_named(place, gazetteer))
        )
    )
    if (
        (place.city is None or county_as_city)
        and place.sublocation
        and (place.parents or county_as_city or _town_named_head_first(place.sublocation, place, gazetteer))
        and (is_facility(place.sublocation) or (county_as_city and _written_apart(place)))
    ):
        # "in Long Beach, Calif.", "in Miami Gardens, Fla.": a town named like a place within one.
        parents = (place.city, *place.parents) if county_as_city and place.city else place.parents
        res = gazetteer.resolve(PlaceQuery(city=place.sublocation, parents=parents, context=place.context))
        if (
            res.candidates
            and res.candidates[0].how == "exact"
            and place.sublocation not in res.not_found  # the town found is a parent's
            and _agrees(res.city, parents, gazetteer)
            # "in Tewkesbury in Gloucestershire": a town named like no place within one is the town only in
            # the county written after it.
            and (is_facility(place.sublocation) or _in_county(res.city, place.city, gazetteer))
        ):
            rest = place.other_sublocations
            place = replace(
                place,
                city=place.sublocation,
                parents=parents,
                sublocation=next(iter(rest), None),
                other_sublocations=rest[1:],
            )
    if (
        place.city
        and place.sublocation
        # Written apart, before the division's own phrase; or both read bare after their prepositions, as
        # a Nordic text writes them ("i Sogndal i Vestland").
        and (place.sublocation not in place.text if place.text else place.bare_city)
        and "admin1" in (kinds := gazetteer.classify(place.city))
        and (
            kinds[0] == "admin1"
            or gazetteer.resolve(
                PlaceQuery(city=place.city, parents=place.parents, context=place.context)
            ).city
            is None
        )
        and _town_in_named_division(place, gazetteer, written_only=True) == place.sublocation
    ):
        # "in Cottbus in Brandenburg", "in Toowoomba in Queensland", "i Sogndal i Vestland": a town written
        # before a division it lies in, each after its own preposition, is the town; the division is its
        # parent, not a town it is in.
        rest = place.other_sublocations
        place = replace(
            place,
            city=place.sublocation,
            parents=(place.city, *place.parents),
            sublocation=next(iter(rest), None),
            other_sublocations=rest[1:],
            weak_city=False,
            common_city=False,
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
    if (
        place.city
        and not place.sublocation
        and (_wild_area(place.city) or _sea_feature(place.city))
        and gazetteer.resolve(PlaceQuery(city=place.city, parents=place.parents)).city is None
    ):
        # "near Scarborough Shoal", "in Yoho National Park": no town's name, the place shown itself.
        place = replace(place, city=None, sublocation=place.city, bare_city=False, weak_city=False)
    if place.weak_city and place.city:
        res = gazetteer.resolve(PlaceQuery(city=place.city, parents=place.parents, context=place.context))
        if res.city is None:
            unread = place.city
            place = replace(place, city=None, weak_city=False)
            if not (place.sublocation or place.parents):
                return None, [(WarningCode.MISSING_PLACE, "no place found in the caption")]
        elif (
            not place.parents
            and place.own_town
            and res.candidates
            and res.candidates[0].how not in ("exact", "overlay")
            and fold(place.city or "") != fold(res.city.name)
            and (own_read := own_town_read(place, gazetteer)) is not None
            and fold(own_read[0]) != fold(place.city or "")
        ):
            # "on the Caroline Bay playground ... Timaru District Council plans": a weak name found only as
            # another name of a town abroad (Carolina, Puerto Rico) is a site of the town the page names as
            # its own, which it writes exactly.
            place = replace(
                place,
                city=own_read[0],
                sublocation=place.sublocation or place.city,
                weak_city=False,
                bare_city=True,
            )
    if place.city is None and _town_before_its_region(place):
        place = _region_as_no_town(place, gazetteer)
    if (
        place.city is None
        and place.parents
        and (owner := site_owner_named_like_its_division(place, gazetteer))
    ):
        place = replace(place, city=owner)  # "at Gisborne's Waikanae Beach": the town, in its region
    attempts: list[tuple[str | None, bool]] = []  # (city text, read off a longer name)
    named_for: set[str] = set()  # names after "del", "du": a town only when spelt exactly
    opening_words: set[str] = set()  # a place's opening words, read as the town it is named after
    if place.city and place.bare_city:
        attempts.append((place.city, False))
    elif place.city:
        attempts.append((place.city, False))
        attempts += [(town, True) for town in (*_of_tail(place.city), *town_prefixes(place.city))]
        attempts += [(town, True) for town in _town_suffixes(place.city)]
    elif place.sublocation and gazetteer.landmark(place.sublocation) is None:
        # A known landmark places itself ("at Casa Rosada" is in Buenos Aires, not a town "Casa"); else:
        # "camp de Calais", "pyramides de Gizeh": a generic head before "de <Town>" names a place in it.
        # So does a capitalised one in a language that puts "de" between: "Base Aérea de Zaragoza" (but not
        # English "of": "Bank of England").
        tail = _of_tail(place.sublocation) if not re.search(r"\sof\s", place.sublocation) else ()
        if _PART_OF_NAME.match(place.sublocation) and place.sublocation.split(maxsplit=1)[0] in _part_heads():
            # "en el barrio de Palermo": the part's own name after its noun and "de", no town's (not Palermo,
            # Sicily); "la colonia Doctores de la Ciudad de México" names its town after its name.
            tail = ()
        if not tail and place.parents and place.sublocation[:1].islower():
            tail = elided_of_tail(place.sublocation)  # "la préfecture d'Agen (Lot-et-Garonne)"
        elif not tail and place.sublocation[:1].isupper():
            # "la Grande Mosquée d'Alger": a big town spelt as written after the elided "de" (French
            # exonyms of the Maghreb's capitals); "le Musée d'Orsay" is no town's.
            tail = tuple(
                town
                for town in elided_of_tail(place.sublocation)
                if _town_as_written(gazetteer.resolve(PlaceQuery(city=town)), _BIG_TOWN_POPULATION)
            )
        # A name written head first ("Base Aérea de ...") starts with its noun, not a town.
        head_first = is_head_first(place.sublocation)
        # "near Scarborough Shoal": a feature at sea lies far from the town it is named after.
        prefixes = () if head_first or _sea_feature(place.sublocation) else town_prefixes(place.sublocation)
        # Nor is a landform's opening word alone ("Mont Ventoux" is not in Mons; "Cape Canaveral Space Force
        # Station" is in Cape Canaveral).
        prefixes = tuple(p for p in prefixes if p not in _landform_name_heads())
        street = place.sublocation.rsplit(maxsplit=1)[-1] in words("place", "street_name_nouns_cased")
        if street or (prefixes and named_after_street(place.sublocation)):
            # "London Road was closed": a street named after a town lies in another; "the Dublin St Bridge"
            # in Whanganui: a bridge named after its street.
            prefixes = ()
        if (street or prefixes) and (named_before := town_of_a_name_before(place, gazetteer)) is not None:
            # "the Paisley Foodbank on Causeyside Street", "the Cobh Camera Club ... in the Sirius Arts
            # Centre" (named after a person): the town a body's or a site's name before the site writes.
            prefixes = (named_before,)
        # "station Luik-Guillemins", "la gare de Lille-Flandres": a station named with its town and a hyphen.
        station = not words("place", "town_named_station_nouns").isdisjoint(
            w.lower() for w in place.sublocation.split()
        )
        hyphened = tuple(
            m.group("town")
            for m in (_HYPHENED_TOWN.finditer(place.sublocation) if station else ())
            if not _big_town_as_written(m.group("other"), gazetteer)  # "the Delhi-Meerut Expressway"
        )
        attempts += [(town, True) for town in dict.fromkeys((*tail, *prefixes, *hyphened))]
        opening_words = set(prefixes) - set(tail)
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
            (
                res.city.population < _MIN_TOWN_POPULATION
                and not _named_in_its_division(city, place, res.city, gazetteer)
                and not site_town_near_a_named_town(city, place, res.city, gazetteer)
            )
            or not _agrees(res.city, place.parents, gazetteer)
            or not res.candidates
            or res.candidates[0].how == "fuzzy"  # "Jared" is no "Jarod", "Chairman" no "Chaman"
            or (city in named_for and res.candidates[0].how not in ("exact", "overlay"))
            or ((place.city or "").endswith(" " + city) and res.city.population < _BIG_TOWN_POPULATION)
            # Not a town's own part: PA's "in Dublin city centre" is Dublin, though PA's home is Britain.
            or (
                city in opening_words
                and not _part_of_town(place.sublocation or "", city)
                and _outside_context(res.city, place.context, gazetteer)
            )
        ):
            continue
        chosen = (res, city)
        break
    assert chosen is not None
    res, city_text = chosen
    if res.city is not None and city_text is not None and city_text == place.city and place.sublocation:
        # "la Plaza Mayor de Chinchón (Madrid)": the place is named for a town of the division written after
        # it, a division named like its capital; that town is the city.
        of_town = _town_a_place_is_named_for(place.sublocation, res.city, city_text, gazetteer)
        if of_town is not None:
            res = of_town
    if res.city is not None and city_text and place.city is None and _wild_area(place.sublocation or ""):
        # "in Banff National Park": the park lies beyond the town it is named after, in its division.
        res, city_text = replace(res, city=None, ambiguous=False), None
    if res.city is None and city_text and city_text in res.not_found and place.parents:
        # "Gaza City, Gaza": no Gaza City in Mozambique's Gaza province; the town's own division is meant.
        own = _town_in_own_division(city_text, place, gazetteer)
        if own is not None:
            res = own
    if (
        res.city is None
        and city_text
        and city_text in res.not_found
        and ((suburb := _suburb_of_a_paired_name(city_text, place, gazetteer)) is not None)
    ):
        res, city_text = suburb, city_text
    elif (
        res.city is None
        and city_text
        and city_text in res.not_found
        and (hyphened_town := _town_of_a_district_name(city_text, place, gazetteer)) is not None
    ):
        res = hyphened_town  # "Rostock-Lütten Klein": a district after its town, unknown to the gazetteer
    if res.city is None and (named_like := _town_named_like_a_country(place, gazetteer)) is not None:
        res, city_text = named_like, place.city
    elif (
        city_text == place.city
        and (described := _town_of_described_country(place, res, gazetteer)) is not None
    ):
        res = described
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
    if (
        named
        and not any(_holds(c.country_code, town_country) for c in named)
        # "at the Bunia General Hospital, Ituri province, Congo": the country the chain writes holds the town
        # (a name two countries share, or one whose words name another: "Democratic Republic of Congo").
        and not any(_country_holds(gazetteer.country(p), p, town_country, gazetteer) for p in place.parents)
    ):
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
    if res.city is not None and city_text == place.city and not place.near and _range_with_the(place):
        # "in the Blue Mountains, New South Wales": the range, not the town of its name; its division stays.
        # (Placed by a town, "in the Blue Mountains, west of Sydney", it stays as read: not Sydney.)
        range_division = res.admin1 or gazetteer.admin1(res.city.admin1_name or "", res.city.country_code)
        res, city_text = replace(res, city=None, admin1=range_division, candidates=(), ambiguous=False), None
    unmatched = False
    if (
        res.city is not None
        and city_text
        and (
            _far_fetched(res, city_text)
            or (_approximate(res) and any(_outside(res.city, p, gazetteer) for p in place.parents))
            or _far_from_near(res.city, place, gazetteer)
            or _far_from_stated(res.city, place, gazetteer)
            or _namesake_outside(res, city_text, place, gazetteer)
        )
    ):
        # "Creole, Louisiana" is not "Montgomery": an approximate match that shares little of the spelling;
        # nor is "Tobermore, Northern Ireland" Tobermory in Scotland: one outside the division written.
        res = gazetteer.resolve(PlaceQuery(parents=place.parents, context=place.context))
        unmatched = True
    if (
        city_text
        and city_text == place.city
        and (in_named := _in_named_division(res, place, gazetteer, own_name=False))
    ):
        # "em São Sebastião, no litoral norte de São Paulo": the state the town's own sentence names says
        # which, before the agency's home, which may hold both readings. (Not one named like the town:
        # "Kingston Transit buses" name no parish of Jamaica; the home decides first.)
        res = in_named
    elif city_text and city_text == place.city and (home := _at_home(res, place, gazetteer)) is not None:
        res = home
    elif city_text and (written := _in_division_phrase(res, place, city_text, gazetteer)):
        res = written
    elif city_text and city_text == place.city and (in_named := _in_named_division(res, place, gazetteer)):
        res = in_named
    elif (
        city_text
        and city_text == place.city
        and (national := _of_nationality(res, place, gazetteer)) is not None
    ):
        res = national
    elif city_text and city_text == place.city and (usage := _of_usage(res, place, gazetteer)) is not None:
        res = usage
    elif (
        city_text
        and city_text == place.city
        and not place.parents
        and (rival_county := rival_county_named(res, place, gazetteer)) is not None
        and (in_county := _namesake_in_its_country(rival_county[1], place, gazetteer)) is not None
    ):
        # "Westmeath County Council's new library in Athlone": the caption names the county of another
        # reading of the town, in another country, and none near the one read: that reading is meant.
        res = in_county
    warnings: list[tuple[WarningCode, str]] = []
    sublocation = place.sublocation
    unknown_town: str | None = None  # a town the caption names outside its chain, which the gazetteer lacks
    # "over Lake Superior near Duluth": water or a landform no town is named, near the town that is shown.
    # So is a region the gazetteer holds by name, a river among them: "along the Danube near Mohács, Hungary".
    natural = bool(
        place.city
        and place.near
        and (
            _natural_place(place.city) or (res.city is None and gazetteer.classify(place.city) == ("region",))
        )
    )
    if res.city is None and place.city and (place.city in res.not_found or unmatched or natural):
        # "in Hamad area, west of Khan Yunis": a head that names no town is a place near the one given; "the
        # village of Sarzedas, near Castelo Branco" is a town, which stays the city, not found.
        for town in () if place.settled else place.near:
            near = gazetteer.resolve(PlaceQuery(city=town, parents=place.parents, context=place.context))
            if near.city is not None and near.candidates and near.candidates[0].how != "fuzzy":
                # Not a nationality cut off its noun: "at Russian positions near Kupiansk".
                demonym = place.city in words("people", "demonyms_cased")
                if (
                    not (demonym or natural)
                    and _town_like(place.city)
                    and (_stated_km(place) is not None or _placed_by_bearing(place))
                ):
                    # "in Ano Patima, 20 km west of Patras", "in Khiam, south of Beirut": a town the
                    # gazetteer lacks, placed by one it has, is no part of it; its spelling is kept, in the
                    # near town's division, flagged.
                    res, city_text = replace(near, city=None, candidates=(), ambiguous=False), None
                    res = replace(res, not_found=(place.city,))
                    break
                res, city_text = near, town
                sublocation = sublocation or (None if demonym else place.city)
                place = replace(place, city=town)
                break
        else:
            # "in the town of Zorlukoyu, Nevsehir": a town the caption calls one is no venue of the next.
            found = None if place.settled else _town_after_venue(place, gazetteer)
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
        if (namesake := _namesake_by_town_after(res, beside, place, gazetteer)) is not None:
            # "en Guadalupe (Cáceres)": a town of the name lies by the town written after it, in its
            # division (a province named like its capital): that town, not one abroad.
            res = namesake
        else:
            # "at Heathrow, London": a name the gazetteer places only far from the town written after it
            # is a place in that town (Heathrow, Florida is no part of London).
            res, city_text = beside, place.parents[0]
            sublocation = sublocation or place.city
            place = replace(place, city=city_text, parents=place.parents[1:])
    elif res.city is not None and (big_town := _district_of_town_after(res, place, gazetteer)) is not None:
        # "at Sadler's Wells in Islington, London": a district GeoNames lists as a town, in the big town
        # written after it, which is shown.
        res, city_text = big_town, place.parents[0]
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
            and km(res.city, near.city) > _NEAR_KM
            # Not a town bigger than the one it would be read near: "the Saint Laurent show in Paris".
            and (res.ambiguous or (res.city.population or 0) < (near.city.population or 0))
        ):
            res, city_text = near, place.metro
    if res.city is not None and (whole := _town_of_borough(res, place, gazetteer)) is not None:
        # "in the Bronx, New York": a borough GeoNames lists as a town is a part of its city, which is shown.
        borough = place.city if place.city and not place.city.isupper() else res.city.name
        place = replace(place, sublocation=place.sublocation or borough)
        sublocation = sublocation or borough  # "BROOKLYN, N.Y. - ...": the borough's name, not as written
        res, city_text = whole
    elif res.city is not None and (metro := _city_of_district(res, place, gazetteer)) is not None:
        # "in Kadikoy, Istanbul": the district written before its city, which is shown.
        district = place.city or res.city.name
        read = (*place.other_sublocations, district) if place.sublocation else place.other_sublocations
        place = replace(place, sublocation=place.sublocation or district, other_sublocations=read)
        sublocation = sublocation or district
        res, city_text = metro, place.parents[0]
    # "on the beach of Benidorm, in the province of Alicante, Spain": a name the caption calls a division,
    # which the gazetteer lacks, is read as its namesake town; a town named outside the chain in the country
    # is the place, else the division's town is kept and flagged.
    worded = None if res.city is None else _worded_division(place, gazetteer)
    if worded is not None and worded != place.city and place.loose and len(place.parents) > 1:
        loose = _loose_town(replace(place, parents=place.parents[1:]), gazetteer)
        if loose is not None:
            res, city_text = loose
            worded = None
    if (
        res.city is None
        and res.admin1 is not None
        and place.city is not None
        and not place.near
        and place.text
        and gazetteer.admin1(place.city) is not None
        and (before := _name_before_chain(place)) is not None
        and (named_town := _town_in_division(before, place, res.admin1, gazetteer)) is not None
    ):
        # "nel torneo di Indian Wells, in California": a name written after "of" right before the comma and
        # a phrase of the division alone is the town in it (not one the place is only near: "west of Stawell,
        # in Victoria").
        res, city_text = named_town, before
        place = replace(place, city=before, parents=(place.city, *place.parents))
    elif res.city is None and place.city is None and place.loose and (res.country or res.admin1):
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
    if res.city is not None and (own := own_city_named_instead(res, place, gazetteer)) is not None:
        res, city_text = own, own.city.name if own.city else city_text
    if (
        res.city is None
        and res.admin1 is not None
        and (namesake_town := town_of_division_name(res, place, gazetteer))
    ):
        # "in St Gallen", read as the canton by its other spelling: its capital bears its name and is meant.
        town_read = gazetteer.resolve(PlaceQuery(city=namesake_town.name, parents=(res.admin1.name,)))
        if town_read.city is not None and town_read.city.geonames_id == namesake_town.geonames_id:
            res, city_text = town_read, place.city
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
        head = (
            re.sub(r"\s+(?:of|de|di|du|del)(?:\s+(?:la|le|les|las|los))?$", "", place.city[:at].strip())
            if at >= 0
            else place.city
        )
        # "Expo City Dubai": a place named with its town at the end keeps its whole name.
        suffixed = place.city.endswith(" " + city_text) and not _of_tail(place.city)
        # "the Great Mosque of Touba": a landmark's name holds its town ("Centro Histórico" of one does not).
        landmark = bool(head.split()) and head.split()[-1].lower() in words("place", "landmark_heads_of")
        sublocation = sublocation or (place.city if suffixed or landmark else head) or place.city
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
        if (_landform(place.city) or _river(place.city, place.body)) and res.country is not None:
            # "on Russia's Kamchatka Peninsula", "no Rio Negro, no Amazonas": a landform or a river, no town
            city_name = None
        else:
            warnings.append((WarningCode.PLACE_NOT_FOUND, f"'{place.city}' is not in the gazetteer"))
    elif (
        res.not_found
        # "in Tanjung, North Lombok, Indonesia": a town of a name common in its country, in other divisions;
        # the parent the gazetteer lacks may be what says which (a regency it spells otherwise).
        and (
            not _explains(res)
            or (
                res.city is not None
                and any(n in place.parents for n in res.not_found)
                and namesakes_at_home(res, res.city)
            )
        )
        and not _divisions_below(res, place)
    ):
        warnings.append((WarningCode.PLACE_NOT_FOUND, f"not in the gazetteer: {', '.join(res.not_found)}"))
    if res.city is not None and res.candidates and res.candidates[0].how == "fuzzy":
        if not misspelt_in_its_place(res, city_text, place, gazetteer):
            warnings.append(
                (WarningCode.AMBIGUOUS_PLACE, f"'{city_text}' matched '{res.city.name}' only approximately")
            )
    elif (
        res.city is not None
        and city_text
        and (rival := _spelt_as_written(res, city_text)) is not None
        # "in Manali, Himachal Pradesh": the division written beside it says which of the two is meant.
        and not any(_division_of(p, res.city, gazetteer) for p in place.parents)
    ):
        message = f"'{city_text}' is spelt as {rival.name} ({rival.admin1_name or rival.country_code}) is"
        warnings.append((WarningCode.AMBIGUOUS_PLACE, f"{message}, not as '{res.city.name}'"))
    elif (
        res.ambiguous
        and not _settled_by_mention(res, mentions(place.body), city_text, gazetteer, place.parents)
        and not _home_settles(res, place, gazetteer)
        and not only_weak_rivals(res, city_text, place, gazetteer)
    ):
        others = ", ".join(
            f"{c.place.name} ({c.place.admin1_name or ''} {c.place.country_code or ''})".replace(" )", ")")
            for c in res.candidates[:3]
        )
        warnings.append(
            (WarningCode.AMBIGUOUS_PLACE, f"'{city_text or place.parents[0]}' could be: {others}")
        )
    elif res.city is not None and (rival_county := rival_county_named(res, place, gazetteer)) is not None:
        # The caption names the county of another reading of the town: the country may be wrong.
        county, rival = rival_county
        message = f"'{res.city.name}' ({res.city.country_code}) read; the caption names {county}, where"
        warnings.append((WarningCode.AMBIGUOUS_PLACE, f"{message} {rival.name} ({rival.country_code}) lies"))
    elif (
        res.city is not None
        and (pointed := _namesake_the_words_point_to(res, city_text, place, gazetteer)) is not None
    ):
        rival, why = pointed
        message = f"'{city_text}' could be: {res.city.name} ({res.city.country_code}),"
        warnings.append(
            (WarningCode.AMBIGUOUS_PLACE, f"{message} {rival.name} ({rival.country_code}), {why}")
        )

    if res.city is not None and worded is not None:
        message = f"'{worded}' is written as a division: '{res.city.name}', its town, may not be shown"
        warnings.append((WarningCode.AMBIGUOUS_PLACE, message))
    if res.city is not None and place.vantage and fold(place.vantage) != fold(res.city.name):
        # "the village of Khiam, as seen from Marjayoun": the town shown is given; desks differ, some giving
        # the town the picture was taken from.
        message = f"'{res.city.name}' is shown from '{place.vantage}', where the picture was made: check it"
        warnings.append((WarningCode.AMBIGUOUS_PLACE, message))
    if res.city is not None and place.measured:
        # "a camp 30 kilometres east of Xville": the place is some way from a town the gazetteer has no
        # division for.
        message = f"'{res.city.name}' is only the town the place is measured from: check the city"
        warnings.append((WarningCode.AMBIGUOUS_PLACE, message))
    if res.city is not None and bracketed and fold(res.city.name) != fold(bracketed[0]):
        # "la base di Rivolto (Udine)": the name the gazetteer lacks has its province in brackets, whose own
        # town is given; the place may lie anywhere in the province.
        message = f"'{bracketed[0]}' is not found; '{bracketed[1]}', its province, is given as the town"
        warnings.append((WarningCode.AMBIGUOUS_PLACE, message))
    if res.city is None and res.admin1 is not None and (town := _feature_town(place, res.admin1, gazetteer)):
        # "on Lake Louise in Banff National Park, Alta.": no town is given, but a place the caption names is
        # also a town of the division by its own name, which a desk may give as the city.
        message = f"no town given; '{town}' is also a town of {res.admin1.name}: check the city"
        warnings.append((WarningCode.AMBIGUOUS_PLACE, message))
    if (
        res.city is None
        and (stop := res.admin1 or res.country) is not None
        and not warnings
        and (town := _town_left_unread(place, stop, gazetteer)) is not None
    ):
        # "in Límni as wildfires rage on the island of Evia, Greece": the record stops at the division or
        # country, but the caption names a town of it, which a desk may give as the city.
        message = f"no town read; '{town}', named in the caption, is a town of {stop.name}: check the city"
        warnings.append((WarningCode.AMBIGUOUS_PLACE, message))
    country = res.country
    specific = res.most_specific
    if country is None and specific is None and sublocation:
        # "in the House chamber of the Capitol": a known landmark places the country, though not the town.
        country = _landmark_country(sublocation, gazetteer)
    if country is None and specific is None:
        # "in Hsinchu County": a county the gazetteer lacks, named after a town it knows in one country.
        country = _country_of_namesake_town(res, gazetteer)
    warnings += _doubts(place, res, city_text, gazetteer, country_known=country is not None)
    ends = _route_ends(place, city_text) if res.city is not None and place.bare_city else ()
    if ends:
        # "the sixth stage of the Tour de France from Bayonne to Toulouse, France": either end, or between.
        warnings.append(
            (WarningCode.AMBIGUOUS_PLACE, f"a route from '{ends[0]}' to '{ends[1]}': check the town")
        )
        sublocation = None if sublocation and fold(sublocation) in map(fold, ends) else sublocation
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
    if place.inflected and sublocation == place.inflected:
        # "na Maksimiru u Zagrebu": the place's name as the caption declines it, for a desk to put right.
        message = (
            f"'{place.inflected}' is written in a case, not as the place is named: check the sublocation"
        )
        warnings.append((WarningCode.AMBIGUOUS_PLACE, message))
    unread_district = place.unread if place.unread and named_district(place.body) == place.unread else None
    if unread_district:
        # "Muğla'nın Köyceğiz ilçesinde": a district named in its province's genitive, read as the province's
        # seat; unless the gazetteer holds it in the province (a seat's own district: Bayraklı, İzmir), it is
        # a town it lacks, which the desk gives.
        seat = res.city
        inside = (
            gazetteer.resolve(PlaceQuery(city=unread_district, parents=(seat.admin1_name or "",)))
            if seat
            else None
        )
        held = inside is not None and any(
            c.how == "exact"
            and seat is not None
            and (c.place.country_code, c.place.admin1_code) == (seat.country_code, seat.admin1_code)
            for c in inside.candidates
        )
        if seat is not None and fold(unread_district) != fold(seat.name) and not held:
            message = f"'{unread_district}', the district named, is not in the gazetteer: the town may be it"
            warnings.append((WarningCode.PLACE_NOT_FOUND, message))
    elif place.unread and not sublocation and not warnings:
        # "í Hörpu í Reykjavík": a place named in a case no table undoes is there, but not read.
        message = f"'{place.unread}' may name the place shown, in a form not read: check the sublocation"
        warnings.append((WarningCode.PLACE_NOT_FOUND, message))
    if (
        place.opening_town
        and res.city is not None
        and res.city.population < _BIG_TOWN_POPULATION
        and not _dateline_at_home(res.city, place, gazetteer)
    ):
        # "Obama: Former president rallies voters": a small town's name opening the caption may be a person's.
        message = f"'{res.city.name}' read from the name opening the caption: check it is the dateline"
        warnings.append((WarningCode.AMBIGUOUS_PLACE, message))
    if (
        modified
        and res.city is not None
        and _rival_of_its_name(res, res.city)
        and not _settled_by_mention(res, mentions(place.body), city_text, gazetteer, place.parents)
        and not _home_settles(res, place, gazetteer)
    ):
        # "the Halifax waterfront as ... storm Ernesto reach Nova Scotia": the division named settles it.
        message = f"'{res.city.name}' read from a noun it qualifies ('{city_text} ...'), not a place phrase"
        warnings.append((WarningCode.AMBIGUOUS_PLACE, message))
    if (
        own_doubt
        and res.city is not None
        and not any(code == WarningCode.AMBIGUOUS_PLACE for code, _ in warnings)
    ):
        # "Geelong's Jeremy Camilleri", "Sligo Rovers manager": a team plays away too; "Hastings residents":
        # a name that is a person's.
        message = (
            f"'{res.city.name}' read from {_OWN_TOWN_DOUBTS[own_doubt]} ('{city_text} ...'): check the town"
        )
        warnings.append((WarningCode.AMBIGUOUS_PLACE, message))
    if res.city is not None and city_text and not warnings and _where_one_died(city_text, place.body):
        # "Ella Watkins, pictured with her father, died in hospital in Swansea last month": a family's
        # picture, the town where she died, which is not where it was made.
        message = f"'{city_text}' is where the caption says someone died: the picture may be made elsewhere"
        warnings.append((WarningCode.AMBIGUOUS_PLACE, message))
    if sublocation and city_name and fold(sublocation) == fold(city_name):
        # "a Lodi (Lodi)", "in Bila Tserkva ... in Kyiv Oblast": the town read twice is no place within it.
        sublocation = None
    division = res.admin1.name if res.admin1 else (res.city.admin1_name if res.city else None)
    if division is None and res.city is None:
        division = _written_division(place, country, gazetteer)
    division = _province_of(res, place, gazetteer) or division  # "Bulacan province", not "Central Luzon"
    division = _county_as_province(res, place, country, division) or division
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


def _namesake_the_words_point_to(
    res: Resolution, city_text: str | None, place: PlaceText, gazetteer: Gazetteer
) -> tuple[Place, str] | None:
    """A namesake of the town read that the caption's own words point to, and why: "the Ipswich CBD" (a word
    of one country's English), "à Bienne" in French (a country where the caption's language is spoken)."""
    if (usage := namesake_where_usage_points(res, city_text, place)) is not None:
        return usage, "whose English calls a town's centre its CBD"
    if (spoken := namesake_where_written_language(res, city_text, place)) is not None:
        return spoken, "where the caption's language is spoken"
    if (at_home := namesake_at_home(res, city_text, place, gazetteer)) is not None:
        return at_home, "at home for the credit's agency"
    return None


def _at_home_town(
    place: PlaceText, gazetteer: Gazetteer
) -> tuple[Location | None, list[tuple[WarningCode, str]]]:
    """A caption naming no town nor division in a town's paper: "at the Fargodome. Chris Flaten / The Forum".
    What its words give stands where they give a town, or a country not the paper's; otherwise the paper's
    town is given, flagged as taken from the credit (the picture may be from elsewhere)."""
    found, warned = locate(replace(place, home_town=()), gazetteer)
    town, *parents = place.home_town
    at_home, home_warned = locate(replace(place, city=town, parents=tuple(parents), home_town=()), gazetteer)
    if at_home is None or (
        found is not None and (found.city or found.country_code not in (None, at_home.country_code))
    ):
        return found, warned
    if _named_on_its_own(town, place.body):
        # "Fargo Davies running back ... at the Fargodome. Chris Flaten / The Forum": the text names the
        # paper's town too, though in no place phrase; two sources agree, and nothing is assumed.
        return at_home, home_warned
    note = f"no town named: {town}, the home of the paper in the credit, is assumed"
    return at_home, [*home_warned, (WarningCode.MISSING_PLACE, note)]


def _named_on_its_own(town: str, body: str) -> bool:
    """Whether the caption's text writes TOWN as a name of its own: not inside a longer name that runs into
    it from before ("West Fargo", "Port Hamilton"), which is another place's."""
    for found in re.finditer(rf"(?<!\w){re.escape(town)}(?!\w)", body):
        before = body[: found.start()].split()
        if not before or not before[-1][:1].isupper() or before[-1][-1:] in ".:;!?":
            return True
    return False


def _county_as_province(
    res: Resolution, place: PlaceText, country: Place | None, division: str | None
) -> str | None:
    """The county the caption names after a town of Britain or Ireland ("Salford, Greater Manchester", "Naas,
    Co Kildare"), which those desks file as the province in place of the nation or province above it
    (England, Leinster); None where no county is named, where the caption writes the first level too
    ("Tenby, Pembrokeshire, Wales": the nation it names) or where the country files its first level."""
    code = country.country_code if country else None
    if code not in words("place", "county_province_country_codes_cased"):
        return None
    if division is not None and fold(division) in {fold(parent) for parent in place.parents}:
        return None
    # "Co Kildare": Ireland's counties, which GeoNames mostly lacks, are known by their written prefix.
    written = (irish_county_named(parent) for parent in place.parents)
    if (irish := next((name for name in written if name is not None), None)) is not None:
        return irish
    if res.admin2 is not None and res.admin2.country_code == code:
        return res.admin2.name
    # "Wigan, Greater Manchester": a county GeoNames splits into its boroughs, held as a region.
    region = res.region
    if (
        region is not None
        and region.country_code == code
        and region.name in words("place", "county_regions_cased")
    ):
        return region.name
    return None


@cache
def _death_clause() -> re.Pattern[str]:
    verbs, past = phrases("place", "death_verbs"), phrases("place", "past_time_after")
    # The verb, a few words ("in hospital", "at his home"), "in" or "at", the town, then a time gone by.
    return re.compile(
        rf"\b(?:{verbs})\b(?:\s+[\w'’]+){{0,4}}?\s+(?:in|at)\s+(?P<town>[^,.;:]+?)\s+(?:{past})\b",
        re.IGNORECASE,
    )


def _where_one_died(city_text: str, body: str) -> bool:
    """Whether the caption names the town only as where someone died some time before ("died in hospital
    in Swansea last month")."""
    # The words before "in" may hold another "in": "died in hospital in Swansea" (the town is the last).
    named = [
        m for m in _death_clause().finditer(body) if f" {m.group('town').strip()}".endswith(f" {city_text}")
    ]
    return bool(named) and body.count(city_text) == 1


def _town_named_head_first(name: str, place: PlaceText, gazetteer: Gazetteer) -> bool:
    """Whether a name written head first, with no town or parent beside it, is itself a sizeable town's:
    "em Ponte de Lima" is the Portuguese town, not a bridge in Lima; "en Puente Alto" the Chilean one."""
    if place.city is not None or not is_head_first(name):
        return False
    res = gazetteer.resolve(PlaceQuery(city=name, context=place.context))
    return (
        res.city is not None
        and bool(res.candidates)
        and res.candidates[0].how == "exact"
        and res.city.population >= _HEAD_FIRST_TOWN_POPULATION
    )


# What a local page's own town was read from, where that leaves it in doubt.
_OWN_TOWN_DOUBTS = {
    OWN_TOWN_PLAYER: "a player's team",
    OWN_TOWN_TEAM: "a team's name",
    OWN_TOWN_NAME: "a name that is a person's as well",
    OWN_TOWN_RUN: "a name run on into a person's",
}


def _rival_of_its_name(res: Resolution, city: Place) -> bool:
    """Whether the gazetteer holds another town of the name read, not ten times smaller than the one chosen,
    or the one chosen bears the name only as another spelling: a town read from a noun it qualifies
    ("Saskatoon firefighters", "Wollongong harbour") is in doubt only then, for the noun says it is a town
    ("Sebastopol SES crews" is a Victorian town's own name and Sevastopol's old spelling)."""
    return any(
        (c.place.geonames_id == city.geonames_id and c.how != "exact")
        or (
            c.how == "exact"
            and c.place.geonames_id != city.geonames_id
            and c.place.population * _FAR_BIGGER_RATIO > city.population
        )
        for c in res.candidates
    )


# French names an airport or a works after a city and the commune it stands in, with a hyphen
# ("Toulouse-Blagnac", "Marseille-Marignane", "Paris-Orly"): the commune is the place, when it lies this
# close to the city.
_PAIRED_SUBURB_KM = 25.0


def _suburb_of_a_paired_name(name: str, place: PlaceText, gazetteer: Gazetteer) -> Resolution | None:
    """The commune of "City-Commune", a name the gazetteer does not know whole: both halves towns of one
    country, the second within `_PAIRED_SUBURB_KM` of the first ("Toulouse-Blagnac" is Blagnac)."""
    for at in (i for i, char in enumerate(name) if char == "-"):
        head, tail = name[:at], name[at + 1 :]
        if not head[:1].isupper() or not tail[:1].isupper():
            continue
        city = gazetteer.resolve(PlaceQuery(city=head, parents=place.parents, context=place.context))
        suburb = gazetteer.resolve(PlaceQuery(city=tail, parents=place.parents, context=place.context))
        if city.city is None or suburb.city is None or _approximate(city) or _approximate(suburb):
            continue
        if (
            city.city.country_code == suburb.city.country_code
            and km(city.city, suburb.city) <= _PAIRED_SUBURB_KM
        ):
            return suburb
    return None


# German, Czech and Polish write a district after its town with a hyphen ("Rostock-Lütten Klein",
# "Praha-Smíchov", "Warszawa-Mokotów"): the town, when the whole is no name the gazetteer knows and the head
# is a town this big as written (a smaller head is as often one half of a village's double name).
_DISTRICT_HEAD_POPULATION = 50_000


def _town_of_a_district_name(name: str, place: PlaceText, gazetteer: Gazetteer) -> Resolution | None:
    """The town of "Town-District", a name the gazetteer does not know whole, the district capitalised."""
    head, hyphen, tail = name.partition("-")
    if not hyphen or not tail[:1].isupper() or " " in head:
        return None
    town = gazetteer.resolve(PlaceQuery(city=head, parents=place.parents, context=place.context))
    if _town_as_written(town, _DISTRICT_HEAD_POPULATION) is None:
        return None
    # "the Delhi-Meerut Expressway": two towns, no district of the first.
    return None if _big_town_as_written(tail.split()[0], gazetteer) else town


# A capitalised word joined to another with a hyphen inside a place's name: the town it is named with.
_HYPHENED_TOWN = re.compile(r"(?<![\w'’-])(?P<town>[A-ZÀ-Þ][\w'’]+)-(?P<other>[A-ZÀ-Þ][\w'’]+)(?![\w'’-])")


def _big_town_as_written(name: str, gazetteer: Gazetteer) -> bool:
    """Whether NAME is a town of `_DISTRICT_HEAD_POPULATION` people or more as written: of two such joined by
    a hyphen, a road or a pair between them is meant, no place in the first."""
    return _town_as_written(gazetteer.resolve(PlaceQuery(city=name)), _DISTRICT_HEAD_POPULATION) is not None


# A town named like a place written head first must be this big to be meant: "Puente Alto" (Chile), "Ponte
# de Lima" (Portugal); smaller ones share their names with squares and bridges ("Plaza de Armas").
_HEAD_FIRST_TOWN_POPULATION = 20_000


# A one-word place ending like a German or Dutch compound of a street or a square is a town of this size
# the gazetteer knows by that name: `facility_suffixes` holds no town's ending of 15,000 people, but other
# names of towns do end so ("Poonamallee", Poonamalle, 60,000 people).
_COMPOUND_TOWN_POPULATION = 15_000


def _town_like_a_compound(name: str, gazetteer: Gazetteer) -> bool:
    """Whether a one-word name read as a place in a town for its ending is a town's, as written."""
    if " " in name or not name[:1].isupper():
        return False
    if name.lower().endswith(_town_like_facility_endings()):
        size = 0  # "in Wischhafen": towns of every size end so
    elif name.lower().endswith(_facility_endings()):
        size = _COMPOUND_TOWN_POPULATION
    else:
        return False
    return _town_as_written(gazetteer.resolve(PlaceQuery(city=name)), size) is not None


@cache
def _facility_endings() -> tuple[str, ...]:
    return tuple(w.lower() for w in words("place", "facility_suffixes"))


@cache
def _town_like_facility_endings() -> tuple[str, ...]:
    return tuple(w.lower() for w in words("place", "town_like_facility_suffixes"))


def _county_as_named(place: PlaceText, gazetteer: Gazetteer) -> bool:
    """Whether the place read as the town is a county's own name ("Cumbria"), not a town's a county is named
    after ("Brighton" of Brighton and Hove), nor a town found ("Sydney": a council area too)."""
    name = place.city or ""
    county = gazetteer.admin2(name)
    return (
        county is not None
        and fold(county.name) == fold(name)
        and gazetteer.resolve(PlaceQuery(city=name, parents=place.parents, context=place.context)).city
        is None
    )


def _town_before_its_region(place: PlaceText) -> bool:
    """Whether the caption writes the place within in its own phrase before a region it lies in, named by
    a region's noun: "in Cessnock in the Hunter region" (AAP) is the town Cessnock, and the region no town."""
    sub = place.sublocation or ""
    if not _written_apart(place) or not place.parents or not all(t[:1].isupper() for t in sub.split()):
        return False
    # Not a facility's name: "at the Kulen Prum Tep Wildlife Sanctuary in Oddar Meanchey province".
    return not is_facility(sub) and all(fold(p.split()[-1]) in _region_nouns() for p in place.parents)


def _region_as_no_town(place: PlaceText, gazetteer: Gazetteer) -> PlaceText:
    """The place read as the town; a region the gazetteer does not know as a division (a tourist or
    statistical region, "the Northern Rivers region") is dropped, lest a near spelling of one elsewhere
    (Nigeria's Rivers) place the town."""
    known = tuple(p for p in place.parents if _division_spelt(p, gazetteer))
    as_town = replace(place, city=place.sublocation, sublocation=None, parents=known, bare_city=not known)
    res = gazetteer.resolve(PlaceQuery(city=as_town.city, parents=known, context=place.context))
    if res.city is None or not res.candidates or res.candidates[0].how in ("variant", "fuzzy"):
        return place  # "at AIPCA Kiawaiguru in Murang'a County": a place the gazetteer knows as no town
    return as_town


def _division_spelt(region: str, gazetteer: Gazetteer) -> bool:
    """Whether "<Name> region" is a division the gazetteer holds by that name ("the Kharkiv region"), not
    one it finds by a near spelling ("the Orana region": Algeria's Oran)."""
    division = gazetteer.admin1(region)
    name = fold(region.rsplit(maxsplit=1)[0])
    return division is not None and fold(division.name).startswith(name)


@cache
def _region_nouns() -> frozenset[str]:
    return frozenset(fold(w) for w in words("place", "region"))


def _written_apart(place: PlaceText) -> bool:
    """Whether the place within was written apart from the town's phrase, after its own preposition: "in
    Tewkesbury in Gloucestershire" (not "in Hebden Bridge, West Yorkshire")."""
    return bool(place.text and place.sublocation and place.sublocation not in place.text)


def _named_in_its_division(town: str, place: PlaceText, city: Place, gazetteer: Gazetteer) -> bool:
    """Whether a small town read off a place's name is the one meant: the place is written head first with
    a common noun, the town after its "de" ("la centrale nucléaire de Flamanville (Manche)"), and a
    division written beside it holds the town (not "Times" of "Times Square", a name no division vouches
    for)."""
    sub = place.sublocation or ""
    if (
        not sub[:1].islower()
        or not is_head_first(sub)
        or (town not in _of_tail(sub) and town not in elided_of_tail(sub))
    ):
        return False
    return any(
        _in_county(city, parent, gazetteer)
        or (
            (division := gazetteer.admin1(parent, city.country_code)) is not None
            and division.admin1_code == city.admin1_code
        )
        for parent in place.parents
    )


def _in_county(city: Place | None, county_text: str | None, gazetteer: Gazetteer) -> bool:
    """Whether a town lies in, or within a county's span of, the second-level division a text names in the
    town's own first-level division (as `_doubts` checks a county written after a comma)."""
    if city is None or county_text is None:
        return False
    county = gazetteer.admin2(county_text, city.country_code, city.admin1_code)
    return county is not None and km(city, county) <= _NEAR_KM


def _town_like(name: str) -> bool:
    """Whether a name the gazetteer lacks reads as a town's: every word capitalised, nothing named like a
    place within a town ("Hamad area", "Jabalia refugee camp", "al-Mawasi" are parts of one)."""
    return all(word[:1].isupper() for word in name.split()) and not is_facility(name)


def _range_with_the(place: PlaceText) -> bool:
    """ "in the Blue Mountains": a name closed by a plural landform of `ranges_with_the_cased`, written with
    "the" before it, names a range or upland, not a town."""
    city = place.city or ""
    last = city.rsplit(" ", 1)[-1]
    return (
        " " in city
        and last in words("place", "ranges_with_the_cased")
        and f"the {city}" in (place.text or "")
    )


@cache
def _landform_name_heads() -> frozenset[str]:
    """The words that open a landform's name ("Mount", "Mont", "Pico", "Gunung"), no town's."""
    return frozenset(
        (
            *words("place", "landform_heads_cased"),
            *words("place", "landform_name_heads_cased"),
            *words("place", "landform_name_heads_of_cased"),
        )
    )


def _part_of_town(name: str, town: str) -> bool:
    """Whether a place's name is a town's and a word for a part of one: "Dublin city centre"."""
    rest = name[len(town) :].strip().casefold() if name.startswith(town + " ") else ""
    return rest in words("place", "town_part_names_cased")


def _outside_context(town: Place, context: tuple[str, ...], gazetteer: Gazetteer) -> bool:
    """Whether a town read off a place's name lies outside every country the caption's context names (its
    agency's home among them): Belga's "Grote Markt" is in no Grotte, Italy."""
    countries = _countries_named(context, gazetteer)
    return bool(countries) and not any(_holds(c.country_code, town.country_code) for c in countries)


def _town_owning_at_home(place: PlaceText, gazetteer: Gazetteer) -> str | None:
    """The owner of a place written with a possessive ("Hamilton's Tim Hortons Field"), read as a division
    abroad, where the agency's home holds a town of that exact name: that town, or None."""
    if not place.sublocation or len(place.parents) != 1 or not place.home_country or not place.text:
        return None
    owner = place.parents[0]
    if (
        f"{owner}'s {place.sublocation}" not in place.text
        and f"{owner}’s {place.sublocation}" not in place.text
    ):
        return None
    home, division = gazetteer.country(place.home_country), gazetteer.admin1(owner)
    if home is None or division is None or division.country_code == home.country_code:
        return None  # "Ontario's Queen's Park" from The Canadian Press: the province at home
    if gazetteer.country(owner) is not None:
        return None
    town = gazetteer.resolve(PlaceQuery(city=owner, parents=(place.home_country,)))
    found = _town_as_written(town, 0)
    return owner if found is not None and found.country_code == home.country_code else None


def _measured_from(place: PlaceText, gazetteer: Gazetteer) -> PlaceText | None:
    """ "a wildfire burns about 30 miles east of San Diego": the town only measures the place, which lies in
    its division and country; the place with those for parents and no town, where the town is found."""
    ref = gazetteer.resolve(PlaceQuery(city=place.city, context=place.context))
    if ref.city is None or not ref.candidates or ref.candidates[0].how == "fuzzy":
        return None
    parents = tuple(p for p in (ref.city.admin1_name, ref.city.country_name) if p)
    return replace(place, city=None, parents=parents, near=(place.city or "", *place.near), measured=False)


def _worded_division(place: PlaceText, gazetteer: Gazetteer) -> str | None:
    """The city, or with none the first parent, where the caption writes it with a division's word before
    it ("in the province of Alicante", "provincia di Cuneo") and the gazetteer keeps no division of that
    name (Spain's provinces): the town found for it is the division's namesake."""
    name = place.city or (place.parents[0] if place.parents else None)
    # The place phrase holds the division's word where the caption writes one; it is shorter than the body.
    if name is None or not any(
        m.group("name") == name for m in _division_worded().finditer(place.text or "")
    ):
        return None
    return name if gazetteer.admin1(name) is None and gazetteer.country(name) is None else None


@cache
def _division_worded() -> re.Pattern[str]:
    """A division's word, its "of", and the name after it: "province of Alicante", "Provinz von X"."""
    heads = alternation(words("place", "region_heads"))
    return re.compile(
        rf"\b(?i:{heads})\s+(?:of|de|di|del|du)\s+(?P<name>[A-ZÀ-Þ][\w'’-]*(?:\s[A-ZÀ-Þ][\w'’-]*)*)"
    )


# "of" and capitalised words, then the comma before the place phrase: "torneo di Indian Wells, ".
_NAME_BEFORE_COMMA = re.compile(
    r"\s(?:of|di|de|du|da|do)\s(?P<name>[A-ZÀ-Þ][\w'’-]*(?:\s[A-ZÀ-Þ][\w'’-]*){0,2}),\s$"
)


def _name_before_chain(place: PlaceText) -> str | None:
    """The capitalised name written after "of" right before the place phrase and a comma, if any."""
    at = place.body.find(", " + (place.text or ""))
    if at < 0:
        return None
    m = _NAME_BEFORE_COMMA.search(place.body, max(0, at - 60), at + 2)
    return m.group("name") if m else None


def _town_in_division(
    name: str, place: PlaceText, division: Place, gazetteer: Gazetteer
) -> Resolution | None:
    """The resolution of NAME as a town of DIVISION, if it is one as written, with a town's people."""
    found = gazetteer.resolve(PlaceQuery(city=name, parents=(division.name,), context=place.context))
    town = _town_as_written(found, _MIN_TOWN_POPULATION)
    ok = town is not None and town.division == (
        division.country_code,
        division.admin1_code,
    )
    return found if ok else None


def _feature_town(place: PlaceText, division: Place, gazetteer: Gazetteer) -> str | None:
    """Water or a landform the caption names within the division that is also a town of that division by
    its own name ("Lake Louise", "Lake Placid"), if one: towns are often named after the lake they lie by."""
    for name in (place.sublocation, *place.other_sublocations):
        if not name or name[:1].islower() or not _natural_place(name):
            continue
        if _exact_town_of(name, division, gazetteer):
            return name
    return None


# A town's name is seldom longer: "Neustadt an der Aisch".
_MAX_UNREAD_TOWN_WORDS = 4


def _town_left_unread(place: PlaceText, division: Place, gazetteer: Gazetteer) -> str | None:
    """A name the caption writes outside the chain, or near it, that the gazetteer finds exactly as a town of
    DIVISION (a first-level division or a country), however small, right after a locative ("in", "near",
    "près de"); not a town a place is measured from ("30 km east of Dire Dawa"), nor a site's name ("visit
    Chichen Itza"), nor the head of a longer name ("in Kursk Region"), which the record rightly leaves out."""
    locatives = words("place", "locative") | words("place", "near")
    for name in (*place.near, *place.other_sublocations, *place.loose):
        if (
            not name[:1].isupper()
            or fold(name) == fold(division.name)
            or len(name.split()) > _MAX_UNREAD_TOWN_WORDS
            or not written_after(name, place.body, locatives, alone=True)
        ):
            continue
        if _exact_town_of(name, division, gazetteer):
            return name
    return None


def _exact_town_of(name: str, division: Place, gazetteer: Gazetteer) -> bool:
    """Whether the gazetteer finds NAME exactly, by its own name, as a town of DIVISION (a first-level
    division, or a country)."""
    found = gazetteer.resolve(PlaceQuery(city=name, parents=(division.name,)))
    town = found.city
    return (
        town is not None
        and bool(found.candidates)
        and found.candidates[0].how == "exact"
        and town.country_code == division.country_code
        and (division.admin1_code is None or town.admin1_code == division.admin1_code)
    )


def _town_of_city_state(city: str, state: str, gazetteer: Gazetteer) -> bool:
    """Whether CITY is a town of its own in the city-state STATE ("Tai Po, Hong Kong", "大埔"), by its
    division's code (place.toml `city_state_towns_cased`), not a district of the state's city."""
    town = gazetteer.resolve(PlaceQuery(city=city, parents=(state,))).city
    if town is None or town.admin1_code is None:
        return False
    code = f"{town.country_code} {town.admin1_code}"
    return any(code.startswith(prefix) for prefix in words("place", "city_state_towns_cased"))
