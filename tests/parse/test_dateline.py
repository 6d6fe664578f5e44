"""Datelines at the start of a caption (`_parse/_dateline.py`): Getty's is tried only where its colon is."""

from __future__ import annotations

import re

import pytest

from captions import Normaliser
from captions._parse._dateline import _any_dateline, _getty_needs_colon, _patterns, find_datelines


def test_getty_dateline_read_where_its_colon_is() -> None:
    found, before, rest = find_datelines(
        "KHARKIV, UKRAINE - JUNE 11: Rescuers search the rubble of a school hit by a missile strike on June 11,"
        " 2022 in Kharkiv, Ukraine. (Photo by Anna Reyes/Getty Images)"
    )
    assert [(d.style, d.place, d.date_text) for d in found] == [("getty", ("KHARKIV", "UKRAINE"), "JUNE 11")]
    assert before == ""
    assert rest.startswith("Rescuers search the rubble")


def test_getty_dateline_after_a_reissue_note() -> None:
    found, before, _ = find_datelines(
        "(FILE PHOTO) Editor's note: this picture was first sent in 2019. LONDON, ENGLAND - AUGUST 20: Fans"
        " queue outside the stadium. (Photo by Tom Weber/Getty Images)"
    )
    assert [d.style for d in found] == ["getty"]
    assert before.startswith("(FILE PHOTO)")


def test_no_colon_no_getty_dateline() -> None:
    caption = (
        "LVIV, UKRAINE - JUNE 11 Volunteers sort donated clothes at a railway station in Lviv, Ukraine."
        " (Photo by Ivan Petrov/Getty Images)"
    )
    found, before, rest = find_datelines(caption)
    assert found == [] and before == "" and rest == caption
    assert _patterns()[0].search(caption, 0, 400) is None  # what the gate spares: the pattern finds none


def test_a_colon_past_the_reach_is_no_dateline() -> None:
    caption = (
        "Fans wave flags " * 30
        + "PARIS, FRANCE - MAY 2: the parade passes. (Photo by Ana Costa/Getty Images)"
    )
    assert caption.find(":") > 400
    found, _, _ = find_datelines(caption)
    assert found == []


def test_the_template_closes_with_its_colon() -> None:
    # The gate holds only while every match needs a colon: date.toml's template closes with one.
    assert _getty_needs_colon()


def test_gepa_dateline_with_a_two_digit_year() -> None:
    # GEPA pictures: the town and the country in capitals, commas with no space, "24.JAN.27".
    found, _, _ = find_datelines(
        "KITZBUEHEL,AUSTRIA,24.JAN.27 - SKI ALPIN - FIS Weltcup, Abfahrt, Herren. Bild zeigt Vincent Kriechmayr"
        " (AUT). Foto: GEPA pictures/ Mario Kneisl"
    )
    # (The sport's name in capitals after it reads as ANP's dateline, whose town the gazetteer does not know.)
    assert (found[0].style, found[0].place, found[0].date_text) == (
        "zuma",
        ("KITZBUEHEL", "AUSTRIA"),
        "24 JAN 2027",
    )
    found, _, _ = find_datelines(
        "VAL DI FIEMME, ITALIEN, 3.MAR.27 - NORDISCHE KOMBINATION - Bild zeigt Johannes Lamparter (AUT)."
        " Foto: GEPA pictures/ Daniel Goetzhaber"
    )
    assert (found[0].place, found[0].date_text) == (("VAL DI FIEMME", "ITALIEN"), "3 MAR 2027")


def test_gepa_dateline_dates_and_places_the_picture(normaliser: Normaliser) -> None:
    record = normaliser.read(
        "SCHLADMING,AUSTRIA,28.JAN.27 - SKI ALPIN - FIS Weltcup, Nachtslalom, Herren. Bild zeigt Manuel Feller"
        " (AUT). Foto: GEPA pictures/ Wolfgang Grebien",
        reference_date="2027-01-29",
    ).record
    assert record.date_created == "2027-01-28"
    assert record.location is not None
    assert (record.location.city, record.location.country_code) == ("Schladming", "AT")


def test_a_header_dateline_with_joiners_and_a_slash(normaliser: Normaliser) -> None:
    # Agencia Uno: the date with its joiners, a slash, the town, on a line of its own above the caption.
    record = normaliser.normalise(
        "11 DE FEBRERO DE 2027 / CALAMA\nTrabajadores de Codelco durante el cambio de turno, en la región de "
        "Antofagasta.\nFOTO: ANA ROJAS / AGENCIAUNO"
    )
    assert record.location is not None
    assert (record.date_created, record.location.city) == ("2027-02-11", "Calama")


def test_anadolus_closing_line_gives_the_town_and_the_date(normaliser: Normaliser) -> None:
    # AA closes with its story dateline, "TOWN (AA) - dd.mm.yyyy", on a line of its own after the credit.
    record = normaliser.normalise(
        "Dışişleri Bakanı, mevkidaşı ile ortak basın toplantısı düzenledi. (Fotoğraf: Ali Demir - Anadolu "
        "Ajansı)\nİZMİR (AA) - 12.04.2027"
    )
    assert record.date_created == "2027-04-12"
    assert record.location is not None
    assert (record.location.city, record.location.country_code) == ("İzmir", "TR")


