"""Towns as local pages write them (`_locate/_towns.py`, `_parse/_place/_weak.py`, `_parse/_place/_mentions.py`):
a county of Ireland after "Co", a site with a word of its kind, a German town adjective opening the caption,
a town opening the caption as a site's attribute."""

from __future__ import annotations

import pytest

from captions import Normaliser
from captions._locate._towns import irish_county_country, town_prefixes
from captions._model import WarningCode
from captions._parse._place._mentions import _modifier_towns
from tests.conftest import located


@pytest.mark.parametrize(
    ("caption", "city", "country"),
    [
        # A site named after its town before the county: the town, in the county's country (not Kos, Greece).
        (
            "Commuters queue at Greystones station, Co Wicklow, on Monday morning. Photograph: Ciara Dunne",
            "Greystones",
            "IE",
        ),
        ("A ferry waits at Larne harbour, Co Antrim, on Thursday. Photograph: Paul Faith", "Larne", "GB"),
        ("Boats moored at Cobh harbour, County Cork, on Wednesday. Photograph: Orla Keane", "Cobh", "IE"),
        # The county after a town, with a full stop: its country narrows the town.
        (
            "Shoppers on the main street in Clonakilty, Co. Cork, on Friday. Photograph: Orla Keane",
            "Clonakilty",
            "IE",
        ),
    ],
)
def test_a_county_of_ireland_after_co_is_in_its_country(
    normaliser: Normaliser, caption: str, city: str, country: str
) -> None:
    assert located(normaliser, caption, "city", "country_code") == (city, country)


def test_a_county_of_ireland_alone_names_its_country_and_no_town(normaliser: Normaliser) -> None:
    caption = "Flooded fields in Co Galway on Tuesday. Photograph: Ciara Dunne"
    assert located(normaliser, caption, "city", "country_code") == (None, "IE")


@pytest.mark.parametrize(
    ("caption", "city"),
    [
        # With only the county read as the place, the town owning a site or an event in the caption.
        (
            "Ballinrobe's Main Street lies under water after heavy rain across Co Mayo. Photo: Ann Walsh",
            "Ballinrobe",
        ),
        (
            "Judges inspect Limousin heifers at the Virginia Show in Co Cavan on Sunday. Picture: Ann Walsh",
            "Virginia",
        ),
    ],
)
def test_a_town_owning_a_site_or_an_event_in_a_county_of_ireland_is_the_town(
    normaliser: Normaliser, caption: str, city: str
) -> None:
    assert located(normaliser, caption, "city", "country_code") == (city, "IE")


def test_a_given_names_possessive_in_a_county_of_ireland_is_no_town(normaliser: Normaliser) -> None:
    caption = "Rose's cattle graze on the family farm in Co Galway on Tuesday. Photograph: Ciara Dunne"
    assert located(normaliser, caption, "city", "country_code") == (None, "IE")


def test_a_county_needs_its_prefix(normaliser: Normaliser) -> None:
    gazetteer = normaliser.gazetteer
    assert irish_county_country("Co Wicklow", gazetteer) is not None
    assert irish_county_country("Wicklow", gazetteer) is None  # the town
    assert irish_county_country("Co Durham", gazetteer) is None  # no county of Ireland


@pytest.mark.parametrize(
    ("caption", "city"),
    [
        ("Trawlers unload at the Kochi fishing harbour in Kerala on Saturday. Photo: Anil Menon", "Kochi"),
        (
            "Boats moored at the Visakhapatnam fishing harbour in Andhra Pradesh on Monday. Photo: Ravi Kumar",
            "Visakhapatnam",
        ),
    ],
)
def test_a_site_with_a_word_of_its_kind_is_in_its_town_in_the_state(
    normaliser: Normaliser, caption: str, city: str
) -> None:
    assert located(normaliser, caption, "city", "country_code") == (city, "IN")


