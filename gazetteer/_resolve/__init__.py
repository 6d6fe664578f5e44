"""The resolver: place text from a caption to country, first-level division and city.

Ranking, in the order it weighs (see ../shared/notes/geoparsing.md, "Ranking for captions"):
1. explicit parents ("X, Luhansk region, Ukraine"): a hard country filter, a strong admin1 bonus;
2. how the name matched: main name > overlay alias > alternate > romanisation variant > fuzzy;
3. population (log scale), capitals and division seats;
4. other places of the same caption: the country and division of what each most likely is, the divisions
   any of its readings lie in, and readings within a few tens of km (co-location, as CLAVIN's passes);
and a close runner-up marks the result ``ambiguous``. Second-level divisions ("Rapides Parish", "North
Yorkshire") compete with cities for the city slot and read as parents and context like first-level ones.

This module is the facade: ``Gazetteer``, its public methods and the steps of one resolution. The parts
it is made of, in the order they depend on each other (each imports only those before it):

- ``_weights``: every number of the ranking;
- ``_state``: the values a resolution passes between its steps (``Reading``, ``ContextEvidence`` and the
  frozen ``QueryState``);
- ``_areas``: countries and divisions (``Areas``);
- ``_candidates``: name matching, fuzzy matching and candidate scoring (``Candidates``);
- ``_context``: reading parents and the caption's other names (``Context``);
- ``_slot``: whether the city slot names a country, division or region instead (``CitySlot``).
Each part owns the caches of what it reads, per ``Gazetteer`` instance.
"""

from __future__ import annotations

import contextlib
import functools
import json
import math
import os
import re
import threading
import tomllib
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import Any, ClassVar

from gazetteer._exceptions import GazetteerError
from gazetteer._index import Index
from gazetteer._models import Candidate, Place, PlaceKind, PlaceQuery, Resolution
from gazetteer._names import norm, strip_generic, strip_leading_particles
from gazetteer._resolve._areas import Areas
from gazetteer._resolve._candidates import AS_WRITTEN, BIG_CITY, Candidates, quick_km
from gazetteer._resolve._context import Context, feature_core, is_not_place, shared_country_codes
from gazetteer._resolve._slot import CitySlot
from gazetteer._resolve._state import QueryState, Reading, scope_of
from gazetteer._resolve._weights import (
    AMBIGUITY_MARGIN,
    AMBIGUITY_MIN_KM,
    CACHE_SIZE,
    NAMESAKE_ABROAD_MARGIN,
    NAMESAKE_ABROAD_SHARE,
    NEAR_PARENT_TOWN_KM,
)
from gazetteer._schema import K_ADMIN2, K_CITY, K_LANDMARK, K_REGION, default_index_path, read_data_bytes

__all__ = ["Gazetteer"]

_CITY_SLOT = frozenset({K_CITY, K_ADMIN2})


@functools.cache
def _county_first() -> tuple[re.Pattern[str], frozenset[str]]:
    """A county written type first ("Co Cork", "County Galway"), and the countries that write them so."""
    raw = tomllib.loads(read_data_bytes("county_first.toml").decode("utf-8"))
    words = "|".join(re.escape(str(w)) for w in raw["type_words"])
    name = r"[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?"
    return re.compile(rf"(?:{words})\s+(?P<name>{name})"), frozenset(str(c) for c in raw["countries"])


@functools.cache
def _irish_counties() -> tuple[re.Pattern[str], dict[str, str]]:
    """A county written in Irish after its type word ("Co. Chiarraí"), and each Irish name's English one."""
    raw = tomllib.loads(read_data_bytes("county_first.toml").decode("utf-8"))
    names = {str(k): str(v) for k, v in raw["irish_names"].items()}
    words = "|".join(re.escape(str(w)) for w in raw["type_words"])
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?P<type>{words})\s+(?P<name>{alternatives})"), names


def _in_english(text: str) -> str:
    """ "Co. Chiarraí" → "Co. Kerry": a county written in Irish, by the English name the index holds."""
    m = _irish_counties()[0].fullmatch(text.strip()) if "Co" in text else None
    return f"{m.group('type')} {_irish_counties()[1][m.group('name')]}" if m else text


