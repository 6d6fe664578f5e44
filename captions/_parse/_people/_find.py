"""find_people: the people shown in sentence 1, read by each cue in turn, and the organisations named."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from ..._model import Person
from ..._regex import alternation, has_word, union
from ..._rules import phrases, rules, words
from .._names import (
    is_given_name,
    is_place_word,
    name_before_town,
    people_words,
    placed_name,
)
from .._vocabulary import Vocabulary, language_of, vocabulary
from ._arabic import _ARABIC, _arabic_people, persian_people
from ._chinese import _HAN, _KANA, _chinese_people, in_chinese
from ._cyrillic import instrumental_people
from ._czech import czech_accusative_people, west_slavic_object_people
from ._japanese import _japanese_people, in_japanese
from ._korean import _HANGUL, _korean_people, in_korean
from ._name import _TAG, _Found, _is_date, _name_in, _strip_markers
from ._objects import (
    _beside,
    _kin_aged,
    _kin_apposed,
    _list_hint,
    _listed,
    _marked,
    _named_aged,
    _objects,
    _person_object_cue,
    _placed_subject,
    _shown_with,
    _with_word,
)
from ._prepare import _is_header, _prepare, _rejoined
from ._subject import _subject
from ._titled import _SCRIPTS, _THAI, in_urdu, script_of, titled_people, urdu_people
from ._turkish import accusative_people

# "With Jimmy Carter applauding, Israeli Prime Minister Menachem Begin and ... embrace": a leading clause.
_WITH_CLAUSE = re.compile(r"^With\s+([^,]{3,80}?)\s+[a-z]+ing\s*,\s*")


# Each cue reads the rest of the sentence: a sentence holds a few, and untrusted text costs no more.
_MAX_CUES = 8
# An English participle clause opening the sentence before its subject: "Wearing a mask, Joe Biden walks",
# "Flanked by bodyguards, opposition leader ... addresses". The word after the participle is in lower case, so
# no name ("Alfred Ndiaye, 23,") or town ("Reading, Pa.") opens one.
_PARTICIPLE_OPENING = re.compile(r"^[A-Z][a-z]{2,}(?:ing|ed) (?:[a-z]+ )[^,.;:()]{0,80}?,\s+(?=[^\W\d_])")


# Who is in the frame is rarely told in a sentence of fewer words than this ("17 AOÛT", "Katie Piper" is).
_HEADER_WORDS = 3


# A year alone, with a short word for "year" after it at most: "1982 год.", "1975 r.", "1968.".
_YEAR_ALONE = re.compile(r"(?:1[89]\d\d|20\d\d)(?:\s+[^\W\d_]{1,3}\.?)?\.?")


# Headers read through before the caption at most ("Санкт-Петербург." "20 июня 2025." then the caption): a
# flood of short sentences costs no more.
_MAX_HEADERS = 3


@cache
def _lead_in() -> re.Pattern[str]:
    # "In this photo provided by X, <clause>" / "This image taken from video ... shows <objects>"; the comma
    # before a year is the date's ("In this photo taken on Jan. 5, 2027, President ...").
    # The noun may open the sentence where a verb follows: EFE's "Fotografía cedida por X que muestra a Y".
    particle = phrases("people", "lead_in_object_particles_cased")
    verbs = (
        rf"{phrases('people', 'lead_in_particle_verbs')}\s+{particle}\s+(?=\w)"
        rf"|{phrases('people', 'lead_in_verbs')}\s+"
    )
    return re.compile(
        rf"^(?:{phrases('people', 'lead_in_openers')}\b.{{0,160}}?\b{phrases('people', 'lead_in_nouns')}\b"
        rf"(?:[^,]|,(?=\s*\d{{4}}\b)){{0,120}}?"
        rf"(?:,(?!\s*\d{{4}}\b)\s*|\b(?P<verb>{verbs}))"
        rf"|{phrases('people', 'lead_in_nouns')}\b[^,.]{{0,120}}?\b(?P<noun_verb>{verbs}))"
    )


@cache
def _org_run() -> re.Pattern[str]:
    # Capitalised words and the lower-case words between them (a shape: RULES.md).
    joiner = alternation(rules("people")["org_connectors"])
    return re.compile(rf"[A-Z][\w'’.&-]*(?:(?:\s+(?:{joiner}))?\s+[A-Z][\w'’.&-]*)*")


# A Turkish case ending after an apostrophe (its letters: "'ı", "'nın", "'da", "'yla"), after a word of
# three letters or more (not "O'neill", nor "Cre'von"), and whatever the run took in after it
# ("Wadephul'u Ankara'da").
_CASE_ENDING = re.compile(r"(?<=\w{3})['’](?=[ıiuüaedtnylk]{1,5}\b)[a-zçğıöşü]*[ıiuüae][a-zçğıöşü]*(?: .*)?$")


# Turkish locative and ablative endings after an apostrophe: "Ofisi'nde", "Ankara'da", "Beştepe'den".
_WHERE_CASE = re.compile(r"['’]n?[dt][ae]n?(?: |$)")


# A brand's or event's word in capitals before title-case words: "GRAMMY Salute to Industry Icons", "BAFTA Tea
# Party". Four letters or more: "DJ Khaled", "AJ Brown" open with initials; and no known given name.
_CAPS_LEAD = 4


def _capitals_lead(main: str, name: str) -> bool:
    """Whether the caption writes NAME with its first word in capitals and the rest in title case (read
    back in natural case): a brand's or an event's name, no one's ("GRAMMY Salute")."""
    head, _, rest = name.partition(" ")
    if (
        len(head) < _CAPS_LEAD
        or not head.isalpha()  # "A$AP Rocky"
        or head.upper() == head
        or not rest
        or rest.upper() == rest
        or is_given_name(head)
    ):
        return False  # "JENNIE Kim": a given name in capitals is still someone's
    return f"{head.upper()} {rest}" in main


