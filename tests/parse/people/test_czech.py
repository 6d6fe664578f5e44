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


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Polish and Czech "with" before a name in the instrumental, a title and its country's genitive maybe between.
        (
            "Prezydent Karol Nawrocki spotkał się z Wołodymyrem Zełenskim w Warszawie we wtorek.",
            ["Karol Nawrocki", "Wołodymyr Zełenski"],
        ),
        ("Premiér Andrej Babiš jednal s Donaldem Tuskem v Praze v pondělí.", ["Andrej Babiš", "Donald Tusk"]),
        (
            "Premier Donald Tusk rozmawiał z prezydentem Ukrainy Wołodymyrem Zełenskim w Kijowie w poniedziałek.",
            ["Donald Tusk", "Wołodymyr Zełenski"],
        ),
        # A vowel dropped before the ending comes back: "Pavlem" is Pavel's.
        (
            "Premiér Andrej Babiš se setkal s prezidentem Petrem Pavlem na Pražském hradě.",
            ["Andrej Babiš", "Petr Pavel"],
        ),
        # Polish names a visitor in the genitive after his title; the inflected form is no one's name.
        ("Wizyta prezydenta Francji Emmanuela Macrona w Warszawie, wtorek.", ["Emmanuel Macron"]),
        # No known given name opens it: a body, no one.
        (
            "Premier Donald Tusk spotkał się z Parlamentem Europejskim w Strasburgu we wtorek.",
            ["Donald Tusk"],
        ),
        # A surname with no case ending tells nothing: left unread.
        ("Prezydent Karol Nawrocki rozmawia z Markiem Rutte w Brukseli w środę.", ["Karol Nawrocki"]),
    ],
)
def test_a_polish_or_czech_object_in_the_instrumental_or_genitive_is_read_in_the_nominative(
    sentence: str, expected: list[str]
) -> None:
    assert names(sentence) == expected
