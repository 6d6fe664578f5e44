"""geopy-compatible geocoders: the offline one over the index, and the common backend interface.

``OfflineGeocoder`` is a ``geopy.geocoders.base.Geocoder``: code written against geopy (``geocode``,
``reverse``, ``RateLimiter``) can swap it for ``Nominatim`` and back. Every backend returns
``geopy.location.Location`` objects whose ``raw`` carries at least ``geonames_id``, ``name``,
``province_state``, ``country_code`` and ``feature_class``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from typing import Any, Protocol, TypeAlias, runtime_checkable

from geopy.geocoders.base import Geocoder  # type: ignore[import-untyped]
from geopy.location import Location  # type: ignore[import-untyped]
from geopy.point import Point  # type: ignore[import-untyped]

from gazetteer._exceptions import GazetteerError
from gazetteer._models import Candidate, Place, PlaceQuery, Resolution
from gazetteer._resolve import Gazetteer

__all__ = [
    "RAW_KEYS",
    "SERVICES",
    "GeocoderBackend",
    "OfflineGeocoder",
    "get_geocoder",
    "place_raw",
]

# What every backend's Location.raw holds (more keys are welcome).
RAW_KEYS = ("geonames_id", "name", "province_state", "country_code", "feature_class")

GeocodeResult: TypeAlias = "Location | list[Location] | None"


@runtime_checkable
class GeocoderBackend(Protocol):
    """The interface shared by every backend (offline index, Nominatim ...)."""

    service: str
    offline: bool

    def geocode(self, query: Any, *, exactly_one: bool = True, **kwargs: Any) -> GeocodeResult: ...

    def reverse(self, query: Any, *, exactly_one: bool = True, **kwargs: Any) -> GeocodeResult: ...


def place_raw(
    place: Place, candidate: Candidate | None = None, resolution: Resolution | None = None
) -> dict[str, Any]:
    """The ``Location.raw`` dict for a place."""
    raw: dict[str, Any] = {
        "geonames_id": place.geonames_id,
        "name": place.name,
        "kind": place.kind,
        "feature_class": place.feature_class,
        "province_state": place.admin1_name if place.kind != "admin1" else place.name,
        "admin1_code": place.admin1_code,
        "county": place.admin2_name,  # the county-level division, where known (see Place.admin2_name)
        "iso_3166_2": place.iso_3166_2,
        "country": place.country_name,
        "country_code": place.country_code,
        "country_code3": place.country_code3,
        "population": place.population,
        "source": "geonames-offline",
    }
    if candidate is not None:
        raw.update(score=candidate.score, how=candidate.how, matched_name=candidate.matched_name,
                   reasons=list(candidate.reasons))  # fmt: skip
    if resolution is not None:
        raw.update(ambiguous=resolution.ambiguous, not_found=list(resolution.not_found))
    return raw


def _address(place: Place) -> str:
    parts = [place.name]
    if place.kind not in ("admin1", "country") and place.admin1_name and place.admin1_name != place.name:
        parts.append(place.admin1_name)
    if place.kind != "country" and place.country_name:
        parts.append(place.country_name)
    return ", ".join(parts)


def _location(
    place: Place, candidate: Candidate | None = None, resolution: Resolution | None = None
) -> Location:
    return Location(
        _address(place), (place.latitude, place.longitude), place_raw(place, candidate, resolution)
    )


class OfflineGeocoder(Geocoder):  # type: ignore[misc]
    """geopy's Geocoder interface over the offline index: no network, no server.

    ``geocode("Severodonetsk, Lugansk region, Ukraine")`` splits on commas into a city and its parents;
    a dict query takes geopy's structured keys (``city``, ``state``, ``country``). ``reverse`` gives the
    nearest populated place.
    """

    service = "offline"
    offline = True

    def __init__(self, gazetteer: Gazetteer | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._gazetteer = gazetteer

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gazetteer is None:
            self._gazetteer = Gazetteer.default()
        return self._gazetteer

    def geocode(
        self,
        query: str | Mapping[str, str],
        *,
        exactly_one: bool = True,
        context: Sequence[str] = (),
        **_: Any,
    ) -> GeocodeResult:
        """Resolve a place string or geopy-style mapping; ``context`` holds the other place names of the same
        document or caption ("Alexandria" with ``context=("Louisiana", "Pineville")`` is the one there)."""
        place_query = _to_query(query)
        if place_query is None:
            return None
        if context:
            names = tuple(dict.fromkeys(c.strip() for c in context if c and c.strip()))
            place_query = replace(place_query, context=names)
        resolution = self.gazetteer.resolve(place_query)
        best = resolution.most_specific
        if best is None:
            return None
        if exactly_one:
            top = resolution.candidates[0] if resolution.candidates else None
            return _location(best, top if top is not None and top.place == best else None, resolution)
        if resolution.city is not None:
            return [_location(c.place, c, resolution) for c in resolution.candidates]
        return [_location(best, None, resolution)]

    def reverse(self, query: Any, *, exactly_one: bool = True, limit: int = 10, **_: Any) -> GeocodeResult:
        try:
            point = Point(query)
        except (TypeError, ValueError) as exc:
            raise GazetteerError(f"not a point: {query!r}") from exc
        found = self.gazetteer.nearest(point.latitude, point.longitude, limit=1 if exactly_one else limit)
        if not found:
            return None
        locations = []
        for place, km in found:
            location = _location(place)
            location.raw["distance_km"] = round(km, 3)
            locations.append(location)
        return locations[0] if exactly_one else locations


def _to_query(query: str | Mapping[str, str]) -> PlaceQuery | None:
    if isinstance(query, Mapping):
        city = query.get("city") or query.get("town") or query.get("village")
        parents = tuple(str(query[k]) for k in ("county", "state", "province", "country") if query.get(k))
        if not city and not parents:
            return None
        return PlaceQuery(city=str(city) if city else None, parents=parents)
    if not isinstance(query, str):
        raise GazetteerError(f"a geocode query is a string or a mapping, not {type(query).__name__}")
    parts = [part.strip() for part in query.split(",") if part.strip()]
    if not parts:
        return None
    return PlaceQuery(city=parts[0], parents=tuple(parts[1:]))


def _nominatim_factory(**kwargs: Any) -> GeocoderBackend:
    from gazetteer._nominatim import NominatimGeocoder

    return NominatimGeocoder(**kwargs)


SERVICES: dict[str, Callable[..., GeocoderBackend]] = {
    "offline": OfflineGeocoder,
    "nominatim": _nominatim_factory,
}


def get_geocoder(service: str = "offline", **kwargs: Any) -> GeocoderBackend:
    """A backend by name, like geopy's ``get_geocoder_for_service``: "offline" or "nominatim"."""
    try:
        factory = SERVICES[service.lower()]
    except KeyError:
        raise GazetteerError(
            f"unknown geocoder service {service!r}; known: {', '.join(sorted(SERVICES))}"
        ) from None
    return factory(**kwargs)
