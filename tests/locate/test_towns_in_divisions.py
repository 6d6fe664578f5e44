"""Towns in their divisions (stop 32, round two): a small town written apart before its county, a ship's port
of arrival with its division, a town's council where no chain reads a place."""

from __future__ import annotations

import pytest

from captions import Normaliser

_PA = " Picture date: Sunday April 11, 2027. Photo credit should read: {}/PA Wire"


@pytest.mark.parametrize(
    ("caption", "city", "country"),
    [
        # Under the 5,000 floor, and a county some hamlet elsewhere is named after ("Cornwall", "Devon").
        (
            "Fishing boats shelter in the harbour in Padstow in Cornwall." + _PA.format("Rhys Tanner"),
            "Padstow",
            "GB",
        ),
        (
            "The cliff railway runs down to the sea in Lynton in Devon." + _PA.format("Rhys Tanner"),
            "Lynton",
            "GB",
        ),
        (
            "Cattle are led through the square in Killorglin in Kerry on Sunday. Photo: Nora Keane",
            "Killorglin",
            "IE",
        ),
        # A town over the floor is read the same way, not the county alone.
        ("Shoppers walk along a street in Kendal in Cumbria." + _PA.format("Owen Hart"), "Kendal", "GB"),
    ],
)
def test_a_town_written_apart_before_its_county_is_the_town(
    normaliser: Normaliser, caption: str, city: str, country: str
) -> None:
    record = normaliser.normalise(caption)
    assert record.location is not None
    assert (record.location.city, record.location.country_code) == (city, country)


def test_a_county_named_after_a_town_is_not_read_as_a_county(normaliser: Normaliser) -> None:
    # GeoNames' county "Brighton and Hove" is found by "Brighton": the beach is Brighton's, not New York's.
    caption = "People enjoy the sunshine on Brighton beach in East Sussex." + _PA.format("Gareth Fuller")
    record = normaliser.normalise(caption)
    assert record.location is not None
    assert (record.location.city, record.location.country_code) == ("Brighton", "GB")


@pytest.mark.parametrize(
    ("caption", "city"),
    [
        (
            "HMS Iron Duke returns to Portsmouth, Hampshire, after a patrol in the North Atlantic.",
            "Portsmouth",
        ),
        ("RFA Tidespring sails into Plymouth, Devon, after a deployment in the Caribbean Sea.", "Plymouth"),
        (
            "HMS Kent steams into Portsmouth, Hampshire, after eight months in the Mediterranean Sea.",
            "Portsmouth",
        ),
    ],
)
def test_a_ships_port_of_arrival_is_the_place_over_a_sea_named_later(
    normaliser: Normaliser, caption: str, city: str
) -> None:
    record = normaliser.normalise(caption + _PA.format("Andrew Matthews"))
    assert record.location is not None
    assert (record.location.city, record.location.country_code) == (city, "GB")


def test_a_place_written_before_the_ship_arrives_stays_the_place(normaliser: Normaliser) -> None:
    caption = "Crowds wave in Southsea as HMS Dragon returns to Portsmouth, Hampshire." + _PA.format(
        "Ann Lowe"
    )
    record = normaliser.normalise(caption)
    assert record.location is not None
    assert record.location.city == "Southsea"


@pytest.mark.parametrize(
    ("caption", "city"),
    [
        ("Residents queue at a Napier City Council meeting on Monday. | Photo / Ruth Moana", "Napier"),
        (
            "Invercargill City Council staff plant trees in a park on Friday. | Photo / Ben Lowe",
            "Invercargill",
        ),
        ("A Gisborne District Council digger clears driftwood from a beach. | Photo / Kim Hape", "Gisborne"),
    ],
)
def test_a_towns_council_is_in_the_town_where_no_place_is_read(
    normaliser: Normaliser, caption: str, city: str
) -> None:
    record = normaliser.normalise(caption)
    assert record.location is not None
    assert (record.location.city, record.location.country_code) == (city, "NZ")


def test_a_county_council_names_no_town(normaliser: Normaliser) -> None:
    record = normaliser.normalise(
        "Kent County Council staff grit a road on Monday." + _PA.format("Gareth Fuller")
    )
    assert record.location is None or record.location.city is None
