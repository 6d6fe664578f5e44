"""People named in Hebrew, Hindi, Urdu, Amharic and Thai: scripts with spaces but no capitals, so a name is
read only where a title or an honorific says one follows ("ראש הממשלה בנימין נתניהו", "प्रधानमंत्री नरेंद्र
मोदी", "وزیر اعظم شہباز شریف", "ጠቅላይ ሚኒስትር ዐቢይ አሕመድ", "นายอนุทิน ชาญวีรกูล")."""

from __future__ import annotations

import re
from functools import cache

from ..._regex import alternation
from ..._rules import words
from .._place._scripts import is_country_in_script
from ._name import _Found

_LATIN = re.compile("[A-Za-z]")

# The letters of each script read here (people.toml keys open with the script's name).
_SCRIPTS = {
    "hebrew": re.compile("[\u05d0-\u05ea]"),
    "hindi": re.compile("[\u0900-\u097f]"),
    "ethiopic": re.compile("[\u1200-\u137f]"),
}
# Urdu is written in Arabic letters (read after the Arabic check, see in_urdu); its own letters tell it.
_URDU_LETTERS = re.compile("[\u0600-\u06ff]")
_URDU_OWN = re.compile("[\u0679\u0688\u0691\u06ba\u06c1\u06d2\u06d3]")  # ٹ ڈ ڑ ں ہ ے ۓ
_THAI = re.compile("[\u0e00-\u0e7f]")

# A name after its title is two words, or three with a word of a long name in it (people.toml).
_NAME_WORDS = (2, 3)

# The marks of a Hebrew acronym inside a word.
_GERSHAYIM = ('"', "\u05f4")

# Punctuation that ends a name glued to its last word (not Hebrew's geresh: "סמית'", Smith): Urdu's full stop
# "۔", Ethiopic's "።" and commas "፣", "፤".
_CLOSE = ',.:;،।)"۔።፣፤'


def script_of(sentence: str) -> str | None:
    """The script of a sentence read here: more of its letters than Latin ones ("Benjamin Netanyahu
    (בנימין נתניהו) speaks" is English)."""
    for script, letters in (*_SCRIPTS.items(), ("thai", _THAI)):
        if letters.search(sentence) and len(letters.findall(sentence)) > len(_LATIN.findall(sentence)):
            return script
    return None


@cache
def _titles(script: str) -> re.Pattern[str]:
    # Hebrew glues "and" (ו) to the word after it: "וראש הממשלה".
    glued = "ו?" if script == "hebrew" else ""
    return re.compile(rf"(?<!\S){glued}(?P<title>{alternation(words('people', f'{script}_titles'))})(?!\S)")


def titled_people(sentence: str) -> list[_Found]:
    """People of a Hebrew, Hindi, Amharic or Thai sentence; no other name is read."""
    script = script_of(sentence)
    if script == "thai":
        return _thai_people(sentence)
    return _after_titles(sentence, script) if script else []


def in_urdu(sentence: str) -> bool:
    """Whether a sentence in Arabic letters is Urdu: it holds a letter of Urdu's own (ہ, ے, ٹ, ...), which
    Arabic and Persian do not write."""
    return _URDU_OWN.search(sentence) is not None


def urdu_people(sentence: str) -> list[_Found]:
    """People of an Urdu sentence, each after a title ("وزیر اعظم شہباز شریف"); no other name is read."""
    return _after_titles(sentence, "urdu")


