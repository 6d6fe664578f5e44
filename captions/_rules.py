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
    """A regex matching any of the literal phrases, the longest where several fit.

    Built as a trie ("Pre(?:mier|sident)", "Sep(?:t)?"): a plain alternation of a few hundred phrases
    makes the regex engine try every one at every position of the text; the trie tries one branch per
    character. Greedy optional tails keep the longest phrase first, as a longest-first alternation would.
    """
    trie: dict[str, Any] = {}
    for word in set(items):
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_pattern(trie)


def _trie_pattern(node: dict[str, Any]) -> str:
    ends = "" in node
    branches = [re.escape(char) + _trie_pattern(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    if len(branches) == 1:
        return f"(?:{branches[0]})?" if ends else branches[0]
    body = "(?:" + "|".join(branches) + ")"
    return body + "?" if ends else body


def compile_all(patterns: Iterable[str], flags: int = 0) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, flags) for p in patterns)
