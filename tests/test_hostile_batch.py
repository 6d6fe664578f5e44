"""Hostile input, round two: each break a security review found, as a test named after it.

No line stops a batch (lone surrogates, deep JSON, lines of Unicode spaces), no output destroys an input,
`--resume` and sidecars are safe, text reaches the screen and ExifTool as written, and every error a user
can cause is one line with its exit code. Timing (floods of credit markers) is in test_hostile.py.
"""

from __future__ import annotations

import csv
import io
import json
import os
import stat
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

import captions
from captions import Normaliser
from captions._export._xmp import sidecar_name
from captions._outputs import resume_output
from captions.cli import app
from tests.images.imaging import jpeg, needs_exiftool, read_back

runner = CliRunner()
ROOT = Path(__file__).resolve().parent.parent

AP = "Residents collect water from a well in Mykolaiv, Ukraine, on June 7, 2022. (AP Photo/Ivan Kostenko)"

# Each line as it sits in a .jsonl batch. Escapes are JSON's: json.loads turns "\\ud800" into a lone
# surrogate, which no UTF-8 output can hold.
HOSTILE_LINES = [
    json.dumps({"id": "plain", "caption": AP}),
    '{"id": "surrogate-caption", "caption": "Fans cheer \\ud800 in Kyiv, Ukraine. REUTERS/Ann Lee"}',
    '{"id": "\\udc00-surrogate-id", "caption": "A caption"}',
    '{"id": "surrogate-meta", "caption": "A caption", "desk": "\\ud800"}',
    '{"id": "surrogate-meta-key", "caption": "A caption", "\\ud800": 1}',
    '{"id": "deep-meta", "caption": "A caption", "desk": ' + "[" * 300 + "]" * 300 + "}",
    '{"id": "deep-dict", "caption": "A caption", "desk": ' + '{"a": ' * 260 + "1" + "}" * 260 + "}",
    "\x1c",
    "\u3000",
    "\v\f",
    "\u0085",
    json.dumps({"id": "last", "caption": AP}),
]


def hostile_jsonl(path: Path) -> Path:
    path.write_text("\n".join(HOSTILE_LINES) + "\n", encoding="utf-8")
    return path


def jsonl_records(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def codes(record: dict[str, Any]) -> set[str]:
    return {w["code"] for w in record["warnings"]}


# One line, one record: the library, every format, --jobs, Dask and review.


def test_a_lone_surrogate_in_the_library_becomes_u_fffd_with_a_warning() -> None:
    record = captions.normalise(
        "Fans cheer \ud800 in Kyiv, Ukraine, June 1, 2022. REUTERS/Ann Lee", id="\udc00"
    )
    assert record.caption == "Fans cheer \ufffd in Kyiv, Ukraine, June 1, 2022. REUTERS/Ann Lee"
    assert record.id == "\ufffd"
    assert record.location is not None and record.location.city == "Kyiv"
    assert "input_error" in {w.code.value for w in record.warnings}
    record.model_dump_json()  # writable


def test_deep_and_surrogate_meta_in_the_library_is_kept_writable(normaliser: Normaliser) -> None:
    deep: Any = []
    for _ in range(400):
        deep = [deep]
    record = normaliser.normalise(AP, meta={"deep": deep, "\ud800": "x\udfff"})
    data = json.loads(record.model_dump_json())
    inner, depth = data["meta"]["deep"], 1
    while isinstance(inner, list):
        inner, depth = inner[0], depth + 1
    assert depth == 65  # past 64 levels, the rest is kept as its JSON text: nothing lost
    assert inner.count("[") == 401 - 64  # DEEP is 401 lists deep
    assert data["meta"]["\ufffd"] == "x\ufffd"
    messages = [w.message for w in record.warnings if w.code.value == "input_error"]
    assert any("nested deeper" in m for m in messages) and any("surrogate" in m for m in messages)


def test_normalise_of_none_is_a_type_error_not_a_place_called_none() -> None:
    with pytest.raises(TypeError, match="not NoneType"):
        captions.normalise(None)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="not int"):
        captions.normalise(42)  # type: ignore[arg-type]


def test_bytes_are_decoded_as_utf8_and_bad_bytes_flagged() -> None:
    assert captions.normalise(AP.encode()).location is not None
    record = captions.normalise(b"Caf\xe9 in Paris, France. REUTERS/Ann Lee")
    assert record.caption == "Caf\ufffd in Paris, France. REUTERS/Ann Lee"
    assert "input_error" in {w.code.value for w in record.warnings}


