"""English compass forms of South Asian division names: "Purba Champaran" is written "East Champaran".

Indian, Bangladeshi and Nepali districts carry a Hindi or Bengali compass word that English-language news
translates ("Paschim Medinipur": West Midnapore, "Uttar Dinajpur": North Dinajpur, "Dakshina Kannada":
South Kannada). GeoNames lists the English form for some districts only; the builder adds it for all.
"""

from __future__ import annotations

from gazetteer._names import fold

__all__ = ["COMPASS_COUNTRIES", "english_compass_forms"]

COMPASS_COUNTRIES = frozenset({"IN", "BD", "NP"})

# The leading word, folded (no diacritics, lower case), and its English compass word.
_COMPASS = {
    "purba": "East",
    "purbi": "East",
    "purva": "East",
    "purab": "East",
    "poorva": "East",
    "paschim": "West",
    "pashchim": "West",
    "paschimi": "West",
    "pashchimi": "West",
    "uttar": "North",
    "uttara": "North",
    "dakshin": "South",
    "dakshina": "South",
    "dakshini": "South",
}


def english_compass_forms(name: str) -> list[str]:
    """ "Pūrba Champāran" -> ["East Champāran"]; a name with no leading compass word -> []."""
    first, _, rest = name.strip().partition(" ")
    english = _COMPASS.get(fold(first))
    if english is None or not rest.strip():
        return []
    return [f"{english} {rest.strip()}"]
