"""The sentence made ready for the readers: datelines, tags, picture numbers and headers cut, surnames put
last.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .._date import date_text_spans, is_weekday, month_names
from .._names import (
    is_place_word,
    known_name,
    people_words,
)
from .._vocabulary import language_of, vocabulary
from ._name import _LOWER_WORD, _TAG, _is_date

# Reference numbers and labels ahead of the caption proper: "(Original Caption) ...", "(16513246a) ...".
_LEADING_TAG = re.compile(r"^\s*(?:\([^()]{0,40}\)\s*)+")


# Shutterstock's picture number closes the lines of restrictions and credit above the people shown: "Editorial
# use only (16513246a) Katie Piper".
_REFERENCE_TAG = re.compile(r"^[^()]{0,80}?\(\d{6,}[a-z]{0,3}\)\s*")


# AFP's shirt number before a player's name: "Portuguese midfielder #17 Vitinha", "US midfielder #06 ...".
_SHIRT_NUMBER = re.compile(r"(?<= )#\d{1,3} (?=[A-Z])")


# Gulf and African agencies style an envoy or a head of state "HE" (His Excellency) before a name of two words
# or more ("receives HE Bassirou Diomaye Faye"), as "H.E.": a title, no part of the name. A Chinese surname in
# AFP's capitals ("Vice Premier HE Lifeng") has one given name after it.
# The same before the title's article ("HE the Foreign Minister Abdullah Al-Yahya"), spaced ("H. E. Samia
# Suluhu Hassan"), and opening the sentence after its dateline.
_EXCELLENCY = re.compile(r"(?<![\w.])(?:HE|H\. E\.) (?=[A-Z][a-z]+(?:-[A-Za-z]+)? [A-Z][a-z]|the [A-Z])")


# Square brackets an editor added inside a name: "Pres. [Jimmy] Carter".
_BRACKETS = re.compile(r"\[([^\[\]]{1,40})\]")


# EPA's picture number ahead of the caption: "epa12581109 Pedri of FC Barcelona in action ...".
_PICTURE_NUMBER = re.compile(r"^epa\d{6,} ", re.IGNORECASE)


# A dateline or slug ahead of " - " fits in this many characters, and words.
_DATELINE_CHARS = 60


_DATELINE_WORDS = 4


# A date and a city in capitals joined by "/" opening the caption (Agencia Uno): "3 de mayo de 2025/TEMUCO".
# The date is checked (_is_date), so "AP/REUTERS Joe Biden" keeps its words.
_DATE_CITY = re.compile(r"^([^/]{4,40})/[A-ZÀ-Þ][A-ZÀ-Þ .'’-]{2,40}\s+(?=[A-ZÀ-Þ])")


_HEADER_COMMAS = 3


# A town in capitals, a comma and a day opening the caption: a text agency's dateline, in any script
# ("НОВИ САД, 23. децембра 2026.", "ΑΘΗΝΑ, 3 Δεκεμβρίου").
# Possessive ("*+", "++"): a word is followed by a space, an apostrophe, a hyphen or the comma (issue 16).
_TOWN_BEFORE_DATE = re.compile(r"^(?P<town>[^\W\d_][^\W\d_ '’-]*+(?:[ '’-][^\W\d_]++){0,3}), (?=\d)")


# EFE's and Latin American agencies' dateline closed by a full stop and a hyphen, no space between ("MADRID,
# 19/03/2027.- ", "BUENOS AIRES (ARGENTINA), 13/03/2027.- ", "Quito, 3 mar (EFE).- "): a town, a comma and a
# date, no one's name; the caption follows it.
_DATELINE_POINT_DASH = re.compile(r"^[^.\n]{2,45}, [^\n]{0,20}?\d[^\n]{0,14}?\.-\s+(?=\S)")
_POINT_DASH_CHARS = 90


# A dateline closed by its agency's name in brackets, with no dash after: Prensa Latina's "La Habana, 6 feb
# (Prensa Latina) El presidente ...", "(Xinhua) El ...": a town, a comma and a date, no one's name.
_AGENCY_BRACKET_DATELINE = re.compile(
    r"^[^()\n]{2,45}, [^()\n]{0,20}?\d[^()\n]{0,14}?\([A-Z][\w]+(?: [A-Z][\w]+){0,2}\)\s+(?=[A-ZÀ-Þ])"
)
# Estadão's slug in capitals after its dateline: "BRASÍLIA, DF, 03.02.2027 - STF/SESSÃO - O ministro ...".
_CAPITALS_SLUG = re.compile(r"^[A-ZÀ-Þ0-9]+(?:/[A-ZÀ-Þ0-9]+)+ [-–] (?=\S)")


# The dash after a dateline or slug: a hyphen, two, or APS's and MAP's en dash ("Alger – Le président ..."),
# or EFE's stop and hyphen after the date ("MADRID, 24/03/2027.- El presidente del Gobierno, ...").
_DATELINE_DASH = re.compile(r" (?:--|[-–—]) |(?<=\d)\.-\s")


# A text agency's dateline: its place, its date and its own name in brackets closing it ("ABU DHABI, 10th
# February, 2027 (WAM) --", "Addis Ababa, Yekatit 7/2019 (ENA) --"): no one's name, however many words.
_AGENCY_DATELINE = re.compile(r"\d[^()]{0,30}\([A-Z][A-Za-z]{1,9}\)$")


# A title in lower case with its article opening a sentence: "El presidente del Gobierno, ...", "La ministra".
_ARTICLED_TITLE_OPENING = re.compile(r"(?:El|La|Los|Las|Le|Les|Il|O|A) [a-zà-ÿ]")


def _opens_with_articled_title(text: str) -> bool:
    """Whether text opens with an article and a lower-case title ("O presidente ...", "La ministra ...")."""
    m = _ARTICLED_TITLE_OPENING.match(text)
    return m is not None and vocabulary("en").titles.match(text, m.end() - 1) is not None


def _without_dateline(sentence: str) -> str:
    """The sentence after a dateline or slug ahead of " - ": "Rabat - Le Chef du gouvernement, ...",
    "Brasília (DF), 05/11/2025 - O presidente ...", "EINDHOVEN - Ivan Perisic ..."; a head with a word in
    lower case or a person's name is the caption's own ("Joe Biden - ..."), but a month's name is a
    dateline's ("Torino, 8 novembre 2025 - ...", Bernama's "PUTRAJAYA, 12 Jan -- ...")."""
    dash = _DATELINE_DASH.search(sentence, 0, _DATELINE_CHARS)
    if dash is None:
        return sentence
    head, rest = sentence[: dash.start()], sentence[dash.end() :]
    if dash.group().startswith(".") and not _ARTICLED_TITLE_OPENING.match(rest):
        return sentence  # EFE's dateline is cut only before a title with its article ("El presidente ...")
    if rest and _AGENCY_DATELINE.search(head):
        return rest
    head = _TAG.sub("", head)
    lower = [m.group(1) for m in _LOWER_WORD.finditer(head)]
    if not rest or ":" in head or len(head.split()) > _DATELINE_WORDS + 1:
        return sentence
    if any(w not in month_names() for w in lower) or (len(head.split()) > _DATELINE_WORDS and not lower):
        return sentence
    if len(head.split()) > 1 and known_name(head.split()) and not _opens_with_articled_title(rest):
        # a given name alone is a city's as often ("Alger - Le président ..."); before a title with its
        # article two words are a town's too ("Nova Délhi - O presidente Luiz Inácio Lula da Silva ...")
        return sentence
    return rest


# A time phrase opening the sentence before its subject: at most this many words before the date, and after it
# (time of day) before the comma.
_TIME_OPENER_WORDS = 2


# A year alone opening the sentence ("In 1985, President Ronald Reagan ..."): a time phrase too.
_YEAR_OPENER = re.compile(r"^\w{1,6} (?:1[89]|20)\d\d, ")


def _opens_with_weekday(head: str) -> bool:
    """Whether one of the first three words is a weekday's name ("On Tuesday,", "Este martes,")."""
    return any(is_weekday(w.strip(",.").lower()) for w in head.split()[:3])


