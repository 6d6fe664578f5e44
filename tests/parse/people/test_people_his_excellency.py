"""People shown: "His Excellency" before a title's article, spaced or opening the sentence;
a town a given name opens before an articled title."""

from __future__ import annotations

import pytest

from captions._parse._people import find_people


def names(sentence: str) -> list[str]:
    return [p.name for p in find_people(sentence)[0]]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "HE" before the title's article, and "H. E." spaced, are the honorific, no word of the name.
        (
            "HE the Foreign Minister Abdullah Al-Yahya meets HE Josep Borrell in Kuwait City.",
            ["Abdullah Al-Yahya", "Josep Borrell"],
        ),
        (
            "H. E. Samia Suluhu Hassan inspects a guard of honour at State House in Dar es Salaam.",
            ["Samia Suluhu Hassan"],
        ),
        # "He" in its own case is a Chinese surname.
        ("Chinese Vice Premier He Lifeng attends the trade talks in Geneva.", ["He Lifeng"]),
    ],
)
def test_his_excellency_is_no_part_of_the_name(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Two words a given name opens before " - " and a title with its article: a town's dateline.
        (
            "Nova Délhi - O presidente Luiz Inácio Lula da Silva chega à cúpula, nesta quarta-feira (9).",
            ["Luiz Inácio Lula da Silva"],
        ),
        ("Nova Iguaçu - O prefeito Dudu Reina visita as obras da ponte.", ["Dudu Reina"]),
        # A head no given name opens was cut before already.
        ("Santa Maria - O prefeito Jorge Pozzobom visita as obras da ponte.", ["Jorge Pozzobom"]),
    ],
)
def test_a_town_before_an_articled_title_is_a_dateline(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected
