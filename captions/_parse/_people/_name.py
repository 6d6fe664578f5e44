"""Whether a run of capitalised words is a person's name, and where the name ends."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from ..._frozen import fast_init
from ..._rules import phrases, words
from .._date import month_names
from .._holiday import is_day_name
from .._names import (
    UPPER_START,
    is_country_name,
    is_given_name,
    is_mononym,
    is_name_token,
    is_person_name,
    is_place_name,
    is_place_word,
    known_name,
    name_titles,
    natural_case,
    not_a_person,
    people_words,
    role_name_titles,
)
from .._vocabulary import Vocabulary, vocabulary

_TOKEN = re.compile(r"[^\s,;:()\"“”]+")


# A pope's title in the partner agencies' languages is written with his name ("Papa Leone XIV").
_POPES = frozenset({"papa", "pape", "papst", "paus", "påve", "pave"})


# A team and a role written as one word, as Dutch captions do ("Ajax-aanvoerder", "PSV-middenvelder"): a name
# has no lower-case word this long after a hyphen.
_COMPOUND_ROLE = re.compile(r"[A-Z][\w]*-[a-zäöüéèë]{5,}")


# A Korean given name of two syllables joined by a hyphen, the second in lower case: "Se-young".
_KOREAN_GIVEN = re.compile(r" [A-Z][a-z]+-[a-z]+\b")


_ORDINAL_END = re.compile(r"[^\W\d_] \d{1,3}\.$")


_DIGIT = re.compile(r"\d")


_LETTERS = re.compile(r"[^\W\d_]+")


_BARE_NUMBER = re.compile(r"^\s+\d{1,3}\s*$")
_YEAR_OLD = re.compile(r"\d{1,3}[- ](?:year|month|week)s?[- ]old\s*$", re.IGNORECASE)


# Lower-case letters of the Latin, Greek and Cyrillic scripts: "während", "lors", "во" open no name either.
_LOWER = "a-z" + "".join(c for c in map(chr, range(0xDF, 0x530)) if c.islower())


# "s'exprime" too; the pattern opens with its space, and looks back: a scan costs a letter a position.
_LOWER_WORD = re.compile(rf" (?<=[\w.] )((?:[a-z]['’])?[{_LOWER}]+)\b(?![-'’])")


# A short parenthesis after a name tags it (shirt number, party and state, party, team): "Randall Cobb
# (18)", "Sen. Marsha Blackburn (R-Tenn.)", "Jürgen Pföhler (CDU)", "Tadej Pogacar (UAE Team Emirates)".
_TAG = re.compile(r"\s*\([^()]{1,40}\)")


@cache
def _age_tail() -> re.Pattern[str]:
    # What may follow a name in its phrase: an age ("Mia Jones, 7", "age 5"), a shirt number ("#71").
    age = phrases("people", "age_words_cased")
    return re.compile(rf"^\s*(?:,?\s*\d{{1,3}}|,?\s*{age}\s+\d{{1,3}}|#\d{{1,3}})\s*$")


@fast_init
@dataclass(frozen=True)
class _Found:
    name: str
    description: str | None
    affiliation: str | None = None  # a team or company the name is written after: "Chicago Bears"
    one_word: bool = False  # named in one word ("Obama conversa con ..."): the caption names people so
    # Read as a person from the sentence's shape alone: no known given name, title, age or kin says so.
    doubtful: bool = False
    # Read back from a position marker or shirt number over a few words: its description may be cut short
    # ("Vegas Raiders defensive end"), and another reader's is better.
    windowed: bool = False


@lru_cache(maxsize=4096)
def _has_marker(text: str) -> bool:
    """Whether TEXT holds a position marker of people.toml's (those of every language): asked of a sentence
    by the reader of the names before markers, and again where its markers are stripped, one scan for both."""
    # Every marker is written after a comma or in parentheses.
    return ("," in text or "(" in text) and next(vocabulary("en").any_marker.finditer(text), None) is not None


def _strip_markers(text: str) -> str:
    if not _has_marker(text):
        return text
    return vocabulary("en").any_marker.sub("", text)


def _runs(text: str, v: Vocabulary) -> list[tuple[int, int]]:
    """Spans of consecutive name tokens ("Volodymyr Zelenskyy", "Russian Army")."""
    runs: list[tuple[int, int]] = []
    particles = people_words("particles")
    start = end = -1
    for m in _TOKEN.finditer(text):
        token = m.group()
        low = token.lower()
        # A lower-case particle inside a name is no determiner: "Ursula von der Leyen".
        article = (low in v.determiners or low in v.conjunctions) and not (start >= 0 and token in particles)
        article = article or token in v.contractions
        if article and token[:1].isupper() and _KOREAN_GIVEN.match(text, m.end()):
            # "An Se-young": a Korean surname spelt as an article, before a hyphenated given name.
            article = low not in people_words("east_asian_surnames")
        if is_name_token(token) and not article:
            start = m.start() if start < 0 else start
            end = m.end()
        elif start >= 0:
            runs.append((start, end))
            start = -1
    if start >= 0:
        runs.append((start, end))
    return runs


def _cued_by(before: str, v: Vocabulary) -> tuple[bool, bool]:
    """Whether the words before a name say it is a person's (a title or role, a kin noun, "5-year-old"),
    and whether they say so of a single word too (kin, age)."""
    tail = before.rstrip(" ,")[-60:]
    if not tail:
        return False, False
    last = tail.split()[-1].lower().strip(",.")
    if last in people_words("kin_nouns") or last in people_words("naming_words") or _YEAR_OLD.search(tail):
        return True, True
    roles = people_words("stage_name_roles")
    written = tail.split()[-1].strip(",.")
    # Lower case, as a role is written; or capitalised opening the sentence ("Singer Shakira performs").
    if (written.islower() or tail == written) and (
        last in roles or " ".join(tail.lower().split()[-2:]) in roles
    ):
        return True, True  # "singer Shakira", "pop star Rihanna": written in lower case, as a role is
    return v.ends_with_title(tail), False


def _affiliation_split(tokens: list[str], owned: bool = False) -> int:
    """Where the name starts in a run that holds something before it: a team or title word ("Toronto Raptors
    Kyle Lowry", "Kremlchef Wladimir Putin", "South Korea Simon Smith"), a byline in capitals ("JENS
    SCHLUETER Alice Weidel", "Christophe SIMON FRANCE Gisele Pelicot": a name never goes back from
    capitals to mixed case). OWNED: the run follows a possessive, which named the team already."""
    brand = _brand_words(tokens)
    if brand and len(tokens) - brand >= 2 and is_person_name(" ".join(tokens[brand:])):
        return brand  # "de Aston Martin Fernando Alonso": the team, named like someone, then its driver
    initials = next((i for i, t in enumerate(tokens[:-3]) if _club_initials(t)), -1)
    if initials >= 0:
        # "SC Braga Sikou Niakaté", "del FC Barcelona Robert Lewandowski", "HC Sparta Praha Roman Horák": the
        # club is its initials, a word and the place names after it.
        end = initials + 2
        while end < len(tokens) - 2 and is_place_word(tokens[end]):
            end += 1
        if len(tokens) - end >= 2:
            return end
        if len(tokens) - initials - 1 >= 2 and known_name(tokens[initials + 1 :]):
            return initials + 1  # "du Paris FC Erling Haaland": the initials close the club's name
    for i in range(len(tokens) - 2, 0, -1):
        if _caps(tokens[i - 1]) and not _caps(tokens[i]) and tokens[i][:1].isupper():
            return i
    country = (
        next((k for k in _COUNTRY_WORDS if len(tokens) - k >= 2 and is_country_name(" ".join(tokens[:k]))), 0)
        if len(tokens) >= 3  # a country's name and a name of two words at least
        else 0
    )
    if country and not any(known_name(tokens[i:]) for i in range(country + 1, len(tokens) - 1)):
        # "Thủ tướng Nhật Bản Takaichi Sanae", "Tổng thống Hàn Quốc Lee Jae-myung": Vietnamese writes the
        # title's country after it, and the name after it may be surname-first, which no given name vouches
        # for ("Nhật" is a given name too). A known name further on is the one after a title of the country
        # ("Macaristan Başbakanı Viktor Orban").
        return country
    if known_name(tokens):
        return 0
    if _sikh_name(tokens):
        return 0  # "Parvesh Sahib Singh": the whole run is the name
    if owned:
        return 0  # "Deportivo Tachira's Yeferson Ramirez Solano": a given name no list holds, no second team
    particles = people_words("particles")
    for i in range(1, len(tokens) - 1):
        # No name opens with "bin" ("Temim bin Hamed Al Sani" is one name, its given name unknown).
        if (
            tokens[i - 1].lower() not in particles
            and tokens[i] not in _LINEAGE_WORDS
            and known_name(tokens[i:])
        ):
            return i
    return 0


# A country's name in another language opening a run, of this many words, the longest first ("Nhật Bản").
_COUNTRY_WORDS = (3, 2, 1)


# A brand's name has at most this many words ("Yves Saint Laurent").
_BRAND_WORDS = 3


def _brand_words(tokens: list[str]) -> int:
    """How many words opening a run name a brand named like someone (`eponymous_brands`), the longest; 0 if
    none does."""
    # "de Aston Martin": the title's preposition before the body opens the run.
    lead = int(bool(tokens) and tokens[0] in words("people", "title_place_joiners_cased"))
    if len(tokens) <= lead or tokens[lead].lower() not in _brand_heads():
        return 0  # a set's look first: most runs open with no brand's word
    brands = people_words("eponymous_brands")
    found = next(
        (
            k
            for k in range(min(_BRAND_WORDS, len(tokens) - lead), 0, -1)
            if " ".join(tokens[lead : lead + k]).lower() in brands
        ),
        0,
    )
    return lead + found if found else 0


@cache
def _brand_heads() -> frozenset[str]:
    """The first words of `eponymous_brands`."""
    return frozenset(brand.split()[0] for brand in people_words("eponymous_brands"))


def _place_genitive(token: str) -> bool:
    """Whether a German word is a country's or a town's name in the genitive ("Frankreichs", "Kölns"): a
    team's, before its player's name."""
    stem = token[:-1]
    return (
        len(token) > 3
        and token.endswith("s")
        and token[:1].isupper()
        and (is_place_word(stem) or is_country_name(stem))
    )


def _sikh_name(tokens: list[str]) -> bool:
    """A Sikh name of three words, "Singh" or "Kaur" after a given name or two ("Parvesh Sahib Singh",
    "Tarunpreet Singh Sond"), none a place's or in capitals."""
    sikh = words("people", "sikh_surnames_cased")
    return (
        len(tokens) == 3
        and (tokens[-1] in sikh or tokens[1] in sikh)
        and all(t[:1].isupper() and not t.isupper() for t in tokens)
        and not any(is_place_word(t) for t in tokens[:2])
    )


