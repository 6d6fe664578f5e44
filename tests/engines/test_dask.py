"""Normalising on Dask gives the records of a single-process run: same ids, order, fields; and a worker
killed mid-run costs no record and doubles none."""

from __future__ import annotations

import json
import os
import signal
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("distributed", reason="Dask is an optional dependency: pip install 'captions[dask]'")

import dask.bag as db
import dask.dataframe as dd
import pandas as pd
import pyarrow.parquet as pq
from distributed import Client, LocalCluster
from typer.testing import CliRunner, Result

from captions import Normaliser, normalise_bag, normalise_series
from captions._engines._dask import run_on_dask
from captions._inputs import open_inputs
from captions.cli import app
from tests.conftest import ROOT

CORPUS = ROOT / "tests" / "corpus" / "agency_styles.jsonl"
BATCH_SIZE = 2400

# Dask's workers and the test share this machine: quiet the cluster's logging of the killed worker.
pytestmark = pytest.mark.filterwarnings("ignore::ResourceWarning", "ignore::DeprecationWarning")


def run_cli(*args: str) -> Result:
    return CliRunner().invoke(app, list(args))


def _write_batch(path: Path, count: int) -> Path:
    """COUNT captions in agency styles, each with its own number so that none repeats (repeats would be
    served from the parser's cache in a moment), plus two malformed inputs: a broken line and a record without a caption."""
    rows = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]
    with path.open("w", encoding="utf-8") as stream:
        for n in range(count - 2):
            row = rows[n % len(rows)]
            caption = f"Picture {n // len(rows) + 1}: {row['caption']}"
            stream.write(json.dumps({"id": f"b{n}", "caption": caption}) + "\n")
        stream.write('{"id": "broken", "caption": \n')
        stream.write('{"id": "empty"}\n')
    return path


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _write_batch(tmp_path_factory.mktemp("dask") / "batch.jsonl", BATCH_SIZE)


