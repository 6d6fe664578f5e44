"""Month and weekday names and the patterns built of them (data/date_names.json from the CLDR,
data/date.toml).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from ..._regex import alternation
from ..._rules import phrases, rules, words

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


def _weekday_names(codes: Iterable[str], *, wide_only: bool = False) -> Iterator[tuple[int, str]]:
    """Each CLDR weekday name of these languages (only the wide one, first in its group), with its number."""
    generated = _generated()
    for code in codes:
        for number, group in enumerate(generated[code]["weekdays"]):
            yield from ((number, name) for name in (group[:1] if wide_only else group))


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
            wide += group[:1]  # none for a language read for its weekdays alone (Gaelic)
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
    for number, group in enumerate(data["month_year_cases"]):  # read only before a year (_month_year_words)
        month_groups[number] += group
    for number, group in enumerate(weekday_cases):
        weekday_groups[number] += group
    # "onsdagen", "onsdags": each ending on each lower-case CLDR name, read as that weekday and alone.
    with_endings = [
        (number, n + e)
        for number, n in _weekday_names(data["weekday_ending_languages"])
        if n.islower() and n.isalpha()
        for e in data["weekday_endings"]
    ]
    # "Montagmorgen", "zondagavond": a part of the day after each full CLDR name, read as that weekday.
    with_endings += [
        (number, n + part)
        for number, n in _weekday_names(data["weekday_daypart_languages"])
        if n.isalpha() and len(n) > _SHORT_WEEKDAY
        for part in data["weekday_dayparts"]
    ]
    # "salı günü", "pazartesi sabahı": a weekday Turkish writes in lower case, with the day or a part of it
    # after it; and capitalised opening a sentence ("Cuma günü"). Alone, the capitalised name is a name.
    with_endings += [
        (number, f"{n[:1].upper() if capital else n[:1].lower()}{n[1:]} {noun}")
        for number, n in _weekday_names(data["weekday_noun_languages"], wide_only=True)
        for noun in data["weekday_nouns"]
        for capital in (False, True)
    ]
    with_endings += [
        (number, f"{lead} {n}")
        for number, n in _weekday_names(data["weekday_lead_languages"], wide_only=True)
        for lead in data["weekday_lead_words"]
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


# The forms whose every match holds a character outside ASCII (a CJK, Persian, Thai, Khmer, Burmese or
# Cyrillic word or mark): an ASCII text (most captions) is searched without them.
_NON_ASCII_FORMS = ("cjk", "minguo", "cjkmd", "solar", "thai", "khmer", "burmese", "mongol", "jday", "cday")
_NON_ASCII_LETTER_FORMS = ("solar1", "jera")


@cache
def _spans_pattern() -> re.Pattern[str]:
    """The date forms, each a named group (``_spans`` asks each by name)."""
    return _compiled_spans(ascii_only=False)


@cache
def _ascii_spans_pattern() -> re.Pattern[str]:
    """The date forms for a text in ASCII: the forms none of whose matches it can hold are left out (the same
    matches, found without trying them at each digit and word), their groups kept, never matching."""
    return _compiled_spans(ascii_only=True)


def _compiled_spans(ascii_only: bool) -> re.Pattern[str]:
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
    # The vowel signs of Indic scripts are no word characters to Python: "जनवरी" (January) holds two.
    word = r"(?:[^\W\d_]|[\u0900-\u0dff]){2,14}"
    data = rules("date")
    solar, first = alternation(data["solar_hijri_months"]), alternation(data["solar_hijri_first_day"])
    roman = "|".join(sorted(data["roman_months_cased"], key=len, reverse=True))
    thai = alternation(n for group in data["thai_months"] for n in group)
    khmer, burmese = alternation(data["khmer_months"]), alternation(data["burmese_months"])
    mongol_month, mongol_year = (
        alternation(data["mongolian_month_words"]),
        alternation(data["mongolian_year_words"]),
    )
    # A month of two words ("24 كانون الأول 2026", the Syriac months of Iraq and the Levant; Irish "Meán
    # Fómhair") is read whole where a day and a year stand around it.
    spaced = [n for n in vocabulary.all_months if " " in n]
    # Vietnamese capitalises both words of a month ("25 Tháng Tư, 2027"), Irish both ("Meán Fómhair").
    two_words = f"{alternation([*_variants(spaced), *(n.title() for n in spaced)])}|" if spaced else ""
    # Jiji, Kyodo and Japanese papers print digits full-width ("＝１３日", "３月１４日"), which "\d" reads but
    # "[0-3]" does not: a month or day of two digits may open with either.
    cjk_month, cjk_day = r"[01０１]?\d", r"[0-3０-３]?\d"
    starts_with_digit = [
        # "07.12.2019", "20/07/2024", and Czech and Slovak "1. 1. 2024"; the month first too, where only
        # that order is a date ("01/27/2027": _spans._read_text tries both).
        rf"(?<![\w./-])(?P<num>[0-3]?\d(?P<sep>[./-])\s?[0-3]?\d(?P=sep)\s?{YEAR})(?![\w/-]|\.\d)",
        # A two-digit year ("07/07/16", "07.07.16") is read only behind a capture cue ("dated").
        r"(?<![\w./-])(?P<num2>[0-3]?\d(?P<sep2>[./-])[01]?\d(?P=sep2)\d\d)(?![\w/-]|\.\d)",
        # GEPA's header: the day, the month's abbreviation in capitals and the year between stops, the year
        # in two digits or four ("KITZBUEHEL,AUSTRIA,25.JAN.27 - SKIING"); Folha's credit, in lower case and
        # the year in four ("Name - 23.fev.2027/Folhapress").
        rf"(?<![\w./-])(?P<dmy2>[0-3]?\d\.(?P<d2mon>[A-ZÄ]{{3,4}}|[a-zç]{{3}}(?=\.{YEAR}))\.(?:\d\d|{YEAR}))"
        r"(?![\w/-]|\.\d)",
        # A Roman-numeral month between the day and the year (Polish "5 III 2027 r.", "15.IX.2026").
        rf"(?<![\w./-])(?P<roman>[0-3]?\d(?:\.\s?|\s)(?P<rmon>{roman})(?:\.\s?|\s){YEAR})(?![\w/-]|\.\d)",
        # ISO, with a time or not ("2024-03-03T10:00"); Chinese, Japanese, Korean ("2024年3月3日").
        rf"(?<![\w/-])(?P<iso>{YEAR}(?P<isep>[-/])[01]\d(?P=isep)[0-3]\d)(?!(?!T\d)[\w/-])",
        rf"(?<![\w./-])(?P<ynum>{YEAR}\.\s?[01]?\d\.\s?[0-3]?\d)(?![\d/-]|\.\d)",  # "2024. 03. 01."
        rf"(?<!\d)(?P<cjk>{YEAR}\s?[年년]\s?{cjk_month}\s?[月월]\s?{cjk_day}\s?[日일])",
        # Taiwan's Minguo years ("115年12月25日", the year 1911 ahead); a month and day alone ("12月21日"),
        # the year the filing day's (Xinhua's "12月21日，游客在...").
        r"(?<!\d)(?P<minguo>1[0-4]\d\s?年\s?[01]?\d\s?月\s?[0-3]?\d\s?日)",
        rf"(?<![\d年년])(?P<cjkmd>{cjk_month}\s?[月월]\s?{cjk_day}\s?[日일])",
        # Iran's Solar Hijri calendar ("۲۲ دی ۱۴۰۵") and the Thai Buddhist Era ("25 ธ.ค. 2569").
        rf"(?<!\d)(?P<solar>[0-3]?\d\s(?:{solar})\s(?:ماه\s)?1[34]\d\d)(?!\d)",
        rf"(?<!\d)(?P<thai>[0-3]?\d\s?(?:{thai})\s?(?:พ\.ศ\.\s?)?25\d\d)(?!\d)",
        # Khmer (AKP: "ថ្ងៃទី១២ ខែឧសភា ឆ្នាំ២០២៧", the 12th day, the month May, the year 2027) and Burmese
        # ("၂၀၂၇ ခုနှစ် မေလ ၁၄ ရက်", the year 2027, the month May, the 14th day), their digits made Western.
        rf"(?<!\d)(?P<khmer>[0-3]?\d\s?ខែ\s?(?:{khmer})\s?ឆ្នាំ\s?{YEAR})(?!\d)",
        rf"(?<!\d)(?P<burmese>{YEAR}\s?ခုနှစ်\s?(?:{burmese})လ?\s?[0-3]?\d\s?ရက်)",
        # Mongolian (Montsame): the month's number and its words, then the day ("9 дүгээр сарын 14-нд"), the
        # year and "оны" before them or not.
        rf"(?<!\d)(?P<mongol>(?:{YEAR} (?:{mongol_year}) )?(?:1[0-2]|0?[1-9]) ?(?:{mongol_month}) [0-3]?\d)"
        r"(?!\d)",
        # The Nordic agencies' header, year, month and day run together: "Oslo 20250916.".
        rf"(?<![\w./-])(?P<compact>{YEAR}[01]\d[0-3]\d)(?![\w/-]|[.,]\d)",
        # Kyodo and Japanese papers: "...首相＝5日午前、国会（共同）", the day of the filing month after "＝",
        # or opening the caption before "、" ("5日、東京・渋谷の...").
        # Kyodo's place and "で" before the day ("秋田県横手市で28日、", in Yokote on the 28th) too, and the
        # event's "の" ("九州場所8日目の21日、", on the 21st, the tournament's eighth day).
        # Japanese papers also bracket the day after the scene: "札幌市中心部（17日）", Kyodo with its
        # credit after it: "（7日、共同）", "（15日、写真＝共同）".
        rf"(?:(?<=[＝=])|^(?={cjk_day}日、)|(?<=[での])(?={cjk_day}日、)|(?<=（)(?={cjk_day}日[）、]))(?P<jday>{cjk_day}日)",
        # Chinese and Japanese write the day alone before where or when in it: "賴清德25日在總統府出席",
        # "21日晚", "22日午前" (not "3日間", three days).
        rf"(?<![\d月年.\-/])(?P<cday>{cjk_day}日)(?=在|于|於|晚|上午|下午|中午|凌晨|傍晚|夜間|夜间|早上|午前|午後|夕方|未明)",
        # British and Irish papers name a day of the filing month alone: "on the 15th." , "on the 3rd after
        # ..."; not "on the 15th floor", "the 15th century" (a noun after it).
        rf"(?<=[Oo]n the )(?P<oday>[0-3]?\d(?:{th}))"
        r"(?=[.,;:]|\s+(?:after|before|as|when|at|in|during|following)\b|\s*$)",
        # A text agency's dateline with the day alone, the filing month's: Europa Press "MADRID, 9 (EUROPA
        # PRESS) -", the agency in capitals (not a team's "(USA)"), read only after the town that opens
        # the caption (_spans).
        r"(?<=, )(?P<wday>[0-3]?\d)(?=\s?\([A-Z][A-Z .]{3,30}\)\s*[-–—.])",
        # A day and month in digits without a year ("sáng 3/11", "Senin (30/11)"): read only after a day
        # word or a weekday (_spans), elsewhere a score or a fraction.
        r"(?<![\w./-])(?P<ndm>[0-3]?\d/[01]?\d)(?![\w/]|[.,]\d)",
        # Between digits ("3 MARCA 2024", "5 de Março de") a month name is one in any case: any word
        # here, checked once matched (_spans), as those below are.
        # Urdu writes the Arabic script's comma before the year: "9 جنوری، 2024".
        # The CLDR's Somali (and Indian papers') hyphens: "11-Feb-2027", a short month between them.
        rf"\b(?P<dmy>{day}(?:\s*|-(?=[a-z])|-(?=[A-Z][a-z]{{2}}-\d)){joiner}(?P<dmymon>{two_words}{word})"
        rf"(?:\.?[,،]?\s+{joiner}|(?<=\b[A-Z][a-z]{{2}})-){YEAR})(?!\d)",
        # Year first: "2024. március 3.", "2026 m. sausio 22 d.", "2025. gada 18. novembrī", "2026ko
        # apirilaren 9an" (a day's ending, "2-án", "9an", is no part of it).
        # A day before the month ("18. novembrī") or after it.
        # Kazakh writes the day after its year's mark with no stop of its own: "2027 ж. 14 қыркүйек".
        rf"\b(?P<ymd>{YEAR}\.?\s?{marks}\s*(?P<yday>[0-3]?\d\.\s*|(?<=\. )[0-3]?\d\s+)?(?P<ymon>{word})\.?"
        r"(?(yday)|\s+[0-3]?\d))(?!\d)",
        # Uzbek joins the day to its month, in lower case, with a hyphen: "25-dekabr" (not "11-Novembre").
        # Its word ends where no letter or Indic vowel sign follows: "13 ফেব্রুয়ারি" ends in a vowel sign.
        rf"\b(?P<dm>{day}(?:\s*|-(?=[a-z])){joiner}(?P<dmon>{word}))(?!\w|[\u0900-\u0dff])(?![.,]?\s*\d)",
    ]
    eras = alternation(era["name"] for era in data["japanese_eras"])
    # Japan's era years: "令和9年2月16日", "令和元年5月1日" (the era's first year), written inside a sentence
    # with no break before them (so outside the letter forms' word start, below).
    era_year = rf"(?P<jera>(?:{eras})\s?(?:元|\d{{1,2}})\s?年\s?[01]?\d\s?月\s?[0-3]?\d\s?日)"
    # Each opens a word: the letter's lookbehind is written once, before them (below).
    starts_with_letter = [
        rf"(?P<solar1>(?:{first})\s(?:{solar})\s(?:ماه\s)?1[34]\d\d)(?!\d)",
        rf"(?P<mdy>{english}\.?\s*[0-3]?\d{th}?\b(?:,?\s+{YEAR}(?!\d))?)(?!:\d)",
        # A weekday ends where a word does: not "\b", which fails after an Indic vowel sign, no word character
        # to Python (Tamil "வெள்ளிக்கிழமை", Friday, ends with one).
        rf"(?P<wd>{full_wd})(?![\w\u0900-\u0dff])",
    ]
    # Each date opens with a digit or a letter: one look at the character spares the other forms'
    # lookbehinds at every position of the text. A letter's forms open a word: before a letter, "\b" is
    # "(?<!\w)", written once, so that inside a word (most of a text's positions) one look fails, not
    # three.
    if not ascii_only:
        return re.compile(
            rf"(?=\d)(?:{'|'.join(starts_with_digit)})"
            rf"|(?=[^\W\d_])(?:(?<!\w)(?:{'|'.join(starts_with_letter)})|{era_year})"
        )
    digit_forms = [f for f in starts_with_digit if not any(f"(?P<{n}>" in f for n in _NON_ASCII_FORMS)]
    letter_forms = [f for f in starts_with_letter if "(?P<solar1>" not in f]
    never = "".join(f"(?P<{name}>)" for name in (*_NON_ASCII_FORMS, *_NON_ASCII_LETTER_FORMS))
    return re.compile(
        rf"(?=\d)(?:{'|'.join(digit_forms)}|(?!){never})|(?=[^\W\d_])(?<!\w)(?:{'|'.join(letter_forms)})"
    )


def _joiner() -> str:
    """The words between a date's parts, as an optional regex: "de", "of", or "d'" glued to the month."""
    joiners = rules("date")["month_joiners"]
    # A date in capitals writes its joiners in capitals too: Agencia Uno's "11 DE FEBRERO DE 2027".
    spaced = alternation(v for c in joiners if c[-1].isalpha() for v in (c, c.upper()))
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
    cases = {v for g in rules("date")["month_year_cases"] for n in g for v in (n, n.capitalize(), n.upper())}
    return frozenset(n for n in english | other | cases if n.lower() in vocabulary.months)
