"""Sublocations written in scripts that are not Latin, found by the noun their name is built on."""

from __future__ import annotations

import pytest

from captions import Normaliser
from captions._parse._place._script_sites import sublocation_in_script


@pytest.mark.parametrize(
    ("caption", "site"),
    [
        # Chinese: after a cue ("在", "的", a town's "市"), the name closing with its noun.
        ("12月3日，游客在位于吉林省长春市的净月潭公园赏雪。新华社记者 张某 摄", "净月潭公园"),
        ("这是12月2日拍摄的浙江省杭州市西湖景区（无人机照片）。新华社发（李某 摄）", "西湖景区"),
        ("民眾3日在台北市士林夜市品嚐小吃。（中央社記者林某攝 115年1月3日）", "士林夜市"),
        # The town's name glued before the site is the town's, not the site's.
        ("2026年1月5日，游客在长春净月潭公园滑雪。新华社记者 张某 摄", "净月潭公园"),
        ("2026年1月5日，游客在北京故宫博物馆参观。新华社记者 张某 摄", "故宫博物馆"),
        ("1月5日，游客在北京故宫博物院参观。新华社记者 张某 摄", "故宫博物院"),
        ("11月22日，游客在北京故宫参观。新华社记者 张某 摄", "故宫"),
        # Japanese: Kyodo and Jiji write the place after the day and "、".
        ("観光客でにぎわう境内＝3日午前、京都市の伏見稲荷大社（共同）", None),
        ("初詣客でにぎわう境内＝1日午前、明治神宮（共同）", "明治神宮"),
        # Korean: the noun glued after the name, a particle after it.
        (
            "(부산=연합뉴스) 김모 기자 = 1일 부산 해운대구 해운대해수욕장에서 시민들이 해돋이를 보고 있다.",
            "해운대해수욕장",
        ),
        # Hindi: the name, its noun, a postposition.
        ("अयोध्या: राम मंदिर में दर्शन करते श्रद्धालु। (पीटीआई फोटो)", "राम मंदिर"),
        # An English name "X of Y" in Devanagari, Hindi's "ऑफ" (of) inside it.
        ("केवडिया: रविवार को स्टैच्यू ऑफ यूनिटी पर पर्यटकों की भीड़। (पीटीआई फोटो)", "स्टैच्यू ऑफ यूनिटी"),
        ("कोलकाता: शनिवार को हाउस ऑफ कॉमन्स के बाहर प्रदर्शनकारी। (पीटीआई फोटो)", "हाउस ऑफ कॉमन्स"),
        # Korean "각" (pavilion) after a name of two letters or more; not "시각" (view), a common word.
        (
            "(부산=연합뉴스) 손모 기자 = 3일 부산 중구 용두산공원 팔각정 옆 보수각에서 시민들이 쉬고 있다.",
            "용두산공원",
        ),
        ("(서울=연합뉴스) 이모 기자 = 1일 서울 종로구 보신각에서 시민들이 타종을 보고 있다.", "보신각"),
        ("(서울=연합뉴스) 이모 기자 = 2일 서울 시내에서 시민들이 새로운 시각으로 전시를 보고 있다.", None),
        # Arabic: the noun, then the name's words with their article.
        ("استقبل ولي العهد في قصر السلام بجدة اليوم رئيس الوزراء.", "قصر السلام"),
        # A temple, named with the article: "معبد الكرنك" (Karnak Temple), "معبد حتشبسوت" without one.
        ("زوار يتجولون في معبد الكرنك بمدينة الأقصر صباح الجمعة.", "معبد الكرنك"),
        ("سياح أمام معبد الأقصر في جنوب مصر يوم السبت.", "معبد الأقصر"),
        ("مصلون في جامع الأزهر بالقاهرة، يوم الجمعة.", "جامع الأزهر"),
        # Seats of power named by their role alone.
        ("(서울=연합뉴스) 대통령이 3일 청와대에서 회의를 주재하고 있다.", "청와대"),
    ],
)
def test_a_site_in_its_script(caption: str, site: str | None) -> None:
    assert sublocation_in_script(caption) == site


