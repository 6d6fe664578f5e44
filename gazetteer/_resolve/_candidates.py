"""City candidates: the places a text can name, matched exactly, as a spelling variant or fuzzily, and
scored against the query state (parents, context) with the weights of ``_weights``.

``Candidates`` also turns index rows into ``Place`` values and keeps the bounded row cache that the name
lookups fill, so that scoring a candidate needs no second query.
"""

from __future__ import annotations

import math
import tomllib
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from functools import cache, lru_cache

from gazetteer._index import Index, Row
from gazetteer._models import Candidate, Place, PlaceKind
from gazetteer._names import norm, skeleton, strip_leading_particles
from gazetteer._resolve._areas import Areas
from gazetteer._resolve._readings import (
    M_BASE,
    M_HOW,
    M_MATCHED,
    M_WHY,
    NameMatch,
    decode_readings,
    name_matches,
)
from gazetteer._resolve._state import ContextEvidence, QueryState, cell
from gazetteer._resolve._weights import (
    CACHE_SIZE,
    OWN_NAME_TOWN_MIN,
    SEAT_KM,
    TOWN_DENSITY,
    W_ADMIN2,
    W_CAPITAL,
    W_CONTEXT_ADMIN1,
    W_CONTEXT_COUNTRY,
    W_CONTEXT_NAMED_ADMIN1,
    W_CONTEXT_NEAR,
    W_CONTEXT_PEER,
    W_CONTEXT_SUPPORT,
    W_DATELINE,
    W_ENGLISH_NAMED_ALTERNATE,
    W_NEIGHBOUR_OWN_NAME,
    W_PARENT_ADMIN1,
    W_PARENT_ADMIN2,
    W_PARENT_COUNTRY,
    W_POP,
    W_SEAT,
    W_SECTION,
)
from gazetteer._schema import (
    F_MAIN,
    F_PREFERRED,
    FUZZY_PREFIX,
    K_ADMIN2,
    K_CITY,
    K_LANDMARK,
    R_CAPITAL,
    R_SEAT,
    R_SECTION,
    R_STATE_CAPITAL,
    read_data_bytes,
)

__all__ = ["Candidates", "query_deletes", "quick_km"]

# How a match is a city's name as written (not a spelling variant or fuzzy), and the size of a big city.
AS_WRITTEN = frozenset({"exact", "overlay", "alternate"})
# A name a place bears as its own (GeoNames main name, or a curated spelling), not another of its names.
_OWN_NAME = frozenset({"exact", "overlay"})
BIG_CITY = 100_000

_CITY_ONLY = frozenset({K_CITY})
_SETTLEMENT_WORDS = frozenset(
    {"town", "city", "village", "settlement", "hamlet", "township", "suburb", "district"}
)


_Match = NameMatch


def query_deletes(prefix: str, max_edits: int) -> list[str]:
    """The strings of ``_names.prefix_deletes(prefix, len(prefix), max_edits)`` (1 or 2 edits), as a list
    that may hold one twice ("kassel" less either "s"): the deletions a misspelling's prefix is looked up
    by. A second deletion is cut from each first one, at its cut or after it (so each pair of places once),
    where ``prefix_deletes`` builds each level from the strings of the level before and hashes them into a
    set: two slices a string, not three. SQLite takes an ``IN`` list's values once each and in its own
    order, so neither duplicates nor the order change what the lookup reads."""
    ones = [prefix[:i] + prefix[i + 1 :] for i in range(2, len(prefix))]
    found = [prefix, *ones]
    if max_edits > 1:
        for cut, one in enumerate(ones, 2):
            found += [one[:i] + one[i + 1 :] for i in range(cut, len(one))]
    return found


def _own_named(matches: dict[int, _Match], rows: dict[int, Row]) -> list[Row]:
    """The rows of the places matched by a name they bear as their own."""
    return [rows[i] for i, m in matches.items() if m[M_HOW] in _OWN_NAME and i in rows]


