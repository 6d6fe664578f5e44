"""Local news, round two: Hong Kong and Taiwan Chinese day words, credits and new towns; names of places
after people; titles of county heads; players of teams of several words; England's regional papers."""

from __future__ import annotations

from datetime import date

import pytest

from captions import Normaliser


@pytest.mark.parametrize(
    ("caption", "reference", "expected"),
    [
        # Chinese writes no spaces: the day word sits inside a run of letters.
        ("荃灣大會堂今日舉行書展，市民入場選購。（黎志強攝）", "2027-05-07", "2027-05-07"),
        ("台中市昨日舉辦燈會，民眾擠滿會場。（記者林美玲攝）", "2027-05-07", "2027-05-06"),
        ("元朗今早下起大雨，多條道路水浸。（張國華攝）", "2027-05-07", "2027-05-07"),
    ],
)
def test_unspaced_chinese_day_words_date_the_picture(
    normaliser: Normaliser, caption: str, reference: str, expected: str
) -> None:
    record = normaliser.normalise(caption, reference_date=date.fromisoformat(reference))
    assert record.date_created == expected


def test_a_chinese_day_word_inside_a_papers_name_is_no_date(normaliser: Normaliser) -> None:
    record = normaliser.normalise("記者在今日美國報社外拍照。（黎志強攝）", reference_date=date(2027, 5, 7))
    assert record.date_created is None


def test_a_hong_kong_papers_bracketed_photographer_is_the_credit(normaliser: Normaliser) -> None:
    record = normaliser.normalise(
        "元朗今早下起大雨，多條道路水浸。（記者張國華攝）", reference_date=date(2027, 5, 7)
    )
    assert record.creator == "張國華"
    assert "missing_credit" not in {w.code for w in record.warnings}


def test_a_new_territories_town_opening_a_chinese_caption_is_the_town(normaliser: Normaliser) -> None:
    record = normaliser.normalise(
        "大埔墟街市今日重開，居民一早排隊。（黎志強攝）", reference_date=date(2027, 5, 7)
    )
    assert record.location is not None
    assert (record.location.city, record.location.country_code) == ("Tai Po", "HK")


def test_a_new_territories_town_written_with_hong_kong_is_a_town_of_its_own(normaliser: Normaliser) -> None:
    record = normaliser.normalise("Residents queue at the reopened market in Tai Po, Hong Kong, on Friday.")
    assert record.location is not None
    assert record.location.city == "Tai Po"
    kowloon = normaliser.normalise("Shoppers crowd the streets of Mong Kok, Hong Kong, on Friday.")
    assert kowloon.location is not None
    assert kowloon.location.city == "Hong Kong"  # a district of Kowloon stays a place in the city


def _names(normaliser: Normaliser, caption: str) -> list[str]:
    return [p.name for p in normaliser.normalise(caption).persons]


@pytest.mark.parametrize(
    "caption",
    [
        "Disgyblion Ysgol Syr John Rhys yn canu yn y dref ddydd Llun. Llun: Eirian Jones",
        "Plant Ysgol Gynradd Owain Glyndŵr yn plannu coed yn Y Bala ddydd Mawrth. Llun: Cyngor Gwynedd",
        "Médicos del Hospital Doctor Peset atienden a los heridos en Valencia el martes.",
        "Il saggio di fine anno degli allievi al Conservatorio Gioachino Rossini di Pesaro, sabato (foto Marchi)",
        "Vecinos de la colonia Felipe Carrillo Puerto bloquearon la calle 60 en Mérida por la falta de agua.",
    ],
)
def test_a_person_a_place_is_named_after_is_not_shown(normaliser: Normaliser, caption: str) -> None:
    assert _names(normaliser, caption) == []


def test_a_county_warden_is_a_title(normaliser: Normaliser) -> None:
    caption = (
        "Bruce County Warden Jane Orrell cuts a ribbon at the new fire hall in Walkerton, Ont., on Friday."
    )
    assert _names(normaliser, caption) == ["Jane Orrell"]


@pytest.mark.parametrize(
    "caption",
    [
        "Burnie's Riley Cox marks in front of South Burnie's Josh Grant at West Park Oval in Burnie on Saturday.",
        "Kingborough's Tom Lyle kicks clear of North Hobart's Sam Dean at North Hobart Oval on Saturday.",
    ],
)
def test_a_player_of_a_team_of_several_words_beside_the_subject_is_shown(
    normaliser: Normaliser, caption: str
) -> None:
    assert len(_names(normaliser, caption)) == 2


def test_an_english_regional_paper_puts_its_town_in_england(normaliser: Normaliser) -> None:
    record = normaliser.normalise(
        "Traders set up the Saturday market in Castle Street, Kendal.\nPicture: Westmorland Gazette"
    )
    assert record.location is not None
    assert record.location.country_code == "GB"


def test_a_local_papers_name_in_a_credit_is_no_photographer(normaliser: Normaliser) -> None:
    record = normaliser.normalise("Traders set up the Saturday market in Darlington. Picture: Northern Echo")
    assert record.creator is None
