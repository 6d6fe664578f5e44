"""Kinds of place phrases as agencies write them, each read for its kind: a market named by a holiday before
the square it stands in, a venue whose name runs on after "for" or "at", a road before the town it is near,
a district after its town's possessive, a town and country before a hyphen, a team named like a town, Dutch
"op de", Indonesian "di kawasan", Nordic place nouns, landforms named head first, a French department after
its town, a visiting dignitary."""

from __future__ import annotations

import pytest

from captions import Normaliser
from tests.conftest import located


@pytest.mark.parametrize(
    ("caption", "sublocation"),
    [
        (
            "Visitors browse stalls at the Christmas market at Gendarmenmarkt in Berlin, Germany, 24 November"
            " 2025. EPA/FILIP SINGER",
            "Gendarmenmarkt",
        ),
        (
            "People stroll through the Christmas market at Römerberg in Frankfurt, Germany, November 24, 2025."
            " REUTERS/Kai Pfaffenbach",
            "Römerberg",
        ),
        (
            "Devotees gather outside the Kalighat Kali Temple that remains closed on Pohela Boishakh in Kolkata,"
            " India, April 14, 2025. REUTERS/Sahiba Chawla",
            "Kalighat Kali Temple",
        ),
    ],
)
def test_a_holiday_market_describes_the_named_place_after_it(
    normaliser: Normaliser, caption: str, sublocation: str
) -> None:
    # A capitalised word before a common noun ("Christmas market") is no name closed by its noun, as "the
    # Kalighat Kali Temple" is: the name after "at" is the place.
    record = normaliser.normalise(caption)
    assert record.location is not None
    assert record.location.sublocation == sublocation


@pytest.mark.parametrize(
    ("caption", "sublocation"),
    [
        (
            "LOS ANGELES, CALIFORNIA - MARCH 01: Guests attend the Vanity Fair Oscar Party at Wallis Annenberg"
            " Center for the Performing Arts on March 01, 2026 in Beverly Hills, California. (Photo by Jon"
            " Kopaloff/WireImage)",
            "Wallis Annenberg Center for the Performing Arts",
        ),
        (
            "President Joe Biden speaks at the John F. Kennedy Center for the Performing Arts in Washington,"
            " Dec. 4, 2022. (AP Photo/Susan Walsh)",
            "John F. Kennedy Center for the Performing Arts",
        ),
        (
            "Nurses walk outside the Hospital for Sick Children in Toronto on Monday, March 3, 2025. THE"
            " CANADIAN PRESS/Chris Young",
            "Hospital for Sick Children",
        ),
        # An event after "for" is no part of the name.
        (
            "Guests arrive at Lincoln Center for the Met Gala in New York, May 5, 2025. REUTERS/Andrew Kelly",
            "Lincoln Center",
        ),
    ],
)
def test_an_institution_named_for_a_field_keeps_its_name_after_for(
    normaliser: Normaliser, caption: str, sublocation: str
) -> None:
    record = normaliser.normalise(caption)
    assert record.location is not None
    assert record.location.sublocation == sublocation


