"""The words of a credit: agencies and their canonical names, labels before a credit, and whether a chain
element names a photographer. The rules are in data/credit.toml."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from ..._fold import fold
from ..._regex import union
from ..._rules import rules, words
from .._names import is_given_name, is_place_word, people_words
from .._people import is_person_name

__all__ = [
    "PUNCT_LEFT",
    "Agency",
    "agency",
    "agency_prefix",
    "is_creator_name",
    "is_known_paper",
    "is_news_org",
    "is_organisation",
    "is_signing_paper",
    "names_organisation",
    "strip_label",
    "surname_like_title",
    "word_set",
]

# "N. Bothma", "J. Smith": an initial and a surname name a photographer in a credit.
# An initial or three and a surname, in capitals too as The Hindu prints it: "R. RAGU", "K. V. SRINIVASAN".
_INITIAL_NAME = re.compile(r"^[A-Z]\.(?: ?[A-Z]\.){0,2} (?:[A-ZÀ-Þ][a-zà-ÿ'’-]+|[A-ZÀ-Þ]{3,}[A-ZÀ-Þ'’-]*)$")
# The vowel signs of Indic scripts are no word characters to Python: "সাজিদ" holds two.
# Nor are combining accents, which Yoruba puts over a letter with a dot below: "Bọ́lá" (ọ and an acute).
_NAME_CHARS = re.compile(
    r"[^\W\d_][\w\u0900-\u0963\u0980-\u09e3\u0a00-\u0a75\u0b80-\u0bd7\u0e01-\u0e4e\u0300-\u036f.'’ -]*"
)


@dataclass(frozen=True)
class Agency:
    name: str
    via_is_handout: bool
    partner: bool = False
    surname_first: bool = False  # its credits write the surname first ("ČTK/Dvořák Tomáš")
    particle_capitalised: bool = False  # its photographers' particles keep a capital ("De Waele")
    contributors_only: bool = False  # a name before it is its contributor's, no party's ("BENS / BACKGRID")


@cache
def _agencies() -> dict[str, Agency]:
    out: dict[str, Agency] = {}
    for entry in rules("credit")["agency"]:
        agency = Agency(
            entry["name"],
            bool(entry.get("via_is_handout", False)),
            bool(entry.get("partner", False)),
            bool(entry.get("surname_first", False)),
            bool(entry.get("particle_capitalised", False)),
            bool(entry.get("contributors_only", False)),
        )
        for alias in [entry["name"], *entry["aliases"]]:
            out[alias.lower()] = agency
    return out


@lru_cache(maxsize=4096)
def agency(element: str) -> Agency | None:
    """The agency a chain element names: exactly, or one letter off a long alias ("FP PHOTO")."""
    key = element.strip(" .*©").lower()
    found = _agencies().get(key)
    head, _, last = key.rpartition(" ")
    if found is None and head and last in word_set("agency_photo_words"):
        found = _agencies().get(head)  # "Bernama photo", "ANTARA FOTO"
    if (
        found is None
        and head
        and len(last) >= 3
        and head in _agencies()  # the agency first: only then a photo word one letter off is looked for
        and any(_one_off(last, w) for w in word_set("agency_photo_words"))
    ):
        found = _agencies().get(head)  # "AP Phot", "AP Phto": the tag with a letter dropped or changed
    first, _, rest = key.partition(" ")
    if found is None and rest and first in word_set("agency_photo_words"):
        found = _agencies().get(rest)  # AP's Spanish "Foto AP"
    # Only a tag ("FP PHOTO", "ASP Photo") is compared letter by letter: a name or a sentence never is.
    if found is not None or not 8 <= len(key) <= 30 or last not in word_set("agency_photo_words"):
        return found
    # A letter dropped or added ("FP PHOTO" is AFP, "ASP Photo" AP) before a letter changed.
    near = [(len(alias) == len(key), a) for alias, a in _long_aliases() if _one_off(key, alias)]
    return min(near, key=lambda n: n[0])[1] if near else None


@cache
def _long_aliases() -> tuple[tuple[str, Agency], ...]:
    return tuple((alias, a) for alias, a in _agencies().items() if len(alias) >= 7)


def _one_off(a: str, b: str) -> bool:
    """Whether A and B differ by one inserted, dropped or changed letter."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1 :] == b[i + 1 :]
    return a[i + 1 :] == b[i:] if len(a) > len(b) else a[i:] == b[i + 1 :]


