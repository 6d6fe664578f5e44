"""People named in Japanese: a name in kanji right before its title."""

from __future__ import annotations

import pytest

from captions import Normaliser


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        ("記者会見する小池百合子知事＝3日午後、東京都庁（共同）", [("小池百合子", "知事")]),
        # A modifier of the title ("前", former) is no part of the name.
        ("講演する岸田文雄前首相＝2日午後、広島市（共同）", [("岸田文雄", "首相")]),
        ("本塁打を放つ大谷翔平選手＝2日、ロサンゼルス（共同）", [("大谷翔平", "選手")]),
    ],
)
def test_a_name_before_its_title(
    normaliser: Normaliser, caption: str, expected: list[tuple[str, str]]
) -> None:
    persons = normaliser.read(caption).record.persons
    assert [(p.name, p.description) for p in persons] == expected


@pytest.mark.parametrize(
    "caption",
    [
        # A title followed by more kanji is a word of its own: the Prime Minister's office names no one.
        "閣議に臨む閣僚たち＝3日午前、首相官邸（共同）",
        # A surname alone ("高市首相"), or "同首相" (the said minister), is not read.
        "衆院予算委員会で答弁する高市首相＝5日午前、国会（共同）",
        "同首相は記者団の質問に答えた＝5日午前（共同）",
    ],
)
def test_no_name_without_a_full_name_before_the_title(normaliser: Normaliser, caption: str) -> None:
    assert normaliser.read(caption).record.persons == ()


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        # A company's chairman and president, after the company and "の".
        ("記者会見するトヨタ自動車の豊田章男会長＝18日午後、愛知県豊田市", [("豊田章男", "会長")]),
        ("決算を発表するソニーグループの山田浩二社長＝13日午後、東京都港区", [("山田浩二", "社長")]),
    ],
)
def test_the_head_of_a_company(normaliser: Normaliser, caption: str, expected: list[tuple[str, str]]) -> None:
    persons = normaliser.read(caption).record.persons
    assert [(p.name, p.description) for p in persons] == expected


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        (
            "記者会見する日産自動車のイバン・エスピノーサ社長＝19日午後、横浜市",
            [("イバン・エスピノーサ", "社長")],
        ),
        # A country's abbreviation between the name and the title; the people in the order written.
        (
            "会談に臨むドナルド・トランプ米大統領（左）と石破茂首相＝15日、ワシントン（共同）",
            [("ドナルド・トランプ", "大統領"), ("石破茂", "首相")],
        ),
        # One word of katakana is no name: footballers.
        ("練習するサッカー選手たち＝15日、東京", []),
    ],
)
def test_a_foreign_name_in_katakana(
    normaliser: Normaliser, caption: str, expected: list[tuple[str, str]]
) -> None:
    persons = normaliser.read(caption).record.persons
    assert [(p.name, p.description) for p in persons] == expected


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        # A foreign head of state before a position mark, then the Japanese leader he greets.
        (
            "習近平国家主席（右）と握手する高市早苗首相＝北京の人民大会堂（共同）",
            [("習近平", "国家主席"), ("高市早苗", "首相")],
        ),
        (
            "金正恩総書記（中央）と並ぶ崔善姫外相＝平壌（朝鮮中央通信）",
            [("金正恩", "総書記"), ("崔善姫", "外相")],
        ),
        ("頼清徳総統（左）と面会する古屋圭司議員＝台北（共同）", [("頼清徳", "総統"), ("古屋圭司", "議員")]),
    ],
)
def test_a_foreign_leader_before_a_position_mark(
    normaliser: Normaliser, caption: str, expected: list[tuple[str, str]]
) -> None:
    persons = normaliser.read(caption).record.persons
    assert [(p.name, p.description) for p in persons] == expected


@pytest.mark.parametrize(
    "caption",
    [
        # A party, an assembly before a title: a body's post, no one named.
        "記者会見する自民党幹事長＝5日午後、東京・永田町（共同）",
        "朝鮮労働党総書記の演説を聞く市民＝平壌（朝鮮中央通信）",
        "市議会議員の視察＝3日、大阪市（共同）",
        "新疆ウイグル自治区主席の会見＝ウルムチ（共同）",
    ],
)
def test_a_body_before_a_title_is_no_one(normaliser: Normaliser, caption: str) -> None:
    assert normaliser.read(caption).record.persons == ()


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        # Kyodo's subject before "＝" and the day, a known surname opening it.
        ("ゴール前で競り合う松田陽斗＝16日、埼玉スタジアム（共同）", [("松田陽斗", None)]),
        ("力走する石田美咲＝14日、東京・国立競技場", [("石田美咲", None)]),
        # A ballplayer's role after his name, as a title.
        ("笑顔を見せる岡本健太投手＝15日、アリゾナ州（共同）", [("岡本健太", "投手")]),
        # A castle named as a surname is written is no one; nor is a row of trees.
        ("ライトアップされた上田城＝3日、長野県上田市（共同）", []),
        ("満開を迎えた桜並木＝5日午前、東京・目黒川（共同）", []),
    ],
)
def test_the_subject_before_the_day(
    normaliser: Normaliser, caption: str, expected: list[tuple[str, str | None]]
) -> None:
    persons = normaliser.read(caption).record.persons
    assert [(p.name, p.description) for p in persons] == expected
