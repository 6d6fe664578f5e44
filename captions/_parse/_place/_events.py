"""A competition's name written where a place goes: Reuters sport's "in action, Premier League, Old Trafford,
Manchester, Britain", "during practice at the Monaco Grand Prix, Circuit de Monaco, Monte Carlo" name the
event, then the venue and the town it is held in. The event is no place; the venue is the sublocation.

Split from `_find.py`, which asks it once the chain's town and divisions are read."""

from __future__ import annotations

import re

from ..._rules import words
from ._lookup import PlaceLookup

__all__ = ["is_event_name", "without_events"]


def without_events(
    main: str, city: str | None, parents: list[str], subs: list[str], settled: bool, lookup: PlaceLookup
) -> str | None:
    """The town read, None where it is an event's name; event names opening PARENTS are dropped from it,
    and a venue after one moved from it to the front of SUBS (both lists changed in place)."""
    if city and parents and not settled and is_event_name(city):
        # Reuters: "during practice at the Monaco Grand Prix, Circuit de Monaco, Monte Carlo", "in action,
        # Premier League, Old Trafford, Manchester": an event's name, then the venue and town it is held in.
        city = None
    while city is None and len(parents) > 1 and is_event_name(parents[0]):
        parents.pop(0)
    if city is None and len(parents) > 1 and _venue_after_event(main, parents[0], parents[1], lookup):
        # "in action, Premier League, Old Trafford, Manchester, Britain": after a competition's name comes its
        # venue, even one named like a part of the town ("Old Trafford"), then the town.
        subs.insert(0, parents.pop(0))
    return city


def is_event_name(phrase: str) -> bool:
    """Whether a capitalised phrase names a competition by its last words ("Monaco Grand Prix", "Premier
    League"), not a place."""
    tail = phrase.lower().split()
    events = words("place", "competition_ends")
    return len(tail) > 1 and (tail[-1] in events or " ".join(tail[-2:]) in events)


def _venue_after_event(text: str, city: str, town: str, lookup: PlaceLookup) -> bool:
    """Whether the text writes "<competition>, <city>, <town>": the name read as the city is the venue."""
    if f", {city}, {town}" not in text:  # what the pattern needs
        return False
    if "\0" in text:
        m = re.search(rf"(?P<event>{_EVENT}), {re.escape(city)}, {re.escape(town)}\b", text)
    else:  # the same search with the names as back-references, not a pattern compiled for each (0.5 ms)
        m = _EVENT_BEFORE_NAMES.match(f"{city}\0{town}\0{text}")
    return m is not None and is_event_name(m.group("event")) and "city" in lookup.classify(town)


_EVENT = r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*"
# "CITY\0TOWN\0TEXT": the first "<Capitalised Words>, CITY, TOWN" of TEXT (the lazy skip tries each start
# from the left, as a search does).
_EVENT_BEFORE_NAMES = re.compile(
    rf"(?s)(?P<city>[^\0]*)\0(?P<town>[^\0]*)\0.*?(?P<event>{_EVENT}), (?P=city), (?P=town)\b"
)
