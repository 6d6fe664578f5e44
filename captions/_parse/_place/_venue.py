"""A place within the town named in a sentence rather than the chain: objects and subjects of a visit, rooms,
landmarks, head-first facilities.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from ..._distance import PART_OF_TOWN_KM, km
from ..._gated import GatedPattern, gated
from ..._regex import CaselessWords, alternation
from ..._rules import phrases, rules, words
from .._date import date_text_spans
from .._names import is_given_name, is_place_word
from ._chain import _read_chain
from ._city import _CityPhrase, _read_city_phrase
from ._head import _beside
from ._lookup import PlaceLookup
from ._mentions import _same_name
from ._sub import (
    _named_facility,
    _proper,
    _sublocation,
    facility_before,
    is_facility,
    is_head_first,
)
from ._weak import (
    town_population,
)
from ._words import (
    ARABIC_ARTICLE,
    _cut_trailing_joiner,
    _demonyms,
    _facility_suffixes,
    _is_placey,
    _lower_words,
    _possessive,
    _vocab,
)

# A name then a common noun phrase describing it: "Casa Rosada presidential palace".
_NAME_DESCRIBED = re.compile(
    r"([A-ZÀ-Þ][\w'’-]*(?: (?:(?:of|the|de|la|del|de los|de las) )?[A-ZÀ-Þ][\w'’-]*)*)(?: [a-zà-ÿ][\w-]*)+"
)


def _without_description(sub: str, lookup: PlaceLookup) -> str:
    sub = _without_owner(sub, lookup)
    m = _NAME_DESCRIBED.fullmatch(sub)
    name = m.group(1) if m else ""
    if " " in name and (_named_facility(name) or is_head_first(name)) and lookup.landmark(name):
        return name
    return sub


# An owner's possessive that may hold "of": "the Port of Savannah's", "the University of Idaho's".
_OWNER_OF = re.compile(
    r"^(?:the )?(?P<owner>[A-Z][\w.&'’-]*(?: (?:of |de )?[A-Z][\w.&'’-]*){0,4})['’]s (?P<rest>[A-Z].+)$"
)


def _without_owner(sub: str, lookup: PlaceLookup) -> str:
    """ "Ukraine's Zaporizhzhia nuclear power plant" → "Zaporizhzhia nuclear power plant": a country's or a
    division's possessive before a site named in Title Case, its noun in lower case, says where the site
    is, no part of its name. So does a company's or a public body's ("Toyota Motor Corp.'s Motomachi plant",
    "the Port of Savannah's Garden City Terminal", site_owner_words), and any owner's before a site named
    for a town ("Audi's Ingolstadt plant"). A person's possessive inside a name stays ("King's Cross
    station", "St Paul's Cathedral")."""
    if "'s " not in sub and "’s " not in sub:
        return sub
    m = _possessive(sub) or _OWNER_OF.match(sub)
    if m is None:
        return sub
    owner, rest = m.group("owner"), m.group("rest").split()
    named = next((i for i, w in enumerate(rest) if not w[:1].isupper()), len(rest))
    if named == 0 or not all(w.islower() for w in rest[named:]):
        return sub
    if named == len(rest):  # "Garden City Terminal": a capitalised place noun closes the name
        if len(rest) < 2 or not _is_site_noun(rest[-1]) or not _is_company(owner):
            return sub
        return " ".join(rest)
    if not is_facility(" ".join(rest[named:])):
        return sub
    if _is_company(owner) or lookup.country(owner) is not None or lookup.admin1(owner) is not None:
        return " ".join(rest)
    if lookup.classify(" ".join(rest[:named]))[:1] == ("city",):  # "Audi's Ingolstadt plant"
        return " ".join(rest)
    return sub


def _is_company(owner: str) -> bool:
    return any(w.lower() in _lower_words("site_owner_words") for w in owner.split())


def _is_site_noun(noun: str) -> bool:
    return noun.lower() in _lower_words("facilities") or is_facility(noun.lower())


# Not after "de la", "del", "du": a name with an article is seldom a town's ("la final de la Champions").
# An indefinite article may open it: "en un albergue de Tijuana" (a shelter, no place's name).
_OF_TOWN = re.compile(
    r" (?:de la|de|di|del|da|do|du) (?=[A-ZÀ-Þ])| d['’](?=[A-ZÀ-Þ])"
)  # French elides: "d'Abidjan"; Spanish "de la Ciudad de México"


_LOWER_NOUNS = re.compile(r"(?:\s[^\W\dA-ZÀ-Þ][\w]*){1,2}(?=\s[a-z]{1,2}\s[A-ZÀ-Þ])")


def _with_nouns(name: str, text: str) -> str:
    """A name with the lower-case nouns that close it before a short preposition: "Národní" of "na Národní
    třídě v Praze" is "Národní třídě"."""
    start = text.find(name)
    m = _LOWER_NOUNS.match(text, start + len(name)) if start >= 0 else None
    return name + m.group() if m else name


def _part_of_town_opener(opener: str) -> bool:
    """A locative ending in a noun of a part of a town, as Indonesian writes it first: "di kawasan", or
    "kawasan" alone ("memadati kawasan Malioboro, Yogyakarta")."""
    last = opener.rsplit(maxsplit=1)[-1].lower() if opener.strip() else ""
    return last in _lower_words("within") and (" " in opener.strip() or opener.islower())


