"""People and organisations shown.

Sentence 1 of a wire caption names who is in the frame as its subject ("German Chancellor Olaf Scholz,
left, French President Emmanuel Macron, center, and ... meet"), as the object of "shows", "greets",
"shakes hands with", or beside a position marker ("(C)", ", right,"). A name after a preposition is
mentioned, not shown ("Supporters of former President Jair Bolsonaro gather"). Whether a capitalised run
is a person's name is judged from knowledge (_names: given names, groups, teams, places) and from the cue
the sentence gives (a title before it, an age after it, a verb only people do). Sentences in other
languages are read the same way, with their own determiners, conjunctions, prepositions and verbs
(_vocabulary).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from .._model import Person
from .._rules import CaselessTriggers, alternation, phrases, rules, union, words
from ._date import month_names
from ._names import (
    is_given_name,
    is_mononym,
    is_name_token,
    is_person_name,
    is_place_word,
    known_name,
    natural_case,
    not_a_person,
    people_words,
    placed_name,
)
from ._vocabulary import Vocabulary, language_of, vocabulary

__all__ = ["find_people", "find_people_checked", "is_person_name", "natural_case"]

_TOKEN = re.compile(r"[^\s,;:()\"“”]+")
_AGE = re.compile(r"^\d{1,3}$")
_ORDINAL_END = re.compile(r"[^\W\d_] \d{1,3}\.$")
_DIGIT = re.compile(r"\d")
_LETTERS = re.compile(r"[^\W\d_]+")
_YEAR_OLD = re.compile(r"\d{1,3}[- ](?:year|month|week)s?[- ]old\s*$", re.IGNORECASE)
# AP writes sentence 1 in the present: a lower-case word in -s after a name is its verb ("Mara Vance
# performs"); "Russian troops" is cut there too, and names no one either way.
_S_VERB = re.compile(r"(?<=\S) ([a-z]{2,}[^s\W]s)\b")
# Lower-case letters of the Latin, Greek and Cyrillic scripts: "während", "lors", "во" open no name either.
_LOWER = "a-z" + "".join(c for c in map(chr, range(0xDF, 0x530)) if c.islower())
# "s'exprime" too; the pattern opens with its space, and looks back: a scan costs a letter a position.
_LOWER_WORD = re.compile(rf" (?<=[\w.] )((?:[a-z]['’])?[{_LOWER}]+)\b(?![-'’])")
_PARTICIPLE = re.compile(r" [a-z]{2,}ing\b(?!\x00)")  # not a title's: "New York Jets running back"
# Reference numbers and labels ahead of the caption proper: "(Original Caption) ...", "(16513246a) ...".
_LEADING_TAG = re.compile(r"^\s*(?:\([^()]{0,40}\)\s*)+")
# Shutterstock's picture number closes the lines of restrictions and credit above the people shown: "Editorial
# use only (16513246a) Katie Piper".
_REFERENCE_TAG = re.compile(r"^[^()]{0,80}?\(\d{6,}[a-z]{0,3}\)\s*")
# A short parenthesis after a name tags it (shirt number, party and state, party, team): "Randall Cobb
# (18)", "Sen. Marsha Blackburn (R-Tenn.)", "Jürgen Pföhler (CDU)", "Tadej Pogacar (UAE Team Emirates)".
_TAG = re.compile(r"\s*\([^()]{1,40}\)")
# Square brackets an editor added inside a name: "Pres. [Jimmy] Carter".
_BRACKETS = re.compile(r"\[([^\[\]]{1,40})\]")
# "With Jimmy Carter applauding, Israeli Prime Minister Menachem Begin and ... embrace": a leading clause.
_WITH_CLAUSE = re.compile(r"^With\s+([^,]{3,80}?)\s+[a-z]+ing\s*,\s*")
# Each cue reads the rest of the sentence: a sentence holds a few, and untrusted text costs no more.
_MAX_CUES = 8
# The beside cues all open with one of these (a trie of literals: a scan tries a letter a position).
_BESIDE_HINT = re.compile(
    alternation(
        [
            *("Behind", "Beside", "Alongside", "Next to", "With him", "With her", "With them"),
            *("At left", "At right", "At cent", "On the left", "On the right"),
            *(
                "Also pictured",
                "Also shown",
                "Also in the",
                "Neben ihm",
                "Neben ihr",
                "Hinter ihm",
                "Hinter ihr",
            ),
            *(
                "Vor ihm",
                "Vor ihr",
                "Links im",
                "Rechts im",
                "Links daneben",
                "Rechts daneben",
                "Links neben",
            ),
            "Rechts neben",
            *("The woman", "The man", "The boy", "The girl", "The child", "The toddler", "The baby"),
            *("The teenager", "The resident", "The survivor", "The farmer", "The vendor", "The worker"),
            *("The student", "The patient", "The soldier", "The migrant", "The refugee", "The mother"),
            *("The father", "The grandmother", "The grandfather"),
        ]
    )
)
# A player after the team's or country's possessive, in one word: "Brazil's Casemiro".
_OWNED_ONE = re.compile(r"^(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*['’]s\s+([^\W\d_][\w'’-]+)$")
# One word, then the team or country: "Pedri of FC Barcelona in action", "Rodri of Spain celebrates".
_OWNED = re.compile(r"^(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*['’]s\s+[A-Z]")
_ONE_OF_TEAM = re.compile(r"^[^\s,]+ of (?:the )?(?:[A-Z][\w.'’&-]*\s+){1,4}(?P<next>in action\b|[a-z]+s\b)")
# EPA's picture number ahead of the caption: "epa12581109 Pedri of FC Barcelona in action ...".
_PICTURE_NUMBER = re.compile(r"^epa\d{6,} ", re.IGNORECASE)
# A dateline or slug ahead of " - " fits in this many characters, and words.
_DATELINE_CHARS = 60
_DATELINE_WORDS = 4
# A date and a city in capitals joined by "/" opening the caption (Agencia Uno): "3 de mayo de 2025/TEMUCO".
# The date is checked (_is_date), so "AP/REUTERS Joe Biden" keeps its words.
_DATE_CITY = re.compile(r"^([^/]{4,40})/[A-ZÀ-Þ][A-ZÀ-Þ .'’-]{2,40}\s+(?=[A-ZÀ-Þ])")
_BRACKETED_MARKER = r"(?i)\s*\("  # how a position marker in parentheses opens (people.toml)
_NAME_AHEAD = re.compile(r"(?:the\s+)?[A-Z]")
# Who is in the frame is rarely told in a sentence of fewer words than this ("17 AOÛT", "Katie Piper" is).
_HEADER_WORDS = 3
_HEADER_COMMAS = 3
# Headers read through before the caption at most ("Санкт-Петербург." "20 июня 2025." then the caption): a
# flood of short sentences costs no more.
_MAX_HEADERS = 3


@cache
def _age_tail() -> re.Pattern[str]:
    # What may follow a name in its phrase: an age ("Mia Jones, 7", "age 5"), a shirt number ("#71").
    age = phrases("people", "age_words_cased")
    return re.compile(rf"^\s*(?:,?\s*\d{{1,3}}|,?\s*{age}\s+\d{{1,3}}|#\d{{1,3}})\s*$")


@cache
def _lead_in() -> re.Pattern[str]:
    # "In this photo provided by X, <clause>" / "This image taken from video ... shows <objects>".
    return re.compile(
        rf"^{phrases('people', 'lead_in_openers')}\b.{{0,160}}?\b{phrases('people', 'lead_in_nouns')}\b"
        rf"[^,]{{0,120}}?(?:,\s*|\b(?P<verb>{phrases('people', 'lead_in_verbs')})\s+)"
    )


@cache
def _list_hint() -> CaselessTriggers:
    return CaselessTriggers(rules("people")["list_cue_triggers"])


@cache
def _marker_break() -> re.Pattern[str]:
    return re.compile(rf",|;|\b{phrases('people', 'marker_breaks_cased')}\b")


@cache
def _org_run() -> re.Pattern[str]:
    # Capitalised words and the lower-case words between them (a shape: RULES.md).
    joiner = alternation(rules("people")["org_connectors"])
    return re.compile(rf"[A-Z][\w'’.&-]*(?:(?:\s+(?:{joiner}))?\s+[A-Z][\w'’.&-]*)*")


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


def _one_word_name(token: str) -> bool:
    """Whether one word that the sentence says is someone can be their name: not a place ("Israel"), a team,
    a group, an agency ("speaks to Reuters"); a surname with its particle counts as one ("Di María")."""
    words = token.split()
    if len(words) == 2 and words[0][:1].isupper() and words[0].lower() in people_words("particles"):
        words = words[1:]
    if len(words) != 1 or words[0].lower() in people_words("pronouns"):
        return False
    return is_mononym(words[0]) and not not_a_person(words)


@dataclass(frozen=True)
class _Found:
    name: str
    description: str | None
    affiliation: str | None = None  # a team or company the name is written after: "Chicago Bears"
    one_word: bool = False  # named in one word ("Obama conversa con ..."): the caption names people so
    # Read as a person from the sentence's shape alone: no known given name, title, age or kin says so.
    doubtful: bool = False


def _strip_markers(text: str) -> str:
    if "," not in text and "(" not in text:
        return text  # every marker is written after a comma or in parentheses
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
    if last in people_words("kin_nouns") or _YEAR_OLD.search(tail):
        return True, True
    roles = people_words("stage_name_roles")
    written = tail.split()[-1].strip(",.")
    # Lower case, as a role is written; or capitalised opening the sentence ("Singer Shakira performs").
    if (written.islower() or tail == written) and (
        last in roles or " ".join(tail.lower().split()[-2:]) in roles
    ):
        return True, True  # "singer Shakira", "pop star Rihanna": written in lower case, as a role is
    return v.ends_with_title(tail), False


def _affiliation_split(tokens: list[str]) -> int:
    """Where the name starts in a run that holds something before it: a team or title word ("Toronto Raptors
    Kyle Lowry", "Kremlchef Wladimir Putin", "South Korea Simon Smith"), a byline in capitals ("JENS
    SCHLUETER Alice Weidel", "Christophe SIMON FRANCE Gisele Pelicot": a name never goes back from
    capitals to mixed case)."""
    for i in range(len(tokens) - 2, 0, -1):
        if _caps(tokens[i - 1]) and not _caps(tokens[i]) and tokens[i][:1].isupper():
            return i
    if known_name(tokens):
        return 0
    particles = people_words("particles")
    for i in range(1, len(tokens) - 1):
        if tokens[i - 1].lower() not in particles and known_name(tokens[i:]):
            return i
    return 0


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
    # "Secretary of State Antony Blinken", "Republic of the Congo's Foreign Minister ..." are one run.
    masked = v.mask_titles(phrase, bodies=True)
    runs = _runs(masked, v)
    if not runs:
        return None
    start, end = runs[-1]
    tail = phrase[end:]
    aged = bool(tail.strip()) and not ordinal and bool(_age_tail().match(tail))
    # Icelandic, Nordic and Baltic captions put the title after the name, in lower case: "Kristrún
    # Frostadóttir forsætisráðherra á ...". Not in English: "A Russian Army soldier" names no one.
    titled_after = not v.english and tail[:2].strip()[:1].islower() and bool(v.titles.fullmatch(tail.strip()))
    # Finnish and Baltic captions close the phrase with the date, no preposition before it: "Tasavallan
    # presidentti Sauli Niinistö Naantalissa 18. kesäkuuta 2023".
    dated = bool(tail.strip()) and _is_date(tail)
    if tail.strip() and not (aged or titled_after or dated):
        return None  # the phrase goes on past its last name run: "A Russian Army soldier"
    words_before = phrase[:start].split()
    titled = "\x00" in masked[start:end] or bool(v.titles.match(phrase, start))
    if words_before and words_before[-1].lower() in v.determiners and not titled:
        # "The Peace Tower": no one's name takes an article; a title or body before it does ("Le Premier
        # ministre X", "the Democratic Republic of the Congo's Foreign Minister X").
        return None
    if (
        words_before
        and words_before[0].lower() in ("a", "an", "the")
        and "\x00" not in masked[start:end]
        and not v.titles.search(phrase[:start])
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
    # "Pope Francis", "King Charles III": the title is part of how the name is written; not where it has
    # its realm after it, a role: "Emir of Kano Muhammadu Sanusi II" is Muhammadu Sanusi II.
    if (
        reign
        and reign.group().lower() in people_words("name_titles")
        and tokens
        and tokens[0] not in ("of", "на")
        and (len(tokens) == 1 or re.fullmatch(r"[IVX]+", tokens[-1]))
    ):
        description = phrase[: start + reign.start()].strip(" ,") or None
        return _Found(f"{reign.group()} {' '.join(tokens)}", description)
    # "Aston Villa's Jorge Ruiz", "Boston Celtic' Kyrie Irving": the name follows the last possessive.
    owners = [i for i, t in enumerate(tokens) if t.endswith(("'s", "’s", "'", "’"))]
    if owners:
        tokens = tokens[owners[-1] + 1 :]
    owned = bool(owners) and len(tokens) == 1  # "FC Barcelona's Raphinha celebrates": a player of theirs
    while tokens and tokens[0] in v.demonyms:
        tokens.pop(0)
    if "of" in tokens[1:]:  # "Republic of Korea Kim Jong Un": the name follows the body's place
        tokens = tokens[len(tokens) - 1 - tokens[::-1].index("of") :]
    of_place = bool(tokens) and tokens[0] in ("of", "на")  # Bulgarian "Кметът на Пловдив Name"
    realm: str | None = None  # the place a title is of, read off: "Kano" of "Emir of Kano"
    if of_place:
        # "Mayor of London Sadiq Khan", "President of France Emmanuel Macron": the title's place, not a name
        # ("London" is a given name too).
        tokens.pop(0)
        while len(tokens) > 2:
            # "Governor of New York Kathy Hochul": the place may be of a few words.
            size = next(
                (k for k in (3, 2, 1) if len(tokens) - k >= 2 and is_place_word(" ".join(tokens[:k]))), 0
            )
            if tokens[0] != "the" and not size:
                break
            realm = " ".join(tokens[: size or 1])
            tokens = tokens[size or 1 :]
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
    while len(tokens) > 2 and _locative(tokens[-1]):
        tokens = tokens[:-1]  # "Sauli Niinistö Kultarannassa": where he is, in the locative case
    opener = next((t for t in tokens if t.lower() not in people_words("particles")), "")
    if opener.lower() in people_words("place_openers"):
        return None  # "(di) Jalan Tuanku Abdul Rahman": a street named for someone, not he
    # "Emir of Kano Aminu Ado Bayero": the words after the title's place are the name, whatever given names
    # are known ("Mayor of Rio de Janeiro Eduardo Paes" keeps the place's particle and is split after it).
    realm_read = (
        of_place and realm is not None and tokens[0][:1].isupper() and is_person_name(" ".join(tokens))
    )
    split = 0 if realm_read else _affiliation_split(tokens)
    # "Canterbury" of "Archbishop of Canterbury Justin Welby" belongs to the title, not a team's name.
    affiliation = " ".join(tokens[:split]) if split and not of_place else None
    tokens = tokens[split:]
    at = run.find(tokens[0], title_end)  # where the name starts, after its title and owner
    before = phrase[: start + at] if at >= 0 else phrase[:start]
    if before.split() and before.split()[-1].lower() in people_words("supporter_nouns"):
        return None  # "Fanoušci Viktorie Plzeň": the fans of a club, named right after them
    if before.split() and before.split()[-1].lower() in people_words("animal_nouns"):
        return None  # "Giant panda He Hua eats bamboo": an animal's name
    title_cue, single_cue = _cued_by(before, v)
    title_cue = title_cue or titled_after or realm_read
    if len(tokens) == 1:
        if not (is_mononym(tokens[0]) and (single_cue or aged or (owned and cued) or _reign_before(before))):
            return None
        if not_a_person(tokens):
            return None  # "VfB Stuttgart, 20": a city with a number is no one's name and age
    elif not is_person_name(" ".join(tokens)) or not_a_person(tokens):
        return None
    elif not (
        known_name(tokens)
        or title_cue
        or ((cued or aged or split) and not _particle_inside(tokens))
        or _surname_in_capitals(tokens)
    ):
        return None  # "Keur Massar is flooded", "Aficionados del Real Madrid celebran": nothing says who
    description = before.strip(" ,") or None
    if description and re.fullmatch(r"[A-Z][\w.'’ -]*['’]s?", description):
        description = None  # "Austria's Matthias Mayer": an affiliation, not a title or role
    if len(tokens) == 1:
        doubtful = not (is_given_name(tokens[0]) or single_cue or aged or _reign_before(before))
    else:
        doubtful = not (known_name(tokens) or title_cue)
    team = affiliation or _team_before(description, v)
    return _Found(natural_case(" ".join(tokens)), description, team, doubtful=doubtful)


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


def _reign_before(before: str) -> bool:
    """Whether the words before one name end with a title of someone known by one name, in lower case:
    "och drottning Silvia", "y la reina Letizia"."""
    words = before.split()
    return bool(words) and words[-1].lower() in people_words("name_titles")


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
    phrase, goes_on, person_verb, by_preposition = _noun_phrase_masked(masked, v)
    verb = v.verb(masked) if person_verb else None
    return _Phrase(
        phrase.replace("\x00", " "), goes_on, person_verb, by_preposition, verb.group() if verb else ""
    )


def _noun_phrase_masked(text: str, v: Vocabulary) -> tuple[str, bool, bool, bool]:
    cut = len(text)
    person_verb = False
    verb = v.verb(text)
    if verb:
        cut = verb.start()
        person_verb = verb.group().lower() not in people_words("non_person_verbs")
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
            and not _plural_noun(text, word, m.end(1), v)  # "Team USA skaters Madison Chock and ..."
            and word not in people_words("group_nouns")  # "Paris SAINT-GERMAIN fans cheer": a club's fans
            # "Charles de Gaulle airport is seen": a place named for someone, no verb
            and (word not in people_words("place_nouns") or v.verbs.fullmatch(word) is not None)
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
            joiner = before[-1] in words("people", "title_place_joiners_cased")
            if joiner and _NAME_AHEAD.match(text, m.end() + 1):
                continue  # "El presidente de El Salvador", "de los Estados Unidos": a place's name
            cut = m.start() if len(before) == 1 else len(before[0])
            person_verb = by_preposition = False
            break
    return text[:cut].strip(), cut < len(text.rstrip()), person_verb, by_preposition


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
        return [_name_in(phrase, v.lang, cued)]
    found = [_name_in(part, v.lang, cued) for part in parts]
    # "Saudi Crown Prince and Prime Minister Mohammed bin Salman": two titles of one person, no one named
    # "Crown Prince".
    found = [None if f and v.titles.fullmatch(f.name) else f for f in found]
    if any(found) and not cued:
        # "Liverpool's Mohamed Salah and Manchester City's Josko Gvardiol battle": a name beside a person's,
        # written after its team as players' are, is a player's too.
        found = [
            f or (_name_in(part, v.lang, True) if _OWNED.search(part) else None)
            for f, part in zip(found, parts, strict=True)
        ]
    if not all(found) and v.lang != "en":
        whole = _name_in(phrase, v.lang, cued)
        # "José Ortega y Gasset": a conjunction before a lone surname is part of the name.
        if whole and (not any(found) or (found[-1] is None and len(parts[-1].split()) == 1)):
            return [whole]
    return found


def _subject(clause: str, v: Vocabulary) -> tuple[list[_Found], list[str]]:
    """Walk the comma-separated chunks of the subject up to its verb."""
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
        if people and chunk[:1].islower() and not conjunct and role is None:
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
            if verb:
                break
            continue
        found_phrase = _noun_phrase(chunk, v.lang)
        phrase, goes_on = found_phrase.text, found_phrase.goes_on
        phrases.append(phrase)
        # A title chunk vouches for the name chunk after it: "Saudi Crown Prince, Mohammed bin Salman,".
        cued = (role is not None and chunk[:1].isupper()) or found_phrase.person_verb or role_after
        named = _conjuncts(phrase, v, cued)
        if i == 0 and not any(named):
            one = _one_word_subject(chunk, found_phrase, chunks[1] if len(chunks) > 1 else "", v)
            named = [one] if one else named
        last_part = v.conjunction_split.split(phrase)[-1].strip() if phrase else ""
        if role_after and not named[-1] and _given_alone(last_part, chunks[i + 1], v):
            # "Catherine, Princess of Wales,": a royal title after her name, which it describes.
            named[-1], described = _Found(last_part, chunks[i + 1]), i + 1
        if aged and phrase and not named[-1] and is_mononym(phrase.split()[-1]):
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
        else:
            break
        if goes_on:
            break
    return people, phrases


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


def _is_person_verb(word: str, v: Vocabulary) -> bool:
    """Whether a word is a verb of sentence 1 that only people do ("celebrates"; not "burns", "hosts")."""
    verb = v.verbs.fullmatch(word)
    return verb is not None and word.lower() not in people_words("non_person_verbs")


def _is_date(chunk: str) -> bool:
    """Whether a chunk is a date and nothing more: digits and a month's name in any language, with at most
    short joiners ("5 marzo 2024", "Oct. 20", "3 de marzo de 2024")."""
    if _DIGIT.search(chunk) is None:
        return False
    words = [w.lower() for w in _LETTERS.findall(chunk)]
    months = [w for w in words if w in month_names()]
    return bool(months) and all(w in month_names() or len(w) <= 3 for w in words)


def _surname_titled(tokens: list[str], realm: str, v: Vocabulary) -> bool:
    """Whether a name that ends with a title's word is whole before "of REALM", a place: "Travis Head of
    Australia", "Tom Bishop of England"; not "Prime Minister of Australia", no one's given name before it."""
    return (
        len(tokens) >= 2
        and v.titles.fullmatch(tokens[-1]) is not None
        and not v.titles.match(" ".join(tokens))
        and known_name(tokens[:1])
        and is_person_name(" ".join(tokens))
        and is_place_word(realm)
    )


