"""The other names of a document decide between same-named places (issue 15): the divisions and countries
they resolve to, a division they name, and a country's name that is also a division ("Georgia")."""

from __future__ import annotations

from gazetteer import Gazetteer, PlaceQuery


def _where(gz: Gazetteer, city: str, *context: str) -> tuple[str | None, str | None, str]:
    place = gz.resolve(PlaceQuery(city=city, context=context)).most_specific
    assert place is not None, city
    return place.country_code, place.admin1_code, place.kind


def test_a_named_division_decides_between_towns(gz: Gazetteer) -> None:
    assert _where(gz, "Alexandria")[0] == "EG"
    assert _where(gz, "Alexandria", "Louisiana", "Pineville", "Baton Rouge")[:2] == ("US", "LA")
    assert _where(gz, "Alexandria", "Arlington", "Virginia", "Richmond")[:2] == ("US", "VA")
    assert _where(gz, "Alexandria", "Luxor", "Egypt", "Cairo")[:2] == ("EG", "06")


def test_georgia_is_the_state_among_american_places(gz: Gazetteer) -> None:
    assert _where(gz, "Georgia") == ("GE", None, "country")
    assert _where(gz, "Georgia", "Atlanta", "Savannah", "Macon") == ("US", "GA", "admin1")
    assert _where(gz, "Georgia", "Tbilisi", "Batumi", "Moscow")[2] == "country"
    # One other name in the division itself is enough ("Georgia" beside "Atlanta"); one in its country is
    # not: Luxembourg beside Brussels stays the country.
    assert _where(gz, "Georgia", "Atlanta") == ("US", "GA", "admin1")
    assert _where(gz, "Georgia", "Tbilisi")[2] == "country"
    assert _where(gz, "Georgia", "Moscow")[2] == "country"
    assert _where(gz, "Luxembourg", "Brussels")[2] in ("country", "city")
    assert _where(gz, "Luxembourg", "Brussels")[0] == "LU"


def test_a_state_named_as_georgia_guides_its_county(gz: Gazetteer) -> None:
    # Madison County is in eight states; the article names Georgia beside Georgian towns.
    county = _where(gz, "Madison County", "Danielsville", "Athens", "Gainesville", "Georgia")
    assert county == ("US", "GA", "admin2")
    assert _where(gz, "Madison County", "Edwardsville", "Collinsville", "Illinois")[:2] == ("US", "IL")


def test_a_document_about_a_state_moves_a_dateline_city(gz: Gazetteer) -> None:
    # One name does not move an AP dateline city (see test_gazetteer); a document's worth of Texas does.
    assert _where(gz, "Paris", "Tyler", "Texas", "Dallas", "Houston")[:2] == ("US", "TX")


def test_a_division_name_is_a_town_in_a_named_division(gz: Gazetteer) -> None:
    assert _where(gz, "Delaware") == ("US", "DE", "admin1")
    assert _where(gz, "Delaware", "Columbus", "Westerville", "Ohio")[:2] == ("US", "OH")


def test_a_division_is_not_a_small_namesake_elsewhere(gz: Gazetteer) -> None:
    # Florida the state, not Puerto Rico's municipality or Uruguay's department seat.
    assert _where(gz, "Florida") == ("US", "FL", "admin1")


def test_new_zealand_islands_and_natural_features(gz: Gazetteer) -> None:
    for name, country in (
        ("North Island", "NZ"),
        ("South Island", "NZ"),
        ("Lake Okeechobee", "US"),
        ("Mississippi River", "US"),
        ("Yellowstone National Park", "US"),
        ("Mount Kilimanjaro", "TZ"),
        ("Big Island", "US"),  # Hawaii's, not a fuzzy "Bird Island"
        ("Kilauea", "US"),
    ):
        place = gz.resolve(PlaceQuery(city=name)).most_specific
        assert place is not None and place.country_code == country, name


def test_one_reading_per_name_per_document(gz: Gazetteer) -> None:
    names = ("Alexandria", "Louisiana", "Pineville", "Ball")
    first = [gz.resolve(PlaceQuery(city=n, context=tuple(x for x in names if x != n))) for n in names]
    again = [gz.resolve(PlaceQuery(city=n, context=tuple(x for x in names if x != n))) for n in names]
    assert [r.most_specific for r in first] == [r.most_specific for r in again]


def test_a_country_name_is_a_town_in_a_named_division(gz: Gazetteer) -> None:
    assert _where(gz, "Lebanon", "New Hampshire", "Concord", "Hanover")[:2] == ("US", "NH")
    assert _where(gz, "Lebanon", "Beirut", "Syria", "Israel")[2] == "country"
    assert _where(gz, "Mexico", "Missouri", "Columbia", "Fulton")[:2] == ("US", "MO")


