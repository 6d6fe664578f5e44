"""The "venue, town, state, country" chain by the date, read from the date outwards; what a chain yields."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from ..._rules import phrases, rules, words
from ._city import _BRACKET_AFTER, _CityPhrase, _country_in_english, _country_names, _read_city_phrase
from ._head import _read_head
from ._lookup import PlaceLookup, _Chain
from ._sub import (
    _sublocation,
    is_facility,
)
from ._weak import (
    ends_with_weak_town,
    in_latin,
)
from ._words import (
    _CAPITAL_OF,
    _PAREN_PARENT,
    _connectors,
    _cut_notes,
    _is_placey,
    _names_region,
    _phrase_start_ok,
    _strip_front,
    _vocab,
    region_name,
)


# Pure: rule files and the lookup's answers, which are fixed for a lookup (the gazetteer caches them itself);
# every candidate chain of a caption asks it of the same segments ("Ukraine", "Luhansk region") again.
@lru_cache(maxsize=4096)
def _is_parent(segment: str, lookup: PlaceLookup) -> bool:
    """A segment outside the city: "Luhansk region", "Ukraine", "in Donetsk region"."""
    if _island_head().search(segment) is not None and island_parent(segment, lookup) is not None:
        return True  # "près de Sainte-Rose, sur l'île de La Réunion": the island the town is on, a division
    if not _is_placey(segment):
        return _lower_case_division(segment, lookup)
    if not _vocab().locative.match(segment):
        # German capitalises its nouns: "Ein Eisbär im Tierpark Berlin" is a sentence with a place phrase in
        # it, not a name; "Bad Homburg vor der Höhe" is a town's name the gazetteer knows.
        inner = next((m for m in _vocab().locative.finditer(segment, 1) if m.group().islower()), None)
        return inner is None or not segment[: inner.start()].strip() or bool(lookup.classify(segment))
    stripped, _ = _strip_front(segment)
    return (
        _names_region(stripped)
        or bool(_CAPITAL_OF.match(stripped))
        or lookup.country(stripped) is not None
        or region_name(stripped) != stripped  # "na ilha da Madeira", "en la provincia de Misiones"
    )


def island_parent(segment: str, lookup: PlaceLookup) -> str | None:
    """The country or division an island phrase after a town names ("sur l'île de La Réunion": Réunion;
    "on the French island of La Reunion"), without its article; None for any other phrase."""
    stripped = _strip_front(segment)[0]
    m = _vocab().island_parent.match(stripped)
    if m is None:
        return None
    name = m.group("name")
    article, _, bare = name.partition(" ")
    for found in (name, bare if article.lower() in _ISLAND_ARTICLES else ""):
        if found and (lookup.country(found) or lookup.admin1(found)):
            return found
    # "on the Greek island of Santorini": an island no division is named after lies in the demonym's country.
    # "on the Canary Island of El Hierro": the island group its adjective names, a division (Canary Islands).
    before = stripped[: m.start("name")].split()
    owner = (
        _island_owner(w) or _island_group(w, lookup) for w in before if w[:1].isupper() and w[1:].islower()
    )
    return _country_in_english(name, lookup) or next((c for c in owner if c), None)


def _island_group(word: str, lookup: PlaceLookup) -> str | None:
    """The division an island group's adjective names ("Canary": the Canary Islands), if one."""
    group = f"{word} Islands"
    return group if lookup.admin1(group) is not None else None


def _island_owner(word: str) -> str | None:
    """The English name of the country a nationality's adjective before "island" names ("Greek": Greece)."""
    code = rules("place")["demonym_countries"].get(word)
    return _english_country_names().get(code) if code else None


@cache
def _english_country_names() -> dict[str, str]:
    """Each country's English name by its ISO code."""
    return {code: name for code, name in _country_names().values()}


_ISLAND_ARTICLES = frozenset(("la", "le", "les", "el", "the"))


