"""Locating a town whose name many places share, where the caption's context decides: the paper or
regional agency in the credit, the division the caption names, the venue the caption names it by."""

from __future__ import annotations

from dataclasses import replace

import pytest

from captions import Normaliser
from captions._locate import with_home_country
from captions._locate._country import _countries_named
from captions._model import WarningCode
from captions._parse import PlaceText, mentions
from captions._rules import rules
from tests.conftest import located

_PLACE_FLAGS = {WarningCode.AMBIGUOUS_PLACE, WarningCode.PLACE_NOT_FOUND}


def _place_flags(normaliser: Normaliser, caption: str) -> set[WarningCode]:
    return {w.code for w in normaliser.normalise(caption).warnings} & _PLACE_FLAGS


@pytest.mark.parametrize(
    ("caption", "city", "province_state", "country_code"),
    [
        (
            "Trucks queue to cross the Ambassador Bridge in Windsor on Tuesday, March 4, 2025, as tariffs "
            "took effect. Photo: Dax Melmer/Windsor Star",
            "Windsor",
            "Ontario",
            "CA",
        ),
        (
            "A jury hears closing arguments in a courtroom in Toledo on Monday, June 2, 2025. "
            "The Blade/Jeremy Wadsworth",
            "Toledo",
            "Ohio",
            "US",
        ),
        (
            "Fans queue for tickets at Rodney Parade, Newport, on Saturday. Picture: Huw Evans Agency",
            "Newport",
            "Wales",
            "GB",
        ),
        (
            "Mountain bikers ride the trails near Fort William on Sunday. Picture by Kenny Elrick/DCT Media",
            "Fort William",
            "Scotland",
            "GB",
        ),
        (
            "Sean Kelly (52) leaving Ennis District Court on Friday, where he was granted bail. "
            "Photo: Press 22",
            "Ennis",
            "Munster",
            "IE",
        ),
        # New Zealand's and Australia's regional papers: Hamilton is Ontario's otherwise, Newcastle England's.
        (
            "Councillors vote on the annual plan at a meeting in Hamilton on Wednesday. "
            "Photo / Mere Tane / Waikato Herald",
            "Hamilton",
            "Waikato",
            "NZ",
        ),
        (
            "Fans celebrate the Jets' win at a pub in Newcastle on Saturday. "
            "Picture: Max Mason-Hubers / Newcastle Herald",
            "Newcastle",
            "New South Wales",
            "AU",
        ),
        # A news site's own label printed with an agency's picture: the BBC's page is British.
        (
            "Image source, Getty Images\nImage caption,\nVolunteers fill sandbags on the quayside in Whitby as "
            "the River Esk rises on Wednesday",
            "Whitby",
            "England",
            "GB",
        ),
    ],
)
def test_a_papers_home_decides_a_town_it_leaves_bare(
    normaliser: Normaliser, caption: str, city: str, province_state: str, country_code: str
) -> None:
    record = normaliser.normalise(caption)
    location = record.location
    assert location is not None
    assert (location.city, location.province_state, location.country_code) == (
        city,
        province_state,
        country_code,
    )
    assert not {w.code for w in record.warnings} & _PLACE_FLAGS


@pytest.mark.parametrize(
    ("caption", "city", "country_code"),
    [
        # A body or a service of one country only: Victoria's fire brigades, not Crimea's Sevastopol.
        (
            "Sebastopol CFA volunteers hose down the brigade's new tanker outside the fire station on Sunday. "
            "(Supplied)",
            "Sebastopol",
            "AU",
        ),
        # The Hindu's credit style: Kerala's Kochi, not Japan's.
        (
            "Passengers wait for the first metro at the Vyttila hub in Kochi on Friday. | Photo Credit: R.K. Menon",
            "Kochi",
            "IN",
        ),
        # The NZ Herald's: Hawke's Bay's Hastings, not Sussex's.
        (
            "Floats roll down Heretaunga St during the Blossom Parade in Hastings on Saturday. Photo / Ana Ruru",
            "Hastings",
            "NZ",
        ),
        # New Zealand's regional councils are named for regions, so their words point to no country.
        (
            "Waikato Regional Council staff test the river in Hamilton on Monday. Photo / Tui Marsh",
            "Hamilton",
            "NZ",
        ),
    ],
)
def test_a_local_pages_own_usage_decides_a_town_it_leaves_bare(
    normaliser: Normaliser, caption: str, city: str, country_code: str
) -> None:
    record = normaliser.normalise(caption)
    location = record.location
    assert location is not None
    assert (location.city, location.country_code) == (city, country_code)
    assert not {w.code for w in record.warnings} & _PLACE_FLAGS


