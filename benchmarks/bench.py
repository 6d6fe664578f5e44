"""Benchmark the captions package and command line (`make bench`; not part of the test run).

    python benchmarks/bench.py [--captions N] [--distinct N] [--jobs N] [--startup N] [--startup-only]

Measures, each in a fresh process:
  - `import captions` (median of 7 runs, bytecode cached as an installed package has it);
  - the library (`Normaliser.normalise`, geocoding included) on a batch of N captions (default 100,000)
    built by repeating the captions of samples/, and on distinct captions (tests/corpus/agency_styles.jsonl,
    each once): repeated captions hit the parser's caches, distinct ones show the cost of a new caption;
  - distinct captions per CPU-second, the figure of issue 16: N captions (default 10,000) built by
    benchmarks/distinct_captions.py from subjects, places of the gazetteer's source, dates and the credits
    of a dozen agencies, none repeated; through `captions normalize` (geocoding, IIM checks and JSON
    included), its start-up taken out by a run on one caption, and through the library;
  - time to the first record (process start to the first record: imports, rules, gazetteer, one caption),
    for the library and for `captions normalize` (the first line on its stdout): the median of
    --startup N fresh processes each (default 7, after one that writes the caches a first run writes),
    in wall-clock seconds and in the CPU seconds of the process; `--startup-only` measures just that;
  - `captions normalize` on the same batch, one process and --jobs N;
  - `--engine dask` (captions._engines._dask.run_on_dask) on LocalClusters of 1 and N workers, varied;
  - peak RSS of each process.

Prints the figures, the machine (CPU model, cores, Python) and the command, and the targets.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import platform
import resource
import shlex
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

from distinct_captions import build as build_distinct  # benchmarks/, the script's own folder

ROOT = Path(__file__).resolve().parent.parent
# Fresh processes write and use the bytecode cache, as an installed package does, even where the
# environment turns that off.
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
WARM_UP = "Soldiers stand guard in Lviv, Ukraine, May 2, 2021. REUTERS/Ann Lee"  # in no batch measured
TARGETS = {"library": 5000.0, "distinct": 2000.0, "import": 0.2, "first": 0.3, "rss": 250.0}


def sample_rows() -> list[dict[str, Any]]:
    """The captions of samples/ as JSON Lines rows: ids and reference dates as the samples give them."""
    rows: list[dict[str, Any]] = []
    for line in (ROOT / "samples/wire.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            rows.append({k: row[k] for k in ("caption", "reference_date") if k in row})
    text = (ROOT / "samples/seed.txt").read_text(encoding="utf-8")
    rows += [{"caption": p.strip()} for p in text.split("\n\n") if p.strip()]
    with (ROOT / "samples/desk.csv").open(newline="", encoding="utf-8") as stream:
        rows += [{k: r[k] for k in ("caption", "reference_date")} for r in csv.DictReader(stream)]
    return rows


def build_batch(path: Path, count: int) -> int:
    rows = sample_rows()
    with path.open("w", encoding="utf-8") as stream:
        for n in range(count):
            stream.write(json.dumps({"id": f"b{n}", **rows[n % len(rows)]}) + "\n")
    return len(rows)


def build_varied(path: Path, corpus: Path, times: int) -> int:
    """The corpus captions TIMES over, each time with its own number in the text: none repeats, so none
    is served from the parser's caches (the places and credits do repeat)."""
    rows = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    with path.open("w", encoding="utf-8") as stream:
        for n in range(times):
            for i, row in enumerate(rows):
                caption = f"Picture {n + 1}: {row['caption']}"
                stream.write(json.dumps({"id": f"v{n}-{i}", "caption": caption}) + "\n")
    return times * len(rows)


# --- measured in child processes ---------------------------------------------------------------


def child_library(path: str, launched: float) -> dict[str, Any]:
    """Normalise every caption of PATH (JSON Lines) with one Normaliser; report the figures as JSON.
    LAUNCHED is the wall-clock time the parent started this process at."""
    started = time.perf_counter()
    import captions

    imported = time.perf_counter()
    normaliser = captions.Normaliser()
    normaliser.normalise(WARM_UP)
    count, seconds, cpu = 0, 0.0, 0.0
    clock, cpu_clock = time.perf_counter, time.process_time
    with open(path, encoding="utf-8") as lines:  # read as it goes: the batch is not held in memory
        for line in lines:
            row = json.loads(line)
            begin, cpu_begin = clock(), cpu_clock()
            normaliser.normalise(row["caption"], id=row.get("id"), reference_date=row.get("reference_date"))
            seconds += clock() - begin  # the library's time only, not reading the batch
            cpu += cpu_clock() - cpu_begin
            count += 1
    return {
        "import": imported - started,
        "count": count,
        "seconds": seconds,
        "cpu": cpu,
        "rss": _own_peak_mb(),
    }