# Aliases are a few words long: an element's opening words are compared, never a whole sentence.
_ALIAS_WORDS = 5
_ALIAS_MAX = 80


@lru_cache(maxsize=4096)
def agency_prefix(element: str) -> tuple[Agency, int] | None:
    """An agency whose alias opens the element, and where the alias ends: "PA Wire Press Association",
    "AFP 4", "Toronto Star Feb. 19", "Agência Brasil Rio de Janeiro" (the chain ran past its end).
    Short aliases count only before a number: "AA Milne" is no agency."""
    tokens = list(re.finditer(r"\S+", element[:_ALIAS_MAX]))
    for k in range(min(len(tokens) - 1, _ALIAS_WORDS), 0, -1):
        head = " ".join(t.group() for t in tokens[:k])
        agency = _agencies().get(head.lower())
        if agency is None and k > 1 and tokens[k - 1].group().lower() in word_set("agency_photo_words"):
            agency = _agencies().get(head.lower().rpartition(" ")[0])  # "BELGA FOTO NAME"
        if k == 1 and agency is not None and is_given_name(head):
            continue  # "Hina Suzuki", "Ria Smith": a given name that is also an agency's short name
        if agency is not None and (len(head) >= 3 or tokens[k].group()[0].isdigit()):
            return agency, tokens[k - 1].end()
    return None


@cache
def word_set(key: str) -> frozenset[str]:
    return words("credit", key)


@cache
def _label() -> re.Pattern[str]:
    labels = rules("credit")["labels"]
    return re.compile(rf"^(?:{union(labels)})\s*")


# A label nobody listed ("Qzuelle: dpa/Name"): one word and a colon opening the credit.
_ANY_LABEL = re.compile(r"^([^\W\d_]{3,14}):\s+(?=\S)")
PUNCT_LEFT = " –—-|/*\"'"


@lru_cache(maxsize=4096)
def strip_label(line: str) -> str:
    """The credit without the labels before it ("Image credit:", "Foto:", "Photographer:", "Quelle:").
    Cached: the credit reader asks it of the same line from several of its readings."""
    for _ in range(3):
        line = line.lstrip(PUNCT_LEFT)
        head, slash, _ = line.partition("/")
        if slash and agency(head) is not None:
            break  # "Foto AP/Name": the word is part of the agency's credit, no label ("(Photo AFP)" has one)
        m = _label().match(line)
        if m and m.end() and line[m.end() :].strip():
            line = line[m.end() :]
            continue
        m = _ANY_LABEL.match(line)
        if m and agency(m.group(1)) is None and line[m.end() :].strip():
            line = line[m.end() :]
            continue
        break
    return line.strip()


def names_a_body(tokens: list[str]) -> bool:
    """Whether words name a paper or a body by their last word: a paper's word after no given name ("Premium
    Times", "Frome Standard"), or a body's word whatever opens it ("Kinsale RNLI", "Devon Live": "Devon" is a
    given name too)."""
    if len(tokens) < 2:
        return False
    last = tokens[-1].lower()
    return (last in word_set("news_org_words") and not is_given_name(tokens[0])) or last in word_set(
        "body_tail_words"
    )


# A generational suffix after a comma closing a photographer's name: "Rod Tillery, Jr.".
GENERATIONAL = re.compile(r",\s+(?:Jr|Sr|JR|SR)\.?$")