@pytest.mark.parametrize(
    ("caption", "city", "country_code"),
    [
        # "Picture: Name" is no North American page's credit: Moray's Elgin, Yorkshire's Whitby.
        (
            "A butcher stands outside his new shop on Elgin's High Street on Friday. Picture: Rory Bain",
            "Elgin",
            "GB",
        ),
        (
            "Boats ride out the swell in the harbour at Whitby on Monday. Picture: Ceri Jones",
            "Whitby",
            "GB",
        ),
        # A regional council, neither British nor American: New South Wales' Tamworth, not Staffordshire's;
        # Ontario's Whitby, read there, stays.
        (
            "Tamworth Regional Council crews patch potholes on Peel Street on Tuesday. Picture: Kim Gale",
            "Tamworth",
            "AU",
        ),
        ("Durham Regional Council meets at its headquarters in Whitby on Wednesday.", "Whitby", "CA"),
        # A councillor's title as a local page writes it: Shropshire's Ludlow, not Massachusetts'.
        (
            "The Mayor of Ludlow, Cllr Ann Pryce, opens the food fair on Saturday. Photo: Sam Hale",
            "Ludlow",
            "GB",
        ),
    ],
)
def test_usage_shared_outside_north_america_decides_a_town_read_there(
    normaliser: Normaliser, caption: str, city: str, country_code: str
) -> None:
    assert located(normaliser, caption, "city", "country_code") == (city, country_code)


def test_usage_shared_by_two_countries_names_the_other_reading_in_its_doubt(normaliser: Normaliser) -> None:
    # England's and New Zealand's Whitby, near in size, both write "harbour": the doubt names the two.
    record = normaliser.normalise(
        "Boats ride out the swell in the harbour at Whitby on Monday. Picture: Ceri Jones"
    )
    doubts = [w.message for w in record.warnings if w.code == WarningCode.AMBIGUOUS_PLACE]
    assert doubts == ["'Whitby' could be: Whitby (England GB), Whitby (Wellington NZ)"]


def test_a_north_american_staff_credit_decides_a_town_read_abroad(normaliser: Normaliser) -> None:
    # Dayton's paper's "NAME / STAFF": Ohio's Kettering, not Northamptonshire's, the two level in size.
    caption = "Crews repair a water main break on Stroop Road in Kettering on Wednesday. TESS BRAND / STAFF"
    assert located(normaliser, caption, "city", "country_code") == ("Kettering", "US")


def test_a_papers_own_credit_style_is_its_home(normaliser: Normaliser) -> None:
    # The Tampa Bay Times' "[ NAME | Times ]": Florida's St. Petersburg, not Russia's.
    caption = (
        "Visitors watch a storm roll in from the pier in St. Petersburg on Thursday. [ JAN BELL | Times ]"
    )
    assert located(normaliser, caption, "city", "province_state") == ("St. Petersburg", "Florida")


def test_usage_shared_outside_north_america_yields_to_a_far_bigger_town(normaliser: Normaliser) -> None:
    # Oregon's Portland outscores Dorset's by far: a British page's "in Portland" may be Oregon's.
    caption = "Fans celebrate the title in Portland on Sunday. Picture: Kim Rowe"
    assert located(normaliser, caption, "city", "country_code") == ("Portland", "US")


def test_usage_of_one_country_weighs_nothing_where_the_caption_writes_the_division(
    normaliser: Normaliser,
) -> None:
    # "Ont." is written: Canada's own word then adds nothing, and Ontario's London stays.
    caption = "OPP officers close Wellington Road in London, Ont., on Friday. (Photo: Al Dee)"
    assert located(normaliser, caption, "city", "country_code") == ("London", "CA")


@pytest.mark.parametrize(
    "caption",
    [
        "Trucks line up to cross the Ambassador Bridge in Windsor on Tuesday, March 4, 2025, as tariffs "
        "took effect. DAX MELMER/WINDSOR STAR",
        "Shoppers crowd the waterfront market in Halifax on Saturday, July 5, 2025. Tim Krochak - Chronicle Herald",
    ],
)
def test_a_paper_written_last_decides_though_no_credit_was_read(normaliser: Normaliser, caption: str) -> None:
    record = normaliser.normalise(caption)
    assert record.location is not None and record.location.country_code == "CA"
    assert not {w.code for w in record.warnings} & _PLACE_FLAGS


def test_the_same_town_from_a_wire_without_a_home_stays_flagged(normaliser: Normaliser) -> None:
    assert WarningCode.AMBIGUOUS_PLACE in _place_flags(
        normaliser,
        "Trucks queue to cross the Ambassador Bridge in Windsor on Tuesday, March 4, 2025. REUTERS/Dax Melmer",
    )


def test_a_country_the_caption_writes_keeps_the_say_over_the_papers_home(normaliser: Normaliser) -> None:
    record = normaliser.normalise(
        "Supporters gather in Windsor, England, for the King's birthday on Saturday. (Dax Melmer/Windsor Star)"
    )
    assert record.location is not None
    assert (record.location.city, record.location.country_code) == ("Windsor", "GB")


