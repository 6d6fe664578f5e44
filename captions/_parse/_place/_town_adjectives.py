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


@cache
def _service_adjective() -> re.Pattern[str]:
    nouns = alternation(rules("place")["town_adjective_service_nouns"])
    # The adjective capitalised, as a caption opens with it ("Poznańscy strażacy") or German writes it.
    return re.compile(rf"(?<![\w-])(?P<adjective>[A-ZÀ-ÞĀ-ŽА-ЯІЇЄҐ][\w'’]+) (?i:{nouns})(?![\w-])")


def service_adjectives(text: str) -> list[str]:
    """The capitalised adjectives before a noun of `town_adjective_service_nouns`, in order: "Plzeňští" of
    "Plzeňští hasiči"."""
    return [m.group("adjective") for m in _service_adjective().finditer(text)]


def town_of_stem(adjective: str) -> str | None:
    """The town of `town_adjective_stems` whose stem opens ADJECTIVE ("poznański": Poznań)."""
    lower = adjective.lower()
    table = rules("place")["town_adjective_stems"]
    return next((town for stem, town in table.items() if lower.startswith(stem)), None)
