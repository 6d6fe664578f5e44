"""The compiled regular expressions of the parser, kept across processes (issue 16: the first record).

Compiling the parser's patterns (some 280 up to the first record, the rule vocabularies among them, one
trie-shaped alternation each) is about 0.18 s of CPU: Python's regex parser and compiler are written in
Python. What they produce, the program the regex engine runs, depends only on the pattern, its flags and
the interpreter. `restore` puts the patterns compiled by an earlier process into the `re` module's own
cache, built from their stored programs in a few milliseconds, so that every `re.compile` of the parser
(and every `re.search` with a pattern string) finds its pattern there; `keep`, after the first record,
the 100th and every 1,000th, and `flush` at the end of a batch, store the patterns compiled since that the
store lacked (a batch's later captions trigger rules its first did not: some 500 patterns in 4,000
captions, 0.25 s; of the corpus captions, rules of other languages up to the last).
The store also holds the trie patterns `_regex.alternation` builds of the rule vocabularies (some 80
word lists, 15 ms to build), under a digest of the module that builds them: `alternations`.

This reads two private parts of CPython's `re`: its cache (`re._cache`, a dict keyed by the pattern's
type, the pattern and its flags, in 3.11 to 3.13) and the engine's constructor (`_sre.compile`, which
checks the program it is given). A pattern is stored only when the one built from its stored program
equals (`==`: pattern, flags and program) the one `re` compiled, and the store is named for the
interpreter and the engine's version. Anything unexpected (another implementation or version, a store
that cannot be read or written, a program the engine refuses) leaves `re` to compile as it always does:
what this saves is time, never a different pattern.
"""

from __future__ import annotations

import marshal
import re
import sys
import threading
from array import array
from importlib import import_module
from pathlib import Path
from typing import Any

__all__ = ["alternations", "flush", "keep", "restore"]

# The store's limit. A batch of distinct captions compiles some 500 to 700 patterns beyond its first
# record's (rules its later captions trigger, in every language), 0.2 to 0.3 s of CPU a process when the
# store held 464 of them; the corpus captions, in some forty languages, some 1,130 in all. The readers
# compile no pattern of a caption's own words (`_regex.has_word`, `_regex.NamedPattern`), so what a store
# holds is the rules' patterns, a bounded set. `restore` lets re's cache (512 in 3.11 to 3.13, dropping
# its oldest when full) hold the store and room besides (`_RE_CACHE`), or re would drop the restored
# patterns before they are asked for, and compile again a pattern a reader passes as a string after it
# dropped it.
_MOST = 2000
_RE_CACHE = _MOST + 512
# A first record that compiled only a few patterns the store lacks (a pattern made of the caption's own
# words) does not rewrite it; a rule group the store never saw does.
_FEW = 8

_restored: set[tuple[str, int]] = set()  # (pattern, flags) of what the store held
_added: set[tuple[str, int]] = set()  # (pattern, flags) of what this process added to it
# The records after which `keep` looks for patterns the store lacks: these, and every _EVERY-th. A look
# costs about 0.2 ms (re's cache read), a write of the store some 10 ms.
_CHECKPOINTS = (1, 100)
_EVERY = 1000
_records = 0
# What re's cache held before `restore`: compiled before the store could help (pydantic's), not stored.
_earlier: set[tuple[str, int]] = set()
# The trie pattern of each word list `_regex.alternation` was given (the list sorted, "\0"-joined), and
# the finder `_gated.WordStarts` read off a pattern ("\2" and the pattern): read from the store, added to
# by `alternation` and `WordStarts`.
alternations: dict[str, str] = {}
_alternations_stored = 0
_MOST_ALTERNATIONS = 1000
# Of the store's entries: a program is CODESIZE-byte words as bytes. The store is `marshal` data (the
# interpreter's own format, as its bytecode cache; named for the interpreter): read in about 3 ms where
# JSON with base64 programs took 7 to 8.
_FORMAT = 2
_tried = False
_lock = threading.Lock()


def _engine() -> Any | None:
    """The `_sre` module when this interpreter's `re` is the one this module reads, else None."""
    if sys.implementation.name != "cpython" or not isinstance(getattr(re, "_cache", None), dict):
        return None
    try:
        sre = import_module("_sre")
    except ImportError:  # pragma: no cover - every CPython has it
        return None
    if not hasattr(sre, "compile") or array("I").itemsize != getattr(sre, "CODESIZE", 0):
        return None
    return sre


def _store() -> Path:
    from gazetteer import default_cache_dir  # the parsed rules and the gazetteer's index share the folder

    version = "-".join(map(str, sys.version_info[:3]))
    return default_cache_dir() / "rules" / f"patterns-{sys.implementation.cache_tag}-{version}.marshal"


def restore() -> None:
    """Put the stored patterns of this interpreter into `re`'s cache (once; later calls do nothing)."""
    global _tried, _alternations_stored
    if _tried:
        return
    _tried = True
    _earlier.update((key[1], key[2]) for key in list(getattr(re, "_cache", ())) if key[0] is str)
    if (sre := _engine()) is None:
        return
    if isinstance(most := getattr(re, "_MAXCACHE", None), int) and most < _RE_CACHE:
        re._MAXCACHE = _RE_CACHE  # type: ignore[attr-defined]
    try:
        stored = marshal.loads(_store().read_bytes())
        if not _ours(stored, sre):
            return
        entries = stored["patterns"][:_MOST]
        if stored.get("builder") == _builder() and isinstance(stored.get("alternations"), dict):
            alternations.update(stored["alternations"])
            _alternations_stored = len(alternations)
    except (OSError, ValueError, EOFError, KeyError, TypeError, AttributeError):
        return
    cache: dict[Any, Any] = re._cache  # type: ignore[attr-defined]
    for entry in entries:
        try:
            pattern, flags, own_flags, program, groups, group_index, index_group = entry
            key = (str, pattern, flags)
            if key not in cache:
                code = array("I", program).tolist()
                cache[key] = sre.compile(pattern, own_flags, code, groups, group_index, tuple(index_group))
            _restored.add((pattern, flags))
        except (ValueError, TypeError, RuntimeError, OverflowError):  # a store not of this engine
            continue