def test_anadolu_town_and_date_after_the_credit(normaliser: Normaliser) -> None:
    # Anadolu's Turkish pages print the town and the date after the photo credit, with a comma.
    record = normaliser.read(
        "Cumhurbaşkanı Recep Tayyip Erdoğan, Vahdettin Köşkü'nde Pakistan Başbakanı'nı kabul etti. "
        "(Fotoğraf: Ali Demir - AA) İstanbul, 6 Mart 2027",
        reference_date="2027-03-08",
    ).record
    assert record.date_created == "2027-03-06"
    assert record.location is not None and record.location.city == "Istanbul"


@pytest.mark.parametrize(
    ("caption", "city", "province"),
    [
        (
            "BUMPER HARVEST. Farmers dry palay along a road in Santa Rosa, Laguna on Monday (June 7, 2027). "
            "Yields rose this season, the provincial agriculturist said. (PNA photo by Joseph Razon)",
            "Santa Rosa",
            "Laguna",
        ),
        (
            "PAROL MAKERS. Artisans assemble lanterns at a workshop in San Fernando City, Pampanga on Tuesday "
            "(June 8, 2027). (PNA photo by Ramil Galang Sison)",
            "San Fernando",
            "Pampanga",
        ),
    ],
)
def test_a_headline_in_capitals_over_the_caption_names_no_place(
    normaliser: Normaliser, caption: str, city: str, province: str
) -> None:
    # The Philippine News Agency's headline first: the place is read from the caption under it.
    location = normaliser.normalise(caption).location
    assert location is not None
    assert (location.city, location.province_state) == (city, province)


def test_a_town_in_capitals_closed_by_a_stop_stays_the_place(normaliser: Normaliser) -> None:
    location = normaliser.normalise("MANILA. Commuters queue for jeepneys on Monday, June 7, 2027.").location
    assert location is not None
    assert location.city == "Manila"


# Openings with a dateline of each style the patterns read, and captions that open with none.
_OPENINGS = [
    "11.02.2027, Berlin: Demonstranten ziehen durch das Regierungsviertel.",
    "BEIJING, March 4, 2027 -- Deputies arrive at the Great Hall of the People. (Xinhua/Li Wen)",
    "Mérida (Venezuela), 6 feb (EFE).- Turistas suben al teleférico.",
    "Shimla (Himachal Pradesh) [India], December 3 (ANI): Tourists walk on the Ridge.",
    "AMSTERDAM - Fietsers rijden langs de gracht. ANP REMKO DE WAAL",
    "March 3, 2027, Kyiv, Ukraine: Rescuers clear the rubble of a building.",
    "12/03/2027 Firefighters tackle a blaze at a warehouse in Leeds.",
    "A man walks his dog along the beach at sunrise in Brighton on March 3, 2027.",
    "Supporters cheer during a rally, Madrid, Spain.",
    "",
]


@pytest.mark.parametrize("text", _OPENINGS)
def test_one_match_says_whether_any_dateline_opens_the_text(text: str) -> None:
    # find_datelines stops at once where the union of the patterns matches nothing: it must match exactly
    # where one of them does.
    assert (_any_dateline().match(text) is not None) == any(p.match(text) for _, p in _patterns()[1])


def test_dateline_patterns_read_alike_with_their_groups_unnamed() -> None:
    # A back-reference, a condition on a group or a flag inside a group would read otherwise, or not compile.
    for _, pattern in _patterns()[1]:
        unescaped = re.sub(r"\\.", "", pattern.pattern)
        assert re.search(r"\(\?P=|\(\?\(|\(\?[aiLmsux]+\)", unescaped) is None, pattern.pattern


@pytest.mark.parametrize(
    ("town", "read"),
    [
        ("Sri Ganganagar", True),
        ("A" + "b" * 40, True),  # the longest town the pattern reads: a capital and 40 letters or spaces
        ("A" + "b" * 41, False),
    ],
)
def test_indian_agencies_town_reads_to_its_forty_first_character(town: str, read: bool) -> None:
    # The pattern looks ahead for the comma or bracket that closes the town before it tries the shorter towns
    # (issue 16): the lookahead reaches exactly as far as the town may run, before its state and after it.
    indian = next(p for _, p in _patterns()[1] if "(?:ANI|PTI|IANS|UNI)" in p.pattern)
    for opening in (f"{town}, December 3 (ANI): Farmers", f"{town} (Rajasthan), December 3 (PTI): Farmers"):
        m = indian.match(opening)
        assert (m is not None and m.group("place") == town) is read, opening


@pytest.mark.parametrize(
    "opening",
    [
        "Ulaanbaatar /MONTSAME/ Herders move their flocks.",
        "Bishkek, October 19 /Kabar/. Voters queue at a school.",
        "ISTANBUL (AA) - Fans cheer in Taksim Square.",
        "Tbilisi Old Town Residents Gather (AA) x",
    ],
)
def test_possessive_names_read_the_datelines_they_read_before(opening: str) -> None:
    # A name's letters are never given back where a space, comma or bracket must follow (date.toml): the same
    # dateline is read, and a name followed by anything else reads none.
    found, _, _ = find_datelines(opening)
    assert bool(found) is ("x" not in opening)
