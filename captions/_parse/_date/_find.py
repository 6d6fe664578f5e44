"""The picture's date chosen among a caption's date spans: sentence 1 over background sentences, cues over
both, and the fallbacks (a later sentence, a year alone, a day word), each flagged where it may be wrong.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import replace
from datetime import date, timedelta
from functools import cache, lru_cache

from ..._model import WarningCode
from ..._regex import alternation, union
from ..._rules import phrases, rules, words
from .._holiday import day_to_come, holiday_day, recent_feast, recent_holiday
from .._types import Zones
from ._calendars import first_feast_day, other_calendar_day
from ._later import (
    _LOCAL_TIME,
    _day_of_month_said,
    _match_header,
    _named_day_before,
    _place_header,
    _year_said_later,
)
from ._several import (
    background,
    choose,
    closes_sentence,
    date_alone,
    in_clause,
    is_released,
    names_a_thing,
    other_cjk_day,
    release_after_capture,
    release_day,
    weekday_apart,
    weekday_beside,
)
from ._spans import (
    _AGENCY_AFTER,
    _EASTERN_DIGITS,
    _HEADER_REACH,
    _WESTERN,
    DateFound,
    _cue,
    _cued,
    _not_captured,
    _place_before,
    _read,
    _relative_pattern,
    _Span,
    _spans,
    _triggers,
    _Value,
    _weekday_of,
    _year_pattern,
    unspaced_relative_pattern,
    weekday_feasts,
)
from ._words import _generated, _vocabulary, _weekday_names


def _western_digits(zones: Zones) -> Zones:
    return replace(
        zones,
        description=zones.description.translate(_WESTERN),
        body=zones.body.translate(_WESTERN),
        sentences=tuple(s.translate(_WESTERN) for s in zones.sentences),
        before_dateline=zones.before_dateline.translate(_WESTERN),
    )


# How many sentences an alt text may run to before the page's own caption.
_ALT_TEXT_REACH = 4


def find_date(zones: Zones, reference: date | None, source: str | None = None) -> DateFound:
    """The picture's day in ZONES; SOURCE is the caption's agency (the Hijri calendar it dates by)."""
    if _EASTERN_DIGITS.search(zones.description):
        zones = _western_digits(zones)
    found = _with_weekdays_checked(_find_date(zones, reference, source), zones)
    if found.iso is None and all(code != WarningCode.MISSING_DATE for code, _ in found.warnings):
        # A day without its year and no reference ("am 1. September"): the record has no date all the same.
        note = (WarningCode.MISSING_DATE, "no date with its year in the caption")
        return DateFound(None, found.anchor, (note, *found.warnings))
    return found


def _find_date(zones: Zones, reference: date | None, source: str | None) -> DateFound:
    sentences = _sentences(zones.sentences)
    main = sentences[0] if sentences else ""
    main_spans = _spans(main)
    headed = False
    if (
        not main_spans
        and len(sentences) > 1
        and ((place_header := _place_header(main)) or _match_header(main))
        and ((next_spans := _spans(sentences[1])) or place_header)
    ):
        # TASS "Санкт-Петербург. 29 января. Нападающий ...", Ukrinform "Біла Церква, Київська область. У
        # вівторок, 26 січня, ...": a header that names the place alone; the caption opens after it. Jiji's
        # "オープン戦、巨人－阪神。" names the match alone. A local paper's town heading may be followed by
        # a day word only: "Ourense. Un incendio calcinó ayer una nave ...".
        sentences, main_spans, headed = sentences[1:], next_spans, True
        main = sentences[0]
    elif not main_spans and _cue("alt_text_labels").match(main):
        # "Alt text: A woman holds a placard .... Leeds Central Library campaigners on Tuesday": the screen
        # readers' description dates nothing; the page's own caption after it is sentence 1.
        page_caption = next(
            (i for i in range(1, min(len(sentences), _ALT_TEXT_REACH)) if _spans(sentences[i])), None
        )
        if page_caption is None and len(sentences) > 1:
            page_caption = 1  # the caption may still hold a day word ("The fire near Thirsk yesterday")
        if page_caption is not None:
            sentences, headed = sentences[page_caption:], True
            main, main_spans = sentences[0], _spans(sentences[0])
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
    # "before Saturday's derby", "after Monday night's storms" filed the day after: the event's weekday is the
    # picture's, where "before"/"after" would make another date the event's only.
    not_captured = [
        _not_captured(main, s.start) and not (s.form == "wd" and _event_just_past(main, s, reference))
        for s in main_spans
    ]
    anchor = next(((s.start, s.end) for s, no in zip(main_spans, not_captured, strict=True) if not no), None)
    if anchor and (headed or anchor[0] >= len(zones.main)):
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
            if (
                span.form == "wd"
                and span.weekday
                and reference is not None
                and _cued(_cue("capture_cues"), sentence, span.start)
            ):
                # "Bilden togs på söndagen", "Picture taken Sunday": the weekday said of the picture itself,
                # the latest one not after the filing day.
                return _from_weekday(span.weekday, reference, anchor)
            if (
                span.form not in ("wd", "my", "cjkmy")
                and (
                    _cued(_cue("capture_cues"), sentence, span.start)
                    or _cue("capture_after_cues").match(sentence, span.end) is not None
                )
                and not release_after_capture(sentence, span.start)
            ):
                value = _read(span, month_first)
                if value:
                    return _finish(value, span, zones, reference, anchor)

    # 2. A dateline that leads with the date (dpa, ZUMA, Europa Press) gives the picture's date.
    for line in zones.datelines:
        if line.style in ("dpa", "zuma", "script", "sport", "numeric", "closing") and line.date_text:
            line_spans = _spans(line.date_text)
            value = _read(line_spans[0], month_first) if line_spans else None
            if value and value.year:
                return _finish(value, line_spans[0], zones, reference, anchor)

    # 2b. The archive picture's caption sent again after sentence 1 ("FILE PHOTO: ..."): its full date.
    for sentence in sentences[1:]:
        if not _cue("reissue_headers").match(sentence):
            continue
        for span in _spans(sentence):
            value = _read(span, month_first)
            if value is None or value.year is None or value.day is None:
                continue
            if span.form not in ("wd", "my", "num2") and not _not_captured(sentence, span.start):
                return _finish(value, span, zones, reference, anchor)

    # 2c. "Name, seen here at City Hall in 2015, died Monday": a file portrait's year, said of the picture.
    # Most captions have none of its words: their years are not looked at.
    if any(word in main for word in _PORTRAIT_WORDS) and _portrait_clause().search(main):
        portrait = _portrait_year(main, reference, anchor)
        if portrait is not None:
            return portrait

    # 3. Sentence 1: its first full date, else one lacking the year, a month-year, a weekday.
    usable = [
        s
        for s, no in zip(main_spans, not_captured, strict=True)
        if s.form != "num2" and not no and not names_a_thing(main, s)
    ]
    read = [(s, _read(s, month_first)) for s in usable]
    full = [(s, v) for s, v in read if v and v.year and v.day]
    if full:
        # "released by the agency on May 6, 2026 shows the launch on May 4, 2026": the day taken; "after the
        # earthquake of Feb. 6, 2023 ..., on Feb. 10, 2023": not the event's day.
        taken = [(s, v) for s, v in full if not background(main, s)]
        if not taken and all(is_released(main, s) for s, _ in full):
            # "... in 1981, in this handout picture obtained by Reuters on January 6, 2027": the day the
            # picture was got is not the day taken when sentence 1 gives the picture's own year.
            own = _year_alone(zones, reference, anchor, first=True, doubtful=True)
            if own:
                return own
        if not taken and (shown := weekday_beside(read, full, main, reference)):
            # "Smoke billows ... on Monday, in this picture obtained by Reuters on December 2, 2026".
            return DateFound(shown.isoformat(), anchor)
        (span, value), doubt = choose(taken, main) if taken else (full[0], None)
        found = _combined(
            _filed_before(_finish(value, span, zones, reference, anchor), span, main), full, zones
        )
        if not taken and in_clause(main, span):
            # "a mural for Pope Francis, who died on April 21, 2025": the only day is another's.
            doubt = (WarningCode.PARTIAL_DATE, f"'{span.text}' is the day of someone else's event")
        elif not taken and weekday_apart(read, full, main) is not None:
            # "Workers clear debris in Derna on Wednesday after the storm of Sept. 10, 2023", no reference.
            doubt = (WarningCode.PARTIAL_DATE, f"'{span.text}' is another day than the picture's weekday")
        if doubt is None or any(code == WarningCode.PARTIAL_DATE for code, _ in found.warnings):
            return found
        return DateFound(found.iso, found.anchor, (*found.warnings, doubt))

    if other := other_calendar_day(main, anchor, source):
        return other  # "يوم الجمعة 26 رمضان 1448هـ", "ጥር 12 ቀን 2019 ዓ.ም": no Gregorian day beside it

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
        (
            s
            for s, _ in read
            if s.form == "wd"
            and s.weekday
            and (
                not day_to_come(main, s.start)
                or _evening_just_past(main, s, reference)
                or _event_just_past(main, s, reference)
            )
            and not _cue("weekday_future_cues").search(main, 0, s.start)
        ),
        None,
    )
    for span, value in read:
        if value and value.day:
            value = _year_said_later(sentences[1:], value)
            if weekday_span and weekday_span.weekday and _still_to_come(value, reference):
                # "este domingo, previo al desfile del 16 de septiembre": the day to come is the event's;
                # the weekday dates the picture.
                return _from_weekday_span(weekday_span, main, reference, anchor)
            return other_cjk_day(
                _filed_before(_finish(value, span, zones, reference, anchor), span, main), main, span
            )
    # A dateline's day and month with no year (Bernama "KUALA LUMPUR, Dec 24 --", AZƏRTAC "Bakı, 21
    # dekabr"): the filing day, the picture's where sentence 1 gives no day.
    for line in zones.datelines:
        if line.style in ("zuma", "script") and line.date_text:
            # Andina's "dic. 7": a short month in lower case before its day, which the dateline's template
            # (and its months' check) vouches for.
            line_spans = _spans(line.date_text) or (
                _Span(0, len(line.date_text), line.date_text, "dm", None),
            )
            value = _read(line_spans[0], month_first) if line_spans else None
            if value and value.day and value.year is None:
                return _finish(value, line_spans[0], zones, reference, anchor)
    for span, value in read:
        if value:
            if value.year and value.month and value.day is None:
                day = _day_of_month_said(sentences[1:], value)
                if day:
                    return _finish(day[1], day[0], zones, reference, anchor)
            found = _finish(value, span, zones, reference, anchor)
            if value.year is None or _cue("partial_doubt_cues").search(main, 0, span.start):
                return found
            return _unflagged(found)
    if weekday_span and weekday_span.weekday and reference:
        if _cue("day_after_cues").search(main, 0, weekday_span.start):
            return _day_after(weekday_span.weekday, reference, anchor)
        return _from_weekday_span(weekday_span, main, reference, anchor)

    # A feed's date stamp beside the credit ("(10-01-2022)"): day first, whatever the credit.
    for line in zones.datelines:
        if line.style == "stamp" and line.date_text:
            line_spans = _spans(line.date_text)
            value = _read(line_spans[0]) if line_spans else None
            if value and value.year:
                return _finish(value, line_spans[0], zones, reference, anchor)

    # 4. A later sentence or line: its full date, flagged unless it closes a place or follows a cue.
    later = _later_date(zones, reference, anchor, month_first)
    if later and any(code == WarningCode.PARTIAL_DATE for code, _ in later.warnings):
        # "FILE - ... in Nashville, Tenn., in 1985. Whitcomb ... died Monday, Jan. 4, 2027, ...": a later
        # sentence's day of a death, a funeral or a release does not beat the picture's year in sentence 1.
        own = _year_alone(zones, reference, anchor, first=True)
        if own:
            return own
    if later:
        return later
    if weekday_span and weekday_span.weekday:
        return _from_weekday_span(weekday_span, main, reference, anchor)
    if not main_spans and (bracketed := _short_weekday_bracketed(main, reference, anchor)):
        return bracketed

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
    if not main_spans and (stamped := _time_sentence(sentences[1:], reference, anchor)):
        return stamped
    relative = (
        _relative_day(main, reference, anchor)
        or _korean_day(main, reference, anchor, zones.description)
        or _unspaced_weekday(main, reference, anchor)
        or _this_month_day(main, reference, anchor)
    )
    if relative:
        return relative
    if holiday := recent_holiday(main, reference):
        return DateFound(holiday.isoformat(), anchor)  # "på nyårsafton", filed on New Year's Day
    # "for the Remembrance Sunday service", filed the Monday; not "will hold its Black Friday sale".
    named = weekday_feasts().search(main)
    if (
        named
        and not _cue("weekday_future_cues").search(main, 0, named.start())
        and (feast_day := recent_feast(main, reference, weekday_feasts()))
    ):
        return DateFound(feast_day.isoformat(), anchor)
    if feast := first_feast_day(main, reference, anchor):
        return feast  # "Kurban Bayramı'nın ilk gününde", filed that day
    released = release_day(sentences, reference, anchor)
    if released:
        return released
    return DateFound(None, anchor, ((WarningCode.MISSING_DATE, "no date found in the caption"),))


# Xinhua's Chinese photo service opens with its header: "新华社照片，哈尔滨，2026年12月22日".
_CHINESE_HEADER = re.compile(
    r"^\s*新华社(?:照片|图片|发)?[，,]\s*[^，,\s]{1,12}[，,]\s*\d{4}年\d{1,2}月\d{1,2}日"
)


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


# A sentence's last word, a number or a short word, and its stop; a word's Indic vowel signs are no word
# characters to Python, but part of it: Tamil "டிச." (Dec.).
_SENTENCE_LAST_WORD = re.compile(r"\b(?:\d{1,4}|[^\W\d_](?:[^\W\d_]|[\u0900-\u0dff]){1,11})\.?$")


@lru_cache(maxsize=1024)
def _sentences(sentences: tuple[str, ...]) -> tuple[str, ...]:
    """The sentences, each joined to the next where the split fell inside a date: a day's or a short
    month's stop read as a sentence end ("am 3." | "März 2024", "1 janv." | "2024", "2024." | "jan. 1.")."""
    out: list[str] = []
    i = 0
    sentences = tuple(piece for sentence in sentences for piece in _uncased_split(sentence))
    while i < len(sentences):
        sentence = sentences[i]
        i += 1
        end = _SENTENCE_LAST_WORD.search(out[-1]) if out else None
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


