"""Places within a city: whether a phrase names a facility ("Pokrovsk railway station", "prison de
Saydnaya"), and the sublocation cleaned from a phrase before the city."""

from __future__ import annotations

import re
from functools import cache, lru_cache
from itertools import pairwise

from ..._regex import CaselessPattern, alternation
from ..._rules import rules, words
from .._names import is_given_name, is_place_word
from .._vocabulary import vocabulary
from ._words import (
    _ELIDED_ARTICLE,
    _ELIDED_LOWER,
    ARABIC_ARTICLE,
    _connectors,
    _demonyms,
    _facility_suffixes,
    _is_place_word,
    _is_placey,
    _lower_words,
    _postnominal_adjective,
    _vocab,
    numbered_place,
)

__all__ = [
    "after_event_name",
    "before_coming_event",
    "is_facility",
    "is_head_first",
    "organisation_congress",
    "passed_player",
    "second_side",
    "second_side_and",
]


_HEAD_WORDS = 3  # "sân vận động" (stadium): the longest head


def is_street_name(name: str) -> bool:
    """Whether NAME is a street's, closed by a street's noun or its short form, with a compass word or a
    number after it: "Drummond Street North", "Victoria St", "Highway 17"."""
    names = name.split()
    numbered = False  # "Highway 17": the noun opens a numbered road's name
    while len(names) > 1 and (names[-1].isdigit() or names[-1] in _STREET_TAILS):
        numbered = numbered or names.pop().isdigit()
    closing = names[-1] if len(names) > 1 or numbered else ""
    return closing in words("place", "street_name_nouns_cased") or closing in words(
        "place", "street_name_abbreviations_cased"
    )


_STREET_TAILS = frozenset({"North", "South", "East", "West"})


@lru_cache(maxsize=8192)
def is_facility(phrase: str) -> bool:
    """Whether a phrase names a place within a city: "Pokrovsk railway station", "Ueno Park"."""
    if " for " in phrase and (named_for := _vocab().named_for.search(phrase)):
        phrase = phrase[: named_for.start()]  # "Kennedy Center for the Performing Arts": its head is "Center"
    if (" to " in phrase or " by " in phrase) and (dedicated := _vocab().dedicated_to.match(phrase)):
        # "Monument to Stephen the Great": its head is "Monument"; "Gardens by the Bay": "Gardens".
        phrase = dedicated.group("noun") or dedicated.group("site")
    tokens = phrase.lower().split()
    if not tokens:
        return False
    heads = _lower_words("facility_heads" if phrase[:1].islower() else "named_facility_heads")
    if phrase[:1].islower() and tokens[1:2] in (["van"], ["von"]) and tokens[0] in _town_places_before_van():
        return False  # "het station van Utrecht": the town's station, the town named (a head before a name)
    if any(" ".join(tokens[:k]) in heads for k in range(1, min(len(tokens), _HEAD_WORDS + 1))):
        return True  # "prison de Saydnaya", "Nhà thờ Đức Bà": a head of up to three words before a name
    if len(tokens) > 1 and f"{tokens[0]} {tokens[1][:2]}" in heads:
        return True  # "port d'Agadir": a head closed by the elided "of"
    suffix = min((len(s) for s in _facility_suffixes() if tokens[-1].endswith(s)), default=None)
    # "Augustusplatz", "MHPArena"; not "Arena" alone: "Johan Cruijff Arena" is one by the noun below.
    generic = tokens[-1] in _lower_words("not_facilities")  # "Großschanze": a kind of hill, no one hill
    if phrase[:1].isupper() and suffix is not None and len(tokens[-1]) > suffix + 2 and not generic:
        return True
    facilities = _lower_words("facilities")
    if " ".join(tokens[-2:]) in facilities:  # "scenic area", "border crossing"
        return True
    return tokens[-1] in facilities and not generic


@cache
def _town_places_before_van() -> frozenset[str]:
    return frozenset(words("place", "town_places_before_van_cased"))


