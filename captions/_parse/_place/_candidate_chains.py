"""The place chains a caption writes, before one is chosen (`_find.py` chooses): the sentence they are
read from (the picture's own, after a country heading, a "FILE PHOTO:" header or a lead that is cut), its
date, and the chains it writes by the date, in a dash lead, in a later dateline, as a postposition, or,
with none of these, in the whole sentence with its date masked.

Split from `_find.py`."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from ..._regex import CaselessTriggers, TriggerScanner
from ..._rules import phrases, rules, words
from .._date import BRACKETED_DAY, date_text_spans
from .._types import Zones
from ._chain import _read_chain, _unplaced, _yields, _yields_town
from ._city import _CityPhrase, _read_city_phrase
from ._lead import (
    _DASH_LEAD,
    _country_heading,
    _cut_bracketed_weekday,
    _cut_lead,
    _cut_named_day,
    _cut_named_days,
    _cut_unclosed,
    _dateline_head,
    _only_a_date,
    _paired_lead,
    _postposition_place,
)
from ._lookup import PlaceLookup, _Chain
from ._sub import second_side_and
from ._venue import _postposed_facilities
from ._words import _cut_trailing_joiner, _is_placey, _vocab

__all__ = ["candidate_chains"]


def candidate_chains(
    zones: Zones, anchor: tuple[int, int] | None, lookup: PlaceLookup
) -> tuple[Zones, str, tuple[int, int] | None, list[_Chain]]:
    """The zones and sentence the place is read from, the span of its date, and the chains it writes."""
    main = _cut_unclosed(zones.main)
    if _country_heading(zones.sentences, lookup):
        # TASS: "Россия. Москва. 24 декабря 2026. ...": the country heads the town, each closed by a stop; the
        # town's sentence is the one to read (the country written may not be the town's: "Россия. Донецк.").
        main = _cut_unclosed(zones.sentences[1])
        zones = replace(zones, sentences=zones.sentences[1:])
    elif len(zones.sentences) > 2 and _only_a_date(zones.sentences[0]):
        # TASS, ANA-MPA: "5 января 2027 года. Москва. Люди гуляют ...": the date heads the town's sentence.
        main, anchor = _cut_unclosed(zones.sentences[1]), None
        zones = replace(zones, sentences=zones.sentences[1:])
    if (headed := _file_photo_sentence(zones.sentences)) is not None:
        # Reuters: "X, who died on Monday, is seen in a file photo. FILE PHOTO: X speaks ... in Wellington":
        # the header opens the picture's own caption, whose chain is the place shown.
        main = _cut_unclosed(headed)
        anchor = next(iter(date_text_spans(main)), None)
    elif (cut := _cut_lead(zones)) is not None:
        # "EMBARGOED UNTIL ... THURSDAY, JAN. 30 - Visitors look at ...": the chain is by the other date.
        main = _cut_unclosed(cut)
        anchor = next(iter(date_text_spans(main)), None)
    chains: list[_Chain] = []
    if anchor:
        before = _cut_named_day(
            _cut_bracketed_weekday(_cut_trailing_joiner(_cut_later_move(main[: anchor[0]]))),
            main[anchor[0] :],
        )
        # Brazilian pages write the day in brackets after its weekday ("neste domingo (14), no Maracanã"):
        # the chain starts after it.
        after = main[anchor[1] :]
        after = after[m.end() :] if (m := BRACKETED_DAY.match(after)) else after
        after = after[len(after) - len(after.lstrip(" ,")) :]
        if after and _vocab().after_date.match(after):
            chains.append(_read_chain(after, lookup, head_first=True))
        elif after and after.split(" ", 1)[0] in words("place", "after_date_building_cased"):
            # Keystone-SDA: "..., am Freitag, 13. März 2026, im Medienzentrum Bundeshaus in Bern."
            chain = _read_chain(after, lookup, head_first=True)
            read = _read_city_phrase(chain.city_phrase) if chain.city_phrase else _CityPhrase()
            if read.city and "city" in lookup.classify(read.city):
                chains.append(chain)
        if before:
            chain = _read_chain(before, lookup)
            vantage = _vantage().search(before) if _vantage_words().occurs(before) else None
            if vantage:
                chain = _seen_from(before, vantage, chain, lookup)
            chains.append(chain)
        if chains and not any(_yields_town(c) for c in chains) and (held := _day_event_town(main, anchor)):
            # "along Social Street during Sunday's feast procession in Woonsocket": the site read before the
            # day; the town the day's event is held in, after it.
            chains.append(_read_chain(held, lookup))
    lead = _DASH_LEAD.match(main) if "–" in main or "—" in main or " - " in main else None
    led = (
        (lead.group("place") or lead.group("coded") or _paired_lead(lead.group("paired"), lookup))
        if lead
        else ""
    )
    # A town and its division opening the text ("Malibu, CA - Kim Kardashian leaves ... at Nobu Malibu with
    # her sister"): a dateline, read after the sentence (whose place it may name) and over a town the sentence
    # reads only weakly (a name cut at a lower-case word).
    paired = bool(lead and led and (lead.group("paired") or lead.group("coded"))) and _is_placey(
        _BRACKETED_CODE.sub("", led)
    )
    if lead and led and not paired and not any(_yields_town(c) for c in chains) and _is_placey(led):
        # Agência Brasil, EFE: "Brasília – Nádia Costa amamenta ...", a place and a dash opening the text.
        chain = _read_chain(led, lookup)
        chain.bare = True
        chains.append(chain)
    if not any(_yields(c) for c in chains):
        # A dateline on a line of its own after the text: "Rome (Italy), October 27th 2020".
        for sentence in zones.sentences[1:]:
            head = _dateline_head(sentence)
            if head:
                chain = _read_chain(head, lookup)
                if _yields(chain):
                    chains.append(chain)
                    break
    # A chain of bare names no gazetteer knows is a person or a title before the date, no place:
    # "Cumhurbaşkanı Recep Tayyip Erdoğan, 9 Şubat 2026'da Ankara'da ...".
    chains = [c for c in chains if not _unplaced(c, lookup) and not _agent_of_passive(c, main)]
    yielding = any(_yields(c) for c in chains)
    triggered = _postposition_triggers().occurs(main.lower())
    # Turkish puts the place word after the name: "Deyr Balah kentindeki ...", "İstanbul'da ..."; Basque
    # the case: "Gernikako Batzarretxean, Bizkaian" reads as a chain of names no gazetteer knows.
    if triggered and (not yielding or not any(_names_known(c, lookup) for c in chains)):
        postposed = _postposition_place(main, lookup)
        if postposed is not None:
            chain = _Chain(city_phrase=postposed[0], text=postposed[1], parents=list(postposed[2]))
            chain.before_city = next(_postposed_facilities(main), None)  # "Taksim Meydanı'nda"
            chains = [*chains, chain] if not yielding else [chain, *chains]
    if not any(_yields(c) for c in chains):
        # The whole sentence, its date masked: "... new measures on Friday" names no place "Friday".
        # "shoppers on Black Friday": a day named with its weekday is no place either.
        unnamed = _cut_named_days(main)
        masked = unnamed[: anchor[0]] + " " + unnamed[anchor[1] :] if anchor else unnamed
        chains.append(_read_chain(_cut_trailing_joiner(masked), lookup))
        chains = [c for c in chains if not _unplaced(c, lookup) and not _agent_of_passive(c, main)]
    if not any(_yields_town(c) for c in chains) and (council := _council_named(main)) is not None:
        # "at a Timaru District Council hearing", "Tauranga City Council staff clear debris": a town's council
        # named where no chain reads a town; the council's place, read as "at the ..." reads it, is the
        # town's (if the gazetteer finds it), and a site read stays the place within it ("Bathurst Regional
        # Council crews patch potholes on Durham Street").
        chains.append(_read_chain(f"at the {council}", lookup))
    if not any(_yields_town(c) for c in chains) and (port := _departure_port(main)) is not None:
        # "el rompehielos ... zarpando este jueves desde Punta Arenas (Chile) rumbo a la Antártica": the port
        # the ship leaves is where it is shown; the place it is bound for is not.
        departed = _read_chain(port, lookup)
        chains = [departed, *chains] if _yields_town(departed) else chains
    if not any(_yields_town(c) for c in chains) and (struck := _struck_town(main)) is not None:
        # "Waves crash over the pier in Canal Park as a November gale hits Duluth": the town the weather
        # strikes is the picture's, the site read before it a place within it.
        hit = _read_chain(f"in {struck}", lookup)
        chains = [hit, *chains] if _yields_town(hit) else chains
    if (port := _arrival_port(main, chains)) is not None:
        # PA: "HMS Dragon sails into Portsmouth, Hampshire, after a deployment in the Red Sea": the port a
        # ship comes into, the sentence's first place, is where it is shown; a sea named later, where it was.
        arrived = _read_chain(port, lookup)
        chains = [arrived, *chains] if _yields_town(arrived) and arrived.parents else chains
    if paired and all(c.weak or _unknown_town(c, lookup) for c in chains if _yields_town(c)):
        chain = _read_chain(led, lookup)
        chain.bare = True
        chains = [chain, *chains]
    # Dutch "in Groningen na de derby tussen FC Groningen en Heerenveen": "en" is "and" there, not Spanish or
    # French "in"; the second side of a match is no place, and the sentence before it is read instead.
    kept = [c for c in chains if _second_side_and(c, main) is None]
    if len(kept) < len(chains) and not any(_yields(c) for c in kept):
        start = min(at for c in chains if (at := _second_side_and(c, main)) is not None)
        unnamed = _cut_named_days(main)
        before = (
            unnamed[: anchor[0]] + " " + unnamed[anchor[1] : start]
            if anchor and anchor[1] <= start
            else unnamed[:start]
        )
        chain = _read_chain(_cut_trailing_joiner(before), lookup)
        if not _unplaced(chain, lookup) and not _agent_of_passive(chain, main):
            kept.append(chain)
    return zones, main, anchor, kept


def _second_side_and(chain: _Chain, main: str) -> int | None:
    """Where the "and" starts that CHAIN was read from as if a locative: "tussen Feyenoord en Ajax"."""
    if chain.opener not in words("place", "between_ands_cased") or chain.city_phrase is None:
        return None
    return second_side_and(main, chain.city_phrase)


_BRACKETED_CODE = re.compile(r" \([A-Z]{2}\)$")
# A move the people shown make after the picture, written before its date: "wait at the crossing in Adre,
# Chad, before crossing into Sudan's West Darfur state, February 11": the place is where they wait.
_LATER_MOVE = re.compile(r",\s+before\s+[a-z]+ing\s+(?:into|to|towards?|for|across)\s+[^,]*,?\s*$")


def _cut_later_move(text: str) -> str:
    """TEXT before a date without a move made after the picture, where a place is written before the move."""
    m = _LATER_MOVE.search(text) if " before " in text else None
    return text[: m.start()] if m and _vocab().locative.search(text[: m.start()]) else text


def _unknown_town(chain: _Chain, lookup: PlaceLookup) -> bool:
    """Whether every name a chain reads is one the gazetteer does not know ("no distrito de Jaibaras")."""
    read = _read_city_phrase(chain.city_phrase) if chain.city_phrase else _CityPhrase()
    names = [n for n in (read.city, *read.parents, *chain.parents) if n]
    return bool(names) and not any(lookup.classify(n) or lookup.country(n) or lookup.admin1(n) for n in names)


# A Spanish participle before "por": "cedida por la Armada de Chile" (provided by), "tomada por": the agent of
# a passive, no place the picture is along ("pasean por la playa").
_PARTICIPLE_BEFORE = re.compile(r"\b\w+(?:ada|ado|adas|ados|ida|ido|idas|idos)\s+$")


def _agent_of_passive(chain: _Chain, sentence: str) -> bool:
    """Whether a chain opened by Spanish "por" names the agent of a passive participle before it."""
    text = chain.text or ""
    if not text.startswith(("por la ", "por el ", "por las ", "por los ")):
        return False
    at = sentence.find(" ".join(text.split()[:3]))  # the chain's text may have its date masked
    return at > 0 and _PARTICIPLE_BEFORE.search(sentence, 0, at) is not None


def _struck_town(sentence: str) -> str | None:
    """The town a storm or a flood strikes in SENTENCE ("as a November gale hits Duluth"), with its division
    ("battered Lismore, New South Wales"), or None."""
    m = _weather_strike().search(sentence)
    return m.group("town") if m else None


@cache
def _weather_strike() -> re.Pattern[str]:
    nouns = phrases("place", "weather_nouns_cased")
    verbs = phrases("place", "weather_strike_verbs_cased")
    name = r"[A-ZÀ-Þ][\w'’.-]+(?:\s+[A-ZÀ-Þ][\w'’.-]+){0,2}"  # and its division after a comma, if any
    return re.compile(rf"\b(?:{nouns})\s+(?:{verbs})\s+(?P<town>{name}(?:,\s+{name})?)(?=,|\s+[a-z]|\.|$)")


def _day_event_town(sentence: str, anchor: tuple[int, int]) -> str | None:
    """The town phrase of the event the picture's day owns ("during Sunday's feast procession in Woonsocket",
    "at Saturday's May Day parade in Hexham"), the day its anchor, as a chain to read; or None. Only the
    event's own phrase: no other preposition between ("during Monday's debate on the war in Gaza")."""
    if sentence[anchor[1] : anchor[1] + 2] not in ("'s", "’s"):
        return None  # most days own no event: the patterns are spared
    if _day_event_opener().search(sentence, 0, anchor[0]) is None:
        return None
    m = _day_event().match(sentence, anchor[1])
    return m.group("town") if m else None


