"""Where a caption's head places it: the dateline, headings, a lead cut by a dash or colon, postpositions."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from ..._distance import km
from ..._rules import rules
from .._date import date_text_spans, is_weekday
from .._types import Dateline, Zones
from ._latin import _latin_letters, _latin_spelling
from ._lookup import PlaceLookup
from ._mentions import _country_code
from ._scripts import town_in_script
from ._sub import (
    is_facility,
)
from ._venue import _postposed_facilities
from ._weak import _country_of, _likeliest
from ._words import (
    _PAREN_PARENT,
    _cut_trailing_joiner,
    _is_placey,
    _names_region,
)

_WEEKDAY_BRACKET = re.compile(r"[\s,]+(?P<weekday>[^\W\d_]+)\s*\($")
# "on Black Friday, Nov. 27", "on Super Tuesday": capitalised words before a weekday the date reader took.
_NAMED_DAY = re.compile(r"\s+on(?:\s+[A-Z][\w'’-]*){1,2}\s*$")
_FIRST_WORD = re.compile(r"[^\W\d_]+")
# The same day named anywhere in a sentence: "shoppers on Black Friday." with no date read, or its weekday
# masked as the date.
_NAMED_DAY_IN = re.compile(r"\bon(?:\s+[A-Z][\w'’-]*){1,2}\s+(?P<weekday>[A-Z][^\W\d_]+)")


def _cut_bracketed_weekday(text: str) -> str:
    """Antara's "di Denpasar, Bali, Jumat (28/3/2025)": the weekday and the bracket before a date written
    in brackets are no part of the chain."""
    m = _WEEKDAY_BRACKET.search(text) if text.endswith("(") else None
    return _cut_trailing_joiner(text[: m.start()]) if m and is_weekday(m.group("weekday")) else text


def _cut_named_day(text: str, rest: str) -> str:
    """ "in Chicago on Black Friday, Nov. 27": a day named with its weekday ("Black Friday", "Good
    Friday") is a time, and what is left of it before the date's weekday no place."""
    m = _NAMED_DAY.search(text)
    day = _FIRST_WORD.match(rest)
    return _cut_trailing_joiner(text[: m.start()]) if m and day and is_weekday(day.group()) else text


def _cut_named_days(text: str) -> str:
    """TEXT with the days it names with their weekday ("shoppers on Black Friday") blanked, each character a
    space (the date's span stays where it was): the words before the weekday name a time, no place ("Black"
    is no Blacé), whether or not the date reader took the weekday."""
    if " on " not in text:
        return text
    return _NAMED_DAY_IN.sub(
        lambda m: " " * len(m.group()) if is_weekday(m.group("weekday")) else m.group(), text
    )


def _dateline_place(line: Dateline, lookup: PlaceLookup) -> tuple[str | None, list[str], str | None]:
    """A dateline's city, parents and venue, by agency style.

    Getty and ZUMA write the city first ("KYIV, UKRAINE"), dpa last ("USA, Newport News"); Reuters sport
    and Shutterstock put a venue or event before the city ("Villa Park, Birmingham, Britain").
    """
    parts = [p.title() if p.isupper() and len(p) > 3 else p for p in line.place]
    if not parts:
        return None, [], None
    venue = None
    if line.style == "dpa":
        city, parents = parts[-1], parts[-2::-1]
    elif line.style == "closing" and (
        at := next(
            (i for i in range(len(parts) - 2, 0, -1) if is_facility(parts[i].removeprefix("The "))), None
        )
    ):
        # Shutterstock: "Glastonbury Festival, Day 5, Worthy Farm, Pilton, Somerset, UK": the town follows
        # the venue, and what follows the town are its parents.
        venue, city, parents = parts[at], parts[at + 1], parts[at + 2 :]
    elif line.style in ("sport", "closing"):
        parents = []
        while len(parts) > 1 and (lookup.country(parts[-1]) or lookup.admin1(parts[-1])):
            inner, outer = lookup.country(parts[-1]), lookup.country(parents[0]) if parents else None
            if inner and outer and _country_code(inner) != _country_code(outer):
                break  # "Hong Kong, China": a country written inside another is a city
            # "Hampden Park, Glasgow, Scotland, Britain": a nation of the country after it is its division.
            if (
                line.style == "sport"
                and len(parts) == 2
                and "city" in lookup.classify(parts[-1])
                and not lookup.country(parts[-1])  # "Turin, Italy": Italy, Texas is no reason
            ):
                break  # "National Tennis Center, Beijing, China": a venue, then its town (a division too)
            parents.insert(0, parts.pop())
        city = parts[-1]
        if len(parts) > 1 and (line.style == "sport" or is_facility(parts[-2].removeprefix("The "))):
            venue = parts[-2]  # Shutterstock: "Wimbledon, Day One, The All England Club, London, UK - 30 Jun"
        m = re.search(r"\b[Ii]n ([A-Z].*)$", city)  # Shutterstock: "Daily Life In Guadalajara"
        city = m.group(1) if m else city
    elif line.style == "local":
        return _local_heading(line.place, lookup)
    elif line.style == "anp" and not lookup.classify(parts[0]):
        return None, [], None  # "UPDATE - ...": capitals and a dash, but no place
    elif line.style == "script":
        # An Arab or Iranian agency's town in its own letters ("أبوظبي", "اصفهان"): a town only where the
        # script names know it ("ایرنا - گزارش -" names none).
        town = town_in_script(parts[0])
        return (town[0], [town[1]], None) if town is not None else (None, [], None)
    else:
        city, parents = parts[0], parts[1:]
    # A lone part may be a city and a division at once (Berlin, Hamburg): a dateline names a city.
    if lookup.country(city) or _names_region(city):
        return None, [city, *parents], venue
    return city, parents, venue


_MAX_DATELINE = 90


# French departments are numbered 01 to 95 (Corsica's 2A and 2B), overseas ones 971 to 976.
_DEPARTMENT = re.compile(r"0[1-9]|[1-8]\d|9[0-5]|97[1-6]|2[AB]")
# How German names a town by its river or region: "Frankfurt (Oder)" is the gazetteer's own name,
# "Neustadt/Aisch" Neustadt an der Aisch, "Landsberg/Lech" Landsberg am Lech, "Neumarkt (Oberpfalz)"
# Neumarkt in der Oberpfalz.
_RIVER_JOINS = (" an der ", " am ", " in der ", " im ")


_LOCAL_HEADING_MIN_POPULATION = 5_000


def _countries_of(town: str, lookup: PlaceLookup) -> tuple[str, ...]:
    """The countries of the towns TOWN names as written."""
    codes = {c.place.country_code for c in lookup.candidates(town) if c.how in ("exact", "alternate")}
    return tuple(code for code in codes if code)


def _local_heading(place: Sequence[str], lookup: PlaceLookup) -> tuple[str | None, list[str], None]:
    """A regional paper's town heading, the town and what it writes to tell it from its namesakes: a French
    department's number gives France ("Dax (40)"), a province, a state or its seat its parent ("Alba
    (Cuneo)"), a river or a region not known as one the town's whole name ("Frankfurt (Oder)"); a
    province's abbreviation ("Venlo (L.)") or a district the gazetteer does not know ("Waren (Müritz)")
    tells nothing. No town the gazetteer knows, no heading."""
    town, qualifier = place[0], place[1] if len(place) > 1 else ""
    if _DEPARTMENT.fullmatch(qualifier):
        return (town, ["France"], None) if "city" in lookup.classify(town, "FR") else (None, [], None)
    if qualifier and not qualifier.endswith("."):
        whole = (f"{town} ({qualifier})", *(f"{town}{join}{qualifier}" for join in _RIVER_JOINS))
        named = next((name for name in whole if "city" in lookup.classify(name)), None)
        if named is not None:
            return named, [], None
        if "city" not in lookup.classify(town):
            return None, [], None
        if lookup.country(qualifier) or lookup.admin1(qualifier):
            return town, [qualifier], None
        # "Alba (Cuneo)", "Lugo (Ravenna)": a province named for its seat; the town is the seat's countryman
        # (Alba is also a Romanian county, Lugo a Galician town).
        if country := _country_of(qualifier, lookup, _countries_of(town, lookup)):
            return town, [country], None
    # Told apart by nothing the gazetteer reads (a department, "Quimperlé (Finistère)"; a district): a town
    # of some size, not a name a hamlet bears too ("Marcus (Links).", a player and where he stands).
    return (
        (town, [], None) if _likeliest((town,), lookup, _LOCAL_HEADING_MIN_POPULATION) else (None, [], None)
    )


# Datelines that name the town the picture was taken in, over a name the body reads as one.
_TOWN_DATELINES = ("closing", "zuma", "getty", "local")


_DATE_SLACK = 6  # characters of a date-only sentence outside its date: "on", a comma, "года" (of the year)


_MAX_LEAD = 40


_HEADING_WORDS = 6


_MAX_HEADINGS = 2


_HEADER_VENUE = re.compile(
    r"\s*[-–—]\s+[^.]*, (?P<venue>[A-ZÀ-Þ][\w'’-]*(?: (?:[a-z]{1,5} )?[A-ZÀ-Þ0-9][\w'’-]*){0,5})\.?$"
)


_DPA_VENUE = re.compile(r", (?P<venue>[A-ZÀ-Þ][^,.:;]{2,60})\.(?:\s|$)")


# A hyphen only after a town and its country or division ("Hamilton, Bermuda - Members of ..."): one after a
# lone name is as often a title's ("Arsenal - Training session"). The division may be abbreviated, as AP
# writes states: "BROOKLYN, N.Y. - ...", "EUGENE, Ore. - ...".
_ABBREVIATED = r"[A-ZÀ-Þ][A-Za-z.]{0,8}\."
_DASH_LEAD = re.compile(
    rf"^(?P<place>[A-ZÀ-Þ][^–—,.]{{1,50}}?(?:, (?:{_ABBREVIATED}|[A-ZÀ-Þ][^–—,.]{{1,40}}?))?)"
    r" [–—] (?=[A-ZÀ-Þ])"
    rf"|^(?P<paired>[A-ZÀ-Þ][^–—,.-]{{1,50}}?, (?:{_ABBREVIATED}|[A-ZÀ-Þ][^–—,.-]{{1,40}}?))"
    r" -{1,2} (?=[A-ZÀ-Þ])"
    # Folhapress, Agência Brasil: the town and its state's code in brackets, "Sobral (CE) - Moradores ...".
    r"|^(?P<coded>[A-ZÀ-Þ][^–—,.()-]{1,40}? \([A-Z]{2}\)) -{1,2} (?=[A-ZÀ-Þ])"
)


def _only_a_date(sentence: str) -> bool:
    """Whether a sentence holds a date and little else ("14th June 2025", "Saturday, June 14")."""
    spans = date_text_spans(sentence)
    return bool(spans) and sum(end - start for start, end in spans) >= len(sentence.strip()) - _DATE_SLACK


def _headed(sentences: Sequence[str]) -> str:
    """TASS and RIA open with a heading, a town or a date ("Снегопад в Москве.", "Санкт-Петербург. 20
    июня 2025."): the sentences up to the first that says more, where the place shown may be."""
    taken: list[str] = []
    for sentence in sentences[: _MAX_HEADINGS + 1]:
        taken.append(sentence)
        if len(sentence.split()) > _HEADING_WORDS:
            break
    return " ".join(taken)


@cache
def _postpositions() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for p in rules("place")["postposition_places"])


