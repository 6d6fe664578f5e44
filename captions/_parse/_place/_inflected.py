"""Places named with a noun in another case, given in the nominative: "na Rynku Głównym" is Rynek Główny,
"na Markovu trgu" Markov trg, "a Kossuth téren" Kossuth tér; and the town written right before one as its
owner ("Tartu Raekoja platsil"). The nouns and endings are place.toml's `inflected_*` tables.

Split from `_weak.py`, whose case endings (`uninflected`, `_ending`) and town lookups these share."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from ..._regex import alternation
from ..._rules import rules, words
from ._weak import _NAME, _country_of, _ending, _endings_of, _likeliest, _table_ending, uninflected

if TYPE_CHECKING:
    from ._lookup import PlaceLookup

__all__ = ["german_nominative", "inflected_sublocation", "polish_one_word_place", "town_before_inflected"]


@cache
def _inflected_nouns() -> re.Pattern[str]:
    nouns = sorted(rules("place")["inflected_place_nouns"], key=len, reverse=True)
    name = r"[A-ZÀ-ÞĀ-Žа-я][\w'’-]+"
    closing = "|".join(map(re.escape, nouns))
    opening = "|".join(re.escape(n) for n in nouns if n[:1].isupper())
    # Hungarian joins the name to its noun with a hyphen: "a Szent István-bazilikában".
    compound = rf"(?P<compound>{name}(?: {name}){{0,2}})-(?P<joined>{closing})"
    return re.compile(
        rf"(?<![\w-])(?:(?P<modifier>{name}) (?P<closing>{closing})"
        rf"|(?P<opening>{opening}) (?P<adjective>{name})|{compound})(?![\w-])"
    )


@cache
def _inflected_noun_words() -> re.Pattern[str]:
    """The nouns as `_inflected_nouns` reads them: a closing noun after its modifier's space or a compound's
    hyphen, an opening one (capitalised) anywhere. A text without one holds no such place. Opening with the
    space, the hyphen or a capital, this is tried at those characters alone: the bare nouns, some in lower
    case, were tried at most letters of a text (15 -> 5.5 us a caption)."""
    nouns = rules("place")["inflected_place_nouns"]
    opening = [n for n in nouns if n[:1].isupper()]
    return re.compile(alternation([*(f" {n}" for n in nouns), *(f"-{n}" for n in nouns), *opening]))


_NO_QUOTES = str.maketrans("", "", '„“”«»"')


_TOWN_FIRST = re.compile(rf"(?:^|(?<=\s))(?P<town>{_NAME}) $")


def town_before_inflected(text: str, lookup: PlaceLookup) -> tuple[str, str | None] | None:
    """A town written right before a named place in a case, as its owner: Estonian "Tartu Raekoja platsil"
    (Tartu's town hall square), Latvian "Rīgas Doma laukumā"; with its country where the name alone may
    name a bigger town elsewhere."""
    stripped = text.translate(_NO_QUOTES)
    m = _inflected_nouns().search(stripped)
    if m is None:
        return None
    baltic = tuple(rules("place")["baltic_country_codes_cased"])
    owned = m.group("closing") in words("place", "town_owned_place_nouns_cased")
    # "Tapa linnakus": the name before the noun is a Baltic town's own, in the genitive (the camp of Tapa);
    # its country with it, as a bigger town elsewhere bears the name (Tapa, India).
    if owned and (town := _likeliest((m.group("modifier"),), lookup, 0, baltic)):
        return town, _country_of(town, lookup, baltic)
    before = _TOWN_FIRST.search(stripped, 0, m.start())
    if before is None:
        return None
    word = before.group("town")
    forms = (word, *uninflected(word, _endings_of("bare_case_endings")))
    town = _likeliest(forms, lookup) or _likeliest(
        uninflected(word, _endings_of("baltic_case_endings")), lookup, 0, baltic
    )
    return (town, None) if town else None


def inflected_sublocation(text: str) -> str | None:
    """A named place in a town whose noun is in another case, given in the nominative: "na Rynku Głównym"
    is Rynek Główny, "na Markovu trgu" Markov trg, "a Kossuth téren" Kossuth tér."""
    plain = text.translate(_NO_QUOTES)  # "„Žalgirio“ arenoje": Žalgirio arena
    # The nouns first, in one pass: the phrase's pattern opens with a lookbehind, tried at every character.
    m = _inflected_nouns().search(plain) if _inflected_noun_words().search(plain) else None
    if m is None:
        return None
    nouns = rules("place")["inflected_place_nouns"]
    if m.group("compound"):
        return f"{m.group('compound')}-{nouns[m.group('joined')]}"  # "Szent István-bazilikában"
    if m.group("opening"):
        return f"{nouns[m.group('opening')]} {_ending(m.group('adjective'), 'inflected_adjective_endings')}"
    noun = nouns[m.group("closing")]
    modifier = m.group("modifier")
    if modifier.endswith(tuple(rules("place")["genitive_modifier_endings_cased"])):
        return None  # "Burmistrz Nowego Targu": the town's mayor; the town is in the genitive, no place here
    for gender in ("masculine", "feminine"):
        if noun in words("place", f"{gender}_place_nouns_cased"):
            undone = _ending(modifier, f"inflected_{gender}_modifier_endings")
            if undone != modifier:
                return f"{undone} {noun}"  # "na Pražském hradě": Pražský hrad
    return f"{_ending(modifier, 'inflected_modifier_endings')} {noun}"


@cache
def _neuter_endings() -> tuple[str, ...]:
    return tuple(rules("place")["german_neuter_place_noun_endings"])


@cache
def _en_nouns() -> tuple[str, ...]:
    return tuple(rules("place")["german_en_noun_endings"])


def german_nominative(sub: str, text: str, lookup: PlaceLookup) -> str:
    """SUB in the nominative where TEXT writes it after a German dative article, its opening adjective
    declined: "an der Alten Donau" is Alte Donau, "im Englischen Garten" Englischer Garten, "am Roten
    Rathaus" Rotes Rathaus. Anything else, SUB as it is."""
    genitives = words("place", "german_genitive_articles_cased")
    if any(f" {a} " in text for a in genitives) and (genitive := _german_genitive(sub, text)) is not None:
        return genitive
    adjective, _, rest = sub.partition(" ")
    # One capitalised noun after it: "Flughafen Frankfurt am Main", "Hochofen A am Gelände" are no such names.
    if " " in rest or not rest[:1].isupper() or not adjective[:1].isupper() or len(adjective) < 5:
        return sub
    if not adjective.endswith("en") or adjective.lower().endswith(_en_nouns()):
        return sub
    at = text.find(f" {sub}")
    article = text[:at].rsplit(maxsplit=1)[-1] if at > 0 else ""
    if article in words("place", "german_feminine_dative_articles_cased"):
        ending = "e"
    elif article in words("place", "german_masculine_dative_articles_cased"):
        ending = "es" if rest.lower().endswith(_neuter_endings()) else "er"
    else:
        return sub
    if lookup.classify(adjective):
        return sub  # "im Bremen Stadion": a town's name, not an adjective
    return f"{adjective[:-2]}{ending} {rest}"


def _german_genitive(sub: str, text: str) -> str | None:
    """SUB in the nominative where TEXT writes it after "des" following a part of a building or a German
    preposition: "vor dem Altar des Kölner Doms" is Kölner Dom, "auf den Stufen des Alten Rathauses" Altes
    Rathaus. None where SUB is written after no such genitive (French "l'hôtel des Invalides")."""
    article, at = next(
        (
            (a, i)
            for a in words("place", "german_genitive_articles_cased")
            if (i := text.find(f" {a} {sub}")) >= 0
        ),
        ("", -1),
    )
    if at < 0:
        return None
    before = text[:at].split()[-1:]
    part = " ".join([*before, article])
    if part not in words("place", "parts_of_genitive_cased") and not (
        before and before[0] in words("place", "german_genitive_prepositions_cased")
    ):
        return None
    *opening, noun = sub.split()
    if not noun[:1].isupper() or len(noun) < 4:
        return None
    noun = _ending(noun, "german_genitive_noun_endings")
    if len(opening) == 1 and opening[0].endswith("en") and opening[0][:1].isupper():
        # "des Alten Rathauses": the adjective's weak ending; its nominative's by the noun's gender.
        ending = "es" if noun.lower().endswith(_neuter_endings()) else "er"
        opening = [opening[0][:-2] + ending]
    return " ".join([*opening, noun])


@cache
def _polish_one_word_place() -> re.Pattern[str]:
    endings = alternation(rules("place")["polish_one_word_place_endings"])
    # "na" (on) or "po" (about): "Turyści spacerują po Krupówkach w Zakopanem".
    return re.compile(rf"\b(?:na|po) (?P<name>[A-ZÀ-ÞĀ-Ž][\w]+(?:{endings})) w [A-ZÀ-ÞĀ-Ž]")


# What a one-word place in the locative may not be: a country or a region ("na Filipinach", "na Mazurach").
_NOT_WITHIN_A_TOWN = frozenset({"country", "admin1", "region"})


def polish_one_word_place(text: str, lookup: PlaceLookup) -> str | None:
    """ "Turyści na Krupówkach w Zakopanem": a place of one word in the locative, then its town; the place in
    the nominative (Krupówki), or None."""
    m = _polish_one_word_place().search(text) if " na " in text or " po " in text else None
    if m is None:
        return None
    name = m.group("name")
    ending = _table_ending(name, "polish_one_word_place_endings")
    if ending is None:
        return None
    nominative = name[: -len(ending)] + rules("place")["polish_one_word_place_endings"][ending]
    return None if _NOT_WITHIN_A_TOWN.intersection(lookup.classify(nominative)) else nominative
