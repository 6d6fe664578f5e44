"""Towns and countries named in Chinese, Japanese, Korean, Arabic, Persian, Hebrew, Thai and Hindi: found
by the longest name over a fixed set, taken only where the caption's own cue says they are the place."""

from __future__ import annotations

import pytest

from captions import Normaliser
from captions._model import WarningCode
from captions._parse._place._scripts import in_script, place_in_script
from tests.conftest import located


@pytest.mark.parametrize(
    ("caption", "city", "country_code"),
    [
        # Chinese: after "在" (at), no space before or after the name.
        ("2025年10月3日，游客在杭州西湖边游览。新华社记者 李明 摄", "Hangzhou", "CN"),
        # Xinhua's dateline: the town before the day it was filed.
        ("新华社成都4月8日电 市民在公园里赏花。新华社记者 赵刚 摄", "Chengdu", "CN"),
        # Xinhua's photo dateline: a town of two letters, its province in full-width brackets, then the date
        # (the body names no town after "在").
        ("昆明（云南），2026年3月14日  市民在湖边喂食海鸥。新华社记者 胡超 摄", "Kunming", "CN"),
        (
            "新华社照片，桂林（广西），2026年5月2日\n5月1日，游客乘竹筏游览。\n新华社记者 陆波岸 摄",
            "Guilin",
            "CN",
        ),
        ("新华社照片，大理（云南），2026年3月2日\n3月1日，游客在洱海边骑行。\n新华社发", "Dali", "CN"),
        # Japanese: a settlement word, then the particle "の"; a town and "で" (at).
        ("大阪市の商店街で、買い物をする人たち＝2025年10月31日午後（共同）", "Osaka", "JP"),
        ("札幌で開かれた雪まつりの会場＝2026年2月4日（共同）", "Sapporo", "JP"),
        # Korean: Yonhap's dateline "(부산=연합뉴스)", and a district after the town.
        (
            "(부산=연합뉴스) 이영호 기자 = 3일 오후 부산 해운대구 해수욕장에서 시민들이 더위를 식히고 있다. 2025.8.3",
            "Busan",
            "KR",
        ),
        ("대구에서 열린 축제에서 시민들이 춤을 추고 있다. 2026.4.11 (연합뉴스)", "Daegu", "KR"),
        # A place in the town written right after it, its particle on it: the town is the place.
        ("17일 강릉 경포해수욕장을 찾은 관광객들이 해변을 걷고 있다. 김철수 기자", "Gangneung", "KR"),
        ("18일 대구 두류공원을 찾은 시민들이 꽃을 구경하고 있다. 박민수 기자", "Daegu", "KR"),
        # Yonhap's dateline with a foreign agency's picture: "(도쿄 AP=연합뉴스)", the town its cue alone.
        ("(도쿄 AP=연합뉴스) 시민들이 벚꽃 아래를 걷고 있다. 2026.4.2", "Tokyo", "JP"),
        ("(런던 로이터=연합뉴스) 관광객들이 다리 위에서 사진을 찍고 있다. 2026.5.9", "London", "GB"),
        ("(베를린=연합뉴스) 시위대가 행진하고 있다. 2026.3.1", "Berlin", "DE"),
        # Arabic: "ب" (in) glued to the town and its article; "في" (in) before it.
        ("متظاهرون في ساحة التحرير ببغداد، 14 مارس 2026. (رويترز)", "Baghdad", "IQ"),
        ("أطفال يلعبون في أحد شوارع دمشق، 2 مارس 2026. (أ ف ب)", "Damascus", "SY"),
        # A square's name, then the town with "ب" (in) glued on: the square's noun "ميدان" is no town.
        ("متظاهرون في ميدان العباسية بالقاهرة، السبت 7 مارس 2026. (تصوير: محمود خالد)", "Cairo", "EG"),
        ("زوار في ميدان الساعة بالإسكندرية، 9 مارس 2026. (رويترز)", "Alexandria", "EG"),
        # Persian "در" (in), Hebrew "ב" (in) glued on, Thai "ใน" (in), Hindi "में" (in) after the name.
        ("مردم در تهران جشن می‌گیرند. عکس: ایرنا", "Tehran", "IR"),
        ("מפגינים בתל אביב, 12 בינואר 2026. צילום: רויטרס", "Tel Aviv", "IL"),
        ("ผู้คนเดินทางกลับบ้านที่สถานีรถไฟในกรุงเทพมหานคร", "Bangkok", "TH"),
        ("दिल्ली में प्रदूषण के बीच लोग, 5 नवंबर 2025. फोटो: पीटीआई", "Delhi", "IN"),
        # No town named but the one a stadium or an airport is named after: that town.
        (
            "لاعبو الزمالك يتدربون على استاد القاهرة الدولي، 3 مارس 2026. (تصوير: محمد عبد الغني)",
            "Cairo",
            "EG",
        ),
        ("جماهير الاتحاد في مدرجات ملعب الإسكندرية، 5 مارس 2026. (رويترز)", "Alexandria", "EG"),
        ("مسافرون في صالة مطار بغداد الدولي، 2 مارس 2026. (أ ف ب)", "Baghdad", "IQ"),
        ("صيادون في ميناء الإسكندرية، 3 ديسمبر 2026. (رويترز/عمرو عبد الله دلش)", "Alexandria", "EG"),
        # A town's corniche is its own; a name GeoNames writes with "the city of" holds its own cue.
        (
            "جانب من الأمطار الغزيرة على كورنيش الإسكندرية، الأربعاء 24 فبراير 2027 (رويترز)",
            "Alexandria",
            "EG",
        ),
        ("أمطار غزيرة على مدينة العين مساء الأحد، 14 فبراير 2027. (وام)", "Al Ain City", "AE"),
        # Georgian "-ში" (in) glued on, the name's final "-ი" dropped before it: ბათუმი → ბათუმში.
        ("დამსვენებლები სანაპიროზე ბათუმში, 14 ივლისი 2026. ფოტო: IPN", "Batumi", "GE"),
        ("ახალი სკოლის გახსნა გორში, 1 სექტემბერი 2026. ფოტო: ინტერპრესნიუსი", "Gori", "GE"),
        ("საპროტესტო აქცია თბილისში, პარლამენტის წინ, 3 მარტი 2026. ფოტო: IPN", "Tbilisi", "GE"),
        # Georgian agencies' dateline: the town in the nominative, a comma, the day and month.
        ("ბათუმი, 2 მარტი. დამსვენებლები სანაპიროზე. ფოტო: ინტერპრესნიუსი", "Batumi", "GE"),
        ("გორი, 5 მარტი. სკოლის გახსნა. ფოტო: ინტერპრესნიუსი", "Gori", "GE"),
        # A locative word a few words before the town: "in one of the streets of Aleppo", Persian "in the
        # streets of Isfahan" (its words hold a zero-width non-joiner).
        ("عمال يزيلون الأنقاض في أحد شوارع حلب، 5 مارس 2026. (أ ف ب)", "Aleppo", "SY"),
        ("مردم در خیابان‌های اصفهان، ۲۰ ژانویه ۲۰۲۶. عکس: رويترز", "Isfahan", "IR"),
        # A dateline opening the text; "arrives" before the town.
        ("بيروت - متطوعون يوزعون المساعدات، 7 مارس 2026. (رويترز)", "Beirut", "LB"),
        # Petra's dateline: the town, the day and month, then the agency in brackets.
        ("إربد 14 شباط (بترا) - طلبة يشاركون في حملة لتنظيف الحدائق العامة صباح اليوم.", "Irbid", "JO"),
        ("العقبة 3 آذار (بترا) - متطوعون يوزعون طرودا غذائية على الأسر.", "Aqaba", "JO"),
        # SPA's dateline: the day, month and year with "م" (AD) before the agency in brackets.
        ("جدة 14 يناير 2027 م (واس) متطوعون يوزعون وجبات الإفطار على الصائمين.", "Jeddah", "SA"),
        # Tamil papers' dateline: the month abbreviated with a full stop, the day after it.
        ("மதுரை, ஜன. 9: பொங்கல் பண்டிகைக்காக கரும்பு வாங்கும் மக்கள். படம்: ச. குமார்", "Madurai", "IN"),
        # Bengali papers' dateline: the day (two Bengali digits), month and year.
        ("ঢাকা, ১৯ জানুয়ারি ২০২৭। শীতের সকালে অফিসগামী মানুষের ভিড়। ছবি: সাজিদ হোসেন", "Dhaka", "BD"),
        ("وزير الخارجية يصل الدوحة في زيارة رسمية، 3 مارس 2026. (قنا)", "Doha", "QA"),
        # Hebrew "בנמל" (at the port of) before the town it is named after.
        ("מכולות נפרקות בנמל אשדוד, 9 בפברואר 2027. (צילום: דוד לוי/פלאש90)", "Ashdod", "IL"),
        # Bengali: "in" glued on ("চট্টগ্রামে"), or "of" glued on before a place said with "in" ("ঢাকার ...
        # উদ্যানে", in Dhaka's park).
        ("চট্টগ্রামে বন্দরের জেটিতে কনটেইনার জাহাজ। ছবি: রাশেদ করিম", "Chattogram", "BD"),
        ("ঢাকার রমনা পার্কে সকালে হাঁটছেন নগরবাসী। ছবি: রাশেদ করিম", "Dhaka", "BD"),
        # Ethiopic: ENA's dateline, the town closed by the Ethiopic comma.
        ("አዲስ አበባ፣ የካቲት 5/2019 (ኢዜአ)፦ የከተማዋ ነዋሪዎች በአደባባይ ተሰብስበዋል።", "Addis Ababa", "ET"),
        # "the city of" before a name that is a common word too ("الزرقاء", the blue): Zarqa.
        ("رجال الإطفاء يخمدون حريقا في مستودع بمدينة الزرقاء، الأربعاء 27 يناير 2027. (بترا)", "Zarqa", "JO"),
        # Khmer: "នៅ" (at) before the town, words parted by zero-width spaces; "ក្រុង" (city) glued on.
        ("ពលរដ្ឋ\u200bដើរ\u200bលេង\u200bនៅ\u200bក្រុង\u200bបាត់ដំបង ថ្ងៃទី៧ ខែមិថុនា ឆ្នាំ២០២៧", "Battambang", "KH"),
        # Burmese: "တွင်" (in) after the town, "မြို့" (town) left out where GeoNames glues it on.
        ("မန္တလေးတွင် ဈေးသည်များ ရောင်းချနေစဉ်", "Mandalay", "MM"),
        # Lao: "ທີ່" (at) before the town.
        ("ປະຊາຊົນຍ່າງຫຼິ້ນທີ່ປາກເຊ", "Pakse", "LA"),
    ],
)
def test_a_town_written_in_its_script(
    normaliser: Normaliser, caption: str, city: str, country_code: str
) -> None:
    location = normaliser.read(caption).record.location
    assert location is not None
    assert (location.city, location.country_code) == (city, country_code)
    assert location.geonames_id is not None


