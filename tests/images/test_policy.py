"""`captions apply`'s write policy on every real JPEG of ../shared, read back with `exiftool -j -G1 -a`: no
supplier value replaced without --overwrite, no old tag beside a new group, IIM and XMP alike, MWG readers
shown the new description, and a second run with nothing to change. Then the labels and texts that must
survive: an AI label, a caption ExifTool would read as base64, a caption with terminal controls."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from captions.cli import app
from tests.conftest import shared_path
from tests.images.imaging import jpeg, needs_exiftool

pytestmark = needs_exiftool
runner = CliRunner()

# (XMP tag, IIM tag) of every property apply writes, as `exiftool -G1` names them.
PAIRS = {
    "description": ("XMP-dc:Description", "IPTC:Caption-Abstract"),
    "creator": ("XMP-dc:Creator", "IPTC:By-line"),
    "credit": ("XMP-photoshop:Credit", "IPTC:Credit"),
    "source": ("XMP-photoshop:Source", "IPTC:Source"),
    "date": ("XMP-photoshop:DateCreated", "IPTC:DateCreated"),
    "sublocation": ("XMP-iptcCore:Location", "IPTC:Sub-location"),
    "city": ("XMP-photoshop:City", "IPTC:City"),
    "state": ("XMP-photoshop:State", "IPTC:Province-State"),
    "country": ("XMP-photoshop:Country", "IPTC:Country-PrimaryLocationName"),
    "country code": ("XMP-iptcCore:CountryCode", "IPTC:Country-PrimaryLocationCode"),
    "instructions": ("XMP-photoshop:Instructions", "IPTC:SpecialInstructions"),
}
LOCATION = ("sublocation", "city", "state", "country", "country code")
IIM_LIMITS = {"IPTC:Credit": 32, "IPTC:Source": 32, "IPTC:City": 32, "IPTC:Sub-location": 32}


def exiftool_json(*args: str | Path) -> list[dict[str, Any]]:
    done = subprocess.run(["exiftool", "-j", *(str(a) for a in args)], capture_output=True, check=True)
    loaded: list[dict[str, Any]] = json.loads(done.stdout, parse_int=str, parse_float=str)
    return loaded


def read(*paths: Path) -> dict[str, dict[str, Any]]:
    """The brief's read-back, `exiftool -j -G1 -a` (structures too), by file name."""
    return {Path(t["SourceFile"]).name: t for t in exiftool_json("-G1", "-a", "-struct", *paths)}


def present(value: Any) -> bool:
    if isinstance(value, list):
        return any(present(v) for v in value)
    return value is not None and bool(re.search(r"\w", str(value)))


def text(value: Any) -> str:
    if isinstance(value, list):
        return "; ".join(text(v) for v in value)
    return " ".join(str(value).split()).casefold()


def date_of(value: Any) -> str:
    return str(value).split(" ")[0].replace("-", ":")


def supplier(tags: dict[str, Any], name: str) -> Any:
    """What a reader took as the image's value before: XMP, or IIM when the IPTCDigest is stale, or the
    one that is there."""
    xmp_tag, iim_tag = PAIRS[name]
    xmp, iim = tags.get(xmp_tag), tags.get(iim_tag)
    digest = tags.get("Photoshop:IPTCDigest")
    stale = digest is not None and digest != tags.get("File:CurrentIPTCDigest")
    if stale and present(iim):
        return iim
    return xmp if present(xmp) else iim if present(iim) else None


def agree(name: str, old: Any, new: Any) -> bool:
    if name == "date":
        return date_of(old) == date_of(new)
    if name == "instructions":  # the record's instructions follow the supplier's
        return text(new).startswith(text(old))
    return text(old) == text(new)


def iim_agrees(name: str, xmp: Any, iim: Any) -> bool:
    if name == "date":
        return date_of(xmp) == date_of(iim)
    whole, short = text(xmp), text(iim)
    return whole == short or (whole.startswith(short) and len(str(iim).encode()) >= 30)  # cut to fit IIM


