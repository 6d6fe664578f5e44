"""The place within the town where sentence 1's chain does not hold it: a landmark named head first, the
subject of the caption, a place a landmark only locates, a place in the next sentence."""

from __future__ import annotations

import pytest

from captions import Normaliser
from captions._parse._place._sub import after_event_name
from tests.conftest import located


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        # A landmark named head first, the object of a verb rather than of a preposition.
        (
            "Worshippers fill the nave of the Cathedral of Christ the Saviour during Easter service in Moscow, "
            "Russia, May 5, 2024. REUTERS/Maxim Shemetov",
            "Cathedral of Christ the Saviour",
            "Moscow",
        ),
        (
            "Pilgrims crowd the courtyard of the Church of the Holy Sepulchre during a procession in "
            "Jerusalem, Friday, March 29, 2024. (AP Photo/Leo Correa)",
            "Church of the Holy Sepulchre",
            "Jerusalem",
        ),
        # The subject is the place; the chain after it only locates it.
        (
            "Meadowood Ranch, in California's Napa Valley, lies in ruins after the Glass Fire swept through "
            "St. Helena, Calif., Sept. 28, 2020. (AP Photo/Noah Berger)",
            "Meadowood Ranch",
            "Saint Helena",
        ),
        # A landmark after "in front of" or "outside" only locates the named place right before it.
        (
            "Police clear Wellington Street in front of Parliament Hill in Ottawa, Ontario, Feb. 19, 2022. "
            "THE CANADIAN PRESS/Justin Tang",
            "Wellington Street",
            "Ottawa",
        ),
        (
            "Protesters march along Pennsylvania Avenue outside the White House in Washington, May 1, 2024. "
            "REUTERS/Nathan Howard",
            "Pennsylvania Avenue",
            "Washington",
        ),
        # With no named place before the landmark, the landmark is the place.
        (
            "Protesters gather outside the White House in Washington, May 1, 2024. REUTERS/Nathan Howard",
            "White House",
            "Washington",
        ),
        # A named place a boat sails out of is shown, as one it leaves.
        (
            "Ferries sail out of Circular Quay during the New Year's Eve fireworks in Sydney, Wednesday, Dec. 31, "
            "2025. (AAP Image/Bianca De Marchi)",
            "Circular Quay",
            "Sydney",
        ),
        # Parts of a named place before its name: "the corridors of", "the courtyard of", a description of
        # the place between it and the town.
        (
            "Monks clean the corridors of Kiyomizu Temple, a UNESCO World Heritage site, in Kyoto, western Japan, "
            "on Dec. 26, 2026. (Kyodo) ==Kyodo",
            "Kiyomizu Temple",
            "Kyoto",
        ),
        (
            "Worshippers crowd the courtyard of Meiji Shrine in Tokyo on Jan. 1, 2026. (Kyodo) ==Kyodo",
            "Meiji Shrine",
            "Tokyo",
        ),
        # Indonesian "Pelabuhan" (port) opens a place's name.
        (
            "Pemudik antre menaiki kapal di Pelabuhan Merak, Cilegon, Banten, Minggu (20/12/2026). ANTARA "
            "FOTO/Muhammad Bagus/nym.",
            "Pelabuhan Merak",
            "Cilegon",
        ),
        # An archaeological site is a place within its town, its adjective in lower case.
        (
            "Tourists walk through the Pompeii archaeological site near Naples, Italy, on April 12, 2026. "
            "REUTERS/Ciro De Luca",
            "Pompeii archaeological site",
            "Naples",
        ),
        # Reuters sport: a venue's name may hold a hyphen, no dash of the header.
        (
            "Soccer Football - Saudi Pro League - Al Ittihad v Al Ahli - King Abdullah Sports City, Jeddah, Saudi "
            "Arabia - March 6, 2026 Al Ittihad's Karim Benzema celebrates REUTERS/Stringer",
            "King Abdullah Sports City",
            "Jeddah",
        ),
        (
            "Soccer Football - Saudi Pro League - Al Nassr v Al Shabab - Al-Awwal Park, Riyadh, Saudi Arabia - "
            "March 7, 2026 General view inside the stadium before the match REUTERS/Ahmed Yosri",
            "Al-Awwal Park",
            "Riyadh",
        ),
        # The place within the town in the next sentence, the town opening the caption.
        (
            "Rio de Janeiro – Passageiros aguardam o trem na manhã desta segunda-feira. A greve dos "
            "ferroviários reuniu centenas de pessoas na estação Central do Brasil durante quatro horas. (Tânia Rêgo/Agência Brasil)",
            "estação Central do Brasil",
            "Rio de Janeiro",
        ),
    ],
)
def test_a_place_within_the_town_outside_the_chain(
    normaliser: Normaliser, caption: str, sublocation: str, city: str
) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


def test_a_later_sentence_in_another_town_gives_no_place(normaliser: Normaliser) -> None:
    record = normaliser.normalise(
        "Brasília – Ministros chegam para a reunião. Na semana passada, o grupo visitou a estação Galeria "
        "em São Paulo. (Marcelo Camargo/Agência Brasil)"
    )
    assert record.location is not None
    assert (record.location.sublocation, record.location.city) == (None, "Brasília")


def test_a_venue_in_a_closing_dateline(normaliser: Normaliser) -> None:
    # Shutterstock's closing line: the event, the day, the venue, the town, the country, the date.
    record = normaliser.normalise(
        "Editorial use only\nMandatory Credit: Photo by Tim Ireland/Shutterstock (15412399a)\n"
        "Fans queue for tickets before the first day of play\n"
        "Wimbledon Tennis Championships, Day Two, The All England Lawn Tennis and Croquet Club, London, UK - "
        "1 Jul 2025"
    )
    assert record.location is not None
    assert record.location.city == "London"
    assert record.location.sublocation == "The All England Lawn Tennis and Croquet Club"


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        # German declines an adjective between the article and the name.
        (
            "Demonstranten stehen vor dem abgesperrten Reichstagsgebäude in Berlin. Foto: Kay Nietfeld/dpa",
            "Reichstagsgebäude",
            "Berlin",
        ),
        (
            "Touristen spazieren auf der verschneiten Karlsbrücke in Prag. Foto: Michael Heitmann/dpa",
            "Karlsbrücke",
            "Prague",
        ),
    ],
)
def test_a_declined_adjective_before_the_name(
    normaliser: Normaliser, caption: str, sublocation: str, city: str
) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


@pytest.mark.parametrize(
    ("caption", "sublocation"),
    [
        (
            "Swimmers cool off at Nyhavn, a waterfront district, in Copenhagen, Denmark, July 1, 2024. "
            "REUTERS/Tom Little",
            "Nyhavn",
        ),
        # A person after "at" is no place, nor a town.
        (
            "President Joe Biden looks at Kamala Harris, the vice president, during an event in Washington, "
            "July 1, 2024. REUTERS/Elizabeth Frantz",
            None,
        ),
    ],
)
def test_a_name_described_after_at(normaliser: Normaliser, caption: str, sublocation: str | None) -> None:
    record = normaliser.normalise(caption)
    assert record.location is not None
    assert record.location.sublocation == sublocation


@pytest.mark.parametrize(
    ("caption", "sublocation"),
    [
        # Czech puts the place in its locative case before "v <town>": read back to the nominative where
        # its noun's endings say how ("náměstí"), kept as written where they do not ("mostě").
        ("Turisté na Karlově mostě v Praze, 17. listopadu 2024. ČTK/Šimánek Vít", "Karlově mostě"),
        (
            "Lidé se shromáždili na Václavském náměstí v Praze, 17. listopadu 2024. ČTK/Roman Vondrouš",
            "Václavské náměstí",
        ),
    ],
)
def test_a_place_before_a_weak_locative_town(normaliser: Normaliser, caption: str, sublocation: str) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, "Prague")


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        # Spanish: an indefinite article before a common noun of a town names the town, no place in it.
        (
            "Migrantes esperan en un albergue de Ciudad Juárez, México, el lunes 20 de enero de 2025. "
            "(Foto AP/Christian Chávez)",
            None,
            "Ciudad Juárez",
        ),
        (
            "Voluntarios limpian una calle de Paiporta (Valencia) tras la dana. Foto: EFE/Manuel Bruque.",
            None,
            "Paiporta",
        ),
        # A capitalised head with a connector after it: the name of the place.
        (
            "Simpatizantes se reúnen frente al Palacio de La Moneda en Santiago, Chile, 4 de septiembre de "
            "2024. REUTERS/Ivan Alvarado",
            "Palacio de La Moneda",
            "Santiago",
        ),
        # French elides the article: "à l'Assemblée nationale".
        (
            "La première ministre s'adresse aux députés à l'Assemblée nationale, à Paris, le mardi 4 février "
            "2025. (Photo AFP/Ludovic Marin)",
            "Assemblée nationale",
            "Paris",
        ),
        # Adjectives between the article and a named facility.
        (
            "A sign marks the entrance to the shuttered Memorial Hospital in Fort Scott, Kan. "
            "(AP Photo/Charlie Riedel)",
            "Memorial Hospital",
            "Fort Scott",
        ),
    ],
)
def test_places_after_articles(
    normaliser: Normaliser, caption: str, sublocation: str | None, city: str
) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


@pytest.mark.parametrize(
    ("caption", "sublocation"),
    [
        # German: the top or the shore, then a genitive article and the mountain's or the lake's name.
        (
            "Bergsteiger auf dem Gipfel der Alpspitze bei Garmisch-Partenkirchen am Samstag (11.07.2026). "
            "Foto: Karl-Josef Hildenbrand/dpa",
            "Alpspitze",
        ),
        (
            "Spaziergänger am Ufer des Eibsee bei Grainau am Sonntag (16.08.2026). Foto: Patrick Seeger/dpa",
            "Eibsee",
        ),
    ],
)
def test_a_german_top_or_shore_gives_the_landform(
    normaliser: Normaliser, caption: str, sublocation: str
) -> None:
    (found,) = located(normaliser, caption, "sublocation")
    assert found == sublocation


@pytest.mark.parametrize(
    ("caption", "sublocation"),
    [
        # German: a part of a church or a house, then a genitive article and the building's name.
        (
            "14.04.2027, Sachsen, Leipzig: Besucher stehen vor dem Portal der Nikolaikirche in Leipzig. "
            "Foto: Jan Woitas/dpa",
            "Nikolaikirche",
        ),
        (
            "21.03.2027, Hamburg: Besucher sitzen auf den Stufen der Elbphilharmonie in Hamburg. "
            "Foto: Marcus Brandt/dpa",
            "Elbphilharmonie",
        ),
        # English: the part in lower case before "of" and the church's name.
        (
            "Tourists look up beneath the dome of the Pantheon in Rome, Italy, May 3, 2027. "
            "REUTERS/Remo Casilli",
            "Pantheon",
        ),
        (
            "Worshippers pray before the altar of St Mary's Cathedral in Sydney, Australia, April 2, 2027. "
            "REUTERS/Jaimi Joy",
            "St Mary's Cathedral",
        ),
    ],
)
def test_a_part_of_a_building_gives_the_building(
    normaliser: Normaliser, caption: str, sublocation: str
) -> None:
    (found,) = located(normaliser, caption, "sublocation")
    assert found == sublocation


