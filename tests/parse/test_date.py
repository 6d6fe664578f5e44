"""The date the picture was made, in every agency form; background dates and issue dates are not it."""

from __future__ import annotations

from datetime import date

import pytest

from captions._model import WarningCode
from captions._parse import clean_with_breaks, zone
from captions._parse._credit import find_credit
from captions._parse._date import find_date


def when(caption: str, reference: date | None = None) -> tuple[str | None, set[WarningCode]]:
    text, breaks = clean_with_breaks(caption)
    credit = find_credit(text, breaks)
    zones = zone(text, credit.span, breaks)
    found = find_date(zones, reference, credit.source)  # the agency: the Hijri calendar it dates by
    return found.iso, {code for code, _ in found.warnings}


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        ("Crowds gather in Lviv, Ukraine, Saturday, March 2, 2024. (AP Photo/Yuri Dyachyshyn)", "2024-03-02"),
        ("A girl plays in Kyiv, Ukraine, Tuesday, Jan. 10, 2023. (AP Photo/Efrem Lukatsky)", "2023-01-10"),
        (
            "FILE - A man stands in Gandhinagar, India, Jan.10, 2024. (AP Photo/Ajit Solanki, File)",
            "2024-01-10",
        ),
        ("Cars queue in Kyiv, Ukraine June 10, 2022. REUTERS/Valentyn Ogirenko", "2022-06-10"),
        ("Rescuers work in Kharkiv, Ukraine, 11 June 2022. EPA-EFE/SERGEY KOZLOV", "2022-06-11"),
        ("11.06.2022, Berlin: Menschen demonstrieren. Foto: Paul Zinken/dpa", "2022-06-11"),
        ("ARCHIV - 07.12.2019, USA, Newport News: Eine Taufe. Foto: Steve Helber/AP/dpa", "2019-12-07"),
        (
            "File photo dated 24-06-2014 of a cricketer. Issue date: Thursday April 2, 2015. "
            "Photo credit should read Tom Hevezi/PA Wire.",
            "2014-06-24",
        ),
        (
            "KYIV, UKRAINE - JUNE 11: People queue for food on June 11, 2022 in Kyiv, Ukraine. "
            "(Photo by Ana Ruiz/Getty Images)",
            "2022-06-11",
        ),
        ("20/07/2024 Varias personas pasean en Madrid (España). Luis Gómez - Europa Press", "2024-07-20"),
        (
            "Shoppers walk in downtown Chicago, Wednesday, Dec. 13, 2023, as snow falls after a storm hit on Dec. 9. "
            "(AP Photo/Erin Hooley)",
            "2023-12-13",
        ),
        (
            "In this April 10, 2020, photo released by Xinhua News Agency, a worker packs masks in Wuhan. "
            "(Li Xin/Xinhua via AP)",
            "2020-04-10",
        ),
        (
            "Boats sail off Sevastopol, Crimea, May 3, 2023. Picture taken May 1, 2023. REUTERS/Alexey Pavlishak",
            "2023-05-01",
        ),
        (
            "Photo taken with a drone on Sept. 7, 2022 shows a highway in Luding County. (Xinhua/Jiang Hongjing)",
            "2022-09-07",
        ),
    ],
)
def test_agency_date_forms(caption: str, expected: str) -> None:
    assert when(caption)[0] == expected


def test_background_sentence_does_not_give_the_date() -> None:
    caption = (
        "FILE - Lawmakers meet in Kyiv, Ukraine, on Feb. 23, 2022. Zelenskyy said Sunday that the talks "
        "would continue in March 2023. (AP Photo/Efrem Lukatsky, File)"
    )
    assert when(caption, date(2023, 3, 5))[0] == "2022-02-23"


def test_year_from_reference_date() -> None:
    caption = (
        "Residents collect water from a well in Mykolaiv, Ukraine, on June 7. (AP Photo/Petros Giannakouris)"
    )
    assert when(caption, date(2022, 6, 12)) == ("2022-06-07", set())
    # Filed in January, the December date is last year's.
    assert (
        when("Skaters on a frozen lake in Ottawa on Dec. 30. (AP Photo/Ann Lee)", date(2024, 1, 4))[0]
        == "2023-12-30"
    )


def test_no_year_and_no_reference_stays_partial_never_today() -> None:
    iso, codes = when(
        "Residents collect water in Mykolaiv, Ukraine, on June 7. (AP Photo/Petros Giannakouris)"
    )
    # Partial says why; missing says the record has no date all the same.
    assert iso is None and codes == {WarningCode.PARTIAL_DATE, WarningCode.MISSING_DATE}


def test_bare_weekday_with_reference_date() -> None:
    caption = "Mourners leave flowers at a memorial in Uvalde, Texas, on Sunday. (AP Photo/Eric Gay)"
    assert when(caption, date(2022, 5, 26))[0] == "2022-05-22"


def test_weekday_mismatch_keeps_the_written_date() -> None:
    iso, codes = when("Children play in Kharkiv, Ukraine, Sunday, June 11, 2022. (AP Photo/Marta Kos)")
    assert iso == "2022-06-11" and WarningCode.WEEKDAY_MISMATCH in codes


def test_undated_handout_has_no_date() -> None:
    caption = (
        "A couple stand by their home seen in an undated handout photo, after a tour on Sept. 1. "
        "THE CANADIAN PRESS/HO-Ann Kerr"
    )
    iso, codes = when(caption)
    assert iso is None and WarningCode.MISSING_DATE in codes


def test_missing_date() -> None:
    assert when("A serviceman stands guard near Kramatorsk. (AP Photo/Andriy Andriyenko)") == (
        None,
        {WarningCode.MISSING_DATE},
    )


def test_date_after_reference() -> None:
    assert (
        WarningCode.DATE_AFTER_REFERENCE
        in when("Fans in Paris on June 30, 2024. (Photo by ANNE DOE / AFP)", date(2024, 6, 1))[1]
    )


def test_month_and_year_only() -> None:
    iso, codes = when(
        "Fields lie flooded in Sindh province, Pakistan, in August 2022. (AP Photo/Fareed Khan)"
    )
    assert iso == "2022-08" and not codes  # the date as the caption gives it: nothing to doubt


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        ("Manifestantes marchan en Madrid, el 15 de septiembre de 2023. EFE/Juan Pérez", "2023-09-15"),
        ("Le président à Paris, le 14 juillet 2020. (Photo by Jean Dupont / AFP)", "2020-07-14"),
        ("Menschen demonstrieren am 3. März 2024 in Berlin. Foto: Anna Beispiel/dpa", "2024-03-03"),
        ("Il papa Francesco a Roma il 5 marzo 2024. ANSA/MARIO ROSSI", "2024-03-05"),
        ("Manifestantes em Lisboa, em 5 de março de 2024. LUSA/JOÃO SILVA", "2024-03-05"),
        ("Protest w Warszawie, 3 marca 2024 r. PAP/Jan Kowalski", "2024-03-03"),
        ("Demonstrace v Praze 3. března 2024. ČTK/Jan Novák", "2024-03-03"),
        ("Mielenosoitus Helsingissä 14. heinäkuuta 2020. Lehtikuva/Matti Meikäläinen", "2020-07-14"),
        ("Betoging in Amsterdam op 3 maart 2024. ANP/JAN JANSEN", "2024-03-03"),
        ("Tüntetés Budapesten 2024. március 3. MTI/Kovács János", "2024-03-03"),
        ("Manifestació a Barcelona, el 3 d'abril de 2024. EFE/Joan Garcia", "2024-04-03"),
        ("Demonstranter i Stockholm den 3 mars 2024. TT/Sven Svensson", "2024-03-03"),
        ("Митинг в Москве 3 марта 2024 г. ТАСС/Иван Иванов", "2024-03-03"),
        ("Miting în București, 3 martie 2024. INQUAM PHOTOS/Ion Popescu", "2024-03-03"),
        ("İstanbul'da gösteri, 3 Mart 2024. AA/Ahmet Yılmaz", "2024-03-03"),
        ("A woman votes in Moscow, Russia, March 15, 2024Reuters", "2024-03-15"),
    ],
)
def test_dates_in_the_languages_agencies_write(caption: str, expected: str) -> None:
    assert when(caption)[0] == expected


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        # "listopada": October in Croatian, whose day has a stop; November in Polish, whose day has none.
        ("Prosvjed u Zagrebu 3. listopada 2024. HINA/Ivo Ivić", "2024-10-03"),
        ("Predsjednik Zoran Milanović u Splitu, 11. listopada 2025. Foto: HINA/Mario Strmotić", "2025-10-11"),
        (
            "Prezydent Karol Nawrocki podczas obchodów Święta Niepodległości w Warszawie, 11 listopada 2025 r. "
            "PAP/Radek Pietruszka",
            "2025-11-11",
        ),
        ("Premier Donald Tusk w Gdańsku, wtorek 12 listopada 2024 r. PAP/Adam Warżawa", "2024-11-12"),
    ],
)
def test_a_name_meaning_two_months_is_read_by_its_day(caption: str, expected: str) -> None:
    assert when(caption) == (expected, set())


