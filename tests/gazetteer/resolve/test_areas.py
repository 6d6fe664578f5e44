"""country() and admin1(): what the caption parser uses to classify the parts of a place chain."""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer, PlaceQuery


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Ukraine", "UA"), ("UKRAINE", "UA"), ("U.S.", "US"), ("USA", "US"), ("United States", "US"),
        ("Britain", "GB"), ("UK", "GB"), ("England", "GB"), ("Scotland", "GB"), ("Northern Ireland", "GB"),
        ("Turkiye", "TR"), ("Türkiye", "TR"), ("Turkey", "TR"), ("Russia", "RU"), ("South Korea", "KR"),
        ("Ivory Coast", "CI"), ("Côte d'Ivoire", "CI"), ("Georgia", "GE"), ("the Netherlands", "NL"),
        ("Korea, Republic of", "KR"), ("Republic of Korea", "KR"), ("Iran", "IR"), ("Kosovo", "XK"),
        ("UKR", "UA"), ("GBR", "GB"),
        # Datelines in German, French, Spanish, Italian (pycountry's translations).
        ("Österreich", "AT"), ("Deutschland", "DE"), ("Espagne", "ES"), ("Estados Unidos", "US"),
        ("Stati Uniti", "US"),
        # A town that bears the name is small: a Philippine village, an Indonesian hamlet, a Brazilian town of
        # 72,000 (Tailândia), a Texan one of 17,000 (Nederland).
        ("España", "ES"), ("Polen", "PL"), ("Tailandia", "TH"), ("Líbano", "LB"), ("Nederland", "NL"),
        # Nordic, Polish, Czech, Slovak, Slovenian, Croatian, Romanian, Turkish, Indonesian, Malay, Hungarian,
        # Finnish and Catalan.
        ("Sverige", "SE"), ("Danmark", "DK"), ("Norge", "NO"), ("Tyskland", "DE"), ("Polska", "PL"),
        ("Niemcy", "DE"), ("Česko", "CZ"), ("Slovensko", "SK"), ("Hrvatska", "HR"), ("Slovenija", "SI"),
        ("România", "RO"), ("Almanya", "DE"), ("Yunanistan", "GR"), ("Jerman", "DE"), ("Belanda", "NL"),
        ("Magyarország", "HU"), ("Suomi", "FI"), ("Ruotsi", "SE"), ("Alemanya", "DE"),
    ],
)  # fmt: skip
def test_country_names_and_aliases(gz: Gazetteer, text: str, code: str) -> None:
    place = gz.country(text)
    assert place is not None and place.country_code == code
    assert place.kind == "country" and place.feature_class == "A"


@pytest.mark.parametrize(
    "text", ["Mission", "Bar", "Central", "Texas", "Kyiv", "CAN", "MAR", "IN", "", "  ", "Granada"]
)
def test_ordinary_words_and_places_are_not_countries(gz: Gazetteer, text: str) -> None:
    assert gz.country(text) is None


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Granada", "ES"),  # Portuguese for Grenada; a Spanish city of 230,000
        ("Salvador", "BR"),  # French, Czech for El Salvador; Bahia's capital
        ("França", "BR"),  # Portuguese for France; Franca, São Paulo, a city of 350,000
        ("Santa Lucía", None),  # Spanish for Saint Lucia, a country of 180,000; forty towns bear the name
        ("Komoro", "JP"),  # Indonesian for the Comoros; a Japanese city of 46,000, a twentieth of them
    ],
)
def test_a_translated_name_a_sizeable_town_bears_is_the_town(
    gz: Gazetteer, text: str, town: str | None
) -> None:
    assert gz.country(text) is None
    if town is not None:
        assert town in {c.place.country_code for c in gz.candidates(text)}


@pytest.mark.parametrize(
    "text",
    [
        # English words ("Staten Island", "indie", "chili", "Argentine beef") and given names ("Maurizio
        # Sarri", "Dominika Cibulkova"): left out of pycountry's translations by the overlay.
        "Island", "Indie", "Chili", "Argentine", "Swiss", "Maurizio", "Mauricio", "Dominique", "Dominika",
        "Turki", "Hellas",
        # Translation slips in pycountry's catalogues: "Domov" is Czech for "home".
        "Domov", "Slovenčina",
    ],
)  # fmt: skip
def test_translations_that_are_words_or_names_are_no_countries(gz: Gazetteer, text: str) -> None:
    assert gz.country(text) is None