@cache
def _island_heads() -> tuple[str, ...]:
    """The island words, to spare the island pattern the segments that hold none."""
    place = rules("place")
    return (*place["island_heads_cased"], *place["island_parent_heads_cased"])


@cache
def _island_head() -> re.Pattern[str]:
    """Any island word, found in one search: a substring test of each was some 15 interpreted lines a
    caption."""
    heads = _island_heads()
    return re.compile("|".join(re.escape(head) for head in heads) if heads else "(?!)")


def _division_phrase(segment: str) -> bool:
    """ "en el estado de Nuevo León", "in the province of Quebec": a division written with its word first,
    which names no town for the phrase before it to lie in."""
    stripped, _ = _strip_front(segment)
    return region_name(stripped) != stripped


def _lower_case_division(segment: str, lookup: PlaceLookup) -> bool:
    """ "dans la bande de Gaza": a division's own name in its language, opening with a lower-case noun; no
    town of the name after the noun ("bande de Gaza" is no Gaza). A settlement's noun opens a town's name:
    "la ciudad de Salta" is the town, though GeoNames lends the province its seat's "Ciudad de Salta" (but
    "la ciudad de México" names no town México)."""
    stripped, _ = _strip_front(segment)
    if not stripped[:1].islower():
        return False
    town = _vocab().settlement_head.match(stripped)
    if town is not None and lookup.country(town.group("city")) is None:
        return False
    return lookup.admin1(stripped) is not None


def _segments(text: str, lookup: PlaceLookup) -> list[str]:
    # The pattern ends the text with a bracket: a text without one is spared its search at every character.
    m = _PAREN_PARENT.search(text) if text.rstrip().endswith(")") else None
    # Agência Brasil's dateline, a name and its state's code alone: "Rio de Janeiro (RJ) 22/03/2024 – ...".
    coded = m is not None and bool(_STATE_CODE.fullmatch(m.group(1))) and _is_placey(text[: m.start()])
    if m and coded and (state := _brazil_state(text[: m.start()], m.group(1), lookup)):
        return [*re.split(r",\s+", text[: m.start()].rstrip()), state]
    if m and _bracketed_town(text, m.start(), m.group(1), lookup):
        return re.split(r",\s+", text.rstrip())  # "in Frankfurt (Oder)", "Halle (Saale)": the town's own name
    if m and (lookup.country(m.group(1)) or not m.group(1).isupper() or coded):
        # "en Madrid (España)", not "the Philippine Coast Guard (PCG)"
        text = text[: m.start()] + ", " + m.group(1)
    if "island" in text:
        # "in Oia on the Greek island of Santorini": the island phrase is the town's parent, as after a comma.
        text = _ISLAND_AFTER_TOWN.sub(", ", text)
    return re.split(r",\s+", text)


# A town's name, then "on the [Greek] island of": no comma, but the island is a parent all the same.
_ISLAND_AFTER_TOWN = re.compile(r"(?<=[a-zà-ÿ])\s+(?=on the (?:[A-Z][\w-]*\s+){0,3}[Ii]sland of [A-Z])")


_NAME_BEFORE_BRACKET = re.compile(r"(?:^|(?<=\s))(?P<name>[A-ZÀ-Þ][\w'’.-]*(?: [A-ZÀ-Þ][\w'’.-]*){0,2})$")


def _brazil_state(before: str, code: str, lookup: PlaceLookup) -> str | None:
    """The state a Brazilian state's code in brackets names ("Pacaraima (RR)": Roraima, by its ISO 3166-2
    code BR-RR), where the town before it lies in that state; None otherwise (a US state's code,
    "Springfield (IL)"). Alone, "RR" folds to a Saudi town and "MS" is Mississippi."""
    state = lookup.admin1_by_iso(f"BR-{code}")
    name = getattr(state, "name", None)
    if name is None:
        return None
    town = before.rsplit(",", 1)[-1].strip()
    in_state = getattr(state, "admin1_code", None)
    found = any(
        r.place.country_code == "BR" and r.place.admin1_code == in_state for r in lookup.candidates(town)
    )
    return name if found else None


