"""Venues read as the sublocation: domes, termini and courts named with their nouns, and a venue named
with its owner as a caption's subject."""

from __future__ import annotations

import pytest

from captions import Normaliser
from tests.conftest import located


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        (
            "Fans tailgate outside the Carrier Dome in Syracuse, N.Y., Saturday, Nov. 2, 2024. "
            "(AP Photo/Adrian Kraus)",
            "Carrier Dome",
            "Syracuse",
        ),
        (
            "A passenger train departs from the Nairobi Terminus in Nairobi, Kenya, June 3, 2025. "
            "(Xinhua/Wang Guansen)",
            "Nairobi Terminus",
            "Nairobi",
        ),
        (
            "Protesters gather outside the Royal Courts of Justice in London, Britain, May 12, 2025. "
            "REUTERS/Toby Melville",
            "Royal Courts of Justice",
            "London",
        ),
        (
            "Conor Byrne (29), of Finglas, leaving the Criminal Courts of Justice in Dublin yesterday. "
            "Pic: Collins Courts",
            "Criminal Courts",
            "Dublin",
        ),
    ],
)
def test_a_dome_a_terminus_and_courts_are_venues(
    normaliser: Normaliser, caption: str, sublocation: str, city: str
) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        (
            "The University of Idaho's Kibbie Dome in Moscow, Idaho, on Friday. "
            "Credit: Tessa Lindqvist for The Washington Post",
            "Kibbie Dome",
            "Moscow",
        ),
        (
            "Syracuse University's JMA Wireless Dome in Syracuse, N.Y., is seen Saturday, Nov. 2, 2024. "
            "(AP Photo/Adrian Kraus)",
            "JMA Wireless Dome",
            "Syracuse",
        ),
        (
            "Louisiana State University's Tiger Stadium in Baton Rouge, La., Saturday, Sept. 6, 2025. "
            "(AP Photo/Matthew Hinton)",
            "Tiger Stadium",
            "Baton Rouge",
        ),
    ],
)
def test_a_venue_named_with_its_owner_as_the_subject(
    normaliser: Normaliser, caption: str, sublocation: str, city: str
) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


@pytest.mark.parametrize(
    ("caption", "sublocation"),
    [
        (
            "Jemaah menunaikan solat sunat Aidilfitri di Masjid Sultan, Kampong Glam, pada 31 Mac. "
            "- Foto BH: NUR SYAFIQAH RAHMAN",
            "Masjid Sultan",
        ),
        (
            "Umat Islam menunaikan salat Idulfitri di Masjid Istiqlal, Jakarta, Senin (31/3/2025). "
            "ANTARA FOTO/Aprillio Akbar",
            "Masjid Istiqlal",
        ),
        (
            "Worshippers pray at Masjid Jamek in Kuala Lumpur on Monday. (Photo by Mohd Rasfan/AFP)",
            "Masjid Jamek",
        ),
    ],
)
def test_a_mosque_named_head_first_in_malay_is_the_sublocation(
    normaliser: Normaliser, caption: str, sublocation: str
) -> None:
    location = normaliser.normalise(caption).location
    assert location is not None
    assert location.sublocation == sublocation
    # "Masjid" is the noun, not Iran's village Masjed-e ‘Olyā, which lists it as another name.
    assert location.country_code != "IR"


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        (
            "Fans gather outside CommBank Stadium in Parramatta before a Western Sydney Wanderers home game "
            "on Saturday night. Picture: NewsWire / Damian Shaw",
            "CommBank Stadium",
            "Parramatta",
        ),
        (
            "Supporters march through Leeds ahead of a home game against Everton on Saturday. "
            "(Photo by George Wood/Getty Images)",
            None,
            "Leeds",
        ),
        (
            "Crowds queue at the turnstiles in Christchurch before a home test against France, July 12, 2025. "
            "(Photo by Joe Allison/Getty Images)",
            None,
            "Christchurch",
        ),
    ],
)
def test_a_place_phrase_ends_at_a_clause_word_before_a_place_noun(
    normaliser: Normaliser, caption: str, sublocation: str | None, city: str
) -> None:
    # "home" is a place noun ("care home"), but "before a home game" opens a clause: the town ends there.
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        # A room in lower case names no place; the building it is in does.
        (
            "DEN HAAG - Senatoren in de plenaire zaal van de Eerste Kamer tijdens het debat. ANP JAN JANSEN",
            "Eerste Kamer",
            "The Hague",
        ),
        (
            "AMSTERDAM - Bezoekers in de grote zaal van het Concertgebouw. ANP REMKO DE WAAL",
            "Concertgebouw",
            "Amsterdam",
        ),
        (
            "ROMA, 4 marzo 2026 - I senatori nell'aula del Senato durante il voto. ANSA/MARIO ROSSI",
            "Senato",
            "Rome",
        ),
        # A room named in capitals is a place of its own, kept whole.
        (
            "The president speaks in the Briefing Room of the White House in Washington, Jan. 5, 2025. "
            "(AP Photo/Evan Vucci)",
            "Briefing Room of the White House",
            "Washington",
        ),
    ],
)
def test_the_building_a_room_is_in(normaliser: Normaliser, caption: str, sublocation: str, city: str) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        # A place noun of one word or more written first, before the name: Swahili "uwanja wa" (ground of),
        # "Mnara wa Saa" (clock tower), Vietnamese "Nhà thờ" (church), "chợ" (market), Indonesian "Pantai"
        # (beach), Portuguese "Baía de" (bay of).
        (
            "Wananchi wakisikiliza hotuba katika uwanja wa Uhuru jijini Dar es Salaam. PICHA | SAID KHAMIS",
            "uwanja wa Uhuru",
            "Dar es Salaam",
        ),
        (
            "Watalii wakipiga picha katika Mnara wa Askari jijini Dar es Salaam, Machi 3, 2026. Picha na "
            "Said Khamis",
            "Mnara wa Askari",
            "Dar es Salaam",
        ),
        (
            "Du khách tham quan Nhà thờ Lớn Hà Nội tại Hà Nội ngày 3/3/2026. Ảnh: Ngọc Thành",
            "Nhà thờ Lớn Hà Nội",
            "Hanoi",
        ),
        (
            "Người dân mua sắm tại chợ Đồng Xuân, Hà Nội, sáng 3/3. Ảnh: Ngọc Thành",
            "chợ Đồng Xuân",
            "Hanoi",
        ),
        # "cầu" (bridge), "công viên" (park), with the town after a comma or in brackets (TTXVN).
        (
            "Người dân đạp xe trên cầu Chương Dương (Hà Nội) trong giá rét, sáng 8/3/2026. Ảnh: Thành Đạt/TTXVN",
            "cầu Chương Dương",
            "Hanoi",
        ),
        (
            "Người cao tuổi tập thể dục trong công viên Thống Nhất, Hà Nội, sáng 8/3/2026. Ảnh: Thành Đạt/TTXVN",
            "công viên Thống Nhất",
            "Hanoi",
        ),
        (
            "Wisatawan bermain di Pantai Losari, Makassar, Sulawesi Selatan, Minggu (1/3/2026). ANTARA "
            "FOTO/Arnas Padda",
            "Pantai Losari",
            "Makassar",
        ),
    ],
)
def test_a_place_noun_written_first_in_asian_and_african_languages(
    normaliser: Normaliser, caption: str, sublocation: str, city: str
) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        # A place noun written first in the segment before a town named with its settlement word.
        (
            "Vendedores no mercado de Xipamanine, na cidade de Maputo, 3 de março de 2026. LUSA/Ricardo Franco",
            "mercado de Xipamanine",
            "Maputo",
        ),
        # A day with its ordinal ending inside a name is no date: "the May 18th ...", "the July 4th ...".
        (
            "Visitors pay tribute at the April 19th Revolution Memorial in Seoul on March 3, 2026. (Yonhap)",
            "April 19th Revolution Memorial",
            "Seoul",
        ),
    ],
)
def test_a_venue_before_a_settlement_word_or_with_a_day_in_its_name(
    normaliser: Normaliser, caption: str, sublocation: str, city: str
) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