def shared_jpegs(tmp_path: Path, folder: str) -> list[Path]:
    photos = tmp_path / folder
    photos.mkdir()
    sources = [
        *shared_path("captions-real").rglob("*.jpg"),
        *shared_path("iptc", "reference-images").rglob("*.jpg"),
    ]
    assert len(sources) >= 12
    for src in sources:
        shutil.copyfile(src, photos / src.name)
    return sorted(photos.glob("*.jpg"))


def records_by_image(photos: list[Path]) -> dict[str, dict[str, Any]]:
    done = runner.invoke(app, ["normalize", *map(str, photos)])
    assert done.exit_code == 0, done.output
    return {Path(r["meta"]["image"]).name: r for r in map(json.loads, done.stdout.splitlines())}


def test_every_shared_jpeg_keeps_its_supplier_values(tmp_path: Path) -> None:
    photos = shared_jpegs(tmp_path, "photos")
    before = read(*photos)
    result = runner.invoke(
        app, ["apply", *map(str, photos), "--from-image", "--write", "--overwrite-original"]
    )
    assert result.exit_code == 0, result.output
    assert "kept XMP-photoshop:Credit: AFP/Getty Images" in result.stdout  # getty.jpg: the clean credit
    after = read(*photos)
    mwg = {Path(t["SourceFile"]).name: t for t in exiftool_json("-use", "MWG", "-MWG:Description", *photos)}
    records = records_by_image(photos)
    for name, old in before.items():
        new = after[name]
        for field in PAIRS:
            was = supplier(old, field)
            if present(was):  # no supplier value replaced without --overwrite
                assert agree(field, was, new.get(PAIRS[field][0])), (
                    name,
                    field,
                    was,
                    new.get(PAIRS[field][0]),
                )
            xmp, iim = (new.get(tag) for tag in PAIRS[field])
            if present(xmp) and any(k.startswith("IPTC:") for k in new):  # IIM and XMP alike
                assert iim_agrees(field, xmp, iim), (name, field, xmp, iim)
        if present(new.get("XMP-dc:Description")):  # MWG readers (EXIF first) show what XMP says
            assert text(mwg[name].get("Description")) == text(new["XMP-dc:Description"]), name
        assert new.get("XMP-iptcExt:DigitalSourceType") == old.get("XMP-iptcExt:DigitalSourceType"), name
        assert "Duplicate XMP" not in json.dumps(
            exiftool_json("-Validate", "-Warning", "-a", photos[0].parent / name)
        )
        record = records[name]
        location = record.get("location") or {}
        if not (location.get("city") or location.get("sublocation")):  # a country, or no place: no point
            shown = new.get("XMP-iptcExt:LocationShown") or []
            olds = old.get("XMP-iptcExt:LocationShown") or []
            assert all("GPSLatitude" not in s for s in shown if s not in olds), name
    again = runner.invoke(app, ["apply", *map(str, photos), "--from-image"])
    assert again.exit_code == 0
    assert [line for line in again.stdout.splitlines() if not line.startswith("  ")] == [
        line
        for line in again.stdout.splitlines()
        if re.search(r": unchanged( \(\d+ kept against the record\))?$", line)
    ], again.stdout  # a second run has nothing to change


