"""Sublocations written in scripts that are not Latin: a named place within the town, found by the noun
its name is built on, as each script writes it (place.toml `script_site_*`).

Chinese and Japanese glue the noun after the name ("冰雪大世界", "陶溪川文创街区", "首相官邸"), the
name opening after a cue ("在", "的", "、", a town's "市"); Korean glues it too, a particle after it
("경포해변을");
Hindi writes it after the name as a word ("दशाश्वमेध घाट पर"); Arabic before the name, whose words take the
article ("في قصر اليمامة بالرياض", "الصحن الحسيني الشريف"); Persian before it, with no article
("میدان تجریش"); Hebrew before it in its construct form ("מליאת הכנסת", the Knesset plenum). A noun
alone, or after a word that says which of many ("当地公园", a local park; "एक मंदिर", a temple), names no
place.
"""

from __future__ import annotations

import re
from functools import cache

from ..._regex import alternation
from ..._rules import words
from ._scripts import town_names

__all__ = ["sublocation_in_script"]

# Hindi postpositions, which close a name and are none of its words.
_HINDI_POSTPOSITIONS = ("पर", "में", "के", "की", "का", "से", "को", "और")

# A name before its noun: up to this many letters in Chinese or Japanese, words in Hindi or Arabic.
_CJK_NAME = 7
_WORDS_AFTER = 3

# Han letters and katakana that may be part of a name (not "的", "在", "于", "和", "与", "是", "位").
_CJK_LETTER = r"(?:(?![的在于於和与及是了位内])[\u4e00-\u9fff\u30a0-\u30ff])"


# A town's or county's name inside a Chinese run, the site after it: "台北市|士林夜市".
_INNER_TOWN = re.compile(r"(?<=[\u4e00-\u9fff][市县縣区區])(?=[\u4e00-\u9fff]{3})")


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    # The cues are single letters: a class, as a lookbehind needs. Sorted: a set's order changes with each
    # process's hash seed, and a pattern written another way is compiled again (the pattern store misses).
    cues = "".join(map(re.escape, sorted(words("place", "script_site_cues_cased"))))
    cjk_ends = alternation(words("place", "script_site_ends_cased"))
    # Japanese opens a name after any kana of its grammar too, a particle or a verb's ending ("見頃を迎えた
    # 清水寺を", "にぎわう上野公園"), or at the text's start: a name is written in kanji or katakana. Not
    # where a town and a middle dot open the text ("東京・国立競技場"): the dot's cue reads the site.
    cjk = re.compile(
        rf"(?:(?<=[{cues}\u3041-\u3096])|^(?![^\s・]{{0,{_CJK_NAME}}}・))"
        rf"(?P<site>{_CJK_LETTER}{{1,{_CJK_NAME}}}(?:{cjk_ends}))"
    )
    hangul_ends = alternation(words("place", "script_site_hangul_ends_cased"))
    hangul = re.compile(rf"(?<![가-힣])(?P<site>[가-힣]{{2,8}}?(?:{hangul_ends}))(?![가-힣]{{3}})")
    hindi_nouns = alternation(words("place", "script_site_hindi_nouns_cased"))
    postpositions = r"(?:पर|में|के|की|का|से)(?=[\s।,.)]|$)"
    hindi_of = alternation(words("place", "script_site_hindi_of_cased"))
    word = r"[\u0900-\u094f\u0951-\u0963]+"
    # A name of one or two words before its noun ("बॉम्बे स्टॉक एक्सचेंज"); not a postposition or a word that
    # says which of many ("मुंबई के अस्पताल": the hospital of Mumbai, no name).
    not_name = alternation([*_HINDI_POSTPOSITIONS, *words("place", "script_site_not_before_cased")])
    name_words = rf"(?:(?!(?:{not_name}) ){word} ){{1,2}}"
    hindi = re.compile(
        rf"(?<!\S)(?P<site>{name_words}(?:{hindi_nouns})|{word} (?:{hindi_of}) {word})(?= {postpositions})"
    )
    arabic_heads = alternation(words("place", "script_site_arabic_heads_cased"))
    article_words = rf"(?: ال[\u0620-\u064a]+){{1,{_WORDS_AFTER}}}"
    # The noun may take the article ("المسجد الحرام") and a preposition glued before it ("بالمسجد").
    glued = alternation(words("place", "script_locative_prefixes_cased"))
    # Or a name without the article, then its articled words ("مخيم جباليا", "مستشفى ناصر الطبي"), not a
    # preposition or an adjective that says which of many ("مستشفى ميداني", a field hospital).
    # Up to three such words ("معبر كرم أبو سالم"), none with an article or "for the" glued on ("مخيم
    # للنازحين", a camp for the displaced).
    stops = alternation(words("place", "script_site_arabic_stops_cased"))
    bare_word = rf"(?!(?:{stops})(?![\u0620-\u064a]))(?!{_GLUED_ARTICLES})[\u0620-\u064a]{{2,}}"
    bare_name = rf" {bare_word}(?: {bare_word}){{0,{_WORDS_AFTER - 1}}}(?: ال[\u0620-\u064a]+){{0,2}}"
    arabic = re.compile(
        rf"(?<![\u0620-\u064a])(?:{glued})?"
        rf"(?P<site>(?:ال)?(?:{arabic_heads})(?:{article_words}|{bare_name}))(?![\u0620-\u064a])"
    )
    hebrew_heads = alternation(words("place", "script_site_hebrew_heads_cased"))
    hebrew_prefixes = alternation(
        words("place", "script_prefixes_cased") | words("place", "script_locative_prefixes_cased")
    )
    hebrew_stops = alternation(words("place", "script_site_hebrew_stops_cased"))
    hebrew_word = rf"(?!(?:{hebrew_stops})(?![\u05d0-\u05ea]))[\u05d0-\u05ea\u05f3\u05f4\"'-]+"
    # A second word, unless a preposition is glued to it ("בירושלים", in Jerusalem) or it is a stop.
    hebrew_more = r"(?: (?![בלו])" + hebrew_word + ")?"
    hebrew = re.compile(
        rf"(?<![\u05d0-\u05ea])(?:{hebrew_prefixes})?(?P<site>(?:{hebrew_heads}) {hebrew_word}{hebrew_more})"
        r"(?![\u05d0-\u05ea])"
    )
    return cjk, hangul, hindi, arabic, hebrew


