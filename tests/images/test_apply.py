"""`captions apply`: matching records to images, the dry-run diff, writing through ExifTool (JPEG in place,
sidecars for raw files). The write policy on real JPEGs is tests/images/test_policy.py."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from captions.cli import app
from tests.conftest import shared_path
from tests.images.imaging import TINY_JPEG, jpeg, needs_exiftool, read_back, tiny_tiff

pytestmark = needs_exiftool
runner = CliRunner()

AP = "Residents collect water from a well in Mykolaiv, Ukraine, June 7, 2022. (AP Photo/Ivan Kostenko)"
CYRILLIC = (
    "Люди идут к эвакуационному поезду на вокзале Покровска, Украина, 11 июня 2022 года. "
    "(AP Photo/Ефрем Лукацкий)"
)


def batch(path: Path, *rows: tuple[str, str]) -> Path:
    path.write_text("".join(json.dumps({"id": i, "caption": c}) + "\n" for i, c in rows), encoding="utf-8")
    return path


def test_cyrillic_caption_into_a_real_jpeg(tmp_path: Path) -> None:
    photo = tmp_path / "pokrovsk.jpg"
    shutil.copyfile(shared_path("captions-real", "superdesk-core", "cp.jpg"), photo)
    captions_file = batch(tmp_path / "desk.jsonl", ("pokrovsk", CYRILLIC))
    args = ["apply", str(photo), "--captions", str(captions_file)]
    dry = runner.invoke(app, args)
    assert dry.exit_code == 0, dry.output
    # the supplier's values stay by default: each difference is a conflict in the diff
    assert (
        "  kept XMP-photoshop:Credit: The Canadian Press; the record says AP Photo/Ефрем Лукацкий"
        in dry.stdout
    )
    assert "(--overwrite credit)" in dry.stdout
    result = runner.invoke(app, [*args, "--overwrite", "description,location", "--write"])
    assert result.exit_code == 0, result.output
    (back,) = read_back(photo, numeric=False)
    assert back["IPTC:CodedCharacterSet"] == "UTF8"
    assert back["XMP-dc:Description"] == back["IPTC:Caption-Abstract"] == CYRILLIC
    assert back["XMP-photoshop:Credit"] == back["IPTC:Credit"] == "The Canadian Press"  # not overwritten
    # The record reads the town from the Russian genitive ("на вокзале Покровска"): the file's Montreal gives way.
    assert back["IPTC:City"] == back["XMP-photoshop:City"] == "Pokrovsk"
    # with --overwrite all, a credit IIM can hold only cut still never replaces a complete one
    every = runner.invoke(app, [*args, "--overwrite", "all", "--write", "--overwrite-original"])
    assert every.exit_code == 0, every.output
    assert (
        "kept XMP-photoshop:Credit: The Canadian Press; the record says AP Photo/Ефрем Лукацкий (cut to fit IIM)"
        in (every.stdout)
    )
    (back,) = read_back(photo, numeric=False)
    assert back["IPTC:Credit"] == back["XMP-photoshop:Credit"] == "The Canadian Press"
    assert back["XMP-dc:Creator"] == ["Ефрем Лукацкий"] and back["IPTC:By-line"] == "Ефрем Лукацкий"


def test_dry_run_shows_a_diff_and_writes_nothing(tmp_path: Path) -> None:
    photo = jpeg(tmp_path / "well.jpg", f"-XMP-dc:Description={AP}", "-XMP-photoshop:City=MYKOLAIV")
    before = photo.read_bytes()
    result = runner.invoke(app, ["apply", str(photo), "--from-image"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(f"{photo}\n")
    # the image's city agrees with the record's but for case: it is kept, IIM gets it, the rest is filled
    assert "  XMP-photoshop:City" not in result.stdout
    assert "  IPTC:City: (none) → MYKOLAIV\n" in result.stdout
    assert "  XMP-photoshop:Country: (none) → Ukraine\n" in result.stdout
    assert "  XMP-dc:Description" not in result.stdout  # unchanged fields are not listed
    assert "Dry run: nothing written" in result.stderr
    assert photo.read_bytes() == before and sorted(p.name for p in tmp_path.iterdir()) == ["well.jpg"]


def test_instructions_already_there_are_kept(tmp_path: Path) -> None:
    caption = "A man walks in Kyiv, Ukraine, June 11, 2022. EDITORIAL USE ONLY. NO SALES. (AP Photo/Ann Lee)"
    photo = jpeg(
        tmp_path / "kyiv.jpg",
        f"-XMP-dc:Description={caption}",
        "-XMP-photoshop:Instructions=No sales. OUT: Russia",
    )
    result = runner.invoke(app, ["apply", str(photo), "--from-image", "--write", "--overwrite-original"])
    assert result.exit_code == 0, result.output
    assert (
        "XMP-photoshop:Instructions: No sales. OUT: Russia → No sales. OUT: Russia; EDITORIAL USE ONLY"
        in (result.stdout)
    )
    (back,) = read_back(photo)
    assert back["XMP-photoshop:Instructions"] == back["IPTC:SpecialInstructions"]
    assert back["IPTC:SpecialInstructions"] == "No sales. OUT: Russia; EDITORIAL USE ONLY"
    again = runner.invoke(app, ["apply", str(photo), "--from-image"])
    assert again.stdout == f"{photo}: unchanged\n"


def test_write_keeps_originals_unless_told(tmp_path: Path) -> None:
    kept = jpeg(tmp_path / "kept.jpg", f"-XMP-dc:Description={AP}")
    gone = jpeg(tmp_path / "gone.jpg", f"-XMP-dc:Description={AP}")
    assert runner.invoke(app, ["apply", str(kept), "--from-image", "--write"]).exit_code == 0
    result = runner.invoke(app, ["apply", str(gone), "--from-image", "--write", "--overwrite-original"])
    assert result.exit_code == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["gone.jpg", "kept.jpg", "kept.jpg_original"]
    assert (tmp_path / "kept.jpg_original").read_bytes() != kept.read_bytes()
    for back in read_back(kept, gone):
        assert back["IPTC:By-line"] == "Ivan Kostenko" and back["XMP-photoshop:City"] == "Mykolaiv"


def test_latin1_iim_is_reencoded_not_mangled(tmp_path: Path) -> None:
    photo = jpeg(
        tmp_path / "zurich.jpg",
        "-IPTC:Caption-Abstract=A tram in Zürich, Switzerland, June 7, 2022. (AP Photo/Jürg Müller)",
        "-IPTC:Headline=Straßenbahn in Zürich",
        charset="cp1252",
    )
    result = runner.invoke(app, ["apply", str(photo), "--from-image", "--write", "--overwrite-original"])
    assert result.exit_code == 0, result.output
    assert "re-encoded to UTF-8" in result.stdout
    (back,) = read_back(photo, numeric=False)
    assert back["IPTC:CodedCharacterSet"] == "UTF8"
    assert back["IPTC:Headline"] == "Straßenbahn in Zürich"  # a field apply does not write, still readable
    assert back["IPTC:By-line"] == back["XMP-dc:Creator"][0] == "Jürg Müller"


def test_raw_files_get_sidecars_and_are_never_written(tmp_path: Path) -> None:
    for name in ("a.dng", "b.cr2"):
        (tmp_path / name).write_bytes(tiny_tiff())
    rows = batch(tmp_path / "desk.jsonl", ("a", AP), ("b.cr2", AP))
    dry = runner.invoke(
        app, ["apply", str(tmp_path / "a.dng"), str(tmp_path / "b.cr2"), "--captions", str(rows)]
    )
    assert dry.exit_code == 0, dry.output
    assert f"{tmp_path / 'a.dng'} -> {tmp_path / 'a.xmp'} (new sidecar)" in dry.stdout
    assert not (tmp_path / "a.xmp").exists()
    args = ["apply", str(tmp_path), "--captions", str(rows), "--write"]
    assert runner.invoke(app, args).exit_code == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.dng", "a.xmp", "b.cr2", "b.xmp", "desk.jsonl"]
    assert (tmp_path / "a.dng").read_bytes() == tiny_tiff()
    sidecar, _ = read_back(tmp_path / "a.xmp", tmp_path / "b.xmp")
    assert sidecar["XMP-dc:Description"] == AP and sidecar["XMP-photoshop:City"] == "Mykolaiv"
    assert not any(k.startswith("IPTC:") for k in sidecar)
    # an existing sidecar is updated in place: what else it holds (a rating) stays
    subprocess.run(
        ["exiftool", "-q", "-overwrite_original", "-XMP-xmp:Rating=4", str(tmp_path / "a.xmp")], check=True
    )
    rows = batch(tmp_path / "desk.jsonl", ("a", AP.replace("Mykolaiv", "Odesa")))
    overwrite = ["--overwrite", "location", "--overwrite", "description"]
    assert (
        runner.invoke(app, [*args[:3], str(rows), *overwrite, "--write", "--overwrite-original"]).exit_code
        == 0
    )
    (updated,) = read_back(tmp_path / "a.xmp")
    assert updated["XMP-photoshop:City"] == "Odesa" and updated["XMP-dc:Description"].endswith("Kostenko)")
    assert str(updated["XMP-xmp:Rating"]) == "4"


def test_records_match_images_by_name(tmp_path: Path) -> None:
    a = jpeg(tmp_path / "a.jpg")
    b = jpeg(tmp_path / "b.jpg")
    rows = batch(tmp_path / "desk.jsonl", ("photos/a.jpg", AP), ("c", AP))
    result = runner.invoke(app, ["apply", str(a), str(b), "--captions", str(rows)])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(f"{a}\n")
    assert f"skipped {b}: no record has its name as id" in result.stderr
    assert "unused record c: no image of that name" in result.stderr
    none = batch(tmp_path / "none.jsonl", ("x", AP))
    result = runner.invoke(app, ["apply", str(a), "--captions", str(none)])
    assert result.exit_code == 1 and "no record id names one of the images" in result.stderr


@pytest.mark.parametrize(
    "args",
    [["--from-image", "--captions", "x.jsonl"], [], ["--write"]],
)
def test_captions_or_from_image_is_required(tmp_path: Path, args: list[str]) -> None:
    photo = tmp_path / "a.jpg"
    photo.write_bytes(TINY_JPEG)
    assert runner.invoke(app, ["apply", str(photo), *args]).exit_code == 2


def test_not_an_image_or_missing_is_an_input_error(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("hello", encoding="utf-8")
    for name in ("notes.txt", "missing.jpg"):
        result = runner.invoke(app, ["apply", str(tmp_path / name), "--from-image"])
        assert result.exit_code == 1 and name in result.stderr


def test_missing_exiftool_stops_with_install_advice(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    photo = tmp_path / "a.jpg"
    photo.write_bytes(TINY_JPEG)
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    result = runner.invoke(app, ["apply", str(photo), "--from-image", "--write"])
    assert result.exit_code == 4
    assert "apt-get install libimage-exiftool-perl" in result.stderr
    assert photo.read_bytes() == TINY_JPEG


def test_exiftool_errors_while_writing_are_reported(tmp_path: Path) -> None:
    from captions import normalise
    from captions._images._apply import plan, read_images, write
    from captions._images._exiftool import ExifTool

    photo = jpeg(tmp_path / "gone.jpg", f"-XMP-dc:Description={AP}")
    exiftool = ExifTool()
    (image,) = read_images([str(photo)], exiftool)
    (todo,) = plan([(image, normalise(image.caption, id="gone"))])
    photo.unlink()  # gone between the dry run and the write
    result = write([todo], exiftool, overwrite_original=False)
    assert result.errors and "gone.jpg" in result.errors[0]