def test_overwrite_all_writes_whole_groups(tmp_path: Path) -> None:
    photos = shared_jpegs(tmp_path, "photos")
    before = read(*photos)
    records = records_by_image(photos)
    result = runner.invoke(
        app,
        ["apply", *map(str, photos), "--from-image", "--write", "--overwrite", "all", "--overwrite-original"],
    )
    assert result.exit_code == 0, result.output
    after = read(*photos)
    for name, new in after.items():
        old, record = before[name], records[name]
        location = record.get("location")
        if location and location.get("country"):  # the new place replaced the old one whole
            keys = ("sublocation", "city", "province_state", "country", "country_code_alpha3")
            for field, key in zip(LOCATION, keys, strict=True):
                xmp_tag, iim_tag = PAIRS[field]
                if not present(location.get(key)):  # nothing of the old place left beside the new one
                    assert not present(new.get(xmp_tag)) and not present(new.get(iim_tag)), (name, field)
            old_city = old.get("XMP-photoshop:City")
            if present(old_city) and text(old_city) != text(new.get("XMP-photoshop:City")):
                created = old.get("XMP-iptcExt:LocationCreated") or []
                if any(text(c.get("City")) == text(old_city) for c in created):
                    assert "XMP-iptcExt:LocationCreated" not in new, name
        date = record.get("date_created")
        old_date = old.get("XMP-photoshop:DateCreated") or old.get("IPTC:DateCreated")
        if date and present(old_date) and date_of(new["XMP-photoshop:DateCreated"]) != date_of(old_date):
            assert date_of(new["XMP-photoshop:DateCreated"]) == date_of(date), name
            assert "IPTC:TimeCreated" not in new, name  # no time of day from another date
        replaced = record.get("creator") and text(old.get("IPTC:By-line")) != text(record["creator"])
        if replaced and present(old.get("IPTC:By-lineTitle")):
            assert "IPTC:By-lineTitle" not in new, name  # the old photographer's title went with them
        if record.get("persons") and present(old.get("XMP-iptcExt:PersonInImage")):
            names = [p["name"] for p in record["persons"]]
            assert text(new["XMP-iptcExt:PersonInImage"]) == text(names), name
        for field in PAIRS:  # still alike after replacing
            xmp, iim = (new.get(tag) for tag in PAIRS[field])
            if present(xmp) and present(iim):
                assert iim_agrees(field, xmp, iim), (name, field, xmp, iim)
        assert new.get("XMP-iptcExt:DigitalSourceType") == old.get("XMP-iptcExt:DigitalSourceType"), name
    again = runner.invoke(app, ["apply", *map(str, photos), "--from-image", "--overwrite", "all"])
    assert again.exit_code == 0
    assert "would change" in again.stderr and " 0 would change" in again.stderr, again.stdout


def test_an_ai_label_is_kept(tmp_path: Path) -> None:
    ai = "http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia"
    caption = "A satellite image shows smoke over Mariupol, Ukraine, May 3, 2024. Maxar Technologies/Handout via REUTERS"
    photo = jpeg(
        tmp_path / "label.jpg", f"-XMP-dc:Description={caption}", f"-XMP-iptcExt:DigitalSourceType={ai}"
    )
    result = runner.invoke(app, ["apply", str(photo), "--from-image", "--write", "--overwrite", "all"])
    assert result.exit_code == 0, result.output
    assert (
        "kept XMP-iptcExt:DigitalSourceType: " + ai in result.stdout and "(never replaced)" in result.stdout
    )
    (back,) = exiftool_json("-G1", photo)
    assert back["XMP-iptcExt:DigitalSourceType"] == ai
    # an image without a label gets one only where the caption says how the picture was made
    plain = jpeg(
        tmp_path / "plain.jpg",
        "-XMP-dc:Description=Crowds in Kyiv, Ukraine, May 3, 2024. REUTERS/Gleb Garanich",
    )
    sat = jpeg(tmp_path / "sat.jpg", f"-XMP-dc:Description={caption}")
    assert runner.invoke(app, ["apply", str(plain), str(sat), "--from-image", "--write"]).exit_code == 0
    plain_back, sat_back = exiftool_json("-G1", plain, sat)
    assert "XMP-iptcExt:DigitalSourceType" not in plain_back
    assert sat_back["XMP-iptcExt:DigitalSourceType"].endswith("/digitalCapture")