# A sentence end the splitter misses in scripts without capitals: a stop before Hebrew, Arabic or Hangul
# ("בירושלים, 1977. לוי הלך לעולמו ביום שלישי"), after a year or a word of two letters or more; Devanagari's
# danda ("।") and the ideographic full stop ("。"). Each alternative opens with its stop (the two letters
# before it looked at after it), so that the engine skips to a stop rather than trying every character.
_UNCASED_END = re.compile(r"\.(?<=[^\W_]{2}\.)\s+(?=[\u0590-\u05ff\u0600-\u06ff\uac00-\ud7af])|।\s*|。\s*")


def _uncased_split(sentence: str) -> tuple[str, ...]:
    if not _UNCASED_END.search(sentence):
        return (sentence,)
    return tuple(piece for piece in _UNCASED_END.split(sentence) if piece.strip())


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
            # Jiji and Kyodo open with a headline sentence ("猛暑日となった東京都心。") and date the scene
            # after "＝" in the next ("...観光客＝21日午後、東京都台東区"): that day alone is the picture's.
            japanese_day = span.form == "jday"
            # AP closes a caption with a weekday and a day alone ("... in Bonn, Germany. Thursday, June
            # 19."): the filing day gives the year, the weekday vouches for it.
            weekday_day = reference is not None and span.weekday is not None and date_alone(sentence, span)
            if value and value.day and (value.year or japanese_day or weekday_day):
                window = sentence[max(0, span.start - 60) : span.start]
                placed = (
                    japanese_day
                    or (headed and index == 1)
                    or bool(_place_before().search(window))
                    or closes_sentence(sentence, span)  # "Passers-by in Tverskaya Street, 13 February 2026."
                    or _cued(_cue("capture_cues"), sentence, span.start)
                    or date_alone(sentence, span)  # a line that is a date alone ("15 января 2027 года.")
                )
                found.append((placed, span, value))
    if not found:
        return None
    placed, span, value = next((f for f in found if f[0]), found[0])
    result = _finish(value, span, zones, reference, anchor)
    main = zones.sentences[0] if zones.sentences else ""
    if value.year and value.month and value.day and (named := _named_day_before(main, value)):
        if _LOCAL_TIME.search(main):  # "30일(현지시간)": the day abroad, the stamp Seoul's filing day
            return DateFound(named.isoformat(), anchor, result.warnings)
        note = (WarningCode.PARTIAL_DATE, f"sentence 1 names the {named.day}th, the stamp '{span.text}'")
        return DateFound(named.isoformat(), anchor, (*result.warnings, note))
    # Yonhap and Kyodo name the day alone in the caption ("13일 오전", "13日午前") and stamp the full
    # date after it ("2025.11.13"): the stamp dates the day the caption names.
    if placed or (value.day and re.search(rf"(?<!\d){value.day}\s?[日일]", main)):
        return result
    note = (WarningCode.PARTIAL_DATE, f"'{span.text}' is from a later sentence: check it dates the picture")
    return DateFound(result.iso, anchor, (*result.warnings, note))