def _with_titled_stage_names(main: str, merged: dict[str, Person | None]) -> dict[str, Person | None]:
    """The people read, with the stage names that open with a title word ("Lady Gaga") that sentence 1
    writes, in the order the sentence names them."""
    staged = [n for n in words("people", "titled_stage_names_cased") if n not in merged and n in main]
    staged = [n for n in staged if has_word(main, n)]
    if not staged:
        return merged
    everyone = {**merged, **{n: Person(name=n, description=None) for n in staged}}
    return dict(sorted(everyone.items(), key=lambda item: main.find(item[0]) % (len(main) + 1)))


def _said_where(name: str) -> bool:
    """Whether a name's first Turkish case ending is a locative or ablative: the run says where ("Dolmabahçe
    Çalışma Ofisi'nde"), not whom ("Viktor Orban'ı Külliye'de": Viktor Orban, in the accusative)."""
    ending = _CASE_ENDING.search(name)
    return bool(ending and _WHERE_CASE.match(ending.group()))


# The letters of every script with a reader of its own (Arabic, Hebrew, Hindi, Ethiopic, Thai, Hangul,
# Chinese, kana), each reader's class as one: a sentence with none of them (most captions) is read at once as
# one in Latin letters, in one search rather than eight.
_OWN_SCRIPT_LETTERS = re.compile(
    "[" + "".join(p.pattern[1:-1] for p in (_ARABIC, *_SCRIPTS.values(), _THAI, _HANGUL, _HAN, _KANA)) + "]"
)