@pytest.mark.parametrize(
    ("caption", "city", "country"),
    [
        ("Der Zürcher Hauptbahnhof am Mittwochmorgen. Bild: Keystone/Lea Frei", "Zürich", "CH"),
        ("Pendler im Zürcher Hauptbahnhof am Montag. Bild: Keystone/Lea Frei", "Zürich", "CH"),
        ("Der Kölner Dom im Abendlicht am Sonntag. Foto: Jana Roth/dpa", "Köln", "DE"),
        ("Das Hamburger Rathaus am Dienstag. Foto: Jana Roth/dpa", "Hamburg", "DE"),
    ],
)
def test_a_german_town_adjective_before_a_towns_place_names_the_town(
    normaliser: Normaliser, caption: str, city: str, country: str
) -> None:
    assert located(normaliser, caption, "city", "country_code") == (city, country)


def test_a_german_town_adjective_before_no_place_names_no_town(normaliser: Normaliser) -> None:
    record = normaliser.normalise(
        "Die Berliner Philharmoniker bei der Probe am Mittwoch. Foto: Jana Roth/dpa"
    )
    assert record.location is None or record.location.city is None


@pytest.mark.parametrize(
    ("sentence", "towns"),
    [
        ("Brighton seafront on a sunny Sunday afternoon", ("Brighton",)),
        ("Wollongong harbour at sunrise on Tuesday", ("Wollongong",)),
        # No site or view after the name: a team, a breed, a street.
        ("Liverpool fans sing before kick-off", ()),
        ("Boston terrier puppies at the dog show", ()),
        ("London Road was closed after a crash", ()),
        ("Liverpool match tickets go on sale", ()),
    ],
)
def test_a_town_opening_the_sentence_before_a_site(sentence: str, towns: tuple[str, ...]) -> None:
    assert _modifier_towns(sentence) == towns


def test_a_town_opening_the_caption_before_a_site_is_the_city(normaliser: Normaliser) -> None:
    caption = "Hobart waterfront during the winter festival on Friday. Picture: Sam Rosewarne"
    assert located(normaliser, caption, "city", "country_code") == ("Hobart", "AU")


def test_a_barrio_named_with_de_is_no_town_of_its_name(normaliser: Normaliser) -> None:
    caption = "Vecinos barren la vereda en el barrio de Palermo, el miércoles. Foto: Lucía Prieto"
    assert located(normaliser, caption, "city", "country_code") == (None, None)


def test_a_barrio_before_its_town_is_in_the_town(normaliser: Normaliser) -> None:
    caption = (
        "Vecinos barren la vereda en el barrio de Palermo, en Buenos Aires, el miércoles. Foto: Lucía Prieto"
    )
    assert located(normaliser, caption, "city", "country_code") == ("Buenos Aires", "AR")


def test_a_street_named_after_a_town_is_not_in_it(normaliser: Normaliser) -> None:
    record = normaliser.normalise(
        "London Road was closed after a crash on Tuesday evening. Picture: Ana Pike"
    )
    assert record.location is None or record.location.city is None


def test_a_street_before_its_town_is_in_the_town(normaliser: Normaliser) -> None:
    caption = "Shoppers on Oxford Street in London on Boxing Day. Picture: Ana Pike"
    assert located(normaliser, caption, "city") == ("London",)


@pytest.mark.parametrize(
    ("caption", "city", "country"),
    [
        # Under the 100,000 a modifier read anywhere needs: the national agency's or paper's home holds it.
        ("Hove beach huts on a sunny Thursday. (Gareth Fuller/PA)", "Hove", "GB"),
        ("Whitstable harbour on Tuesday morning. (Gareth Fuller/PA)", "Whitstable", "GB"),
        # A word of the site's kind before its noun; the Sydney Morning Herald's credit names its home.
        ("Manly ferry wharf on Wednesday morning. Picture: Nick Moir/SMH", "Manly", "AU"),
        ("Cronulla beach on a hot Sunday afternoon. Picture: Wolter Peeters/SMH", "Cronulla", "AU"),
    ],
)
def test_a_small_town_opening_the_caption_as_a_site_s_attribute_at_the_page_s_home(
    normaliser: Normaliser, caption: str, city: str, country: str
) -> None:
    assert located(normaliser, caption, "city", "country_code") == (city, country)


@pytest.mark.parametrize(
    "caption",
    [
        # No home told: a town of 75,000 is too small to read off a modifier anywhere.
        "Hove beach huts on a sunny Thursday. Picture: Terry Quarrendon",
        # At home, but no site: a breed and a cake are no town's.
        "Boston terrier puppies at a dog show on Tuesday. (Joe Giddens/PA)",
        "Victoria sponge cakes at a village fete on Saturday. (Joe Giddens/PA)",
    ],
)
def test_no_small_town_read_off_a_modifier_without_home_or_site(normaliser: Normaliser, caption: str) -> None:
    location = normaliser.normalise(caption).location
    assert location is None or location.city is None


