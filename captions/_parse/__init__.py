"""Parse: a cleaned caption read into its parts, each with where it sits in the text. No gazetteer here.

The readers, in the order `parse` runs them:

    _text         clean lines, sentences                   _credit       the credit and its chain
    _zones        prefix flags, datelines, sentence 1      _date         the date taken (and datelines')
    _place        the place as written (PlaceText)         _people       persons and organisations shown
    _provenance   handout, pool, file..., restrictions     _placeholders "Name to come", "in CITY"

The place reader asks only whether a text names a country or a division, through `PlaceLookup`; which
GeoNames place it means is the locate stage's (captions/_locate/).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from functools import cached_property

from .. import _pattern_cache  # noqa: F401 - first: importing it restores the stored patterns
from .._frozen import fast_init
from .._model import Person, Provenance, ProvenanceKind, Restriction, WarningCode
from ._credit import PICTURE_DATE, Credit, find_credit
from ._date import DateFound, date_spans, find_date
from ._names import people_words
from ._people import find_people_checked
from ._place import PlaceLookup, PlaceText, find_place, is_facility, is_head_first, is_street_name, mentions
from ._placeholders import find_placeholders
from ._provenance import find_provenance
from ._text import clean, clean_lines, clean_with_breaks, flatten
from ._types import Zones
from ._zones import zone

__all__ = [
    "Credit",
    "Parts",
    "PlaceLookup",
    "PlaceText",
    "clean",
    "clean_lines",
    "clean_with_breaks",
    "date_spans",
    "find_credit",
    "find_date",
    "flatten",
    "is_facility",
    "is_head_first",
    "is_street_name",
    "mentions",
    "parse",
    "zone",
]

# Sentence 1 of a caption is a few hundred characters; reading at most this much of it keeps a 100 KB
# paste from costing more than a caption.
_MAX_SENTENCE = 3000


@fast_init
@dataclass(frozen=True)
class Parts:
    """What a caption says, part by part, before any gazetteer lookup. Spans index `text`, the cleaned
    caption on one line (the record's description with its line breaks as spaces)."""

    text: str
    breaks: tuple[int, ...]  # where the lines of the original began
    zones: Zones
    credit: Credit  # credit.span: where the credit sits
    date: DateFound  # date.anchor: where sentence 1's date sits
    place: PlaceText  # place.text: the place phrase as written
    persons: tuple[Person, ...]
    organisations: tuple[str, ...]
    provenance: tuple[Provenance, ...]
    restrictions: tuple[Restriction, ...]
    digital_source_type: str | None
    placeholders: tuple[str, ...]
    warnings: tuple[tuple[WarningCode, str], ...]

    @cached_property
    def date_spans(self) -> tuple[tuple[int, int], ...]:
        """Every text that says the date found (read when asked: only the review sheet shows them)."""
        return date_spans(self.text, self.date.iso)


def _named_venue(name: str, venue: str, main: str) -> bool:
    """Whether a name is written only inside the name of the venue, longer than it, named after someone; or
    only where it runs into the venue's name ("misa Natal di Gereja Katedral Jakarta", "Basilica di Santa
    Maria del Fiore"): a place's words read as a person's."""
    if name != venue and name in venue and main.count(name) <= venue.count(name):
        return True
    at = main.find(venue) if venue and (name != venue or is_facility(venue)) else -1
    if at < 0:
        return False
    spans = []  # where the name is written (str.find: no pattern compiled for each name)
    start = main.find(name)
    while start >= 0 and name:
        spans.append(start)
        start = main.find(name, start + len(name))
    return bool(spans) and all(start < at + len(venue) and at < start + len(name) for start in spans)


def _lines_kept(sentence: str, text: str, breaks: tuple[int, ...]) -> str:
    """The sentence with the line breaks of the original where it ran over one: a list of the people shown
    ends with its line ("In the photo: Liliana Segre\nMilan, Italy - ...")."""
    at = text.find(sentence) if breaks else -1
    if at < 0:
        return sentence
    chars = list(sentence)
    for b in breaks:
        if at < b < at + len(sentence) and chars[b - 1 - at] == " ":
            chars[b - 1 - at] = "\n"
    return "".join(chars)


# A town's name opening a line, its date right after the comma: "Doha, February 13 (QNA) - ...".
_LINE_TOWN = re.compile(r"\n(?=[A-ZÀ-Þ][\w'’.-]*(?: [A-ZÀ-Þ][\w'’.-]*){0,3}, )")


def _below_headline(
    zones: Zones, anchor: tuple[int, int] | None, text: str, breaks: tuple[int, ...]
) -> tuple[Zones, tuple[int, int] | None]:
    """The zones and date span the place is read from: sentence 1 from the line that opens with a town and
    its date, where a headline with no stop runs into it ("Qatar Museums opens Ramadan nights at MIA Park\n
    Doha, February 13 (QNA) - ..."): the headline's last words are not the town's first."""
    if not breaks or anchor is None:
        return zones, anchor
    kept = _lines_kept(zones.main, text, breaks)
    for m in _LINE_TOWN.finditer(kept):
        line = m.end()
        comma = kept.index(", ", line) + 2
        if anchor[0] == comma:
            main = zones.main[line:]
            return replace(zones, sentences=(main, *zones.sentences[1:])), (
                anchor[0] - line,
                anchor[1] - line,
            )
    return zones, anchor


def _without_handout_party(place: PlaceText, provenance: list[Provenance], main: str) -> PlaceText:
    """ "In this photo released by the Ukrainian Presidential Press Office, ...": the party that handed the
    picture out, named in the first sentence only as that party, is no place shown."""
    if not place.sublocation:
        return place
    rest = main
    for p in provenance:
        # The phrase that says so ("released by X"), not a credit that is the party's name alone.
        if (
            p.kind == ProvenanceKind.HANDOUT
            and p.party
            and p.party.startswith(place.sublocation)
            and p.text != p.party
        ):
            rest = rest.replace(p.text, " ", 1)
    if rest == main or place.sublocation in rest:
        return place
    return replace(place, sublocation=None)


def _after_a_role(person: Person) -> bool:
    """Whether a person is written right after a title or role ("Denver Nuggets center")."""
    last = (person.description or "").rsplit(maxsplit=1)[-1:]
    return bool(last) and last[0].lower() in people_words("titles")


def _picture_day_in_credit(credit: Credit, reference: date | None) -> DateFound | None:
    """The picture's day written inside its credit's chain, where the caption writes none: Folha's "Name -
    23.fev.2027/Folhapress"."""
    m = PICTURE_DATE.search(credit.line or "")
    if m is None:
        return None
    day = m.group()
    found = find_date(Zones(day, day, (day,), (), (), ""), reference)
    return found if found.iso else None


# A headline in capitals of a few words closing with a stop, over the caption: the Philippine News Agency's
# "FRESH CATCH. Vendors sort ... in Santa Cruz, Laguna on Tuesday (May 11, 2027)."
_HEADLINE = re.compile(r"[A-Z][A-Z'’&-]+(?: [A-Z][A-Z'’&-]+){0,4}")


def _headline_first(zones: Zones, lookup: PlaceLookup) -> bool:
    """Whether the caption's first sentence is a headline in capitals over the caption that describes the
    picture: not a town or country written so ("NEW YORK. ..." is a dateline)."""
    first = zones.sentences[0] if len(zones.sentences) > 1 else ""
    return (
        _HEADLINE.fullmatch(first) is not None
        and zones.sentences[1][:1].isupper()
        and not lookup.classify(first.title())
    )


def parse(text: str, breaks: tuple[int, ...], reference: date | None, lookup: PlaceLookup) -> Parts:
    """The parts of a cleaned caption on one line (`clean_with_breaks`), its dates completed with the
    REFERENCE day; LOOKUP answers whether a text names a country or a division."""
    warnings: list[tuple[WarningCode, str]] = []
    credit = find_credit(text, breaks)
    zones = zone(text, credit.span, breaks)
    if len(zones.main) > _MAX_SENTENCE:
        zones = replace(zones, sentences=(zones.main[:_MAX_SENTENCE], *zones.sentences[1:]))
    if _headline_first(zones, lookup):
        zones = replace(zones, sentences=zones.sentences[1:])
    found_date = find_date(zones, reference, credit.source)
    if found_date.iso is None and (in_credit := _picture_day_in_credit(credit, reference)) is not None:
        found_date = replace(in_credit, anchor=found_date.anchor)
    warnings += found_date.warnings
    place = find_place(*_below_headline(zones, found_date.anchor, text, breaks), lookup)
    later = tuple(_lines_kept(s, text, breaks) for s in zones.sentences[1:])
    persons, organisations, doubtful = find_people_checked(zones.main, later)
    # "..., quận Hai Bà Trưng, Hà Nội, chiều 8/3": a name the place reader took as the town is no one's.
    # So is one the chain writes after a settlement word: "TP Hồ Chí Minh" (thành phố, city).
    towns = [t for t in (place.city, *place.parents) if t]
    persons = [p for p in persons if not any(t == p.name or t.endswith(" " + p.name) for t in towns)]
    # "katika Uwanja wa Benjamin Mkapa": a name written only inside the venue named after it is no one shown.
    venue = place.sublocation or ""
    persons = [p for p in persons if not _named_venue(p.name, venue, zones.main)]
    warnings += [
        (
            WarningCode.DOUBTFUL_PERSON,
            f"'{name}' may be a place, not a person: only the sentence's shape says it is a person's",
        )
        for name in doubtful
    ]
    provenance, restrictions, source_type = find_provenance(
        text, credit, zones.flags, lambda words: lookup.country(words) is not None
    )
    if found_date.weekday_alone and any(p.kind == ProvenanceKind.FILE for p in provenance):
        # "..., where 41 patients were waiting on trolleys on Tuesday. File picture: Name": the weekday is
        # the news's; the archive picture is of another day, not written.
        warnings = [w for w in warnings if w not in found_date.warnings]
        warnings.insert(0, (WarningCode.MISSING_DATE, "only the news's weekday is given for a file picture"))
        found_date = DateFound(None, found_date.anchor)
    place = _without_handout_party(place, provenance, zones.main)
    if place.sublocation and any(p.name == place.sublocation and _after_a_role(p) for p in persons):
        # "shoots over Denver Nuggets center Nikola Jokic": a person named after a role is no place.
        place = replace(place, sublocation=None)
    placeholders = find_placeholders(text)
    return Parts(
        text=text,
        breaks=breaks,
        zones=zones,
        credit=credit,
        date=found_date,
        place=place,
        persons=tuple(persons),
        organisations=tuple(organisations),
        provenance=tuple(provenance),
        restrictions=tuple(restrictions),
        digital_source_type=source_type,
        placeholders=placeholders,
        warnings=tuple(warnings),
    )
