"""The command line on every input format, bad inputs and outputs, with typer's CliRunner."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from captions.cli import app

runner = CliRunner()

AP = "Residents collect water from a well in Mykolaiv, Ukraine, on June 7. (AP Photo/Ivan Kostenko)"
RT = "Residents walk along a street in Kiev, Ukraine, February 20, 2022. REUTERS/Pavlo Bondar"


def records(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def test_jsonl_input_carries_ids_reference_dates_and_meta(tmp_path: Path) -> None:
    src = tmp_path / "batch.jsonl"
    src.write_text(
        json.dumps({"id": "a", "caption": AP, "reference_date": "2022-06-12", "slug": "UKRAINE"})
        + "\n\n"
        + json.dumps({"caption": RT})
        + "\n"
        + "{not json\n"
        + json.dumps({"id": "d", "text": "no caption key"})
        + "\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["normalize", str(src)])
    assert result.exit_code == 5, result.output  # records written, but some lines were malformed
    out = records(result.stdout)
    assert [r["id"] for r in out] == ["a", f"{src}:3", f"{src}:4", "d"]
    assert out[0]["date_created"] == "2022-06-07" and out[0]["meta"] == {"slug": "UKRAINE"}
    assert out[1]["creator"] == "Pavlo Bondar"
    assert [w["code"] for w in out[2]["warnings"]] == ["input_error"]
    assert [w["code"] for w in out[3]["warnings"]] == ["input_error"]
    assert out[2]["caption"] == "{not json" and out[3]["meta"] == {"text": "no caption key"}
    assert "2 malformed inputs" in result.stderr


def test_txt_input_one_caption_a_paragraph(tmp_path: Path) -> None:
    src = tmp_path / "story.txt"
    src.write_text(f"{AP}\n\n\n{RT}\n", encoding="utf-8")
    result = runner.invoke(app, ["normalize", str(src), "--reference-date", "2022-06-12"])
    assert result.exit_code == 0
    out = records(result.stdout)
    assert [r["id"] for r in out] == [f"{src}:1", f"{src}:2"]
    assert out[0]["date_created"] == "2022-06-07"


def test_stdin_input() -> None:
    result = runner.invoke(app, ["normalize", "-"], input=f"{RT}\n\n{AP}\n")
    assert result.exit_code == 0
    assert [r["id"] for r in records(result.stdout)] == ["stdin:1", "stdin:2"]


def test_csv_input_and_column(tmp_path: Path) -> None:
    src = tmp_path / "desk.csv"
    src.write_text(f'id,text,reference_date,desk\nr1,"{AP}",2022-06-12,world\n', encoding="utf-8")
    result = runner.invoke(app, ["normalize", str(src), "--column", "text"])
    assert result.exit_code == 0, result.output
    (out,) = records(result.stdout)
    assert out["id"] == "r1" and out["date_created"] == "2022-06-07" and out["meta"] == {"desk": "world"}


def test_csv_without_the_column_is_a_one_line_error(tmp_path: Path) -> None:
    src = tmp_path / "desk.csv"
    src.write_text("id,text\n1,hello\n", encoding="utf-8")
    result = runner.invoke(app, ["normalize", str(src)])
    assert result.exit_code == 1
    assert result.stderr.strip().count("\n") == 0 and str(src) in result.stderr and "caption" in result.stderr


@pytest.mark.parametrize(
    ("content", "message"),
    [(None, "no such file"), (b"\xff\xfe caption in UTF-16", "not UTF-8")],
)
def test_unreadable_input_stops_with_nothing_written(
    tmp_path: Path, content: bytes | None, message: str
) -> None:
    good = tmp_path / "good.txt"
    good.write_text(AP, encoding="utf-8")
    bad = tmp_path / "bad.txt"
    if content is not None:
        bad.write_bytes(content)
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["normalize", str(good), str(bad), "--output", str(out)])
    assert result.exit_code == 1
    assert message in result.stderr and str(bad) in result.stderr
    assert not out.exists() and not list(tmp_path.glob(".out.jsonl*"))


def test_output_formats(tmp_path: Path) -> None:
    src = tmp_path / "b.txt"
    src.write_text(
        f'{AP}\n\n=HYPERLINK("http://x") in Kyiv, Ukraine, June 1, 2022. (AP Photo/Ann Lee)\n',
        encoding="utf-8",
    )
    for fmt in ("jsonl", "json", "csv"):
        out = tmp_path / f"out.{fmt}"
        result = runner.invoke(app, ["normalize", str(src), "--format", fmt, "--output", str(out)])
        assert result.exit_code == 0, result.output
        text = out.read_text(encoding="utf-8")
        if fmt == "json":
            assert len(json.loads(text)) == 2
        elif fmt == "csv":
            rows = list(csv.DictReader(io.StringIO(text, newline="")))
            assert len(rows) == 2 and rows[0]["creator"] == "Ivan Kostenko"
            assert rows[1]["caption"].startswith("'=HYPERLINK")  # no formula injection
        else:
            assert len(records(text)) == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.txt", "out.csv", "out.json", "out.jsonl"]


def test_summary_counts_warning_codes_on_stderr(tmp_path: Path) -> None:
    src = tmp_path / "b.txt"
    src.write_text("A serviceman stands guard near Kramatorsk.\n", encoding="utf-8")
    result = runner.invoke(app, ["normalize", str(src)])
    assert "1 record written" in result.stderr
    assert "missing_date" in result.stderr and "missing_credit" in result.stderr


def test_bad_reference_date_option_is_a_usage_error(tmp_path: Path) -> None:
    src = tmp_path / "b.txt"
    src.write_text(AP, encoding="utf-8")
    assert runner.invoke(app, ["normalize", str(src), "--reference-date", "June 7"]).exit_code == 2


def test_parse_shows_one_record() -> None:
    result = runner.invoke(app, ["parse", RT])
    assert result.exit_code == 0
    assert "Pavlo Bondar" in result.stdout and "2022-02-20" in result.stdout and "Kyiv" in result.stdout
    result = runner.invoke(app, ["parse", RT, "--json"])
    assert json.loads(result.stdout)["source"] == "Reuters"


def test_schema_prints_json_schema() -> None:
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["title"] == "CaptionRecord"


@pytest.mark.slow
def test_python_dash_m(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "captions", "normalize", "-", "--quiet"],
        input=RT,
        capture_output=True,
        text=True,
        check=True,
    )
    assert records(result.stdout)[0]["source"] == "Reuters"


# The full app, as `from captions.cli import app` gives it, run as `captions` would run it.
FULL_APP = "import sys; from captions.cli import app; app(sys.argv[1:], prog_name='captions')"


@pytest.mark.slow
@pytest.mark.parametrize(
    "args",
    [
        ["normalize", "--help"],
        ["normalize", "--bogus"],
        ["normalize"],
        ["normalize", "-", "-f", "nope"],
        ["--help"],
    ],
)
def test_main_answers_as_the_full_app(args: list[str]) -> None:
    # `main` registers `normalize` alone when it is the command run (a faster start): usage, help and
    # errors must read as those of the app with every command.
    env = {**os.environ, "COLUMNS": "100", "TERM": "dumb"}
    main, full = (
        subprocess.run(command, capture_output=True, text=True, env=env, input="")
        for command in ([sys.executable, "-m", "captions", *args], [sys.executable, "-c", FULL_APP, *args])
    )
    assert (main.returncode, main.stdout, main.stderr) == (full.returncode, full.stdout, full.stderr)
    assert main.stdout or main.stderr


def test_gazetteer_lookup_lists_candidates() -> None:
    result = runner.invoke(app, ["gazetteer", "lookup", "Severodonetsk, Lugansk region"])
    assert result.exit_code == 0, result.output
    assert "Luhansk" in result.stdout
