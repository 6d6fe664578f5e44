"""Record: the parts of a caption and its location made into a CaptionRecord, in this one place.

Every record is built here: a caption's (`fields_of` then `build`), and a malformed input's (`raw`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ._fold import fold
from ._model import CaptionRecord, Location, Provenance, ProvenanceKind, RecordWarning, WarningCode
from ._parse import Parts
from ._rules import words

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
    creator, provenance = _handout_party(parts.credit.creator, parts.credit.line, parts.provenance)
    creator, provenance = _place_as_creator(creator, location, provenance)
    fields: Fields = {
        "date_created": parts.date.iso,
        "location": location,
        "persons": persons,
        "organisations": organisations,
        "creator": creator,
        "credit_line": parts.credit.line,
        "source": parts.credit.source,
        "provenance": provenance,
        "restrictions": parts.restrictions,
        "digital_source_type": parts.digital_source_type,
    }
    return fields, tuple(warnings)


def _handout_party(
    creator: str | None, line: str | None, provenance: tuple[Provenance, ...]
) -> tuple[str | None, tuple[Provenance, ...]]:
    """ "Handout photo issued by Historic England of a Roman mosaic ... Photo credit should read: Historic
    England/PA Wire": a name of the credit that opens the party the caption says handed the picture out is
    that party, as the credit writes it, and no photographer."""
    names = [n.strip() for n in (line or "").split("/") if n.strip()]
    out: list[Provenance] = []
    for p in provenance:
        party = p.party
        named = next((n for n in names if party and (party + " ").startswith(n + " ")), None)
        if p.kind == ProvenanceKind.HANDOUT and named is not None:
            p = p.model_copy(update={"party": named})
            creator = None if creator == named else creator
        out.append(p)
    return creator, tuple(out)


def _place_as_creator(
    creator: str | None, location: Location | None, provenance: tuple[Provenance, ...]
) -> tuple[str | None, tuple[Provenance, ...]]:
    """ "Undatiertes Handout: Ein Eisbär im Tierpark Berlin. Foto: Tierpark Berlin/dpa": a credit naming
    the place shown is the place's own picture, no photographer's; it handed the picture out. So is one
    naming a body "of" the town shown ("Foto: Intendencia de Salto", "Crédit photo : Ville de Saintes"):
    a person's name does not close with the town the picture was made in."""
    if creator is None or location is None:
        return creator, provenance
    if creator not in (location.sublocation, location.city) and not _of_the_town(creator, location.city):
        return creator, provenance
    out = tuple(
        p.model_copy(update={"party": creator}) if p.kind == ProvenanceKind.HANDOUT and p.party is None else p
        for p in provenance
    )
    return None, out


def _of_the_town(creator: str, city: str | None) -> bool:
    """Whether CREATOR closes with "of"/"de"/"di" and the town's name ("Intendencia de Salto" in Salto), or
    opens with the town's name before two words or more ("Wellington Cable Car" in Wellington): a body of
    the town. (A person may bear a town's name and one more, "Florence Welch", not the town and two more.)"""
    if not city:
        return False
    town_words = len(city.split())
    tokens = creator.split()
    if len(tokens) < town_words + 2:
        return False
    if fold(" ".join(tokens[:town_words])) == fold(city):
        return True
    if fold(" ".join(tokens[-town_words:])) != fold(city):
        return False
    # An organisation's joining word (credit.toml org_joiners), not "and": "Smith & Sydney" is two names.
    return tokens[-town_words - 1].lower() in words("credit", "org_joiners") - {"and", "&"}


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
