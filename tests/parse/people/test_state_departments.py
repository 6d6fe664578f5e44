"""A state department named in full is no person: "Department of Marine Resources" holds a French given name
("Marine") and a portfolio's closing word, "Resources"."""

from __future__ import annotations

import pytest

from captions import Normaliser


@pytest.mark.parametrize(
    "caption",
    [
        "In this photo provided by the Maine Department of Marine Resources, lobster traps are stacked on a "
        "wharf in Stonington, Maine, Oct. 30, 2026. (Maine Department of Marine Resources via AP)",
        "In this photo provided by the Massachusetts Division of Marine Resources, a right whale surfaces off "
        "Chatham, Mass., Nov. 2, 2026. (Massachusetts Division of Marine Resources via AP)",
    ],
)
def test_a_department_of_resources_names_no_one(normaliser: Normaliser, caption: str) -> None:
    assert normaliser.normalise(caption).persons == ()
