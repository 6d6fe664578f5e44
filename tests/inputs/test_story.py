"""Stories as input: the caption paragraphs at the end of a news story, dated by its header; the body is
ignored whatever dates and places it quotes."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from captions import read_story
from captions._inputs import open_inputs
from captions.cli import app
from tests.conftest import ROOT

runner = CliRunner()
SAMPLE = ROOT / "samples" / "story" / "ap-ukraine-2022-06-12.txt"

STORY = """\
date 2024-03-05

KYIV, Ukraine (AP) — Russian drones struck Kyiv, Ukraine, on Monday, March 4, 2024, officials said.

"We saw the fire from Kharkiv," a resident of Kharkiv, Ukraine, said Monday, March 4, 2024.

Support for the war effort is steady, according to a Reuters/Ipsos poll.

Officials told reporters in a long statement (Reuters) that the count would take days.

Associated Press writer Hanna Arhirova contributed.

Firefighters work at a damaged building in Kyiv, Ukraine, Monday, March 4, 2024. (AP Photo/Efrem Lukatsky)

A woman cries near her house in Kyiv, Ukraine, Monday, March 4, 2024.

Rescuers carry a man out of the rubble in Kyiv, Ukraine, Monday, March 4, 2024. (AP Photo/Vadim Ghirda)

___

Follow AP's coverage of the war at https://apnews.com/hub/russia-ukraine
"""


def records(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def test_the_sample_story_gives_exactly_its_seven_captions() -> None:
    result = runner.invoke(app, ["normalize", str(SAMPLE), "--story"])
    assert result.exit_code == 0, result.output
    out = records(result.stdout)
    seed = [p.strip() for p in (ROOT / "samples" / "seed.txt").read_text(encoding="utf-8").split("\n\n")]
    assert [r["caption"] for r in out] == [p for p in seed if p]
    assert [r["id"] for r in out] == [f"{SAMPLE}:{n}" for n in range(1, 8)]
    assert {r["date_created"] for r in out} == {"2022-06-11"}
    assert {r["reference_date"] for r in out} == {"2022-06-12"}
    assert out[2]["creator"] == "Efrem Lukatsky" and out[2]["location"]["city"] == "Pokrovsk"


def test_captions_are_the_last_run_of_credited_paragraphs() -> None:
    story = read_story(STORY)
    assert story.reference_date == "2024-03-05"
    # Not the dateline paragraph, the quote, the poll or the statement, though they name dates and places
    # or look like credits; the credit-less caption between two credited ones counts; the footer does not.
    assert [c.split()[0] for c in story.captions] == ["Firefighters", "A", "Rescuers"]
    assert read_story("date 2024-03-05 " + STORY.split("\n", 2)[2]).reference_date == "2024-03-05"
    assert read_story("No captions here.\n\nNor here.").captions == ()


def test_a_story_on_stdin_and_its_header_date_as_reference(tmp_path: Path) -> None:
    result = runner.invoke(app, ["normalize", "-", "--story", "--reference-date", "2020-01-01"], input=STORY)
    assert result.exit_code == 0, result.output
    out = records(result.stdout)
    assert [r["id"] for r in out] == ["stdin:1", "stdin:2", "stdin:3"]
    assert {r["reference_date"] for r in out} == {"2024-03-05"}  # the story's own date wins
    assert [r["date_created"] for r in out] == ["2024-03-04"] * 3
    assert [w["code"] for w in out[1]["warnings"]] == ["missing_credit"]


def test_a_story_without_captions_stops_with_nothing_written(tmp_path: Path) -> None:
    src = tmp_path / "story.txt"
    src.write_text(
        "date 2024-03-05\n\nOfficials said on Monday, March 4, 2024, in Kyiv that ...\n", encoding="utf-8"
    )
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["normalize", str(src), "--story", "--output", str(out)])
    assert result.exit_code == 1 and "no captions found" in result.stderr and str(src) in result.stderr
    assert not out.exists()


def test_samples_keeps_stories_out_of_make_run() -> None:
    # `make run` is `captions normalize samples/`: a directory is read without its subdirectories.
    items = list(open_inputs([str(ROOT / "samples")]))
    assert len(items) == 16 and not any("liberated" in item.caption for item in items)