@pytest.mark.parametrize(
    "caption",
    [
        # "county" and "parish" in lower case say whose building it is, not which: no name.
        "Supporters rally outside the county courthouse in Waukesha, Wis., Monday, Nov. 23, 2026. "
        "(AP Photo/Morry Gash)",
        "Villagers gather outside the parish church in Ballina, Ireland, Sunday, March 15, 2026. "
        "(AP Photo/Peter Morrison)",
    ],
)
def test_a_common_building_of_a_county_or_parish_is_no_name(normaliser: Normaliser, caption: str) -> None:
    assert located(normaliser, caption, "sublocation") == (None,)


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        # A named facility as a verb's object, its town later in the sentence.
        (
            "Devotees throng the Golden Temple on the occasion of Baisakhi, in Amritsar, Sunday, April 13, "
            "2025. (PTI Photo)",
            "Golden Temple",
            "Amritsar",
        ),
        # PA: a venue, then its town alone.
        (
            "Arsenal's Bukayo Saka celebrates during the Premier League match at Villa Park, Birmingham. "
            "Picture date: Saturday April 5, 2025. Photo credit should read: David Davies/PA Wire.",
            "Villa Park",
            "Birmingham",
        ),
        # A camp before a division: the town is read off its name.
        (
            "Israeli troops patrol in Tulkarm refugee camp in the Israeli-occupied West Bank, January 22, "
            "2025. REUTERS/Raneen Sawafta",
            "Tulkarm refugee camp",
            "Ţūlkarm",
        ),
        # A port named after its town, the town and its state and country after it.
        (
            "Trucks line up at the Port of Long Beach in Long Beach, California, US, on Tuesday, May 6, 2025. "
            "Photographer: Patrick Fallon/Bloomberg via Getty Images",
            "Port of Long Beach",
            "Long Beach",
        ),
    ],
)
def test_named_places_beside_their_town(
    normaliser: Normaliser, caption: str, sublocation: str, city: str
) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


@pytest.mark.parametrize(
    "caption",
    [
        "In this photo provided by the Ukrainian Presidential Press Office, soldiers rest in Bakhmut, Ukraine, "
        "Sunday, June 5, 2022. (Ukrainian Presidential Press Office via AP)",
        "In this photo provided by the Monterey County Sheriff's Office, a road is seen near Big Sur, Calif., "
        "Sunday, March 31, 2024. (Monterey County Sheriff's Office via AP)",
    ],
)
def test_an_office_that_provides_a_photo_is_no_place(normaliser: Normaliser, caption: str) -> None:
    record = normaliser.normalise(caption)
    assert record.location is not None and record.location.sublocation is None


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        # A name after "at" and before a preposition, its town later.
        (
            "Devotees take a holy dip at Sangam on the occasion of Mauni Amavasya during the Magh Mela in "
            "Prayagraj, Uttar Pradesh on Jan 29, 2025. (Photo: IANS)",
            "Sangam",
            "Prayagraj",
        ),
        # A name a place noun describes.
        (
            "Lawmakers attend a session of the Riigikogu, the Estonian parliament, in Tallinn, 10 November "
            "2025. EPA/TOMS KALNINS",
            "Riigikogu",
            "Tallinn",
        ),
        # A bare name after a walk past it, a place noun describing it.
        (
            "Pilgrims walk past Bete Amanuel, a rock-hewn church, in Lalibela, Ethiopia, Monday, March 22, "
            "2027. (AP Photo/Mulugeta Ayene)",
            "Bete Amanuel",
            "Lalibela",
        ),
        # The same after a walk past a person described: no place noun, no place.
        (
            "Tourists walk past Sophia Loren, a film star, in Rome, Italy, Monday, March 22, 2027. (AP "
            "Photo/Gregorio Borgia)",
            None,
            "Rome",
        ),
        # A verb of looking: a person after "at", no place.
        (
            "Fans look at Erling Haaland during a training session in Manchester, Britain, May 2, 2025. "
            "REUTERS/Phil Noble",
            None,
            "Manchester",
        ),
    ],
)
def test_names_described_as_places(
    normaliser: Normaliser, caption: str, sublocation: str | None, city: str
) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


def test_a_closing_dateline_places_a_stage_the_gazetteer_lacks(normaliser: Normaliser) -> None:
    # The body's "on the Other Stage" is no town: the closing line's venue and town place the picture.
    record = normaliser.normalise(
        "EDITORIAL USE ONLY\nMandatory Credit: Photo by Matt Crossick/Shutterstock (15398302a)\n"
        "Fans watch a set on the Other Stage\n"
        "Glastonbury Festival, Day 3, Worthy Farm, Pilton, Somerset, UK - 27 Jun 2025"
    )
    assert record.location is not None
    assert (record.location.sublocation, record.location.city) == ("Worthy Farm", "Pilton")
    assert record.location.country_code == "GB"


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        # dpa writes names in guillemets or German quotes: after a visit or a preposition, the place.
        (
            "König Charles bei seinem Besuch im «Maggie's Centre», einem Krebszentrum in London. "
            "Foto: Chris Jackson/PA Wire/dpa",
            "Maggie's Centre",
            "London",
        ),
        ("Die Band spielt im „Berghain“ in Berlin. Foto: Christoph Soeder/dpa", "Berghain", "Berlin"),
    ],
)
def test_a_quoted_name_visited(normaliser: Normaliser, caption: str, sublocation: str, city: str) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


@pytest.mark.parametrize(
    ("caption", "sublocation"),
    [
        # A page's lower-case place noun after the name ("hospital", "garden"), with no article before.
        (
            "Wes Streeting talks to nurses during a visit to Royal Derby hospital in Derby, England. "
            "Photograph: Jacob King/PA",
            "Royal Derby hospital",
        ),
        ("Cherry blossoms frame Shinjuku Gyoen garden in Tokyo on Monday. | KYODO", "Shinjuku Gyoen garden"),
        # A name and a title-case noun after a word that leads to a place.
        (
            "Ambulances queue outside Royal Infirmary Hospital in Edinburgh, Scotland, Jan. 4, 2026. "
            "REUTERS/Russell Cheyne",
            "Royal Infirmary Hospital",
        ),
        # A verb of crowds leads to the place they fill.
        (
            "Shoppers crowd Oxford Street in London, Britain, November 27, 2026, on Black Friday. "
            "REUTERS/Hollie Adams",
            "Oxford Street",
        ),
        (
            "Supporters line Pennsylvania Avenue in Washington, Wednesday, Jan. 20, 2027. (AP Photo/Julio Cortez)",
            "Pennsylvania Avenue",
        ),
        # A verb of a view, a walk or a patrol leads to the place too.
        (
            "A drone view shows New Farm Park in Brisbane, Australia, March 9, 2027. REUTERS/Jaimi Joy",
            "New Farm Park",
        ),
        (
            "An aerial view shows Hyde Park in Sydney, Australia, March 9, 2027. REUTERS/Jaimi Joy",
            "Hyde Park",
        ),
        (
            "Police officers patrol Beale Street after a shooting in Memphis, Tennessee, on July 5, 2027. "
            "REUTERS/Karen Pulfer Focht",
            "Beale Street",
        ),
        # Weather, water or a crowd holding a place leads to it too.
        (
            "Snow blankets Wenceslas Square in Prague, Czech Republic, January 14, 2027. REUTERS/David Cerny",
            "Wenceslas Square",
        ),
        (
            "Demonstrators occupy Tahrir Square in Cairo, Egypt, March 2, 2027. REUTERS/Amr Abdallah",
            "Tahrir Square",
        ),
        (
            "FILE - Floodwaters from the Des Moines River cover Riverview Park in Ottumwa, Iowa, on June 3, "
            "2026. (Jane Hollis/The Courier via AP, File)",
            "Riverview Park",
        ),
        # A street worked on, blocked or soaked, or a stretch of it.
        (
            "Crews resurface a stretch of Elm Street in Dover, Delaware, on Tuesday, May 16, 2028. "
            "(Photo: Karen Lyle/Delaware State News)",
            "Elm Street",
        ),
        (
            "A fallen oak blocks Maple Avenue in Ithaca, N.Y., Thursday, Sept. 7, 2028. (AP Photo/Cara Hollis)",
            "Maple Avenue",
        ),
        (
            "Heavy rain soaks Meeting Street in Charleston, S.C., on Friday. Henry Tolbert/Staff",
            "Meeting Street",
        ),
        # A screen that shows a person names no place.
        (
            "A screen shows Manchester United manager Ruben Amorim in Manchester, Britain, March 9, 2027. "
            "REUTERS/Phil Noble",
            None,
        ),
        # After "with", a name and a noun may be a person: "Mayor Park" is no place.
        ("Prime Minister Kim speaks with Mayor Park in Busan, South Korea, on Friday. Yonhap", None),
    ],
)
def test_a_named_facility_with_no_article_before_the_town(
    normaliser: Normaliser, caption: str, sublocation: str | None
) -> None:
    location = normaliser.normalise(caption).location
    assert location is not None
    assert location.sublocation == sublocation


def test_a_venue_named_with_a_possessive_before_its_town(normaliser: Normaliser) -> None:
    caption = (
        "Shoppers queue outside Sainsbury's, Leeds, Britain, December 23, 2025. REUTERS/Molly Darlington"
    )
    assert located(normaliser, caption, "sublocation", "city") == ("Sainsbury's", "Leeds")


def test_no_place_from_the_course_of_a_visit_nor_its_organiser(normaliser: Normaliser) -> None:
    caption = (
        "A view shows the Kursk Nuclear Power Plant in the course of a media tour organised by the Russian "
        "Foreign Ministry in Kurchatov, Kursk region, Russia, March 21, 2025. REUTERS/Maxim Shemetov"
    )
    assert located(normaliser, caption, "sublocation", "city") == ("Kursk Nuclear Power Plant", "Kurchatov")


def test_a_named_junction_is_a_place_within_a_region(normaliser: Normaliser) -> None:
    caption = (
        "Israeli soldiers stand guard at the Tunnels Junction in the West Bank, January 9, 2026. "
        "REUTERS/Ammar Awad"
    )
    assert located(normaliser, caption, "sublocation", "city", "country_code") == (
        "Tunnels Junction",
        None,
        "PS",
    )


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        (
            "Tifosi della Roma allo stadio Olimpico di Roma prima della partita, 2 marzo 2026. (Foto Rossi/LaPresse)",
            "stadio Olimpico",
            "Rome",
        ),
        (
            "Cientos de personas se concentran en la plaza del Obradoiro de Santiago de Compostela, el 25 de julio "
            "de 2025. EFE/Lavandeira jr",
            "plaza del Obradoiro",
            "Santiago de Compostela",
        ),
    ],
)
def test_a_place_written_head_first_with_its_town_after_de(
    normaliser: Normaliser, caption: str, sublocation: str, city: str
) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


def test_a_named_object_closed_by_a_participle(normaliser: Normaliser) -> None:
    caption = (
        "A view shows the Chonhar Bridge connecting the Kherson region with the Crimean peninsula, in Chonhar, "
        "Ukraine, June 22, 2023. REUTERS/Stringer"
    )
    assert located(normaliser, caption, "sublocation", "city") == ("Chonhar Bridge", "Chonhar")


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        (
            "Children play football in Kibera, a sprawling slum in Nairobi, Kenya, March 3, 2025. "
            "REUTERS/Monicah Mwangi",
            "Kibera",
            "Nairobi",
        ),
        (
            "Residents clear debris after floods in Rocinha, a hillside community in Rio de Janeiro, Brazil, "
            "April 9, 2025. REUTERS/Pilar Olivares",
            "Rocinha",
            "Rio de Janeiro",
        ),
    ],
)
def test_a_place_described_as_part_of_the_town_after_it(
    normaliser: Normaliser, caption: str, sublocation: str, city: str
) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        (
            "Des milliers de personnes se rassemblent place de la Bastille à Paris, le 1er mai 2025. "
            "(Photo Julien De Rosa / AFP)",
            "place de la Bastille",
            "Paris",
        ),
        (
            "Turistas caminan por la plaza de la Constitución en Santiago, Chile, el 3 de marzo de 2025. "
            "EFE/ Elvis González",
            "plaza de la Constitución",
            "Santiago",
        ),
    ],
)
def test_a_place_noun_in_lower_case_then_an_articled_connector_is_named(
    normaliser: Normaliser, caption: str, sublocation: str, city: str
) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        (
            "Torino, 10/03/2026 - Campionati italiani di pattinaggio, gara maschile al Torino Ice Stadium. "
            "Nella foto: Mario Rossi (Foto Marco Alpozzi/LaPresse)",
            "Torino Ice Stadium",
            "Turin",
        ),
        (
            "Bologna, 10/03/2026 - Basket Eurolega, Virtus contro Olympiacos alla Virtus Segafredo Arena. "
            "Nella foto: il pubblico (Foto Michele Nucci/LaPresse)",
            "Virtus Segafredo Arena",
            "Bologna",
        ),
    ],
)
def test_a_named_facility_after_an_articled_preposition(
    normaliser: Normaliser, caption: str, sublocation: str, city: str
) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


