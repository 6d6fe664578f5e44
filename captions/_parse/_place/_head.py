"""The head of a chain: where the place phrase before the first comma opens, and its sublocation."""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise

from ..._regex import alternation
from ..._rules import phrases, rules, words
from ._city import _read_city_phrase, _reads_as_place
from ._lookup import _Chain
from ._sub import (
    _named_facility,
    _venue_at_venue,
)
from ._words import (
    _cut_at_clause,
    _cut_at_lower,
    _cut_at_verb,
    _phrase_start_ok,
    _vocab,
)


def _after_gaze(text: str, start: int) -> bool:
    """Whether a preposition follows a verb of looking ("Fans look at Erling Haaland"): a person or thing."""
    if text[start : start + 3] != "at ":
        return False
    before = text[max(0, start - 30) : start].split()
    if not before or before[-1].lower() not in words("place", "gaze_verbs"):
        return False
    # A noun, no verb, before a name: "the fire at Ballarat", "a grass fire at Ballarat" (but "a fan waves
    # at", "the fans wave at": a verb after its subject; "a fire at a private house": no name follows).
    if not text[start + 3 : start + 4].isupper():
        return True
    if len(before) > 1 and before[-2].lower() in words("place", "noun_determiners"):
        return False
    return not (len(before) > 2 and before[-3].lower() in {"a", "an"} and not before[-1].endswith("s"))


def _participle_after_article(text: str, m: re.Match[str]) -> bool:
    """Whether a locative verb is an adjective after an article: "the visiting President of Kenya"."""
    return m.group().strip().endswith("ing") and bool(_ARTICLE_BEFORE.search(text, 0, m.start()))


_ARTICLE_BEFORE = re.compile(r"(?<![\w-])(?:the|a|an|The|A|An)\s+$")


# "from the town of Kupiansk " right before the chain's last locative phrase.
# "from" at a word's start, looked at after its "f" (before a letter, \b is (?<!\w)): the engine skips to
# an "f".
_FROM_SETTLEMENT = re.compile(
    r"f(?<!\wf)rom (?P<place>the [\w'’ -]+? of [A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3})\s*$"
)


# A transit line by its name: "the Northern line", "the JR Yamanote Line", "the Red Line".
_SURROUNDINGS = re.compile(r"(?:on|in) the (?:outskirts|edge) of ")
_TRANSIT_LINE = re.compile(r"(?:the )?(?:[A-Z][\w'’-]*\s+){1,3}[Ll]ines?")


