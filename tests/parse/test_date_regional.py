"""Dates as US papers write them: an event recalled with its date after "after the" is no day taken."""

from __future__ import annotations

import pytest

from captions import Normaliser
from captions._model import WarningCode


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        (
            "Workers frame a new home on Front Street in Lahaina, Maui, on Tuesday, more than three years after "
            "the Aug. 8, 2023, wildfire destroyed the town. JANE ROE / JROE@STARADVERTISER.COM",
            "2026-12-08",
        ),
        (
            "Volunteers rebuild a fence in Paradise, Calif., on Tuesday, Dec. 8, 2026, six years after the "
            "Nov. 8, 2018, Camp Fire. (AP Photo/Noah Berger)",
            "2026-12-08",
        ),
    ],
)
def test_an_events_date_after_the_is_background(normaliser: Normaliser, caption: str, expected: str) -> None:
    record = normaliser.normalise(caption, reference_date="2026-12-09")
    assert record.date_created == expected


def test_only_an_events_date_leaves_the_picture_undated(normaliser: Normaliser) -> None:
    record = normaliser.normalise(
        "Volunteers rebuild a fence in Paradise, Calif., six years after the Nov. 8, 2018, Camp Fire. "
        "(AP Photo/Noah Berger)"
    )
    assert record.date_created is None
    assert WarningCode.MISSING_DATE in {w.code for w in record.warnings}