_HEADER_WORDS = 3


def _is_header(sentence: str) -> bool:
    """Whether a sentence is only a name of a few capitalised words, no digits: a town heading a caption."""
    said = sentence.split()
    return 0 < len(said) <= _HEADER_WORDS and all(
        w[:1].isupper() and not any(c.isdigit() for c in w) for w in said
    )


# A place chain's last comma, then "in" or nothing, before a year: "in Adre, Chad, in 2023".
_AFTER_PLACE = re.compile(r"[A-Z][\w.'’-]*,\s*(?:in\s+)?$")
# "in" (in the languages of year_cues) and a town of one or two capitalised words right before a year.
_IN_PLACE = re.compile(
    r"(?<![\w-])(?:in|i|à|en|em|im|w|v|a|u|na)\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*)?\s+$"
)
# A day of the month and a word right before a year ("14 сакавіка 2026", Belarusian March): a date whose month
# word the reader does not know (a known one would have made the whole a date), so the year alone is read.
_DAY_WORD = re.compile(r"(?<![\w.])[0-3]?\d\.?\s+[^\W\d_]{3,}\.?,?\s+$")


# The participles portrait_year_cues opens with, in lower case: a cheap test before the years are read.
_PORTRAIT_WORDS = ("seen here", "shown", "pictured", "photographed")