def _after_titles(sentence: str, script: str) -> list[_Found]:
    """The words after a title, up to a stop word (a preposition, a postposition, "and") or a comma: two,
    or three where the second or third is a word of a long name ("איתמר בן גביר", "अजय प्रताप सिंह"); a
    word of the title's own ("לשעבר", former; "האמריקני", American) is skipped first. A title in
    the genitive of a picture's noun ("תמונת", "तस्वीर") names no one shown, and is skipped before."""
    stops = words("people", f"{script}_name_stops")
    modifiers = words("people", f"{script}_title_modifiers")
    pictures = words("people", f"{script}_picture_words")
    long_names = words("people", f"{script}_long_name_words")
    titles = _titles(script)
    found: list[_Found] = []
    for m in titles.finditer(sentence):
        before = sentence[: m.start()].split()
        if before and before[-1] in pictures:
            continue
        tokens = sentence[m.end() :].split()
        if titles.match(sentence, m.end() + 1):
            continue  # "השר לשעבר": two titles, the name follows the last
        while tokens and (
            tokens[0] in modifiers
            or _adjective(tokens[0], script)
            or is_country_in_script(tokens[0])
            or _acronym(tokens[0])
        ):
            tokens = tokens[1:]  # "נשיא צרפת עמנואל מקרון", "נשיא ארה\"ב": the title's country or body
        if script == "hebrew" and tokens and tokens[0].startswith("ל") and len(tokens[0]) > 3:
            continue  # "השר לביטחון לאומי ...": the portfolio, of words no one can count
        name: list[str] = []
        for token in tokens[: _NAME_WORDS[1]]:
            word = token.strip(_CLOSE)
            if (
                not word
                or word in stops
                or _acronym(word)
                or not _SCRIPTS.get(script, _URDU_LETTERS).search(word)
                or titles.fullmatch(word)
            ):
                break
            name.append(word)
            if word != token.rstrip('"'):
                break  # a comma or a stop after it
        if len(name) > _NAME_WORDS[0] and not set(name[1:]) & long_names:
            name = name[: _NAME_WORDS[0]]  # "नरेंद्र मोदी संसद भवन में": the third word is where he is
        after = [t.strip(_CLOSE) for t in tokens[len(name) : len(name) + 2]]
        if pictures & set(after):
            continue  # "عمران خان کی تصویر", "मोदी की तस्वीर": the picture of someone, who is not shown
        if _NAME_WORDS[0] <= len(name) and (n := " ".join(name)) not in (f.name for f in found):
            found.append(_Found(n, m.group("title")))
    return found


def _acronym(word: str) -> bool:
    """A Hebrew acronym ("ארה\"ב", "צה\"ל"): no word of a name."""
    return any(q in word.rstrip(_CLOSE) for q in _GERSHAYIM)


def _adjective(word: str, script: str) -> bool:
    """A Hebrew adjective of nationality after a title: "ה" and "י" or "ית" about a word
    ("הנשיא האמריקני", "שרת החוץ הגרמנית")."""
    return script == "hebrew" and word.startswith("ה") and word.endswith(("י", "ית")) and len(word) > 4


@cache
def _thai_honorific() -> re.Pattern[str]:
    """An honorific glued to a given name, then the surname: "นายอนุทิน ชาญวีรกูล"."""
    honorifics = alternation(words("people", "thai_honorifics"))
    thai = "\u0e00-\u0e7f"
    return re.compile(
        rf"(?<![{thai}])(?P<title>{honorifics})(?P<name>[{thai}]{{2,}} [{thai}]{{2,}})(?![{thai}])"
    )


@cache
def _thai_named_before_role() -> re.Pattern[str]:
    """A given name and a surname opening a Thai sentence, then a player's role glued to his team."""
    roles = alternation(words("people", "thai_roles_after_name"))
    return re.compile(rf"^(?P<name>[\u0e00-\u0e7f]+ [\u0e00-\u0e7f]+) (?P<role>{roles})(?=[\u0e00-\u0e7f])")


def _thai_people(sentence: str) -> list[_Found]:
    """People of a Thai sentence, each after an honorific; a word that opens with one and is a title
    ("นายกรัฐมนตรี", prime minister; "นายอำเภอ", district chief) is none."""
    titles = tuple(words("people", "thai_honorific_words"))
    found: list[_Found] = []
    lead = _thai_named_before_role().match(sentence.strip())
    if lead:  # "ศุภณัฏฐ์ เหมือนตา กองหน้าบุรีรัมย์ ยูไนเต็ด ดีใจ...": the sports pages' player, his role and team
        found.append(_Found(lead.group("name"), lead.group("role")))
    for m in _thai_honorific().finditer(sentence):
        if sentence.startswith(titles, m.start()):
            continue
        if m.group("name") not in (f.name for f in found):
            found.append(_Found(m.group("name"), m.group("title")))
    return found
