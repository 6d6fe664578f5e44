"""Towns read on weak evidence, when no place chain places the picture: a lower-case preposition that is
also an English article or particle ("i Oslo", "v Praze", "a Venezia", "rain to Houston"), or a case
ending with no preposition at all (Finnish "Tampereella"). Only a name the gazetteer knows as a town
counts, so these never invent one."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from itertools import product
from typing import TYPE_CHECKING

from ..._fold import fold
from ..._frozen import fast_init
from ..._regex import alternation
from ..._rules import phrases, rules, words
from .._names import is_given_name
from ._city import _country_in_english
from ._events import is_event_name
from ._latin import SERBIAN_LETTERS, _latin_letters, _latin_spelling, _latin_spellings
from ._nordic_towns import town_places
from ._person_words import person_named
from ._scripts import town_in_script
from ._sub import after_event_name, is_facility
from ._town_adjectives import service_adjectives, town_of_stem, towns_by_stem
from ._words import _calendar_words

if TYPE_CHECKING:
    from ._lookup import PlaceLookup

__all__ = [
    "WeakTown",
    "abbreviation_compound",
    "city_adjective",
    "compound_before",
    "ends_with_weak_town",
    "german_adjective_opening",
    "has_weak_locative",
    "in_latin",
    "region_not_in_latin",
    "sublocation_not_in_latin",
    "town_population",
    "unread_place",
    "weak_town",
]

# Capitals of Latin Extended-A and Additional too: "Đà Nẵng", "Łódź", "Šiauliai".
_EXTENDED = (*range(0x100, 0x250), *range(0x1E00, 0x1F00))
_UPPER = "A-ZÀ-Þ" + "".join(c for c in map(chr, _EXTENDED) if c.isupper())
_NAME = rf"[{_UPPER}][\w'’-]+"
_WORD = re.compile(rf"(?<=\s){_NAME}")
_FIRST_WORD = re.compile(rf"^{_NAME}(?=,)")  # "Kaune, „Žalgirio“ arenoje": a town opening the text
# The Baltic agencies open with the town in its case and the sentence going on in lower case: "Kaune
# trečiadienį vyko ..." (in Kaunas on Wednesday), "Tartus toimus ..." (in Tartu took place).
_FIRST_WORD_GOING_ON = re.compile(rf"^{_NAME}(?= [a-zà-ÿā-ž])")
_RUN_BEFORE = re.compile(rf"(?:^|(?<=\s))(?P<name>{_NAME}(?: {_NAME}){{0,2}}) $")
_CLOSED_BEFORE = re.compile(rf"(?:^|(?<=\s))(?P<name>{_NAME}(?: {_NAME}){{0,2}} (?P<noun>[a-zåäöæøé]+)) $")
_JOINED_BEFORE = re.compile(
    rf"(?:^|(?<=\s))(?P<name>{_NAME}(?: {_NAME}){{0,2}}) (?P<connector>[a-z]{{1,4}}) $"
)
# Italian "at the", a connector inside a name too ("Santa Maria alla Porta"), but not after a lone first word.
_AT_THE = frozenset({"alla"})
_BRACKETED = re.compile(r"\s*\((?P<name>[A-ZÀ-Þ][^()]{1,30})\)")


@cache
def _run_after_elision() -> re.Pattern[str]:
    """A run of names glued to an Italian preposition with its article elided ("all'Arsenale "): one
    look-behind a preposition, each of a fixed width."""
    elided = words("place", "elided_articled_prepositions_cased")
    glued = "|".join(f"(?<=(?<![\\w'’-]){re.escape(p)})" for p in elided)
    return re.compile(rf"(?:{glued})(?P<name>{_NAME}(?: {_NAME}){{0,2}}) $")


@fast_init
@dataclass(frozen=True)
class WeakTown:
    city: str
    parent: str | None = None  # "de Paiporta (Valencia)": the division written in brackets after it
    sublocation: str | None = None  # "ankommer Stortinget i Oslo": the name right before the preposition
    # Found after a preposition that only a place follows ("στην Καρδίτσα"): a town however it is spelt in
    # the gazetteer (an older name of a village: "στη Βαρυμπόμπη", Varybóbi), not a bare word.
    placed: bool = False


@cache
def _weak_locative() -> re.Pattern[str]:
    # The name may hold its connectors ("a Torre del Greco", "w Brandenburg an der Havel", "Mas d'Enric").
    connector = phrases("place", "name_connectors")
    # French and Italian "de", "di" elided before a vowel, glued to the name: "le centre d'Orléans".
    # Irish eclipsis: the letters "i" (in) puts before a name's own are no part of it ("i nGaillimh").
    return re.compile(
        rf"(?<![\w'’-])(?:{phrases('place', 'weak_locatives_cased')} {_ECLIPSIS}|{_ELIDED_OF})"
        rf"(?P<name>{_NAME}(?:(?:(?: {connector})* | [dl]['’]){_NAME}){{0,3}})"
    )


_ECLIPSIS = r"(?:(?<=\bi )(?:bh|n|g|m|b|d)(?=[A-ZÁÉÍÓÚ]))?"


_ELIDED_OF = r"[dD]['’](?=[A-ZÀ-Þ])"


@cache
def _region_after() -> re.Pattern[str]:
    return re.compile(rf" {phrases('place', 'region')}\b")


_COORDINATORS = frozenset({"and", "y", "e", "et", "und"})


def _shorter_runs(name: str) -> tuple[str, ...]:
    """The names a run after a weak locative may be, longest first: "Torre del Greco" whole (a town's whole
    name wins over the town its first word names); a run of capitalised words and each shorter one
    ("Oslo Sentrum", "Oslo"); the names before an "and" ("Houston and Dallas"). A run joined by "de",
    "del" or "d'" is one name: "Mas d'Enric", a prison, is not the village Mas."""
    tokens = name.split(" ")
    connectors = words("place", "name_connectors")
    joined = [t for t in tokens if t.lower() in connectors or t[:2].lower() in ("d'", "d’", "l'", "l’")]
    if not joined:
        # Not a word of two letters cut from a longer run: Māori "i Te Whanganui-a-Tara" names no town "Te".
        runs = (" ".join(tokens[:i]) for i in range(len(tokens), 0, -1))
        return tuple(r for r in runs if r == name or len(r) > _SHORTEST_CUT)
    cuts = [i for i, t in enumerate(tokens) if t.lower() in _COORDINATORS]
    # "al Museo de Bellas Artes de Sevilla", "l'Hospital Arnau de Vilanova de Lleida": a name "de" a town
    # that is no town whole, last.
    of = [i for i, t in enumerate(tokens) if t in _OF and 0 < i < len(tokens) - 1]
    tail = (" ".join(tokens[of[-1] + 1 :]),) if of and tokens[of[-1] + 1][:1].isupper() else ()
    return (name, *(" ".join(tokens[:i]) for i in reversed(cuts)), *tail)


_OF = frozenset({"de", "di", "del", "da", "do", "du"})  # as `_OF_TOWN` of _venue.py
_SHORTEST_CUT = 2


@cache
def _mutations() -> tuple[tuple[str, tuple[str, ...]], ...]:
    table = rules("place")["initial_mutations"]
    return tuple(sorted(((k, tuple(v)) for k, v in table.items()), key=lambda kv: -len(kv[0])))


@cache
def _endings() -> tuple[tuple[str, tuple[str, ...]], ...]:
    table = rules("place")["case_endings"]
    return tuple(sorted(((k, tuple(v)) for k, v in table.items()), key=lambda kv: -len(kv[0])))


@cache
def _endings_of(key: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    table: dict[str, list[str]] = rules("place")[key]  # type: ignore[literal-required]
    return tuple(sorted(((k, tuple(v)) for k, v in table.items()), key=lambda kv: -len(kv[0])))


def uninflected(
    word: str, endings: tuple[tuple[str, tuple[str, ...]], ...] | None = None, min_stem: int = 3
) -> tuple[str, ...]:
    """The nominatives a word may be the inflected form of, by its case ending: "Praze" → "Praha", "Praga"."""
    out: list[str] = []
    for ending, nominatives in _endings() if endings is None else endings:
        if word.endswith(ending) and len(word) >= len(ending) + min_stem:
            out += [word[: -len(ending)] + n for n in nominatives]
    return tuple(dict.fromkeys(out))


def _locative_forms(name: str, opener: str) -> tuple[str, ...]:
    """What a name right after a weak locative may stand for: "Bratislave" → "Bratislava", "Stockholms" →
    "Stockholm", besides the endings any form may have ("Praze"); after a South Slavic one, "Ljubljani" →
    "Ljubljana", "Zagrebu" → "Zagreb" (not after Italian "di": "di Ferrari" is no form of Ferrara)."""
    forms = (*uninflected(name), *uninflected(name, _endings_of("locative_case_endings")))
    for written, radicals in _mutations():
        # "yng Nghaernarfon": the Welsh town's own first letters, which the preposition mutated.
        preposition, mutated = written.split(" ", 1)
        if opener == preposition and name.startswith(mutated) and len(name) > len(mutated) + 2:
            forms += tuple(radical + name[len(mutated) :] for radical in radicals)
    if opener in words("place", "case_prepositions_cased"):
        forms += uninflected(name, _endings_of("slavic_locative_case_endings"))
        *adjectives, _ = name.split(" ")
        if adjectives:
            # "v Českém Krumlově" (Český Krumlov): the words before the last are in the locative too.
            table = _endings_of("slavic_locative_adjective_endings")
            heads = [(*uninflected(a, table, 2), a) for a in adjectives]
            forms += tuple(
                " ".join((*head, last))
                for head in product(*heads)
                for form in dict.fromkeys((name, *forms))
                if form.startswith(" ".join(adjectives) + " ") and (last := form.rsplit(" ", 1)[1])
            )
    return forms


def _a_country(name: str, lookup: PlaceLookup) -> bool:
    """A country's name, the gazetteer's or one of another language a sizeable town does not bear too."""
    return lookup.country(name) is not None or _country_in_english(name, lookup) is not None


def _is_town(name: str, lookup: PlaceLookup) -> bool:
    kinds = lookup.classify(name)
    return "city" in kinds and "country" not in kinds


def _likeliest(
    forms: tuple[str, ...], lookup: PlaceLookup, min_population: int = 0, countries: tuple[str, ...] = ()
) -> str | None:
    """The form naming the biggest town (in one of COUNTRIES, if given): "Brně" is Brno, not a hamlet
    called Brna."""
    # A form the gazetteer matches only approximately is no town it knows ("Rynku" is no "Rynk", Rieneck).
    towns = [
        f for f in forms if _is_town(f, lookup) and any(c.how in _AS_WRITTEN for c in lookup.candidates(f))
    ]

    def size(form: str) -> int:
        return town_population(form, lookup, countries)

    def rank(form: str) -> tuple[int, bool, int]:
        # Two forms of one town ("Olomouci": Olomouca, an old name of it, and Olomouc): the name it goes by;
        # of two such names, the biggest town's own ("Ηρακλείου": Irákleion, which Attica's smaller Irákleio
        # shares as another name).
        return size(form), _named_so(form, lookup), _own_name_population(form, lookup)

    best = max(towns, key=rank, default=None)
    if best is None or (countries and not size(best)):
        return None
    return best if not min_population or size(best) >= min_population else None


# How a name matches a town written as such: not an approximate match.
_AS_WRITTEN = ("exact", "alternate", "variant", "overlay")


def _named_so(name: str, lookup: PlaceLookup) -> bool:
    """Whether NAME is the name a town goes by, not only one of its other names."""
    return any(c.how == "exact" for c in lookup.candidates(name))


def _country_of(name: str, lookup: PlaceLookup, countries: tuple[str, ...]) -> str | None:
    """The country of the biggest town NAME names as written in one of COUNTRIES."""
    towns = [
        c.place for c in lookup.candidates(name) if c.how in _AS_WRITTEN and c.place.country_code in countries
    ]
    return max(towns, key=lambda place: place.population).country_name if towns else None


def town_population(name: str, lookup: PlaceLookup, countries: tuple[str, ...] = ()) -> int:
    """The people of the biggest town NAME names as written (in one of COUNTRIES, if given); 0 if none."""
    return max(
        (
            c.place.population
            for c in lookup.candidates(name)
            if c.how in _AS_WRITTEN and (not countries or c.place.country_code in countries)
        ),
        default=0,
    )


# A common noun joined to an abbreviation, as the Nordic languages write an event: "VM-finalen" (the
# World Cup final), "EM-kampen", "NM-stafetten".
_ABBREVIATION_COMPOUND = re.compile(r"[A-ZÆØÅÄÖ]{2,}-[a-zæøåäö]+")


def abbreviation_compound(name: str) -> bool:
    """Whether a name closes with a common noun joined to an abbreviation ("VM-finalen"): no place's name."""
    return bool(name.split()) and _ABBREVIATION_COMPOUND.fullmatch(name.split()[-1]) is not None


