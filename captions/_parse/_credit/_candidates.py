"""Where credits sit: the candidates of the caption's tail, in brackets, after a marker or on a line of
their own.
"""

from __future__ import annotations

import itertools
import re

from ._chain import _CLIENT, _SPLIT, _VIA, _clean_line, _parse
from ._elements import _SENTENCE_TEXT, PAPER_FILE_PHOTO, _agency_and_name, _kind, _paper_named
from ._lines import _LINE_MAX, _chain_back, _floor, _line_chains
from ._patterns import _any_byline, _any_opener, _leads, _patterns
from ._result import _Found
from ._words import (
    agency,
    agency_prefix,
    is_creator_name,
    is_news_org,
    is_signing_paper,
    names_organisation,
    strip_label,
    word_set,
)

# Credits sit at the end; looking only there keeps long texts cheap and body mentions out.
_TAIL = 1500


# "(AP Photo/Name)", China Daily's "[Xinhua]" in square brackets, Kyodo's "（共同）" in full-width ones.
_PAREN = re.compile(r"\(([^()]{2,250})\)|\[([^\[\]]{2,250})\]|（([^（）]{2,250})）")


# A run of capitals glued to a name ends its chain: "THE CANADIAN PRESS/Jeff McIntoshCALGARY — ...".
_GLUED_CAPS = re.compile(r"(?<=[a-z])(?=[A-Z]{3,}\b)")


_DATELINE_DASH = re.compile(r"\s*(?:--|[—–-]\s|:\s)")  # "(Xinhua) --", "(AP) —", ANI's "(ANI): "


# A parenthesis that runs on in its sentence, a lower-case word next: "Jonas Gahr Støre (Ap) i
# spørretimen" is a party's tag, "the Saudi Press Agency (SPA) said" a name spelled out, no credit.
_RUNS_ON = re.compile(r"\s+[a-zà-ÿ]")


_PAPER_DASH = re.compile(r"\s[—–-]\s")


# A party named alone in a closing parenthesis is a few words long.
_PARTY_WORDS = 5


_SENTENCE_STOP = re.compile(r"\.\s+(?=\S)")


# "ABC News", "SBS", "RNZ": a broadcaster or paper known by its initials.
_ACRONYM_OPENS = re.compile(r"[A-Z]{2,5}\b")


# An organisation's initials in brackets: " (ANA)".
_OWN_INITIALS = re.compile(r" ?\(([A-Z]{2,6})\)")


def _spells_element(chain: str, acronym: str) -> bool:
    """Whether the capitalised words of the chain's last element, all of them, spell ACRONYM out:
    "Name/African News Agency (ANA)", not "Name/Agência Brasil Rio de Janeiro (RJ)"."""
    element = chain.rpartition("/")[2]
    return "".join(w[0] for w in element.split() if w[:1].isupper()) == acronym


