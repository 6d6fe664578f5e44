"""Reading captions from images: `captions normalize photos/*.jpg` and directories of images."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from captions.cli import app
from tests.conftest import shared_path
from tests.images.imaging import TINY_JPEG, jpeg, needs_exiftool, read_back, tiny_tiff

pytestmark = needs_exiftool
runner = CliRunner()

AP = "Residents collect water from a well in Mykolaiv, Ukraine, June 7, 2022. (AP Photo/Ivan Kostenko)"


def records(text: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def test_xmp_description_first_then_iim_and_the_stem_as_id(tmp_path: Path) -> None:
    both = jpeg(tmp_path / "both.jpg", f"-XMP-dc:Description={AP}", "-IPTC:Caption-Abstract=older IIM text")
    iim = jpeg(tmp_path / "iim.jpg", f"-IPTC:Caption-Abstract={AP}", "-IPTC:CodedCharacterSet=UTF8")
    result = runner.invoke(app, ["normalize", str(both), str(iim)])
    assert result.exit_code == 0, result.output
    out = records(result.stdout)
    assert [r["id"] for r in out] == ["both", "iim"]
    assert [r["caption"] for r in out] == [AP, AP]
    assert out[0]["meta"] == {"image": str(both)}
    assert out[0]["creator"] == "Ivan Kostenko" and out[0]["date_created"] == "2022-06-07"


def test_iim_decoded_as_utf8_when_declared_else_cp1252(tmp_path: Path) -> None:
    latin = jpeg(tmp_path / "latin.jpg", "-IPTC:Caption-Abstract=Café in Zürich costs 5 €.", charset="cp1252")
    assert b"Caf\xe9" in latin.read_bytes()  # really cp1252 bytes, and no 1:90 saying otherwise
    utf8 = jpeg(
        tmp_path / "utf8.jpg", "-IPTC:CodedCharacterSet=UTF8", "-IPTC:Caption-Abstract=Люди у Києві, 2022."
    )
    result = runner.invoke(app, ["normalize", str(latin), str(utf8)])
    assert result.exit_code == 0, result.output
    assert [r["caption"] for r in records(result.stdout)] == [
        "Café in Zürich costs 5 €.",
        "Люди у Києві, 2022.",
    ]


def test_a_directory_of_images_and_a_text_batch_together(tmp_path: Path) -> None:
    photos = tmp_path / "photos"
    photos.mkdir()
    jpeg(photos / "b.jpg", f"-XMP-dc:Description={AP}")
    jpeg(photos / "a.JPG", "-XMP-dc:Description=A man walks in Kyiv.")
    (photos / "notes.txt").write_text("Children play in Kharkiv.\n", encoding="utf-8")
    (photos / "a.xmp").write_text("<x/>", encoding="utf-8")  # a sidecar is no input of its own
    result = runner.invoke(app, ["normalize", str(photos)])
    assert result.exit_code == 0, result.output
    assert [r["id"] for r in records(result.stdout)] == ["a", "b", f"{photos / 'notes.txt'}:1"]


def test_an_image_without_a_caption_is_a_record_with_warnings(tmp_path: Path) -> None:
    blank = tmp_path / "blank.jpg"
    blank.write_bytes(TINY_JPEG)
    result = runner.invoke(app, ["normalize", str(blank)])
    assert result.exit_code == 0, result.output
    (record,) = records(result.stdout)
    assert record["id"] == "blank" and record["caption"] == ""
    assert "empty_caption" in [w["code"] for w in record["warnings"]]  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("name", "content", "why"),
    [
        ("text.jpg", b"just some text, not a picture\n", "not an image"),
        ("empty.jpg", b"", "File is empty"),
        ("cut.jpg", TINY_JPEG[:40], "format error"),
        ("raw.cr2", b"II*\x00 garbage", "cannot be read as an image"),
    ],
)
def test_a_corrupt_image_is_a_one_line_error(tmp_path: Path, name: str, content: bytes, why: str) -> None:
    good = tmp_path / "good.jpg"
    good.write_bytes(TINY_JPEG)
    bad = tmp_path / name
    bad.write_bytes(content)
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["normalize", str(good), str(bad), "--output", str(out)])
    assert result.exit_code == 1
    assert result.stderr.strip().count("\n") == 0
    assert str(bad) in result.stderr and why in result.stderr
    assert not out.exists()


def test_exiftool_export_names_the_images_it_came_from(tmp_path: Path) -> None:
    photo = jpeg(tmp_path / "photo.jpg", f"-XMP-dc:Description={AP}")
    raw = tmp_path / "raw.dng"
    raw.write_bytes(tiny_tiff())
    out = tmp_path / "import.json"
    result = runner.invoke(app, ["normalize", str(photo), str(raw), "--format", "exiftool", "-o", str(out)])
    assert result.exit_code == 0, result.output
    objects = json.loads(out.read_text(encoding="utf-8"))
    assert [o["SourceFile"] for o in objects] == [str(photo), str(raw)]


def test_missing_exiftool_says_how_to_install_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(TINY_JPEG)
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    result = runner.invoke(app, ["normalize", str(photo)])
    assert result.exit_code == 4
    assert "libimage-exiftool-perl" in result.stderr and result.stderr.strip().count("\n") == 0


def test_real_agency_jpegs_give_their_own_captions(tmp_path: Path) -> None:
    photos = tmp_path / "real"
    photos.mkdir()
    for src in sorted(shared_path("captions-real").glob("*/*.jpg")):
        shutil.copyfile(src, photos / src.name)
    result = runner.invoke(app, ["normalize", str(photos)])
    assert result.exit_code == 0, result.output
    out = {str(r["id"]): r for r in records(result.stdout)}
    assert len(out) == 9
    embedded = {
        Path(str(b["SourceFile"])).stem: b for b in read_back(*sorted(photos.iterdir()), numeric=False)
    }
    for stem, tags in embedded.items():
        assert out[stem]["caption"] == str(
            tags.get("XMP-dc:Description") or tags.get("IPTC:Caption-Abstract")
        )
    assert out["getty"]["source"] == "AFP"
    assert out["cp"]["location"]["city"] == "Montréal"  # type: ignore[index]
