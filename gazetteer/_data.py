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

__all__ = ["Admin1Entry", "Overlay", "admin1_entries", "data_fingerprint", "overlay", "read_data_bytes"]

_DATA_FILES = ("admin1.csv", "overlay.toml")
_BUILD_MODULES = ("_build.py", "_names.py")


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


@cache
def admin1_entries() -> tuple[Admin1Entry, ...]:
    text = read_data_bytes("admin1.csv").decode("utf-8")
    lines = [line for line in text.splitlines() if not line.startswith("#")]
    entries = []
    for row in csv.DictReader(io.StringIO("\n".join(lines))):
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
class Overlay:
    country_names: dict[str, str]
    country_aliases: dict[str, list[str]]
    city_preferred: dict[int, str]
    city_aliases: dict[int, list[str]]
    city_datelines: dict[int, str]
    admin1_names: dict[tuple[str, str], str]
    admin1_aliases: dict[tuple[str, str], list[str]]
    admin1_extra: list[dict[str, Any]]
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
        city_preferred={int(k): v for k, v in cities.get("preferred", {}).items()},
        city_aliases={int(k): list(v) for k, v in cities.get("aliases", {}).items()},
        city_datelines={int(k): v for k, v in cities.get("datelines", {}).items()},
        admin1_names={_split_code(k): v for k, v in admin1.get("names", {}).items()},
        admin1_aliases={_split_code(k): list(v) for k, v in admin1.get("aliases", {}).items()},
        admin1_extra=list(admin1.get("extra", [])),
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
