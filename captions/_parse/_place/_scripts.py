"""Towns and countries written in scripts that are not Latin: Chinese and Japanese characters, kana,
Hangul, Arabic and Persian, Hebrew, Thai, Devanagari, Georgian ("2026年2月16日，市民在上海豫园...",
"서울 종로구", "في قصر الاتحادية بالقاهرة").

The names are those of captions/data/script_names.json (scripts/build_script_names.py: GeoNames' town
names in these scripts, the CLDR's country names), each with the English name and the country code the
gazetteer knows it by. Chinese, Japanese and Thai have no spaces between words, so names are found by the
longest match at each letter over that fixed set; Korean, Arabic, Hebrew and Hindi names are words, with
the letters glued to them undone (Arabic "بالرياض": ب + الرياض, Korean "서울에서": 서울 + 에서, Georgian
"ქუთაისში": ქუთაისი + ში). A name is
the place only where the caption's own cue says so (place.toml `script_*`); with no cue, only a big town
with a long name in Chinese characters or Thai counts (a katakana name is a loanword as often: "カイロ",
Cairo, is a hand warmer, and inside a longer katakana word it is no name at all). GeoNames gives some
common words as towns' names ("المدينة", the city, is Medina's; "위해", for, Weihai's):
`script_not_towns_cased` lists them. Cyrillic and
Greek are read by `_weak` (their towns after a preposition, by their Latin spelling).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from itertools import pairwise

from ..._frozen import fast_init
from ..._regex import alternation
from ..._rules import phrases, rules, words

__all__ = [
    "ScriptPlace",
    "country_in_script",
    "in_script",
    "is_country_in_script",
    "place_in_script",
    "town_in_script",
    "town_names",
]

# The letters of the scripts read here; a text with none of them is left at once.
_LETTERS = (
    "\u0590-\u05ff\u0600-\u06ff\u0750-\u077f\u0900-\u097f\u0980-\u09ff\u0a00-\u0a7f\u0b80-\u0bff\u0d80-\u0dff\u0e00-\u0e7f"
    "\u10d0-\u10ff\u1100-\u11ff\u1000-\u109f\u1780-\u17ff\u0e80-\u0eff"
    "\u1200-\u137f\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
)
_SCRIPT = re.compile(f"[{_LETTERS}]")
_SCRIPT_LETTERS = re.compile(f"[{_LETTERS}]+")
_LATIN = re.compile(r"[A-Za-zÀ-ɏ]")
# Written without spaces (Thai, Lao, Burmese, Khmer, Chinese, Japanese): a name is found at any letter by the
# longest match.
_UNSPACED = re.compile(
    "[\u0e00-\u0e7f\u0e80-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"
)
_HANGUL = re.compile("[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]")
# A word ending in one of these is a sentence's part ("시민들이", "서울의"), not a place's name.
_KOREAN_CASE_PARTICLES = frozenset("이가을를은는의와과도")
_KATAKANA_NAME = re.compile("[\u30a0-\u30ff]+")
# Words of the spaced scripts: Hangul, Arabic, Hebrew, Devanagari, Bengali, Gurmukhi, Tamil and Sinhala
# (with their vowel signs, not their digits; Sinhala's zero-width joiner inside its conjuncts, "ක්\u200dරිකට්"),
# Ethiopic (its syllables, not its stops and commas "።", "፣").
# Arabic letters only: its comma "،", semicolon, question mark, full stop and digits end a word; Persian
# writes a zero-width non-joiner inside words ("خیابان\u200cهای").
_WORD = re.compile(
    "[\u200c\u05d0-\u05ea\u0620-\u065f\u066e-\u06d3\u06d5-\u06ef\u06fa-\u06ff\u0750-\u077f\u0900-\u0963"
    "\u0980-\u09e3\u09f0-\u09f1\u0a00-\u0a63\u0a70-\u0a75\u0b80-\u0bcd\u0bd0-\u0bd7\u0d80-\u0df3\u200d\u10d0-\u10ff\u1100-\u11ff\u1200-\u135f\u3130-\u318f\uac00-\ud7af]+"
)

# Arabic short vowels and other marks, which the names are keyed without ("عُمان": عمان).
# Khmer and Burmese put a zero-width space between words, which no name holds ("នៅ\u200bខេត្ត\u200bសៀមរាប").
_MARKS = dict.fromkeys([*range(0x064B, 0x0660), 0x0670, 0x200B])

# How many words a locative word may stand before the name it governs.
_CLAUSE_WORDS = 3

# A dateline's town opening the text: "القاهرة - ...", "القدس (رويترز) -"; Petra's with the day and month
# before the agency: "عمان 28 كانون الثاني (بترا) -".
# ENA's in Amharic: "አዲስ አበባ፣ የካቲት 3/2019 (ኢዜአ)፦", the town closed by the Ethiopic comma.
# Georgian agencies close the town with a comma before the day and month: "ქუთაისი, 4 მარტი."
# SPA writes the year and "م" (AD) before its name: "الرياض 24 أكتوبر 2027 م (واس)". Tamil papers abbreviate
# the month with a full stop, the day after it: "சென்னை, டிச. 8:"; Bengali ones write their own digits: "ঢাকা,
# ১৬ ডিসেম্বর ২০২৭". A month's letters take the vowel signs of the Indic scripts, which are no word letters.
# The agency's name in brackets is read as the credit and cut off: the date with its year ends the text read.
_MONTH = r"(?:(?![\d_])[\w\u0900-\u0dff])+"
_DATELINE_AFTER = re.compile(
    rf"\s*(?:\d{{1,2}}\s+{_MONTH}(?:\s+{_MONTH})?(?:\s+\d{{4}}(?:\s*(?:م|هـ))?)?\s*(?=\())?[-–—:(፣]"
    rf"|\s*\d{{1,2}}\s+{_MONTH}(?:\s+{_MONTH})?\s+\d{{4}}(?:\s*(?:م|هـ))?\s*$"
    rf"|,\s*(?:\d{{1,2}}\s+{_MONTH}|{_MONTH}\.?\s+\d{{1,2}})(?!\d)"
)
# Yonhap's dateline: the town, a foreign agency at most, then "=연합뉴스" in brackets opening the text:
# "(서울=연합뉴스)", "(파리 AFP=연합뉴스)", "(런던 로이터=연합뉴스)".
_BRACKET_DATELINE_AFTER = re.compile(r"(?:\s+[^\s=()]{1,12})?\s*=")

# A Xinhua dateline's town with its province in full-width brackets, then the date: "桂林（广西），2026年
# 11月28日". The bracket and the date after it are the town's cue, whatever its size.
_BRACKETED_DATELINE = re.compile(r"（[^（）\d]{1,8}）[，,、]?\s*\d")

# A Xinhua dateline's town with no province, a comma, then the date with its year:
# "新华社照片，香港，2026年12月4日", "旺角街頭的聖誕燈飾，香港，2026年12月4日".
_COMMA_DATELINE = re.compile(r"[，,]\s*\d{4}\s*年")

# Kyodo and Jiji close a caption with "＝", the day, and the town the picture was taken in, before their
# name (no part of the text read here): "...選手＝25日、ロサンゼルス（共同）". The day and its comma are the
# cue of the town that closes the text.
_DAY_BEFORE_CLOSING_TOWN = re.compile(r"＝[^＝、]{0,12}日[^＝、]{0,8}、$")

# A town named with no cue is the place only when it is this big, and its name this long; a word of a
# script with spaces needs its cue (its prepositions are plain), one of Chinese or Japanese does not.
_UNCUED_POPULATION = 1_000_000
_UNCUED_LENGTH = 3


@fast_init
@dataclass(frozen=True)
class ScriptPlace:
    """A town (English GeoNames name) and its country, or a country alone, as the gazetteer names them."""

    city: str | None
    country: str
    province: str | None = None  # "در استان اردبیل": the province named, no town


@dataclass(frozen=True)
class _Names:
    towns: dict[str, tuple[str, str, int]]  # name -> English name, country code, population
    countries: dict[str, tuple[str, str]]  # name -> country code, English name
    country_names: dict[str, str]  # country code -> English name
    longest: int


@cache
def _names() -> _Names:
    text = (resources.files("captions") / "data" / "script_names.json").read_text(encoding="utf-8")
    data = json.loads(text)
    towns = {k: (v[0], v[1], int(v[2])) for k, v in data["towns"].items()}
    countries = {k: (v[0], v[1]) for k, v in data["countries"].items()}
    english = {cc: name for cc, name in countries.values()}
    longest = max(map(len, [*towns, *countries]))
    return _Names(towns, countries, english, longest)


def is_country_in_script(word: str) -> bool:
    """Whether a word is a country's name in a script read here ("إندونيسيا", Indonesia)."""
    return word in _names().countries


