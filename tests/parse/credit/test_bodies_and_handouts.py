"""Credits of pictures that bodies hand out: a navy, a ministry, a police force, a zoo or a museum credited
where a photographer would stand is no one's name, and a rank before a photographer's name is no part of it."""

from __future__ import annotations

import pytest

from captions._model import ProvenanceKind
from captions._parse import clean_with_breaks
from captions._parse._credit import find_credit


def credit(caption: str):  # type: ignore[no-untyped-def]
    return find_credit(*clean_with_breaks(caption))


def handed_out(caption: str) -> bool:
    return any(kind == ProvenanceKind.HANDOUT for kind, _, _ in credit(caption).provenance)


@pytest.mark.parametrize(
    ("caption", "creator", "handout"),
    [
        # ANSA's restriction block holds a comma of its own, and the sentence before the credit a bracket: the
        # credit before the block is still read.
        (
            "Gli agenti della Polizia di Stato durante un controllo a Bari (Puglia), 19 settembre 2027. "
            "ANSA/POLIZIA DI STATO +++ NO SALES, EDITORIAL USE ONLY +++",
            None,
            True,
        ),
        (
            "Un incendio in un capannone a Prato (Firenze), 20 settembre 2027. ANSA/CLAUDIO GIOVANNINI "
            "+++ NO SALES, EDITORIAL USE ONLY +++",
            "Claudio Giovannini",
            False,
        ),
    ],
)
def test_a_credit_before_ansa_s_restriction_block(caption: str, creator: str | None, handout: bool) -> None:
    found = credit(caption)
    assert found.source == "ANSA"
    assert found.creator == creator
    assert handed_out(caption) is handout
