"""The place reader's words: what opens a place phrase, what is dropped in front of one, which division
words come before their name."""

from __future__ import annotations

import pytest

from captions import Normaliser
from captions._parse._place._words import _JOINER_GAPS, _cut_trailing_joiner, _joiner_reach, _longest_joiner
from tests.conftest import located


@pytest.mark.parametrize(
    ("caption", "city", "province_state", "country_code"),
    [
        # "in the Russian-controlled area of": the control adjective is a note, "area of" is dropped, and the
        # town before keeps its place.
        (
            "A woman carries bread past a burned-out block in Mariupol, in the Russian-controlled area of "
            "Donetsk region, eastern Ukraine, Sunday, Oct. 4, 2026. (AP Photo)",
            "Mariupol",
            "Donetsk Oblast",
            "UA",
        ),
        (
            "Pensioners wait for a bus in Melitopol, in the Russian-occupied area of Zaporizhzhia region, "
            "Ukraine, in this picture taken during a trip organised by the Russian military, Nov. 3, 2026. "
            "REUTERS/Alexander Ermochenko",
            "Melitopol",
            "Zaporizhzhia Oblast",
            "UA",
        ),
        # Venezuelan Spanish "estado Carabobo": the division word before its name with no "de".
        (
            "Vecinos observan los daños en Maracay, estado Aragua, Venezuela, el lunes 12 de octubre de 2026. "
            "EFE/Rayner Peña",
            "Maracay",
            "Aragua",
            "VE",
        ),
        (
            "Trabajadores petroleros protestan en el estado Zulia, Venezuela, el martes 3 de marzo de 2026. "
            "EFE/Henry Chirinos",
            None,
            "Zulia",
            "VE",
        ),
        # Dutch "'s-" (the old genitive article) glued to a town's name opens the place phrase.
        (
            "Cyclists ride along the Binnendieze canal in 's-Hertogenbosch, Netherlands, May 30, 2026. "
            "REUTERS/Piroschka van de Wouw",
            "'s-Hertogenbosch",
            "Noord-Brabant",
            "NL",
        ),
    ],
)
def test_town_and_division_words(
    normaliser: Normaliser, caption: str, city: str | None, province_state: str, country_code: str
) -> None:
    assert located(normaliser, caption, "city", "province_state", "country_code") == (
        city,
        province_state,
        country_code,
    )


@pytest.mark.parametrize(
    ("caption", "city"),
    [
        # Dutch and German parts of a town before "van"/"von", as English "the centre of": the town is shown.
        (
            "Demonstranten verzamelen zich in het centrum van Utrecht op zaterdag 25 april 2026. ANP/ROBIN UTRECHT",
            "Utrecht",
        ),
        (
            "Passanten in der Innenstadt von Köln am Samstag, 25. April 2026. Foto: Oliver Berg/dpa",
            "Köln",
        ),
        (
            "Touristen in der Altstadt von Regensburg am Samstag, 25. April 2026. Foto: Armin Weigel/dpa",
            "Regensburg",
        ),
        # Dutch "door" (through) puts the picture in the place after it.
        (
            "Demonstranten lopen door het centrum van Den Haag op zaterdag 25 april 2026. ANP/ROBIN UTRECHT",
            "The Hague",
        ),
        ("Wielrenners rijden door Amsterdam op zaterdag 25 april 2026. ANP/KOEN VAN WEEL", "Amsterdam"),
        # Norwegian "sentrum av" with no preposition before it, and a clause after the town.
        (
            "Bønder kjører traktorer gjennom sentrum av Lillehammer i protest mot oppgjøret fredag. Foto: Geir"
            " Olsen / NTB",
            "Lillehammer",
        ),
        ("Demonstranter går gjennom sentrum av Bergen lørdag. Foto: Marit Hommedal / NTB", "Bergen"),
        # ... while "Tromsø sentrum" is the town itself.
        ("Nordlyset danser over Tromsø sentrum fredag kveld. Foto: Ola Hansen Vik / NTB", "Tromsø"),
    ],
)
def test_a_town_after_a_part_of_it_or_through_it(normaliser: Normaliser, caption: str, city: str) -> None:
    assert located(normaliser, caption, "city") == (city,)


