"""Normalising on Dask: a batch split into partitions over a cluster, or a bag or dataframe column mapped.

Every task builds its worker's Normaliser once per job (rules, style packs, codes and the gazetteer
index, from a path each worker reads or from a copy shipped into its local directory) and keeps it for
the job's other partitions. A partition's records come back to the client, which writes each partition
file whole (temporary file, then rename) into a temporary directory that becomes the output directory
once the manifest is written: a task that Dask runs again, because its worker died, can neither lose
nor double a record, and a stopped run leaves no output directory behind.

Dask is an optional dependency (`pip install 'captions[dask]'`): this module imports it on first use.
"""

from __future__ import annotations

import io
import json
import math
import os
import shutil
import tempfile
import uuid
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from gazetteer import Gazetteer

from .._desk._codes import CodeReplacements
from .._desk._style import StylePack, StyleSource
from .._export import CSV_COLUMNS, flat_record, json_line
from .._inputs import CaptionInput
from .._model import CaptionRecord
from .._outputs import file_mode
from .._pipeline import Normaliser, default_id
from ._local import record_of

if TYPE_CHECKING:
    import dask.bag
    import dask.dataframe
    import pyarrow

__all__ = ["PartitionFormat", "normalise_bag", "normalise_series", "run_on_dask"]

PartitionFormat = Literal["jsonl", "parquet"]
MANIFEST = "manifest.json"
# Records a partition holds when the caller names no count: big enough that a task's overhead (a few
# milliseconds) is nothing next to normalising it, small enough that a retried task repeats little.
DEFAULT_PARTITION_SIZE = 20_000


@dataclass(frozen=True)
class _Job:
    """What a task needs to build its worker's Normaliser; picklable, sent with every task."""

    token: str  # one per job: a worker keeps one Normaliser per job it has run
    gazetteer: str | None  # an index every worker can read; None: each worker's default cache
    shipped: str | None  # the file name of an index shipped into each worker's local directory
    styles: tuple[StylePack, ...] = ()
    codes: CodeReplacements | None = None
    reference_date: str | None = None


def _job(
    normaliser: Normaliser, gazetteer: str | None, shipped: str | None, reference_date: str | None
) -> _Job:
    # The workers take the client's packs as loaded (the AP pack among them when it applies).
    return _Job(uuid.uuid4().hex, gazetteer, shipped, normaliser.styles, normaliser.codes, reference_date)


_normalisers: dict[str, Normaliser] = {}  # in a worker process: job token -> its Normaliser


def _worker_normaliser(job: _Job) -> Normaliser:
    normaliser = _normalisers.get(job.token)
    if normaliser is None:
        if job.shipped:
            from distributed import get_worker

            gazetteer = Gazetteer(Path(get_worker().local_directory) / job.shipped)
        else:
            gazetteer = Gazetteer(Path(job.gazetteer)) if job.gazetteer else Gazetteer.default()
        normaliser = Normaliser(gazetteer=gazetteer, style=job.styles, default_style=False, codes=job.codes)
        _normalisers.clear()  # a worker serves one job at a time; an old job's index need not stay open
        _normalisers[job.token] = normaliser
    return normaliser


def _as_input(item: object) -> CaptionInput:
    """A bag item as an input: a caption string, a {"id", "caption", "reference_date", "meta"} mapping,
    or a CaptionInput."""
    if isinstance(item, CaptionInput):
        return item
    if isinstance(item, str):
        return CaptionInput(id=default_id(item), caption=item)
    if isinstance(item, dict):
        caption = str(item.get("caption") or "")
        return CaptionInput(
            id=str(item["id"]) if item.get("id") is not None else default_id(caption),
            caption=caption,
            reference_date=item.get("reference_date"),
            meta=dict(item.get("meta") or {}),
        )
    raise TypeError(f"cannot normalise a {type(item).__name__}: give captions as str, dict or CaptionInput")


def _records(items: Iterable[object], job: _Job) -> Iterator[CaptionRecord]:
    normaliser = _worker_normaliser(job)
    for item in items:
        yield record_of(normaliser, _as_input(item), job.reference_date)


# -- the library: a bag or a dataframe column ------------------------------------------------------------


def normalise_bag(
    bag: dask.bag.Bag,
    *,
    gazetteer: str | os.PathLike[str] | None = None,
    style: StyleSource | list[StyleSource] | None = None,
    default_style: bool = True,
    codes: CodeReplacements | str | os.PathLike[str] | None = None,
    reference_date: str | None = None,
) -> dask.bag.Bag:
    """A bag of records (as JSON-ready dicts, the JSONL output's shape), one per caption of BAG, in order.

    BAG holds caption strings, {"id", "caption", "reference_date", "meta"} dicts, or CaptionInputs.
    GAZETTEER is an index path every worker can read (default: each worker's cached index, built there
    on first use). Style packs and codes are read here, once, and sent to the workers. Nothing runs until
    the bag is computed.
    """
    job = _client_job(gazetteer, style, default_style, codes, reference_date)
    return bag.map_partitions(_dict_partition, job)


