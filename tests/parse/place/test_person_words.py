"""Words the case readers take for towns that are a person's name (`_parse/_place/_person_words.py`)."""

from __future__ import annotations

import re

from captions import Normaliser
from captions._parse._place._person_words import person_named


def _word(text: str, word: str) -> re.Match[str]:
    m = re.search(re.escape(word), text)
    assert m is not None
    return m


def test_a_given_name_before_a_surname_is_a_person() -> None:
    text = "Zpěvačka Lucie Bílá vystoupila v Ostravě"
    assert person_named(text, _word(text, "Lucie"))


def test_a_given_name_alone_is_left_to_the_readers() -> None:
    text = "Turisté v Lucii fotografují"
    assert not person_named(text, _word(text, "Lucii"))


def test_a_singer_is_no_town_in_a_case(normaliser: Normaliser) -> None:
    # "Lucie" is a case form of Lucca to the Finnish-style reader; before "Bílá" it is the singer.
    record = normaliser.normalise(
        "Zpěvačka Lucie Bílá zazpívala 2. února 2027 na charitativním koncertu. ČTK/Kamaryt Michal"
    )
    assert record.location is None or record.location.country_code != "IT"
