"""Landmarks as wires and national agencies name them (probe_subl_s25): a name written head first with its
town after it, events named noun first, compounds of time and weather that are no place, views of a place,
adjectives after the noun, Italian plural prepositions and Indonesian place nouns."""

from __future__ import annotations

import pytest

from captions import Normaliser
from tests.conftest import located


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        # A place's noun, "of" and its own name, then its town: the town is no part of the name.
        (
            "Jubilados protestan en la Plaza de Mayo de Buenos Aires, el 4 de marzo de 2026. "
            "EFE/Juan Ignacio Roncoroni",
            "Plaza de Mayo",
            "Buenos Aires",
        ),
        (
            "Turistas hacen fila ante el Museo del Prado de Madrid, el 4 de marzo de 2026. EFE/Sergio Pérez",
            "Museo del Prado",
            "Madrid",
        ),
        # The town in its own language ("Ciudad de México" is GeoNames' Mexico City).
        (
            "Miles de personas se reúnen en la Plaza del Zócalo de la Ciudad de México, el 8 de marzo de "
            "2026. EFE/Isaac Esquivel",
            "Plaza del Zócalo",
            "Mexico City",
        ),
        # A base named after its town keeps it.
        (
            "Un avión aterriza en la Base Aérea de Zaragoza, el 4 de marzo de 2026. EFE/Javier Cebollada",
            "Base Aérea de Zaragoza",
            "Zaragoza",
        ),
    ],
)
def test_a_name_head_first_then_its_town(
    normaliser: Normaliser, caption: str, sublocation: str, city: str
) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        # An event named noun first is no place; the landmark named before it is.
        (
            "Vista de la Plaza de Armas durante el desfile por las Fiestas Patrias en Lima (Perú), el 28 de "
            "julio de 2026. EFE/John Reyes",
            "Plaza de Armas",
            "Lima",
        ),
        (
            "Il pubblico per la Festa della Repubblica a Roma, 2 giugno 2026. ANSA/FABIO CIMAGLIA",
            None,
            "Rome",
        ),
        # A building named after an event is a place: its name ends with a place noun.
        (
            "Graduates queue outside Festival Hall in Melbourne, Tuesday, Dec. 8, 2026. (AAP Image/Con Chronis)",
            "Festival Hall",
            "Melbourne",
        ),
    ],
)
def test_an_event_named_noun_first_is_no_place(
    normaliser: Normaliser, caption: str, sublocation: str | None, city: str
) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        # Dutch days and German light and weather, compounds with no place in them.
        (
            "Feestgangers in het Vondelpark in Amsterdam op Koningsdag, 27 april 2026. ANP EVERT ELZINGA",
            "Vondelpark",
            "Amsterdam",
        ),
        (
            "Toeschouwers langs het Lange Voorhout in Den Haag op Prinsjesdag, 15 september 2026. ANP SEM VAN "
            "DER WAL",
            "Lange Voorhout",
            "The Hague",
        ),
        (
            "03.02.2026, Hamburg: Passanten gehen im Schneetreiben über den Jungfernstieg. Foto: Daniel "
            "Bockwoldt/dpa",
            "Jungfernstieg",
            "Hamburg",
        ),
        (
            "14.10.2026, Hamburg: Die Speicherstadt im Abendlicht. Foto: Christian Charisius/dpa",
            None,
            "Hamburg",
        ),
        # The weather alone, capitalised as German nouns are.
        (
            "Ein Radfahrer fährt durch den Schnee in Hamburg am 27. Januar. Foto: Marcus Brandt/dpa",
            None,
            "Hamburg",
        ),
        (
            "Fietsers trotseren de sneeuw in Utrecht, 26 januari 2027. ANP/ROBIN VAN LONKHUIJSEN",
            None,
            "Utrecht",
        ),
    ],
)
def test_a_compound_of_time_or_weather_is_no_place(
    normaliser: Normaliser, caption: str, sublocation: str | None, city: str
) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        # "Blick auf", "gezicht op": a view of the place shown.
        (
            "14.10.2026, Hamburg: Blick auf die Elbphilharmonie im Abendlicht. Foto: Christian Charisius/dpa",
            "Elbphilharmonie",
            "Hamburg",
        ),
        (
            "Gezicht op het Rijksmuseum in Amsterdam, 3 maart 2026. ANP RAMON VAN FLYMEN",
            "Rijksmuseum",
            "Amsterdam",
        ),
        # An adjective after the noun, with the article before it.
        (
            "Des agriculteurs manifestent devant le Parlement européen à Bruxelles, le 21 octobre 2026. BELGA "
            "PHOTO HATIM KAGHAT",
            "Parlement européen",
            "Brussels",
        ),
        (
            "Des militants devant le Parlement fédéral à Berne, le 9 mars 2026. KEYSTONE/Anthony Anex",
            "Parlement fédéral",
            "Bern",
        ),
        # Italian prepositions with a plural article: "ai", "agli".
        (
            "La parata militare ai Fori Imperiali, Roma, 2 giugno 2026. ANSA/GIUSEPPE LAMI",
            "Fori Imperiali",
            "Rome",
        ),
        (
            "Turisti in coda agli Uffizi a Firenze, 7 aprile 2026. ANSA/CLAUDIO GIOVANNINI",
            "Uffizi",
            "Florence",
        ),
    ],
)
def test_views_adjectives_and_plural_prepositions(
    normaliser: Normaliser, caption: str, sublocation: str, city: str
) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        # Indonesian temples, forts and churches named head first.
        (
            "Umat Buddha berdoa di Candi Mendut, Magelang, Jawa Tengah, Rabu (3/6/2026). ANTARA FOTO/Anis "
            "Efizudin",
            "Candi Mendut",
            "Magelang",
        ),
        (
            "Wisatawan berfoto di Benteng Vredeburg, Yogyakarta, Sabtu (4/7/2026). ANTARA FOTO/Hendra Nurdiyansyah",
            "Benteng Vredeburg",
            "Yogyakarta",
        ),
        (
            "Jemaat mengikuti ibadah di Gereja Katedral, Jakarta, Minggu (5/4/2026). ANTARA FOTO/Galih Pradipta",
            "Gereja Katedral",
            "Jakarta",
        ),
    ],
)
def test_indonesian_place_nouns_named_head_first(
    normaliser: Normaliser, caption: str, sublocation: str, city: str
) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        # Indonesian writes a big town right after the place's head and name, with no "of".
        (
            "Umat Muslim menunaikan salat Jumat di Masjid Istiqlal Jakarta, Jumat (6/3/2026). ANTARA FOTO/Galih "
            "Pradipta",
            "Masjid Istiqlal",
            "Jakarta",
        ),
        (
            "Pengunjuk rasa berkumpul di depan Gedung Sate Bandung, Senin (9/3/2026). ANTARA FOTO/Raisan Al Farisi",
            "Gedung Sate",
            "Bandung",
        ),
        (
            "Penumpang menunggu kereta di Stasiun Gambir Jakarta, Senin (9/3/2026). ANTARA FOTO/Asprilla Dwi Adha",
            "Stasiun Gambir",
            "Jakarta",
        ),
        # After the head's adjective alone, the town is the place's name: it stays in it, and is the town.
        (
            "Umat Islam menunaikan salat Jumat di Masjid Agung Semarang, Jawa Tengah, Jumat (5/2/2027). ANTARA "
            "FOTO/Aji Styawan/nym.",
            "Masjid Agung Semarang",
            "Semarang",
        ),
        (
            "Warga berbuka puasa bersama di Masjid Raya Medan, Sumatera Utara, Rabu (10/2/2027). ANTARA FOTO/Fransisco "
            "Carolio/nym.",
            "Masjid Raya Medan",
            "Medan",
        ),
    ],
)
def test_a_town_glued_after_an_indonesian_place(
    normaliser: Normaliser, caption: str, sublocation: str, city: str
) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        # "Visitors to the ...": the place they visit, with its article; a town after "to" is no place in it.
        (
            "Visitors to the British Museum look at the Rosetta Stone in London, Tuesday, March 3, 2026. (AP "
            "Photo/Kin Cheung)",
            "British Museum",
            "London",
        ),
        (
            "Bezoekers van het Van Gogh Museum in Amsterdam, 3 maart 2026. ANP RAMON VAN FLYMEN",
            "Van Gogh Museum",
            "Amsterdam",
        ),
        (
            "Visitors to Paris walk along the Seine, Tuesday, March 3, 2026. (AP Photo/Michel Euler)",
            "Seine",
            "Paris",
        ),
    ],
)
def test_visitors_to_a_place(normaliser: Normaliser, caption: str, sublocation: str, city: str) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        # Racetracks by their English nouns, a town's name before the noun.
        (
            "Horses break from the gate at the Saratoga racetrack in Saratoga Springs, N.Y., Saturday, Aug. 1, "
            "2026. (AP Photo/Hans Pennink)",
            "Saratoga racetrack",
            "Saratoga Springs",
        ),
        (
            "Harness horses race at the Meadowlands Raceway in East Rutherford, N.J., Saturday, March 7, 2026. "
            "(AP Photo/Seth Wenig)",
            "Meadowlands Raceway",
            "East Rutherford",
        ),
    ],
)
def test_a_racetrack_is_a_place(normaliser: Normaliser, caption: str, sublocation: str, city: str) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


def test_a_view_of_a_town_places_the_picture_there(normaliser: Normaliser) -> None:
    # "Blick auf" with no article before a town's name, as before a landmark's with its article.
    location = normaliser.normalise("Blick auf Berlin am Dienstag. Foto: Ann Lee/dpa").location
    assert location is not None and location.city == "Berlin"


@pytest.mark.parametrize(
    ("caption", "town", "site"),
    [
        (
            "Members of the municipal band perform at the Plaza de Armas of Arequipa on Saturday, Nov. 14, 2026. "
            "Photo: ANDINA/Difusión",
            "Arequipa",
            "Plaza de Armas",
        ),
        (
            "Tourists walk through the Puerta del Sol of Madrid on Friday, Nov. 13, 2026.",
            "Madrid",
            "Puerta del Sol",
        ),
    ],
)
def test_a_romance_name_with_its_town_after_english_of(
    normaliser: Normaliser, caption: str, town: str, site: str
) -> None:
    # An English page writes the square's own Spanish name, then "of" and its town.
    assert located(normaliser, caption, "city", "sublocation") == (town, site)
