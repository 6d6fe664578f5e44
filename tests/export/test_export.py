"""Export formats: `--format iptc` (validated against the generated schema), `exiftool` (applied by ExifTool
and read back), `xmp` (sidecars ExifTool reads back), `csv` (safe in a spreadsheet); IIM byte limits; a
caption holding markup characters, quotes and a formula in every format."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from typer.testing import CliRunner

import captions
from captions import CaptionRecord, Location, Person, Provenance, ProvenanceKind, Restriction, RestrictionKind
from captions._export._exiftool import iim_warnings, import_object
from captions._export._iptc import utf8_cut
from captions.cli import app
from tests.conftest import shared_path
from tests.export.test_export_data import schema
from tests.images.imaging import TINY_JPEG

runner = CliRunner()
exiftool_needed = pytest.mark.skipif(shutil.which("exiftool") is None, reason="ExifTool is not installed")

SEED = [
    "People walk towards an evacuation train in Pokrovsk railway station, eastern Ukraine, Saturday, "
    "June 11, 2022. (AP Photo/Efrem Lukatsky)",
    "Leonid Pasechnik, acting leader of self-proclaimed Luhansk People's Republic, adjusts his hat as he talks "
    "with a group of foreign journalists in Luhansk, eastern Ukraine, Saturday, June 11, 2022. This photo was "
    "taken during a trip organized by the Russian Ministry of Defense. (AP Photo)",
    "A man walks in Kramatorsk, Ukraine, June 2022. (AP Photo/Evgeniy Maloletka)",
    "A serviceman stands guard near Kramatorsk.",
    "",
]
# Markup characters, both quotes and a spreadsheet formula, in one caption.
TRICKY = (
    "=cmd() Protesters hold a sign reading \"Ukraine < Russia & NATO\" and 'peace' in Kyiv, Ukraine, "
    "June 11, 2022. (AP Photo/Efrem Lukatsky)"
)
TRICKY_DESCRIPTION = TRICKY  # the description keeps every one of those characters

CYRILLIC = CaptionRecord(
    id="cyrillic",
    caption="Люди идут к поезду на вокзале «Покровськ» — 11 июня 2022. (AP Photo/Ефрем Лукацкий)",
    description="Люди идут к поезду на вокзале «Покровськ» — 11 июня 2022. (AP Photo/Ефрем Лукацкий)",
    date_created="2022-06-11",
    location=Location(
        sublocation="Залізничний вокзал Покровськ",  # 28 characters, 53 bytes: over 32
        city="Покровськ",
        province_state="Донецька область",  # 16 characters, 31 bytes: fits
        country="Україна",
        country_code="UA",
        country_code_alpha3="UKR",
        latitude=48.28014,
        longitude=37.17706,
        geonames_id=704422,
    ),
    persons=(Person(name="Ефрем Лукацкий", description="фотограф"),),
    organisations=("Укрзалізниця",),
    creator="Ефрем Лукацкий",
    credit_line="AP Photo/Ефрем Лукацкий",  # 36 bytes: over 32
    source="AP",
    provenance=(Provenance(kind=ProvenanceKind.HANDOUT, text="photo provided by", party="Укрзалізниця"),),
    restrictions=(Restriction(kind=RestrictionKind.EDITORIAL_USE_ONLY, text="EDITORIAL USE ONLY"),),
    digital_source_type="http://cv.iptc.org/newscodes/digitalsourcetype/digitalCapture",
)


def _normalize(tmp_path: Path, texts: list[str], fmt: str, *extra: str) -> tuple[Path, Any]:
    src = tmp_path / "batch.jsonl"
    src.write_text(
        "".join(json.dumps({"id": f"r{n}", "caption": t}) + "\n" for n, t in enumerate(texts)),
        encoding="utf-8",
    )
    out = tmp_path / ("out" if fmt == "xmp" else f"out.{fmt}")
    result = runner.invoke(
        app,
        [
            "normalize",
            str(src),
            "--format",
            fmt,
            "--output",
            str(out),
            "--reference-date",
            "2022-06-12",
            *extra,
        ],
    )
    assert result.exit_code == 0, result.output
    return out, result


def _exiftool_json(*args: str) -> list[dict[str, Any]]:
    done = subprocess.run(["exiftool", "-j", "-G1", "-struct", "-n", *args], capture_output=True, check=True)
    loaded: list[dict[str, Any]] = json.loads(done.stdout)
    return loaded


@pytest.fixture
def blank_jpeg(tmp_path: Path) -> Path:
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(TINY_JPEG)
    return photo


# --format iptc


def test_iptc_export_validates_and_maps_the_contract(tmp_path: Path) -> None:
    out, _ = _normalize(tmp_path, [*SEED, TRICKY], "iptc")
    docs = json.loads(out.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema(), format_checker=jsonschema.FormatChecker()).validate(docs)
    assert [d["photoVideoMetadata_captions"]["id"] for d in docs] == [f"r{n}" for n in range(len(SEED) + 1)]
    iptc_schema_validator().validate(as_2017(docs))
    pokrovsk = docs[0]["photoVideoMetadataIPTC"]
    assert pokrovsk["description"] == {"x-default": SEED[0]}
    assert pokrovsk["dateCreated"] == "2022-06-11"
    assert pokrovsk["creatorNames"] == ["Efrem Lukatsky"]
    assert pokrovsk["creditLine"] == "AP Photo/Efrem Lukatsky" and pokrovsk["source"] == "AP"
    assert pokrovsk["sublocationName"] == "Pokrovsk railway station"
    assert (pokrovsk["cityName"], pokrovsk["countryName"], pokrovsk["countryCode"]) == (
        "Pokrovsk",
        "Ukraine",
        "UKR",
    )
    (shown,) = pokrovsk["locationsShown"]
    assert shown["sublocation"] == "Pokrovsk railway station" and shown["city"] == "Pokrovsk"
    assert shown["countryCode"] == "UKR" and shown["provinceState"] == pokrovsk["provinceState"]
    assert shown["identifiers"] == ["https://sws.geonames.org/704422/"]
    assert shown["gpsLatitude"] == pytest.approx(48.28, abs=0.01)
    assert "digitalSourceType" not in pokrovsk  # the caption says nothing of how it was made
    trip = docs[1]["photoVideoMetadataIPTC"]
    assert trip["personInImageNames"] == ["Leonid Pasechnik"]
    assert trip["personsShown"] == [
        {
            "name": {"x-default": "Leonid Pasechnik"},
            "description": {"x-default": "acting leader of self-proclaimed Luhansk People's Republic"},
        }
    ]
    assert trip["instructions"] == "Organised trip: Russian Ministry of Defense"
    assert "creatorNames" not in trip  # "(AP Photo)": no photographer named
    assert docs[2]["photoVideoMetadataIPTC"]["dateCreated"] == "2022-06"  # truncated, never padded
    assert docs[4]["photoVideoMetadataIPTC"] == {}  # an empty caption: nothing to say, still an item
    assert docs[5]["photoVideoMetadataIPTC"]["description"] == {"x-default": TRICKY_DESCRIPTION}


def test_iptc_export_of_restrictions_and_a_year_only_date() -> None:
    record = CYRILLIC.model_copy(update={"date_created": "2022"})
    doc = captions.to_iptc(record)
    jsonschema.Draft202012Validator(schema()).validate([doc])
    ipmd = doc["photoVideoMetadataIPTC"]
    assert ipmd["dateCreated"] == "2022"
    # provenance and restrictions readable; the credit too long for IIM repeated (IPTC 7.15)
    assert (
        ipmd["instructions"] == "Handout: Укрзалізниця; EDITORIAL USE ONLY; Credit: AP Photo/Ефрем Лукацкий"
    )


# --format exiftool


def test_exiftool_objects_pair_xmp_and_iim(tmp_path: Path) -> None:
    out, _ = _normalize(tmp_path, [SEED[0], SEED[2]], "exiftool")
    first, month = json.loads(out.read_text(encoding="utf-8"))
    assert first["SourceFile"] == "*" and first["IPTC:CodedCharacterSet"] == "UTF8"
    assert all(key == "SourceFile" or ":" in key for key in first)  # group-qualified
    for xmp, iim in [
        ("XMP-dc:Description-x-default", "IPTC:Caption-Abstract"),
        ("XMP-photoshop:Credit", "IPTC:Credit"),
        ("XMP-photoshop:Source", "IPTC:Source"),
        ("XMP-iptcCore:Location", "IPTC:Sub-location"),
        ("XMP-photoshop:City", "IPTC:City"),
        ("XMP-photoshop:State", "IPTC:Province-State"),
        ("XMP-photoshop:Country", "IPTC:Country-PrimaryLocationName"),
        ("XMP-iptcCore:CountryCode", "IPTC:Country-PrimaryLocationCode"),
        ("XMP-dc:Creator", "IPTC:By-line"),
    ]:
        assert first[xmp] == first[iim], xmp
    assert first["XMP-iptcCore:CountryCode"] == "UKR"
    assert (first["XMP-photoshop:DateCreated"], first["IPTC:DateCreated"]) == ("2022-06-11", "2022:06:11")
    assert (month["XMP-photoshop:DateCreated"], month["IPTC:DateCreated"]) == ("2022-06", "2022:06:00")
    assert not any("TimeCreated" in key for key in first)  # no invented time or zone
    assert first["XMP-iptcExt:LocationShown"][0]["LocationId"] == ["https://sws.geonames.org/704422/"]
    year = captions.to_exiftool(CYRILLIC.model_copy(update={"date_created": "2022"}))
    assert (year["XMP-photoshop:DateCreated"], year["IPTC:DateCreated"]) == ("2022", "2022:00:00")


@pytest.mark.slow
@exiftool_needed
def test_exiftool_applies_the_export_as_is(tmp_path: Path, blank_jpeg: Path) -> None:
    out = tmp_path / "cyrillic.json"
    out.write_text(json.dumps([captions.to_exiftool(CYRILLIC)], ensure_ascii=False), encoding="utf-8")
    subprocess.run(
        ["exiftool", "-q", f"-json={out}", "-overwrite_original", str(blank_jpeg)],
        check=True,
        capture_output=True,
    )
    (back,) = _exiftool_json(str(blank_jpeg))
    assert back["XMP-dc:Description"] == back["IPTC:Caption-Abstract"] == CYRILLIC.description
    assert back["XMP-photoshop:City"] == back["IPTC:City"] == "Покровськ"
    assert back["XMP-photoshop:State"] == back["IPTC:Province-State"] == "Донецька область"
    assert back["XMP-iptcCore:Location"] == "Залізничний вокзал Покровськ"
    assert back["IPTC:Sub-location"] == utf8_cut("Залізничний вокзал Покровськ", 32) == "Залізничний вокз"
    assert back["XMP-photoshop:Credit"] == "AP Photo/Ефрем Лукацкий"
    assert back["IPTC:Credit"] == "AP Photo/Ефрем Лукацк"  # 32 bytes
    assert back["XMP-dc:Creator"] == ["Ефрем Лукацкий"] and back["IPTC:By-line"] == "Ефрем Лукацкий"
    assert back["XMP-iptcExt:PersonInImageWDetails"] == [
        {"PersonDescription": "фотограф", "PersonName": "Ефрем Лукацкий"}
    ]
    (shown,) = back["XMP-iptcExt:LocationShown"]
    assert shown["GPSLatitude"] == pytest.approx(48.28014) and shown["GPSLongitude"] == pytest.approx(
        37.17706
    )
    assert (back["XMP-photoshop:DateCreated"], back["IPTC:DateCreated"]) == ("2022:06:11", "2022:06:11")
    assert "IPTC:TimeCreated" not in back


# IIM byte limits


def test_utf8_cut_keeps_whole_characters() -> None:
    assert utf8_cut("Kyiv", 32) == "Kyiv"
    assert utf8_cut("a" * 40, 32) == "a" * 32
    assert utf8_cut("Київ" * 5, 9) == "Київ"  # 9 bytes hold four and a half letters: four
    assert utf8_cut("🙂🙂", 7) == "🙂"
    for limit in range(12):
        cut = utf8_cut("aé€🙂" * 2, limit)
        assert len(cut.encode("utf-8")) <= limit and ("aé€🙂" * 2).startswith(cut)


def test_values_over_an_iim_limit_are_warned_cut_in_iim_and_whole_in_xmp() -> None:
    city = "Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch"  # 58 bytes
    exact = "Ж" * 16  # exactly 32 bytes: no warning
    long_caption = "x" * 1995 + " Київ"  # 2000 characters, 2004 bytes
    record = CaptionRecord(
        id="long",
        caption=long_caption,
        description=long_caption,
        location=Location(city=city, province_state=exact, country="C" * 70, country_code_alpha3="GBR"),
        creator="Maximilian Alexander von Hohenzollern",  # 37 bytes
        source="S",
        restrictions=(Restriction(kind=RestrictionKind.EMBARGO, text="E" * 300),),
    )
    obj = captions.to_exiftool(record)
    assert obj["XMP-photoshop:City"] == city and obj["IPTC:City"] == city[:32]
    assert obj["IPTC:Province-State"] == exact
    assert obj["IPTC:Country-PrimaryLocationName"] == "C" * 64
    assert obj["IPTC:By-line"] == ["Maximilian Alexander von Hohenzo"] and obj["XMP-dc:Creator"] == [
        record.creator
    ]
    assert obj["IPTC:SpecialInstructions"] == "E" * 256 and obj["XMP-photoshop:Instructions"] == "E" * 300
    assert (
        obj["IPTC:Caption-Abstract"] == "x" * 1995 + " Ки"
        and obj["XMP-dc:Description-x-default"] == long_caption
    )
    warned = captions.with_iim_warnings(record)
    messages = [w.message for w in warned.warnings if w.code.value == "iim_too_long"]
    tags = sorted(m.split(" ")[0] for m in messages)
    assert tags == [
        "IPTC:By-line",
        "IPTC:Caption-Abstract",
        "IPTC:City",
        "IPTC:Country-PrimaryLocationName",
        "IPTC:SpecialInstructions",
    ]
    assert "IPTC:City is 58 bytes, over its IIM limit of 32" in " ".join(messages)
    assert captions.with_iim_warnings(warned) == warned  # once only


def test_iim_checks_warn_as_the_whole_export_does() -> None:
    # The IIM check reads only the properties IIM limits; it must warn exactly as the export it stands for.
    long_name = "Maximilian Alexander von Hohenzollern"
    records = [
        CaptionRecord(id="plain", caption="Kyiv", description="Kyiv", source="AP"),
        CaptionRecord(
            id="long",
            caption="x" * 2100,
            description="x" * 2100,
            date_created="2022-06-11",
            location=Location(
                sublocation="S" * 40,
                city="C" * 40,
                province_state="P" * 40,
                country="N" * 70,
                country_code_alpha3="GBR",
            ),
            creator=long_name,
            credit_line=f"Photo by {long_name}/Getty Images",
            source="Getty Images Entertainment Europe",
            persons=(Person(name=long_name),),
            provenance=(Provenance(kind=ProvenanceKind.HANDOUT, text="Handout", party="P" * 300),),
            restrictions=(Restriction(kind=RestrictionKind.EMBARGO, text="E" * 300),),
        ),
        # Characters of two and three bytes: over the limit in bytes only, and under it.
        CaptionRecord(
            id="bytes",
            caption="é" * 1001,
            description="é" * 1001,
            location=Location(
                city="Ünterschönbrück-Mühlhäußenö", country="日本国" * 7, country_code_alpha3="JPN"
            ),
            creator="Şükrü Öztürk-Çağlayangüllü",
            credit_line="共同通信社" * 2,
            provenance=(Provenance(kind=ProvenanceKind.POOL, text="Pool"),),
        ),
    ]
    for record in records:
        _, expected = import_object(record)
        assert iim_warnings(record) == expected, record.id
    assert len(iim_warnings(records[1])) == 9 and not iim_warnings(records[0])
    assert [w.message.split(" is ")[0] for w in iim_warnings(records[2])] == [
        "IPTC:Caption-Abstract",
        "IPTC:By-line",
        "IPTC:City",
    ]


def test_iim_warnings_reach_the_summary_and_the_records(tmp_path: Path) -> None:
    caption = "A man walks in Kyiv, Ukraine, June 11, 2022. (Ukrainian Presidential Press Office via AP)"
    out, result = _normalize(tmp_path, [caption], "jsonl")
    (record,) = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [w["code"] for w in record["warnings"]] == ["iim_too_long"]
    assert "iim_too_long" in result.stderr
    assert "r0: IPTC:Credit is 42 bytes, over its IIM limit of 32" in result.stderr


# --format xmp


@pytest.mark.slow
def test_xmp_sidecars_are_rdf_and_read_back_by_exiftool(tmp_path: Path) -> None:
    out, result = _normalize(tmp_path, [SEED[0], SEED[1], TRICKY], "xmp")
    names = sorted(p.name for p in out.iterdir())
    assert names == ["r0.xmp", "r1.xmp", "r2.xmp"]  # nothing half-written left behind
    assert "3 sidecars written" in result.stderr
    rdf = "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}"
    tree = ET.parse(out / "r0.xmp")
    (description,) = tree.getroot().iter(f"{rdf}Description")
    (alt,) = description.iter(f"{rdf}Alt")
    assert alt[0].get("{http://www.w3.org/XML/1998/namespace}lang") == "x-default"
    resources = [li for li in description.iter(f"{rdf}li") if li.get(f"{rdf}parseType") == "Resource"]
    assert len(resources) == 1  # the location shown
    if shutil.which("exiftool") is None:
        pytest.skip("ExifTool is not installed")
    back = {Path(b["SourceFile"]).stem: b for b in _exiftool_json(*(str(p) for p in sorted(out.iterdir())))}
    for n, caption in enumerate([SEED[0], SEED[1], TRICKY]):
        expected = captions.to_exiftool(captions.normalise(caption, id=f"r{n}", reference_date="2022-06-12"))
        _assert_same_xmp(expected, back[f"r{n}"])


def _assert_same_xmp(expected: dict[str, Any], back: dict[str, Any]) -> None:
    """Every XMP value of an import object as ExifTool reads it back."""
    for tag, value in expected.items():
        if not tag.startswith("XMP-"):
            continue
        got = back[tag.removesuffix("-x-default")]
        if tag.endswith("DateCreated"):
            assert got.replace(":", "-") == value, tag
        elif tag.endswith("LocationShown"):
            for shown, read in zip(value, got, strict=True):
                for field, item in shown.items():
                    assert read[field] == (pytest.approx(item) if isinstance(item, float) else item), field
        else:
            assert got == value, tag


def test_xmp_needs_a_directory(tmp_path: Path) -> None:
    src = tmp_path / "b.txt"
    src.write_text(SEED[0], encoding="utf-8")
    assert runner.invoke(app, ["normalize", str(src), "--format", "xmp"]).exit_code == 2


def test_xmp_sidecar_names_and_escaping() -> None:
    record = captions.normalise(TRICKY, id="samples/seed.txt:3")
    assert captions._export._xmp.sidecar_name(record) == "seed.txt_3.xmp"
    image = record.model_copy(update={"meta": {"image": "photos/DSC_0042.jpg"}})
    assert captions._export._xmp.sidecar_name(image) == "DSC_0042.xmp"
    text = captions.to_xmp(record.model_copy(update={"description": "a\x00b\x0b<c> & \"d\" 'e' \r f"}))
    assert "a b&lt;c&gt; &amp; &quot;d&quot; 'e' &#xD; f" not in text  # NUL dropped, not spaced
    assert "ab&lt;c&gt; &amp; &quot;d&quot; 'e' &#xD; f" in text
    ET.fromstring(text.split("?>", 1)[1].rsplit("<?xpacket", 1)[0])  # well-formed XML


# CSV


def test_csv_cells_cannot_run_as_formulas(tmp_path: Path) -> None:
    texts = [TRICKY, "+1 555 0100 rings in Kyiv.", "@SUM(A1:A9) in Kyiv.", "-2+3 in Kyiv.", "\tTab in Kyiv."]
    out, _ = _normalize(tmp_path, texts, "csv")
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"), newline="")))
    assert [r["caption"][:2] for r in rows] == ["'=", "'+", "'@", "'-", "'\t"]
    assert rows[0]["caption"] == "'" + TRICKY  # the rest kept as written, quotes and all
    assert float(rows[0]["longitude"]) > 0 and rows[0]["latitude"][0].isdigit()
    negative = captions._export.csv_row(
        CYRILLIC.model_copy(update={"location": Location(longitude=-0.12574)})
    )
    assert negative["longitude"] == "-0.12574"  # a number is no formula: left alone


# the tricky caption in every format


@pytest.mark.parametrize("fmt", ["jsonl", "json", "csv", "iptc", "exiftool", "xmp"])
def test_markup_quotes_and_formula_survive_every_format(tmp_path: Path, fmt: str) -> None:
    out, _ = _normalize(tmp_path, [TRICKY], fmt)
    if fmt == "xmp":
        text = (out / "r0.xmp").read_text(encoding="utf-8")
        assert "&lt;" in text and "&amp;" in text and "&quot;Ukraine" in text
        root = ET.fromstring(text.split("?>", 1)[1].rsplit("<?xpacket", 1)[0])
        assert TRICKY_DESCRIPTION in [
            li.text for li in root.iter("{http://www.w3.org/1999/02/22-rdf-syntax-ns#}li")
        ]
        return
    text = out.read_text(encoding="utf-8")
    if fmt == "jsonl":
        assert json.loads(text)["description"] == TRICKY_DESCRIPTION
    elif fmt == "json":
        assert json.loads(text)[0]["description"] == TRICKY_DESCRIPTION
    elif fmt == "csv":
        (row,) = csv.DictReader(io.StringIO(text, newline=""))
        assert row["description"] == "'" + TRICKY_DESCRIPTION
    elif fmt == "iptc":
        (doc,) = json.loads(text)
        jsonschema.Draft202012Validator(schema()).validate([doc])
        assert doc["photoVideoMetadataIPTC"]["description"]["x-default"] == TRICKY_DESCRIPTION
    else:
        (obj,) = json.loads(text)
        assert obj["XMP-dc:Description-x-default"] == obj["IPTC:Caption-Abstract"] == TRICKY_DESCRIPTION


# What IPTC changed after Standard 2017.1, the version of its schema in ../shared/iptc: a property renamed
# (2025.1 name: 2017.1 name), and structure fields that were AltLang and are plain text in 2025.1 (City,
# Country Name... of a Location). The items are checked against that schema in its terms.
RENAMED_SINCE_2017 = {"provinceState": "provinceStatePhoto"}
STRUCTURES_2017 = {"locationsShown": "Location", "personsShown": "PersonWDetails"}
IPTC_SCHEMA_URL = "https://www.iptc.org/std/phovidmd/iptc-phovidmdshared-schema.json"


def iptc_2017_schemas() -> tuple[dict[str, Any], dict[str, Any]]:
    folder = shared_path("iptc", "json-schema-mirror-2017.1")
    main = json.loads((folder / "iptc-pmd-schema.json").read_text(encoding="utf-8"))
    shared = json.loads((folder / "iptc-phovidmdshared-schema.json").read_text(encoding="utf-8"))
    return main, shared


def iptc_schema_validator() -> jsonschema.Draft4Validator:
    """IPTC's own JSON schema (Standard 2017.1, ../shared/iptc), its shared definitions resolved locally."""
    from referencing import Registry, Resource

    main, shared = iptc_2017_schemas()
    registry: Registry[Any] = Registry().with_resource(IPTC_SCHEMA_URL, Resource.from_contents(shared))
    return jsonschema.Draft4Validator(main, registry=registry)


