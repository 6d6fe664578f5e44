"""Dates in every language (issue 13, stop 32): the CLDR's words for today and yesterday in the scripts of
South Asia, a short time sentence after the scene, a date on a line of its own after the credit."""

from __future__ import annotations

from datetime import date

import pytest

from captions._model import WarningCode
from tests.parse.test_date import when


@pytest.mark.parametrize(
    ("caption", "reference", "expected"),
    [
        # Sinhala: yesterday (the 9th in brackets), today, the day before yesterday.
        ("කොළඹ කොටුව දුම්රිය ස්ථානයේ ඊයේ (09) දින මගී තදබදය. ඡායාරූපය: ලංකාදීප", date(2027, 7, 10), "2027-07-09"),
        ("මහනුවර දළදා මාළිගාව අසල අද පැවති පෙරහර. ඡායාරූපය: දිවයින", date(2027, 8, 3), "2027-08-03"),
        ("යාපනය නගරයේ පෙරේදා ඇති වූ ගංවතුර. ඡායාරූපය: දිවයින", date(2027, 11, 20), "2027-11-18"),
        # Tamil, Telugu, Kannada, Malayalam, Gujarati.
        ("சென்னையில் நேற்று பெய்த மழையால் தேங்கிய நீர். படம்: தினமணி", date(2027, 11, 10), "2027-11-09"),
        ("హైదరాబాద్‌లో నిన్న కురిసిన వర్షం. ఫోటో: ఈనాడు", date(2027, 7, 15), "2027-07-14"),
        ("ಬೆಂಗಳೂರಿನಲ್ಲಿ ಇಂದು ನಡೆದ ಪ್ರತಿಭಟನೆ. ಚಿತ್ರ: ಪ್ರಜಾವಾಣಿ", date(2027, 7, 15), "2027-07-15"),
        ("കൊച്ചിയിൽ ഇന്നലെ നടന്ന സമരം. ഫോട്ടോ: മനോരമ", date(2027, 7, 15), "2027-07-14"),
        ("અમદાવાદમાં આજે યોજાયેલી રથયાત્રા. તસવીર: સંદેશ", date(2027, 7, 5), "2027-07-05"),
        # Bengali, Nepali and Hindi, whose months and weekdays were read already.
        ("খুলনায় গতকাল ঝড়ে ভেঙে পড়া গাছ। ছবি: প্রথম আলো", date(2027, 5, 27), "2027-05-26"),
        ("काठमाडौंको रत्नपार्कमा हिजो भएको प्रदर्शन। तस्बिर: रासस", date(2027, 9, 8), "2027-09-07"),
        ("लखनऊ में आज किसानों का प्रदर्शन। फोटो: पीटीआई", date(2027, 2, 10), "2027-02-10"),
    ],
)
def test_the_cldr_words_for_today_and_yesterday_in_south_asian_scripts(
    caption: str, reference: date, expected: str
) -> None:
    assert when(caption, reference)[0] == expected


@pytest.mark.parametrize(
    "caption",
    [
        # Hindi "कल" is yesterday and tomorrow both: the CLDR gives it for two days, so it is neither.
        "मुंबई में कल होने वाले मैच से पहले अभ्यास करते खिलाड़ी। फोटो: पीटीआई",
        # Sinhala "අද" (today) opens "අදාළ" (relevant), a vowel sign after it.
        "කොළඹ අදාළ නිලධාරීන් රැස්වීමකට සහභාගී වූහ. ඡායාරූපය: ලංකාදීප",
    ],
)
def test_a_word_for_two_days_or_inside_a_word_is_no_day(caption: str) -> None:
    iso, warnings = when(caption, date(2027, 2, 10))
    assert iso is None and WarningCode.MISSING_DATE in warnings


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        # The scene, then its time in a sentence of its own: today, Friday, in the morning.
        ("রাজধানীর কমলাপুর রেলস্টেশনে ঘরমুখো মানুষের ভিড়। আজ শুক্রবার সকালে। ছবি: প্রথম আলো", "2027-05-14"),
        ("রাজশাহীতে আমের বাজারে ক্রেতাদের ভিড়। শনিবার সকালে। ছবি: প্রথম আলো", "2027-05-08"),
        ("সিলেটে বন্যার পানিতে ডুবে থাকা সড়ক। গতকাল বিকেলে। ছবি: প্রথম আলো", "2027-05-13"),
        # A longer sentence's weekday is another day's: prices will rise from Saturday, traders say.
        ("রাজশাহীতে আমের বাজারে ক্রেতাদের ভিড়। ব্যবসায়ীরা বলেন শনিবার থেকে দাম বাড়বে। ছবি: প্রথম আলো", None),
    ],
)
def test_a_short_time_sentence_after_the_scene_dates_it(caption: str, expected: str | None) -> None:
    assert when(caption, date(2027, 5, 14))[0] == expected


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        (
            "Dışişleri Bakanı, Trablus'ta mevkidaşı ile görüştü. (Dışişleri Bakanlığı - Anadolu Ajansı)\n\n22.05.2027",
            "2027-05-22",
        ),
        (
            "Bakan, Ankara'da öğretmenlerle bir araya geldi. (MEB - Anadolu Ajansı)\n\n03.02.2027",
            "2027-02-03",
        ),
        # Or with the month's name, on the credit's line.
        (
            "Gaziantep'te bakırcılar çarşısında ustalar çalışıyor. (Fotoğraf: Ayşe Kaya - AA) 12 Mayıs 2027",
            "2027-05-12",
        ),
        (
            "Ziyaretçiler Şanlıurfa'da Balıklıgöl'ü geziyor. (Fotoğraf: Ali Er - AA) 3 Şubat 2027",
            "2027-02-03",
        ),
        # More than the date after the credit is no date stamp of it.
        ("Bakan, Ankara'da öğretmenlerle bir araya geldi. (MEB - Anadolu Ajansı)\n\nArşiv 03.02.2027", None),
    ],
)
def test_a_date_alone_after_the_credit_dates_the_picture(caption: str, expected: str | None) -> None:
    assert when(caption, date(2027, 5, 23))[0] == expected


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        (
            "Fila para vacinação em posto de saúde de Belo Horizonte nesta sexta (9). — Foto: Reprodução/TV Globo",
            "2027-07-09",
        ),
        ("Chuva alaga ruas do Recife nesta segunda (5). — Foto: Reprodução/TV Globo", "2027-07-05"),
        # Alone, "quinta" is a word (the fifth): no day.
        ("Torcedores na quinta edição da feira em Curitiba. — Foto: Reprodução/RPC", None),
    ],
)
def test_a_brazilian_short_weekday_before_its_bracketed_day(caption: str, expected: str | None) -> None:
    assert when(caption, date(2027, 7, 10))[0] == expected