def test_a_place_noun_in_lower_case_then_an_adjective_before_its_name(normaliser: Normaliser) -> None:
    record = normaliser.normalise(
        "Camiones esperan para cruzar el puente internacional Zaragoza, en Ciudad Juárez, México, el 5 de "
        "marzo de 2025. (Foto AP/Christian Chavez)"
    )
    assert record.location is not None
    assert (record.location.sublocation, record.location.city) == (
        "puente internacional Zaragoza",
        "Ciudad Juárez",
    )


def test_a_town_named_like_a_place_is_no_place_within_itself(normaliser: Normaliser) -> None:
    record = normaliser.normalise(
        "Chile's Health Minister Ana Rojas visits a clinic, Puente Alto, Chile - 13 July 2015 Mandatory Credit: "
        "Photo by Pedro Nakamura/Shutterstock (12448876a)"
    )
    assert record.location is not None
    assert (record.location.sublocation, record.location.city) == (None, "Puente Alto")


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        (
            "Demonstrators fill the Zocalo, Mexico City's main square, during a march for the missing students, "
            "in Mexico City, Friday, Sept. 26, 2025. (AP Photo/Marco Ugarte)",
            "Zocalo",
            "Mexico City",
        ),
        (
            "Fans celebrate at the Puerta del Sol, Madrid's central square, after the Champions League final "
            "in Madrid, Spain, June 1, 2025. REUTERS/Violeta Santos Moura",
            "Puerta del Sol",
            "Madrid",
        ),
        (
            "Protesters gather outside the Casa Rosada, Argentina's presidential palace, during a pension "
            "protest in Buenos Aires, Argentina, March 12, 2025. REUTERS/Matias Baglietto",
            "Casa Rosada",
            "Buenos Aires",
        ),
    ],
)
def test_a_name_its_towns_possessive_describes_as_a_place(
    normaliser: Normaliser, caption: str, sublocation: str, city: str
) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        # A landmark after "in front of" locates the place before it, the one shown.
        (
            "ATHENS, GREECE - FEBRUARY 28: Protesters gather at Syntagma Square in front of the Greek Parliament "
            "to mark the anniversary of the train crash on February 28, 2025 in Athens, Greece. "
            "(Photo by Milos Bicanski/Getty Images)",
            "Syntagma Square",
            "Athens",
        ),
        (
            "Supporters of the opposition rally at Plaza Bolivar next to the National Assembly during a protest "
            "on January 10, 2025 in Caracas, Venezuela. (Photo by Jesus Vargas/Getty Images)",
            "Plaza Bolivar",
            "Caracas",
        ),
        # A named part of a facility, before "of the" and the facility: the part is the place shown.
        (
            "Cargo ships wait to enter the Miraflores Locks of the Panama Canal in Panama City, Panama, "
            "20 September 2025. EPA-EFE/BIENVENIDO VELASCO",
            "Miraflores Locks",
            "Panama City",
        ),
        # Facility nouns: a penitentiary, a canal.
        (
            "Smoke rises from the Litoral Penitentiary during a riot in Guayaquil, Ecuador, November 9, 2025. "
            "REUTERS/Vicente Gaibor del Pino",
            "Litoral Penitentiary",
            "Guayaquil",
        ),
        (
            "Gondolas cross the Grand Canal in Venice, Italy, May 5, 2025. REUTERS/Manuel Silvestri",
            "Grand Canal",
            "Venice",
        ),
    ],
)
def test_the_place_shown_beside_another_or_within_it(
    normaliser: Normaliser, caption: str, sublocation: str, city: str
) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


@pytest.mark.parametrize(
    ("caption", "sublocation"),
    [
        (
            "Pope Leo XIV waves to the faithful from the central loggia of St. Peter's Basilica at the Vatican, "
            "Sunday, May 18, 2025. (AP Photo/Alessandra Tarantino)",
            "St. Peter's Basilica",
        ),
        (
            "Patients wait outside Mt. Sinai Hospital in New York, May 5, 2025. REUTERS/Mike Segar",
            "Mt. Sinai Hospital",
        ),
    ],
)
def test_a_facility_name_opening_with_an_abbreviation_keeps_it(
    normaliser: Normaliser, caption: str, sublocation: str
) -> None:
    record = normaliser.normalise(caption)
    assert record.location is not None and record.location.sublocation == sublocation


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        # A place of the town described in a segment of its own, "one of" the town's or country's parts.
        (
            "Residents walk past graffiti in Rocinha, one of Brazil's largest favelas, in Rio de Janeiro, "
            "Brazil, Monday, Oct. 27, 2025. (AP Photo/Silvia Izquierdo)",
            "Rocinha",
            "Rio de Janeiro",
        ),
        (
            "Children play football in Kibera, one of Africa's biggest slums, in Nairobi, Kenya, May 3, 2025. "
            "REUTERS/Monicah Mwangi",
            "Kibera",
            "Nairobi",
        ),
        # A noun that is also a verb before a place noun: "train" of "Atocha train station".
        (
            "Commuters walk through Atocha train station during a nationwide power outage in Madrid, Spain, "
            "April 28, 2025. REUTERS/Juan Medina",
            "Atocha train station",
            "Madrid",
        ),
        (
            "Tourists crowd the Trevi Fountain, one of the city's most famous landmarks, in Rome, Italy, "
            "August 12, 2025. REUTERS/Remo Casilli",
            "Trevi Fountain",
            "Rome",
        ),
    ],
)
def test_parts_of_the_town_and_their_nouns(
    normaliser: Normaliser, caption: str, sublocation: str, city: str
) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


def test_countries_either_side_of_a_border_are_no_sublocation(normaliser: Normaliser) -> None:
    record = normaliser.normalise(
        "A truck waits at the border between Brazil and Paraguay, in Foz do Iguacu, Brazil, March 3, 2025. "
        "REUTERS/Christian Rizzi"
    )
    assert record.location is not None
    assert (record.location.sublocation, record.location.city) == (None, "Foz do Iguaçu")


def test_a_name_described_by_a_noun_phrase_with_of(normaliser: Normaliser) -> None:
    record = normaliser.normalise(
        "Polish Prime Minister Donald Tusk attends a session of the Sejm, the lower house of parliament, in "
        "Warsaw, Poland on October 9, 2025. (Photo by Wojtek Radwanski / AFP)"
    )
    assert record.location is not None
    assert (record.location.sublocation, record.location.city) == ("Sejm", "Warsaw")


@pytest.mark.parametrize(
    ("caption", "city"),
    [
        # A participle says what became of a place, not which place it is.
        (
            "Volunteers clear mud from a flooded street in Valencia, Spain, Nov. 2, 2024. REUTERS/Eva Manez",
            "Valencia",
        ),
        (
            "A rescuer searches a damaged building in Kharkiv, Ukraine, May 6, 2024. REUTERS/Vyacheslav Madiyevskyy",
            "Kharkiv",
        ),
        # A participle clause about a lone noun: the bench is still a lone noun.
        (
            "A man rests on a bench facing the sea in Dakar, Senegal, May 6, 2024. REUTERS/Zohra Bensemra",
            "Dakar",
        ),
        # The town's own first word, inside a festival's name, is no place within it.
        (
            "Fans cheer during the Rock in Rio festival in Rio de Janeiro, Brazil, Sept. 14, 2024. REUTERS/Ana Lima",
            "Rio de Janeiro",
        ),
        (
            "Visitors walk through the Mexico pavilion in Mexico City, Mexico, Jan. 3, 2024. REUTERS/Raquel Cunha",
            "Mexico City",
        ),
    ],
)
def test_no_sublocation_from_a_lone_noun_or_the_towns_own_name(
    normaliser: Normaliser, caption: str, city: str
) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (None, city)


@pytest.mark.parametrize(
    ("caption", "sublocation"),
    [
        # A noun that says which place is kept, with or without a name.
        (
            "A woman votes at a polling station in Nairobi, Kenya, Aug. 9, 2022. REUTERS/Thomas Mukoya",
            "polling station",
        ),
        (
            "Fans gather at the Maracana stadium overlooking the lagoon in Rio de Janeiro, Brazil, May 6, 2024. REUTERS/Ana Lima",
            "Maracana stadium",
        ),
    ],
)
def test_a_place_noun_that_says_which_is_kept(normaliser: Normaliser, caption: str, sublocation: str) -> None:
    location = normaliser.normalise(caption).location
    assert location is not None
    assert location.sublocation == sublocation


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        # Alamy Live News: the town and the date are sentences of their own; the place is in the next.
        (
            "Brighton, East Sussex, UK. 2nd August 2025. Paddleboarders head out at dawn beside Brighton "
            "Palace Pier. Credit: Simon Dack/Alamy Live News",
            "Brighton Palace Pier",
            "Brighton",
        ),
        (
            "Whitby, North Yorkshire, UK. 3rd August 2025. Holidaymakers on the sands below Whitby Abbey. "
            "Credit: Ian Forsyth/Alamy Live News",
            "Whitby Abbey",
            "Whitby",
        ),
        # Czech: a street in the locative, given in the nominative its noun's table entry says.
        (
            "Lidé zapalují svíčky na Národní třídě v Praze, 17. listopadu 2025. ČTK/Šimánek Vít",
            "Národní třída",
            "Prague",
        ),
    ],
)
def test_a_place_in_a_later_sentence_or_a_case(
    normaliser: Normaliser, caption: str, sublocation: str, city: str
) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


@pytest.mark.parametrize(
    "caption",
    [
        # Reuters' aside names the country after "on": no place within the town.
        "A local resident walks past a building damaged by a Russian drone strike, amid Russia's attack on "
        "Ukraine, in Kharkiv, Ukraine May 6, 2026. REUTERS/Sofiia Gatilova",
        "Rescuers work at a site of an apartment building hit by a Russian drone strike, amid Russia's attack "
        "on Ukraine, in Odesa May 6, 2026. REUTERS/Nina Liashonok",
    ],
)
def test_a_country_is_no_sublocation(normaliser: Normaliser, caption: str) -> None:
    record = normaliser.normalise(caption)
    assert record.location is not None and record.location.city is not None
    assert record.location.sublocation is None


@pytest.mark.parametrize(
    ("caption", "city", "country_code"),
    [
        # A town whose own name holds a possessive is no owner and a place in it.
        (
            "Rohingya refugees queue for food rations at a camp in Cox's Bazar, May 6, 2026. "
            "REUTERS/Ro Yassin Abdu",
            "Cox’s Bāzār",
            "BD",
        ),
        (
            "Members of the public attend a vigil in King's Lynn, Norfolk. Picture date: Friday June 5, 2026. "
            "Photo credit should read: Joe Giddens/PA Wire",
            "King's Lynn",
            "GB",
        ),
    ],
)
def test_a_town_named_with_a_possessive(
    normaliser: Normaliser, caption: str, city: str, country_code: str
) -> None:
    assert located(normaliser, caption, "city", "country_code") == (city, country_code)


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        # A named place "on" a landmark is the more exact place.
        (
            "Senators listen to a speech in the Senate of Canada Building on Parliament Hill in Ottawa, Ontario, "
            "Feb. 4, 2025. THE CANADIAN PRESS/Sean Kilpatrick",
            "Senate of Canada Building",
            "Ottawa",
        ),
        # A division named after the place is no place within the town; the place before it is.
        (
            "Surfers ride waves at Manly Beach as a heatwave grips Queensland and New South Wales, in Sydney, "
            "Australia, January 12, 2025. REUTERS/Jaimi Joy",
            "Manly Beach",
            "Sydney",
        ),
        # A known landmark that holds its own place noun keeps no noun describing it.
        (
            "Colombia's President Gustavo Petro speaks at the Casa de Nariño presidential palace in Bogota, "
            "Colombia, March 5, 2025. REUTERS/Luisa Gonzalez",
            "Casa de Nariño",
            "Bogotá",
        ),
        # A name closing with whom the place is for, after a visit.
        (
            "Prince William meets patients during a visit to the Evelina Hospital for Children in London. "
            "Picture date: Tuesday March 4, 2025. PA Photo. Photo credit should read: Jonathan Brady/PA Wire",
            "Evelina Hospital for Children",
            "London",
        ),
        # A phrase naming a time between the place and the town is no place.
        (
            "Students walk across Library Lawn on the first day of spring classes in Madison, Wisconsin, "
            "Jan. 21, 2025. (AP Photo/Morry Gash)",
            "Library Lawn",
            "Madison",
        ),
        # Turkish: a venue named with a borrowed noun, its case after the apostrophe, the town in the dateline.
        (
            "Fenerbahçe Beko oyuncuları, Ülker Arena'da oynanan maçta sevindi. İstanbul, 7 Aralık 2026 (AA)",
            "Ülker Arena",
            "Istanbul",
        ),
        (
            "Beşiktaş taraftarları, Tüpraş Stadyumu'nda oynanan Galatasaray maçında takımlarını destekledi. "
            "İstanbul, 6 Aralık 2026 (DHA)",
            "Tüpraş Stadyumu",
            "Istanbul",
        ),
        # Dutch: a name with its neuter article after "van".
        (
            "Premier Bart De Wever tijdens het debat van het Federaal Parlement in Brussel, donderdag 6 maart "
            "2025. BELGA PHOTO ERIC LALMAND",
            "Federaal Parlement",
            "Brussels",
        ),
    ],
)
def test_a_place_among_others_before_the_town(
    normaliser: Normaliser, caption: str, sublocation: str, city: str
) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