@pytest.mark.parametrize(
    ("caption", "city", "country_code"),
    [
        (
            "Des supporters célèbrent la victoire à Saint-Denis, au nord de Paris, le 12 juillet 1998. "
            "(Photo by Jean Martin / AFP)",
            "Saint-Denis",
            "FR",
        ),
        (
            "Vecinos protestan en Móstoles, al sur de Madrid, el 3 de marzo de 2026. EFE/Rodrigo Jiménez",
            "Móstoles",
            "ES",
        ),
    ],
)
def test_a_romance_compass_of_a_town_only_locates_the_one_before_it(
    normaliser: Normaliser, caption: str, city: str, country_code: str
) -> None:
    assert located(normaliser, caption, "city", "country_code") == (city, country_code)


@pytest.mark.parametrize(
    ("caption", "city", "sublocation"),
    [
        # A noun in lower case after "des", "du" inside a head-first name is the name's own: "Palais des
        # sports de Lyon" is in Lyon, not the Breton town Le Palais read from "au Palais".
        (
            "Les supporters au Palais des sports de Lyon, le 5 janvier 2027. (Photo by Jeff Pachoud / AFP)",
            "Lyon",
            "Palais des sports de Lyon",
        ),
        (
            "Des visiteurs au Parc des expositions de Villepinte, le 5 janvier 2027. AFP",
            "Villepinte",
            "Parc des expositions de Villepinte",
        ),
    ],
)
def test_a_lower_case_noun_inside_a_head_first_name_stays_in_it(
    normaliser: Normaliser, caption: str, city: str, sublocation: str
) -> None:
    assert located(normaliser, caption, "city", "sublocation") == (city, sublocation)


@pytest.mark.parametrize(
    ("caption", "sublocation"),
    [
        # A number after "No." or after the place's noun is part of its name.
        (
            "Firefighters wash an engine outside Fire Station No. 7 in Topeka, Kan., Thursday, July 9, 2026. "
            "(AP Photo/Charlie Riedel)",
            "Fire Station No. 7",
        ),
        (
            "Sea lions bask on Pier 39 in San Francisco, Tuesday, May 5, 2026. (AP Photo/Jeff Chiu)",
            "Pier 39",
        ),
    ],
)
def test_a_number_closes_a_place_name(normaliser: Normaliser, caption: str, sublocation: str) -> None:
    (found,) = located(normaliser, caption, "sublocation")
    assert found == sublocation


@pytest.mark.parametrize(
    ("caption", "city", "country_code"),
    [
        # An adjective between a settlement noun and its "de": the name after it is the town.
        (
            "Pescadores descargan atún en la ciudad portuaria de Mazatlán, Sinaloa (México), este martes. "
            "EFE/Juan Carlos Cruz",
            "Mazatlán",
            "MX",
        ),
        (
            "Migrantes esperan en un albergue de la ciudad fronteriza de Ciudad Juárez, en el estado de "
            "Chihuahua (México), este jueves. EFE/Luis Torres",
            "Ciudad Juárez",
            "MX",
        ),
        (
            "Moradores observam a ressaca na cidade litorânea de Santos, no estado de São Paulo, nesta "
            "segunda-feira (1). Foto: Ana Souza/Folhapress",
            "Santos",
            "BR",
        ),
    ],
)
def test_an_adjective_after_the_settlement_noun(
    normaliser: Normaliser, caption: str, city: str, country_code: str
) -> None:
    assert located(normaliser, caption, "city", "country_code") == (city, country_code)


