"""The credit: where it sits in the caption and what its chain says.

A credit is a chain `photographer / originating org / pool|handout / distributor`, joined by "/", " / ",
", " and " via " ("Pavel Orlov, Sputnik, Kremlin Pool Photo via AP", "Maxar Technologies/Handout via
REUTERS", "NAME/AFP/Getty Images"). Agencies, markers and where credits sit are in data/credit.toml.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, lru_cache

from .._anchored import anchored
from .._model import ProvenanceKind
from .._rules import compile_all, phrases, rules, union, words
from ._credit_words import (
    PUNCT_LEFT,
    Agency,
    agency,
    agency_prefix,
    fold,
    is_creator_name,
    is_news_org,
    is_organisation,
    names_organisation,
    strip_label,
    surname_like_title,
    word_set,
)
from ._names import is_given_name, is_place_word, known_name, not_a_person, people_words
from ._people import is_person_name, natural_case
from ._text import last_sentence_start

__all__ = ["Credit", "find_credit"]

# Credits sit at the end; looking only there keeps long texts cheap and body mentions out.
_TAIL = 1500
# A trailing credit line is at most 160 characters: this much before its marker is read to find its start.
_LINE_MAX = 160
_LINE_BACK = 2 * _LINE_MAX
# "(AP Photo/Name)", China Daily's "[Xinhua]" in square brackets, Kyodo's "（共同）" in full-width ones.
_PAREN = re.compile(r"\(([^()]{2,250})\)|\[([^\[\]]{2,250})\]|（([^（）]{2,250})）")
# Spanish credits write "vía": "(Oficina del Alguacil vía AP)".
_VIA = re.compile(r"(?:\s+|/)(?i:v[ií]a)\s+")
# McClatchy papers print the photographer's address after the name, unjoined: "Name name@newsobserver.com".
_BEFORE_EMAIL = r"\s+(?=[\w.+-]+@[\w-]+(?:\.[\w-]+)+$)"
# Chain joints: "/", ", ", " - ", EFE's "NAME | EFE", TASS's "Name\TASS".
_SPLIT = re.compile(rf"\s*/\s*|,\s+|\s+[-–—]\s+|\s*\|\s*|\\|{_BEFORE_EMAIL}")
# A chain joint, the one "via" included, for reading a chain from its end.
_JOINT = re.compile(
    rf"\s*/\s*(?:(?i:v[ií]a)\s+)?|,\s+|\s+[-–—]\s+|\s*\|\s*|\\|\s+(?i:v[ií]a)\s+|{_BEFORE_EMAIL}"
)
# Where a credit glued to the text before it starts: "in Gaza City.Name/AP", "2017.NAME (EFE)",
# "March 15, 2024Reuters", "2020.© Name".
# Only where a match ends is read. Each form opens with the character it needs (the stop, the digit), which
# the engine skips to; opening with a lookbehind, it was tried at every character (6 -> 3 us a caption).
_GLUED_START = re.compile(r"\.(?<=[a-zà-ÿ0-9)\]»”\"]\.)(?=[A-ZÀ-Þ©])|\d(?=[A-Z][a-z]{2,})")
# A run of capitals glued to a name ends its chain: "THE CANADIAN PRESS/Jeff McIntoshCALGARY — ...".
_GLUED_CAPS = re.compile(r"(?<=[a-z])(?=[A-Z]{3,}\b)")
_DATELINE_DASH = re.compile(r"\s*(?:--|[—–-]\s)")
# An agency's story dateline near the caption's start: "ABU DHABI, 24th November, 2025 (WAM) -- ...".
_DATELINE_AGENCY = re.compile(r"\(([^()]{2,40})\)\s*(?:--|[—–-]\s)")
_DATELINE_HEAD = 200
# "(서울=연합뉴스)", "(Seoul=Yonhap)": where a story was filed from, "=", and the agency's name.
_FILED_FROM = re.compile(r"\([^()=]{1,30}=\s*([^()=]{2,40}?)\s*\)")
# A parenthesis that runs on in its sentence, a lower-case word next: "Jonas Gahr Støre (Ap) i
# spørretimen" is a party's tag, "the Saudi Press Agency (SPA) said" a name spelled out, no credit.
_RUNS_ON = re.compile(r"\s+[a-zà-ÿ]")
# Antara's "ANTARA FOTO/Name/abc.": the editor's initials in lower case close the chain; no party.
_EDITOR_INITIALS = re.compile(r"^[a-z]{2,4}\.?$")
_PAPER_DASH = re.compile(r"\s[—–-]\s")
# A party named alone in a closing parenthesis is a few words long.
_PARTY_WORDS = 5
_LONG_LINE = 80
_INITIALS = re.compile(r"^[A-Z]{2,3}$")
# Sentence text in a credit line: a stop, then a lower-case word; or a run of lower-case words.
_SENTENCE_TEXT = re.compile(r"[.!?;:]\s+[a-zà-ÿ]|(?:\s[a-zà-ÿ]{2,}){4}")
# "Kevin Marsh/Getty Images for The Recording Academy": the client is no part of the chain.
_CLIENT = re.compile(r"\s+for\s+(?P<client>(?:the\s+)?[A-Z].*)$")
_SENTENCE_STOP = re.compile(r"\.\s+(?=\S)")
# US television pages credit a station by its name and channel on a line of its own: "Telemundo 47", "NBC 5".
_STATION = re.compile(r"(?:[A-Z][\w&'’-]*\s){1,3}\d{1,2}")
# "ABC News", "SBS", "RNZ": a broadcaster or paper known by its initials.
_ACRONYM_OPENS = re.compile(r"[A-Z]{2,5}\b")


@dataclass(frozen=True)
class Credit:
    line: str | None = None
    creator: str | None = None
    source: str | None = None
    start: int | None = None
    end: int | None = None
    provenance: tuple[tuple[ProvenanceKind, str, str | None], ...] = ()
    parties: tuple[str, ...] = field(default=())
    # Why the credit found may be wrong (the record gets a missing_credit warning saying so), or None.
    doubt: str | None = None

    @property
    def span(self) -> tuple[int, int] | None:
        """Where the credit sits in the caption."""
        return (self.start, self.end) if self.start is not None and self.end is not None else None


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
    chrome: re.Pattern[str]
    prefixes: tuple[re.Pattern[str], ...]
    no_stop_word: re.Pattern[str]  # a stop after an initial or one of these ends no chain: "Jae C. Hong"
    handout_tail: re.Pattern[str]
    pool_tail: re.Pattern[str]
    handout_prefix: re.Pattern[str]
    pool_words: re.Pattern[str]
    bylines: tuple[re.Pattern[str], ...]
    distributor: re.Pattern[str]
    rank: re.Pattern[str]  # a military rank before a photographer's name: "Staff Sgt. Name"


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
        stops=re.compile(union([*data["chain_stops"], *data["chrome"]])),
        chrome=re.compile(union(data["chrome"])),
        prefixes=compile_all(data["strip_prefixes"]),
        no_stop_word=re.compile(rf"(?:[A-Z]|[A-Z]\.[A-Z]|{phrases('credit', 'no_stop_words_cased')})"),
        handout_tail=re.compile(rf"\s+{phrases('credit', 'handout_tails_cased')}$"),
        pool_tail=re.compile(rf"(?<=\w)\s?-\s?{phrases('credit', 'pool_tails_cased')}$"),
        handout_prefix=re.compile(rf"^{phrases('credit', 'handout_prefixes_cased')}\s*-\s*"),
        pool_words=re.compile(rf"\b{phrases('credit', 'pool_element_words')}\b"),
        bylines=compile_all(data["byline_forms"]),
        distributor=re.compile(union(data["distributor_phrases"])),
        rank=re.compile(
            rf"^{phrases('credit', 'military_ranks_cased')}(?: \d(?:st|nd|rd|th) Class)?\s+(?=[A-Z])"
        ),
    )


def _leads(text: str, base: int) -> list[tuple[re.Match[str], _Lead]]:
    """Lead markers in the tail, each with its rule; two markers never overlap ("AFP PHOTO / ...")."""
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
        if not out or m.start() >= out[-1][0].end():
            out.append((m, lead))
    return out


@dataclass(frozen=True)
class _Found:
    start: int
    end: int
    line: str
    rank: int  # paren 0, lead 1, trail and chain 2: where two overlap, the more explicit form wins
    binding: bool = False  # "Photo credit should read ...": the supplier's own words win


def _chain_end(text: str, start: int, breaks: tuple[int, ...] = ()) -> int:
    """Where a credit's chain stops: restriction text, page chrome, tags, the end of its line, a glued
    capital run, or the end of its sentence."""
    end = next((b - 1 for b in breaks if b > start), len(text))
    stop = _patterns().stops.search(text, start, end)
    # The New York Times joins agencies with a dash: "Agence France-Presse — Getty Images".
    while stop and stop.group().strip() in ("—", "―") and _agency_opens(text[stop.end() : end]):
        stop = _patterns().stops.search(text, stop.end(), end)
    if stop:
        end = stop.start()
    glued = _GLUED_CAPS.search(text, start, end)
    if glued:
        end = glued.start()
    for m in _SENTENCE_STOP.finditer(text, start, end):
        word = text[max(start, text.rfind(" ", start, m.start()) + 1) : m.start()]
        if not _patterns().no_stop_word.fullmatch(word.split("/")[-1]):
            end = m.start()
            break
    return end


def _agency_opens(rest: str) -> bool:
    """Whether REST opens with an agency's name ("Getty Images", "Getty Images. More text")."""
    return agency(rest.strip(" .")) is not None or agency_prefix(rest) is not None


