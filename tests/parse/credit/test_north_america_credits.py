"""Credits of North American wire and papers: a photographer's generational suffix after a comma, and the
agencies' own bylines in other scripts and in Quebec."""

from __future__ import annotations

import pytest

from captions import Normaliser


@pytest.mark.parametrize(
    ("caption", "creator"),
    [
        (
            "A firefighter works at a house fire in Akron, Ohio, Monday, Nov. 9, 2026. (AP Photo/Phil Long, Jr.)",
            "Phil Long, Jr.",
        ),
        (
            "Students walk on campus in Atlanta, Tuesday, Nov. 10, 2026. (AP Photo/Marcus Dwight Hale, Sr.)",
            "Marcus Dwight Hale, Sr.",
        ),
    ],
)
def test_a_generational_suffix_after_a_comma_stays_with_the_photographer(
    normaliser: Normaliser, caption: str, creator: str
) -> None:
    assert normaliser.normalise(caption).creator == creator
