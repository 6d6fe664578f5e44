"""Cleaning and zoning: what is caption, what is flag, dateline, credit and tag."""

from __future__ import annotations

import re
import sys

import pytest

from captions._parse._text import clean, clean_with_breaks, split_sentences
from captions._parse._zones import zone


def test_clean_removes_markup_and_normalises_whitespace() -> None:
    assert clean("<p>Smoke rises&nbsp;over  Kyiv,\n Ukraine.</p>") == "Smoke rises over Kyiv,\nUkraine."
    assert clean("&amp;lt;b&amp;gt;Kyiv") == clean(clean("&amp;lt;b&amp;gt;Kyiv")) == "Kyiv"


def test_clean_keeps_the_text_of_a_cdata_section() -> None:
    # An RSS item's description: the paragraph's tags go, its text stays (not the whole section as a tag).
    item = (
        "<item>\n<title>Ports reopen after storm</title>\n<description><![CDATA[<p>A crane lifts a container at"
        " the port in Durban, South Africa, March 3, 2027. REUTERS/Sipho Ndlovu</p>]]></description>\n</item>"
    )
    assert clean(item) == (
        "Ports reopen after storm\nA crane lifts a container at the port in Durban, South Africa, March 3, 2027."
        " REUTERS/Sipho Ndlovu"
    )


def test_clean_reports_line_starts() -> None:
    text, breaks = clean_with_breaks("First line\n\nSOCIEDAD\nAna Ruiz - Europa Press")
    assert [text[b:].split()[0] for b in breaks] == ["SOCIEDAD", "Ana"]


def test_sentences_know_abbreviations_and_initials() -> None:
    assert split_sentences(
        "Students walk in Cambridge, Mass., Thursday, June 29, 2023. Classes start Sept. 5. By Jae C. Hong."
    ) == [
        "Students walk in Cambridge, Mass., Thursday, June 29, 2023",
        "Classes start Sept. 5",
        "By Jae C. Hong",
    ]
    assert split_sentences("Tulips at Arundel Castle..18,000 were planted") == [
        "Tulips at Arundel Castle",
        "18,000 were planted",
    ]


def test_flags_and_datelines() -> None:
    zones = zone(clean("FILE - Smoke rises in Kyiv, Ukraine, on May 29, 2022. (AP Photo/Ann Lee, File)"))
    assert zones.flags == (("FILE -", "file"),)
    zones = zone(
        clean(
            "(FILE PHOTO) Anna Berg has retired LONDON - AUGUST 20: Anna Berg in action on August 20, "
            "2008 in London, England."
        )
    )
    assert zones.datelines[0].place == ("LONDON",) and zones.main.startswith("Anna Berg in action")
    zones = zone(clean("07.12.2019, USA, Newport News: Eine Taufe."))
    assert zones.datelines[0].place == ("USA", "Newport News") and zones.main == "Eine Taufe"
    # USA TODAY Sports / Imagn: date; place; caption.
    zones = zone(
        clean("Oct 5, 2025; Green Bay, Wisconsin, USA; Green Bay Packers fans cheer at Lambeau Field.")
    )
    assert zones.datelines[0].place == ("Green Bay", "Wisconsin", "USA")
    assert zones.datelines[0].date_text == "Oct 5, 2025" and zones.main.startswith("Green Bay Packers fans")


def test_prefix_flags_in_a_row_and_none() -> None:
    """Flags are looked for at the text's start all at once (`_any_prefix`), then one by one."""
    zones = zone(clean("FILE - HANDOUT - Rescuers search the rubble in Antakya, Türkiye, Feb. 7, 2023."))
    assert zones.flags == (("FILE -", "file"), ("HANDOUT -", "handout"))
    zones = zone(clean("Rescuers search the FILE - HANDOUT rubble in Antakya, Türkiye, Feb. 7, 2023."))
    assert zones.flags == () and zones.main.startswith("Rescuers search the FILE - HANDOUT rubble")


@pytest.mark.parametrize(
    "caption",
    [
        "Acquire Licensing Rights Flamingos feed in a lagoon at Walvis Bay, Namibia, February 6, 2027.",
        "Advertisement Flamingos feed in a lagoon at Walvis Bay, Namibia, February 6, 2027.",
        "5 / 20 Flamingos feed in a lagoon at Walvis Bay, Namibia, February 6, 2027.",
    ],
)
def test_page_chrome_before_the_caption_is_no_part_of_it(caption: str) -> None:
    assert zone(caption).main.startswith("Flamingos feed")