def organisation_congress(name: str) -> bool:
    """Whether a name is a party's or a union's congress, closed by its initials ("Congreso Federal del
    PSOE", "Congresso Nacional do PT"), not a legislature's house ("Congresso Nacional")."""
    head = name.split(maxsplit=1)[0] if name.split() else ""
    return head in words("place", "congress_heads_cased") and _ORGANISATION_INITIALS.search(name) is not None


def is_head_first(name: str) -> bool:
    """Whether a name opens with its place noun, as Romance languages write them: "Base Aérea de Zaragoza",
    "Palacio de la Moneda"."""
    first = name.split(maxsplit=1)[0].lower() if name.split() else ""
    return first in _lower_words("facility_heads") and " " in name


_A_NOUN_IN_CAPITALS = re.compile(r"(?:A|AN) [A-Z'’-]+")
# An organisation's initials closing a name after "of": "Congreso Federal del PSOE", "Congresso do PT".
_ORGANISATION_INITIALS = re.compile(r" (?:of the|of|del|de la|de|do|da|du|des|dei|della) [A-Z]{2,6}$")


@lru_cache(maxsize=8192)
def _sublocation(phrase: str | None) -> str | None:
    """A phrase before the city that names a place in it, cleaned: "the Azot chemical plant" → "Azot
    chemical plant"; events ("a news conference") and generic heads ("the site of ...") are none."""
    if not phrase or ":" in phrase:  # "Fußball: Bundesliga": a label, no place's name
        return None
    # French "l'Assemblée nationale", "l'usine Renault de Flins"
    phrase = _ELIDED_LOWER.sub("", _ELIDED_ARTICLE.sub("", phrase.strip()))
    if phrase.isupper() and _A_NOUN_IN_CAPITALS.fullmatch(phrase):
        return None  # "AT A WAREHOUSE IN LEEDS": a caption in capitals names no place with "a" and a noun
    bare = _vocab().sublocation_front.sub("", phrase)
    # A name without an article is a place even when its head names an event: "at Horse Guards Parade";
    # so is one whose article is capitalised, as part of the name: "at The Forum".
    titled = phrase.startswith("The ") and _is_placey(bare)  # "at The Forum": the article is in the name
    named = (bare == phrase.strip() or titled) and _is_placey(bare)
    phrase = bare
    phrase = phrase.strip(" ,.\"'")
    # "Monument to Stephen the Great", "Gardens by the Bay": "to" or "by" after the noun opening the name is
    # part of it, not a stop.
    dedicated = _vocab().dedicated_to.match(phrase)
    held = dedicated.end() if dedicated else 0
    phrase = phrase[:held] + _vocab().sublocation_cut.split(phrase[held:])[0]
    phrase = _vocab().time_of_day_tail.sub("", phrase)
    *named_words, last = phrase.split() or [""]
    if named_words and last in words("place", "feast_modifiers_cased"):
        phrase = " ".join(
            named_words
        )  # "the Rockefeller Center Christmas (tree)": a feast's thing at a place
    if phrase.startswith(tuple(f"{head} " for head in words("place", "native_land_heads_cased"))):
        return None  # "na Terra Indígena Yanomami": a land, no place within a town
    if _event_first(phrase):
        return None  # "las Fiestas Patrias", "la Festa della Repubblica": an event named noun first
    if organisation_congress(phrase):
        return None  # "Congresso Nacional do PT": a party's congress, no legislature's house
    if " " not in phrase and phrase.lower().endswith(tuple(_lower_words("event_suffixes"))):
        return None  # "beim Narrentreffen": a German compound naming an event
    if " " not in phrase and phrase.lower() in _lower_words("not_facilities"):
        return None  # "durch die Innenstadt": the town's centre, no place in it
    if " " not in phrase and phrase.lower() in _lower_words("city_adjective_generic_nouns"):
        return None  # "im Hafen", "am Bahnhof": German capitalises a lone noun, which names no place
    tokens = phrase.split()
    parts = _lower_words("named_parts")
    # "the Ginza shopping district": a district named for what is done in it, two words in lower case.
    part = 2 if len(tokens) > 2 and " ".join(tokens[-2:]) in parts and tokens[-2].islower() else 1
    if len(tokens) > part and " ".join(tokens[-part:]) in parts and (part == 2 or not is_facility(phrase)):
        # "the Hongyadong area": a part of the town is known by its name alone (a "scenic area" is a place).
        name = " ".join(tokens[:-part])
        return name if _is_placey(name) and name not in _demonyms() else None
    # "snow-covered Taksim Square": a proper name keeps no adjectives before it.
    # "Kennedy Center for the Performing Arts" is one name, not its tail.
    whole = (" for " in phrase and _vocab().named_for.search(phrase)) or _venue_at_venue(phrase) or dedicated
    proper = None if whole else _vocab().proper_tail.search(phrase)
    generic = proper is not None and proper.group(1).lower() in _lower_words("facilities")  # "refugee Camp"
    state = proper is not None and proper.group(1) in _state_buildings()
    if proper and state and phrase[: proper.start()].split()[-1:] == ["state"]:
        return "state " + proper.group(1)  # "the state Capitol": "state" names which Capitol, no adjective
    if proper and proper.start() > 0 and _is_placey(proper.group(1)) and not generic:
        before = phrase[: proper.start()].split()
        if (
            before
            and before[-1].lower() not in _connectors()
            and not re.fullmatch(r"\d{1,4}[A-Za-z]?", before[-1])  # a house number: "10 Downing Street"
            and not _BRAND_WORD.fullmatch(before[-1])  # a sponsor's name in lower case: "bet365 Stadium"
            # "estação Galeria", "Nhà thờ Đức Bà": a head of one word or more before the name.
            and not any(" ".join(before[:k]).lower() in _lower_words("facility_heads") for k in (1, 2, 3))
        ):
            phrase = proper.group(1)
    phrase = _without_adjectives(phrase)
    if not phrase or phrase in _demonyms():
        return None  # "in a Russian drone attack" cut at its first lower-case word: "Russian" is no place
    if " and " in phrase and all(map(is_place_word, phrase.split(" and "))):
        return None  # "at the border between Brazil and Paraguay": countries, no place within a town
    first, joined, second = phrase.partition(" and ")
    if joined and _named_facility(first) and _named_facility(second) and " " in second:
        phrase = first  # "over the Sydney Opera House and Harbour Bridge": two places, the first named
    elif (
        joined
        and _proper(first)
        and not _demonym_before_noun(first)  # "a Ukrainian checkpoint and trenches": no name
        and is_facility(first)
        and second.islower()
        and is_facility(second)
    ):
        # "the Ras Tanura refinery and oil terminal": a named site and another part of it, unnamed.
        phrase = first
    tokens = phrase.split()
    if (
        len(tokens) > 2
        and " ".join(tokens[:2]) in words("place", "parts_of_genitive_cased")
        and all(w[:1].isupper() for w in tokens[2:])
    ):
        if len(tokens) == 3 and tokens[2] in words("place", "german_common_buildings_genitive_cased"):
            return None  # "auf den Stufen des Hauses": a house, no name
        return " ".join(tokens[2:])  # "auf dem Gipfel der Zugspitze": the mountain whose top is shown
    head = _vocab().head_end.split(phrase)[0]
    head_word = head.lower().split()[-1] if head.split() else ""
    of_part = phrase.split(" of ", 1)[1] if " of " in phrase else ""
    if of_part and head_word in words("place", "waters_of_cased") and _named_facility(of_part):
        return of_part  # "the frozen waters of Dal Lake": the lake, named with its noun, is the place
    if (
        of_part
        and head_word in words("place", "heights_of_cased")
        and all(w[:1].isupper() and not w.isupper() for w in of_part.split())
    ):
        return of_part  # "the summit of Pen-y-ghent": the mountain whose top is shown
    if of_part and head.islower() and head_word in words("place", "site_parts_of_cased"):
        site = of_part.removeprefix("the ")
        # Not a noun alone in capitals ("the lobby of the Hotel"): a name, all capitalised or with its noun.
        titled = all(w[:1].isupper() for w in site.split()) and site.lower() not in _lower_words("facilities")
        if titled or (_proper(site) and " " in site and is_facility(site)):
            return _sublocation(site)  # "the halls of IFEMA", "the open pit of the Grasberg mine": the site
    events = _lower_words("events")
    if not named and (head_word in events or " ".join(head.lower().split()[-2:]) in events):
        return None
    if phrase.lower() in events:
        return None  # "the DP World Tour Championship" cut at "Tour": an event's noun alone names no place
    # "the Birds of Prey course": a name holding "of", then its place noun in lower case.
    named_of = _proper(head) and _proper(of_part) and head == head.title() and is_facility(phrase)
    if head != phrase and of_part and not _is_placey(of_part) and not named and not named_of:
        return None  # "the course of a visit", "the roof of a house": a noun of something unnamed
    if _titled_person(phrase):
        return None  # "a mural depicting late Pope Francis in Buenos Aires": a person, no place
    if _described_common_place(phrase):
        return None  # "a burning house", "a makeshift camp": a description, no place's name
    if _is_placey(phrase) or is_facility(head) or named_of or numbered_place(phrase):
        # A proper name ("Harbin Ice-Snow World") or a place noun ("registration center").
        return ("The " if titled and phrase == bare else "") + _without_venue_noun(phrase)
    return None


