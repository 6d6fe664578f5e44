"""Dates of stop 29's pages and feeds: Japanese era years, a Japanese day bracketed after the scene, a day of
the month alone after "on the", Polish and Czech month-years, and the Hebrew Sabbath's close."""

from __future__ import annotations

from datetime import date

import pytest

from captions._model import WarningCode
from tests.parse.test_date import when

# A Friday: Saturday 13 February 2027 is the week's Saturday.
REFERENCE = date(2027, 2, 19)


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        # Japan's eras: Reiwa 9 is 2027, "元年" the era's first year.
        ("令和9年2月16日、東京・永田町の首相官邸で記者会見する首相（写真：共同）", "2027-02-16"),
        ("令和元年5月1日、皇居で行われた儀式（写真：共同）", "2019-05-01"),
        ("平成23年3月11日、宮城県名取市の沿岸部（写真：共同）", "2011-03-11"),
        # The day bracketed after the scene is the filing month's.
        ("大雪に見舞われた札幌市中心部（17日）。写真：山田太郎", "2027-02-17"),
        # A day of the month alone after "on the": the last such day up to the filing day.
        (
            "Pupils return to school in Leeds on the 15th after the half-term break. Picture: Simon Hulme",
            "2027-02-15",
        ),
        ("The new stand opened at the ground in Leeds on the 25th. Picture: Simon Hulme", "2027-01-25"),
        # Polish and Czech month-years, nominative or locative.
        ("Zdjęcie archiwalne: Stocznia Gdańska w sierpniu 1980 r. Fot. PAP/CAF", "1980-08"),
        ("Stocznia Gdańska, sierpień 1980. Fot. PAP/CAF", "1980-08"),
        ("Sovětské tanky v Praze v srpnu 1968. Foto: ČTK", "1968-08"),
        # A cue after the date says the picture was taken then: Bengali "তোলা", Japanese "撮影".
        ("ঢাকার বইমেলায় পাঠকের ভিড়। শনিবার (১৩ ফেব্রুয়ারি) তোলা। ছবি: সাজিদ হোসেন", "2027-02-13"),
        ("首相官邸で記者会見する首相。2月16日撮影（写真：共同）", "2027-02-16"),
        # Hebrew: the close of the Sabbath is Saturday night.
        ("מפגינים בכיכר הבימה בתל אביב במוצאי שבת (צילום: תומר אפלבאום)", "2027-02-13"),
    ],
)
def test_page_dates(caption: str, expected: str) -> None:
    assert when(caption, REFERENCE)[0] == expected


@pytest.mark.parametrize(
    "caption",
    [
        # An ordinal before a noun is no day: a floor, a century, an anniversary.
        "Office workers on the 15th floor of the tower in Leeds. Picture: Simon Hulme",
        "A fresco painted in the 15th century in Florence. Picture: Simon Hulme",
        # Friday night is the Sabbath's eve, no Saturday.
        "מתפללים בכותל המערבי בליל שבת (צילום: תומר אפלבאום)",
    ],
)
def test_no_page_date(caption: str) -> None:
    assert when(caption, REFERENCE)[0] is None


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        # A page's copyright notice or time stamp before the caption is chrome: the caption's weekday dates the
        # picture (Friday 19 February 2027 is the reference).
        (
            "Copyright 2027 The Associated Press. All rights reserved.\nA boy plays in the snow in Sapporo on "
            "Monday. (AP Photo/Eugene Hoshiko)",
            "2027-02-15",
        ),
        (
            "© 2027 Reuters.\nA boy plays in the snow in Sapporo on Monday. REUTERS/Kim Kyung-Hoon",
            "2027-02-15",
        ),
        (
            "Posted at 10:42, February 18, 2027. A boy plays in the snow in Sapporo on Monday. REUTERS/Kim Kyung-Hoon",
            "2027-02-15",
        ),
        # The stamp's time before its day.
        (
            "Updated 10:42 GMT, February 18, 2027\nA boy plays in the snow in Sapporo on Monday. REUTERS/Kim Kyung-Hoon",
            "2027-02-15",
        ),
        (
            "Published 9:15 a.m. ET, Thursday, February 18, 2027\nA boy plays in the snow in Sapporo on Monday. "
            "(AP Photo/Eugene Hoshiko)",
            "2027-02-15",
        ),
    ],
)
def test_a_pages_copyright_and_time_stamp_do_not_date_the_picture(caption: str, expected: str) -> None:
    assert when(caption, REFERENCE)[0] == expected


