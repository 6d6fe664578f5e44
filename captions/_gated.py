"""Rule patterns searched only where a word every match holds is in the text.

A pattern that opens with a lookbehind (place.toml's `postposition_facilities`: `(?<![\\w'’])(?P<name>...
(?:Çarşı|Meydanı|Caddesi|...))`) is tried by the regex engine at every character of a text, and one that
opens with a capitalised word at every capital: 6 to 10 µs a sentence, though most captions hold none of
the words it closes with. Where the pattern requires one of a set of plain words (an alternation of
literals it cannot match without, read off its parsed form by `required_words`), those words are looked
for first, in one search of their trie, which the engine skips through to their first letters; the pattern
is searched only in a text that holds one. The words are read once the pattern has been searched a few
times: parsing it costs a process's first record a millisecond or two. Its matches are the pattern's own:
a text without any of the words has none. A pattern with case-blind parts, or with no such alternation, is
searched as it is.
"""

from __future__ import annotations

import re
import sys
from functools import cache
from importlib import import_module
from typing import Any

from ._regex import alternation

__all__ = ["GatedPattern", "gated", "required_words"]

# Python's own regex parser (untyped, private), to read which words a pattern requires.
_sre_parser: Any = import_module("re._parser")
_sre_constants: Any = import_module("re._constants")


# Searches made before the gate is built: reading a pattern's words parses it in Python (about 1.5 ms for
# a large one), which a process's first record should not wait on; a batch searches it thousands of times.
_UNGATED = 8


class GatedPattern:
    """A compiled pattern whose `search` first looks for a word every match holds (see module), once it
    has been searched a few times (`_UNGATED`)."""

    __slots__ = ("_gate", "_searches", "pattern")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self._gate: re.Pattern[str] | None = None  # None as well where the pattern requires no words
        self._searches = 0  # past _UNGATED: the gate is built

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if self._searches <= _UNGATED:
            self._searches += 1
            if self._searches <= _UNGATED:
                return self.pattern.search(text, pos, endpos)
            self._gate = _gate(self.pattern.pattern)
        gate = self._gate
        if gate is not None and gate.search(text, pos, endpos) is None:
            return None
        return self.pattern.search(text, pos, endpos)


@cache
def gated(pattern: str) -> GatedPattern:
    """PATTERN compiled, searched only where one of its `required_words` is."""
    return GatedPattern(re.compile(pattern))


def _gate(pattern: str) -> re.Pattern[str] | None:
    """The trie of the words PATTERN requires, or None where it requires none."""
    words = required_words(pattern)
    return re.compile(alternation(sorted(words))) if words else None


def required_words(pattern: str) -> frozenset[str] | None:
    """Words one of which every match of PATTERN holds: the first alternation of plain words the pattern
    cannot match without (outside lookarounds, optional parts and other alternations), or None. None too for
    a pattern with case-blind parts, which would match those words in any case."""
    parsed = _sre_parser.parse(pattern)
    if parsed.state.flags & re.IGNORECASE:
        return None
    return _required(list(parsed))


def _required(items: list[tuple[Any, Any]]) -> frozenset[str] | None:
    c = _sre_constants
    for op, av in items:
        if op is c.SUBPATTERN:
            _, add_flags, del_flags, sub = av
            if add_flags or del_flags:  # "(?i:...)", "(?-i:...)": case rules of its own
                continue
            found = _required(list(sub))
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] >= 1:
            found = _required(list(av[2]))
        elif op is c.BRANCH:
            found = _words(av[1])
        else:
            found = None
        if found:
            return found
    return None


def _words(alternatives: list[list[tuple[Any, Any]]]) -> frozenset[str] | None:
    """The alternatives as words, where each is a run of plain characters; else None."""
    words: list[str] = []
    for alternative in alternatives:
        if not alternative or any(op is not _sre_constants.LITERAL for op, _ in alternative):
            return None
        words.append("".join(chr(code) for _, code in alternative))
    return frozenset(words)