def child_dask(path: str, workers: int, launched: float) -> dict[str, Any]:
    """Normalise PATH on a LocalCluster of WORKERS processes: seconds to start the cluster and warm every
    worker (rules and gazetteer loaded), then the run itself, and the workers' peak RSS."""
    from distributed import Client, LocalCluster

    from captions import Normaliser
    from captions._engines._dask import run_on_dask
    from captions._inputs import open_inputs

    begin = time.perf_counter()
    with (
        LocalCluster(n_workers=workers, threads_per_worker=1, dashboard_address=":0") as cluster,
        Client(cluster) as client,
    ):
        normaliser = Normaliser()
        count = sum(1 for _ in open_inputs([path]))
        with tempfile.TemporaryDirectory() as out:
            # A first small job loads every worker's rules and index, as the first partitions of a long run
            # would: the run below measures the steady rate.
            warm = [WARM_UP] * (workers * 2)
            run_on_dask(iter(_inputs(warm)), normaliser, Path(out) / "warm", count=len(warm),
                        partitions=workers * 2, scheduler=cluster.scheduler_address)  # fmt: skip
            ready = time.perf_counter() - begin
            start = time.perf_counter()
            run = run_on_dask(open_inputs([path]), normaliser, Path(out) / "run", count=count,
                              partitions=workers * 4, scheduler=cluster.scheduler_address)  # fmt: skip
            seconds = time.perf_counter() - start
        rss = client.run(_own_peak_mb)
    return {"ready": ready, "count": run.records, "seconds": seconds, "rss": max(rss.values())}


def _inputs(captions: list[str]) -> list[Any]:
    from captions._inputs import CaptionInput

    return [CaptionInput(f"w{n}", caption) for n, caption in enumerate(captions)]


def child_first(caption: str, launched: float) -> dict[str, Any]:
    """Import captions and normalise one caption: the wall-clock seconds since the parent launched this
    process, and the CPU seconds of the process (interpreter start-up included)."""
    import captions

    captions.normalise(caption)
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return {"first": time.time() - launched, "cpu": usage.ru_utime + usage.ru_stime}


def child_import() -> dict[str, Any]:
    begin = time.perf_counter()
    import captions  # noqa: F401

    return {"import": time.perf_counter() - begin}


def _own_peak_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


# --- the parent ----------------------------------------------------------------------------------


def run_child(*args: str) -> dict[str, Any]:
    command = [sys.executable, __file__, *args, str(time.time())]
    done = subprocess.run(command, capture_output=True, text=True, env=ENV, check=True, cwd=ROOT)
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def run_cli(args: list[str]) -> dict[str, Any]:
    """Run the command line, its records to a pipe read here: seconds to the first record and to the end,
    records, exit code, peak RSS (the largest of the command and its worker processes)."""
    command = [sys.executable, "-m", "captions", *args]
    begin = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=ENV, cwd=ROOT)
    assert process.stdout is not None
    first = process.stdout.readline()
    first_at = time.perf_counter() - begin
    lines = 1 if first else 0
    while chunk := process.stdout.read(1 << 20):
        lines += chunk.count(b"\n")
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - begin
    process.returncode = os.waitstatus_to_exitcode(status)
    process.stdout.close()
    scale = 1024 * 1024 if sys.platform == "darwin" else 1024
    return {
        "first": first_at,
        "seconds": seconds,
        "records": lines,
        "exit": process.returncode,
        "rss": usage.ru_maxrss / scale,  # wait4: of the command, or of a worker it waited for if larger
        "cpu": usage.ru_utime + usage.ru_stime,
        "command": shlex.join(["captions", *args]),
    }


def startup(runs: int, one_caption: Path) -> None:
    """The first record of the library and of `captions normalize`, each the median of RUNS fresh
    processes taken in turns, after a first run of each (it writes the bytecode, the parsed rules and the
    compiled patterns, as an installed package's first run does)."""
    caption = json.loads(one_caption.read_text(encoding="utf-8"))["caption"]
    command = ["normalize", str(one_caption), "--quiet"]
    run_child("--child-first", caption)
    run_cli(command)
    lib: list[dict[str, Any]] = []
    cli: list[dict[str, Any]] = []
    for _ in range(runs):
        lib.append(run_child("--child-first", caption))
        cli.append(run_cli(command))
        assert cli[-1]["records"] == 1 and cli[-1]["exit"] == 0, cli[-1]

    first = f"< {TARGETS['first']} s"
    for label, figures in (("library", lib), ("CLI", cli)):
        walls, cpus = [f["first"] for f in figures], [f["cpu"] for f in figures]
        took = statistics.median(walls)
        row(
            f"{label}, first record",
            f"{took:.3f} s",
            f"median of {runs} processes (wall clock {min(walls):.3f}-{max(walls):.3f} s)",
            f"CPU of the process {statistics.median(cpus):.3f} s ({min(cpus):.3f}-{max(cpus):.3f} s)",
            mark(took < TARGETS["first"], first),
        )