@pytest.fixture(scope="module")
def single_process(batch: Path, tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """The records of the same batch from `captions normalize` in one process, as JSON lines."""
    out = tmp_path_factory.mktemp("single") / "records.jsonl"
    result = run_cli("normalize", str(batch), "-o", str(out), "--quiet")
    assert result.exit_code == 5, result.output  # the malformed inputs
    return out.read_text(encoding="utf-8").splitlines()


@pytest.fixture(scope="module")
def cluster() -> Iterator[LocalCluster]:
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as local:
        yield local


def _partition_lines(directory: Path) -> tuple[dict[str, object], list[str]]:
    manifest = json.loads((directory / "manifest.json").read_text(encoding="utf-8"))
    lines: list[str] = []
    for entry in manifest["partitions"]:  # in partition order, each file in input order
        assert entry["first_offset"] == len(lines)
        part = (directory / entry["file"]).read_text(encoding="utf-8").splitlines()
        assert len(part) == entry["records"]
        lines += part
    return manifest, lines


def test_the_command_on_a_local_cluster_matches_one_process(
    batch: Path, single_process: list[str], tmp_path: Path
) -> None:
    out = tmp_path / "records"
    result = run_cli(
        "normalize", str(batch), "--engine", "dask", "--jobs", "2", "--partitions", "5", "-o", str(out)
    )
    assert result.exit_code == 5, result.output  # as in one process: malformed inputs
    assert f"{BATCH_SIZE} records written to {out} in 5 partitions" in " ".join(result.output.split())
    manifest, lines = _partition_lines(out)
    assert lines == single_process
    assert manifest["records"] == BATCH_SIZE and manifest["malformed_inputs"] == 2
    assert manifest["workers"] == 2 and manifest["format"] == "jsonl"
    assert sorted(p.name for p in out.iterdir()) == [
        "manifest.json",
        *(f"part-0000{i}.jsonl" for i in range(5)),
    ]


def test_parquet_partitions_hold_the_same_records(
    batch: Path, single_process: list[str], cluster: LocalCluster, tmp_path: Path
) -> None:
    out = tmp_path / "parquet"
    result = run_cli(
        "normalize", str(batch), "--engine", "dask", "--scheduler", cluster.scheduler_address,
        "--partitions", "3", "--format", "parquet", "-o", str(out), "--quiet",
    )  # fmt: skip
    assert result.exit_code == 5, result.output
    table = pq.read_table(sorted(out.glob("part-*.parquet")))
    assert table.column("record").to_pylist() == single_process
    first = json.loads(single_process[0])
    assert table.column("id")[0].as_py() == first["id"]
    assert table.column("latitude")[0].as_py() == first["location"]["latitude"]
    assert str(table.schema.field("geonames_id").type) == "int64"


def test_a_killed_worker_loses_and_doubles_no_record(
    batch: Path, single_process: list[str], tmp_path: Path
) -> None:
    with (
        LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as local,
        Client(local) as client,
    ):
        pids: dict[str, int] = client.run(os.getpid)
        killed: list[int] = []

        def kill_one(index: int, records: int) -> None:
            # After the first partition is back, both workers are busy with others: kill one mid-task.
            if not killed:
                victim = next(iter(pids.values()))
                os.kill(victim, signal.SIGKILL)
                killed.append(victim)

        items = open_inputs([str(batch)])
        out = tmp_path / "survived"
        run = run_on_dask(
            items, Normaliser(), out, count=BATCH_SIZE, partitions=12,
            scheduler=local.scheduler_address, on_partition=kill_one,
        )  # fmt: skip
        assert killed, "no worker was killed"
        now = client.run(os.getpid)
        assert killed[0] not in now.values()  # the nanny started a new worker process
    manifest, lines = _partition_lines(out)
    assert lines == single_process  # every record once, in order
    assert run.records == BATCH_SIZE and len(manifest["partitions"]) == 12  # type: ignore[arg-type]


def test_an_existing_output_directory_is_left_alone(batch: Path, tmp_path: Path) -> None:
    out = tmp_path / "taken"
    out.mkdir()
    (out / "keep.txt").write_text("mine", encoding="utf-8")
    result = run_cli("normalize", str(batch), "--engine", "dask", "-o", str(out))
    assert result.exit_code == 3
    assert "exists" in result.output
    assert [p.name for p in out.iterdir()] == ["keep.txt"]


@pytest.mark.parametrize(
    ("args", "hint"),
    [
        (["--format", "csv", "-o", "x"], "--format"),
        (["--resume", "-o", "x"], "--resume"),
        ([], "--output"),
    ],
)
def test_options_dask_cannot_honour_are_refused(batch: Path, args: list[str], hint: str) -> None:
    result = run_cli("normalize", str(batch), "--engine", "dask", *args)
    assert result.exit_code == 2 and hint in result.output


def test_parquet_and_scheduler_need_the_dask_engine(batch: Path) -> None:
    assert run_cli("normalize", str(batch), "--format", "parquet", "-o", "x").exit_code == 2
    assert run_cli("normalize", str(batch), "--scheduler", "tcp://127.0.0.1:8786").exit_code == 2


def test_a_bag_of_captions_maps_to_records(cluster: LocalCluster) -> None:
    captions = [
        "People walk towards an evacuation train in Pokrovsk railway station, eastern Ukraine, Saturday, "
        "June 11, 2022. (AP Photo/Efrem Lukatsky)",
        {"id": "kyiv-1", "caption": "Soldiers stand guard in Kyiv, Ukraine, May 2, 2022. REUTERS/Ann Lee"},
    ]
    with Client(cluster):
        records = normalise_bag(db.from_sequence(captions, npartitions=2)).compute()
    one = Normaliser()
    assert records == [
        one.normalise(str(captions[0])).model_dump(mode="json"),
        one.normalise(captions[1]["caption"], id="kyiv-1").model_dump(mode="json"),  # type: ignore[index]
    ]
    assert records[0]["location"]["city"] == "Pokrovsk"


def test_a_dataframe_column_maps_to_flat_columns(cluster: LocalCluster) -> None:
    frame = pd.DataFrame(
        {
            "caption": [
                "Soldiers stand guard in Kyiv, Ukraine, May 2, 2022. REUTERS/Ann Lee",
                "Fans cheer at Wembley Stadium in London, Britain, June 1, 2024. REUTERS/Ann Lee",
                "",
            ]
        },
        index=["a", "b", "c"],
    )
    with Client(cluster):
        result = normalise_series(dd.from_pandas(frame, npartitions=2)["caption"]).compute()
    assert list(result.index) == ["a", "b", "c"]
    assert list(result["id"]) == ["a", "b", "c"]
    assert list(result["city"][:2]) == ["Kyiv", "London"]
    assert pd.isna(result["city"]["c"])
    assert json.loads(result["record"]["b"])["location"]["sublocation"] == "Wembley Stadium"


def test_a_shipped_index_serves_workers_that_share_no_files(
    batch: Path, single_process: list[str], cluster: LocalCluster, tmp_path: Path
) -> None:
    # The first 200 inputs, read from the index each worker got a copy of in its own directory.
    items = list(open_inputs([str(batch)]))[:200]
    run = run_on_dask(
        items, Normaliser(), tmp_path / "shipped", count=len(items), partitions=2,
        scheduler=cluster.scheduler_address, ship_gazetteer=True,
    )  # fmt: skip
    manifest, lines = _partition_lines(tmp_path / "shipped")
    assert lines == single_process[:200]
    assert str(manifest["gazetteer"]).startswith("shipped: ") and run.records == 200