def country_in_script(word: str) -> tuple[str, str] | None:
    """The code and English name of a country written in a script not Latin ("Польща": PL, Poland)."""
    return _names().countries.get(word)


def town_names() -> dict[str, tuple[str, str, int]]:
    """The towns' names in the scripts read here, each with its English name, country code, population."""
    return _names().towns


def town_in_script(name: str) -> tuple[str, str, int] | None:
    """A town's English name, its country's and its people, by its name in a script read here ("Рим":
    Rome, Italy)."""
    names = _names()
    town = names.towns.get(name)
    return None if town is None else (town[0], names.country_names.get(town[1], town[1]), town[2])


def in_script(text: str) -> bool:
    """Whether a text is written mostly in the scripts read here (more of their letters than Latin)."""
    if not _SCRIPT.search(text):
        return False
    return sum(map(len, _SCRIPT_LETTERS.findall(text))) > len(_LATIN.findall(text))


@fast_init
@dataclass(frozen=True)
class _Found:
    name: str
    start: int
    end: int
    cued: bool
    unspaced: bool = False  # Chinese, Japanese or Thai
    province: bool = False  # after a province's word: "استان اردبیل", "بمحافظة كربلاء"
    dateline: bool = False  # cued only as a dateline's town before a comma and the date: the filing town