def _bracketed_town(text: str, bracket: int, inside: str, lookup: PlaceLookup) -> bool:
    """Whether the name before a bracket and the bracket are one town's name, as German writes a river or a
    region into it: "Frankfurt (Oder)", "Halle (Saale)"."""
    m = _NAME_BEFORE_BRACKET.search(text, 0, bracket)
    return m is not None and "city" in lookup.classify(f"{m.group('name')} ({inside})")


def _read_chain(text: str, lookup: PlaceLookup, *, head_first: bool = False) -> _Chain:
    """Read a chain whose outer end is the end of `text` (or, head_first, whose head starts `text`)."""
    chain = _Chain()
    segments = _segments(text, lookup)
    if head_first:
        head, notes = _cut_notes(segments[0])
        chain.notes += notes
        for seg in segments[1:]:
            seg, notes = _cut_notes(seg)
            chain.notes += notes
            if seg and not _is_placey(seg):
                break
            if seg:
                chain.parents.append(seg)
        if (
            chain.parents
            and _is_pure_place(chain.parents[0])
            and _vocab().locative.match(head)
            and not _division_phrase(chain.parents[0])
        ):
            # "en el Congreso de los Diputados, en Madrid": a place, then the town it is in after a
            # preposition of its own, which the first phrase then names a place within.
            town = chain.parents.pop(0)
            _read_head(town, chain, head)
            chain.text = ", ".join([head, town, *chain.parents])
            return chain
        _read_head(head, chain)
        chain.text = ", ".join([head, *chain.parents])
        return chain

    # "in Hong Kong, days after a deadly fire ... in Tai Po district": the rest tells of another event.
    lag = next(
        (
            k
            for k in range(1, len(segments))
            if _vocab().event_lag.match(segments[k])
            and any(_vocab().locative.search(s) for s in segments[:k])
        ),
        len(segments),
    )
    segments = segments[:lag]
    index = len(segments) - 1
    while index >= 0:
        seg, notes = _cut_notes(segments[index])
        chain.notes = [*notes, *chain.notes]
        if not seg:
            index -= 1
            continue
        if index > 0 and _relative_clause(seg) and any(_vocab().locative.search(s) for s in segments[:index]):
            # "inside the al-Hol camp, which holds relatives of ..., in Hasakah governorate": a clause about
            # the place before it, no place of the chain.
            index -= 1
            continue
        if index > 0 and _is_aside(seg, lookup):
            # "near the town of X, amid Russia's attack on Ukraine, in Donetsk region": an aside in the chain.
            index -= 1
            continue
        metro_part = _vocab().metro_part.match(seg) if index > 0 else None
        if metro_part:
            # "in Frankston, in Melbourne's south-east": Melbourne only locates Frankston.
            chain.context.append(metro_part.group("metro"))
            chain.near.append(metro_part.group("metro"))
            chain.metro = metro_part.group("metro")
            index -= 1
            continue
        native_land = _vocab().native_land.match(seg) if index > 0 else None
        if native_land and any(_vocab().locative.search(s) for s in segments[:index]):
            chain.context.append(native_land.group("land"))  # "in Chinle, Ariz., on the Navajo Nation"
            index -= 1
            continue
        land = _vocab().named_land.match(seg) if index > 1 else None
        if (
            land
            and _is_parent(segments[index - 1], lookup)
            and any(_vocab().locative.search(s) for s in segments[: index - 1])
            and not is_facility(land.group("land"))
            and "city" not in lookup.classify(land.group("land"))
        ):
            # "in Marathon, Fla., in the Florida Keys", "in Aspen, Colo., in the Rocky Mountains": after a
            # town and its state, a named land only locates the town.
            chain.context.append(land.group("land"))
            index -= 1
            continue
        if index > 0 and (
            _vocab().relative.match(seg)
            or (
                _vocab().near.match(seg)
                # "in the excavation area of the ancient city of Pompeii, near Naples": a town named last too;
                # and one after a weak locative ("a Sesto San Giovanni, vicino a Milano").
                and (
                    _is_pure_place(segments[index - 1])
                    or _vocab().bare_within_of.search(segments[index - 1])
                    or ends_with_weak_town(segments[index - 1])
                )
            )
        ):
            # "in Irpin, on the outskirts of Kyiv": Kyiv only locates Irpin.
            located = _without_standing(_vocab().relative.sub("", _vocab().near.sub("", seg)).strip())
            if _DIRECTION_OF.match(seg) and lookup.country(located):
                # "in Montignac, southwest of France": a part of the country, which is the parent.
                chain.parents.insert(0, located)
                index -= 1
                continue
            chain.context.append(located)
            chain.near.append(_vocab().locative.pattern.split(located, 1)[0].strip(" ,"))
            index -= 1
            continue
        appositive = _vocab().appositive.match(seg) if index > 0 else None
        if appositive:
            # "in Srinagar, the summer capital of Indian Kashmir", "in Suzhou, a city in East China's Jiangsu
            # Province": a description of the place before it, whose names are evidence, not its parents.
            chain.context.append(appositive.group("place") or appositive.group("counted"))
            index -= 1
            continue
        if _is_parent(seg, lookup):
            chain.parents.insert(0, seg)
            index -= 1
            continue
        segments[index] = seg
        break
    if index < 0:
        if chain.parents and not _lower_case_division(chain.parents[0], lookup):
            # nothing but names: "Mariupol, Ukraine" — the innermost is the city
            chain.city_phrase = chain.parents.pop(0)
            chain.bare = not _vocab().locative.match(chain.city_phrase)
        chain.text = text
        return chain
    head = segments[index]
    # "at the Zaatari refugee camp, which houses ..., near Mafraq": the place before a relative clause.
    before = index - 1
    while before > 0 and _relative_clause(segments[before]):
        before -= 1
    previous = segments[before] if index > 0 and _is_pure_place(head) else None
    if previous is not None and before > 0 and (placer := _located_by(previous)):
        # "in Bir Zeit, north of Ramallah, in the Israeli-occupied West Bank": the town placed by another
        # stands before the division, the other only locating it.
        chain.context.append(placer)
        chain.near.append(placer)
        previous = segments[before - 1]
    elif previous is not None and before > 0 and _former_name().match(previous.strip()):
        # "at the Crypto.com Arena, formerly the Staples Center, in Los Angeles": the old name is no place.
        previous = segments[before - 1]
    elif previous is not None and before > 0 and _RANKED_DESCRIPTION.fullmatch(previous.strip()):
        # "at the Al Massira dam, Morocco's second-largest reservoir, near Settat": a description of the
        # place before it, which is the one shown.
        previous = segments[before - 1]
    elif (
        previous is not None and before > 0 and (landmark := _landmark_aside(previous, segments[before - 1]))
    ):
        # "on Westminster Bridge, near the Houses of Parliament, in London": an aside that only locates the
        # named place before it; the place shown is that one, the landmark a candidate.
        chain.facilities.append(landmark)
        previous = segments[before - 1]
    start = _read_head(head, chain, previous)
    after = head.find(chain.city_phrase, start) + len(chain.city_phrase) if chain.city_phrase else -1
    if (
        after >= 0
        and chain.parents
        and _FROM_PLACE.match(head, after)
        and chain.opener in words("place", "arrival_prepositions_cased")
    ):
        # "cross into Tell Abyad from Akcakale, Turkey": the divisions after the place left are its own, not
        # the town's; they stay evidence only. (Not "a view over Lake Wakatipu from Bob's Peak, Queenstown":
        # the place seen from is the picture's.)
        chain.context += chain.parents
        chain.parents = []
    bracket = _BRACKET_AFTER.match(head, after) if after >= 0 else None
    if bracket and _bracketed_town(head, bracket.start(), bracket.group(1), lookup):
        chain.city_phrase = f"{chain.city_phrase} ({bracket.group(1)})"  # "in Frankfurt (Oder)"
    if chain.city_phrase is None and chain.parents and (named := _articled_name_at_end().search(head)):
        # "al Quirinale, Roma": a name after a preposition with its article, closing the head, then the town.
        chain.before_city = named.group("name")
    if (
        chain.city_phrase is None
        and chain.before_city is None
        and chain.parents
        and (owned := _town_of_at_end().search(head))
        and (head[: owned.start()].split() or [""])[-1][:1].islower()
        and _town_in_division(owned.group("name"), chain.parents[0], lookup)
    ):
        # "en sus huertas de Zacatlán, Puebla" (in their orchards of Zacatlán, Puebla): a town named with
        # "of" and no locative before it, then its state; else the state alone was read, as its capital.
        # Not after a name ("la sede del Distrito Escolar Unificado de Santa Ana"), a facility of the town's.
        chain.city_phrase, chain.bare = owned.group("name"), True
    joined = chain.opener and all(w in _connectors() for w in chain.opener.lower().split())
    if joined and chain.before_city and chain.before_city[:1].isupper() and chain.city_phrase:
        whole = f"{chain.before_city} {chain.opener} {chain.city_phrase}"
        if "city" in lookup.classify(whole):  # "near Brandenburg an der Havel": one town, not Havel
            chain.city_phrase, chain.before_city = whole, None
            start = head.rfind(whole) if whole in head else start
        elif chain.opener in words("place", "town_river_joiners") and "city" in lookup.classify(
            chain.before_city
        ):
            # "in Cochem an der Mosel": a town, then the river it lies on; the town is the place, never a
            # town the river's name also spells (Mosel, German for Mosul).
            town_at = head.rfind(chain.before_city)
            start = town_at if town_at >= 0 else start
            chain.city_phrase, chain.before_city = chain.before_city, None
    if chain.city_phrase and not lookup.classify(chain.city_phrase):
        # "in Boppard am Rhein": the town and its river read as one phrase, which names no town; the town.
        river_town = _town_before_river(chain.city_phrase)
        if river_town and "city" in lookup.classify(river_town):
            chain.city_phrase = river_town
    if joined and chain.before_city is None and chain.city_phrase and chain.opener:
        # "durch Frankfurt an der Oder": the name before the phrase, joined to it, is one town's (not Oder).
        at = head.rfind(f" {chain.opener} {chain.city_phrase}")
        named = _NAME_BEFORE_JOINED.search(head, 0, at) if at > 0 else None
        if named and "city" in lookup.classify(
            whole := f"{named.group()} {chain.opener} {chain.city_phrase}"
        ):
            chain.city_phrase, start = whole, named.start()
        elif (
            named
            and chain.opener in words("place", "town_river_joiners")
            and "city" in lookup.classify(named.group())
        ):
            # "in Cochem an der Mosel": a town, then the river it lies on; the town is the place, not a
            # town the river's name also spells (Mosel, German for Mosul).
            chain.city_phrase, start = named.group(), named.start()
    # The segment holding a description of a part of the town: before the town in the head ("in Makoko, a
    # waterfront community in Lagos"), or a segment of its own ("in Rocinha, one of Brazil's largest
    # favelas, in Rio de Janeiro"); 0 when there is none.
    described = 0
    if index > 0 and _vocab().part_of_town.match(head[:start]):
        described = index
    elif index > 1 and not head[:start].strip() and _vocab().part_of_town.match(segments[index - 1] + " "):
        described = index - 1
    if described and chain.before_city is None:
        # "in Makoko, a waterfront community in Lagos": the place before the description lies in its town.
        prior = [
            p
            for p in _vocab().locative.finditer(segments[described - 1])
            if _phrase_start_ok(segments[described - 1][p.end() :])
        ]
        if prior:
            chain.before_city = segments[described - 1][prior[-1].end() :].strip(" ,")
    if chain.city_phrase is None and not chain.parents and index > 0:
        # "near Fort Nelson, B.C., in this handout photo taken": the chain ends before a clause.
        earlier = _read_chain(", ".join(segments[:index]), lookup)
        # Or one that names only a division, with a preposition: "în județul Brașov, de Halloween, vineri".
        if earlier.city_phrase is not None or any(_vocab().locative.match(p) for p in earlier.parents):
            earlier.notes += chain.notes
            return earlier
    chain.text = ", ".join([head[start:], *chain.parents])
    if (
        index > 0
        and previous is None
        and (town_phrase := _town_before_place(segments[index - 1], chain, lookup))
    ):
        # "à Paris, au musée du Louvre", "en Madrid, en la plaza de Colón": the town, then a place in it.
        chain.text = f"{town_phrase}, {chain.text}"
    return chain


