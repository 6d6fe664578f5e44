"""A street read as the site, with a body's or a site's name opening with its town written before it
(`_locate/_towns.town_of_a_name_before`): the street lies in that town; a street named after a town does not."""

from __future__ import annotations

import pytest

from captions import Normaliser
from tests.conftest import located


def test_a_street_lies_in_the_town_a_name_before_it_opens_with(normaliser: Normaliser) -> None:
    caption = "The former Dunedin Prison building on Castle Street, pictured on Tuesday. PHOTO: Ann Lee"
    assert located(normaliser, caption, "sublocation", "city") == ("Castle Street", "Dunedin")


@pytest.mark.parametrize(
    "caption",
    [
        "London Road was closed after the crash on Tuesday. Picture: Ann Lee",
        "Shoppers outside the Apple Store on Regent Street on Friday. Picture: Ann Lee",
    ],
)
def test_no_town_is_read_off_a_street_s_own_name(normaliser: Normaliser, caption: str) -> None:
    assert located(normaliser, caption, "city") == (None,)


@pytest.mark.parametrize(
    ("caption", "town"),
    [
        (
            "IN PICTURES: Ivybridge Carnival 2028\n4 of 22\nCarnival queen Lily-Mae, nine, waves to the crowds along"
            " Fore Street during Saturday's procession. Picture: Chris Eastbrook",
            "Ivybridge",
        ),
        (
            "Gallery: Tullamore Show 2028\nA bull is led along Main Street on Sunday. Picture: Ann Lee",
            "Tullamore",
        ),
    ],
)
def test_a_street_lies_in_the_town_of_the_event_named_before_it(
    normaliser: Normaliser, caption: str, town: str
) -> None:
    assert located(normaliser, caption, "city") == (town,)


def test_an_event_after_the_street_names_no_town_for_it(normaliser: Normaliser) -> None:
    caption = "Pipers march along Church Street before the Braemar Gathering on Saturday. Picture: Ann Lee"
    assert located(normaliser, caption, "city") == (None,)
