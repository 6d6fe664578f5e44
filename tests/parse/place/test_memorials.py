"""Memorials named for whom they honour after "to": the noun opens the name, and "to" stays in it."""

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
