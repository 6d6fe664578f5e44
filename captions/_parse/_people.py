"""People and organisations shown.

Sentence 1 of a wire caption names who is in the frame as its subject ("German Chancellor Olaf Scholz,
left, French President Emmanuel Macron, center, and ... meet"), as the object of "shows", "greets",
"shakes hands with", or beside a position marker ("(C)", ", right,"). A name after a preposition is
mentioned, not shown ("Supporters of former President Jair Bolsonaro gather").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from .._model import Person
from .._rules import alternation, compile_all, phrases, rules, union, words

__all__ = ["find_people", "is_person_name", "natural_case"]

_TOKEN = re.compile(r"[^\s,;:()\"“”]+")
_UPPER_START = re.compile(r"^[A-ZÀ-ÞĀ-Ž]")
_INITIAL = re.compile(r"^[A-Z]\.$")
_CAMEL = re.compile(r"^[a-z]{1,3}[A-Z]")  # "deGooyer", "al-Assad" once the hyphen is read
_AGE = re.compile(r"^\d{1,3}$")
# AP writes sentence 1 in the present: a lower-case word in -s after a name is its verb ("Mara Vance
# performs"); "Russian troops" is cut there too, and names no one either way.
_S_VERB = re.compile(r"(?<=\S) ([a-z]{2,}[^s\W]s)\b")
_LOWER_WORD = re.compile(r"(?<=[\w.]) ([a-z]+)\b(?![-'’])")
_PARTICIPLE = re.compile(r" [a-z]{2,}ing\b")


@cache
def _list(key: str) -> frozenset[str]:
    return words("people", key)


@cache
def _demonyms() -> frozenset[str]:
    return words("people", "demonyms_cased")


@cache
def _titles() -> re.Pattern[str]:
    titles, suffixes = phrases("people", "titles"), phrases("people", "title_suffixes")
    return re.compile(rf"(?<![\w-]){titles}(?:-{suffixes})?(?![\w-])", re.IGNORECASE)


@cache
def _prefixed() -> re.Pattern[str]:
    return re.compile(rf"^{phrases('people', 'hyphen_particles_cased')}-[A-Z]")


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
def _marker_break() -> re.Pattern[str]:
    return re.compile(rf",|;|\b{phrases('people', 'marker_breaks_cased')}\b")


@cache
def _org_run() -> re.Pattern[str]:
    # Capitalised words and the lower-case words between them (a shape: RULES.md).
    joiner = alternation(rules("people")["org_connectors"])
    return re.compile(rf"[A-Z][\w'’.&-]*(?:(?:\s+(?:{joiner}))?\s+[A-Z][\w'’.&-]*)*")


@cache
def _position_markers() -> tuple[re.Pattern[str], ...]:
    return compile_all(rules("people")["position_markers"])


@cache
def _verbs() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-]){phrases('people', 'subject_ends_cased')}(?![\w-])")


@cache
def _phrase_end() -> re.Pattern[str]:
    return re.compile(rf"\s{phrases('people', 'subject_prepositions_cased')}(?=\s)")


@cache
def _subject_cues() -> re.Pattern[str]:
    return re.compile(union(rules("people")["shown_subject_cues"]))


@cache
def _object_end() -> re.Pattern[str]:
    # The object ends at a participle or a preposition: "greets X outside 10 Downing Street".
    return re.compile(rf",?\s(?:[a-z]+ing|{phrases('people', 'subject_prepositions_cased')})\s")


@cache
def _object_cues() -> re.Pattern[str]:
    # One pass over the sentence for all cues, not one per cue.
    return re.compile(union(rules("people")["shown_object_cues"]))


@lru_cache(maxsize=8192)
def natural_case(name: str) -> str:
    """ "JULIEN MOREAU" becomes "Julien Moreau", AFP's "Sergey BOBOK" "Sergey Bobok"; "deGooyer" stays."""
    out = []
    for i, word in enumerate(name.split()):
        letters = [c for c in word if c.isalpha()]
        if len(letters) < 2 or not all(c.isupper() for c in letters):
            out.append(word)  # mixed case, an initial: as written
            continue
        low = word.lower()
        if i and low in _list("particles"):
            out.append(low)
        elif i and re.fullmatch(r"[IVX]{2,4}", word):
            out.append(word)
        elif _prefixed().match(word):
            out.append(low[:3] + _capitalise(low[3:]))
        elif i == 1 and "-" in low and name.split()[0].lower() in _list("east_asian_surnames"):
            out.append(_capitalise(low))  # "PARK SEUNG-HO": "Seung-ho"
        else:
            out.append(re.sub(r"[^\W\d_]+", lambda m: _capitalise(m.group()), low))
    return " ".join(out)


