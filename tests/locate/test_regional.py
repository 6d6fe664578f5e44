"""Places as North American and Pacific pages and feeds write them: suburbs placed by their big town, town
datelines over a venue's name, US postal codes after a town."""

from __future__ import annotations

import pytest

from captions import Normaliser
from captions._model import WarningCode
from tests.conftest import located


@pytest.mark.parametrize(
    ("caption", "city", "country_code"),
    [
        # Australian and New Zealand papers place a suburb by the big town it is part of: the suburb is the town.
        (
            "Police tape surrounds a home in Frankston, in Melbourne's south-east, on Monday, June 8, 2026. "
            "(AAP Image/Jane Doe)",
            "Frankston",
            "AU",
        ),
        (
            "Police cordon off a street in Mirrabooka, in Perth's northern suburbs, on Saturday, May 2, 2026. "
            "Picture: Ross Smith",
            "Mirrabooka",
            "AU",
        ),
        (
            "Flood water covers a road in Penrith, in Sydney's west, on Monday, June 8, 2026. "
            "(AAP Image/Dan Himbrechts)",
            "Penrith",
            "AU",
        ),
    ],
)
def test_a_suburb_placed_by_its_big_town_is_the_town(
    normaliser: Normaliser, caption: str, city: str, country_code: str
) -> None:
    assert located(normaliser, caption, "city", "country_code") == (city, country_code)


def test_a_suburb_the_gazetteer_places_far_away_falls_back_on_its_big_town(normaliser: Normaliser) -> None:
    record = normaliser.normalise(
        "Firefighters battle a blaze at a house in Glen Eden, in Auckland's west, on Monday, June 8, 2026. "
        "Photo / Dean Purcell"
    )
    assert record.location is not None
    assert (record.location.city, record.location.country_code) == ("Auckland", "NZ")
    assert record.location.sublocation == "Glen Eden"


@pytest.mark.parametrize(
    ("caption", "city", "sublocation"),
    [
        # Imagn's dateline names the town; "at" a name no gazetteer knows is the arena.
        (
            "Nov 10, 2026; Calgary, Alberta, CAN; Calgary Flames forward Jonathan Huberdeau (10) skates against "
            "the Edmonton Oilers during the second period at Scotiabank Saddledome. Mandatory Credit: Sergei "
            "Belski-Imagn Images",
            "Calgary",
            "Scotiabank Saddledome",
        ),
        # ZUMA's dateline names the town; a holiday the body names is no place, the street the crowd fills is.
        (
            "October 31, 2026, Sleepy Hollow, New York, USA: Costumed visitors crowd Beekman Avenue on "
            "Halloween night. (Credit Image: © Jane Roe/ZUMA Press Wire)",
            "Sleepy Hollow",
            "Beekman Avenue",
        ),
    ],
)
def test_a_town_dateline_names_the_town_over_the_bodys_unknown_name(
    normaliser: Normaliser, caption: str, city: str, sublocation: str | None
) -> None:
    record = normaliser.normalise(caption)
    assert record.location is not None
    assert (record.location.city, record.location.sublocation) == (city, sublocation)
    assert not record.warnings


def test_a_us_postal_code_after_a_town_named_like_a_facility(normaliser: Normaliser) -> None:
    record = normaliser.normalise(
        "A fan cheers at Kyle Field in College Station, TX, on October 24, 2026. (AP Photo/Sam Craft)"
    )
    assert record.location is not None
    assert (record.location.city, record.location.province_state) == ("College Station", "Texas")
    assert record.location.sublocation == "Kyle Field"


@pytest.mark.parametrize(
    ("caption", "sublocation"),
    [
        (
            "Firefighters work at a fire in the Bronx, New York, on Monday, May 4, 2026. (AP Photo/Yuki Iwamura)",
            "Bronx",
        ),
        (
            "Bomberos combaten un incendio en el Bronx, Nueva York, el lunes 4 de mayo de 2026. (AP Foto/Yuki Iwamura)",
            "Bronx",
        ),
        (
            "Fans cheer outside Citi Field in Queens on Monday, May 4, 2026. (AP Photo/Frank Franklin II)",
            None,
        ),
    ],
)
def test_a_borough_listed_as_a_town_shows_its_city(
    normaliser: Normaliser, caption: str, sublocation: str | None
) -> None:
    record = normaliser.normalise(caption)
    assert record.location is not None
    assert (record.location.city, record.location.country_code) == ("New York City", "US")
    if sublocation is not None:
        assert record.location.sublocation == sublocation


def test_a_town_named_like_a_borough_elsewhere_stays(normaliser: Normaliser) -> None:
    record = normaliser.normalise(
        "Shoppers walk in Brooklyn Park, Minn., on Monday, May 4, 2026. (AP Photo/Abbie Parr)"
    )
    assert record.location is not None
    assert record.location.city == "Brooklyn Park"


