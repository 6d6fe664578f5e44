"""`captions apply`: matching records to images, the dry-run diff, writing through ExifTool (JPEG in place,
sidecars for raw files), and the round trip on real agency JPEGs read back with `exiftool -j -G1`."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from captions import CaptionRecord
from captions._export._exiftool import iim_date
from captions._export._iptc import instructions, utf8_cut
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


def expected(record: CaptionRecord) -> dict[str, Any]:
    """Tag -> value as `exiftool -j -G1 -struct -n` reads it back, straight from the record's fields."""
    out: dict[str, Any] = {}

    def pair(xmp: str, iim: str, value: str | None, limit: int) -> None:
        if value:
            out[xmp] = value
            out[iim] = utf8_cut(value, limit)

    loc = record.location
    pair("XMP-dc:Description", "IPTC:Caption-Abstract", record.description, 2000)
    pair("XMP-photoshop:Credit", "IPTC:Credit", record.credit_line, 32)
    pair("XMP-photoshop:Source", "IPTC:Source", record.source, 32)
    pair("XMP-photoshop:Instructions", "IPTC:SpecialInstructions", instructions(record), 256)
    if loc:
        pair("XMP-iptcCore:Location", "IPTC:Sub-location", loc.sublocation, 32)
        pair("XMP-photoshop:City", "IPTC:City", loc.city, 32)
        pair("XMP-photoshop:State", "IPTC:Province-State", loc.province_state, 32)
        pair("XMP-photoshop:Country", "IPTC:Country-PrimaryLocationName", loc.country, 64)
        pair("XMP-iptcCore:CountryCode", "IPTC:Country-PrimaryLocationCode", loc.country_code_alpha3, 3)
        shown = {
            "Sublocation": loc.sublocation,
            "City": loc.city,
            "ProvinceState": loc.province_state,
            "CountryName": loc.country,
            "CountryCode": loc.country_code_alpha3,
            "GPSLatitude": pytest.approx(loc.latitude) if loc.latitude is not None else None,
            "GPSLongitude": pytest.approx(loc.longitude) if loc.longitude is not None else None,
            "LocationId": [f"https://sws.geonames.org/{loc.geonames_id}/"] if loc.geonames_id else None,
        }
        if any(v is not None for v in shown.values()):
            out["XMP-iptcExt:LocationShown"] = [{k: v for k, v in shown.items() if v is not None}]
    if record.creator:
        out["XMP-dc:Creator"] = [record.creator]
        out["IPTC:By-line"] = utf8_cut(record.creator, 32)
    if record.date_created:
        out["XMP-photoshop:DateCreated"] = record.date_created.replace("-", ":")
        out["IPTC:DateCreated"] = iim_date(record.date_created)
    if record.persons:
        out["XMP-iptcExt:PersonInImage"] = [p.name for p in record.persons]
    if record.organisations:
        out["XMP-iptcExt:OrganisationInImageName"] = list(record.organisations)
    if record.digital_source_type:
        out["XMP-iptcExt:DigitalSourceType"] = record.digital_source_type
    if any(k.startswith("IPTC:") for k in out):
        out["IPTC:CodedCharacterSet"] = "\x1b%G"
    return out


def merged_instructions(old: str, ours: str | None) -> str | None:
    """Instructions an image had are kept, ours added unless they already say it."""
    if not old or not ours:
        return ours
    return "; ".join([old, *(p for p in ours.split("; ") if p.casefold() not in old.casefold())])


def assert_written(record: CaptionRecord, back: dict[str, Any], original: dict[str, Any]) -> None:
    want = expected(record)
    old = str(original.get("XMP-photoshop:Instructions") or original.get("IPTC:SpecialInstructions") or "")
    if "XMP-photoshop:Instructions" in want:
        merged = merged_instructions(old.strip(), instructions(record))
        want["XMP-photoshop:Instructions"] = merged
        want["IPTC:SpecialInstructions"] = utf8_cut(merged or "", 256)
    for tag, value in want.items():
        got = back.get(tag)
        if tag == "XMP-iptcExt:LocationShown":
            assert [{k: v for k, v in got[0].items() if k in value[0]}] == value, (record.id, tag)
        else:
            assert (str(got) if isinstance(got, int) else got) == value, (record.id, tag)