def _capitalise(part: str) -> str:
    if part.startswith("mc") and len(part) > 3:
        return "Mc" + part[2].upper() + part[3:]
    return part[:1].upper() + part[1:]


def _is_name_token(token: str) -> bool:
    return bool(
        _UPPER_START.match(token)
        or _INITIAL.match(token)
        or _CAMEL.match(token)
        or _prefixed().match(token)
        or token in _list("particles")
    )


@lru_cache(maxsize=8192)
def is_person_name(text: str) -> bool:
    """Whether a phrase reads as a person's name: not "Syria TV", "SANA", "U.S. Navy", "Oak Fire"."""
    tokens = text.split()
    if not 2 <= len(tokens) <= 5 or not all(_is_name_token(t) for t in tokens):
        return False
    capitalised = [t for t in tokens if _UPPER_START.match(t) and not _INITIAL.match(t)]
    if len(capitalised) < 2 and not any(_CAMEL.match(t) or _prefixed().match(t) for t in tokens):
        return False
    org = _list("org_words")
    if any(t.lower().strip(".'’") in org or t.lower().removesuffix("'s") in org for t in tokens):
        return False
    return not tokens[-1].endswith(("'s", "’s")) and tokens[0] not in _demonyms()


@dataclass(frozen=True)
class _Found:
    name: str
    description: str | None


def _strip_markers(text: str) -> str:
    for pattern in _position_markers():
        text = pattern.sub("", text)
    return text


def _runs(text: str) -> list[tuple[int, int]]:
    """Spans of consecutive name tokens ("Volodymyr Zelenskyy", "Russian Army")."""
    runs: list[tuple[int, int]] = []
    start = end = -1
    for m in _TOKEN.finditer(text):
        token = m.group()
        if _is_name_token(token) and token.lower() not in _list("determiners"):
            start = m.start() if start < 0 else start
            end = m.end()
        elif start >= 0:
            runs.append((start, end))
            start = -1
    if start >= 0:
        runs.append((start, end))
    return runs


@lru_cache(maxsize=8192)
def _name_in(phrase: str) -> _Found | None:
    """The person a noun phrase names: its closing run of name tokens, after any title.

    "India's opposition Congress party leader Rahul Gandhi" names Rahul Gandhi, described by the rest;
    "A Russian Army soldier" and "Supporters" name no one.
    """
    phrase = _strip_markers(phrase).strip(" ,.")
    runs = _runs(_mask_titles(phrase))  # "Secretary of State Antony Blinken" is one run
    if not runs:
        return None
    start, end = runs[-1]
    if phrase[end:].strip() and not _age_tail().match(phrase[end:]):
        return None  # the phrase goes on past its last name run: "A Russian Army soldier"
    if phrase[:start].split()[-1:] and phrase[:start].split()[-1].lower() in _list("determiners"):
        return None  # "The Peace Tower": no one's name takes an article
    run = phrase[start:end]
    titles = list(_titles().finditer(run))
    title_end = max((t.end() for t in titles), default=0)
    tokens = run[title_end:].split()
    reign = titles[-1] if titles else None
    # "Pope Francis", "King Charles III": the title is part of how the name is written.
    if (
        reign
        and reign.group().lower() in _list("name_titles")
        and tokens
        and (len(tokens) == 1 or re.fullmatch(r"[IVX]+", tokens[-1]))
    ):
        description = phrase[: start + reign.start()].strip(" ,") or None
        return _Found(f"{reign.group()} {' '.join(tokens)}", description)
    # "Aston Villa's Jorge Ruiz", "Syria's Bashar al-Assad": the name follows the last possessive.
    owners = [i for i, t in enumerate(tokens) if t.endswith(("'s", "’s"))]
    if owners:
        tokens = tokens[owners[-1] + 1 :]
    while tokens and tokens[0] in _demonyms():
        tokens.pop(0)
    name = " ".join(tokens)
    if not is_person_name(name):
        return None
    at = run.find(tokens[0], title_end)  # where the name starts, after its title and owner
    description = phrase[: start + at].strip(" ,") or None if at >= 0 else None
    if description and re.fullmatch(r"[A-Z][\w.'’ -]*['’]s", description):
        description = None  # "Austria's Matthias Mayer": an affiliation, not a title or role
    return _Found(natural_case(name), description)