def _chain_end(text: str, start: int, breaks: tuple[int, ...] = ()) -> int:
    """Where a credit's chain stops: restriction text, page chrome, tags, the end of its line, a glued
    capital run, or the end of its sentence."""
    end = next((b - 1 for b in breaks if b > start), len(text))
    stop = _patterns().stops.search(text, start, end)
    while stop:
        # The New York Times joins agencies with a dash: "Agence France-Presse — Getty Images".
        if stop.group().strip() in ("—", "―") and _agency_opens(text[stop.end() : end]):
            stop = _patterns().stops.search(text, stop.end(), end)
            continue
        # "Name/African News Agency (ANA)": the agency's own initials closing its name belong to the credit.
        own = _OWN_INITIALS.match(text, stop.start(), end)
        if (
            own is None
            or not _spells_element(text[start : stop.start()], own.group(1))
            or text[own.end() : end].strip(" .")
        ):
            break
        stop = _patterns().stops.search(text, own.end(), end)
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
    if _any_opener().match(content) is not None:
        return True
    unlabelled = strip_label(content)
    if unlabelled != content and closes_caption:
        return True  # "(Photo: PIB)": a label says so
    content = unlabelled
    parts = [p for p in _SPLIT.split(_VIA.sub("/", content)) if p]
    # "(AP Photo/Name)", "(Xinhua/Li Wei)", "(Name/Pool via AP)": a known agency opens or closes it, a file
    # picture's word after a comma no part of it ("(Planet Labs PBC via AP, File)").
    closing = parts[-2:-1] if len(parts) > 1 and parts[-1].lower() in word_set("file_words") else parts[-1:]
    if parts and (agency(parts[0]) is not None or agency(closing[-1]) is not None):
        return True
    if len(parts) == 1 and _agency_and_name(parts[0]) is not None:
        return True  # "(ANP Photo Lex van Lieshout)"
    if (
        len(parts) == 1
        and _patterns().archive_prefix.match(parts[0])
        and _kind(parts[0], True)[0] == "agency"
    ):
        return True  # "(Archivio LaPresse)": the agency's own archive
    # Each form tried only where one of them matches (one match of their union): most brackets hold none.
    bylines = _patterns().bylines if closes_caption and _any_byline().match(content) else ()
    if any((m := form.match(content)) and m.group("org") for form in bylines):
        return True  # "（共同通信社ヘリから）": a form naming the organisation, and how it took the picture
    if closes_caption and (_on_assignment(content) or _byline_name(content) is not None):
        return True  # "(Name for The Washington Post)", "(AAP: Name)", "(ABC News: Name)"
    # "(State Emergency Service of Ukraine / Telegram)": a party's post on a social channel.
    if closes_caption and len(parts) > 1 and parts[-1].lower() in word_set("social_media_parties"):
        return True
    # "(국방부 제공)", "（新潟市提供）": a party and "provided" closing the caption, the handout word of
    # Korean, Japanese and Chinese pages.
    if (
        closes_caption
        and len(parts) == 1
        and len(content) <= _PROVIDED_CHARS
        and _patterns().provided_tail.search(content)
    ):
        return True
    # "(ESA/Handout)", "(Airbus/Handout)": a party and the handout word closing the caption.
    if closes_caption and len(parts) > 1 and parts[-1].lower() in word_set("handout_words"):
        return True
    if closes_caption and content.lower() in word_set("supplied_words"):
        return True  # "(Submitted photo)": a reader's or a party's picture
    if closes_caption and (m := _BY_NAME.fullmatch(content)) and is_creator_name(m.group(1)):
        return True  # "(by Laia Comas)": the photographer after a bare "by", closing the caption
    if closes_caption and _name_and_org(content) and _paper_named(content.split(", ")[1], True):
        return True  # "(Name, Deseret News)", "(Name, The Oregonian)": a photographer, a comma, their paper
    if closes_caption and " file " in content and PAPER_FILE_PHOTO.fullmatch(content) is not None:
        return True  # "(Argus Leader file photo)": the paper's own archive picture
    if closes_caption and _paper_and_name(content):
        return True  # Quebec papers: "(Le Soleil, Martine Cloutier)", the paper first
    if closes_caption and is_signing_paper(content):
        return True  # "（海峡时报）": a paper's own picture, signed by its name
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


# The longest bracket read as a party and "provided": a ministry's or a city office's name, no sentence.
_PROVIDED_CHARS = 30


# A bare "by" and a name of two to four capitalised words, as some pages credit in a closing bracket.
_BY_NAME = re.compile(r"by ([A-ZÀ-Þ][\w'’.-]+(?: [A-ZÀ-Þ][\w'’.-]+){1,3})")


# A US broadcaster's call sign: K or W and two or three capitals, a band or "TV" after it ("KSAT", "WRAL",
# "KOMO-TV"). Alone in a bracket after the caption's stop, it signs the station's picture.
_CALL_SIGN = re.compile(r"[KW][A-Z]{2,3}(?:-(?:TV|DT|FM|AM))?")
_CALL_SIGN_LONGEST = 7


def _call_sign_alone(text: str, at: int, content: str) -> bool:
    """A broadcaster's call sign alone in a bracket after the caption's last stop: "... on Sunday night.
    (WRAL)"; not an acronym explained in the sentence ("the World Health Organization (WHO)")."""
    short = len(content) <= _CALL_SIGN_LONGEST and content[:1] in ("K", "W")
    return short and bool(_CALL_SIGN.fullmatch(content)) and text[:at].rstrip()[-1:] in (".", "!", "?")


def _paper_and_name(content: str) -> bool:
    """A paper, a comma and its photographer, as Quebec papers close a caption: "Le Soleil, Martine Cloutier";
    the paper named as a paper's name is ("The Oregonian", "Le Devoir")."""
    parts = content.split(", ")
    if len(parts) != 2 or not is_creator_name(parts[1]):
        return False
    tokens = parts[0].split()
    articled = len(tokens) > 1 and tokens[0] in _TITLE_ARTICLES
    return articled or _paper_named(parts[0], True)


# Articles that open a paper's name in title case and no one's name: "Le Soleil", "Les Affaires".
_TITLE_ARTICLES = frozenset({"Le", "Les", "The", "Der", "Die", "Het"})


def _name_and_org(content: str) -> bool:
    """A photographer's name, a comma and their paper, as Kenyan papers close a caption in square brackets:
    "[Collins Kweyu, Standard]"."""
    parts = content.split(", ")
    return len(parts) == 2 and is_creator_name(parts[0]) and _kind(parts[1], True)[0] in ("org", "agency")


