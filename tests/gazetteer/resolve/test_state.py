"""The query state passed between the resolution steps: plain values, no index needed."""

from __future__ import annotations

import dataclasses

import pytest

from gazetteer._resolve._state import QueryState, Reading, scope_of

UKRAINE = Reading("Ukraine", frozenset({"UA"}))
LUHANSK = Reading("Luhansk region", admin1=(("UA", "14"),))
TEXAS = Reading("Texas", admin1=(("US", "TX"),))
DALLAS = Reading("Dallas", admin2=(("US", "TX", "113"),))  # only a county reading: may be a town
AFRICA = Reading("Africa")  # a continent: no country


def test_scope_is_what_every_parent_allows() -> None:
    assert scope_of([]) is None
    assert scope_of([LUHANSK, UKRAINE]) == {"UA"}
    assert scope_of([AFRICA, UKRAINE]) == {"UA"}  # a continent names no country
    assert scope_of([TEXAS, UKRAINE]) == frozenset()  # the parents disagree


def test_county_parents_are_set_aside_as_possible_towns() -> None:
    readings = (DALLAS, TEXAS)
    state = QueryState("Fair Park", readings, scope_of(readings), None, ("Big Tex",), (), ("a note",))
    assert DALLAS.admin2_only and not TEXAS.admin2_only
    loose = state.without_county_parents()
    assert loose.readings == (TEXAS,) and loose.loose == ("Dallas",) and loose.scope == {"US"}
    assert (loose.city, loose.unmatched, loose.notes) == ("Fair Park", ("Big Tex",), ("a note",))
    assert state.readings == readings  # a new state; the old one is unchanged


def test_scope_only_keeps_the_filter_and_drops_what_scores() -> None:
    state = QueryState("Kyiv", (UKRAINE,), frozenset({"UA"}), None, ("x",), ("y",), ("z",))
    assert state.scope_only() == QueryState(scope=frozenset({"UA"}))
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(state, "city", "Lviv")  # noqa: B010 - the assignment itself is what is tested
