"""A venue and the town written with it: which comes first, a borough, a town named after the venue."""

from __future__ import annotations

import re

from gazetteer import Gazetteer, PlaceQuery, Resolution

from .._distance import km
from .._fold import fold
from .._parse import PlaceText
from .._rules import rules, words
from ._geo import _NEAR_KM
from ._towns import _town_as_written


def _landform(name: str) -> bool:
    """ "Kamchatka Peninsula", "Sinai Desert": a name closed by a landform word names no town."""
    last = name.rsplit(" ", 1)[-1].casefold()
    return " " in name and last in words("place", "landforms")


def _river(name: str, body: str) -> bool:
    """ "comunidades ribeirinhas no Rio Negro, no Amazonas": a name opened by a river's word, written after
    the article a river takes ("no", "do", "el"; a town takes none but Rio de Janeiro), names a river."""
    first = name.split(" ", 1)[0]
    if " " not in name or first not in words("place", "river_heads_cased"):
        return False
    articles = words("place", "river_articles_cased")
    return any(f" {article} {name}" in f" {body}" for article in articles)


_TOWN_WORDS = r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}"
_ROUTE = re.compile(rf"\bfrom (?P<start>{_TOWN_WORDS}) to (?P<end>{_TOWN_WORDS})\b")


def _route_ends(place: PlaceText, city_text: str | None) -> tuple[str, str] | tuple[()]:
    """The ends of a route the caption names, where the town read is one of them: "a stage from Bayonne to
    Toulouse" shows either town, or the road between."""
    m = _ROUTE.search(place.body or "") if city_text else None
    if m is None or city_text not in (m.group("start"), m.group("end")):
        return ()
    return m.group("start"), m.group("end")


def _natural_place(name: str) -> bool:
    """ "Lake Superior", "Mount Rainier", "Kamchatka Peninsula": water or a landform, by the word that opens
    or closes its name."""
    first = name.split(" ", 1)[0]
    return _landform(name) or (" " in name and first in words("place", "landform_heads_cased"))


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
            or res.city.division
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
        end = start + len(sublocation)
        if _text_after(body, end, text) or _text_after(body, _past_noun(body, end), text):
            return True
        start = body.find(sublocation, start + 1)
    return False


def _text_after(body: str, gap: int, text: str) -> bool:
    """Whether TEXT follows at GAP after white space or commas."""
    while gap < len(body) and (body[gap] == "," or body[gap].isspace()):
        gap += 1
        if body.startswith(text, gap):
            return True
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
    if km(res.city, whole.city) > _NEAR_KM:
        return None
    return whole, city


# "in Kadikoy, Istanbul": a district of a metropolis that GeoNames lacks, where it holds only a namesake
# village this small off in the metropolis's own division ("Mengen, Bolu" is a town of a province, and a
# district GeoNames lists as a town right by its city is `_district_of_town_after`'s: "Islington, London").
_VILLAGE = 5_000
_METROPOLIS = 1_000_000
_METRO_KM = 60.0  # and no farther off than a metropolis reaches ("Orchard Park, New York" is upstate)


def _city_of_district(res: Resolution, place: PlaceText, gazetteer: Gazetteer) -> Resolution | None:
    """The metropolis written right after the town found, where that town is only a small namesake off in
    the metropolis's division ("Kadikoy, Istanbul": not the village Kadıköy 50 km off), or None."""
    town = res.city
    if (
        town is None
        or not place.city
        or not place.parents
        or town.kind != "city"
        or town.population >= _VILLAGE
    ):
        return None
    after = place.parents[0]
    if gazetteer.country(after) is not None or "city" not in gazetteer.classify(after):
        return None
    big = gazetteer.resolve(PlaceQuery(city=after, parents=place.parents[1:], context=place.context))
    city = big.city
    if city is None or not big.candidates or big.candidates[0].how not in ("exact", "alternate", "overlay"):
        return None
    if city.geonames_id == town.geonames_id or city.population < _METROPOLIS:
        return None
    if city.division != town.division:
        return None
    return big if km(town, city) <= _METRO_KM else None


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
    city = res.city
    if any(c.how != "fuzzy" and km(city, c.place) <= _NEAR_KM for c in town.candidates):
        # "en el puerto de Algeciras (Cádiz)": a namesake of the town after it lies by the city found (the
        # province named for its capital), though a bigger one abroad was read first.
        return None
    return town if km(city, town.city) > _NEAR_KM else None


