"""People named in Arabic script: a title, then a name of two to five words."""

from __future__ import annotations

import re
from functools import cache

from ..._regex import alternation
from ..._rules import words
from .._place._scripts import is_country_in_script
from ._name import _Found

_ARABIC = re.compile(r"[\u0600-\u06ff]")


# An Arabic name after its title is two to seven words ("عبد الفتاح السيسي", "محمد بن زايد آل نهيان",
# "خالد بن محمد بن زايد آل نهيان").
_ARABIC_NAME_WORDS = (2, 7)


@cache
def _arabic_titles() -> re.Pattern[str]:
    # A title may close its clause: "ولي العهد رئيس مجلس الوزراء، ...".
    return re.compile(rf"(?<!\S){alternation(words('people', 'arabic_titles'))}(?![^\s،,.])")


@cache
def _named_before_role() -> re.Pattern[str]:
    """A name of two words opening the sentence, then a player's or a coach's role without its article and
    the team it plays for (with its article or not): "إمام عاشور لاعب الأهلي يحتفل ..." (the Arabic
    sports pages' subject)."""
    roles = alternation(words("people", "arabic_roles_after_name"))
    return re.compile(rf"^(?P<name>[\u0600-\u06ff]+ [\u0600-\u06ff]+) (?P<role>{roles}) (?=[\u0600-\u06ff])")


def _arabic_people(sentence: str) -> list[_Found]:
    """People of an Arabic sentence: no capitals mark a name, so only the words after a title are read
    ("الرئيس عبد الفتاح السيسي يستقبل ..."), up to a verb in the present (it opens with ي or ت), a word
    that ends a name, or a comma; a name that runs to the sentence's end is doubtful."""
    ends = words("people", "arabic_name_ends")
    after = words("people", "arabic_titles_after_name")
    found: list[_Found] = []
    lead = _named_before_role().match(sentence.strip())
    if lead and not any(w in ends or w.startswith("ال") for w in lead.group("name").split()):
        found.append(_Found(lead.group("name"), lead.group("role")))
    titles = _arabic_titles()
    modifiers = words("people", "arabic_title_modifiers")
    pictures = words("people", "arabic_picture_words")
    for m in titles.finditer(sentence):
        if titles.match(sentence, m.end() + 1):
            continue  # "ولي العهد الأمير محمد بن سلمان": the name follows the last title
        before = sentence[: m.start()].split()
        if before and before[-1] in pictures:
            continue  # "يرفعون صور الرئيس الراحل ياسر عرفات": a picture of someone, no one shown
        tokens = sentence[m.end() :].split()
        while tokens and tokens[0] in modifiers:
            tokens = tokens[1:]  # "الفنانة الراحلة نادية كامل": the late
        if tokens and tokens[0].startswith("ال") and tokens[0].endswith(("ي", "ية")):
            tokens = tokens[1:]  # "رئيس الوزراء اليوناني", "الفنانة المصرية": a nisba, the title's country
        elif tokens and is_country_in_script(tokens[0]):
            tokens = tokens[1:]  # "رئيس جمهورية إندونيسيا برابوو سوبيانتو": the title's country
        if tokens and titles.match(" ".join(tokens)):
            continue  # "ولي العهد السعودي الأمير محمد بن سلمان": the name follows the title after the nisba
        if tokens and tokens[0].startswith("ال"):
            continue  # "الفنانة المصرية الكبيرة", "الطفلة المريضة": adjectives, no given name opens so
        name: list[str] = []
        stopped = False
        for token in tokens[: _ARABIC_NAME_WORDS[1] + 1]:
            word = token.strip("،,.:؛")
            verb = bool(name) and word[:1] in ("ي", "ت") and len(word) > 3
            # "منصور بن زايد آل نهيان نائب رئيس الدولة": a title after the name ends it ("أمير" opens one
            # as a given name, Amir).
            titled = len(name) >= _ARABIC_NAME_WORDS[0] and word in after
            if word in ends or verb or titled or not _ARABIC.search(word):
                stopped = True
                break
            name.append(word)
            if word != token:  # a comma or stop after it
                stopped = True
                break
        if _ARABIC_NAME_WORDS[0] <= len(name) <= _ARABIC_NAME_WORDS[1]:
            found.append(_Found(" ".join(name), m.group(), doubtful=not stopped))
    return found


_PERSIAN = re.compile("[\u067e\u0686\u0698\u06a9\u06af\u06cc]")

# A Persian name before its title is two or three words ("مسعود پزشکیان", "سید عباس عراقچی").
_PERSIAN_NAME_WORDS = (2, 3)

# Marks glued to the word before a name: the dateline's dash ("ایرنا-"), a colon, a comma, a stop.
_PERSIAN_STOPS = "-–:،,.؛"


@cache
def _persian_titles() -> re.Pattern[str]:
    return re.compile(rf"(?<!\S){alternation(words('people', 'persian_titles_after_name'))}(?!\S)")


def persian_people(sentence: str) -> list[_Found]:
    """People of a Persian sentence (its own letters: پ چ ژ ک گ ی): the words right before a title
    ("تهران- ایرنا- مسعود پزشکیان رئیس جمهور روز ..."), back to a dash, a comma, the sentence's start or a
    preposition, two or three; a longer run is no name read."""
    if not _PERSIAN.search(sentence):
        return []
    starts = words("people", "persian_name_starts")
    titles = _persian_titles()
    found: list[_Found] = []
    for m in titles.finditer(sentence):
        name: list[str] = []
        bounded = True  # the sentence's start, unless a word longer than a name comes first
        for token in reversed(sentence[: m.start()].split()):
            if (
                token in starts
                or token[-1:] in _PERSIAN_STOPS
                or not _ARABIC.search(token)
                or titles.fullmatch(token)
            ):
                break
            name.insert(0, token)
            if len(name) > _PERSIAN_NAME_WORDS[1]:
                bounded = False
                break
        n = " ".join(name)
        if bounded and _PERSIAN_NAME_WORDS[0] <= len(name) and n not in (f.name for f in found):
            found.append(_Found(n, m.group()))
    return found