def _district_of_town(phrase: str | None, lookup: PlaceLookup) -> _CityPhrase | None:
    """ "Kathmandu's Thamel district", "Kyiv's Darnytskyi district": after a town's possessive a district
    is a part of the town, its name the sublocation ("Nepal's Solukhumbu district" is a division)."""
    m = _possessive(_vocab().article.sub("", phrase.strip())) if phrase else None
    if m is None:
        return None
    owner, rest = m.group("owner"), m.group("rest").split()
    if len(rest) < 2 or rest[-1] not in _lower_words("within") or not _is_placey(" ".join(rest[:-1])):
        return None
    if lookup.classify(owner)[:1] != ("city",):  # a town first, though a division too (Kyiv, Tokyo)
        return None
    return _CityPhrase(city=owner, sublocation=" ".join(rest[:-1]))


# A town this big has districts of its own name that a caption writes before it; a smaller one written after
# a district is as often the province it heads ("in Zhari district, Kandahar").
_METROPOLIS = 1_000_000


def _district_before_town(parents: list[str], lookup: PlaceLookup) -> str | None:
    """ "in Karrada district, Baghdad, Iraq": a district written before a metropolis (and a comma) is a part
    of it, not a division; its name, the sublocation, or None."""
    if len(parents) < 2:
        return None
    *name, noun = parents[0].split()
    if not name or noun not in words("place", "town_district_nouns_cased") or not _is_placey(" ".join(name)):
        return None
    town = parents[1]
    if lookup.classify(town)[:1] != ("city",) or town_population(town, lookup) < _METROPOLIS:
        return None
    return " ".join(name)


def _has_place_noun(sentence: str) -> bool:
    """Whether a sentence holds a place noun ("estação", "stadium", "-platz"): without one it names no place
    within a town, and its chain is not read."""
    tokens = sentence.lower().split()
    return not _place_nouns().isdisjoint(tokens) or any(t.endswith(_facility_suffixes()) for t in tokens)


@cache
def _place_nouns() -> frozenset[str]:
    return words("place", "facilities") | words("place", "facility_heads")


def _later_sublocation(sentence: str, lookup: PlaceLookup, city: str, day: str = "") -> list[str]:
    """A named place within the town in a sentence after the first: one its chain reads in no other town,
    nor on another day than DAY, the picture's date as sentence 1 writes it."""
    if not _has_place_noun(sentence):
        return []
    if _another_day(sentence, day):
        return []  # "The Games closed at the Verona Arena on Feb. 22, 2026.": another day's place
    chain = _read_chain(_cut_trailing_joiner(sentence), lookup)
    read = _read_city_phrase(chain.city_phrase) if chain.city_phrase else _CityPhrase()
    if read.city and not chain.parents and is_facility(read.city) and not lookup.classify(read.city):
        # Alamy: "Brighton, East Sussex, UK. 14th June 2025. Swimmers ... beside Brighton Palace Pier.": a
        # facility no gazetteer holds as a town, where the chain put the town.
        read = _CityPhrase(None, read.city)
    if read.city and not chain.parents and chain.before_city and "city" not in lookup.classify(read.city):
        # "Aficionados en el Estadio BBVA durante el Clásico ante Tigres": a team, no town, closes the chain;
        # the town is sentence 1's, and the place before the name is in it.
        read = _CityPhrase()
    if (read.city and not _same_name(read.city, city)) or chain.parents:
        return []
    found = [s for s in (_sublocation(read.sublocation), _sublocation(chain.before_city)) if s]
    if chain.before_city and chain.opener and _beside().fullmatch(chain.opener + " "):
        # "The fire broke out in a kitchen of the Hotel de Rome near Bebelplatz.": the landmark only locates
        # the place before it, shown if named; "in a warehouse near the Alfama district": none named.
        owner = _OWNER.search(chain.before_city or "")
        if owner and owner.group("name").split()[0].lower() in words("place", "facilities"):
            return [owner.group("name")]  # "Hotel de Rome", "Hotel Adlon": a place noun heading the name
        found = [owner.group("name")] if owner else found[1:]
    return [s for s in found if is_facility(s) and (_proper(s) or is_head_first(s))][:1]


# "a kitchen of the Hotel de Rome": a part of a named place, whose name it ends with.
_OWNER = re.compile(
    r"\bof the (?P<name>[A-Z][\w'’.-]*(?: (?:de|of|du|di|del) [A-Z][\w'’.-]*| [A-Z][\w'’.-]*){0,4})$"
)


_NUMBER = re.compile(r"\d+")


def _another_day(sentence: str, day: str) -> bool:
    """Whether a sentence dates what it tells to a day other than the picture's: a date with numbers that
    the picture's date (DAY) does not hold ("on Feb. 22, 2026" after "Friday, Feb. 6, 2026"; not "on Jan. 4"
    after "Monday, Jan. 4, 2027")."""
    said = set(_NUMBER.findall(day))
    if not said:
        return False  # sentence 1 has no date: a later one may give the picture's
    for a, b in date_text_spans(sentence):
        numbers = set(_NUMBER.findall(sentence[a:b]))
        if numbers and not numbers <= said:
            return True
    return False


def _possessive_town(phrase: str | None, lookup: PlaceLookup) -> str | None:
    """A phrase with a possessive that is the whole name of a town, a first-level division or a region
    the gazetteer holds exactly: "Cox's Bazar", "Hawke's Bay" (New Zealand), "Martha's Vineyard"."""
    if not phrase or not any(s in phrase for s in ("'s ", "’s ")):
        return None
    whole = _vocab().article.sub("", phrase.strip())
    owner, _, rest = whole.replace("’s ", "'s ").partition("'s ")
    # Two capitalised words, the owner no country or division: not "Kenya's town of Nyeri".
    if len(owner.split()) != 1 or len(rest.split()) != 1 or not rest[:1].isupper():
        return None
    if lookup.country(owner) or lookup.admin1(owner):
        return None
    kinds = lookup.classify(whole)
    return whole if "city" in kinds or "admin1" in kinds or "region" in kinds else None