def _dict_partition(items: Iterable[object], job: _Job) -> list[dict[str, Any]]:
    return [record.model_dump(mode="json") for record in _records(items, job)]


def normalise_series(
    captions: dask.dataframe.Series,
    *,
    gazetteer: str | os.PathLike[str] | None = None,
    style: StyleSource | list[StyleSource] | None = None,
    default_style: bool = True,
    codes: CodeReplacements | str | os.PathLike[str] | None = None,
    reference_date: str | None = None,
) -> dask.dataframe.DataFrame:
    """A dataframe of records from a column of captions, with the same index and partitions: the CSV
    output's columns (lists joined with "; ", None where empty; latitude and longitude floats,
    geonames_id an integer) plus `record`, the whole record as a JSON line. A record's id is its row's
    index label. Options as for `normalise_bag`."""
    job = _client_job(gazetteer, style, default_style, codes, reference_date)
    return captions.map_partitions(_frame_partition, job, meta=parquet_schema().empty_table().to_pandas())


def _frame_partition(captions: Any, job: _Job) -> Any:
    items = [
        {"id": str(label), "caption": "" if text is None else str(text)} for label, text in captions.items()
    ]
    frame = _table(list(_records(items, job))).to_pandas()
    frame.index = captions.index
    return frame


def _client_job(
    gazetteer: str | os.PathLike[str] | None,
    style: StyleSource | list[StyleSource] | None,
    default_style: bool,
    codes: CodeReplacements | str | os.PathLike[str] | None,
    reference_date: str | None,
) -> _Job:
    # Style packs and codes are read here, so a broken one fails now, not in every task.
    normaliser = Normaliser(style=style, default_style=default_style, codes=codes)
    return _job(normaliser, os.fspath(gazetteer) if gazetteer else None, None, reference_date)


# -- the command line: a batch to partition files and a manifest -----------------------------------------


@dataclass
class DaskRun:
    """What `run_on_dask` wrote: the manifest's content, and counts for the command's summary."""

    manifest: dict[str, Any]
    warnings: Counter[str] = field(default_factory=Counter)
    malformed: int = 0

    @property
    def records(self) -> int:
        return int(self.manifest["records"])


def run_on_dask(
    items: Iterable[CaptionInput],
    normaliser: Normaliser,
    output: str | os.PathLike[str],
    *,
    count: int,
    partitions: int | None = None,
    fmt: PartitionFormat = "jsonl",
    scheduler: str | None = None,
    workers: int | None = None,
    gazetteer: str | os.PathLike[str] | None = None,
    ship_gazetteer: bool = False,
    reference_date: str | None = None,
    on_partition: Callable[[int, int], None] | None = None,
) -> DaskRun:
    """Normalise ITEMS (COUNT of them) on a Dask cluster into OUTPUT, a new directory of partition files
    (part-00000.jsonl or .parquet, records in input order) and manifest.json.

    SCHEDULER: the address of a running cluster; None starts a LocalCluster of WORKERS processes (default:
    one per core) for the run. GAZETTEER: an index every worker can read (default: the client's own index
    on a LocalCluster, each worker's cached index on another cluster); SHIP_GAZETTEER copies the client's
    index into every worker's local directory instead. ON_PARTITION(index, records) is called as each
    partition is written. Raises FileExistsError when OUTPUT exists and is not an empty directory, and
    InputError for an input found unreadable while it is read.
    """
    from distributed import Client, LocalCluster, as_completed

    # A symbolic link to an empty directory: the partitions go into the directory it names (the link
    # itself could not be replaced by a directory without losing it).
    target = Path(output).resolve() if Path(output).is_symlink() else Path(output)
    if target.exists() and not (target.is_dir() and not any(target.iterdir())):
        raise FileExistsError(f"{target}: exists; name a new directory for the partitions")
    parts = max(1, partitions or math.ceil(count / DEFAULT_PARTITION_SIZE))
    size = max(1, math.ceil(count / parts))
    index_path = str(Path(gazetteer) if gazetteer else normaliser.gazetteer.path)

    cluster = None
    if scheduler is None:
        cluster = LocalCluster(
            n_workers=workers or os.cpu_count() or 1,
            threads_per_worker=1,  # the normaliser is CPU-bound Python: processes, not threads
            processes=True,
            dashboard_address=":0",  # any free port: never clash with another cluster's 8787
        )
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.", dir=target.parent.resolve()))
    try:
        with Client(cluster if cluster is not None else scheduler) as client:
            shipped = None
            if ship_gazetteer:
                from distributed.diagnostics.plugin import UploadFile

                client.register_plugin(UploadFile(index_path, load=False))
                shipped = Path(index_path).name
            local_index = index_path if cluster is not None or gazetteer else None
            job = _job(normaliser, None if shipped else local_index, shipped, reference_date)
            run = _submit_all(client, as_completed, items, job, size, fmt, staging, on_partition)
            workers_seen = len(client.scheduler_info().get("workers", {}))
        run.manifest.update(
            engine="dask",
            scheduler=scheduler or "LocalCluster",
            workers=workers_seen,
            gazetteer=f"shipped: {index_path}" if shipped else local_index or "each worker's cached index",
        )
        (staging / MANIFEST).write_text(json.dumps(run.manifest, indent=2) + "\n", encoding="utf-8")
        staging.chmod(file_mode(directory=True))  # mkdtemp makes a private directory
        for written in staging.iterdir():
            written.chmod(file_mode())
        if target.exists():
            target.rmdir()  # empty, checked above
        staging.rename(target)
        return run
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
        if cluster is not None:
            cluster.close()