def _located_by(segment: str) -> str | None:
    """The town a segment of its own only places another by ("north of Ramallah", "near Kyiv", "20 km west of
    Patras"), or None."""
    if not (_vocab().relative.match(segment) or _vocab().near.match(segment)):
        return None
    located = _without_standing(_vocab().relative.sub("", _vocab().near.sub("", segment)).strip(" ,"))
    return located if located[:1].isupper() and _is_placey(located) else None


@cache
def _containing_aside() -> re.Pattern[str]:
    """An aside opened by a word for the place that holds the one before it: "inside the Palace of ..."."""
    return re.compile(rf"{phrases('place', 'containing_asides')}\s+(?=\S)")


# A ranked description after a place: "Morocco's second-largest reservoir", "the country's oldest mosque",
# "one of Europe's busiest ports".
_RANKED_DESCRIPTION = re.compile(
    r"(?:one of )?(?:the [a-z]+['’]s?|[A-Z][\w.-]*(?: [A-Z][\w.-]*){0,2}['’]s?) "
    r"(?:(?:second|third|fourth|fifth)[- ])?(?:[a-z]+est|most [a-z]+)(?: [a-z-]+){1,3}"
)


@cache
def _former_name() -> re.Pattern[str]:
    """An aside opened by a word giving a place's former name: "formerly the Staples Center"."""
    return re.compile(rf"{phrases('place', 'former_name_openers')}(?:\s+|(?<=-))(?=\S)")


