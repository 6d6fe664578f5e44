"""Archive and obituary captions (issue 13): the picture's year or day, not the later day of a death, a
funeral or a release that the caption goes on to tell."""

from __future__ import annotations

from datetime import date

import pytest

from captions._model import WarningCode
from tests.parse.test_date import when

FILED = date(2027, 3, 9)


# A year of sentence 1 beats a later sentence's day of a death or a funeral, which is flagged when read.
@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        (
            "FILE - Jazz pianist Ruth Calloway plays at the Blue Note in New York, N.Y., in 1979. Calloway, "
            "whose 1964 album sold a million copies, died Sunday, March 7, 2027, in Harlem, her son said. "
            "(AP Photo/Ron Frehm, File)",
            "1979",
        ),
        (
            "Boxer Tomás Ortega trains at a gym in Havana, Cuba, in 1968. Ortega will be buried on "
            "Friday, March 12, 2027, his family said. (AP Photo, File)",
            "1968",
        ),
    ],
)
def test_the_picture_year_beats_a_later_day_of_death(caption: str, expected: str) -> None:
    assert when(caption, FILED)[0] == expected


def test_a_later_full_date_still_dates_a_caption_without_a_year() -> None:
    caption = "Mourners gather outside the church. The funeral was held on Monday, March 8, 2027."
    assert when(caption, FILED) == ("2027-03-08", {WarningCode.PARTIAL_DATE})


# The day an agency obtained or was given a family's picture is not the day taken when sentence 1 gives the
# picture's own year.
def test_an_obtained_date_gives_way_to_the_picture_year() -> None:
    caption = (
        "Lidia Nowak, a trade unionist who died on Friday aged 90, speaks at a rally in Gdansk in 1980, in "
        "this handout picture obtained by Reuters on March 8, 2027. Nowak Family/Handout via REUTERS"
    )
    assert when(caption, FILED) == ("1980", set())


# A clause left open before the year still makes it doubtful: the year may be the clause's.
def test_a_year_inside_a_clause_of_its_own_is_flagged() -> None:
    caption = "Olympic champion Sara Lind, who won gold in 2016. Lind died on Sunday."
    assert when(caption, FILED) == ("2016", {WarningCode.PARTIAL_DATE})


def test_an_obtained_date_alone_is_kept() -> None:
    caption = "Flood water covers a road in Valencia, in this picture obtained by Reuters on March 8, 2027."
    assert when(caption, FILED)[0] == "2027-03-08"


# Reuters re-sends the archive picture's own caption after "FILE PHOTO:": its date is the picture's.
def test_the_reissued_caption_after_file_photo_dates_the_picture() -> None:
    caption = (
        "Former Irish Prime Minister Seamus Kelly, who died on March 7, 2027 aged 91, is seen in a file "
        "photo. FILE PHOTO: Irish Prime Minister Seamus Kelly speaks to reporters at Leinster House in "
        "Dublin, Ireland, June 14, 1989. REUTERS/Stringer/File Photo"
    )
    assert when(caption, FILED) == ("1989-06-14", set())


# A month and year of sentence 1 take their day from a later line writing that day, read in the order that
# puts it in that month ("8/12/57" after "August 1957").
def test_a_later_numeric_day_of_the_same_month_fills_the_day() -> None:
    caption = (
        "Singer Buddy Lane (1936 - 1959) at the Apollo Theater in New York, August 1957. (Original "
        "Caption) New York: Buddy Lane signs autographs outside the theater. 8/12/57. "
        "(Photo by Bettmann Archive/Getty Images)"
    )
    assert when(caption, FILED)[0] == "1957-08-12"


# A year of the past named with the picture, in the other languages.
@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        ("Il tenore Carlo Bruni alla Scala di Milano, in una foto d'archivio del 1971. ANSA", "1971"),
        ("Marta Ríos, en una imagen de 1982 en el Teatro Real. Foto: Archivo", "1982"),
        ("Pianist Harold Mays performs at Massey Hall in Toronto in this 1974 photo.", "1974"),
        ("Москва. 1979 год. Балерина Ольга Лапина на сцене Большого театра.", "1979"),
        ("Usta sanatçı Kemal Aydın, 1968 yılında Ankara'da bir konserde.", "1968"),
        ("الممثل الراحل سمير حلمي خلال تصوير فيلم في الإسكندرية عام 1969 (أرشيفية)", "1969"),
        ("Schauspieler Klaus Berger 1987 bei einer Premiere in Hamburg Foto: dpa", "1987"),
        ("कोलकाता: दिवंगत गायक अमर सेन की 1981 में ली गई फाइल फोटो। (पीटीआई फोटो)", "1981"),
    ],
)
def test_a_year_of_the_past_in_other_languages(caption: str, expected: str) -> None:
    assert when(caption, FILED)[0] == expected


