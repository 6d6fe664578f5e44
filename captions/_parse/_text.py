"""Cleaning: from raw caption text to clean lines, and the sentences of a clean text."""

from __future__ import annotations

import html
import re
from functools import cache

from .._regex import compile_all, required_text
from .._rules import rules, words
from ._date import month_names

__all__ = [
    "clean",
    "clean_lines",
    "clean_with_breaks",
    "flatten",
    "last_sentence_start",
    "split_sentences",
    "strip_tails",
]

_TAG = re.compile(r"<[^<>]{0,500}>")
# An XML CDATA section's wrapper: "<description><![CDATA[<p>A man walks ...</p>]]></description>" holds
# text. Left on, once the tags inside it are gone, the whole section reads as one tag and is removed.
_CDATA = re.compile(r"<!\[CDATA\[|\]\]>")
_LINE = re.compile(r"\r\n|[\r\n\u2028\u2029]")


def clean_lines(text: str) -> tuple[str, ...]:
    """The caption's lines, markup and entities removed, whitespace normalised, blank lines dropped.

    A fixpoint: cleaning cleaned text changes nothing, so a record's description normalises to the same
    record (even "&amp;lt;b&amp;gt;", which takes two rounds).
    """
    for _ in range(5):
        before = text
        if "&" in text:
            text = html.unescape(text)
        if "<" in text:
            if "<![CDATA[" in text:
                text = _CDATA.sub(" ", text)
            text = _TAG.sub(" ", text)
        if text == before:
            break
    text = text.replace("\u00ad", "").replace("\ufeff", "")
    # Each run of white space one space, none at the ends: str.split's white space is the engine's \s
    # (tests compare them over every character), and it costs a third of the substitution.
    lines = (" ".join(line.split()) for line in _LINE.split(text))
    return tuple(line for line in lines if line)


def clean(text: str) -> str:
    """The caption as IPTC Description: markup and entities removed, whitespace normalised, one line of
    the original a line."""
    return "\n".join(clean_lines(text))


def clean_with_breaks(text: str) -> tuple[str, tuple[int, ...]]:
    """The cleaned caption on one line, as the parser reads it, and the offsets where its lines began.

    Line breaks are whitespace to the parser, but they end a credit line ("SOCIEDAD\nName - Europa Press")
    and a closing dateline, so the parser is told where they were.
    """
    return flatten(clean_lines(text))


def flatten(lines: tuple[str, ...]) -> tuple[str, tuple[int, ...]]:
    """Cleaned lines as one line, and the offsets where each began after the first."""
    breaks: list[int] = []
    length = 0
    for i, line in enumerate(lines):
        if i:
            length += 1
            breaks.append(length)
        length += len(line)
    return " ".join(lines), tuple(breaks)


@cache
def _abbreviations() -> frozenset[str]:
    return words("text", "abbreviations_cased")


@cache
def _settlement_abbreviations() -> frozenset[str]:
    return words("text", "settlement_abbreviations_cased")


def _preposition_before(text: str, start: int) -> bool:
    """Whether the word before START is a Cyrillic preposition of `settlement_prepositions_cased`."""
    before = text[:start].rstrip().rsplit(" ", 1)[-1]
    return before in words("text", "settlement_prepositions_cased")


@cache
def _chain_ends() -> frozenset[str]:
    return frozenset(rules("text")["chain_end_abbreviations_cased"])


