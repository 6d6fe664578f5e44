"""What a person's name looks like, and what is known of given names.

Capital letters say only that a run of words is a name of something; whether it is a person's is read from
knowledge: a run whose first word is a known given name ("Harmony", "Xosé", "Kim") is a person's, one whose
first word is not ("Keur Massar", "Fleeing Sudanese", "Green Bay Packers") needs a stronger cue from the
sentence (a title before it, an age after it). The given names are generated from nomquamgender by
scripts/build_names.py into captions/data/given_names.txt and loaded once, when first asked.
"""

from __future__ import annotations

import json
import re
from functools import cache, lru_cache
from importlib import resources

from .._fold import fold
from .._rules import phrases, rules, words

__all__ = [
    "country_table",
    "is_country_name",
    "is_given_name",
    "is_mononym",
    "is_name_token",
    "is_person_name",
    "is_place_name",
    "is_place_word",
    "known_name",
    "name_before_town",
    "natural_case",
    "not_a_person",
    "people_words",
    "placed_name",
    "possessive_place_owners",
]

# The capitals of Latin Extended-A and -B (Polish Ł, Turkish İ and Ş, Azerbaijani Ə, Romanian Ș, Ț): their
# range alternates capitals and small letters, and a small "ş" or "ł" opens no name ("Şuşa şəhərində").
_LATIN_EXTENDED_CAPITALS = "".join(c for c in map(chr, range(0x100, 0x250)) if c.isupper())
UPPER_START = re.compile(
    rf"^[A-ZÀ-ÖØ-Þ{_LATIN_EXTENDED_CAPITALS}Ѐ-ЯҐΆΈ-ΏΑ-Ω]"
)  # Latin, Cyrillic, Greek capitals
INITIAL = re.compile(r"^[A-Z]\.$")
# "deGooyer", "al-Assad" once the hyphen is read, French elision inside a name: "Pierre d'Ornellas".
_CAMEL = re.compile(r"^(?:[a-z]{1,3}|d['’])[A-ZÀ-Þ]")
# A word that only reads as a participle or adjective opening a phrase: "Fleeing Sudanese", "Undated BBC".
_PARTICIPLE_FORM = re.compile(r"^[A-Z][a-z]+(?:ing|ed)$")


@cache
def people_words(key: str) -> frozenset[str]:
    """A word list of people.toml, lower-cased."""
    return words("people", key)


@cache
def name_titles() -> frozenset[str]:
    """Titles written before a one-name name, English's and the partner agencies' languages' (lower-cased)."""
    return people_words("name_titles") | people_words("role_name_titles")


@cache
def role_name_titles() -> frozenset[str]:
    """The name titles of languages other than English: a role, never part of the name (lower-cased)."""
    return people_words("role_name_titles")


@cache
def _demonyms() -> frozenset[str]:
    return words("people", "demonyms_cased")


@cache
def _prefixed() -> re.Pattern[str]:
    return re.compile(rf"^{phrases('people', 'hyphen_particles_cased')}-[A-Z]")


@cache
def _given_names() -> dict[str, str]:
    """The given names by their first two letters, each group one line: " mara maria mark "."""
    text = (resources.files("captions") / "data" / "given_names.txt").read_text(encoding="utf-8")
    groups = (line.split(" ", 1) for line in text.split("\n")[_HEADER_LINES:-1])
    found = {start: f" {names} " for start, names in groups}
    # Nigerian and Irish given names the generated list lacks (people.toml), in their groups.
    for name in sorted(people_words("west_african_given_names") | people_words("irish_given_names")):
        found[name[:2]] = found.get(name[:2], " ") + f"{name} "
    return found


_HEADER_LINES = 3


def _is_listed(folded: str) -> bool:
    group = _given_names().get(folded[:2])
    return group is not None and f" {folded} " in group and folded not in people_words("not_given_names")


@cache
def _place_names() -> frozenset[str]:
    text = (resources.files("captions") / "data" / "place_names.txt").read_text(encoding="utf-8")
    return frozenset(text.split("\n"))  # its header lines start with "#": no place does


