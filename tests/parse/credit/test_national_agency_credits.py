"""Credits of national agencies and of pages that sign their own pictures: the agencies' names and short
forms, credit labels in the languages of their pages, a known paper's name, and the stops of Urdu and Hindi
before a closing credit."""

from __future__ import annotations

import pytest

from captions._model import ProvenanceKind
from captions._parse import clean_with_breaks
from captions._parse._credit import find_credit


def credit(caption: str):  # type: ignore[no-untyped-def]
    return find_credit(*clean_with_breaks(caption))


@pytest.mark.parametrize(
    ("caption", "source"),
    [
        ("Farmers sell wheat at a grain market in Chandigarh on Wednesday. (UNI Photo)", "UNI"),
        # UNI's picture code after a dash is no part of the credit; "UNI" was read as ANI, a letter away.
        ("Srinagar: Tourists ride a shikara on Dal Lake on Sunday. UNI PHOTO-24R", "UNI"),
        ("Workers repair a railway line near Kandy on Tuesday, May 18, 2027. (Lanka Puvath)", "Lanka Puvath"),
        ("Ministers attend a Cabinet lekgotla in Pretoria, Monday, 17 May 2027. (GCIS)", "GCIS"),
    ],
)
def test_a_national_agency_signs_its_picture(caption: str, source: str) -> None:
    found = credit(caption)
    assert found.source == source
    assert found.creator is None
    assert found.doubt is None


@pytest.mark.parametrize(
    "caption",
    [
        "پشاور: منگل کو صدر بازار میں خریدار عید کی تیاریوں میں مصروف ہیں۔ APP photo",
        "کوئٹہ: بدھ کو شہری پانی کی قلت کے خلاف احتجاج کر رہے ہیں۔ APP photo",
    ],
)
def test_an_agency_credit_after_an_urdu_full_stop(caption: str) -> None:
    found = credit(caption)
    assert found.source == "APP"
    assert found.line == "APP photo"


@pytest.mark.parametrize(
    ("caption", "line", "source"),
    [
        (
            "Le président reçoit l'ambassadeur du Niger à Alger, mercredi 19 mai 2027. Crédit photo : APS",
            "APS",
            "APS",
        ),
        ("Des manifestants défilent à Paris, mardi 18 mai 2027. Crédit photo : AFP", "AFP", "AFP"),
        ("ولي العهد يستقبل رئيس وزراء اليابان في أبوظبي، الأربعاء 19 مايو 2027. الصورة: وام", "وام", "WAM"),
        ("කොළඹ නගරයේ ඊයේ (19) දින පැවති පෙළපාලිය. ඡායාරූපය: AFP", "AFP", "AFP"),
        # The BBC's label copied from its page with no space after the comma.
        (
            "Image source,Reuters\nImage caption,\nRescuers evacuate families by boat near Sylhet",
            "Reuters",
            "Reuters",
        ),
        (
            "Image source,AFP via Getty Images\nImage caption,\nCrowds gather outside the parliament in Dhaka",
            "AFP via Getty Images",
            "Getty Images",
        ),
    ],
)
def test_a_credit_label_of_a_page_in_its_language(caption: str, line: str, source: str) -> None:
    found = credit(caption)
    assert (found.line, found.source, found.creator) == (line, source, None)


@pytest.mark.parametrize(
    ("caption", "paper"),
    [
        ("LAHORE: Students sit an examination at a college on Thursday. — Photo: Dawn", "Dawn"),
        ("اسلام آباد: منگل کو شہری فیصل مسجد کے باہر جمع ہیں۔ — فوٹو: ڈان", "ڈان"),
        # Read as the photographer's name before, silently.
        ("মিরপুর স্টেডিয়ামে আজ বৃহস্পতিবার অনুশীলনে ক্রিকেটাররা। ছবি: প্রথম আলো", "প্রথম আলো"),
        ("කොළඹ නගරයේ ඊයේ (19) දින පැවති පෙළපාලිය. ඡායාරූපය: ලංකාදීප", "ලංකාදීප"),
    ],
)
def test_a_known_paper_credits_its_own_picture(caption: str, paper: str) -> None:
    found = credit(caption)
    assert (found.line, found.creator, found.doubt) == (paper, None, None)


