"""Towns of Mongolia written in Cyrillic with "хот" (city) after them (issue 13, stop 33)."""

from __future__ import annotations

import pytest

from captions import normalise


@pytest.mark.parametrize(
    ("caption", "city"),
    [
        (
            "Улаанбаатар хотын Чингисийн талбайд 10 дугаар сарын 18-нд болсон жагсаал.\nФото: МОНЦАМЭ",
            "Ulan Bator",
        ),
        ("Дархан хотод 10 дугаар сарын 19-нд шинэ сургууль нээгдлээ.\nФото: МОНЦАМЭ", "Darhan"),
    ],
)
def test_a_mongolian_town_before_its_city_word(caption: str, city: str) -> None:
    record = normalise(caption, reference_date="2027-10-20")
    assert record.location is not None
    assert record.location.city == city
    assert record.location.country_code == "MN"


@pytest.mark.parametrize(
    ("caption", "region"),
    [
        ("Workers harvest grapes in a vineyard in Samarkand region on October 18.\nPhoto: UzA", "Samarqand"),
        ("Farmers pick cotton in the Kashkadarya region on October 18.\nPhoto: UzA", "Kashkadarya"),
    ],
)
def test_an_uzbek_region_by_its_english_name(caption: str, region: str) -> None:
    record = normalise(caption, reference_date="2027-10-20")
    assert record.location is not None
    assert (record.location.city, record.location.province_state) == (None, region)
