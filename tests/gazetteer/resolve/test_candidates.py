"""Candidates' helpers that keep the scoring cheap (issue 16): same answers, fewer distances and reads."""

from __future__ import annotations

import random

import pytest

from gazetteer import Gazetteer
from gazetteer._index import Row
from gazetteer._models import Place
from gazetteer._names import norm
from gazetteer._resolve._candidates import _TownsByLatitude, quick_km
from gazetteer._resolve._weights import SEAT_KM
from gazetteer._schema import K_CITY, K_LANDMARK


def _row(place_id: int, lat: float, lon: float, kind: int = K_CITY) -> Row:
    # A place row in the index's column order: id, name, kind, cc, a1, lat, lon, pop, rank, parent, a2.
    return (place_id, f"Town {place_id}", kind, "US", "CA", lat, lon, 1000, 0, None, None)


def _point(lat: float, lon: float) -> Place:
    return Place(None, "Here", "city", "P", "US", "USA", None, None, None, lat, lon, 0, None, None, None)


def test_towns_by_latitude_keeps_the_towns_within_seat_km_and_drops_other_kinds() -> None:
    towns = _TownsByLatitude(
        [
            _row(1, 33.72, -116.34),  # Indian Wells, 12 km from Indio
            _row(2, 34.05, -118.24),  # Los Angeles: 0.33 degrees north and far west
            _row(3, 36.00, -116.30),  # 250 km north
            _row(4, 33.70, -116.20, kind=K_LANDMARK),  # a landmark is no town
        ]
    )
    near = {row[0] for row in towns.within_seat_latitudes(33.72)}
    assert 1 in near
    assert 3 not in near
    assert 4 not in near


def test_towns_by_latitude_misses_no_town_within_seat_km() -> None:
    # Whatever the east-west leg, a town within SEAT_KM is in the latitude window.
    rng = random.Random(16)
    rows = [_row(i, rng.uniform(-70, 70), rng.uniform(-10, 10)) for i in range(2000)]
    towns = _TownsByLatitude(rows)
    for _ in range(200):
        here = _point(rng.uniform(-70, 70), rng.uniform(-10, 10))
        window = {row[0] for row in towns.within_seat_latitudes(here.latitude)}
        within = {row[0] for row in rows if quick_km(here, _point(row[5], row[6])) < SEAT_KM}
        assert within <= window


@pytest.mark.parametrize("text", ["Quai d'Orsay", "Springfield"])
def test_landmark_reads_the_index_once_a_name(
    gz: Gazetteer, monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    index = gz._index
    reads: list[str] = []
    read = index.names_a_place_of_kind

    def counted(key: str, kind: int) -> bool:
        reads.append(key)
        return read(key, kind)

    monkeypatch.setattr(index, "names_a_place_of_kind", counted)
    first = gz.landmark(text)
    assert gz.landmark(text) == first
    assert len(reads) <= 1


@pytest.mark.parametrize("text", ["Matignon", "Wembley", "Springfield", "Dublin", "Zzyzx Road"])
def test_a_name_of_a_landmark_is_told_as_its_rows_tell_it(gz: Gazetteer, text: str) -> None:
    key = norm(text)
    rows = gz._index.names_with_places([key])
    assert gz._index.names_a_place_of_kind(key, K_LANDMARK) == any(row[6] == K_LANDMARK for row in rows)
    assert gz._index.names_a_place_of_kind(key, K_CITY) == any(row[6] == K_CITY for row in rows)