def _given_alone(word: str, role: str, v: Vocabulary) -> bool:
    """Whether one word before a role is a person's whole name: a known given name, no place's or team's,
    before a title of someone known by one name ("Catherine, Princess of Wales", "Sophie, Duchess of
    Edinburgh")."""
    title = v.titles.match(role)
    return (
        " " not in word
        and title is not None
        and title.group().lower() in people_words("name_titles")
        and is_given_name(word)
        and is_mononym(word)
        and not not_a_person([word])
    )


def _is_role(chunk: str, v: Vocabulary) -> bool:
    """Whether a chunk is a role given to the name before it: "Indonesia's president", "director-general of
    the WTO", "Director-General of the World Health Organization"."""
    first = chunk.split(" ", 1)[0]
    opens = first[:1].islower() or first.endswith(("'s", "’s")) or bool(v.titles.match(chunk))
    return opens and bool(v.titles.search(chunk[:80]))


def _object_phrase(text: str, v: Vocabulary, cued: bool = False) -> str:
    """The object up to its next participle or preposition, read on through "of <Name>" while it names no one
    yet: "shows top leader of the Democratic People's Republic of Korea Kim Jong Un during ..."; CUED: the
    cue says its object is someone ("hits a forehand to Aryna Sabalenka of Belarus")."""
    masked = v.mask_titles(" " + text + " ")  # "greets Secretary of State Antony Blinken"
    pos = 0
    if v.phrase_end.match(masked):
        return ""  # "meet in San Diego": no object
    for _ in range(4):
        cut = v.object_end.search(masked, pos)
        if cut is None:
            return masked.replace("\x00", " ")
        head = masked[: cut.start()]
        if not (cut.group().strip(", ") == "of" and _NAME_AHEAD.match(masked, cut.end())):
            return head.replace("\x00", " ")
        if any(_name_in(part, v.lang, cued) for part in re.split(r",\s*", head) if part.strip()):
            return head.replace("\x00", " ")
        pos = cut.end()
    return masked[:pos].replace("\x00", " ")


