"""What the other steps measure with: the distances they allow (`captions/_distance.py` measures them),
whether a place holds another, names folded for comparing."""

from __future__ import annotations

import re
import unicodedata

from gazetteer import Gazetteer, Place, Resolution

from .._fold import fold
from .._parse import PlaceText
from .._rules import rules

# A town the caption says is near another lies within this distance of it.
_NEAR_KM = 150.0

# The readings an ambiguity warning lists: the rivals a caption's words must rule out, or a town at home
# among them settles it.
_LISTED_READINGS = 3

# A town this many times bigger than every other of its name is the one meant: a modifier's ("a Warsaw
# protest" is not Warsaw, Indiana; "Hamilton city councillors" may be Canada's or New Zealand's), and one
# read by its own name over a namesake at home this much smaller (Stamford, Texas for Connecticut's).
_FAR_BIGGER_RATIO = 10


# "in Kharkiv, 400 km east of Kyiv": a town placed by another lies at most this far from it.
_FAR_FROM_NEAR_KM = 1000.0


def _holds(country_code: str | None, place_code: str | None) -> bool:
    """Whether a place of PLACE_CODE lies in the country of COUNTRY_CODE: its own, or one holding it."""
    held: dict[str, str] = rules("place")["held_territories"]
    return country_code == place_code or (place_code is not None and held.get(place_code) == country_code)


def _home_country(place: PlaceText, gazetteer: Gazetteer) -> Place | None:
    """The country of the national agency that wrote the caption, if it is one (PA's, ANSA's), else None."""
    return gazetteer.country(place.home_country) if place.home_country else None


def _approximate(res: Resolution) -> bool:
    return bool(res.candidates) and res.candidates[0].how == "fuzzy"


def _words_of(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"\w+", fold(text)))


def _names_division(parent: str, division: Place | None, country: Place | None) -> bool:
    """Whether a parent written in the caption names its division rather than a country: "Northern
    Ireland", "Scotland" are divisions the resolver also reads as their country (the United Kingdom);
    "Mexico" is the country, not the State of Mexico."""
    return division is not None and (country is None or fold(country.name) != fold(parent))


def _latin_script(text: str) -> bool:
    return all(unicodedata.name(c, "").startswith("LATIN") for c in text if c.isalpha())
