"""The date the picture was made.

Date spans are found with patterns built from the month and weekday names of data/date_names.json (the
CLDR's, generated) and data/date.toml (what the CLDR lacks), then read from their digits and month word.
The date of sentence 1 wins over dates of background sentences; cues such as "Picture taken" or "File
photo dated" win over both; "Issue date:" never counts. Among several days of sentence 1 (_several), a
release's, a dateline's, a recalled event's or a dead man's day yields to the picture's, and two days
nothing decides between are flagged. A date without its year takes the year from the
reference date, or stays partial: never today's. When sentence 1 holds no date, a later sentence's date,
a year alone ("in 2021") or a day word ("hoy") is read, each flagged where it may be wrong."""

from __future__ import annotations

from ._find import BRACKETED_DAY, date_spans, date_text_spans, find_date
from ._spans import DateFound, is_weekday
from ._words import YEAR, month_names

__all__ = [
    "BRACKETED_DAY",
    "YEAR",
    "DateFound",
    "date_spans",
    "date_text_spans",
    "find_date",
    "is_weekday",
    "month_names",
]
