"""The checks that flag a place resolved on weak evidence (`_locate/_doubts_trust.py`)."""

from __future__ import annotations

import pytest

from captions import Normaliser
from captions._locate._doubts_trust import (
    _county_names,
    _edits,
    code_town_abroad,
    town_in_place_phrase,
    town_of_division_named,
)
from captions._model import WarningCode
from captions._parse import PlaceText
from gazetteer import PlaceQuery


def _flagged(normaliser: Normaliser, caption: str) -> bool:
    return WarningCode.AMBIGUOUS_PLACE in {w.code for w in normaliser.normalise(caption).warnings}


def test_a_town_read_by_two_letters_abroad_is_doubted(normaliser: Normaliser) -> None:
    # "RR" is the code of Roraima, a Brazilian state; as a town's name it is Saudi Arabia's Arar.
    res = normaliser.gazetteer.resolve(PlaceQuery(city="RR"))
    assert res.city is not None and res.city.country_code == "SA"
    place = PlaceText(
        city="RR",
        body="Pacaraima (RR), 06/02/2027 – Migrantes fazem fila na fronteira com a Venezuela.",
        home_country="Brazil",
    )
    assert code_town_abroad(res, "RR", place, normaliser.gazetteer)


def test_a_town_read_by_two_letters_in_a_country_named_stands(normaliser: Normaliser) -> None:
    res = normaliser.gazetteer.resolve(PlaceQuery(city="RR"))
    place = PlaceText(city="RR", body="Trucks queue at the border crossing in Arar, Saudi Arabia.")
    assert not code_town_abroad(res, "RR", place, normaliser.gazetteer)
    # A name longer than a code is no code.
    longer = normaliser.gazetteer.resolve(PlaceQuery(city="Arar"))
    assert not code_town_abroad(longer, "Arar", PlaceText(city="Arar", body="in Arar"), normaliser.gazetteer)


@pytest.mark.parametrize(
    ("body", "parents", "town"),
    [
        # The town written right before its province, unread: the province alone was given.
        (
            "Suporter memadati jalan menuju stadion di Bandung, Jawa Barat, Sabtu (13/3/2027).",
            ("Jawa Barat",),
            "Bandung",
        ),
        # A settlement's noun before the name makes it the town, not the province of its name.
        (
            "Turistas recorren las calles de la ciudad de Mendoza, el 10 de marzo.",
            ("ciudad de Mendoza",),
            "Mendoza",
        ),
    ],
)
def test_a_division_given_where_the_caption_writes_its_town_is_doubted(
    normaliser: Normaliser, body: str, parents: tuple[str, ...], town: str
) -> None:
    res = normaliser.gazetteer.resolve(PlaceQuery(parents=parents))
    assert res.city is None and res.admin1 is not None
    found = town_of_division_named(res, PlaceText(parents=parents, body=body), normaliser.gazetteer)
    assert found is not None and found.name == town


@pytest.mark.parametrize(
    ("body", "parents", "near"),
    [
        (
            "Firefighters battle a grass fire 15 km north of Horsham, Victoria, on Thursday.",
            ("Victoria",),
            ("Horsham",),
        ),
        ("Bushwalkers rest at a lookout in the Blue Mountains, New South Wales.", ("New South Wales",), ()),
        ("Farmers harvest grapes in Mendoza province, Argentina.", ("Mendoza province", "Argentina"), ()),
    ],
)
def test_a_division_with_a_town_named_otherwise_stands(
    normaliser: Normaliser, body: str, parents: tuple[str, ...], near: tuple[str, ...]
) -> None:
    res = normaliser.gazetteer.resolve(PlaceQuery(parents=parents))
    place = PlaceText(parents=parents, body=body, near=near)
    assert town_of_division_named(res, place, normaliser.gazetteer) is None


@pytest.mark.parametrize(
    "caption",
    [
        "3月6日，在智利卡拉马，矿工参加集会。新华社发（佩德罗·罗哈斯摄）",
        "3月12日，在秘鲁库斯科，游客参观古城。新华社发（马里亚诺·马塔摄）",
    ],
)
def test_only_the_country_read_from_a_chinese_caption_is_doubted(
    normaliser: Normaliser, caption: str
) -> None:
    record = normaliser.normalise(caption)
    assert record.location is not None and record.location.city is None
    assert _flagged(normaliser, caption)


