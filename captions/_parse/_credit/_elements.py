"""What one element of a chain is: a person's name (the creator), an agency, a paper, a picture service,
and where a value is doubtful.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from ..._rules import rules, words
from .._names import is_given_name, is_place_word, known_name, not_a_person, people_words
from .._people import is_person_name, natural_case
from ._patterns import _patterns
from ._words import (
    GENERATIONAL,
    PUNCT_LEFT,
    agency,
    agency_prefix,
    is_compound_paper_word,
    is_creator_name,
    is_known_paper,
    is_news_org,
    is_organisation,
    is_paper_word,
    is_uncased_word,
    names_a_body,
    names_organisation,
    opens_with_paper_word,
    place_paper,
    strip_label,
    surname_like_title,
    word_set,
)

# Antara's "ANTARA FOTO/Name/abc.": the editor's initials in lower case close the chain; no party.
_EDITOR_INITIALS = re.compile(r"^[a-z]{2,4}\.?$")


_LONG_LINE = 80


# Sentence text in a credit line: a stop, then a lower-case word; or a run of lower-case words.
_SENTENCE_TEXT = re.compile(r"[.!?;:]\s+[a-zà-ÿ]|(?:\s[a-zà-ÿ]{2,}){4}")


# The day a file picture was taken, as an element of its chain: Folhapress's "Name - 25.jan.1984/Folhapress",
# "Name - 3.mar.2020/Folhapress". It holds no one's name.
PICTURE_DATE = re.compile(r"\d{1,2}\.(?:[a-zç]{3,4}|\d{1,2})\.\d{4}")


def _kind(element: str, last: bool) -> tuple[str, int]:
    """What a chain element is, and where it ends when the chain ran past an agency ("Toronto Star Feb.
    19"): agency, marker (handout, pool, file, stringer), person, org, other."""
    clean = strip_label(element)
    for pattern in _patterns().prefixes:  # "Photo by Name", "© Name"
        clean = pattern.sub("", clean)
    clean = clean.strip(" *©\"'")
    if not clean or (last and _editor_initials(clean)) or PICTURE_DATE.fullmatch(clean):
        return "empty", len(element)
    low = clean.lower()
    if agency(clean) is not None:
        return "agency", len(element)
    archive = _patterns().archive_prefix.match(clean)
    if archive and agency(clean[archive.end() :]) is not None:
        return "agency", len(element)  # "ARCHIVES LA PRESSE": the agency's own archive
    markers = ("handout_words", "pool_words", "stringer_words", "file_words", "reproduction_words")
    if any(low in word_set(k) for k in markers):
        return "marker", len(element)
    if _EMAIL.fullmatch(clean):
        return "org", len(element)  # McClatchy: "Name/name@herald-leader.com", the paper's address
    if last and "." in clean and _NEWS_SITE.fullmatch(clean):
        return "org", len(element)  # Advance Local: "Name, cleveland.com", the paper's site
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
    if last and _patterns().desk_code.fullmatch(clean):
        return "org", len(element)  # "Jack Hill/C30": the paper's desk, where its name would stand
    tokens = clean.split()
    # A paper closing the chain may keep its article in lower case: "Name/el Nuevo Herald".
    articled = last and len(tokens) > 1 and tokens[0].islower() and tokens[0].upper() in _paper_articles()
    if (
        len(tokens) <= 6
        and not any(c.isdigit() for c in clean)
        and (tokens[0][:1].isupper() or articled)
        and all(t[:1].isupper() or t.lower() in word_set("org_joiners") for t in tokens[articled:])
    ):
        return "org", len(element)
    return "other", len(element)


@cache
def _paper_articles() -> frozenset[str]:
    return frozenset(words("credit", "paper_articles_cased"))


# Articles that open no one's name in title case, unlike "El" ("El Tayeb") or "La" ("La Toya"): "Le Soleil"
# is a paper's name, though "Soleil" is a given name.
_PLAIN_ARTICLES = frozenset({"LE", "LES", "LOS", "LAS", "THE", "DIE", "DER", "HET", "IL"})

# A photographer's address at the paper after their name: "Name/nsmith@herald-leader.com".
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# A paper's own file picture, named by the paper alone: "(Argus Leader file photo)", "(Courant file photo)",
# as US and Canadian local pages credit a portrait from their archive. The paper is the source.
PAPER_FILE_PHOTO = re.compile(
    r"(?P<paper>(?:The )?[A-Z][\w'’.&-]*(?: [A-Z][\w'’.&-]*){0,3}) (?:file|archive) (?:photo|picture|image)"
)

# A news site's domain in lower case closing a chain after its photographer, as papers that publish as
# their site credit: "Name, cleveland.com", "Name | syracuse.com", "Name/NJ Advance Media for nj.com".
_NEWS_SITE = re.compile(r"[a-z][a-z0-9-]+\.(?:com|net|org|ca|us)")


# One to three capitalised words and "News": a paper's name where it closes the chain after its photographer
# ("Korea News Service" ends in another word).
_PLACE_NEWS = re.compile(r"(?:[A-Z][\w'’.&-]* ){1,3}News")
# "The" and one to four capitalised words: an organisation's name closing a chain after its photographer.
_THE_NAMED = re.compile(r"The(?: [A-Z][\w'’.&-]*){1,4}$")


def _paper_named(element: str, last: bool) -> bool:
    """Whether a name-shaped element is a newspaper's ("WINDSOR STAR", "Tampa Bay Times"): a paper's word
    closing it where it closes the chain, after its photographer; elsewhere, a paper's word and no known
    given name opening it ("Jason Post/AP" is a photographer)."""
    if is_known_paper(element):
        return True  # "Photo: Dawn": a paper's name, though "Dawn" is a given name
    if last and _NEWS_SITE.fullmatch(element):
        return True  # "Name, syracuse.com": the paper's site names it
    if last and _PLACE_NEWS.fullmatch(element):
        return True  # "Name, Deseret News", "Name/Detroit News": a name and "News" closing the chain
    if last and _THE_NAMED.match(element):
        return True  # "Name/The Oregonian", "Name / The Republican": "The" opens no photographer's name
    if last and is_compound_paper_word(element.split()[-1]):
        return True  # "Name/San Antonio Express-News", "NAME / Saskatoon StarPhoenix": a compound name
    tokens = element.split()
    if opens_with_paper_word(tokens) and (last or not is_given_name(tokens[0])):
        # "Foto: Diario de Yucatán", "Name/Echo Dnia": the masthead opens with the paper's word; alone, a
        # given name first is a photographer's ("Photo: Echo Smith").
        return True
    # "Name/Idaho Statesman", "Name/Sacramento Bee": a place that is no given name, then a paper's word,
    # closing the chain (a known given name first may be a second photographer: "Name/Jordan Leader").
    if (
        last
        and len(tokens) > 1
        and is_paper_word(tokens[-1])
        and is_place_word(tokens[0])
        and not is_given_name(tokens[0])
    ):
        return True
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
    if names_a_body(tokens):
        return False  # "Photo: Frome Standard/Name", "Photo: North West Newspix": a paper's or a body's name
    photo_service = tokens[-1].lower() in word_set("agency_photo_words")
    if len(tokens) > 1 and photo_service and (tokens[0].isupper() or not is_given_name(tokens[0])):
        return False  # "UN Photo/Name", "NASA Photo/Name": an organisation's picture service, no one's name
    if len(tokens) > 1 and party.isupper() and tokens[0] in word_set("paper_articles_cased"):
        return False  # "EL UNIVERSAL", "LE MONDE": a paper's name
    articled = len(tokens) > 1 and tokens[0].upper() in word_set("paper_articles_cased")
    if articled and (not is_given_name(tokens[1]) or tokens[0].upper() in _PLAIN_ARTICLES):
        return (
            False  # "La Opinión", "El Nuevo Herald", "Le Devoir", "Le Soleil": a paper's name in title case
        )
    if place_paper(tokens):
        return False  # "China Daily via REUTERS": the paper's name
    if names_organisation(tokens):
        return False  # "Marine Nationale", "Marinha Portuguesa": a body's, though a given name opens it
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
    name and its first is not, or is an adjectival surname ("Malá Jana")."""
    tokens = name.split()
    surname_first = len(tokens) == 2 and (_adjectival_surname(tokens[0]) or not is_given_name(tokens[0]))
    if surname_first and is_given_name(tokens[1]):
        return f"{tokens[1]} {tokens[0]}"
    return name


def _adjectival_surname(word: str) -> bool:
    """Whether WORD ends as a Czech or Slovak adjectival surname does ("Malý", "Nováková")."""
    return len(word) > 3 and word.endswith(tuple(words("credit", "adjectival_surname_endings_cased")))


_NUMBER = re.compile(r"\d{1,4}")


def _agency_alone(elements: list[str]) -> bool:
    """Whether a credit is one word in title case that names no one, no place and no kind of picture
    ("Foto: Nampa", "Photo: Kurier"): a national agency or a paper no list knows. A handout's party is an
    organisation's word or an acronym ("Almannavarnir", "PIB"), and is read as one before this."""
    if len(elements) != 1 or not (_MONONYM.match(elements[0]) or _CYRILLIC_MONONYM.match(elements[0])):
        return False
    word = elements[0]
    tags = words("people", "org_words") | word_set("not_name_words") | word_set("social_media_parties")
    return word.lower() not in tags and not is_given_name(word) and not is_place_word(word)


# The marks of initials in Hebrew: gershayim (or a double quote) before the last letter, geresh after one.
_INITIALS_MARK = re.compile("[\"'\u05f3\u05f4]")


def _outlet_alone(element: str) -> bool:
    """Whether a credit's only element names the outlet whose own picture it is: one word of a script with no
    capitals after its label ("فوٹو: جنگ", "फोटो: भास्कर", "ছবি: পিটিআই": the paper or the agency), or a place
    and "News" ("Picture: Cumberland News": a local paper, which hands nothing out)."""
    if is_uncased_word(element):
        # Not an office's initials, which Hebrew marks with gershayim ("לע״מ": the press office hands out),
        # nor an organisation's word ("الرئاسة", the presidency).
        return not _INITIALS_MARK.search(element) and not names_organisation([element])
    return _PLACE_NEWS.fullmatch(element) is not None and not is_creator_name(element)


def _paper_alone(elements: list[str]) -> bool:
    """Whether a credit is a paper's name alone ("Photo: Premium Times", "Photo: Daily Star"): capitalised
    words, the last a paper's word, the first no given name; or a body's whose last word closes no one's name
    ("Picture: Kinsale RNLI", "(Image: Devon Live)"), whatever opens it."""
    if len(elements) != 1:
        return False
    tokens = elements[0].split()
    return len(tokens) <= _LONG_NAME and all(t[:1].isupper() for t in tokens) and names_a_body(tokens)


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
    ("Juan Carlos De La Cruz") nor an Arabic name's "Abd" ("Mohamed Abd El Ghany"), with a word after it:
    "Samuel Ouellet Le Devoir"."""
    for i in range(2, len(tokens) - 1):
        article = tokens[i]
        if article[:1].isupper() and article.upper() in word_set("paper_articles_cased"):
            before = tokens[i - 1].lower()
            joined = people_words("particles") | people_words("arabic_name_joiners")
            return None if before in joined else i
    return None


def _picture_service(element: str) -> bool:
    """Whether a chain element names a picture agency by its photographer's name or its number ("Huw Evans
    Agency", "Brian Lawless Photography", "Press 22"), not a party that handed the picture out ("Defence
    Industry Agency", "Presidential Press Service")."""
    low = element.lower()
    # The longest service phrase the name ends with ("news & pictures" over "pictures").
    service = max(
        (w for w in word_set("picture_service_words") if low.endswith(f" {w}")), key=len, default=None
    )
    if service is not None:
        rest = element[: -len(service)].strip()
        if " " in service:
            # "North News & Pictures", "Fife Photo Agency": a news-and-pictures or photo agency, any head
            return bool(rest)
        return is_person_name(rest) or (" " not in rest and (is_given_name(rest) or _coined(rest, service)))
    studio = next((w for w in word_set("picture_studio_words") if low.startswith(f"{w} ")), None)
    if studio is not None:  # "Studio Rossi": a studio named after its photographer
        name = element[len(studio) :].split()
        return 0 < len(name) <= _STUDIO_NAME_WORDS and all(_TITLE_WORD.fullmatch(t) for t in name)
    head, _, number = element.rpartition(" ")
    return head.lower() in word_set("picture_service_words") and bool(_NUMBER.fullmatch(number))


# A studio's name after its word is a surname or two: "Studio Rossi", "Foto Studio Neri Bassi".
_STUDIO_NAME_WORDS = 2


def _coined(head: str, service: str) -> bool:
    """ "Pacemaker Press": one coined word in title case, no organisation's ("Presidential", "Army"), before a
    word that makes it a picture agency."""
    return (
        service.lower() in word_set("picture_service_coined_words")
        and head[:1].isupper()
        and head[1:].isalpha()
        and head[1:].islower()
        and head.lower() not in people_words("org_words")
        and not is_place_word(head)
    )


# Where a name this long, or one of three words opening with no known given name, is a photographer's,
# the credit is doubted: "Name Purchase Licensing Rights", "Smithsonian National Zoo".
_LONG_NAME = 4


# An initial: "B." anywhere, or a bare capital closing the name, as Antara writes a surname ("Hafidz
# Mubarak A").
_INITIAL_TOKEN = re.compile(r"^[A-Z]\.$")
_CLOSING_INITIAL = re.compile(r"^[A-Z]$")


# Arabic words that make one name with the word after them: "عبد الفتاح" (Abdel Fattah).
_ARABIC_JOINED = frozenset({"عبد"})
# A Spanish surname from a father's name: "Álvarez", "Fernández", "Gómez".
_PATRONYMIC = re.compile(r"^[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+ez$")


def _two_surnames(tokens: list[str]) -> bool:
    """A given name and two surnames, as Spanish writes them: "Jaiver Nieto Álvarez" (the second a
    patronymic in "-ez")."""
    return (
        len(tokens) == _LONG_NAME - 1
        and all(t[:1].isupper() for t in tokens)
        and bool(_PATRONYMIC.match(tokens[-1]))
    )


def _worded(tokens: list[str]) -> bool:
    """Whether a name holds a word of an organisation or of a place ("Press", "Zoo", "Lookout")."""
    return any(t.lower() in people_words("org_words") or t.lower() in _place_nouns() for t in tokens)


@cache
def _place_nouns() -> frozenset[str]:
    return frozenset(rules("place")["facilities"])


# Pure (rule files only): an agency's credit lines recur from caption to caption ("REUTERS/Kevin Lamarque"),
# and each reading of one tests the same name's words for initials and given names again.
@lru_cache(maxsize=2048)
def _doubt_creator(line: str, creator: str | None) -> str | None:
    """Whether the photographer read may be an organisation or words, not a person: a name of four words or
    more, or of three with no known given name (particles, "Sander van der Velde", aside), or one that
    ends in an agency's name."""
    if creator is None:
        return None
    # "Rod Tillery, Jr.": the suffix is no word of the name's length.
    tokens = (GENERATIONAL.sub("", creator) if "," in creator else creator).split()
    if _paper_article_at(tokens) is not None:
        # "Erick Labbé Le Soleil": a paper's name may follow the photographer's, unjoined.
        return f"'{creator}' may end with a paper's name: check the photographer in the credit '{line}'"
    if any(t.lower() in people_words("particles") for t in tokens):
        return None
    # Initials count for no word: "B. Jothi Ramalingam", "R. V. Moorthy" are names of two and one; nor
    # does Arabic "عبد" (servant of), one name with the word after it ("أحمد عبد الفتاح" is a name of two).
    spelled = [
        t
        for i, t in enumerate(tokens)
        if not _INITIAL_TOKEN.match(t) and not (i == len(tokens) - 1 and i and _CLOSING_INITIAL.match(t))
    ]
    spelled = [t for i, t in enumerate(spelled) if i == 0 or spelled[i - 1] not in _ARABIC_JOINED]
    # "Jean Marc Hervé Abélard": a compound given name without its hyphen counts as one word.
    if (
        len(spelled) > 2
        and spelled[0] in people_words("compound_given_heads_cased")
        and is_given_name(spelled[1])
    ):
        spelled = [spelled[0], *spelled[2:]]
    # A known middle name makes three words a person's too: "Asanka Brendon Ratnayake".
    middle_name = (
        len(spelled) == _LONG_NAME - 1
        and is_given_name(spelled[1])
        and not any(t.lower() in people_words("org_words") for t in spelled)
    )
    # "Thet Naing Oo": a Myanmar name, of its syllables alone.
    burmese = all(t.lower() in people_words("burmese_name_syllables") for t in tokens)
    unknown = not (
        known_name(tokens) or surname_like_title(tokens) or _two_surnames(tokens) or middle_name or burmese
    )
    # Three words with no known given name are a person's as often ("Algi Febri Sugita", "Yusniel Cardenas
    # Mora", "מרק ישראל סלם"), unless one is a word of a body or a place ("Pacific Grove Lookout").
    long_ = len(spelled) >= _LONG_NAME or (len(spelled) == _LONG_NAME - 1 and unknown and _worded(spelled))
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
# One word in title case in Cyrillic letters: Kazinform's "Фото: Акорда", as "Foto: Nampa" in Latin ones.
_CYRILLIC_MONONYM = re.compile(r"^[А-ЯЁІЇЄҚҒҮҰӨҺӘ][а-яёіїєқғүұөһә]{2,}$")


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
    # Nor an organisation's one word in another language ("Puolustusvoimat / Lehtikuva", the defence forces).
    if not (_MONONYM.match(element) or caps) or low in tags or names_organisation([element]):
        return False  # "Picture: Bonhams/PA": an auction house (credit.toml organisation_words), no one
    return all(e == element or agency(e) is not None for e in elements)


# Agency feeds glue a name to itself: "CHRISTOF STACHECHRISTOF STACHE" is "CHRISTOF STACHE".
_GLUED = re.compile(r"([A-Z][\w.'’ -]{3,}?\w)\1(?![\w])")


# Pure: the credit's elements and its line are undoubled again, and a credit line recurs across captions.
@lru_cache(maxsize=2048)
def _undouble(text: str) -> str:
    # Searched first: a template's substitution costs a call into Python's re even where nothing matches.
    return _GLUED.sub(r"\1", text) if _GLUED.search(text) else text
