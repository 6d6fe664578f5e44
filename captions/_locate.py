"""Locate: the place text the parser read, resolved to a Location with the gazetteer (GeoNames names,
divisions, coordinates), and the warnings a desk must check (not found, ambiguous, approximate)."""

from __future__ import annotations

import re
from dataclasses import replace

from gazetteer import Gazetteer, Place, PlaceQuery, Resolution

from ._model import Location, WarningCode
from ._parse import PlaceText, is_facility

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


def _of_tail(name: str) -> tuple[str, ...]:
    """ "Centro Histórico de Ciudad de México" may name a place in "Ciudad de México"."""
    m = re.search(r"\s(?:of|de|di|du|del)\s+(?=[A-Z])", name)
    return (name[m.end() :],) if m else ()


# A town read off a facility name must be a real town, not "Times" of "Times Square".
_MIN_TOWN_POPULATION = 5_000


def _agrees(city: Place | None, parents: tuple[str, ...], gazetteer: Gazetteer) -> bool:
    """Whether a city lies in the divisions and country the caption names with it (the resolver takes a
    division as a hint only, so "Central Park, New York" could otherwise read as Central, Louisiana)."""
    if city is None:
        return False
    for parent in parents:
        country = gazetteer.country(parent)
        if country is not None and country.country_code != city.country_code:
            return False
        division = gazetteer.admin1(parent)
        if (
            division
            and division.country_code == city.country_code
            and division.admin1_code != city.admin1_code
        ):
            return False
    return True


def locate(place: PlaceText, gazetteer: Gazetteer) -> tuple[Location | None, list[tuple[WarningCode, str]]]:
    """Resolve the place text to a Location with the gazetteer; warn what a desk must check."""
    if not (place.city or place.sublocation or place.parents):
        return None, [(WarningCode.MISSING_PLACE, "no place found in the caption")]
    if place.city is None and place.sublocation and place.parents and is_facility(place.sublocation):
        # "in Long Beach, Calif.", "in Miami Gardens, Fla.": a town named like a place within one.
        res = gazetteer.resolve(
            PlaceQuery(city=place.sublocation, parents=place.parents, context=place.context)
        )
        if (
            res.candidates
            and res.candidates[0].how == "exact"
            and _agrees(res.city, place.parents, gazetteer)
        ):
            rest = place.other_sublocations
            place = replace(
                place, city=place.sublocation, sublocation=next(iter(rest), None), other_sublocations=rest[1:]
            )
    attempts: list[tuple[str | None, bool]] = []  # (city text, read off a longer name)
    if place.city:
        attempts.append((place.city, False))
        attempts += [(town, True) for town in (*_of_tail(place.city), *town_prefixes(place.city))]
    elif place.sublocation:
        attempts += [(town, True) for town in town_prefixes(place.sublocation)]
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
            res.city.population < _MIN_TOWN_POPULATION or not _agrees(res.city, place.parents, gazetteer)
        ):
            continue
        chosen = (res, city)
        break
    assert chosen is not None
    res, city_text = chosen
    warnings: list[tuple[WarningCode, str]] = []
    sublocation = place.sublocation
    if res.city is not None and city_text and place.city and city_text != place.city:
        # "Newport News Shipbuilding" in Newport News; "Centro Histórico" of "Ciudad de México".
        head = re.sub(r"\s+(?:of|de|di|du|del)$", "", place.city[: place.city.find(city_text)].strip())
        sublocation = sublocation or head or place.city
    city_name = res.city.name if res.city else None
    if res.city is None and place.city and place.city in res.not_found:
        city_name = place.city  # the caption's spelling, for a desk to check
        warnings.append((WarningCode.PLACE_NOT_FOUND, f"'{place.city}' is not in the gazetteer"))
    elif res.not_found:
        warnings.append((WarningCode.PLACE_NOT_FOUND, f"not in the gazetteer: {', '.join(res.not_found)}"))
    if res.city is not None and res.candidates and res.candidates[0].how == "fuzzy":
        warnings.append(
            (WarningCode.AMBIGUOUS_PLACE, f"'{city_text}' matched '{res.city.name}' only approximately")
        )
    elif res.ambiguous:
        others = ", ".join(
            f"{c.place.name} ({c.place.admin1_name or ''} {c.place.country_code or ''})".replace(" )", ")")
            for c in res.candidates[:3]
        )
        warnings.append(
            (WarningCode.AMBIGUOUS_PLACE, f"'{city_text or place.parents[0]}' could be: {others}")
        )

    country = res.country
    specific = res.most_specific
    division = res.admin1.name if res.admin1 else (res.city.admin1_name if res.city else None)
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
