"""Landmarks a caption names bare after a preposition, with no facility word to say they are places: "at
Qasr Al Watan", "al Quirinale", "do Mineirão", "til Christiansborg", "i bPáirc an Chrócaigh". Only the
gazetteer's curated landmarks count, so a name is taken only where the lookup knows it."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import cache
from typing import TYPE_CHECKING

from ..._regex import alternation
from ..._rules import rules, words
from .._vocabulary import vocabulary
from ._sub import after_event_name, is_facility, named_facility
from ._weak import uninflected
from ._words import _calendar_words, _demonyms

if TYPE_CHECKING:
    from ._lookup import PlaceLookup

__all__ = [
    "known_landmark",
    "landmark_before_its_noun",
    "landmark_subject",
    "named_landform",
    "nordic_named_place",
    "unknown_landmark_subject",
]

# At most this many words make a landmark's name ("Palacio de La Moneda", "Páirc an Chrócaigh").
_MAX_WORDS = 5
# A word ending in a period this long or shorter is an abbreviation ("St.", "U.S."), no sentence's end.
_MAX_ABBREVIATION = 4
# A Nordic noun in its definite form, written in lower case, that names one building: "i riksdagen".
_DEFINITE_NOUN = re.compile(r"[a-zåäöæø]{4,}(?:en|et)")
# Irish mutates a name's first letter after "i" and "ar": "i bPáirc an Chrócaigh" (Páirc), "i gCorcaigh".
_IRISH_ECLIPSIS = re.compile(r"^(?:bh|[bdghmnt])(?=[A-ZÁÉÍÓÚ])")


@cache
def _after_preposition() -> re.Pattern[str]:
    place = rules("place")
    connectors = alternation([*place["proper_name_connectors_cased"], "an", "na"])
    # Portuguese "o" besides the articles a place phrase may open with: "no Maracanã" ("do" holds its own).
    # A possessive too: "at his Mar-a-Lago estate".
    articles = alternation(
        [*place["leading_articles_cased"], *place["sublocation_articles_cased"], "o", "his", "her", "their"]
    )
    # The verbs whose object a landmark is ("Snow covers the Colosseum") in the same scan as the prepositions.
    opener = f"(?-i:{alternation([*words('place', 'landmark_prepositions_cased'), *_object_verbs()])})"
    word = r"(?:bh|[bdghmnt])?[A-ZÀ-Þ][\w'’.-]*"
    # "Ángel de la Independencia": up to two connectors between words.
    name = rf"{word}(?:\s+(?:(?-i:{connectors})\s+){{0,2}}{word}){{0,{_MAX_WORDS - 1}}}"
    return re.compile(
        rf"(?<![\w'’-])(?P<opener>{opener})\s+(?:(?-i:{articles})\s+)?"
        rf"(?P<name>{name}|{_DEFINITE_NOUN.pattern}\b)"
    )


def known_landmark(text: str, lookup: PlaceLookup, read: Sequence[str] = ()) -> str | None:
    """The first landmark the gazetteer knows that TEXT names after a preposition, as written (its longest
    known run of capitalised words), skipping the towns and divisions already READ."""
    done = {r.casefold() for r in read if r}
    if subject := _landmark_subject(text, lookup, done) or _landmark_standing(text, lookup, done):
        return subject  # "The Colosseum is illuminated in red in Rome": the subject, in the passive, is shown
    for m in _openings(text):
        if after_event_name(text[: m.end("opener")]):
            continue  # "la Festa della Repubblica": the event's name, no place
        if m.group("opener") in _object_verbs():
            if object_named := _landmark_object(text, m, lookup, done):
                return object_named
            continue
        written = _IRISH_ECLIPSIS.sub("", m.group("name"))
        if written[:1].islower():
            if lookup.landmark(written) is not None:
                return written  # "i riksdagen"
            continue
        names = _to_sentence_end(written.split())
        # "on June 5" is the date; "i bPáirc an Chrócaigh Dé Sathairn" a place, then the day.
        names = next((names[:i] for i in range(len(names)) if _is_calendar(names[i:])), names)
        if not names:
            continue
        for n in range(len(names), 0, -1):
            name = " ".join(names[:n])
            if name.casefold() in done:
                break  # "in Rome": the town itself
            if n < len(names) and is_facility(" ".join(names[: n + 1])):
                break  # "on Westminster Bridge": a place of its own, named after a landmark
            if lookup.landmark(name) is not None:
                return name  # "i bPáirc an Chrócaigh Dé Sathairn": the place, then the day
        if len(names) == 1 and m.group("opener") in words("place", "case_prepositions_cased"):
            # "na Poljudu": a name in the locative after a Slavic preposition, given in the nominative.
            forms = uninflected(names[0], _slavic_endings())
            if found := next((form for form in forms if lookup.landmark(form) is not None), None):
                return found
    return None


def landmark_subject(text: str, lookup: PlaceLookup, read: Sequence[str] = ()) -> str | None:
    """A landmark the gazetteer knows that opens TEXT as the subject of a verb in the passive or of standing
    ("Big Ben is seen behind ...", "Hagia Sophia rises behind ..."), none of the towns and divisions READ."""
    done = {r.casefold() for r in read if r}
    return _landmark_subject(text, lookup, done) or _landmark_standing(text, lookup, done)


def _openings(text: str) -> Iterator[re.Match[str]]:
    """Each preposition and the name after it, and again each preposition inside that name: "Sergio
    Mattarella al Quirinale" is a run of names joined by "al" after "della", and "al" opens a place."""
    pattern = _after_preposition()
    m = pattern.search(text)
    while m:
        yield m
        m = pattern.search(text, m.start("name"))


