"""Towns and places as continental local pages write them (issue 13): a town heading with its department,
province or river (`date.toml` `[[dateline]]` "local", `_parse/_place/_lead.py`), a German town adjective
before a compound of a town's square, a road named for another town (`_parse/_place/_weak.py`), a Nordic
town's harbour under a dateline (`_parse/_place/_find.py`), the place after a town heading alone, and the day
word after it (`_parse/_date/_find.py`)."""

from __future__ import annotations

from datetime import date

import pytest

from captions import Normaliser
from captions._model import WarningCode
from tests.conftest import located


@pytest.mark.parametrize(
    ("caption", "city", "country"),
    [
        # A French department's number: the town in France.
        ("Mâcon (71) — La brocante des quais a attiré un large public. PHOTO PAUL MERCIER", "Mâcon", "FR"),
        ("Vannes (56). Le chantier du port a démarré. (Le Télégramme/Gaëlle Morvan)", "Vannes", "FR"),
        # A province named for its seat: the town in the seat's country (not Alba, Romania's county).
        ("Alba (Cuneo) – Il mercato del sabato in piazza Duomo. (Foto Bruna Muratore)", "Alba", "IT"),
        ("Lugo (Ravenna) – I vigili del fuoco al lavoro in piazza. (Foto Sara Bellini)", "Lugo", "IT"),
        # The river in brackets or after a slash: the town's whole name.
        ("Frankfurt (Oder). Schüler spielten auf der Brücke. Foto: Kerstin Lange", "Frankfurt (Oder)", "DE"),
        (
            "Neustadt/Aisch – Großeinsatz der Feuerwehr in einer Scheune. (Foto: Jan Huber)",
            "Neustadt an der Aisch",
            "DE",
        ),
        # A province's abbreviation, or a district the gazetteer does not know, tells nothing more.
        ("Venlo (L.) - Rookwolken boven een bedrijventerrein. (Foto: Fenna Smit)", "Venlo", "NL"),
        ("Waren (Müritz). Drachenbootrennen auf dem See. Foto: Thomas Ahlers", "Waren", "DE"),
    ],
)
def test_a_local_town_heading_with_what_tells_it_apart(
    normaliser: Normaliser, caption: str, city: str, country: str
) -> None:
    assert located(normaliser, caption, "city", "country_code") == (city, country)


def test_a_bracket_naming_no_town_heads_nothing(normaliser: Normaliser) -> None:
    record = normaliser.normalise("Marcus (Links). Der Spieler jubelt nach dem Tor. Foto: Jan Huber")
    assert record.location is None or record.location.city is None


@pytest.mark.parametrize(
    ("caption", "city"),
    [
        # A compound of two places every town has ("Markt" + "Platz"), after a town of some 20,000 people.
        (
            "Der neue Markt auf dem Eschweger Marktplatz lockte am Freitag viele an. Bild: Stefanie Salz",
            "Eschwege",
        ),
        ("Der Fuldaer Domplatz war am Sonntag voll. Foto: Jonas Keller", "Fulda"),
    ],
)
def test_a_small_towns_adjective_before_a_compound_of_its_square(
    normaliser: Normaliser, caption: str, city: str
) -> None:
    assert located(normaliser, caption, "city") == (city,)


def test_a_road_named_for_a_town_is_in_no_town_of_its_name(normaliser: Normaliser) -> None:
    record = normaliser.normalise(
        "Ein Lastwagen hat am Dienstag in der Mannheimer Straße eine Ampel umgefahren."
    )
    assert record.location is not None
    assert (record.location.city, record.location.sublocation) == (None, "Mannheimer Straße")
    assert WarningCode.AMBIGUOUS_PLACE in {w.code for w in record.warnings}


def test_a_road_named_for_a_town_under_a_town_heading(normaliser: Normaliser) -> None:
    caption = "Rottweil. Ein Lastwagen hat in der Tuttlinger Straße eine Ampel umgefahren. Foto: Jan Huber"
    assert located(normaliser, caption, "city", "sublocation") == ("Rottweil", "Tuttlinger Straße")


@pytest.mark.parametrize(
    ("caption", "city", "sublocation"),
    [
        (
            "Bodø  20280616.\nFiskebåter ligger til kai i Bodø havn før regattaen.\nFoto: Siri Eilertsen / NTB",
            "Bodø",
            "Bodø havn",
        ),
        ("Kryssningsfartyg i Visby hamn, 19 juni 2028. Foto: Jonas Lindholm", "Visby", "Visby hamn"),
    ],
)
def test_a_nordic_towns_harbour_with_the_town_read(
    normaliser: Normaliser, caption: str, city: str, sublocation: str
) -> None:
    assert located(normaliser, caption, "city", "sublocation") == (city, sublocation)


@pytest.mark.parametrize(
    ("caption", "day"),
    [
        ("Ourense. Un incendio calcinó ayer una nave. Foto: Miguel Otero", date(2028, 6, 19)),
        ("Treviso. Il mercato straordinario ieri mattina. (Foto Giulia Zanon)", date(2028, 6, 19)),
        # Yesterday as an adjective of the event: "after yesterday's storm".
        ("Połamane drzewa w Gnieźnie po wczorajszej nawałnicy. Fot. Marek Lisek", date(2028, 6, 19)),
    ],
)
def test_a_day_word_after_a_town_heading(normaliser: Normaliser, caption: str, day: date) -> None:
    record = normaliser.normalise(caption, reference_date="2028-06-20")
    assert record.date_created == day.isoformat()