# A postposition's place: the town (None where only a region is named), the text naming it, its parents.
_Postposed = tuple[str | None, str, tuple[str, ...]]


def _postposition_place(main: str, lookup: PlaceLookup) -> _Postposed | None:
    """The place a Turkish postposition or case names, and the text naming it: "İstanbul'da", "Hatay
    ilçesinde". Not a month in a date ("9 Eylül'de"); a name in the genitive alone ("İzmir'in kurtuluşu")
    only if the gazetteer knows it."""
    dates = date_text_spans(main) if any(c.isdigit() for c in main) else ()
    for pattern in _postpositions():
        for m in pattern.finditer(main):
            if "division" in m.groupdict():
                if (region := _region_postposed(m, lookup)) is not None:
                    return region
                continue
            if any(a <= m.start("city") < b for a, b in dates):
                continue
            # The run may start with the sentence's first word ("Taraftarlar İstanbul'da"): the longest
            # ending of it the gazetteer knows is the town.
            names = m.group("city").split()
            known = (" ".join(names[k:]) for k in range(len(names)) if lookup.classify(" ".join(names[k:])))
            city = next(known, None)
            if (
                city is not None
                and city != m.group("city")
                and m.group("city") in _postposed_facilities(main)
            ):
                # "Timsah Arena'da", "RAMS Park'ta": a venue named with a borrowed noun, not the town "Arena"
                # or "Park" the gazetteer knows: the whole name is the place.
                city = None
            if "genitive" in m.groupdict() and (
                city is None or lookup.classify(m.group("city") + m.group("genitive"))
            ):
                continue  # "Durango Mexican": a town's whole name, no genitive of another
            district = m.groupdict().get("district")
            if city and district and _town_apart(district, city, lookup):
                return district, m.group(), (city,)  # "Bolu'nun Mengen ilçesinde": Mengen, in Bolu
            return city or m.group("city"), m.group(), ()
    return None


