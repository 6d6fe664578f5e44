"""Dates as papers print them (stop 34): Hausa's "ga" between the day and the month, Malay's weekday after
"hari" or a part of the day, and Tamil datelines with the CLDR's month abbreviations."""

from __future__ import annotations

from datetime import date

import pytest

from captions._parse._date._find import _sentences
from tests.parse.test_date import when


@pytest.mark.parametrize(
    ("caption", "reference", "expected"),
    [
        # Hausa: "7 ga Disamba, 2027" (the 7th of December), not the month alone.
        (
            "Manoma a kasuwar Dawanau da ke Kano ranar Laraba, 8 ga Disamba, 2027. Hoto: Sani Musa/Aminiya",
            date(2027, 12, 9),
            "2027-12-08",
        ),
        # Malay: a part of the day before the weekday.
        (
            "Anggota bomba memadamkan kebakaran di Kota Bharu, petang Isnin. - Foto NSTP/SYAFIQ HAMZAH",
            date(2028, 3, 7),
            "2028-03-06",
        ),
        (
            "Orang ramai di pasar di Shah Alam pada hari Jumaat. - Foto NSTP/AZIZ HUSSIN",
            date(2028, 3, 11),
            "2028-03-10",
        ),
        # Tamil datelines: the month's abbreviation and its stop, a vowel sign in it ("டிச.") or not ("நவ.").
        ("சென்னை, டிச. 8: மழைநீரில் செல்லும் வாகனங்கள். படம்: ம. பிரபு", date(2027, 12, 9), "2027-12-08"),
        ("கோவை, நவ. 21: மழையால் சேதமடைந்த சாலை. படம்: ச. முருகன்", date(2027, 11, 22), "2027-11-21"),
    ],
)
def test_dates_as_papers_print_them(caption: str, reference: date, expected: str) -> None:
    assert when(caption, reference)[0] == expected


def test_malay_night_before_a_weekday_is_not_read_as_that_weekday() -> None:
    # "malam Jumaat" is Thursday night: no date rather than Friday.
    assert (
        when("Orang ramai di pasar malam di Shah Alam, malam Jumaat.", date(2028, 3, 11))[0] != "2028-03-10"
    )


def test_a_tamil_month_abbreviation_split_from_its_day_is_joined_again() -> None:
    assert _sentences(("சென்னை, டிச", "8: வாகனங்கள்")) == ("சென்னை, டிச. 8: வாகனங்கள்",)