def _particle_inside(tokens: list[str]) -> bool:
    particles = people_words("particles")
    return any(t in particles for t in tokens[1:-1])


def _folded(tokens: list[str]) -> frozenset[str]:
    return frozenset(t.lower() for t in tokens)


def _caps(token: str) -> bool:
    return token.isupper() and sum(c.isalpha() for c in token) > 1  # "SCHLUETER", not "J."


@lru_cache(maxsize=8192)
def _name_in(phrase: str, lang: str = "en", cued: bool = False) -> _Found | None:
    """The person a noun phrase names: its closing run of name tokens, after any title.

    "India's opposition Congress party leader Rahul Gandhi" names Rahul Gandhi, described by the rest;
    "A Russian Army soldier" and "Supporters" name no one. CUED: the sentence says this is someone.
    """
    v = vocabulary(lang)
    phrase = _strip_markers(phrase).strip(" ,")
    # "Uroczystości 45. rocznicy", "28. Spieltag": a number with a stop after a word is an ordinal, no age.
    ordinal = phrase.endswith(".") and bool(_ORDINAL_END.search(phrase))
    phrase = phrase.strip(" ,.")
    if "l'" in phrase or "l’" in phrase:
        phrase = _without_elided_club(phrase)  # "Lautaro Martínez dell'Inter", "Leonardo Balerdi de l'OM"
    if v.lang == "el":
        phrase = _GREEK_TEAM_AFTER.sub("", phrase)  # "Ο Σάσα Βεζένκοφ του Ολυμπιακού": his team's genitive
    # "Secretary of State Antony Blinken", "Republic of the Congo's Foreign Minister ..." are one run.
    masked = v.mask_titles(phrase, bodies=True)
    runs = _runs(masked, v)
    if not runs:
        return None
    start, end = runs[-1]
    tail = phrase[end:]
    aged = bool(tail.strip()) and not ordinal and bool(_age_tail().match(tail))
    if aged and " " not in phrase[start:end].strip() and _BARE_NUMBER.match(tail):
        # One word and a number with no comma is a vehicle's or a road's name ("Tram 28", "Route 66", "Bus
        # 42"): a one-word name takes its age after a comma ("Harmony, 5").
        aged = False
    # Icelandic, Nordic and Baltic captions put the title after the name, in lower case: "Kristrún
    # Frostadóttir forsætisráðherra á ...". Not in English: "A Russian Army soldier" names no one.
    titled_after = not v.english and tail[:2].strip()[:1].islower() and bool(v.titles.fullmatch(tail.strip()))
    # Finnish and Baltic captions close the phrase with the date, no preposition before it: "Tasavallan
    # presidentti Sauli Niinistö Naantalissa 18. kesäkuuta 2023".
    # German and Dutch archive captions give the year right after the name: "Sängerin Name 1983 bei einem
    # Auftritt".
    dated = bool(tail.strip()) and (_is_date(tail) or (not v.english and bool(_YEAR.fullmatch(tail.strip()))))
    if tail.strip() and not (aged or titled_after or dated):
        return None  # the phrase goes on past its last name run: "A Russian Army soldier"
    words_before = phrase[:start].split()
    titled = "\x00" in masked[start:end] or bool(v.titles.match(phrase, start))
    # "The Labour MP Jess Phillips": a body, its title in one word, and a name of two words or more after
    # it; the article is the title's ("The King Fahd Causeway" opens with its title).
    # Looked for only where an article stands before the run, which the checks below read.
    article = bool(words_before) and (
        words_before[-1].lower() in v.determiners or words_before[0].lower() in ("a", "an", "the")
    )
    inner = v.titles.search(phrase[start:end], 1) if article else None
    body_titled = inner is not None and len(phrase[start + inner.end() : end].split()) >= 2
    titled = titled or body_titled
    # "Le Français Quentin Fillon Maillet", "La Norvégienne Ingrid Landmark Tandrevold": French, Spanish and
    # Italian captions write a nationality as a noun after its article, one word before a known name.
    run_words = phrase[start:end].split()
    noun_lead = (
        not v.english
        and len(run_words) >= 3
        and bool(words_before)
        and words_before[-1].lower() in v.determiners
        and not known_name(run_words[:1])
        and known_name(run_words[1:])
    )
    if noun_lead:
        start += len(run_words[0]) + 1
    elif (
        words_before
        and words_before[-1].lower() in v.determiners
        and not titled
        and not _title_body(words_before, v)
        and not _owner_then_name(run_words)
        and not (v.lang == "el" and len(run_words) >= 2 and known_name(run_words))
    ):
        # Greek writes its article before a name: "Ο Γιάννης Αντετοκούνμπο".
        # "The Peace Tower": no one's name takes an article; a title or body before it does ("Le Premier
        # ministre X", "the Democratic Republic of the Congo's Foreign Minister X").
        return None
    if (
        words_before
        and words_before[0].lower() in ("a", "an", "the")
        and "\x00" not in masked[start:end]
        and not body_titled
        and not v.titles.search(phrase[:start])
        and not _article_title().match(phrase, start)
        and not _office_then_full_name(run_words)
        and not _owner_then_name(run_words)
        and words_before[-1].lower() not in people_words("stage_name_roles")  # Portuguese "a fadista Mariza"
        and " ".join(words_before) not in words("people", "obituary_heads_cased")  # "The late Tadhg Ryan"
    ):
        # "a female two-coloured Mason Bee": an article and adjectives, no title or role; "The Emir of Kano
        # X" opens with its title and realm ("The King Fahd Causeway" is named for him).
        return None
    if (
        words_before
        and words_before[0].lower() in ("a", "an", "the")
        and v.titles.fullmatch(phrase[start:end])
    ):
        return None  # "The Prime Minister, Shri Narendra Modi": the title alone, its name still to come
    if (
        len(words_before) > 2
        and words_before[0] in ("The", "the")
        and words_before[-1] == "of"
        and len(run_words) <= 2
        and v.titles.search(phrase[:start])
    ):
        # "The chairman of Tata Sons, N. Chandrasekaran,": the title's realm ("Tata" is a given name too);
        # its holder is named after it ("The Archbishop of Canterbury Justin Welby" is read below).
        return None
    run = phrase[start:end]
    # "Travis Head of Australia bats": a surname that is a title, then the team's country, no realm of it.
    head, of, team_place = run.rpartition(" of ")
    if of and _surname_titled(head.split(), team_place, v):
        run = head
    # A title ending the run is a surname: "Haynes King", "Carl Bishop".
    titles = [t for t in v.titles.finditer(run) if run[t.end() :].strip()]
    title_end = max((t.end() for t in titles), default=0)
    tokens = run[title_end:].split()
    tokens = tokens[_plural_title_end(tokens, v) :]  # "Supreme Court Justices Clarence Thomas and ..."
    reign = titles[-1] if titles else None
    if reign and reign.start() and _surname_of_reign(run, reign, v):
        # "Martin Luther King III", "Billie Jean King Jr.": a surname spelt as a title, after given names.
        lead = titles[0].end() if titles[0].start() == 0 and titles[0] is not reign else 0
        # "Rev. Martin Luther King Jr.": a title before the given names stays the description.
        titles, title_end, tokens, reign = titles[:1] if lead else [], lead, run[lead:].split(), None
    if reign and _given_name_titled(run, reign, titles[:-1], v):
        # "President Hassan Sheikh Mohamud", "Minister of Industry Sultan Al Jaber": the title's word is a
        # word of the name.
        titles = titles[:-1]
        title_end = titles[-1].end() if titles else 0
        tokens = run[title_end:].split()
        reign = titles[-1] if titles else None
    # "Pope Francis", "King Charles III": the title is part of how the name is written; not where it has
    # its realm after it, a role: "Emir of Kano Muhammadu Sanusi II" is Muhammadu Sanusi II.
    if (
        reign
        and reign.group().lower() in name_titles()
        and tokens
        and tokens[0] not in ("of", "на")
        and (len(tokens) == 1 or re.fullmatch(r"[IVX]+", tokens[-1]))
        # "Emir Sultan Camii'nin avlusunda": the mosque named for him, no one ("Queen Mary" stays her)
        and not (not_a_person(tokens) and not is_given_name(tokens[0]))
        and not _pinyin_surname_title(reign.group(), tokens[0])
    ):
        description = phrase[: start + reign.start()].strip(" ,") or None
        if (
            not v.english and reign.group().lower() not in _POPES
        ) or reign.group().lower() in role_name_titles():
            # "Kong Frederik og dronning Mary": a king's title in another language is his role, as "Kung Carl
            # XVI Gustaf" and "drottning Silvia" are; "Papa Francesco" keeps his.
            return _Found(" ".join(tokens), phrase[: start + reign.end()].strip(" ,"))
        return _Found(f"{reign.group()} {' '.join(tokens)}", description)
    # "Gubernur Jawa Barat Dedi Mulyadi": the office's province stands between the title and its holder.
    regional = reign is not None and reign.group().lower() in people_words("regional_office_titles")
    if regional:
        tokens = tokens[_region_words(tokens) :]
    # "Aston Villa's Jorge Ruiz", "Boston Celtic' Kyrie Irving": the name follows the last possessive.
    owners = [i for i, t in enumerate(tokens) if t.endswith(("'s", "’s", "'", "’"))]
    if owners:
        tokens = tokens[owners[-1] + 1 :]
    owned = bool(owners) and len(tokens) == 1  # "FC Barcelona's Raphinha celebrates": a player of theirs
    # "Deportivo Tachira's Yeferson Ramirez Solano": the run right after the possessive is the name whole
    # (not "People's Republic of Korea Kim Jong Un", whose possessive is inside a body's name).
    named_after_owner = bool(owners) and "of" not in tokens
    while tokens and tokens[0] in v.demonyms:
        tokens.pop(0)
    if "of" in tokens[1:]:  # "Republic of Korea Kim Jong Un": the name follows the body's place
        tokens = tokens[len(tokens) - 1 - tokens[::-1].index("of") :]
    # Bulgarian "Кметът на Пловдив Name"; "Minister for Finance Paschal Donohoe": the portfolio, no one's name
    of_place = bool(tokens) and tokens[0] in ("of", "на", "for")
    realm: str | None = None  # the place a title is of, read off: "Kano" of "Emir of Kano"
    if of_place:
        # "Mayor of London Sadiq Khan", "President of France Emmanuel Macron": the title's place, not a name
        # ("London" is a given name too).
        tokens.pop(0)
        after_the = False
        while len(tokens) > 2:
            # "Governor of New York Kathy Hochul": the place may be of a few words.
            size = next(
                (k for k in (3, 2, 1) if len(tokens) - k >= 2 and is_place_word(" ".join(tokens[:k]))), 0
            )
            if tokens[0] != "the" and not size:
                body = _body_before_name(tokens) if after_the else 0
                if body:
                    # "Speaker of the House Mike Johnson", "Chancellor of the Exchequer Rachel Reeves": the
                    # title's body after its article, then a name that opens with a known given name.
                    realm, tokens = " ".join(tokens[:body]), tokens[body:]
                break
            after_the = tokens[0] == "the"
            realm = " ".join(tokens[: size or 1])
            tokens = tokens[size or 1 :]
    # "Petroleum Resources Gwede Mantashe" ("Minister of Mineral and Petroleum Resources Gwede Mantashe"): a
    # portfolio's capitalised words end before the minister's name.
    if title_end and len(tokens) > 2 and tokens[0] in words("people", "rank_corps_cased"):
        tokens = tokens[1:]  # "Letkol Inf Dedi Hermawan": the officer's corps, after his rank
    portfolio = people_words("portfolio_words")
    tokens = tokens[max((i + 1 for i, t in enumerate(tokens[:-2]) if t.lower() in portfolio), default=0) :]
    if not tokens:
        return None
    if all(_caps(t) for t in tokens) and (
        not known_name(tokens) or people_words("flag_words") & _folded(tokens)
    ):
        return None  # "RESTRICTED TO EDITORIAL USE", "CCTV OUT": a flag in capitals
    if aged and tokens[-1].lower().strip(".") in people_words("calendar_words"):
        return None  # "Oct. 20", "Vietnam June 4": a date
    while len(tokens) > 2 and tokens[-2] in people_words("particles") and _caps(tokens[-1]):
        tokens = tokens[:-2]  # "Ivan Perisic van PSV": the club, no particle of his name
    tokens = tokens[: _team_after_particle(tokens)]  # "Max Verstappen van Red Bull Racing": his team
    if (
        len(tokens) > 1
        and _CONSONANT_INITIALS.fullmatch(tokens[-1])
        and not all(_caps(t) for t in tokens)
        and not is_given_name(tokens[0])
    ):
        return None  # "Gassanlegget Hammerfest LNG", "Kontenerowiec MSC" (not "Charli XCX"): a plant's
    while len(tokens) > 2 and _locative(tokens[-1]):
        tokens = tokens[:-1]  # "Sauli Niinistö Kultarannassa": where he is, in the locative case
    tokens = tokens[: _surname_end(tokens)]  # "Shavkat Mirziyoyev Yangi yil": the name ends at its surname
    opener = next((t for t in tokens if t.lower() not in people_words("particles")), "")
    if opener.lower() in people_words("place_openers"):
        return None  # "(di) Jalan Tuanku Abdul Rahman": a street named for someone, not he
    # "Emir of Kano Aminu Ado Bayero": the words after the title's place are the name, whatever given names
    # are known ("Mayor of Rio de Janeiro Eduardo Paes" keeps the place's particle and is split after it).
    realm_read = (
        of_place and realm is not None and tokens[0][:1].isupper() and is_person_name(" ".join(tokens))
    )
    owner_named = named_after_owner and not is_place_word(tokens[0])
    split = 0 if realm_read else _affiliation_split(tokens, owner_named)
    if split == 1 and _three_given_names(tokens, phrase[:start], v):
        split = 0  # "Former Indonesian president Susilo Bambang Yudhoyono": three names, no team before two
    if (
        not split
        and v.lang in _GENITIVE_TEAM_LANGUAGES
        and len(tokens) == _TEAM_AND_NAME
        and (title_end > 0 or bool(words_before and v.titles.fullmatch(words_before[-1])))
        and not is_given_name(tokens[0])
    ):
        split = 1  # "Кошаркаш Партизана Карлик Џоунс": a player's role, his club in the genitive, his name
    if not split and len(tokens) >= 3 and _place_genitive(tokens[0]):
        split = (
            1  # "Frankreichs Dika Mem", "Kölns Marvin Schwäbe": the team's country or town, in the genitive
        )
    if not split and len(tokens) >= 3:
        # "il difensore del Milan Fikayo Tomori": the title's body is the town after its preposition, whose
        # club it is (not "El portavoz del Bloque Nacionalista Galego").
        joined = tokens[0] in words("people", "title_place_joiners_cased")
        body = 2 if joined else 1
        before_body = [*words_before, tokens[0]] if joined else words_before
        if len(tokens) - body >= 2 and is_place_word(tokens[body - 1]) and _title_body(before_body, v):
            split = body
    if not split and len(tokens) == 2 and _title_body(words_before, v):
        # "O atacante do Flamengo Pedro": a body that is no given name, then a given name: the club, and a
        # player known by one name, which the title before the club does not vouch for.
        split = int(not is_given_name(tokens[0]) and is_given_name(tokens[1]))
    # "Canterbury" of "Archbishop of Canterbury Justin Welby" belongs to the title, not a team's name.
    compound_role = (
        split in (0, 1)
        and len(tokens) >= 3
        and (bool(_COMPOUND_ROLE.fullmatch(tokens[0])) or _titled_compound(tokens[0], v))
    )
    split = 1 if compound_role else split  # "Ajax-aanvoerder Jordan Henderson": a team and a role in one word
    affiliation = " ".join(tokens[:split]) if split and not of_place and not compound_role else None
    tokens = tokens[split:]
    at = run.find(tokens[0], title_end)  # where the name starts, after its title and owner
    before = phrase[: start + at] if at >= 0 else phrase[:start]
    if before.split() and before.split()[-1].lower() in people_words("supporter_nouns"):
        return None  # "Fanoušci Viktorie Plzeň": the fans of a club, named right after them
    if tokens[0].lower() in people_words("supporter_nouns"):
        return None  # German capitalises its nouns: "Anhänger der Oppositionspartei PTI" are supporters
    if _supporters_of(before):
        return None  # "Simpatizantes de la presidenta Claudia Sheinbaum": whom they back, not in the frame
    if is_day_name(" ".join(tokens)):
        return None  # "Muslims offer Eid al-Adha prayers": a feast, no one's name
    if before.split() and _club_initials(before.split()[-1]):
        return None  # "HC Sparta Praha - HC Oceláři Třinec": a club's name after its initials
    if _thing_before(before.split(), v.lang):
        return None  # "Giant panda He Hua eats bamboo", "le porte-avions Charles de Gaulle": no one's name
    if not v.english and (_picture_before(before) or _picture_before(_lead_to_run(phrase, start, end))):
        return None  # "sostienen retratos de Gabriel García Márquez": depicted, not there
    if (
        before.split()
        and before.split()[-1].isupper()
        and before.split()[-1].lower() in people_words("ship_prefixes")
    ):
        return None  # "kapal KRI Bima Suci": a ship's name
    title_cue, single_cue = _cued_by(before, v)
    title_cue = title_cue or titled_after or realm_read or regional
    # Indonesians often go by one name ("Menteri Luar Negeri Sugiono"): a title vouches for one word.
    single_cue = single_cue or (v.lang in _ONE_NAME_LANGUAGES and title_cue)
    if len(tokens) == 1:
        surname = _surname_after_office(before, tokens[0])
        vouched = single_cue or aged or (owned and cued) or _reign_before(before, tokens[0]) or surname
        if not (is_mononym(tokens[0]) and vouched):
            return None
        if not_a_person(tokens) and not (_reign_before(before, tokens[0]) and is_given_name(tokens[0])):
            # "VfB Stuttgart, 20": a city with a number is no one's name and age; but "dronning Mary" is a
            # queen, though Mary is a town in Turkmenistan.
            return None
    elif not (
        is_person_name(" ".join(tokens)) or ((title_cue or cued) and _initials_and_surname(tokens))
    ) or (not_a_person(tokens) and not _surname_of_place_noun(tokens, title_cue, bool(owners) and cued)):
        return None
    elif not (
        known_name(tokens)
        or title_cue
        or ((cued or aged or split) and not _particle_inside(tokens))
        or _surname_in_capitals(tokens)
    ):
        return None  # "Keur Massar is flooded", "Aficionados del Real Madrid celebran": nothing says who
    description = before.strip(" ,") or None
    if description and description.lower() in v.determiners:
        description = None  # "Ο Γιάννης Αντετοκούνμπο": the article alone describes no one
    if description and re.fullmatch(r"[A-Z][\w.'’ -]*['’]s?", description):
        description = None  # "Austria's Matthias Mayer": an affiliation, not a title or role
    if len(tokens) == 1:
        doubtful = not (
            is_given_name(tokens[0]) or single_cue or aged or _reign_before(before, tokens[0]) or surname
        )
    else:
        doubtful = not (known_name(tokens) or title_cue)
    team = affiliation or _team_before(description, v)
    # "Yokozuna Onosato shoves out komusubi Wakamotoharu": one word after an office names someone, as a
    # caption that names its people by one word does ("Obama conversa con Varufakis").
    one_word = len(tokens) == 1 and surname
    return _Found(natural_case(" ".join(tokens)), description, team, doubtful=doubtful, one_word=one_word)


