"""Datelines: the place-and-date lines that open a caption (Getty, dpa, Xinhua, ZUMA) or close it
(Shutterstock), as date.toml's templates describe them."""

from __future__ import annotations

import re
from functools import cache

from .._rules import rules
from ._date import YEAR, month_names
from ._types import Dateline

__all__ = ["closing_dateline", "date_after_credit", "date_stamp", "find_datelines", "header_dateline"]

# A caption opens with one dateline, two at most ("07.12.2019, USA, Newport News:" after a Getty one): a
# flood of them is text, and each one taken would copy the rest of it.
_MAX_DATELINES = 4
# A Getty dateline ends within the first characters of a caption, after a re-issue note at most.
_GETTY_REACH = 400


@cache
def _patterns() -> tuple[
    re.Pattern[str],
    tuple[tuple[str, re.Pattern[str]], ...],
    re.Pattern[str],
    re.Pattern[str],
    re.Pattern[str],
]:
    data = rules("date")
    # Datelines are templates in date.toml: {mon} a month, {MON} one in capitals, {year} a year. Their
    # month is any word here and checked once matched (_names_months): compiling the list of month
    # spellings into each template would cost more start-up time than all other patterns together.
    names = {"mon": r"[^\W\d_]{3,10}", "MON": "[A-Z]{3,9}", "year": YEAR}
    getty = re.compile(data["getty_dateline"].format(**names))
    at_start = tuple((d["style"], re.compile(d["pattern"].format(**names))) for d in data["dateline"])
    closing = re.compile(data["closing_dateline"].format(**names))
    stamp = re.compile(data["date_stamp"].format(**names))
    header = re.compile(data["header_dateline"].format(**names))
    return getty, at_start, closing, stamp, header


# A group's name in a pattern: the union of the datelines' patterns holds each unnamed (they share names).
_GROUP_NAME = re.compile(r"(?<!\\)\(\?P<\w+>")


@cache
def _any_dateline() -> re.Pattern[str]:
    """Whether any dateline pattern matches at a text's start, in one match: most captions open with
    none, and the patterns tried in turn were some 100 interpreted lines a caption. Their texts hold no
    back-reference, condition or flag that an unnamed group would change (`tests/parse/test_dateline.py`)."""
    return re.compile("|".join(f"(?:{_GROUP_NAME.sub('(?:', p.pattern)})" for _, p in _patterns()[1]))


def find_datelines(body: str) -> tuple[list[Dateline], str, str]:
    """Datelines at the start of the caption, or a Getty one inside its first lines.

    Returns the datelines, the text ahead of a mid-caption dateline, and the rest of the caption.
    """
    getty, at_start, _, _, _ = _patterns()
    found: list[Dateline] = []
    before = ""
    progress = True
    while progress and len(found) < _MAX_DATELINES and _any_dateline().match(body):
        progress = False
        for style, pattern in at_start:
            m = pattern.match(body)
            date = _unglued(m.groupdict().get("date")) if m else None
            if m and (date is None or _names_months(date)):  # ANP's dateline has no date
                date = _full_year(date)
                place = m.groupdict().get("place") or ""
                # "Shimla (Himachal Pradesh) [India]": the state and country written in brackets; a local
                # heading's river after a slash ("Neustadt/Aisch").
                brackets = (
                    m.groupdict().get("region"),
                    m.groupdict().get("country"),
                    m.groupdict().get("river"),
                )
                place = ", ".join(p for p in (place, *brackets) if p)
                found.append(Dateline(m.group().strip(), _place_parts(place), date, style))
                body = body[m.end() :]
                progress = True
    # The Getty pattern opens with a lookbehind, so it is tried at every character: it runs only where the
    # colon every match holds is in the first 400 characters (most captions have none).
    m = (
        next((g for g in getty.finditer(body, 0, _GETTY_REACH) if _names_months(g.group("date"))), None)
        if not _getty_needs_colon() or body.find(":", 0, _GETTY_REACH) >= 0
        else None
    )
    if m:
        found.append(Dateline(m.group().strip(), _place_parts(m.group("place")), m.group("date"), "getty"))
        before, body = body[: m.start()].strip(), body[m.end() :]
    return found, before, body.strip()


