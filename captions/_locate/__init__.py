"""Locate: the place text the parser read, resolved to a Location with the gazetteer (GeoNames names,
divisions, coordinates), and the warnings a desk must check (not found, ambiguous, approximate)."""

from __future__ import annotations

from ._country import with_home_country
from ._resolve import locate
from ._towns import town_prefixes

__all__ = ["locate", "town_prefixes", "with_home_country"]