def test_country_carries_codes_names_and_coordinates(gz: Gazetteer) -> None:
    ukraine = gz.country("Ukraine")
    assert ukraine is not None
    assert (ukraine.country_code3, ukraine.name, ukraine.geonames_id) == ("UKR", "Ukraine", 690791)
    assert 44 < ukraine.latitude < 53 and 22 < ukraine.longitude < 41
    india = gz.country("IN", codes=True)
    assert india is not None and india.country_code == "IN"
    assert gz.country_by_code("ukr") == ukraine


@pytest.mark.parametrize(
    ("text", "country_code", "expected"),
    [
        ("Luhansk region", None, ("UA", "14", "Luhansk Oblast")),
        ("Lugansk", None, ("UA", "14", "Luhansk Oblast")),
        ("Lugansk region", "UA", ("UA", "14", "Luhansk Oblast")),
        ("the Donetsk region", None, ("UA", "05", "Donetsk Oblast")),
        ("Kyiv region", None, ("UA", "13", "Kyiv Oblast")),
        ("Kyiv Oblast", None, ("UA", "13", "Kyiv Oblast")),
        ("Calif.", None, ("US", "CA", "California")),
        ("Mass.", None, ("US", "MA", "Massachusetts")),
        ("Ga.", None, ("US", "GA", "Georgia")),
        ("W.Va.", None, ("US", "WV", "West Virginia")),
        ("D.C.", None, ("US", "DC", "District of Columbia")),
        ("Texas", None, ("US", "TX", "Texas")),
        ("Georgia", "US", ("US", "GA", "Georgia")),
        ("CA", "US", ("US", "CA", "California")),
        ("Sindh province", None, ("PK", "05", "Sindh")),
        ("Sichuan Province", None, ("CN", "32", "Sichuan")),
        ("New York State", None, ("US", "NY", "New York")),
        ("Washington state", None, ("US", "WA", "Washington")),
        ("Crimea", None, ("UA", "11", "Crimea")),
        ("England", None, ("GB", "ENG", "England")),
        ("Bavaria", None, ("DE", "02", "Bavaria")),
        # English names where the generator had taken a German or adjectival alternate's core.
        ("Région wallonne", None, ("BE", "WAL", "Wallonia")),
        ("Vlaanderen", None, ("BE", "VLG", "Flanders")),
        ("Mazowieckie", "PL", ("PL", "78", "Mazovia")),
        ("Kríti", None, ("GR", "ESYE43", "Crete")),
        ("Tirol", "AT", ("AT", "07", "Tyrol")),
        # Ethiopia's regional states without the generator's "Regional", in their usual spelling.
        ("Tigray Regional State", None, ("ET", "53", "Tigray")),
        ("Amhara Regional State", None, ("ET", "46", "Amhara")),
        ("Benishangul-Gumuz region", None, ("ET", "47", "Benishangul-Gumuz")),
        ("Oromia Region", "ET", ("ET", "51", "Oromia")),
    ],
)
def test_admin1_names_abbreviations_and_generic_words(
    gz: Gazetteer, text: str, country_code: str | None, expected: tuple[str, str, str]
) -> None:
    place = gz.admin1(text, country_code)
    assert place is not None, text
    assert (place.country_code, place.admin1_code, place.name) == expected
    assert place.kind == "admin1"


def test_admin1_iso_code_and_coordinates(gz: Gazetteer) -> None:
    luhansk = gz.admin1("Luhansk Oblast")
    assert luhansk is not None
    assert luhansk.iso_3166_2 == "UA-09" and luhansk.geonames_id == 702657
    assert 47.5 < luhansk.latitude < 50.5 and 37.5 < luhansk.longitude < 40.5
    assert luhansk.country_name == "Ukraine" and luhansk.country_code3 == "UKR"


@pytest.mark.parametrize("text", ["Central", "Northern", "North", "Mission", "CA", "Ore", "region", "Calif"])
def test_admin1_refuses_generic_words_without_a_country(gz: Gazetteer, text: str) -> None:
    assert gz.admin1(text) is None