@cache
def _portrait_clause() -> re.Pattern[str]:
    return re.compile(rf", (?:{'|'.join(_PORTRAIT_WORDS)})\b")


def _portrait_year(main: str, reference: date | None, anchor: tuple[int, int] | None) -> DateFound | None:
    """A year alone in sentence 1 behind its cue ("in 2015") in a clause that opens with a participle of
    showing ("seen here", "shown", "pictured"): the file portrait's year."""
    for m in _year_pattern().finditer(main):
        year = int(m.group("year"))
        if year < 1826 or (reference and year > reference.year):
            continue
        clause = main.rfind(",", 0, m.start())
        if (
            clause >= 0
            and _cued(_cue("year_cues"), main, m.start())
            and _cue("portrait_year_cues").search(main, clause, m.start())
        ):
            return DateFound(f"{year:04d}", anchor)
    return None


def _year_alone(
    zones: Zones,
    reference: date | None,
    anchor: tuple[int, int] | None,
    *,
    first: bool = False,
    doubtful: bool = False,
) -> DateFound | None:
    """A year alone behind a cue or closing its sentence; with FIRST, only sentence 1's (or the one after a
    town's header), and only where nothing flags it unless DOUBTFUL (then flagged)."""
    sentences = _sentences(zones.sentences)
    headed = bool(sentences) and _is_header(sentences[0])
    for index, sentence in enumerate(sentences):
        main = index == 0 or (headed and index == 1)  # "Ленинград. 1982 год. ..."
        if first and not main:
            return None
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
            # "... på Dramaten i Stockholm 1979.": the year closing sentence 1 right after its town, no comma.
            in_place = last and bool(_IN_PLACE.search(sentence, max(0, m.start() - 60), m.start()))
            closes = closes or in_place
            after_place = after_place or in_place
            if _cued(_cue("not_year_cues"), sentence, m.start()):
                continue
            cued = _cued(_cue("year_cues"), sentence, m.start()) or bool(
                _cue("year_after_cues").match(sentence, m.end())
            )
            if closes or cued:
                # A clause of its own closed by a comma before the year ("Lidia Nowak, who died on Friday
                # aged 90, speaks at a rally in Gdansk in 1980") does not make it doubtful.
                clause = sentence.rfind(",", 0, m.start()) + 1
                if main and (
                    after_place or not _cue("partial_doubt_cues").search(sentence, clause, m.start())
                ):
                    day_word = _DAY_WORD.search(sentence, max(0, m.start() - 40), m.start())
                    if day_word is not None:
                        said = f"{day_word.group().strip()} {year}"
                        note = (WarningCode.PARTIAL_DATE, f"'{said}': a day and a month word not known")
                        return DateFound(f"{year:04d}", anchor, (note,))
                    return DateFound(f"{year:04d}", anchor)  # sentence 1 dates the picture so
                if first and not doubtful:
                    return None
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
    if m is None:
        unspaced, firsts = unspaced_relative_pattern()
        m = unspaced.search(main) if not firsts.isdisjoint(main) else None
    if m is None:
        return None
    made = reference + timedelta(days=offsets[m.group().lower()])
    return DateFound(made.isoformat(), anchor)