def sublocation_in_script(text: str) -> str | None:
    """The sublocation a caption in Chinese, Japanese, Korean, Hindi or Arabic names, as written, or None."""
    not_before = words("place", "script_site_not_before_cased")
    not_sites = words("place", "script_not_sites_cased")
    for pattern in _patterns():
        for m in pattern.finditer(text):
            # "在台北市士林夜市": the site after its town's name, which the first cue took in.
            site = _INNER_TOWN.split(m.group("site"))[-1] or m.group("site")
            site = _without_town(site) if pattern is _patterns()[0] else site
            site = _without_glued_town(site) if pattern is _patterns()[3] else site
            site = _hindi_name_opened(text, m.start("site"), site) if pattern is _patterns()[2] else site
            if not site or site in not_sites or any(site.startswith(w) for w in not_before):
                continue
            return site
    if (persian := _persian_site(text)) is not None:
        return persian
    # Seats named by their role alone: "總統府" (the Presidential Office), "청와대" (Cheong Wa Dae).
    return next((s for s in words("place", "script_named_sites_cased") if s in text), None)


def _hindi_name_opened(text: str, start: int, site: str) -> str:
    """A Hindi name of two words before its noun opens the phrase: after a postposition or a mark ("दलाल
    स्ट्रीट पर बॉम्बे स्टॉक एक्सचेंज"); after another word it may close a person's name ("रोहित शर्मा वानखेड़े
    स्टेडियम": Rohit Sharma, then the stadium), and only the last word before the noun is the name's."""
    words_before = text[:start].split()
    if len(site.split()) < _HINDI_LONG_NAME or not words_before:
        return site
    previous = words_before[-1]
    if previous in _HINDI_POSTPOSITIONS or previous[-1:] in _HINDI_MARKS:
        return site
    return site.split(" ", 1)[1]


# A Hindi site of this many words holds a name of two; marks after which a phrase opens.
_HINDI_LONG_NAME = 3
_HINDI_MARKS = frozenset(":।,")


def _without_glued_town(site: str) -> str:
    """ "مسجد بغزة": a word after the head that is "in" glued to a town ("بغزة", in Gaza) ends the name;
    with no word of the name before it, there is no site."""
    parts = site.split(" ")
    towns = town_names()
    for i, part in enumerate(parts[1:], 1):
        if part[:1] == "ب" and part[1:] in towns:
            return " ".join(parts[:i]) if i > 1 else ""
    return site


# Articles, and "for the", "in the", "and the" glued to an Arabic word: no name without the article.
_GLUED_ARTICLES = "(?:ال|لل|بال|وال|فال|كال)"


# A Persian word: Arabic letters with Persian's own (پ چ ژ گ ک ی) and the zero-width non-joiner.
_PERSIAN_WORD = r"[\u0621-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc\u200c]+"


# Letters Persian writes and Arabic does not: Persian's yeh and kaf among them.
_PERSIAN_LETTERS = re.compile(r"[\u067e\u0686\u0698\u06a9\u06af\u06cc]")


@cache
def _persian() -> re.Pattern[str]:
    heads = alternation(words("place", "script_site_persian_heads_cased"))
    return re.compile(rf"(?<![\u0621-\u06ff])(?P<site>(?:{heads})(?: {_PERSIAN_WORD}){{1,2}})")


def _persian_site(text: str) -> str | None:
    """Persian names a site with its noun first and no article ("میدان تجریش", Tajrish Square); a town
    written after it ("میدان آزادی تهران") is no part of its name."""
    if not _PERSIAN_LETTERS.search(text):
        return None  # Arabic: "مسجد في المدينة" is no Persian site
    towns = town_names()
    for m in _persian().finditer(text):
        parts = m.group("site").split(" ")
        while len(parts) > 2 and parts[-1] in towns:
            parts.pop()
        if parts[1] in towns:
            continue  # a town's name after the noun is the town, no site's name
        return " ".join(parts)
    return None


# The shortest town's name in Chinese characters a site may open with.
_SHORTEST_TOWN = 2


def _without_town(site: str) -> str:
    """A Chinese site without the town's name glued before it: "哈尔滨冰雪大世界" is "冰雪大世界" in
    Harbin (the longest name of a town the site opens with, a name of its own left after it)."""
    towns = town_names()
    ends = words("place", "script_site_ends_cased")
    for size in range(min(len(site) - _SHORTEST_TOWN, 4), _SHORTEST_TOWN - 1, -1):
        rest = site[size:]
        # "北京故宫" is 故宫 in Beijing; "北京公园" no name but the noun ("park") after the town.
        # "国立競技場" keeps "国立" (national), though Kunitachi is written so: "競技場" alone is the noun.
        if site[:size] in towns and rest not in ends and len(rest) >= _SHORTEST_TOWN:
            return rest
    return site