def test_a_town_of_in_bengali_is_no_place_without_in() -> None:
    # "ঢাকার মেয়র" (Dhaka's mayor): "of" glued on, no "in" after it.
    found = place_in_script("ঢাকার মেয়র সংবাদ সম্মেলন করেন।")
    assert found is None or found.city is None


def test_a_world_city_in_another_script() -> None:
    # Korean and Japanese name Cairo too: a big town abroad.
    assert place_in_script("카이로에서 시위대가 행진하고 있다.") == place_in_script("カイロで行進するデモ隊")
    found = place_in_script("カイロで行進するデモ隊")
    assert found is not None and (found.city, found.country) == ("Cairo", "Egypt")


def test_a_country_after_its_cue(normaliser: Normaliser) -> None:
    location = normaliser.read("مواطنون يحتفلون بالعيد الوطني في مصر، 3 مارس 2026. (رويترز)").record.location
    assert location is not None and location.country_code == "EG" and location.city is None


@pytest.mark.parametrize(
    "caption",
    [
        # A road, a university and a province named after a town are no town.
        "2026年4月2日，市民在中山路上骑行。新华社记者 刘洋 摄",
        "2026年1月9日，人们在北京大学校园里散步。新华社记者 周立 摄",
        "広島県の山間部で行われた防災訓練＝2025年9月1日（共同）",
        # "위해" (for) is Weihai's Korean name too: a word with no cue is no town.
        "국민을 위해 일하겠다고 밝힌 후보가 유세하고 있다. 2026.5.20 (연합뉴스)",
        # Katakana: a town's name inside a longer word ("カイロプラクティック", chiropractic, holds Cairo),
        # or a loanword with no cue ("カイロ", a hand warmer).
        "カイロプラクティックの施術所を訪れる人たち＝2026年1月12日（時事）",
        "使い捨てカイロを配るボランティアたち＝2026年1月12日（時事）",
        # "عمان" is Oman and Amman: no reading is safe.
        "رجل يسير في أحد أسواق عمان القديمة، 12 مارس 2026. (رويترز)",
        # Common words GeoNames gives a town too: "the old city" (Medina), "the pictures" (Tyre), "the
        # central square" (Zhongxin).
        "أطفال يلعبون في المدينة القديمة، 2 مارس 2026. (رويترز)",
        "زوار يشاهدون الصور في معرض للفن المعاصر، 4 مارس 2026. (أ ف ب)",
        "2026年3月1日，市民在中心广场跳舞。新华社记者 王明 摄",
        # A big town in a word of a script with spaces, with no cue: no place said.
        "مشجعون يحتفلون بفوز فريق القاهرة، 4 مارس 2026. (رويترز)",
    ],
)
def test_no_town_without_a_cue_or_a_safe_name(normaliser: Normaliser, caption: str) -> None:
    record = normaliser.read(caption).record
    assert record.location is None or record.location.city is None
    assert WarningCode.MISSING_PLACE in {w.code for w in record.warnings}