@cache
def _state_buildings() -> frozenset[str]:
    return words("place", "state_buildings_cased")


def _demonym_before_noun(phrase: str) -> bool:
    """ "Ukrainian checkpoint": a people's adjective before a common noun describes a place, names none."""
    tokens = phrase.split()
    return len(tokens) > 1 and tokens[0] in _demonyms() and tokens[1].islower()


def _without_venue_noun(phrase: str) -> str:
    """ "Allianz Parque stadium" → "Allianz Parque", "the Giza Pyramids archaeological site" → "Giza
    Pyramids": a noun of one or two words describing a venue or a site after a name that holds a place noun of
    its own; "Maracana stadium" and "the Pompeii archaeological site" keep it."""
    tokens = phrase.split()
    for size in (2, 1):
        name, noun = tokens[:-size], " ".join(tokens[-size:])
        if len(name) >= 2 and noun in words("place", "venue_describing_nouns_cased"):
            break
    else:
        return phrase
    nouns = _lower_words("facilities") | _lower_words("facility_heads")
    if any(w[:1].isupper() and w.lower() in nouns for w in name):
        return " ".join(name)
    return phrase


def _described_common_place(phrase: str) -> bool:
    """A common noun in lower case with words that describe it: "burning house", "destroyed residential
    building", "town's primary school". A compound noun alone ("registration center") is left to the
    callers' other checks. In a caption written in capitals ("PAST A DESTROYED BUILDING IN KHARKIV") the
    words tell it, not their case."""
    tokens = (phrase.lower() if phrase.isupper() else phrase).split()
    if len(tokens) < 2 or not all(t.islower() for t in tokens):
        return False
    # "the town's primary school", "the city's main square": whose it is, said by a common noun, names none.
    return tokens[0] in _lower_words("describing_words") or tokens[0].endswith(("'s", "’s"))


