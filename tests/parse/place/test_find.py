"""The place chain: sublocation, city, parents and notes; then resolved with the gazetteer."""

from __future__ import annotations

import pytest

from captions import Normaliser
from captions._model import WarningCode
from captions._parse import clean_with_breaks, zone
from captions._parse._credit import find_credit
from captions._parse._date import find_date
from captions._parse._place import PlaceText, find_place
from tests.conftest import located

COUNTRIES = {
    "ukraine",
    "russia",
    "poland",
    "spain",
    "kenya",
    "china",
    "turkey",
    "pakistan",
    "india",
    "u.s.",
    "usa",
    "britain",
    "england",
    "japan",
    "germany",
    "france",
    "brazil",
    "libya",
    "italy",
    "mexico",
    "haiti",
}
DIVISIONS = {
    "calif.",
    "texas",
    "ohio",
    "mass.",
    "ga.",
    "luhansk region",
    "donetsk region",
    "kharkiv region",
    "sindh province",
    "sichuan province",
    "jilin province",
    "new york",
    "pa.",
    "b.c.",
    "michigan",
}


class Lookup:
    """The gazetteer questions the parser asks, answered from a small fixed list."""

    def country(self, text: str) -> object | None:
        return text if text.strip().lower() in COUNTRIES else None

    def admin1(self, text: str, country_code: str | None = None) -> object | None:
        return text if text.strip().lower() in DIVISIONS else None

    def admin1_by_iso(self, iso: str) -> object | None:
        return None

    def classify(self, text: str, country_code: str | None = None) -> tuple[str, ...]:
        key = text.strip().lower()
        return ("country",) if key in COUNTRIES else ("admin1",) if key in DIVISIONS else ("city",)

    def candidates(self, name: str) -> list[object]:
        return []

    def landmark(self, text: str) -> object | None:
        return None


def place(caption: str) -> PlaceText:
    text, breaks = clean_with_breaks(caption)
    credit = find_credit(text, breaks)
    zones = zone(text, credit.span, breaks)
    return find_place(zones, find_date(zones, None).anchor, Lookup())


@pytest.mark.parametrize(
    ("caption", "sublocation", "city", "parents"),
    [
        (
            "Trucks wait at the Yahodyn border crossing near Lyubomyl, Ukraine, Monday, Feb. 26, 2024. (AP Photo/Ann Lee)",
            "Yahodyn border crossing",
            "Lyubomyl",
            ("Ukraine",),
        ),
        (
            "Volunteers clear debris in Irpin, on the outskirts of Kyiv, Ukraine, Tuesday, April 12, 2022. (AP Photo/Ann Lee)",
            None,
            "Irpin",
            ("Ukraine",),
        ),
        (
            "A man walks in the town of Kupiansk, Kharkiv region, Ukraine March 3, 2024. REUTERS/Vyacheslav Madiyevskyy",
            None,
            "Kupiansk",
            ("Kharkiv region", "Ukraine"),
        ),
        (
            "Fields lie flooded in Sindh province, Pakistan, Saturday, Sept. 3, 2022. (AP Photo/Fareed Khan)",
            None,
            None,
            ("Sindh province", "Pakistan"),
        ),
        (
            "A woman votes inside a polling station in Kenya's town of Nyeri March 4, 2013. REUTERS/Thomas Mukoya",
            "polling station",
            "Nyeri",
            ("Kenya",),
        ),
        (
            "Tourists walk in the Gion district of Kyoto, Japan, Friday, April 5, 2024. (AP Photo/Hiro Komae)",
            "Gion",
            "Kyoto",
            ("Japan",),
        ),
        (
            "Pedestrians cross the street in downtown Los Angeles, Monday, Jan. 8, 2024. (AP Photo/Jae C. Hong)",
            None,
            "Los Angeles",
            (),
        ),
        (
            "Mourners pray at St. Michael's Cathedral in Kyiv, Ukraine, Monday, Feb. 24, 2024. (AP Photo/Ann Lee)",
            "St. Michael's Cathedral",
            "Kyiv",
            ("Ukraine",),
        ),
        (
            "Firefighters work near Paradise, Calif., Friday, Nov. 9, 2018. (AP Photo/Noah Berger)",
            None,
            "Paradise",
            ("Calif.",),
        ),
        (
            "Rescuers search the rubble in Antakya, southern Turkey, Tuesday, Feb. 7, 2023. (AP Photo/Hussein Malla)",
            None,
            "Antakya",
            ("Turkey",),
        ),
        (
            "NEW YORK, NEW YORK - MARCH 21: People walk through Times Square on March 21, 2023 in New York City. "
            "(Photo by Ann Lee/Getty Images)",
            "Times Square",
            "New York City",
            ("New York",),
        ),
        ("12 June 2022, Hamburg: Ships leave the port. Photo: Lena Brandt/dpa", None, "Hamburg", ()),
        (
            "Soccer Football - Bundesliga - Bayern v Dortmund - Allianz Arena, Munich, Germany - March 30, 2024 "
            "Fans cheer REUTERS/Ann Lee",
            "Allianz Arena",
            "Munich",
            ("Germany",),
        ),
        (
            "Refugees from Mariupol arrive at a registration center in Zaporizhzhia, Ukraine, Tuesday, May 3, 2022. "
            "(AP Photo/Ann Lee)",
            "registration center",
            "Zaporizhzhia",
            ("Ukraine",),
        ),
        (
            "Shoppers walk past stalls in Beijing, capital of China, April 5, 2023. (Xinhua/Li He)",
            None,
            "Beijing",
            ("China",),
        ),
        (
            "Irish Prime Minister Leo Varadkar, right, is greeted outside 10 Downing Street in London, Tuesday, "
            "Oct. 1, 2024. (AP Photo/Ann Lee)",
            "10 Downing Street",
            "London",
            (),
        ),
        (
            "President Joe Biden walks on the South Lawn of the White House in Washington, Friday, Sept. 6, 2024, "
            "before departing for Wisconsin. (AP Photo/Ann Lee)",
            "South Lawn of the White House",
            "Washington",
            (),
        ),
        (
            "FILE PHOTO: Cranes stand at a terminal in the port of Hamburg, Germany, January 19, 2023. "
            "REUTERS/Ann Lee/File Photo",
            "port of Hamburg",
            "Hamburg",
            ("Germany",),
        ),
        (
            "LONDON, ENGLAND - JUNE 15: Guardsmen march during Trooping the Colour at Horse Guards Parade on June "
            "15, 2024 in London, England. (Photo by Ann Lee/Getty Images)",
            "Horse Guards Parade",
            "London",
            ("England",),
        ),
        (
            "March 11, 2016 - Detroit, Michigan, U.S. - Teachers rally outside the Fisher Building as DANA COLE, "
            "president of the local union, speaks to reporters. (Credit Image: © Ann Lee/ZUMA Wire)",
            "Fisher Building",
            "Detroit",
            ("Michigan", "U.S."),
        ),
        # The chain ends before "in this ... photo", and an abbreviation keeps its stop at a sentence end.
        (
            "A wildfire burns near Fort Nelson, B.C., in this handout photo taken Friday, May 10, 2024. "
            "THE CANADIAN PRESS/HO-BC Wildfire Service",
            None,
            "Fort Nelson",
            ("B.C.",),
        ),
        (
            "Smoke rises after a fire in downtown Port-au-Prince, Haiti, in this screen grab obtained from a "
            "social media video released on March 9, 2024. @HaitiInfoLive/via REUTERS",
            None,
            "Port-au-Prince",
            ("Haiti",),
        ),
        (
            "Fans cheer during a friendly soccer match, Saturday, June 1, 2024, in Chester, Pa. (AP Photo/Ann Lee)",
            None,
            "Chester",
            ("Pa.",),
        ),
        # After the date only "in", "at", "near" ... carry the place on, not "amid".
        (
            "A soldier patrols a street in Kherson on May 20, 2022, amid the Russian military action in Ukraine. "
            "(Photo by Ann LEE / AFP)",
            None,
            "Kherson",
            (),
        ),
    ],
)
def test_place_chain(
    caption: str, sublocation: str | None, city: str | None, parents: tuple[str, ...]
) -> None:
    found = place(caption)
    assert (found.sublocation, found.city, found.parents) == (sublocation, city, parents)


@pytest.mark.parametrize(
    ("caption", "city", "note"),
    [
        (
            "Soldiers check cars at a checkpoint in the Gurez valley, in Indian-administered Kashmir, "
            "May 4, 2026. REUTERS/Stringer",
            "Kashmir",
            "Indian-administered",
        ),
        (
            "Children walk to school in Muzaffarabad, Pakistan-administered Kashmir, May 4, 2026. "
            "REUTERS/Akhtar Soomro",
            "Muzaffarabad",
            "Pakistan-administered",
        ),
    ],
)
def test_who_administers_a_land_is_a_note_not_its_name(caption: str, city: str, note: str) -> None:
    # "Indian-administered Kashmir" was read whole as a town's name; the adjective is a control note.
    found = place(caption)
    assert city in (found.city, *found.parents)
    assert found.note == note


def test_control_note_and_region_descriptor() -> None:
    found = place(
        "A soldier stands near Popasna town, on the territory which is under the Government of the Luhansk "
        "People's Republic control, eastern Ukraine, Friday, May 20, 2022. (AP Photo)"
    )
    assert found.city == "Popasna" and found.parents == ("Ukraine",)
    assert found.world_region == "eastern Ukraine"
    assert (
        found.note
        == "on the territory which is under the Government of the Luhansk People's Republic control"
    )


def test_facility_named_after_its_town() -> None:
    found = place("Workers leave the Avdiivka Coke Plant, eastern Ukraine, Monday, May 2, 2022. (AP Photo)")
    assert found.sublocation == "Avdiivka Coke Plant" and found.city is None


@pytest.mark.parametrize(
    ("caption", "city", "province", "country_code"),
    [
        (
            "A soldier stands near Schastia town, eastern Ukraine, Friday, May 20, 2022. (AP Photo)",
            "Shchastya",
            "Luhansk",
            "UA",
        ),
        (
            "People board a train in Pokrovsk railway station, eastern Ukraine, Friday, May 20, 2022. (AP Photo/Ann Lee)",
            "Pokrovsk",
            "Donetsk",
            "UA",
        ),
        (
            "A view of Severodonetsk, Lugansk region, Ukraine June 1, 2022. REUTERS/Ann Lee",
            None,
            "Luhansk",
            "UA",
        ),
        ("Crowds gather in Paris, Texas, Tuesday, July 4, 2023. (AP Photo/Ann Lee)", "Paris", "Texas", "US"),
        (
            "Students walk in Cambridge, Mass., Thursday, June 29, 2023. (AP Photo/Ann Lee)",
            "Cambridge",
            "Massachusetts",
            "US",
        ),
        (
            "Rescuers search in Kahramanmaras, southern Turkey, Tuesday, Feb. 7, 2023. (AP Photo/Ann Lee)",
            None,
            None,
            "TR",
        ),
        (
            "Fields lie flooded in Sindh province, Pakistan, Saturday, Sept. 3, 2022. (AP Photo/Fareed Khan)",
            None,
            "Sindh",
            "PK",
        ),
        (
            "Cherry trees bloom at a park in Tokyo, Friday, March 24, 2023. (AP Photo/Ann Lee)",
            "Tokyo",
            None,
            "JP",
        ),
    ],
)
def test_resolved_location(
    normaliser: Normaliser, caption: str, city: str | None, province: str | None, country_code: str
) -> None:
    location = normaliser.normalise(caption).location
    assert location is not None
    assert location.country_code == country_code
    if city:
        assert location.city == city
    if province:
        assert location.province_state is not None and province in location.province_state
    assert location.latitude is not None and location.geonames_id is not None


@pytest.mark.parametrize(
    ("caption", "sublocation", "city", "province"),
    [
        # Towns named like places within one: the division written beside them decides.
        (
            "Surfers ride waves in Long Beach, Calif., Sunday, July 14, 2024. (AP Photo/Ann Lee)",
            None,
            "Long Beach",
            "California",
        ),
        (
            "People gather in Highland Park, Ill., Monday, July 4, 2022. (AP Photo/Ann Lee)",
            None,
            "Highland Park",
            "Illinois",
        ),
        (
            "Fans cheer at Hard Rock Stadium, Sunday, July 14, 2024, in Miami Gardens, Fla. (AP Photo/Ann Lee)",
            "Hard Rock Stadium",
            "Miami Gardens",
            "Florida",
        ),
        # A park that is no town of that state stays a park, and no "Central" elsewhere stands in.
        (
            "Crowds walk in Central Park, New York, July 4, 2024. REUTERS/Ann Lee",
            "Central Park",
            "New York City",
            "New York",
        ),
    ],
)
def test_town_or_place_within_one(
    normaliser: Normaliser, caption: str, sublocation: str | None, city: str, province: str
) -> None:
    assert located(normaliser, caption, "sublocation", "city", "province_state") == (
        sublocation,
        city,
        province,
    )


@pytest.mark.parametrize(
    ("caption", "sublocation", "city", "country_code"),
    [
        # German compounds name a square, street or meadow; the dpa dateline names the city.
        (
            "16.03.2025, Sachsen, Leipzig: Menschen demonstrieren auf dem Augustusplatz. Foto: Ann Lee/dpa",
            "Augustusplatz",
            "Leipzig",
            "DE",
        ),
        (
            "02.11.2024, Berlin: Passanten gehen über den Kurfürstendamm. Foto: Ann Lee/dpa +++ dpa-Bildfunk +++",
            "Kurfürstendamm",
            "Berlin",
            "DE",
        ),
        (
            "19.08.2024, Österreich, Wien: Touristen stehen vor dem Schloss Schönbrunn. Foto: Ann Lee/APA/dpa",
            "Schloss Schönbrunn",
            "Vienna",
            "AT",
        ),
        # A river the body names is no city: the dateline's city stands.
        (
            "04.06.2024, Sachsen, Meißen: Ein Boot fährt auf der Elbe. Foto: Ann Lee/dpa +++ dpa-Bildfunk +++",
            None,
            "Meissen",
            "DE",
        ),
        # A day is a time, not a place; the square after it is the sublocation.
        (
            "08 March 2025, Saxony, Dresden: Women march on International Women's Day on Theaterplatz. "
            "Photo: Ann Lee/dpa",
            "Theaterplatz",
            "Dresden",
            "DE",
        ),
        (
            "NEW ORLEANS, LOUISIANA - FEBRUARY 09: Fans walk on Bourbon Street ahead of the game on February 09, "
            "2025 in New Orleans, Louisiana. (Photo by Ann Lee/Getty Images)",
            "Bourbon Street",
            "New Orleans",
            "US",
        ),
        (
            "Smoke rises from the hills of Valparaíso, Chile, Sunday, Feb. 4, 2024. (AP Photo/Ann Lee)",
            None,
            "Valparaíso",
            "CL",
        ),
    ],
)
def test_places_in_foreign_and_body_text(
    normaliser: Normaliser, caption: str, sublocation: str | None, city: str, country_code: str
) -> None:
    assert located(normaliser, caption, "sublocation", "city", "country_code") == (
        sublocation,
        city,
        country_code,
    )


def test_former_and_abbreviated_divisions(normaliser: Normaliser) -> None:
    # Vietnam merged Bac Giang into Bac Ninh in 2025; a 2024 caption names the province of its day.
    location = normaliser.normalise(
        "A farmer carries lychees in Bac Giang province, northern Vietnam, Saturday, June 15, 2024. (AP Photo/Ann Lee)"
    ).location
    assert location is not None
    assert (location.city, location.province_state, location.country_code) == (None, "Bắc Giang", "VN")
    assert location.latitude is not None
    location = normaliser.normalise(
        "A wildfire burns near Fort Nelson, B.C., Friday, May 10, 2024. THE CANADIAN PRESS/Ann Lee"
    ).location
    assert location is not None
    assert (location.city, location.province_state) == ("Fort Nelson", "British Columbia")


def test_unknown_place_keeps_the_caption_text(normaliser: Normaliser) -> None:
    record = normaliser.normalise(
        "Goats graze near Qwertzuiopville, Ukraine, Monday, May 2, 2022. (AP Photo/Ann Lee)"
    )
    assert record.location is not None
    assert record.location.city == "Qwertzuiopville" and record.location.country_code == "UA"
    assert "place_not_found" in {w.code.value for w in record.warnings}


def test_a_division_in_the_city_slot_is_no_town(normaliser: Normaliser) -> None:
    record = normaliser.normalise(
        "Israeli soldiers operate in the Gaza Strip in this handout picture released on January 2, 2024. "
        "Israel Defense Forces/Handout via REUTERS"
    )
    location = record.location
    assert location is not None
    assert (location.city, location.province_state, location.country_code) == (None, "Gaza Strip", "PS")
    assert not {w.code.value for w in record.warnings} & {"place_not_found", "missing_place"}


def test_a_county_is_a_place_too(normaliser: Normaliser) -> None:
    record = normaliser.normalise(
        "Deputies search a field in Douglas County, Ga., Monday, Jan. 8, 2024. (AP Photo/Ann Lee)"
    )
    location = record.location
    assert location is not None
    assert (location.city, location.county, location.province_state) == (None, "Douglas County", "Georgia")
    assert location.latitude is not None and "place_not_found" not in {w.code.value for w in record.warnings}
    whitby = normaliser.normalise(
        "Boats in the harbour at Whitby, North Yorkshire. Photograph: Ann Lee/The Guardian"
    )
    assert whitby.location is not None and whitby.location.country_code == "GB"


def test_an_approximate_match_is_flagged(normaliser: Normaliser) -> None:
    record = normaliser.normalise(
        "Farmers harvest rice near Americus, Ga., Friday, Oct. 6, 2023. (AP Photo/Ann Lee)"
    )
    assert record.location is not None and record.location.city == "Americus"
    assert "ambiguous_place" not in {w.code.value for w in record.warnings}
    record = normaliser.normalise(
        "Farmers harvest rice near Amerucus, Ga., Friday, Oct. 6, 2023. (AP Photo/Ann Lee)"
    )
    assert record.location is not None and record.location.city == "Americus"
    assert "ambiguous_place" in {w.code.value for w in record.warnings}


def _codes(record: object) -> set[str]:
    return {w.code.value for w in getattr(record, "warnings", ())}


@pytest.mark.parametrize(
    ("caption", "sublocation", "city", "country_code"),
    [
        # A saint's square or cathedral is a name, not "Square" in a place owned by "St. Peter".
        (
            "Pilgrims gather in St. Peter's Square, Vatican City, Sunday, April 20, 2025. (AP Photo/Ann Lee)",
            "St. Peter's Square",
            "Vatican City",
            "VA",
        ),
        (
            "Worshippers gather outside St. Paul's Cathedral in London, Britain, May 6, 2023. REUTERS/Ann Lee",
            "St. Paul's Cathedral",
            "London",
            "GB",
        ),
        # A city-state is its own city.
        (
            "Runners pass the Merlion in Singapore, Sunday, Dec. 1, 2024. (AP Photo/Ann Lee)",
            None,
            "Singapore",
            "SG",
        ),
        # A country whose capital holds few of its people stays a country.
        ("Voters queue in Luxembourg, Oct. 8, 2023. (AP Photo/Ann Lee)", None, None, "LU"),
    ],
)
def test_landmarks_and_city_states(
    normaliser: Normaliser, caption: str, sublocation: str | None, city: str | None, country_code: str
) -> None:
    record = normaliser.normalise(caption)
    location = record.location
    assert location is not None
    assert (location.sublocation, location.city, location.country_code) == (sublocation, city, country_code)
    assert not _codes(record) & {"ambiguous_place", "place_not_found"}


