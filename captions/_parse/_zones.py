"""Zoning: a cleaned caption split into its prefix flags, datelines and the sentences of the caption proper.

A wire caption is `[prefix flags] [sentence 1: who/what/where/when] [background] [notes] [credit] [tags]`;
the other readers take the zones they need instead of re-scanning the whole text.
"""

from __future__ import annotations

import re
from functools import cache

from .._regex import union
from .._rules import rules
from ._date import YEAR
from ._dateline import closing_dateline, date_after_credit, date_stamp, find_datelines, header_dateline
from ._text import split_sentences, strip_tails
from ._types import Dateline, Zones

__all__ = ["zone"]

# A caption opens with a few flags at most ("FILE - EDS NOTE: ... -"); a flood of them is caption text,
# not flags, and each one taken would copy the rest of the text.
_MAX_PREFIXES = 8


@cache
def _prefixes() -> tuple[tuple[re.Pattern[str], str | None], ...]:
    return tuple((re.compile(p["pattern"]), p.get("kind")) for p in rules("text")["prefix"])


@cache
def _any_prefix() -> re.Pattern[str]:
    # One look at the text's start for all the flags: most captions open with none of them.
    return re.compile(union(p["pattern"] for p in rules("text")["prefix"]))


# A dash, or two, closing the text before a credit: "semalam. - Foto NSTP/Name", "hari ini. --fotoBERNAMA".
_DASH_BEFORE_CREDIT = re.compile(r"(?<=[.,;:!?])\s*[-–—]{1,2}\s*$")


def zone(description: str, credit: tuple[int, int] | None = None, breaks: tuple[int, ...] = ()) -> Zones:
    """Split a cleaned caption into flags, datelines and sentences of the caption proper.

    `credit`: where the credit sits; `breaks`: where lines of the original began.
    """
    text = description
    closing: list[Dateline] = []
    if breaks:
        # Shutterstock closes with a line "Heatwave, Bournemouth, UK - 19 Jul 2022".
        last = breaks[-1]
        line = closing_dateline(text[last:])
        if line and (credit is None or credit[1] <= last):
            closing.append(line)
            text = text[:last]
    if not closing and credit is not None and (line := _after_credit(text[credit[1] :])):
        closing.append(line)
        text = text[: credit[1]]
    stamp = date_stamp(text, credit)
    if stamp is not None:
        line, start, end = stamp
        closing.append(line)
        text = text[:start] + " " + text[end:]
        if credit is not None and end <= credit[0]:
            shift = end - start - 1
            credit = (credit[0] - shift, credit[1] - shift)
    if credit is None:
        body = text
    elif len(text[: credit[0]].split()) < 5:
        body = text[: credit[0]] + " " + text[credit[1] :]  # the credit opens the caption
    else:
        # The dash that sets the credit off is no part of the caption: "..., Kuala Lumpur, semalam. - Foto
        # NSTP/Name" would leave the place chain ending in "semalam. -".
        body = text[: credit[0]]
        if body.rstrip().endswith(("-", "–", "—")):  # searched only where one closes the text
            body = _DASH_BEFORE_CREDIT.sub("", body)
    body = strip_tails(body).strip()
    flags: list[tuple[str, str | None]] = []
    changed = _any_prefix().match(body) is not None
    while changed and len(flags) < _MAX_PREFIXES:
        changed = False
        for pattern, kind in _prefixes():
            m = pattern.match(body)
            if m and m.end() > 0:
                flags.append((m.group().strip(), kind))
                body = body[m.end() :]
                changed = True
    # LaPresse: "07 Dicembre 2026 Milano, Italia" on a line of its own, kept in the text the readers see.
    header = _header(body, description, breaks)
    datelines, before, body = find_datelines(body)
    datelines = [header, *datelines] if header is not None else datelines
    if before and _any_prefix().match(before):
        # Text ahead of a mid-caption dateline is a re-issue note ("Petr Cech has announced ...").
        for pattern, kind in _prefixes():
            m = pattern.match(before)
            if m and m.end() > 0:
                flags.append((m.group().strip(), kind))
    return Zones(
        description=description,
        body=body,
        sentences=_picture_first(split_sentences(body)),
        flags=tuple(flags),
        datelines=tuple(datelines + closing),
        before_dateline=before,
    )