def _region_postposed(m: re.Match[str], lookup: PlaceLookup) -> _Postposed | None:
    """The region a postposition names ("Buxoro viloyatida": "Buxoro viloyati", as GeoNames writes it
    locally), with the district written in its genitive as the town where the gazetteer knows it as a town
    of that region ("Buxoro viloyatining G‘ijduvon tumanida"); a district it does not know is no town."""
    region = f"{m.group('division')} viloyati"
    if "admin1" not in lookup.classify(region):
        return None
    district = m.group("district")
    town = district if district and _town_of_region(district, region, lookup) else None
    return town, m.group(), (region,)


def _town_of_region(town: str, region: str, lookup: PlaceLookup) -> bool:
    """Whether the gazetteer knows TOWN as a town of REGION (the region's seat's division)."""
    seats = [c.place for c in lookup.candidates(region.rsplit(" ", 1)[0]) if c.how in ("exact", "alternate")]
    return any(
        c.place.country_code == seat.country_code and c.place.admin1_code == seat.admin1_code
        for c in lookup.candidates(town)
        for seat in seats[:1]
    )


# How far from the town whose genitive names it a district's own town lies, to be a town apart: Mengen is
# 45 km from Bolu; Osmangazi, Şahinbey, Karşıyaka are parts of Bursa, Gaziantep, İzmir (under 10 km). A
# city of a million spreads that far; a provincial seat's parts lie closer: Tatvan is a town 18 km from
# Bitlis.
_APART_KM = 20.0
_APART_KM_SMALL_SEAT = 10.0
_BIG_SEAT_PEOPLE = 1_000_000