def test_a_bare_landmark_keeps_the_noun_naming_its_part(normaliser: Normaliser) -> None:
    record = normaliser.normalise(
        "Ducklings swim in the Capitol reflecting pool in Washington, May 6, 2025. REUTERS/Kent Nishimura"
    )
    assert record.location is not None
    assert record.location.sublocation == "Capitol reflecting pool"


def test_a_venue_written_with_its_branch(normaliser: Normaliser) -> None:
    # Getty: a name after the venue that names no town or division is part of the venue's name.
    record = normaliser.normalise(
        "LOS ANGELES, CALIFORNIA - MAY 3: Guests attend a party at The Hollywood Roosevelt, Tropicana Pool on "
        "May 3, 2025 in Los Angeles, California. (Photo by Jon Kopaloff/Getty Images)"
    )
    assert record.location is not None
    assert (record.location.sublocation, record.location.city) == (
        "The Hollywood Roosevelt, Tropicana Pool",
        "Los Angeles",
    )


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        # An ampersand joins two names of one place.
        (
            "A keeper feeds a giraffe at the Toledo Zoo & Aquarium, Monday, March 2, 2026, in Toledo, Ohio. "
            "(AP Photo/Carlos Osorio)",
            "Toledo Zoo & Aquarium",
            "Toledo",
        ),
        (
            "Lions rest in their enclosure at the Denver Zoo & Conservation Alliance in Denver, Colorado, on "
            "March 3, 2026. (Photo by Mark Reis/Getty Images)",
            "Denver Zoo & Conservation Alliance",
            "Denver",
        ),
        # A name holding "of", then its place noun in lower case.
        (
            "LAKE PLACID, NEW YORK - FEBRUARY 6: Kaillie Humphries of Team USA slides during the Women's "
            "Monobob on the Mount Van Hoevenberg Olympic Bobsled Run on February 6, 2026 in Lake Placid, New "
            "York. (Photo by Sarah Stier/Getty Images)",
            "Mount Van Hoevenberg Olympic Bobsled Run",
            "Lake Placid",
        ),
        (
            "BEAVER CREEK, COLORADO - DECEMBER 4: Marco Odermatt of Team Switzerland competes during the "
            "Men's Super G on the Raptor of Beaver Creek course on December 4, 2026 in Vail, Colorado. "
            "(Photo by Christophe Pallot/Agence Zoom/Getty Images)",
            "Raptor of Beaver Creek course",
            "Vail",
        ),
    ],
)
def test_a_name_joined_by_an_ampersand_or_of_is_one_place(
    normaliser: Normaliser, caption: str, sublocation: str, city: str
) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        # A church or shrine named head first, "de" a saint or a title rather than a town.
        (
            "Fieles asisten a misa en la Basílica del Pilar este sábado, en Zaragoza. EFE/Javier Cebollada",
            "Basílica del Pilar",
            "Zaragoza",
        ),
        (
            "Fiéis lotam a Basílica da Estrela neste domingo, em Lisboa. LUSA/Tiago Petinga",
            "Basílica da Estrela",
            "Lisbon",
        ),
    ],
)
def test_a_basilica_named_head_first(
    normaliser: Normaliser, caption: str, sublocation: str, city: str
) -> None:
    location = normaliser.normalise(caption, reference_date="2026-12-12").location
    assert location is not None
    assert (location.sublocation, location.city) == (sublocation, city)


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        # A prize-giving or a race is no place; the venue written after it is.
        (
            "Actor Colman Domingo arrives at the 84th Golden Globe Awards at the Beverly Hilton, Sunday, Jan. "
            "10, 2027, in Beverly Hills, Calif. (AP Photo/Chris Pizzello)",
            "Beverly Hilton",
            "Beverly Hills",
        ),
        (
            "LAKE LOUISE, ALBERTA - NOVEMBER 28: Federica Brignone of Team Italy competes in the Women's "
            "Downhill during the Audi FIS Alpine Ski World Cup on the Olympic course on November 28, 2026 in "
            "Lake Louise, Alberta. (Photo by Alexis Boichard/Agence Zoom/Getty Images)",
            "Olympic course",
            "Lake Louise",
        ),
    ],
)
def test_an_event_before_its_venue_is_no_sublocation(
    normaliser: Normaliser, caption: str, sublocation: str, city: str
) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


def test_a_prize_giving_alone_is_no_sublocation(normaliser: Normaliser) -> None:
    location = normaliser.normalise(
        "Winners pose with their trophies during the European Film Awards in Reykjavik, Iceland, December "
        "9, 2026. REUTERS/Bjarki Jonsson"
    ).location
    assert location is not None
    assert (location.sublocation, location.city) == (None, "Reykjavík")


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        # A landmark's noun in lower case after its name still names one building.
        (
            "Tourists photograph the Notre-Dame cathedral during sunset in Strasbourg, on May 5, 2026. "
            "(Photo by Frederick Florin / AFP)",
            "Notre-Dame cathedral",
            "Strasbourg",
        ),
        (
            "Worshippers pray outside the Al-Nour mosque after Friday prayers in Mosul, Iraq, on May 5, "
            "2026. (Photo by Zaid al-Obeidi / AFP)",
            "Al-Nour mosque",
            "Mosul",
        ),
        # The top of a named mountain or building: the mountain, the building is the place.
        (
            "Skiers ride a gondola to the summit of Nebelhorn on the opening day of the season in "
            "Oberstdorf, Germany, December 5, 2026. REUTERS/Lukas Barth",
            "Nebelhorn",
            "Oberstdorf",
        ),
        (
            "Tourists take photos at the top of the Eiffel Tower during sunset in Paris, France, May 3, 2026. "
            "REUTERS/Gonzalo Fuentes",
            "Eiffel Tower",
            "Paris",
        ),
    ],
)
def test_a_landmark_as_the_object_of_a_verb(
    normaliser: Normaliser, caption: str, sublocation: str, city: str
) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


@pytest.mark.parametrize(
    "caption",
    [
        # A faith's church, a people's embassy, a meeting: no one building's name.
        "Worshippers leave the Catholic church after Sunday mass during a heatwave in Seville, Spain, July 6, "
        "2026. REUTERS/Marcelo del Pozo",
        "Leaders pose for a family photo at the summit of NATO leaders in The Hague, Netherlands, June 25, "
        "2025. REUTERS/Piroschka van de Wouw",
    ],
)
def test_a_faiths_church_or_a_meeting_is_no_landmark(normaliser: Normaliser, caption: str) -> None:
    location = normaliser.normalise(caption).location
    assert location is not None
    assert location.sublocation is None


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        # A weekday opening a place's name keeps it.
        (
            "Skiers ride a lift at Sunday River in Bethel, Maine, Saturday, Dec. 5, 2026. (AP Photo/Robert F. "
            "Bukaty)",
            "Sunday River",
            "Bethel",
        ),
        # A landmark named head first in French, an adjective before its noun, holds its town.
        (
            "Des fidèles prient devant la Grande mosquée de Touba, au Sénégal, le 3 mars 2026. (Photo by "
            "Seyllou / AFP)",
            "Grande mosquée de Touba",
            "Touba",
        ),
    ],
)
def test_a_places_name_holding_a_weekday_or_its_town(
    normaliser: Normaliser, caption: str, sublocation: str, city: str
) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        # French quays and promenades, Italian and Portuguese ports: head first, then the name.
        (
            "Des bouquinistes installent leurs boîtes sur le quai de Conti à Paris, le 4 juin 2026. (Photo by "
            "Ludovic Marin / AFP)",
            "quai de Conti",
            "Paris",
        ),
        (
            "Des joggeurs sur la promenade du Paillon à Nice, le 9 avril 2026. (Photo by Nicolas Tucat / AFP)",
            "promenade du Paillon",
            "Nice",
        ),
        (
            "Pescherecci ormeggiati nel porto di Ancona, 3 febbraio 2026. ANSA/DANIELE MOROSINI",
            "porto di Ancona",
            "Ancona",
        ),
        (
            "Barcos no porto de Leixões, em Matosinhos, 3 de agosto de 2026. LUSA/ESTELA SILVA",
            "porto de Leixões",
            "Matosinhos",
        ),
    ],
)
def test_a_quay_promenade_or_port_named_head_first(
    normaliser: Normaliser, caption: str, sublocation: str, city: str
) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


@pytest.mark.parametrize(
    ("caption", "city"),
    [
        # The heads alone, or a town whose name opens with one, are no place within a town.
        (
            "Des passants se promènent sur le quai, à Lyon, le 2 mai 2026. (Photo by Olivier Chassignole / AFP)",
            "Lyon",
        ),
        ("Adeptos festejam a vitória do FC Porto, no Porto, 10 de maio de 2026. LUSA/ESTELA SILVA", "Porto"),
        ("Yacht ormeggiati a Porto Cervo, 3 agosto 2026. ANSA/GIANNI BUDRONI", "Porto Cervo"),
    ],
)
def test_a_lone_quay_or_a_town_named_porto_is_no_sublocation(
    normaliser: Normaliser, caption: str, city: str
) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (None, city)


@pytest.mark.parametrize(
    ("caption", "sublocation"),
    [
        # A circuit named head first is the venue; "the Paddock" is a part of it.
        (
            "Max Verstappen of the Netherlands walks in the Paddock at Autodromo Nazionale Monza on September 4, "
            "2026 in Monza, Italy. (Photo by Mark Thompson/Getty Images)",
            "Autodromo Nazionale Monza",
        ),
        (
            "Oscar Piastri of Australia walks in the Paddock ahead of the F1 Grand Prix of Monaco at Circuit de "
            "Monaco on May 22, 2026 in Monte-Carlo, Monaco. (Photo by Bryn Lennon/Getty Images)",
            "Circuit de Monaco",
        ),
    ],
)
def test_a_racing_circuit_named_head_first_is_the_venue(
    normaliser: Normaliser, caption: str, sublocation: str
) -> None:
    location = normaliser.normalise(caption).location
    assert location is not None
    assert location.sublocation == sublocation


def test_baths_are_a_place_within_the_town(normaliser: Normaliser) -> None:
    location = normaliser.normalise(
        "Tourists queue outside the Roman Baths in Bath, England, Saturday, Aug. 1, 2026. (AP Photo/Alastair "
        "Grant)"
    ).location
    assert location is not None
    assert (location.sublocation, location.city) == ("Roman Baths", "Bath")


def test_a_place_named_with_another_town_than_the_datelines_gives_way(normaliser: Normaliser) -> None:
    # The palace in the dateline's town is the place shown; the congress "de Valparaíso" lies in another.
    location = normaliser.normalise(
        "4 de mayo de 2026/SANTIAGO\nLa ministra saluda desde la entrada del Palacio de La Moneda, tras una "
        "ceremonia en el Congreso Nacional de Valparaíso.\nFOTO: JUAN PÉREZ/AGENCIAUNO"
    ).location
    assert location is not None
    assert (location.sublocation, location.city) == ("Palacio de La Moneda", "Santiago")


