"""A sublocation a desk must check: a name cut from a longer one, or a place phrase whose own name was left
while another was read."""

from __future__ import annotations

import pytest

from captions import Normaliser
from captions._model import WarningCode


def _messages(normaliser: Normaliser, caption: str) -> list[str]:
    record = normaliser.normalise(caption)
    return [w.message for w in record.warnings if w.code is WarningCode.AMBIGUOUS_PLACE]


def test_a_sublocation_cut_after_and_is_flagged(normaliser: Normaliser) -> None:
    caption = (
        "Escolares recorren la Ciudad de las Artes y las Ciencias de Valencia, el 12 de marzo de 2026. "
        "EFE/Kai Försterling"
    )
    assert any("cut from a longer name" in m for m in _messages(normaliser, caption))


def test_a_place_phrase_whose_own_name_was_left_is_flagged(normaliser: Normaliser) -> None:
    caption = (
        "Cientos de personas participan en la Diada en la Rambla de Catalunya de Barcelona, este miércoles. "
        "EFE/Toni Albir"
    )
    assert any("'Rambla de Catalunya', in the place phrase" in m for m in _messages(normaliser, caption))


@pytest.mark.parametrize(
    "caption",
    [
        # "i" is "in" in Swedish, "al" and "di" are "at": a name after them is whole.
        "Nobelpristagarna anländer till Nobelfesten i Stadshuset i Stockholm. Foto: Henrik Montgomery/TT",
        "Il presidente Sergio Mattarella al Quirinale, Roma, 2 giugno 2026. ANSA/Paolo Giandotti",
        # A name read whole, with its "and".
        "Visitors tour the Museum of Arts and Sciences in Daytona Beach, Fla., on Tuesday. (AP Photo/John Raoux)",
        # A phrase that names no place "of" the town, only a noun: "the Principality of Monaco".
        "Fans arrive at the Louis II Stadium in the Principality of Monaco on Sunday. (Photo by Valery Hache / AFP)",
    ],
)
def test_a_whole_sublocation_is_no_doubt(normaliser: Normaliser, caption: str) -> None:
    messages = _messages(normaliser, caption)
    assert not any("cut from a longer name" in m or "in the place phrase" in m for m in messages)