_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")


def _initials_and_surname(tokens: list[str]) -> bool:
    """Whether a name is initials and a surname, as South Indian names are written ("N. Chandrasekaran",
    "S. Jaishankar", "M.K. Stalin"): the surname no place's ("N. Korea") nor in capitals."""
    *initials, surname = tokens
    return (
        bool(initials)
        and all(_INITIALS.fullmatch(t) for t in initials)
        and bool(UPPER_START.match(surname))
        and not surname.isupper()
        and surname.isalpha()
        and not is_place_word(surname)
        and not is_country_name(surname)
    )


def _surname_of_place_noun(tokens: list[str], titled: bool, owned: bool) -> bool:
    """Whether a name of two words is a given name and a surname that is a noun of place ("Tyreek Hill",
    "Junior Lake", "John Wall"), as a title before it says (TITLED: "Miami Dolphins wide receiver Tyreek
    Hill"), or a team's possessive before a known given name, of a verb only people do (OWNED: "Chicago Cubs'
    Junior Lake hits"; not "Man City's Etihad Stadium", "The Beatles' Abbey Road crossing is busy"); "Victoria
    Park" alone is a park."""
    return (
        len(tokens) == 2  # a given name and a surname
        and (titled or (owned and is_given_name(tokens[0])))
        and tokens[-1].lower() in people_words("place_nouns")
        and not is_place_word(tokens[0])
        and not not_a_person(tokens[:1])
        and not is_place_name(" ".join(tokens))
    )


