"""Landmarks named bare after a preposition, in English or their own language, with no facility word."""

from __future__ import annotations

import pytest

from captions import Normaliser
from captions._model import WarningCode
from tests.conftest import located

PLACE_FLAGS = {WarningCode.PLACE_NOT_FOUND, WarningCode.AMBIGUOUS_PLACE, WarningCode.MISSING_PLACE}


@pytest.mark.parametrize(
    ("caption", "sublocation", "city", "country_code"),
    [
        # English, with no town written: the landmark places it.
        (
            "UAE President Sheikh Mohamed bin Zayed Al Nahyan received at Qasr Al Watan today the visiting "
            "Prime Minister of Malaysia, Anwar Ibrahim. (WAM)",
            "Qasr Al Watan",
            "Abu Dhabi",
            "AE",
        ),
        (
            "Devotees take a holy dip at the Sangam on the occasion of Basant Panchami during the Magh Mela, "
            "in Prayagraj, Monday, Feb. 2, 2026. (PTI Photo)",
            "Sangam",
            "Prayagraj",
            "IN",
        ),
        # Italian "al", the town after the landmark's clause.
        (
            "Il presidente della Repubblica Sergio Mattarella riceve al Quirinale i vincitori dei premi "
            "David di Donatello, Roma, 7 maggio 2026. ANSA/UFFICIO STAMPA QUIRINALE/FRANCESCO AMMENDOLA",
            "Quirinale",
            "Rome",
            "IT",
        ),
        # Danish "til", no town at all.
        (
            "Statsminister Mette Frederiksen ankommer til Christiansborg forud for spørgetimen tirsdag den "
            "3. marts 2026. (Foto: Emil Helms/Ritzau Scanpix)",
            "Christiansborg",
            "Copenhagen",
            "DK",
        ),
        # Italian's plural article, and a walk "towards" a landmark.
        (
            "Firenze, visitatori davanti alla Venere di Botticelli nelle Gallerie degli Uffizi, 3 aprile 2027. "
            "ANSA/MAURIZIO DEGL'INNOCENTI",
            "Gallerie degli Uffizi",
            "Florence",
            "IT",
        ),
        (
            "Cyclists ride towards the Kremlin on a sunny morning on Sunday, May 2, 2027. REUTERS/Maxim Shemetov",
            "Kremlin",
            "Moscow",
            "RU",
        ),
        # Norwegian "i" before a venue the gazetteer knows.
        (
            "Therese Johaug jubler etter seieren på 30 kilometer i Holmenkollen lørdag. "
            "Foto: Stian Lysberg Solum / NTB",
            "Holmenkollen",
            "Oslo",
            "NO",
        ),
        # Swedish writes its parliament as a common noun, in lower case.
        (
            "Finansminister Elisabeth Svantesson (M) presenterar budgeten i riksdagen på måndagen. "
            "Foto: Henrik Montgomery/TT",
            "riksdagen",
            "Stockholm",
            "SE",
        ),
        # Portuguese "do": the stands of the Mineirão.
        (
            "Torcedores do Atlético lotam as arquibancadas do Mineirão antes da final, neste domingo (12). "
            "Foto: Pedro Souza/Atlético",
            "Mineirão",
            "Belo Horizonte",
            "BR",
        ),
        # Croatian locative after "na", given in the nominative.
        (
            "Navijači Dinama na Maksimiru prije derbija protiv Hajduka, 14. ožujka 2026. "
            "Foto: Igor Kralj/PIXSELL",
            "Maksimir",
            "Zagreb",
            "HR",
        ),
        # Irish eclipsis after "i": "bPáirc" is Páirc; the day after the name is no part of it.
        (
            "Lucht leanúna Mhaigh Eo i bPáirc an Chrócaigh Dé Domhnaigh, 27 Iúil 2025. Grianghraf: Sportsfile",
            "Páirc an Chrócaigh",
            "Dublin",
            "IE",
        ),
        # Dutch lower-case "stadion" before the name.
        (
            "Supporters van Feyenoord steken vuurwerk af in stadion De Kuip in Rotterdam, zondag 8 maart "
            "2026. ANP / Hollandse Hoogte / Paul Jansen",
            "De Kuip",
            "Rotterdam",
            "NL",
        ),
    ],
)
def test_a_landmark_named_bare_is_the_place(
    normaliser: Normaliser, caption: str, sublocation: str, city: str, country_code: str
) -> None:
    record = normaliser.normalise(caption, reference_date="2026-03-10")
    assert record.location is not None
    assert record.location.sublocation == sublocation
    assert record.location.city == city
    assert record.location.country_code == country_code
    assert not {w.code for w in record.warnings} & PLACE_FLAGS


