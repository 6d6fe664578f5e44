"""A division's name that the caption's other evidence gives to a big town in another country."""

from __future__ import annotations

from gazetteer._models import Candidate
from gazetteer._resolve._state import ContextEvidence

# A town this big in the country the caption is placed in takes a division's name from abroad.
_BIG_TOWN = 100_000


def town_at_home(cities: list[Candidate], division: tuple[str, str], context: ContextEvidence | None) -> bool:
    """Whether a bare division name ("Victoria") is a big town of its own name in the one country the
    caption's other names (or its agency's home) place it in, the division lying abroad: The Canadian
    Press's "in Victoria" is British Columbia's capital, not Australia's state."""
    if context is None or not context.names or context.countries[division[0]]:
        return False
    home = {code for code, count in context.countries.items() if count * 2 > context.names}
    return any(
        c.how in ("exact", "overlay") and c.place.country_code in home and c.place.population >= _BIG_TOWN
        for c in cities
    )
