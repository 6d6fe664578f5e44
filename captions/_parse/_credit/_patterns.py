"""The credit's patterns compiled from data/credit.toml: markers, the leads before a credit, chain stops."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..._anchored import anchored
from ..._regex import compile_all, union
from ..._rules import phrases, rules

# A Tamil initial: a letter, its vowel sign, and a closing consonant with its virama ("ச", "ஆர்").
_TAMIL_INITIAL = "[\u0b85-\u0bb9][\u0bbe-\u0bcc]?(?:[\u0b95-\u0bb9]\u0bcd)?"


@dataclass(frozen=True)
class _Lead:
    """A lead marker, run only when its trigger is in the caption's tail."""

    pattern: str  # compiled when its trigger first appears
    trigger: str
    keep: bool  # the marker is part of the credit line ("REUTERS/Name")
    binding: bool
    verify: bool


@dataclass(frozen=True)
class _Patterns:
    leads: tuple[_Lead, ...]
    trail: re.Pattern[str]
    openers: tuple[re.Pattern[str], ...]
    stops: re.Pattern[str]
    credit_date: re.Pattern[str]  # the picture's date after its credit: "CNA photo Sept. 14, 2027"
    chrome: re.Pattern[str]
    prefixes: tuple[re.Pattern[str], ...]
    no_stop_word: re.Pattern[str]  # a stop after an initial or one of these ends no chain: "Jae C. Hong"
    handout_tail: re.Pattern[str]
    provided_tail: re.Pattern[str]  # "북구 제공", "新潟市提供": a party, then "provided"
    pool_tail: re.Pattern[str]
    handout_prefix: re.Pattern[str]
    archive_prefix: re.Pattern[str]  # "Archivo Clarín": a paper's archive, no photographer
    courtesy_prefix: re.Pattern[str]  # "Gentileza SPLIF": the party that handed it over, no photographer
    pool_words: re.Pattern[str]
    bylines: tuple[re.Pattern[str], ...]
    distributor: re.Pattern[str]
    rank: re.Pattern[str]  # a military rank before a photographer's name: "Staff Sgt. Name"
    service_tail: re.Pattern[str]  # a service's initials after it: "Cpl Name RAF"
    desk_code: re.Pattern[str]  # a paper's desk code closing the chain: "Name/C30"


# A chain joint right before a marker ("Name/EPA/...", "Name/Pool via REUTERS/File Photo"): the marker
# continues a chain, it does not open one.
_JOINED = re.compile(r"(?:\w/ ?|\w\s(?i:v[ií]a)\s)$")
# How far back a joint can start: its six characters at most, and a line break "$" may stand before. Only
# so much of the text before a marker is searched (the whole of it was tried at every word character).
_JOINED_REACH = 8


# The preposition, and an article, between a courtesy word and its party: "Cortesía de la Secretaría de
# Marina", "Cortesia dos Bombeiros" (byline_forms in credit.toml reads the same).
_COURTESY_OF = r"(?:\s+(?:del?|da|do|das|dos)(?:\s+(?:la|las|los))?)?"


