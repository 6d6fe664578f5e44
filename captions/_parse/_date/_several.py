"""The picture's day among several days of sentence 1: a handout's release day or a dead man's against the
day shown, a wire dateline's filing day against the caption's own, a date closing the sentence against one
recalled inside it, a day and month naming a thing ("the January 6 committee"); and, where none of these
decides, a warning that sentence 1 names more than one day."""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache

from ..._model import WarningCode
from ..._rules import rules
from .._holiday import day_to_come
from ._spans import (
    _HEADER_REACH,
    DateFound,
    _cue,
    _cued,
    _read,
    _Span,
    _spans,
    _triggers,
    _Value,
    _weekday_of,
)


@cache
def _attribute() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = rules("date")
    return re.compile(data["attribute_before"]), re.compile(data["attribute_after"])


def names_a_thing(text: str, span: _Span) -> bool:
    """Whether a day and month without a year stand as the name of a thing ("the January 6 committee", "the
    Jan. 6 attack"): after the article and before a lower-case word that is no preposition."""
    if span.form == "wd" or _has_year(span):
        return False
    before, after = _attribute()
    return bool(before.search(text, max(0, span.start - 8), span.start)) and bool(after.match(text, span.end))


_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")


def _has_year(span: _Span) -> bool:
    return bool(_YEAR.search(span.text))


def release_after_capture(sentence: str, start: int) -> bool:
    """Whether a capture cue before START ("image taken from video") is followed, before the date, by the
    verb of a release ("... posted on social media on Dec. 1"): the date is the posting's; not where the two
    verbs are joined ("taken and released on")."""
    capture = _cue("capture_cues").search(sentence, max(0, start - 90), start)
    if capture is None:
        return False
    release = _cue("release_cues").search(sentence, capture.start() + 1, start)
    # "This handout picture taken and released on November 30, 2026": one day for both.
    return release is not None and not _BOTH.search(sentence, capture.start(), release.start())


_BOTH = re.compile(r"\b(?:and|or|&)\s*$")


def is_released(main: str, span: _Span) -> bool:
    return _cued(_cue("release_cues"), main, span.start)


def in_clause(main: str, span: _Span) -> bool:
    """Whether a date stands in a clause about someone else ("Pope Francis, who died on April 21, 2025")."""
    return _cued(_cue("clause_cues"), main, span.start)


def background(main: str, span: _Span) -> bool:
    """Whether a cue makes a full date of sentence 1 a release's, an event's or a relative clause's day."""
    return is_released(main, span) or _cued(_cue("event_cues"), main, span.start) or in_clause(main, span)


def weekday_apart(
    read: list[tuple[_Span, _Value | None]], full: list[tuple[_Span, _Value]], main: str
) -> int | None:
    """The weekday (0 for Monday) of sentence 1 standing apart from its full dates, not a day to come."""
    for span, _ in read:
        if span.form != "wd" or not span.weekday or day_to_come(main, span.start):
            continue
        if any(s.start <= span.start < s.end for s, _ in full):
            continue
        index = _weekday_of(span.weekday)
        if index is not None:
            return index
    return None


def weekday_beside(
    read: list[tuple[_Span, _Value | None]],
    full: list[tuple[_Span, _Value]],
    main: str,
    reference: date | None,
) -> date | None:
    """The day of a weekday of sentence 1 standing apart from its background full dates ("Smoke billows ...
    on Monday, in this picture obtained by Reuters on December 2, 2026"): the latest such weekday not after
    the release day, or not after the reference date where the full dates are a death's or an event's."""
    index = weekday_apart(read, full, main)
    if index is None:
        return None
    bases = [
        date(v.year, v.month, v.day) for s, v in full if v.year and v.month and v.day and is_released(main, s)
    ]
    if reference is not None:
        bases.append(reference)
    if not bases:
        return None
    base = min(bases)
    return base - timedelta(days=(base.weekday() - index) % 7)


# A wire dateline's date, the filing day, before its dash: "WASHINGTON, Dec. 3, 2026 -- ...".
_DATELINE_DASH = re.compile(r"\s*(?:\([A-Z][\w ]{0,20}\)\s*)?(?:--|[-–—])\s")


def _dateline(main: str, span: _Span) -> bool:
    return span.start < _HEADER_REACH and bool(_DATELINE_DASH.match(main, span.end))


