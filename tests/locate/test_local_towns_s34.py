"""A local page's own town named inside a sentence or in the next one, and sites named after a person
(`data/place.toml` `own_town_article_nouns_cased`, `own_town_possessed_nouns_cased`;
`_parse/_place/_mentions.own_town`; `_parse/_place/_find._own_town_of`; `_locate/_towns.town_of_a_name_before`;
`_locate/_resolve`)."""

from __future__ import annotations

import pytest

from captions import Normaliser
from tests.conftest import located


@pytest.mark.parametrize(
    ("caption", "city", "country"),
    [
        # A town's possessive inside the sentence, before its own event.
        (
            "Crowds watch the fireworks over the river during Shrewsbury's bonfire night display on Saturday. "
            "Picture: Tom Kell",
            "Shrewsbury",
            "GB",
        ),
        (
            "A volunteer lays a wreath at the cenotaph during Nanaimo's Remembrance Day ceremony on Thursday. "
            "Photo by Dan Kerr",
            "Nanaimo",
            "CA",
        ),
        # Its own site: the pub named the town's best.
        (
            "Regulars toast the landlord after the Bell Inn was named Kendal's pub of the year. Picture: Sam Leigh",
            "Kendal",
            "GB",
        ),
        # A town's council with no article, after a word in lower case.
        (
            "Residents fill the gallery on Monday night before Kamloops council voted to close the shelter. "
            "Photo: Allen Douglas",
            "Kamloops",
            "CA",
        ),
        # The town named in the sentence after the main one, at its head.
        (
            "Workers pave a new cycle path on Tuesday. Lismore's City Council approved the $3 million project "
            "in May. Picture by Cath Piltz",
            "Lismore",
            "AU",
        ),
        (
            "Shoppers on the mall on Saturday. Nelson City Council plans to close the street to cars next "
            "year. Photo: Tim Cuff",
            "Nelson",
            "NZ",
        ),
    ],
)
def test_a_local_page_s_own_town_is_read_inside_a_sentence(
    normaliser: Normaliser, caption: str, city: str, country: str
) -> None:
    assert located(normaliser, caption, "city", "country_code") == (city, country)


def test_a_team_s_possessive_before_its_match_names_no_town(normaliser: Normaliser) -> None:
    # A sport's event is none of the town's own: the team plays away too.
    location = normaliser.normalise("Fans react after Chelsea's match against Brighton on Saturday.").location
    assert location is None or location.city is None


def test_a_party_s_council_after_an_article_names_no_town(normaliser: Normaliser) -> None:
    location = normaliser.normalise(
        "Protesters gather on Monday after a Labor council voted down the plan."
    ).location
    assert location is None or location.city is None


@pytest.mark.parametrize(
    ("caption", "city", "country"),
    [
        # A site opening with a given name is named after a person; the club's name writes the town.
        (
            "Members of the Cobh Camera Club at the opening of their exhibition in the Sirius Arts Centre.",
            "Cobh",
            "IE",
        ),
        (
            "Players of the Tralee Chess Club during their annual tournament at the Sophia Hotel on Sunday.",
            "Tralee",
            "IE",
        ),
    ],
)
def test_a_site_named_after_a_person_is_in_the_town_written_before(
    normaliser: Normaliser, caption: str, city: str, country: str
) -> None:
    assert located(normaliser, caption, "city", "country_code") == (city, country)


def test_a_site_named_after_a_person_alone_keeps_its_reading(normaliser: Normaliser) -> None:
    # No other town written: the site's opening word is still tried as its town (and flagged by the resolver).
    found = located(normaliser, "Visitors walk along Alexandra Dock on Sunday.", "city")
    assert found == ("Alexandra",)


def test_a_weak_site_found_only_by_another_name_abroad_yields_the_page_s_own_town(
    normaliser: Normaliser,
) -> None:
    caption = (
        "Children on the Caroline Bay playground on Tuesday. Timaru District Council plans a new splash pad "
        "next year. JOHN BISSET/STUFF"
    )
    assert located(normaliser, caption, "sublocation", "city", "country_code") == (
        "Caroline Bay",
        "Timaru",
        "NZ",
    )
    # Without the page's own town, the reading abroad stands, flagged.
    record = normaliser.normalise("Children on the Caroline Bay playground on Tuesday. JOHN BISSET/STUFF")
    assert record.location is not None and record.location.country_code == "PR"


@pytest.mark.parametrize(
    ("caption", "sublocation", "city", "country"),
    [
        # Weather striking a town with no locative before it: the town, the site read before it within.
        (
            "Spray flies over the pier at Marina Park as a gale hits Thunder Bay on Tuesday. Photo by Sandi Krasowski",
            "Marina Park",
            "Thunder Bay",
            "CA",
        ),
        (
            "Motorists push a stalled car after a downpour swamped Toowoomba on Saturday. Picture by Kevin Farmer",
            None,
            "Toowoomba",
            "AU",
        ),
    ],
)
def test_the_town_weather_strikes_is_the_place(
    normaliser: Normaliser, caption: str, sublocation: str | None, city: str, country: str
) -> None:
    found = located(normaliser, caption, "sublocation", "city", "country_code")
    assert found[1:] == (city, country)
    assert sublocation is None or found[0] == sublocation


def test_weather_striking_a_region_leaves_the_town_written(normaliser: Normaliser) -> None:
    caption = (
        "A blizzard hits the Prairies on Friday, burying cars in Regina, Saskatchewan. Photo: Kayle Neis"
    )
    assert located(normaliser, caption, "city", "country_code") == ("Regina", "CA")
