"""A match's opponent written where a place could stand: French "face à la Norvège" names a team."""

from __future__ import annotations

import pytest

from captions import Normaliser
from tests.conftest import located


@pytest.mark.parametrize(
    ("caption", "city", "country"),
    [
        (
            "Les handballeuses françaises célèbrent leur victoire face à la Norvège, dimanche, au Palais des "
            "Sports de Metz. © Icon Sport",
            "Metz",
            "FR",
        ),
        (
            "Les handballeurs français s'imposent face à la Suède, dimanche, au stade Pierre-Mauroy de Lille. "
            "(Photo by Jean Dupuis / AFP)",
            "Lille",
            "FR",
        ),
    ],
)
def test_the_country_after_face_a_is_the_opponent(
    normaliser: Normaliser, caption: str, city: str, country: str
) -> None:
    assert located(normaliser, caption, "city", "country_code") == (city, country)


def test_face_a_before_a_noun_in_lower_case_still_places(normaliser: Normaliser) -> None:
    caption = (
        "Des manifestants rassemblés face à la mairie de Marseille, samedi 23 octobre 2027. "
        "(Photo by Luc Martin / AFP)"
    )
    assert located(normaliser, caption, "sublocation", "city") == ("mairie de Marseille", "Marseille")


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        # Spanish "ante" before a bare name: the side played; the ground is named after it.
        (
            "Hinchas de Boca festejan el gol ante River en La Bombonera, en Buenos Aires, el domingo 7 de mayo "
            "de 2028. Foto: EFE/Martín Sosa",
            "La Bombonera",
            "Buenos Aires",
        ),
        (
            "Aficionados de Rayados llenan las gradas del Estadio BBVA durante el clásico ante Tigres, la noche "
            "de este sábado en Guadalupe, Nuevo León. Foto: Hugo Lara / El Norte",
            "Estadio BBVA",
            "Guadalupe",
        ),
        # With its article, "ante" still places: "in front of".
        (
            "Los manifestantes protestan ante la Casa Rosada, en Buenos Aires, este jueves 18 de mayo de 2028. "
            "EFE/Juan Ignacio Mazza",
            "Casa Rosada",
            "Buenos Aires",
        ),
        # Dutch "voor de" before a race or a match: what one is there for, no place.
        (
            "Supporters zondag bij De Kuip voor de Klassieker tussen Feyenoord en Ajax. Foto: ANP / Anne Bos",
            "De Kuip",
            "Rotterdam",
        ),
        # German "über" after the town: what a player is glad of, no part of the place.
        (
            "Stürmer Jonas Keller jubelt in der Lanxess Arena in Köln über sein Tor gegen die Adler Mannheim. "
            "Foto: Rolf Vennenbernd/dpa",
            "Lanxess Arena",
            "Köln",
        ),
    ],
)
def test_a_side_or_a_match_after_a_locative_is_no_place(
    normaliser: Normaliser, caption: str, sublocation: str, city: str
) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


def test_a_side_after_ante_alone_is_no_place(normaliser: Normaliser) -> None:
    caption = (
        "El conjunto antioqueño cayó ante Millonarios en Bogotá, el miércoles por la noche. "
        "Foto: Colprensa/Diego Suárez"
    )
    assert located(normaliser, caption, "sublocation", "city") == (None, "Bogotá")


def test_en_vue_de_is_no_view_of_a_place(normaliser: Normaliser) -> None:
    # "en vue de la Fête de la musique" (in preparation for): the feast is no place, the town after "à" is.
    caption = (
        "Des bénévoles montent une scène sur la place du Marché, à Dinant, ce jeudi 14 juin 2029, en vue de la "
        "Fête de la musique. BELGA PHOTO JEAN LEBRUN"
    )
    assert located(normaliser, caption, "city", "country_code") == ("Dinant", "BE")


def test_vue_de_alone_is_still_a_view_of_a_place(normaliser: Normaliser) -> None:
    caption = "Vue de la cathédrale de Chartres, le 14 juin 2029. AFP PHOTO / JEAN DUPIN"
    assert located(normaliser, caption, "city") == ("Chartres",)
