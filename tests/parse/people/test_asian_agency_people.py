"""People in the captions of East and Central Asia's agencies: a title's country written
after it in Vietnamese, sumo wrestlers by rank and ring name, and bodies and parks no one is named after."""

from __future__ import annotations

import pytest

from captions import normalise


def _people(caption: str) -> list[str]:
    return [p.name for p in normalise(caption, reference_date="2027-10-20").persons]


@pytest.mark.parametrize(
    ("caption", "person"),
    [
        (
            "Thủ tướng Nhật Bản Ishiba Shigeru dự lễ khai mạc triển lãm ở Osaka, ngày 19/10/2027. Ảnh: Đức Thắng/TTXVN",
            "Ishiba Shigeru",
        ),
        (
            "Tổng thống Hàn Quốc Lee Jae-myung phát biểu tại hội nghị ở Seoul, ngày 18/10/2027. Ảnh: Trần Hải/TTXVN",
            "Lee Jae-myung",
        ),
    ],
)
def test_a_titles_country_after_it_is_no_part_of_the_name(caption: str, person: str) -> None:
    assert _people(caption) == [person]


@pytest.mark.parametrize(
    ("caption", "people"),
    [
        (
            "Ozeki Kotozakura (L) pushes out sekiwake Oho during a sumo exhibition in Osaka on Oct. 18, 2027. (Kyodo)",
            ["Kotozakura", "Oho"],
        ),
        (
            "Yokozuna Hoshoryu performs a ring-entering ceremony at Meiji Shrine in Tokyo on Oct. 19, 2027. (Kyodo)",
            ["Hoshoryu"],
        ),
    ],
)
def test_a_sumo_rank_names_the_wrestler_by_his_ring_name(caption: str, people: list[str]) -> None:
    assert _people(caption) == people


@pytest.mark.parametrize(
    "caption",
    [
        "Astana, 19 Ekim 2027 - Türk Devletleri Teşkilatı zirvesine katılan liderler aile fotoğrafı verdi.\n"
        "(Fotoğraf: Resul Rehimov - Anadolu Ajansı)",
        "Bakı, 18 oktyabr, AZƏRTAC. Paytaxtda Dənizkənar Milli Parkda payız festivalı keçirilib.\n"
        "Foto: Rəşad Əliyev/AZƏRTAC",
    ],
)
def test_a_body_or_a_park_is_no_one(caption: str) -> None:
    assert _people(caption) == []