def _objects(
    text: str, v: Vocabulary, one_word: bool = False, cued: bool = False
) -> tuple[list[_Found], list[str]]:
    """Names in the object of "shows", "greets", ...: up to the next verb, participle or clause. ONE_WORD:
    the cue says its object is someone and the sentence names its subject in one word, so one word can be a
    name too ("Obama conversa con Varufakis"; not "von der Leyen spricht mit Journalisten"). CUED: the cue's
    object is someone ("hugs", "celebrates with")."""
    phrase = _object_phrase(text, v, cued)
    people: list[_Found] = []
    parts = [p for p in re.split(r",\s*", phrase) if p.strip()]
    for part in parts:
        named = [p for p in _conjuncts(part.strip(), v, cued) if p]
        if not named:
            phrase = _noun_phrase(part.strip(), v.lang).text  # "Kim Jong Un empfangen worden": to the verb
            # Cued only as a whole part: "celebrates with Inter Miami fans" names no one.
            named = [p for p in _conjuncts(phrase, v, False) if p] if phrase else []
            word = phrase.strip(" .")
            if not named and one_word and word and _one_word_name(word):
                named = [_Found(word, None, doubtful=not is_given_name(word))]
            owned = _OWNED_ONE.search(phrase) if not named and phrase else None
            if owned and _one_word_name(owned.group(1)):
                # "vies for the ball with Brazil's Casemiro"
                named = [_Found(owned.group(1), None, doubtful=not is_given_name(owned.group(1)))]
        people += named
    return people, parts


