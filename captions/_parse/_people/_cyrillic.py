"""People named in the instrumental in Russian and Ukrainian, after a title in it: "встреча с губернатором
Санкт-Петербурга Александром Бегловым" is Александр Беглов, "з прем'єр-міністром Польщі Дональдом Туском" is
Дональд Туск. The name is given back in the nominative, each word by its ending (people.toml)."""

from __future__ import annotations

import itertools
import re
from functools import cache

from ..._regex import alternation
from ..._rules import rules, words
from ._name import _Found

_CYRILLIC = re.compile("[\u0400-\u04ff]")

# Serbian writes its own letters, and its names take other endings ("Вучићем" is Вучић, "Марком" Марко).
_SERBIAN = re.compile("[јљњћђџЈЉЊЋЂЏ]")

# Words after the title read for the name: the title's body in the genitive comes first ("министром
# иностранных дел Турции Хаканом Фиданом").
_WINDOW = 8

# A name is a given name and a surname, or three words with a patronymic.
_NAME_WORDS = (2, 3)

# A capitalised word, hyphens inside it ("Касым-Жомартом"), with what closes it.
_WORD = re.compile(r"(?P<word>[\u0400-\u04ff][\u0400-\u04ff'’-]*)(?P<close>[^\s\u0400-\u04ff]*)")

# After these a soft sign does not close a masculine name: "Вучичем" is Вучич, "Игорем" Игорь.
_HUSHING = "жшчщц"

# A vowel before "ем" makes the nominative's "й": "Сергеем" is Сергей, "Андреем" Андрей.
_VOWELS = "аеёиоуыэюяіїє"

# The endings of "ем"/"ём" that the letter before them decides (the rest by the table alone).
_SOFT_ENDINGS = ("ем", "ём")


@cache
def _titles() -> re.Pattern[str]:
    titles = rules("people")["cyrillic_instrumental_titles"]
    return re.compile(rf"(?<![\w'’-])(?P<title>{alternation(sorted(titles))})(?=\s)", re.IGNORECASE)


@cache
def _endings() -> tuple[tuple[str, str], ...]:
    """The instrumental endings of names with their nominatives, the longest first."""
    endings = rules("people")["cyrillic_instrumental_endings"]
    return tuple(sorted(endings.items(), key=lambda item: -len(item[0])))


def _nominative(word: str) -> str | None:
    """A name's word in the instrumental given in the nominative, or None if its ending is no
    instrumental's."""
    low = word.lower()
    for ending, nominative in _endings():
        if low.endswith(ending) and len(word) > len(ending) + 1:
            stem = word[: -len(ending)]
            if ending in _SOFT_ENDINGS and stem[-1].lower() not in _VOWELS:
                # "Игорем": Игорь; "Вучичем": Вучич (the table's "й" is after a vowel: Сергей).
                return stem if stem[-1].lower() in _HUSHING else stem + "ь"
            return stem + nominative
    return None


@cache
def _indeclinable_endings() -> tuple[str, ...]:
    return tuple(rules("people")["cyrillic_indeclinable_endings"])


def _indeclinable(word: str) -> bool:
    """A surname written alike in every case: "Матвиенко", "Шойгу", "Русских"."""
    return word.lower().endswith(_indeclinable_endings())


def instrumental_people(sentence: str) -> list[_Found]:
    """People named in the instrumental after a title in it, in the nominative: two or three capitalised
    words, each in an instrumental ending (a surname written alike in every case after the first)."""
    if not _CYRILLIC.search(sentence) or _SERBIAN.search(sentence):
        return []
    nominative_titles = rules("people")["cyrillic_instrumental_titles"]
    found: list[_Found] = []
    stops = words("people", "cyrillic_name_stops")
    for m in _titles().finditer(sentence):
        name: list[str] = []
        for w in itertools.islice(_WORD.finditer(sentence, m.end()), _WINDOW):
            word = w.group("word")
            nominative = _nominative(word) if word[:1].isupper() else None
            if nominative is None and name and word[:1].isupper() and _indeclinable(word):
                nominative = word  # "Валентиной Матвиенко"
            if nominative is None:
                if len(name) >= _NAME_WORDS[0] or word.lower() in stops:
                    break  # "с губернатором в Кремле": no name after the title
                name = []  # a word of the title's body: "губернатором Московской области ..."
            else:
                name.append(nominative)
                if len(name) == _NAME_WORDS[1]:
                    break
            if w.group("close")[:1] in (",", ".", ";", ":", "!", "?", "(", ")"):
                break  # a comma or a stop ends the title's phrase
        if _NAME_WORDS[0] <= len(name) <= _NAME_WORDS[1]:
            title = nominative_titles[m.group("title").lower()]
            found.append(_Found(" ".join(name), title))
    return found