def _name_before(text: str, end: int) -> str | None:
    """A place's name right before a preposition, after a lower-case word: "ankommer Stortinget i Oslo",
    not "Ulf Kristersson i Stockholm" (a person) nor the sentence's first words."""
    closed = _CLOSED_BEFORE.search(text[:end])
    if (
        closed is not None
        and closed.group("noun") in words("place", "closing_street_nouns_cased")
        and text[: closed.start()].rstrip()[-1:].islower()
    ):
        return closed.group("name")  # "på Karl Johans gate i Oslo": a street, its noun in lower case
    m = _RUN_BEFORE.search(text[:end]) or _run_after_elision().search(text[:end])
    if m is None or m.start() == 0:
        return None
    name = m.group("name")
    start = m.start()
    while (joined := _JOINED_BEFORE.search(text[:start])) and joined.group("connector") in words(
        "place", "proper_name_connectors_cased"
    ):
        if joined.start() == 0 and " " not in joined.group("name") and joined.group("connector") in _AT_THE:
            break  # "Turisti alla Galleria Borghese a Roma": the sentence's subject, then "at the" place
        # "de la Arcul de Triumf din București": the name runs on through a lower-case connector.
        name, start = f"{joined.group('name')} {joined.group('connector')} {name}", joined.start()
    if (glued := _run_after_elision().search(text[:start])) is not None and glued.group("name") == text[
        glued.start() : start
    ].strip():
        # "all'Auditorium Parco della Musica di Roma": the name opens after the elided article, as after "al".
        name, start = f"{glued.group('name')} {name}", glued.start()
    if start == 0:
        return None
    elided = text[:start].endswith(tuple(words("place", "elided_articled_prepositions_cased")))
    if not elided and (not text[:start].rstrip()[-1:].isalpha() or not text[:start].rstrip()[-1:].islower()):
        return None
    noun = text[:start].split()[-1]
    if after_event_name(text[:start]):
        return None  # "la Festa della Repubblica a Roma": the tail of an event's name
    if name.split()[0].lower() in words("place", "event_heads") and not is_facility(name):
        return None  # "del Carnevale di Viareggio": the event named after its town, no place
    nouns = rules("place")["inflected_place_nouns"]
    if noun.islower() and noun in nouns:
        # "na náměstí Svobody v Brně", "na placu Zamkowym w Warszawie": a place noun in lower case opens the
        # name, in its nominative; a name in the genitive after it stays, an adjective takes its nominative.
        return f"{nouns[noun]} {_ending(name, 'inflected_adjective_endings')}"
    apposed = words("place", "apposed_facility_heads_cased")
    if noun in words("place", "facility_heads") and noun not in apposed:
        return f"{noun} {name}"  # "al molo Beverello di Napoli": a head-first place noun opens the name
    if abbreviation_compound(name):
        return None  # "under VM-finalen i Herning": the World Cup final, an event named by a common noun
    if any(is_given_name(w) for w in name.split()) and not is_facility(name):
        return None  # "Ulf Kristersson i Stockholm"; not "i Spodek Arena i Katowice", whose noun is a place's
    if noun in words("place", "case_prepositions_cased"):
        return None  # "u Palati Srbija u Beogradu", "í Hörpu í Reykjavík": in a case no table undoes
    first, _, rest = name.partition(" ")
    if rest and first in nouns:
        # "în fața Palatului Parlamentului din București": the noun opening the name, in its nominative.
        return f"{nouns[first]} {_ending(rest, 'inflected_adjective_endings')}"
    last = name.split()[-1]
    stems = uninflected(last)
    if not stems:
        return name
    if "-" in last and len(stems) == 1:
        return name[: len(name) - len(last)] + stems[0]  # "Tampere-talossa": Tampere-talo
    # "Presidentinlinnassa" may be Presidentinlinna or Presidentinlinta, "Tamminiemessä" is Tamminiemi:
    # a name in a case only a dictionary undoes is left out, not guessed.
    return None