def _site_named_for_owner(phrase: str | None, lookup: PlaceLookup) -> str | None:
    """A site whose own name opens with a possessive that names no place: "Sadler's Wells Theatre", "Lord's
    Cricket Ground", "King's College Hospital". The whole name, every word capitalised and its last a place
    noun, is the sublocation; the owner is a person, not the site's country or town ("London's Royal Albert
    Hall", "Ukraine's Zaporizhzhia Nuclear Power Plant" keep theirs)."""
    if not phrase or not any(s in phrase for s in ("'s ", "’s ")):
        return None
    whole = _vocab().article.sub("", phrase.strip())
    m = _possessive(whole)
    if m is None:
        return None
    owner, rest = m.group("owner"), m.group("rest").split()
    if len(rest) < 2 or not all(w[:1].isupper() for w in rest) or not _is_site_noun(rest[-1]):
        return None
    if owner.lower() in _lower_words("place_name_titles"):
        return whole  # "King's", "Lord's": a title, though a hamlet somewhere bears it
    if lookup.classify(owner) or lookup.country(owner) or lookup.admin1(owner) or _is_company(owner):
        return None
    return whole


_QUOTED_VISIT = re.compile(
    r"(?:\b(?:Besuchs?|Visite|visita|visit(?:s|ing)?(?: to)?) (?:der|des|dem|de la|du|the) |"
    r"\b(?:im|in der|in dem|auf der|auf dem|vor dem|vor der|beim|an der|am) )"
    r"[«„](?P<name>[A-ZÀ-Þ][^»“”«„]{1,50})[»“]"
)


@cache
def _apposed_venue() -> re.Pattern[str]:
    nouns = alternation(words("place", "apposed_venue_nouns_cased"))
    name = r"[A-ZÀ-Þ][\w'’&-]*"
    return re.compile(
        rf"\b(?:at|in|inside|outside) (?:the|her|his|their|its|our) (?:[a-z]+ ){{0,2}}(?:{nouns}), "
        rf"(?P<name>{name}(?: (?:{name}|&|and|of|the)){{0,3}}),"
    )


@cache
def _apposed_noun() -> re.Pattern[str]:
    """One of the nouns before a comma, anywhere: one trie search, not a substring search a noun."""
    return re.compile(f"(?:{alternation(words('place', 'apposed_venue_nouns_cased'))}), ")


def apposed_venue(sentence: str, lookup: PlaceLookup) -> str | None:
    """ "at her new restaurant, Saltwater, on the harbour in Hobart": a place someone keeps, named in
    apposition after its noun; not a person ("at his shop, Tom Reid, 52, said") nor a town."""
    # The nouns before a comma first, as plain text: most captions have none, and the pattern opens with words
    # every caption has ("at", "in").
    m = _apposed_venue().search(sentence) if _apposed_noun().search(sentence) else None
    if m is None:
        return None
    name = m.group("name")
    if is_given_name(name.split()[0]) or lookup.classify(name) or name.isupper():
        return None
    return name


def _object_facility(sentence: str, city: str) -> str | None:
    """A named facility as an object; not an agent ("provided by the Ukrainian Presidential Press Office")
    nor a name with an organisation's word before its head ("Monterey County Sheriff's Office")."""
    org_words = words("people", "org_words")
    facilities = words("place", "facilities")
    for m in _object_name().finditer(sentence):
        name, head = m.group("name"), m.group("head")
        if (head.lower() not in facilities and head not in _lower_words("landforms")) or name == city:
            continue
        if (
            head.islower()
            and not (
                _landmark_in_lower_case(name.removesuffix(head).split(), head)
                or _named_course(name, head)
                # "Beachgoers crowd Copacabana beach": the verb, standing for the article, is in the match.
                or _crowded_place(
                    sentence[: m.start("name")].removesuffix("the "), name.removesuffix(head).split()
                )
            )
        ):
            continue
        if not head.islower() and not _COURSE_CONNECTORS_SET.isdisjoint(name.split()):
            continue  # a connector only inside a course's name: "the Olympia delle Tofane course"
        agent = sentence[: m.start()].rstrip().endswith(" by")
        if agent or any(w.lower().removesuffix("'s") in org_words for w in name.split()[:-1]):
            continue
        return name
    return None


@cache
def _crowded_name() -> re.Pattern[str]:
    verbs = alternation(words("place", "crowd_verbs_articled_cased"))
    articles = alternation(words("place", "articles_after_crowd_verbs_cased"))
    closers = alternation(words("place", "crowd_name_closers_cased"))
    word = r"[A-ZÀ-Þ][\w'’-]+"
    connectors = "do|da|dos|das|de|del|de la|della|di|du|des"
    return re.compile(
        rf"(?<![\w-])(?:{verbs}) (?:{articles}) ?(?P<name>{word}(?: (?:(?:{connectors}) )?{word}){{0,4}})"
        rf"(?=[,.;:]|$| (?:{closers}) )"
    )


def crowded_venue(sentence: str, city: str) -> str | None:
    """ "Torcedores lotam a Neo Química Arena, em São Paulo", "Hinchas llenan el Estadio Monumental antes del
    partido": the name a Romance verb of a crowd takes with its article is the place filled. Not the town
    itself, nor a name the sublocation reader takes for an event or no place."""
    m = _crowded_name().search(sentence)
    name = m.group("name") if m else None
    if name is None or name == city or name in city:
        return None
    return name if _sublocation(name) == name else None