@pytest.mark.parametrize(
    "caption",
    [
        "Shoppers crowd Orchard Road on the first day of the Great Singapore Sale, June 3. ST PHOTO: LIM YAOHUI",
        "Runners cross the Helix Bridge during the marathon on Sunday. ST PHOTO: KELVIN CHNG",
    ],
)
def test_a_city_states_paper_places_a_landmark_with_no_town_in_its_city(
    normaliser: Normaliser, caption: str
) -> None:
    record = normaliser.normalise(caption, reference_date="2026-06-08")
    assert record.location is not None
    assert (record.location.city, record.location.country_code) == ("Singapore", "SG")
    assert not {w.code for w in record.warnings} & _PLACE_FLAGS


def test_an_outlet_is_found_as_a_whole_phrase_in_any_case(normaliser: Normaliser) -> None:
    place = PlaceText(city="Windsor", text="in Windsor", body="Trucks queue in Windsor.")
    home = with_home_country(place, None, normaliser.gazetteer, "RAVI SANDHU/WINDSOR STAR")
    # A town's paper: its town's division and country join the context, the town kept for a caption naming none.
    assert home.context == ("Ontario", "Canada")
    assert home.home_town == ("Windsor", "Ontario", "Canada")
    # A region's paper: its division only.
    regional = with_home_country(place, None, normaliser.gazetteer, "Photo: Name/YORKSHIRE POST")
    assert (regional.context, regional.home_town) == (("England",), ())
    # Part of a longer name is no outlet: "Press 22" is not in "Press 225".
    other = with_home_country(place, None, normaliser.gazetteer, "Photo: Press 225/Agency")
    assert other.context == ()


def test_every_outlet_home_is_a_country_or_division_the_gazetteer_knows(normaliser: Normaliser) -> None:
    gazetteer = normaliser.gazetteer
    unknown = [
        home
        for home in rules("place")["outlet_homes"].values()
        if gazetteer.country(home) is None and gazetteer.admin1(home) is None
    ]
    assert unknown == []


@pytest.mark.parametrize(
    ("caption", "city", "province_state"),
    [
        (
            "A man walks along the Halifax waterfront as high winds from post-tropical storm Ernesto reach "
            "Nova Scotia on Monday, Aug. 19, 2024. THE CANADIAN PRESS/Darren Calabrese",
            "Halifax",
            "Nova Scotia",
        ),
        (
            "Shoppers crowd the Perth waterfront as storms lash Western Australia on Tuesday. "
            "(AAP Image/Richard Wainwright)",
            "Perth",
            "Western Australia",
        ),
        (
            "Workers clear debris along the Windsor riverfront after storms hit Ontario on Tuesday. "
            "(Photo by John Lee/Getty Images)",
            "Windsor",
            "Ontario",
        ),
    ],
)
def test_a_town_read_off_a_modifier_is_settled_by_its_division_named(
    normaliser: Normaliser, caption: str, city: str, province_state: str
) -> None:
    record = normaliser.normalise(caption)
    assert record.location is not None
    assert (record.location.city, record.location.province_state) == (city, province_state)
    assert WarningCode.AMBIGUOUS_PLACE not in {w.code for w in record.warnings}


@pytest.mark.parametrize(
    ("caption", "city", "country"),
    [
        (
            "Clare County Council's new offices at New Road, Ennis, opened on Monday. Picture: Ann Lee",
            "Ennis",
            "IE",
        ),
        (
            "Cornwall Council workers resurface Lemon Street in Truro on Monday. Picture: Jo Bray",
            "Truro",
            "GB",
        ),
        (
            "Highland Council snowploughs clear the roads in Inverness on Wednesday. Photo: Ian Rhind",
            "Inverness",
            "GB",
        ),
    ],
)
def test_an_ambiguous_town_is_settled_by_a_county_named_near_it(
    normaliser: Normaliser, caption: str, city: str, country: str
) -> None:
    record = normaliser.normalise(caption)
    assert record.location is not None
    assert (record.location.city, record.location.country_code) == (city, country)
    assert WarningCode.AMBIGUOUS_PLACE not in {w.code for w in record.warnings}


@pytest.mark.parametrize(
    "caption",
    [
        # A given name, not County Clare.
        "Clare Hughes outside her shop in Ennis on Monday. Picture: Jo Bray",
        # The county of the town's own name: the United States' Durham has one as well. (A local page's
        # "Picture: Name" would settle it: no North American page's credit, `usage_countries`.)
        "Durham County Council's new offices at Aykley Heads in Durham on Monday. Photo: Stu Norton",
        # A county of a rival of the same country: which Bangor is for the county to decide, not to settle.
        "Gwynedd Council workers fix a burst main on High Street, Bangor, on Friday. Photo: Dei Owen",
    ],
)
def test_a_county_named_settles_no_town_it_cannot_tell_apart(normaliser: Normaliser, caption: str) -> None:
    record = normaliser.normalise(caption)
    assert WarningCode.AMBIGUOUS_PLACE in {w.code for w in record.warnings}