def test_a_french_venue_named_before_its_town_elided(normaliser: Normaliser) -> None:
    location = normaliser.normalise(
        "Des supporters au stade Alassane-Ouattara d'Abidjan, le 3 mars 2026. (Photo by Sia KAMBOU / AFP)"
    ).location
    assert location is not None
    assert (location.sublocation, location.city, location.country_code) == (
        "stade Alassane-Ouattara",
        "Abidjan",
        "CI",
    )


def test_a_beach_named_after_its_town_before_a_regency(normaliser: Normaliser) -> None:
    location = normaliser.normalise(
        "Wisatawan bermain air di Pantai Kuta, Badung, Bali, Minggu (1/3/2026). ANTARA FOTO/Nyoman Hendra"
    ).location
    assert location is not None
    assert (location.sublocation, location.city, location.province_state) == ("Pantai Kuta", "Kuta", "Bali")


@pytest.mark.parametrize(
    "caption",
    [
        # A later sentence with a day of its own tells of another time: its venue is not the picture's.
        "Kirsty Coventry speaks at a news conference in Lausanne, Switzerland, Monday, Jan. 4, 2027. The IOC "
        "session opens at the SwissTech Convention Center on March 3, 2027. (AP Photo/Laurent Gillieron)",
        "FILE - Fans cheer during the opening ceremony in Cortina d'Ampezzo, Italy, Friday, Feb. 6, 2026. The "
        "Games closed at the Verona Arena on Feb. 22, 2026. (AP Photo/Luca Bruno, File)",
    ],
)
def test_a_later_sentence_of_another_day_gives_no_venue(normaliser: Normaliser, caption: str) -> None:
    location = normaliser.normalise(caption).location
    assert location is not None and location.sublocation is None


def test_a_later_sentence_of_the_same_day_gives_the_venue(normaliser: Normaliser) -> None:
    # Its date holds no number the picture's does not: the same day, and its venue is the picture's.
    caption = (
        "Rescuers search the rubble in Kyiv, Ukraine, Monday, Jan. 4, 2027. Firefighters worked through the "
        "night at the Okhmatdyt Children's Hospital on Jan. 4, 2027. (AP Photo/Efrem Lukatsky)"
    )
    assert located(normaliser, caption, "sublocation", "city") == ("Okhmatdyt Children's Hospital", "Kyiv")


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        # Indonesian "di" is "in": the town after it is no part of the place's name, however small.
        (
            "Wisatawan mengunjungi Candi Borobudur di Magelang, Jawa Tengah, Minggu (7/6/2026). "
            "ANTARA FOTO/Anis Efizudin",
            "Candi Borobudur",
            "Magelang",
        ),
        (
            "Umat Islam salat Jumat di Masjid Raya Baiturrahman di Banda Aceh, Jumat (6/3/2026). "
            "ANTARA FOTO/Irwansyah Putra",
            "Masjid Raya Baiturrahman",
            "Banda Aceh",
        ),
    ],
)
def test_an_indonesian_place_before_di_and_its_town(
    normaliser: Normaliser, caption: str, sublocation: str, city: str
) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