def _crowded_place(before: str, name: list[str]) -> bool:
    """ "Shoppers crowd the Khan el-Khalili bazaar ahead of Eid": after a verb of a crowd or a visit, a
    name and a place noun in lower case name the place filled; not a people's, a faith's or a feast's
    ("crowd the Christmas market")."""
    verb = before.rstrip().rsplit(" ", 1)[-1]
    if verb not in words("place", "object_place_verbs_cased"):
        return False
    feasts = words("place", "feast_modifiers_cased")
    return not any(
        w in _demonyms() or w in words("place", "denominations_cased") or w in feasts for w in name
    )


def _named_course(name: str, head: str) -> bool:
    """ "the Olympia delle Tofane course", "the Birds of Prey course": a race's course after its own name;
    not one named for what is raced on it ("the World Cup course", "the Super-G course")."""
    if head not in words("place", "course_nouns_cased"):
        return False
    named = name.removesuffix(head).split()
    events = _lower_words("events")
    lowered = [w.lower() for w in named]
    pairs = {" ".join(lowered[i : i + 2]) for i in range(len(lowered) - 1)}
    if any(w in words("place", "course_adjectives_cased") for w in named):
        return False
    return not any(w in events or w in _demonyms() for w in lowered) and not pairs & events


def _landmark_in_lower_case(name: list[str], head: str) -> bool:
    """ "the Saint-Jean cathedral", "the Elysee palace", "the Karl Marx monument": a name, then a landmark's
    or a monument's noun in lower case, names one building; not a people's or a faith's ("the Russian
    embassy", "the Orthodox church"), nor a season's ("the Christmas market": no landmark's noun)."""
    heads = words("place", "landmark_heads_of")
    if (
        head not in heads
        and head not in words("place", "monument_heads")
        and head not in words("place", "landforms")
    ):
        return False  # "the Matterhorn mountain" is one mountain too
    landforms = words("place", "landforms")
    if head in landforms and any(w.lower() in landforms for w in name):
        return False  # "the Sea of Japan coast", "the Black Sea coast": a stretch of a bigger landform
    return not any(w in _demonyms() or w in words("place", "denominations_cased") for w in name)


_COURSE_CONNECTORS = "of|di|della|delle|del|de|des|du"
# A word of a name, an Arabic article in lower case joined to it or not ("el-Khalili").
_NAME_WORD = rf"(?:{ARABIC_ARTICLE})?[A-Z][\w'’-]+"
_COURSE_CONNECTORS_SET = frozenset(_COURSE_CONNECTORS.split("|"))


# "the Golden Temple on ...", "the Crimean Bridge connecting ...": a capitalised run after "the", closed by a
# preposition, a participle or punctuation; its last word is checked against the facilities (a set lookup
# is cheaper than their alternation in the pattern). A landmark's noun may close it in lower case: "the
# Saint-Jean cathedral during ...".
@cache
def _object_name() -> re.Pattern[str]:
    # "Fans fill Lambeau Field before ...": a verb of a crowd or a visit may stand for the article.
    verbs = alternation(words("place", "object_place_verbs_cased"))
    return re.compile(
        # "the Olympia delle Tofane course": a connector may join the name's words.
        # An Arabic article may open a word of the name in lower case: "the Khan el-Khalili bazaar".
        # A house number may open a street address: "leaves 11 Downing Street with ...".
        rf"\b(?:the|(?-i:{verbs})) (?P<name>(?:\d{{1,4}}\s+)?"
        rf"(?:{_NAME_WORD}\s+(?:(?-i:{_COURSE_CONNECTORS})\s+)?){{1,3}}"
        rf"(?P<head>[A-Z][\w'’-]+|[a-z]+))"
        # "the Karl Marx monument shortly before its unveiling": an adverb may stand before the preposition.
        r"(?=\s+(?:[a-z]+ly\s+)?"
        r"(?:on|in|at|during|for|after|before|ahead|as|near|amid|with|from|over|[a-z]+ing)\s|[,.;]|$)"
    )


def _height_of(sentence: str, city: str, lookup: PlaceLookup) -> str | None:
    """ "ride a chairlift to the summit of Kasprowy Wierch on ...", "at the top of the Eiffel Tower during
    ...": the summit of a named mountain or building is the place shown, the name its sublocation. Not a
    town, a division or an organisation ("a summit of NATO leaders" is a meeting)."""
    org_words = words("people", "org_words")
    places = _lower_words("facilities") | _lower_words("landforms")
    for m in _height_of_pattern().finditer(sentence):
        name = m.group("name")
        if m.group("the") and name.split()[-1].lower() not in places:
            continue  # "the summit of the Americas": a meeting's name
        if name == city or name.isupper() or any(w.lower() in org_words for w in name.split()):
            continue
        if not lookup.classify(name):
            return name
    return None


@cache
def _height_of_pattern() -> re.Pattern[str]:
    heights = phrases("place", "heights_of_cased")
    name = r"[A-ZÀ-Þ][\w'’-]+"
    return re.compile(
        rf"\bthe {heights} of (?P<the>the )?(?P<name>{name}(?: {name}){{0,3}})"
        r"(?=\s+(?:on|in|at|during|for|after|before|as|near|amid|with|above|[a-z]+ing)\s|[,.;]|$)"
    )