@pytest.mark.parametrize(
    ("caption", "city", "sublocation"),
    [
        # Danish and Norwegian "ankommer til" (arrives at) opens the place.
        (
            "Kronprins Christian ankommer til Odense Koncerthus onsdag den 3. februar 2027. "
            "(Foto: Tim Kildeborg Jensen/Ritzau Scanpix)",
            "Odense",
            "Odense Koncerthus",
        ),
        (
            "Kong Frederik X og dronning Mary ankommer til Aarhus Teater tirsdag den 2. februar 2027. "
            "(Foto: Bo Amstrup/Ritzau Scanpix)",
            "Århus",
            "Aarhus Teater",
        ),
        # A named house's garden, in lower case, shows the house; the town follows.
        (
            "The Prince of Wales plants a tree in the garden of Highgrove House, Tetbury, on Wednesday, "
            "Feb. 3, 2027. PA Photo",
            "Tetbury",
            "Highgrove House",
        ),
    ],
)
def test_phrases_that_open_a_place(normaliser: Normaliser, caption: str, city: str, sublocation: str) -> None:
    assert located(normaliser, caption, "city", "sublocation") == (city, sublocation)


@pytest.mark.parametrize(
    ("caption", "city"),
    [
        # A direction from the town's centre: the town is named after "downtown".
        (
            "Cars crawl along an icy Interstate 35 north of downtown Dallas on Tuesday, Feb. 2, 2027. "
            "(AP Photo/LM Otero)",
            "Dallas",
        ),
        (
            "Traffic backs up on Interstate 10 west of downtown Phoenix on Tuesday, Feb. 2, 2027. "
            "(AP Photo/Matt York)",
            "Phoenix",
        ),
    ],
)
def test_a_direction_from_downtown(normaliser: Normaliser, caption: str, city: str) -> None:
    assert located(normaliser, caption, "city", "country_code") == (city, "US")


@pytest.mark.parametrize(
    ("caption", "city", "province"),
    [
        # A country's adjective before the division word: "the eastern Indian state of Bihar" says which
        # Aurangabad (Maharashtra's is far bigger), "the Indian state of Rajasthan" which Bharatpur (Nepal's).
        (
            "Voters queue at a polling station in Aurangabad, in the eastern Indian state of Bihar, Nov. 6, "
            "2025. (AP Photo/Rajesh Kumar)",
            "Aurangābād",
            "Bihar",
        ),
        (
            "Farmers march in Aurangabad, in the western Indian state of Maharashtra, on Tuesday. (AP "
            "Photo/Rafiq Maqbool)",
            "Aurangabad",
            "Maharashtra",
        ),
        # French elides "de" and the article before a vowel: "l'État du Bihar", "l'État de l'Uttar Pradesh".
        (
            "Des électeurs font la queue à Aurangabad, dans l'État du Bihar, le 6 novembre 2025. (Photo by "
            "Devraj SINGH / AFP)",
            "Aurangābād",
            "Bihar",
        ),
        (
            "Des fidèles se baignent dans le Gange à Varanasi (Bénarès), dans l'État de l'Uttar Pradesh, le 8 "
            "juillet 2027. (Photo by Devraj SINGH / AFP)",
            "Varanasi",
            "Uttar Pradesh",
        ),
    ],
)
def test_a_state_with_its_countrys_adjective_decides_the_town(
    normaliser: Normaliser, caption: str, city: str, province: str
) -> None:
    assert located(normaliser, caption, "city", "province_state") == (city, province)


def _joiner_start_by_loop(text: str) -> int:
    """Where a trailing joiner can start, walked back character by character, as `_cut_trailing_joiner` did."""
    budget, start = _longest_joiner(), len(text)
    while start > 0:
        char = text[start - 1]
        if not (char.isspace() or char in _JOINER_GAPS):
            if budget == 0:
                break
            budget -= 1
        start -= 1
    return start


@pytest.mark.parametrize(
    "text",
    [
        "in Kyiv on",
        "at the Old Town Square in Prague, on",
        "near Gaza City -",
        "in Lviv\u00a0\u2009 ,",
        "",
        "  ",
        "on",
    ],
)
def test_joiner_reach_read_backwards_is_the_loops(text: str) -> None:
    reach = _joiner_reach().match(text[::-1])
    assert reach is not None
    assert len(text) - reach.end() == _joiner_start_by_loop(text)


@pytest.mark.parametrize(
    ("text", "cut"), [("in Kyiv on", "in Kyiv"), ("in Bern, am", "in Bern"), ("in Oslo", "in Oslo")]
)
def test_trailing_joiner_cut(text: str, cut: str) -> None:
    assert _cut_trailing_joiner(text) == cut
