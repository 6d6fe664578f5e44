"""The dateline completes what sentence 1 leaves out: "NEW YORK, NEW YORK - MARCH 21: ... in New York City"
gives the state; dpa's "Sachsen, Dresden:" and Shutterstock's closing line give the town where the body
names only a place in it; a known town opening the text ("Split: Navijači Hajduka na Poljudu") stands as
one.

Split from `_find.py`, which asks it once sentence 1's chain is read."""

from __future__ import annotations

import re
from functools import cache

from ..._rules import phrases, words
from .._types import Dateline, Zones
from ._lead import _TOWN_DATELINES, _countries_of, _dateline_place, lead_region, lead_town
from ._lookup import PlaceLookup
from ._mentions import _same_name
from ._sub import _sublocation, is_facility

__all__ = ["agency_dateline_end", "complete_from_datelines", "town_shown_after_agency_dateline"]


# EFE's and Prensa Latina's dateline: a town (its country in brackets at most), a comma, the day and the
# month cut short, the agency in brackets: "La Habana, 6 feb (Prensa Latina)", "Mérida (Venezuela), 6 feb
# (EFE).-".
_AGENCY_DATELINE = re.compile(
    r"^(?P<town>[^\W\d_][^,()]{1,40}?)(?: \([^()]{2,30}\))?, \d{1,2} [^\W\d_]{3,5}\.? "
    r"\([A-Z][\w]*(?: [A-Z][\w]*){0,2}\)"
)
# A town's name after the phrase: capitalised words and the particles between them.
_TOWN_NAME = (
    r"(?P<shown>[A-ZÀ-Þ][\w'’-]*(?: (?:del?|la|las|los|do|da|dos|das) [A-ZÀ-Þ][\w'’-]*| [A-ZÀ-Þ][\w'’-]*)*)"
)


@cache
def _body_town() -> re.Pattern[str]:
    return re.compile(rf"\b{phrases('place', 'body_town_phrases_cased')} {_TOWN_NAME}")


def agency_dateline_end(main: str) -> int | None:
    """Where EFE's or Prensa Latina's dateline opening MAIN ends, its ".-" cut too; None without one."""
    if "(" not in main[:80] or (dateline := _AGENCY_DATELINE.match(main)) is None:
        return None
    end = dateline.end()
    return end + len(main[end:]) - len(main[end:].lstrip(" .-–—"))


# A town line opening the text, closed by a dash or a colon: "DHAKA, July 7, 2027 (BSS) - ", "CHENNAI,
# TAMIL NADU, 09/07/2027: ", "Casablanca - ", "BRASÍLIA, DF, 03.02.2027 - ". No sentence ends inside it.
_OPENING_TOWN_LINE = re.compile(r"^(?P<line>[^\W\d_](?:[^.!?:;\n]|(?<=\d)\.(?=\d)){0,70}?)(?: [-–—]+ |: )")
# The same line as a sentence of its own: "Den Haag, dinsdag", "VALPARAÍSO, 10 DE FEBRERO DE 2027".
_TOWN_LINE_ALONE = re.compile(r"[^\W\d_][^.!?:;\n]{0,40}")


def opening_town_line_end(main: str, city: str) -> int | None:
    """Where a town line opening MAIN with CITY (as written) ends; None without one."""
    # The town first, a cheap test: most captions open with no town line, and the pattern walks 70 characters.
    if not main[:1].isupper() or main[: len(city)].casefold() != city.casefold():
        return None
    line = _OPENING_TOWN_LINE.match(main)
    return line.end() if line is not None else None


def town_line_alone(main: str, city: str) -> bool:
    """Whether MAIN is a town line alone, CITY and a day: "Den Haag, dinsdag"; or a local page's town heading,
    CITY and a stop: "Rottweil."."""
    return (
        len(main) <= 40
        and main.casefold().startswith(city.casefold())
        and (
            (main[len(city) : len(city) + 1] == "," and _TOWN_LINE_ALONE.fullmatch(main) is not None)
            or not main[len(city) :].strip(" .")
        )
    )


def town_shown_after_agency_dateline(city: str | None, main: str, lookup: PlaceLookup) -> str | None:
    """The town the body names with "la ciudad de" where the caption opens with EFE's or Prensa Latina's
    dateline and CITY, the town read, is the dateline's: "La Habana, 9 mar (Prensa Latina) ... en la ciudad
    de Cienfuegos" shows Cienfuegos. None otherwise."""
    if city is None or "(" not in main[:80] or (dateline := _AGENCY_DATELINE.match(main)) is None:
        return None
    if not _same_name(city, dateline.group("town")):
        return None
    shown = _body_town().search(main, dateline.end())
    if shown is None or _same_name(shown.group("shown"), city):
        return None
    return shown.group("shown") if "city" in lookup.classify(shown.group("shown")) else None


