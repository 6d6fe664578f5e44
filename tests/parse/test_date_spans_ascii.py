"""The date forms of an ASCII text searched without the forms that need another script (issue 16), and the
event cue's possessive noun: the same matches as before."""

from __future__ import annotations

import re

import pytest

from captions._parse._date._spans import _cue, _spans
from captions._parse._date._words import _ascii_spans_pattern, _spans_pattern

ASCII_CAPTIONS = [
    "KYIV, UKRAINE - MARCH 3: Firefighters work at a damaged building in Kyiv on March 3, 2027.",
    "Oslo 20270916. Skiers train on the slopes of Holmenkollen. Photo: Ola Berg / NTB",
    "Vendors sort fish at the market in Santa Cruz, Laguna on Tuesday (11/05/2027).",
    "KITZBUEHEL,AUSTRIA,25.JAN.27 - SKIING - Race of the men. Photo: GEPA pictures/ Anna Huber",
    "MADRID, 9 (EUROPA PRESS) - The minister arrives at the Congress, 2027-02-09T10:00.",
    "Protesters march in Warsaw, 5 III 2027 r., before the vote. Photo: Jan Nowak",
    "2026. gada 18. novembri a parade passes through Riga on the 15th.",
]


def _found(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], str | None]]:
    out = []
    pos = 0
    while m := pattern.search(text, pos):
        out.append((m.span(), m.lastgroup))
        pos = m.end()
    return out


def test_the_ascii_pattern_keeps_every_forms_group() -> None:
    assert set(_ascii_spans_pattern().groupindex) == set(_spans_pattern().groupindex)


@pytest.mark.parametrize("caption", ASCII_CAPTIONS)
def test_an_ascii_text_has_the_same_date_matches(caption: str) -> None:
    assert _found(_ascii_spans_pattern(), caption) == _found(_spans_pattern(), caption)
    assert _found(_ascii_spans_pattern(), caption)


def test_a_text_in_another_script_is_searched_for_every_form() -> None:
    assert [s.form for s in _spans("東京で2027年2月9日、桜が咲いた。")] == ["cjk"]
    assert [s.form for s in _spans("Tokyo 2027-02-09: the cherry trees bloom.")] == ["iso"]


@pytest.mark.parametrize(
    ("before", "cued"),
    [
        ("Rescuers dig through rubble after the earthquake of ", True),
        ("Voters queue in the elections of ", True),
        ("Fireworks light the sky on the night of ", False),
        ("Shoppers crowd the mall at the end of ", False),
        ("A sign reads a well-known-name of", True),
    ],
)
def test_the_event_cue_reads_the_noun_before_of(before: str, cued: bool) -> None:
    assert (_cue("event_cues").search(before) is not None) is cued
