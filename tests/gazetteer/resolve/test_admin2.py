"""Second-level divisions (counties, parishes, districts), constituent countries, and context rules."""

from __future__ import annotations

import math

import pytest

from gazetteer import Gazetteer, PlaceQuery
from gazetteer._build._data import country_points


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    x = math.radians(b[1] - a[1]) * math.cos(math.radians((a[0] + b[0]) / 2))
    return 6371.0 * math.hypot(x, math.radians(b[0] - a[0]))


@pytest.mark.parametrize(
    ("text", "code", "point"),
    [
        ("Rapides Parish", ("US", "LA", "079"), (31.1669, -92.4835)),
        ("Pointe Coupee", ("US", "LA", "077"), (30.7344, -91.4332)),
        ("Avoyelles", ("US", "LA", "009"), (31.0669, -91.9668)),
        ("Otter Tail County", ("US", "MN", "111"), (46.4, -95.7003)),
        ("North Yorkshire", ("GB", "ENG", "J7"), (54.16667, -1.33333)),
        ("Somme", ("FR", "32", "80"), (49.91, 2.5)),
    ],
)
def test_a_county_in_the_city_slot_resolves_to_the_county(
    gz: Gazetteer, text: str, code: tuple[str, str, str], point: tuple[float, float]
) -> None:
    res = gz.resolve(PlaceQuery(city=text))
    county = res.admin2
    assert res.city is None and county is not None, text
    assert (county.country_code, county.admin1_code, county.admin2_code) == code
    assert county.kind == "admin2" and county.feature_class == "A" and county.admin2_name == county.name
    assert res.most_specific == county and res.candidates[0].place == county
    assert res.admin1 is not None and res.admin1.admin1_code == code[1]
    assert res.country is not None and res.country.country_code == code[0]
    assert _km(county.point, point) < 40  # the centre of its places' extent, near GeoNames' own point


def test_a_parent_state_picks_the_county_among_namesakes(gz: Gazetteer) -> None:
    res = gz.resolve(PlaceQuery(city="Douglas County", parents=("Ga.",)))
    assert res.admin2 is not None and res.admin2.geonames_id == 4191928  # not Nebraska's, ten times bigger
    res = gz.resolve(PlaceQuery(parents=("Douglas County", "Ga.")))  # a chain with no city
    assert res.admin2 is not None and res.admin2.geonames_id == 4191928
    assert res.admin1 is not None and res.admin1.name == "Georgia"


def test_a_county_as_parent_constrains_the_city(gz: Gazetteer) -> None:
    res = gz.resolve(PlaceQuery(city="Whitby", parents=("North Yorkshire",)))
    assert res.city is not None and res.city.geonames_id == 2634135  # not Whitby, Ontario
    assert res.admin2 is not None and res.admin2.name == "North Yorkshire"
    assert res.admin1 is not None and res.admin1.admin1_code == "ENG"
    assert res.most_specific == res.city
    res = gz.resolve(PlaceQuery(city="Alexandria", parents=("Rapides Parish",)))
    assert res.city is not None and res.city.geonames_id == 4314550
    # A county reading the other parents rule out gives way instead of emptying the result.
    res = gz.resolve(PlaceQuery(city="Whitby", parents=("North Yorkshire", "Canada")))
    assert res.city is not None and res.city.country_code == "CA"


def test_a_county_named_like_a_division_elsewhere_holds_the_town(gz: Gazetteer) -> None:
    # Haiti's and Burkina Faso's first-level Nord hold no Douai; France's second-level one does.
    res = gz.resolve(PlaceQuery(city="Douai", parents=("Nord",)))
    assert res.city is not None and res.city.geonames_id == 3021000
    assert res.admin2 is not None and (res.admin2.country_code, res.admin2.admin2_code) == ("FR", "59")
    # A parent that is a town alone is no county's name: "Old City, Jerusalem" keeps Jerusalem's reading.
    res = gz.resolve(PlaceQuery(city="Old City", parents=("Jerusalem",)))
    assert res.city is None or res.city.country_code == "IL"


