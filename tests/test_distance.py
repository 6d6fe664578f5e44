"""The one distance measure of `captions` (captions/_distance.py): geopy's great circle, without geopy."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from geopy.distance import great_circle  # type: ignore[import-untyped]

from captions._distance import km


@dataclass(frozen=True)
class _Point:
    latitude: float
    longitude: float


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (_Point(-22.9711, -43.1822), _Point(-22.9064, -43.1822)),  # Copacabana to Rio's centre
        (_Point(50.4501, 30.5234), _Point(49.9935, 36.2304)),  # Kyiv to Kharkiv
        (_Point(64.1466, -21.9426), _Point(-33.8688, 151.2093)),  # Reykjavík to Sydney, across the globe
        (_Point(0.0, 179.9), _Point(0.0, -179.9)),  # across the antimeridian
        (_Point(48.8566, 2.3522), _Point(48.8566, 2.3522)),  # the same point
    ],
)
def test_km_is_geopys_great_circle_to_the_last_bit(a: _Point, b: _Point) -> None:
    assert km(a, b) == great_circle((a.latitude, a.longitude), (b.latitude, b.longitude)).km


def test_km_is_symmetric_and_in_kilometres() -> None:
    kyiv, kharkiv = _Point(50.4501, 30.5234), _Point(49.9935, 36.2304)
    assert km(kyiv, kharkiv) == pytest.approx(km(kharkiv, kyiv))
    assert 400 < km(kyiv, kharkiv) < 420