@lru_cache(maxsize=8192)
def _noun_phrase(text: str) -> tuple[str, bool]:
    """The noun phrase that opens `text`, and whether the clause goes on after it."""
    phrase, goes_on = _noun_phrase_masked(_mask_titles(text))
    return phrase.replace("\x00", " "), goes_on


def _mask_titles(text: str) -> str:
    """Titles holding a preposition ("Secretary of State") as one word, so "of" does not cut them; the
    text keeps its length."""
    return _titles().sub(lambda m: m.group().replace(" ", "\x00"), text)


def _noun_phrase_masked(text: str) -> tuple[str, bool]:
    cut = len(text)
    verb = _verbs().search(text)
    if verb:
        cut = verb.start()
    for m in _S_VERB.finditer(text, 0, cut):
        before = text[: m.start()].split()
        if before and before[-1][:1].isupper():
            cut = m.start()
            break
    # Any lower-case word right after a full name is its verb: "Japan's Aoi Nakamura vie for the ball".
    for m in _LOWER_WORD.finditer(text, 0, cut):
        word = m.group(1)
        if (
            word not in _list("conjunctions")
            and word not in _list("particles")
            and _name_in(_last_words(text, m.start()))
        ):
            cut = m.start()
            break
    participle = _PARTICIPLE.search(text, 0, cut)
    if participle:
        cut = participle.start()  # "Air Force One carrying President Joe Biden": he is inside
    prep = _phrase_end().search(text, 0, cut)
    if prep:
        cut = prep.start()
    # A determiner inside the phrase follows an unknown verb: "Firefighters battle the Oak Fire".
    for m in _TOKEN.finditer(text, 0, cut):
        if m.start() > 0 and m.group().lower() in _list("determiners"):
            before = text[: m.start()].rstrip().rsplit(" ", 1)
            if before[-1] in words("people", "phrase_joiners_cased"):
                continue  # "Pedro Sanchez and his Moroccan counterpart Aziz Akhannouch"
            cut = m.start() if len(before) == 1 else len(before[0])
            break
    return text[:cut].strip(), cut < len(text.rstrip())


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


def _subject(clause: str) -> tuple[list[_Found], list[str]]:
    """Walk the comma-separated chunks of the subject up to its verb."""
    people: list[_Found] = []
    phrases: list[str] = []
    for chunk in re.split(r",\s*", clause):
        if not _strip_markers(", " + chunk + ",").strip(" ,") or _AGE.match(chunk.strip()):
            continue  # "left", "center", an age: the subject goes on
        conjunct = re.match(r"and\s+", chunk.strip())
        chunk = chunk.strip()[conjunct.end() :] if conjunct else chunk.strip()
        if people and chunk[:1].islower() and not conjunct:
            # A lower-case appositive describes the person before it: "..., acting leader of ...,".
            verb = _verbs().search(chunk)
            appositive = chunk[: verb.start()].strip() if verb else chunk
            if appositive:
                people[-1] = replace(people[-1], description=appositive)
                phrases.append(appositive)
            if verb:
                break
            continue
        phrase, goes_on = _noun_phrase(chunk)
        phrases.append(phrase)
        named = [_name_in(part) for part in re.split(r"\s+and\s+", phrase)]
        if any(named):
            people += [p for p in named if p]
        elif people and phrase and not goes_on:
            people[-1] = replace(people[-1], description=phrase)  # "Joe Biden, President of the US, speaks"
        else:
            break
        if goes_on:
            break
    return people, phrases


