"""People shown besides the subject: objects of "shows" and "with", position markers, lists, "beside"."""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from functools import cache

from ..._regex import CaselessTriggers, SpacedOpener, alternation, union
from ..._rules import phrases, rules, words
from .._names import (
    is_given_name,
    is_person_name,
    known_name,
    people_words,
)
from .._vocabulary import Vocabulary, vocabulary
from ._name import _TAG, _Found, _has_marker, _name_in, _strip_markers
from ._subject import _NAME_AHEAD, _conjuncts, _noun_phrase, _one_word_name

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


# One word written as a name is ("Zendaya", "Jean-Michel"); not a party's tag ("D-Calif.").
_ONE_WORD = re.compile(r"[^\W\d_]{2,}(?:-[^\W\d_]{2,})*")


_BRACKETED_MARKER = r"(?i)\s*\("  # how a position marker in parentheses opens (people.toml)


@cache
def _list_hint() -> CaselessTriggers:
    return CaselessTriggers(rules("people")["list_cue_triggers"])


@cache
def _marker_break() -> re.Pattern[str]:
    return re.compile(rf",|;|\b{phrases('people', 'marker_breaks_cased')}\b")


# Present participles of French, Spanish, Portuguese and Italian, which end an object as "-ing" does in
# English: "montre le sélectionneur Aimé Jacquet célébrant la victoire", "muestra a Name celebrando".
_PARTICIPLE = re.compile(r"\s[a-zà-ÿ]{3,}(?:ant|ando|iendo|endo)\s")


def _object_phrase(text: str, v: Vocabulary, cued: bool = False) -> str:
    """The object up to its next participle or preposition (see `_object_phrase_to`); in other languages, to
    their participles too."""
    phrase = _object_phrase_to(text, v, cued)
    if not v.english:
        cut = _PARTICIPLE.search(phrase)
        phrase = phrase[: cut.start()] if cut else phrase
    return phrase


def _object_phrase_to(text: str, v: Vocabulary, cued: bool = False) -> str:
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
        joiner = cut.group().strip(", ")
        if joiner in _title_joiners() and _NAME_AHEAD.match(masked, cut.end()):
            last = head.rsplit(" ", 1)[-1].replace("\x00", " ")
            if v.titles.fullmatch(last):
                pos = cut.end()  # "com o defesa do FC Porto Jan Bednarek": the title's body
                continue
        if not (joiner == "of" and _NAME_AHEAD.match(masked, cut.end())):
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
    kin_before: str | None = None  # "with her father," then his name between commas
    for part in parts:
        named = [p for p in _conjuncts(part.strip(), v, cued) if p]
        if not named:
            phrase = _noun_phrase(part.strip(), v.lang).text  # "Kim Jong Un empfangen worden": to the verb
            # Cued only as a whole part: "celebrates with Inter Miami fans" names no one.
            named = [p for p in _conjuncts(phrase, v, False) if p] if phrase else []
            word = phrase.strip(" .")
            if not named and one_word and word and _one_word_name(word):
                named = [_Found(word, None, doubtful=not is_given_name(word))]
            if not named and kin_before and word and is_given_name(word) and _one_word_name(word):
                named = [_Found(word, kin_before)]  # "pictured with her father, Mark, ...": the kin's name
            owned = _OWNED_ONE.search(phrase) if not named and phrase else None
            if owned and _one_word_name(owned.group(1)):
                # "vies for the ball with Brazil's Casemiro"
                named = [_Found(owned.group(1), None, doubtful=not is_given_name(owned.group(1)))]
        kin_before = (
            part.strip() if part.strip().rsplit(" ", 1)[-1].lower() in people_words("kin_nouns") else None
        )
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


@cache
def _title_joiners() -> frozenset[str]:
    return words("people", "title_place_joiners_cased")


@cache
def _window_prepositions() -> frozenset[str]:
    return words("people", "subject_prepositions_cased")


@cache
def _italian_markers() -> tuple[SpacedOpener, ...]:
    return tuple(SpacedOpener([p]) for p in rules("people")["italian_position_markers"])


@cache
def _german_markers() -> tuple[SpacedOpener, ...]:
    return tuple(SpacedOpener([p]) for p in rules("people")["german_position_markers"])


# A comma, then an age: "Sofia, 6,", "Valentina, de 7 años,". The kin and the name are read back from it.
_AGE_AFTER_COMMA = re.compile(r",\s*(?:de\s+)?\d{1,2}(?!\d)")


# A kin's given name: "Sofia", "Aïcha", "Jean-Luc".
_KIN_NAME = re.compile(r"[A-ZÀ-ÖØ-Þ][^\W\d_]+(?:-[A-ZÀ-ÖØ-Þ][^\W\d_]+)?")


# The characters before the age read for the possessive, the kin noun, the name and a few words before.
_KIN_SPAN = 90


# Words before a kin noun read for a sign that the kin is not in the frame.
_KIN_BEFORE_WORDS = 4


@cache
def _age_close() -> re.Pattern[str]:
    """What closes an age: its word if any ("5 ans", "de 7 años"), then a comma, a stop or the end."""
    return re.compile(rf"(?:\s+{phrases('people', 'kin_age_words')})?(?=\s*[,.;)]|\s*$)")


