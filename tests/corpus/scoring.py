"""Field scores of records against a labelled corpus: the project's own scorer, so that a plain clone of the
repository (without ../shared) still measures its accuracy on tests/corpus/.

A corpus holds one JSON object a line: id, caption, reference_date, gold. Gold conventions, as the
project lead's labelled corpora use them: a key absent from gold is not scored; null means "must be
empty"; a city is right by GeoNames id or within 10 km; a sublocation by word overlap (Jaccard 0.6); the
person, provenance, restriction and warning sets by F1. A wrong field whose record carries no warning of
its kind is a silent error; a right one that is flagged, a false alarm.

    python -m tests.corpus.scoring tests/corpus/holdout.jsonl [--show-failures]
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

__all__ = ["Report", "load", "normalise_corpus", "score"]

PROVENANCE = {"organised_trip", "handout", "pool", "file", "video_still", "social_media", "third_party"}
PROVENANCE |= {"satellite", "drone"}
RESTRICTIONS = {"editorial_use_only", "mandatory_credit", "no_sales", "no_archives", "no_marketing"}
SCORED_WARNINGS = {"weekday_mismatch", "missing_date", "missing_credit"}
CITY_KM = 10.0
# The warnings that say a field may be wrong, by the field's area.
FLAGS = {
    "date": {"missing_date", "weekday_mismatch", "partial_date", "date_after_reference", "parse_error"},
    "place": {"missing_place", "place_not_found", "ambiguous_place", "parse_error"},
    "credit": {"missing_credit", "parse_error"},
}
AREA = {
    "date": "date",
    "city": "place",
    "country_code": "place",
    "province_state": "place",
    "sublocation": "place",
    "creator": "credit",
    "credit_line": "credit",
    "source": "credit",
}
_STOP = {"the", "of", "a", "an", "in", "at", "on"}


def fold(text: str | None) -> str:
    """Accents, case and punctuation away: "São Paulo" and "sao-paulo" fold alike."""
    if text is None:
        return ""
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).casefold()
    return " ".join("".join(c if c.isalnum() else " " for c in text).split())


def _words(text: str | None) -> set[str]:
    return {w for w in fold(text).split() if w not in _STOP}


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (
        math.sin((p2 - p1) / 2) ** 2
        + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0088 * math.asin(math.sqrt(a))


def _credit_text(text: str | None) -> str:
    folded = fold(text)
    for prefix in ("photo by ", "photo "):
        folded = folded.removeprefix(prefix)
    return folded


def _city_hit(gold: Mapping[str, Any], location: Mapping[str, Any]) -> bool:
    if gold.get("geonameid") and location.get("geonames_id") == gold["geonameid"]:
        return True
    if gold.get("lat") is not None and location.get("latitude") is not None:
        return _km(gold["lat"], gold["lon"], location["latitude"], location["longitude"]) <= CITY_KM
    return gold.get("geonameid") is None and fold(location.get("city")) == fold(gold["name"])


def _fields(gold: Mapping[str, Any], record: Mapping[str, Any]) -> dict[str, tuple[bool, Any, Any]]:
    """(right, expected, got) of each scalar field the gold labels."""
    loc = record.get("location") or {}
    out: dict[str, tuple[bool, Any, Any]] = {}
    if "date" in gold:
        out["date"] = (record.get("date_created") == gold["date"], gold["date"], record.get("date_created"))
    if "city" in gold:
        city = gold["city"]
        hit = not loc.get("city") if city is None else _city_hit(city, loc)
        out["city"] = (hit, city and city["name"], f"{loc.get('city')} [{loc.get('geonames_id')}]")
    if "country_code" in gold:
        out["country_code"] = (
            loc.get("country_code") == gold["country_code"],
            gold["country_code"],
            loc.get("country_code"),
        )
    if "province_state" in gold:
        got = loc.get("province_state")
        out["province_state"] = (
            fold(got) in {fold(x) for x in gold["province_state"]},
            gold["province_state"],
            got,
        )
    if "sublocation" in gold:
        got, want = loc.get("sublocation"), gold["sublocation"]
        a, b = _words(got), _words(want)
        hit = not got if want is None else bool(a) and len(a & b) / len(a | b) >= 0.6
        out["sublocation"] = (hit, want, got)
    if "creator" in gold:
        out["creator"] = (
            (record.get("creator") or None) == gold["creator"],
            gold["creator"],
            record.get("creator"),
        )
    if "credit_line" in gold:
        got = record.get("credit_line")
        out["credit_line"] = (
            _credit_text(got) == _credit_text(gold["credit_line"]),
            gold["credit_line"],
            got,
        )
    if "source" in gold:
        out["source"] = (
            fold(record.get("source")) == fold(gold["source"]),
            gold["source"],
            record.get("source"),
        )
    return out


def _kinds(items: Iterable[Any], key: str = "kind") -> set[str]:
    return {item.get(key) if isinstance(item, dict) else item for item in items or ()}


def _sets(gold: Mapping[str, Any], record: Mapping[str, Any]) -> dict[str, tuple[set[str], set[str]]]:
    """(expected, got) of each set the gold labels."""
    out: dict[str, tuple[set[str], set[str]]] = {}
    if "persons" in gold:
        got = {fold(p.get("name") if isinstance(p, dict) else p) for p in record.get("persons") or ()}
        out["persons"] = ({fold(p) for p in gold["persons"]}, got)
    if "provenance" in gold:
        allowed = set(gold.get("provenance_allowed", ()))
        out["provenance"] = (
            set(gold["provenance"]),
            (_kinds(record.get("provenance")) & PROVENANCE) - allowed,
        )
    if "restrictions" in gold:
        out["restrictions"] = (set(gold["restrictions"]), _kinds(record.get("restrictions")) & RESTRICTIONS)
    if "warnings" in gold:
        out["warnings"] = (set(gold["warnings"]), _kinds(record.get("warnings"), "code") & SCORED_WARNINGS)
    return out


@dataclass
class Report:
    cases: int = 0
    missing: int = 0
    hits: Counter[str] = field(default_factory=Counter)
    totals: Counter[str] = field(default_factory=Counter)
    set_counts: dict[str, list[int]] = field(default_factory=dict)  # name: [tp, fp, fn]
    scored: int = 0
    silent: int = 0
    alarms: int = 0
    failures: list[tuple[str, str, Any, Any]] = field(default_factory=list)
    false_alarms: list[tuple[str, str, list[str]]] = field(default_factory=list)  # id, field, its flags

    @property
    def scores(self) -> dict[str, float]:
        out = {name: self.hits[name] / total for name, total in self.totals.items()}
        for name, (tp, fp, fn) in self.set_counts.items():
            out[f"{name}_f1"] = 1.0 if tp + fp + fn == 0 else 2 * tp / (2 * tp + fp + fn)
        return out

    @property
    def silent_rate(self) -> float:
        return self.silent / self.scored if self.scored else 0.0

    @property
    def alarm_rate(self) -> float:
        return self.alarms / self.scored if self.scored else 0.0


def score(cases: Sequence[Mapping[str, Any]], records: Iterable[Mapping[str, Any]]) -> Report:
    """Score RECORDS (record dicts, as the JSONL output holds them) against the labelled CASES, by id."""
    by_id = {str(r.get("id")): r for r in records}
    report = Report(cases=len(cases))
    for case in cases:
        gold, record = case["gold"], by_id.get(str(case["id"]))
        if record is None:
            report.missing += 1
            record = {}
        codes = _kinds(record.get("warnings"), "code")
        for name, (hit, want, got) in _fields(gold, record).items():
            flagged = bool(codes & FLAGS[AREA[name]])
            report.totals[name] += 1
            report.hits[name] += hit
            report.scored += 1
            report.silent += not hit and not flagged
            if hit and flagged and want is not None:
                report.alarms += 1
                report.false_alarms.append((str(case["id"]), name, sorted(codes & FLAGS[AREA[name]])))
            if not hit:
                report.failures.append((str(case["id"]), name + ("" if flagged else " (silent)"), want, got))
        for name, (want_set, got_set) in _sets(gold, record).items():
            counts = report.set_counts.setdefault(name, [0, 0, 0])
            counts[0] += len(want_set & got_set)
            counts[1] += len(got_set - want_set)
            counts[2] += len(want_set - got_set)
            if want_set != got_set:
                report.failures.append((str(case["id"]), name, sorted(want_set), sorted(got_set)))
    return report


def load(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as stream:
        return [json.loads(line) for line in stream if line.strip()]


def normalise_corpus(cases: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """The records of a corpus's captions, as `captions normalize` writes them (IIM warnings included)."""
    from captions import Normaliser
    from captions._engines._local import record_of
    from captions._inputs import CaptionInput

    normaliser = Normaliser()
    items = (CaptionInput(str(c["id"]), c["caption"], c.get("reference_date")) for c in cases)
    return [record_of(normaliser, item).model_dump(mode="json") for item in items]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Score the normaliser on a labelled corpus.")
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--show-failures", action="store_true")
    args = parser.parse_args(argv)
    cases = load(args.corpus)
    report = score(cases, normalise_corpus(cases))
    print(f"cases: {report.cases}   records missing: {report.missing}")
    for name, value in report.scores.items():
        counts = f"  ({report.hits[name]}/{report.totals[name]})" if name in report.totals else ""
        print(f"  {name:<18} {value:6.3f}{counts}")
    if args.show_failures:
        for case_id, name, want, got in report.failures:
            print(f"  {case_id:<10} {name:<22} expected {want!r}   got {got!r}")
        for case_id, name, flags in report.false_alarms:
            print(f"  {case_id:<10} {name:<22} right but flagged {', '.join(flags)}")
    print(
        f"silent errors: {report.silent}/{report.scored} ({report.silent_rate:.1%}); false alarms: {report.alarms}/{report.scored} ({report.alarm_rate:.1%})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
