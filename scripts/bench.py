"""Benchmark the caption pipeline (run by hand: `make bench`): start-up, captions per second, peak memory.

Uses the captions of tests/corpus/agency_styles.jsonl and samples/, repeated; prints one line per figure.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(repeat: int = 20) -> None:
    started = time.perf_counter()
    import captions

    normaliser = captions.Normaliser()
    normaliser.normalise("Warm-up in Kyiv, Ukraine, June 1, 2022. REUTERS/Ann Lee")
    ready = time.perf_counter() - started

    texts = [json.loads(line)["caption"] for line in (ROOT / "tests/corpus/agency_styles.jsonl").open()]
    texts += [p for p in (ROOT / "samples/seed.txt").read_text().split("\n\n") if p.strip()]
    start = time.perf_counter()
    for _ in range(repeat):
        for text in texts:
            normaliser.normalise(text)
    elapsed = time.perf_counter() - start
    count = repeat * len(texts)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"ready to normalise: {ready:.3f} s (import, rules, gazetteer open, first caption)")
    print(f"throughput: {count / elapsed:,.0f} captions/s ({count} captions, one core, {elapsed:.2f} s)")
    print(f"per caption: {elapsed / count * 1e3:.2f} ms")
    print(f"peak RSS: {peak:.0f} MB")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 20)
