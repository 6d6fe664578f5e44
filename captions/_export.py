"""Record exporters: JSON Lines, a JSON array, flat CSV, IPTC ipmd JSON and ExifTool import JSON to one
stream; XMP sidecars (captions/_xmp.py) to a directory.

Each writer takes records one by one, so a batch streams to its output.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import IO, Any

from ._exiftool import import_object, literal, write_exiftool
from ._iptc import document, write_iptc
from ._model import CaptionRecord

__all__ = ["CSV_COLUMNS", "FORMATS", "STREAM_FORMATS", "to_exiftool", "to_iptc", "to_xmp", "write"]

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
STREAM_FORMATS = ("jsonl", "json", "csv", "iptc", "exiftool")
FORMATS = (*STREAM_FORMATS, "xmp")  # xmp: one sidecar file per record, see captions/_xmp.py

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


def write(records: Iterable[CaptionRecord], stream: IO[str], fmt: str, *, header: bool = True) -> int:
    """Write records to a text stream in FORMAT; returns how many were written. HEADER False leaves out
    the CSV header row (records appended to a CSV that has one)."""
    count = 0
    if fmt == "jsonl":
        for record in records:
            stream.write(json_line(record) + "\n")
            count += 1
    elif fmt == "json":
        stream.write("[")
        for record in records:
            stream.write(
                ("," if count else "")
                + "\n"
                + _one_line(json.dumps(record.model_dump(mode="json"), ensure_ascii=False))
            )
            count += 1
        stream.write("\n]\n")
    elif fmt == "csv":
        writer = csv.DictWriter(stream, fieldnames=CSV_COLUMNS, lineterminator="\r\n")
        if header:
            writer.writeheader()
        for record in records:
            writer.writerow(csv_row(record))
            count += 1
    elif fmt == "iptc":
        count = write_iptc(records, stream)
    elif fmt == "exiftool":
        count = write_exiftool(records, stream)
    else:
        raise ValueError(f"unknown stream format {fmt!r}")
    return count


def to_iptc(record: CaptionRecord) -> dict[str, Any]:
    """One item of `--format iptc`: {"id": ..., "photoVideoMetadataIPTC": {IPTC 2025.1 ipmd properties}}."""
    return document(record)


def to_exiftool(record: CaptionRecord, source_file: str | None = None) -> dict[str, Any]:
    """One object of `--format exiftool` (SourceFile: SOURCE_FILE, else the record's image path, else "*"),
    ready for `exiftool -json=`: a text starting "base64:" is given base64-encoded, as ExifTool decodes it."""
    return literal(import_object(record, source_file)[0])


def to_xmp(record: CaptionRecord) -> str:
    """The XMP sidecar `--format xmp` writes for a record."""
    from ._xmp import sidecar  # imported on use: only XMP output needs it

    return sidecar(record)