@cache
def _subject_facility() -> re.Pattern[str]:
    facilities = alternation(f.title() for f in rules("place")["facilities"])
    seen = alternation(
        [*(f.title() for f in rules("place")["facilities"]), *words("place", "seen_subject_heads_cased")]
    )
    shown = alternation(words("place", "shown_verbs_cased"))
    # "The University of Idaho's Kibbie Dome in Moscow, Idaho": an owner's name before it, no comma after.
    # Each word's letters possessive ("++"): white space or the possessive's mark follows, never one of
    # them, so a failed match is not retried for each shorter word (issue 16); it matches where it did.
    owner = r"(?:[A-Z][\w-]++\s+(?:of\s+(?:the\s+)?)?){0,4}[A-Z][\w-]++['’]s\s+"
    # A word of the name, or a country's initials before it: "The U.S. Supreme Court is seen in Washington".
    word = r"(?:(?:[A-Z]\.){2,}|[A-Z][\w'’-]++)"
    # "The restored east window of York Minster is unveiled": a part of the building, shown, before its name.
    parts = alternation(words("place", "site_parts_of_cased"))
    part_of = rf"(?:(?:[a-z]++\s+){{0,3}}(?:{parts})\s+of\s+(?:the\s+)?)?"
    return re.compile(
        rf"^(?:The )?(?:(?P<owned>{owner})(?P<owned_name>(?:[A-Z][\w'’-]++\s+){{1,3}}(?:{facilities}))"
        rf",?\s+(?:in|at|near|outside)\s"
        rf"|(?P<name>(?:{word}\s+){{1,4}}(?:{facilities})),\s+(?:in|at|near|on|outside)\s"
        # "The Golden Gate Bridge is shrouded in fog in San Francisco": the subject, in the passive, is shown.
        rf"|{part_of}(?P<seen_name>(?:{word}\s+){{1,4}}(?:{seen}))\s+(?:is|are|was|were)\s+"
        rf"(?:[a-z]+ed|{shown})\s)"
    )


_NAME_RUN_AT = r"(?P<name>[A-ZÀ-Þ][\w'’-]+(?: [A-ZÀ-Þ][\w'’-]+){0,3})"


# "at Sangam, the confluence of ...", "at Sangam on the occasion of ...".
_AT_NAME = re.compile(rf"\b(?P<verb>\w+) at {_NAME_RUN_AT}(?:, (?:the|a|an) [a-z]| (?:on|during|for|as) )")


@cache
def _name_described() -> re.Pattern[str]:
    """ "a special session of the Knesset, the Israeli parliament, in Jerusalem": a name a place noun
    describes; so does its town's possessive: "fill the Zocalo, Mexico City's main square, during ...",
    "the Puerta del Sol, Madrid's central square"."""
    word = r"[A-ZÀ-Þ][\w'’-]+"
    name = rf"(?P<name>{word}(?: (?:(?-i:{alternation(words('place', 'name_connectors'))}) )?{word}){{0,3}})"
    owner = rf"(?:{word} ){{0,2}}{word}['’]s?"
    # The description's noun closes it, or its "of" or "in" follows: "the lower house of parliament"; not "the
    # Sheriff's Office, a road is seen".
    noun = alternation(rules("place")["facilities"])
    # "the Knesset, ...", or a bare name after a walk or a visit: "walk past Bete Giyorgis, the ... church".
    lead = rf"(?:the|{alternation(words('place', 'described_name_leads_cased'))})"
    return re.compile(
        rf"\b{lead} {name}, (?:the|a|an|{owner}) (?:[\w-]+ ){{0,2}}?"
        rf"(?P<noun>{noun})(?=\s*[,.;]|\s+(?:of|in)\b|$)"
    )


def _described_at(sentence: str, city: str, lookup: PlaceLookup) -> str | None:
    """A name after "at" that a description or a preposition follows ("at Sangam, the confluence of ...",
    "at Sangam on the occasion of ..."), not after a verb of looking ("looks at Biden during ..."); or a
    name a place noun describes ("the Knesset, the Israeli parliament"). No person's (no given name), and
    no town, division or country."""
    found = []
    if " at " in sentence:
        gaze = words("place", "gaze_verbs")
        found += [m.group("name") for m in _AT_NAME.finditer(sentence) if m.group("verb").lower() not in gaze]
    if ", the " in sentence or ", a" in sentence or "'s " in sentence or "’s " in sentence:
        facilities = words("place", "facilities")
        found += [
            m.group("name") for m in _name_described().finditer(sentence) if m.group("noun") in facilities
        ]
    for name in found:
        if name == city or is_given_name(name.split()[0]) or not _is_placey(name) or lookup.classify(name):
            continue
        return name
    return None


@cache
def _room_of() -> re.Pattern[str]:
    name = r"[A-ZÀ-Þ][\w'’-]+"
    connector = phrases("place", "proper_name_connectors_cased")
    # The room in lower case, as written: "Briefing Room of the White House" is a place of its own.
    room = alternation(rules("place")["rooms"])
    return re.compile(
        rf"(?<![\w-])[a-zà-ÿ]*(?:{room}) {phrases('place', 'rooms_of_cased')} "
        rf"(?P<name>{name}(?: (?:{connector} )?{name}){{0,3}})"
    )


@cache
def _landmark_of() -> re.Pattern[str]:
    heads = alternation(h.title() for h in rules("place")["landmark_heads_of"])
    name = r"[A-ZÀ-Þ][\w'’-]+"
    return re.compile(
        rf"(?<![\w-])(?P<name>(?:{heads}) of (?:the )?{name}(?: (?:of |the |de )?{name}){{0,3}})"
    )


_HEAD_FIRST_CONNECTORS = "de|del|de la|do|da|dos|di|du|des"