def _starts_with(text: str, key: str) -> bool:
    return any(text.startswith(w) for w in words("place", key))


def _ends_with(text: str, key: str) -> bool:
    return any(text.endswith(w) for w in words("place", key))


def _unspaced(text: str, names: _Names) -> list[_Found]:
    """Names in Chinese, Japanese or Thai: the longest name at each letter, then on after it."""
    found: list[_Found] = []
    i = 0
    while i < len(text):
        if not _UNSPACED.match(text, i):
            i += 1
            continue
        for size in range(min(names.longest, len(text) - i), 1, -1):
            name = text[i : i + size]
            if name in names.towns or name in names.countries:
                after = text[i + size :]
                if _starts_with(after, "script_not_town_after_cased"):
                    continue  # "中山路", "広島県": a road, a prefecture
                kana = _KATAKANA_NAME.fullmatch(name) is not None
                joined = (i > 0 and _KATAKANA_NAME.match(text, i - 1)) or _KATAKANA_NAME.match(after[:1])
                if kana and joined and not _dotted_places(text, i, i + size, names):
                    # "カイロプラクティック" (chiropractic) holds カイロ (Cairo), "ニューヨーク・タイムズ" a
                    # newspaper's name: a longer word in katakana, and no town.
                    run = _KATAKANA_NAME.match(text, i)
                    i = run.end() if run else i + 1
                    break
                cued = (
                    _ends_with(text[:i], "script_locatives_before_cased")
                    or _starts_with(after, "script_locatives_after_cased")
                    or _part_after_locative(text[:i])
                )
                # A dateline's town before its date: "新华社北京1月20日电".
                cued = (
                    cued
                    or (
                        (not after or after.isspace())
                        and _DAY_BEFORE_CLOSING_TOWN.search(text, 0, i) is not None
                    )
                    or after[:1].isdigit()
                    or name[-1] in words("place", "script_locatives_after_cased")
                    or _BRACKETED_DATELINE.match(after) is not None
                )
                # A Chinese caption opening with a town, its subject ("大埔墟街市今日重開", the Tai Po market
                # reopened today; "基隆港今日"): a local paper's town, as a dateline's is.
                cued = cued or (i == 0 and not kana and _opening_town(name, names))
                # A dateline's town before a comma and the date: the filing town, the place only where no
                # other town has its cue ("新华社照片，南昌，2026年12月24日 ... 景德镇市陶溪川").
                dateline = not cued and _COMMA_DATELINE.match(after) is not None
                # Thai "จ.เชียงใหม่" (Chiang Mai province): the province's abbreviation is its cue.
                province = _ends_with(text[:i], "script_province_words_cased")
                # A name in katakana is also a loanword ("カイロ", a hand warmer): never a town without a cue.
                found.append(
                    _Found(
                        name,
                        i,
                        i + size,
                        cued or province or dateline,
                        unspaced=not kana,
                        province=province,
                        dateline=dateline,
                    )
                )
                i += size
                break
        else:
            i += 1
    return found