@pytest.mark.parametrize(
    "caption",
    [
        # Canada's Hamilton is three times New Zealand's, which a local page means as often; no credit settles it.
        "Hamilton city councillors vote on the annual plan at Wednesday's meeting. Photo: Ann Lee",
        "Kingston waterfront at dusk on Tuesday. Photo: Ann Lee",
        # Sevastopol bears the name only as an old spelling; a Victorian town bears it as its own.
        "Sebastopol SES crews with the unit's new rescue truck at the Sebastopol depot on Sunday. (Supplied)",
    ],
)
def test_a_town_read_off_a_modifier_with_a_rival_of_its_name_stays_flagged(
    normaliser: Normaliser, caption: str
) -> None:
    assert WarningCode.AMBIGUOUS_PLACE in _place_flags(normaliser, caption)


@pytest.mark.parametrize(
    ("caption", "city"),
    [
        # The agency's home holds the town; the rivals lie abroad.
        (
            "Shoppers crowd the Perth waterfront as storms lash the coast on Tuesday. (AAP Image/Richard Wainwright)",
            "Perth",
        ),
        # One town of the name, or one ten times any other: the noun says it is a town, and which.
        ("Saskatoon firefighters battle a blaze at a vacant house on Thursday. Photo: Ann Lee", "Saskatoon"),
        ("Flags at a Warsaw protest against a proposal to ban marches. Photograph: Ann Lee", "Warsaw"),
    ],
)
def test_a_town_read_off_a_modifier_with_no_rival_is_not_flagged(
    normaliser: Normaliser, caption: str, city: str
) -> None:
    record = normaliser.normalise(caption)
    assert record.location is not None and record.location.city == city
    assert not _place_flags(normaliser, caption)


@pytest.mark.parametrize(
    ("caption", "sublocation", "city", "country_code"),
    [
        (
            "Fans cheer as India's players walk out for the final against New Zealand at Dubai International "
            "Stadium on Sunday. Image Credit: Anas Thacharpadikkal/Gulf News",
            "Dubai International Stadium",
            "Dubai",
            "AE",
        ),
        (
            "India's Virat Kohli bats during the third Test against Australia at the Sydney Cricket Ground "
            "on Jan. 4, 2025. (AP Photo/Rick Rycroft)",
            "Sydney Cricket Ground",
            "Sydney",
            "AU",
        ),
        (
            "Brazil's Neymar reacts during the match against Serbia at Lusail Stadium, Nov. 24, 2022. "
            "(AP Photo/Hassan Ammar)",
            "Lusail Stadium",
            "Lusail",
            "QA",
        ),
    ],
)
def test_a_big_town_a_venue_is_named_after_outweighs_a_team_country(
    normaliser: Normaliser, caption: str, sublocation: str, city: str, country_code: str
) -> None:
    assert located(normaliser, caption, "sublocation", "city", "country_code") == (
        sublocation,
        city,
        country_code,
    )


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        (
            "Dragons' Angus O'Brien breaks through the Scarlets defence during the United Rugby Championship "
            "match at Rodney Parade, Newport. Picture: Huw Evans Agency",
            "Rodney Parade",
            "Newport",
        ),
        (
            "Leinster's Jamison Gibson-Park passes under pressure from the Munster pack at the Aviva Stadium, "
            "Dublin, Ireland, May 3, 2025. REUTERS/Clodagh Kilcoyne",
            "Aviva Stadium",
            "Dublin",
        ),
        # A sublocation written with the place phrase keeps the say over the neighbourhood after it.
        (
            "Resident Mary Hale at Oakwood Grange care home in Kingston Vale, south west London, during an "
            "art class. Issue date: Monday July 25, 2022. (Photo by Sam Hart/PA Wire)",
            "Oakwood Grange care home",
            "London",
        ),
    ],
)
def test_the_venue_of_the_place_phrase_is_the_sublocation(
    normaliser: Normaliser, caption: str, sublocation: str, city: str
) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


@pytest.mark.parametrize(
    ("caption", "sublocation", "city", "country_code"),
    [
        (
            "Fremantle's Sam Switkowski celebrates a goal against West Coast at Optus Stadium on Sunday. "
            "Picture: Getty Images",
            "Optus Stadium",
            "Perth",
            "AU",
        ),
        (
            "Passengers queue at the check-in hall of Changi Airport Terminal 3 on Dec 19. PHOTO: REUTERS",
            "Changi Airport Terminal",
            "Singapore",
            "SG",
        ),
        (
            "Kerry players celebrate with the Sam Maguire Cup at Croke Park on Sunday. Photograph: Inpho",
            "Croke Park",
            "Dublin",
            "IE",
        ),
        (
            "New York Knicks guard Jalen Brunson drives during the first half at Madison Square Garden, "
            "Sunday, Jan. 12, 2025. (AP Photo/Frank Franklin II)",
            "Madison Square Garden",
            "New York City",
            "US",
        ),
    ],
)
def test_a_known_venue_named_without_its_town_places_it(
    normaliser: Normaliser, caption: str, sublocation: str, city: str, country_code: str
) -> None:
    record = normaliser.normalise(caption)
    location = record.location
    assert location is not None
    assert (location.sublocation, location.city, location.country_code) == (sublocation, city, country_code)
    assert not {w.code for w in record.warnings} & _PLACE_FLAGS


def test_an_unknown_venue_named_without_its_town_stays_flagged(normaliser: Normaliser) -> None:
    assert WarningCode.AMBIGUOUS_PLACE in _place_flags(
        normaliser,
        "Fans arrive at Coopers Stadium before the A-League match on Sunday. Picture: Getty Images",
    )


@pytest.mark.parametrize(
    "caption",
    [
        "Jemaah berbuka puasa di Masjid Negara, Kuala Lumpur, semalam. - Foto BERNAMA",
        "Umat Islam menunaikan salat Idulfitri di Masjid Raya Baiturrahman, Senin (31/3/2025). "
        "ANTARA FOTO/Irwansyah Putra",
    ],
)
def test_a_bare_word_found_only_as_a_villages_other_name_is_no_town(
    normaliser: Normaliser, caption: str
) -> None:
    record = normaliser.normalise(caption)
    location = record.location
    # A village found by another name is no reading of a word with no preposition: no silent Iranian town.
    assert location is None or location.country_code != "IR"
    if location is not None and location.city is None:
        assert {w.code for w in record.warnings} & _PLACE_FLAGS


@pytest.mark.parametrize(
    ("caption", "country_code"),
    [
        # A county the gazetteer lacks, named after a town it knows in one country: the country, no town.
        ("Soldiers take part in a drill at an army base in Hsinchu County on Thursday. Photo: EPA-EFE", "TW"),
        ("Farmers harvest rice in Taichung County on Monday. (Photo by Sam Yeh / AFP)", "TW"),
    ],
)
def test_a_county_named_after_a_town_gives_its_country(
    normaliser: Normaliser, caption: str, country_code: str
) -> None:
    record = normaliser.normalise(caption)
    assert record.location is not None
    assert (record.location.city, record.location.country_code) == (None, country_code)
    assert WarningCode.PLACE_NOT_FOUND in {w.code for w in record.warnings}


@pytest.mark.parametrize(
    "caption",
    [
        # A national agency writes the country of a town abroad: a small namesake abroad is flagged.
        "Cumhurbaşkanı Recep Tayyip Erdoğan, Beştepe'deki Cumhurbaşkanlığı Külliyesi'nde kabine toplantısına "
        "başkanlık etti. (Murat Kula - Anadolu Ajansı)",
        "Volunteers clear a footpath in the Lake District. Photo credit should read: National Trust/PA Wire",
    ],
)
def test_a_small_town_abroad_in_a_national_agencys_caption_is_flagged(
    normaliser: Normaliser, caption: str
) -> None:
    record = normaliser.normalise(caption)
    assert record.location is not None and record.location.city is not None
    assert WarningCode.AMBIGUOUS_PLACE in {w.code for w in record.warnings}


@pytest.mark.parametrize(
    ("caption", "city"),
    [
        # A territory its country holds is at home: Svalbard's town in an NTB caption.
        (
            "Forskere tar isprøver i Adventfjorden utenfor Longyearbyen onsdag. Foto: Kari Nordmann / NTB",
            "Longyearbyen",
        ),
        # The Catalan agency is at home in Spain: Barcelona is Catalonia's.
        (
            "Diverses persones passegen davant de la catedral de Barcelona aquest dissabte. Foto: Anna Puig / ACN",
            "Barcelona",
        ),
    ],
)
def test_a_town_at_the_agencys_home_is_not_flagged(normaliser: Normaliser, caption: str, city: str) -> None:
    record = normaliser.normalise(caption)
    assert record.location is not None and record.location.city == city
    assert WarningCode.AMBIGUOUS_PLACE not in {w.code for w in record.warnings}


@pytest.mark.parametrize(
    ("caption", "city", "country_code"),
    [
        # A town abroad the caption places in its country, or a big one, is the agency's to name.
        (
            "Filistinliler Han Yunus'ta yardım bekliyor, Filistin. (Abed Rahim Khatib - Anadolu Ajansı)",
            "Khān Yūnis",
            "PS",
        ),
        (
            "Palestinians inspect a destroyed building in Deir al-Balah, Gaza on April 11, 2026. (Ashraf Amra - Anadolu Agency)",
            "Dayr al Balaḩ",
            "PS",
        ),
    ],
)
def test_a_town_abroad_placed_or_big_is_not_flagged(
    normaliser: Normaliser, caption: str, city: str, country_code: str
) -> None:
    record = normaliser.normalise(caption)
    assert record.location is not None
    assert (record.location.city, record.location.country_code) == (city, country_code)
    assert WarningCode.AMBIGUOUS_PLACE not in {w.code for w in record.warnings}


@pytest.mark.parametrize(
    ("caption", "city", "country_code"),
    [
        (
            "FILE - Boxer Sam Tolliver shadowboxes at a gym in Kinshasa, Zaire, Sept. 20, 1974. (AP Photo, File)",
            "Kinshasa",
            "CD",
        ),
        (
            "Crowds line the road from Salisbury airport, Southern Rhodesia, 12th March 1965. "
            "(Photo by Keystone/Getty Images)",
            "Harare",
            "ZW",
        ),
        (
            "Workers repair tram lines in Leipzig, East Germany, 14th May 1972. (Photo by Keystone/Getty Images)",
            "Leipzig",
            "DE",
        ),
    ],
)
def test_a_former_country_places_a_town_in_the_country_that_holds_it_today(
    normaliser: Normaliser, caption: str, city: str, country_code: str
) -> None:
    assert located(normaliser, caption, "city", "country_code") == (city, country_code)


@pytest.mark.parametrize(
    "caption",
    [
        "(FILES) This file photo taken on November 9, 1989 in East Berlin shows people crossing a checkpoint. "
        "(Photo by JOHN SMITH / AFP)",
        "Schauspieler Otto Krause 1978 bei einer Probe in Ost-Berlin. Foto: Zentralbild / dpa",
        "Students protest in West Berlin, West Germany, June 2, 1967. (AP Photo/File)",
    ],
)
def test_a_half_of_divided_berlin_is_berlin(normaliser: Normaliser, caption: str) -> None:
    assert located(normaliser, caption, "city", "country_code") == ("Berlin", "DE")


def test_the_countries_a_caption_names_are_read_once_each_in_the_order_written(
    normaliser: Normaliser,
) -> None:
    body = (
        "Ukrainian servicemen ride a tank near Bakhmut, Ukraine, as U.S. officials meet Poland's envoy in "
        "Warsaw. Ukraine says the talks went well."
    )
    named = _countries_named(mentions(body), normaliser.gazetteer)
    assert [c.country_code for c in named] == ["UA", "US", "PL"]
    # A stop after a name is no matter: "... in Kyiv, Ukraine." names Ukraine.
    assert [c.country_code for c in _countries_named(("Ukraine.",), normaliser.gazetteer)] == ["UA"]
    assert _countries_named(mentions("Fans cheer at Wembley Stadium in London."), normaliser.gazetteer) == []


@pytest.mark.parametrize(
    ("caption", "city", "country_code"),
    [
        # EFE, Spain's agency, writes the country of a town abroad ("Valencia (Venezuela)"): a bare
        # Valencia, Barcelona or Granada in its caption is Spain's, and no doubt for the desk.
        (
            "Aficionados celebran el ascenso del equipo en la plaza del Ayuntamiento de Valencia, este domingo. "
            "EFE/Manuel Bruque",
            "Valencia",
            "ES",
        ),
        (
            "Una mujer camina junto a los puestos de flores de la Rambla de Barcelona, el 23 de abril de 2026. "
            "EFE/Toni Albir",
            "Barcelona",
            "ES",
        ),
        (
            "Turistas hacen cola ante la Alhambra de Granada, el 2 de mayo de 2026. EFE/Miguel Ángel Molina",
            "Granada",
            "ES",
        ),
    ],
)
def test_a_town_efe_leaves_bare_is_spains(
    normaliser: Normaliser, caption: str, city: str, country_code: str
) -> None:
    assert located(normaliser, caption, "city", "country_code") == (city, country_code)
    assert not _place_flags(normaliser, caption)


def test_a_town_efe_places_abroad_keeps_its_country(normaliser: Normaliser) -> None:
    caption = "Vecinos limpian una calle inundada en Valencia, Carabobo (Venezuela), este lunes. EFE/Miguel Gutiérrez"
    assert located(normaliser, caption, "country_code") == ("VE",)


@pytest.mark.parametrize(
    "caption",
    [
        # A town read from a venue's name, at home for the agency, with rivals abroad: no doubt left.
        "Lifeguards patrol the sand at Bondi Beach as temperatures reach 40C on Saturday. AAP Image/Dan Himbrechts",
        "Kuwait's Crown Prince receives a visiting delegation of Gulf ministers at Bayan Palace on Monday. (KUNA)",
    ],
)
def test_the_agencys_home_settles_a_town_read_from_a_venue(normaliser: Normaliser, caption: str) -> None:
    assert not _place_flags(normaliser, caption)


def test_the_same_venue_from_a_wire_stays_flagged(normaliser: Normaliser) -> None:
    caption = (
        "Lifeguards patrol the sand at Bondi Beach as temperatures reach 40C on Saturday. REUTERS/Jaimi Joy"
    )
    assert WarningCode.AMBIGUOUS_PLACE in _place_flags(normaliser, caption)


@pytest.mark.parametrize(
    ("caption", "city", "country_code"),
    [
        (
            "Farmers drive tractors into Victoria, the capital of Seychelles, December 2, 2026. REUTERS/Stringer",
            "Victoria",
            "SC",
        ),
        (
            "Cruise passengers queue for taxis in Hamilton, the capital of Bermuda, on Tuesday, Dec. 1, 2026. "
            "(AP Photo/Rebecca Blackwell)",
            "Hamilton",
            "BM",
        ),
        (
            "Vendors sell fish at the market in Georgetown, the capital of Guyana, November 30, 2026. "
            "REUTERS/Stringer",
            "Georgetown",
            "GY",
        ),
    ],
)
def test_a_town_described_as_in_a_country_is_that_countrys_town(
    normaliser: Normaliser, caption: str, city: str, country_code: str
) -> None:
    # Not the Australian state of Victoria, nor Hamilton, Ontario: the description names the country.
    assert located(normaliser, caption, "city", "country_code") == (city, country_code)


@pytest.mark.parametrize(
    ("caption", "flagged"),
    [
        # Two towns of one country differ by their accents only: the one spelt as written may be meant ...
        (
            "Members of the Bundeswehr take part in an exercise near Munster, Germany. REUTERS/Anna Weber",
            True,
        ),
        # ... unless the division written beside it says which.
        (
            "Tourists throng the Mall Road in Manali, Himachal Pradesh, on Thursday. (Express Photo by Ravi Kumar)",
            False,
        ),
    ],
)
def test_a_town_spelt_as_another_is_flagged_unless_its_division_is_written(
    normaliser: Normaliser, caption: str, flagged: bool
) -> None:
    record = normaliser.normalise(caption)
    assert (WarningCode.AMBIGUOUS_PLACE in {w.code for w in record.warnings}) is flagged


@pytest.mark.parametrize(
    ("caption", "city", "country_code"),
    [
        # The national agency's home: PTI's India, BSS's Bangladesh, APP's Pakistan.
        (
            "Commuters wade through a waterlogged street in the capital after heavy rain on Tuesday. (PTI Photo)",
            "New Delhi",
            "IN",
        ),
        ("Traffic crawls along a flooded road in the capital on Monday. Photo: BSS", "Dhaka", "BD"),
        ("Vendors sell national flags in the federal capital on Sunday. (APP)", "Islamabad", "PK"),
        # A nationality before the word, or the country's possessive, from an international wire.
        (
            "Residents queue for water in the Kenyan capital on Friday. (AP Photo/Brian Inganga)",
            "Nairobi",
            "KE",
        ),
        ("Police stand guard in Kenya's capital on Friday. (AP Photo/Brian Inganga)", "Nairobi", "KE"),
        # A site in the capital keeps its name.
        (
            "Devotees offer prayers at Dhakeshwari National Temple in the capital on Saturday. Photo: BSS",
            "Dhaka",
            "BD",
        ),
    ],
)
def test_the_capital_is_the_country_s_capital(
    normaliser: Normaliser, caption: str, city: str, country_code: str
) -> None:
    """ "in the capital": the capital of the country written, of the nationality, or of the agency's home."""
    assert located(normaliser, caption, "city", "country_code") == (city, country_code)


@pytest.mark.parametrize(
    "caption",
    [
        # An international wire has no home: no country is told, and the desk is asked.
        "Protesters march in the capital on Friday. (AP Photo/Jane Doe)",
        "Students protest in the capital on Thursday. (Xinhua/Li Ming)",
        # A division's capital, and a place outside the capital, are not the country's capital.
        "Supporters rally in the state capital on Monday. (PTI Photo)",
        "Farmers block a highway outside the capital on Monday. (PTI Photo)",
    ],
)
def test_the_capital_of_no_country_told_is_no_town(normaliser: Normaliser, caption: str) -> None:
    record = normaliser.normalise(caption)
    assert record.location is None or record.location.city is None
    assert WarningCode.MISSING_PLACE in {w.code for w in record.warnings}


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        # A town in a title the outlet list lacks: its country.
        (
            "Traders set out their stalls on Cheap Street in Frome. Picture: John Hollis/Frome Standard",
            ("Frome", "England", "GB"),
        ),
        (
            "Shoppers queue outside the new library in Salisbury. Picture: Bath Chronicle",
            ("Salisbury", "England", "GB"),
        ),
        # A county in the title: England's Boston, not Massachusetts's.
        (
            "Stallholders pack up in Boston's Market Place after the storm. Picture: Lincolnshire Echo",
            ("Boston", "England", "GB"),
        ),
        # A town with its state: Cambridge, Massachusetts, not England's.
        (
            "Students cross Harvard Yard in Cambridge as the first snow falls. Photo: Maria Lopes/Boston Herald",
            ("Cambridge", "Massachusetts", "US"),
        ),
    ],
)
def test_a_papers_title_names_its_home(
    normaliser: Normaliser, caption: str, expected: tuple[str, str, str]
) -> None:
    assert located(normaliser, caption, "city", "province_state", "country_code") == expected


