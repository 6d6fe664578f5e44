"""People named in Hebrew, Hindi and Thai: the words after a title, or after an honorific glued to them."""

from __future__ import annotations

import pytest

from captions import Normaliser
from captions._parse._people._titled import script_of


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        # Hebrew: two words after the title, where no stop word ends the name sooner.
        (
            "שר האוצר אבי מזרחי בישיבת הממשלה בירושלים, 3 במרץ 2026. צילום: אורי לנדאו, פלאש 90",
            [("אבי מזרחי", "שר האוצר")],
        ),
        # "לשעבר" (former) after the title, and a second title joined by a glued "and" (ו).
        (
            'הרמטכ"ל לשעבר דני כהן וראש העיר רונית שמש בטקס בתל אביב. צילום: תומר נויברג, פלאש 90',
            [("דני כהן", 'הרמטכ"ל'), ("רונית שמש", "ראש העיר")],
        ),
        # The title's country, named or as an acronym ("ארה\"ב"), stands before the name.
        (
            "נשיא ארה\"ב ג'ון סמית' ונשיא צרפת פייר לורן בפסגה בפריז. צילום: פלאש 90",
            [("ג'ון סמית'", "נשיא"), ("פייר לורן", "נשיא")],
        ),
        # Hindi: the name ends at a postposition ("की") or after two words.
        (
            "कोलकाता: दिवंगत गायिका सुमित्रा सेन की 1982 में एक कार्यक्रम के दौरान ली गई फाइल फोटो। (पीटीआई फोटो)",
            [("सुमित्रा सेन", "गायिका")],
        ),
        (
            "लखनऊ: मुख्यमंत्री अजय प्रताप सिंह ने विधानसभा में बजट पेश किया। (पीटीआई फोटो)",
            [("अजय प्रताप सिंह", "मुख्यमंत्री")],
        ),
        # A third word is a place ("संसद", parliament; "בירושלים", in Jerusalem), unless the name is a long one.
        (
            "नई दिल्ली: केंद्रीय मंत्री सुनील मेहता संसद भवन परिसर में। (पीटीआई फोटो)",
            [("सुनील मेहता", "केंद्रीय मंत्री")],
        ),
        ("שר הביטחון משה לוין בירושלים, 2 במרץ 2026. צילום: פלאש 90", [("משה לוין", "שר הביטחון")]),
        ('ח"כ יוסף בן דוד נואם במליאת הכנסת. צילום: פלאש 90', [("יוסף בן דוד", 'ח"כ')]),
        # Thai: the honorific "นาย" glued to the given name, then the surname; "นายกรัฐมนตรี" is a title.
        (
            "นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงการคลัง และนายกรัฐมนตรี ร่วมประชุมที่ทำเนียบรัฐบาล",
            [("สมชาย ใจดี", "นาย")],
        ),
    ],
)
def test_a_name_after_its_title(
    normaliser: Normaliser, caption: str, expected: list[tuple[str, str]]
) -> None:
    persons = normaliser.read(caption).record.persons
    assert [(p.name, p.description) for p in persons] == expected


@pytest.mark.parametrize(
    "caption",
    [
        # A picture of someone held up ("תמונת", the picture of): no one shown.
        "מפגינים מניפים את תמונת ראש הממשלה לשעבר יצחק רבין בכיכר בתל אביב. צילום: פלאש 90",
        "नई दिल्ली: प्रदर्शनकारी पूर्व प्रधानमंत्री की तस्वीर के साथ। (पीटीआई फोटो)",
        # A title with no name: where it met, what it did.
        "ראש הממשלה בישיבת הממשלה השבועית בירושלים. צילום: פלאש 90",
        "השר הודיע היום על תוכנית חדשה לדיור. צילום: פלאש 90",
        # A minister "for" a portfolio: where the name starts is not known, and none is read.
        "השר לביטחון לאומי איתמר כהן בכנסת. צילום: פלאש 90",
        # A scheme named for a title ("प्रधानमंत्री आवास योजना", the PM's housing scheme).
        "भोपाल: प्रधानमंत्री आवास योजना के तहत बने मकान। (पीटीआई फोटो)",
        # A Thai word opening with an honorific's letters ("นายหน้า", a broker).
        "นายหน้า ขายที่ดิน ในกรุงเทพฯ",
        # No title, no name read.
        "ירושלים: תושבים צועדים ברחוב יפו בגשם. צילום: פלאש 90",
    ],
)
def test_no_name_without_a_title(normaliser: Normaliser, caption: str) -> None:
    assert normaliser.read(caption).record.persons == ()