@pytest.mark.parametrize(
    ("city", "parent", "geonames_id"),
    [
        # El Salvador's La Unión and Puerto Rico's Isabela are first-level divisions; beside the Philippines
        # the names are its provinces, which hold the town.
        ("San Fernando", "La Union", 1690033),
        ("San Fernando", "La Union province", 1690033),
        ("Santiago", "Isabela", 1687801),
    ],
)
def test_a_county_of_the_country_written_over_a_division_elsewhere(
    gz: Gazetteer, city: str, parent: str, geonames_id: int
) -> None:
    res = gz.resolve(PlaceQuery(city=city, parents=(parent, "Philippines")))
    assert res.city is not None and res.city.geonames_id == geonames_id
    # The country's own division of the name still wins ("Pampanga" is no county elsewhere).
    res = gz.resolve(PlaceQuery(city="San Fernando", parents=("Pampanga", "Philippines")))
    assert res.city is not None and res.city.geonames_id == 1690039


def test_a_town_named_like_its_unit_answers_for_it(gz: Gazetteer) -> None:
    for name, geonames_id in (("Napoli", 3172394), ("Roma", 3169070), ("Dallas", 4684888)):
        res = gz.resolve(PlaceQuery(city=name))
        assert res.city is not None and res.city.geonames_id == geonames_id, name


def test_admin2_lookup(gz: Gazetteer) -> None:
    north_yorkshire = gz.admin2("North Yorkshire")
    assert north_yorkshire is not None and north_yorkshire.geonames_id == 2641209
    assert gz.admin2("Rapides") is None  # a bare county name needs a country
    rapides = gz.admin2("Rapides", "US")
    assert rapides is not None and rapides.name == "Rapides Parish"
    douglas = gz.admin2("Douglas County", "US", "MN")
    assert douglas is not None and douglas.geonames_id == 5024544
    assert gz.admin2("Alexandria") is None  # an Egyptian governorate first
    assert gz.admin2("Xqzvlorp") is None


@pytest.mark.parametrize(("text", "code"), [("England", "ENG"), ("Scotland", "SCT"), ("Wales", "WLS")])
def test_constituent_countries_alone_are_divisions(gz: Gazetteer, text: str, code: str) -> None:
    for query in (PlaceQuery(city=text), PlaceQuery(parents=(text,))):
        res = gz.resolve(query)
        assert res.city is None and res.admin1 is not None and res.admin1.admin1_code == code, query
        assert res.country is not None and res.country.country_code == "GB"
        assert res.most_specific == res.admin1
    assert gz.country(text) is not None  # still a country name for a caption parser's chain
    res = gz.resolve(PlaceQuery(city="London", parents=(text,)))
    assert res.city is not None and res.city.country_code == "GB"


def test_northern_ireland_alone_is_a_division(gz: Gazetteer) -> None:
    res = gz.resolve(PlaceQuery(city="Northern Ireland"))
    assert res.admin1 is not None and res.admin1.admin1_code == "NIR" and res.country is not None


def test_a_country_named_like_its_own_division_stays_the_country(gz: Gazetteer) -> None:
    for text, code in (("Mexico", "MX"), ("Panama", "PA"), ("Ukraine", "UA")):
        res = gz.resolve(PlaceQuery(city=text))
        assert res.admin1 is None and res.country is not None and res.country.country_code == code, text


def test_a_division_the_parents_rule_out_is_no_reading_of_the_city_slot(gz: Gazetteer) -> None:
    # "Alexandria" is also an Egyptian governorate; ", Minn." leaves only the town.
    res = gz.resolve(PlaceQuery(city="Alexandria", parents=("Minn.",)))
    assert res.city is not None and res.city.geonames_id == 5016108


def test_county_names_in_context_are_evidence(gz: Gazetteer) -> None:
    res = gz.resolve(PlaceQuery(city="Alexandria", context=("Rapides Parish",)))
    assert res.city is not None and res.city.geonames_id == 4314550
    assert "caption context: in a county named" in res.candidates[0].reasons


