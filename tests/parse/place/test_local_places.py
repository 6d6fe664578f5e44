"""Towns as local papers write them: Welsh mutations after "yn", Irish eclipsis after "i", Tamil and
Punjabi names with their postpositions, Hindi's anusvara spelling, Maori weekdays that are no town."""

from __future__ import annotations

import pytest

from captions import Normaliser


@pytest.mark.parametrize(
    ("caption", "city", "country"),
    [
        ("Siopwyr yn y farchnad yng Nghaerfyrddin ddydd Sadwrn. Llun: Nia Rees", "Carmarthen", "GB"),
        ("Protest y tu allan i'r llys ym Mangor ddydd Llun. Llun: Ifan Jones", "Bangor", "GB"),
        ("Cerddwyr ar y bont yn Nhywyn ddydd Sul. Llun: Mari Evans", "Tywyn", "GB"),
        ("Slua ag siopadóireacht i mBaile Átha Cliath Dé Sathairn. Pictiúr: Eoin Ó Néill", "Dublin", "IE"),
        ("ਬਠਿੰਡਾ ਵਿਖੇ ਐਤਵਾਰ ਨੂੰ ਕਿਸਾਨ ਮੇਲਾ। ਤਸਵੀਰ: ਗੁਰਦੀਪ ਸਿੰਘ", "Bathinda", "IN"),
        ("மதுரையில் ஞாயிற்றுக்கிழமை நடைபெற்ற ஊர்வலம்.", "Madurai", "IN"),
        ("कोयंबत्तूर में सोमवार को बारिश के बाद सड़क पर जमा पानी।", "Coimbatore", "IN"),
        ("Ka hui ngā tāngata i Whakatāne i te Rātū. Whakaahua: Rangi Kingi", "Whakatane", "NZ"),
    ],
)
def test_local_forms_of_towns(normaliser: Normaliser, caption: str, city: str, country: str) -> None:
    location = normaliser.normalise(caption).location
    assert location is not None
    assert (location.city, location.country_code) == (city, country)


def test_a_maori_weekday_is_no_town(normaliser: Normaliser) -> None:
    # "Rātū" (Tuesday) is also a town of India: after "i te" it is the day, and no place is read from it.
    location = normaliser.normalise("Ka haka ngā tauira i te Rātū. Whakaahua: Rangi Kingi").location
    assert location is None or location.country_code != "IN"


def test_a_facilitys_event_is_the_facility(normaliser: Normaliser) -> None:
    # "the Lititz Public Library's annual book sale": the library holds the sale and is the place shown.
    location = normaliser.normalise(
        "Children browse books at the Manheim Public Library's annual book sale in Manheim, PA, on Saturday."
    ).location
    assert location is not None
    assert location.sublocation == "Manheim Public Library"