@pytest.mark.parametrize(
    "caption",
    [
        # A landmark's name used as an adjective, not after a preposition, is no place shown.
        "Kremlin spokesman Dmitry Peskov attends a news conference in Moscow, Russia, January 20, 2026. "
        "Sputnik/Mikhail Metzel/Pool via REUTERS",
        # A name after a preposition that no landmark bears stays unread.
        "Ukrainian servicemen fire a howitzer at Russian positions near Kupiansk, Ukraine, March 8, 2026. "
        "REUTERS/Oleksandr Ratushniak",
    ],
)
def test_no_landmark_where_none_is_named(normaliser: Normaliser, caption: str) -> None:
    record = normaliser.normalise(caption)
    assert record.location is not None and record.location.sublocation is None


def test_a_place_named_after_a_landmark_keeps_its_whole_name(normaliser: Normaliser) -> None:
    # "Westminster" is a landmark, but "Westminster Bridge" a place of its own.
    record = normaliser.normalise(
        "Commuters cross Westminster Bridge in the rain. Picture date: Monday January 5, 2026. "
        "Photo credit should read: Yui Mok/PA Wire"
    )
    assert record.location is not None and record.location.sublocation == "Westminster Bridge"


def test_a_landmark_places_its_town_over_a_district_spelt_like_another_town(normaliser: Normaliser) -> None:
    # Berita Harian: "Kampong Glam" is a district, which a near spelling would make Cambodia's Kampong Cham.
    record = normaliser.normalise(
        "Jemaah menunaikan solat sunat Aidiladha di Masjid Sultan, Kampong Glam, pada 6 Jun. "
        "- Foto BH: AHMAD SUFFIAN",
        reference_date="2025-06-07",
    )
    assert record.location is not None
    assert (record.location.city, record.location.country_code) == ("Singapore", "SG")
    assert record.location.sublocation == "Masjid Sultan"


@pytest.mark.parametrize(
    ("caption", "sublocation"),
    [
        # The Straits Times names the estate, never the city: every place of Singapore is in Singapore.
        ("Commuters at Tampines MRT station during the evening peak on Nov 4. ST PHOTO: GAVIN FOO", None),
        ("Residents at a void deck in Woodlands on Jan 9, 2026. ST PHOTO: LIM YAOHUI", "Woodlands"),
    ],
)
def test_a_place_of_singapore_is_in_singapore(
    normaliser: Normaliser, caption: str, sublocation: str | None
) -> None:
    record = normaliser.normalise(caption, reference_date="2026-01-10")
    assert record.location is not None
    assert (record.location.city, record.location.country_code) == ("Singapore", "SG")
    if sublocation is not None:
        assert record.location.sublocation == sublocation


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        # A known landmark with its noun in lower case, a verb's object with no preposition before it.
        (
            "Fans pack Anfield stadium before the Premier League match between Liverpool and Arsenal in "
            "Liverpool, England, Sunday, Jan. 3, 2027. (AP Photo/Jon Super)",
            "Anfield stadium",
            "Liverpool",
        ),
        (
            "Snow blankets Ibrox stadium ahead of the Old Firm derby in Glasgow, Scotland, Saturday, Jan. 2, "
            "2027. (AP Photo/Scott Heppell)",
            "Ibrox stadium",
            "Glasgow",
        ),
    ],
)
def test_a_landmark_named_with_its_noun_as_an_object(
    normaliser: Normaliser, caption: str, sublocation: str, city: str
) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        # A landmark's name joined by two connectors ("de la"), after "frente al" and "en el".
        (
            "Aficionados festejan el triunfo de la selección frente al Ángel de la Independencia en la Ciudad "
            "de México, el domingo 14 de junio de 2026. (AP Foto/Eduardo Verdugo)",
            "Ángel de la Independencia",
            "Mexico City",
        ),
        (
            "Ciclistas pasan frente al Ángel de la Independencia durante el paseo dominical en la Ciudad de "
            "México, el domingo 3 de enero de 2027. (AP Foto/Marco Ugarte)",
            "Ángel de la Independencia",
            "Mexico City",
        ),
        # A possessive before it: "at his Mar-a-Lago estate", the landmark placing the picture.
        (
            "President Donald Trump greets guests at his Mar-a-Lago estate, Saturday, Jan. 2, 2027. "
            "(AP Photo/Alex Brandon)",
            "Mar-a-Lago",
            "Palm Beach",
        ),
    ],
)
def test_a_landmark_named_with_connectors_or_a_possessive(
    normaliser: Normaliser, caption: str, sublocation: str, city: str
) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


