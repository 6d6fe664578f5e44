"""The words the people reader reads a sentence with, per language: English, and English with another
language's determiners, conjunctions, prepositions and verbs (people.toml [language.*]) for a sentence in
that language ("El esloveno Tadej Pogacar gana ...", "Pedro Sánchez y Juan Espadas, en el mitin ...")."""

from __future__ import annotations

import itertools
import re
import string
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from .._gated import WordStarts
from .._regex import CaselessPattern, CaselessTriggers, CaselessWords, SpacedOpener, alternation, union
from .._rules import phrases, rules

__all__ = ["Vocabulary", "language_of", "vocabulary"]

# The "of" of a title's place or body, before a capital: "Mayor of London", "President of the European ...".
# "of" after a title, and Bulgarian's "на" ("Кметът на Пловдив Name": the Mayor of Plovdiv).
# And "for" before a minister's portfolio ("Minister for Foreign Affairs Penny Wong", "Secretary of State for
# Health Wes Streeting"), as Australia, Ireland, Britain and the Gulf write it.
_OF_NAME = re.compile(r"(?<= )(?:of(?: the)?|for|на)(?= [A-ZА-Я])")
_NON_LATIN = re.compile(r"[Ͱ-ӿ]")  # Greek and Cyrillic
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_WORD_RUN = re.compile(r"[\w'’]+")  # what a function word must be whole of (`_words_source`)


@dataclass(frozen=True)
class Vocabulary:
    lang: str
    english: bool
    contractions: frozenset[str]  # "al" of "al Quirinale": a preposition here, no particle of a name
    titles: CaselessWords
    demonyms: frozenset[str]
    determiners: frozenset[str]
    conjunctions: frozenset[str]
    conjunction_start: re.Pattern[str]
    conjunction_split: re.Pattern[str]
    verbs: re.Pattern[str]
    language_verbs: re.Pattern[str] | None  # the language's own, beside the English ones
    phrase_end: re.Pattern[str]
    object_end: re.Pattern[str]
    object_cues: WordStarts
    mononym_object_cues: re.Pattern[str]  # those whose object in one word is someone too
    foreign_object_cues: re.Pattern[str]  # other languages' ("conversa con"), one-word objects too
    foreign_object_triggers: CaselessTriggers  # one search for all, in any case
    subject_cues: re.Pattern[str]
    position_markers: tuple[SpacedOpener, ...]
    any_marker: SpacedOpener
    list_cues: re.Pattern[str]
    beside_cues: re.Pattern[str]
    depicted: re.Pattern[str]  # "Masks of ...": who is named is depicted, not there

    def verb(self, text: str) -> re.Match[str] | None:
        """The first verb ending a subject in TEXT."""
        # A verb's word opening a title that mask_titles joined ("board\x00member") is the title's, no verb.
        found = next(
            (
                m
                for m in self.verbs.finditer(text)
                if not text.startswith("\x00", m.end()) and not self._role_between_names(text, m)
            ),
            None,
        )
        if self.language_verbs is not None:
            own = self.language_verbs.search(text, 0, found.start() if found else len(text))
            found = own or found
        return found

    def _role_between_names(self, text: str, m: re.Match[str]) -> bool:
        """Whether a verb is a role here: "Denver Nuggets guard Jamal Murray" (a team, the role, a name)."""
        before = text[: m.start()].rsplit(maxsplit=1)  # its last word, without splitting all the text
        after = text[m.end() :].split(maxsplit=1)
        return bool(
            before
            and before[-1][:1].isupper()
            and after
            and after[0][:1].isupper()
            and self.titles.match(text, m.start())
        )

    def object_cue_matches(self, clause: str, limit: int) -> list[re.Match[str]]:
        """The object cues of a clause, in order, at most LIMIT; other languages' only where a trigger is."""
        found = list(itertools.islice(self.object_cues.finditer(clause), limit))
        if self.foreign_object_triggers.occurs(clause):
            found += itertools.islice(self.foreign_object_cues.finditer(clause), limit)
            found = sorted(found, key=lambda m: m.start())[:limit]
        return found

    def ends_with_title(self, text: str) -> bool:
        """Whether TEXT closes with a title or role: "... Chicago Bears cornerback"."""
        end = len(text.rstrip(" ,"))
        return any(m.end() == end for m in self.titles.finditer(text))

    def mask_titles(self, text: str, bodies: bool = False) -> str:
        """Titles holding a preposition ("Secretary of State") as one word, so "of" does not cut them, nor
        the "of" of a title's place or body ("Mayor of London Sadiq Khan", "Archbishop of Canterbury ...");
        BODIES: nor an organisation's ("Ministry of Defence spokesman ..."). The text keeps its length."""
        masked = self.titles.sub(lambda m: m.group().replace(" ", "\x00"), text)
        if " of " not in masked and " на " not in masked and " for " not in masked:
            return masked
        out = masked
        for m in _OF_NAME.finditer(masked):  # a title is the word before: no second scan of every title
            word = masked[masked.rfind(" ", 0, m.start() - 1) + 1 : m.start() - 1]
            # "Ministry of Defence spokesman Igor Konashenkov": a body's "of" holds as a title's does.
            if word and (
                self.titles.fullmatch(word.replace("\x00", " ")) or (bodies and word.lower() in _of_bodies())
            ):
                out = f"{out[: m.start() - 1]}\x00{m.group().replace(' ', chr(0))}{out[m.end() :]}"
        return out