def _landmark_aside(segment: str, before: str) -> str | None:
    """The named landmark of an aside opened by "near" ("near the Houses of Parliament") or by "inside"
    ("inside the Palace of Westminster"), where the segment before it closes with a named place of its own
    ("on Westminster Bridge", "outside Westminster Hall"), which the aside only locates; None otherwise ("at a
    makeshift memorial, near the State Capitol": the place before it is unnamed)."""
    segment = segment.strip()
    if _vocab().near.match(segment):
        landmark = _vocab().near.sub("", segment, count=1).strip(" ,")
    elif (inside := _containing_aside().match(segment)) is not None:
        landmark = segment[inside.end() :].strip(" ,")
    else:
        return None
    if not _title_case(landmark.removeprefix("the ")):
        return None  # "near a checkpoint": no landmark's name
    prior = [p for p in _vocab().locative.finditer(before) if _phrase_start_ok(before[p.end() :])]
    named = before[prior[-1].end() :].strip(" ,") if prior else ""
    return landmark if _named_place(named.removeprefix("the ")) else None


def _title_case(name: str) -> bool:
    """A name in Title Case: "Pantheon", "Houses of Parliament"."""
    tokens = name.split()
    return (
        bool(tokens)
        and all(t[:1].isupper() or t in _connectors() for t in tokens)
        and tokens[-1][:1].isupper()
    )


