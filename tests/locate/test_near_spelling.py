"""A town found only by a near spelling, in a country the caption does not name while it names another."""

from __future__ import annotations

from captions import Normaliser
from captions._model import WarningCode


def test_a_near_spelling_abroad_of_the_country_named_is_flagged(normaliser: Normaliser) -> None:
    # "Tamar" is Hong Kong's government quarter, which the gazetteer lacks: Romania's Tia Mare is a spelling
    # variant of it, in no country the caption names.
    record = normaliser.normalise(
        "Hong Kong Financial Secretary Paul Chan delivers the budget at the Legislative Council in Tamar on "
        "Wednesday. Photo: Dickson Lee"
    )
    assert record.location is not None
    flagged = record.location.country_code == "HK" or any(
        w.code is WarningCode.AMBIGUOUS_PLACE and "Hong Kong" in w.message for w in record.warnings
    )
    assert flagged


def test_a_town_spelt_as_written_is_not_flagged_for_the_country_named(normaliser: Normaliser) -> None:
    # The town is spelt as the gazetteer has it: the country named is the people's, not the place's.
    record = normaliser.normalise(
        "Hong Kong leader John Lee arrives for talks in Shenzhen on Wednesday. Photo: Dickson Lee"
    )
    assert record.location is not None and record.location.city == "Shenzhen"
    assert not [w for w in record.warnings if w.code is WarningCode.AMBIGUOUS_PLACE]


def test_a_near_spelling_abroad_gives_way_to_the_city_state_named(normaliser: Normaliser) -> None:
    # Tamar, a quarter of Hong Kong the gazetteer lacks: the city-state the caption names is the town.
    record = normaliser.normalise(
        "Hong Kong Chief Executive John Lee arrives at the Legislative Council Complex in Tamar on Wednesday. "
        "Photo: Kin Cheung"
    )
    assert record.location is not None
    assert (record.location.city, record.location.country_code) == ("Hong Kong", "HK")
    assert record.location.sublocation == "Legislative Council Complex"
