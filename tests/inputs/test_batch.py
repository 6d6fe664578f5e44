"""Batches: nothing lost whatever a line holds, inputs that are not UTF-8 at all, CSV kept strict, and
`--resume`. Streaming, memory and `--jobs` are in test_batch_streaming.py."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from captions.cli import app
from tests.conftest import ROOT

runner = CliRunner()

AP = "Residents collect water from a well in Mykolaiv, Ukraine, on June 7. (AP Photo/Ivan Kostenko)"
RT = "Residents walk along a street in Kiev, Ukraine, February 20, 2022. REUTERS/Pavlo Bondar"


def sample_captions() -> list[str]:
    """The captions of samples/: its JSON Lines, text and CSV batches."""
    found = [json.loads(line)["caption"] for line in (ROOT / "samples/wire.jsonl").read_text().splitlines()]
    found += [p.strip() for p in (ROOT / "samples/seed.txt").read_text().split("\n\n") if p.strip()]
    with (ROOT / "samples/desk.csv").open(newline="", encoding="utf-8") as stream:
        found += [row["caption"] for row in csv.DictReader(stream)]
    return found


def records(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def codes(record: dict[str, Any]) -> list[str]:
    return [w["code"] for w in record["warnings"]]


def hostile_batch(path: Path, lines: int) -> list[tuple[str, str | None]]:
    """Write a JSONL batch of LINES lines (a byte order mark first, CRLF and LF endings, blank lines, lines
    that are not JSON, not objects, without a caption, with bytes that are not UTF-8 or a raw NUL) and
    return, per record expected, its id and, for a malformed line, its raw text (else None)."""
    captions = sample_captions()
    expected: list[tuple[str, str | None]] = []
    out = bytearray(b"\xef\xbb\xbf")
    for n in range(1, lines + 1):
        kind = n % 25
        end = b"\r\n" if n % 3 == 0 else b"\n"
        raw: bytes
        if kind == 1:
            raw, rid, malformed = b'{"id": "x%d", "caption": ' % n, f"{path}:{n}", True  # cut short
        elif kind == 2:
            raw, rid, malformed = b"[%d, 2]" % n, f"{path}:{n}", True  # JSON, not an object
        elif kind == 3:
            raw, rid, malformed = b'{"id": "c%d", "text": "no caption"}' % n, f"c{n}", True
        elif kind == 4:  # a cp1252 byte in a UTF-8 batch
            raw, rid, malformed = b'{"id": "u%d", "caption": "Caf\xe9 in Paris"}' % n, f"u{n}", True
        elif kind == 5:  # a raw NUL: JSON strings may not hold control characters
            raw, rid, malformed = b'{"id": "z%d", "caption": "A\x00B"}' % n, f"{path}:{n}", True
        elif kind == 6:
            raw, rid, malformed = b"\x00\x00 %d" % n, f"{path}:{n}", True
        elif kind == 7:
            raw, rid, malformed = b"", "", False  # blank: no record
        else:
            caption = captions[n % len(captions)] if kind % 2 else ""  # "" is cheap to normalise
            row = {"id": f"r{n}", "caption": caption + ("\x00" if kind == 8 else ""), "n": n}
            raw, rid, malformed = json.dumps(row).encode(), f"r{n}", False
        out += raw + end
        if rid:
            expected.append((rid, raw.decode("utf-8", "replace") if malformed else None))
    path.write_bytes(bytes(out))
    return expected


@pytest.mark.slow
def test_a_hostile_100000_line_batch_gives_one_record_per_line(tmp_path: Path) -> None:
    src = tmp_path / "hostile.jsonl"
    expected = hostile_batch(src, 100_000)
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["normalize", str(src), "--output", str(out)])
    assert result.exit_code == 5, result.output
    got = records(out.read_text(encoding="utf-8"))
    assert len(got) == len(expected) == 96_000  # every line but the blank ones
    assert [r["id"] for r in got] == [rid for rid, _ in expected]
    malformed = 0
    for record, (_, raw) in zip(got, expected, strict=True):
        if raw is None:
            assert "input_error" not in codes(record)
        else:
            malformed += 1
            assert codes(record) == ["input_error"] and record["caption"] == raw
    assert malformed == 24_000
    assert "\ufffd" in str(got[3]["caption"]) and "\x00" in str(got[4]["caption"])  # lines 4 and 5
    assert f"{malformed} malformed inputs" in result.stderr
    assert re.search(rf"input_error +{malformed}\b", result.stderr)


def test_each_kind_of_malformed_line_says_what_is_wrong(tmp_path: Path) -> None:
    src = tmp_path / "b.jsonl"
    src.write_bytes(
        b'{"id": "a", "caption": "x"\n[1]\n{"id": "c", "caption": 3}\n'
        b'{"id": "d", "caption": "Caf\xe9", "desk": "world"}\n' + b"[" * 100_000 + b"\n"
    )
    result = runner.invoke(app, ["normalize", str(src)])
    assert result.exit_code == 5
    out = records(result.stdout)
    messages = [r["warnings"][0]["message"] for r in out]
    assert messages[0].startswith("line 1 is not JSON (")
    assert messages[1] == "line 2 is not a JSON object"
    assert messages[2] == "line 3 has no 'caption' string"
    assert messages[3] == "line 4: byte 0xe9 at column 28 is not UTF-8 (shown as U+FFFD)"
    assert messages[4].startswith("line 5 is not JSON")  # nested too deeply for the json module
    assert [r["id"] for r in out] == [f"{src}:1", f"{src}:2", "c", "d", f"{src}:5"]
    assert (
        out[3]["meta"] == {"desk": "world"}
        and out[3]["caption"] == '{"id": "d", "caption": "Caf\ufffd", "desk": "world"}'
    )


def test_a_paragraph_with_bad_bytes_is_still_read_and_flagged(tmp_path: Path) -> None:
    src = tmp_path / "story.txt"
    src.write_bytes(
        b"\xef\xbb\xbf"
        + AP.encode()
        + b"\r\n\r\nCaf\xe9 owners in Paris, France, June 1, 2022. (AP Photo/Ann Lee)"
        b"\r\n\r\n" + RT.encode() + b"\r\n"
    )
    result = runner.invoke(app, ["normalize", str(src), "--reference-date", "2022-06-12"])
    assert result.exit_code == 5
    first, bad, last = records(result.stdout)
    assert first["caption"] == AP and last["caption"] == RT and codes(first) == []
    assert codes(last) == ["style"]  # its "Kiev" is Kyiv in AP style, and the record says so
    assert bad["caption"] == "Caf\ufffd owners in Paris, France, June 1, 2022. (AP Photo/Ann Lee)"
    assert codes(bad)[0] == "input_error" and bad["date_created"] == "2022-06-01"
    assert bad["warnings"][0]["message"] == (
        "paragraph 2, line 3: byte 0xe9 at column 4 is not UTF-8 (shown as U+FFFD)"
    )


def test_stdin_with_bad_bytes_costs_one_record() -> None:
    data = RT.encode() + b"\n\nA line\nA \xff\xfe caption\n\n" + AP.encode() + b"\n"
    result = runner.invoke(app, ["normalize", "-"], input=data)
    assert result.exit_code == 5
    out = records(result.stdout)
    assert [r["id"] for r in out] == ["stdin:1", "stdin:2", "stdin:3"]
    assert codes(out[1])[0] == "input_error" and out[1]["caption"] == "A line\nA \ufffd\ufffd caption"
    assert out[1]["warnings"][0]["message"].startswith("paragraph 2, line 4: byte 0xff at column 3")


UTF16 = AP.encode("utf-16-le")


@pytest.mark.parametrize(
    ("content", "why"),
    [
        (b"\xff\xfe" + UTF16, "UTF-16 byte order mark"),
        (b"\xfe\xff" + AP.encode("utf-16-be"), "UTF-16 byte order mark"),
        (b"\xff\xfe\x00\x00" + AP.encode("utf-32-le"), "UTF-32 byte order mark"),
        (UTF16, "NUL in every other byte"),
        (AP.encode("utf-16-be"), "NUL in every other byte"),
    ],
)
@pytest.mark.parametrize("suffix", [".jsonl", ".txt", ".csv", "-"])
def test_a_text_that_is_not_utf8_at_all_stops_the_run(
    tmp_path: Path, content: bytes, why: str, suffix: str
) -> None:
    good = tmp_path / "good.txt"
    good.write_text(AP, encoding="utf-8")
    bad = tmp_path / f"bad{suffix}"
    out = tmp_path / "out.jsonl"
    if suffix == "-":
        args, name, stdin = [str(good), "-"], "stdin", content
    else:
        bad.write_bytes(content)
        args, name, stdin = [str(good), str(bad)], str(bad), None
    result = runner.invoke(app, ["normalize", *args, "--output", str(out)], input=stdin)
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1 and f"{name}: not UTF-8 text ({why}" in result.stderr
    assert not out.exists() and not list(tmp_path.glob(".out.jsonl*"))


def test_csv_stays_strict(tmp_path: Path) -> None:
    src = tmp_path / "desk.csv"
    src.write_bytes(b'id,caption\n1,"' + AP.encode() + b'"\n2,"Caf\xe9"\n')
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["normalize", str(src), "--output", str(out)])
    assert result.exit_code == 1
    offset = src.read_bytes().index(b"\xe9")
    assert f"{src}: not UTF-8 text (byte 0xe9 at offset {offset})" in result.stderr
    assert not out.exists()


def test_a_csv_row_found_broken_midway_stops_the_run_and_writes_nothing(tmp_path: Path) -> None:
    src = tmp_path / "desk.csv"
    src.write_text(f'id,caption\n1,"{AP}"\n2,"{"x" * 200_000}"\n', encoding="utf-8")  # over csv's cell limit
    out = tmp_path / "out.jsonl"
    out.write_text("kept\n", encoding="utf-8")
    result = runner.invoke(app, ["normalize", str(src), "--output", str(out)])
    assert result.exit_code == 1
    assert f"error: {src}: row 2: field larger than field limit" in result.stderr
    assert out.read_text(encoding="utf-8") == "kept\n" and not list(tmp_path.glob(".out.jsonl*"))


# --resume


def batch(tmp_path: Path, n: int) -> Path:
    captions = sample_captions()
    src = tmp_path / "batch.jsonl"
    lines = [json.dumps({"id": f"r{i}", "caption": captions[i % len(captions)]}) for i in range(n)]
    src.write_text("\n".join([*lines[:3], "{broken", *lines[3:]]) + "\n", encoding="utf-8")
    return src


def head(data: bytes, fmt: str, records: int) -> bytes:
    """The first RECORDS records of an output (after the header of a CSV)."""
    ends = [m.end() for m in re.finditer(b"\r\n" if fmt == "csv" else b"\n", data)]
    return data[: ends[records - (fmt != "csv")]] if records else b""


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
@pytest.mark.parametrize("cut", [0, 1, 5, 30])  # bytes of a further record left, cut short
def test_resume_completes_an_output_as_one_run_would_have_written_it(
    tmp_path: Path, fmt: str, cut: int
) -> None:
    src = batch(tmp_path, 12)
    full = tmp_path / f"full.{fmt}"
    assert runner.invoke(app, ["normalize", str(src), "-f", fmt, "-o", str(full)]).exit_code == 5
    data = full.read_bytes()
    part = tmp_path / f"part.{fmt}"
    kept = head(data, fmt, 6)
    part.write_bytes(kept + data[len(kept) : len(kept) + cut])  # as a run killed while writing to `>`
    part.chmod(0o640)
    result = runner.invoke(app, ["normalize", str(src), "-f", fmt, "-o", str(part), "--resume"])
    assert result.exit_code == 5, result.output  # the broken line is still among the inputs
    assert "7 records written" in result.stderr and "6 already there (6 inputs skipped)" in result.stderr
    assert part.read_bytes() == data
    assert part.stat().st_mode & 0o777 == 0o640
    again = runner.invoke(app, ["normalize", str(src), "-f", fmt, "-o", str(part), "--resume"])
    assert "0 records written" in again.stderr and part.read_bytes() == data


def test_resume_keeps_records_of_other_inputs_and_starts_a_missing_file(tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    one, two = tmp_path / "one.txt", tmp_path / "two.txt"
    one.write_text(AP, encoding="utf-8")
    two.write_text(RT, encoding="utf-8")
    for src in (one, two):
        result = runner.invoke(app, ["normalize", str(src), "-f", "csv", "-o", str(out), "--resume"])
        assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"), newline="")))
    assert [r["id"] for r in rows] == [f"{one}:1", f"{two}:1"]


def test_resume_compares_ids_as_the_csv_wrote_them(tmp_path: Path) -> None:
    src = tmp_path / "b.jsonl"
    src.write_text(json.dumps({"id": "=1+1", "caption": AP}) + "\n", encoding="utf-8")
    out = tmp_path / "out.csv"
    runner.invoke(app, ["normalize", str(src), "-f", "csv", "-o", str(out)])
    assert "'=1+1" in out.read_text(encoding="utf-8")  # no formula for a spreadsheet
    result = runner.invoke(app, ["normalize", str(src), "-f", "csv", "-o", str(out), "--resume"])
    assert "0 records written" in result.stderr


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        ([], 2, "name it with --output"),
        (["-o", "out.json", "-f", "json"], 2, "--format jsonl or csv"),
        (["-o", "out", "-f", "xmp"], 2, "--format jsonl or csv"),
        (
            ["-o", "other.jsonl"],
            3,
            "other.jsonl: line 2 is not JSON in UTF-8, so no jsonl output; cannot resume it",
        ),
        (["-o", "other.csv", "-f", "csv"], 3, "other.csv: its columns are not those of --format csv"),
    ],
)
def test_resume_refuses_what_it_cannot_resume(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str], code: int, message: str
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("b.txt").write_text(AP, encoding="utf-8")
    Path("other.jsonl").write_text('{"id": "a"}\nnot json\n', encoding="utf-8")
    Path("other.csv").write_text("id,caption\n1,x\n", encoding="utf-8")
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    result = runner.invoke(app, ["normalize", "b.txt", *args, "--resume"])
    assert result.exit_code == code
    assert message in " ".join(result.stderr.replace("│", " ").split())  # usage errors come boxed
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before
