"""Regexes built from rule lists and compiled for speed: tries of phrases, unions of patterns, patterns
compiled when first needed, and scanners that search a lowered text or skip to where a match can start.

Split from `_rules.py`, which reads the rule files; the readers build their patterns with these.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from typing import Any

from . import _pattern_cache

__all__ = [
    "CaselessPattern",
    "CaselessTriggers",
    "CaselessWords",
    "NamedPattern",
    "SpacedOpener",
    "TriggerScanner",
    "alternation",
    "compile_all",
    "compiled",
    "has_word",
    "required_text",
    "scoped",
    "union",
]


def alternation(items: Iterable[str], not_after: str = "") -> str:
    """A regex matching any of the literal phrases, the longest where several fit.

    Built as a trie ("Pre(?:mier|sident)", "Sep(?:t)?"): a plain alternation of a few hundred phrases
    makes the regex engine try every one at every position of the text; the trie tries one branch per
    character. Greedy optional tails keep the longest phrase first, as a longest-first alternation would.
    An earlier process's pattern of the same phrases is taken from the pattern cache (start-up).

    NOT_AFTER, a one-character class (r"[\\w-]"), is what may not stand right before a match: the same as
    `(?<![\\w-])(?:trie)`, but tested after each phrase's first character ("B(?<![\\w-]B)ombay"), so that
    a case-sensitive trie still opens with its first characters, to which the engine skips, rather than
    with a lookbehind tried at every character (the style pack's spellings 2.4 x faster).
    """
    words = sorted(set(items))
    # A plain trie's key is its phrases; one with NOT_AFTER says so first, where no phrase's text starts.
    key = "\0".join([f"\1{not_after}", *words]) if not_after else "\0".join(words)
    if (known := _pattern_cache.alternations.get(key)) is not None:
        return known
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    if not not_after:
        pattern = _trie_pattern(trie)
    elif "" in trie:  # an empty phrase: the lookbehind alone may match
        pattern = f"(?<!{not_after})(?:{_trie_pattern(trie)})"
    else:
        pattern = _trie_pattern(
            # The first character escaped too: a phrase opening with a sign ("| Photo Credit:", "(Photo") is
            # matched as written, no empty branch nor group.
            {f"{_escaped(char)}(?<!{not_after}{_escaped(char)})": child for char, child in trie.items()},
            escape=False,
        )
    _pattern_cache.alternations[key] = pattern
    return pattern


# re.escape of each ASCII character, looked up: a trie escapes every character of every word.
_ESCAPED = {char: re.escape(char) for char in map(chr, range(128))}


def _escaped(char: str) -> str:
    return _ESCAPED.get(char) or re.escape(char)


def _trie_pattern(node: dict[str, Any], escape: bool = True) -> str:
    """The pattern of a trie's node; ESCAPE False: its keys are written as patterns already (its children's
    keys are characters)."""
    if len(node) == 1:  # most nodes: one character, then the rest of a word
        for char, child in node.items():
            return (_escaped(char) if escape else char) + _trie_pattern(child) if char else ""
    ends = "" in node
    branches = [
        (_escaped(char) if escape else char) + _trie_pattern(child)
        for char, child in sorted(node.items())
        if char
    ]
    if not branches:  # no words at all
        return ""
    if len(branches) == 1:
        return f"(?:{branches[0]})?" if ends else branches[0]
    body = "(?:" + "|".join(branches) + ")"
    return body + "?" if ends else body


def scoped(pattern: str) -> str:
    """A pattern's leading flags, "(?i)...", scoped to it ("(?i:...)"), so that patterns can be joined."""
    m = re.match(r"\(\?([a-z]+)\)", pattern)
    return f"(?{m.group(1)}:{pattern[m.end() :]})" if m else pattern


def union(patterns: Iterable[str]) -> str:
    """Patterns as one alternation, each keeping its own flags: one pass over a text for all of them.

    Where every pattern opens with a word boundary, the boundary is tested once, before the alternation
    (the same matches): the engine then tries the alternatives at word starts alone, not at every
    position, which made a union of twenty cues three times faster. Where every one then opens with a
    letter, the boundary is a word's start (`\\b(?=\\w)`): the alternatives are not tried at word ends
    either, which a letter cannot follow (a union of thirty cues 40% faster).
    """
    items = list(patterns)
    rests = []
    lettered = True
    for pattern in items:
        head = _BOUNDARY_HEAD.match(pattern)
        if head is None:
            return "|".join(f"(?:{scoped(p)})" for p in items)
        rest = pattern[head.end() :]
        lettered = lettered and "x" not in (head.group(1) or "") and _opens_with_letter(rest)
        rests.append(f"(?{head.group(1)}:{rest})" if head.group(1) else rest)
    boundary = r"\b(?=\w)" if lettered else r"\b"
    return boundary + "(?:" + "|".join(f"(?:{r})" for r in rests) + ")" if rests else ""