def records_of(output: str) -> dict[str, CaptionRecord]:
    return {
        r.id: r
        for r in (CaptionRecord.model_validate_json(line) for line in output.splitlines() if line.strip())
    }


def test_round_trip_on_real_jpegs(tmp_path: Path) -> None:
    photos = tmp_path / "photos"
    photos.mkdir()
    sources = [
        *shared_path("captions-real").glob("*/*.jpg"),
        *shared_path("iptc", "reference-images").rglob("*.jpg"),
    ]
    for src in sources:
        shutil.copyfile(src, photos / src.name)
    normalized = runner.invoke(app, ["normalize", str(photos)])
    assert normalized.exit_code == 0, normalized.output
    records = records_of(normalized.stdout)
    assert len(records) == len(sources) == 12

    result = runner.invoke(app, ["apply", str(photos), "--from-image", "--write"])
    assert result.exit_code == 0, result.output
    assert "12 images:" in result.stderr and "originals kept" in result.stderr
    assert "non-standard header" in result.stdout  # getty.jpg and others: rebuilt first
    assert "re-encoded to UTF-8" in result.stdout  # Latin-1 IIM kept readable
    originals = sorted(p.name for p in photos.glob("*_original"))
    assert len(originals) == 12
    images = sorted(p for p in photos.iterdir() if p.suffix == ".jpg")
    before = {Path(b["SourceFile"]).name: b for b in read_back(*(f"{p}_original" for p in images))}
    for back in read_back(*images):
        name = Path(back["SourceFile"]).name
        assert_written(records[Path(name).stem], back, before[f"{name}_original"])

    again = runner.invoke(app, ["apply", str(photos), "--from-image"])
    assert again.exit_code == 0
    assert again.stdout.count(": unchanged") == 12, again.stdout  # writing twice changes nothing more


def test_cyrillic_caption_into_a_real_jpeg(tmp_path: Path) -> None:
    photo = tmp_path / "pokrovsk.jpg"
    shutil.copyfile(shared_path("captions-real", "superdesk-core", "cp.jpg"), photo)
    captions_file = batch(tmp_path / "desk.jsonl", ("pokrovsk", CYRILLIC))
    dry = runner.invoke(app, ["apply", str(photo), "--captions", str(captions_file)])
    assert dry.exit_code == 0, dry.output
    assert "IPTC:Credit: The Canadian Press → AP Photo/Ефрем Лукацк" in dry.stdout
    assert "pokrovsk: IPTC:Credit is 36 bytes, over its IIM limit of 32" in dry.stderr
    result = runner.invoke(app, ["apply", str(photo), "--captions", str(captions_file), "--write"])
    assert result.exit_code == 0, result.output
    (back,) = read_back(photo, numeric=False)
    assert back["IPTC:CodedCharacterSet"] == "UTF8"
    assert back["XMP-dc:Description"] == back["IPTC:Caption-Abstract"] == CYRILLIC
    assert back["XMP-photoshop:Credit"] == "AP Photo/Ефрем Лукацкий"
    assert back["IPTC:Credit"] == "AP Photo/Ефрем Лукацк"
    # the agency's note stays; the credit too long for IIM is repeated after it (IPTC 7.15)
    assert back["XMP-photoshop:Instructions"] == "EDS NOTE:A FILE PHOTO; Credit: AP Photo/Ефрем Лукацкий"
    assert back["IPTC:City"] == "Montreal"  # what the record does not say stays as it was


def test_dry_run_shows_a_diff_and_writes_nothing(tmp_path: Path) -> None:
    photo = jpeg(tmp_path / "well.jpg", f"-XMP-dc:Description={AP}", "-XMP-photoshop:City=MYKOLAIV")
    before = photo.read_bytes()
    result = runner.invoke(app, ["apply", str(photo), "--from-image"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(f"{photo}\n")
    assert "  XMP-photoshop:City: MYKOLAIV → Mykolaiv\n" in result.stdout
    assert "  IPTC:City: (none) → Mykolaiv\n" in result.stdout
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
    assert runner.invoke(app, [*args[:3], str(rows), "--write", "--overwrite-original"]).exit_code == 0
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