def test_a_territory_lies_in_the_country_holding_it(normaliser: Normaliser) -> None:
    record = normaliser.normalise(
        "Mandatory Credit: Photo by Ann Lee/Shutterstock (14520092w)\n"
        "Mark Selby plays a shot during the final on March 3, 2025 in Hong Kong.\n"
        "Hong Kong Snooker Masters - Final, Hong Kong, China - 03 Mar 2025"
    )
    assert record.location is not None
    assert (record.location.city, record.location.country_code) == ("Hong Kong", "HK")
    assert not _codes(record) & {"ambiguous_place", "place_not_found"}
    record = normaliser.normalise(
        "Residents wade through floodwater in San Juan, Puerto Rico, U.S., September 18, 2022. REUTERS/Ann Lee"
    )
    assert record.location is not None
    assert (record.location.city, record.location.country_code) == ("San Juan", "PR")
    assert "ambiguous_place" not in _codes(record)


@pytest.mark.parametrize(
    ("caption", "city", "province", "country_code"),
    [
        # A lone noun at the end ("a camp dance") names no place: the place earlier in the sentence stands.
        (
            "Soldiers at Fort Dix, N.J., learn about rifles as they show their friends at a camp dance, "
            "December 13, 1940. (AP Photo)",
            "Fort Dix",
            "New Jersey",
            "US",
        ),
        # "southwest of France" is a part of France, its parent, not a town nearby.
        (
            "Snow covers vineyards in the town of Chablis, north of France, 13 December 2023. EPA-EFE/ANN LEE",
            "Chablis",
            None,
            "FR",
        ),
        (
            "Floodwaters cover streets in the village of Sainte-Foy, southwest of France, 13 December 2023. "
            "EPA-EFE/ANN LEE",
            None,
            None,
            "FR",
        ),
        # A town a distance "northwest of" another is near it, as before.
        (
            "Firefighters work in Irpin, northwest of Kyiv, Ukraine, March 5, 2022. REUTERS/Ann Lee",
            "Irpin",
            "Kyiv Oblast",
            "UA",
        ),
    ],
)
def test_what_a_chain_says_around_the_town(
    normaliser: Normaliser, caption: str, city: str | None, province: str | None, country_code: str
) -> None:
    location = normaliser.normalise(caption).location
    assert location is not None
    assert location.country_code == country_code
    if city:
        assert location.city == city
    if province:
        assert location.province_state == province


def test_a_division_the_caption_names_settles_an_ambiguous_town(normaliser: Normaliser) -> None:
    named = normaliser.normalise(
        "Swimmers do laps at the ocean pool in Coogee. NSW rules allow ten people in a pool.Credit:Ann Lee"
    )
    assert named.location is not None and named.location.province_state == "New South Wales"
    assert "ambiguous_place" not in _codes(named)
    rival = normaliser.normalise(
        "Swimmers do laps at the ocean pool in Coogee. Western Australia rules allow ten people in a pool."
        "Credit:Ann Lee"
    )
    assert "ambiguous_place" in _codes(rival)
    unnamed = normaliser.normalise(
        "A woman walks her dog in Springfield, Monday, May 6, 2024. (AP Photo/Ann Lee)"
    )
    assert "ambiguous_place" in _codes(unnamed)


@pytest.mark.parametrize(
    ("caption", "city", "province", "country_code"),
    [
        # Agência Brasil's dateline, "City (UF) dd/mm/yyyy –", after its credit or opening the text.
        (
            "Foto: Ann Lee/Agência Brasil São Paulo (SP) 14/05/2024 – Chuva forte atinge a capital paulista e "
            "alaga ruas da zona sul. Foto: Ann Lee/Agência Brasil",
            "São Paulo",
            "São Paulo",
            "BR",
        ),
        (
            "Brasília (DF) 03/10/2023 – O presidente participa de cerimônia no Palácio do Planalto. "
            "Foto: Ann Lee/Agência Brasil",
            "Brasília",
            "Federal District",
            "BR",
        ),
        # A dateline on a line of its own after the text (Sipa, Insidefoto, LaPresse).
        (
            "Nurses protest against hospital cuts outside the health ministry.\n"
            "Milan (Italy), March 3rd 2021\nPhoto Ann Lee/Insidefoto/Sipa USA)",
            "Milan",
            "Lombardy",
            "IT",
        ),
        (
            "Fans celebrate the title after the final whistle.\nNaples, Italy, May 23rd 2025\n"
            "Photo Ann Lee/Insidefoto/Sipa USA)",
            "Naples",
            "Campania",
            "IT",
        ),
        # Anadolu's Turkish pages: the town and the date in brackets closing the text.
        (
            "Dışişleri Bakanı Hakan Fidan, Azerbaycan Dışişleri Bakanı Ceyhun Bayramov ile bir araya geldi. "
            "(Ankara, 8 Haziran 2027)",
            "Ankara",
            "Ankara",
            "TR",
        ),
        (
            "Sıcak havada bunalan vatandaşlar sahilde serinledi. (Antalya, 9 Haziran 2027)",
            "Antalya",
            "Antalya",
            "TR",
        ),
    ],
)
def test_datelines_of_their_own(
    normaliser: Normaliser, caption: str, city: str, province: str, country_code: str
) -> None:
    record = normaliser.normalise(caption)
    location = record.location
    assert location is not None
    assert (location.city, location.province_state, location.country_code) == (city, province, country_code)
    assert not _codes(record) & {"ambiguous_place", "place_not_found", "missing_place"}


def test_a_line_ending_in_a_date_names_no_place_unless_it_is_names() -> None:
    read = place(
        "Workers rally against the government.\nThe rally began on May 1, 2024\nPhoto Ann Lee/Sipa USA)"
    )
    assert read.city is None and not read.parents
    # An acronym in brackets after an organisation is no state code.
    read = place(
        "The ship was inspected by the United Nations (UN) on Monday, June 3, 2024. (AP Photo/Ann Lee)"
    )
    assert read.city is None and not read.parents


@pytest.mark.parametrize(
    "caption",
    [
        # A legislator's party and state belong to the person: no place.
        "Sen. Dick Durbin, D-Ill., says he believes the Senate will pass the spending bill before the end of the "
        "year. (Image credit: Ann Lee/Getty Images)",
        "Sen. Ted Cruz, R-Texas, talks to reporters. (Photo by Ann Lee/Getty Images)",
        # A person's name with a glued Arabic article is no town.
        "Saudi Crown Prince Mohammed bin Salman meets Vice President of Palestine, Hussein al-Sheikh (SPA)",
    ],
)
def test_no_place_in_a_persons_particulars(normaliser: Normaliser, caption: str) -> None:
    location = normaliser.normalise(caption).location
    assert location is None or (location.city, location.province_state) == (None, None)


@pytest.mark.parametrize(
    ("caption", "name"),
    [
        (
            "Die Spieler bejubeln ihren Sieg im Eröffnungsspiel der Weltmeisterschaft.Ann Lee/dpa",
            "Eröffnungsspiel",
        ),
        (
            "Undated handout photo of a bee carrying grass to its nest on the British Isles. "
            "(Photo by Ann Lee/BBC/PA Wire)",
            "British Isles",
        ),
    ],
)
def test_an_unknown_noun_phrase_is_flagged_not_kept_as_a_town(
    normaliser: Normaliser, caption: str, name: str
) -> None:
    record = normaliser.normalise(caption)
    assert record.location is None or record.location.city is None
    assert any(w.code.value == "place_not_found" and name in w.message for w in record.warnings)


def test_an_unknown_town_without_an_article_is_kept_as_written(normaliser: Normaliser) -> None:
    record = normaliser.normalise(
        "Residents clear debris in the village of Qwertzuiop, Ukraine, Monday, May 2, 2022. (AP Photo/Ann Lee)"
    )
    assert record.location is not None and record.location.city == "Qwertzuiop"
    assert "place_not_found" in _codes(record)


@pytest.mark.parametrize(
    ("caption", "city", "country_code"),
    [
        # Turkish puts the place word, or the locative ending, after the name.
        (
            "Filistinliler, Gazze'nin güneyindeki Han Yunus kentinde yardım dağıtım noktasında bekliyor. "
            "(Ann Lee - Anadolu Ajansı)",
            "Khān Yūnis",
            "PS",
        ),
        (
            "Depremzedeler, Hatay'ın Antakya ilçesinde enkaz başında bekliyor. (Ann Lee - Anadolu Ajansı)",
            "Antakya",
            "TR",
        ),
        ("Taraftarlar İstanbul'da maçı izledi. (Ann Lee - Anadolu Ajansı)", "Istanbul", "TR"),
        # A district after a town in the locative is the town's: the town is the city.
        (
            "Antalya'da etkili olan fırtına nedeniyle Muratpaşa ilçesindeki bazı ağaçlar devrildi. "
            "(Ann Lee - Anadolu Ajansı)",
            "Antalya",
            "TR",
        ),
        (
            "Çok sayıda Filistinli, Deir al-Balah kentindeki dağıtım merkezinde bekledi. (Ann Lee - Anadolu Ajansı)",
            "Dayr al Balaḩ",
            "PS",
        ),
        # A name with a glued Arabic article is a town name in English too.
        (
            "Palestinians wait for food in Deir al-Balah, central Gaza Strip, Monday, June 3, 2024. "
            "(AP Photo/Ann Lee)",
            "Dayr al Balaḩ",
            "PS",
        ),
    ],
)
def test_places_written_name_first(
    normaliser: Normaliser, caption: str, city: str, country_code: str
) -> None:
    assert located(normaliser, caption, "city", "country_code") == (city, country_code)


@pytest.mark.parametrize(
    ("caption", "sublocation", "city", "country_code"),
    [
        # A name written head first, "de" a town: the town is the city.
        (
            "El rey, durante su visita hoy a las alas 15 y 31 de la Base Aérea de Zaragoza, en Aragón. EFE/Ann Lee",
            "Base Aérea de Zaragoza",
            "Zaragoza",
            "ES",
        ),
        # Visiting verbs in Spanish take the place as object; "del Iguazú" is the river's, no town.
        (
            "Un grupo de turistas visita las cataratas del Iguazú este, 02 de mayo de 2015, en la provincia de "
            "Misiones (Argentina). EFE/Ann Lee",
            "cataratas del Iguazú",
            None,
            "AR",
        ),
        (
            "Turistas recorren la playa de la Malvarrosa este lunes, 3 de junio de 2024, en Valencia. EFE/Ann Lee",
            "playa de la Malvarrosa",
            "Valencia",
            "ES",
        ),
        # An event "de" a town.
        ("Pedro Sánchez y Ana Lee, en el mitin de Dos Hermanas / EFE - Ann Lee", None, "Dos Hermanas", "ES"),
        # "pyramides de Gizeh": the town is Giza.
        (
            "Ici, l'avion au-dessus des pyramides de Gizeh, en Égypte, le 13 juillet 2016. (AFP PHOTO / Ann Lee)",
            "pyramides de Gizeh",
            "Giza",
            "EG",
        ),
    ],
)
def test_romance_place_phrases(
    normaliser: Normaliser, caption: str, sublocation: str | None, city: str | None, country_code: str
) -> None:
    assert located(normaliser, caption, "sublocation", "city", "country_code") == (
        sublocation,
        city,
        country_code,
    )


