"""What the place reader asks the gazetteer (PlaceLookup) and what it gives back (PlaceText, the chain)."""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from ..._frozen import fast_init


class _Town(Protocol):
    @property
    def name(self) -> str: ...

    @property
    def kind(self) -> str: ...

    @property
    def population(self) -> int: ...

    @property
    def country_code(self) -> str | None: ...

    @property
    def country_name(self) -> str | None: ...

    @property
    def admin1_code(self) -> str | None: ...

    @property
    def latitude(self) -> float: ...

    @property
    def longitude(self) -> float: ...


class _Reading(Protocol):
    @property
    def place(self) -> _Town: ...

    @property
    def how(self) -> str: ...


class PlaceLookup(Hashable, Protocol):
    """What the place parser asks the gazetteer: is this text a country, a first-level division? Hashable:
    readers whose answers depend only on a text and the lookup's (fixed) answers are cached by both."""

    def country(self, text: str) -> object | None: ...

    def admin1(self, text: str, country_code: str | None = None) -> object | None: ...

    def admin1_by_iso(self, iso: str) -> object | None:
        """The first-level division an ISO 3166-2 code ("BR-RR") names."""
        ...

    def classify(self, text: str, country_code: str | None = None) -> tuple[str, ...]:
        """What a text can name: any of "country", "admin1", "region", "city"."""
        ...

    def candidates(self, name: str) -> Sequence[_Reading]:
        """The towns (and landmarks) a name can be, best first."""
        ...

    def landmark(self, text: str) -> object | None:
        """The curated landmark a name is, as written (no fuzzy match), or None."""
        ...