# What `_head_first_facility` needs, found fast (it opens with a space, the other with a lookbehind that is
# tried at every character): a connector before a name.
_CONNECTED_NAME = re.compile(rf" (?:{_HEAD_FIRST_CONNECTORS}) [A-ZÀ-Þ]")


@cache
def _head_first_facility() -> re.Pattern[str]:
    # Not a head that names an event in Title Case too: "Tour de France" is a race, "la tour Eiffel" a tower.
    events = words("place", "events")
    heads = alternation(
        h.title() for h in rules("place")["facility_heads"] if " " not in h and h not in events
    )
    name = r"[A-ZÀ-Þ][\w'’-]+"
    connectors = _HEAD_FIRST_CONNECTORS
    return re.compile(rf"(?<![\w-])(?P<name>(?:{heads})(?: {name})* (?:{connectors}) {name}(?: {name})*)")


@cache
def _named_head_first() -> CaselessWords:
    heads = rules("place")["named_facility_heads"]
    either = alternation([*heads, *(h.title() for h in heads)])
    name = r"[A-ZÀ-Þ][\w'’-]+"
    connectors = "de|del|de la|de los|de las|do|da|dos|di|du|des|della|dei|delle|degli|alla|a la"
    titled = alternation(h.title() for h in heads)
    elided = "(?:[ld]['’])"
    # With an article in it, a connector names no town after a head in lower case: "place de la République".
    articled = "del|de la|de los|de las|della|dels|du|des|dei|delle|degli"
    # An adjective after a head in lower case, before the name: "el puente internacional Paso del Norte".
    endings = alternation(rules("place")["postnominal_adjective_endings_cased"])
    adjective = rf"[a-zà-ÿ]+(?:{endings}) "
    # "Palacio de La Moneda": a connector may follow a capitalised head (not "una calle de Paiporta", a
    # street of a town); after any head with an elided article ("palais de l'Elysée") or one with an
    # article in it ("la plaça del Vi").
    # "Pałac Kultury i Nauki", "Ciudad de las Artes y las Ciencias": "and" joins two names of one place.
    joined = rf"(?:{alternation(words('place', 'name_conjunctions_cased'))})(?: (?:{_ARTICLES_AFTER_AND}))?"
    # Italian "via" only after a preposition: "in via Mazzini"; English "arrives via Highway 1" is no street.
    via = alternation(words("place", "street_via_heads_cased"))
    after = "|".join(rf"(?<=(?<![\w-]){p} )" for p in rules("place")["street_via_prepositions_cased"])
    pattern = re.compile(
        rf"(?<![\w-])(?P<name>(?:(?-i:{either}) {elided}?|(?:{after})(?-i:{via}) "
        rf"|(?-i:{titled}) (?:{connectors}) {elided}?"
        rf"|(?-i:{either}) (?:{connectors}) {elided}|(?-i:{either}) (?:(?:{articled}) |{adjective})){name}"
        # "Estadio Alberto J. Armando": a person's middle initial inside the name; an Arabic article in lower
        # case may open a later word ("place Jemaa el-Fna").
        rf"(?: (?:(?:{connectors}|(?-i:{joined})) )?(?:[A-Z]\. )?(?-i:(?:{ARABIC_ARTICLE})?){name}){{0,3}})"
    )
    # Every match opens with a head and a space: tried only where one stands (found in the lower-cased
    # text, where one trie of the heads is a cheap search), not at every character (9.7 -> 2.6 us a
    # sentence on generated captions).
    lowered = alternation(
        {h.lower() for h in (*heads, *(h.title() for h in heads), *words("place", "street_via_heads_cased"))}
    )
    return CaselessWords(pattern, rf"(?<![\w-])(?:{lowered}) ")


_ARTICLES_AFTER_AND = "la|las|los|el|le|les|il|lo|gli|der|die|das|a|as|o|os"


def _postposed_facilities(main: str) -> Iterator[str]:
    return (f.group("name") for p in _postposition_facilities() if (f := p.search(main)))


@cache
def _postposition_facilities() -> tuple[GatedPattern, ...]:
    # Each searched only where one of the nouns it closes with is ("Meydanı", "Caddesi"): most captions
    # hold none, and the patterns are tried at every capital or every character (`_gated`).
    return tuple(gated(p) for p in rules("place")["postposition_facilities"])


def _town_of_place(sub: str, lookup: PlaceLookup) -> str | None:
    """The town a place written head first ends with, after "de", "di": "stadio San Siro di Milano" →
    "Milano", "Plaza de Mayo de Buenos Aires" → "Buenos Aires"; not "prison de Saydnaya", where no name
    comes before (the noun's name is the town's), nor "Catedral de Santiago de Compostela"."""
    if not is_head_first(sub):
        return None
    head, _, rest = sub.partition(" ")
    if head.lower() in words("place", "town_after_heads") and " di " in rest:
        # "Candi Borobudur di Magelang": Indonesian "di" is "in", never "of"; a town after it is the one.
        town = rest.rsplit(" di ", 1)[1]
        return town if lookup.classify(town)[:1] == ("city",) else None
    # "Plaza de Armas of Arequipa": a name written in its own language, its town after it in English.
    english_of = list(_ENGLISH_OF_TOWN.finditer(sub)) if _NAMED_OF.match(sub) else []
    for m in [*_OF_TOWN.finditer(sub), *english_of]:
        named_before = any(w[:1].isupper() for w in sub[: m.start()].split()[1:])
        town = sub[m.end() :]
        if not named_before and sub[:1].isupper() and lookup.classify(town)[:1] == ("city",):
            return None  # "Catedral de Santiago de Compostela": the town's own cathedral, not Compostela's
        if (
            named_before
            and lookup.classify(town)[:1] == ("city",)
            and town_population(town, lookup) >= _SIZEABLE_TOWN
            and (sub[:1].islower() or _big_town_so_named(town, lookup))
        ):
            # "stadio San Siro di Milano", "la Plaza de Mayo de Buenos Aires": a name, then its town; in
            # Title Case only a big town named so exactly ("Hospital Arnau de Vilanova": a person's name).
            return town
    return _glued_town(sub, lookup)