def test_a_day_month_header_is_a_flag() -> None:
    zones = zone("13 JUILLET. Des enfants jouent sur la plage à Nice, en France.")
    assert zones.flags[0][0] == "13 JUILLET."
    assert zones.main.startswith("Des enfants")


def test_the_picture_sentence_comes_first() -> None:
    zones = zone("The company reported record losses. In this photo, workers leave a plant in Turin, Italy.")
    assert zones.main.startswith("In this photo")
    assert zones.sentences[1] == "The company reported record losses"
    dated = zone("Workers leave a plant in Turin on May 2, 2024. In this photo, the gate is closed.")
    assert dated.main.startswith("Workers leave")


def test_a_state_abbreviation_closing_a_chain_ends_the_sentence() -> None:
    assert split_sentences("He sings in Nashville, Tenn. Actor-singer Kenny Rogers died in 2020.") == [
        "He sings in Nashville, Tenn.",
        "Actor-singer Kenny Rogers died in 2020",
    ]
    assert split_sentences("Sen. Ann Lee (D-Tenn.) speaks. Gov. Bill Lee of Tenn. listens.")[0] == (
        "Sen. Ann Lee (D-Tenn.) speaks"
    )


def test_an_ordinal_in_a_header_list_ends_no_sentence() -> None:
    assert split_sentences(
        "Ski alpin: Weltcup, Slalom, Herren, 1. Durchgang in Adelboden. Der Schweizer Loïc Meillard in Aktion."
    ) == [
        "Ski alpin: Weltcup, Slalom, Herren, 1. Durchgang in Adelboden",
        "Der Schweizer Loïc Meillard in Aktion",
    ]
    assert split_sentences("Fußball: 2. Bundesliga, Hertha BSC - Schalke 04, 17. Spieltag.") == [
        "Fußball: 2. Bundesliga, Hertha BSC - Schalke 04, 17. Spieltag"
    ]
    # A year is no ordinal: its stop ends the sentence.
    assert len(split_sentences("The team won 3-1, its 12th win in 2024. Fans cheered.")) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Żołnierze 12. Brygady Zmechanizowanej podczas ćwiczeń na poligonie w Orzyszu, 4 bm.",
        "Soldaten der 10. Panzerdivision bei einer Übung in Hammelburg am 3. März 2027.",
        "Vojáci 4. Brigády rychlého nasazení při cvičení v Libavé.",
    ],
)
def test_an_ordinal_before_a_units_name_ends_no_sentence(text: str) -> None:
    assert len(split_sentences(text)) == 1


def test_a_number_before_any_other_capital_still_ends_a_sentence() -> None:
    assert len(split_sentences("The toll rose to 12. Officials said more were missing.")) == 2


def test_a_stop_glued_to_the_next_sentence_ends_it() -> None:
    assert split_sentences("Soldaten feuern nahe Bachmut.Anna Lee/AP/dpa") == [
        "Soldaten feuern nahe Bachmut",
        "Anna Lee/AP/dpa",
    ]
    assert split_sentences("Then St.Petersburg and amazon.com") == ["Then St.Petersburg and amazon.com"]


