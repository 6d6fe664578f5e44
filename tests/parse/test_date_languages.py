"""Dates in the languages of papers in East and Southern Africa, the Philippines, Malaysia and Ireland:
Swahili, Afrikaans, Filipino, Malay and Irish month and weekday names, from the CLDR."""

from __future__ import annotations

from datetime import date

import pytest

from captions import Normaliser
from captions._model import WarningCode
from tests.parse.test_date import when

# A Tuesday: the week before it runs from Tuesday 11 to Monday 17 March 2025.
REFERENCE = date(2025, 3, 18)


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        # Swahili (Taifa Leo, Mwananchi): a bare weekday, and a day and month.
        ("Wafanyabiashara wakiuza samaki sokoni Mombasa, Jumatatu. PICHA | AMINA HASSAN", "2025-03-17"),
        ("Wanafunzi wakiwa darasani jijini Dar es Salaam, Ijumaa. PICHA: JOHN MAKORI", "2025-03-14"),
        ("Wakulima wakivuna chai Kericho tarehe 12 Machi 2025. PICHA | FAITH CHERONO", "2025-03-12"),
        # Afrikaans (Netwerk24, Maroela Media).
        ("Studente betoog Woensdag buite die hoofgebou in Bloemfontein. Foto: Pieter du Toit", "2025-03-12"),
        ("Boere by die skou in Bredasdorp op 8 Maart 2025. Foto: Anel Lewis", "2025-03-08"),
        # Filipino (GMA, Abante): "nitong Huwebes", and month first as English writes it.
        (
            "Lumikas ang mga residente sa Marikina City nitong Huwebes. (Kuha ni Jun Ramos/GMA News)",
            "2025-03-13",
        ),
        ("Nagprotesta ang mga tsuper sa Quezon City noong Marso 10, 2025. (Kuha ni Mark Cruz)", "2025-03-10"),
        # Malay (Berita Harian, Harian Metro): day and month, the year from the reference date.
        (
            "Jemaah menunaikan solat di Masjid Negara, Kuala Lumpur, pada 14 Mac. - Foto BH: AZMI ISMAIL",
            "2025-03-14",
        ),
        (
            "Orang ramai membeli juadah di bazar Ramadan, Shah Alam, 6 Mac 2025. - Foto NSTP: Faiz Anuar",
            "2025-03-06",
        ),
        # Irish (Tuairisc, RTÉ): a weekday of two words.
        (
            "Lucht leanúna ag ceiliúradh i bPáirc an Chrócaigh, Dé Domhnaigh. Grianghraf: Inpho/Seán Ó Briain",
            "2025-03-16",
        ),
        ("Daltaí ag máirseáil i nGaillimh Dé hAoine. Grianghraf: Niall Ó Dónaill", "2025-03-14"),
        ("An Taoiseach i mBaile Átha Cliath, 10 Márta 2025. Grianghraf: RollingNews.ie", "2025-03-10"),
    ],
)
def test_dates_in_swahili_afrikaans_filipino_malay_and_irish(caption: str, expected: str) -> None:
    assert when(caption, REFERENCE)[0] == expected


@pytest.mark.parametrize(
    "caption",
    [
        # Swahili's words for today and yesterday are names in English captions.
        "Pope Leo waves to pilgrims in St. Peter's Square, Vatican City. (AP Photo/Andrew Medichini)",
        "Jana Novak of Slovenia competes in the giant slalom. REUTERS/Leonhard Foeger",
        # A Malay weekday is a name too: "Khamis" and "Ahad" stand alone as no date.
        "Sudanese general Khamis Abdallah speaks to reporters. REUTERS/Mohamed Nureldin Abdallah",
    ],
)
def test_names_that_are_day_words_elsewhere_are_no_dates(caption: str) -> None:
    found, warnings = when(caption, REFERENCE)
    assert found is None and WarningCode.MISSING_DATE in warnings