def _is_paren_credit(content: str, closes_caption: bool, own_sentence: bool = False) -> bool:
    """Whether a parenthesis holds a credit. OWN_SENTENCE: it stands after the caption's sentence, as US
    papers print "(Valley News — Name)" before their copyright notice."""
    if any(p.search(content) for p in _patterns().openers):
        return True
    unlabelled = strip_label(content)
    if unlabelled != content and closes_caption:
        return True  # "(Photo: PIB)": a label says so
    content = unlabelled
    parts = [p for p in _SPLIT.split(_VIA.sub("/", content)) if p]
    # "(AP Photo/Name)", "(Xinhua/Li Wei)", "(Name/Pool via AP)": a known agency opens or closes it.
    if parts and (agency(parts[0]) is not None or agency(parts[-1]) is not None):
        return True
    if len(parts) == 1 and _agency_and_name(parts[0]) is not None:
        return True  # "(ANP Photo Lex van Lieshout)"
    if closes_caption and (_on_assignment(content) or _byline_name(content) is not None):
        return True  # "(Name for The Washington Post)", "(AAP: Name)", "(ABC News: Name)"
    # "(State Emergency Service of Ukraine / Telegram)": a party's post on a social channel.
    if closes_caption and len(parts) > 1 and parts[-1].lower() in word_set("social_media_parties"):
        return True
    if closes_caption and content.lower() in word_set("supplied_words"):
        return True  # "(Submitted photo)": a reader's or a party's picture
    if closes_caption and len(parts) == 1 and len(content.split()) <= _PARTY_WORDS:
        # "(الرئاسة المصرية)", "(Пресс-служба Кремля)" closing the caption: the party that handed it out.
        return names_organisation(content.split())
    # "(NASA/Dario Kent)" closing the caption: an unknown supplier with a photographer.
    # "(Name | The Denver Post)": US papers join the two with a bar.
    joined = "/" in content or "|" in content
    if own_sentence and len(parts) == 2 and _PAPER_DASH.search(content):
        # "(Valley News — Name)": the paper, a dash, its photographer (or the other way round).
        named = [is_creator_name(p) for p in parts]
        return named.count(True) == 1 and _kind(parts[named.index(False)], True)[0] == "org"
    return closes_caption and joined and any(is_creator_name(p) for p in parts)


def _on_assignment(content: str) -> bool:
    """ "Tom Brenner for The Washington Post": a photographer working for a publication, named as an agency
    or by a newspaper's word."""
    m = _CLIENT.search(content)
    if m is None or not is_creator_name(content[: m.start()].strip()):
        return False
    return agency(m.group("client")) is not None or is_news_org(m.group("client"))


def _byline_name(content: str) -> str | None:
    """The photographer a byline form names ("AAP: Name", "ABC News: Name"), if it reads as a person's and
    the organisation as a news organisation's: an agency, a newspaper, or one opening with an acronym."""
    for form in _patterns().bylines:
        m = form.match(content)
        if m:
            name, org = (m.groupdict().get("name") or "").strip(), m.group("org").strip()
            news = agency(org) or agency_prefix(org) or is_news_org(org) or _ACRONYM_OPENS.match(org)
            return name if news and name and is_creator_name(name) else None
    return None


def _spelled_before(text: str, at: int, acronym: str) -> bool:
    """Whether the words before AT spell ACRONYM out: "the Saudi Press Agency (SPA) said" is no credit."""
    initials = [w[0] for w in text[max(0, at - 120) : at].split() if w[:1].isupper()]
    return len(acronym) > 1 and "".join(initials[-len(acronym) :]).upper() == acronym.upper()


def _floor(text: str, at: int, breaks: tuple[int, ...]) -> int:
    """The earliest start of a credit that ends at AT: its line's start, its sentence's start, or the end
    of a stop it is glued to ("in Tokio.KIYOSHI OTA | EFE")."""
    line_start = max((b for b in breaks if b <= at), default=0)
    low = at - _LINE_BACK
    window = line_start if line_start >= low else _window_start(text, low)
    head = text[window:at]
    begin = window + last_sentence_start(head)
    for m in _GLUED_START.finditer(head):
        begin = max(begin, window + m.end())
    copyright_ = head.rfind(" ©")
    if copyright_ >= 0:  # "... in Paris. © Name / AFP": the copyright sign opens the credit
        begin = max(begin, window + copyright_ + 1)
    for m in _patterns().chrome.finditer(head):
        begin = max(begin, window + m.end())
    return max(begin, line_start)