def _read_head(head: str, chain: _Chain, previous: str | None = None) -> int:
    """Find the city in the head segment: its last locative phrase that reads as a place.

    The locative phrase before that one is the sublocation when it reads as one ("at the Azot chemical
    plant in Sievierodonetsk"). Returns where the chosen phrase starts in `head`.
    """
    every = list(_vocab().locative.finditer(head))
    matches = [
        m
        for m in every
        if (_phrase_start_ok(head[m.end() :]) or _adjective_first(m, head))
        and not _after_gaze(head, m.start())
        and not _participle_after_article(head, m)
    ]
    for i in range(len(matches) - 1, -1, -1):
        m = matches[i]
        # A phrase ends where the next one starts, place or not: "in the Gaza Strip in this picture".
        end = next((n.start() for n in every if n.start() > m.start()), len(head))
        clause = _cut_at_clause(head[m.end() : end])
        phrase = _cut_at_lower(clause).strip(" ,.")
        if not phrase or not _reads_as_place(phrase):
            continue
        if i > 0 and _after_a_time().search(head, matches[i - 1].end(), m.start()):
            continue  # "in Antibes after a weekend on the French Riviera": where the time was spent before
        chain.weak = phrase != clause.strip(" ,.")
        if (
            i > 0
            and m.group().strip() == "at"
            and _venue_at_venue(f"{(first := head[matches[i - 1].end() : m.start()].strip())} at {phrase}")
        ):
            # "during the first half at GEHA Field at Arrowhead Stadium.": one venue's name.
            phrase, m, i = f"{first} at {phrase}", matches[i - 1], i - 1
        if i > 0 and _vocab().near.match(head[m.start() :]):
            # "in the Mexican city of Cuernavaca near Mexico City": the town "near" locates is the city.
            prev = matches[i - 1]
            town = _cut_at_verb(head[prev.end() : m.start()]).strip(" ,.")
            read = _read_city_phrase(town) if town else None
            if (
                read
                and " of " in (read.city or "")
                and not read.settled
                and _SURROUNDINGS.match(head, m.start())
            ):
                read = (
                    None  # "the Pyramids of Giza on the outskirts of Cairo": a landmark, no town before Cairo
                )
            # Not "the Atacama desert near Copiapó": the city is a name, not a landform.
            if town and town.split()[-1][:1].isupper() and read and read.city:
                chain.near.append(phrase)
                chain.context.append(phrase)
                chain.city_phrase = town
                if i > 1:
                    chain.before_city = _cut_at_verb(head[matches[i - 2].end() : prev.start()]).strip(" ,")
                return prev.start()
        if (
            i == 0
            and _vocab().near.match(head[m.start() :])
            and (weak := _weak_before().search(head, 0, m.start()))
            and _read_city_phrase(weak.group("town")).city
        ):
            # "Gäster i Jukkasjärvi utanför Kiruna": the town after the weak "i" is the one "utanför" locates.
            chain.near.append(phrase)
            chain.context.append(phrase)
            chain.city_phrase = weak.group("town")
            return weak.start("town")
        chain.city_phrase = phrase
        chain.opener = m.group().strip()
        came = _FROM_SETTLEMENT.search(head, 0, m.start()) if i == 0 else None
        if came and _vocab().settlement_of.match(came.group("place")):
            # "evacuate from the town of Kupiansk in Kharkiv region": the town the caption names is the place,
            # the division after it where it lies.
            chain.before_city = came.group("place")
        elif i == 0 and (named := _german_settlement().search(head, 0, m.start())):
            # "fotografieren den verschneiten Ort Hallstatt in Oberösterreich": the object a German
            # settlement noun names is the town, the division after it where it lies.
            chain.before_city = named.group("town")
        if i > 0:
            # "at the Neutral Buoyancy Laboratory near NASA's Johnson Space Center in Houston": the
            # place shown is the one "near" locates.
            k = i - 2 if i > 1 and _vocab().near.match(head[matches[i - 1].start() :]) else i - 1
            if k < i - 1 and _unnamed_beside_named(head, matches[k].end(), matches[i - 1], m.start()):
                k = i - 1  # "at a makeshift memorial outside the Mississippi State Capitol": the named one
            if k < i - 1 and _vocab().settlement_of.match(head[matches[i - 1].end() : m.start()].strip(" ,")):
                k = i - 1  # "near the village of Listvyanka in Irkutsk Region": the village is the place
            if k > 0 and _time_phrase().match(head, matches[k].end()):
                k -= 1  # "walk across College Green on the first day of classes in Athens": a time, no place
            chain.before_city = _cut_at_verb(head[matches[k].end() : matches[k + 1].start()]).strip(" ,")
            if (
                k > 0
                and matches[k].group().strip() == "on"
                and _TRANSIT_LINE.fullmatch(head[matches[k].end() : matches[k + 1].start()].strip(" ,"))
            ):
                # "at Bank station on the Northern line in London": a line names no place; its station does.
                k -= 1
                chain.before_city = _cut_at_verb(head[matches[k].end() : matches[k + 1].start()]).strip(" ,")
            if k > 0 and matches[k].group().strip() == "at":
                # "GEHA Field at Arrowhead Stadium", "Hulu Theater at Madison Square Garden": one name.
                first = head[matches[k - 1].end() : matches[k].start()].strip()
                if _named_facility(first) and _named_facility(chain.before_city):
                    chain.before_city, k = f"{first} at {chain.before_city}", k - 1
            if (
                k > 0
                and matches[k].group().strip() == "on"
                and (
                    inner := _ARTICLED_TITLE.fullmatch(
                        _cut_at_verb(head[matches[k - 1].end() : matches[k].start()]).strip(" ,")
                    )
                )
                # "the Christkindlesmarkt on the Hauptmarkt": a market is held on the square, which is shown.
                and not inner.group().lower().endswith(tuple(words("place", "held_on_suffixes")))
            ):
                # "in the House of Commons on Parliament Hill in Ottawa": the named place on a landmark is the
                # more exact one; the landmark stays a candidate.
                chain.facilities.append(chain.before_city)
                chain.before_city = inner.group()
            elif _beside().match(head, matches[k].start()) or _spanning().match(head, matches[k].start()):
                # "clear Wellington Street in front of the Parliament in Ottawa": the landmark only locates
                # the named place written right before it, which is the place shown.
                start = matches[k - 1].end() if k > 0 else 0
                shown = _facility_ending().search(head, start, matches[k].start())
                chain.before_city = shown.group("name") if shown else chain.before_city
            # "outside the Kalighat Kali Temple that remains closed on Pohela Boishakh ... in Kolkata": a
            # named facility further back is a candidate too.
            for a in matches[:k]:
                end = next((n.start() for n in every if n.start() > a.start()), len(head))
                chain.facilities.append(_cut_at_verb(head[a.end() : end]).strip(" ,"))
        elif previous is not None and m.start() == 0:
            prior = [p for p in _vocab().locative.finditer(previous) if _phrase_start_ok(previous[p.end() :])]
            if prior:
                chain.before_city = previous[prior[-1].end() :].strip(" ,")
                chain.before_apart = True
                chain.before_opener = prior[-1].group().strip()
                # "at Bondi Beach as temperatures soar across New South Wales, in Sydney": a named facility
                # further back is a candidate too.
                for a, b in pairwise(prior):
                    chain.facilities.append(_cut_at_verb(previous[a.end() : b.start()]).strip(" ,"))
            town = chain.before_city or ""
            if _vocab().near.match(head) and town.split()[-1:] and town.split()[-1][:1].isupper():
                town = town if _read_city_phrase(town).city else ""
            else:
                town = ""
            if town:
                # "in the town of Paiporta, near Valencia, Spain": the town is the one "near" locates.
                chain.near.append(phrase)
                chain.context.append(phrase)
                chain.city_phrase, chain.before_city = chain.before_city, None
        return m.start()
    # "... covering neighborhoods of Derna": no preposition, but a place all the same.
    bare = _vocab().bare_within_of.search(head)
    if bare:
        # "gjennom sentrum av Hamar i protest mot ...": the name, not the lower-case clause after it.
        group = next(g for g in ("city", "town", "place_town") if bare.group(g))
        chain.city_phrase = _cut_at_lower(bare.group(group)) or bare.group(group)
        return bare.start(group)
    if _vocab().settlement_head.match(head):
        chain.city_phrase = head  # "..., concelho da Ribeira Brava, na ilha da Madeira": the town's segment
        return 0
    for article in _ARTICLE_BEFORE_SETTLEMENT.finditer(head):
        if _vocab().settlement_head.match(head[article.end() :]):
            # "desde el municipio de San Nicolás de los Ranchos": a settlement word after a preposition the
            # locatives lack still names the town.
            chain.city_phrase = head[article.end() :]
            return article.end()
    return 0