def _read(sentence: str) -> tuple[list[_Found], list[str]]:
    """People and the phrases naming them in one sentence."""
    if _OWN_SCRIPT_LETTERS.search(sentence):
        if _ARABIC.search(sentence):
            if in_urdu(sentence):
                return urdu_people(sentence), []
            return persian_people(sentence) + _arabic_people(sentence), []
        if script_of(sentence):
            return titled_people(sentence), []
        if in_korean(sentence):
            return _korean_people(sentence), []
        if in_chinese(sentence):
            return _chinese_people(sentence), []
        if in_japanese(sentence) and (japanese := _japanese_people(sentence)):
            return japanese, []
    v = vocabulary(language_of(sentence))
    if v.english and sentence.isupper():
        sentence = _small_words_lowered(sentence, v)  # "PRESIDENT EMMANUEL MACRON ARRIVES AT THE ..."
    people: list[_Found] = [] if v.depicted.match(sentence) else _marked(sentence, v.lang)
    text = _TAG.sub(
        "", _strip_markers(sentence)
    )  # "Randall Cobb (18)", "Shin Won-sik (4th from L, front row)"
    # "Zleva Roman Horák a ...": a list's cue with no stop after it would open the first name's run (the
    # list is read below).
    opening = v.list_cues.match(text) if _list_hint().occurs(text[:20]) else None
    if opening and opening.group().strip()[-1:].isalpha():
        text = text[opening.end() :]
    phrases: list[str] = []
    # "a man standing next to a plane: Red Cross volunteer ...", "Los Angeles, CA., June 06, 2023: Harmony":
    # a short lead before a colon, and the caption after it.
    head, colon, rest = text.partition(": ")
    clauses = [head, rest] if colon and len(head) <= 100 and not v.list_cues.search(head + colon) else [text]
    if len(clauses) == 2 and _fixture().fullmatch(head):
        clauses = [rest]  # dpa's "Hertha BSC gegen 1. FC Köln: ...": the match's teams, no one's name
    for clause in clauses:
        with_clause = _WITH_CLAUSE.match(clause)
        if with_clause:
            found_with = _name_in(with_clause.group(1), v.lang, True)
            people += [found_with] if found_with else []
            clause = clause[with_clause.end() :]
        lead = _lead_in().match(clause)
        if lead and (lead.group("verb") or lead.group("noun_verb") or "").islower():  # not "... SHOWS X"
            found, seen = _objects(clause[lead.end() :], v)
        else:
            placed = frozenset(p.name for p in people if p.one_word)
            opening = _PARTICIPLE_OPENING.match(clause) if v.english and not lead else None
            start = lead.end() if lead else opening.end() if opening else 0  # "Wearing a mask, Name walks"
            found, seen = _subject(clause[start:], v, placed)
            if found and _with_word().search(clause):
                found, seen = _shown_with(clause, found, seen, v)
        people += found
        phrases += seen
        for m in v.object_cue_matches(clause, _MAX_CUES):
            if _held_picture(clause, m):
                continue  # "Demonstrators hold signs with the image of X": X is mentioned, not shown
            by_name = any(p.one_word for p in people)  # "Obama conversa con Varufakis"
            one_word = by_name and (
                m.re is v.foreign_object_cues or bool(v.mononym_object_cues.match(clause, m.start()))
            )
            cued = bool(_person_object_cue().match(m.group()))  # "hugs Name": a person
            # "disputa el balón con Pedri, del FC Barcelona": one word whom a player duels with, in a language
            # whose cue says so ("celebrates with Arsenal" names a team).
            one_word = one_word or (cued and m.re is v.foreign_object_cues)
            found, seen = _objects(clause[m.end() :], v, one_word, cued)
            people += found
            phrases += seen
        for m in itertools.islice(v.subject_cues.finditer(clause), _MAX_CUES):
            found, seen = _subject(clause[m.end() :], v)
            people += found
            phrases += seen
    people += _listed(sentence, v) + _beside(text, v)  # a list's cue may be a tag: "(v.l.n.r.)"
    people += _kin_aged(text)  # "hugs her daughter Sofia, 6,": in the frame, whatever the verb
    people += _kin_apposed(text) if ", " in text else []  # "and his father, Rick, sort strawberries"
    people += _named_aged(text) if "," in text else []  # "as resident Maria Lopez, 62, watches"
    if v.lang in words("people", "cyrillic_instrumental_languages"):
        people += instrumental_people(text)  # "встреча с губернатором ... Александром Бегловым"
    if v.lang == "tr":
        people += accusative_people(text)  # "Katar Emiri Şeyh Temim bin Hamed Al Sani'yi ... kabul etti"
    if v.lang == "cs" or "ého " in text:
        people += czech_accusative_people(
            text, v.lang == "cs"
        )  # "přijal slovenského prezidenta Petera Pellegriniho"
    if v.lang in _WEST_SLAVIC:
        read_back = west_slavic_object_people(text)  # "spotkał się z Wołodymyrem Zełenskim"
        inflected = {written for written, _ in read_back}
        people = [p for p in people if p.name not in inflected] + [found for _, found in read_back]
    return people, phrases


