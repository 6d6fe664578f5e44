#!/usr/bin/env python3
"""Measure designs of the gazetteer's fuzzy fallback against the index's own, on the same misspellings.

    python scripts/fuzzy_designs.py                 # the default index, 3,000 misspelt names
    python scripts/fuzzy_designs.py --index PATH --names 1000

The names are those of ``scripts/bench_gazetteer.py --cold-only`` (towns of 1,000 people or more, one letter
past the first two changed, dropped or added), folded as the fallback folds them; those of fewer than five
letters are left out, as the fallback leaves them. Each design returns the keys within reach (same first
two letters, a length within reach, at most 1 edit for 5-7 letters, 2 from 8): what the fallback then reads
the rows of. Printed: thread CPU a name (the best of three passes; all names, then those of 1 and of 2
edits apart), how many names a design's keys differ from the index's on, and the memory a design holds
(strings, lists and dicts, ``sys.getsizeof``).

- ``index``: what the fallback does (``Index.fuzzy_pool``, the deletion index of the first
  ``FUZZY_PREFIX`` letters, then rapidfuzz's ``process.extract`` with a cutoff over the pool);
  ``index_pool`` is its SQLite read alone.
- ``two_letters``: every key in memory, by first two letters and length; rapidfuzz scans the lengths in
  reach. Exact, but the pool is some 2,000 keys a name, against 98 from the deletion index (232 when it
  kept seven letters).
- ``two_letters_lazy``: the same, each group split from one string on its first use (a table of one row a
  group, less its read).
- ``three_letters``: by first three letters and length, with the misspellings of the third letter found
  exactly (1 edit: the keys less their third letter, in a dict); names of 8 letters or more, 2 edits, go
  to the index. Exact.
- ``three_letters_only``: the three-letter scan alone, which misses the edits of the third letter: a floor.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rapidfuzz.distance import Levenshtein  # noqa: E402
from rapidfuzz.process import extract  # noqa: E402

from gazetteer import Gazetteer  # noqa: E402
from gazetteer._index import Index  # noqa: E402
from gazetteer._names import norm  # noqa: E402
from gazetteer._resolve._candidates import query_deletes  # noqa: E402
from gazetteer._schema import F_HISTORIC, F_NORM, FUZZY_PREFIX  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _probe_names import probe_names  # noqa: E402

Design = Callable[[str], set[str]]


def misspelt_names(index: Index, count: int) -> list[str]:
    """The misspellings of ``bench_gazetteer.py``'s cold probe (same seed, same edits), folded."""
    rows = index.query("SELECT name FROM places WHERE kind = 0 AND pop >= 1000 ORDER BY id")
    names = probe_names(rows, count, misspelt=True)
    keys = [norm(n) for n in names]
    return [k for k in keys if len(k.replace(" ", "")) >= 5]


def _edits(key: str) -> int:
    return 1 if len(key.replace(" ", "")) < 8 else 2


def _within(key: str, pool: list[str], edits: int) -> Iterable[str]:
    return (
        found
        for found, _, _ in extract(key, pool, scorer=Levenshtein.distance, score_cutoff=edits, limit=None)
    )


def _size(obj: object) -> int:
    """Bytes of a dict or list of strings or lists of strings, the containers included."""
    total = sys.getsizeof(obj)
    items = (
        obj.items() if isinstance(obj, dict) else ((None, v) for v in obj) if isinstance(obj, list) else ()
    )
    for k, v in items:
        total += sys.getsizeof(k) if isinstance(k, str) else 0
        total += _size(v) if isinstance(v, list) else sys.getsizeof(v)
    return total