# Bengali papers close the scene with its time in a sentence of its own ("... মানুষের ভিড়। আজ শুক্রবার
# সকালে।", the crowd; today, Friday, in the morning): a sentence of this many words at most, opening with
# its day word or weekday ("Lind died on Sunday." is another's day).
_TIME_SENTENCE_WORDS = 4


def _time_sentence(
    later: tuple[str, ...], reference: date | None, anchor: tuple[int, int] | None
) -> DateFound | None:
    """The day a short sentence after sentence 1 opens with, a day word or a weekday, where sentence 1
    holds no date: the time of the scene it describes."""
    if reference is None:
        return None
    pattern, offsets = _relative_pattern()
    for sentence in later:
        sentence = sentence.strip()
        if len(sentence.split()) > _TIME_SENTENCE_WORDS:
            continue
        if said := pattern.match(sentence):
            return DateFound((reference + timedelta(days=offsets[said.group().lower()])).isoformat(), anchor)
        weekday = next((s for s in _spans(sentence) if s.form == "wd" and s.weekday), None)
        if weekday and weekday.weekday and weekday.start == 0:
            return _from_weekday(weekday.weekday, reference, anchor)
    return None


def _korean_day(
    main: str, reference: date | None, anchor: tuple[int, int] | None, description: str
) -> DateFound | None:
    """Korean captions open with the day alone, the filing month's ("6일 서울 종로구 ...", "6일 오전"), read
    where no full date is written (Yonhap's stamp "2026.2.5" dates it otherwise); "3일 동안" (for three days)
    is no date; nor is it in an archive picture's caption ("[연합뉴스 자료사진]", the credit's or the text's),
    of a month long past."""
    m = _KOREAN_DAY.search(main)
    if (
        m is None
        or reference is None
        or any(mark in description for mark in words("date", "archive_marks_cased"))
    ):
        return None
    found = _day_of_month(int(m.group("day")), m.group(), reference, anchor)
    return found if found.iso else None


