"""Reading caption batches (.jsonl, .txt, .csv, standard input, images) and writing outputs atomically.

Every caption read becomes one record, in order; a line that cannot be a caption still yields an item
that says why. A file that cannot be read at all raises InputError naming it. An image gives one item:
the caption it carries (XMP dc:description, else IIM Caption-Abstract), its file stem as id, its path in
meta["image"]; images are read through ExifTool, all in one run.
"""

from __future__ import annotations

import csv
import io
import json
import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from ._exceptions import InputError
from ._exiftool import ExifTool
from ._images import IMAGE_SUFFIXES, is_image, read_images

__all__ = ["CaptionInput", "atomic_output", "read_inputs"]

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md"})
SUFFIXES = frozenset({".jsonl", ".csv", *TEXT_SUFFIXES, *IMAGE_SUFFIXES})
STDIN = "-"


@dataclass(frozen=True)
class CaptionInput:
    id: str
    caption: str
    reference_date: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    problem: str | None = None  # why this item is no usable caption (a malformed .jsonl line)


def read_inputs(paths: list[str], *, column: str = "caption") -> list[CaptionInput]:
    """All captions of the given files, directories and "-", in order.

    Reads everything before anything is written, so an unreadable file stops a run before any output.
    """
    files = [path for name in paths for path in _expand(name)]
    images = [path for path in files if path != STDIN and is_image(path)]
    captions: dict[str, str] = {}
    if images:
        captions = {image.path: image.caption for image in read_images(images, ExifTool())}
    items: list[CaptionInput] = []
    for path in files:
        if path in captions:
            items.append(CaptionInput(Path(path).stem, captions[path], meta={"image": path}))
        else:
            items += list(_read(path, column))
    return items


def _expand(name: str) -> list[str]:
    if name == STDIN:
        return [name]
    path = Path(name)
    if path.is_dir():
        found = sorted(str(p) for p in path.iterdir() if p.is_file() and p.suffix.lower() in SUFFIXES)
        if not found:
            raise InputError(f"{name}: no .jsonl, .txt, .csv or image files in this directory")
        return found
    if not path.exists():
        raise InputError(f"{name}: no such file")
    if path.suffix.lower() not in SUFFIXES:
        raise InputError(
            f"{name}: unsupported input type '{path.suffix}' (use .jsonl, .txt, .csv, an image or -)"
        )
    return [name]


def _text(path: str) -> str:
    try:
        data = sys.stdin.buffer.read() if path == STDIN else Path(path).read_bytes()
    except OSError as error:
        raise InputError(f"{path}: cannot be read ({error.strerror or error})") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(
            f"{path}: not UTF-8 text (byte 0x{data[error.start]:02x} at offset {error.start})"
        ) from None


def _read(path: str, column: str) -> Iterator[CaptionInput]:
    suffix = Path(path).suffix.lower()
    text = _text(path)
    if suffix == ".jsonl":
        return _read_jsonl(path, text)
    if suffix == ".csv":
        return _read_csv(path, text, column)
    return _read_paragraphs("stdin" if path == STDIN else path, text)


def _read_paragraphs(name: str, text: str) -> Iterator[CaptionInput]:
    """One caption a paragraph; blank lines separate them; ids NAME:N."""
    paragraphs = [p.strip() for p in text.replace("\r\n", "\n").split("\n\n")]
    for n, paragraph in enumerate((p for p in paragraphs if p), start=1):
        yield CaptionInput(id=f"{name}:{n}", caption=paragraph)


def _read_jsonl(path: str, text: str) -> Iterator[CaptionInput]:
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        default_id = f"{path}:{n}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as error:
            yield CaptionInput(default_id, "", problem=f"line {n} is not JSON ({error.msg})")
            continue
        if not isinstance(row, dict):
            yield CaptionInput(default_id, "", problem=f"line {n} is not a JSON object")
            continue
        caption = row.get("caption")
        record_id = str(row["id"]) if row.get("id") is not None else default_id
        meta = {k: v for k, v in row.items() if k not in ("id", "caption", "reference_date")}
        reference = row.get("reference_date")
        if not isinstance(caption, str):
            problem = f"line {n} has no 'caption' string"
            yield CaptionInput(record_id, "", _as_text(reference), meta, problem=problem)
            continue
        yield CaptionInput(record_id, caption, _as_text(reference), meta)


def _as_text(value: Any) -> str | None:
    return None if value is None else str(value)


def _read_csv(path: str, text: str, column: str) -> Iterator[CaptionInput]:
    reader = csv.DictReader(io.StringIO(text, newline=""))
    fields = reader.fieldnames or []
    if column not in fields:
        have = ", ".join(fields) if fields else "no header"
        raise InputError(f"{path}: no '{column}' column (columns: {have}); choose one with --column")
    rows = list(reader)
    return _csv_items(path, rows, column)


def _csv_items(path: str, rows: list[dict[str, Any]], column: str) -> Iterator[CaptionInput]:
    for n, row in enumerate(rows, start=1):
        record_id = row.get("id") or f"{path}:{n}"
        meta = {k: v for k, v in row.items() if k not in (column, "id", "reference_date") and k is not None}
        yield CaptionInput(record_id, row.get(column) or "", row.get("reference_date") or None, meta)


@contextmanager
def atomic_output(path: str | None, *, newline: str | None = None) -> Iterator[IO[str]]:
    """A text stream for the output: stdout, or a temporary file renamed over PATH only on success."""
    if path is None or path == STDIN:
        yield sys.stdout
        sys.stdout.flush()
        return
    target = Path(path)
    directory = target.parent if str(target.parent) else Path(".")
    fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=directory)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline=newline) as stream:
            yield stream
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