def test_a_polish_day_and_month_without_a_year_takes_the_reference_year() -> None:
    found = when(
        "Marsz Niepodległości przechodzi ulicami Warszawy, 11 listopada. PAP/Paweł Supernak",
        date(2025, 11, 12),
    )
    assert found == ("2025-11-11", set())


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        ("Flags at a Warsaw protest in 2021 against a ban. Photograph: NurPhoto/Rex/Shutterstock", "2021"),
        ("Collapse of the Narrows Bridge, 1940. UPI Photo/The Bettmann Archive", "1940"),
        ("File photo from 2019 of the harbour. PA Wire/Jane Doe", "2019"),
        ("Protesters gather in central London in December 2024. PA Wire/Jane Doe", "2024-12"),
    ],
)
def test_a_year_or_month_alone_is_a_partial_date(caption: str, expected: str) -> None:
    # Sentence 1 dates the picture so: a partial date, and a right one, so not flagged.
    assert when(caption) == (expected, set())


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        (
            "Kenya's Faith Kipyegon, pictured in June 2023, trains in Iten. (AP Photo/Brian Inganga)",
            "2023-06",
        ),
        ("Sheikh Tamim bin Hamad Al Thani opens the museum in Doha in 2022. QNA", "2022"),
        (
            "Rescuers search the rubble of the market in Kahramanmaras, February 2023. AA/Mehmet Kaya",
            "2023-02",
        ),
        ("Niedrigwasser am Rhein bei Kaub im August 2022. Foto: Thomas Frey/dpa", "2022-08"),
    ],
)
def test_a_partial_date_of_sentence_one_is_not_flagged(caption: str, expected: str) -> None:
    assert when(caption) == (expected, set())


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        # A clause of its own before it: its date need not be the picture's.
        ("Tom Daley, who won gold in 2021, trains at the pool in London. PA Wire/Jane Doe", "2021"),
        ("Visitors walk past a mural painted in May 2021 in Kyiv. REUTERS/Anna Doe", "2021-05"),
        ("Le Stade de France, inauguré en 1998, à Saint-Denis. (AFP)", "1998"),
        # A later sentence's year.
        ("A man walks on the beach. The pier was rebuilt in 2009. REUTERS/Lisa Doe", "2009"),
    ],
)
def test_a_partial_date_in_a_clause_of_its_own_is_flagged(caption: str, expected: str) -> None:
    iso, codes = when(caption)
    assert (iso, codes) == (expected, {WarningCode.PARTIAL_DATE}) or (iso is None and codes)


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        # A year closing sentence 1 after its place chain dates the picture, a clause before it or not.
        (
            "Displaced families who fled the fighting in Khartoum wait for aid at a camp in Adre, Chad, in 2023 "
            "[File: Jane Doe/AFP]",
            "2023",
        ),
        (
            "Migrants who crossed the Channel rest at a centre in Calais, France, 2019. REUTERS/Lisa Doe",
            "2019",
        ),
    ],
)
def test_a_year_closing_the_place_chain_is_the_pictures(caption: str, expected: str) -> None:
    assert when(caption) == (expected, set())


@pytest.mark.parametrize(
    "caption",
    [
        "The winner of the 2023 World Press Photo Contest is shown. EPA-EFE/Jan Kowalski",
        "Fans cheer at Euro 2024 in Berlin. REUTERS/Lisa Doe",
        "Delegates attend COP28 in Dubai. REUTERS/Amir Doe",
        "Prime Minister Jane Doe, who was elected in 2019, speaks to reporters. AP Photo/John Smith",
        "The plant has produced 2021 tonnes of steel. REUTERS/Lisa Doe",
    ],
)
def test_a_year_in_a_name_or_a_number_is_no_date(caption: str) -> None:
    assert when(caption)[0] is None


def test_a_year_after_the_reference_is_no_date() -> None:
    assert when("Plans for a stadium to open in 2030. REUTERS/Lisa Doe", date(2024, 3, 1))[0] is None


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        (
            "File photo dated 07/07/16 of a minister. Issue date: Friday February 3, 2017. "
            "Photo credit should read: Jane Doe/PA Wire",
            "2016-07-07",
        ),
        ("File photo dated 03/04/16 of a minister. Photo credit should read: Jane Doe/PA Wire", "2016-04-03"),
        ("FILE - The skyline, in this photo dated 03/04/16. (AP Photo/John Doe, File)", "2016-03-04"),
        ("Lions rest in a park on 2020/06/15 in Kenya. Photo: John Doe", "2020-06-15"),
        (
            "POLAND - 2020/06/15: A logo on a smartphone. (Photo Illustration by Jan Kowalski/SOPA "
            "Images/LightRocket via Getty Images)",
            "2020-06-15",
        ),
    ],
)
def test_numeric_dates_day_first_except_in_us_credits(caption: str, expected: str) -> None:
    assert when(caption)[0] == expected


@pytest.mark.parametrize(
    "caption",
    [
        "Snow covers the Acropolis in Athens, Greece, 01/27/2027. REUTERS/Louisa Gouliamaki",
        "Snow covers the Acropolis in Athens, Greece, 27/01/2027. REUTERS/Louisa Gouliamaki",
    ],
)
def test_a_numeric_date_only_one_order_makes_is_read_in_that_order(caption: str) -> None:
    assert when(caption)[0] == "2027-01-27"


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        (
            "Mandatory Credit: Photo by Jane Doe/Shutterstock (1234567a)\nMarchers in Manhattan.\n"
            "Anti-nuclear war demonstration, New York, USA - 21 Aug 2017",
            "2017-08-21",
        ),
        (
            "Mandatory Credit: Photo by John Doe - Pool via CNP/Shutterstock (1234567b)\nA briefing.\n"
            "Press briefing - Washington, District of Columbia, USA - 26 Jan 2026",
            "2026-01-26",
        ),
    ],
)
def test_shutterstock_closing_line_with_dashes_in_its_title(caption: str, expected: str) -> None:
    assert when(caption)[0] == expected


@pytest.mark.parametrize(
    ("caption", "reference", "expected"),
    [
        (
            "El rey durante su visita hoy a la Base Aérea de Zaragoza. EFE/Juan Pérez",
            date(2015, 5, 4),
            "2015-05-04",
        ),
        ("Bundeskanzler spricht heute in Berlin. Foto: Anna Beispiel/dpa", date(2024, 3, 5), "2024-03-05"),
        ("Le président à Paris aujourd'hui. AFP PHOTO / Jean Dupont", date(2024, 3, 5), "2024-03-05"),
        ("Manifestantes ayer en Madrid. EFE/Juan Pérez", date(2024, 3, 5), "2024-03-04"),
        ("Il papa ieri a Roma. ANSA/MARIO ROSSI", date(2024, 3, 5), "2024-03-04"),
        ("Manifestantes ayer en Madrid. EFE/Juan Pérez", None, None),
        # A written date wins over a day word.
        ("Hoy, 3 de marzo de 2024, en Madrid. EFE/Juan Pérez", date(2024, 3, 5), "2024-03-03"),
    ],
)
def test_relative_day_words_with_a_reference_date(
    caption: str, reference: date | None, expected: str | None
) -> None:
    assert when(caption, reference)[0] == expected


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        (
            "Kungen anländer till Nobelfesten i Stockholm på onsdagen. Foto: Henrik Montgomery/TT",
            "2025-12-10",
        ),
        ("Statsministeren i Stortinget i Oslo på tirsdagen. Foto: Lise Åserud/NTB", "2025-12-09"),
        (
            "Demonstranter foran Christiansborg i København i mandags. Foto: Ida Marie Odgaard/Ritzau Scanpix",
            "2025-12-08",
        ),
    ],
)
def test_nordic_weekdays_with_their_article_or_last_ending(caption: str, expected: str) -> None:
    # Thursday 11 December 2025: "på onsdagen" (the Wednesday) and "i mandags" (last Monday) are this week's.
    assert when(caption, date(2025, 12, 11)) == (expected, set())


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        ("Norrsken över Abisko på lördagskvällen. Foto: Fredrik Sandberg/TT", "2025-12-06"),
        ("Polisen på plats i centrala Malmö på tisdagsmorgonen. Foto: Johan Nilsson/TT", "2025-12-09"),
        ("Brannmannskaper i arbeid i Bergen sentrum søndagskvelden. Foto: Ole Berg-Rusten/NTB", "2025-12-07"),
        (
            "Statsminister Ulf Kristersson under en presskonferens på måndagseftermiddagen. Foto: Anders Wiklund/TT",
            "2025-12-08",
        ),
    ],
)
def test_nordic_weekdays_joined_to_a_part_of_the_day(caption: str, expected: str) -> None:
    # Thursday 11 December 2025: "på lördagskvällen" (on the Saturday evening) is last Saturday's.
    assert when(caption, date(2025, 12, 11)) == (expected, set())


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        # "lördagens" (Saturday's): the weekday in the genitive, as English "Saturday's match".
        ("Ebba Andersson efter lördagens sprint i Östersund. Foto: Pontus Lundahl/TT", "2025-12-06"),
        (
            "Jubel på tribunen under søndagens kamp i Parken. Foto: Liselotte Sabroe/Ritzau Scanpix",
            "2025-12-07",
        ),
        ("Publikum foran scenen under fredagens konsert i Trondheim. Foto: Gorm Kallestad/NTB", "2025-12-05"),
    ],
)
def test_nordic_weekdays_in_the_genitive(caption: str, expected: str) -> None:
    # Thursday 11 December 2025: "lördagens sprint" (Saturday's sprint) is last Saturday's.
    assert when(caption, date(2025, 12, 11)) == (expected, set())


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        # The weekday joined to the day's event, with its article: "lördagsmatchen" (the Saturday match).
        (
            "Malmös Anders Christiansen jublar efter 2-0 i lördagsmatchen mot AIK. Foto: Johan Nilsson/TT",
            "2025-12-06",
        ),
        (
            "Brann-spillere feirer etter søndagskampen mot Molde på Brann stadion. Foto: Marit Hommedal/NTB",
            "2025-12-07",
        ),
        (
            "Demonstranter på Rådhuspladsen under fredagsdemonstrationen. Foto: Ida Marie Odgaard/Ritzau Scanpix",
            "2025-12-05",
        ),
        # A habit's or a place's compound is no date.
        ("Studenter på fredagsbaren i Lund. Foto: Johan Nilsson/TT", None),
        ("Barn i söndagsskolan i Uppsala domkyrka. Foto: Fredrik Sandberg/TT", None),
        ("Familjen samlad för fredagsmys i soffan i Umeå. Foto: Johan Nilsson/TT", None),
    ],
)
def test_nordic_weekdays_joined_to_the_days_event(caption: str, expected: str | None) -> None:
    # Thursday 11 December 2025: "søndagskampen" (the Sunday match) is last Sunday's.
    assert when(caption, date(2025, 12, 11))[0] == expected


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        ("Iivo Niskanen sunnuntain kisassa Rukalla. Kuva: Vesa Moilanen / Lehtikuva", "2025-12-07"),
        ("Kibice podczas sobotniego meczu w Krakowie. Fot. PAP/Łukasz Gągulski", "2025-12-06"),
        ("Diváci během pátečního zápasu v Brně. ČTK/Patrik Uhlíř", "2025-12-05"),
        ("Navijači tijekom subotnje utakmice u Zagrebu. Foto: Igor Kralj/PIXSELL", "2025-12-06"),
    ],
)
def test_a_weekday_as_the_day_of_a_thing_in_finnish_and_slavic(caption: str, expected: str) -> None:
    # Thursday 11 December 2025: "sobotniego meczu" (Saturday's match) is last Saturday's.
    assert when(caption, date(2025, 12, 11)) == (expected, set())


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        (
            "Hochwasser in Regensburg: Blick auf die überflutete Altstadt am Montagmorgen. Foto: Armin Weigel/dpa",
            "2025-12-08",
        ),
        ("Demonstranten vor dem Kanzleramt in Berlin am Dienstagabend. Foto: Kay Nietfeld/dpa", "2025-12-09"),
        (
            "Supporters vieren feest op het Museumplein in Amsterdam, zondagavond. ANP REMKO DE WAAL",
            "2025-12-07",
        ),
        ("Brand in een loods in Tilburg op maandagochtend. ANP ROB ENGELAAR", "2025-12-08"),
    ],
)
def test_german_and_dutch_weekdays_joined_to_a_part_of_the_day(caption: str, expected: str) -> None:
    # Thursday 11 December 2025: "am Montagmorgen" (on Monday morning) is this week's Monday.
    assert when(caption, date(2025, 12, 11)) == (expected, set())


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        ("Tüntetők a Parlament előtt Budapesten szombaton. MTI/Koszticsák Szilárd", "2025-12-06"),
        ("Orbán Viktor miniszterelnök beszédet mond Debrecenben pénteken. MTI/Czeglédi Zsolt", "2025-12-05"),
        ("Gazdák traktorokkal vonulnak Szegeden kedden. MTI/Rosta Tibor", "2025-12-09"),
    ],
)
def test_hungarian_weekdays_in_their_case(caption: str, expected: str) -> None:
    # Thursday 11 December 2025: MTI's "szombaton" (on Saturday) is last Saturday.
    assert when(caption, date(2025, 12, 11)) == (expected, set())


@pytest.mark.parametrize(
    "caption",
    [
        "EMBARGOED UNTIL 0001 MONDAY MARCH 4, 2024. A handout photo of a care home. PA Wire/Jane Doe",
        "Handout photo released Tuesday by the ministry shows a tank. REUTERS",
        "A tank in a handout photo, published on March 3, 2024. REUTERS",
    ],
)
def test_embargo_and_release_dates_are_not_the_date_taken(caption: str) -> None:
    assert when(caption, date(2024, 3, 7))[0] is None


@pytest.mark.parametrize(
    "caption",
    [
        "The suspect, in a photo of unknown date. Metropolitan Police/Handout via REUTERS",
        "Soldiers on parade, date unknown, in Berlin in 1940. Photo: John Doe/dpa",
        "Soldaten auf einer Parade, undatiert. Foto: John Doe/dpa",
    ],
)
def test_undated_or_date_unknown_gives_no_date(caption: str) -> None:
    iso, codes = when(caption)
    assert iso is None and WarningCode.MISSING_DATE in codes


@pytest.mark.parametrize(
    ("caption", "expected", "flagged"),
    [
        (
            "A boy sits on a wall. Hunger has driven families to despair. Herat, Afghanistan, 19 January 2022. "
            "EPA-EFE/Jan Kowalski",
            "2022-01-19",
            False,
        ),
        (
            "Workers protest against the closures.\nRome (Italy), October 27th 2020\nPhoto John Doe/Sipa USA",
            "2020-10-27",
            False,
        ),
        (
            "Smoke bombs disperse protesters. Police clear the street. in Ottawa February19, 2022 "
            "John Doe/Toronto Star",
            "2022-02-19",
            False,
        ),
        ("A girl reads a book. The library opened on June 3, 2019. REUTERS/Lisa Doe", "2019-06-03", True),
        # A headline, then the caption with its date after a comma, closing it: the picture's date.
        (
            "Nevicata a Milano. Passanti in corso Buenos Aires sotto la neve, 13 febbraio 2026. ANSA/MATTEO BAZZI",
            "2026-02-13",
            False,
        ),
        (
            "Śnieżyca nad Krakowem. Przechodnie na zaśnieżonym rynku, 8 stycznia 2026 r. PAP/Łukasz Gągulski",
            "2026-01-08",
            False,
        ),
        (
            "A girl reads a book. The library, opened on June 3, 2019, is closing. REUTERS/Lisa Doe",
            "2019-06-03",
            True,
        ),
    ],
)
def test_date_of_a_later_sentence_when_sentence_one_has_none(
    caption: str, expected: str, flagged: bool
) -> None:
    iso, codes = when(caption)
    assert iso == expected and (WarningCode.PARTIAL_DATE in codes) == flagged


def test_date_after_reference_kept_and_flagged() -> None:
    iso, codes = when(
        "Protesters march in Paris on June 3, 2030. (Photo by Jean Dupont / AFP)", date(2024, 3, 1)
    )
    assert iso == "2030-06-03" and WarningCode.DATE_AFTER_REFERENCE in codes


def test_foreign_weekday_is_checked() -> None:
    iso, codes = when("Manifestantes en Madrid, el martes 5 de marzo de 2024. EFE/Juan Pérez")
    assert iso == "2024-03-05" and WarningCode.WEEKDAY_MISMATCH not in codes
    iso, codes = when("Manifestantes en Madrid, el lunes 5 de marzo de 2024. EFE/Juan Pérez")
    assert iso == "2024-03-05" and WarningCode.WEEKDAY_MISMATCH in codes


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        ("Le président à Avignon, le 23 octobre. AFP PHOTO / Jean Dupont", "2023-10-23"),
        ("Die Kanzlerin am 3. März in Berlin. Foto: Anna Beispiel/dpa", "2024-03-03"),
        ("Protesters in London on 7 June. PA Wire/Jane Doe", "2024-06-07"),
        ("Manifestantes en Madrid el 5 de mayo. EFE/Juan Pérez", "2024-05-05"),
    ],
)
def test_day_and_month_without_a_year_take_the_reference_year(caption: str, expected: str) -> None:
    assert when(caption, date(2024, 8, 1)) == (expected, set())
    iso, codes = when(caption)
    assert iso is None and codes == {WarningCode.PARTIAL_DATE, WarningCode.MISSING_DATE}