# The day opening a Korean caption, or its text after Yonhap's byline ("(서울=연합뉴스) 기자 = 6일 ..."), or
# after the sentence's subject and its particle ("이재명 대통령이 10일 서울 ...", "시민들이 10일"), or after
# the place and its "에서" (at: community papers' "LA 한인타운 윌셔가에서 24일 열린", held on the 24th on
# Wilshire), or "last" ("지난 9일 부산 ...").
_KOREAN_DAY = re.compile(
    r"^(?:[^=]{0,40}=\s*)?(?:[^\W\d][^\d=]{0,40}?(?:[이가은는]|에서)\s)?(?:지난\s)?"
    r"(?P<day>[0-3]?\d)일(?=\s(?!동안)|오전|오후|저녁|밤|새벽)"
)


def _unspaced_weekday(main: str, reference: date | None, anchor: tuple[int, int] | None) -> DateFound | None:
    """A Chinese weekday inside a run of text ("新春庙会周六在博士山中心举行", the fair on Saturday): with a
    reference date, the latest such day; without one, no day, flagged."""
    pattern, numbers, firsts = _unspaced_weekdays()
    m = pattern.search(main) if not firsts.isdisjoint(main) else None
    if m is None:
        return None
    if reference is None:
        note = (WarningCode.PARTIAL_DATE, f"'{m.group()}' without a reference date names no day")
        return DateFound(None, anchor, (note,))
    made = reference - timedelta(days=(reference.weekday() - numbers[m.group()]) % 7)
    return DateFound(made.isoformat(), anchor)