def quick_km(a: Place, b: Place) -> float:
    # Equirectangular approximation: enough to tell "same place twice" from "another place".
    x = math.radians(b.longitude - a.longitude) * math.cos(math.radians((a.latitude + b.latitude) / 2))
    y = math.radians(b.latitude - a.latitude)
    return 6371.0 * math.hypot(x, y)


# SEAT_KM as degrees of latitude, a little over: a town further north or south than this lies beyond SEAT_KM
# by any measure (quick_km is never shorter than its north-south leg), so no distance need be taken.
_SEAT_LATITUDE = math.degrees(SEAT_KM / 6371.0) * 1.01


class _TownsByLatitude:
    """The town rows of some place rows, sorted by latitude: those within SEAT_KM of a place are found by
    two bisections, not by a distance to each (a name many towns bear has dozens; issue 16)."""

    __slots__ = ("latitudes", "rows")

    def __init__(self, rows: list[Row]) -> None:
        self.rows = sorted((row for row in rows if row[2] == K_CITY), key=lambda row: row[5])
        self.latitudes = [row[5] for row in self.rows]

    def within_seat_latitudes(self, latitude: float) -> list[Row]:
        """The towns less than SEAT_KM north or south of a latitude (a superset of those within SEAT_KM)."""
        low = bisect_left(self.latitudes, latitude - _SEAT_LATITUDE)
        high = bisect_right(self.latitudes, latitude + _SEAT_LATITUDE, low)
        return self.rows[low:high]


# How many recent texts the per-caption memos keep: a caption asks about a few texts several times each.
_RECENT_TEXTS = 4096