def _titled_compound(token: str, v: Vocabulary) -> bool:
    """Whether a word is a body and a role joined by hyphens, as German writes them, the role capitalised
    ("Mercedes-Benz-Chef", "Bundesbank-Präsident"): its last part a title, not one a name holds
    ("Marie-Reine")."""
    head, hyphen, role = token.rpartition("-")
    return (
        bool(hyphen)
        and head[:1].isupper()
        and v.titles.fullmatch(role) is not None
        and role.lower() not in name_titles()
    )


def _surname_after_office(before: str, token: str) -> bool:
    """Whether one word right after an office written as its holder's title is their surname ("President
    Trump", "Chancellor Merz"): no given name ("President Emmanuel" is cut short) nor place."""
    written = before.rstrip()
    if not written or written != before.rstrip(" ,") or is_given_name(token) or is_place_word(token):
        return False
    return any(written.endswith(t) and written[: -len(t)][-1:] in ("", " ") for t in _office_titles())


def _supporters_of(before: str) -> bool:
    """Whether the words before a name open with supporters and "of" ("Simpatizantes de la presidenta",
    "Seguidores do ex-presidente"): the people shown back the one named, who is elsewhere."""
    opening = before.split()[:2]
    return (
        len(opening) == _SUPPORTERS_OF
        and opening[0].lower() in people_words("supporter_nouns")
        and opening[1] in words("people", "title_place_joiners_cased")
    )


