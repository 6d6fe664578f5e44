"""The checks that flag a doubtful place (`_locate/_doubts.py`)."""

from __future__ import annotations

import pytest

from captions import Normaliser
from captions._locate._doubts import _closed_by, _outside
from captions._model import WarningCode
from gazetteer import PlaceQuery


@pytest.mark.parametrize(
    "caption",
    [
        "Bombeiros combatem as chamas num pinhal em Mação, 3 de dezembro de 2026. LUSA/PAULO CUNHA",
        "Moradores observam os estragos da tempestade em Mação, nesta quinta-feira. PAULO CUNHA/LUSA",
    ],
)
def test_a_town_whose_accents_fold_onto_a_country_is_flagged(normaliser: Normaliser, caption: str) -> None:
    # "Mação" is Macao only with its accents dropped; no spelling of the country has them.
    record = normaliser.normalise(caption)
    assert WarningCode.AMBIGUOUS_PLACE in {w.code for w in record.warnings}


@pytest.mark.parametrize(
    "caption",
    [
        "Manifestantes marchan por el centro en Perú, el 3 de diciembre de 2026. EFE/Paolo Aguilar",
        "Des manifestants défilent au Sénégal, le 3 décembre 2026. (Photo by SEYLLOU / AFP)",
    ],
)
def test_a_country_spelt_with_its_own_accents_is_not_flagged(normaliser: Normaliser, caption: str) -> None:
    record = normaliser.normalise(caption)
    assert WarningCode.AMBIGUOUS_PLACE not in {w.code for w in record.warnings}


def test_an_irish_county_written_places_a_town_abroad_from_pa(normaliser: Normaliser) -> None:
    # PA's home is Britain; "Co Galway" names the town's own division, so Clifden is no guess.
    record = normaliser.normalise(
        "Waves crash against the harbour wall in Clifden, Co Galway. Picture date: Sunday February 14, 2027. "
        "Photo credit should read: Niall Carson/PA Wire"
    )
    assert record.location is not None
    assert (record.location.city, record.location.country_code) == ("Clifden", "IE")
    assert not record.warnings


@pytest.mark.parametrize(
    ("name", "key", "closed"),
    [
        ("Banff National Park", "wild_areas", True),
        ("Scarborough Shoal", "sea_features", True),
        ("Great Barrier REEF", "sea_features", True),
        ("Reef", "sea_features", False),  # the noun alone closes no name
        ("Parkville", "wild_areas", False),
        ("Shoalhaven", "sea_features", False),
    ],
)
def test_a_name_closed_by_a_noun_of_a_vocabulary(name: str, key: str, closed: bool) -> None:
    assert _closed_by(name, key) is closed


def test_a_village_in_a_place_far_from_the_town_read_is_flagged(normaliser: Normaliser) -> None:
    # "Soweto East village in Kibera": Kibera is nowhere near Soweto, South Africa; the village is another.
    caption = (
        "Residents of Soweto East village in Kibera wade through floodwater on Thursday, July 1, 2027, after "
        "overnight rains. Photo/KNA"
    )
    messages = [w.message for w in normaliser.normalise(caption).warnings]
    assert any("written as a village in 'Kibera'" in m for m in messages)


def test_a_village_in_the_town_read_is_not_flagged(normaliser: Normaliser) -> None:
    caption = "Residents of Kliptown village in Soweto queue for water on Wednesday, July 1, 2027. Photo: Thabo Nkosi"
    record = normaliser.normalise(caption)
    assert WarningCode.AMBIGUOUS_PLACE not in {w.code for w in record.warnings}


def test_a_parent_outside_a_town_asked_again_is_the_kept_answer(normaliser: Normaliser) -> None:
    # The near-spelling, the namesake and the parent doubts ask it of the same town and parent: kept.
    gazetteer = normaliser.gazetteer
    town = gazetteer.resolve(PlaceQuery(city="Kharkiv")).city
    assert town is not None
    for parent, fresh in (("Ukraine", False), ("Poland", True)):
        assert _outside.__wrapped__(town, parent, gazetteer) is fresh
        assert _outside(town, parent, gazetteer) is fresh
        assert _outside(town, parent, gazetteer) is _outside.__wrapped__(town, parent, gazetteer)


def test_a_town_of_northern_ireland_is_at_home_for_an_irish_agency(normaliser: Normaliser) -> None:
    # INPHO is Irish; the island is one home to its desks: Armagh (GB) is no small town abroad for them.
    record = normaliser.normalise(
        "Supporters fill the terraces at the Athletic Grounds in Armagh for Sunday's county final. "
        "©INPHO/Ciara Mallon"
    )
    assert record.location is not None and record.location.city == "Armagh"
    assert not [w for w in record.warnings if "the agency's home" in w.message]


def test_a_small_town_abroad_stays_flagged_for_other_agencies(normaliser: Normaliser) -> None:
    # The same reach is Ireland's alone: Anadolu's "Beştepe'deki" is still no Romanian village.
    record = normaliser.normalise(
        "Cumhurbaşkanı Recep Tayyip Erdoğan, Beştepe'deki Külliye'de bir tören düzenledi. (Fotoğraf: Ali Kaya - "
        "Anadolu Ajansı)"
    )
    assert [w for w in record.warnings if "the agency's home" in w.message]


def test_a_common_village_name_with_an_unread_parent_is_flagged(normaliser: Normaliser) -> None:
    # Many towns of Indonesia bear the name, one far bigger than the rest; "North Lombok", the regency that
    # says which, is not read: the biggest is chosen, flagged.
    record = normaliser.normalise(
        "Soldiers unload aid for quake survivors in Tanjung, North Lombok, Indonesia, on August 6, 2028. "
        "REUTERS/Budi Santoso"
    )
    assert any(w.code == WarningCode.PLACE_NOT_FOUND and "North Lombok" in w.message for w in record.warnings)


def test_a_town_with_one_namesake_at_home_and_an_unread_region_is_not_flagged(normaliser: Normaliser) -> None:
    # One other Lagoa in Portugal: the region the gazetteer lacks is no doubt worth a desk's look.
    record = normaliser.normalise(
        "Turistas em frente à Praia da Marinha, em Lagoa, no Algarve, 14 de agosto de 2028. ANA COSTA/LUSA"
    )
    assert WarningCode.PLACE_NOT_FOUND not in {w.code for w in record.warnings}