@lru_cache(maxsize=4096)
def is_creator_name(element: str) -> bool:
    """Whether a chain element names a photographer: a person's name with no tag, agency or label in it
    ("FP PHOTO", "Foto: Name", "Ministry of Defence" name no one), or an initial and a surname."""
    if "," in element and (suffix := GENERATIONAL.search(element)):
        return is_creator_name(element[: suffix.start()])
    if not _NAME_CHARS.fullmatch(element):
        return False
    tokens = element.split()
    if pool_surname(tokens):
        return True
    if not tokens or tokens[0].lower() == "the" or any(t.endswith(("'s", "’s")) for t in tokens):
        return False
    org = words("people", "org_words")
    initial = bool(_INITIAL_NAME.match(element)) and tokens[-1].lower() not in org  # not "U.S. Navy"
    if not (
        initial
        or is_person_name(element)
        or _is_other_script_name(tokens)
        or surname_like_title(tokens)
        or _english_al(tokens)
        or org_word_surname(tokens)
    ):
        return False
    if any(t.lower().strip(".,") in word_set("not_name_words") for t in tokens) or names_organisation(tokens):
        return False
    if names_a_body(tokens):
        return False  # "Photo: Premium Times", "Picture: Kinsale RNLI": a paper's or a body's name, no one's
    if place_paper(tokens):
        return False
    return agency(element) is None and agency_prefix(element) is None


def org_word_surname(tokens: list[str]) -> bool:
    """ "Carl Court", "Peter Church": a known given name and one title-case word that is an organisation's
    word and an English surname too, the whole element of a credit, names a photographer."""
    return (
        len(tokens) == 2  # a given name and a surname
        and is_given_name(tokens[0])
        and tokens[1].istitle()
        and tokens[1].lower() in people_words("surname_org_words")
    )


def pool_surname(tokens: list[str]) -> bool:
    """ "Smiley N. Pool/Staff Photographer": "Pool" in title case closing a name that opens with a known given
    name, an initial or none between, is the photographer's surname; a pool photo's marker follows a name
    after a stroke or a comma ("Name/Pool", "Name, Pool") or is glued in capitals ("Name POOL")."""
    return (
        len(tokens) in (2, 3)
        and tokens[-1] == "Pool"
        and is_given_name(tokens[0])
        and all(_MIDDLE_INITIAL.fullmatch(t) for t in tokens[1:-1])
    )


_MIDDLE_INITIAL = re.compile(r"[A-Z]\.?")


def _english_al(tokens: list[str]) -> bool:
    """ "Al Bello", "Al Drago": a credit element of "Al" and one title-case word is the English given name
    and a surname (an Arabic name credited opens with its given name, "Mohammed Al Ali"), unless the word
    names an Arabic medium, club or group ("Al Jazeera", "Al Ahly")."""
    return (
        len(tokens) == 2
        and tokens[0] == "Al"
        and _TITLE_CASE.fullmatch(tokens[1]) is not None
        and tokens[1].lower() not in word_set("al_name_orgs")
    )


_TITLE_CASE = re.compile(r"[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?")


def place_paper(tokens: list[str]) -> bool:
    """ "China Daily", "Jordan Times": a big place's name that is also a given name, then a paper's word."""
    return (
        len(tokens) == 2 and tokens[1].lower() in word_set("place_paper_words") and is_place_word(tokens[0])
    )


def demonym_paper(element: str) -> bool:
    """ "Missoulian", "Oregonian": one capitalised word ending as a town's people's name, which no known given
    name ("Brian") or nation's adjective ("Canadian") is: a paper named so."""
    word = element.strip()
    return (
        _ONE_TITLE_WORD.fullmatch(word) is not None
        and word.lower().endswith(tuple(word_set("demonym_paper_endings")))
        and not is_given_name(word)
        and word not in people_words("demonyms_cased")
    )


_ONE_TITLE_WORD = re.compile(r"[A-Z][a-z]{4,}")


def surname_like_title(tokens: list[str]) -> bool:
    """A name that opens with a word that is a title's modifier in running text, "Then", "Late" (Xinhua's
    "Then Chih Wey"): a credit element holds no title, so the word is the surname. Not a place ("New York
    Post")."""
    return (
        len(tokens) > 2
        and tokens[0].lower() in people_words("title_modifiers")
        and not is_place_word(tokens[1])
        and is_person_name(" ".join(tokens[1:]))
    )


# A word of Arabic (with Persian letters) or Hebrew letters, a geresh or gershayim in it ("ז'ק"), of
# Georgian's Mkhedruli letters ("ნინო ბერიძე"), or of Devanagari or Bengali letters and vowel signs (Nepali
# "सुरेश थापा", Bengali "সাজিদ হোসেন"), Gurmukhi ("ਹਰਪ੍ਰੀਤ ਸਿੰਘ") or Tamil, whose papers write the initial
# before the name with its stop ("ச. முருகன்"), or of Thai letters.
_UNCASED_NAME = re.compile(
    r"[\u0620-\u064a\u066e-\u06d3\u06fa-\u06ff]{2,}|[\u05d0-\u05ea][\u05d0-\u05ea\u05f3\u05f4'\"]+"
    r"|[\u10d0-\u10fa]{2,}|[\u0905-\u0939\u0958-\u0961][\u0900-\u0963]+|[\u0985-\u09b9\u09dc-\u09e1][\u0980-\u09e3]+"
    r"|[\u0a05-\u0a39\u0a59-\u0a5e][\u0a00-\u0a75]+|[\u0b85-\u0bb9](?:[\u0b80-\u0bd7]+\.?|\.)"
    # Thai writes a name as two words, given name and surname: "ณัฐพล สุขใจ".
    r"|[\u0e01-\u0e2e\u0e40-\u0e44][\u0e01-\u0e4e]+"
)


def is_uncased_word(element: str) -> bool:
    """Whether ELEMENT is one word of a script with no capitals (Arabic, Hebrew, Indic, Thai letters): no
    name a rule can tell by its case, and one word is no one's full name."""
    return _UNCASED_NAME.fullmatch(element) is not None


def _is_other_script_name(tokens: list[str]) -> bool:
    """A name in Cyrillic or Greek ("Сергей Иванов", or in capitals "ΓΙΑΝΝΗΣ ΠΑΝΑΓΟΠΟΥΛΟΣ"): two to four
    capitalised words of letters, none an organisation's word ("ΓΡΑΦΕΙΟ ΤΥΠΟΥ"); in Arabic, Hebrew or
    Georgian letters, which have no capitals, two to four words of them ("حيدر الخفاجي", "מרים כהן",
    "ნინო ბერიძე")."""
    if not 2 <= len(tokens) <= 4 or not any(ord(c) > 0x24F for t in tokens for c in t):
        return False
    if all(_UNCASED_NAME.fullmatch(t) for t in tokens):
        # "پی آئی ڈی": Latin letters spelled in Urdu are an organisation's initials.
        spelled = all(t in word_set("spelled_letters") for t in tokens)
        return not spelled and not names_organisation(tokens)
    capitals = all(t.isupper() for t in tokens)
    return all(
        t[0].isupper() and t.replace("-", "").isalpha() and (capitals or not t[1:].isupper()) for t in tokens
    ) and not names_organisation(tokens)


@cache
def _organisation_words() -> frozenset[str]:
    return frozenset(fold(w) for w in word_set("organisation_words"))


def names_organisation(tokens: list[str]) -> bool:
    """Whether a word of the element names an organisation in another language or script ("ΓΡΑΦΕΙΟ ΤΥΠΟΥ
    ΠΡΩΘΥΠΟΥΡΓΟΥ", "Пресс-служба Кремля"), or is the web address of one ("President.az", "Akorda.kz"), or
    the words open a town administration's name ("Ville de Saintes")."""
    if len(tokens) > 1 and " ".join(tokens).lower().startswith(_organisation_phrase_leads()):
        return True
    return any(
        fold(t.strip(".,")) in _organisation_words()
        or t in _script_paper_words()
        or (
            "." in t
            and (site := _WEB_ADDRESS.fullmatch(t)) is not None
            and fold(site[1]) in _organisation_words()
        )
        for t in tokens
    )


@cache
def _organisation_phrase_leads() -> tuple[str, ...]:
    return tuple(sorted(word_set("organisation_phrase_leads")))


