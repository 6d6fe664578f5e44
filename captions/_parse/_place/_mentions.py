"""Names besides the chain: loose capitalised names, towns named as modifiers or "called", and which of
several towns is shown.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

from ..._regex import alternation
from ..._rules import phrases, rules, words
from .._names import is_given_name
from ._lookup import PlaceLookup
from ._words import (
    _connectors,
    _is_demonym,
    _is_placey,
    _strip_front,
)


def _division_only(name: str, lookup: PlaceLookup) -> bool:
    """Whether a name is a province or state and no town: "New South Wales"."""
    kinds = lookup.classify(name)
    return "admin1" in kinds and "city" not in kinds


_CAPITALISED_RUN = re.compile(r"(?<![\w'’-])[A-ZÀ-Þ][\w'’-]+(?: [A-ZÀ-Þ][\w'’-]+){0,2}")


_MAX_LOOSE = 6


def _country_code(found: object) -> str | None:
    code = getattr(found, "country_code", None)
    return code if isinstance(code, str) else None


def _town_of_another(name: str, parents: list[str], lookup: PlaceLookup) -> bool:
    """Whether a country's name is written as a town of another country, by the division or country written
    after it: "St. Helena, Calif.", "Lebanon, Pa.", "Armenia, Colombia"."""
    if not parents:
        return False
    outer = _country_code(lookup.admin1(parents[0]) or lookup.country(parents[0]))
    return (
        outer is not None
        and outer != _country_code(lookup.country(name))
        and "city" in lookup.classify(name, outer)
    )


def _only_countries(city: str | None, parents: list[str], lookup: PlaceLookup) -> bool:
    """Whether a chain read names countries only: "in territory in Ukraine"."""
    names = [*([city] if city else []), *parents]
    return bool(names) and all(lookup.country(_strip_front(n)[0]) for n in names)


def _town_first(parents: list[str], lookup: PlaceLookup, places: list[str]) -> bool:
    """Whether the first of the parents is a town: a big one (Madrid, Tokyo), or one of the country written
    after it ("Corozal, Colombia" is the Colombian town, not Belize's district). Not a division there when a
    place read before it is a town itself ("in Long Beach, California, US": California is the state)."""
    kinds = lookup.classify(parents[0])
    if kinds[:1] == ("city",):
        return True
    code = _country_code(lookup.country(parents[-1])) if len(parents) > 1 else None
    if code is None or "city" not in lookup.classify(parents[0], code):
        return False
    return not (lookup.admin1(parents[0], code) and any("city" in lookup.classify(p) for p in places))


def _loose_names(sentence: str, parents: list[str]) -> tuple[str, ...]:
    # Not a word of a parent ("Donetsk" of "Donetsk region"), nor the end of a longer name ("cataratas del
    # Iguazú", "the Port of Spain").
    written = " ".join(parents)
    kept = []
    for m in _CAPITALISED_RUN.finditer(sentence):
        run, before = m.group(), sentence[: m.start()].split()[-2:]
        # But "blocks of Lahaina": "of" after a common noun joins no name.
        of_noun = len(before) == 2 and before[1] == "of" and before[0].islower()
        if run in written or (before and before[-1].lower() in _connectors() and not of_noun):
            continue
        if _is_placey(run) and not _is_demonym(run.split()[0]):
            kept.append(run)
    return tuple(dict.fromkeys(kept))[:_MAX_LOOSE]


_NAME_RUN = re.compile(r"(?<![\w'’.-])(?:(?:[A-Z]\.){2,}|[A-ZÀ-Þ][\w-]*(?: [A-ZÀ-Þ][\w-]*){0,2}\.?)")


_MAX_MENTIONS = 40


def mentions(text: str) -> tuple[str, ...]:
    """Capitalised runs of up to three words ("East China", "Jiangsu Province", "NSW"), each once."""
    found = [m.group() for m in _NAME_RUN.finditer(text)]
    return tuple(dict.fromkeys(found))[:_MAX_MENTIONS]


def _modifier_towns(sentence: str) -> tuple[str, ...]:
    out = []
    if (owned := possessive_subject(sentence)) is not None:
        # "Tokyo's Shibuya crossing is crowded": the owner comes before a place named in it ("Shibuya").
        out.append(owned[0])
    if (served := _town_service().match(sentence)) is not None:
        out.append(served.group("name"))  # "Saskatoon firefighters battle a blaze": the town's own service
    for m in _modifier().finditer(sentence):
        if m.group("noun") in _noun_words():
            out.append(m.group("name"))
    if (opening := _opening_modifier(sentence)) is not None:
        # "Brighton seafront on a sunny Sunday", "Hove beach huts": a local page opens with its town as the
        # attribute of a site or a view of it, no article before (not of an event: "Liverpool match").
        out.append(opening)
    return tuple(dict.fromkeys(out))[:_MAX_LOOSE]


_OPENING_MODIFIER = re.compile(
    r"(?P<name>[A-ZÀ-Þ][\w-]+(?: [A-ZÀ-Þ][\w-]+)?) (?P<noun>[a-z]+)\b(?: (?P<next>[a-z]+)\b)?"
)


def _opening_modifier(sentence: str) -> str | None:
    """The town opening SENTENCE as the attribute of a site: "Hove beach huts", or with a word of the site's
    kind before its noun, "Manly ferry wharf"; None otherwise."""
    m = _OPENING_MODIFIER.match(sentence)
    if m is None:
        return None
    sites = _site_words()
    return m.group("name") if m.group("noun") in sites or m.group("next") in sites else None


# Why a local page's own town, read off the name opening the caption, is in doubt (`own_town`).
OWN_TOWN_PLAYER = "player"  # "Geelong's Jeremy Camilleri": a player of the town's team, who plays away too
OWN_TOWN_TEAM = "team"  # "Sligo Rovers manager", "Kendal Town's": a team named after its town
OWN_TOWN_NAME = "name"  # "Hastings residents": the town's name is a person's name as well
OWN_TOWN_RUN = "run"  # "Mayor of Galway Peter Keane": the town's name run on into a person's


@cache
def _own_town_article() -> re.Pattern[str]:
    """ "the Wagga council": a town's own body in lower case after the article and the town's name; or after
    a word in lower case, no article ("before Charlottetown council voted"), but not "a"/"an" ("a Labor
    council": a party's)."""
    nouns = alternation(rules("place")["own_town_article_nouns_cased"])
    return re.compile(
        rf"(?:\bthe |(?<![\w'’-])(?!an? )[a-z]+ )(?P<name>[A-ZÀ-Þ][\w-]+(?: [A-ZÀ-Þ][\w-]+)?) (?:{nouns})\b"
    )


@cache
def _own_town_club() -> re.Pattern[str]:
    """ "the Rotary Club of Bendigo": a service club's branch named after its town (one or two words)."""
    heads = alternation(words("place", "own_town_club_heads_cased"))
    return re.compile(rf"\b(?:{heads}) (?P<name>[A-ZÀ-Þ][\w-]+(?: [A-ZÀ-Þ][\w-]+)?)\b")


# A town's possessive inside the sentence, after a word in lower case or a comma: "as part of Dubbo's National
# Tree Day catch-up", "during Newcastle's bonfire night display".
_OWNER_INSIDE = re.compile(
    r"(?<=[a-z,] )(?P<name>[A-ZÀ-Þ][\w-]+(?: [A-ZÀ-Þ][\w-]+)?)['’]s (?P<rest>[^,;:()]+)"
)
# How many words after the possessive may hold the noun of the town's event, body or site: "National Tree
# Day", "bonfire night display".
_POSSESSED_WORDS = 4


def _own_town_possessive(sentence: str) -> str | None:
    """The town whose possessive, inside SENTENCE, owns its own event, body or site ("Dubbo's National Tree
    Day catch-up", "Springfield's City Council approved", "Stockport's pub of the year"), or None. Sports'
    events are none: a team's possessive ("Chelsea's match") names no town."""
    if "'s " not in sentence and "’s " not in sentence:
        return None  # most sentences hold no possessive: the pattern is spared
    possessed = _possessed_nouns()
    for m in _OWNER_INSIDE.finditer(sentence):
        tokens = m.group("rest").split()[:_POSSESSED_WORDS]
        if any(t.strip(".") in possessed or t.strip(".").lower() in possessed for t in tokens):
            return m.group("name")
    return None


@cache
def _possessed_nouns() -> frozenset[str]:
    """Nouns a town's possessive inside a sentence owns: its own events, bodies, people and sites; no sport's
    event ("Chelsea's match")."""
    place = rules("place")
    owned = frozenset(place["own_town_possessed_nouns_cased"]) | frozenset(place["own_town_nouns_cased"])
    return (owned | _owned_nouns()) - frozenset(place["own_town_unpossessed_events_cased"])


@cache
def _own_town_opening() -> re.Pattern[str]:
    heads = alternation(rules("place")["own_town_heads_cased"])
    return re.compile(
        rf"(?:(?:{heads}) (?P<of>[A-ZÀ-Þ][\w-]+(?: [A-ZÀ-Þ][\w-]+)?)\b"
        r"|(?P<run>[A-ZÀ-Þ][\w-]+(?: [A-ZÀ-Þ][\w-]+){0,3})(?P<owned>['’]s?)?"
        r" (?P<next>[\w-]+)(?: (?P<after>[\w-]+))?)"
    )


def own_town(sentence: str, place_named: str | None = None) -> tuple[tuple[str, str], ...]:
    """The town a local page names as its own at the head of SENTENCE, as its people's or bodies' attribute or
    possessive ("Stornoway's harbour master", "Orange mayor", "Galway City Council chief executive", "Mayor
    of Frome"), each reading of the capitalised run (longest first) with why it is in doubt ("" if not).
    PLACE_NAMED is the place the sentence was read to show, no player: "Skipton's Belle Vue Square"."""
    if read := _own_town_at_head(sentence, place_named):
        # "Waipā District Council contractors ... the roof of Cambridge's town hall": a town's possessive
        # further on is read after the head's readings, where the gazetteer holds none of them as a town.
        owner = _own_town_possessive(sentence)
        if owner is None or any(name == owner for name, _ in read):
            return read
        return (*read, (owner, OWN_TOWN_NAME if is_given_name(owner.split()[0]) else ""))
    if (body := _own_town_article().search(sentence)) is not None:
        name = body.group("name")  # "Members of the Wagga council": the town's own body, named anywhere
    elif (owner := _own_town_possessive(sentence)) is not None:
        name = owner  # "as part of Dubbo's National Tree Day catch-up": the town's own event
    elif " Club of " in sentence and (club := _own_town_club().search(sentence)) is not None:
        name = club.group("name")  # "Members of the Rotary Club of Bendigo": the club's town
    else:
        return ()
    return ((name, OWN_TOWN_NAME if is_given_name(name.split()[0]) else ""),)


def _own_town_at_head(sentence: str, place_named: str | None) -> tuple[tuple[str, str], ...]:
    m = _own_town_opening().match(sentence)
    if m is None:
        return ()
    if (name := m.group("of")) is not None:
        doubt = OWN_TOWN_NAME if is_given_name(name.split()[0]) else ""
        first, _, rest = name.partition(" ")
        if rest and is_given_name(rest):
            # "Mayor of Galway Peter Keane": the person's name follows the town's with no comma. The whole run
            # first ("Mayor of Port Talbot"), then the town alone, in doubt: where its name ends is a guess.
            return ((name, doubt), (first, doubt or OWN_TOWN_RUN))
        return ((name, doubt),)
    run, following, after = m.group("run").split(), m.group("next"), m.group("after")
    owned = bool(m.group("owned"))
    org_words = words("people", "org_words")
    team_nouns, people_nouns, team_words = (
        words("place", "own_town_team_nouns_cased"),
        words("place", "own_town_nouns_cased"),
        words("place", "own_town_team_words_cased"),
    )
    if len(run) > 1 and run[0] in words("place", "own_town_openers_cased"):
        run = run[1:]  # "Former Bridport mayor": the title's modifier, capitalised at the head, is no town's
    titled = next((i for i, w in enumerate(run) if i and w in words("place", "own_town_titles_cased")), None)
    if titled is not None:
        # "Former Sioux Falls Mayor Dale Ruud": the title capitalised before the name ends the town's run.
        run, following, after, owned = run[:titled], run[titled].lower(), None, False
    if (
        following.islower()
        and after in people_nouns
        and (owned or following in words("place", "own_town_noun_modifiers_cased"))
    ):
        # "Kendal's newest pupils", "Halifax regional council meets": a word describing the town's people or
        # body before them.
        following, after = after, None
    # "Galway City Council", "Ballarat Base Hospital"; a town's service, capitalised ("Kenora OPP").
    body = len(run) > 1 and (run[-1].lower() in org_words or run[-1] in people_nouns)
    # "Sligo Rovers manager", "Kendal Town's Josh Hartington": the run is a team's, named after its town.
    team = following in team_nouns or (len(run) > 1 and not body)
    player = False
    if owned:
        if team and following not in team_nouns and run[-1] not in team_words and is_given_name(run[0]):
            return ()  # "Donald Trump's Mar-a-Lago": a person's name, no team's
        if following.islower() and not (
            following in _owned_nouns() or following in people_nouns or team or body
        ):
            return ()  # "Darwin's finches", "Jackson's new album": no town's place, people or body
        # "Geelong's Jeremy Camilleri": a given name and a word no place's noun ("Napier's Marine Parade").
        player = (
            following[:1].isupper()
            and is_given_name(following)
            and after is not None
            and after[:1].isupper()
            and after.lower() not in _owned_nouns()
            and after not in words("place", "street_name_nouns_cased")
            and not (place_named and place_named.startswith(following))
        )
    elif not (following in team_nouns or following in people_nouns or (body and following.islower())):
        return ()
    out = []
    for size in range(len(run), 0, -1):
        if size == 1 and run[0].lower() in words("place", "leading_articles_cased"):
            continue  # "Die Feuerwehr löscht": an article opening a body's name is no town (Die, France)
        # "Carmarthen Town" may be the town's other name, and still the team's.
        teamed = team and (size < len(run) or run[-1] in team_words or following in team_nouns)
        doubt = (
            OWN_TOWN_PLAYER
            if player
            else OWN_TOWN_TEAM
            if teamed
            else OWN_TOWN_NAME
            if len(run) == 1 and is_given_name(run[0])
            else ""
        )
        out.append((" ".join(run[:size]), doubt))
    return tuple(out)


@cache
def _site_words() -> frozenset[str]:
    """Nouns of one word of a site or a town's view: "beach", "harbour", "seafront", "city"."""
    place = rules("place")
    sites = (*place["facilities"], *place["town_view_nouns_cased"], *place["town_site_nouns_cased"])
    return frozenset(w for w in sites if " " not in w)


def event_town(sentence: str, city: str) -> str | None:
    """A town named as the modifier of an event before the town read ("the Los Angeles premiere ... at the
    Fox Village Theatre in Westwood"): the town the event is held in, which the locate stage takes where the
    town read is a namesake far from it (a district of it the gazetteer lacks)."""
    for m in _modifier().finditer(sentence):
        name = m.group("name")
        if m.group("noun") in _event_words() and name != city and sentence.find(name) < sentence.find(city):
            return name
    return None


@cache
def _event_words() -> frozenset[str]:
    return frozenset(rules("place")["town_event_nouns_cased"])


def _facility_towns(sentence: str) -> tuple[str, ...]:
    """Towns named before a facility after "the", a word of its kind between: "the Jenin refugee camp"."""
    found = [m.group("name") for m in _FACILITY_TOWN.finditer(sentence) if m.group("noun") in _noun_words()]
    return tuple(dict.fromkeys(found))[:_MAX_LOOSE]


_FACILITY_TOWN = re.compile(
    r"\bthe (?P<name>[A-ZÀ-Þ][\w-]+(?: [A-ZÀ-Þ][\w-]+)?) (?:[a-z]+ )?(?P<noun>[a-z]+)\b"
)


@cache
def _town_service() -> re.Pattern[str]:
    """A town's name opening the sentence before its own service, with no article or the indefinite one:
    "Toronto police", "A Norman police officer directs traffic"."""
    nouns = alternation(rules("place")["town_service_nouns_cased"])
    return re.compile(rf"(?:An? )?(?P<name>[A-ZÀ-Þ][\w-]+(?: [A-ZÀ-Þ][\w-]+)?) (?:{nouns})\b")


@cache
def _modifier() -> re.Pattern[str]:
    return re.compile(
        r"(?:\b(?:a|an|the)\s+|['’]s\s+)(?P<name>[A-ZÀ-Þ][\w-]+(?: [A-ZÀ-Þ][\w-]+)?)\s+(?P<noun>[a-z]+)\b"
    )


# A town's possessive opening the subject, after a view's noun and "of" at most: "Shanghai's skyline is seen",
# "The skyline of Shanghai's Lujiazui financial district", "Paris's Eiffel Tower is lit up".
_OWNER_OPENING = re.compile(
    r"^(?:(?:The|A|An|[A-Z][a-z]+)\s+(?:[a-z-]+\s+){0,2}(?:of|over)\s+(?:the\s+)?)?"
    r"(?P<owner>[A-ZÀ-Þ][\w.-]+(?: [A-ZÀ-Þ][\w.-]+){0,2})['’]s\s+(?P<rest>[^,;:()]+)"
)


# Pure (a match is immutable): the subject's and the landmark's possessive readers ask of the same sentence.
@lru_cache(maxsize=1024)
def _owner_opening(sentence: str) -> re.Match[str] | None:
    """The possessive opening the sentence, and what follows it; looked for only where one is written."""
    return _OWNER_OPENING.match(sentence) if "'s " in sentence or "’s " in sentence else None


# The most words a place owned may have before its noun: "Lujiazui financial district".
_OWNED_WORDS = 5
_DESCRIBING_WORDS = 2


def possessive_subject(sentence: str) -> tuple[str, str | None, bool] | None:
    """The owner of a place opening the sentence with its possessive, the place's name when it is one
    ("Eiffel Tower", "Shibuya crossing"; none for "skyline", "central business district"), and whether the
    place says its owner is a town (a part or a view of one, or a place with a name; not "Toyota's plant").
    Its noun is one of a town's parts, facilities or views: "Arsenal's Bukayo Saka" names none."""
    m = _owner_opening(sentence)
    if m is None:
        return None
    tokens = m.group("rest").split()[:_OWNED_WORDS]
    nouns = _owned_nouns()
    last = None
    described = 0  # words in lower case before the noun: "central business district", not "players celebrate"
    pairs = _two_word_nouns()
    for i, token in enumerate(tokens):
        if token.lower() in nouns or (i and f"{tokens[i - 1]} {token}".lower() in pairs):
            last = i  # "Wellington's cable car": a noun of two words, whose last alone names no place
        elif token.islower() and (last is not None or (i and not tokens[i - 1].islower())):
            if last is None and token in _part_modifiers():
                continue  # "Canary Wharf financial district"
            break  # the verb after the place: "crossing is crowded", "Lionel Messi attends"
        elif token.islower() and (described := described + 1) > _DESCRIBING_WORDS:
            break
    if last is None:
        return None
    name = " ".join(tokens[: last + 1])
    named = name[:1].isupper()
    return m.group("owner"), name if named else None, named or tokens[last].lower() in _town_part_nouns()


_CAPITALISED_NAME = re.compile(r"[A-ZÀ-Þ][\w'’-]+(?: (?:(?:de|del|of|the|la|di) )?[A-ZÀ-Þ][\w'’-]+){0,3}")


def possessive_landmark(sentence: str, lookup: PlaceLookup) -> tuple[str, str, bool] | None:
    """A known landmark owned by the name opening the sentence: "Rome's Colosseum is lit up" (Rome,
    Colosseum), where no place noun says it is one."""
    m = _owner_opening(sentence)
    name = _CAPITALISED_NAME.match(m.group("rest")) if m else None
    if m is None or name is None or lookup.landmark(name.group()) is None:
        return None
    return m.group("owner"), name.group(), True


@cache
def _town_part_nouns() -> frozenset[str]:
    place = rules("place")
    parts = (*place["within"], *place["named_parts"], *place["town_view_nouns_cased"])
    return frozenset(w.split()[-1] for w in parts)


@cache
def _part_modifiers() -> frozenset[str]:
    """The first words of a town's parts written in more than one: "financial" of "financial district"."""
    place = rules("place")
    parts = (*place["within"], *place["named_parts"])
    return frozenset(w.split()[0] for w in parts if " " in w)


@cache
def _two_word_nouns() -> frozenset[str]:
    """Facilities named in two words ("cable car", "launch pad"), which a town's possessive may own."""
    return frozenset(w for w in rules("place")["facilities"] if w.count(" ") == 1)


@cache
def _owned_nouns() -> frozenset[str]:
    return _noun_words() | _town_part_nouns()


@cache
def _measured() -> re.Pattern[str]:
    """A distance, a direction and "of", then a town's name: "30 kilometres east of Dire Dawa", "a unos 40
    kilómetros al norte de Antofagasta", "rund 50 Kilometer südlich von Kiruna"."""
    units = phrases("place", "distance_units")
    rounded = phrases("place", "distance_round_numbers_cased")
    return re.compile(
        rf"(?:\d[\d.,]*\s*|\b{rounded} d[ei] ){units}\s+(?:\(\d[^)]*\)\s+)?(?:(?:al|au|ao|a)\s+)?"
        rf"[\w-]+\s+(?:of|from|de|del|du|von|di|da|do)\s+"
        rf"(?P<name>[A-ZÀ-Þ][\w'’-]+(?: [A-ZÀ-Þ][\w'’-]+){{0,2}})"
    )


@cache
def _unit_stems() -> tuple[str, ...]:
    """The first letters of every distance unit, to tell cheaply that a sentence may measure a distance."""
    # "mi" would be found in most captions ("Miami"); "15 mi east of" is seldom written.
    return tuple({unit.lower()[:3] for unit in rules("place")["distance_units"] if unit != "mi"})


def measured_from(sentence: str) -> frozenset[str]:
    """The towns a sentence measures a place from ("a camp 30 km east of Dire Dawa"): none is shown."""
    lowered = sentence.lower()
    if not any(unit in lowered for unit in _unit_stems()):
        return frozenset()  # most captions measure nothing: the pattern is spared
    return frozenset(m.group("name") for m in _measured().finditer(sentence))


_CALLED_WORDS = ("called", "named", "known as")


@cache
def _called() -> re.Pattern[str]:
    nouns = alternation(rules("place")["facilities"])
    name = r"[A-ZÀ-Þ][\w'’-]+"
    return re.compile(
        rf"\b(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}(?:{nouns})\s+(?:{'|'.join(_CALLED_WORDS)})\s+"
        rf"(?P<name>(?:The\s+)?{name}(?:\s+{name}){{0,3}})"
    )


@cache
def _noun_words() -> frozenset[str]:
    place = rules("place")
    nouns = (*place["events"], *place["facilities"], *place["town_view_nouns_cased"])
    # Not a land or water named after a town it lies beyond: "the Kakhovka reservoir" is not in Kakhovka.
    return frozenset(w for w in nouns if " " not in w) - frozenset(place["wild_areas"])


def _likelier_division(name: str, lookup: PlaceLookup) -> bool:
    """Whether a name reads first as a division ("in far western NSW"), not a country or a town."""
    # `admin1` is the cheap half of `classify`: without a division of that name, classify cannot put one
    # first, and its town lookup (the costly half) is saved for the many captions whose city is a town.
    return lookup.admin1(name) is not None and lookup.classify(name)[:1] == ("admin1",)


def _latin_letters(text: str) -> bool:
    return text.isascii() or all(
        c.isascii() or unicodedata.name(c, "").startswith("LATIN") for c in text if c.isalpha()
    )


def _same_name(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return False
    fa, fb = a.casefold(), b.casefold()
    return fa == fb or fa.startswith(fb) or fb.startswith(fa)
