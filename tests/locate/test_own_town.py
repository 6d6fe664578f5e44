"""A local page's own town, named at the caption's head before its people or bodies with no county or
country (`_parse/_place/_mentions.own_town`, `_locate/_towns.own_town_read`): read as written under the size a
modifier needs anywhere, flagged where a team's, a player's or a namesake's."""

from __future__ import annotations

import pytest

from captions import Normaliser
from captions._model import WarningCode
from captions._parse._place._mentions import OWN_TOWN_NAME, OWN_TOWN_PLAYER, OWN_TOWN_TEAM, own_town
from tests.conftest import located


def _place_flags(normaliser: Normaliser, caption: str) -> set[WarningCode]:
    record = normaliser.normalise(caption, reference_date="2028-02-16")
    return {w.code for w in record.warnings} & {WarningCode.AMBIGUOUS_PLACE, WarningCode.MISSING_PLACE}


@pytest.mark.parametrize(
    ("caption", "city", "country"),
    [
        # Possessives of a town of 7,000 people or so, under the 100,000 a modifier needs anywhere.
        (
            "Whitehaven's harbour master Colin Tarn inspects the pontoons on Tuesday. Picture: Ruth Baines",
            "Whitehaven",
            "GB",
        ),
        ("Kirkwall's St Magnus Cathedral lit up in red on Friday night. Picture: Ian Tait", "Kirkwall", "GB"),
        ("Napier's Marine Parade after the swell damaged the sea wall. Photo / Paul Tasker", "Napier", "NZ"),
        # Its people and bodies, and its mayor's title.
        ("Bridlington lifeboat crew return to the station on Sunday. Photo: Dan Keeble", "Bridlington", "GB"),
        (
            "Toowoomba mayor Geoff Harland at the Empire Theatre on Friday. Picture: Kate Sorell",
            "Toowoomba",
            "AU",
        ),
        ("Tenby residents clear seaweed from Castle Beach after the storm. Photo: Gwen Price", "Tenby", "GB"),
        ("Mayor of Frome, Cllr Ann Keel, cuts the ribbon on Thursday. Photo: Tom Wade", "Frome", "GB"),
        # A council's name holds the town ("Galway City" is another name of Galway: the town as written).
        (
            "Galway City Council chief executive Ann Ruane on Shop Street on Wednesday. Photo: Ian Cole",
            "Galway",
            "IE",
        ),
        ("Dundalk Town Council's old offices on Crowe Street. Photo: Ken Finegan", "Dundalk", None),
        ("Bundaberg Regional Council's works depot on Wednesday. Picture: Tom Kerr", "Bundaberg", "AU"),
    ],
)
def test_a_local_page_s_own_town_is_read(
    normaliser: Normaliser, caption: str, city: str, country: str | None
) -> None:
    found = located(normaliser, caption, "city", "country_code")
    assert found[0] == city
    assert country is None or found[1] == country


@pytest.mark.parametrize(
    "caption",
    [
        "Whitehaven's harbour master Colin Tarn inspects the pontoons on Tuesday. Picture: Ruth Baines",
        "Bridlington lifeboat crew return to the station on Sunday. Photo: Dan Keeble",
        "Mayor of Frome, Cllr Ann Keel, cuts the ribbon on Thursday. Photo: Tom Wade",
        # Galway's own name, not "Galway City", which the gazetteer holds as another of its names.
        "Galway City Council chief executive Ann Ruane on Shop Street on Wednesday. Photo: Ian Cole",
    ],
)
def test_a_local_page_s_own_town_with_no_namesake_is_not_flagged(
    normaliser: Normaliser, caption: str
) -> None:
    assert not _place_flags(normaliser, caption)


