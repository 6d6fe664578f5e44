"""Credits that name the outlet whose own picture it is (a paper in a script with no capitals, a local paper,
a picture agency, a broadcaster: no handout), and photographers' bylines closing Korean, Japanese, Russian and
US local stations' captions."""

from __future__ import annotations

import pytest

from captions._model import ProvenanceKind
from captions._parse import clean_with_breaks
from captions._parse._credit import Credit, find_credit


def credit(caption: str) -> Credit:
    return find_credit(*clean_with_breaks(caption))


def handed_out(found: Credit) -> bool:
    return any(kind == ProvenanceKind.HANDOUT for kind, _, _ in found.provenance)


@pytest.mark.parametrize(
    ("caption", "source"),
    [
        # One word of a script with no capitals after its label: the paper's (or agency's) own picture.
        ("لاہور میں جمعہ کو مال روڈ پر شہری ہلکی بارش میں گھومتے رہے۔ فوٹو: دنیا", "دنیا"),
        ("पटना के गांधी मैदान में शनिवार को छठ की तैयारियां चलती रहीं। फोटो: प्रभात", "प्रभात"),
        ("ঢাকার কারওয়ান বাজারে বৃহস্পতিবার সবজি কিনছেন ক্রেতারা। ছবি: ইত্তেফাক", "ইত্তেফাক"),
        ("แฟนบอลเชียร์ทีมชาติไทยที่สนามราชมังคลากีฬาสถาน เมื่อวันที่ 12 พ.ย. 2570 (ภาพ: ข่าวเหนือ)", "ข่าวเหนือ"),
        # A place and "News", a photo agency, a broadcaster, and agencies the lists now know: no handout.
        (
            "Floodwater surrounds the bowling green in Tiverton on Thursday. Picture: Wessex News",
            "Wessex News",
        ),
        (
            "Lifeboat volunteers launch at Wick harbour on Friday. Photo: Highland Photo Agency",
            "Highland Photo Agency",
        ),
        ("Luchd-taic aig a' chidhe ann an Steòrnabhagh Diciadain. Dealbh: BBC Alba", "BBC Alba"),
        ("Shoppers crowd Buchanan Street in Glasgow on Saturday. Picture: BBC Scotland", "BBC Scotland"),
        ("Aberdeen fans at Pittodrie on Saturday before kick-off. Photo: SNS Group", "SNS Group"),
        ("Commuters queue outside Kamalapur railway station in Dhaka on Thursday. Photo: UNB", "UNB"),
    ],
)
def test_an_outlet_named_alone_signs_its_own_picture(caption: str, source: str) -> None:
    found = credit(caption)
    assert (found.source, found.creator, found.doubt) == (source, None, None)
    assert not handed_out(found)


def test_a_photographer_in_a_script_with_no_capitals_is_still_one() -> None:
    found = credit("पटना के गांधी मैदान में शनिवार को छठ की तैयारियां चलती रहीं। फोटो: सुनील वर्मा")
    assert found.creator == "सुनील वर्मा"


def test_a_party_named_alone_still_handed_out_its_picture() -> None:
    assert handed_out(credit("Engineers repair the sea wall at Dawlish on Wednesday. Picture: Network Rail"))
    assert handed_out(credit("Firefighters near Ashford on Thursday. Photo: Kent Fire and Rescue Service"))


def test_an_agency_between_others_is_no_party() -> None:
    found = credit(
        "Derry City's Ronan Doherty celebrates on Friday night. Pic: INPHO/Presseye/Stephen Hamilton"
    )
    assert found.creator == "Stephen Hamilton"
    assert not handed_out(found)