# In scripts without capitals a later sentence's weekday of a death is no date of the picture.
@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        ("הזמרת רחל כהן מופיעה בתל אביב, 1974. כהן הלכה לעולמה ביום ראשון בגיל 90.", "1974"),
        ("मुंबई: दिवंगत गायिका लता राव की 1979 में ली गई फाइल फोटो। राव का सोमवार को निधन हो गया।", "1979"),
    ],
)
def test_a_later_weekday_in_an_uncased_script(caption: str, expected: str) -> None:
    assert when(caption, FILED)[0] == expected


# A month and year in Chinese, Japanese and Korean with no day.
@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        ("1982年7月，李明在上海大剧院演出。著名演员李明于2027年3月7日在上海逝世。（资料照片）", "1982-07"),
        ("7日に死去した俳優の田中一郎さん＝1978年11月、東京都内", "1978-11"),
        (
            "고(故) 박성민 작가가 1991년 4월 부산의 한 서점에서 강연하고 있다. 박 작가는 지난 7일 별세했다.",
            "1991-04",
        ),
    ],
)
def test_a_month_and_year_in_east_asian_scripts(caption: str, expected: str) -> None:
    assert when(caption, FILED)[0] == expected


# A Greek month in the accusative before its year ("τον Μάρτιο του 1968") is a month-year.
@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        ("Η τραγουδίστρια Ελένη Δήμου σε συναυλία στη Θεσσαλονίκη, τον Μάρτιο του 1968.", "1968-03"),
        ("Ο ποιητής Άρης Λάμπρου στην Αθήνα τον Οκτώβριο 1983. (ΦΩΤΟ ΑΡΧΕΙΟΥ)", "1983-10"),
    ],
)
def test_a_greek_month_year_in_the_accusative(caption: str, expected: str) -> None:
    assert when(caption, FILED)[0] == expected


# A year closing sentence 1 right after its town, with no comma: "i Göteborg 1972.", "in Köln 1988.".
@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        ("Sångerskan Eva Lind på Scandinavium i Göteborg 1972. Hon avled i söndags. Foto: TT", "1972"),
        ("Kabarettist Otto Brandt auf der Bühne in Köln 1988. Foto: dpa", "1988"),
    ],
)
def test_a_year_closing_sentence_one_after_its_town(caption: str, expected: str) -> None:
    assert when(caption, FILED) == (expected, set())


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        # An archive picture "from" a year, said in the languages of national agencies: the year is the picture's.
        ("Archivbild aus dem Jahr 2024: Der Reichstag in Berlin. Foto: Kay Nietfeld/dpa", "2024"),
        ("Arkivbild från 2024: Riksdagshuset i Stockholm. Foto: Henrik Montgomery/TT", "2024"),
        ("Arkivfoto fra 2024: Folketinget i København. Foto: Ida Marie Odgaard/Ritzau Scanpix", "2024"),
        ("Arkistokuva vuodelta 2024: eduskuntatalo Helsingissä. Kuva: Markku Ulander / Lehtikuva", "2024"),
        ("Archiefbeeld uit 2024: het Binnenhof in Den Haag. ANP / Robin van Lonkhuijsen", "2024"),
        ("Zdjęcie archiwalne z 2023 r.: Sejm w Warszawie. Fot. Radek Pietruszka/PAP", "2023"),
        ("Archivní snímek z roku 2023: Sněmovna v Praze. Foto: ČTK/Michal Kamaryt", "2023"),
        ("Photo d'archives de 2024 : l'Assemblée nationale à Paris. © Ludovic Marin / AFP", "2024"),
    ],
)
def test_an_archive_picture_from_a_year_in_other_languages(caption: str, expected: str) -> None:
    assert when(caption, FILED) == (expected, set())
