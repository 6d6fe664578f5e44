"""The record a caption becomes: field names fixed by the shared contract (../shared/contract.md)."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

__all__ = [
    "CaptionRecord",
    "Location",
    "Person",
    "Provenance",
    "ProvenanceKind",
    "RecordWarning",
    "Restriction",
    "RestrictionKind",
    "WarningCode",
]


class ProvenanceKind(StrEnum):
    """How the image came to be or to the agency."""

    ORGANISED_TRIP = "organised_trip"
    HANDOUT = "handout"
    POOL = "pool"
    FILE = "file"
    VIDEO_STILL = "video_still"
    SOCIAL_MEDIA = "social_media"
    THIRD_PARTY = "third_party"
    SATELLITE = "satellite"
    DRONE = "drone"


class RestrictionKind(StrEnum):
    EDITORIAL_USE_ONLY = "editorial_use_only"
    MANDATORY_CREDIT = "mandatory_credit"
    NO_SALES = "no_sales"
    NO_ARCHIVES = "no_archives"
    NO_MARKETING = "no_marketing"
    REGIONAL = "regional"
    EMBARGO = "embargo"


class WarningCode(StrEnum):
    """What a desk editor must look at."""

    MISSING_DATE = "missing_date"
    MISSING_CREDIT = "missing_credit"
    MISSING_PLACE = "missing_place"
    WEEKDAY_MISMATCH = "weekday_mismatch"
    PARTIAL_DATE = "partial_date"
    PLACE_NOT_FOUND = "place_not_found"
    AMBIGUOUS_PLACE = "ambiguous_place"
    DATE_AFTER_REFERENCE = "date_after_reference"
    IIM_TOO_LONG = "iim_too_long"
    EMPTY_CAPTION = "empty_caption"
    PLACEHOLDER = "placeholder"
    INVALID_REFERENCE_DATE = "invalid_reference_date"
    INPUT_ERROR = "input_error"
    PARSE_ERROR = "parse_error"
    STYLE = "style"  # a style pack changed a value, or the caption spells it otherwise
    FLAGGED_WORD = "flagged_word"  # a word a style pack asks the desk to look at
    UNKNOWN_CODE = "unknown_code"  # a code replacement "=code=" not in the codes file, left as written
    # A name in persons read as a person's from the sentence's shape alone ("Raphinha celebrates"): no known
    # given name, title, age or kin word says so; it may be a team, a place or a thing.
    DOUBTFUL_PERSON = "doubtful_person"


class _Frozen(BaseModel):
    # Schemas are built on first use, not at import: `import captions` stays cheap.
    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)


class Person(_Frozen):
    name: str = Field(description="The name as the caption gives it, position markers removed.")
    description: str | None = Field(
        default=None, description="The title or role the caption gives, e.g. 'acting leader of ...'."
    )


class Provenance(_Frozen):
    kind: ProvenanceKind
    text: str = Field(description="The phrase of the caption that says so.")
    party: str | None = Field(default=None, description="Who provided or organised it, when named.")


class Restriction(_Frozen):
    kind: RestrictionKind
    text: str = Field(description="The phrase of the caption that says so.")


class RecordWarning(_Frozen):
    code: WarningCode
    message: str


class Location(_Frozen):
    sublocation: str | None = Field(default=None, description="The place within the city.")
    city: str | None = Field(default=None, description="City, town or village shown (gazetteer name).")
    province_state: str | None = Field(default=None, description="First-level division, English name.")
    county: str | None = Field(
        default=None, description="Second-level division (county, parish, district) the caption names."
    )
    country: str | None = Field(default=None, description="Country, English short name.")
    country_code: str | None = Field(default=None, description="ISO 3166-1 alpha-2.")
    country_code_alpha3: str | None = Field(default=None, description="ISO 3166-1 alpha-3 (IPTC exports).")
    world_region: str | None = Field(
        default=None, description="A regional descriptor the caption gives: 'eastern Ukraine', 'the Donbas'."
    )
    latitude: float | None = Field(default=None, description="WGS84, of the most specific place resolved.")
    longitude: float | None = Field(default=None, description="WGS84, of the most specific place resolved.")
    geonames_id: int | None = Field(default=None, description="GeoNames id of the most specific place.")
    note: str | None = Field(
        default=None, description="What the caption says of the place that is no part of its address."
    )
    text: str | None = Field(default=None, description="The place text of the caption, as written.")


class CaptionRecord(_Frozen):
    """One caption, normalised. `model_dump(mode="json")` has the contract's shape."""

    id: str
    caption: str = Field(description="The input text, verbatim.")
    description: str = Field(description="The caption with markup removed and whitespace normalised.")
    date_created: str | None = Field(
        default=None, description="ISO 8601 date the photo was made: YYYY-MM-DD, YYYY-MM or YYYY."
    )
    location: Location | None = None
    persons: tuple[Person, ...] = ()
    organisations: tuple[str, ...] = ()
    creator: str | None = Field(default=None, description="Photographer, natural case; null for agency-only.")
    credit_line: str | None = Field(default=None, description="The credit as the supplier asks it printed.")
    source: str | None = Field(default=None, description="Supplying agency, canonical short name.")
    provenance: tuple[Provenance, ...] = ()
    restrictions: tuple[Restriction, ...] = ()
    digital_source_type: str | None = Field(default=None, description="IPTC Digital Source Type URI.")
    warnings: tuple[RecordWarning, ...] = ()
    reference_date: str | None = Field(default=None, description="The filing day used to complete dates.")
    meta: dict[str, Any] = Field(default_factory=dict, description="Input keys carried through untouched.")
