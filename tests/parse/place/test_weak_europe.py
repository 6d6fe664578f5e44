"""Towns of Central Europe, the Baltic states and their neighbours in the cases of the region's languages
(issue 13, stop 31): _weak.py's readings of them."""

from __future__ import annotations

import pytest

from captions import Normaliser
from captions._model import WarningCode
from tests.conftest import located


@pytest.mark.parametrize(
    ("caption", "city", "sublocation"),
    [
        # Hungarian names a building after a person with a hyphen ("Péter-palota"): the name that opens
        # the compound is no given name before the town in its case.
        (
            "Kiállítás a Péter-palotában Budapesten 2026. március 14-én. MTI/Kovács Anna",
            "Budapest",
            "Péter-palota",
        ),
        # Hungarian's article "a" before a square's name is no Italian "a" before a town ("Dóm", Italy).
        ("Koszorúzás a Dóm téren Szegeden 2026. március 15-én. MTI/Tóth Kálmán", "Szeged", "Dóm tér"),
    ],
)
def test_a_hungarian_town_in_its_case_after_a_named_place(
    normaliser: Normaliser, caption: str, city: str, sublocation: str
) -> None:
    assert located(normaliser, caption, "city", "country_code", "sublocation") == (city, "HU", sublocation)


@pytest.mark.parametrize(
    ("caption", "city", "country_code"),
    [
        # Russian and Ukrainian locatives of towns in the Baltic states and Poland: a town there, over a
        # Russian village of the same name (Peremyshl').
        ("Очередь на границе в Нарве в четверг, 12 марта. Фото: Анна Ковалёва/ERR", "Narva", "EE"),
        ("Праздник города в Елгаве в субботу, 7 марта. Фото: LETA", "Jelgava", "LV"),
        ("Ярмарок на площі в Перемишлі 9 березня 2026 року. Фото: Укрінформ", "Przemyśl", "PL"),
        # The town's country after it in Cyrillic, as in Latin: no town named "Польща" left unread.
        ("Мітинг біля ратуші у Жешуві, Польща, 2 березня 2026 року. Фото: Укрінформ", "Rzeszów", "PL"),
        ("Пасажири на вокзалі у Львові, Україна, 10 березня 2026 року. Фото: Укрінформ", "Lviv", "UA"),
    ],
)
def test_a_neighbours_town_in_a_cyrillic_case(
    normaliser: Normaliser, caption: str, city: str, country_code: str
) -> None:
    assert located(normaliser, caption, "city", "country_code") == (city, country_code)


def test_a_village_at_home_after_a_settlement_noun_stays_at_home(normaliser: Normaliser) -> None:
    # "у селі": the caption says a village; no neighbour's town of the same name is read over it.
    assert located(normaliser, "Повінь у селі Перемишль, 9 березня. Фото: Укрінформ", "country_code") != (
        "PL",
    )


@pytest.mark.parametrize(
    ("caption", "city", "country_code"),
    [
        # Lithuanian plural locative, after a word in lower case spelt like a given name ("eglė", a fir).
        ("Kalėdinė eglė Šiauliuose, 2026-12-05. Tomo Jurgaičio (BNS) nuotr.", "Šiauliai", "LT"),
        # Lithuanian locative of a town in "-ė"; Latvian locative of a town in "-pils".
        ("Ūkininkų mugė Marijampolėje, 2026-03-08. BNS nuotr.", "Marijampolė", "LT"),
        ("Koncerts Daugavpilī 2026. gada 6. martā. Foto: LETA", "Daugavpils", "LV"),
    ],
)
def test_a_baltic_town_in_its_case(
    normaliser: Normaliser, caption: str, city: str, country_code: str
) -> None:
    assert located(normaliser, caption, "city", "country_code") == (city, country_code)


def test_a_town_left_unread_after_a_cyrillic_preposition_is_flagged(normaliser: Normaliser) -> None:
    # The country after it is read; the town before it, which no form undoes, is flagged, not left silent.
    record = normaliser.normalise(
        "Болельщики на стадионе в Курупайти-ду-Норти, Бразилия, 3 февраля 2027 года. Фото: Reuters"
    )
    assert record.location is not None and record.location.country_code == "BR"
    assert record.location.city is None
    assert WarningCode.PLACE_NOT_FOUND in {w.code for w in record.warnings}


def test_a_name_after_a_dutch_article_is_no_town(normaliser: Normaliser) -> None:
    # "voor de Ronde" (before the Tour of Flanders): Dutch writes no article before a town; not Rønde, Denmark.
    caption = (
        "Wielrenners rijden over de Muur van Geraardsbergen tijdens een verkenning voor de Ronde, dinsdag 13 "
        "april 2027. BELGA PHOTO JORIS VERBEKE"
    )
    location = normaliser.read(caption).record.location
    assert location is None or location.country_code != "DK"


def test_the_town_after_a_place_a_dutch_article_names_stays(normaliser: Normaliser) -> None:
    location = normaliser.read(
        "Toeschouwers voor de Stadsschouwburg in Amsterdam, zaterdag. ANP PIETER DE VRIES"
    ).record.location
    assert location is not None
    assert (location.city, location.country_code) == ("Amsterdam", "NL")


@pytest.mark.parametrize(
    ("caption", "city", "country"),
    [
        # Italian "di" before a competition's name: no town named "Champion" (Belgium) nor any other.
        (
            "Tifosi del Milan a Madrid prima della sfida di Champions League, martedì sera. (Foto Ansa)",
            "Madrid",
            "ES",
        ),
        (
            "Tifosi della Lazio prima della gara di Europa League a Porto, giovedì. Foto LaPresse",
            "Porto",
            "PT",
        ),
    ],
)
def test_a_competition_after_a_weak_locative_is_no_town(
    normaliser: Normaliser, caption: str, city: str, country: str
) -> None:
    assert located(normaliser, caption, "city", "country_code") == (city, country)