@cache
def _unread_opener() -> re.Pattern[str]:
    openers = phrases("place", "unread_place_prepositions_cased")
    return re.compile(rf"(?<![\w'’-]){openers} (?P<name>{_NAME}(?: {_NAME}){{0,2}})")


def unread_place(text: str, lookup: PlaceLookup, read: Sequence[str] = ()) -> str | None:
    """A name after a preposition of a language that declines it ("í Hörpu í Reykjavík", "na Poljudu")
    in the first clause, that is none of the places READ and no place the gazetteer knows in any form the
    tables undo: most likely the place shown, in a form no reader can safely turn back into its name. Not
    in English text, where "a", "v" and "I" are other words."""
    if _english(text):
        return None
    # The picture's place is written in the first clause; one after a comma is the setting of an aside
    # ("..., dok se temperature u Dalmaciji penju": while temperatures rise in Dalmatia).
    clause = text.split(",", 1)[0]
    # Slavic "i" is "and": "izmedju HNK Rijeke i NK Osijeka na stadionu" joins two clubs, where a Slavic
    # preposition that declines a place stands in the clause too.
    slavic = not set(clause.split()).isdisjoint(words("place", "case_prepositions_cased") - {"í", "á", "við"})
    for m in _unread_opener().finditer(clause):
        opener, name = m.group().split()[0], m.group("name")
        if opener == "i" and slavic:
            continue
        if any(name in place or place in name for place in read if place):
            continue
        if any(is_given_name(w) for w in name.split()):
            continue  # "i Ulf Kristerssons regering": a person, not a place
        if clause[m.end() :].split()[:1] and clause[m.end() :].split()[0] in words(
            "place", "nordic_division_nouns_cased"
        ):
            continue  # "i Modum kommune": a municipality, a division the town read lies in
        runs = _shorter_runs(name)
        if any(lookup.classify(form) for run in runs for form in (run, *_locative_forms(run, opener))):
            continue  # "i Oslo", "v Praze", "na Bledu": a town or a division, which the chain reads
        return name
    if len(read) == 2 and not read[0] and not _latin_letters(clause) and lookup.country(read[1]):
        # "в Рио-де-Жанейро, Бразилия": the country alone read, the town after a Cyrillic preposition left
        # unread (not a region read: "в Амурской области").
        return _unread_in_cyrillic(clause, lookup)
    return None


def _unread_in_cyrillic(clause: str, lookup: PlaceLookup) -> str | None:
    """The first name after a Cyrillic preposition in CLAUSE that no form names a place of, or None."""
    for m in _cyrillic_locative().finditer(clause):
        if m.group("greek") or is_given_name(_latin_spelling(m.group("name"))):
            continue
        # No town that big in any form: "в Риме" undoes to Rima, a hamlet, no town read.
        if _likeliest(_romanised(m.group("name")), lookup, _CASE_MIN_POPULATION) is None:
            return m.group("name")
    return None


def _after_near(text: str, start: int) -> bool:
    """Whether a name at START follows a word of `near` ("alle porte di Milano", "vicino a Roma")."""
    before = text[max(0, start - 30) : start].rstrip().lower()
    return any(before.endswith(w) and before[-len(w) - 1 : -len(w)] in ("", " ") for w in _near_words())


@cache
def _near_words() -> tuple[str, ...]:
    return tuple(w.lower() for w in words("place", "near"))


def ends_with_weak_town(text: str) -> bool:
    """Whether a text closes with a weak locative and a name: "Manifestanti a Sesto San Giovanni"."""
    last = None
    for last in _weak_locative().finditer(text):  # noqa: B007 (the last match is wanted)
        pass
    return last is not None and last.end() == len(text.rstrip(" ,."))


def has_weak_locative(text: str) -> bool:
    return _weak_locative().search(text) is not None


def _english(text: str) -> bool:
    """Two English function words or more, not one twice: Galician, Portuguese, Catalan and Italian write
    "a" as well ("A conselleira ... visita a lonxa de Ribeira")."""
    found = set(text.lower().split()) & words("people", "english_function_words")  # no case maps to a space
    # Italian and Spanish write "in" and "a" too ("I fedeli in coda ... a Roma"): one more word is wanted.
    return len(found) >= 2 and bool(found - _ROMANCE_TOO)


_ROMANCE_TOO = frozenset({"a", "in"})


@cache
def _articles_after_prepositions() -> frozenset[tuple[str, str]]:
    """(preposition, article) of a language whose article is spelt as a weak locative of another: Dutch
    "op de", "in de" (people.toml [language.*])."""
    weak = {w.lower() for w in words("place", "weak_locatives_cased")}
    return frozenset(
        (preposition.lower(), article)
        for language in rules("people")["language"].values()
        for article in language["determiners"]
        if article in weak
        for preposition in language["prepositions_cased"]
    )


def _word_before(text: str, end: int) -> str:
    before = text[:end].split()
    return before[-1].lower() if before else ""


# Dutch "<a place> van <its town>": "de Markt van Geraardsbergen", "het Stadhuis van Leuven".
_VAN_TOWN = re.compile(r" van (?P<town>[A-Z][\w'’-]+(?:-[A-Z][\w'’-]+)?)(?![\w'’-])")

# Prepositions that also join a town's own name to a river's: "Ústí nad Labem", "Nové Město nad Metují".
_INSIDE_NAMES = frozenset({"nad", "pod"})