@cache
def _unspaced_weekdays() -> tuple[re.Pattern[str], dict[str, int], frozenset[str]]:
    """The Chinese weekdays (date_names.json's zh and zh_Hant, date.toml unspaced_weekdays), each to its
    number (Monday 0), not after what makes them no day (unspaced_weekday_not_after), and their first
    letters: a text with none of them is not searched."""
    rows = [*_generated()["zh"]["weekdays"], *_generated()["zh_Hant"]["weekdays"]]
    rows += rules("date")["unspaced_weekdays"]
    numbers = {name: number % 7 for number, row in enumerate(rows) for name in row}
    not_after = "".join(f"(?<!{re.escape(w)})" for w in words("date", "unspaced_weekday_not_after"))
    return re.compile(f"{not_after}{alternation(numbers)}"), numbers, frozenset(n[0] for n in numbers)


def _this_month_day(main: str, reference: date | None, anchor: tuple[int, int] | None) -> DateFound | None:
    """A day of the filing month said with "this month" ("16 bm.", "16. t. m."): that day of the reference
    date's month; a partial date where no reference date was given or the day is after it."""
    m = _this_month().search(main)
    if m is None:
        return None
    day = int(m.group("day"))
    if reference is not None and day > reference.day + 1:  # "this month", yet after the filing day
        note = (WarningCode.PARTIAL_DATE, f"'{m.group()}' names a day of this month after the reference date")
        return DateFound(None, anchor, (note,))
    return _day_of_month(day, m.group(), reference, anchor)


@cache
def _this_month() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w.])(?P<day>[0-3]?\d)\.?\s?{phrases('date', 'current_month_marks')}\.?(?!\w)")


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
        return _day_of_month(value.day, span.text, reference, anchor)
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
    if reference and made > reference + timedelta(days=1) and span.form in ("num", "num2"):
        # "Houston, Texas, 1/5/2027" filed on 7 January: the order of day and month that is no day to come.
        swapped = _swapped(made)
        made = swapped if swapped is not None and swapped <= reference + timedelta(days=1) else made
    if reference and made > reference + timedelta(days=1):
        warnings.append(
            (WarningCode.DATE_AFTER_REFERENCE, f"{made.isoformat()} is after the reference date {reference}")
        )
    return DateFound(made.isoformat(), anchor, tuple(warnings))


def _swapped(made: date) -> date | None:
    """The date with its day and month exchanged, where both read as either."""
    try:
        return date(made.year, made.day, made.month) if made.day != made.month else None
    except ValueError:
        return None


def _day_of_month(day: int, text: str, reference: date | None, anchor: tuple[int, int] | None) -> DateFound:
    """A day of the month alone ("5日"): the latest such day not after the filing day."""
    if reference is None:
        note = (WarningCode.PARTIAL_DATE, f"'{text}' gives only the day and no reference date was given")
        return DateFound(None, anchor, (note,))
    year, month = reference.year, reference.month
    for _ in range(3):  # a 31st filed in a month of 30 days is two months back
        if day <= calendar.monthrange(year, month)[1] and date(year, month, day) <= reference + timedelta(
            days=1
        ):
            return DateFound(date(year, month, day).isoformat(), anchor)
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return DateFound(None, anchor, ((WarningCode.MISSING_DATE, f"'{text}' is no valid date"),))


# Brazilian pages write the day of the month in brackets after its weekday: "nesta quarta-feira (5)" (the
# place reader skips it too, to read the chain after it).
BRACKETED_DAY = re.compile(r"\s*\((?P<day>[0-3]?\d)\)")
# A bracketed day further back is more likely a slip than a month-old picture.
_BRACKETED_DAY_WITHIN = 27


def _from_weekday_span(
    span: _Span, main: str, reference: date | None, anchor: tuple[int, int] | None
) -> DateFound:
    """The day a weekday names: the one its bracketed day of the month says where that day is such a
    weekday of the weeks before filing ("neste domingo (2)" filed on the 12th: the 2nd, not the 9th), else
    the latest such weekday, flagged where the bracket says otherwise."""
    latest = _from_weekday(span.weekday or "", reference, anchor)
    m = BRACKETED_DAY.match(main, span.end)
    if m is None or reference is None:
        return latest
    return _bracketed_day(_weekday_of(span.weekday or ""), span.text, m, latest, reference, anchor)