def _namesake_by_town_after(
    res: Resolution, town: Resolution, place: PlaceText, gazetteer: Gazetteer
) -> Resolution | None:
    """The town of the city's own name in the division of the town written after it, and near it, where the
    one found lies far from that town (`_far_from_town_after`): "en Guadalupe (Cáceres)", "Guadalupe,
    Cáceres" is Extremadura's Guadalupe, in the province named like its capital, not Mexico's. Not by a big
    town, whose districts are its places ("at Heathrow, London"; `_district_of_town_after`)."""
    near = town.city
    if near is None or res.city is None or not place.city or near.population >= _BIG_TOWN:
        return None
    division = (near.admin1_name or "", near.country_name or "")
    own = gazetteer.resolve(PlaceQuery(city=place.city, parents=tuple(p for p in division if p)))
    found = _town_as_written(own, 0)
    if found is None:
        return None
    if found.geonames_id in (near.geonames_id, res.city.geonames_id):
        return None
    if found.division != near.division:
        return None
    return own if km(found, near) <= _NEAR_KM else None


# A district GeoNames lists as a town of its own lies this close to the point of the big town written after
# it ("Islington, London": 3 km; "Camden Town, London": 4 km); a town of its own by a big one lies farther
# ("Saint-Denis": 9 km from Paris).
_DISTRICT_KM = 8.0
# The town written after the district is this much bigger, and a big town itself: a municipality of a
# capital region is a sizeable town of its own ("Anderlecht, Brussels": a sixth of it).
_DISTRICT_RATIO = 10
_BIG_TOWN = 500_000


def _district_of_town_after(res: Resolution, place: PlaceText, gazetteer: Gazetteer) -> Resolution | None:
    """The big town written after the city, where the city found is a district of it that GeoNames lists as a
    town ("in Islington, London, Britain"): the town is the city, the district a place within it. Not where
    the town's name is a division's too ("Paiporta, Valencia, Spain": the province, the town its own)."""
    if res.city is None or not place.city or not place.parents:
        return None
    after = place.parents[0]
    if gazetteer.classify(after) != ("city",) or gazetteer.admin1(after) is not None:
        return None
    town = gazetteer.resolve(PlaceQuery(city=after, parents=place.parents[1:], context=place.context))
    if town.city is None or not town.candidates or town.candidates[0].how == "fuzzy":
        return None
    if town.city.geonames_id == res.city.geonames_id or town.city.population < _BIG_TOWN:
        return None
    if town.city.population < _DISTRICT_RATIO * res.city.population:
        return None
    return town if km(res.city, town.city) <= _DISTRICT_KM else None


def _past_noun(body: str, end: int) -> int:
    """Past one lower-case noun the sublocation was written with and dropped ("the Al-Aqsa Mosque compound
    in Jerusalem's Old City": "compound")."""
    m = _LOWER_NOUN.match(body, end)
    return m.end() if m else end


_LOWER_NOUN = re.compile(r" [a-z]+(?= )")


def _venue_before_town(place: PlaceText, res: Resolution) -> bool:
    """Whether the city slot names no town and the town found is the parent written right after it."""
    return bool(
        place.city
        and place.city in res.not_found
        and place.parents
        and res.city is not None
        and fold(place.parents[0]) == fold(res.city.name)
        and place.city[:1].isupper()
    )