@pytest.mark.parametrize(
    "caption",
    [
        "Miles de personas, en el funeral de Pelé. EFE/Ann Lee",
        "Vinicius, marcando el gol en la final de la Champions frente al Liverpool / EFE - Ann Lee",
    ],
)
def test_a_thing_of_a_name_is_no_town(normaliser: Normaliser, caption: str) -> None:
    location = normaliser.normalise(caption).location
    assert location is None or location.city is None


def test_a_head_first_name_is_not_read_for_a_town_in_its_noun(normaliser: Normaliser) -> None:
    # "Base" is no town (La Bassée); "Torrejón" alone names none exactly: whatever is found is flagged.
    record = normaliser.normalise(
        "El presidente, durante su visita hoy a las instalaciones de la Base Aérea de Torrejón, en la que se "
        "reunió con los mandos. EFE/Ann Lee"
    )
    assert record.location is not None and record.location.city != "La Bassée"
    assert "ambiguous_place" in _codes(record)


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        # A named facility as the object of a verb of leaving or entering is where the picture is.
        (
            "U.S. President Joe Biden waves before boarding Marine One and departing the White House on June 3, "
            "2024 in Washington, DC. (Photo by Ann Lee/Getty Images)",
            "White House",
            "Washington",
        ),
        (
            "King Charles III leaves Buckingham Palace on May 6, 2024 in London, England. "
            "(Photo by Ann Lee/Getty Images)",
            "Buckingham Palace",
            "London",
        ),
        # A sentence's subject with no preposition before it is no place within the town: a boat.
        (
            "The Ocean Star, a cargo ship, lies at anchor May 3, 2021, in Colombo, Sri Lanka. "
            "(Ann Lee/The Washington Post)",
            None,
            "Colombo",
        ),
        # A landmark read where a town stands is the place within the town it lies in.
        (
            "Paris knipst seine Weihnachtsbeleuchtung auf den Champs-Élysées wieder an.Ann Lee/AFP/dpa",
            "Champs-Élysées",
            "Paris",
        ),
        (
            "Prime Minister Mark Carney poses with his cabinet at Rideau Hall on May 13, 2025. "
            "The Hill Times photograph by Ann Lee",
            "Rideau Hall",
            "Ottawa",
        ),
    ],
)
def test_places_within_a_town(
    normaliser: Normaliser, caption: str, sublocation: str | None, city: str
) -> None:
    record = normaliser.normalise(caption)
    location = record.location
    assert location is not None
    assert (location.sublocation, location.city) == (sublocation, city)
    assert not _codes(record) & {"ambiguous_place", "place_not_found"}


@pytest.mark.parametrize(
    ("caption", "sublocation", "province", "country_code"),
    [
        # A place noun's given name: "a tower called Antilia", "a restaurant called Chez Marie".
        (
            "The entrance to the family's Mumbai home, a 27-story tower called Antilia, was decorated ahead of "
            "the wedding.Ann Lee/Getty Images",
            "Antilia",
            "Maharashtra",
            "IN",
        ),
        (
            "Diners eat at a small restaurant called Chez Marie in Lyon, France, May 3, 2024. REUTERS/Ann Lee",
            "Chez Marie",
            "Auvergne-Rhône-Alpes",
            "FR",
        ),
        # With no town named, a named landform or facility as subject is the place.
        (
            "For the first time in years the Menindee Lakes in far western NSW have filled up as floodwaters "
            "flow in. Credit:Ann Lee",
            "Menindee Lakes",
            "New South Wales",
            "AU",
        ),
        (
            "Snow covers the Cairngorm Mountains in northern Scotland. Photograph: Ann Lee/PA",
            "Cairngorm Mountains",
            "Scotland",
            "GB",
        ),
    ],
)
def test_named_places_without_a_preposition(
    normaliser: Normaliser, caption: str, sublocation: str, province: str, country_code: str
) -> None:
    location = normaliser.normalise(caption).location
    assert location is not None
    assert (location.sublocation, location.province_state, location.country_code) == (
        sublocation,
        province,
        country_code,
    )


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        # A part of a landmark ("the steps of", "the entrance of") places the picture at the landmark.
        (
            "U.S. President Joe Biden greets Prime Minister Ann Lee on May 6, 2024, at the West Wing entrance of the "
            "White House. White House photograph courtesy of Ann Lee",
            "White House",
            "Washington",
        ),
        (
            "Protesters gather on the steps of the Capitol on Monday, June 3, 2024. (AP Photo/Ann Lee)",
            "Capitol",
            "Washington",
        ),
    ],
)
def test_parts_of_a_landmark(normaliser: Normaliser, caption: str, sublocation: str, city: str) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


@pytest.mark.parametrize(
    ("caption", "city", "country_code"),
    [
        # Locatives that are also an English article or particle, read before a town the gazetteer knows:
        # Nordic "i", Czech "v" (with the town's case ending), Polish "w", Italian "a", French "de", and
        # English "to".
        (
            "Statsministeren ankommer til pressemødet i Bergen onsdag. Foto: Ola Nordmann / NTB",
            "Bergen",
            "NO",
        ),
        (
            "Demonstranti pochodují po Václavském náměstí v Brně, 3. května 2025. ČTK/Jan Novák",
            "Brno",
            "CZ",
        ),
        ("Kibice świętują na ulicach w Gdańsku, 3 maja 2025. PAP/Adam Warżawa", "Gdańsk", "PL"),
        ("Turisti passeggiano lungo il fiume a Firenze, 3 marzo 2024. ANSA/MARIO ROSSI", "Florence", "IT"),
        (
            "Le président s'adresse à la presse lors d'une visite au commissariat central de Lyon, le 2 mai 2025. "
            "© Jean DUPONT / AFP",
            "Lyon",
            "FR",
        ),
        (
            "Voluntarios limpian el barro de una calle de Algemesí (Valencia) tras la dana. Foto: EFE/Ana Ruiz.",
            "Algemesí",
            "ES",
        ),
        (
            "Commuters wade through water after storms brought heavy rain to Atlanta, Monday, July 8, 2024. "
            "(AP Photo/Ann Lee)",
            "Atlanta",
            "US",
        ),
        # Finnish puts the case on the town and no preposition before it.
        (
            "Presidentti vierailulla kaupungintalolla Oulussa 3. toukokuuta 2023. LEHTIKUVA / ANNA VIRTANEN",
            "Oulu",
            "FI",
        ),
    ],
)
def test_weak_locatives(normaliser: Normaliser, caption: str, city: str, country_code: str) -> None:
    assert located(normaliser, caption, "city", "country_code") == (city, country_code)


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        # The name right before a weak locative, after a lower-case word, is the place in the town; a
        # person's name is not ("Ulf Kristersson i Stockholm").
        (
            "Ministern talar under en pressträff i Sagerska huset i Stockholm. Foto: Anna Berg/TT",
            None,
            "Stockholm",
        ),
        (
            "Statsministeren ankommer Christiansborg i København tirsdag. Foto: Ritzau Scanpix",
            "Christiansborg",
            "Copenhagen",
        ),
        (
            "Pääministeri Petteri Orpo puhuu Kalevan-talossa Tampereella 6. joulukuuta 2024. LEHTIKUVA",
            "Kalevan-talo",
            "Tampere",
        ),
        ("Statsminister Ulf Kristersson i Stockholm tisdag. Foto: Anna Berg/TT", None, "Stockholm"),
    ],
)
def test_weak_locative_places_within(
    normaliser: Normaliser, caption: str, sublocation: str | None, city: str
) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


def test_weak_locatives_yield_to_a_chain(normaliser: Normaliser) -> None:
    # An airport read as the place wins over a town the text only flies to.
    caption = (
        "A man hugs his mother at Sydney Airport before boarding the first flight to Perth. Credit: Ann Lee"
    )
    location = normaliser.normalise(caption).location
    assert location is not None
    assert location.city == "Sydney"