def test_a_short_weekday_whose_bracketed_day_is_another_weekday_is_flagged() -> None:
    # The 6th of July 2027 is a Tuesday, no Friday: the 6th the page wrote, flagged as a mismatch.
    iso, warnings = when(
        "Fila em Belo Horizonte nesta sexta (6). — Foto: Reprodução/TV Globo", date(2027, 7, 10)
    )
    assert iso == "2027-07-06" and WarningCode.WEEKDAY_MISMATCH in warnings


@pytest.mark.parametrize(
    ("caption", "reference", "expected"),
    [
        # 10 Dhu al-Hijjah 1448 is 16 May 2027 in the arithmetic calendar; Turkey kept the 17th: filed that
        # day, the 17th (a day either side of the arithmetic one, not after the filing day).
        (
            "ANKARA (AA) - Kurban Bayramı'nın ilk gününde Kocatepe Camii'nde bayram namazı kılındı. (Ali Kaya - AA)",
            date(2027, 5, 17),
            "2027-05-17",
        ),
        (
            "Muslims pray on the first day of Eid al-Adha at a mosque in Jakarta. (Photo: Budi Santoso/Reuters)",
            date(2027, 5, 16),
            "2027-05-16",
        ),
        # Filed weeks later, or with no first day named, the feast dates nothing.
        (
            "ANKARA (AA) - Kurban Bayramı'nın ilk gününde Kocatepe Camii'nde bayram namazı kılındı. (Ali Kaya - AA)",
            date(2027, 6, 20),
            None,
        ),
        (
            "ANKARA (AA) - Kurban Bayramı öncesi hayvan pazarında hareketlilik. (Ali Kaya - AA)",
            date(2027, 5, 17),
            None,
        ),
    ],
)
def test_the_first_day_of_a_hijri_feast_with_a_reference_date(
    caption: str, reference: date, expected: str | None
) -> None:
    iso, warnings = when(caption, reference)
    assert iso == expected
    # The day a country keeps may be a day apart from the arithmetic one: flagged.
    assert (WarningCode.PARTIAL_DATE in warnings) == (expected is not None)


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        # Nowruz: 1 Farvardin 1375 was 20 March 1996, 1379 was 20 March 2000, 1408 falls on 20 March 2029 (the
        # days the jdatetime package gives; counted from 1 AP, the 33-year cycle put them a day late).
        ("تهران، یکم فروردین ۱۳۷۵. عکس: ایرنا", "1996-03-20"),
        ("تهران، ۱ فروردین ۱۳۷۹. عکس: ایرنا", "2000-03-20"),
        ("تهران، ۱ فروردین ۱۴۰۸. عکس: ایرنا", "2029-03-20"),
        ("تهران، شنبه ۱ خرداد ۱۴۰۶. عکس: ایرنا", "2027-05-22"),
    ],
)
def test_a_solar_hijri_day_as_jdatetime_reckons_it(caption: str, expected: str) -> None:
    assert when(caption)[0] == expected


def test_a_short_sentence_whose_day_does_not_open_it_is_another_day() -> None:
    assert (
        when("Olympic champion Sara Lind at a race in Oslo. Lind died on Sunday.", date(2027, 5, 14))[0]
        is None
    )