def _candidates(text: str, breaks: tuple[int, ...]) -> list[_Found]:
    base = max(0, len(text) - _TAIL)
    found: list[_Found] = []
    for m in _PAREN.finditer(text, base):
        content = (m.group(1) or m.group(2) or m.group(3)).strip()
        if _DATELINE_DASH.match(text, m.end()) and agency(content):
            continue  # "ISLAMABAD, Nov. 3, 2024 (Xinhua) -- ...", "NEW YORK (AP) — ...": datelines
        if agency(content) and (_spelled_before(text, m.start(), content) or _RUNS_ON.match(text, m.end())):
            continue
        closes = not text[m.end() :].strip(" .")
        if _is_paren_credit(
            content,
            closes,
            closes or text[max(0, m.start() - 4) : m.start()].rstrip()[-1:] in (".", "!", "?"),
        ):
            # ZUMA's "(Credit Image: © Name/ZUMA Wire)" prints as "Name/ZUMA Wire".
            line, start = re.sub(r"^Credit Image:\s*©?\s*", "", content), m.start()
            if agency(content) is not None:
                # "2017.MIRCEA ROSCA (EFE)": the photographer's name glued before an agency's parenthesis.
                floor = _floor(text, m.start(), breaks)
                name = strip_label(text[floor : m.start()]).strip()  # "Foto: Marina López (ACN)"
                if is_creator_name(name):
                    line, start = f"{name} {text[m.start() : m.end()]}", floor
            found.append(_Found(start, m.end(), line, 0))
    leads = _leads(text, base)
    for i, (m, lead) in enumerate(leads):
        begin = m.start() if lead.keep else m.end()
        # A credit printed twice ("REUTERS/Name REUTERS/Name/Pool"): the next marker ends the chain; one
        # right after this marker opens its credit ('MANDATORY CREDIT "AFP PHOTO / ...').
        following = [n.start() for n, _ in leads[i + 1 : i + 3] if n.start() > m.end()]
        end = min(_chain_end(text, m.end(), breaks), following[0] if following else len(text))
        line = text[begin:end].strip().rstrip(".,;:").strip()
        if line and (not lead.verify or _credible(line)):
            found.append(_Found(m.start(), end, line, 1, lead.binding))
    for m in _patterns().trail.finditer(text, base):
        # The line runs back to the sentence start, parenthesis, quote or line start nearest the marker;
        # only the last _LINE_BACK characters are read for them: a start further back would make the line
        # too long to be a credit anyway, and reading the whole head for each marker made a caption ending
        # in a flood of markers cost its length squared.
        floor = _floor(text, m.start(), breaks)
        head = text[floor : m.start()]
        begin = floor + max(_paren_before(head), head.rfind('"') + 1)
        line = text[begin : m.end()].strip()
        if line and len(line) <= _LINE_MAX:
            found.append(_Found(begin, m.end(), line, 2))
    # A credit found by its marks leaves nothing for the line reader (most wire captions have one).
    if not found:
        found += _line_chains(text, breaks, base)
    return found


def _credible(line: str) -> bool:
    """Whether a chain reads as a credit: it names an agency, a photographer, or the party that handed the
    picture out ("Фото: Офіс Президента")."""
    parsed = _parse(_clean_line(line))
    # A party named, or a whole credit that says only how the picture came ("Supplied").
    party = parsed.doubt is None and bool(parsed.parties or parsed.provenance)
    named = parsed.source is not None or parsed.creator is not None or party
    return bool(named) and not _SENTENCE_TEXT.search(line)


# How many of the last lines may hold a credit of their own ("...in La Paz, Bolivia\nAP PHOTO/NAME",
# then chrome lines); the first line may too ("© NAME\n...", "AFP 4 | NAME\n...").
_LAST_LINES = 3
_RUN_TOKEN = re.compile(r"^(?:[A-ZÀ-Þ][\w'’.-]*|[a-z]{1,3}(?:[-'’][A-Z][\w'’-]*)?)$")


def _line_chains(text: str, breaks: tuple[int, ...], base: int) -> list[_Found]:
    """Credits read from the end of a line backwards: the longest run of chain elements (agencies,
    photographers, handout/pool words, organisations joined by "/") before the line's end, or before
    page chrome in it. "...en el mitin de Dos Hermanas / EFE - Julio Muñoz", "– AP Photo / Name",
    "...Tokio.KIYOSHI OTA | EFE", "Name/Crown Prince Court - Abu Dhabi" on its own line."""
    starts = [0, *breaks]
    lines = list(zip(starts, [b - 1 for b in breaks] + [len(text)], strict=True))
    picked = lines[-_LAST_LINES:] + ([lines[0]] if len(lines) > _LAST_LINES else [])
    found: list[_Found] = []
    for start, end in picked:
        if end <= base and start:
            continue
        ends = {end}
        for m in _patterns().stops.finditer(text, start, end):
            ends.add(m.start())
        for at in sorted(ends)[-4:]:
            floor = _floor(text, at, breaks)
            chain = _chain_back(text, floor, at, own_line=0 < start == floor and at == end)
            if chain is not None:
                found.append(_Found(chain[0], chain[1], text[chain[0] : chain[1]], 2))
    return found


def _kind(element: str, last: bool) -> tuple[str, int]:
    """What a chain element is, and where it ends when the chain ran past an agency ("Toronto Star Feb.
    19"): agency, marker (handout, pool, file, stringer), person, org, other."""
    clean = strip_label(element)
    for pattern in _patterns().prefixes:  # "Photo by Name", "© Name"
        clean = pattern.sub("", clean)
    clean = clean.strip(" *©\"'")
    if not clean or (last and _editor_initials(clean)):
        return "empty", len(element)
    low = clean.lower()
    if agency(clean) is not None:
        return "agency", len(element)
    if any(low in word_set(k) for k in ("handout_words", "pool_words", "stringer_words", "file_words")):
        return "marker", len(element)
    if _EMAIL.fullmatch(clean):
        return "org", len(element)  # McClatchy: "Name/name@herald-leader.com", the paper's address
    if is_creator_name(clean) and not _paper_named(clean, last):
        return "person", len(element)
    # "© Seyllou, AFP": a copyright holder known by one name before the agency ("© UNICEF" alone is none).
    one_name = _MONONYM.match(clean) or _CAPS_MONONYM.match(clean)
    if not last and one_name and element.lstrip(PUNCT_LEFT).startswith("©"):
        return "person", len(element)
    if "-" in clean and _glued_agency(clean) is not None:
        return "agency", len(element)  # "Morgan Tencza-Imagn Images"
    prefix = agency_prefix(clean)
    if prefix is not None:
        rest = clean[prefix[1] :].strip()
        if rest.isdigit() or _agency_and_name(clean) is not None:
            return "agency", len(element)
        if last and not rest[:1].islower():  # not "Reuters reported clashes"
            return "agency", element.index(clean) + prefix[1]
    tokens = clean.split()
    if (
        len(tokens) <= 6
        and not any(c.isdigit() for c in clean)
        and tokens[0][:1].isupper()
        and all(t[:1].isupper() or t.lower() in word_set("org_joiners") for t in tokens)
    ):
        return "org", len(element)
    return "other", len(element)


# A photographer's address at the paper after their name: "Name/nsmith@herald-leader.com".
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def _paper_named(element: str, last: bool) -> bool:
    """Whether a name-shaped element is a newspaper's ("WINDSOR STAR", "Tampa Bay Times"): a paper's word
    closing it where it closes the chain, after its photographer; elsewhere, a paper's word and no known
    given name opening it ("Jason Post/AP" is a photographer)."""
    if not is_news_org(element):
        return False
    return (last and is_news_org(element.split()[-1])) or not known_name(element.split())


# "RNZ Pacific", "KSL TV": a broadcaster or paper known by its initials, then a word of its name.
_ACRONYM_LED = re.compile(r"^[A-Z]{3,5}(?: [A-Z][a-z][\w'’-]*)+$")


def _acronym_led(element: str) -> bool:
    """Whether a name-shaped element opens with an organisation's initials ("RNZ Pacific"), not a given
    name written in capitals."""
    return bool(_ACRONYM_LED.match(element)) and not is_given_name(element.split()[0])


def _editor_initials(element: str) -> bool:
    """Whether a chain's last element is an editor's initials in lower case ("foc."), not "dpa"."""
    return bool(_EDITOR_INITIALS.match(element)) and agency(element) is None