@pytest.mark.parametrize(
    ("caption", "creator"),
    [
        # Korean papers: the reporter's name and "기자" after the last sentence, with no label; after a stroke
        # and the town he filed from.
        ("13일 오후 서울 광화문광장에서 봉사자들이 김치를 담그고 있다. 한도윤 기자", "한도윤"),
        ("12일 오전 부산 자갈치시장에서 상인들이 생선을 손질하고 있다. /부산=최지훈 기자", "최지훈"),
        # Japanese papers: "撮影" (photography) as the label, joined with "・".
        ("大阪城公園で開かれた菊花展を楽しむ来場者＝13日午後、大阪市中央区（撮影・佐藤美咲）", "佐藤美咲"),
        # TASS's older style: the bare word, the agency, its photographer in the nominative.
        ("Москва. 12 ноября 2027 г. Посетители на катке. Фото ТАСС/Анна Петрова", "Анна Петрова"),
        # US local stations: an audience member's picture.
        (
            "A fallen tree blocks Elm Street in Ames on Thursday night. (Viewer photo: Dana Whitlock)",
            "Dana Whitlock",
        ),
        # Yoruba papers' photo label.
        ("Àwọn oníṣòwò ń ta ọjà ní ìlú Òṣogbo ní ọjọ́ Àbámẹ́ta. Fọ́tò: Kúnlé Ọládèjì", "Kúnlé Ọládèjì"),
        # A tone over a letter with a dot below is a combining accent: "Bọ́lá".
        ("Àwọn ọmọdé ń ṣeré ní ìlú Ìbàdàn ní ọjọ́ Àìkú. Fọ́tò: Bọ́lá Adéṣínà", "Bọ́lá Adéṣínà"),
    ],
)
def test_a_byline_closing_the_caption_names_the_photographer(caption: str, creator: str) -> None:
    found = credit(caption)
    assert (found.creator, found.doubt) == (creator, None)


def test_tass_word_before_a_genitive_name_names_no_one() -> None:
    # "Фото Владимира Гердо/ТАСС": the photographer's name in the genitive, two words before the stroke.
    assert credit("Москва. 12 ноября 2027 г. Посетители на катке. Фото Владимира Гердо/ТАСС").creator is None


@pytest.mark.parametrize(
    ("caption", "creator", "source"),
    [
        # A photographer in capitals in square brackets after the caption's stop (Korea JoongAng Daily).
        (
            "Visitors walk among the autumn leaves at Naejangsan on Saturday. [PARK SEO-YEON]",
            "Park Seo-yeon",
            None,
        ),
        # A Chinese paper's reporter: the paper, "記者" (reporter), the name, "攝" (photographed).
        ("市民週六在維多利亞公園參加嘉年華。（大公報記者李志偉攝）", "李志偉", "大公報"),
        ("列治文市議會週二晚通過新的住屋計劃。（星島記者 陳家明攝）", "陳家明", "星島"),
        ("北京市民在公园赏菊。（人民日报记者 李明 摄）", "李明", "人民日报"),
        # The Arabic comma joins a chain as the Latin one does.
        ("بازار تجریش تهران در آستانه شب یلدا، ۲۱ آبان ۱۴۰۶. عکس: سارا احمدی، ایرنا", "سارا احمدی", "IRNA"),
        # A paper's file photo credited after the caption's last sentence, with no bracket.
        (
            "Margaret Doyle died Nov. 9 at 88. She taught there for 40 years. Bangor Daily News file photo",
            None,
            "Bangor Daily News",
        ),
    ],
)
def test_more_bylines_closing_the_caption(caption: str, creator: str | None, source: str | None) -> None:
    found = credit(caption)
    assert (found.creator, found.source, found.doubt) == (creator, source, None)


def test_an_office_in_capitals_in_square_brackets_names_no_photographer() -> None:
    assert credit("President Lee meets the press in Seoul on Monday. [PRESIDENTIAL OFFICE]").creator is None


def test_courtesy_of_in_capitals_names_the_party_not_a_photographer() -> None:
    found = credit(
        "Davao City police present seized firearms on Sunday. (HANDOUT PHOTO COURTESY OF PRO-DAVAO / MANDATORY CREDIT)"
    )
    assert (found.creator, found.source) == (None, "PRO-DAVAO")
    assert handed_out(found)
    found = credit(
        "Rescuers at the landslide site in Cebu on Monday. (PHOTO COURTESY OF THE CEBU PROVINCIAL GOVERNMENT)"
    )
    assert (found.creator, found.source) == (None, "CEBU PROVINCIAL GOVERNMENT")


@pytest.mark.parametrize(
    "party", ["Wellington Cable Car", "Auckland Transport", "Department of Conservation"]
)
def test_the_party_after_supplied_is_no_photographer(party: str) -> None:
    # New Zealand's pages: "Photo: Supplied / Party", a place's name and more words (a town that is a given name too).
    found = credit(
        f"The cable car will stay closed for maintenance until next month. Photo: Supplied / {party}"
    )
    assert found.creator is None
    assert handed_out(found)