def test_a_small_departments_town_heading_names_the_town(normaliser: Normaliser) -> None:
    caption = "Quimperlé (Finistère). Mercredi, la place était noire de monde. | OUEST-FRANCE"
    assert located(normaliser, caption, "city", "country_code") == ("Quimperlé", "FR")


@pytest.mark.parametrize(
    ("caption", "country"),
    [
        # Portuguese: the Algarve's Lagos, not Nigeria's bigger one.
        ("Lagos. Os bombeiros combateram ontem um incêndio num apoio de praia. Foto: Rita Soares", "PT"),
        ("Os nadadores-salvadores vigiam a praia em Lagos na manhã de ontem. Foto: Rita Soares", "PT"),
        # A country the caption writes decides.
        ("Os moradores de Lagos, na Nigéria, celebram a festa. Foto: Rita Soares", "NG"),
        # English is written everywhere: it tells nothing.
        ("Lifeguards watch the beach in Lagos on Monday. Photo: Rita Soares", "NG"),
    ],
)
def test_the_pages_language_tells_a_town_from_a_bigger_namesake_abroad(
    normaliser: Normaliser, caption: str, country: str
) -> None:
    assert located(normaliser, caption, "country_code") == (country,)


@pytest.mark.parametrize(
    ("caption", "city", "state"),
    [
        (
            "VALLADOLID, Yuc., 17 de junio.- Comerciantes reabren sus locales. Foto: Raúl Canché",
            "Valladolid",
            "Yucatán",
        ),
        (
            "GUADALAJARA, Jal., 18 de junio.- Aficionados celebran en la glorieta. Foto: Karla Ortega",
            "Guadalajara",
            "Jalisco",
        ),
    ],
)
def test_a_mexican_states_abbreviation_in_a_dateline(
    normaliser: Normaliser, caption: str, city: str, state: str
) -> None:
    assert located(normaliser, caption, "city", "country_code", "province_state") == (city, "MX", state)


@pytest.mark.parametrize(
    ("caption", "city", "sublocation"),
    [
        (
            "Fano, il cantiere del lungomare Sassonia: sono iniziati i lavori (Foto Silvia Puccini)",
            "Fano",
            "lungomare Sassonia",
        ),
        (
            "Vannes (56). Le chantier du parking de la Rabine a démarré. (Le Télégramme/Gaëlle Morvan)",
            "Vannes",
            "parking de la Rabine",
        ),
        (
            "Alagamento no bairro Boa Vista, em Joinville, nesta segunda-feira. Foto: Diego Ramos",
            "Joinville",
            "Boa Vista",
        ),
        (
            "Geel - Kinderen namen deel aan de veldloop op het domein De Mosten. Foto: Ann Verbeke",
            "Geel",
            "De Mosten",
        ),
        # The town after the name, its "de" elided: Olot.
        (
            "L'incendi d'una nau al polígon Pla de Baix d'Olot, ahir al migdia. FOTO: BOMBERS",
            "Olot",
            "polígon Pla de Baix",
        ),
    ],
)
def test_a_local_place_named_head_first(
    normaliser: Normaliser, caption: str, city: str, sublocation: str
) -> None:
    assert located(normaliser, caption, "city", "sublocation") == (city, sublocation)


@pytest.mark.parametrize(
    ("caption", "city", "sublocation"),
    [
        # A Dutch compound opening the caption with its article, and a tower's.
        ("De Thorbeckegracht in Zwolle, zaterdagmiddag. © Rianne Klomp", "Zwolle", "Thorbeckegracht"),
        (
            "LIER - Toeristen aan de Zimmertoren in Lier, donderdag. Foto: Bart Verhaegen",
            "Lier",
            "Zimmertoren",
        ),
    ],
)
def test_a_compound_place_before_in_town(
    normaliser: Normaliser, caption: str, city: str, sublocation: str
) -> None:
    assert located(normaliser, caption, "city", "sublocation") == (city, sublocation)


@pytest.mark.parametrize(
    ("caption", "country"),
    [
        # Many towns of the name where Spanish is spoken: the language settles none.
        (
            "Santa Cruz, 3 feb (ABI).- Efectivos evacúan a familias afectadas por el desborde del río. Foto: ABI",
            "BO",
        ),
        # "N.L." after a Canadian town is Newfoundland and Labrador, no Nuevo León.
        (
            "Passengers walk across the tarmac in Gander, N.L., on Thursday. THE CANADIAN PRESS/Kelly Whelan",
            "CA",
        ),
    ],
)
def test_no_namesake_settled_where_the_language_tells_nothing(
    normaliser: Normaliser, caption: str, country: str
) -> None:
    assert located(normaliser, caption, "country_code") == (country,)


def test_a_nordic_site_named_like_a_village_before_i_town(normaliser: Normaliser) -> None:
    caption = (
        "Sankthansbål ved Søndersø i Viborg, fredag den 23. juni 2028. (Foto: Mette Kjær/Ritzau Scanpix)"
    )
    assert located(normaliser, caption, "city", "country_code", "sublocation") == ("Viborg", "DK", "Søndersø")


def test_a_town_and_its_state_before_a_colon_open_the_caption(normaliser: Normaliser) -> None:
    caption = "Tlaquepaque, Jalisco: Dancers perform at the Jardín Hidalgo on Sunday. (Photo: Ana Ruiz)"
    assert located(normaliser, caption, "city", "province_state", "sublocation") == (
        "Tlaquepaque",
        "Jalisco",
        "Jardín Hidalgo",
    )
