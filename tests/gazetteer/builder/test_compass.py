"""English compass forms of South Asian division names (gazetteer/_build/_compass.py)."""

from __future__ import annotations

import pytest

from gazetteer._build._builder import admin2_names
from gazetteer._build._compass import english_compass_forms
from gazetteer._build._data import Admin2Entry


@pytest.mark.parametrize(
    ("name", "forms"),
    [
        ("Pūrba Champāran", ["East Champāran"]),
        ("Purbi Champaran", ["East Champaran"]),
        ("Pashchim Singhbhūm", ["West Singhbhūm"]),
        ("Paschim Medinipur", ["West Medinipur"]),
        ("Uttar Dinajpur", ["North Dinajpur"]),
        ("Dakshina Kannada", ["South Kannada"]),
        ("Uttarkashi", []),  # one word: the compass word is part of the name
        ("Uttar", []),
        ("Champaran", []),
        ("Purulia", []),
    ],
)
def test_english_compass_forms(name: str, forms: list[str]) -> None:
    assert english_compass_forms(name) == forms


def _entry(cc: str, name: str) -> Admin2Entry:
    return Admin2Entry(cc, "34", "204", 1259186, name, "", 26.35, 26.98, 84.68, 85.17, 402097, ())


def test_admin2_names_add_the_english_form_in_south_asia_only() -> None:
    assert "East Champāran" in admin2_names(_entry("IN", "Pūrba Champāran"))
    assert admin2_names(_entry("US", "Uttar Champaran")) == {"Uttar Champaran": 1}
