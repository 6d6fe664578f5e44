"""Rule patterns that open with zero-width tests, searched where their first letters stand.

A pattern that opens with a word boundary or a lookbehind (credit.toml's leads: `\\bEPA/`, `(?:^|(?<=[.!?]
))Photo by `) is tried by the regex engine at every character of a text: the engine skips ahead only to
where a literal or a set of first characters stands, and a zero-width test is neither. Its body, the
pattern less those opening tests, opens with a letter, so the body alone is searched with that skip, and
the whole pattern is matched where the body is found (`re.Pattern.match` sees the text before its
position, so the opening tests read what they read in a search). Every match of the pattern is a place
where its body matches, so the matches are those of the pattern's own `finditer`. On the captions of the
corpora and 10,000 generated ones, the credit's leads cost 1.1 to 19 times less each, most 3 to 6 (a
caption's leads 42 -> 19 µs); those whose body opens otherwise are searched as they are (see `anchored`).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from functools import cache

from ._regex import _group_end, _matches_where_found, _opens_with_letter, compiled

__all__ = ["AnchoredPattern", "anchored"]

# A zero-width test a pattern may open with: a word boundary, a lookbehind, or "(?:^|(?<=...))".
_HEAD = re.compile(r"\\b|\(\?<[=!]|\(\?:\^\|(?=\(\?<[=!])")


class AnchoredPattern:
    """A compiled rule pattern with `finditer` as `re.Pattern`'s, found through its body (see module)."""

    __slots__ = ("_finder", "pattern")

    def __init__(self, pattern: re.Pattern[str], finder: re.Pattern[str] | None) -> None:
        self.pattern = pattern
        self._finder = finder

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        finder, pattern = self._finder, self.pattern
        if finder is None:
            return pattern.finditer(text, pos, endpos)
        return _matches_where_found(finder, text, pattern, text, pos, endpos)


@cache
def anchored(pattern: str) -> AnchoredPattern:
    """PATTERN compiled as `_regex.compiled` does, searched through its body where it has one: opening
    tests, then a letter (`_regex._opens_with_letter`). Any other pattern is searched as it is."""
    body = _body(pattern)
    finder = None
    if body is not None and _opens_with_letter(body):
        try:
            finder = re.compile(body)
        except re.error:  # a body that refers back into its tests: searched whole
            finder = None
    return AnchoredPattern(compiled(pattern), finder)


def _body(pattern: str) -> str | None:
    """PATTERN less the zero-width tests it opens with; None where it opens with none, or with flags."""
    at = 0
    while m := _HEAD.match(pattern, at):
        if m.group() == "\\b":
            at = m.end()
            continue
        end = _group_end(pattern, m.end())
        if end is None:
            return None
        if m.group().startswith("(?:^|"):
            # "(?:^|(?<=[.!?] ))": the group holds the text's start or one lookbehind, nothing else.
            inner = _group_end(pattern, m.end() + 4)
            if inner is None or inner + 1 != end:
                return None
        at = end + 1
    return pattern[at:] if at else None