def _name_run(element: str) -> int | None:
    """Where a photographer's name at the end of ELEMENT starts ("...in Ottawa February19, 2022 Steve
    Russell"): the longest run of two to four name tokens, all capitals or all not, that reads as a name."""
    tokens = list(re.finditer(r"\S+", element))
    best = None
    # A capitalised run after a lower-case word is sentence text ("en el mitin de Dos Hermanas").
    for k in range(2, min(4, len(tokens)) + 1):
        run = tokens[-k:]
        words_ = [t.group() for t in run]
        if not all(_RUN_TOKEN.match(w) for w in words_):
            break
        # AFP writes "Ludovic MARIN"; a capital word before a name is no part of it ("TO FOLLOW Barbara").
        caps = [w.isupper() for w in words_ if len(w) > 2 and w[0].isupper()]
        if caps != sorted(caps):
            break
        before = tokens[-k - 1].group() if len(tokens) > k else ""
        if before[:1].islower() or not words_[0][:1].isupper():
            continue
        if is_creator_name(" ".join(words_)):
            best = run[0].start()
    return best


def _chain_back(text: str, floor: int, end: int, own_line: bool = False) -> tuple[int, int] | None:
    """The credit chain that ends at END, read backwards no further than FLOOR, or None. OWN_LINE: the
    chain is the whole of a line after the caption's."""
    segment = text[floor:end]
    stripped = segment.rstrip(" .;,")
    if stripped.endswith(")") and stripped.count("(") < stripped.count(")"):
        stripped = stripped[:-1]  # "Photo Name /Insidefoto/Sipa USA)": a parenthesis never opened
    segment = stripped.rstrip()
    if not segment:
        return None
    if own_line and _STATION.fullmatch(segment):
        return floor, floor + len(segment)  # "...on Thursday.\nTelemundo 47": the station's picture
    joints = list(_JOINT.finditer(segment))
    bounds = [0, *[j.end() for j in joints]]
    stops = [j.start() for j in joints] + [len(segment)]
    kinds: list[str] = []
    begin, finish, persons = None, len(segment), 0
    for i in range(len(bounds) - 1, -1, -1):
        a, b = bounds[i], stops[i]
        element = segment[a:b]
        last = i == len(bounds) - 1
        kind, cut = _kind(element, last)
        joint = "" if last else joints[i].group()
        slashy = any(c in joint for c in "/|\\-–") or _VIA.search(joint) is not None
        if last and kind == "agency" and cut < len(element):
            finish = a + cut
        if kind == "empty":
            continue
        if kind in ("agency", "marker") or (kind == "org" and (last or slashy)):
            kinds.append(kind)
        elif kind == "person" and not (persons and not slashy):
            kinds.append(kind)
            persons += 1
        else:
            if kind in ("other", "org") and not last and ("/" in joint or "|" in joint):
                run = _name_run(element)
                tail = _agency_tail(element)
                if run is not None:
                    kinds.append("person")
                    begin = a + run
                elif tail is not None:  # "11 bm. (sr) PAP/Name": an editor's initials before the agency
                    kinds.append("agency")
                    begin = a + tail
            break
        begin = a + len(element) - len(element.lstrip(PUNCT_LEFT))
    if begin is None:
        return None
    # "Name/Staff photographer", "Name | Houston Chronicle": a photographer and their paper, joined.
    joined = (
        any(c in segment[begin:finish] for c in "/|") or _EMAIL.search(segment, begin, finish) is not None
    )
    named = "agency" in kinds or ("person" in kinds and ("org" in kinds or "marker" in kinds) and joined)
    copyright_ = segment[begin:].lstrip().startswith("©") and "person" in kinds
    alone = kinds == ["person"] and _name_alone(text, floor, segment[begin:finish], own_line)
    # "... in Gulfport on Oct. 10. Contributed": a reader's or a party's picture, said alone after it.
    supplied = kinds == ["marker"] and _supplied_alone(text, floor, segment[begin:finish])
    if not (named or copyright_ or alone or supplied) or finish - begin > _LINE_MAX:
        return None
    return floor + begin, floor + finish


def _name_alone(text: str, floor: int, name: str, own_line: bool = False) -> bool:
    """A photographer's name in capitals standing alone after the caption's last sentence, as El País prints
    it ("... en el Congreso de los Diputados. LUCÍA MORENO"), or in any case on a line of its own after a
    sentence's stop, as The Age prints it ("... in Dandenong on Tuesday.\nJason South"): the whole
    sentence, a known given name first, and a caption not itself in capitals."""
    before = text[:floor].rstrip()
    return (
        (name.isupper() or (own_line and before[-1:] in (".", "!", "?") and len(name.split()) <= _LINE_NAME))
        and text[floor:].strip().removesuffix(".").strip() == name
        and known_name(name.split())
        and bool(before)
        and not text[:floor].isupper()
    )


def _supplied_alone(text: str, floor: int, word: str) -> bool:
    """A handout word that makes a whole credit ("Contributed", "Submitted photo") standing alone as the
    caption's last sentence or line, after another sentence."""
    return (
        word.lower() in word_set("supplied_words")
        and text[:floor].rstrip()[-1:] in (".", "!", "?")
        and text[floor:].strip().removesuffix(".").strip() == word
    )


# A photographer's name on a line of its own is two or three words.
_LINE_NAME = 3


_CAPS_WORD = re.compile(r"[A-Z]{2,}")


def _agency_tail(element: str) -> int | None:
    """Where an agency's name in capitals that ends ELEMENT starts ("(sr) PAP"), or None."""
    head, _, word = element.rstrip().rpartition(" ")
    if head and _CAPS_WORD.fullmatch(word) and agency(word) is not None:
        return len(head) + 1
    return None


def _window_start(text: str, at: int) -> int:
    """A word start at or after AT (0 if AT is before the text): a window that starts mid-word would read
    a different word before its first stop."""
    if at <= 0:
        return 0
    space = text.find(" ", at)
    return len(text) if space < 0 else space + 1


def _paren_before(head: str) -> int:
    """Where text after the last parenthesis starts; one closing right at the marker, or before a chain
    joint, belongs to the chain ("Majid Karimi/WANA (West Asia News Agency) via REUTERS", "Office of the
    Leader/WANA (West Asia News Agency)/Handout via REUTERS")."""
    close = head.rfind(")")
    after = head[close + 1 :].strip()
    if close >= 0 and (not after or (after.startswith("/") and after.count("/") == 1)):
        close = head.rfind(")", 0, max(head.rfind("(", 0, close), 0))
    return close + 1


def _choose(found: list[_Found]) -> _Found | None:
    """The supplier's own instruction if given; else, of overlapping finds the most explicit; then one
    naming a photographer; then the first."""
    binding = [f for f in found if f.binding]
    if binding:
        return binding[0]
    kept: list[_Found] = []
    for f in sorted(found, key=lambda f: (f.rank, f.start)):
        if not any(f.start < k.end and k.start < f.end for k in kept):
            kept.append(f)
    if len(kept) < 2:
        return kept[0] if kept else None
    return min(kept, key=lambda f: (_parse(_clean_line(f.line)).creator is None, f.start))


@lru_cache(maxsize=4096)
def _clean_line(line: str) -> str:
    """The credit line as printed: no label before it, nothing after the agency that ends its chain."""
    # "[File photo: Name/Reuters]": the file label is the page's, as "Photo:" is (find_credit reads it).
    line = _undouble(strip_label(_file_label().sub("", line, count=1))).removeprefix("©").strip()
    line = _without_regional_tail(line)
    joints = list(_JOINT.finditer(line))
    start = joints[-1].end() if joints else 0
    last = line[start:]
    if agency(last) is None:
        prefix = agency_prefix(last)
        rest = last[prefix[1] :].strip() if prefix is not None else ""
        # "Name/Getty Images for The Recording Academy": a client after the agency belongs to the credit, as
        # does the photographer after it ("ANP KOEN VAN WEEL").
        if (
            prefix is not None
            and agency(rest) is None
            and not rest[:1].islower()
            and not _agency_and_name(last)
        ):
            line = line[: start + prefix[1]]
    return line.strip()