def test_a_landmark_in_a_town_named_like_a_beach(normaliser: Normaliser) -> None:
    # The chain's "Palm Beach" reads as a beach first; the gazetteer knows it as a town, and the landmark
    # named bare before it is the place within it.
    caption = (
        "President Donald Trump greets supporters at his Mar-a-Lago estate, Friday, Jan. 1, 2027, in Palm "
        "Beach, Fla. (AP Photo/Alex Brandon)"
    )
    location = normaliser.normalise(caption).location
    assert location is not None
    assert (location.sublocation, location.city, location.province_state) == (
        "Mar-a-Lago",
        "Palm Beach",
        "Florida",
    )
    # With no landmark, the town stays the town.
    location = normaliser.normalise(
        "Surfers ride waves, Friday, Jan. 1, 2027, in Palm Beach, Fla. (AP Photo)"
    ).location
    assert location is not None and (location.sublocation, location.city) == (None, "Palm Beach")


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        # A landmark with no place noun in its name, the subject of a verb in the passive: it is shown.
        (
            "The Colosseum is lit in green in Rome, Italy, on March 17, 2026, for St. Patrick's Day. "
            "(Photo by Stefano Montesi/Getty Images)",
            "Colosseum",
            "Rome",
        ),
        (
            "The Reichstag is illuminated in the colours of the Ukrainian flag in Berlin, Germany, February 24, "
            "2026. REUTERS/Lisi Niesner",
            "Reichstag",
            "Berlin",
        ),
        # A named landform no town is named after, as the subject.
        (
            "Mount Etna is seen spewing lava from Catania, Italy, November 6, 2026. REUTERS/Antonio Parrinello",
            "Mount Etna",
            "Catania",
        ),
        (
            "Lake Placid is seen from above in Lake Placid, New York, November 6, 2026. REUTERS/Stringer",
            None,
            "Lake Placid",
        ),
        # A country's initials open the subject's name.
        (
            "FILE - The U.S. Supreme Court is seen at dusk in Washington, Nov. 2, 2026. "
            "(AP Photo/Mariam Zuhaib, File)",
            "U.S. Supreme Court",
            "Washington",
        ),
        (
            "The U.K. Supreme Court, in London, is seen on Nov. 2, 2026. REUTERS/Toby Melville",
            "U.K. Supreme Court",
            "London",
        ),
        # The town as the subject is no landmark; nor is a landmark that speaks for those inside it.
        (
            "Kyiv is seen from above during a power outage in Kyiv, Ukraine, January 12, 2026. REUTERS/Gleb Garanich",
            None,
            "Kyiv",
        ),
        (
            "The Kremlin said on Monday it was ready for talks, in Moscow, Russia, January 12, 2026. "
            "REUTERS/Evgenia Novozhenina",
            None,
            "Moscow",
        ),
    ],
)
def test_a_landmark_as_the_subject_in_the_passive_is_shown(
    normaliser: Normaliser, caption: str, sublocation: str | None, city: str
) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


