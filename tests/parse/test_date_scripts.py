"""Dates of round two of stop 28: capitals' joiners, digits of Indic scripts, Turkish weekdays before the day,
and the CLDR's Nepali, Somali, Hausa and Bengali names."""

from __future__ import annotations

from datetime import date

import pytest

from captions._model import WarningCode
from captions._parse._date._find import _uncased_split
from tests.parse.test_date import when

# A Friday: the week before it runs from Friday 5 to Thursday 11 February 2027.
REFERENCE = date(2027, 2, 12)


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        # Agencia Uno writes its header in capitals, the joiners too.
        (
            "PUERTO MONTT, 9 DE FEBRERO DE 2027. Salmoneros en la planta. FOTO: ANA ROJAS / AGENCIAUNO",
            "2027-02-09",
        ),
        # Devanagari and Bengali digits.
        ("लखनऊ में ८ फ़रवरी २०२७ को किसानों का प्रदर्शन। फोटो: पीटीआई", "2027-02-08"),
        ("সিলেটে চা বাগানের শ্রমিকরা, ১০ ফেব্রুয়ারি ২০২৭। ছবি: কামাল হোসেন", "2027-02-10"),
        # A Bengali or Hindi month that ends in a vowel sign, with no year after it.
        ("খুলনায় সবজির বাজার ৯ ফেব্রুয়ারি তোলা।", "2027-02-09"),
        ("जयपुर में 9 फ़रवरी को पतंगबाज़ी।", "2027-02-09"),
        # Turkish: the weekday in lower case before the day or a part of it, or opening its sentence.
        ("Trabzon'da çarşamba günü fırtına etkili oldu. (Fotoğraf: Murat Kılıç/AA)", "2027-02-10"),
        ("Salı akşamı Kadıköy'de konser düzenlendi. (Fotoğraf: Deniz Aksoy/DHA)", "2027-02-09"),
        # Nepali (the papers' spelling of Thursday), Somali ("11-ka"), Hausa ("ranar Talata").
        ("पोखरामा बिहीबार पर्यटकको भीड। तस्बिर: रासस", "2027-02-11"),
        ("Ganacsato suuqa Hargeysa, 8-ka Febraayo 2027. Sawir: Cabdi Xasan", "2027-02-08"),
        ("Manoma sun yi zanga-zanga a birnin Kano ranar Talata.", "2027-02-09"),
        # Armenian (Armenpress): the month's genitive before the day and its ending, or after the day.
        ("Վանաձոր, փետրվարի 9-ին։ Տոնավաճառ քաղաքի կենտրոնում։ Լուսանկարը՝ Արմենպրես", "2027-02-09"),
        ("Երևան, 10 փետրվարի 2027 թ.։ Ցուցահանդեսի բացումը։ Լուսանկարը՝ Արմենպրես", "2027-02-10"),
        # Belarusian (Nasha Niva, BelTA): months and weekdays Russian's and Ukrainian's names do not share.
        ("Пікет каля пасольства ў Вільні, 10 лютага 2027 года. Фота: Наша Ніва", "2027-02-10"),
        ("Кірмаш у Мінску ў аўторак. Фота: БелТА", "2027-02-09"),
    ],
)
def test_dates_of_other_scripts_and_languages(caption: str, expected: str) -> None:
    assert when(caption, REFERENCE)[0] == expected


@pytest.mark.parametrize(
    "caption",
    [
        # Capitalised alone, a Turkish or Hausa weekday is a name or a word: no date.
        ("Cuma Yılmaz konuştu. (Fotoğraf: Ali Er/AA)"),
        ("Talata Mafara residents queue for water. Photo: Musa Bello"),
        # Turkish in lower case without the day after it is no weekday read here ("cuma" of a name's compound).
        ("Cumartesi Pazarı'nda esnaf tezgah açtı. (Fotoğraf: Ali Er/AA)"),
    ],
)
def test_capitalised_weekdays_alone_are_no_dates(caption: str) -> None:
    assert when(caption, REFERENCE)[0] is None