def _glued_town(sub: str, lookup: PlaceLookup) -> str | None:
    """A big town written right after a place's head and name, with no "of": "Masjid Istiqlal Jakarta"."""
    tokens = sub.split()
    heads = words("place", "town_after_heads")
    if len(tokens) < 3 or tokens[0].lower() not in heads:
        return None
    for k in (2, 1):
        town = " ".join(tokens[-k:])
        if (
            len(tokens) - k >= 2
            and town[:1].isupper()
            and tokens[-k - 1][:1].isupper()  # "Universitas Indonesia Depok"; not "... of Jakarta"
            and _big_town_so_named(town, lookup)
        ):
            return town
    return None


# English "of" before a town, read only after a name written head first with a Romance "de" (above).
_ENGLISH_OF_TOWN = re.compile(r" of (?=[A-ZÀ-Þ])")
# A place's noun, "of" and a name: "Plaza de Mayo", "Puerta del Sol", "Museo de Bellas Artes".
_NAMED_OF = re.compile(r"^\S+\s(?:de la|de las|de los|del|de|della|dello|di|do|da|dos|das|du|des)\s[A-ZÀ-Þ]")


def _town_in_division_named(subs: list[str], city: str, lookup: PlaceLookup) -> tuple[int, str] | None:
    """ "no mercado de Campinas, São Paulo": a place named head first after a town, where the chain's town
    is also the name of a first-level division that holds that town: the town is the place's, and the
    name after it the state (São Paulo, Rio de Janeiro, New York). The sub's index and the town, or None."""
    kinds = lookup.classify(city)
    division = lookup.admin1(city) if "admin1" in kinds and "city" in kinds else None
    where = (getattr(division, "country_code", None), getattr(division, "admin1_code", None))
    if division is None or None in where:
        return None
    capital = next((c.place for c in lookup.candidates(city) if c.how in ("exact", "alternate")), None)
    for i, sub in enumerate(subs):
        # A noun in lower case before "de": "mercado de Campinas"; not a name ("Paseo de la Castellana").
        if not (sub[:1].islower() and is_head_first(sub)):
            continue
        # The last "de" first; an earlier one where the town's own name holds one ("mercado de Ixtlán del
        # Río, Nayarit": not "Río").
        for found in reversed(list(_OF_TOWN.finditer(sub))):
            town = sub[found.end() :]
            if _same_name(town, city) or lookup.classify(town)[:1] != ("city",):
                continue
            best = next((c.place for c in lookup.candidates(town) if c.how in ("exact", "alternate")), None)
            if best is None or (best.country_code, best.admin1_code) != where:
                continue
            # A town of its own, away from the capital: "praia de Copacabana, Rio de Janeiro" is part of Rio.
            if capital is None or km(best, capital) > PART_OF_TOWN_KM:
                return i, town
            break
    return None


def _without_its_town(sub: str, town: str) -> str:
    """A place written head first without the town TOWN it ends with: "stadio San Siro di Milano" → "stadio
    San Siro"; in Title Case only where a name of its own comes before ("Plaza de Mayo de Buenos Aires",
    "Puerta del Sol de Madrid") or a sports ground's ("Stadio Olimpico di Roma"), for "Base Aérea de Zaragoza"
    and "Grande mosquée de Touba" are named after their town."""
    before = sub[: -len(town)]
    cut = re.sub(r"\s+(?:(?:de la|de|di|del|da|do|du)\s+|d['’])$", "", before)
    if cut == before and _NAMED_OF.match(sub):
        cut = re.sub(r"\s+of\s+$", "", before)  # "Plaza de Armas of Arequipa"
    if cut == before:
        # "Masjid Istiqlal Jakarta": the town glued on, with no "of". Not after the head's adjectives alone:
        # "Bandara Internasional El Arish" is named after its town, which stays in the name.
        own_name = [w for w in before.split()[1:] if w not in words("place", "head_adjectives_cased")]
        return before.rstrip() if own_name else sub
    indonesian = sub.partition(" ")[0].lower() in words("place", "town_after_heads") and before.endswith(
        " di "
    )
    ground = sub.partition(" ")[0].lower() in words("place", "town_added_heads") and " " in cut.strip()
    # "Palacio Nacional de Ciudad de México": a nation's place, named so in every town, the town added; so
    # is a town's one landmark of its kind ("Plaza Mayor de Chinchón", "Mercado Central de Belo Horizonte").
    head_and_adjective = cut.split()
    national = len(head_and_adjective) == 2 and (
        head_and_adjective[1] in words("place", "national_adjectives_cased")
        or head_and_adjective[1] in words("place", "town_landmark_adjectives_cased")
    )
    if (
        sub[:1].islower()
        or indonesian
        or ground
        or national
        or _NAMED_OF.match(cut)
        or _named_after_head(cut)
    ):
        return cut
    return sub


def _named_after_head(cut: str) -> bool:
    """ "Museu Picasso", "Teatre-Museu Dalí": the head, then a name of its own, no adjective ("Base Aérea",
    "Palacio Real" are named after their town)."""
    words_in = cut.split()
    endings = tuple(words("place", "postnominal_adjective_endings_cased"))
    return len(words_in) > 1 and _proper(words_in[1]) and not words_in[1].endswith(endings)


