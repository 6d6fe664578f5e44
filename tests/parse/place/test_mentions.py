"""Towns named outside the place chain (`_parse/_place/_mentions.py`): a town's own service."""

from __future__ import annotations

import pytest

from captions import Normaliser
from captions._model import WarningCode
from captions._parse._place._mentions import _modifier_towns, event_town, measured_from, possessive_subject


def test_a_town_before_its_service_at_the_head() -> None:
    assert _modifier_towns("Saskatoon firefighters battle a blaze on 20th Street West") == ("Saskatoon",)


def test_a_person_before_a_noun_is_none() -> None:
    assert _modifier_towns("Justin Trudeau speaks to reporters") == ()


@pytest.mark.parametrize(
    ("caption", "city", "country_code"),
    [
        (
            "Winnipeg police officers stand guard outside a house on Thursday. (John Woods/CBC)",
            "Winnipeg",
            "CA",
        ),
        (
            "Calgary firefighters battle a grass fire on the city's east side on Tuesday. (Jeff McIntosh/CBC)",
            "Calgary",
            "CA",
        ),
    ],
)
def test_the_town_is_read_and_needs_no_flag(
    normaliser: Normaliser, caption: str, city: str, country_code: str
) -> None:
    # One town of the name, at the CBC's home: the service's noun says it is a town, and which.
    record = normaliser.normalise(caption)
    assert record.location is not None
    assert (record.location.city, record.location.country_code) == (city, country_code)
    assert WarningCode.AMBIGUOUS_PLACE not in {w.code for w in record.warnings}


def test_a_town_named_for_its_premiere() -> None:
    sentence = (
        "Stars arrive at the Los Angeles premiere of the film at the Regency Village Theatre in Westwood"
    )
    assert event_town(sentence, "Westwood") == "Los Angeles"


def test_a_brand_s_show_names_no_town() -> None:
    assert event_town("Guests on the front row at the Saint Laurent show in Paris", "Paris") is None


@pytest.mark.parametrize(
    ("caption", "city", "sublocation"),
    [
        # A district the gazetteer lacks, read as a namesake far off: the premiere's town is shown.
        (
            'Florence Pugh arrives at the Los Angeles premiere of "Thunderbolts" at the Regency Village '
            "Theatre in Westwood, Wednesday, Feb. 3, 2027. (Photo by Jordan Strauss/Invision/AP)",
            "Los Angeles",
            "Regency Village Theatre",
        ),
        # A town read that is bigger than the one named with the event stands.
        (
            'Cate Blanchett arrives at the Paris premiere of "Disclaimer" at Le Grand Rex in Paris, '
            "Wednesday, Feb. 3, 2027. (Photo by Vianney Le Caer/Invision/AP)",
            "Paris",
            "Le Grand Rex",
        ),
    ],
)
def test_the_premiere_s_town(normaliser: Normaliser, caption: str, city: str, sublocation: str) -> None:
    record = normaliser.normalise(caption)
    assert record.location is not None
    assert (record.location.city, record.location.sublocation) == (city, sublocation)


@pytest.mark.parametrize(
    ("sentence", "owned"),
    [
        ("Shanghai's skyline is seen on a hazy morning", ("Shanghai", None, True)),
        ("Beijing's central business district is shrouded in smog", ("Beijing", None, True)),
        ("Tokyo's Shibuya crossing is crowded with shoppers", ("Tokyo", "Shibuya crossing", True)),
        (
            "The skyline of Shanghai's Lujiazui financial district is seen",
            ("Shanghai", "Lujiazui financial district", True),
        ),
        (
            "London's Canary Wharf financial district is seen at dusk",
            ("London", "Canary Wharf financial district", True),
        ),
        # A plant says nothing of a town: its owner may be a company.
        ("Toyota's plant is seen from above", ("Toyota", None, False)),
    ],
)
def test_a_town_s_possessive_opening_the_subject(sentence: str, owned: tuple[str, str | None, bool]) -> None:
    assert possessive_subject(sentence) == owned


@pytest.mark.parametrize(
    "sentence",
    [
        "Argentina's Lionel Messi attends a training session at Qatar University",
        "Bayern Munich's players celebrate after the match",
        "Residents walk past Shanghai's skyline",  # not opening the subject
    ],
)
def test_a_possessive_before_a_person_or_a_verb_is_no_place(sentence: str) -> None:
    assert possessive_subject(sentence) is None


@pytest.mark.parametrize(
    ("caption", "city", "sublocation"),
    [
        ("Shanghai's skyline is seen on a hazy morning, March 2, 2027. REUTERS/Aly Song", "Shanghai", None),
        (
            "Tokyo's Shibuya crossing is crowded with shoppers on Saturday, March 6, 2027. (AP Photo/Eugene Hoshiko)",
            "Tokyo",
            "Shibuya crossing",
        ),
        (
            "Paris's Eiffel Tower is lit up in blue and yellow, March 1, 2027. REUTERS/Gonzalo Fuentes",
            "Paris",
            "Eiffel Tower",
        ),
        (
            "Rome's Trevi Fountain is drained for cleaning, March 3, 2027. REUTERS/Remo Casilli",
            "Rome",
            "Trevi Fountain",
        ),
        # A known landmark with no place noun: "Colosseum".
        ("Rome's Colosseum is lit up in red, March 3, 2027. REUTERS/Remo Casilli", "Rome", "Colosseum"),
    ],
)
def test_the_owning_town_is_the_city_unflagged(
    normaliser: Normaliser, caption: str, city: str, sublocation: str | None
) -> None:
    record = normaliser.normalise(caption)
    assert record.location is not None
    assert (record.location.city, record.location.sublocation) == (city, sublocation)
    assert not {w.code for w in record.warnings} & {WarningCode.AMBIGUOUS_PLACE, WarningCode.MISSING_PLACE}


@pytest.mark.parametrize(
    ("sentence", "towns"),
    [
        ("Displaced families shelter at a camp 30 kilometres east of Dire Dawa, Ethiopia", {"Dire Dawa"}),
        ("Vista del telescopio a unos 40 kilómetros al norte de Antofagasta, Chile", {"Antofagasta"}),
        ("Des éleveurs à une trentaine de kilomètres au sud de Niamey, au Niger", {"Niamey"}),
        ("Rentiere auf einer Weide rund 50 Kilometer südlich von Kiruna, Schweden", {"Kiruna"}),
        ("Women queue in Sake, 25 kilometers (15 miles) west of Goma, Congo", {"Goma"}),
        ("Rescuers work in Irpin, Ukraine", set()),
    ],
)
def test_the_towns_a_place_is_measured_from(sentence: str, towns: set[str]) -> None:
    assert measured_from(sentence) == towns


@pytest.mark.parametrize(
    ("caption", "province", "country_code"),
    [
        (
            "The Vera C. Rubin Observatory stands about 60 kilometres south-east of Vicuña, in Chile's Coquimbo "
            "region, March 2, 2027. (Photo by JAVIER TORRES / AFP)",
            "Coquimbo",
            "CL",
        ),
        # No division written: the town's own are given, the town is not.
        (
            "A wildfire burns in the hills about 30 miles east of San Diego, Monday, Nov. 30, 2026. (AP "
            "Photo/Gregory Bull)",
            "California",
            "US",
        ),
    ],
)
def test_a_town_the_place_is_measured_from_is_no_city(
    normaliser: Normaliser, caption: str, province: str, country_code: str
) -> None:
    record = normaliser.normalise(caption)
    assert record.location is not None
    loc = record.location
    assert (loc.city, loc.province_state, loc.country_code) == (None, province, country_code)