@cache
def _person_object_cue() -> re.Pattern[str]:
    return re.compile(union(rules("people")["person_object_cues"]))


@cache
def _with_word() -> re.Pattern[str]:
    return re.compile(rf" {phrases('people', 'shown_with_cased')} ")


@cache
def _with_after() -> re.Pattern[str]:
    return re.compile(rf"[\s,]*{phrases('people', 'shown_with_cased')}\s+")


def _shown_with(
    clause: str, found: list[_Found], seen: list[str], v: Vocabulary
) -> tuple[list[_Found], list[str]]:
    """The subject's people, and whom they are shown with right after: "Sergio Mattarella con il presidente
    francese Emmanuel Macron al Quirinale"."""
    for phrase in seen:
        at = clause.find(phrase)
        with_word = _with_after().match(clause, at + len(phrase)) if at >= 0 and phrase else None
        if with_word:
            more, parts = _objects(clause[with_word.end() :], v)
            return found + more, seen + parts
    return found, seen


def _marked(sentence: str) -> list[_Found]:
    """Names right before a position marker, wherever they stand: "... shows X (C) during ..."."""
    out = []
    bracketed = "(" in sentence
    for pattern in vocabulary("en").position_markers:
        if not bracketed and pattern.pattern.startswith(_BRACKETED_MARKER):
            continue  # "(C)", "(2nd from R)": no parenthesis, no scan
        for m in pattern.finditer(sentence):
            before = _marker_break().split(sentence[: m.start()])[-1]
            words_before = _TAG.sub("", before).split()
            # Only the name run that ends at the marker: "... 2022 shows Ukrainian President V. Z."
            found = _name_in(" ".join(words_before[-6:]), "en", True)
            if found:
                out.append(found)
                # "Luigi Mangione, center, with his lawyers Karen Friedman Agnifilo and Marc Agnifilo":
                # whom the one placed is shown with stands there too.
                with_word = _with_after().match(sentence, m.end())
                if with_word:
                    out += _objects(_TAG.sub("", sentence[with_word.end() :]), vocabulary("en"))[0]
    return out


