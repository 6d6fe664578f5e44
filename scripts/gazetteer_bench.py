#!/usr/bin/env python3
"""Toponym-resolution bench over a JSONL corpus of gold toponyms (format: gazetteer/_bench.py).

    python scripts/gazetteer_bench.py                                   # the shipped corpora
    python scripts/gazetteer_bench.py my_corpus.jsonl --index PATH --misses

Prints acc@161 km, acc@10 km, median and mean error, AUC and the share of non-places left unresolved,
resolving each toponym from its name alone and with its document's other names as context.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from gazetteer import Gazetteer  # noqa: E402
from gazetteer._bench import read_corpus, run_bench  # noqa: E402

BENCH = ROOT / "tests" / "gazetteer" / "bench"
# The first was written alongside the resolver's tuning; the held-out one after it, and was not tuned on;
# the next two (US local news as in LGL, outbreak reports as in GeoVirus) before issue 15's second round;
# the two after them blind, by a hand that read none of the code (stop 22); own_s23 before stop 23's tuning.
DEFAULT_CORPORA = [
    BENCH / "news_toponyms.jsonl",
    BENCH / "news_toponyms_heldout.jsonl",
    BENCH / "us_local_news.jsonl",
    BENCH / "outbreaks.jsonl",
    BENCH / "us_local_news2.jsonl",
    BENCH / "outbreaks2.jsonl",
    BENCH / "own_s23.jsonl",
]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("corpus", type=Path, nargs="*", default=DEFAULT_CORPORA, help="JSONL corpus file(s)")
    parser.add_argument("--index", type=Path, help="an index file (default: the cached default index)")
    parser.add_argument("--misses", action="store_true", help="list the errors of 161 km or more")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)
    index = args.index or Gazetteer.default().path
    report: dict[str, dict[str, dict[str, float | int]]] = {}
    for path in args.corpus:
        documents = read_corpus(path)
        report[path.name] = {}
        for label, context in (("name alone", False), ("with context", True)):
            scores = run_bench(index, documents, context=context)
            report[path.name][label] = scores.as_dict()
            if args.misses and not args.json:
                print(f"{path.name} {label}: misses")
                for doc_id, name, km in scores.misses:
                    print(f"    {doc_id:20} {name:28} {km:>8,.0f} km")
    if args.json:
        print(json.dumps(report, indent=2))
        return 0
    for name, rows in report.items():
        keys = list(next(iter(rows.values())))
        widths = [max(len(k), 8) + 2 for k in keys]
        print(f"{name:16}" + "".join(f"{k:>{w}}" for k, w in zip(keys, widths, strict=True)))
        for label, row in rows.items():
            print(f"{label:16}" + "".join(f"{row[k]:>{w}}" for k, w in zip(keys, widths, strict=True)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
