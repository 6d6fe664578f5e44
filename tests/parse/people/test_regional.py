"""People as North American pages and feeds write them: a Spanish title with its place before the name, a
college team with an ampersand before a player's role."""

from __future__ import annotations

import pytest

from captions import Normaliser


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        (
            "El gobernador de Florida, Ron DeSantis, habla durante una conferencia de prensa en Tallahassee, "
            "Florida, el 2 de septiembre de 2026. (AP Foto/Phil Sears)",
            ["Ron DeSantis"],
        ),
        # A place named with its article in the title's body: "de El Salvador", "de los Estados Unidos".
        (
            "El presidente de El Salvador, Nayib Bukele, habla en San Salvador, el 24 de septiembre de 2026. "
            "(AP Foto/Salvador Meléndez)",
            ["Nayib Bukele"],
        ),
        (
            "La secretaria de Estado de los Estados Unidos, Ana Ruiz, llega a Ciudad de México, el 3 de marzo "
            "de 2026. (AP Foto/Marco Ugarte)",
            ["Ana Ruiz"],
        ),
    ],
)
def test_a_spanish_title_with_its_place_vouches_for_the_name_after_it(
    normaliser: Normaliser, caption: str, expected: list[str]
) -> None:
    assert [p.name for p in normaliser.normalise(caption).persons] == expected


@pytest.mark.parametrize(
    "caption",
    [
        "Texas A&M Aggies wide receiver Mario Craver (1) catches a pass in Lubbock, Texas, on Oct. 24, 2026. "
        "(AP Photo/Sam Craft)",
        "Texas A&M wide receiver Mario Craver (1) catches a pass in Lubbock, Texas, on Oct. 24, 2026. "
        "(AP Photo/Sam Craft)",
    ],
)
def test_a_team_with_an_ampersand_is_no_one(normaliser: Normaliser, caption: str) -> None:
    assert [p.name for p in normaliser.normalise(caption).persons] == ["Mario Craver"]
