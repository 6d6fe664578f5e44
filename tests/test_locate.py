"""Locating a caption's place text: the town, the place within it, and what a desk must check."""

from __future__ import annotations

import pytest

from captions import Normaliser
from captions._model import WarningCode


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        # A venue the gazetteer lacks, then the town and its country: the town is the city even where it
        # also names a division (Madrid), and the venue the place within it.
        (
            "Real Madrid players celebrate at the Santiago Bernabeu, Madrid, Spain, February 19, 2025. "
            "REUTERS/Susana Vera",
            "Santiago Bernabeu",
            "Madrid",
        ),
        (
            "Fans cheer at Estadio Metropolitano, Madrid, Spain, May 11, 2025. REUTERS/Juan Medina",
            "Estadio Metropolitano",
            "Madrid",
        ),
        (
            "Fans sing at Anfield, Liverpool, Britain, May 11, 2025. REUTERS/Phil Noble",
            "Anfield",
            "Liverpool",
        ),
    ],
)
def test_a_venue_before_its_town(normaliser: Normaliser, caption: str, sublocation: str, city: str) -> None:
    record = normaliser.normalise(caption)
    assert record.location is not None
    assert (record.location.sublocation, record.location.city) == (sublocation, city)
    assert not [w for w in record.warnings if w.code is WarningCode.PLACE_NOT_FOUND]


def test_a_town_missing_from_the_gazetteer_is_still_flagged(normaliser: Normaliser) -> None:
    record = normaliser.normalise(
        "Flood waters cover a road in Xyzzyville, Texas, May 11, 2025. REUTERS/Go Nakamura"
    )
    assert record.location is not None and record.location.sublocation is None
    assert WarningCode.PLACE_NOT_FOUND in {w.code for w in record.warnings}


def test_a_town_phrase_cut_short_and_not_found_is_flagged(normaliser: Normaliser) -> None:
    # "devant la Grande mosquée de Kaolack": the phrase read as a town ("Grande") is no town, and the
    # town is lost with it; the country alone must not pass unchecked.
    caption = "Des fidèles prient devant la Grande mosquée de Kaolack, au Sénégal, le 3 mars 2025. (Photo by Ann SY / AFP)"
    record = normaliser.normalise(caption)
    assert record.location is not None
    assert record.location.country_code == "SN"
    if record.location.city is None:
        assert [w for w in record.warnings if w.code is WarningCode.PLACE_NOT_FOUND]