def _named_aged(sentence: str) -> list[_Found]:
    """People named in full with an age after them anywhere in the sentence ("as resident Maria Lopez, 62,
    watches", "a sketch of Darren Hale, 41, appearing in court"): an age is given to someone in the frame; not
    to the dead nor to someone in a picture held up (as with kin). The name needs a known given name."""
    found: list[_Found] = []
    for age in _AGE_AFTER_COMMA.finditer(sentence):
        if _age_close().match(sentence, age.end()) is None:
            continue  # "Brazil, 15 November 2018": a date, no age
        before = sentence[max(0, age.start() - _KIN_SPAN) : age.start()].split()
        run = list(itertools.takewhile(_KIN_NAME.fullmatch, reversed(before)))[::-1]  # the whole name
        after = " ".join(re.findall(r"\w+", sentence[age.end() : age.end() + 40].lower())) + " "
        ahead = before[: len(before) - len(run)][-_KIN_BEFORE_WORDS:]
        if (
            len(run) < _FULL_NAME_WORDS
            or after.startswith(tuple(f"{w} " for w in people_words("kin_absent_after")))
            or people_words("kin_absent_before").intersection(w.lower().strip(",.") for w in ahead)
        ):
            continue
        named = _name_in(" ".join(run))  # "Hajj Mohammed Abu Khalil": the title is no part of it
        if named and known_name(named.name.split()) and is_person_name(named.name):
            found.append(_Found(named.name, None))
    return found


_FULL_NAME_WORDS = 2


def _kin_aged(sentence: str) -> list[_Found]:
    """Kin named by a given name with an age after it ("hugs her daughter Sofia, 6, on the pier"): someone in
    the frame, even where the name is a place's too (Sofia) or no cue says whom the verb takes ("holds his
    son Liam, 3,"); not a kin in a picture held up, nor one who died. Read back from each age, which few
    sentences hold: a scan of the sentence for kin nouns cost more. A second kin joined to the first by a
    conjunction after its age is kin too ("with daughters Isla, 4, and Ruby, 2,")."""
    found: list[_Found] = []
    kin_age_end = -1  # where the age of the last kin read closes
    for age in _AGE_AFTER_COMMA.finditer(sentence):
        close = _age_close().match(sentence, age.end())
        if close is None:
            continue  # "Brazil, 15 November 2018": a date, no age
        before = sentence[max(0, age.start() - _KIN_SPAN) : age.start()].split()
        joined = _joined_kin(sentence[kin_age_end : age.start()]) if kin_age_end >= 0 else None
        if joined is not None:
            found.append(replace(joined, description=found[-1].description))
            kin_age_end = close.end()
            continue
        if len(before) < 2 or before[-2].lower() not in people_words("kin_nouns"):
            continue
        name = before[-1]
        owned = len(before) > 2 and before[-3].lower() in people_words("kin_possessives")
        kin_words = before[-3:-1] if owned else before[-2:-1]
        ahead = before[: len(before) - len(kin_words) - 1][-_KIN_BEFORE_WORDS:]
        after = " ".join(re.findall(r"\w+", sentence[age.end() : age.end() + 40].lower())) + " "
        if people_words("kin_absent_before").intersection(
            w.lower().strip(",.") for w in ahead
        ) or after.startswith(tuple(f"{w} " for w in people_words("kin_absent_after"))):
            continue
        if _KIN_NAME.fullmatch(name) and (is_given_name(name) or _one_word_name(name)):
            # "her son Ohio" is no one; "Sofia" is a given name before it is a town
            found.append(_Found(name, " ".join(kin_words)))
            kin_age_end = close.end()
    return found


@cache
def _kin_joint() -> re.Pattern[str]:
    """A comma, a conjunction and a given name, all that stands between a kin's age and the next age: ", and
    Ruby" of "daughters Isla, 4, and Ruby, 2"."""
    return re.compile(rf",?\s+{phrases('people', 'conjunctions')}\s+({_KIN_NAME.pattern})\s*")


def _joined_kin(between: str) -> _Found | None:
    joint = _kin_joint().fullmatch(between)
    if joint is None or not is_given_name(joint.group(1)):
        return None
    return _Found(joint.group(1), None)


# A given name alone between commas: ", Rick,". Its literal opening lets the engine skip to each comma.
_APPOSED_NAME = re.compile(rf", ({_KIN_NAME.pattern}),")


