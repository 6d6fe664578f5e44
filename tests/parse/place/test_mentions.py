"""Towns named outside the place chain (`_parse/_place/_mentions.py`): a town's own service."""

from __future__ import annotations

import pytest

from captions import Normaliser
from captions._model import WarningCode
from captions._parse._place._mentions import _modifier_towns


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
def test_the_town_is_read_and_flagged(
    normaliser: Normaliser, caption: str, city: str, country_code: str
) -> None:
    record = normaliser.normalise(caption)
    assert record.location is not None
    assert (record.location.city, record.location.country_code) == (city, country_code)
    assert WarningCode.AMBIGUOUS_PLACE in {w.code for w in record.warnings}
