"""The backend contract, run against every backend that works offline; Nominatim only through its parser."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from geopy.location import Location  # type: ignore[import-untyped]

from gazetteer import Gazetteer, GazetteerError, OfflineGeocoder, get_geocoder
from gazetteer._geocoder import RAW_KEYS, SERVICES, GeocoderBackend
from gazetteer._nominatim import nominatim_raw

BackendFactory = Callable[[Gazetteer], GeocoderBackend]
OFFLINE_BACKENDS: dict[str, BackendFactory] = {"offline": lambda gz: OfflineGeocoder(gz)}


def test_every_offline_service_is_under_contract() -> None:
    assert set(OFFLINE_BACKENDS) == {name for name in SERVICES if name != "nominatim"}


@pytest.fixture(params=sorted(OFFLINE_BACKENDS))
def backend(request: pytest.FixtureRequest, gz: Gazetteer) -> GeocoderBackend:
    return OFFLINE_BACKENDS[request.param](gz)


def _check_raw(location: Location) -> None:
    assert isinstance(location, Location)
    for key in RAW_KEYS:
        assert key in location.raw, key
    assert -90 <= location.latitude <= 90 and -180 <= location.longitude <= 180


def test_geocode_one(backend: GeocoderBackend) -> None:
    assert isinstance(backend, GeocoderBackend) and backend.offline
    location = backend.geocode("Severodonetsk, Lugansk region, Ukraine")
    assert isinstance(location, Location)
    _check_raw(location)
    assert location.raw["geonames_id"] == 691999
    assert location.raw["province_state"] == "Luhansk Oblast"
    assert location.raw["country_code"] == "UA" and location.raw["feature_class"] == "P"
    assert "Ukraine" in location.address


def test_geocode_many_and_none(backend: GeocoderBackend) -> None:
    found = backend.geocode("Paris", exactly_one=False)
    assert isinstance(found, list) and len(found) > 1
    for location in found:
        _check_raw(location)
    assert found[0].raw["country_code"] == "FR"
    assert backend.geocode("Xqzvlorp Qwzx") is None
    assert backend.geocode("") is None


def test_geocode_levels_above_the_city(backend: GeocoderBackend) -> None:
    sindh = backend.geocode("Sindh province, Pakistan")
    assert isinstance(sindh, Location)
    _check_raw(sindh)
    assert sindh.raw["kind"] == "admin1" and sindh.raw["province_state"] == "Sindh"
    ukraine = backend.geocode("Ukraine")
    assert isinstance(ukraine, Location) and ukraine.raw["kind"] == "country"


def test_structured_query(backend: GeocoderBackend) -> None:
    location = backend.geocode({"city": "Paris", "state": "Texas", "country": "USA"})
    assert isinstance(location, Location) and location.raw["geonames_id"] == 4717560


def test_reverse(backend: GeocoderBackend) -> None:
    location = backend.reverse("50.45, 30.52")
    assert isinstance(location, Location)
    _check_raw(location)
    assert location.raw["geonames_id"] == 703448 and location.raw["distance_km"] < 2
    several = backend.reverse((48.94, 38.49), exactly_one=False, limit=3)
    assert isinstance(several, list) and len(several) == 3
    with pytest.raises(GazetteerError):
        backend.reverse("not a point")


def test_get_geocoder_by_service_name(gz: Gazetteer) -> None:
    assert isinstance(get_geocoder("offline", gazetteer=gz), OfflineGeocoder)
    with pytest.raises(GazetteerError, match="unknown geocoder"):
        get_geocoder("bing")


def test_nominatim_answers_are_converted_to_the_common_raw_shape() -> None:
    answer = {
        "place_id": 1, "osm_type": "relation", "osm_id": 123, "class": "place", "type": "city",
        "addresstype": "city", "name": "Sievierodonetsk",
        "display_name": "Sievierodonetsk, Luhansk Oblast, Ukraine",
        "address": {
            "city": "Sievierodonetsk", "state": "Luhansk Oblast", "country": "Ukraine", "country_code": "ua",
        },
        "extratags": {"population": "101135"},
    }  # fmt: skip
    raw = nominatim_raw(answer)
    for key in RAW_KEYS:
        assert key in raw
    assert raw["name"] == "Sievierodonetsk" and raw["province_state"] == "Luhansk Oblast"
    assert raw["country_code"] == "UA" and raw["feature_class"] == "P" and raw["geonames_id"] is None
    assert raw["population"] == 101135


def test_offline_geocode_takes_the_documents_other_names(gz: Gazetteer) -> None:
    geocoder = OfflineGeocoder(gz)
    alone = geocoder.geocode("Alexandria")
    near = geocoder.geocode("Alexandria", context=["Louisiana", "Pineville", "Baton Rouge", " "])
    assert alone.raw["country_code"] == "EG"
    assert (near.raw["country_code"], near.raw["admin1_code"]) == ("US", "LA")
    assert geocoder.geocode("Georgia", context=("Atlanta", "Savannah")).raw["kind"] == "admin1"
