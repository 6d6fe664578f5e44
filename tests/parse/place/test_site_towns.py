"""A town a local page names apart from the site its place phrase reads (s35): the title's modifier or the
title opening the caption around the town's name, a word describing its people, the town of the day's event
after the day, and a town's council named anywhere (`_parse/_place/_mentions.own_town`,
`_parse/_place/_candidate_chains`)."""

from __future__ import annotations

import pytest

from captions import Normaliser
from captions._parse._place._mentions import _modifier_towns, own_town
from tests.conftest import located


@pytest.mark.parametrize(
    ("sentence", "town"),
    [
        # A title's modifier, capitalised at the head, is no part of the town's name.
        ("Former Bridport mayor Ron Gale, pictured at the town's Bull Hotel in 2019", "Bridport"),
        ("Outgoing Tamworth Mayor Russell Webb cuts the ribbon at Bicentennial Park on Friday", "Tamworth"),
        # A title capitalised before the person's name ends the town's.
        ("Former Sioux Falls Mayor Dale Ruud, seen here at City Hall in 2015, died Monday", "Sioux Falls"),
        ("Grantham Mayor Linda Wootten lays a wreath at the cenotaph on Sunday", "Grantham"),
        # A word describing the town's people or body between them.
        ("Kendal's newest pupils arrive for their first day at Castle Street Primary School", "Kendal"),
        ("Halifax regional council meets at City Hall on Tuesday", "Halifax"),
    ],
)
def test_the_town_is_read_around_its_people_s_title(sentence: str, town: str) -> None:
    assert own_town(sentence)[0][0] == town


@pytest.mark.parametrize(
    "sentence",
    [
        "Late Tuesday, firefighters were still at the scene on Mill Lane",
        "Darwin's famous finches on display at the museum",  # no town's people
        "Orange county residents queue at the polling station",  # a county's, not the town's
    ],
)
def test_no_town_is_read_without_its_people(sentence: str) -> None:
    assert own_town(sentence) == ()


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        (
            "Members of the Holy Name Society carry a statue of the Madonna along Social Street during Sunday's "
            "feast procession in Woonsocket. (Contributed)",
            "Social Street",
            "Woonsocket",
        ),
        (
            "Marchers carry banners along Queen Street during Saturday's May Day parade in Hexham. "
            "Picture: Ian Brodie",
            "Queen Street",
            "Hexham",
        ),
        (
            "Crews clear drains on Stafford Street on Tuesday after the storm, Timaru District Council said. "
            "Picture: Ann Lee",
            "Stafford Street",
            "Timaru",
        ),
        (
            "Former Morpeth Mayor Dennis Hall, seen here at the Town Hall in 2014, died on Sunday aged 90. "
            "(Archive photo)",
            "Town Hall",
            "Morpeth",
        ),
    ],
)
def test_a_site_keeps_the_town_named_apart(
    normaliser: Normaliser, caption: str, sublocation: str, city: str
) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


def test_a_town_after_another_preposition_is_not_the_day_s_event_s() -> None:
    caption = "Officers stand outside City Hall during Monday's debate on the war in Gaza. Picture: Ann Lee"
    assert located(Normaliser(), caption, "city") == (None,)


def test_a_town_s_service_after_the_article_opening_the_caption(normaliser: Normaliser) -> None:
    sentence = "A Norman police officer directs traffic at Main Street and Porter Avenue on Tuesday"
    assert _modifier_towns(sentence) == ("Norman",)
    assert located(normaliser, f"{sentence}. (KOCO)", "sublocation", "city") == ("Main Street", "Norman")


def test_a_nationality_before_a_service_names_no_town(normaliser: Normaliser) -> None:
    caption = "A Ukrainian police officer stands guard on Khreshchatyk Street on Monday. Picture: Ann Lee"
    assert located(normaliser, caption, "city") == (None,)


def test_a_town_s_bus_service_named_after_it(normaliser: Normaliser) -> None:
    assert _modifier_towns("A Kingston Transit bus on Princess Street on Tuesday") == ("Kingston",)
    caption = (
        "Saskatoon Transit buses line up at the Confederation terminal on Monday. Picture: Dana Kowalchuk"
    )
    assert located(normaliser, caption, "city", "country_code") == ("Saskatoon", "CA")


def test_a_van_s_model_names_no_town(normaliser: Normaliser) -> None:
    assert _modifier_towns("A Ford Transit van is parked outside the depot on Tuesday") == ()