def named_landform(text: str, lookup: PlaceLookup, read: Sequence[str] = ()) -> str | None:
    """The first landform, water, beach or viewpoint TEXT names by its shape, where the gazetteer need not
    know it: a capitalised run opened by a landform's word ("Pico do Areeiro", "Danau Toba"), or after a
    preposition one word with a landform's ending glued on ("við Seljalandsfoss") or a name closed by an
    English landform noun ("from Bob's Peak"). No town, division or country the gazetteer knows, nor one
    already READ."""
    done = {r.casefold() for r in read if r}
    found: list[tuple[int, str]] = []
    # The head words first, as plain words: the pattern opens with a lookbehind, tried at every letter.
    heads = _landform_heads().search(text) is not None
    if heads and (headed := _headed_landform().search(text)) is not None:
        names = _to_sentence_end(headed.group("name").split())
        names = next((names[:i] for i in range(1, len(names)) if _is_calendar(names[i:])), names)
        while names and names[-1] in _connector_words():
            names = names[:-1]
        found.append((headed.start(), " ".join(names)))
    # Most captions have no landform's ending; the preposition pattern is dearer.
    if _landform_tail().search(text) is not None:
        suffixes = _landform_suffixes()
        ends = frozenset(words("place", "landform_name_ends_cased"))
        for m in _after_preposition().finditer(text):
            names = _to_sentence_end(m.group("name").split())
            last = next(
                (
                    i
                    for i, word in enumerate(names)
                    if (i > 0 and word in ends)
                    or (i == 0 and len(names) == 1 and _glued_landform(word, suffixes))
                ),
                None,
            )
            if last is not None:
                found.append((m.start("name"), " ".join(names[: last + 1])))
                break
    for _, name in sorted(found):
        shaped = " " in name or _glued_landform(name, _landform_suffixes())
        if shaped and name.casefold() not in done and not lookup.classify(name):
            return name
    return None


def nordic_named_place(text: str) -> str | None:
    """A place named as Nordic languages write it, a capitalised adjective and a noun in its definite form
    in lower case, or a compound ending in that noun, after a Nordic preposition: "på Stora torget i
    Enköping" → "Stora torget", "på Stortorget i Gamla stan" → "Stortorget"; or a name after a noun that
    says what it is: "från rymdbasen Esrange" → "Esrange"."""
    if _nordic_noun().search(text) is None:  # most captions have none; the full pattern is dearer
        return None
    m = _nordic_place().search(text)
    return (m.group("name") or m.group("apposed")) if m else None


@cache
def _nordic_noun() -> re.Pattern[str]:
    apposed = alternation(words("place", "nordic_apposed_endings_cased"))
    nouns = alternation(words("place", "nordic_definite_places_cased"))
    return re.compile(rf" (?:{nouns})\b|(?:{apposed}) [A-ZÅÄÖÆØ]")


@cache
def _nordic_place() -> re.Pattern[str]:
    nouns = alternation(words("place", "nordic_definite_places_cased"))
    apposed = alternation(words("place", "nordic_apposed_endings_cased"))
    prepositions = alternation(words("place", "nordic_place_prepositions_cased"))
    # "på Stortorget i Gamla stan": a compound with the noun glued on is a name too, and the first wins.
    return re.compile(
        rf"(?<![\w'’-])(?:{prepositions}) "
        rf"(?:(?P<name>[A-ZÅÄÖÆØ][\w-]+ (?:{nouns})|[A-ZÅÄÖÆØ][\w-]+?(?:{nouns}))\b"
        rf"|[a-zåäöæø]*(?:{apposed}) (?P<apposed>[A-ZÅÄÖÆØ][\w-]+(?: [A-ZÅÄÖÆØ][\w-]+)?)(?![\w-]))"
    )


