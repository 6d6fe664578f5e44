#!/usr/bin/env python3
"""Generate captions/data/world_outline.txt: a coarse world map as one SVG path, for the review sheet.

The review sheet (`captions review`) draws its points on an inline map, offline, with no tiles. countryinfo
1.0.1 (MIT) ships a GeoJSON outline per country in ``countryinfo/data/*.json`` (Natural Earth 1:110m,
public domain); this script projects them equirectangularly, simplifies them (Douglas-Peucker, half a
degree), drops specks and writes the path, about 20 KB, so countryinfo is needed only here.

Path units are half degrees: x = 2 * longitude, y = -2 * latitude (viewBox "-360 -180 720 360").

    python scripts/build_world_outline.py            # rewrite captions/data/world_outline.txt
    python scripts/build_world_outline.py --check    # exit 1 when the committed file is stale

tests/desk/test_review.py regenerates the path in memory and compares it with the committed one.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _generated

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "captions" / "data" / "world_outline.txt"
COUNTRYINFO_VERSION = "1.0.1"
SCALE = 2  # path units per degree
TOLERANCE = 0.5  # path units (a quarter degree): invisible at the sheet's size
MIN_EXTENT = 2  # path units: rings smaller than this both ways are specks at the sheet's size

Point = tuple[int, int]


def _simplify(points: list[tuple[float, float]], tolerance: float) -> list[tuple[float, float]]:
    """Douglas-Peucker, iterative (a long coastline would overflow a recursive one)."""
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (x1, y1), (x2, y2) = points[first], points[last]
        dx, dy = x2 - x1, y2 - y1
        norm = (dx * dx + dy * dy) ** 0.5
        worst, index = 0.0, -1
        for i in range(first + 1, last):
            x, y = points[i]
            if norm:
                distance = abs(dy * (x - x1) - dx * (y - y1)) / norm
            else:  # a closed ring: its first and last points are one
                distance = ((x - x1) ** 2 + (y - y1) ** 2) ** 0.5
            if distance > worst:
                worst, index = distance, i
        if index >= 0 and worst > tolerance:
            keep[index] = True
            stack += [(first, index), (index, last)]
    return [p for p, kept in zip(points, keep, strict=True) if kept]


def _ring(coordinates: Sequence[Sequence[float]]) -> list[Point] | None:
    """A ring in path units, simplified and rounded; None when it is a speck."""
    projected = [(float(lon) * SCALE, -float(lat) * SCALE) for lon, lat, *_ in coordinates]
    rounded: list[Point] = []
    for x, y in _simplify(projected, TOLERANCE):
        point = (round(x), round(y))
        if not rounded or rounded[-1] != point:
            rounded.append(point)
    if len(rounded) < 4:
        return None
    xs, ys = [p[0] for p in rounded], [p[1] for p in rounded]
    if max(xs) - min(xs) < MIN_EXTENT and max(ys) - min(ys) < MIN_EXTENT:
        return None
    return rounded


def read_rings(files: Iterable[tuple[str, str]]) -> list[list[Point]]:
    """The outer rings of every country outline, from (file name, JSON text) pairs, in name order.

    Holes (inner rings) are left out: at this scale they are lakes nobody needs.
    """
    rings: list[list[Point]] = []
    seen: set[tuple[Point, ...]] = set()
    for _, text in sorted(files):
        outline = json.loads(text).get("geoJSON") or {}
        for feature in outline.get("features", []):
            geometry = feature.get("geometry") or {}
            polygons = geometry.get("coordinates", [])
            if geometry.get("type") == "Polygon":
                polygons = [polygons]
            for polygon in polygons:
                ring = _ring(polygon[0]) if polygon else None
                # Two files for one country (Vatican, Palestine) must not draw it twice.
                if ring is not None and tuple(ring) not in seen:
                    seen.add(tuple(ring))
                    rings.append(ring)
    return rings


def render_path(rings: Sequence[Sequence[Point]]) -> str:
    """One SVG path: an absolute move to each ring's start, then relative lines (short integers).

    One "l" per ring: SVG repeats a command for further number pairs, and a minus sign separates numbers.
    """
    parts: list[str] = []
    for ring in rings:
        (x0, y0), rest = ring[0], ring[1:]
        numbers: list[int] = []
        previous = ring[0]
        for x, y in rest:
            numbers += [x - previous[0], y - previous[1]]
            previous = (x, y)
        steps = "".join(f"{'' if n < 0 or i == 0 else ' '}{n}" for i, n in enumerate(numbers))
        parts.append(f"M{x0} {y0}l{steps}z")
    return "".join(parts)


def render(rings: Sequence[Sequence[Point]]) -> str:
    return (
        f"# Generated by scripts/build_world_outline.py from countryinfo {COUNTRYINFO_VERSION} (MIT; outlines"
        " from Natural Earth, public domain). Do not edit. Units: half degrees, x = 2*lon, y = -2*lat.\n"
        + render_path(rings)
        + "\n"
    )


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
    return render(read_rings(files))


def main(argv: Sequence[str] | None = None) -> int:
    args = _generated.arguments(__doc__, argv, output=OUTPUT)
    _generated.warn_unpinned("countryinfo", countryinfo_version(), COUNTRYINFO_VERSION)
    return _generated.write_or_check({args.output: generate()}, check=args.check, script=__file__)


if __name__ == "__main__":
    raise SystemExit(main())