@pytest.mark.parametrize(
    ("caption", "sublocation", "city", "country"),
    [
        (
            "Emergency services at the scene on the A30 near Bodmin, Cornwall, after a lorry overturned on"
            " Thursday morning. Photo: Ben Birchall/PA Wire",
            "A30",
            "Bodmin",
            "GB",
        ),
        (
            "Vehicles drive along the I-95 near Philadelphia, Pennsylvania, Nov. 26, 2025. (AP Photo/Matt"
            " Rourke)",
            "I-95",
            "Philadelphia",
            "US",
        ),
        (
            "Firefighters work at the site of a crash on the N2 near Durban, South Africa, January 5, 2026."
            " REUTERS/Rogan Ward",
            "N2",
            "Durban",
            "ZA",
        ),
    ],
)
def test_a_road_number_before_near_is_no_town(
    normaliser: Normaliser, caption: str, sublocation: str, city: str, country: str
) -> None:
    # Letters then digits name a road: the town "near" locates is the city, the road a place by it.
    record = normaliser.normalise(caption)
    assert record.location is not None
    location = record.location
    assert (location.sublocation, location.city, location.country_code) == (sublocation, city, country)


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        (
            "A woman walks past shuttered shops in Kathmandu's Thamel district a day after the curfew was"
            " lifted. Credit...Atul Loke for The New York Times",
            "Thamel",
            "Kathmandu",
        ),
        (
            "Firefighters work at a residential building hit by a Russian drone in Kyiv's Darnytskyi district,"
            " Ukraine, August 28, 2025. REUTERS/Gleb Garanich",
            "Darnytskyi",
            "Kyiv",
        ),
        (
            "Pedestrians cross a street in Tokyo's Shibuya district, Japan, January 5, 2026. REUTERS/Kim"
            " Kyung-Hoon",
            "Shibuya",
            "Tokyo",
        ),
    ],
)
def test_a_district_after_a_towns_possessive_is_a_part_of_the_town(
    normaliser: Normaliser, caption: str, sublocation: str, city: str
) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


def test_a_district_after_a_countrys_possessive_is_a_division(normaliser: Normaliser) -> None:
    record = normaliser.normalise(
        "Police patrol in Pakistan's Khyber district, May 2, 2025. (AP Photo/Muhammad Sajjad)"
    )
    assert record.location is not None
    assert (record.location.sublocation, record.location.city, record.location.country_code) == (
        None,
        None,
        "PK",
    )


@pytest.mark.parametrize(
    ("caption", "sublocation", "city", "country"),
    [
        (
            "Hamilton, Bermuda - Members of the Bermuda Regiment parade on Front Street to mark Remembrance"
            " Day, November 11, 2025. (Photo: Akil Simmons / The Royal Gazette)",
            "Front Street",
            "Hamilton",
            "BM",
        ),
        (
            "Nassau, Bahamas - Residents clear debris along Bay Street after the hurricane passed, October 30,"
            " 2025. (Photo: Dante Carrer / The Tribune)",
            "Bay Street",
            "Nassau",
            "BS",
        ),
        (
            "Austin, Texas - Demonstrators rally on Congress Avenue outside the Capitol, January 20, 2026."
            " (Photo: Jay Janner / Austin American-Statesman)",
            "Congress Avenue",  # the landmark only locates the street the picture shows
            "Austin",
            "US",
        ),
        # Two names of another kind before the hyphen are no dateline.
        (
            "Arsenal, Chelsea - Players shake hands before the match at the Emirates Stadium, October 5, 2025."
            " (Photo: Stuart MacFarlane/Arsenal FC)",
            "Emirates Stadium",
            "London",  # the stadium itself places the picture
            "GB",
        ),
    ],
)
def test_a_town_and_its_country_before_a_hyphen_open_the_caption_as_its_dateline(
    normaliser: Normaliser, caption: str, sublocation: str, city: str | None, country: str | None
) -> None:
    record = normaliser.normalise(caption)
    assert record.location is not None
    location = record.location
    assert (location.sublocation, location.city, location.country_code) == (sublocation, city, country)


@pytest.mark.parametrize(
    ("caption", "city", "country"),
    [
        (
            "Hinchas de Belgrano alientan en el estadio Mario Alberto Kempes de Córdoba, el domingo. Foto:"
            " Pedro Castillo / Clarín",
            "Córdoba",
            "AR",
        ),
        (
            "Hinchas de Palermo celebran en el estadio Monumental de Lima, el sábado 29 de noviembre de 2025."
            " EFE/Paolo Aguilar",
            "Lima",
            "PE",
        ),
        (
            "Tifosi del Napoli allo stadio Diego Armando Maradona di Napoli, domenica 12 ottobre 2025."
            " ANSA/CESARE ABBATE",
            "Naples",
            "IT",
        ),
    ],
)
def test_the_town_a_place_is_written_with_beats_a_team_named_like_a_town(
    normaliser: Normaliser, caption: str, city: str, country: str
) -> None:
    # "de Belgrano", "de Palermo" name fans' clubs (and districts of Buenos Aires): the stadium's town,
    # written after it, is where the picture is.
    assert located(normaliser, caption, "city", "country_code") == (city, country)