@pytest.mark.parametrize(
    "caption",
    [
        # "ميدان" (square) is Medan's Arabic name, and "الشهداء" (the martyrs) an Egyptian village's: the
        # noun a site is built on and the words of its name are no town.
        "محتجون يتجمعون في ميدان الشهداء وسط المدينة، 6 مارس 2026. (أ ف ب)",
        "أطفال يلعبون في حديقة الأزهر، الجمعة 6 مارس 2026. (تصوير: سارة علي)",
    ],
)
def test_a_site_named_without_its_town_gives_no_town(normaliser: Normaliser, caption: str) -> None:
    record = normaliser.read(caption).record
    assert record.location is not None and record.location.city is None
    assert record.location.sublocation is not None
    assert {WarningCode.MISSING_PLACE, WarningCode.AMBIGUOUS_PLACE} & {w.code for w in record.warnings}


def test_latin_captions_are_left_at_once() -> None:
    assert not in_script("Tourists at the Forbidden City in Beijing, China, on May 1, 2026. (AP Photo)")
    # A name in brackets in an English caption leaves the caption English.
    assert not in_script("Tourists at the Forbidden City (故宫) in Beijing, China, on May 1, 2026.")
    assert in_script("2025年10月3日，游客在杭州西湖边游览。")


@pytest.mark.parametrize(
    ("caption", "city", "country_code"),
    [
        # The country, then a town of it, as Chinese writes "Kyiv, Ukraine" (基辅: the CLDR's name, which
        # GeoNames lacks in simplified characters).
        ("2026年3月5日，在乌克兰基辅，人们在街头行走。新华社发", "Kyiv", "UA"),
        ("2026年3月5日，在日本大阪，游客在街头购物。新华社记者 张笑宇 摄", "Osaka", "JP"),
        # "capital" or a division's name between the country and its town.
        ("3月9日，在秘鲁首都利马，人们参加游行活动。新华社发", "Lima", "PE"),
        ("3月8日，在墨西哥瓜纳华托州的伊拉普阿托，民众参加游行。新华社发", "Irapuato", "MX"),
        # Japanese joins the country and its town with a middle dot, both in katakana.
        ("9日、ペルー・リマの大統領府前で行われた抗議デモ（共同）", "Lima", "PE"),
        # A small country's capital or biggest town, named abroad whatever its size.
        ("大統領府を訪れた首相＝14日、パラオ・コロール（共同）", "Koror", "PW"),
        ("首脳会談に臨む首相＝12日、マルタ・バレッタ（共同）", "Valletta", "MT"),
        # A country's name with "city" after it: its capital "<country> City".
        ("5日、グアテマラ市で行われた集会（共同）", "Guatemala City", "GT"),
        # "Capital" between them: Japanese "の首都" (the country's capital), the town after it.
        ("インドネシアの首都ジャカルタの大統領宮殿で8日、会談する両首脳（共同）", "Jakarta", "ID"),
        ("タイの首都バンコクの首相府で9日、握手する両首脳（共同）", "Bangkok", "TH"),
    ],
)
def test_a_country_then_its_town(normaliser: Normaliser, caption: str, city: str, country_code: str) -> None:
    location = normaliser.read(caption).record.location
    assert location is not None
    assert (location.city, location.country_code) == (city, country_code)


