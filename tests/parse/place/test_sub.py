"""Place nouns `_sub` reads a sublocation by: German compounds glued to their noun, plural halls, a
prefect's seat written head first, and a name joined by a connector before its noun in lower case."""

from __future__ import annotations

import pytest

from captions import Normaliser
from captions._parse import is_street_name
from tests.conftest import located


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        (
            "06.02.2027, Bayern, Oberstdorf: Skispringen: Weltcup, Herren. Pius Paschke aus Deutschland "
            "landet an der Schattenbergschanze. Foto: Daniel Karmann/dpa",
            "Schattenbergschanze",
            "Oberstdorf",
        ),
        (
            "13.02.2027, Sachsen, Klingenthal: Skispringen: Weltcup, Damen. Katharina Schmid aus "
            "Deutschland springt auf der Vogtland Arena. Foto: Robert Michael/dpa",
            "Vogtland Arena",
            "Klingenthal",
        ),
    ],
)
def test_a_ski_jumping_hill_is_named_with_its_noun_glued_on(
    normaliser: Normaliser, caption: str, sublocation: str, city: str
) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


@pytest.mark.parametrize(
    "caption",
    [
        "01.01.2027, Bayern, Garmisch-Partenkirchen: Skispringen: Vierschanzentournee, Großschanze, Herren. "
        "Karl Geiger aus Deutschland springt auf der Großschanze. Foto: Daniel Karmann/dpa",
        "20.02.2027, Thüringen, Oberhof: Nordische Kombination: Weltcup, Normalschanze. Vinzenz Geiger aus "
        "Deutschland springt auf der Normalschanze. Foto: Martin Schutt/dpa",
    ],
)
def test_a_hills_size_names_no_hill(normaliser: Normaliser, caption: str) -> None:
    """ "auf der Großschanze": the large hill of any venue, a kind of event, no place's name."""
    assert located(normaliser, caption, "sublocation")[0] is None


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        (
            "Mayor Tanya Hollis speaks to reporters at the council chambers in Bendigo on Tuesday, "
            "March 9, 2027, after the budget vote. Picture: Darren Howe",
            "council chambers",
            "Bendigo",
        ),
        (
            "Councillors debate the rates rise in the council chambers in Napier, New Zealand, on "
            "Thursday, April 8, 2027. Photo: Warren Buckland",
            "council chambers",
            "Napier",
        ),
    ],
)
def test_council_chambers_are_a_place(
    normaliser: Normaliser, caption: str, sublocation: str, city: str
) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        (
            "Des éleveurs bloquent l'entrée devant la préfecture du Gers, à Auch, dans le sud-ouest de la "
            "France, le 3 février 2027. (Photo by Charly TRIBALLEAU / AFP)",
            "préfecture du Gers",
            "Auch",
        ),
        (
            "Des manifestants se rassemblent devant la préfecture de la Haute-Garonne à Toulouse, le 3 "
            "février 2027. (Photo by Charly TRIBALLEAU / AFP)",
            "préfecture de la Haute-Garonne",
            "Toulouse",
        ),
    ],
)
def test_a_prefecture_is_named_after_its_department(
    normaliser: Normaliser, caption: str, sublocation: str, city: str
) -> None:
    """The department after "préfecture de" names the building, not the town: the town is read after it."""
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        (
            "Morris dancers perform outside Bath Assembly Rooms in Bath, England, on Saturday, May 1, "
            "2027. Picture: Jon Alldritt",
            "Bath Assembly Rooms",
            "Bath",
        ),
        (
            "The new mayor of Knutsford, Cllr Ann Dorsey, outside Knutsford Assembly Rooms after the "
            "mayor-making ceremony. Picture: Knutsford Guardian",
            "Knutsford Assembly Rooms",
            "Knutsford",
        ),
    ],
)
def test_assembly_rooms_are_a_hall(normaliser: Normaliser, caption: str, sublocation: str, city: str) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        (
            "Sofia Goggia of Italy speeds down the Olympia delle Tofane course in Cortina d'Ampezzo, Italy, "
            "Friday, Jan. 29, 2027. (AP Photo/Gabriele Facciotti)",
            "Olympia delle Tofane course",
            "Cortina d'Ampezzo",
        ),
        (
            "Visitors walk through the Jardin des Plantes garden in Paris, France, on Sunday, April 4, "
            "2027. (AP Photo/Michel Euler)",
            "Jardin des Plantes garden",
            "Paris",
        ),
    ],
)
def test_a_name_with_a_connector_is_kept_whole_before_its_noun(
    normaliser: Normaliser, caption: str, sublocation: str, city: str
) -> None:
    """Not "Tofane course": the name's words before "delle" are part of it."""
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