@pytest.mark.parametrize(
    ("caption", "sublocation"),
    [
        # The place after "behind", "in front of" only says where the landmark the caption opens with stands.
        (
            "Big Ben is seen behind Westminster Bridge at dusk in London, Britain, June 10, 2027. REUTERS/Ann Lee",
            "Big Ben",
        ),
        # No landmark opens the caption: the place after "behind" is the one named.
        (
            "Tourists stand behind Westminster Bridge in London, Britain, June 10, 2027. REUTERS/Ann Lee",
            "Westminster Bridge",
        ),
    ],
)
def test_a_landmark_subject_beats_the_place_it_is_seen_behind(
    normaliser: Normaliser, caption: str, sublocation: str
) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, "London")


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        # A name closed by its own place noun glows or towers as only a building does, known or not.
        (
            "Sydney Opera House glows during the Vivid festival in Sydney, Australia, June 4, 2027. "
            "AAP Image/Ann Lee",
            "Sydney Opera House",
            "Sydney",
        ),
        # "towers" a noun after a capitalised place noun alone: buildings, no place.
        (
            "Office towers of Frankfurt's banking district are reflected in the river Main, Frankfurt, Germany, "
            "March 2, 2027. REUTERS/Ann Lee",
            None,
            "Frankfurt am Main",
        ),
        # A club sits at the top of a table: no place.
        (
            "Manchester United Football Club sits top of the table in Manchester, Britain, June 4, 2027. "
            "REUTERS/Ann Lee",
            None,
            "Manchester",
        ),
    ],
)
def test_a_named_building_as_the_subject_of_a_verb_of_light_or_height(
    normaliser: Normaliser, caption: str, sublocation: str | None, city: str
) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


def test_a_name_towering_after_the_is_read_as_a_landmark_and_flagged(normaliser: Normaliser) -> None:
    """ "The Sagrada Familia towers over": no gazetteer landmark, no place noun; a guess from the verb, said."""
    caption = (
        "The Sagrada Familia towers over the rooftops of Barcelona, Spain, June 8, 2027. REUTERS/Ann Lee"
    )
    record = normaliser.normalise(caption)
    assert record.location is not None
    assert (record.location.sublocation, record.location.city) == ("Sagrada Familia", "Barcelona")
    assert {w.code for w in record.warnings} & PLACE_FLAGS == {WarningCode.AMBIGUOUS_PLACE}


@pytest.mark.parametrize(
    ("caption", "sublocation"),
    [
        # A person towers over a rival: no place.
        ("The Dutchman towers over his rival in Amsterdam, June 8, 2027. REUTERS/Ann Lee", None),
        # Read after a preposition, the town after it: a later "The ... towers above" makes it no guess.
        (
            "Tourists walk past Hundertwasserhaus in Vienna, Austria, June 8, 2027. The Hundertwasserhaus "
            "towers above the street. REUTERS/Ann Lee",
            "Hundertwasserhaus",
        ),
        # A named building towering over a street is shown; the street only locates it. Known, it is no guess.
        (
            "The Chrysler Building towers over Lexington Avenue in New York, June 8, 2027. REUTERS/Ann Lee",
            "Chrysler Building",
        ),
    ],
)
def test_what_towers_over_a_place(normaliser: Normaliser, caption: str, sublocation: str | None) -> None:
    record = normaliser.normalise(caption)
    assert record.location is not None and record.location.sublocation == sublocation
    assert not {w.code for w in record.warnings} & PLACE_FLAGS


