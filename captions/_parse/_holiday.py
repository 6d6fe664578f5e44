"""Holidays that name a day, read with the year written after them: "on Christmas Day 2025", "am
Heiligabend 2025", "en Nochevieja de 2025", "Good Friday 2026" (date.toml [[holiday]]).

A fixed holiday is its day of that year; Easter's days are counted from the Western Easter Sunday, or the
Orthodox one where an Orthodox word stands right before the name ("Orthodox Easter Sunday 2026"); where
the sentence names an Orthodox church elsewhere, no holiday of it is read (which calendar is meant is not
certain). Thanksgiving is the US one, the fourth Thursday of November, said so in a note; in a sentence
that names Canada it is not read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from .._frozen import fast_init
from .._regex import alternation
from .._rules import rules

__all__ = ["HolidayDay", "day_to_come", "find_holidays", "holiday_day", "is_day_name", "recent_feast"]

_YEAR = r"(?:1[89]|20)\d{2}"
_THURSDAY = 3
_SUNDAY = 6  # Remembrance Sunday is the second Sunday of November
_FOURTH = 3  # weeks after the first Thursday


@fast_init
@dataclass(frozen=True)
class HolidayDay:
    day: date
    note: str | None  # why the day may be another (US Thanksgiving), for a partial_date warning


@cache
def _holidays() -> tuple[re.Pattern[str], dict[str, tuple[str, str | int]]]:
    """The pattern of a holiday's name and the year after it, and each name (folded) to its rule: ("day",
    "12-25"), ("easter", -2) or ("rule", "us_thanksgiving")."""
    data = rules("date")
    kinds: dict[str, tuple[str, str | int]] = {}
    for holiday in data["holiday"]:
        if "day" in holiday:
            month, day = (int(n) for n in holiday["day"].split("-"))
            date(2024, month, day)  # a day of a leap year, or ValueError: the rule file is wrong
            kind: tuple[str, str | int] = ("day", holiday["day"])
        elif "easter" in holiday:
            kind = ("easter", holiday["easter"])
        else:
            kind = ("rule", holiday["rule"])
        for name in holiday["names"]:
            kinds[_key(name)] = kind
    orthodox = alternation(data["orthodox_words"])
    names = alternation(n for h in data["holiday"] for n in h["names"])
    joiners = alternation(data["holiday_year_joiners"])
    pattern = re.compile(
        rf"(?<!\w)(?:(?P<orthodox>{orthodox})\s+)?(?P<name>{names}),?\s+(?:(?:{joiners})\s+)?(?P<year>{_YEAR})"
        r"(?![\d/–-])",
        re.IGNORECASE,
    )
    return pattern, kinds


@cache
def _last_words() -> frozenset[str]:
    """The last word of every holiday's name and the joiners, lower-cased: one of them stands in the two
    words before a year that a holiday names ("Day 2025", "Nochevieja de 2025")."""
    data = rules("date")
    last = {_WORD.findall(n.lower())[-1] for h in data["holiday"] for n in h["names"]}
    return frozenset(last | {j.lower() for j in data["holiday_year_joiners"]})


@cache
def _day_names() -> frozenset[str]:
    data = rules("date")
    return frozenset(
        _key(n) for n in (*data["named_days"], *(n for h in data["holiday"] for n in h["names"]))
    )


def is_day_name(text: str) -> bool:
    """Whether TEXT is the whole name of a holiday or another named day ("New Year's Eve", "Mother's Day"):
    a time, never a place."""
    return _key(text) in _day_names()


_WORD = re.compile(r"[^\W\d_]+")
_YEAR_ALONE = re.compile(rf"(?<!\d){_YEAR}(?![\d/–-])")
# How far before its year a holiday's name may start ("Tag der Deutschen Einheit, 2025").
_REACH = 60


def _key(name: str) -> str:
    return " ".join(name.lower().replace("’", "'").split())


@cache
def _orthodox_pattern() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{alternation(rules('date')['orthodox_words'])})(?!\w)", re.IGNORECASE)


@cache
def _ahead_cues() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for p in rules("date")["holiday_ahead_cues"])


def day_to_come(text: str, start: int) -> bool:
    """Whether the day named at START is one a cue right before makes a day to come: "ahead of New Year's
    Eve 2025", "warm up ahead of Saturday's game" (the picture is from before it)."""
    return any(cue.search(text, 0, start) for cue in _ahead_cues())


_CANADA = re.compile(r"\bCanad(?:a|ian)\b")


