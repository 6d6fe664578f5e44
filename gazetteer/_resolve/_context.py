"""Context evidence: what a query's parents and the other place names of its caption say.

``Context.read_parent`` reads one parent text as the areas it can name (a ``Reading``: countries, divisions,
a region, county-level units); ``Context.evidence`` reads the caption's other names into the
``ContextEvidence`` that candidate scoring weighs. Each other name is first resolved on its own, through
the facade's cached ``resolve``, which ``Context`` is handed rather than imports.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable, Sequence
from functools import cache, lru_cache

from gazetteer._models import Place, PlaceQuery, Resolution
from gazetteer._names import norm, strip_compass, strip_generic, strip_leading_particles
from gazetteer._resolve._areas import Areas
from gazetteer._resolve._candidates import Candidates, quick_km
from gazetteer._resolve._state import ContextEvidence, QueryState, Reading, cell
from gazetteer._resolve._weights import CACHE_SIZE, CONTEXT_LEAD, DIVISION_OVER_CITY_KM
from gazetteer._schema import (
    A_ADMIN1,
    A_POSTAL,
    A_REGION,
    F_ALT,
    F_DERIVED,
    F_MAIN,
    F_PREFERRED,
    read_data_bytes,
)

__all__ = ["Context", "feature_core", "is_not_place", "shared_country_codes"]

# A bare name that is a division and a city ("Washington") is the division among two or more other divisions
# named, when none of them lies this near the city (Virginia and Maryland beside Washington, New Jersey beside
# New York are its neighbours). Kept here, not in _weights, whose changes rebuild the index.
PEER_DIVISION_KM = 400.0

_COUNTY_WORDS = frozenset({"county", "parish", "borough", "district", "shire", "municipality", "area"})


# Type words of waters, passes, islands and bases named after a town or county ("Tampa Bay", "Mohawk
# River", "Lake Bemidji", "Bagram Air Field"): the gazetteer holds few such features, their namesakes it
# holds. Not parks: a park is no town's neighbourhood, and a caption's "Jasper National Park" has no city.
_FEATURE_SUFFIXES = (
    ("air", "force", "base"), ("air", "reserve", "base"), ("air", "base"), ("air", "field"), ("airfield",),
    ("river",), ("creek",), ("lake",), ("bay",), ("harbor",), ("harbour",), ("reservoir",), ("pass",),
    ("island",), ("islands",),
)  # fmt: skip


# The last words of the type words, and "lake" first: a text with neither names no feature, which the
# resolver asks of every name only misspellings match (a cold lookup's cost, issue 15).
_FEATURE_ENDS = frozenset(suffix[-1] for suffix in _FEATURE_SUFFIXES)


def feature_core(text: str) -> str | None:
    """The name a feature is named after, without its type word, or None for no feature name:
    "Tampa Bay" -> "Tampa", "Lake Bemidji" -> "Bemidji", "Grissom Air Reserve Base" -> "Grissom"."""
    bare = text.split()
    if len(bare) < 2 or (bare[-1].lower() not in _FEATURE_ENDS and "lake" not in text.lower()):
        return None
    words = strip_leading_particles(text.strip()).split()
    lowered = tuple(w.lower() for w in words)
    for suffix in _FEATURE_SUFFIXES:
        if len(lowered) > len(suffix) and lowered[-len(suffix) :] == suffix:
            return " ".join(words[: -len(suffix)])
    if len(lowered) > 1 and lowered[0] == "lake":
        return " ".join(words[1:])
    return None


@cache
def _shared_country_names() -> dict[str, tuple[str, ...]]:
    raw = tomllib.loads(read_data_bytes("shared_country_names.toml").decode("utf-8"))
    return {norm(str(row[0])): tuple(str(cc) for cc in row[1:]) for row in raw["names"]}


def shared_country_codes(text: str) -> tuple[str, ...]:
    """The countries a name two share may mean, written alone ("eastern Congo": CG and CD), or ()."""
    key = norm(text.strip())
    base, _compass = strip_compass(key[4:] if key.startswith("the ") else key)
    return _shared_country_names().get(base, ())


@cache
def _not_place_keys() -> frozenset[str]:
    raw = tomllib.loads(read_data_bytes("not_places.toml").decode("utf-8"))
    return frozenset(norm(str(word)) for group in raw.values() for word in group)


def is_not_place(text: str) -> bool:
    """Whether a text written alone is a word that names no place: a demonym, a title ("Egyptian", "None")."""
    return norm(text.strip()) in _not_place_keys()


class Context:
    """Parents and context over one index; ``read_parent`` is cached."""

    def __init__(
        self, areas: Areas, candidates: Candidates, resolve: Callable[[PlaceQuery], Resolution]
    ) -> None:
        self._areas = areas
        self._candidates = candidates
        self._resolve = resolve
        self.read_parent = lru_cache(maxsize=CACHE_SIZE)(self._read_parent_uncached)

    def _read_parent_uncached(self, text: str) -> Reading | None:
        areas = self._areas
        raw = strip_leading_particles(text.strip().strip(",;:"))
        if not raw:
            return None
        key = norm(raw)
        if key.startswith("the "):
            key = key[4:]
        rows = areas.area_names(key)
        if not rows and _only_its_own_key(raw, key):
            return None  # no country, division, region or county has this name (most city names)
        for kind, cc, code, _flags in rows:
            if kind == A_REGION:
                # A named region or continent as a whole ("South America", "the Donbas"): no compass reading.
                found = self._candidates.rows([int(code)])
                if found:
                    place = self._candidates.place(found[int(code)])
                    return Reading(raw, frozenset({cc}) if cc else frozenset(), (), place)
        base, compass = strip_compass(key)
        if compass and any(kind == A_ADMIN1 for kind, _cc, _code, _flags in rows):
            # A division's own name, compass word and all: "South Australia", "Western Australia" and
            # "Central Macedonia" are divisions, not the south of Australia or the centre of North Macedonia.
            base, compass = key, None
        countries: set[str] = set()
        region: Place | None = None
        country = areas.country(raw, False) or (areas.country_from_key(base) if compass else None)
        if country is not None and country.country_code:
            countries.add(country.country_code)
            if compass:
                region = areas.sector(country, compass, raw)
        admin1 = [
            (p.country_code, p.admin1_code)
            for p in areas.admin1_matches(raw if not compass or country is None else base, None, strict=False)
            if p.country_code and p.admin1_code
        ]
        if len(raw) == 2 and raw.isupper():
            # "Long Beach, CA": a US postal code is one reading; the candidates decide.
            for kind, cc, code, _flags in areas.area_names(raw.lower()):
                if kind == A_POSTAL and (cc, code) not in admin1:
                    admin1.append((cc, code))
        if country is not None and not compass and admin1:
            # "England", "Scotland": a country's alias that is the own name of one of its first-level
            # divisions names the division (country code kept); "Mexico" is the country's own name.
            division = areas.alias_division(key, country)
            if division is not None:
                return Reading(raw, frozenset(), (division,), None)
        # A county reading only for what is no country or first-level division ("Puerto Rico" is the country,
        # not also Colombia's municipality), or a division only by a name borrowed from its seat ("Samar" of
        # Samara Oblast is the Philippine province's own name).
        borrowed = bool(admin1) and all(
            flags & F_DERIVED and not flags & (F_MAIN | F_ALT | F_PREFERRED)
            for kind, _cc, _code, flags in rows
            if kind == A_ADMIN1
        )
        admin2 = [] if countries or (admin1 and not borrowed) or region else areas.admin2_matches(key)
        core = strip_generic(key)
        if not (countries or admin1 or region or admin2) and core != key and not _county_typed(key, core):
            # "Camarines Sur province": a province that is a second-level unit, by its own name (a county is
            # stored with its type word, and its bare name alone is no reading here).
            admin2 = areas.admin2_matches(core, bare=False)
        if not countries and not admin1 and region is None and not admin2:
            return None
        # A division's own name wins over a same-named division elsewhere only through scoring; keep a few.
        return Reading(raw, frozenset(countries), tuple(admin1[:6]), region, tuple(admin2[:12]))

    def town_own_country(self, reading: Reading, town: str) -> Reading:
        """A parent naming a country whose name two countries share ("Congo", "eastern Congo", "Korea") read
        as the other of them when the town written before it is in that one only (Goma, Bukavu: the
        Democratic Republic of the Congo); any other reading is returned as it is."""
        if len(reading.countries) != 1 or reading.admin1:
            return reading
        key = norm(reading.text)
        compass = strip_compass(key[4:] if key.startswith("the ") else key)[1]
        shared = shared_country_codes(reading.text)
        if (
            not shared
            or not reading.countries <= set(shared)
            or self._written_town_in(town, reading.countries)
        ):
            return reading
        for code in shared:
            country = self._areas.countries.get(code)
            if code in reading.countries or country is None or not self._written_town_in(town, {code}):
                continue
            region = self._areas.sector(country, compass, reading.text) if compass else None
            return Reading(reading.text, frozenset({code}), (), region)
        return reading

    def _written_town_in(self, town: str, countries: set[str] | frozenset[str]) -> bool:
        """Whether a town of this very name (not an alternate name, variant or fuzzy neighbour: South
        Korea's Goesan has "Kaesong" among its alternates) lies in one of the countries."""
        state = QueryState(scope=frozenset(countries))
        found = self._candidates.city_candidates(town, state, fuzzy=False)
        return any(c.how in ("exact", "overlay") for c in found)

    def evidence(self, context: Sequence[str], own: str | None) -> ContextEvidence:
        """What the other names say about where the place is.

        Each other name counts once, by what it most likely is on its own (its country and division), by
        every division any of its readings lies in (co-location: "Alexandria" among "Douglas County",
        "Brandon" and "Kensington" is the one in Minnesota, where all four exist), and by where its
        readings are (places a few tens of km apart). A name is no evidence for itself ("MANSFIELD" beside
        "Mansfield"). Names of divisions count as such ("Louisiana": the division, named); a name that is a
        country and a division ("Georgia") is the division when the other names are in its country.
        """
        evidence = ContextEvidence()
        own_key = norm(strip_leading_particles(own)) if own else None
        seen: set[str] = set()
        both: list[tuple[str, Reading]] = []  # (country, reading) of names that are a country and a division
        for text in context:
            if not text or not text.strip():
                continue
            key = norm(strip_leading_particles(text.strip()))
            if not key or key == own_key or key in seen or is_not_place(text):
                continue
            seen.add(key)
            alone = self._resolve(PlaceQuery(city=text))
            top = alone.most_specific
            top_admin1: tuple[str, str] | None = None
            if top is not None and top.country_code:
                evidence.names += 1
                evidence.countries[top.country_code] += 1
                # One of several close readings ("Douglas County": ten states) says little about which; a
                # reading well ahead of the next says where the name most likely is ("Hartford": Connecticut).
                if top.kind != "country" and top.admin1_code and _leads(alone):
                    top_admin1 = (top.country_code, top.admin1_code)
                    evidence.admin1[top_admin1] += 1
                    if top.kind == "admin1":
                        evidence.named_admin1.add(top_admin1)
            reading = self.read_parent(text)
            if top is not None and top.kind == "country":
                if top.country_code and reading is not None and reading.admin1:
                    both.append((top.country_code, reading))
                continue  # a country name is all it says
            divisions: set[tuple[str, str]] = set()
            cells: set[tuple[int, int]] = set()
            if reading is not None:
                divisions.update(reading.admin1)
                held = {(cc, a1) for cc, a1, _ in reading.admin2}
                divisions |= held
                for pair in held:
                    evidence.peers[pair] += 1
                for unit in reading.admin2:
                    county = self._areas.admin2_place(*unit)
                    if county is not None:
                        cells.add(cell(county.latitude, county.longitude))
                if reading.admin2 and not _COUNTY_WORDS.isdisjoint(key.split()):
                    # Only a county written as one ("Douglas County"): a bare "Lancaster" is a town first.
                    evidence.units.append(reading.admin2)
            # A division read as such is no town: "California" beside "Washington" puts nothing near the
            # capital, though a town of Maryland bears the name.
            as_division = top is not None and top.kind == "admin1"
            for cand in self._candidates.city_candidates(text, fuzzy=False):
                if cand.how in ("exact", "overlay") and cand.place.country_code:
                    divisions.add((cand.place.country_code, cand.place.admin1_code or ""))
                    if not as_division:
                        cells.add(cell(cand.place.latitude, cand.place.longitude))
            for division in divisions - {top_admin1}:
                evidence.support[division] += 1
            if cells:
                evidence.cells.append(frozenset(cells))
        for country, reading in both:
            # "Georgia" beside "Atlanta" and "Savannah": the state, when more of the other names are in the
            # United States than in Georgia the country.
            others = evidence.countries.copy()
            others[country] -= 1
            division = max(reading.admin1, key=lambda a: (evidence.admin1[a], others[a[0]]))
            inside = evidence.admin1[division]
            if _division_over_country(others[division[0]], others[country], inside, evidence.names - 1):
                evidence.countries[country] -= 1
                evidence.countries[division[0]] += 1
                evidence.admin1[division] += 1
                evidence.named_admin1.add(division)
        return evidence

    def prefers_division(
        self, country: str, reading: Reading, context: ContextEvidence
    ) -> tuple[str, str] | None:
        """The division a country's name ("Georgia") names instead, when the context is in its country."""
        options = [a for a in reading.admin1 if a[0] != country]
        if not options:
            return None
        division = max(
            options, key=lambda a: (context.admin1[a], context.countries[a[0]], a in context.named_admin1)
        )
        held = context.countries[division[0]]
        inside = context.admin1[division]
        return (
            division
            if _division_over_country(held, context.countries[country], inside, context.names)
            else None
        )

    def ordered(self, reading: Reading, context: ContextEvidence) -> Reading:
        """A reading's divisions, those of the countries and divisions the other names lie in first.

        "Punjab" beside Amritsar and Ludhiana is India's, "Western Province" beside Kakamega Kenya's,
        "Amazonas" beside Iquitos Peru's; without such names the reading keeps its own order.
        """
        if len(reading.admin1) < 2:
            return reading
        ranked = sorted(
            reading.admin1,
            key=lambda a: (context.countries[a[0]] + context.admin1[a], context.support[a]),
            reverse=True,
        )
        if ranked == list(reading.admin1):
            return reading
        return Reading(reading.text, reading.countries, tuple(ranked), reading.region, reading.admin2)

    def _among_peers(self, division: tuple[str, str], city: Place, context: ContextEvidence) -> bool:
        """Whether the other names name two or more divisions of the division's country, none beside the
        city: "Washington" beside California and Idaho, "New York" beside California and Florida, is a
        state among states; beside Virginia and Maryland it is the capital they surround."""
        peers = [a for a in context.named_admin1 if a[0] == division[0] and a != division]
        if len(peers) < 2:
            return False
        places = [self._areas.admin1_place(*a) for a in peers]
        return all(p is not None and quick_km(p, city) >= PEER_DIVISION_KM for p in places)

    def division_over_city(
        self, reading: Reading, city: Place, context: ContextEvidence
    ) -> tuple[str, str] | None:
        """The division a bare name names instead of its namesake city, when the other names say so.

        "New York" among Rome, Utica and Syracuse is the state; "Washington" among Olympia and Tacoma is
        too; "Victoria" among Melbourne and Brisbane is the Australian state, not Hong Kong's old name;
        "Edo" among Abuja and Ondo is Nigeria's state, not Tokyo's. The other names must lie in the
        division (a third of them), or in its country (half, none in the city's), and none near the city:
        "Washington" beside Bethesda and Silver Spring stays the capital. A division whose point is near
        its namesake city leaves the city, which is as near and says more.
        """
        if context.names < 2 or not reading.admin1:
            return None
        division = max(reading.admin1, key=lambda a: (context.admin1[a], context.countries[a[0]]))
        area = self._areas.admin1_place(*division)
        if area is None or quick_km(area, city) < DIVISION_OVER_CITY_KM:
            return None
        inside = context.admin1[division]
        held = context.countries[division[0]]
        in_division = inside >= 1 and 3 * inside >= context.names
        in_country = (
            held >= 2 and 2 * held >= context.names and not context.countries[city.country_code or ""]
        )
        if not (in_division or in_country or self._among_peers(division, city, context)):
            return None
        lat, lon = cell(city.latitude, city.longitude)
        around = {(lat + dy, lon + dx) for dy in (-1, 0, 1) for dx in (-1, 0, 1)}
        if any(not cells.isdisjoint(around) for cells in context.cells):
            return None
        return division


def _division_over_country(held: int, in_country: int, inside: int, names: int) -> bool:
    """Whether a country's name that is also a division elsewhere ("Georgia") names the division, by how
    many other names lie in the division's country (``held``), in the country (``in_country``) and in the
    division itself (``inside``), of ``names``.

    Two names at least in the division's country, more than in the country: one "Brussels" does not make
    "Luxembourg" Belgium's province; but a name in the country and none in the division keeps the
    country ("Georgia" beside Tbilisi in an Arkansas story). Or, with none in the country, half of them
    in the division itself ("Georgia" beside "Atlanta").
    """
    if not in_country:
        return held >= 2 or (inside >= 1 and 2 * inside >= names)
    return inside >= 1 and held >= 2 and held > in_country


def _leads(resolution: Resolution) -> bool:
    """Whether a name read alone is clear enough to say where the document is."""
    if not resolution.ambiguous:
        return True
    first, *rest = resolution.candidates
    return not rest or first.score - rest[0].score >= CONTEXT_LEAD


def _county_typed(key: str, core: str) -> bool:
    return bool((set(key.split()) - set(core.split())) & {"county", "parish"})


def _only_its_own_key(raw: str, key: str) -> bool:
    """Whether reading a parent looks up no key but ``key``: no code, abbreviation, compass or type word."""
    if "." in raw or (raw.isupper() and raw.isalpha() and len(raw) in (2, 3)):
        return False
    return strip_compass(key)[1] is None and strip_generic(key) == key
