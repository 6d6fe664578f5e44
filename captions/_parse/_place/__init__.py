"""The place shown, as the caption writes it: sublocation, city, parents, and notes on the place.

AP, Reuters, AFP, EPA and Xinhua put a place chain next to the date of sentence 1: "... near Schastia
town, on the territory which is under the Government of the Luhansk People's Republic control, eastern
Ukraine, Saturday, June 11, 2022." Getty puts it after: "... on June 11, 2022 in Kyiv, Ukraine." The chain
is read from the date outwards; what is no address (who controls the place) becomes the note. Which
GeoNames place the words mean is the locate stage's to say (captions/_locate/): this package only asks,
through `PlaceLookup`, whether a text names a country or a division.
"""

from __future__ import annotations

from ._find import find_place
from ._lookup import PlaceLookup, PlaceText
from ._mentions import mentions
from ._sub import is_facility, is_head_first, is_street_name

__all__ = [
    "PlaceLookup",
    "PlaceText",
    "find_place",
    "is_facility",
    "is_head_first",
    "is_street_name",
    "mentions",
]