@cache
def _german_settlement() -> re.Pattern[str]:
    name = r"[A-ZÀ-ÞĀ-Ž][\w'’-]+"
    nouns = phrases("place", "german_settlement_nouns_cased")
    return re.compile(
        rf"(?<!\S)(?:den|das|die|dem|der) (?:[a-zäöüß]+ )?{nouns} "
        rf"(?P<town>{name}(?: {name}){{0,2}}) ?$"
    )


@cache
def _weak_before() -> re.Pattern[str]:
    name = r"[A-ZÀ-ÞĀ-Ž][\w'’-]+"
    return re.compile(
        rf"(?<!\S){phrases('place', 'weak_before_near_cased')} (?P<town>{name}(?: {name}){{0,2}}) ?,? ?$"
    )


@cache
def _time_phrase() -> re.Pattern[str]:
    """A phrase naming a time, not a place: "the first day of classes", "the eve of the vote"."""
    return re.compile(rf"(?:the|a|this|that) (?:[\w-]+ ){{0,2}}{alternation(words('place', 'time_words'))}\b")


@cache
def _after_a_time() -> re.Pattern[str]:
    """A time the picture follows or precedes, closing the text before a locative: "after a weekend"."""
    times = alternation(words("place", "time_words"))
    return re.compile(
        rf"\b(?:after|before|following) (?:the|a|this|that|their|his|her) (?:[\w-]+ ){{0,2}}{times} $"
    )


