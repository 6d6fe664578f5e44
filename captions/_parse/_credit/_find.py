"""find_credit: the credit chosen among the candidates, and the credit a caption gives in words (handed out
by, distributed by, a dateline's agency).
"""

from __future__ import annotations

import re
from functools import cache

from ..._fold import fold
from ..._model import ProvenanceKind
from ..._regex import NamedPattern, has_word
from ..._rules import rules, words
from .._names import known_name, people_words
from ._candidates import _TAIL, _candidates
from ._chain import _DASH_LEAD, _clean_line, _file_label, _parse, _supplied_label
from ._elements import _doubt
from ._patterns import _patterns
from ._result import Credit, _Found
from ._words import (
    agency,
    is_creator_name,
    word_set,
)

# An agency's story dateline near the caption's start: "ABU DHABI, 24th November, 2025 (WAM) -- ...".
_DATELINE_AGENCY = re.compile(r"\(([^()]{2,40})\)\s*(?:--|[—–-]\s)")


_DATELINE_HEAD = 200
# An agency's name between slashes after a story dateline, a space either side: " / وام / ".
_DATELINE_SLASHED = re.compile(r" / ([^/()\d]{2,30}?) / ")


# "(서울=연합뉴스)", "(Seoul=Yonhap)": where a story was filed from, "=", and the agency's name; Newsis and
# News1 write it in square brackets ("[부산=뉴시스]").
_FILED_FROM = re.compile(r"[(\[][^()\[\]=]{1,30}=\s*([^()\[\]=]{2,40}?)\s*[)\]]")
# Yonhap's byline after it: "(강릉=연합뉴스) 유형재 기자 =", a name of two to four Hangul syllables,
# "reporter" and "=".
_BYLINE = re.compile(r"\s*([가-힣]{2,4})\s?기자\s?=")


# A text agency's story dateline before its parenthesised agency: "Santa Cruz, 3 feb (ABI).-", "Lima, feb. 5
# (ANDINA).": the town, its comma, then a day and a short month in either order; Uzbek joins them with a
# hyphen ("Toshkent, 13-sentabr (UzA).").
_WIRE_DATELINE = re.compile(
    r"^[^\W\d_][^,()]{0,40}, (?:\d{1,2}(?:\s+|-)[^\W\d_]{3,10}\.?|[^\W\d_]{3,10}\.?\s+\d{1,2})\s*$"
)


_BRACKETED_DAY_AFTER = re.compile(r"\s*\(\d{1,2}/\d{1,2}/\d{2,4}\)")


def _in_wire_dateline(text: str, found: _Found) -> bool:
    """Whether a parenthesised credit is the agency of a text agency's story dateline, which credits the
    story: a labelled credit later in the caption credits the picture."""
    return (
        text[found.start : found.start + 1] == "(" and _WIRE_DATELINE.match(text[: found.start]) is not None
    )


def _choose(found: list[_Found], text: str) -> _Found | None:
    """The supplier's own instruction if given; else, of overlapping finds the most explicit; then one
    naming a photographer; then one outside a text agency's dateline; then the first."""
    binding = [f for f in found if f.binding]
    if binding:
        return binding[0]
    kept: list[_Found] = []
    for f in sorted(found, key=lambda f: (f.rank, f.start)):
        if not any(f.start < k.end and k.start < f.end for k in kept):
            kept.append(f)
    if len(kept) < 2:
        return kept[0] if kept else None
    # "di Tanjung, Kabupaten Lombok Utara, NTB, Selasa (22/8/2028). ANTARA FOTO/Name/nym.": a province's
    # initials an agency shares (NTB, Norway's), then the weekday and its date in brackets, as Indonesian
    # captions date the picture: the place chain of the sentence, not its credit.
    dated = [f for f in kept if _BRACKETED_DAY_AFTER.match(text, f.end)]
    if dated and len(dated) < len(kept):
        kept = [f for f in kept if f not in dated]
        if len(kept) < 2:
            return kept[0]
    if (
        kept[0].start == 0
        and kept[-1].end >= len(text.rstrip())
        and _clean_line(kept[0].line) != (closing := _clean_line(kept[-1].line))
        and _parse(closing).source is not None
    ):
        # A page's figure: "Image: Keir Starmer speaks in the House of Commons. Pic: PA". The label opening
        # the caption says what the picture shows; the credit is the one that closes it (unless it is the
        # same credit said twice, as Agência Brasil does).
        kept = kept[1:]
    return min(
        kept, key=lambda f: (_parse(_clean_line(f.line)).creator is None, _in_wire_dateline(text, f), f.start)
    )


