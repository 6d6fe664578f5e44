"""Reference dates as feeds, files and DAM systems write them (captions/_inputs/_dates.py)."""

from __future__ import annotations

from datetime import date

import pytest
from typer.testing import CliRunner

from captions import Normaliser
from captions._inputs._dates import reference_date_of
from captions.cli import app

JUNE_12 = date(2022, 6, 12)


@pytest.mark.parametrize(
    "text",
    [
        "2022-06-12",
        " 2022-06-12 ",
        "2022-06-12T10:31:00Z",  # an ISO timestamp, as JSON feeds and DAM exports give it
        "2022-06-12T10:31:00+03:00",
        "20220612",  # IIM's Date Created
        "2022:06:12 10:31:00",  # EXIF's DateTimeOriginal
        "Sun, 12 Jun 2022 10:31:00 GMT",  # an RSS pubDate
        "June 12, 2022",
        "12 June 2022",
    ],
)
def test_whole_dates_are_read(text: str) -> None:
    assert reference_date_of(text) == JUNE_12


@pytest.mark.parametrize(
    "text",
    [
        "",
        "June 7",
        "Saturday",
        "2022",
        "2022-06",
        "Jun 2022",
        "03/04/2022",
        "2022-13-01",
        "2022-06-12 junk",
        "junk",
    ],
)
def test_a_date_that_would_need_a_guess_is_refused(text: str) -> None:
    # A missing year or day would be filled from a default, and "03/04/2022" is March or April.
    assert reference_date_of(text) is None


def test_normalise_takes_a_feed_timestamp_and_reports_a_partial_date() -> None:
    normaliser = Normaliser()
    caption = "Rescuers search the rubble in Kharkiv, Ukraine, on Saturday. (AP Photo/Andrii Marienko)"
    record = normaliser.normalise(caption, reference_date="Sun, 12 Jun 2022 10:31:00 GMT")
    assert record.date_created == "2022-06-11"
    record = normaliser.normalise(caption, reference_date="June 12")
    assert any("not a whole date" in w.message for w in record.warnings)


def test_cli_refuses_a_partial_reference_date() -> None:
    runner = CliRunner()
    result = runner.invoke(app, ["normalize", "-", "--reference-date", "2022-06"], input="A caption.\n")
    assert result.exit_code == 2
    assert "not a whole date" in result.output


@pytest.mark.parametrize(
    "text",
    [
        "2024-02-29",
        "2023-02-29",
        "2022-13-01",
        "2022-00-10",
        "2022-06-31",
        "0000-01-01",
        "9999-12-31",
        "2022-6-12",
    ],
)
def test_a_plain_iso_date_is_read_as_dateutil_reads_it(text: str) -> None:
    # Read without dateutil (a start-up's import saved): the same date, or the same refusal.
    from dateutil import parser

    try:
        expected: date | None = parser.isoparse(text).date()
    except ValueError:
        expected = None
    assert reference_date_of(text) == expected


def test_a_plain_iso_date_does_not_import_dateutil() -> None:
    import subprocess
    import sys

    code = (
        "import sys; from captions._inputs._dates import reference_date_of; "
        "assert str(reference_date_of('2024-03-05')) == '2024-03-05'; "
        "print(sorted(m for m in sys.modules if m.startswith('dateutil')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
