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
- ``hashed`` (stop 33): the deletion index as a packed file read through ``mmap`` (``--hashed``, built from
  the index's keys into a temporary folder, about 15 s and 114 MB): one 64-bit entry for each deletion of
  each group of keys sharing their first ``FUZZY_PREFIX`` letters and their length, its CRC-32 above the
  group's number (groups numbered by length, so a probe's lengths in reach are one range of numbers),
  sorted, with a table of where each of the 2**22 values of the CRC's top 22 bits starts, and each group's
  keys as one comma-joined text. A probe is two bisections in its bucket; a CRC collision only adds keys
  that the edit distance rejects. ``hashed_pool`` is its read alone.
"""

from __future__ import annotations

import argparse
import mmap
import struct
import sys
import tempfile
import time
import zlib
from array import array
from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rapidfuzz.distance import Levenshtein  # noqa: E402
from rapidfuzz.process import extract  # noqa: E402

from gazetteer import Gazetteer  # noqa: E402
from gazetteer._index import Index  # noqa: E402
from gazetteer._names import norm, prefix_deletes  # noqa: E402
from gazetteer._resolve._candidates import query_deletes  # noqa: E402
from gazetteer._schema import F_HISTORIC, F_NORM, FUZZY_MAX_EDITS, FUZZY_PREFIX  # noqa: E402

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


_BUCKET_BITS = 22  # a bucket holds 2.6 entries on average, a probe's read is one page
_MAX_LENGTH = 256
_HEADER = struct.Struct("<8sQQQ")  # magic, entries, groups, text bytes
_GROUP_MASK = 0xFFFFFFFF


def write_hashed(keys: Iterable[str], path: Path) -> None:
    """The packed deletion index of some keys (see ``hashed`` above), written to PATH."""
    groups: dict[tuple[int, str], list[str]] = {}
    for k in keys:
        groups.setdefault((len(k), k[:FUZZY_PREFIX]), []).append(k)
    order = sorted(groups)
    length_start = array("Q", [0] * (_MAX_LENGTH + 2))
    offsets, text = array("Q"), bytearray()
    # By the CRC's top 8 bits, each part sorted on its own: a list of 11 million numbers would take 450 MB.
    parts = [array("Q") for _ in range(256)]
    deletions: dict[str, list[int]] = {}
    for number, (length, prefix) in enumerate(order):
        length_start[min(length, _MAX_LENGTH) + 1] = number + 1
        offsets.append(len(text))
        text += ",".join(sorted(groups[length, prefix])).encode() + b","
        crcs = deletions.get(prefix)
        if crcs is None:
            found = prefix_deletes(prefix, FUZZY_PREFIX, FUZZY_MAX_EDITS)
            crcs = deletions[prefix] = [zlib.crc32(d.encode()) for d in found]
        for crc in crcs:
            parts[crc >> 24].append(crc << 32 | number)
    offsets.append(len(text))
    for i in range(1, len(length_start)):
        length_start[i] = max(length_start[i], length_start[i - 1])
    entries = array("Q")
    for part in parts:
        entries.extend(sorted(part))
    buckets = array("Q", [0] * ((1 << _BUCKET_BITS) + 1))
    for entry in entries:
        buckets[(entry >> (64 - _BUCKET_BITS)) + 1] += 1
    for i in range(1, len(buckets)):
        buckets[i] += buckets[i - 1]
    with path.open("wb") as out:
        out.write(_HEADER.pack(b"FUZZDEL1", len(entries), len(order), len(text)))
        for block in (length_start, buckets, entries, offsets):
            out.write(block.tobytes())
        out.write(text)


class HashedDeletions:
    """A packed deletion index (``write_hashed``) read through mmap: nothing is read before a probe touches
    its pages."""

    def __init__(self, path: Path) -> None:
        with path.open("rb") as f:
            self._map = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
        _, entries, groups, _ = _HEADER.unpack_from(self._map, 0)
        view, at = memoryview(self._map), _HEADER.size
        blocks = []
        for count in (_MAX_LENGTH + 2, (1 << _BUCKET_BITS) + 1, entries, groups + 1):
            blocks.append(view[at : at + 8 * count].cast("Q"))
            at += 8 * count
        self._length_start, self._buckets, self._entries, self._offsets = blocks
        self._text_at = at

    def pool(self, deletes: Sequence[str], min_len: int, max_len: int) -> list[str]:
        """The keys of the groups of a length in [min_len, max_len] that one of the deletions leads to."""
        starts, buckets, entries = self._length_start, self._buckets, self._entries
        low = starts[max(min_len, 0)]
        high = starts[min(max_len, _MAX_LENGTH) + 1]
        shift = 32 - _BUCKET_BITS
        found: list[int] = []
        for deleted in deletes:
            crc = zlib.crc32(deleted.encode())
            bucket, top = crc >> shift, crc << 32
            end = buckets[bucket + 1]
            first = bisect_left(entries, top | low, buckets[bucket], end)
            last = bisect_left(entries, top | high, first, end)
            if first < last:
                found += entries[first:last].tolist()
        if not found:
            return []
        offsets, text, at = self._offsets, self._map, self._text_at
        numbers = {entry & _GROUP_MASK for entry in found}
        joined = b"".join([text[at + offsets[n] : at + offsets[n + 1]] for n in numbers])
        return joined.decode()[:-1].split(",")


def designs(index: Index, hashed_dir: Path | None) -> tuple[dict[str, Design], dict[str, float]]:
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

    found_designs: dict[str, Design] = {}
    hashed_build = 0.0
    if hashed_dir is not None:
        start = time.perf_counter()
        hashed_path = hashed_dir / "deletions.bin"
        write_hashed(keys, hashed_path)
        hashed_build = time.perf_counter() - start
        hashed = HashedDeletions(hashed_path)

        def hashed_design(key: str) -> set[str]:
            e = _edits(key)
            pool = hashed.pool(query_deletes(key[:FUZZY_PREFIX], e), len(key) - e, len(key) + e)
            return set(_within(key, pool, e))

        def hashed_pool(key: str) -> set[str]:
            e = _edits(key)
            hashed.pool(query_deletes(key[:FUZZY_PREFIX], e), len(key) - e, len(key) + e)
            return set()

        found_designs = {"hashed": hashed_design, "hashed_pool": hashed_pool}
    memory = {
        "keys_loaded_s": loaded,
        "hashed_built_s": hashed_build,
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
        **found_designs,
    }, memory


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--index", type=Path, help="an index file (default: the cached default index)")
    parser.add_argument("--names", type=int, default=3000, help="misspelt names")
    parser.add_argument("--hashed", action="store_true", help="also the packed, mmap-read deletion index")
    args = parser.parse_args()
    gz = Gazetteer(args.index) if args.index else Gazetteer.default()
    index = gz._index
    keys = misspelt_names(index, args.names)
    with tempfile.TemporaryDirectory() as folder:
        return report(index, keys, Path(folder) if args.hashed else None)


def report(index: Index, keys: list[str], hashed_dir: Path | None) -> int:
    found, memory = designs(index, hashed_dir)
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
            "-"
            if name.endswith("_pool")
            else sum(design(k) != e for k, e in zip(keys, expected, strict=True))
        )
        all_, one_, two_ = figures
        print(f"{name:22} us a name: all {all_}, 1 edit {one_}, 2 edits {two_}; differ: {same}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
