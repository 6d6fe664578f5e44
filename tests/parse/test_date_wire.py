"""Text agencies' datelines: a day and a short month without the year (ANSA, EFE), or a day alone
(Europa Press), read with the reference date; never without one."""

from __future__ import annotations

from datetime import date

import pytest

from captions._model import WarningCode
from captions._parse import clean_with_breaks, zone
from captions._parse._credit import find_credit
from captions._parse._date import date_text_spans, find_date


def when(caption: str, reference: date | None = None) -> tuple[str | None, set[WarningCode]]:
    text, breaks = clean_with_breaks(caption)
    credit = find_credit(text, breaks)
    zones = zone(text, credit.span, breaks)
    found = find_date(zones, reference)
    return found.iso, {code for code, _ in found.warnings}


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        # ANSA: the town, a day and a short month, a dash.
        (
            "Roma, 9 dic - Il presidente Sergio Mattarella riceve al Quirinale i sindaci. ANSA/ETTORE FERRARI",
            "2026-12-09",
        ),
        (
            "Milano, 7 dic - Il pubblico all'ingresso della Scala per la Prima. ANSA/MATTEO BAZZI",
            "2026-12-07",
        ),
        ("NAPOLI, 2 DIC - Tifosi in festa davanti allo stadio Maradona. ANSA/CIRO FUSCO", "2026-12-02"),
        # The agency's tag may lead; the stop of an abbreviated month may end the sentence.
        (
            "(ANSA) - TORINO, 05 DIC - Operai davanti ai cancelli di Mirafiori. ANSA/ALESSANDRO DI MARCO",
            "2026-12-05",
        ),
        (
            "BILBAO, 6 Dic. (EUROPA PRESS) - Aficionados del Athletic en los alrededores de San Mamés.",
            "2026-12-06",
        ),
        # EFE and Lusa write the agency's name after it; Lusa and AFP's French wire a year too.
        (
            "Sevilla, 8 dic (EFE).- Cofrades portan el paso de la Inmaculada por el centro. EFE/Julio Muñoz",
            "2026-12-08",
        ),
        (
            "Porto, 04 dez 2026 (Lusa) - Adeptos festejam junto ao Estádio do Dragão. JOSÉ COELHO/LUSA",
            "2026-12-04",
        ),
        # Europa Press: the day alone is the filing month's.
        (
            "MADRID, 9 (EUROPA PRESS) - El presidente del Gobierno, Pedro Sánchez, interviene en el Congreso.",
            "2026-12-09",
        ),
        ("SEVILLA, 3 (EUROPA PRESS) - Vecinos de Triana durante la procesión.", "2026-12-03"),
        # Bernama: the town in capitals, a day and a month with no year, two dashes; "hari ini" (today) in
        # the text agrees.
        (
            "IPOH, Dec 7 -- Volunteers clean up a surau after floods hit Kampung Gajah today. --fotoBERNAMA "
            "(2026) COPYRIGHT RESERVED",
            "2026-12-07",
        ),
        (
            "JOHOR BAHRU, 8 Dis -- Orang ramai beratur di Kompleks Bangunan Sultan Iskandar hari ini. "
            "--fotoBERNAMA (2026) HAK CIPTA TERPELIHARA",
            "2026-12-08",
        ),
        # AZƏRTAC and UzA: the town, the day and the month's name in Azerbaijani or Uzbek (with a hyphen).
        (
            "Gəncə, 6 dekabr, AZƏRTAC\nGəncə şəhərində yeni park istifadəyə verilib.\nFoto: AZƏRTAC",
            "2026-12-06",
        ),
        (
            "Buxoro, 5-dekabr (UzA). Buxoro shahrida xalqaro hunarmandlar festivali bo'lib o'tdi. Foto: UzA",
            "2026-12-05",
        ),
        # Andina: the month's short name in lower case before the day; a labelled credit closes the caption, and
        # Bolivia's ABI writes the day first.
        (
            "Lima, dic. 7 (ANDINA). Vecinos del Callao limpian las playas tras el oleaje anómalo. Foto: ANDINA/Difusión",
            "2026-12-07",
        ),
        (
            "Cusco, dic. 4 (ANDINA). Turistas recorren la plaza de Armas. Foto: ANDINA/Vidal Tarqui",
            "2026-12-04",
        ),
        (
            "Cochabamba, 6 dic (ABI).- Productores de leche bloquean la carretera al occidente. Foto: ABI",
            "2026-12-06",
        ),
        # Georgian (Interpressnews and the Georgian papers): the town, the day and the month's name.
        ("ბათუმი, 4 დეკემბერი. ტურისტები ბულვარზე. ფოტო: ლევან ხარაიშვილი / IPN", "2026-12-04"),
        ("თბილისი, 8 დეკემბერი. აქცია პარლამენტთან. ფოტო: თამარ გელაშვილი", "2026-12-08"),
    ],
)
def test_a_wire_dateline_without_its_year_takes_the_reference_year(caption: str, expected: str) -> None:
    assert when(caption, date(2026, 12, 9)) == (expected, set())


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        (
            "CIUDAD DE MÉXICO, 07DICIEMBRE2026.- Peregrinos avanzan por la calzada de Guadalupe rumbo a la Basílica. "
            "FOTO: DANIEL AUGUSTO /CUARTOSCURO.COM",
            "2026-12-07",
        ),
        (
            "MONTERREY, NUEVO LEÓN, 28NOVIEMBRE2026.- Aficionados llegan al estadio BBVA para la final. FOTO: "
            "GABRIELA PÉREZ MONTIEL /CUARTOSCURO.COM",
            "2026-11-28",
        ),
    ],
)
def test_cuartoscuros_glued_day_month_and_year(caption: str, expected: str) -> None:
    assert when(caption, date(2026, 12, 9)) == (expected, set())


