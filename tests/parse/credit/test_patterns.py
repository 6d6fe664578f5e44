"""The credit's lead markers (`_parse/_credit/_patterns.py`): run only where their trigger is in the tail."""

from __future__ import annotations

import re

import pytest

from captions._anchored import anchored
from captions._parse._credit._patterns import _JOINED, _JOINED_REACH, _Lead, _leads, _patterns


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