@pytest.mark.parametrize(
    "caption",
    ["The team won the 3 set final. REUTERS/Lisa Doe", "He sold out 5 out of 6 shows. REUTERS/Lisa Doe"],
)
def test_short_foreign_abbreviations_need_a_year(caption: str) -> None:
    assert when(caption, date(2024, 8, 1))[0] is None


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        ("1ER MARS 2024. Des manifestants à Paris. AFP PHOTO / Jean Dupont", "2024-03-01"),
        (
            "Vista de Madrid. Foto tomada el 2 de marzo de 2024. Publicada el 3 de marzo de 2024. EFE/Juan Pérez",
            "2024-03-02",
        ),
        ("SPERRFRIST 3. März 2024 00:01 Uhr. Ein Bild aus Berlin. Foto: Anna Beispiel/dpa", None),
        ("Imagen difundida el 3 de marzo de 2024 por la policía. EFE/Juan Pérez", None),
        # EPA's handouts: the day the picture was "made available" is its release, not the day it was made.
        (
            "epa12500001 A handout photo made available by the Philippine Coast Guard on 09 March 2024 shows a "
            "patrol vessel near Scarborough Shoal, 08 March 2024. EPA-EFE/PHILIPPINE COAST GUARD HANDOUT",
            "2024-03-08",
        ),
        (
            "epa12500002 A handout photo made available by the Japan Maritime Self-Defense Force on 12 March 2024 "
            "shows a destroyer off Okinawa, Japan, 10 March 2024. EPA-EFE/JMSDF HANDOUT",
            "2024-03-10",
        ),
    ],
)
def test_capture_and_release_cues_of_partner_services(caption: str, expected: str | None) -> None:
    assert when(caption)[0] == expected


def test_a_word_that_is_a_short_weekday_elsewhere_is_no_weekday() -> None:
    # "man" is Danish for Monday, "sex" Portuguese for Friday: bare, they are words (5 March 2024: a Tuesday).
    assert when("A man 3 March 2024 in Copenhagen. Ritzau Scanpix/Jens Hansen") == ("2024-03-03", set())
    iso, codes = when("Manifestantes em Lisboa, ter., 5 de março de 2024. LUSA/João Silva")
    assert iso == "2024-03-05" and WarningCode.WEEKDAY_MISMATCH not in codes
    iso, codes = when("Manifestantes em Lisboa, sex., 5 de março de 2024. LUSA/João Silva")
    assert WarningCode.WEEKDAY_MISMATCH in codes


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        ("Bild vom 07.03.16, aufgenommen am 07.03.16 in Berlin. Foto: Anna Beispiel/dpa", "2016-03-07"),
        ("Shoppers in Chicago on 07/04/2024. (AP Photo/John Doe)", "2024-07-04"),
        ("Shoppers in London on 07/04/2024. PA Wire/Jane Doe", "2024-04-07"),
        ("The score was 3-1 in the 12/13/14 season. REUTERS/Lisa Doe", None),
    ],
)
def test_numeric_dates_follow_the_credit_and_two_digit_years_need_a_cue(
    caption: str, expected: str | None
) -> None:
    assert when(caption)[0] == expected


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        ("Taken 2024-03-03T10:15:00Z in Kyiv. REUTERS/Lisa Doe", "2024-03-03"),
        ("2024年3月3日、東京で撮影。共同通信", "2024-03-03"),
        ("3月3日、北京で。2024年3月3日撮影（新華社）", "2024-03-03"),
        ("2024년 3월 3일 서울에서. 연합뉴스", "2024-03-03"),
    ],
)
def test_iso_with_a_time_and_east_asian_dates(caption: str, expected: str) -> None:
    assert when(caption)[0] == expected


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        (
            "ARCHIV - Die Kanzlerin spricht am 5. Mai 2024. Archivfoto vom 3. März 2019. Foto: Anna Beispiel/dpa",
            "2019-03-03",
        ),
        (
            "Le président, le 5 mai 2024. Photo d'archive du 3 mars 2019. AFP PHOTO / Jean Dupont",
            "2019-03-03",
        ),
        (
            "El rey, el 5 de mayo de 2024. Foto de archivo del 3 de marzo de 2019. EFE/Juan Pérez",
            "2019-03-03",
        ),
        ("Il papa, il 5 maggio 2024. Foto d'archivio del 3 marzo 2019. ANSA/MARIO ROSSI", "2019-03-03"),
    ],
)
def test_an_archive_picture_has_its_own_date(caption: str, expected: str) -> None:
    assert when(caption)[0] == expected


def test_xinhua_header_before_a_year_alone() -> None:
    caption = (
        "URUMQI, Sept. 22, 2023 (Xinhua) -- Tourists visit a grassland opened to visitors in 2019. "
        "(Xinhua/Jane Doe)"
    )
    iso, codes = when(caption)
    assert iso == "2023-09-22" and WarningCode.PARTIAL_DATE in codes


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        # Wednesday 10 December 2025 is the reference: the latest such weekday not after it.
        ("Statsministeren ankommer Stortinget i Oslo tirsdag.\nFoto: Kari Lunde / NTB", "2025-12-09"),
        ("Demonstranter samlas utanför riksdagen i Stockholm på söndag. Foto: Anna Ek/TT", "2025-12-07"),
        (
            "Fans fejrer mesterskabet på Rådhuspladsen i København lørdag. Foto: Mads Holm/Ritzau Scanpix",
            "2025-12-06",
        ),
        ("Il presidente arriva al Quirinale domenica per le consultazioni. ANSA/MARCO ROSSI", "2025-12-07"),
        (
            "Ihmiset jonottavat Helsingin rautatieasemalla maanantaina. Lehtikuva / Matti Virtanen",
            "2025-12-08",
        ),
        ("Fans vieren de titel op het Museumplein in Amsterdam zaterdag. ANP/Eva Jansen", "2025-12-06"),
        # Portuguese weekdays are hyphenated ("terça-feira"): the CLDR's names kept whole.
        (
            "O presidente discursa no Palácio do Planalto, em Brasília, nesta terça-feira. Foto: Ana Lima/Agência "
            "Brasil",
            "2025-12-09",
        ),
    ],
)
def test_a_weekday_alone_in_every_language_read(caption: str, expected: str) -> None:
    assert when(caption, date(2025, 12, 10)) == (expected, set())


def test_a_weekday_name_that_is_a_name_or_a_word_dates_nothing() -> None:
    for caption in [
        "Minister Anna Sobota speaks in Warsaw. Fot. Jan Nowak / PAP",  # a surname, capitalised
        "Taraftarlar Novi Pazar'da maç öncesi bekliyor. Foto: AA",  # a town the CLDR name spells
        "Активисты говорят, что окружающая среда в опасности. Фото: Иван Петров/ТАСС",  # "environment"
        "Гости на стенде компании, где проходит Российская энергетическая неделя. Фото: Артем Геодакян/ТАСС",
        "Navijači na Marakani, gde je ove nedelje održan derbi. Foto: Beta/Dragan Gojić",  # "this week"
    ]:
        assert when(caption, date(2025, 12, 10)) == (None, {WarningCode.MISSING_DATE}), caption


_CUE_CAPTIONS = [
    "A girl plays in Kyiv, Ukraine, 07/04/2024. (AP Photo/Efrem Lukatsky)",
    "Troops parade in Seoul on 07/04/2024. UPI/Thomas Maresca",
    "Rescuers search the rubble in Antakya, Turkey, 07/04/2024. Associated Press/Emrah Gurel",
    "A woman walks past a mural in Brooklyn, 07/04/2024. (AP) /Bebeto Matthews",
    "Commuters wait for a train in Manhattan on 07/04/2024. NYT/Hilary Swift",
    "An undated handout photo released on March 3, 2024 shows the ship off Aden. Houthi Media Center/Handout via REUTERS",
    "Soldiers stand at a checkpoint near Herat, Afghanistan. Date unknown. REUTERS/Stringer",
    "Foto sin fecha de la catedral de Sevilla, distribuida el 3 de marzo de 2024. EFE/Raúl Caro",
    "Blick auf das Brandenburger Tor, Datum unbekannt, veröffentlicht am 3. März 2024. Foto: Paul Zinken/dpa",
    "Vue de la tour Eiffel, date inconnue, publiée le 3 mars 2024. AFP PHOTO / Ludovic Marin",
    "Issue date: Sunday March 3, 2024. Fans at Anfield, Liverpool, February 28, 2024. PA Photo/Peter Byrne",
    "EMBARGOED UNTIL 00:01 GMT March 5, 2024. Pupils at a school in Leeds, Britain, March 1, 2024. Danny Lawson/PA Wire",
    "The ministry released on March 3, 2024 a picture of the dam taken on February 20, 2024 in Nova Kakhovka.",
    "Foto publicada el 3 de marzo de 2024 del presidente Gustavo Petro en Bogotá, Colombia. EFE/Mauricio Dueñas",
    "Fotografia diffusa il 3 marzo 2024 del porto di Genova. ANSA/Luca Zennaro",
    "Protesters march in Paris since June 1, 2024, against the reform, June 5, 2024. REUTERS/Stephanie Lecocq",
    "Picture taken on March 3, 2024, transmitted on March 5, 2024. Kharkiv, Ukraine. REUTERS/Vyacheslav Madiyevskyy",
]


