"""Credits of East and Central Asia's national agencies (issue 13, stop 33): Montsame, UzA, Kazinform, Kabar,
AZERTAC and Trend by name and home, the date Taiwan's Central News Agency prints after its credit, and the
agencies' English datelines with the agency between slashes."""

from __future__ import annotations

import pytest

from captions import normalise
from captions._model import ProvenanceKind, WarningCode


def _codes(caption: str, reference: str = "2027-10-20") -> set[WarningCode]:
    return {w.code for w in normalise(caption, reference_date=reference).warnings}


@pytest.mark.parametrize(
    ("caption", "source"),
    [
        (
            "Herders drive their horses to winter pastures in Arkhangai Province.\nPhoto: MONTSAME / D.Enkhbold",
            "Montsame",
        ),
        ("Workers harvest grapes in a vineyard in Samarkand region on October 18.\nPhoto: UzA", "UzA"),
        (
            "Алматы, 19 қазан – ҚазАқпарат. Көктөбе саябағында күзгі жәрмеңке өтті.\nФото: ҚазАқпарат",
            "Kazinform",
        ),
        ("Gəncə, 19 oktyabr, AZƏRTAC. Filarmoniyada payız konserti təşkil olunub.\nFoto: AZƏRTAC", "AZERTAC"),
    ],
)
def test_a_central_asian_agency_is_the_source(caption: str, source: str) -> None:
    record = normalise(caption, reference_date="2027-10-20")
    assert record.source == source
    assert record.creator is None
    assert WarningCode.MISSING_CREDIT not in _codes(caption)


def test_an_agencys_home_decides_its_town() -> None:
    # Trend is Azerbaijan's: "Şuşa" is Shusha, not Tunisia's Sousse.
    record = normalise(
        "Şuşa, 18 oktyabr. Şəhərdə mədəniyyət günləri keçirilib.\nFoto: Trend", reference_date="2027-10-20"
    )
    assert record.location is not None
    assert (record.location.city, record.location.country_code) == ("Shusha", "AZ")


@pytest.mark.parametrize(
    ("caption", "date"),
    [
        ("颱風過後，高雄港區漁民在雨中整理漁具。\n（中央社記者林育德攝 116年10月19日）", "2027-10-19"),
        (
            "Rescuers clear rocks from a road in Taitung County, Taiwan, after heavy rain. CNA photo Oct. 18, 2027",
            "2027-10-18",
        ),
    ],
)
def test_the_date_after_cnas_credit_dates_the_picture(caption: str, date: str) -> None:
    record = normalise(caption)
    assert record.date_created == date
    assert record.source == "CNA"
    assert record.credit_line in ("中央社記者林育德攝", "CNA photo")


@pytest.mark.parametrize(
    ("caption", "city", "date"),
    [
        (
            "Ulaanbaatar /MONTSAME/ Pupils play chess at the Central Sports Palace on October 18.\nPhoto: MONTSAME",
            "Ulan Bator",
            "2027-10-18",
        ),
        (
            "Ulaanbaatar city, October 19 (MONTSAME). Runners take part in a marathon.\nPhoto: MONTSAME",
            "Ulan Bator",
            "2027-10-19",
        ),
    ],
)
def test_an_agencys_dateline_between_slashes_names_the_town(caption: str, city: str, date: str) -> None:
    record = normalise(caption, reference_date="2027-10-20")
    assert record.location is not None
    assert record.location.city == city
    assert record.date_created == date


@pytest.mark.parametrize(
    "caption",
    [
        "Toshkent, 18-oktabr (UzA). O‘zbekiston Prezidenti Oqsaroyda delegatsiyani qabul qildi.\n"
        "Foto: Prezident matbuot xizmati",
        "Baku, October 19, Trend: President Ilham Aliyev attended the opening of a school in Baku.\nPhoto: President.az",
    ],
)
def test_a_presidents_press_service_or_site_handed_the_picture_out(caption: str) -> None:
    record = normalise(caption, reference_date="2027-10-20")
    assert [p.kind for p in record.provenance] == [ProvenanceKind.HANDOUT]
    assert record.creator is None
    assert WarningCode.MISSING_CREDIT not in _codes(caption)


def test_a_party_that_handed_its_picture_to_an_agency_leaves_the_agency_the_source() -> None:
    record = normalise(
        "A Japan Coast Guard patrol boat escorts a damaged cargo ship off Hakodate, Hokkaido, on Oct. 19, 2027. "
        "(Photo courtesy of Japan Coast Guard)(Kyodo)\n==Kyodo"
    )
    assert record.source == "Kyodo"
    assert [p.kind for p in record.provenance] == [ProvenanceKind.HANDOUT]


@pytest.mark.parametrize(
    ("caption", "source"),
    [
        (
            "[대구=뉴시스] 이정민 기자 = 18일 대구 수성못에서 시민들이 산책하고 있다. 2027.10.18. photo@newsis.com",
            "Newsis",
        ),
        ("[서울=뉴스1] 김지훈 기자 = 19일 서울 광화문광장에서 시민들이 가을 축제를 즐기고 있다.", "News1"),
    ],
)
def test_a_korean_agencys_dateline_in_square_brackets_credits_it(caption: str, source: str) -> None:
    record = normalise(caption, reference_date="2027-10-20")
    assert record.source == source
    assert WarningCode.MISSING_CREDIT not in _codes(caption)


def test_a_handouts_restriction_block_after_its_credit_leaves_the_credit() -> None:
    caption = (
        "Il presidente del Consiglio durante l'incontro con i sindacati a Palazzo Chigi, Roma, 19 ottobre 2027. "
        "UFFICIO STAMPA PALAZZO CHIGI/ANSA +++ HO - NO SALES EDITORIAL USE ONLY +++"
    )
    record = normalise(caption)
    assert record.source == "ANSA"
    assert [p.kind for p in record.provenance] == [ProvenanceKind.HANDOUT]


def test_a_province_named_like_an_agency_before_a_bracketed_date_is_no_credit() -> None:
    # "NTB" is West Nusa Tenggara and Norway's agency: before "Kamis (24/8/2028)" it closes the place chain;
    # Antara's credit closes the caption.
    record = normalise(
        "Warga membersihkan lumpur di Sembalun, Kabupaten Lombok Timur, NTB, Kamis (24/8/2028). ANTARA "
        "FOTO/Rizky Pratama/foc."
    )
    assert (record.creator, record.source, record.date_created) == ("Rizky Pratama", "Antara", "2028-08-24")