_OUT_TAIL = re.compile(r"\s*/?\s+OUT$")
_REGION_JOINT = re.compile(r"\s+AND\s+|\s*,\s*")


def regional_tail(names: list[str], is_region: Callable[[str], bool], longest: int) -> str | None:
    """The longest run of NAMES' last words, of at most LONGEST, whose parts ("CHINA AND TAIWAN") each name a
    region: what stands before "OUT" where EPA glues it to a name ("PAWEL SUPERNAK POLAND OUT")."""
    for size in range(longest, 0, -1):
        region = " ".join(names[-size:])
        parts = [p for p in _REGION_JOINT.split(region) if p]
        if parts and all(is_region(p) for p in parts):
            return region
    return None


def _without_regional_tail(line: str) -> str:
    """The line without EPA's regional restriction glued to its last element ("EPA-EFE/PAWEL SUPERNAK POLAND
    OUT", "... SWEDEN OUT / DENMARK OUT"): the country before "OUT" is no part of the photographer's name.
    The restriction itself is read by find_provenance."""
    while (out := _OUT_TAIL.search(line)) is not None:
        names = line[: out.start()].split(" ")
        region = regional_tail(names, _is_country, min(4, len(names) - 1))
        if region is None:
            return line
        line = " ".join(names[: -len(region.split(" "))]).rstrip(" /")
    return line


@cache
def _country_words() -> frozenset[str]:
    import pycountry  # only for a line ending in "OUT"

    names = {
        getattr(c, key).casefold()
        for c in pycountry.countries
        for key in ("name", "common_name", "official_name")
        if hasattr(c, key)
    }
    return frozenset(names | {w.casefold() for w in words("provenance", "regional_extra")})


def _is_country(name: str) -> bool:
    return name.isupper() and name.casefold() in _country_words()


def find_credit(text: str, breaks: tuple[int, ...] = ()) -> Credit:
    """The credit of a cleaned caption, or an empty Credit when it has none.

    `breaks`: offsets where a line of the original began (see `clean_with_breaks`).
    """
    chosen = _choose(_candidates(text, breaks))
    if chosen is None:
        named = _distributor_named(text)
        return named if named.source is not None else _dateline_agency(text)
    cleaned = _clean_line(chosen.line)
    parsed = _parse(cleaned)
    end = chosen.end
    at = text.find(chosen.line, chosen.start, chosen.end)
    if cleaned != chosen.line and chosen.line.startswith(cleaned) and at >= 0:
        # "Foto: Name/Agência Brasil Rio de Janeiro (RJ) 22/03/2024 – ...": the text after the agency that
        # ends the chain is the caption's, its dateline; the credit stops at the agency.
        end = at + len(cleaned)
    doubt, creator, parties = parsed.doubt, parsed.creator, parsed.parties
    if doubt is not None and parsed.parties and _named_elsewhere(text, parsed.parties[0], chosen):
        doubt = None  # "This photo provided by the Monterey Bay Aquarium ... (Monterey Bay Aquarium via AP)"
    elif doubt is not None and creator is None and parties and _handed_out_by(text, chosen, parties[0], True):
        doubt = None  # "This photo provided by the Chilean Carabineros ... (Carabineros de Chile via AP)"
    elif (
        creator is not None
        and (doubt is not None or not known_name(creator.split()))  # "issued by Andrew H Williams": his own
        and _handed_out_by(text, chosen, creator, False, doubt is None)
    ):
        # "Handout photo released by Médecins Sans Frontières ... MANDATORY CREDIT "AFP PHOTO / MEDECINS
        # SANS FRONTIERES"", "released by the UN mission MONUSCO ... (Photo by MONUSCO / AFP)": the name the
        # credit gives is the party's, not a photographer's.
        parties, creator, doubt = (creator, *parties), None, None
    provenance = parsed.provenance
    # Al Jazeera: "[File: Name/AFP]", a file picture said by the label the line reader strips.
    if _file_label().match(chosen.line) and all(k != ProvenanceKind.FILE for k, _, _ in provenance):
        provenance = (*provenance, (ProvenanceKind.FILE, parsed.line or chosen.line, None))
    return Credit(parsed.line, creator, parsed.source, chosen.start, end, provenance, parties, doubt)


def _named_elsewhere(text: str, party: str, chosen: _Found) -> bool:
    """Whether the caption names PARTY outside its credit: the caption says who it is."""
    outside = text[: chosen.start] + " " + text[chosen.end :]
    return re.search(rf"(?<!\w){re.escape(party)}(?!\w)", outside) is not None


# "provided by the Chilean Carabineros", "released by Médecins Sans Frontières": a few words may stand
# between "by" and a word of the party's name.
_BY_WORDS = 4


def _handed_out_by(text: str, chosen: _Found, name: str, any_word: bool, said: bool = False) -> bool:
    """Whether the caption outside its credit says NAME handed the picture out: "by" and NAME (accents
    and case aside) a few words after it; with ANY_WORD, one of NAME's own words (not an organisation's
    common word: "Ministry", "Police") will do ("by the Chilean Carabineros" for "Carabineros de
    Chile"). SAID: a verb of handing out must say so ("released by", not "taken by")."""
    outside = fold(text[: chosen.start] + " " + text[chosen.end :])
    if any_word:
        common = words("people", "org_words") | people_words("particles")
        wanted = [fold(w) for w in name.split() if len(w) > 3 and w.lower() not in common]
    else:
        wanted = [fold(name)]
    by = _handed_out() if said else "by"
    lead = rf"(?<!\w)(?:{by})\s+(?:the\s+)?(?:[\w'’.-]+\s+){{0,{_BY_WORDS}}}?"
    # The word must be in the text for the pattern to find it: most captions are settled without compiling
    # a pattern for the name.
    return any(w in outside and re.search(rf"{lead}{re.escape(w)}(?!\w)", outside) for w in wanted)


@cache
def _handed_out() -> str:
    """The phrases of handed_out_verbs, folded, a few words allowed before their last ("released on
    Thursday by")."""
    phrases = []
    for phrase in sorted(word_set("handed_out_verbs")):
        head, _, last = phrase.rpartition(" ")
        phrases.append(rf"{re.escape(fold(head))}(?:\s+[\w,'’.-]+){{0,3}}?\s+{re.escape(last)}")
    return "|".join(phrases)


# An agency's name is a few words: this many after a distributor phrase are read for one.
_DISTRIBUTOR_WORDS = 4


def _distributor_named(text: str) -> Credit:
    """A credit with only a source, where the caption names its distributor in words and prints no credit
    line ("Video obtained by REUTERS"), or an empty Credit."""
    for m in _patterns().distributor.finditer(text, max(0, len(text) - _TAIL)):
        tokens = text[m.end() :].split(maxsplit=_DISTRIBUTOR_WORDS)[:_DISTRIBUTOR_WORDS]
        for k in range(len(tokens), 0, -1):
            named = agency(" ".join(tokens[:k]).rstrip(".,;:"))
            if named is not None:
                return Credit(source=named.name)
    return Credit()


def _dateline_agency(text: str) -> Credit:
    """A credit with only a source where the caption prints no credit but opens with its agency's story
    dateline ("ABU DHABI, 24th November, 2025 (WAM) -- ..."): the agency distributes the picture."""
    m = _DATELINE_AGENCY.search(text, 0, _DATELINE_HEAD)
    named = agency(m.group(1)) if m else None
    if named is None:
        # Yonhap's "(서울=연합뉴스) 김도훈 기자 =", "(Seoul=Yonhap)": the city filed from, then the agency.
        named = next((found for m in _FILED_FROM.finditer(text) if (found := agency(m.group(1)))), None)
    return Credit(source=named.name) if named is not None else Credit()


