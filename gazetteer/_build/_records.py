"""What the builder accumulates: country and division records, a bitmap of place ids, and the geometry
that places countries, divisions and regions (population-weighted centroids as 3-D vector means, safe
across the antimeridian, and trimmed extents).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

__all__ = ["Admin1", "Centroid", "Country", "IdSet", "extent_centre", "unit_vector"]


def extent_centre(
    lats: Sequence[float],
    lons: Sequence[float],
    reference: tuple[float, float],
    trim: float = 0.02,
    gap: float | None = None,
) -> tuple[float, float] | None:
    """Centre of the extent of a unit's places, ``trim`` of them cut at each end (2nd-98th percentile).

    No packaged source has coordinates for countries and divisions. The centre of the trimmed extent of
    their places lands nearer GeoNames' own points than a population-weighted centroid does (median
    165 km against 265 km over 30 large countries), which drifts toward the biggest city.

    With ``gap`` the extent is that of all places but the few (5% at most at each end) cut off from the
    rest by a gap wider than ``gap`` times the 5th-95th percentile span: a sparse far north stays in
    (Labrador), a town GeoNames files under the wrong division does not (a Sichuan town coded Jiangsu put
    Jiangsu's centre 750 km west, Heilongjiang's 1,500 km), nor do remote islands (Tokyo's Ogasawara,
    Valparaíso's Easter Island, Arkhangelsk's Franz Josef Land).
    """
    if len(lats) < 10:
        return None
    ref_lon = reference[1]
    offsets = sorted((lon - ref_lon + 540.0) % 360.0 - 180.0 for lon in lons)
    ordered = sorted(lats)
    if gap is not None:
        lat = _middle_without_strays(ordered, gap)
        lon = (ref_lon + _middle_without_strays(offsets, gap) + 540.0) % 360.0 - 180.0
        return round(lat, 5), round(lon, 5)
    lo, hi = int(trim * (len(ordered) - 1)), int((1.0 - trim) * (len(ordered) - 1))
    lat = (ordered[lo] + ordered[hi]) / 2
    lon = (ref_lon + (offsets[lo] + offsets[hi]) / 2 + 540.0) % 360.0 - 180.0
    return round(lat, 5), round(lon, 5)


def _middle_without_strays(ordered: Sequence[float], gap: float) -> float:
    """The middle of sorted values once the strays at either end (see ``extent_centre``) are cut."""
    last = len(ordered) - 1
    span = max(ordered[int(0.95 * last)] - ordered[int(0.05 * last)], 0.5)  # half a degree at least
    reach = int(0.05 * last)
    lo = max((i + 1 for i in range(reach + 1) if ordered[i + 1] - ordered[i] > gap * span), default=0)
    hi = min((i - 1 for i in range(last - reach, last + 1) if ordered[i] - ordered[i - 1] > gap * span), default=last)
    return (ordered[lo] + ordered[hi]) / 2


def unit_vector(lat: float, lon: float) -> tuple[float, float, float]:
    la, lo = math.radians(lat), math.radians(lon)
    return math.cos(la) * math.cos(lo), math.cos(la) * math.sin(lo), math.sin(la)


@dataclass(slots=True)
class Centroid:
    x: float = 0.0
    y: float = 0.0
    z: float = 0.0
    weight: float = 0.0
    population: int = 0

    def add(self, lat: float, lon: float, population: int) -> None:
        w = population + 1.0  # villages with population 0 still count a little
        la, lo = math.radians(lat), math.radians(lon)
        self.x += w * math.cos(la) * math.cos(lo)
        self.y += w * math.cos(la) * math.sin(lo)
        self.z += w * math.sin(la)
        self.weight += w
        self.population += population

    def merge(self, other: Centroid) -> None:
        self.x += other.x
        self.y += other.y
        self.z += other.z
        self.weight += other.weight
        self.population += other.population

    def point(self) -> tuple[float, float] | None:
        if self.weight <= 0:
            return None
        hyp = math.hypot(self.x, self.y)
        return round(math.degrees(math.atan2(self.z, hyp)), 5), round(
            math.degrees(math.atan2(self.y, self.x)), 5
        )


@dataclass(slots=True)
class Country:
    cc: str
    cc3: str
    name: str
    geonameid: int | None
    capital_name: str
    population: int
    area: float
    names: set[str] = field(default_factory=set)
    point: tuple[float, float] | None = None  # from a PCLI feature when the source has one
    capital_id: int | None = None
    capital_pop: int = -1


@dataclass(slots=True)
class Admin1:
    cc: str
    code: str
    name: str
    iso: str
    geonameid: int | None
    type: str
    names: dict[str, int] = field(default_factory=dict)  # name -> flags
    point: tuple[float, float] | None = None
    seat_id: int | None = None
    seat_pop: int = -1
    seat_names: list[str] = field(default_factory=list)
    cores: set[str] = field(default_factory=set)


class IdSet:
    """A bitmap over GeoNames ids (max ~13 M): 1.6 MB instead of a set of millions of ints."""

    def __init__(self) -> None:
        self.bits = bytearray(1 << 20)

    def add(self, value: int) -> None:
        index = value >> 3
        if index >= len(self.bits):
            self.bits.extend(bytes(max(index + 1 - len(self.bits), len(self.bits))))
        self.bits[index] |= 1 << (value & 7)

    def __contains__(self, value: int) -> bool:
        index = value >> 3
        return index < len(self.bits) and bool(self.bits[index] & (1 << (value & 7)))
