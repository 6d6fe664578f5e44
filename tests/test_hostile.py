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
from captions._inputs._scrub import scrub_text

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

# Hypothesis's default text has no surrogates: ask for them, and for every control, line and space
# separator, since str.strip(), str.splitlines() and UTF-8 encoders each treat some of them specially.
SEPARATORS = (
    [chr(c) for c in range(0x20)]  # C0 controls, \x1c-\x1f (file/group/record/unit separators) among them
    + [chr(c) for c in range(0x7F, 0xA0)]  # DEL and C1 controls, U+0085 (NEL) among them
    + ["\u00a0", "\u1680", "\u2028", "\u2029", "\u202f", "\u205f", "\u3000", "\ufeff", "\u00ad"]
    + [chr(c) for c in range(0x2000, 0x200C)]  # en quad to zero-width space
    + ["\u200e", "\u200f", "\u202e", "\u2066"]  # direction marks and overrides
)
hostile_chars = st.sampled_from(SEPARATORS) | st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF)
hostile_text = st.text(st.characters() | hostile_chars, max_size=300)
caption_like = st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=12) | hostile_text, max_size=25).map(
    " ".join
)
any_text = st.text(max_size=1500) | caption_like | hostile_text
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | hostile_text,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(hostile_text, inner, max_size=3),
    max_leaves=20,
)

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
    # What was replaced in the input (a lone surrogate) is said of the input, not of its description.
    data["warnings"] = [w for w in data["warnings"] if w["code"] != "input_error"]
    return data


@FAST
@given(text=any_text)
def test_any_text_gives_one_record_and_no_error(normaliser: Normaliser, text: str) -> None:
    record = normaliser.normalise(text, id="x")
    # Verbatim, but for lone surrogates, which no output could write: U+FFFD, with an input_error.
    assert record.id == "x" and record.caption == scrub_text(text)[0]
    if record.caption != text:
        assert "input_error" in {w.code.value for w in record.warnings}
    assert "parse_error" not in {w.code.value for w in record.warnings}
    assert CaptionRecord.model_validate_json(record.model_dump_json()) == record


def _deep(value: Any, levels: int) -> Any:
    for _ in range(levels):
        value = [value]
    return value


@FAST
@given(
    text=any_text,
    record_id=hostile_text,
    meta=st.dictionaries(hostile_text, json_values, max_size=3),
    depth=st.sampled_from([0, 63, 64, 65, 254, 255, 256, 600]),
)
def test_any_id_and_meta_give_a_record_every_format_writes(
    normaliser: Normaliser, text: str, record_id: str, meta: dict[str, Any], depth: int
) -> None:
    record = normaliser.normalise(text, id=record_id, meta={**meta, "deep": _deep(meta, depth)})
    for fmt in ("jsonl", "csv", "exiftool"):
        write([record], io.StringIO(), fmt)
    ET.fromstring(to_xmp(record))
    json.loads(record.model_dump_json())


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
    assert [item["caption"] for item in json.loads(stream.getvalue())] == [scrub_text(t)[0] for t in texts]

    stream = io.StringIO(newline="")
    write(records, stream, "csv")
    rows = list(csv.DictReader(io.StringIO(stream.getvalue(), newline="")))
    assert [row["id"] for row in rows] == [r.id for r in records]

    for record in records:
        ET.fromstring(to_xmp(record))  # well-formed XML, whatever the caption held


# Floods: text built to make one rule read the whole caption once per match. Each is timed against plain
# text of the same length, and against itself ten times shorter: as ratios taken in one run, which stay
# meaningful on a loaded machine where a wall-clock limit would not. (body, tail): the body repeated,
# ending in 1,500 characters of the tail repeated (a credit marker where credits are looked for).
FLOODS: dict[str, tuple[str, str]] = {
    "the AP caption repeated": (
        "People walk towards an evacuation train in Pokrovsk railway station, eastern Ukraine, Saturday, "
        "June 11, 2022. (AP Photo/Efrem Lukatsky) ",
        "",
    ),
    "a dpa credit marker flood": ("Ab. ", "/dpa"),
    "a via Getty Images flood": ("Ab. ", " via Getty Images"),
    "an AP credit flood": ("x ", "(AP Photo/X) "),
    "a Photo: credit flood": ("Ab. ", "Photo: Ab/dpa "),
    "a REUTERS credit flood": ("Ab. ", " REUTERS/Stringer"),
    "a FILE - flood": ("FILE - ", ""),
    "AP credit openings": ("(AP Photo/", ""),
    "commas": (",", ""),
    "a place chain": ("in the town of Kyiv, Kyiv region, ", ""),
    "nested parentheses": ("(", ""),
    "spaces": (" ", ""),
    "capitalised words": ("Aaa Bbb ", ""),
    "names before lower-case words": ("Aaa Bbb ccc ", ""),
    "dates": ("June 11, 2022, ", ""),
    "in the ... of": ("in the ", "of Kyiv"),
    "Photo by openings": ("(Photo by ", ""),
    "ellipses": ("... ", ""),
}
PLAIN = "People walk towards an evacuation train in Pokrovsk railway station. "
SIZES = (10_000, 100_000, 1_000_000)
_TAIL = 1500


def _filled(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def flood(name: str, size: int) -> str:
    body, tail = FLOODS[name]
    end = _filled(tail, _TAIL) if tail else ""
    return _filled(body, size - len(end)) + end


_plain_times: dict[int, float] = {}
_NOISE_SECONDS = 0.002


def _cpu_seconds(normaliser: Normaliser, text: str) -> float:
    """CPU time of one record (a fresh reference date each time: records are cached by text and date)."""
    _cpu_seconds.calls = getattr(_cpu_seconds, "calls", 0) + 1  # type: ignore[attr-defined]
    day = f"2022-06-{1 + _cpu_seconds.calls % 28:02d}"  # type: ignore[attr-defined]
    start = time.process_time()
    record = normaliser.normalise(text, reference_date=day)
    elapsed = time.process_time() - start
    assert record.caption == text
    return max(elapsed, 1e-4)


def _plain(normaliser: Normaliser, size: int) -> float:
    if size not in _plain_times:
        _plain_times[size] = _cpu_seconds(normaliser, _filled(PLAIN, size))
    return _plain_times[size]


@pytest.mark.slow
@pytest.mark.parametrize("name", list(FLOODS))
def test_every_caption_costs_time_linear_in_its_length(normaliser: Normaliser, name: str) -> None:
    times = {size: _cpu_seconds(normaliser, flood(name, size)) for size in SIZES}
    for size, took in times.items():
        ratio = took / _plain(normaliser, size)
        # Measured: at most 8 times plain text (dates at 10 KB); a flood that reads the whole caption per
        # match was 100 to 400 times.
        assert ratio < 25, f"{name} at {size:,} characters: {ratio:.0f} times plain text"
    # A record under 2 ms (100 KB of spaces takes 0.8) is within a shared machine's noise: one scheduler tick
    # made such a flood look 40 times slower at 1 MB. Backtracking still shows: it costs seconds, not ms.
    growth = times[1_000_000] / max(times[100_000], _NOISE_SECONDS)
    assert growth < 30, f"{name}: 10 times longer took {growth:.0f} times as long (linear is 10)"