@pytest.mark.parametrize(
    "caption",
    [
        # A noun alone, or after a word that says which of many, names no place.
        "市民在公园里散步。新华社记者 张某 摄",
        "游客在当地公园赏花。新华社发",
        "(광주=연합뉴스) 시민들이 국립공원을 찾았다.",
        "वाराणसी: एक मंदिर में पूजा करते श्रद्धालु। (पीटीआई फोटो)",
        "市民在市政府前集会。新华社发",
    ],
)
def test_a_noun_alone_is_no_site(caption: str) -> None:
    assert sublocation_in_script(caption) is None


@pytest.mark.parametrize(
    ("caption", "site"),
    [
        # Japanese: a name after a verb's ending or a particle in kana, or opening the caption.
        ("桜が見頃を迎えた金閣寺を訪れた観光客ら＝25日午前、京都市北区（共同）", "金閣寺"),
        ("花見客でにぎわう上野公園＝27日午後、東京都台東区（共同）", "上野公園"),
        ("明治神宮を参拝する人たち＝1日午前、東京都渋谷区（共同）", "明治神宮"),
        # A noun after an adjective in kana names no place.
        ("新しい寺を訪れた観光客ら＝25日午前、京都市北区（共同）", None),
    ],
)
def test_a_japanese_site_after_kana_or_first(caption: str, site: str | None) -> None:
    assert sublocation_in_script(caption) == site


def test_the_site_joins_its_town(normaliser: Normaliser) -> None:
    record = normaliser.normalise(
        "新华社照片，长春，2026年12月4日\n12月3日，游客在位于吉林省长春市的净月潭公园赏雪。\n新华社记者 张某 摄"
    )
    assert (record.location.sublocation, record.location.city) == ("净月潭公园", "Changchun")


@pytest.mark.parametrize(
    ("caption", "site"),
    [
        ("بارش برف در تهران؛ عابران در میدان تجریش، جمعه ۱۸ دی ۱۴۰۵. عکس: علی محمدی", "میدان تجریش"),
        # The town written after the site is no part of its name.
        ("راهپیمایی در میدان آزادی تهران، ۲۲ بهمن ۱۴۰۵. عکس: رضا احمدی", "میدان آزادی"),
        # Arabic's site takes the article; a noun before a preposition is none.
        ("صلاة الجمعة في مسجد في المدينة المنورة", None),
    ],
)
def test_a_persian_site_its_noun_first(caption: str, site: str | None) -> None:
    assert sublocation_in_script(caption) == site


