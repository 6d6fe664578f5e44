"""Export: records written out, one writer per format behind one registry.

    _tabular    jsonl, json, csv (flat columns)          _iptc      IPTC ipmd JSON (the property map)
    _exiftool   ExifTool import JSON, IIM byte limits    _xmp       XMP sidecars, one file per record

Each writer takes records one by one, so a batch streams to its output.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import IO, Any

from .._model import CaptionRecord
from ._exiftool import import_object, literal, with_iim_warnings, write_exiftool
from ._iptc import document, write_iptc
from ._tabular import (
    CSV_COLUMNS,
    csv_cell,
    csv_row,
    flat_record,
    json_line,
    write_csv,
    write_json,
    write_jsonl,
)

__all__ = [
    "CSV_COLUMNS",
    "FORMATS",
    "STREAM_FORMATS",
    "csv_cell",
    "csv_row",
    "flat_record",
    "json_line",
    "to_exiftool",
    "to_iptc",
    "to_xmp",
    "with_iim_warnings",
    "write",
]

Writer = Callable[..., int]  # (records, stream, *, header) -> how many were written


def _write_iptc(records: Iterable[CaptionRecord], stream: IO[str], *, header: bool = True) -> int:
    return write_iptc(records, stream)


def _write_exiftool(records: Iterable[CaptionRecord], stream: IO[str], *, header: bool = True) -> int:
    return write_exiftool(records, stream)


# The formats written to one stream, by name; xmp writes one sidecar file per record (_xmp).
WRITERS: dict[str, Writer] = {
    "jsonl": write_jsonl,
    "json": write_json,
    "csv": write_csv,
    "iptc": _write_iptc,
    "exiftool": _write_exiftool,
}
STREAM_FORMATS = tuple(WRITERS)
FORMATS = (*STREAM_FORMATS, "xmp")


def write(records: Iterable[CaptionRecord], stream: IO[str], fmt: str, *, header: bool = True) -> int:
    """Write records to a text stream in FORMAT; returns how many were written. HEADER False leaves out
    the CSV header row (records appended to a CSV that has one)."""
    writer = WRITERS.get(fmt)
    if writer is None:
        raise ValueError(f"unknown stream format {fmt!r}")
    return writer(records, stream, header=header)


def to_iptc(record: CaptionRecord) -> dict[str, Any]:
    """One item of `--format iptc`: {"photoVideoMetadataIPTC": {IPTC 2025.1 ipmd properties},
    "photoVideoMetadata_captions": {"id": ...}} (IPTC's schema leaves photoVideoMetadata_* keys to others)."""
    return document(record)


def to_exiftool(record: CaptionRecord, source_file: str | None = None) -> dict[str, Any]:
    """One object of `--format exiftool` (SourceFile: SOURCE_FILE, else the record's image path, else "*"),
    ready for `exiftool -json=`: a text starting "base64:" is given base64-encoded, as ExifTool decodes it."""
    return literal(import_object(record, source_file)[0])


def to_xmp(record: CaptionRecord) -> str:
    """The XMP sidecar `--format xmp` writes for a record."""
    from ._xmp import sidecar  # imported on use: only XMP output needs it

    return sidecar(record)