@pytest.mark.parametrize("caption", _CUE_CAPTIONS)
def test_cue_triggers_skip_no_cue_a_caption_holds(caption: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A cue list is searched only where one of its trigger words is (date.toml *_triggers); with every
    list searched always, the date and its warnings are the same."""
    from captions import _regex

    with_triggers = when(caption), when(caption, date(2024, 3, 10))
    monkeypatch.setattr(_regex.TriggerScanner, "occurs", lambda self, lowered: True)
    assert (when(caption), when(caption, date(2024, 3, 10))) == with_triggers


def test_cue_triggers_keep_every_corpus_date(monkeypatch: pytest.MonkeyPatch) -> None:
    """The same over the captions of our own corpora."""
    import json
    from pathlib import Path

    from captions import _regex

    corpus = Path(__file__).resolve().parent.parent / "corpus"
    captions = [
        json.loads(line)["caption"]
        for path in sorted(corpus.glob("*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    with_triggers = [when(c) for c in captions]
    monkeypatch.setattr(_regex.TriggerScanner, "occurs", lambda self, lowered: True)
    assert [when(c) for c in captions] == with_triggers


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        # ANP's generated stamp after or before its credit: day first, Dutch order.
        (
            "DEN HAAG - Premier Dick Schoof tijdens de persconferentie na de ministerraad. "
            "ANP REMKO DE WAAL (10-01-2025)",
            "2025-01-10",
        ),
        (
            "ROTTERDAM - Supporters van Feyenoord voor de wedstrijd tegen Ajax in De Kuip. "
            "(03-04-2023) ANP OLAF KRAAK",
            "2023-04-03",
        ),
        # Day first even where it could be read the other way round, and with no credit found.
        ("AMSTERDAM - Schaatsers op de bevroren Keizersgracht. (02-11-2024)", "2024-11-02"),
    ],
)
def test_a_feeds_date_stamp_beside_its_credit(caption: str, expected: str) -> None:
    assert when(caption) == (expected, set())


def test_a_date_of_sentence_one_wins_over_the_stamp() -> None:
    caption = "UTRECHT - Demonstranten op het Jaarbeursplein, 7 november 2025. ANP BART MAAT (08-11-2025)"
    assert when(caption) == ("2025-11-07", set())


def test_a_line_that_is_a_date_alone_dates_the_picture_unflagged() -> None:
    # Alamy Live News: place line, date line, then the caption.
    iso, warnings = when(
        "Margate, Kent, UK. 2nd August 2025. Crowds pack the beach in the summer heat. "
        "Credit: Stephen Chung/Alamy Live News"
    )
    assert iso == "2025-08-02"
    assert WarningCode.PARTIAL_DATE not in warnings


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        # Serbian and Slovenian write the month in the genitive, which the CLDR does not give.
        (
            "Sednica Vlade Srbije u Nemanjinoj 11 u Beogradu, 12. decembra 2025. godine. Foto: Tanjug/Ana Pavlović",
            "2025-12-12",
        ),
        (
            "Премијер у посети фабрици у Крагујевцу, 3. октобра 2025. године. ФОТО: ТАНЈУГ/ МИЛОШ ИЛИЋ",
            "2025-10-03",
        ),
        ("Svečana seja državnega zbora v Ljubljani, 23. decembra 2025. Foto: Bor Slana/STA", "2025-12-23"),
        (
            "Protestniki pred vlado na Gregorčičevi ulici, 14. januarja 2026. Foto: Anže Malovrh/STA",
            "2026-01-14",
        ),
        # The year first, with the mark the CLDR's pattern puts after it.
        (
            "Prezidentė susitiko su moksleiviais Kaune, 2025 m. spalio 3 d.\nELTA / Julius Kalinskas",
            "2025-10-03",
        ),
        ("Saeimas sēde Rīgā 2025. gada 4. decembrī.\nFoto: Edijs Pālens/LETA", "2025-12-04"),
        (
            "Bertsolari txapelketaren finala Donostian, 2025eko abenduaren 14an. Argazkia: EFE/Javier Etxezarreta",
            "2025-12-14",
        ),
        ("Az Országgyűlés ülése Budapesten 2025. november 14-én. MTI/Kovács Tamás", "2025-11-14"),
        # Estonian writes the month in the adessive; Icelandic, Croatian, Galician, Austrian German as the CLDR.
        (
            "Riigikogu istung Toompea lossis 8. veebruaril 2026. Foto: Jaanus Lensment / Postimees",
            "2026-02-08",
        ),
        ("Gos í Sundhnúksgígaröðinni við Grindavík, 2. október 2025. Mynd/Vilhelm Gunnarsson", "2025-10-02"),
        ("Prosvjed na Markovu trgu u Zagrebu, 7. ožujka 2025. Foto: Marko Lukunić/PIXSELL", "2025-03-07"),
        (
            "Procesión na praza do Obradoiro en Santiago, o 25 de xullo de 2025. Foto: Xoán Rey/EFE",
            "2025-07-25",
        ),
        (
            "Bürgermeister Michael Ludwig am Mittwoch, 7. Jänner 2026, im Wiener Rathaus. APA-FOTO: HANS PUNZ",
            "2026-01-07",
        ),
        # Arabic and Indonesian month names; NTB's and TT's header of running digits.
        (
            "الرئيس يستقبل وزير الخارجية في قصر الاتحادية بالقاهرة، الخميس 4 ديسمبر 2025. (الرئاسة)",
            "2025-12-04",
        ),
        (
            "Warga memadati Bundaran HI di Jakarta, Minggu, 17 Agustus 2025. ANTARA FOTO/Aditya Pradana Putra",
            "2025-08-17",
        ),
        (
            "Bergen 20251106.\nStatsministeren besøker verftet på Laksevåg.\nFoto: Eirik Hagesæter / NTB",
            "2025-11-06",
        ),
    ],
)
def test_dates_in_the_languages_of_national_agencies(caption: str, expected: str) -> None:
    assert when(caption, date(2026, 2, 20))[0] == expected


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        # Friday 12 December 2025 is the reference: the latest such weekday not after it, in the case a
        # preposition puts it in (the CLDR's "this/last Wednesday" phrases give most of them).
        (
            "Predsednik vlade je v sredo v Murski Soboti odprl novo bolnišnico. Foto: Tamino Petelinšek/STA",
            "2025-12-10",
        ),
        ("Навијачи на улицама Новог Сада у суботу увече.\nФОТО: ТАНЈУГ/ ЈАРОСЛАВ ПАП", "2025-12-06"),
        ("Studenti blokirali raskrsnicu kod Slavije u nedelju. Foto: Beta/Milan Obradović", "2025-12-07"),
        ("Протестиращи затвориха Орлов мост в София в неделя.", "2025-12-07"),
        ("Premjerė Vilniaus rotušėje šeštadienį. ELTA / Paulius Peleckis", "2025-12-06"),
        ("Ugunsdzēsēji dzēš ugunsgrēku Daugavpilī otrdienā.\nFoto: LETA", "2025-12-09"),
        # Latvian writes "on Saturday" as the weekday's adverb, not its locative.
        ("Skrējēji Rīgas maratonā sestdien. Foto: Edijs Pālens/LETA", "2025-12-06"),
        ("Saeimas sēde Rīgā ceturtdien. Foto: Ieva Leiniša/LETA", "2025-12-11"),
        ("Peaminister Tartu raekojas neljapäeval. Foto: Eero Vabamägi / Postimees", "2025-12-11"),
        ("Rjúpnaveiðimenn á Holtavörðuheiði á laugardaginn. Mynd/Anton Brink", "2025-12-06"),
        ("Premijer u Splitu u srijedu obišao brodogradilište. Foto: Ivo Čagalj/PIXSELL", "2025-12-10"),
        (
            "Рятувальники ліквідовують наслідки удару по Запоріжжю в ніч на суботу.\nФото: ДСНС України",
            "2025-12-06",
        ),
        (
            "Protest al profesorilor în fața Prefecturii Iași, joi. Inquam Photos / Liviu Chirica",
            "2025-12-11",
        ),
        ("Manifestants a la plaça de Sant Jaume aquest dijous. Foto: ACN/Pau Cortina", "2025-12-11"),
        ("Milaka igandean Bilboko Kale Nagusian. Argazkia: EFE/Luis Tejido", "2025-12-07"),
    ],
)
def test_a_weekday_in_its_case_after_a_preposition(caption: str, expected: str) -> None:
    assert when(caption, date(2025, 12, 12)) == (expected, set())


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        # The CLDR's words for today and yesterday, with Friday 12 December 2025 as the reference.
        (
            "Tallinna raekoja platsil süüdati täna õhtul jõulukuusk. FOTO: Mihkel Maripuu / Postimees",
            "2025-12-12",
        ),
        ("Blaðamannafundur í Stjórnarráðinu í gær. Mynd/Ernir Eyjólfsson", "2025-12-11"),
        (
            "Premijer se danas sastao sa sindikatima u Banskim dvorima. Foto: Patrik Macek/PIXSELL",
            "2025-12-12",
        ),
        ("Protestuotojai prie Seimo vakar. ELTA / Karolis Kavolėlis", "2025-12-11"),
        ("Hujan deras mengguyur kawasan Kemang, Jakarta Selatan, hari ini. ANTARA FOTO/Fauzan", "2025-12-12"),
        ("Ο πρωθυπουργός στη Βουλή χθες. ΑΠΕ-ΜΠΕ/ΓΙΑΝΝΗΣ ΚΟΛΕΣΙΔΗΣ", "2025-12-11"),
        ("Taraftarlar dün akşam Kadıköy'de kutlama yaptı. Foto: AA", "2025-12-11"),
        # Swahili's "jana" (yesterday) in lower case.
        (
            "Wakazi wa Dodoma wakisubiri usafiri katika kituo cha mabasi jijini humo jana. Picha na Asha Juma",
            "2025-12-11",
        ),
    ],
)
def test_the_cldr_words_for_today_and_yesterday(caption: str, expected: str) -> None:
    assert when(caption, date(2025, 12, 12)) == (expected, set())


@pytest.mark.parametrize(
    "caption",
    [
        # A CLDR day word that is a common word of another language dates nothing: Hungarian "ma" is
        # Italian "but", Estonian "eile" German "hurry"; Romanian "luni" is also "months".
        "Il sindaco parla ai giornalisti in piazza, ma la folla resta in silenzio. ANSA/CIRO FUSCO",
        "Helfer laden in aller Eile Sandsäcke am Elbufer ab. Foto: Robert Michael/dpa",
        "Proiectul a fost amânat cu câteva luni de către primărie. Inquam Photos / Octav Ganea",
        # Capitalised, Swahili's "jana" is a name.
        "Jana Novak poses with her medal in Prague. (AP Photo/Petr David Josek)",
    ],
)
def test_a_day_word_that_is_a_word_of_another_language_dates_nothing(caption: str) -> None:
    assert when(caption, date(2025, 12, 12)) == (None, {WarningCode.MISSING_DATE})


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        (
            "Studenti na protestu ispred Rektorata u Novom Sadu 15. marta. Foto: Beta/Dragan Gojić",
            "2026-03-15",
        ),
        ("Kontsert Vanemuise kontserdimajas 12. märtsil. Foto: Kristjan Teedema / Postimees", "2026-03-12"),
        # A short case form is a word too: "3 mail bags" is no date.
        ("Volunteers carry 3 mail bags to the depot in Leeds. Danny Lawson/PA Wire", None),
    ],
)
def test_a_case_form_without_a_year_takes_the_reference_year(caption: str, expected: str | None) -> None:
    assert when(caption, date(2026, 3, 20))[0] == expected


def test_running_digits_date_only_a_header() -> None:
    caption = (
        "Police officers outside the court where case number 20240115 was heard in Leeds. PA Wire/Jane Doe"
    )
    assert when(caption, date(2026, 3, 4))[0] is None
    assert when("TRONDHEIM 20260303.\nFans på Lerkendal. Foto: Ole Martin Wold / NTB")[0] == "2026-03-03"


def test_greek_ordinal_day_and_genitive_month() -> None:
    caption = "Η παρέλαση για την 25η Μαρτίου στο Σύνταγμα, στην Αθήνα. ΑΠΕ-ΜΠΕ/ΑΛΕΞΑΝΔΡΟΣ ΒΛΑΧΟΣ"
    assert when(caption, date(2026, 3, 25)) == ("2026-03-25", set())


def test_spanish_wire_dateline_with_a_short_month() -> None:
    # "Ciudad, 3 mar (Agencia)": the short lower-case month reads before the agency, not elsewhere.
    caption = (
        "Caracas, 3 mar (EFE).- Cientos de personas marchan por la avenida Urdaneta. EFE/Miguel Gutiérrez"
    )
    assert when(caption, date(2026, 3, 4))[0] == "2026-03-03"
    assert when("The team won the 3 set final. REUTERS/Lisa Doe", date(2026, 3, 4))[0] is None


def test_a_town_heading_the_caption_leaves_the_next_sentence_its_date() -> None:
    caption = (
        "Новосибирск. Участники забега на набережной Оби, 14 сентября 2025 года.\nФото: Кирилл Кухмарь/ТАСС"
    )
    assert when(caption) == ("2025-09-14", set())


@pytest.mark.parametrize(
    "caption",
    [
        # A date right after "published" or "made available", in the languages whose dates are read, is
        # the release's, not the picture's.
        "Snimak Ministarstva odbrane objavljen 3. marta 2026. prikazuje vežbu kod Pasuljanskih livada. Foto: Tanjug",
        "Zdjęcie udostępnione w dniu 3 marca 2026 przez straż graniczną. Fot. Straż Graniczna/PAP",
        "Snímek zveřejněný dne 3. března 2026 ukazuje most v Ostravě. FOTO: ČTK/Jaroslav Ožana",
        "Фотография, опубликованная 3 марта 2026 года пресс-службой Минобороны. Фото: ТАСС",
        "Foto gepubliceerd op 3 maart 2026 door het ministerie van Defensie. ANP / Defensie",
    ],
)
def test_a_release_date_in_other_languages_is_not_the_date_taken(caption: str) -> None:
    assert when(caption, date(2026, 3, 7))[0] is None


@pytest.mark.parametrize(
    "caption",
    [
        # Each holds a year that would date it otherwise.
        "Nedatovaná fotografie zachycuje sovětské tanky v Praze v 1968. FOTO: ČTK",
        "Żołnierze na defiladzie w Warszawie w 1946, zdjęcie bez daty. Fot. Narodowe Archiwum Cyfrowe/PAP",
        "Ongedateerde foto van de haven van Rotterdam in 1953. ANP / Archief",
        "Солдаты на параде на Красной площади, 1945. Снимок без даты. Фото: архив ТАСС",
    ],
)
def test_undated_in_other_languages_gives_no_date(caption: str) -> None:
    iso, codes = when(caption, date(2026, 3, 7))
    assert iso is None and WarningCode.MISSING_DATE in codes


def test_a_handouts_release_date_gives_way_to_the_day_taken() -> None:
    caption = (
        "This handout photograph released by NASA on March 12, 2026 shows the Artemis II rocket on the launch "
        "pad at Kennedy Space Center, Florida, on March 10, 2026. (Photo by Handout / NASA / AFP)"
    )
    assert when(caption, date(2026, 3, 12)) == ("2026-03-10", set())
    # With no other date, the release's is the one given.
    only = "This handout photo released by the ministry on June 11, 2025 shows troops in Kharkiv. (AFP)"
    assert when(only, date(2025, 6, 12))[0] == "2025-06-11"


def test_a_capture_word_reaches_no_release_date_past_a_release_word() -> None:
    # "taken from ... video released <date>": the video's release, not the day it shows.
    caption = (
        "This image taken from dashboard camera video released Monday, April 12, 2027, by the Tulsa Police "
        "Department shows officers stopping a car on Interstate 44 in Tulsa on April 8, 2027. "
        "(Tulsa Police Department via AP)"
    )
    assert when(caption, date(2027, 4, 13)) == ("2027-04-08", set())
    # "taken and released on" is one day for both.
    same = "This handout picture taken and released on March 3, 2026 by the navy shows a ship. (Photo by Handout / AFP)"
    assert when(same, date(2026, 3, 4)) == ("2026-03-03", set())


def test_a_day_to_come_gives_way_to_the_weekday() -> None:
    caption = (
        "Soldados custodian la Plaza de Mayo, este sábado, antes del desfile del 9 de julio.\n"
        "Foto: Juan Pérez / CLARÍN"
    )
    assert when(caption, date(2026, 7, 6)) == ("2026-07-04", set())


def test_a_day_without_its_year_just_after_the_filing_day_is_flagged() -> None:
    iso, codes = when(
        "Workers prepare the stage for the concert of Aug. 20 in Lisbon. (AP Photo/Ana Brigida)",
        date(2026, 8, 3),
    )
    assert (iso, codes) == ("2025-08-20", {WarningCode.PARTIAL_DATE})


def test_arabic_dates_of_gulf_agencies() -> None:
    # The CLDR's Gregorian month names, as SPA, WAM and QNA write them.
    caption = "رئيس الدولة يستقبل وزير الخارجية في قصر الوطن بأبوظبي، الأربعاء 14 يناير 2026. (وام)"
    assert when(caption)[0] == "2026-01-14"


def test_a_day_alone_in_kyodos_japanese_captions() -> None:
    caption = "記者会見する林官房長官＝12日午後、首相官邸（共同）"
    assert when(caption, date(2026, 3, 13)) == ("2026-03-12", set())
    # Filed on the 2nd, the 30th is last month's.
    assert when("初日の出を待つ人たち＝30日午前、富士山（共同）", date(2026, 1, 2))[0] == "2025-12-30"
    # A page opens with the day and "、": "5日、東京・渋谷の..."
    assert (
        when("5日、東京・渋谷のスクランブル交差点を行き交う人たち（共同）", date(2027, 1, 7))[0]
        == "2027-01-05"
    )
    iso, codes = when(caption)
    assert iso is None and WarningCode.PARTIAL_DATE in codes


def test_a_stamp_agreeing_with_the_day_the_caption_names_is_not_flagged() -> None:
    caption = "(부산=연합뉴스) 기자 = 20일 오후 부산 해운대 해수욕장에서 피서객들이 물놀이를 즐기고 있다. 2025.7.20 busan@yna.co.kr"
    assert when(caption, date(2025, 7, 20)) == ("2025-07-20", set())
    other = "(부산=연합뉴스) 기자 = 19일 오후 부산 해운대 해수욕장에서 피서객들이 물놀이를 즐기고 있다. 2025.7.20 busan@yna.co.kr"
    # The day named, a day before the stamp (the filing day), is the picture's: given, and flagged.
    assert when(other, date(2025, 7, 20)) == ("2025-07-19", {WarningCode.PARTIAL_DATE})


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        (
            "Córdoba, 14 de marzo (Télam).- Cientos de vecinos marcharon ayer por el centro de la ciudad "
            "en reclamo de seguridad. Foto: Pablo Ruiz/Télam",
            "2024-03-13",
        ),
        (
            "La Paz, 2 feb (EFE).- Vecinos de El Alto bloquearon anteayer la carretera que une la ciudad con "
            "Oruro. EFE/Luis Gandarillas",
            "2024-01-31",
        ),
        (
            "Lisboa, 5 jun (Lusa) - Milhares de pessoas desfilaram ontem na Avenida da Liberdade. "
            "Foto: Tiago Petinga/Lusa",
            "2024-06-04",
        ),
        # The day the dateline names: "hoy" is that day.
        (
            "Quito, 1 may (EFE).- Trabajadores marchan hoy por el centro de Quito. EFE/José Jácome",
            "2024-05-01",
        ),
        # No agency's dateline: the date is the picture's, whatever "ayer" says of something else.
        (
            "Vecinos recuerdan a las víctimas del incendio de ayer en Valencia, 23 de febrero de 2024. "
            "EFE/Manuel Bruque",
            "2024-02-23",
        ),
    ],
)
def test_a_day_word_after_an_agency_dateline_counts_from_it(caption: str, expected: str) -> None:
    assert when(caption, date(2024, 6, 21))[0] == expected


@pytest.mark.parametrize(
    "caption",
    [
        "Zakopane, 03.01.2026. Turyści spacerują po Krupówkach w czwartek, 3 stycznia 2026 r. "
        "Fot. PAP/Grzegorz Momot",
        "Wien, 12.05.2025. Menschen sitzen am Ufer der Donau am Sonntag, 12. Mai 2025. Foto: Max Slovencik/APA",
    ],
)
def test_a_weekday_written_with_the_same_day_elsewhere_is_checked(caption: str) -> None:
    iso, codes = when(caption, date(2026, 1, 5))
    assert iso is not None and WarningCode.WEEKDAY_MISMATCH in codes


def test_a_weekday_that_fits_the_day_written_elsewhere_is_no_mismatch() -> None:
    caption = (
        "Zakopane, 03.01.2026. Turyści na Krupówkach, sobota, 3 stycznia 2026 r. Fot. PAP/Grzegorz Momot"
    )
    iso, codes = when(caption, date(2026, 1, 5))
    assert iso == "2026-01-03" and WarningCode.WEEKDAY_MISMATCH not in codes


@pytest.mark.parametrize(
    "caption",
    [
        "Vecinos bloquean la carretera a Oruro en La Paz, 2 de febrero de 2024. EFE/Luis Gandarillas",
        "La Paz, 2 feb (EFE).- Vecinos de El Alto bloquean la carretera a Oruro. EFE/Luis Gandarillas",
        "Turistas pasean por la playa en Viña del Mar, 9 de marzo de 2024. EFE/Adriana Thomasa",
    ],
)
def test_the_last_word_of_a_name_before_a_date_is_no_weekday(caption: str) -> None:
    iso, codes = when(caption, date(2024, 6, 21))
    assert iso is not None and WarningCode.WEEKDAY_MISMATCH not in codes


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        (
            "Opera singer Plácido Domingo performs in Vienna, Austria, May 5, 2025. EFE/Christian Bruna",
            "2025-05-05",
        ),
        (
            "Vecinos pasean por el malecón de Santo Domingo, 5 de mayo de 2025. EFE/Orlando Barría",
            "2025-05-05",
        ),
        # Written where a date's weekday stands, it is one: "Madrid, Domingo, 4 de mayo de 2025".
        ("Madrid, Domingo, 4 de mayo de 2025. EFE/Mariscal", "2025-05-04"),
    ],
)
def test_a_spanish_weekday_written_as_a_name_after_a_word_is_a_name(caption: str, expected: str) -> None:
    iso, codes = when(caption, date(2025, 5, 6))
    assert iso == expected and WarningCode.WEEKDAY_MISMATCH not in codes


def test_a_day_with_its_ordinal_inside_a_name_is_no_date() -> None:
    # "the July 4th Parade" names a parade; the weekday dates the picture.
    iso, _ = when(
        "Marchers wave flags at the July 4th Parade in Bristol, R.I., on Sunday. AP", date(2026, 7, 8)
    )
    assert iso == "2026-07-05"
    alone, _ = when("A girl waves a flag in Bristol, R.I., on July 4th. REUTERS/Jane Doe", date(2026, 7, 8))
    assert alone == "2026-07-04"


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        (
            "Smoke rises over a village in Sagaing, Myanmar, in this screen grab from a video released on "
            "March 3, 2026. Social media/via REUTERS",
            "2026-03-03",
        ),
        (
            "A navy diver inspects a stranded trawler off Galle. This handout photo was released on March 2, "
            "2026 by the Sri Lanka Navy. (Photo by Handout / SRI LANKA NAVY / AFP)",
            "2026-03-02",
        ),
    ],
)
def test_a_release_day_alone_is_given_and_flagged(caption: str, expected: str) -> None:
    # The picture was made on the day it was released or before: the day is given, flagged as no day taken.
    iso, warnings = when(caption, date(2026, 3, 4))
    assert iso == expected
    assert warnings == {WarningCode.PARTIAL_DATE}


def test_a_release_day_is_not_taken_over_the_day_taken() -> None:
    iso, warnings = when(
        "Rescuers search the rubble in Hatay, Turkey, March 1, 2026, in this handout picture released on "
        "March 3, 2026. Turkish Presidential Press Office/Handout via REUTERS",
        date(2026, 3, 4),
    )
    assert (iso, warnings) == ("2026-03-01", set())


@pytest.mark.parametrize(
    "caption",
    [
        # A weekday before a capitalised place noun is a place's name, not the date.
        "Skiers ride a lift at Sunday River, Saturday, Dec. 5, 2026, in Newry, Maine. (AP Photo/Robert F. Bukaty)",
        "Ferries dock in Friday Harbor, Wash., Saturday, Dec. 5, 2026. (AP Photo/Ted S. Warren)",
    ],
)
def test_a_weekday_in_a_places_name_is_no_date(caption: str) -> None:
    text, breaks = clean_with_breaks(caption)
    zones = zone(text, find_credit(text, breaks).span, breaks)
    found = find_date(zones, None)
    assert found.iso == "2026-12-05"
    assert found.anchor is not None and text[found.anchor[0] :].startswith("Saturday")


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        (
            "Embargoed until 6 a.m. ET Thursday, March 12, 2026. A curator cleans a dinosaur skull at the Natural "
            "History Museum in Los Angeles on March 3, 2026. (AP Photo/Damian Dovarganes)",
            "2026-03-03",
        ),
        (
            "EMBARGOED TO 2230 GMT, Sunday, October 18, 2026. Pupils sit an exam at a school in Cardiff, Wales, "
            "October 13, 2026. REUTERS/Rebecca Naden",
            "2026-10-13",
        ),
    ],
)
def test_an_embargo_with_its_time_written_out_is_no_capture_date(caption: str, expected: str) -> None:
    assert when(caption)[0] == expected


def test_embargo_as_a_topic_leaves_the_date() -> None:
    caption = "Protesters rally against the trade embargo in Havana, Cuba, on May 1, 2026. (AP Photo/Ramon Espinosa)"
    assert when(caption)[0] == "2026-05-01"


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        (
            "Veterans salute at a ceremony marking the 82nd anniversary of the Normandy landings of June 6, 1944, "
            "in Ranville, France, Saturday, June 6, 2026. (AP Photo/Nicolas Garriga)",
            "2026-06-06",
        ),
        (
            "Candles burn at a ceremony commemorating the Nov. 9, 1989 fall of the Berlin Wall, in Berlin, "
            "Germany, November 9, 2026. REUTERS/Annegret Hilse",
            "2026-11-09",
        ),
        (
            "Firefighters gather at the memorial on the 25th anniversary of the attacks, Sept. 11, 2026, in "
            "New York. (AP Photo/Yuki Iwamura)",
            "2026-09-11",
        ),
    ],
)
def test_the_day_an_anniversary_remembers_is_not_the_pictures(caption: str, expected: str) -> None:
    assert when(caption)[0] == expected


def test_an_anniversary_date_alone_leaves_the_date_missing() -> None:
    caption = "Relatives hold portraits on the anniversary of the Oct. 7, 2023 attack in Tel Aviv. (AP Photo/Oded Balilty)"
    assert when(caption) == (None, {WarningCode.MISSING_DATE})


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        (
            "Volunteers clear mud after the floods of Oct. 29, 2024 in Paiporta, Spain, on Nov. 2, 2024. "
            "(AP Photo/Alberto Saiz)",
            "2024-11-02",
        ),
        # Alone, the date after "of" is the picture's: the event is what it shows.
        (
            "Voters queue at a school in the elections of Nov. 3, 2026 in Macon, Georgia. (AP Photo/Mike Stewart)",
            "2026-11-03",
        ),
        (
            "Police patrol the old port on the night of Dec. 5, 2026 in Marseille, France. (AP Photo/Daniel Cole)",
            "2026-12-05",
        ),
    ],
)
def test_an_events_own_day_gives_way_to_the_pictures(caption: str, expected: str) -> None:
    assert when(caption)[0] == expected


def test_a_combination_of_pictures_made_on_different_days_is_flagged() -> None:
    caption = (
        "This combination photo shows Novak Djokovic in Melbourne on Jan. 26, 2026, left, and Carlos Alcaraz in "
        "Paris on June 7, 2026. (AP Photo/Mark Baker; Christophe Ena/AP)"
    )
    assert when(caption) == ("2026-01-26", {WarningCode.PARTIAL_DATE})
    # One day, or no combination, is no doubt.
    assert when(
        "This combination photo shows Novak Djokovic in Melbourne on Jan. 26, 2026. (AP Photo/Mark Baker)"
    ) == (
        "2026-01-26",
        set(),
    )


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        # The weekday after "ahead of" is the game's, still to come: it dates no picture.
        (
            "Players warm up ahead of Saturday's game against the Jets in Foxborough, Mass. "
            "(AP Photo/Steven Senne)",
            (None, {WarningCode.MISSING_DATE}),
        ),
        (
            "Fans queue outside the stadium before Sunday's final in Lisbon. REUTERS/Pedro Nunes",
            (None, {WarningCode.MISSING_DATE}),
        ),
        # A weekday the picture was made on still counts beside one to come.
        (
            "Players train on Thursday ahead of Saturday's match in Manchester. REUTERS/Phil Noble",
            ("2026-12-03", set()),
        ),
    ],
)
def test_a_weekday_to_come_dates_no_picture(
    caption: str, expected: tuple[str | None, set[WarningCode]]
) -> None:
    assert when(caption, date(2026, 12, 4)) == expected


@pytest.mark.parametrize(
    ("caption", "mismatch"),
    [
        # Antara and Kompas write the weekday before the date in brackets: it is checked as any other.
        (
            "Warga berolahraga di kawasan Bundaran HI, Jakarta, Minggu (27/12/2026). ANTARA FOTO/Rina Sari/nym.",
            False,
        ),
        ("Kapal wisata bersandar di Pelabuhan Benoa, Bali, Sabtu (27/12/2026). KOMPAS/KADEK WIRA", True),
        (
            "Pedagang melayani pembeli di Pasar Beringharjo, Yogyakarta, Senin (7/12). ANTARA FOTO/Andi Putra/nym.",
            False,
        ),
    ],
)
def test_a_weekday_before_a_bracketed_date_is_checked(caption: str, mismatch: bool) -> None:
    iso, codes = when(caption, date(2026, 12, 28))
    assert iso is not None
    assert (WarningCode.WEEKDAY_MISMATCH in codes) == mismatch


def test_a_numeric_date_in_the_order_that_is_no_day_to_come() -> None:
    # Filed on 7 January 2027, "1/5/2027" is the 5th of January (a US page's order), not the 1st of May.
    caption = "Flooding in Houston, Texas, 1/5/2027. Photo by Ann Lee/Houston Chronicle"
    assert when(caption, date(2027, 1, 7)) == ("2027-01-05", set())
    # Either order before the filing day: the day-first reading stands.
    assert when("Vigil in Sydney, 5/1/2027. Picture: Ann Lee", date(2027, 3, 7))[0] == "2027-01-05"


def test_a_pictures_from_is_its_day() -> None:
    # "from" before a date recalls another day ("three years after ..."), but a photo's "from" dates it.
    caption = "FILE - In this photo from Jan. 8, 2025, a firefighter battles a fire in Altadena, Calif. (AP Photo/Ann Lee, File)"
    assert when(caption, date(2027, 1, 7))[0] == "2025-01-08"


def test_a_date_in_hindi_with_its_month_s_vowel_signs() -> None:
    caption = "कोलकाता में एक गोदाम में लगी आग बुझाते दमकलकर्मी, 27 जनवरी 2027. फोटो: पीटीआई"
    assert when(caption)[0] == "2027-01-27"


@pytest.mark.parametrize(
    "caption",
    [
        # A month word misspelt ("мартя" for "марта"), or in another script's letter ("сакавiка" with a
        # Latin i): the year alone is read, and the day written before it says the date was more.
        "Участники акции у здания парламента в Кишинёве, 14 мартя 2027 года. Фото: Иван Попеску",
        "Акцыя каля Прэзідэнцкага палаца ў Вільні, 14 сакавiка 2027 года. Фота: Наша Ніва",
    ],
)
def test_a_year_after_a_day_and_an_unknown_month_word_is_flagged(caption: str) -> None:
    iso, codes = when(caption, date(2027, 3, 15))
    assert iso == "2027" and WarningCode.PARTIAL_DATE in codes


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        ("Демонстрация на Красной площади в Москве в 1991 году. Фото: архив ТАСС", "1991"),
        (
            "Участники акции у здания парламента в Кишинёве, 14 марта 2027 года. Фото: Иван Попеску",
            "2027-03-14",
        ),
    ],
)
def test_a_year_alone_or_a_whole_date_is_not_flagged(caption: str, expected: str) -> None:
    iso, codes = when(caption, date(2027, 3, 15))
    assert iso == expected and WarningCode.PARTIAL_DATE not in codes


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        # A later sentence's date where the desk puts the picture's: its own bracketed line with its weekday,
        # a capture cue, a place chain closed by it with a year word or another calendar's day after it, a
        # date heading its description before a semicolon.
        (
            "Kar yağışı nedeniyle köy yolları kapandı. Ekipler yolları açmak için çalıştı. (9 Şubat 2028, "
            "Çarşamba) Fotoğraf: DHA",
            "2028-02-09",
        ),
        (
            "Passanten im Schnee vor dem Dom in Köln. Aufnahme vom 12. Januar 2028. Foto: Lena Brandt/dpa",
            "2028-01-12",
        ),
        (
            "Paxta terimi boshlandi. Dalada terimchilar, Buxoro, 20-sentabr, 2027-yil. Foto: Aziz Karimov",
            "2027-09-20",
        ),
        (
            "Leinster Senior Hurling Championship Final, Kilkenny v Galway, Croke Park, Dublin. 2 July 2028; "
            "Adrian Mullen of Kilkenny in action against Galway. Photo by Seán Daly/Sportsfile",
            "2028-07-02",
        ),
    ],
)
def test_a_later_sentences_date_where_the_picture_is_dated_is_not_flagged(
    caption: str, expected: str
) -> None:
    assert when(caption) == (expected, set())


def test_a_later_sentences_date_of_another_event_stays_flagged() -> None:
    # A date in the story's own clause, not set where the picture's is: flagged for the desk.
    iso, codes = when(
        "A man walks his dog on the beach. The council voted on March 3, 2027 to close it. Photo: Ann Lee"
    )
    assert iso == "2027-03-03" and WarningCode.PARTIAL_DATE in codes