def _submit_all(
    client: Any,
    as_completed: Any,
    items: Iterable[CaptionInput],
    job: _Job,
    size: int,
    fmt: PartitionFormat,
    staging: Path,
    on_partition: Callable[[int, int], None] | None,
) -> DaskRun:
    """Send the partitions as they fill (a few per worker in flight, so the client holds few inputs)
    and write each one's file as it comes back."""
    run = DaskRun(manifest={})
    entries: dict[int, dict[str, Any]] = {}
    ahead = 2 * max(1, len(client.scheduler_info().get("workers", {})))
    pending = as_completed()
    iterator = iter(items)
    offset = 0

    placed: dict[str, tuple[int, int]] = {}  # task key -> (partition index, offset of its first input)

    def collect(future: Any) -> None:
        index, first_offset = placed.pop(future.key)
        data, summary = future.result()
        name = f"part-{index:05d}.{fmt}"
        temporary = staging / f".{name}.tmp"
        temporary.write_bytes(data)
        temporary.replace(staging / name)
        run.warnings.update(summary.pop("warnings"))
        entries[index] = {"file": name, "index": index, "first_offset": first_offset, **summary}
        if on_partition is not None:
            on_partition(index, summary["records"])

    for index, chunk in enumerate(iter(lambda: list(islice(iterator, size)), [])):
        run.malformed += sum(item.problem is not None for item in chunk)
        future = client.submit(_partition, chunk, job, fmt, key=f"captions-{job.token}-{index}", pure=False)
        placed[future.key] = (index, offset)
        pending.add(future)
        offset += len(chunk)
        if pending.count() >= ahead:
            collect(next(pending))
    for future in pending:
        collect(future)
    run.manifest = {
        "format": fmt,
        "records": offset,
        "partitions": [entries[i] for i in sorted(entries)],
        "warnings": dict(sorted(run.warnings.items())),
        "malformed_inputs": run.malformed,
    }
    return run


def _partition(items: list[CaptionInput], job: _Job, fmt: PartitionFormat) -> tuple[bytes, dict[str, Any]]:
    """A task: the partition file's bytes, and a summary for the manifest."""
    records = list(_records(items, job))
    warnings = Counter(w.code.value for record in records for w in record.warnings)
    summary: dict[str, Any] = {
        "records": len(records),
        "first_id": records[0].id if records else None,
        "last_id": records[-1].id if records else None,
        "warnings": warnings,
    }
    if fmt == "parquet":
        return _parquet(records), summary
    return "".join(json_line(record) + "\n" for record in records).encode("utf-8"), summary


_TYPED = {"latitude": "float64", "longitude": "float64", "geonames_id": "int64"}


def parquet_schema() -> pyarrow.Schema:
    """Every partition's schema, the same whatever its records hold: the CSV columns, and `record`."""
    import pyarrow as pa

    return pa.schema(
        [(column, pa.type_for_alias(_TYPED.get(column, "string"))) for column in (*CSV_COLUMNS, "record")]
    )


def _table(records: list[CaptionRecord]) -> pyarrow.Table:
    import pyarrow as pa

    rows = [{**flat_record(record), "record": json_line(record)} for record in records]
    return pa.Table.from_pylist(rows, schema=parquet_schema())


def _parquet(records: list[CaptionRecord]) -> bytes:
    import pyarrow.parquet as pq

    buffer = io.BytesIO()
    pq.write_table(_table(records), buffer)
    return buffer.getvalue()
