"""Days written in the Hijri, Hebrew and Ethiopian calendars (_date/_calendars.py), and in Urdu and Amharic."""

from __future__ import annotations

from datetime import date

import pytest

from captions._model import WarningCode
from captions._parse._date._calendars import _from_ethiopian, _from_hebrew, _hijri_estimate, _umm_al_qura
from tests.parse.test_date import when


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        # The weekday written before the Hijri day says which of the days around the arithmetic one it is.
        (
            "المصلون يؤدون الصلاة في المسجد الحرام بمكة المكرمة يوم الجمعة 26 رمضان 1448هـ. (واس)",
            "2027-03-05",
        ),
        (
            "Worshippers perform Friday prayers at the Grand Mosque in Makkah on Ramadan 26, 1448 AH. (SPA)",
            "2027-03-05",
        ),
        (
            "Pilgrims stand on Mount Arafat near Makkah on Saturday, Dhu al-Hijjah 9, 1448 AH. (SPA)",
            "2027-05-15",
        ),
        # The Ethiopian calendar is arithmetic: its day is exact.
        ("ጠቅላይ ሚኒስትሩ አዲሱን ተርሚናል ረቡዕ ጥር 12 ቀን 2019 ዓ.ም መርቀው ከፍተዋል። (ኢዜአ)", "2027-01-20"),
        (
            "Orthodox faithful celebrate Timket at Fasilides' Bath in Gondar on Tir 11, 2019 E.C. Photo: ENA",
            "2027-01-19",
        ),
        ("በአዲስ አበባ መስቀል አደባባይ መስከረም 16/2019 ዓ.ም የተከበረው የመስቀል በዓል። (ኢዜአ)", "2026-09-26"),
    ],
)
def test_days_of_other_calendars(caption: str, expected: str) -> None:
    assert when(caption) == (expected, set())


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        # Saudi and Gulf agencies date by Umm al-Qura: its day, exact, where the arithmetic calendar is a day
        # apart (10 Rabi' al-Thani 1448: 21 September 2026).
        (
            "ولي العهد يستقبل رئيس وزراء ماليزيا في قصر اليمامة بالرياض 10 ربيع الآخر 1448هـ. (واس)",
            "2026-09-21",
        ),
        (
            "Abu Dhabi, 1 Dhu al-Qa'dah 1448 AH (WAM) -- The President receives the Prime Minister. Photo: WAM",
            "2027-04-08",
        ),
    ],
)
def test_an_umm_al_qura_agency_s_hijri_day_is_exact(caption: str, expected: str) -> None:
    assert when(caption) == (expected, set())


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        # Ramadan, Shawwal and Dhu al-Hijjah begin by a court's sighting: the tables' day (26 Ramadan 1448: 5
        # March 2027), flagged, unless a weekday in the sentence bears it out (test_days_of_other_calendars: "Friday prayers ...
        # on Ramadan 26").
        (
            "المصلون في المسجد الحرام بمكة المكرمة 26 رمضان 1448هـ. (واس)",
            ("2027-03-05", {WarningCode.PARTIAL_DATE}),
        ),
        (
            "سمو أمير البلاد يستقبل رئيس مجلس الأمة في قصر بيان 10 رمضان 1448 هـ. (كونا)",
            ("2027-02-17", {WarningCode.PARTIAL_DATE}),
        ),
        # "Friday prayers" elsewhere in the sentence does not move an Umm al-Qura day (a Wednesday).
        (
            "Worshippers leave after Friday prayers at the Grand Mosque in Kuwait City on Ramadan 10, 1448 AH. (KUNA)",
            ("2027-02-17", {WarningCode.PARTIAL_DATE}),
        ),
    ],
)
def test_an_umm_al_qura_agency_s_day_in_a_sighted_month(
    caption: str, expected: tuple[str, set[WarningCode]]
) -> None:
    assert when(caption) == expected


