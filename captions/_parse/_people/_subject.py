"""The subject of sentence 1: its noun phrases, conjoined names and one-word subjects."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from ..._frozen import fast_init
from ..._regex import alternation
from ..._rules import phrases, words
from .._names import (
    is_country_name,
    is_given_name,
    is_mononym,
    is_name_token,
    is_person_name,
    is_place_word,
    known_name,
    name_titles,
    not_a_person,
    people_words,
)
from .._vocabulary import Vocabulary, vocabulary
from ._name import _LOWER_WORD, _TOKEN, _club_initials, _Found, _is_date, _name_in

_AGE = re.compile(r"^\d{1,3}$")


# AP writes sentence 1 in the present: a lower-case word in -s after a name is its verb ("Mara Vance
# performs"); "Russian troops" is cut there too, and names no one either way.
_S_VERB = re.compile(r"(?<=\S) ([a-z]{2,}[^s\W]s)\b")


_PARTICIPLE = re.compile(r" [a-z]{2,}ing\b(?!\x00)")  # not a title's: "New York Jets running back"


# One word, then the team or country: "Pedri of FC Barcelona in action", "Rodri of Spain celebrates".
_OWNED = re.compile(r"^(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*['’]s\s+[A-Z]")


_ONE_OF_TEAM = re.compile(r"^[^\s,]+ of (?:the )?(?:[A-Z][\w.'’&-]*\s+){1,4}(?P<next>in action\b|[a-z]+s\b)")


_NAME_AHEAD = re.compile(r"(?:the\s+)?[A-Z]")


@cache
def _mononym_subject() -> re.Pattern[str]:
    # "Pelé waves", "Obama conversa con Varufakis": one word, then a verb only people do.
    return re.compile(rf"^(?P<name>(?:\S+ )?[^\s,]+)\s+{phrases('people', 'mononym_verbs_cased')}(?![\w-])")


@cache
def _gerund() -> re.Pattern[str]:
    return re.compile(rf"^[^\W\d_A-Z]+{phrases('people', 'gerund_endings_cased')}\b")


def _gerund_clause(chunk: str, v: Vocabulary) -> bool:
    """Whether a chunk says what someone does ("marcando el gol", "celebrating his goal"), not a role ("acting
    leader of ...")."""
    m = _gerund().match(chunk)
    if m is None:
        return False
    return m.group().lower() not in people_words("title_modifiers") and not v.titles.match(chunk, m.end() + 1)


# Pure (rule files only): the subject and the object readers ask it of the same word, and a name recurs.
@lru_cache(maxsize=4096)
def _one_word_name(token: str) -> bool:
    """Whether one word that the sentence says is someone can be their name: not a place ("Israel"), a team,
    a group, an agency ("speaks to Reuters"); a surname with its particle counts as one ("Di María")."""
    words = token.split()
    if len(words) == 2 and words[0][:1].isupper() and words[0].lower() in people_words("particles"):
        if not_a_person(words):
            return False  # "Der Bundeskanzler spricht": German's article, a particle too, before a title
        words = words[1:]
    if len(words) != 1 or words[0].lower() in people_words("pronouns"):
        return False
    return is_mononym(words[0]) and not not_a_person(words)


@fast_init
@dataclass(frozen=True)
class _Phrase:
    text: str
    goes_on: bool  # the clause goes on after the phrase
    person_verb: bool  # its verb is one only people do ("embraces", not "is flooded")
    by_preposition: bool  # it ends at a preposition, not a verb ("Chairman of the ... Party,")
    verb: str = ""  # the verb that ends it, when one does


@lru_cache(maxsize=8192)
def _noun_phrase(text: str, lang: str = "en") -> _Phrase:
    """The noun phrase that opens `text`, and how it ends."""
    v = vocabulary(lang)
    masked = v.mask_titles(text, bodies=True)  # "Ministry of Defence spokesman X speaks": one subject
    phrase, goes_on, person_verb, by_preposition, verb = _noun_phrase_masked(masked, v)
    return _Phrase(
        phrase.replace("\x00", " "), goes_on, person_verb, by_preposition, verb.group() if verb else ""
    )


@cache
def _side_then_event() -> re.Pattern[str]:
    """ " of Orlando Pirates during": a side's capitalised name after "of", then the event's word."""
    event_words = alternation(sorted(words("people", "side_then_event_words")))
    return re.compile(rf"\s+of (?:the )?(?:[A-Z][\w.'’&-]*\s+){{1,4}}(?:{event_words})\b")


@cache
def _person_passive() -> re.Pattern[str]:
    """A past participle only a person undergoes, right after the auxiliary ("is tackled")."""
    return re.compile(rf"\s+(?:being\s+)?(?:{alternation(sorted(words('people', 'person_passives')))})\b")


def _noun_phrase_masked(text: str, v: Vocabulary) -> tuple[str, bool, bool, bool, re.Match[str] | None]:
    """The phrase, whether the text goes on past it, whether a verb only people do ends it (and that verb,
    read once: the caller gives it), and whether a preposition does."""
    cut = len(text)
    person_verb = False
    verb = v.verb(text)
    if verb:
        cut = verb.start()
        person_verb = verb.group().lower() not in people_words("non_person_verbs")
        # "Bevan French is tackled by": a passive only a person undergoes
        person_verb = person_verb or _person_passive().match(text, verb.end()) is not None
    if v.english:
        for m in _S_VERB.finditer(text, 0, cut):
            before = text[: m.start()].split()
            if v.titles.match(text, m.end() + 1):
                continue  # "English darts player": a noun before a role, not a verb
            if _plural_noun(text, m.group(1), m.end(), v) or m.group(1) in people_words("group_nouns"):
                # "NASA astronauts Jonny Kim and ...", "Kenya Power technicians repair", "Real MADRID fans"
                continue
            if before and before[-1][:1].isupper():
                cut = m.start()
                person_verb = False
                break
    # Any lower-case word right after a full name is its verb: "Japan's Aoi Nakamura vie for the ball".
    for m in _LOWER_WORD.finditer(text, 0, cut):
        word = m.group(1)
        if (
            word not in v.conjunctions
            and word not in people_words("particles")
            and not v.titles.match(text, m.start(1))  # "Georgia Tech quarterback Haynes King"
            and word != "of"  # "Usain Bolt of Jamaica wins": a preposition, read below with the verb's cue
            and not _plural_noun(text, word, m.end(1), v)  # "Team USA skaters Madison Chock and ..."
            and word not in people_words("group_nouns")  # "Paris SAINT-GERMAIN fans cheer": a club's fans
            # "Charles de Gaulle airport is seen": a place named for someone, no verb
            and (word not in people_words("place_nouns") or v.verbs.fullmatch(word) is not None)
            and word not in people_words("craft_nouns")  # "Europe's Ariane 6 rocket lifts off": no verb
            and word not in people_words("vessel_after_names")  # "Charles de Gaulle aircraft carrier leaves"
            and _name_in(_last_words(text, m.start()), v.lang)
        ):
            cut = m.start()
            person_verb = False
            break
    participle = _PARTICIPLE.search(text, 0, cut) if v.english else None  # "drottning" is a queen
    if participle:
        cut = participle.start()  # "Air Force One carrying President Joe Biden": he is inside
        person_verb = False
    by_preposition = False
    prep = v.phrase_end.search(text, 0, cut)
    while prep and (_body_of_title(text, prep, v) or _team_then_another(text, prep, v)):
        prep = v.phrase_end.search(text, prep.end(), cut)  # "O avançado do Sporting Luis Suárez disputa"
    if prep:
        cut = prep.start()  # "Usain Bolt of Jamaica wins": the verb still tells who the subject is
        by_preposition = True
    # A determiner inside the phrase follows an unknown verb: "Firefighters battle the Oak Fire".
    for m in _TOKEN.finditer(text, 0, cut):
        if m.start() > 0 and m.group().lower() in v.determiners and m.group() not in v.conjunctions:
            before = text[: m.start()].rstrip().rsplit(" ", 1)
            if m.group() in people_words("particles") and is_name_token(before[-1]):
                continue  # "Ursula von der Leyen"
            if before[-1] in v.conjunctions or before[-1] in words("people", "phrase_joiners_cased"):
                continue  # "Pedro Sanchez and his Moroccan counterpart Aziz Akhannouch"
            if v.titles.fullmatch(before[-1].replace("\x00", " ")):
                continue  # "Le premier ministre du Québec": a title's body, not a verb's object
            joiner = (
                before[-1] in words("people", "title_place_joiners_cased")
                or (
                    before[-1] == "of"
                    and len(before) == 2  # the words before, and the last
                    and _player_before(before[0].split()[-2:])
                    and _TEAM_AND.match(text, m.start() - 1) is not None
                )
            )  # "Noah Lyles of the United States and Kishane Thompson of Jamaica compete"
            if joiner and _NAME_AHEAD.match(text, m.end() + 1):
                continue  # "El presidente de El Salvador", "de los Estados Unidos": a place's name
            cut = m.start() if len(before) == 1 else len(before[0])
            person_verb = by_preposition = False
            break
    return (
        text[:cut].strip(),
        cut < len(text.rstrip()),
        person_verb,
        by_preposition,
        verb if person_verb else None,
    )


def _body_of_title(text: str, prep: re.Match[str], v: Vocabulary) -> bool:
    """Whether a preposition joins a title to its body, a capitalised name after it: "o avançado do Sporting
    Luis Suárez", "le défenseur du Club de Bruges ..." (the preposition of "title_place_joiners")."""
    if prep.group().strip() not in words("people", "title_place_joiners_cased"):
        return False
    before = text[: prep.start()].rsplit(" ", 1)[-1]
    return (
        v.titles.fullmatch(before.replace("\x00", " ")) is not None
        and _NAME_AHEAD.match(text, prep.end() + 1) is not None
    )


_TEAM_AND = re.compile(r" (?:the )?(?:[A-Z][\w.'’&-]*\s+){1,4}and\s+[A-Z]")


def _team_then_another(text: str, prep: re.Match[str], v: Vocabulary) -> bool:
    """Whether an "of" after a known name gives the player's team, and another player follows ("Kylian
    Mbappe of Real Madrid and Pedri of FC Barcelona vie"): the subject goes on. Not "Supporters of ..."."""
    team_and = _TEAM_AND.match(text, prep.end())
    if prep.group().strip() != "of" or not team_and:
        return False
    before = text[: prep.start()].split()
    lower = [i for i, w in enumerate(before) if not w[:1].isupper() or v.titles.fullmatch(w)]
    if not lower:
        return _player_before(before)
    # "Mercedes driver George Russell of Great Britain and Andrea Kimi Antonelli of Italy talk", "Boxer
    # Oleksandr Usyk of Ukraine and Tyson Fury of Britain": the name after the role, and another known name
    # after "and" (not "... and Oracle Red Bull Racing").
    other = text[team_and.end() - 1 :].split()[:2]
    return _player_before(before[lower[-1] + 1 :]) and known_name(other)


def _player_before(before: list[str]) -> bool:
    """Whether the words before "of <team> and" are a player's name of two or three words, no title."""
    name = " ".join(before).replace("\x00", " ")
    return len(before) in (2, 3) and is_person_name(name) and not vocabulary("en").titles.search(name)


def _plural_noun(text: str, word: str, end: int, v: Vocabulary) -> bool:
    """Whether a word in -s after a capitalised word, ending at END, is a plural noun, no verb: one that is
    no verb of subject_ends, and is a role's plural before a name ("NASA astronauts Jonny Kim and Zena
    Cardman work") or comes right before a plural verb ("Kenya Power technicians repair a line")."""
    if not word.endswith("s") or v.verbs.fullmatch(word):
        return False  # "Mara Vance performs", "Jayson Tatum guards ...": a verb
    after = text[end:].lstrip()
    if after[:1].isupper():
        singular = word[:-2] if word.endswith("es") and v.titles.fullmatch(word[:-2]) else word[:-1]
        return v.titles.fullmatch(singular) is not None
    base = v.verbs.match(after)
    # A plural's verb has no -s of its own ("repair", "are"), or one of its stem ("cross", "crosses").
    if base is None:
        return False
    return not base.group().endswith("s") or v.verbs.fullmatch(base.group() + "es") is not None


# A name with its title and owner ("Aston Villa's Jorge Ruiz") fits in this many words: a name before a
# word is read from that many words back, so that a long phrase costs its length, not its length squared.
_NAME_WORDS = 12


def _last_words(text: str, end: int) -> str:
    """The last _NAME_WORDS words of text[:end]."""
    start = end
    for _ in range(_NAME_WORDS):
        start = text.rfind(" ", 0, start - 1)
        if start < 0:
            return text[:end]
    return text[start + 1 : end]


def _conjuncts(phrase: str, v: Vocabulary, cued: bool) -> list[_Found | None]:
    """The people of "X and Y", "Pedro Sánchez y Juan Espadas"; a conjunction inside one name stays in it
    ("José Ortega y Gasset")."""
    parts = v.conjunction_split.split(phrase)
    if len(parts) == 1:
        return _two_named(phrase, v, cued) or [_name_in(phrase, v.lang, cued)]
    joined = _joined_surnames(phrase, parts, v, cued)
    if joined is not None:
        return [joined]
    raw = parts
    # "Kylian Mbappe of Real Madrid and Pedri of FC Barcelona": each name without its team.
    parts = [_without_team(part, v) if " of " in part else part for part in parts]
    found = [_name_in(part, v.lang, cued) for part in parts]
    # "Saudi Crown Prince and Prime Minister Mohammed bin Salman": two titles of one person, no one named
    # "Crown Prince".
    found = [None if f and v.titles.fullmatch(f.name) else f for f in found]
    # "JPMorgan Chase Chairman and CEO Jamie Dimon": a part closing with a title before a part opening with
    # one is the first of one man's two titles; the company before it names no one ("Chase" is a given name).
    found = [
        None
        if f and i + 1 < len(parts) and v.titles.match(parts[i + 1]) and v.ends_with_title(parts[i])
        else f
        for i, f in enumerate(found)
    ]
    if any(found) and not cued:
        # "Liverpool's Mohamed Salah and Manchester City's Josko Gvardiol battle": a name beside a person's,
        # written after its team as players' are, is a player's too.
        found = [
            f or (_name_in(part, v.lang, True) if _OWNED.search(part) else None)
            for f, part in zip(found, parts, strict=True)
        ]
    if any(found) and not all(found):
        # "Kylian Mbappe of Real Madrid and Pedri of FC Barcelona vie": one word before its team, beside a
        # person's name, is a player's name.
        found = [f or _one_of_team(part) for f, part in zip(found, raw, strict=True)]
    if not all(found) and _country_owned(parts[0]):
        # "leads Ethiopia's Gudaf Tsegay and Diribe Welteji": a country's possessive before full names writes
        # its athletes, though no given name of theirs is known; only where every part has a person's shape
        # ("Japan's Mount Fuji and Lake Kawaguchi": one part is no one's name, nor is the other).
        beside = [f or _full_name_beside(part, v) for f, part in zip(found, parts, strict=True)]
        found = beside if all(f and _opens_as_name(f.name) for f in beside) else found
    if any(f and not f.one_word and not f.doubtful for f in found) and not all(found):
        # "leads Beatrice Chebet and Gudaf Tsegay": a part shaped as a person's name beside a person's full
        # name is someone's too, though its given name is no known one.
        found = [f or _full_name_beside(part, v) for f, part in zip(found, parts, strict=True)]
    if (
        cued
        and not all(found)
        and (any(f and not f.one_word for f in found) or any(map(_OWNED.search, parts)))
    ):
        # "Jude Bellingham y Pedri celebran", "Brazil's Neymar and Raphinha celebrate": one word beside a
        # person's name, or a player's after a team's possessive, as the subject of a verb only people do,
        # is someone known by one name ("Chelsea and Arsenal players shake hands" names no one).
        found = [f or _one_word_part(part) for f, part in zip(found, parts, strict=True)]
    if found[-1] is None and any(found) and _group_after_name(parts[-1]):
        # "Spain's Real Madrid and Atletico Madrid players": the group's noun is the head of every part, and a
        # part closing with a town's name is a club's, as the last is ("Lionel Messi and Inter Miami
        # players" keeps him).
        found = [None if f and not f.description and is_place_word(f.name.split()[-1]) else f for f in found]
    if not all(found) and v.lang != "en":
        whole = _name_in(phrase, v.lang, cued)
        # "José Ortega y Gasset": a conjunction before a lone surname is part of the name.
        if whole and (not any(found) or (found[-1] is None and len(parts[-1].split()) == 1)):
            return [whole]
    return found


_JOINED_SURNAME = re.compile(r"\s+e\s+([A-Z][a-z]+)$")


def _joined_surnames(phrase: str, parts: list[str], v: Vocabulary, cued: bool) -> _Found | None:
    """The one name of "Ulisses Correia e Silva": a full name, "e" and a surname of `joined_surnames_cased`
    alone; "Daniel Chapo e Adriano Maleiane" are two."""
    if len(parts) != _NAME_AND_SURNAME or len(parts[0].split()) < _NAME_AND_SURNAME:
        return None
    m = _JOINED_SURNAME.search(phrase)
    if m is None or m.group(1) not in words("people", "joined_surnames_cased"):
        return None
    whole = _name_in(phrase, v.lang, cued)
    return whole if whole is not None and whole.name.endswith(m.group(0).strip()) else None


# A capitalised name, then a group's noun in lower case: "Atletico Madrid players", "AC Milan fans".
_NAME_THEN_NOUN = re.compile(r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)* ([a-z]+)")


def _group_after_name(part: str) -> bool:
    """Whether a conjunct is a capitalised name and a group's noun after it, which it qualifies."""
    m = _NAME_THEN_NOUN.fullmatch(part.strip())
    return m is not None and m.group(1) in people_words("group_nouns")


# A country's or big town's possessive in one word opening a phrase: "Ethiopia's", "the Netherlands'".
_COUNTRY_OWNER = re.compile(r"^\s*(?:the\s+)?([A-Z][a-z]+)(?:['’]s|(?<=s)['’])\s+[A-Z]")


def _country_owned(part: str) -> bool:
    """Whether a phrase opens with a country's or big town's possessive ("Ethiopia's Gudaf Tsegay")."""
    m = _COUNTRY_OWNER.match(part)
    return m is not None and (is_place_word(m.group(1)) or is_country_name(m.group(1)))


def _opens_as_name(name: str) -> bool:
    """Whether a name's first word can open someone's name: not "Lake", "Mount", "Great" ("Lake Tana")."""
    return name.split(" ", 1)[0].lower() not in people_words("not_given_names")


def _full_name_beside(part: str, v: Vocabulary) -> _Found | None:
    """The name a conjunct beside a person's full name holds, where it has a person's shape: given name and
    surname, after a team's genitive at most ("Münchens Dayot Upamecano")."""
    if v.ends_with_title(part):
        return None  # "Goldman Sachs Chairman and CEO David Solomon": two titles of one man
    found = _name_in(part, v.lang, True)
    if found is None or found.one_word or v.titles.search(found.name):
        return None
    return found if is_person_name(found.name) else None


@cache
def _name_conjunction() -> re.Pattern[str]:
    return re.compile(rf"\s(?:{phrases('people', 'name_conjunctions_cased')})\s(?=[A-Z])")


def _two_named(phrase: str, v: Vocabulary, cued: bool) -> list[_Found | None] | None:
    """The two people of "Giorgia Meloni e Antonio Tajani" where the caption's language was read as another's:
    each side a known given name and a surname, so no "y" of one name ("José Ortega y Gasset")."""
    if phrase.count(" ") < _TWO_NAMES_SPACES:
        return None  # two names and a word between them: four spaces at least
    cut = _name_conjunction().search(phrase)
    if cut is None:
        return None
    left, right = phrase[: cut.start()], phrase[cut.end() :]
    sides = [left.split()[-2:], right.split()[:2]]
    if not all(
        len(s) == _NAME_AND_SURNAME and known_name(s[:1]) and is_person_name(" ".join(s)) for s in sides
    ):
        return None
    found = [_name_in(left, v.lang, cued), _name_in(right, v.lang, cued)]
    return found if all(found) else None


_NAME_AND_SURNAME = 2
_TWO_NAMES_SPACES = 4


# One word of a conjunct, after its team's or country's possessive: "Raphinha", "Brazil's Neymar".
_ONE_PART = re.compile(r"^(?:(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*['’]s\s+)?([^\W\d_][\w'’-]+)$")


def _one_word_part(part: str) -> _Found | None:
    """One word of a list of the people shown, if it can be someone's name ("Neymar", "Brazil's Raphinha")."""
    m = _ONE_PART.match(part.strip())
    if m is None or not m.group(1)[:1].isupper() or not _one_word_name(m.group(1)):
        return None
    return _Found(m.group(1), None, one_word=True, doubtful=not is_given_name(m.group(1)))


_OF_TEAM_END = re.compile(r"(?<=[a-z]) of (?:the )?(?:[A-Z][\w.'’&-]*\s?){1,4}$")


# A chunk giving the side of the player before it, and nothing more: "of the Milwaukee Bucks", "of Spain".
_OF_SIDE = re.compile(r"of (?:the )?(?:[A-Z][\w.'’&-]*\s?){1,4}$")


_ONE_BEFORE_TEAM = re.compile(r"^(?P<name>[^\W\d_][\w'’-]+) of (?:the )?[A-Z]")


def _without_team(part: str, v: Vocabulary) -> str:
    """A name without the team or country written after it ("Declan Rice of Arsenal"); not a title's realm
    ("Secretary of State Antony Blinken") nor a group's ("Supporters of ...")."""
    m = _OF_TEAM_END.search(part)
    if m is None:
        return part
    head = part[: m.start()].strip()
    if v.titles.search(head) or not (is_person_name(head) if " " in head else _one_word_name(head)):
        # "Mercedes driver George Russell of Great Britain", "Race winner Max Verstappen of the Netherlands":
        # the name after a role in lower case, then the side.
        words = head.split()
        lower = [i for i, w in enumerate(words) if not w[:1].isupper() or v.titles.fullmatch(w)]
        name = words[lower[-1] + 1 :] if lower else []
        named = len(name) > 1 and is_person_name(" ".join(name)) and not v.titles.search(" ".join(name))
        return head if named else part
    return head


def _one_of_team(part: str) -> _Found | None:
    """One word before "of <team or country>" ("Pedri of FC Barcelona"), if it can be someone's name."""
    m = _ONE_BEFORE_TEAM.match(part.strip())
    if m is None or not _one_word_name(m.group("name")):
        return None
    return _Found(m.group("name"), None, one_word=True, doubtful=not is_given_name(m.group("name")))


def _subject(
    clause: str, v: Vocabulary, placed: frozenset[str] = frozenset()
) -> tuple[list[_Found], list[str]]:
    """Walk the comma-separated chunks of the subject up to its verb. PLACED: one-word names a position
    marker followed ("Zendaya, left, ..."), which the subject's list goes on after."""
    people: list[_Found] = []
    phrases: list[str] = []
    role: str | None = None  # a title waiting for its name: "Saudi Crown Prince, Mohammed bin Salman, ..."
    chunks = [c.strip() for c in re.split(r",\s*", clause)]
    described = -1  # a chunk read already as the role of the name before it
    for i, chunk in enumerate(chunks):
        if not chunk or _AGE.match(chunk) or i == described:
            continue  # an age: the subject goes on
        if _is_date(chunk):
            break  # "..., a Roma, 5 marzo 2024": the subject is over, and a date is no one's role
        aged = i + 1 < len(chunks) and bool(_AGE.match(chunks[i + 1]))  # "Harmony, 5, wipes ..."
        # "Prabowo Subianto, Indonesia's president, speaks": a role after the name vouches for it.
        role_after = i + 1 < len(chunks) and _is_role(chunks[i + 1], v)
        conjunct = v.conjunction_start.match(chunk)
        chunk = chunk[conjunct.end() :] if conjunct else chunk
        if people and chunk[:1].islower() and not conjunct and role is None and not _titled_person(chunk, v):
            if v.english and _OF_SIDE.match(chunk):
                continue  # "Giannis Antetokounmpo, left, of the Milwaukee Bucks, and ...": his side
            if _gerund_clause(chunk, v) or (v.phrase_end.match(" " + chunk) and not v.titles.search(chunk)):
                break  # "Vinicius, marcando el gol ...", "..., durante la rueda de prensa": no role
            # A lower-case appositive describes the person before it: "..., acting leader of ...,", or is
            # the title of the next one: "..., el secretario general del PSOE, José Luis ...".
            verb = v.verb(chunk)
            appositive = chunk[: verb.start()].strip() if verb else chunk
            if appositive:
                people[-1] = replace(people[-1], description=appositive)
                phrases.append(appositive)
                if not verb and v.titles.search(appositive):
                    role = appositive
                kin_name = chunks[i + 1].strip(" .") if i + 1 < len(chunks) and not verb else ""
                if kin_name and _kin_then_given(appositive, kin_name):
                    # "Ella Watkins, pictured with her father, Mark, died ...": the kin's given name
                    people.append(_Found(kin_name, " ".join(appositive.split()[-2:])))
                    described = i + 1
            if verb:
                break
            continue
        found_phrase = _noun_phrase(chunk, v.lang)
        phrase, goes_on = found_phrase.text, found_phrase.goes_on
        phrases.append(phrase)
        # A title chunk vouches for the name chunk after it: "Saudi Crown Prince, Mohammed bin Salman,".
        # "Le chef de la junte malienne, le général Assimi Goïta,": the name's article and title may open it.
        opens_name = chunk[:1].isupper() or chunk.split(" ", 1)[0].lower() in v.determiners
        cued = (role is not None and opens_name) or found_phrase.person_verb or role_after
        # "Relebohile Mofokeng of Orlando Pirates during the ... match": Getty's player, his side, the event
        sided = found_phrase.by_preposition and _side_then_event().match(chunk, len(phrase)) is not None
        cued = cued or sided
        named = _conjuncts(phrase, v, cued)
        if conjunct and people and cued and not any(named) and " " not in phrase:
            named = [_one_word_part(phrase)]  # "Brazil's Neymar, center, and Raphinha celebrate"
        if i == 0 and not any(named) and _OWNED.search(phrase) and _conjoined_next(chunks, v):
            named = [_one_word_part(phrase)]  # "Brazil's Neymar, center, and Raphinha celebrate": a player
        if i == 0 and not any(named) and not v.english:
            named = _titled_names(chunk, v, len(chunks) > 1) or named
        if i == 0 and not any(named) and _one_then_team(chunks, v):
            named = [
                _one_word_part(phrase)
            ]  # "Raphinha, do Barcelona, comemora o gol": a player and his club
        if i == 0 and not any(named):
            one = _one_word_subject(chunk, found_phrase, chunks[1] if len(chunks) > 1 else "", v)
            named = [one] if one else named
            if not one and chunk in placed and len(chunks) > 1:
                people.append(_Found(chunk, None, one_word=True))  # read by the marker already
                continue
        last_part = v.conjunction_split.split(phrase)[-1].strip() if phrase else ""
        if (
            len(named) > 1
            and any(named)
            and named[-1] is None
            and chunk[len(phrase) :].startswith(" of ")
            and _one_word_name(last_part)
        ):
            # "Kylian Mbappe of Real Madrid and Pedri of FC Barcelona vie": one word before its team.
            named[-1] = _Found(last_part, None, one_word=True, doubtful=not is_given_name(last_part))
        lone = not named[-1] or (named[-1].one_word and named[-1].description is None)
        if role_after and lone and _given_alone(last_part, chunks[i + 1], v):
            # "Catherine, Princess of Wales,": a royal title after her name, which it describes.
            named[-1], described = _Found(last_part, chunks[i + 1]), i + 1
        # The age after a chunk is that of the chunk's last words: "Harmony, 5, wipes", not "Fiona the hippo
        # swims with her brother Fritz, 2,", whose subject the phrase stops short of the age.
        if aged and phrase and not named[-1] and not goes_on and is_mononym(phrase.split()[-1]):
            if _full_name_aged(phrase, v):
                # "Tipene Rawiri, 27,": no list knows a word of it
                named[-1] = _Found(phrase, None, doubtful=True)
            else:
                named[-1] = _Found(phrase.split()[-1], phrase.rsplit(" ", 1)[0] if " " in phrase else None)
        if any(named):
            found = [p for p in named if p]
            if role and found[0].description is None:
                found[0] = replace(found[0], description=role)
            people += found
            role = None
            last = v.conjunction_split.split(phrase)[-1]
            if named[-1] is None and v.titles.search(last) and (not goes_on or found_phrase.by_preposition):
                role = last  # "Premier Jason Kenney and Alberta's chief medical officer of health, Dr. ..."
                continue
        elif phrase and v.titles.search(phrase) and (not goes_on or found_phrase.by_preposition):
            role = phrase  # "Chairman of the Japanese Socialist Party," then the name
            continue
        elif people and phrase and not goes_on:
            people[-1] = replace(people[-1], description=phrase)  # "Joe Biden, President of the US, speaks"
        elif i == 0 and not goes_on and _place_head(phrase, chunks[1] if len(chunks) > 1 else "", v):
            continue  # ANSA's "Bergamo, il sindaco Elena Carnevali alla ...": the place heads the caption
        elif i == 0 and _group_head(phrase, found_phrase, v) and len(chunks) > 2:
            role = chunk  # "Members of the band Metallica, James Hetfield and Kirk Hammett, perform": who
            continue  # they are follows, between commas
        elif i == 0 and len(chunks) > 2 and _role_then_name(chunk, chunks[1], v):
            role = chunk  # "La mairesse de Montréal, Valérie Plante, salue ...": her office, then her name
            continue
        else:
            break
        if goes_on:
            break
    return people, phrases


def _titled_names(chunk: str, v: Vocabulary, more: bool) -> list[_Found | None]:
    """The names of a subject in another language that its phrase reader missed: each of its conjuncts a
    title, then words of its body, then a known name right before the verb ("La présidente du Rassemblement
    national Marine Le Pen salue", "L'attaquant français du Real Madrid Kylian Mbappé célèbre"), or before
    the comma of a chunk with no verb that MORE chunks follow ("La atleta venezolana Yulimar Rojas, junto a
    ...")."""
    verb = v.verb(chunk)
    if verb is not None and verb.group().lower() in people_words("non_person_verbs"):
        return []
    # "Minister spraw zagranicznych Radosław Sikorski podczas konferencji": no verb, a preposition ends it.
    end = verb or v.phrase_end.search(chunk)
    if end is None and not more:
        return []
    found: list[_Found | None] = []
    for part in v.conjunction_split.split(chunk[: end.start()] if end else chunk):
        title = v.titles.search(part)
        if title is None or len(part[: title.start()].split()) > 1:
            found.append(None)  # "Simpatizantes del presidente Gustavo Petro participan": no title opens it
            continue
        name = _known_name_at_end(part[title.end() :]) or _name_after(part[title.end() :], v)
        found.append(_Found(name, part[: part.rfind(name)].strip(" ,") or None) if name else None)
    return found if any(found) else []


# A name read back from the end of a title's phrase has at most this many words ("Luiz Inácio Lula da Silva").
_TITLED_WORDS = 5


def _known_name_at_end(text: str) -> str | None:
    """The longest known person's name that closes TEXT, read back until a word of a place, an organisation
    or a lower-case word that is no particle ("Real Madrid Kylian Mbappé": Kylian Mbappé)."""
    tokens = text.split()
    particles = people_words("particles")
    best = None
    for k in range(2, min(len(tokens), _TITLED_WORDS) + 1):
        first = tokens[-k]
        if not (is_name_token(first) or first in particles):
            break
        if is_place_word(first) and not is_given_name(first):
            break  # "Madrid" of "Real Madrid Kylian Mbappé"; not "Jordan" of "Jordan Bardella"
        if first.lower() in people_words("org_words") or _club_initials(first):
            break  # "Paris FC Erling Haaland": the club's initials end its name
        run = tokens[-k:]
        if known_name(run) and is_person_name(" ".join(run)) and not not_a_person(run):
            best = " ".join(run)
    return best


def _name_after(text: str, v: Vocabulary) -> str | None:
    """A name of two to four words right after a title and its lower-case adjectives, and nothing after it:
    "venezolana Yulimar Rojas" of "La atleta venezolana Yulimar Rojas" (not a body after a preposition: "El
    portavoz del Bloque Nacionalista Galego")."""
    tokens = text.split()
    while tokens and tokens[0].islower():
        if tokens[0] in _joiners() or tokens[0] in v.determiners or tokens[0] in v.contractions:
            return None
        tokens.pop(0)
    if not 2 <= len(tokens) <= _TITLED_WORDS - 1 or not all(map(is_name_token, tokens)):
        return None
    name = " ".join(tokens)
    return name if is_person_name(name) and not not_a_person(tokens) else None


@cache
def _joiners() -> frozenset[str]:
    return words("people", "title_place_joiners_cased")


def _kin_then_given(appositive: str, word: str) -> bool:
    """Whether an appositive ends with a kin noun after a possessive and the chunk after it is one known given
    name: "pictured with her father," "Mark"."""
    tail = appositive.split()[-2:]
    return (
        len(tail) == 2
        and tail[0].lower() in people_words("determiners")
        and tail[1].lower() in people_words("kin_nouns")
        and " " not in word
        and is_given_name(word)
        and _one_word_name(word)
    )


def _group_head(phrase: str, found: _Phrase, v: Vocabulary) -> bool:
    """Whether the first chunk is a group of people with no verb yet ("Members of the band Metallica"), or
    someone's kin after an article ("The widow of Mike Adenuga", "La viuda del periodista ...", "Die Witwe von
    ..."), whose names an appositive may give."""
    if found.verb:
        return False
    if " " not in phrase and found.by_preposition:
        low = phrase.lower()
        return (v.english and low in people_words("group_nouns")) or low in people_words("kin_nouns")
    # "The widow" cut at its "of"; or "Die Witwe von Alexej Nawalny", where "von" is read as a particle
    kin = _KIN_OF.match(phrase + " ") if found.by_preposition else _KIN_OF.match(phrase)
    return (
        kin is not None
        and kin.group(1).lower() in v.determiners
        and kin.group(2).lower() in people_words("kin_nouns")
    )


# An article, a noun, and a word of "of" after it: "The widow of", "Die Witwe von", "La viuda del"; or the
# article and noun alone, where the phrase was cut at its preposition.
_KIN_OF = re.compile(r"(\w+) (\w+) (?:(?:of|de|del|des|du|von|vom|di|della|do|da|van) |$)")


# A chunk giving a player's club or country, and nothing more: "do Barcelona", "del FC Barcelona".
_TEAM_CHUNK = re.compile(
    r"^(?:of|de|del|do|da|du|des|di|della|dello|dal|von|van|z|ze) (?:[A-Z][\w.'’&-]*\s?){1,4}$"
)


# An article, a role in lower case of a word or two, and what it is of: "La mairesse de Montréal", "El
# filósofo", "Os jogadores do Benfica", "Le wali d'Oran".
_ROLE_HEAD = re.compile(
    r"(\w+) [a-zà-ÿ][\w-]*(?: [a-zà-ÿ][\w-]*)?"
    r"(?: (?:de|del|do|da|dos|das|du|des|di|della|of) [^,]{1,40}| d[\x27’][^,]{1,40})?"
)


def _role_then_name(chunk: str, after: str, v: Vocabulary) -> bool:
    """Whether the first chunk is a role after its article and the next one the name of its holder, opening
    with a known given name ("El filósofo, Gustavo Bueno y Martínez, en una imagen", "Le wali d'Oran, M.
    Samir Chibani, a inspecté"): not a place after a place ("La playa de Ipanema, Rio de Janeiro,")."""
    head = _ROLE_HEAD.fullmatch(chunk)
    if head is None or head.group(1).lower() not in v.determiners or v.verb(chunk):
        return False
    tokens = [t for t in after.split() if not v.titles.fullmatch(t)]  # "M. Samir Chibani"
    return len(tokens) >= 2 and is_given_name(tokens[0]) and not is_place_word(tokens[0])


def _one_then_team(chunks: list[str], v: Vocabulary) -> bool:
    """Whether the subject is one word, then its club or country between commas, then a verb only people
    do: "Raphinha, do Barcelona, comemora o gol", "Pedri, del FC Barcelona, celebra"."""
    if len(chunks) < 3 or " " in chunks[0] or not _TEAM_CHUNK.match(chunks[1]):
        return False
    verb = v.verb(chunks[2])
    return (
        verb is not None
        and verb.start() == 0
        and verb.group().lower() not in people_words("non_person_verbs")
    )


def _conjoined_next(chunks: list[str], v: Vocabulary) -> bool:
    """Whether the chunk after the first opens with a conjunction: the subject is a list of people."""
    return len(chunks) > 1 and v.conjunction_start.match(chunks[1]) is not None


def _place_head(phrase: str, after: str, v: Vocabulary) -> bool:
    """Whether the first chunk is the place the caption opens with, no subject: a big place's name, or one
    capitalised word before a title in lower case after its article ("Roma, il presidente della ...")."""
    if not phrase or phrase.isupper() or not all(w[:1].isupper() for w in phrase.split()):
        return False  # a dateline in capitals ("KISANGANI, DEMOCRATIC REPUBLIC ...") is read elsewhere
    if all(map(is_place_word, phrase.split())):
        return True
    article, _, rest = after.partition(" ")
    lower_title = rest[:1].islower() and v.titles.match(rest) is not None
    return " " not in phrase and article in v.determiners and lower_title


def _one_word_subject(chunk: str, phrase: _Phrase, after: str, v: Vocabulary) -> _Found | None:
    """A subject in one word that is someone's name: before a verb only people do ("Pelé waves", "Obama
    conversa con Varufakis"), or a known given name before any verb of people ("Neymar celebrates") or a
    gerund ("Vinicius, marcando el gol"). AFTER: the chunk after the subject's."""
    m = _mononym_subject().match(chunk)
    token = m.group("name") if m else phrase.text
    if not token or not _one_word_name(token):
        return None
    of_team = _ONE_OF_TEAM.match(chunk) if phrase.by_preposition else None
    if of_team and (of_team.group("next") == "in action" or _is_person_verb(of_team.group("next"), v)):
        # "Pedri of FC Barcelona in action"
        return _Found(token, None, one_word=True, doubtful=not is_given_name(token))
    if not m and not is_given_name(token):
        return None
    # An English verb of one person ends in -s: "Chelsea celebrate" is a team.
    verb = phrase.person_verb and (not v.english or phrase.verb.endswith("s"))
    if not (m or verb or _gerund_clause(after, v)):
        return None
    return _Found(token, None, one_word=True, doubtful=not is_given_name(token))


# A full name read from its age alone has two or three words: "Tipene Rawiri", "Ngaio Te Tuhoe".
_AGED_NAME_WORDS = range(2, 4)


def _full_name_aged(phrase: str, v: Vocabulary) -> bool:
    """Whether a phrase before an age is a whole name of words no list knows ("Tipene Rawiri, 27,"), not a
    title, a place or a team before one word ("Justice Rawiri, 62", "Hamilton's Rawiri, 24"): each word
    could be a name's alone, and none is a title's or a place's."""
    tokens = phrase.split()
    return (
        len(tokens) in _AGED_NAME_WORDS
        and all(is_mononym(t) and "'" not in t and "’" not in t for t in tokens)
        and not v.titles.search(phrase)
        and not any(map(is_place_word, tokens[:-1]))
    )


def _is_person_verb(word: str, v: Vocabulary) -> bool:
    """Whether a word is a verb of sentence 1 that only people do ("celebrates"; not "burns", "hosts")."""
    verb = v.verbs.fullmatch(word)
    return verb is not None and word.lower() not in people_words("non_person_verbs")


def _given_alone(word: str, role: str, v: Vocabulary) -> bool:
    """Whether one word before a role is a person's whole name: a known given name, no place's or team's,
    before a title of someone known by one name ("Catherine, Princess of Wales", "Sophie, Duchess of
    Edinburgh")."""
    title = v.titles.match(role)
    return (
        " " not in word
        and title is not None
        and title.group().lower() in name_titles()
        and is_given_name(word)
        and is_mononym(word)
        and not not_a_person([word])
    )


def _titled_person(chunk: str, v: Vocabulary) -> bool:
    """Whether a lower-case chunk after a person is the next person of the list, a title and a name: "Premier
    Donald Tusk, minister finansów Andrzej Domański i ...", no appositive describing the one before."""
    if not v.titles.match(chunk):
        return False
    named = _conjuncts(_noun_phrase(chunk, v.lang).text, v, False)
    return bool(named) and named[0] is not None and named[0].description is not None


def _is_role(chunk: str, v: Vocabulary) -> bool:
    """Whether a chunk is a role given to the name before it: "Indonesia's president", "director-general of
    the WTO", "Director-General of the World Health Organization"."""
    first = chunk.split(" ", 1)[0]
    opens = first[:1].islower() or first.endswith(("'s", "’s")) or bool(v.titles.match(chunk))
    return opens and bool(v.titles.search(chunk[:80]))