def test_a_kind_word_before_a_site_noun_keeps_the_opening_town() -> None:
    assert _modifier_towns("Manly ferry wharf on Wednesday morning.") == ("Manly",)
    assert _modifier_towns("Leeds city centre shoppers on Saturday.") == ("Leeds",)
    assert _modifier_towns("Boston terrier puppies at a dog show.") == ()


@pytest.mark.parametrize(
    ("caption", "city"),
    [
        (
            "Kendal's new town mayor greets visitors outside Kendal Town Hall on Saturday. Picture: Westmorland Gazette",
            "Kendal",
        ),
        (
            "Ludlow's new town mayor poses outside Ludlow Assembly Rooms on Saturday. Picture: Shropshire Star",
            "Ludlow",
        ),
    ],
)
def test_a_site_read_decides_its_own_town_without_the_modifier_flag(
    normaliser: Normaliser, caption: str, city: str
) -> None:
    """ "Ludlow's new mayor ... outside Ludlow Assembly Rooms": the site names its town, so the modifier read at
    the paper's home adds no doubt."""
    record = normaliser.normalise(caption)
    assert record.location is not None and record.location.city == city
    assert WarningCode.AMBIGUOUS_PLACE not in {w.code for w in record.warnings}


@pytest.mark.parametrize(
    ("caption", "city", "country"),
    [
        # A service club's branch "of" its town, anywhere in the sentence: the page's own town, not a town
        # the gazetteer holds near a street's name (Napier, New Zealand).
        (
            "Members of the Rotary Club of Shepparton plant trees on Corio Street North on Saturday. Picture: "
            "Ella Brody",
            "Shepparton",
            "AU",
        ),
        (
            "Volunteers from the Lions Club of Missoula clear litter along Reserve Street on Saturday. (Courtesy "
            "of Lions Club of Missoula)",
            "Missoula",
            "US",
        ),
        # A town's food bank, named after it, before its street.
        (
            "Volunteers at the Tralee Foodbank on Rock Street sort donations on Wednesday. Photo: Pat Moore",
            "Tralee",
            "IE",
        ),
    ],
)
def test_a_towns_club_or_food_bank_names_it(
    normaliser: Normaliser, caption: str, city: str, country: str
) -> None:
    assert located(normaliser, caption, "city", "country_code") == (city, country)


@pytest.mark.parametrize(
    ("caption", "city"),
    [
        # A Canadian police detachment named after its town, and a road "east of the city": no town of its own.
        (
            "Dryden OPP investigate a collision on Highway 17 east of the city on Friday. (Submitted photo)",
            "Dryden",
        ),
        ("Nanaimo RCMP officers stop drivers at a checkpoint on the Island Highway on Friday.", "Nanaimo"),
    ],
)
def test_a_towns_police_detachment_names_it(normaliser: Normaliser, caption: str, city: str) -> None:
    assert located(normaliser, caption, "city", "country_code") == (city, "CA")


@pytest.mark.parametrize(
    ("name", "prefixes"),
    [
        ("Alchevsk Metallurgical Complex", ("Alchevsk Metallurgical", "Alchevsk")),
        # A town's possessive before its site ends the name the town may be; a saint's too, which the
        # gazetteer holds as no town ("St Mary's Church" had been read as St. Marys, Georgia, flagged).
        ("Kendal's Market Place", ("Kendal",)),
        ("Bakewell's Old Market Hall", ("Bakewell",)),
        ("St Mary's Church", ("St Mary",)),
    ],
)
def test_a_towns_possessive_before_its_site_is_the_town_it_may_be(
    name: str, prefixes: tuple[str, ...]
) -> None:
    assert town_prefixes(name) == prefixes


def test_a_towns_possessive_site_places_the_picture_in_it(normaliser: Normaliser) -> None:
    caption = "Shoppers at Poprad's Námestie svätého Egídia on Saturday. Foto: Ján Novák"
    assert located(normaliser, caption, "city", "country_code") == ("Poprad", "SK")
