"""A picture's day written in a calendar of its own with no Gregorian day beside it: the Hijri months of the
Saudi and Gulf agencies ("يوم الجمعة 26 رمضان 1448هـ", "Ramadan 26, 1448 AH") and the Ethiopian months of
the Ethiopian News Agency ("ጥር 12 ቀን 2019 ዓ.ም", "Tir 11, 2019 E.C.").

Read only where sentence 1 holds no Gregorian day with its year (an agency that writes both means the
Gregorian one), so the date spans of every caption are not searched for them. Iran's Solar Hijri and the
Thai Buddhist Era are among those spans (_spans): their days are exact and their months no other words.

The Ethiopian calendar is arithmetic and read exactly. The Hijri month Saudi Arabia dates by (Umm al-Qura)
and the month other countries sight begin a day apart from the arithmetic (tabular) calendar's in a third
of months: a weekday written right before the day says which; without one the arithmetic day is given,
flagged.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache

from ..._model import WarningCode
from ..._regex import alternation
from ..._rules import phrases, rules
from ._spans import DateFound, _spans, _weekday_of

# The Hijri years agencies write (1300-1599 AH: 1882-2174).
_HIJRI_YEAR = r"1[345]\d\d"
# The Ethiopian years of the Amete Mihret era agencies write (1900-2099 EC: 1907-2107).
_ETHIOPIAN_YEAR = r"(?:19|20)\d\d"


def _month_group(name: str) -> str:
    """The months of a spelling table of date.toml as one group, in any case."""
    return f"(?i:{alternation(n for row in rules('date')[name] for n in row)})"  # type: ignore[literal-required]


@cache
def _hijri() -> re.Pattern[str]:
    months, marks = _month_group("hijri_months"), phrases("date", "hijri_year_marks_cased")
    year = rf"(?P<year>{_HIJRI_YEAR})(?!\d)\s*(?P<mark>{marks}(?![^\W\d_]))?"
    return re.compile(
        rf"(?<![\w-])(?:(?P<day>[0-3]?\d)\s+(?P<month>{months})|(?P<month2>{months})\s+(?P<day2>[0-3]?\d))"
        rf"(?![\w-])\s*,?\s*{year}"
    )


@cache
def _ethiopian() -> re.Pattern[str]:
    months, marks = _month_group("ethiopian_months"), phrases("date", "ethiopian_year_marks_cased")
    day_word = phrases("date", "ethiopian_day_words")
    year = rf"(?P<year>{_ETHIOPIAN_YEAR})(?!\d)\s*(?P<mark>{marks})?"
    return re.compile(
        rf"(?<![\w-])(?:(?P<day>[0-3]?\d)\s+(?P<month>{months})|(?P<month2>{months})\s+(?P<day2>[0-3]?\d))"
        rf"(?:\s*{day_word})?(?![\w-])\s*[,/]?\s*{year}"
    )


@cache
def _month_numbers(name: str) -> dict[str, int]:
    table: list[list[str]] = rules("date")[name]  # type: ignore[literal-required]
    return {n.lower(): number for number, row in enumerate(table, 1) for n in row}


# The Latin letters of a month's name: written so, it may be a word or a name, and needs its era's mark.
_LATIN = re.compile(r"[A-Za-z]")


# What a sentence must hold to be searched for either calendar's date: an Ethiopic letter or the Latin mark
# of its era, a Hijri year (most captions hold neither; their patterns are large alternations).
_ETHIOPIAN_HINT = re.compile(r"[\u1200-\u137f]|\bE\.?C\b")
_HIJRI_HINT = re.compile(rf"(?<!\d){_HIJRI_YEAR}(?!\d)")


def other_calendar_day(sentence: str, anchor: tuple[int, int] | None) -> DateFound | None:
    """The Gregorian day of a Hijri or Ethiopian date in SENTENCE, or None."""
    ethiopian = _ETHIOPIAN_HINT.search(sentence) is not None
    for m in _ethiopian().finditer(sentence) if ethiopian else ():
        month = m.group("month") or m.group("month2")
        if _LATIN.search(month) and not m.group("mark"):
            continue
        day = int(m.group("day") or m.group("day2"))
        made = _from_ethiopian(int(m.group("year")), _month_numbers("ethiopian_months")[month.lower()], day)
        if made is not None:
            return DateFound(made.isoformat(), anchor)
    for m in _hijri().finditer(sentence) if _HIJRI_HINT.search(sentence) else ():
        month = m.group("month") or m.group("month2")
        if _LATIN.search(month) and not m.group("mark") and not _LATIN_YEAR_CLOSE.match(sentence, m.end()):
            continue
        day = int(m.group("day") or m.group("day2"))
        number = _month_numbers("hijri_months")[month.lower()]
        if not 1 <= day <= _HIJRI_MONTH_DAYS:
            continue
        return _hijri_day(int(m.group("year")), number, day, sentence, m, anchor)
    return None


# "Ramadan 26, 1448." or "... 1448)": a Latin-letter Hijri date closing its clause, where no mark follows.
_LATIN_YEAR_CLOSE = re.compile(r"\s*(?:[.,;)]|$)")


_HIJRI_MONTH_DAYS = 30
_ETHIOPIAN_MONTH_DAYS = 30
_PAGUME = 13
# The day before Meskerem 1 of year 1 of the Amete Mihret era, as a proleptic Gregorian ordinal (27 August 8).
_ETHIOPIAN_EPOCH = date(8, 8, 26).toordinal()


def _from_ethiopian(year: int, month: int, day: int) -> date | None:
    """The Gregorian day of an Ethiopian one: twelve months of 30 days and Pagume of 5 (6 before a leap
    year of the Gregorian calendar, every fourth Ethiopian year)."""
    last = (6 if year % 4 == 3 else 5) if month == _PAGUME else _ETHIOPIAN_MONTH_DAYS
    if not 1 <= day <= last:
        return None
    days = 365 * (year - 1) + year // 4 + 30 * (month - 1) + day
    return date.fromordinal(_ETHIOPIAN_EPOCH + days)


# The day before 1 Muharram 1 AH in the arithmetic calendar, as a Gregorian ordinal: the epoch that keeps it
# within a day of Umm al-Qura's from 1420 to 1480 AH (1999-2058).
_HIJRI_EPOCH = date(622, 7, 17).toordinal()
# A weekday more than this many days from the arithmetic day is no day of that date.
_HIJRI_DRIFT = 1
# How far before the date its weekday may stand: "يوم الجمعة 26 رمضان", "on Friday, Ramadan 26".
_WEEKDAY_REACH = 3


def _tabular(year: int, month: int, day: int) -> date:
    """The arithmetic Hijri calendar's day: months of 30 and 29 days, 11 leap years in 30."""
    days = 354 * (year - 1) + (15 + 11 * year) // 30 + 29 * (month - 1) + month // 2 + day
    return date.fromordinal(_HIJRI_EPOCH + days)


def _hijri_day(
    year: int, month: int, day: int, sentence: str, m: re.Match[str], anchor: tuple[int, int] | None
) -> DateFound:
    """The day of a Hijri date: the arithmetic calendar's, or the day beside it that falls on the weekday
    the sentence names, right before the date ("يوم الجمعة 26 رمضان") or elsewhere ("Friday prayers")."""
    estimate = _tabular(year, month, day)
    before = [w.strip(",،.;:()") for w in sentence[: m.start()].split()[-_WEEKDAY_REACH:]]
    named = [w for w in reversed(before) if _weekday_of(w) is not None]
    named += [s.weekday for s in _spans(sentence) if s.form == "wd" and s.weekday]
    for weekday in named:
        wanted = _weekday_of(weekday)
        for shift in range(-_HIJRI_DRIFT, _HIJRI_DRIFT + 1):
            made = estimate + timedelta(days=shift)
            if made.weekday() == wanted:
                return DateFound(made.isoformat(), anchor)
    note = (
        WarningCode.PARTIAL_DATE,
        f"'{m.group()}' is a Hijri date, read by the arithmetic calendar: the month dated by Umm al-Qura "
        "or by sighting may begin a day apart",
    )
    return DateFound(estimate.isoformat(), anchor, (note,))