def _named_place(name: str) -> bool:
    """A place named in Title Case to its place noun: "Westminster Bridge", "Trevi Fountain"."""
    return _title_case(name) and is_facility(name)


def _town_before_place(segment: str, chain: _Chain, lookup: PlaceLookup) -> str | None:
    """The town a segment closes with a locative phrase, where the chain's own phrase names only a place in
    a town (no town, no division) and the gazetteer knows that town as one; the chain then reads the town,
    and its phrase as the place within it."""
    if chain.parents or chain.before_city is not None or not chain.city_phrase:
        return None
    read = _read_city_phrase(chain.city_phrase)
    if read.city or read.parents or not read.sublocation:
        return None
    prior = [p for p in _vocab().locative.finditer(segment) if _phrase_start_ok(segment[p.end() :])]
    if not prior:
        return None
    phrase = segment[prior[-1].end() :].strip(" ,")
    town = _read_city_phrase(phrase)
    if town.city is None or town.sublocation or town.parents or town.city != phrase:
        return None
    if lookup.classify(town.city)[:1] != ("city",) or lookup.country(town.city) is not None:
        return None
    chain.before_city, chain.city_phrase = chain.city_phrase, phrase
    chain.opener = prior[-1].group().strip()
    return segment[prior[-1].start() :].strip(" ,")