def _glued_landform(word: str, suffixes: tuple[str, ...]) -> bool:
    """ "Seljalandsfoss", "Titisee": a capitalised word ending in a landform's noun, three letters longer."""
    lower = word.lower()
    return word[:1].isupper() and any(lower.endswith(s) and len(lower) > len(s) + 2 for s in suffixes)


@cache
def _landform_suffixes() -> tuple[str, ...]:
    return tuple(words("place", "landform_name_suffixes"))


@cache
def _connector_words() -> frozenset[str]:
    return frozenset(rules("place")["proper_name_connectors_cased"])


@cache
def _landform_tail() -> re.Pattern[str]:
    """Whether a text may hold a glued landform or an English landform noun at a word's end."""
    ends = [*words("place", "landform_name_suffixes"), *words("place", "landform_name_ends_cased")]
    return re.compile(rf"(?:{alternation(ends)})\b")  # as written: glued endings in lower case


@cache
def _landform_heads() -> re.Pattern[str]:
    heads = [*words("place", "landform_name_heads_cased"), *words("place", "landform_name_heads_of_cased")]
    return re.compile(alternation(heads))


@cache
def _headed_landform() -> re.Pattern[str]:
    place = rules("place")
    heads = alternation(place["landform_name_heads_cased"])
    heads_of = alternation(place["landform_name_heads_of_cased"])
    connectors = alternation(place["proper_name_connectors_cased"])
    word = r"[A-ZÀ-Þ][\w'’-]*"
    return re.compile(
        rf"(?<![\w'’.-])(?P<name>(?:{heads})(?:\s+{word}){{1,3}}"
        rf"|(?:{heads_of})(?:\s+(?:(?:{connectors})\s+){{0,2}}{word}){{1,3}})"
    )


@cache
def _before_noun() -> re.Pattern[str]:
    nouns = alternation(rules("place")["facilities"])
    return re.compile(
        rf"(?<![\w'’.-])(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,3}})\s+(?P<noun>{nouns})\b"
    )


def landmark_before_its_noun(text: str, lookup: PlaceLookup) -> str | None:
    """A landmark the gazetteer knows, named with its place noun in lower case and no preposition before it,
    as a verb's object: "Fireworks light up San Siro stadium during ..." → "San Siro stadium"."""
    if _facility_word_lower().search(text) is None:
        return None
    for m in _before_noun().finditer(text):
        name = m.group("name")
        if lookup.landmark(name) is not None or lookup.landmark(m.group()) is not None:
            return m.group()
    return None


def _landmark_subject(text: str, lookup: PlaceLookup, done: set[str]) -> str | None:
    """A landmark the gazetteer knows, or a named landform, that opens TEXT as the subject of a verb in the
    passive ("The Colosseum is illuminated ...", "Mount Fuji is seen ..."): the picture shows it."""
    m = _passive_subject().match(text)
    if m is None:
        return None
    names = m.group("name").split()
    for n in range(len(names), 0, -1):
        name = " ".join(names[:n])
        if name.casefold() in done:
            return None  # "Kyiv is seen ...": the town itself
        if lookup.landmark(name) is not None:
            return name
        if (
            n > 1
            and names[0] in words("place", "landform_heads_cased")
            and "city" not in lookup.classify(name)
        ):
            return name  # "Mount Fuji is seen covered with snow from Fujiyoshida": a named landform, no town
    return None


def _landmark_standing(text: str, lookup: PlaceLookup, done: set[str]) -> str | None:
    """A landmark the gazetteer knows, the whole name opening TEXT as the subject of a verb of standing or
    shining ("The Kremlin stands under fresh snow", "Hagia Sophia rises behind ..."): the picture shows it."""
    m = _standing_subject().match(text)
    if m is None:
        return None
    name = m.group("name")
    if name.casefold() in done:
        return None
    # "Sydney Opera House glows during Vivid": a name closed by its own place noun, in Title Case, stands
    # as only a place does, known or not.
    if lookup.landmark(name) is not None:
        return name
    # Not "sits", "stands": "Manchester United Football Club sits top of the table" is a club.
    lit = m.group("verb") in words("place", "building_stance_verbs_cased")
    # A name and its noun, not a noun alone: "Office towers of Frankfurt's banking district" are buildings.
    if lit and " " in name and named_facility(name):
        return name
    return name if lit and unknown_landmark_subject(text, lookup) == name else None