@pytest.mark.parametrize(
    "caption",
    [
        # Afrikaans "Julie" and Malay "Mac" are a name and a brand in English captions.
        "A mother of 3 Julie Moore poses with her children at home. REUTERS/Jane Doe",
        "Students use 13 Mac laptops donated to the school. REUTERS/Jane Doe",
        # Filipino September's abbreviation is a tennis set.
        "Jannik Sinner serves in Set 2 of the final at Flushing Meadows. REUTERS/Jane Doe",
    ],
)
def test_a_month_that_is_an_english_name_needs_no_word_after_it(caption: str) -> None:
    assert when(caption, REFERENCE)[0] is None


def test_the_same_month_closing_its_clause_is_a_date() -> None:
    assert (
        when("Boere by die skou in Bredasdorp op 4 Julie. Foto: Anel Lewis", date(2025, 7, 8))[0]
        == "2025-07-04"
    )


def test_a_filipino_abbreviation_with_its_year_is_a_date() -> None:
    assert (
        when("Nagprotesta ang mga tsuper sa Quezon City noong Set 3, 2025. (Kuha ni Mark Cruz)")[0]
        == "2025-09-03"
    )


@pytest.mark.parametrize(
    ("caption", "flagged"),
    [
        # 26 November 2026 is a Thursday. Weekdays after a preposition are in the accusative: checked too.
        ("Narciarze na stoku w Zakopanem, w środę, 26 listopada 2026 r. PAP/Grzegorz Momot", True),
        ("Kibice przed stadionem w Poznaniu, w niedzielę, 26 listopada 2026 r. PAP/Jakub Kaczmarczyk", True),
        ("Lidé na trhu v Brně v neděli, 26. listopadu 2026. ČTK/Václav Šálek", True),
        ("Ľudia na námestí v Košiciach v sobotu, 26. novembra 2026. TASR/František Iván", True),
        ("Narciarze na stoku w Zakopanem, w czwartek, 26 listopada 2026 r. PAP/Grzegorz Momot", False),
    ],
)
def test_a_weekday_in_a_case_is_checked_against_its_date(caption: str, flagged: bool) -> None:
    iso, warnings = when(caption, date(2026, 11, 27))
    assert iso == "2026-11-26"
    assert (WarningCode.WEEKDAY_MISMATCH in warnings) is flagged


def test_czech_in_the_middle_is_no_wednesday() -> None:
    # "ve středu města" is "in the town's centre" as often as "on Wednesday": no weekday is read from it.
    iso, warnings = when(
        "Lidé ve středu města Olomouce, 26. listopadu 2026. ČTK/Luděk Peřina", date(2026, 11, 27)
    )
    assert (iso, WarningCode.WEEKDAY_MISMATCH in warnings) == ("2026-11-26", False)


@pytest.mark.parametrize(
    ("caption", "reference", "expected"),
    [
        # Vietnamese (VnExpress, Tuổi Trẻ): a day and month in digits after a part of the day or "ngày".
        (
            "Người dân đi lễ chùa tại quận 5, Thành phố Hồ Chí Minh, tối 14/2. Ảnh: Quỳnh Trần",
            date(2026, 2, 15),
            "2026-02-14",
        ),
        ("Xe cứu hỏa đến hiện trường tại Hải Phòng chiều 8/3. Ảnh: Lê Tân", date(2026, 3, 9), "2026-03-08"),
        # Read as the latest such day: filed on 2 January, "ngày 30/12" is last year's.
        ("Pháo hoa trên sông Hàn tại Đà Nẵng ngày 30/12. Ảnh: Nguyễn Đông", date(2026, 1, 2), "2025-12-30"),
        # Indonesian (Antara, Kompas): a weekday and the day and month in brackets.
        (
            "Warga berbelanja di Pasar Senen, Jakarta, Jumat (13/3). ANTARA FOTO/Dhemas Reviyanto",
            date(2026, 3, 14),
            "2026-03-13",
        ),
    ],
)
def test_a_day_and_month_in_digits_after_a_day_word(caption: str, reference: date, expected: str) -> None:
    assert when(caption, reference)[0] == expected