def _listed(sentence: str, v: Vocabulary) -> list[_Found]:
    """The people of a list after "from left:", "(L-R)", "Back row:", each up to its "of <town>"."""
    out: list[_Found] = []
    if not _list_hint().occurs(sentence):
        return out  # the cues all hold one of these words: a cheap look first
    for cue in v.list_cues.finditer(sentence):
        # A list ends at its line's end: "Nella foto: Liliana Segre\nMilan, Italy - ..." (the next line is a
        # dateline, another language's caption or the credit).
        listed = sentence[cue.end() :].split("\n", 1)[0]
        listed = _TAG.sub("", _strip_markers(listed))  # "Bo Nix (10)", "Olaf Scholz, left,"
        label = _label_word().search(
            listed
        )  # "Nella foto: Liliana Segre Photo Claudio Furlan - LaPresse ..."
        listed = listed[: label.start()] if label else listed
        for part in re.split(rf"[;,]\s*|\s+and\s+|{v.conjunction_split.pattern}", listed):
            phrase = _noun_phrase(part.strip(), v.lang).text
            found = _name_in(phrase, v.lang, True) if phrase else None
            if found:
                out.append(found)
    return out


@cache
def _label_word() -> re.Pattern[str]:
    return re.compile(rf"\s{phrases('people', 'label_words')}\b")


