"""A country named alone after a preposition or a compass noun: the record carries the country and no town,
or flags the place, never a town spelt like the country."""

from __future__ import annotations

import pytest

from captions import Normaliser
from captions._model import WarningCode
from captions._parse._place._country_named import country_named
from gazetteer import Gazetteer
from tests.conftest import located


@pytest.fixture(scope="module")
def gz() -> Gazetteer:
    return Gazetteer.default()


@pytest.mark.parametrize(
    ("caption", "country_code"),
    [
        # Spanish and French: a compass noun, then "de" and the country ("España" is a Philippine village too).
        (
            "Un agricultor trabaja en un campo en el sur de España, el 2 de diciembre de 2026. EFE/Jorge Zapata",
            "ES",
        ),
        (
            "Vista de los olivares del norte de Portugal, el 14 de octubre de 2026. EFE/Miguel A. Lopes",
            "PT",
        ),
        (
            "Des agriculteurs bloquent une route dans le sud-ouest de la France, le 3 décembre 2026. "
            "AFP PHOTO / Valentine Chapuis",
            "FR",
        ),
        (
            "Vendanges dans l'est de la France, le 21 septembre 2026. AFP PHOTO / Jean-Christophe Verhaegen",
            "FR",
        ),
        # German, Swedish, Danish, Czech, Romanian: the country after the language's "in".
        ("Ein Landwirt fährt über ein Feld in Deutschland, 2. Dezember 2026. Foto: Jan Woitas/dpa", "DE"),
        ("En bonde kör traktor på en åker i Sverige, 1 december 2026. Foto: Johan Nilsson/TT", "SE"),
        (
            "Bønder demonstrerer med traktorer i Danmark, 2. december 2026. Foto: Ida Guldbæk Arentsen/Ritzau Scanpix",
            "DK",
        ),
        ("Zemědělci protestují s traktory v Česku, 2. prosince 2026. ČTK/Vít Šimánek", "CZ"),
        (
            "Un fermier lucrează pe un câmp în România, 2 decembrie 2026. Foto: Inquam Photos/Octav Ganea",
            "RO",
        ),
        # Slovak "na" with the locative case ("na Slovensku": Slovensko).
        ("Hasiči zasahujú pri povodniach na Slovensku 2. decembra 2026. FOTO TASR - Martin Baumann", "SK"),
        # Turkish puts the case after an apostrophe; the month of the date is no town (Aralık, Iğdır).
        ("Bir çiftçi Türkiye'de bir tarlada çalışıyor, 2 Aralık 2026. (AA)", "TR"),
        # A country spelt with an accent a big town of the name lacks: "França" is France, not Franca (Brazil,
        # 358,000 people); "Arménia" Armenia, not Armenia (Colombia); Slovak "Salvádor" El Salvador.
        ("Ciclistas durante a etapa da Volta em França, 5 de julho de 2026. EFE/Guillaume Horcajuelo", "FR"),
        ("Refugiados chegam a uma aldeia na Arménia, 3 de outubro de 2026. LUSA/António Cotrim", "AM"),
        ("Ľudia oslavujú v uliciach v Salvádore, 3. decembra 2026. FOTO TASR/AP", "SV"),
    ],
)
def test_a_country_named_alone_is_the_country_and_no_town(
    normaliser: Normaliser, caption: str, country_code: str
) -> None:
    assert located(normaliser, caption, "city", "country_code") == (None, country_code)


@pytest.mark.parametrize(
    "caption",
    [
        # A case form the place reader's endings do not undo ("Polsce", "Hrvatskoj"): flagged, not guessed.
        "Rolnik pracuje na polu w Polsce, 2 grudnia 2026 r. Fot. Darek Delmanowicz/PAP",
        "Poljoprivrednici prosvjeduju traktorima u Hrvatskoj, 2. prosinca 2026. PIXSELL/Davor Puklavec",
        # Indonesian "di" is Italian "of" too ("il re di Spagna"): not read before a country.
        "Petani memanen padi di sawah di Indonesia, 2 Desember 2026. ANTARA FOTO/Galih Pradipta",
    ],
)
def test_a_declined_country_no_ending_undoes_is_flagged(normaliser: Normaliser, caption: str) -> None:
    record = normaliser.normalise(caption)
    assert record.location is None or record.location.city is None
    assert WarningCode.MISSING_PLACE in {w.code for w in record.warnings}


