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
from ..._regex import alternation, union
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


# A Hebrew day or year in letters: one letter and a geresh ("ח'"), or letters with a gershayim before the last
# ("ט"ו", "תשפ"ז"); the year may open with the millennium's "ה'" ("ה'תשפ"ז").
_HEBREW_NUMBER = r"[א-ת](?:['׳]|[א-ת]?[\"״][א-ת])"
_HEBREW_YEAR = r"(?:ה['׳]\s?)?[א-ת]{1,3}[\"״][א-ת]"


@cache
def _hebrew() -> re.Pattern[str]:
    months = alternation(n for row in rules("date")["hebrew_months"] for n in row)
    return re.compile(
        rf"(?<![א-ת])(?P<day>{_HEBREW_NUMBER})\s+[בל](?P<month>{months})(?![א-ת])\s*,?\s*(?P<year>{_HEBREW_YEAR})"
    )


# The letters' values: units, tens and hundreds, a final form worth its letter's.
_GEMATRIA = {
    **dict(zip("אבגדהוזחט", range(1, 10), strict=True)),
    **dict(zip("יכלמנסעפצ", range(10, 100, 10), strict=True)),
    **dict(zip("ךםןףץ", (20, 40, 50, 80, 90), strict=True)),
    **dict(zip("קרשת", range(100, 500, 100), strict=True)),
}
_HEBREW_MILLENNIUM = 5000


def _gematria(letters: str) -> int:
    """The number Hebrew letters write, their marks aside."""
    return sum(_GEMATRIA.get(c, 0) for c in letters)


def _hebrew_year(written: str) -> int:
    """The year a Hebrew year in letters writes ("תשפ"ז", "ה'תשפ"ז": 5787)."""
    written = re.sub(r"^ה['׳]\s?", "", written)
    return _HEBREW_MILLENNIUM + _gematria(written)


# What a sentence must hold to be searched for either calendar's date: an Ethiopic letter or the Latin mark
# of its era, a Hijri year (most captions hold neither; their patterns are large alternations).
_ETHIOPIAN_HINT = re.compile(r"[\u1200-\u137f]|\bE\.?C\b")
_HIJRI_HINT = re.compile(rf"(?<!\d){_HIJRI_YEAR}(?!\d)")
_HEBREW_HINT = re.compile(r"[א-ת][\"״][א-ת]")


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
    for m in _hebrew().finditer(sentence) if _HEBREW_HINT.search(sentence) else ():
        month = _month_numbers("hebrew_months")[m.group("month").lower()]
        made = _from_hebrew(_hebrew_year(m.group("year")), month, _gematria(m.group("day")), m.group("month"))
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


# The Hebrew calendar (the fixed calendar of Hillel II): a month is 765433/25920 days, a year opens on the day
# of its month's new moon (molad) or a day or two after, never on a Sunday, Wednesday or Friday.
_HEBREW_TISHREI = 7
_HEBREW_ADAR, _HEBREW_ADAR_II = 12, 13
_PARTS_A_DAY = 25920
# 1 Tishrei 5787, the Gregorian ordinal the reckoning is anchored to (12 September 2026).
_TISHREI_5787 = date(2026, 9, 12).toordinal()


def _hebrew_leap(year: int) -> bool:
    return (7 * year + 1) % 19 < 7  # seven leap years in a cycle of nineteen


@cache
def _hebrew_elapsed(year: int) -> int:
    """Days from the calendar's epoch to 1 Tishrei of YEAR, before the postponements of the year's length."""
    months = (235 * year - 234) // 19
    parts = 12084 + 13753 * months
    day = months * 29 + parts // _PARTS_A_DAY
    return day + 1 if (3 * (day + 1)) % 7 < 3 else day  # not Sunday, Wednesday, Friday


def _hebrew_new_year(year: int) -> int:
    """1 Tishrei of YEAR as a Gregorian ordinal: a year of 356 days or a leap year's of 382 is postponed."""
    before, this, after = (_hebrew_elapsed(y) for y in (year - 1, year, year + 1))
    delay = 2 if after - this == 356 else 1 if this - before == 382 else 0
    return _TISHREI_5787 + this + delay - _hebrew_elapsed(5787)


