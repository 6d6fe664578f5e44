"""The date the picture was made.

Date spans are found with patterns built from the month and weekday names of data/date_names.json (the
CLDR's, generated) and data/date.toml (what the CLDR lacks), then read from their digits and month word.
The date of sentence 1 wins over dates of background sentences; cues such as "Picture taken" or "File
photo dated" win over both; "Issue date:" never counts. A date without its year takes the year from the
reference date, or stays partial: never today's. When sentence 1 holds no date, a later sentence's date,
a year alone ("in 2021") or a day word ("hoy") is read, each flagged where it may be wrong.
"""

from __future__ import annotations

import calendar
import itertools
import json
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache, lru_cache
from importlib import resources
from typing import Any, Literal

from .._frozen import fast_init
from .._model import WarningCode
from .._rules import TriggerScanner, alternation, phrases, rules, union, words
from ._holiday import day_to_come, find_holidays, holiday_day
from ._types import Zones

__all__ = ["YEAR", "DateFound", "date_spans", "find_date", "is_weekday", "month_names"]

YEAR = r"(?:1[89]|20)\d{2}"
_YEAR_DIGITS = 4


@dataclass(frozen=True)
class _Vocabulary:
    months: Mapping[str, int]  # every spelling, lower-cased, to 1-12 (none meaning two months)
    weekdays: Mapping[str, int]  # every spelling, lower-cased, to 0-6 (Monday 0)
    english_months: tuple[str, ...]  # the names month-first dates are written with ("June 11")
    wide_months: tuple[str, ...]  # other languages' full names, as the CLDR writes them
    case_months: tuple[str, ...]  # the case forms it lacks (date.toml month_cases), lower case
    all_months: tuple[str, ...]
    # The names of the languages that write the year first ("2024. március 3.").
    year_first_months: tuple[str, ...]
    plain_weekdays: frozenset[str]  # lower-cased: read before a date without a stop after them
    standalone_weekdays: tuple[str, ...]  # as they are matched (case-sensitive)
    # Full names of four letters or fewer ("joi", "kedd"), read alone; other short names are abbreviations
    # or words ("Sun", "Sat", "mar").
    short_weekdays: frozenset[str]


_SHORT_WEEKDAY = 4  # "Mo", "zo" are abbreviations: no part of the day is joined to them


@cache
def _generated() -> Mapping[str, Any]:
    text = (resources.files("captions") / "data" / "date_names.json").read_text(encoding="utf-8")
    loaded: Mapping[str, Any] = json.loads(text)["languages"]
    return loaded


@cache
def _vocabulary() -> _Vocabulary:
    data = rules("date")
    generated = _generated()
    languages = [generated[code] for code in data["languages"]]
    month_groups = [list(group) for group in data["months"]]
    weekday_groups = [list(group) for group in data["weekdays"]]
    english = [name for group in month_groups for name in group] + [
        name for group in generated["en"]["months"] for name in group
    ]
    # Filipino writes its dates month first, as English does ("Hulyo 24, 2025", "Hul 24, 2025").
    english += [
        n for code in data["month_first_languages"] for group in generated[code]["months"] for n in group
    ]
    wide: list[str] = []
    for language in languages:
        for number, group in enumerate(language["months"]):
            month_groups[number] += group
            wide.append(group[0])
        for number, group in enumerate(language["weekdays"]):
            weekday_groups[number] += group
    # Case forms the CLDR lacks ("18. novembrī", "в ніч на неділю"): read like its names, in lower case.
    month_cases = [list(group) for group in data["month_cases"]]
    weekday_cases = [
        [*cases, *adjectives]
        for cases, adjectives in zip(data["weekday_cases"], data["weekday_adjectives"], strict=True)
    ]
    for number, group in enumerate(month_cases):
        month_groups[number] += group
    for number, group in enumerate(weekday_cases):
        weekday_groups[number] += group
    # "onsdagen", "onsdags": each ending on each lower-case CLDR name, read as that weekday and alone.
    with_endings = [
        (number, n + e)
        for code in data["weekday_ending_languages"]
        for number, group in enumerate(generated[code]["weekdays"])
        for n in group
        if n.islower() and n.isalpha()
        for e in data["weekday_endings"]
    ]
    # "Montagmorgen", "zondagavond": a part of the day after each full CLDR name, read as that weekday.
    with_endings += [
        (number, n + part)
        for code in data["weekday_daypart_languages"]
        for number, group in enumerate(generated[code]["weekdays"])
        for n in group
        if n.isalpha() and len(n) > _SHORT_WEEKDAY
        for part in data["weekday_dayparts"]
    ]
    for number, form in with_endings:
        weekday_groups[number].append(form)
    capitalised = data["standalone_weekday_languages"]
    homographs = words("date", "not_standalone_weekdays")
    standalone = _variants(
        [n for group in data["weekdays"] for n in group]
        + [
            n
            for code in capitalised
            for g in generated[code]["weekdays"]
            for n in g
            if n.lower() not in homographs
        ]
    )
    # Every other language's weekday stands alone only as the CLDR writes it, in lower case ("tirsdag",
    # "sobota"): capitalised it is a name ("Sobota", "Domenica"), and a name the CLDR capitalises may be a
    # town or an ordinal (Turkish "Pazar", Greek "Τρίτη"). A script with no case (Arabic "الأحد") writes
    # its weekdays one way only.
    standalone += [
        n
        for code in data["languages"]
        if code not in capitalised
        for g in generated[code]["weekdays"]
        for n in g
        if (n.islower() or n.lower() == n.upper()) and n not in homographs
    ]
    standalone += [form for _, form in with_endings]
    standalone += [n for group in weekday_cases for n in group if n not in homographs]
    return _Vocabulary(
        months=_index(month_groups),
        weekdays=_index(weekday_groups),
        english_months=tuple(english),
        wide_months=tuple(name for name in wide if name.lower() not in english),
        case_months=tuple(n for group in month_cases for n in group),
        all_months=tuple(n for group in month_groups for n in group),
        year_first_months=tuple(
            [n for code in data["year_first_languages"] for g in generated[code]["months"] for n in g]
            + [n for group in month_cases for n in group]
        ),
        plain_weekdays=frozenset(
            n.lower()
            for n in [
                *(n for group in data["weekdays"] for n in group),
                *(g[0] for lang in languages for g in lang["weekdays"] if g),
                # Case forms are whole words too: "w środę, 26 listopada 2026 r.", "u srijedu, 3. prosinca".
                *(n for group in weekday_cases for n in group),
            ]
        ),
        standalone_weekdays=tuple(standalone),
        short_weekdays=frozenset(
            g[0]
            for code in data["languages"]
            if code not in capitalised
            for g in generated[code]["weekdays"]
            if g and g[0].islower() and g[0] not in homographs
        ),
    )