@pytest.mark.parametrize(
    "caption",
    [
        # An embargo before the caption, in other languages: its day is the publication's, not the picture's
        # (the caption's Tuesday is 16 February 2027).
        "EMBARGO: 18. Februar 2027, 06:00 Uhr. Demonstranten in Berlin am Dienstag. Foto: Christoph Soeder/dpa",
        "Sous embargo jusqu'au 18 février 2027. Des manifestants à Paris mardi. © Ludovic Marin / AFP",
        "EMBARGO HASTA EL 18 DE FEBRERO DE 2027. Manifestantes en Madrid el martes. EFE/Mariscal",
        "Embargo fino al 18 febbraio 2027 ore 6. Manifestanti a Roma martedì. ANSA/Riccardo Antimiani",
    ],
)
def test_an_embargo_in_other_languages_does_not_date_the_picture(caption: str) -> None:
    assert when(caption, REFERENCE)[0] == "2027-02-16"


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        # Brazilian pages write the day of the month in brackets after its weekday; filed on Friday the
        # 19th, "terça-feira (9)" is the 9th, not the latest Tuesday (the 16th).
        (
            "Manifestantes protestam em frente ao Congresso Nacional, em Brasília, na terça-feira (9). Foto:"
            " Marcelo Camargo/Agência Brasil",
            "2027-02-09",
        ),
        (
            "Torcedores lotam o Maracanã, no Rio de Janeiro, neste domingo (14). Foto: Gilvan de Souza/CRF",
            "2027-02-14",
        ),
        # Without the bracket, the latest such weekday.
        (
            "Torcedores lotam o Maracanã, no Rio de Janeiro, neste domingo. Foto: Gilvan de Souza/CRF",
            "2027-02-14",
        ),
    ],
)
def test_a_weekday_with_its_day_in_brackets(caption: str, expected: str) -> None:
    assert when(caption, REFERENCE) == (expected, set())


def test_a_bracketed_day_that_is_not_the_weekday_is_that_day_flagged() -> None:
    # The 10th of February 2027 is a Wednesday: the page wrote the day to say which it meant, so the 10th,
    # flagged as a mismatch of its weekday.
    caption = "Torcedores lotam o Maracanã, no Rio de Janeiro, neste domingo (10). Foto: Gilvan de Souza/CRF"
    assert when(caption, REFERENCE) == ("2027-02-10", {WarningCode.WEEKDAY_MISMATCH})


def test_a_bracketed_day_weeks_back_gives_the_latest_weekday_flagged() -> None:
    # Filed on 19 February 2027, "(21)" is the 21st of January, too far back for the bracket.
    caption = "Torcedores lotam o Maracanã, no Rio de Janeiro, neste domingo (21). Foto: Gilvan de Souza/CRF"
    assert when(caption, REFERENCE) == ("2027-02-14", {WarningCode.PARTIAL_DATE})


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        # Pages say "this morning" and "last night" of the day they are filed (a Friday, the 19th).
        (
            "Gardaí at the scene on the Main Street in Naas, Co Kildare, this morning (Pic: RollingNews.ie)",
            "2027-02-19",
        ),
        (
            "Le auto bloccate sulla tangenziale di Napoli stamattina (foto di Gennaro Esposito / ANSA)",
            "2027-02-19",
        ),
        (
            "Firefighters at the scene of a warehouse blaze in Leeds last night. Picture: Simon Hulme",
            "2027-02-18",
        ),
        # A date written wins over them.
        (
            "Protesters march in Paris last night against the reform, Feb. 3, 2027. (AP Photo/Thibault Camus)",
            "2027-02-03",
        ),
    ],
)
def test_this_morning_and_last_night(caption: str, expected: str) -> None:
    assert when(caption, REFERENCE) == (expected, set())


# Tuesday 13 April 2027: Arabic "اليوم" (today) where it closes its clause.
ARABIC_REFERENCE = date(2027, 4, 13)


@pytest.mark.parametrize(
    "caption",
    [
        "ولي العهد يستقبل رئيس الوزراء الباكستاني في الرياض اليوم. (واس)",
        "رئيس الدولة يستقبل وزير الخارجية الفرنسي اليوم، في أبوظبي. (وام)",
        "حريق في مستودع للأخشاب في دبي اليوم (الخليج)",
    ],
)
def test_arabic_today_closing_its_clause(caption: str) -> None:
    assert when(caption, ARABIC_REFERENCE)[0] == "2027-04-13"


@pytest.mark.parametrize(
    "caption",
    [
        # "The day" of a name: the National Day, World Health Day.
        "زوار يلتقطون الصور في احتفالات اليوم الوطني في دبي. (وام)",
        "فعاليات اليوم العالمي للصحة في الرياض. (واس)",
    ],
)
def test_arabic_day_of_a_name_is_no_date(caption: str) -> None:
    assert when(caption, ARABIC_REFERENCE)[0] is None