@pytest.mark.parametrize(
    "caption",
    [
        "3月8日，在叙利亚北部，一名男子走过废墟。新华社发（阿卜杜拉·哈桑摄）",  # northern Syria: a region
        "3月10日，在韩国釜山，市民参观灯展。新华社发（金元镇摄）",  # Busan is read
    ],
)
def test_a_chinese_caption_naming_a_region_or_a_town_read_stands(
    normaliser: Normaliser, caption: str
) -> None:
    assert not _flagged(normaliser, caption)


@pytest.mark.parametrize(
    ("caption", "town"),
    [
        # "Rio" opens a river's name as often as a town's: the town was not read, only the country.
        (
            "Sunbathers crowd Praia do Cassino in Rio Grande, Brazil, Sunday, March 7, 2027. (AP Photo/Ana Lima)",
            "Rio Grande",
        ),
        # A ship's name before the verb: the county was read, the port written before it was not (a ship
        # heading for a port is not yet there; one that returns to it is, and is read).
        (
            "HMS Prince of Wales heads for Portsmouth, Hampshire, after a NATO exercise. Picture date: Monday "
            "March 8, 2027. Photo credit should read: Andrew Matthews/PA Wire",
            "Portsmouth",
        ),
    ],
)
def test_a_town_the_place_phrase_writes_before_its_area_unread_is_doubted(
    normaliser: Normaliser, caption: str, town: str
) -> None:
    record = normaliser.normalise(caption)
    assert record.location is not None and record.location.city is None
    messages = [w.message for w in record.warnings if w.code == WarningCode.AMBIGUOUS_PLACE]
    assert any(f"'{town}'" in m for m in messages)


@pytest.mark.parametrize(
    ("parents", "text"),
    [
        # A name inside the division's own ("Donetsk" of "Donetsk region") is no town written.
        (("Donetsk region", "Ukraine"), "in the Donetsk region, Ukraine"),
        (("Rio Grande do Sul state", "Brazil"), "off the coast of Rio Grande do Sul state, Brazil"),
        # A range named with its article is not the town of its name.
        (("New South Wales",), "in the Blue Mountains, New South Wales"),
        # The town a place is measured from is not shown.
        (("Sweden",), "rund 50 Kilometer südlich von Kiruna, Schweden"),
        (("Iraq",), "about 40 kilometres north of Mosul, Iraq"),
    ],
)
def test_a_division_whose_phrase_writes_no_town_stands(
    normaliser: Normaliser, parents: tuple[str, ...], text: str
) -> None:
    res = normaliser.gazetteer.resolve(PlaceQuery(parents=parents))
    assert res.city is None and (res.admin1 or res.country) is not None
    place = PlaceText(parents=parents, text=text, body=text)
    assert town_in_place_phrase(res, place, normaliser.gazetteer) is None


def test_a_region_the_place_phrase_writes_before_its_country_stands(normaliser: Normaliser) -> None:
    # Darfur is a region of Sudan the gazetteer holds by that name, no town.
    caption = "Women carry water near a camp in Darfur, Sudan, March 8, 2027. REUTERS/Mohamed Nureldin"
    messages = [w.message for w in normaliser.normalise(caption).warnings]
    assert not any("'Darfur'" in m for m in messages)


@pytest.mark.parametrize(
    ("caption", "city", "country_code"),
    [
        # Whitby and Pickering, Ontario, outscore the Yorkshire towns; the county written says otherwise (as a
        # body's name, not a division phrase such as "the North Yorkshire coast", which settles the town): the
        # county's town is read, as a division written would have it.
        (
            "Waves crash over the pier at Whitby as North Yorkshire Council closes the harbour road on Friday.",
            "Whitby",
            "GB",
        ),
        (
            "Shoppers in Pickering's market place on Monday as North Yorkshire Council reopens the car park.",
            "Pickering",
            "GB",
        ),
        # Cape Town's Athlone and British Columbia's Killarney outscore Ireland's; their county councils name
        # Westmeath and Kerry.
        (
            "Westmeath County Council workers plant trees along the Shannon in Athlone on Monday.",
            "Athlone",
            "IE",
        ),
        (
            "Kerry County Council opens a new car park on High Street, Killarney, on Friday.",
            "Killarney",
            "IE",
        ),
        # The county's body as the credit's source: its handout.
        (
            "Contractors resurface the harbour road in Whitby on Monday. Photo: North Yorkshire Council",
            "Whitby",
            "GB",
        ),
    ],
)
def test_a_county_holding_another_reading_of_the_town_decides(
    normaliser: Normaliser, caption: str, city: str, country_code: str
) -> None:
    record = normaliser.normalise(caption)
    location = record.location
    assert location is not None and (location.city, location.country_code) == (city, country_code)
    assert WarningCode.AMBIGUOUS_PLACE not in {w.code for w in record.warnings}


@pytest.mark.parametrize(
    "caption",
    [
        # The county of the town read, or a county of another country far from any reading.
        "Gritters clear the A171 out of Whitby, Ontario, on Friday.",
        "Waves crash over the pier at Whitby, North Yorkshire, on Friday.",
        "Commuters wait for the GO train in Whitby after a Cornwall ferry was cancelled on Friday.",
    ],
)
def test_no_county_of_a_rival_reading_stands(normaliser: Normaliser, caption: str) -> None:
    record = normaliser.normalise(caption)
    messages = [w.message for w in record.warnings if w.code is WarningCode.AMBIGUOUS_PLACE]
    assert not any("the caption names" in m and "where" in m for m in messages)


def _could_be(normaliser: Normaliser, caption: str) -> list[str]:
    record = normaliser.normalise(caption)
    return [
        w.message
        for w in record.warnings
        if w.code is WarningCode.AMBIGUOUS_PLACE and "could be" in w.message
    ]


@pytest.mark.parametrize(
    ("caption", "country"),
    [
        # Namesakes abroad five times smaller or more, and small: Illinois's and Florida's Inverness,
        # Pennsylvania's Limerick, Queensland's and Ontario's Ayr.
        (
            "Pipers lead the parade along the High Street in Inverness on Sunday morning. Picture: Trevor Martin",
            "GB",
        ),
        (
            "Traders hang the Christmas lights on O'Connell Street in Limerick on Monday. Photo: Niamh Daly",
            "IE",
        ),
        (
            "Racegoers arrive for the Scottish Grand National meeting in Ayr on Saturday. Picture: Alan Harvey",
            "GB",
        ),
        # Ten times smaller at home: South Australia's Maitland (Florida's five times smaller abroad).
        ("Floodwater covers the sports fields in Maitland on Wednesday. Picture: Jonathan Carroll", "AU"),
    ],
)
def test_a_town_whose_rivals_are_far_smaller_or_only_another_name_is_not_doubted(
    normaliser: Normaliser, caption: str, country: str
) -> None:
    record = normaliser.normalise(caption)
    assert record.location is not None and record.location.country_code == country
    assert not _could_be(normaliser, caption)


@pytest.mark.parametrize(
    "caption",
    [
        # A namesake abroad near its size (Ennis, Texas), or at home under ten times smaller (Erie, Colorado),
        # or one bigger abroad (Frankfort in the Free State).
        "Shoppers on the market square in Ennis on Saturday as the Christmas lights went on. Photo: Eamon Ward",
        "Pupils perform at the end-of-year concert in Erie on Friday. Photo: Christopher Millette",
        "Crowds line the route of the parade in Frankfort on Saturday. Photo: Ryan Hermens",
        # A settlers' name borne by towns of three other countries (Queenstown in Britain, New Zealand and
        # Australia beside South Africa's), in a credit style the four share ("Photo / Name", the NZ Herald's,
        # is New Zealand's: `usage_homes`).
        "Bungee jumpers leap from the bridge near Queenstown on Sunday. Photo: Mark Tantrum",
        # Far smaller abroad but a city in itself: the Philippines' Rosario (128,000).
        "Vecinos cortan la avenida principal en Rosario este martes. Foto: Lucía Benítez",
        # A town read from the head of a site's name, and a village too small to weigh rivals against. (A
        # town's paper settles its own town's name: "in London" in the London Free Press, `outlet_towns`.)
        "Fish merchants inspect the catch on Alexandra Dock in the early hours of Thursday. Picture: Owen Rutledge",
        "Hinchas de Boca Juniors en el barrio de La Boca, el miércoles por la noche. Foto: Matías Ferreyra",
        # A rival bearing the name only as another of its names, but bigger than the town read: it may be the
        # exonym's town (Florence for Colombia's Florencia), though it need not be (Russia's Miass for Mijas).
        "Aficionados del Betis en Florencia antes del partido de Conference League, este jueves. EFE/Julio Muñoz",
        "Los bomberos trabajan en el incendio de una nave industrial en Mijas este jueves. Foto: Javier Albiñana",
    ],
)
def test_a_town_with_a_real_rival_stays_doubted(normaliser: Normaliser, caption: str) -> None:
    assert _could_be(normaliser, caption)


@pytest.mark.parametrize(
    "caption",
    [
        # Vienna bears "Bienne" as another of its names; Switzerland, which speaks French, has Biel/Bienne.
        "Des élèves traversent la place Centrale à Bienne, mardi 3 octobre 2028. KEYSTONE/Anne Morel",
        "Les supporters du HC Bienne fêtent le titre jeudi soir à Bienne. KEYSTONE/Anne Morel",
    ],
)
def test_a_namesake_where_the_captions_language_is_spoken_is_flagged(
    normaliser: Normaliser, caption: str
) -> None:
    record = normaliser.normalise(caption)
    messages = [w.message for w in record.warnings if w.code is WarningCode.AMBIGUOUS_PLACE]
    assert any("Biel/Bienne (CH)" in m and "language is spoken" in m for m in messages)


@pytest.mark.parametrize(
    "caption",
    [
        # English is written everywhere: the language says nothing of which town is meant.
        "Pupils cross the square in Bienne on Tuesday, October 3, 2028. KEYSTONE/Anne Morel",
        # A town read by its own name in a language its country does not speak stands.
        "Fernando Alonso rueda en el circuito de Albert Park en Melbourne este viernes. EFE/Joel Carrett",
    ],
)
def test_no_namesake_by_language_where_the_language_tells_nothing(
    normaliser: Normaliser, caption: str
) -> None:
    record = normaliser.normalise(caption)
    messages = [w.message for w in record.warnings if w.code is WarningCode.AMBIGUOUS_PLACE]
    assert not any("language is spoken" in m for m in messages)


def test_a_division_read_alone_from_its_name_is_its_namesake_town(normaliser: Normaliser) -> None:
    # "St Gallen" is the canton's other spelling only; its capital, Sankt Gallen, bears its name.
    record = normaliser.normalise(
        "Fans fill the old town in St Gallen on Thursday, October 12, 2028. Keystone / Ana Roth"
    )
    assert record.location is not None and record.location.city == "Sankt Gallen"


def test_a_division_written_with_its_word_stays_the_division(normaliser: Normaliser) -> None:
    record = normaliser.normalise(
        "Bauern im Kanton St. Gallen am Donnerstag, 12. Oktober 2028. Keystone / Ana Roth"
    )
    assert record.location is not None and record.location.city is None
    assert record.location.province_state == "Sankt Gallen"


def test_a_town_written_before_cbd_with_a_namesake_where_desks_write_it_is_flagged(
    normaliser: Normaliser,
) -> None:
    # England's Ipswich is read; "CBD" is Australian English, and Queensland has an Ipswich.
    record = normaliser.normalise(
        "Traffic crawls through the Ipswich CBD on Monday as roadworks begin. Picture: Liam Fraser"
    )
    messages = [w.message for w in record.warnings if w.code is WarningCode.AMBIGUOUS_PLACE]
    assert any("Ipswich (AU)" in m and "CBD" in m for m in messages)


def test_a_town_written_before_town_centre_is_not_flagged_by_cbd(normaliser: Normaliser) -> None:
    record = normaliser.normalise(
        "Traffic crawls through Ipswich town centre on Monday as roadworks begin. Picture: Liam Fraser"
    )
    assert not any("CBD" in w.message for w in record.warnings)


@pytest.mark.parametrize(
    ("caption", "city"),
    [
        # A slip of the keys in a big town's name, its state or country written beside it: no doubt left.
        ("Dust storms sweep across Pheonix, Ariz., on Tuesday, Aug. 3, 2027. (AP Photo/Jo Reyes)", "Phoenix"),
        (
            "Trams queue at a junction in Melbuorne, Australia, on Monday, March 1, 2027. AAP/Kim Doyle",
            "Melbourne",
        ),
        ("Rain soaks a market in Nairbi, Kenya, on Monday, May 3, 2027. REUTERS/Ken Oduor", "Nairobi"),
    ],
)
def test_a_big_towns_misspelling_in_its_written_place_is_not_flagged(
    normaliser: Normaliser, caption: str, city: str
) -> None:
    record = normaliser.normalise(caption)
    assert record.location is not None and record.location.city == city
    assert not _flagged(normaliser, caption)


@pytest.mark.parametrize(
    "caption",
    [
        # No country or division written beside the near spelling: any place's name may be meant.
        "Dust storms sweep across Pheonix on Tuesday. Photo: Jo Reyes",
        "Rain soaks a market in Nairbi on Monday. Photo: Ken Oduor",
    ],
)
def test_a_near_spelling_not_placed_by_its_division_stays_flagged(
    normaliser: Normaliser, caption: str
) -> None:
    record = normaliser.normalise(caption)
    assert [w for w in record.warnings if "only approximately" in w.message]


def test_edits_count_a_swap_as_one() -> None:
    assert _edits("tuscon", "tucson") == 1
    assert _edits("gothenbourg", "gothenburg") == 1
    assert _edits("creole", "montgomery") > 2


def test_a_county_councils_county_names_the_rival_towns_county(normaliser: Normaliser) -> None:
    # "Westmeath County Council" names County Westmeath, where Ireland's Athlone lies, not Cape Town's.
    record = normaliser.normalise(
        "Westmeath County Council staff repaint the footbridge in Athlone on Tuesday. Photo: Niamh Kelly"
    )
    assert record.location is not None
    assert record.location.country_code == "IE" or any(
        w.code is WarningCode.AMBIGUOUS_PLACE and "Westmeath" in w.message for w in record.warnings
    )


def test_county_names_drop_the_county_noun() -> None:
    assert _county_names("Westmeath County Council", "Westmeath County") == (
        "Westmeath County Council",
        "Westmeath County",
        "Westmeath",
    )
    assert _county_names("North Yorkshire Council", "North Yorkshire") == (
        "North Yorkshire Council",
        "North Yorkshire",
    )


@pytest.mark.parametrize(
    ("caption", "town"),
    [
        # A town read as a second place within the county.
        (
            "Walkers rest at Brockhole in Windermere in Cumbria on May 2, 2028. REUTERS/Carl Recine",
            "Windermere",
        ),
    ],
)
def test_a_record_with_no_town_where_the_caption_puts_the_picture_in_one_is_flagged(
    normaliser: Normaliser, caption: str, town: str
) -> None:
    record = normaliser.normalise(caption)
    assert record.location is not None and record.location.city is None
    messages = [w.message for w in record.warnings if w.code is WarningCode.AMBIGUOUS_PLACE]
    assert any(f"'{town}', named in the caption" in m for m in messages)


@pytest.mark.parametrize(
    "caption",
    [
        # A town only measured from, or named for its ruins: no town is shown, and none is asked for.
        "Reindeer graze about 40 kilometres west of Kiruna, Sweden, March 9, 2028. TT News Agency/Jonas Ekström",
        "Tourists walk among the ruins of Palenque in Chiapas state, Mexico, March 7, 2028. REUTERS/Jose Luis Gonzalez",
        # The head of a division's name: "in Belgorod Region" names no town.
        "Damaged hangars are seen at the air base north of Belgorod on January 12, 2028 in Belgorod Region, "
        "Russia. (Satellite image ©2028 Maxar Technologies/Getty Images)",
    ],
)
def test_a_town_only_measured_from_or_heading_a_division_is_not_asked_for(
    normaliser: Normaliser, caption: str
) -> None:
    record = normaliser.normalise(caption)
    assert not any("which the caption names" in w.message for w in record.warnings)


@pytest.mark.parametrize(
    ("caption", "rival"),
    [
        # The national broadcaster's own photographer: Ontario's London and Nova Scotia's Sydney are big towns
        # at home, though England's and New South Wales's outweigh them in the gazetteer.
        ("Nurses rally on the steps of the hospital in London on Tuesday. (Dana Leclair/CBC)", "London (CA)"),
        ("Ferry passengers wait on the wharf in Sydney on Friday morning. (Marc Tessier/CBC)", "Sydney (CA)"),
    ],
)
def test_a_town_read_abroad_with_a_big_namesake_at_the_credits_home_is_flagged(
    normaliser: Normaliser, caption: str, rival: str
) -> None:
    record = normaliser.normalise(caption)
    messages = [w.message for w in record.warnings if w.code is WarningCode.AMBIGUOUS_PLACE]
    assert any(rival in m and "at home for the credit's agency" in m for m in messages)


@pytest.mark.parametrize(
    "caption",
    [
        # The country is written; the town read is at the agency's home; no big namesake at home.
        "Students march past the campus gates in Kingston, Jamaica, on Friday. (Dana Leclair/CBC)",
        "Crowds watch the fireworks over the harbour in Sydney on New Year's Eve. AAP Image/Dean Lewins",
        "Fans fill the square outside the cathedral in Paris on Saturday. (Marc Tessier/CBC)",
    ],
)
def test_no_namesake_at_home_where_the_caption_or_the_gazetteer_settles_it(
    normaliser: Normaliser, caption: str
) -> None:
    record = normaliser.normalise(caption)
    assert not any("at home for the credit's agency" in w.message for w in record.warnings)
