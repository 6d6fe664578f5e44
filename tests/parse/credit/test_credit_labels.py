"""Credits of stop 31's pages: Europa Press's "EUROPA PRESS/Initial. Name", and a label opening a caption that
is all sentence ("File photo: Traders at a market in Kano.") is no credit."""

from __future__ import annotations

import pytest

from tests.parse.credit.test_find import credit


@pytest.mark.parametrize(
    ("caption", "creator", "line"),
    [
        (
            "La vicepresidenta, a su llegada al Senado, este martes, en Madrid. EUROPA PRESS/J. Hellín",
            "J. Hellín",
            "EUROPA PRESS/J. Hellín",
        ),
        (
            "Cientos de personas se manifiestan este sábado en Barcelona. Europa Press/D. Zorrakino",
            "D. Zorrakino",
            "Europa Press/D. Zorrakino",
        ),
    ],
)
def test_europa_press_initial(caption: str, creator: str, line: str) -> None:
    found = credit(caption)
    assert (found.creator, found.line, found.source) == (creator, line, "Europa Press")


@pytest.mark.parametrize(
    "caption",
    [
        "File photo: Traders at a market in Kano.",
        "Photo: Commuters wait at a bus stop in Abuja.",
        "File picture: Flood water on a road in Abuja, Nigeria.",
    ],
)
def test_label_over_whole_caption_is_no_credit(caption: str) -> None:
    assert credit(caption).line is None


@pytest.mark.parametrize(
    ("caption", "line"),
    [
        # The same labels before a credit stay credits, the caption's text after a break or before them.
        ("Photo: REUTERS/Afolabi Sotunde", "REUTERS/Afolabi Sotunde"),
        ("File photo: Ade Okoro/Punch", "Ade Okoro/Punch"),
        ("Photo: AFP\nTraders at a market in Kano on Monday.", "AFP"),
        ("Commuters at a bus stop in Abuja on Monday. Photo: Ade Okoro", "Ade Okoro"),
    ],
)
def test_label_before_credit(caption: str, line: str) -> None:
    assert credit(caption).line == line
