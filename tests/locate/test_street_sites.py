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