def _part_after_locative(before: str) -> bool:
    """Whether BEFORE closes with a locative and a noun of a town's part, glued: Thai "ที่ชายหาดพัทยา" (at the
    beach of Pattaya), "ในตัวเมืองเชียงใหม่" (in the town centre of Chiang Mai)."""
    # Every noun is tried: "หาด" (beach) closes "ชายหาด" (beach) too, with no locative right before it.
    return any(
        before.endswith(noun) and _ends_with(before[: -len(noun)], "script_locatives_before_cased")
        for noun in words("place", "script_unspaced_part_nouns_cased")
    )


# A town opening a Chinese caption is its place from this size: a smaller one's name is a surname or word
# as often ("黄山", "中山").
_OPENING_POPULATION = 100_000


def _opening_town(name: str, names: _Names) -> bool:
    town = names.towns.get(name)
    return town is not None and town[2] >= _OPENING_POPULATION


def _forms(word: str) -> list[tuple[str, bool, str]]:
    """The names a spaced word may hold, each with whether a glued letter says "in", and what is glued
    after it: "بالرياض" → الرياض (in), "서울에서" → 서울, "에서"."""
    forms: list[tuple[str, bool, str]] = [(word, False, "")]
    for prefix in words("place", "script_locative_prefixes_cased"):
        if word.startswith(prefix) and len(word) > len(prefix) + 2:
            forms.append((word[len(prefix) :], True, ""))
    for prefix in words("place", "script_prefixes_cased"):
        if word.startswith(prefix) and len(word) > len(prefix) + 2:
            rest = word[len(prefix) :]
            forms.append((rest, False, ""))
            if prefix.endswith("ل") and rest.startswith("ل"):
                forms.append(("ا" + rest, False, ""))  # "للقاهرة": ل + القاهرة
    if _HANGUL.match(word):
        for size in range(len(word) - 1, 1, -1):
            forms.append((word[:size], False, word[size:]))
    for ending in words("place", "script_glued_of_cased"):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            forms.append((word[: -len(ending)], False, ending))  # "ঢাকার": ঢাকা, "of" glued on
    for ending, nominatives in rules("place")["script_in_endings"].items():
        # Georgian "ქუთაისში" (in Kutaisi): "-ში" glued on, the name's final "-ი" dropped before it.
        if word.endswith(ending) and len(word) > len(ending) + 2:
            forms += [(word[: -len(ending)] + n, True, "") for n in nominatives]
    return forms


def _spaced(text: str, names: _Names) -> list[_Found]:
    """Names in Hangul, Arabic, Hebrew or Devanagari: a word, or two, with the letters glued on undone."""
    found: list[_Found] = []
    spans = [(m.start(), m.end()) for m in _WORD.finditer(text)]
    skip_to = 0
    for n, (start, end) in enumerate(spans):
        if start < skip_to:
            continue
        if _in_site_name(text, spans, n):
            continue  # "ميدان الشهداء" (Martyrs' Square): a word of a site's name, no town
        if _town_part_noun(text, spans, n) and n + 1 < len(spans) and spans[n + 1][0] == end + 1:
            continue  # "ברחובות תל אביב" (in the streets of Tel Aviv): the noun, no Rehovot; its town follows
        before = _clause_before(text, spans, n)
        after_word = text[end : end + 1]
        next_word = text[spans[n + 1][0] : spans[n + 1][1]] if n + 1 < len(spans) else ""
        pair = f"{text[start:end]} {next_word}" if next_word and spans[n + 1][0] == end + 1 else ""
        for word, stop in ((pair, spans[n + 1][1] if pair else end), (text[start:end], end)):
            if not word:
                continue
            hit = _spaced_hit(word, names)
            if hit is None:
                continue
            name, prefixed, glued = hit
            following = text[stop : stop + 6]
            cued = (
                prefixed
                or not before.isdisjoint(words("place", "script_locative_words_cased"))
                or _weather_on(before)
                or (glued != "" and glued in words("place", "script_locatives_after_cased"))
                or (not glued and _starts_with(following.lstrip(" "), "script_locatives_after_cased"))
                or (not glued and _locative_after_region(text, stop))
                or (not glued and _of_a_place_in(text, stop))
                or (glued in words("place", "script_glued_of_cased") and _in_words_after(text, stop))
                or (after_word == " " and _district_after(text, stop))
                or (n == 0 and _DATELINE_AFTER.match(text, stop) is not None)
                # A town opening the caption, a place in it with "in" glued on within three words: Tamil
                # "சென்னை மெரினா கடற்கரையில்" (on Chennai's Marina beach), Sinhala "කොළඹ කොටුව දුම්රිය
                # ස්ථානයේ" (at Colombo Fort railway station): the compound names the town's place.
                or (n == 0 and not glued and _in_words_after(text, stop))
                or (name in names.countries and _compass_right_before(text, spans, n))
                or (n > 0 and spans[n - 1][1] == start - 1 and _town_part_noun(text, spans, n - 1))
                # "مدينة العين" (the city of Al Ain), GeoNames' name of a town with its noun: the noun says a
                # town is named, whatever the preposition before it ("على مدينة العين", on the city).
                or name.split(" ")[0] in words("place", "script_settlement_nouns_cased")
                # "광주광역시" (Gwangju Metropolitan City): the town's full name says it is one.
                or _ends_with(name, "script_town_name_endings_cased")
                or (text[:start].strip() == "(" and _BRACKET_DATELINE_AFTER.match(text, stop) is not None)
            )
            provinces = words("place", "script_province_words_cased")
            province = name.split()[0] in provinces or (
                n > 0 and text[spans[n - 1][0] : spans[n - 1][1]] in provinces
            )
            found.append(_Found(name, start, stop, cued, province=province))
            skip_to = stop
            break
    return found


