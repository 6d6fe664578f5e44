"""Credits on the caption's last lines with no marker: a chain read backwards from a line's end."""

from __future__ import annotations

import re

from ..._rules import words
from .._names import known_name
from .._text import last_sentence_start
from .._vocabulary import language_of
from ._chain import _JOINT, _STATION, _VIA, _clean_line, _parse
from ._elements import _EMAIL, _kind, _paper_named
from ._patterns import _patterns
from ._result import _Found
from ._words import (
    PUNCT_LEFT,
    agency,
    demonym_paper,
    is_creator_name,
    is_signing_paper,
    names_organisation,
    place_paper,
    word_set,
)

# A trailing credit line is at most 160 characters: this much before its marker is read to find its start.
_LINE_MAX = 160


_LINE_BACK = 2 * _LINE_MAX


# Where a credit glued to the text before it starts: "in Gaza City.Name/AP", "2017.NAME (EFE)",
# "March 15, 2024Reuters", "2020.© Name", Chinese and Japanese full stops ("外滩观赏夜景。新华社").
# Only where a match ends is read. Each form opens with the character it needs (the stop, the digit), which
# the engine skips to; opening with a lookbehind, it was tried at every character (6 -> 3 us a caption).
_GLUED_START = re.compile(r"\.(?<=[a-zà-ÿ0-9)\]»”\"]\.)(?=[A-ZÀ-Þ©])|\d(?=[A-Z][a-z]{2,})|。")


# A stroke or a dash after a sentence's stop opens a page's credit: "... 2026. | OUEST-FRANCE", "... on
# Friday. — Supplied photo".
_STROKE_START = re.compile(r"[.!?]\s+(?=[|—–]\s)")

# A year's stop ends the dateline's sentence even when the credit after it opens in lower case, as a
# brand that writes its name so does: "... China March 19, 2027. cnsphoto via REUTERS".
_YEAR_STOP_START = re.compile(r"(?<![\d.])\d{4}\.\s+(?=[a-z])")


# Korean has no capitals to open a sentence: after a Hangul sentence's stop, or after Yonhap's dotted date,
# a Hangul word may open the credit ("... 걷고 있다. 연합뉴스", "... 있다. 2026.11.25 연합뉴스").
# It opens with its white space or its date's first digit, the text before them looked at after them, so
# that the engine skips to those characters rather than trying lookbehinds at every one.
_HANGUL_START = re.compile(
    r"[\s\d](?:(?<=[가-힣]\.\s)\s*|(?<=\d)(?<![\d.]\d)\d{3}\.\d{1,2}\.\d{1,2}\s+)(?=[가-힣])"
)


# Urdu's full stop "۔" and the Devanagari danda "।" end a sentence before a credit in Latin letters or in
# their own script, where no capital follows to mark a new sentence: "... کر رہے ہیں۔ APP photo".
_SCRIPT_STOP_START = re.compile(r"[۔।]\s+")


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
    for m in _STROKE_START.finditer(head):  # "... mardi 24 novembre 2026. | OUEST-FRANCE"
        begin = max(begin, window + m.end())
    for m in _YEAR_STOP_START.finditer(head):
        begin = max(begin, window + m.end())
    for m in _HANGUL_START.finditer(head):  # "... 걷고 있다. 2026.11.25 연합뉴스"
        begin = max(begin, window + m.end())
    for m in _SCRIPT_STOP_START.finditer(head):  # "... احتجاج کر رہے ہیں۔ APP photo"
        begin = max(begin, window + m.end())
    copyright_ = head.rfind(" ©")
    if copyright_ >= 0:  # "... in Paris. © Name / AFP": the copyright sign opens the credit
        begin = max(begin, window + copyright_ + 1)
    for m in _patterns().chrome.finditer(head):
        begin = max(begin, window + m.end())
    return max(begin, line_start)


# How many of the last lines may hold a credit of their own ("...in La Paz, Bolivia\nAP PHOTO/NAME",
# then chrome lines); the first line may too ("© NAME\n...", "AFP 4 | NAME\n...").
_LAST_LINES = 3


_RUN_TOKEN = re.compile(r"^(?:[A-ZÀ-Þ][\w'’.-]*|[a-z]{1,3}(?:[-'’][A-Z][\w'’-]*)?)$")


