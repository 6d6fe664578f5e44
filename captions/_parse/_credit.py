"""The credit: where it sits in the caption and what its chain says.

A credit is a chain `photographer / originating org / pool|handout / distributor`, joined by "/", " / ",
", " and " via " ("Pavel Orlov, Sputnik, Kremlin Pool Photo via AP", "Maxar Technologies/Handout via
REUTERS", "NAME/AFP/Getty Images"). Agencies, markers and where credits sit are in data/credit.toml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from .._model import ProvenanceKind
from .._rules import compile_all, phrases, rules, scoped, union, words
from ._people import is_person_name, natural_case
from ._text import last_sentence_start

__all__ = ["Credit", "find_credit"]

# Credits sit at the end; looking only there keeps long texts cheap and body mentions out.
_TAIL = 1500
# A trailing credit line is at most 160 characters: this much before its marker is read to find its start.
_LINE_MAX = 160
_LINE_BACK = 2 * _LINE_MAX
_PAREN = re.compile(r"\(([^()]{2,250})\)")
_VIA = re.compile(r"(?:\s+|/)(?i:via)\s+")
_SPLIT = re.compile(r"\s*/\s*|,\s+|\s+[-–]\s+")
# "Kevin Marsh/Getty Images for The Recording Academy": the client is no part of the chain.
_CLIENT = re.compile(r"\s+for\s+(?:the\s+)?[A-Z].*$")
_SENTENCE_STOP = re.compile(r"\.\s+(?=\S)")


@dataclass(frozen=True)
class Credit:
    line: str | None = None
    creator: str | None = None
    source: str | None = None
    start: int | None = None
    end: int | None = None
    provenance: tuple[tuple[ProvenanceKind, str, str | None], ...] = ()
    parties: tuple[str, ...] = field(default=())

    @property
    def span(self) -> tuple[int, int] | None:
        """Where the credit sits in the caption."""
        return (self.start, self.end) if self.start is not None and self.end is not None else None


@dataclass(frozen=True)
class _Agency:
    name: str
    via_is_handout: bool


@cache
def _agencies() -> dict[str, _Agency]:
    out: dict[str, _Agency] = {}
    for entry in rules("credit")["agency"]:
        agency = _Agency(entry["name"], bool(entry.get("via_is_handout", False)))
        for alias in [entry["name"], *entry["aliases"]]:
            out[alias.lower()] = agency
    return out


def _agency(element: str) -> _Agency | None:
    return _agencies().get(element.strip(" .*").lower())


@dataclass(frozen=True)
class _Patterns:
    lead: re.Pattern[str]  # all lead markers in one pass; group "keep" marks those the line includes
    trail: re.Pattern[str]
    openers: tuple[re.Pattern[str], ...]
    stops: re.Pattern[str]
    prefixes: tuple[re.Pattern[str], ...]
    no_stop_word: re.Pattern[str]  # a stop after an initial or one of these ends no chain: "Jae C. Hong"
    handout_tail: re.Pattern[str]
    pool_tail: re.Pattern[str]
    handout_prefix: re.Pattern[str]
    pool_words: re.Pattern[str]


@cache
def _patterns() -> _Patterns:
    data = rules("credit")
    return _Patterns(
        lead=re.compile(
            "|".join(
                f"(?P<{'keep' if e['keep'] else 'drop'}{i}>{scoped(e['pattern'])})"
                for i, e in enumerate(data["lead"])
            )
        ),
        trail=re.compile(union(data["trail"])),
        openers=compile_all(data["paren_openers"]),
        stops=re.compile(union(data["chain_stops"])),
        prefixes=compile_all(data["strip_prefixes"]),
        no_stop_word=re.compile(rf"(?:[A-Z]|[A-Z]\.[A-Z]|{phrases('credit', 'no_stop_words_cased')})"),
        handout_tail=re.compile(rf"\s+{phrases('credit', 'handout_tails_cased')}$"),
        pool_tail=re.compile(rf"(?<=\w)\s?-\s?{phrases('credit', 'pool_tails_cased')}$"),
        handout_prefix=re.compile(rf"^{phrases('credit', 'handout_prefixes_cased')}\s*-\s*"),
        pool_words=re.compile(rf"\b{phrases('credit', 'pool_element_words')}\b"),
    )


@dataclass(frozen=True)
class _Found:
    start: int
    end: int
    line: str
    rank: int  # paren 0, lead 1, trail 2: where two overlap, the more explicit form wins


def _chain_end(text: str, start: int) -> int:
    """Where a credit's chain stops: restriction text, tags, or the end of its sentence."""
    end = len(text)
    stop = _patterns().stops.search(text, start)
    if stop:
        end = stop.start()
    for m in _SENTENCE_STOP.finditer(text, start, end):
        word = text[max(start, text.rfind(" ", start, m.start()) + 1) : m.start()]
        if not _patterns().no_stop_word.fullmatch(word.split("/")[-1]):
            end = m.start()
            break
    return end