def _beside(sentence: str, v: Vocabulary) -> list[_Found]:
    """ "Behind Carter is Lt. Comdr. J. Ball Reason, his naval aide": the one standing there."""
    out: list[_Found] = []
    if not _BESIDE_HINT.search(sentence):
        return out  # the cues all open with one of these words: a cheap look first
    for m in v.beside_cues.finditer(sentence):
        phrase = _noun_phrase(re.split(r",", _TAG.sub("", sentence[m.end() :]))[0], v.lang).text
        found = _name_in(phrase, v.lang, True) if phrase else None
        if found:
            out.append(found)
    return out


def _without_dateline(sentence: str) -> str:
    """The sentence after a dateline or slug ahead of " - ": "Rabat - Le Chef du gouvernement, ...",
    "Brasília (DF), 05/11/2025 - O presidente ...", "EINDHOVEN - Ivan Perisic ..."; a head with a word in
    lower case or a person's name is the caption's own ("Joe Biden - ..."), but a month's name is a
    dateline's ("Torino, 8 novembre 2025 - ...", Bernama's "PUTRAJAYA, 12 Jan -- ...")."""
    head, _, rest = sentence.partition(" -- " if " -- " in sentence[:_DATELINE_CHARS] else " - ")
    head = _TAG.sub("", head)
    lower = [m.group(1) for m in _LOWER_WORD.finditer(head)]
    if not rest or ":" in head or len(head.split()) > _DATELINE_WORDS + 1:
        return sentence
    if any(w not in month_names() for w in lower) or (len(head.split()) > _DATELINE_WORDS and not lower):
        return sentence
    if len(head.split()) > 1 and known_name(head.split()):
        return sentence  # a given name alone is a city's as often ("Alger - Le président ...")
    return rest


