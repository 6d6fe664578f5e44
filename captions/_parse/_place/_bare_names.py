"""A name the picture is at, written bare after a locative where only the dateline names the town:
"March 25, 2027, Brasilia, Brazil: Teachers protest outside the National Congress." shows the Congress;
"ROMA, 12 MAR - Manifestanti davanti a Palazzo Chigi." the palace; "Berlin: ... vor dem Roten Rathaus." the
town hall. The locatives are place.toml's `bare_name_locatives_cased`."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from ..._regex import alternation
from ..._rules import words
from .._names import is_given_name
from .._vocabulary import vocabulary
from ._words import _demonyms

if TYPE_CHECKING:
    from ._lookup import PlaceLookup

__all__ = ["bare_name_after_locative", "named_in_genitive_after_part", "object_named_before_town"]


# A capitalised word of a name.
_WORD = r"[A-ZÀ-Þ][\w'’-]+"


@cache
def _connected_name() -> str:
    """A name of one to four capitalised words, a connector allowed between ("Palazzo della Consulta")."""
    connectors = alternation(words("place", "bare_name_connectors_cased"))
    return rf"{_WORD}(?: (?:{connectors} )?{_WORD}){{0,3}}"


def _names_no_place(name: str, lookup: PlaceLookup) -> bool:
    """Whether NAME is in capitals, a town, division or country, or opens with a person's given name."""
    return bool(name.isupper() or lookup.classify(name) or is_given_name(name.split()[0]))


@cache
def _bare_name() -> re.Pattern[str]:
    locatives = alternation(words("place", "bare_name_locatives_cased"), not_after=r"[\w'’-]")
    # The name closes the sentence, or a clause: "outside the National Congress.", "towards La Moneda, where".
    return re.compile(
        rf"{locatives} (?:the )?(?P<name>{_connected_name()})"
        r"(?=\s*(?:[.;,:)]|$)|\s+(?:on|during|after|before|as|to|for|while|am|nach|während|durante|dopo)\s)"
    )


@cache
def _locative_words() -> tuple[str, ...]:
    """The locatives' first words: looked for as plain substrings before the pattern, which, opening with
    many letters, is tried at every character."""
    return tuple(dict.fromkeys(w.split()[0] for w in words("place", "bare_name_locatives_cased")))


def bare_name_after_locative(main: str, lookup: PlaceLookup) -> str | None:
    """The name written bare after a locative in MAIN ("outside the National Congress."), where it names no
    town, division or country, no person and no people; None otherwise."""
    if not any(w in main for w in _locative_words()):
        return None
    m = _bare_name().search(main)
    if m is None:
        return None
    name = m.group("name")
    if name in _demonyms() or _names_no_place(name, lookup):
        return None  # "outside Paris.", "towards Russia.", "outside John's house": a town or a person
    if name in words("place", "bare_name_not_places_cased"):
        return None
    events = words("place", "events")
    if name.lower() in events or any(w.lower() in events for w in name.split()):
        return None  # "at the Australian Open on Sunday", "at the Winter Games.": an event, no place
    return name


@cache
def _part_genitive() -> re.Pattern[str]:
    parts = alternation(words("place", "parts_of_genitive_cased"), not_after=r"[\w-]")
    word = r"[A-ZÄÖÜ][\w'’-]+"
    return re.compile(rf"{parts} (?P<name>{word}(?: {word}){{0,2}})(?=\s*[.;,:]|\s+[a-zäöüß]|$)")


def named_in_genitive_after_part(main: str) -> str | None:
    """ "Reisende warten am Eingang des Hauptbahnhofs.", "Touristen fotografieren die Fassade des Zwingers":
    the building a part of which a German caption names, as written (its nominative is given later); not a
    common building's noun alone ("des Hauses")."""
    # The genitive articles first: most captions are not German.
    m = _part_genitive().search(main) if " des " in main or " der " in main else None
    if m is None or m.group("name") in words("place", "german_common_buildings_genitive_cased"):
        return None
    return m.group("name")


@cache
def _object_before_town() -> re.Pattern[str]:
    leads = [*words("place", "object_place_verbs_cased"), *words("place", "object_before_town_leads_cased")]
    verbs = alternation(leads, not_after=r"[\w-]")
    return re.compile(rf"{verbs} the (?P<name>{_connected_name()}) in (?P<town>{_WORD}(?: {_WORD})?)")


def object_named_before_town(main: str, city: str, lookup: PlaceLookup) -> str | None:
    """ "Smog envelops the Qutub Minar in New Delhi", "Spectators line the Champs-Elysees in Paris": a name
    with no place noun, the object of a verb of a crowd, weather or a visit, written right before the town
    read, is the place; not a town, division, country, people, person or organisation."""
    # The town after "in" and "the" first: the pattern opens with a verb tried at every word.
    town = city.split()[0]
    m = _object_before_town().search(main) if f" in {town}" in main and "the " in main else None
    if m is None or not m.group("town").startswith(town):
        return None
    name = m.group("name")
    tokens = name.split()
    org_words = words("people", "org_words")
    if (
        _names_no_place(name, lookup)
        or tokens[0] in _demonyms()
        or vocabulary("en").titles.match(name)  # "surround the Prime Minister in London": a person
        or tokens[-1] in words("place", "passed_not_places_cased")
        or any(t.lower() in org_words or t.endswith(("'s", "’s", "s'")) for t in tokens)
    ):
        return None
    return name