def _is_paren_credit(content: str, closes_caption: bool) -> bool:
    if any(p.search(content) for p in _patterns().openers):
        return True
    parts = [p for p in _SPLIT.split(_VIA.sub("/", content)) if p]
    # "(AP Photo/Name)", "(Xinhua/Li Wei)", "(Name/Pool via AP)": a known agency opens or closes it.
    if parts and (_agency(parts[0]) is not None or _agency(parts[-1]) is not None):
        return True
    # "(NASA/Dario Kent)" closing the caption: an unknown supplier with a photographer.
    return closes_caption and "/" in content and any(is_person_name(p) for p in parts)


def _candidates(text: str, breaks: tuple[int, ...]) -> list[_Found]:
    base = max(0, len(text) - _TAIL)
    found: list[_Found] = []
    for m in _PAREN.finditer(text, base):
        content = m.group(1).strip()
        if text.startswith(" --", m.end()) and _agency(content):
            continue  # Xinhua's header "ISLAMABAD, Nov. 3, 2024 (Xinhua) -- ...": not the credit
        if _is_paren_credit(content, not text[m.end() :].strip(" .")):
            # ZUMA's "(Credit Image: © Name/ZUMA Wire)" prints as "Name/ZUMA Wire".
            line = re.sub(r"^Credit Image:\s*©?\s*", "", content)
            found.append(_Found(m.start(), m.end(), line, 0))
    for m in _patterns().lead.finditer(text, base):
        begin = m.start() if (m.lastgroup or "").startswith("keep") else m.end()
        end = _chain_end(text, m.end())
        line = text[begin:end].strip().rstrip(".,;:").strip()
        if line:
            found.append(_Found(m.start(), end, line, 1))
    for m in _patterns().trail.finditer(text, base):
        # The line runs back to the sentence start, parenthesis, quote or line start nearest the marker;
        # only the last _LINE_BACK characters are read for them: a start further back would make the line
        # too long to be a credit anyway, and reading the whole head for each marker made a caption ending
        # in a flood of markers cost its length squared.
        window = _window_start(text, m.start() - _LINE_BACK)
        head = text[window : m.start()]
        line_start = max((b for b in breaks if b <= m.start()), default=0)
        begin = window + max(last_sentence_start(head), _paren_before(head), head.rfind('"') + 1)
        begin = max(begin, line_start)
        line = text[begin : m.end()].strip()
        if line and len(line) <= _LINE_MAX:
            found.append(_Found(begin, m.end(), line, 2))
    return found


def _window_start(text: str, at: int) -> int:
    """A word start at or after AT (0 if AT is before the text): a window that starts mid-word would read
    a different word before its first stop."""
    if at <= 0:
        return 0
    space = text.find(" ", at)
    return len(text) if space < 0 else space + 1


def _paren_before(head: str) -> int:
    """Where text after the last parenthesis starts; one closing right at the marker belongs to the chain
    ("Majid Karimi/WANA (West Asia News Agency) via REUTERS")."""
    close = head.rfind(")")
    if close >= 0 and not head[close + 1 :].strip():
        close = head.rfind(")", 0, max(head.rfind("(", 0, close), 0))
    return close + 1


def _choose(found: list[_Found]) -> _Found | None:
    """Of overlapping finds the most explicit; then one naming a photographer; then the first."""
    kept: list[_Found] = []
    for f in sorted(found, key=lambda f: (f.rank, f.start)):
        if not any(f.start < k.end and k.start < f.end for k in kept):
            kept.append(f)
    if not kept:
        return None
    return min(kept, key=lambda f: (_parse(f.line).creator is None, f.start))


def find_credit(text: str, breaks: tuple[int, ...] = ()) -> Credit:
    """The credit of a cleaned caption, or an empty Credit when it has none.

    `breaks`: offsets where a line of the original began (see `clean_with_breaks`).
    """
    chosen = _choose(_candidates(text, breaks))
    if chosen is None:
        return Credit()
    parsed = _parse(_undouble(chosen.line))
    return Credit(
        parsed.line,
        parsed.creator,
        parsed.source,
        chosen.start,
        chosen.end,
        parsed.provenance,
        parsed.parties,
    )


