"""The faster __init__ of the gazetteer's frozen value types builds the same objects as the dataclass's."""

from __future__ import annotations

import dataclasses
import pickle

import pytest

from gazetteer._frozen import fast_init
from gazetteer._models import Candidate, Place, Resolution


@dataclasses.dataclass(frozen=True, slots=True)
class _Plain:
    geonames_id: int | None
    name: str
    population: int = 0
    notes: tuple[str, ...] = ()


@fast_init
@dataclasses.dataclass(frozen=True, slots=True)
class _Fast:
    geonames_id: int | None
    name: str
    population: int = 0
    notes: tuple[str, ...] = ()


def test_same_values_defaults_and_keywords() -> None:
    for args, kwargs in (
        ((703448, "Kyiv"), {}),
        ((703448, "Kyiv", 2_797_553), {}),
        (
            (),
            {"geonames_id": None, "name": "Severodonetsk", "notes": ("spelling variant of Sievierodonetsk",)},
        ),
    ):
        plain, fast = _Plain(*args, **kwargs), _Fast(*args, **kwargs)
        assert dataclasses.astuple(plain) == dataclasses.astuple(fast)
        assert repr(fast) == repr(plain).replace("_Plain", "_Fast")


def test_still_frozen_hashable_and_checked() -> None:
    fast = _Fast(2988507, "Paris", 2_138_551)
    with pytest.raises(dataclasses.FrozenInstanceError):
        fast.name = "Lyon"  # type: ignore[misc]
    assert hash(fast) == hash(_Fast(2988507, "Paris", 2_138_551))
    assert fast == _Fast(2988507, "Paris", 2_138_551)
    assert dataclasses.replace(fast, name="Paris, Texas").population == 2_138_551
    with pytest.raises(TypeError):
        _Fast(2988507)  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        _Fast(2988507, "Paris", 1, (), 5)  # type: ignore[call-arg]


def test_the_models_use_it() -> None:
    place = Place(
        703448, "Kyiv", "city", "P", "UA", "UKR", "Ukraine", "12", "Kyiv City", 50.45466, 30.5238, 2_797_553
    )
    assert place.iso_3166_2 is None and place.admin2_code is None
    assert pickle.loads(pickle.dumps(place)) == place
    candidate = Candidate(place, 7.5, "Kiev", "alternate")
    assert candidate.reasons == ()
    resolution = Resolution(city=place, candidates=(candidate,))
    assert resolution.most_specific is place and resolution.not_found == ()
    for cls in (Place, Candidate, Resolution):
        assert cls.__init__.__qualname__ == f"{cls.__qualname__}.__init__"


def test_refuses_what_it_cannot_build() -> None:
    @dataclasses.dataclass(frozen=True, slots=True)
    class WithFactory:
        names: list[str] = dataclasses.field(default_factory=list)

    with pytest.raises(TypeError):
        fast_init(WithFactory)