def find_credit(text: str, breaks: tuple[int, ...] = ()) -> Credit:
    """The credit of a cleaned caption, or an empty Credit when it has none.

    `breaks`: offsets where a line of the original began (see `clean_with_breaks`).
    """
    found = _candidates(text, breaks)
    chosen = _choose(found, text)
    if chosen is None:
        named = _distributor_named(text)
        return named if named.source is not None else _dateline_agency(text, breaks)
    cleaned = _clean_line(chosen.line)
    parsed = _parse(cleaned, _DASH_LEAD.match(chosen.line) is not None)
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
        # Three words and more, no known given name: a body's name as often, "by" alone will say so.
        and _handed_out_by(text, chosen, creator, False, doubt is None and len(creator.split()) < _BODY_WORDS)
    ):
        # "Handout photo released by Médecins Sans Frontières ... MANDATORY CREDIT "AFP PHOTO / MEDECINS
        # SANS FRONTIERES"", "released by the UN mission MONUSCO ... (Photo by MONUSCO / AFP)": the name the
        # credit gives is the party's, not a photographer's.
        parties, creator, doubt = (creator, *parties), None, None
    elif creator is not None and not known_name(creator.split()) and _handout_flag().match(text):
        # "HANDOUT - ... Foto: Hafen Hamburg Marketing/dpa": the caption says it was handed out, and the name
        # the credit gives opens with no known given name: the party's, not a photographer's.
        parties, creator, doubt = (creator, *parties), None, None
    if creator is not None and _acronym_of_body(text, chosen, creator):
        # "Fotografía cedida por la Secretaría de Marina de México (Semar) ... EFE/Semar": the caption spells
        # the credit's one word out as a body's initials, no photographer's name.
        parties, creator, doubt = (creator, *parties), None, None
    if creator is not None and _named_craft(text, chosen, creator):
        # "... taken by the European Space Agency's Solar Orbiter spacecraft ... ESA & NASA/Solar Orbiter/PHI
        # Team/Handout": the name the credit gives is the craft's that took the picture, no photographer's.
        creator = None
    if doubt is None and parsed.line and sum(1 for part in parsed.line.split(";") if part.strip()) > 1:
        # "(AP Photo/Rebecca Blackwell; Amr Nabil/AP)": a combination's credits, one photographer each.
        doubt = f"two credits in '{parsed.line}': one photographer cannot stand for both pictures"
    provenance = parsed.provenance
    # Al Jazeera: "[File: Name/AFP]", a file picture said by the label the line reader strips.
    if _file_label().match(chosen.line) and all(k != ProvenanceKind.FILE for k, _, _ in provenance):
        provenance = (*provenance, (ProvenanceKind.FILE, parsed.line or chosen.line, None))
    # Australian pages: "(Supplied: Parks Victoria)", a handout said by the label the line reader strips.
    if _supplied_label().match(chosen.line) and all(k != ProvenanceKind.HANDOUT for k, _, _ in provenance):
        provenance = (*provenance, (ProvenanceKind.HANDOUT, parsed.line or chosen.line, parsed.line))
        if doubt is not None and creator is None and parsed.source is None:
            # The party that handed the picture out is the whole credit: nothing is missing from it.
            doubt = _doubt(parsed.line or chosen.line, None, None, True)
    if chosen.binding and all(k != ProvenanceKind.HANDOUT for k, _, _ in provenance):
        # AFP: "(Photo by Handout / Saudi Press Agency / AFP) / ... MANDATORY CREDIT "AFP PHOTO / SPA"": the
        # required credit names the agency that handed the picture out; the byline says it was a handout.
        handed = next(
            (
                entry
                for f in found
                if f is not chosen and "handout" in f.line.lower()
                for entry in _parse(_clean_line(f.line)).provenance
                if entry[0] == ProvenanceKind.HANDOUT
            ),
            None,
        )
        provenance = (*provenance, handed) if handed is not None else provenance
    source = parsed.source
    if (
        source is not None
        and any(k == ProvenanceKind.HANDOUT for k, _, _ in provenance)
        and agency(source) is None
    ):
        # "(Photo courtesy of the 11th Regional Coast Guard Headquarters)(Kyodo)": the party handed the
        # picture to the agency whose own credit follows; the agency distributes it, as "X via AP" says.
        source = _agency_after(found, chosen) or source
    if source is None and any(k == ProvenanceKind.HANDOUT for k, _, _ in provenance):
        # Yonhap: "(서울=연합뉴스) 김주형 기자 = ... [대통령실 제공]": a party handed the picture to
        # the agency whose story dateline opens the caption; the agency distributes it (its reporter
        # filed it, no photographer).
        source = _dateline_agency(text, breaks).source
    if (
        creator is None
        and source is not None
        and not any(k == ProvenanceKind.HANDOUT for k, _, _ in provenance)
    ):
        # An export's field block: "By-line: Diego Vara" on a line of its own, "Credit: REUTERS" on another.
        creator = _byline_field(text, breaks)
    if _latin_acronym_alone(text, chosen, parsed.line, provenance):
        # "... ქუთაისში, 29 იანვარი 2027. ფოტო: IPN": a Latin acronym alone credits a caption in another
        # script: the national agency's initials, no party that handed the picture out (which such a caption
        # names in its own script).
        provenance, parties, source = (), (), parsed.line
    return Credit(parsed.line, creator, source, chosen.start, end, provenance, parties, doubt)