def weak_town(text: str, lookup: PlaceLookup, places: Sequence[str] = ()) -> WeakTown | None:
    """The last town a weak locative or a case ending names in `text`, if the gazetteer knows it. With
    PLACES within a town read already, not one of their names ("la Base Aérea de Zaragoza"), nor a town
    the picture is only headed to ("at Sydney Airport before the flight to Perth")."""
    english = _english(text)
    weak = list(_weak_locative().finditer(text))[::-1]  # the last first
    if len(weak) > 1:
        # "a Sesto San Giovanni, alle porte di Milano": a town after "near" only locates the one before it,
        # which is read first (the sort keeps each group's order).
        weak.sort(key=lambda m: _after_near(text, m.start("name")))
    for m in weak:
        opener = "de" if m.group()[1] in "'’" else m.group().split()[0]  # "d'Orléans": "de"
        if english and opener in words("place", "weak_locatives_not_english_cased"):
            continue
        if (_word_before(text, m.start()), opener) in _articles_after_prepositions():
            continue  # Dutch "op de Weissensee", "in de Kuip": "de" is the article there, not "from"
        if places and opener == "to":
            continue
        if (_word_before(text, m.start()) or "").lower() in words("place", "region_heads"):
            continue  # "a Boretto, in provincia di Reggio Emilia": the province's name, not a town's
        if (_word_before(text, m.start()) or "").lower() in words("place", "town_part_heads"):
            continue  # "del barrio de Los Molinos": a district's own name, no town (Madrid's Los Molinos)
        before = text[: m.start()].split()
        if opener in _INSIDE_NAMES and before and before[-1][:1].isupper():
            continue  # "v Ústí nad Labem", "Frankfurt nad Odrou": part of a town's own name
        if places and any(_written_within(text, p, m) for p in places if m.group("name") in p):
            owned = [p for p in places if m.group("name") in p]
            # "a Dóm téren Szegeden": the name opens the place read, after Hungarian's article "a"; it is
            # the place's own name, no town the place names.
            own_name = all(p.startswith(f"{m.group('name')} ") for p in owned)
            if opener != "to" and not own_name and _is_town(m.group("name"), lookup):
                # "la consellera de Salut ... l'Hospital Josep Trueta de Girona": the place read names its
                # town; a weak locative before it is no likelier one.
                return None
            continue
        if m.group("name").split()[0].lower() in _calendar_words():
            continue  # Maori "i te Rātū" (on Tuesday): a weekday, no town of India
        if is_event_name(m.group("name")):
            continue  # Italian "la sfida di Champions League": a competition's name, no "Champion" (Belgium)
        town = name = None
        for name in _shorter_runs(m.group("name")):
            if any(_a_country(form, lookup) for form in (name, *_locative_forms(name, opener))):
                break  # "de France" is no Franca, "în Republica Moldova" no Brazilian Republica
            town = name if _named_so(name, lookup) and _is_town(name, lookup) else None
            # "v Mariboru": a town's other name in the gazetteer ("Mariboru") is still a case of its own.
            forms = (name, *_locative_forms(name, opener))
            # "v Kolíně" is Kolín: a form naming a town where such cases are written wins over one that
            # names a bigger town elsewhere only by another of its names ("Kolína": Colina, Chile).
            town = (
                town
                or _likeliest(forms, lookup, _CASE_HOME_MIN_POPULATION, _case_countries())
                or _likeliest(forms, lookup)
            )
            if town is not None:
                break
        if town is None or name is None:
            continue
        end = m.start("name") + len(name)
        if (van := _VAN_TOWN.match(text, end)) and _is_town(van["town"], lookup):
            return WeakTown(van["town"], None, name)  # "de Markt van Geraardsbergen": the square of the town
        if _region_after().match(text, end):
            continue  # "residents of Kherson region": the division, not its town
        bracket = _BRACKETED.match(text, end)
        parent = bracket.group("name") if bracket else None
        if parent and not (lookup.country(parent) or lookup.admin1(parent)):
            parent = None
        genitive = _genitive_place(text, name, end, town)
        return WeakTown(town, parent, genitive or _name_before(text, m.start()))
    if not english and (found := _articled_town(text, lookup)):
        return found
    if not _latin_letters(text) and (found := _town_not_in_latin(text, lookup)):
        return found
    for m in reversed(list(_WORD.finditer(text)) if not english else ()):
        # Finnish puts the case on the name and no preposition before it: "Tampere-talossa Tampereella". A
        # word that names a place itself is no case form ("Odessa" is not "Ode" in Finnish); nor is an English
        # sentence's ("Senator Jacqui Lambie in the Senate" names no Lamba).
        if m.group().lower() in _calendar_words():
            continue
        town = _likeliest(uninflected(m.group()), lookup, _CASE_MIN_POPULATION)
        if (
            town is not None
            and not _inside(m.group(), places)
            and not lookup.classify(m.group())
            and not person_named(text, m)
        ):
            return WeakTown(town, None, _place_word_before(text, m.start()) or _name_before(text, m.start()))
    opening = [(m, True) for m in _FIRST_WORD_GOING_ON.finditer(text)]
    words_read = [*opening, *((m, False) for m in [*_FIRST_WORD.finditer(text), *_WORD.finditer(text)])]
    for m, baltic_only in reversed(words_read if not english else []):
        # Hungarian too, with endings other words have as well: only a big town ("Budapesten"), and only a
        # word that is no place's name itself ("Aachen", not "Aach").
        if m.group().lower() in _calendar_words():
            continue  # "i te Rātū, 23 o Poutūterangi": a date's words, no town
        forms = () if baltic_only else uninflected(m.group(), _endings_of("bare_case_endings"))
        town = _likeliest(forms, lookup, _BARE_MIN_POPULATION) if forms else None
        if town is None and (forms := uninflected(m.group(), _endings_of("baltic_case_endings"))):
            # The Baltic endings, only for a town in the Baltic states: "Madre" is no form of Madras.
            baltic = tuple(rules("place")["baltic_country_codes_cased"])
            town = _likeliest(forms, lookup, _BALTIC_MIN_POPULATION, baltic)
        # "Joe Biden"; not a compound noun opened by a name ("a Sándor-palotában Budapesten", Sándor Palace),
        # nor a word in lower case spelt like one ("eglė Šiauliuose", a fir in Šiauliai; Eglė is a name).
        after_given_name = any(
            w[:1].isupper() and is_given_name(w) and not _NAMED_COMPOUND_NOUN.search(w)
            for w in text[: m.start()].split()[-1:]
        )
        in_place = _inside(m.group(), places)
        # A word may be a place only as its letters fold: "Rīgā" (in Riga) folds to "Riga".
        itself = lookup.classify(m.group()) and (town is None or fold(town) != fold(m.group()))
        if town is not None and not after_given_name and not in_place and not itself:
            return WeakTown(town, None, _place_word_before(text, m.start()))
    return None if english else _adjective_town(text, lookup)


@cache
def _article_contraction() -> re.Pattern[str]:
    contractions = alternation(rules("place")["article_contractions_cased"])
    # Not a name that runs on with "de" and another ("du Palais des Sports", "des Beaux-Arts de Lyon").
    runs_on = r" (?:de la |de |des |du |d['’])[A-ZÀ-Þ]"
    return re.compile(rf"(?<![\w'’-])(?P<opener>{contractions}) (?P<name>{_NAME})(?![\w'’-]|{runs_on})")


def _articled_town(text: str, lookup: PlaceLookup) -> WeakTown | None:
    """The last town French "du", "des" name with the article they hold: "le port du Guilvinec" (Le
    Guilvinec), "le chenal des Sables-d'Olonne"; the name as one word or hyphened ("du Palais des Sports" is
    no Le Palais), a town, not a village, by the gazetteer's own name of it ("Guilvinec")."""
    articles = rules("place")["article_contractions_cased"]
    for m in reversed(list(_article_contraction().finditer(text))):
        whole = f"{articles[m.group('opener')]} {m.group('name')}"
        if _a_country(whole, lookup) or _a_country(m.group("name"), lookup):
            continue
        if _likeliest((whole,), lookup, _ARTICLED_MIN_POPULATION) is None:
            continue
        towns = [c.place for c in lookup.candidates(whole) if c.how in _AS_WRITTEN]
        return WeakTown(max(towns, key=lambda place: place.population).name)
    return None


# A compound of a name and a lower-case noun joined by a hyphen, as Hungarian names a building after a
# person: "Sándor-palota" (Sándor Palace), "Erkel-színház".
_NAMED_COMPOUND_NOUN = re.compile(r"-[a-zà-ÿā-ž]")
_ADJECTIVE_BEFORE_NAME = re.compile(rf"(?<![\w-])(?P<adjective>[a-zà-ÿā-ž]+sk[a-zà-ÿā-ž]{{0,3}}) (?={_NAME})")