@cache
def _day_event_opener() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{phrases('place', 'day_event_openers_cased')})\s+$")


@cache
def _day_event() -> re.Pattern[str]:
    # Up to five words of the event's name, none a preposition, then its town and any divisions.
    stops = phrases("place", "day_event_stop_words_cased")
    name = r"[A-ZÀ-Þ][\w'’.-]+(?:\s+[A-ZÀ-Þ][\w'’.-]+){0,2}"
    return re.compile(
        rf"['’]s\s+(?:(?!(?:{stops})\s)[\w&'’-]+\s+){{1,5}}(?P<town>in\s+{name}(?:,\s+{name})*)(?=[,.;]|$)"
    )


def _departure_port(sentence: str) -> str | None:
    """The port a ship leaves, as a chain to read ("in Punta Arenas, Chile"), or None."""
    m = _departure().search(sentence)
    if m is None:
        return None
    country = m.group("bracketed") or m.group("after")
    return f"in {m.group('port')}" + (f", {country}" if country else "")


def _council_named(sentence: str) -> str | None:
    """A town's council named in SENTENCE ("Timaru District Council"), or None."""
    m = _council().search(sentence) if " Council" in sentence else None
    return m.group(0) if m else None


@cache
def _council() -> re.Pattern[str]:
    nouns = phrases("place", "town_council_nouns_cased")
    return re.compile(rf"\b[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+)?\s+(?:{nouns})\s+Council\b")


def _arrival_port(sentence: str, chains: list[_Chain]) -> str | None:
    """The port a ship comes into with its division ("returns to Portsmouth, Hampshire"), as a chain to read,
    where it is the sentence's first place: every chain read is written after it, or is the opening read whole
    with no preposition (English "to" is none)."""
    m = _arrival().search(sentence) if "to " in sentence else None  # every verb's phrase ends in "to", "into"
    if m is None:
        return None
    for chain in chains:
        text = chain.text or ""
        if _yields(chain) and not (
            sentence.find(text) >= m.end() or (not chain.opener and m.group(0) in text)
        ):
            return None
    return f"in {m.group('port')}, {m.group('division')}"


@cache
def _arrival() -> re.Pattern[str]:
    name = r"[A-ZÀ-Þ][\w'’.-]+(?:\s+[A-ZÀ-Þ][\w'’.-]+){0,2}"
    return re.compile(
        rf"\b(?:{phrases('place', 'arrival_verbs_cased')})\s+(?:the\s+port\s+of\s+)?(?P<port>{name}),\s+"
        rf"(?P<division>{name})(?=,|\s+[a-z]|\.|$)"
    )


@cache
def _departure() -> re.Pattern[str]:
    name = r"[A-ZÀ-Þ][\w'’.-]+(?:\s+(?:(?:de|del|la|do|da|di)\s+)?[A-ZÀ-Þ][\w'’.-]+){0,3}"
    verbs = phrases("place", "departure_verbs_cased")
    prepositions = phrases("place", "departure_prepositions_cased")
    objects = phrases("place", "departure_object_verbs_cased")
    return re.compile(
        rf"\b(?:{verbs}\s+(?:[a-zà-ÿ]+\s+){{0,2}}?{prepositions}|{objects})\s+(?:the\s+port\s+of\s+)?"
        rf"(?P<port>{name})(?:\s+\((?P<bracketed>{name})\)|,\s+(?P<after>{name})(?=,|\s+[a-z]|\.|$))?"
    )


