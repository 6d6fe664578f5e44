"""People shown: an obituary page's "The late" head before the name; seafronts, streets
and grounds of local pages that end in no one's surname; Irish given names the generated list lacks."""

from __future__ import annotations

import pytest

from captions._parse._names import is_given_name
from captions._parse._people import find_people


def names(sentence: str) -> list[str]:
    return [p.name for p in find_people(sentence)[0]]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The late Gwen Pritchard, pictured at her Llandeilo home in 2021.",
            ["Gwen Pritchard"],
        ),
        ("The late Bill Trevaskis at the Camborne rugby club in 2015.", ["Bill Trevaskis"]),
        # A title after the head stays read as before.
        ("The late Pope Francis at the Vatican in 2024.", ["Pope Francis"]),
    ],
)
def test_the_late_at_the_head_names_the_person_shown(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # Not at the head: the dead person is mentioned, the mourners are shown.
        "Mourners carry the coffin of the late Jim Hannigan from St Mary's Church in Clonmel on Monday.",
        # An article and any other word before a name still name no one ("a female Mason Bee").
        "The smiling Carlow Under Twelves after their win on Sunday.",
    ],
)
def test_the_late_elsewhere_names_no_one(sentence: str) -> None:
    assert names(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Scarborough's Marine Parade on Wednesday after high tides flooded the road.",
        "Fremantle's Victoria Quay on Friday as the cruise ship docks.",
        "Hobart's Princes Wharf on Sunday as the yachts arrive.",
        "Bunbury's Koombana Drive closed for the triathlon on Sunday.",
    ],
)
def test_a_seafront_or_street_after_a_town_is_no_one(sentence: str) -> None:
    assert names(sentence) == []


def test_a_ground_noun_before_a_role_leaves_the_person() -> None:
    sentence = "Bay Oval groundsman Rick Pollard prepares the pitch in Mount Maunganui on Friday."
    assert names(sentence) == ["Rick Pollard"]


def test_a_street_noun_as_a_verb_leaves_its_people() -> None:
    sentence = "Farmers Kevin Doyle and Brendan Doyle drive cattle along the road near Listowel on Thursday."
    assert names(sentence) == ["Kevin Doyle", "Brendan Doyle"]


@pytest.mark.parametrize("given", ["Donncha", "Proinsias", "Muiris", "Labhrás", "Cathaoir"])
def test_irish_given_names_are_known(given: str) -> None:
    assert is_given_name(given)


def test_an_irish_name_with_its_surname_particle_is_read() -> None:
    sentence = "The late Donncha Ó Laoire pictured at his home in Cobh in 2019."
    assert names(sentence) == ["Donncha Ó Laoire"]


def test_a_school_district_is_no_one() -> None:
    # "Public Schools" names a district's body, as "school" does: no one's name, nor a doubtful one.
    sentence = "Tacoma Public Schools board members vote on the levy at the district office on Tuesday."
    assert names(sentence) == []


def test_a_school_district_before_a_title_leaves_its_holder() -> None:
    sentence = "Tacoma Public Schools superintendent Dana Reyes visits Lincoln High School on Tuesday."
    assert names(sentence) == ["Dana Reyes"]