def _index(groups: list[list[str]]) -> dict[str, int]:
    """Each spelling to its group's number (months from 1, weekdays from 0), dropping one that two groups
    claim: a date read with the wrong month would be a silent error, one not read is flagged."""
    meanings: dict[str, set[int]] = {}
    for number, group in enumerate(groups):
        for name in group:
            meanings.setdefault(name.lower(), set()).add(number)
    base = 1 if len(groups) == 12 else 0
    return {name: next(iter(got)) + base for name, got in meanings.items() if len(got) == 1}


def _variants(names: Iterable[str]) -> list[str]:
    # Case-sensitive on purpose: "may" and "march" are verbs, "May" and "MARCH" are months.
    return [v for name in names for v in (name, name.upper(), name[:1].upper() + name[1:])]


@cache
def month_names() -> frozenset[str]:
    """Every spelling of every month, lower-cased, and the words between a date's parts ("de")."""
    joiners = {c.rstrip("'’") for c in words("date", "month_joiners")}
    return frozenset(_vocabulary().months) | frozenset(joiners) | frozenset(_day_stop_months())


@cache
def _day_stop_months() -> dict[str, tuple[int, int]]:
    """The month names two languages read as two months, lower-cased, each to the month it is after a day
    without a stop and with one (date.toml day_stop_month)."""
    return {
        row["name"].lower(): (row["without_stop"], row["with_stop"])
        for row in rules("date")["day_stop_month"]
    }


@cache
def _spans_pattern() -> re.Pattern[str]:
    vocabulary = _vocabulary()
    readable = vocabulary.months
    marks = rf"(?:{phrases('date', 'year_marks')}\.?)?"
    english = f"(?:{alternation(n for n in _variants(vocabulary.english_months) if n.lower() in readable)})"
    full_wd = alternation(
        n for n in vocabulary.standalone_weekdays if len(n) > 4 or n in vocabulary.short_weekdays
    )
    joiner, day, th = _joiner(), _day(), phrases("date", "ordinal_suffixes_cased")
    # A word in front of a date and the word of a month-year are any word here, checked once matched
    # (_spans): the hundreds of weekday and month names compiled in would double the start-up time.
    word = r"[^\W\d_]{2,14}"
    data = rules("date")
    solar, first = alternation(data["solar_hijri_months"]), alternation(data["solar_hijri_first_day"])
    thai = alternation(n for group in data["thai_months"] for n in group)
    # A month of two words ("24 كانون الأول 2026", the Syriac months of Iraq and the Levant; Irish "Meán
    # Fómhair") is read whole where a day and a year stand around it.
    spaced = [n for n in vocabulary.all_months if " " in n]
    two_words = f"{alternation(_variants(spaced))}|" if spaced else ""
    starts_with_digit = [
        # "07.12.2019", "20/07/2024", and Czech and Slovak "1. 1. 2024".
        rf"(?<![\w./-])(?P<num>[0-3]?\d(?P<sep>[./-])\s?[01]?\d(?P=sep)\s?{YEAR})(?![\w/-]|\.\d)",
        # A two-digit year ("07/07/16", "07.07.16") is read only behind a capture cue ("dated").
        r"(?<![\w./-])(?P<num2>[0-3]?\d(?P<sep2>[./-])[01]?\d(?P=sep2)\d\d)(?![\w/-]|\.\d)",
        # ISO, with a time or not ("2024-03-03T10:00"); Chinese, Japanese, Korean ("2024年3月3日").
        rf"(?<![\w/-])(?P<iso>{YEAR}(?P<isep>[-/])[01]\d(?P=isep)[0-3]\d)(?!(?!T\d)[\w/-])",
        rf"(?<![\w./-])(?P<ynum>{YEAR}\.\s?[01]?\d\.\s?[0-3]?\d)(?![\d/-]|\.\d)",  # "2024. 03. 01."
        rf"(?<!\d)(?P<cjk>{YEAR}\s?[年년]\s?[01]?\d\s?[月월]\s?[0-3]?\d\s?[日일])",
        # Taiwan's Minguo years ("115年12月25日", the year 1911 ahead); a month and day alone ("12月21日"),
        # the year the filing day's (Xinhua's "12月21日，游客在...").
        r"(?<!\d)(?P<minguo>1[0-4]\d\s?年\s?[01]?\d\s?月\s?[0-3]?\d\s?日)",
        r"(?<![\d年년])(?P<cjkmd>[01]?\d\s?[月월]\s?[0-3]?\d\s?[日일])",
        # Iran's Solar Hijri calendar ("۲۲ دی ۱۴۰۵") and the Thai Buddhist Era ("25 ธ.ค. 2569").
        rf"(?<!\d)(?P<solar>[0-3]?\d\s(?:{solar})\s(?:ماه\s)?1[34]\d\d)(?!\d)",
        rf"(?<!\d)(?P<thai>[0-3]?\d\s?(?:{thai})\s?(?:พ\.ศ\.\s?)?25\d\d)(?!\d)",
        # The Nordic agencies' header, year, month and day run together: "Oslo 20250916.".
        rf"(?<![\w./-])(?P<compact>{YEAR}[01]\d[0-3]\d)(?![\w/-]|[.,]\d)",
        # Kyodo and Japanese papers: "...首相＝5日午前、国会（共同）", the day of the filing month after "＝".
        r"(?<=[＝=])(?P<jday>[0-3]?\d日)",
        # Chinese and Japanese write the day alone before where or when in it: "賴清德25日在總統府出席",
        # "21日晚", "22日午前" (not "3日間", three days).
        r"(?<![\d月年.\-/])(?P<cday>[0-3]?\d日)(?=在|于|於|晚|上午|下午|中午|凌晨|傍晚|夜間|夜间|早上|午前|午後|夕方|未明)",
        # A text agency's dateline with the day alone, the filing month's: Europa Press "MADRID, 9 (EUROPA
        # PRESS) -", the agency in capitals (not a team's "(USA)"), read only after the town that opens
        # the caption (_spans).
        r"(?<=, )(?P<wday>[0-3]?\d)(?=\s?\([A-Z][A-Z .]{3,30}\)\s*[-–—.])",
        # A day and month in digits without a year ("sáng 3/11", "Senin (30/11)"): read only after a day
        # word or a weekday (_spans), elsewhere a score or a fraction.
        r"(?<![\w./-])(?P<ndm>[0-3]?\d/[01]?\d)(?![\w/]|[.,]\d)",
        # Between digits ("3 MARCA 2024", "5 de Março de") a month name is one in any case: any word
        # here, checked once matched (_spans), as those below are.
        rf"\b(?P<dmy>{day}(?:\s*|-(?=[a-z])){joiner}(?P<dmymon>{two_words}{word})\.?,?\s+{joiner}{YEAR})(?!\d)",
        # Year first: "2024. március 3.", "2026 m. sausio 22 d.", "2025. gada 18. novembrī", "2026ko
        # apirilaren 9an" (a day's ending, "2-án", "9an", is no part of it).
        # A day before the month ("18. novembrī") or after it.
        rf"\b(?P<ymd>{YEAR}\.?\s?{marks}\s*(?P<yday>[0-3]?\d\.\s*)?(?P<ymon>{word})\.?(?(yday)|\s+[0-3]?\d))(?!\d)",
        # Uzbek joins the day to its month, in lower case, with a hyphen: "25-dekabr" (not "11-Novembre").
        rf"\b(?P<dm>{day}(?:\s*|-(?=[a-z])){joiner}(?P<dmon>{word}))\b(?![.,]?\s*\d)",
    ]
    starts_with_letter = [
        rf"(?<!\w)(?P<solar1>(?:{first})\s(?:{solar})\s(?:ماه\s)?1[34]\d\d)(?!\d)",
        rf"\b(?P<mdy>{english}\.?\s*[0-3]?\d{th}?\b(?:,?\s+{YEAR}(?!\d))?)(?!:\d)",
        rf"\b(?P<wd>{full_wd})\b",
    ]
    # Each date opens with a digit or a letter: one look at the character spares the other forms'
    # lookbehinds at every position of the text.
    return re.compile(
        rf"(?=\d)(?:{'|'.join(starts_with_digit)})|(?=[^\W\d_])(?:{'|'.join(starts_with_letter)})"
    )


