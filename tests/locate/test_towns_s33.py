"""Towns a facility is named after: not the town a street inside its name is named after."""

from __future__ import annotations

import pytest

from captions import Normaliser
from captions._locate._towns import named_after_street
from captions._model import WarningCode


def test_a_bridge_named_after_its_street_is_no_towns(normaliser: Normaliser) -> None:
    record = normaliser.normalise("A kayaker passes beneath the Glasgow St Bridge on Thursday morning.")
    assert record.location is not None
    assert record.location.city is None
    assert WarningCode.AMBIGUOUS_PLACE in {w.code for w in record.warnings}


@pytest.mark.parametrize(
    ("name", "street"),
    [
        ("Glasgow St Bridge", True),
        ("George Street Mall", True),
        ("Leeds St James's Hospital", False),  # "St" before a name is a saint's
        ("Leeds Kirkgate Market", False),
        ("London Road", False),  # a street itself: read elsewhere
    ],
)
def test_a_street_inside_a_facilitys_name(name: str, street: bool) -> None:
    assert named_after_street(name) is street
