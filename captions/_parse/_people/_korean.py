"""People named in Korean: a name of three syllables, then its title as a word of its own."""

from __future__ import annotations

import itertools
import re
from functools import cache

from ..._regex import alternation
from ..._rules import words
from ._name import _Found

_HANGUL = re.compile("[\uac00-\ud7af]")
_LATIN = re.compile("[A-Za-z]")


def in_korean(sentence: str) -> bool:
    """Whether a sentence is Korean: Hangul, and more of it than Latin letters ("Lee Jae-myung (이재명)
    speaks" is English)."""
    return _HANGUL.search(sentence) is not None and len(_HANGUL.findall(sentence)) > len(
        _LATIN.findall(sentence)
    )


@cache
def _titled_name() -> re.Pattern[str]:
    """ "우원식 국회의장이", "윤석열 전 대통령과": Korean writes the title after the name, and glues its
    particle to the title. A name is three syllables, the first a surname; a word that ends in a place's
    or a possession's particle ("미국의", "서울시") is none."""
    surnames = alternation(words("people", "korean_surnames"))
    titles = alternation(words("people", "korean_titles"))
    particles = alternation(words("people", "korean_title_particles"))
    former = alternation(words("people", "korean_former"))
    glued = alternation(words("people", "korean_glued_titles"))
    body = alternation(words("people", "korean_body_endings"))
    marker = alternation(words("people", "korean_position_markers"))
    return re.compile(
        rf"(?<![\uac00-\ud7af])(?P<name>{surnames}[\uac00-\ud7af]{{2}})(?<![의에시군구도국]) "
        rf"(?:{former} )?(?:[\uac00-\ud7af]{{1,8}}(?:{body}) )?"
        rf"(?P<title>{titles}|[\uac00-\ud7af]{{1,3}}(?:{glued}))(?:\((?:{marker})[^)]{{0,12}}\))?"
        rf"(?:{particles})?(?![\uac00-\ud7af])"
    )


@cache
def _marked_name() -> re.Pattern[str]:
    """ "손흥민(오른쪽)이": a name glued to a position marker, then a particle of the subject or of "and";
    a word ending as a place or a building does ("부산항(오른쪽)이", the port; "서울역", the station) is
    none."""
    surnames = alternation(words("people", "korean_surnames"))
    marker = alternation(words("people", "korean_position_markers"))
    return re.compile(
        rf"(?<![\uac00-\ud7af])(?P<name>{surnames}[\uac00-\ud7af]{{2}})(?<![의에시군구도국역항관궁탑교])"
        rf"\((?:{marker})[^)]{{0,12}}\)(?:이|가|은|는|과|와)(?![\uac00-\ud7af])"
    )


@cache
def _owned_subject() -> re.Pattern[str]:
    """ "토트넘 홋스퍼의 손흥민이 1일(현지시간) ...": a team's ("의") player, the sentence's subject, right
    before the day the picture was taken: the sports pages' opening, the one shown. Opening the sentence
    ("김민재가 15일 ...", after Yonhap's "(서울=연합뉴스)" at most), the name needs no team before it; a word
    ending as a town, a place or a building does ("서울시가 15일", the city) is none."""
    surnames = alternation(words("people", "korean_surnames"))
    return re.compile(
        rf"(?:(?<=의 )|^(?:\([^()]{{1,20}}\) )?)(?P<name>{surnames}[\uac00-\ud7af]{{2}})"
        rf"(?<![의에시군구도국역항관궁탑교])(?:이|가|은|는) (?=[0-3]?\d일[ (])"
    )


def _korean_people(sentence: str) -> list[_Found]:
    """People of a Korean sentence, each named before a title: no capitals mark a name, so no other is
    read."""
    found: list[_Found] = []
    for m in itertools.chain(
        _titled_name().finditer(sentence),
        _marked_name().finditer(sentence),
        _owned_subject().finditer(sentence),
    ):
        if m.group("name") not in (f.name for f in found):
            found.append(_Found(m.group("name"), m.groupdict().get("title")))
    return found
