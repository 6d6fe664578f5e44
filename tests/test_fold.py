"""The one accent folding of `captions` (captions/_fold.py): how names written in captions are compared."""

from __future__ import annotations

import pytest

from captions._fold import fold


@pytest.mark.parametrize(
    ("written", "folded"),
    [
        ("Médecins Sans Frontières", "medecins sans frontieres"),  # accents dropped, case folded
        ("São Paulo", "sao paulo"),
        ("Kraków", "krakow"),
        ("Straße", "strasse"),  # casefold, not lower: "ß" is "ss"
        ("ΑΘΉΝΑΣ", "αθηνασ"),  # Greek final sigma folds as any sigma
        ("Ｋｙｉｖ", "kyiv"),  # full-width forms (NFKD)
        ("Souﬁane", "soufiane"),  # a ligature spelt as its letters
        ("Øresund", "øresund"),  # a letter with no decomposition stays
        ("Москва", "москва"),  # other scripts are only case folded
        ("Dnipro", "dnipro"),
    ],
)
def test_fold(written: str, folded: str) -> None:
    assert fold(written) == folded


def test_fold_is_the_same_on_ascii_as_lower() -> None:
    # The name lists' fast path (captions/_parse/_names.py) lowers ASCII words without folding them.
    words = "Pokrovsk railway station, eastern Ukraine (AP Photo/Efrem Lukatsky) O'Neill St. Louis"
    assert fold(words) == words.lower()