@lru_cache(maxsize=16384)
def _fold(word: str) -> str:
    return fold(word.strip(".,'’").removesuffix("'s").removesuffix("’s"))  # fold() lower-cases ASCII at once


@lru_cache(maxsize=16384)
def is_given_name(token: str) -> bool:
    """Whether a word is a known given name ("Nádia", "Jean-Pierre", "KIRSTEN", "Володимир", "Κυριάκος").
    Cached: people, credit and place readers each ask it of a caption's capitalised words."""
    folded = _fold(token)
    if _is_listed(folded) or ("-" in folded and _is_listed(folded.split("-", 1)[0])):
        return True
    # "Paweł", "Søren", "Đorđe": letters that fold keeps, which the list spells in ASCII ("pawel", "soren")
    spelt = folded.translate(_ASCII_SPELLINGS)
    if spelt != folded and (_is_listed(spelt) or ("-" in spelt and _is_listed(spelt.split("-", 1)[0]))):
        return True
    return bool(_NON_LATIN.search(token)) and any(map(_is_listed, _latin_readings(_fold(token))))


# Letters with no accent to drop, as the given-name list spells them.
_ASCII_SPELLINGS = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "æ": "ae", "œ": "oe", "þ": "th", "ı": "i"})


_NON_LATIN = re.compile(r"[Ͱ-ӿ]")  # Greek and Cyrillic
# A Cyrillic or Greek word has a few Latin readings ("Андрій": andrii, andriy, ...), at most this many.
_MAX_READINGS = 32


@cache
def _letter_readings() -> dict[str, tuple[str, ...]]:
    # The place reader's tables, every reading of each letter (a town takes only the first).
    place = rules("place")
    letters = {**place["cyrillic_latin"], **place["greek_latin"]}
    return {letter: tuple(latin.split("|")) for letter, latin in letters.items() if len(letter) == 1}


@lru_cache(maxsize=4096)
def _latin_readings(word: str) -> tuple[str, ...]:
    """The Latin spellings of a folded word in Cyrillic or Greek: "владимир" -> vladimir, vladymyr, ..."""
    table = _letter_readings()
    readings = [""]
    for letter in word.lower():
        options = table.get(letter, (letter,))
        readings = [r + o for r in readings for o in options][:_MAX_READINGS]
    return tuple(readings)


def known_name(tokens: list[str]) -> bool:
    """Whether a name opens with a known given name, or an East Asian surname written first ("Shin
    Won-sik"); initials are skipped ("J. Ball Reason" is judged by "Ball")."""
    for token in tokens:
        if _is_initial(token):
            continue
        return is_given_name(token) or _fold(token) in people_words("east_asian_surnames")
    return False


# A body's initials in capitals: "SAR", "DVI", "BPBD".
_ACRONYM = re.compile(r"[A-Z]{2,5}")