# A photographer's name in a closing bracket is two to four words.
_BRACKET_NAME_WORDS = (2, 4)


def _capitals_name(text: str, at: int, content: str) -> bool:
    """A photographer's name alone in capitals in a bracket after the caption's last stop, as Mexican papers
    close a caption: "... la tarde de este lunes. (JUAN PÉREZ)". Capitals set it off from a person named in
    the sentence ("(Juan Pérez)" may be one shown), and the stop from a name the sentence runs on to."""
    low, high = _BRACKET_NAME_WORDS
    return (
        content.isupper()
        and low <= len(content.split()) <= high
        and text[:at].rstrip()[-1:] in (".", "!", "?")
        and is_creator_name(content)
    )


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
    for form in _patterns().bylines if _any_byline().match(content) else ():
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


# A word of sentence text, which no credit's element holds ("via", "for" and "by" are shorter).
_LOWER_WORD = re.compile(r"(?<!\S)[a-zà-ÿ]{4,}\b")


def _candidates(text: str, breaks: tuple[int, ...]) -> list[_Found]:
    base = max(0, len(text) - _TAIL)
    found: list[_Found] = []
    for m in _PAREN.finditer(text, base):
        content = (m.group(1) or m.group(2) or m.group(3)).strip()
        if (chrome := _patterns().chrome.search(content)) is not None and chrome.start() > 0:
            content = content[: chrome.start()].strip()  # "(Screenshot: X; used in accordance with ...)"
        close = m.end()
        if (dated := _patterns().credit_date.search(content)) is not None:
            # "（中央社記者郭日曉攝 116年9月13日）": the picture's date closes the brackets; the credit stops
            # before it, and the zones read it as the credit's date stamp.
            close = text.index(content, m.start()) + dated.start()
            content = content[: dated.start()]
        if _DATELINE_DASH.match(text, m.end()) and agency(content):
            continue  # "ISLAMABAD, Nov. 3, 2024 (Xinhua) -- ...", "NEW YORK (AP) — ...": datelines
        if agency(content) and (_spelled_before(text, m.start(), content) or _RUNS_ON.match(text, m.end())):
            continue
        closes = not text[m.end() :].strip(" .")
        if (
            _is_paren_credit(
                content,
                closes,
                closes or text[max(0, m.start() - 4) : m.start()].rstrip()[-1:] in (".", "!", "?"),
            )
            or (
                closes
                and (
                    (m.group(2) is not None and _name_and_org(content))
                    # In square brackets too: Korea JoongAng Daily's "... on Saturday. [KIM JONG-HO]".
                    or _capitals_name(text, m.start(), content)
                )
            )
            or (closes and _call_sign_alone(text, m.start(), content))
        ):
            # ZUMA's "(Credit Image: © Name/ZUMA Wire)" prints as "Name/ZUMA Wire".
            line, start = re.sub(r"^Credit Image:\s*©?\s*", "", content), m.start()
            if agency(content) is not None:
                # "2017.MIRCEA ROSCA (EFE)": the photographer's name glued before an agency's parenthesis.
                floor = _floor(text, m.start(), breaks)
                name = strip_label(text[floor : m.start()]).strip()  # "Foto: Marina López (ACN)"
                if is_creator_name(name):
                    line, start = f"{name} {text[m.start() : m.end()]}", floor
            found.append(_Found(start, close, line, 0))
    leads = _leads(text, base)
    for i, (m, lead) in enumerate(leads):
        begin = m.start() if lead.keep else m.end()
        # A credit printed twice ("REUTERS/Name REUTERS/Name/Pool"): the next marker ends the chain; one
        # right after this marker opens its credit ('MANDATORY CREDIT "AFP PHOTO / ...').
        following = [n.start() for n, _ in leads[i + 1 : i + 3] if n.start() > m.end()]
        end = min(_chain_end(text, m.end(), breaks), following[0] if following else len(text))
        line = _unopened_close(text[begin:end].strip().rstrip(".,;:").strip())
        # A label opening a caption whose chain is all of it ("File photo: Traders at a market in Kano.")
        # labels the caption: it is a credit only where it reads as one.
        whole = not text[: m.start()].strip() and not text[end:].strip(" .")
        if line and (not (lead.verify or whole) or _credible(line)):
            found.append(_Found(m.start(), end, line, 1, lead.binding))
    for m in _patterns().trail.finditer(text, base):
        # The line runs back to the sentence start, parenthesis, quote or line start nearest the marker;
        # only the last _LINE_BACK characters are read for them: a start further back would make the line
        # too long to be a credit anyway, and reading the whole head for each marker made a caption ending
        # in a flood of markers cost its length squared.
        floor = _floor(text, m.start(), breaks)
        head = text[floor : m.start()]
        begin = floor + max(_paren_before(head), head.rfind('"') + 1)
        by = _last_photo_by(head)
        if by is not None:  # Getty's archive header: "... Photo of Name Photo by Name/Getty Images"
            begin = max(begin, floor + by)
        # Sentence text before the marker first: the chain is read back only then (a wire credit has none).
        chain = _chain_back(text, begin, m.end()) if _LOWER_WORD.search(text, begin, m.start()) else None
        if (
            chain is not None
            and chain[0] < m.start()
            and _LOWER_WORD.search(text, begin, chain[0])
            and is_creator_name(re.split(r"\s*/", text[chain[0] : m.start()], maxsplit=1)[0])
        ):
            # A page's caption and its credit run together with no stop: "... on Sunday Justin
            # Setterfield/Getty Images". The credit starts at the photographer's name, not the sentence.
            begin = chain[0]
        line = text[begin : m.end()].strip()
        if line and len(line) <= _LINE_MAX:
            found.append(_Found(begin, m.end(), line, 2))
    # A credit found by its marks leaves nothing for the line reader (most wire captions have one).
    if not found:
        found += _line_chains(text, breaks, base)
    if not found:
        found += _before_keywords(text, breaks)
    if not found:
        found += _closing_assignment(text, breaks)
    return found