def test_admin1_country_filter(gz: Gazetteer) -> None:
    assert gz.admin1("Georgia", country_code="GE") is None or gz.admin1("Georgia", "GE").country_code == "GE"  # type: ignore[union-attr]
    punjab_pk = gz.admin1("Punjab", "PK")
    assert punjab_pk is not None and punjab_pk.country_code == "PK"
    punjab_in = gz.admin1("Punjab", "IN")
    assert punjab_in is not None and punjab_in.country_code == "IN"


def test_classify_chain_parts(gz: Gazetteer) -> None:
    assert gz.classify("Georgia")[0] == "country"
    assert gz.classify("Texas")[0] == "admin1"
    assert gz.classify("Kyiv")[0] == "city"
    assert gz.classify("Luhansk region") == ("admin1",)
    assert gz.classify("Mission")[0] == "city"
    assert gz.classify("eastern Ukraine") == ("region",)
    assert gz.classify("Xyzzyq") == ()


def test_region_descriptors(gz: Gazetteer) -> None:
    east = gz.region("eastern Ukraine")
    assert east is not None and east.kind == "region" and east.country_code == "UA"
    assert east.longitude > 33  # east of the country's centre
    south = gz.region("southern Turkey")
    assert south is not None and south.country_code == "TR" and south.latitude < 39.5
    donbas = gz.region("the Donbas")
    assert donbas is not None and donbas.name == "Donbas" and 47 < donbas.latitude < 50
    west_bank = gz.region("West Bank")
    assert west_bank is not None and west_bank.country_code == "PS"


@pytest.mark.parametrize(
    ("city", "country", "code"),
    [("Hamilton", "Bermuda", "BM"), ("Vaduz", "Liechtenstein", "LI"), ("Valletta", "Malta", "MT")],
)
def test_a_small_capital_named_like_its_division_is_the_city(
    gz: Gazetteer, city: str, country: str, code: str
) -> None:
    # Hamilton, Bermuda's capital, lies in a division of its own name ("Hamilton city") beside Hamilton
    # parish: the capital is meant, however small.
    res = gz.resolve(PlaceQuery(city=city, parents=(country,)))
    assert res.city is not None
    assert (res.city.name, res.city.country_code) == (city, code)


def test_a_name_a_division_takes_only_from_its_seats_old_names_is_a_town(gz: Gazetteer) -> None:
    # "Salina" is an old name of Larnaca, the seat of Larnaka district: alone, it is Salina, Kan.
    salina = gz.resolve(PlaceQuery(city="Salina")).most_specific
    assert salina is not None and salina.kind == "city"
    assert (salina.country_code, salina.admin1_code) == ("US", "KS")
    # The division's own names are unchanged, and so is a seat's spelling written with its division.
    larnaka = gz.resolve(PlaceQuery(city="Larnaka District")).most_specific
    assert larnaka is not None and larnaka.country_code == "CY"
    lugansk = gz.resolve(PlaceQuery(city="Lugansk")).most_specific
    assert lugansk is not None and lugansk.country_code == "UA"


@pytest.mark.parametrize(
    ("text", "country", "code"),
    [
        ("Edo", "NG", "Edo"),
        ("Victoria", "AU", "Victoria"),
        ("Antioquia", "CO", "Antioquia"),
        ("Jura", "CH", "Jura"),
    ],
)
def test_a_division_name_is_no_namesake_abroad_by_an_old_or_foreign_name(
    gz: Gazetteer, text: str, country: str, code: str
) -> None:
    # "Flooding in Edo" is Nigeria's state, not Tokyo by its old name; "bushfires in Victoria" Australia's
    # state, not Hong Kong's old city name; Antakya was Antioch (Antioquia), Győr Jaurinum (Jura).
    res = gz.resolve(PlaceQuery(city=text))
    assert res.city is None and res.admin1 is not None
    assert (res.admin1.country_code, res.admin1.name) == (country, code)


def test_a_namesake_abroad_that_bears_a_division_name_as_its_own_still_takes_it(gz: Gazetteer) -> None:
    # A city bearing the name as its own, big enough, keeps it: Bari is the Italian port, not the Somali
    # region; written with its division's country the town abroad is ruled out.
    bari = gz.resolve(PlaceQuery(city="Bari")).most_specific
    assert bari is not None and (bari.kind, bari.country_code) == ("city", "IT")
    tokyo = gz.resolve(PlaceQuery(city="Edo", parents=("Japan",))).most_specific
    assert tokyo is not None and tokyo.country_code == "JP"
