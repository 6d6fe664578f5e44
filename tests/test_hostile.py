"""Hostile input: any text gives exactly one record, fast, the same every time, and exports that parse.

Property-based (hypothesis) over arbitrary text and over text built from caption fragments, plus the
sizes that break backtracking regular expressions. Timing bounds here are generous on purpose: they catch
catastrophic backtracking, not slowness (measured in benchmarks/).
"""

from __future__ import annotations

import csv
import io
import json
import time
import xml.etree.ElementTree as ET
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from captions import CaptionRecord, Normaliser, to_xmp
from captions._export import write

FRAGMENTS = [
    "People walk towards an evacuation train",
    "Ukrainian President Volodymyr Zelenskyy, center,",
    "FILE -",
    "EDS NOTE: GRAPHIC CONTENT -",
    "KYIV, UKRAINE - JUNE 11:",
    "07.12.2019, USA, Newport News:",
    "in Pokrovsk railway station,",
    "near Schastia town,",
    "on the territory which is under the Government of the Luhansk People's Republic control,",
    "eastern Ukraine,",
    "in Mariposa, Calif.,",
    "in the town of Lysychansk, Luhansk region, Ukraine",
    "Saturday, June 11, 2022.",
    "on June 7.",
    "11 June 2022",
    "Jan.10, 2024.",
    "This photo was taken during a trip organized by the Russian Ministry of Defense.",
    "In this photo provided by the Ukrainian Presidential Press Office,",
    "(AP Photo/Efrem Lukatsky)",
    "(AP Photo/Ann Lee, File)",
    "(Louis Martin, Pool Photo via AP)",
    "REUTERS/Stringer",
    "Maxar Technologies/Handout via REUTERS",
    "(Photo by JULIEN MOREAU / AFP)",
    "EPA-EFE/SERGEY BONDARENKO",
    "Photo: Jonas Keller/dpa",
    "THE CANADIAN PRESS/HO-Mary Lund, *MANDATORY CREDIT*",
    "ATTENTION EDITORS - THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY.",
    "SOUTH KOREA OUT",
    "<b>",
    "&amp;",
    "\n",
    "\r\n\r\n",
    "..",
    "(",
    ")",
    ",",
]

caption_like = st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=12), max_size=25).map(" ".join)
any_text = st.text(max_size=1500) | caption_like

FAST = settings(
    max_examples=int(__import__("os").environ.get("HYPO_N", "150")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)


def _fields(record: CaptionRecord) -> dict[str, Any]:
    """What a record says of its caption: everything but its id and verbatim input."""
    data = record.model_dump(mode="json")
    for key in ("id", "caption", "meta", "reference_date"):
        data.pop(key)
    return data


@FAST
@given(text=any_text)
def test_any_text_gives_one_record_and_no_error(normaliser: Normaliser, text: str) -> None:
    record = normaliser.normalise(text, id="x")
    assert record.id == "x" and record.caption == text
    assert "parse_error" not in {w.code.value for w in record.warnings}
    assert CaptionRecord.model_validate_json(record.model_dump_json()) == record


@FAST
@given(text=any_text)
def test_records_are_deterministic(normaliser: Normaliser, text: str) -> None:
    assert normaliser.normalise(text, id="x") == normaliser.normalise(text, id="x")


@FAST
@given(text=any_text)
def test_a_description_normalises_to_the_same_fields(normaliser: Normaliser, text: str) -> None:
    first = normaliser.normalise(text, reference_date="2022-06-12")
    again = normaliser.normalise(first.description, reference_date="2022-06-12")
    assert _fields(again) == _fields(first)


@settings(
    max_examples=int(__import__("os").environ.get("HYPO_N", "60")) // 2,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(texts=st.lists(any_text, min_size=1, max_size=6))
def test_exports_parse_back_for_any_text(normaliser: Normaliser, texts: list[str]) -> None:
    records = [normaliser.normalise(text, id=f"id-{i}") for i, text in enumerate(texts)]

    stream = io.StringIO()
    write(records, stream, "jsonl")
    assert [json.loads(line)["id"] for line in stream.getvalue().splitlines()] == [r.id for r in records]

    stream = io.StringIO()
    write(records, stream, "json")
    assert [item["caption"] for item in json.loads(stream.getvalue())] == texts

    stream = io.StringIO(newline="")
    write(records, stream, "csv")
    rows = list(csv.DictReader(io.StringIO(stream.getvalue(), newline="")))
    assert [row["id"] for row in rows] == [r.id for r in records]

    for record in records:
        ET.fromstring(to_xmp(record))  # well-formed XML, whatever the caption held


HUGE = {
    "a 1 MB caption": (
        "People walk towards an evacuation train in Pokrovsk railway station, eastern Ukraine, Saturday, "
        "June 11, 2022. (AP Photo/Efrem Lukatsky) "
    )
    * 7700,
    "100,000 commas": "," * 100_000,
    "10,000 AP credit openings": "(AP Photo/" * 10_000,
    "a place chain repeated": "in the town of Kyiv, Kyiv region, " * 10_000 + "Ukraine, June 1, 2022.",
    "nested parentheses": "(" * 50_000 + ")" * 50_000,
    "a million spaces": " " * 1_000_000,
    "capitalised words without end": "Aaa Bbb " * 100_000,
}


@pytest.mark.parametrize("name", list(HUGE))
def test_huge_inputs_take_linear_time(normaliser: Normaliser, name: str) -> None:
    start = time.perf_counter()
    record = normaliser.normalise(HUGE[name])
    elapsed = time.perf_counter() - start
    assert record.caption == HUGE[name]
    assert elapsed < 5.0, f"{name}: {elapsed:.2f} s (under 1 s on a laptop; catastrophic backtracking?)"
