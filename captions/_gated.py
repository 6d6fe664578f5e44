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
from collections.abc import Iterator
from functools import cache
from importlib import import_module
from typing import Any

from . import _pattern_cache
from ._regex import _NOT_LOWERED_ALIKE, alternation

__all__ = ["GatedPattern", "WordStarts", "gated", "lowered_finder", "opening_words", "required_words"]

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


class WordStarts:
    """A compiled pattern every match of which opens a word with one of a few words (a union of cues that
    opens with a word boundary, `\\b`, or a lookbehind of word characters, `(?<![\\w-])`), searched where a
    character that is no word character stands before one of those words: people's object cues, "shakes
    hands with", "meets", "poses with", "hugs" (`_parse/_vocabulary.py`).

    A pattern opening with a zero-width test is tried by the regex engine at every character of a text. Here
    the engine skips to the characters that can stand before a word (white space, punctuation), and looks
    there for one of the words every match opens with (`opening_words`, in any case); the pattern is matched
    where one is, right after that character, and once at the position the search starts from (a word
    opening the text). A match opens after a character that is no word character, or at the text's start,
    so these are every place the pattern's own search would find one: the matches are its own. Where the
    opening words cannot be read, or one opens with no word character, the pattern is searched as it is.

    The opening words are in lower case: in a text whose lower case is what a case-blind match reads
    (`_regex.CaselessWords`: characters below U+0250, none of "ı", "İ", "ſ", "µ"), they are looked for
    case-sensitively in the lower-cased text, where the trie costs a half to two thirds of the case-blind
    one (people's object cues on generated captions, 37 -> 26 us a caption); lower-casing keeps every
    character one character and a word character one, so the places found are the same.
    """

    __slots__ = ("_finder", "_lowered", "pattern")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        # Reading the words parses the pattern in Python (some 10 ms for the object cues): a process reads
        # them from the pattern store, where the first process that read them left them.
        key = f"\2{pattern.pattern}"
        finder = _pattern_cache.alternations.get(key)
        if finder is None:
            finder = "" if pattern.flags & re.VERBOSE else _finder(pattern.pattern)
            _pattern_cache.alternations[key] = finder
        self._finder = re.compile(finder) if finder else None
        blind = finder.startswith(_CASE_BLIND_FINDER)
        self._lowered = re.compile(rf"\W(?:{finder[len(_CASE_BLIND_FINDER) :]}") if blind else None

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.pattern.match(text, pos, endpos)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        pattern, finder = self.pattern, self._finder
        if finder is None:
            return pattern.search(text, pos, endpos)
        searched = text
        if self._lowered is not None and (text.isascii() or _NOT_LOWERED_ALIKE.search(text) is None):
            searched, finder = text.lower(), self._lowered
        # Where the search starts too, a match opens after a character that is no word character (or at the
        # text's start, read as after a space) with one of the words: the union is matched there only where
        # the finder finds those (most captions open with none; the union tried every cue there).
        if pos:
            opens = finder.match(searched, pos - 1, endpos) is not None
        else:
            opens = finder.match(f" {searched}", 0, min(endpos, len(searched)) + 1) is not None
        if opens and (m := pattern.match(text, pos, endpos)) is not None:
            return m
        while (found := finder.search(searched, pos, endpos)) is not None:
            pos = found.start() + 1  # the word after the character
            if (m := pattern.match(text, pos, endpos)) is not None:
                return m
        return None

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        found: list[re.Match[str]] = []
        start = pos
        while (m := self.search(text, pos, endpos)) is not None:
            if m.end() == m.start():  # an empty match: re's own rules for what may follow it
                return self.pattern.finditer(text, start, endpos)
            found.append(m)
            pos = m.end()
        return iter(found)


_WORD_CHAR = re.compile(r"\w")
# How `_finder` opens: a character that is no word character, then its words (in lower case) in any case.
_CASE_BLIND_FINDER = r"\W(?i:"

# Opening words are read this far (a longer opening picks fewer places: people's object cues, read to six
# letters, are tried at 3.2 places a caption where three letters tried 7.5) and no further than this many
# (the object cues have 687 openings six letters deep).
_OPENING_LETTERS = 6
_MOST_OPENINGS = 2000
_OPENING_CHARS = 8  # a class of a few characters is read as that many branches


def _finder(pattern: str) -> str:
    """The finder of `WordStarts` for PATTERN (a character that is no word character, then one of the
    words every match opens with, in any case), or "" where it has none."""
    try:
        items = list(_sre_parser.parse(pattern))
    except re.error:
        return ""
    words = _words_opened(items) if items and _opens_a_word(items[0]) else None
    if not words or not all(_WORD_CHAR.match(w) for w in words):
        return ""
    return rf"{_CASE_BLIND_FINDER}{alternation(sorted(words))})"


