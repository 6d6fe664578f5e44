"""The cached index's file name carries a fingerprint of everything it is built from: a changed data file or
build module makes the next start build a fresh index instead of reading a stale one."""

from __future__ import annotations

from importlib import resources

import pytest

from gazetteer import _schema

# Read by the resolver at run time, never built into the index.
RUNTIME_ONLY = {
    "NOTICE",
    "county_first.toml",
    "english_named.toml",
    "not_places.toml",
    "shared_country_names.toml",
}


def test_every_build_input_is_fingerprinted() -> None:
    shipped = {f.name for f in resources.files("gazetteer").joinpath("data").iterdir() if f.is_file()}
    assert shipped - RUNTIME_ONLY == set(_schema._DATA_FILES)


@pytest.mark.parametrize("changed", _schema._DATA_FILES)
def test_a_changed_data_file_changes_the_index_name(monkeypatch: pytest.MonkeyPatch, changed: str) -> None:
    before = _schema.data_fingerprint()  # cached now, from the real files, for the rest of the session
    real = _schema.read_data_bytes
    monkeypatch.setattr(
        _schema, "read_data_bytes", lambda name: real(name) + (b"\n" if name == changed else b"")
    )
    assert _schema.data_fingerprint.__wrapped__() != before


def test_the_fingerprint_covers_the_matching_stored_in_the_index() -> None:
    # A key's readings are stored scored: an edit to the matching or its weights must rebuild the index.
    assert {"_resolve/_readings.py", "_resolve/_weights.py"} <= set(_schema._SHARED_MODULES)
    package = _schema.resources.files("gazetteer")
    for module in _schema._SHARED_MODULES:
        assert package.joinpath(*module.split("/")).is_file()