@pytest.mark.parametrize(
    ("caption", "city", "province_state"),
    [
        (
            "Voters line up outside the chapter house in Window Rock, Ariz., on the Navajo Nation, Tuesday, "
            "Nov. 3, 2026. (AP Photo/Pablo Rios)",
            "Window Rock",
            "Arizona",
        ),
        (
            "Horses graze in Pine Ridge, S.D., on the Pine Ridge Indian Reservation, Tuesday, Nov. 3, 2026. "
            "(AP Photo/Pablo Rios)",
            "Pine Ridge",
            "South Dakota",
        ),
    ],
)
def test_a_native_nations_land_after_a_town_only_locates_it(
    normaliser: Normaliser, caption: str, city: str, province_state: str
) -> None:
    record = normaliser.normalise(caption)
    assert record.location is not None
    assert (record.location.city, record.location.province_state) == (city, province_state)
    assert not record.warnings


def test_a_namesake_a_continent_away_from_the_town_written_beside_it_is_not_taken(
    normaliser: Normaliser,
) -> None:
    record = normaliser.normalise(
        "Fire crews work to contain a scrub fire near Ōhau, south of Levin, on Tuesday.\nJane Roe/Stuff",
        reference_date="2026-01-14",
    )
    assert record.location is not None
    assert record.location.country_code == "NZ"


@pytest.mark.parametrize(
    "caption",
    [
        "A grizzly bear forages in a meadow in Banff National Park, Alta., in an undated handout photo. "
        "THE CANADIAN PRESS/HO-Parks Canada",
        "Elk graze beside a highway in Jasper National Park, Alta., on Monday, May 4, 2026. THE CANADIAN PRESS/Jeff McIntosh",
    ],
)
def test_a_park_named_after_a_town_shows_no_town(normaliser: Normaliser, caption: str) -> None:
    record = normaliser.normalise(caption)
    assert record.location is not None
    assert record.location.city is None
    assert (record.location.province_state, record.location.country_code) == ("Alberta", "CA")


def test_a_park_written_as_the_town_is_the_place_shown(normaliser: Normaliser) -> None:
    caption = "Hikers walk in Yoho National Park, B.C., Jan. 27, 2027. THE CANADIAN PRESS/Jeff McIntosh"
    assert located(normaliser, caption, "sublocation", "city", "province_state") == (
        "Yoho National Park",
        None,
        "British Columbia",
    )


@pytest.mark.parametrize(
    "caption",
    [
        "This handout photo taken on January 26, 2027 and released by the Philippine Coast Guard shows a Chinese "
        "vessel near Scarborough Shoal. (Photo by Handout / PHILIPPINE COAST GUARD / AFP)",
        "A Chinese vessel sails near Scarborough Shoal in the South China Sea, January 27, 2027. REUTERS/Stringer",
    ],
)
def test_a_feature_at_sea_names_no_town_and_no_division(normaliser: Normaliser, caption: str) -> None:
    # Scarborough, England, gives the shoal its name, not its place; a shoal lies in no country's land.
    record = normaliser.normalise(caption)
    assert record.location is not None
    assert (record.location.sublocation, record.location.city, record.location.country_code) == (
        "Scarborough Shoal",
        None,
        None,
    )
    assert record.warnings == ()


def test_a_town_whose_namesakes_all_lie_in_other_states_keeps_the_state_written(
    normaliser: Normaliser,
) -> None:
    record = normaliser.normalise(
        "Biologists release a collared gray wolf near Stanley, Idaho, on Jan. 22, 2026. (AP Photo/Kyle Green)"
    )
    assert record.location is not None
    assert (record.location.city, record.location.province_state) == ("Stanley", "Idaho")
    assert WarningCode.PLACE_NOT_FOUND in {w.code for w in record.warnings}


@pytest.mark.parametrize(
    ("caption", "sublocation"),
    [
        (
            "FILE - The Golden Gate Bridge is shrouded in fog in San Francisco, Aug. 3, 2019. "
            "(AP Photo/Jeff Chiu, File)",
            "Golden Gate Bridge",
        ),
        (
            "The Empire State Building is lit in blue in New York, on Tuesday, March 3, 2026. (AP Photo/Yuki Iwamura)",
            "Empire State Building",
        ),
        # A place the chain gives holds the subject: it stays the place within the town.
        (
            "The Peace Tower is seen through fog on Parliament Hill in Ottawa on Monday, Jan. 5, 2026. "
            "THE CANADIAN PRESS/Marie Tremblay",
            "Parliament Hill",
        ),
    ],
)
def test_a_landmark_seen_as_the_subject_is_the_place_within_the_town(
    normaliser: Normaliser, caption: str, sublocation: str
) -> None:
    record = normaliser.normalise(caption)
    assert record.location is not None
    assert record.location.sublocation == sublocation


