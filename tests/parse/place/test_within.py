"""A named place the chain passes over: one written before the district or street the chain reads, and a
landmark the people shown leave or march from (probe_subl_s26)."""

from __future__ import annotations

import pytest

from captions import Normaliser
from tests.conftest import located


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        # A church, then its district and town, with no preposition before the church.
        (
            "Friends of the late actor Peter Lang leave St James's Church in Piccadilly, London, after his funeral. "
            "Picture date: Thursday March 12, 2026. PA Photo. Photo credit should read: Lucy North/PA Wire",
            "St James's Church",
            "London",
        ),
        # A monument named for a person, head first, before a square and its town.
        (
            "A wreath hangs on the statue of Nelson Mandela in Parliament Square, London, Britain, July 18, "
            "2026. REUTERS/Toby Melville",
            "statue of Nelson Mandela",
            "London",
        ),
        # A club named with its article and no noun, before its street.
        (
            "Fans queue outside the Cavern in Mathew Street, Liverpool, England. Picture date: Friday "
            "October 9, 2026. PA Photo. Photo credit should read: Peter Byrne/PA Wire",
            "Cavern",
            "Liverpool",
        ),
        # A name after "at", then the district "on" which it stands, then the town.
        (
            "Customers line up at Barney Greengrass on the Upper West Side in New York, Sunday, Dec. 6, 2026. "
            "(AP Photo/Bebeto Matthews)",
            "Barney Greengrass",
            "New York City",
        ),
        (
            "Diners wait outside at Gjelina on Abbot Kinney Boulevard in Los Angeles, Sunday, Dec. 6, 2026. "
            "(AP Photo/Damian Dovarganes)",
            "Gjelina",
            "Los Angeles",
        ),
    ],
)
def test_a_place_before_its_district_is_the_more_exact(
    normaliser: Normaliser, caption: str, sublocation: str, city: str
) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        (
            "Pallbearers carry the coffin of former senator Ruth Keane from St Patrick's Cathedral after her "
            "funeral in Melbourne, Tuesday, March 3, 2026. (AAP Image/James Ross) NO ARCHIVING",
            "St Patrick's Cathedral",
            "Melbourne",
        ),
        (
            "Climate activists march from Parliament Square toward the Treasury in London, Britain, "
            "September 19, 2026. REUTERS/Hollie Adams",
            "Parliament Square",
            "London",
        ),
        # A lookout the picture is taken from.
        (
            "People watch fireworks from Calton Hill in Edinburgh, Scotland, January 1, 2026. "
            "REUTERS/Russell Cheyne",
            "Calton Hill",
            "Edinburgh",
        ),
    ],
)
def test_a_landmark_left_from_is_the_place(
    normaliser: Normaliser, caption: str, sublocation: str, city: str
) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


def test_a_place_people_come_from_is_not_the_place(normaliser: Normaliser) -> None:
    # Doctors come from a hospital; the picture is where they speak, which the caption does not name.
    caption = (
        "Doctors from Royal Melbourne Hospital speak to reporters in Melbourne, Wednesday, May 6, 2026. "
        "(AAP Image/Joel Carrett) NO ARCHIVING"
    )
    assert located(normaliser, caption, "sublocation", "city") == (None, "Melbourne")


def test_a_district_before_a_region_keeps_the_place_the_chain_reads(normaliser: Normaliser) -> None:
    # "Custer State Park, S.D.": the state follows, no town; the park the chain reads stays.
    caption = (
        "Bison graze along the Needles Highway in Custer State Park, S.D. (Photo: Anna Reed/Argus Leader)"
    )
    assert located(normaliser, caption, "sublocation") == ("Custer State Park",)


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        # A market is held on a square: the square is the place shown.
        (
            "01.12.2026, Nordrhein-Westfalen, Köln: Besucher drängen sich über den Weihnachtsmarkt auf dem "
            "Roncalliplatz. Foto: Oliver Berg/dpa",
            "Roncalliplatz",
            "Köln",
        ),
        # German "vor der" only locates the square before it, named.
        (
            "05.09.2026, Bayern, München: Demonstranten stehen auf dem Odeonsplatz vor der Feldherrnhalle. "
            "Foto: Peter Kneffel/dpa",
            "Odeonsplatz",
            "Munich",
        ),
        (
            "08.12.2026, Sachsen, Leipzig: Besucher gehen über den Augustusplatz vor dem Gewandhaus. "
            "Foto: Jan Woitas/dpa",
            "Augustusplatz",
            "Leipzig",
        ),
    ],
)
def test_the_square_a_market_is_held_on_or_a_landmark_stands_by(
    normaliser: Normaliser, caption: str, sublocation: str, city: str
) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        # Monuments written head first in lower case, named for a person.
        (
            "Turisti davanti al monumento a Giuseppe Garibaldi a Milano, 2 giugno 2026. ANSA/MATTEO BAZZI",
            "monumento a Giuseppe Garibaldi",
            "Milan",
        ),
        (
            "Des militants devant la statue de Jeanne d'Arc à Paris, le 1er mai 2026. "
            "(Photo by Ludovic Marin / AFP)",
            "statue de Jeanne d'Arc",
            "Paris",
        ),
    ],
)
def test_a_monument_written_head_first_for_a_person(
    normaliser: Normaliser, caption: str, sublocation: str, city: str
) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


