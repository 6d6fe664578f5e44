"""Local pages' places, round six: a town before a count of the region's towns ("one of 11 in South
Yorkshire"), before weather across a wider area; a state capitol opening the sentence."""

from __future__ import annotations

import pytest

from captions import Normaliser


@pytest.mark.parametrize(
    ("caption", "city"),
    [
        ("The closed bank branch in Barnsley, one of 11 in South Yorkshire to shut this year.", "Barnsley"),
        ("The former library in Kendal, one of four across Cumbria earmarked for sale.", "Kendal"),
        ("The old cinema in Wakefield, one of the last in West Yorkshire to keep its organ.", "Wakefield"),
    ],
)
def test_a_count_of_the_regions_places_only_locates_the_town(
    normaliser: Normaliser, caption: str, city: str
) -> None:
    location = normaliser.normalise(caption).location
    assert location is not None
    assert location.city == city


@pytest.mark.parametrize(
    ("caption", "city"),
    [
        (
            "Water surrounds homes in Tewkesbury, Gloucestershire, following heavy rain across the West "
            "Midlands. Picture date: Sunday November 14, 2027.",
            "Tewkesbury",
        ),
        (
            "Sandbags outside shops in Bewdley, Worcestershire, after days of rain across the West Midlands "
            "on Sunday.",
            "Bewdley",
        ),
    ],
)
def test_weather_across_a_wider_area_leaves_the_town_before_it(
    normaliser: Normaliser, caption: str, city: str
) -> None:
    location = normaliser.normalise(caption).location
    assert location is not None
    assert location.city == city


def test_a_capitol_opening_the_sentence_is_the_sublocation(normaliser: Normaliser) -> None:
    location = normaliser.normalise(
        "The Ohio Statehouse in Columbus, Ohio, is seen on Monday. (AP Photo/Sam Dee)"
    ).location
    assert location is not None
    assert (location.sublocation, location.city) == ("Ohio Statehouse", "Columbus")


@pytest.mark.parametrize(
    ("caption", "sublocation"),
    [
        ("Onde sul lungomare Marconi a Cesenatico ieri mattina (foto Carlo Bini)", "lungomare Marconi"),
        (
            "Le marché des Halles Saint-Louis, à Brest (Finistère), mardi 9 novembre 2027.",
            "Halles Saint-Louis",
        ),
        ("Vecinos pasean por el adarve de la Muralla de Astorga este martes.", "Muralla de Astorga"),
    ],
)
def test_seafronts_market_halls_and_town_walls_are_sublocations(
    normaliser: Normaliser, caption: str, sublocation: str
) -> None:
    location = normaliser.normalise(caption).location
    assert location is not None
    assert location.sublocation == sublocation


def test_a_market_place_is_no_town(normaliser: Normaliser) -> None:
    location = normaliser.normalise(
        "Stallholders set up at the farmers' market in Sheep Street Market Place on Saturday morning."
    ).location
    assert location is not None
    assert location.sublocation == "Sheep Street Market Place"
    assert location.city is None
