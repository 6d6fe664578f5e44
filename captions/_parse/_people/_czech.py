"""People a Czech caption's subject receives or meets, named in the accusative after a man's title in the
accusative: "Prezident Petr Pavel přijal slovenského prezidenta Petera Pellegriniho" is Peter Pellegrini,
"přivítal polského premiéra Donalda Tuska" Donald Tusk. Each word of the name is read back to the nominative
by its ending; a name with a word no ending tells is left unread."""

from __future__ import annotations

import re
from functools import cache

from ..._regex import alternation
from ..._rules import words
from .._names import is_given_name, people_words
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


# A capitalised word of a Polish or Czech caption.
_WEST_SLAVIC_WORD = r"[A-ZĄĆĘŁŃÓŚŹŻÁČĎÉĚÍŇŘŠŤÚŮÝ][a-ząćęłńóśźżáčďéěíňřšťúůý]+"


@cache
def _west_slavic_objects() -> re.Pattern[str]:
    """ "z (prezydentem Ukrainy) Wołodymyrem Zełenskim", "s Donaldem Tuskem": "with", a title in the
    instrumental if any, then the words of the name (a country's genitive among them is dropped later); and
    Polish "(wizyta) prezydenta Francji Emmanuela Macrona", a title in the genitive."""
    with_ = alternation(words("people", "west_slavic_with_cased"))
    titles = alternation(words("people", "west_slavic_instrumental_titles"))
    genitive_titles = alternation(words("people", "polish_genitive_titles"))
    particles = alternation(people_words("particles"))
    word = rf"(?:{_WEST_SLAVIC_WORD}|(?i:{particles}))"
    name = rf"{_WEST_SLAVIC_WORD}(?:\s+{word}){{1,{_NAME_WORDS_MAX}}}"
    return re.compile(
        rf"(?<![\w-])(?:(?:{with_})\s+(?:(?P<title>{titles})\s+)?|(?P<genitive>{genitive_titles})\s+)"
        rf"(?P<name>{name})(?![\w-])"
    )


@cache
def _case_endings(key: str) -> tuple[tuple[str, str], ...]:
    """The endings of KEY, the longest first: "Pavlem" is read by "vlem", not "em"."""
    pairs = (item.partition("=") for item in words("people", key))
    return tuple(
        sorted(((inflected, nominative) for inflected, _, nominative in pairs), key=lambda p: (-len(p[0]), p))
    )


def _read_back(word: str, key: str) -> str | None:
    """A name's word read back to the nominative by the endings of KEY, or None where none tells."""
    if word.lower() in people_words("particles"):
        return word
    for inflected, nominative in _case_endings(key):
        stem = word.removesuffix(inflected)
        if stem != word and len(stem) > 1 and (nominative or stem[-1].lower() not in "aeiouyąęóáéíóúůý"):
            return stem + nominative
    return None


def _known_given(word: str) -> bool:
    # Polish writes /v/ as "w": "Wołodymyr" is Volodymyr, "Władimir" Vladimir.
    return is_given_name(word) or is_given_name(word.replace("W", "V").replace("w", "v"))


def west_slavic_object_people(text: str) -> list[tuple[str, _Found]]:
    """People a Polish or Czech sentence names in the instrumental after "with" ("spotkał się z Wołodymyrem
    Zełenskim", "jednal s Donaldem Tuskem") or, in Polish, in the genitive after a title ("wizyta prezydenta
    Francji Emmanuela Macrona"), read back to the nominative: every word's ending must tell it, the last
    word's must change, and the first must be a known given name ("z Parlamentem Europejskim" is no one). A
    country's genitive between the title and the name is passed over. Each with the name as written, which
    no other reader may keep ("Emmanuela Macrona")."""
    found: list[tuple[str, _Found]] = []
    for m in _west_slavic_objects().finditer(text):
        key = (
            "polish_genitive_name_endings" if m.group("genitive") else "west_slavic_instrumental_name_endings"
        )
        written = m.group("name").split()
        titled = bool(m.group("title") or m.group("genitive"))
        if (
            titled
            and len(written) > _GIVEN_AND_SURNAME
            and not _known_given(_read_back(written[0], key) or written[0])
        ):
            written = written[1:]  # "prezydentem Ukrainy Wołodymyrem ...": the title's country
        name = [_read_back(w, key) for w in written]
        first = name[0]
        if (
            any(w is None for w in name)
            or name[-1] == written[-1]
            or first is None
            or not _known_given(first)
        ):
            continue
        title = m.group("title") or m.group("genitive") or ""
        found.append((" ".join(written), _Found(" ".join(w for w in name if w is not None), title or None)))
    return found


# A given name and a surname: two words.
_GIVEN_AND_SURNAME = 2
