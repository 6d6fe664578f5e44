"""The head of a place chain (`_parse/_place/_head.py`): which phrase before the date names the town."""

from __future__ import annotations

import pytest

from captions import Normaliser
from tests.conftest import located


@pytest.mark.parametrize(
    ("caption", "city", "country_code"),
    [
        # A settlement "on the outskirts of" a big town, with no comma between: the settlement is shown.
        (
            "Volunteers clear debris from a house hit by a drone in the town of Bucha on the outskirts of Kyiv, "
            "Ukraine, March 4, 2027. REUTERS/Valentyn Ogirenko",
            "Bucha",
            "UA",
        ),
        (
            "Police officers guard a checkpoint in Irpin on the outskirts of Kyiv, Ukraine, March 3, 2027. "
            "REUTERS/Gleb Garanich",
            "Irpin",
            "UA",
        ),
        # Swedish "i X utanför Y" (in X outside Y): X is the town shown.
        (
            "Barn åker pulka i Sollentuna utanför Stockholm på tisdagen. Foto: Anders Wiklund/TT",
            "Sollentuna",
            "SE",
        ),
        (
            "Turister fotograferar norrskenet i Jukkasjärvi utanför Kiruna på lördagen. Foto: Fredrik Sandberg/TT",
            "Jukkasjärvi",
            "SE",
        ),
        # A German settlement noun before a town's name, as a verb's object, then the division.
        (
            "Wanderer besuchen am Sonntag das verschneite Dorf Alpbach in Tirol. - FOTO: APA/EXPA/JOHANN GRODER",
            "Alpbach",
            "AT",
        ),
        (
            "Touristen fotografieren am Samstag den Ort Hallstatt in Oberösterreich. - FOTO: APA/BARBARA GINDL",
            "Hallstatt",
            "AT",
        ),
    ],
)
def test_the_town_a_nearby_place_only_locates(
    normaliser: Normaliser, caption: str, city: str, country_code: str
) -> None:
    assert located(normaliser, caption, "city", "country_code") == (city, country_code)


def test_a_landmark_of_a_town_on_the_outskirts_of_a_city_is_no_town(normaliser: Normaliser) -> None:
    # "the Pyramids of Giza on the outskirts of Cairo": the landmark stays the place within the city.
    caption = (
        "Tourists ride horses near the Pyramids of Giza on the outskirts of Cairo, Egypt, March 2, 2027. "
        "REUTERS/Mohamed Abd El Ghany"
    )
    assert located(normaliser, caption, "city", "sublocation") == ("Cairo", "Pyramids of Giza")


@pytest.mark.parametrize(
    ("caption", "city"),
    [
        # "fire" after a determiner is the noun, and the town after "at" is the place.
        (
            "Firefighters battle a house fire at Ballarat, Victoria, on January 28, 2027. AAP Image/Jason O'Brien",
            "Ballarat",
        ),
        (
            "Crews attend the fire at Wodonga, Victoria, on January 28, 2027. AAP Image/Jason O'Brien",
            "Wodonga",
        ),
        # A verb after its subject still looks at a person, not a place: the town comes later.
        (
            "A fan waves at Carlos Alcaraz at Melbourne Park in Melbourne, January 28, 2027. REUTERS/Stringer",
            "Melbourne",
        ),
    ],
)
def test_a_gaze_word_after_a_determiner_is_a_noun(normaliser: Normaliser, caption: str, city: str) -> None:
    assert located(normaliser, caption, "city") == (city,)


@pytest.mark.parametrize(
    ("caption", "city", "sublocation"),
    [
        # A later phrase after a time the picture follows tells where that time was spent.
        (
            "George Clooney leaves the Hotel Negresco in Nice after a week on the Cote d'Azur, on February 8, "
            "2027. Photo by Bestimage/ABACAPRESS.COM",
            "Nice",
            "Hotel Negresco",
        ),
        (
            "Rihanna leaves the Hôtel de Paris in Monaco after a weekend on the French Riviera, on February 8, "
            "2027. Photo by Bestimage/ABACAPRESS.COM",
            "Monaco",
            "Hôtel de Paris",
        ),
    ],
)
def test_a_place_after_a_time_is_not_the_picture_s(
    normaliser: Normaliser, caption: str, city: str, sublocation: str
) -> None:
    assert located(normaliser, caption, "city", "sublocation") == (city, sublocation)