def test_a_state_named_like_a_city_elsewhere_among_its_towns(gz: Gazetteer) -> None:
    assert _where(gz, "Washington", "Seattle", "Spokane", "Tacoma") == ("US", "WA", "admin1")
    assert _where(gz, "Washington", "Baltimore", "Virginia", "Arlington")[:3] == ("US", "DC", "city")
    # Upstate towns, none near New York City, make "New York" the state; Brooklyn and Newark keep the city.
    assert _where(gz, "New York", "Albany", "Buffalo", "Syracuse") == ("US", "NY", "admin1")
    assert _where(gz, "New York", "Rome", "Utica", "Oneida County") == ("US", "NY", "admin1")
    assert _where(gz, "New York", "Brooklyn", "Newark", "Yonkers")[2] == "city"
    assert _where(gz, "New York", "Tokyo", "London", "Hong Kong")[2] == "city"


def test_a_division_named_like_a_city_elsewhere_among_its_country(gz: Gazetteer) -> None:
    # "Victoria" is also Hong Kong's old name, "Edo" Tokyo's: among the division's own country they are it.
    victoria = _where(gz, "Victoria", "Australia", "Melbourne", "Queensland", "Brisbane")
    assert victoria == ("AU", "07", "admin1")
    assert _where(gz, "Edo", "Nigeria", "Abuja", "Ondo") == ("NG", "37", "admin1")
    assert _where(gz, "Victoria", "Vancouver", "Nanaimo", "British Columbia")[:3] == ("CA", "02", "city")
    # The capital stays the capital where the other names are around it.
    assert _where(gz, "Washington", "Bethesda", "Silver Spring", "Maryland")[:3] == ("US", "DC", "city")


def test_a_town_named_like_a_state_or_country_among_its_neighbours(gz: Gazetteer) -> None:
    # Half the other names in one state, the state unwritten: the town there.
    assert _where(gz, "Nevada", "Ames", "Marshalltown", "Boone") == ("US", "IA", "city")
    assert _where(gz, "Peru", "Kokomo", "Logansport", "Wabash") == ("US", "IN", "city")
    assert _where(gz, "Virginia", "Duluth", "Hibbing", "Eveleth") == ("US", "MN", "city")
    assert _where(gz, "Jordan", "Amman", "Israel", "Syria")[2] == "country"
    assert _where(gz, "Nevada", "Reno", "Las Vegas", "Carson City") == ("US", "NV", "admin1")


def test_an_ambiguous_name_well_ahead_counts_for_its_division(gz: Gazetteer) -> None:
    # Hartford is ambiguous alone (Wisconsin's is close behind) but far enough ahead to place Manchester.
    assert _where(gz, "Manchester", "Hartford") == ("US", "CT", "city")
    assert _where(gz, "Manchester", "Salford", "Bolton")[:2] == ("GB", "ENG")


def test_a_dateline_city_gives_way_to_two_names_elsewhere(gz: Gazetteer) -> None:
    assert _where(gz, "Paris", "Lexington", "Frankfort") == ("US", "KY", "city")
    assert _where(gz, "Paris", "London", "Berlin")[:2] == ("FR", "11")
    assert _where(gz, "Rome", "Marietta", "Atlanta") == ("US", "GA", "city")


def test_a_town_named_like_a_country_where_most_other_names_could_lie(gz: Gazetteer) -> None:
    # Albany, Salem and Sweet Home are each towns of several states (Salem also an old name of Jerusalem);
    # all could be in Oregon, and Corvallis most likely is.
    assert _where(gz, "Lebanon", "Albany", "Corvallis", "Sweet Home", "Salem") == ("US", "OR", "city")
    assert _where(gz, "Mexico", "Fulton", "Columbia", "Moberly", "Centralia") == ("US", "MO", "city")
    assert _where(gz, "Lebanon", "Beirut", "Syria", "Israel", "Damascus")[2] == "country"
    # Common town names that could all lie in one state where none most likely does place nothing.
    assert _where(gz, "Virginia", "Alexandria", "Arlington", "Washington", "Richmond") == (
        "US",
        "VA",
        "admin1",
    )


def test_a_division_name_of_several_countries_is_the_one_of_the_documents_country(gz: Gazetteer) -> None:
    assert _where(gz, "Punjab", "Amritsar", "India", "Ludhiana") == ("IN", "23", "admin1")
    assert _where(gz, "Punjab", "Lahore", "Pakistan") == ("PK", "04", "admin1")
    assert _where(gz, "Amazonas", "Peru", "Iquitos")[:2] == ("PE", "01")
    assert _where(gz, "Amazonas", "Brazil", "Manaus")[:2] == ("BR", "04")
    assert _where(gz, "Western Province", "Zambia", "Lusaka", "Mongu")[:2] == ("ZM", "01")


