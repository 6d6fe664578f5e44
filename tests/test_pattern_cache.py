"""The compiled patterns kept across processes: what is restored is what `re` compiles, or nothing."""

from __future__ import annotations

import json
import marshal
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from captions import Normaliser, _pattern_cache
from captions._regex import alternation

_compile: Any = __import__("re._compiler", fromlist=["compile"]).compile  # re's compiler, past its cache

# Patterns of the kinds the parser builds: a trie of a vocabulary, named groups, case-folding,
# lookarounds, a character class with a lone surrogate (the scrubber's).
PATTERNS: list[tuple[str, int]] = [
    (rf"(?<![\w-])(?:{alternation(['President', 'Prime Minister', 'Premier', 'Sen.', 'Rep.'])})(?![\w-])", 0),
    (r"\((?P<agency>AP|AFP|EPA-EFE) Photo/(?P<name>[^)]+)\)", 0),
    (r"\b(?:Jan(?:uary)?|Feb(?:ruary)?|March|Sept?(?:ember)?)\.? \d{1,2}, (?P<year>\d{4})\b", re.IGNORECASE),
    (r"[\ud800-\udfff]", 0),
]
CAPTIONS = [
    "U.S. President Joe Biden speaks in Warsaw, Poland, February 21, 2023. (AP Photo/Evan Vucci)",
    "Prime Minister Rishi Sunak arrives in London, Britain, SEPT. 12, 2023. REUTERS/Toby Melville",
]


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A store of its own, and the module's state and re's cache as in a fresh process: empty, whatever the
    tests before compiled or restored (a pattern a test compiles must be new to the process, and re's cache
    must have room for what a test restores)."""
    path = tmp_path / "patterns.marshal"
    monkeypatch.setattr(_pattern_cache, "_store", lambda: path)
    monkeypatch.setattr(re, "_cache", {})
    if isinstance(getattr(re, "_cache2", None), dict):  # 3.12 and later: a second, smaller cache before it
        monkeypatch.setattr(re, "_cache2", {})
    monkeypatch.setattr(re, "_MAXCACHE", getattr(re, "_MAXCACHE", 512))
    monkeypatch.setattr(_pattern_cache, "_restored", set())
    monkeypatch.setattr(_pattern_cache, "_earlier", set())
    monkeypatch.setattr(_pattern_cache, "_tried", False)
    monkeypatch.setattr(_pattern_cache, "_records", 0)
    monkeypatch.setattr(_pattern_cache, "_added", set())
    monkeypatch.setattr(_pattern_cache, "alternations", {})
    monkeypatch.setattr(_pattern_cache, "_alternations_stored", 0)
    return path


def _read(store: Path) -> Any:
    return marshal.loads(store.read_bytes())


def _forget(patterns: list[tuple[str, int]]) -> None:
    cache: dict[Any, Any] = re._cache  # type: ignore[attr-defined]
    for pattern, flags in patterns:
        cache.pop((str, pattern, flags), None)


@pytest.mark.skipif(sys.implementation.name != "cpython", reason="only CPython's re is read")
def test_a_kept_pattern_is_restored_as_re_compiles_it(store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _forget(PATTERNS)
    compiled = [re.compile(pattern, flags) for pattern, flags in PATTERNS]
    _pattern_cache.keep()
    stored = {(p[0], p[1]) for p in _read(store)["patterns"]}
    assert set(PATTERNS) <= stored

    _forget(PATTERNS)
    _pattern_cache.restore()
    for (pattern, flags), before in zip(PATTERNS, compiled, strict=True):
        restored = re.compile(pattern, flags)
        assert restored is not before  # from the store, not left over in re's cache
        assert restored == _compile(pattern, flags)  # the same pattern, flags and program
        assert restored.groupindex == before.groupindex
        for caption in CAPTIONS:
            assert [m.groupdict() or m.group() for m in restored.finditer(caption)] == [
                m.groupdict() or m.group() for m in before.finditer(caption)
            ]


def test_a_store_of_another_interpreter_is_not_read(store: Path) -> None:
    _forget(PATTERNS)
    re.compile(*PATTERNS[1])
    _pattern_cache.keep()
    stored = _read(store)
    stored["python"] = "3.10.4 (main, Jun  1 2022, 10:00:00) [GCC 11.2.0]"
    store.write_bytes(marshal.dumps(stored))
    _forget(PATTERNS)
    _pattern_cache.restore()
    assert (str, *PATTERNS[1]) not in re._cache  # type: ignore[attr-defined]


@pytest.mark.skipif(sys.implementation.name != "cpython", reason="only CPython's re is read")
def test_a_program_the_engine_refuses_is_left_to_re(store: Path) -> None:
    _forget(PATTERNS)
    for pattern, flags in PATTERNS:
        re.compile(pattern, flags)
    _pattern_cache.keep()
    stored = _read(store)
    for entry in stored["patterns"]:
        if (entry[0], entry[1]) == PATTERNS[1]:
            entry[3] = b"\xff" * 16  # no program the engine runs
    store.write_bytes(marshal.dumps(stored))
    _forget(PATTERNS)
    _pattern_cache.restore()
    cache: dict[Any, Any] = re._cache  # type: ignore[attr-defined]
    assert (str, *PATTERNS[1]) not in cache
    assert (str, *PATTERNS[0]) in cache
    assert re.compile(*PATTERNS[1]) == _compile(*PATTERNS[1])


@pytest.mark.parametrize("data", [b'{"python": "3.11', b"", b"\xff\x00", marshal.dumps(["patterns"])])
def test_a_store_that_is_no_store_is_no_error(store: Path, data: bytes) -> None:
    store.write_bytes(data)
    _pattern_cache.restore()
    assert _pattern_cache._restored == set()


TITLES = ["President", "Prime Minister", "Premier", "Pope", "Sen.", "Rep.", "Gov.", "Governor", "Mayor"]


def _fresh(monkeypatch: pytest.MonkeyPatch) -> None:
    """The module's state as in the next process, the store left as it is."""
    monkeypatch.setattr(_pattern_cache, "_restored", set())
    monkeypatch.setattr(_pattern_cache, "_tried", False)
    monkeypatch.setattr(_pattern_cache, "_records", 0)
    monkeypatch.setattr(_pattern_cache, "_added", set())
    monkeypatch.setattr(_pattern_cache, "alternations", {})


