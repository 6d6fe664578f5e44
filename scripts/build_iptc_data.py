#!/usr/bin/env python3
"""Generate the IPTC reference data the exporters ship, from the IPTC Photo Metadata TechReference 2025.1.

Writes two files into captions/data/:

- ``iptc_pmd.json``: for every top-level property and structure field of IPTC Photo Metadata 2025.1, its
  JSON (ipmd) type, XMP id and RDF container, ExifTool tags (XMP and IIM) and IIM byte limit. The exporters
  read field names, tags and byte limits from it, never from code.
- ``iptc-pmd-2025.1.schema.json``: a JSON Schema (draft 2020-12) of ``captions normalize --format iptc``,
  an array of ``{"photoVideoMetadataIPTC": {ipmd properties}, "photoVideoMetadata_captions": {"id": ...}}``.
  Date-time properties accept truncated dates ("2022-06-11", "2022-06", "2022"), as the standard prefers
  for Date Created.

Sources (both in the project workspace's ../shared/iptc, see its SOURCE.md; content © IPTC, CC BY 4.0):
the TechReference JSON gives names, types, tags and byte limits; the spec tables derived from the 2025.1
specification give the XMP container (Bag, Seq, Lang Alt), which the TechReference does not carry.

    python scripts/build_iptc_data.py            # rewrite the two files
    python scripts/build_iptc_data.py --check    # exit 1 when the committed files are stale

tests/export/test_export_data.py regenerates both in memory and compares them with the committed ones.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _generated

ROOT = Path(__file__).resolve().parent.parent
# ../shared beside the clone (a git worktree one level deeper finds it one level up, as tests/conftest.py)
SHARED_IPTC = next(
    (p / "iptc" for p in (ROOT.parent / "shared", ROOT.parent.parent / "shared") if p.is_dir()),
    ROOT.parent / "shared" / "iptc",
)
TECHREFERENCE = SHARED_IPTC / "techreference" / "iptc-pmd-techreference_2025.1.json"
SPEC_TABLES = SHARED_IPTC / "derived" / "iptc-pmd-2025.1-spec-tables.json"
DATA = ROOT / "captions" / "data"
PMD_FILE = "iptc_pmd.json"
SCHEMA_FILE = "iptc-pmd-2025.1.schema.json"
EXTENSION = "photoVideoMetadata_captions"  # captions/_export/_iptc.py writes the record id under it
STANDARD = "IPTC Photo Metadata 2025.1"

# The AltLang key pattern (a BCP 47 language tag, or private use such as "x-default") as IPTC's published
# JSON Schema gives it (iptc-phovidmdshared-schema.json, "AltLang"). The copy in the 2025.1 specification
# text (12.13.1) has lost a parenthesis and matches not even "en".
ALTLANG_KEY = (
    r"^(((([A-Za-z]{2,3}(-([A-Za-z]{3}(-[A-Za-z]{3}){0,2}))?)|[A-Za-z]{4}|[A-Za-z]{5,8})(-([A-Za-z]{4}))?"
    r"(-([A-Za-z]{2}|[0-9]{3}))?(-([A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*"
    r"(-([0-9A-WY-Za-wy-z](-[A-Za-z0-9]{2,8})+))*(-(x(-[A-Za-z0-9]{1,8})+))?)|(x(-[A-Za-z0-9]{1,8})+))$"
)
# XMP Date (truncated ISO 8601): the standard prefers "2022-06-11" or "2022" to an invented time.
TRUNCATED_DATE_TIME = (
    r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2}"
    r"(T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]+)?)?(Z|[+-][0-9]{2}:[0-9]{2})?)?)?)?$"
)
_CONTAINER = re.compile(r"^(?P<id>\S+) \[(?P<kind>Bag|Seq|Lang Alt)\b")


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _containers(spec_tables: list[dict[str, Any]]) -> dict[str, str]:
    """XMP id -> "Bag", "Seq" or "Alt", from each table's "XMP Specs" row ("dc:creator [Seq ProperName]")."""
    found: dict[str, str] = {}
    for table in spec_tables:
        match = _CONTAINER.match(table.get("rows", {}).get("XMP Specs", ""))
        if match:
            found[match["id"]] = "Alt" if match["kind"] == "Lang Alt" else match["kind"]
    return found


def _entry(prop: dict[str, Any], containers: dict[str, str], *, top: bool) -> dict[str, Any]:
    xmp = prop.get("XMPid")
    entry: dict[str, Any] = {
        "name": prop["name"],
        "datatype": prop["datatype"],
        "dataformat": prop.get("dataformat"),
        "multi": prop["propoccurrence"] == "multi",
        "xmp": xmp,
        "xmp_container": containers.get(xmp or ""),
    }
    if top:
        entry["exiftool_xmp"] = prop.get("etXMP")
        entry["exiftool_iim"] = prop.get("etIIM")
        entry["iim"] = prop.get("IIMid")
        entry["iim_max_bytes"] = prop.get("IIMmaxbytes")
    else:
        entry["exiftool"] = prop.get("etTag")
    return entry