@cache
def _articled_name_at_end() -> re.Pattern[str]:
    prepositions = phrases("place", "facility_articled_prepositions_cased")
    return re.compile(rf"(?<!\S){prepositions}\s+(?P<name>[A-ZÀ-Þ][\w'’-]*(?:\s+[A-ZÀ-Þ][\w'’-]*){{0,3}})$")


@cache
def _town_of_at_end() -> re.Pattern[str]:
    prepositions = phrases("place", "town_of_prepositions_cased")
    # A name's own small words between its capitalised ones: "de Villa de Álvarez", "de Hidalgo del Parral".
    connectors = phrases("place", "town_name_connectors_cased")
    word = r"[A-ZÀ-Þ][\w'’-]*"
    return re.compile(rf"(?<!\S){prepositions}\s+(?P<name>{word}(?:\s+(?:{connectors}\s+)?{word}){{0,2}})$")


def _town_in_division(name: str, parent: str, lookup: PlaceLookup) -> bool:
    """Whether NAME is a town and PARENT a first-level division, not a country ("de Puebla, México")."""
    return (
        "city" in lookup.classify(name) and "admin1" in lookup.classify(parent) and not lookup.country(parent)
    )


def _relative_clause(segment: str) -> bool:
    """Whether a segment between commas opens with a relative pronoun: "which holds relatives of ..."."""
    first = segment.split(maxsplit=1)[:1]
    return bool(first) and first[0] in words("place", "relative_openers_cased")


def _is_aside(segment: str, lookup: PlaceLookup) -> bool:
    """Whether a segment opens with an aside word and names no place but a country: "amid Russia's attack
    on Ukraine" (not "during the election in Moscow")."""
    if segment.split(maxsplit=1)[0] not in words("place", "aside_openers_cased"):
        return False
    probe = _Chain()
    _read_head(segment, probe)
    read = _read_city_phrase(probe.city_phrase) if probe.city_phrase else _CityPhrase()
    town = read.city is not None and lookup.country(read.city) is None
    within = _sublocation(probe.before_city)  # "amid the ruins of X": a place; "amid Russia's attack": none
    return not (town or read.parents or read.sublocation or (within and is_facility(within)))


