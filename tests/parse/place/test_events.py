"""A competition's name written where a place goes (`_place/_events.py`): the venue and town after it."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from captions import Normaliser
from tests.conftest import located
from tests.parse.place.test_find import place


@pytest.mark.parametrize(
    ("caption", "sublocation"),
    [
        (
            "Ferrari's Charles Leclerc drives during practice at the Monaco Grand Prix, Circuit de Monaco, "
            "Monte Carlo, Monaco, June 5, 2026. REUTERS/Benoit Tessier",
            "Circuit de Monaco",
        ),
        (
            "Arsenal's Bukayo Saka in action, Premier League, Emirates Stadium, London, Britain, "
            "October 3, 2026. REUTERS/Andrew Couldridge",
            "Emirates Stadium",
        ),
    ],
)
def test_competition_before_the_venue_is_no_place(caption: str, sublocation: str) -> None:
    """Reuters sport: a competition's name, then the venue and the town it is held in."""
    found = place(caption)
    assert sublocation in (found.city, found.sublocation)
    assert "Grand Prix" not in (found.city or "") and "League" not in (found.city or "")


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        # Reuters sport: after the competition comes the venue, even one the gazetteer knows as a part of the
        # town, then the town.
        (
            "Lancashire's Jos Buttler bats, County Championship, Old Trafford, Manchester, Britain, May 2, 2026. "
            "Action Images via Reuters/Lee Smith",
            "Old Trafford",
            "Manchester",
        ),
        (
            "Fans arrive before kick-off, Champions League, Wembley, London, Britain, May 30, 2026. "
            "REUTERS/Toby Melville",
            "Wembley",
            "London",
        ),
    ],
)
def test_a_venue_named_like_a_part_of_town_after_a_competition(
    normaliser: Normaliser, caption: str, sublocation: str, city: str
) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


def _event_searched(text: str, city: str, town: str) -> str | None:
    """The search `_venue_after_event` stands for: a pattern of the two names compiled for each caption."""
    m = re.search(rf"([A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*), {re.escape(city)}, {re.escape(town)}\b", text)
    return m.group(1) if m else None


@pytest.mark.parametrize(
    ("text", "city", "town"),
    [
        (
            "Bruno Fernandes in action, Premier League, Old Trafford, Manchester, Britain",
            "Old Trafford",
            "Manchester",
        ),
        (
            "Fans wait, Formula One Monaco Grand Prix, Circuit de Monaco, Monaco, May 25",
            "Circuit de Monaco",
            "Monaco",
        ),
        ("Riders climb, Tour de France, Stage 12, Col du Tourmalet, Bareges", "Col du Tourmalet", "Bareges"),
        # The town must end at a word boundary; the names are literal text, not patterns.
        ("Serie A, San Siro, Milano2 stand", "San Siro", "Milano"),
        ("Cup (Final), St. Mary's, Southampton", "St. Mary's", "Southampton"),
        ("soccer, A.C. Milan v Inter, San Siro, Milan", "San Siro", "Milan"),
        (
            "Premier League, Anfield, Liverpool; later, Europa League, Anfield, Liverpool",
            "Anfield",
            "Liverpool",
        ),
        ("no capital before, anfield, Liverpool", "anfield", "Liverpool"),
    ],
)
def test_event_before_venue_and_town_is_found_as_the_search_finds_it(text: str, city: str, town: str) -> None:
    from captions._parse._place._events import _EVENT_BEFORE_NAMES

    m = _EVENT_BEFORE_NAMES.match(f"{city}\0{town}\0{text}")
    assert (m.group("event") if m else None) == _event_searched(text, city, town)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["Cup", "Final", " ", ", ", "Old Trafford", "Leeds", "x", "É", "-", "9"])))
def test_event_before_venue_and_town_matches_the_search_on_any_text(parts: list[str]) -> None:
    from captions._parse._place._events import _EVENT_BEFORE_NAMES

    text = "".join(parts)
    m = _EVENT_BEFORE_NAMES.match(f"Old Trafford\0Leeds\0{text}")
    assert (m.group("event") if m else None) == _event_searched(text, "Old Trafford", "Leeds")