@cache
def _subject_name() -> str:
    """The pattern of a name opening a sentence as its subject: up to _MAX_WORDS capitalised words, joined by
    connectors ("Church of the Holy Sepulchre")."""
    connectors = alternation(rules("place")["proper_name_connectors_cased"])
    word = r"[A-ZÀ-Þ][\w'’.-]*+"  # possessive: white space follows every word, never one of its letters
    return rf"{word}(?:\s+(?:(?:{connectors})\s+)?{word}){{0,{_MAX_WORDS - 1}}}"


@cache
def _towering_subject() -> re.Pattern[str]:
    verb = alternation(words("place", "building_stance_verbs_cased"))
    return re.compile(rf"The (?P<name>{_subject_name()})\s+(?:{verb})\s+(?:over|above|behind|against)\s")


def unknown_landmark_subject(text: str, lookup: PlaceLookup) -> str | None:
    """A name the gazetteer does not know, after "The", opening TEXT as the subject of a verb only a building
    does, before where it stands: "The Sagrada Familia towers over the rooftops of Barcelona". No town,
    division, country, people or title ("The Dutchman towers over ..."): read, and flagged, as a guess."""
    m = _towering_subject().match(text)
    if m is None:
        return None
    name = m.group("name")
    # A town bears the name of many a landmark ("Sagrada Família", a district): after "The", towering, it is
    # the building. A division or a country is none.
    kinds = lookup.classify(name)
    if (
        lookup.landmark(name) is not None
        or (kinds and kinds != ("city",))
        or lookup.country(name) is not None
        or name.split()[0] in _demonyms()
        or name.endswith(("man", "woman"))  # "The Dutchman towers over his rival"
        or vocabulary("en").titles.match(name)
    ):
        return None
    return name


def _landmark_object(text: str, m: re.Match[str], lookup: PlaceLookup, done: set[str]) -> str | None:
    """A landmark the gazetteer knows, named bare as the object of a verb of the picture M opens ("Snow covers
    the Colosseum in Rome", "Protesters ring the Knesset"): the whole run of capitalised words, ending its
    clause or followed by a preposition ("the Knesset speaker" is a person, "the Acropolis Museum" another
    place)."""
    names = _to_sentence_end(m.group("name").split())
    name = " ".join(names)
    ended = name.endswith(".") or _object_follower().match(text, m.end("name")) is not None
    if not ended or name.casefold() in done:
        return None
    name = name.rstrip(".") if len(names[-1]) > _MAX_ABBREVIATION else name
    return name if lookup.landmark(name) is not None else None


@cache
def _object_verbs() -> frozenset[str]:
    """Verbs whose bare object may be a known landmark; those already among the prepositions ("visits")
    keep the prepositions' reading."""
    verbs = [*words("place", "object_place_verbs_cased"), *words("place", "landmark_object_verbs_cased")]
    return frozenset(verbs) - frozenset(words("place", "landmark_prepositions_cased"))


@cache
def _object_follower() -> re.Pattern[str]:
    followers = alternation(words("place", "landmark_object_followers_cased"))
    return re.compile(rf"\s*(?:[.;,:)]|$)|\s+(?:{followers})\s")


@cache
def _standing_subject() -> re.Pattern[str]:
    verb = alternation(words("place", "landmark_stance_verbs_cased"))
    return re.compile(rf"(?:The )?(?P<name>{_subject_name()})\s+(?P<verb>{verb})\b")


@cache
def _facility_word_lower() -> re.Pattern[str]:
    return re.compile(rf"\s(?-i:{alternation(rules('place')['facilities'])})\b")


@cache
def _passive_subject() -> re.Pattern[str]:
    verb = alternation(words("place", "shown_verbs_cased"))
    return re.compile(rf"(?:The )?(?P<name>{_subject_name()})\s+(?:is|are|was|were)\s+(?:[a-z]+ed|{verb})\b")


def _is_calendar(words_on: list[str]) -> bool:
    """Whether the words open with a weekday or month name, of one word or two ("Dé Sathairn")."""
    calendar = _calendar_words()
    return words_on[0].lower() in calendar or " ".join(words_on[:2]).lower() in calendar


def _to_sentence_end(names: list[str]) -> list[str]:
    """The words of a name up to one that ends a sentence ("Christiansborg. Folketinget ..."), a short
    abbreviation ("St.", "U.S.") going on."""
    for i, word in enumerate(names):
        if word.endswith(".") and len(word) > _MAX_ABBREVIATION:
            names = names[: i + 1]
            break
    names[-1] = names[-1].rstrip(".")
    return names


@cache
def _slavic_endings() -> tuple[tuple[str, tuple[str, ...]], ...]:
    table = rules("place")["slavic_locative_case_endings"]
    return tuple(sorted(((k, tuple(v)) for k, v in table.items()), key=lambda kv: -len(kv[0])))