def not_a_person(tokens: list[str]) -> bool:
    """Knowledge that a capitalised run is no one's name, whatever the sentence says around it: a group
    ("Fleeing Sudanese", "Displaced Sunni"), a team ("Green Bay Packers"), a place or facility
    ("Calistoga Ranch", "Hong Kong"), a flag in capitals ("RESTRICTED TO EDITORIAL USE"), a run ending in a
    particle."""
    last = _fold(tokens[-1])
    if tokens[-1] in _demonyms() and not _demonym_surname(tokens):
        return True
    if last in people_words("group_nouns") or last in people_words("team_nouns"):
        return True
    if last in people_words("place_nouns") or last in people_words("particles"):
        return True
    stem = last.replace("’", "'").partition("'")[0]
    if stem != last and stem in people_words("place_nouns"):
        return (
            True  # Turkish puts a case ending after an apostrophe: "Habib-i Neccar Camii'nin" (the mosque's)
        )
    if last in people_words("event_ends") or (stem != last and stem in people_words("event_ends")):
        return True  # "Pan-Arab Games", "Nobel Prize", "Kurban Bayramı'nın": an event's name
    if (
        len(tokens) > 1
        and _fold(tokens[0]) in people_words("title_articles")
        and " ".join(tokens[1:]).lower() in people_words("titles")
    ):
        return True  # "Der Bundeskanzler": an article and a title name an office, no one
    if any(_fold(t) in people_words("rite_weekdays") for t in tokens[:-1]):
        return True  # "Easter Sunday Mass", "Sunday Mass": a feast or a rite named with its weekday
    folded = [_fold(t) for t in tokens]
    if " ".join(folded) in _place_names():
        return True  # "Hong Kong", "Rio de Janeiro": a big place's name, whole
    if len(tokens) > 1 and "".join(folded) in _countries_spelt_whole():
        return True  # "Viet Nam", "Việt Nam": a country's name written in two words
    if "-" in tokens[0] and _doubled(tokens[0]):
        return True  # "Mama-mama Papua", "Ibu-ibu PKK": Malay and Indonesian write a plural by doubling
    if tokens[0] in _group_first_words():
        # Māori "Ngā Mokopuna" ("the" of a plural opens a group's name); "Dewan Undangan Negeri Sarawak" (a
        # house of a legislature, no one).
        if tokens[0] in people_words("plural_articles_cased"):
            return True
        if len(tokens) > 1 and f"{tokens[0]} {tokens[1]}" in people_words("assembly_openers_cased"):
            return True
    if len(tokens) > 1 and " ".join(tokens).lower() in people_words("eponymous_brands"):
        return True  # "Aston Martin", "Louis Vuitton": a company named for someone
    if _PARTICIPLE_FORM.match(tokens[0]) and not is_given_name(tokens[0]) and not _pinyin_name(tokens):
        return True
    if len(tokens) > 1 and _fold(tokens[0]) in people_words("team_openers") and _ACRONYM.fullmatch(tokens[1]):
        return True  # Indonesian "Tim SAR gabungan", "Tim DVI Polri": a team (tim) of a body in initials
    if tokens[0].isupper() and _fold(tokens[0]) in people_words("ship_prefixes"):
        return True  # "KRI Bima Suci", "HMS Prince of Wales": a ship
    if _fold(tokens[0]) in people_words("group_openers"):
        return True  # "Umat Buddha", "Warga Gaza": the faithful, the residents of
    if _fold(tokens[0]) in people_words("event_openers") or _fold(tokens[0]) in people_words("place_openers"):
        return True  # "Storm Ciaran", "Hurricane Milton", "Kampong Glam"
    letters = [t for t in tokens if len(t) > 1 and t.isalpha()]
    return len(letters) == len(tokens) > 1 and all(t.isupper() for t in tokens) and not known_name(tokens)


# A given name and a surname: two words.
_GIVEN_AND_SURNAME = 2


def _demonym_surname(tokens: list[str]) -> bool:
    """Whether a nationality closing two words is a surname: "Bevan French", after a known given name that
    is no place's ("Jordan French" may be a Jordanian's French)."""
    return (
        len(tokens) == _GIVEN_AND_SURNAME
        and tokens[1] in words("people", "demonym_surnames_cased")
        and is_given_name(tokens[0])
        and not is_place_word(tokens[0])
        and not is_country_name(tokens[0])
    )


# One pinyin syllable (an initial, then a final): the shape of what comes before a given name's "-ing".
_PINYIN_SYLLABLE = (
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ang|eng|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|a|e|i|o|u)"
)
_PINYIN_HEAD = re.compile(rf"(?:{_PINYIN_SYLLABLE}){{1,2}}")


def _pinyin_name(tokens: list[str]) -> bool:
    """Whether two words are a given name in pinyin closing in "-ing" and a Chinese surname ("Ruoning Yin",
    "Xiaoming Wang"), whose participle's shape opens a person's name after all."""
    if len(tokens) != _GIVEN_AND_SURNAME or _fold(tokens[1]) not in people_words("pinyin_surnames"):
        return False
    given = _fold(tokens[0])
    return given[-4:] in people_words("pinyin_ing_syllables") and bool(_PINYIN_HEAD.fullmatch(given[:-4]))


@cache
def _place_words_before() -> frozenset[str]:
    return words("people", "place_words_before_names")


@cache
def _place_after() -> re.Pattern[str]:
    return re.compile(rf"\s+{phrases('people', 'place_words_after_names')}\w*")