def _opens_with_letter(pattern: str) -> bool:
    """Whether every match of PATTERN opens with a letter it writes: a letter that no quantifier makes
    optional, or a group (not a lookaround) each branch of which opens so. False where unsure."""
    if pattern[:1].isalpha():
        return pattern[1:2] not in _OPTIONAL
    head = _GROUP_HEAD.match(pattern)
    end = _group_end(pattern, head.end()) if head else None
    if head is None or end is None or pattern[end + 1 : end + 2] in _OPTIONAL:
        return False
    return all(_opens_with_letter(branch) for branch in _branches(pattern[head.end() : end]))


_OPTIONAL = ("?", "*", "{")  # after a letter or a group: it may be left out ("{0,1}")
_GROUP_HEAD = re.compile(r"\((?:\?(?:[imsx]*(?:-[imsx]+)?:|P<\w+>))?(?!\?)")


def _group_end(pattern: str, at: int) -> int | None:
    """Where the group whose text starts at AT closes; None if it does not."""
    depth = 0
    i = at
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i = _class_end(pattern, i)
        elif c == "(":
            depth += 1
        elif c == ")":
            if depth == 0:
                return i
            depth -= 1
        i += 1
    return None


def _class_end(pattern: str, at: int) -> int:
    """Where the character class opening at AT closes ("[]a]" and "[^]a]" hold their first "]")."""
    i = at + 1 + (pattern[at + 1 : at + 2] == "^")
    i += pattern[i : i + 1] == "]"
    while i < len(pattern) and pattern[i] != "]":
        i += 2 if pattern[i] == "\\" else 1
    return i


