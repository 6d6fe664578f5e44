"""Dates of culture and feature pages (stop 35, round two): a show or a building that opens in a relative
clause in the present (a day to come), a full month name of three letters in lower case with no year ("le 14
mai", "20 мая"), and an archive picture's year with "photographed" in Japanese, Chinese and Korean."""

from __future__ import annotations

from datetime import date

import pytest

from captions import Normaliser
from captions._model import WarningCode
from tests.parse.test_date import when

# A Friday.
REFERENCE = date(2028, 5, 19)


@pytest.mark.parametrize(
    "caption",
    [
        "Visitors walk through the new wing of the Kelvingrove Art Gallery in Glasgow, which opens to the public "
        "on Saturday. Picture: Andrew Milligan/PA",
        "The refurbished central library in Stockport, which reopens on Monday. Photograph: Christopher "
        "Thomond/The Guardian",
        "Curators hang a portrait at the Ulster Museum in Belfast, that opens to visitors on Tuesday. "
        "Photograph: Liam McBurney/PA",
    ],
)
def test_a_weekday_a_present_opening_clause_governs_dates_nothing(caption: str) -> None:
    iso, codes = when(caption, REFERENCE)
    assert iso is None
    assert WarningCode.MISSING_DATE in codes


def test_the_same_clause_in_the_past_dates_the_picture() -> None:
    caption = "Staff at the new supermarket in Truro, which opened on Tuesday. Picture: Ben Birchall/PA"
    assert when(caption, REFERENCE)[0] == "2028-05-16"


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        ("Des visiteurs au musée d'Orsay, à Paris, le 14 mai. AFP", "2028-05-14"),
        ("Demonstranter på Sergels torg i Stockholm den 3 maj. Foto: Anna Berg/TT", "2028-05-03"),
        (
            "МОСКВА, 18 мая. /ТАСС/. Посетители в Третьяковской галерее. Фото: Иван Петров/ТАСС",
            "2028-05-18",
        ),
        ("Bezoekers in het Rijksmuseum in Amsterdam op 14 mei. Foto: ANP / Remko de Waal", "2028-05-14"),
    ],
)
def test_a_three_letter_month_in_lower_case_dates_the_picture(caption: str, expected: str) -> None:
    assert when(caption, REFERENCE)[0] == expected


def test_the_english_verb_after_a_number_is_no_month() -> None:
    caption = "Officials in Cardiff say 3 may lose their jobs after the closure. Picture: Ben Birchall/PA"
    assert when(caption, REFERENCE)[0] is None


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        ("在りし日の作家、田中一郎さん（1978年撮影）（共同）", "1978"),
        ("死去した俳優の佐藤健二さん＝1992年撮影（共同）", "1992"),
        ("고 박정수 화백의 생전 모습. 1992년 촬영 [연합뉴스 자료사진]", "1992"),
    ],
)
def test_a_year_photographed_in_cjk_dates_the_picture(caption: str, expected: str) -> None:
    assert when(caption, REFERENCE)[0] == expected


def test_a_cjk_year_of_an_event_dates_nothing() -> None:
    assert when("東京で2024年に開かれた大会の会場（共同）", REFERENCE)[0] is None


@pytest.mark.parametrize(
    "caption",
    [
        "The emergency department at Letterkenny University Hospital, where 41 patients were waiting on "
        "trolleys on Tuesday. File picture: North West Newspix",
        "Fire crews at a warehouse in Drogheda, where a blaze broke out on Sunday. File photo: Colin "
        "Keegan/Collins Dublin",
    ],
)
def test_a_file_pictures_weekday_is_the_newss_and_dates_nothing(normaliser: Normaliser, caption: str) -> None:
    record = normaliser.normalise(caption, reference_date=REFERENCE.isoformat())
    assert record.date_created is None
    assert WarningCode.MISSING_DATE in {w.code for w in record.warnings}


def test_a_weekday_without_a_file_picture_still_dates_it(normaliser: Normaliser) -> None:
    caption = "Fire crews at the scene of a blaze in Drogheda on Sunday. Picture: Colin Keegan/Collins Dublin"
    assert normaliser.normalise(caption, reference_date=REFERENCE.isoformat()).date_created == "2028-05-14"