def test_a_weekday_before_an_umm_al_qura_agency_s_day_moves_it_a_day() -> None:
    # A month begun by sighting (Ramadan 1448 a day after Umm al-Qura's): the agency's weekday says so.
    caption = "Worshippers pray at the Grand Mosque in Makkah on Thursday, Ramadan 10, 1448 AH. (SPA)"
    assert when(caption) == ("2027-02-18", set())
    # Two days or more from Umm al-Qura's day, the weekday is no day of the date: the day stays, flagged.
    caption = "Worshippers pray at the Grand Mosque in Makkah on Saturday, Ramadan 10, 1448 AH. (SPA)"
    assert when(caption) == ("2027-02-17", {WarningCode.WEEKDAY_MISMATCH})


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        # A country that sights the moon: the weekday chooses among Umm al-Qura's day and those beside it (the
        # arithmetic calendar's day, 16 February, is two days from Thursday's).
        (
            "Worshippers offer prayers at the Faisal Mosque in Islamabad on Thursday, Ramadan 10, 1448 AH. (APP)",
            "2027-02-18",
        ),
        (
            "Rabat, Sunday, 20 Ramadan 1448 AH (MAP) -- Worshippers leave the Hassan Mosque. Photo: MAP",
            "2027-02-28",
        ),
    ],
)
def test_a_sighting_country_s_hijri_day_by_its_weekday(caption: str, expected: str) -> None:
    assert when(caption) == (expected, set())


def test_a_hijri_day_with_no_weekday_nor_umm_al_qura_agency_is_umm_al_qura_s_flagged() -> None:
    # Oman sights the moon: Umm al-Qura's day is given (the arithmetic calendar's is 16 February), flagged.
    caption = "Worshippers at the Sultan Qaboos Grand Mosque in Muscat on Ramadan 10, 1448 AH. (ONA)"
    assert when(caption) == ("2027-02-17", {WarningCode.PARTIAL_DATE})


def test_hijri_days_outside_umm_al_qura_s_tables() -> None:
    # Umm al-Qura's tables run 1343-1500 AH: later, the arithmetic calendar (convertdate's), flagged.
    assert when("Muharram 1, 1501 AH (SPA)")[1] == {WarningCode.PARTIAL_DATE}
    assert _hijri_estimate(1501, 1, 1) == (date(2077, 11, 17), False)
    # A 30th where Umm al-Qura's month has 29 days is the day after its 29th: a sighted month's, flagged.
    assert _umm_al_qura(1448, 1, 30) is None
    assert _hijri_estimate(1448, 1, 30) == (date(2026, 7, 15), False)
    assert when("الرياض 30 محرم 1448هـ. (واس)") == ("2026-07-15", {WarningCode.PARTIAL_DATE})


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        # The Gregorian day beside the Hijri or Ethiopian one is read.
        (
            "الرياض 12 شعبان 1448 هـ الموافق 20 يناير 2027 م واس\nاستقبل ولي العهد رئيس وزراء باكستان.",
            "2027-01-20",
        ),
        (
            "Riyadh, Sha'ban 12, 1448, January 20, 2027, SPA -- The Crown Prince received the Prime Minister.",
            "2027-01-20",
        ),
        ("Faithful in Gondar on Tir 11, 2019 E.C. (January 19, 2027). Photo: ENA", "2027-01-19"),
    ],
)
def test_the_gregorian_day_beside_wins(caption: str, expected: str) -> None:
    assert when(caption)[0] == expected


@pytest.mark.parametrize(
    "caption",
    [
        # Month names in Latin letters with no era's mark may be words or names.
        "Fans chant for Sene 12, 2019 champions in Addis Ababa. Photo: ENA",
        "Ali Rajab 14 1448 Street is closed. Photo: Name/Agency",
        # A Hijri year out of range is no year.
        "Ramadan 12, 2027 is expected to fall in February. Photo: Name/Agency",
    ],
)
def test_no_day_without_its_calendar_s_marks(caption: str) -> None:
    assert when(caption)[0] is None