def test_an_english_caption_with_a_name_in_hebrew_is_read_as_english() -> None:
    assert script_of("Israeli Prime Minister Benjamin Netanyahu (בנימין נתניהו) speaks in Jerusalem") is None
    assert script_of("ראש הממשלה בנימין נתניהו בירושלים") == "hebrew"


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        ("ชนาธิป สรงกระสินธ์ กองกลางบีจี ปทุม ยูไนเต็ด เลี้ยงบอลในเกมไทยลีก ที่สนามลีโอ สเตเดียม", ["ชนาธิป สรงกระสินธ์"]),
        ("ธีราทร บุญมาทัน กองหลังการท่าเรือ เอฟซี ดีใจหลังจบเกมที่สนามแพตสเตเดียม กรุงเทพฯ", ["ธีราทร บุญมาทัน"]),
        # A phrase before the role is no name: the role must follow the sentence's first two words.
        ("แฟนบอล เชียร์ทีม ที่สนาม กองหน้าบุรีรัมย์ ยิงประตู", []),
    ],
)
def test_a_thai_name_opening_the_sentence_before_a_players_role(
    normaliser: Normaliser, caption: str, expected: list[str]
) -> None:
    assert [p.name for p in normaliser.read(caption).record.persons] == expected


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        # Urdu: two words after the title; a third where the second is a word of a long name.
        (
            "وزیر اعظم شہباز شریف اسلام آباد میں وفاقی کابینہ کے اجلاس کی صدارت کر رہے ہیں۔ (اے پی پی)",
            [("شہباز شریف", "وزیر اعظم")],
        ),
        (
            "صدر مملکت آصف علی زرداری نے ایوان صدر میں چینی وزیر خارجہ وانگ ای سے ملاقات کی۔",
            [("آصف علی زرداری", "صدر مملکت"), ("وانگ ای", "وزیر خارجہ")],
        ),
        # Amharic: a given name and the father's name after the title.
        (
            "ጠቅላይ ሚኒስትር ዐቢይ አሕመድ በአዲስ አበባ የኮሪደር ልማት ፕሮጀክትን ጎበኙ። (ፎቶ፡ ኢዜአ)",
            [("ዐቢይ አሕመድ", "ጠቅላይ ሚኒስትር")],
        ),
        # Hindi: the chairman of a company.
        (
            "मुंबई: रिलायंस इंडस्ट्रीज के चेयरमैन मुकेश अंबानी कंपनी की वार्षिक आम बैठक में। (पीटीआई फोटो)",
            [("मुकेश अंबानी", "चेयरमैन")],
        ),
    ],
)
def test_a_name_after_its_title_in_urdu_amharic_and_hindi(
    normaliser: Normaliser, caption: str, expected: list[tuple[str, str]]
) -> None:
    persons = normaliser.read(caption).record.persons
    assert [(p.name, p.description) for p in persons] == expected


@pytest.mark.parametrize(
    "caption",
    [
        # The picture of someone, a genitive and a picture's word after the name ("کی تصویر", "की तस्वीर").
        "سابق وزیر اعظم عمران خان کی تصویر والے پوسٹر اٹھائے کارکن لاہور میں احتجاج کر رہے ہیں۔",
        "नई दिल्ली: प्रधानमंत्री नरेंद्र मोदी की तस्वीर वाले पोस्टर के पास से गुजरते लोग। (पीटीआई फोटो)",
    ],
)
def test_a_picture_of_someone_named_before_it_shows_no_one(normaliser: Normaliser, caption: str) -> None:
    assert normaliser.read(caption).record.persons == ()