def _titled_person(phrase: str) -> bool:
    """Whether a phrase is a title and a person's name, with no place word: "Pope Francis", "Chancellor
    Olaf Scholz"; not "Queen Elizabeth Olympic Park", "King Street" or "Sheikh Jarrah" (place_name_titles)."""
    title = vocabulary("en").titles.match(phrase)
    if (
        title is None
        or phrase[title.end() : title.end() + 1] != " "
        or title.group().lower() in _lower_words("place_name_titles")
    ):
        return False
    name = phrase[title.end() + 1 :].split()
    return (
        bool(name)
        and is_given_name(name[0])
        and not any(_is_place_word(word.lower()) for word in name)
        and not is_facility(phrase)
    )


def _event_first(phrase: str) -> bool:
    """Whether a name opens with an event's noun, as Romance languages write them ("Fiestas Patrias", "Salon
    de l'automobile"), and closes with no place noun ("Festival Hall" is a building)."""
    tokens = phrase.lower().split()
    heads = _lower_words("event_heads")
    if not any(" ".join(tokens[:k]) in heads for k in (1, 2)):
        return False
    return tokens[-1] not in _lower_words("facilities") and not is_facility(" ".join(phrase.split()[-1:]))


def after_event_name(before: str) -> bool:
    """Whether text ends with an event's noun written first and "of": "la Festa della" (Repubblica), "la
    Fiesta de" (la Vendimia); what follows is the event's name, no place."""
    tokens = before.split()
    return (
        len(tokens) > 1
        and tokens[-1].lower() in _lower_words("romance_of")
        and tokens[-2][:1].isupper()
        and tokens[-2].lower() in _lower_words("event_heads")
    )