@cache
def _tails() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Each tail pattern with the text every match of it holds: one absent from the tail spares its search,
    which, opening with white space that may be empty, is tried at every character."""
    items = rules("text")["tail"]
    return tuple(zip((required_text(p) for p in items), compile_all(items), strict=True))


# The capitals past Latin-1 a sentence may open with ("ČTK/Name", "Łódź", "Москва"): Latin Extended,
# Greek and Cyrillic alternate capitals and small letters, so the class lists them one by one.
_CAPITALS = "A-ZÀ-ÖØ-Þ" + "".join(re.escape(chr(c)) for c in range(0x100, 0x530) if chr(c).isupper())
# A stop glued to the next sentence ("... in der Nähe von Bachmut.Libkos/AP/dpa", "en Tokio.KIYOSHI OTA")
# ends a sentence too: a lower-case word, a stop, a capital. Every form opens with its stop, the word
# before it looked behind for after it: the engine then skips to the stops instead of trying each form at
# every character.
_BOUNDARY = re.compile(
    rf"\.\.+\s*|[.!?][\"'”’)\]]*\s+(?=[\"'“‘(\[]?[{_CAPITALS}0-9@#])|\.(?<=[a-zß-ÿ]{{3}}\.)(?=[{_CAPITALS}][\w-])"
)


_THAI = re.compile("[\u0e00-\u0e7f]")

# Initials of a name, as "U.S." is an abbreviation: "quarterback C.J. Stroud", "A.J. Brown".
_INITIALS = re.compile(r"[A-Z](?:\.[A-Z])+")
# Spanish writes a plural abbreviation by doubling its letters, often with a space after the first stop:
# "EE. UU." (Estados Unidos), "FF. AA." (Fuerzas Armadas), "RR. HH.". The stop inside ends no sentence.
_DOUBLED_LETTER = re.compile(r"([A-Z])\1")
_DOUBLED_LETTER_ABBREVIATION = re.compile(r"([A-Z])\1\.")


def _boundaries(text: str) -> list[tuple[int, int]]:
    """(end, next start) of each sentence break, knowing that "Calif.", "Jan." and "Jae C. Hong" are none."""
    out: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        if not m.group().startswith(".."):
            # The word before the stop (cleaned text has single spaces between words).
            word = text[max(start, text.rfind(" ", start, m.start()) + 1) : m.start()].lstrip("\"'“‘([")
            chain_end = word in _chain_ends() and text[max(0, start) : m.start() - len(word)].endswith(", ")
            initials = (len(word) == 1 and word.isupper()) or bool(_INITIALS.fullmatch(word))
            if not chain_end and (word in _abbreviations() or initials):
                continue
            if _DOUBLED_LETTER.fullmatch(word) and _DOUBLED_LETTER_ABBREVIATION.match(text, m.end()):
                continue  # "Nueva York, EE. UU., el 9": one abbreviation, not "EE" ending a sentence
            if _THAI.search(word):
                continue  # Thai ends no sentence with a stop: one in a Thai word abbreviates ("25 ธ.ค. 2569")
            if word in _settlement_abbreviations() and _preposition_before(text, m.start() - len(word)):
                continue  # "в г. Бердске", "у м. Ізюм": a settlement noun cut short, its name after it
            if word.isdigit() and len(word) <= 2 and _month_follows(text, m.end()):
                continue  # a day's stop: "am 3. März 2024", "6. joulukuuta 2024"
            if word.isdigit() and len(word) <= 2 and _in_numeric_date(text, m.start() - len(word), m.end()):
                continue  # the stops of a day and a month in digits: "Maribor, 20. 9. 2025 - ..."
            if word.isdigit() and len(word) == 1 and _CLUB_AFTER_ORDINAL.match(text, m.end()):
                continue  # German clubs' founding ordinal: "1. FC Köln", "1. FSV Mainz 05"
            if word.isdigit() and len(word) <= 2 and _ordinal_noun_follows(text, m.end()):
                continue  # an ordinal before a unit's name: "Żołnierze 18. Dywizji", "der 10. Panzerdivision"
            if word.isdigit() and len(word) <= 2 and text.endswith((", ", ": "), 0, m.start() - len(word)):
                continue  # an ordinal in a header's list: "Slalom, Herren, 1. Durchgang", "Fußball: 2. Liga"
        out.append((m.start() + 1, m.end()))
        start = m.end()
    return out


# The initials of a German club that its founding ordinal stands before ("1. FC Köln", "1. FSV Mainz 05").
_CLUB_AFTER_ORDINAL = re.compile(r"(?:FC|FSV|FFC|SC|SV|SSV|FCN|VfB|VfL)\s")


@cache
def _ordinal_nouns() -> frozenset[str]:
    return words("text", "ordinal_nouns_cased")


def _ordinal_noun_follows(text: str, at: int) -> bool:
    """Whether the word at AT is a numbered unit's or league's noun (`ordinal_nouns_cased`)."""
    return text[at : at + 30].split(" ", 1)[0].rstrip(".,;:") in _ordinal_nouns()


def _month_follows(text: str, at: int) -> bool:
    """Whether a month's name, in any language the date reader reads, is the word at AT."""
    word = text[at : at + 20].split(" ", 1)[0].rstrip(".,").lower()
    return word in month_names()


# Central European dates in digits with spaces after the stops: "20. 9. 2025", "3. 1. 2026".
_DAY_MONTH_YEAR = re.compile(r"(?<!\d)(?:0?[1-9]|[12]\d|3[01])\. (?:0?[1-9]|1[0-2])\. (?:1[89]|20)\d\d(?!\d)")


def _in_numeric_date(text: str, word_start: int, after: int) -> bool:
    """Whether the number at WORD_START, its stop before AFTER, is the day or the month of such a date."""
    if _DAY_MONTH_YEAR.match(text, word_start):
        return True  # the day
    day = _DAY_MONTH_YEAR.match(text, text.rfind(" ", 0, max(0, word_start - 1)) + 1)
    return day is not None and day.end() > after  # the month


def split_sentences(text: str) -> list[str]:
    out: list[str] = []
    start = 0
    for end, nxt in [*_boundaries(text), (len(text), len(text))]:
        piece = text[start:end].strip()
        if piece.endswith(".") and piece[:-1].rsplit(" ", 1)[-1] not in _abbreviations():
            piece = piece.rstrip(".").strip()  # but "in Chester, Pa." keeps the stop of its abbreviation
        if piece:
            out.append(piece)
        start = nxt
    return out


def last_sentence_start(text: str) -> int:
    """Offset where the last sentence of `text` begins (credits run back to a sentence start)."""
    breaks = _boundaries(text)
    return breaks[-1][1] if breaks else 0


# Tags and transmission notes close a caption: look for them only in its last lines.
_TAIL_WINDOW = 3000


def strip_tails(text: str) -> str:
    cut = max(0, len(text) - _TAIL_WINDOW)
    head, tail = text[:cut], text[cut:]
    for required, pattern in _tails():
        if required in tail:
            tail = pattern.sub("", tail)
    return head + tail