def test_a_town_named_with_its_country_is_still_the_town(normaliser: Normaliser) -> None:
    record = normaliser.normalise(
        "Et fiskefartøy i havna i Tromsø, Norge, 2. desember 2026. Foto: Rune Stoltz Bertinussen / NTB"
    )
    assert record.location is not None
    assert (record.location.city, record.location.country_code) == ("Tromsø", "NO")


@pytest.mark.parametrize(
    "text",
    [
        # To or from a country is not in it; "v" in English is "versus"; Italian "di" is "of".
        "Il re di Spagna Felipe VI saluta i sostenitori",
        "Migrantes llegan a España tras cruzar el Estrecho",
        "El presidente de Francia, Emmanuel Macron, habla con periodistas",
        "England's Harry Kane celebrates during the friendly England v Spain",
        # A compass noun without its article: French "est" is also "is".
        "Il est de France et il joue pour Lyon",
        # A region, no country: "a Catalunya".
        "Un pagès treballa en un camp a Catalunya",
    ],
)
def test_no_country_where_no_preposition_puts_the_picture_in_it(gz: Gazetteer, text: str) -> None:
    assert country_named(text, gz) is None


def test_one_country_or_none(gz: Gazetteer) -> None:
    # "de Noruega" says where the tourists come from; "från Polen" where the lorry does.
    assert country_named("Turistas de Noruega pasean por el sur de España", gz) == "España"
    assert country_named("En lastbil från Polen står i kö på motorvägen i Sverige", gz) == "Sverige"
    assert country_named("Zemědělci v Česku", gz) == "Česko"
    # Two countries: which one the picture is in is not said.
    assert country_named("Poplave u Srbiji i Sloveniji nakon kiša", gz) is None
    # "i" after a name is Polish and Croatian "and".
    assert country_named("Polska i Niemcy podpisały umowę o współpracy", gz) is None


@pytest.mark.parametrize(
    ("caption", "city", "country_code"),
    [
        # Finnish and Hungarian put the case on the town and none on the country written after it.
        (
            "Mielenosoittajat kokoontuivat Tampereella, Suomi, 2. joulukuuta 2026. Lehtikuva / Heikki Saukkomaa",
            "Tampere",
            "FI",
        ),
        ("Tüntetők Budapesten, Magyarország, 2026. december 2. MTI/Koszticsák Szilárd", "Budapest", "HU"),
    ],
)
def test_a_town_in_a_case_before_its_country_is_the_town(
    normaliser: Normaliser, caption: str, city: str, country_code: str
) -> None:
    assert located(normaliser, caption, "city", "country_code") == (city, country_code)


@pytest.mark.parametrize(
    ("caption", "city", "country_code"),
    [
        # The town spelt as it is, without the country's accent, stays the town.
        (
            "Agricultores na feira de Franca (SP), 3 de março de 2026. Foto: Joel Silva/Folhapress",
            "Franca",
            "BR",
        ),
        (
            "Coffee growers harvest beans near Armenia, Colombia, Nov. 3, 2026. REUTERS/Luisa Gonzalez",
            "Armenia",
            "CO",
        ),
    ],
)
def test_a_big_town_spelt_without_the_countrys_accent_is_the_town(
    normaliser: Normaliser, caption: str, city: str, country_code: str
) -> None:
    assert located(normaliser, caption, "city", "country_code") == (city, country_code)


@pytest.mark.parametrize(
    ("caption", "province_state", "country_code"),
    [
        # dpa and APA: a valley, no town, and its state in brackets after it.
        (
            "Bergretter bergen am Sonntag zwei Skitourengeher im Kleinwalsertal (Vorarlberg). "
            "Foto: Rolf Stocker/dpa",
            "Vorarlberg",
            "AT",
        ),
        (
            "Pistenraupen präparieren am Montag die Abfahrt im Ötztal (Tirol) vor dem Weltcup-Auftakt. "
            "Foto: Johann Groder/APA/dpa",
            "Tyrol",
            "AT",
        ),
    ],
)
def test_a_division_in_brackets_after_a_name_that_is_no_town(
    normaliser: Normaliser, caption: str, province_state: str, country_code: str
) -> None:
    assert located(normaliser, caption, "city", "province_state", "country_code") == (
        None,
        province_state,
        country_code,
    )