# A sponsor's name written in lower case with digits, which opens a venue's name as a capitalised word would:
# "the bet365 Stadium", "the o2 Arena".
_BRAND_WORD = re.compile(r"[a-z]+\d[a-z\d]*")


def _without_adjectives(phrase: str) -> str:
    """ "damaged Kakhovka dam" → "Kakhovka dam": lower-case words before a name and its place noun describe
    the place, and are no part of its name; a head noun ("estação Galeria", "port of X") is kept."""
    tokens = phrase.split()
    first = next(
        (i for i, t in enumerate(tokens) if t[:1].isupper() or t[:1].isdigit() or _BRAND_WORD.fullmatch(t)), 0
    )
    if first == 0 or tokens[-1].lower() not in _lower_words("facilities"):
        return phrase
    before = [t.lower() for t in tokens[:first]]
    heads = _lower_words("facility_heads") | _lower_words("facilities")
    if any(t in _connectors() or t in heads for t in before):
        return phrase
    return " ".join(tokens[first:])


def _proper(name: str) -> bool:
    return name[:1].isupper()


def without_descriptor(sub: str) -> str:
    """ "Time Out Market food hall" → "Time Out Market": a name in Title Case, then two words in lower case
    that only say what the place is (`named_parts`: "food hall", "geothermal spa")."""
    tokens = sub.split()
    if len(tokens) < 3:
        return sub
    *name, adjective, noun = tokens
    if not adjective.islower() or f"{adjective} {noun}" not in _lower_words("named_parts"):
        return sub
    return (
        " ".join(name)
        if all(w[:1].isupper() or w in _connectors() for w in name) and name[0][:1].isupper()
        else sub
    )


def _named_facility(name: str) -> bool:
    """A facility named in Title Case to its noun ("Kalighat Kali Temple"), not a capitalised word before a
    common noun ("Christmas market")."""
    tokens = name.split()
    # "Arène nationale", "Palais présidentiel": a head written first and its adjective after it, one name.
    closed = tokens[-1][:1].isupper() or (len(tokens) == 2 and _postnominal_adjective(tokens[0], tokens[1]))
    return _proper(name) and closed and is_facility(name)


def named_facility(name: str) -> bool:
    """ "Sydney Opera House", "Kalighat Kali Temple": a place named in Title Case to its own noun."""
    return _named_facility(name)


def _venue_at_venue(phrase: str) -> bool:
    """ "GEHA Field at Arrowhead Stadium": a sponsor's venue inside a named one, one name."""
    first, at, second = phrase.partition(" at ")
    return bool(at) and _named_facility(first) and _named_facility(second)


