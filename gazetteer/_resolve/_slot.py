"""The city slot: whether the text written where the city goes names a country, a first-level division or
a region instead ("in Ukraine", "Sindh province", "Washington" beside Seattle and Spokane), read as a
parent when it does; a town of the name where the caption's other names place it.

Split from the facade (``__init__``), whose ``_query_state`` asks it of each query's city slot.
"""

from __future__ import annotations

from collections.abc import Sequence

from gazetteer._names import norm, strip_generic, strip_leading_particles
from gazetteer._resolve._areas import Areas
from gazetteer._resolve._candidates import Candidates
from gazetteer._resolve._context import Context
from gazetteer._resolve._namesakes import town_at_home
from gazetteer._resolve._state import ContextEvidence, QueryState, Reading, scope_of

__all__ = ["CitySlot"]


class CitySlot:
    """Reads a city-slot text as an area, over one index's areas, candidates and context."""

    def __init__(
        self, areas: Areas, candidates: Candidates, context: Context, dateline_keys: frozenset[str]
    ) -> None:
        self._areas = areas
        self._candidates = candidates
        self._context = context
        # The names of the towns AP datelines write alone ("LUXEMBOURG", "QUEBEC CITY"), normalised.
        self._dateline_keys = dateline_keys

    def as_area(
        self, text: str, readings: Sequence[Reading], context: ContextEvidence | None = None
    ) -> Reading | None:
        """The reading of a city-slot text that names a country, division or region instead, or None."""
        raw = strip_leading_particles(text)
        key = norm(raw)
        by_context = self._division_by_context(raw, readings, context)
        if by_context is not None:
            return by_context  # "New York" among Rome, Utica and Syracuse: the state
        if key in self._dateline_keys and not self._context_in_division(raw, context):
            return None  # "Luxembourg", "Quebec City", "San Marino": AP datelines name the city
        country = self._areas.country(raw, False)
        if country is not None:
            if self._areas.is_city_state(country):
                return None  # "Singapore", "Monaco": the city
            division = self._areas.alias_division(key[4:] if key.startswith("the ") else key, country)
            scope = scope_of(readings)
            if division is not None and (scope is None or division[0] in scope):
                return Reading(raw, frozenset(), (division,))  # "England": GB.ENG, country GB
            if context is not None and not readings and country.country_code:
                reading = self._context.read_parent(raw)
                named = reading and self._context.prefers_division(country.country_code, reading, context)
                if named:
                    return Reading(raw, frozenset(), (named,))  # "Georgia" beside "Atlanta": the state
                if self._town_over_country(raw, country.country_code, context):
                    return None  # "Lebanon" beside "New Hampshire" and "Concord": the town there
            return Reading(raw, frozenset({country.country_code or ""}))
        reading = self._context.read_parent(raw)
        if reading is None:
            return None
        scope = scope_of(readings)
        if scope is not None and reading.admin1 and not reading.countries and reading.region is None:
            # "Alexandria, Minn.": a division the other parents rule out (Egypt's governorate) is no reading.
            inside = tuple(a for a in reading.admin1 if a[0] in scope)
            if not inside:
                return None
            reading = Reading(reading.text, reading.countries, inside, reading.region, reading.admin2)
        if not reading.admin1:
            return reading if reading.region is not None else None  # "eastern Ukraine", "the Donbas"
        if strip_generic(key) != key:
            return reading  # "Sindh province", "Luhansk region"
        if self._areas.admin1_by_seat_name_only(key):
            return None  # "Salina" alone: Salina, Kan., not Larnaka district by an old name of its seat
        if raw.endswith(".") and " " not in raw:
            # A division's abbreviation written as one ("Kan.", "La.", "Ont.") names no city: "Kan" is also
            # an old name of Ganzhou, "LA" Los Angeles.
            return reading
        # A bare division name: a city of that name inside the division (its seat: "Tokyo", "Luhansk") or
        # a big one elsewhere ("Washington") is the city; "Texas", "Sindh", "California" are divisions.
        cities = [
            c
            for c in self._candidates.city_candidates(raw, QueryState(scope=scope_of(readings)), fuzzy=False)
            if c.how in ("exact", "overlay", "alternate")
        ]
        # A namesake abroad that bears the name only as one of its alternates (an old or foreign name) does
        # not take a division's name: "Edo" is Nigeria's state, not Tokyo; "Victoria" Australia's, not
        # Hong Kong; "Antioquia" Colombia's department, not Antakya.
        home = reading.admin1[0][0]
        cities = [c for c in cities if c.how != "alternate" or c.place.country_code == home]
        if cities:
            best = cities[0].place
            # The seat named like its division ("Tokyo", "Luhansk"), by its own name: a village listing
            # the division's name among its alternates (Minneota, "Minnesota") does not count.
            # Only the division's own seat: Florida (Uruguay), seat of its department, is no "Florida".
            own = [c.place for c in cities if c.how in ("exact", "overlay")]
            # A place of no population (Xinjiang's namesake hamlet) is no seat.
            if own and own[0].population and own[0].division == reading.admin1[0]:
                return None
            # A town that holds most of its division's people is its seat by an alternate name too: "Şuşa"
            # (Shusha, 19,400 of the district's 20,300) is the town, not the district.
            area = self._areas.admin1_place(*reading.admin1[0])
            if (
                area
                and area.population
                and any(
                    c.how == "alternate"
                    and c.place.division == reading.admin1[0]
                    and c.place.population * 2 >= area.population
                    for c in cities
                )
            ):
                return None
            # A town of the name in a division the other names name: "Delaware" beside "Ohio", "Columbus".
            if context is not None and self._town_in_named_division(raw, context):
                return None
            if town_at_home(cities, reading.admin1[0], context):
                return None  # "Victoria" from The Canadian Press: the town in Canada, not the state abroad
            # The division itself when the other names lie in it and its namesake city does not:
            # "Washington" beside "Seattle" and "Spokane" is the state.
            if self._context_in_division(raw, context) and best.division != reading.admin1[0]:
                return reading
            # Only a city that is big in its own right, and next to the division, takes the name:
            # "Washington" (DC) and "New York" are cities; "Virginia" (a town of 120,000 in South Africa)
            # and "Wyoming" (Michigan) are states.
            rival = area.population if area else 0
            if best.population >= max(100_000, rival / 15):
                return None
            if best.geonames_id == self._areas.country_capital.get(best.country_code or ""):
                return None  # "Hamilton, Bermuda": the capital, small as it is, not the parish of its name
        return reading

    def _division_by_context(
        self, text: str, readings: Sequence[Reading], context: ContextEvidence | None
    ) -> Reading | None:
        """A bare division name the other names of the document place in the division, not in the city
        of the name (see ``Context.division_over_city``); only where no parent is written."""
        if context is None or readings or context.names < 2:
            return None
        reading = self._context.read_parent(text)
        if reading is None or not reading.admin1 or reading.countries or reading.region is not None:
            return None
        cities = [
            c
            for c in self._candidates.city_candidates(text, fuzzy=False)
            if c.how in ("exact", "overlay", "alternate")
        ]
        if not cities or self._town_in_named_division(text, context, besides=reading.admin1):
            return None  # "Virginia" beside Duluth and Hibbing: the Minnesota town (see below)
        division = self._context.division_over_city(reading, cities[0].place, context)
        return None if division is None else Reading(reading.text, frozenset(), (division,))

    def _context_in_division(self, text: str, context: ContextEvidence | None) -> bool:
        """Whether half or more of two or more other names lie in the division a text names first."""
        if context is None or context.names < 2:
            return False
        reading = self._context.read_parent(text)
        if reading is None or not reading.admin1:
            return False
        return context.admin1[reading.admin1[0]] * 2 >= context.names

    def _town_over_country(self, text: str, country: str, context: ContextEvidence) -> bool:
        """Whether a country's name is a town of a division the other names place the document in.

        With no other name in the country, a town in such a division (see ``_town_in_named_division``);
        with some, only a town in a division the document names as such, more of the other names lying in
        that division than in the country: "Mexico" beside "Mo.", "Audrain County" and "Monterrey" is the
        Missouri town, "Jordan" beside Amman and three Minnesota towns stays the country.
        """
        if not context.countries[country]:
            return self._town_in_named_division(text, context)
        named = {a for a in context.named_admin1 if context.admin1[a] > context.countries[country]}
        return bool(named) and any(
            c.place.division in named
            for c in self._candidates.city_candidates(text, fuzzy=False)
            if c.how in ("exact", "overlay")
        )

    def _town_in_named_division(
        self, text: str, context: ContextEvidence, besides: Sequence[tuple[str, str]] = ()
    ) -> bool:
        """Whether a town of exactly this name lies in a division the document names, or in the one that
        half its other names (two at least) most likely lie in, or three in four could: "Nevada" beside
        Ames and Marshalltown is the Iowa town,
        "Peru" beside Kokomo and Logansport the Indiana one, with or without the state written."""
        if context.names < 2:
            return False
        # Shares of the names in the division's country: a local story's "Washington" and "Iraq" do not
        # dilute its towns.
        held = {a for a, n in context.admin1.items() if n >= 2 and 2 * n >= context.countries[a[0]]}
        # ... or where three in four of them (three at least) could lie, one most likely does, ambiguous as
        # the rest may be alone ("Lebanon" beside Albany, Corvallis, Sweet Home and Salem).
        could = {
            a
            for a, n in context.support.items()
            if context.admin1[a]
            and (m := n + context.admin1[a]) >= 3
            and 4 * m >= 3 * context.countries[a[0]]
        }
        divisions = (context.named_admin1 | held | could).difference(besides)
        if not divisions:
            return False
        return any(
            c.place.division in divisions
            for c in self._candidates.city_candidates(text, fuzzy=False)
            if c.how in ("exact", "overlay")
        )
