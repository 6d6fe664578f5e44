"""The credit's lead markers (`_parse/_credit/_patterns.py`): run only where their trigger is in the tail."""

from __future__ import annotations

import re

import pytest

from captions._anchored import anchored
from captions._parse._credit._patterns import (
    _JOINED,
    _JOINED_REACH,
    _any_byline,
    _any_opener,
    _any_prefix,
    _Lead,
    _leads,
    _patterns,
)


def _leads_each_tested(text: str, base: int) -> list[tuple[re.Match[str], _Lead]]:
    """The markers found where every lead tests its own trigger, as `_leads` read them before."""
    lowered = text[base:].lower()
    found = [
        (m, lead)
        for lead in _patterns().leads
        if lead.trigger in lowered
        for m in anchored(lead.pattern).finditer(text, base)
    ]
    found.sort(key=lambda f: (f[0].start(), -f[0].end()))
    out: list[tuple[re.Match[str], _Lead]] = []
    for m, lead in found:
        if lead.keep and _JOINED.search(text, max(0, m.start() - _JOINED_REACH), m.start()):
            continue
        if not out or m.start() >= out[-1][0].end():
            out.append((m, lead))
    return out


@pytest.mark.parametrize(
    "caption",
    [
        "Firefighters work at the scene in Porto. AFP PHOTO / Rui Duarte",
        "A rider competes in the desert stage. REUTERS/Karim Haddad/File Photo",
        "Fans wave flags in Accra. (Photo by Kwame Mensah/Anadolu via Getty Images)",
        "Rescuers search the rubble in Antakya. Photo: Deniz Aydin/dpa",
        "Supporters gather outside the court in Nairobi. EPA-EFE/DANIEL IRUNGU",
        "Boats sit in the harbour at dawn.",
    ],
)
def test_leads_found_from_each_trigger_once_are_those_each_lead_finds(caption: str) -> None:
    # Each distinct trigger is tested once; the leads it gates run in the leads' order, as when every
    # lead tested its own.
    base = caption.find(". ") + 2
    expected = [(m.span(), lead) for m, lead in _leads_each_tested(caption, base)]
    assert [(m.span(), lead) for m, lead in _leads(caption, base)] == expected


def test_a_lead_is_found_in_a_tail() -> None:
    assert _leads("Firefighters work at the scene in Porto. AFP PHOTO / Rui Duarte", 40)


@pytest.mark.parametrize(
    "line",
    [
        "Photo by Ana Brito",
        "  Photograph by Kwame Mensah/AFP",
        "Foto di Luca Bruno",
        "© Maya Lindholm",
        "Screenshot: Bild",
        "Courtesy of the Museum of London",
        "The Hill Times photograph by Sam Garcia",
        "新华社记者 李贺 摄",
        "Provided by the ministry",
        "Photos provided by the ministry",
        "AFP PHOTO",
        "larawan mula sa DOH",
        "Name Surname/AFP",
        "AP Photo/Ana Brito",
        "",
    ],
)
def test_one_match_says_whether_any_prefix_byline_or_opener_reads_a_line(line: str) -> None:
    # The credit chain skips the prefixes and byline forms where their union matches nothing, and a bracket
    # opens as a credit where the openers' union matches: each must match exactly where one of them does.
    patterns = _patterns()
    for text in (line, line.strip()):
        assert (_any_prefix().match(text) is not None) == any(p.match(text) for p in patterns.prefixes)
        assert (_any_byline().match(text) is not None) == any(p.match(text) for p in patterns.bylines)
        assert (_any_opener().match(text) is not None) == any(p.search(text) for p in patterns.openers)


def test_byline_forms_read_alike_with_their_groups_unnamed() -> None:
    # A back-reference or a condition on a group would read otherwise, or not compile, with its name gone.
    for pattern in _patterns().bylines:
        assert re.search(r"\(\?P=|\(\?\(", re.sub(r"\\.", "", pattern.pattern)) is None, pattern.pattern


def test_openers_and_prefixes_open_with_the_text_start() -> None:
    # Their unions are matched at the text's start: a pattern searched anywhere would be read otherwise.
    patterns = _patterns()
    for pattern in (*patterns.openers, *patterns.prefixes, *patterns.bylines):
        assert re.match(r"(?:\(\?[a-z]+\))?\^", pattern.pattern) is not None, pattern.pattern
        assert not pattern.flags & re.MULTILINE
