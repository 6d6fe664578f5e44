"""A town written in its own phrase before the region it lies in: "in Cessnock in the Hunter region"."""

from __future__ import annotations

import pytest

from captions import Normaliser
from captions._model import WarningCode


@pytest.mark.parametrize(
    ("caption", "city", "country_code"),
    [
        # A tourist or statistical region the gazetteer lacks: the town is the place, at the agency's home.
        (
            "Volunteers fill sandbags in Singleton in the Hunter region on Monday. (AAP: Sam Ruttyn)",
            "Singleton",
            "AU",
        ),
        (
            "Smoke rises over Lismore in the Northern Rivers region on Friday. (AAP: Dan Peled)",
            "Lismore",
            "AU",
        ),
        # A region the gazetteer knows by its near spelling only (Algeria's Oran) places no town.
        ("Crews fight a grass fire in Dubbo in the Orana region on Sunday. (AAP: Lukas Coch)", "Dubbo", "AU"),
        # A first-level division written as a region stays the town's parent.
        (
            "Rescuers search rubble in Izium in the Kharkiv region on Sunday. REUTERS/Vitalii Hnidyi",
            "Izium",
            "UA",
        ),
    ],
)
def test_a_town_before_its_region_is_the_town(
    normaliser: Normaliser, caption: str, city: str, country_code: str
) -> None:
    record = normaliser.normalise(caption)
    assert record.location is not None
    assert (record.location.city, record.location.country_code) == (city, country_code)
    assert not [w for w in record.warnings if w.code is WarningCode.PLACE_NOT_FOUND]