def test_and_joins_two_names_of_one_place_written_head_first(normaliser: Normaliser) -> None:
    caption = (
        "Pałac Kultury i Nauki w Warszawie podświetlony na biało-czerwono, 11 listopada 2026 r. "
        "Fot. PAP/Paweł Supernak"
    )
    assert located(normaliser, caption, "sublocation", "city") == ("Pałac Kultury i Nauki", "Warsaw")


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        # A monument named for a person, its noun in lower case, an adverb before the clause that follows.
        (
            "Restorers clean the base of the Friedrich Engels monument shortly before its rededication in "
            "Wuppertal, Germany, Friday, Sept. 4, 2026. (AP Photo/Martin Meissner)",
            "Friedrich Engels monument",
            "Wuppertal",
        ),
        (
            "Veterans lay wreaths at the foot of the Tadeusz Kosciuszko statue during a ceremony in Krakow, "
            "Poland, May 3, 2026. REUTERS/Kacper Pempel",
            "Tadeusz Kosciuszko statue",
            "Kraków",
        ),
    ],
)
def test_a_monument_named_for_a_person_in_lower_case(
    normaliser: Normaliser, caption: str, sublocation: str, city: str
) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        # Ministries and embassies named head first, after a preposition the chain does not read.
        (
            "Jubilados protestan frente al Ministerio de Trabajo en Buenos Aires, Argentina, el 8 de abril de "
            "2026. EFE/Juan Ignacio Roncoroni",
            "Ministerio de Trabajo",
            "Buenos Aires",
        ),
        (
            "Professores protestam em frente ao Ministério da Educação, em Brasília, 14 de abril de 2026. "
            "Foto: Marcelo Camargo/Agência Brasil",
            "Ministério da Educação",
            "Brasília",
        ),
        (
            "Decenas de personas se concentran ante la Embajada de Francia en Madrid, este martes. "
            "EFE/Fernando Villar",
            "Embajada de Francia",
            "Madrid",
        ),
    ],
)
def test_a_ministry_or_an_embassy_named_head_first(
    normaliser: Normaliser, caption: str, sublocation: str, city: str
) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


@pytest.mark.parametrize(
    ("caption", "sublocation"),
    [
        # A later sentence: the landmark after "near" only locates the named place before it.
        (
            "Firefighters work in Vienna, Austria, Monday, Feb. 9, 2026. The fire started in a laundry room of "
            "the Hotel Imperial near Schwarzenbergplatz. (AP Photo/Heinz-Peter Bader)",
            "Hotel Imperial",
        ),
        # Nothing named before "near": no place is shown, not the landmark that locates it.
        (
            "Police officers stand guard in Prague, Czech Republic, Sunday, Jan. 11, 2026. The suspect was "
            "arrested in an apartment near Wenceslas Square, police said. (AP Photo/Petr David Josek)",
            None,
        ),
    ],
)
def test_a_later_landmark_near_another_place(
    normaliser: Normaliser, caption: str, sublocation: str | None
) -> None:
    assert located(normaliser, caption, "sublocation") == (sublocation,)


@pytest.mark.parametrize(
    ("caption", "province_state", "country_code"),
    [
        # A division's own name with a possessive in it is one name, no owner's ("Bay" is no town).
        (
            "Grapes ripen on the vines in Hawke's Bay, New Zealand, on Tuesday. Photo / Warren Buckland",
            "Hawke's Bay",
            "NZ",
        ),
        ("Orchard workers pick apples in Hawke's Bay on Monday. Photo / Paul Taylor", "Hawke's Bay", "NZ"),
        (
            "Ferries line up at the dock on Martha's Vineyard, Mass., Saturday, Aug. 1, 2026. "
            "(AP Photo/Steven Senne)",
            "Massachusetts",
            "US",
        ),
    ],
)
def test_a_divisions_name_with_a_possessive_is_whole(
    normaliser: Normaliser, caption: str, province_state: str, country_code: str
) -> None:
    assert located(normaliser, caption, "city", "province_state", "country_code") == (
        None,
        province_state,
        country_code,
    )


