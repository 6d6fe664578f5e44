"""Reading caption batches (.jsonl, .txt, .csv, standard input, images) and writing outputs atomically.

Every caption read becomes one item, in order, and a batch is read one item at a time, so memory stays
flat however long it is. What can be checked cheaply is checked before anything is read
(`open_inputs`): a missing file, an unsupported type, a directory without inputs, a CSV without its
column or not UTF-8, a file that is not UTF-8 at all (a UTF-16 or UTF-32 byte order mark, or NUL in
every other byte as UTF-16 text has). Those raise InputError naming the file. Past that, a line that
cannot be a caption (not JSON, not an object, no caption, bytes that are not UTF-8) is an item with a
`problem`, never an error: it costs that one record, not the batch.

An image gives one item: the caption it carries (as MWG readers take it: captions/_images/_policy.py), its
file stem as id, its path in meta["image"]; images are read through ExifTool, all in one run, up front.
With `story=True` a text input (and standard input) is a news story: its caption paragraphs are the
items, ids FILE:N over them, the story's header date their reference date (`_story`). Stories are read
up front too, so that one without captions stops the run before anything is written.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import IO, Any, BinaryIO

from .._exceptions import InputError
from .._images._suffixes import IMAGE_SUFFIXES
from ._scrub import scrub_meta

__all__ = ["CaptionInput", "InputBatch", "open_inputs", "read_inputs"]

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md"})
SUFFIXES = frozenset({".jsonl", ".csv", *TEXT_SUFFIXES, *IMAGE_SUFFIXES})
STDIN = "-"
# How much of a text is looked at up front to tell whether it is UTF-8 at all.
_HEAD = 4096
_CHUNK = 1 << 20
_BOMS = (
    (codecs.BOM_UTF32_LE, "UTF-32"),  # before UTF-16 LE, whose mark starts it
    (codecs.BOM_UTF32_BE, "UTF-32"),
    (codecs.BOM_UTF16_LE, "UTF-16"),
    (codecs.BOM_UTF16_BE, "UTF-16"),
)
# What makes a line blank: JSON's whitespace. Not str.strip()'s, which also takes U+3000, U+0085, \v, \f
# and the separators \x1c-\x1f: a line holding only those is a caption (empty once cleaned), and gets
# its record, rather than vanishing.
_BLANK = " \t\r\n"
_BLANK_BYTES = _BLANK.encode()


@dataclass(frozen=True)
class CaptionInput:
    id: str
    caption: str
    reference_date: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    # Why this item is no well-formed input (its record gets an input_error warning), else None.
    problem: str | None = None
    # True when `caption` is the raw text of a malformed line: kept as it was, not read as a caption.
    raw: bool = False


def open_inputs(paths: Iterable[str], *, column: str = "caption", story: bool = False) -> InputBatch:
    """The captions of the given files, directories and "-", in order: checked now, read when iterated.

    STORY: text inputs (.txt, .md, "-") are news stories, whose caption paragraphs are the captions.
    Raises InputError (naming the file) for what can be checked before reading; ExifToolError when images
    are among the inputs and ExifTool is missing.
    """
    files = [path for name in paths for path in _expand(name)]
    stdin_head = b""
    for n, path in enumerate(files):
        if path == STDIN:
            if STDIN not in files[:n]:  # stdin is read once: "- -" reads it as the first "-"
                stdin_head = _stdin_head()
        elif not _is_image(path):
            _check_file(path, column)
    ready: dict[str, list[CaptionInput]] = {}
    images = [path for path in files if path != STDIN and _is_image(path)]
    if images:
        # Imported here: text batches need neither ExifTool nor the image code.
        from .._images._apply import read_images
        from .._images._exiftool import ExifTool

        for image in read_images(images, ExifTool()):
            item = CaptionInput(Path(image.path).stem, image.caption, meta={"image": image.path})
            ready[image.path] = [item]
    if story:
        for path in dict.fromkeys(files):
            if path == STDIN or Path(path).suffix.lower() in TEXT_SUFFIXES:
                head, stdin_head = (stdin_head, b"") if path == STDIN else (b"", stdin_head)
                ready[path] = _read_story(path, head)
    return InputBatch(files, ready, column, stdin_head)


def read_inputs(paths: Iterable[str], *, column: str = "caption", story: bool = False) -> list[CaptionInput]:
    """All captions of the given inputs in a list (for `apply`, which matches them to images)."""
    return list(open_inputs(paths, column=column, story=story))


def _read_story(path: str, stdin_head: bytes) -> list[CaptionInput]:
    """The caption paragraphs of a story file (or of standard input) as items: ids NAME:N over the captions
    found, the header date as their reference date. Raises InputError when it has none."""
    from ._story import caption_paragraphs, story_header  # only stories need the parser

    name = "stdin" if path == STDIN else path
    try:
        if path == STDIN:
            paragraphs = list(_read_paragraphs(name, _lines(stdin_head, sys.stdin.buffer)))
        else:
            with open(path, "rb") as stream:
                paragraphs = list(_read_paragraphs(name, stream))
    except OSError as error:
        raise InputError(f"{path}: cannot be read ({error.strerror or error})") from None
    reference = None
    if paragraphs:
        reference, first = story_header(paragraphs[0].caption)
        paragraphs[0] = replace(paragraphs[0], caption=first)
        paragraphs = [p for p in paragraphs if p.caption]
    chosen = caption_paragraphs([p.caption for p in paragraphs])
    if not chosen:
        raise InputError(
            f"{name}: no captions found in this story (a caption paragraph ends in a credit, such as "
            '"(AP Photo/Name)")'
        )
    return [
        replace(paragraphs[i], id=f"{name}:{n}", reference_date=reference)
        for n, i in enumerate(chosen, start=1)
    ]


class InputBatch:
    """Inputs checked by `open_inputs`; iterating reads them, one caption at a time.

    For a progress bar: `size` is the total bytes of the text inputs (None when standard input is one of
    them or there are none) and `position` how many of those bytes have been read.
    """

    def __init__(
        self, files: list[str], ready: dict[str, list[CaptionInput]], column: str, stdin_head: bytes
    ) -> None:
        self._files = files
        self._ready = ready  # inputs read up front (images, stories): their items
        self._column = column
        self._stdin_head = stdin_head
        self.position = 0
        sizes = [0 if path in ready else _size(path) for path in files]
        total = sum(s or 0 for s in sizes)
        self.size = None if None in sizes or not total else total

    @property
    def files(self) -> tuple[str, ...]:
        """The input files, directories expanded, in order ("-" for standard input)."""
        return tuple(self._files)

    def __iter__(self) -> Iterator[CaptionInput]:
        done: set[str] = set()
        for path in self._files:
            if path in self._ready:
                if path == STDIN and path in done:
                    continue  # stdin is read once
                done.add(path)
                yield from self._ready[path]
            elif path == STDIN:
                head, self._stdin_head = self._stdin_head, b""  # stdin is read once
                yield from _read_paragraphs("stdin", _lines(head, sys.stdin.buffer))
            else:
                yield from self._read_file(path)

    def _read_file(self, path: str) -> Iterator[CaptionInput]:
        start = self.position
        try:
            if Path(path).suffix.lower() == ".csv":
                with open(path, "rb") as stream, io.TextIOWrapper(stream, "utf-8-sig", newline="") as text:
                    for item in _read_csv(path, text, self._column):
                        self.position = start + stream.tell()
                        yield item
            else:
                with open(path, "rb") as stream:
                    lines = self._counted(stream)
                    if Path(path).suffix.lower() == ".jsonl":
                        yield from _read_jsonl(path, lines)
                    else:
                        yield from _read_paragraphs(path, lines)
        except OSError as error:  # gone or unreadable since it was checked
            raise InputError(f"{path}: cannot be read ({error.strerror or error})") from None
        except UnicodeDecodeError as error:  # a CSV changed since it was checked
            raise InputError(f"{path}: not UTF-8 text ({error.reason})") from None

    def _counted(self, lines: Iterable[bytes]) -> Iterator[bytes]:
        for line in lines:
            self.position += len(line)
            yield line


def _is_image(path: str) -> bool:
    return Path(path).suffix.lower() in IMAGE_SUFFIXES


def _size(path: str) -> int | None:
    if path == STDIN:
        return None
    try:
        return os.stat(path).st_size
    except OSError:
        return None


def _expand(name: str) -> list[str]:
    if name == STDIN:
        return [name]
    path = Path(name)
    if path.is_dir():
        try:
            found = sorted(str(p) for p in path.iterdir() if p.is_file() and p.suffix.lower() in SUFFIXES)
        except OSError as error:
            raise InputError(f"{name}: directory cannot be read ({error.strerror or error})") from None
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


def _check_file(path: str, column: str) -> None:
    """What can be known of a text input before reading it: readable and UTF-8 at all; for a CSV, UTF-8
    throughout (cells span lines, so bad bytes cannot be kept to one record) and with the column."""
    try:
        with open(path, "rb") as stream:
            _check_head(path, stream.read(_HEAD))
            if Path(path).suffix.lower() == ".csv":
                stream.seek(0)
                _check_utf8(path, stream)
                stream.seek(0)
                _check_columns(path, stream, column)
    except OSError as error:
        raise InputError(f"{path}: cannot be read ({error.strerror or error})") from None


def _check_head(name: str, head: bytes) -> None:
    """Stop on a text that is not UTF-8 at all (stray bad bytes further in cost only their record)."""
    for bom, encoding in _BOMS:
        if head.startswith(bom):
            raise InputError(f"{name}: not UTF-8 text ({encoding} byte order mark); convert it to UTF-8")
    if len(head) >= 4:
        # UTF-16 without a byte order mark: Latin text has a NUL in every other byte, all on one side.
        even, odd = head[0::2].count(0), head[1::2].count(0)
        if max(even, odd) >= len(head) // 4 and min(even, odd) <= max(even, odd) // 8:
            raise InputError(f"{name}: not UTF-8 text (NUL in every other byte: UTF-16?); convert it")


def _check_utf8(path: str, stream: BinaryIO) -> None:
    decoder = codecs.getincrementaldecoder("utf-8")()
    offset = 0  # of the first byte the decoder has not taken yet
    while True:
        chunk = stream.read(_CHUNK)
        pending = len(decoder.getstate()[0])
        try:
            decoder.decode(chunk, final=not chunk)
        except UnicodeDecodeError as error:
            at, byte = offset - pending + error.start, error.object[error.start]
            raise InputError(f"{path}: not UTF-8 text (byte 0x{byte:02x} at offset {at})") from None
        if not chunk:
            return
        offset += len(chunk)


def _check_columns(path: str, stream: BinaryIO, column: str) -> None:
    with open(stream.fileno(), encoding="utf-8-sig", newline="", closefd=False) as text:
        try:
            fields = next(csv.reader(text), [])
        except csv.Error as error:
            raise InputError(f"{path}: no CSV header ({error})") from None
    if column not in fields:
        have = ", ".join(fields) if fields else "no header"
        raise InputError(f"{path}: no '{column}' column (columns: {have}); choose one with --column")


def _stdin_head() -> bytes:
    """The first bytes of standard input, to check that it is UTF-8 at all. read1 returns what has come,
    so a pipe fed slowly still gives its first record early."""
    stream = sys.stdin.buffer
    read1 = getattr(stream, "read1", None)
    if read1 is None:
        head = bytes(stream.read(_HEAD))
    else:
        head = b""
        while len(head) < 4 and (chunk := read1(_HEAD)):  # enough for a byte order mark
            head += chunk
    _check_head("stdin", head)
    return head


def _lines(head: bytes, rest: BinaryIO) -> Iterator[bytes]:
    """The lines of HEAD followed by those of REST, the line cut between them made whole."""
    if head and not head.endswith(b"\n"):
        head += rest.readline()
    start = 0
    while start < len(head):  # split at LF only, as iterating a binary file does (not at a lone CR)
        end = head.find(b"\n", start)
        end = len(head) if end < 0 else end + 1
        yield head[start:end]
        start = end
    yield from rest


def _decode(data: bytes) -> tuple[str, int | None]:
    """The text of DATA, and the offset of its first byte that is not UTF-8, if any (bad bytes become
    U+FFFD)."""
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as error:
        return data.decode("utf-8", "replace"), error.start


def _not_utf8(data: bytes, offset: int, column: int) -> str:
    return f"byte 0x{data[offset]:02x} at column {column} is not UTF-8 (shown as U+FFFD)"


def _strip_eol(line: bytes) -> bytes:
    if line.endswith(b"\n"):
        line = line[:-1]
    if line.endswith(b"\r"):
        line = line[:-1]
    return line


def _read_paragraphs(name: str, lines: Iterable[bytes]) -> Iterator[CaptionInput]:
    """One caption a paragraph, an empty line between them; ids NAME:N. Each paragraph is decoded on its
    own: bad bytes give that caption an input_error warning and U+FFFD where they were."""
    n = 0
    block: list[bytes] = []
    start = 1  # the line the paragraph starts on, for messages

    def item() -> CaptionInput | None:
        nonlocal n
        data = b"\n".join(block)
        text, bad = _decode(data)
        text = text.strip(_BLANK)
        if not text:
            return None
        n += 1
        problem = None
        if bad is not None:
            line = data.count(b"\n", 0, bad)
            column = bad - (data.rfind(b"\n", 0, bad) + 1) + 1
            problem = f"paragraph {n}, line {start + line}: {_not_utf8(data, bad, column)}"
        return CaptionInput(id=f"{name}:{n}", caption=text, problem=problem)

    for number, raw in enumerate(lines, start=1):
        line = _strip_eol(raw)
        if number == 1:
            line = line.removeprefix(codecs.BOM_UTF8)
        if line.strip(_BLANK_BYTES):
            if not block:
                start = number
            block.append(line)
        elif block:
            if (found := item()) is not None:
                yield found
            block = []
    if block and (found := item()) is not None:
        yield found


def _read_jsonl(path: str, lines: Iterable[bytes]) -> Iterator[CaptionInput]:
    """One object a line. A line that is none (or not UTF-8) is an item with a problem, its caption the
    line as it was; blank lines are skipped."""
    for n, raw in enumerate(lines, start=1):
        line = _strip_eol(raw)
        text, bad = _decode(line)
        text = text.removeprefix("\ufeff")  # a byte order mark starts the file, or a file joined by `cat`
        if text.strip(_BLANK):
            problem = f"line {n}: {_not_utf8(line, bad, bad + 1)}" if bad is not None else None
            yield _jsonl_item(f"{path}:{n}", n, text, problem)


def _jsonl_item(default_id: str, n: int, text: str, bad: str | None) -> CaptionInput:
    """The item of line N; BAD says what bytes of it were not UTF-8, if any."""
    try:
        row = json.loads(text)
    except RecursionError:
        return CaptionInput(default_id, text, problem=f"line {n} is not JSON (nested too deeply)", raw=True)
    except ValueError as error:  # JSONDecodeError, or an integer too long to convert
        reason = error.msg if isinstance(error, json.JSONDecodeError) else str(error)
        return CaptionInput(default_id, text, problem=f"line {n} is not JSON ({reason})", raw=True)
    if not isinstance(row, dict):
        return CaptionInput(default_id, text, problem=f"line {n} is not a JSON object", raw=True)
    # Lone surrogate escapes and over-deep values: replaced here, so that the line still gives its record.
    row, problems = scrub_meta(row, label="field")
    record_id = str(row["id"]) if row.get("id") is not None else default_id
    meta = {k: v for k, v in row.items() if k not in ("id", "caption", "reference_date")}
    if bad:
        return CaptionInput(record_id, text, meta=meta, problem=bad, raw=True)
    caption = row.get("caption")
    if not isinstance(caption, str):
        return CaptionInput(record_id, text, meta=meta, problem=f"line {n} has no 'caption' string", raw=True)
    problem = f"line {n}: " + "; ".join(problems) if problems else None
    return CaptionInput(record_id, caption, _as_text(row.get("reference_date")), meta, problem)


def _as_text(value: Any) -> str | None:
    return None if value is None else str(value)


def _read_csv(path: str, text: IO[str], column: str) -> Iterator[CaptionInput]:
    """The rows of a CSV `_check_file` passed. A row the csv module cannot read stops the run: CSV stays
    strict, as a broken quote can swallow the rest of the file."""
    reader = csv.DictReader(text)
    n = 0
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            raise InputError(f"{path}: row {n + 1}: {error}") from None  # rows after the header
        n += 1
        record_id = row.get("id") or f"{path}:{n}"
        meta = {k: v for k, v in row.items() if k not in (column, "id", "reference_date") and k is not None}
        yield CaptionInput(record_id, row.get(column) or "", row.get("reference_date") or None, meta)
