"""The place shown, as the caption writes it: sublocation, city, parents, and notes on the place.

AP, Reuters, AFP, EPA and Xinhua put a place chain next to the date of sentence 1: "... near Schastia
town, on the territory which is under the Government of the Luhansk People's Republic control, eastern
Ukraine, Saturday, June 11, 2022." Getty puts it after: "... on June 11, 2022 in Kyiv, Ukraine." The chain
is read from the date outwards; what is no address (who controls the place) becomes the note. Which
GeoNames place the words mean is the locate stage's to say (captions/_locate.py): this module only asks,
through `PlaceLookup`, whether a text names a country or a division.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Protocol

from .._rules import alternation, compile_all, phrases, rules, words
from ._types import Dateline, Zones

__all__ = ["PlaceLookup", "PlaceText", "find_place", "is_facility"]


class PlaceLookup(Protocol):
    """What the place parser asks the gazetteer: is this text a country, a first-level division?"""

    def country(self, text: str) -> object | None: ...

    def admin1(self, text: str, country_code: str | None = None) -> object | None: ...

    def classify(self, text: str, country_code: str | None = None) -> tuple[str, ...]:
        """What a text can name: any of "country", "admin1", "region", "city"."""
        ...


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


_ABBREVIATION = re.compile(r"^(?:[A-Z]\.){1,3}(?:[A-Z][a-z]{0,3}\.)?$|^[A-Z][a-z]{1,4}\.$")
_WORD = re.compile(r"[^\s,]+")
_POSSESSIVE = re.compile(r"^(?P<owner>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})['’]s (?P<rest>.+)$")
_CAPITAL_OF = re.compile(r"^(?:the )?capital of (?P<country>.+)$", re.IGNORECASE)
# "en Madrid (España)": a parenthesised country closes a Spanish or Italian chain.
_PAREN_PARENT = re.compile(r"\s*\(([A-ZÀ-Þ][^()]{1,40})\)\s*$")


@dataclass(frozen=True)
class _Vocab:
    locative: re.Pattern[str]
    directions: re.Pattern[str]
    region_suffix: re.Pattern[str]
    settlement_of: re.Pattern[str]
    settlement_suffix: re.Pattern[str]
    facility_of: re.Pattern[str]
    within_of: re.Pattern[str]
    named_within_of: re.Pattern[str]
    bare_within_of: re.Pattern[str]
    relative: re.Pattern[str]
    near: re.Pattern[str]
    notes: tuple[re.Pattern[str], ...]
    control: re.Pattern[str]
    facility_name: re.Pattern[str]
    facility_at: re.Pattern[str]
    verbs: re.Pattern[str]
    trailing_joiner: re.Pattern[str]
    article: re.Pattern[str]
    part_of: re.Pattern[str]
    after_date: re.Pattern[str]
    clause: re.Pattern[str]
    place_article: re.Pattern[str]
    sublocation_front: re.Pattern[str]
    sublocation_cut: re.Pattern[str]
    proper_tail: re.Pattern[str]
    head_end: re.Pattern[str]
    articled: re.Pattern[str]


@cache
def _vocab() -> _Vocab:
    data = rules("place")

    def w(key: str) -> str:  # a list of place.toml as a regex group in its case
        return phrases("place", key)

    # Shapes (RULES.md): a direction before a name only in lower case, as written ("eastern Ukraine" has a
    # descriptor, "North Korea" and "West Bank" do not); a `within` noun after a name only in lower case
    # ("the Little Havana neighborhood of Miami"); a facility closing a name in Title Case.
    direction = alternation(data["directions"])
    directions = rf"(?:{direction})(?:-(?:{direction}))*"
    within = alternation(data["within"])
    settlement = w("settlement_cased")
    facilities = alternation(f.title() for f in data["facilities"])
    return _Vocab(
        locative=re.compile(rf"(?<![\w-]){w('locative')}\s+(?=\S)", re.IGNORECASE),
        directions=re.compile(rf"^(?:{directions}\s+)+"),
        region_suffix=re.compile(rf"(?<=\S)\s+{w('region')}$"),
        settlement_of=re.compile(
            rf"^(?:(?P<owner>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){{0,3}})['’]s\s+)?(?:the\s+)?"
            rf"(?:(?:{directions}|[\w-]+)\s+){{0,2}}?(?:{settlement}) of (?P<city>[A-Z].*)$"
        ),
        settlement_suffix=re.compile(rf"^(?P<city>[A-Z].*?) {w('settlement_after_name_cased')}$"),
        facility_of=re.compile(rf"^{w('facilities_of')} of (?P<city>[A-Z].*)$", re.IGNORECASE),
        within_of=re.compile(rf"^(?:the\s+)?{w('within')} of (?:the )?(?P<city>[A-Z].*)$", re.IGNORECASE),
        named_within_of=re.compile(rf"^(?:the\s+)?(?P<sub>[A-Z].*?) (?:{within}) of (?P<city>[A-Z].*)$"),
        bare_within_of=re.compile(
            rf"\b(?:(?:{within})s?|(?:{settlement})) of (?:the )?(?P<city>[A-Z][^,]*)$"
        ),
        relative=re.compile(
            rf"^(?:{w('distance_qualifiers')}\s+)?"
            rf"(?:\d[\d.,]*\s*{w('distance_units')}\s+)?"
            rf"(?:{directions}\s+)?{w('distance_prepositions')}\s+"
            rf"|^(?:{w('surroundings_prepositions')} )?(?:the )?{w('surroundings')} of ",
            re.IGNORECASE,
        ),
        near=re.compile(rf"^{w('near')}\s+"),
        notes=compile_all(data["notes"]),
        control=re.compile(data["control_adjectives"]),
        facility_name=re.compile(rf"\b(?P<name>(?:[A-Z][\w'’-]+\s+){{1,4}}(?:{facilities}))\b"),
        facility_at=re.compile(
            rf"\b{w('facility_prepositions_cased')} (?:the )?"
            rf"(?P<name>(?:[A-Z][\w'’-]+\s+){{1,4}}(?:{facilities}))\b"
        ),
        verbs=re.compile(rf"\s{phrases('people', 'subject_ends_cased')}(?=\s|$)"),
        trailing_joiner=re.compile(rf"[\s,]*(?:\b{w('date_joiners')}\s*)?[\s,]*$"),
        article=re.compile(rf"^{w('leading_articles_cased')}\s+"),
        part_of=re.compile(rf"^(?:the\s+)?{w('part_nouns_cased')} of\s+"),
        after_date=re.compile(rf"{w('after_date_cased')}\s"),
        clause=re.compile(rf"\s{w('clause_words_cased')}\s"),
        place_article=re.compile(rf"^{w('place_articles_cased')}\s+\S"),
        sublocation_front=re.compile(
            rf"^(?:{w('sublocation_determiners')}|{w('sublocation_articles_cased')})\s+"
        ),
        sublocation_cut=re.compile(rf"\s+{w('sublocation_stops_cased')}\s+"),
        # "snow-covered Taksim Square": a proper name at the end of the phrase, which keeps no adjectives.
        proper_tail=re.compile(
            rf"(?:^|(?<=\s))((?:[A-Z][\w'’.-]*)(?:\s+(?:[A-Z][\w'’.-]*|"
            rf"{w('proper_name_connectors_cased')}))*)$"
        ),
        head_end=re.compile(rf"\s+{w('head_ends_cased')}\s+"),
        articled=re.compile(rf"{w('english_articles')} "),
    )


def _lower_words(key: str) -> frozenset[str]:
    return words("place", key)


@cache
def _facility_suffixes() -> tuple[str, ...]:
    return tuple(_lower_words("facility_suffixes"))


@lru_cache(maxsize=8192)
def _cut_notes(text: str) -> tuple[str, tuple[str, ...]]:
    """Cut what is no address: who controls the place, that it is withheld."""
    lowered = text.lower()
    if not any(t in lowered for t in rules("place")["note_triggers"]):
        return text.strip(" ,"), ()
    notes: list[str] = []
    for pattern in (*_vocab().notes, _vocab().control):
        for m in pattern.finditer(text):
            notes.append(m.group().strip(" ,"))
        text = pattern.sub("", text)
    return re.sub(r"\s{2,}", " ", text).strip(" ,"), tuple(notes)


@lru_cache(maxsize=8192)
def _strip_front(text: str) -> tuple[str, str | None]:
    """Remove a locative preposition, an article, "part of" and lower-case descriptors ("eastern")."""
    vocab = _vocab()
    m = vocab.locative.match(text)
    if m:
        text = text[m.end() :]
    text = vocab.part_of.sub("", vocab.article.sub("", text))
    d = vocab.directions.match(text)
    if d:
        return text[d.end() :], d.group().strip()
    return text, None


@lru_cache(maxsize=8192)
def _is_placey(text: str) -> bool:
    """Whether a segment is nothing but a place name ("Luhansk region", "Calif.", "U.S.")."""
    text, _ = _strip_front(text)
    text = _vocab().region_suffix.sub("", text)
    m = _CAPITAL_OF.match(text) or _POSSESSIVE.match(text)
    if m:
        text, _ = _strip_front(m.group(m.lastgroup or 0))
    tokens = _WORD.findall(text)
    if not tokens or len(tokens) > 6 or not tokens[0][:1].isupper():
        return False
    if tokens[-1].lower() in _lower_words("time_words"):  # "International Women's Day"
        return False
    return all(
        token[:1].isupper()
        or _ABBREVIATION.match(token)
        or token.lower() in words("place", "name_connectors")
        or _vocab().directions.match(token + " ")
        for token in tokens
    )


@lru_cache(maxsize=8192)
def _names_region(phrase: str) -> bool:
    """ "Luhansk region", "Sindh province": a name and a division word (not "the government district")."""
    return phrase[:1].isupper() and bool(_vocab().region_suffix.search(phrase))


def _is_parent(segment: str, lookup: PlaceLookup) -> bool:
    """A segment outside the city: "Luhansk region", "Ukraine", "in Donetsk region"."""
    if not _is_placey(segment):
        return False
    if not _vocab().locative.match(segment):
        return True
    stripped, _ = _strip_front(segment)
    return (
        _names_region(stripped) or bool(_CAPITAL_OF.match(stripped)) or lookup.country(stripped) is not None
    )


@dataclass
class _Chain:
    """A place chain as read: the phrase of the city, the phrase before it, and the parents."""

    city_phrase: str | None = None
    before_city: str | None = None
    parents: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    context: list[str] = field(default_factory=list)
    text: str = ""


def _segments(text: str, lookup: PlaceLookup) -> list[str]:
    m = _PAREN_PARENT.search(text)
    if m and (lookup.country(m.group(1)) or not m.group(1).isupper()):
        # "en Madrid (España)", not "the Philippine Coast Guard (PCG)"
        text = text[: m.start()] + ", " + m.group(1)
    return re.split(r",\s+", text)


def _read_chain(text: str, lookup: PlaceLookup, *, head_first: bool = False) -> _Chain:
    """Read a chain whose outer end is the end of `text` (or, head_first, whose head starts `text`)."""
    chain = _Chain()
    segments = _segments(text, lookup)
    if head_first:
        head, notes = _cut_notes(segments[0])
        chain.notes += notes
        for seg in segments[1:]:
            seg, notes = _cut_notes(seg)
            chain.notes += notes
            if seg and not _is_placey(seg):
                break
            if seg:
                chain.parents.append(seg)
        _read_head(head, chain)
        chain.text = ", ".join([head, *chain.parents])
        return chain

    index = len(segments) - 1
    while index >= 0:
        seg, notes = _cut_notes(segments[index])
        chain.notes = [*notes, *chain.notes]
        if not seg:
            index -= 1
            continue
        if index > 0 and (
            _vocab().relative.match(seg) or (_vocab().near.match(seg) and _is_pure_place(segments[index - 1]))
        ):
            # "in Irpin, on the outskirts of Kyiv": Kyiv only locates Irpin.
            chain.context.append(_vocab().relative.sub("", _vocab().near.sub("", seg)).strip())
            index -= 1
            continue
        if _is_parent(seg, lookup):
            chain.parents.insert(0, seg)
            index -= 1
            continue
        segments[index] = seg
        break
    if index < 0:
        if chain.parents:  # nothing but names: "Mariupol, Ukraine" — the innermost is the city
            chain.city_phrase = chain.parents.pop(0)
        chain.text = text
        return chain
    head = segments[index]
    previous = segments[index - 1] if index > 0 and _is_pure_place(head) else None
    start = _read_head(head, chain, previous)
    if chain.city_phrase is None and not chain.parents and index > 0:
        # "near Fort Nelson, B.C., in this handout photo taken": the chain ends before a clause.
        earlier = _read_chain(", ".join(segments[:index]), lookup)
        if earlier.city_phrase is not None:
            earlier.notes += chain.notes
            return earlier
    chain.text = ", ".join([head[start:], *chain.parents])
    return chain


def _is_pure_place(text: str) -> bool:
    return bool(_vocab().locative.match(text)) and _is_placey(text)


def _read_head(head: str, chain: _Chain, previous: str | None = None) -> int:
    """Find the city in the head segment: its last locative phrase that reads as a place.

    The locative phrase before that one is the sublocation when it reads as one ("at the Azot chemical
    plant in Sievierodonetsk"). Returns where the chosen phrase starts in `head`.
    """
    every = list(_vocab().locative.finditer(head))
    matches = [m for m in every if _phrase_start_ok(head[m.end() :])]
    for i in range(len(matches) - 1, -1, -1):
        m = matches[i]
        # A phrase ends where the next one starts, place or not: "in the Gaza Strip in this picture".
        end = next((n.start() for n in every if n.start() > m.start()), len(head))
        phrase = _cut_at_verb(head[m.end() : end]).strip(" ,.")
        if not phrase or not _reads_as_place(phrase):
            continue
        chain.city_phrase = phrase
        if i > 0:
            # "at the Neutral Buoyancy Laboratory near NASA's Johnson Space Center in Houston": the
            # place shown is the one "near" locates.
            k = i - 2 if i > 1 and _vocab().near.match(head[matches[i - 1].start() :]) else i - 1
            chain.before_city = _cut_at_verb(head[matches[k].end() : matches[k + 1].start()]).strip(" ,")
        elif previous is not None and m.start() == 0:
            prior = [p for p in _vocab().locative.finditer(previous) if _phrase_start_ok(previous[p.end() :])]
            if prior:
                chain.before_city = previous[prior[-1].end() :].strip(" ,")
        return m.start()
    # "... covering neighborhoods of Derna": no preposition, but a place all the same.
    bare = _vocab().bare_within_of.search(head)
    if bare:
        chain.city_phrase = bare.group("city")
        return bare.start("city")
    return 0


def _cut_at_verb(phrase: str) -> str:
    """ "Leeds take part" is "Leeds": a place phrase ends at a verb or a clause ("... Building as X")."""
    m = _vocab().verbs.search(phrase)
    phrase = phrase[: m.start()] if m else phrase
    return _vocab().clause.split(phrase, 1)[0]


@lru_cache(maxsize=8192)
def _phrase_start_ok(phrase: str) -> bool:
    """A place phrase starts with a name, or an article before a name or a place noun."""
    phrase = phrase.strip()
    if re.match(
        r"^(?:[a-z]{1,3}-|\d{1,4}[A-Za-z]?\s+)[A-Z]", phrase
    ):  # "al-Shaab palace", "10 Downing Street"
        return True
    if phrase[:1].isupper():
        return phrase.split()[0].lower() not in words("place", "not_place_openers")
    return bool(_vocab().place_article.match(phrase)) or bool(_vocab().directions.match(phrase))


def _reads_as_place(phrase: str) -> bool:
    read = _read_city_phrase(phrase)
    return bool(read.city or read.parents or (read.sublocation and _sublocation(read.sublocation)))


@dataclass(frozen=True)
class _CityPhrase:
    city: str | None = None
    sublocation: str | None = None
    parents: tuple[str, ...] = ()
    descriptor: str | None = None
    note: str | None = None


@lru_cache(maxsize=8192)
def _read_city_phrase(phrase: str) -> _CityPhrase:
    """ "the town of Lysychansk": a city; "Pokrovsk railway station": a sublocation; "Sindh province": a
    parent."""
    vocab = _vocab()
    phrase, notes = _cut_notes(phrase)
    note = notes[0] if notes else None
    phrase = vocab.part_of.sub("", vocab.article.sub("", phrase.strip()))
    descriptor = None
    d = vocab.directions.match(phrase)
    if d:
        descriptor, phrase = d.group().strip(), phrase[d.end() :]
    m = vocab.facility_of.match(phrase)
    if m:
        return _CityPhrase(city=m.group("city"), sublocation=phrase, descriptor=descriptor, note=note)
    m = vocab.within_of.match(phrase)
    if m:
        return _CityPhrase(city=m.group("city"), descriptor=descriptor, note=note)
    m = vocab.named_within_of.match(phrase)
    if m:
        return _CityPhrase(city=m.group("city"), sublocation=m.group("sub"), note=note)
    m = vocab.settlement_of.match(phrase)
    if m:
        owner = (m.group("owner"),) if m.group("owner") else ()
        return _CityPhrase(city=m.group("city"), parents=owner, note=note)
    m = _POSSESSIVE.match(phrase)
    if m:  # "Kenya's Gatundu", "China's northeastern Jilin province"
        inner = _read_city_phrase(m.group("rest"))
        return _CityPhrase(
            inner.city, inner.sublocation, (*inner.parents, m.group("owner")), descriptor, note
        )
    m = vocab.settlement_suffix.match(phrase)
    if m:
        return _CityPhrase(city=m.group("city"), note=note)
    if _names_region(phrase) or _CAPITAL_OF.match(phrase):
        return _CityPhrase(parents=(phrase,), descriptor=descriptor, note=note)
    if is_facility(phrase):
        return _CityPhrase(sublocation=phrase, note=note)
    if not _is_placey(phrase):
        return _CityPhrase(note=note)
    return _CityPhrase(city=phrase, descriptor=descriptor, note=note)


@lru_cache(maxsize=8192)
def is_facility(phrase: str) -> bool:
    """Whether a phrase names a place within a city: "Pokrovsk railway station", "Ueno Park"."""
    tokens = phrase.lower().split()
    if not tokens:
        return False
    heads = _lower_words("facility_heads" if phrase[:1].islower() else "named_facility_heads")
    if tokens[0] in heads and len(tokens) > 1:
        return True
    if phrase[:1].isupper() and tokens[-1].endswith(_facility_suffixes()):  # "Augustusplatz"
        return len(tokens[-1]) > min(len(s) for s in _facility_suffixes() if tokens[-1].endswith(s)) + 2
    facilities = _lower_words("facilities")
    if " ".join(tokens[-2:]) in facilities:  # "scenic area", "border crossing"
        return True
    return tokens[-1] in facilities and tokens[-1] not in _lower_words("not_facilities")


@lru_cache(maxsize=8192)
def _sublocation(phrase: str | None) -> str | None:
    """A phrase before the city that names a place in it, cleaned: "the Azot chemical plant" → "Azot
    chemical plant"; events ("a news conference") and generic heads ("the site of ...") are none."""
    if not phrase:
        return None
    vocab = _vocab()
    bare = vocab.sublocation_front.sub("", phrase.strip())
    # A name without an article is a place even when its head names an event: "at Horse Guards Parade".
    named = bare == phrase.strip() and _is_placey(bare)
    phrase = bare
    phrase = vocab.sublocation_cut.split(phrase.strip(" ,.\"'"))[0]
    # "snow-covered Taksim Square": a proper name keeps no adjectives before it.
    proper = vocab.proper_tail.search(phrase)
    if proper and proper.start() > 0 and _is_placey(proper.group(1)):
        before = phrase[: proper.start()].split()
        if (
            before
            and before[-1].lower() not in words("place", "name_connectors")
            and not re.fullmatch(r"\d{1,4}[A-Za-z]?", before[-1])  # a house number: "10 Downing Street"
            and before[0].lower() not in _lower_words("facility_heads")
        ):
            phrase = proper.group(1)
    if not phrase:
        return None
    head = vocab.head_end.split(phrase)[0]
    head_word = head.lower().split()[-1] if head.split() else ""
    events = _lower_words("events")
    if not named and (head_word in events or " ".join(head.lower().split()[-2:]) in events):
        return None
    if _is_placey(phrase) or is_facility(head):
        return phrase  # a proper name ("Harbin Ice-Snow World") or a place noun ("registration center")
    return None


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
    elif line.style in ("sport", "closing"):
        parents = []
        while len(parts) > 1 and (lookup.country(parts[-1]) or lookup.admin1(parts[-1])):
            parents.insert(0, parts.pop())
        city = parts[-1]
        if line.style == "sport" and len(parts) > 1:
            venue = parts[-2]
        m = re.search(r"\b[Ii]n ([A-Z].*)$", city)  # Shutterstock: "Daily Life In Guadalajara"
        city = m.group(1) if m else city
    else:
        city, parents = parts[0], parts[1:]
    # A lone part may be a city and a division at once (Berlin, Hamburg): a dateline names a city.
    if lookup.country(city) or _names_region(city):
        return None, [city, *parents], venue
    return city, parents, venue


def _proper(name: str) -> bool:
    return name[:1].isupper()


def find_place(zones: Zones, anchor: tuple[int, int] | None, lookup: PlaceLookup) -> PlaceText:
    """The place shown, as written, from sentence 1 and any dateline."""
    main = zones.main
    chains: list[_Chain] = []
    vocab = _vocab()
    if anchor:
        before = vocab.trailing_joiner.sub("", main[: anchor[0]])
        after = main[anchor[1] :]
        after = after[len(after) - len(after.lstrip(" ,")) :]
        if after and vocab.after_date.match(after):
            chains.append(_read_chain(after, lookup, head_first=True))
        if before:
            chains.append(_read_chain(before, lookup))
    if not any(_yields(c) for c in chains):
        chains.append(_read_chain(vocab.trailing_joiner.sub("", main), lookup))

    city: str | None = None
    parents: list[str] = []
    descriptors: list[str] = []
    notes: list[str] = []
    context: list[str] = []
    subs: list[str] = []
    text: str | None = None
    for chain in chains:
        notes += chain.notes
        context += chain.context
        read = _read_city_phrase(chain.city_phrase) if chain.city_phrase else _CityPhrase()
        if read.note:
            notes.append(read.note)
        prior = _read_city_phrase(chain.before_city) if chain.before_city else _CityPhrase()
        if read.city and prior.city and "city" not in lookup.classify(read.city):
            # "in Rafah in the southern Gaza Strip": the last phrase names a division, the one before it
            # the city.
            read = _CityPhrase(prior.city, None, (read.city, *read.parents), read.descriptor, read.note)
            chain.before_city = None
        subs += [s for s in (_sublocation(read.sublocation), _sublocation(chain.before_city)) if s]
        if city is None and not parents and (read.city or read.parents or chain.parents):
            city = read.city
            parents = [*read.parents, *chain.parents]
            text = chain.text
            if read.descriptor and read.parents:
                descriptors.append(f"{read.descriptor} {read.parents[0]}")
        elif read.city and read.city != city:
            # Getty: "... walk through the Spanish Quarter on May 5, 2024 in Naples": the city is the
            # later chain's; this one names a place within it.
            articled = _vocab().articled.match(chain.city_phrase or "")
            subs += [s for s in (_sublocation(("the " if articled else "") + read.city),) if s]

    clean_parents: list[str] = []
    for parent in parents:
        stripped, descriptor = _strip_front(parent)
        m = _CAPITAL_OF.match(stripped)
        stripped = m.group("country") if m else stripped
        p = _POSSESSIVE.match(stripped)
        clean_parents += [p.group("rest"), p.group("owner")] if p else [stripped]
        if descriptor:
            descriptors.append(parent[parent.find(descriptor) :].strip())

    if city and lookup.country(city):  # "at an undisclosed location in Ukraine"
        clean_parents.insert(0, city)
        city = None
    if (
        city is None
        and clean_parents
        and not (
            lookup.country(clean_parents[0])
            or lookup.admin1(clean_parents[0])
            or _names_region(clean_parents[0])
        )
    ):
        city = clean_parents.pop(0)  # PA: "at the Emirates Stadium, London"

    # A dateline completes what sentence 1 leaves out: "NEW YORK, NEW YORK - MARCH 21: ... in New York City".
    for line in zones.datelines:
        line_city, line_parents, venue = _dateline_place(line, lookup)
        context += list(line.place)
        if venue:
            subs.append(venue)
        if line.style == "dpa" and line_city and city and not _same_name(city, line_city):
            # dpa's "Sachsen, Dresden:" is where the picture was taken; a name the body reads as a city is
            # a place there ("vor dem Reichstag"), or a river named like a town ("auf der Elbe").
            if not lookup.classify(city) and _sublocation(city):
                subs.append(city)
            city, clean_parents, text = None, [], None
        if city is None and line_city and (not clean_parents or _same_name(line_city, city)):
            city = line_city
            clean_parents = clean_parents or line_parents
        elif city is None and line_city and not subs:
            city = line_city
        if line_parents and (city is None or _same_name(city, line_city)):
            clean_parents += [p for p in line_parents if p not in clean_parents]

    if not subs:
        # "Gennady Lamtugov, production director of the Alchevsk Metallurgical Complex speaks ...";
        # with a city known, only a name the picture is at: "work the scene on Bourbon Street after ...".
        m = (_vocab().facility_name if city is None else _vocab().facility_at).search(main)
        if m and _sublocation(m.group("name")):
            subs.append(m.group("name"))
    proper = [s for s in subs if _proper(s)]
    ranked = list(dict.fromkeys([*proper, *subs]))
    return PlaceText(
        sublocation=next(iter(proper or subs), None),
        other_sublocations=tuple(ranked[1:]),
        city=city,
        parents=tuple(p for p in clean_parents if p),
        world_region=descriptors[0] if descriptors else None,
        note="; ".join(dict.fromkeys(notes)) or None,
        text=text,
        context=tuple(dict.fromkeys(context)),
    )


def _yields(chain: _Chain) -> bool:
    if chain.parents:
        return True
    read = _read_city_phrase(chain.city_phrase) if chain.city_phrase else _CityPhrase()
    return bool(read.city or read.parents or read.sublocation)


def _same_name(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return False
    fa, fb = a.casefold(), b.casefold()
    return fa == fb or fa.startswith(fb) or fb.startswith(fa)