@pytest.mark.parametrize(
    ("caption", "city", "province_state"),
    [
        # Agência Brasil: a place named after its town, then the state, which is named like its capital.
        (
            "Consumidores fazem compras no mercado de Campinas, São Paulo, nesta sexta-feira (9). "
            "Foto: Rovena Rosa/Agência Brasil",
            "Campinas",
            "São Paulo",
        ),
        (
            "Banhistas lotam a praia de Niterói, Rio de Janeiro, neste domingo (11). Foto: Tomaz Silva/Agência Brasil",
            "Niterói",
            "Rio de Janeiro",
        ),
        # A place named with its own name and its town, then the state, whose name a far capital bears.
        (
            "Familias celebran en el parque Lincoln de Spokane, Washington, el sábado 9 de septiembre de 2028. "
            "Foto: Elena Ruiz / El Sol",
            "Spokane",
            "Washington",
        ),
        # A place in the capital itself keeps it, and so does a name with a part of the capital in it.
        (
            "Agricultores protestam na praia de Copacabana, Rio de Janeiro, neste domingo (11). "
            "Foto: Tomaz Silva/Agência Brasil",
            "Rio de Janeiro",
            "Rio de Janeiro",
        ),
        (
            "Agricultores protestam na Avenida de Copacabana, Rio de Janeiro, neste domingo (11). "
            "Foto: Tomaz Silva/Agência Brasil",
            "Rio de Janeiro",
            "Rio de Janeiro",
        ),
        (
            "Turistas fazem fila no Museu do Ipiranga, São Paulo, neste domingo (11). Foto: Rovena Rosa/Agência Brasil",
            "São Paulo",
            "São Paulo",
        ),
    ],
)
def test_a_town_named_in_a_place_before_a_state_named_like_its_capital(
    normaliser: Normaliser, caption: str, city: str, province_state: str
) -> None:
    assert located(normaliser, caption, "city", "province_state") == (city, province_state)


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        (
            "Astronomers prepare the telescope at the Lowell Observatory in Flagstaff, Ariz., Monday, Jan. 11, "
            "2027. (AP Photo/Ross D. Franklin)",
            "Lowell Observatory",
            "Flagstaff",
        ),
        (
            "Vista de las cúpulas del Observatorio del Teide, en el municipio de La Orotava (Tenerife), este "
            "lunes. EFE/Ramón de la Rocha",
            "Observatorio del Teide",
            "La Orotava",
        ),
    ],
)
def test_an_observatory_is_a_venue(normaliser: Normaliser, caption: str, sublocation: str, city: str) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        (
            "A Vega-C rocket lifts off from Europe's Spaceport, the Guiana Space Centre in Kourou, French "
            "Guiana, on January 12, 2027. (Photo by Jody Amiet / AFP)",
            "Guiana Space Centre",
            "Kourou",
        ),
        (
            "Fans arrive at America's Ballpark, the Globe Life Field in Arlington, Texas, Sunday, Jan. 10, "
            "2027. (AP Photo/Julio Cortez)",
            "Globe Life Field",
            "Arlington",
        ),
        # A saint's name, no land's epithet: the place is called by it.
        (
            "Pilgrims queue at St. Peter's Basilica in Vatican City, Sunday, Jan. 10, 2027. "
            "(AP Photo/Andrew Medichini)",
            "St. Peter's Basilica",
            "Vatican City",
        ),
    ],
)
def test_a_place_called_by_its_lands_epithet_then_by_name(
    normaliser: Normaliser, caption: str, sublocation: str, city: str
) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        (
            "(270110) -- XICHANG, Jan. 10, 2027 (Xinhua) -- A Long March-3B carrier rocket blasts off from the "
            "Xichang Satellite Launch Center in southwest China, Jan. 10, 2027. (Xinhua/Jiang Hongjing)",
            "Xichang Satellite Launch Center",
            "Xichang",
        ),
        (
            "(270115) -- TAIYUAN, Jan. 15, 2027 (Xinhua) -- A Long March-6 rocket lifts off from the Taiyuan "
            "Satellite Launch Center in north China, Jan. 15, 2027. (Photo by Zheng Bin/Xinhua)",
            "Taiyuan Satellite Launch Center",
            "Taiyuan",
        ),
    ],
)
def test_a_facility_named_after_the_datelines_town_is_in_it(
    normaliser: Normaliser, caption: str, sublocation: str, city: str
) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        (
            "Sanitarios a las puertas del Hospital Universitario Gregorio Marañón de Madrid este lunes. "
            "EFE/Fernando Villar",
            "Hospital Universitario Gregorio Marañón",
            "Madrid",
        ),
        (
            "Aficionados en el Estadio Santiago Bernabéu de Madrid este domingo. EFE/Juanjo Martín",
            "Estadio Santiago Bernabéu",
            "Madrid",
        ),
        # An adjective after the head: the place is named after its town, which stays in its name.
        (
            "Aviones en la Base Aérea de Zaragoza este martes. EFE/Javier Cebollada",
            "Base Aérea de Zaragoza",
            "Zaragoza",
        ),
        (
            "Turistas en el Palacio Real de Madrid este martes. EFE/Javier Lizón",
            "Palacio Real de Madrid",
            "Madrid",
        ),
    ],
)
def test_a_head_first_place_with_a_name_of_its_own_drops_its_town(
    normaliser: Normaliser, caption: str, sublocation: str, city: str
) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


@pytest.mark.parametrize(
    ("caption", "sublocation"),
    [
        (
            "Turistas caminan sobre el glaciar Perito Moreno, cerca de El Calafate (Argentina), este martes. "
            "EFE/Matías Martín Campaya",
            "glaciar Perito Moreno",
        ),
        (
            "Científicos miden el retroceso del glaciar Viedma, cerca de El Chaltén (Argentina), este lunes. "
            "EFE/Matías Martín Campaya",
            "glaciar Viedma",
        ),
    ],
)
def test_a_glacier_named_head_first_is_the_place(
    normaliser: Normaliser, caption: str, sublocation: str
) -> None:
    assert located(normaliser, caption, "sublocation") == (sublocation,)


@pytest.mark.parametrize(
    ("caption", "sublocation"),
    [
        # A verb of a crowd, then the venue named with no article, then what happens there.
        (
            "Fans pack Arrowhead Stadium before an NFL football game between the Kansas City Chiefs and the "
            "Denver Broncos in Kansas City, Mo., Sunday, Nov. 15, 2026. (AP Photo/Ed Zurga)",
            "Arrowhead Stadium",
        ),
        (
            "Spectators line Tower Bridge during the London Marathon in London, Sunday, April 26, 2026. "
            "(AP Photo/Alberto Pezzali)",
            "Tower Bridge",
        ),
    ],
)
def test_a_venue_as_the_object_of_a_crowd_verb(
    normaliser: Normaliser, caption: str, sublocation: str
) -> None:
    (found,) = located(normaliser, caption, "sublocation")
    assert found == sublocation


# Turkish: a venue named with a borrowed noun and its case after an apostrophe ("Timsah Arena'da", "RAMS
# Park'ta"): the whole name, not the town "Arena" or "Park" the gazetteer knows; a town's own case stays one.
@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        (
            "Bursaspor taraftarları, pazar günü Timsah Arena'da oynanan maçta takımlarını destekledi.",
            "Timsah Arena",
            None,
        ),
        (
            "İSTANBUL (AA) - Galatasaray, 24 Ekim 2027'de Fenerbahçe'yi RAMS Park'ta ağırladı. (Emre Kaya - "
            "Anadolu Ajansı)",
            "RAMS Park",
            "Istanbul",
        ),
        ("Taraftarlar, 3 Kasım 2027'de İstanbul'da toplandı.", None, "Istanbul"),
    ],
)
def test_a_turkish_venue_with_a_borrowed_noun_is_no_town(
    normaliser: Normaliser, caption: str, sublocation: str | None, city: str | None
) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


def test_no_venue_from_where_people_come(normaliser: Normaliser) -> None:
    # "from" is no verb of a crowd: doctors come from a hospital they are not pictured in.
    caption = (
        "Doctors from Mercy Hospital speak to reporters at a news conference in Joplin, Mo., Monday, May 4, "
        "2026. (AP Photo/Charlie Riedel)"
    )
    assert located(normaliser, caption, "sublocation") != ("Mercy Hospital",)