# The supporters' noun and "of".
_SUPPORTERS_OF = 2


@cache
def _office_titles() -> tuple[str, ...]:
    return tuple(words("people", "surname_titles_cased"))


def _office_then_full_name(run_words: list[str]) -> bool:
    """Whether a run after "the" is an office of one word, then a known given name and a surname: "The
    Taoiseach Micheál Martin", "the Chancellor Rachel Reeves" (the article is the office's; "The King Fahd
    Causeway" opens with no office, and a place's noun closing the run is no one's surname)."""
    return (
        len(run_words) >= _OFFICE_AND_NAME
        and run_words[0] in _office_titles()
        and known_name(run_words[1:2])
        and not not_a_person(run_words[1:])
    )


# An office's one word, a given name and a surname.
_OFFICE_AND_NAME = 3


_LATIN_NAME = re.compile(r"[A-Za-zÀ-ÖØ-öø-ɏ'’ -]+")


def _surname_in_capitals(tokens: list[str]) -> bool:
    """Whether a name is written as AFP and the sports federations write one, given names and then the
    surname in capitals ("Kaillie HUMPHRIES"): the shape says it is someone's, no word of it a place's
    ("Gaza CITY") or a flag's."""
    caps = [_caps(t) and len(t) > 2 for t in tokens]
    if not 2 <= len(tokens) <= 4 or caps[0] or not caps[-1] or caps != sorted(caps):
        return False
    if not _LATIN_NAME.fullmatch(" ".join(tokens)):
        return False  # "Рятувальники ДСНС": rescuers and their service's initials
    if people_words("flag_words") & _folded(tokens):
        return False
    return not any(is_place_word(t.title()) for t in tokens)


