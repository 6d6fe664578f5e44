"""An international agency's desk in its country's language writes no country for a town at home."""

from __future__ import annotations

import pytest

from captions import Normaliser
from captions._locate._country import _language_home
from captions._model import WarningCode


@pytest.mark.parametrize(
    ("caption", "city"),
    [
        # AFP in French: Brest is Brittany's, not Belarus'; Laval the Mayenne's, not Quebec's.
        (
            "La ministre lors d'une visite sur le port de Brest, le 3 décembre 2026. © Loïc Venance, AFP",
            "Brest",
        ),
        ("Des salariés devant une usine à Laval, le 2 décembre 2026. © Jean-Marc Roux, AFP", "Laval"),
    ],
)
def test_afp_in_french_writes_no_country_for_a_french_town(
    normaliser: Normaliser, caption: str, city: str
) -> None:
    record = normaliser.normalise(caption)
    assert record.location is not None
    assert (record.location.city, record.location.country_code) == (city, "FR")


def test_a_country_the_caption_writes_keeps_the_say(normaliser: Normaliser) -> None:
    record = normaliser.normalise(
        "Des habitants dans une rue de Brest (Biélorussie), le 3 décembre 2026. © Sergei Gapon, AFP"
    )
    assert record.location is not None and record.location.country_code == "BY"


def test_the_home_is_that_of_the_agency_and_the_language_both() -> None:
    french = "Des salariés devant une usine à Laval, le 2 décembre 2026."
    assert _language_home("AFP", french) == "France"
    assert _language_home("AFP", "Workers outside a factory in Laval on Wednesday.") is None
    assert _language_home("Reuters", french) is None


def test_a_town_at_home_by_another_name_keeps_its_doubt(normaliser: Normaliser) -> None:
    # "Salon" is another name of Salon-de-Provence: the language's home settles no such reading.
    record = normaliser.normalise(
        "Des visiteurs au Salon de l'automobile de Genève, le 16 novembre 2026. (Photo by Fabrice Coffrini / AFP)"
    )
    assert record.location is not None
    assert record.location.city == "Geneva" or WarningCode.AMBIGUOUS_PLACE in {
        w.code for w in record.warnings
    }
