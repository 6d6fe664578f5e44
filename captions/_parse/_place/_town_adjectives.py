"""Town adjectives with a changed stem: Czech "v pražské O2 areně" is in Prague (`town_adjective_stems`)."""

from __future__ import annotations

import re
from functools import cache

from ..._regex import alternation
from ..._rules import rules

_NAME = r"[A-ZÀ-ÞĀ-Ž][\w'’-]+"


@cache
def _stems() -> re.Pattern[str]:
    stems = alternation(rules("place")["town_adjective_stems"])
    # The stem in either case ("Pražský hrad" opens a name); the name after it capitalised.
    return re.compile(rf"(?<![\w-])(?P<stem>(?i:{stems}))[a-zà-ÿā-ž]{{0,4}} (?={_NAME})")


def towns_by_stem(text: str) -> list[str]:
    """The towns named by an adjective of `town_adjective_stems` before a capitalised name, in order."""
    table = rules("place")["town_adjective_stems"]
    return [table[m.group("stem").lower()] for m in _stems().finditer(text)]