@pytest.mark.parametrize(
    "caption",
    [
        # With no day word before them, digits and a slash are a score, a ratio or a fraction.
        "Students sit an exam in Hanoi, scoring 8/10 on average. REUTERS/Thinh Nguyen",
        "Warga mengantre di Jakarta dengan rasio 1/3 dari kuota. ANTARA FOTO/Aprillio Akbar",
    ],
)
def test_a_day_and_month_in_digits_needs_a_day_word(caption: str) -> None:
    assert when(caption, date(2026, 3, 14))[0] is None


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        # Filipino capitalises a weekday Spanish writes in lower case: after "nitong" or "noong" it is the
        # day, not a name ("Santo Domingo"); "Miyerkoles" as GMA and Inquirer spell it.
        ("Nagtipon ang mga raliyista sa Mendiola, Maynila nitong Lunes. (Kuha ni Jun Ramos)", "2025-03-17"),
        ("Binaha ang mga kalsada sa Navotas City noong Biyernes. —RICHARD REYES", "2025-03-14"),
        ("Naglalaro ang mga bata sa Pasig City, Miyerkoles ng hapon. (Kuha ni Mark Cruz)", "2025-03-12"),
        # Swahili (The Citizen, Mwananchi): month first as in English, and "mnamo" before a weekday.
        ("Wananchi wakiandamana jijini Mwanza, Machi 14, 2025. Picha na Saada Amir", "2025-03-14"),
        ("Wavuvi wakivua samaki mjini Kisumu mnamo Jumamosi. PICHA | ONYANGO OTIENO", "2025-03-15"),
    ],
)
def test_filipino_and_swahili_weekdays_and_month_first_dates(caption: str, expected: str) -> None:
    assert when(caption, REFERENCE)[0] == expected


def test_a_capitalised_spanish_weekday_after_a_word_is_still_a_name() -> None:
    assert when("Fieles caminan por la avenida Lunes Santo en Sevilla. EFE/Raúl Caro", REFERENCE)[0] is None


# Arabic (SPA, WAM, KUNA, the Egyptian presidency): the CLDR's Gregorian month names, Arabic-Indic digits,
# and a weekday alone, which Arabic writes one way only (it has no capitals).
@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        ("طفل فلسطيني في خان يونس جنوب قطاع غزة، ٥ فبراير ٢٠٢٦. (الأناضول)", "2026-02-05"),
        ("متظاهرون في ساحة التحرير ببغداد، ١٤ مارس ٢٠٢٥. (رويترز)", "2025-03-14"),
        # Persian digits ("۱۲") are digits as well.
        ("الأمير يستقبل ضيوفه في الدوحة، ۱۲ مارس ۲۰۲۵. (قنا)", "2025-03-12"),
        ("أطفال يلعبون في أحد شوارع دمشق، الأحد. (أ ف ب)", "2025-03-16"),
        ("وزير الخارجية يصل إلى الرياض يوم الخميس. (واس)", "2025-03-13"),
    ],
)
def test_dates_in_arabic(caption: str, expected: str) -> None:
    assert when(caption, REFERENCE)[0] == expected


def test_an_arabic_weekday_needs_a_reference_for_its_date() -> None:
    iso, warnings = when("أطفال يلعبون في أحد شوارع دمشق، الأحد. (أ ف ب)")
    assert iso is None and WarningCode.MISSING_DATE in warnings


# Hebrew glues "ב" (in) to the month; Persian writes Gregorian dates with the CLDR's names and its digits,
# and Iran's agencies their Solar Hijri dates ("۱۲ آبان ۱۴۰۴", 12 Aban 1404: 3 November 2025).
@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        ("ילדים בגן שעשועים בבאר שבע, 6 במרץ 2026. צילום: רויטרס", "2026-03-06"),
        ("מתפללים ליד הכותל, 14 בספטמבר 2025. צילום: AFP", "2025-09-14"),
        ("مردم در خیابان‌های مشهد، ۲۰ ژانویه ۲۰۲۶. عکس: رويترز", "2026-01-20"),
        ("کشاورزان در مزرعه‌ای در شیراز، ۱۲ آبان ۱۴۰۴. عکس: ایرنا", "2025-11-03"),
    ],
)
def test_dates_in_hebrew_and_persian(caption: str, expected: str | None) -> None:
    assert when(caption)[0] == expected


