"""Shared fixtures: one Normaliser (and gazetteer index) for the whole session."""

from __future__ import annotations

from pathlib import Path

import pytest

from captions import Normaliser

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def normaliser() -> Normaliser:
    return Normaliser()


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or skip the test: a user's clone does not have it."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent (../shared comes with the project workspace, not with the repository)")
    return path