@cache
def _of_bodies() -> frozenset[str]:
    """Nouns of bodies written with an "of" and their field or place: "Ministry of Defence", "University of
    Texas", "Department of Homeland Security"."""
    return _lower(rules("people")["org_words"])


def _lower(items: Iterable[str]) -> frozenset[str]:
    return frozenset(w.lower() for w in items)


@dataclass(frozen=True)
class _Shared:
    """The patterns every language reads with, compiled once."""

    titles: CaselessWords
    verbs: re.Pattern[str]
    prepositions: str  # the English ones, as an alternation to extend
    object_cues: WordStarts
    mononym_object_cues: re.Pattern[str]
    foreign_object_cues: re.Pattern[str]
    foreign_object_triggers: CaselessTriggers
    subject_cues: re.Pattern[str]
    position_markers: tuple[SpacedOpener, ...]
    any_marker: SpacedOpener
    list_cues: re.Pattern[str]
    beside_cues: re.Pattern[str]
    depicted: re.Pattern[str]


@cache
def _shared() -> _Shared:
    people = rules("people")
    kin = alternation({form for noun in people["kin_nouns"] for form in (noun, noun.capitalize())})
    object_cues = [*people["shown_object_cues"], rf"\b(?:{kin})\s+(?=[A-Z])"]
    depictions = alternation(people["depictions"])
    return _Shared(
        titles=_title_pattern(people["titles"]),
        verbs=_word_pattern(people["subject_ends_cased"]),
        prepositions=alternation(people["subject_prepositions_cased"]),
        # Each with its own case (RULES.md); searched from the characters before words (`WordStarts`).
        object_cues=WordStarts(re.compile(union(object_cues))),
        mononym_object_cues=re.compile(union(people["mononym_object_cues"])),
        foreign_object_cues=re.compile(union(people["foreign_object_cues"])),
        foreign_object_triggers=CaselessTriggers(people["foreign_object_cue_triggers"]),
        subject_cues=re.compile(union(people["shown_subject_cues"])),
        position_markers=tuple(SpacedOpener([p]) for p in people["position_markers"]),
        any_marker=SpacedOpener(people["position_markers"]),
        list_cues=re.compile(union(people["list_cues"])),
        beside_cues=re.compile(union(people["beside_cues"])),
        depicted=re.compile(rf"^(?:\S+\s+){{0,3}}?(?:{depictions})\s+of\b", re.IGNORECASE),
    )


def _title_pattern(items: Iterable[str]) -> CaselessWords:
    # Matched in any case: one spelling each, so that the longest title wins ("premier ministre" over
    # "Premier"; a trie of both spellings stops at the first branch that fits). Searched in the lower-cased
    # text, where the same pattern case-sensitively finds where it matches.
    titles = alternation({title.lower() for title in items})
    suffixes = phrases("people", "title_suffixes")
    # A title of one letter ("M.", Monsieur) before another initial is an initial: "M. K. Stalin".
    pattern = rf"(?<![\w-])(?:{titles})(?:-{suffixes})?(?![\w-])(?!(?<=\b[a-zA-Z]\.)\s+[a-zA-Z]\.)"
    return CaselessWords(re.compile(pattern, re.IGNORECASE), pattern)