def test_a_paper_named_for_a_town_in_katakana_is_no_town_and_country(normaliser: Normaliser) -> None:
    # "タイムズ" opens with "タイ" (Thailand): no name after the dot, so no town before it.
    location = normaliser.read("ニューヨーク・タイムズの本社ビル＝3日（共同）").record.location
    assert location is None or location.city is None


def test_a_seat_named_alone_is_a_site_and_no_town(normaliser: Normaliser) -> None:
    # A country as a modifier ("the US president") is no place shown; the White House is a site.
    record = normaliser.read("美国总统在白宫发表讲话。新华社记者 陈晨 摄").record
    assert record.location is not None
    assert (record.location.city, record.location.sublocation) == (None, "白宫")
    assert {WarningCode.MISSING_PLACE, WarningCode.AMBIGUOUS_PLACE} & {w.code for w in record.warnings}


# A name after a province's word ("در استان اردبیل", "بمحافظة البصرة") is the province's, which its capital
# shares: no town unless one is named elsewhere (the dateline's "كربلاء –").
@pytest.mark.parametrize(
    ("caption", "city", "province"),
    [
        ("بارش برف راه ده ها روستا در استان کرمانشاه را بست.\nعکس: ایسنا", None, "Kermanshah"),
        ("کشاورزان در مزارع استان اصفهان گندم برداشت می کنند.\nعکاس: علی رضایی", None, "Isfahan"),
        (
            "كربلاء – واع\nزائرون في الصحن الحسيني الشريف بمحافظة كربلاء.\nتصوير: علي حسن",
            "Karbala",
            "Karbala’",
        ),
    ],
)
def test_a_province_named_like_its_capital(
    normaliser: Normaliser, caption: str, city: str | None, province: str
) -> None:
    location = normaliser.read(caption).record.location
    assert location is not None
    assert (location.city, location.province_state) == (city, province)


def test_a_governorate_the_gazetteer_spells_otherwise_gives_no_town(normaliser: Normaliser) -> None:
    # "بمحافظة البصرة": GeoNames spells the governorate "Basra", the town "Basrah": no town, rather than the
    # capital for the province.
    location = normaliser.read("مزارعون يحصدون القمح في حقول بمحافظة البصرة.\nتصوير: علي حسن").record.location
    assert location is None or location.city is None


# TASS and RIA head a caption with the country, the town and the date, each closed by a stop: the town is
# the place, whatever country the heading names.
@pytest.mark.parametrize(
    ("caption", "city"),
    [
        (
            "Россия. Санкт-Петербург. 5 декабря 2026. Прохожие на Невском проспекте. Александр Демьянчук/ТАСС",
            "Saint Petersburg",
        ),
        ("Россия. Казань. 3 декабря 2026. Студенты у здания университета. Егор Алеев/ТАСС", "Kazan"),
        ("Украина. Львов. 2 декабря 2026. Жители на площади Рынок. Фото Ивана Петрова/ТАСС", "Lviv"),
    ],
)
def test_a_country_heading_over_its_town(normaliser: Normaliser, caption: str, city: str) -> None:
    location = normaliser.read(caption).record.location
    assert location is not None
    assert location.city == city


