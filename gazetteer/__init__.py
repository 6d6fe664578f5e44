"""Offline gazetteer: resolve caption place text to GeoNames places, with no network and no server.

    from gazetteer import Gazetteer, PlaceQuery
    gz = Gazetteer.default()                  # opens the cached index, building it once if needed
    gz.resolve(PlaceQuery(city="Severodonetsk", parents=("Lugansk region", "Ukraine")))
    gz.resolve(PlaceQuery(city="Whitby", parents=("North Yorkshire",)))   # .admin2: the county
    gz.country("U.S."), gz.admin1("Calif."), gz.admin2("Rapides Parish"), gz.lookup("Paris, Texas")

``OfflineGeocoder`` offers the same through geopy's Geocoder interface. Contains data from GeoNames
(CC BY 4.0): see gazetteer/data/NOTICE.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING, Any

from gazetteer._exceptions import GazetteerError, GeocoderServiceError, IndexBuildError, IndexUnavailableError
from gazetteer._models import Candidate, Place, PlaceQuery, Resolution
from gazetteer._resolve import Gazetteer
from gazetteer._schema import default_cache_dir, default_index_path

if TYPE_CHECKING:
    from gazetteer._build import build_index
    from gazetteer._geocoder import GeocoderBackend, OfflineGeocoder, get_geocoder
    from gazetteer._nominatim import NominatimGeocoder

__all__ = [
    "Candidate",
    "Gazetteer",
    "GazetteerError",
    "GeocoderBackend",
    "GeocoderServiceError",
    "IndexBuildError",
    "IndexUnavailableError",
    "NominatimGeocoder",
    "OfflineGeocoder",
    "Place",
    "PlaceQuery",
    "Resolution",
    "build_index",
    "default_cache_dir",
    "default_index_path",
    "get_geocoder",
]

# geopy imports every one of its geocoders (~130 ms): load the geocoder classes on first use only; the
# builder too, which a reader of a built index never needs.
_LAZY = {
    "build_index": "gazetteer._build",
    "GeocoderBackend": "gazetteer._geocoder",
    "OfflineGeocoder": "gazetteer._geocoder",
    "get_geocoder": "gazetteer._geocoder",
    "NominatimGeocoder": "gazetteer._nominatim",
}


def __getattr__(name: str) -> Any:
    module_name = _LAZY.get(name)
    if module_name is None:
        raise AttributeError(f"module 'gazetteer' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module_name), name)
    _public(value)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


def _public(obj: object) -> None:
    # Show the public path in reprs and tracebacks ("gazetteer.Place", not "gazetteer._models.Place").
    if getattr(obj, "__module__", "").startswith("gazetteer._"):
        with contextlib.suppress(AttributeError, TypeError):  # some objects refuse
            obj.__module__ = "gazetteer"


for _name in __all__:
    if _name not in _LAZY:
        _public(globals()[_name])
del _name