@pytest.mark.parametrize(
    ("caption", "city"),
    [
        (
            "Boston Celtics guard Jaylen Brown (7) drives past Miami Heat forward Jimmy Butler (22) during "
            "the second half of an NBA basketball game, Friday, Feb. 5, 2027, in Boston. (AP Photo/Charles "
            "Krupa)",
            "Boston",
        ),
        (
            "Gonzaga's Anton Watson (22) drives past Saint Mary's Aidan Mahaney during the first half of an "
            "NCAA college basketball game Saturday, Feb. 6, 2027, in Spokane, Wash. (AP Photo/Young Kwak)",
            "Spokane",
        ),
    ],
)
def test_a_player_passed_is_no_place(normaliser: Normaliser, caption: str, city: str) -> None:
    """ "past" takes a player in a sports caption: a team, a position, a given name and a surname."""
    assert located(normaliser, caption, "sublocation", "city") == (None, city)


def test_a_landmark_passed_is_still_the_place(normaliser: Normaliser) -> None:
    caption = (
        "Runners go past Buckingham Palace during the London Marathon in London, Britain, April 25, 2027. "
        "REUTERS/Hannah McKay"
    )
    assert located(normaliser, caption, "sublocation", "city") == ("Buckingham Palace", "London")


@pytest.mark.parametrize(
    ("caption", "city"),
    [
        (
            "Genks Tolu Arokodare viert zijn doelpunt tijdens een voetbalwedstrijd tussen KRC Genk en "
            "Standard de Liège, zaterdag 6 februari 2027 in Genk. BELGA FOTO YORICK JANSENS",
            "Genk",
        ),
        (
            "Gentse fans tijdens de wedstrijd tussen KAA Gent en Cercle Brugge, zondag 7 februari 2027 in "
            "Gent. BELGA FOTO KURT DESPLENTER",
            "Gent",
        ),
    ],
)
def test_the_second_side_of_a_match_is_no_place(normaliser: Normaliser, caption: str, city: str) -> None:
    """Dutch "en" after "tussen" is "and", not the Romance "in": the second team, no place."""
    assert located(normaliser, caption, "sublocation", "city") == (None, city)