@pytest.mark.parametrize(
    ("caption", "city", "province"),
    [
        # A settlement named before the division it lies in is the city, not the division.
        (
            "Fishermen pull nets near the village of Khuzhir in Irkutsk Region, Russia. Picture taken March 2, "
            "2025. REUTERS/Ann Lee",
            "Khuzhir",
            "Irkutsk Oblast",
        ),
        (
            "Residents clear debris in the town of Bakhmut in Donetsk region, Ukraine, May 3, 2023. REUTERS/Ann Lee",
            "Bakhmut",
            "Donetsk Oblast",
        ),
        # With no article, the name right before "town of" or "village of" is the town's, the province after
        # it (as Anadolu writes it), not the province's seat named in the dateline.
        (
            "ANTALYA, TURKIYE - MAY 3: Tourists swim at a beach in Kemer town of Antalya, Turkiye on May 3, "
            "2026. (Photo by Mustafa Ciftci/Anadolu via Getty Images)",
            "Kemer",
            "Antalya",
        ),
        (
            "SAKARYA, TURKIYE - JANUARY 8: Fishermen pull their nets on the lake in Sapanca town of Sakarya, "
            "Turkiye on January 8, 2026. (Photo by Ali Balli/Anadolu via Getty Images)",
            "Sapanca",
            "Sakarya",
        ),
    ],
)
def test_a_settlement_before_its_division(
    normaliser: Normaliser, caption: str, city: str, province: str
) -> None:
    assert located(normaliser, caption, "city", "province_state") == (city, province)


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        # An embargo lead holds no place: the chain is read from the rest of the sentence, by its own date.
        (
            "EMBARGOED UNTIL 12:01 A.M. EST MONDAY, FEB. 3 - A conservator cleans a painting at the Cleveland "
            "Museum of Art in Cleveland, Tuesday, Jan. 28, 2025. (AP Photo/Ann Lee)",
            "Cleveland Museum of Art",
            "Cleveland",
        ),
        (
            "EMBARGOED TO 0001 TUESDAY MARCH 4 - Undated handout photo of a nurse at work in a ward at St Thomas "
            "Hospital in London. Photo credit should read: PA Wire",
            "St Thomas Hospital",
            "London",
        ),
    ],
)
def test_an_embargo_lead_hides_no_place(
    normaliser: Normaliser, caption: str, sublocation: str, city: str
) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        # Landmark heads in other languages, written before the name with no preposition the chain reads.
        (
            "Manifestantes ocupam a Avenida Atlântica, no Rio de Janeiro, neste domingo (7). "
            "Foto: Ana Lima/Agência Brasil",
            "Avenida Atlântica",
            "Rio de Janeiro",
        ),
        (
            "Turisti attraversano piazza Navona affollata a Roma, 22 novembre 2024. ANSA/MARIO ROSSI",
            "piazza Navona",
            "Rome",
        ),
        # Spanish "por" with an article before a head-first place.
        (
            "Varias personas pasean por la playa de la Concha en San Sebastián, España, este miércoles. "
            "EFE/Ana Ruiz",
            "playa de la Concha",
            "Donostia / San Sebastián",
        ),
        # English landmark heads ("Exchange", "Bridge") after a part noun or a verb of passing.
        (
            "Traders work on the floor of the Chicago Board Options Exchange in Chicago, Illinois, U.S., "
            "April 10, 2025. REUTERS/Ann Lee",
            "Chicago Board Options Exchange",
            "Chicago",
        ),
        (
            "Runners cross the Brooklyn Bridge during the marathon in New York, Nov. 3, 2024. REUTERS/Ann Lee",
            "Brooklyn Bridge",
            "New York City",
        ),
        (
            "A vintage car passes the Capitolio in Havana, Cuba, in 1998. (AP Photo/Ann Lee)",
            "Capitolio",
            "Havana",
        ),
    ],
)
def test_landmark_heads(normaliser: Normaliser, caption: str, sublocation: str, city: str) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        # A Reuters sport dateline's venue, then its town, though the town names a division too.
        (
            "Tennis - Beijing Open - Diamond Court, Beijing, China - October 2, 2025 Coco Gauff in action during "
            "her match REUTERS/Ann Lee",
            "Diamond Court",
            "Beijing",
        ),
        (
            "Soccer Football - LaLiga - Real Madrid v FC Barcelona - Santiago Bernabeu, Madrid, Spain - October 26, "
            "2025 Real Madrid's Vinicius Jr celebrates REUTERS/Ann Lee",
            "Santiago Bernabeu",
            "Madrid",
        ),
    ],
)
def test_a_sport_venue_before_a_town_that_is_a_division(
    normaliser: Normaliser, caption: str, sublocation: str, city: str
) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


@pytest.mark.parametrize(
    ("caption", "flagged"),
    [
        # A town chosen though its accents differ from the caption's spelling, where a town of the same
        # country is spelt exactly so, is flagged; the same name written with the accents is not.
        ("Soldiers take part in an exercise near Munster, Germany. REUTERS/Ann Lee", True),
        ("Fans celebrate in Münster, Germany, May 3, 2025. REUTERS/Ann Lee", False),
        ("Fans celebrate in Malaga, Spain, May 3, 2025. REUTERS/Ann Lee", False),
    ],
)
def test_a_town_spelt_otherwise_is_flagged(normaliser: Normaliser, caption: str, flagged: bool) -> None:
    record = normaliser.normalise(caption)
    assert ("ambiguous_place" in {w.code.value for w in record.warnings}) is flagged


@pytest.mark.parametrize(
    ("caption", "city", "country_code"),
    [
        # A TASS dateline in Cyrillic: the gazetteer knows the town by its transliteration.
        (
            "Санкт-Петербург. 3 июня 2025. Участники международного форума. Фото: Иван Петров/ТАСС",
            "Saint Petersburg",
            "RU",
        ),
        ("Новосибирск. 12 июня 2025. Праздничный концерт. Фото: Анна Смирнова/ТАСС", "Novosibirsk", "RU"),
    ],
)
def test_a_town_in_cyrillic(normaliser: Normaliser, caption: str, city: str, country_code: str) -> None:
    assert located(normaliser, caption, "city", "country_code") == (city, country_code)


def test_a_town_after_of_and_a_common_noun(normaliser: Normaliser) -> None:
    # "blocks of Paradise": "of" after a common noun joins no name, so the town is read beside its state.
    caption = (
        "This satellite image provided by Maxar Technologies shows burned-out blocks of Paradise, California, "
        "Nov. 9, 2018. (Maxar Technologies via AP)"
    )
    assert located(normaliser, caption, "city", "province_state") == ("Paradise", "California")


def test_a_dpa_sport_venue(normaliser: Normaliser) -> None:
    # dpa sport ends its first line with the venue; the "Sport: Competition" label is no place.
    caption = (
        "12.05.2025, Nordrhein-Westfalen, Dortmund: Fußball: Bundesliga, Borussia Dortmund - VfL Wolfsburg, "
        "33. Spieltag, Signal Iduna Park. Dortmunds Serhou Guirassy jubelt. Foto: Anna Schmidt/dpa"
    )
    assert located(normaliser, caption, "sublocation", "city") == ("Signal Iduna Park", "Dortmund")


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        # Turkish writes the place word and the case after the name: "Kızılay Meydanı'nda" (in Kızılay Square).
        (
            "Ankara'da Kızılay Meydanı'nda toplanan vatandaşlar bayramı kutladı. (Ayşe Demir - Anadolu Ajansı)",
            "Kızılay Meydanı",
            "Ankara",
        ),
        ("Taraftarlar İstanbul'da kutlama yaptı. (Ali Kaya - Anadolu Ajansı)", None, "Istanbul"),
        # A beach or a shore the same: "Plajı'nda", "Sahili'nde"; a sea's coast is a region, no place in a town.
        (
            "Fethiye'de sıcak havada Çalış Plajı'nda yoğunluk yaşandı. (Deniz Arslan - Anadolu Ajansı)",
            "Çalış Plajı",
            "Fethiye",
        ),
        (
            "İzmir'de bunaltıcı sıcakta Kordon Sahili'nde serinlemeye çalışanlar. (Cem Öz - Anadolu Ajansı)",
            "Kordon Sahili",
            "İzmir",
        ),
        ("Samsun'da Karadeniz Sahili'nde dalgalar yükseldi. (Eda Kurt - Anadolu Ajansı)", None, "Samsun"),
        # The building as the owner or the object of what is shown: "Camii'nin" (the mosque's), "Camii'ni".
        (
            "Bursa'da depremde hasar gören Ulu Camii'nin restorasyon çalışmaları sürüyor. (Fotoğraf: Eda Kurt/AA)",
            "Ulu Camii",
            "Bursa",
        ),
        (
            "Turistler Edirne'de Selimiye Camii'ni ziyaret etti. (Fotoğraf: Hasan Öz - Anadolu Ajansı)",
            "Selimiye Camii",
            "Edirne",
        ),
        # An office, the way a palace is: "Çalışma Ofisi'nde" (at the working office).
        (
            "Cumhurbaşkanı Erdoğan, Vahdettin Çalışma Ofisi'nde Macaristan Başbakanı'nı kabul etti. (Fotoğraf: Murat "
            "Kula - AA) İstanbul, 19 Şubat 2027",
            "Vahdettin Çalışma Ofisi",
            "Istanbul",
        ),
    ],
)
def test_a_turkish_place_within_a_town(
    normaliser: Normaliser, caption: str, sublocation: str | None, city: str
) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


@pytest.mark.parametrize(
    ("caption", "sublocation"),
    [
        # Words that describe a named place are no part of its name.
        (
            "A general view of the damaged Kakhovka dam in Nova Kakhovka, Ukraine, June 6, 2023. REUTERS/Stringer",
            "Kakhovka dam",
        ),
        (
            "Tourists walk in the newly reopened Notre Dame cathedral in Paris, France, Dec. 8, 2024. REUTERS/Sarah Meyssonnier",
            "Notre Dame cathedral",
        ),
        # A head noun before the name is kept.
        (
            "Commuters wait at estação Galeria in Brasília, Brazil, May 3, 2024. Foto: Ana Souza/Agência Brasil",
            "estação Galeria",
        ),
    ],
)
def test_a_named_place_keeps_no_adjectives(normaliser: Normaliser, caption: str, sublocation: str) -> None:
    location = normaliser.normalise(caption).location
    assert location is not None and location.sublocation == sublocation


@pytest.mark.parametrize(
    "caption",
    [
        # The adjective of who struck, cut from its event at the first lower-case word, is no place.
        "Residents inspect a building damaged in a Russian drone attack in Kharkiv, Ukraine, Jan. 6, 2025. (AP Photo/Andrii Marienko)",
        "Palestinians inspect a house destroyed in an Israeli strike in Khan Younis, Gaza Strip, Jan. 6, 2025. (AP Photo/Abdel Kareem Hana)",
    ],
)
def test_a_demonym_is_no_sublocation(normaliser: Normaliser, caption: str) -> None:
    location = normaliser.normalise(caption).location
    assert location is not None and location.city is not None and location.sublocation is None


