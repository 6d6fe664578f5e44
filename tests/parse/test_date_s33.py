"""Dates as pages in many languages write them (stop 33, round three): a Korean day after the place's "에서",
a Japanese day after a tournament's day number, Vietnamese months written as words, Greek weekdays in the
genitive, Scottish Gaelic weekdays, Chinese weekdays written without spaces, and a weekday inside a feast's
name."""

from __future__ import annotations

from datetime import date

import pytest

from tests.parse.test_date import when


@pytest.mark.parametrize(
    ("caption", "reference", "expected"),
    [
        # Community papers write the place and "에서" (at) before the day alone: the latest such day.
        ("LA 코리아타운 올림픽가에서 12일 열린 한인 축제에 주민들이 몰렸다. 박민수 기자", date(2027, 4, 14), "2027-04-12"),
        ("토론토 한인회관에서 28일 열린 설날 행사. 김영희 기자", date(2028, 2, 1), "2028-01-28"),
        # "3일 동안" (for three days) is no day.
        ("뉴욕 플러싱에서 3일 동안 열린 한인 장터. 김영희 기자", date(2027, 4, 14), None),
        # Kyodo's tournament day before the day alone: "8日目の21日、", "初日の9日、".
        ("大相撲名古屋場所5日目の17日、IGアリーナで行われた取組（共同）", date(2027, 7, 18), "2027-07-17"),
        ("大相撲初場所初日の11日、両国国技館で土俵入りする横綱（共同）", date(2027, 1, 12), "2027-01-11"),
    ],
)
def test_day_alone_after_a_place_or_a_tournament_day(
    caption: str, reference: date, expected: str | None
) -> None:
    assert when(caption, reference)[0] == expected
