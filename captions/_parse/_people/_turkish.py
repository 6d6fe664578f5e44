"""People a Turkish caption's subject receives or meets, named in the accusative after their title: "Katar
Emiri Şeyh Temim bin Hamed Al Sani'yi ... kabul etti" is Temim bin Hamed Al Sani, "Pakistan Başbakanı
Şahbaz Şerif'i" is Şahbaz Şerif. The case ending after the apostrophe closes the name, whatever follows it
(a place in the locative, "Dolmabahçe Çalışma Ofisi'nde")."""

from __future__ import annotations

import re
from functools import cache

from ..._regex import alternation
from ..._rules import words
from ._name import _Found

# A capitalised Turkish word, hyphens inside it.
_WORD = r"[A-ZÇĞİÖŞÜ][a-zçğıöşüâîû-]+"


@cache
def _accusative_object() -> re.Pattern[str]:
    titles = alternation(words("people", "turkish_possessed_titles"))
    honorifics = alternation(words("people", "turkish_honorifics"))
    particles = alternation(words("people", "turkish_name_particles"))
    endings = alternation(words("people", "turkish_accusative_endings"))
    return re.compile(
        # The lists match in any case (RULES.md), the name's words only with their capitals.
        rf"(?<!\w)(?P<title>(?i:{titles}))\s+(?:(?i:{honorifics})\s+)?"
        rf"(?P<name>{_WORD}(?:\s+(?:(?i:{particles})\s+)?{_WORD}){{1,5}})['’](?:{endings})(?!\w)"
    )


def accusative_people(text: str) -> list[_Found]:
    """The people of a Turkish sentence named after a title and closed by the accusative's ending."""
    if "'" not in text and "’" not in text:
        return []
    return [_Found(m.group("name"), m.group("title")) for m in _accusative_object().finditer(text)]