# Hebrew news dates the day's events by "tonight" and "this morning" (the reference day) and "last night"
# (the day before): the CLDR gives only today, yesterday and the day before.
@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        ("כוחות כיבוי בזירת השריפה במפעל בבאר שבע, הלילה. צילום: דוברות כבאות והצלה", "2025-03-18"),
        ("לוחמי אש בזירת השריפה בבניין משרדים בירושלים, הבוקר. צילום: רונית לוי", "2025-03-18"),
        ("שוטרים בזירת הירי ברחוב הרצל בתל אביב, אמש. צילום: דוברות המשטרה", "2025-03-17"),
    ],
)
def test_hebrew_tonight_this_morning_and_last_night(caption: str, expected: str) -> None:
    assert when(caption, REFERENCE)[0] == expected


# Calendars of their own, turned into the Gregorian day: Iran's Solar Hijri (with its ordinal first day,
# "یکم"), Thailand's Buddhist Era (543 years ahead, its months abbreviated with stops) and Taiwan's Minguo
# years (1911 ahead).
@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        ("تبریز- ایرنا- کشاورزان روز شنبه (۱۵ آذر ۱۴۰۵) در دشت تبریز برداشت را آغاز کردند.", "2026-12-06"),
        ("مشهد- زائران در آستانه نوروز (یکم فروردین ۱۴۰۴) به حرم رفتند.\nعکاس: رضا نوری", "2025-03-21"),
        ("ชาวนาเกี่ยวข้าวในทุ่งนา จ.สุพรรณบุรี เมื่อวันที่ 3 ม.ค. 2569 ภาพ: สำนักข่าวไทย", "2026-01-03"),
        ("ประชาชนร่วมงานลอยกระทงที่เชียงราย วันที่ 12 พฤศจิกายน 2568", "2025-11-12"),
        ("115年1月1日，民眾在總統府前參加元旦升旗典禮。（中央社）", "2026-01-01"),
    ],
)
def test_dates_of_other_calendars(caption: str, expected: str) -> None:
    assert when(caption)[0] == expected


# Chinese and Japanese write the day alone before where or when in it ("3日在", "21日晚"), Korean at the
# caption's start ("2일 서울"): the filing month's; "3日間" (three days) is no date.
@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        ("民眾3日在台南孔廟參觀。（中央社記者林某攝 114年11月3日）", "2025-11-03"),
        ("市民2日晚在上海外滩观看灯光秀。（中新社记者 陈某 摄）", "2025-11-02"),
        ("3日間の日程で開かれた見本市の会場", None),
        # Korean captions open with it: "2일 서울 ...", "3일 오전"; "3일 동안" (for three days) is no date.
        ("2일 서울 종로구 광화문광장에서 시민들이 눈을 맞으며 걷고 있다. 연합뉴스", "2025-11-02"),
        ("3일 오전 부산 해운대해수욕장에서 관광객들이 산책하고 있다. /뉴스1", "2025-11-03"),
        ("시민들이 3일 동안 줄을 서서 기다렸다.", None),
        # After the sentence's subject and its particle, and after "지난" (last).
        ("김민준 대통령이 3일 서울 용산 대통령실에서 발언하고 있다. 연합뉴스", "2025-11-03"),
        ("지난 2일 부산 해운대해수욕장에서 관광객들이 산책하고 있다. 뉴스1", "2025-11-02"),
        ("관광객들이 3일간 부산에 머물렀다.", None),
        # An archive picture's day is of a month long past.
        ("김민준 선수가 2일 서울월드컵경기장에서 골을 넣고 있다. [연합뉴스 자료사진]", None),
    ],
)
def test_a_day_alone_before_where_or_when(caption: str, expected: str | None) -> None:
    assert when(caption, date(2025, 11, 4))[0] == expected


