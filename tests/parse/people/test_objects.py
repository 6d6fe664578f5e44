"""People shown besides the subject: the players numbered, the ones a player celebrates or duels with."""

from __future__ import annotations

import pytest

from captions._parse._people import find_people


def names(sentence: str) -> list[str]:
    return [p.name for p in find_people(sentence)[0]]


def described(sentence: str) -> list[tuple[str, str | None]]:
    return [(p.name, p.description) for p in find_people(sentence)[0]]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Kansas City Chiefs running back Isiah Pacheco (10) breaks away from Buffalo Bills linebacker "
            "Terrel Bernard (43) during the second half of an NFL football game, Sunday, Nov. 8, 2026",
            ["Isiah Pacheco", "Terrel Bernard"],
        ),
        (
            "Seattle Kraken center Jared McCann (19) shoots in front of Vancouver Canucks goaltender Kevin "
            "Lankinen (32) during the first period of an NHL hockey game in Seattle",
            ["Jared McCann", "Kevin Lankinen"],
        ),
        (
            "Boston Celtics guard Derrick White (9) drives as Orlando Magic forward Franz Wagner (22) "
            "defends during the first half of an NBA basketball game",
            ["Derrick White", "Franz Wagner"],
        ),
    ],
)
def test_a_player_with_a_shirt_number_is_in_the_frame(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


def test_a_numbered_player_keeps_the_role_the_whole_phrase_gives() -> None:
    sentence = (
        "Green Bay Packers wide receiver Romeo Doubs (87) catches a pass in front of Minnesota Vikings "
        "cornerback Byron Murphy Jr. (7) during the first half"
    )
    assert described(sentence)[0] == ("Romeo Doubs", "Green Bay Packers wide receiver")
