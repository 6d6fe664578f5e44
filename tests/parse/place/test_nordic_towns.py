"""A Nordic town's genitive before its palace, hall or church (`_parse/_place/_nordic_towns.py`)."""

from __future__ import annotations

import pytest

from captions import Normaliser
from captions._parse._place._nordic_towns import town_places
from tests.conftest import located


def test_the_genitive_s_is_taken_off() -> None:
    assert town_places("Gäster anländer på Stockholms slott") == [
        (("Stockholm", "Stockholms"), "Stockholms slott")
    ]


def test_a_town_in_a_vowel_keeps_its_name() -> None:
    assert town_places("Vigseln hölls i Uppsala domkyrka") == [(("Uppsala",), "Uppsala domkyrka")]


def test_no_preposition_no_place() -> None:
    assert town_places("Stockholms slott lyses upp") == []


@pytest.mark.parametrize(
    ("caption", "city", "sublocation"),
    [
        (
            "Kronprinsessan Victoria och prins Daniel under mottagningen på Stockholms slott på tisdagen. "
            "Foto: Christine Olsson/TT",
            "Stockholm",
            "Stockholms slott",
        ),
        (
            "Demonstranter samlas utanför Göteborgs stadshus på onsdagen. Foto: Adam Ihse/TT",
            "Gothenburg",
            "Göteborgs stadshus",
        ),
        (
            "Bröllopsgästerna väntar utanför Uppsala domkyrka på lördagen. Foto: Fredrik Sandberg/TT",
            "Uppsala",
            "Uppsala domkyrka",
        ),
        (
            "Den åtalade anländer till Göteborgs tingsrätt på måndagen. Foto: Adam Ihse/TT",
            "Gothenburg",
            "Göteborgs tingsrätt",
        ),
        (
            "Reisende på Oslo sentralstasjon torsdag ettermiddag. Foto: Ole Berg-Rusten / NTB",
            "Oslo",
            "Oslo sentralstasjon",
        ),
    ],
)
def test_the_town_and_its_place(normaliser: Normaliser, caption: str, city: str, sublocation: str) -> None:
    assert located(normaliser, caption, "city", "sublocation") == (city, sublocation)


def test_a_towns_court_in_its_genitive(normaliser: Normaliser) -> None:
    # Swedish names a district court after its town: "i Malmö tingsrätt" is in Malmö.
    caption = "Den åtalade mannen förs in i Malmö tingsrätt på torsdagen. Foto: Johan Nilsson/TT"
    assert located(normaliser, caption, "sublocation", "city") == ("Malmö tingsrätt", "Malmö")