def test_a_day_alone_later_than_the_reference_day_is_the_month_before() -> None:
    # Filed on the 5th, a dateline "28" is never a day to come: it is last month's.
    caption = "BARCELONA, 28 (EUROPA PRESS) - Aficionados del Barça celebran el título en Canaletes."
    assert when(caption, date(2026, 12, 5))[0] == "2026-11-28"
    assert when(caption, date(2026, 1, 5))[0] == "2025-12-28"


def test_a_day_word_counts_from_a_day_alone() -> None:
    caption = "MADRID, 9 (EUROPA PRESS) - Miles de personas se manifestaron ayer en la Puerta del Sol."
    assert when(caption, date(2026, 12, 9))[0] == "2026-12-08"


@pytest.mark.parametrize(
    "caption",
    [
        "Roma, 9 dic - Il presidente Sergio Mattarella riceve al Quirinale i sindaci. ANSA/ETTORE FERRARI",
        "MADRID, 9 (EUROPA PRESS) - El presidente del Gobierno, Pedro Sánchez, interviene en el Congreso.",
    ],
)
def test_without_a_reference_a_wire_dateline_gives_no_date(caption: str) -> None:
    iso, codes = when(caption)
    assert iso is None and WarningCode.MISSING_DATE in codes


@pytest.mark.parametrize(
    "caption",
    [
        # dpa's text dateline has no date.
        "Berlin (dpa) - Bundeskanzler Friedrich Merz spricht im Bundestag. Foto: Michael Kappeler/dpa",
        # A day alone after a name is an age; a short month after a number deeper in the text is a word.
        "Pedro Sánchez, 54 (PSOE) - el presidente del Gobierno en el Congreso. EUROPA PRESS",
        # A rank and a team's code are no day and agency.
        "Mikaela Shiffrin, 1 (USA) - in action during the slalom in Levi, Finland. (Photo by Jane Roe/Getty)",
        "Marcel Hirscher, 2 (Austria) - celebrates on the podium in Soelden. (Photo by Jane Roe/Getty Images)",
        "Ein Fan mit der Nummer 9 mar - vor dem Stadion in Hamburg. Foto: Axel Heimken/dpa",
        "Il capitano, 9 set - Lorenzo Pellegrini esulta allo Stadio Olimpico di Roma. ANSA/RICCARDO ANTIMIANI",
    ],
)
def test_no_wire_dateline_no_day(caption: str) -> None:
    assert when(caption, date(2026, 12, 9))[0] is None


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        (
            "SALZBURG,AUSTRIA,14.FEB.27 - FOOTBALL - Bundesliga, Red Bull Salzburg vs Sturm Graz. Image shows "
            "Karim Konate (RBS). Photo: GEPA pictures/ Mathias Mandl",
            "2027-02-14",
        ),
        (
            "WIEN,OESTERREICH,03.OKT.26 - FUSSBALL - ADMIRAL Bundesliga, Rapid vs Austria. Bild zeigt Guido "
            "Burgstaller (Rapid). Foto: GEPA pictures/ Philipp Brem",
            "2026-10-03",
        ),
        (
            "KITZBUEHEL,AUSTRIA,24.JAN.2027 - ALPINE SKIING - FIS World Cup, downhill, men. Image shows Marco "
            "Odermatt (SUI). Photo: GEPA pictures/ Wolfgang Grebien",
            "2027-01-24",
        ),
    ],
)
def test_gepas_header_date_between_stops_with_a_short_year(caption: str, expected: str) -> None:
    assert when(caption)[0] == expected


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        # TASS: the town, then the day and month alone, then the caption.
        (
            "Москва. 14 февраля. Зрители на трибуне во время матча КХЛ между командами ЦСКА и «Спартак». "
            "Фото: Сергей Бобылев/ТАСС",
            "2027-02-14",
        ),
        # Ukrinform: the town and its region, then the caption with its weekday and day.
        (
            "Вінниця, Вінницька область. У п'ятницю, 12 лютого, рятувальники розчищають дороги від снігу. "
            "Фото: Укрінформ",
            "2027-02-12",
        ),
        (
            "Київ. 10 лютого. Кияни вшановують пам'ять загиблих на Михайлівській площі. Фото: Укрінформ",
            "2027-02-10",
        ),
    ],
)
def test_a_day_after_a_header_naming_the_place_alone_takes_the_reference_year(
    caption: str, expected: str
) -> None:
    assert when(caption, date(2027, 2, 15))[0] == expected


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        ("記録的な大雪となった新潟県長岡市で9日、除雪作業に追われる住民。（共同）", "2027-02-09"),
        ("札幌市の大通公園で4日、開幕したさっぽろ雪まつりの大雪像。（共同）", "2027-02-04"),
    ],
)
def test_kyodos_day_after_the_place_and_de_takes_the_reference_month(caption: str, expected: str) -> None:
    assert when(caption, date(2027, 2, 15))[0] == expected


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        (
            "(런던 로이터=연합뉴스) 토트넘 홋스퍼의 손흥민이 1일(현지시간) 영국 런던 토트넘 홋스퍼 스타디움에서 "
            "열린 경기에서 슈팅하고 있다. 2027.2.2",
            "2027-02-01",
        ),
        (
            "(뉴욕 AP=연합뉴스) 시민들이 28일(현지시간) 미국 뉴욕 타임스스퀘어를 걷고 있다. 2027.3.1",
            "2027-02-28",
        ),
        # The day the caption names is the stamp's own: nothing to move.
        (
            "(서울=연합뉴스) 김도훈 기자 = 13일 오전 서울 종로구 광화문광장에서 시민들이 걷고 있다. 2026.11.13",
            "2026-11-13",
        ),
    ],
)
def test_yonhaps_stamp_after_a_day_named_abroad_is_the_filing_day(caption: str, expected: str) -> None:
    assert when(caption)[0] == expected


def test_a_rite_named_after_its_weekday_does_not_date_an_undated_caption() -> None:
    # BBC chrome: "Friday prayers" says when the rite is held each week, not when the picture was made.
    caption = "Image source, Reuters\nImage caption,\nWorshippers attend Friday prayers at the Blue Mosque in Istanbul"
    iso, codes = when(caption, date(2027, 4, 3))
    assert iso is None
    assert WarningCode.MISSING_DATE in codes


def test_a_rite_named_after_its_weekday_still_confirms_a_date_of_another_calendar() -> None:
    iso, _ = when(
        "Worshippers perform Friday prayers at the Grand Mosque in Makkah on Ramadan 26, 1448 AH. (SPA)"
    )
    assert iso == "2027-03-05"


def test_a_feast_named_with_its_weekday_is_no_anchor_beside_the_date() -> None:
    # "Palm Sunday" is the feast; the date written after it places the chain ("at the Vatican").
    text = "Crowds fill St. Peter's Square for Palm Sunday Mass at the Vatican on April 13, 2025."
    spans = date_text_spans(text)
    assert [text[a:b] for a, b in spans] == ["April 13, 2025"]