@cache
def _patterns() -> _Patterns:
    data = rules("credit")
    return _Patterns(
        leads=tuple(
            _Lead(
                e["pattern"],
                e["trigger"],
                e["keep"],
                e.get("binding", False),
                e.get("verify", False),
            )
            for e in data["lead"]
        ),
        trail=re.compile(union(data["trail"])),
        openers=compile_all(data["paren_openers"]),
        stops=re.compile(union([*data["chain_stops"], *data["credit_dates"], *data["chrome"]])),
        credit_date=re.compile(union(data["credit_dates"])),
        chrome=re.compile(union(data["chrome"])),
        prefixes=compile_all(data["strip_prefixes"]),
        # Tamil papers write an initial before the name too, a letter with its stop: "ச. முருகன்", "ஆர். அசோக்".
        no_stop_word=re.compile(
            rf"(?:[A-Z]|[A-Z]\.[A-Z]|{_TAMIL_INITIAL}|{phrases('credit', 'no_stop_words_cased')})"
        ),
        handout_tail=re.compile(rf"\s+{phrases('credit', 'handout_tails_cased')}$"),
        provided_tail=re.compile(rf"(?<=\S)\s?{phrases('credit', 'provided_tails_cased')}$"),
        pool_tail=re.compile(rf"(?<=\w)\s?-\s?{phrases('credit', 'pool_tails_cased')}$"),
        handout_prefix=re.compile(rf"^{phrases('credit', 'handout_prefixes_cased')}\s*-\s*"),
        archive_prefix=re.compile(rf"^{phrases('credit', 'archive_prefixes_cased')}\s+(?=[A-ZÀ-Þ])"),
        courtesy_prefix=re.compile(
            rf"^{phrases('credit', 'courtesy_prefixes_cased')}{_COURTESY_OF}\s+(?=[A-ZÀ-Þ])"
        ),
        pool_words=re.compile(rf"\b{phrases('credit', 'pool_element_words')}\b"),
        bylines=compile_all(data["byline_forms"]),
        distributor=re.compile(union(data["distributor_phrases"])),
        rank=re.compile(
            rf"^{phrases('credit', 'military_ranks_cased')}(?: \d(?:st|nd|rd|th) Class)?\s+(?=[A-Z])"
        ),
        service_tail=re.compile(rf"\s+{phrases('credit', 'service_tails_cased')}$"),
        desk_code=re.compile(data["desk_code"]),
    )


# A group's name: the unions below say whether any of their patterns matches, their groups unnamed (they
# share names); the patterns hold no back-reference or condition on a group (tests/parse/credit).
_GROUP_NAME = re.compile(r"(?<!\\)\(\?P<\w+>")


@cache
def _any_prefix() -> re.Pattern[str]:
    """Whether a prefix to strip opens a text, in one match: most credit lines open with none (the 14
    patterns' `sub` in turn were some 30 interpreted lines a caption)."""
    return re.compile(union(p.pattern for p in _patterns().prefixes))


@cache
def _any_byline() -> re.Pattern[str]:
    """Whether a byline form matches a text, in one match: most credit lines are no byline."""
    return re.compile(union(_GROUP_NAME.sub("(?:", p.pattern) for p in _patterns().bylines))


@cache
def _any_opener() -> re.Pattern[str]:
    """Whether a text in brackets opens as a credit does, in one match of the openers' union: each opens
    with the text's start, so that a match of the union is a match of one of them where it stands."""
    return re.compile(union(p.pattern for p in _patterns().openers))


@cache
def _leads_by_trigger() -> tuple[tuple[str, tuple[int, ...]], ...]:
    """Each distinct lead trigger with the positions of the leads it gates, in the leads' order."""
    positions: dict[str, list[int]] = {}
    for at, lead in enumerate(_patterns().leads):
        positions.setdefault(lead.trigger, []).append(at)
    return tuple((trigger, tuple(ats)) for trigger, ats in positions.items())


def _leads(text: str, base: int) -> list[tuple[re.Match[str], _Lead]]:
    """Lead markers in the tail, each with its rule; two markers never overlap ("AFP PHOTO / ...")."""
    lowered = text[base:].lower()
    # Each distinct trigger tested once, then only the leads of those found, in the leads' order (the
    # sort below keeps it for ties): a test of every lead's trigger was some 230 interpreted lines a caption.
    gated = sorted(at for trigger, ats in _leads_by_trigger() if trigger in lowered for at in ats)
    leads = _patterns().leads
    found = [(m, leads[at]) for at in gated for m in anchored(leads[at].pattern).finditer(text, base)]
    found.sort(key=lambda f: (f[0].start(), -f[0].end()))
    out: list[tuple[re.Match[str], _Lead]] = []
    for m, lead in found:
        if lead.keep and _JOINED.search(text, max(0, m.start() - _JOINED_REACH), m.start()):
            continue  # "Name/EPA/Shutterstock": an agency joined to the chain before it continues it
        if not out or m.start() >= out[-1][0].end():
            out.append((m, lead))
    return out