def _joiner() -> str:
    """The words between a date's parts, as an optional regex: "de", "of", or "d'" glued to the month."""
    joiners = rules("date")["month_joiners"]
    spaced = alternation(c for c in joiners if c[-1].isalpha())
    elided = alternation(c for c in joiners if not c[-1].isalpha())
    return rf"(?:(?:{spaced})\s+|(?:{elided})\s?)?"


def _day() -> str:
    """A day of the month: "3", "03", "3.", "3rd", "1er"."""
    return rf"[0-3]?\d{phrases('date', 'ordinal_suffixes_cased')}?\.?"


@cache
def _year_first_words() -> frozenset[str]:
    """The month names a year-first date is written with, lower-cased ("március", "sausio", "novembrī")."""
    vocabulary = _vocabulary()
    return frozenset(n.lower() for n in vocabulary.year_first_months if n.lower() in vocabulary.months)


@cache
def _month_year_words() -> frozenset[str]:
    """The words a month-year may be written with, case as written: English ones with a capital ("May
    2021", "MAY 2021"), other languages' full names as the CLDR writes them ("März 2024", "mars 2020":
    "Mars 2020" is a rover, "Mai 2024" may be a name)."""
    vocabulary = _vocabulary()
    english = {n for n in _variants(vocabulary.english_months) if not n.islower()}
    other = {v for n in vocabulary.wide_months for v in (n, n.upper())}
    return frozenset(n for n in english | other if n.lower() in vocabulary.months)


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


_FORMS = (
    "num",
    "num2",
    "iso",
    "ynum",
    "cjk",
    "minguo",
    "cjkmd",
    "solar",
    "thai",
    "compact",
    "jday",
    "cday",
    "wday",
    "ndm",
    "dmy",
    "ymd",
    "mdy",
    "dm",
    "solar1",
    "wd",
)


_SHORT_CASE = 4  # "mail" (Estonian "in May") is an English word after a number too


