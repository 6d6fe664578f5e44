"""People named in Japanese: a name in kanji written right before its title ("高市早苗首相",
"大谷翔平選手") or, opening with a known surname, before Kyodo's "＝" and the day
("力走する田中希実＝14日"), or a foreign name in katakana ("イバン・エスピノーサ社長")."""

from __future__ import annotations

import re
from functools import cache

from ..._regex import alternation
from ..._rules import words
from ._name import _Found

_HAN = "\u4e00-\u9fff"
_KANA = re.compile("[\u3040-\u30ff]")

# A name in kanji is a surname and a given name, three to five characters ("石破茂", "高市早苗").
_NAME_CHARACTERS = (3, 5)


def in_japanese(sentence: str) -> bool:
    """Whether a sentence is Japanese: kana among Chinese characters."""
    return _KANA.search(sentence) is not None and re.search(f"[{_HAN}]", sentence) is not None


@cache
def _titled() -> re.Pattern[str]:
    """A whole run of kanji, then a title that ends it: "応じる高市早苗首相＝" (not "首相官邸", the
    office)."""
    titles = alternation(words("people", "japanese_titles"))
    low, high = _NAME_CHARACTERS
    return re.compile(rf"(?<![{_HAN}])(?P<name>[{_HAN}]{{{low},{high + 1}}}?)(?P<title>{titles})(?![{_HAN}])")


@cache
def _katakana_titled() -> re.Pattern[str]:
    """A foreign name in katakana, its parts joined by "・", then a title, a country's one-character
    abbreviation between at most: "日産自動車のイバン・エスピノーサ社長", "ドナルド・トランプ米大統領".
    One word of katakana alone is no name read: "サッカー選手" is a footballer."""
    titles = alternation(words("people", "japanese_titles"))
    countries = alternation(words("people", "japanese_country_abbreviations"))
    part = "[\u30a1-\u30fa\u30fc]{2,}"
    return re.compile(rf"(?P<name>{part}(?:・{part})+)(?:{countries})?(?P<title>{titles})(?![{_HAN}])")


@cache
def _subject_before_day() -> re.Pattern[str]:
    """Kyodo's subject: a run of kanji opening with a known surname, after a verb's (or an adjective's) kana
    and right before "＝" and the day ("ゴール前で競り合う上田綺世＝16日")."""
    surnames = alternation(words("people", "japanese_surnames"))
    low, high = _NAME_CHARACTERS
    return re.compile(
        rf"(?<=[\u3040-\u309f])(?P<name>(?={surnames})[{_HAN}]{{{low},{high}}})＝(?=[0-9０-９])"
    )


def _japanese_people(sentence: str) -> list[_Found]:
    """People of a Japanese sentence, each named before a title, in the order written; a word before the
    title that qualifies it ("前", former; "新", new) is no part of the name, and a body's name before a title
    ("自民党幹事長") is none."""
    found: dict[str, tuple[int, _Found]] = {}
    modifiers = words("people", "japanese_title_modifiers")
    bodies = words("people", "japanese_body_endings")
    for m in _titled().finditer(sentence):
        name = m.group("name")
        name = name[:-1] if name[-1] in modifiers else name
        if _NAME_CHARACTERS[0] <= len(name) <= _NAME_CHARACTERS[1] and name[-1] not in bodies:
            found.setdefault(name, (m.start(), _Found(name, m.group("title"))))
    if "＝" in sentence:
        endings = words("people", "japanese_place_endings") | bodies
        titles = words("people", "japanese_titles")
        for m in _subject_before_day().finditer(sentence):
            # "石破茂首相＝": a name and its title, read with its title above
            if m.group("name")[-1] not in endings and not m.group("name").endswith(tuple(titles)):
                found.setdefault(m.group("name"), (m.start(), _Found(m.group("name"), None)))
    if "・" in sentence:  # a foreign name's parts are joined so
        for m in _katakana_titled().finditer(sentence):
            found.setdefault(m.group("name"), (m.start(), _Found(m.group("name"), m.group("title"))))
    return [f for _, f in sorted(found.values(), key=lambda item: item[0])]
