"""People named in Chinese: a title, then a name of two or three characters, then a word that ends it."""

from __future__ import annotations

import re
from functools import cache

from ..._regex import alternation
from ..._rules import words
from ._name import _Found

_HAN = re.compile("[\u4e00-\u9fff]")
_KANA = re.compile("[\u3040-\u30ff]")
_LATIN = re.compile("[A-Za-z]")


def in_chinese(sentence: str) -> bool:
    """Whether a sentence is Chinese: Chinese characters, no kana (Japanese writes its names otherwise), and
    more of them than Latin letters."""
    han = len(_HAN.findall(sentence))
    return han > 0 and _KANA.search(sentence) is None and han > len(_LATIN.findall(sentence))


@cache
def _titled() -> re.Pattern[str]:
    """A title, then a surname and one or two characters, then a word that ends a name: the shortest name
    a stop follows ("李强会见": 李强, not 李强会; "习近平在": 习近平)."""
    titles = alternation(words("people", "chinese_titles"))
    surnames = alternation(words("people", "chinese_surnames"))
    stops = alternation(words("people", "chinese_name_stops"))
    return re.compile(rf"(?P<title>{titles})(?P<name>(?:{surnames})[\u4e00-\u9fff]{{1,2}}?)(?={stops})")


def _chinese_people(sentence: str) -> list[_Found]:
    """People of a Chinese sentence, each named after a title; no other name is read."""
    found: list[_Found] = []
    for m in _titled().finditer(sentence):
        if m.group("name") not in (f.name for f in found):
            found.append(_Found(m.group("name"), m.group("title")))
    return found