# Languages whose objects are read back from the instrumental or the genitive: Polish, Czech.
_WEST_SLAVIC = frozenset({"pl", "cs"})


_CAPITALS_WORD = re.compile(r"[A-Z]+(?:['’][A-Z]+)?")


def _small_words_lowered(sentence: str, v: Vocabulary) -> str:
    """A sentence written wholly in capitals with its verbs, prepositions, articles and conjunctions in lower
    case, as a sentence in natural case writes them: its names are what stays in capitals, and the verb
    ends the subject ("EMMANUEL MACRON arrives at THE ..."), no longer read as its name's last word."""
    small = words("people", "subject_prepositions_cased")

    def lowered(m: re.Match[str]) -> str:
        word = m.group().lower()
        if word in small or word in v.determiners or word in v.conjunctions or v.verbs.fullmatch(word):
            return word
        return m.group()

    return _CAPITALS_WORD.sub(lowered, sentence)


@cache
def _fixture() -> re.Pattern[str]:
    """A match named by its two teams and the word between them ("Hertha BSC gegen 1. FC Köln")."""
    joiners = alternation(sorted(words("people", "fixture_joiners")))
    return re.compile(rf"[^,;:]{{2,50}}\s(?:{joiners})\s[^,;:]{{2,50}}")


_PICTURE_NOUN = re.compile(r"(?i)(?:photo|picture|image)")


@cache
def _held_words() -> re.Pattern[str]:
    return re.compile(
        rf"\b(?:{alternation(sorted(words('people', 'held_picture_words')))})\s*$", re.IGNORECASE
    )


def _held_picture(clause: str, cue: re.Match[str]) -> bool:
    """Whether a "photo of" cue is a picture held up: "hold signs with the image of Albert Ojwang"."""
    return bool(_PICTURE_NOUN.match(cue.group())) and _held_words().search(clause, 0, cue.start()) is not None


def find_people(main: str, later: Sequence[str] = ()) -> tuple[list[Person], list[str]]:
    """People shown in sentence 1, with the title or role given them, and organisations named there
    (find_people_checked: and the names read as a person's from the sentence's shape alone)."""
    people, organisations, _ = find_people_checked(main, later)
    return people, organisations


