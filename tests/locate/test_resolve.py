"""Locating a caption's place text: the town, the place within it, and what a desk must check."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from captions import Normaliser
from captions._locate._venue import _written_with
from captions._model import WarningCode
from captions._parse import PlaceText
from captions._rules import rules, words
from tests.conftest import located


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        # A venue the gazetteer lacks, then the town and its country: the town is the city even where it
        # also names a division (Madrid), and the venue the place within it.
        (
            "Real Madrid players celebrate at the Santiago Bernabeu, Madrid, Spain, February 19, 2025. "
            "REUTERS/Susana Vera",
            "Santiago Bernabeu",
            "Madrid",
        ),
        (
            "Fans cheer at Estadio Metropolitano, Madrid, Spain, May 11, 2025. REUTERS/Juan Medina",
            "Estadio Metropolitano",
            "Madrid",
        ),
        (
            "Fans sing at Anfield, Liverpool, Britain, May 11, 2025. REUTERS/Phil Noble",
            "Anfield",
            "Liverpool",
        ),
    ],
)
def test_a_venue_before_its_town(normaliser: Normaliser, caption: str, sublocation: str, city: str) -> None:
    record = normaliser.normalise(caption)
    assert record.location is not None
    assert (record.location.sublocation, record.location.city) == (sublocation, city)
    assert not [w for w in record.warnings if w.code is WarningCode.PLACE_NOT_FOUND]


def test_a_town_missing_from_the_gazetteer_is_still_flagged(normaliser: Normaliser) -> None:
    record = normaliser.normalise(
        "Flood waters cover a road in Xyzzyville, Texas, May 11, 2025. REUTERS/Go Nakamura"
    )
    assert record.location is not None and record.location.sublocation is None
    assert WarningCode.PLACE_NOT_FOUND in {w.code for w in record.warnings}


@pytest.mark.parametrize(
    ("caption", "city", "province_state", "country_code"),
    [
        # A village the gazetteer lacks, spelt like a town elsewhere: not that town, but the division and
        # country written, with the village as written for a desk to check.
        (
            "Police officers stand guard in Tobermore, Northern Ireland, August 3, 2024. "
            "REUTERS/Clodagh Kilcoyne",
            "Tobermore",
            "Northern Ireland",
            "GB",
        ),
        # A town as the subject, its country after "in": flagged as written.
        (
            "Keur Massar is flooded after heavy rains in Senegal, September 16, 2020. REUTERS/Zohra Bensemra",
            "Keur Massar",
            None,
            "SN",
        ),
    ],
)
def test_a_town_missing_from_the_gazetteer_keeps_what_is_written(
    normaliser: Normaliser, caption: str, city: str, province_state: str | None, country_code: str
) -> None:
    record = normaliser.normalise(caption)
    assert record.location is not None
    assert (record.location.city, record.location.province_state) == (city, province_state)
    assert record.location.country_code == country_code
    assert WarningCode.PLACE_NOT_FOUND in {w.code for w in record.warnings}


@pytest.mark.parametrize(
    "caption",
    [
        # An approximate match inside the division written stays, flagged as approximate.
        "Flood water surrounds homes in Amerucus, Georgia, U.S., May 3, 2024. REUTERS/Cheney Orr",
        # An organisation or a person opening the caption is no town.
        "Doctors Without Borders staff treat patients in Chad, September 16, 2020. REUTERS/Zohra Bensemra",
        "Emmanuel Macron is greeted by supporters in France, September 16, 2020. REUTERS/Sarah Meyssonnier",
    ],
)
def test_no_town_is_invented_from_an_opening_name(normaliser: Normaliser, caption: str) -> None:
    record = normaliser.normalise(caption)
    assert record.location is not None
    assert record.location.city in (None, "Americus")
    assert WarningCode.PLACE_NOT_FOUND not in {w.code for w in record.warnings}


def test_a_town_outside_the_division_written_beside_it_is_flagged(normaliser: Normaliser) -> None:
    record = normaliser.normalise("Fans gather in Glasgow, England, May 3, 2024. REUTERS/Russell Cheyne")
    assert WarningCode.AMBIGUOUS_PLACE in {w.code for w in record.warnings}
    record = normaliser.normalise("Fans gather in Glasgow, Scotland, May 3, 2024. REUTERS/Russell Cheyne")
    assert not record.warnings


@pytest.mark.parametrize(
    ("caption", "city", "country"),
    [
        (
            "Displaced families wait for water at a school in Bukavu, eastern Congo, Friday, March 6, 2026. "
            "(AP Photo/Moses Sawasawa)",
            "Bukavu",
            "CD",
        ),
        (
            "Dockers load timber onto a barge at the river port in Kisangani, Congo, on April 2, 2026. "
            "REUTERS/Justin Makangara",
            "Kisangani",
            "CD",
        ),
        # A town named outside the chain, in the Congo it is in.
        (
            "Goma residents queue for water in eastern Congo, Tuesday, Jan. 27, 2026. (AP Photo/Moses Sawasawa)",
            "Goma",
            "CD",
        ),
        (
            "Traders sell fish at the Total market in Brazzaville, Congo, on April 2, 2026. "
            "(Photo by Stringer / AFP)",
            "Brazzaville",
            "CG",
        ),
    ],
)
def test_a_country_name_two_countries_share_is_the_towns_own(
    normaliser: Normaliser, caption: str, city: str, country: str
) -> None:
    # AP and Reuters write "Congo" for both Congos: the town decides, and is not flagged for it.
    record = normaliser.normalise(caption)
    assert record.location is not None
    assert (record.location.city, record.location.country_code) == (city, country)
    assert not [w for w in record.warnings if w.code is not WarningCode.IIM_TOO_LONG]


def test_a_land_another_country_administers_is_flagged_when_read_as_a_division(
    normaliser: Normaliser,
) -> None:
    # "Pakistan-administered Kashmir" with no town is read as India's Jammu and Kashmir: a desk must check it.
    record = normaliser.normalise(
        "Villagers cross a rope bridge in the Neelum valley, in Pakistan-administered Kashmir, May 4, 2026. "
        "REUTERS/Akhtar Soomro"
    )
    assert record.location is not None and record.location.city is None
    assert WarningCode.AMBIGUOUS_PLACE in {w.code for w in record.warnings}
    # A town named before it is the one of the country that administers the land, unflagged.
    record = normaliser.normalise(
        "Porters carry supplies near Skardu, in Pakistan-administered Kashmir, May 4, 2026. REUTERS/Akhtar Soomro"
    )
    assert record.location is not None
    assert (record.location.city, record.location.country_code) == ("Skardu", "PK")
    assert WarningCode.AMBIGUOUS_PLACE not in {w.code for w in record.warnings}
    # The land read in the country that administers it, or a town found in it, is not flagged.
    record = normaliser.normalise(
        "Rescuers clear snow from a road in the Gurez valley, in Indian-administered Kashmir, January 9, "
        "2026. REUTERS/Stringer"
    )
    assert record.location is not None and record.location.city is None
    assert record.location.country_code == "IN"
    assert WarningCode.AMBIGUOUS_PLACE not in {w.code for w in record.warnings}


@pytest.mark.parametrize(
    ("caption", "city", "sublocation"),
    [
        # A district GeoNames lists as a town, right by its city: the city is shown, the district within it.
        (
            "Revelers dance in Soho, London, on Saturday, Oct. 10, 2026. (AP Photo/Alberto Pezzali)",
            "London",
            "Soho",
        ),
        (
            "Shoppers crowd the market stalls in Brixton, London, on Saturday, Dec. 5, 2026. "
            "REUTERS/Isabel Infantes",
            "London",
            "Brixton",
        ),
        # Only a namesake village far off in the city's province: the district is no town GeoNames holds.
        (
            "Commuters board a ferry in Kadikoy, Istanbul, Turkey, March 2, 2026. REUTERS/Umit Bektas",
            "Istanbul",
            "Kadikoy",
        ),
    ],
)
def test_a_district_written_before_its_city(
    normaliser: Normaliser, caption: str, city: str, sublocation: str
) -> None:
    assert located(normaliser, caption, "city", "sublocation") == (city, sublocation)


def test_a_town_of_its_own_before_a_big_city_stays(normaliser: Normaliser) -> None:
    # Santa Monica is a city of its own 24 km from Los Angeles; Paris, Texas is no district of anything.
    caption = "Surfers ride waves in Santa Monica, Los Angeles, Oct. 10, 2026. REUTERS/Mike Blake"
    assert located(normaliser, caption, "city") == ("Santa Monica",)
    caption = "A man walks his dog in Paris, Texas, Oct. 10, 2026. (AP Photo/LM Otero)"
    assert located(normaliser, caption, "city", "province_state") == ("Paris", "Texas")
    # A town by a city that is also a division may be a municipality of its own: it stays.
    caption = (
        "Volunteers shovel mud from a street in Paiporta, Valencia, Spain, 2 March 2026. EPA-EFE/Biel Alino"
    )
    assert located(normaliser, caption, "city") == ("Paiporta",)


def test_a_town_named_like_a_country_in_several_states_is_flagged(normaliser: Normaliser) -> None:
    # Lebanon is a country, and a town in a dozen states of the United States.
    record = normaliser.normalise(
        "Nurses hold placards during a strike in Lebanon, United States, October 7, 2025. REUTERS/Jeff Dean"
    )
    assert record.location is not None and record.location.country_code == "US"
    assert WarningCode.AMBIGUOUS_PLACE in {w.code for w in record.warnings}


@pytest.mark.parametrize(
    ("caption", "city", "province_state", "country_code"),
    [
        (
            "Voters line up to cast their ballots in Lebanon, Pa., Tuesday, Nov. 5, 2024. (AP Photo/Matt Rourke)",
            "Lebanon",
            "Pennsylvania",
            "US",
        ),
        (
            "Homes lie in ruins after the Glass Fire swept through St. Helena, Calif., Sept. 28, 2020. "
            "(AP Photo/Noah Berger)",
            "Saint Helena",
            "California",
            "US",
        ),
        (
            "Coffee growers protest in Armenia, Colombia, May 5, 2017. REUTERS/Luisa Gonzalez",
            "Armenia",
            "Quindío",
            "CO",
        ),
    ],
)
def test_a_town_named_like_a_country(
    normaliser: Normaliser, caption: str, city: str, province_state: str, country_code: str
) -> None:
    record = normaliser.normalise(caption)
    assert record.location is not None
    assert (record.location.city, record.location.province_state) == (city, province_state)
    assert record.location.country_code == country_code


@pytest.mark.parametrize(
    ("caption", "country_code"),
    [
        ("Troops patrol a village in Armenia, May 5, 2017. REUTERS/Vahram Baghdasaryan", "AM"),
        ("Refugees arrive in Jordan, Syria, May 5, 2017. REUTERS/Khalil Ashawi", "JO"),
    ],
)
def test_a_country_stays_a_country(normaliser: Normaliser, caption: str, country_code: str) -> None:
    assert located(normaliser, caption, "city", "country_code") == (None, country_code)


def test_a_town_far_from_the_county_written_beside_it_is_flagged(normaliser: Normaliser) -> None:
    # The county read for "Berkshire" (Massachusetts) lies far from the Reading chosen: a desk must check.
    record = normaliser.normalise(
        "Fans outside the Madejski Stadium in Reading, Berkshire. Picture date: Saturday May 4, 2024. "
        "Photo credit should read: Andrew Matthews/PA Wire."
    )
    location = record.location
    assert location is not None
    assert location.country_code == "GB" or WarningCode.AMBIGUOUS_PLACE in {w.code for w in record.warnings}


def test_a_town_phrase_cut_short_and_not_found_is_flagged(normaliser: Normaliser) -> None:
    # "devant la Grande mosquée de Kaolack": the phrase read as a town ("Grande") is no town, and the
    # town is lost with it; the country alone must not pass unchecked.
    caption = "Des fidèles prient devant la Grande mosquée de Kaolack, au Sénégal, le 3 mars 2025. (Photo by Ann SY / AFP)"
    record = normaliser.normalise(caption)
    assert record.location is not None
    assert record.location.country_code == "SN"
    assert record.location.city in (None, "Kaolack")
    if record.location.city is None:
        assert [w for w in record.warnings if w.code is WarningCode.PLACE_NOT_FOUND]


@pytest.mark.parametrize(
    ("caption", "city", "province_state", "country_code"),
    [
        # A division written short beside its town: "Gaza" is the Gaza Strip, where Gaza City and Khan
        # Younis lie, not Mozambique's Gaza province, which holds neither.
        (
            "A man walks past damaged buildings in Gaza City, Gaza, Oct. 12, 2023. (AP Photo/Abed Khaled)",
            "Gaza",
            "Gaza Strip",
            "PS",
        ),
        (
            "Palestinians gather at the site of an Israeli strike in Khan Younis, Gaza, Oct. 12, 2023. "
            "(AP Photo/Fatima Shbair)",
            "Khān Yūnis",
            "Gaza Strip",
            "PS",
        ),
    ],
)
def test_a_division_written_beside_a_town_is_the_towns_own(
    normaliser: Normaliser, caption: str, city: str, province_state: str, country_code: str
) -> None:
    record = normaliser.normalise(caption)
    assert record.location is not None
    location = record.location
    assert (location.city, location.province_state, location.country_code) == (
        city,
        province_state,
        country_code,
    )
    assert not {w.code for w in record.warnings} & {WarningCode.PLACE_NOT_FOUND, WarningCode.AMBIGUOUS_PLACE}


def test_a_town_not_in_the_written_division_is_still_flagged(normaliser: Normaliser) -> None:
    # The town exists, but in a division that shares no word with the one written: no guess.
    record = normaliser.normalise(
        "Farmers sort cashew nuts in Xai-Xai, Nampula, Mozambique, Oct. 12, 2023. REUTERS/Grant Lee Neuenburg"
    )
    assert record.location is not None and record.location.country_code == "MZ"
    assert {w.code for w in record.warnings} & {WarningCode.PLACE_NOT_FOUND, WarningCode.AMBIGUOUS_PLACE}


def test_a_place_named_head_first_after_its_town_in_the_division_written(normaliser: Normaliser) -> None:
    # "Castelul Bran" (Bran castle) in Brașov county: the castle is the place within Bran.
    record = normaliser.normalise(
        "Turiști vizitează Castelul Bran, în județul Brașov, de Halloween, vineri, 31 octombrie 2025. "
        "AGERPRES FOTO / Paul Buciuta"
    )
    assert record.location is not None
    location = record.location
    assert (location.sublocation, location.city, location.province_state) == (
        "Castelul Bran",
        "Bran",
        "Brașov",
    )
    assert not record.warnings


def test_a_town_before_a_facility_where_the_only_place_written_is_a_division(normaliser: Normaliser) -> None:
    # "the Tulkarem refugee camp in the occupied West Bank": the town of the camp, in the division written.
    record = normaliser.normalise(
        "Palestinians inspect damaged homes after an Israeli raid on the Tulkarem refugee camp in the occupied"
        " West Bank, March 4, 2026. REUTERS/Raneen Sawafta"
    )
    assert record.location is not None
    location = record.location
    assert (location.sublocation, location.city, location.province_state, location.country_code) == (
        "Tulkarem refugee camp",
        "Ţūlkarm",
        "West Bank",
        "PS",
    )


def test_a_town_named_alone_is_no_other_places_old_name(normaliser: Normaliser) -> None:
    # Not Jerusalem (once "Salem"): a town of that name, and flagged, since several are.
    record = normaliser.normalise("Worshippers pray at a temple in Salem, Jan. 14, 2024. REUTERS/Stringer")
    assert record.location is not None
    assert (record.location.city, record.location.country_code) != ("Jerusalem", "IL")
    assert record.location.city == "Salem"
    assert WarningCode.AMBIGUOUS_PLACE in {w.code for w in record.warnings}


@pytest.mark.parametrize(
    ("caption", "city", "province_state"),
    [
        # The nations of the United Kingdom are its first-level divisions: never the country.
        (
            "Protesters gather outside City Hall in Belfast, Northern Ireland, August 3, 2024. "
            "REUTERS/Clodagh Kilcoyne",
            "Belfast",
            "Northern Ireland",
        ),
        (
            "A ferry leaves the harbour in Larne, Northern Ireland, UK, on 3 August 2024. EPA-EFE/MARK MARLOW",
            "Larne",
            "Northern Ireland",
        ),
        (
            "EDINBURGH, SCOTLAND - MAY 04: Voters arrive at a polling station on May 04, 2024 in Edinburgh, "
            "Scotland. (Photo by Jeff J Mitchell/Getty Images)",
            "Edinburgh",
            "Scotland",
        ),
        ("Supporters gather in Cardiff, Wales, Jan. 5, 2024. (AP Photo/Kin Cheung)", "Cardiff", "Wales"),
        ("Fans arrive in London, England, June 1, 2024. (AP Photo/Kin Cheung)", "London", "England"),
        (
            "Police officers stand guard in Northern Ireland, Aug. 3, 2024. (AP Photo/Peter Morrison)",
            None,
            "Northern Ireland",
        ),
        ("Sheep graze on a hillside in Wales, May 2, 2024. REUTERS/Phil Noble", None, "Wales"),
    ],
)
def test_a_nation_of_the_united_kingdom_is_its_division(
    normaliser: Normaliser, caption: str, city: str | None, province_state: str
) -> None:
    record = normaliser.normalise(caption)
    assert record.location is not None
    location = record.location
    assert (location.city, location.province_state) == (city, province_state)
    assert (location.country, location.country_code) == ("United Kingdom", "GB")
    assert not {w.code for w in record.warnings} & {WarningCode.PLACE_NOT_FOUND, WarningCode.AMBIGUOUS_PLACE}


@pytest.mark.parametrize(
    ("caption", "city", "province_state"),
    [
        # A town named like a place within one ("Bridge", "Bay"), then its county: the town is the city,
        # the county no town (and, in Britain, the province).
        (
            "Shoppers walk along the high street in Pateley Bridge, North Yorkshire, as temperatures rose "
            "across the country. Picture date: Tuesday July 8, 2025. Photo credit should read: Danny "
            "Lawson/PA Wire",
            "Pateley Bridge",
            "North Yorkshire",
        ),
        # French "au Québec" is the province: the town is the one the caption names in it.
        (
            "Des bénévoles distribuent des repas à Trois-Rivières, au Québec, le mardi 14 octobre 2025. "
            "LA PRESSE CANADIENNE/Jacques Boissinot",
            "Trois-Rivières",
            "Quebec",
        ),
        # The town written right before the division wins over a district of it named earlier that is a
        # town of the same division too (Humaitá, RS; Verdun, Quebec).
        (
            "Moradores retiram móveis de casas alagadas no bairro Humaitá, em Porto Alegre, no Rio Grande do "
            "Sul, 7 de maio de 2024. REUTERS/Diego Vara",
            "Porto Alegre",
            "Rio Grande do Sul",
        ),
        (
            "Des résidents évacuent leur immeuble dans le quartier Verdun, à Montréal, au Québec, le lundi 14 "
            "juillet 2025. LA PRESSE CANADIENNE/Graham Hughes",
            "Montréal",
            "Quebec",
        ),
    ],
)
def test_a_division_read_as_the_town_gives_way_to_the_town_named_in_it(
    normaliser: Normaliser, caption: str, city: str, province_state: str
) -> None:
    record = normaliser.normalise(caption)
    assert record.location is not None
    assert (record.location.city, record.location.province_state) == (city, province_state)
    assert record.location.country_code in ("GB", "CA", "BR")
    assert record.location.sublocation != city
    assert not {w.code for w in record.warnings} & {WarningCode.PLACE_NOT_FOUND, WarningCode.AMBIGUOUS_PLACE}


@pytest.mark.parametrize(
    ("caption", "city", "state"),
    [
        # The beach is named after a district of Rio (Ipanema, 9 km from its centre): Rio is the town.
        (
            "Banhistas lotam a praia de Ipanema, no Rio de Janeiro, neste domingo (16). Foto: Fernando"
            " Frazão/Agência Brasil",
            "Rio de Janeiro",
            "Rio de Janeiro",
        ),
        # A town of the state written alone is the town, however near (Niterói, 8 km across the bay).
        (
            "Moradores fazem fila para vacinação em Niterói, no Rio de Janeiro. Foto: Tânia Rêgo/Agência Brasil",
            "Niterói",
            "Rio de Janeiro",
        ),
        # A venue named after a town of the state far from its capital names that town.
        (
            "Operários trabalham no mercado de Campinas, no São Paulo. Foto: Rubens Cavallari/Folhapress",
            "Campinas",
            "São Paulo",
        ),
    ],
)
def test_a_venue_named_after_a_part_of_the_town_keeps_the_town(
    normaliser: Normaliser, caption: str, city: str, state: str
) -> None:
    assert located(normaliser, caption, "city", "province_state") == (city, state)


@pytest.mark.parametrize(
    ("caption", "country_code"),
    [
        (
            "Fishermen haul nets on the shore of Russia's Chukotka Peninsula, Monday, July 7, 2025. "
            "(AP Photo/Dmitri Lovetsky)",
            "RU",
        ),
        (
            "Volcanic ash rises over Iceland's Reykjanes Peninsula, Monday, July 7, 2025. (AP Photo/Marco di Marco)",
            "IS",
        ),
    ],
)
def test_a_landform_in_a_country_is_no_town(normaliser: Normaliser, caption: str, country_code: str) -> None:
    record = normaliser.normalise(caption)
    assert record.location is not None
    assert (record.location.city, record.location.country_code) == (None, country_code)
    assert not [w for w in record.warnings if w.code is WarningCode.PLACE_NOT_FOUND]


def test_a_town_read_off_a_parent_lies_in_a_country_the_caption_names(normaliser: Normaliser) -> None:
    # "Khyber district" alone reads as a town in Utah; the caption names Pakistan.
    record = normaliser.normalise(
        "Afghan families board trucks to return home at a holding centre in Khyber district, as Pakistan "
        "steps up deportations, April 4, 2025. REUTERS/Fayaz Aziz"
    )
    assert record.location is not None
    assert record.location.country_code == "PK"


def test_a_town_the_gazetteer_lacks_after_a_generic_place_keeps_its_name(normaliser: Normaliser) -> None:
    # Not "Hebden Bridge, West Yorkshire": a lower-case place before the town names no town.
    record = normaliser.normalise(
        "A sold sign hangs outside a family home in East Sullivan, N.H., Thursday, May 8, 2025. "
        "(AP Photo/Charles Krupa)"
    )
    assert record.location is not None
    assert (record.location.city, record.location.province_state) == ("East Sullivan", "New Hampshire")
    assert [w.code for w in record.warnings] == [WarningCode.PLACE_NOT_FOUND]


def test_a_place_named_with_a_big_town_at_its_end_is_in_that_town(normaliser: Normaliser) -> None:
    record = normaliser.normalise(
        "Visitors walk through the gardens at Expo City Dubai, Jan. 10, 2026. (AP Photo/Kamran Jebreili)"
    )
    assert record.location is not None
    location = record.location
    assert (location.sublocation, location.city, location.country_code) == ("Expo City Dubai", "Dubai", "AE")
    assert not {w.code for w in record.warnings} & {WarningCode.PLACE_NOT_FOUND, WarningCode.AMBIGUOUS_PLACE}


def test_a_national_agencys_home_country_weighs_for_a_town_it_leaves_bare(normaliser: Normaliser) -> None:
    # The Canadian Press writes no country for a Canadian town: Hamilton is Ontario's, unflagged; the same
    # caption from an international wire stays flagged as ambiguous.
    home = normaliser.normalise(
        "Fans in Hamilton cheer the Tiger-Cats on Saturday. THE CANADIAN PRESS/Peter Power"
    )
    wire = normaliser.normalise("Fans in Hamilton cheer the Tiger-Cats on Saturday. REUTERS/Peter Power")
    assert home.location is not None and home.location.province_state == "Ontario"
    assert WarningCode.AMBIGUOUS_PLACE not in [w.code for w in home.warnings]
    assert WarningCode.AMBIGUOUS_PLACE in [w.code for w in wire.warnings]
    # A country the caption writes keeps the say: PA's Perth in Australia.
    abroad = normaliser.normalise(
        "Fans at Perth Stadium, Perth, Australia, December 14, 2025. Photo credit should read: Jason O'Brien/PA Wire."
    )
    assert abroad.location is not None and abroad.location.country_code == "AU"


@pytest.mark.parametrize(
    ("caption", "division", "country"),
    [
        (
            "St Johnstone's Nicky Clark battles for the ball during the William Hill Championship match at"
            " McDiarmid Park, Perth. Picture date: Saturday November 29, 2025. PA Photo. Photo credit should"
            " read: Jeff Holmes/PA Wire.",
            "Scotland",
            "GB",
        ),
        (
            "Crowds gather for the Hogmanay street party in Perth on December 31, 2025. Photo credit should"
            " read: Robert Perry/PA Wire",
            "Scotland",
            "GB",
        ),
        (
            "Students leave a polling station in Kingston on Thursday, Oct. 2, 2025. THE CANADIAN PRESS/Lars"
            " Hagberg",
            "Ontario",
            "CA",
        ),
    ],
)
def test_a_town_at_home_wins_where_the_readings_score_level(
    normaliser: Normaliser, caption: str, division: str, country: str
) -> None:
    # Two towns of the name score level with the agency's home as context: the one at home is meant, and
    # no desk need check it (the agency would have written the country of the other).
    record = normaliser.normalise(caption)
    assert record.location is not None
    assert (record.location.province_state, record.location.country_code) == (division, country)
    assert WarningCode.AMBIGUOUS_PLACE not in [w.code for w in record.warnings]


def test_a_rivals_country_written_in_the_caption_outweighs_the_home_country(normaliser: Normaliser) -> None:
    record = normaliser.normalise(
        "Australia's captain Pat Cummins walks out to bat in Perth on Saturday, December 13, 2025. Photo"
        " credit should read: Jason O'Brien/PA Wire"
    )
    assert record.location is not None and record.location.country_code == "AU"


def test_a_town_abroad_far_likelier_than_the_one_at_home_stands(normaliser: Normaliser) -> None:
    # PA's Washington is the capital, not Tyne and Wear's town: the readings are not level.
    record = normaliser.normalise(
        "Prime Minister Sir Keir Starmer arrives at the White House in Washington for talks. Picture date:"
        " Thursday February 27, 2025. Photo credit should read: Carl Court/PA Wire"
    )
    assert record.location is not None and record.location.country_code == "US"


@pytest.mark.parametrize(
    "caption",
    [
        "Passengers queue at Heathrow, London, on Friday, December 19, 2025. Photo credit should read: Jordan"
        " Pettitt/PA Wire",
        "Travellers wait for delayed flights at Heathrow, London, Britain, August 28, 2023. REUTERS/Hollie Adams",
    ],
)
def test_a_name_found_only_far_from_the_town_after_it_is_a_place_in_that_town(
    normaliser: Normaliser, caption: str
) -> None:
    # The gazetteer's only Heathrow is in Florida: written before London, it is a place in London.
    record = normaliser.normalise(caption)
    assert record.location is not None
    location = record.location
    assert (location.sublocation, location.city, location.country_code) == ("Heathrow", "London", "GB")


@pytest.mark.parametrize(
    ("caption", "flagged"),
    [
        # The caption names the town's country and no rival's: settled.
        (
            "South Korea's forward Son Heung-min reacts during the friendly football match between South Korea"
            " and Paraguay at the Hwaseong Sports Complex Main Stadium in Hwaseong on October 14, 2025. (Photo"
            " by JUNG YEON-JE / AFP)",
            False,
        ),
        # It names the rival's country too: still for a desk to check.
        (
            "North Korea's players line up before the match between North Korea and South Korea at the"
            " Hwaseong Sports Complex Main Stadium in Hwaseong on October 14, 2025. (Photo by JUNG YEON-JE /"
            " AFP)",
            True,
        ),
        # It names no country: as before.
        ("Workers at a Samsung plant in Hwaseong on October 14, 2025. (Photo by JUNG YEON-JE / AFP)", True),
    ],
)
def test_an_ambiguous_town_is_settled_by_its_country_named_and_no_rivals(
    normaliser: Normaliser, caption: str, flagged: bool
) -> None:
    record = normaliser.normalise(caption)
    assert record.location is not None and record.location.country_code == "KR"
    assert (WarningCode.AMBIGUOUS_PLACE in [w.code for w in record.warnings]) is flagged


@pytest.mark.parametrize(
    ("caption", "flagged"),
    [
        # A small town's name opening the caption before a colon may be a person's: a desk checks it.
        (
            "Obama: Former president rallies voters for Democrats in a video message. (AP Photo/Charles Rex Arbogast)",
            True,
        ),
        ("Obama: Der frühere US-Präsident spricht zu Anhängern. Foto: Charles Rex Arbogast/AP/dpa", True),
        # A big one is the dateline, as Pixsell and IANS write it.
        ("Split: Navijači Hajduka slave pobjedu nakon utakmice. Foto: Ivo Cagalj/PIXSELL", False),
        ("Kolkata: Devotees carry an idol of Goddess Durga for immersion. (IANS)", False),
        # A small town at home for the national agency that opens its captions so: its dateline. The same
        # from a wire stays flagged.
        ("Zadar: Turisti šeću Kalelargom u nedjelju, 25.01.2027. Foto: Dino Stanin/PIXSELL", False),
        ("Zadar: Tourists walk along the waterfront on Sunday. Photo: Dino Stanin/Reuters", True),
    ],
)
def test_a_small_town_opening_the_caption_before_a_colon_is_flagged(
    normaliser: Normaliser, caption: str, flagged: bool
) -> None:
    record = normaliser.normalise(caption)
    assert record.location is not None and record.location.city is not None
    assert (WarningCode.AMBIGUOUS_PLACE in [w.code for w in record.warnings]) is flagged


@pytest.mark.parametrize(
    ("caption", "sublocation", "city", "country"),
    [
        (
            "Voters queue at a polling station in Jurong East, Singapore, May 3, 2025. REUTERS/Edgar Su",
            "polling station",
            "Singapore",
            "SG",
        ),
        (
            "Protesters march in Mong Kok, Hong Kong, China, June 12, 2019. REUTERS/Tyrone Siu",
            "Mong Kok",
            "Hong Kong",
            "HK",
        ),
        (
            "A tram passes shoppers in Causeway Bay, Hong Kong, on Friday, Oct. 4, 2024. (AP Photo/Chan Wai-kit)",
            "Causeway Bay",
            "Hong Kong",
            "HK",
        ),
    ],
)
def test_a_district_written_before_a_city_state_is_a_place_in_its_city(
    normaliser: Normaliser, caption: str, sublocation: str, city: str, country: str
) -> None:
    record = normaliser.normalise(caption)
    assert record.location is not None
    location = record.location
    assert (location.sublocation, location.city, location.country_code) == (sublocation, city, country)


def test_a_town_of_a_country_whose_capital_holds_only_most_of_it_stays_the_town(
    normaliser: Normaliser,
) -> None:
    record = normaliser.normalise(
        "Children gather outside a school in Balbala, Djibouti, 19 November 2025. EPA/LUIS TATO"
    )
    assert record.location is not None
    assert (record.location.city, record.location.country_code) == ("Balbala", "DJ")


def test_a_country_named_in_a_title_places_no_landmark(normaliser: Normaliser) -> None:
    # "the Prime Minister of Italy" names Italy, where the Elysee Palace is not: the landmark places itself.
    record = normaliser.normalise(
        "President Emmanuel Macron meets the Prime Minister of Italy at the Elysee Palace, August 29, 2025."
        " (Photo by Ludovic Marin/AFP)"
    )
    assert record.location is not None
    assert (record.location.city, record.location.country_code) == ("Paris", "FR")


def test_a_town_read_off_a_palace_outside_the_country_named_is_dropped_and_flagged(
    normaliser: Normaliser,
) -> None:
    # Neither Italy (named in a title) nor an Egyptian Al Husayniyah read off the palace's name: a desk checks.
    record = normaliser.normalise(
        "King Abdullah II meets the visiting Prime Minister of Italy at Al Husseiniya Palace, August 29, 2025."
        " (Photo by Royal Hashemite Court/Handout/Anadolu via Getty Images)"
    )
    assert record.location is not None
    assert (record.location.city, record.location.country_code) == (None, None)
    assert WarningCode.AMBIGUOUS_PLACE in [w.code for w in record.warnings]


def test_every_home_country_is_a_country_the_gazetteer_knows(normaliser: Normaliser) -> None:
    unknown = [
        n for n in rules("credit")["home_countries"].values() if normaliser.gazetteer.country(n) is None
    ]
    assert unknown == []


@pytest.mark.parametrize(
    ("caption", "city"),
    [
        # A settlement word says the name is a town: one the gazetteer lacks stays the city, flagged, and is
        # no place within the town it is near.
        (
            "Firefighters work in the village of Qwertzedas, near Castelo Branco, Portugal, Aug. 4, 2025. REUTERS/Ana Reis",
            "Qwertzedas",
        ),
        (
            "Residents clean up in the village of Xyzzyville near Toledo, Ohio, July 10, 2025. (AP Photo/Jo Bee)",
            "Xyzzyville",
        ),
        (
            "Soldiers patrol in the town of Plovaresk, near Kharkiv, Ukraine, May 6, 2024. REUTERS/Oleg Pid",
            "Plovaresk",
        ),
    ],
)
def test_a_settlement_the_gazetteer_lacks_near_a_town_is_flagged(
    normaliser: Normaliser, caption: str, city: str
) -> None:
    record = normaliser.normalise(caption)
    assert record.location is not None
    assert (record.location.city, record.location.sublocation) == (city, None)
    assert [w for w in record.warnings if w.code is WarningCode.PLACE_NOT_FOUND]


@pytest.mark.parametrize(
    "caption",
    [
        "Farmers store potatoes in caves in Ortakuyu town of Nevsehir, Turkiye on December 11, 2026. (Photo "
        "by Ali Atmaca/Anadolu via Getty Images)",
        "Farmers store potatoes in caves in the village of Ortakuyu, Nevsehir, Turkiye on December 11, 2026. "
        "(Photo by Ali Atmaca/Anadolu via Getty Images)",
        # Under a dateline naming the province's seat: the town the caption calls one is still the town.
        "NEVSEHIR, TURKIYE - DECEMBER 11: Farmers store potatoes in caves in Ortakuyu town of Nevsehir, "
        "Turkiye on December 11, 2026. (Photo by Ali Atmaca/Anadolu via Getty Images)",
    ],
)
def test_a_settlement_the_gazetteer_lacks_before_a_town_is_no_venue_of_it(
    normaliser: Normaliser, caption: str
) -> None:
    # The caption calls it a town: not a place within the town written after it, but a town not found.
    record = normaliser.normalise(caption)
    assert record.location is not None
    assert (record.location.city, record.location.sublocation) == ("Ortakuyu", None)
    assert record.location.province_state == "Nevşehir"
    assert [w for w in record.warnings if w.code is WarningCode.PLACE_NOT_FOUND]


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        # A venue with no settlement word, near a town: a place near it, read in that town, unflagged.
        (
            "Shooters compete at Camp Perry, near Toledo, Ohio, July 10, 2025. (AP Photo/Jo Bee)",
            "Camp Perry",
            "Toledo",
        ),
        # A village the gazetteer knows is the city, with no flag.
        (
            "Residents clean up in the village of Swanton, near Toledo, Ohio, July 10, 2025. (AP Photo/Jo Bee)",
            None,
            "Swanton",
        ),
    ],
)
def test_a_place_near_a_town_without_a_settlement_word(
    normaliser: Normaliser, caption: str, sublocation: str | None, city: str
) -> None:
    record = normaliser.normalise(caption)
    assert record.location is not None
    assert (record.location.sublocation, record.location.city) == (sublocation, city)
    assert not [w for w in record.warnings if w.code is WarningCode.PLACE_NOT_FOUND]


@pytest.mark.parametrize(
    "caption",
    [
        # Basque: the division in a case ("Gipuzkoan", in Gipuzkoa) only a near spelling finds, the town in
        # another ("Tolosako"): the division is a guess and the town is missing.
        "Herritarrak Tolosako azokan, Gipuzkoan, 2026ko maiatzaren 3an. Argazkia: EFE/Jon Ander",
        "Herritarrak Durangoko plazan, Bizkaian, 2026ko maiatzaren 3an. Argazkia: EFE/Jon Ander",
    ],
)
def test_a_division_found_only_by_a_near_spelling_is_flagged(normaliser: Normaliser, caption: str) -> None:
    record = normaliser.normalise(caption)
    assert record.location is not None and record.location.city is None
    assert [w for w in record.warnings if w.code is WarningCode.PLACE_NOT_FOUND]


@pytest.mark.parametrize(
    "caption",
    [
        "Farmers harvest grapes in Bizkaia, Spain, Sept. 3, 2025. REUTERS/Vincent West",
        "Farmers harvest grapes in Navarra, Spain, Sept. 3, 2025. REUTERS/Vincent West",
    ],
)
def test_a_division_spelt_as_written_alone_is_not_flagged(normaliser: Normaliser, caption: str) -> None:
    record = normaliser.normalise(caption)
    assert record.location is not None and record.location.country_code == "ES"
    assert not [w for w in record.warnings if w.code is WarningCode.PLACE_NOT_FOUND]


@pytest.mark.parametrize(
    "caption",
    [
        "Farmers pick tea leaves in Menghai County, southwest China's Yunnan Province, March 12, 2025. "
        "(Xinhua/Hu Chao)",
        "Herders move sheep to summer pastures in Fuyun County, northwest China's Xinjiang Uygur Autonomous "
        "Region, May 20, 2025. (Xinhua/Ding Lei)",
    ],
)
def test_a_county_the_gazetteer_lacks_under_the_province_found_is_no_missing_town(
    normaliser: Normaliser, caption: str
) -> None:
    # No town is written, and the record names none: the county missing from the gazetteer leaves nothing
    # for a desk to look up.
    record = normaliser.normalise(caption)
    assert record.location is not None
    assert record.location.city is None and record.location.province_state is not None
    assert WarningCode.PLACE_NOT_FOUND not in {w.code for w in record.warnings}


def test_a_village_in_a_county_the_gazetteer_lacks_is_flagged(normaliser: Normaliser) -> None:
    record = normaliser.normalise(
        "Farmers harvest rice in Qingtian Village of Xundian County, southwest China's Yunnan Province, "
        "Sept. 12, 2025. (Xinhua/Hu Chao)"
    )
    assert WarningCode.PLACE_NOT_FOUND in {w.code for w in record.warnings}


@pytest.mark.parametrize(
    ("caption", "city"),
    [
        # Berkshire is no GeoNames county (its unitary authorities are): Windsor, Massachusetts lies in
        # Berkshire County, and only the overlay's region says the town is British.
        (
            "Racegoers arrive for the first day of Royal Ascot in Windsor, Berkshire. Picture date: Tuesday "
            "June 16, 2026. PA Photo. Photo credit should read: John Walton/PA Wire.",
            "Windsor",
        ),
        (
            "Floodwater surrounds homes in Reading, Berkshire. Picture date: Monday January 5, 2026. "
            "Photo credit should read: Steve Parsons/PA Wire",
            "Reading",
        ),
        (
            "A rescue crew at work in Newport, Gwent, after the river burst its banks. Picture date: Monday "
            "January 5, 2026. Photo credit should read: Ben Birchall/PA Wire",
            "Newport",
        ),
        # A town named like a place ("Bridge") before a metropolitan county the overlay holds as a region.
        (
            "Flood water surrounds houses in Hebden Bridge, West Yorkshire, after Storm Bert. Picture date: "
            "Sunday November 24, 2024. PA Photo. Photo credit should read: Danny Lawson/PA Wire",
            "Hebden Bridge",
        ),
    ],
)
def test_a_british_county_no_division_table_holds_places_the_town(
    normaliser: Normaliser, caption: str, city: str
) -> None:
    record = normaliser.normalise(caption)
    assert record.location is not None
    assert (record.location.city, record.location.country_code) == (city, "GB")
    assert not {w.code for w in record.warnings} & {WarningCode.AMBIGUOUS_PLACE, WarningCode.PLACE_NOT_FOUND}


def test_a_part_of_a_town_the_overlay_names_places_it(normaliser: Normaliser) -> None:
    # The Indian Express: Fort Kochi is the old town of Kochi, not Kōchi in Japan.
    record = normaliser.normalise(
        "Tourists watch the Chinese fishing nets at Fort Kochi beach on Sunday as the monsoon arrives over "
        "Kerala. (Express Photo by Nithin R Krishnan)",
        reference_date="2026-06-01",
    )
    assert record.location is not None
    assert (record.location.city, record.location.country_code) == ("Kochi", "IN")
    assert record.location.sublocation == "Fort Kochi beach"


@pytest.mark.parametrize(
    ("caption", "city", "country_code"),
    [
        # A nationality opening a title settles a town two countries share when their readings score close.
        (
            "Irish President Catherine Connolly meets farmers at the National Ploughing Championships in "
            "Athlone, Sept. 16, 2025. (Photo by Maxwells/PA)",
            "Athlone",
            "IE",
        ),
        (
            "Scottish First Minister John Swinney speaks to pupils at a primary school in Perth, Feb. 3, 2026. "
            "(Photo by Jane Barlow/PA)",
            "Perth",
            "GB",
        ),
        # Not over a reading far ahead of it: the leader abroad.
        (
            "Canadian Prime Minister Mark Carney arrives for talks in London, Britain, March 2, 2026. "
            "REUTERS/Toby Melville",
            "London",
            "GB",
        ),
        (
            "Canadian Prime Minister Mark Carney arrives for talks in London, March 2, 2026. "
            "REUTERS/Toby Melville",
            "London",
            "GB",
        ),
        # Nor a nationality of people who travel: "Australian swimmers" in Perth are at home anyway, and
        # "British tourists" say nothing of which Perth.
        (
            "British tourists walk along the beach in Perth, Jan. 4, 2026. REUTERS/Jaimi Joy",
            "Perth",
            "AU",
        ),
    ],
)
def test_a_nationality_in_a_title_settles_a_close_town(
    normaliser: Normaliser, caption: str, city: str, country_code: str
) -> None:
    assert located(normaliser, caption, "city", "country_code") == (city, country_code)


@pytest.mark.parametrize(
    ("caption", "city", "sublocation"),
    [
        # "at the Vatican": the country is its own city, though its city is spelt "Vatican City".
        (
            "Pope Leo XIV leads the weekly general audience in St. Peter's Square at the Vatican, May 6, 2026. "
            "REUTERS/Remo Casilli",
            "Vatican City",
            "St. Peter's Square",
        ),
        (
            "Monaco's players celebrate during the French L1 football match between AS Monaco and Lille at "
            "the Louis II Stadium in the Principality of Monaco on March 1, 2026. (Photo by Valery Hache/AFP)",
            "Monaco",
            "Louis II Stadium",
        ),
    ],
)
def test_a_country_that_is_one_city_is_the_city(
    normaliser: Normaliser, caption: str, city: str, sublocation: str
) -> None:
    record = normaliser.normalise(caption)
    assert record.location is not None
    assert (record.location.city, record.location.sublocation) == (city, sublocation)
    assert not [w for w in record.warnings if w.code is WarningCode.PLACE_NOT_FOUND]


@settings(max_examples=400, deadline=None)
@given(
    sublocation=st.text(alphabet="ab, \u00a0\t", min_size=1, max_size=4),
    text=st.text(alphabet="ab, \u00a0\t", min_size=1, max_size=4),
    body=st.text(alphabet="ab, \u00a0\t\n", max_size=16),
)
def test_written_with_finds_what_the_pattern_did(sublocation: str, text: str, body: str) -> None:
    # The sublocation, white space or commas, the place text: read with str searches instead of a pattern
    # built of the caption's words for each caption; both must say the same. One lower-case noun may come
    # between ("the Al-Aqsa Mosque compound in Jerusalem's Old City").
    place = PlaceText(text=text, body=body)
    pattern = rf"{re.escape(sublocation)}(?: [a-z]+(?= ))?[\s,]+{re.escape(text)}"
    expected = sublocation in text or re.search(pattern, body) is not None
    assert _written_with(sublocation, place) is expected


def test_a_place_written_right_before_the_place_text_is_written_with_it() -> None:
    body = "A resident waves at Sherwood Grange care home, Kingston Vale, London, Britain, May 5, 2020."
    place = PlaceText(text="Kingston Vale, London, Britain", body=body)
    assert _written_with("Sherwood Grange care home", place)
    assert _written_with("London", place)  # within the place text
    assert not _written_with("A resident", place)  # words between them
    assert not _written_with("May 5", place)  # after it


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        # A place before a town's part written with a possessive ("Jerusalem's Old City") is the place shown,
        # the noun it was written with dropped; the part alone is the sublocation where no place comes first.
        (
            "Worshippers leave the Al-Aqsa Mosque compound in Jerusalem's Old City after Friday prayers on "
            "March 6, 2026. (Photo by Ahmad Gharabli / AFP)",
            "Al-Aqsa Mosque",
            "Jerusalem",
        ),
        (
            "Men drink tea at the Umayyad Mosque courtyard in Damascus's Old City, Syria, March 6, 2026. "
            "REUTERS/Firas Makdesi",
            "Umayyad Mosque",
            "Damascus",
        ),
        (
            "Tourists walk through Jerusalem's Old City on March 6, 2026. (Photo by Menahem Kahana / AFP)",
            "Old City",
            "Jerusalem",
        ),
    ],
)
def test_a_place_before_a_towns_part_is_the_place_shown(
    normaliser: Normaliser, caption: str, sublocation: str, city: str
) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        # A name before "de la <town>" is a place in the town: the article goes with the town.
        (
            "Vendedores ambulantes en el Zócalo de la Ciudad de México, el 5 de enero de 2027. EFE/ Ana Lee",
            "Zócalo",
            "Mexico City",
        ),
        # A landmark named head first with its town keeps the whole name.
        (
            "Pilgrims pray at the Great Mosque of Touba, Senegal, on March 3, 2026. (Photo by Seyllou / AFP)",
            "Great Mosque of Touba",
            "Touba",
        ),
        # A place named after the town it is in, no landmark's noun: the whole name too.
        (
            "Workers walk at Newport News Shipbuilding, Virginia, March 3, 2026. REUTERS/Jonathan Ernst",
            "Newport News Shipbuilding",
            "Newport News",
        ),
    ],
)
def test_a_landmark_named_with_its_town_keeps_the_town_in_its_name(
    normaliser: Normaliser, caption: str, sublocation: str, city: str
) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        # Water or a landform no town is named, near a town: the town is shown, the lake or mountain in it.
        (
            "Fans watch the Northern Lights over Lake Superior near Duluth, Minn., Saturday, Oct. 10, 2026. "
            "(AP Photo/Jim Mone)",
            "Lake Superior",
            "Duluth",
        ),
        (
            "Hikers rest on Mount Tamalpais near Sausalito, Calif., Saturday, Oct. 10, 2026. (AP Photo/Eric Risberg)",
            "Mount Tamalpais",
            "Sausalito",
        ),
    ],
)
def test_water_or_a_landform_near_a_town_is_a_place_by_it(
    normaliser: Normaliser, caption: str, sublocation: str, city: str
) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


def test_a_route_between_two_towns_is_flagged_and_gives_no_sublocation(normaliser: Normaliser) -> None:
    # A stage from one town to another shows either, or the road between: the town is a guess.
    record = normaliser.normalise(
        "Riders compete during the 12th stage of the Tour de France from Pau to Lourdes, France, July 16, 2026."
        " REUTERS/Benoit Tessier"
    )
    assert record.location is not None and record.location.sublocation is None
    assert [w for w in record.warnings if w.code is WarningCode.AMBIGUOUS_PLACE]


@pytest.mark.parametrize(
    ("caption", "country_code"),
    [
        # Kyodo's and Jiji's Japanese services, Yonhap's Korean one: no place named, the agency's home.
        ("記者会見で質問に答える外相＝12日午前（共同）", "JP"),
        ("予算案を審議する参院の委員会＝3日午後（時事）", "JP"),
        ("국회 본회의에서 법안이 가결되고 있다. 2026.4.2 (연합뉴스)", "KR"),
    ],
)
def test_a_national_agency_in_its_own_script_naming_no_place_is_at_home(
    normaliser: Normaliser, caption: str, country_code: str
) -> None:
    record = normaliser.read(caption, reference_date="2026-04-13").record
    assert record.location is not None
    assert (record.location.city, record.location.country_code) == (None, country_code)
    assert WarningCode.MISSING_PLACE in {w.code for w in record.warnings}  # a guess: the desk looks


def test_a_wire_in_another_script_naming_no_place_stays_unplaced(normaliser: Normaliser) -> None:
    # Xinhua has no home written for it: its Chinese captions come from anywhere (the White House is a site,
    # placed in no country).
    record = normaliser.read("美国总统在白宫发表讲话。新华社记者 陈晨 摄").record
    assert record.location is None or record.location.country_code is None


@pytest.mark.parametrize(
    ("caption", "country"),
    [
        (
            "Fans queue at the gates before the cup final at the Stade de France, à Saint-Denis, le 23 mai "
            "2026. (Photo Anne-Marie Roux / AFP)",
            "RE",
        ),
        (
            "Firefighters pump water from a flooded street in Saint-Denis, Tuesday, Feb. 10, 2026. "
            "(AP Photo/Lucien Hoarau)",
            "RE",
        ),
    ],
)
def test_bare_saint_denis_is_flagged(normaliser: Normaliser, caption: str, country: str) -> None:
    """Two towns of about one size share the name: the record says which it read and flags it."""
    record = normaliser.normalise(caption)
    assert record.location is not None and record.location.country_code == country
    assert WarningCode.AMBIGUOUS_PLACE in {w.code for w in record.warnings}


def test_saint_denis_with_its_country_is_not_flagged(normaliser: Normaliser) -> None:
    record = normaliser.normalise(
        "Supporters wave flags outside the Stade de France in Saint-Denis, north of Paris, France, "
        "Saturday, May 23, 2026. (AP Photo/Claire Moreau)"
    )
    assert record.location is not None and record.location.country_code == "FR"
    assert WarningCode.AMBIGUOUS_PLACE not in {w.code for w in record.warnings}


@pytest.mark.parametrize(
    "caption",
    [
        "Palestinians search the rubble of a home after an airstrike in northern Gaza, Monday, March 9, 2026. "
        "(AP Photo/Samir Awad)",
        "Displaced families set up tents in southern Idlib, Syria, Friday, Jan. 16, 2026. (AP Photo/Omar Haj)",
    ],
)
def test_compass_part_of_a_town_and_division_is_flagged(normaliser: Normaliser, caption: str) -> None:
    """ "northern Gaza" is the Strip's north as often as the city's: the town read is flagged."""
    record = normaliser.normalise(caption)
    assert WarningCode.AMBIGUOUS_PLACE in {w.code for w in record.warnings}


@pytest.mark.parametrize(
    "caption",
    [
        "Commuters cross a street in central Seoul, Tuesday, Feb. 3, 2026. (AP Photo/Min-jun Park)",
        "Office workers eat lunch in central Tokyo, Thursday, June 4, 2026. (AP Photo/Kenji Sato)",
    ],
)
def test_compass_part_of_a_town_that_is_its_division_is_not_flagged(
    normaliser: Normaliser, caption: str
) -> None:
    record = normaliser.normalise(caption)
    assert WarningCode.AMBIGUOUS_PLACE not in {w.code for w in record.warnings}


@pytest.mark.parametrize(
    ("caption", "city", "sublocation"),
    [
        # A German town named with "vor der": one town, not a hill ("Höhe") after a place ("Bad Homburg").
        (
            "Spaziergänger wandern im Nebel bei Bad Homburg vor der Höhe. Foto: Lena Kessler/dpa",
            "Bad Homburg vor der Höhe",
            None,
        ),
        # "am" before a town's adjective and a noun it names a place with.
        ("Touristen fotografieren sich am Kölner Dom. Foto: Jonas Weber/dpa", "Köln", "Kölner Dom"),
        # A place within the town written first, then the town's adjective: the town still, the first place.
        (
            "10.02.2027, Hamburg: Schiffe liegen am Container Terminal Burchardkai im Hamburger Hafen. Foto: Jonas Weber/dpa",
            "Hamburg",
            "Container Terminal",
        ),
        # A hall of a station named with its town's adjective, in the genitive: the station, in the town.
        (
            "Pendler drängen sich in der Haupthalle des Münchner Hauptbahnhofs. Foto: Sven Hoppe/dpa",
            "Munich",
            "Münchner Hauptbahnhof",
        ),
        (
            "Taxis stehen am Vorplatz des Berliner Hauptbahnhofs. Foto: Carsten Koall/dpa",
            "Berlin",
            "Berliner Hauptbahnhof",
        ),
    ],
)
def test_german_place_phrases(
    normaliser: Normaliser, caption: str, city: str, sublocation: str | None
) -> None:
    record = normaliser.normalise(caption)
    assert record.location is not None
    assert (record.location.city, record.location.country_code) == (city, "DE")
    assert record.location.sublocation == sublocation


@pytest.mark.parametrize(
    ("caption", "city", "country_code", "sublocation"),
    [
        # A big town's adjective before a square's name, read as the place: the town, and the square alone.
        (
            "Demonstrierende am Wiener Heldenplatz am Samstagnachmittag. Foto: APA/Eva Manhart",
            "Vienna",
            "AT",
            "Heldenplatz",
        ),
        (
            "Passanten auf dem Berliner Alexanderplatz am Montag. Foto: Paul Zinken/dpa",
            "Berlin",
            "DE",
            "Alexanderplatz",
        ),
        # A hall every town has one of keeps the adjective in its name.
        (
            "Fans jubeln beim Konzert in der Wiener Stadthalle am Freitag. APA-FOTO: Eva Manhart",
            "Vienna",
            "AT",
            "Wiener Stadthalle",
        ),
    ],
)
def test_a_big_towns_adjective_before_a_name_names_the_town(
    normaliser: Normaliser, caption: str, city: str, country_code: str, sublocation: str
) -> None:
    record = normaliser.normalise(caption)
    assert record.location is not None
    assert (record.location.city, record.location.country_code) == (city, country_code)
    assert record.location.sublocation == sublocation


@pytest.mark.parametrize(
    ("caption", "city", "country_code"),
    [
        # A sizeable town named like a place written head first ("Ponte", "Puente"): the town, not a bridge in
        # Lima, Peru, or a square in no town.
        ("Feira semanal em Ponte de Lima, 12 de agosto de 2026. LUSA/Hugo Delgado", "Ponte de Lima", "PT"),
        (
            "Vecinos protestan en Puente Alto, 3 de marzo de 2026. Foto: Agencia Uno/Javier Torres",
            "Puente Alto",
            "CL",
        ),
    ],
)
def test_a_sizeable_town_named_head_first_is_the_town(
    normaliser: Normaliser, caption: str, city: str, country_code: str
) -> None:
    record = normaliser.normalise(caption)
    assert record.location is not None
    assert (record.location.city, record.location.country_code, record.location.sublocation) == (
        city,
        country_code,
        None,
    )


def test_a_bridge_named_head_first_in_its_town_stays_the_place_in_it(normaliser: Normaliser) -> None:
    caption = "Turistas en el Puente de Triana, en Sevilla, 3 de marzo de 2026. EFE/Raúl Caro"
    assert located(normaliser, caption, "sublocation", "city") == ("Puente de Triana", "Sevilla")


def _compass_searched(text: str, name: str) -> str | None:
    """The search `_compass_before` stands for: a pattern of the name compiled for each caption."""
    compass = "|".join(map(re.escape, sorted(words("place", "compass_descriptors"))))
    found = re.search(rf"\b(?:{compass}) {re.escape(name)}\b", text)
    return found.group() if found else None


@pytest.mark.parametrize(
    ("text", "name", "phrase"),
    [
        ("Rescuers search the rubble in northern Gaza, Monday, March 9, 2026.", "Gaza", "northern Gaza"),
        ("Troops move through north-eastern Kharkiv after shelling.", "Kharkiv", "north-eastern Kharkiv"),
        ("Tents stand in southern Idlib", "Idlib", "southern Idlib"),
        # The name must end at a word boundary, and the compass word start at one.
        ("Farmers harvest wheat in southern Idlibi fields.", "Idlib", None),
        ("Crowds gather in unwestern Gaza.", "Gaza", None),
        ("A market in eastern Gaza City (AP Photo/Samir Awad)", "Gaza City", "eastern Gaza City"),
        ("St. Louis mourns, eastern St. Louis.", "St. Louis", "eastern St. Louis"),
        ("Northern Gaza is quiet, but central Gaza is not.", "Gaza", "central Gaza"),
        ("Shelling hit central Kyiv and northern Kyiv.", "Kyiv", "central Kyiv"),
        ("Children play in southern Lebanon near Tyre.", "Tyre", None),
    ],
)
def test_compass_before_a_name_reads_as_the_search(text: str, name: str, phrase: str | None) -> None:
    from captions._locate._doubts import _compass_before

    assert _compass_before(text, name) == phrase == _compass_searched(text, name)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["northern", "north-eastern", "eastern", " ", "Gaza", "Gazan", "-", ".", "in", "é"])
    ),
    st.sampled_from(["Gaza", "Gaza City", "St. Gaza"]),
)
def test_compass_before_a_name_matches_the_search_on_any_text(parts: list[str], name: str) -> None:
    from captions._locate._doubts import _compass_before

    text = "".join(parts) + " " + name
    assert _compass_before(text, name) == _compass_searched(text, name)


@pytest.mark.parametrize(
    ("caption", "city", "province_state"),
    [
        (
            "Helfer räumen nach dem Unwetter in Cottbus in Brandenburg auf, 24. März 2026. Foto: Patrick Pleul/dpa",
            "Cottbus",
            "Brandenburg",
        ),
        (
            "Cattle are moved to higher ground in Toowoomba in Queensland, Australia, March 3, 2026. "
            "REUTERS/Jaimi Joy",
            "Toowoomba",
            "Queensland",
        ),
        (
            "Schoolchildren plant trees in Ballarat in Victoria, Australia, Friday, Aug. 7, 2026. "
            "AAP Image/Joel Carrett",
            "Ballarat",
            "Victoria",
        ),
        # A Nordic text reads both bare after "i", with no comma between them.
        (
            "Snøen laver ned over torget i Sogndal i Vestland fredag. Foto: Marit Hommedal / NTB",
            "Sogndal",
            "Vestland",
        ),
        ("Regnet øser ned i Bergen i Vestland mandag. Foto: Eirik Hagesæter / NTB", "Bergen", "Vestland"),
        (
            "Snöovädret drog in över Luleå i Norrbotten på tisdagen. Foto: Pär Bäckström/TT",
            "Luleå",
            "Norrbotten",
        ),
    ],
)
def test_a_town_written_before_the_division_it_lies_in(
    normaliser: Normaliser, caption: str, city: str, province_state: str
) -> None:
    # "in Cottbus in Brandenburg": each after its own preposition, the division is the town's parent, not a
    # town the first place lies in.
    record = normaliser.normalise(caption)
    assert record.location is not None
    location = record.location
    assert (location.sublocation, location.city, location.province_state) == (None, city, province_state)


def test_a_big_town_abroad_as_the_place_within_is_flagged(normaliser: Normaliser) -> None:
    # The chain by the date names where the team plays; the town before it, where the fans watch.
    record = normaliser.normalise(
        "Fans of Argentina watch the match on a giant screen in Buenos Aires as their team plays in Doha,"
        " Qatar, Dec. 18, 2022. (AP Photo/Ann Lee)"
    )
    assert "ambiguous_place" in {w.code.value for w in record.warnings}
    # A namesake smaller than a big town, or in the same country, is no doubt: "the Alhambra de Granada".
    record = normaliser.normalise(
        "Turistas visitan la Alhambra de Granada, España, el 13 de abril de 2026. EFE"
    )
    assert "ambiguous_place" not in {w.code.value for w in record.warnings}


def test_a_name_before_a_town_named_like_its_division_is_flagged(normaliser: Normaliser) -> None:
    # "Puebla" is the state here: the village before it is where the picture was taken.
    record = normaliser.normalise(
        "Vista del volcán Popocatépetl desde Santiago Xalitzintla, Puebla (México). EFE/Ana Lee"
    )
    assert "ambiguous_place" in {w.code.value for w in record.warnings}
    # The town repeated as its prefecture's name, or a place of the town before it, is no doubt.
    for caption in [
        "A snowplow clears a road in Aomori, Aomori Prefecture, northern Japan, on Jan. 5, 2027. EPA/ANN LEE",
        "Wafanyabiashara wakiuza samaki katika soko la Marikiti, Mombasa, Jumatatu. PICHA | ANN LEE",
    ]:
        assert "ambiguous_place" not in {w.code.value for w in normaliser.normalise(caption).warnings}


@pytest.mark.parametrize(
    "caption",
    [
        # The town a hospital is named after, in the division and country the chain writes ("Congo" names two
        # countries; "Democratic Republic of Congo" holds the words of the other).
        "Nurses treat a child at the Rutshuru General Hospital, North Kivu province, eastern Democratic Republic "
        "of Congo, 2 March 2027. EPA-EFE/STRINGER",
        "Nurses treat a child at the Rutshuru General Hospital, Congo, 2 March 2027. EPA-EFE/STRINGER",
    ],
)
def test_a_town_a_facility_is_named_after_in_the_country_written(
    normaliser: Normaliser, caption: str
) -> None:
    assert located(normaliser, caption, "city", "country_code") == ("Rutshuru", "CD")


@pytest.mark.parametrize(
    ("caption", "city"),
    [
        # The Palestinian territories' divisions in other languages: the town before one is in it.
        (
            "Palästinenser warten auf Hilfsgüter in Dschenin im Westjordanland, 2. März 2027. "
            "Foto: Majdi Mohammed/AP/dpa",
            "Janīn",
        ),
        (
            "Voluntarios reparten comida en Deir al-Balah, en la Franja de Gaza, este martes. EFE/Haitham Imad",
            "Dayr al Balaḩ",
        ),
    ],
)
def test_a_palestinian_division_named_in_another_language(
    normaliser: Normaliser, caption: str, city: str
) -> None:
    assert located(normaliser, caption, "city", "country_code") == (city, "PS")


@pytest.mark.parametrize(
    ("caption", "city"),
    [
        (
            "Volunteers fill sandbags beside the abbey in Tewkesbury in Gloucestershire on Wednesday. "
            "Picture date: Wednesday December 2, 2026. Photo credit should read: Ben Birchall/PA Wire",
            "Tewkesbury",
        ),
        (
            "Floodwater surrounds cottages in Thirsk in North Yorkshire, England, on Wednesday, Dec. 2, 2026. "
            "(Danny Lawson/PA via AP)",
            "Thirsk",
        ),
        (
            "Police officers stand guard outside a house in Ripon in North Yorkshire. Picture date: Friday "
            "December 4, 2026. Photo credit should read: Danny Lawson/PA Wire",
            "Ripon",
        ),
    ],
)
def test_a_town_written_before_the_county_it_lies_in(normaliser: Normaliser, caption: str, city: str) -> None:
    # Each after its own preposition, the county is the town's parent, not a town the first place lies in.
    assert located(normaliser, caption, "sublocation", "city", "country_code") == (None, city, "GB")


def test_a_town_before_a_county_far_from_it_is_no_town_of_the_county(normaliser: Normaliser) -> None:
    # Kendal lies in Westmorland, not in Gloucestershire: the county does not make it the town.
    caption = "Residents clear snow in Kendal in Gloucestershire on December 3, 2026. REUTERS/Phil Noble"
    assert located(normaliser, caption, "city") != ("Kendal",)


@pytest.mark.parametrize(
    ("caption", "city", "near"),
    [
        (
            "Firefighters spray water on a burning olive grove in Ano Patima, 20 kilometers (12 miles) west of "
            "Patras, Greece, Thursday, Dec. 3, 2026. (AP Photo/Thanassis Stavrakis)",
            "Ano Patima",
            "Patras",
        ),
        (
            "Residents inspect a damaged house in Pikrodafni Ano, 30 km north of Athens, Greece, Thursday, "
            "Dec. 3, 2026. (AP Photo/Petros Giannakouris)",
            "Pikrodafni Ano",
            "Athens",
        ),
    ],
)
def test_a_town_the_gazetteer_lacks_at_a_distance_from_one_it_has_is_kept_and_flagged(
    normaliser: Normaliser, caption: str, city: str, near: str
) -> None:
    # Not the town it is placed by, silently: its own spelling, in that town's division, for a desk to check.
    record = normaliser.normalise(caption)
    town = normaliser.normalise(
        f"Traffic moves through {near}, Greece, on Thursday, Dec. 3, 2026. REUTERS/Stringer"
    )
    assert record.location is not None and town.location is not None
    assert (record.location.city, record.location.country_code) == (city, "GR")
    assert record.location.province_state == town.location.province_state
    assert WarningCode.PLACE_NOT_FOUND in {w.code for w in record.warnings}


def test_a_namesake_far_beyond_the_distance_written_is_not_the_town(normaliser: Normaliser) -> None:
    # Krasnosilka in Odesa Oblast lies 400 km from Zhytomyr, not 20.
    record = normaliser.normalise(
        "A man pushes a bicycle through snow in Krasnosilka, 20 km west of Zhytomyr, Ukraine, Dec. 3, 2026. "
        "(AP Photo/Evgeniy Maloletka)"
    )
    assert record.location is not None
    assert record.location.province_state != "Odesa Oblast"
    assert {w.code for w in record.warnings} & {WarningCode.PLACE_NOT_FOUND, WarningCode.AMBIGUOUS_PLACE}


def test_a_place_near_a_town_stays_in_that_town(normaliser: Normaliser) -> None:
    # No distance stated: "near Banff" may be a part of it, as the ski hill is.
    caption = (
        "A skier makes fresh tracks at Sunshine Village near Banff, Alta., on Saturday, Dec. 5, 2026. "
        "THE CANADIAN PRESS/Jeff McIntosh"
    )
    assert located(normaliser, caption, "sublocation", "city") == ("Sunshine Village", "Banff")


@pytest.mark.parametrize(
    "caption",
    [
        "Bushwalkers look out over the Jamison Valley in the Blue Mountains, New South Wales, Australia, "
        "December 3, 2026. AAP Image/Dean Lewins",
        "Smoke from a hazard-reduction burn hangs over the Blue Mountains, New South Wales, on Thursday, "
        "Dec. 3, 2026. (AP Photo/Mark Baker)",
    ],
)
def test_a_range_written_with_the_is_no_town_of_its_name(normaliser: Normaliser, caption: str) -> None:
    # GeoNames lists the city council of the Blue Mountains as a town; "the Blue Mountains" is the range.
    assert located(normaliser, caption, "city", "province_state", "country_code") == (
        None,
        "New South Wales",
        "AU",
    )


def test_a_town_named_like_a_range_without_the_is_the_town(normaliser: Normaliser) -> None:
    caption = (
        "A council worker clears a fallen tree in Blue Mountains, New South Wales, Thursday, Dec. 3, 2026. "
        "(AP Photo/Mark Baker)"
    )
    assert located(normaliser, caption, "city") == ("Blue Mountains",)


@pytest.mark.parametrize(
    "caption",
    [
        # "X, en Zamora": X is a town of Zamora province, and "Zamora" the province, not the town.
        "Bomberos sofocan un incendio forestal en Villalpando, en Zamora, este lunes. EFE/Mariam Montesinos",
        "Agricultores protestan con sus tractores en Medina del Campo, en Valladolid, este jueves. EFE/Nacho Gallego",
    ],
)
def test_a_town_of_the_region_read_as_a_place_in_its_namesake_town_is_flagged(
    normaliser: Normaliser, caption: str
) -> None:
    messages = [w.message for w in normaliser.normalise(caption).warnings]
    assert any("may be the town" in m and "its province" in m for m in messages)


@pytest.mark.parametrize(
    "caption",
    [
        # A district GeoNames lists as a town, within the city; one not written right before it.
        "Rescuers search a collapsed building in the Kadikoy district of Istanbul, Turkey, on Tuesday. "
        "REUTERS/Umit Bektas",
        "Families who fled shelling in Dilling arrive in Kadugli, the capital of South Kordofan state, on Monday.",
    ],
)
def test_a_district_or_a_town_named_apart_is_no_town_of_the_region(
    normaliser: Normaliser, caption: str
) -> None:
    messages = [w.message for w in normaliser.normalise(caption).warnings]
    assert not any("its province" in m for m in messages)


def test_a_village_found_by_another_name_does_not_excuse_an_unread_division(normaliser: Normaliser) -> None:
    # "Kulen" of the sanctuary is France's Coulaines by another name; the province the gazetteer lacks is
    # the desk's to check. A big town so found ("Varsovia", Warsaw) still explains its unread country.
    caption = (
        "Monks walk past the Kulen Prum Tep Wildlife Sanctuary in Oddar Meanchey province on Friday, "
        "April 3, 2026. (Photo by TANG CHHIN SOTHY / AFP)"
    )
    assert "place_not_found" in {w.code.value for w in normaliser.normalise(caption).warnings}
    caption = (
        "Rescatistas buscan supervivientes en Varsovia (Polonia), el 3 de abril de 2026. EFE/Leszek Szymanski"
    )
    record = normaliser.normalise(caption)
    assert record.location is not None and record.location.city == "Warsaw"
    assert not {w.code.value for w in record.warnings} & {"place_not_found", "ambiguous_place"}


def test_a_division_written_by_the_name_of_the_towns_own_is_no_doubt(normaliser: Normaliser) -> None:
    # Peru has two divisions named "Lima" (the region, and Lima Province): the region holds Chosica.
    caption = "Vecinos retiran el lodo tras un huaico en Chosica, en la región Lima (Perú), este domingo. EFE/Paolo Aguilar"
    record = normaliser.normalise(caption)
    assert record.location is not None and record.location.city == "Chosica"
    assert "ambiguous_place" not in {w.code.value for w in record.warnings}
    caption = "Vecinos retiran el lodo tras un huaico en Chosica, en la región Cusco (Perú), este domingo. EFE/Paolo Aguilar"
    assert "ambiguous_place" in {w.code.value for w in normaliser.normalise(caption).warnings}


@pytest.mark.parametrize(
    ("caption", "city"),
    [
        # A place named for a town of the province written after it, a province named like its capital.
        ("Vecinos en la Plaza Mayor de Chinchón (Madrid), este domingo. EFE/Fernando Villar", "Chinchón"),
        ("Turistas ante la Colegiata de Toro (Zamora), este domingo. EFE/Mariam A. Montesinos", "Toro"),
        # Not a part of the capital itself, nor a place "of the" something.
        ("Cientos de personas en la Puerta del Sol (Madrid), este domingo. EFE/Mariscal", "Madrid"),
        ("Turistas en el Palacio de la Moncloa (Madrid), este domingo. EFE/Mariscal", "Madrid"),
    ],
)
def test_a_place_named_for_a_town_of_the_province_written_after_it(
    normaliser: Normaliser, caption: str, city: str
) -> None:
    assert located(normaliser, caption, "city") == (city,)


@pytest.mark.parametrize(
    "caption",
    [
        # A place's opening words read as the town it is named after must lie in the agency's country.
        "Boeren protesteren met tractoren op de Grote Markt, woensdag 27 januari 2027. BELGA PHOTO DIRK WAEM",
        "Premier Doug Ford speaks at Queen's Park on Thursday, Nov. 19, 2026. (Frank Gunn/The Canadian Press)",
    ],
)
def test_a_town_read_off_a_place_s_name_abroad_is_none(normaliser: Normaliser, caption: str) -> None:
    record = normaliser.normalise(caption)
    assert record.location is None or record.location.city is None


def test_the_town_read_twice_is_no_place_within_it(normaliser: Normaliser) -> None:
    caption = "Vigili del fuoco al lavoro dopo l'incendio di una cascina a Lodi (Lodi), 1 dicembre 2026. ANSA/ANDREA FASANI"
    assert located(normaliser, caption, "sublocation", "city") == (None, "Lodi")


@pytest.mark.parametrize(
    ("caption", "city"),
    [
        # A French department written with its article after the town's own phrase: the department is the
        # town's parent, though a town (Var, Lot, Somme) or a foreign first-level division (Haiti's Nord)
        # bears its name.
        (
            "Le président visite une usine à Douai, dans le Nord, le 9 février 2027. LUDOVIC MARIN / AFP",
            "Douai",
        ),
        ("Une usine à Toulon, dans le Var, le 9 février 2027. AFP", "Toulon"),
        ("Des agriculteurs bloquent la rocade à Cahors, dans le Lot, le 9 février 2027. AFP", "Cahors"),
        ("Une usine ferme à Abbeville, dans la Somme, le 9 février 2027. AFP", "Abbeville"),
        # The article elided and joined to the name: "l'Aveyron" is the department, not a town Laveyron.
        ("Des agriculteurs manifestent à Rodez, dans l'Aveyron, le 9 février 2027. AFP", "Rodez"),
    ],
)
def test_a_town_before_its_department_with_an_article(
    normaliser: Normaliser, caption: str, city: str
) -> None:
    record = normaliser.normalise(caption)
    assert record.location is not None
    assert (record.location.sublocation, record.location.city, record.location.country_code) == (
        None,
        city,
        "FR",
    )


def test_the_elysee_alone_is_the_palace_in_paris(normaliser: Normaliser) -> None:
    # "à l'Élysée": the palace the French press names by its street's name, not the arrondissement.
    record = normaliser.normalise(
        "Le président arrive à l'Élysée pour le Conseil des ministres, le mercredi 2 décembre 2026. (Photo "
        "Ludovic MARIN / AFP)"
    )
    assert record.location is not None
    assert (record.location.sublocation, record.location.city) == ("Élysée", "Paris")


@pytest.mark.parametrize(
    ("caption", "city", "country"),
    [
        (
            "A general view shows the Tripoli port in Lebanon, February 9, 2027. REUTERS/Omar Ibrahim",
            "Tripoli",
            "LB",
        ),
        (
            "A general view shows the Mumbai skyline, India, February 9, 2027. REUTERS/Francis Mascarenhas",
            "Mumbai",
            "IN",
        ),
        (
            "A view shows the Kyiv city centre during a blackout, Ukraine February 9, 2027. REUTERS/Gleb Garanich",
            "Kyiv",
            "UA",
        ),
        (
            "A general view shows the Marseille harbour in France, February 9, 2027. REUTERS/Manon Cruz",
            "Marseille",
            "FR",
        ),
    ],
)
def test_a_town_named_as_a_modifier_with_its_country_alone(
    normaliser: Normaliser, caption: str, city: str, country: str
) -> None:
    # Only the country is read as a place; the town is the modifier of what the picture shows.
    record = normaliser.normalise(caption)
    assert record.location is not None
    assert (record.location.city, record.location.country_code) == (city, country)


def test_a_modifier_not_in_the_country_read_is_no_city(normaliser: Normaliser) -> None:
    # Paris is a modifier here, but the country read is Lebanon: no Paris in it, so no city.
    record = normaliser.normalise(
        "A general view shows the Paris conference venue in Lebanon, February 9, 2027. REUTERS/Omar Ibrahim"
    )
    assert record.location is not None
    assert (record.location.city, record.location.country_code) == (None, "LB")


def test_a_big_town_read_off_a_name_is_kept_outside_the_agencys_home(normaliser: Normaliser) -> None:
    # PA's home is Britain, but its Irish service writes "Dublin city centre": a big town's name opening a
    # place is that town (a small one outside the home stays unread: Belga's "Grote Markt" is no Grotte).
    record = normaliser.normalise(
        "Shoppers on Grafton Street in Dublin city centre. Picture date: Wednesday February 10, 2027. Photo "
        "credit should read: Brian Lawless/PA Wire"
    )
    assert record.location is not None
    assert (record.location.city, record.location.country_code) == ("Dublin", "IE")


@pytest.mark.parametrize(
    ("caption", "city", "province"),
    [
        # Keystone-SDA writes a canton's ISO 3166-2 code after its town, no comma.
        ("Schneefall in Arosa GR, am 10. Februar 2027. KEYSTONE/Gian Ehrenzeller", "Arosa", "Graubünden"),
        ("Demo in Aarau AG, am 10. Februar 2027. KEYSTONE/Michael Buholzer", "Aarau", "Aargau"),
        ("Hochwasser in Brienz BE, am 10. Februar 2027. KEYSTONE/Peter Klaunzer", "Brienz", "Berne"),
    ],
)
def test_a_town_with_its_cantons_code_after_it(
    normaliser: Normaliser, caption: str, city: str, province: str
) -> None:
    record = normaliser.normalise(caption)
    assert record.location is not None
    location = record.location
    assert (location.sublocation, location.city, location.province_state) == (None, city, province)


@pytest.mark.parametrize(
    ("caption", "city", "country_code"),
    [
        # A headline with no stop above a dateline: its last words ("at Gallowgate") are not the town's.
        (
            "Fans queue for tickets at Gallowgate\nNewcastle, March 2 (PA) - Supporters wait outside the ground"
            " on Tuesday. (PA photo)",
            "Newcastle upon Tyne",
            "GB",
        ),
        (
            "Kuwait opens new terminal at KWI\nKuwait City, March 4 (KUNA) - Travellers check in at the new"
            " terminal on Thursday. (KUNA photo)",
            "Kuwait City",
            "KW",
        ),
    ],
)
def test_a_dateline_below_a_headline_is_read_from_its_line(
    normaliser: Normaliser, caption: str, city: str, country_code: str
) -> None:
    record = normaliser.normalise(caption)
    assert record.location is not None
    assert (record.location.city, record.location.country_code) == (city, country_code)
    assert record.location.sublocation is None  # the ground, the terminal: the headline's words


@pytest.mark.parametrize(
    ("caption", "city"),
    [
        # French "City-Commune" for an airport or a works: the commune, a suburb of the city.
        (
            "Des avions stationnent à Marseille-Marignane, le 3 mars 2027. (Photo by Paul MARTIN / AFP)",
            "Marignane",
        ),
        ("Des voyageurs patientent à Lyon-Bron, le 3 mars 2027. (Photo by Paul MARTIN / AFP)", "Bron"),
    ],
)
def test_a_paired_french_name_is_the_commune_after_the_city(
    normaliser: Normaliser, caption: str, city: str
) -> None:
    record = normaliser.normalise(caption)
    assert record.location is not None
    assert (record.location.city, record.location.country_code) == (city, "FR")


def test_a_paired_name_of_two_far_towns_stays_unfound(normaliser: Normaliser) -> None:
    record = normaliser.normalise("Des avions à Bâle-Mulhouse, le 3 mars 2027. (Photo by Paul MARTIN / AFP)")
    assert record.location is None or record.location.city in (None, "Bâle-Mulhouse")
    assert WarningCode.PLACE_NOT_FOUND in {w.code for w in record.warnings}


@pytest.mark.parametrize(
    ("caption", "country_code"),
    [
        # AFP's reference town after its standing: "the Qatari capital Doha" places the site near Doha, not
        # in Rās, India (a site's opening word) nor in a town spelt like the first name (Hamm for Khiam).
        (
            "Trucks queue at Ras Abu Fontas, south of the Qatari capital Doha, on March 2, 2027. (Photo by Karim JAAFAR / AFP)",
            "QA",
        ),
        (
            "Smoke billows over Khiam, south of the Lebanese capital Beirut, on March 2, 2027. (Photo by Rabih DAHER / AFP)",
            "LB",
        ),
    ],
)
def test_a_reference_town_after_its_standing(normaliser: Normaliser, caption: str, country_code: str) -> None:
    record = normaliser.normalise(caption)
    assert record.location is not None
    assert record.location.country_code == country_code


def test_a_move_after_the_picture_is_not_its_place(normaliser: Normaliser) -> None:
    # They wait in Busia, Uganda; the county they cross into later is Kenya's.
    record = normaliser.normalise(
        "Lorries wait at the border post in Busia, Uganda, before crossing into Kenya's Busia County,"
        " March 2, 2027. REUTERS/Abubaker Lubowa"
    )
    assert record.location is not None
    assert (record.location.city, record.location.country_code) == ("Busia", "UG")


@pytest.mark.parametrize(
    "caption",
    [
        "Image source, Family handout\nImage caption, Owen Price, pictured with his sister, died in hospital in "
        "Cardiff last week",
        "Tom Hale died at his home in Leeds earlier this month. Picture: Family handout",
    ],
)
def test_the_town_where_someone_died_some_time_before_is_flagged(
    normaliser: Normaliser, caption: str
) -> None:
    # A family's picture of the dead: the town is where they died, seldom where the picture was made.
    record = normaliser.normalise(caption)
    assert WarningCode.AMBIGUOUS_PLACE in {w.code for w in record.warnings}


def test_a_town_named_again_as_the_picture_s_place_is_not_flagged(normaliser: Normaliser) -> None:
    # The town is also where the mourners stand: no doubt to flag.
    caption = "Mourners gather in Leeds for Tom Hale, who died in Leeds last week. Picture: Jo Lee/PA"
    record = normaliser.normalise(caption)
    assert WarningCode.AMBIGUOUS_PLACE not in {w.code for w in record.warnings}


@pytest.mark.parametrize(
    ("caption", "city", "country_code"),
    [
        # The owner of a place, read as a division abroad (Bermuda's Hamilton parish): the home town.
        (
            "Fans tailgate before the game at Hamilton's Tim Hortons Field on Saturday, June 12, 2027. THE "
            "CANADIAN PRESS/Peter Power",
            "Hamilton",
            "CA",
        ),
    ],
)
def test_the_owner_of_a_place_is_the_agency_s_home_town(
    normaliser: Normaliser, caption: str, city: str, country_code: str
) -> None:
    assert located(normaliser, caption, "city", "country_code") == (city, country_code)


@pytest.mark.parametrize(
    ("caption", "town", "country"),
    [
        (
            "A resident walks past a destroyed house in Khiam, south of Beirut, Lebanon, on Thursday, Dec. 3, "
            "2026. (AP Photo/Hassan Idris)",
            "Khiam",
            "LB",
        ),
        # The bearing after a description of the place: "a village 60 km south of".
        (
            "Children play outside a clinic in Kamanyola, a village 60 km south of Bukavu, eastern Congo, on "
            "Nov. 29, 2026. (AP Photo/Moses Sawasawa)",
            "Kamanyola",
            None,
        ),
    ],
)
def test_a_town_the_gazetteer_lacks_at_a_bearing_from_one_it_has_is_no_part_of_it(
    normaliser: Normaliser, caption: str, town: str, country: str | None
) -> None:
    # Not Beirut, silently: the town written, flagged for the desk.
    record = normaliser.normalise(caption)
    assert record.location is not None
    assert record.location.city == town
    assert country is None or record.location.country_code == country
    assert WarningCode.PLACE_NOT_FOUND in {w.code for w in record.warnings}


def test_a_town_the_gazetteer_has_at_a_bearing_from_another_is_the_town(normaliser: Normaliser) -> None:
    caption = (
        "Farmers harvest olives in the village of Burin, south of Nablus, in the occupied West Bank, December "
        "2, 2026. REUTERS/Rami Khalil"
    )
    record = normaliser.normalise(caption)
    assert located(normaliser, caption, "city") == ("Būrīn",)
    assert not {w.code for w in record.warnings} & {WarningCode.PLACE_NOT_FOUND, WarningCode.AMBIGUOUS_PLACE}


def test_a_site_of_several_words_at_a_bearing_stays_a_site(normaliser: Normaliser) -> None:
    # A cape or an industrial zone is as often written so: the town it is placed by stays the city.
    caption = (
        "Tankers wait at Ras Qurayya Industrial City, north of Doha, on December 2, 2026. (Photo by Karim "
        "JAAFAR / AFP)"
    )
    assert located(normaliser, caption, "city", "sublocation") == ("Doha", "Ras Qurayya Industrial City")


@pytest.mark.parametrize(
    ("caption", "city", "country"),
    [
        (
            "Fishing boats shelter in Dingle harbour in Co Kerry as Storm Freya makes landfall. Photo: Niall "
            "Carson/PA Wire",
            "Dingle",
            "IE",
        ),
        (
            "Racegoers arrive at Kelso racecourse in the Scottish Borders. Picture date: Saturday December 5, "
            "2026. Jane Barlow/PA Wire",
            "Kelso",
            "GB",
        ),
        (
            "The Dean leads the Good Friday liturgy at Winchester Cathedral in Hampshire. Picture date: Friday "
            "April 2, 2027. Photo credit should read: Ann Lee/PA Wire",
            "Winchester",
            "GB",
        ),
        (
            "Visitors view the Magna Carta at Lincoln Castle in Lincolnshire. Picture date: Saturday May 8, 2027. "
            "Photo credit should read: Ann Lee/PA Wire",
            "Lincoln",
            "GB",
        ),
    ],
)
def test_a_site_named_for_its_town_in_a_county_is_in_that_town(
    normaliser: Normaliser, caption: str, city: str, country: str
) -> None:
    assert located(normaliser, caption, "city", "country_code") == (city, country)


def test_a_site_in_a_county_named_for_no_town_of_it_has_no_town(normaliser: Normaliser) -> None:
    caption = "Sheep graze beside Lough Leane in Co Kerry on Wednesday. Photo: Niall Carson/PA Wire"
    assert located(normaliser, caption, "city", "country_code") == (None, "IE")


def test_the_guardians_own_photographer_is_at_home(normaliser: Normaliser) -> None:
    # A British paper's bare "Worcester" is England's, not Massachusetts'.
    caption = (
        "Floodwater in Worcester city centre after the River Severn burst its banks. Photograph: Christopher "
        "Furlong/The Guardian"
    )
    assert located(normaliser, caption, "city", "country_code") == ("Worcester", "GB")


def test_a_small_town_the_caption_calls_a_port_is_the_town(normaliser: Normaliser) -> None:
    # La Restinga has some 500 people: named after "the port of", it is a town, not a name to pass over.
    caption = (
        "A migrant boat arrives at the port of La Restinga, on the Canary island of El Hierro, Spain, December "
        "2, 2026. REUTERS/Borja Suarez"
    )
    assert located(normaliser, caption, "city", "country_code") == ("La Restinga", "ES")


@pytest.mark.parametrize(
    ("caption", "city", "country_code"),
    [
        # A known landmark written with no town places itself: no town read off its name's first words
        # ("Casa Rosada" had been Chas, India; "Planalto Palace" a town Planalto, Bahia).
        ("President Javier Milei speaks at Casa Rosada on Tuesday. REUTERS/Ana Gómez", "Buenos Aires", "AR"),
        ("Lula speaks during a ceremony at Planalto Palace on Tuesday. REUTERS/Ana Souza", "Brasília", "BR"),
    ],
)
def test_a_known_landmark_alone_places_its_own_town(
    normaliser: Normaliser, caption: str, city: str, country_code: str
) -> None:
    assert located(normaliser, caption, "city", "country_code") == (city, country_code)


@pytest.mark.parametrize(
    ("caption", "city"),
    [
        (
            "Worshippers pray during the Easter Vigil at Notre-Dame de Paris cathedral on April 19, 2025. (Photo "
            "by Ann LEE / AFP)",
            "Paris",
        ),
        (
            "Musicians rehearse at Notre-Dame de Reims cathedral on June 12, 2027. (Photo by Ann LEE / AFP)",
            "Reims",
        ),
    ],
)
def test_a_french_name_with_an_english_noun_after_it_is_in_its_town(
    normaliser: Normaliser, caption: str, city: str
) -> None:
    # "Notre-Dame de Paris cathedral": the town closes the French name before the noun; not Notre Dame, Ind.
    assert located(normaliser, caption, "city", "country_code") == (city, "FR")


def test_a_town_in_a_province_the_gazetteer_lacks_is_the_town_not_the_province(
    normaliser: Normaliser,
) -> None:
    # Spain's provinces are no divisions of the gazetteer's: "Alicante" after "the province of" would be read
    # as its capital; the town named before it in the country is the place.
    record = normaliser.normalise(
        "Sunbathers crowd the beach of Torrevieja, in the province of Alicante, Spain, June 2, 2027. EFE/Morell"
    )
    assert record.location is not None
    assert (record.location.city, record.location.country_code) == ("Torrevieja", "ES")
    assert WarningCode.AMBIGUOUS_PLACE not in {w.code for w in record.warnings}


def test_a_province_read_as_its_town_is_flagged(normaliser: Normaliser) -> None:
    record = normaliser.normalise(
        "Firefighters tackle a forest blaze in the province of Alicante, Spain, June 2, 2027. EFE/Morell"
    )
    assert record.location is not None and record.location.city == "Alicante"
    assert WarningCode.AMBIGUOUS_PLACE in {w.code for w in record.warnings}


@pytest.mark.parametrize(
    ("caption", "city"),
    [
        # A tournament named for its town, then the state alone: the town is shown.
        (
            "Jannik Sinner in azione nei quarti di finale del torneo di Indian Wells, in California, 12 marzo "
            "2027. ANSA/EPA/JOHN G. MABANGLO",
            "Indian Wells",
        ),
        (
            "Players warm up before the final of the tournament of Palm Springs, in California, March 12, 2027. "
            "REUTERS/Mike Blake",
            "Palm Springs",
        ),
    ],
)
def test_a_town_named_after_of_before_its_division_alone_is_the_town(
    normaliser: Normaliser, caption: str, city: str
) -> None:
    assert located(normaliser, caption, "city", "province_state") == (city, "California")


def test_a_town_the_place_is_only_near_is_not_taken_before_its_division(normaliser: Normaliser) -> None:
    caption = (
        "Smoke rises from a bushfire in the Grampians National Park, west of Stawell, in Victoria, Australia, "
        "Feb. 7, 2027. AAP Image/Joel Carrett via REUTERS"
    )
    assert located(normaliser, caption, "city") == (None,)


def test_a_lake_named_like_a_town_of_its_division_flags_the_missing_city(normaliser: Normaliser) -> None:
    # The caption gives no town, but the lake paddled on is also the name of the hamlet beside it.
    record = normaliser.normalise(
        "Kayakers paddle on Lake Louise in Banff National Park, Alta., on Monday, July 19, 2027. THE CANADIAN "
        "PRESS/Jeff McIntosh"
    )
    assert record.location is not None and record.location.city is None
    assert WarningCode.AMBIGUOUS_PLACE in {w.code for w in record.warnings}


def test_a_place_named_like_a_town_that_is_no_water_or_landform_is_not_flagged(
    normaliser: Normaliser,
) -> None:
    record = normaliser.normalise(
        "Scottie Scheffler hits from the fairway at Augusta National Golf Club in Georgia, April 10, 2027. "
        "REUTERS/Mike Blake"
    )
    assert WarningCode.AMBIGUOUS_PLACE not in {w.code for w in record.warnings}


@pytest.mark.parametrize(
    ("caption", "city", "province_state"),
    [
        (
            "Firefighters battle a blaze near holiday homes in Fethiye district of Mugla, Turkiye on July 2, 2027. "
            "(Photo by Deniz Arslan/Anadolu via Getty Images)",
            "Fethiye",
            "Muğla",
        ),
        (
            "Rescuers carry a survivor in Nurdagi district of Gaziantep, Turkiye on July 2, 2027. "
            "(Photo by Deniz Arslan/Anadolu via Getty Images)",
            "Nurdağı",
            "Gaziantep",
        ),
        # A district of the metropolis, near its centre: a part of the city.
        (
            "Commuters board ferries in Kadikoy district of Istanbul, Turkiye on July 2, 2027. "
            "(Photo by Deniz Arslan/Anadolu via Getty Images)",
            "Istanbul",
            "İstanbul",
        ),
    ],
)
def test_a_turkish_district_of_a_province_is_its_town(
    normaliser: Normaliser, caption: str, city: str, province_state: str
) -> None:
    assert located(normaliser, caption, "city", "province_state") == (city, province_state)


@pytest.mark.parametrize(
    ("caption", "city", "province_state"),
    [
        (
            "Tourists swim off a beach in Bodrum district of Mugla province, Turkiye, on July 3, 2027. "
            "(Ali Kaya - Anadolu Agency)",
            "Bodrum",
            "Muğla",
        ),
        (
            "Holidaymakers crowd a beach in Alanya district of Antalya province on July 7, 2027. (Anadolu Agency)",
            "Alanya",
            "Antalya",
        ),
        # A district near the seat of a province named like it is a part of that town, as without the word.
        (
            "Ferries arrive at the pier in Kadikoy district of Istanbul province, Turkiye, on July 8, 2027. "
            "(Anadolu Agency)",
            "Istanbul",
            "İstanbul",
        ),
        # Not where districts bear no town's name: the province's district, no town.
        (
            "Afghan police patrol a road in Panjwai district of Kandahar province, Afghanistan, on July 9, 2027. "
            "(AP Photo/Abdul Khaliq)",
            None,
            "Kandahar",
        ),
    ],
)
def test_a_turkish_district_of_a_province_written_with_its_word_is_its_town(
    normaliser: Normaliser, caption: str, city: str | None, province_state: str
) -> None:
    """ "in Bodrum district of Mugla province": read as "Bodrum district of Mugla" is, not as the province."""
    assert located(normaliser, caption, "city", "province_state") == (city, province_state)


@pytest.mark.parametrize(
    ("caption", "city", "country_code"),
    [
        # A district of two words after its town and a hyphen, the whole unknown to the gazetteer: the town.
        (
            "Einsatzkräfte vor einem Wohnblock in Rostock-Groß Klein am Montagabend. Foto: Jens Lehmann/dpa",
            "Rostock",
            "DE",
        ),
        ("Polizisten vor einem Hochhaus in Kiel-Mettenhof am Freitag. Foto: Frank Molter/dpa", "Kiel", "DE"),
    ],
)
def test_a_district_after_its_town_and_a_hyphen_is_in_the_town(
    normaliser: Normaliser, caption: str, city: str, country_code: str
) -> None:
    assert located(normaliser, caption, "city", "country_code") == (city, country_code)


def test_a_stadium_named_with_a_town_and_a_hyphen_is_not_placed_there(normaliser: Normaliser) -> None:
    # Only a station or an airport is named with its town so: the stadium is named after a state and a bear.
    location = normaliser.normalise("Fans at Washington-Grizzly Stadium on Saturday, Oct. 9.").location
    assert location is None or location.city != "Washington"


def test_two_big_towns_joined_by_a_hyphen_name_no_district(normaliser: Normaliser) -> None:
    # A road between two towns, no district of the first: Delhi is not read from the expressway's name.
    location = normaliser.normalise("Traffic on the Delhi-Meerut Expressway on Monday morning.").location
    assert location is None or location.city != "Delhi"


@pytest.mark.parametrize(
    ("caption", "city", "country_code"),
    [
        # A station named with its town and a hyphen, the town in the page's language ("Luik": Liège).
        ("Reizigers wachten maandag in het station Luik-Guillemins op een trein. Foto: Belga", "Liège", "BE"),
        (
            "Pendelaars stranden dinsdag in het station Antwerpen-Berchem. Foto: Belga / Jan Peeters",
            "Antwerp",
            "BE",
        ),
    ],
)
def test_a_station_named_with_its_town_and_a_hyphen_is_in_the_town(
    normaliser: Normaliser, caption: str, city: str, country_code: str
) -> None:
    assert located(normaliser, caption, "city", "country_code") == (city, country_code)


def test_a_river_the_gazetteer_holds_as_a_region_leaves_the_town_near_it(normaliser: Normaliser) -> None:
    # "Danube" is a region of the gazetteer, no town: the town it flows by is shown.
    caption = "Floodwater covers a road along the Danube near Paks, Hungary, June 7, 2028. REUTERS/Anna Szabo"
    assert located(normaliser, caption, "city", "country_code") == ("Paks", "HU")


def test_a_town_named_after_a_locative_but_not_read_flags_the_division(normaliser: Normaliser) -> None:
    # The record stops at the country; the caption writes a village of it after "in": the desk looks.
    record = normaliser.normalise(
        "Firefighters work in Límni as wildfires rage on the island of Evia, Greece, August 14, 2028. "
        "REUTERS/Nikos Pappas"
    )
    assert record.location is not None and record.location.city is None
    assert any(w.code == WarningCode.AMBIGUOUS_PLACE and "Límni" in w.message for w in record.warnings)


def test_a_town_a_place_is_measured_from_flags_nothing(normaliser: Normaliser) -> None:
    # "20 km north of X": the town is left out on purpose; no doubt to raise.
    record = normaliser.normalise(
        "Firefighters battle a wildfire 20 km north of Gonfaron, France, August 12, 2028. REUTERS/Paul Girard"
    )
    assert record.location is not None and record.location.city is None
    assert WarningCode.AMBIGUOUS_PLACE not in {w.code for w in record.warnings}


def test_the_state_its_own_sentence_names_settles_a_town_before_the_agencys_home(
    normaliser: Normaliser,
) -> None:
    # Two São Sebastião in Brazil, the agency's home: the state written in the sentence says which.
    caption = (
        "Moradores retiram lama de casas em São Sebastião, no litoral norte de São Paulo, nesta terça-feira "
        "(20). Foto: Rovena Lima/Agência Brasil"
    )
    assert located(normaliser, caption, "city", "province_state") == ("São Sebastião", "São Paulo")


def test_a_reservoir_is_the_place_within_its_town(normaliser: Normaliser) -> None:
    caption = "Boats lie on the dry bed of the Sau reservoir in Vilanova de Sau, Spain, March 8, 2028. REUTERS/Marta Pons"
    assert located(normaliser, caption, "sublocation", "city") == ("Sau reservoir", "Vilanova de Sau")


def test_a_reservoir_named_after_a_town_is_not_in_it(normaliser: Normaliser) -> None:
    # The reservoir stretches far beyond the town its dam is named after, as a national park does.
    caption = (
        "Fishermen stand on the shore of the Kakhovka reservoir in southern Ukraine, June 9, 2028. "
        "REUTERS/Ivan Petrenko"
    )
    assert located(normaliser, caption, "city", "country_code") == (None, "UA")


@pytest.mark.parametrize(
    ("caption", "flagged"),
    [
        # Köyceğiz is no town of Muğla the gazetteer holds: the province's seat is given, flagged.
        ("Muğla'nın Köyceğiz ilçesinde sağanak sonrası dereler taştı.\nFoto: DHA", True),
        # Bayraklı is a district of İzmir's own, which the gazetteer holds in the province: no doubt.
        ("İzmir'in Bayraklı ilçesinde sağanak sonrası sokaklar göle döndü.\nFoto: AA", False),
        # Mengen, a town apart from its seat, is read as the town.
        ("Bolu'nun Mengen ilçesinde orman yangını çıktı.\nFoto: AA", False),
    ],
)
def test_a_turkish_district_the_gazetteer_lacks_is_flagged(
    normaliser: Normaliser, caption: str, flagged: bool
) -> None:
    record = normaliser.normalise(caption)
    assert (WarningCode.PLACE_NOT_FOUND in {w.code for w in record.warnings}) is flagged