def test_a_street_of_a_town_is_no_monument(normaliser: Normaliser) -> None:
    # "una calle de Paiporta": a lower-case noun and a town, no monument's noun.
    caption = "Voluntarios retiran barro de una calle de Paiporta (Valencia), este sábado. EFE/Ana Escobar"
    assert located(normaliser, caption, "sublocation") == (None,)


@pytest.mark.parametrize(
    ("caption", "province", "country_code"),
    [
        # A state's district, written "<name> district of <state>": no town (nor a place within one).
        (
            "Farmers protest near a toll plaza in Bathinda district of Punjab, Tuesday, Jan. 26, 2027. (PTI Photo)",
            "Punjab",
            "IN",
        ),
        # A dateline's town named like the district is where the story was filed, not the picture's town.
        (
            "Moga: Women harvest mustard in a field in Moga district of Punjab, Friday, Feb. 12, 2027. (PTI Photo)",
            "Punjab",
            "IN",
        ),
        (
            "Residents collect water in Tharparkar district of Sindh province, Pakistan, May 3, 2026."
            " REUTERS/Akhtar Soomro",
            "Sindh",
            "PK",
        ),
    ],
)
def test_a_district_of_a_state_is_no_town(
    normaliser: Normaliser, caption: str, province: str, country_code: str
) -> None:
    location = normaliser.normalise(caption).location
    assert location is not None
    assert location.city is None
    assert (location.province_state, location.country_code) == (province, country_code)


def test_a_district_of_a_town_is_a_place_in_it(normaliser: Normaliser) -> None:
    caption = "Residents walk through rubble in the Haret Hreik district of Beirut, Lebanon, Oct. 5, 2024. (AP Photo/Hassan Ammar)"
    assert located(normaliser, caption, "sublocation", "city") == ("Haret Hreik", "Beirut")


@pytest.mark.parametrize(
    ("caption", "state"),
    [
        # The state described after "of": a direction and the country's adjective before its word.
        (
            "A woman walks through a flooded field in Nagaon district of the northeastern Indian state of Assam, "
            "July 5, 2027. REUTERS/Anuwar Hazarika",
            "Assam",
        ),
        (
            "Rescuers search for survivors in Kullu district of the northern state of Himachal Pradesh, India, on "
            "Monday. REUTERS/Stringer",
            "Himachal Pradesh",
        ),
    ],
)
def test_a_district_of_a_described_state_is_no_town(normaliser: Normaliser, caption: str, state: str) -> None:
    assert located(normaliser, caption, "city", "province_state", "country_code") == (None, state, "IN")


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        (
            "Jugglers entertain crowds during the Brisbane Festival in King George Square, Brisbane, Sunday, "
            "September 12, 2027. (AAP Image/Darren England) NO ARCHIVING",
            "King George Square",
            "Brisbane",
        ),
        (
            "Comedians hand out flyers during the Brighton Fringe on Pavilion Gardens in Brighton, Britain, May 9, "
            "2027. REUTERS/Toby Melville",
            "Pavilion Gardens",
            "Brighton",
        ),
    ],
)
def test_an_event_is_held_in_the_place_shown(
    normaliser: Normaliser, caption: str, sublocation: str, city: str
) -> None:
    # The event's name, before "in" the square and its town, is no place within the square.
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


@pytest.mark.parametrize(
    ("caption", "sublocation"),
    [
        # A monument before the park it stands in, the town in the dateline.
        (
            "04.05.2027, Bremen: Kränze liegen vor dem Kaiser-Denkmal im Alten Wallpark. Foto: Jana Wolff/dpa",
            "Kaiser-Denkmal",
        ),
        # A café of two words before its street.
        (
            "Leipzig: Gäste sitzen am Sonntag im Café Brühlhaus am Marktplatz in der Sonne. Foto: Tim Sander",
            "Café Brühlhaus",
        ),
    ],
)
def test_a_german_place_before_its_park_or_square_is_the_more_exact(
    normaliser: Normaliser, caption: str, sublocation: str
) -> None:
    assert located(normaliser, caption, "sublocation") == (sublocation,)


@pytest.mark.parametrize(
    "caption",
    [
        # A lone noun is capitalised in German too: no place named before the park.
        "Leipzig: Musiker spielen am Sonntag auf der Bühne im Clara-Zetkin-Park. Foto: Tim Sander",
        # A weekday and its time of day before the square: no place.
        "Leipzig: Hunderte kamen am Samstag Nachmittag auf dem Augustusplatz zusammen. Foto: Tim Sander",
    ],
)
def test_no_german_place_before_the_park_or_square_keeps_it(normaliser: Normaliser, caption: str) -> None:
    (sublocation,) = located(normaliser, caption, "sublocation")
    assert sublocation in {"Clara-Zetkin-Park", "Augustusplatz"}