@pytest.mark.parametrize(
    "caption",
    [
        "07.02.2027, Baden-Württemberg, Mainz: Narren ziehen beim Rosenmontagsumzug durch die Innenstadt. "
        "Foto: Silas Stein/dpa",
        "07.02.2027, Baden-Württemberg, Konstanz: Hästräger ziehen beim Narrentreffen durch die Stadt. "
        "Foto: Felix Kästle/dpa",
    ],
)
def test_an_event_or_a_towns_centre_is_no_place_in_it(normaliser: Normaliser, caption: str) -> None:
    """ "beim Narrentreffen" names an event, "durch die Innenstadt" the town's centre."""
    assert located(normaliser, caption, "sublocation")[0] is None


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        (
            "Anthony Joshua during a public workout at Outernet London, ahead of his heavyweight fight at "
            "Wembley Stadium on Saturday. Picture date: Wednesday March 17, 2027. PA Photo. Photo credit "
            "should read: Bradley Collyer/PA Wire.",
            "Outernet London",
            "London",
        ),
        (
            "Ireland players during a training session at the IRFU High Performance Centre in Dublin, ahead "
            "of the Six Nations match at the Aviva Stadium, Monday February 8, 2027. Photo credit should "
            "read: Brian Lawless/PA Wire.",
            "IRFU High Performance Centre",
            "Dublin",
        ),
    ],
)
def test_a_coming_events_venue_is_not_the_pictures(
    normaliser: Normaliser, caption: str, sublocation: str, city: str
) -> None:
    """ "ahead of their fight at Wembley Arena": where the fight will be, not where the picture was taken."""
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        (
            "Flamengo's Pedro celebrates scoring against Palmeiras during a Brazilian league soccer match at "
            "Allianz Parque stadium in Sao Paulo, Brazil, Sunday, Feb. 7, 2027. (AP Photo/Andre Penner)",
            "Allianz Parque",
            "São Paulo",
        ),
        (
            "PSG's Ousmane Dembele celebrates after scoring during the French League One soccer match at the "
            "Parc des Princes stadium in Paris, Saturday, Feb. 6, 2027. (AP Photo/Michel Euler)",
            "Parc des Princes",
            "Paris",
        ),
        (
            "Fans wave flags before a Brazilian league soccer match at Maracana stadium in Rio de Janeiro, "
            "Brazil, Sunday, Feb. 7, 2027. (AP Photo/Bruna Prado)",
            "Maracana stadium",
            "Rio de Janeiro",
        ),
    ],
)
def test_a_venues_describing_noun_goes_after_a_name_with_its_own(
    normaliser: Normaliser, caption: str, sublocation: str, city: str
) -> None:
    """ "Allianz Parque stadium": the name holds its place noun, "stadium" only describes it; a bare name
    keeps it ("Maracana stadium")."""
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        (
            "Tourists ride camels past the Step Pyramid at the Saqqara Pyramids archaeological site on the "
            "outskirts of Giza, Egypt, Monday, July 19, 2027. (AP Photo/Amr Nabil)",
            "Saqqara Pyramids",
            "Giza",
        ),
        (
            "Visitors walk past the Temple of Hatshepsut archaeological site near Luxor, Egypt, Monday, July "
            "19, 2027. (AP Photo/Amr Nabil)",
            "Temple of Hatshepsut",
            "Luxor",
        ),
        (
            "Tourists walk at the Herculaneum archaeological site in Ercolano, Italy, Monday, July 19, 2027. "
            "(AP Photo/Andrew Medichini)",
            "Herculaneum archaeological site",
            "Ercolano",
        ),
    ],
)
def test_a_sites_noun_of_two_words_goes_after_a_name_with_its_own(
    normaliser: Normaliser, caption: str, sublocation: str, city: str
) -> None:
    """ "the Saqqara Pyramids archaeological site": the name holds its place noun, the site's noun only
    describes it; a town's name alone keeps it ("the Herculaneum archaeological site")."""
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        # A legislature's house heads a named place, as "Congreso" does.
        (
            "Diputados llegan a la Asamblea Nacional en Caracas (Venezuela) este martes. EFE/Miguel Gutiérrez",
            "Asamblea Nacional",
            "Caracas",
        ),
        (
            "Manifestantes protestan frente a la Asamblea Legislativa en San Salvador (El Salvador) este "
            "jueves. EFE/Rodrigo Sura",
            "Asamblea Legislativa",
            "San Salvador",
        ),
        (
            "Servidores protestam em frente à Assembleia Legislativa em Porto Alegre, nesta terça-feira (2). "
            "Foto: Ana Souza/Folhapress",
            "Assembleia Legislativa",
            "Porto Alegre",
        ),
    ],
)
def test_a_legislature_s_house(normaliser: Normaliser, caption: str, sublocation: str, city: str) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