class Candidates:
    """Name matching and candidate scoring over one index.

    ``matches`` and ``place`` are cached per instance.
    """

    def __init__(self, index: Index, areas: Areas, dateline_ids: frozenset[int]) -> None:
        self._index = index
        self._areas = areas
        self._dateline_ids = dateline_ids
        self._row_cache: dict[int, Row] = {}
        # Memoised per key/text: the same names recur as city, parent and context, and the landmark and
        # city passes of one query read the same key. Results are immutable (callers never mutate them).
        self.matches = lru_cache(maxsize=CACHE_SIZE)(self._matches_uncached)
        self._places: dict[int, Place] = {}
        # A misspelling recurs as city, parent and context too; a miss scans an index range.
        self._fuzzy = lru_cache(maxsize=CACHE_SIZE)(self._fuzzy_uncached)
        # A city text's matches are read for its classification, then again for its candidates: the same
        # variants, keys and rows (immutable too). A caption's texts recur within it, rarely after.
        self._city_matches = lru_cache(maxsize=_RECENT_TEXTS)(self._city_matches_uncached)

    def _names_with_places(self, keys: list[str]) -> list[Row]:
        """The name rows of some keys with their places' columns; the places go to the row cache."""
        rows = self._index.names_with_places(keys)
        cache = self._row_cache
        if len(cache) > CACHE_SIZE:
            cache.clear()
        for row in rows:
            cache[row[1]] = row[4:]
        return rows

    def place(self, row: Row) -> Place:
        """The ``Place`` of a place row, cached by id: a place's row is the same wherever it is read (the
        places table, a name row, a stored reading), and an id hashes faster than the whole row."""
        found = self._places.get(row[0])
        if found is None:
            if len(self._places) > CACHE_SIZE:
                self._places.clear()
            found = self._places[row[0]] = self._place_uncached(row)
        return found

    def _place_uncached(self, row: Row) -> Place:
        pid, name, kind, cc, a1, lat, lon, pop, _rank, _parent, a2 = row
        areas = self._areas
        if kind == K_ADMIN2:
            unit = areas.admin2_place(cc, a1 or "", a2)
            if unit is not None:
                return unit
        country = areas.countries.get(cc) if cc else None
        admin = areas.admin1_place(cc, a1) if cc and a1 else None
        county = areas.admin2_place(cc, a1 or "", a2) if a2 else None
        place_kind: PlaceKind = "city" if kind == K_CITY else "landmark" if kind == K_LANDMARK else "region"
        # Positional, in Place's field order (geonames_id, name, kind, feature_class, country_code,
        # country_code3, country_name, admin1_code, admin1_name, latitude, longitude, population,
        # iso_3166_2, admin2_code, admin2_name): a cold lookup builds a few of these per name.
        return Place(
            pid if pid > 0 else None, name, place_kind,
            "P" if kind == K_CITY else "S" if kind == K_LANDMARK else "L",
            cc, country.country_code3 if country else None, country.name if country else None, a1 or None,
            admin.name if admin else None, lat, lon, pop or 0, admin.iso_3166_2 if admin else None,
            a2 or None, county.name if county else None,
        )  # fmt: skip

    def _matches_uncached(self, key: str) -> dict[int, _Match]:
        """Exact and variant matches of a norm key, best reading per place (``name_matches``): as the
        index stores them for a key some name has, else from the rows of its skeleton."""
        stored = self._index.readings(key)
        if stored is None:
            # The table holds every key of the name rows: only the skeleton's rows can match this one.
            skel = skeleton(key)
            if skel == key or not self._index.may_have_key(skel):
                return {}  # no name row has the skeleton either (the key filter): nothing to match
            return name_matches(key, skel, self._names_with_places([skel]), norm, _variant_ratio)
        cache = self._row_cache
        if len(cache) > CACHE_SIZE:
            cache.clear()
        matches: dict[int, _Match] = {}
        for entry in decode_readings(stored):
            place_id = entry[4]
            matches[place_id] = (place_id, entry[0], entry[1], entry[2], entry[3])
            cache[place_id] = entry[4:]
        return matches

    def _fuzzy_uncached(self, key: str) -> dict[int, _Match]:
        """Bounded edit-distance matches, the last resort: 1 edit for 5-7 letters, 2 from 8, and names two
        edits away only when none is one edit away, two adjacent letters swapped counting as one (a near
        spelling of a small town is what was meant, not a big city two letters off: "Melbeock" is
        Melbeck, not Melbourne).

        The pool is the current (not historic) names sharing the first two letters and of a near length
        that the deletion-neighbourhood index links to the key (every name within reach is among them);
        rapidfuzz measures them in one call, and only the rows of the few keys within reach are read whole.
        The prefix and its one-letter deletions reach every name one edit or one swap away: the 15
        two-letter deletions (of 22 probes) are read only when those find none.
        """
        letters = key.replace(" ", "")
        if len(letters) < 5 or len(key) < 2:
            return {}
        max_edits = 1 if len(letters) < 8 else 2
        prefix = key[:FUZZY_PREFIX]
        deletes = query_deletes(prefix, 1)
        low, high = len(key) - max_edits, len(key) + max_edits
        pool = self._index.fuzzy_pool(deletes, low, high)
        extract, levenshtein, swapped = _edit_distance()
        if max_edits == 1:
            near = extract(key, pool, scorer=levenshtein, score_cutoff=1, limit=None)
            distances = {found: int(distance) for found, distance, _ in near}
        elif near := extract(key, pool, scorer=swapped, score_cutoff=1, limit=None):
            # Two letters swapped count as one slip here ("Lagnzhong" is still Langzhong, which lies two
            # edits away, beside Lanzhong one away); the base score still counts the edits.
            distances = {found: levenshtein(key, found) for found, _, _ in near}
        else:
            # Nothing one slip away: the two-letter deletions, and the whole pool measured to two edits.
            pool += self._index.fuzzy_pool(query_deletes(prefix, 2)[len(deletes) :], low, high)
            near = extract(key, pool, scorer=levenshtein, score_cutoff=2, limit=None)
            distances = {found: int(distance) for found, distance, _ in near}
        if not distances:
            return {}
        # The current names of the keys within reach, in key, then place order (the first of equal
        # readings is kept); their places come with them, so scoring the matches reads nothing more.
        cache = self._row_cache
        if len(cache) > CACHE_SIZE:
            cache.clear()
        matches: dict[int, _Match] = {}
        for row in self._index.fuzzy_rows(list(distances)):
            row_key, place_id, flags, name = row[:4]
            cache[place_id] = row[4:]
            distance = distances[row_key]
            # Each edit costs two decades of population: a near spelling of a small town beats a far one of
            # a big city ("Americas" is not Amritsar).
            base = (1.4 if flags & (F_MAIN | F_PREFERRED) else 1.0) - 1.0 * distance
            current = matches.get(place_id)
            if current is None or base > current[M_BASE]:
                matched = name or row_key
                matches[place_id] = (place_id, "fuzzy", base, matched, f"{distance} edit(s) from {matched}")
        return matches

    def city_candidates(
        self,
        text: str,
        state: QueryState | None = None,
        *,
        kinds: frozenset[int] = frozenset({K_CITY}),
        fuzzy: bool = True,
    ) -> list[Candidate]:
        """Scored candidates for a city text, best first; the state's ``scope`` is a hard country filter.

        Without a state nothing but the names and the places themselves count (a text read on its own).
        """
        scope = state.scope if state is not None else None
        readings = state.readings if state is not None else ()
        context = state.context if state is not None else None
        matches, rows = self._city_matches(text, scope, kinds, fuzzy)
        if not matches:
            return []
        candidates = []
        # Places that bear the text as their own name: another place's alternate or old name of it brings
        # that place no capital's or dateline's standing unless one of them lies by it, as a part of it does
        # ("Salem" is a town so named, not Jerusalem; "Manhattan" is still New York City), nor when the one
        # so named is a national capital, whose standing the name is ("New Delhi" is the capital, not Delhi).
        own_named: list[Row] | None = None  # read once, and only for such a name (_own_named)
        own_towns: _TownsByLatitude | None = None  # the towns of own_named, for an alternate name's match
        for place_id, match in matches.items():
            row = rows.get(place_id)
            if row is None or row[2] not in kinds or (scope is not None and row[3] not in scope):
                continue
            place = self.place(row)
            rank = row[8]
            how = match[M_HOW]
            score = match[M_BASE] + W_POP * math.log10(place.population + 1)
            reasons = [match[M_WHY]]
            if place.population:
                reasons.append(f"population {place.population:,}")
            # A capital's or dateline city's standing counts for its own names, not for a spelling that
            # merely resembles one ("Karo" is no variant of Cairo's).
            as_written = how not in ("variant", "fuzzy")
            standing = rank & (R_CAPITAL | R_SEAT) or place_id in self._dateline_ids
            if as_written and standing and how not in _OWN_NAME:
                if own_named is None:
                    own_named = _own_named(matches, rows)
                capital_named = any(own[8] & R_CAPITAL for own in own_named)
                as_written = not own_named or (self._named_nearby(place, own_named) and not capital_named)
            if how == "alternate":
                if own_towns is None:
                    if own_named is None:
                        own_named = _own_named(matches, rows)
                    own_towns = _TownsByLatitude(own_named)
                if own_towns.rows and self._separate_town_nearby(place, own_towns):
                    score += W_NEIGHBOUR_OWN_NAME
                    reasons.append("a separate town nearby bears the name as its own")
                elif (
                    place.country_code in _english_named()
                    and any((row[7] or 0) >= OWN_NAME_TOWN_MIN for row in own_towns.rows)
                    and not _part_of_name(match[M_MATCHED], place.name)
                    and not self._own_town_by_it(place, own_towns)
                ):
                    score += W_ENGLISH_NAMED_ALTERNATE
                    reasons.append("not its English name; another town bears it as its own")
            if rank & R_CAPITAL and as_written:
                score += W_CAPITAL
                reasons.append("national capital")
            elif rank & R_SEAT and as_written:
                score += W_SEAT
                reasons.append("division seat")
            elif rank & R_STATE_CAPITAL and how in _OWN_NAME and not readings and context is None:
                # A state or provincial capital written alone by its own name, as a dateline or a list gives
                # it ("Frankfort", "Springfield", "Concord"): a seat's standing, which other names outweigh.
                score += W_SEAT
                reasons.append("state or provincial capital")
            if rank & R_SECTION:
                score += W_SECTION
            if row[2] == K_ADMIN2:
                score += W_ADMIN2
            if (
                not readings
                and as_written
                and place_id in self._dateline_ids
                # ... unless two or more other names, none in its country, say the text is elsewhere
                and (context is None or context.names < 2 or context.countries[place.country_code or ""] > 0)
            ):
                score += W_DATELINE  # "Miami", "Tokyo": an AP dateline city written alone
                reasons.append("stand-alone dateline")
            division = (place.country_code or "", place.admin1_code or "")
            for reading in readings:
                if place.country_code in reading.countries:
                    # "Mexico" names the country, not also the State of Mexico: one bonus, not both.
                    score += W_PARENT_COUNTRY
                    reasons.append(f"in {reading.text}")
                # A county names its division too ("Whitby, North Yorkshire"): one division bonus a parent.
                elif division in reading.admin1 or any(division == (cc, a1) for cc, a1, _ in reading.admin2):
                    score += W_PARENT_ADMIN1
                    reasons.append(f"in {reading.text}")
                    if any(self._areas.in_admin2(place, unit) for unit in reading.admin2):
                        score += W_PARENT_ADMIN2
            if context is not None:
                score += self._context_score(place, division, row[2], context, reasons)
            candidates.append(Candidate(place, round(score, 4), match[M_MATCHED], how, tuple(reasons)))
        if K_ADMIN2 in kinds:
            candidates = self._drop_counties_named_like_their_towns(candidates)
        candidates.sort(key=lambda c: (-c.score, -c.place.population, c.place.geonames_id or 0))
        return candidates

    def _separate_town_nearby(self, place: Place, towns: _TownsByLatitude) -> bool:
        """Whether one of TOWNS lies within SEAT_KM of PLACE but beyond the reach of PLACE's own people."""
        near = towns.within_seat_latitudes(place.latitude)
        if not near:
            return False
        reach = math.sqrt(place.population / (math.pi * TOWN_DENSITY))
        return any(
            row[0] != place.geonames_id and reach < quick_km(place, self.place(row)) < SEAT_KM for row in near
        )

    def _own_town_by_it(self, place: Place, towns: _TownsByLatitude) -> bool:
        """Whether one of TOWNS (other than PLACE) lies within SEAT_KM of PLACE, as a part of it may."""
        return any(
            row[0] != place.geonames_id and quick_km(place, self.place(row)) < SEAT_KM
            for row in towns.within_seat_latitudes(place.latitude)
        )

    def _named_nearby(self, place: Place, rows: list[Row]) -> bool:
        """Whether one of the places of ROWS lies within SEAT_KM of PLACE."""
        return any(quick_km(place, self.place(row)) < SEAT_KM for row in rows)

    def _city_matches_uncached(
        self, text: str, scope: frozenset[str] | None, kinds: frozenset[int], fuzzy: bool
    ) -> tuple[dict[int, _Match], dict[int, Row]]:
        """The matches of the first text variant that has any, and their place rows."""
        matches: dict[int, _Match] = {}
        for variant in _text_variants(text):
            key = norm(variant)
            if not key:
                continue
            matches, rows = self._filter(self.matches(key), scope, kinds)
            if not matches and fuzzy:
                matches, rows = self._filter(self._fuzzy(key), scope, kinds)
            if matches:
                return matches, rows
        return matches, {}

    def names_an_overlay_place(self, text: str) -> bool:
        """Whether a text variant matches an overlay place (a landmark, region or feature: negative ids)
        as written or as a spelling variant: without one, a landmark pass over the text finds nothing."""
        for variant in _text_variants(text):
            key = norm(variant)
            if key and any(place_id < 0 for place_id in self.matches(key)):
                return True
        return False

    def written_city_sizes(self, text: str, country_code: str | None) -> list[int] | None:
        """The populations of the cities (not fuzzy matches) a text names as written, in that country if
        given: what ``Gazetteer.classify`` needs, without scoring each place; None where a city of
        100,000 or more is among them (then only the scores tell which is the best)."""
        matches, rows = self._city_matches(text, None, frozenset({K_CITY}), False)
        sizes = []
        for place_id, match in matches.items():
            row = rows.get(place_id)
            if row is None or row[2] != K_CITY or match[M_HOW] not in AS_WRITTEN:
                continue
            if country_code and row[3] != country_code:
                continue
            if (row[7] or 0) >= BIG_CITY:
                return None
            sizes.append(row[7] or 0)
        return sizes

    def _context_score(
        self, place: Place, division: tuple[str, str], kind: int, context: ContextEvidence, reasons: list[str]
    ) -> float:
        score = 0.0
        if place.country_code and context.countries.get(place.country_code):
            score += W_CONTEXT_COUNTRY * context.share(context.countries[place.country_code])
            reasons.append("caption context: country")
        if division in context.admin1:
            score += W_CONTEXT_ADMIN1 * context.share(context.admin1[division])
            reasons.append("caption context: division")
        if division in context.named_admin1 and context.names >= 2:
            score += W_CONTEXT_NAMED_ADMIN1  # "Alexandria" in an article that names Louisiana
            reasons.append("caption context: its division named")
        support = min(context.support.get(division, 0), 2)
        if support:
            score += W_CONTEXT_SUPPORT * support
            reasons.append("caption context: names that could be in its division")
        in_admin2 = self._areas.in_admin2
        if kind != K_ADMIN2 and any(in_admin2(place, u) for units in context.units for u in units):
            score += W_CONTEXT_ADMIN1  # "Alexandria" beside "Douglas County": the one in Douglas County, MN
            reasons.append("caption context: in a county named")
        if kind == K_ADMIN2:
            peers = min(context.peers.get(division, 0), 2)
            if peers:
                score += W_CONTEXT_PEER * peers
                reasons.append("caption context: county-level units of its division")
        if context.cells:
            lat, lon = cell(place.latitude, place.longitude)
            around = {(lat + dy, lon + dx) for dy in (-1, 0, 1) for dx in (-1, 0, 1)}
            near = min(sum(1 for cells in context.cells if not cells.isdisjoint(around)), 2)
            if near:
                score += W_CONTEXT_NEAR * near
                reasons.append("caption context: places nearby")
        return score

    def _drop_counties_named_like_their_towns(self, candidates: list[Candidate]) -> list[Candidate]:
        """A county-level unit loses to a town of the same name in or next to it ("Napoli", "Remedios")."""
        towns = [c.place for c in candidates if c.place.kind == "city"]
        if not towns:
            return candidates
        kept = []
        for cand in candidates:
            unit = cand.place
            if unit.kind == "admin2" and unit.country_code and unit.admin1_code and unit.admin2_code:
                code = (unit.country_code, unit.admin1_code, unit.admin2_code)
                # Its extent is that of the places GeoNames links to it, which may leave out its own seat.
                if any(
                    self._areas.in_admin2(town, code)
                    or (town.admin1_code == unit.admin1_code and quick_km(town, unit) < SEAT_KM)
                    for town in towns
                    if town.country_code == unit.country_code
                ):
                    continue
            kept.append(cand)
        return kept

    def _filter(
        self, matches: dict[int, _Match], scope: frozenset[str] | None, kinds: frozenset[int]
    ) -> tuple[dict[int, _Match], dict[int, Row]]:
        """The matches of the kinds and countries asked for, and the place rows of those it read."""
        # Overlay places (landmarks, regions) have negative ids, cities positive ones: the ids are sifted
        # first, and the dict of matches is built once, of those kept.
        if K_CITY not in kinds:
            ids = [pid for pid in matches if pid < 0]
        elif kinds == _CITY_ONLY:
            ids = [pid for pid in matches if pid > 0]
        else:
            ids = list(matches)
        if not ids:
            return {}, {}
        rows = self.rows(ids)
        kept = {
            pid: matches[pid]
            for pid in ids
            if (row := rows.get(pid)) is not None and row[2] in kinds and (scope is None or row[3] in scope)
        }
        return kept, rows

    def rows(self, ids: list[int]) -> dict[int, Row]:
        """Place rows by id, through a bounded cache (the same few thousand places recur in news)."""
        cache = self._row_cache
        missing = [i for i in ids if i not in cache]
        if missing:
            if len(cache) > CACHE_SIZE:
                cache.clear()
            for fetched in self._index.places(missing):
                cache[fetched[0]] = fetched
        found = {i: hit for i in ids if (hit := cache.get(i)) is not None}
        if len(found) < len(ids) and missing:
            # Another thread cleared the cache between the fetch and here: read what is left directly.
            found.update((r[0], r) for r in self._index.places([i for i in ids if i not in found]))
        return found


