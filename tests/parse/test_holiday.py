"""Holidays with their year read as the day they name; movable ones only where the rule is certain."""

from __future__ import annotations

from datetime import date

import pytest

from captions._model import WarningCode
from captions._parse import clean_with_breaks, zone
from captions._parse._credit import find_credit
from captions._parse._date import find_date
from captions._parse._holiday import find_holidays, holiday_day


def when(caption: str, reference: date | None = None) -> tuple[str | None, set[WarningCode]]:
    text, breaks = clean_with_breaks(caption)
    credit = find_credit(text, breaks)
    zones = zone(text, credit.span, breaks)
    found = find_date(zones, reference)
    return found.iso, {code for code, _ in found.warnings}


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        (
            "Shoppers walk past closed stores on Oxford Street in London on Christmas Day 2025. "
            "(Photo by Leon Neal/Getty Images)",
            "2025-12-25",
        ),
        (
            "Fireworks explode over the Sydney Harbour Bridge on New Year's Eve 2025. (AP Photo/Mark Baker)",
            "2025-12-31",
        ),
        (
            "Gläubige sitzen während der Christvesper in der Frauenkirche in Dresden am Heiligabend 2025. "
            "Foto: Robert Michael/dpa",
            "2025-12-24",
        ),
        (
            "Miles de personas toman las uvas en la Puerta del Sol de Madrid en Nochevieja de 2025. "
            "EFE/Fernando Villar",
            "2025-12-31",
        ),
        (
            "Des fidèles assistent à la messe à Notre-Dame de Paris le jour de Noël 2025. "
            "(Photo by Ludovic MARIN / AFP)",
            "2025-12-25",
        ),
        (
            "Swimmers take a dip in the sea at Brighton on Boxing Day, 2025. (Photo by Jane Smith/PA Images)",
            "2025-12-26",
        ),
        (
            "Ein Spaziergänger am Strand von Warnemünde am ersten Weihnachtsfeiertag 2025. "
            "Foto: Bernd Wüstneck/dpa",
            "2025-12-25",
        ),
        ("Människor firar på Skansen i Stockholm på nyårsafton 2025. Foto: Anders Wiklund/TT", "2025-12-31"),
        # Easter's days, from the Western Easter Sunday (April 5 in 2026).
        (
            "Pilgrims carry a cross along the Via Dolorosa in Jerusalem's Old City on Good Friday 2026. "
            "(AP Photo/Mahmoud Illean)",
            "2026-04-03",
        ),
        (
            "Pope Leo XIV delivers his blessing in St. Peter's Square on Easter Sunday 2026. "
            "(AP Photo/Andrew Medichini)",
            "2026-04-05",
        ),
        (
            "Familien beim Eiersuchen im Englischen Garten in München am Ostermontag 2026. "
            "Foto: Sven Hoppe/dpa",
            "2026-04-06",
        ),
        # Orthodox Easter in 2026 is April 12: said right before the name, it is that one.
        (
            "Worshippers hold candles at the Church of the Holy Sepulchre in Jerusalem on Orthodox Easter "
            "Sunday 2026. (AP Photo/Ohad Zwigenberg)",
            "2026-04-12",
        ),
    ],
)
def test_a_holiday_with_its_year_is_its_day(caption: str, expected: str) -> None:
    assert when(caption) == (expected, set())


def test_us_thanksgiving_is_read_and_said_so() -> None:
    caption = (
        "Balloons float down Central Park West during the Macy's parade in New York on Thanksgiving Day "
        "2025. (AP Photo/Yuki Iwamura)"
    )
    assert when(caption) == ("2025-11-27", {WarningCode.PARTIAL_DATE})
    assert holiday_day("Thanksgiving 2026") is not None
    assert holiday_day("Thanksgiving 2026").day == date(2026, 11, 26)  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "caption",
    [
        # Which Easter an Orthodox church elsewhere in the sentence keeps is not certain.
        "Orthodox believers attend a service in Kyiv on Easter Sunday 2026. (AP Photo/Efrem Lukatsky)",
        # The Orthodox Christmas is another calendar's day.
        "Orthodox Christians attend a service on Christmas Day 2026 in Moscow. (AP Photo/Alexander Zemlianichenko)",
        # Canada's Thanksgiving is the second Monday of October.
        "Families share dinner in Toronto, Canada, on Thanksgiving 2025. (Photo by Cole Burston/Getty Images)",
        # No year: no date without a reference; a season is no day.
        "Shoppers walk past closed stores on Oxford Street in London on Christmas Day. (Photo by Leon Neal)",
        "Lights decorate Regent Street in London ahead of Christmas 2025. (Photo by Leon Neal/Getty Images)",
    ],
)
def test_a_holiday_not_certain_gives_no_date(caption: str) -> None:
    assert when(caption)[0] is None


