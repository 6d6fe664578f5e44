"""Names a place's noun opens and a preposition carries on: memorials named for whom they honour after "to",
places named for the water they lie by; seats of government closed by "Buildings"."""

from __future__ import annotations

import pytest

from captions import Normaliser


@pytest.fixture(scope="module")
def normaliser() -> Normaliser:
    return Normaliser()


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        (
            "Moldovan President Maia Sandu lays flowers at the Monument to Stephen the Great in Chisinau, Moldova, "
            "15 July 2027. EPA-EFE/Dumitru Rusu",
            "Monument to Stephen the Great",
        ),
        # A stop after the name still ends it.
        (
            "Veterans gather at the Monument to the Unknown Soldier during a ceremony in Moscow on Thursday. "
            "(AP Photo/Tom Harlow)",
            "Monument to the Unknown Soldier",
        ),
        (
            "Tourists walk past the Memorial to the Murdered Jews of Europe in Berlin, Germany, 15 July 2027. "
            "EPA-EFE/Karl Huber",
            "Memorial to the Murdered Jews of Europe",
        ),
        # After a name the memorial's noun closes it: "to" leads to another place.
        (
            "Protesters march from the Lincoln Memorial to the Capitol in Washington on Thursday. "
            "(AP Photo/Tom Harlow)",
            "Capitol",
        ),
    ],
)
def test_memorial_to_someone_is_one_name(normaliser: Normaliser, caption: str, expected: str) -> None:
    record = normaliser.normalise(caption, reference_date="2027-07-16")
    assert record.location is not None
    assert record.location.sublocation == expected


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        (
            "Visitors walk through the Gardens by the Bay on Thursday, July 15, 2027, in Singapore. "
            "(AP Photo/Lee Wei)",
            "Gardens by the Bay",
        ),
        (
            "Families picnic at Gardens by the Bay in Singapore on Thursday. (AP Photo/Lee Wei)",
            "Gardens by the Bay",
        ),
    ],
)
def test_place_by_the_water_is_one_name(normaliser: Normaliser, caption: str, expected: str) -> None:
    record = normaliser.normalise(caption, reference_date="2027-07-16")
    assert record.location is not None
    assert record.location.sublocation == expected


def test_buildings_close_a_seat_of_government(normaliser: Normaliser) -> None:
    # With no town written, the name is no town: a place within one, which is not said.
    record = normaliser.normalise(
        "The Taoiseach Micheál Martin speaks to reporters at Government Buildings on Wednesday.\n"
        "Photograph: Colm Ó Dálaigh/The Irish Times",
        reference_date="2027-07-16",
    )
    assert record.location is not None
    assert record.location.sublocation == "Government Buildings"
    assert record.location.city is None