@cache
def _english_named() -> frozenset[str]:
    """The countries whose towns' main names are their English names (data/english_named.toml)."""
    raw = tomllib.loads(read_data_bytes("english_named.toml").decode("utf-8"))
    return frozenset(str(c) for c in raw["countries"])


def _part_of_name(alternate: str, name: str) -> bool:
    """Whether an alternate name's words all stand in the place's own name ("Stoke", Stoke-on-Trent)."""
    words = norm(name).split()
    return all(word in words for word in norm(alternate).split())


@cache
def _ratio() -> Callable[[str, str], float]:
    from rapidfuzz.fuzz import ratio  # loaded on first use: a start-up without variants never needs it

    return ratio


@cache
def _edit_distance() -> tuple[
    Callable[..., list[tuple[str, float, int]]], Callable[..., int], Callable[..., int]
]:
    """rapidfuzz's ``process.extract``, Levenshtein distance and the distance that counts two adjacent
    letters swapped as one edit (optimal string alignment), loaded on the first fuzzy lookup."""
    from rapidfuzz.distance import OSA, Levenshtein
    from rapidfuzz.process import extract

    return extract, Levenshtein.distance, OSA.distance


def _variant_ratio(a: str, b: str) -> float:
    """rapidfuzz's ratio, imported only when a key's skeleton has rows to measure."""
    return _ratio()(a, b)


@lru_cache(maxsize=65536)
def _text_variants(text: str) -> tuple[str, ...]:
    """The text, then without particles and settlement words ("near Schastia town", "the town of Bakhmut")."""
    variants = [text]
    stripped = strip_leading_particles(text)
    words = stripped.split()
    lowered = [w.lower() for w in words]
    # "town of X", "frontline city of X"
    for i, word in enumerate(lowered[:-2]):
        if word in _SETTLEMENT_WORDS and lowered[i + 1] == "of":
            words = words[i + 2 :]
            lowered = lowered[i + 2 :]
            break
    while len(words) > 1 and lowered[-1] in _SETTLEMENT_WORDS:
        words, lowered = words[:-1], lowered[:-1]
    candidate = " ".join(words)
    if candidate and candidate not in variants:
        variants.append(candidate)
    return tuple(variants)