def _word_pattern(items: Iterable[str]) -> re.Pattern[str]:
    return re.compile(rf"(?:{alternation(items, not_after=_WORD_OR_HYPHEN)})(?![\w-])")


_WORD_OR_HYPHEN = r"[\w-]"  # what may not stand right before a word


@cache
def vocabulary(lang: str) -> Vocabulary:
    """The vocabulary of a language code ("en", "es", ...); an unknown code reads as English."""
    people: dict[str, Any] = dict(rules("people"))
    extra: dict[str, list[str]] = people.get("language", {}).get(lang, {}) if lang != "en" else {}
    shared = _shared()
    particles = _lower(people["particles"])
    determiners = _lower(people["determiners"]) | _lower(extra.get("determiners", ()))
    conjunctions = _lower(people["conjunctions"]) | _lower(extra.get("conjunctions", ()))
    # A particle is no preposition ending a phrase ("Ursula von der Leyen", "Juan del Castillo").
    own = _lower(extra.get("prepositions_cased", ())) - particles - set(people["subject_prepositions_cased"])
    own |= frozenset(extra.get("contractions_cased", ()))
    own |= frozenset(extra.get("particle_prepositions_cased", ()))
    preps = shared.prepositions + (f"|{alternation(own)}" if own else "")
    # ... but one before a word in lower case, no particle, is a preposition: "Simpatizantes del presidente
    # Gustavo Petro" (not "Ursula von der Leyen").
    linking = _lower(extra.get("prepositions_cased", ())) & particles
    lower_word = rf"(?=\s+(?!(?:{alternation(particles)})\s)[a-zà-ÿ])"
    phrase_end = (
        rf"\s(?:(?:{preps})(?=\s)|(?:{alternation(linking)}){lower_word})"
        if linking
        else rf"\s(?:{preps})(?=\s)"
    )
    return Vocabulary(
        lang=lang,
        english=lang == "en",
        contractions=frozenset(extra.get("contractions_cased", ())),
        titles=_title_pattern([*people["titles"], *extra["titles"]])
        if extra.get("titles")
        else shared.titles,
        demonyms=frozenset(people["demonyms_cased"]),
        determiners=determiners,
        conjunctions=conjunctions,
        conjunction_start=re.compile(rf"^(?:{alternation(conjunctions)})\s+"),
        conjunction_split=re.compile(rf"\s+(?:{alternation(conjunctions)})\s+"),
        verbs=shared.verbs,
        language_verbs=_word_pattern(extra["verbs_cased"]) if extra.get("verbs_cased") else None,
        phrase_end=re.compile(phrase_end),
        # The object ends at a participle or a preposition: "greets X outside 10 Downing Street".
        object_end=re.compile(rf",?\s(?:[a-z]+ing|{preps})\s"),
        object_cues=shared.object_cues,
        mononym_object_cues=shared.mononym_object_cues,
        foreign_object_cues=shared.foreign_object_cues,
        foreign_object_triggers=shared.foreign_object_triggers,
        subject_cues=shared.subject_cues,
        position_markers=shared.position_markers,
        any_marker=shared.any_marker,
        list_cues=shared.list_cues,
        beside_cues=shared.beside_cues,
        depicted=shared.depicted,
    )


@cache
def _languages_of_words() -> dict[str, tuple[str, ...]]:
    """Each function word, with the languages it is one of."""
    languages = rules("people").get("language", {})
    out: dict[str, list[str]] = {}
    for lang, words in sorted(languages.items()):
        for word in _lower(words["function_words"]):
            out.setdefault(word, []).append(lang)
    return {word: tuple(langs) for word, langs in out.items()}


@cache
def _foreign_words() -> CaselessPattern:
    # One scan finds the other languages' function words; most sentences have fewer than two, and are
    # English without counting further.
    return CaselessPattern(_words_source(w for w in _languages_of_words() if not _NON_LATIN.search(w)))


@cache
def _non_latin_words() -> re.Pattern[str]:
    # Looked for only in a sentence with a Greek or Cyrillic letter: the Latin scan stays as short as it was.
    return _words_pattern(w for w in _languages_of_words() if _NON_LATIN.search(w))


def _words_pattern(items: Iterable[str]) -> re.Pattern[str]:
    return re.compile(_words_source(items), re.IGNORECASE)


def _words_source(items: Iterable[str]) -> str:
    return rf"(?<![\w'’])(?:{alternation(items)})(?![\w'’])"