# After a date closing its sentence, at most a word of its own ("13 февраля 2026 года.", "2025 r.", Uzbek
# "2027-yil"), and the same day by another calendar in brackets ("১৬ ডিসেম্বর ২০২৭ (১ পৌষ ১৪৩৪)").
_DATE_TAIL = re.compile(r"\s*-?(?:[^\W\d_]{1,6}\.?)?(?:\s*\([^()]{1,24}\))?\s*\.?\s*$")
# A date line in brackets, its weekday at most beside it: "(3 Mart 2027, Çarşamba)".
_BRACKETED_TAIL = re.compile(r"\s*(?:,\s*[^\W\d_]+\s*)?\)\s*\.?\s*$")


def closes_sentence(sentence: str, span: _Span) -> bool:
    """Whether a full date stands where a caption puts the picture's: after a comma, closing its sentence."""
    return sentence[: span.start].rstrip().endswith(",") and bool(_DATE_TAIL.match(sentence, span.end))


def date_alone(sentence: str, span: _Span) -> bool:
    """Whether a sentence is a full date alone, a word of its own after it at most: TASS's and Ukrinform's
    date line after the description ("15 января 2027 года."), "14th June 2025.", DHA's in brackets with its
    weekday ("(3 Mart 2027, Çarşamba)"); or a date heading the sentence it gives a semicolon to, as Sportsfile
    dates its description ("Semple Stadium, Thurles. 11 June 2028; Shane O'Donnell of Clare ...")."""
    before = sentence[: span.start].strip()
    if before == "(":
        return bool(_BRACKETED_TAIL.match(sentence, span.end))
    return not before and (
        bool(_DATE_TAIL.match(sentence, span.end)) or sentence[span.end :].lstrip().startswith(";")
    )


def choose(
    taken: list[tuple[_Span, _Value]], main: str
) -> tuple[tuple[_Span, _Value], tuple[WarningCode, str] | None]:
    """The picture's full date among sentence 1's uncued ones, and a warning where more than one day is left
    and nothing says which: a dateline's filing day yields to the caption's own; a date closing sentence 1
    after a comma (where wires put the picture's) wins over one recalled inside it ("29 Ekim 1923'te ilan
    edilen ..., 29 Ekim 2026.")."""
    days = {(v.year, v.month, v.day) for _, v in taken}
    if len(days) < 2:
        return taken[0], None
    own = [(s, v) for s, v in taken if not _dateline(main, s)]
    if own and len(own) < len(taken):
        return own[0], None
    last = taken[-1]
    if closes_sentence(main, last[0]):
        return last, None
    said = "; ".join(s.text for s, _ in taken)
    return taken[0], (WarningCode.PARTIAL_DATE, f"sentence 1 names several days ({said}): the first is kept")


# A day of the month alone in Japanese or Chinese text before a particle: "29日に打ち上げられた" (launched on
# the 29th), "29日の試合" (the 29th's match).
_CJK_DAY = re.compile(r"(?<![\d月])([0-3]?\d)\s?日(?=[にの])")


def other_cjk_day(found: DateFound, main: str, span: _Span) -> DateFound:
    """FOUND flagged where a Japanese or Chinese sentence 1 names another day of the month than its own
    ("29日に打ち上げられたH3ロケット＝…、12月1日、JAXA提供"): the picture may show either."""
    if (
        found.iso is None
        or len(found.iso) != len("2026-12-01")
        or span.form not in ("cjk", "cjkmd", "jday", "cday")
    ):
        return found
    day = int(found.iso[-2:])
    for m in _CJK_DAY.finditer(main):
        if not span.start <= m.start() < span.end and int(m.group(1)) != day:
            note = (WarningCode.PARTIAL_DATE, f"'{m.group()}' names another day than '{span.text}'")
            return DateFound(found.iso, found.anchor, (*found.warnings, note))
    return found


def release_day(
    sentences: tuple[str, ...], reference: date | None, anchor: tuple[int, int] | None
) -> DateFound | None:
    """With no other date, the day a handout or a video was released ("a video released on November 3,
    2026"): the picture was made then or before, so the day is given and flagged as no day taken."""
    for sentence in sentences:
        if not _triggers("not_capture_triggers").occurs(sentence.lower()):
            continue
        for span in _spans(sentence):
            value = _read(span)
            if value and value.year and value.day and _cued(_cue("released_cues"), sentence, span.start):
                made = date(value.year, value.month or 1, value.day)
                if reference and made > reference + timedelta(days=1):
                    continue
                note = (
                    WarningCode.PARTIAL_DATE,
                    f"'{span.text}' is the day the picture was released, not taken",
                )
                return DateFound(made.isoformat(), anchor, (note,))
    return None
