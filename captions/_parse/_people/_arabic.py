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


def _arabic_people(sentence: str) -> list[_Found]:
    """People of an Arabic sentence: no capitals mark a name, so only the words after a title are read
    ("الرئيس عبد الفتاح السيسي يستقبل ..."), up to a verb in the present (it opens with ي or ت), a word
    that ends a name, or a comma; a name that runs to the sentence's end is doubtful."""
    ends = words("people", "arabic_name_ends")
    after = words("people", "arabic_titles_after_name")
    found: list[_Found] = []
    titles = _arabic_titles()
    for m in titles.finditer(sentence):
        if titles.match(sentence, m.end() + 1):
            continue  # "ولي العهد الأمير محمد بن سلمان": the name follows the last title
        tokens = sentence[m.end() :].split()
        if tokens and tokens[0].startswith("ال") and tokens[0].endswith("ي"):
            tokens = tokens[1:]  # "رئيس الوزراء اليوناني": a nisba adjective, the title's country
        elif tokens and is_country_in_script(tokens[0]):
            tokens = tokens[1:]  # "رئيس جمهورية إندونيسيا برابوو سوبيانتو": the title's country
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
