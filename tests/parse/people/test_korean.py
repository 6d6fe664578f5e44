"""People named in Korean: three syllables opening with a surname, then the title as a word of its own."""

from __future__ import annotations

import pytest

from captions import Normaliser


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        (
            "6일 오후 서울 여의도 국회에서 열린 본회의에서 김영진 국회의장이 개회를 선언하고 있다. 2026.3.6 "
            "(서울=연합뉴스) 박지훈 기자",
            [("김영진", "국회의장")],
        ),
        # "전" (former) before the title; the particle "과" (and) glued to it.
        (
            "박상철 전 총리가 15일 서울 종로구에서 기자회견을 하고 있다. 2026.4.15 (서울=연합뉴스)",
            [("박상철", "총리")],
        ),
        (
            "손민호 감독과 정우진 선수가 12일 수원에서 열린 경기를 마치고 인사하고 있다. 2026.6.12 (연합뉴스)",
            [("손민호", "감독"), ("정우진", "선수")],
        ),
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
        # The reporter of the credit is no person shown; a country ("미국의", of the US) is no name.
        "(부산=연합뉴스) 이영호 기자 = 3일 오후 부산 해운대구 해수욕장에서 시민들이 더위를 식히고 있다. 2025.8.3",
        "한국 대통령이 미국의 대통령과 만나고 있다. 2025.8.3 (서울=연합뉴스)",
        # A town's name before its mayor ("전주시 시장") is no person.
        "전주시 시장이 축제 개막식에서 인사하고 있다. 2025.8.3 (연합뉴스)",
    ],
)
def test_no_name_without_a_title_after_it(normaliser: Normaliser, caption: str) -> None:
    assert normaliser.read(caption).record.persons == ()


def test_an_english_caption_with_a_name_in_hangul_stays_english(normaliser: Normaliser) -> None:
    caption = (
        "South Korean President Lee Jae-myung (이재명) speaks during a news conference in Seoul, South Korea, "
        "Tuesday, March 10, 2026. (AP Photo/Ahn Young-joon)"
    )
    assert [p.name for p in normaliser.read(caption).record.persons] == ["Lee Jae-myung"]
