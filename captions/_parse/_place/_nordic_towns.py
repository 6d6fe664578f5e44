"""A Nordic town's genitive before a place noun of it: "på Stockholms slott" is in Stockholm."""

from __future__ import annotations

import re
from functools import cache

from ..._regex import alternation
from ..._rules import words

_NAME = r"[A-ZÅÄÖÆØ][\w-]+"


@cache
def _town_place() -> re.Pattern[str]:
    prepositions = alternation(words("place", "nordic_place_prepositions_cased"))
    nouns = alternation(words("place", "nordic_town_place_nouns"))
    return re.compile(rf"(?<!\S)(?:{prepositions}) (?P<place>(?P<town>{_NAME}) (?i:(?:{nouns})))(?!\w)")


def town_places(text: str) -> list[tuple[tuple[str, ...], str]]:
    """Each "<town>s <place noun>" after a Nordic preposition, last first: the town's possible names (the
    genitive's "s" taken off, or the name as written: "Uppsala domkyrka") and the place as written."""
    found: list[tuple[tuple[str, ...], str]] = []
    for m in _town_place().finditer(text):
        town = m.group("town")
        forms: tuple[str, ...] = (town[:-1], town) if town.endswith("s") and len(town) > 3 else (town,)
        found.append((forms, m.group("place")))
    return found[::-1]
