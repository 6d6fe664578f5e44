"""People shown, with the title or role the caption gives; not people merely mentioned."""

from __future__ import annotations

import pytest

from captions._parse._people import find_people, is_person_name, natural_case


def names(sentence: str) -> list[str]:
    return [p.name for p in find_people(sentence)[0]]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Ukrainian President Volodymyr Zelenskyy speaks during a news conference in Kyiv, Ukraine",
            ["Volodymyr Zelenskyy"],
        ),
        (
            "British Prime Minister Rishi Sunak, left, U.S. President Joe Biden, center, and Australian Prime "
            "Minister Anthony Albanese, right, meet in San Diego",
            ["Rishi Sunak", "Joe Biden", "Anthony Albanese"],
        ),
        ("Supporters of former President Donald Trump gather outside the courthouse in Miami", []),
        # A participle or preposition ends the object; a lower-case word after a name is its verb.
        (
            "Irish Prime Minister Leo Varadkar, right, greets Dutch Prime Minister Mark Rutte outside "
            "Government Buildings in Dublin",
            ["Leo Varadkar", "Mark Rutte"],
        ),
        (
            "Chile's Ana Torres, left, and Peru's Lucia Campos vie for the ball in Lima",
            ["Ana Torres", "Lucia Campos"],
        ),
        # "and her brother ..." is a second subject, not an appositive of the first.
        (
            "Amina Haddad, 9, center, and her sister Salma Haddad, 6, right, wait outside a tent in Adana",
            ["Amina Haddad", "Salma Haddad"],
        ),
        (
            "Dutch Prime Minister Mark Rutte (L) and his Belgian counterpart Alexander De Croo review an honour "
            "guard in The Hague",
            ["Mark Rutte", "Alexander De Croo"],
        ),
        ("Argentine President-elect Javier Milei (C) greets supporters in Buenos Aires", ["Javier Milei"]),
        # The subject of an "as" clause is in the frame too, unless it is carried inside something.
        (
            "Nurses rally outside the hospital as MARIA LOPEZ, head of the local union, speaks to reporters",
            ["Maria Lopez"],
        ),
        (
            "Reporters wait on the tarmac as Air Force One carrying President Joe Biden lands in Des Moines",
            [],
        ),
        (
            "President Joe Biden takes the oath of office as first lady Jill Biden holds the Bible in Washington",
            ["Joe Biden", "Jill Biden"],
        ),
        (
            "This photo provided by NASA shows astronaut Butch Wilmore aboard the space station",
            ["Butch Wilmore"],
        ),
        ("A Russian Army soldier looks through a rifle scope near Popasna", []),
        (
            "This handout photograph released by the presidential press service shows President Emmanuel Macron (C) "
            "during a meeting in Paris",
            ["Emmanuel Macron"],
        ),
        ("Brazil's Vinicius Junior, right, celebrates after scoring in Madrid", ["Vinicius Junior"]),
        ("Cast member Zendaya arrives at the premiere in London", []),
        (
            'Cast member Timothée Chalamet arrives at the premiere of "Dune" in Los Angeles',
            ["Timothée Chalamet"],
        ),
        (
            "A still image taken from video shows Syria's President Bashar al-Assad arriving at the palace in Damascus",
            ["Bashar al-Assad"],
        ),
        ("File photo dated 12-03-2021 of England's Joe Root", ["Joe Root"]),
        ("Mia Jones, 7, plays in the snow in Buffalo", ["Mia Jones"]),
        ("Firefighters battle the Park Fire near Chico", []),
        (
            "Pope Francis waves to faithful as he arrives at St. Peter's Square at the Vatican",
            ["Pope Francis"],
        ),
        ("Britain's King Charles III speaks during a ceremony in London", ["King Charles III"]),
        (
            "Ukraine's President Volodymyr Zelenskyy, right, and U.S. Secretary of State Antony Blinken attend a news "
            "conference in Kyiv",
            ["Volodymyr Zelenskyy", "Antony Blinken"],
        ),
        ("Mara Vance performs on stage at the Accor Arena in Paris", ["Mara Vance"]),
        ("The Peace Tower is seen through fog on Parliament Hill in Ottawa", []),
    ],
)
def test_people_shown(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


def test_role_from_appositive_or_title() -> None:
    people, _ = find_people(
        "Denis Pushilin, head of the self-proclaimed Donetsk People's Republic, inspects a school in Donetsk"
    )
    assert [(p.name, p.description) for p in people] == [
        ("Denis Pushilin", "head of the self-proclaimed Donetsk People's Republic")
    ]
    people, _ = find_people("German Chancellor Olaf Scholz speaks in Berlin")
    assert people[0].description == "German Chancellor"


def test_organisations_named_with_the_people() -> None:
    _, organisations = find_people(
        "India's Adani Group Chairman Gautam Adani addresses a summit in Gandhinagar"
    )
    assert organisations == ["Adani Group"]


@pytest.mark.parametrize(
    ("raw", "natural"),
    [
        ("JULIEN MOREAU", "Julien Moreau"),
        ("SERGEY DOLZHENKO", "Sergey Dolzhenko"),
        ("JEAN-PIERRE O'NEIL", "Jean-Pierre O'Neil"),
        ("LUDOVIC MARIN", "Ludovic Marin"),
        ("Annick deGooyer", "Annick deGooyer"),
        ("RONAN MCDONALD", "Ronan McDonald"),
    ],
)
def test_natural_case(raw: str, natural: str) -> None:
    assert natural_case(raw) == natural


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Efrem Lukatsky", True),
        ("Jae C. Hong", True),
        ("SANA", False),
        ("Syria TV", False),
        ("U.S. Navy", False),
        ("Maxar Technologies", False),
        ("Ukrainian Presidential Press Office", False),
        ("Kremlin", False),
    ],
)
def test_person_or_organisation(text: str, person: bool) -> None:
    assert is_person_name(text) is person