# The longest word of place before a name, in words ("sân vận động").
_PLACE_WORDS = 3


def _place_before(text: str, start: int) -> bool:
    """Whether a word of place stands right before START, a capitalised word between at most ("phường
    Hương Trà", "Jalan Tuanku Abdul Rahman")."""
    before = text[max(0, start - 40) : start].split()
    if text[start - 1 : start] not in (" ", "\t") and start:
        return False
    for skip in (0, 1):
        if skip and not (before and before[-1][:1].isupper()):
            return False
        end = len(before) - skip
        for k in range(1, _PLACE_WORDS + 1):
            if k <= end and " ".join(before[end - k : end]).lower() in _place_words_before():
                return True
    return False


def placed_name(text: str, name: str) -> bool:
    """Whether every time TEXT writes NAME a word of place stands right before or after it: the name of a
    ward, a road or a town, no one's ("tại phường Hương Trà", "Han Yunus kentine")."""
    starts: list[int] = []
    while (at := text.find(name, starts[-1] + 1 if starts else 0)) >= 0:
        starts.append(at)
    return bool(starts) and all(
        _place_before(text, start) or _place_after().match(text, start + len(name)) for start in starts
    )


def name_before_town(text: str, name: str) -> str | None:
    """The name before a town a word of place follows, read into one run with it after a title: "Prezident
    İlham Əliyev Şuşa şəhərində" (in the city of Şuşa) names İlham Əliyev; or None."""
    tokens = name.split()
    at = text.find(name)
    if len(tokens) < 3 or at < 0 or not _place_after().match(text, at + len(name)):
        return None
    return " ".join(tokens[:-1])


@cache
def possessive_place_owners() -> frozenset[str]:
    """The words before "’s" in big places' names ("cox" of "Cox's Bazar"), folded."""
    return frozenset(name.split("’s ", 1)[0] for name in _place_names() if "’s " in name)


def is_place_name(phrase: str) -> bool:
    """Whether words are a big place's whole name as written, lower-case words and apostrophes in it
    ("Dar es Salaam", "Cox's Bazar")."""
    folded = _fold(phrase.replace("'s ", "’s ")) if "'s " in phrase else _fold(phrase)
    return folded in _place_names()


def is_place_word(token: str) -> bool:
    """Whether a word is a big place's whole name ("London", "France"): a country, US state or city."""
    return _fold(token) in _place_names()


@cache
def country_table() -> dict[str, tuple[str, str]]:
    """country_names.json's names (the CLDR's, case-folded), each with its ISO code and English name; read
    once a process for every reader of it (people's names here, the place chain's countries)."""
    text = (resources.files("captions") / "data" / "country_names.json").read_text(encoding="utf-8")
    return {key: (code, name) for key, (code, name) in json.loads(text)["names"].items()}


@cache
def _country_names() -> frozenset[str]:
    """Countries' names in the languages of the CLDR ("frankreich", "alemania"), case-folded."""
    return frozenset(country_table())


# A country's name split in two words is read whole from this many letters: not "Ma Li", "Ku Ba" (Chinese
# and Korean names).
_SPLIT_COUNTRY_MIN = 7
# A word doubled with a hyphen, its copy in lower case: a plural in Malay and Indonesian ("Mama-mama").
_REDUPLICATED = re.compile(r"^[A-Z](?P<rest>[a-z]{2,})-[a-z](?P=rest)$")


@cache
def _countries_spelt_whole() -> frozenset[str]:
    """Countries' English names, folded, spaces dropped ("Việt Nam" folds to one of them); from
    _SPLIT_COUNTRY_MIN letters only."""
    english = {name for _, name in country_table().values()}  # some 250 names of 3,500 keys
    spelt = (_fold(name).replace(" ", "") for name in english)
    return frozenset(s for s in spelt if len(s) >= _SPLIT_COUNTRY_MIN)


def _doubled(word: str) -> bool:
    m = _REDUPLICATED.match(word)
    return m is not None and word[0].lower() == word[len(m["rest"]) + 2]