@pytest.mark.parametrize(
    "caption",
    [
        "Schaatsers op de Weissensee tijdens de Alternatieve Elfstedentocht, donderdag 29 januari 2026. ANP"
        " VINCENT JANNINK",
        "Wielrenners op de Mont Ventoux tijdens de twaalfde etappe, zondag 13 juli 2025. ANP REMKO DE WAAL",
    ],
)
def test_a_dutch_article_after_a_preposition_is_no_weak_locative(
    normaliser: Normaliser, caption: str
) -> None:
    # "op de X": "de" is Dutch "the", not Romance "from"; the name after it is no town the gazetteer guesses
    # (Weißensee in Berlin, Mons for "Mont").
    record = normaliser.normalise(caption)
    assert record.location is None or record.location.city is None


def test_a_dutch_place_phrase_still_reads_its_town(normaliser: Normaliser) -> None:
    record = normaliser.normalise(
        "Toeristen op de Dam in Amsterdam, zaterdag 10 januari 2026. ANP RAMON VAN FLYMEN"
    )
    assert record.location is not None
    assert (record.location.sublocation, record.location.city) == ("Dam", "Amsterdam")


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        (
            "Warga melintasi banjir di kawasan Kampung Melayu, Jakarta, Sabtu (24/1/2026). ANTARA FOTO/Aditya"
            " Pradana Putra/nz",
            "Kampung Melayu",
            "Jakarta",
        ),
        (
            "Wisatawan berjalan di kawasan Malioboro, Yogyakarta, Minggu (4/1/2026). ANTARA FOTO/Hendra"
            " Nurdiyansyah/nz",
            "Malioboro",
            "Yogyakarta",
        ),
        (
            "Pengunjuk rasa berkumpul di depan Gedung DPR, Jakarta, Senin (25/8/2025). ANTARA FOTO/Bayu Pratama"
            " S/app",
            "Gedung DPR",
            "Jakarta",
        ),
    ],
)
def test_an_indonesian_area_or_building_before_its_town(
    normaliser: Normaliser, caption: str, sublocation: str, city: str
) -> None:
    # "di kawasan X, Kota": X is an area of the town written after it; "Gedung" heads a building's name.
    record = normaliser.normalise(caption)
    assert record.location is not None
    location = record.location
    assert (location.sublocation, location.city, location.country_code) == (sublocation, city, "ID")


@pytest.mark.parametrize(
    ("caption", "sublocation", "city", "country"),
    [
        (
            "Norrsken över Kiruna kyrka på lördagskvällen. Foto: Fredrik Sandberg/TT",
            "Kiruna kyrka",
            "Kiruna",
            "SE",
        ),
        (
            "Folk samles ved Oslo rådhus før utdelingen av Nobels fredspris. Foto: Lise Åserud / NTB",
            "Oslo rådhus",
            "Oslo",
            "NO",
        ),
    ],
)
def test_a_nordic_place_noun_after_its_towns_name(
    normaliser: Normaliser, caption: str, sublocation: str, city: str, country: str
) -> None:
    # "över", "ved": Nordic prepositions before a place; "kyrka", "rådhus" close its name after the town's.
    record = normaliser.normalise(caption)
    assert record.location is not None
    location = record.location
    assert (location.sublocation, location.city, location.country_code) == (sublocation, city, country)