def keep() -> None:
    """After a process's first record, its 100th and every 1,000th (one call a record): store the patterns
    compiled in this process that the store lacks, when there are more than a few."""
    global _records
    with _lock:
        _records += 1
        if _records in _CHECKPOINTS or _records % _EVERY == 0:
            _store_new(_FEW)


def flush() -> None:
    """At the end of a batch: store the patterns compiled since `keep` last looked that the store lacks,
    however few (the batch's last captions may have asked for rules no earlier one did)."""
    with _lock:
        if _records:
            _store_new(1)


def _store_new(few: int) -> None:
    """Add to the store the patterns this process compiled that it lacks, when there are FEW or more (or
    any, where nothing was restored) or new word lists' patterns."""
    global _alternations_stored
    if (sre := _engine()) is None:
        return
    cache: dict[Any, Any] = dict(re._cache)  # type: ignore[attr-defined]
    known = _restored | _earlier | _added
    new = [(key[1], key[2], compiled) for key, compiled in cache.items()
           if key[0] is str and (key[1], key[2]) not in known]  # fmt: skip
    if len(new) < few and _restored and len(alternations) <= _alternations_stored:
        return
    _added.update((pattern, flags) for pattern, flags, _ in new)  # looked at once a process
    entries = _stored_entries(sre)
    have = {(entry[0], entry[1]) for entry in entries}
    new = [item for item in new if (item[0], item[1]) not in have]  # another process stored them
    if len(entries) + len(new) > _MOST and _records <= 1:
        entries = []  # a first record's patterns the store cannot take: it was written for other rules
    room = _MOST - len(entries)
    newest = new[max(0, len(new) - room) :] if room else []  # re's cache is oldest first
    if not newest and len(alternations) <= _alternations_stored:
        return  # another process stored them, or it is full: a first record renews a full store
    for pattern, flags, compiled in newest:
        entry = _entry(sre, pattern, flags, compiled)
        if entry is not None:  # one the engine refuses is left to re (and not tried again: `_added`)
            entries.append(entry)
    words = dict(list(alternations.items())[:_MOST_ALTERNATIONS])
    _alternations_stored = len(words)
    _write({"format": _FORMAT, "python": sys.version, "magic": sre.MAGIC, "patterns": entries,
            "builder": _builder(), "alternations": words})  # fmt: skip


def _ours(stored: Any, sre: Any) -> bool:
    """Whether a store was written in this format by this interpreter, for its regex engine."""
    return (
        isinstance(stored, dict)
        and stored.get("format") == _FORMAT
        and stored.get("python") == sys.version
        and stored.get("magic") == sre.MAGIC
    )


def _builder() -> str:
    """A digest of the modules that build the trie patterns and the finders of `_gated.WordStarts`: one
    changed makes the stored ones stale."""
    import hashlib

    try:
        modules = (Path(__file__).with_name(name).read_bytes() for name in ("_rules.py", "_gated.py"))
        return hashlib.sha256(b"\0".join(modules)).hexdigest()[:16]
    except OSError:  # no file to read (a zipped package): the version stands for the module
        from ._version import __version__

        return __version__


def _stored_entries(sre: Any) -> list[list[Any]]:
    try:
        stored = marshal.loads(_store().read_bytes())
        if _ours(stored, sre):
            return list(stored["patterns"])
    except (OSError, ValueError, EOFError, KeyError, TypeError, AttributeError):
        pass
    return []


def _entry(sre: Any, pattern: str, flags: int, compiled: re.Pattern[str]) -> list[Any] | None:
    """The stored form of a pattern `re` compiled: what `_sre.compile` takes, or None when what it builds
    from it is not that pattern."""
    parser, compiler = import_module("re._parser"), import_module("re._compiler")
    try:
        parsed = parser.parse(pattern, flags)
        code = [int(op) for op in compiler._code(parsed, flags)]
        group_index = dict(parsed.state.groupdict)
        index_group: list[str | None] = [None] * parsed.state.groups
        for name, number in group_index.items():
            index_group[number] = name
        own_flags, groups = int(flags | parsed.state.flags), parsed.state.groups - 1
        if sre.compile(pattern, own_flags, code, groups, group_index, tuple(index_group)) != compiled:
            return None
    except Exception:  # a private API that moved: the pattern is compiled as usual
        return None
    program = array("I", code).tobytes()
    return [pattern, flags, own_flags, program, groups, group_index, index_group]


def _write(stored: dict[str, Any]) -> None:
    import os
    import tempfile

    from ._outputs import _umask  # only when the store is written: its imports are heavier

    path = _store()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        data = marshal.dumps(stored)  # a pattern may hold a lone surrogate: marshal keeps it
        # Written beside it and renamed: a process reading it at the same time sees all of it or none.
        fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as stream:
                stream.write(data)
            os.chmod(temp, 0o666 & ~_umask())  # mkstemp makes a private file: give it a new file's mode
            os.replace(temp, path)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
    except (OSError, ValueError):
        pass


# Imported first by the parser's package (captions/_parse): the patterns its readers compile when they
# are imported are restored before they are.
restore()