def machine() -> str:
    model = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    cores = os.cpu_count() or 1
    return (
        f"{model}, {cores} core{'s' if cores != 1 else ''}; {platform.system()} {platform.release()}; "
        f"Python {platform.python_version()} ({platform.python_implementation()})"
    )


def mark(ok: bool, target: str) -> str:
    return f"meets target ({target})" if ok else f"MISSES target ({target})"


def row(label: str, value: str, *notes: str) -> None:
    print(f"{label:<30} {value:>12}   " + "; ".join(n for n in notes if n))


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--captions", type=int, default=100_000, help="captions in the repeated batch")
    parser.add_argument("--distinct", type=int, default=10_000, help="captions in the distinct batch")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="workers for the --jobs run")
    parser.add_argument("--startup", type=int, default=7, help="fresh processes for the first-record figures")
    parser.add_argument("--startup-only", action="store_true", help="measure the first record alone")
    options = parser.parse_args()

    print(f"captions benchmark, {date.today().isoformat()}")
    print(f"machine: {machine()}")
    print(f"command: {shlex.join([Path(sys.executable).name, *sys.argv])}  (in {ROOT})")
    corpus = ROOT / "tests/corpus/agency_styles.jsonl"
    with tempfile.TemporaryDirectory(prefix="captions-bench-") as tmp:
        one_caption = Path(tmp) / "one.jsonl"  # a wire caption of samples/, for the first record
        one_caption.write_text(json.dumps({"id": "first", **sample_rows()[0]}) + "\n", encoding="utf-8")
        if options.startup_only:
            print()
            startup(options.startup, one_caption)
            return
        batch = Path(tmp) / "batch.jsonl"
        distinct = build_batch(batch, options.captions)
        size = batch.stat().st_size
        print(f"BATCH: {options.captions:,} captions, the {distinct} of samples/ repeated ({size:,} bytes)")
        unique = Path(tmp) / "distinct.jsonl"
        places = build_distinct(unique, options.distinct)
        print(f"DISTINCT: {options.distinct:,} captions, none repeated, naming {places:,} places")
        print()

        run_child("--child-import")  # writes the bytecode cache, if it is not there yet
        imports = [run_child("--child-import")["import"] for _ in range(7)]
        took = statistics.median(imports)
        row(
            "import captions",
            f"{took:.3f} s",
            f"median of 7 processes, min {min(imports):.3f} s",
            mark(took < TARGETS["import"], f"< {TARGETS['import']} s"),
        )

        lib = run_child("--child-library", str(batch))
        rate = lib["count"] / lib["seconds"]
        target = f">= {TARGETS['library']:,.0f}/s"
        row(
            "library, repeated batch",
            f"{rate:,.0f} /s",
            f"{lib['count']:,} in {lib['seconds']:.1f} s",
            "one core, geocoding",
            mark(rate >= TARGETS["library"], target),
        )
        dis = run_child("--child-library", str(corpus))
        dis_rate = dis["count"] / dis["seconds"]
        row(
            "library, distinct captions",
            f"{dis_rate:,.0f} /s",
            f"{dis['count']} of {corpus.relative_to(ROOT)}, each once",
            f"{dis['seconds'] / dis['count'] * 1e3:.2f} ms each",
            mark(dis_rate >= TARGETS["library"], target),
        )
        many_distinct = run_child("--child-library", str(unique))
        row(
            "library, distinct, per CPU-s",
            f"{many_distinct['count'] / many_distinct['cpu']:,.0f} /s",
            f"{many_distinct['count']:,} generated captions in {many_distinct['cpu']:.1f} CPU s",
            f"{many_distinct['cpu'] / many_distinct['count'] * 1e3:.2f} ms each; no IIM check",
        )
        one_distinct = Path(tmp) / "one-distinct.jsonl"
        with unique.open(encoding="utf-8") as lines:
            one_distinct.write_text(next(lines), encoding="utf-8")
        start_up = run_cli(["normalize", str(one_distinct), "--quiet"])
        whole = run_cli(["normalize", str(unique), "--quiet"])
        assert whole["records"] == options.distinct and whole["exit"] == 0, whole
        distinct_cpu = (whole["records"] - 1) / (whole["cpu"] - start_up["cpu"])
        row(
            "CLI, distinct, per CPU-s",
            f"{distinct_cpu:,.0f} /s",
            f"{whole['records']:,} generated captions: {whole['cpu']:.1f} CPU s less {start_up['cpu']:.2f} s"
            " for start-up and one caption",
            "geocoding, IIM checks, JSON out",
            mark(distinct_cpu >= TARGETS["distinct"], f">= {TARGETS['distinct']:,.0f}/s, goal 5,000"),
        )
        startup(options.startup, one_caption)
        rss = f"< {TARGETS['rss']:.0f} MB"
        row(
            "library, peak RSS",
            f"{lib['rss']:.0f} MB",
            f"repeated batch; {many_distinct['rss']:.0f} MB on the distinct batch",
            mark(max(lib["rss"], many_distinct["rss"]) < TARGETS["rss"], rss),
        )

        one = run_cli(["normalize", str(batch), "--quiet"])
        assert one["records"] == options.captions and one["exit"] == 0, one
        row(
            "CLI, repeated batch",
            f"{one['records'] / one['seconds']:,.0f} /s",
            f"{one['records']:,} in {one['seconds']:.1f} s, start-up included, records to a pipe",
            "captions normalize BATCH --quiet",
        )
        row(
            "CLI, peak RSS",
            f"{one['rss']:.0f} MB",
            f"{whole['rss']:.0f} MB on the distinct batch",
            mark(max(one["rss"], whole["rss"]) < TARGETS["rss"], rss),
        )
        if options.jobs > 1:
            many = run_cli(["normalize", str(batch), "--quiet", "--jobs", str(options.jobs)])
            assert many["records"] == options.captions and many["exit"] == 0, many
            row(
                f"CLI, --jobs {options.jobs}",
                f"{many['records'] / many['seconds']:,.0f} /s",
                f"{many['records']:,} in {many['seconds']:.1f} s",
                f"first record {many['first']:.2f} s",
                f"peak RSS {many['rss']:.0f} MB a process ({options.jobs} workers and the command)",
            )
        varied = Path(tmp) / "varied.jsonl"
        count = build_varied(varied, corpus, 20)
        slow = run_cli(["normalize", str(varied), "--quiet"])
        row(
            "CLI, varied captions",
            f"{slow['records'] / slow['seconds']:,.0f} /s",
            f"{count:,} captions, each of the corpus 20 times with a different number (so none repeats)",
            f"{slow['seconds']:.1f} s",
        )
        if options.jobs > 1:
            fast = run_cli(["normalize", str(varied), "--quiet", "--jobs", str(options.jobs)])
            assert fast["records"] == slow["records"] == count, (fast, slow)
            row(
                f"CLI, varied, --jobs {options.jobs}",
                f"{fast['records'] / fast['seconds']:,.0f} /s",
                f"{fast['seconds']:.1f} s, {slow['seconds'] / fast['seconds']:.2f} times as fast",
            )
        cli = run_cli(["normalize", str(corpus), "--quiet"])
        per = (cli["seconds"] - cli["first"]) / max(1, cli["records"] - 1)
        row(
            "CLI, distinct captions",
            f"{1 / per:,.0f} /s",
            f"{cli['records']} of {corpus.relative_to(ROOT)} in {cli['seconds']:.2f} s",
            f"after the first record {per * 1e3:.2f} ms each",
        )
        try:
            import distributed  # noqa: F401
        except ImportError:
            row("Dask", "skipped", "pip install 'captions[dask]'")
        else:
            single = slow["records"] / slow["seconds"]
            for workers in sorted({1, options.jobs}):
                on_dask = run_child("--child-dask", str(varied), str(workers))
                rate = on_dask["count"] / on_dask["seconds"]
                row(
                    f"Dask, {workers} worker{'s' if workers > 1 else ''}",
                    f"{rate:,.0f} /s",
                    f"varied captions, {workers * 4} partitions, {on_dask['seconds']:.1f} s; "
                    f"{rate / single:.2f} x one process",
                    f"cluster up and warm in {on_dask['ready']:.1f} s; "
                    f"peak RSS {on_dask['rss']:.0f} MB a worker",
                )


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child-library":
        print(json.dumps(child_library(sys.argv[2], float(sys.argv[3]))))
    elif len(sys.argv) > 1 and sys.argv[1] == "--child-dask":
        print(json.dumps(child_dask(sys.argv[2], int(sys.argv[3]), float(sys.argv[4]))))
    elif len(sys.argv) > 1 and sys.argv[1] == "--child-first":
        print(json.dumps(child_first(sys.argv[2], float(sys.argv[3]))))
    elif len(sys.argv) > 1 and sys.argv[1] == "--child-import":
        print(json.dumps(child_import()))
    else:
        main()