@cache
def _locative_ending() -> re.Pattern[str]:
    return re.compile(rf"[^\W\d_]{{3}}{phrases('people', 'locative_endings_cased')}$")


def _locative(token: str) -> bool:
    """A capitalised word in a locative case closing a name run (Finnish "Naantalissa", Lithuanian
    "Vilniuje"): a place, never a surname, unless it is a known given name."""
    return bool(_locative_ending().search(token)) and not is_given_name(token)


@cache
def _soviet_surname() -> re.Pattern[str]:
    return re.compile(rf"[^\W\d_]{{3,}}{phrases('people', 'soviet_surname_endings_cased')}")


def _surname_end(tokens: list[str]) -> int:
    """Where a name ends: after a surname of the former Soviet lands, not its first word ("Shavkat
    Mirziyoyev"), when the next word is capitalised and no given name, particle or suffix ("Yangi")."""
    for i in range(1, len(tokens) - 1):
        after = tokens[i + 1]
        if (
            _soviet_surname().fullmatch(tokens[i])
            and after[:1].isupper()
            and not is_given_name(after)
            and after.lower() not in people_words("particles")
            and not re.fullmatch(r"(?:Jr|Sr|[IVX]+)\.?", after)
        ):
            return i + 1
    return len(tokens)


def _reign_before(before: str, name: str) -> bool:
    """Whether the words before one name end with a title of someone known by one name, in lower case:
    "och drottning Silvia", "y la reina Letizia"; not a Chinese surname spelt as a title before a word no
    known given name ("Kong Linghui")."""
    words = before.split()
    return bool(words) and words[-1].lower() in name_titles() and not _pinyin_surname_title(words[-1], name)


def _pinyin_surname_title(title: str, name: str) -> bool:
    """Whether a title before a name is a Chinese surname in pinyin, the name after it no known given name:
    "Kong Linghui" is a man's whole name, "Kong Harald" Norway's king."""
    return title.lower() in people_words("pinyin_surnames") and not is_given_name(name)


def _team_before(description: str | None, v: Vocabulary) -> str | None:
    """The team or company a role is written after: "Chicago Bears cornerback" -> "Chicago Bears"."""
    if not description:
        return None
    m = re.fullmatch(r"(?:the )?((?:[A-Z][\w.&-]*\s+){1,4})([a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})", description)
    if not m or not v.titles.fullmatch(m.group(2)):
        return None
    tokens = m.group(1).split()
    while tokens and (tokens[0] in v.demonyms or tokens[0].lower() in people_words("title_modifiers")):
        tokens.pop(0)
    return " ".join(tokens) if len(tokens) >= 2 and not v.titles.search(" ".join(tokens)) else None


def _plural_title_end(tokens: list[str], v: Vocabulary) -> int:
    """Where a name starts after a title in the plural written in capitals, which the title list, singular,
    does not match: "Prime Ministers Keir Starmer", "Supreme Court Justices Clarence Thomas" (0 if none)."""
    end = 0
    for i, word in enumerate(tokens[:-1]):
        if len(word) < _PLURAL_MIN or not word.endswith("s") or not word[:1].isupper():
            continue
        for singular in (word[:-1], word[:-2]) if word.endswith("es") else (word[:-1],):
            head = " ".join([*tokens[max(0, i - 1) : i], singular])
            if any(m.end() == len(head) for m in v.titles.finditer(head)):
                end = i + 1
                break
    return end


_PLURAL_MIN = 4  # "Sens", "Reps", "Kings": no shorter word is a title's plural


# A year of the last two centuries, alone.
_YEAR = re.compile(r"(?:18[5-9]\d|19\d\d|20\d\d)")


@cache
def _article_title() -> re.Pattern[str]:
    """A title English writes after "the" before a name: "the Rev. Martin Luther King Jr."."""
    return re.compile(rf"{phrases('people', 'article_titles_cased')}\s+(?=[A-Z])")


def _is_date(chunk: str) -> bool:
    """Whether a chunk is a date and nothing more: digits and a month's name in any language, with at most
    short joiners ("5 marzo 2024", "Oct. 20", "3 de marzo de 2024")."""
    if _DIGIT.search(chunk) is None:
        return False
    words = [w.lower() for w in _LETTERS.findall(chunk)]
    months = [w for w in words if w in month_names()]
    if not months and _roman_month_date().search(chunk):
        return all(len(w) <= _ROMAN_LETTERS for w in words)  # PAP's "5 III 2027 r."
    return bool(months) and all(w in month_names() or len(w) <= 3 for w in words)


# The longest Roman month ("VIII"), the letters a Roman-numeral date's words may have.
_ROMAN_LETTERS = 4


@cache
def _roman_month_date() -> re.Pattern[str]:
    """A day, a month in Roman numerals and a year: "5 III 2027", "15.IX.2026" (roman_months_cased)."""
    roman = phrases("date", "roman_months_cased")
    return re.compile(rf"(?<!\d)[0-3]?\d(?:\.\s?|\s){roman}(?:\.\s?|\s)(?:1[89]|20)\d\d(?!\d)")


def _club_initials(word: str) -> bool:
    """Whether a word is a sports club's initials, as written before its name ("FC", "HC", "VfB")."""
    return sum(c.isupper() for c in word) >= 2 and word.lower() in people_words("club_initials")


def _title_body(words_before: list[str], v: Vocabulary) -> bool:
    """Whether the words before a run end with a title and the preposition of its body, which French writes
    as an article ("le défenseur du Club de Bruges Joel Ordonez", "le président des Républicains ...")."""
    return (
        len(words_before) >= 2
        and words_before[-1] in words("people", "title_place_joiners_cased")
        and v.titles.fullmatch(words_before[-2]) is not None
    )