def find_people_checked(main: str, later: Sequence[str] = ()) -> tuple[list[Person], list[str], list[str]]:
    """People shown in sentence 1, with the title or role given them, organisations named there, and the
    names of the people that nothing but the sentence's shape says are someone's (a desk should look).

    LATER: the caption's other sentences, read only for what says who is in the frame there: lists after
    "from left:", position markers, "Behind X is NAME"; and read whole when sentence 1 is a header.
    """
    main = _prepare(main)
    people, phrases = _read(main)
    # "17 AOÛT." or dpa's "Fußball: Bundesliga, Bayern München - Borussia Dortmund, 28. Spieltag, Allianz
    # Arena.": a header (a few words, or no word in lower case) names no one, and the caption follows it.
    header = len(main.split()) < _HEADER_WORDS or (
        not people and (_is_header(main) or _place_then_date(main))
    )
    for _ in range(_MAX_HEADERS):
        if not (header and later):
            break
        flat = later[0].replace("\n", " ")
        more, seen = _read(_prepare(flat))
        people += more
        phrases += seen
        # "20 июня 2025", TASS's archive "1982 год.": a date or a year alone heads the caption too
        header = not more and (
            _is_header(flat) or _is_date(flat) or bool(_YEAR_ALONE.fullmatch(flat.strip()))
        )
        later = later[1:]
    v = vocabulary("en")  # the cues read in later sentences are the same in every language
    # A list is split at the caption's own "and": "(De izq. a dcha.) Pedro Sánchez, Yolanda Díaz y
    # Nadia Calviño".
    listing = vocabulary(language_of(main)) if later else v
    for lined in _rejoined(later):
        # LATER keeps the caption's line breaks, which end a list of the people shown, and nothing else.
        sentence = lined.replace("\n", " ")
        # A list in a language sentence 1 does not tell: "Na zdjęciu: Donald Tusk i Radosław Sikorski".
        own = listing if listing.lang != "en" else vocabulary(language_of(sentence))
        people += _listed(lined, own) + _beside(sentence, v) + _placed_subject(sentence)
        # Later sentences place people with a parenthesised marker: "Kim Yo-jong (2nd from R)".
        if "(" in sentence and not v.depicted.match(sentence):
            people += _marked(_prepare(sentence), own.lang)  # dpa's "(M)" in German

    if not people and later and _names_shaped(later[0]):  # no list nor marker either
        # "Zagreb - Sjednica Vlade u Banskim dvorima. Premijer Andrej Plenković i ministar financija Marko
        # Primorac.": sentence 1 names the event, and a sentence of titled names alone says who is shown.
        listed = _prepare(later[0].replace("\n", " "))
        more, seen = _read(listed)
        if more and _names_only(listed, more):
            people += more
            phrases += seen
    kin = {p.name for p in people if _kin_named(p)}
    if kin and _animal_subject(main):
        people = [p for p in people if p.name not in kin]  # "Fiona the hippo swims with her brother Fritz"
    # Turkish declines a name after an apostrophe ("Viktor Orban'ı karşıladı", "Erdoğan'ın"): the name is
    # what comes before it.
    # A name in the locative or ablative ("Dolmabahçe Çalışma Ofisi'nde", "Beştepe'den") says where, no one.
    people = [replace(p, name=_CASE_ENDING.sub("", p.name)) for p in people if not _said_where(p.name)]
    merged: dict[str, Person | None] = {}
    # A name read back from a marker over a few words ("... defensive end Maxx Crosby (98)") takes its
    # description and team from a reader of the whole phrase, where one found it too (in its place).
    read_whole = {p.name for p in people if not p.windowed}
    for p in people:
        if v.titles.fullmatch(p.name):
            continue  # "UN Secretary General speaks", "Canada's Governor General arrives": a title, no name
        if _capitals_lead(main, p.name):
            continue  # "the Pre-GRAMMY Gala and GRAMMY Salute to Industry Icons": an event's name
        if placed_name(main, p.name) and not _title_of_place(p.description):
            before = name_before_town(main, p.name) if p.description else None
            if before is None:
                continue  # "tại phường Hương Trà": a ward's name, read as a name after a description
            p = replace(p, name=before)  # "Prezident İlham Əliyev Şuşa şəhərində": İlham Əliyev
        known = merged.get(p.name)
        if p.windowed and p.name in read_whole:
            merged[p.name] = known
        elif known is None or (known.description is None and p.description):
            merged[p.name] = Person(name=p.name, description=p.description)
    merged = {
        n: p
        for n, p in merged.items()
        if not _depicted_after(main, n) and not _namesake(main, n) and not _character(main, n)
    }
    merged = _with_titled_stage_names(main, merged)
    affiliations = [
        p.affiliation for p in people if p.affiliation and not (p.windowed and p.name in read_whole)
    ]
    organisations = _organisations(phrases, set(merged), affiliations)
    sure = {p.name for p in people if not p.doubtful}  # read twice, once with a cue: sure
    # Doubtful only where a word of it is a big place's name ("in Belfast, Northern Ireland, U.K., on
    # Monday"): the shape alone doubted a dozen right names ("Virat Kohli", "Pedri") and caught none.
    doubtful = [name for name in merged if name not in sure and any(map(is_place_word, name.split()))]
    shown = [p for p in merged.values() if p]
    return [q for p in shown for q in _pair_split(p)], organisations, doubtful


# The shortest word of a name before a pair's hyphen ("Tan-", "Fei-"), not an abbreviation ("St-").
_PAIR_WORD = 3


