"""The county a caption names after a town of Britain or Ireland is its province_state
(`data/place.toml` `county_province_country_codes_cased`; `_locate/_towns.irish_county_named`;
`_locate/_resolve._county_as_province`)."""

from __future__ import annotations

import pytest

from captions import Normaliser
from tests.conftest import located


@pytest.mark.parametrize(
    ("caption", "city", "province_state"),
    [
        # A county of England the gazetteer knows, in place of England.
        (
            "Commuters queue for replacement buses outside the station in Colchester, Essex. "
            "Picture date: Monday March 20, 2028. Photo credit should read: Ann Prior/PA Wire",
            "Colchester",
            "Essex",
        ),
        # A metropolitan county, which the gazetteer holds only as a region.
        (
            "Firefighters tackle a blaze at a mill in Rochdale, Greater Manchester. "
            "Picture date: Wednesday March 22, 2028. Photo credit should read: Danny Lawson/PA Wire",
            "Rochdale",
            "Greater Manchester",
        ),
        # A county of Ireland written with its prefix, which GeoNames lacks, in place of Leinster.
        (
            "Traffic backs up on the M7 near Portlaoise, Co Laois, after a lorry shed its load. Photo: Ray Ryan",
            "Portlaoise",
            "County Laois",
        ),
        (
            "Shoppers fill the main street in Tullamore, Co. Offaly, on Saturday. Photo: Tom Quinn",
            "Tullamore",
            "County Offaly",
        ),
        (
            "Pupils plant trees at a school in Kildare town, County Kildare, on Tuesday. Photo: Ann Boyle",
            "Kildare",
            "County Kildare",
        ),
        # The nation written after the county is the one the caption files.
        (
            "Walkers climb towards the summit above Llanberis, Gwynedd, Wales. "
            "Picture date: Sunday March 19, 2028. Photo credit should read: Ben Evans/PA Wire",
            "Llanberis",
            "Wales",
        ),
        # No county named: the first-level division stays.
        (
            "Fans arrive for the match in Cardiff, Wales. Picture date: Saturday March 18, 2028. "
            "Photo credit should read: David Davies/PA Wire",
            "Cardiff",
            "Wales",
        ),
        # Other countries file their first level, not a county the caption names.
        (
            "A cowboy rides in the rodeo parade in Cheyenne, Laramie County, Wyoming, on Saturday. Photo: Ann Ray",
            "Cheyenne",
            "Wyoming",
        ),
    ],
)
def test_county_of_britain_or_ireland_is_the_province(
    normaliser: Normaliser, caption: str, city: str, province_state: str
) -> None:
    assert located(normaliser, caption, "city", "province_state") == (city, province_state)
