"""Date spans in a text and the values they read: digits, month words, cues and the words around a date."""

from __future__ import annotations

import calendar
import itertools
import re
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache
from typing import Literal

from ..._fold import fold
from ..._frozen import fast_init
from ..._model import WarningCode
from ..._regex import TriggerScanner, alternation, union
from ..._rules import rules, words
from .._holiday import find_holidays, holiday_day
from ._words import (
    _YEAR_DIGITS,
    YEAR,
    _ascii_spans_pattern,
    _day_stop_months,
    _generated,
    _joiner,
    _month_year_words,
    _spans_pattern,
    _variants,
    _vocabulary,
    _year_first_words,
)


@fast_init
@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    text: str
    form: str
    weekday: str | None


@fast_init
@dataclass(frozen=True)
class _Value:
    """What a date text says: year None when it gave none; day None for a month-year, month None for a
    year alone."""

    year: int | None
    month: int | None
    day: int | None


@fast_init
@dataclass(frozen=True)
class DateFound:
    iso: str | None
    anchor: tuple[int, int] | None  # where sentence 1's date sits, for the place parser
    warnings: tuple[tuple[WarningCode, str], ...] = ()
    # Read from a weekday alone, the latest such day before filing ("on Tuesday"): a file picture's weekday
    # is the news's day, not the picture's (the caller, which reads the provenance, drops it).
    weekday_alone: bool = False


_FORMS = (
    "num",
    "num2",
    "dmy2",
    "roman",
    "iso",
    "ynum",
    "cjk",
    "minguo",
    "jera",
    "cjkmd",
    "solar",
    "thai",
    "khmer",
    "burmese",
    "mongol",
    "compact",
    "jday",
    "cday",
    "wday",
    "oday",
    "ndm",
    "dmy",
    "ymd",
    "mdy",
    "dm",
    "solar1",
    "wd",
)

_FORM_NAMES = frozenset(_FORMS)


_SHORT_CASE = 4  # "mail" (Estonian "in May") is an English word after a number too


@cache
def _day_month_words() -> frozenset[str]:
    """The words a day-month without a year may be written with ("le 14 juillet", "13 JUILLET", "7 June"):
    full names in any case, English abbreviations with a capital; not "3 set", "5 out", "2 mar"; case
    forms the CLDR lacks as written, of five letters or more ("15. marta", not "3 mail"). A full name of three
    letters is a name too, in lower case as its language writes it ("le 14 mai", "den 3 maj", "20 мая");
    not one spelt as an English month, which English writes capitalised ("3 may")."""
    vocabulary = _vocabulary()
    names = list(vocabulary.wide_months) + list(vocabulary.english_months)
    english = {n.lower() for group in _generated()["en"]["months"] for n in group}
    wide = frozenset(vocabulary.wide_months) - english
    cases = frozenset(n for n in vocabulary.case_months if len(n) > _SHORT_CASE and n in vocabulary.months)
    return cases | frozenset(
        v
        for n in names
        for v in _variants([n])
        if (len(n) > 3 or not v.islower() or v in wide) and n.lower() in vocabulary.months
    )


