"""Reference dates as feeds, files and DAM systems write them.

A batch line's or a DAM call's reference date is often copied from where the picture came from: an ISO
date or timestamp ("2022-06-12", "2022-06-12T10:31:00Z", IIM's "20220612"), an RSS pubDate ("Sun, 12 Jun
2022 10:31:00 GMT") or EXIF's "2022:06:12 10:31:00". python-dateutil reads them; a date it has to
complete (a missing year or day) or to guess the order of ("03/04/2022") is refused, not guessed.
"""

from __future__ import annotations

import re
from datetime import date, datetime

_EXIF = re.compile(r"(\d{4}):(\d{2}):(\d{2})(?=$|[ T])")
_ISO_DAY = re.compile(r"\d{4}(?:-\d{2}-\d{2}|\d{4})(?!\d)")  # not "2022" or "2022-06": a day is a day
# The form most reference dates take, read without dateutil (its import is a start-up's 20 ms).
_ISO_DATE_ONLY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_MONTH_WORD = re.compile(r"[^\W\d_]{3,}")
# Two far-apart defaults: a part the text lacks takes each default's value, so the two readings differ.
_DEFAULTS = (datetime(2000, 1, 1), datetime(1971, 12, 28))


def reference_date_of(text: str) -> date | None:
    """The date `text` writes in one of the forms above; None when it is not one of them."""
    text = _EXIF.sub(r"\1-\2-\3", text.strip(), count=1)
    if not text:
        return None
    if _ISO_DATE_ONLY.fullmatch(text):
        try:
            return date.fromisoformat(text)  # as dateutil's isoparse reads it, a bad day refused alike
        except ValueError:
            return None
    from dateutil import parser

    if _ISO_DAY.match(text):
        try:
            return parser.isoparse(text).date()
        except (ValueError, OverflowError):
            return None
    if not _MONTH_WORD.search(text):
        return None  # numbers alone in another order than ISO's: day or month first cannot be told
    try:
        first, second = (parser.parse(text, default=d).date() for d in _DEFAULTS)
    except (ValueError, OverflowError, parser.ParserError):
        return None
    return first if first == second else None