def _seen_from(before: str, vantage: re.Match[str], chain: _Chain, lookup: PlaceLookup) -> _Chain:
    """The chain of a picture taken from one place of another. A town shown ("the village of Kfar Kila, seen
    from Metula, northern Israel") is the place, the vantage kept to flag it; with no town shown ("Mount Etna,
    seen from Zafferana Etnea, near Catania, Sicily", "El volcán Villarrica, visto desde Pucón"), the town the
    picture was taken from is, and a town after it only locates it."""
    shown = _read_chain(_cut_trailing_joiner(before[: vantage.start()]), lookup)
    seen_from = _read_chain(f"in {before[vantage.end() :]}", lookup)
    read = _read_city_phrase(shown.city_phrase) if shown.city_phrase else _CityPhrase()
    if read.city and (read.settled or "city" in lookup.classify(read.city)):
        whole = _read_city_phrase(chain.city_phrase) if chain.city_phrase else _CityPhrase()
        # The chain read whole may have passed over the vantage to the divisions after it ("the village of
        # Khiam, as seen from Marjayoun, southern Lebanon"): kept. Else the divisions after the vantage are
        # evidence, not the shown town's ("Kfar Kila, seen from Metula, northern Israel" is in Lebanon).
        kept = chain if whole.city == read.city else shown
        if kept is shown:
            shown.context += seen_from.parents
        kept.vantage = _read_city_phrase(seen_from.city_phrase).city if seen_from.city_phrase else None
        return kept
    if _yields_town(seen_from):
        return seen_from
    if chain.city_phrase is None and (chain.text or "").startswith(vantage.group("words")):
        return shown  # "seen from the left bank": no town either side; the place shown is written first
    return chain