@cache
def _around() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A year standing after a word (a month-year, "März 2024"), and the word before a date (a weekday,
    "Saturday, June 11"): looked for around a match rather than compiled into the span pattern, where
    a pattern for any word would be tried at every word of every caption."""
    word = r"[^\W\d_]{2,14}"
    # A year not inside a number or a code: the character before it is checked after a match (_spans),
    # so that the engine can skip to the years' first digits rather than test a lookbehind everywhere.
    year = re.compile(rf"{YEAR}(?![\d/-])")
    month_before = re.compile(rf"(?<!\w)(?P<word>{word})\.?[,،]?\s+{_joiner()}$")
    # The comma may be the Arabic script's ("بروز پیر، 11 جنوری 2027", "الخميس، 14 كانون الثاني").
    word_before = re.compile(rf"(?<!\w)(?P<word>{word})(?P<stop>\.?[,،]?)\s+$")
    return year, month_before, word_before


# How far into its sentence a date of running digits is read: after a town's name ("Oslo 20250916").
_HEADER_REACH = 40

_NOT_BEFORE_YEAR = re.compile(r"[\w.,/-]")
_WORD_BEFORE = re.compile(r"[\w'’-] $")
_WEEKDAY_BEFORE_BRACKET = re.compile(r"(?<!\w)(?P<word>[^\W\d_]{3,14})\s*\($")
# A word right after a day and month: for a month that is also a word or a name, no date.
_WORD_AFTER = re.compile(r"\s+[^\W\d_]")


@cache
def _homograph_months() -> frozenset[str]:
    return words("date", "homograph_months")


def _homograph_month_first(said: str) -> bool:
    """Whether a month-first date without a year opens with a month that is also a word ("Set 2")."""
    return said.split(None, 1)[0].rstrip(".").lower() in _homograph_months() and _YEAR_IN.search(said) is None


_YEAR_IN = re.compile(r"\d{4}")


@lru_cache(maxsize=4096)
def _spans(text: str) -> tuple[_Span, ...]:
    out: list[_Span] = []
    pattern = _ascii_spans_pattern() if text.isascii() else _spans_pattern()
    weekdays, plain = _vocabulary().weekdays, _vocabulary().plain_weekdays
    months = _vocabulary().months
    month_year, day_month = _month_year_words(), _day_month_words()
    year, month_before, word_before = _around()
    pos = 0
    while m := pattern.search(text, pos):
        # One form's group holds the match (the forms are alternatives); it is most often the group that
        # closed last, which saves trying the forms in turn.
        last = m.lastgroup
        if last is not None and last in _FORM_NAMES and m.group(last):
            form = last
        else:
            form = next(name for name in _FORMS if m.group(name))
        start, pos = m.start(), m.end()
        if form == "dmy2" and m.group("d2mon").lower() not in months:
            pos = m.start("d2mon")
            continue
        if form == "dmy" and m.group("dmymon").lower() not in months and not _split_month(m.group("dmymon")):
            pos = m.start("dmymon")
            continue
        if (
            form == "dm"
            and m.group("dmon") not in day_month
            and not _agency_dateline(m)
            and not _split_month(m.group("dmon"))
        ):
            pos = m.start("dmon")
            continue
        if (
            form == "dm"
            and m.group("dmon").lower() in _homograph_months()
            and _WORD_AFTER.match(text, m.end())
        ):
            pos = m.start("dmon")  # "a mother of 3 Julie Moore", "13 Mac laptops": a name or a word
            continue
        if form == "mdy" and _ORDINAL_END.search(m.group("mdy")) and _NAME_AFTER.match(text, m.end()):
            pos = m.end()  # "the May 18th National Cemetery", "July 4th Parade": a name holds the day
            continue
        if form == "mdy" and _homograph_month_first(m.group("mdy")) and _WORD_AFTER.match(text, m.end()):
            pos = m.end()  # "won Set 2 of the final": Filipino September's abbreviation is a word
            continue
        if form == "wday" and not _WIRE_TOWN.fullmatch(text, 0, start):
            continue
        if form == "ndm" and not _day_month_cued(text, start):
            continue
        if form == "compact" and start > _HEADER_REACH:
            pos = m.end()  # deeper in a sentence, eight digits are a number or a code ("case 20240115")
            continue
        if form == "ymd" and m.group("ymon").lower() not in _year_first_words():
            pos = start + _YEAR_DIGITS  # past the year: a date may follow it ("2024. 18. März 2025")
            continue
        weekday = m.group("wd")
        if (
            form == "wd"
            and _name_word(weekday)
            and _WORD_BEFORE.search(text, max(0, start - 40), start)
            and not _weekday_led(text, start)
        ):
            continue  # "Santo Domingo", "Plácido Domingo": Spanish and French write weekdays in lower case
        if form == "wd" and _place_noun_after(text, pos):
            continue  # "skiers at Sunday River", "in Friday Harbor": a place's name holds the weekday
        if form in ("dmy", "mdy", "dm"):
            before = word_before.search(text, max(0, start - 20), start)
            # Another language's short weekday counts with its stop or comma ("sáb., 3 de marzo"): bare,
            # it may be a word ("a man 3 March", "sex", "don").
            said = before.group("word").lower() if before else ""
            # With a comma only, one opening its phrase: after a word it ends a name ("La Paz, 2 de febrero",
            # "Viña del Mar, 9 de marzo": Turkish "Paz", Spanish "mar").
            after_word = bool(_WORD_BEFORE.search(text, max(0, start - 40), before.start() if before else 0))
            named = "." not in (before.group("stop") if before else "") and after_word
            # "Santo Domingo, 5 may": a weekday written as a name is, after a word (see _name_word).
            name = before is not None and after_word and _name_word(before.group("word"))
            short = said in weekdays and bool(before and before.group("stop")) and not named
            if before and not name and (said in plain or short):
                weekday, start = before.group("word"), before.start()
                while out and out[-1].start >= start:  # the weekday, found alone before the date was
                    out.pop()
        if form in ("num", "ndm"):
            # Antara, Kompas: "Sabtu (27/12/2026)", the weekday before the date in brackets is checked too.
            bracket = _WEEKDAY_BEFORE_BRACKET.search(text, max(0, start - 20), start)
            if bracket and bracket.group("word").lower() in weekdays:
                weekday = bracket.group("word")
        out.append(_Span(start, pos, text[start:pos], form, weekday))
    if out and not any(s.form != "wd" for s in out) and not _DIGIT.search(text):
        # "Worshippers attend Friday prayers": a rite named after its weekday, with no date written, says
        # when the rite is held each week, not when the picture was made (with a date, even one of
        # another calendar, "on Ramadan 26, 1448 AH", it confirms the day).
        out = [s for s in out if not (s.form == "wd" and _rite_after(text, s.end))]
    # "for Palm Sunday Mass at the Vatican on March 21, 2027", "a Black Friday banner ... on Tuesday": a feast
    # named with its weekday is no bare weekday (alone, the feast's own day may date the picture:
    # _holiday.recent_feast).
    out = [
        s for s in out if not (s.form == "wd" and _feast_before().search(text, max(0, s.start - 40), s.start))
    ]
    # A holiday with its year ("on Christmas Day 2025", "am Heiligabend 2025"): a full date (_holiday.py).
    # Its weekday ("Easter Sunday", "Good Friday") is no other date, read or not.
    for a, b, read in find_holidays(text):
        out = [s for s in out if not (s.form == "wd" and a <= s.start and s.end <= b)]
        if read and not any(s.start < b and a < s.end for s in out):
            out.append(_Span(a, b, text[a:b], "hol", None))
    taken = [(s.start, s.end) for s in out]
    for y in year.finditer(text):
        if y.start() and _NOT_BEFORE_YEAR.match(text, y.start() - 1):
            continue  # inside a number or a code: its digits leave no other year in it to find
        if any(a <= y.start() < b for a, b in taken):
            continue
        before = month_before.search(text, max(0, y.start() - 30), y.start())
        if before and before.group("word") in month_year:
            out.append(_Span(before.start(), y.end(), text[before.start() : y.end()], "my", None))
    # A month and year in Chinese, Japanese or Korean with no day after them ("1990年3月", "1987년 5월").
    if "月" in text or "월" in text:
        for m in _CJK_MONTH_YEAR.finditer(text):
            if not any(a < m.end() and m.start() < b for a, b in taken):
                out.append(_Span(m.start(), m.end(), m.group(), "cjkmy", None))
    return tuple(sorted(out, key=lambda span: span.start))


_CJK_MONTH_YEAR = re.compile(rf"(?<!\d)({YEAR})\s?[年년]\s?(?:[01]?\d)\s?[月월](?!\s?[0-3]?\d\s?[日일])")


# A parenthesised agency right after a day and month: the Spanish-language wires' dateline ("La Paz,
# 3 mar (EFE).-", "Quito, 1 may (Prensa Latina)") writes its months short and in lower case.
_AGENCY_AFTER = re.compile(r"\.?\s*\((?=[A-Z])")
# The town that opens a text agency's dateline, and its comma ("Roma, ", "SANTA CRUZ DE TENERIFE, ", "Santa
# Cruz de Tenerife, ": capitalised words, and short particles), after the agency's tag where it leads
# ("(ANSA) - ROMA, "); and the dash after the date where no agency's name stands (ANSA: "Roma, 9 dic - "),
# or the end of the sentence ("MADRID, 9 Dic. (EUROPA PRESS)" is cut at its stop).
_WIRE_TOWN = re.compile(
    r"(?:\([A-Z][A-Za-z]{1,15}\)\s*[-–—]\s*)?"
    r"[A-ZÀ-Þ][^\W\d_]*(?:(?: [a-zà-ÿ]{1,3})?[ '’-][A-ZÀ-Þ][^\W\d_]*){0,4}, "
)
_DASH_AFTER = re.compile(r"\s+[-–—]\s|\.?$")


# A day with its ordinal ending, no year after it, then a capitalised word: the day is in a name.
_ORDINAL_END = re.compile(r"\d(?:st|nd|rd|th)$")
_NAME_AFTER = re.compile(r" [A-Z][a-z]")

_CAPITALISED_AFTER = re.compile(r" (?P<word>[A-Z][a-z]+)\b")


def _place_noun_after(text: str, end: int) -> bool:
    """Whether a capitalised place noun follows a weekday, making it a place's name ("Sunday River")."""
    m = _CAPITALISED_AFTER.match(text, end)
    return m is not None and m.group("word").lower() in _place_nouns()