@pytest.mark.parametrize(
    ("caption", "sublocation"),
    [
        # A named site and another part of it, unnamed, after "and": the named one.
        (
            "A worker walks past the Port Arthur refinery and chemical plant in Port Arthur, Texas, Thursday, "
            "March 5, 2026. (AP Photo/Lekan Oyekanmi)",
            "Port Arthur refinery",
        ),
        # A part of a building or site before "of": the site is the place.
        (
            "Exhibitors set up stands in the halls of Koelnmesse in Cologne, Germany, March 5, 2026. "
            "REUTERS/Thilo Schmuelgen",
            "Koelnmesse",
        ),
        (
            "Haul trucks drive in the open pit of the Escondida mine in Antofagasta, Chile, March 5, 2026. "
            "REUTERS/Ivan Alvarado",
            "Escondida mine",
        ),
        # A site's gate, an adjective before it: the site.
        (
            "Workers walk past the historic gate of the Szczecin Shipyard in Szczecin, Poland, March 4, 2027. "
            "(AP Photo/Czarek Sokolowski)",
            "Szczecin Shipyard",
        ),
        (
            "Fans queue at the main gate of the Olympiastadion in Berlin, Germany, March 3, 2027. "
            "REUTERS/Lisi Niesner",
            "Olympiastadion",
        ),
        # The same in German, the trading floor before a genitive article; dpa's dateline gives the town.
        (
            "06.03.2026, Hessen, Frankfurt/Main: Eine Händlerin arbeitet auf dem Parkett der Frankfurter "
            "Wertpapierbörse. Foto: Boris Roessler/dpa",
            "Frankfurter Wertpapierbörse",
        ),
        # A Romance word of time ends the place's name: "antes del partido".
        (
            "Aficionados en el estadio Mestalla antes del partido entre el Valencia y el Betis, en Valencia, "
            "el 3 de marzo de 2026. EFE/Kai Försterling",
            "estadio Mestalla",
        ),
    ],
)
def test_a_sites_name_is_cut_from_what_surrounds_it(
    normaliser: Normaliser, caption: str, sublocation: str
) -> None:
    assert located(normaliser, caption, "sublocation")[0] == sublocation


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        # A plant or a refinery written head first in lower case after a Romance "view of", its town after
        # "de" (a small one, held by the department written in brackets) or its own phrase.
        (
            "Vue de la centrale nucléaire de Golfech (Tarn-et-Garonne), le 3 mars 2026. (Photo by Valentine "
            "CHAPUIS / AFP)",
            "centrale nucléaire de Golfech",
            "Golfech",
        ),
        (
            "Vista da refinaria Presidente Bernardes, em Cubatão (SP), em 3 de março de 2026. Foto: Danilo "
            "Verpa/Folhapress",
            "refinaria Presidente Bernardes",
            "Cubatão",
        ),
    ],
)
def test_an_industrial_site_is_named_head_first(
    normaliser: Normaliser, caption: str, sublocation: str, city: str
) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


@pytest.mark.parametrize(
    ("caption", "sublocation"),
    [
        # A German compound naming a plant or a terminal, its name after it.
        (
            "06.03.2026, Nordrhein-Westfalen, Grevenbroich: Blick auf das Kraftwerk Neurath. Foto: Oliver Berg/dpa",
            "Kraftwerk Neurath",
        ),
        (
            "06.03.2026, Bremen, Bremerhaven: Autos warten am Containerterminal Eurogate im Hafen. Foto: Sina "
            "Schuldt/dpa",
            "Containerterminal Eurogate",
        ),
        # A lone noun, capitalised as German writes every noun, names no place.
        (
            "06.03.2026, Niedersachsen, Hannover: Reisende warten am Bahnhof. Foto: Julian Stratenschulte/dpa",
            None,
        ),
    ],
)
def test_a_german_compound_head_before_its_name(
    normaliser: Normaliser, caption: str, sublocation: str | None
) -> None:
    assert located(normaliser, caption, "sublocation")[0] == sublocation


def test_a_french_article_elided_before_a_head_in_lower_case(normaliser: Normaliser) -> None:
    """ "l'usine Stellantis de Poissy": the place noun after "l'" and its name; the town after "de" is its
    town, as "stadio San Siro di Milano" is in Milan."""
    caption = "Vue de l'usine Stellantis de Poissy (Yvelines), le 6 mars 2026. (Photo by Thomas SAMSON / AFP)"
    assert located(normaliser, caption, "sublocation", "city") == ("usine Stellantis", "Poissy")


