"""A town read weakly (its name cut at a lower-case word) after a preposition, only by another of its names,
is doubted where it may be no town."""

from __future__ import annotations

import pytest

from captions import Normaliser
from captions._model import WarningCode


@pytest.mark.parametrize(
    "caption",
    [
        # PA's island: "Mull" is India's Mūl only by a spelling the gazetteer lets near it.
        "Walkers wait at the pier after sailings to Craignure on Mull resumed following the storm. "
        "Picture date: Monday March 29, 2027. Photo credit should read: Iona Kerr/PA Wire",
        # A street read as the city it names elsewhere, where the caption names its own town.
        "Owensboro crews repair a sinkhole after a water main broke beneath Broadway overnight.\n"
        "Staff photo by Lee Tran | The Courier",
        # A town of two words named as the subject.
        "Bowling Green crews repair a sinkhole after a water main broke beneath Broadway overnight.\n"
        "Staff photo by Lee Tran | The Courier",
    ],
)
def test_a_weak_town_read_by_another_name_is_flagged(normaliser: Normaliser, caption: str) -> None:
    record = normaliser.normalise(caption)
    assert WarningCode.AMBIGUOUS_PLACE in {w.code for w in record.warnings}


@pytest.mark.parametrize(
    "caption",
    [
        # At the agency's home, the town's own name in its language: no doubt.
        "Lidé na náměstí v Praze, 17. listopadu 2026. ČTK/Novák Jan",
        "Theatregoers queue on Broadway in New York on Saturday. REUTERS/Jane Doe",
    ],
)
def test_a_weak_town_at_home_or_alone_is_not_flagged(normaliser: Normaliser, caption: str) -> None:
    record = normaliser.normalise(caption)
    assert WarningCode.AMBIGUOUS_PLACE not in {w.code for w in record.warnings}


def test_a_site_named_after_a_town_of_the_district_is_flagged(normaliser: Normaliser) -> None:
    # The market is in Sinnar, a town of Nashik district; the dateline's and the district's Nashik is read.
    record = normaliser.normalise(
        "Nashik: Farmers queue at the Sinnar Agricultural Produce Market Committee (APMC) yard in Nashik "
        "district of Maharashtra, Thursday, April 1, 2027. (PTI Photo)"
    )
    assert WarningCode.AMBIGUOUS_PLACE in {w.code for w in record.warnings}


def test_a_county_council_before_a_site_is_no_district_written_after_it(normaliser: Normaliser) -> None:
    record = normaliser.normalise(
        "Howard County Council member Dana Ruiz speaks at Ellicott Hall in Columbia, MD, on Tuesday.\n"
        "Staff photo by Sam Lee"
    )
    assert WarningCode.AMBIGUOUS_PLACE not in {w.code for w in record.warnings}


def test_a_landmark_is_not_doubted_by_an_opening_word_that_names_a_town_abroad(
    normaliser: Normaliser,
) -> None:
    # "Il" (the Italian article) is also a Kenyan town's name: no town of Italy opens the caption.
    record = normaliser.normalise(
        "Il presidente della Repubblica riceve al Quirinale i sindaci dei comuni colpiti, martedì 16 febbraio "
        "(Ansa)"
    )
    assert record.location is not None and record.location.city == "Rome"
    assert WarningCode.AMBIGUOUS_PLACE not in {w.code for w in record.warnings}