# Italian and French "of the" elided before a club's name after a player's ("dell'Inter", "de l'OM",
# "dall'Atalanta"): the club's, no part of a name (a name's own elision is "d'" alone: "Giscard d'Estaing").
_ELIDED_CLUB_AFTER = re.compile(r"(?<=\w)\s(?:dell|dall|de l|du l)['’][A-Z][\w-]*(?:\s[A-Z][\w-]*){0,2}$")


def _without_elided_club(phrase: str) -> str:
    """A phrase without the club elided after a name in it ("Leonardo Balerdi de l'OM"); a title's body stays
    ("L'attaccante dell'Inter Lautaro Martinez": a lower-case word before it)."""
    club = _ELIDED_CLUB_AFTER.search(phrase)
    # The word before, after its own elision ("L'attaccante" is "attaccante").
    if club is None or not re.split(r"['’ ]", phrase[: club.start()])[-1][:1].isupper():
        return phrase
    return phrase[: club.start()]


# Greek names a player's team in the genitive after his name, its article first: "Ο Σάσα Βεζένκοφ του
# Ολυμπιακού".
_GREEK_TEAM_AFTER = re.compile(r"\s+(?:του|της|των)\s+[Α-ΩΆ-Ώ][^\s,]*$")


# Slavic languages in Cyrillic write a player's club in the genitive, one word, between his role and his name.
_GENITIVE_TEAM_LANGUAGES = frozenset({"sr", "ru", "uk", "bg"})
_TEAM_AND_NAME = 3


# Languages whose captions name many people by one name after their title (Indonesian, read as "ms").
_ONE_NAME_LANGUAGES = frozenset({"ms"})

# Languages that write an adjective after its noun: "la panda gigante Xin Xin", "la nave scuola Amerigo
# Vespucci".
_NOUN_FIRST_LANGUAGES = frozenset({"es", "fr", "it", "pt", "ca", "ro"})
# Lower-case words read back over, after the thing's noun, in those languages.
_POST_ADJECTIVES = 2


@cache
def _things() -> frozenset[str]:
    return people_words("animal_nouns") | people_words("vessel_nouns")


def _thing_before(before: list[str], lang: str) -> bool:
    """Whether the words before a name end with an animal's or a craft's noun, whose name it is ("Giant
    panda He Hua", "the aircraft carrier Gerald R. Ford"); in a language that writes its adjectives after
    the noun, before up to two words in lower case ("la panda gigante Xin Xin"), unless a preposition
    opens the noun's phrase ("el cuidador de pandas gigantes Juan Pérez": the keeper's name)."""
    low = [w.lower().strip(",") for w in before[-(_POST_ADJECTIVES + 2) :]]
    things = _things()
    if low and (low[-1] in things or " ".join(low[-2:]) in things):
        return True
    if lang not in _NOUN_FIRST_LANGUAGES:
        return False
    for back in range(1, min(_POST_ADJECTIVES, len(low) - 1) + 1):
        if not before[-back].islower():
            return False
        noun = low[-back - 1]
        if noun in things:
            return len(low) < back + 2 or low[-back - 2] not in words("people", "title_place_joiners_cased")
    return False


@cache
def _picture_of() -> re.Pattern[str]:
    # A picture's noun after another word, its "of", then up to three lower-case words (an article, a title, a
    # nationality: "retratos del expresidente venezolano") and nothing else before the name.
    nouns, ofs = phrases("people", "picture_of_nouns"), phrases("people", "picture_of_prepositions")
    return re.compile(rf"\S\s+{nouns}\s+{ofs}(?:\s*|\s+(?:[^\W\d_A-Z][\w'’-]*\s+){{0,3}})$")


def _three_given_names(tokens: list[str], before: str, v: Vocabulary) -> bool:
    """Whether a run of three words after a title in lower case is one name whose first word the given-name
    list does not know ("president Susilo Bambang Yudhoyono"), not a team or place and a name ("Toronto Kyle
    Lowry")."""
    tail = before.rstrip().rsplit(" ", 1)[-1]
    return (
        len(tokens) == _THREE_NAMES
        and tail.islower()
        and v.ends_with_title(before.rstrip())
        and is_mononym(tokens[0])
        and not is_place_word(tokens[0])
        and not not_a_person(tokens[:1])
    )


_THREE_NAMES = 3


def _lead_to_run(phrase: str, start: int, end: int) -> str:
    """The words before a run, with the particle the run opens with ("de" of "de Gabriel García Márquez")."""
    first = phrase[start:end].split(" ", 1)[0]
    return phrase[:start] + (f"{first} " if first.islower() else "")


def _picture_before(before: str) -> bool:
    """Whether the words before a name are a picture of it ("sostienen retratos de", "des portraits de
    l'ancien président"): the name is depicted there."""
    return _picture_of().search(before) is not None


_OWNER_WORDS = 3  # "the Toronto Maple Leafs' Auston Matthews"


def _owner_then_name(run: list[str]) -> bool:
    """Whether a run opens with a possessive and a name follows: "a Bike's Jonas Vingegaard" (of Visma-Lease a
    Bike), "the Kremlin's Dmitry Peskov": the article is the owner's, and the name no one's title."""
    # "the Kamloops Blazers' Dylan Sydor": the owner of a few words, a plural's bare apostrophe.
    owner = next((i for i, t in enumerate(run[:_OWNER_WORDS]) if t.endswith(("'s", "’s", "s'", "s’"))), None)
    return owner is not None and len(run) - owner > 2 and known_name(run[owner + 1 :])


def _team_after_particle(tokens: list[str]) -> int:
    """Where a known name ends before a particle and a team or company's name ("Max Verstappen van Red Bull
    Racing", "Jan Oblak von Atlético Madrid FC", "Lorenzo Pellegrini della Roma"): the end of the tokens if
    nothing so follows."""
    particles = people_words("particles")
    for j in range(2, len(tokens) - 1):
        if tokens[j] not in particles:
            continue
        if tokens[j] in people_words("club_articles_cased") and known_name(tokens[:j]):
            return j  # "Lorenzo Pellegrini della Roma": Italian writes no name with "della" after a surname
        if (
            tokens[j] in people_words("club_prepositions_cased")
            and j + 2 == len(tokens)
            and (
                _club_name(tokens[j + 1])
                or (is_place_word(tokens[j + 1]) and not is_given_name(tokens[j - 1]))
            )
            and known_name(tokens[:j])
        ):
            # "Lamine Yamal del Barcelona", "Henry Martín del América", "Rafael Leão del Milan" (a town that
            # is a given name too, after a surname that is none); not "Juan Martín del Potro"
            return j
        if _club_after_surname(tokens, j):
            return j  # "Lucas Martínez Quarta de River Plate", "Jordan Henderson van Ajax"
        after = {t.lower() for t in tokens[j + 1 :]}
        org = after & (people_words("org_words") | people_words("team_nouns")) or any(
            map(_club_initials, tokens[j + 1 :])
        )
        if org and known_name(tokens[:j]) and is_person_name(" ".join(tokens[:j])):
            return j
    return len(tokens)