def test_base64_caption_is_written_as_text_and_controls_print_escaped(tmp_path: Path) -> None:
    texts = {
        "b64": "base64:SGVsbG8sIHdvcmxk Crowds in Kyiv, Ukraine, May 3, 2024. REUTERS/Gleb Garanich",
        "osc": "Crowds in Kyiv\x1b]52;c;ZWNobyBoaQ==\x07, Ukraine, May 3, 2024. REUTERS/Gleb Garanich",
    }
    rows = tmp_path / "desk.jsonl"
    rows.write_text(
        "".join(json.dumps({"id": k, "caption": v}) + "\n" for k, v in texts.items()), encoding="utf-8"
    )
    photos = [jpeg(tmp_path / f"{k}.jpg") for k in texts]
    dry = runner.invoke(app, ["apply", *map(str, photos), "--captions", str(rows)])
    assert dry.exit_code == 0, dry.output
    assert "\x1b" not in dry.output and "\x07" not in dry.output
    assert "\\u001b]52;c;" in dry.stdout
    as_json = runner.invoke(app, ["apply", *map(str, photos), "--captions", str(rows), "--diff", "json"])
    assert "\x1b" not in as_json.stdout
    diffs = [json.loads(line) for line in as_json.stdout.splitlines()]
    assert [d["record"] for d in diffs] == ["b64", "osc"] and diffs[0]["changes"]
    result = runner.invoke(app, ["apply", *map(str, photos), "--captions", str(rows), "--write"])
    assert result.exit_code == 0, result.output
    b64, _ = exiftool_json("-G1", *photos)
    assert b64["XMP-dc:Description"] == b64["IPTC:Caption-Abstract"] == texts["b64"]


def test_a_symlinked_image_updates_its_target(tmp_path: Path) -> None:
    target = jpeg(
        tmp_path / "real.jpg",
        "-XMP-dc:Description=Crowds in Kyiv, Ukraine, May 3, 2024. REUTERS/Gleb Garanich",
    )
    link = tmp_path / "link.jpg"
    link.symlink_to(target)
    result = runner.invoke(app, ["apply", str(link), "--from-image", "--write", "--overwrite-original"])
    assert result.exit_code == 0, result.output
    assert link.is_symlink()
    (back,) = exiftool_json("-G1", target)
    assert back["XMP-photoshop:City"] == "Kyiv"


def test_unknown_overwrite_field_is_a_usage_error(tmp_path: Path) -> None:
    photo = jpeg(tmp_path / "a.jpg")
    result = runner.invoke(app, ["apply", str(photo), "--from-image", "--overwrite", "citty"])
    assert result.exit_code == 2 and "citty" in result.output


def test_desk_template_fills_or_replaces_fixed_fields(tmp_path: Path) -> None:
    template = tmp_path / "desk.toml"
    template.write_text(
        '[copyright]\nvalue = "© 2026 Example News"\n'
        '[usage_terms]\nvalue = "Editorial use only. No archiving."\n'
        '[caption_writer]\nvalue = "jd"\nmode = "replace"\n'
        '[supplier]\nvalue = "Example News"\n',
        encoding="utf-8",
    )
    caption = "Crowds in Kyiv, Ukraine, May 3, 2024. REUTERS/Gleb Garanich"
    owned = jpeg(
        tmp_path / "owned.jpg",
        f"-XMP-dc:Description={caption}",
        "-XMP-dc:Rights=© Reuters",
        "-IPTC:CopyrightNotice=© Reuters",
        "-IFD0:Copyright=© Reuters",
        "-XMP-photoshop:CaptionWriter=ab",
    )
    bare = jpeg(tmp_path / "bare.jpg", f"-XMP-dc:Description={caption}")
    args = ["apply", str(owned), str(bare), "--from-image", "--template", str(template)]
    result = runner.invoke(app, [*args, "--write", "--overwrite-original"])
    assert result.exit_code == 0, result.output
    assert (
        "kept XMP-dc:Rights: © Reuters; the record says © 2026 Example News (--overwrite copyright)"
        in result.stdout
    )
    owned_back, bare_back = exiftool_json("-G1", "-struct", owned, bare)
    assert (
        owned_back["XMP-dc:Rights"]
        == owned_back["IPTC:CopyrightNotice"]
        == owned_back["IFD0:Copyright"]
        == "© Reuters"
    )
    assert owned_back["XMP-photoshop:CaptionWriter"] == owned_back["IPTC:Writer-Editor"] == "jd"  # replace
    assert bare_back["XMP-dc:Rights"] == bare_back["IPTC:CopyrightNotice"] == "© 2026 Example News"
    assert bare_back["XMP-xmpRights:UsageTerms"] == "Editorial use only. No archiving."
    assert bare_back["XMP-plus:ImageSupplier"] == [{"ImageSupplierName": "Example News"}]
    again = runner.invoke(app, args)
    assert " 0 would change" in again.stderr, again.stdout
    template.write_text('[copyrite]\nvalue = "x"\n', encoding="utf-8")
    bad = runner.invoke(app, args)
    assert bad.exit_code == 1 and "[copyrite] is no template field" in bad.stderr