@pytest.mark.parametrize(
    ("caption", "city"),
    [
        # A player's team, or a team's, with the side it plays named: the ground may be the opponent's.
        (
            "Ballymena United's Conor Keeley celebrates against Larne at the Showgrounds on Saturday. Pic: Lo Hale",
            "Ballymena",
        ),
        (
            "Geelong's Jeremy Camilleri marks during the win over Carlton at GMHBA Stadium on Monday. Picture: Ann Lee",
            "Geelong",
        ),
        (
            "Galway United manager Ray Cody on the touchline v Derry City at Eamonn Deacy Park. Photo: Ian Cole",
            "Galway",
        ),
        # A name that is a person's as well; a namesake of the town's size abroad.
        (
            "Maitland's Levee precinct was busy for the Taste Festival on Saturday night. Photo: Jo Carr",
            "Maitland",
        ),
        (
            "Thurso's Pennyland House, where the heritage centre will open in May. Picture: Iain Gunn",
            "Thurso",
        ),
    ],
)
def test_a_team_s_a_player_s_or_a_namesake_s_town_is_read_and_flagged(
    normaliser: Normaliser, caption: str, city: str
) -> None:
    assert located(normaliser, caption, "city") == (city,)
    assert WarningCode.AMBIGUOUS_PLACE in _place_flags(normaliser, caption)


@pytest.mark.parametrize(
    ("caption", "city"),
    [
        (
            "Ballymena United's Conor Keeley celebrates at the Showgrounds on Saturday. Pic: Lorna Hale",
            "Ballymena",
        ),
        (
            "Geelong's Jeremy Camilleri marks during training at GMHBA Stadium on Monday. Picture: Ann Lee",
            "Geelong",
        ),
        (
            "Galway United manager Ray Cody on the touchline at Eamonn Deacy Park on Friday. Photo: Ian Cole",
            "Galway",
        ),
    ],
)
def test_a_team_at_a_ground_with_no_side_played_named_is_at_home(
    normaliser: Normaliser, caption: str, city: str
) -> None:
    assert located(normaliser, caption, "city") == (city,)
    assert not _place_flags(normaliser, caption)


def test_a_team_s_ground_named_after_its_town_settles_it(normaliser: Normaliser) -> None:
    caption = (
        "Salford Red Devils' Ryan Brierton scores at the Salford Community Stadium on Sunday. Picture: Al Lee"
    )
    assert located(normaliser, caption, "city") == ("Salford",)
    assert not _place_flags(normaliser, caption)


@pytest.mark.parametrize(
    "caption",
    [
        # No ground named: a team's fans or player may be anywhere.
        "Liverpool fans sing before kick-off on Saturday. Picture: Peter Byrne",
        "Arsenal's Bukayo Saka has been out since December with a hamstring injury.",
        # A possessive of no town's place, people or body; a person's name before a place.
        "Darwin's finches on display in a glass case on Tuesday. Photo: Ann Lee",
        "Jackson's new album tops the charts this week. Photo: Ann Lee",
        "Donald Trump's motorcade leaves the Mar-a-Lago resort on Friday. Photo: Ann Lee",
        # A town's name before no noun of its people: a cake, a drink.
        "Bakewell tarts on sale at the village fete on Saturday. Picture: Ann Lee",
        "Orange juice cartons on a supermarket shelf on Tuesday. Picture: Ann Lee",
        # A country named elsewhere in the caption: not the page's town.
        "Orange mayor Jo Hale signs a twinning charter with a delegation from Japan. Picture: Ann Lee",
    ],
)
def test_no_own_town_read(normaliser: Normaliser, caption: str) -> None:
    location = normaliser.normalise(caption, reference_date="2028-02-16").location
    assert location is None or location.city is None


def test_own_town_readings_and_doubts() -> None:
    assert own_town("Stornoway's harbour master inspects the terminal.") == (("Stornoway", ""),)
    assert own_town("Kendal Town's Josh Hartington battles for possession.")[-1] == (
        "Kendal",
        OWN_TOWN_PLAYER,
    )
    assert own_town("Sligo Rovers manager Colm Rushe at the ground.") == (
        ("Sligo Rovers", OWN_TOWN_TEAM),
        ("Sligo", OWN_TOWN_TEAM),
    )
    assert own_town("Carmarthen Town boss Neil Smethurst on the touchline.")[0] == (
        "Carmarthen Town",
        OWN_TOWN_TEAM,
    )
    assert own_town("Hastings residents protest outside the town hall.") == (("Hastings", OWN_TOWN_NAME),)
    # A council's name proves a town, though its name is a person's ("Nelson City Council").
    assert own_town("Nelson City Council workers clear a slip.")[-1] == ("Nelson", "")
    # The place the sentence shows is no player's name.
    assert own_town("Skipton's Belle Vue Square car park.", "Belle Vue Square") == (("Skipton", ""),)
    assert own_town("The Whitby harbour wall on Tuesday.") == ()