@pytest.mark.parametrize(
    ("caption", "sublocation"),
    [
        # A shop named before its noun is a place; a lone "store" is not.
        (
            "Shoppers look at the Christmas windows of the Printemps department store in Paris, France, "
            "December 3, 2026. REUTERS/Abdul Saboor",
            "Printemps department store",
        ),
        ("Shoppers queue outside a store in Leeds, Britain, December 3, 2026. REUTERS/Phil Noble", None),
    ],
)
def test_a_shop_named_with_its_noun(normaliser: Normaliser, caption: str, sublocation: str | None) -> None:
    location = normaliser.normalise(caption).location
    assert location is not None and location.sublocation == sublocation


@pytest.mark.parametrize(
    ("caption", "sublocation"),
    [
        # A market held on a square: the square is the place shown.
        (
            "Visitors stroll through the Striezelmarkt on the Altmarkt square in Dresden, Germany, November "
            "27, 2026. REUTERS/Matthias Rietschel",
            "Altmarkt square",
        ),
        (
            "Shoppers browse stalls at the Christmas market on Old Town Square in Prague, Czech Republic, "
            "December 3, 2026. REUTERS/David W Cerny",
            "Old Town Square",
        ),
        # A building on a landmark stays the more exact place.
        (
            "Members of Parliament sit in the House of Commons on Parliament Hill in Ottawa, Ontario, March 3, "
            "2026. THE CANADIAN PRESS/Adrian Wyld",
            "House of Commons",
        ),
    ],
)
def test_a_market_on_a_square_is_on_the_square(
    normaliser: Normaliser, caption: str, sublocation: str
) -> None:
    location = normaliser.normalise(caption).location
    assert location is not None and location.sublocation == sublocation


@pytest.mark.parametrize(
    ("caption", "sublocation"),
    [
        # Two landmarks joined by "and", each named to its noun: the first is the place.
        (
            "Fireworks explode over the Sydney Opera House and Harbour Bridge during New Year's Eve "
            "celebrations in Sydney, Australia, January 1, 2027. REUTERS/Hollie Adams",
            "Sydney Opera House",
        ),
        # One name holding "and": kept whole.
        (
            "Visitors tour the Victoria and Albert Museum in London, Britain, March 3, 2026. REUTERS/Toby "
            "Melville",
            "Victoria and Albert Museum",
        ),
        (
            "A keeper feeds a seal at the Toledo Zoo and Aquarium in Toledo, Ohio, Monday, March 2, 2026. (AP "
            "Photo/Carlos Osorio)",
            "Toledo Zoo and Aquarium",
        ),
    ],
)
def test_two_landmarks_joined_by_and(normaliser: Normaliser, caption: str, sublocation: str) -> None:
    location = normaliser.normalise(caption).location
    assert location is not None and location.sublocation == sublocation


@pytest.mark.parametrize(
    ("caption", "sublocation"),
    [
        # An event's noun left alone by a cut ("World Tour" read as a verb) is no place; the venue after it is.
        (
            "DUBAI, UNITED ARAB EMIRATES - NOVEMBER 15: Tommy Fleetwood of England plays his shot on the 18th "
            "hole during the final round of the DP World Tour Championship at Jumeirah Golf Estates on "
            "November 15, 2026 in Dubai, United Arab Emirates. (Photo by Ross Kinnaird/Getty Images)",
            "Jumeirah Golf Estates",
        ),
        # A landform's noun in lower case after its name: one mountain, one glacier.
        (
            "Smoke rises from the Etna volcano near Catania, Italy, December 5, 2026. REUTERS/Antonio "
            "Parrinello",
            "Etna volcano",
        ),
        (
            "Hikers walk on the Aletsch glacier near Fiesch, Switzerland, August 5, 2026. REUTERS/Denis "
            "Balibouse",
            "Aletsch glacier",
        ),
    ],
)
def test_an_events_noun_alone_or_a_landform_named_in_lower_case(
    normaliser: Normaliser, caption: str, sublocation: str
) -> None:
    location = normaliser.normalise(caption).location
    assert location is not None and location.sublocation == sublocation


@pytest.mark.parametrize(
    ("caption", "city", "sublocation"),
    [
        # A square named head first in Title Case, then "de" a big town: the town is the city; a name of its
        # own before it ("de Mayo") is the sublocation without the town (test_named_places: one named after
        # its town, "Base Aérea de Zaragoza", stays whole).
        (
            "Manifestantes en la Plaza de Mayo de Buenos Aires, este miércoles. EFE/ Juan Ignacio Roncoroni",
            "Buenos Aires",
            "Plaza de Mayo",
        ),
        (
            "Turistas en la Plaza de Armas de Cusco, este miércoles. EFE/ Paolo Aguilar",
            "Cusco",
            "Plaza de Armas",
        ),
    ],
)
def test_a_title_case_place_then_its_town_after_de(
    normaliser: Normaliser, caption: str, city: str, sublocation: str
) -> None:
    location = normaliser.normalise(caption, reference_date="2026-12-10").location
    assert location is not None
    assert (location.city, location.sublocation) == (city, sublocation)


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        # A city gate named head first is one place: "del Sol" names no town (Seoul is "Sol" in GeoNames).
        (
            "Turistas pasean por la Puerta del Sol, el 3 de diciembre de 2026. EFE/Fernando Villar",
            "Puerta del Sol",
            None,
        ),
        (
            "Turistas fotografían la Puerta de Alcalá, en Madrid, el 3 de diciembre de 2026. EFE/Fernando Villar",
            "Puerta de Alcalá",
            "Madrid",
        ),
        (
            "Viaggiatori alla stazione di Porta Nuova a Torino, 3 dicembre 2026. ANSA/ALESSANDRO DI MARCO",
            "Porta Nuova",
            "Turin",
        ),
    ],
)
def test_a_city_gate_named_head_first_is_one_place(
    normaliser: Normaliser, caption: str, sublocation: str, city: str | None
) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


@pytest.mark.parametrize(
    ("caption", "sublocation"),
    [
        # An adjective after a place noun written first keeps the name whole, after an elided article too.
        (
            "Des manifestants devant l'Assemblée nationale à Paris, le 5 janvier 2027. (Photo by Ludovic MARIN / AFP)",
            "Assemblée nationale",
        ),
        (
            "Des agriculteurs devant le Palais fédéral à Berne, le 5 janvier 2027. KEYSTONE/Anthony Anex",
            "Palais fédéral",
        ),
    ],
)
def test_an_adjective_after_a_head_first_noun_stays_in_the_name(
    normaliser: Normaliser, caption: str, sublocation: str
) -> None:
    assert located(normaliser, caption, "sublocation") == (sublocation,)


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        # A title and a person's name before the town: the person a picture shows, no place in the town.
        (
            "A man walks past a mural depicting late Pope Francis in Buenos Aires, Argentina January 6, 2027. "
            "REUTERS/Agustin Marcarian",
            None,
            "Buenos Aires",
        ),
        (
            "A billboard shows Chancellor Friedrich Merz in Berlin, January 6, 2027. REUTERS/Lisi Niesner",
            None,
            "Berlin",
        ),
        # Titles that name places as often as people keep them: streets, neighbourhoods, parks.
        (
            "Palestinians gather in the Sheikh Jarrah neighbourhood of East Jerusalem, January 6, 2027. "
            "REUTERS/Ammar Awad",
            "Sheikh Jarrah",
            "East Jerusalem",
        ),
        (
            "Fans at Queen Elizabeth Olympic Park in London, January 6, 2027. REUTERS/Toby Melville",
            "Queen Elizabeth Olympic Park",
            "London",
        ),
    ],
)
def test_a_titled_person_before_the_town_is_no_place(
    normaliser: Normaliser, caption: str, sublocation: str | None, city: str
) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        # Indonesian names a place by its noun first: "Bundaran" (roundabout), "Tugu" and "Monumen" (monument).
        (
            "Warga berolahraga di Bundaran HI, Jakarta, Minggu (3/1/2027). ANTARA FOTO/Aditya Pradana Putra/nym.",
            "Bundaran HI",
            "Jakarta",
        ),
        (
            "Peziarah berdoa di Tugu Pahlawan, Surabaya, Jawa Timur, Selasa (10/11/2026). "
            "ANTARA FOTO/Didik Suhartono/foc.",
            "Tugu Pahlawan",
            "Surabaya",
        ),
        (
            "Anak-anak bermain di Monumen Nasional, Jakarta, Sabtu (2/1/2027). ANTARA FOTO/Galih Pradipta/tom.",
            "Monumen Nasional",
            "Jakarta",
        ),
        # French "la plage de <name>": a beach named, head first.
        (
            "Des promeneurs sur la plage de l'Écluse, à Dinard (Ille-et-Vilaine), dimanche 3 janvier 2027. "
            "Photo : Lionel Le Saux / Le Télégramme",
            "plage de l'Écluse",
            "Dinard",
        ),
        (
            "Des surfeurs sur la plage des Blancs-Sablons, au Conquet (Finistère), samedi 2 janvier 2027. "
            "Photo : Lionel Le Saux / Le Télégramme",
            "plage des Blancs-Sablons",
            "Le Conquet",
        ),
    ],
)
def test_a_place_named_by_its_noun_first_in_indonesian_and_french(
    normaliser: Normaliser, caption: str, sublocation: str, city: str
) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        # A district named for what is done in it: its name alone, as "the Hongyadong area".
        (
            "Shoppers stroll through the Ginza shopping district in Tokyo, Saturday, Dec. 19, 2026. "
            "(AP Photo/Eugene Hoshiko)",
            "Ginza",
            "Tokyo",
        ),
        (
            "Tourists walk through the Dotonbori entertainment district in Osaka, Japan, April 3, 2026. "
            "REUTERS/Kim Kyung-Hoon",
            "Dotonbori",
            "Osaka",
        ),
        # One with no name is no place.
        (
            "Shoppers walk through a shopping district in Tokyo, Japan, April 3, 2026. REUTERS/Kim Kyung-Hoon",
            None,
            "Tokyo",
        ),
    ],
)
def test_a_district_named_for_its_trade(
    normaliser: Normaliser, caption: str, sublocation: str | None, city: str
) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        # A spa or a market hall said what it is in lower case after its name: the name alone.
        (
            "Bathers float in the Sky Lagoon geothermal spa in Kopavogur, Iceland, Monday, July 12, 2027. "
            "(AP Photo/Maria Alferez)",
            "Sky Lagoon",
            "Kópavogur",
        ),
        (
            "Shoppers browse the Borough Market food hall in London, Britain, July 3, 2027. "
            "REUTERS/Jaimi Joy",
            "Borough Market",
            "London",
        ),
        # One with no name is no place.
        (
            "Shoppers browse a food hall in London, Britain, July 3, 2027. REUTERS/Jaimi Joy",
            None,
            "London",
        ),
    ],
)
def test_a_site_described_after_its_name(
    normaliser: Normaliser, caption: str, sublocation: str | None, city: str
) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        # A glacier, gorge or volcano named after a town is no town: the town it is near is the city.
        (
            "Tourists watch a block of ice fall from the Perito Moreno Glacier near El Calafate, Argentina, "
            "March 2, 2026. REUTERS/Agustin Marcarian",
            "Perito Moreno Glacier",
            "El Calafate",
        ),
        (
            "Hikers walk through the Vikos Gorge near Ioannina, Greece, August 2, 2026. REUTERS/Louiza Vradi",
            "Vikos Gorge",
            "Ioánnina",
        ),
    ],
)
def test_a_natural_landmark_near_a_town(
    normaliser: Normaliser, caption: str, sublocation: str, city: str
) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


