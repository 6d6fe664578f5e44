"""How the picture was made or obtained, the terms it comes with, and its IPTC Digital Source Type.

A phrase decides, not a word: the patterns of data/provenance.toml need "satellite image", "image taken
from video", "drone view", so "a satellite dish", "a giant video screen" and "launches a drone" are
what the picture shows, not how it was made.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache

from .._model import Provenance, ProvenanceKind, Restriction, RestrictionKind
from .._regex import TriggerScanner, compiled
from .._rule_schemas import ProvenanceRule, SourceTypeRule
from .._rules import phrases, rules, words
from ._credit import Credit, regional_tail

__all__ = ["find_provenance"]


@dataclass(frozen=True)
class _Rule:
    kind: str
    patterns: tuple[str, ...]  # compiled when the rule is first triggered
    triggers: frozenset[str]
    kinds: frozenset[str] = frozenset()

    def search(self, text: str, present: frozenset[str]) -> re.Match[str] | None:
        """The first pattern's match, tried only when one of the rule's trigger words is PRESENT in the text
        (_triggers)."""
        if self.triggers.isdisjoint(present):
            return None
        return self.search_all(text, present)

    def search_all(self, text: str, present: frozenset[str]) -> re.Match[str] | None:
        for pattern in self.patterns:
            m = compiled(pattern).search(text)
            if m:
                return m
        return None


def _rule(name: str, entry: ProvenanceRule | SourceTypeRule, kinds: Iterable[str] = ()) -> _Rule:
    return _Rule(name, tuple(entry["patterns"]), frozenset(entry["triggers"]), frozenset(kinds))


@cache
def _provenance_rules() -> tuple[_Rule, ...]:
    return tuple(_rule(e["kind"], e) for e in rules("provenance")["provenance"])


@cache
def _restriction_rules() -> tuple[_Rule, ...]:
    return tuple(_rule(e["kind"], e) for e in rules("provenance")["restriction"])


@cache
def _source_type_rules() -> tuple[_Rule, ...]:
    return tuple(
        _rule(e["term"], e, e.get("kinds", [])) for e in rules("provenance")["digital_source_type"]["rule"]
    )


@cache
def _rules_by_trigger(restriction: bool) -> dict[str, tuple[int, ...]]:
    """For each trigger word, the positions of the provenance (or restriction) rules it lets run."""
    positions: dict[str, list[int]] = {}
    for at, rule in enumerate(_restriction_rules() if restriction else _provenance_rules()):
        for trigger in rule.triggers:
            positions.setdefault(trigger, []).append(at)
    return {trigger: tuple(ats) for trigger, ats in positions.items()}


def _triggered(restriction: bool, present: frozenset[str]) -> list[_Rule]:
    """The provenance (or restriction) rules one of whose triggers is PRESENT, in their order: what
    `_Rule.search` lets run, found from the triggers present rather than by asking each rule."""
    if not present:
        return []
    by_trigger = _rules_by_trigger(restriction)
    every = _restriction_rules() if restriction else _provenance_rules()
    return [every[at] for at in sorted({at for trigger in present for at in by_trigger.get(trigger, ())})]


@cache
def _triggers() -> TriggerScanner:
    """Every rule's trigger words, looked for in one pass over the caption."""
    every = (*_provenance_rules(), *_restriction_rules(), *_source_type_rules())
    return TriggerScanner(t for rule in every for t in rule.triggers)


@cache
def _regional() -> re.Pattern[str]:
    return re.compile(rules("provenance")["regional"])


@cache
def _party_end() -> re.Pattern[str]:
    return re.compile(rf"\s+{phrases('provenance', 'party_ends_cased')}\b|,")


@cache
def _video_credit() -> re.Pattern[str]:
    return re.compile(rules("provenance")["video_credit"])


def _party(match: re.Match[str]) -> str | None:
    party = match.groupdict().get("party")
    if not party:
        return None
    party = _party_end().split(party, maxsplit=1)[0].strip(" .")
    return re.sub(r"^the\s+", "", party, flags=re.IGNORECASE) or None


def _phrase(match: re.Match[str], party: str | None) -> str:
    """The phrase found, up to the end of its party: "photo released by the Palestinian Presidency", not
    "... shows Mahmoud Abbas in Ramallah on Jan"."""
    phrase = match.group()
    if party:
        at = phrase.find(party, match.start("party") - match.start())
        phrase = phrase[: at + len(party)] if at >= 0 else phrase
    return phrase.strip()


def find_provenance(
    text: str,
    credit: Credit,
    flags: Iterable[tuple[str, str | None]],
    is_region: Callable[[str], bool],
) -> tuple[list[Provenance], list[Restriction], str | None]:
    """Provenance, restrictions and the Digital Source Type URI of a cleaned caption (None: no evidence).

    `flags`: prefix flags of the caption ("FILE -") with the kind they imply; `is_region`: whether the
    words before "OUT" name a country or region ("SOUTH KOREA OUT").
    """
    found: dict[str, Provenance] = {}

    def add(kind: str, phrase: str, party: str | None) -> None:
        known = found.get(kind)
        if known is None or (known.party is None and party):
            found[kind] = Provenance(kind=ProvenanceKind(kind), text=phrase, party=party)

    present = _triggers().found(text.lower())
    for flag, kind in flags:
        if kind:
            add(kind, flag, None)
    for rule in _triggered(False, present):
        m = rule.search_all(text, present)
        if m:
            party = _party(m)
            add(rule.kind, _phrase(m, party), party)
    for kind, phrase, party in credit.provenance:
        add(kind.value, phrase, party)
    if credit.line and _video_credit().search(credit.line):
        add(ProvenanceKind.VIDEO_STILL.value, credit.line, None)

    restrictions: dict[str, Restriction] = {}
    for rule in _triggered(True, present):
        m = rule.search_all(text, present)
        if m:
            restrictions.setdefault(rule.kind, Restriction(kind=RestrictionKind(rule.kind), text=m.group()))
    extra = words("provenance", "regional_extra")
    for m in _regional().finditer(text) if " OUT" in text else ():
        # The region may follow a name in capitals it is glued to ("PAWEL SUPERNAK POLAND OUT"): the
        # longest run of last words that names regions.
        names = m.group("region").split(" ")
        region = regional_tail(names, lambda p: p.lower() in extra or is_region(p), len(names))
        if region is not None:
            said = Restriction(kind=RestrictionKind.REGIONAL, text=f"{region} OUT")
            restrictions.setdefault("regional", said)

    provenance = list(found.values())
    return (
        provenance,
        list(restrictions.values()),
        _source_type(text, present, {p.kind.value for p in provenance}),
    )


def _source_type(text: str, present: frozenset[str], kinds: set[str]) -> str | None:
    table = rules("provenance")["digital_source_type"]
    for rule in _source_type_rules():
        if rule.kinds & kinds or rule.search(text, present):
            return f"{table['base']}{rule.kind}"
    return None