@pytest.mark.parametrize(
    ("caption", "city"),
    [
        (
            "Toeschouwers op de boulevard van Scheveningen kijken naar de golven tijdens de storm, zaterdag 27 "
            "februari 2027. ANP REMKO DE WAAL",
            "Scheveningen",
        ),
        (
            "Vissers in de haven van Harlingen lossen hun vangst, dinsdag 2 maart 2027. ANP SIESE VEENSTRA",
            "Harlingen",
        ),
        ("Urlauber am Strand von Binz auf Rügen, 3. März 2027. Foto: Stefan Sauer/dpa", "Binz"),
        # A town's station, airport or town hall, the town after "von"/"van"; a town of two words too.
        (
            "Passagiere warten am Mittwoch im Hauptbahnhof von Frankfurt am Main auf ihre Anschlusszüge. "
            "Foto: Boris Roessler/dpa",
            "Frankfurt am Main",
        ),
        (
            "Demonstranten versammeln sich vor dem Rathaus von Hannover. Foto: Julian Stratenschulte/dpa",
            "Hannover",
        ),
        (
            "Reizigers wachten op het station van Utrecht, woensdag 14 april 2027. ANP ROBIN UTRECHT",
            "Utrecht",
        ),
    ],
)
def test_a_place_of_a_town_before_van_names_the_town(normaliser: Normaliser, caption: str, city: str) -> None:
    assert located(normaliser, caption, "city") == (city,)


@pytest.mark.parametrize(
    ("caption", "sublocation"),
    [
        # A named building "on" a landmark, the date and town after it: the building is shown.
        (
            "Visitors look at the Ishtar Gate inside the Pergamon Museum on Museum Island on May 20, 2028 in "
            "Berlin, Germany. (Photo by Lena Vogt/Getty Images)",
            "Pergamon Museum",
        ),
        # A part of it before "of" is left out.
        (
            "Visitors walk through the north wing of the Bode Museum on Museum Island on June 2, 2028 in Berlin, "
            "Germany. (Photo by Lena Vogt/Getty Images)",
            "Bode Museum",
        ),
        # The landmark alone is kept.
        (
            "A man walks across Museum Island on May 20, 2028 in Berlin, Germany. (Photo by Lena Vogt/Getty Images)",
            "Museum Island",
        ),
        # A market is held on the square, which is shown.
        (
            "Shoppers at the Christkindlesmarkt on the Hauptmarkt on December 2, 2028 in Nuremberg, Germany. "
            "(Photo by Lena Vogt/Getty Images)",
            "Hauptmarkt",
        ),
    ],
)
def test_a_named_building_on_a_landmark_before_the_date_is_shown(
    normaliser: Normaliser, caption: str, sublocation: str
) -> None:
    assert located(normaliser, caption, "sublocation") == (sublocation,)


@pytest.mark.parametrize(
    ("caption", "sublocation"),
    [
        # A named dam "on" the river a chain reads before its town: the dam is shown, the river locates it.
        (
            "A satellite image shows the Grand Falls Dam on the Orange River near Upington, South Africa, "
            "December 9, 2027. Maxar Technologies/Handout via REUTERS",
            "Grand Falls Dam",
        ),
        (
            "A drone view shows the Kariba Power Station on the Zambezi River near Siavonga, Zambia, March 3, "
            "2028. REUTERS/Tom Banda",
            "Kariba Power Station",
        ),
    ],
)
def test_a_named_facility_on_the_landmark_before_the_town_is_shown(
    normaliser: Normaliser, caption: str, sublocation: str
) -> None:
    assert located(normaliser, caption, "sublocation") == (sublocation,)
