"""The faster __init__ of the parser's frozen dataclasses builds the same objects as the dataclass's own."""

from __future__ import annotations

import dataclasses
import pickle
from datetime import date

import pytest

from captions import Normaliser
from captions._frozen import fast_init
from captions._parse import Parts
from captions._parse._place._lookup import PlaceText
from gazetteer import PlaceQuery


@dataclasses.dataclass(frozen=True)
class _Plain:
    city: str | None
    parents: tuple[str, ...] = ()
    note: str | None = None
    bare_city: bool = False


@fast_init
@dataclasses.dataclass(frozen=True)
class _Fast:
    city: str | None
    parents: tuple[str, ...] = ()
    note: str | None = None
    bare_city: bool = False


@fast_init
@dataclasses.dataclass(frozen=True, slots=True)
class _FastSlotted:
    city: str | None
    parents: tuple[str, ...] = ()


def test_same_values_defaults_keywords_and_field_order() -> None:
    for args, kwargs in (
        (("Pokrovsk",), {}),
        (("Pokrovsk", ("eastern Ukraine",)), {}),
        ((), {"city": "Kharkiv", "note": "near the front line", "bare_city": True}),
        ((None,), {"parents": ("Gaza Strip",)}),
    ):
        plain, fast = _Plain(*args, **kwargs), _Fast(*args, **kwargs)
        assert dataclasses.astuple(plain) == dataclasses.astuple(fast)
        assert repr(fast) == repr(plain).replace("_Plain", "_Fast")
        assert list(vars(fast)) == list(vars(plain))  # the instance dict in field order, as before
        slotted = _FastSlotted(*args[:2], **{k: v for k, v in kwargs.items() if k in ("city", "parents")})
        assert (slotted.city, slotted.parents) == (fast.city, fast.parents)


def test_still_frozen_hashable_replaceable_and_picklable() -> None:
    fast = _Fast("Lviv", ("Ukraine",))
    with pytest.raises(dataclasses.FrozenInstanceError):
        fast.city = "Kyiv"  # type: ignore[misc]
    assert hash(fast) == hash(_Fast("Lviv", ("Ukraine",)))
    assert fast == _Fast("Lviv", ("Ukraine",))
    assert dataclasses.replace(fast, note="railway station").parents == ("Ukraine",)
    assert pickle.loads(pickle.dumps(fast)) == fast
    with pytest.raises(TypeError):
        _Fast()  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        _Fast("Lviv", (), None, False, 5)  # type: ignore[call-arg]


def test_refuses_what_it_does_not_handle() -> None:
    @dataclasses.dataclass
    class Mutable:
        city: str

    @dataclasses.dataclass(frozen=True)
    class Factory:
        parents: list[str] = dataclasses.field(default_factory=list)

    @dataclasses.dataclass(frozen=True)
    class Checked:
        city: str

        def __post_init__(self) -> None:
            pass

    for cls in (Mutable, Factory, Checked):
        with pytest.raises(TypeError):
            fast_init(cls)


def test_the_parser_uses_it_and_reads_the_same() -> None:
    place = PlaceText(city="Pokrovsk", parents=("eastern Ukraine",), bare_city=True)
    assert place == dataclasses.replace(
        PlaceText(), city="Pokrovsk", parents=("eastern Ukraine",), bare_city=True
    )
    assert PlaceQuery("Kyiv", ("Ukraine",)) == PlaceQuery(city="Kyiv", parents=("Ukraine",), context=())
    reading = Normaliser().read(
        "People walk towards an evacuation train in Pokrovsk railway station, eastern Ukraine, Saturday,"
        " June 11, 2022. (AP Photo/Efrem Lukatsky)",
        reference_date=date(2022, 6, 12),
    )
    assert isinstance(reading.parts, Parts)
    assert reading.parts.place.sublocation == "Pokrovsk railway station"
    assert reading.record.location is not None and reading.record.location.city == "Pokrovsk"
    assert reading.record.date_created == "2022-06-11"
    assert reading.record.creator == "Efrem Lukatsky"