@pytest.mark.parametrize("fmt", ["jsonl", "json", "csv", "iptc", "exiftool", "xmp"])
def test_one_record_per_hostile_line_in_every_format(tmp_path: Path, fmt: str) -> None:
    src = hostile_jsonl(tmp_path / "in.jsonl")
    out = tmp_path / ("out" if fmt == "xmp" else f"out.{fmt}")
    result = runner.invoke(app, ["normalize", str(src), "-f", fmt, "-o", str(out), "-q"])
    assert result.exit_code == 5, result.output  # malformed lines, each with its record
    if fmt == "jsonl":
        found = [r["id"] for r in jsonl_records(out.read_text(encoding="utf-8"))]
    elif fmt == "xmp":
        found = [p.name for p in out.iterdir()]
    elif fmt == "csv":
        found = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"), newline="")))
    else:
        found = json.loads(out.read_text(encoding="utf-8"))
    assert len(found) == len(HOSTILE_LINES)


def test_hostile_lines_keep_their_order_and_say_what_was_replaced(tmp_path: Path) -> None:
    src = hostile_jsonl(tmp_path / "in.jsonl")
    result = runner.invoke(app, ["normalize", str(src), "-q"])
    assert result.exit_code == 5
    made = jsonl_records(result.stdout)
    assert [r["id"] for r in made][:7] == [
        "plain",
        "surrogate-caption",
        "\ufffd-surrogate-id",
        "surrogate-meta",
        "surrogate-meta-key",
        "deep-meta",
        "deep-dict",
    ]
    assert made[-1]["id"] == "last"
    assert all("input_error" in codes(r) for r in made[1:-1])
    assert made[1]["location"]["city"] == "Kyiv"  # the rest of the caption is still read
    assert made[4]["meta"] == {"\ufffd": 1}


