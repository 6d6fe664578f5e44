"""Asides between a place and its town (`_parse/_place/_chain.py`), a place a structure spans
(`_head.py`), a clause's particle after the town (`_words.py`), German "am" before a place's noun, and
places named noun first in Cyrillic (`_weak.py`) or in Japanese and Hebrew (`_script_sites.py`)."""

from __future__ import annotations

import pytest

from captions import Normaliser
from tests.conftest import located


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        # An aside with the place's former name: the old name is no place.
        (
            "Fans queue outside the Crypto.com Arena, formerly the Staples Center, in Los Angeles, California, "
            "U.S., March 2, 2027. REUTERS/Mike Blake",
            "Crypto.com Arena",
            "Los Angeles",
        ),
        (
            "Supporters wave flags at the Estadio Banorte, formerly known as Estadio Azteca, in Mexico City, "
            "Mexico, June 11, 2027. REUTERS/Henry Romero",
            "Estadio Banorte",
            "Mexico City",
        ),
        # An aside opened by "near" only locates the named place before it.
        (
            "A police officer stands guard on Westminster Bridge, near the Houses of Parliament, in London, "
            "Britain, March 22, 2027. REUTERS/Hannah McKay",
            "Westminster Bridge",
            "London",
        ),
        (
            "Tourists gather at the Trevi Fountain, near the Pantheon, in Rome, Italy, March 22, 2027. "
            "REUTERS/Remo Casilli",
            "Trevi Fountain",
            "Rome",
        ),
        # An aside naming the place that holds the named one before it: that one is the more exact.
        (
            "Members of the public queue outside Westminster Hall, inside the Palace of Westminster, in London, "
            "Britain, March 3, 2027. REUTERS/Toby Melville",
            "Westminster Hall",
            "London",
        ),
        # A bridge over a river: the bridge is shown, the river locates it.
        (
            "Workers repair the Hammersmith Bridge over the River Thames in London, Britain, May 5, 2027. "
            "REUTERS/Toby Melville",
            "Hammersmith Bridge",
            "London",
        ),
        # German "am" before a place's noun written before its name; a verb's particle after the town.
        (
            "Nach dem Treffen im Kanzleramt kommt der Gast am Schloss Bellevue in Berlin an, 3. Februar 2027. "
            "Foto: Kay Nietfeld/dpa",
            "Schloss Bellevue",
            "Berlin",
        ),
    ],
)
def test_the_place_shown_before_an_aside(
    normaliser: Normaliser, caption: str, sublocation: str, city: str
) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


@pytest.mark.parametrize(
    "caption",
    [
        # A place before "near" that is described, not named: the named landmark stays the place.
        "Mourners gather at a makeshift memorial, near the Mississippi State Capitol, in Jackson, Miss., "
        "March 22, 2027. (AP Photo/Rogelio V. Solis)",
    ],
)
def test_an_unnamed_place_before_near_leaves_the_landmark(normaliser: Normaliser, caption: str) -> None:
    assert located(normaliser, caption, "sublocation") == ("Mississippi State Capitol",)


def test_a_particle_after_the_town_is_no_part_of_its_name(normaliser: Normaliser) -> None:
    caption = "Der Sonderzug kommt am Abend in Berlin an, 3. Februar 2027. Foto: Marcus Brandt/dpa"
    assert located(normaliser, caption, "city", "country_code") == ("Berlin", "DE")


@pytest.mark.parametrize(
    "caption",
    [
        "Students attend class at the town's primary school in Kenema, Sierra Leone, Oct. 4, 2027. "
        "(AP Photo/Misper Apawu)",
        "People gather in the city's main square in Lviv, Ukraine, Oct. 4, 2027. (AP Photo/Evgeniy Maloletka)",
    ],
)
def test_a_common_noun_owned_by_a_common_noun_names_no_place(normaliser: Normaliser, caption: str) -> None:
    assert located(normaliser, caption, "sublocation") == (None,)


@pytest.mark.parametrize(
    ("caption", "sublocation"),
    [
        # Cyrillic: the noun first in its case, the name after it in the genitive, which stays.
        ("Люди на Майдані Незалежності в Києві, 24 серпня 2027 року. Фото: Укрінформ", "Майдан Незалежності"),
        ("Митинг на площади Революции в Москве, 24 августа 2027 года. Фото: ТАСС", "площадь Революции"),
        # Hebrew: the plaza of a named site.
        ("מתפללים ברחבת הכותל המערבי בירושלים, 12 באפריל 2027. צילום: Flash90", "רחבת הכותל המערבי"),
    ],
)
def test_a_place_named_noun_first_in_another_script(
    normaliser: Normaliser, caption: str, sublocation: str
) -> None:
    assert located(normaliser, caption, "sublocation") == (sublocation,)


def test_a_site_noun_alone_after_a_town_s_name_is_no_site(normaliser: Normaliser) -> None:
    # "国立" is Kunitachi too; "競技場" (stadium) alone, cut from "国立競技場", names none.
    caption = "東京・国立競技場で行われた陸上の日本選手権＝2027年6月27日（共同）"
    assert located(normaliser, caption, "sublocation") == (None,)