@pytest.mark.parametrize(
    ("caption", "city", "province_state", "country_code"),
    [
        # A division written with its division word first, the article on the noun (Romanian "județul"):
        # a parent, never the town, though Brașov is a town too.
        (
            "Pompierii intervin la un incendiu de vegetație în județul Brașov, vineri, 31 octombrie 2025. "
            "AGERPRES FOTO / Paul Buciuta",
            None,
            "Brașov",
            "RO",
        ),
        (
            "Turiști în Bran, județul Brașov, sâmbătă, 1 noiembrie 2025. AGERPRES FOTO / Paul Buciuta",
            "Bran",
            "Brașov",
            "RO",
        ),
        # A settlement word written first ("concelho da"), and an island that is the division it makes.
        (
            "Bombeiros combatem um incêndio florestal na freguesia do Curral das Freiras, concelho de Câmara "
            "de Lobos, na ilha da Madeira, 18 de agosto de 2024. HOMEM DE GOUVEIA/LUSA",
            "Câmara de Lobos",
            "Madeira",
            "PT",
        ),
        (
            "Populares assistem ao fogo de artifício no Funchal, na ilha da Madeira, 1 de janeiro de 2025. "
            "HOMEM DE GOUVEIA/LUSA",
            "Funchal",
            "Madeira",
            "PT",
        ),
        (
            "Vecinos limpian las calles en la ciudad de Guadalajara, Jalisco, 3 de junio de 2024. "
            "EFE/Francisco Guasco",
            "Guadalajara",
            "Jalisco",
            "MX",
        ),
    ],
)
def test_a_division_or_town_written_with_its_word_first(
    normaliser: Normaliser, caption: str, city: str | None, province_state: str, country_code: str
) -> None:
    record = normaliser.normalise(caption)
    assert record.location is not None
    location = record.location
    assert (location.city, location.province_state, location.country_code) == (
        city,
        province_state,
        country_code,
    )


@pytest.mark.parametrize(
    ("caption", "city"),
    [
        (
            "Vista de las montañas nevadas desde el municipio de Tlachichuca, en el estado de Puebla (México), "
            "este lunes. EFE/ Hilda Ríos",
            "Tlachichuca",
        ),
        (
            "Vista del volcán de Colima desde la localidad de Comala, en el estado de Colima (México), este "
            "martes. EFE/ Carlos Ramírez",
            "Comala",
        ),
    ],
)
def test_a_settlement_word_after_a_preposition_the_locatives_lack_names_the_town(
    normaliser: Normaliser, caption: str, city: str
) -> None:
    assert located(normaliser, caption, "city", "country_code") == (city, "MX")


@pytest.mark.parametrize(
    ("caption", "city", "country_code"),
    [
        (
            "Residents clear mud from a street in Valencia, Spain, days after floods swept through homes in "
            "Paiporta, Nov. 5, 2024. REUTERS/Eva Manez",
            "Valencia",
            "ES",
        ),
        (
            "People queue for water in Antakya, two weeks after a deadly earthquake in Kahramanmaras province, "
            "Turkey, Feb. 20, 2023. REUTERS/Umit Bektas",
            "Antakya",
            "TR",
        ),
    ],
)
def test_the_place_of_an_earlier_event_told_after_the_picture_is_not_the_city(
    normaliser: Normaliser, caption: str, city: str, country_code: str
) -> None:
    assert located(normaliser, caption, "city", "country_code") == (city, country_code)


@pytest.mark.parametrize(
    ("caption", "city", "country"),
    [
        (
            "People walk along the Malecon in Santo Domingo, Dominican Republic, May 5, 2025. "
            "REUTERS/Ricardo Rojas",
            "Santo Domingo",
            "DO",
        ),
        (
            "A cable car passes over the Santo Domingo Savio neighbourhood in Medellin, Colombia, July 5, 2019. "
            "REUTERS/Fredy Builes",
            "Medellín",
            "CO",
        ),
        (
            "Santo Domingo, 5 may (EFE).- Vecinos celebran la victoria del equipo nacional en el malecón. "
            "EFE/Orlando Barría",
            "Santo Domingo",
            "DO",
        ),
    ],
)
def test_a_spanish_weekday_inside_a_name_cuts_no_place(
    normaliser: Normaliser, caption: str, city: str, country: str
) -> None:
    record = normaliser.normalise(caption, reference_date="2025-05-06")
    assert record.location is not None
    assert (record.location.city, record.location.country_code) == (city, country)
    assert not {w.code for w in record.warnings} & {WarningCode.WEEKDAY_MISMATCH, WarningCode.AMBIGUOUS_PLACE}


@pytest.mark.parametrize(
    ("caption", "city"),
    [
        (
            "Volunteers clean a street in the town of Paiporta, near Valencia, Spain, November 2, 2024. "
            "REUTERS/Eva Manez",
            "Paiporta",
        ),
        (
            "Rescuers search the rubble of a house in Kostiantynivka, near Kramatorsk, Ukraine, August 13, 2025. "
            "REUTERS/Stringer",
            "Kostiantynivka",
        ),
        # No town before "near": the one it names is the city.
        (
            "Migrants wait at a makeshift camp, near Calais, France, August 13, 2025. REUTERS/Abdul Saboor",
            "Calais",
        ),
    ],
)
def test_a_town_before_near_and_another_town_is_the_city(
    normaliser: Normaliser, caption: str, city: str
) -> None:
    record = normaliser.normalise(caption, reference_date="2025-08-14")
    assert record.location is not None and record.location.city == city


@pytest.mark.parametrize(
    ("caption", "city"),
    [
        # French "of" elided inside a town's name, after a word that is also a given name.
        (
            "Mikaela Shiffrin of the United States speeds down the course during a women's World Cup slalom, "
            "Sunday, Dec. 13, 2026, in Val d'Isere, France. (AP Photo/Marco Trovati)",
            "Val-d'Isère",
        ),
        (
            "Fans cheer during a women's World Cup downhill, Saturday, Jan. 16, 2027, in Cortina d'Ampezzo, Italy."
            " (AP Photo/Gabriele Facciotti)",
            "Cortina d'Ampezzo",
        ),
    ],
)
def test_a_town_whose_name_elides_of(normaliser: Normaliser, caption: str, city: str) -> None:
    location = normaliser.normalise(caption).location
    assert location is not None and location.city == city


@pytest.mark.parametrize(
    ("caption", "city"),
    [
        (
            "Shoppers line up outside a department store in Chicago on Black Friday, Nov. 27, 2026. "
            "(AP Photo/Teresa Crawford)",
            "Chicago",
        ),
        (
            "Voters wait to cast ballots at a library in Houston on Super Tuesday, March 3, 2026. "
            "(AP Photo/David J. Phillip)",
            "Houston",
        ),
    ],
)
def test_named_weekday_is_no_place(caption: str, city: str) -> None:
    """ "on Black Friday, Nov. 27": the day's name before the date's weekday is a time, not a town."""
    assert place(caption).city == city


@pytest.mark.parametrize(
    "caption",
    [
        # No date written: the weekday is the day's name, and "Black" no Blacé.
        "Bargain hunters queue outside a store on Black Friday. Picture: Dan Rowe",
        # The weekday read as the date and masked: "on Good" is still no Göd.
        "Pilgrims carry a wooden cross through the old town on Good Friday. Photo: Lena Marsh",
        "Workers pack parcels at a warehouse on Cyber Monday. Photo: Ben Ortiz",
    ],
)
def test_named_weekday_in_a_sentence_without_a_chain_is_no_place(
    normaliser: Normaliser, caption: str
) -> None:
    """A day named with its weekday where no chain is read by the date: the sentence read whole names no town
    "Black", "Good" or "Cyber", whether the weekday was read as the date or not."""
    assert place(caption).city is None
    location = normaliser.normalise(caption, reference_date="2027-07-16").location
    assert location is None or location.city is None


def test_a_town_before_a_named_weekday_stays_the_town() -> None:
    assert place("Bargain hunters in Manchester on Black Friday. Picture: Dan Rowe").city == "Manchester"


@pytest.mark.parametrize(
    ("caption", "city", "province_state"),
    [
        (
            "Boats sit wrecked against a dock in Key Largo, Fla., in the Florida Keys, Friday, Sept. 25, 2026. "
            "(AP Photo/Wilfredo Lee)",
            "Key Largo",
            "Florida",
        ),
        (
            "Skiers ride a chairlift in Aspen, Colo., in the Rocky Mountains, Saturday, Jan. 10, 2026. "
            "(AP Photo/David Zalubowski)",
            "Aspen",
            "Colorado",
        ),
        (
            "Hikers rest outside a hut in Cortina d'Ampezzo, Italy, in the Dolomites, Tuesday, March 3, 2026. "
            "(AP Photo/Luca Bruno)",
            "Cortina d'Ampezzo",
            "Veneto",
        ),
    ],
)
def test_a_named_land_after_a_town_and_its_state_only_locates_it(
    normaliser: Normaliser, caption: str, city: str, province_state: str
) -> None:
    assert located(normaliser, caption, "city", "province_state") == (city, province_state)


def test_a_place_within_the_town_after_its_state_stays_the_sublocation(normaliser: Normaliser) -> None:
    record = normaliser.normalise(
        "President Donald Trump signs an order in Washington, D.C., in the Oval Office, Tuesday, March 3, 2026. "
        "(AP Photo/Evan Vucci)"
    )
    assert record.location is not None
    assert (record.location.city, record.location.sublocation) == ("Washington", "Oval Office")


@pytest.mark.parametrize(
    ("caption", "city"),
    [
        (
            "Residents are evacuated from the town of Kupiansk in Kharkiv region, Ukraine, November 12, 2026. "
            "REUTERS/Sofiia Gatilova",
            "Kupiansk",
        ),
        (
            "A woman is evacuated from the village of Stepnohirsk in Zaporizhzhia region, Ukraine, November 12, "
            "2026. REUTERS/Stringer",
            "Stepnohirsk",
        ),
        # Refugees from a town, shown in another: the later town is the place.
        (
            "Refugees from the town of Kupiansk in Kharkiv region wait at a shelter in Lviv, Ukraine, November "
            "12, 2026. REUTERS/Roman Baluk",
            "Lviv",
        ),
    ],
)
def test_a_town_named_after_from_before_its_division(normaliser: Normaliser, caption: str, city: str) -> None:
    record = normaliser.normalise(caption)
    assert record.location is not None
    assert record.location.city == city


