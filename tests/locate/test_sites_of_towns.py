"""Towns a local page names as the attribute or possessive of a site or body, and the sites it writes
(`data/place.toml` `facilities`, `own_town_article_nouns_cased`; `_parse/_place/_mentions.own_town` and
`possessive_subject`; `_parse/_place/_find`; `_locate/_towns.site_owner_named_like_its_division`)."""

from __future__ import annotations

import pytest

from captions import Normaliser
from captions._model import WarningCode
from captions._parse._place._mentions import possessive_subject
from tests.conftest import located


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        # Grounds of Australian and New Zealand pages: the named ground is the place, no town of that name.
        (
            "Benalla's Sam Cole handballs against Mansfield at Friendlies Reserve on Saturday. Picture: Ann Lee",
            "Friendlies Reserve",
            "Benalla",
        ),
        (
            "Swan Hill's Riverside Oval was packed for the grand final. Picture: Rhys Kent",
            "Riverside Oval",
            None,
        ),
        ("Crowds at the Gisborne Showgrounds for the A&P show on Saturday. Photo: Kim Hart", None, None),
    ],
)
def test_a_local_ground_closes_its_name(
    normaliser: Normaliser, caption: str, sublocation: str | None, city: str | None
) -> None:
    found = located(normaliser, caption, "sublocation", "city")
    assert sublocation is None or found[0] == sublocation
    assert city is None or found[1] == city
    assert found[1] not in {"Friendlies Reserve", "Riverside Oval", "Gisborne Showgrounds"}


@pytest.mark.parametrize(
    ("caption", "city", "country"),
    [
        # Afrikaans and Dutch "inwoners van" (residents of), with Afrikaans "die" before some towns.
        ("Inwoners van Oudtshoorn stap Saterdag in Baronstraat. Foto: Jan de Wet", "Oudtshoorn", "ZA"),
        ("Inwoners van die Paarl kuier Sondag by die fees. Foto: Elmarie Botha", "Paarl", "ZA"),
        # A town's cable car: "car" alone names no place, the two words do.
        ("Dunedin's cable car will reopen next month after repairs. Photo: Supplied", "Dunedin", "NZ"),
        # A town's own council named with the article, not at the caption's head.
        (
            "Members of the Mackay council tour the flood-hit foreshore on Tuesday. Picture: Tony Martin",
            "Mackay",
            "AU",
        ),
        # A site's owner named like its region: the town, not the region alone.
        ("Surfers at Gisborne's Midway Beach on Tuesday morning. Photo: Mira Tane/Stuff", "Gisborne", "NZ"),
    ],
)
def test_a_town_named_as_a_site_s_or_body_s_attribute_is_read(
    normaliser: Normaliser, caption: str, city: str, country: str
) -> None:
    assert located(normaliser, caption, "city", "country_code") == (city, country)


def test_a_party_s_council_names_no_town(normaliser: Normaliser) -> None:
    location = normaliser.normalise("Protesters outside a meeting of the Labour council on Monday.").location
    assert location is None or location.city is None


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        # The possessive of the town read is no part of the site's name.
        ("Tourists at Timaru's Caroline Bay on Sunday. Photo / Ross Hart", "Caroline Bay", "Timaru"),
        # A body's possessive before the site it works on: the site, no longer the body.
        (
            "Hobart City Council's Elizabeth Street Mall upgrade will be finished by May. Picture: Luke Bowden",
            "Elizabeth Street Mall",
            "Hobart",
        ),
        # Controls: a street named after a town elsewhere lies in the town written after it.
        (
            "Shoppers on Brisbane Street in Launceston on Saturday. Picture: Phil Biggs",
            "Brisbane Street",
            "Launceston",
        ),
        ("Trams queue on Sydney Road in Melbourne on Friday. Picture: Jay Town", "Sydney Road", "Melbourne"),
    ],
)
def test_a_local_site_is_read_without_its_owner(
    normaliser: Normaliser, caption: str, sublocation: str, city: str
) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


def test_a_possessive_owns_a_facility_of_two_words() -> None:
    assert possessive_subject("Wellington's cable car will stay closed for maintenance.") == (
        "Wellington",
        None,
        False,
    )
    # "car" alone names no place: a brand's car is no town's.
    assert possessive_subject("Toyota's car sales fell in May.") is None


def test_a_small_town_s_site_is_read_near_a_big_town_named(normaliser: Normaliser) -> None:
    """Glenelg (3,600 people) is too small for a town read off a site's name, unless a big town the caption
    names lies beside it: Adelaide settles it; with none named the town stays unread and flagged."""
    near = "Swimmers at Glenelg beach on Sunday as Adelaide sweltered through 43C. Picture: Kim Eddy"
    assert located(normaliser, near, "city", "country_code") == ("Glenelg", "AU")
    alone = normaliser.normalise("Swimmers at Glenelg beach on Sunday. Picture: Kim Eddy").location
    assert alone is None or alone.city is None


@pytest.mark.parametrize(
    ("caption", "city", "flagged"),
    [
        # A team's player by position, at a ground, no side played named: at home, the team's town.
        (
            "Benalla Saints goalkeeper Amy Doyle at Friendlies Reserve on Saturday. Picture: Ann Lee",
            "Benalla",
            False,
        ),
        # The side played named: the ground may be the opponent's, the town is flagged.
        (
            "Kamloops Blazers goaltender Ty Brandt makes a save against the Victoria Royals at Sandman Centre on "
            "Friday. Photo: Mia Lund",
            "Kamloops",
            True,
        ),
    ],
)
def test_a_team_s_player_by_position_names_its_town(
    normaliser: Normaliser, caption: str, city: str, flagged: bool
) -> None:
    record = normaliser.normalise(caption)
    assert record.location is not None and record.location.city == city
    assert (WarningCode.AMBIGUOUS_PLACE in {w.code for w in record.warnings}) is flagged
