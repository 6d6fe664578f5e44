"""Towns of Mongolia written in Cyrillic with "хот" (city) after them (issue 13, stop 33)."""

from __future__ import annotations

import pytest

from captions import normalise


@pytest.mark.parametrize(
    ("caption", "city"),
    [
        (
            "Улаанбаатар хотын Чингисийн талбайд 10 дугаар сарын 18-нд болсон жагсаал.\nФото: МОНЦАМЭ",
            "Ulan Bator",
        ),
        ("Дархан хотод 10 дугаар сарын 19-нд шинэ сургууль нээгдлээ.\nФото: МОНЦАМЭ", "Darhan"),
    ],
)
def test_a_mongolian_town_before_its_city_word(caption: str, city: str) -> None:
    record = normalise(caption, reference_date="2027-10-20")
    assert record.location is not None
    assert record.location.city == city
    assert record.location.country_code == "MN"


@pytest.mark.parametrize(
    ("caption", "region"),
    [
        ("Workers harvest grapes in a vineyard in Samarkand region on October 18.\nPhoto: UzA", "Samarqand"),
        ("Farmers pick cotton in the Kashkadarya region on October 18.\nPhoto: UzA", "Kashkadarya"),
    ],
)
def test_an_uzbek_region_by_its_english_name(caption: str, region: str) -> None:
    record = normalise(caption, reference_date="2027-10-20")
    assert record.location is not None
    assert (record.location.city, record.location.province_state) == (None, region)


@pytest.mark.parametrize(
    ("caption", "city", "date"),
    [
        ("大相撲の秋巡業8日目の18日、福岡国際センターに集まった観客（共同）", "Fukuoka", "2027-10-18"),
        (
            "颱風過後，基隆港邊民眾在雨中整理漁具。（中央社記者陳靜萍攝 116年10月18日）",
            "Keelung",
            "2027-10-18",
        ),
    ],
)
def test_a_port_or_a_venue_named_after_its_town(caption: str, city: str, date: str) -> None:
    record = normalise(caption, reference_date="2027-10-20")
    assert record.location is not None
    assert record.location.city == city
    assert record.date_created == date


def test_a_leagues_round_in_the_genitive_names_no_town() -> None:
    # "Süper Lig'in 13. haftasında" (in the league's 13th week): Lig is no town (Serbia's Ljig); the dateline's is.
    record = normalise(
        "İZMİR (AA) - Trendyol Süper Lig'in 9. haftasında Göztepe ile Samsunspor, 19 Ekim 2027'de karşılaştı. "
        "(Mehmet Kaya - Anadolu Ajansı)"
    )
    assert record.location is not None
    assert (record.location.city, record.location.country_code) == ("İzmir", "TR")


@pytest.mark.parametrize(
    ("caption", "city", "region"),
    [
        # The region alone, in the locative: no town.
        ("Namangan viloyatida anor hosili yig‘ib olinmoqda, 12-noyabr. Foto: Aziz Qodirov", None, "Namangan"),
        # A district the gazetteer knows as a town of that region is the town shown.
        (
            "Buxoro viloyatining G‘ijduvon tumanida kulolchilik festivali bo‘lib o‘tdi, 12-noyabr.\n"
            "Foto: Nodira Saidova",
            "G’ijduvon Shahri",
            "Buxoro",
        ),
        # One it does not know leaves the region.
        (
            "Samarqand viloyatining Kattaqo‘rg‘on suv omborida baliq ovlash mavsumi boshlandi.\nFoto: Ravshan Tursunov",
            None,
            "Samarqand",
        ),
    ],
)
def test_an_uzbek_region_before_viloyati_in_its_case(caption: str, city: str | None, region: str) -> None:
    record = normalise(caption, reference_date="2027-11-14")
    assert record.location is not None
    assert (record.location.city, record.location.province_state, record.location.country_code) == (
        city,
        region,
        "UZ",
    )


@pytest.mark.parametrize(
    ("caption", "city"),
    [
        ("槟城乔治市的老街在周末吸引大批游客。（摄影：黄志强）", "George Town"),
        ("民众在巴生市的夜市购买小吃。（摄影：黄志强）", "Klang"),
    ],
)
def test_a_malaysian_town_in_chinese(caption: str, city: str) -> None:
    # Malaysia's Chinese papers name its towns in characters (script_names.json, `MINORITY_COUNTRIES`).
    record = normalise(caption, reference_date="2027-11-14")
    assert record.location is not None
    assert (record.location.city, record.location.country_code) == (city, "MY")


@pytest.mark.parametrize(
    ("caption", "city", "country"),
    [
        ("Шымкент қаласында жаңа саябақ ашылды, 12 қараша. Фото: Ерлан Серікұлы", "Shymkent", "KZ"),
        ("Алматы қаласының көшелерінде алғашқы қар жауды. Фото: Ерлан Серікұлы", "Almaty", "KZ"),
        ("Бишкек шаарында жаңы парк ачылды. Сүрөт: Азамат Усенов", "Bishkek", "KG"),
    ],
)
def test_a_kazakh_or_kyrgyz_town_before_its_city_word(caption: str, city: str, country: str) -> None:
    record = normalise(caption, reference_date="2027-11-14")
    assert record.location is not None
    assert (record.location.city, record.location.country_code) == (city, country)
