"""The date the picture was made.

Date spans are found with patterns built from the month and weekday names of data/date.toml, then read
by dateutil with the same names. The date of sentence 1 wins over dates of background sentences; cues
such as "Picture taken" or "File photo dated" win over both; "Issue date:" never counts. A date without
its year takes the year from the reference date, or stays partial: never today's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache, lru_cache
from typing import Any

from dateutil import parser as dateparser
from dateutil.relativedelta import relativedelta, weekday

from .._model import WarningCode
from .._rules import alternation, compile_all, phrases, rules, words
from ._types import Zones

__all__ = ["YEAR", "DateFound", "date_spans", "find_date", "month_names"]

# dateutil fills what a text lacks from `default`; year 4 (a leap year no caption means) marks a
# missing year without ever borrowing today's.
_NO_YEAR = 4
_SENTINEL = datetime(_NO_YEAR, 1, 1)
YEAR = r"(?:1[89]|20)\d{2}"


class _Names(dateparser.parserinfo):
    """dateutil vocabulary: our month and weekday spellings."""

    def __init__(self, dayfirst: bool = False) -> None:
        data = rules("date")
        months: list[Any] = [tuple(m) for m in data["months"]]  # dateutil's stubs say pairs or triples
        weekdays: list[Any] = [tuple(w) for w in data["weekdays"]]
        self.MONTHS = months
        self.WEEKDAYS = weekdays
        super().__init__(dayfirst=dayfirst)


@cache
def _parserinfo(dayfirst: bool) -> _Names:
    return _Names(dayfirst=dayfirst)


def _variants(names: list[list[str]]) -> list[str]:
    # Case-sensitive on purpose: "may" and "march" are verbs, "May" and "MARCH" are months.
    out: list[str] = []
    for group in names:
        for name in group:
            out += [name, name[:1].upper() + name[1:], name.upper()]
    return out


@cache
def month_names() -> frozenset[str]:
    """Every spelling of every month, lower-cased (and "de", of "11 de junio")."""
    months = frozenset(name.lower() for group in rules("date")["months"] for name in group)
    return months | words("date", "month_joiners")


@cache
def _weekday_index() -> dict[str, int]:
    return {n.lower(): i for i, group in enumerate(rules("date")["weekdays"]) for n in group}


@cache
def _spans_pattern() -> re.Pattern[str]:
    data = rules("date")
    mon = f"(?:{alternation(_variants(data['months']))})"
    wd = f"(?:{alternation(_variants(data['weekdays']))})"
    full_wd = alternation(n for group in data["weekdays"] for n in _variants([group]) if len(n) > 4)
    de = alternation(data["month_joiners"])  # in lower case: a shape (RULES.md)
    th = phrases("date", "ordinal_suffixes_cased")
    spans = re.compile(
        "|".join(
            [
                rf"(?<![\w./-])(?P<num>[0-3]?\d(?P<sep>[./-])[01]?\d(?P=sep){YEAR})(?![\w/-]|\.\d)",
                rf"(?<![\w-])(?P<iso>{YEAR}-[01]\d-[0-3]\d)(?![\w-])",
                rf"\b(?P<dmy>(?:(?P<wd1>{wd})\.?,?\s+)?[0-3]?\d{th}?\.?\s+(?:{de}\s+)?{mon}\.?,?\s+(?:{de}\s+)?{YEAR})\b",
                rf"\b(?P<mdy>(?:(?P<wd2>{wd})\.?,?\s+)?{mon}\.?\s*[0-3]?\d{th}?\b(?:,?\s+{YEAR}\b)?)(?!:\d)",
                rf"\b(?P<my>{mon}\.?,?\s+{YEAR})\b",
                rf"\b(?P<wd>{full_wd})\b",
            ]
        )
    )
    return spans


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    text: str
    form: str
    weekday: str | None


@dataclass(frozen=True)
class _Value:
    """What a date text says: year None when it gave none; day None for a month-year."""

    year: int | None
    month: int
    day: int | None


@dataclass(frozen=True)
class DateFound:
    iso: str | None
    anchor: tuple[int, int] | None  # where sentence 1's date sits, for the place parser
    warnings: tuple[tuple[WarningCode, str], ...] = ()


@lru_cache(maxsize=4096)
def _spans(text: str) -> tuple[_Span, ...]:
    spans = _spans_pattern()
    out = []
    for m in spans.finditer(text):
        form = m.lastgroup or ""
        for name in ("num", "iso", "dmy", "mdy", "my", "wd"):
            if m.group(name):
                form = name
                break
        weekday = m.group("wd1") or m.group("wd2") or m.group("wd")
        out.append(_Span(m.start(), m.end(), m.group(), form, weekday))
    return tuple(out)


def _read(span: _Span) -> _Value | None:
    """Read a span with dateutil; None when it is no real date (e.g. "June 31")."""
    text = span.text
    for joiner in rules("date")["month_joiners"]:
        text = text.replace(f" {joiner} ", " ")  # "20 de julio de 2024"
    if span.weekday and span.form != "wd":
        text = text[len(span.weekday) :].lstrip(".,; ")
    return _read_text(text, span.form)


@lru_cache(maxsize=4096)
def _read_text(text: str, form: str) -> _Value | None:
    # A batch repeats its dates ("Saturday, June 11, 2022"): read each text once.
    try:
        if form == "num":
            try:
                got = dateparser.parse(text, parserinfo=_parserinfo(True), default=_SENTINEL)
            except (ValueError, OverflowError):
                got = dateparser.parse(text, parserinfo=_parserinfo(False), default=_SENTINEL)
        else:
            got = dateparser.parse(text, parserinfo=_parserinfo(False), default=_SENTINEL)
    except (ValueError, OverflowError):
        return None
    year = None if got.year == _NO_YEAR else got.year
    return _Value(year, got.month, None if form == "my" else got.day)


@cache
def _cues() -> tuple[tuple[re.Pattern[str], ...], tuple[re.Pattern[str], ...], tuple[re.Pattern[str], ...]]:
    data = rules("date")
    return (
        compile_all(data["capture_cues"]),
        compile_all(data["not_capture_cues"]),
        compile_all(data["undated"]),
    )


def _cued(patterns: tuple[re.Pattern[str], ...], text: str, start: int) -> bool:
    window = text[max(0, start - 90) : start]
    return any(p.search(window) for p in patterns)


def _weekday_of(name: str) -> int | None:
    return _weekday_index().get(name.lower().rstrip("."))


def find_date(zones: Zones, reference: date | None) -> DateFound:
    capture, not_capture, undated = _cues()
    main = zones.main
    main_spans = _spans(main)
    anchor = next(((s.start, s.end) for s in main_spans if not _cued(not_capture, main, s.start)), None)

    if any(p.search(zones.body) for p in undated):
        return DateFound(
            None, anchor, ((WarningCode.MISSING_DATE, "the caption says the picture is undated"),)
        )

    # 1. A cue anywhere in the caption: "Picture taken ...", "File photo dated ...".
    triggers = rules("date")["capture_triggers"]
    for sentence in zones.sentences:
        lowered = sentence.lower()
        if not any(t in lowered for t in triggers):
            continue
        for span in _spans(sentence):
            if span.form not in ("wd", "my") and _cued(capture, sentence, span.start):
                value = _read(span)
                if value:
                    return _finish(value, span, zones, reference, anchor)

    # 2. A dateline that leads with the date (dpa, ZUMA, Europa Press) gives the picture's date.
    for line in zones.datelines:
        if line.style in ("dpa", "zuma", "sport", "numeric", "closing") and line.date_text:
            line_spans = _spans(line.date_text)
            value = _read(line_spans[0]) if line_spans else None
            if value and value.year:
                return _finish(value, line_spans[0], zones, reference, anchor)

    # 3. Sentence 1: its first full date, else one lacking the year, a month-year, a weekday.
    usable = [s for s in main_spans if not _cued(not_capture, main, s.start)]
    read = [(s, _read(s)) if s.form != "wd" else (s, None) for s in usable]
    for span, value in read:
        if value and value.year and value.day:
            return _finish(value, span, zones, reference, anchor)

    getty = next((line for line in zones.datelines if line.style == "getty" and line.date_text), None)
    if getty and getty.date_text:
        spans = _spans(getty.date_text.title())
        value = _read(spans[0]) if spans else None
        if value:
            if value.year is None:
                value = _Value(_body_year(zones, value), value.month, value.day)
            return _finish(value, spans[0], zones, reference, anchor)

    for span, value in read:
        if value and value.day:
            return _finish(value, span, zones, reference, anchor)
    for span, value in read:
        if value:
            return _finish(value, span, zones, reference, anchor)
    for span, _ in read:
        if span.form == "wd" and span.weekday:
            return _from_weekday(span.weekday, reference, anchor)

    # 4. Xinhua's header date is the filing date: better than nothing, said so.
    for line in zones.datelines:
        if line.style == "xinhua" and line.date_text:
            spans = _spans(line.date_text)
            value = _read(spans[0]) if spans else None
            if value:
                found = _finish(value, spans[0], zones, reference, anchor)
                note = (WarningCode.PARTIAL_DATE, "date taken from the Xinhua header (the filing date)")
                return DateFound(found.iso, anchor, (*found.warnings, note))
    return DateFound(None, anchor, ((WarningCode.MISSING_DATE, "no date found in the caption"),))


def _body_year(zones: Zones, value: _Value) -> int | None:
    """The year of a Getty dateline ("JUNE 11:") from the same day written in full in the caption."""
    years = []
    for sentence in zones.sentences:
        for span in _spans(sentence):
            got = _read(span) if span.form != "wd" else None
            if got and got.year:
                if (got.month, got.day) == (value.month, value.day):
                    return got.year
                years.append(got.year)
    return years[0] if years else None


def _finish(
    value: _Value, span: _Span, zones: Zones, reference: date | None, anchor: tuple[int, int] | None
) -> DateFound:
    warnings: list[tuple[WarningCode, str]] = []
    year = value.year
    if year is None:
        if reference is None:
            warnings.append(
                (WarningCode.PARTIAL_DATE, f"'{span.text}' has no year and no reference date was given")
            )
            return DateFound(None, anchor, tuple(warnings))
        year = reference.year
        # A yearless date is the latest such day not after the filing day (a day's grace for time zones).
        if value.day and date(year, value.month, min(value.day, 28)) > reference + timedelta(days=1):
            year -= 1
    if value.day is None:
        warnings.append((WarningCode.PARTIAL_DATE, f"'{span.text}' gives no day"))
        return DateFound(f"{year:04d}-{value.month:02d}", anchor, tuple(warnings))
    try:
        made = date(year, value.month, value.day)
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
    if reference and made > reference + timedelta(days=1):
        warnings.append(
            (WarningCode.DATE_AFTER_REFERENCE, f"{made.isoformat()} is after the reference date {reference}")
        )
    return DateFound(made.isoformat(), anchor, tuple(warnings))


def _from_weekday(name: str, reference: date | None, anchor: tuple[int, int] | None) -> DateFound:
    index = _weekday_of(name)
    if reference is None or index is None:
        return DateFound(
            None, anchor, ((WarningCode.PARTIAL_DATE, f"'{name}' without a reference date names no day"),)
        )
    made = reference + relativedelta(weekday=weekday(index)(-1))
    return DateFound(made.isoformat(), anchor)


_ISO = re.compile(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


def date_spans(text: str, iso: str | None) -> tuple[tuple[int, int], ...]:
    """Where TEXT says the date ISO ("2022-06-11", "2022-06", "2022"): its date texts whose day, month and
    year agree with it, and weekday names that fit it (for a desk to see what the date was read from)."""
    m = _ISO.fullmatch(iso or "")
    if not m:
        return ()
    year, month, day = (int(g) if g else None for g in m.groups())
    weekday = date(year or 1, month, day).strftime("%A").lower() if month and day else None
    found = []
    for span in _spans(text):
        if span.form == "wd":
            agrees = weekday is not None and (span.weekday or "").lower().rstrip(".") in (
                weekday,
                weekday[:3],
            )
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