def _adjective_town(text: str, lookup: PlaceLookup) -> WeakTown | None:
    """ "Turisti šeću splitskom Rivom": a town's adjective before a place's name names the town (Split)."""
    countries = tuple(rules("place")["town_adjective_country_codes_cased"])
    for m in _ADJECTIVE_BEFORE_NAME.finditer(text):
        forms = uninflected(m.group("adjective"), _endings_of("town_adjective_endings"))
        town = _likeliest(tuple(f.title() for f in forms), lookup, _BARE_MIN_POPULATION, countries)
        if town is not None:
            return WeakTown(town)
    for stem_town in towns_by_stem(text):  # "v pražské O2 areně": Prague
        if (town := _likeliest((stem_town,), lookup, _BARE_MIN_POPULATION, countries)) is not None:
            return WeakTown(town)
    low_countries = tuple(rules("place")["dutch_town_adjective_country_codes_cased"])
    for m in _DUTCH_TOWN_ADJECTIVE.finditer(text):  # "op het Rotterdamse Schouwburgplein": Rotterdam
        forms = uninflected(m.group("adjective"), _endings_of("dutch_town_adjective_endings"))
        if (town := _likeliest(forms, lookup, _GENERIC_ADJECTIVE_MIN_POPULATION, low_countries)) is not None:
            after = m.group("after")
            return WeakTown(town, None, after if after[:1].isupper() else None)
    nordic = tuple(rules("place")["nordic_country_codes_cased"])
    for forms, place in town_places(text):  # "på Stockholms slott": Stockholm, its palace shown
        if (town := _likeliest(forms, lookup, 0, nordic)) is not None:
            return WeakTown(town, None, place)
    for adjective in service_adjectives(text):  # "Poznańscy strażacy": Poznań's firefighters
        if (town := _service_town(adjective, lookup)) is not None:
            return WeakTown(town)
    return None


def _service_town(adjective: str, lookup: PlaceLookup) -> str | None:
    """The town a capitalised adjective before a town's service names: "Plzeňští" (Plzeň), "Львівські"
    (Lviv), "Kölner" (Köln), "Rotterdamse"."""
    place = rules("place")
    lower = adjective.lower()
    plural = place["town_adjective_plural_endings"]
    for ending in sorted(plural, key=len, reverse=True):
        if lower.endswith(ending) and len(lower) > len(ending) + 2:
            singular = lower[: -len(ending)] + plural[ending]  # "poznańscy" → "poznański"
            forms = tuple(f.title() for f in uninflected(singular, _endings_of("town_adjective_endings")))
            stemmed = town_of_stem(singular)
            countries = tuple(place["town_adjective_country_codes_cased"])
            return _likeliest(
                (*forms, *((stemmed,) if stemmed else ())), lookup, _BARE_MIN_POPULATION, countries
            )
    if cyrillic := uninflected(adjective, _endings_of("cyrillic_town_service_adjective_endings"), min_stem=2):
        forms = tuple(dict.fromkeys(_latin_spelling(f) for f in cyrillic))
        countries = tuple(place["cyrillic_country_codes_cased"])
        return _likeliest(forms, lookup, _BARE_MIN_POPULATION, countries)
    if dutch := uninflected(adjective, _endings_of("dutch_town_adjective_endings")):
        low_countries = tuple(place["dutch_town_adjective_country_codes_cased"])
        return _likeliest(dutch, lookup, _GENERIC_ADJECTIVE_MIN_POPULATION, low_countries)
    german = uninflected(adjective, _endings_of("city_adjective_endings"), min_stem=2)
    return _likeliest(german, lookup, _GENERIC_ADJECTIVE_MIN_POPULATION) if german else None


# Dutch names a place in a town with the town's adjective, after an article: "het Haagse Zuiderpark", "de
# Amsterdamse grachten".
_DUTCH_TOWN_ADJECTIVE = re.compile(r"(?<!\S)(?:de|het) (?P<adjective>[A-Z][a-z]+sc?h?e) (?P<after>[\w-]+)")


_ADJECTIVE_PLACE = re.compile(r"^(?P<adjective>[A-ZÄÖÜ][a-zäöüß]+er) (?P<place>[A-ZÄÖÜ][\w-]+(?: [\w-]+)?)$")


def city_adjective(phrase: str, lookup: PlaceLookup) -> tuple[str, str] | None:
    """ "Wiener Hofburg" → ("Wien", "Hofburg"), "Kölner Dom" → ("Köln", "Kölner Dom"): German names a place
    with its town's adjective before it."""
    m = _ADJECTIVE_PLACE.match(phrase)
    if lookup.classify(phrase):
        return None
    if m is None:
        return dutch_city_adjective(phrase, lookup)
    if town_adjective_road(phrase):
        return None  # "in der Mannheimer Straße": a road to Mannheim, in another town
    forms = uninflected(m.group("adjective"), _endings_of("city_adjective_endings"), min_stem=2)
    generic = m.group("place").lower() in words("place", "city_adjective_generic_nouns")
    # A town's own cathedral or town hall names a smaller town too ("im Trierer Dom", "am Passauer Rathaus"):
    # an adjective before such a noun is a town's; before a name it may be a word ("Neuer Markt").
    common = generic or _generic_noun(m.group("place"))
    town = _likeliest(forms, lookup, _GENERIC_ADJECTIVE_MIN_POPULATION if common else _BARE_MIN_POPULATION)
    if town is None:
        return None
    return town, phrase if generic else m.group("place")  # "Kölner Dom"; "Wiener Hofburg" is the Hofburg


def _generic_noun(noun: str) -> bool:
    """Whether NOUN is a place every town has one of ("Dom"), or a compound of two ("Marktplatz",
    "Rathausplatz": the market's, the town hall's square, as local pages name them, "auf dem Eschweger
    Marktplatz"); not a square's own name ("Heldenplatz")."""
    lower, generic = noun.lower(), words("place", "city_adjective_generic_nouns")
    return lower in generic or any(lower.endswith(g) and lower[: -len(g)] in generic for g in generic)


def town_adjective_road(phrase: str) -> bool:
    """Whether PHRASE is a road or a gate named with a town's adjective ("Tuttlinger Straße", "Brandenburger
    Tor"): a place in another town than the adjective's."""
    m = _ADJECTIVE_PLACE.match(phrase)
    return m is not None and m.group("place").lower() in words("place", "town_adjective_road_nouns")


# A German caption opening with an article and a town's adjective before a place every town has one of: "Der
# Zürcher Hauptbahnhof am Mittwochmorgen", "Das Hamburger Rathaus". Only before such a noun: "Die Berliner
# Philharmoniker" is an orchestra, no place.
_ARTICLE_ADJECTIVE_OPENING = re.compile(
    r"(?:Der|Die|Das) (?P<phrase>[A-ZÄÖÜ][a-zäöüß]+er (?P<noun>[A-ZÄÖÜ][\w-]+))(?![\w-])"
)


def german_adjective_opening(sentence: str, lookup: PlaceLookup) -> tuple[str, str] | None:
    """ "Der Kölner Dom am Sonntag" → ("Köln", "Kölner Dom"): a town's place opening a German caption as its
    subject, with no preposition before it."""
    m = _ARTICLE_ADJECTIVE_OPENING.match(sentence)
    if m is None or not _generic_noun(m["noun"]):
        return None
    return city_adjective(m["phrase"], lookup)


_DUTCH_ADJECTIVE_PLACE = re.compile(r"^(?P<adjective>[A-Z][a-z]+sc?h?e) (?P<place>[A-Z][\w-]+)$")


def dutch_city_adjective(phrase: str, lookup: PlaceLookup) -> tuple[str, str] | None:
    """ "Haagse Zuiderpark" → ("Haag", "Zuiderpark"): Dutch names a place with its town's adjective before
    it."""
    m = _DUTCH_ADJECTIVE_PLACE.match(phrase)
    if m is None:
        return None
    forms = uninflected(m.group("adjective"), _endings_of("dutch_town_adjective_endings"))
    low_countries = tuple(rules("place")["dutch_town_adjective_country_codes_cased"])
    town = _likeliest(forms, lookup, _GENERIC_ADJECTIVE_MIN_POPULATION, low_countries)
    if town is None:
        return None
    # "de Rotterdamse Schouwburg", the town's theatre: a noun every town has one of keeps its adjective.
    generic = m.group("place").lower() in words("place", "dutch_city_adjective_generic_nouns")
    return town, phrase if generic else m.group("place")