_LANDMARK = frozenset({K_LANDMARK})


class Gazetteer:
    """Offline place resolution over a built index (see ``build_index``).

    ``Gazetteer.default()`` opens (building on first use) the index in the user cache;
    ``Gazetteer(path)`` opens a given index and raises ``IndexUnavailableError`` when it is missing or
    corrupt.
    Instances are thread-safe and cache results, so share one.
    """

    _default: ClassVar[Gazetteer | None] = None
    _default_lock: ClassVar[threading.Lock] = threading.Lock()

    def __init__(self, path: str | os.PathLike[str], *, rebuild_if_unusable: bool = False) -> None:
        self._index = Index(Path(path), rebuild=rebuild_if_unusable)
        datelines: dict[str, str] = json.loads(self._index.meta.get("dateline_cities", "{}"))
        self._dateline_keys = frozenset(norm(name) for name in datelines.values())
        self._areas = Areas(self._index)
        self._candidates = Candidates(self._index, self._areas, frozenset(int(i) for i in datelines))
        self._context = Context(self._areas, self._candidates, self.resolve)
        self._city_slot = CitySlot(self._areas, self._candidates, self._context, self._dateline_keys)
        # Per-instance LRU cache on the query: repeated places in a batch cost a dict lookup.
        self._resolve_cached = lru_cache(maxsize=CACHE_SIZE)(self._resolve)
        # A caption parser asks of each chain part, and the same town recurs across a batch.
        self._classify_cached = lru_cache(maxsize=CACHE_SIZE)(self._classify)
        # A parser asks of each town it reads whether a landmark bears its name: one index read a name.
        self._landmark_cached = lru_cache(maxsize=CACHE_SIZE)(self._landmark)

    def resolve(self, query: PlaceQuery) -> Resolution:
        """Resolve one caption's place text: city, first-level division and country (see module docstring)."""
        return self._resolve_cached(query)

    def country(self, text: str, *, codes: bool = False) -> Place | None:
        """The country a text names ("Ukraine", "U.S.", "Britain", "UKRAINE", "USA"), or None.

        Upper-case ISO alpha-3 codes count ("UKR", "GBR") except those that are English words; alpha-2
        codes only with ``codes=True`` ("IN", "IT" and "CA" are too often something else).
        """
        return self._areas.country(text, codes)

    def shared_country_codes(self, text: str) -> tuple[str, ...]:
        """Both countries a name they share may mean ("Congo", "eastern Congo": CG and CD; "Korea"), or ()."""
        return shared_country_codes(text)

    def admin1(self, text: str, country_code: str | None = None) -> Place | None:
        """The first-level division a text names, or None.

        Accepts "Luhansk region", "Lugansk", "Calif.", "Texas", "Sindh province", "Sichuan Province",
        "Kyiv Oblast"; generic words (region, province, oblast, state, governorate, prefecture ...) are
        stripped. US postal codes ("CA") count only with ``country_code="US"``. Without a country, words
        that are divisions somewhere but nothing alone ("Central", "Northern") are refused. "Georgia" is
        also a country: ask ``country()`` first.
        """
        return self._areas.admin1(text, country_code)

    def admin2(
        self, text: str, country_code: str | None = None, admin1_code: str | None = None
    ) -> Place | None:
        """The second-level division a text names, or None: "Rapides Parish", "North Yorkshire", "Somme",
        "Douglas County" (the most populous of ten, unless codes narrow it: ``"US", "GA"``).

        Its bare name ("Rapides") counts only with a country code; a name that is also a country or a
        first-level division is refused without one ("Alexandria", "Georgia").
        """
        return self._areas.admin2(text, country_code, admin1_code)

    # -- construction ----------------------------------------------------------------------------------

    @classmethod
    def default(cls) -> Gazetteer:
        """The shared instance over the default cached index, built on first use (a one-off ~30 s)."""
        gz = cls._default
        if gz is not None:
            return gz
        with cls._default_lock:
            if cls._default is None:
                path = default_index_path()
                if not path.exists():
                    from gazetteer._build import build_index  # the builder loads only to build

                    build_index(path)
                    _remove_stale_indexes(path)
                cls._default = cls(path, rebuild_if_unusable=True)
            return cls._default

    @property
    def path(self) -> Path:
        return self._index.path

    @property
    def meta(self) -> dict[str, str]:
        """What the index says about itself: source, build date, schema and data versions."""
        return dict(self._index.meta)

    def close(self) -> None:
        self._index.close()

    # -- countries and divisions -----------------------------------------------------------------------

    def admin1_by_code(self, country_code: str, admin1_code: str) -> Place | None:
        """A division by its GeoNames code ("UA", "14")."""
        return self._areas.admin1_place(country_code, admin1_code)

    def admin1_by_iso(self, iso: str) -> Place | None:
        """A division by its ISO 3166-2 code ("BR-RR", "US-CA"), or None."""
        return self._areas.admin1_by_iso(iso)

    def country_by_code(self, country_code: str) -> Place | None:
        """A country by ISO alpha-2 or alpha-3 code."""
        return self._areas.country_by_code(country_code)

    def capital(self, country_code: str) -> Place | None:
        """A country's capital ("KE": Nairobi), as GeoNames' country table names it, or None."""
        capital_id = self._areas.country_capital.get(country_code)
        rows = self._index.places([capital_id]) if capital_id else []
        return self._candidates.place(rows[0]) if rows else None

    def place_by_id(self, geonames_id: int) -> Place | None:
        """The place of a GeoNames id the index holds (a table's town: a paper's home), or None."""
        rows = self._index.places([geonames_id])
        return self._candidates.place(rows[0]) if rows else None

    def region(self, text: str) -> Place | None:
        """A regional descriptor: "eastern Ukraine", "southern Turkey", "the Donbas", "West Bank"."""
        reading = self._context.read_parent(text)
        if reading is None:
            return None
        if reading.region is not None:
            return reading.region
        if reading.admin1 and not reading.countries and len(reading.admin1) == 1:
            return self._areas.admin1_place(*reading.admin1[0])
        return None

    def classify(self, text: str, country_code: str | None = None) -> tuple[PlaceKind, ...]:
        """What a place-chain part can be, likeliest first: ("country",), ("city", "admin1"), () ...

        For a caption parser deciding whether "Georgia", "Kyiv" or "Texas" is a city, a division or a
        country. A city counts when a place of that exact name (not a fuzzy match) exists.
        """
        return self._classify_cached(text, country_code)

    def _classify(self, text: str, country_code: str | None) -> tuple[PlaceKind, ...]:
        kinds: list[PlaceKind] = []
        if self.country(text) is not None:
            kinds.append("country")
        admin = self.admin1(text, country_code)
        # Only where a big city is among them do the scores decide (is the best reading the big one?).
        sizes = self._candidates.written_city_sizes(text, country_code)
        if sizes is None:
            cands = [c for c in self._candidates.city_candidates(text, fuzzy=False) if c.how in AS_WRITTEN]
            if country_code:
                cands = [c for c in cands if c.place.country_code == country_code]
            named, big_city = bool(cands), bool(cands) and cands[0].place.population >= BIG_CITY
        else:
            named, big_city = bool(sizes), False
        if big_city:
            kinds.append("city")
        if admin is not None:
            kinds.append("admin1")
        if named and not big_city:
            kinds.append("city")
        if not kinds and self.region(text) is not None:
            kinds.append("region")
        return tuple(kinds)

    def landmark(self, text: str) -> Place | None:
        """The curated landmark a text names as written ("Quirinale", "the Kremlin"), or None: never a fuzzy
        match, since a caption parser asks this of any name it meets after a preposition."""
        return self._landmark_cached(text)

    def _landmark(self, text: str) -> Place | None:
        # One read of the name's own key first: most names a parser asks about are no landmark's.
        if not self._index.names_a_place_of_kind(norm(text), K_LANDMARK):
            return None
        marks = self._candidates.city_candidates(text, kinds=frozenset({K_LANDMARK}), fuzzy=False)
        return next((m.place for m in marks if m.how in ("exact", "overlay")), None)

    # -- city candidates -------------------------------------------------------------------------------

    def candidates(
        self, name: str, country_code: str | None = None, admin1_code: str | None = None, limit: int = 10
    ) -> list[Candidate]:
        """Cities (and landmarks) a name can be, scored and best first; codes filter hard."""
        scope = frozenset({country_code.upper()}) if country_code else None
        found = self._candidates.city_candidates(
            name, QueryState(scope=scope), kinds=frozenset({K_CITY, K_LANDMARK, K_REGION})
        )
        if admin1_code is not None:
            found = [c for c in found if c.place.admin1_code == admin1_code]
        return found[:limit]

    # -- resolution ------------------------------------------------------------------------------------

    def _query_state(self, query: PlaceQuery) -> QueryState:
        """Read a query's parents, its city slot (when it names an area) and its context."""
        readings: list[Reading] = []
        unmatched_parents: list[str] = []
        for written in query.parents:
            if not written or not written.strip():
                continue
            parent = _in_english(written)  # "Co. Chiarraí" read as "Co. Kerry"
            reading = self._context.read_parent(parent)
            if reading is None and (county := _county_first()[0].fullmatch(parent.strip())) is not None:
                # Irish "County Kerry", "Co Cork": a county by its bare name, or one named like its town,
                # which answers for it (the division table keeps no unit named like a town inside it): the
                # county lies in the town's first-level division.
                name = county.group("name")
                reading = self._context.read_parent(name) or self._county_of_town(parent, name)
            if reading is None:
                unmatched_parents.append(written)
            else:
                readings.append(reading)
        city_text = _in_english(query.city.strip()) if query.city and query.city.strip() else None
        notes: list[str] = []
        context = self._context.evidence(query.context, city_text) if query.context else None

        # A country, division or region written where the city goes ("in Ukraine", "Sindh province").
        if city_text is not None:
            moved = self._city_slot.as_area(city_text, readings, context)
            if moved is not None and context is not None:
                moved = self._context.ordered(moved, context)  # "Punjab" beside Amritsar: India's
            if moved is not None:
                readings.insert(0, moved)
                city_text = None

        if city_text is not None:
            # "Goma, eastern Congo": a name two countries share is the one the town is in.
            readings = [self._context.town_own_country(r, city_text) for r in readings]
        scope = scope_of(readings)
        if scope is not None and not scope:
            readings = self._counties_in_named_country(readings)
            scope = scope_of(readings)
        loose: list[str] = []  # county-level parent texts set aside: they may be towns
        if scope is not None and not scope:
            # A county-level reading is the weakest ("Surrey, B.C."): it gives way before anything else.
            firm = [r for r in readings if not r.admin2_only]
            if firm != readings and scope_of(firm) != frozenset():
                loose = [r.text for r in readings if r.admin2_only]
                readings = firm
                scope = scope_of(readings)
            else:
                notes.append("parents disagree on the country")
                scope = None
        return QueryState(
            city=city_text,
            readings=tuple(readings),
            scope=scope,
            context=context,
            unmatched=tuple(unmatched_parents),
            loose=tuple(loose),
            notes=tuple(notes),
        )

    def _resolve(self, query: PlaceQuery) -> Resolution:
        if query.city and not query.parents and not query.sublocation and is_not_place(query.city):
            return Resolution(not_found=(query.city,))  # "Egyptian", "President", "None"
        state = self._query_state(query)
        city_candidates = self._candidates.city_candidates
        city_text = state.city
        unmatched_parents = list(state.unmatched)
        not_found: list[str] = []
        city: Place | None = None
        landmark: Place | None = None
        candidates: list[Candidate] = []
        if city_text is not None:
            # A curated landmark written where the city goes ("Times Square") names its city; GeoNames may
            # also list it as a populated place (a city section), which is not what IPTC City wants.
            # Only overlay places (negative ids) are landmarks: most names match none, and skip the pass.
            marks: list[Candidate] = []
            if self._candidates.names_an_overlay_place(city_text):
                marks = city_candidates(city_text, state.scope_only(), kinds=_LANDMARK, fuzzy=False)
                marks = [
                    m
                    for m in marks
                    if m.how in ("exact", "overlay") and _in_written_divisions(m.place, state)
                ]
                if not marks and state.readings:
                    # "at Old Trafford, Manchester": the landmark's own town written after it, though a
                    # division elsewhere (Jamaica's Manchester parish) has the town's name too.
                    marks, state = self._landmark_in_named_town(city_text, state)
            if marks:
                landmark = marks[0].place
            else:
                candidates = city_candidates(city_text, state, kinds=_CITY_SLOT)
                if not candidates and any(r.admin2_only for r in state.readings):
                    # County-level parents that leave nothing may be towns ("Fair Park, Dallas").
                    state = state.without_county_parents()
                    candidates = city_candidates(city_text, state, kinds=_CITY_SLOT)
                if not candidates and (counties := self._counties_of_divisions(state)):
                    # A first-level division's name that is also a county's elsewhere: the county, where the
                    # town lies in it ("Douai, dans le Nord": not Haiti's Nord).
                    county_state = state.with_county_readings(counties)
                    candidates = city_candidates(city_text, county_state, kinds=_CITY_SLOT, fuzzy=False)
                    if candidates:
                        state = county_state
                if not candidates:
                    # "Motril (Granada)": a province named for its capital, read as a division abroad.
                    candidates, state = self._near_division_named_town(city_text, state)
                if all(c.how == "fuzzy" for c in candidates):
                    candidates = self._named_for(city_text, state) or candidates
                if not candidates:
                    not_found.append(city_text)
        if city_text is None or not candidates:
            # A parent that is a city ("Ueno Park, Tokyo") stands in when the city slot failed.
            tries = unmatched_parents if city_text is None else [*unmatched_parents, *state.loose]
            for parent in tries:
                found = city_candidates(parent, state, fuzzy=False)
                if found:
                    candidates = found
                    unmatched_parents = [p for p in unmatched_parents if p != parent]
                    break
        if query.sublocation and query.sublocation.strip():
            marks = city_candidates(
                query.sublocation, state.scope_only(), kinds=frozenset({K_LANDMARK}), fuzzy=False
            )
            if marks:
                landmark = marks[0].place
        if not candidates and landmark is not None:
            parent_city = self._landmark_city(landmark)
            if parent_city is not None:
                candidates = [
                    Candidate(
                        parent_city,
                        0.0,
                        landmark.name,
                        "overlay",
                        (f"{landmark.name} is in {parent_city.name}",),
                    )
                ]
        rivals: Sequence[Candidate] = candidates[1:]
        if city_text is not None and len(candidates) > 1 and unmatched_parents:
            near, beside = self._near_parent_town(candidates, unmatched_parents, state)
            if near:
                candidates = [*near, *(c for c in candidates if c not in near)]
                rivals, unmatched_parents = near[1:], [p for p in unmatched_parents if p != beside]
        not_found.extend(unmatched_parents)

        ambiguous = False
        county: Place | None = None
        if candidates:
            best = candidates[0]
            if best.place.kind == "admin2":
                county = best.place  # "Rapides Parish", "Douglas County, Ga."
            else:
                city = best.place
            for other in rivals:
                if best.score - other.score >= _margin(best, other):
                    break
                if quick_km(best.place, other.place) > AMBIGUITY_MIN_KM:
                    ambiguous = True
                    break
        admin1, country, region, county = self._levels(city, state, county)
        level_candidates = tuple(candidates[:10])
        if not candidates:
            level_candidates = tuple(
                Candidate(p, 0.0, p.name, "exact", ("named in the caption",))
                for p in (county or admin1 or region or country,)
                if p
            )
        return Resolution(
            city=city, admin1=admin1, country=country, ambiguous=ambiguous, not_found=tuple(not_found),
            candidates=level_candidates, landmark=landmark, region=region, notes=state.notes, admin2=county,
        )  # fmt: skip

    def _county_of_town(self, text: str, town_name: str) -> Reading | None:
        """The first-level divisions of the towns a county is named like, in the countries that write their
        counties type first (each namesake's, biggest first: the town written with it decides)."""
        countries = _county_first()[1]
        towns = self._candidates.city_candidates(town_name, QueryState(city=town_name), fuzzy=False)
        divisions = [
            (c.place.country_code, c.place.admin1_code)
            for c in towns
            if c.how in AS_WRITTEN
            and c.place.kind == "city"
            and c.place.country_code in countries
            and c.place.admin1_code
        ]
        return Reading(text, admin1=tuple(dict.fromkeys(divisions))[:6]) if divisions else None

    def _counties_in_named_country(self, readings: list[Reading]) -> list[Reading]:
        """ "San Fernando, La Union, Philippines": a parent read only as other countries' first-level
        divisions (El Salvador's La Unión) is, beside the country written, that country's county-level unit
        of the name (the Philippine province), where it has one."""
        named = frozenset(cc for r in readings if r.countries and not r.admin1 for cc in r.countries)
        if not named:
            return readings
        out: list[Reading] = []
        for reading in readings:
            if reading.admin1 and not (reading.countries or reading.region) and not reading.scope & named:
                # "La Union province": the word of its kind goes, as it does for a division.
                key = strip_generic(norm(strip_leading_particles(reading.text)))
                units = [u for u in self._areas.admin2_matches(key) if u[0] in named]
                if units:
                    reading = Reading(reading.text, admin2=tuple(units[:12]))
            out.append(reading)
        return out

    def _counties_of_divisions(self, state: QueryState) -> dict[str, tuple[tuple[str, str, str], ...]]:
        """The county-level units named like each parent read only as first-level divisions (a county
        reading is kept only for what names none, see `Context.read_parent`) and naming no town alone: a
        town written as a parent stands in for the city instead ("Old City, Jerusalem")."""
        counties: dict[str, tuple[tuple[str, str, str], ...]] = {}
        for reading in state.readings:
            if (
                reading.admin1
                and not (reading.countries or reading.region or reading.admin2)
                and self.resolve(PlaceQuery(city=reading.text)).city is None
            ):
                units = self._areas.admin2_matches(norm(strip_leading_particles(reading.text)))
                if units:
                    counties[reading.text] = tuple(units[:12])
        return counties

    def _named_for(self, text: str, state: QueryState) -> list[Candidate]:
        """A feature the index lacks, written alone, read as the town or county it is named after and lies
        by: "Tampa Bay", "Mohawk River", "Lake Bemidji", "Bagram Air Field" (in a document, where a miss costs
        no more than no reading). Not with a parent: "Mohawk River, N.Y." in a caption names no city, and
        its division is written."""
        core = feature_core(text)
        if not core or state.readings or state.unmatched or state.loose:
            return []
        found = self._candidates.city_candidates(core, state, kinds=_CITY_SLOT, fuzzy=False)
        return [
            Candidate(c.place, c.score, c.matched_name, c.how, (*c.reasons, f"{text} is named after it"))
            for c in found
            if c.how in AS_WRITTEN
        ]

    def _near_parent_town(
        self, candidates: list[Candidate], parents: Sequence[str], state: QueryState
    ) -> tuple[list[Candidate], str | None]:
        """ "Talisay, Batangas": a parent no division is named like may be a town the city lies by. Among
        namesakes, those near the likeliest town of that name, in the order they had, and the parent."""
        for parent in parents:
            for town in self._candidates.city_candidates(parent, state, fuzzy=False)[:3]:
                near = _near_town(candidates, town)
                if near:
                    return near, parent
        return [], None

    def _near_division_named_town(
        self, city_text: str, state: QueryState
    ) -> tuple[list[Candidate], QueryState]:
        """The namesakes of CITY_TEXT near a town abroad that a parent, read only as divisions that hold none
        of them, is named like ("Guadix, Granada"), with the state left without that parent; else none."""
        towns_state, divisions = state.without_division_parents()
        if not divisions:
            return [], state
        found = self._candidates.city_candidates(city_text, towns_state, kinds=_CITY_SLOT, fuzzy=False)
        for division in divisions:
            for town in self._candidates.city_candidates(division.text, towns_state, fuzzy=False)[:3]:
                if town.place.country_code in division.scope:
                    continue  # "Old City, Jerusalem": the town of the division's own country stands in
                near = _near_town(found, town)
                if near:
                    return near, towns_state
        return [], state

    def _landmark_in_named_town(self, text: str, state: QueryState) -> tuple[list[Candidate], QueryState]:
        """The curated landmark TEXT names whose town is named, exactly, by a parent that reads as a
        division, with the state left without that parent; else no landmark and the state as it was."""
        for m in self._candidates.city_candidates(text, QueryState(), kinds=_LANDMARK, fuzzy=False):
            town = self._landmark_city(m.place) if m.how in ("exact", "overlay") else None
            named = [r for r in state.readings if town is not None and norm(r.text) == norm(town.name)]
            if named:
                readings = tuple(r for r in state.readings if r not in named)
                return [m], replace(state, readings=readings, scope=scope_of(readings))
        return [], state

    def _landmark_city(self, landmark: Place) -> Place | None:
        parent = self._landmark_parents.get(landmark.name)
        if parent is None:
            return None
        city_rows = self._index.places([parent])
        return self._candidates.place(city_rows[0]) if city_rows else None

    @functools.cached_property
    def _landmark_parents(self) -> dict[str, int | None]:
        # The landmarks are a few dozen curated places: one read of them all, rather than a scan of every
        # place (the table has no index on name) for each landmark a caption names. The first of a name
        # in id order wins, as the scan found it.
        table: dict[str, int | None] = {}
        rows = self._index.query("SELECT name, parent FROM places WHERE kind = ? ORDER BY id", (K_LANDMARK,))
        for name, parent in rows:
            table.setdefault(name, parent)
        return table

    def _levels(
        self, city: Place | None, state: QueryState, county: Place | None = None
    ) -> tuple[Place | None, Place | None, Place | None, Place | None]:
        """admin1, country, region and admin2 of a resolution, from its city, county or parents."""
        areas = self._areas
        readings, scope = state.readings, state.scope
        region = next((r.region for r in readings if r.region is not None), None)
        if city is not None and city.country_code:
            admin1 = areas.admin1_place(city.country_code, city.admin1_code or "")
            country = areas.countries.get(city.country_code)
            if region is not None and region.country_code != city.country_code:
                region = None
            holding = (areas.admin2_place(*u) for r in readings for u in r.admin2 if areas.in_admin2(city, u))
            county = next(holding, None)
            if county is None and city.admin2_code:
                county = areas.admin2_place(city.country_code, city.admin1_code or "", city.admin2_code)
            return admin1, country, region, county
        if county is None:
            # A parent that is only a county ("North Yorkshire") when no city was found; one in a division
            # another parent names first ("Douglas County, Ga.": Georgia's, not Nebraska's bigger one).
            named = {a for r in readings for a in r.admin1}
            units = [u for r in readings if r.admin2_only for u in r.admin2 if scope is None or u[0] in scope]
            units.sort(key=lambda u: (u[0], u[1]) not in named)  # stable: best-first order kept otherwise
            county = next((p for p in (areas.admin2_place(*u) for u in units) if p is not None), None)
        if county is not None and county.country_code:
            country = areas.countries.get(county.country_code)
            if region is not None and region.country_code != county.country_code:
                region = None
            return areas.admin1_place(county.country_code, county.admin1_code or ""), country, region, county
        admin1 = None
        for reading in readings:
            if reading.countries and (scope is None or reading.countries & scope):
                continue  # a bare "Georgia" is the country; the state needs another parent ("USA") to win
            for cc, code in reading.admin1:
                if scope is None or cc in scope:
                    admin1 = areas.admin1_place(cc, code)
                    break
            if admin1 is not None:
                break
        country_code: str | None = None
        if admin1 is not None:
            country_code = admin1.country_code
        elif scope is not None and len(scope) == 1:
            country_code = next(iter(scope))
        elif region is not None:
            country_code = region.country_code
        else:
            for reading in readings:
                if reading.countries:
                    country_code = min(reading.countries)
                    break
        country = areas.countries.get(country_code) if country_code else None
        if region is not None and country is not None and region.country_code != country.country_code:
            region = None
        return admin1, country, region, None

    def lookup(self, text: str) -> list[Candidate]:
        """Candidates for a comma-separated place string ("Severodonetsk, Lugansk region"), with reasons."""
        parts = [p.strip() for p in text.split(",") if p.strip()]
        if not parts:
            return []
        resolution = self.resolve(PlaceQuery(city=parts[0], parents=tuple(parts[1:])))
        return list(resolution.candidates)

    # -- reverse ---------------------------------------------------------------------------------------

    def nearest(self, latitude: float, longitude: float, limit: int = 1) -> list[tuple[Place, float]]:
        """Populated places nearest a point, with great-circle distance in km (a box prefilter keeps it fast).

        Ranked by distance, divided by a mild population factor so a city centre beats a city section
        that is a few hundred metres closer.
        """
        from geopy.distance import great_circle  # type: ignore[import-untyped]

        if not (-90.0 <= latitude <= 90.0 and -180.0 <= longitude <= 180.0):
            raise GazetteerError(f"not a WGS84 point: {latitude}, {longitude}")
        for dlat in (0.25, 1.0, 4.0, 12.0):
            dlon = min(180.0, dlat / max(math.cos(math.radians(latitude)), 0.05))
            rows = self._index.places_near(latitude, longitude, dlat, dlon)
            if len(rows) >= limit:
                measured = [
                    (self._candidates.place(r), great_circle((latitude, longitude), (r[5], r[6])).km)
                    for r in rows
                ]
                # Only trust the box when the places found are closer than its edge.
                if sorted(km for _, km in measured)[min(limit, len(measured)) - 1] <= dlat * 111.0:
                    # Nearest first, leaning a little toward bigger places: a point in central Kyiv is
                    # "Kyiv", not the city section whose centre happens to be 50 m closer.
                    measured.sort(
                        key=lambda pair: pair[1] / (1.0 + 0.25 * math.log10(pair[0].population + 10))
                    )
                    return measured[:limit]
        return []

    def cache_info(self) -> dict[str, Any]:
        return {
            "resolve": self._resolve_cached.cache_info(),
            "matches": self._candidates.matches.cache_info(),
            "parents": self._context.read_parent.cache_info(),
        }