@cache
def _file_label() -> re.Pattern[str]:
    """ "File:" opening a credit ("[File: Name/AFP]", "[File photo: Name/Reuters]"), in the words of
    file_words."""
    return re.compile(rf"^{phrases('credit', 'file_words')}\s*:\s*(?=\S)")


@cache
def _file_tail() -> re.Pattern[str]:
    """ "..., File" closing a chain ("Name/The Canadian Press via AP, File"), in the words of file_words."""
    return re.compile(rf",?\s+{phrases('credit', 'file_words')}$")


# A Chinese name: two to four Han characters.
_HAN_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")
# "MIRCEA ROSCA (EFE)", "Name (Foto: Agency)": the agency in parentheses after the photographer.
_TRAILING_PAREN = re.compile(r"\s*\(([^()]+)\)\s*$")


@cache
def _parse(line: str) -> Credit:
    """Read a credit chain into creator, source and what it says of provenance."""
    text = strip_label(line)
    for pattern in _patterns().prefixes:
        text = pattern.sub("", text).strip()
    handout = pool = file = False
    byline_party: str | None = None
    byline_name: str | None = None  # the photographer a byline form names ("新华社记者 李贺 摄")
    for form in _patterns().bylines:  # "The Hill Times photograph by Name": Name/The Hill Times
        m = form.match(text)
        if m:
            name, org = m.groupdict().get("name"), m.group("org").strip()
            text = f"{name.strip()}/{org}" if name else org
            if m.group("courtesy"):
                handout, byline_party = True, org
            elif name:
                byline_name = name.strip()
            break
    m = _file_tail().search(text)
    if m:  # "(Name/The Canadian Press via AP, File)": the distributor is read without "File"
        file, text = True, text[: m.start()]
    text = _TRAILING_PAREN.sub(lambda p: "/" + strip_label(p.group(1)), text)
    distributor: Agency | None = None
    pieces = _VIA.split(text)
    if len(pieces) > 1:
        distributor = agency(pieces[-1])
        head, _, photographer = pieces[-1].partition("/")
        named, _, marker = pieces[-1].partition(", ")
        if distributor:
            text = " / ".join(pieces[:-1])
        elif agency(named) and marker.lower() in word_set("pool_words"):
            # "(Name/Chattanooga Times Free Press via AP, Pool)": the pool marker after the distributor.
            distributor = agency(named)
            text = " / ".join([*pieces[:-1], marker])
        elif photographer and agency(head):  # "Action Images via Reuters/Paul Denton"
            distributor = agency(head)
            text = " / ".join([*pieces[:-1], photographer])
    patterns = _patterns()
    elements = []
    client: Agency | None = None  # "Name for The New York Times": on the paper's assignment
    for piece in _SPLIT.split(text):
        m = _CLIENT.search(piece)
        client = client or (agency(m.group("client")) if m else None)
        element = _undouble(_CLIENT.sub("", piece).strip(" *©\"'"))
        ranked = patterns.rank.match(element)
        if ranked and is_creator_name(element[ranked.end() :]):
            element = element[ranked.end() :]  # "Mass Communication Specialist 2nd Class Ryan Ortega"
        if patterns.handout_tail.search(element):  # EPA: "UKRAINIAN PRESIDENTIAL PRESS SERVICE HANDOUT"
            element = patterns.handout_tail.sub("", element)
            elements.append("HANDOUT")
        if patterns.pool_tail.search(element):  # Getty: "Ray Dalton-Pool/Getty Images"
            element = patterns.pool_tail.sub("", element)
            elements.append("Pool")
        glued = _glued_agency(element) if "-" in element and agency(element) is None else None
        if glued is not None:  # "Morgan Tencza-Imagn Images": the photographer, then the agency
            elements.extend(glued)
            continue
        if not elements and element.lower() in word_set("agency_photo_words"):
            continue  # "PHOTO | NAME | NMG": a label opening the chain names no one
        if _EMAIL.fullmatch(element):
            continue  # "Name/nsmith@herald-leader.com": the photographer's address names no party
        if any(c.isalpha() for c in element):  # "-/XinHua/dpa": a dash holds no one's place
            elements.append(element)
    if len(elements) > 1 and _editor_initials(elements[-1]):
        elements.pop()
    # "(Party via AP)": one name left of a handout distributor is the party, not a photographer; but
    # "Sebastian Sobczak via REUTERS" names the contributor who took it: a name that opens with a known
    # given name ("Monterey Bay Aquarium via AP" is an organisation's).
    # So is one name before a handout marker: "Novo Nordisk/Handout via REUTERS" names the company.
    named_elements = [e for e in elements if e.lower() not in word_set("handout_words")]
    party_only = (
        distributor is not None
        and distributor.via_is_handout
        and len(named_elements) == 1
        and named_elements[0] == elements[0]
        and not (is_creator_name(elements[0]) and known_name(elements[0].split()))
    )

    creator: str | None = None
    agencies: list[Agency] = []
    parties: list[str] = []
    services: list[str] = []  # picture agencies no list knows: "Huw Evans Agency", "Press 22"
    for element in elements:
        low = element.lower()
        prefix = None if agency(element) else agency_prefix(element)
        named = agency(element) or (prefix[0] if prefix else None)
        if named:
            agencies.append(named)
            after = _agency_and_name(element) if prefix else None
            if after is not None and creator is None and not party_only:
                creator = natural_case(after)
        elif low in word_set("handout_words"):
            handout = True
        elif patterns.handout_prefix.match(element):
            handout = True  # "THE CANADIAN PRESS/HO-Annick deGooyer": the party that handed it out
            parties.append(patterns.handout_prefix.sub("", element))
        elif low in word_set("pool_words") or re.search(r"\bpool\b", low):
            pool = True
            rest = patterns.pool_words.sub("", element).strip()
            if rest and creator is None and not party_only and is_creator_name(rest):
                creator = natural_case(rest)  # EFE: "EFE/ Juanjo Martín POOL", the pool's photographer
            elif rest:
                parties.append(rest)
        elif low in word_set("stringer_words"):
            pass
        elif low in word_set("file_words"):
            file = True
        elif creator is None and element == byline_name and _HAN_NAME.fullmatch(element):
            creator = element  # a Chinese name has no capitals or spaces: the byline says it is one
        elif element == byline_party:
            parties.append(element)  # "Photo courtesy President House": who handed it out, no photographer
        elif creator is None and not party_only and (signed := _name_and_paper(element)) is not None:
            creator = natural_case(signed[0])  # "Samuel Ouellet Le Devoir": the name, then its paper
            services.append(signed[1])
        elif not party_only and (
            (len(elements) == 1 and _paper_named(element, False)) or _acronym_led(element)
        ):
            services.append(element)  # "Photo: Samoa Observer", "RNZ Pacific/Name": the paper or broadcaster
        elif len(elements) == 1 and _STATION.fullmatch(element):
            services.append(element)  # "Telemundo 47": a station's own picture
        elif creator is None and not party_only and is_creator_name(element):
            creator = natural_case(element)
        elif creator is None and not party_only and len(elements) > 1 and _is_mononym(element, elements):
            # "AP Photo/Libkos", "Photo by SEYLLOU / AFP": one name beside agencies.
            creator = natural_case(element)
        elif not party_only and _picture_service(element):
            services.append(element)
        elif party_only or not is_person_name(element) or names_organisation(element.split()):
            parties.append(element)

    source = distributor or (agencies[0] if agencies else None) or client
    supplied = bool(elements) and all(e.lower() in word_set("supplied_words") for e in elements)
    # "@HaitiInfoLive/via REUTERS", "Social media/via REUTERS": posted online, not handed out by a party.
    handles = [p for p in parties if p.startswith("@") or p.lower() in word_set("social_media_parties")]
    # A news organisation distributed by a wire is its member or partner ("Name/Bay Area News Group via
    # AP", "Kyodo News via AP"), not a party that handed the picture out.
    suppliers = [p for p in parties if p not in handles and not is_news_org(p)]
    # "(Party via AP)", "Party/Handout via REUTERS": a party outside the distributing agency provided it.
    outside = [
        a.name for a in agencies if (distributor is None or a.name != distributor.name) and not a.partner
    ]
    if distributor and distributor.via_is_handout and not pool and (suppliers or outside):
        handout = True
    # "(Photo by KCNA VIA KNS / AFP)": an organisation, not a photographer, supplied it; but "AP Photo/DW"
    # ends in the photographer's initials.
    initials = len(elements) > 1 and _INITIALS.match(elements[-1]) and agency(elements[-2]) is not None
    orgs = [p for p in parties if p not in handles and not (initials and p == elements[-1])]
    if creator is not None and any(a.surname_first for a in agencies):
        creator = _given_first(creator)
    if creator is not None and any(a.particle_capitalised for a in agencies):
        creator = _particle_capitalised(creator, line)
    if any(text.lower().endswith(f" {w}") for w in word_set("genitive_labels")):
        creator = None  # "Vardo Pavardės / BNS nuotr.": the photographer's name in the genitive
    if creator is None and not pool and any(is_organisation(p) for p in orgs):
        handout = True
    # "(AFP PHOTO / Solar Impulse 2 / Jean Revillard)": a party between the agency and its photographer
    # supplied the picture.
    if (
        creator is not None
        and not pool
        and distributor is None
        and len(elements) > 2
        and agency(elements[0]) is not None
        and is_creator_name(elements[-1])
        and any(p in elements[1:-1] for p in suppliers)
    ):
        handout = True
    party = byline_party or next(iter(parties or outside), None)
    provenance: list[tuple[ProvenanceKind, str, str | None]] = []
    if handout:
        provenance.append((ProvenanceKind.HANDOUT, line, party))
    if pool:
        provenance.append((ProvenanceKind.POOL, line, party))
    if file:
        provenance.append((ProvenanceKind.FILE, line, None))
    if handles:
        provenance.append((ProvenanceKind.SOCIAL_MEDIA, line, handles[0]))
    # "Name/Crown Prince Court": an organisation no list knows, after its photographer, supplied it.
    source_name = source.name if source else (services[0] if services else None)
    if source_name is None and creator is not None and suppliers and not handout:
        head, _, last = suppliers[0].rpartition(" ")  # "QNA PHOTO" is QNA
        source_name = head if head and last.lower() in word_set("agency_photo_words") else suppliers[0]
    elif source_name is None and creator is None and handout and not pool and suppliers == elements:
        source_name = suppliers[0]  # "Image credit: NASA": the party that handed it out supplied it alone
    if (
        source_name is None
        and creator is None
        and not provenance
        and (_agency_alone(elements) or _paper_alone(elements))
    ):
        source_name = elements[0]  # "Foto: Nampa": an agency no list knows, named alone after its label
    return Credit(
        line=line,
        creator=creator,
        source=source_name,
        provenance=tuple(provenance),
        parties=tuple(parties),
        # A credit that names the party that handed the picture out, or where it was posted, is whole; so is
        # one that says only that the picture was handed out ("Picture: Supplied"): there is no more to find.
        doubt=_doubt(line, creator, source_name, (handout and party is not None) or bool(handles) or supplied)
        or _doubt_names(line, creator, [p for p in parties if _name_shaped(p) and not handout])
        or _doubt_creator(line, creator)
        or (_party_doubt(line, elements[0]) if party_only and is_creator_name(elements[0]) else None),
    )


def _doubt(line: str, creator: str | None, source: str | None, handed_out: bool) -> str | None:
    """Why a credit read may be wrong, said precisely, or None when it reads as a credit should: it
    names an agency or a photographer, or who handed the picture out, and holds no sentence text."""
    if len(line) > _LONG_LINE and _SENTENCE_TEXT.search(line):
        return f"the credit found holds sentence text: '{line[:_LONG_LINE]}...'"
    if creator is None and source is None and not handed_out:
        return f"no agency or photographer found in the credit '{line}'"
    return None


_TITLE_WORD = re.compile(r"^[A-ZÀ-Þ][\w'’.-]*$")


def _name_shaped(party: str) -> bool:
    """A party of two to four capitalised words that is no organisation's: a person's name no rule
    reads ("Al Drago", "El Tayeb Siddig": a particle first), or one; or a known given name and more words,
    a name with words no rule knows glued after it ("Juan Carlos Hidalgo Leer más")."""
    tokens = party.split()
    if len(tokens) > 1 and tokens[-1].lower() in word_set("not_name_words") and not is_given_name(tokens[0]):
        return False  # "IMAGO/Seskim Photo": a picture agency's name, no one's
    if len(tokens) > 1 and party.isupper() and tokens[0] in word_set("paper_articles_cased"):
        return False  # "EL UNIVERSAL", "LE MONDE": a paper's name
    articled = len(tokens) > 1 and tokens[0].upper() in word_set("paper_articles_cased")
    if articled and not is_given_name(tokens[1]):
        return False  # "La Opinión", "El Nuevo Herald", "Le Devoir": a paper's name in title case
    if is_person_name(party):
        return True
    if len(tokens) < 2 or is_organisation(party):
        return False
    return (len(tokens) <= 4 and all(_TITLE_WORD.match(t) for t in tokens)) or is_given_name(tokens[0])


def _doubt_names(line: str, creator: str | None, named: list[str]) -> str | None:
    """A name-like element the photographer was not read from: two names, or none read from one (a
    party that handed the picture out, "THE CANADIAN PRESS/HO-Name", is no photographer)."""
    if named and creator is None:
        return f"no photographer read from '{named[0]}' in the credit '{line}'"
    if named and creator is not None and natural_case(named[0]) != creator:
        return f"two names in the credit '{line}': '{creator}' is taken for the photographer"
    return None


@lru_cache(maxsize=4096)
def _agency_and_name(element: str) -> str | None:
    """The photographer's name after an agency's in one element, as ANP and Belga write it ("ANP KOEN VAN
    WEEL", "BELGA PHOTO DIRK WAEM"): a name that opens with a known given name and names no place ("Agência
    Brasil Rio de Janeiro" is the agency and its city). None otherwise."""
    prefix = agency_prefix(element)
    if prefix is None:
        return None
    rest = element[prefix[1] :].strip()
    label, _, after = rest.partition(" ")
    if label.endswith(":") and label[:-1].lower() in word_set("agency_photo_words"):
        rest = after  # "AFP PHOTO: Name"
    rest = rest.removeprefix(":").strip()
    tokens = rest.split()
    # "MTI Fotó: Koszticsák Szilárd": an agency that writes the surname first has the given name last.
    known = known_name(tokens) or (prefix[0].surname_first and known_name(tokens[::-1]))
    if tokens and is_creator_name(rest) and known and not not_a_person(tokens):
        return rest
    return None


def _particle_capitalised(name: str, line: str) -> str:
    """A name recased from capitals with its first particle capitalised, as Belgian surnames are written
    ("PIETER-JAN DE WAELE" is Pieter-Jan De Waele); one printed in mixed case stays as printed."""
    at = line.upper().find(name.upper())
    if at < 0 or not line[at : at + len(name)].isupper():
        return name
    tokens = name.split()
    for i, token in enumerate(tokens[1:], 1):
        if token in people_words("particles"):
            tokens[i] = token[:1].upper() + token[1:]
            break
    return " ".join(tokens)


