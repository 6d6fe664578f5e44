"""Where a division sits when no packaged source gives its point: the centre of its places' extent."""

from __future__ import annotations

from gazetteer._build._records import extent_centre


def _grid(lat0: float, lat1: float, lon0: float, lon1: float, n: int = 10) -> tuple[list[float], list[float]]:
    lats = [lat0 + (lat1 - lat0) * i / (n - 1) for i in range(n) for _ in range(n)]
    lons = [lon0 + (lon1 - lon0) * j / (n - 1) for _ in range(n) for j in range(n)]
    return lats, lons


def test_a_stray_place_does_not_move_the_centre() -> None:
    # Jiangsu's places lie between 116 and 122 E; one Sichuan town filed under it lies at 100 E.
    lats, lons = _grid(31.0, 35.0, 116.0, 122.0)
    lats.append(33.0)
    lons.append(100.3)
    assert extent_centre(lats, lons, (33.0, 119.0), gap=1.0) == (33.0, 119.0)
    whole = extent_centre(lats, lons, (33.0, 119.0), trim=0.0)
    assert whole is not None and whole[1] < 112.0  # what the whole extent gave


def test_a_sparse_far_north_stays() -> None:
    # Ontario: dense in the south, a few places strung north in steps smaller than the dense span.
    lats, lons = _grid(42.0, 47.0, -83.0, -76.0)
    for step, lat in enumerate((49.0, 51.0, 53.0)):
        lats.append(lat)
        lons.append(-88.0 + step)
    centre = extent_centre(lats, lons, (45.0, -80.0), gap=1.0)
    assert centre is not None and centre[0] == 47.5


def test_across_the_antimeridian() -> None:
    # Chukotka: places either side of 180 sit at its east end, not at longitude 0.
    lats, lons = _grid(62.0, 68.0, 170.0, 190.0)
    lons = [(lon + 180.0) % 360.0 - 180.0 for lon in lons]
    centre = extent_centre(lats, lons, (65.0, 178.0), gap=1.0)
    assert centre is not None and centre[0] == 65.0 and abs(centre[1]) == 180.0


def test_too_few_places_give_none() -> None:
    assert extent_centre([1.0] * 9, [2.0] * 9, (1.0, 2.0), gap=1.0) is None