def test_a_local_storys_national_names_do_not_dilute_its_towns(gz: Gazetteer) -> None:
    local = ("Albany", "Corvallis", "Sweet Home", "Salem", "Washington", "Iraq")
    assert _where(gz, "Lebanon", *local) == ("US", "OR", "city")
    assert _where(gz, "Lebanon", "Beirut", "Syria", "Israel", "Iraq", "Washington")[2] == "country"
    # A name in the country itself keeps the country: "Jordan" beside Amman, whatever else is named.
    assert _where(gz, "Jordan", "Amman", "Shakopee", "Prior Lake", "Belle Plaine")[2] == "country"


def test_a_parent_that_is_a_town_picks_the_namesake_beside_it(gz: Gazetteer) -> None:
    # "San Jose, Batangas": no division is named Batangas in the index, but a town is; the San Jose by it
    # wins over the bigger ones elsewhere in the Philippines, and the parent is no longer "not found".
    res = gz.resolve(PlaceQuery(city="San Jose", parents=("Batangas", "Philippines")))
    assert res.city is not None and res.city.admin1_name == "Calabarzon"
    assert "Batangas" not in res.not_found


def test_a_country_beside_its_own_capital_stays_the_country(gz: Gazetteer) -> None:
    # An Oklahoma story about visitors from Tbilisi: the American names lie in Oklahoma, none in Georgia.
    visitors = ("Norman", "Okla.", "Tbilisi", "Oklahoma City", "Tulsa", "Oklahoma")
    assert _where(gz, "Georgia", *visitors)[:3] == ("GE", None, "country")
    # ... and a name in the state itself makes it the state whatever else is named.
    assert _where(gz, "Georgia", "Atlanta", "Macon", "Savannah", "Tbilisi") == ("US", "GA", "admin1")


def test_a_country_name_is_a_town_of_the_named_division_the_document_is_in(gz: Gazetteer) -> None:
    # "Mexico, Mo.": one name in Mexico (Monterrey) does not outweigh a named Missouri and its county.
    assert _where(gz, "Mexico", "Mo.", "Audrain County", "Monterrey")[:3] == ("US", "MO", "city")
    # Without a division named as such, a name in the country keeps the country.
    assert _where(gz, "Mexico", "Monterrey", "Guadalajara", "Columbia")[2] == "country"


def test_a_state_named_like_a_city_among_other_states(gz: Gazetteer) -> None:
    # A Montana story listing neighbouring states: "Washington" is one of them, as "New York" is in a list
    # of states far from the city; beside Virginia and Maryland, Washington is the capital they surround.
    assert _where(gz, "Washington", "Missoula", "Idaho", "Oregon", "Montana")[:3] == ("US", "WA", "admin1")
    assert _where(gz, "New York", "Texas", "Ohio", "Chicago") == ("US", "NY", "admin1")
    assert _where(gz, "Washington", "Virginia", "Maryland", "Richmond")[:3] == ("US", "DC", "city")
    assert _where(gz, "New York", "New Jersey", "Connecticut", "Boston")[2] == "city"


def test_a_division_abbreviation_written_alone_is_the_division(gz: Gazetteer) -> None:
    # Decidable from the name alone: "Kan" is an old name of Ganzhou and "LA" Los Angeles, but the
    # abbreviations written with their period are Kansas and Louisiana.
    assert _where(gz, "Kan.") == ("US", "KS", "admin1")
    assert _where(gz, "La.") == ("US", "LA", "admin1")
    assert _where(gz, "Ont.") == ("CA", "08", "admin1")


def test_a_feature_the_index_lacks_is_read_as_its_namesake_town(gz: Gazetteer) -> None:
    # "Lake Champlain" and "Chesapeake Bay" are in the overlay; a river, lake or base named after a town
    # that it lies by is read as that town, in the document's state when the others place it there.
    assert _where(gz, "Saranac Lake")[:2] == ("US", "NY")  # a town's own name is found first
    assert _where(gz, "Bemidji Lake") == _where(gz, "Bemidji") == ("US", "MN", "city")
    assert _where(gz, "Lake Tahoe")[2] == "region"  # the overlay's lake, not a town "Tahoe"
    place = gz.resolve(PlaceQuery(city="Mohawk River", context=("Utica", "Herkimer", "Oneida County")))
    assert place.city is not None and (place.city.name, place.city.admin1_code) == ("Mohawk", "NY")
    # With a parent, as a caption writes it, it names no city.
    assert gz.resolve(PlaceQuery(city="Mohawk River", parents=("N.Y.",))).city is None
    # Parks are no town's neighbourhood.
    assert gz.resolve(PlaceQuery(city="Custer State Park")).city is None