def _prepare(sentence: str) -> str:
    """The sentence without what no name reads through: reference tags ahead of it, editors' brackets."""
    sentence = " ".join(sentence.split())  # one space: "\s*" stays linear
    if sentence.startswith("(") and not vocabulary("en").list_cues.match(sentence):
        sentence = _LEADING_TAG.sub("", sentence)  # not "(L-R) Dierks Bentley and ...": a list follows
    if sentence[:3].lower() == "epa":
        sentence = _PICTURE_NUMBER.sub("", sentence)
    if " - " in sentence[:_DATELINE_CHARS] or " -- " in sentence[:_DATELINE_CHARS]:
        sentence = _without_dateline(sentence)
    if "/" in sentence[:_DATELINE_CHARS]:
        dated = _DATE_CITY.match(sentence)
        if dated and _is_date(dated.group(1)):
            sentence = sentence[dated.end() :]  # "11 de marzo de 2026/SANTIAGO El presidente ..."
    sentence = _REFERENCE_TAG.sub("", sentence) if "(" in sentence else sentence
    sentence = _surname_first(sentence) if sentence[:2].isupper() else sentence
    return _BRACKETS.sub(r"\1", sentence) if "[" in sentence else sentence


# Winter-sport federations and their photographers open with the surname in capitals, then the given name and
# the nation: "HUMPHRIES Kaillie of USA pilots ...", "FRIEDRICH Francesco (GER) ...".
_SURNAME_FIRST = re.compile(
    r"^(?P<surname>[A-ZÀ-Þ][A-ZÀ-Þ'’-]+(?: [A-ZÀ-Þ][A-ZÀ-Þ'’-]+)?) "
    r"(?P<given>[A-ZÀ-Þ][a-zà-ÿ'’-]+(?:[ -][A-ZÀ-Þ][a-zà-ÿ'’-]+)?)(?= of [A-Z]| \([A-Z]{3}\))"
)


def _surname_first(sentence: str) -> str:
    """The sentence with a name written surname first, in capitals, before its nation turned to the order
    the rest of the caption reads ("Kaillie HUMPHRIES of USA"); not an East Asian name ("KIM Yuna") or a
    place in capitals ("KYIV Residents")."""
    m = _SURNAME_FIRST.match(sentence)
    if m is None:
        return sentence
    surname = m.group("surname").split()
    if any(is_place_word(w.title()) or w.casefold() in people_words("east_asian_surnames") for w in surname):
        return sentence
    return f"{m.group('given')} {m.group('surname')}{sentence[m.end() :]}"


_ARABIC = re.compile(r"[\u0600-\u06ff]")
# A Turkish case ending after an apostrophe (its letters: "'ı", "'nın", "'da", "'yla"), after a word of
# three letters or more (not "O'neill", nor "Cre'von"), and whatever the run took in after it
# ("Wadephul'u Ankara'da").
_CASE_ENDING = re.compile(r"(?<=\w{3})['’](?=[ıiuüaedtnylk]{1,5}\b)[a-zçğıöşü]*[ıiuüae][a-zçğıöşü]*(?: .*)?$")
# An Arabic name after its title is two to five words ("عبد الفتاح السيسي", "محمد بن زايد آل نهيان").
_ARABIC_NAME_WORDS = (2, 5)


@cache
def _arabic_titles() -> re.Pattern[str]:
    return re.compile(rf"(?<!\S){alternation(words('people', 'arabic_titles'))}(?!\S)")


def _arabic_people(sentence: str) -> list[_Found]:
    """People of an Arabic sentence: no capitals mark a name, so only the words after a title are read
    ("الرئيس عبد الفتاح السيسي يستقبل ..."), up to a verb in the present (it opens with ي or ت), a word
    that ends a name, or a comma; a name that runs to the sentence's end is doubtful."""
    ends = words("people", "arabic_name_ends")
    found: list[_Found] = []
    titles = _arabic_titles()
    for m in titles.finditer(sentence):
        if titles.match(sentence, m.end() + 1):
            continue  # "ولي العهد الأمير محمد بن سلمان": the name follows the last title
        tokens = sentence[m.end() :].split()
        if tokens and tokens[0].startswith("ال") and tokens[0].endswith("ي"):
            tokens = tokens[1:]  # "رئيس الوزراء اليوناني": a nisba adjective, the title's country
        name: list[str] = []
        stopped = False
        for token in tokens[: _ARABIC_NAME_WORDS[1] + 1]:
            word = token.strip("،,.:؛")
            verb = bool(name) and word[:1] in ("ي", "ت") and len(word) > 3
            if word in ends or verb or not _ARABIC.search(word):
                stopped = True
                break
            name.append(word)
            if word != token:  # a comma or stop after it
                stopped = True
                break
        if _ARABIC_NAME_WORDS[0] <= len(name) <= _ARABIC_NAME_WORDS[1]:
            found.append(_Found(" ".join(name), m.group(), doubtful=not stopped))
    return found


