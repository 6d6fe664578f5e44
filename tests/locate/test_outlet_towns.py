"""A town's paper, site or broadcaster in the credit (`outlet_towns`): its home town settles a namesake the
caption names, and stands, flagged, for the town of a caption that names none."""

from __future__ import annotations

import pytest

from captions import Normaliser
from captions._locate._resolve import _named_on_its_own
from captions._model import WarningCode
from captions._rules import rules

_PLACE_FLAGS = {WarningCode.AMBIGUOUS_PLACE, WarningCode.PLACE_NOT_FOUND, WarningCode.MISSING_PLACE}


def test_every_outlet_town_is_a_town_the_gazetteer_holds(normaliser: Normaliser) -> None:
    gazetteer = normaliser.gazetteer
    towns = rules("place")["outlet_towns"]
    missing = [
        name
        for name, town in towns.items()
        if (found := gazetteer.place_by_id(town)) is None or found.kind != "city"
    ]
    assert missing == []
    # A paper is either a town's or a region's, never both.
    assert set(towns) & set(rules("place")["outlet_homes"]) == set()


@pytest.mark.parametrize(
    ("caption", "city", "province_state", "country_code"),
    [
        (
            "Families skate on the ice rink at Jordan Valley Park in Springfield on Saturday, Dec. 13, 2025. "
            "Owen Tillery/Springfield News-Leader",
            "Springfield",
            "Missouri",
            "US",
        ),
        (
            "Volunteers sort donated coats at a church hall in Lancaster on Tuesday, Nov. 18, 2025. "
            "DANA ROWE | LNP | LancasterOnline",
            "Lancaster",
            "Pennsylvania",
            "US",
        ),
        (
            "Cyclists cross Summer Street in Orange during the Sunday ride. "
            "Picture: Jude Keogh/Central Western Daily",
            "Orange",
            "New South Wales",
            "AU",
        ),
        (
            "Students march along Richmond Street in London on Thursday, Sept. 25, 2025. "
            "Derek Ruttan/The London Free Press",
            "London",
            "Ontario",
            "CA",
        ),
        # The Columbia Missourian by its short name: Missouri's Columbia, not South Carolina's.
        (
            "Volunteers hand out seedlings at the Columbia Farmers Market on Saturday. "
            "| Photo by Dana Moss/Missourian",
            "Columbia",
            "Missouri",
            "US",
        ),
    ],
)
def test_a_town_papers_home_settles_the_namesake_it_names(
    normaliser: Normaliser, caption: str, city: str, province_state: str, country_code: str
) -> None:
    record = normaliser.normalise(caption)
    assert record.location is not None
    assert (record.location.city, record.location.province_state, record.location.country_code) == (
        city,
        province_state,
        country_code,
    )
    assert not {w.code for w in record.warnings} & _PLACE_FLAGS


@pytest.mark.parametrize(
    ("caption", "city", "country_code"),
    [
        (
            "The Bison run onto the field at the Fargodome on Saturday, Sept. 27, 2025. Chris Flaten / The Forum",
            "Fargo",
            "US",
        ),
        (
            "Fans queue outside St James' Park before the derby (Image: Tom Ashby / ChronicleLive)",
            "Newcastle upon Tyne",
            "GB",
        ),
        (
            "A miner's cottage is restored on Argent Street. (ABC Broken Hill: Andrew Schmidt)",
            "Broken Hill",
            "AU",
        ),
    ],
)
def test_a_town_papers_home_stands_flagged_for_a_caption_naming_no_town(
    normaliser: Normaliser, caption: str, city: str, country_code: str
) -> None:
    record = normaliser.normalise(caption)
    assert record.location is not None
    assert (record.location.city, record.location.country_code) == (city, country_code)
    notes = [w.message for w in record.warnings if w.code == WarningCode.MISSING_PLACE]
    assert notes and "paper in the credit" in notes[0]


@pytest.mark.parametrize(
    ("caption", "city", "country_code"),
    [
        # A town the caption writes with its country, or a big town of its own, is where the paper's
        # photographer went.
        (
            "Tourists walk near the Eiffel Tower in Paris, France, on Sunday, June 1, 2025. "
            "Owen Tillery/Springfield News-Leader",
            "Paris",
            "FR",
        ),
        (
            "Fans leave Wrigley Field in Chicago on Wednesday, May 14, 2025. Nathan Papes/Springfield News-Leader",
            "Chicago",
            "US",
        ),
    ],
)
def test_a_town_written_elsewhere_keeps_its_own_reading(
    normaliser: Normaliser, caption: str, city: str, country_code: str
) -> None:
    record = normaliser.normalise(caption)
    assert record.location is not None
    assert (record.location.city, record.location.country_code) == (city, country_code)
    assert not {w.code for w in record.warnings} & _PLACE_FLAGS


def test_a_site_naming_its_town_needs_no_flag(normaliser: Normaliser) -> None:
    # The site's own name gives the town: nothing is taken from the credit.
    record = normaliser.normalise(
        "Dignitaries gather at Lancaster City Hall on Monday, Nov. 3, 2025. DANA ROWE | LNP | LancasterOnline"
    )
    assert record.location is not None
    assert (record.location.city, record.location.province_state) == ("Lancaster", "Pennsylvania")
    assert not {w.code for w in record.warnings} & _PLACE_FLAGS


@pytest.mark.parametrize(
    ("caption", "city"),
    [
        # The text names the paper's town too, in no place phrase: a team's, a possessive, an object.
        (
            "Fargo North guard Lena Ostrowski drives past a defender during the semifinal at the Fargodome on "
            "Friday, March 3, 2028. Chris Flaten / The Forum",
            "Fargo",
        ),
        (
            "Lethbridge's new transit buses line up at the depot on Monday. (Ian Martens/Lethbridge Herald)",
            "Lethbridge",
        ),
    ],
)
def test_a_papers_home_the_text_names_too_needs_no_flag(
    normaliser: Normaliser, caption: str, city: str
) -> None:
    record = normaliser.normalise(caption)
    assert record.location is not None and record.location.city == city
    assert not {w.code for w in record.warnings} & _PLACE_FLAGS


def test_a_papers_home_the_text_does_not_name_stays_flagged(normaliser: Normaliser) -> None:
    record = normaliser.normalise(
        "Packers fans cheer at the Fargodome on Friday, March 3, 2028. Chris Flaten / The Forum"
    )
    assert record.location is not None and record.location.city == "Fargo"
    assert [w for w in record.warnings if w.code == WarningCode.MISSING_PLACE]


def test_a_town_inside_a_longer_name_is_not_the_town_named() -> None:
    # "West Fargo" is another town; "the Fargo" and a name at the head of a sentence are the town's own.
    assert not _named_on_its_own("Fargo", "West Fargo Packers fans cheer at the dome.")
    assert _named_on_its_own("Fargo", "Fans of the Fargo Davies team cheer.")
    assert _named_on_its_own("Fargo", "A win. Fargo Davies fans cheer.")
