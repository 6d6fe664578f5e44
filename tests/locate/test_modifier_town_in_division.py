"""A town named as a modifier, too small for one read anywhere, whose county the caption names
(`_locate/_towns.modifier_town_in_its_division`): the county settles it as it settles a town read elsewhere;
an Irish county, which GeoNames mostly lacks, by its country where no rival of the name lies."""

from __future__ import annotations

import pytest

from captions import Normaliser
from captions._model import WarningCode
from tests.conftest import located


@pytest.mark.parametrize(
    ("caption", "city", "country"),
    [
        # A county the gazetteer holds, named by its council: near the town, in its division.
        (
            "Bodmin's new skate park was opened by Cornwall Council on Friday. Picture: Ann Trew",
            "Bodmin",
            "GB",
        ),
        (
            "Kilrush's new skate park was opened by Clare County Council on Saturday. Photo: Sean Hale",
            "Kilrush",
            "IE",
        ),
        # An Irish county GeoNames lacks: its country, with no other Carrigaline or Midleton in it.
        (
            "Carrigaline's new skate park was opened by Cork County Council on Saturday. Photo: Ger Lyons",
            "Carrigaline",
            "IE",
        ),
        (
            "Midleton's new library was opened by Cork County Council on Monday. Photo: Ger Lyons",
            "Midleton",
            "IE",
        ),
        ("Ballymena's new skate park was opened by Co Antrim councillors on Friday.", "Ballymena", "GB"),
    ],
)
def test_a_county_named_settles_a_modifier_town(
    normaliser: Normaliser, caption: str, city: str, country: str
) -> None:
    assert located(normaliser, caption, "city", "country_code") == (city, country)


@pytest.mark.parametrize(
    "caption",
    [
        # No county named: too small a town for a modifier alone.
        "Carrigaline's new skate park was opened on Saturday. Photo: Ger Lyons",
        # A given name before the possessive: a person's, whatever the council.
        "Shannon's new library card was signed by Clare County Council staff on Monday.",
    ],
)
def test_no_town_without_its_county_or_for_a_person(normaliser: Normaliser, caption: str) -> None:
    record = normaliser.normalise(caption, reference_date="2028-02-16")
    assert record.location is None or record.location.city is None
    assert WarningCode.MISSING_PLACE in {w.code for w in record.warnings}
