"""A name whose noun says an event as often as a venue, where the sentence has named its event already:
"arrive for a gala performance ... at the Grimaldi Forum in Monaco" shows the hall, not a forum held."""

from __future__ import annotations

import re
from functools import cache

from ..._regex import alternation
from ..._rules import words


@cache
def _venue_phrase() -> re.Pattern[str]:
    events = alternation(words("place", "performance_events"))
    nouns = alternation(words("place", "event_or_venue_nouns_cased"))
    name = r"[A-ZÀ-Þ][\w'’-]*"
    return re.compile(rf"\b(?i:{events})\b[^.;]*?\bat the (?P<venue>{name}(?: {name}){{0,2}} (?:{nouns}))\b")


def venue_of_event(phrase: str | None, sentence: str) -> str | None:
    """The venue a phrase names ("the Grimaldi Forum"), where a performance named before it in the sentence
    is held there; None otherwise ("a session at the World Economic Forum" names no performance)."""
    if not phrase or not any(f" {noun}" in phrase for noun in words("place", "event_or_venue_nouns_cased")):
        return None
    m = _venue_phrase().search(sentence)
    if m is None or not phrase.endswith(m.group("venue")):
        return None
    return m.group("venue")
