"""Towns of Central Europe, the Baltic states and their neighbours in the cases of the region's languages
(issue 13, stop 31): _weak.py's readings of them."""

from __future__ import annotations

import pytest

from captions import Normaliser
from tests.conftest import located


@pytest.mark.parametrize(
    ("caption", "city", "sublocation"),
    [
        # Hungarian names a building after a person with a hyphen ("Péter-palota"): the name that opens
        # the compound is no given name before the town in its case.
        (
            "Kiállítás a Péter-palotában Budapesten 2026. március 14-én. MTI/Kovács Anna",
            "Budapest",
            "Péter-palota",
        ),
        # Hungarian's article "a" before a square's name is no Italian "a" before a town ("Dóm", Italy).
        ("Koszorúzás a Dóm téren Szegeden 2026. március 15-én. MTI/Tóth Kálmán", "Szeged", "Dóm tér"),
    ],
)
def test_a_hungarian_town_in_its_case_after_a_named_place(
    normaliser: Normaliser, caption: str, city: str, sublocation: str
) -> None:
    assert located(normaliser, caption, "city", "country_code", "sublocation") == (city, "HU", sublocation)