def _club_after_surname(tokens: list[str], j: int) -> bool:
    """Whether the particle at J opens a club's name after a player's given name and surname: two capitalised
    words or more after it ("de River Plate", "del Real Madrid", "van Sparta Rotterdam"), or one word after a
    Dutch or German one ("van Ajax", "van Feyenoord")."""
    particle = tokens[j]
    if particle not in people_words("club_particles_cased") or not known_name(tokens[:j]):
        return False
    tail = tokens[j + 1 :]
    if not tail[0][:1].isupper():
        return False  # "Fernández de la Vega": the surname's article
    capitalised = [t for t in tail if t[:1].isupper()]
    if len(capitalised) >= _CLUB_WORDS and all(
        t[:1].isupper() or t in people_words("particles") for t in tail
    ):
        return True
    # "van Ajax", and "van Feyenoord" after a surname that is no given name ("Quinten Timber van Feyenoord";
    # not "Jan Peter van Dijk", whose "van" opens his surname).
    return (
        len(tail) == 1
        and particle in people_words("club_particles_one_place_cased")
        and (is_place_word(tail[0]) or not is_given_name(tokens[j - 1]))
    )


_CLUB_WORDS = 2  # "River Plate", "Boca Juniors": a club's name after a particle, not a surname's one word


def _club_name(token: str) -> bool:
    """Whether one word after "del" is a club's: a big place's name that is no given name ("Barcelona";
    not "Rosario", "Valencia"), or a club's of `team_nouns` ("América")."""
    if token.lower() in people_words("team_nouns"):
        return True
    return is_place_word(token) and not is_given_name(token)


def _surname_of_reign(run: str, reign: re.Match[str], v: Vocabulary) -> bool:
    """Whether a title of someone known by one name ("King") inside a run is a surname: known given names and
    no title before it, and only a generation after it ("Martin Luther King III")."""
    lead = v.titles.match(run)  # "Rev. Martin Luther King Jr.": the clergyman's title before his names
    before = run[lead.end() if lead and lead.end() < reign.start() else 0 : reign.start()].split()
    after = run[reign.end() :].split()
    return (
        reign.group().lower() in name_titles()
        and len(after) == 1
        and bool(_GENERATION.fullmatch(after[0]))
        and known_name(before)
        and all(is_name_token(t) for t in before)
        and not v.titles.search(" ".join(before))
    )


# A name after a regional office's place has two words at least; one of three or more may follow a regency's
# one-word name ("Bupati Sleman Harda Kiswaya").
_REGION_NAME_WORDS = 3


def _region_words(tokens: list[str]) -> int:
    """How many words opening TOKENS name the province, regency or town of an Indonesian regional office
    written right before them ("Gubernur Jawa Barat Dedi Mulyadi", "Gubernur DKI Jakarta Pramono Anung",
    "Bupati Sleman Harda Kiswaya"): words of a region's name or a big place's, then one word that is no
    known given name before a name of two words; a name of two words is left whole."""
    regions = people_words("region_words")
    k = 0
    while len(tokens) - k > 2 and (tokens[k].lower() in regions or is_place_word(tokens[k])):
        k += 1
    if k == 0 and len(tokens) >= _REGION_NAME_WORDS and not is_given_name(tokens[0]):
        k = 1
    return k


def _given_name_titled(run: str, title: re.Match[str], before: list[re.Match[str]], v: Vocabulary) -> bool:
    """Whether the last title of a run is a word of the name after the titles before it (BEFORE): a title
    of someone known by one name between a given name and the surname, as Somali names write "Sheikh"
    ("President Hassan Sheikh Mohamud"); or a given name that is a title too before an article or "bin"
    ("Minister of Industry Sultan Al Jaber", "Sultan bin Salman")."""
    if title.group().lower() not in name_titles():
        return False
    after = run[title.end() :].split()
    start = before[-1].end() if before else 0
    words = run[start : title.start()].split()
    if not after or (not after[0][:1].isupper() and after[0].lower() not in people_words("particles")):
        return False
    if not words or words[0] == "of":
        # "Sultan Al Jaber": a given name, then the article or "bin" of a surname, whole after it, right after
        # the titles or their body ("Minister of Industry").
        return (
            after[0].lower() in people_words("particles")
            and is_given_name(title.group())
            and is_person_name(" ".join([title.group(), *after]))
        )
    # "Hassan Sheikh Mohamud": one given name right after the titles, no owner's ("Jordan's King Abdullah");
    # a Gulf name of lineage after the title ("the Amir Sheikh Tamim bin Hamad Al-Thani") makes the word
    # before it a second title, not a given name: a Somali name goes on with no "bin".
    return (
        len(words) == 1
        and is_given_name(words[0])
        and not words[0].endswith(("'s", "’s", "'", "’"))
        and after[0].lower() not in people_words("particles")
        and not v.titles.fullmatch(words[0])
        and not any(w in _LINEAGE_WORDS for w in after[1:])
    )


# Words of an Arabic name's lineage ("son of", "daughter of"), written only after a given name.
_LINEAGE_WORDS = frozenset({"bin", "ibn", "bint"})


# Initials of capitals with no vowel among them close no one's name ("LNG", "MSC"; not "III", "IV").
_CONSONANT_INITIALS = re.compile(r"[B-DF-HJ-NP-TV-XZ]{2,5}")


_GENERATION = re.compile(r"(?:I{2,3}|IV|Jr\.?|Sr\.?)")


def _body_before_name(tokens: list[str]) -> int:
    """How many capitalised words name a title's body after "of the" before a person's name of two or three
    words opening with a known given name ("House" of "the House Mike Johnson"); 0 if none does."""
    particles = people_words("particles")
    for k in range(1, len(tokens) - 1):
        if tokens[k - 1].lower() in particles:
            break  # "Grand Imam of the Al Azhar Al Sharif": a body's name with its particle, no one's
        rest = tokens[k:]
        if len(rest) <= 3 and is_given_name(rest[0]) and is_person_name(" ".join(rest)):
            return k
    return 0


def _surname_titled(tokens: list[str], realm: str, v: Vocabulary) -> bool:
    """Whether a name that ends with a title's word is whole before "of REALM", a place or a team named for
    its town: "Travis Head of Australia", "Tom Bishop of England", "Travis Head of Sunrisers Hyderabad"
    (a nickname, then the town, as South Asia's leagues name sides); not "Prime Minister of Australia", no
    one's given name before it."""
    team = realm.split()
    return (
        len(tokens) >= 2
        and v.titles.fullmatch(tokens[-1]) is not None
        and not v.titles.match(" ".join(tokens))
        and known_name(tokens[:1])
        and is_person_name(" ".join(tokens))
        and (
            is_place_word(realm)
            or realm.lower() in people_words("home_nations")
            or (len(team) > 1 and (is_place_word(team[-1]) or is_place_word(team[0])))
        )
    )