def _remove_stale_indexes(current: Path) -> None:
    """Old schema/data versions of the default index are dead weight once a new one exists."""
    for old in current.parent.glob("gazetteer-v*.sqlite"):
        if old != current:
            with contextlib.suppress(OSError):
                old.unlink()


def _in_written_divisions(place: Place, state: QueryState) -> bool:
    """Whether a place lies in every first-level division the parents name as such ("Broadway, Va." is no
    Broadway of New York: the town in Virginia is meant)."""
    return all(
        place.division in reading.admin1
        for reading in state.readings
        if reading.admin1 and not reading.countries and reading.region is None
    )


def _margin(best: Candidate, other: Candidate) -> float:
    """The lead a reading needs over another to stand alone: more over a town of the same name and of
    about its size in another country ("Saint-Denis": Réunion's or the one by Paris), which only the
    caption's other words can tell apart."""
    namesake = (
        best.how == other.how == "exact"
        and best.place.kind == other.place.kind == "city"
        and best.place.name == other.place.name
        and best.place.country_code != other.place.country_code
        and other.place.population >= NAMESAKE_ABROAD_SHARE * best.place.population
    )
    return NAMESAKE_ABROAD_MARGIN if namesake else AMBIGUITY_MARGIN


def _near_town(candidates: list[Candidate], town: Candidate) -> list[Candidate]:
    """The CANDIDATES other than TOWN within reach of it, in their order: namesakes a parent town places."""
    return [
        c
        for c in candidates
        if c.place.geonames_id != town.place.geonames_id
        and quick_km(c.place, town.place) <= NEAR_PARENT_TOWN_KM
    ]