def test_titles_when_asked(tmp_path: Path) -> None:
    caption = (
        "Czech Republic goalkeeper Petr Cech in action during a friendly match at Wembley Stadium in London, "
        "England, August 20, 2008. (Photo by Phil Cole/Getty Images)"
    )
    plain = jpeg(tmp_path / "plain.jpg", f"-XMP-dc:Description={caption}")
    titled = jpeg(tmp_path / "titled.jpg", f"-XMP-dc:Description={caption}", "-IPTC:ObjectName=82486881")
    assert runner.invoke(app, ["apply", str(plain), "--from-image", "--write"]).exit_code == 0
    result = runner.invoke(app, ["apply", str(titled), "--from-image", "--titles", "--write"])
    assert result.exit_code == 0, result.output
    (plain_back,) = exiftool_json("-G1", plain)
    assert "XMP-photoshop:Headline" not in plain_back and "XMP-dc:Title" not in plain_back  # not asked
    (back,) = exiftool_json("-G1", titled)
    assert back["XMP-photoshop:Headline"] == back["IPTC:Headline"]
    assert back["IPTC:Headline"].startswith("Czech Republic goalkeeper Petr Cech in action")
    assert back["XMP-dc:Title"] == back["IPTC:ObjectName"] == "82486881"  # the supplier's title stays
    untitled = jpeg(tmp_path / "untitled.jpg", f"-XMP-dc:Description={caption}")
    assert runner.invoke(app, ["apply", str(untitled), "--from-image", "--titles", "--write"]).exit_code == 0
    (back,) = exiftool_json("-G1", untitled)
    assert back["XMP-dc:Title"] == back["IPTC:ObjectName"] == "Petr Cech"


def test_captions_are_read_as_mwg_readers_read_them(tmp_path: Path) -> None:
    kyiv = "Crowds in Kyiv, Ukraine, May 3, 2024. REUTERS/Gleb Garanich"
    lviv = "Crowds in Lviv, Ukraine, May 3, 2024. REUTERS/Roman Baluk"
    english = jpeg(tmp_path / "english.jpg", f"-XMP-dc:Description-en-US={kyiv}")
    exif = jpeg(tmp_path / "exif.jpg", f"-IFD0:ImageDescription={kyiv}")
    agree = jpeg(tmp_path / "agree.jpg", f"-XMP-dc:Description={kyiv}", f"-IPTC:Caption-Abstract={kyiv}")
    # IIM edited after XMP by a program that left XMP alone: the stored digest is no longer IIM's
    stale = tmp_path / "stale.jpg"
    shutil.copyfile(agree, stale)
    subprocess.run(
        ["exiftool", "-q", "-overwrite_original", "-Photoshop:IPTCDigest=new", str(stale)], check=True
    )
    subprocess.run(
        ["exiftool", "-q", "-overwrite_original", f"-IPTC:Caption-Abstract={lviv}", str(stale)], check=True
    )
    done = runner.invoke(app, ["normalize", str(english), str(exif), str(stale)])
    assert done.exit_code == 0, done.output
    cities = [json.loads(line)["location"]["city"] for line in done.stdout.splitlines()]
    assert cities == ["Kyiv", "Kyiv", "Lviv"]
    dry = runner.invoke(app, ["apply", str(stale), "--from-image"])
    assert (
        "note: XMP-dc:Description and IPTC:Caption-Abstract differ: IIM taken (the IPTCDigest is stale"
        in dry.stdout
    )
    result = runner.invoke(app, ["apply", str(stale), str(exif), "--from-image", "--write"])
    assert result.exit_code == 0, result.output
    stale_back, exif_back = exiftool_json("-G1", stale, exif)
    assert stale_back["XMP-dc:Description"] == stale_back["IPTC:Caption-Abstract"] == lviv
    assert exif_back["XMP-dc:Description"] == exif_back["IFD0:ImageDescription"] == kyiv