@cache
def _parse(line: str) -> Credit:
    """Read a credit chain into creator, source and what it says of provenance."""
    text = line
    for pattern in _patterns().prefixes:
        text = pattern.sub("", text).strip()
    distributor: _Agency | None = None
    pieces = _VIA.split(text)
    if len(pieces) > 1:
        distributor = _agency(pieces[-1])
        head, _, photographer = pieces[-1].partition("/")
        if distributor:
            text = " / ".join(pieces[:-1])
        elif photographer and _agency(head):  # "Action Images via Reuters/Paul Denton"
            distributor = _agency(head)
            text = " / ".join([*pieces[:-1], photographer])
    patterns = _patterns()
    elements = []
    for piece in _SPLIT.split(text):
        element = _undouble(_CLIENT.sub("", piece).strip(" *©\"'"))
        if patterns.handout_tail.search(element):  # EPA: "UKRAINIAN PRESIDENTIAL PRESS SERVICE HANDOUT"
            element = patterns.handout_tail.sub("", element)
            elements.append("HANDOUT")
        if patterns.pool_tail.search(element):  # Getty: "Ray Dalton-Pool/Getty Images"
            element = patterns.pool_tail.sub("", element)
            elements.append("Pool")
        if any(c.isalpha() for c in element):  # "-/XinHua/dpa": a dash holds no one's place
            elements.append(element)
    # "(Party via AP)": one name left of a handout distributor is the party, not a photographer.
    party_only = distributor is not None and distributor.via_is_handout and len(elements) == 1

    handout = pool = file = False
    creator: str | None = None
    agencies: list[_Agency] = []
    parties: list[str] = []
    for element in elements:
        low = element.lower()
        agency = _agency(element)
        if agency:
            agencies.append(agency)
        elif low in words("credit", "handout_words"):
            handout = True
        elif patterns.handout_prefix.match(element):
            handout = True  # "THE CANADIAN PRESS/HO-Annick deGooyer": the party that handed it out
            parties.append(patterns.handout_prefix.sub("", element))
        elif low in words("credit", "pool_words") or re.search(r"\bpool\b", low):
            pool = True
            rest = patterns.pool_words.sub("", element).strip()
            if rest:
                parties.append(rest)
        elif low in words("credit", "stringer_words"):
            pass
        elif low in words("credit", "file_words"):
            file = True
        elif creator is None and not party_only and is_person_name(element):
            creator = natural_case(element)
        elif creator is None and not party_only and agencies and _MONONYM.match(element):
            creator = element  # "AP Photo/Libkos": one name after the agency is the photographer
        elif party_only or not is_person_name(element):
            parties.append(element)

    source = distributor or (agencies[0] if agencies else None)
    # "(Party via AP)", "Party/Handout via REUTERS": a party outside the distributing agency provided it.
    outside = [a.name for a in agencies if distributor is None or a.name != distributor.name]
    # "@HaitiInfoLive/via REUTERS": a social-media account posted it; no one handed it out.
    handles = [p for p in parties if p.startswith("@")]
    if distributor and distributor.via_is_handout and not pool and (len(parties) > len(handles) or outside):
        handout = True
    # "(Photo by KCNA VIA KNS / AFP)": an organisation, not a photographer, supplied it.
    if creator is None and not pool and any(_is_organisation(p) for p in parties):
        handout = True
    party = next(iter(parties or outside), None)
    provenance: list[tuple[ProvenanceKind, str, str | None]] = []
    if handout:
        provenance.append((ProvenanceKind.HANDOUT, line, party))
    if pool:
        provenance.append((ProvenanceKind.POOL, line, party))
    if file:
        provenance.append((ProvenanceKind.FILE, line, None))
    if handles:
        provenance.append((ProvenanceKind.SOCIAL_MEDIA, line, handles[0]))
    return Credit(
        line=line,
        creator=creator,
        source=source.name if source else None,
        provenance=tuple(provenance),
        parties=tuple(parties),
    )


_MONONYM = re.compile(r"^[A-Z][a-z]{2,}$")


def _is_organisation(element: str) -> bool:
    """ "KCNA VIA KNS", "U.S. Navy", "Syria TV": an acronym or a phrase with an organisation word."""
    tokens = element.split()
    org = words("people", "org_words")
    return any(t.lower() in org for t in tokens) or all(t.isupper() and len(t) <= 6 for t in tokens)


# Agency feeds glue a name to itself: "CHRISTOF STACHECHRISTOF STACHE" is "CHRISTOF STACHE".
_GLUED = re.compile(r"([A-Z][\w.'’ -]{3,}?\w)\1(?![\w])")


def _undouble(text: str) -> str:
    return _GLUED.sub(r"\1", text)