def facility_before(text: str, city: str) -> str | None:
    """ "addresses the Greek Parliament in Athens": a named facility right before "in <city>"."""
    if not _facility_word().occurs(text):  # most captions have none; the full pattern is dearer
        return None
    for m in _facility_before().finditer(text):
        if text.startswith(city, m.end()) and not text[: m.start()].endswith(" by "):  # "organised by the"
            # "enter the Miraflores Locks of the Panama Canal in Panama City": the part named before "of" is
            # the place shown.
            part = _facility_part_of().search(text, max(0, m.start() - 80), m.start())
            if part:
                return part.group("name")
            if m.group("lower") and (joined := _joined_before().search(text, 0, m.start("lower"))):
                # "the Olympia delle Tofane course in Cortina": the name's words before its connector.
                return joined.group("name") + m.group("lower")
            whose = m.group("whose")
            if whose and is_facility(re.split(r"\s+of\s+(?:the\s+)?", whose)[-1]):
                # "the Miraflores Locks of the Panama Canal": whose it is is a facility too; the part shown.
                return m.group("name")[: -len(whose)]
            found = m.group("name") or m.group("led") or m.group("lower")
            before = text[: text.rfind(found, 0, m.end())] if found in _state_buildings() else ""
            if before.split()[-1:] == ["state"]:
                return "state " + found  # "leave the state Capitol in Austin"
            return found
    return None


@cache
def _joined_before() -> re.Pattern[str]:
    """Capitalised words and a connector at a text's end: "the Olympia delle " (Tofane course)."""
    connectors = "of|di|della|delle|del|de|des|du|da|do"
    return re.compile(rf"(?<![\w'’-])(?P<name>(?:[A-Z][\w'’-]+\s+){{1,3}}(?:{connectors})\s+)$")


@cache
def _facility_part_of() -> re.Pattern[str]:
    titled = alternation(f.title() for f in rules("place")["facilities"])
    return re.compile(rf"\bthe (?P<name>(?:[A-Z][\w'’-]+\s+){{1,4}}(?:{titled})) of $")


@cache
def _facility_word() -> CaselessPattern:
    # Facility words are written in lower case: matched in the lower-cased text (`CaselessPattern`).
    return CaselessPattern(rf"\s(?:{alternation(rules('place')['facilities'])})\b")


@cache
def _facility_before() -> re.Pattern[str]:
    titled = alternation(f.title() for f in rules("place")["facilities"])
    lower = alternation(rules("place")["facilities"])
    # A word may open with an Arabic article in lower case: "the Jemaa el-Fna square".
    name = rf"(?:{ARABIC_ARTICLE})?[A-Z][\w'’-]+\s+"
    # "the shuttered Mercy Hospital in Fort Scott": adjectives may stand between the article and the name.
    # With no article, a name and its noun after a word that leads to a place ("a visit to Musgrove Park
    # Hospital in Taunton"), or a name and a noun in lower case as pages write it ("Kenrokuen garden"),
    # which no person's name ends with.
    leads = alternation(words("place", "facility_leads_cased"))
    # Dutch writes its neuter article before the name: "van het Vlaams Parlement in Brussel". The article
    # may open the sentence: "The Idaho State Capitol in Boise, Idaho, is seen ...".
    # "the Royal Hospital for Children in Glasgow": a name may close with whom the place is for.
    named_for = rf"(?:\s+{_vocab().named_for.pattern})?"
    # "a sitting of the Parliament of Fiji in Suva": after the article, a noun's name may close with whose
    # it is, up to three capitalised words after "of" ("of Papua New Guinea"), twice in a name holding "of"
    # ("the House of Representatives of the Philippines").
    # Not a possessive's first words: "the House of Representatives' Budget Committee" is a committee.
    word = r"[A-Z][\w-]+(?![\w'’-])"
    whose = rf"(?P<whose>(?:\s+of\s+(?:the\s+)?{word}(?:\s+{word}){{0,2}}){{0,2}})"
    return re.compile(
        rf"(?:(?:\b(?:the|het)|^The) (?:[a-z-]+\s+){{0,2}}"
        rf"(?P<name>(?:{name}){{0,4}}(?:{titled}){named_for}{whose})"
        rf"|\b{leads} (?P<led>(?:{name}){{1,4}}(?:{titled}){named_for})"
        rf"|(?<=[a-z] )(?P<lower>(?:{name}){{1,4}}(?:{lower})))"
        rf"\s+(?:in|at|near) (?=[A-Z])"
    )