@pytest.mark.parametrize(
    ("caption", "sublocation"),
    [
        # Turkish: a sponsor's name, then the stadium's noun in lower case with its case.
        (
            "Taraftarlar, RAMS Park stadyumunda takımlarını destekledi. İstanbul, 14 Mart 2026. "
            "(AA Fotoğraf)",
            "RAMS Park",
        ),
        (
            "Oyuncular, Papara Park stadında antrenman yaptı. Trabzon, 2 Nisan 2026. (DHA)",
            "Papara Park",
        ),
        # A person's middle initial inside a venue named head first.
        (
            "Hinchas alientan en el Estadio Mario A. Kempes de Córdoba, Argentina, este domingo. "
            "EFE/Sebastián Borsero",
            "Estadio Mario A. Kempes",
        ),
    ],
)
def test_a_venue_named_for_a_sponsor_or_a_person(
    normaliser: Normaliser, caption: str, sublocation: str
) -> None:
    (found,) = located(normaliser, caption, "sublocation")
    assert found == sublocation


@pytest.mark.parametrize(
    ("caption", "sublocation"),
    [
        # A place named inside a national park is more exact than the park.
        (
            "Hikers watch the sunrise at Glacier Point in Yosemite National Park, Calif., Monday, June 1, "
            "2026. (AP Photo/Noah Berger)",
            "Glacier Point",
        ),
        (
            "Climbers rest at Clouds Rest Lookout in Yosemite National Park, "
            "Calif., Monday, June 1, 2026. (AP Photo/Noah Berger)",
            "Clouds Rest Lookout",
        ),
        # A town before the park is no place in it: the park stays.
        (
            "Smoke rises near Mariposa in Yosemite National Park, Calif., Monday, June 1, 2026. "
            "(AP Photo/Noah Berger)",
            "Yosemite National Park",
        ),
    ],
)
def test_a_place_named_in_a_park_beats_the_park(
    normaliser: Normaliser, caption: str, sublocation: str
) -> None:
    (found,) = located(normaliser, caption, "sublocation")
    assert found == sublocation


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        (
            "Marco Odermatt of Switzerland speeds down the Lauberhorn course during an alpine ski, men's "
            "World Cup downhill race, in Wengen, Switzerland, Saturday, Jan. 16, 2027. "
            "(AP Photo/Giovanni Auletta)",
            "Lauberhorn course",
            "Wengen",
        ),
        (
            "Sofia Goggia of Italy speeds down the Olympia delle Tofane course during the women's World Cup "
            "super-G in Cortina d'Ampezzo, Italy, Sunday, Jan. 31, 2027. (AP Photo/Gabriele Facciotti)",
            "Olympia delle Tofane course",
            "Cortina d'Ampezzo",
        ),
    ],
)
def test_a_race_course_is_named_before_its_noun(
    normaliser: Normaliser, caption: str, sublocation: str, city: str
) -> None:
    """A course's own name, then "course" in lower case, as a verb's object before the race: the place."""
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


@pytest.mark.parametrize(
    "caption",
    [
        "Lindsey Vonn of the United States speeds down the World Cup course during the women's downhill "
        "in Lake Louise, Alberta, Saturday, Dec. 4, 2027. (AP Photo/Jeff McIntosh)",
        "Lindsey Vonn of the United States inspects the Olympic course before the women's downhill in "
        "Lake Louise, Alberta, Saturday, Dec. 4, 2027. (AP Photo/Jeff McIntosh)",
    ],
)
def test_a_course_named_for_its_race_is_no_place(normaliser: Normaliser, caption: str) -> None:
    assert located(normaliser, caption, "sublocation")[0] is None


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        (
            "I giocatori della Roma esultano dopo il gol contro il Milan allo Stadio Olimpico di Roma, "
            "14 febbraio 2027. ANSA/RICCARDO ANTIMIANI",
            "Stadio Olimpico",
            "Rome",
        ),
        (
            "Los jugadores del Betis celebran un gol en el Estadio Olímpico de Sevilla, el 14 de febrero "
            "de 2027. EFE/Julio Muñoz",
            "Estadio Olímpico",
            "Sevilla",
        ),
    ],
)
def test_a_sports_grounds_town_is_cut_after_its_name(
    normaliser: Normaliser, caption: str, sublocation: str, city: str
) -> None:
    """A desk adds the town to a ground's own name ("Stadio Olimpico di Roma"); a palace named after its
    town keeps it ("Palacio Real de Madrid")."""
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        (
            "El presidente ofrece una rueda de prensa en el Palacio Nacional de Ciudad de Guatemala, el 25 de "
            "marzo de 2027. (Foto de Johan ORDOÑEZ / AFP)",
            "Palacio Nacional",
            "Guatemala City",
        ),
        (
            "Il pubblico applaude al Teatro Nazionale di Genova, 11 aprile 2027. ANSA/LUCA ZENNARO",
            "Teatro Nazionale",
            "Genoa",
        ),
        # A town's one landmark of its kind: the town after it is the desk's too.
        (
            "Comerciantes reabren sus puestos en el Mercado Central de Valencia, el 3 de junio de 2027. "
            "EFE/Kai Försterling",
            "Mercado Central",
            "Valencia",
        ),
        (
            "Fiéis lotam a Catedral Metropolitana de Belo Horizonte na missa de Páscoa, em 16 de abril de 2028. "
            "Foto: Renata Lins / O Tempo",
            "Catedral Metropolitana",
            "Belo Horizonte",
        ),
        # An adjective of no nation keeps the town: the base is named after it.
        (
            "Un avión despega de la Base Aérea de Zaragoza, el 3 de junio de 2027. (Foto de Javier SORIANO / "
            "AFP)",
            "Base Aérea de Zaragoza",
            "Zaragoza",
        ),
    ],
)
def test_a_national_places_town_is_cut_after_its_name(
    normaliser: Normaliser, caption: str, sublocation: str, city: str
) -> None:
    """ "Palacio Nacional" is a nation's palace, named so in every town: the town after it is the desk's."""
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


