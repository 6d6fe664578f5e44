"""Shared fixtures: one Normaliser (and gazetteer index) for the whole session."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from captions import Normaliser, _pattern_cache

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
# ../shared beside the clone; a git worktree one level deeper (trees/NAME) finds it one level up.
SHARED = next(
    (p for p in (ROOT.parent / "shared", ROOT.parent.parent / "shared") if p.is_dir()), ROOT.parent / "shared"
)
# Tests here run ExifTool, worker processes or Dask clusters: a second or more each. `make test-fast`
# leaves out every test marked slow; `make test` runs them all.
_SLOW_FOLDERS = frozenset({"images", "engines"})


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        folders = item.path.resolve().relative_to(TESTS).parts[:-1]
        if _SLOW_FOLDERS.intersection(folders):
            item.add_marker(pytest.mark.slow)


@pytest.fixture(scope="session", autouse=True)
def session_pattern_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A pattern store of the session's own, empty at its start, in place of the one under
    CAPTIONS_CACHE_DIR: the tests compile patterns of their own, which the parser's checkpoints
    (`_pattern_cache.keep`, `flush`) would write into the real store, and what an earlier run or process left
    there (restored into re's cache when `captions` was imported) would decide what a test sees as new."""
    path = tmp_path_factory.mktemp("pattern-store") / "patterns.marshal"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_pattern_cache, "_store", lambda: path)
        for name, fresh in (("_restored", set()), ("_earlier", set()), ("_added", set()), ("_records", 0)):
            patch.setattr(_pattern_cache, name, fresh)
        re.purge()  # the real store's patterns, restored at import
        yield path


@pytest.fixture(scope="session")
def normaliser() -> Normaliser:
    return Normaliser()


def located(normaliser: Normaliser, caption: str, *fields: str) -> tuple[object, ...]:
    """The named fields of a caption's location; the test fails if the record has no location."""
    location = normaliser.normalise(caption).location
    assert location is not None, caption
    return tuple(getattr(location, field) for field in fields)


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or skip the test: a user's clone does not have it."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent (../shared comes with the project workspace, not with the repository)")
    return path
