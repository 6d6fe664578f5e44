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
