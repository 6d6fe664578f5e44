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


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        # Vietnamese months as words, between a day and a year (the diaspora's papers).
        ("Đoàn diễn hành Tết ở Little Saigon, hôm Thứ Bảy, 13 Tháng Hai, 2027. (Hình: Lê An/Người Việt)", "2027-02-13"),
        ("Lễ Giáng Sinh tại Garden Grove, ngày 25 Tháng Mười Hai, 2026. (Hình: Lê An/Người Việt)", "2026-12-25"),
        # Three words: "Tháng Mười Một" is November, though its first two are October's.
        ("Cử tri xếp hàng ở San Jose, hôm Thứ Ba, 3 Tháng Mười Một, 2026. (Hình: Lê An/Người Việt)", "2026-11-03"),
        ("Hội chợ ở Westminster, ngày 8 tháng Tư, 2027. (Hình: Lê An/Người Việt)", "2027-04-08"),
    ],
)
def test_vietnamese_months_as_words(caption: str, expected: str) -> None:
    assert when(caption, date(2027, 4, 26))[0] == expected


def test_a_vietnamese_month_alone_names_a_day_remembered() -> None:
    # "30 Tháng Tư" with no year is the name of the day (Black April), not this year's 30 April.
    caption = "Cờ vàng tại lễ tưởng niệm 30 Tháng Tư ở Westminster. (Hình: Lê An/Người Việt)"
    assert when(caption, date(2027, 4, 26))[0] is None


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        # A part of the day and the weekday in the genitive after it: the latest such weekday.
        ("Πλημμυρισμένοι δρόμοι στη Λάρισα το πρωί της Πέμπτης. (Φωτ.: Κ. Νικολάου)", "2027-11-11"),
        ("Συναυλία στο Ηρώδειο το βράδυ του Σαββάτου. (Φωτ.: Κ. Νικολάου)", "2027-11-06"),
        ("Οι πρώτες χιονονιφάδες στα Ιωάννινα τα ξημερώματα της Δευτέρας. (Φωτ.: Κ. Νικολάου)", "2027-11-08"),
        # A saint's name, the town after her, is no Friday ("της Αγίας Παρασκευής").
        ("Η πλατεία της Αγίας Παρασκευής στολισμένη για τα Χριστούγεννα. (Φωτ.: Κ. Νικολάου)", None),
    ],
)
def test_greek_weekdays_in_the_genitive(caption: str, expected: str | None) -> None:
    assert when(caption, date(2027, 11, 12))[0] == expected
