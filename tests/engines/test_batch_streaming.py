"""Batches stream: records come out while the input is still being read, memory stays flat with batch
size, `--jobs N` gives the same output as one process, and a killed run leaves --output as it was."""

from __future__ import annotations

import json
import os
import queue
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from captions import Normaliser
from captions._engines._local import _IIM_FIELDS, _NOT_IIM, _iim_key
from captions._rules import rules
from captions.cli import app
from tests.inputs.test_batch import AP, RT, hostile_batch, records, sample_captions

runner = CliRunner()
CLI = [sys.executable, "-m", "captions"]
# Subprocesses use the bytecode cache even where the environment turns writing it off, as installs have.
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def test_jobs_give_the_same_output_as_one_process(tmp_path: Path) -> None:
    src = tmp_path / "hostile.jsonl"
    hostile_batch(src, 3000)
    outputs = []
    for jobs in ("1", "2"):
        out = tmp_path / f"out{jobs}.jsonl"
        result = runner.invoke(app, ["normalize", str(src), "--jobs", jobs, "--output", str(out)])
        assert result.exit_code == 5, result.output
        outputs.append((out.read_bytes(), result.stderr.replace(str(out), "OUT")))
    assert outputs[0] == outputs[1]
    assert len(records(outputs[0][0].decode())) == 2880


def test_jobs_in_the_installed_command(tmp_path: Path) -> None:
    src = tmp_path / "b.txt"
    src.write_text(f"{AP}\n\n{RT}\n\n", encoding="utf-8")
    result = subprocess.run(
        [*CLI, "normalize", str(src), "-j", "0", "-q"], capture_output=True, text=True, env=ENV, check=True
    )
    assert [r["creator"] for r in records(result.stdout)] == ["Ivan Kostenko", "Pavlo Bondar"]


def test_the_first_record_comes_before_the_input_ends() -> None:
    command = [*CLI, "normalize", "-", "--quiet"]
    with subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=ENV) as process:
        stdin, stdout = process.stdin, process.stdout
        assert stdin is not None and stdout is not None
        lines: queue.Queue[bytes] = queue.Queue()

        def read() -> None:
            for line in stdout:
                lines.put(line)

        reader = threading.Thread(target=read, daemon=True)
        reader.start()
        try:
            stdin.write(AP.encode() + b"\n\n")
            stdin.flush()
            first = json.loads(lines.get(timeout=60))  # while stdin is still open
            assert first["id"] == "stdin:1" and first["creator"] == "Ivan Kostenko"
            stdin.write(RT.encode() + b"\n")
            stdin.close()
            assert process.wait(timeout=60) == 0
            reader.join(timeout=10)
            assert json.loads(lines.get(timeout=1))["id"] == "stdin:2"
        finally:
            process.kill()


_PEAK = """
import resource, sys
from captions.cli import app
try:
    app(["normalize", sys.argv[1], "--quiet", "--output", sys.argv[2]], prog_name="captions")
except SystemExit as stop:
    assert stop.code in (0, None), stop.code
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(peak // 1024 if sys.platform == "darwin" else peak)  # KiB
"""


def _peak_kib(tmp_path: Path, lines: int) -> int:
    """Peak RSS of a run over LINES captions, each with 1 KiB of its own meta (so a reader holding the
    batch would grow by at least 1 KiB a line)."""
    captions = sample_captions()
    src = tmp_path / f"batch{lines}.jsonl"
    with src.open("w", encoding="utf-8") as stream:
        for n in range(lines):
            row = {"id": f"r{n}", "caption": captions[n % len(captions)], "notes": f"{n:08d}" * 128}
            stream.write(json.dumps(row) + "\n")
    out = tmp_path / f"out{lines}.jsonl"
    done = subprocess.run(
        [sys.executable, "-c", _PEAK, str(src), str(out)], capture_output=True, text=True, env=ENV, check=True
    )
    assert out.stat().st_size > lines * 1024
    return int(done.stdout)


@pytest.mark.skipif(sys.platform == "win32", reason="resource is POSIX only")
def test_memory_stays_flat_with_batch_size(tmp_path: Path) -> None:
    small, large = _peak_kib(tmp_path, 2_000), _peak_kib(tmp_path, 20_000)
    # 18,000 more lines of over 1 KiB each: holding them would cost 18 MiB at the very least.
    assert large - small < 8 * 1024, (small, large)


@pytest.mark.parametrize("how", [signal.SIGTERM, signal.SIGKILL])
def test_a_killed_run_leaves_the_output_as_it_was(tmp_path: Path, how: signal.Signals) -> None:
    src = tmp_path / "big.jsonl"
    captions = sample_captions()
    src.write_text(
        "".join(
            json.dumps({"id": f"r{n}", "caption": captions[n % 16] + f" {n}"}) + "\n" for n in range(50_000)
        ),
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    out.write_text('{"id": "old"}\n', encoding="utf-8")
    command = [*CLI, "normalize", str(src), "--output", str(out)]
    with subprocess.Popen(command, stderr=subprocess.DEVNULL, env=ENV) as process:
        try:
            deadline = time.monotonic() + 60
            while not any(p.stat().st_size > 100_000 for p in tmp_path.glob(".out.jsonl.*.part")):
                assert time.monotonic() < deadline and process.poll() is None
                time.sleep(0.05)
            process.send_signal(how)
            assert process.wait(timeout=30) == (143 if how == signal.SIGTERM else -signal.SIGKILL)
        finally:
            process.kill()
    assert out.read_text(encoding="utf-8") == '{"id": "old"}\n'
    if how == signal.SIGTERM:  # SIGKILL cannot be caught: its temporary file stays, beside the output
        assert not list(tmp_path.glob(".out.jsonl.*"))


def test_the_iim_cache_key_leaves_out_only_what_iptc_does_not_read() -> None:
    """record_of checks IIM limits once per distinct record content, leaving out _NOT_IIM: the IPTC
    mapping must read none of those fields."""
    mapping = rules("iptc")
    paths = [*mapping["properties"].values(), *mapping["location"].values()]
    assert {path.split(".")[0] for path in paths} & _NOT_IIM == set()


def test_iim_key_holds_each_iim_field_in_order() -> None:
    # The IIM check's memo key: one value a field, in the fields' order (`attrgetter` of several names).
    record = Normaliser().normalise("Fans cheer in Lisbon, Portugal, May 3, 2027. (AP Photo/Ana Brito)")
    key = _iim_key(record)
    assert isinstance(key, tuple)
    assert key == tuple(getattr(record, name) for name in _IIM_FIELDS)
