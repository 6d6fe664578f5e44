"""People named in the instrumental in Russian and Ukrainian, after a title in it, given in the nominative."""

from __future__ import annotations

import pytest

from captions._parse._people import find_people
from captions._parse._people._cyrillic import instrumental_people


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # The title's body in the genitive between the title and the name.
        (
            "Президент Владимир Путин во время встречи с губернатором Санкт-Петербурга Александром Бегловым в Кремле.",
            ["Владимир Путин", "Александр Беглов"],
        ),
        ("Встреча с министром иностранных дел Турции Хаканом Фиданом в Анкаре.", ["Хакан Фидан"]),
        # "ем" after a vowel is "й" (Сергей), after a hushing letter nothing (Вучич), else "ь" (Шмигаль).
        ("Встреча с мэром Москвы Сергеем Собяниным в Ново-Огарёве.", ["Сергей Собянин"]),
        (
            "Владимир Путин с президентом Сербии Александром Вучичем в Белграде.",
            ["Владимир Путин", "Александр Вучич"],
        ),
        ("Зустріч з міністром оборони Денисом Шмигалем у Києві.", ["Денис Шмигаль"]),
        # A woman's name, and a surname alike in every case after the given name.
        ("Встреча с председателем Совета Федерации Валентиной Матвиенко в Кремле.", ["Валентина Матвиенко"]),
        ("Встреча с вице-премьером Татьяной Голиковой в Москве.", ["Татьяна Голикова"]),
        # Two titles, each with its name; "и" ends the first title's phrase.
        (
            "Встреча с министром обороны Андреем Белоусовым и начальником Генштаба Валерием Герасимовым.",
            ["Андрей Белоусов", "Валерий Герасимов"],
        ),
        # Ukrainian adjectival surnames, an apostrophe in the title.
        (
            "Зустріч з прем'єр-міністром Польщі Дональдом Туском і президентом Володимиром Зеленським у Києві.",
            ["Дональд Туск", "Володимир Зеленський"],
        ),
    ],
)
def test_a_name_in_the_instrumental_after_a_title(sentence: str, expected: list[str]) -> None:
    assert [p.name for p in find_people(sentence)[0]] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # No name after the title, or a place in the genitive alone.
        "Встреча с губернатором в Кремле.",
        "Встреча с губернатором Московской области в Кремле.",
        "Переговоры с президентом Северной Кореи в Пхеньяне.",
        # Serbian names take other endings: not read here.
        "Састанак са министром спољних послова Марком Ђурићем у Београду.",
    ],
)
def test_no_name_is_made_up_after_a_title(sentence: str) -> None:
    assert instrumental_people(sentence) == []


def test_the_title_is_given_in_the_nominative() -> None:
    found = instrumental_people("Встреча с губернатором Санкт-Петербурга Александром Бегловым.")
    assert [(f.name, f.description) for f in found] == [("Александр Беглов", "губернатор")]
