"""Whether a run of capitalised words is a person's name, and where it starts."""

from __future__ import annotations

import pytest

from captions._parse._people import find_people


def names(sentence: str) -> list[str]:
    return [p.name for p in find_people(sentence)[0]]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "An Se-young of South Korea returns a shot to Akane Yamaguchi of Japan during the women's singles "
            "final",
            ["An Se-young", "Akane Yamaguchi"],
        ),
        (
            "Kim Ga-eun of South Korea in action against An Se-young during the semifinal",
            ["Kim Ga-eun", "An Se-young"],
        ),
        ("An elderly man walks past a mural in Seoul", []),
    ],
)
def test_a_korean_surname_spelt_as_an_article(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Le Norvégien Johannes Thingnes Boe en action lors de la poursuite de la Coupe du monde de "
            "biathlon, à Hochfilzen, le 14 décembre 2026.",
            ["Johannes Thingnes Boe"],
        ),
        (
            "La Suissesse Lara Gut-Behrami lors du super-G de Val d'Isère, le 20 décembre 2026.",
            ["Lara Gut-Behrami"],
        ),
        # A building after its article is no one.
        ("La Maison Blanche à Washington, le 3 mars 2026.", []),
    ],
)
def test_a_nationality_written_as_a_noun_before_the_name(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected
