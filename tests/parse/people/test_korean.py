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
        # A title glued to its town ("대구시장", mayor of Daegu), a ministry between name and title, a position
        # marker between title and particle.
        ("(대구=연합뉴스) 권오성 대구시장이 4일 시청에서 발언하고 있다. 2026.3.4", [("권오성", "대구시장")]),
        (
            "(세종=연합뉴스) 한지민 기획재정부 장관(왼쪽)이 9일 정부세종청사에서 회의를 주재하고 있다. 2026.3.9",
            [("한지민", "장관")],
        ),
        # "고(故)" (the late) before the name of a painter shown in a file picture.
        (
            "고(故) 박서우 화백이 1992년 서울의 화실에서 작업하고 있다. [연합뉴스 자료사진]",
            [("박서우", "화백")],
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
        # A title in the possessive ("여사의 빈소", the late lady's funeral altar) names someone not shown.
        "(서울=연합뉴스) 고(故) 김정순 여사의 빈소가 마련된 서울의 한 장례식장에서 조문객들이 조문하고 있다.",
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


def test_a_name_glued_to_a_position_marker_is_someone_shown(normaliser: Normaliser) -> None:
    caption = (
        "황민재(오른쪽)가 7일 인천에서 열린 경기에서 골을 넣은 뒤 동료와 기뻐하고 있다. [연합뉴스 자료사진]"
    )
    assert [p.name for p in normaliser.read(caption).record.persons] == ["황민재"]


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        (
            "(런던 로이터=연합뉴스) 토트넘 홋스퍼의 손흥민이 1일(현지시간) 영국 런던 토트넘 홋스퍼 스타디움에서 "
            "열린 경기에서 슈팅하고 있다. 2027.2.2",
            ["손흥민"],
        ),
        (
            "(뮌헨 AP=연합뉴스) 바이에른 뮌헨의 김민재가 14일(현지시간) 독일 뮌헨에서 열린 경기에서 공을 "
            "걷어내고 있다. 2027.2.15",
            ["김민재"],
        ),
    ],
)
def test_a_teams_player_named_before_the_day_is_shown(
    normaliser: Normaliser, caption: str, expected: list[str]
) -> None:
    assert [p.name for p in normaliser.read(caption).record.persons] == expected


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        ("정하윤이 11일 서울 잠실실내체육관에서 열린 경기에서 스파이크를 하고 있다. 2027.3.11", ["정하윤"]),
        ("(인천=연합뉴스) 류도현이 9일 인천국제공항을 통해 입국하고 있다. 2027.3.9", ["류도현"]),
        # A town ("부산시", the city of Busan) opening the sentence is none.
        ("부산시가 8일 해운대 해수욕장에서 개장식을 열고 있다. 2027.3.8", []),
    ],
)
def test_the_subject_opening_the_sentence_before_the_day_is_shown(
    normaliser: Normaliser, caption: str, expected: list[str]
) -> None:
    assert [p.name for p in normaliser.read(caption).record.persons] == expected


def test_a_places_event_before_the_day_names_no_one(normaliser: Normaliser) -> None:
    caption = "(서울=연합뉴스) 서울시의 김장 나눔 행사가 3일 서울광장에서 열리고 있다. 2026.12.3"
    assert not normaliser.read(caption).record.persons


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        # A company between the name and the title, as a ministry stands there.
        (
            "(서울=연합뉴스) 이재용 삼성전자 회장이 18일 서울 서초구 사옥에서 열린 행사에 참석하고 있다.",
            [("이재용", "회장")],
        ),
        ("정의선 현대자동차 회장이 20일 울산공장을 둘러보고 있다. (연합뉴스)", [("정의선", "회장")]),
    ],
)
def test_a_company_between_the_name_and_the_title(
    normaliser: Normaliser, caption: str, expected: list[tuple[str, str]]
) -> None:
    persons = normaliser.read(caption).record.persons
    assert [(p.name, p.description) for p in persons] == expected
