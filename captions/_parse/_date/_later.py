"""A day, month or year sentence 1 leaves out, completed from a later sentence writing the same date in
full: archive captions sent again with their original line ("June 1957. ... 6/10/57."), Japanese and
Chinese captions whose closing line dates the day ("3月3日、北京で。2024年3月3日撮影"); and where the caption
starts after a header naming the place (or a Japanese match) alone, or a stamp dates the filing after the
day named."""

from __future__ import annotations

import re
from datetime import date, timedelta

from ._spans import _not_captured, _read, _Span, _spans, _Value


def _year_said_later(later: tuple[str, ...], value: _Value) -> _Value:
    """A day of sentence 1 without its year, given the year of the same day written in full in a later
    sentence ("3月3日、北京で。2024年3月3日撮影")."""
    if value.year is not None:
        return value
    for sentence in later:
        for span in _spans(sentence):
            got = _read(span)
            if got and got.year and (got.month, got.day) == (value.month, value.day):
                return got
    return value


def _day_of_month_said(later: tuple[str, ...], value: _Value) -> tuple[_Span, _Value] | None:
    """The day of sentence 1's month and year that a later sentence writes in full: Bettmann's original
    caption after "June 1957" ("... 6/10/57."), read in the order that puts it in that month."""
    for sentence in later:
        for span in _spans(sentence):
            if span.form in ("wd", "my") or _not_captured(sentence, span.start):
                continue
            for got in {_read(span), _read(span, True)}:
                if got and got.day and (got.year, got.month) == (value.year, value.month):
                    return span, got
    return None


# A header names a place in a few words a part.
_PLACE_WORDS = 3


# A place's header is a town and its region at most: "Біла Церква, Київська область.".
_PLACE_HEADER_PARTS = 2


def _place_header(sentence: str) -> bool:
    """Whether a sentence names a place alone: a town heading the caption ("Санкт-Петербург."), or a town
    and its region, each part a few words that open with a capital and hold no digit."""
    parts = sentence.strip().rstrip(".").split(", ")
    return len(parts) <= _PLACE_HEADER_PARTS and all(
        0 < len(p.split()) <= _PLACE_WORDS and p[:1].isupper() and not any(c.isdigit() for c in p)
        for p in parts
    )


# Jiji's and Kyodo's sports header before the caption: the competition, then the two sides joined by a dash
# ("オープン戦、巨人－阪神。", "サッカーＪ１、浦和－鹿島。"), no date of its own.
_JAPANESE_MATCH_HEADER = re.compile(r"[^、。\s]{1,20}、[^、。\s－]{1,12}－[^、。\s－]{1,12}。?")


def _match_header(sentence: str) -> bool:
    """Whether a sentence is a Japanese agency's header naming the competition and its two sides alone."""
    return _JAPANESE_MATCH_HEADER.fullmatch(sentence.strip()) is not None


# A day named alone in a Korean caption ("30일(현지시간)", "12일 오후"), not "3일 동안" (for three days).
_KOREAN_DAY_NAMED = re.compile(r"(?<![\d.])([0-3]?\d)일(?=\s?\(|\s(?!동안)|오전|오후|저녁|밤|새벽)")


_LOCAL_TIME = re.compile(r"\d일\s?\(현지\s?시간\)")


# Yonhap stamps the filing day a day or two after the day a picture abroad was taken, in local time.
_STAMP_LAG = 3


def _named_day_before(main: str, stamp: _Value) -> date | None:
    """The day a Korean sentence 1 names alone, where Yonhap's stamp after it ("... 드리블하고 있다.
    2027.1.31") is a later day: "30일(현지시간)" is the picture's day, the stamp the filing day."""
    days = {int(d) for d in _KOREAN_DAY_NAMED.findall(main)}
    if len(days) != 1 or stamp.year is None or stamp.month is None or stamp.day is None:
        return None
    filed = date(stamp.year, stamp.month, stamp.day)
    for back in range(1, _STAMP_LAG + 1):
        day = filed - timedelta(days=back)
        if day.day in days:
            return day
    return None