def test_a_photographer_named_as_a_known_paper_is_still_a_photographer() -> None:
    found = credit("Fans cheer outside the stadium in Karachi on Sunday. Photo: Dawn Smith/AFP")
    assert (found.creator, found.source) == ("Dawn Smith", "AFP")


@pytest.mark.parametrize(
    "caption",
    [
        'נשיא המדינה מקבל את פני שגריר יפן בירושלים, יום שלישי, 18 במאי 2027. (צילום: לע"מ)',
        "נשיא המדינה מקבל את פני שגריר יפן בירושלים, יום שלישי, 18 במאי 2027. (צילום: לע״מ)",
        # Outside brackets the quote of the initials ended the chain before: "לע".
        'ראש הממשלה נואם בכנסת בירושלים, יום שני, 17 במאי 2027. צילום: לע"מ',
    ],
)
def test_the_government_press_office_by_its_hebrew_initials_hands_the_picture_out(caption: str) -> None:
    found = credit(caption)
    assert found.line in ('לע"מ', "לע״מ")
    assert (found.creator, found.doubt) == (None, None)
    assert ProvenanceKind.HANDOUT in {kind for kind, _, _ in found.provenance}


@pytest.mark.parametrize(
    ("caption", "line"),
    [
        (
            "Wakazi wakichota maji mjini Garissa, Jumatatu, Mei 17, 2027, baada ya mvua kubwa. PICHA | KNA",
            "KNA",
        ),
        (
            "Commuters wait for matatus in Nairobi on January 25, 2027. PHOTO | JANE WANJIRU | NMG",
            "JANE WANJIRU | NMG",
        ),
    ],
)
def test_a_label_set_off_by_a_stroke_is_no_part_of_the_credit_line(caption: str, line: str) -> None:
    assert credit(caption).line == line


@pytest.mark.parametrize(
    ("caption", "line"),
    [
        ("लखनऊ में बुधवार को बारिश के बीच सड़क पर चलते लोग। जागरण", "जागरण"),
        ("पटना में गांधी मैदान के पास मंगलवार को जाम में फंसे वाहन। दैनिक भास्कर", "दैनिक भास्कर"),
        ("LAHORE: Students sit an examination at a college on Thursday. Dawn", "Dawn"),
        (
            "Sheikh Hamdan visits the Dubai Airshow site at Dubai World Central. Dubai Media Office",
            "Dubai Media Office",
        ),
        (
            "Sheikh Mohammed tours the new port. Abu Dhabi Government Media Office",
            "Abu Dhabi Government Media Office",
        ),
    ],
)
def test_a_paper_or_a_press_office_alone_after_the_last_stop_signs_its_picture(
    caption: str, line: str
) -> None:
    found = credit(caption)
    assert (found.line, found.creator, found.doubt) == (line, None, None)


@pytest.mark.parametrize(
    "caption",
    [
        "लखनऊ में बुधवार को बारिश के बीच सड़क पर चलते लोग।",
        "Officials announce a housing scheme in Dubai on Tuesday, the Dubai Media Office said.",
        "Fishermen return to the beach at Negombo at first light. Dawn breaks",
    ],
)
def test_last_words_that_name_no_paper_or_office_are_no_credit(caption: str) -> None:
    assert credit(caption).line is None


@pytest.mark.parametrize(
    ("caption", "line", "source"),
    [
        ("កម្មករធ្វើការនៅកំពង់ផែក្រុងព្រះសីហនុ ថ្ងៃទី១៨ ខែឧសភា ឆ្នាំ២០២៧។ (រូបថត៖ AKP)", "AKP", "AKP"),
        ("မန္တလေးမြို့ ဈေးတွင် ဈေးဝယ်သူများ သွားလာနေကြစဉ်။ (ဓာတ်ပုံ - ကြေးမုံ)", "ကြေးမုံ", "ကြေးမုံ"),
        ("市民周六晚在滨海湾观赏国庆彩排烟花。（联合早报）", "联合早报", "联合早报"),
    ],
)
def test_a_bracketed_credit_of_a_paper_or_an_agency_in_khmer_burmese_or_chinese(
    caption: str, line: str, source: str
) -> None:
    found = credit(caption)
    assert (found.line, found.source, found.creator, found.doubt) == (line, source, None, None)