def _agency_after(found: list[_Found], chosen: _Found) -> str | None:
    """The agency a credit after the chosen one names alone ("(Kyodo)"), or None."""
    for f in found:
        if f.start >= chosen.end:
            named = agency(_clean_line(f.line))
            if named is not None:
                return named.name
    return None


# The photographer's field of an export pasted as the caption (IPTC's By-line, XMP's dc:creator), a line of
# its own: "Caption: ...\nBy-line: Diego Vara\nCredit: REUTERS".
_BYLINE_FIELD = re.compile(r"(?:By-?line|BY-?LINE|Creator|CREATOR|Photographer|PHOTOGRAPHER)\s*:\s*(?=\S)")
# A page's credit block writes the field's name on a line of its own, the photographer on the next
# ("Photographer\nKim Hong-ji\nAgency\nReuters").
_BYLINE_LABEL_LINE = re.compile(r"(?:By-?line|BY-?LINE|Creator|CREATOR|Photographer|PHOTOGRAPHER)\s*:?\s*")


def _byline_field(text: str, breaks: tuple[int, ...]) -> str | None:
    """The photographer named by an export's By-line field opening a line of the caption, or None."""
    starts = (0, *breaks)
    lines = [(a, b - 1 if b < len(text) else b) for a, b in zip(starts, (*breaks, len(text)), strict=True)]
    for i, (start, end) in enumerate(lines):
        if _BYLINE_LABEL_LINE.fullmatch(text, start, end) and i + 1 < len(lines):
            name = text[lines[i + 1][0] : lines[i + 1][1]].strip()
        elif m := _BYLINE_FIELD.match(text, start, end):
            name = text[m.end() : end].strip()
        else:
            continue
        return name if is_creator_name(name) else None
    return None


_ACRONYM = re.compile(r"[A-Z]{2,6}")
_LATIN_LETTER = re.compile(r"[A-Za-z]")
_LETTER = re.compile(r"[^\W\d_]")


def _latin_acronym_alone(
    text: str,
    chosen: _Found,
    line: str | None,
    provenance: tuple[tuple[ProvenanceKind, str, str | None], ...],
) -> bool:
    """Whether a credit is a Latin acronym alone, read as a handout's party, in a caption written in another
    script (no Latin letter in its text outside the credit)."""
    if (
        line is None
        or not _ACRONYM.fullmatch(line)
        or [k for k, _, _ in provenance] != [ProvenanceKind.HANDOUT]
    ):
        return False
    outside = text[: chosen.start] + text[chosen.end :]
    return _LETTER.search(outside) is not None and _LATIN_LETTER.search(outside) is None


def _acronym_of_body(text: str, chosen: _Found, name: str) -> bool:
    """Whether a credit's one-word NAME is a body's short name the caption gives in brackets after the body's
    capitalised name, outside the credit: "la Comisión Nacional del Agua (Conagua)"."""
    bracketed = f"({name})"
    # The bracketed word must be in the text for more to be tried: most captions are settled by one find.
    if " " in name or bracketed not in text:
        return False
    outside = text[: chosen.start] + " " + text[chosen.end :]
    at = outside.find(bracketed)
    return at > 0 and _BODY_BEFORE_BRACKET.search(outside, 0, at) is not None


# Two capitalised words of a body's name, joined by at most one small word, right before a bracket
# ("Secretaría de Marina de México ", "Defensa Nacional ").
_BODY_BEFORE_BRACKET = re.compile(r"\b[A-ZÀ-Ý][\w’'-]+\s+(?:[a-zà-ÿ]{1,3}\s+)?[A-ZÀ-Ý][\w’'-]+\s*$")