# A comma after a town, then its state or province in one word or two, then a locative: "पटना, बिहार में" (in
# Patna, Bihar), "ब्रैम्पटन, ओंटारियो में" (in Brampton, Ontario).
@cache
def _region_then_locative() -> re.Pattern[str]:
    locatives = alternation(words("place", "script_locatives_after_cased"))
    return re.compile(rf",\s*(?:[^\s,.]+\s+){{1,2}}?(?:{locatives})(?!\S)")


def _locative_after_region(text: str, stop: int) -> bool:
    """Whether the town's state or province after a comma is followed by a locative ("में", in): the pair
    is located, as the town alone would be."""
    return text.startswith(",", stop) and _region_then_locative().match(text, stop) is not None


def _weather_on(before: set[str]) -> bool:
    """Whether the words before a name say weather falls on it: "أمطار غزيرة على دبي" (rain on Dubai)."""
    return not before.isdisjoint(words("place", "script_on_cased")) and not before.isdisjoint(
        words("place", "script_weather_nouns_cased")
    )


def _town_part_noun(text: str, spans: list[tuple[int, int]], n: int) -> bool:
    """Whether word n is a noun of a town's part that owns the town written right after it (Arabic's and
    Hebrew's construct, Persian's ezafe): "كورنيش الإسكندرية" (the Alexandria Corniche), "شوارع جدة" (the
    streets of Jeddah), "خیابان‌های شیراز", "ברחובות תל אביב"; a letter glued before it ("بشوارع") is
    undone. The town is the picture's, whatever the preposition before the noun ("على", on)."""
    return text[spans[n][0] : spans[n][1]] in _town_part_nouns()


@cache
def _town_part_nouns() -> frozenset[str]:
    """The nouns of `script_town_part_nouns_cased`, bare and with each letter that may be glued on."""
    nouns = words("place", "script_town_part_nouns_cased")
    prefixes = words("place", "script_locative_prefixes_cased") | words("place", "script_prefixes_cased")
    return nouns | {p + noun for p in prefixes for noun in nouns}


def _of_a_place_in(text: str, end: int) -> bool:
    """Whether a Hindi name is followed by "of" and a place in it, "in" after that: "मुंबई के धारावी में" (in
    Mumbai's Dharavi); the town is the place's. Not "मुंबई के मुख्यमंत्री" (Mumbai's chief minister)."""
    rest = text[end : end + 40].split()
    if len(rest) < 3 or rest[0] not in words("place", "script_of_cased"):
        return False
    # The place's name, one word or two, then "in" or "at".
    return any(w in words("place", "script_locatives_after_cased") | {"पर"} for w in rest[2:4])


def _in_words_after(text: str, end: int) -> bool:
    """Whether one of the three words after a Bengali town "of" ends in "in": "ঢাকার সোহরাওয়ার্দী উদ্যানে"
    (in Dhaka's Suhrawardy Udyan). Not "ঢাকার মেয়র" (Dhaka's mayor)."""
    endings = tuple(rules("place")["script_in_endings"])
    return any(w.endswith(endings) for w in text[end : end + 80].split()[:_CLAUSE_WORDS])


