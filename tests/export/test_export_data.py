"""The IPTC reference data the exporters ship: generated from the TechReference, and consistent with the
hand-written mapping (captions/data/iptc.toml)."""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from importlib import resources
from pathlib import Path
from types import ModuleType
from typing import Any

import jsonschema
import pytest

from captions._export._iptc import SCHEMA_FILE, pmd, struct_field, top_property
from captions._rules import rules
from tests.conftest import ROOT, shared_path


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_iptc_data", ROOT / "scripts" / "build_iptc_data.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("build_iptc_data", module)
    spec.loader.exec_module(module)
    return module


def _data(name: str) -> str:
    return (resources.files("captions") / "data" / name).read_text(encoding="utf-8")


def schema() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(_data(SCHEMA_FILE))
    return loaded


def test_committed_data_matches_the_generator() -> None:
    techreference = shared_path("iptc", "techreference", "iptc-pmd-techreference_2025.1.json")
    tables = shared_path("iptc", "derived", "iptc-pmd-2025.1-spec-tables.json")
    generated = _script().generate(techreference, tables)
    assert set(generated) == {"iptc_pmd.json", SCHEMA_FILE}
    for name, text in generated.items():
        assert _data(name) == text, f"captions/data/{name} is stale: run scripts/build_iptc_data.py"


def test_iim_byte_limits_are_the_techreference_ones() -> None:
    techref = json.loads(
        shared_path("iptc", "techreference", "iptc-pmd-techreference_2025.1.json").read_text(encoding="utf-8")
    )
    for name, prop in techref["ipmd_top"].items():
        assert top_property(name)["iim_max_bytes"] == prop.get("IIMmaxbytes")
    limits = {
        n: top_property(n)["iim_max_bytes"] for n in ("cityName", "creditLine", "source", "creatorNames")
    }
    assert limits == {"cityName": 32, "creditLine": 32, "source": 32, "creatorNames": 32}
    assert top_property("countryName")["iim_max_bytes"] == 64
    assert top_property("instructions")["iim_max_bytes"] == 256
    assert top_property("description")["iim_max_bytes"] == 2000


def test_mapping_names_only_existing_properties_and_tags() -> None:
    mapping = rules("iptc")
    for name in mapping["properties"]:
        prop = top_property(name)  # KeyError if the TOML names a property 2025.1 does not have
        assert prop["exiftool_xmp"] and prop["xmp"]
    for field in mapping["location"]:
        assert struct_field("Location", field)["exiftool"]
    for field in mapping["persons"]:
        assert struct_field("PersonWDetails", field)["exiftool"]
    used_prefixes = {top_property(n)["xmp"].split(":")[0] for n in mapping["properties"]}
    assert used_prefixes <= set(mapping["namespaces"])


def test_xmp_containers_from_the_spec() -> None:
    assert top_property("creatorNames")["xmp_container"] == "Seq"
    assert top_property("locationsShown")["xmp_container"] == "Bag"
    assert top_property("description")["xmp_container"] == "Alt"
    assert struct_field("Location", "identifiers")["xmp_container"] == "Bag"
    multi = [p for p in pmd()["properties"].values() if p["multi"]]
    assert all(p["xmp_container"] in ("Bag", "Seq") for p in multi)


def test_schema_is_valid_and_relaxes_date_created() -> None:
    jsonschema.Draft202012Validator.check_schema(schema())
    validator = jsonschema.Draft202012Validator(schema())
    for date in ("2022-06-11", "2022-06", "2022", "2022-06-11T14:30:00+03:00"):
        doc = [{"photoVideoMetadataIPTC": {"dateCreated": date}, "photoVideoMetadata_captions": {"id": "a"}}]
        assert validator.is_valid(doc), date
    for bad in (
        {"dateCreated": "June 2022"},
        {"description": "not AltLang"},
        {"description": {"not a language!": "x"}},
        {"cityname": "Kyiv"},  # a name 2025.1 does not have
        {"locationsShown": [{"gpsLatitude": "48.1"}]},
    ):
        assert not validator.is_valid(
            [{"photoVideoMetadataIPTC": bad, "photoVideoMetadata_captions": {"id": "a"}}]
        ), bad
    assert not validator.is_valid([{"id": "a", "photoVideoMetadataIPTC": {}}])  # IPTC's schema has no "id"
    pattern = re.compile(next(iter(schema()["$defs"]["AltLang"]["patternProperties"])))
    assert all(pattern.match(tag) for tag in ("x-default", "en", "en-GB", "uk", "zh-Hant-TW"))


def test_generator_check_mode(tmp_path: Path) -> None:
    shared_path("iptc", "techreference")
    assert _script().main(["--check"]) == 0


@pytest.mark.parametrize("name", ["iptc_pmd.json", SCHEMA_FILE, "iptc.toml"])
def test_data_files_are_package_data(name: str) -> None:
    assert (resources.files("captions") / "data" / name).is_file()