def _town_apart(district: str, owner: str, lookup: PlaceLookup) -> bool:
    """Whether a district named after its province's seat ("Bolu'nun Mengen ilçesinde") is a town the
    gazetteer knows in the same province, only far from the seat: then it is the town shown."""
    seats = [c.place for c in lookup.candidates(owner) if c.how in ("exact", "alternate")]
    if not seats:
        return False
    seat = seats[0]
    towns = [
        c.place
        for c in lookup.candidates(district)
        if c.how == "exact"
        and c.place.country_code == seat.country_code
        and c.place.admin1_code == seat.admin1_code
    ]
    # Every town of the name far from the seat: one near it is the seat's own district (Şahinbey is a
    # village far from Gaziantep as well as its central district).
    apart = _APART_KM if (seat.population or 0) >= _BIG_SEAT_PEOPLE else _APART_KM_SMALL_SEAT
    return bool(towns) and all(km(seat, t) > apart for t in towns)


def named_district(main: str) -> str | None:
    """A district named in its province's genitive ("Muğla'nın Köyceğiz ilçesinde"): where the gazetteer
    holds it as no town of the province, the town shown most likely, which the record cannot give (it gives
    the province's seat, for a desk to check: `_locate`)."""
    if "ilçes" not in main:
        return None
    m = _postpositions()[0].search(main)
    return m.group("district") if m is not None and m.groupdict().get("district") else None