def test_a_beach_left_unnamed_is_no_sublocation(normaliser: Normaliser) -> None:
    caption = "Des enfants jouent sur la plage, à Biarritz, samedi 2 janvier 2027. (Photo AFP)"
    assert located(normaliser, caption, "sublocation", "city") == (None, "Biarritz")


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        # A transit line names no place: the station on it is the place shown.
        (
            "Commuters ride an escalator at Bank station on the Northern line in London, Britain, June 3, 2026. "
            "REUTERS/Jaimi Joy",
            "Bank station",
            "London",
        ),
        (
            "Commuters wait on a platform at Shinjuku Station on the JR Yamanote Line in Tokyo, Japan, "
            "June 8, 2026. REUTERS/Kim Kyung-Hoon",
            "Shinjuku Station",
            "Tokyo",
        ),
        # Not the front line, which is no name.
        (
            "Soldiers stand at a position on the front line in Kramatorsk, Ukraine, June 8, 2026. REUTERS/Stringer",
            None,
            "Kramatorsk",
        ),
    ],
)
def test_a_station_on_a_named_line(
    normaliser: Normaliser, caption: str, sublocation: str | None, city: str
) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


def test_a_feasts_thing_named_for_a_place_is_at_that_place(normaliser: Normaliser) -> None:
    caption = (
        "Visitors pose in front of the Rockefeller Center Christmas tree in New York, Thursday, Dec. 3, 2026. "
        "(AP Photo/Yuki Iwamura)"
    )
    assert located(normaliser, caption, "sublocation", "city") == ("Rockefeller Center", "New York City")


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        (
            "Singer Elvis Presley relaxes at Graceland, his home in Memphis, Tennessee, 1960. (AP Photo)",
            "Graceland",
            "Memphis",
        ),
        (
            "Il produttore Marco Rossi negli studi di Cinecittà, a Roma, nel 1970. ANSA/ARCHIVIO",
            "Cinecittà",
            "Rome",
        ),
    ],
)
def test_a_landmark_named_bare_after_a_preposition(
    normaliser: Normaliser, caption: str, sublocation: str, city: str
) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


@pytest.mark.parametrize(
    ("caption", "sublocation"),
    [
        (
            "Protesters gather at a makeshift memorial outside the Minnesota State Capitol in St. Paul, Minn., "
            "Sunday, Feb. 1, 2026. (AP Photo/Abbie Parr)",
            "Minnesota State Capitol",
        ),
        (
            "Flowers are left at a makeshift memorial near the Bataclan Concert Hall in Paris, France, "
            "Nov. 15, 2015. (AP Photo/Thibault Camus)",
            "Bataclan Concert Hall",
        ),
        # A named place before "near" stays the place shown.
        (
            "Astronauts train at the Neutral Buoyancy Laboratory near NASA's Johnson Space Center in Houston, "
            "Texas, Jan. 5, 2026. (AP Photo/Michael Wyke)",
            "Neutral Buoyancy Laboratory",
        ),
    ],
)
def test_a_place_described_beside_a_named_one_gives_way_to_the_name(
    normaliser: Normaliser, caption: str, sublocation: str
) -> None:
    assert located(normaliser, caption, "sublocation") == (sublocation,)


def test_a_theatre_known_by_its_bare_name(normaliser: Normaliser) -> None:
    caption = "AMSTERDAM - Cabaretier Jan de Wit tijdens zijn voorstelling in Carré, 12 maart 1981. ANP / Hans Peters"
    assert located(normaliser, caption, "sublocation", "city") == ("Carré", "Amsterdam")


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        (
            "Le chanteur Paul Roy, photographié au Forum de Montréal, le 3 mai 1979. PHOTO ARCHIVES LA PRESSE",
            "Forum de Montréal",
            "Montréal",
        ),
        (
            "Il cantante Luca Neri durante il concerto al Forum di Assago, Milano, 12 marzo 2026. "
            "ANSA/MATTEO BAZZI",
            "Forum di Assago",
            "Milan",
        ),
    ],
)
def test_a_forum_named_with_its_town_keeps_the_town_in_its_name(
    normaliser: Normaliser, caption: str, sublocation: str, city: str
) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


def test_broadway_is_new_yorks_street_not_a_virginia_town(normaliser: Normaliser) -> None:
    caption = (
        "(Original Caption) New York: Dancers rehearse at the Roseland Ballroom on Broadway. Undated photograph. "
        "(Photo by Bettmann Archive/Getty Images)"
    )
    assert located(normaliser, caption, "sublocation", "city", "country_code") == (
        "Roseland Ballroom",
        "New York City",
        "US",
    )


@pytest.mark.parametrize(
    "caption",
    [
        "In this photo released by the Ukrainian Presidential Press Office on Jan. 5, 2027, President Volodymyr"
        " Zelenskyy visits troops in the Zaporizhzhia region. (Ukrainian Presidential Press Office via AP)",
        "Fotografía cedida por la Guardia Civil que muestra el alijo incautado en Algeciras. EFE/Guardia Civil",
    ],
)
def test_the_party_that_handed_a_picture_out_is_no_place(normaliser: Normaliser, caption: str) -> None:
    location = normaliser.normalise(caption).location
    assert location is None or location.sublocation is None


def test_a_handout_party_also_written_as_the_place_stays(normaliser: Normaliser) -> None:
    location = normaliser.normalise(
        "A snow leopard cub explores its enclosure at the Tallinn Zoo, Estonia, on Jan. 5, 2027. Handout photo"
        " by Tallinn Zoo via REUTERS"
    ).location
    assert location is not None and location.sublocation == "Tallinn Zoo"


@pytest.mark.parametrize(
    "caption",
    [
        "Des touristes devant la tour Eiffel, à Paris, le 5 janvier 2027. (Photo by Ann LEE / AFP)",
        "Des touristes devant la tour Eiffel à Paris, le 5 janvier 2027. (Photo by Ann LEE / AFP)",
        "Des touristes devant la tour Eiffel de Paris, le 5 janvier 2027. (Photo by Ann LEE / AFP)",
    ],
)
def test_a_french_tower_is_no_english_verb(normaliser: Normaliser, caption: str) -> None:
    # "tour" after an article is the noun: English "Tourists tour the Colosseum" has none before the verb.
    location = normaliser.normalise(caption).location
    assert location is not None and (location.sublocation, location.city) == ("tour Eiffel", "Paris")


def test_tourists_touring_a_place_still_read_it(normaliser: Normaliser) -> None:
    location = normaliser.normalise(
        "Tourists tour the Colosseum in Rome, Italy, Jan. 5, 2027. (AP Photo/Ann Lee)"
    ).location
    assert location is not None and (location.sublocation, location.city) == ("Colosseum", "Rome")


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        # Vietnamese streets are named after people: the name after the street's noun is the place's.
        (
            "Người dân đi bộ trên phố đi bộ Nguyễn Huệ, TP Hồ Chí Minh, sáng 5/1/2027. Ảnh: Ann Lee/TTXVN",
            "phố đi bộ Nguyễn Huệ",
            "Ho Chi Minh City",
        ),
        # Swahili "ya" (of) inside a head-first name.
        (
            "Rais Samia Suluhu Hassan akihutubia katika Ikulu ya Chamwino jijini Dodoma leo Jumanne. PICHA | IKULU",
            "Ikulu ya Chamwino",
            "Dodoma",
        ),
    ],
)
def test_head_first_places_in_vietnamese_and_swahili(
    normaliser: Normaliser, caption: str, sublocation: str, city: str
) -> None:
    record = normaliser.normalise(caption)
    assert record.location is not None
    assert (record.location.sublocation, record.location.city) == (sublocation, city)
    # Neither the street's namesake nor the city's is someone in the picture.
    assert all(p.name not in ("Nguyễn Huệ", "Hồ Chí Minh") for p in record.persons)


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        # "across from" a landmark, as "near" and "opposite": the landmark, not the bench.
        (
            "A man feeds pigeons on a bench across from the Alamo in San Antonio, Texas, Sunday, March 1, "
            "2026. (AP Photo/Eric Gay)",
            "Alamo",
            "San Antonio",
        ),
        # Dutch "voor de" (in front of), and a theatre named in one compound word.
        (
            "ROTTERDAM - Bezoekers wachten voor de Rotterdamse Schouwburg in Rotterdam op de premiere. "
            "ANP ROBIN UTRECHT",
            "Rotterdamse Schouwburg",
            "Rotterdam",
        ),
        (
            "DEN HAAG - Actievoerders staan voor het Binnenhof in Den Haag. ANP BART MAAT",
            "Binnenhof",
            "The Hague",
        ),
    ],
)
def test_a_landmark_across_from_or_in_front_of(
    normaliser: Normaliser, caption: str, sublocation: str, city: str
) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        # A city gate, "Tor" written apart, after "am" (an der).
        (
            "03.10.2026, Berlin: Tausende feiern am Brandenburger Tor die Deutsche Einheit. "
            "Foto: Christoph Soeder/dpa",
            "Brandenburger Tor",
            "Berlin",
        ),
        (
            "14.05.2026, Bayern, München: Radfahrer warten am Sendlinger Tor. Foto: Sven Hoppe/dpa",
            "Sendlinger Tor",
            "Munich",
        ),
    ],
)
def test_a_city_gate_is_a_place(normaliser: Normaliser, caption: str, sublocation: str, city: str) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        ("Il pubblico per la Festa della", True),  # (Repubblica)
        ("Turistas na Festa dos", True),  # (Tabuleiros): Portuguese "of the", one list with the facilities'
        ("Visitantes en la Fiesta de", True),  # (la Vendimia)
        ("Ballerini per la Festa", False),  # no "of" after the event's noun
        ("Il pubblico davanti al Palazzo della", False),  # a facility's noun, not an event's
    ],
)
def test_a_name_after_an_events_noun_and_of_is_the_events(before: str, expected: bool) -> None:
    assert after_event_name(before) is expected


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        (
            "Boatmen row shikaras across the frozen waters of Dal Lake in Srinagar, India, Friday, Jan. 8, 2027. "
            "(AP Photo/Mukhtar Khan)",
            "Dal Lake",
            "Srinagar",
        ),
        (
            "Children skate on the partially frozen waters of Cooper Lake in Cooperstown, N.Y., Sunday, "
            "Jan. 10, 2027. (AP Photo/Hans Pennink)",
            "Cooper Lake",
            "Cooperstown",
        ),
        # Not a river or a lake too big to lie in the town, named with no noun of its own after it.
        (
            "Pilgrims bathe on the banks of the Ganges in Varanasi, India, Thursday, Jan. 14, 2027. "
            "(AP Photo/Rajesh Kumar Singh)",
            None,
            "Varanasi",
        ),
        (
            "Fishermen cast nets on the shores of Lake Victoria in Kisumu, Kenya, Jan. 21, 2027. "
            "REUTERS/Baz Ratner",
            None,
            "Kisumu",
        ),
    ],
)
def test_the_waters_of_a_named_lake_are_the_lake(
    normaliser: Normaliser, caption: str, sublocation: str | None, city: str
) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        (
            "Home Secretary Shabana Mahmood talks to aid workers during a visit to the Azraq refugee camp near "
            "Zarqa, Jordan. Picture date: Tuesday January 12, 2027. PA Photo. Photo credit should read: "
            "Stefan Rousseau/PA Wire",
            "Azraq refugee camp",
            "Zarqa",
        ),
        (
            "The Princess of Wales during a visit to the Royal Shakespeare Theatre in Stratford-upon-Avon, "
            "Warwickshire. Picture date: Thursday January 14, 2027. Photo credit should read: Jacob King/PA Wire",
            "Royal Shakespeare Theatre",
            "Stratford-upon-Avon",
        ),
        # A visit to a country names no place within the town.
        (
            "President Joe Biden speaks during a visit to the United Kingdom, in London, Tuesday, Jan. 12, "
            "2027. (AP Photo/Evan Vucci)",
            None,
            "London",
        ),
    ],
)
def test_a_visit_to_the_place_names_it(
    normaliser: Normaliser, caption: str, sublocation: str | None, city: str
) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        (
            "Besøgende i Louisiana Museum of Modern Art i Humlebæk onsdag. (Foto: Mads Claus Rasmussen/Ritzau "
            "Scanpix)",
            "Louisiana Museum of Modern Art",
            "Humlebæk",
        ),
        (
            "Besøgende i Aros Museum of Modern Art i Aarhus lørdag. (Foto: Bo Amstrup/Ritzau Scanpix)",
            "Aros Museum of Modern Art",
            "Århus",
        ),
    ],
)
def test_a_facilitys_name_goes_on_after_of(
    normaliser: Normaliser, caption: str, sublocation: str | None, city: str
) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        (
            "Skiers queue for a gondola at the Whistler Blackcomb resort in Whistler, B.C., on Sunday, Jan. 17, "
            "2027. THE CANADIAN PRESS/Ethan Cairns",
            "Whistler Blackcomb",
            "Whistler",
        ),
        (
            "Guests relax by the pool at the Sandals resort in Montego Bay, Jamaica, Jan. 23, 2027. "
            "REUTERS/Gilbert Bellamy",
            "Sandals",
            "Montego Bay",
        ),
        # A resort named as its town is no place within it.
        (
            "Skiers ride a chairlift at the Vail ski resort in Vail, Colo., Saturday, Jan. 23, 2027. "
            "(AP Photo/David Zalubowski)",
            None,
            "Vail",
        ),
    ],
)
def test_a_resort_is_known_by_its_name(
    normaliser: Normaliser, caption: str, sublocation: str | None, city: str
) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