_DIGIT = re.compile(r"\d")
_WORD_AFTER_WEEKDAY = re.compile(r" (?P<word>[^\W\d_]+)")


def _rite_after(text: str, end: int) -> bool:
    """Whether a rite's noun follows a weekday ("Friday prayers", "Sunday Mass"): the rite's name."""
    m = _WORD_AFTER_WEEKDAY.match(text, end)
    return m is not None and m.group("word").lower() in words("date", "weekday_rite_nouns")


@cache
def weekday_feasts() -> re.Pattern[str]:
    """The names of the holidays of date.toml that close with a weekday ("Good Friday", "Black Friday",
    "Remembrance Sunday"), in any case, as group "name"."""
    weekdays = _vocabulary().weekdays
    names = [
        name
        for holiday in rules("date")["holiday"]
        for name in holiday["names"]
        if len(name.split()) > 1 and name.split()[-1].lower() in weekdays
    ]
    return re.compile(rf"(?<![\w-])(?P<name>{alternation(names)})(?![\w-])", re.IGNORECASE)


@cache
def _feast_before() -> re.Pattern[str]:
    """The words before a weekday that make it a feast's name ("Palm Sunday", "Good Friday"): the holidays of
    date.toml whose name closes with a weekday."""
    weekdays = _vocabulary().weekdays
    heads = {
        " ".join(name.split()[:-1])
        for holiday in rules("date")["holiday"]
        for name in holiday["names"]
        if len(name.split()) > 1 and name.split()[-1].lower() in weekdays
    }
    return re.compile(rf"(?<![\w-])(?:{alternation(heads)})\s+$")