def _closing_assignment(text: str, breaks: tuple[int, ...]) -> list[_Found]:
    """A photographer working for a publication as the caption's last sentence or line, with no bracket or
    label: "... in Wolverhampton on Friday. Stefan Rousseau for The Times" (the same words in a sentence
    would name a writer; alone after the caption's stop they credit its picture)."""
    end = len(text.rstrip(" ."))
    floor = _floor(text, end, breaks)
    line = text[floor:end].strip()
    before = text[:floor].rstrip()
    if line and before[-1:] in (".", "!", "?") and _on_assignment(line):
        return [_Found(floor, end, line, 2)]
    return []


# Europa Press's block: the credit line, then a line of the day and keywords ("03 FEBRERO 2027;CASA REAL").
_KEYWORD_LINE = re.compile(r"[0-3]?\d [^\W\d_]{3,10} \d{4};[^;]*;")
# A credit line is a few words; a longer one is the caption's text.
_CREDIT_LINE_WORDS = 8


def _before_keywords(text: str, breaks: tuple[int, ...]) -> list[_Found]:
    """The line before a keyword line, where no mark finds a credit: Europa Press prints its credit there,
    a party's name for a handout ("CASA DE S.M. EL REY")."""
    starts = [0, *breaks]
    for before, start in itertools.pairwise(starts):
        if _KEYWORD_LINE.match(text, start):
            line = text[before:start].strip()
            if 0 < len(line.split()) <= _CREDIT_LINE_WORDS and not line.endswith("."):
                return [_Found(before, before + len(line), line, 2)]
    return []


# "Photo by" inside a sentence: Getty's archive headers print the credit after the description with no stop
# ("UNSPECIFIED - CIRCA 1972: Photo of Name Photo by Michael Ochs Archives/Getty Images").
_PHOTO_BY = re.compile(r"(?<=\s)Photo by (?=[A-Z])")


def _last_photo_by(head: str) -> int | None:
    """Where the last "Photo by" in HEAD starts, or None."""
    found = None
    for m in _PHOTO_BY.finditer(head):
        found = m.start()
    return found


def _unopened_close(line: str) -> str:
    """LINE without a closing bracket it never opened: a lead inside a bracket ("（中新社记者 Name 摄）") runs
    to the bracket's end."""
    for opening, closing in (("(", ")"), ("（", "）")):
        if line.endswith(closing) and line.count(opening) < line.count(closing):
            return line[:-1].rstrip()
    return line


def _credible(line: str) -> bool:
    """Whether a chain reads as a credit: it names an agency, a photographer, or the party that handed the
    picture out ("Фото: Офіс Президента")."""
    parsed = _parse(_clean_line(line))
    # A party named, or a whole credit that says only how the picture came ("Supplied").
    party = parsed.doubt is None and bool(parsed.parties or parsed.provenance)
    named = parsed.source is not None or parsed.creator is not None or party
    return bool(named) and not _SENTENCE_TEXT.search(line)


def _paren_before(head: str) -> int:
    """Where text after the last parenthesis starts; one closing right at the marker, or before a chain
    joint, belongs to the chain ("Majid Karimi/WANA (West Asia News Agency) via REUTERS", "Office of the
    Leader/WANA (West Asia News Agency)/Handout via REUTERS")."""
    close = head.rfind(")")
    after = head[close + 1 :].strip()
    if close >= 0 and (not after or (after.startswith("/") and after.count("/") == 1)):
        close = head.rfind(")", 0, max(head.rfind("(", 0, close), 0))
    return close + 1
