#!/usr/bin/env python3
"""Generate captions/data/date_names.json: month and weekday names in the languages agencies write, from
the Unicode CLDR through Babel.

For every language: the twelve months (wide and abbreviated, format and stand-alone forms: the format
form is the genitive where a language has one, "3 marca 2024", "14. heinäkuuta 2020"), the seven
weekdays (wide and abbreviated), Monday first, each with the other case forms the CLDR's "last/this/next
Sunday" phrases write it in ("v sredo", "у недељу", "šeštadienį", "laugardaginn"), and the words for
today, yesterday and the day before ("danas", "í gær", "vorgestern") from its relative day fields. An
abbreviation's trailing stop is dropped (the date patterns accept one), as is Catalan's connector ("de
gener", "d'abril": the patterns read connectors).
Babel is a development dependency only: the generated file ships with the package.

    python scripts/build_date_names.py            # rewrite the file
    python scripts/build_date_names.py --check    # exit 1 when the committed file is stale

tests/parse/test_date_names.py regenerates the file in memory and compares it with the committed one.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

import babel
from babel import Locale, dates

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _generated

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "captions" / "data" / "date_names.json"

# The languages agencies and their partner services write captions in.
LANGUAGES = [
    "en",
    "de",
    "fr",
    "es",
    "it",
    "pt",
    "nl",
    "pl",
    "cs",
    "sk",
    "sv",
    "da",
    "nb",
    "fi",
    "ru",
    "uk",
    "tr",
    "ca",
    "ro",
    "hu",
    "hr",
    "sl",
    "el",
    "sr",
    "bg",
    "lt",
    "lv",
    "et",
    "is",
    "sr_Latn",
    "bs",
    "mk",
    "eu",
    "gl",
    "de_AT",
    "id",
    # Arabic: SPA, QNA, WAM, KUNA and MENA write "الثلاثاء 2 ديسمبر 2025" (the CLDR's Gregorian names).
    "ar",
    # Papers of East and Southern Africa, the Philippines, Malaysia and Singapore, and Ireland in their own
    # languages: Swahili, Afrikaans, Filipino, Malay, Irish.
    "sw",
    "af",
    "fil",
    "ms",
    "ga",
    # Hebrew (Israeli papers, Reuters and AFP in Hebrew) and Persian (BBC Persian, Radio Farda) in the
    # Gregorian calendar: "12 בינואר 2026", "۱۵ ژانویه ۲۰۲۶" (Iranian agencies' solar months are date.toml's
    # solar_hijri_months).
    "he",
    "fa",
    # Azerbaijani (AZƏRTAC, APA: "Bakı, 21 dekabr") and Uzbek (UzA, Dunyo: "Samarqand, 25-dekabr"): their
    # months' full names only. Their short names and weekdays are English words and names ("Sen", "Bazar"
    # of Cox's Bazar, "Juma").
    "az",
    "uz",
    # Kazakh (Kazinform in Kazakh: "Алматы, 14 қыркүйек – ҚазАқпарат"): its months' full names only, as
    # Azerbaijani's and Uzbek's; its short ones are words of their own.
    "kk",
    # Georgian (Interpressnews, Georgian papers: "მესტია, 22 იანვარი"): its months' full names only, as
    # Azerbaijani's.
    "ka",
    # The Iraqi, Syrian, Lebanese and Jordanian agencies write the Syriac month names: INA's "٢٤ كانون الأول
    # ٢٠٢٦", SANA's "15 تشرين الثاني 2025" (the CLDR's Arabic of Iraq; its weekdays are the Arabic ones).
    "ar_IQ",
    # Hindi (PTI Bhasha, Hindi papers: "27 जनवरी 2027") and Bengali: letters no other language's words are
    # written in.
    "hi",
    "bn",
    # Urdu (Pakistani papers, APP in Urdu: "بروز پیر، 11 جنوری 2027") and Amharic (ENA, Ethiopian papers
    # in the Gregorian calendar: "ረቡዕ ጃንዋሪ 20"; Ethiopian dates are date.toml's ethiopian_months).
    "ur",
    "am",
    # Nepali (RSS, Kantipur: "बिहीबार", Thursday), Somali (SONNA, BBC Somali: "11-ka Febraayo 2027") and Hausa
    # (BBC Hausa, Daily Trust's Hausa pages: "ranar Laraba", on Wednesday): their full names only (the short
    # ones are words: Nepali "सोम", "शनि"; Somali "Dis", "Nof").
    "ne",
    "so",
    "ha",
    # Armenian (Armenpress: "Գյումրի, մարտի 5-ին", on March 5), its months' wide names only.
    "hy",
    # Punjabi in Gurmukhi (Punjabi papers of India and of Canada's and Britain's Sikh communities: "22
    # ਨਵੰਬਰ 2026"): letters no other language's words are written in; wide names only.
    "pa",
    # Belarusian (BelTA, Nasha Niva, Radio Svaboda: "14 сакавіка 2026 года"), whose months Russian's and
    # Ukrainian's names do not share.
    "be",
    # Sinhala, Tamil, Telugu, Kannada, Malayalam and Gujarati papers (Lankadeepa's "ඊයේ (09) දින", yesterday
    # the 9th; Dinamani's "நேற்று", yesterday): their words for today, yesterday and the day before alone
    # (date.toml relative_day_languages). Their weekdays' short names are words ("வெள்ளி", silver).
    "si",
    "ta",
    "te",
    "kn",
    "ml",
    "gu",
    # Scottish Gaelic (BBC Alba, the Stornoway Gazette's Gaelic pages: "aig cidhe Phort Rìgh Diciadain", at
    # Portree pier on Wednesday) and Chinese, simplified and traditional (community papers of Australia,
    # Canada and Hong Kong: "庙会周六在博士山中心举行", "年宵市場週六"): their weekdays alone.
    "gd",
    "zh",
    "zh_Hant",
]

# Languages read for their months' wide names alone (Hindi's "कल" is yesterday and tomorrow both; its
# weekdays' case forms are date.toml's).
_WIDE_MONTHS_ONLY = {"az", "uz", "kk", "ka", "hi", "hy"}
# Languages read for the wide names of their months and weekdays alone.
_WIDE_NAMES_ONLY = {"ne", "so", "ha", "bn", "pa"}
# Of those two groups, the languages whose relative days are read too: Bengali "আজ", Nepali "हिजो", Hindi
# "आज" (its "कल", yesterday and tomorrow both, is dropped: _relative_days). Not Hausa "Yau" and "Jiya", which
# are names, nor the others', which no caption has been seen to date by.
_RELATIVE_DAYS_TOO = {"bn", "ne", "hi", "pa"}
# Languages read for their relative days alone (see LANGUAGES).
_RELATIVE_DAYS_ONLY = {"si", "ta", "te", "kn", "ml", "gu"}
# Of those, the languages whose months are read too, wide and abbreviated: Tamil papers' datelines write the
# abbreviation with its stop ("சென்னை, டிச. 8:", Chennai, Dec. 8), and some are two letters ("நவ.", "ஜன."):
# an abbreviation is kept however short, as a month-first language's month is read only before a day.
_MONTHS_TOO = {"ta"}
# Languages read for their weekdays alone: Gaelic's wide names (its short "Dia", "DiS" are words and
# abbreviations of other things), Chinese's wide and short ("星期六", "周六"; read inside a run of text by
# _date/_find.py, Chinese writes no spaces). Their months are numbers ("2月") or not written in captions.
_WEEKDAYS_ONLY = {"gd": ("wide",), "zh": ("wide", "abbreviated"), "zh_Hant": ("wide", "abbreviated")}
# Gaelic writes the weekday in one word, the CLDR with its second part capitalised ("DiCiadain"), BBC Alba
# and the papers in lower case ("Diciadain", "Disathairne"): both are read.
_LOWER_AFTER_FIRST = {"gd"}

# Letters a language glues before a month or a weekday: Hebrew "ב" (in, on), "12 בינואר 2026", "ביום רביעי".
_GLUED_BEFORE_MONTHS = {"he": ("ב",)}

# The CLDR's relative fields of the weekdays, Monday first, and the offsets of the relative days read.
_WEEKDAY_FIELDS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_DAY_OFFSETS = (0, -1, -2)
# A word of a "last Sunday" phrase is a case form of the weekday when it shares all but its last three
# letters with one of the weekday's names ("sredo" of "sreda", "laugardaginn" of "laugardagur").
_CASE_ENDING = 3

# A connector CLDR writes into a month's format form (Catalan "de gener", "d’abril").
_CONNECTOR = re.compile(r"^(?:de |d[’'])")
# Shorter names ("V", "ma", "su") are letters and words of their own, not dates. A name is letters, or
# words of letters joined by hyphens (Portuguese "segunda-feira"), by a space (Irish "Dé Domhnaigh",
# "Meán Fómhair") or by Persian's zero-width non-joiner ("سه‌شنبه").
_MIN_LENGTH = 3
# A letter, or a vowel sign of an Indic script (which Python counts as no word character: "जनवरी").
_LETTER = r"(?:[^\W\d_]|[\u0900-\u0dff])"


# The Ethiopic script writes a syllable a letter, and Chinese a word a letter: two of them make a whole name
# (Amharic "ሰኞ", Monday; Chinese "周六", Saturday).
_SYLLABLE = re.compile(r"[\u1200-\u137f\u4e00-\u9fff]")


def _clean(name: str) -> str | None:
    name = _CONNECTOR.sub("", name.strip()).rstrip(".").strip()
    shortest = _MIN_LENGTH - 1 if _SYLLABLE.match(name) else _MIN_LENGTH
    if len(name) < shortest or not re.fullmatch(rf"{_LETTER}+(?:[- \u200c]{_LETTER}+)*", name):
        return None
    return name


def _names(table: Any) -> list[str]:
    out: list[str] = []
    for name in table:
        cleaned = _clean(name)
        if cleaned and cleaned not in out:
            out.append(cleaned)
    return out


def _shared_prefix(a: str, b: str) -> int:
    return next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))


def _case_forms(code: str, field: str, names: list[str]) -> list[str]:
    """The weekday as the CLDR's phrases for the last, this and next one write it, where that differs
    from its names: "to sredo" (Slovenian), "w tę środę" (Polish), "šį šeštadienį" (Lithuanian)."""
    relative = Locale.parse(code)._data["date_fields"][field]
    lowered = [n.lower() for n in names]
    forms: list[str] = []
    for offset in (-1, 0, 1):
        phrase = relative["relative"][offset] if "relative" in relative else ""
        for word in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", phrase):
            if word.lower() in lowered or word in forms:
                continue
            for name in lowered:
                shared = _shared_prefix(word.lower(), name)
                close = shared >= len(name) - _CASE_ENDING and len(word) <= len(name) + _CASE_ENDING
                if shared >= _MIN_LENGTH and close:
                    forms.append(word)
                    break
    return forms


def _relative_days(code: str) -> dict[str, list[str]]:
    """Today, yesterday and the day before, by offset: "danas", "jučer", "prekjučer". A word the CLDR
    gives for two days is none of them (Hindi "कल", yesterday and tomorrow)."""
    fields = Locale.parse(code)._data["date_fields"]["day"]["relative"]
    said = list(fields.values())
    return {
        str(offset): [fields[offset]]
        for offset in _DAY_OFFSETS
        if offset in fields and not re.search(r"\d", fields[offset]) and said.count(fields[offset]) == 1
    }


def _wide_months(code: str) -> list[list[str]]:
    return [
        _names(
            dates.get_month_names("wide", context, locale=code)[month]
            for context in ("format", "stand-alone")
        )
        # A month's one name is kept however short: Hindi "मई" (May).
        or [dates.get_month_names("wide", "format", locale=code)[month]]
        for month in range(1, 13)
    ]


def _wide_and_stopped_months(code: str) -> list[list[str]]:
    """A month's wide names and the abbreviation the CLDR writes with a stop after it ("டிச." for டிசம்பர்),
    without its stop (the date's pattern reads it after any month), however short."""
    months = _wide_months(code)
    for month, names in enumerate(months, 1):
        short = dates.get_month_names("abbreviated", "format", locale=code)[month]
        if short.endswith(".") and short[:-1] not in names:
            names.append(short[:-1])
    return months


def language(code: str) -> dict[str, Any]:
    relative = _relative_days(code) if code in _RELATIVE_DAYS_TOO | _RELATIVE_DAYS_ONLY else {}
    if code in _RELATIVE_DAYS_ONLY:
        return {
            "months": _wide_and_stopped_months(code) if code in _MONTHS_TOO else [[] for _ in range(12)],
            "weekdays": [[] for _ in range(7)],
            "relative_days": relative,
        }
    if code in _WIDE_NAMES_ONLY:
        return {
            "months": _wide_months(code),
            "weekdays": [
                _names(
                    dates.get_day_names("wide", context, locale=code)[day]
                    for context in ("format", "stand-alone")
                )
                for day in range(7)
            ],
            "relative_days": relative,
        }
    if code in _WEEKDAYS_ONLY:
        weekdays = []
        for day in range(7):
            names = _names(
                dates.get_day_names(width, context, locale=code)[day]
                for width in _WEEKDAYS_ONLY[code]
                for context in ("format", "stand-alone")
            )
            lowered = [n[:1] + n[1:].lower() for n in names] if code in _LOWER_AFTER_FIRST else []
            weekdays.append(names + [n for n in lowered if n not in names])
        return {"months": [[] for _ in range(12)], "weekdays": weekdays, "relative_days": {}}
    if code in _WIDE_MONTHS_ONLY:
        return {"months": _wide_months(code), "weekdays": [[] for _ in range(7)], "relative_days": relative}
    months = []
    for month in range(1, 13):
        names = _names(
            dates.get_month_names(width, context, locale=code)[month]
            for width in ("wide", "abbreviated")
            for context in ("format", "stand-alone")
        )
        # A month's one name is kept however short: Persian "مه" (May), read between a day and a year.
        names = names or [dates.get_month_names("wide", "format", locale=code)[month]]
        glued = [f"{prefix}{name}" for prefix in _GLUED_BEFORE_MONTHS.get(code, ()) for name in names]
        months.append(names + _names(glued))
    weekdays = []
    for day in range(7):  # Babel counts from Monday, as date.weekday() does
        names = _names(
            dates.get_day_names(width, context, locale=code)[day]
            for width in ("wide", "abbreviated")
            for context in ("format", "stand-alone")
        )
        glued = [f"{prefix}{name}" for prefix in _GLUED_BEFORE_MONTHS.get(code, ()) for name in names]
        weekdays.append(names + _names(_case_forms(code, _WEEKDAY_FIELDS[day], names)) + _names(glued))
    return {"months": months, "weekdays": weekdays, "relative_days": _relative_days(code)}


def generate() -> str:
    data = {
        "source": f"Unicode CLDR through Babel {babel.__version__} (scripts/build_date_names.py)",
        "languages": {code: language(code) for code in LANGUAGES},
    }
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def main(argv: list[str] | None = None) -> int:
    args = _generated.arguments(__doc__, argv)
    return _generated.write_or_check({OUTPUT: generate()}, check=args.check, script=__file__)


if __name__ == "__main__":
    sys.exit(main())