def _pair_split(person: Person) -> list[Person]:
    """A doubles pair written as one name joined by a hyphen, as Malaysian and Asian sport writes it ("Aaron
    Chia-Soh Wooi Yik", "Pearly Tan-Thinaah Muralitharan"): two people. Only a name that opens with a known
    given name, the hyphen inside a word in its middle and a capital after it ("Jean-Pierre Lacroix",
    "Jhaniele Fowler-Nembhard", "Lee Jae-myung" are one name each)."""
    tokens = person.name.split()
    joined = [i for i, t in enumerate(tokens) if "-" in t]
    if len(joined) != 1 or not 0 < joined[0] < len(tokens) - 1 or not is_given_name(tokens[0]):
        return [person]
    left, _, right = tokens[joined[0]].partition("-")
    if not (left[:1].isupper() and right[:1].isupper() and left[1:].islower() and right[1:].islower()):
        return [person]
    if len(left) < _PAIR_WORD or left.lower() in words("place", "place_name_titles"):
        return [person]  # "Paul St-Pierre Plamondon": a saint's name opens a surname of two words
    first = " ".join([*tokens[: joined[0]], left])
    second = " ".join([right, *tokens[joined[0] + 1 :]])
    return [
        Person(name=first, description=person.description),
        Person(name=second, description=person.description),
    ]


# A dateline sentence's place is a few words: "Ciudad de México", "Rio de Janeiro".
_DATELINE_PLACE_WORDS = 4


def _place_then_date(sentence: str) -> bool:
    """Whether a sentence is a dateline alone, a place and a date ("Ciudad de México, 30 de enero de 2027."):
    a header, and the caption follows it."""
    place, comma, rest = sentence.partition(", ")
    words = place.split()
    # Capitalised words and short joiners ("de"), no description ("Zatopená ulice v Opavě", a flooded street).
    named = all(w[:1].isupper() or len(w) <= _JOINER_LETTERS for w in words)
    return (
        bool(comma)
        and named
        and place[:1].isupper()
        and len(words) <= _DATELINE_PLACE_WORDS
        and _is_date(rest)
    )


# A joiner inside a place's name is short: "de", "do", "del".
_JOINER_LETTERS = 3


@cache
def _picture_after() -> re.Pattern[str]:
    return re.compile(union(rules("people")["depicted_after_name"]))


def _depicted_after(main: str, name: str) -> bool:
    """Whether a picture is named right after a name the sentence writes ("Hugo Chávez en un cartel durante
    una marcha", "X is seen on a poster"): the name is depicted, no one shown."""
    at = main.find(name)
    return at >= 0 and _picture_after().match(main, at + len(name)) is not None


@cache
def _namesake_head() -> re.Pattern[str]:
    # The noun, then a word at most (a title: "Syr", "Doctor"), right before the name.
    return re.compile(rf"(?<!\w)(?:{alternation(words('people', 'namesake_heads_cased'))})\s+(?:\S+\s+)?$")


def _namesake(main: str, name: str) -> bool:
    """Whether NAME is written right after a noun of a place named after a person ("Ysgol Syr Hugh Owen")."""
    at = main.find(name)
    return at > 0 and _namesake_head().search(main, max(0, at - 40), at) is not None


@cache
def _character_cue() -> re.Pattern[str]:
    # The cue, then capitalised words at most (a title: "Queen", "Sir"), right before the name.
    return re.compile(rf"(?<!\w){phrases('people', 'character_cues')}\s+(?:[A-Z][\w.'’-]*\s+){{0,2}}$")


def _character(main: str, name: str) -> bool:
    """Whether NAME is written right after a word of a costume or a role played ("A performer dressed as Queen
    Victoria waves"): a character, no one shown."""
    at = main.find(name)
    return at > 0 and _character_cue().search(main, max(0, at - 40), at) is not None


def _title_of_place(description: str | None) -> bool:
    """Whether a name's description is a title that closes with a word of place ("Kepala Desa", the head of a
    village): the word before the name is the title's, and the name its holder's, no village's."""
    if not description or not vocabulary("en").ends_with_title(description):
        return False
    return description.split()[-1].lower() in people_words("place_words_before_names")