@cache
def _vantage() -> re.Pattern[str]:
    return re.compile(rf",?\s*(?P<words>{phrases('place', 'vantage_phrases')}) ")


@cache
def _postposition_triggers() -> TriggerScanner:
    """Whether a caption may write a place word after its name: one search for them all, where a substring
    test for each of thirty took six times as long."""
    return TriggerScanner(rules("place")["postposition_triggers"])


@cache
def _vantage_words() -> CaselessTriggers:
    """The vantage phrases in any case: a text holding none is not searched with `_vantage`, whose optional
    comma and white space before the phrase the engine tries at every character (20 us a text)."""
    return CaselessTriggers(words("place", "vantage_phrases"))


def _file_photo_sentence(sentences: tuple[str, ...]) -> str | None:
    """A later sentence opening with a file picture's header ("FILE PHOTO: ..."), without it."""
    headers = tuple(words("place", "file_photo_headers_cased"))
    for sentence in sentences[1:]:
        if sentence.startswith(headers):
            return sentence.split(":", 1)[1].strip()
    return None


def _names_known(chain: _Chain, lookup: PlaceLookup) -> bool:
    """Whether a chain names a town, a division or a country the gazetteer knows as written."""
    read = _read_city_phrase(chain.city_phrase) if chain.city_phrase else _CityPhrase()
    names = [n for n in (read.city, *read.parents, *chain.parents) if n]
    return any(lookup.classify(n) or lookup.country(n) or lookup.admin1(n) for n in names)
