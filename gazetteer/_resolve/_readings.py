"""A name key's readings: the places a key matches exactly or as a spelling variant, each with its base
score, worked out from the key's name rows.

Shared by the index builder, which stores every key's readings ready to decode (table ``readings``,
schema 5), and the resolver, which decodes them, or works them out from the name rows for a key the
table lacks (a spelling that only a variant skeleton reaches). Changing anything here changes the index:
bump ``SCHEMA_VERSION`` in ``_schema.py``.
"""

from __future__ import annotations

import marshal
from collections.abc import Callable, Sequence
from functools import cache
from typing import Any, Final

from gazetteer._models import MatchHow
from gazetteer._resolve._weights import match_quality
from gazetteer._schema import F_NORM, F_SKEL, F_SKEL_HISTORIC, F_SKEL_MAIN, MARSHAL_VERSION

__all__ = [
    "BEST_VARIANT", "M_BASE", "M_HOW", "M_MATCHED", "M_WHY", "NameMatch",
    "decode_readings", "encode_readings", "name_matches",
]  # fmt: skip

Row = tuple[Any, ...]


# A match of a place by a name: (place id, how, base score, the name matched, why). A plain tuple, read by
# the positions below, not a NamedTuple or a dataclass: a cold lookup makes one per reading and the caches
# keep them, and the collector untracks a plain tuple of strings and numbers after its first pass, where it
# walks a subclass's instances at every full pass for as long as they are kept (issue 15).
NameMatch = tuple[int, MatchHow, float, str, str]
M_HOW: Final = 1
M_BASE: Final = 2
M_MATCHED: Final = 3
M_WHY: Final = 4


# The best score a spelling variant can have (a main name, all letters alike: see name_matches).
BEST_VARIANT = 1.6 + 2.0 * (1.0 - 0.75)


@cache
def _match_quality(flags: int) -> tuple[MatchHow, float, str]:
    # A few dozen flag combinations occur: each is worked out once.
    return match_quality(flags)


def name_matches(
    key: str, skel: str, rows: Sequence[Row], norm: Callable[[str], str], ratio: Callable[[str, str], float]
) -> dict[int, NameMatch]:
    """Exact and variant matches of a norm key, best reading per place, from the name rows of the key and
    of its skeleton ``skel`` ((key, place, flags, name, ...) in key, then place order).

    A city matched by a name as written (most of a key's skeleton rows are the same places again) keeps
    that reading: no spelling variant scores as high, so it is not measured. Only the order of the
    matches could change, which the scores and ids of cities decide (overlay places, of negative ids and
    no GeoNames id, are measured as before).
    """
    written = {
        row[1]: _match_quality(row[2])[1] for row in rows if row[0] == key and row[2] & F_NORM and row[1] > 0
    }
    matches: dict[int, NameMatch] = {}
    for row in rows:
        row_key, place_id, flags, name = row[0], row[1], row[2], row[3]
        how: MatchHow
        if row_key == key and flags & F_NORM:
            how, base, why = _match_quality(flags)
            matched = name or key
        elif row_key == skel and flags & F_SKEL:
            if written.get(place_id, 0.0) > BEST_VARIANT:
                continue
            variant_of = norm(name) if name else row_key
            similarity = ratio(key, variant_of) / 100.0
            if similarity < 0.75:
                continue
            how = "variant"
            base = (1.6 if flags & F_SKEL_MAIN else 1.2) + 2.0 * (similarity - 0.75)
            if flags & F_SKEL_HISTORIC:
                base -= 0.8
            why, matched = f"spelling variant of {name or row_key}", name or row_key
        else:
            continue
        current = matches.get(place_id)
        if current is None or base > current[M_BASE]:
            matches[place_id] = (place_id, how, base, matched, why)
    return matches


def encode_readings(matches: dict[int, NameMatch], places: dict[int, Row]) -> bytes:
    """A key's matches, in their order, each with its place's columns (id, name, kind, cc, a1, lat, lon,
    pop, rank, parent, a2), as the table ``readings`` holds them."""
    entries = [(m[M_HOW], m[M_BASE], m[M_MATCHED], m[M_WHY], *places[pid]) for pid, m in matches.items()]
    return marshal.dumps(entries, MARSHAL_VERSION)


def decode_readings(data: bytes) -> list[tuple[Any, ...]]:
    """The entries of ``encode_readings``: (how, base, matched, why, *place columns)."""
    entries: list[tuple[Any, ...]] = marshal.loads(data)
    return entries