_OF_TOWN_AT_END = re.compile(r"\s(?:of|de|del|di|du)\s(?P<town>[A-ZÀ-Þ][\w'’-]+(?:\s[A-ZÀ-Þ][\w'’-]+){0,2})$")


def _of_another_town(sub: str, city: str, lookup: PlaceLookup) -> bool:
    """Whether a place's name ends with a sizeable town's other than CITY: "Congreso Nacional de
    Valparaíso" under a Santiago dateline is in Valparaíso."""
    m = _OF_TOWN_AT_END.search(sub)
    if m is None or _same_name(m.group("town"), city) or m.group("town") in city:
        return False
    town = m.group("town")
    return lookup.classify(town)[:1] == ("city",) and town_population(town, lookup) >= _SIZEABLE_TOWN


def _big_town_so_named(name: str, lookup: PlaceLookup) -> bool:
    """Whether a big town is named so exactly, or in its own language first ("Ciudad de México")."""
    found = lookup.candidates(name)
    if found and found[0].how == "alternate" and found[0].place.population >= _BIG_TOWN:
        return True
    return any(c.how == "exact" and c.place.population >= _BIG_TOWN for c in found)


_BIG_TOWN = 100_000


def _beach_town(sub: str, lookup: PlaceLookup) -> str | None:
    """The sizeable town a beach is named after, its noun first: "Pantai Kuta" (Kuta beach), "Praia de
    Copacabana"."""
    head, _, name = sub.partition(" ")
    if head.lower() not in words("place", "town_named_heads"):
        return None
    name = _OF_HEAD.sub("", name)
    if lookup.classify(name)[:1] == ("city",) and town_population(name, lookup) >= _SIZEABLE_TOWN:
        return name
    return None


_OF_HEAD = re.compile(r"^(?:de|do|da|del|de la)\s+")


# A town named after a place's name must be a sizeable one: "sede del Ministerio de Defensa" names no town.
_SIZEABLE_TOWN = 10_000


_TOWN_OF = re.compile(r"^(?P<place>\S+ \S+ \S.*?) (?:de|di|do|da|du) (?P<town>[A-ZÀ-Þ][^,]*)$")


def _without_town(name: str, lookup: PlaceLookup) -> str:
    """A place written head first without the town it is in: "plaça del Mercadal de Reus" is in Reus; not
    joined by "and" to another town ("Plaza Mayor y Madrid" names two)."""
    for conjunction in words("place", "name_conjunctions_cased"):
        first, joined, second = name.partition(f" {conjunction} ")
        if joined and lookup.classify(second.split(" ", 1)[-1] if second[:1].islower() else second):
            name = first
    m = _TOWN_OF.match(name)
    if m is None:
        return name
    kinds = lookup.classify(m.group("town"))
    return m.group("place") if kinds[:1] == ("city",) else name


def _epithet_named(name: str, text: str, city: str | None, lookup: PlaceLookup) -> str:
    """ "at Europe's Spaceport, the Guiana Space Centre in Kourou": a place called by a land's epithet, then
    by its own name right before the town, is known by that name."""
    owner = re.split(r"['’]s ", name, maxsplit=1)[0]
    if not city or owner == name or city not in text or not {"country", "region"} & {*lookup.classify(owner)}:
        return name  # "St. Peter's Basilica": a saint's, no land's epithet
    named = facility_before(text, city)
    return named if named and named != name and _named_facility(named) and _sublocation(named) else name


def _named_after_town(text: str, city: str) -> str | None:
    """ "JIUQUAN ... (Xinhua) -- ... blasts off from the Jiuquan Satellite Launch Center in northwest China":
    a facility whose name opens with the dateline's town, the body naming no town, is in that town."""
    for m in _vocab().facility_name.finditer(text):
        name = m.group("name")
        if name.startswith(f"{city} ") and _named_facility(name) and _sublocation(name):
            return name
    return None


def _summit_in_park(before: str | None, park: str | None, lookup: PlaceLookup) -> bool:
    """ "the summit of Pen-y-ghent in the Yorkshire Dales National Park": the top of a named mountain, a more
    exact place than the protected land around it; so is any place named in it ("Angel's Landing in Zion
    National Park", "the Inspiration Point overlook in Bryce Canyon National Park")."""
    bare = (before or "").removeprefix("the ")
    first, of, name = bare.partition(" of ")
    low = (park or "").casefold()
    if not any(low.endswith(" " + area) for area in words("place", "wild_areas")):
        return False
    if of:
        return first in words("place", "heights_of_cased") and _proper(name)
    return _landform_shaped(bare) and not is_place_word(bare) and not lookup.classify(bare)  # not "Mariposa"


def _landform_shaped(name: str) -> bool:
    """ "Angel's Landing", "Glacier Point", "the Inspiration Point overlook", "Mount Washburn": a name whose
    noun is a viewpoint's or a landform's (not a road's: "the Needles Highway in Custer State Park", nor
    lakes the park is named for: "the Upper Lakes at Plitvice Lakes national park")."""
    tokens = name.split()
    if len(tokens) < 2 or not _proper(name):
        return False
    last = tokens[-1]
    return (
        last in words("place", "landform_name_ends_cased")
        or last.lower() in ("overlook", "viewpoint", "lookout")
        or tokens[0] in words("place", "landform_name_heads_cased")
        or tokens[0] in words("place", "landform_name_heads_of_cased")
    )