def _cut_lead(zones: Zones) -> str | None:
    """Sentence 1 without a lead that holds no place, which the sentence split may have cut short ("...
    THURSDAY, JAN." and "30 - Visitors look at ...")."""
    lead = next((m for p in _no_place_leads() if (m := p.match(zones.body))), None)
    if lead is None:
        return None
    start = 0
    for sentence in zones.sentences:
        start = zones.body.find(sentence, start)
        if start < 0:
            return None
        if start <= lead.end() < start + len(sentence):
            return sentence[lead.end() - start :]
        start += len(sentence)
    return None


@cache
def _no_place_leads() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for p in rules("place")["no_place_leads"])


_TAKEN_IN = re.compile(r"(?:Picture|Photo|Image|Photograph) taken (?:in|at) (?=[A-ZÀ-Þ])")


# A dateline in brackets closing the text.
_BRACKETED_DATELINE = re.compile(r"\(([^()]+)\)\.?")


def _dateline_head(sentence: str) -> str | None:
    """The names before a date that ends a short sentence ("Rome (Italy), October 27th 2020", "Picture taken
    in Valencia, Spain, January 5, 2027"), if they are nothing but names."""
    taken = _TAKEN_IN.match(sentence)  # Reuters: "Picture taken in Valencia, Spain, January 5, 2027"
    sentence = sentence[taken.end() :] if taken else sentence
    if sentence[:1] == "(" and (bracketed := _BRACKETED_DATELINE.fullmatch(sentence.rstrip())):
        sentence = bracketed.group(1)  # Anadolu's Turkish pages: "... (Ankara, 8 Haziran 2027)"
    if len(sentence) > _MAX_DATELINE:
        return None
    spans = date_text_spans(sentence)
    last = spans[-1] if spans else None
    if last is None or sentence[last[1] :].strip(" .,;–—-") or last[0] == 0:
        return None
    head = sentence[: last[0]].strip(" ,;–—-")
    names = _PAREN_PARENT.sub("", head)
    return head if names and all(_is_placey(part) for part in re.split(r",\s+", names)) else None


def _cut_unclosed(text: str) -> str:
    """A place chain holds no unclosed parenthesis: "in East Derry, N.H. (AP Photo/Charles Krupa, File" is
    a credit whose close was lost."""
    i = text.find("(")
    while i >= 0:
        close = text.find(")", i)
        if close < 0:
            return text[:i].rstrip()
        i = text.find("(", close)
    return text


def _paired_lead(lead: str, lookup: PlaceLookup) -> str:
    """A town and its country or division before a hyphen ("Hamilton, Bermuda - "); not two names of
    another kind ("Arsenal, Chelsea - ")."""
    outer = lead.rsplit(", ", 1)[-1]
    # Backgrid, Splash: "Malibu, CA - Kim Kardashian ...", a US state's postal code after the town.
    coded = _POSTAL_CODE.fullmatch(outer) is not None and lookup.admin1(outer, "US") is not None
    return lead if coded or lookup.country(outer) is not None or lookup.admin1(outer) is not None else ""


_POSTAL_CODE = re.compile(r"[A-Z]{2}")