def test_the_calendars_arithmetic() -> None:
    # Meskerem 1 falls on 11 September, on 12 September before a Gregorian leap year; Pagume has six days then.
    assert _from_ethiopian(2019, 1, 1) == date(2026, 9, 11)
    assert _from_ethiopian(2016, 1, 1) == date(2023, 9, 12)
    assert _from_ethiopian(2015, 13, 6) == date(2023, 9, 11)
    assert _from_ethiopian(2018, 13, 6) is None
    # 1 Ramadan 1448: Umm al-Qura's 8 February 2027 (a day after the arithmetic calendar's).
    assert _umm_al_qura(1448, 9, 1) == date(2027, 2, 8)
    assert _umm_al_qura(1342, 9, 1) is None  # before the tables


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        # Urdu writes the Arabic comma after the weekday and before the year.
        (
            "وزیراعظم اسلام آباد میں خطاب کر رہے ہیں، بروز پیر، 11 جنوری، 2027۔ (فوٹو: اے پی پی)",
            ("2027-01-11", set()),
        ),
        (
            "وزیراعظم اسلام آباد میں خطاب کر رہے ہیں، منگل، 11 جنوری 2027۔ (فوٹو: اے پی پی)",
            ("2027-01-11", {WarningCode.WEEKDAY_MISMATCH}),
        ),
        # Arabic: a weekday before the Arabic comma is checked against the day.
        (
            "مواطنون يتفقدون منزلاً في بلدة سنجل، الأربعاء، 14 كانون الثاني 2027. (وفا)",
            ("2027-01-14", {WarningCode.WEEKDAY_MISMATCH}),
        ),
        # Amharic in the Gregorian calendar, as the CLDR writes it.
        ("ጠቅላይ ሚኒስትሩ በአዲስ አበባ ረቡዕ 20 ጃንዋሪ 2027 ተርሚናሉን መርቀዋል። (ኢዜአ)", ("2027-01-20", set())),
    ],
)
def test_urdu_amharic_and_the_arabic_comma(caption: str, expected: tuple[str, set[WarningCode]]) -> None:
    assert when(caption) == expected


def test_urdu_words_that_are_no_day() -> None:
    # "کل" is yesterday, tomorrow and "all"; "ہفتہ" Saturday and "week": read as no day alone.
    assert when("کل 25 افراد زخمی ہوئے۔ (فوٹو: اے پی پی)", date(2027, 1, 12))[0] is None
    assert when("اس ہفتہ بارش متوقع ہے۔ (فوٹو: اے پی پی)", date(2027, 1, 12))[0] is None


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        # The Hebrew calendar in letters: day, "ב" and the month, the year without its thousands.
        ("מפגינים מול הכנסת בירושלים, ח' באדר א' תשפ\"ז (צילום: יונתן זינדל/פלאש90)", "2027-02-15"),
        ('חגיגות ט"ו בשבט בתל אביב, ט"ו בשבט ה\'תשפ"ז (צילום: פלאש90)', "2027-01-23"),
        ('הדלקת נרות בירושלים, כ"ה בכסלו תשפ"ז (צילום: פלאש90)', "2026-12-05"),
    ],
)
def test_hebrew_calendar_days(caption: str, expected: str) -> None:
    assert when(caption)[0] == expected


@pytest.mark.parametrize(
    ("year", "month", "day", "written", "expected"),
    [
        (5787, 7, 1, "תשרי", date(2026, 9, 12)),  # Rosh Hashanah 5787
        (5787, 1, 15, "ניסן", date(2027, 4, 22)),  # Passover in a leap year
        (5786, 1, 15, "ניסן", date(2026, 4, 2)),
        (5787, 12, 14, "אדר", date(2027, 3, 23)),  # "אדר" alone in a leap year is Adar II: Purim
        (5787, 12, 14, "אדר א'", date(2027, 2, 21)),
        (5786, 13, 1, "אדר ב'", None),  # no Adar II in a common year
        (5786, 2, 30, "אייר", None),  # Iyar has 29 days
    ],
)
def test_from_hebrew(year: int, month: int, day: int, written: str, expected: date | None) -> None:
    assert _from_hebrew(year, month, day, written) == expected


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        # 1403 AP is a leap year: 30 Esfand is 20 March 2025, the eve of Nowruz.
        ("زائران در حرم حضرت معصومه (س) در قم، ۳۰ اسفند ۱۴۰۳. عکس: ایرنا", "2025-03-20"),
        # 1404 AP is not: 30 Esfand is no day (the arithmetic read it as Nowruz, 1 Farvardin 1405).
        ("زائران در حرم حضرت معصومه (س) در قم، ۳۰ اسفند ۱۴۰۴. عکس: ایرنا", None),
    ],
)
def test_the_last_day_of_a_solar_hijri_year(caption: str, expected: str | None) -> None:
    assert when(caption)[0] == expected
