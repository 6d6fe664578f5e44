"""Dates as news pages write them (stop 32, round three): the page's caption after a screen readers' alt
text, a weekday's evening event just past ("ahead of Thursday night's concert"), and a weekday a future verb
governs ("will play on Saturday"), which dates no picture."""

from __future__ import annotations

from datetime import date

import pytest

from captions._model import WarningCode
from tests.parse.test_date import when

# A Friday.
REFERENCE = date(2027, 7, 16)


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        # The alt text dates nothing; the page's caption after it gives the weekday.
        (
            "Alt text: A man in a high-vis jacket sweeps glass from a pavement.\n"
            "The clean-up in Hull city centre on Thursday (Image: Ross Kelly/Hull Live)",
            "2027-07-15",
        ),
        # An alt text of two sentences.
        (
            "Alt text: Two children splash through a flooded lane. The water reaches their knees.\n"
            "Flooding in Tadcaster on Monday (Image: Dan Rowe/Yorkshire Post)",
            "2027-07-12",
        ),
        (
            "Image description: A girl feeds a goat.\nVisitors at the show in Harrogate on Wednesday "
            "(Image: Gerard Binks/Yorkshire Post)",
            "2027-07-14",
        ),
        # A day word in the page's caption.
        (
            "Alt text: Firefighters spray water on a burning barn.\nThe fire at a farm near Thirsk yesterday "
            "(Image: North Yorkshire Fire)",
            "2027-07-15",
        ),
        # The evening of the filing day or the day before: the queue ahead of it is that day's.
        (
            "Fans queue outside Hampden Park in Glasgow ahead of Thursday night's concert. Picture: Jeff Holmes/PA",
            "2027-07-15",
        ),
        (
            "Fans gather outside Wembley Stadium ahead of Friday evening’s gig (Image: Kirsty O'Connor/PA)",
            "2027-07-16",
        ),
    ],
)
def test_page_dates(caption: str, expected: str) -> None:
    assert when(caption, REFERENCE)[0] == expected


@pytest.mark.parametrize(
    "caption",
    [
        # An evening to come (Saturday, filed on the Friday) or long past dates no picture.
        "Players warm up at Anfield in Liverpool ahead of Saturday night's game. Photograph: Peter Byrne/PA",
        "Fans queue at Murrayfield in Edinburgh ahead of Wednesday night's concert. Picture: Jane Barlow/PA",
        # A game's day without its evening stays the game's.
        "Players warm up at Ibrox in Glasgow ahead of Thursday's game. Photograph: Jeff Holmes/PA",
        # A weekday a future verb governs.
        "Rovers players train in Bristol and will play on Saturday night. Picture: Ben Birchall/PA",
        "Alt text: Protesters with banners outside a town hall.\nProtesters in Wakefield will march again on "
        "Saturday (Image: Scott Merrylees/Wakefield Express)",
    ],
)
def test_days_to_come_date_nothing(caption: str) -> None:
    iso, codes = when(caption, REFERENCE)
    assert iso is None
    assert WarningCode.MISSING_DATE in codes


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        # A weekday's event as a possessive right after "before" or "after", on the filing day or the day
        # before (the reference is a Friday): that day's picture.
        (
            "Fans walk to the stadium in Deventer before Thursday's derby. Photo: ANP / Rens Hoekstra",
            "2027-07-15",
        ),
        (
            "Fallen trees block Elm Street after Thursday night's storms. (Photo: KFDX viewer Lori Baker)",
            "2027-07-15",
        ),
        (
            "Hail covers Ruthven Street in Toowoomba after Friday afternoon's storm. Picture: Nev Madsen",
            "2027-07-16",
        ),
    ],
)
def test_an_event_just_past_after_before_or_after_dates_the_picture(caption: str, expected: str) -> None:
    assert when(caption, REFERENCE)[0] == expected


def test_an_event_days_past_after_after_dates_nothing() -> None:
    iso, codes = when("Workers repair roofs in Grafton after Monday's storm. Photo: Kate Ellis", REFERENCE)
    assert iso is None
    assert WarningCode.MISSING_DATE in codes
