"""The one distance measure of `captions`: how far apart two places are, for the parse layer (which asks the
gazetteer's places through `PlaceLookup`) and the locate layer alike."""

from __future__ import annotations

from math import atan2, cos, radians, sin, sqrt
from typing import Protocol

# A part of a town lies this near its centre ("praia de Copacabana, Rio de Janeiro": Copacabana is 6 km
# from Rio's); a town of its own (Niterói, Pikine) may lie nearer only with many people of its own.
PART_OF_TOWN_KM = 15.0

# geopy's mean great-circle radius of the earth (geopy.distance.EARTH_RADIUS), in km.
_EARTH_RADIUS_KM = 6371.009


class Located(Protocol):
    @property
    def latitude(self) -> float: ...

    @property
    def longitude(self) -> float: ...


def km(a: Located, b: Located) -> float:
    """The great-circle distance of two places in km, as geopy's `great_circle` measures it (its formula and
    radius, without building its Point objects: some eight times faster); 0 where a place has no point."""
    if None in (a.latitude, a.longitude, b.latitude, b.longitude):
        return 0.0
    lat1, lat2 = radians(a.latitude), radians(b.latitude)
    sin_lat1, cos_lat1 = sin(lat1), cos(lat1)
    sin_lat2, cos_lat2 = sin(lat2), cos(lat2)
    delta = radians(b.longitude) - radians(a.longitude)
    cos_delta, sin_delta = cos(delta), sin(delta)
    across = sqrt((cos_lat2 * sin_delta) ** 2 + (cos_lat1 * sin_lat2 - sin_lat1 * cos_lat2 * cos_delta) ** 2)
    return _EARTH_RADIUS_KM * atan2(across, sin_lat1 * sin_lat2 + cos_lat1 * cos_lat2 * cos_delta)