@pytest.mark.parametrize(
    ("caption", "sublocation"),
    [
        # A country's possessive before a site named in Title Case, its noun in lower case: where it is.
        (
            "Smoke rises over Ukraine's Zaporizhzhia nuclear power plant in Enerhodar, Ukraine, March 6, 2026. "
            "REUTERS/Stringer",
            "Zaporizhzhia nuclear power plant",
        ),
        # Any owner's, before a site named for a town: the desks write the site alone.
        (
            "Smoke rises from Chevron's Richmond refinery in Richmond, Calif., Thursday, Aug. 6, 2026. (AP "
            "Photo/Jeff Chiu)",
            "Richmond refinery",
        ),
        # A company's (its form or its kind of name) or a port's, before a site of any name.
        (
            "Workers weld car bodies at Kia Corp.'s Hwaseong plant in Hwaseong, South Korea, on Jan. 7, 2027. "
            "(Yonhap)",
            "Hwaseong plant",
        ),
        (
            "Engineers check turbine blades at Kawasaki Heavy Industries Ltd.'s Akashi plant in Akashi, Hyogo "
            "Prefecture, on Jan. 9, 2027. (Kyodo)",
            "Akashi plant",
        ),
        (
            "Cranes unload a container ship at the Port of Oakland's Outer Harbor Terminal in Oakland, Calif., "
            "on Dec. 1, 2026. (AP Photo/Noah Berger)",
            "Outer Harbor Terminal",
        ),
        # A possessive inside the name itself stays: no town before the noun.
        (
            "Commuters walk through King's Cross station in London, Britain, March 5, 2026. REUTERS/Jaimi Joy",
            "King's Cross station",
        ),
    ],
)
def test_an_owners_possessive_before_a_site_is_no_part_of_its_name(
    normaliser: Normaliser, caption: str, sublocation: str
) -> None:
    assert located(normaliser, caption, "sublocation")[0] == sublocation


@pytest.mark.parametrize(
    ("caption", "sublocation"),
    [
        # After a verb of a crowd, a name (an Arabic article in lower case in it) and its noun in lower case.
        (
            "Shoppers crowd the Souq al-Hamidiyah market ahead of Eid al-Adha in Damascus, Syria, Tuesday, May "
            "26, 2026. (AP Photo/Omar Sanadiki)",
            "Souq al-Hamidiyah market",
        ),
        # Not a feast's market.
        (
            "Visitors crowd the Christmas market ahead of the holidays in Dresden, Germany, Tuesday, Dec. 15, "
            "2026. (AP Photo/Markus Schreiber)",
            None,
        ),
    ],
)
def test_a_crowded_place_named_before_its_noun_in_lower_case(
    normaliser: Normaliser, caption: str, sublocation: str | None
) -> None:
    assert located(normaliser, caption, "sublocation")[0] == sublocation


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        # A launch site closed by its noun; "site" alone names none.
        (
            "A Long March-7 rocket lifts off from the Wenchang Spacecraft Launch Site in Wenchang, south China's "
            "Hainan Province, March 9, 2027. (Xinhua/Yang Guanyu)",
            "Wenchang Spacecraft Launch Site",
            "Wenchang",
        ),
        # US bases named head first; "the dock" the chain reads is a lone noun that names no place.
        (
            "Families wait on the dock as the destroyer USS Gravely returns to Naval Station Mayport in "
            "Jacksonville, Fla., Friday, March 12, 2027. (AP Photo/John Raoux)",
            "Naval Station Mayport",
            "Jacksonville",
        ),
        (
            "Airmen load cargo at Joint Base Lewis-McChord in Tacoma, Wash., on March 8, 2027. REUTERS/David Ryder",
            "Joint Base Lewis-McChord",
            "Tacoma",
        ),
        # A crowd's verb standing for the article, a name and "beach" in lower case.
        (
            "Beachgoers pack Bondi beach during a heat wave in Sydney, Australia, March 13, 2027. "
            "AAP Image/Bianca De Marchi",
            "Bondi beach",
            "Sydney",
        ),
        # Portuguese writes a parliament head first.
        (
            "Servidores protestam em frente ao Congresso Nacional, em Brasília, nesta quinta-feira (11). "
            "Foto: Valter Campanato/Agência Brasil",
            "Congresso Nacional",
            "Brasília",
        ),
    ],
)
def test_launch_sites_bases_beaches_and_parliaments(
    normaliser: Normaliser, caption: str, sublocation: str, city: str
) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


def test_a_lone_noun_the_chain_reads_lets_in_only_a_name_closed_by_its_noun(normaliser: Normaliser) -> None:
    # "a street" names no place, nor does the region a later clause names ("the Sea of Japan coast").
    caption = (
        "Snow piles up along a street in Akita, northern Japan, on March 3, 2027, as a cold air mass brings heavy "
        "snow to the Sea of Japan coast. (Kyodo)"
    )
    assert located(normaliser, caption, "sublocation", "city") == (None, "Akita")


def test_a_landform_named_after_a_bigger_one_is_a_stretch_of_it(normaliser: Normaliser) -> None:
    caption = (
        "Snow covers a road in Niigata, Japan, on March 4, 2027, as a cold air mass brings heavy snow to the Sea "
        "of Japan coast. (Kyodo)"
    )
    assert located(normaliser, caption, "sublocation", "city") == (None, "Niigata")