def test_from_a_front_line_in_a_division_names_no_town(normaliser: Normaliser) -> None:
    record = normaliser.normalise(
        "Soldiers return from the front line in Kharkiv region, Ukraine, November 12, 2026. REUTERS/Stringer"
    )
    assert record.location is not None
    assert (record.location.city, record.location.province_state) == (None, "Kharkiv Oblast")


@pytest.mark.parametrize(
    ("caption", "city"),
    [
        # German "in der Nacht" (in the night) is a time, no place: the town before it stands.
        (
            "Silvester in Leipzig: Feuerwerk über dem Völkerschlachtdenkmal in der Nacht zum Freitag. Foto: Jan Woitas/dpa",
            "Leipzig",
        ),
        ("Feuerwerk über dem Hafen in Kiel in der Silvesternacht. Foto: Frank Molter/dpa", "Kiel"),
    ],
)
def test_a_night_is_no_place(normaliser: Normaliser, caption: str, city: str) -> None:
    location = normaliser.normalise(caption).location
    assert location is not None and location.city == city


@pytest.mark.parametrize(
    ("caption", "city", "province"),
    [
        # The shore of a named water is no town, though a town bears its name (Hudson Bay, Saskatchewan):
        # the town it is near places it.
        (
            "A polar bear rests on the shore of Hudson Bay near Churchill, Man., Monday, Nov. 2, 2026. "
            "THE CANADIAN PRESS/Jonathan Hayward",
            "Churchill",
            "Manitoba",
        ),
        (
            "Fishermen haul nets on the coast of the Caspian Sea near Aktau, Kazakhstan, Monday, Aug. 3, 2026. "
            "(AP Photo/Ivan Sekretarev)",
            "Aktau",
            "Mangystau Oblast",
        ),
    ],
)
def test_the_shore_of_a_water_is_no_town(
    normaliser: Normaliser, caption: str, city: str, province: str
) -> None:
    location = normaliser.normalise(caption).location
    assert location is not None and (location.city, location.province_state) == (city, province)


@pytest.mark.parametrize(
    ("caption", "city", "country_code"),
    [
        (
            "Tennis - ATP Finals - Turin, Italy - November 14, 2026 Italy's Jannik Sinner in action"
            " REUTERS/Ann Lee",
            "Turin",
            "IT",
        ),
        (
            "Tennis - United Cup - Sydney, Australia - January 4, 2027 Poland's Iga Swiatek in action"
            " REUTERS/Ann Lee",
            "Sydney",
            "AU",
        ),
    ],
)
def test_a_sports_header_country_that_is_a_town_too(
    normaliser: Normaliser, caption: str, city: str, country_code: str
) -> None:
    # Italy, Texas and a hamlet called Australia do not make the country a town: the header's town is the
    # city, not a venue.
    location = normaliser.normalise(caption).location
    assert location is not None and (location.city, location.country_code) == (city, country_code)
    assert location.sublocation is None


def test_a_picture_taken_sentence_places_a_first_sentence_with_none(normaliser: Normaliser) -> None:
    # Reuters writes the place and day in a sentence of their own after a caption that names neither.
    location = normaliser.normalise(
        "Flood waters surround homes after heavy rains. Picture taken in Valencia, Spain, Jan. 5, 2027."
        " REUTERS/Ann Lee"
    ).location
    assert location is not None and (location.city, location.country_code) == ("Valencia", "ES")


@pytest.mark.parametrize(
    ("caption", "city", "sublocation"),
    [
        (
            "5 января 2027 года. Москва. Люди гуляют на Красной площади. Фото: Анна Ли/ТАСС",
            "Moscow",
            "Красная площадь",
        ),
        ("5 Ιανουαρίου 2027. Αθήνα. Τουρίστες στην Ακρόπολη. (ΑΠΕ-ΜΠΕ/Άννα Λι)", "Athens", "Ακρόπολη"),
    ],
)
def test_a_date_heading_the_towns_sentence(
    normaliser: Normaliser, caption: str, city: str, sublocation: str
) -> None:
    # TASS and ANA-MPA head the caption with the day, then the town, each closed by a stop.
    location = normaliser.normalise(caption).location
    assert location is not None and (location.city, location.sublocation) == (city, sublocation)


@pytest.mark.parametrize(
    ("caption", "sublocation"),
    [
        (
            "Trumpeter Miles Arden at the Blue Note in 1974. He led his quintet there for a decade."
            "Credit...Fred Connor/The New York Times",
            "Blue Note",
        ),
        (
            "The Hollow Pines perform at the Troubadour in 1971. (AP Photo/File)",
            "Troubadour",
        ),
    ],
)
def test_an_articled_name_after_at_that_names_no_town_is_a_venue(
    normaliser: Normaliser, caption: str, sublocation: str
) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, None)


def test_an_articled_town_after_at_stays_the_town(normaliser: Normaliser) -> None:
    # "The Hague" takes its article: the gazetteer knows it as a town.
    caption = "Delegates arrive at The Hague on June 24, 2025. (AP Photo/Peter Dejong)"
    assert located(normaliser, caption, "city", "sublocation") == ("The Hague", None)


@pytest.mark.parametrize(
    ("caption", "city"),
    [
        # Turkish names a quarter after the town in the genitive: "Gazze kentinin Zeytun Mahallesi'nde" is in
        # the city of Gaza.
        (
            "Gazze kentinin Şucaiyye Mahallesi'nde enkaz arasında eşyalarını arayan Filistinliler, 2 Mart 2027. "
            "(Fotoğraf: Ali Jadallah - Anadolu Ajansı)",
            "Gaza",
        ),
        (
            "Han Yunus kentinin doğusunda yıkılan binaların arasından geçen çocuklar, 2 Mart 2027. "
            "(Fotoğraf: Doaa Albaz - Anadolu Ajansı)",
            "Khān Yūnis",
        ),
    ],
)
def test_a_turkish_town_in_the_genitive_before_its_part(
    normaliser: Normaliser, caption: str, city: str
) -> None:
    assert located(normaliser, caption, "city", "country_code") == (city, "PS")


@pytest.mark.parametrize(
    ("caption", "sublocation"),
    [
        (
            "Walkers on the summit of Ingleborough in the Yorkshire Dales National Park on Sunday after the "
            "first snow of winter. Picture: Simon Hulme",
            "Ingleborough",
        ),
        (
            "Hikers rest on the summit of Cadair Idris in Snowdonia National Park, Wales, Saturday, Jan. 16, "
            "2027. (AP Photo/Jon Super)",
            "Cadair Idris",
        ),
        # The park alone is the place.
        (
            "Visitors watch the sunrise in Yellowstone National Park, Wyo., Saturday, Jan. 16, 2027. "
            "(AP Photo/Matthew Brown)",
            "Yellowstone National Park",
        ),
    ],
)
def test_a_named_summit_in_a_national_park_is_the_place(
    normaliser: Normaliser, caption: str, sublocation: str
) -> None:
    assert located(normaliser, caption, "sublocation") == (sublocation,)


@pytest.mark.parametrize(
    ("caption", "venue", "city", "province"),
    [
        (
            "Rugby Union - Six Nations Championship - Wales v France - Principality Stadium, Cardiff, Wales, "
            "Britain - March 6, 2027 Wales' Owen Price runs with the ball REUTERS/Ann Lee",
            "Principality Stadium",
            "Cardiff",
            "Wales",
        ),
        (
            "Soccer Football - Scottish Premiership - Hibernian v Hearts - Easter Road, Edinburgh, Scotland, "
            "Britain - March 6, 2027 General view inside the stadium REUTERS/Ann Lee",
            "Easter Road",
            "Edinburgh",
            "Scotland",
        ),
    ],
)
def test_a_nation_of_the_country_after_it_is_a_division_in_a_sport_header(
    normaliser: Normaliser, caption: str, venue: str, city: str, province: str
) -> None:
    # Reuters writes the UK nation between the town and "Britain": it is no country inside another.
    location = normaliser.normalise(caption).location
    assert location is not None
    assert (location.sublocation, location.city, location.province_state, location.country_code) == (
        venue,
        city,
        province,
        "GB",
    )


@pytest.mark.parametrize(
    ("caption", "seat"),
    [
        ("Le Premier ministre s'exprime à Matignon, le 3 mai 2027. (Photo by Ann LEE / AFP)", "Matignon"),
        (
            "La ministre reçoit son homologue allemand au Quai d'Orsay, le 5 mai 2027. (Photo by Ann LEE / AFP)",
            "Quai d'Orsay",
        ),
    ],
)
def test_a_seat_named_bare_where_a_village_bears_its_name_is_the_seat(
    normaliser: Normaliser, caption: str, seat: str
) -> None:
    # French names an office by its seat: Matignon is the Prime Minister's, in Paris, not the Breton village.
    assert located(normaliser, caption, "city", "sublocation", "country_code") == ("Paris", seat, "FR")


def test_a_town_of_some_size_keeps_its_name_over_a_landmark(normaliser: Normaliser) -> None:
    caption = "Le président reçoit son homologue à Versailles, le 3 mai 2027. (Photo by Ann LEE / AFP)"
    assert located(normaliser, caption, "city") == ("Versailles",)


def test_a_players_nationality_code_in_brackets_is_no_parent(normaliser: Normaliser) -> None:
    # Imagn: the dateline's town, not Poland by the player's "(POL)", which would leave the parents at odds.
    caption = (
        "Mar 21, 2027; Miami Gardens, FL, USA; Hubert Hurkacz (POL) hits a serve against Tommy Paul (USA) during "
        "the Miami Open at Hard Rock Stadium. Mandatory Credit: Geoff Burke-Imagn Images"
    )
    assert located(normaliser, caption, "city", "country_code") == ("Miami Gardens", "US")


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        (
            "Rugby Union - Six Nations - Wales v England - Principality Stadium, Cardiff, Wales, Britain - March "
            "20, 2027 Wales' Tomos Williams in action REUTERS/Rebecca Naden",
            "Principality Stadium",
            "Cardiff",
        ),
        (
            "Soccer Football - Scottish Premiership - Celtic v Rangers - Celtic Park, Glasgow, Scotland, Britain - "
            "March 21, 2027 Celtic's Callum McGregor in action REUTERS/Russell Cheyne",
            "Celtic Park",
            "Glasgow",
        ),
    ],
)
def test_a_sport_header_with_a_nation_of_the_country(
    normaliser: Normaliser, caption: str, sublocation: str, city: str
) -> None:
    """Reuters writes a home nation between the town and Britain: the nation is a division, not a town
    written inside a country ("Hong Kong, China")."""
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


