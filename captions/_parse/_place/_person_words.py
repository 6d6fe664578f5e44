"""Words the place readers take for towns in a case that are a person's name instead."""

from __future__ import annotations

import re

from .._names import is_given_name

_SURNAME_AFTER = re.compile(r" [A-ZÀ-ÞĀ-Ž][\w'’-]+")


def person_named(text: str, word: re.Match[str]) -> bool:
    """Whether a capitalised word is a given name as written, before a capitalised word, a surname: Czech
    "Zpěvačka Lucie Bílá vystoupila" names the singer Lucie Bílá, not Lucca in a case ("Lucie")."""
    return is_given_name(word.group()) and _SURNAME_AFTER.match(text, word.end()) is not None