def test_a_landmark_subject_beats_a_lone_noun_the_chain_reads(normaliser: Normaliser) -> None:
    """ "in a pool in Agra" reads a lone noun, no place; the landmark the subject names is."""
    caption = "The Taj Mahal is reflected in a pool in Agra, India, June 11, 2027. REUTERS/Ann Lee"
    assert located(normaliser, caption, "sublocation", "city") == ("Taj Mahal", "Agra")


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        # A known landmark, the whole opening name, before a verb of standing or shining.
        (
            "The Kremlin stands under fresh snow in Moscow, Russia, December 4, 2026. REUTERS/Yulia Morozova",
            "Kremlin",
            "Moscow",
        ),
        (
            "Hagia Sophia rises over the rooftops at dawn in Istanbul, Turkey, March 2, 2027. REUTERS/Dilara Senkaya",
            "Hagia Sophia",
            "Istanbul",
        ),
        # A known landmark, named bare, the object of a verb of the picture.
        (
            "Fresh snow covers the Acropolis in Athens, Greece, Jan. 24, 2027. (AP Photo/Yorgos Karahalis)",
            "Acropolis",
            "Athens",
        ),
        (
            "Projections illuminate the Brandenburg Gate during the Festival of Lights in Berlin, Germany, "
            "October 9, 2026. REUTERS/Fabrizio Bensch",
            "Brandenburg Gate",
            "Berlin",
        ),
        (
            "Demonstrators ring the Knesset during a protest in Jerusalem, March 15, 2027. REUTERS/Ronen Zvulun",
            "Knesset",
            "Jerusalem",
        ),
        # Not a landmark's seat speaking, a name going on past it, or a noun that makes it a person's office.
        (
            "The Kremlin warns of retaliation, in Moscow, Russia, January 12, 2027. REUTERS/Evgenia Novozhenina",
            None,
            "Moscow",
        ),
        (
            "Tourists crowd the Acropolis Museum in Athens, Greece, July 8, 2026. (AP Photo/Petros Giannakouris)",
            "Acropolis Museum",
            "Athens",
        ),
        (
            "Protesters ring the Knesset speaker's car in Tel Aviv, Israel, March 15, 2027. REUTERS/Ronen Zvulun",
            None,
            "Tel Aviv",
        ),
    ],
)
def test_a_known_landmark_as_a_bare_subject_or_object_is_shown(
    normaliser: Normaliser, caption: str, sublocation: str | None, city: str
) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


@pytest.mark.parametrize(
    ("caption", "sublocation"),
    [
        # Icelandic: the waterfall's noun glued to its name, after "við".
        (
            "Ferðamenn við Gullfoss á sunnudag. Mikil umferð var um Gullna hringinn um helgina. "
            "mbl.is/Árni Sæberg",
            "Gullfoss",
        ),
        # Portuguese: a viewpoint's peak named head first, "do" inside the name.
        (
            "Caminhantes no trilho do Pico Ruivo, na ilha da Madeira, 3 de fevereiro de 2026. "
            "GREGÓRIO CUNHA/LUSA",
            "Pico Ruivo",
        ),
        # Indonesian: "Gunung" opens the mountain's name, "di" (in) ends it.
        (
            "Asap membubung dari kawah Gunung Merapi di Sleman, DI Yogyakarta, Rabu (4/3/2026). "
            "ANTARA FOTO/Hendra Nurdiyansyah",
            "Gunung Merapi",
        ),
        # English: a viewpoint closed by "Peak" after "from".
        (
            "Hikers look out over the valley from Harrison's Peak, near Pemberton, British Columbia, "
            "Saturday, Sept. 5, 2026. (Darryl Dyck/The Canadian Press via AP)",
            "Harrison's Peak",
        ),
    ],
)
def test_a_landform_named_by_its_shape_is_the_place(
    normaliser: Normaliser, caption: str, sublocation: str
) -> None:
    (found,) = located(normaliser, caption, "sublocation")
    assert found == sublocation


@pytest.mark.parametrize(
    "caption",
    [
        # A state whose name ends like a German lake is no lake.
        "Floodwaters cover a road near Clarksville, Tennessee, Sunday, April 5, 2026. (AP Photo/George Walker IV)",
        # A town named with a landform's word is the city, no sublocation.
        "Residents clear debris in Lake Charles, La., Thursday, Aug. 27, 2026. (AP Photo/Gerald Herbert)",
    ],
)
def test_no_landform_where_a_town_or_division_is_named(normaliser: Normaliser, caption: str) -> None:
    (found,) = located(normaliser, caption, "sublocation")
    assert found is None


@pytest.mark.parametrize(
    ("caption", "sublocation"),
    [
        # Swedish and Norwegian: a capitalised adjective and a noun in its definite form, in lower case.
        (
            "Marknadsbesökare på Stora torget i Uppsala under lördagen. Foto: Claudio Bresciani/TT",
            "Stora torget",
        ),
        (
            "Turister fotograferer foran Gamle bybro i Trondheim lørdag. Foto: Ole Martin Wold / NTB",
            "Gamle bybro",
        ),
        # A compound with the noun glued on, written first, beats the quarter after it.
        (
            "Julmarknad på Stortorget i Gamla stan i Stockholm. Foto: Anders Wiklund/TT",
            "Stortorget",
        ),
    ],
)
def test_a_nordic_place_named_with_its_definite_noun(
    normaliser: Normaliser, caption: str, sublocation: str
) -> None:
    (found,) = located(normaliser, caption, "sublocation")
    assert found == sublocation


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        # "della Repubblica Sergio Mattarella al Quirinale" is one run of names joined by "al": the "al" inside
        # it opens the landmark too.
        (
            "Il presidente della Repubblica Sergio Mattarella al Quirinale, a Roma, giovedì 11 marzo 2027. "
            "ANSA/PAOLO GIANDOTTI",
            "Quirinale",
            "Rome",
        ),
        (
            "Il cancelliere tedesco Friedrich Merz con il presidente della Repubblica Sergio Mattarella al "
            "Quirinale durante la visita ufficiale, Roma, 9 marzo 2027. ANSA/ETTORE FERRARI",
            "Quirinale",
            "Rome",
        ),
    ],
)
def test_a_landmark_after_a_preposition_inside_a_run_of_names(
    normaliser: Normaliser, caption: str, sublocation: str, city: str
) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


@pytest.mark.parametrize(
    ("caption", "sublocation"),
    [
        # Swedish and Norwegian write a definite noun in lower case that says what the name after it is.
        (
            "En raket skjuts upp från rymdbasen Esrange utanför Kiruna på torsdagen. Foto: Anna Lind/TT",
            "Esrange",
        ),
        (
            "Resenärer köar på flygplatsen Landvetter utanför Göteborg på fredagen. Foto: Adam Ihse/TT",
            "Landvetter",
        ),
        (
            "Reisende venter på flyplassen Flesland utenfor Bergen søndag. Foto: Marit Hommedal / NTB",
            "Flesland",
        ),
    ],
)
def test_a_nordic_name_after_the_noun_that_says_what_it_is(
    normaliser: Normaliser, caption: str, sublocation: str
) -> None:
    assert located(normaliser, caption, "sublocation") == (sublocation,)


def test_a_parliament_named_bare_in_its_own_language(normaliser: Normaliser) -> None:
    # Switzerland's parliament building, "im Bundeshaus", has no facility word to say it is a place.
    caption = "Die Nationalräte stimmen am Donnerstag im Bundeshaus in Bern über das Gesetz ab. Keystone/Alessandro della Valle"
    assert located(normaliser, caption, "sublocation", "city") == ("Bundeshaus", "Bern")


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        # Landmarks of the gazetteer's hand-kept table of the most photographed, named bare.
        (
            "Big Ben is seen through the rain in London, Britain, February 11, 2027. REUTERS/Hollie Adams",
            "Big Ben",
            "London",
        ),
        (
            "Visitors photograph the Parthenon on a clear morning in Athens, Greece, April 2, 2027. "
            "REUTERS/Alkis Konstantinidis",
            "Parthenon",
            "Athens",
        ),
        (
            "Fireworks light up the Burj Khalifa at midnight in Dubai, United Arab Emirates, January 1, 2027. "
            "REUTERS/Rula Rouhana",
            "Burj Khalifa",
            "Dubai",
        ),
        # With no town written, the landmark places itself.
        ("Monks walk past Angkor Wat at dawn on Tuesday. (AP Photo/Heng Sinith)", "Angkor Wat", "Siem Reap"),
    ],
)
def test_a_landmark_of_the_hand_kept_table_is_shown(
    normaliser: Normaliser, caption: str, sublocation: str, city: str
) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)