def test_a_solar_hijri_day_needs_its_year() -> None:
    # "۱۲ آبان" alone names no year of either calendar: the Gregorian year of the filing day would be wrong.
    assert when("کشاورزان در شیراز، ۱۲ آبان. عکس: ایرنا", date(2025, 11, 4))[0] is None


# The Syriac months of Iraq and the Levant are two words ("كانون الأول", December): read whole, the second
# word alone is no month.
@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        (
            "بغداد – واع\nمتسوقون في شارع المتنبي، يوم الجمعة ٥ كانون الأول ٢٠٢٥.\nتصوير: علي حسن",
            "2025-12-05",
        ),
        ("دمشق-سانا\nأطفال في حديقة تشرين، ١٥ تشرين الثاني ٢٠٢٥.", "2025-11-15"),
        ("عمّان - بترا - مزارعون يقطفون الزيتون في إربد، ٣ آذار ٢٠٢٦.", "2026-03-03"),
    ],
)
def test_dates_with_the_levantine_months(caption: str, expected: str) -> None:
    assert when(caption)[0] == expected


# Xinhua's Chinese photo service: its header dates the filing, the caption's own month and day (no year)
# the picture; the header's year and day stand for a reference where none is given.
@pytest.mark.parametrize(
    ("caption", "reference", "expected"),
    [
        (
            "新华社照片，成都，2026年11月5日\n（社会）银杏黄了\n11月4日，市民在成都市人民公园赏银杏。\n新华社记者 李明 摄",
            None,
            "2026-11-04",
        ),
        (
            "新华社照片，昆明，2026年1月2日\n（经济）花市忙\n这是12月31日拍摄的斗南花卉市场（无人机照片）。\n新华社发（张华 摄）",
            None,
            "2025-12-31",
        ),
        (
            "新华社照片，西宁，2026年3月9日\n（社会）春耕\n3月8日，农民在田间劳作。\n新华社记者 王强 摄",
            date(2026, 3, 9),
            "2026-03-08",
        ),
    ],
)
def test_a_xinhua_chinese_header_dates_the_filing(
    caption: str, reference: date | None, expected: str
) -> None:
    assert when(caption, reference)[0] == expected


# A weekday alone in Greek after its article ("την Πέμπτη"; alone, capitalised "Τρίτη" is also "third"),
# in Hebrew with "ב" glued ("ביום שני") and in Hindi ("सोमवार शाम", Monday evening), against the filing day.
@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        ("Ψαράδες στο λιμάνι του Πειραιά την Πέμπτη. (Φωτ.: Γιώργος Παπαδόπουλος)", "2025-03-13"),
        ("Η τρίτη θέση στον αγώνα της Θεσσαλονίκης. (Φωτ.: Γιώργος Παπαδόπουλος)", None),
        ("מפגינים מול הכנסת בירושלים ביום שני (צילום: יוסי כהן)", "2025-03-17"),
        ("लखनऊ: सोमवार शाम हज़रतगंज में खरीदारी करते लोग। (पीटीआई फोटो)", "2025-03-17"),
    ],
)
def test_weekdays_in_greek_hebrew_and_hindi(caption: str, expected: str | None) -> None:
    assert when(caption, REFERENCE)[0] == expected


# "This month" after a day: Polish "bm." (PAP) and Czech "t. m.", the reference date's month; a day after the
# reference date, or no reference date, leaves the date partial.
@pytest.mark.parametrize(
    ("caption", "reference", "expected", "warned"),
    [
        (
            "Rolnicy protestują przed Sejmem w Warszawie 12 bm. Fot. PAP/Rafał Guz",
            REFERENCE,
            "2025-03-12",
            False,
        ),
        (
            "Premiér Petr Fiala na tiskové konferenci v Praze 17. t. m. ČTK/Michal Kamaryt",
            REFERENCE,
            "2025-03-17",
            False,
        ),
        ("Kibice przed stadionem w Poznaniu 25 bm. PAP/Jakub Kaczmarczyk", REFERENCE, None, True),
        ("Rolnicy protestują przed Sejmem w Warszawie 12 bm. Fot. PAP/Rafał Guz", None, None, True),
    ],
)
def test_a_day_of_this_month(
    caption: str, reference: date | None, expected: str | None, warned: bool
) -> None:
    iso, codes = when(caption, reference)
    assert iso == expected
    assert (WarningCode.PARTIAL_DATE in codes) == warned