def test_feature_core_strips_the_type_word() -> None:
    from gazetteer._resolve._context import feature_core

    assert feature_core("Tampa Bay") == "Tampa"
    assert feature_core("Lake Bemidji") == "Bemidji"
    assert feature_core("the Hocking River") == "Hocking"
    assert feature_core("Grissom Air Reserve Base") == "Grissom"
    assert feature_core("Bagram Air Field") == "Bagram"
    assert feature_core("Lake") is None
    assert feature_core("River") is None
    assert feature_core("Yellowstone National Park") is None
    assert feature_core("Springfield") is None
    # Names without a type word at their end or "lake" anywhere are turned away before the particles are
    # stripped; the same answers as the full reading.
    assert feature_core("BAGRAM AIR FIELD") == "BAGRAM"
    assert feature_core("in Mohawk River") == "Mohawk"
    assert feature_core("in Bay") is None
    assert feature_core("the Lake Placid") == "Placid"
    assert feature_core("Salt Lake City") is None
    assert feature_core("Saint Petersbrug") is None


def test_the_volcano_not_the_town_on_another_island(gz: Gazetteer) -> None:
    place = gz.resolve(PlaceQuery(city="Kilauea", context=("Hilo", "Pahoa", "Big Island"))).most_specific
    assert place is not None and place.kind == "region" and place.latitude < 20.0  # Kīlauea town is on Kauai


def test_rivers_lakes_bases_and_parks_of_us_local_news(gz: Gazetteer) -> None:
    # Written alone, as a geoparser hands them over; none is a town of GeoNames' cities.
    for name, country, lat, lon in (
        ("Tennessee River", "US", 37.07, -88.56),  # at its mouth, Paducah
        ("the Susquehanna River", "US", 39.54, -76.08),
        ("Kentucky Lake", "US", 36.6, -88.07),
        ("Gulf of Maine", "US", 43.0, -68.5),
        ("Fort Hood", "US", 31.14, -97.78),
        ("Camp Lejeune", "US", 34.62, -77.38),
        ("Bagram Air Base", "AF", 34.95, 69.27),  # not Bahram in Iran by a loose spelling
        ("Grand Teton National Park", "US", 43.79, -110.68),
        ("Murray River", "AU", -35.55, 138.88),
        ("Savai'i", "WS", -13.65, -172.45),
    ):
        place = gz.resolve(PlaceQuery(city=name, context=("Springfield",))).most_specific
        assert place is not None and place.kind == "region" and place.country_code == country, name
        assert abs(place.latitude - lat) < 0.5 and abs(place.longitude - lon) < 0.5, name
    # A base that is a census town of GeoNames stays the town.
    knox = gz.resolve(PlaceQuery(city="Fort Knox")).most_specific
    assert knox is not None and (knox.kind, knox.admin1_code) == ("city", "KY")


def test_south_asian_districts_by_their_english_compass_names(gz: Gazetteer) -> None:
    # "Purba Champaran" is "East Champaran" in English-language outbreak reports.
    for name, other in (("East Champaran", "Pashchim"), ("West Champaran", "Pūrba")):
        place = gz.resolve(PlaceQuery(city=name, context=("Muzaffarpur", "Bihar"))).most_specific
        assert place is not None and place.kind == "admin2"
        assert (place.country_code, place.admin1_code) == ("IN", "34")
        assert not place.name.startswith(other), name


def test_a_country_name_two_countries_share_is_the_towns_own(gz: Gazetteer) -> None:
    # GeoNames' "Congo" is the Republic of the Congo and "Korea" South Korea; a town written before the
    # name that only the other country holds is in that one, compass word or not.
    goma = gz.resolve(PlaceQuery(city="Goma", parents=("eastern Congo",)))
    assert goma.city is not None and goma.city.country_code == "CD"
    bukavu = gz.resolve(PlaceQuery(city="Bukavu", parents=("Congo",)))
    assert bukavu.city is not None and bukavu.city.country_code == "CD"
    kaesong = gz.resolve(PlaceQuery(city="Kaesong", parents=("Korea",)))
    assert kaesong.city is not None and kaesong.city.country_code == "KP"
    # The town of the first reading keeps it; the name alone keeps GeoNames' reading.
    brazzaville = gz.resolve(PlaceQuery(city="Pointe-Noire", parents=("Congo",)))
    assert brazzaville.city is not None and brazzaville.city.country_code == "CG"
    alone = gz.resolve(PlaceQuery(city="Congo")).country
    assert alone is not None and alone.country_code == "CG"
    assert gz.shared_country_codes("eastern Congo") == ("CG", "CD")
    assert gz.shared_country_codes("Ghana") == ()
