"""Dates of Central Asia's and Mongolia's agencies (issue 13, stop 33): Kazakh months from the CLDR and
Mongolian's numbered months."""

from __future__ import annotations

import pytest

from captions import normalise


@pytest.mark.parametrize(
    ("caption", "date"),
    [
        (
            "Алматы, 19 қазан – ҚазАқпарат. Көктөбе саябағында күзгі жәрмеңке өтті.\nФото: ҚазАқпарат",
            "2027-10-19",
        ),
        (
            "Улаанбаатар хотын Чингисийн талбайд 10 дугаар сарын 18-нд болсон жагсаал.\nФото: МОНЦАМЭ",
            "2027-10-18",
        ),
        ("Дархан хотод 2026 оны 9 дүгээр сарын 13-ны өдөр болсон наадам.\nФото: МОНЦАМЭ", "2026-09-13"),
    ],
)
def test_a_central_asian_date_is_read(caption: str, date: str) -> None:
    assert normalise(caption, reference_date="2027-10-20").date_created == date