# Thai writes a province's abbreviation glued before its name ("จ.เชียงราย", Chiang Rai province): the
# province is the place, its capital no town shown.
def test_a_thai_province_after_its_abbreviation(normaliser: Normaliser) -> None:
    record = normaliser.read(
        "ชาวบ้านเก็บใบชาที่ไร่ชา อ.แม่ฟ้าหลวง จ.เชียงราย เมื่อวันที่ 3 ม.ค. 2569 ภาพ: สำนักข่าวไทย"
    ).record
    assert record.location is not None
    assert (record.location.city, record.location.province_state) == (None, "Chiang Rai")
    assert (record.source, record.date_created) == ("TNA", "2026-01-03")


# A national agency's caption in its script that names only a site at home: the country is the agency's
# own, the town unknown and flagged.
@pytest.mark.parametrize(
    ("caption", "country_code", "site"),
    [
        ("閣議に臨む閣僚たち＝3日午前、首相官邸（共同）", "JP", "首相官邸"),
        ("民眾在總統府前參加升旗典禮。（中央社記者王某攝 115年1月1日）", "TW", "總統府"),
    ],
)
def test_a_site_at_the_agencys_home(
    normaliser: Normaliser, caption: str, country_code: str, site: str
) -> None:
    record = normaliser.read(caption).record
    assert record.location is not None
    assert (record.location.country_code, record.location.sublocation) == (country_code, site)
    assert WarningCode.MISSING_PLACE in {w.code for w in record.warnings}


@pytest.mark.parametrize(
    ("caption", "city", "province_state"),
    [
        (
            "เจ้าหน้าที่กู้ภัยอพยพชาวบ้านออกจากพื้นที่น้ำท่วมในอำเภอทุ่งสง จังหวัดนครศรีธรรมราช เมื่อวันที่ 4 ม.ค. 2570",
            "Thung Song",
            "Nakhon Si Thammarat",
        ),
        (
            "ชาวบ้านขนของหนีน้ำท่วมในอำเภอหาดใหญ่ จังหวัดสงขลา เมื่อวันที่ 3 ธ.ค. 2569",
            "Hat Yai",
            "Songkhla",
        ),
    ],
)
def test_a_thai_district_word_names_its_town(
    normaliser: Normaliser, caption: str, city: str, province_state: str
) -> None:
    assert located(normaliser, caption, "city", "province_state") == (city, province_state)


@pytest.mark.parametrize(
    "caption",
    [
        "고(故) 박민수 화백이 1985년 3월 서울 인사동의 한 화랑에서 작품을 설명하고 있다. [연합뉴스 자료사진]",
        "박민수 화백이 서울 종로구에서 작품을 설명하고 있다. [연합뉴스 자료사진]",
        # A place of the town with "에서" (in): "in Gwanghwamun Square, Seoul".
        "서울 광화문광장에서 시민들이 산책하고 있다. 2027.1.5 [연합뉴스 자료사진]",
        # The town's part between them, with no particle: "at the presidential office, Yongsan, Seoul".
        "김민준 대통령이 3일 서울 용산 대통령실에서 발언하고 있다. 연합뉴스",
        # The town's railway station, named after it: "at Seoul Station".
        "귀성객들이 3일 서울역에서 열차에 오르고 있다. 사진=뉴시스",
    ],
)
def test_a_korean_district_with_a_particle_after_its_town_cues_it(
    normaliser: Normaliser, caption: str
) -> None:
    assert located(normaliser, caption, "city", "country_code") == ("Seoul", "KR")


@pytest.mark.parametrize(
    ("caption", "city", "province_state"),
    [
        # Chinese writes the province, then its town: "海南" read alone is Japan's Kainan.
        ("1月20日，市民在海南三亚的海滩上晒太阳。新华社记者 郭程 摄", "Sanya", "Hainan"),
        ("3月2日，游客在海南文昌的椰林里散步。新华社记者 杨冠宇 摄", "Wenchang", "Hainan"),
    ],
)
def test_a_chinese_province_then_its_town(
    normaliser: Normaliser, caption: str, city: str, province_state: str
) -> None:
    assert located(normaliser, caption, "city", "province_state", "country_code") == (
        city,
        province_state,
        "CN",
    )