def test_a_sentence_may_open_with_a_capital_past_latin_1() -> None:
    assert split_sentences("Lidé čekají v Praze, 17. listopadu 2024. ČTK/Nováková Jana") == [
        "Lidé čekají v Praze, 17. listopadu 2024",
        "ČTK/Nováková Jana",
    ]
    assert split_sentences("Kibice w Warszawie. Łukasz Nowak/PAP") == [
        "Kibice w Warszawie",
        "Łukasz Nowak/PAP",
    ]
    assert split_sentences("Люди в Москве. Фото: ТАСС") == ["Люди в Москве", "Фото: ТАСС"]
    # A small letter after a stop still opens no sentence.
    assert split_sentences("Ulice v Praze tzv. čtvrti Žižkov") == ["Ulice v Praze tzv. čtvrti Žižkov"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A day's stop before a month of any language the date reader reads is no sentence end.
        (
            "Kundgebung in Berlin am 3. März 2024. Im Bild: Olaf Scholz.",
            ["Kundgebung in Berlin am 3. März 2024", "Im Bild: Olaf Scholz"],
        ),
        (
            "Presidentti vastaanotolla Tampereella 6. joulukuuta 2024. Kuvassa: Alexander Stubb.",
            ["Presidentti vastaanotolla Tampereella 6. joulukuuta 2024", "Kuvassa: Alexander Stubb"],
        ),
        # A day at a sentence's end before a word that is no month still ends it.
        (
            "The vote ends on June 5. Polls open at 7 a.m.",
            ["The vote ends on June 5", "Polls open at 7 a.m."],
        ),
    ],
)
def test_a_day_before_its_month_ends_no_sentence(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


def test_a_names_initials_end_no_sentence() -> None:
    text = (
        "Philadelphia Eagles wide receiver A.J. Brown catches a pass against the Dallas Cowboys in "
        "Arlington, Texas, Sunday, Nov. 23, 2025. The Eagles won 24-21."
    )
    assert split_sentences(text) == [
        "Philadelphia Eagles wide receiver A.J. Brown catches a pass against the Dallas Cowboys in "
        "Arlington, Texas, Sunday, Nov. 23, 2025",
        "The Eagles won 24-21",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Maribor, 20. 9. 2025 - Trgatev na najstarejši trti na svetu. Foto: Bojan Krajnc/STA",
            ["Maribor, 20. 9. 2025 - Trgatev na najstarejši trti na svetu", "Foto: Bojan Krajnc/STA"],
        ),
        (
            "Praha 3. 1. 2026. Lidé bruslí na Staroměstském náměstí",
            ["Praha 3. 1. 2026", "Lidé bruslí na Staroměstském náměstí"],
        ),
        (
            "Bratislava, 14. 11. 2025 (TASR) - Prezident Peter Pellegrini prijal veľvyslanca",
            ["Bratislava, 14. 11. 2025 (TASR) - Prezident Peter Pellegrini prijal veľvyslanca"],
        ),
        # Not a date: a count and a year ("won 12. 2024 was ...") keep their stops.
        (
            "The team finished 12. 2024 was their best year",
            ["The team finished 12", "2024 was their best year"],
        ),
    ],
)
def test_a_date_in_digits_with_spaced_stops_ends_no_sentence(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


def test_white_space_of_str_split_is_the_regex_engines() -> None:
    # clean_lines collapses white space with str.split: the same characters as the regex engine's \s.
    every = "".join(map(chr, range(sys.maxunicode + 1)))
    assert re.findall(r"\s", every) == [c for c in every if c.isspace()]


def test_clean_collapses_every_kind_of_white_space() -> None:
    assert clean("\u2003 A\u00a0\u00a0caption\t\x1cby\u3000Name \u200b ") == "A caption by Name \u200b"


@pytest.mark.parametrize(
    ("caption", "main"),
    [
        (
            "NO SALES - EDITORIAL USE ONLY. A rescued manatee is released in Crystal River, Fla., on Jan. 9, 2026.",
            "A rescued manatee is released in Crystal River, Fla., on Jan. 9, 2026",
        ),
        (
            "MANDATORY CREDIT: A welder works at the Skoda plant in Mlada Boleslav, Czech Republic, on Feb. 18, 2026.",
            "A welder works at the Skoda plant in Mlada Boleslav, Czech Republic, on Feb. 18, 2026",
        ),
        (
            "Embargoed until 6 a.m. ET Thursday, March 12, 2026. A curator cleans a skull at a museum in Denver.",
            "A curator cleans a skull at a museum in Denver",
        ),
        (
            "EMBARGOED TO 0001 FRIDAY DECEMBER 11 Undated handout photo of a puffin on the Farne Islands.",
            "Undated handout photo of a puffin on the Farne Islands",
        ),
    ],
)
def test_restriction_and_embargo_notes_before_the_caption_are_flags(caption: str, main: str) -> None:
    assert zone(clean(caption)).main == main


def test_a_german_clubs_founding_ordinal_ends_no_sentence() -> None:
    assert split_sentences("Hertha BSC gegen 1. FC Köln: Reese jubelt. Foto: dpa") == [
        "Hertha BSC gegen 1. FC Köln: Reese jubelt",
        "Foto: dpa",
    ]
    assert (
        len(split_sentences("Fußball: 2. Bundesliga, 1. FSV Mainz 05 - 1. FC Nürnberg, 20. Spieltag.")) == 1
    )


@pytest.mark.parametrize(
    ("caption", "main_start"),
    [
        (
            "AME1187. SANTIAGO (CHILE), 12/03/2027.- Hinchas de Colo-Colo alientan a su equipo este viernes, en el "
            "estadio Monumental en Santiago (Chile). EFE/ Elvis González",
            "SANTIAGO (CHILE), 12/03/2027.- Hinchas",
        ),
        (
            "VAL03. VALENCIA, 14/03/2027.- Aficionados del Valencia antes del partido de este domingo en Mestalla. "
            "EFE/ Manuel Bruque",
            "VALENCIA, 14/03/2027.- Aficionados",
        ),
    ],
)
def test_efes_picture_code_before_its_dateline_is_no_part_of_the_caption(
    caption: str, main_start: str
) -> None:
    assert zone(clean(caption)).body.startswith(main_start)


def test_a_code_like_word_before_running_text_stays() -> None:
    caption = "COP31. Delegates arrive for the climate talks in Antalya, Türkiye, November 9, 2026."
    assert zone(clean(caption)).body.startswith("COP31. Delegates")


def test_a_spanish_plural_abbreviation_with_a_space_ends_no_sentence() -> None:
    # "EE. UU." doubles the letters of "Estados Unidos": the stop after "EE" is inside the abbreviation.
    assert split_sentences("Bomberos en Chicago, EE. UU., el 3 de diciembre de 2026. EFE/Tomás Ruiz") == [
        "Bomberos en Chicago, EE. UU., el 3 de diciembre de 2026",
        "EFE/Tomás Ruiz",
    ]
    # A doubled pair not followed by another ends its sentence as before.
    assert split_sentences("Los ganadores fueron los de la clase EE. Los demás siguieron.") == [
        "Los ganadores fueron los de la clase EE",
        "Los demás siguieron",
    ]


def test_police_ranks_end_no_sentence() -> None:
    # "Const. Name leaves the courthouse ... in Ottawa": the rank's stop left sentence 1 with no place.
    assert split_sentences("Const. Dan Reyes leaves the courthouse on Elgin Street in Ottawa on Friday.") == [
        "Const. Dan Reyes leaves the courthouse on Elgin Street in Ottawa on Friday"
    ]
    assert split_sentences("Det. Sgt. Ann Lee speaks outside court. She declined to comment.") == [
        "Det. Sgt. Ann Lee speaks outside court",
        "She declined to comment",
    ]


def test_a_councillors_title_ends_no_sentence() -> None:
    # "Coun. Name speaks ... in Sudbury" (Canadian pages): the title's stop left sentence 1 with no place.
    assert split_sentences(
        "Coun. Anne Roy speaks at the council meeting at City Hall in Sudbury on Monday."
    ) == ["Coun. Anne Roy speaks at the council meeting at City Hall in Sudbury on Monday"]


def test_indonesian_and_malay_street_abbreviations_end_no_sentence() -> None:
    # "on Jl. MH Thamrin in Central Jakarta": the stop of "Jl." (jalan, street) left sentence 1 with no town.
    assert split_sentences(
        "Commuters queue at a bus shelter on Jl. Sudirman in Central Jakarta on Friday."
    ) == ["Commuters queue at a bus shelter on Jl. Sudirman in Central Jakarta on Friday"]
    assert split_sentences("Traders set up stalls on Jln. Petaling in Kuala Lumpur on Sunday.") == [
        "Traders set up stalls on Jln. Petaling in Kuala Lumpur on Sunday"
    ]


def test_a_kicker_opening_the_text_is_not_the_main_sentence() -> None:
    # "Geslaagd!" (passed!): an exclamation of a word or two; the sentence after it describes the picture.
    zones = zone(
        clean(
            "DEVENTER - Geslaagd! Leerlingen hangen de vlag uit aan een huis aan de Brinkgreverweg in Deventer, "
            "dinsdag 12 juni 2029."
        )
    )
    assert zones.main.startswith("Leerlingen hangen de vlag uit")
    assert "Geslaagd!" in zones.sentences


def test_a_longer_exclamation_stays_the_main_sentence() -> None:
    zones = zone(clean("Fans feiern den Sieg ihrer Mannschaft in Köln! Die Party dauerte bis zum Morgen."))
    assert zones.main.startswith("Fans feiern")