_WORD_BEFORE = re.compile(rf"(?<=\s)(?P<word>{_NAME}) $")
_GENITIVE_BEFORE = re.compile(rf"(?<=\s)(?P<word>{_NAME}) (?P<post>[a-zäö]+) $")


def _place_word_before(text: str, end: int) -> str | None:
    """A one-word place right before a town in a case, in its nominative where `compound_place_endings`
    says how: "Presidentinlinnassa Helsingissä" is Presidentinlinna."""
    m = _WORD_BEFORE.search(text, 0, end)
    table = "compound_place_endings"
    if m is None:
        # "Eduskuntatalon edessä Helsingissä": the place in the genitive before a postposition of place.
        m = _GENITIVE_BEFORE.search(text, 0, end)
        if m is None or m.group("post") not in words("place", "genitive_postpositions_cased"):
            return None
        table = "compound_genitive_endings"
    word = m.group("word")
    ending = _table_ending(word, table)
    if ending is None or len(word) <= len(ending) + 2:
        return None
    nominatives: dict[str, str] = rules("place")[table]  # type: ignore[literal-required]
    return word[: -len(ending)] + nominatives[ending]


def _written_within(text: str, place: str, m: re.Match[str]) -> bool:
    """Whether the weak locative's town M is part of PLACE as the text writes it ("l'Hospital Josep Trueta de
    Girona"), not the town named again on its own after it ("Stadion Gelora Bandung ... di Bandung"). A place
    the text does not hold as read counts as holding it."""
    starts = _occurrences(text, place)
    return not starts or any(i <= m.start("name") < i + len(place) for i in starts)


def _occurrences(text: str, part: str) -> list[int]:
    found: list[int] = []
    while (at := text.find(part, found[-1] + 1 if found else 0)) >= 0:
        found.append(at)
    return found


def _inside(word: str, places: Sequence[str]) -> bool:
    """Whether a word is part of the name of a place read already, but not its first word, which names the
    town it is in ("Rīgas pils" is Riga Castle, in Riga; "la Base Aérea de Zaragoza" is outside it)."""
    return any(word in p and not p.startswith(f"{word} ") for p in places)


# A town read from a case ending with no preposition before it: big enough that a capitalised word so
# spelt is likelier the town than a name that happens to end so.
_BARE_MIN_POPULATION = 100_000
# A town named with its article after French "du", "des" (Le Guilvinec, 3,000 people): no village.
_ARTICLED_MIN_POPULATION = 1_000
# The same for a town's adjective before a noun a town has one of ("Passauer Dom"): a town, not a hamlet.
_GENERIC_ADJECTIVE_MIN_POPULATION = 20_000
# The same for the endings of `case_endings` (Finnish "Kemissä"), which few words of other languages
# have: a town, not a hamlet ("proti Fiorentině" is no Fiorentino, San Marino; "Rynku" no "Rynk").
_CASE_MIN_POPULATION = 5_000
# A town where the caption's case endings are written, preferred to a bigger one elsewhere: not a village
# (Poland has many named "Kolonia"; "w Kolonii" is Cologne).
_CASE_HOME_MIN_POPULATION = 10_000


@cache
def _case_countries() -> tuple[str, ...]:
    return tuple(rules("place")["case_country_codes_cased"])


# The Baltic endings are read only for a town of the Baltic states, so a smaller one will do ("Tartus").
_BALTIC_MIN_POPULATION = 20_000
_GENITIVE_NOUN = re.compile(r" (?P<noun>[^\W\d_A-ZÀ-Þ][\w-]+)")


def _genitive_place(text: str, name: str, end: int, town: str) -> str | None:
    """ "i Stockholms stadshus": a town in the genitive before a lower-case noun names a place in it."""
    if name == town or not name.endswith("s") or name[:-1] != town:
        return None
    noun = _GENITIVE_NOUN.match(text, end)
    if noun is None or noun.group("noun") in words("place", "weak_locatives_cased"):
        return None
    return f"{name} {noun.group('noun')}"


@cache
def _cyrillic_locative() -> re.Pattern[str]:
    # A second capitalised word may be the name's: "у селі Мала Данилівка". Greek puts the article in its
    # preposition ("στην Καρδίτσα"), a noun of the town's part and the genitive article may come between
    # ("στο κέντρο της Πάτρας", "στο λιμάνι του Πειραιά").
    greek_part = phrases("place", "greek_town_part_nouns_cased")
    greek = rf"{phrases('place', 'greek_locatives_cased')}(?: {greek_part} (?:του|της|των))?"
    return re.compile(
        rf"(?<![\w-])(?:{phrases('place', 'weak_locatives_cyrillic_cased')}|(?P<greek>{greek})) "
        rf"(?P<name>{_NON_LATIN_NAME})(?: (?P<second>{_NON_LATIN_NAME}))?"
    )


_NON_LATIN_NAME = r"[А-ЯЁІЇЄҐΑ-ΩΆ-Ώ][\w'’-]+"
_NON_LATIN_WORD = re.compile(rf"(?<![\w-]){_NON_LATIN_NAME}")


def _town_not_in_latin(text: str, lookup: PlaceLookup) -> WeakTown | None:
    """A town in Cyrillic or Greek: after a preposition ("в Москве", "у Києві"), else a big town in
    another case ("районі Києва"), found by its Latin spelling."""
    cyrillic = tuple(rules("place")["cyrillic_country_codes_cased"])
    greek = tuple(rules("place")["greek_country_codes_cased"])
    serbian = SERBIAN_LETTERS.search(text) is not None
    for m in reversed(list(_cyrillic_locative().finditer(text))):
        if m.group("second") and (whole := _two_word_town(m.group("name"), m.group("second"), lookup)):
            return WeakTown(whole)  # "у селі Мала Данилівка", "в Нижнем Новгороде"
        if _REGION_NOUN_AFTER.match(text, m.end("name")):
            continue  # "в Амурской области": the region's adjective (region_not_in_latin), no town
        forms = _romanised(m.group("name"), serbian)
        # A small town written in Cyrillic is in a country that writes it ("по Дніпру"); one elsewhere is
        # a big one ("в Париже"), not a person in the dative ("по Макрону" is no Makron, India). A Greek
        # town is one of Greece or Cyprus, first one that is no village ("στο Σύνταγμα", "στη Βουλή" name
        # places in Athens); a village only where no such town is written (below).
        home, floor = (greek, _GREEK_HOME_MIN_POPULATION) if m.group("greek") else (cyrillic, 0)
        town = _likeliest(forms, lookup, floor, home)
        if not m.group("greek") and " " not in m.group(0)[: m.start("name") - m.start()].strip():
            # "в Нарве", "у Перемишлі": a town of a neighbouring country written in Cyrillic, over a village
            # of the same name at home (Peremyshl', Russia); not after a settlement noun ("у селі").
            neighbours = tuple(rules("place")["cyrillic_neighbour_country_codes_cased"])
            near = _likeliest(forms, lookup, _NEIGHBOUR_MIN_POPULATION, neighbours)
            if (
                near
                and (town is None or town_population(town, lookup, cyrillic) < _NEIGHBOUR_MIN_POPULATION)
                and not _given_name_in_case(m.group("name"), near, lookup)
            ):
                # Its country with it: the Latin form may name a village at home as well ("Peremishl").
                return WeakTown(near, _country_of(near, lookup, neighbours))
        if town is None and not m.group("greek") and (exonym := _exonym(m.group("name"))):
            return WeakTown(*exonym)
        town = town or _likeliest(forms, lookup, _BARE_MIN_POPULATION)
        plural = uninflected(m.group("name"), _endings_of("cyrillic_plural_case_endings"), min_stem=2)
        plurals = tuple(dict.fromkeys(_latin_spelling(f, serbian) for f in plural))
        town = town or _likeliest(plurals, lookup, _PLURAL_MIN_POPULATION, home)
        if town is not None and not _given_name_in_case(m.group("name"), town, lookup):
            # "в деревне Ивановка Тверской области": the region written after the town says which town.
            return WeakTown(town, _region_right_after(text, m.end("name"), lookup))
    for m in reversed(list(_greek_locative().finditer(text)) if "στ" in text else ()):
        # "στην Καρδίτσα" (in Karditsa): a town of a country that writes Greek, of any size.
        if (town := _likeliest(_romanised(m.group("name")), lookup, 0, greek)) is not None:
            return WeakTown(town, placed=True)
    for m in reversed(list(_NON_LATIN_WORD.finditer(text))):
        if m.start() == 0:
            continue  # the sentence's first word: capitalised as such
        given = is_given_name(m.group()) or is_given_name(_latin_spelling(m.group()))
        if given and _NON_LATIN_WORD.match(text, m.end() + 1):
            continue  # "Володимир Зеленський": a person, not Vladimir
        if text[: m.start()].rstrip().rsplit(" ", 1)[-1] in words("place", "cyrillic_region_nouns_cased"):
            continue  # "в област Русе": the province, named like its town (region_not_in_latin)
        # "Жители Бердска Новосибирской области": a town of any size, its region after it in the same case.
        regioned = _REGION_AFTER.match(text, m.end()) is not None
        forms = _romanised(m.group(), serbian)
        town = _likeliest(forms, lookup, 0, cyrillic) if regioned else None
        # "вулиці Полтави", "наслідки обстрілу Херсона": the genitive after a noun of the town's part, its
        # people or an attack on it names the town; a town, not a village.
        word_before = text[: m.start()].rstrip().rsplit(" ", 1)[-1]
        owned = word_before in words("place", "cyrillic_town_part_nouns_cased")
        town = town or (_likeliest(forms, lookup, _CASE_MIN_POPULATION, cyrillic) if owned else None)
        town = town or _likeliest(forms, lookup, _BARE_MIN_POPULATION)
        if town is not None and not _given_name_in_case(m.group(), town, lookup):
            return WeakTown(town)
    return None


