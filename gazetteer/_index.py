"""Read-only access to a built index file, with the failure policy of the brief.

A missing or corrupt *default* index is rebuilt; a missing or corrupt *user-given* index raises
``IndexUnavailableError``. Either way a batch never dies on a raw ``sqlite3`` error.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

from gazetteer._exceptions import IndexBuildError, IndexUnavailableError
from gazetteer._schema import (
    F_HISTORIC,
    F_NORM,
    KEY_FILTER_PRIMES,
    MARSHAL_VERSION,
    SCHEMA_VERSION,
    fuzzy_lengths,
)

__all__ = ["Index"]

T = TypeVar("T")
Row = tuple[Any, ...]
_MAX_PARAMETERS = 900
_FIRST_PRIME, _SECOND_PRIME = KEY_FILTER_PRIMES


class Index:
    """One open index file. Thread-safe: queries are serialised on one read-only connection."""

    def __init__(self, path: Path, *, rebuild: bool = False) -> None:
        self.path = path
        self._rebuild = rebuild
        self._lock = threading.RLock()
        self._con: sqlite3.Connection | None = None
        # One cursor for every query, under the lock: ``Connection.execute`` makes a cursor a call (and a
        # weak reference to it), which cost a cold lookup more than SQLite's own step.
        self._cur: sqlite3.Cursor | None = None
        self.meta: dict[str, str] = {}
        self._key_filter: bytes | None = None  # read on the first ``may_have_key``
        self._open()

    # -- lifecycle -----------------------------------------------------------------------------------

    def _open(self) -> None:
        try:
            self._attach(self._connect())
        except IndexUnavailableError:
            if not self._rebuild:
                raise
            self._rebuild_now()
            self._attach(self._connect())

    def _attach(self, con: sqlite3.Connection) -> None:
        self._con, self._cur = con, con.cursor()

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
        return con

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
                self._con = self._cur = None

    # -- queries ---------------------------------------------------------------------------------------

    def _run(self, fn: Callable[[sqlite3.Cursor], T]) -> T:
        with self._lock:
            try:
                if self._cur is None:
                    raise IndexUnavailableError(f"gazetteer index {self.path} is closed")
                return fn(self._cur)
            except sqlite3.Error as exc:
                if not self._rebuild:
                    raise IndexUnavailableError(f"gazetteer index {self.path} failed: {exc}") from exc
                # The default cache went bad under us: rebuild once and retry.
                if self._con is not None:
                    self._con.close()
                self._rebuild_now()
                self._attach(self._connect())
                assert self._cur is not None
                try:
                    return fn(self._cur)
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

    def names_a_place_of_kind(self, key: str, kind: int) -> bool:
        """Whether a name row of a key belongs to a place of a kind: one row looked for, none read whole (a
        name dozens of towns bear is no landmark's, and its rows need not be fetched to say so)."""
        return bool(self.query("SELECT 1 FROM names WHERE key = ? AND kind = ? LIMIT 1", (key, kind)))

    def fuzzy_rows(self, keys: Sequence[str]) -> list[Row]:
        """The rows of the current names (norm keys, not historic) of some keys, as ``names_with_places``
        gives them, in key, then place order: what the fuzzy fallback scores, and only that (a key's
        other rows are skeletons and old names, which it would read only to drop)."""
        if not keys:
            return []
        marks = ",".join("?" * len(keys))
        return self.query(
            "SELECT key, place, flags, name, place, place_name, kind, cc, a1, lat, lon, pop, rank, parent, a2"
            f" FROM names WHERE key IN ({marks}) AND flags & {F_NORM | F_HISTORIC} = {F_NORM}"
            " ORDER BY key, place",
            keys,
        )

    def may_have_key(self, key: str) -> bool:
        """False when no name row has this key (the key filter, a Bloom filter of the names' keys, read
        once); True may be a false alarm (about 5%). A misspelt name's key and its skeleton are no name's:
        the filter spares their reads (issue 15, stop 32)."""
        bits = self._key_filter
        if bits is None:
            ((blob,),) = self.query("SELECT bits FROM key_filter")
            bits = self._key_filter = bytes(blob)
        number = int.from_bytes(key.encode(), "little")  # key_filter_positions, inlined: every lookup asks
        first, second = number % _FIRST_PRIME, number % _SECOND_PRIME
        return bool(bits[first >> 3] >> (first & 7) & 1 and bits[second >> 3] >> (second & 7) & 1)

    def readings(self, key: str) -> bytes | None:
        """A name key's stored readings (``_resolve._readings.encode_readings``), or None for a key no name
        has (most such keys answered by the key filter, unread)."""
        if not self.may_have_key(key):
            return None

        def read(con: sqlite3.Cursor) -> bytes | None:
            row = con.execute("SELECT data FROM readings WHERE key = ?", (key,)).fetchone()
            return None if row is None else bytes(row[0])

        return self._run(read)

    def fuzzy_pool(self, deletes: Sequence[str], min_len: int, max_len: int) -> list[str]:
        """The keys of current names whose prefix has one of the given deletions (``_names.prefix_deletes``)
        and of a length in [min_len, max_len], and maybe others (a key may come twice): the candidate pool
        of the fuzzy fallback.

        One read of the deletions, which give the keys of the prefixes few keys share (written whole, taken
        as they are: the edit distance the fallback measures drops those of a length out of reach at once,
        which is cheaper than testing each here), and one read of the keys of the prefixes in reach that
        many keys share."""

        # A prefix entry ends in the characters of its keys' shortest and longest length (``fuzzy_lengths``),
        # which compare as the lengths do: the entries out of reach are dropped without decoding them.
        reach = fuzzy_lengths(min_len, max_len)
        low, high = reach[0], reach[1]

        def read(con: sqlite3.Cursor) -> list[str]:
            marks = ",".join("?" * len(deletes))
            # Concatenated by SQLite, one row for all the deletions: a row stepped through the sqlite3
            # module costs a GIL round trip and a tuple. The keys are split once, duplicates and all: a
            # key two deletions lead to is measured twice, which costs the edit distance less than
            # hashing every key into a set did. Their order is of no matter (the fallback sorts).
            sql = (
                "SELECT group_concat(nullif(keys, '')), group_concat(nullif(prefixes, ''))"
                f" FROM fuzzy_deletes WHERE del IN ({marks})"
            )
            whole, prefixes = con.execute(sql, deletes).fetchone()
            pool: list[str] = whole.split(",") if whole else []
            if not prefixes:
                return pool
            shared = [e[:-2] for e in set(prefixes.split(",")) if e[-1] >= low and e[-2] <= high]
            # In chunks: SQLite before 3.32 takes at most 999 parameters a statement.
            for i in range(0, len(shared), _MAX_PARAMETERS):
                chunk = shared[i : i + _MAX_PARAMETERS]
                marks = ",".join("?" * len(chunk))
                sql = (
                    "SELECT group_concat(keys) FROM fuzzy_keys"
                    f" WHERE prefix IN ({marks}) AND len BETWEEN ? AND ?"
                )
                (joined,) = con.execute(sql, (*chunk, min_len, max_len)).fetchone()
                if joined:
                    pool.extend(joined.split(","))
            return pool

        if not deletes:
            return []
        return self._run(read)

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
