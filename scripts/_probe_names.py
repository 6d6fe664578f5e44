"""The place names the gazetteer's cold-lookup probes look up, written right or misspelt: one generator for
`bench_gazetteer.py`'s probe and `fuzzy_designs.py`, so that both measure the same names."""

from __future__ import annotations

import random
from collections.abc import Iterable


def probe_names(rows: Iterable[tuple[str]], count: int, misspelt: bool) -> list[str]:
    """COUNT distinct names of ROWS (one name a row) in a fixed shuffled order; MISSPELT: each with one
    letter replaced, dropped or added after its second (a seeded choice, so every run spells them alike)."""
    shuffled = list(rows)
    rng = random.Random(11)
    rng.shuffle(shuffled)
    names: list[str] = []
    seen: set[str] = set()
    for (name,) in shuffled:
        if len(name) < 6 or not name.isascii() or name.lower() in seen:
            continue
        seen.add(name.lower())
        if misspelt:
            i, op, letter = rng.randrange(2, len(name)), rng.random(), rng.choice("aeiourstnl")
            if op < 0.4:
                name = name[:i] + letter + name[i + 1 :]
            elif op < 0.7:
                name = name[:i] + name[i + 1 :]
            else:
                name = name[:i] + letter + name[i:]
        names.append(name)
        if len(names) >= count:
            break
    return names
