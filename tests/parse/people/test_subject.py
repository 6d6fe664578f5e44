"""The subject of sentence 1: its lists of names, with a position marker or without."""

from __future__ import annotations

import pytest

from captions._parse._people import find_people


def names(sentence: str) -> list[str]:
    return [p.name for p in find_people(sentence)[0]]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Shakira, left, Jennifer Lopez, center, and Gloria Estefan arrive at the Latin Grammy Awards on "
            "Thursday, Nov. 12, 2026, in Las Vegas",
            ["Shakira", "Jennifer Lopez", "Gloria Estefan"],
        ),
        ("Adele, right, and Rich Paul arrive at the premiere in London", ["Adele", "Rich Paul"]),
        # A party's tag before a marker is no one's name.
        (
            "Senate Majority Leader Chuck Schumer greets Sen. Alex Padilla, D-Calif., right, at the Capitol",
            ["Chuck Schumer", "Alex Padilla"],
        ),
    ],
)
def test_one_word_before_a_position_marker_opens_a_list_of_names(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


def test_an_adverb_opening_the_sentence_is_no_one() -> None:
    assert "Earlier" not in names("Earlier, Joe Biden and Jill Biden arrive at the White House")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Shubman Gill of India bats during day one of the third Test match between India and England at "
            "Lord's in London",
            ["Shubman Gill"],
        ),
        (
            "Norway's Halvor Egner Granerud soars during the large hill event in Oberstdorf",
            ["Halvor Egner Granerud"],
        ),
        (
            "Austria's Marco Schwarz skis during the men's giant slalom in Alta Badia, Italy",
            ["Marco Schwarz"],
        ),
        ("Coco Gauff of the United States serves to Jessica Pegula during the quarterfinal", ["Coco Gauff"]),
    ],
)
def test_a_sports_verb_says_its_subject_is_a_player(sentence: str, expected: list[str]) -> None:
    assert names(sentence)[: len(expected)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Vinicius Junior of Real Madrid and Gavi of FC Barcelona vie for the ball during the Clasico",
            ["Vinicius Junior", "Gavi"],
        ),
        (
            "Noah Lyles of the United States and Kishane Thompson of Jamaica compete in the 100m final",
            ["Noah Lyles", "Kishane Thompson"],
        ),
        # The followers of someone are not he.
        ("Supporters of Donald Trump and Joe Biden gather outside the courthouse", []),
    ],
)
def test_two_players_each_with_their_side(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


def test_a_players_side_between_commas_lets_the_list_go_on() -> None:
    sentence = (
        "Jayson Tatum, left, of the Boston Celtics, and Jalen Brunson of the New York Knicks chase a loose ball "
        "during the second half"
    )
    assert names(sentence) == ["Jayson Tatum", "Jalen Brunson"]