@pytest.mark.parametrize(
    ("caption", "sublocation"),
    [
        # French streets, written head first in lower case and named after a person, the "de" elided too.
        (
            "Des manifestants défilent sur l'avenue Bourguiba-Jeune, à Sousse, le 3 février 2027. (Photo by "
            "Sami ABID / AFP)",
            "avenue Bourguiba-Jeune",
        ),
        (
            "Des supporters célèbrent la qualification sur le boulevard Saint-Michel, à Paris, le 4 février "
            "2027. (Photo by Julie MARTIN / AFP)",
            "boulevard Saint-Michel",
        ),
        (
            "Des manifestants se rassemblent sur l'avenue de l'Unité, à Niamey, le 5 février 2027. (Photo by "
            "Issa KONE / AFP)",
            "avenue de l'Unité",
        ),
        # A market named after its quarter, an adjective before its noun.
        (
            "Des commerçantes vendent des légumes au grand marché d'Attécoubé, à Abidjan, le 6 février 2027. "
            "(Photo by Sia KAMBOU / AFP)",
            "grand marché d'Attécoubé",
        ),
        # An industrial site named after a person.
        (
            "Des ouvriers au travail sur le site Marcel-Dassault, à Mérignac, le 7 février 2027. (Photo by "
            "Philippe LOPEZ / AFP)",
            "site Marcel-Dassault",
        ),
    ],
)
def test_a_french_street_market_or_site_named_head_first(
    normaliser: Normaliser, caption: str, sublocation: str
) -> None:
    assert located(normaliser, caption, "sublocation")[0] == sublocation


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        (
            "Vendors wait for customers at the Gouro market, in the city of Abidjan, on Feb. 10, 2027. (AP "
            "Photo/Leo Correa)",
            "Gouro market",
            "Abidjan",
        ),
        (
            "Des commerçantes au marché Gouro, dans le district d'Abidjan, ont reçu des kits le 10 février 2027. "
            "(Photo AIP)",
            "marché Gouro",
            "Abidjan",
        ),
        (
            "Vendedores esperan clientes en el mercado de Paloquemao, en la ciudad de Bogotá, el 10 de febrero "
            "de 2027. EFE/Carlos Ortega",
            "mercado de Paloquemao",
            "Bogotá",
        ),
    ],
)
def test_a_place_before_its_town_named_with_a_settlement_noun(
    normaliser: Normaliser, caption: str, sublocation: str, city: str
) -> None:
    """ "at the Gouro market, in the city of Abidjan": the town written with its noun after a comma is the
    place's, as a bare one is ("at the Gouro market, in Abidjan")."""
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


@pytest.mark.parametrize(
    ("caption", "sublocation"),
    [
        # "vor dem Spiel" is before the game, no place in front of one: the stadium after it is the place.
        (
            "13.03.2027, Bremen: Fans von Werder Bremen jubeln vor dem Spiel im Weserstadion. "
            "Foto: Carmen Jaspersen/dpa",
            "Weserstadion",
        ),
        (
            "13.03.2027, Nürnberg: Ordner stehen vor dem Pokalspiel im Max-Morlock-Stadion. "
            "Foto: Daniel Karmann/dpa",
            "Max-Morlock-Stadion",
        ),
    ],
)
def test_a_game_is_no_place(normaliser: Normaliser, caption: str, sublocation: str) -> None:
    assert located(normaliser, caption, "sublocation") == (sublocation,)


def test_an_armed_services_base_names_none_in_particular(normaliser: Normaliser) -> None:
    caption = "Troops train at a military base in Pingtung, Taiwan, March 11, 2027. REUTERS/Ann Wang"
    assert located(normaliser, caption, "sublocation", "city") == (None, "Pingtung")


def test_a_named_facility_right_before_near_and_a_town(normaliser: Normaliser) -> None:
    caption = (
        "A Minotaur rocket lifts off from Wallops Flight Facility near Chincoteague, Virginia, March 4, 2027. "
        "REUTERS/Jonathan Ernst"
    )
    assert located(normaliser, caption, "sublocation") == ("Wallops Flight Facility",)


@pytest.mark.parametrize(
    "caption",
    [
        "El secretario general interviene en el Congreso Federal del PSOE en Sevilla, este domingo. EFE/ Julio Muñoz",
        "Delegados participam do Congresso Nacional do PT em Brasília, neste sábado (6). "
        "Foto: Joédson Alves/Agência Brasil",
    ],
)
def test_a_partys_congress_is_no_legislatures_house(normaliser: Normaliser, caption: str) -> None:
    # A head that names a parliament and a party's meeting alike, closed by the party's initials.
    assert located(normaliser, caption, "sublocation") == (None,)


@pytest.mark.parametrize(
    "caption",
    [
        "Screenshot from a video posted on X shows smoke rising over Kharkiv, Ukraine, Feb. 12, 2027. Social media via REUTERS",
        "Screenshot from a video posted on Telegram shows smoke over Kharkiv, Ukraine, Feb. 12, 2027. Social media via REUTERS",
    ],
)
def test_where_a_picture_was_posted_is_no_sublocation(normaliser: Normaliser, caption: str) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (None, "Kharkiv")