@pytest.mark.slow
def test_hostile_lines_with_two_jobs_match_one_process(tmp_path: Path) -> None:
    src = hostile_jsonl(tmp_path / "in.jsonl")
    one = runner.invoke(app, ["normalize", str(src), "-q"])
    two = subprocess.run(
        [sys.executable, "-m", "captions", "normalize", str(src), "-q", "--jobs", "2"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert two.returncode == 5, two.stderr
    assert two.stdout == one.stdout


@pytest.mark.slow
def test_hostile_lines_on_dask(tmp_path: Path) -> None:
    pytest.importorskip("distributed", reason="Dask is an optional dependency: pip install 'captions[dask]'")
    src = hostile_jsonl(tmp_path / "in.jsonl")
    out = tmp_path / "parts"
    result = runner.invoke(app, ["normalize", str(src), "--engine", "dask", "-j", "1", "-o", str(out), "-q"])
    assert result.exit_code == 5, result.output
    made = [r for part in sorted(out.glob("part-*.jsonl")) for r in jsonl_records(part.read_text("utf-8"))]
    assert len(made) == len(HOSTILE_LINES)


def test_a_surrogate_in_a_meta_key_does_not_crash_review(tmp_path: Path) -> None:
    src = hostile_jsonl(tmp_path / "in.jsonl")
    page = tmp_path / "review.html"
    result = runner.invoke(app, ["review", str(src), "--html", str(page), "-q"])
    assert result.exit_code in (0, 5), result.output
    html = page.read_text(encoding="utf-8")
    assert "surrogate-meta-key" in html and "deep-dict" in html


def test_lines_of_only_unicode_spaces_or_separators_get_records(tmp_path: Path) -> None:
    src = tmp_path / "in.txt"
    src.write_text(f"{AP}\n\n\x1c\n\n\u3000\n\n\v\f\n\n\u0085\n\n{AP}\n", encoding="utf-8")
    result = runner.invoke(app, ["normalize", str(src), "-q"])
    made = jsonl_records(result.stdout)
    assert [r["caption"] for r in made] == [AP, "\x1c", "\u3000", "\v\f", "\u0085", AP]
    assert all("empty_caption" in codes(r) for r in made[1:-1])


# No output destroys an input.


@pytest.mark.parametrize("resume", [False, True])
def test_output_naming_an_input_is_refused_and_the_input_untouched(tmp_path: Path, resume: bool) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a", "caption": AP}) + "\n", encoding="utf-8")
    before = src.read_bytes()
    same = str(tmp_path / "." / "in.jsonl")  # the same file under another spelling
    result = runner.invoke(app, ["normalize", str(src), "-o", same, *(["--resume"] if resume else [])])
    assert result.exit_code == 2
    assert "is also an input" in result.output and len(result.output.strip().splitlines()) == 1
    assert src.read_bytes() == before


def test_resume_with_repeated_ids_gives_each_input_its_record(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    rows = [{"id": "a", "caption": AP}, {"id": "a", "caption": AP + " Second."}, {"id": "b", "caption": AP}]
    src.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    full = runner.invoke(app, ["normalize", str(src), "-o", str(out), "-q"])
    assert full.exit_code == 0
    whole = out.read_text(encoding="utf-8")
    out.write_text(whole.splitlines(keepends=True)[0], encoding="utf-8")  # a run killed after one record
    resumed = runner.invoke(app, ["normalize", str(src), "-o", str(out), "--resume", "-q"])
    assert resumed.exit_code == 0
    assert out.read_text(encoding="utf-8") == whole


def test_resume_copies_the_output_it_scanned_even_if_it_is_replaced(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text('{"id": "a", "warnings": []}\n', encoding="utf-8")
    kept = resume_output(str(out), "jsonl")
    other = tmp_path / "other.jsonl"
    other.write_text('{"id": "zzzzzzzzzzzzzz", "warnings": []}\n', encoding="utf-8")
    os.replace(other, out)  # replaced between the scan and the copy
    copy = tmp_path / "copy.jsonl"
    with copy.open("w", encoding="utf-8") as stream:
        kept.copy_to(stream)
    kept.close()
    assert copy.read_text(encoding="utf-8") == '{"id": "a", "warnings": []}\n'


# Sidecars.


def _sidecar_batch(tmp_path: Path, *ids: str) -> Path:
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": i, "caption": AP}) + "\n" for i in ids), encoding="utf-8")
    return src


def test_sidecars_get_the_mode_of_a_new_file(tmp_path: Path) -> None:
    src = _sidecar_batch(tmp_path, "r0")
    out = tmp_path / "xmp"
    assert runner.invoke(app, ["normalize", str(src), "-f", "xmp", "-o", str(out), "-q"]).exit_code == 0
    mask = os.umask(0)
    os.umask(mask)
    assert stat.S_IMODE((out / "r0.xmp").stat().st_mode) == 0o666 & ~mask


def test_a_sidecar_never_replaces_a_file_captions_did_not_write(tmp_path: Path) -> None:
    src = _sidecar_batch(tmp_path, "r0", "r1")
    out = tmp_path / "xmp"
    out.mkdir()
    (out / "r0.xmp").write_text("<x:xmpmeta>Lightroom's</x:xmpmeta>", encoding="utf-8")
    result = runner.invoke(app, ["normalize", str(src), "-f", "xmp", "-o", str(out), "-q"])
    assert result.exit_code == 3
    assert "r0.xmp: not written by captions" in result.output
    assert (out / "r0.xmp").read_text(encoding="utf-8") == "<x:xmpmeta>Lightroom's</x:xmpmeta>"
    assert (out / "r1.xmp").exists()
    # Its own sidecars it replaces; another program's only when asked.
    again = runner.invoke(app, ["normalize", str(src), "-f", "xmp", "-o", str(out), "-q", "--replace"])
    assert again.exit_code == 0
    assert "captions" in (out / "r0.xmp").read_text(encoding="utf-8")
    assert runner.invoke(app, ["normalize", str(src), "-f", "xmp", "-o", str(out), "-q"]).exit_code == 0


def test_a_300_character_id_gets_a_short_sidecar_name_with_a_digest(tmp_path: Path) -> None:
    long_a, long_b = "a" * 299 + "1", "a" * 299 + "2"
    src = _sidecar_batch(tmp_path, long_a, long_b, "é" * 300)
    out = tmp_path / "xmp"
    result = runner.invoke(app, ["normalize", str(src), "-f", "xmp", "-o", str(out), "-q"])
    assert result.exit_code == 0, result.output
    names = sorted(p.name for p in out.iterdir())
    assert len(names) == 3 and all(len(n.encode()) <= 255 for n in names)
    record = captions.normalise(AP, id=long_a)
    assert sidecar_name(record) != sidecar_name(record.model_copy(update={"id": long_b}))


# Dask.


@pytest.mark.slow
def test_dask_output_that_is_a_link_to_an_empty_directory_keeps_the_results(tmp_path: Path) -> None:
    pytest.importorskip("distributed", reason="Dask is an optional dependency: pip install 'captions[dask]'")
    src = _sidecar_batch(tmp_path, "r0", "r1")
    real = tmp_path / "real"
    real.mkdir()
    link = tmp_path / "link"
    link.symlink_to(real, target_is_directory=True)
    result = runner.invoke(app, ["normalize", str(src), "--engine", "dask", "-j", "1", "-o", str(link), "-q"])
    assert result.exit_code == 0, result.output
    assert link.is_symlink() and (link / "manifest.json").exists()
    assert sum(len(jsonl_records(p.read_text("utf-8"))) for p in link.glob("part-*.jsonl")) == 2


def test_dask_without_the_extra_is_one_line_with_the_install_hint(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name, *a: None if name == "dask" else real(name, *a)
    )
    src = _sidecar_batch(tmp_path, "r0")
    result = runner.invoke(app, ["normalize", str(src), "--engine", "dask", "-o", str(tmp_path / "p")])
    assert result.exit_code == 2
    assert result.output.strip() == "error: --engine dask needs dask: pip install 'captions[dask]'"


def test_the_dask_install_hint_survives_rich_markup_in_help() -> None:
    result = runner.invoke(app, ["normalize", "--help"], env={"COLUMNS": "300"})
    assert "pip install 'captions[dask]'" in result.output


# One line, never a traceback.


def test_an_unreadable_directory_is_a_one_line_input_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "batch"
    folder.mkdir()

    def refuse(self: Path) -> Any:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "iterdir", refuse)  # root reads any directory: refuse it by hand
    result = runner.invoke(app, ["normalize", str(folder)])
    assert result.exit_code == 1
    assert result.output.strip() == f"error: {folder}: directory cannot be read (Permission denied)"


STOPPED = textwrap.dedent(
    """
    import os, signal, sys
    import captions._export._tabular as export
    from captions.cli import main

    real = export.json_line

    def interrupted(record):
        os.kill(os.getpid(), signal.SIGINT)  # Ctrl-C while a record is written
        return real(record)

    def interrupted_in_a_library(record):
        try:
            os.kill(os.getpid(), signal.SIGINT)
        except BaseException as error:  # as pydantic's serializer wraps what its callbacks raise
            raise RuntimeError(f"PydanticSerializationError: {error!r}") from None
        return real(record)

    export.json_line = interrupted if sys.argv[1] == "plain" else interrupted_in_a_library
    sys.argv = ["captions", "normalize", sys.argv[2], "-o", sys.argv[3], "-q"]
    main()
    """
)


@pytest.mark.slow
@pytest.mark.parametrize("where", ["plain", "library"])
def test_ctrl_c_is_one_line_and_leaves_no_output(tmp_path: Path, where: str) -> None:
    src = _sidecar_batch(tmp_path, "r0", "r1")
    out = tmp_path / "out.jsonl"
    done = subprocess.run(
        [sys.executable, "-c", STOPPED, where, str(src), str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 130
    assert done.stderr.strip() == "error: stopped by SIGINT"
    assert list(tmp_path.iterdir()) == [src]  # no output, no temporary file


# Text reaches the screen and ExifTool as written.

ESCAPES = "Fans \x1b[2J\x1b]0;owned\x07 cheer \x9b31m in Kyiv, Ukraine. (AP Photo/Jo \x1b[31mLee)"


def test_parse_shows_terminal_controls_escaped() -> None:
    for args in ([], ["--json"]):
        result = runner.invoke(app, ["parse", ESCAPES, *args])
        assert result.exit_code == 0
        assert not any(c in result.stdout for c in "\x1b\x07\x9b")
        assert "\\u001b" in result.stdout
    assert json.loads(runner.invoke(app, ["parse", ESCAPES, "--json"]).stdout)["caption"] == ESCAPES


def test_rich_markup_in_a_caption_is_shown_as_text() -> None:
    result = runner.invoke(app, ["parse", "Ann Lee waves in Kyiv, Ukraine. (AP Photo/Jo [red]Lee)"])
    assert "AP Photo/Jo [red]Lee" in result.stdout


@pytest.mark.slow
@needs_exiftool
def test_apply_shows_terminal_controls_escaped(tmp_path: Path) -> None:
    image = jpeg(tmp_path / "r0.jpg")
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "r0", "caption": ESCAPES}) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["apply", str(image), "--captions", str(src), "-q"])
    assert result.exit_code == 0, result.output
    assert "\x1b" not in result.output and "\\u001b" in result.output


def test_a_caption_starting_base64_reaches_exiftool_as_written() -> None:
    record = captions.normalise("base64:aGk= is how the caption starts, in Kyiv. REUTERS/Jo Lee")
    value = captions.to_exiftool(record)["XMP-dc:Description-x-default"]
    assert value.startswith("base64:") and value != record.description
    import base64

    assert base64.b64decode(value.removeprefix("base64:")).decode() == record.description


@pytest.mark.slow
@needs_exiftool
def test_apply_writes_a_base64_caption_as_the_dry_run_showed(tmp_path: Path) -> None:
    image = jpeg(tmp_path / "r0.jpg")
    caption = "base64:SGVsbG8="  # ExifTool would write "Hello"
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "r0", "caption": caption}) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["apply", str(image), "--captions", str(src), "--write", "-q"])
    assert result.exit_code == 0, result.output
    tags = read_back(image)[0]
    assert tags["XMP-dc:Description"] == caption
    assert tags["IPTC:Caption-Abstract"] == caption
