"""City phrases (`_parse/_place/_city.py`): the town a descriptive phrase names, and its country."""

from __future__ import annotations

import pytest

from captions import Normaliser
from captions._parse._place._city import _read_city_phrase
from tests.conftest import located


@pytest.mark.parametrize(
    ("phrase", "city", "parents"),
    [
        ("the Lebanese village of Khiam", "Khiam", ("Lebanon",)),
        ("the southern Lebanese village of Aitaroun", "Aitaroun", ("Lebanon",)),
        ("the Afghan village of Qala-i-Naw", "Qala-i-Naw", ("Afghanistan",)),
    ],
)
def test_a_demonym_before_village_of_names_the_country(phrase: str, city: str, parents: tuple[str]) -> None:
    read = _read_city_phrase(phrase)
    assert (read.city, read.parents, read.sublocation) == (city, parents, None)


def test_a_village_unknown_to_the_gazetteer_keeps_its_demonyms_country(normaliser: Normaliser) -> None:
    # Not a namesake read approximately in another country (Hamm, Germany, for Khiam).
    caption = (
        "Smoke rises after an airstrike on the southern Lebanese village of Khiam on March 2, 2027. "
        "(Photo by Rabih DAHER / AFP)"
    )
    assert located(normaliser, caption, "country_code") == ("LB",)


@pytest.mark.parametrize(
    ("phrase", "city", "near"),
    [
        ("the Blue Mountains town of Katoomba", "Katoomba", ("Blue Mountains",)),
        ("the Hunter Valley town of Cessnock", "Cessnock", ("Hunter Valley",)),
        ("the Syrian Kurdish town of Kobani", "Kobani", ()),
    ],
)
def test_a_name_of_several_words_before_town_of_is_read_whole(
    phrase: str, city: str, near: tuple[str]
) -> None:
    read = _read_city_phrase(phrase)
    assert (read.city, read.near) == (city, near)


@pytest.mark.parametrize(
    "caption",
    [
        "Firefighters watch a hazard-reduction burn in the Blue Mountains town of Katoomba, west of Sydney, "
        "Thursday, Dec. 3, 2026. (AP Photo/Mark Baker)",
        "Volunteers clear a fire trail in the Blue Mountains town of Katoomba, Saturday, Nov. 28, 2026. "
        "(AP Photo/Rick Rycroft)",
    ],
)
def test_a_region_of_two_words_before_town_of_leaves_the_town_found(
    normaliser: Normaliser, caption: str
) -> None:
    # Not Blou in France, read off "Blue" alone, and not a town left unfound far from "Blue".
    assert located(normaliser, caption, "city", "country_code") == ("Katoomba", "AU")


@pytest.mark.parametrize(
    ("caption", "city", "country_code"),
    [
        (
            "Tourists walk on the main street of Mestia, in Georgia's Svaneti region, December 2, 2026. "
            "REUTERS/Irakli Gedenidze",
            "Mestia",
            "GE",
        ),
        (
            "Shoppers walk along the main street of Tenterden, Kent, on Friday. Picture date: Friday December 4, "
            "2026. Photo credit should read: Gareth Fuller/PA Wire",
            "Tenterden",
            "GB",
        ),
        (
            "Stallholders set up on the market square of Ludlow, Shropshire, England, December 5, 2026. "
            "REUTERS/Phil Noble",
            "Ludlow",
            "GB",
        ),
    ],
)
def test_a_towns_street_or_square_named_by_its_kind_is_in_the_town(
    normaliser: Normaliser, caption: str, city: str, country_code: str
) -> None:
    assert located(normaliser, caption, "city", "country_code") == (city, country_code)


@pytest.mark.parametrize(
    "phrase", ["Terra Indígena Yanomami", "Territorio Indígena Isiboro Sécure", "Reserva Indígena Xingu"]
)
def test_an_indigenous_land_named_head_first_is_no_town(phrase: str) -> None:
    read = _read_city_phrase(phrase)
    assert (read.city, read.sublocation, read.parents) == (None, None, ())


@pytest.mark.parametrize(
    ("caption", "province"),
    [
        (
            "Agentes da Funai percorrem uma aldeia na Terra Indígena Vale do Javari, no Amazonas, em 2 de "
            "fevereiro de 2027. Foto: Bruno Kelly/Amazônia Real",
            "Amazonas",
        ),
        (
            "Indígenas participam de um ritual na Terra Indígena Raposa Serra do Sol, em Roraima, em 4 de "
            "fevereiro de 2027. Foto: Ana Souza/Folhapress",
            "Roraima",
        ),
    ],
)
def test_the_land_leaves_the_state(normaliser: Normaliser, caption: str, province: str) -> None:
    assert located(normaliser, caption, "city", "sublocation", "province_state") == (None, None, province)


@pytest.mark.parametrize(
    ("caption", "city", "sublocation"),
    [
        (
            "Police officers patrol Times Square in New York City on New Year's Eve, Dec. 31, 2027. (Photo: Kena"
            " Betancur/AFP via Getty Images)",
            "New York City",
            "Times Square",
        ),
        ("Revellers dance on the beach in Sydney on New Year's Eve. AAP Image/Dean Lewins", "Sydney", None),
        (
            "Dancers parade on O'Connell Street in Dublin on St. Patrick's Day, March 17, 2027. (AP Photo/Peter"
            " Morrison)",
            "Dublin",
            "O'Connell Street",
        ),
        (
            "A girl hands her mother tulips in Kyiv on Mother's Day, May 9, 2027. (AP Photo/Efrem Lukatsky)",
            "Kyiv",
            None,
        ),
    ],
)
def test_a_named_day_is_no_place(
    normaliser: Normaliser, caption: str, city: str, sublocation: str | None
) -> None:
    # The day's possessive reads like a town's ("Kenya's Gatundu"): New Year, Mother, Saint Patrick (Dominica).
    assert located(normaliser, caption, "city", "sublocation") == (city, sublocation)


@pytest.mark.parametrize(
    "phrase",
    [
        "the Vice-Chancellor's office over a fee hike",
        "the President's office",
        "the Deputy Commissioner's residence",
    ],
)
def test_an_office_holders_possessive_names_no_town(phrase: str) -> None:
    # "the Vice-Chancellor's office": a title with an article owns it, no town ("Vice" is a town of Peru).
    read = _read_city_phrase(phrase)
    assert (read.city, read.parents) == (None, ())


def test_a_town_is_read_past_an_office_holders_possessive(normaliser: Normaliser) -> None:
    caption = "Students of Lucknow University protest outside the Vice-Chancellor's office on Thursday."
    assert located(normaliser, caption, "city", "country_code") == ("Lucknow", "IN")