def _without_time_opener(sentence: str) -> str:
    """The sentence after a time phrase that opens it: "On Tuesday, President Joe Biden ...", "On Wednesday
    night, Argentina's Lionel Messi ...", "Le 5 janvier 2027, le président ...": the date is no one's name,
    and the sentence's subject follows it."""
    if year := _YEAR_OPENER.match(sentence):
        return sentence[year.end() :]
    head = sentence[:40]
    if "," not in head or (not any(c.isdigit() for c in head) and not _opens_with_weekday(head)):
        return sentence  # no date and comma where a time phrase opens: no date spans looked for
    spans = date_text_spans(sentence[:80])
    if not spans:
        return sentence
    start, end = spans[0]
    before, (after, comma, rest) = sentence[:start].split(), sentence[end:].partition(", ")
    if (
        comma
        and len(before) <= _TIME_OPENER_WORDS
        and all(w.isalpha() for w in before)
        and len(after.split()) <= _TIME_OPENER_WORDS
        and after == after.lower()
        and rest[:1].isalpha()
        # "In this June 9, 2012, file photo, Kenny Rogers ...": the picture's date; the lead-in goes on.
        and not any(w.strip(",").lower() in people_words("lead_in_nouns") for w in rest.split()[:2])
    ):
        return rest
    return sentence