@pytest.mark.parametrize(
    "caption",
    [
        "Italy's Jannik Sinner plays a shot during his semifinal match at the Australian Open in Melbourne, "
        "Australia, Friday, Jan. 29, 2027. (AP Photo/Asanka Brendon Ratnayake)",
        "Rory McIlroy putts on the 18th green at the Genesis Invitational in Los Angeles, Jan. 30, 2027. "
        "(AP Photo/Eric Risberg)",
    ],
)
def test_an_open_or_invitational_is_a_tournament_not_a_place(normaliser: Normaliser, caption: str) -> None:
    assert located(normaliser, caption, "sublocation") == (None,)


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        # A caption in capitals: "A" and a noun name no place; a preposition is no part of a town's name.
        (
            "FIREFIGHTERS BATTLE A BLAZE AT A WAREHOUSE IN LEEDS, ENGLAND, JANUARY 27, 2027. REUTERS/PHIL NOBLE",
            None,
            "Leeds",
        ),
        ("PROTESTERS GATHER IN OTTAWA, CANADA, JANUARY 27, 2027. REUTERS/BLAIR GABLE", None, "Ottawa"),
        (
            "PROTESTERS GATHER OUTSIDE PARLIAMENT IN OTTAWA, JANUARY 27, 2027. REUTERS/BLAIR GABLE",
            "PARLIAMENT",
            "Ottawa",
        ),
    ],
)
def test_a_caption_in_capitals(
    normaliser: Normaliser, caption: str, sublocation: str | None, city: str
) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        # Portuguese "at the door of", "next to": the place is the one named after them, not "porta do Hospital".
        (
            "Enfermeiros em greve concentram-se à porta do Hospital de São João, no Porto, 18 de fevereiro de "
            "2027. ESTELA SILVA/LUSA",
            "Hospital de São João",
            "Porto",
        ),
        (
            "Utentes aguardam junto ao Hospital de Santa Maria, em Lisboa, 18 de fevereiro de 2027. "
            "MIGUEL A. LOPES/LUSA",
            "Hospital de Santa Maria",
            "Lisbon",
        ),
        # Spanish "visit" with its article before the place visited.
        (
            "La ministra conversa con enfermeras durante su visita al Hospital Universitario La Paz, este "
            "miércoles en Madrid. EFE/Mariscal",
            "Hospital Universitario La Paz",
            "Madrid",
        ),
    ],
)
def test_a_romance_phrase_of_place_before_a_named_facility(
    normaliser: Normaliser, caption: str, sublocation: str, city: str
) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        # An inn or an eatery named head first, its noun capitalised, is a place of its own.
        (
            "The plunge pool at Riad Kniza looks out over the medina's rooftops in Marrakesh. Photo: Lena Ortiz "
            "for The New York Times",
            "Riad Kniza",
            "Marrakesh",
        ),
        (
            "Diners at Trattoria Sostanza, near the river in Florence, where the kitchen serves butter chicken. "
            "Photo: Laura Bianchi for The New York Times",
            "Trattoria Sostanza",
            "Florence",
        ),
        # The noun alone names none.
        ("Restaurant workers protest in Paris, France, July 3, 2027. REUTERS/Abdul Saboor", None, "Paris"),
    ],
)
def test_an_inn_or_an_eatery_named_head_first(
    normaliser: Normaliser, caption: str, sublocation: str | None, city: str
) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


@pytest.mark.parametrize(
    ("caption", "sublocation"),
    [
        # A place someone keeps, named in apposition after its noun.
        (
            "Chef Ana Ruiz plates prawns at her new restaurant, Tidewater, on the quay in Darwin, Northern "
            "Territory, Friday, July 23, 2027. (AAP Image/Glenn Campbell) NO ARCHIVING",
            "Tidewater",
        ),
        # A person after the comma is no place.
        (
            "Customers queue at his bakery, Tom Reid, the owner, said in Darwin, Northern Territory, Friday, "
            "July 23, 2027. (AAP Image/Glenn Campbell) NO ARCHIVING",
            None,
        ),
    ],
)
def test_a_venue_named_in_apposition(normaliser: Normaliser, caption: str, sublocation: str | None) -> None:
    assert located(normaliser, caption, "sublocation") == (sublocation,)


@pytest.mark.parametrize(
    ("caption", "sublocation"),
    [
        # An Arabic article in lower case joins a word of the name, after a head in lower case ...
        (
            "Rabat, 4 mars 2027 - Des vendeurs installent leurs étals sur la place Bab el-Had. "
            "(Photo Fadel Senna / AFP)",
            "place Bab el-Had",
        ),
        # ... and before a noun in lower case right before the town.
        (
            "Lanterns light up the Souk el-Attarine market in Tunis on March 4, 2027, ahead of Ramadan. "
            "(Photo by FETHI BELAID / AFP)",
            "Souk el-Attarine market",
        ),
    ],
)
def test_an_arabic_article_inside_a_venue_name(
    normaliser: Normaliser, caption: str, sublocation: str
) -> None:
    assert located(normaliser, caption, "sublocation") == (sublocation,)


@pytest.mark.parametrize(
    ("caption", "sublocation"),
    [
        # A legislature named with whose it is, after the event of it, right before its town ...
        (
            "Members of Parliament during Tuesday's sitting of the Parliament of Fiji in Suva, June 8, 2027. "
            "REUTERS/Loata Vunivalu",
            "Parliament of Fiji",
        ),
        (
            "Lawmakers vote during a special meeting of the National Parliament of Papua New Guinea in Port "
            "Moresby, June 2, 2027. REUTERS/Kila Manu",
            "National Parliament of Papua New Guinea",
        ),
        # ... a name holding "of" already, then whose it is.
        (
            "Lawmakers attend a joint sitting of the House of Representatives of the Philippines in Manila, "
            "June 1, 2027. REUTERS/Ana Reyes",
            "House of Representatives of the Philippines",
        ),
        # Not the body its members belong to, named earlier in the sentence.
        (
            "NUKU'ALOFA (PACNEWS) --- Members of the Legislative Assembly during Wednesday's sitting of the "
            "Parliament of Tonga in Nuku'alofa. | Photo: PACNEWS",
            "Parliament of Tonga",
        ),
        # Whose it is, a facility too, is not the place: the part of it named first is.
        (
            "Cargo ships wait to enter the Miraflores Locks of the Panama Canal in Panama City, Panama, "
            "June 3, 2027. EPA-EFE/Ana Ruiz",
            "Miraflores Locks",
        ),
        # A possessive's first words name no one's place: a committee of the house.
        (
            "Prime Minister Sanae Takaichi speaks during a session of the House of Representatives' Budget "
            "Committee in Tokyo on June 7, 2027. | Kyodo",
            None,
        ),
    ],
)
def test_a_facility_named_with_whose_it_is_before_its_town(
    normaliser: Normaliser, caption: str, sublocation: str | None
) -> None:
    assert located(normaliser, caption, "sublocation") == (sublocation,)


@pytest.mark.parametrize(
    ("caption", "sublocation"),
    [
        # A name opening with a word that is also a given name, closed by a place's noun, is the place
        # passed ...
        (
            "Soldiers march past Ba Dinh Square during a parade marking National Day in Hanoi, Vietnam, "
            "June 2, 2027. REUTERS/Thanh Pham",
            "Ba Dinh Square",
        ),
        (
            "Visitors walk past Ho Chi Minh Mausoleum during a heatwave in Hanoi, Vietnam, June 5, 2027. "
            "REUTERS/Thanh Pham",
            "Ho Chi Minh Mausoleum",
        ),
        (
            "Joggers run past Albert Park during a cold morning in Auckland, New Zealand, June 7, 2027. "
            "REUTERS/Hone Parata",
            "Albert Park",
        ),
        # ... a player passed is none.
        (
            "Brisbane Broncos' Reece Walsh runs past Jack Wighton during the NRL match in Brisbane, Australia, "
            "June 4, 2027. AAP Image/Darren England",
            None,
        ),
    ],
)
def test_a_place_passed_named_like_a_person(
    normaliser: Normaliser, caption: str, sublocation: str | None
) -> None:
    assert located(normaliser, caption, "sublocation") == (sublocation,)


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        # A town line opening the caption, closed by a dash or a colon, is the chain read by the date; the
        # body names the venue in that town again.
        (
            "ISLAMABAD, April 12, 2027 (APP) - President receives a delegation at the Aiwan-e-Sadr in Islamabad "
            "on Monday. APP photo",
            "Aiwan-e-Sadr",
            "Islamabad",
        ),
        (
            "BENGALURU, KARNATAKA, 11/07/2027: Legislators arrive at the Vidhana Soudha in Bengaluru on Monday. "
            "Photo: K. Murali Kumar / The Hindu",
            "Vidhana Soudha",
            "Bengaluru",
        ),
        # A town line that is a sentence of its own: the next sentence names a venue, capitalised.
        (
            "Den Haag, donderdag. Boeren met trekkers op het Malieveld tijdens een protest tegen de "
            "stikstofregels. ANP BART MAAT",
            "Malieveld",
            "The Hague",
        ),
        # No venue after the line: none; nor a common noun ("el terminal del puerto").
        (
            "MUMBAI, MAHARASHTRA, 14/03/2027: Commuters wade through a waterlogged street in Mumbai on Friday. "
            "Photo: Vivek Bendre / The Hindu",
            None,
            "Mumbai",
        ),
        (
            "VALPARAÍSO, 10 DE FEBRERO DE 2027. Estibadores descargan contenedores en el terminal del puerto. "
            "FOTO: PEDRO SOTO / AGENCIAUNO",
            None,
            "Valparaíso",
        ),
        (
            "Brussel, woensdag. Premier Bart De Wever tijdens een persconferentie. BELGA PHOTO NICOLAS "
            "MAETERLINCK",
            None,
            "Brussels",
        ),
    ],
)
def test_a_venue_after_an_opening_town_line(
    normaliser: Normaliser, caption: str, sublocation: str | None, city: str
) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        # Dutch names a station head first, after the town it is in.
        (
            "Forenzen stappen in een trein op station Rotterdam Centraal, vrijdag. ANP ROBIN UTRECHT",
            "station Rotterdam Centraal",
            None,
        ),
        # "het station van Utrecht": the town's station, the town named.
        (
            "Reizigers wachten op het station van Utrecht na een storing, woensdag 14 april 2027. ANP ROBIN "
            "UTRECHT",
            None,
            "Utrecht",
        ),
        # A Spanish port named after its town: the town is read from it.
        (
            "Varios buques esperan en el puerto de Manzanillo, Colima, este lunes. EFE/Luis Ramírez",
            "puerto de Manzanillo",
            "Manzanillo",
        ),
    ],
)
def test_a_station_or_port_named_after_its_town(
    normaliser: Normaliser, caption: str, sublocation: str | None, city: str | None
) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