# A name with its article, each word capitalised but its connectors: "the House of Commons".
_ARTICLED_TITLE = re.compile(
    r"the [A-ZÀ-Þ][\w'’-]*(?: (?:of|for|and|de|the) [A-ZÀ-Þ][\w'’-]*| [A-ZÀ-Þ][\w'’-]*)*"
)


# An article before a settlement word of a Romance language: "el municipio de", "la commune de".
_ARTICLE_BEFORE_SETTLEMENT = re.compile(r"(?<!\S)(?:el|la|le|il|lo|o|a)\s+(?=[a-zà-ÿ])")


# German declines an adjective between the article and the name: "vor dem geschlossenen Louvre".
_DECLINED_ADJECTIVE = re.compile(r"[a-zäöüß]+(?:en|em|er|es|e)\s+[A-ZÀ-Þ]")


def _adjective_first(m: re.Match[str], head: str) -> bool:
    """Whether a locative with its article ("vor dem", "auf der") is followed by a declined adjective and
    a name: the phrase is a place as much as one opening with the name."""
    return m.group().strip().lower() in words("place", "article_locatives") and bool(
        _DECLINED_ADJECTIVE.match(head, m.end())
    )


def _unnamed_beside_named(head: str, start: int, near: re.Match[str], end: int) -> bool:
    """Whether the place before "near" or "outside" is described, not named ("a makeshift memorial"), and
    the place after it a named facility ("the Mississippi State Capitol"): a sublocation is a name."""
    described = _cut_at_verb(head[start : near.start()]).strip(" ,")
    named = _cut_at_verb(head[near.end() : end]).strip(" ,")
    if not described or any(w[:1].isupper() for w in described.split()):
        return False
    return _named_facility(named.removeprefix("the ").strip())


# A part of a building before "of" and its name: "the north wing of the Pergamon Museum".
_PART_OF = re.compile(r"^the (?:[a-z][\w-]* ){1,3}of (?=the [A-ZÀ-Þ])")


def named_on_landmark(before_city: str | None, opener: str, sublocation: str | None) -> str | None:
    """The named facility right before a chain "on" a named landmark with no town of its own ("the
    Pergamon Museum on Museum Island", the date and town written after it as Getty does): the more exact
    place, as in "the House of Commons on Parliament Hill in Ottawa"; or None. A part of it before "of" is
    left out ("the north wing of the Pergamon Museum"). Not a market held on a square ("the
    Christkindlesmarkt on the Hauptmarkt")."""
    if opener != "on" or not before_city or not sublocation:
        return None
    inner = _ARTICLED_TITLE.fullmatch(_PART_OF.sub("", before_city))
    if inner is None or inner.group().lower().endswith(tuple(words("place", "held_on_suffixes"))):
        return None
    name = inner.group().removeprefix("the ")
    return name if _named_facility(name) else None


def named_before_on(text: str, landmark: str | None) -> str | None:
    """The named facility written right before "on" and the landmark a chain read before its town: "the
    Grand Ethiopian Renaissance Dam on the Blue Nile river near Guba" shows the dam, which the river only
    locates; or None."""
    if not landmark or (at := text.find(f" on {landmark}")) < 0:
        return None
    facility = _facility_ending().search(text, 0, at + 1)
    return facility.group("name") if facility else None


@cache
def _spanning() -> re.Pattern[str]:
    return re.compile(rf"{phrases('place', 'spanning_landmarks')}\s", re.IGNORECASE)


@cache
def _beside() -> re.Pattern[str]:
    return re.compile(rf"{phrases('place', 'beside_landmarks')}\s", re.IGNORECASE)


@cache
def _facility_ending() -> re.Pattern[str]:
    facilities = alternation(f.title() for f in rules("place")["facilities"])
    return re.compile(rf"(?<![\w'’-])(?P<name>(?:[A-Z][\w'’-]+\s+){{1,4}}(?:{facilities}))\s+$")