@cache
def _group_first_words() -> frozenset[str]:
    """The first words of `plural_articles_cased` and `assembly_openers_cased`, as written."""
    openers = people_words("assembly_openers_cased")
    return people_words("plural_articles_cased") | {o.split()[0] for o in openers}


def is_country_name(token: str) -> bool:
    """Whether a word is a country's name in one of the CLDR's languages ("Frankreich", "Deutschland")."""
    return token.casefold() in _country_names()


def is_mononym(token: str) -> bool:
    """Whether one word can be someone's whole name where the sentence says it is a person's ("his
    mother Margaret", "Harmony, 5"): capitalised, letters, and no word of a group, team or title."""
    word = token.strip(",.")
    low = _fold(word)
    return (
        len(word) > 2
        and bool(UPPER_START.match(word))
        and word.replace("-", "").replace("'", "").isalpha()
        and not word.isupper()
        and word not in _demonyms()
        and low not in people_words("org_words")
        and low not in people_words("not_given_names")
        and low not in people_words("group_nouns")
        and low not in people_words("calendar_words")
    )


@lru_cache(maxsize=8192)
def natural_case(name: str) -> str:
    """ "JULIEN MOREAU" becomes "Julien Moreau", AFP's "Sergey BOBOK" "Sergey Bobok"; "deGooyer" stays."""
    out = []
    words_ = name.split()
    mixed = not name.isupper()
    for i, word in enumerate(words_):
        letters = [c for c in word if c.isalpha()]
        if (scot := _MC_IN_CAPITALS.fullmatch(word)) is not None:
            # Stuff's "AIDAN McLAREN", "JAMES MacDONALD": a surname in capitals after its "Mc", "Mac".
            out.append(
                scot.group(1) + re.sub(r"[^\W\d_]+", lambda m: _capitalise(m.group()), scot.group(2).lower())
            )
            continue
        if len(letters) < 2 or not all(c.isupper() for c in letters):
            out.append(word)  # mixed case, an initial: as written
            continue
        if mixed and _joined_initials(word, i, words_):
            out.append(word)  # "LM Otero", "JD Pooley": initials run together, as written
            continue
        low = word.lower()
        opens_surname = i and words_[i - 1].lower() not in people_words("particles")
        if opens_surname and low in people_words("surname_articles"):
            out.append(_capitalise(low))  # "MATHILDE LE GALL": "Le Gall", an article opening the surname
        elif i and low in people_words("particles"):
            out.append(low)
        elif i and re.fullmatch(r"[IVX]{2,4}", word):
            out.append(word)
        elif _prefixed().match(word):
            out.append(low[:3] + _capitalise(low[3:]))
        elif i == 1 and "-" in low and name.split()[0].lower() in people_words("east_asian_surnames"):
            out.append(_capitalise(low))  # "PARK SEUNG-HO": "Seung-ho"
        else:
            out.append(re.sub(r"[^\W\d_]+", lambda m: _capitalise(m.group()), low))
    return " ".join(out)


# "McLAREN", "MacDONALD": the prefix as written, the rest of the surname in capitals.
_MC_IN_CAPITALS = re.compile(r"(Mc|Mac)([A-Z]{2,}(?:[-'’][A-Z]+)?)")

# Initials run together: consonants only ("LM", "JB", "DK"), or a vowel before a consonant no syllable of a
# romanised East Asian name ends in ("AJ", "EJ"; not "AN", "AI", "OU").
_RUN_INITIALS = re.compile(r"[B-DF-HJ-NP-TV-Z]{2,3}|[AEIOU][BCDFJKPTVXZ]")


def _joined_initials(word: str, at: int, words_: list[str]) -> bool:
    """Whether a capitals word of a name written in mixed case is initials run together ("LM" of "LM Otero",
    "AJ Mast"): two or three letters before a mixed-case word, no syllable; AFP's capitals surname ("Sergey
    BOBOK") comes last, and an East Asian surname first in capitals ("LI Qiang", "KIM Min-jae", "NG Ka-ho")
    is a syllable."""
    return (
        2 <= len(word) <= 3
        and bool(_RUN_INITIALS.fullmatch(word))
        and word != "NG"
        and at + 1 < len(words_)
        and not words_[at + 1].isupper()
        and word.lower() not in people_words("east_asian_surnames")
    )