def test_context_co_location(gz: Gazetteer) -> None:
    # Each name alone is elsewhere (Douglas County, NE; Brandon, SD ...): together they are in Minnesota.
    res = gz.resolve(PlaceQuery(city="Alexandria", context=("Douglas County", "Brandon", "Kensington")))
    assert res.city is not None and res.city.geonames_id == 5016108
    # Alexandria, Virginia, is next door to Washington.
    res = gz.resolve(PlaceQuery(city="Alexandria", context=("Washington", "D.C.")))
    assert res.city is not None and res.city.admin1_code == "VA"
    assert "caption context: places nearby" in res.candidates[0].reasons


def test_a_name_is_no_evidence_for_itself(gz: Gazetteer) -> None:
    res = gz.resolve(PlaceQuery(city="Mansfield", context=("MANSFIELD", "Shreveport")))
    assert res.city is not None and res.city.geonames_id == 4332494


def test_country_points_are_conventional(gz: Gazetteer) -> None:
    for name, code in (("Indonesia", "ID"), ("France", "FR"), ("Brazil", "BR")):
        place = gz.country(name)
        assert place is not None and place.point == country_points()[code], name
    # The overlay's GeoNames point wins where countryinfo's lies far from it.
    for name, point in (("United States", (39.76, -98.5)), ("Canada", (60.10867, -113.64258))):
        place = gz.country(name)
        assert place is not None and place.point == point, name


def test_bare_county_names_do_not_take_a_towns_name(gz: Gazetteer) -> None:
    # Montgomery County, OH, and Penobscot County, ME, are far bigger than the towns; the text names a town.
    assert gz.resolve(PlaceQuery(city="Montgomery", parents=("Ohio", "USA"))).city is not None
    penobscot = gz.resolve(PlaceQuery(city="Penobscot", parents=("Maine",)))
    assert penobscot.city is not None and penobscot.city.geonames_id == 4974967
    york = gz.resolve(PlaceQuery(city="York"))
    assert york.city is not None and york.city.geonames_id == 2633352  # not York Region, Ontario


def test_a_city_slot_is_no_division_the_parents_rule_out(gz: Gazetteer) -> None:
    # Before: "La Paz, Colombia" was Bolivia's department and "Wales, South Africa" the UK's Wales.
    la_paz = gz.resolve(PlaceQuery(city="La Paz", parents=("Colombia",)))
    assert la_paz.city is not None and la_paz.city.country_code == "CO"
    wales = gz.resolve(PlaceQuery(city="Wales", parents=("South Africa",)))
    assert wales.admin1 is None or wales.admin1.country_code != "GB"


def test_a_country_parent_is_not_also_its_namesake_division(gz: Gazetteer) -> None:
    # "Mexico" is the country, not also the State of Mexico: Veracruz decides among the La Joyas.
    res = gz.resolve(PlaceQuery(city="La Joya", parents=("Veracruz de Ignacio de la Llave", "Mexico")))
    assert res.city is not None and res.city.admin1_code == "30"


@pytest.mark.parametrize(
    ("city", "parent", "admin1"),
    [
        # Named like its town, which answers for it: the town's first-level division in Ireland.
        ("Bandon", "Co Cork", "Munster"),  # not Bandung, an alternate spelling a thousand times bigger
        ("Clifden", "Co Galway", "Connaught"),
        ("Kilkenny", "Co. Kilkenny", "Leinster"),
        ("Dungarvan", "Co Waterford", "Munster"),  # Waterford, Michigan is bigger than Ireland's
        # By its bare name, a county the division table holds.
        ("Dingle", "County Kerry", "Munster"),  # not Dingle in Liverpool
    ],
)
def test_a_county_written_type_first(gz: Gazetteer, city: str, parent: str, admin1: str) -> None:
    res = gz.resolve(PlaceQuery(city=city, parents=(parent,)))
    assert res.city is not None and res.city.name == city and res.city.country_code == "IE"
    assert res.admin1 is not None and res.admin1.name == admin1
    assert not res.not_found
