"""Tabular and JSON exports: JSON Lines, a JSON array and flat CSV, written record by record."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import IO, Any

from .._model import CaptionRecord

__all__ = [
    "CSV_COLUMNS",
    "csv_cell",
    "csv_row",
    "flat_record",
    "json_line",
    "write_csv",
    "write_json",
    "write_jsonl",
]

# Flat CSV columns, in order (documented in the README). Lists are joined with "; ".
CSV_COLUMNS = (
    "id",
    "caption",
    "description",
    "date_created",
    "sublocation",
    "city",
    "county",
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
# A cell starting with one of these is a formula to a spreadsheet (OWASP "CSV injection").
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def flat_record(record: CaptionRecord) -> dict[str, Any]:
    """A record's CSV columns as values: None where empty, numbers as numbers, lists joined with "; "."""
    loc = record.location
    return {
        "id": record.id,
        "caption": record.caption,
        "description": record.description,
        "date_created": record.date_created,
        "sublocation": loc.sublocation if loc else None,
        "city": loc.city if loc else None,
        "county": loc.county if loc else None,
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


def csv_row(record: CaptionRecord) -> dict[str, str]:
    return {k: csv_cell(v) for k, v in flat_record(record).items()}


def csv_cell(value: Any) -> str:
    """A CSV cell: empty for None; text a spreadsheet would run as a formula gets a "'" before it."""
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


# JSON allows these raw, but readers that split text on every Unicode line break (str.splitlines) would
# cut a JSON line at them: written escaped, a record stays on its one line.
_LINE_BREAKS = str.maketrans({"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"})


def json_line(record: CaptionRecord) -> str:
    """One record as one line of JSON, whatever line breaks its text holds."""
    return _one_line(record.model_dump_json())


def _one_line(text: str) -> str:
    # isascii is free (Python knows it of every string) and true of most records: translate walks the
    # whole text, which costs more than writing it.
    if text.isascii() or not any(c in text for c in "\x85\u2028\u2029"):
        return text
    return text.translate(_LINE_BREAKS)


def write_jsonl(records: Iterable[CaptionRecord], stream: IO[str], *, header: bool = True) -> int:
    count = 0
    for record in records:
        stream.write(json_line(record) + "\n")
        count += 1
    return count


def write_json(records: Iterable[CaptionRecord], stream: IO[str], *, header: bool = True) -> int:
    count = 0
    stream.write("[")
    for record in records:
        text = _one_line(json.dumps(record.model_dump(mode="json"), ensure_ascii=False))
        stream.write(("," if count else "") + "\n" + text)
        count += 1
    stream.write("\n]\n")
    return count


def write_csv(records: Iterable[CaptionRecord], stream: IO[str], *, header: bool = True) -> int:
    """HEADER False leaves out the header row (records appended to a CSV that has one)."""
    count = 0
    writer = csv.DictWriter(stream, fieldnames=CSV_COLUMNS, lineterminator="\r\n")
    if header:
        writer.writeheader()
    for record in records:
        writer.writerow(csv_row(record))
        count += 1
    return count
