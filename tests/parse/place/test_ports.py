"""A port named after its town ("au port de Casablanca", "the damaged port of Beirut"): the port is the
sublocation, the town the city."""

from __future__ import annotations

import pytest

from captions import Normaliser
from tests.conftest import located


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        # French writes the port head first in lower case, after "au" (à le) with no article of its own.
        (
            "Des cargos à quai au port de Tanger, mercredi 19 mai 2027. (MAP)",
            "port de Tanger",
            "Tangier",
        ),
        (
            "Des ferries au port de Marseille, le 2 juin 2027. (Photo by Nicolas Tucat / AFP)",
            "port de Marseille",
            "Marseille",
        ),
        (
            "Un cargo entre dans le port de Calais, le 2 juin 2027. (Photo by Sameer Al-Doumy / AFP)",
            "port de Calais",
            "Calais",
        ),
    ],
)
def test_a_port_after_its_town(normaliser: Normaliser, caption: str, sublocation: str, city: str) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


@pytest.mark.parametrize(
    "caption",
    [
        # A kind of port, in lower case after "de", names none.
        "Des chalutiers au port de pêche, à Lorient, le 2 juin 2027. (Photo by Fred Tanneau / AFP)",
        "Des dockers devant le port, à Dunkerque, le 2 juin 2027. (Photo by Sameer Al-Doumy / AFP)",
    ],
)
def test_a_port_unnamed_is_no_sublocation(normaliser: Normaliser, caption: str) -> None:
    assert located(normaliser, caption, "sublocation") == (None,)


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        # Words in lower case before the port say its state, no part of its name.
        (
            "Cranes stand idle in the deserted port of Mariupol on May 2, 2027. (Photo by Stringer / AFP)",
            "port of Mariupol",
            "Mariupol",
        ),
        # The port as what the picture shows, with no preposition before it.
        (
            "This aerial picture shows the damaged port of Beirut on June 1, 2027. (Photo by Ann Lee / AFP)",
            "port of Beirut",
            "Beirut",
        ),
        # Italian and Spanish "al" (to the) before the port.
        (
            "Un traghetto ormeggiato al porto di Livorno, lunedì. ANSA/FRANCO SILVI",
            "porto di Livorno",
            "Livorno",
        ),
        (
            "Un pesquero atraca al puerto de Vigo este martes. EFE/Salvador Sas",
            "puerto de Vigo",
            "Vigo",
        ),
    ],
)
def test_a_port_after_an_adjective_or_a_verb(
    normaliser: Normaliser, caption: str, sublocation: str, city: str
) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


def test_shows_before_workers_of_a_port_names_no_port(normaliser: Normaliser) -> None:
    caption = "A picture shows port workers on strike in Antwerp on June 1, 2027. (Photo by Ann Lee / AFP)"
    assert located(normaliser, caption, "sublocation", "city") == (None, "Antwerp")


def test_a_terminal_in_a_port_is_the_place_shown(normaliser: Normaliser) -> None:
    # English "the port of Hamburg" is no head-first name that outranks the terminal it holds.
    caption = (
        "02 June 2027, Hamburg: A container ship is unloaded at the Burchardkai terminal in the port of Hamburg. "
        "Photo: Ann Lee/dpa"
    )
    assert located(normaliser, caption, "sublocation", "city") == ("Burchardkai terminal", "Hamburg")


def test_a_port_after_the_elided_of(normaliser: Normaliser) -> None:
    caption = "Des pêcheurs au port d'Essaouira, lundi 31 mai 2027. (MAP)"
    assert located(normaliser, caption, "sublocation", "city") == ("port d'Essaouira", "Essaouira")
