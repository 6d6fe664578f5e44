"""The date the picture was made, in every agency form; background dates and issue dates are not it."""

from __future__ import annotations

from datetime import date

import pytest

from captions._model import WarningCode
from captions._parse import clean_with_breaks, zone
from captions._parse._credit import find_credit
from captions._parse._date import find_date


def when(caption: str, reference: date | None = None) -> tuple[str | None, set[WarningCode]]:
    text, breaks = clean_with_breaks(caption)
    credit = find_credit(text, breaks)
    zones = zone(text, credit.span, breaks)
    found = find_date(zones, reference)
    return found.iso, {code for code, _ in found.warnings}


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        ("Crowds gather in Lviv, Ukraine, Saturday, March 2, 2024. (AP Photo/Yuri Dyachyshyn)", "2024-03-02"),
        ("A girl plays in Kyiv, Ukraine, Tuesday, Jan. 10, 2023. (AP Photo/Efrem Lukatsky)", "2023-01-10"),
        (
            "FILE - A man stands in Gandhinagar, India, Jan.10, 2024. (AP Photo/Ajit Solanki, File)",
            "2024-01-10",
        ),
        ("Cars queue in Kyiv, Ukraine June 10, 2022. REUTERS/Valentyn Ogirenko", "2022-06-10"),
        ("Rescuers work in Kharkiv, Ukraine, 11 June 2022. EPA-EFE/SERGEY KOZLOV", "2022-06-11"),
        ("11.06.2022, Berlin: Menschen demonstrieren. Foto: Paul Zinken/dpa", "2022-06-11"),
        ("ARCHIV - 07.12.2019, USA, Newport News: Eine Taufe. Foto: Steve Helber/AP/dpa", "2019-12-07"),
        (
            "File photo dated 24-06-2014 of a cricketer. Issue date: Thursday April 2, 2015. "
            "Photo credit should read Tom Hevezi/PA Wire.",
            "2014-06-24",
        ),
        (
            "KYIV, UKRAINE - JUNE 11: People queue for food on June 11, 2022 in Kyiv, Ukraine. "
            "(Photo by Ana Ruiz/Getty Images)",
            "2022-06-11",
        ),
        ("20/07/2024 Varias personas pasean en Madrid (España). Luis Gómez - Europa Press", "2024-07-20"),
        (
            "Shoppers walk in downtown Chicago, Wednesday, Dec. 13, 2023, as snow falls after a storm hit on Dec. 9. "
            "(AP Photo/Erin Hooley)",
            "2023-12-13",
        ),
        (
            "In this April 10, 2020, photo released by Xinhua News Agency, a worker packs masks in Wuhan. "
            "(Li Xin/Xinhua via AP)",
            "2020-04-10",
        ),
        (
            "Boats sail off Sevastopol, Crimea, May 3, 2023. Picture taken May 1, 2023. REUTERS/Alexey Pavlishak",
            "2023-05-01",
        ),
        (
            "Photo taken with a drone on Sept. 7, 2022 shows a highway in Luding County. (Xinhua/Jiang Hongjing)",
            "2022-09-07",
        ),
    ],
)
def test_agency_date_forms(caption: str, expected: str) -> None:
    assert when(caption)[0] == expected


def test_background_sentence_does_not_give_the_date() -> None:
    caption = (
        "FILE - Lawmakers meet in Kyiv, Ukraine, on Feb. 23, 2022. Zelenskyy said Sunday that the talks "
        "would continue in March 2023. (AP Photo/Efrem Lukatsky, File)"
    )
    assert when(caption, date(2023, 3, 5))[0] == "2022-02-23"


def test_year_from_reference_date() -> None:
    caption = (
        "Residents collect water from a well in Mykolaiv, Ukraine, on June 7. (AP Photo/Petros Giannakouris)"
    )
    assert when(caption, date(2022, 6, 12)) == ("2022-06-07", set())
    # Filed in January, the December date is last year's.
    assert (
        when("Skaters on a frozen lake in Ottawa on Dec. 30. (AP Photo/Ann Lee)", date(2024, 1, 4))[0]
        == "2023-12-30"
    )


def test_no_year_and_no_reference_stays_partial_never_today() -> None:
    iso, codes = when(
        "Residents collect water in Mykolaiv, Ukraine, on June 7. (AP Photo/Petros Giannakouris)"
    )
    assert iso is None and codes == {WarningCode.PARTIAL_DATE}


def test_bare_weekday_with_reference_date() -> None:
    caption = "Mourners leave flowers at a memorial in Uvalde, Texas, on Sunday. (AP Photo/Eric Gay)"
    assert when(caption, date(2022, 5, 26))[0] == "2022-05-22"


def test_weekday_mismatch_keeps_the_written_date() -> None:
    iso, codes = when("Children play in Kharkiv, Ukraine, Sunday, June 11, 2022. (AP Photo/Marta Kos)")
    assert iso == "2022-06-11" and WarningCode.WEEKDAY_MISMATCH in codes


def test_undated_handout_has_no_date() -> None:
    caption = (
        "A couple stand by their home seen in an undated handout photo, after a tour on Sept. 1. "
        "THE CANADIAN PRESS/HO-Ann Kerr"
    )
    iso, codes = when(caption)
    assert iso is None and WarningCode.MISSING_DATE in codes


def test_missing_date() -> None:
    assert when("A serviceman stands guard near Kramatorsk. (AP Photo/Andriy Andriyenko)") == (
        None,
        {WarningCode.MISSING_DATE},
    )


def test_date_after_reference() -> None:
    assert (
        WarningCode.DATE_AFTER_REFERENCE
        in when("Fans in Paris on June 30, 2024. (Photo by ANNE DOE / AFP)", date(2024, 6, 1))[1]
    )


def test_month_and_year_only() -> None:
    iso, codes = when(
        "Fields lie flooded in Sindh province, Pakistan, in August 2022. (AP Photo/Fareed Khan)"
    )
    assert iso == "2022-08" and WarningCode.PARTIAL_DATE in codes