@pytest.mark.parametrize(
    ("caption", "city", "country"),
    [
        (
            "Fishermen haul their nets on the Bay of Bengal near Chittagong, Bangladesh, May 2, 2025."
            " REUTERS/Mohammad Ponir Hossain",
            "Chattogram",
            "BD",
        ),
        (
            "Indian soldiers guard the Line of Actual Control near Leh, India, May 2, 2025. REUTERS/Danish"
            " Siddiqui",
            "Leh",
            "IN",
        ),
        (
            "Soldiers of the Indian Army patrol along the Line of Control in Poonch district of Jammu and"
            " Kashmir, India. (File photo) PTI",
            None,
            "IN",
        ),
    ],
)
def test_a_landform_named_head_first_is_no_town(
    normaliser: Normaliser, caption: str, city: str | None, country: str
) -> None:
    # "the Bay of Bengal", "the Line of Control": the town is the one written near it, or none.
    record = normaliser.normalise(caption)
    assert record.location is not None
    assert (record.location.city, record.location.country_code) == (city, country)
    assert "place_not_found" not in [w.code for w in record.warnings]


@pytest.mark.parametrize(
    ("caption", "city", "county"),
    [
        (
            "Des alpinistes à Chamonix-Mont-Blanc, en Haute-Savoie, le 12 juillet 2025. (Photo by JEFF PACHOUD"
            " / AFP)",
            "Chamonix-Mont-Blanc",
            "Haute-Savoie",
        ),
        (
            "Des vendangeurs à Pommard, en Côte-d'Or, le 12 septembre 2025. (Photo by JEFF PACHOUD / AFP)",
            "Pommard",
            "Côte-d'Or",
        ),
        (
            "Des manifestants à Rennes, en Ille-et-Vilaine, le 12 septembre 2025. (Photo by Damien MEYER /"
            " AFP)",
            "Rennes",
            "Ille-et-Vilaine",
        ),
    ],
)
def test_a_department_after_a_town_and_a_comma_is_its_division(
    normaliser: Normaliser, caption: str, city: str, county: str
) -> None:
    # "en Haute-Savoie": a department, which the place reader cannot class, after a known town.
    record = normaliser.normalise(caption)
    assert record.location is not None
    location = record.location
    assert (location.sublocation, location.city, location.county) == (None, city, county)


@pytest.mark.parametrize(
    ("caption", "sublocation"),
    [
        (
            "Kansas City Chiefs quarterback Patrick Mahomes throws during the first half of an NFL football"
            " game at GEHA Field at Arrowhead Stadium in Kansas City, Mo., Sunday, Dec. 7, 2025. (AP Photo/Ed"
            " Zurga)",
            "GEHA Field at Arrowhead Stadium",
        ),
        (
            "Billy Joel performs at Hulu Theater at Madison Square Garden in New York, Feb. 2, 2025. (Photo by"
            " Kevin Mazur/Getty Images)",
            "Hulu Theater at Madison Square Garden",
        ),
        # Imagn's sport caption: the venue closes the sentence, its town in the dateline.
        (
            "Nov 16, 2025; Kansas City, Missouri, USA; Kansas City Chiefs quarterback Patrick Mahomes (15)"
            " throws a pass during the first half at GEHA Field at Arrowhead Stadium. Mandatory Credit: Jay"
            " Biggerstaff-Imagn Images",
            "GEHA Field at Arrowhead Stadium",
        ),
        # An article between: two places, the nearer the town the one shown.
        (
            "Fans cheer at the fan zone at Hyde Park in London, July 2, 2025. REUTERS/Toby Melville",
            "Hyde Park",
        ),
    ],
)
def test_a_named_venue_at_a_named_venue_is_one_name(
    normaliser: Normaliser, caption: str, sublocation: str
) -> None:
    record = normaliser.normalise(caption)
    assert record.location is not None
    assert record.location.sublocation == sublocation