def test_a_person_written_after_a_role_is_no_sublocation(normaliser: Normaliser) -> None:
    # "over" opens a place phrase, but the name after a player's role is the player's.
    caption = (
        "Golden State Warriors guard Stephen Curry shoots over Denver Nuggets center Nikola Jokic during the "
        "first half in San Francisco, Tuesday, March 9, 2027. (AP Photo/Jane Doe)"
    )
    assert located(normaliser, caption, "sublocation", "city") == (None, "San Francisco")


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        # A sponsor's name in lower case with digits opens the venue's name.
        (
            "Fans arrive before the Premier League match at the bet365 Stadium in Stoke-on-Trent, Britain, "
            "May 1, 2027. REUTERS/Ann Lee",
            "bet365 Stadium",
            "Stoke-on-Trent",
        ),
        (
            "Fans queue at the packed o2 Arena in Prague, Czech Republic, May 1, 2027. REUTERS/Ann Lee",
            "o2 Arena",
            "Prague",
        ),
        # An adjective before the name is still none of it.
        (
            "Fans at the snow-covered Etihad Stadium in Manchester, Britain, May 1, 2027. REUTERS/Ann Lee",
            "Etihad Stadium",
            "Manchester",
        ),
    ],
)
def test_a_sponsors_name_in_lower_case_opens_a_venues_name(
    normaliser: Normaliser, caption: str, sublocation: str, city: str
) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


@pytest.mark.parametrize(
    ("caption", "city"),
    [
        (
            "Traders sort tomatoes at a wholesale market in Hyderabad, Pakistan, Tuesday, Dec. 14, 2027. "
            "(AP Photo/Pervez Masih)",
            "Hyderabad",
        ),
        (
            "Women buy greens at a vegetable market in Kaduna, Nigeria, December 14, 2027. REUTERS/Afolabi Sotunde",
            "Kaduna",
        ),
    ],
)
def test_a_markets_kind_names_no_market(normaliser: Normaliser, caption: str, city: str) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (None, city)


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        (
            "Fans cheer a wrestler at the Arène nationale in Pikine, near Dakar, on December 26, 2027. (Photo by "
            "Seyllou / AFP)",
            "Arène nationale",
            "Pikine",
        ),
        (
            "Muscat, Dec 21 (ONA) - Shoppers buy frankincense in Souq Mutrah on Tuesday.",
            "Souq Mutrah",
            "Muscat",
        ),
        (
            "Orang ramai berkumpul di Jalan Raja Laut, Kuala Lumpur, semalam. - Foto BERNAMA",
            "Jalan Raja Laut",
            None,
        ),
    ],
)
def test_a_site_noun_written_first_in_another_language(
    normaliser: Normaliser, caption: str, sublocation: str, city: str | None
) -> None:
    # A head-first place noun ("Souq", "Jalan") opens a name; a French one keeps its adjective.
    assert located(normaliser, caption, "sublocation")[0] == sublocation
    if city is not None:
        assert located(normaliser, caption, "city")[0] == city


@pytest.mark.parametrize(
    ("name", "street"),
    [
        ("Drummond Street North", True),
        ("Victoria St", True),
        ("Pembina Highway", True),
        ("Highway 17", True),
        ("King Street West", True),
        ("Victoria", False),
        ("Street", False),  # the noun alone names no street
        ("West End", False),
        ("Leeds St James", False),  # "St" before a name is a saint's
    ],
)
def test_a_street_is_closed_by_its_noun(name: str, street: bool) -> None:
    assert is_street_name(name) is street


@pytest.mark.parametrize(
    ("caption", "sublocation", "city", "country"),
    [
        # A street after "on" is the place in a town, never the town (it was the city, not in the gazetteer).
        (
            "Shepparton Base Hospital nurses rally on Welsford Street North on Tuesday. Picture: Ella Brody",
            "Welsford Street North",
            "Shepparton",
            "AU",
        ),
        # Nor a namesake the gazetteer holds near its short form (Victoria Point, Queensland); the town's
        # possessive further on is the page's own, after its council's name, which names no town.
        (
            "Waipā District Council contractors begin stripping the roof of Cambridge's town hall on Victoria "
            "St on Monday.\nRUBY TANE/STUFF",
            "Victoria St",
            "Cambridge",
            "NZ",
        ),
    ],
)
def test_a_street_after_on_is_no_town(
    normaliser: Normaliser, caption: str, sublocation: str, city: str, country: str
) -> None:
    assert located(normaliser, caption, "sublocation", "city", "country_code") == (sublocation, city, country)
