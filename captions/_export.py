"""Record exporters: JSON Lines, a JSON array, and flat CSV.

Each writer takes records one by one, so a batch streams to its output.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import IO, Any

from ._model import CaptionRecord

__all__ = ["CSV_COLUMNS", "FORMATS", "write"]

# Flat CSV columns, in order (documented in the README). Lists are joined with "; ".
CSV_COLUMNS = (
    "id",
    "caption",
    "description",
    "date_created",
    "sublocation",
    "city",
    "province_state",
    "country",
    "country_code",
    "latitude",
    "longitude",
    "geonames_id",
    "location_note",
    "persons",
    "organisations",
    "creator",
    "credit_line",
    "source",
    "provenance",
    "restrictions",
    "digital_source_type",
    "warnings",
)
FORMATS = ("jsonl", "json", "csv")

# A cell starting with one of these is a formula to a spreadsheet (OWASP "CSV injection").
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_row(record: CaptionRecord) -> dict[str, str]:
    loc = record.location
    values: dict[str, Any] = {
        "id": record.id,
        "caption": record.caption,
        "description": record.description,
        "date_created": record.date_created,
        "sublocation": loc.sublocation if loc else None,
        "city": loc.city if loc else None,
        "province_state": loc.province_state if loc else None,
        "country": loc.country if loc else None,
        "country_code": loc.country_code if loc else None,
        "latitude": loc.latitude if loc else None,
        "longitude": loc.longitude if loc else None,
        "geonames_id": loc.geonames_id if loc else None,
        "location_note": loc.note if loc else None,
        "persons": "; ".join(p.name for p in record.persons),
        "organisations": "; ".join(record.organisations),
        "creator": record.creator,
        "credit_line": record.credit_line,
        "source": record.source,
        "provenance": "; ".join(p.kind.value for p in record.provenance),
        "restrictions": "; ".join(r.kind.value for r in record.restrictions),
        "digital_source_type": record.digital_source_type,
        "warnings": "; ".join(w.code.value for w in record.warnings),
    }
    return {k: _cell(v) for k, v in values.items()}


def _cell(value: Any) -> str:
    if value is None:
        return ""
    text = str(value)
    if text.startswith(_FORMULA_START) and not _is_number(text):
        return "'" + text
    return text


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def write(records: Iterable[CaptionRecord], stream: IO[str], fmt: str) -> int:
    """Write records to a text stream in FORMAT; returns how many were written."""
    count = 0
    if fmt == "jsonl":
        for record in records:
            stream.write(record.model_dump_json() + "\n")
            count += 1
    elif fmt == "json":
        stream.write("[")
        for record in records:
            stream.write(
                ("," if count else "") + "\n" + json.dumps(record.model_dump(mode="json"), ensure_ascii=False)
            )
            count += 1
        stream.write("\n]\n")
    elif fmt == "csv":
        writer = csv.DictWriter(stream, fieldnames=CSV_COLUMNS, lineterminator="\r\n")
        writer.writeheader()
        for record in records:
            writer.writerow(csv_row(record))
            count += 1
    else:
        raise ValueError(f"unknown format {fmt!r}")
    return count
