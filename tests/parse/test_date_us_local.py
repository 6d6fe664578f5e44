"""US and Canadian local pages: a file portrait's year said in a clause of its own ("Name, seen here at City Hall
in 2015, died Monday") dates the picture, not the day of the news the sentence tells."""

from __future__ import annotations

from datetime import date

import pytest

from captions import Normaliser
from captions._model import WarningCode


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        ("Former Hartford Mayor Helen Brandt, seen here at City Hall in 2016, died Sunday at 79.", "2016"),
        ("Ruth Ellison, shown in 2018 at the Boise Public Library, died April 27 at age 88.", "2018"),
        ("The Fremont Street bridge, pictured in 2010, was torn down on Tuesday.", "2010"),
    ],
)
def test_a_file_portraits_year_dates_the_picture(normaliser: Normaliser, caption: str, expected: str) -> None:
    record = normaliser.normalise(caption, reference_date=date(2027, 5, 3))
    assert record.date_created == expected
    assert WarningCode.PARTIAL_DATE not in {w.code for w in record.warnings}


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        # "seen" without "here" tells of a sight, not the picture; "since 2015" is no picture's year.
        ("Crowds, seen at the same spot in 2015, returned to the park in Boise on Tuesday.", "2027-04-27"),
        ("The worst flooding since 2015 hit Boise on Tuesday, officials said.", "2027-04-27"),
    ],
)
def test_a_year_outside_a_portraits_clause_leaves_the_day(
    normaliser: Normaliser, caption: str, expected: str
) -> None:
    assert normaliser.normalise(caption, reference_date=date(2027, 5, 3)).date_created == expected


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        # Vietnamese papers of the US diaspora write the month in words, both capitalised.
        ("Cư dân tham dự buổi họp ở Westminster, hôm Thứ Ba, 27 Tháng Tư, 2027.", "2027-04-27"),
        ("Đồng hương tham dự lễ hội ở Garden Grove, hôm Thứ Bảy, 1 Tháng Năm, 2027.", "2027-05-01"),
        # Three words: November holds October's two.
        ("Lễ hội ngày 11 Tháng Mười Một, 2026 ở San Jose.", "2026-11-11"),
        ("Lễ hội ngày 11 Tháng Mười, 2026 ở San Jose.", "2026-10-11"),
        ("Lễ hội ngày 24 Tháng Mười Hai, 2026 ở San Jose.", "2026-12-24"),
    ],
)
def test_vietnamese_months_in_words_date_the_picture(
    normaliser: Normaliser, caption: str, expected: str
) -> None:
    assert normaliser.normalise(caption, reference_date=date(2027, 5, 3)).date_created == expected
