"""North American places as other languages write them: the country's abbreviation in Portuguese, Spanish
after a state ("Nova Jersey, EUA", "EE.UU.")."""

from __future__ import annotations

import pytest

from captions import Normaliser
from tests.conftest import located


@pytest.mark.parametrize(
    ("caption", "city", "country_code"),
    [
        # Portuguese "EUA": Tonga's 'Eua holds a Newark too; the abbreviation is the United States.
        (
            "Imigrantes fazem fila em um consulado em Newark, Nova Jersey, EUA, 2 de novembro de 2026. "
            "REUTERS/Tatiana Ribeiro",
            "Newark",
            "US",
        ),
        (
            "Fiéis rezam em uma igreja em Newark, Nova Jersey, EUA, 8 de novembro de 2026. REUTERS/Caio Vasconcelos",
            "Newark",
            "US",
        ),
        # Spanish "EE. UU." with a space after its first stop was cut there and read as Ee, the Netherlands.
        (
            "Migrantes hacen fila frente a un albergue en Filadelfia, EE. UU., el 8 de noviembre de 2026. "
            "EFE/Ana Lucía Prado",
            "Philadelphia",
            "US",
        ),
    ],
)
def test_the_united_states_abbreviated_in_another_language(
    normaliser: Normaliser, caption: str, city: str, country_code: str
) -> None:
    assert located(normaliser, caption, "city", "country_code") == (city, country_code)


@pytest.mark.parametrize(
    ("caption", "city", "country_code"),
    [
        # Kyodo closes with the day, the town in katakana and its name: the town is the place shown.
        ("ドジャース戦の三回、本塁打を放つ選手＝25日、ロサンゼルス（共同）", "Los Angeles", "US"),
        ("カブス戦の五回、適時打を放つ選手＝3日、シカゴ（共同）", "Chicago", "US"),
    ],
)
def test_the_town_before_kyodos_name_closing_the_caption(
    normaliser: Normaliser, caption: str, city: str, country_code: str
) -> None:
    assert located(normaliser, caption, "city", "country_code") == (city, country_code)


@pytest.mark.parametrize(
    ("caption", "city", "province_state"),
    [
        # "Floride" was no name of the state: Florida, Uruguay took the picture and Tampa became a sublocation.
        (
            "Des sinistrés attendent des secours à Tampa, en Floride, le 12 octobre 2026. AFP/Louis Bergeron",
            "Tampa",
            "Florida",
        ),
        # "Californie" was La Californie, a quarter of Nice.
        (
            "Des pompiers luttent contre les flammes à Fresno, en Californie, le 2 septembre 2026. AFP/Julien Marchand",
            "Fresno",
            "California",
        ),
    ],
)
def test_a_us_state_by_its_french_name(
    normaliser: Normaliser, caption: str, city: str, province_state: str
) -> None:
    assert located(normaliser, caption, "city", "province_state", "country_code") == (
        city,
        province_state,
        "US",
    )