@fast_init
@dataclass(frozen=True)
class PlaceText:
    sublocation: str | None = None
    city: str | None = None
    parents: tuple[str, ...] = ()  # inner to outer, as written: ("Luhansk region", "Ukraine")
    world_region: str | None = None  # "eastern Ukraine"
    note: str | None = None
    text: str | None = None
    context: tuple[str, ...] = field(default=())
    # Other phrases read as places within the city, likeliest first: "Hard Rock Stadium" when the
    # sublocation, "Miami Gardens", turns out to be the city.
    other_sublocations: tuple[str, ...] = field(default=())
    # The city was read from a phrase with no locative preposition before it ("Elizabeth Holmes, pictured
    # in May 2021, ..."): the locate stage takes it only when the whole phrase names a town exactly.
    bare_city: bool = False
    # The city phrase was cut short at a lower-case word ("in Glachau die personellen Weichen"): in German a
    # capitalised word there is as often a noun ("in Champagnergold und ..."), so the town must be found.
    weak_city: bool = False
    # The city phrase has an article, or follows a preposition with one in it ("on the British Isles", "im
    # Eröffnungsspiel"): towns seldom do, so one the gazetteer lacks is no town's name to keep.
    common_city: bool = False
    # Places the caption gives only to locate the city ("west of Khan Yunis", "near Mexico City"), nearest
    # first: the locate stage falls back on them when the city itself is not found.
    near: tuple[str, ...] = field(default=())
    metro: str | None = None  # "the Montreal suburb of LaSalle": Montreal
    # With no city read, the sentence's capitalised runs: a town written as subject or object ("Keur Massar
    # is flooded ... in Senegal", "leaves Goundam on June 3, 2015 in the Timbuktu region") is among them.
    loose: tuple[str, ...] = field(default=())
    # With no place read at all, towns written as modifiers of a noun: "a Warsaw protest", "the Ambani
    # family's Mumbai home". Weak evidence: the locate stage takes only a big town, and says so.
    modifiers: tuple[str, ...] = field(default=())
    # With no place read, the town a local page names as its own at the caption's head ("Stornoway's harbour
    # master", "Orange mayor"), each reading with why it is in doubt ("" if not): `_mentions.own_town`.
    own_town: tuple[tuple[str, str], ...] = field(default=())
    # With no place read at all, a town whose possessive opens the subject before a part, a view or a named
    # place of it ("Shanghai's skyline is seen", "Paris's Eiffel Tower is lit up"): the town shown, which the
    # locate stage takes, unflagged, where it is a big town as written.
    owner: str | None = None
    # The caption's text: a consistency check settles an ambiguous town whose division, and no rival's, it
    # names anywhere ("NSW government rules"); see `mentions`.
    body: str = ""
    # The city is a name opening the caption before a colon, in Title Case ("Split: Navijači ..."), which a
    # person's name may be as well ("Obama: Former president ..."): the locate stage flags a small town.
    opening_town: bool = False
    # The country a national agency leaves unwritten, its own (set by the locate stage from the credit):
    # where two towns of the name score level, the one at home is meant.
    home_country: str | None = None
    # The point of the town or county a local paper's title names ("Darlington and Stockton Times"): of
    # the towns of a name at home, the one near it is meant (Richmond, North Yorkshire, not London's).
    home_point: tuple[float, float] | None = None
    # The home town of a town's paper in the credit, with its division and country ("Springfield",
    # "Missouri", "United States"): the locate stage gives it, flagged, to a caption naming no town.
    home_town: tuple[str, ...] = ()
    # The countries whose local usage the caption writes where several share it ("Picture: Name" is Britain's,
    # Ireland's, Australia's, New Zealand's and South Africa's, never North America's), as codes (set by the
    # locate stage from the whole text): a town read outside them yields to a namesake within, scoring near.
    usage_countries: tuple[str, ...] = ()
    # The bodies the credit line names, where the caption names a town (set by the locate stage): a county's
    # own body as the source ("Photo: North Yorkshire Council") names the county as the caption's text does.
    credit_bodies: tuple[str, ...] = ()
    # With no sublocation read, a name after a preposition that declines it, which no reader took and the
    # gazetteer lacks ("í Hörpu í Reykjavík"): the place shown, left unread; the locate stage flags it.
    unread: str | None = None
    # A sublocation kept in the case a preposition puts it in, its nominative a guess no table makes ("na
    # Maksimiru u Zagrebu": Maksimir): the locate stage flags it where it is the one given.
    inflected: str | None = None
    # The city was written with a settlement word ("the village of Sarzedas, near Castelo Branco"): a town
    # even where the gazetteer lacks it, never a place within the town it is near.
    settled: bool = False
    # The caption is written in a script `_scripts` reads (Chinese, Japanese, Korean, Arabic, ...): a
    # national agency's own service, naming no place, is at home (the locate stage says so, flagged).
    script: bool = False
    # The town the picture was taken from, where the city is another town it shows ("the village of Khiam,
    # as seen from Marjayoun"): the locate stage flags the city, as desks differ on which of the two to give.
    vantage: str | None = None
    # The city is only the town the place is measured from ("a camp 30 kilometres east of Dire Dawa"), no
    # division written to place the picture instead: the locate stage flags it.
    measured: bool = False
    # The sublocation is a name the gazetteer does not know, read only as the subject of a verb of height
    # after "The" ("The Sagrada Familia towers over the rooftops"): a guess, which the locate stage flags.
    towering: bool = False


@dataclass
class _Chain:
    """A place chain as read: the phrase of the city, the phrase before it, and the parents."""

    city_phrase: str | None = None
    before_city: str | None = None
    parents: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    context: list[str] = field(default_factory=list)
    text: str = ""
    bare: bool = False  # the city phrase has no locative preposition before it
    weak: bool = False  # the city phrase was cut short at a lower-case word
    opener: str = ""  # the preposition before the city phrase: "in", "im", "auf der"
    facilities: list[str] = field(default_factory=list)  # named facilities further back in the head
    near: list[str] = field(default_factory=list)  # places that only locate the city
    before_apart: bool = False  # the phrase before the city's ends the segment before it ("à Annecy, en ...")
    before_opener: str = ""  # the preposition before that phrase: "à" of "à Nabatiyé, au Liban-Sud"
    metro: str | None = None  # the big town a suburb is a part of: "in Frankston, in Melbourne's south-east"
    vantage: str | None = None  # the town the picture was taken from, where the chain is the town shown