@cache
def _ascii_forms() -> frozenset[str]:
    """Each lower-case ASCII spelling that a Latin function word matches case-blind: its own, and for a
    word with "ı" or "ſ" (which the engine matches to "i" and "s") those letters' ASCII forms ("arasinda"
    for "arasında"). A letter with no ASCII match leaves the word out."""
    return _ascii_spellings(w for w in _languages_of_words() if not _NON_LATIN.search(w))


@cache
def _ascii_english() -> frozenset[str]:
    return _ascii_spellings(rules("people")["english_function_words"])


def _ascii_spellings(words: Iterable[str]) -> frozenset[str]:
    words = tuple(words)
    letters = _ascii_matches("".join(sorted(set("".join(words)))))
    return frozenset("".join(s) for word in words for s in itertools.product(*(letters[c] for c in word)))


def _ascii_matches(chars: str) -> dict[str, tuple[str, ...]]:
    """The lower-case ASCII characters each of CHARS matches case-blind. An ASCII character matches its
    own cases; another matches ASCII only where the engine matches it to an ASCII letter ("ı", "ſ"), and
    which letters it matches the engine decides: one optional lookahead a character, each capturing where
    it matches, tried on every letter."""
    found = {c: {c.lower()} if c.isascii() else set() for c in chars}
    odd = "".join(c for c in chars if not c.isascii() and _ASCII_LETTER.fullmatch(c))
    if odd:
        probe = re.compile("".join(f"(?=({re.escape(c)}))?" for c in odd), re.IGNORECASE)
        for letter in string.ascii_letters:
            if (m := probe.match(letter)) is None:  # never: every lookahead is optional
                continue
            for char, group in zip(odd, m.groups(), strict=True):
                if group is not None:
                    found[char].add(letter.lower())
    return {c: tuple(sorted(found[c])) for c in chars}


_ASCII_LETTER = re.compile("[a-z]", re.IGNORECASE)


@cache
def _english_words() -> CaselessPattern:
    return CaselessPattern(_words_source(rules("people")["english_function_words"]))


def _function_words(sentence: str) -> tuple[list[str], Callable[[str], bool]]:
    """The other languages' function words in SENTENCE, in its order and as written, and the test of
    whether it holds an English one."""
    foreign = _foreign_words().findall(sentence)
    if _NON_LATIN.search(sentence):
        foreign += _non_latin_words().findall(sentence)
    return foreign, _english_words().occurs


def _ascii_function_words(sentence: str) -> tuple[list[str], Callable[[str], bool]]:
    """`_function_words` of an ASCII sentence, in lower case, from one pass for its words looked up in a
    set: a function word matches only a whole run of word characters and apostrophes (`_words_source`),
    and in ASCII text its case-blind matches are its `_ascii_forms`. A fifth of the case-blind trie's cost."""
    runs = _WORD_RUN.findall(sentence.lower())  # ASCII: lower-casing changes no character's class
    forms = _ascii_forms()
    english = not _ascii_english().isdisjoint(runs)
    return [run for run in runs if run in forms], lambda _: english


# A sentence of at least this many words and no English function word is told by one word of another language.
_LONE_WORD_SENTENCE = 6


@lru_cache(maxsize=4096)
def language_of(sentence: str) -> str:
    """The language of a sentence by its function words: "en" unless another language has two or more and
    more than English has, or one where English has none in a sentence of several words ("Presidentti
    Alexander Stubb ja puoliso Suzanne Innes-Stubb itsenäisyyspäivän vastaanotolla ...")."""
    foreign, has_english = (
        _ascii_function_words(sentence) if sentence.isascii() else _function_words(sentence)
    )
    if not foreign:
        return "en"
    least = 2
    if len(foreign) == 1:
        if has_english(sentence) or len(_WORD.findall(sentence)) < _LONE_WORD_SENTENCE:
            return "en"
        least = 1
    languages = _languages_of_words()
    counts: dict[str, int] = {}
    for token in foreign:
        for lang in languages.get(token.lower(), ()):  # "İ".lower() is two letters, in no list
            counts[lang] = counts.get(lang, 0) + 1
    english = _lower(rules("people")["english_function_words"])
    best, best_count = "en", sum(t.lower() in english for t in _WORD.findall(sentence))
    for lang, count in sorted(counts.items()):
        if count >= least and count > best_count:
            best, best_count = lang, count
    return best
