"""Dates as pages in many languages write them (stop 33, round three): a Korean day after the place's "에서",
a Japanese day after a tournament's day number, Vietnamese months written as words, Greek weekdays in the
genitive, Scottish Gaelic weekdays, Chinese weekdays written without spaces, and a weekday inside a feast's
name."""

from __future__ import annotations

from datetime import date

import pytest

from captions._model import WarningCode
from tests.parse.test_date import when


@pytest.mark.parametrize(
    ("caption", "reference", "expected"),
    [
        # Community papers write the place and "에서" (at) before the day alone: the latest such day.
        (
            "LA 코리아타운 올림픽가에서 12일 열린 한인 축제에 주민들이 몰렸다. 박민수 기자",
            date(2027, 4, 14),
            "2027-04-12",
        ),
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
        (
            "Đoàn diễn hành Tết ở Little Saigon, hôm Thứ Bảy, 13 Tháng Hai, 2027. (Hình: Lê An/Người Việt)",
            "2027-02-13",
        ),
        (
            "Lễ Giáng Sinh tại Garden Grove, ngày 25 Tháng Mười Hai, 2026. (Hình: Lê An/Người Việt)",
            "2026-12-25",
        ),
        # Three words: "Tháng Mười Một" is November, though its first two are October's.
        (
            "Cử tri xếp hàng ở San Jose, hôm Thứ Ba, 3 Tháng Mười Một, 2026. (Hình: Lê An/Người Việt)",
            "2026-11-03",
        ),
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


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        # Scottish Gaelic weekdays, in lower case after "Di" as BBC Alba writes them and as the CLDR does.
        ("Luchd-obrach aig an ospadal ann an Steòrnabhagh Dimàirt. Dealbh: BBC Alba", "2028-02-08"),
        ("Sneachd air an rathad gu Ulapul DiarDaoin. Dealbh: Iain MacAoidh", "2028-02-10"),
        ("Cèilidh ann an talla a' bhaile Dihaoine. Dealbh: Iain MacAoidh", "2028-02-04"),
    ],
)
def test_gaelic_weekdays(caption: str, expected: str) -> None:
    assert when(caption, date(2028, 2, 10))[0] == expected


@pytest.mark.parametrize(
    ("caption", "reference", "expected"),
    [
        # Chinese weekdays inside a run of text, the CLDR's short and wide names and the spoken "礼拜".
        (
            "温哥华列治文华人社区周日在市政厅前举行新春游园会。（记者 李明 摄）",
            date(2028, 2, 14),
            "2028-02-13",
        ),
        ("布里斯班华人星期五在南岸公园观看烟花。（记者 李明 摄）", date(2028, 2, 14), "2028-02-11"),
        ("台北市民週三在西門町排隊購買年貨。（記者 林志明 攝）", date(2028, 2, 14), "2028-02-09"),
        ("多伦多华人礼拜天在唐人街观看舞狮。（记者 李明 摄）", date(2028, 2, 14), "2028-02-13"),
        # A weekday to come, every week or this week is no day of the picture; nor is "一周一次" (once a week).
        ("悉尼华人社区将于周六在达令港举行新春游园会。（记者 李明 摄）", date(2028, 2, 10), None),
        ("悉尼华人社区下周六在达令港举行新春游园会。（记者 李明 摄）", date(2028, 2, 10), None),
        ("义工每周六在社区中心为长者派饭。（记者 李明 摄）", date(2028, 2, 10), None),
        ("社区中心一周一次为长者派饭。（记者 李明 摄）", date(2028, 2, 10), None),
    ],
)
def test_chinese_weekdays_without_spaces(caption: str, reference: date, expected: str | None) -> None:
    assert when(caption, reference)[0] == expected


def test_a_chinese_weekday_without_a_reference_date_names_no_day() -> None:
    found, warnings = when("墨尔本华人社区周六在联邦广场举行新春活动。（记者 陈伟 摄）")
    assert found is None
    assert WarningCode.PARTIAL_DATE in warnings


@pytest.mark.parametrize(
    ("caption", "reference", "expected"),
    [
        # A feast named with its weekday, filed within the week after it: that feast's day.
        (
            "Cadets lay wreaths at the war memorial in Market Square, Kettering, for the Remembrance Sunday "
            "service. Picture: Leah Hollis/Northants Telegraph",
            date(2026, 11, 9),
            "2026-11-08",
        ),
        (
            "Shoppers queue outside a department store in Leeds on Black Friday. Picture: Tom Hart/YEP",
            date(2026, 11, 30),
            "2026-11-27",
        ),
        # A feast of another year, or far from the filing day, dates nothing; its weekday is no bare one.
        (
            "The Remembrance Sunday parade passes the abbey in Whitby. Picture: Joe Platt/Whitby Gazette",
            date(2027, 6, 10),
            None,
        ),
        (
            "Black Friday signs in a shop window in Bath. Picture: Kim Dale/Bath Chronicle",
            date(2027, 3, 3),
            None,
        ),
        # Another weekday of the sentence is the picture's, not the feast's ("Friday" of "Black Friday").
        (
            "A Black Friday banner in a shop window in Swindon on Tuesday. Picture: Kim Dale/Swindon Advertiser",
            date(2027, 11, 24),
            "2027-11-23",
        ),
        (
            "Black Friday, the rock band, on stage at the Roundhouse in London on Saturday. Picture: Ed Wren/CNJ",
            date(2027, 11, 15),
            "2027-11-13",
        ),
        # A feast still to come dates no picture.
        (
            "Shoppers in Exeter ahead of Black Friday. Picture: Tom Hart/Express & Echo",
            date(2027, 11, 24),
            None,
        ),
    ],
)
def test_feasts_named_with_their_weekday(caption: str, reference: date, expected: str | None) -> None:
    assert when(caption, reference)[0] == expected


def test_a_feast_named_with_its_weekday_and_a_year_is_that_feast_day() -> None:
    caption = "Veterans march past the Cenotaph in London on Remembrance Sunday 2026. Picture: Ed Wren/PA"
    assert when(caption)[0] == "2026-11-08"