def _hebrew_month_days(year: int, month: int) -> int:
    length = _hebrew_new_year(year + 1) - _hebrew_new_year(year)
    if month in (2, 4, 6, 10, _HEBREW_ADAR_II) or (month == _HEBREW_ADAR and not _hebrew_leap(year)):
        return 29
    if month == 8:  # Heshvan: 30 days in a complete year
        return 30 if length % 10 == 5 else 29
    if month == 9:  # Kislev: 29 days in a deficient year
        return 29 if length % 10 == 3 else 30
    return 30


def _from_hebrew(year: int, month: int, day: int, written: str) -> date | None:
    """The Gregorian day of a Hebrew one. "אדר" alone in a leap year is Adar II; Adar II in a common year is
    no month."""
    if month == _HEBREW_ADAR and _hebrew_leap(year) and not written.endswith(("'", "׳")):
        month = _HEBREW_ADAR_II
    if month == _HEBREW_ADAR_II and not _hebrew_leap(year):
        return None
    if not 1 <= day <= _hebrew_month_days(year, month):
        return None
    last = _HEBREW_ADAR_II if _hebrew_leap(year) else _HEBREW_ADAR
    # The year opens with Tishrei; Nisan (1) to Elul (6) come after Adar.
    order = [*range(_HEBREW_TISHREI, last + 1), *range(1, _HEBREW_TISHREI)]
    before = order[: order.index(month)]
    days = sum(_hebrew_month_days(year, m) for m in before) + day - 1
    return date.fromordinal(_hebrew_new_year(year) + days)


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


@cache
def _feasts() -> tuple[re.Pattern[str], dict[str, tuple[int, int]], re.Pattern[str]]:
    """The Hijri feasts' names as one pattern, each name to its (month, day), and the first-day phrases."""
    days = {
        n.lower(): (row["month"], row["day"]) for row in rules("date")["hijri_feast"] for n in row["names"]
    }
    names = re.compile(rf"(?<!\w)(?i:{alternation(days)})(?!\w)")
    return names, days, re.compile(union(rules("date")["hijri_feast_first_day"]))


# How many days before the filing day a feast's first day is read ("on the first day of Eid al-Adha").
_FEAST_WITHIN = 6
# The mean Hijri year in Gregorian years (354.37 days), to find the feast's year near the filing day.
_HIJRI_YEARS_A_YEAR = 365.2425 / 354.367
_HIJRI_YEAR_ONE = 622


def first_feast_day(
    sentence: str, reference: date | None, anchor: tuple[int, int] | None
) -> DateFound | None:
    """The first day of a Hijri feast SENTENCE names ("Kurban Bayramı'nın ilk gününde"): of its day in the
    arithmetic calendar and a day either side, the latest not after the filing day, within a week; flagged,
    as the day a country observes may differ. None without a reference date or a first-day phrase."""
    if reference is None:
        return None
    names, days, first = _feasts()
    m = names.search(sentence)
    if m is None or first.search(sentence) is None:
        return None
    month, day = days[m.group().lower()]
    near = round((reference.year - _HIJRI_YEAR_ONE) * _HIJRI_YEARS_A_YEAR) + 1
    candidates = [
        _tabular(year, month, day) + timedelta(days=shift)
        for year in (near - 1, near, near + 1)
        for shift in range(-_HIJRI_DRIFT, _HIJRI_DRIFT + 1)
    ]
    gone = [d for d in candidates if d <= reference and (reference - d).days <= _FEAST_WITHIN]
    if not gone:
        return None
    made = max(gone)
    note = (
        WarningCode.PARTIAL_DATE,
        f"'{m.group()}' is a feast of the Hijri calendar: its first day is read by the arithmetic calendar "
        "and the filing day; the day a country observes may be a day apart",
    )
    return DateFound(made.isoformat(), anchor, (note,))
