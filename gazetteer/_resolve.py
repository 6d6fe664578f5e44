"""The resolver: place text from a caption to country, first-level division and city.

Ranking, in the order it weighs (see ../shared/notes/geoparsing.md, "Ranking for captions"):
1. explicit parents ("X, Luhansk region, Ukraine"): a hard country filter, a strong admin1 bonus;
2. how the name matched: main name > overlay alias > alternate > romanisation variant > fuzzy;
3. population (log scale), capitals and division seats;
4. other places of the same caption: the country and division of what each most likely is, the divisions
   any of its readings lie in, and readings within a few tens of km (co-location, as CLAVIN's passes);
and a close runner-up marks the result ``ambiguous``. Second-level divisions ("Rapides Parish", "North
Yorkshire") compete with cities for the city slot and read as parents and context like first-level ones.
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import threading
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from gazetteer._exceptions import GazetteerError
from gazetteer._index import Index, Row
from gazetteer._models import Candidate, MatchHow, Place, PlaceKind, PlaceQuery, Resolution
from gazetteer._names import (
    COMPASS_WORDS,
    GENERIC_ADMIN_WORDS,
    compact,
    norm,
    skeleton,
    strip_compass,
    strip_generic,
    strip_leading_particles,
)
from gazetteer._schema import (
    A_ADMIN1,
    A_ADMIN2,
    A_ALPHA2,
    A_ALPHA3,
    A_AP_ABBR,
    A_COUNTRY,
    A_POSTAL,
    A_REGION,
    F_ALT,
    F_COLLOQUIAL,
    F_DERIVED,
    F_HISTORIC,
    F_MAIN,
    F_NORM,
    F_PREFERRED,
    F_SKEL,
    F_STRIPPED,
    K_ADMIN2,
    K_CITY,
    K_LANDMARK,
    K_REGION,
    R_CAPITAL,
    R_SEAT,
    R_SECTION,
    SECTORS,
    default_index_path,
)

__all__ = ["Gazetteer"]

# Alpha-3 codes that are also English words or month abbreviations: not countries when written alone.
_ALPHA3_WORDS = frozenset(
    {"ARE", "CAN", "PER", "MAR", "NOR", "DOM", "FIN", "BEL", "GAB", "TON", "AUS", "SUR"}
)
# Keys that are division names somewhere but mean nothing alone ("Central", "Free State" -> "free").
_WEAK_KEYS = COMPASS_WORDS | {
    "free", "capital", "federal", "national", "special", "new", "greater", "great", "coast", "islands",
    "island", "lakes", "valley", "border", "river", "city", "centre", "center", "north east", "north west",
    "south east", "south west", "mission", "bar",
}  # fmt: skip
_SETTLEMENT_WORDS = frozenset(
    {"town", "city", "village", "settlement", "hamlet", "township", "suburb", "district"}
)
_SECTOR_ALIASES = {
    "north": "northern", "south": "southern", "east": "eastern", "west": "western", "centre": "central",
    "center": "central", "mid": "central", "northeast": "northeastern", "northwest": "northwestern",
    "southeast": "southeastern", "southwest": "southwestern", "far eastern": "eastern", "far east": "eastern",
    "far western": "western", "far northern": "northern", "far southern": "southern",
}  # fmt: skip

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
AMBIGUITY_MARGIN = 0.5
AMBIGUITY_MIN_KM = 25.0
CACHE_SIZE = 100_000
_CITY_SLOT = frozenset({K_CITY, K_ADMIN2})


@dataclass(frozen=True, slots=True)
class _Reading:
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
class _Context:
    """Evidence from the other place names of a caption or article."""

    countries: Counter[str] = field(default_factory=Counter)  # where each name most likely is
    admin1: set[tuple[str, str]] = field(default_factory=set)
    support: Counter[tuple[str, str]] = field(default_factory=Counter)  # divisions any reading lies in
    peers: Counter[tuple[str, str]] = field(default_factory=Counter)  # divisions of county-level readings
    cells: list[frozenset[tuple[int, int]]] = field(default_factory=list)  # per name: its readings' cells
    units: list[tuple[tuple[str, str, str], ...]] = field(default_factory=list)  # per name: its counties


@dataclass(frozen=True, slots=True)
class _Match:
    place_id: int
    how: MatchHow
    base: float
    matched: str
    reasons: tuple[str, ...] = ()


def _match_quality(flags: int) -> tuple[MatchHow, float, str]:
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


@dataclass(frozen=True, slots=True)
class _Admin2:
    place: Place
    lat_min: float
    lat_max: float
    lon_min: float
    lon_max: float

    def contains(self, lat: float, lon: float) -> bool:
        if not self.lat_min - ADMIN2_PAD <= lat <= self.lat_max + ADMIN2_PAD:
            return False
        west, east = self.lon_min - ADMIN2_PAD, self.lon_max + ADMIN2_PAD
        if self.lon_min <= self.lon_max:
            return west <= lon <= east
        return lon >= west or lon <= east  # the extent wraps across the antimeridian


def _cell(lat: float, lon: float) -> tuple[int, int]:
    return math.floor(lat / NEAR_CELL), math.floor(lon / NEAR_CELL)


def _quick_km(a: Place, b: Place) -> float:
    # Equirectangular approximation: enough to tell "same place twice" from "another place".
    x = math.radians(b.longitude - a.longitude) * math.cos(math.radians((a.latitude + b.latitude) / 2))
    y = math.radians(b.latitude - a.latitude)
    return 6371.0 * math.hypot(x, y)


class Gazetteer:
    """Offline place resolution over a built index (see ``build_index``).

    ``Gazetteer.default()`` opens (building on first use) the index in the user cache;
    ``Gazetteer(path)`` opens a given index and raises ``IndexUnavailableError`` when it is missing or
    corrupt.
    Instances are thread-safe and cache results, so share one.
    """

    _default: Gazetteer | None = None
    _default_lock = threading.Lock()

    def __init__(self, path: str | os.PathLike[str], *, rebuild_if_unusable: bool = False) -> None:
        self._index = Index(Path(path), rebuild=rebuild_if_unusable)
        datelines: dict[str, str] = json.loads(self._index.meta.get("dateline_cities", "{}"))
        self._dateline_ids = frozenset(int(i) for i in datelines)
        self._dateline_keys = frozenset(norm(name) for name in datelines.values())
        self._countries: dict[str, Place] = {}
        self._country_capital: dict[str, int | None] = {}
        # Divisions and the country/division name table are read per key, on demand: start-up stays at a
        # few milliseconds instead of loading ~30,000 rows a process may never need.
        self._admin1_cache: dict[tuple[str, str], tuple[Place, str] | None] = {}
        self._admin2_cache: dict[tuple[str, str, str], _Admin2 | None] = {}
        self._row_cache: dict[int, Row] = {}
        self._load_tables()
        # Per-instance LRU caches on normalised inputs: repeated places in a batch cost a dict lookup.
        self._resolve_cached = lru_cache(maxsize=CACHE_SIZE)(self._resolve)
        self._country_cached = lru_cache(maxsize=CACHE_SIZE)(self._country)
        self._admin1_cached = lru_cache(maxsize=CACHE_SIZE)(self._admin1_lookup)
        self._admin2_cached = lru_cache(maxsize=CACHE_SIZE)(self._admin2_lookup)
        self._name_rows = lru_cache(maxsize=CACHE_SIZE)(self._name_rows_uncached)
        # Memoised per key/text: the same names recur as city, parent and context, and the landmark and
        # city passes of one query read the same key. Results are immutable (callers never mutate them).
        self._matches = lru_cache(maxsize=CACHE_SIZE)(self._matches_uncached)
        self._read_parent = lru_cache(maxsize=CACHE_SIZE)(self._read_parent_uncached)
        self._place = lru_cache(maxsize=CACHE_SIZE)(self._place_uncached)
        self._area_rows = lru_cache(maxsize=CACHE_SIZE)(self._area_rows_uncached)

    def resolve(self, query: PlaceQuery) -> Resolution:
        """Resolve one caption's place text: city, first-level division and country (see module docstring)."""
        return self._resolve_cached(query)

    def country(self, text: str, *, codes: bool = False) -> Place | None:
        """The country a text names ("Ukraine", "U.S.", "Britain", "UKRAINE", "USA"), or None.

        Upper-case ISO alpha-3 codes count ("UKR", "GBR") except those that are English words; alpha-2
        codes only with ``codes=True`` ("IN", "IT" and "CA" are too often something else).
        """
        return self._country_cached(text, codes)

    def admin1(self, text: str, country_code: str | None = None) -> Place | None:
        """The first-level division a text names, or None.

        Accepts "Luhansk region", "Lugansk", "Calif.", "Texas", "Sindh province", "Sichuan Province",
        "Kyiv Oblast"; generic words (region, province, oblast, state, governorate, prefecture ...) are
        stripped. US postal codes ("CA") count only with ``country_code="US"``. Without a country, words
        that are divisions somewhere but nothing alone ("Central", "Northern") are refused. "Georgia" is
        also a country: ask ``country()`` first.
        """
        return self._admin1_cached(text, country_code)

    def admin2(
        self, text: str, country_code: str | None = None, admin1_code: str | None = None
    ) -> Place | None:
        """The second-level division a text names, or None: "Rapides Parish", "North Yorkshire", "Somme",
        "Douglas County" (the most populous of ten, unless codes narrow it: ``"US", "GA"``).

        Its bare name ("Rapides") counts only with a country code; a name that is also a country or a
        first-level division is refused without one ("Alexandria", "Georgia").
        """
        return self._admin2_cached(text, country_code, admin1_code)

    # -- construction ----------------------------------------------------------------------------------

    @classmethod
    def default(cls) -> Gazetteer:
        """The shared instance over the default cached index, built on first use (a one-off ~30 s)."""
        gz = cls._default
        if gz is not None:
            return gz
        with cls._default_lock:
            if cls._default is None:
                path = default_index_path()
                if not path.exists():
                    from gazetteer._build import build_index  # the builder loads only to build

                    build_index(path)
                    _remove_stale_indexes(path)
                cls._default = cls(path, rebuild_if_unusable=True)
            return cls._default

    @property
    def path(self) -> Path:
        return self._index.path

    @property
    def meta(self) -> dict[str, str]:
        """What the index says about itself: source, build date, schema and data versions."""
        return dict(self._index.meta)

    def close(self) -> None:
        self._index.close()

    def _load_tables(self) -> None:
        for cc, cc3, name, gid, lat, lon, pop, capital, _area in self._index.query("SELECT * FROM countries"):
            self._countries[cc] = Place(
                geonames_id=gid, name=name, kind="country", feature_class="A", country_code=cc,
                country_code3=cc3 or None, country_name=name, admin1_code=None, admin1_name=None,
                latitude=lat, longitude=lon, population=pop or 0,
            )  # fmt: skip
            self._country_capital[cc] = capital

    def _admin1_entry(self, cc: str, code: str) -> tuple[Place, str] | None:
        key = (cc, code)
        if key not in self._admin1_cache:
            rows = self._index.query("SELECT * FROM admin1 WHERE cc = ? AND code = ?", key)
            entry: tuple[Place, str] | None = None
            if rows:
                _cc, _code, name, iso, gid, kind, lat, lon, pop, _seat = rows[0]
                country = self._countries.get(cc)
                place = Place(
                    geonames_id=gid, name=name, kind="admin1", feature_class="A", country_code=cc,
                    country_code3=country.country_code3 if country else None,
                    country_name=country.name if country else None, admin1_code=code, admin1_name=name,
                    latitude=lat, longitude=lon, population=pop or 0, iso_3166_2=iso or None,
                )  # fmt: skip
                entry = (place, kind or "")
            self._admin1_cache[key] = entry
        return self._admin1_cache[key]

    def _admin1_place(self, cc: str | None, code: str | None) -> Place | None:
        if not cc or code is None:
            return None
        entry = self._admin1_entry(cc, code)
        return entry[0] if entry else None

    def _admin2_entry(self, cc: str, a1: str, code: str) -> _Admin2 | None:
        key = (cc, a1, code)
        if key not in self._admin2_cache:
            rows = self._index.query(
                "SELECT geonameid, name, lat, lon, pop, lat_min, lat_max, lon_min, lon_max FROM admin2"
                " WHERE cc = ? AND a1 = ? AND code = ?",
                key,
            )
            entry: _Admin2 | None = None
            if rows:
                gid, name, lat, lon, pop, lat_min, lat_max, lon_min, lon_max = rows[0]
                country = self._countries.get(cc)
                admin = self._admin1_place(cc, a1)
                place = Place(
                    geonames_id=gid, name=name, kind="admin2", feature_class="A", country_code=cc,
                    country_code3=country.country_code3 if country else None,
                    country_name=country.name if country else None, admin1_code=a1 or None,
                    admin1_name=admin.name if admin else None, latitude=lat, longitude=lon,
                    population=pop or 0, iso_3166_2=admin.iso_3166_2 if admin else None,
                    admin2_code=code, admin2_name=name,
                )  # fmt: skip
                entry = _Admin2(place, lat_min, lat_max, lon_min, lon_max)
            self._admin2_cache[key] = entry
        return self._admin2_cache[key]

    def _admin2_place(self, cc: str | None, a1: str | None, code: str | None) -> Place | None:
        if not cc or a1 is None or not code:
            return None
        entry = self._admin2_entry(cc, a1, code)
        return entry.place if entry else None

    def _in_admin2(self, place: Place, unit: tuple[str, str, str]) -> bool:
        """Whether a place lies in a county-level unit: by code when known, else by the unit's extent."""
        cc, a1, code = unit
        if place.country_code != cc or (place.admin1_code or "") != a1:
            return False
        if place.admin2_code is not None:
            return place.admin2_code == code
        entry = self._admin2_entry(cc, a1, code)
        return entry is not None and entry.contains(place.latitude, place.longitude)

    def _area_names(self, key: str) -> tuple[tuple[int, str, str, int], ...]:
        return self._area_rows(key)

    def _area_rows_uncached(self, key: str) -> tuple[tuple[int, str, str, int], ...]:
        rows = self._index.query("SELECT kind, cc, code, flags FROM area_names WHERE key = ?", (key,))
        return tuple((int(k), str(cc), str(code), int(f)) for k, cc, code, f in rows)

    # -- countries and divisions -----------------------------------------------------------------------

    def _country(self, text: str, codes: bool) -> Place | None:
        raw = text.strip().strip(".,;:")
        if not raw:
            return None
        if raw.isupper() and raw.isalpha():
            kinds = {3: A_ALPHA3, 2: A_ALPHA2 if codes else -1}
            kind = kinds.get(len(raw), -1)
            if kind >= 0 and raw not in _ALPHA3_WORDS:
                for k, cc, _code, _flags in self._area_names(raw):
                    if k == kind:
                        return self._countries.get(cc)
        key = norm(raw)
        if key.startswith("the "):
            key = key[4:]
        best: tuple[int, int, str] | None = None
        for kind, cc, _code, flags in self._area_names(key):
            if kind == A_COUNTRY and cc in self._countries:
                rank = (1 if flags & F_MAIN else 0, self._countries[cc].population, cc)
                if best is None or rank > (best[0], best[1], best[2]):
                    best = rank
        return self._countries.get(best[2]) if best else None

    def _admin1_lookup(self, text: str, country_code: str | None) -> Place | None:
        matches = self._admin1_matches(text, country_code, strict=country_code is None)
        return matches[0] if matches else None

    def _admin1_matches(self, text: str, country_code: str | None, *, strict: bool) -> list[Place]:
        raw = strip_leading_particles(text.strip().strip(",;:"))
        if not raw:
            return []
        found: dict[tuple[str, str], tuple[float, ...]] = {}

        def consider(cc: str, code: str, rank: tuple[float, ...]) -> None:
            wanted = (country_code is None or cc == country_code) and self._admin1_entry(cc, code) is not None
            if wanted and ((cc, code) not in found or rank > found[(cc, code)]):
                found[(cc, code)] = rank

        if country_code in (None, "US"):
            if "." in raw:
                for kind, cc, code, _flags in self._area_names(compact(raw)):
                    if kind == A_AP_ABBR:
                        consider(cc, code, (9.0,))
            if country_code == "US" and len(raw) == 2 and raw.isalpha():
                for kind, cc, code, _flags in self._area_names(raw.lower()):
                    if kind == A_POSTAL:
                        consider(cc, code, (8.0,))
        key = norm(raw)
        if key.startswith("the "):
            key = key[4:]
        core = strip_generic(key)
        generic = core != key
        if strict and (not core or core in _WEAK_KEYS or core in GENERIC_ADMIN_WORDS or len(core) < 3):
            return [p for p in (self._admin1_place(*k) for k in found) if p is not None]
        # "Douglas County", "Rapides Parish" are US second-level units (see admin2()), not the Isle of Man's
        # Douglas: a stripped "county"/"parish" must match a first-level division of that type.
        typed_words = (set(key.split()) - set(core.split())) & {"county", "parish"}
        for lookup, stripped_query in ((key, False), (core, True)):
            if stripped_query and not generic:
                continue
            for kind, cc, code, flags in self._area_names(lookup):
                if kind != A_ADMIN1:
                    continue
                if stripped_query and typed_words:
                    unit = self._admin1_entry(cc, code)
                    if unit is None or not any(w in unit[1].lower() for w in typed_words):
                        continue
                if flags & F_MAIN:
                    quality = 4.0
                elif flags & F_PREFERRED:
                    quality = 3.5
                elif flags & F_ALT:
                    quality = 3.0
                else:
                    quality = 2.0  # derived from the seat city, or a stripped form only
                if flags & F_STRIPPED and not flags & F_NORM:
                    quality -= 0.5
                if stripped_query:
                    quality -= 1.0  # the text as written matched something better, if anything
                if flags & F_DERIVED and not flags & (F_MAIN | F_ALT | F_PREFERRED):
                    quality = 1.5
                # "Kyiv region" means the oblast, not the city that is also a division.
                entry = self._admin1_entry(cc, code)
                city_type = entry is not None and entry[1].lower() in {
                    "city",
                    "capital city",
                    "municipality",
                }
                typed = 0.3 if generic and not city_type else 0.0
                consider(
                    cc,
                    code,
                    (
                        quality + typed,
                        entry[0].population if entry else 0,
                    ),
                )
        ranked = sorted(found, key=lambda k: found[k], reverse=True)
        return [p for p in (self._admin1_place(*k) for k in ranked) if p is not None]

    def admin1_by_code(self, country_code: str, admin1_code: str) -> Place | None:
        """A division by its GeoNames code ("UA", "14")."""
        return self._admin1_place(country_code, admin1_code)

    def country_by_code(self, country_code: str) -> Place | None:
        """A country by ISO alpha-2 or alpha-3 code."""
        code = country_code.upper()
        if len(code) == 3:
            for place in self._countries.values():
                if place.country_code3 == code:
                    return place
            return None
        return self._countries.get(code)

    def region(self, text: str) -> Place | None:
        """A regional descriptor: "eastern Ukraine", "southern Turkey", "the Donbas", "West Bank"."""
        reading = self._read_parent(text)
        if reading is None:
            return None
        if reading.region is not None:
            return reading.region
        if reading.admin1 and not reading.countries and len(reading.admin1) == 1:
            return self._admin1_place(*reading.admin1[0])
        return None

    def classify(self, text: str, country_code: str | None = None) -> tuple[PlaceKind, ...]:
        """What a place-chain part can be, likeliest first: ("country",), ("city", "admin1"), () ...

        For a caption parser deciding whether "Georgia", "Kyiv" or "Texas" is a city, a division or a
        country. A city counts when a place of that exact name (not a fuzzy match) exists.
        """
        kinds: list[PlaceKind] = []
        if self.country(text) is not None:
            kinds.append("country")
        admin = self.admin1(text, country_code)
        cands = [
            c
            for c in self._city_candidates(text, None, None, fuzzy=False)
            if c.how in ("exact", "overlay", "alternate")
        ]
        if country_code:
            cands = [c for c in cands if c.place.country_code == country_code]
        big_city = bool(cands) and cands[0].place.population >= 100_000
        if big_city:
            kinds.append("city")
        if admin is not None:
            kinds.append("admin1")
        if cands and not big_city:
            kinds.append("city")
        if not kinds and self.region(text) is not None:
            kinds.append("region")
        return tuple(kinds)

    # -- parents and context ---------------------------------------------------------------------------

    def _read_parent_uncached(self, text: str) -> _Reading | None:
        raw = strip_leading_particles(text.strip().strip(",;:"))
        if not raw:
            return None
        key = norm(raw)
        if key.startswith("the "):
            key = key[4:]
        rows = self._area_names(key)
        if not rows and _only_its_own_key(raw, key):
            return None  # no country, division, region or county has this name (most city names)
        for kind, cc, code, _flags in rows:
            if kind == A_REGION:
                # A named region or continent as a whole ("South America", "the Donbas"): no compass reading.
                found = self._rows([int(code)])
                if found:
                    place = self._place(found[int(code)])
                    return _Reading(raw, frozenset({cc}) if cc else frozenset(), (), place)
        base, compass = strip_compass(key)
        countries: set[str] = set()
        region: Place | None = None
        country = self.country(raw) or (self._country_from_key(base) if compass else None)
        if country is not None and country.country_code:
            countries.add(country.country_code)
            if compass:
                region = self._sector(country, compass, raw)
        admin1 = [
            (p.country_code, p.admin1_code)
            for p in self._admin1_matches(raw if not compass or country is None else base, None, strict=False)
            if p.country_code and p.admin1_code
        ]
        if len(raw) == 2 and raw.isupper():
            # "Long Beach, CA": a US postal code is one reading; the candidates decide.
            for kind, cc, code, _flags in self._area_names(raw.lower()):
                if kind == A_POSTAL and (cc, code) not in admin1:
                    admin1.append((cc, code))
        if country is not None and not compass and admin1:
            # "England", "Scotland": a country's alias that is the own name of one of its first-level
            # divisions names the division (country code kept); "Mexico" is the country's own name.
            division = self._alias_division(key, country)
            if division is not None:
                return _Reading(raw, frozenset(), (division,), None)
        # A county reading only for what is no country or first-level division ("Puerto Rico" is the country,
        # not also Colombia's municipality).
        admin2 = [] if countries or admin1 or region else self._admin2_matches(key)
        if not countries and not admin1 and region is None and not admin2:
            return None
        # A division's own name wins over a same-named division elsewhere only through scoring; keep a few.
        return _Reading(raw, frozenset(countries), tuple(admin1[:6]), region, tuple(admin2[:12]))

    def _alias_division(self, key: str, country: Place) -> tuple[str, str] | None:
        rows = self._area_names(key)
        if any(k == A_COUNTRY and cc == country.country_code and f & F_MAIN for k, cc, _c, f in rows):
            return None
        for kind, cc, code, flags in rows:
            if kind == A_ADMIN1 and cc == country.country_code and flags & F_MAIN:
                return (cc, code)
        return None

    def _admin2_matches(
        self, key: str, *, bare: bool = True, country_code: str | None = None, admin1_code: str | None = None
    ) -> list[tuple[str, str, str]]:
        """County-level units a norm key names, best first: own name, alternate, then bare name."""
        if key.startswith("the "):
            key = key[4:]
        if not key or len(key) < 3 or key in _WEAK_KEYS:
            return []
        ranked: list[tuple[int, int, tuple[str, str, str]]] = []
        for kind, cc, code, flags in self._area_names(key):
            if kind != A_ADMIN2 or (country_code is not None and cc != country_code):
                continue
            a1, _, a2 = code.partition(".")
            if admin1_code is not None and a1 != admin1_code:
                continue
            quality = 3 if flags & F_MAIN else 2 if flags & (F_ALT | F_PREFERRED) else 1
            if quality == 1 and not bare:
                continue
            entry = self._admin2_entry(cc, a1, a2)
            if entry is not None:
                ranked.append((quality, entry.place.population, (cc, a1, a2)))
        ranked.sort(key=lambda r: (-r[0], -r[1], r[2]))
        return [unit for _q, _p, unit in ranked]

    def _admin2_lookup(self, text: str, country_code: str | None, admin1_code: str | None) -> Place | None:
        raw = strip_leading_particles(text.strip().strip(",;:"))
        if not raw:
            return None
        if country_code is None and (self.country(raw) is not None or self.admin1(raw) is not None):
            return None  # "Georgia", "Alexandria": a country or a first-level division first
        units = self._admin2_matches(
            norm(raw), bare=country_code is not None, country_code=country_code, admin1_code=admin1_code
        )
        return self._admin2_place(*units[0]) if units else None

    def _country_from_key(self, key: str) -> Place | None:
        for kind, cc, _code, _flags in self._area_names(key):
            if kind == A_COUNTRY:
                return self._countries.get(cc)
        return None

    def _sector(self, country: Place, compass: str, text: str) -> Place | None:
        direction = _SECTOR_ALIASES.get(compass, compass)
        if direction not in SECTORS or country.country_code is None:
            return None
        rows = self._index.query(
            "SELECT lat, lon FROM sectors WHERE cc = ? AND direction = ?", (country.country_code, direction)
        )
        if not rows:
            return None
        return Place(
            geonames_id=None, name=f"{direction} {country.name}", kind="region", feature_class="L",
            country_code=country.country_code, country_code3=country.country_code3,
            country_name=country.name, admin1_code=None, admin1_name=None,
            latitude=rows[0][0], longitude=rows[0][1], population=0,
        )  # fmt: skip

    def _context_evidence(self, context: Sequence[str], own: str | None) -> _Context:
        """What the other names say about where the place is.

        Each other name counts once, by what it most likely is on its own (its country and division), by
        every division any of its readings lies in (co-location: "Alexandria" among "Douglas County",
        "Brandon" and "Kensington" is the one in Minnesota, where all four exist), and by where its
        readings are (places a few tens of km apart). A name is no evidence for itself ("MANSFIELD" beside
        "Mansfield").
        """
        evidence = _Context()
        own_key = norm(strip_leading_particles(own)) if own else None
        seen: set[str] = set()
        for text in context:
            if not text or not text.strip():
                continue
            key = norm(strip_leading_particles(text.strip()))
            if not key or key == own_key or key in seen:
                continue
            seen.add(key)
            alone = self.resolve(PlaceQuery(city=text))
            top = alone.most_specific
            top_admin1: tuple[str, str] | None = None
            if top is not None and top.country_code:
                evidence.countries[top.country_code] += 1
                # One of several close readings ("Douglas County": ten states) says little about which.
                if top.kind != "country" and top.admin1_code and not alone.ambiguous:
                    top_admin1 = (top.country_code, top.admin1_code)
                    evidence.admin1.add(top_admin1)
            if top is not None and top.kind == "country":
                continue  # a country name is all it says
            divisions: set[tuple[str, str]] = set()
            cells: set[tuple[int, int]] = set()
            reading = self._read_parent(text)
            if reading is not None:
                divisions.update(reading.admin1)
                held = {(cc, a1) for cc, a1, _ in reading.admin2}
                divisions |= held
                for pair in held:
                    evidence.peers[pair] += 1
                for unit in reading.admin2:
                    county = self._admin2_place(*unit)
                    if county is not None:
                        cells.add(_cell(county.latitude, county.longitude))
                if reading.admin2:
                    evidence.units.append(reading.admin2)
            for cand in self._city_candidates(text, None, None, fuzzy=False):
                if cand.how in ("exact", "overlay") and cand.place.country_code:
                    divisions.add((cand.place.country_code, cand.place.admin1_code or ""))
                    cells.add(_cell(cand.place.latitude, cand.place.longitude))
            for division in divisions - {top_admin1}:
                evidence.support[division] += 1
            if cells:
                evidence.cells.append(frozenset(cells))
        return evidence

    # -- city candidates -------------------------------------------------------------------------------

    def _name_rows_uncached(self, key: str) -> tuple[Row, ...]:
        """(key, place, flags, name) rows of a norm key and its skeleton.

        One round trip: the rows come joined with their places, which go to the row cache, so scoring
        the candidates needs no second query.
        """
        skel = skeleton(key)
        keys = [key] if skel == key else [key, skel]
        rows = self._index.names_with_places(keys)
        cache = self._row_cache
        if len(cache) > CACHE_SIZE:
            cache.clear()
        for row in rows:
            cache[row[1]] = row[4:]
        return tuple(row[:4] for row in rows)

    def _place_uncached(self, row: Row) -> Place:
        pid, name, kind, cc, a1, lat, lon, pop, _rank, _parent, a2 = row
        if kind == K_ADMIN2:
            unit = self._admin2_place(cc, a1 or "", a2)
            if unit is not None:
                return unit
        country = self._countries.get(cc) if cc else None
        admin = self._admin1_place(cc, a1) if cc and a1 else None
        county = self._admin2_place(cc, a1 or "", a2) if a2 else None
        place_kind: PlaceKind = "city" if kind == K_CITY else "landmark" if kind == K_LANDMARK else "region"
        return Place(
            geonames_id=pid if pid > 0 else None, name=name, kind=place_kind,
            feature_class="P" if kind == K_CITY else "S" if kind == K_LANDMARK else "L",
            country_code=cc, country_code3=country.country_code3 if country else None,
            country_name=country.name if country else None, admin1_code=a1 or None,
            admin1_name=admin.name if admin else None, latitude=lat, longitude=lon, population=pop or 0,
            iso_3166_2=admin.iso_3166_2 if admin else None,
            admin2_code=a2 or None, admin2_name=county.name if county else None,
        )  # fmt: skip

    def _matches_uncached(self, key: str) -> dict[int, _Match]:
        """Exact and variant matches of a norm key, best reading per place."""
        from rapidfuzz.fuzz import ratio

        skel = skeleton(key)
        matches: dict[int, _Match] = {}
        for row_key, place_id, flags, name in self._name_rows(key):
            if row_key == key and flags & F_NORM:
                how, base, why = _match_quality(flags)
                matched = name or key
            elif row_key == skel and flags & F_SKEL:
                variant_of = norm(name) if name else row_key
                similarity = ratio(key, variant_of) / 100.0
                if similarity < 0.75:
                    continue
                how = "variant"
                base = (1.6 if flags & F_MAIN else 1.2) + 2.0 * (similarity - 0.75)
                if flags & F_HISTORIC:
                    base -= 0.8
                why, matched = f"spelling variant of {name or row_key}", name or row_key
            else:
                continue
            current = matches.get(place_id)
            if current is None or base > current.base:
                matches[place_id] = _Match(place_id, how, base, matched, (why,))
        return matches

    def _fuzzy(self, key: str) -> dict[int, _Match]:
        """Bounded edit-distance matches, the last resort: 1 edit for 5-7 letters, 2 from 8.

        The pool is the names sharing the first two letters and of a near length, so a miss costs one
        index range scan, not a pass over every name.
        """
        from rapidfuzz.distance import Levenshtein

        letters = key.replace(" ", "")
        if len(letters) < 5 or len(key) < 2:
            return {}
        max_edits = 1 if len(letters) < 8 else 2
        high = key[0] + chr(ord(key[1]) + 1)
        rows = self._index.names_in_range(key[:2], high, len(key) - max_edits, len(key) + max_edits)
        matches: dict[int, _Match] = {}
        for row_key, place_id, flags, name in rows:
            if not flags & F_NORM or flags & F_HISTORIC:
                continue
            distance = Levenshtein.distance(key, row_key, score_cutoff=max_edits)
            if distance > max_edits:
                continue
            # Each edit costs two decades of population: a near spelling of a small town beats a far one of
            # a big city ("Americas" is not Amritsar).
            base = (1.4 if flags & (F_MAIN | F_PREFERRED) else 1.0) - 1.0 * distance
            current = matches.get(place_id)
            if current is None or base > current.base:
                matched = name or row_key
                matches[place_id] = _Match(
                    place_id, "fuzzy", base, matched, (f"{distance} edit(s) from {matched}",)
                )
        return matches

    def _city_candidates(
        self,
        text: str,
        scope: frozenset[str] | None,
        readings: Sequence[_Reading] | None,
        context: _Context | None = None,
        *,
        kinds: frozenset[int] = frozenset({K_CITY}),
        fuzzy: bool = True,
    ) -> list[Candidate]:
        """Scored candidates for a city text, best first; ``scope`` is a hard country filter."""
        matches: dict[int, _Match] = {}
        for variant in _text_variants(text):
            key = norm(variant)
            if not key:
                continue
            matches = self._filter(self._matches(key), scope, kinds)
            if not matches and fuzzy:
                matches = self._filter(self._fuzzy(key), scope, kinds)
            if matches:
                break
        if not matches:
            return []
        rows = self._rows(list(matches))
        candidates = []
        for place_id, match in matches.items():
            row = rows.get(place_id)
            if row is None or row[2] not in kinds or (scope is not None and row[3] not in scope):
                continue
            place = self._place(row)
            rank = row[8]
            score = match.base + W_POP * math.log10(place.population + 1)
            reasons = list(match.reasons)
            if place.population:
                reasons.append(f"population {place.population:,}")
            # A capital's or dateline city's standing counts for its own names, not for a spelling that
            # merely resembles one ("Karo" is no variant of Cairo's).
            as_written = match.how not in ("variant", "fuzzy")
            if rank & R_CAPITAL and as_written:
                score += W_CAPITAL
                reasons.append("national capital")
            elif rank & R_SEAT and as_written:
                score += W_SEAT
                reasons.append("division seat")
            if rank & R_SECTION:
                score += W_SECTION
            if row[2] == K_ADMIN2:
                score += W_ADMIN2
            if not readings and as_written and place_id in self._dateline_ids:
                score += W_DATELINE  # "Miami", "Tokyo": an AP dateline city written alone
                reasons.append("stand-alone dateline")
            division = (place.country_code or "", place.admin1_code or "")
            for reading in readings or ():
                if place.country_code in reading.countries:
                    # "Mexico" names the country, not also the State of Mexico: one bonus, not both.
                    score += W_PARENT_COUNTRY
                    reasons.append(f"in {reading.text}")
                # A county names its division too ("Whitby, North Yorkshire"): one division bonus a parent.
                elif division in reading.admin1 or any(division == (cc, a1) for cc, a1, _ in reading.admin2):
                    score += W_PARENT_ADMIN1
                    reasons.append(f"in {reading.text}")
                    if any(self._in_admin2(place, unit) for unit in reading.admin2):
                        score += W_PARENT_ADMIN2
            if context is not None:
                score += self._context_score(place, division, row[2], context, reasons)
            candidates.append(Candidate(place, round(score, 4), match.matched, match.how, tuple(reasons)))
        if K_ADMIN2 in kinds:
            candidates = self._drop_counties_named_like_their_towns(candidates)
        candidates.sort(key=lambda c: (-c.score, -c.place.population, c.place.geonames_id or 0))
        return candidates

    def _context_score(
        self, place: Place, division: tuple[str, str], kind: int, context: _Context, reasons: list[str]
    ) -> float:
        score = 0.0
        if place.country_code and context.countries.get(place.country_code):
            score += W_CONTEXT_COUNTRY
            reasons.append("caption context: country")
        if division in context.admin1:
            score += W_CONTEXT_ADMIN1
            reasons.append("caption context: division")
        support = min(context.support.get(division, 0), 2)
        if support:
            score += W_CONTEXT_SUPPORT * support
            reasons.append("caption context: names that could be in its division")
        if kind != K_ADMIN2 and any(self._in_admin2(place, u) for units in context.units for u in units):
            score += W_CONTEXT_ADMIN1  # "Alexandria" beside "Douglas County": the one in Douglas County, MN
            reasons.append("caption context: in a county named")
        if kind == K_ADMIN2:
            peers = min(context.peers.get(division, 0), 2)
            if peers:
                score += W_CONTEXT_PEER * peers
                reasons.append("caption context: county-level units of its division")
        if context.cells:
            lat, lon = _cell(place.latitude, place.longitude)
            around = {(lat + dy, lon + dx) for dy in (-1, 0, 1) for dx in (-1, 0, 1)}
            near = min(sum(1 for cells in context.cells if not cells.isdisjoint(around)), 2)
            if near:
                score += W_CONTEXT_NEAR * near
                reasons.append("caption context: places nearby")
        return score

    def _drop_counties_named_like_their_towns(self, candidates: list[Candidate]) -> list[Candidate]:
        """A county-level unit loses to a town of the same name in or next to it ("Napoli", "Remedios")."""
        towns = [c.place for c in candidates if c.place.kind == "city"]
        if not towns:
            return candidates
        kept = []
        for cand in candidates:
            unit = cand.place
            if unit.kind == "admin2" and unit.country_code and unit.admin1_code and unit.admin2_code:
                code = (unit.country_code, unit.admin1_code, unit.admin2_code)
                # Its extent is that of the places GeoNames links to it, which may leave out its own seat.
                if any(
                    self._in_admin2(town, code)
                    or (town.admin1_code == unit.admin1_code and _quick_km(town, unit) < SEAT_KM)
                    for town in towns
                    if town.country_code == unit.country_code
                ):
                    continue
            kept.append(cand)
        return kept

    def _filter(
        self, matches: dict[int, _Match], scope: frozenset[str] | None, kinds: frozenset[int]
    ) -> dict[int, _Match]:
        if not matches:
            return matches
        # Overlay places (landmarks, regions) have negative ids, cities positive ones.
        if K_CITY not in kinds:
            matches = {pid: m for pid, m in matches.items() if pid < 0}
        elif kinds == frozenset({K_CITY}):
            matches = {pid: m for pid, m in matches.items() if pid > 0}
        if not matches:
            return matches
        rows = self._rows(list(matches))
        return {
            pid: m
            for pid, m in matches.items()
            if pid in rows and rows[pid][2] in kinds and (scope is None or rows[pid][3] in scope)
        }

    def _rows(self, ids: list[int]) -> dict[int, Row]:
        """Place rows by id, through a bounded cache (the same few thousand places recur in news)."""
        cache = self._row_cache
        missing = [i for i in ids if i not in cache]
        if missing:
            if len(cache) > CACHE_SIZE:
                cache.clear()
            for fetched in self._index.places(missing):
                cache[fetched[0]] = fetched
        found = {i: hit for i in ids if (hit := cache.get(i)) is not None}
        if len(found) < len(ids) and missing:
            # Another thread cleared the cache between the fetch and here: read what is left directly.
            found.update((r[0], r) for r in self._index.places([i for i in ids if i not in found]))
        return found

    def candidates(
        self, name: str, country_code: str | None = None, admin1_code: str | None = None, limit: int = 10
    ) -> list[Candidate]:
        """Cities (and landmarks) a name can be, scored and best first; codes filter hard."""
        scope = frozenset({country_code.upper()}) if country_code else None
        found = self._city_candidates(name, scope, None, kinds=frozenset({K_CITY, K_LANDMARK, K_REGION}))
        if admin1_code is not None:
            found = [c for c in found if c.place.admin1_code == admin1_code]
        return found[:limit]

    # -- resolution ------------------------------------------------------------------------------------

    def _resolve(self, query: PlaceQuery) -> Resolution:
        readings: list[_Reading] = []
        unmatched_parents: list[str] = []
        for parent in query.parents:
            if not parent or not parent.strip():
                continue
            reading = self._read_parent(parent)
            if reading is None:
                unmatched_parents.append(parent)
            else:
                readings.append(reading)
        city_text = query.city.strip() if query.city and query.city.strip() else None
        notes: list[str] = []

        # A country, division or region written where the city goes ("in Ukraine", "Sindh province").
        if city_text is not None:
            moved = self._city_slot_as_area(city_text, readings)
            if moved is not None:
                readings.insert(0, moved)
                city_text = None

        scope = _scope(readings)
        loose: list[str] = []  # county-level parent texts set aside: they may be towns
        if scope is not None and not scope:
            # A county-level reading is the weakest ("Surrey, B.C."): it gives way before anything else.
            firm = [r for r in readings if not r.admin2_only]
            if firm != readings and _scope(firm) != frozenset():
                loose = [r.text for r in readings if r.admin2_only]
                readings = firm
                scope = _scope(readings)
            else:
                notes.append("parents disagree on the country")
                scope = None
        context = self._context_evidence(query.context, city_text) if query.context else None
        not_found: list[str] = []
        city: Place | None = None
        landmark: Place | None = None
        candidates: list[Candidate] = []
        if city_text is not None:
            # A curated landmark written where the city goes ("Times Square") names its city; GeoNames may
            # also list it as a populated place (a city section), which is not what IPTC City wants.
            marks = self._city_candidates(city_text, scope, None, kinds=frozenset({K_LANDMARK}), fuzzy=False)
            marks = [m for m in marks if m.how in ("exact", "overlay")]
            if marks:
                landmark = marks[0].place
            else:
                candidates = self._city_candidates(city_text, scope, readings, context, kinds=_CITY_SLOT)
                if not candidates and any(r.admin2_only for r in readings):
                    # County-level parents that leave nothing may be towns ("Fair Park, Dallas").
                    loose += [r.text for r in readings if r.admin2_only]
                    readings = [r for r in readings if not r.admin2_only]
                    scope = _scope(readings)
                    candidates = self._city_candidates(city_text, scope, readings, context, kinds=_CITY_SLOT)
                if not candidates:
                    not_found.append(city_text)
        if city_text is None or not candidates:
            # A parent that is a city ("Ueno Park, Tokyo") stands in when the city slot failed.
            tries = unmatched_parents if city_text is None else [*unmatched_parents, *loose]
            for parent in tries:
                found = self._city_candidates(parent, scope, readings, context, fuzzy=False)
                if found:
                    candidates = found
                    unmatched_parents = [p for p in unmatched_parents if p != parent]
                    break
        if query.sublocation and query.sublocation.strip():
            marks = self._city_candidates(
                query.sublocation, scope, None, kinds=frozenset({K_LANDMARK}), fuzzy=False
            )
            if marks:
                landmark = marks[0].place
        if not candidates and landmark is not None:
            parent_city = self._landmark_city(landmark)
            if parent_city is not None:
                candidates = [
                    Candidate(
                        parent_city,
                        0.0,
                        landmark.name,
                        "overlay",
                        (f"{landmark.name} is in {parent_city.name}",),
                    )
                ]
        not_found.extend(unmatched_parents)

        ambiguous = False
        county: Place | None = None
        if candidates:
            best = candidates[0]
            if best.place.kind == "admin2":
                county = best.place  # "Rapides Parish", "Douglas County, Ga."
            else:
                city = best.place
            for other in candidates[1:]:
                if best.score - other.score >= AMBIGUITY_MARGIN:
                    break
                if _quick_km(best.place, other.place) > AMBIGUITY_MIN_KM:
                    ambiguous = True
                    break
        admin1, country, region, county = self._levels(city, readings, scope, county)
        level_candidates = tuple(candidates[:10])
        if not candidates:
            level_candidates = tuple(
                Candidate(p, 0.0, p.name, "exact", ("named in the caption",))
                for p in (county or admin1 or region or country,)
                if p
            )
        return Resolution(
            city=city, admin1=admin1, country=country, ambiguous=ambiguous, not_found=tuple(not_found),
            candidates=level_candidates, landmark=landmark, region=region, notes=tuple(notes), admin2=county,
        )  # fmt: skip

    def _city_slot_as_area(self, text: str, readings: Sequence[_Reading]) -> _Reading | None:
        """The reading of a city-slot text that names a country, division or region instead, or None."""
        raw = strip_leading_particles(text)
        key = norm(raw)
        if key in self._dateline_keys:
            return None  # "Luxembourg", "Quebec City", "San Marino": AP datelines name the city
        country = self.country(raw)
        if country is not None:
            if self._is_city_state(country):
                return None  # "Singapore", "Monaco": the city
            division = self._alias_division(key[4:] if key.startswith("the ") else key, country)
            scope = _scope(readings)
            if division is not None and (scope is None or division[0] in scope):
                return _Reading(raw, frozenset(), (division,))  # "England": GB.ENG, country GB
            return _Reading(raw, frozenset({country.country_code or ""}))
        reading = self._read_parent(raw)
        if reading is None:
            return None
        scope = _scope(readings)
        if scope is not None and reading.admin1 and not reading.countries and reading.region is None:
            # "Alexandria, Minn.": a division the other parents rule out (Egypt's governorate) is no reading.
            inside = tuple(a for a in reading.admin1 if a[0] in scope)
            if not inside:
                return None
            reading = _Reading(reading.text, reading.countries, inside, reading.region, reading.admin2)
        if not reading.admin1:
            return reading if reading.region is not None else None  # "eastern Ukraine", "the Donbas"
        if strip_generic(key) != key:
            return reading  # "Sindh province", "Luhansk region"
        # A bare division name: a city of that name inside the division (its seat: "Tokyo", "Luhansk") or
        # a big one elsewhere ("Washington") is the city; "Texas", "Sindh", "California" are divisions.
        cities = [
            c
            for c in self._city_candidates(raw, _scope(readings), None, fuzzy=False)
            if c.how in ("exact", "overlay", "alternate")
        ]
        if cities:
            best = cities[0].place
            # The seat named like its division ("Tokyo", "Luhansk"), by its own name: a village listing
            # the division's name among its alternates (Minneota, "Minnesota") does not count.
            own = [c.place for c in cities if c.how in ("exact", "overlay")]
            if own and (own[0].country_code, own[0].admin1_code) in reading.admin1:
                return None
            # Only a city that is big in its own right, and next to the division, takes the name:
            # "Washington" (DC) and "New York" are cities; "Virginia" (a town of 120,000 in South Africa)
            # and "Wyoming" (Michigan) are states.
            area = self._admin1_place(*reading.admin1[0])
            rival = area.population if area else 0
            if best.population >= max(100_000, rival / 15):
                return None
        return reading

    def _is_city_state(self, country: Place) -> bool:
        """Singapore, Monaco, Hong Kong, Vatican: the capital holds most of the country."""
        capital_id = self._country_capital.get(country.country_code or "")
        if not capital_id:
            return False
        rows = self._index.places([capital_id])
        return bool(rows) and rows[0][7] >= 0.5 * max(country.population, 1)

    def _landmark_city(self, landmark: Place) -> Place | None:
        rows = self._index.query(
            "SELECT parent FROM places WHERE name = ? AND kind = ?", (landmark.name, K_LANDMARK)
        )
        if not rows or rows[0][0] is None:
            return None
        city_rows = self._index.places([rows[0][0]])
        return self._place(city_rows[0]) if city_rows else None

    def _levels(
        self,
        city: Place | None,
        readings: Sequence[_Reading],
        scope: frozenset[str] | None,
        county: Place | None = None,
    ) -> tuple[Place | None, Place | None, Place | None, Place | None]:
        """admin1, country, region and admin2 of a resolution, from its city, county or parents."""
        region = next((r.region for r in readings if r.region is not None), None)
        if city is not None and city.country_code:
            admin1 = self._admin1_place(city.country_code, city.admin1_code or "")
            country = self._countries.get(city.country_code)
            if region is not None and region.country_code != city.country_code:
                region = None
            holding = (self._admin2_place(*u) for r in readings for u in r.admin2 if self._in_admin2(city, u))
            county = next(holding, None)
            if county is None and city.admin2_code:
                county = self._admin2_place(city.country_code, city.admin1_code or "", city.admin2_code)
            return admin1, country, region, county
        if county is None:
            # A parent that is only a county ("North Yorkshire") when no city was found; one in a division
            # another parent names first ("Douglas County, Ga.": Georgia's, not Nebraska's bigger one).
            named = {a for r in readings for a in r.admin1}
            units = [u for r in readings if r.admin2_only for u in r.admin2 if scope is None or u[0] in scope]
            units.sort(key=lambda u: (u[0], u[1]) not in named)  # stable: best-first order kept otherwise
            county = next((p for p in (self._admin2_place(*u) for u in units) if p is not None), None)
        if county is not None and county.country_code:
            country = self._countries.get(county.country_code)
            if region is not None and region.country_code != county.country_code:
                region = None
            return self._admin1_place(county.country_code, county.admin1_code or ""), country, region, county
        admin1 = None
        for reading in readings:
            if reading.countries and (scope is None or reading.countries & scope):
                continue  # a bare "Georgia" is the country; the state needs another parent ("USA") to win
            for cc, code in reading.admin1:
                if scope is None or cc in scope:
                    admin1 = self._admin1_place(cc, code)
                    break
            if admin1 is not None:
                break
        country_code: str | None = None
        if admin1 is not None:
            country_code = admin1.country_code
        elif scope is not None and len(scope) == 1:
            country_code = next(iter(scope))
        elif region is not None:
            country_code = region.country_code
        else:
            for reading in readings:
                if reading.countries:
                    country_code = min(reading.countries)
                    break
        country = self._countries.get(country_code) if country_code else None
        if region is not None and country is not None and region.country_code != country.country_code:
            region = None
        return admin1, country, region, None

    def lookup(self, text: str) -> list[Candidate]:
        """Candidates for a comma-separated place string ("Severodonetsk, Lugansk region"), with reasons."""
        parts = [p.strip() for p in text.split(",") if p.strip()]
        if not parts:
            return []
        resolution = self.resolve(PlaceQuery(city=parts[0], parents=tuple(parts[1:])))
        return list(resolution.candidates)

    # -- reverse ---------------------------------------------------------------------------------------

    def nearest(self, latitude: float, longitude: float, limit: int = 1) -> list[tuple[Place, float]]:
        """Populated places nearest a point, with great-circle distance in km (a box prefilter keeps it fast).

        Ranked by distance, divided by a mild population factor so a city centre beats a city section
        that is a few hundred metres closer.
        """
        from geopy.distance import great_circle  # type: ignore[import-untyped]

        if not (-90.0 <= latitude <= 90.0 and -180.0 <= longitude <= 180.0):
            raise GazetteerError(f"not a WGS84 point: {latitude}, {longitude}")
        for dlat in (0.25, 1.0, 4.0, 12.0):
            dlon = min(180.0, dlat / max(math.cos(math.radians(latitude)), 0.05))
            rows = self._index.places_near(latitude, longitude, dlat, dlon)
            if len(rows) >= limit:
                measured = [
                    (self._place(r), great_circle((latitude, longitude), (r[5], r[6])).km) for r in rows
                ]
                # Only trust the box when the places found are closer than its edge.
                if sorted(km for _, km in measured)[min(limit, len(measured)) - 1] <= dlat * 111.0:
                    # Nearest first, leaning a little toward bigger places: a point in central Kyiv is
                    # "Kyiv", not the city section whose centre happens to be 50 m closer.
                    measured.sort(
                        key=lambda pair: pair[1] / (1.0 + 0.25 * math.log10(pair[0].population + 10))
                    )
                    return measured[:limit]
        return []

    def cache_info(self) -> dict[str, Any]:
        return {
            "resolve": self._resolve_cached.cache_info(),
            "names": self._name_rows.cache_info(),
            "matches": self._matches.cache_info(),
            "parents": self._read_parent.cache_info(),
        }