@pytest.mark.parametrize(
    ("caption", "sublocation"),
    [
        # A march to a place with its article: the marchers are shown on their way to it.
        (
            "Nurses march to the Parliament Buildings in Nairobi to demand unpaid wages on Tuesday, June 8, "
            "2027. REUTERS/Monicah Mwangi",
            "Parliament Buildings",
        ),
        # A common noun after it is none.
        (
            "Supporters march to the stadium before the match in Glasgow, Scotland, June 8, 2027. "
            "REUTERS/Russell Cheyne",
            None,
        ),
    ],
)
def test_a_march_to_a_place(normaliser: Normaliser, caption: str, sublocation: str | None) -> None:
    assert located(normaliser, caption, "sublocation") == (sublocation,)


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        # Italian names a street head first in lower case: "via" after a preposition, "corso", "viale".
        (
            "Residenti in via Indipendenza a Bologna dopo il nubifragio, martedì. ANSA/GIORGIO BENVENUTI",
            "via Indipendenza",
            "Bologna",
        ),
        (
            "Bancarelle in corso Vercelli a Milano per la fiera di domenica. (Foto Ansa)",
            "corso Vercelli",
            "Milan",
        ),
        (
            "Alberi abbattuti sul viale Regina Margherita a Roma, lunedì. ANSA/RICCARDO ANTIMIANI",
            "viale Regina Margherita",
            "Rome",
        ),
        # English capitalises the street after its preposition.
        ("Shoppers on Via del Corso in Rome on Saturday. REUTERS/Remo Casilli", "Via del Corso", "Rome"),
    ],
)
def test_an_italian_street_written_head_first(
    normaliser: Normaliser, caption: str, sublocation: str, city: str
) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


@pytest.mark.parametrize(
    "caption",
    [
        # English "via" is "by way of": no street of that name.
        "Evacuees arrive via Route 9 in Saugerties, N.Y., on Tuesday. (AP Photo/Hans Pennink)",
        "Commuters travel via Waterloo station in London on Monday. REUTERS/Isabel Infantes",
    ],
)
def test_english_via_opens_no_street(normaliser: Normaliser, caption: str) -> None:
    (sublocation,) = located(normaliser, caption, "sublocation")
    assert sublocation is None or not str(sublocation).lower().startswith("via ")


def test_a_brazilian_town_before_a_state_that_names_a_town_in_it_stays_the_town(
    normaliser: Normaliser,
) -> None:
    # Rio de Janeiro is a town in its namesake state: "no Rio de Janeiro" after a town is not read as the state
    # by the rule above; the town before it stays the town all the same.
    caption = (
        "Banhistas na praia de Icaraí, em Niterói, no Rio de Janeiro, neste domingo (15). "
        "Foto: Rafael Melo/Agência Brasil"
    )
    assert located(normaliser, caption, "city") == ("Niterói",)


@pytest.mark.parametrize(
    ("caption", "sublocation", "city", "state"),
    [
        # Portuguese "em <town>, no <state>": the state's name is a town elsewhere (Paraná, Argentina), so it
        # is read as the state only where the town lies in it; the venue before the town is kept.
        (
            "Turistas visitam as Cataratas do Iguaçu, em Foz do Iguaçu, no Paraná, em 4 de fevereiro de 2027. "
            "(Foto de Helena Prado / AFP)",
            "Cataratas do Iguaçu",
            "Foz do Iguaçu",
            "Paraná",
        ),
        (
            "Visitantes no Museu Oscar Niemeyer, em Curitiba, no Paraná, neste domingo (15). "
            "Foto: Ricardo Lemos/Agência Brasil",
            "Museu Oscar Niemeyer",
            "Curitiba",
            "Paraná",
        ),
        (
            "Fiéis na Igreja do Bonfim, em Salvador, na Bahia, neste domingo (15). Foto: Rafael Melo/Agência Brasil",
            "Igreja do Bonfim",
            "Salvador",
            "Bahia",
        ),
        # "Pará" is an old name of Belém, no town's own: the state.
        (
            "Romeiros na Basílica de Nazaré, em Belém, no Pará, neste domingo (13). Foto: Tarcísio Moura/Agência Pará",
            "Basílica de Nazaré",
            "Belém",
            "Pará",
        ),
    ],
)
def test_a_venue_before_a_brazilian_town_and_its_articled_state(
    normaliser: Normaliser, caption: str, sublocation: str, city: str, state: str
) -> None:
    assert located(normaliser, caption, "sublocation", "city", "province_state") == (sublocation, city, state)


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        # A legislature's house named head first in French, Portuguese and Spanish.
        (
            "Le premier ministre répond aux questions de l'opposition à la Chambre des communes, à Ottawa, le "
            "mercredi 8 novembre 2028. LA PRESSE CANADIENNE/Julie Marchand",
            "Chambre des communes",
            "Ottawa",
        ),
        (
            "Diputados durante la sesión en la Cámara de Diputados, en Ciudad de México, el 4 de noviembre de "
            "2028. EFE/Mario Guzmán",
            "Cámara de Diputados",
            "Mexico City",
        ),
        # The chamber of a house, in lower case, is the house: "no plenário da Câmara dos Deputados".
        (
            "Brasília (DF), 06/11/2028 - Deputados votam a proposta no plenário da Câmara dos Deputados. "
            "Foto: Joana Reis/Agência Brasil",
            "Câmara dos Deputados",
            "Brasília",
        ),
        # The bed of a reservoir a drought lays bare: the reservoir is the place.
        (
            "A farmer walks on the dry bed of Haweswater Reservoir near Penrith, England, August 22, 2028. "
            "REUTERS/Ann Smith",
            "Haweswater Reservoir",
            "Penrith",
        ),
    ],
)
def test_a_house_its_chamber_or_a_reservoirs_bed(
    normaliser: Normaliser, caption: str, sublocation: str, city: str
) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        (
            "Torcedores do Grêmio lotam a Arena do Grêmio, em Porto Alegre, neste domingo (13). "
            "Foto: Lucas Prates/Grêmio",
            "Arena do Grêmio",
            "Porto Alegre",
        ),
        (
            "Torcedores do Sport lotam a Ilha do Retiro antes do clássico, no Recife, neste domingo (15). "
            "Foto: Rafael Nunes/JC Imagem",
            "Ilha do Retiro",
            "Recife",
        ),
        (
            "Hinchas de River llenan el Estadio Monumental antes del partido, en Buenos Aires, el domingo. "
            "Foto: Télam/Juan Pérez",
            "Estadio Monumental",
            "Buenos Aires",
        ),
    ],
)
def test_a_name_a_romance_verb_of_a_crowd_takes_with_its_article(
    normaliser: Normaliser, caption: str, sublocation: str, city: str
) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


@pytest.mark.parametrize(
    "caption",
    [
        # An event's name runs on past the capitalised words: no place.
        "Fãs lotam o Rock in Rio, no Rio de Janeiro, neste sábado (12). Foto: Ana Lima/Agência Brasil",
        # A place noun in lower case names no place.
        "Torcedores lotam o estádio, em Salvador, neste domingo (13). Foto: Ana Lima/Agência Brasil",
    ],
)
def test_a_crowd_verbs_object_that_is_no_named_place(normaliser: Normaliser, caption: str) -> None:
    assert located(normaliser, caption, "sublocation") == (None,)


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        (
            "Visitors look at works during the press preview at the Fondation Beyeler in Riehen, near Basel, on "
            "May 17, 2028. (Photo by Sabine Vogt / AFP)",
            "Fondation Beyeler",
            "Riehen",
        ),
        (
            "Visitatori alla Fondazione Prada, Milano, 18 maggio 2028. ANSA/Mario Rossi",
            "Fondazione Prada",
            "Milan",
        ),
        (
            "Il presidente depone una corona d'alloro all'Altare della Patria, Roma, 4 novembre 2028. "
            "ANSA/Ettore Ferri",
            "Altare della Patria",
            "Rome",
        ),
    ],
)
def test_a_foundations_museum_or_an_altar_named_head_first(
    normaliser: Normaliser, caption: str, sublocation: str, city: str
) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


@pytest.mark.parametrize(
    "caption",
    [
        "Le président de la Fondation de France a remis les prix mercredi à Lyon. Photo: Le Progrès/Jean Morel",
        "Il presidente della Camera dei Deputati interviene al convegno a Milano, 18 maggio 2028. ANSA/Mario Rossi",
        "La directrice de la Fondation Abbé Pierre présente le rapport, à Paris, le 1er février 2028. AFP/Léa Roux",
    ],
)
def test_a_body_named_after_its_office_holder_is_no_place(normaliser: Normaliser, caption: str) -> None:
    assert located(normaliser, caption, "sublocation") == (None,)


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        # A ranked description between the place and the town "near" locates it by: the place is shown.
        (
            "A farmer walks on cracked earth at the dried-up Lalla Takerkoust dam, Morocco's third-largest "
            "reservoir, near Marrakesh, Morocco August 22, 2028. REUTERS/Samir Alaoui",
            "Lalla Takerkoust dam",
            "Marrakesh",
        ),
    ],
)
def test_a_ranked_description_between_the_place_and_its_town(
    normaliser: Normaliser, caption: str, sublocation: str, city: str
) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        # German "über dem", "über der" (over, dative) open a place as "über den" does.
        (
            "24.08.2028, Nordrhein-Westfalen, Köln: Rauch steigt über dem Chemiepark Knapsack auf. "
            "Foto: Lena Brandt/dpa",
            "Chemiepark Knapsack",
            "Köln",
        ),
        (
            "24.08.2028, Bayern, München: Ein Hubschrauber kreist über der Theresienwiese. Foto: Lena Brandt/dpa",
            "Theresienwiese",
            "Munich",
        ),
    ],
)
def test_a_place_after_german_ueber_dem(
    normaliser: Normaliser, caption: str, sublocation: str, city: str
) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


def test_a_reservoir_shown_in_the_passive_is_the_place(normaliser: Normaliser) -> None:
    caption = (
        "RIPPONDEN, ENGLAND - AUGUST 15: The exposed bed of Widdop Reservoir is seen during a drought on August "
        "15, 2028 in Ripponden, England. (Photo by Carl Dunmore/Getty Images)"
    )
    assert located(normaliser, caption, "sublocation", "city") == ("Widdop Reservoir", "Ripponden")


@pytest.mark.xfail(
    strict=True,
    reason="'reservoir' is a facility noun (the Sau and Kakhovka reservoirs shown), so a reservoir the picture is"
    " taken from wins over the passive subject: a known miss, left at stop 36",
)
def test_a_reservoir_a_picture_is_taken_from_is_not_the_place(normaliser: Normaliser) -> None:
    caption = (
        "The Zaporizhzhia Nuclear Power Plant is seen from the bank of the Kakhovka Reservoir in Nikopol, "
        "Ukraine, September 14, 2026. REUTERS/Olena Hrytsenko"
    )
    assert located(normaliser, caption, "sublocation") == ("Zaporizhzhia Nuclear Power Plant",)


def test_a_highland_gathering_is_an_event_not_a_place(normaliser: Normaliser) -> None:
    caption = (
        "Pipers march at the Cowal Gathering in Dunoon, Scotland, August 26, 2028. REUTERS/Ross McAllister"
    )
    assert located(normaliser, caption, "sublocation", "city") == (None, "Dunoon")


@pytest.mark.parametrize(
    ("caption", "sublocation"),
    [
        # A French market named after its square, opening the caption before the town.
        (
            "Le marché des Capucins, à Bordeaux, samedi 14 octobre 2028. Photo Julie Arnaud / Sud Ouest",
            "marché des Capucins",
        ),
        # A market hall's own head after "marché des": the hall is named.
        (
            "Le marché des Halles Saint-François, à Quimper (Finistère), mardi 9 novembre 2027. | OUEST-FRANCE",
            "Halles Saint-François",
        ),
        # "la Saint-Martin" is a saint's feast day: the fair held on it, no place.
        ("Le marché de la Saint-Martin à Saint-Gall, samedi 11 novembre 2028. KEYSTONE/Lucie Marchand", None),
    ],
)
def test_a_french_market_named_head_first(
    normaliser: Normaliser, caption: str, sublocation: str | None
) -> None:
    assert located(normaliser, caption, "sublocation") == (sublocation,)


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        # Catalan squares and streets written head first, in lower case, before "de" and their town.
        (
            "Els castellers aixequen un pilar a la plaça Major de Manresa, aquest diumenge. Foto: Marta Soler",
            "plaça Major",
            "Manresa",
        ),
    ],
)
def test_a_catalan_square_or_street_before_its_town_keeps_only_its_own_name(
    normaliser: Normaliser, caption: str, sublocation: str, city: str
) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)