@pytest.mark.parametrize(
    ("caption", "city", "country"),
    [
        # Continental Europe's and Latin America's regional pages open on the mayor with the article and "of":
        # Portuguese contracts "do", Dutch writes "van" (no town read without the head).
        (
            "O prefeito do Recife visita as obras de um hospital nesta quinta-feira (12). Foto: Divulgação/PCR",
            "Recife",
            "BR",
        ),
        (
            "A prefeita de Uberlândia inaugura uma creche nesta sexta-feira. Foto: Divulgação/PMU",
            "Uberlândia",
            "BR",
        ),
        (
            "De burgemeester van Deventer opent zaterdag de nieuwe fietsbrug. Foto: ANP / Rens Hoekstra",
            "Deventer",
            "NL",
        ),
    ],
)
def test_a_regional_page_s_mayor_names_its_town(
    normaliser: Normaliser, caption: str, city: str, country: str
) -> None:
    assert located(normaliser, caption, "city", "country_code") == (city, country)


def test_a_mayor_s_town_yields_to_the_town_the_picture_is_in(normaliser: Normaliser) -> None:
    # The mayor of one town pictured in another: the town after the locative is the place shown.
    caption = "El alcalde de Zaragoza, de visita en Huesca este martes. EFE/Javier Cebollada"
    assert located(normaliser, caption, "city") == ("Huesca",)


@pytest.mark.parametrize(
    ("caption", "city"),
    [
        # A mayor's title, the person's name following the town's with no comma: the town, flagged.
        ("Mayor of Galway Peter Keane opens the Christmas market on Friday. Photo: Aine Byrne", "Galway"),
        ("Mayor of Sligo Declan Bree opens the winter festival on Monday. Photo: Aine Byrne", "Sligo"),
    ],
)
def test_a_town_run_on_into_its_mayor_s_name_is_read_and_flagged(
    normaliser: Normaliser, caption: str, city: str
) -> None:
    assert located(normaliser, caption, "city")[0] == city
    assert _place_flags(normaliser, caption)


@pytest.mark.parametrize(
    "caption",
    [
        # Controls: a town of two words, whole; and one set off by a comma, not flagged.
        "Mayor of Newport Beach Will O'Neill speaks at the pier on Monday. Photo: Dan Ruiz",
        "Mayor of Frome, Cllr Ann Keel, cuts the ribbon on Thursday. Photo: Tom Wade",
    ],
)
def test_a_town_of_two_words_after_a_mayor_s_title_is_read_whole(
    normaliser: Normaliser, caption: str
) -> None:
    assert located(normaliser, caption, "city")[0] in ("Newport Beach", "Frome")
    assert not _place_flags(normaliser, caption)


@pytest.mark.parametrize(
    "caption",
    [
        "Die Feuerwehr löscht am Montag einen Brand in einer Lagerhalle. Foto: Paul Zinken/dpa",
        "Die Berliner Feuerwehr pumpt einen Keller aus. Foto: Paul Zinken/dpa",
    ],
)
def test_an_article_opening_a_body_is_no_town(normaliser: Normaliser, caption: str) -> None:
    # German "Die" before the body's name had been read as the town Die, in France, with no flag.
    location = normaliser.normalise(caption).location
    assert location is None or location.city != "Die"
    assert ("Die", "") not in own_town(caption.split(".")[0])


def test_a_town_bearing_its_article_keeps_it() -> None:
    assert own_town("Los Angeles Mayor Karen Bass speaks at City Hall")[0][0] == "Los Angeles"