@pytest.mark.parametrize(
    ("caption", "province"),
    [
        # Yonhap writes the province short before its county: the province, no town.
        ("28일 충북 단양군 소백산에 눈이 쌓여 있다. 2027.1.28 [연합뉴스]", "Chungcheongbuk-do"),
        (
            "30일 강원 인제군 빙어호에서 열린 축제를 찾은 관광객들이 얼음낚시를 하고 있다. 2027.1.30 [연합뉴스]",
            "Gangwon",
        ),
        ("강원도에서 폭설로 도로가 통제되고 있다. 2027.2.3 [연합뉴스]", "Gangwon"),
    ],
)
def test_a_korean_province_written_short(normaliser: Normaliser, caption: str, province: str) -> None:
    location = normaliser.read(caption).record.location
    assert location is not None
    assert (location.city, location.province_state, location.country_code) == (None, province, "KR")


def test_a_match_is_no_province(normaliser: Normaliser) -> None:
    # "경기" alone is a match (the game), not Gyeonggi.
    location = normaliser.read(
        "손흥민이 경기에서 골을 넣은 뒤 기뻐하고 있다. 2027.1.30 [연합뉴스]"
    ).record.location
    assert location is None or location.province_state is None


@pytest.mark.parametrize(
    ("caption", "city"),
    [
        # A cinematheque or a stadium named after a town of two words, "in" glued on the noun.
        (
            "הבמאי נדב לפיד בהקרנת הבכורה בסינמטק תל אביב, 3 בפברואר 2027. צילום: תומר נויברג/פלאש90",
            "Tel Aviv",
        ),
        ("קהל רב בהקרנה חגיגית בסינמטק ירושלים, 3 בפברואר 2027. צילום: יונתן זינדל/פלאש90", "Jerusalem"),
    ],
)
def test_a_place_named_after_its_town_in_hebrew(normaliser: Normaliser, caption: str, city: str) -> None:
    assert located(normaliser, caption, "city", "country_code") == (city, "IL")


@pytest.mark.parametrize(
    ("caption", "city", "country_code"),
    [
        # The names' table holds Libya's Tripoli; "north Lebanon" written after it says which Tripoli.
        ("دخان يتصاعد من منطقة باب التبانة في طرابلس شمال لبنان، 30 نوفمبر 2026. (رويترز)", "Tripoli", "LB"),
        ("مسلحون في طرابلس، لبنان، 30 نوفمبر 2026. (أ ف ب)", "Tripoli", "LB"),
        # With no country after it, the biggest town of the name.
        ("مسلحون في طرابلس، 30 نوفمبر 2026. (رويترز)", "Tripoli", "LY"),
    ],
)
def test_the_country_after_a_town_says_which_town(
    normaliser: Normaliser, caption: str, city: str, country_code: str
) -> None:
    assert located(normaliser, caption, "city", "country_code") == (city, country_code)


@pytest.mark.parametrize(
    ("caption", "city", "country_code"),
    [
        # A Xinhua dateline's town of two letters, a comma, then the date: the place where no other is cued.
        ("旺角街頭的聖誕燈飾，香港，2026年12月4日。（新華社記者 朱煒 攝）", "Hong Kong", "HK"),
        ("新华社照片，北京，2026年12月4日\n市民在公园里赏花。\n新华社记者 李贺 摄", "Beijing", "CN"),
        # The filing town gives way to the town the body cues ("景德镇市").
        (
            "新华社照片，南昌，2026年12月24日\n这是12月23日拍摄的江西省景德镇市陶溪川文创街区。\n新华社发（卓忠伟 摄）",
            "Jingdezhen",
            "CN",
        ),
        # Hindi: a town, "of", a place of it and "in": the town is the place's.
        ("मुंबई के धारावी में बारिश के बाद जलभराव, 2 दिसंबर 2026। (फोटो: पीटीआई)", "Mumbai", "IN"),
    ],
)
def test_a_dateline_town_and_a_town_of_a_place(
    normaliser: Normaliser, caption: str, city: str, country_code: str
) -> None:
    assert located(normaliser, caption, "city", "country_code") == (city, country_code)


def test_a_towns_office_holder_is_no_place(normaliser: Normaliser) -> None:
    # "मुंबई के मुख्यमंत्री" (Mumbai's chief minister): no "in" after the word after "of".
    location = normaliser.normalise("मुंबई के मुख्यमंत्री ने बैठक की, 2 दिसंबर 2026। (फोटो: पीटीआई)").location
    assert location is None or location.city is None


@pytest.mark.parametrize(
    ("caption", "country_code"),
    [
        ("نازحون في مخيم للنازحين شمال سوريا، الثلاثاء 16 شباط/فبراير 2027. (أ ف ب)", "SY"),
        ("أطفال يلعبون أمام خيمة في مخيم للاجئين جنوب لبنان، 18 شباط/فبراير 2027. (رويترز)", "LB"),
    ],
)
def test_a_country_after_a_word_of_the_compass_places_the_picture(
    normaliser: Normaliser, caption: str, country_code: str
) -> None:
    # "شمال سوريا" (in the north of Syria): the compass word cues the country as "في" (in) would.
    assert located(normaliser, caption, "city", "country_code") == (None, country_code)


