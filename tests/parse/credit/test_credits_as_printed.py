"""Credits as papers print them (stop 34): an agency's own initials in brackets after its name, a paper
named by its place and a paper's word closing a bare credit, a paper before its photographer joined by a
dash, a party after "Supplied", French "Photo :" with its space, and the Philippine News Agency's Filipino
"larawan ni"."""

from __future__ import annotations

import pytest

from captions._parse._credit import find_credit


@pytest.mark.parametrize(
    ("caption", "line"),
    [
        (
            "Commuters wait at the Bellville rank on Tuesday. Picture: Thando Mkhize/African News Agency (ANA)",
            "Thando Mkhize/African News Agency (ANA)",
        ),
        (
            "Pupils return to class in Soweto. Photo: Lerato Dube / African News Agency (ANA)",
            "Lerato Dube / African News Agency (ANA)",
        ),
    ],
)
def test_an_agencys_own_initials_after_its_name_belong_to_the_credit(caption: str, line: str) -> None:
    credit = find_credit(caption)
    assert (credit.line, credit.source) == (line, "African News Agency")


def test_initials_of_a_place_after_the_agency_are_no_part_of_the_credit() -> None:
    caption = (
        "Foto: Carla Souza/Agência Brasil Rio de Janeiro (RJ) 22/03/2027 – Chuva no centro. "
        "Foto: Carla Souza/Agência Brasil"
    )
    assert find_credit(caption).line == "Carla Souza/Agência Brasil"


@pytest.mark.parametrize(
    ("caption", "creator", "source"),
    [
        (
            "Snow covers the Capitol lawn in Boise on Tuesday, Jan. 11, 2028. Kelsey Marsh/Idaho Statesman",
            "Kelsey Marsh",
            "Idaho Statesman",
        ),
        (
            "Nia Brooks drives to the basket on Friday, March 3, 2028. Colin Mayhew/Sacramento Bee",
            "Colin Mayhew",
            "Sacramento Bee",
        ),
    ],
)
def test_a_place_and_a_papers_word_close_a_bare_credit(caption: str, creator: str, source: str) -> None:
    credit = find_credit(caption)
    assert (credit.creator, credit.source) == (creator, source)


def test_a_given_name_before_a_papers_word_is_a_second_photographer() -> None:
    assert find_credit("Fans at the game. Photo: Jordan Leader/Reuters").creator == "Jordan Leader"


@pytest.mark.parametrize(
    ("caption", "creator"),
    [
        ("Des bénévoles nettoient la plage, samedi. (Photo : Acadie Nouvelle - Marc Doiron)", "Marc Doiron"),
        ("Des cyclistes traversent le pont, dimanche. (Photo : Julie Gagnon - Le Droit)", "Julie Gagnon"),
        ("Des pompiers éteignent un incendie, mardi. Photo : Le Soleil - Pierre Tremblay", "Pierre Tremblay"),
        (
            "Des membres de l'Alliance française lors de la fête, samedi. Photo : Linda Robichaud",
            "Linda Robichaud",
        ),
    ],
)
def test_a_paper_and_its_photographer_joined_by_a_dash_give_the_photographer(
    caption: str, creator: str
) -> None:
    assert find_credit(caption).creator == creator


def test_a_party_after_supplied_is_no_photographer() -> None:
    credit = find_credit("Bus drivers at the depot during the dispute. Photo: Supplied / Harbour Transport")
    assert credit.creator is None
    assert credit.parties == ("Harbour Transport",)


def test_a_person_after_supplied_stays_the_photographer() -> None:
    assert find_credit("The family's dog at home. Photo: Supplied / Sarah Jones").creator == "Sarah Jones"


@pytest.mark.parametrize(
    ("caption", "creator", "source"),
    [
        (
            "Nagsasanay ang mga atleta sa Maynila noong Lunes (Disyembre 13, 2027). (PNA larawan ni Joey Razon)",
            "Joey Razon",
            "PNA",
        ),
        (
            "Nagtipon ang mga residente sa plaza noong Miyerkoles. (Larawan ni Ben Briones)",
            "Ben Briones",
            None,
        ),
    ],
)
def test_filipino_photo_by_names_the_photographer(caption: str, creator: str, source: str | None) -> None:
    credit = find_credit(caption)
    assert (credit.creator, credit.source) == (creator, source)
