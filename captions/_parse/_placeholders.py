"""Placeholders editors leave in templates ("Name to come", "in CITY", "TK"): found, so that the record
is flagged and never filled from them (text.toml: triggers looked for first, patterns run only then)."""

from __future__ import annotations

import re
from functools import cache

from .._regex import compile_all
from .._rules import rules

__all__ = ["find_placeholders"]


@cache
def _placeholders() -> tuple[re.Pattern[str], ...]:
    return compile_all(rules("text")["placeholders"])


def find_placeholders(text: str) -> tuple[str, ...]:
    """The placeholder texts of a cleaned caption, in the order of the rule file."""
    lowered = text.lower()
    if not any(t in lowered for t in rules("text")["placeholder_triggers"]):
        return ()
    return tuple(m.group() for pattern in _placeholders() if (m := pattern.search(text)))
