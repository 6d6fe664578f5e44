"""The chain read: photographer / originating org / pool|handout / distributor, from a cleaned credit line."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, lru_cache
from itertools import zip_longest

from ..._model import ProvenanceKind
from ..._rules import phrases, words
from .._names import is_place_word, known_name
from .._people import is_person_name, natural_case
from ._elements import (
    _EMAIL,
    PAPER_FILE_PHOTO,
    PICTURE_DATE,
    _acronym_led,
    _agency_alone,
    _agency_and_name,
    _doubt,
    _doubt_creator,
    _doubt_names,
    _editor_initials,
    _given_first,
    _glued_agency,
    _is_mononym,
    _name_and_paper,
    _name_shaped,
    _outlet_alone,
    _paper_alone,
    _paper_named,
    _particle_capitalised,
    _party_doubt,
    _picture_service,
    _undouble,
)
from ._patterns import _any_byline, _any_prefix, _patterns
from ._result import Credit
from ._words import (
    Agency,
    agency,
    agency_prefix,
    is_creator_name,
    is_listed_outlet,
    is_news_org,
    is_organisation,
    names_organisation,
    pool_surname,
    strip_label,
    word_set,
)

# Spanish credits write "vía": "(Oficina del Alguacil vía AP)".
_VIA = re.compile(r"(?:\s+|/)(?i:v[ií]a)\s+")


# McClatchy papers print the photographer's address after the name, unjoined: "Name name@newsobserver.com".
_BEFORE_EMAIL = r"\s+(?=[\w.+-]+@[\w-]+(?:\.[\w-]+)+$)"


# A comma before a generational suffix joins nothing: "AP Photo/Rod Tillery, Jr." is one photographer. The
# Arabic comma joins as the Latin one does: "عکس: Name، ایرنا" (the photographer, then IRNA).
_COMMA = r"[,،]\s+(?!(?:Jr|Sr|JR|SR)\b\.?)"


# A bullet set between spaces, as Canadian papers join a photographer to the paper: "Name • The Guardian"
# (bare, a middle dot joins a Catalan word's letters: "col·lecció").
_BULLET = r"\s+[•·]\s+"


# Chain joints: "/", ", ", " - ", EFE's "NAME | EFE", TASS's "Name\TASS", "Name • Paper".
_SPLIT = re.compile(rf"\s*/\s*|{_COMMA}|\s+[-–—]\s+|\s*\|\s*|\\|{_BULLET}|{_BEFORE_EMAIL}")


# A chain joint, the one "via" included, for reading a chain from its end.
_JOINT = re.compile(
    rf"\s*/\s*(?:(?i:v[ií]a)\s+)?|{_COMMA}|\s+[-–—]\s+|\s*\|\s*|\\|\s+(?i:v[ií]a)\s+|{_BULLET}|{_BEFORE_EMAIL}"
)


_INITIALS = re.compile(r"^[A-Z]{2,3}$")


# "Kevin Marsh/Getty Images for The Recording Academy": the client is no part of the chain.
# French papers write it "pour", the paper's name in guillemets: "ÉLISE LAMBERT POUR « LE MONDE »".
# Its first white space written alone (\s\s* is \s+), so that the engine skips to white space.
_CLIENT = re.compile(r"\s\s*(?:for|pour|POUR)\s+(?:«\s?)?(?P<client>(?:the\s+)?[A-ZÀ-Þ][^»]*?)(?:\s?»)?$")


def _one_word_head(head: str) -> bool:
    """Whether the text before "for" is one capitalised word that is no agency's: an organisation's name runs
    on through "for" ("Transport for London"), where a photographer's ("Name for The Times") or an agency's
    ("Getty Images for The Recording Academy") ends before it."""
    words_ = head.split()
    return len(words_) == 1 and agency(words_[0]) is None and not known_name(words_)


# US television pages credit a station by its name and channel on a line of its own: "Telemundo 47", "NBC 5";
# or by its call sign, four letters opening with K or W ("Credit: KTVB", "WFAA-TV").
_STATION = re.compile(r"(?:[A-Z][\w&'’-]*\s){1,3}\d{1,2}|[KW][A-Z]{3}(?:-TV)?")


# The copyright sign opening a credit, with its year: "©2026 Maxar Technologies/Handout via REUTERS".
_COPYRIGHT = re.compile(r"^©\s*(?:(?:19|20)\d\d\s+(?=\D))?")


# dpa's dash where no photographer is named, after its label: "Foto: -/Ukrainische Streitkräfte/dpa".
_DASH_LEAD = re.compile(r"^(?:[^\W\d_]{2,14}\s?:\s*)?[-–]\s?/\s?(?=[^\W\d_])")


@lru_cache(maxsize=4096)
def _clean_line(line: str) -> str:
    """The credit line as printed: no label before it, nothing after the agency that ends its chain."""
    # "[File photo: Name/Reuters]": the file label is the page's, as "Photo:" is (find_credit reads it).
    line = _COPYRIGHT.sub("", _undouble(strip_label(_file_label().sub("", line, count=1)))).strip()
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


# A chain element that is a title in guillemets alone: "« SUD OUEST »", "«La Voix du Nord»".
_GUILLEMET_TITLE = re.compile(r"«[\s\u00a0\u202f]*[^«»]+?[\s\u00a0\u202f]*»")


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


@cache
def _file_label() -> re.Pattern[str]:
    """ "File:" opening a credit ("[File: Name/AFP]", "[File photo: Name/Reuters]"), in the words of
    file_words."""
    return re.compile(rf"^{phrases('credit', 'file_words')}\s*:\s*(?=\S)")


@cache
def _supplied_label() -> re.Pattern[str]:
    """ "Supplied:" opening a credit ("(Supplied: Parks Victoria)"), in the words of supplied_labels."""
    return re.compile(rf"^{phrases('credit', 'supplied_labels')}\s*:\s*(?=\S)")


@cache
def _file_tail() -> re.Pattern[str]:
    """ "..., File" closing a chain ("Name/The Canadian Press via AP, File"), in the words of file_words."""
    return re.compile(rf",?\s+{phrases('credit', 'file_words')}$")


# A Chinese or Japanese name: two to six Han characters (Japanese names run longer: "恵原弘太郎"); a Korean
# one: two to four Hangul syllables.
_HAN_NAME = re.compile(r"[\u4e00-\u9fff々]{2,6}|[가-힣]{2,4}")


# "MIRCEA ROSCA (EFE)", "Name (Foto: Agency)": the agency in parentheses after the photographer.
_TRAILING_PAREN = re.compile(r"\s*\(([^()]+)\)\s*$")


@cache
def _genitive_paren() -> re.Pattern[str]:
    labels = "|".join(re.escape(w) for w in sorted(word_set("genitive_labels"), key=len, reverse=True))
    return re.compile(rf"\s*\((?P<agency>[^()]+)\)\s+(?P<label>{labels})$", re.IGNORECASE)


def _title_before_name(element: str, elements: list[str]) -> bool:
    """Whether ELEMENT, first of two name-like elements and no agency, opens with no known given name where
    the second does: a French or Spanish paper's title before its photographer ("MIDI LIBRE / SOPHIE
    AUBRY", "La Voz / Ramiro Pereyra"), whose words read as a name as well."""
    if len(elements) != 2 or element != elements[0] or known_name(element.split()):
        return False
    second = elements[1]
    return agency(second) is None and is_creator_name(second) and known_name(second.split())