def _is_pure_place(text: str) -> bool:
    # "em Ipojuca (PE)", "en Tula (Hidalgo)": a division or a state's code in brackets after the name.
    text = _BRACKETED_END.sub("", text) if text.endswith(")") else text
    m = _vocab().locative.match(text)
    if m is None:
        return False
    rest = text[m.end() :].strip()
    # "na cidade da Beira", "in the city of Abidjan", "en la ciudad de Bogotá", "dans le district d'Abidjan":
    # a settlement word before the town's name makes a place too.
    return (
        _is_placey(text)
        or bool(_vocab().settlement_head.match(rest) or _vocab().settlement_of.match(rest))
        or bool(_settlement_named().match(_vocab().article.sub("", rest)))
    )


@cache
def _settlement_named() -> re.Pattern[str]:
    """A settlement's noun with its article cut and its "of", elided before a vowel: "district d'Abidjan"."""
    return re.compile(
        rf"^(?:l['’])?{phrases('place', 'settlement_nouns_of_cased')}\s+(?:de|di|da|do|d['’])\s*[A-ZÀ-Þ]"
    )


_STATE_CODE = re.compile(r"[A-Z]{2}")
# A place left, named right after the town: "into Tell Abyad from Akcakale".
_FROM_PLACE = re.compile(r" from [A-Z]")
_BRACKETED_END = re.compile(r"\s+\([^()]{1,30}\)$")


def _town_before_river(phrase: str) -> str | None:
    """ "Boppard am Rhein" → "Boppard": the words before a joiner of `town_river_joiners`, or None."""
    for joiner in words("place", "town_river_joiners"):
        town, found, river = phrase.partition(f" {joiner} ")
        if found and town and river[:1].isupper():
            return town
    return None


# One or two capitalised words closing a text: a town's name before a joined phrase ("Frankfurt an der Oder").
_NAME_BEFORE_JOINED = re.compile(r"(?<!\S)[A-ZÀ-Þ][\w'’.-]*(?: [A-ZÀ-Þ][\w'’.-]*)?$")


# A town named after its standing, as AFP writes a reference town: "north of the Qatari capital Doha", "south
# of the Lebanese capital Beirut". The town is the name; the words before it describe it.
_NAMED_CAPITAL = re.compile(
    r"^(?:the\s+)?(?:[A-Z][\w'’-]+\s+){0,2}capital,?\s+(?P<town>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})$"
)


def _without_standing(located: str) -> str:
    """ "the Qatari capital Doha" → "Doha": a reference town without the words that describe it."""
    m = _NAMED_CAPITAL.match(located)
    return m.group("town") if m else located


_DIRECTION_OF = re.compile(r"^(?:north|south|east|west|centre|center)[a-z-]* of ", re.IGNORECASE)


def _articled(chain: _Chain, read: _CityPhrase) -> bool:
    phrase = chain.city_phrase or ""
    bare = _vocab().article.sub("", phrase)
    if read.city != bare:
        return False  # "the town of X", "the X region": the article is the noun's
    return bare != phrase or chain.opener.lower() in words("place", "article_locatives")


def _unplaced(chain: _Chain, lookup: PlaceLookup) -> bool:
    """A chain of names with no preposition before any ("Președintele României, Nicușor Dan"), none of
    which the gazetteer knows."""
    if not chain.bare or not chain.city_phrase:
        return False
    if any(lookup.country(p) or lookup.admin1(p) for p in chain.parents):
        return False  # "Humbe, Angola": the cheap answer first
    names = (chain.city_phrase, *chain.parents)
    return not any(lookup.classify(name) or in_latin(name, lookup) for name in names)


def _yields_town(chain: _Chain) -> bool:
    """Whether a chain names a town or a division, not only a place within one ("on Front Street")."""
    if chain.parents:
        return True
    read = _read_city_phrase(chain.city_phrase) if chain.city_phrase else _CityPhrase()
    return bool(read.city or read.parents)


def _yields(chain: _Chain) -> bool:
    if chain.parents:
        return True
    read = _read_city_phrase(chain.city_phrase) if chain.city_phrase else _CityPhrase()
    return bool(read.city or read.parents or read.sublocation)
