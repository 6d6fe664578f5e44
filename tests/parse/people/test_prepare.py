"""The sentence made ready for the name readers: a time phrase that opens it is cut, so that its subject is
read and the date becomes no one's name."""

from __future__ import annotations

import pytest

from captions import Normaliser
from captions._parse._people import find_people


def names(sentence: str) -> list[str]:
    return [p.name for p in find_people(sentence)[0]]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("On Tuesday, President Joe Biden speaks to reporters in Washington", ["Joe Biden"]),
        ("On Wednesday night, Argentina's Lionel Messi celebrates a goal in Miami", ["Lionel Messi"]),
        ("On Jan. 5, 2027, Prime Minister Mark Carney arrives in Ottawa", ["Mark Carney"]),
        ("In 1985, President Ronald Reagan speaks at the Brandenburg Gate in Berlin", ["Ronald Reagan"]),
        ("Le 5 janvier 2027, le président Emmanuel Macron présente ses vœux à Brest", ["Emmanuel Macron"]),
        ("Este martes, el presidente Gustavo Petro habla en Bogotá", ["Gustavo Petro"]),
        # The lead-in's date is the picture's; the lead-in is cut whole.
        ("In this June 9, 2012, file photo, Kenny Rogers performs in Nashville, Tenn.", ["Kenny Rogers"]),
        (
            "In this photo taken on Jan. 5, 2027, President Volodymyr Zelenskyy visits troops in Kharkiv",
            ["Volodymyr Zelenskyy"],
        ),
    ],
)
def test_a_time_phrase_opening_the_sentence_is_no_name(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        # The BBC's labels copied with the page: "Image caption," on the caption's line or a line above it.
        (
            "Image source, Getty Images\nImage caption,\nJudd Trump lifts the trophy at Alexandra Palace in London",
            ["Judd Trump"],
        ),
        (
            "Image source, PA Media\nImage caption, Ronnie O'Sullivan beat Ding Junhui 10-7 in the final in York",
            ["Ronnie O'Sullivan"],
        ),
        # The Guardian's button above the caption.
        (
            "View image in fullscreen\nRangers' James Tavernier celebrates scoring a penalty at Ibrox on Sunday. "
            "Photograph: Jeff Holmes/PA",
            ["James Tavernier"],
        ),
    ],
)
def test_a_pages_labels_before_the_caption_are_no_part_of_it(
    normaliser: Normaliser, caption: str, expected: list[str]
) -> None:
    assert [p.name for p in normaliser.read(caption).record.persons] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A country's initials before a title are no surname written first in capitals.
        ("UAE Minister of Industry Sultan Al Jaber speaks at the climate conference", ["Sultan Al Jaber"]),
        ("US Secretary of State Marco Rubio speaks to reporters in Washington", ["Marco Rubio"]),
        ("HUMPHRIES Kaillie of USA pilots her sled during the World Cup race", ["Kaillie Humphries"]),
    ],
)
def test_initials_before_a_title_are_no_surname_first(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A text agency's dateline, its name in brackets, before the subject: however many words it has.
        (
            "DUBAI, 3rd March, 2027 (WAM) -- His Highness Sheikh Mohammed bin Rashid Al Maktoum received the minister",
            ["Mohammed bin Rashid Al Maktoum"],
        ),
        (
            "Port Louis, March 3, 2027 (GIS) -- Prime Minister Navin Ramgoolam opens a market",
            ["Navin Ramgoolam"],
        ),
        # An en dash after the town (APS, MAP): the town is no one's name, the subject follows.
        (
            "Rabat – Le Chef du gouvernement, M. Aziz Akhannouch, a présidé jeudi le conseil",
            ["Aziz Akhannouch"],
        ),
        ("Oran – Le ministre de l'Intérieur, Brahim Merad, a inauguré lundi le siège", ["Brahim Merad"]),
    ],
)
def test_an_agency_dateline_before_the_subject_is_cut(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Sevilla, 19/03/2027.- La cantante Lola Índigo posa durante la presentación de su disco",
            ["Lola Índigo"],
        ),
        (
            "BUENOS AIRES (ARGENTINA), 13/03/2027.- Facundo Colidio de River Plate celebra un gol este sábado",
            ["Facundo Colidio"],
        ),
        (
            "Quito, 3 mar (EFE).- El presidente de Ecuador, Daniel Noboa, saluda a simpatizantes",
            ["Daniel Noboa"],
        ),
    ],
)
def test_a_dateline_closed_by_a_stop_and_a_hyphen_is_no_part_of_the_subject(
    sentence: str, expected: list[str]
) -> None:
    assert [p.name for p in find_people(sentence)[0]] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "- 14/03/2027 - Rugby League - Betfred Super League - Leeds Rhinos v Hull FC - Headingley Stadium, "
            "Leeds - Leeds Rhinos' Harry Newman is tackled by Hull FC's Herman Ese'ese",
            ["Harry Newman", "Herman Ese'ese"],
        ),
        # No date among the first segments: no slug, the sentence is read as it stands.
        ("Rugby League - Leeds Rhinos' Harry Newman - Hull FC - Headingley", []),
    ],
)
def test_a_sports_agencys_slug_leaves_its_last_segment_as_the_caption(
    sentence: str, expected: list[str]
) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Prensa Latina closes its dateline with its name in brackets and no dash.
        (
            "La Habana, 9 mar (Prensa Latina) El presidente cubano, Miguel Díaz-Canel, recorre una fábrica en "
            "Santa Clara",
            ["Miguel Díaz-Canel"],
        ),
        # Estadão's slug in capitals after its dateline.
        (
            "BRASÍLIA, DF, 10.03.2027 - STF/JULGAMENTO - O ministro Cristiano Zanin durante sessão plenária do "
            "Supremo Tribunal Federal (STF), em Brasília, nesta quarta-feira, 10.",
            ["Cristiano Zanin"],
        ),
    ],
)
def test_a_latin_american_dateline_or_slug_before_the_subject_is_cut(
    sentence: str, expected: list[str]
) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Spanish marks the person shown with "a": "muestra a X", "muestra al presidente X".
        ("Esta foto muestra a Luisa González durante un mitin en Guayaquil", ["Luisa González"]),
        # EFE's handouts open with the noun alone.
        (
            "Fotografía cedida por la Presidencia de Honduras que muestra a la presidenta Xiomara Castro durante "
            "una reunión en Tegucigalpa",
            ["Xiomara Castro"],
        ),
        (
            "Fotografía cedida por la Cancillería que muestra al canciller Enrique Reina en Tegucigalpa",
            ["Enrique Reina"],
        ),
        # Control: "a" before a common noun is no one's name.
        ("Esta foto muestra a un policía en Guayaquil", []),
        # Control: English "a" is an article, not Spanish's mark of a person.
        ("This aerial photo taken on March 9, 2027 shows a Trans-Andean Railway train in Los Andes", []),
    ],
)
def test_the_object_of_a_spanish_lead_in_follows_its_a(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "HE" (His Excellency) before a name of two words or more is a title.
        (
            "His Highness the Amir Sheikh Tamim bin Hamad Al-Thani meets President of the Republic of Senegal "
            "HE Bassirou Diomaye Faye at the Amiri Diwan on Sunday morning",
            ["Tamim bin Hamad Al-Thani", "Bassirou Diomaye Faye"],
        ),
        (
            "His Excellency William Ruto receives H.E. Yoweri Museveni at State House",
            ["William Ruto", "Yoweri Museveni"],
        ),
        # A Chinese surname in capitals before one given name is the name's.
        ("Chinese Vice Premier HE Lifeng attends a meeting in Beijing", ["He Lifeng"]),
    ],
)
def test_his_excellency_is_no_part_of_the_name(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected
