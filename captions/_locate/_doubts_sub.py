"""The checks that flag a doubtful sublocation: a name cut from a longer one, a place phrase whose own name
was not the one read."""

from __future__ import annotations

from functools import cache

from .._model import WarningCode
from .._parse import PlaceText
from .._rules import words

# The most joining words walked back over before a name: "y las" in "Artes y las Ciencias".
_MAX_JOINERS = 3


@cache
def _joiners() -> frozenset[str]:
    return frozenset(words("place", "proper_name_connectors_cased")) | _conjunctions()


@cache
def _conjunctions() -> frozenset[str]:
    """The words for "and" that join two names of one place; not "i", which is "in" in the Nordic languages
    ("Nobelfesten i Stadshuset")."""
    return frozenset({"and", "&"} | set(words("place", "name_conjunctions_cased"))) - {"i"}


def _cut_from(body: str, sublocation: str) -> str | None:
    """The longer name a sublocation closes, where the caption writes it after "and" (with its articles)
    following a capitalised word inside a sentence: "la Ciudad de las Artes y las Ciencias" read as
    "Ciencias" is cut from the whole place's name. None where it stands on its own ("en la Diada")."""
    at = body.find(sublocation)
    if at <= 0 or not sublocation[:1].isupper():
        return None
    before = body[:at].split()
    joined: list[str] = []
    while before and before[-1] in _joiners() and len(joined) < _MAX_JOINERS:
        joined.append(before.pop())
    # Only "and" makes one name of two ("Artes y las Ciencias"): "di", "al", "de la" are as often "at".
    if not before or not _conjunctions() & set(joined):
        return None
    word = before[-1]
    opens = len(before) == 1 or before[-2][-1:] in ".!?:"
    if not word[:1].isupper() or opens or not word[-1:].isalpha():
        return None
    start = body.rfind(word, 0, at)
    return body[start : at + len(sublocation)]


def _unread_head(place: PlaceText, city_text: str | None) -> str | None:
    """The name a place phrase gives its place "of" the town, where the sublocation read stands outside
    the phrase: "participan en la Diada en el Passeig de Gràcia de Barcelona" read "Diada", an event, and
    left the street."""
    text, sublocation = place.text or "", place.sublocation or ""
    at = text.find(f" {city_text}") if city_text else -1
    if at < 0 or not sublocation or sublocation in text:
        return None
    tokens = text[:at].split()
    leading = 0
    while tokens and not tokens[0][:1].isupper() and leading < _MAX_JOINERS:
        tokens.pop(0)  # "en el", "in the"
        leading += 1
    if not leading or not tokens or tokens[-1] not in _joiners():
        return None  # "in Soho, London", "Kadikoy, Istanbul": no name "of" the town
    while tokens and tokens[-1] in _joiners():
        tokens.pop()
    head = " ".join(tokens)
    if any(not c.isalpha() and c not in " -" for c in head):
        return None  # "Jerusalem's", "Cox's Bazar's": a possessive, no name
    named = [t for t in tokens if t[:1].isupper()]
    if len(named) < 2 or len(named) + sum(t in _joiners() for t in tokens) != len(tokens):
        return None  # "the Mexican city of", "the Principality of": a noun, no name of its own
    return head


def sublocation_doubts(place: PlaceText, city_text: str | None) -> list[tuple[WarningCode, str]]:
    """A sublocation that may not be the place's whole name, for a desk to check."""
    sublocation = place.sublocation
    if not sublocation or not place.body:
        return []
    whole = _cut_from(place.body, sublocation)
    if whole is not None:
        message = f"'{sublocation}' may be cut from a longer name: '{whole}'"
        return [(WarningCode.AMBIGUOUS_PLACE, message)]
    head = _unread_head(place, city_text)
    if head is not None:
        message = f"'{head}', in the place phrase, may be the sublocation, not '{sublocation}'"
        return [(WarningCode.AMBIGUOUS_PLACE, message)]
    return []