def _capitalise(part: str) -> str:
    if part.startswith("mc") and len(part) > 3:
        return "Mc" + part[2].upper() + part[3:]
    return part[:1].upper() + part[1:]


@cache
def _name_token() -> re.Pattern[str]:
    # A capital first, "deGooyer", "al-Assad": the shapes of a word of a name, in one pattern.
    return re.compile(rf"{UPPER_START.pattern}|{_CAMEL.pattern}|{_prefixed().pattern}")


# A word's shape, asked of the same capitalised words again and again (`known_name`, `is_person_name`, the
# people, place and credit readers ask it of a caption's capitalised runs some twenty times): kept, a
# lookup where each was a regex call.
@lru_cache(maxsize=16384)
def is_name_token(token: str) -> bool:
    return bool(_name_token().match(token)) or token in _particle_tokens()


@lru_cache(maxsize=16384)
def _is_initial(token: str) -> bool:
    return INITIAL.match(token) is not None


@lru_cache(maxsize=16384)
def _capitalised_word(token: str) -> bool:
    """A word opening with a capital that is no initial ("Ball", not "J.")."""
    return UPPER_START.match(token) is not None and not _is_initial(token)


@cache
def _lower_particles() -> frozenset[str]:
    return words("people", "lower_case_particles_cased")


@cache
def _particle_tokens() -> frozenset[str]:
    """The particles as a name writes them in lower case: `particles` and `lower_case_particles_cased`."""
    return people_words("particles") | _lower_particles()


# A person's name has at most this many words besides its particles, and this many with them.
_NAME_WORDS_MAX = 5
_NAME_TOKENS_MAX = 8
_DIGIT = re.compile(r"\d")


@lru_cache(maxsize=8192)
def is_person_name(text: str) -> bool:
    """Whether a phrase has the shape of a person's name: not "Syria TV", "SANA", "U.S. Navy", "Oak Fire",
    "Foto: Gareth Fuller" (a label), "FP PHOTO"."""
    tokens = text.split()
    # Particles are no words of the count: "Khaled bin Mohamed bin Zayed Al Nahyan" is a name of seven words,
    # four of them names.
    named = [t for t in tokens if t.lower() not in people_words("particles") and t not in _lower_particles()]
    if not (len(tokens) >= 2 and len(named) <= _NAME_WORDS_MAX and len(tokens) <= _NAME_TOKENS_MAX):
        return False
    if not all(is_name_token(t) for t in tokens):
        return False
    if "&" in text:
        return False  # "Texas A&M", "AT&T": no one's name holds an ampersand
    if _DIGIT.search(text):
        return False  # "Plataforma P-80", "Falcon 9": a model's or a craft's code, no one's name
    labels = people_words("label_words")
    # Each test walks the tokens only where the text holds what it looks for (issue 16).
    if (":" in text and any(t.endswith(":") for t in tokens)) or (
        not labels.isdisjoint(map(str.lower, tokens))
        and any(
            t.lower() in labels and not (i and tokens[i - 1] in _particle_tokens())
            for i, t in enumerate(tokens)
        )
    ):
        return False  # but a label word after a particle is a surname's: "Luis de la Fuente"
    capitalised = [t for t in tokens if _capitalised_word(t)]
    if len(capitalised) < 2 and not any(_CAMEL.match(t) or _prefixed().match(t) for t in tokens):
        return False
    org = people_words("org_words")
    if any(t.lower().strip(".'’") in org or t.lower().removesuffix("'s") in org for t in tokens):
        return False
    # Three words only: "Al Azhar Al Sharif" is a mosque's name.
    compound = (
        len(tokens) == 3
        and tokens[0] in people_words("given_name_articles_cased")
        and is_given_name(tokens[1])
    )
    if tokens[0].lower() in people_words("particles") and not compound:  # but "El Tayeb Siddig" is one
        return False  # "del Bloque Nacionalista Galego": a name opens with its given name, not a particle
    return not tokens[-1].endswith(("'s", "’s")) and tokens[0] not in _demonyms()