@cache
def _paper_label(party: str) -> bool:
    low = party.lower()
    return any(low.startswith(f"{w} ") or low.endswith(f" {w}") for w in word_set("paper_labels"))


# The dash between a paper and its photographer: "Acadie Nouvelle - Simon Delattre".
_PAIR_DASH = re.compile(r"\s+[-–—]\s+")


def _paper_before_name(element: str, elements: list[str], text: str) -> bool:
    """Whether ELEMENT, name-shaped but opening with no known given name, is the paper before its
    photographer in a pair joined by a dash ("Acadie Nouvelle - Simon Delattre"), the photographer's name
    opening with a known given name."""
    if len(elements) != 2 or element != elements[0] or _PAIR_DASH.search(text) is None:
        return False
    name = elements[1]
    return (
        not known_name(element.split())
        and agency(name) is None
        and is_creator_name(name)
        and known_name(name.split())
        and _PAIR_DASH.split(text.strip(), maxsplit=1) == [element, name]
    )


# "photo by" opening an element after the chain's first: a company's handout naming the photographer it hired.
_PHOTO_BY = re.compile(r"(?i:photo|photograph|picture|image)s?\s+by\s+(?=[A-ZÀ-Þ])")


# A given name and a surname: a person's name after "Supplied /".
_GIVEN_AND_SURNAME = 2


