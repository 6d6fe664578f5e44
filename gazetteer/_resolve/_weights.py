"""The numbers of the ranking: score weights, distances, the ambiguity margin and cache sizes.

Kept apart from the code that applies them so that tuning the resolver is an edit to this one file; the
order in which they weigh is described in the package docstring (``gazetteer._resolve``).
"""

from __future__ import annotations

from gazetteer._models import MatchHow
from gazetteer._schema import F_ALT, F_COLLOQUIAL, F_HISTORIC, F_MAIN, F_PREFERRED, F_STRIPPED

__all__ = [
    "ADMIN2_PAD",
    "AMBIGUITY_MARGIN",
    "AMBIGUITY_MIN_KM",
    "CACHE_SIZE",
    "CONTEXT_LEAD",
    "DIVISION_OVER_CITY_KM",
    "NEAR_CELL",
    "OWN_NAME_TOWN_MIN",
    "SEAT_KM",
    "TOWN_DENSITY",
    "W_ADMIN2",
    "W_ADMIN2_SHORT",
    "W_CAPITAL",
    "W_CONTEXT_ADMIN1",
    "W_CONTEXT_COUNTRY",
    "W_CONTEXT_NAMED_ADMIN1",
    "W_CONTEXT_NEAR",
    "W_CONTEXT_PEER",
    "W_CONTEXT_SUPPORT",
    "W_DATELINE",
    "W_ENGLISH_NAMED_ALTERNATE",
    "W_NEIGHBOUR_OWN_NAME",
    "W_PARENT_ADMIN1",
    "W_PARENT_ADMIN2",
    "W_PARENT_COUNTRY",
    "W_POP",
    "W_SEAT",
    "W_SECTION",
    "match_quality",
]

# Score weights (log10 population scale: 0.5 per decade).
W_POP = 0.5
W_CAPITAL = 0.6
W_SEAT = 0.3
W_SECTION = -0.6
W_PARENT_COUNTRY = 1.0
W_PARENT_ADMIN1 = 2.0
W_PARENT_ADMIN2 = 1.0
W_CONTEXT_COUNTRY = 0.6
W_CONTEXT_ADMIN1 = 1.2
W_CONTEXT_NAMED_ADMIN1 = 0.8  # on top of W_CONTEXT_ADMIN1 when the division is named among 2+ names
W_CONTEXT_SUPPORT = 0.3  # per other name (at most 2) that could lie in the candidate's division
W_CONTEXT_NEAR = 0.5  # per other name (at most 2) that could be a place near the candidate
W_CONTEXT_PEER = 0.75  # per other name (at most 2) that could be a county-level unit of the same division
W_DATELINE = 1.0
# A city slot names a town more often than a county-level unit, whose population (the sum of its places')
# flatters it; more so by the unit's bare name ("Knox" for Knox County) than by its own ("Essex").
W_ADMIN2 = -0.5
W_ADMIN2_SHORT = -1.0
# Grid cells (degrees) for "near" in context: a cell and its 8 neighbours reach 50-100 km.
NEAR_CELL = 0.5
ADMIN2_PAD = 0.05  # degrees around a county's extent, which is that of its own places
SEAT_KM = 40.0  # a town this near a same-named county-level unit is its seat
# A bare name that is a division and a city ("New York", "Washington") is the division by context only
# where the two lie this far apart: nearer, the city is as close and says more.
DIVISION_OVER_CITY_KM = 150.0
AMBIGUITY_MARGIN = 0.5
# Towns of one name in two countries, the smaller at least this share of the larger's people, are told
# apart by the caption's other words only: the larger needs this lead to stand alone ("Saint-Denis").
NAMESAKE_ABROAD_SHARE = 0.5
NAMESAKE_ABROAD_MARGIN = 1.0
# An ambiguous other name of a document still counts for its likeliest division when it leads the next
# reading by this much (Hartford, Conn., over Hartford, Wis.), not when they are level ("Douglas County").
CONTEXT_LEAD = 0.3
AMBIGUITY_MIN_KM = 25.0
# A town's alternate name that a separate town near it bears as its own (Indio, once "Indian Wells", by the
# city of Indian Wells) is that town's: a place within SEAT_KM, beyond the alternate bearer's own reach (the
# radius its people fill at TOWN_DENSITY per km²), is not a part of it as Manhattan is of New York City.
W_NEIGHBOUR_OWN_NAME = -1.0
TOWN_DENSITY = 2000.0
# An alternate name of a town in a country that names its towns in English (data/english_named.toml) is no
# name an English caption gives it where another town bears that name as its own: two decades of people
# ("Oban": Oban, Scotland, not Auburn, Wash., 9x bigger, which lists it; "Waterloo": not Austin, Texas).
W_ENGLISH_NAMED_ALTERNATE = -1.0
# ... where that town has this many people at least: a hamlet's own name does not take a town's old or local
# name from it ("Casco" is Portland, Maine's, not Casco, Maine's, 587; "Teton" Jackson, Wyo.'s).
OWN_NAME_TOWN_MIN = 5_000
CACHE_SIZE = 100_000


def match_quality(flags: int) -> tuple[MatchHow, float, str]:
    """How a name row matched, its base score and the reason shown, from its flags."""
    if flags & F_MAIN:
        return "exact", 3.0, "main name"
    if flags & F_PREFERRED:
        return "overlay", 2.9, "curated spelling"
    if flags & F_STRIPPED and not flags & F_ALT:
        return "alternate", 3.0 + W_ADMIN2_SHORT, "name without its type word"  # only counties have these
    if flags & F_HISTORIC:
        return "alternate", 1.8, "historic name"
    if flags & F_COLLOQUIAL:
        return "alternate", 2.4, "colloquial name"
    # 0.4 below a main name: a village's main name loses to a city 6x bigger that lists the name
    # ("Lugansk"), a city keeps its own name against a bigger place's old name ("Pokrovsk" vs Engels).
    return "alternate", 2.6, "alternate name"


# "Talisay, Batangas": a written parent that is a town, not a division, picks the namesake within this
# distance of it (a town and the provincial capital it is written with lie within a province's reach).
NEAR_PARENT_TOWN_KM = 60.0