def _compass_right_before(text: str, spans: list[tuple[int, int]], n: int) -> bool:
    """Whether word n follows a word of the compass, one space between: "شمال الأردن" (in the north of
    Jordan) places the picture in the country, as "في" would."""
    if n == 0 or spans[n - 1][1] != spans[n][0] - 1:
        return False
    return text[spans[n - 1][0] : spans[n - 1][1]] in words("place", "script_compass_words_cased")


def _clause_before(text: str, spans: list[tuple[int, int]], n: int) -> set[str]:
    """The words right before word n, up to `_CLAUSE_WORDS`, with only spaces between: a locative word
    among them governs the name ("في أحد شوارع دمشق", in one of the streets of Damascus)."""
    out: set[str] = set()
    for k in range(n - 1, max(n - 1 - _CLAUSE_WORDS, -1), -1):
        if spans[k][1] != spans[k + 1][0] - 1 or text[spans[k][1]] != " ":
            break
        out.add(text[spans[k][0] : spans[k][1]])
    return out


def _in_site_name(text: str, spans: list[tuple[int, int]], n: int) -> bool:
    """Whether word n, with the article, follows the noun an Arabic site is built on, over other such
    words: "ميدان التحرير", "الصحن الحسيني الشريف" name a square and a courtyard, no town."""
    if not text[spans[n][0] : spans[n][1]].startswith("ال"):
        return False
    heads = words("place", "script_site_arabic_heads_cased")
    for k in range(n - 1, -1, -1):
        if text[spans[k][1] : spans[k + 1][0]] != " ":
            return False
        word = text[spans[k][0] : spans[k][1]]
        if word in heads:
            return True
        if not word.startswith("ال"):
            return False
    return False


def _spaced_hit(word: str, names: _Names) -> tuple[str, bool, str] | None:
    for form, prefixed, glued in _forms(word):
        if form not in names.towns and form not in names.countries:
            continue
        if glued and glued not in words("place", "script_particles_cased") | words(
            "place", "script_locatives_after_cased"
        ) | words("place", "script_glued_of_cased"):
            continue  # "서울대학교" is no form of 서울
        return form, prefixed, glued
    return None


def _district_after(text: str, end: int) -> bool:
    """A Korean district, village or island written after the town: "서울 종로구", "서울 여의도"; or a
    place in it, said with "in" ("서울 광화문광장에서": in Gwanghwamun Square, Seoul), the town's part
    between them with no particle ("서울 용산 대통령실에서": at the presidential office, Yongsan, Seoul)."""
    m = _WORD.match(text, end + 1)
    if m is None or _HANGUL.match(m.group()) is None:
        return False
    word = m.group()
    if word.endswith("에서") and len(word) > len("에서") + 1:
        return True
    if (
        word[-1] not in _KOREAN_CASE_PARTICLES
        and (after := _WORD.match(text, m.end() + 1)) is not None
        and after.group().endswith("에서")
        and len(after.group()) > len("에서") + 1
    ):
        return True
    if _town_site(word):
        return True
    for particle in words("place", "script_district_particles_cased"):
        if word.endswith(particle) and len(word) > len(particle) + 1:
            word = word.removesuffix(particle)  # "인사동의": Insa-dong's
            break
    return any(word.endswith(w) for w in words("place", "script_district_endings_cased"))


def _town_site(word: str) -> bool:
    """Whether a Korean word is a place in a town, with or without a particle: "해운대해수욕장을" (Haeundae
    Beach), "두류공원에서" (in Duryu Park)."""
    sites = tuple(words("place", "script_town_site_endings_cased"))
    if word.endswith(sites):
        return True
    particles = words("place", "script_particles_cased") | words("place", "script_district_particles_cased")
    return any(word.endswith(p) and word.removesuffix(p).endswith(sites) for p in particles)


def _counts(found: _Found, names: _Names) -> bool:
    if found.name in words("place", "script_not_towns_cased"):
        return False  # "المدينة" (the city) is Medina's name too
    if found.name in words("place", "script_site_arabic_heads_cased") | words(
        "place", "script_site_hindi_nouns_cased"
    ):
        return False  # the noun a site is built on: "ميدان التحرير" (Tahrir Square), not Medan
    if found.cued:
        return True
    town = names.towns.get(found.name)
    if town is None or not found.unspaced:
        return False
    return town[2] >= _UNCUED_POPULATION and len(found.name) >= _UNCUED_LENGTH