@lru_cache(maxsize=4096)
def _glued_agency(element: str) -> tuple[str, str] | None:
    """A photographer's name glued to an agency's by a hyphen, as Imagn prints it ("Morgan Tencza-Imagn
    Images"): the name and the agency, or None. Tried at each hyphen, so "Jean-Paul Roy-Imagn" splits at the
    second."""
    at = element.find("-")
    while at > 0:
        name, rest = element[:at].strip(), element[at + 1 :].strip()
        if agency(rest) is not None and is_creator_name(name):
            return name, rest
        at = element.find("-", at + 1)
    return None


def _given_first(name: str) -> str:
    """A name written surname first ("Dvořák Tomáš") in natural order, when its last word is a known given
    name and its first is not."""
    tokens = name.split()
    if len(tokens) == 2 and is_given_name(tokens[1]) and not is_given_name(tokens[0]):
        return f"{tokens[1]} {tokens[0]}"
    return name


_NUMBER = re.compile(r"\d{1,4}")


def _agency_alone(elements: list[str]) -> bool:
    """Whether a credit is one word in title case that names no one, no place and no kind of picture
    ("Foto: Nampa", "Photo: Kurier"): a national agency or a paper no list knows. A handout's party is an
    organisation's word or an acronym ("Almannavarnir", "PIB"), and is read as one before this."""
    if len(elements) != 1 or not _MONONYM.match(elements[0]):
        return False
    word = elements[0]
    tags = words("people", "org_words") | word_set("not_name_words") | word_set("social_media_parties")
    return word.lower() not in tags and not is_given_name(word) and not is_place_word(word)


def _paper_alone(elements: list[str]) -> bool:
    """Whether a credit is a paper's name alone ("Photo: Premium Times", "Photo: Daily Star"): capitalised
    words, the last a paper's word, the first no given name."""
    if len(elements) != 1:
        return False
    tokens = elements[0].split()
    return (
        1 < len(tokens) <= _LONG_NAME
        and all(t[:1].isupper() for t in tokens)
        and tokens[-1].lower() in word_set("news_org_words")
        and not is_given_name(tokens[0])
    )


def _name_and_paper(element: str) -> tuple[str, str] | None:
    """A photographer's name and their paper's printed after it with no joint, as Quebec papers sign
    ("Photo: Samuel Ouellet Le Devoir", "Name La Presse"): a name of two or more words opening with a known
    given name, then a paper's article and a word that is no given name ("Tran Thi Le Hang" is one name)."""
    tokens = element.split()
    i = _paper_article_at(tokens)
    if i is None:
        return None
    name = " ".join(tokens[:i])
    if (
        not is_given_name(tokens[i - 1])
        and not is_given_name(tokens[i + 1])
        and known_name(tokens[:i])
        and is_creator_name(name)
        and all(t[:1].isupper() for t in tokens[i + 1 :])
    ):
        return name, " ".join(tokens[i:])
    return None


def _paper_article_at(tokens: list[str]) -> int | None:
    """Where a capitalised paper's article stands after two words or more of a name, not after a particle
    ("Juan Carlos De La Cruz"), with a word after it: "Samuel Ouellet Le Devoir"."""
    for i in range(2, len(tokens) - 1):
        article = tokens[i]
        if article[:1].isupper() and article.upper() in word_set("paper_articles_cased"):
            return None if tokens[i - 1].lower() in people_words("particles") else i
    return None


def _picture_service(element: str) -> bool:
    """Whether a chain element names a picture agency by its photographer's name or its number ("Huw Evans
    Agency", "Brian Lawless Photography", "Press 22"), not a party that handed the picture out ("Defence
    Industry Agency", "Presidential Press Service")."""
    low = element.lower()
    service = next((w for w in word_set("picture_service_words") if low.endswith(f" {w}")), None)
    if service is not None:
        rest = element[: -len(service)].strip()
        return is_person_name(rest) or (" " not in rest and is_given_name(rest))
    head, _, number = element.rpartition(" ")
    return head.lower() in word_set("picture_service_words") and bool(_NUMBER.fullmatch(number))


# Where a name this long, or one of three words opening with no known given name, is a photographer's,
# the credit is doubted: "Name Purchase Licensing Rights", "Smithsonian National Zoo".
_LONG_NAME = 4
_INITIAL_TOKEN = re.compile(r"^[A-Z]\.$")


def _doubt_creator(line: str, creator: str | None) -> str | None:
    """Whether the photographer read may be an organisation or words, not a person: a name of four words or
    more, or of three with no known given name (particles, "Sander van der Velde", aside), or one that
    ends in an agency's name."""
    if creator is None:
        return None
    tokens = creator.split()
    if _paper_article_at(tokens) is not None:
        # "Erick Labbé Le Soleil": a paper's name may follow the photographer's, unjoined.
        return f"'{creator}' may end with a paper's name: check the photographer in the credit '{line}'"
    if any(t.lower() in people_words("particles") for t in tokens):
        return None
    unknown = not (known_name(tokens) or surname_like_title(tokens))
    # Initials count for no word: "B. Jothi Ramalingam", "R. V. Moorthy" are names of two and one.
    spelled = [t for t in tokens if not _INITIAL_TOKEN.match(t)]
    long_ = len(spelled) >= _LONG_NAME or (len(spelled) == _LONG_NAME - 1 and unknown)
    if long_ or (
        len(tokens) > 2 and agency(tokens[-1]) is not None
    ):  # "Name Reuters", not "Charles Rex Arbogast"
        return f"'{creator}' may not be a person's name: check the photographer in the credit '{line}'"
    return None


def _party_doubt(line: str, party: str) -> str:
    """A name before "via AP" that opens with no known given name is read as the party that supplied the
    picture ("Monterey Bay Aquarium via AP"); it may be a photographer's (find_credit drops this doubt
    when the caption names the party elsewhere, "provided by the Monterey Bay Aquarium")."""
    return f"'{party}' is read as the party that supplied the picture, not its photographer: '{line}'"


_MONONYM = re.compile(r"^[A-Z][a-z]{2,}$")
# AFP prints a photographer known by one name in capitals ("Photo by SEYLLOU / AFP"); shorter runs of
# capitals are acronyms ("WFP", "IAEA"), as is a run with three consonants together ("UNRWA"), and a party
# that handed a picture out comes with a handout marker.
_CAPS_MONONYM = re.compile(r"^(?![A-Z]*[B-DF-HJ-NP-TV-XZ]{3})[A-ZÀ-Þ]{5,}$")


def _is_mononym(element: str, elements: list[str]) -> bool:
    """Whether a single word names the photographer: title case, no organisation word or tag ("Photo" of
    "[Photo/Xinhua]"), and the rest of the chain agencies only."""
    low = element.lower()
    # Only before its agency ("SEYLLOU / AFP"): after one it is more often a party ("ANSA/QUIRINALE").
    caps = bool(_CAPS_MONONYM.match(element)) and not is_place_word(element) and agency(elements[0]) is None
    tags = words("people", "org_words") | word_set("not_name_words")
    if not (_MONONYM.match(element) or caps) or low in tags:
        return False
    return all(e == element or agency(e) is not None for e in elements)


# Agency feeds glue a name to itself: "CHRISTOF STACHECHRISTOF STACHE" is "CHRISTOF STACHE".
_GLUED = re.compile(r"([A-Z][\w.'’ -]{3,}?\w)\1(?![\w])")


def _undouble(text: str) -> str:
    # Searched first: a template's substitution costs a call into Python's re even where nothing matches.
    return _GLUED.sub(r"\1", text) if _GLUED.search(text) else text