def test_a_stored_alternation_is_the_one_built(store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    built = alternation(TITLES)
    assert re.fullmatch(built, "Prime Minister") and not re.fullmatch(built, "Prime")
    _pattern_cache.keep()
    _fresh(monkeypatch)
    _pattern_cache.restore()
    assert _pattern_cache.alternations["\0".join(sorted(TITLES))] == built
    assert alternation(reversed(TITLES)) == built  # any order of the same words, from the store


def test_alternations_of_another_builder_are_not_read(store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    alternation(TITLES)
    _pattern_cache.keep()
    stored = _read(store)
    stored["builder"] = "0123456789abcdef"  # captions/_rules.py as it was before an edit
    stored["alternations"] = {"\0".join(sorted(TITLES)): "Pope"}
    store.write_bytes(marshal.dumps(stored))
    _fresh(monkeypatch)
    _pattern_cache.restore()
    assert _pattern_cache.alternations == {}
    assert re.fullmatch(alternation(TITLES), "Governor")


def test_every_pattern_a_first_record_compiled_is_kept(store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # As many as a first record compiles (some 250), none of them compiled before the store was read.
    patterns = [rf"\b(?:Kyiv|Kharkiv|Lviv) region {n}\b" for n in range(250)]
    for pattern in patterns:
        re.compile(pattern)
    _pattern_cache.keep()
    stored = {p[0] for p in _read(store)["patterns"]}
    assert set(patterns) <= stored


@pytest.mark.skipif(sys.implementation.name != "cpython", reason="only CPython's re is read")
def test_a_store_larger_than_re_s_cache_is_all_restored(store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A batch of distinct captions compiles some 600 patterns: re's cache (512, oldest dropped first)
    # is made room for the store and what the process compiles besides.
    monkeypatch.setattr(re, "_MAXCACHE", 10_000)  # the first process: every pattern it compiled is kept
    patterns = [rf"\b(?:Gaza|Rafah|Khan Yunis) camp {n}\b" for n in range(700)]
    for pattern in patterns:
        re.compile(pattern)
    _pattern_cache.keep()
    assert {p[0] for p in _read(store)["patterns"]} >= set(patterns)
    _forget([(pattern, 0) for pattern in patterns])
    monkeypatch.setattr(re, "_MAXCACHE", 512)  # the next: re as it comes
    monkeypatch.setattr(_pattern_cache, "_tried", False)
    _pattern_cache.restore()
    assert re._MAXCACHE >= _pattern_cache._RE_CACHE  # type: ignore[attr-defined]
    for n in range(300):  # what the process compiles besides drops none of them
        re.compile(rf"\bWest Bank village {n}\b")
    cache: dict[Any, Any] = re._cache  # type: ignore[attr-defined]
    assert all((str, pattern, 0) in cache for pattern in patterns)


def _records(count: int) -> None:
    for _ in range(count):
        _pattern_cache.keep()


def test_patterns_first_compiled_by_later_records_are_kept(
    store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A batch's later captions trigger rules its first did not ("POOL" in the 40th, a Turkish place in the
    # 700th, a Greek credit in the 1,500th): their patterns are stored after the 100th record and every
    # 1,000th, and those of the last captions when the batch ends (`flush`).
    first = [rf"\b(?:Kyiv|Kharkiv) oblast {n}\b" for n in range(20)]
    later = [rf"\b(?:POOL|HANDOUT) photo {n}\b" for n in range(20)]
    latest = [rf"\b(?:İstanbul|Ankara)'da {n}\b" for n in range(20)]
    greek = [rf"(?:Φωτ|ΦΩΤ)\.:? {n}" for n in range(20)]
    last = [rf"\bSnimka {n}\b" for n in range(3)]  # fewer than a checkpoint stores, after a store restored
    monkeypatch.setattr(_pattern_cache, "_restored", {(r"\bRestored\b", 0)})
    for pattern in first:
        re.compile(pattern)
    _records(1)
    for pattern in later:
        re.compile(pattern)
    _records(98)
    assert not {p[0] for p in _read(store)["patterns"]} & set(later)  # not yet: 99 records
    _records(1)
    assert set(first + later) <= {p[0] for p in _read(store)["patterns"]}
    for pattern in latest:
        re.compile(pattern)
    _records(900)
    assert set(first + later + latest) <= {p[0] for p in _read(store)["patterns"]}
    for pattern in greek:
        re.compile(pattern)
    _records(999)
    assert not {p[0] for p in _read(store)["patterns"]} & set(greek)  # not yet: 1,999 records
    _records(1)
    assert set(greek) <= {p[0] for p in _read(store)["patterns"]}
    for pattern in last:
        re.compile(pattern)
    _records(1000)
    assert not {p[0] for p in _read(store)["patterns"]} & set(last)  # too few to rewrite the store for
    _pattern_cache.flush()
    stored = [p[0] for p in _read(store)["patterns"]]
    assert set(first + later + latest + greek + last) <= set(stored)
    assert len(stored) == len(set(stored))  # each once
    written = store.stat().st_mtime_ns
    _records(5000)  # nothing new: the store is not written again
    _pattern_cache.flush()
    assert store.stat().st_mtime_ns == written


def test_a_batch_of_no_record_stores_nothing(store: Path) -> None:
    re.compile(r"\bEmpty batch\b")
    _pattern_cache.flush()
    assert not store.exists()


def test_a_later_record_does_not_drop_what_the_first_stored(
    store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_pattern_cache, "_MOST", 30)
    first = [rf"\bPrime Minister {n}\b" for n in range(25)]
    for pattern in first:
        re.compile(pattern)
    _records(1)
    later = [rf"\bMinister of Defence {n}\b" for n in range(10)]
    for pattern in later:  # more than the store has room for: it takes the newest that fit
        re.compile(pattern)
    _records(99)
    assert [p[0] for p in _read(store)["patterns"]] == first + later[-5:]
    written = store.stat().st_mtime_ns
    for n in range(10):
        re.compile(rf"\bMinister of Finance {n}\b")
    _records(900)
    _pattern_cache.flush()
    assert store.stat().st_mtime_ns == written  # full: a first record renews it


# A fresh process: normalise one caption over the session's index with the pattern store in CACHE_DIR,
# and say what it restored, which modules it loaded, and the record.
_FIRST_RECORD = """
import json, sys
import captions
from captions import _pattern_cache
from gazetteer import Gazetteer
record = captions.Normaliser(gazetteer=Gazetteer(sys.argv[1])).normalise(sys.argv[2], reference_date="2024-03-05")
print(json.dumps({"restored": len(_pattern_cache._restored), "modules": sorted(sys.modules),
                  "record": record.model_dump_json()}))
"""
CAPTION = (
    "Firefighters hose down a burning apartment block after a missile strike in Odesa, Ukraine, Tuesday, "
    "March 5, 2024. (AP Photo/Nina Hartmann)"
)


def _first_record(cache_dir: Path, index: Path) -> dict[str, Any]:
    env = {**os.environ, "CAPTIONS_CACHE_DIR": str(cache_dir)}
    command = [sys.executable, "-c", _FIRST_RECORD, str(index), CAPTION]
    done = subprocess.run(command, capture_output=True, text=True, check=True, env=env)
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def test_a_second_process_restores_the_first_ones_patterns(normaliser: Normaliser, tmp_path: Path) -> None:
    index = normaliser.gazetteer.path
    first = _first_record(tmp_path, index)
    second = _first_record(tmp_path, index)
    assert first["restored"] == 0
    assert second["restored"] > 200  # the readers' patterns and vocabularies
    assert second["record"] == first["record"]
    # What a first record needs, and no more: no command line, no dateutil for an ISO reference date, no
    # index builder, no worker pool.
    loaded = {name.split(".")[0] for name in second["modules"]} | set(second["modules"])
    for module in ("typer", "rich", "dateutil", "gazetteer._build", "multiprocessing"):
        assert module not in loaded


# A fresh process with a given hash seed: normalise some captions and list the patterns `re` compiled.
_PATTERNS_OF = """
import json, re, sys
import captions
from gazetteer import Gazetteer
normaliser = captions.Normaliser(gazetteer=Gazetteer(sys.argv[1]))
for caption in json.loads(sys.argv[2]):
    normaliser.normalise(caption, reference_date="2026-05-04")
print(json.dumps(sorted([key[1], key[2]] for key in re._cache if key[0] is str)))
"""
SEEDED = [
    # A compass word before a town that is a much larger division: `_locate._doubts._compass_words`.
    "Palestinians search the rubble of a house after an Israeli strike in northern Gaza, Sunday, May 3, "
    "2026. (AP Photo/Abdel Kareem Hana)",
    # A site after a Chinese town's name: `_parse._place._script_sites`, a class of single-letter cues.
    "5月3日，游客在台北市士林夜市品尝小吃。新华社记者 李贺 摄",
]


def _patterns_seeded(seed: str, cache_dir: Path, index: Path) -> list[list[Any]]:
    env = {**os.environ, "CAPTIONS_CACHE_DIR": str(cache_dir), "PYTHONHASHSEED": seed}
    command = [sys.executable, "-c", _PATTERNS_OF, str(index), json.dumps(SEEDED)]
    done = subprocess.run(command, capture_output=True, text=True, check=True, env=env)
    patterns: list[list[Any]] = json.loads(done.stdout)
    return patterns


def test_the_patterns_are_written_alike_under_any_hash_seed(normaliser: Normaliser, tmp_path: Path) -> None:
    """A pattern built from a set in its iteration order is written another way in each process (the hash
    seed is random), so the store never holds the one a process asks for: every process compiles it."""
    index = normaliser.gazetteer.path
    first = _patterns_seeded("1", tmp_path / "one", index)
    second = _patterns_seeded("2", tmp_path / "two", index)
    assert len(first) > 200
    assert [p for p in first if p not in second] == []


# Captions whose credit, people and place readers look for a name of the caption elsewhere in its text: a
# photographer's name before a craft's noun, a party the caption names outside its credit, "released by"
# and a party, a district and its state, a stage name. Each check compiled a pattern of the caption's names,
# for that caption alone (0.3 to 1 ms each), which filled re's cache and the pattern store.
NAMED = {
    "Lindqvist": "Photographer Mara Lindqvist stands beside a drone at a test site in Kiruna, Sweden, May 4, "
    "2026. (Mara Lindqvist/TT News Agency via AP)",
    "Mooresville": "Firefighters work at the scene of a fire in Mooresville, N.C., May 4, 2026, in this photo "
    "provided by Mooresville Fire-Rescue. (Mooresville Fire-Rescue via AP)",
    "medecins": "Medical staff treat patients at a clinic in Khan Younis, Gaza Strip, May 4, 2026, in this "
    "handout photo released by Medecins Sans Frontieres. (Photo by Medecins Sans Frontieres / AFP)",
    "Bathinda": "Farmers protest near a toll plaza in Bathinda district of Punjab, Tuesday, May 5, 2026. (PTI "
    "Photo)",
    "Gaga": "Lady Gaga performs during a concert in Rio de Janeiro, Brazil, May 3, 2026. REUTERS/Pilar Olivares",
}


def test_a_caption_s_own_names_compile_no_pattern(normaliser: Normaliser, store: Path) -> None:
    for name, caption in NAMED.items():
        record = normaliser.normalise(caption, reference_date="2026-05-06")
        patterns = [key[1] for key in re._cache if key[0] is str]  # type: ignore[attr-defined]
        assert [p for p in patterns if name in p] == [], name
        assert record.credit_line is not None
    # What the checks decided is as before: the party named in the text is no doubtful credit, the
    # organisation that released the picture is no photographer, the stage name is a person.
    assert normaliser.normalise(NAMED["Mooresville"]).warnings == ()
    assert normaliser.normalise(NAMED["medecins"]).creator is None
    assert [p.name for p in normaliser.normalise(NAMED["Gaga"]).persons] == ["Lady Gaga"]


def test_patterns_another_process_stored_are_not_looked_for_again(
    store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_pattern_cache, "_restored", {(r"\bRestored\b", 0)})
    shared = [rf"\bSharm el-Sheikh {n}\b" for n in range(10)]
    for pattern in shared:
        re.compile(pattern)
    _records(1)  # this process stores them, as another process might have
    monkeypatch.setattr(_pattern_cache, "_added", set())  # as in a process that did not
    reads = 0
    stored_entries = _pattern_cache._stored_entries

    def counted(sre: Any) -> list[list[Any]]:
        nonlocal reads
        reads += 1
        return stored_entries(sre)

    monkeypatch.setattr(_pattern_cache, "_stored_entries", counted)
    _records(2999)  # the 100th, 1,000th, 2,000th and 3,000th records look
    assert reads == 1  # the store is read once for them, not at every look