# A town's name after a credit has a few words, no digits: "EMBARGOED UNTIL 23:01 GMT, 20 JANUARY 2027" names
# none.
_TOWN_AFTER_CREDIT = re.compile(r"[^\W\d_][^\d:;()]{0,40}")


def _after_credit(tail: str) -> Dateline | None:
    """The town and the date after the credit, on its line: Anadolu's "(Fotoğraf: Name - AA) İstanbul, 19
    Şubat 2027", or the date alone; or None."""
    if not tail.strip():
        return None
    tail = tail.strip()
    if tail.startswith("(") and tail.endswith(")") and tail.count("(") == 1:
        tail = tail[
            1:-1
        ]  # Anadolu's captions may bracket it: "(Fotoğraf: Name - AA) (İstanbul, 7 Haziran 2027)"
    line = closing_dateline(tail)
    if line is None or not all(_TOWN_AFTER_CREDIT.fullmatch(part) for part in line.place):
        # Or the date alone: "(Dışişleri Bakanlığı - Anadolu Ajansı)" and "22.05.2027" on a line of its own.
        return date_after_credit(tail)
    return line


# A heading dateline stands among the first lines (after a credit line) or " | " segments of a caption.
_HEADER_WITHIN = 3


def _header(body: str, description: str, breaks: tuple[int, ...]) -> Dateline | None:
    """A heading dateline on a line of its own, or between " | " where a feed joined the lines: LaPresse's
    "Foto Claudio Furlan/LaPresse | 07 Dicembre 2026 Milano, Italia | Cronaca | ..."."""
    lines = [description[a:b] for a, b in zip((0, *breaks), (*breaks, len(description)), strict=True)]
    segments = body.split(" | ")[:_HEADER_WITHIN] if " | " in body else []
    for text in (*lines[:_HEADER_WITHIN], *segments):
        if text.strip() and (line := header_dateline(text)) is not None:
            return line
    return None


@cache
def _picture_cue() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{c})" for c in rules("text")["picture_cues"]))


@cache
def _release() -> re.Pattern[str]:
    return re.compile(rules("text")["release_sentence"])


@cache
def _place_date() -> re.Pattern[str]:
    return re.compile(rules("text")["place_date_sentence"])


# A picture sentence further down than this is background, not a description of the picture.
_PICTURE_WITHIN = 4
_KICKER_WORDS = 2  # "Geslaagd!", "Endlich Ferien!": an exclamation of a word or two


def _picture_first(sentences: list[str]) -> tuple[str, ...]:
    """The sentences, the one describing the picture first (the others keep their order).

    That is sentence 1, unless it holds no date and a later sentence says it describes the picture ("In
    this photo taken ...", "Here, ...", "Ici, ...").
    """
    if len(sentences) < 2:
        return tuple(sentences)
    if sentences[0].endswith("!") and len(sentences[0].split()) <= _KICKER_WORDS:
        # A kicker opening the text ("ZWOLLE - Geslaagd! Eindexamenkandidaten hangen ..."): an exclamation,
        # no sentence of the picture; the one after it is.
        sentences = [sentences[1], sentences[0], *sentences[2:]]
    release = bool(_release().match(sentences[0]))
    if re.search(rf"(?<!\d){YEAR}(?!\d)", sentences[0]) and not release:
        return tuple(sentences)
    later = sentences[1:_PICTURE_WITHIN]
    pick = next((i + 1 for i, s in enumerate(later) if _picture_cue().match(s)), None)
    if pick is None and release:
        pick = next((i + 1 for i, s in enumerate(later) if _place_date().match(s)), None)
    if pick is None:
        return tuple(sentences)
    return (sentences[pick], *sentences[:pick], *sentences[pick + 1 :])