def place_in_script(text: str) -> ScriptPlace | None:
    """The town shown, or else the country, named in a script read here: the first with a cue, else the
    first big town named with none. None when the text names none it can be sure of."""
    if not in_script(text):
        return None
    names = _names()
    text = text.translate(_MARKS)
    hits = sorted([*_unspaced(text, names), *_spaced(text, names)], key=lambda f: f.start)
    province: ScriptPlace | None = None
    for hit in sorted(hits, key=lambda f: (not f.cued, f.dateline, f.start)):
        if not (_counts(hit, names) or _after_settlement_noun(text, hit)):
            continue
        if (town := names.towns.get(hit.name)) is not None and hit.province:
            # "در استان اردبیل" (in Ardabil province): the province, named like its capital; a town named
            # elsewhere is the place.
            province = province or ScriptPlace(None, names.country_names.get(town[1], town[1]), town[0])
            continue
        if town is not None:
            after = _town_after(hit, hits, text, names) if hit.unspaced else None
            if after is not None and after[1] != town[1]:
                # "在海南文昌" (in Hainan, Wenchang): Chinese writes the province, then its town; a first name
                # read as a town of another country (Japan's Kainan) is the province's.
                town = after
            # "في طرابلس شمال لبنان" (in Tripoli, north Lebanon): the country written after the town says
            # which of the towns of its name it is; the names' table holds only the biggest (Libya's).
            country = _country_after(hit, hits, text, names)
            return ScriptPlace(town[0], country or names.country_names.get(town[1], town[1]))
        cc, english = names.countries[hit.name]
        suffix = text[hit.end : hit.end + 1]
        city_suffixed = bool(suffix) and suffix in words("place", "script_country_city_suffixes_cased")
        if city_suffixed and (named := _city_named_for(english, cc)) is not None:
            return ScriptPlace(named[0], english)  # "メキシコ市": Mexico City
        # "在乌克兰基辅" (in Ukraine Kyiv), "日本・東京": the country, then a town of it written right after,
        # is the town; a town of it named elsewhere with no cue is no surer than the country.
        if (town := _town_after(hit, hits, text, names)) is not None and town[1] == cc:
            return ScriptPlace(town[0], english)
        return ScriptPlace(None, english)
    return province or _named_after_town(text, names) or _province_alone(text, names)


_CHINESE_PROVINCE = re.compile(r"[\u4e00-\u9fff]{2,3}省")
_CITY_AFTER_PROVINCE = re.compile(r"[\u4e00-\u9fff]{1,4}市")


def _province_alone(text: str, names: _Names) -> ScriptPlace | None:
    """A Korean province written short before its county, as Yonhap writes it ("강원 평창군": Pyeongchang
    county, Gangwon), or with "도" ("강원도에서"), where the caption names no town: the province. Gyeonggi
    only as "경기도": "경기" alone is a match, the game."""
    provinces = rules("place")["script_provinces"]
    if "省" in text:
        # Chinese writes no spaces: "游客在江西省婺源县": the two or three characters before "省".
        for m in _CHINESE_PROVINCE.finditer(text):
            if _CITY_AFTER_PROVINCE.match(text, m.end()):
                continue  # "在黑龙江省漠河市": a town the names lack is named; the province is no answer
            for stem in (m.group()[-4:], m.group()[-3:]):
                if found := provinces.get(stem):
                    english, cc = found
                    return ScriptPlace(None, names.country_names.get(cc, cc), english)
    for m in _WORD.finditer(text):
        word = m.group()
        for ending in ("에서", "의", "에", ""):
            stem = word.removesuffix(ending) if ending else word
            found = provinces.get(stem) or (provinces.get(stem[:-1]) if stem.endswith("도") else None)
            if found:
                english, cc = found
                return ScriptPlace(None, names.country_names.get(cc, cc), english)
    return None