def _branches(text: str) -> list[str]:
    """The branches of a group's text, split at the "|" outside its own groups and classes."""
    out, depth, start, i = [], 0, 0, 0
    while i < len(text):
        c = text[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i = _class_end(text, i)
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            out.append(text[start:i])
            start = i + 1
        i += 1
    return [*out, text[start:]]


# A pattern's leading flags (none that change what a word boundary is: a, u, L) and its opening "\b".
_BOUNDARY_HEAD = re.compile(r"(?:\(\?([imsx]+)\))?\\b")


def compile_all(patterns: Iterable[str]) -> tuple[re.Pattern[str], ...]:
    """Patterns compiled as written: case-sensitive unless they start with (?i) (RULES.md)."""
    return tuple(re.compile(p) for p in patterns)


@cache
def compiled(pattern: str) -> re.Pattern[str]:
    """A rule's pattern compiled when first needed (its trigger first appears), then kept: start-up does
    not compile the patterns of rules most captions never trigger.

    A pattern that opens with the text's start or one of a few characters before it, `(?:^|(?<=[\\s.(]))`
    (credit.toml's leads), is compiled opening with the same test as one lookbehind, `(?<![^\\s.(])`: no
    character before, or one of those. The engine tries it at every character; one lookbehind there
    costs a third less than an alternation of two tests.
    """
    head = _START_OR_AFTER.match(pattern)
    return re.compile(f"(?<![^{head.group(1)}]){pattern[head.end() :]}" if head else pattern)


# "(?:^|(?<=[...]))" with a class that is not negated: "^" is the text's start (no flag can precede it).
_START_OR_AFTER = re.compile(r"\(\?:\^\|\(\?<=\[(?!\^)((?:\\.|[^\]\\])+)\]\)\)")


@cache
def _compiled_caseless(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


class TriggerScanner:
    """Which of a set of trigger words occur in a lower-cased text, found in one pass.

    A substring test per trigger (`t in lowered`) walks the text once for each of a hundred triggers;
    this searches for them all at once (a trie-shaped alternation, which the regex engine scans for its
    first characters in C). Triggers may overlap ("archiv", "archive"): each search resumes one character
    after the last match's start, and a match stands for every trigger that is a prefix of it, so the set
    found is the set `t in lowered` would say.

    A text in ASCII alone (most captions; `str.isascii` is a flag of the string) can hold only the
    triggers in ASCII: it is searched for those (`_ascii_trie`), whose first characters the engine looks
    up in a bitmap, not in the table of every script's (provenance's triggers 7.6 -> 4.7 us a caption).
    """

    __slots__ = ("_ascii", "_pattern", "_prefixes")

    def __init__(self, triggers: Iterable[str]) -> None:
        items = sorted({t for t in triggers if t})
        self._pattern = re.compile(alternation(items)) if items else None
        self._ascii = _ascii_trie(items, self._pattern)
        # Each trigger's prefixes that are triggers too, looked up by length: a test of every pair was
        # 48,000 `startswith` at start-up for provenance's 220 triggers.
        known = set(items)
        self._prefixes = {t: frozenset(t[:n] for n in range(1, len(t) + 1) if t[:n] in known) for t in items}

    def occurs(self, lowered: str) -> bool:
        """Whether any of the triggers occurs in LOWERED."""
        pattern = self._ascii if lowered.isascii() else self._pattern
        return pattern is not None and pattern.search(lowered) is not None

    def found(self, lowered: str) -> frozenset[str]:
        """The triggers that occur in LOWERED."""
        pattern = self._ascii if lowered.isascii() else self._pattern
        if pattern is None:
            return frozenset()
        out: set[str] = set()
        m = pattern.search(lowered)
        while m:
            out |= self._prefixes[m.group()]
            m = pattern.search(lowered, m.start() + 1)
        return frozenset(out)


class CaselessTriggers:
    """Whether a text holds any of a set of trigger phrases, in any case.

    A case-blind search (re.IGNORECASE) of their trie costs five to eight times what a case-sensitive
    search of the lower-cased text does (20 against 3 us on a caption), and finds the same: a letter of
    Latin script matches case-blind exactly the letters whose lower case it is, but for the dotless "ı"
    and the long "ſ" (which match "i" and "s") and "İ" (whose lower case is two characters). A text with
    one of those is searched case-blind, as are triggers of other scripts. A text in ASCII alone is
    searched, lower-cased, for the triggers in ASCII (see `TriggerScanner`).
    """

    __slots__ = ("_ascii", "_caseless", "_lowered")

    def __init__(self, triggers: Iterable[str]) -> None:
        items = sorted({t for t in triggers if t})
        if any(t != t.lower() for t in items):
            raise ValueError(f"triggers are written in lower case: {[t for t in items if t != t.lower()]}")
        self._caseless = re.compile(alternation(items), re.IGNORECASE) if items else None
        latin = all(ord(c) < _NON_LATIN and c not in _CASE_BLIND_ODD for t in items for c in t)
        self._lowered = re.compile(alternation(items)) if items and latin else None
        self._ascii = _ascii_trie(items, self._lowered) if self._lowered is not None else None

    def occurs(self, text: str) -> bool:
        """Whether any trigger occurs in TEXT, in any case."""
        if self._caseless is None:
            return False
        if self._lowered is not None and text.isascii():
            return self._ascii is not None and self._ascii.search(text.lower()) is not None
        if self._lowered is not None and _CASE_BLIND_ODD_FOUND.search(text) is None:
            return self._lowered.search(text.lower()) is not None
        return self._caseless.search(text) is not None


def _ascii_trie(items: list[str], whole: re.Pattern[str] | None) -> re.Pattern[str] | None:
    """The trie of ITEMS in ASCII alone, for a lower-cased text in ASCII, which can hold no other (searched
    case-sensitively: a letter outside ASCII matches none inside it); WHOLE, the trie of all ITEMS, where
    they are all in ASCII; None where none is."""
    in_ascii = [t for t in items if t.isascii()]
    if len(in_ascii) == len(items):
        return whole
    return re.compile(alternation(in_ascii)) if in_ascii else None


class CaselessPattern:
    """A pattern written in lower case, matched in any case: case-sensitively in the lower-cased text where
    that finds the same (see `CaselessTriggers`), which for a trie of words with a lookbehind, tried at
    every character, costs a third to a fifth of the case-blind search. Its letters are Latin (others
    would have more cases than lower-casing gives) and it holds no case-sensitive group; else, and in a
    text with "ı", "İ" or "ſ", the pattern is matched case-blind. Lower-casing keeps every other letter one
    letter, and a word character one, so spans are the same in both texts; texts returned are the caller's.
    """

    __slots__ = ("_latin", "_source")

    def __init__(self, pattern: str) -> None:
        self._source = pattern
        self._latin = "(?-i" not in pattern and all(
            c not in _CASE_BLIND_ODD and ((c == c.lower() and ord(c) < _NON_LATIN) or c.lower() == c.upper())
            for c in set(pattern)
        )

    def _target(self, text: str) -> tuple[re.Pattern[str], str]:
        # Each compiled when first needed: most runs never need the case-blind one.
        if self._latin and (text.isascii() or _CASE_BLIND_ODD_FOUND.search(text) is None):
            return compiled(self._source), text.lower()
        return _compiled_caseless(self._source), text

    def occurs(self, text: str) -> bool:
        """Whether the pattern matches anywhere in TEXT."""
        pattern, target = self._target(text)
        return pattern.search(target) is not None

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Where the pattern matches in TEXT, as `finditer` finds them."""
        pattern, target = self._target(text)
        return [m.span() for m in pattern.finditer(target)]

    def findall(self, text: str) -> list[str]:
        """The texts the pattern matches in TEXT, as written there (a pattern without groups)."""
        return [text[start:end] for start, end in self.spans(text)]


class CaselessWords:
    """A case-blind pattern of words opening with a lookbehind (`(?<![\\w-])(?:trie)...`), with the methods of
    `re.Pattern` the readers call, searched through FINDER: the same words in lower case, searched
    case-sensitively in the lower-cased text (see `CaselessTriggers`: a case-blind trie tried at every
    character costs two to three times as much; people's titles on a caption 12.7 -> 5.2 us).

    Every match is the pattern's own, on the caller's text: where the finder matches, the pattern is
    matched there (`match`), and the search goes on one character further when it fails. The finder need
    only match wherever the pattern can; lower-casing keeps each character one character, and a letter's
    case-blind matches are its lower-cased forms, in a text whose characters are all below U+0250 and
    none of "ı", "İ", "ſ", "µ" (which the engine pairs with "i", "s" and Greek mu). Any other text is
    searched with the pattern itself. `match` and `fullmatch` are the pattern's.

    A text's matches are kept for the texts last asked (`_FOUND_KEPT`): the readers ask the same sentence
    again (people's titles: the noun phrase's masking, the organisations, the role tests; the place
    reader's locatives), and a match is immutable, so the kept ones are the ones a new search would find.
    """

    __slots__ = ("_finder", "_found", "pattern")

    def __init__(self, pattern: re.Pattern[str], finder: str) -> None:
        self.pattern = pattern
        self._finder = finder  # compiled when first searched
        self._found: dict[tuple[str, int, int], tuple[re.Match[str], ...]] = {}

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.pattern.match(text, pos, endpos)

    def fullmatch(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.pattern.fullmatch(text, pos, endpos)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if not text.isascii() and _NOT_LOWERED_ALIKE.search(text):
            return self.pattern.search(text, pos, endpos)
        lowered, finder, pattern = text.lower(), compiled(self._finder), self.pattern
        while (found := finder.search(lowered, pos, endpos)) is not None:
            if (m := pattern.match(text, found.start(), endpos)) is not None:
                return m
            pos = found.start() + 1
        return None

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        key = (text, pos, endpos)
        found = self._found.get(key)
        if found is None:
            if not text.isascii() and _NOT_LOWERED_ALIKE.search(text):
                found = tuple(self.pattern.finditer(text, pos, endpos))
            else:
                lowered, finder = text.lower(), compiled(self._finder)
                found = tuple(_matches_where_found(finder, lowered, self.pattern, text, pos, endpos))
            if len(self._found) >= _FOUND_KEPT:
                self._found.clear()
            self._found[key] = found
        return iter(found)

    def sub(self, replace: str | Callable[[re.Match[str]], str], text: str) -> str:
        """`re.Pattern.sub`: each match replaced by what REPLACE returns for it, or by template REPLACE."""
        pieces: list[str] = []
        end = 0
        # A template with no backslash is its own text: `Match.expand` would parse it at every match.
        plain = replace if isinstance(replace, str) and "\\" not in replace else None
        for m in self.finditer(text):
            if plain is not None:
                piece = plain
            else:
                piece = m.expand(replace) if isinstance(replace, str) else replace(m)
            pieces += (text[end : m.start()], piece)
            end = m.end()
        return "".join(pieces) + text[end:] if pieces else text


class SpacedOpener:
    """Patterns each of which opens with optional white space and then one fixed character (people's
    position markers: "\\s*,\\s*(?:left|right|...)", "\\s*\\((?:L|R|C)\\)"), as one (`union`), matched
    only where one of those characters stands.

    Such a pattern is tried at every character of a text (its white space may be empty) though few can
    start a match. Here it is tried at the start of the white space before each of its characters, which
    finds the same matches: from anywhere in that white space it reads on to the same character, and the
    match ends past it, so the next is looked for from there. Should one pattern open otherwise (or with
    flags that change white space), the union is searched as usual.
    """

    __slots__ = ("_compiled", "_openers", "pattern")

    def __init__(self, patterns: Iterable[str]) -> None:
        items = list(patterns)
        self.pattern = items[0] if len(items) == 1 else union(items)  # one pattern stays as written
        self._compiled = re.compile(self.pattern)
        openers = [_spaced_opener(p) for p in items]
        chars = "".join(sorted({re.escape(c) for c in openers if c}))
        self._openers = re.compile(f"[{chars}]") if items and all(openers) else None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """The matches in TEXT, as the pattern's `finditer` finds them."""
        if self._openers is None:
            yield from self._compiled.finditer(text)
            return
        pos = 0
        while opener := self._openers.search(text, pos):
            start = opener.start()
            while start > pos and text[start - 1].isspace():  # str.isspace is the engine's \s
                start -= 1
            m = self._compiled.match(text, start)
            if m is None:
                pos = opener.end()
            else:
                yield m
                pos = m.end()

    def sub(self, replacement: str, text: str) -> str:
        """TEXT with every match replaced by REPLACEMENT (plain text), as the pattern's `sub` does."""
        if "\\" in replacement:
            raise ValueError("the replacement is plain text")
        out, last = [], 0
        for m in self.finditer(text):
            out += [text[last : m.start()], replacement]
            last = m.end()
        return "".join([*out, text[last:]]) if out else text


# A pattern's opening white space and the character after it, plainly written or escaped (no letter: "\w",
# "\d" are classes) and not made optional; with a case-blind or no flag ("a", "u", "x" change "\s").
_SPACED_OPENER = re.compile(r"(?:\(\?([imsx]+)\))?\\s\*(\\[^\w\s]|[^\\.^$*+?{}\[\]|()\s])(?![?*+{])")


def _spaced_opener(pattern: str) -> str | None:
    """The character PATTERN's every match holds after its opening white space; None if unsure."""
    m = _SPACED_OPENER.match(pattern)
    if m is None or "x" in (m.group(1) or ""):
        return None
    char = m.group(2)[-1]
    return char if char.lower() == char.upper() else None  # no letter: case-blind, it has more forms


# The texts whose matches a `CaselessWords` keeps: a caption's sentences and phrases, a few captions' worth.
_FOUND_KEPT = 256

# Letters whose case-blind match is not their lower case (Python's re/_casefix.py), in Latin script, and
# where Latin script ends: Greek and Cyrillic have more such letters.
_CASE_BLIND_ODD = "ıİſ"
_CASE_BLIND_ODD_FOUND = re.compile(f"[{_CASE_BLIND_ODD}]")


# A character whose case-blind matches are not its lower-cased forms, or may not be (see `CaselessWords`).
def _matches_where_found(
    finder: re.Pattern[str], searched: str, pattern: re.Pattern[str], text: str, pos: int, endpos: int
) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)`, tried only where FINDER finds a start in SEARCHED (TEXT, or TEXT lowered: the
    same length): what `CaselessWords` and `_anchored.AnchoredPattern` share."""
    out: list[re.Match[str]] = []
    start = pos
    while (found := finder.search(searched, pos, endpos)) is not None:
        m = pattern.match(text, found.start(), endpos)
        if m is None:
            pos = found.start() + 1
        elif m.end() == m.start():  # an empty match: re's own rules for what may follow it
            return pattern.finditer(text, start, endpos)
        else:
            out.append(m)
            pos = m.end()
    return iter(out)


_NOT_LOWERED_ALIKE = re.compile(f"[^\\x00-\\u024f]|[{_CASE_BLIND_ODD}µ]")
_NON_LATIN = 0x250


# What a pattern's required text may be made of: plain characters and escaped punctuation.
_PLAIN = re.compile(r"[^\\.^$*+?{}\[\]|()]|\\[^\w\s]")
_QUANTIFIER = "?*+{"


def required_text(pattern: str) -> str:
    """The text every match of PATTERN holds: the characters written plainly after its leading white space
    ("\\s*\\(zu dpa [^)]..." holds "(zu dpa "), up to the first operator; those a quantifier makes optional
    left out. Empty for a pattern with flags (case-blind, it holds the text in any case) or with an
    alternation outside a group (a match may hold the other branch)."""
    if pattern.startswith("(?") or "|" in re.sub(r"\\.|\[[^\]]*\]|\([^()]*\)", "", pattern):
        return ""
    at = len(pattern) - len(pattern.removeprefix(r"\s*"))
    out = []
    while m := _PLAIN.match(pattern, at):
        after = pattern[m.end() : m.end() + 1]
        if after and after in _QUANTIFIER:
            break
        out.append(m.group()[-1])
        at = m.end()
    return "".join(out)


def _is_word_char(char: str) -> bool:
    """Whether re's `\\w` (a str pattern, Unicode) matches CHAR: a letter, a digit or a numeral, or "_"."""
    return char.isalnum() or char == "_"


def has_word(text: str, word: str) -> bool:
    """Whether TEXT holds WORD with no word character on either side: `re.search(rf"(?<!\\w){re.escape(word)}
    (?!\\w)", text) is not None`, without a pattern compiled for WORD. A word read from a caption (a
    credit's name) would compile a pattern for that caption alone (0.1 to 0.5 ms), which fills re's cache
    and the pattern store (`_pattern_cache`) with patterns no later caption asks for."""
    if not word:
        return re.search(r"(?<!\w)(?!\w)", text) is not None
    size, last, at = len(word), len(text), text.find(word)
    while at >= 0:
        end = at + size
        if (at == 0 or not _is_word_char(text[at - 1])) and (end == last or not _is_word_char(text[end])):
            return True
        at = text.find(word, at + 1)
    return False


class NamedPattern:
    """A pattern written around names a caption gives: `re.search(PIECES[0] + re.escape(NAMES[0]) +
    PIECES[1] + ... + PIECES[-1], text, flags)`, with one pattern compiled once, where the names are
    matched as back-references of groups that read them from the text searched ("NAME\\0NAME\\0TEXT"; a lazy
    skip tries each start of TEXT from the left, as a search does). A pattern compiled for each caption's
    names (0.3 to 1 ms) would be compiled again for every caption, and fill re's cache and the pattern
    store (`_pattern_cache`) with patterns no later caption asks for.

    Case-blind (`re.IGNORECASE`), a back-reference matches where the lower cases are equal; a letter
    written in the pattern also matches the few letters `_CASE_BLIND_ODD` holds ("i" matches "ı"): with a
    name not in ASCII, or one of those letters in the text, the pattern of the names is compiled as before.
    So is it for a "\\0" in a name or the text. The pieces hold no numbered group reference (the names'
    groups come first)."""

    __slots__ = ("_flags", "_joined", "_pieces")

    def __init__(self, pieces: tuple[str, ...], flags: int = 0) -> None:
        self._pieces, self._flags = pieces, flags
        heads = "".join(rf"(?P<_name{n}>[^\0]*)\0" for n in range(len(pieces) - 1))
        body = "".join(f"{piece}(?P=_name{n})" for n, piece in enumerate(pieces[:-1])) + pieces[-1]
        self._joined = rf"{heads}[\s\S]*?{body}"

    def found(self, text: str, *names: str) -> bool:
        """Whether the pattern, NAMES written in it, matches anywhere in TEXT."""
        if len(names) != len(self._pieces) - 1:
            raise ValueError(f"{len(self._pieces) - 1} names wanted, {len(names)} given")
        if "\0" in text or any("\0" in name for name in names) or not self._alike(text, names):
            written = "".join(p + re.escape(n) for p, n in zip(self._pieces, names, strict=False))
            return re.search(written + self._pieces[-1], text, self._flags) is not None
        return _compiled_with_flags(self._joined, self._flags).match("\0".join((*names, text))) is not None

    def _alike(self, text: str, names: tuple[str, ...]) -> bool:
        """Whether a back-reference matches TEXT where the name written in the pattern would."""
        if not self._flags & re.IGNORECASE:
            return True
        return all(name.isascii() for name in names) and (
            text.isascii() or _CASE_BLIND_ODD_FOUND.search(text) is None
        )


@cache
def _compiled_with_flags(pattern: str, flags: int) -> re.Pattern[str]:
    return re.compile(pattern, flags)