def as_2017(docs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    _, shared = iptc_2017_schemas()

    def item(struct: str, value: dict[str, Any]) -> dict[str, Any]:
        fields = shared["definitions"][struct]["properties"]
        altlang = {k for k, f in fields.items() if f.get("$ref", "").endswith("/AltLang")}
        return {k: {"x-default": v} if k in altlang and isinstance(v, str) else v for k, v in value.items()}

    out = []
    for doc in docs:
        ipmd = {RENAMED_SINCE_2017.get(k, k): v for k, v in doc["photoVideoMetadataIPTC"].items()}
        for name, struct in STRUCTURES_2017.items():
            if name in ipmd:
                ipmd[name] = [item(struct, v) for v in ipmd[name]]
        out.append({**doc, "photoVideoMetadataIPTC": ipmd})
    return out


def test_iptc_items_validate_against_iptcs_own_schema(tmp_path: Path) -> None:
    out, _ = _normalize(tmp_path, [*SEED, TRICKY], "iptc")
    docs = json.loads(out.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema(), format_checker=jsonschema.FormatChecker()).validate(docs)
    validator = iptc_schema_validator()
    validator.validate(as_2017(docs))
    assert all(d["photoVideoMetadata_captions"]["id"] for d in docs)
    # the id where it was, beside IPTC's container, is what IPTC's schema refuses
    assert not validator.is_valid([{"id": "r0", **as_2017(docs)[0]}])


@pytest.mark.parametrize(
    ("caption", "keywords"),
    [
        (
            "Supporters of a presidential candidate cheer at a rally in Nairobi, Kenya, March 4, 2013. "
            "REUTERS/Thomas Mukoya (KENYA - Tags: POLITICS ELECTIONS)",
            ["POLITICS", "ELECTIONS"],
        ),
        (
            "Cast members pose at the premiere of a film in Hollywood, California, July 21, 2014. "
            "REUTERS/Danny Moloshok\nKeywords: film, premiere, red carpet",
            ["film", "premiere", "red carpet"],
        ),
        (
            "Cast members pose at the premiere of a film in Hollywood, California, July 21, 2014. "
            "REUTERS/Danny Moloshok\nKEYWORDS: FILM; PREMIERE",
            ["FILM", "PREMIERE"],
        ),
        ("A tram passes through Zurich, Switzerland, June 7, 2022. (AP Photo/Ann Lee)", None),
    ],
)
def test_tag_lines_go_to_keywords_not_the_description(caption: str, keywords: list[str] | None) -> None:
    ipmd = captions.to_iptc(captions.normalise(caption))["photoVideoMetadataIPTC"]
    assert ipmd.get("keywords") == keywords
    description = ipmd["description"]["x-default"]
    assert "Tags:" not in description and "Keywords:" not in description.title()
    assert description.endswith(("Mukoya", "Moloshok", "Ann Lee)"))
    obj = captions.to_exiftool(captions.normalise(caption))
    assert obj.get("XMP-dc:Subject") == obj.get("IPTC:Keywords") == keywords
