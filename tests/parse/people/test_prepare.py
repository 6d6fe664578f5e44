"""The sentence made ready for the name readers: a time phrase that opens it is cut, so that its subject is
read and the date becomes no one's name."""

from __future__ import annotations

import pytest

from captions._parse._people import find_people


def names(sentence: str) -> list[str]:
    return [p.name for p in find_people(sentence)[0]]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("On Tuesday, President Joe Biden speaks to reporters in Washington", ["Joe Biden"]),
        ("On Wednesday night, Argentina's Lionel Messi celebrates a goal in Miami", ["Lionel Messi"]),
        ("On Jan. 5, 2027, Prime Minister Mark Carney arrives in Ottawa", ["Mark Carney"]),
        ("In 1985, President Ronald Reagan speaks at the Brandenburg Gate in Berlin", ["Ronald Reagan"]),
        ("Le 5 janvier 2027, le président Emmanuel Macron présente ses vœux à Brest", ["Emmanuel Macron"]),
        ("Este martes, el presidente Gustavo Petro habla en Bogotá", ["Gustavo Petro"]),
        # The lead-in's date is the picture's; the lead-in is cut whole.
        ("In this June 9, 2012, file photo, Kenny Rogers performs in Nashville, Tenn.", ["Kenny Rogers"]),
        (
            "In this photo taken on Jan. 5, 2027, President Volodymyr Zelenskyy visits troops in Kharkiv",
            ["Volodymyr Zelenskyy"],
        ),
    ],
)
def test_a_time_phrase_opening_the_sentence_is_no_name(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected
