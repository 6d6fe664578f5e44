"""Place rules for captions as they arrive: other languages, lead sentences, people and titles that look
like towns, relational phrases, towns outside the chain, and the consistency checks that flag a doubtful
place."""

from __future__ import annotations

import pytest

from captions import Normaliser
from captions._locate import locate
from captions._locate._doubts import _doubts
from captions._parse._place import PlaceText
from gazetteer import Gazetteer, PlaceQuery
from tests.conftest import located


# Captions as they arrive: other languages, lead sentences, people and titles that look like towns.
@pytest.mark.parametrize(
    ("caption", "city", "country_code", "sublocation"),
    [
        # French: "à", "dans", an article before the date, an AFP day-month header, an "Ici," cue.
        (
            "Une femme pose à Lyon, le 4 mars 2024, devant la mairie. (AFP PHOTO / ANNE LEE)",
            "Lyon",
            "FR",
            None,
        ),
        (
            "Des détenus attendent à la prison de Fresnes, à Paris, le 2 mai 2023. (AFP PHOTO / ANNE LEE)",
            "Paris",
            "FR",
            "prison de Fresnes",
        ),
        (
            "2 AVRIL. Des familles dans le camp de Calais, lors d'une distribution. (AFP PHOTO / ANNE LEE)",
            "Calais",
            "FR",
            "camp de Calais",
        ),
        # Spanish: a relative day word between the place and the date.
        (
            "Un ciclista compite en Zaragoza (España) hoy, 3 de mayo de 2019. EFE/Ana Lee",
            "Zaragoza",
            "ES",
            None,
        ),
        # Portuguese and Dutch: "em", "na"; a phrase ends at the first lower-case word that is no connector.
        (
            "Moradores caminham em Lisboa durante o protesto de ontem. (Foto: Ana Lee/Lusa)",
            "Lisbon",
            "PT",
            None,
        ),
        (
            "In een café in Utrecht kijken bezoekers naar de wedstrijd. Foto: Anna Lee/ANP",
            "Utrecht",
            "NL",
            None,
        ),
        # German "am" before a square (not "Frankfurt am Main").
        (
            "Besucher gehen über den Weihnachtsmarkt am Alexanderplatz in Berlin. Foto: Anna Lee/dpa",
            "Berlin",
            "DE",
            "Alexanderplatz",
        ),
    ],
)
def test_places_in_other_languages(
    normaliser: Normaliser, caption: str, city: str, country_code: str, sublocation: str | None
) -> None:
    assert located(normaliser, caption, "city", "country_code", "sublocation") == (
        city,
        country_code,
        sublocation,
    )


def test_a_lead_sentence_gives_way_to_the_picture_sentence(normaliser: Normaliser) -> None:
    location = normaliser.normalise(
        "The European Union has opened an inquiry into the carmaker. In this photo taken Friday, March 8, "
        "2024, workers assemble cars at a plant in Wolfsburg, Germany. (AP Photo/Ann Lee)"
    ).location
    assert location is not None and (location.city, location.country_code) == ("Wolfsburg", "DE")


@pytest.mark.parametrize(
    "caption",
    [
        "Elizabeth Warren, pictured in March 2023, speaks to reporters. (Photo by Ann Lee/Getty Images)",
        "Tim Cook and Satya Nadella. (Photo by Ann Lee/Getty Images)",
        "The governor announced new flood measures on Friday. (Photo by Ann Lee/Getty Images)",
        "President Joe Biden listens during a meeting. (AP Photo/Ann Lee)",
    ],
)
def test_a_person_title_or_weekday_is_no_town(normaliser: Normaliser, caption: str) -> None:
    location = normaliser.normalise(caption).location
    assert location is None or location.city is None


@pytest.mark.parametrize(
    ("caption", "city", "province_state"),
    [
        # "near X" only locates the town before it.
        (
            "Vendors sell fruit in the Mexican city of Puebla near Mexico City, May 2, 2023. REUTERS/Ann Lee",
            "Puebla",
            "Puebla",
        ),
        # An appositive describes the town before it.
        (
            "Students dance in Nanjing, the capital of East China's Jiangsu Province, May 4, 2019. (Xinhua/Ann Lee)",
            "Nanjing",
            "Jiangsu",
        ),
        # A head that names no town falls back on the town it is near.
        (
            "Children play in Shuja area, east of Gaza City in the Gaza Strip on March 4, 2024. (Photo by AFP)",
            "Gaza",
            "Gaza Strip",
        ),
    ],
)
def test_relational_places(normaliser: Normaliser, caption: str, city: str, province_state: str) -> None:
    location = normaliser.normalise(caption).location
    assert location is not None and (location.city, location.province_state) == (city, province_state)


def test_a_suburb_missing_from_the_gazetteer_is_the_town_it_lies_by(normaliser: Normaliser) -> None:
    location = normaliser.normalise(
        "Volunteers set up beds at the Jacques Lemaire Arena in the Montreal suburb of LaSalle, Sunday, "
        "April 26, 2020. THE CANADIAN PRESS/Ann Lee"
    ).location
    assert location is not None
    assert (location.city, location.province_state) == ("Montréal", "Quebec")
    assert location.sublocation == "Jacques Lemaire Arena"


def test_a_lone_generic_noun_is_no_sublocation(normaliser: Normaliser) -> None:
    location = normaliser.normalise(
        "Soldiers rest at a camp in Kramatorsk, Ukraine, Monday, May 2, 2022. (AP Photo/Ann Lee)"
    ).location
    assert location is not None and location.sublocation is None and location.city == "Kramatorsk"
    location = normaliser.normalise(
        "The mayor addresses the Scottish Parliament in Edinburgh, Scotland, Tuesday, May 3, 2022. (AP Photo/Ann Lee)"
    ).location
    assert location is not None and location.sublocation == "Scottish Parliament"


@pytest.mark.parametrize(
    ("caption", "city"),
    [
        ("Children swim in a pool at dawn in Agra, India, June 11, 2027. REUTERS/Ann Lee", "Agra"),
        (
            "Fishermen mend their nets on the beach at sunset in Kochi, India, June 11, 2027. REUTERS/Ann Lee",
            "Kochi",
        ),
        ("Bañistas en la playa al atardecer en Valencia, el 14 de junio de 2027. EFE/Ana López", "Valencia"),
    ],
)
def test_the_hour_of_the_light_after_a_lone_noun_names_no_place(
    normaliser: Normaliser, caption: str, city: str
) -> None:
    """ "a pool at dawn": the hour the picture is made in closes the place phrase, which is a lone noun."""
    assert located(normaliser, caption, "sublocation", "city") == (None, city)


def test_the_hour_of_the_light_after_a_name_leaves_the_name(normaliser: Normaliser) -> None:
    caption = "People sit in Plaza Mayor at night in Madrid, Spain, June 11, 2027. REUTERS/Ann Lee"
    assert located(normaliser, caption, "sublocation", "city") == ("Plaza Mayor", "Madrid")


@pytest.mark.parametrize(
    ("caption", "city"),
    [
        (
            "A firefighter sprays water on a burning house in Altadena, Calif., Wednesday, Jan. 8, 2025. (AP"
            " Photo/Ann Lee)",
            "Altadena",
        ),
        (
            "Migrants rest at a makeshift camp in Calais, northern France, on January 6, 2027. (Photo by ANN LEE"
            " / AFP)",
            "Calais",
        ),
        (
            "A woman walks past a destroyed residential building in Kharkiv, Ukraine, January 6, 2027."
            " REUTERS/Ann Lee",
            "Kharkiv",
        ),
        # In a caption written in capitals the words tell it.
        (
            "A MAN WALKS PAST A DESTROYED BUILDING IN KHARKIV, UKRAINE, JANUARY 5, 2027. REUTERS/ANN LEE",
            "Kharkiv",
        ),
    ],
)
def test_a_described_common_noun_is_no_sublocation(normaliser: Normaliser, caption: str, city: str) -> None:
    # IPTC's sublocation is a name: "a burning house" describes a place and names none.
    location = normaliser.normalise(caption).location
    assert location is not None and location.city == city
    assert location.sublocation is None


def test_a_described_name_keeps_its_name(normaliser: Normaliser) -> None:
    location = normaliser.normalise(
        "Workers clear rubble outside the damaged Okhmatdyt hospital in Kyiv, Ukraine, January 6, 2027."
        " REUTERS/Ann Lee"
    ).location
    assert location is not None and location.sublocation == "Okhmatdyt hospital"


def test_a_city_outside_the_written_country_is_flagged(normaliser: Normaliser) -> None:
    record = normaliser.normalise(
        "Children play in a park in Kingston, Jamaica, on May 2, 2023. (Photo by Ann Lee/Getty Images)"
    )
    assert record.location is not None and record.location.country_code == "JM"
    assert "ambiguous_place" not in {w.code.value for w in record.warnings}
    # Should the gazetteer place the town elsewhere than the country written beside it, a desk is told.
    gazetteer = Gazetteer.default()
    found = gazetteer.resolve(PlaceQuery(city="Cuernavaca"))
    doubts = _doubts(PlaceText(city="Cuernavaca", parents=("Peru",)), found, "Cuernavaca", gazetteer)
    assert doubts and "does not lie in 'Peru'" in doubts[0][1]


def test_an_unread_parent_beside_a_town_found_once_is_no_alarm(normaliser: Normaliser) -> None:
    record = normaliser.normalise(
        "Fans gather in Los Angeles, CA. on March 3, 2024. Photograph: Ann Lee/The Guardian"
    )
    assert record.location is not None and record.location.city == "Los Angeles"
    assert "place_not_found" not in {w.code.value for w in record.warnings}


def test_an_unclosed_credit_is_no_place(normaliser: Normaliser) -> None:
    record = normaliser.normalise(
        "A for sale sign stands outside a home in Concord, N.H. (AP Photo/Ann Lee, File (AP Photo/Ann Lee, File)"
    )
    assert record.location is not None
    assert (record.location.city, record.location.country_code) == ("Concord", "US")


@pytest.mark.parametrize(
    ("caption", "city", "country_code", "province_state"),
    [
        # A town written as subject or object, inside the division the chain names.
        (
            "Kidal is flooded after heavy rains in northern Mali, August 2, 2020. REUTERS/Ann Lee",
            "Kidal",
            "ML",
            "Kidal",
        ),
        # Head-first division words.
        (
            "Turistas visitan el parque en la provincia de Mendoza (Argentina), el 2 de mayo de 2015. EFE/Ana Lee",
            None,
            "AR",
            "Mendoza",
        ),
        # A place and a dash opening the text.
        (
            "Curitiba – Moradores fazem fila para vacinação. (Ana Lee/Agência Brasil)",
            "Curitiba",
            "BR",
            "Paraná",
        ),
        # Australian state abbreviations.
        (
            "Floodwaters spread across farmland in far western NSW. Credit: Ann Lee",
            None,
            "AU",
            "New South Wales",
        ),
    ],
)
def test_places_outside_the_chain(
    normaliser: Normaliser, caption: str, city: str | None, country_code: str, province_state: str
) -> None:
    location = normaliser.normalise(caption).location
    assert location is not None
    assert (location.city, location.country_code, location.province_state) == (
        city,
        country_code,
        province_state,
    )


def test_a_town_read_off_a_modifier_is_flagged_where_a_rival_shares_its_name(normaliser: Normaliser) -> None:
    record = normaliser.normalise(
        "Banners at a Hamilton rally against the housing law. Photograph: Ann Lee/Reuters"
    )
    assert record.location is not None and record.location.city == "Hamilton"
    assert "ambiguous_place" in {w.code.value for w in record.warnings}
    # Madrid, Spain is a hundred times any other Madrid: the modifier means it.
    record = normaliser.normalise(
        "Banners at a Madrid rally against the housing law. Photograph: Ann Lee/Reuters"
    )
    assert record.location is not None and record.location.city == "Madrid"
    assert "ambiguous_place" not in {w.code.value for w in record.warnings}


def test_a_german_noun_after_in_is_no_town(normaliser: Normaliser) -> None:
    record = normaliser.normalise(
        "Paris schaltet seine Beleuchtung in Champagnergold und Weiß wieder an. Foto: Anna Lee/dpa"
    )
    assert record.location is None or record.location.city != "Champagnergold"


def test_an_address_ranks_before_a_district(normaliser: Normaliser) -> None:
    location = normaliser.normalise(
        "Firefighters work at 210 Grand Street after a fire in the Bronx borough of New York, New York, "
        "USA, 12 December 2023. EPA-EFE/ANN LEE"
    ).location
    assert location is not None and location.sublocation == "210 Grand Street"
    location = normaliser.normalise(
        "Berlin, 20.11.2020: Buden am Potsdamer Platz. (Quelle: dpa/Anna Lee)"
    ).location
    assert location is not None and location.sublocation == "Potsdamer Platz"


def test_a_far_fetched_approximate_match_is_no_town() -> None:
    gazetteer = Gazetteer.default()
    location, warnings = locate(PlaceText(city="Qwertyville", parents=("Louisiana",)), gazetteer)
    assert location is not None and location.city == "Qwertyville" and location.province_state == "Louisiana"
    assert any(code.value == "place_not_found" for code, _ in warnings)


def test_a_landmark_or_a_bracketed_country_places_the_country(normaliser: Normaliser) -> None:
    location = normaliser.normalise(
        "Senators listen to a speech in the Old Senate Chamber of the Capitol on Tuesday. (Ann Lee/CQ Roll Call)"
    ).location
    assert location is not None and (location.city, location.country_code) == (None, "US")
    location = normaliser.normalise(
        "Las playas de Montañita (Ecuador) reciben a miles de turistas durante el feriado. Foto: EFE/Ana Lee."
    ).location
    assert location is not None and location.country_code == "EC"


def test_a_named_facility_further_back_beats_a_name_without_one(normaliser: Normaliser) -> None:
    location = normaliser.normalise(
        "A devotee prays outside the Dakshineswar Kali Temple that stays closed on Durga Puja; in Kolkata on "
        "Oct 14, 2020. (Photo: Ann Lee/IANS)"
    ).location
    assert location is not None and location.sublocation == "Dakshineswar Kali Temple"
    location = normaliser.normalise(
        "Katy Perry rehearses at The Forum on August 25, 2017 in Inglewood, California. (Photo by Ann Lee/Getty Images)"
    ).location
    assert location is not None and location.sublocation == "The Forum"


def test_a_release_sentence_gives_way_to_the_picture_or_its_place_and_date(normaliser: Normaliser) -> None:
    record = normaliser.normalise(
        "A handout photo made available by the Prize Foundation shows the 2023 winner image by Ann Lee. The "
        "drought has emptied the wells of the region. Kandahar, Afghanistan, 12 March 2022. EPA-EFE/Ann Lee"
    )
    assert record.location is not None and (record.location.city, record.location.country_code) == (
        "Kandahār",
        "AF",
    )
    location = normaliser.normalise(
        "This picture released by the Prize on February 14, 2014 shows the winning image. The picture shows "
        "fishermen on the shore of Djibouti city at dawn. (AFP PHOTO/Ann Lee)"
    ).location
    assert location is not None and (location.city, location.country_code) == ("Djibouti", "DJ")