def test_a_town_before_its_division_in_brackets_stays_the_town(normaliser: Normaliser) -> None:
    caption = "Skifahrer warten am Sonntag an der Talstation in Sölden (Tirol). Foto: Johann Groder/APA/dpa"
    assert located(normaliser, caption, "city", "province_state") == ("Sölden", "Tyrol")


def test_a_city_that_is_a_division_in_brackets_is_the_town(normaliser: Normaliser) -> None:
    # TTXVN: a bridge, then Hanoi (a city and a province) in brackets: the town, not the province alone.
    caption = "Người dân đạp xe trên cầu Chương Dương (Hà Nội) sáng 8/3/2026. Ảnh: Thành Đạt/TTXVN"
    assert located(normaliser, caption, "city", "country_code") == ("Hanoi", "VN")


@pytest.mark.parametrize(
    ("caption", "city", "country_code"),
    [
        # Dutch joins the compass point to the country: "in Zuid-Libanon" is in southern Lebanon, and the town
        # written before it is the place.
        (
            "Bewoners keren terug naar hun huizen in Tyrus in Zuid-Libanon, dinsdag 2 maart 2027. ANP / AFP",
            "Tyre",
            "LB",
        ),
        ("Koerdische strijders in Erbil in Noord-Irak, dinsdag 2 maart 2027. ANP / AFP", "Erbil", "IQ"),
        # A province the gazetteer knows whole stays one.
        ("Wateroverlast in Delft in Zuid-Holland, dinsdag 2 maart 2027. ANP / Remko de Waal", "Delft", "NL"),
    ],
)
def test_a_compass_compound_of_a_country(
    normaliser: Normaliser, caption: str, city: str, country_code: str
) -> None:
    assert located(normaliser, caption, "city", "country_code") == (city, country_code)


def test_a_borders_side_named_for_its_people_is_that_country(normaliser: Normaliser) -> None:
    """ "on the Egyptian side": the crossing's town is read in Egypt, not in Gaza (both have a Rafah)."""
    caption = (
        "Aid trucks line up at the Rafah border crossing on the Egyptian side, Friday, March 6, 2026. (AP "
        "Photo/Mohamed Abd El Ghany)"
    )
    assert located(normaliser, caption, "sublocation", "country_code") == ("Rafah border crossing", "EG")


def test_a_name_before_its_bracketed_province_mid_sentence(normaliser: Normaliser) -> None:
    # ANSA: the base's name the gazetteer lacks, its province in brackets, the sentence going on: the
    # province's region and the country are given, and the town (the province's own) is flagged.
    record = normaliser.normalise(
        "Le Frecce Tricolori si addestrano sui cieli della base di Rivolto (Udine) in vista della nuova "
        "stagione acrobatica, 10 febbraio 2027. ANSA/ALBERTO LANCIA"
    )
    assert record.location is not None
    assert (record.location.province_state, record.location.country_code) == ("Friuli Venezia Giulia", "IT")
    assert WarningCode.AMBIGUOUS_PLACE in {w.code for w in record.warnings}


def test_a_town_before_its_bracketed_province_is_not_flagged(normaliser: Normaliser) -> None:
    record = normaliser.normalise(
        "Una manifestazione a Niscemi (Caltanissetta), 3 marzo 2027. ANSA/ORIETTA SCARDINO"
    )
    assert record.location is not None
    assert record.location.city == "Niscemi"
    assert not record.warnings


def test_a_known_base_name_not_found_before_its_province_is_flagged(normaliser: Normaliser) -> None:
    # The province's own town is given for the name the gazetteer lacks, however the gazetteer got there.
    record = normaliser.normalise(
        "Un caccia F-35 decolla dalla pista della base di Sigonella (Catania), 3 marzo 2027. ANSA/ORIETTA SCARDINO"
    )
    assert record.location is not None
    assert (record.location.province_state, record.location.country_code) == ("Sicily", "IT")
    assert WarningCode.AMBIGUOUS_PLACE in {w.code for w in record.warnings}
