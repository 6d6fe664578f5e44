"""The rule files load, and every pattern in them compiles."""

from __future__ import annotations

import re
from importlib import resources

import pytest

from captions._rules import rules

RULE_FILES = sorted(
    p.name.removesuffix(".toml")
    for p in (resources.files("captions") / "data").iterdir()
    if p.name.endswith(".toml")
)


@pytest.mark.parametrize("name", RULE_FILES)
def test_rule_file_patterns_compile(name: str) -> None:
    data = rules(name)
    assert data
    for key in (
        "pattern",
        "patterns",
        "tail",
        "trail",
        "capture_cues",
        "not_capture_cues",
        "notes",
        "chain_stops",
    ):
        for value in _find(data, key):
            for pattern in value if isinstance(value, list) else [value]:
                re.compile(pattern)


def _find(data: object, key: str) -> list[object]:
    if isinstance(data, dict):
        return [v for k, v in data.items() if k == key] + [x for v in data.values() for x in _find(v, key)]
    if isinstance(data, list):
        return [x for v in data for x in _find(v, key)]
    return []


def test_every_rule_file_is_used() -> None:
    # iptc: the IPTC export mapping (captions/_iptc.py), the others the parser's rules
    assert set(RULE_FILES) == {"credit", "date", "iptc", "people", "place", "provenance", "text"}


def test_alternation_matches_the_longest_phrase() -> None:
    from captions._rules import alternation

    pattern = re.compile(rf"(?:{alternation(['in', 'in front of', 'Sep', 'Sept', 'September', 'at'])})")
    assert [
        pattern.match(t).group() for t in ("in front of it", "September 1", "Sept. 1", "Sep 1", "at")
    ] == [  # type: ignore[union-attr]
        "in front of",
        "September",
        "Sept",
        "Sep",
        "at",
    ]
    assert pattern.match("on") is None
