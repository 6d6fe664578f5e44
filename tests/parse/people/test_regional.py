"""People as North American pages and feeds write them: a Spanish title with its place before the name, a
college team with an ampersand before a player's role."""

from __future__ import annotations

import pytest

from captions import Normaliser


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        (
            "El gobernador de Florida, Ron DeSantis, habla durante una conferencia de prensa en Tallahassee, "
            "Florida, el 2 de septiembre de 2026. (AP Foto/Phil Sears)",
            ["Ron DeSantis"],
        ),
        # A place named with its article in the title's body: "de El Salvador", "de los Estados Unidos".
        (
            "El presidente de El Salvador, Nayib Bukele, habla en San Salvador, el 24 de septiembre de 2026. "
            "(AP Foto/Salvador Meléndez)",
            ["Nayib Bukele"],
        ),
        (
            "La secretaria de Estado de los Estados Unidos, Ana Ruiz, llega a Ciudad de México, el 3 de marzo "
            "de 2026. (AP Foto/Marco Ugarte)",
            ["Ana Ruiz"],
        ),
    ],
)
def test_a_spanish_title_with_its_place_vouches_for_the_name_after_it(
    normaliser: Normaliser, caption: str, expected: list[str]
) -> None:
    assert [p.name for p in normaliser.normalise(caption).persons] == expected


@pytest.mark.parametrize(
    "caption",
    [
        "Texas A&M Aggies wide receiver Mario Craver (1) catches a pass in Lubbock, Texas, on Oct. 24, 2026. "
        "(AP Photo/Sam Craft)",
        "Texas A&M wide receiver Mario Craver (1) catches a pass in Lubbock, Texas, on Oct. 24, 2026. "
        "(AP Photo/Sam Craft)",
    ],
)
def test_a_team_with_an_ampersand_is_no_one(normaliser: Normaliser, caption: str) -> None:
    assert [p.name for p in normaliser.normalise(caption).persons] == ["Mario Craver"]


@pytest.mark.parametrize(
    "caption",
    [
        # Indonesian place words before a name: an area, a port, a regency's; no one's name.
        "Pengunjung memadati kawasan Kota Tua, Jakarta, Minggu (7/12/2026). ANTARA FOTO/Aprillio Akbar/nym.",
        "Kapal wisata bersandar di Pelabuhan Marina Bahari, Kabupaten Manggarai Barat, Nusa Tenggara Timur, "
        "Minggu (7/12/2026). KOMPAS/AGUS SUSANTO",
    ],
)
def test_an_indonesian_place_word_before_a_name_makes_it_no_ones(
    normaliser: Normaliser, caption: str
) -> None:
    assert normaliser.normalise(caption).persons == ()


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        # Vietnamese titles end in a word in lower case: the name follows it.
        (
            "Chủ tịch nước Lương Cường phát biểu tại lễ kỷ niệm ở Hà Nội, ngày 5/12/2026. Ảnh: Lâm Khánh/TTXVN",
            ["Lương Cường"],
        ),
        (
            "Thủ tướng Phạm Minh Chính thăm công trường cao tốc tại tỉnh Đồng Nai, ngày 5/12/2026. "
            "Ảnh: Dương Giang/TTXVN",
            ["Phạm Minh Chính"],
        ),
        # Azerbaijani and Turkish put the place word after the town, right after a titled name: the town is
        # no part of the name, and a small "ş" opens no name.
        (
            "Bakı, 6 dekabr, AZƏRTAC\nPrezident İlham Əliyev Lənkəran şəhərində yeni xəstəxananın açılışında "
            "iştirak edib.\nFoto: AZƏRTAC",
            ["İlham Əliyev"],
        ),
        (
            "Cumhurbaşkanı Recep Tayyip Erdoğan Rize kentinde vatandaşlarla bir araya geldi. (Fotoğraf: AA)",
            ["Recep Tayyip Erdoğan"],
        ),
    ],
)
def test_a_title_of_the_region_before_a_name(
    normaliser: Normaliser, caption: str, expected: list[str]
) -> None:
    assert [p.name for p in normaliser.normalise(caption, reference_date="2026-12-07").persons] == expected
