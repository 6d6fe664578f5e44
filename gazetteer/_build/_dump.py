"""Source: a GeoNames dump folder (allCountries.txt or citiesNNN.txt, alternateNamesV2.txt,
admin1CodesASCII.txt, countryInfo.txt), for a bigger index than the packaged extracts give.

The dump's own points for countries, divisions and county-level units win over the shipped ones, and its
alternate names (alternateNamesV2.txt) keep their historic and colloquial flags.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from gazetteer._build._builder import Builder, ok_alternate
from gazetteer._build._data import admin2_entries
from gazetteer._build._records import Admin1, IdSet
from gazetteer._exceptions import IndexBuildError
from gazetteer._names import is_latin, latin_key, norm, skeleton_uncached, strip_generic
from gazetteer._schema import F_ALT, F_COLLOQUIAL, F_HISTORIC, F_MAIN, F_NORM, R_CAPITAL, R_SEAT, R_SECTION, skeleton_flags

__all__ = ["load_geonames_dump"]

# GeoNames alternateNames pseudo-languages that are not names (links, codes, Wikidata ids ...).
_NOT_NAMES = frozenset({"link", "wkdt", "post", "iata", "icao", "faac", "tcid", "unlc", "phon", "fr_1793"})
# Populated-place codes that are not a place today (historical, abandoned, destroyed).
_SKIP_PPL = frozenset({"PPLH", "PPLQ", "PPLW", "PPLCH"})
_COUNTRY_CODES = frozenset({"PCLI", "PCLD", "PCLF", "PCLS", "PCL", "PCLIX", "TERR"})


def _read_tsv(path: Path) -> Iterator[list[str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        for line in handle:
            if line.startswith("#") or not line.strip():
                continue
            yield line.rstrip("\r\n").split("\t")


def load_geonames_dump(builder: Builder, folder: Path) -> None:
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
    selected = IdSet()
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
            alternates.extend((a, F_ALT) for a in row[3].split(",") if ok_alternate(a, row[1]))
        builder.add_city(
            gid, row[1], float(row[4]), float(row[5]), cc, row[10], int(row[14] or 0), alternates, rank,
            row[11],
        )  # fmt: skip
        selected.add(gid)
    builder._flush()
    if use_alt_file:
        _load_alternate_names(builder, alt_file, selected, admin1_by_id)


def _load_alternate_names(
    builder: Builder, path: Path, selected: IdSet, admin1_by_id: dict[int, Admin1]
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
            batch.append((skel, gid, skeleton_flags(flags), name))
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