def _opens_a_word(item: tuple[Any, Any]) -> bool:
    """Whether ITEM, a pattern's first, tests that no word character stands before the match: a word
    boundary (before a word character: `_finder` checks the opening words) or a lookbehind of one
    character that is not of a class holding "\\w"."""
    c = _sre_constants
    op, av = item
    if op is c.AT:
        return bool(av is c.AT_BOUNDARY)
    if op is not c.ASSERT_NOT or av[0] != -1:
        return False
    inner = list(av[1])
    return (
        len(inner) == 1
        and inner[0][0] is c.IN
        and (c.CATEGORY, c.CATEGORY_WORD) in inner[0][1]
        and all(o is not c.NEGATE for o, _ in inner[0][1])
    )


def lowered_finder(pattern: str) -> str:
    """The finder of `_regex.CaselessWords` for PATTERN, which opens with `(?<![\\w-])`: that test, then one
    of the words its matches open with (`opening_words`, in lower case), or the test alone where they
    cannot be read (every place the pattern may match). Reading them parses the pattern (milliseconds
    for a large one): the first process that read them leaves them in the pattern store."""
    if not pattern.startswith(_NO_WORD_BEFORE):
        raise ValueError(f"the pattern does not open with {_NO_WORD_BEFORE}: {pattern[:40]}")
    key = f"\3{pattern}"
    finder = _pattern_cache.alternations.get(key)
    if finder is None:
        words = opening_words(pattern)
        finder = _NO_WORD_BEFORE + (f"(?:{alternation(sorted(words))})" if words else "")
        _pattern_cache.alternations[key] = finder
    return finder


_NO_WORD_BEFORE = r"(?<![\w-])"


def opening_words(pattern: str) -> frozenset[str] | None:
    """Lower-cased texts one of which opens every match of PATTERN (read in any case: a superset); None where
    unsure. Zero-width tests are passed over; each text runs to `_OPENING_LETTERS` characters or to where the
    pattern stops being plain characters."""
    try:
        return _words_opened(list(_sre_parser.parse(pattern)))
    except re.error:
        return None


def _words_opened(items: list[tuple[Any, Any]]) -> frozenset[str] | None:
    openings = _openings(items, [""])
    if openings is None or not all(openings):
        return None
    return frozenset(openings)


def _openings(items: list[tuple[Any, Any]], prefixes: list[str]) -> list[str] | None:
    """PREFIXES, each continued with what ITEMS open with (a list: branches multiply it); None if too many."""
    c = _sre_constants
    for i, (op, av) in enumerate(items):
        if all(len(p) >= _OPENING_LETTERS for p in prefixes):
            break
        rest = items[i + 1 :]
        if op is c.LITERAL:
            char = chr(av).lower()
            if len(char) != 1:  # "İ" lowers to two characters: stop here
                break
            prefixes = [p + char for p in prefixes]
        elif op in (c.ASSERT, c.ASSERT_NOT, c.AT):
            continue  # zero width: the match's text is the next item's
        elif op is c.SUBPATTERN:
            return _openings([*av[3], *rest], prefixes)
        elif op is c.BRANCH:
            out: list[str] = []
            for branch in av[1]:
                more = _openings([*branch, *rest], prefixes)
                if more is None or len(out) + len(more) > _MOST_OPENINGS:
                    return None
                out += more
            return out
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] >= 1:
            return _openings(list(av[2]), prefixes)  # what follows one repeat may be another: stop after it
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT):
            # Optional: the openings with it (and what follows, where it is at most once) and without it.
            taken = _openings([*av[2], *rest] if av[1] == 1 else list(av[2]), prefixes)
            left_out = _openings(rest, prefixes)
            if taken is None or left_out is None or len(taken) + len(left_out) > _MOST_OPENINGS:
                return None
            return taken + left_out
        elif op is c.IN and len(av) <= _OPENING_CHARS and all(o is c.LITERAL for o, _ in av):
            chars = sorted({chr(code).lower() for _, code in av})  # "(?:a|b)" is parsed as "[ab]"
            if any(len(char) != 1 for char in chars):
                break
            prefixes = [p + char for p in prefixes for char in chars]
            if len(prefixes) > _MOST_OPENINGS:
                return None
        else:  # a wider class, a reference: what stands here is not plain
            break
    return prefixes