_LOWER_LETTER = re.compile(r"[a-zà-ÿ]")


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
        # The last few stops, and the first where all after it is in capitals: a restriction block after the
        # credit holds stops of its own ("UFFICIO STAMPA QUIRINALE/ANSA +++ HO - NO SALES EDITORIAL USE ONLY
        # +++"), and the sentence before it may too ("a Prato (Firenze), 20 settembre 2027. ANSA/NAME +++ NO
        # SALES, EDITORIAL USE ONLY +++").
        ordered = sorted(ends)
        tried = ordered[-4:]
        for at in ordered[: -len(tried)]:
            if _LOWER_LETTER.search(text, at, end) is None:
                tried.append(at)
                break
        for at in tried:
            floor = _floor(text, at, breaks)
            chain = _chain_back(text, floor, at, own_line=0 < start == floor and at == end)
            if chain is not None:
                found.append(_Found(chain[0], chain[1], text[chain[0] : chain[1]], 2))
    return found


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
        # Unless a two-word run opens with a known given name: "... closures this week Danny Lawson/PA".
        if (before[:1].islower() and not (k == 2 and known_name(words_[:1]))) or not words_[0][:1].isupper():
            continue
        if is_creator_name(" ".join(words_)):
            best = run[0].start()
    return best


# A party named before a handout marker is a few capitalised words ("Novo Nordisk", "Al Nassr").
_PARTY_RUN = 4


_PARTY_TOKEN = re.compile(r"[A-ZÀ-Þ][\w'’.&-]*")


def _party_run(element: str) -> int | None:
    """Where the party that handed the picture out starts at the end of ELEMENT, read before a handout
    marker ("... obtained from a social media video Al Nassr/Handout via REUTERS"): the capitalised words
    after the sentence's last word in lower case, or None."""
    tokens = list(re.finditer(r"\S+", element))
    k = 0
    while k < min(_PARTY_RUN, len(tokens)) and _PARTY_TOKEN.fullmatch(tokens[-k - 1].group()):
        k += 1
    if k == 0 or k == len(tokens) or not tokens[-k - 1].group()[:1].islower():
        return None
    return tokens[-k].start()


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
    if _signed_alone(text, floor, segment):
        return floor, floor + len(
            segment
        )  # "... आरती करते अर्चक। जागरण", "... Trade Centre. Dubai Media Office"
    if own_line and _STATION.fullmatch(segment):
        return floor, floor + len(segment)  # "...on Thursday.\nTelemundo 47": the station's picture
    joints = list(_JOINT.finditer(segment))
    bounds = [0, *[j.end() for j in joints]]
    stops = [j.start() for j in joints] + [len(segment)]
    kinds: list[str] = []
    texts: list[str] = []  # the agency, marker and organisation elements, last first
    begin, finish, persons = None, len(segment), 0
    for i in range(len(bounds) - 1, -1, -1):
        a, b = bounds[i], stops[i]
        element = segment[a:b]
        last = i == len(bounds) - 1
        kind, cut = _kind(element, last)
        joint = "" if last else joints[i].group()
        slashy = any(c in joint for c in "/|\\-–•·") or _VIA.search(joint) is not None
        if last and kind == "agency" and cut < len(element):
            finish = a + cut
        if last and kind == "other" and "©" in segment and _LOWER_BRAND.fullmatch(element.strip()):
            kind = "org"  # "© Name, xposure": a picture agency's name written in lower case, after the sign
        if kind == "empty":
            continue
        # Quebec papers open their credit line with the paper: "La Tribune, Julie Roy".
        paper_opens = own_line and i == 0 and kinds == ["person"] and _papery(element)
        if kind in ("agency", "marker") or (kind == "org" and (last or slashy or paper_opens)):
            kinds.append(kind)
            texts.append(element.strip())
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
                elif texts and texts[-1].lower() in word_set("handout_words"):
                    party = _party_run(element)
                    if party is not None:  # "... from a social media video Al Nassr/Handout via REUTERS"
                        kinds.append("org")
                        begin = a + party
            break
        begin = a + len(element) - len(element.lstrip(PUNCT_LEFT))
    if begin is None:
        return None
    # "Name/Staff photographer", "Name | Houston Chronicle": a photographer and their paper, joined.
    # A paper and its photographer alone on the caption's last line, the paper first: Quebec's "La
    # Tribune, Julie Roy", Belgian "ÉdA – Quentin Lambotte".
    paper_first = (
        own_line and kinds == ["person", "org"] and not segment[:begin].strip() and _papery(texts[-1])
    )
    joined = (
        paper_first
        or any(c in segment[begin:finish] for c in "/|•·")
        or _EMAIL.search(segment, begin, finish) is not None
        # "Name, Detroit Free Press": USA TODAY's network papers join a photographer to the paper by a comma;
        # "NAME, Tulsa World" too, a place's name and a paper's word.
        or (kinds == ["org", "person"] and (_paper_named(texts[0], True) or place_paper(texts[0].split())))
        # "Name, Mid-Valley Media": a US publisher of local papers named with "Media", after its photographer.
        or (kinds == ["org", "person"] and _MEDIA_PUBLISHER.fullmatch(texts[0]) is not None)
        # "Name, Missoulian": a paper named as its town's people, one word.
        or (kinds == ["org", "person"] and demonym_paper(texts[0]))
    )
    named = "agency" in kinds or ("person" in kinds and ("org" in kinds or "marker" in kinds) and joined)
    # "© Name", and "© Icon Sport": an organisation of two words or more alone after the copyright sign holds
    # the picture's rights (one word may be the subject's: "© UNICEF" is read as no credit).
    copyright_ = segment[begin:].lstrip().startswith("©") and (
        "person" in kinds or (kinds == ["org"] and len(texts[0].lstrip("© ").split()) > 1)
    )
    alone = kinds == ["person"] and _name_alone(text, floor, segment[begin:finish], own_line)
    # "... in Nakuru on Monday. PHOTO | PSCU": an organisation alone after a label and a stroke.
    labelled = (
        kinds == ["org", "org"]
        and texts[1].lower() in word_set("agency_photo_words")
        and "|" in segment[begin:finish]
        and text[:floor].rstrip()[-1:] in (".", "!", "?")
    )
    # "... January 8, 2027. Airbus/Handout", "Handout/Courtesy of UNICEF", "Reprodução/TV Globo": an
    # organisation and a word that is no one's name, joined, closing the caption: the organisation handed
    # the picture out or made it, with no agency to distribute it.
    handed = (
        set(kinds) == {"marker", "org"}
        and "/" in segment[begin:finish]
        and text[:floor].rstrip()[-1:] in (".", "!", "?")
        and _parse(_clean_line(segment[begin:finish])).creator is None
    )
    # "... le 23 septembre 2027. Photo ZooParc de Beauval": a body alone after the bare word, as French
    # regional papers credit the picture a zoo, a town hall or a museum handed out.
    bare_body = (
        kinds == ["org"]
        and text[:floor].rstrip()[-1:] in (".", "!", "?")
        and _body_after_bare_label(segment[begin:finish].strip())
    )
    # Europa Press prints a body's handout as the body's name in capitals on a line of its own, the picture's
    # day on the next, if any: "... a 28 de septiembre de 2027.\nGUARDIA CIVIL\n28/9/2027".
    body_line = (
        own_line
        and kinds == ["org"]
        and segment[begin:finish].isupper()
        and (not (after := text[end:].strip()) or _DATE_ALONE.fullmatch(after) is not None)
        and _names_body(segment[begin:finish].split())
    )
    named = named or body_line
    label = _BARE_PHOTO.search(segment, begin) if bare_body else None
    if label is not None:  # the credit is the body's name, the word before it a label
        begin = label.end()
    named = named or labelled or handed or bare_body
    # "... in Gulfport on Oct. 10. Contributed": a reader's or a party's picture, said alone after it.
    supplied = kinds == ["marker"] and _supplied_alone(text, floor, segment[begin:finish])
    if not (named or copyright_ or alone or supplied) or finish - begin > _LINE_MAX:
        return None
    return floor + begin, floor + finish


