"""Reference data shipped in gazetteer/data/: read lazily, once, and only when an index is built."""

from __future__ import annotations

import csv
import hashlib
import io
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

__all__ = [
    "Admin1Entry",
    "Admin2Entry",
    "Overlay",
    "admin1_entries",
    "admin2_entries",
    "country_points",
    "data_fingerprint",
    "overlay",
    "read_data_bytes",
]

_DATA_FILES = ("admin1.csv", "admin2.csv", "country_points.csv", "overlay.toml")
_BUILD_MODULES = ("_build.py", "_names.py", "_schema.py")


def read_data_bytes(name: str) -> bytes:
    return resources.files("gazetteer").joinpath("data", name).read_bytes()


@dataclass(frozen=True, slots=True)
class Admin1Entry:
    country_code: str
    code: str
    name_en: str
    iso_3166_2: str
    geonames_id: int | None
    type: str
    local_name: str
    alternate_names: tuple[str, ...]


def _csv_rows(name: str) -> csv.DictReader[str]:
    text = read_data_bytes(name).decode("utf-8")
    lines = [line for line in text.splitlines() if not line.startswith("#")]
    return csv.DictReader(io.StringIO("\n".join(lines)))


@cache
def admin1_entries() -> tuple[Admin1Entry, ...]:
    entries = []
    for row in _csv_rows("admin1.csv"):
        entries.append(
            Admin1Entry(
                country_code=row["country_code"],
                code=row["geonames_admin1_code"],
                name_en=row["name_en"],
                iso_3166_2=row["iso_3166_2"],
                geonames_id=int(row["geonames_id"]) if row["geonames_id"] else None,
                type=row["type"],
                local_name=row["local_name"],
                alternate_names=tuple(n for n in row["alternate_names"].split("|") if n),
            )
        )
    return tuple(entries)


@dataclass(frozen=True, slots=True)
class Admin2Entry:
    """A second-level division; its extent is that of its GeoNames places (lon_min > lon_max: it wraps)."""

    country_code: str
    admin1_code: str
    code: str
    geonames_id: int
    name: str
    short_name: str
    lat_min: float
    lat_max: float
    lon_min: float
    lon_max: float
    population: int
    alternate_names: tuple[str, ...]

    @property
    def centre(self) -> tuple[float, float]:
        """Centre of the extent: nearer GeoNames' own admin2 points than a population-weighted centroid."""
        span = (self.lon_max - self.lon_min) % 360.0
        lon = (self.lon_min + span / 2 + 540.0) % 360.0 - 180.0
        return round((self.lat_min + self.lat_max) / 2, 5), round(lon, 5)


@cache
def admin2_entries() -> tuple[Admin2Entry, ...]:
    return tuple(
        Admin2Entry(
            country_code=row["country_code"],
            admin1_code=row["admin1_code"],
            code=row["admin2_code"],
            geonames_id=int(row["geonames_id"]),
            name=row["name"],
            short_name=row["short_name"],
            lat_min=float(row["lat_min"]),
            lat_max=float(row["lat_max"]),
            lon_min=float(row["lon_min"]),
            lon_max=float(row["lon_max"]),
            population=int(row["population"] or 0),
            alternate_names=tuple(n for n in row["alternate_names"].split("|") if n),
        )
        for row in _csv_rows("admin2.csv")
    )


@cache
def country_points() -> dict[str, tuple[float, float]]:
    """Conventional country points by ISO alpha-2 (see scripts/build_country_points.py)."""
    rows = _csv_rows("country_points.csv")
    return {row["country_code"]: (float(row["lat"]), float(row["lon"])) for row in rows}


@dataclass(frozen=True, slots=True)
class Overlay:
    country_names: dict[str, str]
    country_aliases: dict[str, list[str]]
    country_points: dict[str, tuple[float, float]]
    city_preferred: dict[int, str]
    city_aliases: dict[int, list[str]]
    city_datelines: dict[int, str]
    admin1_names: dict[tuple[str, str], str]
    admin1_aliases: dict[tuple[str, str], list[str]]
    admin1_extra: list[dict[str, Any]]
    admin1_former_countries: list[str]
    regions: list[dict[str, Any]]
    landmarks: list[dict[str, Any]]
    ap_abbreviations: dict[str, str]


def _split_code(key: str) -> tuple[str, str]:
    country, _, code = key.partition(".")
    return country, code


@cache
def overlay() -> Overlay:
    raw = tomllib.loads(read_data_bytes("overlay.toml").decode("utf-8"))
    countries, cities, admin1 = raw.get("countries", {}), raw.get("cities", {}), raw.get("admin1", {})
    return Overlay(
        country_names=dict(countries.get("names", {})),
        country_aliases={k: list(v) for k, v in countries.get("aliases", {}).items()},
        country_points={k: (float(v[0]), float(v[1])) for k, v in countries.get("points", {}).items()},
        city_preferred={int(k): v for k, v in cities.get("preferred", {}).items()},
        city_aliases={int(k): list(v) for k, v in cities.get("aliases", {}).items()},
        city_datelines={int(k): v for k, v in cities.get("datelines", {}).items()},
        admin1_names={_split_code(k): v for k, v in admin1.get("names", {}).items()},
        admin1_aliases={_split_code(k): list(v) for k, v in admin1.get("aliases", {}).items()},
        admin1_extra=list(admin1.get("extra", [])),
        admin1_former_countries=list(admin1.get("former", {}).get("countries", [])),
        regions=list(raw.get("regions", [])),
        landmarks=list(raw.get("landmarks", [])),
        ap_abbreviations=dict(raw.get("us_states", {}).get("ap_abbreviations", {})),
    )


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
    for module in _BUILD_MODULES:
        digest.update(package.joinpath(module).read_bytes())
    return digest.hexdigest()[:12]
