"""Areas: countries and first-level divisions, and the second-level ones read the same way.

``Areas`` answers what a text names as an area ("Ukraine", "Calif.", "Luhansk region", "Rapides Parish")
from the index's ``countries``, ``admin1``, ``admin2`` and ``area_names`` tables, and builds the ``Place``
of a division from its codes. Countries load at start-up (a few hundred rows); divisions and the name
table are read per key and cached.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from functools import lru_cache

from gazetteer._index import Index
from gazetteer._models import Place
from gazetteer._names import (
    COMPASS_WORDS,
    GENERIC_ADMIN_WORDS,
    compact,
    norm,
    strip_generic,
    strip_leading_particles,
)
from gazetteer._resolve._weights import ADMIN2_PAD, CACHE_SIZE
from gazetteer._schema import (
    A_ADMIN1,
    A_ADMIN2,
    A_ALPHA2,
    A_ALPHA3,
    A_AP_ABBR,
    A_COUNTRY,
    A_POSTAL,
    F_ALT,
    F_DERIVED,
    F_MAIN,
    F_NORM,
    F_PREFERRED,
    F_STRIPPED,
    SECTORS,
    area_filter_positions,
)

__all__ = ["WEAK_KEYS", "Areas"]

# Alpha-3 codes that are also English words or month abbreviations: not countries when written alone.
_ALPHA3_WORDS = frozenset(
    {"ARE", "CAN", "PER", "MAR", "NOR", "DOM", "FIN", "BEL", "GAB", "TON", "AUS", "SUR"}
)
# Keys that are division names somewhere but mean nothing alone ("Central", "Free State" -> "free").
WEAK_KEYS = COMPASS_WORDS | {
    "free", "capital", "federal", "national", "special", "new", "greater", "great", "coast", "islands",
    "island", "lakes", "valley", "border", "river", "city", "centre", "center", "north east", "north west",
    "south east", "south west", "mission", "bar",
}  # fmt: skip
_SECTOR_ALIASES = {
    "north": "northern", "south": "southern", "east": "eastern", "west": "western", "centre": "central",
    "center": "central", "mid": "central", "northeast": "northeastern", "northwest": "northwestern",
    "southeast": "southeastern", "southwest": "southwestern", "far eastern": "eastern", "far east": "eastern",
    "far western": "western", "far northern": "northern", "far southern": "southern",
}  # fmt: skip


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


class Areas:
    """The area tables of one index; ``country``, ``admin1``, ``admin2`` and ``area_names`` are cached."""

    def __init__(self, index: Index) -> None:
        self._index = index
        self.countries: dict[str, Place] = {}
        self.country_capital: dict[str, int | None] = {}
        # Divisions and the country/division name table are read per key, on demand: start-up stays at a
        # few milliseconds instead of loading ~30,000 rows a process may never need.
        self._admin1_cache: dict[tuple[str, str], tuple[Place, str] | None] = {}
        self._admin2_cache: dict[tuple[str, str, str], _Admin2 | None] = {}
        self._load_tables()
        # Per-instance LRU caches on normalised inputs: repeated places in a batch cost a dict lookup.
        self.country = lru_cache(maxsize=CACHE_SIZE)(self._country)
        self.admin1 = lru_cache(maxsize=CACHE_SIZE)(self._admin1_lookup)
        self.admin2 = lru_cache(maxsize=CACHE_SIZE)(self._admin2_lookup)
        self.area_names = lru_cache(maxsize=CACHE_SIZE)(self._area_rows_uncached)

    # -- tables ----------------------------------------------------------------------------------------

    def _load_tables(self) -> None:
        for cc, cc3, name, gid, lat, lon, pop, capital, _area in self._index.query("SELECT * FROM countries"):
            self.countries[cc] = Place(
                geonames_id=gid, name=name, kind="country", feature_class="A", country_code=cc,
                country_code3=cc3 or None, country_name=name, admin1_code=None, admin1_name=None,
                latitude=lat, longitude=lon, population=pop or 0,
            )  # fmt: skip
            self.country_capital[cc] = capital

    def admin1_entry(self, cc: str, code: str) -> tuple[Place, str] | None:
        """A division's place and its type ("Oblast", "City") by codes, or None."""
        key = (cc, code)
        if key not in self._admin1_cache:
            rows = self._index.query("SELECT * FROM admin1 WHERE cc = ? AND code = ?", key)
            entry: tuple[Place, str] | None = None
            if rows:
                _cc, _code, name, iso, gid, kind, lat, lon, pop, _seat = rows[0]
                country = self.countries.get(cc)
                place = Place(
                    geonames_id=gid, name=name, kind="admin1", feature_class="A", country_code=cc,
                    country_code3=country.country_code3 if country else None,
                    country_name=country.name if country else None, admin1_code=code, admin1_name=name,
                    latitude=lat, longitude=lon, population=pop or 0, iso_3166_2=iso or None,
                )  # fmt: skip
                entry = (place, kind or "")
            self._admin1_cache[key] = entry
        return self._admin1_cache[key]

    def admin1_by_iso(self, iso: str) -> Place | None:
        """A division by its ISO 3166-2 code ("BR-RR"), or None."""
        rows = self._index.query("SELECT cc, code FROM admin1 WHERE iso = ?", (iso,))
        return self.admin1_place(*rows[0]) if rows else None

    def admin1_place(self, cc: str | None, code: str | None) -> Place | None:
        if not cc or code is None:
            return None
        entry = self.admin1_entry(cc, code)
        return entry[0] if entry else None

    def admin2_entry(self, cc: str, a1: str, code: str) -> _Admin2 | None:
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
                country = self.countries.get(cc)
                admin = self.admin1_place(cc, a1)
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

    def admin2_place(self, cc: str | None, a1: str | None, code: str | None) -> Place | None:
        if not cc or a1 is None or not code:
            return None
        entry = self.admin2_entry(cc, a1, code)
        return entry.place if entry else None

    def in_admin2(self, place: Place, unit: tuple[str, str, str]) -> bool:
        """Whether a place lies in a county-level unit: by code when known, else by the unit's extent."""
        cc, a1, code = unit
        if place.country_code != cc or (place.admin1_code or "") != a1:
            return False
        if place.admin2_code is not None:
            return place.admin2_code == code
        entry = self.admin2_entry(cc, a1, code)
        return entry is not None and entry.contains(place.latitude, place.longitude)

    def _area_rows_uncached(self, key: str) -> tuple[tuple[int, str, str, int], ...]:
        """(kind, cc, code, flags) rows of the area-name table for one key."""
        if not self._may_name_an_area(key):
            return ()  # most keys asked about (city names) name no area: the filter says so unread
        rows = self._index.query("SELECT kind, cc, code, flags FROM area_names WHERE key = ?", (key,))
        return tuple((int(k), str(cc), str(code), int(f)) for k, cc, code, f in rows)

    def _may_name_an_area(self, key: str) -> bool:
        """False when no area has this key (the index's Bloom filter); True may be a false alarm."""
        bits = self._area_filter
        first, second, third = area_filter_positions(key)
        return bool(
            bits[first >> 3] >> (first & 7) & 1
            and bits[second >> 3] >> (second & 7) & 1
            and bits[third >> 3] >> (third & 7) & 1
        )

    @functools.cached_property
    def _area_filter(self) -> bytes:
        (bits,) = self._index.query("SELECT bits FROM area_filter")[0]
        return bytes(bits)

    # -- countries and divisions -----------------------------------------------------------------------

    def _country(self, text: str, codes: bool) -> Place | None:
        raw = text.strip().strip(".,;:")
        if not raw:
            return None
        if raw.isupper() and raw.isalpha():
            kinds = {3: A_ALPHA3, 2: A_ALPHA2 if codes else -1}
            kind = kinds.get(len(raw), -1)
            if kind >= 0 and raw not in _ALPHA3_WORDS:
                for k, cc, _code, _flags in self.area_names(raw):
                    if k == kind:
                        return self.countries.get(cc)
        key = norm(raw)
        if key.startswith("the "):
            key = key[4:]
        best: tuple[int, int, str] | None = None
        for kind, cc, _code, flags in self.area_names(key):
            if kind == A_COUNTRY and cc in self.countries:
                rank = (1 if flags & F_MAIN else 0, self.countries[cc].population, cc)
                if best is None or rank > (best[0], best[1], best[2]):
                    best = rank
        return self.countries.get(best[2]) if best else None

    def _admin1_lookup(self, text: str, country_code: str | None) -> Place | None:
        matches = self.admin1_matches(text, country_code, strict=country_code is None)
        return matches[0] if matches else None

    def admin1_matches(self, text: str, country_code: str | None, *, strict: bool) -> list[Place]:
        """The first-level divisions a text can name, best first (see ``Gazetteer.admin1``)."""
        raw = strip_leading_particles(text.strip().strip(",;:"))
        if not raw:
            return []
        found: dict[tuple[str, str], tuple[float, ...]] = {}

        def consider(cc: str, code: str, rank: tuple[float, ...]) -> None:
            wanted = (country_code is None or cc == country_code) and self.admin1_entry(cc, code) is not None
            if wanted and ((cc, code) not in found or rank > found[(cc, code)]):
                found[(cc, code)] = rank

        if country_code in (None, "US"):
            if "." in raw:
                for kind, cc, code, _flags in self.area_names(compact(raw)):
                    if kind == A_AP_ABBR:
                        consider(cc, code, (9.0,))
            if country_code == "US" and len(raw) == 2 and raw.isalpha():
                for kind, cc, code, _flags in self.area_names(raw.lower()):
                    if kind == A_POSTAL:
                        consider(cc, code, (8.0,))
        key = norm(raw)
        if key.startswith("the "):
            key = key[4:]
        core = strip_generic(key)
        generic = core != key
        if strict and (not core or core in WEAK_KEYS or core in GENERIC_ADMIN_WORDS or len(core) < 3):
            return [p for p in (self.admin1_place(*k) for k in found) if p is not None]
        # "Douglas County", "Rapides Parish" are US second-level units (see admin2()), not the Isle of Man's
        # Douglas: a stripped "county"/"parish" must match a first-level division of that type.
        typed_words = (set(key.split()) - set(core.split())) & {"county", "parish"}
        for lookup, stripped_query in ((key, False), (core, True)):
            if stripped_query and not generic:
                continue
            for kind, cc, code, flags in self.area_names(lookup):
                if kind != A_ADMIN1:
                    continue
                if stripped_query and typed_words:
                    unit = self.admin1_entry(cc, code)
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
                entry = self.admin1_entry(cc, code)
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
        return [p for p in (self.admin1_place(*k) for k in ranked) if p is not None]

    def country_by_code(self, country_code: str) -> Place | None:
        code = country_code.upper()
        if len(code) == 3:
            for place in self.countries.values():
                if place.country_code3 == code:
                    return place
            return None
        return self.countries.get(code)

    def alias_division(self, key: str, country: Place) -> tuple[str, str] | None:
        """The division a country's alias names as its own ("England": GB.ENG), or None."""
        rows = self.area_names(key)
        if any(k == A_COUNTRY and cc == country.country_code and f & F_MAIN for k, cc, _c, f in rows):
            return None
        for kind, cc, code, flags in rows:
            if kind == A_ADMIN1 and cc == country.country_code and flags & F_MAIN:
                return (cc, code)
        return None

    def admin2_matches(
        self, key: str, *, bare: bool = True, country_code: str | None = None, admin1_code: str | None = None
    ) -> list[tuple[str, str, str]]:
        """County-level units a norm key names, best first: own name, alternate, then bare name."""
        if key.startswith("the "):
            key = key[4:]
        if not key or len(key) < 3 or key in WEAK_KEYS:
            return []
        ranked: list[tuple[int, int, tuple[str, str, str]]] = []
        for kind, cc, code, flags in self.area_names(key):
            if kind != A_ADMIN2 or (country_code is not None and cc != country_code):
                continue
            a1, _, a2 = code.partition(".")
            if admin1_code is not None and a1 != admin1_code:
                continue
            quality = 3 if flags & F_MAIN else 2 if flags & (F_ALT | F_PREFERRED) else 1
            if quality == 1 and not bare:
                continue
            entry = self.admin2_entry(cc, a1, a2)
            if entry is not None:
                ranked.append((quality, entry.place.population, (cc, a1, a2)))
        ranked.sort(key=lambda r: (-r[0], -r[1], r[2]))
        return [unit for _q, _p, unit in ranked]

    def _admin2_lookup(self, text: str, country_code: str | None, admin1_code: str | None) -> Place | None:
        raw = strip_leading_particles(text.strip().strip(",;:"))
        if not raw:
            return None
        if country_code is None and (
            self.country(raw, False) is not None or self.admin1(raw, None) is not None
        ):
            return None  # "Georgia", "Alexandria": a country or a first-level division first
        units = self.admin2_matches(
            norm(raw), bare=country_code is not None, country_code=country_code, admin1_code=admin1_code
        )
        return self.admin2_place(*units[0]) if units else None

    def country_from_key(self, key: str) -> Place | None:
        for kind, cc, _code, _flags in self.area_names(key):
            if kind == A_COUNTRY:
                return self.countries.get(cc)
        return None

    def sector(self, country: Place, compass: str, text: str) -> Place | None:
        """The compass part of a country ("eastern Ukraine"), placed at its stored centroid."""
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

    def admin1_by_seat_name_only(self, key: str) -> bool:
        """True when the key names first-level divisions only through their seat towns' other names
        ("Salina", an old name of Larnaca, for Larnaka district): the key is a town's name first."""
        rows = [flags for kind, _, _, flags in self.area_names(key) if kind == A_ADMIN1]
        return bool(rows) and all(f & F_DERIVED and not f & (F_MAIN | F_ALT | F_PREFERRED) for f in rows)

    def is_city_state(self, country: Place) -> bool:
        """Singapore, Monaco, Hong Kong, Vatican: the capital holds most of the country."""
        capital_id = self.country_capital.get(country.country_code or "")
        if not capital_id:
            return False
        rows = self._index.places([capital_id])
        return bool(rows) and rows[0][7] >= 0.5 * max(country.population, 1)
