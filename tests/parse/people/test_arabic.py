"""People named in Arabic script: after a title in Arabic, before one in Persian."""

from __future__ import annotations

import pytest

from captions import Normaliser
from captions._parse._people import find_people


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        # Persian (IRNA): the name before its title, back to the dateline's dash.
        (
            "تهران- ایرنا- کاظم رحیمی وزیر نیرو روز چهارشنبه از نیروگاه دماوند بازدید کرد. عکاس: علی محمدی",
            ["کاظم رحیمی"],
        ),
        # ... or to a preposition; a run of four words is no name.
        (
            "مشهد- ایرنا- در مراسم امروز حسین کریمی استاندار خراسان رضوی سخنرانی کرد.",
            ["حسین کریمی"],
        ),
        # Arabic: a title's qualifier ("الراحل", the late) is no part of the name.
        ("الممثل الراحل سمير حسني خلال تصوير مسلسل في القاهرة عام 1980 (أرشيفية)", ["سمير حسني"]),
        # A feminine nisba after the title.
        ("المطربة اللبنانية ريم حداد خلال حفل في بيروت.", ["ريم حداد"]),
        # The title's team and its nisba ("المنتخب التونسي") stand between the title and the name.
        ("لاعب المنتخب التونسي يوسف بن علي يحتفل بهدفه في ملعب رادس. (الأناضول)", ["يوسف بن علي"]),
        # "رئيس وزراء" with its country after it (no article): the guest received is shown too.
        (
            "الرئيس عبد الله الخطيب يستقبل رئيس وزراء اليابان شيغيرو إيشيبا في قصر الرئاسة.",
            ["عبد الله الخطيب", "شيغيرو إيشيبا"],
        ),
    ],
)
def test_a_name_beside_its_title(normaliser: Normaliser, caption: str, expected: list[str]) -> None:
    assert [p.name for p in normaliser.read(caption).record.persons] == expected


@pytest.mark.parametrize(
    "caption",
    [
        # Pictures of someone held up: no one shown.
        "متظاهرون يحملون صورة الرئيس الراحل جمال عبد الناصر خلال مسيرة في القاهرة.",
        "تهران- ایرنا- گروهی از مردم روز جمعه در خیابان انقلاب تهران راهپیمایی کردند.",
        # An event the title is the genitive of: the press conference of the spokesman, no name.
        "تهران- ایرنا- نشست خبری سخنگوی دولت روز سه‌شنبه در محل دولت برگزار شد.",
        # Adjectives after a title, and a relative clause: no given name opens with "ال".
        "الفنانة المصرية الكبيرة تكرم في حفل افتتاح المهرجان في القاهرة.",
        "الطفل الذي أصيب في القصف يتلقى العلاج في مستشفى بخان يونس.",
    ],
)
def test_no_name_without_a_title(normaliser: Normaliser, caption: str) -> None:
    assert normaliser.read(caption).record.persons == ()


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        ("محمد صلاح نجم ليفربول يسجل هدفا في مرمى مانشستر يونايتد على ملعب أنفيلد.", ["محمد صلاح"]),
        ("أحمد سيد لاعب الزمالك يحتفل بهدفه في مرمى بيراميدز على استاد القاهرة الدولي.", ["أحمد سيد"]),
        # No name opens the sentence: a preposition does.
        ("في مباراة القمة لاعب الأهلي يحتفل بهدفه على استاد القاهرة.", []),
    ],
)
def test_a_name_opening_the_sentence_before_a_players_role(
    normaliser: Normaliser, caption: str, expected: list[str]
) -> None:
    assert [p.name for p in normaliser.read(caption).record.persons] == expected


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        # A cleric's or an officer's honorific before a Persian name is no part of it.
        (
            "تهران- ایرنا- آیت‌الله علی خامنه‌ای رهبر انقلاب اسلامی در دیدار با مسئولان سخنرانی کرد.",
            ["علی خامنه‌ای"],
        ),
        ("تهران- ایرنا- سردار حسین رضایی فرمانده نیروی زمینی در مراسمی سخنرانی کرد.", ["حسین رضایی"]),
    ],
)
def test_a_persian_honorific_before_the_name(
    normaliser: Normaliser, caption: str, expected: list[str]
) -> None:
    assert [p.name for p in normaliser.read(caption).record.persons] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A nisba after the first title, then a second title: the name follows the second.
        ("ولي العهد السعودي الأمير محمد بن سلمان يستقبل رئيس الوزراء في الرياض.", ["محمد بن سلمان"]),
        # "ملك" with its country after it, and a regnal name.
        (
            "الرئيس المصري عبد الفتاح السيسي يستقبل ملك الأردن عبد الله الثاني في القاهرة.",
            ["عبد الفتاح السيسي", "عبد الله الثاني"],
        ),
    ],
)
def test_a_second_title_after_a_nisba_and_a_king_of_a_country(sentence: str, expected: list[str]) -> None:
    assert [p.name for p in find_people(sentence)[0]] == expected
