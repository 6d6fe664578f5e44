"""A division whose own name starts with a compass word is that division, not a sector of a country."""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer, PlaceQuery


@pytest.mark.parametrize(
    ("text", "country", "code"),
    [
        ("South Australia", "AU", "05"),
        ("Western Australia", "AU", "08"),
        ("Central Macedonia", "GR", "ESYE12"),
        ("West Greece", "GR", "ESYE23"),
        ("Northern Territory", "AU", "03"),
    ],
)
def test_the_division(gz: Gazetteer, text: str, country: str, code: str) -> None:
    place = gz.resolve(PlaceQuery(city=text)).most_specific
    assert place is not None and (place.kind, place.country_code, place.admin1_code) == (
        "admin1",
        country,
        code,
    )


def test_as_a_parent(gz: Gazetteer) -> None:
    city = gz.resolve(PlaceQuery(city="Perth", parents=("Western Australia",))).city
    assert city is not None and (city.country_code, city.admin1_code) == ("AU", "08")


@pytest.mark.parametrize(("text", "country"), [("southern Australia", "AU"), ("eastern Ukraine", "UA")])
def test_a_sector_named_by_no_division_stays_a_region(gz: Gazetteer, text: str, country: str) -> None:
    place = gz.resolve(PlaceQuery(city=text)).most_specific
    assert place is not None and (place.kind, place.country_code) == ("region", country)