def _kin_apposed(sentence: str) -> list[_Found]:
    """Kin named by a given name alone between commas after a possessive and the kin noun ("Cody Hansen, left,
    and his father, Rick, sort strawberries"): someone in the frame; not one a word before says is in a
    picture held up or dead ("holds a photo of her late husband, Tom,"). Read back from each name between
    commas, which few sentences hold: a scan of the sentence for possessives cost more."""
    found: list[_Found] = []
    for m in _APPOSED_NAME.finditer(sentence):
        before = sentence[max(0, m.start() - _KIN_SPAN) : m.start()].split()
        if (
            len(before) < 2
            or before[-1].lower() not in people_words("kin_nouns")
            or before[-2].lower() not in people_words("kin_possessives")
        ):
            continue
        ahead = before[:-2][-_KIN_BEFORE_WORDS:]
        after = " ".join(re.findall(r"\w+", sentence[m.end() : m.end() + 40].lower())) + " "
        if people_words("kin_absent_before").intersection(
            w.lower().strip(",.") for w in ahead
        ) or after.startswith(tuple(f"{w} " for w in people_words("kin_absent_after"))):
            continue
        if is_given_name(m.group(1)):
            found.append(_Found(m.group(1), " ".join(before[-2:])))
    return found


def _marked(sentence: str, lang: str = "en") -> list[_Found]:
    """Names right before a position marker, wherever they stand: "... shows X (C) during ..."; LANG: the
    sentence's language, where it has markers of its own ("con il danese Jonas Vingegaard (S)")."""
    out: list[_Found] = []
    bracketed = "(" in sentence
    own = _italian_markers() if lang == "it" and bracketed else ()
    # dpa's "(M)", Mitte; English-language African and South Asian captions write it for the middle too
    # ("President Name (M) with ... (L)").
    own = _german_markers() if lang in ("de", "en") and bracketed else own
    if not _has_marker(sentence) and not any(next(pattern.finditer(sentence), None) for pattern in own):
        return out  # no marker at all (most sentences): one search of the markers' union, not one each
    for pattern in (*vocabulary("en").position_markers, *own):
        if not bracketed and pattern.pattern.startswith(_BRACKETED_MARKER):
            continue  # "(C)", "(2nd from R)": no parenthesis, no scan
        for m in pattern.finditer(sentence):
            before = _marker_break().split(sentence[: m.start()])[-1]
            words_before = _TAG.sub("", before).split()
            # Only the name run that ends at the marker: "... 2022 shows Ukrainian President V. Z."
            window = words_before[-6:]
            while window and window[0] in _window_prepositions():
                window.pop(0)  # "by Monaco's Ivorian defender Wilfried Singo (R)": no part of his role
            found = _name_in(" ".join(window), "en", True)
            alone = words_before[0] if len(words_before) == 1 else ""
            if found is None and _ONE_WORD.fullmatch(alone) and _one_word_name(alone):
                # "Zendaya, left, Timothée Chalamet, center, and ...": one word alone before a marker is
                # someone known by one name.
                found = _Found(alone, None, one_word=True, doubtful=not is_given_name(alone))
            if found:
                out.append(replace(found, windowed=True))
                # "Luigi Mangione, center, with his lawyers Karen Friedman Agnifilo and Marc Agnifilo":
                # whom the one placed is shown with stands there too.
                with_word = _with_after().match(sentence, m.end())
                if with_word:
                    # ... read in the sentence's language: "(C) con il premier X e ... Y al Quirinale".
                    out += _objects(_TAG.sub("", sentence[with_word.end() :]), vocabulary(lang))[0]
    return out


_STOP_THEN_LOWER = re.compile(r"(?<=\w\w)\.\s+(?=[a-zà-ÿ])")


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
        # ... and at its sentence's stop, a word in lower case after it: "Na slici: Sandro Kulenović i Marko
        # Livaja. foto HINA/ ..." (a credit's label in lower case).
        stop = _STOP_THEN_LOWER.search(listed)
        listed = listed[: stop.start()] if stop else listed
        found_in: list[_Found | None] = []
        for part in re.split(rf"[;,]\s*|\s+and\s+|{v.conjunction_split.pattern}", listed):
            phrase = _noun_phrase(part.strip(), v.lang).text
            found_in.append(_name_in(phrase, v.lang, True) if phrase else None)
            if found_in[-1] is None and phrase and _ONE_WORD.fullmatch(phrase) and _one_word_name(phrase):
                # "(L-R) Zendaya, Tom Holland and Jacob Elordi attend": one word in a list of the people
                # shown is someone known by one name, if a name follows it in the list.
                found_in[-1] = _Found(phrase, None, one_word=True, doubtful=not is_given_name(phrase))
        last = max((i for i, f in enumerate(found_in) if f and not f.one_word), default=-1)
        out += [f for i, f in enumerate(found_in) if f and (i < last or not f.one_word)]
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


# The subject of a later sentence is a noun phrase of a few words before its predicate.
_PLACED_SUBJECT_CHARS = 90


@cache
def _placed_predicate() -> re.Pattern[str]:
    return re.compile(rf" {phrases('people', 'placed_predicates_cased')}\b")


def _placed_subject(sentence: str) -> list[_Found]:
    """ "Chancellor of the Exchequer Rachel Reeves listens at right.": a later sentence's subject that its
    predicate places in the frame."""
    m = _placed_predicate().search(sentence, 0, _PLACED_SUBJECT_CHARS + 40)
    if not m or m.start() > _PLACED_SUBJECT_CHARS or any(c in sentence[: m.start()] for c in ",;:()"):
        return []
    found = _name_in(sentence[: m.start()], "en", True)
    return [found] if found else []