# The bare word "photo" before what it credits, with no colon: "Photo ZooParc de Beauval".
_BARE_PHOTO = re.compile(r"(?:Photo|PHOTO|Foto|FOTO)\s+(?=[A-ZÀ-Þ])")


def _body_after_bare_label(line: str) -> bool:
    """Whether LINE is the bare word "photo" and a body's name, one of its words an organisation's ("Photo Zoo
    de La Flèche", "Photo Mairie de Bordeaux"), not a paper's or anyone's."""
    bare = _BARE_PHOTO.match(line)
    if bare is None:
        return False
    return _names_body(line[bare.end() :].split())


def _names_body(tokens: list[str]) -> bool:
    """Whether one of TOKENS is an organisation's word, in any language the rules know ("Zoo", "Mairie",
    "GUARDIA")."""
    org = words("people", "org_words")
    return names_organisation(tokens) or any(t.lower() in org for t in tokens)


# A day's date alone, as Europa Press prints it on the line after the credit: "28/9/2027".
_DATE_ALONE = re.compile(r"\d{1,2}/\d{1,2}/\d{4}")


# A brand's one word in lower case, as some picture agencies write their name ("xposure").
_LOWER_BRAND = re.compile(r"[a-z]{4,14}")


# One to three capitalised words and "Media": a publisher of local papers ("Mid-Valley Media", "Black Press
# Media"), where it closes a credit after its photographer.
_MEDIA_PUBLISHER = re.compile(r"(?:[A-Z][\w'’&-]* ){1,3}Media")


# A paper's initials, two capitals at least in one short word: "ÉdA", "LNP", "DNA".
_INITIALS_WORD = re.compile(r"[A-ZÀ-Þ][a-zà-ÿ]?[A-ZÀ-Þ][A-Za-zÀ-ÿ]{0,3}")


