"""A name whose noun says an event as often as a hall (`_parse/_place/_event_venues.py`)."""

from __future__ import annotations

import pytest

from captions import Normaliser
from captions._parse._place._event_venues import venue_of_event
from tests.conftest import located


def test_after_a_performance_the_forum_is_the_hall() -> None:
    sentence = "Guests arrive for a concert at the Unipol Forum in Assago"
    assert venue_of_event("the Unipol Forum", sentence) == "Unipol Forum"


def test_a_forum_held_is_no_hall() -> None:
    sentence = "The president speaks during a session at the World Economic Forum in Davos"
    assert venue_of_event("the World Economic Forum", sentence) is None


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        (
            "Dancers perform during the premiere of a new ballet at the Grimaldi Forum in Monte Carlo, Monaco, "
            "February 6, 2027. REUTERS/Manon Cruz",
            "Grimaldi Forum",
            "Monaco",
        ),
        (
            "Fans cheer during a concert by Elodie at the Unipol Forum in Assago, Italy, February 5, 2027. "
            "REUTERS/Claudia Greco",
            "Unipol Forum",
            "Assago",
        ),
    ],
)
def test_the_hall_of_a_performance(normaliser: Normaliser, caption: str, sublocation: str, city: str) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


def test_a_forum_held_stays_unread(normaliser: Normaliser) -> None:
    caption = (
        "Ukrainian President Volodymyr Zelenskyy speaks during a session at the World Economic Forum in Davos, "
        "Switzerland, January 21, 2027. REUTERS/Denis Balibouse"
    )
    assert located(normaliser, caption, "sublocation", "city") == (None, "Davos")