def test_a_stop_before_an_uncased_script_ends_a_sentence_after_two_letters() -> None:
    # The pattern opens with the stop and looks at the two letters before it afterwards: the same splits.
    assert _uncased_split("בירושלים, 1977. לוי הלך לעולמו ביום שלישי") == (
        "בירושלים, 1977",
        "לוי הלך לעולמו ביום שלישי",
    )
    assert _uncased_split("ב. לוי") == ("ב. לוי",)  # one letter before the stop: an initial
    assert _uncased_split("_x. לוי") == ("_x. לוי",)  # "_" is no letter
    assert _uncased_split("जयपुर में पतंगबाज़ी। फोटो: पीटीआई") == ("जयपुर में पतंगबाज़ी", "फोटो: पीटीआई")
    assert _uncased_split("Sydney. Menschen am Strand") == ("Sydney. Menschen am Strand",)


@pytest.mark.parametrize(
    ("caption", "filed", "expected"),
    [
        # Full-width digits, as Jiji and Kyodo print them: a day of two digits opens with "１", "２", "３".
        ("本塁打を放つ西武・外崎＝１１日、ベルーナドーム（時事）", date(2027, 3, 12), "2027-03-11"),
        (
            "大相撲春場所で土俵入りする横綱＝３月２２日、エディオンアリーナ大阪（共同）",
            date(2027, 3, 23),
            "2027-03-22",
        ),
        # A match header before the caption: the competition and the two sides, no date of its own.
        (
            "プロ野球オープン戦、ロッテ－日本ハム。５回、適時打を放つロッテの選手＝１０日、ＺＯＺＯマリン（時事）",
            date(2027, 3, 11),
            "2027-03-10",
        ),
        (
            "Ｊ１、横浜Ｍ－川崎。後半、ゴールを決める横浜Ｍの選手＝14日、日産スタジアム（共同）",
            date(2027, 3, 15),
            "2027-03-14",
        ),
        # Jiji's headline sentence, then the scene dated after "＝" in the next.
        (
            "梅雨明けした大阪。道頓堀を歩く観光客＝20日午後、大阪市中央区（時事）",
            date(2027, 7, 20),
            "2027-07-20",
        ),
        (
            "初雪を観測した札幌市。大通公園を歩く人たち＝３日朝、札幌市中央区（時事）",
            date(2027, 11, 4),
            "2027-11-03",
        ),
    ],
)
def test_japanese_agencies_full_width_days_and_match_headers(
    caption: str, filed: date, expected: str
) -> None:
    assert when(caption, filed)[0] == expected


@pytest.mark.parametrize(
    "caption",
    [
        "Napoli, turisti sul lungomare. Nella foto: bagnanti sugli scogli\n"
        "Napoli, Italia - Domenica, 18 Luglio 2027 (foto Alessandro Garofalo / LaPresse)",
        "Torino, mercato di Porta Palazzo. Nella foto: banchi di frutta\n"
        "Torino, Italia - Sabato, 17 Luglio 2027 (foto Marco Alpozzi / LaPresse)",
    ],
)
def test_lapresse_date_line_after_a_dash_dates_the_picture(caption: str) -> None:
    # LaPresse closes with the place, a dash and the date: the picture's own date line, no later mention.
    found, warnings = when(caption, date(2027, 7, 19))
    assert found is not None and found.startswith("2027-07-1")
    assert WarningCode.PARTIAL_DATE not in warnings


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        # Khmer (AKP): the day after "ថ្ងៃទី", the month after "ខែ", the year after "ឆ្នាំ", in Khmer digits.
        ("ពលរដ្ឋ​ដើរ​លេង​នៅ​ក្រុង​បាត់ដំបង ថ្ងៃទី៧ ខែមិថុនា ឆ្នាំ២០២៧ (AKP)", "2027-06-07"),
        # Burmese: the year, "ခုနှစ်", the month with "လ", the day and "ရက်", in Burmese digits.
        ("မန္တလေးတွင် ၂၀၂၇ ခုနှစ် ဇူလိုင်လ ၂၁ ရက်က ဈေးသည်များ ရောင်းချနေစဉ်", "2027-07-21"),
    ],
)
def test_khmer_and_burmese_dates(caption: str, expected: str) -> None:
    assert when(caption, REFERENCE)[0] == expected
