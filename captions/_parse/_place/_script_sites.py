"""Sublocations written in scripts that are not Latin: a named place within the town, found by the noun
its name is built on, as each script writes it (place.toml `script_site_*`).

Chinese and Japanese glue the noun after the name ("冰雪大世界", "陶溪川文创街区", "首相官邸"), the
name opening after a cue ("在", "的", "、", a town's "市"); Korean glues it too, a particle after it
("경포해변을");
Hindi writes it after the name as a word ("दशाश्वमेध घाट पर"); Arabic before the name, whose words take the
article ("في قصر اليمامة بالرياض", "الصحن الحسيني الشريف"); Persian before it, with no article
("میدان تجریش"). A noun alone, or after a word that says which of many ("当地公园", a local park;
"एक मंदिर", a temple), names no place.
"""

from __future__ import annotations

import re
from functools import cache

from ..._regex import alternation
from ..._rules import words
from ._scripts import town_names

__all__ = ["sublocation_in_script"]

# A name before its noun: up to this many letters in Chinese or Japanese, words in Hindi or Arabic.
_CJK_NAME = 7
_WORDS_AFTER = 3

# Han letters and katakana that may be part of a name (not "的", "在", "于", "和", "与", "是", "位").
_CJK_LETTER = r"(?:(?![的在于於和与及是了位内])[\u4e00-\u9fff\u30a0-\u30ff])"


# A town's or county's name inside a Chinese run, the site after it: "台北市|士林夜市".
_INNER_TOWN = re.compile(r"(?<=[\u4e00-\u9fff][市县縣区區])(?=[\u4e00-\u9fff]{3})")


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    # The cues are single letters: a class, as a lookbehind needs. Sorted: a set's order changes with each
    # process's hash seed, and a pattern written another way is compiled again (the pattern store misses).
    cues = "".join(map(re.escape, sorted(words("place", "script_site_cues_cased"))))
    cjk_ends = alternation(words("place", "script_site_ends_cased"))
    cjk = re.compile(rf"(?<=[{cues}])(?P<site>{_CJK_LETTER}{{1,{_CJK_NAME}}}(?:{cjk_ends}))")
    hangul_ends = alternation(words("place", "script_site_hangul_ends_cased"))
    hangul = re.compile(rf"(?<![가-힣])(?P<site>[가-힣]{{2,8}}?(?:{hangul_ends}))(?![가-힣]{{3}})")
    hindi_nouns = alternation(words("place", "script_site_hindi_nouns_cased"))
    postpositions = r"(?:पर|में|के|की|का|से)(?=[\s।,.)]|$)"
    hindi_of = alternation(words("place", "script_site_hindi_of_cased"))
    word = r"[\u0900-\u094f\u0951-\u0963]+"
    hindi = re.compile(
        rf"(?<!\S)(?P<site>{word} (?:{hindi_nouns})|{word} (?:{hindi_of}) {word})(?= {postpositions})"
    )
    arabic_heads = alternation(words("place", "script_site_arabic_heads_cased"))
    article_words = rf"(?: ال[\u0620-\u064a]+){{1,{_WORDS_AFTER}}}"
    arabic = re.compile(rf"(?<![\u0620-\u064a])(?P<site>(?:{arabic_heads}){article_words})")
    return cjk, hangul, hindi, arabic


def sublocation_in_script(text: str) -> str | None:
    """The sublocation a caption in Chinese, Japanese, Korean, Hindi or Arabic names, as written, or None."""
    not_before = words("place", "script_site_not_before_cased")
    not_sites = words("place", "script_not_sites_cased")
    for pattern in _patterns():
        for m in pattern.finditer(text):
            # "在台北市士林夜市": the site after its town's name, which the first cue took in.
            site = _INNER_TOWN.split(m.group("site"))[-1] or m.group("site")
            site = _without_town(site) if pattern is _patterns()[0] else site
            if site in not_sites or any(site.startswith(w) for w in not_before):
                continue
            return site
    if (persian := _persian_site(text)) is not None:
        return persian
    # Seats named by their role alone: "總統府" (the Presidential Office), "청와대" (Cheong Wa Dae).
    return next((s for s in words("place", "script_named_sites_cased") if s in text), None)


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
        if site[:size] in towns and (
            len(rest) > _SHORTEST_TOWN or (len(rest) == _SHORTEST_TOWN and rest not in ends)
        ):
            return rest
    return site