def _named_craft(text: str, chosen: _Found, name: str) -> bool:
    """Whether NAME is a craft's: it ends in a craft's noun ("Perseverance Rover"), or the caption outside its
    credit writes it before one ("Solar Orbiter spacecraft")."""
    if name.split()[-1].lower() in people_words("craft_nouns"):
        return True
    outside = text[: chosen.start] + " " + text[chosen.end :]
    if name not in outside:
        return False
    return _before_craft().found(outside, name)


@cache
def _before_craft() -> NamedPattern:
    """A name, then a craft's noun, in any case ("Solar Orbiter spacecraft")."""
    crafts = "|".join(sorted(people_words("craft_nouns")))
    return NamedPattern((r"(?<!\w)", rf"\s+(?:{crafts})\b"), re.IGNORECASE)


@cache
def _handout_flag() -> re.Pattern[str]:
    """The prefix flags of text.toml that say the picture was handed out ("HANDOUT - ...")."""
    flags = [p["pattern"] for p in rules("text")["prefix"] if p.get("kind") == "handout"]
    return re.compile("|".join(f"(?:{f})" for f in flags) or r"(?!)")


def _named_elsewhere(text: str, party: str, chosen: _Found) -> bool:
    """Whether the caption names PARTY outside its credit: the caption says who it is."""
    outside = text[: chosen.start] + " " + text[chosen.end :]
    return has_word(outside, party)


# "provided by the Chilean Carabineros", "released by Médecins Sans Frontières": a few words may stand
# between "by" and a word of the party's name.
_BY_WORDS = 4
# A name of this many words with no known given name may be a body's ("Medecins Sans Frontieres").
_BODY_WORDS = 3


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
    # The word must be in the text for the pattern to find it: most captions are settled without a search.
    return any(w in outside and _by_then_name(said).found(outside, w) for w in wanted)


@cache
def _by_then_name(said: bool) -> NamedPattern:
    """ "by" (with SAID, a verb of handing out and "by"), a few words, then a name."""
    by = _handed_out() if said else "by"
    return NamedPattern((rf"(?<!\w)(?:{by})\s+(?:the\s+)?(?:[\w'’.-]+\s+){{0,{_BY_WORDS}}}?", r"(?!\w)"))


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


# The Gulf agencies' Arabic datelines close their own line with the agency's name after the day: SPA's
# "الرياض 12 شعبان 1448 هـ الموافق 20 يناير 2027 م واس", QNA's "الدوحة في 20 يناير /قنا/".
_DATELINE_CLOSE = re.compile(r"\d\s*(?:[^\W\d_]{1,3}\.?\s+)?/?\s*([^\W\d_]{2,12})\s*/?\s*$")


def _dateline_agency(text: str, breaks: tuple[int, ...] = ()) -> Credit:
    """A credit with only a source where the caption prints no credit but opens with its agency's story
    dateline ("ABU DHABI, 24th November, 2025 (WAM) -- ...", "الرياض ... 20 يناير 2027 م واس" on a line of
    its own): the agency distributes the picture."""
    m = _DATELINE_AGENCY.search(text, 0, _DATELINE_HEAD)
    named = agency(m.group(1)) if m else None
    if named is None and "/" in text[:_DATELINE_HEAD]:
        # WAM's Arabic story dateline: "أبوظبي في 25 مارس / وام / ...", the agency between slashes.
        slashed = _DATELINE_SLASHED.search(text, 0, _DATELINE_HEAD)
        named = agency(slashed.group(1)) if slashed else None
    if named is None and breaks and breaks[0] <= _DATELINE_HEAD:
        closing = _DATELINE_CLOSE.search(text, 0, breaks[0] - 1)
        named = agency(closing.group(1)) if closing else None
    if named is None:
        # Yonhap's "(서울=연합뉴스) 김도훈 기자 =", "(Seoul=Yonhap)": the city filed from, then the agency.
        filed = next((m for m in _FILED_FROM.finditer(text) if agency(m.group(1))), None)
        named = agency(filed.group(1)) if filed else None
        byline = _BYLINE.match(text, filed.end()) if filed else None
        if named is not None and byline is not None:
            # "(강릉=연합뉴스) 유형재 기자 = ...": the photographer's byline after the agency's dateline.
            return Credit(creator=byline.group(1), source=named.name)
    return Credit(source=named.name) if named is not None else Credit()