def _titled_colon_lead(text: str) -> bool:
    """Whether the text opens with a name in Title Case and a colon: "Obama: ...", not "PUTRAJAYA, 12 Jan"."""
    name, colon, _ = text.partition(":")
    return bool(colon) and len(name) <= _MAX_LEAD and not name.isupper()


# A town opening the caption as its dateline, in the ways agencies in many languages write one: "Split:
# Navijači ...", "Θεσσαλονίκη: Πλήθος ...", "Alger - Le président ...", "TACLOBAN CITY -- Residents ...",
# "La Habana, 1 may (Prensa Latina)" (a town, a comma and a date its reader may not know), NTB's "Oslo
# 20260216." (the town and the date as digits), and Agencia
# Uno's "11 de marzo de 2026/SANTIAGO" (a date, a slash and the town in capitals). Indian agencies' pictures
# put the state in brackets before the colon: "Kolkata (West Bengal): Fishermen ...".
# Each word's letters possessive ("*+"): a space, colon or comma follows them, never one of them (issue 16).
_LEAD = re.compile(
    r"^(?P<name>[^\W\d_][\w'’.-]*+(?: [^\W\d_][\w'’.-]*+){0,3})(?: \((?P<region>[A-ZÀ-Þ][^()]{1,40})\)(?=:)"
    # Local sites in English: "Tlaquepaque, Jalisco: Dancers perform ...", the state after a comma.
    r"|, (?P<division>[A-ZÀ-Þ][\w'’.-]*+(?: [A-ZÀ-Þ][\w'’.-]*+){0,2})(?=:))?"
    r"(?::| -{1,2}|,(?= \d)|(?= \d{8}(?:\.|$))) (?=\S)"
)
_DATED_LEAD = re.compile(r"^(?P<date>[^/\n]{4,40}?)/(?P<name>[A-ZÀ-Þ][A-ZÀ-Þ'’ -]{1,40}?)(?=\s)")
# Big enough that a word opening a caption so is likelier the town than a label ("Foto:", "Nota:").
_LEAD_MIN_POPULATION = 15_000


def lead_town(text: str, lookup: PlaceLookup) -> str | None:
    """The town a caption opens with as its dateline, if the gazetteer knows it as a town of some size
    (in Latin letters: "Θεσσαλονίκη" is Thessaloniki)."""
    m = _LEAD.match(text)
    if m is None and (dated := _DATED_LEAD.match(text)) is not None:
        date = dated.span("date")
        m = dated if any(a <= date[0] and date[1] <= b for a, b in date_text_spans(text)) else None
    if m is None:
        return None
    region = m.groupdict().get("region") or m.groupdict().get("division")
    if region and lookup.admin1(region) is None and lookup.country(region) is None:
        return None  # "Obama (Left): ...": a bracket naming no state is no dateline's
    name = m.group("name").strip()
    name = name.title() if name.isupper() else name
    if not _latin_letters(name):
        name = _latin_spelling(name)
    return _likeliest((name,), lookup, _LEAD_MIN_POPULATION)


def lead_region(text: str) -> str | None:
    """The state written in brackets after the town opening the text: "Kolkata (West Bengal): ..." gives "West
    Bengal", which says which of the towns of that name it is."""
    m = _LEAD.match(text)
    return (m.group("region") or m.group("division")) if m else None


_TOWN_WORDS = 3


def _country_heading(sentences: tuple[str, ...], lookup: PlaceLookup) -> bool:
    """Whether a caption opens with a country's name, a town's and a date, each closed by a stop
    ("Россия. Москва. 24 декабря 2026."): TASS's and RIA's header. The country is one the gazetteer knows
    by name or, in a script it has no names in, a capitalised word."""
    if len(sentences) < 3 or not sentences[2][:1].isdigit():
        return False
    country, town = sentences[0].split(), sentences[1].split()
    if not 0 < len(country) <= 2 or not 0 < len(town) <= _TOWN_WORDS:
        return False
    if not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in (*country, *town)):
        return False
    return not _latin_letters(sentences[0]) or lookup.country(sentences[0]) is not None