def find_holidays(text: str) -> tuple[tuple[int, int, bool], ...]:
    """Where TEXT names a holiday with its year ("Christmas Day 2025"), and whether it is read as a day:
    one that is not ("Orthodox faithful ... on Easter Sunday 2026") is no weekday's date either."""
    found = []
    # The year's pattern is the whole test for a text without one (no digit, no year: no holiday's day),
    # where a character-by-character digit test came first.
    for year in _YEAR_ALONE.finditer(text):
        # A year only a holiday's last word or a joiner stands before is looked at: most are not.
        if not _last_words().intersection(
            _WORD.findall(text[max(0, year.start() - 30) : year.start()].lower())[-2:]
        ):
            continue
        pattern, kinds = _holidays()
        window = pattern.finditer(text, max(0, year.start() - _REACH), year.end())
        m = next((m for m in window if m.end() == year.end()), None)
        if m is None:
            continue
        orthodox = m.group("orthodox") is not None
        # Which Easter an Orthodox word elsewhere in the sentence means is not certain; Canada's
        # Thanksgiving is the second Monday of October.
        sure = len(_orthodox_pattern().findall(text)) <= int(orthodox) and not (
            kinds[_key(m.group("name"))][0] == "rule" and _CANADA.search(text)
        )
        # "ahead of New Year's Eve 2025": a day to come, not the day the picture was made.
        sure = sure and not day_to_come(text, m.start())
        found.append((m.start(), m.end(), sure and holiday_day(m.group()) is not None))
    return tuple(found)


def holiday_day(said: str) -> HolidayDay | None:
    """The day a holiday and its year name (SAID, as find_holidays found it), or None ("Orthodox Christmas
    Day 2026": another calendar)."""
    pattern, kinds = _holidays()
    m = pattern.fullmatch(said)
    if m is None:
        return None
    year = int(m.group("year"))
    kind, value = kinds[_key(m.group("name"))]
    orthodox = m.group("orthodox") is not None
    if kind == "day":
        if orthodox:
            return None
        month, day = (int(n) for n in str(value).split("-"))
        return HolidayDay(date(year, month, day), None)
    if kind == "easter":
        # Imported here: the first record of a process needs no dateutil (test_pattern_cache.py).
        from dateutil.easter import EASTER_ORTHODOX, EASTER_WESTERN, easter

        sunday = easter(year, EASTER_ORTHODOX if orthodox else EASTER_WESTERN)
        return HolidayDay(sunday + timedelta(days=int(value)), None)
    if orthodox:
        return None
    first = date(year, 11, 1)
    if value == "uk_remembrance_sunday":
        return HolidayDay(first + timedelta(days=(_SUNDAY - first.weekday()) % 7 + 7), None)
    thursday = first + timedelta(days=(_THURSDAY - first.weekday()) % 7 + 7 * _FOURTH)
    if value == "us_black_friday":
        return HolidayDay(thursday + timedelta(days=1), None)
    return HolidayDay(thursday, "read as the US Thanksgiving, the fourth Thursday of November")


# A holiday named without its year is the picture's day only this many days before the filing day at most,
# as a bare weekday is the latest such day within a week.
_RECENT_DAYS = 6


@cache
def _fixed_names() -> tuple[re.Pattern[str], dict[str, str]]:
    """The names of holidays on a fixed day, with no year after them, and each (folded) to its "MM-DD"."""
    data = rules("date")
    days = {_key(n): h["day"] for h in data["holiday"] if "day" in h for n in h["names"]}
    names = alternation(n for h in data["holiday"] if "day" in h for n in h["names"])
    before = alternation(data["holiday_time_prepositions"])
    return re.compile(rf"(?<!\w)(?:{before})\s+(?P<name>{names})(?!\w)", re.IGNORECASE), days


def recent_feast(text: str, reference: date | None, feasts: re.Pattern[str]) -> date | None:
    """The day a feast named with its weekday names without its year ("for the Remembrance Sunday service",
    "on Black Friday"; FEASTS finds the names, its group "name"): its latest date not after the filing day,
    if that is within a week; else None, as for a day to come ("ahead of Black Friday") or a feast another
    church may keep on another day (an Orthodox word in the text)."""
    if reference is None:
        return None
    m = feasts.search(text)
    if m is None or day_to_come(text, m.start()) or _orthodox_pattern().search(text):
        return None
    for year in (reference.year, reference.year - 1):
        found = holiday_day(f"{m.group('name')} {year}")
        if found and found.day <= reference:
            return found.day if (reference - found.day).days <= _RECENT_DAYS else None
    return None


def recent_holiday(text: str, reference: date | None) -> date | None:
    """The day a holiday on a fixed day names without its year ("på nyårsafton", "on Christmas Eve"), read
    against the filing day: its latest date not after it, if that is within a week; else None. Not a
    day to come ("ahead of New Year's Eve"), nor a holiday of another calendar ("Orthodox Christmas")."""
    if reference is None:
        return None
    pattern, days = _fixed_names()
    m = pattern.search(text)
    if m is None or day_to_come(text, m.start("name")) or _orthodox_pattern().search(text):
        return None
    month, day = (int(n) for n in days[_key(m.group("name"))].split("-"))
    made = date(reference.year, month, day)
    if made > reference:
        made = date(reference.year - 1, month, day)
    return made if (reference - made).days <= _RECENT_DAYS else None
