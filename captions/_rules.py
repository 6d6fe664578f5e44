"""Reads the rule files in captions/data/ lazily, once, into immutable objects.

Word lists and patterns live in TOML beside the code (as dateparser and pycountry keep their data), so a
desk can read and extend them without touching the parser.
"""

from __future__ import annotations

import re
import threading
import tomllib
from collections.abc import Iterable, Mapping
from functools import cache
from importlib import resources
from typing import Any

__all__ = ["alternation", "compile_all", "rules", "words"]

_lock = threading.Lock()


@cache
def _load(name: str) -> Mapping[str, Any]:
    with _lock:
        text = (resources.files("captions") / "data" / f"{name}.toml").read_text(encoding="utf-8")
        return tomllib.loads(text)


def rules(name: str) -> Mapping[str, Any]:
    """The parsed rule file captions/data/NAME.toml."""
    return _load(name)


def words(name: str, key: str) -> frozenset[str]:
    """A word list of a rule file, lower-cased for membership tests."""
    return _words(name, key)


@cache
def _words(name: str, key: str) -> frozenset[str]:
    return frozenset(w.lower() for w in _load(name)[key])


def alternation(items: Iterable[str]) -> str:
    """A regex alternation of literal phrases, longest first so that the longest phrase wins."""
    return "|".join(re.escape(w) for w in sorted(set(items), key=len, reverse=True))


def compile_all(patterns: Iterable[str], flags: int = 0) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, flags) for p in patterns)