# Prepositions and a conjunction glued before a settlement noun: "ببلدة" (in the town of), "وقرية".
_GLUED_BEFORE_NOUN = ("", "ب", "و", "وب", "ل")


def _names_a_settlement(main: str) -> bool:
    """Whether MAIN names a town or village by its noun in the construct ("في بلدة بيت أمر", "ببلدة"): not
    "المدينة" (the city), with its article, which is the dateline's own town."""
    nouns = words("place", "script_settlement_nouns_cased")
    return any(
        word.endswith(noun) and word[: -len(noun)] in _GLUED_BEFORE_NOUN
        for word in main.split()
        for noun in nouns
    )


def complete_from_datelines(
    zones: Zones,
    main: str,
    lookup: PlaceLookup,
    city: str | None,
    clean_parents: list[str],
    text: str | None,
    settled: bool,
    district: str | None,
    subs: list[str],
    context: list[str],
) -> tuple[str | None, list[str], str | None, list[Dateline]]:
    """The town, divisions and chain text once the datelines (or a known town opening MAIN) are read, and
    those lines. The places the datelines name are added to CONTEXT, the venues they give to SUBS (both
    lists changed in place); DISTRICT, a division's district the body names, is no dateline town."""
    lines = list(zones.datelines)
    if not lines and (opening := lead_town(main, lookup)):
        # "Split: Navijači Hajduka na Poljudu ...": a known town opening the text is its dateline.
        # "Kolkata (West Bengal): ...": the state in brackets is the town's parent.
        region = lead_region(main)
        lines.append(Dateline(opening, (opening, region) if region else (opening,), None, "lead"))
    for line in lines:
        line_city, line_parents, venue = _dateline_place(line, lookup)
        if line.style == "script" and line_city and _names_a_settlement(main):
            # "الخليل 21-5-2027 وفا- ... في بلدة بيت أمر شمال الخليل": the agency files from its town; the
            # picture is in the village the body names, which no script name reads.
            line_city, line_parents = None, []
        line_city = None if district and line_city and _same_name(line_city, district) else line_city
        if line.style == "lead" and city and lookup.classify(city):
            continue  # "Kolkata: ... a market in Kolkata": the body's own town, known, stands
        context += list(line.place)
        if venue:
            subs.append(venue)
        if line.style == "lead" and city and not _same_name(city, line_city):
            city, clean_parents, text = None, [], None  # "na Poljudu": a name no gazetteer knows
        if line.style in ("dpa", "anp") and line_city and city and not _same_name(city, line_city):
            # dpa's "Sachsen, Dresden:" is where the picture was taken; a name the body reads as a city is
            # a place there ("vor dem Reichstag"), or a river named like a town ("auf der Elbe").
            if not lookup.classify(city) and (named := _sublocation(city)):
                subs.append(named)  # "auf dem Parkett der Frankfurter Wertpapierbörse": the exchange
            city, clean_parents, text = None, [], None
        if (
            line.style == "closing"
            and line_city
            and city
            and not _same_name(city, line_city)
            and f" the {city}" in f" {text or ''}"
            and (named := _sublocation(city))
        ):
            # Shutterstock: "Tourists queue outside the Sagrada Familia ... / Easter in Barcelona, Spain - 27
            # Mar 2027": a name with its article that the body reads as a town (a district named for the
            # landmark) is the place in the closing line's town.
            subs.append(named)
            city, clean_parents, text = None, [], None
        if (
            line.style == "local"
            and line_city
            and city
            and not _same_name(city, line_city)
            and not set(_countries_of(city, lookup)) & set(_countries_of(line_city, lookup))
        ):
            # "Waren (Müritz). Drachenbootrennen auf dem See": under a local page's town heading, a name the
            # body reads as a town only abroad (See, Tyrol) is a word of the heading town's language.
            city, clean_parents, text = None, [], None
        # Not a town the caption calls one ("in Ortakoy village of Nevsehir"): one the gazetteer lacks is
        # still the town, flagged where it is not found.
        if line.style in _TOWN_DATELINES and line_city and city and not lookup.classify(city) and not settled:
            # Shutterstock's closing line places the picture, as ZUMA's, Imagn's and Getty's opening one
            # does; a name the body reads as a town that no gazetteer knows is a place there ("on the
            # Pyramid Stage", "at Rogers Place"), or no place ("on Halloween night").
            at_name = text is not None and text.startswith("at ")
            shown_at = line.style == "closing" or is_facility(city) or at_name
            subs += [s for s in (_sublocation(city) if shown_at else None,) if s]
            city, clean_parents, text = None, [], None
        if city is None and line_city and (not clean_parents or _same_name(line_city, city)):
            city = line_city
            clean_parents = clean_parents or line_parents
        elif city is None and line_city and not subs:
            city = line_city
        if line_parents and (city is None or _same_name(city, line_city)):
            clean_parents += [p for p in line_parents if p not in clean_parents]
    return city, clean_parents, text, lines
