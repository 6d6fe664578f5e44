"""Field scores on labelled captions.

Our own corpora (tests/corpus/) are scored by our own scorer (tests/corpus/scoring.py), so a plain clone
gets an accuracy signal: agency_styles.jsonl holds captions written in the agencies' styles,
holdout.jsonl 80 more and holdout2.jsonl 60 more, each written apart from the rules and first scored
before any rule saw them. The shared corpora (../shared, absent from a user's clone: those tests skip)
are scored with the project lead's scorer, as the hidden sets are, and must agree with ours.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ROOT, shared_path
from tests.corpus.scoring import load, normalise_corpus, score

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


def _low(scores: dict[str, float], bar: float) -> dict[str, float]:
    return {f: round(scores[f], 3) for f in FIELDS if f in scores and scores[f] < bar}


@pytest.mark.parametrize(
    "name",
    [
        "agency_styles",
        "holdout",
        "holdout2",
        "holdout3",
        "holdout4",
        "holdout5",
        "holdout6",
        "holdout7",
        "holdout8",
        "holdout9",
        "holdout10",
        "holdout11",
        "holdout13",
        "holdout14",
        "holdout15",
        "holdout16",
        "holdout17",
        "holdout18",
        "holdout19",
        "holdout20",
        "holdout22",
        "holdout23",
        "holdout25",
        "holdout27",
        "holdout31",
        "holdout32",
        "holdout33",
        "holdout35",
        "holdout37",
        "holdout41",
        "holdout48",
        "holdout50",
        "holdout51",
        "holdout52",
        "holdout53",
        "holdout54",
        "probe_s23",
        "probe_places_s23",
        "probe_subl_s25",
        "probe_subl_s26",
        "probe_subl_s27",
        "probe_subl_s28",
        "probe_subl_s29",
        "probe_subl_s29r2",
        "probe_people_s25",
        "probe_people_s26",
        "probe_people_s27",
        "probe_people_s28",
        "probe_people_s29",
        "probe_people_s29r2",
        "probe_people_s30",
        "probe_people_s30r2",
        "probe_credits_s25",
        "probe_credits_s28",
        "probe_credits_s29",
        "probe_feeds_s30",
        "probe_wire_s30",
        "probe_sports_s29r3",
        "probe_travel_s29r4",
        "probe_towns_s25",
        "probe_dates_s26",
        "probe_places_s26",
        "probe_places_s27",
        "probe_places_s28",
        "probe_places_s28r2",
        "probe_places_s29r2",
        "probe_places_s30",
        "probe_places_s31",
        "probe_people_s31",
        "probe_people_s31r2",
        "probe_rest_s31",
        "probe_europe_s31",
        "probe_latam_s31",
        "probe_pages_s31",
        "probe_towns_s31",
        "probe_subl_s32",
        "probe_people_s32",
        "probe_credits_s32",
        "probe_south_s32",
        "probe_dates_s32",
        "probe_people_s32r2",
        "probe_dates_s32r3",
        "probe_chains_s32",
        "probe_datelines_s32",
        "probe_places_s33",
        "probe_people_s33",
        "probe_calendars_s33",
        "probe_subl_s33",
        "probe_dates_s33",
        "probe_people_s33r4",
        "probe_home_s34",
        "probe_sites_s34",
        "probe_ranking_s34",
        "probe_credits_s34",
        "probe_local_s34",
        "probe_sport_s34",
        "probe_credits_s34r2",
        "probe_towns_s34r3",
        "probe_divisions_s34r3",
        "probe_credits_south_s34r3",
        "probe_silent_s34r4",
        "probe_outlets_s35",
        "probe_europe_s35",
        "probe_handouts_s35",
        "probe_fuzzy_s35",
        "probe_europe_s35r2",
        "probe_features_s35r2",
        "probe_persons_s35r2",
        "probe_asia_s35r2",
        "holdout56",
        "holdout57",
        "holdout64",
        "holdout67",
        "holdout69",
        "holdout72",
        "holdout73",
        "probe_asia_s36",
        "probe_fields_s36",
        "probe_fields_s36r2",
        "probe_local_s36r2",
        "probe_subl_s36",
        "probe_trust2_s36",
    ],
)
def test_own_corpus_scores(name: str) -> None:
    cases = load(ROOT / "tests" / "corpus" / f"{name}.jsonl")
    report = score(cases, normalise_corpus(cases))
    assert report.missing == 0
    assert not _low(report.scores, 0.9), f"fields under 0.9: {_low(report.scores, 0.9)}"


def _shared_scores(corpus: Path) -> dict[str, Any]:
    result = subprocess.run(
        [sys.executable, str(shared_path("eval", "score.py")), str(corpus), "--json"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    )
    report: dict[str, Any] = json.loads(result.stdout)
    assert report["missing_records"] == 0
    return report


@pytest.mark.parametrize("name", ["dev", "real"])
def test_shared_corpus_scores(name: str) -> None:
    got = _shared_scores(shared_path("corpus", f"{name}.jsonl"))["scores"]
    assert not _low(got, 0.97), f"fields under 0.97: {_low(got, 0.97)}"


@pytest.mark.parametrize("name", ["wild_a", "wild_b"])
def test_wild_corpus_scores(name: str) -> None:
    # Issue 13's bar on real captions as found: every field 0.95, and few wrong fields left unflagged.
    report = _shared_scores(shared_path("corpus", f"{name}.jsonl"))
    assert not _low(report["scores"], 0.95), f"fields under 0.95: {_low(report['scores'], 0.95)}"
    assert report["silent_errors"] <= 0.015


@pytest.mark.slow
def test_our_scorer_agrees_with_the_shared_one() -> None:
    corpus = shared_path("corpus", "wild_a.jsonl")
    theirs = _shared_scores(corpus)
    cases = load(corpus)
    ours = score(cases, normalise_corpus(cases))
    assert {k: round(v, 6) for k, v in ours.scores.items()} == {
        k: round(v, 6) for k, v in theirs["scores"].items()
    }
    assert round(ours.silent_rate, 6) == round(theirs["silent_errors"], 6)
    assert round(ours.alarm_rate, 6) == round(theirs["false_alarms"], 6)