def test_folhas_credit_dates_the_picture(normaliser: Normaliser) -> None:
    # Folha writes the picture's day inside its credit's chain, and the caption none.
    caption = "Moradores retiram lama de casa em Petrópolis (RJ) - Ana Souza - 23.fev.2027/Folhapress"
    record = normaliser.normalise(caption, reference_date=date(2027, 2, 24))
    assert (record.date_created, record.source) == ("2027-02-23", "Folhapress")


# PAP and Polish papers write the month in Roman numerals between the day and the year: "5 III 2027 r.",
# "15.IX.2026"; one letter ("V", "X", "I") is a month there too.
@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        ("Kraków, 5 III 2027 r. Uczestnicy uroczystości na Wawelu. Fot. PAP/Łukasz Gągulski", "2027-03-05"),
        ("Szczecin, 15.IX.2026 r. Jachty podczas regat na Odrze. Fot. PAP/Marcin Bielecki", "2026-09-15"),
        ("Rzeszów, 3 V 2027 r. Obchody święta konstytucji. Fot. PAP/Darek Delmanowicz", "2027-05-03"),
        ("Gdynia, 10 X 2026 r. Żaglowiec wpływa do portu. Fot. PAP/Adam Warżawa", "2026-10-10"),
        # No day before it: a pope's or a king's numeral is no month.
        ("A portrait of Pope John Paul II 1979 on show in Krakow, Poland. REUTERS/Kacper Pempel", None),
    ],
)
def test_a_month_in_roman_numerals(caption: str, expected: str | None) -> None:
    assert when(caption, REFERENCE)[0] == expected


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        # Samoan months (the Samoa Observer), which the CLDR lacks: read between a day and a year.
        (
            "O tamaiti aoga o siva i Apia i le Aso Faraile, 14 Iuni 2027. Ata: Sina Tuala / Samoa Observer",
            "2027-06-14",
        ),
        (
            "Faatasiga a le Palemene i Apia i le Aso Gafua, 3 Aokuso 2026. Ata: Lagi Fa'amoe / Samoa Observer",
            "2026-08-03",
        ),
        ("O le faiga o le fono i Apia, 28 Tesema 2026. Ata: Sina Tuala / Samoa Observer", "2026-12-28"),
    ],
)
def test_samoan_months(caption: str, expected: str) -> None:
    assert when(caption, date(2027, 6, 15)) == (expected, set())


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        # Yoruba (Alaroye, BBC Yoruba): the weekday after "ọjọ́" (day); Wednesday holds the word.
        ("Àwọn oníṣòwò ń ta ọjà ní ìlú Òṣogbo ní ọjọ́ Àbámẹ́ta. Fọ́tò: Kúnlé Ọládèjì", "2025-03-15"),
        ("Àwọn akẹ́kọ̀ọ́ ń ṣe ìdánwò ní ìlú Ìlọrin ní ọjọ́ Ajé. Fọ́tò: Fúnmi Adéyẹmí", "2025-03-17"),
        ("Àwọn ènìyàn ń jó níbi ayẹyẹ ní ìlú Ọ̀yọ́ ní Ọjọ́rú. Fọ́tò: Tádé Òjó", "2025-03-12"),
        # Sinhala (Lankadeepa, Dinamina): the weekday alone.
        ("මහනුවර දළදා මාළිගාව අසල සිකුරාදා රැස් වූ බැතිමතුන්. ඡායාරූපය: දිනමිණ", "2025-03-14"),
        ("කොළඹ කොටුව දුම්රිය ස්ථානයේ බදාදා දක්නට ලැබුණු මගීන්. ඡායාරූපය: ලංකාදීප", "2025-03-12"),
    ],
)
def test_weekdays_in_yoruba_and_sinhala(caption: str, expected: str) -> None:
    assert when(caption, REFERENCE)[0] == expected
