"""A picture's day written in a calendar of its own with no Gregorian day beside it: the Hijri months of the
Saudi and Gulf agencies ("يوم الجمعة 26 رمضان 1448هـ", "Ramadan 26, 1448 AH"), the Ethiopian months of
the Ethiopian News Agency ("ጥር 12 ቀን 2019 ዓ.ም", "Tir 11, 2019 E.C.") and the Hebrew ones of Israeli papers.

Read only where sentence 1 holds no Gregorian day with its year (an agency that writes both means the
Gregorian one), so the date spans of every caption are not searched for them. Iran's Solar Hijri and the
Thai Buddhist Era are among those spans (_spans): their days are exact and their months no other words.

The days are converted by packages made for it, imported only when a caption holds such a date: the
Ethiopian (the Coptic calendar, its era 276 years on) and the Hebrew calendars by convertdate, exactly. The
Hijri calendar by hijridate's Umm al-Qura tables (1343-1500 AH), which Saudi Arabia dates by and the Gulf
agencies of umm_al_qura_sources (date.toml) with it: their day is exact. A country that sights the moon
begins its month on Umm al-Qura's day or a day apart: a weekday written before the day (or elsewhere in the
sentence: "Friday prayers") says which; without one Umm al-Qura's day is given, flagged. Outside its tables
the arithmetic (tabular) calendar gives the day, flagged.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache

from ..._model import WarningCode
from ..._regex import alternation, union
from ..._rules import phrases, rules, words
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


def other_calendar_day(
    sentence: str, anchor: tuple[int, int] | None, source: str | None = None
) -> DateFound | None:
    """The Gregorian day of a Hijri, Hebrew or Ethiopian date in SENTENCE, or None; SOURCE is the caption's
    agency (the Hijri calendar it dates by)."""
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
        umm_al_qura = source in words("date", "umm_al_qura_sources_cased")
        return _hijri_day(int(m.group("year")), number, day, sentence, m, anchor, umm_al_qura=umm_al_qura)
    return None


# "Ramadan 26, 1448." or "... 1448)": a Latin-letter Hijri date closing its clause, where no mark follows.
_LATIN_YEAR_CLOSE = re.compile(r"\s*(?:[.,;)]|$)")


_HIJRI_MONTH_DAYS = 30
# The Amete Mihret era's year 1 is year 277 of the Coptic era (of the Martyrs): the same months and days.
_COPTIC_YEARS_BEFORE = 276


def _from_ethiopian(year: int, month: int, day: int) -> date | None:
    """The Gregorian day of an Ethiopian one (twelve months of 30 days and Pagume of 5 or 6), by
    convertdate's Coptic calendar; None for a day the month has not."""
    from convertdate import coptic  # only for a caption that holds such a date: start-up stays lean

    coptic_year = year - _COPTIC_YEARS_BEFORE
    if not 1 <= day <= coptic.month_length(coptic_year, month):
        return None
    return date(*coptic.to_gregorian(coptic_year, month, day))


# The Hebrew calendar's months as convertdate numbers them, Nisan 1: Adar (Adar I in a leap year) and Adar II.
_HEBREW_ADAR, _HEBREW_ADAR_II = 12, 13


def _from_hebrew(year: int, month: int, day: int, written: str) -> date | None:
    """The Gregorian day of a Hebrew one, by convertdate's Hebrew calendar (the fixed calendar of Hillel II).
    "אדר" alone in a leap year is Adar II; Adar II in a common year is no month."""
    from convertdate import hebrew  # only for a caption that holds such a date: start-up stays lean

    if month == _HEBREW_ADAR and hebrew.leap(year) and not written.endswith(("'", "׳")):
        month = _HEBREW_ADAR_II
    if month == _HEBREW_ADAR_II and not hebrew.leap(year):
        return None
    if not 1 <= day <= hebrew.month_length(year, month):
        return None
    # Counted from 1 Tishrei, the new year: convertdate's to_gregorian of a later month calls its own
    # deprecated month_days, a DeprecationWarning on every call.
    new_year = date(*hebrew.to_gregorian(year, hebrew.TISHRI, 1))
    order = [*range(hebrew.TISHRI, hebrew.year_months(year) + 1), *range(hebrew.NISAN, hebrew.TISHRI)]
    before = order[: order.index(month)]
    return new_year + timedelta(days=sum(hebrew.month_length(year, m) for m in before) + day - 1)


# A weekday more than this many days from Umm al-Qura's day is no day of that date.
_HIJRI_DRIFT = 1
# How far before the date its weekday may stand: "يوم الجمعة 26 رمضان", "on Friday, Ramadan 26".
_WEEKDAY_REACH = 3


