"""`captions normalize`: batches in, records out, on this machine or on a Dask cluster."""

from __future__ import annotations

import os
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Annotated

import typer

from .._engines._local import records
from .._exceptions import InputError
from .._export import write
from .._inputs import STDIN, CaptionInput, open_inputs
from .._model import CaptionRecord, WarningCode
from .._outputs import Resumed, ResumeError, atomic_output, resume_output
from ._app import (
    EXIT_BROKEN_PIPE,
    EXIT_INPUT,
    EXIT_MALFORMED,
    EXIT_OUTPUT,
    EXIT_USAGE,
    CodesOption,
    Engine,
    Format,
    GazetteerOption,
    NoDefaultStyleOption,
    StyleOption,
    _check_reference_date,
    _console,
    _echo,
    _fail,
    _iim_lines,
    _normaliser,
    _progress,
    _reading_inputs,
    _refuse_input_as_output,
    _summary,
    app,
)


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
            from .._export._xmp import write_sidecars

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
    from .._engines._dask import run_on_dask

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
