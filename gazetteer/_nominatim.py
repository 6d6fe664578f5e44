"""A thin online backend: geopy's Nominatim behind geopy's RateLimiter, answers in the common shape.

Nominatim's usage policy asks for at most one request a second and a real User-Agent; the rate limiter
enforces the first, the required ``user_agent`` argument the second. Never used by the tests (no network).
"""

from __future__ import annotations

from typing import Any

from geopy.exc import GeopyError  # type: ignore[import-untyped]
from geopy.extra.rate_limiter import RateLimiter  # type: ignore[import-untyped]
from geopy.geocoders import Nominatim  # type: ignore[import-untyped]
from geopy.location import Location  # type: ignore[import-untyped]

from gazetteer._exceptions import GeocoderServiceError

__all__ = ["NominatimGeocoder", "nominatim_raw"]

# OSM class/type to the GeoNames feature class the offline backend reports.
_FEATURE_CLASS = {"place": "P", "boundary": "A", "tourism": "S", "amenity": "S", "building": "S",
                  "historic": "S", "leisure": "L", "natural": "T", "waterway": "H"}  # fmt: skip
_CITY_KEYS = ("city", "town", "village", "hamlet", "municipality", "suburb")


def nominatim_raw(raw: dict[str, Any]) -> dict[str, Any]:
    """Nominatim's JSON answer (with ``addressdetails``) in the backends' common ``raw`` shape."""
    address = raw.get("address") or {}
    name = raw.get("name") or next((address[k] for k in _CITY_KEYS if address.get(k)), None)
    if not name:
        name = str(raw.get("display_name", "")).split(",")[0] or None
    code = address.get("country_code")
    extratags = raw.get("extratags") or {}
    return {
        "geonames_id": None,
        "name": name,
        "kind": "country"
        if raw.get("addresstype") == "country"
        else "city"
        if raw.get("class") == "place"
        else None,
        "feature_class": _FEATURE_CLASS.get(str(raw.get("class")), "L"),
        "province_state": address.get("state") or address.get("province") or address.get("region"),
        "county": address.get("county") or address.get("state_district"),
        "country": address.get("country"),
        "country_code": code.upper() if isinstance(code, str) else None,
        "population": int(extratags["population"])
        if str(extratags.get("population", "")).isdigit()
        else None,
        "source": "nominatim",
        "osm_id": raw.get("osm_id"),
        "osm_type": raw.get("osm_type"),
        "nominatim": raw,
    }


class NominatimGeocoder:
    """Online fallback over OpenStreetMap Nominatim, with the same interface as ``OfflineGeocoder``."""

    service = "nominatim"
    offline = False

    def __init__(
        self, user_agent: str, *, min_delay_seconds: float = 1.0, language: str = "en", **kwargs: Any
    ) -> None:
        self._geocoder = Nominatim(user_agent=user_agent, **kwargs)
        self._language = language
        self._geocode = RateLimiter(
            self._geocoder.geocode, min_delay_seconds=min_delay_seconds, max_retries=1
        )
        self._reverse = RateLimiter(
            self._geocoder.reverse, min_delay_seconds=min_delay_seconds, max_retries=1
        )

    def geocode(
        self, query: Any, *, exactly_one: bool = True, **kwargs: Any
    ) -> Location | list[Location] | None:
        kwargs.setdefault("addressdetails", True)
        kwargs.setdefault("language", self._language)
        return self._call(self._geocode, query, exactly_one, kwargs)

    def reverse(
        self, query: Any, *, exactly_one: bool = True, **kwargs: Any
    ) -> Location | list[Location] | None:
        kwargs.setdefault("addressdetails", True)
        kwargs.setdefault("language", self._language)
        return self._call(self._reverse, query, exactly_one, kwargs)

    @staticmethod
    def _call(
        fn: Any, query: Any, exactly_one: bool, kwargs: dict[str, Any]
    ) -> Location | list[Location] | None:
        try:
            result = fn(query, exactly_one=exactly_one, **kwargs)
        except GeopyError as exc:
            raise GeocoderServiceError(f"Nominatim failed: {exc}") from exc
        if result is None:
            return None
        found = result if isinstance(result, list) else [result]
        converted = [
            Location(loc.address, (loc.latitude, loc.longitude), nominatim_raw(loc.raw)) for loc in found
        ]
        return converted[0] if exactly_one else converted