@pytest.mark.parametrize(
    ("caption", "towering"),
    [
        # An unknown name after "The", the subject of a verb of height: the sublocation is a guess.
        (
            "The Torre Glories towers over the skyline of Barcelona, Spain, June 8, 2027. REUTERS/Ann Lee",
            True,
        ),
        # Read after a preposition; a later sentence's "The ... towers" does not make it a guess.
        (
            "Tourists walk past Hundertwasserhaus in Vienna, Austria, June 8, 2027. The Hundertwasserhaus "
            "towers above the street. REUTERS/Ann Lee",
            False,
        ),
        # A person towering over a rival is no place.
        ("The Dutchman towers over his rival in Amsterdam, June 8, 2027. REUTERS/Ann Lee", False),
    ],
)
def test_the_place_text_says_when_its_sublocation_is_only_a_towering_subject(
    caption: str, towering: bool
) -> None:
    assert place(caption).towering is towering


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        # A generic noun that opens a name head first is read alone: the whole name is the place.
        (
            "Cittadini in coda davanti al Municipio di Brescia, 14 marzo 2027. ANSA/FILIPPO VENEZIA",
            "Municipio di Brescia",
            "Brescia",
        ),
        (
            "Turistas visitam as Ruínas de São Paulo, em Macau, nesta segunda-feira. LUSA/CARMO CORREIA",
            "Ruínas de São Paulo",
            "Macau",
        ),
        # A town's Roman arena is named after it: "Arènes" alone names none.
        (
            "Les handballeuses saluent le public, dimanche 5 mars 2028, aux Arènes de Metz. Photo Paul Henry",
            "Arènes de Metz",
            "Metz",
        ),
        # A name of its own before its town is left as it is: the town is the city.
        (
            "Turistas en la Alhambra de Granada este lunes. EFE/Pepe Torres",
            "Alhambra",
            "Granada",
        ),
    ],
)
def test_a_lone_generic_head_gets_its_whole_name(
    normaliser: Normaliser, caption: str, sublocation: str, city: str
) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        # A beach's or a market's name read without the noun written before it in lower case.
        (
            "Bañistas abarrotan la playa de la Malvarrosa de Valencia este sábado. EFE/Ana Escobar",
            "playa de la Malvarrosa",
            "Valencia",
        ),
        # A name holding its own head keeps it as read, the noun before it a part of the place.
        (
            "Familiares à porta do Hospital de São João, no Porto, nesta terça-feira. LUSA/JOSÉ COELHO",
            "Hospital de São João",
            "Porto",
        ),
    ],
)
def test_a_name_gets_back_its_head_in_lower_case(
    normaliser: Normaliser, caption: str, sublocation: str, city: str
) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


def test_a_beach_crowded_is_the_place_shown(normaliser: Normaliser) -> None:
    # Spanish "abarrotan" (crowd) takes the place as its object, with no preposition: the beach, then its town.
    caption = "Bañistas abarrotan la playa de Poniente de Benidorm este domingo. EFE/Manuel Lorenzo"
    assert located(normaliser, caption, "sublocation", "city") == ("playa de Poniente", "Benidorm")


def test_a_beach_crowded_with_no_name_is_no_sublocation(normaliser: Normaliser) -> None:
    caption = "Los bañistas abarrotan una playa en Málaga este domingo. EFE/Jorge Zapata"
    assert located(normaliser, caption, "sublocation", "city") == (None, "Málaga")


def test_a_site_named_with_its_town_after_a_wire_town_line(normaliser: Normaliser) -> None:
    # QNA's town line, then the body names the seafront after its town: the town line's town, the seafront.
    caption = "Doha, December 24 (QNA) - Children fly kites along the Doha Corniche on Friday."
    assert located(normaliser, caption, "sublocation", "city") == ("Doha Corniche", "Doha")


def test_a_body_naming_a_bank_after_its_town_has_no_site(normaliser: Normaliser) -> None:
    caption = "Doha, December 24 (QNA) - Officials of the Doha Bank signed the agreement on Friday."
    assert located(normaliser, caption, "sublocation", "city") == (None, "Doha")


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        # A station's platform, a beach's breakwater: the part before the site's head-first name.
        (
            "Passageiros esperam na plataforma da estação Sé, no centro de São Paulo, nesta terça-feira (14). "
            "Bruno Santos/Folhapress",
            "estação Sé",
            "São Paulo",
        ),
        (
            "Pescadores faenan junto al espigón de la playa de la Malagueta, en Málaga, este jueves. EFE/Jorge Zapata",
            "playa de la Malagueta",
            "Málaga",
        ),
    ],
)
def test_a_part_of_a_site_before_its_head_first_name(
    normaliser: Normaliser, caption: str, sublocation: str, city: str
) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        # Dutch "de ingang van het" (the entrance of), as English "the courtyard of".
        (
            "Demonstranten blokkeren de ingang van het Muiderslot in Muiden, donderdag. ANP BART MAAT",
            "Muiderslot",
            "Muiden",
        ),
    ],
)
def test_a_place_at_the_entrance_of(
    normaliser: Normaliser, caption: str, sublocation: str, city: str
) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


@pytest.mark.parametrize(
    ("caption", "town"),
    [
        (
            "Anggota bomba memadamkan kebakaran di sebuah kedai di Jalan Sultan Idris Shah, Ipoh, semalam.",
            "Ipoh",
        ),
        (
            "Peniaga membersihkan gerai yang dinaiki air di Jalan Kuching, Kuala Lumpur, kelmarin.",
            "Kuala Lumpur",
        ),
        ("Pengendara melintasi genangan air di Jalan Ahmad Yani, Surabaya, hari ini.", "Surabaya"),
        # The dash before NSTP's and Bernama's credits is no part of the chain.
        (
            "Orang ramai membeli-belah di bazar Jalan Tuanku Abdul Rahman, Kuala Lumpur, semalam. - Foto "
            "NSTP/SITI AISYAH",
            "Kuala Lumpur",
        ),
        ("Peniaga menyusun sayur di Pasar Besar, Seremban, hari ini. --fotoBERNAMA (2027)", "Seremban"),
        # "pagi tadi" (this morning), "malam tadi" (last night).
        ("Peserta berbasikal di Taman Tasik Perdana, Kuala Lumpur, pagi tadi.", "Kuala Lumpur"),
        ("Bomba memadam kebakaran di Jalan Pasar, Klang, malam tadi.", "Klang"),
    ],
)
def test_a_malay_relative_day_after_the_town_closes_the_chain(
    normaliser: Normaliser, caption: str, town: str
) -> None:
    # "semalam" (yesterday, last night) closes the chain as "ayer" does, leaving the town after the street.
    assert located(normaliser, caption, "city") == (town,)


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        (
            "Pemain negara meraikan kemenangan di Axiata Arena, Ipoh, semalam. - Foto NSTP/ALI HASSAN",
            "Axiata Arena",
            "Ipoh",
        ),
        (
            "Penyokong bersorak di Sultan Azlan Shah Stadium, Ipoh, hari ini.",
            "Sultan Azlan Shah Stadium",
            "Ipoh",
        ),
    ],
)
def test_a_malay_venue_after_di_before_its_town(
    normaliser: Normaliser, caption: str, sublocation: str, city: str
) -> None:
    # "di" (at) before a name closed by its place word is Malay's locative, whatever Italian's "di" does.
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


@pytest.mark.parametrize(
    ("caption", "town"),
    [
        (
            "Àwọn ọmọ ilé-ìwé ń jó níbi ayẹyẹ ọdún ilé-ìwé wọn ní ìlú Abẹ́òkúta, ní ọjọ́ Ẹtì. Fọ́tò: Adé Ọlá",
            "Abeokuta",
        ),
        ("Àwọn oníṣòwò ń ta ọjà ní ìlú Ìbàdàn ní ọjọ́ Àbámẹ́ta.", "Ibadan"),
    ],
)
def test_yoruba_in_the_town_of_places_the_town(normaliser: Normaliser, caption: str, town: str) -> None:
    # "ní ìlú" (in the town of) before the town's name, its tones written or not.
    assert located(normaliser, caption, "city", "country_code") == (town, "NG")


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        # French schools are named head first in lower case, after a person or their area.
        (
            "Rentrée scolaire au lycée Henri-IV, à Paris, lundi 4 septembre 2028. Photo Anne Leroy / AFP",
            "lycée Henri-IV",
            "Paris",
        ),
        (
            "Des parents d'élèves devant l'école Jules-Ferry de Nantes, lundi 4 septembre 2028. Photo Yann Le Goff",
            "école Jules-Ferry",
            "Nantes",
        ),
        # Capitalised, the noun is the name's own ("Collège de France").
        (
            "Le président au Collège de France, à Paris, le 5 septembre 2028. Photo AFP",
            "Collège de France",
            "Paris",
        ),
    ],
)
def test_a_french_school_is_named_head_first(
    normaliser: Normaliser, caption: str, sublocation: str, city: str
) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        # A person's possessive opens the site's own name, its town after a comma.
        (
            "British ballerina June Ashby rehearses at Sadler's Wells Theatre, London, circa 1958. "
            "(Photo by Keystone/Hulton Archive/Getty Images)",
            "Sadler's Wells Theatre",
            "London",
        ),
        # A title's, though a hamlet somewhere bears the word.
        (
            "Nurses on a ward at King's College Hospital, London, 1962. (Photo by Chris Ware/Keystone/Getty Images)",
            "King's College Hospital",
            "London",
        ),
        # A town's possessive says where the site is, no part of its name.
        (
            "Crowds at London's Royal Albert Hall, England, on May 3, 2028. (Photo by Tom Hale/Getty Images)",
            "Royal Albert Hall",
            "London",
        ),
    ],
)
def test_a_person_s_possessive_opens_a_site_s_name(
    normaliser: Normaliser, caption: str, sublocation: str, city: str
) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)
