"""People a Czech caption's subject receives or meets, named in the accusative after a man's title in the
accusative: "Prezident Petr Pavel přijal slovenského prezidenta Petera Pellegriniho" is Peter Pellegrini,
"přivítal polského premiéra Donalda Tuska" Donald Tusk. Each word of the name is read back to the nominative
by its ending; a name with a word no ending tells is left unread."""

from __future__ import annotations

import re
from functools import cache

from ..._regex import alternation
from ..._rules import words
from .._names import people_words
from ._name import _Found

# A capitalised word of a Czech caption.
_WORD = r"[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ][a-záčďéěíňóřšťúůýž]+"
# A country's adjective in the accusative before the title ("slovenského", "polského", "amerického"): in a
# sentence read as English, it says the caption is Czech.
_ADJECTIVE = r"[a-záčďéěíňóřšťúůýž]+ého"
# The name's words, the particles of a Dutch or German surname among them ("Van der Bellena").
_NAME_WORDS_MAX = 4


@cache
def _accusative_object() -> re.Pattern[str]:
    titles = alternation(words("people", "czech_accusative_titles"))
    particles = alternation(people_words("particles"))
    word = rf"(?:{_WORD}|(?i:{particles}))"
    return re.compile(
        rf"(?<!\w)(?P<adjective>{_ADJECTIVE}\s+)?(?P<title>{titles})\s+"
        rf"(?P<name>{_WORD}(?:\s+{word}){{1,{_NAME_WORDS_MAX}}})(?![\w-])"
    )


@cache
def _endings() -> tuple[tuple[str, str], ...]:
    pairs = (item.partition("=") for item in words("people", "czech_accusative_name_endings"))
    return tuple((accusative, nominative) for accusative, _, nominative in pairs)


def _nominative(word: str) -> str | None:
    """A name's word read back from the accusative, or None where its ending does not tell."""
    if word.lower() in people_words("particles"):
        return word
    for accusative, nominative in _endings():
        stem = word.removesuffix(accusative)
        # Not a stem of one letter, nor one ending in a vowel ("Dia" is no "Di").
        if stem != word and len(stem) > 1 and (nominative or stem[-1].lower() not in "aeiouyáéíóúůý"):
            return stem + nominative
    return None


def czech_accusative_people(text: str, czech: bool) -> list[_Found]:
    """The people named in the accusative after a man's title in the accusative: in a sentence read as Czech
    (CZECH), or after a country's adjective in the accusative in one read as another language."""
    found: list[_Found] = []
    for m in _accusative_object().finditer(text):
        if not (czech or m.group("adjective")):
            continue
        name = [_nominative(w) for w in m.group("name").split()]
        if any(w is None for w in name) or name[-1] == m.group("name").split()[-1]:
            continue  # a word no ending tells, or a last word with no case ending: not an accusative
        found.append(
            _Found(
                " ".join(w for w in name if w is not None), m.group(0)[: m.start("name") - m.start()].strip()
            )
        )
    return found
