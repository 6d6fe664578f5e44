"""What one resolution works on: the readings of its parents, the evidence of its context, and the query
state that carries both (with the country filter) from step to step.

Plain values only, no index access: the steps that fill them live in ``_context`` (parents and context)
and the package's facade (the city slot); ``_candidates`` scores against them.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from gazetteer._frozen import fast_init
from gazetteer._models import Place
from gazetteer._resolve._weights import NEAR_CELL

__all__ = ["ContextEvidence", "QueryState", "Reading", "cell", "scope_of"]


@fast_init
@dataclass(frozen=True, slots=True)
class Reading:
    """What one parent text can mean."""

    text: str
    countries: frozenset[str] = frozenset()
    admin1: tuple[tuple[str, str], ...] = ()
    region: Place | None = None
    admin2: tuple[tuple[str, str, str], ...] = ()  # (country, admin1, admin2) codes, best first

    @property
    def scope(self) -> frozenset[str]:
        return self.countries | {cc for cc, _ in self.admin1} | {cc for cc, _, _ in self.admin2}

    @property
    def admin2_only(self) -> bool:
        """Only a county-level reading: the text may just as well be a town ("Dallas", "Surrey")."""
        return bool(self.admin2) and not (self.countries or self.admin1 or self.region)


@dataclass(slots=True)
class ContextEvidence:
    """Evidence from the other place names of a caption or article."""

    countries: Counter[str] = field(default_factory=Counter)  # where each name most likely is
    admin1: Counter[tuple[str, str]] = field(default_factory=Counter)  # the division each most likely is in
    named_admin1: set[tuple[str, str]] = field(default_factory=set)  # divisions named as such ("Louisiana")
    names: int = 0  # the other names that resolved: shares of ``countries`` and ``admin1`` are of these
    support: Counter[tuple[str, str]] = field(default_factory=Counter)  # divisions any reading lies in
    peers: Counter[tuple[str, str]] = field(default_factory=Counter)  # divisions of county-level readings
    cells: list[frozenset[tuple[int, int]]] = field(default_factory=list)  # per name: its readings' cells
    units: list[tuple[tuple[str, str, str], ...]] = field(default_factory=list)  # per name: its counties

    def share(self, count: int) -> float:
        """How much ``count`` of the other names says: all of it from half of them up, less below that.

        One name among five in other countries ("New York" beside Tokyo, Shanghai, London) says little
        about a sixth; in a caption's two or three names, one is enough.
        """
        if count <= 0:
            return 0.0
        return min(1.0, 2.0 * count / max(self.names, 1))


@fast_init
@dataclass(frozen=True, slots=True)
class QueryState:
    """One query as the resolution steps see it, once its parents and context are read.

    Candidates are scored against ``readings`` and ``context`` and filtered by ``scope``; a state with
    only a scope (``scope_only()``) filters without scoring by parents, as landmarks are looked up.
    """

    city: str | None = None  # the city-slot text; None when empty or when it named an area instead
    readings: tuple[Reading, ...] = ()  # what the parents (and a city slot that named an area) mean
    scope: frozenset[str] | None = None  # the countries all readings allow (a hard filter); None: any
    context: ContextEvidence | None = None  # what the caption's other place names say
    unmatched: tuple[str, ...] = ()  # parent texts no area has as a name: perhaps cities
    loose: tuple[str, ...] = ()  # county-level parent texts set aside: they may be towns
    notes: tuple[str, ...] = ()  # remarks for the Resolution ("parents disagree on the country")

    def scope_only(self) -> QueryState:
        return QueryState(scope=self.scope)

    def with_county_readings(self, counties: dict[str, tuple[tuple[str, str, str], ...]]) -> QueryState:
        """Each parent read as the county-level units of its name (COUNTIES, by text) in place of its other
        readings: "à Douai, dans le Nord", where Haiti's first-level Nord holds no Douai but France's
        second-level one does."""
        readings = tuple(
            Reading(r.text, admin2=counties[r.text]) if r.text in counties else r for r in self.readings
        )
        return replace(self, readings=readings, scope=scope_of(readings))

    def without_county_parents(self) -> QueryState:
        """County-level parents set aside as possible towns ("Fair Park, Dallas"); the scope follows."""
        readings = tuple(r for r in self.readings if not r.admin2_only)
        loose = (*self.loose, *(r.text for r in self.readings if r.admin2_only))
        return replace(self, readings=readings, scope=scope_of(readings), loose=loose)

    def without_division_parents(self) -> tuple[QueryState, tuple[Reading, ...]]:
        """Parents read only as first-level divisions set aside as possible towns: "Guadix, Granada", where
        Spain's province is named for its capital and Nicaragua's department holds no Guadix."""
        divisions = tuple(r for r in self.readings if r.admin1 and not (r.countries or r.region or r.admin2))
        readings = tuple(r for r in self.readings if r not in divisions)
        return replace(self, readings=readings, scope=scope_of(readings)), divisions


def scope_of(readings: Iterable[Reading]) -> frozenset[str] | None:
    scope: frozenset[str] | None = None
    for reading in readings:
        part = reading.scope
        if not part:
            continue  # a continent ("Africa") names no country
        scope = part if scope is None else scope & part
    return scope


def cell(lat: float, lon: float) -> tuple[int, int]:
    """The grid cell of a point (see ``NEAR_CELL``)."""
    return math.floor(lat / NEAR_CELL), math.floor(lon / NEAR_CELL)