@pytest.mark.parametrize(
    ("caption", "city", "country_code"),
    [
        # A noun of the town's part owns the town after it, whatever the preposition before the noun.
        ("حركة المرور على كورنيش بيروت، الجمعة 12 مارس 2027. (رويترز)", "Beirut", "LB"),
        ("سيول تغمر شوارع جدة بعد أمطار غزيرة، 20 نوفمبر 2027. (واس)", "Jeddah", "SA"),
        ("مصطافون على شاطئ اللاذقية، 6 يونيو 2027. (سانا)", "Latakia", "SY"),
        # Persian's ezafe: "the streets of Shiraz".
        ("خیابان‌های شیراز پس از باران بهاری", "Shiraz", "IR"),
        # Hebrew: "in the streets of Tel Aviv"; the noun is Rehovot's name too, and no town here.
        ("גשם כבד ברחובות תל אביב, 14 בינואר 2027. צילום: תומר נויברג/פלאש90", "Tel Aviv", "IL"),
    ],
)
def test_a_noun_of_a_towns_part_cues_the_town_after_it(
    normaliser: Normaliser, caption: str, city: str, country_code: str
) -> None:
    assert located(normaliser, caption, "city", "country_code") == (city, country_code)


@pytest.mark.parametrize(
    ("caption", "city", "country_code"),
    [
        # GeoNames names the town with its noun ("مدينة العين", the city of Al Ain; "مدينة الكويت"): the noun
        # cues it after "على" (on) or a verb, as "في" (in) would.
        ("أمطار غزيرة على مدينة العين مساء الأحد، 14 فبراير 2027. (وام)", "Al Ain City", "AE"),
        ("عاصفة ترابية تضرب مدينة الكويت، 8 أبريل 2027. (كونا)", "Kuwait City", "KW"),
    ],
)
def test_a_town_named_with_its_noun_of_city(
    normaliser: Normaliser, caption: str, city: str, country_code: str
) -> None:
    assert located(normaliser, caption, "city", "country_code") == (city, country_code)


def test_rehovot_after_in_is_still_rehovot(normaliser: Normaliser) -> None:
    # "ברחובות" alone (in Rehovot): no town written after the word, so it is the town.
    caption = "תלמידים בטקס סיום ברחובות, 14 ביוני 2027. צילום: יוסי זמיר/פלאש90"
    assert located(normaliser, caption, "city", "country_code") == ("Reẖovot", "IL")


@pytest.mark.parametrize(
    ("caption", "city"),
    [
        # GeoNames gives Kashan twice (the town and its municipality), and only in Arabic letters ("كاشان"):
        # one town, in the Persian spelling a caption writes ("کاشان").
        ("جشنواره گلاب‌گیری در شهر کاشان، ۲۰ اردیبهشت ۱۴۰۶. (ایرنا)", "Kashan"),
        ("بازدید گردشگران از باغ فین در کاشان (ایسنا)", "Kashan"),
    ],
)
def test_a_big_iranian_town_in_persian_letters(normaliser: Normaliser, caption: str, city: str) -> None:
    assert located(normaliser, caption, "city", "country_code") == (city, "IR")


def test_a_campus_is_no_town_in_persian(normaliser: Normaliser) -> None:
    # "پردیس" is a campus as often as Pardis, a town of Tehran province.
    location = normaliser.normalise("دانشجویان در پردیس دانشگاه تهران (ایسنا)").location
    assert location is None or location.city != "Pardīs"


@pytest.mark.parametrize(
    ("caption", "province"),
    [
        # Xinhua writes the province with "省" before a county or a site: the province, no town.
        ("4月2日，游客在浙江省安吉县的竹林中游览。新华社记者 李明 摄", "Zhejiang"),
        ("3月30日，游客在湖南省武陵源景区游览。新华社记者 王芳 摄", "Hunan"),
    ],
)
def test_a_chinese_province_with_its_noun_where_no_town_is_named(
    normaliser: Normaliser, caption: str, province: str
) -> None:
    location = normaliser.read(caption).record.location
    assert location is not None
    assert (location.city, location.province_state, location.country_code) == (None, province, "CN")


@pytest.mark.parametrize(
    "caption",
    [
        # Washington's names in these scripts come from the generator's hand-kept table: GeoNames gives only
        # "华盛顿特区" and the CLDR names no time zone for it.
        "11月18日，在美国华盛顿白宫，美国总统出席一场签署仪式。新华社记者王磊摄",
        "(워싱턴=연합뉴스) 이지훈 특파원 = 5일(현지시간) 미국 워싱턴DC 의회 의사당 모습. 2026.12.5",
        "記者会見する国務長官＝5日、ワシントン（共同）",
        "وزير الخارجية يتحدث إلى الصحفيين بواشنطن، 5 ديسمبر 2026. (رويترز)",
        "שר החוץ נפגש עם עמיתו בוושינגטון, 5 בדצמבר 2026. צילום: רויטרס",
        "वाशिंगटन में कैपिटल हिल के बाहर प्रदर्शनकारी, 5 दिसंबर 2026. (फोटो: रॉयटर्स)",
        # "首都" (capital) between the country and its capital's name.
        "12月5日，在美国首都华盛顿，行人走过国会大厦附近。新华社记者王磊摄",
    ],
)
def test_washington_in_another_script(normaliser: Normaliser, caption: str) -> None:
    assert located(normaliser, caption, "city", "country_code") == ("Washington", "US")