@cache
def _place_nouns() -> frozenset[str]:
    return words("place", "facilities") | words("place", "landforms")


# The word before a day and month in digits, an opening parenthesis between: "Senin (30/11)".
_CUE_BEFORE = re.compile(r"(?<!\w)(?P<word>[^\W\d_]{2,14}),?\s+\(?$")


def _day_month_cued(text: str, start: int) -> bool:
    """Whether a day and month in digits follows a day word ("ngày", "sáng") or a weekday."""
    before = _CUE_BEFORE.search(text, max(0, start - 20), start)
    if before is None:
        return False
    word = before.group("word").lower()
    return word in words("date", "day_month_cues") or word in _vocabulary().weekdays


# The word right before a weekday.
_LEAD_BEFORE = re.compile(r"(?<!\w)(?P<word>[^\W\d_]{2,14})\s+$")


def _weekday_led(text: str, start: int) -> bool:
    """Whether a capitalised weekday follows a word that says a day follows ("nitong Lunes")."""
    before = _LEAD_BEFORE.search(text, max(0, start - 20), start)
    return before is not None and before.group("word").lower() in words("date", "weekday_leads")


def _name_word(weekday: str) -> bool:
    """Whether a weekday read alone is written as a name is, capitalised, in a language whose weekdays are
    written in lower case ("Domingo", "Martes"; not "Sunday", "Sonntag")."""
    return weekday[:1].isupper() and weekday[1:].islower() and fold(weekday) in _lower_case_weekdays()


