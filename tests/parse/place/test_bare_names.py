"""A name bare after a locative, where only the dateline names the town (captions/_parse/_place/_bare_names.py)."""

from __future__ import annotations

import pytest

from captions import Normaliser
from tests.conftest import located


@pytest.mark.parametrize(
    ("caption", "sublocation"),
    [
        (
            "April 7, 2027, Montevideo, Uruguay: Nurses rally outside the Legislative Palace. "
            "(Credit Image: © Diego Ferreira/ZUMA Press Wire)",
            "Legislative Palace",
        ),
        (
            "May 3, 2027, Caracas, Venezuela: Pensioners march towards La Casona. "
            "(Credit Image: © Ana Rivas/ZUMA Press Wire)",
            "La Casona",
        ),
        ("NAPOLI, 6 MAG - Turisti davanti al Maschio Angioino. ANSA/CIRO FUSCO", "Maschio Angioino"),
        (
            "Utrecht, 4 juni 2027 - Fietsers wachten bij het Centraal Museum. ANP ROBIN UTRECHT",
            "Centraal Museum",
        ),
        # "at the" after a dateline: a name with no place noun.
        (
            "Dhaka, Feb 21 (BSS) - Chief Adviser Muhammad Yunus places a wreath at the National Martyrs Minar "
            "on Victory Day early Sunday. Photo: BSS",
            "National Martyrs Minar",
        ),
        # A Gulf ruler's diwan is a place noun, though "Amiri" is a given name too.
        (
            "DOHA, Apr 6 (QNA) - His Highness the Amir receives the Foreign Minister of Chile at the Amiri "
            "Diwan on Monday.",
            "Amiri Diwan",
        ),
        # German declines the opening adjective: its nominative is given.
        (
            "Hamburg, 12.05.2027: Touristen stehen vor dem Alten Elbtunnel. Foto: IMAGO/Hanno Bode",
            "Alter Elbtunnel",
        ),
    ],
)
def test_a_bare_name_after_a_locative_with_the_town_in_the_dateline(
    normaliser: Normaliser, caption: str, sublocation: str
) -> None:
    assert located(normaliser, caption, "sublocation") == (sublocation,)


@pytest.mark.parametrize(
    "caption",
    [
        # A town, a country or a person after the locative is no place within the town.
        "May 3, 2027, Caracas, Venezuela: Migrants walk towards Colombia. (Credit Image: © Ana Rivas/ZUMA Press Wire)",
        "May 3, 2027, Caracas, Venezuela: Supporters wait outside Maria's. (Credit Image: © Ana Rivas/ZUMA Press Wire)",
        "May 3, 2027, Caracas, Venezuela: Supporters wait outside Maria Lopez. (Credit Image: © Ana Rivas/ZUMA Press Wire)",
        # A German noun of an event after "vor dem".
        "Hamburg, 12.05.2027: Fans jubeln vor dem Spiel. Foto: IMAGO/Hanno Bode",
        # A noun with no name.
        "March 11, 2027, Brasilia, Brazil: Workers protest outside the ministry. (Credit Image: © Paulo Dias/ZUMA Press Wire)",
        # An event after "at the": no place.
        "Dhaka, Feb 21 (BSS) - Bangladesh's Shakib Al Hasan bowls at the Asia Cup Championship on Sunday. Photo: BSS",
    ],
)
def test_no_bare_place_after_a_locative(normaliser: Normaliser, caption: str) -> None:
    assert located(normaliser, caption, "sublocation") == (None,)


@pytest.mark.parametrize(
    ("caption", "sublocation"),
    [
        # A building a part of which a German caption names, in the genitive: its nominative.
        (
            "04.06.2027, Nordrhein-Westfalen, Köln: Reisende warten am Eingang des Hauptbahnhofs. Foto: Oliver Berg/dpa",
            "Hauptbahnhof",
        ),
        (
            "05.06.2027, Bayern, Würzburg: Touristen fotografieren die Fassade der Residenz. Foto: Karl-Josef Hildenbrand/dpa",
            "Residenz",
        ),
        # A landform's common noun names no place.
        (
            "06.06.2027, Bayern, Füssen: Wanderer rasten am Fuß des Berges. Foto: Karl-Josef Hildenbrand/dpa",
            None,
        ),
    ],
)
def test_a_building_a_part_of_which_is_named_in_the_genitive(
    normaliser: Normaliser, caption: str, sublocation: str | None
) -> None:
    assert located(normaliser, caption, "sublocation") == (sublocation,)


@pytest.mark.parametrize(
    ("caption", "sublocation"),
    [
        (
            "Smog envelops the Charminar in Hyderabad, India, November 9, 2027. REUTERS/Priya Rao",
            "Charminar",
        ),
        (
            "Spectators line the Via del Corso in Rome, Italy, June 2, 2027. REUTERS/Remo Casilli",
            "Via del Corso",
        ),
        # A person with a title, an organisation or a people is no place.
        (
            "Reporters surround the Prime Minister in London, Britain, June 2, 2027. REUTERS/Toby Melville",
            None,
        ),
        (
            "Protesters surround the European Commission in Brussels, Belgium, June 2, 2027. REUTERS/Yves Herman",
            None,
        ),
    ],
)
def test_a_verbs_bare_object_before_the_town(
    normaliser: Normaliser, caption: str, sublocation: str | None
) -> None:
    assert located(normaliser, caption, "sublocation") == (sublocation,)


def test_a_name_passed_before_the_town(normaliser: Normaliser) -> None:
    """ "pass", "past" lead to the place walked by; a bill passed is none."""
    caption = "Commuters pass the Bund Promenade in Shanghai, China, June 2, 2027. REUTERS/Go Nakamura"
    assert located(normaliser, caption, "sublocation") == ("Bund Promenade",)
    caption = "A woman walks past the Hagia Sophia in Istanbul, Turkey, June 2, 2027. REUTERS/Umit Bektas"
    assert located(normaliser, caption, "sublocation") == ("Hagia Sophia",)
    caption = "Senators pass the Clean Water Act in Washington, U.S., June 2, 2027. REUTERS/Ken Cedeno"
    assert located(normaliser, caption, "sublocation") == (None,)
