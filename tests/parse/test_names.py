"""Given names known in any script: a name in Cyrillic or Greek is looked up by every Latin reading of its
letters, from the same tables place.toml keeps for towns."""

from __future__ import annotations

import pytest

from captions._parse._names import (
    _capitalised_word,
    _is_initial,
    is_given_name,
    is_name_token,
    is_person_name,
    not_a_person,
)
from captions._parse._people import find_people
from captions._parse._place._latin import _latin_spelling


@pytest.mark.parametrize(
    "name",
    [
        "Володимир",  # Ukrainian: и read as y, й as i
        "Владимир",  # Russian: и read as i
        "Олександр",
        "Дмитро",
        "Ђорђе",  # Serbian: ђ read as dj, not only đ
        "Κυριάκος",  # Greek: accents folded, then the letters
    ],
)
def test_a_given_name_in_cyrillic_or_greek_is_known(name: str) -> None:
    assert is_given_name(name)


@pytest.mark.parametrize("word", ["Зеленський", "Москва", "Κυβέρνηση"])
def test_a_word_that_reads_as_no_given_name_is_not_one(word: str) -> None:
    assert not is_given_name(word)


@pytest.mark.parametrize(
    ("town", "latin"),
    [("Москва", "Moskva"), ("Харків", "Kharkiv"), ("Щёлково", "Shchelkovo"), ("Мар'їнка", "Mar'inka")],
)
def test_a_town_takes_the_first_reading_of_each_letter(town: str, latin: str) -> None:
    # The same table gives names their other readings ("г" is also h, "щ" also sht): a town gets only one.
    assert _latin_spelling(town) == latin


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # The particles are no words of a name's count: four names and three particles.
        ("Khaled bin Mohamed bin Zayed Al Nahyan", True),
        ("Mohammed ben Zayed Al Nahyane", True),
        # Six names is no one's.
        ("Jean Paul Marie Louis Pierre Martin", False),
    ],
)
def test_a_names_words_are_counted_without_its_particles(text: str, person: bool) -> None:
    assert is_person_name(text) is person


@pytest.mark.parametrize(
    "tokens",
    [
        ["Umat", "Buddha"],  # Indonesian: the Buddhist faithful
        ["Warga", "Gaza"],  # the residents of Gaza
    ],
)
def test_groups_named_like_people_are_no_one(tokens: list[str]) -> None:
    assert not_a_person(tokens)


@pytest.mark.parametrize(
    "tokens",
    [
        ["Aston", "Martin"],  # a company named for someone
        ["Louis", "Vuitton"],
    ],
)
def test_brands_named_like_people_are_no_one(tokens: list[str]) -> None:
    assert not_a_person(tokens)


@pytest.mark.parametrize(
    "tokens",
    [["Easter", "Sunday", "Mass"], ["Sunday", "Mass"], ["Good", "Friday", "Service"], ["Der", "Kanzler"]],
)
def test_a_rite_named_with_its_weekday_or_an_article_and_a_title_is_no_person(tokens: list[str]) -> None:
    assert not_a_person(tokens)


@pytest.mark.parametrize(
    "tokens",
    [["Kurban", "Bayramı"], ["Ramazan", "Bayramı'nın"], ["Cumhuriyet", "Bayrami"]],
)
def test_a_turkish_feast_is_no_person(tokens: list[str]) -> None:
    assert not_a_person(tokens)


def test_a_turkish_feast_opening_the_sentence_names_no_one() -> None:
    sentence = "Kurban Bayramı'nın ilk gününde Eyüp Sultan Camii'nde bayram namazı kılındı"
    assert find_people(sentence)[0] == []


@pytest.mark.parametrize("tokens", [["Billy", "Sunday"], ["Mark", "Coleridge"]])
def test_a_weekday_closing_a_name_leaves_it_a_name(tokens: list[str]) -> None:
    assert not not_a_person(tokens)


@pytest.mark.parametrize(
    ("tokens", "person"),
    [
        # A given name in pinyin closing in "-ing" before a Chinese surname is someone's.
        (["Yuening", "Zhao"], True),
        (["Shuting", "Liu"], True),
        # An English participle before a noun opens no one's name; "sing" is no pinyin syllable.
        (["Standing", "Rock"], False),
        (["Rising", "Sun"], False),
        (["Shooting", "Star"], False),
    ],
)
def test_a_pinyin_given_name_shaped_as_a_participle(tokens: list[str], person: bool) -> None:
    assert not_a_person(tokens) is not person


def test_a_chinese_golfer_teeing_off_is_shown() -> None:
    people, _ = find_people("Yuening Zhao of China tees off during the first round of the LPGA tournament")
    assert [p.name for p in people] == ["Yuening Zhao"]


@pytest.mark.parametrize(
    ("tokens", "person"),
    [
        # A nationality that is an English surname, after a known given name.
        (["Bevan", "French"], True),
        (["Ben", "English"], True),
        # A given name that is a place's, or a nationality that is no surname, is none.
        (["Jordan", "French"], False),
        (["Fleeing", "Sudanese"], False),
        (["Michael", "Sudanese"], False),
    ],
)
def test_a_nationality_that_is_a_surname(tokens: list[str], person: bool) -> None:
    assert not_a_person(tokens) is not person


@pytest.mark.parametrize("name", ["Paweł", "Michał", "Søren", "Bjørn", "Stanisław"])
def test_a_given_name_with_a_letter_fold_keeps_is_known(name: str) -> None:
    assert is_given_name(name)


def test_a_polish_skier_with_such_a_name_is_shown() -> None:
    people, _ = find_people("Rafał Kot podczas konkursu Pucharu Świata w skokach narciarskich w Wiśle")
    assert [p.name for p in people] == ["Rafał Kot"]


@pytest.mark.parametrize(
    ("token", "name_token", "capitalised"),
    [
        ("Ball", True, True),
        ("J.", True, False),  # an initial opens with a capital, but counts as no capitalised word
        ("deGooyer", True, False),
        ("al-Assad", True, False),
        ("bin", True, False),  # a particle
        ("Łukasz", True, True),
        ("Зеленський", True, True),
        ("police", False, False),
    ],
)
def test_a_words_shape_is_read_once_and_kept(token: str, name_token: bool, capitalised: bool) -> None:
    # Asked twice: the second answer is the kept one, and must be the first's.
    for _ in range(2):
        assert is_name_token(token) is name_token
        assert _capitalised_word(token) is capitalised
        assert _is_initial(token) is (token == "J.")
