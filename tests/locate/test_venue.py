"""Venues, landforms and rivers read as the town (`_locate/_venue.py`)."""

from __future__ import annotations

import pytest

from captions import Normaliser
from captions._locate import locate
from captions._locate._venue import _river
from captions._model import WarningCode
from captions._parse import PlaceText
from gazetteer import Gazetteer


def test_a_river_written_with_its_article() -> None:
    assert _river("Rio Negro", "Barcos navegam no Rio Negro, no Amazonas")
    assert _river("Río Bravo", "Migrantes cruzan el Río Bravo en Ciudad Juárez")


def test_a_town_written_bare_is_no_river() -> None:
    assert not _river("Rio Branco", "Moradores em Rio Branco, no Acre")
    assert not _river("Negro", "no Negro")


@pytest.mark.parametrize(
    ("caption", "province"),
    [
        (
            "Balsas de garimpo ilegal são vistas no Rio Madeira, em Rondônia, nesta quarta-feira (3). "
            "Foto: Ana Souza/Folhapress",
            "Rondônia",
        ),
        (
            "Barcos encalhados no Rio Solimões, no Amazonas, nesta segunda-feira (1). Foto: Bruno Kelly/Reuters",
            "Amazonas",
        ),
    ],
)
def test_a_river_is_no_town(normaliser: Normaliser, caption: str, province: str) -> None:
    record = normaliser.normalise(caption)
    assert record.location is not None
    assert (record.location.city, record.location.province_state) == (None, province)
    assert WarningCode.PLACE_NOT_FOUND not in {w.code for w in record.warnings}


def test_a_big_town_stands_beside_a_smaller_metro() -> None:
    # The town a modifier names locates a town read only where that one is in doubt or smaller:
    # Paris is not overturned by Saint-Laurent (Quebec) named beside it.
    location, _ = locate(PlaceText(city="Paris", metro="Saint-Laurent"), Gazetteer.default())
    assert location is not None and location.city == "Paris"
    location, _ = locate(PlaceText(city="Westwood", metro="Los Angeles"), Gazetteer.default())
    assert location is not None and location.city == "Los Angeles"


@pytest.mark.parametrize(
    ("caption", "city", "province"),
    [
        # The province in brackets is named like its capital, and a Guadalupe lies in it: not Mexico's
        # Guadalupe, nor a street of Cáceres.
        (
            "Vecinos limpian el barro en Guadalupe (Cáceres), este miércoles. EFE/Jero Morales",
            "Guadalupe",
            "Extremadura",
        ),
        (
            "Flooded streets in Guadalupe, Caceres, Spain, December 2, 2026. REUTERS/Juan Medina",
            "Guadalupe",
            "Extremadura",
        ),
        # A port of the town, and its province in brackets, named for a capital that a bigger town abroad
        # (Cadiz in the Philippines) is named like: the town stands, no port of the Philippine city.
        (
            "Agentes de la Guardia Civil en el puerto de Algeciras (Cádiz), a 28 de septiembre de 2027.",
            "Algeciras",
            "Andalusia",
        ),
        (
            "Agentes custodian la entrada del puerto de Motril (Granada), este sábado. EFE/Pepe Torres",
            "Motril",
            "Andalusia",
        ),
    ],
)
def test_a_town_by_the_town_its_province_is_named_for(
    normaliser: Normaliser, caption: str, city: str, province: str
) -> None:
    location = normaliser.normalise(caption).location
    assert location is not None
    assert (location.city, location.province_state, location.country_code) == (city, province, "ES")


def test_a_name_far_from_a_big_town_after_it_is_a_place_in_that_town(normaliser: Normaliser) -> None:
    # By a big town a name is a place of it (its districts are), whatever town of the name lies by it.
    location = normaliser.normalise(
        "Travellers queue at Heathrow, London, Britain, December 2, 2026. REUTERS/Toby Melville"
    ).location
    assert location is not None and (location.city, location.sublocation) == ("London", "Heathrow")