def designs(index: Index) -> tuple[dict[str, Design], dict[str, float]]:
    start = time.perf_counter()
    keys = [
        k
        for (k,) in index.query(
            "SELECT DISTINCT key FROM names WHERE flags & ? = ? AND length(key) >= 2",
            (F_NORM | F_HISTORIC, F_NORM),
        )
    ]
    loaded = time.perf_counter() - start
    two: dict[tuple[str, int], list[str]] = {}
    three: dict[tuple[str, int], list[str]] = {}
    less_third: dict[str, list[str]] = {}
    for k in keys:
        two.setdefault((k[:2], len(k)), []).append(k)
        three.setdefault((k[:3], len(k)), []).append(k)
        less_third.setdefault(k[:2] + k[3:], []).append(k)
    joined = {g: ",".join(v) for g, v in two.items()}
    split: dict[tuple[str, int], list[str]] = {}
    known = set(keys)

    def index_design(key: str) -> set[str]:
        e = _edits(key)
        pool = index.fuzzy_pool(query_deletes(key[:FUZZY_PREFIX], e), len(key) - e, len(key) + e)
        return set(_within(key, pool, e))

    def index_pool(key: str) -> set[str]:
        e = _edits(key)
        index.fuzzy_pool(query_deletes(key[:FUZZY_PREFIX], e), len(key) - e, len(key) + e)
        return set()

    def two_letters(key: str) -> set[str]:
        e, found = _edits(key), set()
        for n in range(len(key) - e, len(key) + e + 1):
            pool = two.get((key[:2], n))
            if pool:
                found.update(_within(key, pool, e))
        return found

    def two_letters_lazy(key: str) -> set[str]:
        e, found = _edits(key), set()
        for n in range(len(key) - e, len(key) + e + 1):
            pool = split.get((key[:2], n))
            if pool is None:
                text = joined.get((key[:2], n))
                pool = split[key[:2], n] = text.split(",") if text else []
            if pool:
                found.update(_within(key, pool, e))
        return found

    def three_letters_only(key: str) -> set[str]:
        e, found = _edits(key), set()
        for n in range(len(key) - e, len(key) + e + 1):
            pool = three.get((key[:3], n))
            if pool:
                found.update(_within(key, pool, e))
        return found

    def three_letters(key: str) -> set[str]:
        if _edits(key) > 1:
            return index_design(key)
        found = three_letters_only(key)
        # The third letter changed (the keys less their third letter are the name less its own), added (the
        # keys less their third letter are the name) or dropped (the key is the name less its third letter).
        found.update(less_third.get(key[:2] + key[3:], ()))
        found.update(less_third.get(key, ()))
        if key[:2] + key[3:] in known:
            found.add(key[:2] + key[3:])
        return found

    memory = {
        "keys_loaded_s": loaded,
        "two_letters_mb": _size(two) / 1e6,
        "three_letters_mb": (_size(three) + _size(less_third)) / 1e6,
    }
    return {
        "index": index_design,
        "index_pool": index_pool,
        "two_letters": two_letters,
        "two_letters_lazy": two_letters_lazy,
        "three_letters": three_letters,
        "three_letters_only": three_letters_only,
    }, memory


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--index", type=Path, help="an index file (default: the cached default index)")
    parser.add_argument("--names", type=int, default=3000, help="misspelt names")
    args = parser.parse_args()
    gz = Gazetteer(args.index) if args.index else Gazetteer.default()
    index = gz._index
    keys = misspelt_names(index, args.names)
    found, memory = designs(index)
    expected = [found["index"](k) for k in keys]
    print(f"{len(keys)} misspelt names; {sum(map(len, expected)) / len(keys):.2f} keys within reach a name")
    for name, value in memory.items():
        print(f"{name:22} {value:.2f}")
    one = [k for k in keys if _edits(k) == 1]
    two = [k for k in keys if _edits(k) == 2]
    print(f"{len(one)} names of 5-7 letters (1 edit), {len(two)} of 8 or more (2 edits)")
    for name, design in found.items():
        figures = []
        for part in (keys, one, two):
            best = float("inf")
            for _ in range(3):
                start = time.thread_time_ns()
                for k in part:
                    design(k)
                best = min(best, (time.thread_time_ns() - start) / len(part) / 1e3)
            figures.append(f"{best:6.1f}")
        same = (
            "-" if name == "index_pool" else sum(design(k) != e for k, e in zip(keys, expected, strict=True))
        )
        all_, one_, two_ = figures
        print(f"{name:22} us a name: all {all_}, 1 edit {one_}, 2 edits {two_}; differ: {same}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