def _bracketed_day(
    weekday: int | None,
    said: str,
    m: re.Match[str],
    latest: DateFound,
    reference: date,
    anchor: tuple[int, int] | None,
) -> DateFound:
    """The bracketed day M after a weekday where it falls in the weeks before filing: the page writes the
    day of the month to say which day it means, so a bracket that is another weekday is that day, flagged as
    a mismatch ("na quarta-feira (16)" where the 16th is a Friday). Further back, the latest such weekday,
    flagged."""
    found = _day_of_month(int(m.group("day")), m.group(), reference, anchor)
    earliest = (reference - timedelta(days=_BRACKETED_DAY_WITHIN)).isoformat()
    if found.iso and found.iso >= earliest:
        made = date.fromisoformat(found.iso)
        if made.weekday() == weekday:
            return found
        note = (WarningCode.WEEKDAY_MISMATCH, f"'{said}{m.group()}': {found.iso} is a {made.strftime('%A')}")
        return DateFound(found.iso, anchor, (*found.warnings, note))
    note = (WarningCode.PARTIAL_DATE, f"'{said}{m.group()}': no such weekday of the weeks before filing")
    return DateFound(latest.iso, anchor, (*latest.warnings, note))


@cache
def _short_weekdays() -> tuple[re.Pattern[str], dict[str, int]]:
    """The CLDR weekdays of bracketed_weekday_languages as their pages shorten them, the part before the
    hyphen ("sexta" of "sexta-feira"), each to its number; and a pattern that finds one before a bracketed
    day of the month ("nesta sexta (16)"). Alone, "sexta" and "quinta" are words (sixth, fifth)."""
    numbers = {
        name.split("-")[0].lower(): number
        for number, name in _weekday_names(rules("date")["bracketed_weekday_languages"], wide_only=True)
        if "-" in name
    }
    pattern = re.compile(rf"(?<!\w)(?i:{alternation(numbers)})(?=\s*\([0-3]?\d\))")
    return pattern, numbers


def _short_weekday_bracketed(
    main: str, reference: date | None, anchor: tuple[int, int] | None
) -> DateFound | None:
    """The day a shortened weekday and its bracketed day give: "nesta sexta (16)" (Brazilian pages)."""
    if reference is None or "(" not in main:
        return None
    pattern, numbers = _short_weekdays()
    m = pattern.search(main)
    if m is None:
        return None
    weekday = numbers[m.group().lower()]
    latest = DateFound((reference - timedelta(days=(reference.weekday() - weekday) % 7)).isoformat(), anchor)
    bracket = BRACKETED_DAY.match(main, m.end())
    return _bracketed_day(weekday, m.group(), bracket, latest, reference, anchor) if bracket else latest


# "ahead of Thursday night's concert" dates the picture where Thursday is the filing day or the day before.
_EVENING_PAST_DAYS = 1


def _evening_just_past(text: str, span: _Span, reference: date | None) -> bool:
    """Whether the weekday at SPAN names the evening of an event (a possessive: "Thursday night's concert")
    that fell on the filing day or the day before: the picture taken ahead of it is of that day."""
    said = _weekday_of(span.weekday or "")
    if reference is None or said is None or not _cue("evening_event_after").match(text, span.end):
        return False
    return (reference.weekday() - said) % 7 <= _EVENING_PAST_DAYS


def _event_just_past(text: str, span: _Span, reference: date | None) -> bool:
    """Whether the weekday at SPAN names an event as a possessive right after "before" or "after" ("before
    Saturday's derby", "after Monday night's storms") that fell on the filing day or the day before: the
    picture is of that day."""
    said = _weekday_of(span.weekday or "")
    return (
        reference is not None
        and said is not None
        and _cue("event_possessive_after").match(text, span.end) is not None
        and _cue("event_possessive_before").search(text, max(0, span.start - 8), span.start) is not None
        and (reference.weekday() - said) % 7 <= _EVENING_PAST_DAYS
    )


def _from_weekday(name: str, reference: date | None, anchor: tuple[int, int] | None) -> DateFound:
    index = _weekday_of(name)
    if reference is None or index is None:
        return DateFound(
            None, anchor, ((WarningCode.PARTIAL_DATE, f"'{name}' without a reference date names no day"),)
        )
    # The latest such weekday not after the filing day.
    made = reference - timedelta(days=(reference.weekday() - index) % 7)
    return DateFound(made.isoformat(), anchor, weekday_alone=True)


def _day_after(name: str, reference: date, anchor: tuple[int, int] | None) -> DateFound:
    """The day after the latest such weekday before the filing day: the picture of "the morning after" an
    event on that weekday."""
    eve = _from_weekday(name, reference - timedelta(days=1), anchor)
    if eve.iso is None:
        return eve
    return DateFound((date.fromisoformat(eve.iso) + timedelta(days=1)).isoformat(), anchor)


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