@cache
def _lower_case_weekdays() -> frozenset[str]:
    """The weekdays of the languages read capitalised (standalone_weekday_languages) that the CLDR writes in
    lower case, accents dropped."""
    generated = _generated()
    return frozenset(
        fold(n)
        for code in rules("date")["standalone_weekday_languages"]
        for group in generated[code]["weekdays"]
        for n in group
        if n.islower()
    )


def _agency_dateline(m: re.Match[str]) -> bool:
    """Whether a day and a short month's name in lower case ("3 mar") make a text agency's dateline: before
    the agency's name ("Madrid, 9 dic (EFE).-"), or between the town that opens the caption and a dash
    (ANSA: "Roma, 9 dic - ")."""
    if m.group("dmon").lower() not in _vocabulary().months:
        return False
    if _AGENCY_AFTER.match(m.string, m.end()):
        return True
    return bool(_WIRE_TOWN.fullmatch(m.string, 0, m.start()) and _DASH_AFTER.match(m.string, m.end()))


def _read(span: _Span, month_first: bool = False) -> _Value | None:
    """What a span says; None when it is no real date (e.g. "June 31")."""
    text = span.text
    if span.weekday and span.form != "wd" and text.startswith(span.weekday):
        text = text[len(span.weekday) :]  # not a weekday before a bracket: "Sabtu (27/12/2026)"
    return _read_text(text, span.form, month_first)