# A sentence of titled names alone is short: "Premijer Andrej Plenković i ministar financija Marko Primorac."
_NAMES_SENTENCE_WORDS = 14


def _names_shaped(sentence: str) -> bool:
    """Whether a sentence may be names and titles alone (short, no digit, as many capitalised words as
    others), before it is read for them: most later sentences say something else, and reading costs."""
    tokens = sentence.split()
    if not tokens or len(tokens) > _NAMES_SENTENCE_WORDS or any(c.isdigit() for c in sentence):
        return False
    capitalised = sum(t[:1].isupper() for t in tokens)
    return capitalised * 2 >= len(tokens)


def _names_only(sentence: str, found: list[_Found]) -> bool:
    """Whether a sentence holds nothing but the names read in it, their titles, and the words that join
    them ("Premijer Andrej Plenković i ministar financija Marko Primorac.")."""
    rest = _strip_markers(sentence)
    for f in found:
        for part in sorted((f.name, f.description or ""), key=len, reverse=True):
            rest = rest.replace(part, " ") if part else rest
    conjunctions = vocabulary(language_of(sentence)).conjunctions
    return all(w.lower() in conjunctions for w in re.findall(r"[^\W\d_]+", rest))


def _kin_named(found: _Found) -> bool:
    """Whether a name is given as someone's kin ("her younger brother Fritz")."""
    return (found.description or "").rsplit(" ", 1)[-1].lower() in people_words("kin_nouns")


# The subject of sentence 1 is read up to this many words for an animal.
_SUBJECT_WORDS = 6


def _animal_subject(sentence: str) -> bool:
    """Whether the subject of a sentence is an animal ("Fiona the hippo swims", "A giant panda cub plays"):
    its words up to the first verb (a known one, or a word in -s) hold an animal's noun. An animal's kin
    are animals, named as people are."""
    animals = people_words("animal_nouns")
    for word in sentence.split()[:_SUBJECT_WORDS]:
        low = word.lower().strip(",.")
        if low in animals:
            return True
        if word.islower() and (low.endswith("s") or vocabulary("en").verbs.fullmatch(low)):
            return False
    return False


@cache
def _joiners() -> frozenset[str]:
    return words("people", "title_place_joiners_cased")


def _organisations(phrases: list[str], people: set[str], affiliations: list[str]) -> list[str]:
    """Organisations in the phrases that name who is shown: "Russian Army", "Adani Group", and the teams
    players are written after ("Denver Broncos quarterback Bo Nix": "Denver Broncos")."""
    org = people_words("org_words")
    titles = vocabulary("en").titles
    out: list[str] = []
    for phrase in phrases:
        phrase = titles.sub(" ", phrase)  # "Former Navy SEAL ...": a title, not an organisation
        for m in _org_run().finditer(phrase):
            run = m.group().strip()
            tokens = run.split()
            while tokens and (
                tokens[0].lower() in people_words("determiners")
                or tokens[0].endswith(("'s", "’s"))
                or tokens[0].lower() in people_words("title_modifiers")
            ):
                tokens.pop(0)
            while tokens and tokens[-1].lower() in people_words("org_connectors"):
                tokens.pop()
            while tokens and tokens[0] in _joiners():
                tokens.pop(0)  # "du Paris Saint-Germain": the title's preposition, no part of the club's name
            org_at = [i for i, t in enumerate(tokens) if t.lower().removesuffix("'s") in org]
            name = " ".join(tokens[: org_at[-1] + 1]) if org_at else ""  # "Adani Group", not its chairman
            name = name.removesuffix("'s").removesuffix("’s")  # "Manchester City's Erling Haaland"
            if " " not in name and name.lower() in people_words("common_org_words"):
                continue  # "Police officers", "Rescue workers": a common noun, no organisation's name
            if name and name not in people and name not in out and not titles.fullmatch(name):
                out.append(name)
    for name in affiliations:
        head, _, rest = name.partition(" ")
        name = rest if rest and head in _joiners() else name  # "del Real Madrid"
        if name not in people and name not in out and not any(name in o or o in name for o in out):
            out.append(name)
    return out
