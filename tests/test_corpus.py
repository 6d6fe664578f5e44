"""Field scores on labelled captions, measured with the project lead's scorer.

The shared corpora live outside the repository (../shared); where they are absent these tests skip.
tests/corpus/agency_styles.jsonl holds our own captions written in the agencies' styles;
tests/corpus/holdout.jsonl 80 more and tests/corpus/holdout2.jsonl 60 more, each written apart from the
rules and first scored before any rule saw them.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT, shared_path

FIELDS = (
    "date",
    "city",
    "province_state",
    "country_code",
    "sublocation",
    "creator",
    "credit_line",
    "source",
    "persons_f1",
    "provenance_f1",
    "restrictions_f1",
    "warnings_f1",
)


def scores(corpus: Path, scorer: Path) -> dict[str, float]:
    result = subprocess.run(
        [sys.executable, str(scorer), str(corpus), "--json"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    )
    report = json.loads(result.stdout)
    assert report["missing_records"] == 0
    return dict(report["scores"])


@pytest.mark.parametrize("name", ["dev", "real"])
def test_shared_corpus_scores(name: str) -> None:
    got = scores(shared_path("corpus", f"{name}.jsonl"), shared_path("eval", "score.py"))
    low = {f: round(got[f], 3) for f in FIELDS if f in got and got[f] < 0.95}
    assert not low, f"fields under 0.95: {low}"


@pytest.mark.parametrize("name", ["agency_styles", "holdout", "holdout2"])
def test_own_corpus_scores(name: str) -> None:
    got = scores(ROOT / "tests" / "corpus" / f"{name}.jsonl", shared_path("eval", "score.py"))
    low = {f: round(got[f], 3) for f in FIELDS if f in got and got[f] < 0.9}
    assert not low, f"fields under 0.9: {low}"