@pytest.mark.parametrize(
    ("caption", "city"),
    [
        # Thai glues a noun of the town's part between the locative and the name: "ที่ชายหาดชะอำ" (at the
        # beach of Cha-am); the province named after it was read alone.
        ("นักท่องเที่ยวเล่นน้ำที่ชายหาดชะอำ จังหวัดเพชรบุรี เมื่อวันที่ 5 ธันวาคม 2569 (ภาพ: รอยเตอร์)", "Cha-am"),
        ("ประชาชนเดินเล่นที่หาดใหญ่ จังหวัดสงขลา เมื่อวันที่ 5 ธันวาคม 2569 (ภาพ: รอยเตอร์)", "Hat Yai"),
    ],
)
def test_a_thai_town_after_a_part_noun(normaliser: Normaliser, caption: str, city: str) -> None:
    assert located(normaliser, caption, "city", "country_code") == (city, "TH")


@pytest.mark.parametrize(
    ("caption", "city"),
    [
        # Arabic "on" after weather: the rain falls on the town shown.
        ("أمطار غزيرة على الشارقة صباح أمس (الخليج)", "Sharjah"),
        ("أمطار غزيرة على أبوظبي صباح أمس (وام)", "Abu Dhabi"),
        # "the win over Sharjah" names a team: the town after "في" is the place.
        ("لاعبو الوحدة يحتفلون بالفوز على الشارقة في أبوظبي أمس (وام)", "Abu Dhabi"),
    ],
)
def test_arabic_on_is_a_cue_only_after_weather(normaliser: Normaliser, caption: str, city: str) -> None:
    location = normaliser.read(caption).record.location
    assert location is not None
    assert (location.city, location.country_code) == (city, "AE")


def test_arabic_on_alone_names_no_town(normaliser: Normaliser) -> None:
    location = normaliser.read("لاعبو الوحدة يحتفلون بالفوز على الشارقة أمس (وام)").record.location
    assert location is None or location.city != "Sharjah"


@pytest.mark.parametrize(
    ("caption", "city", "country_code"),
    [
        # Nepali glues "of" ("को") and "in" ("मा") on: "पोखराको ... किनारमा" (on the shore of Pokhara's lake).
        ("पोखराको फेवाताल किनारमा बिहीबार डुङ्गा चलाउँदै पर्यटक। तस्बिर: हरि थापा/कान्तिपुर", "Pokhara", "NP"),
        ("विराटनगरमा शुक्रबार डुबानमा परेको सडक। तस्बिर: गोपाल राई", "Biratnagar", "NP"),
        # A town opening the caption, a place of it with "in" glued on after it: Tamil, Sinhala.
        ("மதுரை ரயில் நிலையத்தில் செவ்வாய்க்கிழமை காத்திருந்த பயணிகள். படம்: கே. ரவி", "Madurai", "IN"),
        ("කොළඹ ගාලු මුවදොර පිටියේ පැවති රැලිය.", "Colombo", "LK"),
        ("මහනුවර නගරයේ පැවති පෙරහර නරඹන සෙනඟ.", "Kandy", "LK"),
    ],
)
def test_a_south_asian_town_with_its_case_endings(
    normaliser: Normaliser, caption: str, city: str, country_code: str
) -> None:
    assert located(normaliser, caption, "city", "country_code") == (city, country_code)


def test_the_bengali_word_for_city_is_no_town() -> None:
    # "সিলেট নগরের ... এলাকায়" (in an area of Sylhet city): "নগর" (city) is GeoNames' Nagar, India, too.
    found = place_in_script("সিলেট নগরের জিন্দাবাজার এলাকায় জলাবদ্ধ সড়ক। ছবি: শামীম আহমেদ")
    assert found is not None and (found.city, found.country) == ("Sylhet", "Bangladesh")


def test_an_opening_town_without_in_after_it_is_no_cue() -> None:
    # "மதுரை எம்.பி." (Madurai's MP) opens the caption, no place with "in" after it: no cue, no small town.
    found = place_in_script("ராமநாதபுரம் எம்.பி. செய்தியாளர்களைச் சந்தித்தார்.")
    assert found is None or found.city is None


@pytest.mark.parametrize(
    ("caption", "town"),
    [
        (
            "광주광역시 북구청 직원들이 10일 오전 폭설로 얼어붙은 도로에 제설제를 뿌리고 있다. (사진=북구 제공)",
            "Gwangju",
        ),
        ("서울특별시 직원들이 5일 오전 도로에 쌓인 눈을 치우고 있다.", "Seoul"),
    ],
)
def test_a_korean_town_written_with_its_metropolitan_ending_is_cued(
    normaliser: Normaliser, caption: str, town: str
) -> None:
    # "광역시" (metropolitan city) is the town's own name's last word: the name says it is a town.
    assert located(normaliser, caption, "city", "country_code") == (town, "KR")