def _read(sentence: str) -> tuple[list[_Found], list[str]]:
    """People and the phrases naming them in one sentence."""
    if _ARABIC.search(sentence):
        return _arabic_people(sentence), []
    v = vocabulary(language_of(sentence))
    people: list[_Found] = [] if v.depicted.match(sentence) else _marked(sentence)
    text = _TAG.sub(
        "", _strip_markers(sentence)
    )  # "Randall Cobb (18)", "Shin Won-sik (4th from L, front row)"
    phrases: list[str] = []
    # "a man standing next to a plane: Red Cross volunteer ...", "Los Angeles, CA., June 06, 2023: Harmony":
    # a short lead before a colon, and the caption after it.
    head, colon, rest = text.partition(": ")
    clauses = [head, rest] if colon and len(head) <= 100 and not v.list_cues.search(head + colon) else [text]
    for clause in clauses:
        with_clause = _WITH_CLAUSE.match(clause)
        if with_clause:
            found_with = _name_in(with_clause.group(1), v.lang, True)
            people += [found_with] if found_with else []
            clause = clause[with_clause.end() :]
        lead = _lead_in().match(clause)
        if lead and (lead.group("verb") or "").islower():  # "... shows X"; not "... SHOWS X"
            found, seen = _objects(clause[lead.end() :], v)
        else:
            found, seen = _subject(clause[lead.end() :] if lead else clause, v)
            if found and _with_word().search(clause):
                found, seen = _shown_with(clause, found, seen, v)
        people += found
        phrases += seen
        for m in v.object_cue_matches(clause, _MAX_CUES):
            by_name = any(p.one_word for p in people)  # "Obama conversa con Varufakis"
            one_word = by_name and (
                m.re is v.foreign_object_cues or bool(v.mononym_object_cues.match(clause, m.start()))
            )
            cued = bool(_person_object_cue().match(m.group()))  # "hugs Name": a person
            found, seen = _objects(clause[m.end() :], v, one_word, cued)
            people += found
            phrases += seen
        for m in itertools.islice(v.subject_cues.finditer(clause), _MAX_CUES):
            found, seen = _subject(clause[m.end() :], v)
            people += found
            phrases += seen
    people += _listed(sentence, v) + _beside(text, v)  # a list's cue may be a tag: "(v.l.n.r.)"
    return people, phrases


def _is_header(sentence: str) -> bool:
    """Whether a sentence is a header, no clause: names, labels and numbers, no word in lower case
    ("dpa-Fußball: Bundesliga, ..."), or labels and no verb ("Olympia, Milano Cortina 2026, Ski alpin,
    Abfahrt, Damen, auf der Olimpia delle Tofane")."""
    if _LOWER_WORD.search(sentence) is None:
        return True
    # dpa's sports headers in German ("Ski alpin, Abfahrt, Damen"), or labels after a colon: no verb, and a
    # list; an English sentence without a verb is a caption still ("A view of the damaged building, ...").
    lang = language_of(sentence)
    labels = ": " in sentence or (lang != "en" and sentence.count(",") >= _HEADER_COMMAS)
    return labels and vocabulary(lang).verb(sentence) is None


def _rejoined(sentences: Sequence[str]) -> list[str]:
    """Sentences, with one cut after a title's full stop joined again ("Back row: Pvts" "William ..."; the
    splitter drops the stop)."""
    out: list[str] = []
    titles = vocabulary("en")
    for sentence in sentences:
        if out and titles.ends_with_title(out[-1].rstrip(".") + "."):
            out[-1] = f"{out[-1].rstrip('.')}. {sentence}"
        else:
            out.append(sentence)
    return out


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
    header = len(main.split()) < _HEADER_WORDS or (not people and _is_header(main))
    for _ in range(_MAX_HEADERS):
        if not (header and later):
            break
        flat = later[0].replace("\n", " ")
        more, seen = _read(_prepare(flat))
        people += more
        phrases += seen
        header = not more and (_is_header(flat) or _is_date(flat))  # "20 июня 2025"
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
        people += _listed(lined, own) + _beside(sentence, v)
        # Later sentences place people with a parenthesised marker: "Kim Yo-jong (2nd from R)".
        if "(" in sentence and not v.depicted.match(sentence):
            people += _marked(_prepare(sentence))

    # Turkish declines a name after an apostrophe ("Viktor Orban'ı karşıladı", "Erdoğan'ın"): the name is
    # what comes before it.
    people = [replace(p, name=_CASE_ENDING.sub("", p.name)) for p in people]
    merged: dict[str, Person] = {}
    for p in people:
        if placed_name(main, p.name):
            continue  # "tại phường Hương Trà": a ward's name, read as a name after a description
        known = merged.get(p.name)
        if known is None or (known.description is None and p.description):
            merged[p.name] = Person(name=p.name, description=p.description)
    affiliations = [p.affiliation for p in people if p.affiliation]
    organisations = _organisations(phrases, set(merged), affiliations)
    sure = {p.name for p in people if not p.doubtful}  # read twice, once with a cue: sure
    # Doubtful only where a word of it is a big place's name ("in Belfast, Northern Ireland, U.K., on
    # Monday"): the shape alone doubted a dozen right names ("Virat Kohli", "Pedri") and caught none.
    doubtful = [name for name in merged if name not in sure and any(map(is_place_word, name.split()))]
    return list(merged.values()), organisations, doubtful


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
            org_at = [i for i, t in enumerate(tokens) if t.lower().removesuffix("'s") in org]
            name = " ".join(tokens[: org_at[-1] + 1]) if org_at else ""  # "Adani Group", not its chairman
            name = name.removesuffix("'s").removesuffix("’s")  # "Manchester City's Erling Haaland"
            if " " not in name and name.lower() in people_words("common_org_words"):
                continue  # "Police officers", "Rescue workers": a common noun, no organisation's name
            if name and name not in people and name not in out and not titles.fullmatch(name):
                out.append(name)
    for name in affiliations:
        if name not in people and name not in out and not any(name in o or o in name for o in out):
            out.append(name)
    return out