def test_head_first_names_found_where_the_pattern_finds_them() -> None:
    # Searched through its heads in the lower-cased text (a speed-up): the matches are the pattern's own, in
    # any case, and in a text lower-casing would not keep letter for letter ("İ").
    from captions._parse._place._venue import _named_head_first

    found = _named_head_first()
    texts = [
        "Manifestantes ocupam a Avenida Paulista, em São Paulo, 3 de maio de 2026.",
        "Turisti attraversano piazza San Marco a Venezia, 4 maggio 2026.",
        "SÃO PAULO, BRAZIL - MAY 3: Fans gather on AVENIDA PAULISTA in Sao Paulo.",
        "Des manifestants devant le palais de l'Elysée à Paris, le 2 mai 2026.",
        "İzmir'de Plaza de Armas ve Estadio Alberto J. Armando yakınında toplanan taraftarlar.",
        "Pre-Avenida Norte, a street named after no head (a word inside another).",
    ]
    for text in texts:
        mine, theirs = found.search(text), found.pattern.search(text)
        assert (mine and (mine.span(), mine.group("name"))) == (
            theirs and (theirs.span(), theirs.group("name"))
        )
    assert found.search(texts[0]) is not None and found.search(texts[0]).group("name") == "Avenida Paulista"


def test_a_venue_named_for_its_town_with_a_noun_after_it_gives_the_town(normaliser: Normaliser) -> None:
    caption = (
        "A vendor slices ham at Les Halles de Biarritz covered market, southwestern France, Saturday, July 24, "
        "2027. (Gonzalo Fuentes/AP)"
    )
    assert located(normaliser, caption, "city", "country_code") == ("Biarritz", "FR")


@pytest.mark.parametrize(
    ("caption", "sublocation"),
    [
        (
            "LONDON, ENGLAND - MARCH 24: Chancellor of the Exchequer Rachel Reeves leaves 11 Downing Street with "
            "her red box ahead of the budget on March 24, 2027 in London, England. (Photo by Dan Kitwood/Getty "
            "Images)",
            "11 Downing Street",
        ),
        (
            "Prime Minister Keir Starmer leaves 10 Downing Street for Parliament in London, Britain, March 24, "
            "2027. REUTERS/Toby Melville",
            "10 Downing Street",
        ),
    ],
)
def test_a_street_address_after_a_verb_is_the_place(
    normaliser: Normaliser, caption: str, sublocation: str
) -> None:
    """A house number opens the address a verb of leaving or entering takes: the house is the place."""
    assert located(normaliser, caption, "sublocation")[0] == sublocation


@pytest.mark.parametrize(
    "sentence",
    [
        "Chef Ana Ruiz plates prawns at her new restaurant, Tidewater, on the quay in Darwin.",
        "Staff pour coffee at their café, Beanline, in Wellington.",
        "A worker stacks barrels at the family winery, Hollow Oak, near Napa.",
        "A visitor browses at the bookstore, Paper Moon, in Austin.",
        "Fans cheer at a bar in Dublin, Ireland, on Sunday.",
        "Workers build a barricade in the town square of Lviv, Ukraine.",
    ],
)
def test_the_apposed_nouns_gate_finds_what_a_search_for_each_noun_finds(sentence: str) -> None:
    from captions._parse._place._venue import _apposed_noun
    from captions._rules import words

    each = any(f"{noun}, " in sentence for noun in words("place", "apposed_venue_nouns_cased"))
    assert (_apposed_noun().search(sentence) is not None) == each


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        (
            "The restored east window of Lincoln Cathedral is unveiled during a service in Lincoln, England, "
            "on Tuesday, March 23, 2027. (AP Photo/Jon Super)",
            "Lincoln Cathedral",
            "Lincoln",
        ),
        (
            "The west front of Beverley Minster is seen after cleaning in Beverley, England, on Monday, March "
            "22, 2027. (AP Photo/Jon Super)",
            "Beverley Minster",
            "Beverley",
        ),
        # No name after the part: nothing named is shown.
        (
            "The roof of the house is damaged after the storm in Lincoln, England, on Tuesday, March 23, 2027. "
            "(AP Photo/Jon Super)",
            None,
            "Lincoln",
        ),
    ],
)
def test_a_part_of_a_building_as_the_subject_shows_the_building(
    normaliser: Normaliser, caption: str, sublocation: str | None, city: str
) -> None:
    """ "The east window of Lincoln Cathedral is unveiled": the part is shown, the building it belongs to is
    the sublocation, as after a preposition ("through the windows of Chartres Cathedral")."""
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


def test_a_minster_is_a_place_noun(normaliser: Normaliser) -> None:
    """ "Worshippers leave Southwell Minster": a minster closes a church's name as a cathedral does."""
    caption = (
        "Worshippers leave Southwell Minster after the Easter service in Southwell, England, on Sunday, March "
        "28, 2027. (AP Photo/Jon Super)"
    )
    assert located(normaliser, caption, "sublocation") == ("Southwell Minster",)


@pytest.mark.parametrize(
    ("caption", "sublocation"),
    [
        (
            "Monterrey, Nuevo León, 9 de noviembre de 2026. Aficionados de Tigres en el Estadio Universitario "
            "durante el partido ante Rayados. FOTO: GABRIEL ANZURES /CUARTOSCURO.COM",
            "Estadio Universitario",
        ),
        # No place before the name: the team only closes a phrase with no place in it.
        (
            "Monterrey, Nuevo León, 9 de noviembre de 2026. Aficionados de Tigres celebran el triunfo ante "
            "Rayados. FOTO: GABRIEL ANZURES /CUARTOSCURO.COM",
            None,
        ),
    ],
)
def test_a_later_sentences_venue_before_a_name_that_is_no_town(
    normaliser: Normaliser, caption: str, sublocation: str | None
) -> None:
    """ "en el Estadio Universitario durante el partido ante Rayados": the chain closes with a team the
    gazetteer holds as no town; the venue before it is in the dateline's town."""
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, "Monterrey")