@lru_cache(maxsize=4096)
def _read_text(text: str, form: str, month_first: bool) -> _Value | None:
    # A batch repeats its dates ("Saturday, June 11, 2022"): read each text once.
    numbers = [int(n) for n in _DIGITS.findall(text)]
    if form == "wd":
        return None
    if form == "hol":
        holiday = holiday_day(text)
        return _Value(holiday.day.year, holiday.day.month, holiday.day.day) if holiday else None
    if form in ("jday", "cday", "wday", "oday"):
        return _Value(None, None, numbers[0]) if 1 <= numbers[0] <= 31 else None
    if form == "ndm":
        return _valid(None, numbers[1], numbers[0])
    if form in ("iso", "ynum", "cjk"):
        return _valid(numbers[0], numbers[1], numbers[2])
    if form == "minguo":
        return _valid(numbers[0] + _MINGUO, numbers[1], numbers[2])
    if form == "jera":
        return _japanese_era(text, numbers)
    if form == "cjkmd":
        return _valid(None, numbers[0], numbers[1])
    if form == "cjkmy":
        return _Value(numbers[0], numbers[1], None) if 1 <= numbers[1] <= 12 else None
    if form in ("solar", "solar1"):
        return _solar_hijri(text, numbers)
    if form == "thai":
        return _thai(text, numbers)
    if form == "mongol":
        # "2027 оны 9 дүгээр сарын 14": the year first when written, then the month's number and the day.
        return (
            _valid(numbers[0], numbers[1], numbers[2])
            if len(numbers) == 3
            else _valid(None, numbers[0], numbers[1])
        )
    if form in ("khmer", "burmese"):
        # Khmer writes the day first, Burmese the year first.
        names = rules("date")["khmer_months"] if form == "khmer" else rules("date")["burmese_months"]
        in_year = next((i + 1 for i, name in enumerate(names) if name in text), 0)
        opening, closing = numbers[0], numbers[-1]
        return _valid(closing, in_year, opening) if form == "khmer" else _valid(opening, in_year, closing)
    if form == "compact":
        return _valid(numbers[0] // 10000, numbers[0] // 100 % 100, numbers[0] % 100)
    if form == "roman":  # "5 III 2027": the day, the month in Roman numerals, the year
        return _valid(numbers[1], _roman_months()[_ROMAN.findall(text)[0]], numbers[0])
    if form in ("num", "num2"):
        first, second, full_year = numbers
        if form == "num2":
            full_year += 2000 if full_year < _CENTURY_TURN else 1900
        # (month, day) in the order to try: the other order when the first is no date ("12/25/2023").
        orders = ((first, second), (second, first)) if month_first else ((second, first), (first, second))
        return _valid(full_year, *orders[0]) or _valid(full_year, *orders[1])
    months = _vocabulary().months
    if form == "dmy2":  # "25.JAN.27": the day, the month, the year in two digits or four
        month = months.get(_LETTERS.findall(text.lower())[0])
        day, written = numbers[0], numbers[-1]
        written += (2000 if written < _CENTURY_TURN else 1900) if written < 100 else 0
        return _valid(written, month, day) if month else None
    letters = _LETTERS.findall(text.lower())
    # A month of three words first (Vietnamese "Tháng Mười Một", November: its first two are October's),
    # then of two ("كانون الأول", December; "Meán Fómhair"): its second word alone may be another month's
    # ("الأول").
    triples = (" ".join(t) for t in zip(letters, letters[1:], letters[2:], strict=False))
    named = next((months[t] for t in triples if t in months), None)
    pairs = (f"{a} {b}" for a, b in itertools.pairwise(letters))
    named = named or next((months[p] for p in pairs if p in months), None)
    named = named or next((months[w] for w in letters if w in months), None)
    split = next((w for w in letters if w in _day_stop_months()), None)
    if named is None and split is not None and form in ("dmy", "dm"):
        without_stop, with_stop = _day_stop_months()[split]
        named = with_stop if _DAY_STOP.match(text) else without_stop  # "11. listopada", "11 listopada"
    if named is None:
        return None
    year = next((n for n in numbers if n >= 1000), None)
    days = [n for n in numbers if n < 100]
    if form == "my":
        return _Value(year, named, None)
    return _valid(year, named, days[0]) if days else None


_DIGITS = re.compile(r"\d+")
_ROMAN = re.compile(r"[IVX]+")


@cache
def _roman_months() -> dict[str, int]:
    return {name: n for n, name in enumerate(rules("date")["roman_months_cased"], start=1)}


_CENTURY_TURN = 50  # a year in two digits below it is of this century ("16": 2016), else the last ("98")
_MINGUO = 1911  # Minguo year 1 is 1912
_BUDDHIST_ERA = 543


def _japanese_era(text: str, numbers: list[int]) -> _Value | None:
    """A day of a Japanese era ("令和9年2月16日", "令和元年5月1日") as its Gregorian day."""
    first_year = next(
        era["first_year"] for era in rules("date")["japanese_eras"] if text.startswith(era["name"])
    )
    if "元" in text:  # "元年": the era's first year, written with no digit
        numbers = [1, *numbers]
    return _valid(first_year + numbers[0] - 1, numbers[1], numbers[2])


def _solar_hijri(text: str, numbers: list[int]) -> _Value | None:
    """A Solar Hijri date ("۲۲ دی ۱۴۰۵", "یکم دی ۱۴۰۵") as its Gregorian day, by jdatetime (the 33-year
    arithmetic rule of FarsiWeb's jalali.c: the same Nowruz as Iran's astronomical calendar, convertdate's,
    every year of 1300-1500 AP); None for a day its month has not (30 Esfand of a common year)."""
    months = rules("date")["solar_hijri_months"]
    month = next((i + 1 for i, name in enumerate(months) if re.search(rf"(?<!\w){name}(?!\w)", text)), None)
    day, year = (numbers[0], numbers[1]) if len(numbers) > 1 else (1, numbers[0])
    if month is None:
        return None
    import jdatetime  # only for a caption that holds such a date: start-up stays lean

    try:
        made: date = jdatetime.date(year, month, day).togregorian()
    except (ValueError, OverflowError):
        return None
    return _Value(made.year, made.month, made.day)


def _thai(text: str, numbers: list[int]) -> _Value | None:
    """A Thai date of the Buddhist Era ("25 ธ.ค. 2569") as its Gregorian day."""
    groups = rules("date")["thai_months"]
    month = next((i + 1 for i, group in enumerate(groups) if any(n in text for n in group)), None)
    return _valid(numbers[-1] - _BUDDHIST_ERA, month, numbers[0]) if month else None


# Letters and the vowel signs of Indic scripts, which Python counts as no word characters ("जनवरी").
_LETTERS = re.compile(r"[^\W\d_](?:[^\W\d_]|[\u0900-\u0dff])*")


def _split_month(word: str) -> bool:
    """Whether a word is a month's name that the day before it reads (date.toml day_stop_month)."""
    return word.lower() in _day_stop_months()


# A day with its stop ("11. listopada"), after any weekday the span held.
_DAY_STOP = re.compile(r"^\W*[0-3]?\d\.")


def _valid(year: int | None, month: int, day: int) -> _Value | None:
    if not 1 <= month <= 12 or not 1 <= day <= calendar.monthrange(year or 2000, month)[1]:
        return None
    return _Value(year, month, day)


_CueList = Literal[
    "capture_cues",
    "capture_after_cues",
    "not_capture_cues",
    "release_cues",
    "event_cues",
    "clause_cues",
    "released_cues",
    "undated",
    "month_first_credits",
    "year_cues",
    "year_after_cues",
    "reissue_headers",
    "portrait_year_cues",
    "alt_text_labels",
    "evening_event_after",
    "event_possessive_before",
    "event_possessive_after",
    "weekday_future_cues",
    "not_year_cues",
    "partial_doubt_cues",
    "day_after_cues",
]


@cache
def _cue(key: _CueList) -> re.Pattern[str]:
    """A cue list of date.toml as one pattern, searched in one pass; compiled when first needed (most
    captions never reach the year or partial-date cues)."""
    return re.compile(union(rules("date")[key]))


@cache
def _place_before() -> re.Pattern[str]:
    return re.compile(rules("date")["place_before_date"])


_TriggerList = Literal["capture_triggers", "not_capture_triggers", "undated_triggers", "month_first_triggers"]


@cache
def _triggers(key: _TriggerList) -> TriggerScanner:
    """Words without which no cue of a list can match: a text holding none is not searched for one."""
    return TriggerScanner(rules("date")[key])


@cache
def _year_pattern() -> re.Pattern[str]:
    # A year standing alone: not inside a number, a range, a code ("COP28") or a name ("Euro 2024" is
    # excluded by the cues before it, "2023 World Press Photo Contest" by the capital after it).
    # Chinese, Japanese and Korean write "year" glued to it ("1985年撮影", photographed in 1985): a cue after
    # it (date.toml year_after_cues) reads it.
    return re.compile(rf"(?<![\w.,/-])(?P<year>{YEAR})(?![^\W年년]|[%/-]|[.,]\d|\s*[-–]\s*\d|\s+[A-Z0-9])")


@cache
def _relative_pattern() -> tuple[re.Pattern[str], dict[str, int]]:
    data = rules("date")
    offsets: dict[str, int] = {
        w.lower(): int(offset)
        for code in [*data["languages"], *data["relative_day_languages"]]
        for offset, said in _generated()[code]["relative_days"].items()
        for w in said
    }
    offsets |= {w.lower(): group["offset"] for group in data["relative_day"] for w in group["words"]}
    # Swahili's "jana" (yesterday) and "juzi" are read in lower case only: capitalised, "Jana" is a name.
    lower = {w: offsets[w] for w in words("date", "lower_relative_days_cased") if w in offsets}
    clause_end = {w: offsets[w] for w in words("date", "clause_end_relative_days") if w in offsets}
    for word in words("date", "not_relative_days"):
        offsets.pop(word.lower(), None)
    any_case = alternation(offsets)
    offsets |= lower | clause_end
    cased = rf"|(?-i:{alternation(lower)})" if lower else ""
    # Arabic "اليوم" only where it closes its clause: before a word it is "the day" of a name.
    if clause_end:
        cased += rf"|{alternation(clause_end)}(?=\s*(?:[.,،؛:!?()\[\]]|$))"
    offsets |= {w: group["offset"] for group in data["unspaced_relative_day"] for w in group["words"]}
    # A word ends where no letter, nor a vowel sign of an Indic script, follows: Sinhala "අද" (today) opens
    # "අදාළ" (relevant), its next letter a vowel sign, no word character to Python.
    return re.compile(rf"(?<![\w\u0900-\u0dff])(?:(?i:{any_case}){cased})(?![\w\u0900-\u0dff'’-])"), offsets


@cache
def unspaced_relative_pattern() -> tuple[re.Pattern[str], frozenset[str]]:
    """Chinese day words, read inside a run of text (Chinese writes no spaces) unless a name goes on
    ("今日美國"), and their first letters: a text with none of them is not searched."""
    data = rules("date")
    said = [w for group in data["unspaced_relative_day"] for w in group["words"]]
    named = alternation(words("date", "unspaced_relative_day_not_before"))
    return re.compile(rf"{alternation(said)}(?!{named})"), frozenset(w[0] for w in said)


def _cued(pattern: re.Pattern[str], text: str, start: int) -> bool:
    return pattern.search(text, max(0, start - 90), start) is not None


def _not_captured(text: str, start: int) -> bool:
    """Whether a cue right before START makes the date there anything but the picture's ("Issue date:")."""
    window = max(0, start - 90)
    if not _triggers("not_capture_triggers").occurs(text[window:start].lower()):
        return False
    return _cued(_cue("not_capture_cues"), text, start)


def _weekday_of(name: str) -> int | None:
    return _vocabulary().weekdays.get(name.lower().rstrip("."))


def is_weekday(word: str) -> bool:
    """Whether WORD is a weekday's name in a language the reader knows ("Minggu", "Samstag")."""
    return _weekday_of(word) is not None


# Arabic-Indic and Persian digits are digits ("٥ فبراير ٢٠٢٦"): read as ASCII ones, letter for letter, so
# that every span found stays where it is in the text.
# Arabic-Indic and Persian digits ("۱۵ ژانویه ۲۰۲۶"), Devanagari (Hindi and Nepali: "१० फ़रवरी २०२७") and
# Bengali ("১৩ ফেব্রুয়ারি"): each its script's ten, read as 0 to 9.
# Arabic-Indic, Persian, Devanagari, Bengali, Khmer and Burmese digits.
_EASTERN_DIGITS = re.compile(
    "[\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u09e6-\u09ef\u17e0-\u17e9\u1040-\u1049]"
)
_WESTERN = str.maketrans(
    "\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669"
    "\u06f0\u06f1\u06f2\u06f3\u06f4\u06f5\u06f6\u06f7\u06f8\u06f9"
    "\u0966\u0967\u0968\u0969\u096a\u096b\u096c\u096d\u096e\u096f"
    "\u09e6\u09e7\u09e8\u09e9\u09ea\u09eb\u09ec\u09ed\u09ee\u09ef"
    "\u17e0\u17e1\u17e2\u17e3\u17e4\u17e5\u17e6\u17e7\u17e8\u17e9"
    "\u1040\u1041\u1042\u1043\u1044\u1045\u1046\u1047\u1048\u1049",
    "0123456789" * 6,
)