def _objects(text: str) -> tuple[list[_Found], list[str]]:
    """Names in the object of "shows", "greets", ...: up to the next verb, participle or clause."""
    if _phrase_end().match(" " + text):
        return [], []  # "meet in San Diego": no object
    masked = _mask_titles(" " + text + " ")  # "greets Secretary of State Antony Blinken"
    head = _object_end().split(masked)
    phrase = (head[1] if len(head) > 1 and not head[0].strip() else head[0]).replace("\x00", " ")
    people: list[_Found] = []
    parts = [p for p in re.split(r",\s*|\s+and\s+", phrase) if p.strip()]
    for part in parts:
        found = _name_in(part)
        if found:
            people.append(found)
    return people, parts


def _marked(sentence: str) -> list[_Found]:
    """Names right before a position marker, wherever they stand: "... shows X (C) during ..."."""
    out = []
    for pattern in _position_markers():
        for m in pattern.finditer(sentence):
            before = _marker_break().split(sentence[: m.start()])[-1]
            words_before = before.split()
            # Only the name run that ends at the marker: "... 2022 shows Ukrainian President V. Z."
            found = _name_in(" ".join(words_before[-6:]))
            if found:
                out.append(found)
    return out


def _foreign(sentence: str) -> bool:
    """Whether the sentence is in another language than English (dpa, EFE, Europa Press)."""
    tokens = [t.lower() for t in _TOKEN.findall(sentence)]
    foreign = sum(t in _list("foreign_function_words") for t in tokens)
    return foreign >= 2 and foreign > sum(t in _list("english_function_words") for t in tokens)


def find_people(main: str) -> tuple[list[Person], list[str]]:
    """People shown in sentence 1, with the title or role given them, and organisations named there."""
    people: list[_Found] = []
    phrases: list[str] = []
    if _foreign(main):
        # "Caroline Kennedy, Tochter des ehemaligen US-Präsidenten, ...": a name opening the sentence.
        opening = re.match(r"^([^,]{3,60}),", main)
        found_name = _name_in(opening.group(1)) if opening else None
        people += [found_name] if found_name and found_name.description is None else []
    else:
        lead = _lead_in().match(main)
        if lead and (lead.group("verb") or "").islower():  # "... shows X"; not "... SHOWS X"
            found, seen = _objects(main[lead.end() :])
        else:
            found, seen = _subject(main[lead.end() :] if lead else main)
        people += found
        phrases += seen
        for m in _object_cues().finditer(main):
            found, seen = _objects(main[m.end() :])
            people += found
            phrases += seen
        for m in _subject_cues().finditer(main):
            found, seen = _subject(main[m.end() :])
            people += found
            phrases += seen
    people += _marked(main)

    merged: dict[str, Person] = {}
    for p in people:
        known = merged.get(p.name)
        if known is None or (known.description is None and p.description):
            merged[p.name] = Person(name=p.name, description=p.description)
    organisations = _organisations(phrases, set(merged))
    return list(merged.values()), organisations


def _organisations(phrases: list[str], people: set[str]) -> list[str]:
    """Organisations in the phrases that name who is shown: "Russian Army", "Adani Group"."""
    org = _list("org_words")
    out: list[str] = []
    for phrase in phrases:
        phrase = _titles().sub(" ", phrase)  # "Former Navy SEAL ...": a title, not an organisation
        for m in _org_run().finditer(phrase):
            run = m.group().strip()
            tokens = run.split()
            while tokens and (
                tokens[0].lower() in _list("determiners")
                or tokens[0].endswith(("'s", "’s"))
                or tokens[0].lower() in _list("title_modifiers")
            ):
                tokens.pop(0)
            while tokens and tokens[-1].lower() in _list("org_connectors"):
                tokens.pop()
            org_at = [i for i, t in enumerate(tokens) if t.lower().removesuffix("'s") in org]
            name = " ".join(tokens[: org_at[-1] + 1]) if org_at else ""  # "Adani Group", not its chairman
            if name and name not in people and name not in out and not _titles().fullmatch(name):
                out.append(name)
    return out