def test_a_visiting_dignitary_is_no_place_visited(normaliser: Normaliser) -> None:
    # "the visiting President of Kenya": "visiting" after an article is an adjective, not "visiting <place>".
    record = normaliser.normalise(
        "Emir Sheikh Tamim bin Hamad Al Thani receives the visiting President of Kenya in Doha, Qatar, August"
        " 29, 2025. REUTERS/Ibraheem Abu Mustafa"
    )
    assert record.location is not None
    assert (record.location.sublocation, record.location.city) == (None, "Doha")


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        (
            "Il presidente della Repubblica Sergio Mattarella riceve il re di Giordania al Quirinale, Roma, 14"
            " gennaio 2026. ANSA/QUIRINALE",
            "Quirinale",
            "Rome",
        ),
        (
            "La presidente del Consiglio Giorgia Meloni al Senato, Roma, 10 dicembre 2025. ANSA/ETTORE FERRARI",
            "Senato",
            "Rome",
        ),
        (
            "Il sindaco Giuseppe Sala alla Triennale, Milano, 3 marzo 2026. ANSA/MATTEO BAZZI",
            "Triennale",
            "Milan",
        ),
    ],
)
def test_a_name_after_an_articled_preposition_before_the_town_is_a_place_in_it(
    normaliser: Normaliser, caption: str, sublocation: str, city: str
) -> None:
    # ANSA: "al Quirinale, Roma": the name closing the phrase, then its town after a comma.
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


@pytest.mark.parametrize(
    ("caption", "city", "country_code"),
    [
        # A big town's name with lower-case words or an apostrophe in it is one name, no owner's.
        (
            "Commuters board a ferry at Kivukoni in Dar es Salaam, Tanzania, March 3, 2026. REUTERS/Emmanuel Herman",
            "Dar es Salaam",
            "TZ",
        ),
        (
            "Rohingya refugees queue for food rations at a camp in Cox's Bazar, Bangladesh, March 3, 2026. "
            "REUTERS/Mohammad Ponir Hossain",
            "Cox’s Bāzār",
            "BD",
        ),
        # The demonym before "city of" gives the town's country: Tripoli in Lebanon, not Libya.
        (
            "Supporters wave flags at a rally in the northern Lebanese city of Tripoli on March 3, 2026. "
            "REUTERS/Omar Ibrahim",
            "Tripoli",
            "LB",
        ),
        (
            "Fighters patrol a street in the Libyan city of Tripoli on March 3, 2026. REUTERS/Hazem Ahmed",
            "Tripoli",
            "LY",
        ),
    ],
)
def test_a_towns_own_name_and_a_demonyms_country(
    normaliser: Normaliser, caption: str, city: str, country_code: str
) -> None:
    assert located(normaliser, caption, "city", "country_code") == (city, country_code)


def test_a_neighbourhood_of_a_part_of_a_town_named_with_its_possessive(normaliser: Normaliser) -> None:
    location = normaliser.normalise(
        "Residents inspect a damaged building in the Shiyah neighbourhood of Beirut's southern suburbs, "
        "Lebanon, March 3, 2026. REUTERS/Mohamed Azakir"
    ).location
    assert location is not None
    assert (location.sublocation, location.city, location.country_code) == ("Shiyah", "Beirut", "LB")


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        # Written before a metropolis and a comma, the district is a part of it (not the governorate).
        (
            "Iraqis gather at the site of a car bomb explosion in Karrada district, Baghdad, Iraq, December 2,"
            " 2026. REUTERS/Thaier al-Sudani",
            "Karrada",
            "Baghdad",
        ),
        # In apposition after a place, a town's suburbs only locate it.
        (
            "Smoke rises after a strike on Dahiyeh, Beirut's southern suburbs, Lebanon, Thursday, Dec. 3, 2026."
            " (AP Photo/Hussein Malla)",
            "Dahiyeh",
            "Beirut",
        ),
        # The sidewalks of a district are in it.
        (
            "Holiday shoppers crowd the sidewalks of Midtown Manhattan, Friday, Nov. 27, 2026. (AP Photo/Yuki"
            " Iwamura)",
            "Midtown Manhattan",
            "New York City",
        ),
    ],
)
def test_a_district_written_before_its_town(
    normaliser: Normaliser, caption: str, sublocation: str, city: str
) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


def test_a_district_before_a_smaller_town_is_its_province(normaliser: Normaliser) -> None:
    # Kandahar heads the province the district lies in; the town itself is not shown.
    caption = (
        "Afghan police patrol in Zhari district, Kandahar, Afghanistan, December 2, 2026. REUTERS/Stringer"
    )
    assert located(normaliser, caption, "city", "province_state") == (None, "Kandahar")