# Kept by line (pure, its Credit frozen): the candidates' ranking, the choice and the provenance each read
# the same cleaned lines again, two reads in three a caption a repeat of some 60 interpreted lines.
@lru_cache(maxsize=4096)
def _parse(line: str, dashed: bool = False) -> Credit:
    """Read a credit chain into creator, source and what it says of provenance. DASHED: the chain as
    printed opened with dpa's dash for no photographer ("-/Ukrainische Streitkräfte/dpa"), which the
    cleaned line no longer shows."""
    text = strip_label(line)
    own_file = PAPER_FILE_PHOTO.fullmatch(text.strip()) if " file " in text or " archive " in text else None
    if own_file is not None and agency(own_file["paper"]) is None:
        # "(Argus Leader file photo)": the paper's own archive picture, the paper the source.
        file_entry = (ProvenanceKind.FILE, line, None)
        return Credit(line=line, source=own_file["paper"], provenance=(file_entry,))
    if _any_prefix().match(text) is None and _any_prefix().match(stripped := text.strip()) is None:
        text = stripped  # no prefix opens it, stripped or not: each prefix's `sub` would only strip it
    else:
        for pattern in _patterns().prefixes:
            text = pattern.sub("", text).strip()
    handout = pool = file = reproduced = False
    byline_party: str | None = None
    byline_name: str | None = None  # the photographer a byline form names ("新华社记者 李贺 摄")
    byline_org: str | None = None  # the organisation a byline form names alone ("明報記者攝": the paper)
    # "The Hill Times photograph by Name": Name/The Hill Times
    for form in _patterns().bylines if _any_byline().match(text) else ():
        m = form.match(text)
        if m:
            name, org = m.groupdict().get("name"), m.group("org").strip()
            text = f"{name.strip()}/{org}" if name else org
            if m.group("courtesy"):
                handout, byline_party = True, org
            elif name:
                byline_name = name.strip()
            elif org:
                byline_org = org
            break
    m = _file_tail().search(text)
    if m:  # "(Name/The Canadian Press via AP, File)": the distributor is read without "File"
        file, text = True, text[: m.start()]
    text = _TRAILING_PAREN.sub(lambda p: "/" + strip_label(p.group(1)), text)
    if "(" in text and (genitive := _genitive_paren().search(text)):
        # "Vardo Pavardės (BNS) nuotr.": the agency in brackets before the genitive label, as "/ BNS nuotr.".
        text = f"{text[: genitive.start()]} / {genitive.group('agency')} {genitive.group('label')}"
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
    titled: str | None = None  # "Name pour « Libération »": a paper no list knows, named in guillemets
    links = _SPLIT.split(text)
    # dpa's "-/Ukrainische Streitkräfte/dpa": the dash stands where a photographer's name would, so the name
    # after it is the organisation's that took or handed out the picture, never a photographer's.
    dashed = dashed or (len(links) > 1 and links[0].strip() in ("-", "–"))
    for piece in links:
        m = _CLIENT.search(piece)
        if m and _one_word_head(piece[: m.start()]):
            m = None  # "Transport for London", "Department for Education": an organisation's own name
        client = client or (agency(m.group("client")) if m else None)
        if m and client is None and "«" in piece[m.start() :]:
            # "NAME POUR « LE MONDE »": guillemets set a paper's title, the paper that sent its photographer.
            title = m.group("client").strip()
            titled = natural_case(title) if title.isupper() else title
        element = _undouble((piece[: m.start()] if m else piece).strip(" *©\"'"))
        if titled is None and _GUILLEMET_TITLE.fullmatch(element):
            # "NAME / « SUD OUEST »": guillemets set a paper's title alone, the paper the photographer's.
            title = element.strip("«» \u00a0\u202f")
            titled = natural_case(title) if title.isupper() else title
            continue
        by = _PHOTO_BY.match(element) if links[0] is not piece else None
        if by is not None and is_creator_name(element[by.end() :]):
            # "Airbus SAS 2027 – photo by Name / master films": the photographer
            element = element[by.end() :]
        ranked = patterns.rank.match(element)
        if ranked:
            rest = element[ranked.end() :]
            service = patterns.service_tail.search(rest)
            if service and is_creator_name(rest[: service.start()]):
                element = rest[: service.start()]  # "Cpl Tom Evans RAF": the name, not the service
            elif is_creator_name(rest):
                element = rest  # "Mass Communication Specialist 2nd Class Ryan Ortega"
        if patterns.handout_tail.search(element):  # EPA: "UKRAINIAN PRESIDENTIAL PRESS SERVICE HANDOUT"
            element = patterns.handout_tail.sub("", element)
            elements.append("HANDOUT")
        elif patterns.provided_tail.search(element):  # Korean "북구 제공", Japanese "新潟市提供"
            element = patterns.provided_tail.sub("", element)
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
        if PICTURE_DATE.fullmatch(element):
            continue  # "Name - 25.jan.1984/Folhapress": the day of a file picture
        if any(c.isalpha() for c in element):  # "-/XinHua/dpa": a dash holds no one's place
            elements.append(element)
    if len(elements) > 1 and _editor_initials(elements[-1]):
        elements.pop()
    # "(Party via AP)": one name left of a handout distributor is the party, not a photographer; but
    # "Sebastian Sobczak via REUTERS" names the contributor who took it: a name that opens with a known
    # given name ("Monterey Bay Aquarium via AP" is an organisation's).
    # So is one name before a handout marker: "Novo Nordisk/Handout via REUTERS" names the company.
    # So is one name before a handout marker with no agency: "Deutsche Bahn/Pressefoto", "Airbus/Handout".
    named_elements = [e for e in elements if e.lower() not in word_set("handout_words")]
    marked = (
        distributor is None
        and len(named_elements) < len(elements)
        and not any(agency(e) or agency_prefix(e) for e in elements)
    )
    # "Supplied / Harbour Transport": the party after the word that it was supplied; a given name and a
    # surname there are the photographer's ("Supplied / Sarah Jones"), not a place's name and more words
    # ("Supplied / Wellington Cable Car": "Wellington" is a given name too).
    supplied_first = marked and elements[0].lower() in word_set("supplied_words")
    tokens = named_elements[0].split() if named_elements else []
    supplied_party = supplied_first and (len(tokens) != _GIVEN_AND_SURNAME or is_place_word(tokens[0]))
    party_only = (
        ((distributor is not None and distributor.via_is_handout) or marked)
        and len(named_elements) == 1
        and (named_elements[0] == elements[0] or supplied_first)
        and (supplied_party or not (is_creator_name(named_elements[0]) and known_name(tokens)))
    ) or dashed

    creator: str | None = None
    agencies: list[Agency] = []
    parties: list[str] = []
    services: list[str] = []  # picture agencies no list knows: "Huw Evans Agency", "Press 22"
    if titled:
        services.append(titled)
    for element, following in zip_longest(elements, elements[1:], fillvalue=""):
        low = element.lower()
        prefix = None if agency(element) else agency_prefix(element)
        named = agency(element) or (prefix[0] if prefix else None)
        if named and following.lower() in word_set("picture_collections"):
            # "Photo by Keystone/Hulton Archive/Getty Images": an agency's name before an archive's collection
            # is the old agency whose pictures the collection holds (Keystone Press, not Keystone-SDA).
            services.append(element)
        elif named:
            agencies.append(named)
            after = _agency_and_name(element) if prefix else None
            if after is not None and creator is None and not party_only:
                creator = natural_case(after)
        elif low in word_set("handout_words"):
            handout = True
        elif patterns.handout_prefix.match(element):
            handout = True  # "THE CANADIAN PRESS/HO-Annick deGooyer": the party that handed it out
            parties.append(patterns.handout_prefix.sub("", element))
        elif patterns.courtesy_prefix.match(element):
            handout = True  # "Télam/Gentileza SPLIF": the party that handed it over, no photographer
            parties.append(patterns.courtesy_prefix.sub("", element))
        elif low in word_set("pool_words") or (
            re.search(r"\bpool\b", low)
            and not pool_surname(element.split())
            and not low.endswith(tuple(word_set("pool_library_words")))
        ):
            pool = True
            rest = "" if low in word_set("pool_words") else patterns.pool_words.sub("", element).strip()
            if rest and creator is None and not party_only and is_creator_name(rest):
                creator = natural_case(rest)  # EFE: "EFE/ Juanjo Martín POOL", the pool's photographer
            elif rest:
                parties.append(rest)
        elif low in word_set("stringer_words"):
            pass
        elif low in word_set("reproduction_words"):
            reproduced = True  # "Reprodução/TV Globo": copied from the medium named, which handed nothing out
        elif low in word_set("file_words"):
            file = True
        elif patterns.archive_prefix.match(element):
            file = True  # "Foto: Archivo Clarín": the paper's archive, no one's name
            rest = patterns.archive_prefix.sub("", element)
            owner = agency(rest)  # "ARCHIVES LA PRESSE": an agency's own archive
            if owner is not None:
                agencies.append(owner)
            else:
                services.append(rest)
        elif low in word_set("picture_collections"):
            services.append(
                element
            )  # "Photo by Bettmann/Getty Images": an archive's collection, no one's name
        elif creator is None and element == byline_name and _HAN_NAME.fullmatch(element):
            creator = element  # a CJK name has no capitals (nor spaces): the byline says it is one
        elif element == byline_org and agency(element) is None:
            services.append(element)  # "（明報記者攝）": the paper's reporter; the paper, no one's name
        elif element == byline_party:
            parties.append(element)  # "Photo courtesy President House": who handed it out, no photographer
        elif creator is None and not party_only and (signed := _name_and_paper(element)) is not None:
            creator = natural_case(signed[0])  # "Samuel Ouellet Le Devoir": the name, then its paper
            services.append(signed[1])
        elif not party_only and (
            (len(elements) == 1 and (_paper_named(element, False) or _outlet_alone(element)))
            # Not an office an acronym opens: "Name/UAE Presidential Court via AP" was handed out.
            or (_acronym_led(element) and (is_news_org(element) or not is_organisation(element)))
        ):
            services.append(element)  # "Photo: Samoa Observer", "RNZ Pacific/Name": the paper or broadcaster
        elif (
            creator is not None
            and not party_only
            and len(elements) == 2  # "Name/IndyStar / USA TODAY NETWORK": the paper, not its network
            and element == elements[-1]
            and _paper_named(element, True)
            and not _paper_label(element)  # "Name/Special to the Star": no paper named in full
        ):
            services.append(
                element
            )  # "Name/The Boston Globe": the paper closing the chain, its photographer's
        elif len(elements) == 1 and _STATION.fullmatch(element):
            services.append(element)  # "Telemundo 47": a station's own picture
        elif creator is None and not party_only and _paper_before_name(element, elements, text):
            services.append(element)  # "Acadie Nouvelle - Simon Delattre": the paper, then its photographer
        elif creator is None and not party_only and is_creator_name(element):
            if is_listed_outlet(element):
                services.append(element)  # "Photo: Kilkenny People": a paper the outlet tables know, no name
            elif _title_before_name(element, elements):
                services.append(element)  # "MIDI LIBRE / SOPHIE AUBRY": the paper, then its photographer
            else:
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
    if dashed and suppliers and not pool:
        handout = True  # "-/Polizeipräsidium München/dpa": a party's picture, no agency's ("-/XinHua/dpa")
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
    if any(text.lower().startswith(f"{w} ") for w in word_set("genitive_leads")):
        creator = None  # "Фото Владимира Гердо/ТАСС": the photographer's name in the genitive
    # "BYLINE MUST READ: BENS / BACKGRID": a celebrity agency's contributor (a photographer's code or a
    # picture agency), no party that handed the picture out.
    contributed = any(a.contributors_only for a in agencies)
    if creator is None and not (pool or contributed or reproduced) and any(is_organisation(p) for p in orgs):
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
    # "Name/The Paris News": the paper after its photographer is the source too; not "Special to the Star"
    # or "Globe Staff", which say how the photographer worked for a paper they do not name in full.
    outlets = suppliers or [p for p in parties if p not in handles and not _paper_label(p)]
    if source_name is None and creator is not None and outlets and not handout:
        head, _, last = outlets[0].rpartition(" ")  # "QNA PHOTO" is QNA
        source_name = head if head and last.lower() in word_set("agency_photo_words") else outlets[0]
    elif (
        source_name is None
        and creator is None
        and handout
        and not pool
        and suppliers
        and suppliers == elements
    ):
        # (Not "(Courtesy photo)", whose courtesy word leaves no element: no party to name.)
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
        doubt=_doubt(
            line,
            creator,
            source_name,
            (handout and party is not None) or bool(handles) or supplied or reproduced,
        )
        or _doubt_names(line, creator, [p for p in parties if _name_shaped(p) and not handout])
        or _doubt_creator(line, creator)
        or (
            _party_doubt(line, elements[0])
            if party_only and not dashed and is_creator_name(elements[0])
            else None
        ),
    )