@pytest.mark.parametrize(
    "caption",
    [
        "Workers set up the stage in Times Square ahead of New Year's Eve 2025 in New York. "
        "(AP Photo/Yuki Iwamura)",
        "Vorbereitungen für Silvester 2025 am Brandenburger Tor in Berlin. Foto: Christoph Soeder/dpa",
        "Operarios montan el escenario antes de la Nochevieja de 2025 en la Puerta del Sol. EFE/Fernando Villar",
        "Volunteers stack chairs in the church hall before Easter Sunday 2026 in Leeds. (Photo by Jane Roe/PA)",
    ],
)
def test_a_holiday_to_come_gives_no_date(caption: str) -> None:
    assert when(caption, date(2026, 12, 9))[0] is None


def test_an_uncertain_easter_is_no_weekday_either() -> None:
    # "Sunday" of "Easter Sunday" is not read as the last Sunday before the filing day.
    caption = "Orthodox believers attend a service in Kyiv on Easter Sunday 2026. (AP Photo/Efrem Lukatsky)"
    assert when(caption, date(2026, 12, 9))[0] is None


def test_a_holiday_in_a_background_clause_is_no_day_taken() -> None:
    caption = (
        "Volunteers clear debris in Mayfield, Ky., Friday, Dec. 11, 2026, five years after the tornado of "
        "Christmas Day 2021. (AP Photo/Timothy D. Easley)"
    )
    assert when(caption)[0] == "2026-12-11"


def test_find_holidays_says_where_and_whether_read() -> None:
    text = "Fans on Boxing Day 2025 and Orthodox faithful at Easter Sunday 2026."
    found = find_holidays(text)
    assert [(text[a:b], read) for a, b, read in found] == [
        ("Boxing Day 2025", False),
        ("Easter Sunday 2026", False),
    ]
    assert find_holidays("Fans on Boxing Day 2025.") == ((8, 23, True),)


@pytest.mark.parametrize(
    "text",
    [
        "Fans celebrate on Boxing Day in Leeds, England. (AP Photo/Jon Super)",  # no digit
        "Fans on Boxing Day ²⁰²⁵ in Leeds",  # digits to Python, not to the year's pattern
        "Crowds on Christmas Day ٢٠٢٥ in Bethlehem",  # Arabic-Indic: read as digits elsewhere, not here
        "Runners at the Boxing Day 10K, 26.12., in Leeds",  # digits, no year
    ],
)
def test_a_text_without_a_year_names_no_holiday_s_day(text: str) -> None:
    # The year's pattern alone decides it, without a digit test first.
    assert find_holidays(text) == ()


@pytest.mark.parametrize(
    ("caption", "reference", "expected"),
    [
        # A holiday after a preposition of time, with no year: the latest such day within a week of filing.
        (
            "Fyrverkerier över Oslo på nyttårsaften. Foto: Stian Lysberg Solum/NTB",
            date(2027, 1, 1),
            "2026-12-31",
        ),
        (
            "Feuerwerk über dem Brandenburger Tor an Silvester. Foto: Christoph Soeder/dpa",
            date(2027, 1, 2),
            "2026-12-31",
        ),
        (
            "Families pray at the Church of the Nativity on Christmas Eve. (AP Photo/Mahmoud Illean)",
            date(2026, 12, 25),
            "2026-12-24",
        ),
        # Too long before the filing day, a holiday a word describes, or one to come: no day.
        (
            "Families pray at the Church of the Nativity on Christmas Eve. (AP Photo/Mahmoud Illean)",
            date(2027, 2, 20),
            None,
        ),
        (
            "Un joven acude al desfile de la segunda Nochevieja en Ciudad del Cabo. EFE/ N. Bothma",
            date(2027, 1, 2),
            None,
        ),
        (
            "Shoppers prepare for New Year's Eve in Edinburgh. (Photo by Jeff J Mitchell/Getty Images)",
            date(2027, 1, 1),
            None,
        ),
    ],
)
def test_a_recent_holiday_without_its_year(caption: str, reference: date, expected: str | None) -> None:
    assert when(caption, reference)[0] == expected