def opens_with_paper_word(tokens: list[str]) -> bool:
    """Whether a paper's word opens the words, as mastheads in Spanish, Polish or Italian do ("Diario de
    Yucatán", "Echo Dnia", "Gazzetta di Parma")."""
    return len(tokens) > 1 and fold(tokens[0]) in _paper_lead_words()


@cache
def _paper_lead_words() -> frozenset[str]:
    return frozenset(fold(w) for w in word_set("paper_lead_words"))


# A site's address credited for its picture, its name and a country's domain: "President.az", "Akorda.kz".
_WEB_ADDRESS = re.compile(r"([^\W\d_][\w-]+)\.(?:[a-z]{2}|gov|org)")


@cache
def _script_paper_words() -> frozenset[str]:
    return frozenset(word_set("script_paper_words"))


def is_known_paper(element: str) -> bool:
    """Whether ELEMENT is the whole name of a paper that credits its own pictures so ("Dawn", "প্রথম আলো")."""
    return element.strip() in _paper_names()


@cache
def _paper_names() -> frozenset[str]:
    return word_set("paper_names_cased")


def is_listed_outlet(element: str) -> bool:
    """Whether ELEMENT is the whole name of a paper or agency whose home the place tables give ("Kilkenny
    People", "Yorkshire Post"): an outlet, never a photographer, however name-like its words."""
    return element.strip().casefold() in _listed_outlets()


@cache
def _listed_outlets() -> frozenset[str]:
    tables = rules("place")
    return frozenset(name.casefold() for table in ("outlet_homes", "outlet_towns") for name in tables[table])


def is_signing_paper(element: str) -> bool:
    """Whether ELEMENT names a paper that signs its pictures by its name alone: a known one ("Dawn"), or one
    of a paper's words in its script ("जागरण", "दैनिक भास्कर")."""
    return is_known_paper(element) or not _script_paper_words().isdisjoint(element.split())


def is_news_org(party: str) -> bool:
    if is_known_paper(party):
        return True
    low = party.lower()
    # "The Maui News", "The Detroit News": a paper; "news" alone is no paper's word ("Korea News Service").
    # A paper's word in Hindi or Tamil is a whole word ("दैनिक भास्कर"): "\b" fails beside a vowel sign.
    return (
        (low.startswith("the ") and low.endswith(" news"))
        or any(re.search(rf"\b{re.escape(w)}\b", low) for w in word_set("news_org_words"))
        or not _script_paper_words().isdisjoint(party.split())
    )


def is_compound_paper_word(token: str) -> bool:
    """Whether a word joins two of a paper's words with a hyphen, as North American papers name themselves
    ("Express-News", "Enterprise-Record", "Leader-Post"), or glued with the second's capital kept ("Saskatoon
    StarPhoenix"); no one's double surname ("Gilgeous-Alexander") or name with an inner capital ("MacRae")."""
    if "-" not in token and token[1:].islower():
        return False  # most words: no hyphen, no inner capital
    halves = token.split("-") if "-" in token else _INNER_CAPITAL.split(token)
    return len(halves) == 2 and all(h[:1].isupper() and h.lower() in _paper_halves() for h in halves)


# Where a word glues a second capitalised word to its first: "Star|Phoenix".
_INNER_CAPITAL = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")


def is_paper_word(token: str) -> bool:
    """Whether a word is one a paper names itself with ("Statesman", "Bee", "Herald")."""
    return token.lower() in _paper_halves()


@cache
def _paper_halves() -> frozenset[str]:
    return word_set("news_org_words") | word_set("paper_compound_words")


def is_organisation(element: str) -> bool:
    """ "KCNA VIA KNS", "U.S. Navy", "Syria TV": an acronym or a phrase with an organisation word."""
    tokens = element.split()
    org = words("people", "org_words")
    return not org_word_surname(tokens) and (
        any(t.lower() in org for t in tokens)
        or names_organisation(tokens)
        or all(t.isupper() and len(t) <= 6 for t in tokens)
    )