def _umm_al_qura(year: int, month: int, day: int) -> date | None:
    """The day of a Hijri date in Saudi Arabia's Umm al-Qura calendar (hijridate's tables, 1343-1500 AH); None
    outside them or for the 30th of a month of 29 days there (a month a country that sights the moon may make
    30 days long)."""
    from hijridate import Hijri  # only for a caption that holds such a date: start-up stays lean

    try:
        return date.fromordinal(Hijri(year, month, day).to_gregorian().toordinal())
    except (OverflowError, ValueError):
        return None


def _hijri_estimate(year: int, month: int, day: int) -> tuple[date, bool]:
    """The day a Hijri date is read as before a weekday or an agency settles it, and whether it is Umm
    al-Qura's: else the day after Umm al-Qura's 29th for a 30th it has not, or the arithmetic (tabular)
    calendar's outside its tables (convertdate's)."""
    exact = _umm_al_qura(year, month, day)
    if exact is not None:
        return exact, True
    if day == _HIJRI_MONTH_DAYS and (last := _umm_al_qura(year, month, day - 1)) is not None:
        return last + timedelta(days=1), False
    from convertdate import islamic  # only for a caption that holds such a date: start-up stays lean

    return date(*islamic.to_gregorian(year, month, day)), False


def _hijri_day(
    year: int,
    month: int,
    day: int,
    sentence: str,
    m: re.Match[str],
    anchor: tuple[int, int] | None,
    *,
    umm_al_qura: bool,
) -> DateFound:
    """The day of a Hijri date: Umm al-Qura's for an agency that dates by it (UMM_AL_QURA), unless the weekday
    written right before the date falls on the day beside it (a month begun by sighting: Ramadan, Shawwal, Dhu
    al-Hijjah; flagged without a weekday that bears the tables' day out); else the day beside Umm al-Qura's
    that falls on the weekday the sentence names, right before the date ("يوم الجمعة 26 رمضان") or elsewhere
    ("Friday prayers"), and Umm al-Qura's day flagged without one."""
    estimate, exact = _hijri_estimate(year, month, day)
    before = [w.strip(",،.;:()") for w in sentence[: m.start()].split()[-_WEEKDAY_REACH:]]
    named = [w for w in reversed(before) if _weekday_of(w) is not None]
    if not (umm_al_qura and exact):
        named += _weekdays_written(sentence)
    for weekday in named:
        wanted = _weekday_of(weekday)
        for shift in range(-_HIJRI_DRIFT, _HIJRI_DRIFT + 1):
            made = estimate + timedelta(days=shift)
            if made.weekday() == wanted:
                return DateFound(made.isoformat(), anchor)
    if umm_al_qura and exact:
        if named:
            mismatch = (
                WarningCode.WEEKDAY_MISMATCH,
                f"'{m.group()}': {estimate.isoformat()} in the Umm al-Qura calendar is a "
                f"{estimate.strftime('%A')}, not a {named[0]}",
            )
            return DateFound(estimate.isoformat(), anchor, (mismatch,))
        sentence_weekdays = {_weekday_of(w) for w in _weekdays_written(sentence)}
        sighted_months = rules("date")["umm_al_qura_sighted_months"]
        if month not in sighted_months or estimate.weekday() in sentence_weekdays:
            # "Friday prayers ... on Ramadan 26" (a Friday by the tables): the sentence bears the day out.
            return DateFound(estimate.isoformat(), anchor)
        sighted = (
            WarningCode.PARTIAL_DATE,
            f"'{m.group()}' is a Hijri date, read by the Umm al-Qura calendar: Saudi Arabia begins this "
            "month by sighting the moon, which may set it a day apart",
        )
        return DateFound(estimate.isoformat(), anchor, (sighted,))
    how = (
        "read by the Umm al-Qura calendar: a country that sights the moon may begin the month a day apart"
        if exact
        else "read by the arithmetic calendar: Umm al-Qura's or a sighted month may begin a day apart"
    )
    note = (WarningCode.PARTIAL_DATE, f"'{m.group()}' is a Hijri date, {how}")
    return DateFound(estimate.isoformat(), anchor, (note,))


def _weekdays_written(sentence: str) -> list[str]:
    """The weekdays SENTENCE names anywhere ("Friday prayers"), as written."""
    return [s.weekday for s in _spans(sentence) if s.form == "wd" and s.weekday]


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
    Umm al-Qura calendar and a day either side, the latest not after the filing day, within a week; flagged,
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
        _hijri_estimate(year, month, day)[0] + timedelta(days=shift)
        for year in (near - 1, near, near + 1)
        for shift in range(-_HIJRI_DRIFT, _HIJRI_DRIFT + 1)
    ]
    gone = [d for d in candidates if d <= reference and (reference - d).days <= _FEAST_WITHIN]
    if not gone:
        return None
    made = max(gone)
    note = (
        WarningCode.PARTIAL_DATE,
        f"'{m.group()}' is a feast of the Hijri calendar: its first day is read by the Umm al-Qura calendar "
        "and the filing day; the day a country observes may be a day apart",
    )
    return DateFound(made.isoformat(), anchor, (note,))