@cache
def _getty_needs_colon() -> bool:
    """Whether every Getty dateline holds a colon: its template (date.toml) closes with one ("LONDON,
    ENGLAND - AUGUST 20:")."""
    return str(rules("date")["getty_dateline"]).endswith(" ?: ?")


# A month in capitals glued to its day and year: Cuartoscuro's "02FEBRERO2027".
_GLUED_MONTH = re.compile(r"(?<=\d)(?=[A-ZÀ-Þ]{3})|(?<=[A-ZÀ-Þ]{3})(?=\d{4}\b)")


def _unglued(date_text: str | None) -> str | None:
    """A dateline's date with a month glued to its digits spaced out ("02 FEBRERO 2027")."""
    return _GLUED_MONTH.sub(" ", date_text) if date_text else date_text


def _names_months(date_text: str) -> bool:
    """Whether every word of a dateline's date is a month ("JUNE 11", "07.12.2019", not "ROUND 2")."""
    # An ordinal's ending is no word: "2nd December, 2026".
    return all(word.lower() in month_names() for word in re.findall(r"(?<!\d)[^\W\d_]+", date_text))


def closing_dateline(line: str) -> Dateline | None:
    """A closing line "Heatwave, Bournemouth, UK - 19 Jul 2022" (Shutterstock), or None."""
    m = _patterns()[2].match(line.strip())
    if not m or not _names_months(m.group("date")):
        return None
    return Dateline(m.group(), _place_parts(m.group("place")), m.group("date"), "closing")


def header_dateline(line: str) -> Dateline | None:
    """A heading line of its own, the date and then the town: LaPresse's "07 Dicembre 2026 Milano, Italia"."""
    m = _patterns()[4].match(line.strip())
    if not m or not _names_months(m.group("date")):
        return None
    return Dateline(m.group(), _place_parts(m.group("place")), m.group("date"), "zuma")


@cache
def _date_alone() -> re.Pattern[str]:
    return re.compile(rules("date")["date_after_credit"].format(year=YEAR))


def date_after_credit(tail: str) -> Dateline | None:
    """The date alone in digits that makes the whole text after the credit ("22.05.2027"), as a date
    stamp (day first), or None."""
    m = _date_alone().fullmatch(tail.strip())
    return Dateline(m.group(), (), m.group("date"), "stamp") if m else None


# How far before the credit (or the end) a date stamp may start: "(10-01-2022) " and a stop before it.
_STAMP_REACH = 16


def date_stamp(text: str, credit: tuple[int, int] | None) -> tuple[Dateline, int, int] | None:
    """A feed's date stamp "(10-01-2022)" right before or after the credit, or closing a caption that has
    none, with where it stands in TEXT; or None."""
    # It stands right before the credit, or at the end: only the text from just before there is read.
    start = max(0, (credit[0] if credit is not None else len(text)) - _STAMP_REACH)
    for m in _patterns()[3].finditer(text, start):
        before, after = text[: m.start()].rstrip(), text[m.end() :].strip(" .")
        beside = credit is not None and (len(before) == credit[1] or text[m.end() : credit[0]].strip() == "")
        if beside or not after:
            return Dateline(m.group(), (), m.group("date"), "stamp"), m.start(), m.end()
    return None


# GEPA's "31.JAN.27": a day, a month's short name and the last two digits of the year.
_SHORT_YEAR = re.compile(r"(?P<day>[0-3]?\d)\.(?P<month>[^\W\d_]{3,9})\.(?P<year>\d{2})")


def _full_year(date: str | None) -> str | None:
    """A dateline's date with a two-digit year written out ("31.JAN.27" is "31 JAN 2027"): a dateline
    is filed the day it is taken, this century."""
    m = _SHORT_YEAR.fullmatch(date) if date else None
    return f"{m['day']} {m['month']} 20{m['year']}" if m else date


def _place_parts(place: str) -> tuple[str, ...]:
    return tuple(p.strip() for p in place.split(",") if p.strip())