def _exonym(word: str) -> tuple[str, str] | None:
    """A big town abroad after a Cyrillic preposition by the name the language gives it, which no Latin
    spelling of it reads ("в Риме": Рим, Rome, not "Rim"), with its country."""
    forms = (word, *uninflected(word, _endings_of("cyrillic_case_endings"), min_stem=2))
    found = [
        town for f in forms if (town := town_in_script(f)) is not None and town[2] >= _BARE_MIN_POPULATION
    ]
    best = max(found, key=lambda town: town[2], default=None)
    return None if best is None else (best[0], best[1])


@cache
def _greek_locative() -> re.Pattern[str]:
    locatives = phrases("place", "greek_locatives_cased")
    return re.compile(rf"(?<![\w-]){locatives} (?P<name>[Α-ΩΆ-Ώ][\w'’-]+)(?![\w-])")


def _two_word_town(first: str, second: str, lookup: PlaceLookup) -> str | None:
    """A town's name of an adjective and a noun in Cyrillic, as written ("Мала Данилівка") or in a case
    ("в Нижнем Новгороде": Нижний Новгород, "у Білій Церкві": Біла Церква), in the Latin letters the
    gazetteer knows it by."""
    adjectives = (first, *uninflected(first, _endings_of("cyrillic_town_adjective_endings"), min_stem=2))
    nouns = (second, *uninflected(second, _endings_of("cyrillic_case_endings"), min_stem=2))
    forms = tuple(dict.fromkeys(_latin_spelling(f"{a} {n}") for a in adjectives for n in nouns))
    return _likeliest(forms, lookup)


# A Russian or Ukrainian region in the genitive after a town: "Новосибирской области", "Харківської області".
_REGION_AFTER = re.compile(r" [А-ЯЁІЇЄҐ][\w'’-]+ (?:области|області|края|краю|района|району|республики)\b")


# A noun of a Russian, Ukrainian or Belarusian region, in any case, after the region's adjective.
_REGION_NOUN_AFTER = re.compile(r" (?:област|вобласц|кра[йяюе])")
# A town of a neighbouring country after a Cyrillic preposition: a town, not a village ("в Нарве": Narva).
_NEIGHBOUR_MIN_POPULATION = 20_000
# A town in Greek after "στην", "στο" read first: no village.
_GREEK_HOME_MIN_POPULATION = 5_000
# A town read from a plural locative ("у Черкасах"): a town, not a village named like mountains.
_PLURAL_MIN_POPULATION = 20_000


def _given_name_in_case(word: str, town: str, lookup: PlaceLookup) -> bool:
    """Whether a word after a preposition is a person's given name in a case, not a small town: "у Марии"
    (at Maria's) is no María, Spain. A name as written ("в София") is the town, and so is a big town of
    that very name ("в Александрии": Alexandria) or of the script's countries ("της Αθήνας": Athens)."""
    if town == _latin_spelling(word) or _own_name_population(town, lookup) >= _BARE_MIN_POPULATION:
        return False
    home = (*rules("place")["cyrillic_country_codes_cased"], *rules("place")["greek_country_codes_cased"])
    if town_population(town, lookup, home) >= _BARE_MIN_POPULATION:
        return False
    forms = (word, *uninflected(word, _endings_of("cyrillic_case_endings"), min_stem=2))
    return any(is_given_name(f) or is_given_name(_latin_spelling(f)) for f in forms)


def _romanised(word: str, serbian: bool = False) -> tuple[str, ...]:
    """The Latin spellings of the nominatives a Cyrillic or Greek word may be a form of (in Serbian's own
    Latin in a text in Serbian)."""
    forms = (word, *uninflected(word, _endings_of("cyrillic_case_endings"), min_stem=2))  # "Києва": Київ
    head, hyphen, rest = word.partition("-")
    if hyphen and rest:
        # "в Ростове-на-Дону" (Ростов-на-Дону), "в Комсомольске-на-Амуре": the first part takes the case.
        forms += tuple(
            f"{h}-{rest}" for h in uninflected(head, _endings_of("cyrillic_case_endings"), min_stem=2)
        )
    if serbian:
        return tuple(dict.fromkeys(_latin_spelling(f, serbian) for f in forms))
    return tuple(dict.fromkeys(latin for f in forms for latin in _latin_spellings(f)))


def in_latin(name: str, lookup: PlaceLookup) -> str | None:
    """A town written in Cyrillic or Greek, in the Latin letters the gazetteer knows it by: "Москва" →
    "Moskva", "Αθήνα" → "Athina"."""
    return next(
        (latin for latin in _latin_spellings(name) if latin != name and _is_town(latin, lookup)), None
    )


def _own_name_population(name: str, lookup: PlaceLookup) -> int:
    """The people of the biggest town whose own name NAME is."""
    return max((c.place.population for c in lookup.candidates(name) if c.how == "exact"), default=0)


