"""The command line's app, options, exit codes and what every command shares: one-line errors, the
summary on stderr, terminal-safe text. rich loads only when something is printed with it."""

from __future__ import annotations

import os
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from gazetteer import Gazetteer, GazetteerError

from .._exceptions import ExifToolError, InputError
from .._inputs import STDIN, InputBatch
from .._inputs._dates import reference_date_of
from .._model import CaptionRecord
from .._pipeline import Normaliser

if TYPE_CHECKING:
    from rich.console import Console


EXIT_INPUT = 1
EXIT_USAGE = 2
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE, what a shell reports for a writer whose reader has gone
EXIT_OUTPUT = 3
EXIT_EXIFTOOL = 4
EXIT_MALFORMED = 5

app = typer.Typer(
    name="captions",
    help="Parse news photo captions into IPTC-style metadata records, offline.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_show_locals=False,  # captions may be embargoed: keep them out of tracebacks
)
gazetteer_app = typer.Typer(help="Build or query the offline gazetteer.", no_args_is_help=True)
app.add_typer(gazetteer_app, name="gazetteer")

_consoles: dict[bool, Console] = {}


def _console(*, stderr: bool = True) -> Console:
    """rich's console, imported on first use: rich costs a tenth of a second to import, and a batch's
    first record should not wait for the summary's table."""
    if stderr not in _consoles:
        from rich.console import Console

        _consoles[stderr] = Console(stderr=stderr)
    return _consoles[stderr]


class Format(StrEnum):
    jsonl = "jsonl"
    json = "json"
    csv = "csv"
    iptc = "iptc"
    exiftool = "exiftool"
    xmp = "xmp"
    parquet = "parquet"  # --engine dask only: one Parquet file per partition


class Engine(StrEnum):
    local = "local"
    dask = "dask"


GazetteerOption = Annotated[
    Path | None,
    typer.Option(
        "--gazetteer", help="An index built by `captions gazetteer build` (default: the cached one)."
    ),
]


StyleOption = Annotated[
    list[Path] | None,
    typer.Option(
        "--style",
        help="A style pack (TOML): preferred spellings, staff credits, words to flag. Applied after the "
        "shipped AP pack; repeat for more, applied in order.",
    ),
]
NoDefaultStyleOption = Annotated[
    bool, typer.Option("--no-default-style", help="Leave out the shipped AP style pack.")
]
CodesOption = Annotated[
    Path | None,
    typer.Option(
        "--codes",
        help="Photo Mechanic code replacements (tab-separated): =code= and =code#2= are expanded in each "
        "caption before it is read.",
    ),
]


@contextmanager
def _reading_inputs() -> Iterator[None]:
    """Inputs that cannot be read stop the command with a one-line error naming the file: exit code 1,
    or 4 when ExifTool is missing for images."""
    try:
        yield
    except InputError as error:
        raise _fail(str(error), EXIT_INPUT) from None
    except ExifToolError as error:
        raise _fail(str(error), EXIT_EXIFTOOL) from None


# Characters a terminal acts on rather than shows (C0 and C1 controls, ESC and CSI among them) and those
# that reorder the text around them: a caption or file name holding them could rewrite the screen.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _visible(text: str) -> str:
    """TEXT with terminal controls shown as JSON escapes ("\\u001b"): safe to print, and still valid
    inside a JSON string."""
    return _CONTROL.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def _echo(text: str, *, err: bool = False) -> None:
    typer.echo(_visible(text), err=err)


def _fail(message: str, code: int) -> typer.Exit:
    """A one-line error on stderr (never wrapped) and the exit to raise."""
    _echo(f"error: {message}", err=True)
    return typer.Exit(code)


def _check_reference_date(reference_date: str | None) -> None:
    if reference_date is not None and reference_date_of(reference_date) is None:
        raise typer.BadParameter(
            f"{reference_date!r} is not a whole date (YYYY-MM-DD, a timestamp or '12 Jun 2022')",
            param_hint="--reference-date",
        )


def _normaliser(
    path: Path | None,
    style: list[Path] | None = None,
    default_style: bool = True,
    codes: Path | None = None,
) -> Normaliser:
    try:
        return Normaliser(
            gazetteer=Gazetteer(path) if path else Gazetteer.default(),
            style=style,
            default_style=default_style,
            codes=codes,
        )
    except GazetteerError as error:
        raise _fail(str(error), EXIT_OUTPUT) from None
    except InputError as error:  # a style pack or codes file that cannot be read
        raise _fail(str(error), EXIT_INPUT) from None


def _refuse_input_as_output(output: str | None, inputs: Iterable[str]) -> None:
    """Stop (exit 2) before anything is read or written when the output would replace an input."""
    if not output or output == STDIN:
        return
    for name in inputs:
        if name != STDIN and _same_file(name, output):
            raise _fail(f"{output}: is also an input; write the output elsewhere", EXIT_USAGE)


def _same_file(a: str, b: str) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:  # one of them does not exist (yet)
        return os.path.realpath(a) == os.path.realpath(b)


def _progress(made: Iterator[CaptionRecord], batch: InputBatch, *, show: bool) -> Iterator[CaptionRecord]:
    """MADE, with a progress bar on stderr when SHOW: the share of the input bytes read, and records."""
    if not show:
        yield from made
        return
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

    size = batch.size
    with Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        TextColumn("{task.fields[records]} records"),
        TimeRemainingColumn() if size else TimeElapsedColumn(),
        console=_console(),
        transient=True,
    ) as progress:
        task = progress.add_task("Normalising", total=size, records=0)
        for n, record in enumerate(made, start=1):
            progress.update(task, completed=batch.position, records=n)
            yield record


def _summary(
    written: int, counts: Counter[str], output: str | None, *, what: str = "record", kept: str = ""
) -> None:
    from rich.table import Table  # here, not at the top: see _console

    where = f" to {output}" if output else ""
    err = _console()
    err.print(
        _visible(f"{written} {what}{'s' if written != 1 else ''} written{where}{kept}."),
        highlight=False,
        markup=False,
    )
    if counts:
        table = Table("warning", "records", box=None, show_header=True, header_style="bold")
        for code, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
            table.add_row(code, str(n))
        err.print(table)


_MAX_IIM_LINES = 20


def _iim_lines(found: list[tuple[str, str]]) -> None:
    """Which values IIM gets cut: worth a line each, since the image will carry less than the record."""
    err = _console()
    for record_id, message in found[:_MAX_IIM_LINES]:
        err.print(
            _visible(f"iim_too_long  {record_id}: {message}"), highlight=False, markup=False, soft_wrap=True
        )
    if len(found) > _MAX_IIM_LINES:
        err.print(f"iim_too_long  ... and {len(found) - _MAX_IIM_LINES} more", highlight=False)
