"""Toponym-resolution bench: gold toponyms of short documents, resolved alone and with their documents' other
names as context, scored as in Gritta et al. 2018 (acc@161 km, acc@10 km, median error, AUC).

The corpus is JSONL, one document a line::

    {"id": "la-flood", "text": "Floodwaters covered roads in Alexandria, Louisiana ...",
     "toponyms": [{"name": "Alexandria", "lat": 31.31129, "lon": -92.44514},
                  {"name": "Egyptian", "lat": null, "lon": null}]}

``name`` is the toponym as written; ``lat``/``lon`` its gold point, or null for a word that must stay
unresolved (a demonym, a title). ``text`` is for the reader only. The context of a toponym is the other
distinct place names (gold point given) of its document, as a geoparser with perfect recognition would
pass them. An unresolved place counts as the largest error (20,039 km, half the equator).
"""

from __future__ import annotations

import itertools
import json
import math
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from gazetteer._models import PlaceQuery
from gazetteer._names import norm
from gazetteer._resolve import Gazetteer

__all__ = ["BenchDocument", "BenchScores", "BenchToponym", "great_circle_km", "read_corpus", "run_bench"]

MAX_ERROR_KM = 20_039.0  # half the equator: the error of a miss
CONTEXT_LIMIT = 24  # other names of one document passed as context


@dataclass(frozen=True, slots=True)
class BenchToponym:
    name: str
    point: tuple[float, float] | None  # None: the word is no place and must stay unresolved


@dataclass(frozen=True, slots=True)
class BenchDocument:
    doc_id: str
    toponyms: tuple[BenchToponym, ...]

    def context_for(self, name: str) -> tuple[str, ...]:
        """The document's other place names, first-mention order, without the name itself."""
        own = norm(name)
        seen: dict[str, str] = {}
        for toponym in self.toponyms:
            key = norm(toponym.name)
            if toponym.point is not None and key != own and key not in seen:
                seen[key] = toponym.name
        return tuple(seen.values())[:CONTEXT_LIMIT]


@dataclass(frozen=True, slots=True)
class BenchScores:
    """Scores over the toponyms with a gold point, and over those that must stay unresolved."""

    toponyms: int
    resolved: float
    acc161: float
    acc10: float
    median_km: float
    mean_km: float
    auc: float  # Gritta et al.'s area under the log-error curve: 0 is perfect, 1 all misses
    non_places: int
    non_places_unresolved: float
    us_per_lookup: float  # the mean time of one cold resolution (a fresh instance, nothing cached)
    misses: tuple[tuple[str, str, float], ...]  # (document, name, km) of errors of 161 km or more

    def as_dict(self) -> dict[str, float | int]:
        return {
            "toponyms": self.toponyms,
            "resolved": round(self.resolved, 3),
            "acc161": round(self.acc161, 3),
            "acc10": round(self.acc10, 3),
            "median_km": round(self.median_km, 1),
            "mean_km": round(self.mean_km, 1),
            "auc": round(self.auc, 3),
            "non_places": self.non_places,
            "non_places_unresolved": round(self.non_places_unresolved, 3),
            "us_per_lookup": round(self.us_per_lookup, 1),
        }


def read_corpus(path: Path) -> list[BenchDocument]:
    """Documents of a bench corpus (see the module docstring); blank lines and ``#`` lines are skipped."""
    documents = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            raw = json.loads(line)
            toponyms = tuple(
                BenchToponym(
                    str(t["name"]),
                    None if t.get("lat") is None else (float(t["lat"]), float(t["lon"])),
                )
                for t in raw["toponyms"]
            )
        except (ValueError, KeyError, TypeError) as exc:
            raise ValueError(f"{path}:{number}: not a bench document ({exc})") from exc
        documents.append(BenchDocument(str(raw.get("id", number)), toponyms))
    return documents


def great_circle_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Kilometres between two (lat, lon) points on the sphere, as geopy measures them."""
    from geopy.distance import great_circle  # type: ignore[import-untyped]

    return float(great_circle(a, b).km)


def auc(errors: Sequence[float]) -> float:
    """Gritta et al. 2018: the trapezoid area under the sorted ln(1 + km) curve, scaled to [0, 1]."""
    if len(errors) < 2:
        return 0.0 if not errors or errors[0] == 0 else math.log1p(errors[0]) / math.log(MAX_ERROR_KM)
    logs = [math.log1p(e) for e in sorted(errors)]
    area = sum((a + b) / 2 for a, b in itertools.pairwise(logs))
    return area / (math.log(MAX_ERROR_KM) * (len(logs) - 1))


def run_bench(index: Path, documents: Iterable[BenchDocument], *, context: bool) -> BenchScores:
    """Resolve every toponym on a fresh ``Gazetteer`` (cold caches) and score it."""
    gz = Gazetteer(index)
    errors: list[float] = []
    misses: list[tuple[str, str, float]] = []
    resolved = non_places = non_places_unresolved = lookups = 0
    elapsed = 0.0
    try:
        for doc in documents:
            for toponym in doc.toponyms:
                query = PlaceQuery(
                    city=toponym.name, context=doc.context_for(toponym.name) if context else ()
                )
                start = time.perf_counter()
                place = gz.resolve(query).most_specific
                elapsed += time.perf_counter() - start
                lookups += 1
                if toponym.point is None:
                    non_places += 1
                    non_places_unresolved += place is None
                    continue
                km = MAX_ERROR_KM if place is None else great_circle_km(place.point, toponym.point)
                resolved += place is not None
                errors.append(km)
                if km >= 161:
                    misses.append((doc.doc_id, toponym.name, round(km)))
    finally:
        gz.close()
    n = len(errors)
    ordered = sorted(errors)
    return BenchScores(
        toponyms=n,
        resolved=resolved / n if n else 0.0,
        acc161=sum(e < 161 for e in errors) / n if n else 0.0,
        acc10=sum(e < 10 for e in errors) / n if n else 0.0,
        median_km=ordered[n // 2] if n else 0.0,
        mean_km=sum(errors) / n if n else 0.0,
        auc=auc(errors),
        non_places=non_places,
        non_places_unresolved=non_places_unresolved / non_places if non_places else 1.0,
        us_per_lookup=1e6 * elapsed / lookups if lookups else 0.0,
        misses=tuple(misses),
    )
