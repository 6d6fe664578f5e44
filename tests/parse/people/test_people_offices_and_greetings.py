"""People shown: an office of one word after "the" before its holder's full name, the
one a subject greets or hugs in a gerund after a position mark, a photographer's name closing a Portuguese
caption, and a leader whose supporters are shown."""

from __future__ import annotations

import pytest

from captions import Normaliser


@pytest.fixture(scope="module")
def normaliser() -> Normaliser:
    return Normaliser()


def _names(normaliser: Normaliser, caption: str) -> list[str]:
    return sorted(p.name for p in normaliser.normalise(caption, reference_date="2027-07-16").persons)


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        # Irish English writes its offices in Irish, with the article: the holder follows.
        (
            "The Taoiseach Micheál Martin meets party members in Cork on Thursday. Photograph: Niamh Boyle",
            ["Micheál Martin"],
        ),
        (
            "The Tánaiste Simon Harris visits a school in Wicklow on Thursday. (AP Photo/Ciara Dunne)",
            ["Simon Harris"],
        ),
        # An office of one word after "the", then a given name and a surname.
        (
            "The Chancellor Rachel Reeves leaves 11 Downing Street in London on Thursday. (AP Photo/Tom Harlow)",
            ["Rachel Reeves"],
        ),
        (
            "The President Cyril Ramaphosa addresses the crowd in Durban on Thursday. (AP Photo/Themba Nkosi)",
            ["Cyril Ramaphosa"],
        ),
        # The office alone names no one.
        ("The Taoiseach speaks to reporters in Dublin on Thursday. (AP Photo/Ciara Dunne)", []),
        ("The Chancellor arrives at the Treasury in London on Thursday. (AP Photo/Tom Harlow)", []),
        # A thing named for an office holder is no one: the run closes with a place's noun.
        ("The President Wilson Hotel is seen in Geneva on Thursday. (AP Photo/Karl Huber)", []),
    ],
)
def test_office_after_the_names_its_holder(normaliser: Normaliser, caption: str, expected: list[str]) -> None:
    assert _names(normaliser, caption) == expected


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        (
            "President Cyril Ramaphosa (R) greeting Kenyan President William Ruto in Pretoria, South Africa, "
            "15 July 2027. EPA-EFE/Themba Nkosi",
            ["Cyril Ramaphosa", "William Ruto"],
        ),
        (
            "Chancellor Friedrich Merz (right) greeting French President Emmanuel Macron in Berlin on Thursday. "
            "(AP Photo/Karl Huber)",
            ["Emmanuel Macron", "Friedrich Merz"],
        ),
        (
            "Coach Scott Robertson (L) hugging Ardie Savea after the match in Wellington on Thursday. "
            "(AP Photo/Kate Moana)",
            ["Ardie Savea", "Scott Robertson"],
        ),
        # Greeting people unnamed: no one else.
        (
            "President Cyril Ramaphosa (R) greeting supporters in Soweto on Thursday. EPA-EFE/Themba Nkosi",
            ["Cyril Ramaphosa"],
        ),
    ],
)
def test_greeting_gerund_shows_whom_it_greets(
    normaliser: Normaliser, caption: str, expected: list[str]
) -> None:
    assert _names(normaliser, caption) == expected


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        # Portugal's papers write the day with "esta" and close with the photographer's name alone; Spain's the same.
        ("Banhistas na praia de Carcavelos, Cascais, esta quinta-feira. Rui Tavares", "Rui Tavares"),
        ("Turistas en la playa de la Concha, San Sebastián, este jueves. Mikel Arrieta", "Mikel Arrieta"),
    ],
)
def test_closing_name_in_portuguese_is_the_photographer(
    normaliser: Normaliser, caption: str, expected: str
) -> None:
    record = normaliser.normalise(caption, reference_date="2027-07-16")
    assert record.creator == expected
    assert not record.persons


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        # Backers "of" a leader: the leader is named, not shown.
        (
            "Simpatizantes de la presidenta Claudia Sheinbaum se reúnen en el Zócalo de Ciudad de México este "
            "jueves. (AP Foto/Ana Ruiz)",
            [],
        ),
        (
            "Partidarios del presidente Javier Milei marchan en Buenos Aires este jueves. (AP Foto/Ana Ruiz)",
            [],
        ),
        # The leader greeting backers is shown.
        (
            "Simpatizantes saludan a la presidenta Claudia Sheinbaum en el Zócalo de Ciudad de México este jueves. "
            "(AP Foto/Ana Ruiz)",
            ["Claudia Sheinbaum"],
        ),
    ],
)
def test_supporters_of_a_leader_do_not_show_them(
    normaliser: Normaliser, caption: str, expected: list[str]
) -> None:
    assert _names(normaliser, caption) == expected