@pytest.mark.parametrize(
    ("caption", "sublocation"),
    [
        (
            "KUALA LUMPUR, 3 Jun -- Ahli-ahli Dewan Negara bergambar di Bangunan Parlimen sebelum persidangan "
            "hari ini. --fotoBERNAMA (2027) HAK CIPTA TERPELIHARA",
            "Bangunan Parlimen",
        ),
        (
            "KOTA KINABALU, 4 Jun -- Wakil rakyat tiba untuk persidangan di Bangunan DUN Sabah hari ini. "
            "--fotoBERNAMA (2027) HAK CIPTA TERPELIHARA",
            "Bangunan DUN Sabah",
        ),
    ],
)
def test_a_malay_building_named_head_first_is_the_sublocation(
    normaliser: Normaliser, caption: str, sublocation: str
) -> None:
    # "Bangunan" (building) opens the name, as "Gedung" does in Indonesian.
    location = normaliser.normalise(caption).location
    assert location is not None
    assert location.sublocation == sublocation


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        (
            "RESTRICTED TO EDITORIAL USE\nMandatory Credit: Photo by Marco Rossi/SOPA Images/Shutterstock "
            "(16623420a)\nTourists queue outside the Pantheon on Good Friday as rain falls on the piazza\nEaster "
            "in Rome, Italy - 26 Mar 2027",
            "Pantheon",
            "Rome",
        ),
        # No article: the body's town is the town.
        (
            "Mandatory Credit: Photo by Marco Rossi/Shutterstock (16623421a)\nCommuters wait for a train in "
            "Kingston upon Thames\nRail strike, London, UK - 26 Mar 2027",
            None,
            "Kingston upon Thames",
        ),
    ],
)
def test_a_landmark_with_its_article_read_as_a_town_before_a_closing_line(
    normaliser: Normaliser, caption: str, sublocation: str | None, city: str
) -> None:
    """Shutterstock: "outside the Pantheon ... / Easter in Rome, Italy - 26 Mar 2027": a name with its article
    that the gazetteer holds as a town (a district named for the landmark) is the place in the closing line's
    town."""
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        (
            "Terdakwa kasus suap menjalani sidang putusan di Pengadilan Negeri Semarang, Jawa Tengah, Selasa "
            "(8/6/2027). ANTARA FOTO/Aji Styawan/nym",
            "Pengadilan Negeri Semarang",
            "Semarang",
        ),
        (
            "Terdakwa korupsi dana desa menjalani sidang di Pengadilan Tipikor Palembang, Sumatera Selatan, "
            "Kamis (3/6/2027). (KOMPAS/RHAMA PURNA JATI)",
            "Pengadilan Tipikor Palembang",
            "Palembang",
        ),
    ],
)
def test_an_indonesian_court_named_after_its_town_gives_the_town(
    normaliser: Normaliser, caption: str, sublocation: str, city: str
) -> None:
    # The province after the court is the town's: the town is not lost to it, and stays in the court's name.
    location = normaliser.normalise(caption).location
    assert location is not None
    assert (location.sublocation, location.city) == (sublocation, city)


def test_a_town_named_again_after_a_venue_holding_its_name_is_the_town(normaliser: Normaliser) -> None:
    # "di Makassar" is no part of the stadium's name, which holds the town's too.
    location = normaliser.normalise(
        "Suporter memadati tribun Stadion Gelora Makassar Mattoanging saat laga PSM melawan Persebaya di "
        "Makassar, Sulawesi Selatan, Sabtu (5/6/2027). ANTARA FOTO/Arnas Padda/tom"
    ).location
    assert location is not None
    assert location.city == "Makassar"


@pytest.mark.parametrize(
    ("caption", "sublocation"),
    [
        (
            "Đại biểu dự phiên họp tại Nhà Quốc hội, Hà Nội, sáng 9/6/2027. Ảnh: Doãn Tấn/TTXVN",
            "Nhà Quốc hội",
        ),
        (
            "Vận động viên thi đấu trên Sân vận động Quốc gia Mỹ Đình, Hà Nội, tối 8/6/2027. Ảnh: Hoàng Linh/TTXVN",
            "Sân vận động Quốc gia Mỹ Đình",
        ),
    ],
)
def test_a_vietnamese_name_with_a_word_capitalised_on_its_first_syllable(
    normaliser: Normaliser, caption: str, sublocation: str
) -> None:
    # Vietnamese capitalises a name's first syllable only ("Quốc hội", "Quốc gia"): the name goes on.
    location = normaliser.normalise(caption).location
    assert location is not None
    assert (location.sublocation, location.city) == (sublocation, "Hanoi")


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        # After "al", "pelo", where no place phrase opens, a cable car, a power plant, a monastery or an
        # expressway named head first is the place.
        (
            "Turistas suben al teleférico Mukumbarí, en Mérida (Venezuela), el 6 de febrero de 2027. "
            "EFE/Ana López",
            "teleférico Mukumbarí",
            "Mérida",
        ),
        (
            "Turistas passeiam pelo Mosteiro dos Jerónimos, em Lisboa, a 12 de junho de 2027. LUSA/ANA LOPES",
            "Mosteiro dos Jerónimos",
            "Lisbon",
        ),
        (
            "El presidente dialoga con trabajadores de la termoeléctrica Antonio Guiteras, en la ciudad de "
            "Matanzas, el 6 de febrero de 2027. Foto: PL",
            "termoeléctrica Antonio Guiteras",
            "Matanzas",
        ),
        # "marginal" as an adjective before no name: no place.
        (
            "Moradores de uma zona marginal de Recife, em 4 de fevereiro de 2027. (Foto de ANA SOUZA / AFP)",
            None,
            "Recife",
        ),
    ],
)
def test_a_cable_car_plant_or_monastery_named_head_first(
    normaliser: Normaliser, caption: str, sublocation: str | None, city: str
) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)
