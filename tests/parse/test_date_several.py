"""Captions whose sentence 1 names several days (issue 13): the day the picture shows against a handout's
release day, a video's posting day, a wire dateline's filing day, a death or a law recalled beside it, and a
day and month that name a thing; a warning where nothing decides (_parse/_date/_several.py)."""

from __future__ import annotations

from datetime import date

import pytest

from captions._model import WarningCode
from tests.parse.test_date import when


# "image taken from video posted on ... on": the posting's day, not the picture's.
@pytest.mark.parametrize(
    ("caption", "reference", "expected"),
    [
        (
            "In this image taken from video posted on social media on March 4, 2026, firefighters spray water "
            "on a burning warehouse in Kharkiv, Ukraine, on March 3, 2026. (AP Photo)",
            date(2026, 3, 5),
            "2026-03-03",
        ),
        (
            "A screenshot taken from a video shared on X on Oct. 12, 2026 shows floodwater in Valencia, Spain, "
            "on Oct. 11, 2026. (Social Media via REUTERS)",
            None,
            "2026-10-11",
        ),
    ],
)
def test_a_release_verb_after_the_capture_cue_makes_the_date_the_release(
    caption: str, reference: date | None, expected: str
) -> None:
    assert when(caption, reference) == (expected, set())


# A handout's release day as the only full date, with the weekday of the picture beside it.
@pytest.mark.parametrize(
    ("caption", "reference", "expected"),
    [
        (
            "Rescuers carry a survivor out of the rubble in Herat on Thursday, in this picture obtained by "
            "Reuters on March 14, 2026. REUTERS",
            date(2026, 3, 14),
            "2026-03-12",
        ),
        (
            "A still image from a video posted on Telegram on May 3, 2026 shows a drone hitting a fuel depot in "
            "Novorossiysk, Russia, on Friday. Social Media/via REUTERS",
            None,
            "2026-05-01",
        ),
    ],
)
def test_the_weekday_beside_a_release_day_dates_the_picture(
    caption: str, reference: date | None, expected: str
) -> None:
    assert when(caption, reference) == (expected, set())


def test_a_death_in_a_relative_clause_yields_to_the_weekday() -> None:
    caption = (
        "Fans leave flowers beside a mural of singer Tina Morales, who died on Jan. 3, 2026, in Seville, "
        "Spain, on Saturday. (AP Photo/Manu Fernandez)"
    )
    assert when(caption, date(2026, 3, 9)) == ("2026-03-07", set())


def test_a_death_in_a_relative_clause_alone_is_flagged() -> None:
    caption = "A mural of singer Tina Morales, who died on Jan. 3, 2026, in Seville, Spain. (AP Photo)"
    assert when(caption, None) == ("2026-01-03", {WarningCode.PARTIAL_DATE})


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        (
            "WASHINGTON, March 5, 2026 -- Senate Majority Leader John Thune talks to reporters at the U.S. "
            "Capitol on Wednesday, March 4, 2026. (AP Photo/Mark Schiefelbein)",
            "2026-03-04",
        ),
        (
            "Des manifestants devant l'Assemblée nationale à Paris, le 12 mars 2026, contre la loi immigration, "
            "promulguée le 26 janvier 2024. (Photo Thomas SAMSON / AFP)",
            "2026-03-12",
        ),
        (
            "Cumhurbaşkanı Erdoğan, 23 Nisan 1920'de açılan Meclis'in kuruluş yıl dönümü töreninde, "
            "23 Nisan 2026. (Anadolu Ajansı)",
            "2026-04-23",
        ),
        (
            "A woman clears mud from her shop in Derna, Libya, Wednesday, Sept. 13, 2023, three days after "
            "the storm hit the city on Sept. 10, 2023. (AP Photo/Yousef Murad)",
            "2023-09-13",
        ),
    ],
)
def test_the_picture_day_among_several_of_sentence_one(caption: str, expected: str) -> None:
    assert when(caption, None) == (expected, set())


def test_two_days_nothing_decides_between_are_flagged() -> None:
    caption = (
        "Protesters march in Lyon on March 3, 2026 and in Marseille on March 5, 2026 against the reform."
    )
    assert when(caption, None) == ("2026-03-03", {WarningCode.PARTIAL_DATE})


@pytest.mark.parametrize(
    "caption",
    [
        "Former members of the January 6 committee speak at a news conference in Washington. (AP Photo)",
        "Survivors of the Oct. 7 attack attend a memorial at the Nova festival site in Israel. (AP Photo)",
    ],
)
def test_a_day_and_month_naming_a_thing_is_no_date(caption: str) -> None:
    assert when(caption, date(2026, 12, 3)) == (None, {WarningCode.MISSING_DATE})


# A death's or a birth's participle after a comma, and "since" in other languages: another day's date.
@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        (
            "La escritora Elena Garro, fallecida el 22 de agosto de 1998, en una fotografía de archivo tomada "
            "el 3 de mayo de 1994 en Cuernavaca (México). EFE/Archivo",
            "1994-05-03",
        ),
        (
            "Le chanteur Johnny Hallyday, décédé le 5 décembre 2017, sur la scène du Stade de France à "
            "Saint-Denis, le 15 juin 2012. (Photo Bertrand GUAY / AFP)",
            "2012-06-15",
        ),
        (
            "مصلون في المسجد الأموي بدمشق، 4 ديسمبر 2026، بعد إغلاق منذ 8 ديسمبر 2024. (رويترز)",
            "2026-12-04",
        ),
        (
            "Des soldats patrouillent dans les rues de Bamako, le 3 décembre 2026, sous couvre-feu depuis le "
            "28 novembre 2026. (Photo AFP)",
            "2026-12-03",
        ),
    ],
)
def test_a_death_or_since_day_in_other_languages_yields(caption: str, expected: str) -> None:
    assert when(caption, None) == (expected, set())


def test_a_weekday_apart_from_an_event_day_without_reference_is_flagged() -> None:
    caption = "Volunteers hand out water in Valencia, Spain, on Thursday after the floods of Oct. 29, 2024. (AP Photo)"
    assert when(caption, None) == ("2024-10-29", {WarningCode.PARTIAL_DATE})


def test_another_day_in_a_japanese_caption_is_flagged() -> None:
    caption = "3日に開幕した全日本フィギュアスケート選手権＝5日、大阪府門真市（共同）"
    assert when(caption, date(2026, 12, 6)) == ("2026-12-05", {WarningCode.PARTIAL_DATE})


def test_a_japanese_caption_with_one_day_is_not_flagged() -> None:
    caption = "記者会見する高市首相＝5日午後、首相官邸（共同）"
    assert when(caption, date(2026, 12, 6)) == ("2026-12-05", set())


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        # TASS and Ukrinform: the description, then the date alone on its own, a word for "year" after it.
        (
            "Жители разбирают завалы после обстрела в Горловке. 4 февраля 2027 года. Фото: Иван Петров/ТАСС",
            "2027-02-04",
        ),
        ("Рятувальники на місці удару по Дніпру. 3 лютого 2027 року. Фото: Укрінформ", "2027-02-03"),
        ("Commuters queue at Waterloo station in London. 2 February 2027. Photo: Jane Cole", "2027-02-02"),
    ],
)
def test_a_later_sentence_that_is_the_date_alone_dates_the_picture(caption: str, expected: str) -> None:
    assert when(caption, date(2027, 2, 5)) == (expected, set())