@pytest.mark.parametrize(
    ("caption", "city", "province_state"),
    [
        (
            "Southland farmers rally at the Gore A&P Showgrounds in Gore on Thursday, July 16, 2026, to protest "
            "changes to freshwater rules. Photo: Supplied",
            "Gore",
            "Southland",
        ),
        (
            "Students perform at the Mississippi Gulf Coast Band Festival in Gulfport on Oct. 10, 2026. Contributed",
            "Gulfport",
            "Mississippi",
        ),
    ],
)
def test_a_division_named_in_the_towns_sentence_picks_its_reading(
    normaliser: Normaliser, caption: str, city: str, province_state: str
) -> None:
    record = normaliser.normalise(caption)
    assert record.location is not None
    assert (record.location.city, record.location.province_state) == (city, province_state)
    assert not [w for w in record.warnings if w.code is WarningCode.AMBIGUOUS_PLACE]


def test_a_name_with_an_ampersand_is_the_place_within_the_town(normaliser: Normaliser) -> None:
    record = normaliser.normalise(
        "Farmers rally at the Gore A&P Showgrounds in Gore, New Zealand, on Thursday, July 16, 2026. "
        "Photo: Supplied"
    )
    assert record.location is not None
    assert record.location.sublocation == "Gore A&P Showgrounds"


@pytest.mark.parametrize(
    ("caption", "sublocation"),
    [
        # AP's dateline, its state abbreviated, before a hyphen: a borough is a place in New York City.
        (
            "BROOKLYN, N.Y. - Commuters wait for a train at the Atlantic Avenue station, Monday, March 2, 2026. "
            "(AP Photo/Yuki Iwamura)",
            "Atlantic Avenue station",
        ),
        (
            "QUEENS, N.Y. - Travelers wait at LaGuardia Airport, Monday, March 2, 2026. (AP Photo/Yuki Iwamura)",
            "LaGuardia Airport",
        ),
        # With no other place, the borough is the sublocation, named as the gazetteer has it.
        (
            "BROOKLYN, N.Y. - Commuters wait for a train, Monday, March 2, 2026. (AP Photo/Yuki Iwamura)",
            "Brooklyn",
        ),
    ],
)
def test_a_borough_in_an_abbreviated_dateline(normaliser: Normaliser, caption: str, sublocation: str) -> None:
    record = normaliser.normalise(caption)
    location = record.location
    assert location is not None
    assert (location.city, location.sublocation) == ("New York City", sublocation)
    assert not record.warnings


def test_a_dateline_with_an_abbreviated_state_before_a_hyphen(normaliser: Normaliser) -> None:
    location = normaliser.normalise(
        "EUGENE, Ore. - Runners compete at Hayward Field, Saturday, May 30, 2026. (AP Photo/Lindsey Wasson)"
    ).location
    assert location is not None
    assert (location.city, location.province_state, location.sublocation) == (
        "Eugene",
        "Oregon",
        "Hayward Field",
    )


@pytest.mark.parametrize(
    ("caption", "province"),
    [
        # Philippine provinces are GeoNames' second level, under regions: the province written is the one.
        (
            "Villagers clear debris in Tabaco, Albay province, Philippines, November 2, 2026. (AP Photo/Aaron "
            "Favila)",
            "Albay",
        ),
        (
            "Farmers harvest rice in Cabanatuan, Nueva Ecija province, Philippines, May 4, 2026. REUTERS/Lisa "
            "Marie David",
            "Nueva Ecija",
        ),
        (
            "Rescuers search for survivors in Cebu province, Philippines, October 1, 2026. REUTERS/Lisa Marie David",
            "Cebu",
        ),
        # No province written: the region stays.
        (
            "Commuters queue for a ride in Quezon City, Philippines, July 24, 2026. REUTERS/Eloisa Lopez",
            "National Capital Region",
        ),
    ],
)
def test_a_philippine_province_written_is_the_province(
    normaliser: Normaliser, caption: str, province: str
) -> None:
    location = normaliser.normalise(caption).location
    assert location is not None and location.province_state == province


@pytest.mark.parametrize(
    ("caption", "sublocation"),
    [
        # A district GeoNames lists as a town, written before the big town it is part of.
        (
            "Actors rehearse at the Almeida Theatre in Islington, London, Britain, April 14, 2026. "
            "REUTERS/Hollie Adams",
            "Almeida Theatre",
        ),
        (
            "Shoppers browse the stalls in Camden, London, Britain, July 22, 2026. REUTERS/Jaimi Joy",
            "Camden",
        ),
    ],
)
def test_a_district_listed_as_a_town_shows_the_big_town_after_it(
    normaliser: Normaliser, caption: str, sublocation: str
) -> None:
    assert located(normaliser, caption, "city", "sublocation") == ("London", sublocation)


@pytest.mark.parametrize(
    ("caption", "city"),
    [
        # A town of its own, its province named like the big town.
        (
            "Volunteers clear mud from a street in Paiporta, Valencia, Spain, November 3, 2024. "
            "REUTERS/Eva Manez",
            "Paiporta",
        ),
        # A town of its own by a capital, far enough from its point.
        (
            "Fans celebrate in Saint-Denis, Paris, France, July 3, 2026. REUTERS/Gonzalo Fuentes",
            "Saint-Denis",
        ),
    ],
)
def test_a_town_of_its_own_before_a_big_town_stays(normaliser: Normaliser, caption: str, city: str) -> None:
    assert located(normaliser, caption, "city") == (city,)
