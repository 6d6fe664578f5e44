"""Outputs: files written whole or not at all (a temporary file renamed into place), and what an existing
output holds, for `--resume`."""

from __future__ import annotations

import codecs
import csv
import json
import os
import shutil
import sys
import tempfile
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, BinaryIO

from ._export._tabular import CSV_COLUMNS, csv_cell
from ._inputs import STDIN
from ._model import WarningCode

__all__ = ["ResumeError", "Resumed", "atomic_output", "file_mode", "resume_output"]


_CHUNK = 1 << 20
INPUT_ERROR = WarningCode.INPUT_ERROR.value


@contextmanager
def atomic_output(
    path: str | None, *, newline: str | None = None, keep: Resumed | None = None
) -> Iterator[IO[str]]:
    """A text stream for the output: stdout, or a temporary file renamed over PATH only on success.

    With KEEP (from `resume_output`), the records already in PATH are copied into the temporary file
    first: new ones are appended, and the file is still replaced in one step.
    """
    if path is None or path == STDIN:
        yield sys.stdout
        sys.stdout.flush()
        return
    target = Path(path)
    directory = target.parent if str(target.parent) else Path(".")
    fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=directory)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline=newline) as stream:
            if keep is not None:
                keep.copy_to(stream)
            yield stream
        # mkstemp makes a private file: give it the mode the output had, or that of any new file.
        if target.exists():
            shutil.copymode(target, temp)
        else:
            os.chmod(temp, 0o666 & ~_umask())
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def file_mode(*, directory: bool = False) -> int:
    """The mode a new file (or directory) gets under this process's umask."""
    return (0o777 if directory else 0o666) & ~_umask()


def _umask() -> int:
    mask = os.umask(0o022)  # the only way to read it is to set it, and set it back
    os.umask(mask)
    return mask


class ResumeError(Exception):
    """An existing output cannot be resumed: it is no output of that format; the message says why."""


@dataclass
class Resumed:
    """What an output file holds already: its records' ids (with how many times each), how many carry
    input_error, and how many of its bytes are complete records (a last record cut short, by a run killed
    while writing to `>`, is left out, so its input is read again).

    The file is opened once and held open from the scan to the copy (`copy_to`): were it replaced in
    between, the copy still comes from the file that was scanned, never spliced from two.
    """

    path: str
    fmt: str
    ids: Counter[str] = field(default_factory=Counter)  # as written: a CSV cell may have a "'" before it
    malformed: int = 0
    size: int = 0  # bytes kept, header included
    newline: bool = False  # the kept bytes need a line end after them
    source: BinaryIO | None = None  # the output file as scanned, open

    def __len__(self) -> int:
        return sum(self.ids.values())

    def take(self, record_id: str) -> bool:
        """Whether an input of this id has its record in the file already; each record there answers for
        one input, so that a later input repeating an id still gets its own record."""
        key = record_id
        if self.fmt == "csv":
            key = csv_cell(record_id)
        if self.ids[key] <= 0:
            return False
        self.ids[key] -= 1
        return True

    def copy_to(self, stream: IO[str]) -> None:
        if not self.size or self.source is None:
            return
        decoder = codecs.getincrementaldecoder("utf-8")()
        left = self.size
        self.source.seek(0)
        while left > 0:
            chunk = self.source.read(min(_CHUNK, left))
            if not chunk:
                raise ResumeError(f"{self.path}: changed while it was being resumed")
            left -= len(chunk)
            stream.write(decoder.decode(chunk, final=left <= 0))
        if self.newline:
            stream.write("\n")

    def close(self) -> None:
        if self.source is not None:
            self.source.close()
            self.source = None


def resume_output(path: str, fmt: str) -> Resumed:
    """What PATH already holds as an output of FORMAT (jsonl or csv): nothing if it does not exist; the
    caller closes it. Raises ResumeError if it is no such output, OSError if it cannot be read."""
    resumed = Resumed(path, fmt)
    try:
        stream = open(path, "rb")  # noqa: SIM115 - held open until the copy (see Resumed)
    except FileNotFoundError:
        return resumed
    resumed.source = stream
    try:
        if fmt == "jsonl":
            _scan_jsonl(resumed, stream)
        else:
            _scan_csv(resumed, stream)
    except UnicodeDecodeError:
        resumed.close()
        raise ResumeError(f"{path}: not UTF-8 text, so no output of this tool") from None
    except BaseException:
        resumed.close()
        raise
    return resumed


def _scan_jsonl(resumed: Resumed, stream: BinaryIO) -> None:
    offset = 0
    for n, raw in enumerate(stream, start=1):
        offset += len(raw)
        cut = not raw.endswith(b"\n")  # only the last line can lack its line end
        try:
            row = json.loads(raw.decode("utf-8")) if raw.strip() else None
        except ValueError:  # not JSON, or not UTF-8
            if cut:
                return  # the last line, cut short
            raise ResumeError(f"{resumed.path}: line {n} is not JSON in UTF-8, so no jsonl output") from None
        if row is not None:
            if not isinstance(row, dict) or not isinstance(row.get("id"), str):
                raise ResumeError(f"{resumed.path}: line {n} is no record with an id")
            resumed.ids[row["id"]] += 1
            resumed.malformed += any(
                isinstance(w, dict) and w.get("code") == INPUT_ERROR for w in row.get("warnings") or ()
            )
        resumed.size = offset
        resumed.newline = cut


def _scan_csv(resumed: Resumed, stream: BinaryIO) -> None:
    offset = 0
    line_end = True

    def lines() -> Iterator[str]:
        # csv takes exactly the lines a row needs, so OFFSET is where the row just read ends.
        nonlocal offset, line_end
        for raw in stream:
            try:
                text = raw.decode("utf-8-sig" if offset == 0 else "utf-8")
            except UnicodeDecodeError:
                if raw.endswith(b"\n"):
                    raise
                return  # the last line, cut short in a character
            offset += len(raw)
            line_end = raw.endswith(b"\n")
            yield text

    reader = csv.reader(lines())
    try:
        header = next(reader, None)
        if header is None:
            return
        if tuple(header) != CSV_COLUMNS:
            raise ResumeError(f"{resumed.path}: its columns are not those of --format csv")
        resumed.size = offset
        # A row is taken once the next one is read: only the last may be cut short, and is then dropped.
        pending: tuple[list[str], int, bool, int] | None = None
        for row in reader:
            if pending is not None:
                _take_row(resumed, *pending, last=False)
            pending = (row, offset, line_end, reader.line_num)
        if pending is not None:
            _take_row(resumed, *pending, last=True)
    except csv.Error as error:
        raise ResumeError(f"{resumed.path}: line {reader.line_num}: {error}") from None


def _take_row(resumed: Resumed, row: list[str], end: int, line_end: bool, line: int, *, last: bool) -> None:
    if len(row) != len(CSV_COLUMNS) or not line_end:
        if last:
            return
        raise ResumeError(f"{resumed.path}: line {line}: not a row of --format csv")
    resumed.ids[row[0]] += 1
    resumed.malformed += INPUT_ERROR in row[CSV_COLUMNS.index("warnings")].split("; ")
    resumed.size = end