def _scope(readings: Iterable[_Reading]) -> frozenset[str] | None:
    scope: frozenset[str] | None = None
    for reading in readings:
        part = reading.scope
        if not part:
            continue  # a continent ("Africa") names no country
        scope = part if scope is None else scope & part
    return scope


def _only_its_own_key(raw: str, key: str) -> bool:
    """Whether reading a parent looks up no key but ``key``: no code, abbreviation, compass or type word."""
    if "." in raw or (raw.isupper() and raw.isalpha() and len(raw) in (2, 3)):
        return False
    return strip_compass(key)[1] is None and strip_generic(key) == key


@lru_cache(maxsize=65536)
def _text_variants(text: str) -> tuple[str, ...]:
    """The text, then without particles and settlement words ("near Schastia town", "the town of Bakhmut")."""
    variants = [text]
    stripped = strip_leading_particles(text)
    words = stripped.split()
    lowered = [w.lower() for w in words]
    # "town of X", "frontline city of X"
    for i, word in enumerate(lowered[:-2]):
        if word in _SETTLEMENT_WORDS and lowered[i + 1] == "of":
            words = words[i + 2 :]
            lowered = lowered[i + 2 :]
            break
    while len(words) > 1 and lowered[-1] in _SETTLEMENT_WORDS:
        words, lowered = words[:-1], lowered[:-1]
    candidate = " ".join(words)
    if candidate and candidate not in variants:
        variants.append(candidate)
    return tuple(variants)


def _remove_stale_indexes(current: Path) -> None:
    """Old schema/data versions of the default index are dead weight once a new one exists."""
    for old in current.parent.glob("gazetteer-v*.sqlite"):
        if old != current:
            with contextlib.suppress(OSError):
                old.unlink()