def _papery(element: str) -> bool:
    """Whether an element reads as a paper's name: an article opening it ("La Tribune", "Le Soleil"), a
    paper's word ("Herald"), or a paper's initials ("ÉdA")."""
    tokens = element.split()
    articled = len(tokens) > 1 and tokens[0].upper() in word_set("paper_articles_cased")
    return articled or _paper_named(element, True) or bool(_INITIALS_WORD.fullmatch(element.strip()))


def _name_alone(text: str, floor: int, name: str, own_line: bool = False) -> bool:
    """A photographer's name in capitals standing alone after the caption's last sentence, as El País prints
    it ("... en el Congreso de los Diputados. LUCÍA MORENO"), or in any case on a line of its own after a
    sentence's stop, as The Age prints it ("... in Dandenong on Tuesday.\nJason South"), or closing the
    caption with no stop after it, as La Nación prints it ("... el sábado pasado. Mauro V. Rizzi"): the whole
    sentence, a known given name first, and a caption not itself in capitals."""
    before = text[:floor].rstrip()
    stopped = before[-1:] in (".", "!", "?") and len(name.split()) <= _LINE_NAME
    # La Nación and Clarín close the caption's last sentence with the name alone, in title case and with no
    # stop of its own ("... el sábado pasado. Mauro V. Rizzi"), after a sentence of a few words at least.
    closing = (
        stopped
        and text.rstrip()[-1:].isalpha()
        and len(before.split()) >= _CAPTION_WORDS
        and language_of(before) in word_set("closing_name_languages")
    )
    return (
        (name.isupper() or (own_line and stopped) or closing)
        and text[floor:].strip().removesuffix(".").strip() == name
        and known_name(name.split())
        and bool(before)
        and not text[:floor].isupper()
    )


# The stops that end the caption's last sentence before a credit alone: Latin, Urdu and Devanagari.
_LAST_STOPS = (".", "!", "?", "۔", "।")


# A paper's or an office's name alone is a few words.
_SIGNATURE_WORDS = 5


def _signed_alone(text: str, floor: int, segment: str) -> bool:
    """A paper's or a press office's name alone after the caption's last stop, the credit of its own picture:
    Hindi papers' "... गंगा आरती करते अर्चक। जागरण", a government media office's "... at Dubai World Trade
    Centre. Dubai Media Office". Only a paper known by its name or by a paper's word of its script, and an
    office named as one (capitalised words, then "Media Office", "Press Office"): no other last words."""
    if text[:floor].rstrip()[-1:] not in _LAST_STOPS or text[floor:].strip() != segment:
        return False
    tokens = segment.split()
    if not 0 < len(tokens) <= _SIGNATURE_WORDS:
        return False
    if is_signing_paper(segment):
        return True
    office = " ".join(tokens[-2:]).lower() in word_set("press_office_tails")
    return office and len(tokens) > 2 and all(t[:1].isupper() for t in tokens)


def _supplied_alone(text: str, floor: int, word: str) -> bool:
    """A handout word that makes a whole credit ("Contributed", "Submitted photo") standing alone as the
    caption's last sentence or line, after another sentence, a dash before it or none ("— Supplied photo")."""
    return (
        word.lower() in word_set("supplied_words")
        and text[:floor].rstrip()[-1:] in (".", "!", "?")
        and text[floor:].strip().lstrip("—–").strip().removesuffix(".").strip() == word
    )


# A photographer's name on a line of its own is two or three words.
_LINE_NAME = 3


# A caption a bare name closes says something first: this many words at least.
_CAPTION_WORDS = 5


_CAPS_WORD = re.compile(r"[A-Z]{2,}")


# A paper's web address in lower case, as Icelandic papers credit with it: "mbl.is", "visir.is".
_WEB_ADDRESS = re.compile(r"[a-z][a-z0-9-]*\.[a-z]{2,3}")


def _agency_tail(element: str) -> int | None:
    """Where an agency's name in capitals that ends ELEMENT starts ("(sr) PAP"), or a paper's web address
    or an agency's name in an uncased script after the caption's last stop ("... í janúar. mbl.is", "...
    2027. رويترز"), or None."""
    head, _, word = element.rstrip().rpartition(" ")
    if head and _CAPS_WORD.fullmatch(word) and agency(word) is not None:
        return len(head) + 1
    if head.endswith((".", "!", "?")) and _WEB_ADDRESS.fullmatch(word) and agency(word) is not None:
        return len(head) + 1
    # An agency in a script with no capitals opening the credit after the last stop: "... 2027. رويترز/Name".
    if head.endswith((".", "!", "?", "۔", "।")) and word.lower() == word.upper() and agency(word) is not None:
        return len(head) + 1
    return None


def _window_start(text: str, at: int) -> int:
    """A word start at or after AT (0 if AT is before the text): a window that starts mid-word would read
    a different word before its first stop."""
    if at <= 0:
        return 0
    space = text.find(" ", at)
    return len(text) if space < 0 else space + 1