@pytest.mark.parametrize(
    ("caption", "site"),
    [
        # Arabic: the noun may take the article itself, a preposition glued before it.
        ("مصلون يؤدون صلاة الفجر بالمسجد النبوي في المدينة المنورة، 6 مارس 2026. (واس)", "المسجد النبوي"),
        # Or a name without the article, then its articled words: a camp, a hospital, a crossing.
        ("أطفال يلعبون في مخيم جباليا شمال قطاع غزة، 6 مارس 2026.", "مخيم جباليا"),
        ("شاحنات مساعدات تنتظر عند معبر رفح الحدودي، 6 مارس 2026.", "معبر رفح الحدودي"),
        # Not an adjective that says which of many: "a field hospital".
        ("مصابون يتلقون العلاج في مستشفى ميداني في رفح، 6 مارس 2026.", None),
        # Hebrew: the noun in its construct form, a preposition glued on; the town after it is none of it.
        ("מפגינים בכיכר הבימה בתל אביב, 6 במרץ 2026. (צילום: תומר נויברג/פלאש90)", "כיכר הבימה"),
        ("חולים בבית החולים שיבא ליד תל אביב, 6 במרץ 2026.", "בית החולים שיבא"),
        # Japanese: the name after "の", closed by a plant's noun.
        ("組み立てラインで作業する従業員＝5日午後、横須賀市の日産追浜工場（共同）", "日産追浜工場"),
        # Korean: a plant's noun glued after its name.
        ("(울산=연합뉴스) 김모 기자 = 5일 울산 현대자동차 울산공장에서 신차가 생산되고 있다.", "울산공장"),
        # Hindi: a name of two words after a postposition; after a person's name only the last word.
        ("नई दिल्ली: शनिवार को एम्स अस्पताल में मरीज। (पीटीआई फोटो)", "एम्स अस्पताल"),
        ("मुंबई: रविवार को दलाल स्ट्रीट पर बॉम्बे स्टॉक एक्सचेंज की इमारत। (पीटीआई फोटो)", "बॉम्बे स्टॉक एक्सचेंज"),
        ("मुंबई: क्रिकेटर रोहित शर्मा वानखेड़े स्टेडियम में अभ्यास के दौरान। (पीटीआई फोटो)", "वानखेड़े स्टेडियम"),
        # A seat named by its role: Thai Government House.
        ("นายกรัฐมนตรีแถลงข่าวที่ทำเนียบรัฐบาล เมื่อวันที่ 6 มีนาคม 2569", "ทำเนียบรัฐบาล"),
    ],
)
def test_sites_of_industry_health_and_government_in_their_scripts(caption: str, site: str | None) -> None:
    assert sublocation_in_script(caption) == site


def test_a_greek_name_holds_a_genitive_article(normaliser: Normaliser) -> None:
    """ "στη Βουλή των Ελλήνων": the Hellenic Parliament, its words joined by "των"."""
    record = normaliser.normalise(
        "Επισκέπτες στο Μουσείο της Ακρόπολης, στην Αθήνα, 6 Μαρτίου 2026. ΑΠΕ-ΜΠΕ/ΓΙΑΝΝΗΣ ΠΑΠΑΔΟΠΟΥΛΟΣ"
    )
    assert record.location is not None
    assert (record.location.sublocation, record.location.city) == ("Μουσείο της Ακρόπολης", "Athens")


@pytest.mark.parametrize(
    ("caption", "site"),
    [
        # Arabic: a name of up to three words without the article ("Kerem Shalom crossing").
        ("شاحنات عند معبر كرم أبو سالم، 6 مارس 2026.", "معبر كرم أبو سالم"),
        # No name: "for the displaced", "in Gaza" and "the city" glued on or written after the noun.
        ("نازحون في مخيم للنازحين في رفح، 6 مارس 2026.", None),
        ("مصلون في مسجد بغزة، 6 مارس 2026.", None),
        ("الدمار في سوق مدينة غزة، 6 مارس 2026.", None),
        # Hebrew: "the city square", "a military camp", "near": no name after the noun.
        ("מפגינים בכיכר העיר, 6 במרץ 2026.", None),
        ("חיילים במחנה צבאי בדרום, 6 במרץ 2026.", None),
        ("ביקור בבית החולים ליד תל אביב, 6 במרץ 2026.", None),
        ("מפגינים בכיכר רבין מול העירייה, 6 במרץ 2026.", "כיכר רבין"),
    ],
)
def test_a_noun_with_no_name_after_it_in_arabic_or_hebrew(caption: str, site: str | None) -> None:
    assert sublocation_in_script(caption) == site


def test_the_kremlin_named_in_cyrillic(normaliser: Normaliser) -> None:
    """ "Вид на Кремль": a seat named by its role alone, in Cyrillic as in Chinese ("克里姆林宫")."""
    record = normaliser.normalise("Москва. Вид на Кремль, 6 марта 2026 года. Фото Сергея Бобылева/ТАСС")
    assert record.location is not None
    assert (record.location.sublocation, record.location.city) == ("Кремль", "Moscow")