def _named_after_town(text: str, names: _Names) -> ScriptPlace | None:
    """The town a stadium or an airport is named after, where the caption names no other: "على استاد
    القاهرة الدولي" (at Cairo International Stadium) is in Cairo, as "Cairo International Stadium" is."""
    heads = words("place", "script_named_after_heads_cased")
    spans = [m.group() for m in _WORD.finditer(text)]
    for k, (word, name) in enumerate(pairwise(spans)):
        named = any(word == h or (word.endswith(h) and len(word) <= len(h) + 2) for h in heads)
        if not named or name in words("place", "script_not_towns_cased"):
            continue
        # A town's name of two words: "בסינמטק תל אביב" (at the Tel Aviv Cinematheque).
        pair = f"{name} {spans[k + 2]}" if k + 2 < len(spans) else ""
        if (town := names.towns.get(pair) or names.towns.get(name)) is not None:
            return ScriptPlace(town[0], names.country_names.get(town[1], town[1]))
    return None


def _after_settlement_noun(text: str, hit: _Found) -> bool:
    """Whether a name follows a noun that says a town is named next: "في مدينة الزرقاء", "بمدينة الزرقاء"
    (in the city of Zarqa), where the name alone is a common word too ("the blue")."""
    nouns = words("place", "script_settlement_nouns_cased")
    if any(hit.name.startswith(f"{noun} ") for noun in nouns):
        return True  # "على مدينة العين": the name as GeoNames writes it, "the city of Al Ain", holds the noun
    before = text[max(0, hit.start - 12) : hit.start]
    if not before.endswith(" "):
        return False
    word = before.split()[-1] if before.split() else ""
    return any(word.endswith(noun) for noun in nouns)


def _country_after(hit: _Found, hits: list[_Found], text: str, names: _Names) -> str | None:
    """The country named right after a town, a comma or a word of the compass between at most ("طرابلس،
    لبنان", "طرابلس شمال لبنان"): its English name."""
    following = next((h for h in hits if h.start >= hit.end), None)
    if following is None or following.name not in names.countries:
        return None
    between = text[hit.end : following.start].replace("،", " ").replace(",", " ").split()
    if len(between) > 1 or not set(between) <= words("place", "script_compass_words_cased"):
        return None
    return names.countries[following.name][1]


def _town_after(hit: _Found, hits: list[_Found], text: str, names: _Names) -> tuple[str, str, int] | None:
    following = next((h for h in hits if h.start >= hit.end), None)
    if following is None:
        return None
    gap = text[hit.end : following.start]
    joined = gap in ("", " ", "・") or gap.strip() in words("place", "script_capital_nouns_cased")
    if not joined and not _division_gap().fullmatch(gap):
        return None
    if following.name in words("place", "script_not_towns_cased"):
        return None
    return names.towns.get(following.name)


@cache
def _division_gap() -> re.Pattern[str]:
    """A division's name in Chinese characters and its ending, "的" at most after it: "瓦尔帕莱索大区的"."""
    return re.compile(rf"[\u4e00-\u9fff]{{1,8}}{phrases('place', 'script_division_endings_cased')}的?")


def _name_at(text: str, start: int, names: _Names) -> bool:
    """Whether a town's or country's name in a script opens TEXT at START, a whole word in katakana ("タイ",
    Thailand, is no name in "タイムズ")."""
    for size in range(2, min(names.longest, len(text) - start) + 1):
        name, follows = text[start : start + size], text[start + size : start + size + 1]
        if (name in names.towns or name in names.countries) and (
            follows in ("", "・") or not _KATAKANA_NAME.match(follows)
        ):
            return True
    return False


def _dotted_places(text: str, start: int, end: int, names: _Names) -> bool:
    """Whether a middle dot joins the name at START..END to a country or town next to it, as Japanese writes
    a country and its town ("ブラジル・サンパウロ"), not a longer word ("ニューヨーク・タイムズ", a paper)."""
    if text[end : end + 1] == "・" and _name_at(text, end + 1, names):
        return True
    before = text[: start - 1] if start > 0 and text[start - 1] == "・" else ""
    return any(before[-size:] in names.countries for size in range(2, min(names.longest, len(before)) + 1))


@cache
def _cities_named_for_countries() -> dict[tuple[str, str], tuple[str, str, int]]:
    """The towns named "<country> City" (Mexico City, Kuwait City), by English name and country code."""
    countries = _names().country_names
    return {
        (town[0], town[1]): town
        for town in _names().towns.values()
        if town[0].endswith(" City") and countries.get(town[1]) == town[0].removesuffix(" City")
    }


def _city_named_for(country: str, cc: str) -> tuple[str, str, int] | None:
    return _cities_named_for_countries().get((f"{country} City", cc))
