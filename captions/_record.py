"""Record: the parts of a caption and its location made into a CaptionRecord, in this one place.

Every record is built here: a caption's (`fields_of` then `build`), and a malformed input's (`raw`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ._model import CaptionRecord, Location, RecordWarning, WarningCode
from ._parse import Parts

__all__ = ["Fields", "Warnings", "build", "fields_of", "raw"]

Warnings = tuple[tuple[WarningCode, str], ...]
Fields = dict[str, Any]  # CaptionRecord's parsed fields, by name


def fields_of(
    parts: Parts, location: Location | None, located: Sequence[tuple[WarningCode, str]]
) -> tuple[Fields, Warnings]:
    """The record's fields from the parts and the location found for them, and all warnings on them.

    A placeholder fills no field: a city, sublocation, person or organisation holding one is dropped,
    with the place_not_found that named it ("in CITY" is no city, "Name to come" no one).
    """
    warnings = [*parts.warnings, *located]
    if parts.credit.line is None and parts.credit.source is None:
        warnings.append((WarningCode.MISSING_CREDIT, "no credit found in the caption"))
    elif parts.credit.doubt is not None:
        warnings.append((WarningCode.MISSING_CREDIT, parts.credit.doubt))
    warnings += [
        (WarningCode.PLACEHOLDER, f"placeholder text '{held}' left in the caption")
        for held in parts.placeholders
    ]
    persons, organisations = parts.persons, parts.organisations
    if parts.placeholders:

        def holds(value: str | None) -> bool:
            return value is not None and any(held in value for held in parts.placeholders)

        if location is not None:
            location = location.model_copy(
                update={k: None for k in ("city", "sublocation") if holds(getattr(location, k))}
            )
        persons = tuple(p for p in persons if not holds(p.name))
        organisations = tuple(o for o in organisations if not holds(o))
        warnings = [w for w in warnings if not (w[0] == WarningCode.PLACE_NOT_FOUND and holds(w[1]))]
    fields: Fields = {
        "date_created": parts.date.iso,
        "location": location,
        "persons": persons,
        "organisations": organisations,
        "creator": parts.credit.creator,
        "credit_line": parts.credit.line,
        "source": parts.credit.source,
        "provenance": parts.provenance,
        "restrictions": parts.restrictions,
        "digital_source_type": parts.digital_source_type,
    }
    return fields, tuple(warnings)


def build(
    *,
    id: str,
    caption: str,
    description: str,
    reference: str | None,
    meta: dict[str, Any],
    warnings: Warnings,
    fields: Fields,
) -> CaptionRecord:
    """The record of a caption: its input, the fields read from it, and every warning, in order."""
    return CaptionRecord(
        id=id,
        caption=caption,
        description=description,
        reference_date=reference,
        meta=meta,
        warnings=tuple(RecordWarning(code=code, message=message) for code, message in warnings),
        **fields,
    )


def raw(id: str, text: str, meta: dict[str, Any], problem: str | None) -> CaptionRecord:
    """The record of a malformed input (not JSON, no caption, ...): its raw text kept as the caption, not
    read, and an input_error saying what is wrong."""
    warning = RecordWarning(code=WarningCode.INPUT_ERROR, message=problem or "malformed input")
    return CaptionRecord(id=id, caption=text, description="", meta=meta, warnings=(warning,))
