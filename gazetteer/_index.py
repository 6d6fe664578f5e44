"""Read-only access to a built index file, with the failure policy of the brief.

A missing or corrupt *default* index is rebuilt; a missing or corrupt *user-given* index raises
``IndexUnavailableError``. Either way a batch never dies on a raw ``sqlite3`` error.
"""

from __future__ import annotations

import contextlib
import mmap
import os
import sqlite3
import struct
import threading
import zlib
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

from gazetteer._exceptions import IndexBuildError, IndexUnavailableError
from gazetteer._schema import (
    FUZZY_FILE_HEADER,
    FUZZY_FILE_MAGIC,
    MARSHAL_VERSION,
    SCHEMA_VERSION,
    fuzzy_file,
    fuzzy_lengths,
)

__all__ = ["Index"]

T = TypeVar("T")
Row = tuple[Any, ...]
_MAX_PARAMETERS = 900
_OFFSET_PAIR = struct.Struct("<QQ")  # a bucket's start and end in the fuzzy file


class Index:
    """One open index file. Thread-safe: queries are serialised on one read-only connection."""

    def __init__(self, path: Path, *, rebuild: bool = False) -> None:
        self.path = path
        self._rebuild = rebuild
        self._lock = threading.RLock()
        self._con: sqlite3.Connection | None = None
        self.meta: dict[str, str] = {}
        # The fuzzy file, memory-mapped, with its bucket mask; None: the fuzzy_deletes table answers.
        self._fuzzy: mmap.mmap | None = None
        self._fuzzy_mask = 0
        self._open()

    # -- lifecycle -----------------------------------------------------------------------------------

    def _open(self) -> None:
        try:
            self._con = self._connect()
        except IndexUnavailableError:
            if not self._rebuild:
                raise
            self._rebuild_now()
            self._con = self._connect()

    def _connect(self) -> sqlite3.Connection:
        path = self.path
        if not path.is_file():
            raise IndexUnavailableError(
                f"gazetteer index {path} does not exist (build it with build_index())"
            )
        try:
            # immutable=1: no locking or change detection; the file is replaced, never modified in place.
            con = sqlite3.connect(
                f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True, check_same_thread=False
            )
            meta = dict(con.execute("SELECT key, value FROM meta").fetchall())
            page_size = con.execute("PRAGMA page_size").fetchone()[0]
            page_count = con.execute("PRAGMA page_count").fetchone()[0]
        except sqlite3.Error as exc:
            raise IndexUnavailableError(f"gazetteer index {path} is unreadable or corrupt: {exc}") from exc
        if meta.get("schema_version") != str(SCHEMA_VERSION) or meta.get("complete") != "1":
            con.close()
            raise IndexUnavailableError(
                f"gazetteer index {path} has schema {meta.get('schema_version')!r},"
                f" expected {SCHEMA_VERSION}: rebuild it with build_index()"
            )
        if meta.get("marshal_version") != str(MARSHAL_VERSION):
            con.close()
            raise IndexUnavailableError(
                f"gazetteer index {path} stores its readings in another format: rebuild it with build_index()"
            )
        if page_size * page_count != os.path.getsize(path):
            con.close()
            raise IndexUnavailableError(f"gazetteer index {path} is truncated or corrupt")
        con.execute("PRAGMA cache_size = -8192")
        self.meta = meta
        self._map_fuzzy_file()
        return con

    def _map_fuzzy_file(self) -> None:
        """Map the index's fuzzy file, when there is one of this index (its token), whole and sound."""
        self._unmap_fuzzy_file()
        try:
            with fuzzy_file(self.path).open("rb") as f:
                mapped = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
        except (OSError, ValueError):  # missing, unreadable or empty: the table answers
            return
        token = self.meta.get("fuzzy_token", "").encode("ascii")
        header = mapped[:FUZZY_FILE_HEADER]
        whole_header = token and len(header) == FUZZY_FILE_HEADER
        bits = struct.unpack_from("<I", header, len(FUZZY_FILE_MAGIC) + len(token))[0] if whole_header else 0
        if bits > 40:  # no index has a trillion deletions: a damaged header
            bits, whole_header = 0, False
        offsets_end = FUZZY_FILE_HEADER + 8 * ((1 << bits) + 1)
        sound = (
            bool(whole_header)
            and header.startswith(FUZZY_FILE_MAGIC + token)
            and len(mapped) >= offsets_end
            and len(mapped) == offsets_end + struct.unpack_from("<Q", mapped, offsets_end - 8)[0]
        )
        if not sound:
            mapped.close()
            return
        if hasattr(mapped, "madvise"):
            # Random reads: no read-ahead, so a lookup maps the pages it reads and no others.
            mapped.madvise(mmap.MADV_RANDOM)
        self._fuzzy, self._fuzzy_mask = mapped, (1 << bits) - 1

    def _unmap_fuzzy_file(self) -> None:
        if self._fuzzy is not None:
            self._fuzzy.close()
            self._fuzzy = None

    def _rebuild_now(self) -> None:
        with contextlib.suppress(OSError):
            self.path.unlink()
        try:
            from gazetteer._build import build_index  # the builder loads only to build

            build_index(self.path)
        except IndexBuildError as exc:
            raise IndexUnavailableError(
                f"gazetteer index {self.path} was unusable and rebuilding failed: {exc}"
            ) from exc

    def close(self) -> None:
        with self._lock:
            if self._con is not None:
                self._con.close()
                self._con = None
            self._unmap_fuzzy_file()

    # -- queries ---------------------------------------------------------------------------------------

    def _run(self, fn: Callable[[sqlite3.Connection], T]) -> T:
        with self._lock:
            try:
                if self._con is None:
                    raise IndexUnavailableError(f"gazetteer index {self.path} is closed")
                return fn(self._con)
            except sqlite3.Error as exc:
                if not self._rebuild:
                    raise IndexUnavailableError(f"gazetteer index {self.path} failed: {exc}") from exc
                # The default cache went bad under us: rebuild once and retry.
                if self._con is not None:
                    self._con.close()
                self._rebuild_now()
                self._con = self._connect()
                try:
                    return fn(self._con)
                except sqlite3.Error as again:
                    raise IndexUnavailableError(f"gazetteer index {self.path} failed: {again}") from again

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        return self._run(lambda con: con.execute(sql, params).fetchall())

    def names(self, keys: Sequence[str]) -> list[Row]:
        """(key, place, flags, name) rows for the given keys."""
        if not keys:
            return []
        marks = ",".join("?" * len(keys))
        return self.query(f"SELECT key, place, flags, name FROM names WHERE key IN ({marks})", keys)

    def names_with_places(self, keys: Sequence[str]) -> list[Row]:
        """(key, place, flags, name, *place row) for the given keys: names() and places() in one read, the
        name rows carrying their place's columns (schema 4)."""
        if not keys:
            return []
        marks = ",".join("?" * len(keys))
        return self.query(
            "SELECT key, place, flags, name, place, place_name, kind, cc, a1, lat, lon, pop, rank, parent, a2"
            f" FROM names WHERE key IN ({marks})",
            keys,
        )

    def readings(self, key: str) -> bytes | None:
        """A name key's stored readings (``_resolve._readings.encode_readings``), or None for a key no name
        has."""

        def read(con: sqlite3.Connection) -> bytes | None:
            row = con.execute("SELECT data FROM readings WHERE key = ?", (key,)).fetchone()
            return None if row is None else bytes(row[0])

        return self._run(read)

    def fuzzy_pool(self, deletes: Sequence[str], min_len: int, max_len: int) -> list[str]:
        """The keys of current names whose prefix has one of the given deletions (``_names.prefix_deletes``)
        and of a length in [min_len, max_len], and maybe others: the candidate pool of the fuzzy fallback.

        One read of the deletions, which give the keys of the prefixes few keys share (written whole, taken
        as they are: the edit distance the fallback measures drops those of a length out of reach at once,
        which is cheaper than testing each here), and one read of the keys of the prefixes in reach that
        many keys share."""

        # A prefix entry ends in the characters of its keys' shortest and longest length (``fuzzy_lengths``),
        # which compare as the lengths do: the entries out of reach are dropped without decoding them.
        reach = fuzzy_lengths(min_len, max_len)
        low, high = reach[0], reach[1]

        def read(con: sqlite3.Connection) -> list[str]:
            keys: set[str] = set()
            entries: set[str] = set()
            for whole, prefixes in self._deletion_rows(con, deletes):
                if whole:
                    keys.update(whole.split(","))
                if prefixes:
                    entries.update(prefixes.split(","))
            pool = list(keys)
            shared = [e[:-2] for e in entries if e[-1] >= low and e[-2] <= high]
            # In chunks: SQLite before 3.32 takes at most 999 parameters a statement.
            for i in range(0, len(shared), _MAX_PARAMETERS):
                chunk = shared[i : i + _MAX_PARAMETERS]
                marks = ",".join("?" * len(chunk))
                rows = con.execute(
                    f"SELECT keys FROM fuzzy_keys WHERE prefix IN ({marks}) AND len BETWEEN ? AND ?",
                    (*chunk, min_len, max_len),
                )
                pool.extend(key for (joined,) in rows for key in joined.split(","))
            return pool

        if not deletes:
            return []
        return self._run(read)

    def _deletion_rows(self, con: sqlite3.Connection, deletes: Sequence[str]) -> list[tuple[str, str]]:
        """(keys, prefix entries) of the given deletions, as fuzzy_deletes holds them: from the fuzzy file's
        buckets when it is mapped (with what other deletions of a bucket hold), else from the table."""
        fuzzy = self._fuzzy
        if fuzzy is None:
            marks = ",".join("?" * len(deletes))
            sql = f"SELECT keys, prefixes FROM fuzzy_deletes WHERE del IN ({marks})"
            return con.execute(sql, deletes).fetchall()
        mask, crc32, offset_pair = self._fuzzy_mask, zlib.crc32, _OFFSET_PAIR.unpack_from
        data_start = FUZZY_FILE_HEADER + 8 * (mask + 2)
        rows = []
        for deleted in deletes:
            start, end = offset_pair(fuzzy, FUZZY_FILE_HEADER + 8 * (crc32(deleted.encode()) & mask))
            if start != end:
                whole, _, prefixes = fuzzy[data_start + start : data_start + end].decode().partition("\0")
                rows.append((whole, prefixes))
        return rows

    def places(self, ids: Sequence[int]) -> list[Row]:
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        return self.query(
            "SELECT id, name, kind, cc, a1, lat, lon, pop, rank, parent, a2 FROM places"
            f" WHERE id IN ({marks})",
            ids,
        )

    def places_near(self, lat: float, lon: float, dlat: float, dlon: float) -> list[Row]:
        return self.query(
            "SELECT id, name, kind, cc, a1, lat, lon, pop, rank, parent, a2 FROM places"
            " WHERE kind = 0 AND lat BETWEEN ? AND ? AND lon BETWEEN ? AND ?",
            (lat - dlat, lat + dlat, lon - dlon, lon + dlon),
        )