# The BBC's label before its caption, copied with the page ("Image source, PA Media / Image caption, ...").
_PAGE_LABEL = re.compile(r"^Image caption,\s*")


# Sports agencies' slugs (SWpix, Sportsfile's feeds): "Picture by Name/SWpix.com - 14/03/2027 - Rugby League -
# <competition> - <teams> - <venue> - <caption>": a numeric date among the first segments, the caption last.
_SLUG_SEGMENTS = 3
_SLUG_DATE = re.compile(r"\d{1,2}[/.]\d{1,2}[/.](?:\d{4}|\d{2})")


def _without_slugs(sentence: str) -> str:
    """The caption after a slug of segments joined by " - ", one of the first three a numeric date."""
    segments = sentence.split(" - ")
    # The credit cut ahead of the slug leaves its dash: "- 14/03/2027 - Rugby League - ...".
    if not any(_SLUG_DATE.fullmatch(s.strip(" -")) for s in segments[:_SLUG_SEGMENTS]):
        return sentence
    return segments[-1] if segments[-1][:1].isupper() else sentence


def _prepare(sentence: str) -> str:
    """The sentence without what no name reads through: reference tags ahead of it, editors' brackets."""
    sentence = " ".join(sentence.split())  # one space: "\s*" stays linear
    sentence = _PAGE_LABEL.sub("", sentence) if sentence[:1] == "I" else sentence
    if sentence.startswith("(") and not vocabulary("en").list_cues.match(sentence):
        sentence = _LEADING_TAG.sub("", sentence)  # not "(L-R) Dierks Bentley and ...": a list follows
    if sentence[:3].lower() == "epa":
        sentence = _PICTURE_NUMBER.sub("", sentence)
    if ".-" in sentence[:_POINT_DASH_CHARS]:
        sentence = _DATELINE_POINT_DASH.sub("", sentence, count=1)
    if sentence.count(" - ") >= _SLUG_SEGMENTS:
        sentence = _without_slugs(sentence)
    if "(" in sentence[:_POINT_DASH_CHARS]:
        sentence = _AGENCY_BRACKET_DATELINE.sub("", sentence, count=1)
    if _DATELINE_DASH.search(sentence, 0, _DATELINE_CHARS):
        sentence = _without_dateline(sentence)
        sentence = (
            _CAPITALS_SLUG.sub("", sentence, count=1) if "/" in sentence[:_POINT_DASH_CHARS] else sentence
        )
    if (town := _TOWN_BEFORE_DATE.match(sentence)) and town.group("town").isupper():
        sentence = sentence[town.end() :]  # Tanjug's "НОВИ САД, 23. децембра 2026.": a town, no one's name
    if "/" in sentence[:_DATELINE_CHARS]:
        dated = _DATE_CITY.match(sentence)
        if dated and _is_date(dated.group(1)):
            sentence = sentence[dated.end() :]  # "11 de marzo de 2026/SANTIAGO El presidente ..."
    sentence = _without_time_opener(sentence) if sentence[:1].isupper() else sentence
    sentence = _SHIRT_NUMBER.sub("", sentence) if "#" in sentence else sentence
    sentence = _EXCELLENCY.sub("H.E. ", sentence) if "HE " in sentence or "H. E." in sentence else sentence
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
    if vocabulary("en").titles.fullmatch(m.group("given")):
        return sentence  # "UAE Minister of Industry", "US Secretary of State": a country's initials, a title
    if any(is_place_word(w.title()) or w.casefold() in people_words("east_asian_surnames") for w in surname):
        return sentence
    return f"{m.group('given')} {m.group('surname')}{sentence[m.end() :]}"


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