@cache
def _not_latin_places() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    place = rules("place")
    greek_name = r"[Α-ΩΆ-Ώ][\w-]+"
    # A place noun in lower case may open the name: "στην πλατεία Αριστοτέλους" (Aristotelous Square).
    greek_noun = phrases("place", "greek_place_nouns_cased")
    # A genitive article may join its words: "στη Βουλή των Ελλήνων" (the Hellenic Parliament).
    greek_word = rf"(?: (?:του |της |των )?{greek_name})"
    greek = re.compile(
        rf"(?<![\w-]){phrases('place', 'greek_locatives_cased')} "
        rf"(?P<name>(?:{greek_noun} )?{greek_name}{greek_word}{{0,2}})"
    )
    nouns = "|".join(map(re.escape, sorted(place["cyrillic_place_nouns"], key=len, reverse=True)))
    street = re.compile(
        rf"(?<![\w-]){phrases('place', 'weak_locatives_cyrillic_cased')} (?P<adjective>[А-ЯЁІЇЄҐ][\w-]+) "
        rf"(?P<noun>{nouns})(?![\w-])"
    )
    stems = "|".join(map(re.escape, place["cyrillic_venue_stems_cased"]))
    quoted = re.compile(rf"(?<![\w-])(?:{stems})[\w-]* [«\"“„](?P<name>[^\W\d_][^\"«»“”„]{{0,40}}?)[»\"”“]")
    # The noun first, the name after it in the genitive, which stays: "на Майдані Незалежності" is Майдан
    # Незалежності, "на площади Революции" площадь Революции. Capitalised, the noun opens the name.
    either = "|".join(
        sorted({re.escape(n[:1].upper() + n[1:]) for n in place["cyrillic_place_nouns"]}, reverse=True)
    )
    noun_first = re.compile(
        rf"(?<![\w-]){phrases('place', 'weak_locatives_cyrillic_cased')} (?P<noun>{nouns}|{either}) "
        rf"(?P<name>[А-ЯЁІЇЄҐ][\w'’-]+(?: [А-ЯЁІЇЄҐ][\w'’-]+)?)(?![\w-])"
    )
    return greek, street, quoted, noun_first


def sublocation_not_in_latin(text: str, lookup: PlaceLookup) -> str | None:
    """A named place in a caption in Greek or Cyrillic: "στο Σύνταγμα", "на Тверской улице" (Тверская
    улица, its nominative), "в центре «Экспофорум»". Not a town ("στην Αθήνα")."""
    if _latin_letters(text):
        return None
    greek, street, quoted, noun_first = _not_latin_places()
    for g in greek.finditer(text):
        name = g.group("name")
        if in_latin(name, lookup) is None and not lookup.classify(_latin_spelling(name)):
            return name
    if q := quoted.search(text):
        return q.group("name")
    # A seat named by its role alone: "Вид на Кремль".
    if named := next((s for s in words("place", "script_named_sites_cased") if s in text), None):
        return named
    if m := street.search(text):
        nouns = rules("place")["cyrillic_place_nouns"]
        adjective = m.group("adjective")
        endings = sorted(rules("place")["cyrillic_adjective_endings"].items(), key=lambda kv: -len(kv[0]))
        ending = next(((k, v) for k, v in endings if adjective.endswith(k)), None)
        if ending is not None:
            return f"{adjective[: -len(ending[0])]}{ending[1]} {nouns[m.group('noun')]}"
    for m in noun_first.finditer(text):
        written = m.group("noun")
        noun = rules("place")["cyrillic_place_nouns"][written.lower()]
        name = m.group("name")
        if in_latin(name.split()[0], lookup) is None:  # "в Москве": a town, no place's name
            return f"{noun[:1].upper() + noun[1:] if written[:1].isupper() else noun} {name}"
    return None


def _ending(word: str, key: str) -> str:
    table: dict[str, str] = rules("place")[key]  # type: ignore[literal-required]
    ending = _table_ending(word, key)
    return word if ending is None else word[: -len(ending)] + table[ending]


@cache
def _longest_first(key: str) -> tuple[str, ...]:
    """The endings of a place.toml table of one nominative ending each, longest first (sorted once)."""
    table: dict[str, str] = rules("place")[key]  # type: ignore[literal-required]
    return tuple(sorted(table, key=len, reverse=True))


def _table_ending(word: str, key: str) -> str | None:
    """The longest ending of the table KEY that WORD ends with."""
    return next((k for k in _longest_first(key) if word.endswith(k)), None)


@cache
def _compound_before() -> re.Pattern[str]:
    suffixes = "|".join(map(re.escape, rules("place")["facility_suffixes"]))
    # Capitalised where the caption opens with it: "De Thorbeckegracht in Zwolle, zaterdagmiddag."
    articles = alternation(
        ["der", "die", "das", "dem", "den", "de", "het", "Der", "Die", "Das", "De", "Het"], not_after=r"[\w-]"
    )
    return re.compile(
        rf"(?:{articles})\s+(?:[a-zäöüß]+\s+)?"
        rf"(?P<name>[A-ZÄÖÜ][\w-]*(?:{suffixes}))\s+(?:in|bei|te) (?=[A-Z])"
    )


def compound_before(text: str, city: str) -> str | None:
    """ "Blick auf die Reste der eingestürzten Carolabrücke in Dresden": a German or Dutch compound naming a
    place ("-brücke", "-platz", "-plein") right before "in <city>", after its article."""
    for m in _compound_before().finditer(text):
        if text.startswith(city, m.end()):
            return m.group("name")
    return None


@cache
def _region_words() -> re.Pattern[str]:
    suffixes = "|".join(map(re.escape, rules("place")["cyrillic_region_suffixes"]))
    return re.compile(rf"(?<![\w-])(?P<stem>[А-ЯЁІЇЄҐ][\w'’]+?)(?:{suffixes})(?![\w-])")


def region_not_in_latin(text: str, lookup: PlaceLookup) -> str | None:
    """A Ukrainian region named after its town ("на Харківщині": Kharkiv Oblast), or a Bulgarian one after
    its noun ("в област Смолян": Smolyan Province), as the gazetteer names it: the Latin name and "Oblast"."""
    for m in _region_words().finditer(text):
        stem = m.group("stem")
        for town in (stem, stem + "а", stem + "и"):  # Харків-щина, Полтав-щина (Полтава), Сум-щина (Суми)
            region = f"{_latin_spelling(town)} Oblast"
            if lookup.admin1(region) is not None:
                return region
    nouns = phrases("place", "cyrillic_region_nouns_cased")
    for m in re.finditer(rf"(?<![\w-]){nouns} (?P<name>{_NON_LATIN_NAME})", text):
        named = next((f"{f} Oblast" for f in _romanised(m["name"]) if lookup.admin1(f"{f} Oblast")), None)
        if named is not None:
            return named
    return _region_by_adjective(text, lookup)


@cache
def _region_adjective() -> re.Pattern[str]:
    nouns = rules("place")["cyrillic_region_adjective_nouns"]
    # The stem up to its "-ск-" or "-цк-", then the adjective's ending, then the noun.
    stem = r"(?P<stem>[А-ЯЁІЇЄҐ][\w'’-]*?[кК])[а-яіїєў]{1,3}"
    return re.compile(rf"(?<![\w-]){stem} (?P<noun>{alternation(nouns)})(?![\w-])")


def _region_right_after(text: str, end: int, lookup: PlaceLookup) -> str | None:
    """The region named by its adjective right after a town ending at END ("в Бердске Новосибирской
    области")."""
    m = _region_adjective().match(text, end + 1) if text[end : end + 1] == " " else None
    return _region_by_adjective(m.group(), lookup) if m else None


def _region_by_adjective(text: str, lookup: PlaceLookup) -> str | None:
    """A Russian, Ukrainian or Belarusian region named by its adjective, in any case ("в Амурской области":
    Амурская область, Amur Oblast; "у Харківській області", "Краснодарского края"), found by the Latin
    spelling of its nominative with the division's word, as GeoNames writes the local name
    ("Amurskaya oblast'", "Kharkivska oblast", "Krasnodarskiy kray")."""
    place = rules("place")
    cyrillic = words("place", "cyrillic_country_codes_cased")
    for m in _region_adjective().finditer(text):
        division = place["cyrillic_region_adjective_nouns"][m["noun"]]
        for ending in place["cyrillic_region_adjective_nominatives"][division]:
            found = lookup.admin1(f"{_latin_spelling(m['stem'] + ending)} {division}")
            name = getattr(found, "name", None)
            if isinstance(name, str) and getattr(found, "country_code", None) in cyrillic:
                return name
    return None
