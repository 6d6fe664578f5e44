"""Credits of breaking-news pictures: the services that hand them out (police and fire commands, spokesperson
units) named in their own languages, Chinese papers' "picture source" label, and a lower-case brand after
Reuters' dateline."""

from __future__ import annotations

import pytest

from captions._model import ProvenanceKind
from captions._parse import clean_with_breaks
from captions._parse._credit import find_credit


def credit(caption: str):  # type: ignore[no-untyped-def]
    return find_credit(*clean_with_breaks(caption))


@pytest.mark.parametrize(
    "caption",
    [
        # Polish police and fire commands by their initials: the town police (KMP), the district's (KPP),
        # the province's (KWP), the state fire service's town command (KM PSP), a volunteer brigade (OSP).
        "Policjanci na miejscu wypadku w Krakowie, 3 kwietnia 2027 r. Fot. KMP Kraków",
        "Wypadek na drodze wojewódzkiej pod Krakowem, 7 kwietnia 2027 r. Fot. KPP Wieliczka",
        "Zatrzymanie podejrzanego w Poznaniu, 6 kwietnia 2027 r. Fot. KWP Poznań",
        "Strażacy gaszą pożar hali we Wrocławiu, 5 kwietnia 2027 r. Fot. KM PSP Wrocław",
        "Strażacy przy zalanej drodze, 8 kwietnia 2027 r. Fot. OSP Kąty Wrocławskie",
        # Hebrew spokesperson units: of the fire service, of the police, of a town hall.
        "כוחות כיבוי בזירת השריפה בבאר שבע, הלילה. צילום: דוברות כבאות והצלה",
        "שוטרים בזירת הירי בתל אביב, אמש. צילום: דוברות המשטרה",
        "הפגנה מול בניין העירייה בתל אביב, הלילה. צילום: דוברות עיריית תל אביב",
    ],
)
def test_a_police_or_fire_service_credited_hands_the_picture_out(caption: str) -> None:
    found = credit(caption)
    assert found.creator is None
    assert ProvenanceKind.HANDOUT in {kind for kind, _, _ in found.provenance}


@pytest.mark.parametrize(
    ("caption", "creator"),
    [
        ("מפגינים מול משרד ראש הממשלה בירושלים, הלילה. צילום: יוסי כהן", "יוסי כהן"),
        (
            "Strażacy na miejscu pożaru kamienicy w Poznaniu, 10 kwietnia 2027 r. Fot. Jan Kowalczyk",
            "Jan Kowalczyk",
        ),
    ],
)
def test_a_photographer_credited_in_those_languages_stays_the_creator(caption: str, creator: str) -> None:
    found = credit(caption)
    assert found.creator == creator
    assert not found.provenance


@pytest.mark.parametrize(
    ("caption", "line", "source"),
    [
        (
            "深圳市南山区一栋写字楼发生火灾，图为4月2日晚消防员在现场救援。（图片来源：视觉中国）",
            "视觉中国",
            "VCG",
        ),
        ("广州市天河区暴雨致道路积水，图为4月12日市民涉水出行。（圖片來源：視覺中國）", "視覺中國", "VCG"),
        (
            "北京市朝阳区一小区发生燃气爆炸，图为4月10日救援人员在现场搜救。图片来源：视觉中国",
            "视觉中国",
            "VCG",
        ),
    ],
)
def test_a_chinese_picture_source_label_opens_the_credit(caption: str, line: str, source: str) -> None:
    found = credit(caption)
    assert found.line == line
    assert found.source == source
    assert found.creator is None


def test_a_lower_case_brand_after_the_year_s_stop_is_the_whole_credit() -> None:
    # Reuters writes its China dateline with no comma before the date; China News Service signs in lower case.
    found = credit(
        "Firefighters hose down a burning warehouse in Shanghai, China April 6, 2027. cnsphoto via REUTERS"
    )
    assert found.line == "cnsphoto via REUTERS"
    assert found.source == "Reuters"


@pytest.mark.parametrize(
    ("caption", "source"),
    [
        # National agencies that distribute their own staff's pictures: no party handing one out.
        (
            "Sylhet, Mar 3 (BSS) - Tea workers pluck leaves at a garden in Sylhet on Wednesday. Photo: BSS",
            "BSS",
        ),
        ("খুলনা, ৪ মার্চ (বাসস): রূপসা নদীর তীরে জেলেরা জাল মেরামত করছেন। ছবি: বাসস", "BSS"),
        ("Huambo - O Governador visita uma escola no Huambo, nesta terça-feira. (Foto: ANGOP)", "ANGOP"),
        ("Des jeunes jouent au football sur la plage de Sousse, le 6 mars 2027. Photo TAP", "TAP"),
        ("ملتان: کسان سرسوں کی فصل کاٹ رہے ہیں، 3 مارچ 2027۔ فوٹو: اے ایف پی", "AFP"),
    ],
)
def test_a_regional_agency_credits_its_own_picture(caption: str, source: str) -> None:
    found = credit(caption)
    assert found.source == source
    assert ProvenanceKind.HANDOUT not in {kind for kind, _, _ in found.provenance}


@pytest.mark.parametrize("dash", ["—", "–", "-"])
def test_an_agency_photo_by_after_a_dash_closing_the_caption(dash: str) -> None:
    found = credit(
        f"Peshawar: Children play cricket in a street, March 4, 2027. {dash} APP photo by Sohail Afridi"
    )
    assert found.creator == "Sohail Afridi"
    assert found.source == "APP"


def test_a_hausa_photo_label_and_a_seat_of_office_hand_the_picture_out() -> None:
    found = credit(
        "Gwamnan Jihar Kano yana duba aikin titi a Kano ranar Talata, 2 ga Maris, 2027. Hoto: Gidan Gwamnatin Kano"
    )
    assert found.line == "Gidan Gwamnatin Kano"
    assert found.creator is None
    assert ProvenanceKind.HANDOUT in {kind for kind, _, _ in found.provenance}