@cache
def _day_month_words() -> frozenset[str]:
    """The words a day-month without a year may be written with ("le 14 juillet", "13 JUILLET", "7 June"):
    full names in any case, English abbreviations with a capital; not "3 set", "5 out", "2 mar"; case
    forms the CLDR lacks as written, of five letters or more ("15. marta", not "3 mail")."""
    vocabulary = _vocabulary()
    names = list(vocabulary.wide_months) + list(vocabulary.english_months)
    cases = frozenset(n for n in vocabulary.case_months if len(n) > _SHORT_CASE and n in vocabulary.months)
    return cases | frozenset(
        v
        for n in names
        for v in _variants([n])
        if (len(n) > 3 or not v.islower()) and n.lower() in vocabulary.months
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
    month_before = re.compile(rf"(?<!\w)(?P<word>{word})\.?,?\s+{_joiner()}$")
    word_before = re.compile(rf"(?<!\w)(?P<word>{word})(?P<stop>\.?,?)\s+$")
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
    pattern, weekdays, plain = _spans_pattern(), _vocabulary().weekdays, _vocabulary().plain_weekdays
    months = _vocabulary().months
    month_year, day_month = _month_year_words(), _day_month_words()
    year, month_before, word_before = _around()
    pos = 0
    while m := pattern.search(text, pos):
        form = next(name for name in _FORMS if m.group(name))
        start, pos = m.start(), m.end()
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
    return tuple(sorted(out, key=lambda span: span.start))


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
    return weekday[:1].isupper() and weekday[1:].islower() and _fold(weekday) in _lower_case_weekdays()


@cache
def _lower_case_weekdays() -> frozenset[str]:
    """The weekdays of the languages read capitalised (standalone_weekday_languages) that the CLDR writes in
    lower case, accents dropped."""
    generated = _generated()
    return frozenset(
        _fold(n)
        for code in rules("date")["standalone_weekday_languages"]
        for group in generated[code]["weekdays"]
        for n in group
        if n.islower()
    )


def _fold(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c))


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
    if form in ("jday", "cday", "wday"):
        return _Value(None, None, numbers[0]) if 1 <= numbers[0] <= 31 else None
    if form == "ndm":
        return _valid(None, numbers[1], numbers[0])
    if form in ("iso", "ynum", "cjk"):
        return _valid(numbers[0], numbers[1], numbers[2])
    if form == "minguo":
        return _valid(numbers[0] + _MINGUO, numbers[1], numbers[2])
    if form == "cjkmd":
        return _valid(None, numbers[0], numbers[1])
    if form in ("solar", "solar1"):
        return _solar_hijri(text, numbers)
    if form == "thai":
        return _thai(text, numbers)
    if form == "compact":
        return _valid(numbers[0] // 10000, numbers[0] // 100 % 100, numbers[0] % 100)
    if form in ("num", "num2"):
        first, second, full_year = numbers
        if form == "num2":
            full_year += 2000 if full_year < 50 else 1900
        # (month, day) in the order to try: the other order when the first is no date ("12/25/2023").
        orders = ((first, second), (second, first)) if month_first else ((second, first), (first, second))
        return _valid(full_year, *orders[0]) or _valid(full_year, *orders[1])
    months = _vocabulary().months
    letters = _LETTERS.findall(text.lower())
    # A month of two words first ("كانون الأول", December; "Meán Fómhair"): its second word alone may be
    # another month's ("الأول").
    pairs = (f"{a} {b}" for a, b in itertools.pairwise(letters))
    named = next((months[p] for p in pairs if p in months), None)
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
_MINGUO = 1911  # Minguo year 1 is 1912
_BUDDHIST_ERA = 543


def _solar_hijri(text: str, numbers: list[int]) -> _Value | None:
    """A Solar Hijri date ("۲۲ دی ۱۴۰۵", "یکم دی ۱۴۰۵") as its Gregorian day."""
    months = rules("date")["solar_hijri_months"]
    month = next((i + 1 for i, name in enumerate(months) if re.search(rf"(?<!\w){name}(?!\w)", text)), None)
    day, year = (numbers[0], numbers[1]) if len(numbers) > 1 else (1, numbers[0])
    if month is None or not 1 <= day <= (31 if month <= 6 else 30):
        return None
    made = _jalali_to_gregorian(year, month, day)
    return _Value(made.year, made.month, made.day)


def _jalali_to_gregorian(year: int, month: int, day: int) -> date:
    """The Gregorian day of a Solar Hijri one, by the 33-year arithmetic rule (the astronomical calendar's
    day from 1340 to 1407 AP, 1961-2028)."""
    # Days from 1 Farvardin 1 AP, leap years every 4 of 33.
    y = year - 1
    days = 365 * y + (y // 33) * 8 + (y % 33 + 3) // 4
    days += (month - 1) * 31 if month <= 7 else 6 * 31 + (month - 7) * 30
    return date(622, 3, 21) + timedelta(days=days + day - 1)


def _thai(text: str, numbers: list[int]) -> _Value | None:
    """A Thai date of the Buddhist Era ("25 ธ.ค. 2569") as its Gregorian day."""
    groups = rules("date")["thai_months"]
    month = next((i + 1 for i, group in enumerate(groups) if any(n in text for n in group)), None)
    return _valid(numbers[-1] - _BUDDHIST_ERA, month, numbers[0]) if month else None


_LETTERS = re.compile(r"[^\W\d_]+")


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
    "not_capture_cues",
    "release_cues",
    "event_cues",
    "released_cues",
    "undated",
    "month_first_credits",
    "year_cues",
    "not_year_cues",
    "partial_doubt_cues",
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
    return re.compile(rf"(?<![\w.,/-])(?P<year>{YEAR})(?![\w%/-]|[.,]\d|\s*[-–]\s*\d|\s+[A-Z0-9])")


@cache
def _relative_pattern() -> tuple[re.Pattern[str], dict[str, int]]:
    data = rules("date")
    offsets: dict[str, int] = {
        w.lower(): int(offset)
        for code in data["languages"]
        for offset, said in _generated()[code]["relative_days"].items()
        for w in said
    }
    offsets |= {w.lower(): group["offset"] for group in data["relative_day"] for w in group["words"]}
    # Swahili's "jana" (yesterday) and "juzi" are read in lower case only: capitalised, "Jana" is a name.
    lower = {w: offsets[w] for w in words("date", "lower_relative_days_cased") if w in offsets}
    for word in words("date", "not_relative_days"):
        offsets.pop(word.lower(), None)
    any_case = alternation(offsets)
    offsets |= lower
    cased = rf"|(?-i:{alternation(lower)})" if lower else ""
    return re.compile(rf"(?<!\w)(?:(?i:{any_case}){cased})(?![\w'’-])"), offsets


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
_EASTERN_DIGITS = re.compile("[\u0660-\u0669\u06f0-\u06f9]")
_WESTERN = str.maketrans(
    "\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669"
    "\u06f0\u06f1\u06f2\u06f3\u06f4\u06f5\u06f6\u06f7\u06f8\u06f9",
    "0123456789" * 2,
)


def _western_digits(zones: Zones) -> Zones:
    return replace(
        zones,
        description=zones.description.translate(_WESTERN),
        body=zones.body.translate(_WESTERN),
        sentences=tuple(s.translate(_WESTERN) for s in zones.sentences),
        before_dateline=zones.before_dateline.translate(_WESTERN),
    )


def find_date(zones: Zones, reference: date | None) -> DateFound:
    if _EASTERN_DIGITS.search(zones.description):
        zones = _western_digits(zones)
    found = _with_weekdays_checked(_find_date(zones, reference), zones)
    if found.iso is None and all(code != WarningCode.MISSING_DATE for code, _ in found.warnings):
        # A day without its year and no reference ("am 1. September"): the record has no date all the same.
        note = (WarningCode.MISSING_DATE, "no date with its year in the caption")
        return DateFound(None, found.anchor, (note, *found.warnings))
    return found


def _find_date(zones: Zones, reference: date | None) -> DateFound:
    sentences = _sentences(zones.sentences)
    main = sentences[0] if sentences else ""
    main_spans = _spans(main)
    header = _CHINESE_HEADER.match(main)
    if header and any(s.start >= header.end() and s.form in ("cjk", "cjkmd") for s in main_spans):
        # Xinhua's Chinese photo service: "新华社照片，哈尔滨，2026年12月22日 ... 12月21日，游客在...":
        # the header dates the filing, the caption's own day the picture; the filing day is its year's
        # reference.
        filed = next((_read(s) for s in main_spans if s.start < header.end() and s.form == "cjk"), None)
        if reference is None and filed and filed.year and filed.month and filed.day:
            reference = date(filed.year, filed.month, filed.day)
        main_spans = tuple(s for s in main_spans if s.start >= header.end())
    # Each span of sentence 1 checked for a not-capture cue once: the anchor and the dates read both ask.
    not_captured = [_not_captured(main, s.start) for s in main_spans]
    anchor = next(((s.start, s.end) for s, no in zip(main_spans, not_captured, strict=True) if not no), None)
    if anchor and anchor[0] >= len(zones.main):
        anchor = None
    elif anchor:
        anchor = (anchor[0], min(anchor[1], len(zones.main)))

    if _triggers("undated_triggers").occurs(zones.body.lower()) and _cue("undated").search(zones.body):
        return DateFound(
            None, anchor, ((WarningCode.MISSING_DATE, "the caption says the picture is undated"),)
        )
    month_first = _triggers("month_first_triggers").occurs(zones.description.lower()) and bool(
        _cue("month_first_credits").search(zones.description)
    )

    # 1. A cue anywhere in the caption: "Picture taken ...", "File photo dated ...".
    capture_triggers = _triggers("capture_triggers")
    for sentence in sentences:
        if not capture_triggers.occurs(sentence.lower()):
            continue
        for span in _spans(sentence):
            if span.form not in ("wd", "my") and _cued(_cue("capture_cues"), sentence, span.start):
                value = _read(span, month_first)
                if value:
                    return _finish(value, span, zones, reference, anchor)

    # 2. A dateline that leads with the date (dpa, ZUMA, Europa Press) gives the picture's date.
    for line in zones.datelines:
        if line.style in ("dpa", "zuma", "sport", "numeric", "closing") and line.date_text:
            line_spans = _spans(line.date_text)
            value = _read(line_spans[0], month_first) if line_spans else None
            if value and value.year:
                return _finish(value, line_spans[0], zones, reference, anchor)

    # 3. Sentence 1: its first full date, else one lacking the year, a month-year, a weekday.
    usable = [s for s, no in zip(main_spans, not_captured, strict=True) if s.form != "num2" and not no]
    read = [(s, _read(s, month_first)) for s in usable]
    full = [(s, v) for s, v in read if v and v.year and v.day]
    if full:
        # "released by the agency on May 6, 2026 shows the launch on May 4, 2026": the day taken; "after the
        # earthquake of Feb. 6, 2023 ..., on Feb. 10, 2023": not the event's day.
        taken = [
            (s, v)
            for s, v in full
            if not _cued(_cue("release_cues"), main, s.start) and not _cued(_cue("event_cues"), main, s.start)
        ]
        span, value = (taken or full)[0]
        return _combined(
            _filed_before(_finish(value, span, zones, reference, anchor), span, main), full, zones
        )

    getty = next((line for line in zones.datelines if line.style == "getty" and line.date_text), None)
    if getty and getty.date_text:
        spans = _spans(getty.date_text.title())
        value = _read(spans[0]) if spans else None
        if value and value.month:
            if value.year is None:
                value = _Value(_body_year(zones, value.month, value.day), value.month, value.day)
            return _finish(value, spans[0], zones, reference, anchor)

    # "Players warm up ahead of Saturday's game": the weekday is the game's, to come; it dates no picture.
    weekday_span = next(
        (s for s, _ in read if s.form == "wd" and s.weekday and not day_to_come(main, s.start)), None
    )
    for span, value in read:
        if value and value.day:
            if weekday_span and weekday_span.weekday and _still_to_come(value, reference):
                # "este domingo, previo al desfile del 16 de septiembre": the day to come is the event's;
                # the weekday dates the picture.
                return _from_weekday(weekday_span.weekday, reference, anchor)
            return _filed_before(_finish(value, span, zones, reference, anchor), span, main)
    # A dateline's day and month with no year (Bernama "KUALA LUMPUR, Dec 24 --", AZƏRTAC "Bakı, 21
    # dekabr"): the filing day, the picture's where sentence 1 gives no day.
    for line in zones.datelines:
        if line.style == "zuma" and line.date_text:
            line_spans = _spans(line.date_text)
            value = _read(line_spans[0], month_first) if line_spans else None
            if value and value.day and value.year is None:
                return _finish(value, line_spans[0], zones, reference, anchor)
    for span, value in read:
        if value:
            found = _finish(value, span, zones, reference, anchor)
            if value.year is None or _cue("partial_doubt_cues").search(main, 0, span.start):
                return found
            return _unflagged(found)
    if weekday_span and weekday_span.weekday and reference:
        return _from_weekday(weekday_span.weekday, reference, anchor)

    # A feed's date stamp beside the credit ("(10-01-2022)"): day first, whatever the credit.
    for line in zones.datelines:
        if line.style == "stamp" and line.date_text:
            line_spans = _spans(line.date_text)
            value = _read(line_spans[0]) if line_spans else None
            if value and value.year:
                return _finish(value, line_spans[0], zones, reference, anchor)

    # 4. A later sentence or line: its full date, flagged unless it closes a place or follows a cue.
    later = _later_date(zones, reference, anchor, month_first)
    if later:
        return later
    if weekday_span and weekday_span.weekday:
        return _from_weekday(weekday_span.weekday, reference, anchor)

    # 5. Xinhua's header date is the filing date: better than nothing, said so.
    for line in zones.datelines:
        if line.style == "xinhua" and line.date_text:
            spans = _spans(line.date_text)
            value = _read(spans[0]) if spans else None
            if value:
                found = _finish(value, spans[0], zones, reference, anchor)
                note = (WarningCode.PARTIAL_DATE, "date taken from the Xinhua header (the filing date)")
                return DateFound(found.iso, anchor, (*found.warnings, note))

    # 6. A year alone ("in 2021"), then a day word ("hoy") with the reference date.
    alone = _year_alone(zones, reference, anchor)
    if alone:
        return alone
    relative = _relative_day(main, reference, anchor)
    if relative:
        return relative
    released = _release_date(sentences, reference, anchor)
    if released:
        return released
    return DateFound(None, anchor, ((WarningCode.MISSING_DATE, "no date found in the caption"),))


# Xinhua's Chinese photo service opens with its header: "新华社照片，哈尔滨，2026年12月22日".
_CHINESE_HEADER = re.compile(
    r"^\s*新华社(?:照片|图片|发)?[，,]\s*[^，,\s]{1,12}[，,]\s*\d{4}年\d{1,2}月\d{1,2}日"
)


def _release_date(
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


def _with_weekdays_checked(found: DateFound, zones: Zones) -> DateFound:
    """The date, flagged when the caption writes that day again with a weekday it does not fall on: "Zakopane,
    03.01.2026. Turyści ... w czwartek, 3 stycznia 2026 r." (a Saturday)."""
    if found.iso is None or len(found.iso) != len("2024-06-21"):
        return found
    if any(code == WarningCode.WEEKDAY_MISMATCH for code, _ in found.warnings):
        return found
    made = date.fromisoformat(found.iso)
    for sentence in _sentences(zones.sentences):
        for span in _spans(sentence):
            if not span.weekday or span.form == "wd":
                continue
            value = _read(span)
            said = _weekday_of(span.weekday)
            if value is None or said is None or said == made.weekday():
                continue
            if (value.month, value.day) == (made.month, made.day) and value.year in (None, made.year):
                note = (
                    WarningCode.WEEKDAY_MISMATCH,
                    f"'{span.text}': {found.iso} is a {made.strftime('%A')}, not a {span.weekday}",
                )
                return DateFound(found.iso, found.anchor, (*found.warnings, note))
    return found


def _may_continue(word: str) -> bool:
    """Whether a sentence ending in WORD may have been cut inside a date: a day, a year, a month."""
    return word.isdigit() or word.lower() in _vocabulary().months


@lru_cache(maxsize=1024)
def _sentences(sentences: tuple[str, ...]) -> tuple[str, ...]:
    """The sentences, each joined to the next where the split fell inside a date: a day's or a short
    month's stop read as a sentence end ("am 3." | "März 2024", "1 janv." | "2024", "2024." | "jan. 1.")."""
    out: list[str] = []
    i = 0
    while i < len(sentences):
        sentence = sentences[i]
        i += 1
        end = re.search(r"\b(?:\d{1,4}|[^\W\d_]{2,12})\.?$", out[-1]) if out else None
        if not end or not sentence[:1].isalnum() or not _may_continue(end.group().rstrip(".")):
            out.append(sentence)
            continue
        # Up to three pieces: "17." | "1." | "2024" (Czech "17. 1. 2024").
        for extra in (0, 1):
            pieces = [sentence, *sentences[i : i + extra]]
            if len(pieces) < extra + 1:
                continue
            joined = ". ".join([out[-1].rstrip("."), *pieces])
            if any(s.start < len(out[-1]) < s.end for s in _spans(joined)):
                out[-1] = joined
                i += extra
                break
        else:
            out.append(sentence)
    return tuple(out)


def _later_date(
    zones: Zones, reference: date | None, anchor: tuple[int, int] | None, month_first: bool
) -> DateFound | None:
    found: list[tuple[bool, _Span, _Value]] = []
    sentences = _sentences(zones.sentences)
    # After a header that is only a town ("Москва.", "Санкт-Петербург."), the next sentence is the one
    # that says what the picture shows: its date is the picture's.
    headed = bool(sentences) and _is_header(sentences[0])
    for index, sentence in enumerate(sentences[1:], 1):
        for span in _spans(sentence):
            if span.form in ("wd", "num2", "my") or _not_captured(sentence, span.start):
                continue
            value = _read(span, month_first)
            if value and value.year and value.day:
                window = sentence[max(0, span.start - 60) : span.start]
                placed = (
                    (headed and index == 1)
                    or bool(_place_before().search(window))
                    or _closes_sentence(sentence, span)  # "Passers-by in Tverskaya Street, 13 February 2026."
                    or _cued(_cue("capture_cues"), sentence, span.start)
                    or sentence.strip(" .,;") == span.text  # a line that is a date alone ("14th June 2025.")
                )
                found.append((placed, span, value))
    if not found:
        return None
    placed, span, value = next((f for f in found if f[0]), found[0])
    result = _finish(value, span, zones, reference, anchor)
    main = zones.sentences[0] if zones.sentences else ""
    # Yonhap and Kyodo name the day alone in the caption ("13일 오전", "13日午前") and stamp the full
    # date after it ("2025.11.13"): the stamp dates the day the caption names.
    if placed or (value.day and re.search(rf"(?<!\d){value.day}\s?[日일]", main)):
        return result
    note = (WarningCode.PARTIAL_DATE, f"'{span.text}' is from a later sentence: check it dates the picture")
    return DateFound(result.iso, anchor, (*result.warnings, note))


# After a date closing its sentence, at most a word of its own ("13 февраля 2026 года.", "2025 r.").
_DATE_TAIL = re.compile(r"\s*(?:[^\W\d_]{1,6}\.?)?\s*\.?\s*$")


def _closes_sentence(sentence: str, span: _Span) -> bool:
    """Whether a full date stands where a caption puts the picture's: after a comma, closing its sentence."""
    return sentence[: span.start].rstrip().endswith(",") and bool(_DATE_TAIL.match(sentence, span.end))


_HEADER_WORDS = 3


def _is_header(sentence: str) -> bool:
    """Whether a sentence is only a name of a few capitalised words, no digits: a town heading a caption."""
    said = sentence.split()
    return 0 < len(said) <= _HEADER_WORDS and all(
        w[:1].isupper() and not any(c.isdigit() for c in w) for w in said
    )


# A place chain's last comma, then "in" or nothing, before a year: "in Adre, Chad, in 2023".
_AFTER_PLACE = re.compile(r"[A-Z][\w.'’-]*,\s*(?:in\s+)?$")


def _year_alone(zones: Zones, reference: date | None, anchor: tuple[int, int] | None) -> DateFound | None:
    for index, sentence in enumerate(_sentences(zones.sentences)):
        dated = [(span.start, span.end) for span in _spans(sentence)]
        for m in _year_pattern().finditer(sentence):
            year = int(m.group("year"))
            if any(start <= m.start() < end for start, end in dated):
                continue  # part of a date passed over (an embargo's, a release's)
            if year < 1826 or (reference and year > reference.year):  # no photograph before 1826
                continue
            last = sentence[m.end() :].strip(" .") == ""
            closes = last and sentence[: m.start()].rstrip().endswith(",")
            # "... at a camp in Adre, Chad, in 2023": the year closing sentence 1 after its place chain
            # dates the picture, as a full date there would, whatever clause came before.
            after_place = last and bool(_AFTER_PLACE.search(sentence, 0, m.start()))
            if _cued(_cue("not_year_cues"), sentence, m.start()):
                continue
            if closes or _cued(_cue("year_cues"), sentence, m.start()):
                if index == 0 and (
                    after_place or not _cue("partial_doubt_cues").search(sentence, 0, m.start())
                ):
                    return DateFound(f"{year:04d}", anchor)  # sentence 1 dates the picture so
                note = (WarningCode.PARTIAL_DATE, f"only the year {year} is given")
                return DateFound(f"{year:04d}", anchor, (note,))
    return None


@cache
def _combination() -> re.Pattern[str]:
    """The phrases of provenance.toml that say a picture combines several ("This combination of pictures")."""
    rule = next(r for r in rules("provenance")["digital_source_type"]["rule"] if r["term"] == "composite")
    return re.compile(union(rule["patterns"]))


def _combined(found: DateFound, full: list[tuple[_Span, _Value]], zones: Zones) -> DateFound:
    """A combination of pictures whose sentence 1 gives them different days ("shows Lionel Messi on Oct. 4,
    2026 and Cristiano Ronaldo on Oct. 3, 2026"): no one day is the picture's; the first is kept, flagged."""
    days = {(v.year, v.month, v.day) for _, v in full}
    if len(days) < 2 or not _combination().search(zones.description):
        return found
    said = "; ".join(s.text for s, _ in full)
    note = (
        WarningCode.PARTIAL_DATE,
        f"a combination of pictures made on different days ({said}): the first is kept",
    )
    return DateFound(found.iso, found.anchor, (*found.warnings, note))


def _unflagged(found: DateFound) -> DateFound:
    """A month and year of sentence 1 with no clause of its own before them: the date as the caption gives
    it, not a doubtful one (partial_doubt_cues)."""
    kept = tuple(w for w in found.warnings if w[0] != WarningCode.PARTIAL_DATE)
    return DateFound(found.iso, found.anchor, kept)


def _filed_before(found: DateFound, span: _Span, main: str) -> DateFound:
    """The day a sentence after an agency's dateline names relative to it: "Rosario, 21 de junio (Télam).-
    Miles de personas participaron ayer ...", "BEIJING, June 21 (Xinhua) -- ... yesterday": the dateline
    dates the filing, the day word the picture."""
    if found.iso is None or len(found.iso) != len("2024-06-21") or span.start > _HEADER_REACH:
        return found
    tag = _AGENCY_AFTER.match(main, span.end)
    if tag is None:
        return found
    pattern, offsets = _relative_pattern()
    said = pattern.search(main, tag.end())
    if said is None or not offsets[said.group().lower()]:
        return found
    made = date.fromisoformat(found.iso) + timedelta(days=offsets[said.group().lower()])
    return DateFound(made.isoformat(), found.anchor, found.warnings)


def _relative_day(main: str, reference: date | None, anchor: tuple[int, int] | None) -> DateFound | None:
    if reference is None:
        return None
    pattern, offsets = _relative_pattern()
    m = pattern.search(main)
    if not m:
        return None
    made = reference + timedelta(days=offsets[m.group().lower()])
    return DateFound(made.isoformat(), anchor)


def _rolled_back(value: _Value, reference: date) -> bool:
    """Whether a day without its year falls after the filing day this year, so is read as last year's."""
    return bool(value.day) and date(
        reference.year, value.month or 1, min(value.day or 1, 28)
    ) > reference + timedelta(days=1)


# A day without its year this close after the filing day is more likely one to come ("previo al desfile
# del 16 de septiembre", filed on the 14th) than last year's; "Dec. 30" filed on Jan. 4 is last year's.
_TO_COME_DAYS = 60


def _still_to_come(value: _Value, reference: date | None) -> bool:
    """Whether a day without its year falls within _TO_COME_DAYS after the filing day: read as last year's,
    it may name a day to come."""
    if value.year is not None or value.day is None or value.month is None or reference is None:
        return False
    ahead = date(reference.year, value.month, min(value.day, 28)) - reference
    return timedelta(days=1) < ahead <= timedelta(days=_TO_COME_DAYS)


def _body_year(zones: Zones, month: int, day: int | None) -> int | None:
    """The year of a Getty dateline ("JUNE 11:") from the same day written in full in the caption."""
    years = []
    for sentence in _sentences(zones.sentences):
        for span in _spans(sentence):
            got = _read(span)
            if got and got.year:
                if (got.month, got.day) == (month, day):
                    return got.year
                years.append(got.year)
    return years[0] if years else None


def _finish(
    value: _Value, span: _Span, zones: Zones, reference: date | None, anchor: tuple[int, int] | None
) -> DateFound:
    if value.month is None and value.day is not None:
        return _day_of_month(value.day, span, reference, anchor)
    warnings: list[tuple[WarningCode, str]] = []
    year = value.year
    month = value.month or 1
    if year is None:
        if reference is None:
            warnings.append(
                (WarningCode.PARTIAL_DATE, f"'{span.text}' has no year and no reference date was given")
            )
            return DateFound(None, anchor, tuple(warnings))
        year = reference.year
        # A yearless date is the latest such day not after the filing day (a day's grace for time zones).
        if _rolled_back(value, reference):
            year -= 1
        if _still_to_come(value, reference):
            warnings.append(
                (
                    WarningCode.PARTIAL_DATE,
                    f"'{span.text}' has no year and falls after the filing day: read as {year}'s, it may "
                    "name a day to come",
                )
            )
    if value.day is None:
        warnings.append((WarningCode.PARTIAL_DATE, f"'{span.text}' gives no day"))
        return DateFound(f"{year:04d}-{month:02d}", anchor, tuple(warnings))
    try:
        made = date(year, month, value.day)
    except ValueError:
        return DateFound(None, anchor, ((WarningCode.MISSING_DATE, f"'{span.text}' is no valid date"),))
    if span.weekday:
        said = _weekday_of(span.weekday)
        if said is not None and said != made.weekday():
            warnings.append(
                (
                    WarningCode.WEEKDAY_MISMATCH,
                    f"'{span.text}': {made.isoformat()} is a {made.strftime('%A')}, not a {span.weekday}",
                )
            )
    holiday = holiday_day(span.text) if span.form == "hol" else None
    if holiday and holiday.note:
        warnings.append((WarningCode.PARTIAL_DATE, f"'{span.text}' {holiday.note}"))
    if reference and made > reference + timedelta(days=1):
        warnings.append(
            (WarningCode.DATE_AFTER_REFERENCE, f"{made.isoformat()} is after the reference date {reference}")
        )
    return DateFound(made.isoformat(), anchor, tuple(warnings))


def _day_of_month(day: int, span: _Span, reference: date | None, anchor: tuple[int, int] | None) -> DateFound:
    """A day of the month alone ("5日"): the latest such day not after the filing day."""
    if reference is None:
        note = (WarningCode.PARTIAL_DATE, f"'{span.text}' gives only the day and no reference date was given")
        return DateFound(None, anchor, (note,))
    year, month = reference.year, reference.month
    for _ in range(3):  # a 31st filed in a month of 30 days is two months back
        if day <= calendar.monthrange(year, month)[1] and date(year, month, day) <= reference + timedelta(
            days=1
        ):
            return DateFound(date(year, month, day).isoformat(), anchor)
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return DateFound(None, anchor, ((WarningCode.MISSING_DATE, f"'{span.text}' is no valid date"),))


def _from_weekday(name: str, reference: date | None, anchor: tuple[int, int] | None) -> DateFound:
    index = _weekday_of(name)
    if reference is None or index is None:
        return DateFound(
            None, anchor, ((WarningCode.PARTIAL_DATE, f"'{name}' without a reference date names no day"),)
        )
    # The latest such weekday not after the filing day.
    made = reference - timedelta(days=(reference.weekday() - index) % 7)
    return DateFound(made.isoformat(), anchor)


_ISO = re.compile(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


def date_text_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Where TEXT writes a date of any form, in order (the place reader finds datelines by them)."""
    return tuple((span.start, span.end) for span in _spans(text))


def date_spans(text: str, iso: str | None) -> tuple[tuple[int, int], ...]:
    """Where TEXT says the date ISO ("2022-06-11", "2022-06", "2022"): its date texts whose day, month and
    year agree with it, and weekday names that fit it (for a desk to see what the date was read from)."""
    m = _ISO.fullmatch(iso or "")
    if not m:
        return ()
    year, month, day = (int(g) if g else None for g in m.groups())
    if month is None:
        return ()
    weekday = date(year or 4, month, day).weekday() if day else None
    found = []
    for span in _spans(text):
        if span.form == "wd":
            agrees = weekday is not None and _weekday_of(span.weekday or "") == weekday
        else:
            value = _read(span)
            agrees = (
                value is not None
                and value.month == month
                and value.year in (None, year)
                and (value.day == day or (value.day is None and day is None))
            )
        if agrees:
            found.append((span.start, span.end))
    return tuple(found)
