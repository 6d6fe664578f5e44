"""A day, month or year sentence 1 leaves out, completed from a later sentence writing the same date in
full: archive captions sent again with their original line ("June 1957. ... 6/10/57."), Japanese and
Chinese captions whose closing line dates the day ("3月3日、北京で。2024年3月3日撮影")."""

from __future__ import annotations

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