def test_of_the_towns_of_a_name_at_home_the_one_near_the_titles_town_is_meant(normaliser: Normaliser) -> None:
    # London's Richmond is England's too, and bigger; North Yorkshire's lies 20 km from Darlington.
    record = normaliser.normalise(
        "Volunteers repaint the gates of Richmond's Green Howards Museum before the parade. "
        "Picture: Darlington and Stockton Times"
    )
    assert record.location is not None
    assert (record.location.city, record.location.geonames_id) == ("Richmond", 2639388)
    assert not {w.code for w in record.warnings} & _PLACE_FLAGS


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        # The picture abroad: a town the home's country lacks stays the caption's.
        (
            "Members of the Frome Rotary Club at the Colosseum in Rome. Picture: Frome Standard",
            ("Rome", "IT"),
        ),
        # A division the caption writes keeps the say.
        (
            "Veterans at the Virginia War Memorial in Richmond, Virginia. Picture: Darlington and Stockton Times",
            ("Richmond", "US"),
        ),
        # A national title names no home: "The Times of India", "The Guardian".
        ("Tourists photograph Big Ben in London. Photograph: Anna Pell/The Guardian", ("London", "GB")),
        ("Commuters cross the Seine in Paris. Photo: Claire Dubois/New York Times", ("Paris", "FR")),
    ],
)
def test_a_titles_home_overrides_nothing_the_caption_writes(
    normaliser: Normaliser, caption: str, expected: tuple[str, str]
) -> None:
    assert located(normaliser, caption, "city", "country_code") == expected


@pytest.mark.parametrize(
    "credit",
    [
        "Photo by Imran Ali / White Star",  # White: an American hamlet
        "Trevor Mackinlay / Highland News and Media",  # Scotland's council area and America's Highlands
        "Sam Ellery/Herald & Times",  # two nouns
        "Border Telegraph",
        "Peter Moulding / SussexWorld",  # Sussex, Wisconsin
        "Daily Mail",
    ],
)
def test_a_title_whose_words_name_no_one_place_gives_no_home(normaliser: Normaliser, credit: str) -> None:
    place = PlaceText(city="Hawick", text="in Hawick", body="Shoppers in Hawick.")
    # The bodies a credit names are kept for the county check (`rival_county_named`); nothing else is added.
    assert replace(with_home_country(place, None, normaliser.gazetteer, credit), credit_bodies=()) == place


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        ("Fishing boats shelter in Whitby harbour on the North Yorkshire coast as the storm hits.", "GB"),
        ("Volunteers clear litter from the beach at Torquay on the Devon coast.", "GB"),
        (
            "Flood water surrounds houses in Richmond in North Yorkshire after the river burst its banks.",
            "GB",
        ),
    ],
)
def test_a_division_written_as_one_settles_a_town_of_its_name(
    normaliser: Normaliser, caption: str, expected: str
) -> None:
    assert located(normaliser, caption, "country_code") == (expected,)
    assert not _place_flags(normaliser, caption)


def test_a_division_named_as_a_persons_title_settles_nothing(normaliser: Normaliser) -> None:
    # "Prince William" is no preposition's or land noun's division: Whitby, Ontario stays.
    assert located(
        normaliser, "Prince William opens a new ward at the hospital in Whitby, Ontario.", "country_code"
    ) == ("CA",)


def test_the_national_broadcasters_photographers_shoot_at_home(normaliser: Normaliser) -> None:
    # "(Name/CBC)": Canada's broadcaster, whose local stations' towns are Canada's (not Kingston, Jamaica).
    caption = (
        "A Kingston Transit bus on Princess Street on Tuesday, the first day of the pilot. (Noor Haddad/CBC)"
    )
    record = normaliser.normalise(caption)
    assert record.location is not None
    assert (record.location.city, record.location.country_code) == ("Kingston", "CA")
    assert WarningCode.AMBIGUOUS_PLACE not in {w.code for w in record.warnings}


def test_a_local_pages_crews_name_their_own_town(normaliser: Normaliser) -> None:
    # "Owensboro crews": the town's own service, as "Orange mayor" is its own mayor; the street is no town's.
    caption = "Owensboro crews patch a sinkhole on Monday after a storm drain collapsed beneath Main Street."
    assert located(normaliser, caption, "city", "province_state") == ("Owensboro", "Kentucky")
