"""People a Czech caption names in the accusative after a man's title in the accusative."""

from __future__ import annotations

import pytest

from captions._parse._people import find_people


def names(sentence: str) -> list[str]:
    return [p.name for p in find_people(sentence)[0]]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Prezident Petr Pavel (vpravo) přijal na Pražském hradě slovenského prezidenta Petera Pellegriniho.",
            ["Petr Pavel", "Peter Pellegrini"],
        ),
        # A short sentence reads as English: the country's adjective says it is Czech.
        ("Premiér Petr Fiala přivítal polského premiéra Donalda Tuska.", ["Petr Fiala", "Donald Tusk"]),
        (
            "Prezident Petr Pavel přijal rakouského prezidenta Alexandera Van der Bellena.",
            ["Petr Pavel", "Alexander Van der Bellen"],
        ),
        # A name in -ého may be Czech -ý or Polish -i: left unread, as before.
        ("Prezident Petr Pavel přijal polského prezidenta Karola Nawrockého.", ["Petr Pavel"]),
        # Spanish's and Portuguese's "ministra" is a woman's title in the nominative.
        ("La ministra Marina Silva habla en Madrid.", ["Marina Silva"]),
    ],
)
def test_a_czech_object_in_the_accusative_is_read_in_the_nominative(
    sentence: str, expected: list[str]
) -> None:
    assert names(sentence) == expected