def pmd_data(
    techref: dict[str, Any], spec_tables: list[dict[str, Any]], source_sha256: str
) -> dict[str, Any]:
    containers = _containers(spec_tables)
    structures: dict[str, Any] = {}
    for struct, fields in sorted(techref["ipmd_struct"].items()):
        if struct == "AltLang":  # a language map, not a structure of named fields
            continue
        structures[struct] = {
            name: _entry(field, containers, top=False)
            for name, field in sorted(fields.items())
            if isinstance(field, dict)
        }
    return {
        "standard": STANDARD,
        "generated_by": "scripts/build_iptc_data.py",
        "source": {
            "techreference": TECHREFERENCE.name,
            "release_timestamp": techref["release_timestamp"],
            "sha256": source_sha256,
            "licence": "IPTC, CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)",
        },
        "properties": {
            name: _entry(prop, containers, top=True) for name, prop in sorted(techref["ipmd_top"].items())
        },
        "structures": structures,
    }


def _value_schema(prop: dict[str, Any]) -> dict[str, Any]:
    datatype, dataformat = prop["datatype"], prop.get("dataformat")
    one: dict[str, Any]
    if datatype == "struct":
        one = {"$ref": f"#/$defs/{dataformat}"}
    elif datatype == "number":
        one = {"type": "integer" if dataformat == "integer" else "number"}
    elif datatype == "string":
        one = {"type": "string"}
        if dataformat in ("uri", "url"):
            one["format"] = "uri"
        elif dataformat == "date-time":
            one["pattern"] = TRUNCATED_DATE_TIME
    else:
        raise ValueError(f"unknown datatype {datatype!r} of {prop['name']!r}")
    if prop["propoccurrence"] == "multi":
        return {"title": prop["name"], "type": "array", "items": one}
    return {"title": prop["name"], **one}


def _object_schema(fields: dict[str, Any], title: str) -> dict[str, Any]:
    properties = {}
    open_ended = False
    for name, field in sorted(fields.items()):
        if not isinstance(field, dict):
            continue
        if name.startswith("$any"):  # "any other ipmd property" (Image Region)
            open_ended = True
            continue
        properties[name] = _value_schema(field)
    return {"title": title, "type": "object", "properties": properties, "additionalProperties": open_ended}


def schema(techref: dict[str, Any]) -> dict[str, Any]:
    defs: dict[str, Any] = {
        "record": {
            "title": "One caption record as IPTC photo metadata",
            "type": "object",
            "required": ["photoVideoMetadataIPTC", EXTENSION],
            "properties": {
                "photoVideoMetadataIPTC": {"$ref": "#/$defs/photoVideoMetadataIPTC"},
                # IPTC's schema leaves "photoVideoMetadata_*" keys to other parties: ours holds the id.
                EXTENSION: {
                    "title": "What captions adds: the record id",
                    "type": "object",
                    "required": ["id"],
                    "properties": {
                        "id": {
                            "title": "The record id (the image file's stem when read from an image)",
                            "type": "string",
                        }
                    },
                    "additionalProperties": False,
                },
            },
            "additionalProperties": False,
        },
        "photoVideoMetadataIPTC": _object_schema(techref["ipmd_top"], f"{STANDARD} properties (ipmd JSON)"),
        "AltLang": {
            "title": "Text in alternative languages: BCP 47 language tag (or x-default) to text",
            "type": "object",
            "patternProperties": {ALTLANG_KEY: {"type": "string"}},
            "additionalProperties": False,
        },
    }
    for struct, fields in sorted(techref["ipmd_struct"].items()):
        if struct != "AltLang":
            defs[struct] = _object_schema(fields, f"{struct} structure")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": f"captions normalize --format iptc ({STANDARD})",
        "description": (
            "Generated by scripts/build_iptc_data.py from the IPTC Photo Metadata TechReference "
            f"{techref['release_timestamp']} (IPTC, CC BY 4.0). Date-time properties also accept "
            "truncated dates (YYYY, YYYY-MM, YYYY-MM-DD)."
        ),
        "type": "array",
        "items": {"$ref": "#/$defs/record"},
        "$defs": defs,
    }


def _dump(data: dict[str, Any]) -> str:
    return json.dumps(data, indent=1, ensure_ascii=False) + "\n"


def generate(techreference: Path = TECHREFERENCE, spec_tables: Path = SPEC_TABLES) -> dict[str, str]:
    """File name -> content of every generated file."""
    techref = json.loads(techreference.read_text(encoding="utf-8"))
    tables = json.loads(spec_tables.read_text(encoding="utf-8"))
    return {
        PMD_FILE: _dump(pmd_data(techref, tables, _sha256(techreference))),
        SCHEMA_FILE: _dump(schema(techref)),
    }


def main(argv: list[str] | None = None) -> int:
    args = _generated.arguments(__doc__, argv)
    outputs = {DATA / name: text for name, text in generate().items()}
    return _generated.write_or_check(outputs, check=args.check, script=__file__)


if __name__ == "__main__":
    sys.exit(main())