def _is_name(phrase: str) -> bool:
    """Whether a place phrase holds a name (a capitalised word or a house number) or more than a noun."""
    tokens = phrase.split()
    # A participle says what became of a place, not which it is: "a flooded street" is a lone noun.
    while len(tokens) > 1 and re.fullmatch(r"[a-z]+ed", tokens[0]):
        tokens = tokens[1:]
    return len(tokens) > 1 or any(t[:1].isupper() or t[:1].isdigit() or "-" in t for t in tokens)


# "runs past Detroit Lions safety Brian Branch (32) during ...": a capitalised run right after "past", with
# no article, to the clause's end.
_PAST_RUN = re.compile(
    r"\bpast (?P<run>[A-ZÀ-Þ][^,;()]*?)"
    r"(?=\s+(?:during|in|at|on|as|for|after|before|while|to)\s|\s*[,;(]|\.\s|$)"
)


def passed_player(text: str, sub: str) -> bool:
    """Whether SUB was read from a player the subject gets past in a sports caption: "runs past Detroit
    Lions safety Brian Branch", "drives past Western Wyoming's Kaylee Brandt". The run after "past" holds a
    given name and a surname, neither a place's word; "walks past Buckingham Palace" holds none."""
    if "past " not in text:
        return False
    for m in _PAST_RUN.finditer(text):
        run = m.group("run")
        if sub not in run or _closed_by_place_noun(run):
            continue  # "march past Ba Dinh Square": a name closed by a place's noun is the place passed
        tokens = [t.removesuffix("'s").removesuffix("’s") for t in run.split()]
        for first, second in pairwise(tokens):
            if (
                is_given_name(first)
                and second[:1].isupper()
                and not any(is_place_word(t) or _is_place_word(t.lower()) for t in (first, second))
            ):
                return True
    return False


def _closed_by_place_noun(run: str) -> bool:
    """ "Ba Dinh Square", "Ho Chi Minh Mausoleum": a run whose last word, capitalised, is a place's noun."""
    last = run.split()[-1]
    return last[:1].isupper() and (
        _is_place_word(last.lower()) or last.lower() in _lower_words("landmark_heads_of")
    )


@cache
def _between() -> re.Pattern[str]:
    between = alternation(words("place", "between_words_cased"))
    ands = alternation(words("place", "between_ands_cased"))
    side = r"(?:[A-ZÀ-Þ0-9][\w'’.&-]*\s+){1,5}"
    return re.compile(rf"\b(?:{between})\s+(?:(?:the|de|het|le|la|el|der|die)\s+)?{side}(?P<and>{ands})\s+")


def second_side(text: str, sub: str) -> bool:
    """Whether SUB is the second of two sides a match is between: "een wedstrijd tussen Club Brugge KV en
    RSC Anderlecht" (Dutch "en" is "and"), "the final between Leinster and Munster"."""
    return second_side_and(text, sub) is not None


def second_side_and(text: str, sub: str) -> int | None:
    """Where the "and" before SUB starts if SUB is a match's second side ("tussen Feyenoord en Ajax")."""
    return next((m.start("and") for m in _between().finditer(text) if text.startswith(sub, m.end())), None)


@cache
def _coming_event() -> re.Pattern[str]:
    return re.compile(rf", (?:{alternation(words('place', 'coming_event_openers_cased'))}) ")


# Pure (a rule file's words only): the place reader cuts the same sentence for two of its readers.
@lru_cache(maxsize=1024)
def before_coming_event(text: str) -> str:
    """TEXT up to a clause about a coming event: "during a weigh-in at Outernet London, ahead of their fight
    at Wembley Arena" names the arena of the fight, not the picture's place."""
    m = _coming_event().search(text) if ", " in text else None
    return text[: m.start()] if m else text
