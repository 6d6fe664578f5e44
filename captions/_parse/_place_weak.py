"""Towns read on weak evidence, when no place chain places the picture: a lower-case preposition that is
also an English article or particle ("i Oslo", "v Praze", "a Venezia", "rain to Houston"), or a case
ending with no preposition at all (Finnish "Tampereella"). Only a name the gazetteer knows as a town
counts, so these never invent one."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Literal

from .._rules import phrases, rules, words
from ._names import is_given_name

if TYPE_CHECKING:
    from ._place import PlaceLookup

__all__ = [
    "WeakTown",
    "city_adjective",
    "compound_before",
    "has_weak_locative",
    "in_latin",
    "inflected_sublocation",
    "sublocation_not_in_latin",
    "weak_town",
]

_NAME = r"[A-ZÀ-Þ][\w'’-]+"
_WORD = re.compile(rf"(?<=\s){_NAME}")
_RUN_BEFORE = re.compile(rf"(?:^|(?<=\s))(?P<name>{_NAME}(?: {_NAME}){{0,2}}) $")
_BRACKETED = re.compile(r"\s*\((?P<name>[A-ZÀ-Þ][^()]{1,30})\)")


@dataclass(frozen=True)
class WeakTown:
    city: str
    parent: str | None = None  # "de Paiporta (Valencia)": the division written in brackets after it
    sublocation: str | None = None  # "ankommer Stortinget i Oslo": the name right before the preposition


@cache
def _weak_locative() -> re.Pattern[str]:
    # The name may hold its connectors ("a Torre del Greco", "w Brandenburg an der Havel", "Mas d'Enric").
    connector = phrases("place", "name_connectors")
    return re.compile(
        rf"(?<![\w'’-]){phrases('place', 'weak_locatives_cased')} "
        rf"(?P<name>{_NAME}(?:(?:(?: {connector})* | [dl]['’]){_NAME}){{0,3}})"
    )


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
        return tuple(" ".join(tokens[:i]) for i in range(len(tokens), 0, -1))
    cuts = [i for i, t in enumerate(tokens) if t.lower() in _COORDINATORS]
    return (name, *(" ".join(tokens[:i]) for i in reversed(cuts)))


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


def _locative_forms(name: str) -> tuple[str, ...]:
    """What a name right after a weak locative may stand for: "Bratislave" → "Bratislava", "Stockholms" →
    "Stockholm", besides the endings any form may have ("Praze")."""
    return (*uninflected(name), *uninflected(name, _endings_of("locative_case_endings")))


def _is_town(name: str, lookup: PlaceLookup) -> bool:
    kinds = lookup.classify(name)
    return "city" in kinds and "country" not in kinds


def _likeliest(forms: tuple[str, ...], lookup: PlaceLookup, min_population: int = 0) -> str | None:
    """The form naming the biggest town: "Brně" is Brno, not a hamlet called Brna."""
    towns = [f for f in forms if _is_town(f, lookup)]
    exact = ("exact", "alternate", "variant", "overlay")

    def size(form: str) -> int:
        return max((c.place.population for c in lookup.candidates(form) if c.how in exact), default=0)

    best = max(towns, key=size, default=None)
    return best if best is not None and (not min_population or size(best) >= min_population) else None


def _name_before(text: str, end: int) -> str | None:
    """A place's name right before a preposition, after a lower-case word: "ankommer Stortinget i Oslo",
    not "Ulf Kristersson i Stockholm" (a person) nor the sentence's first words."""
    m = _RUN_BEFORE.search(text[:end])
    if m is None or m.start() == 0:
        return None
    name = m.group("name")
    if not text[: m.start()].rstrip()[-1:].isalpha() or not text[: m.start()].rstrip()[-1:].islower():
        return None
    if any(is_given_name(w) for w in name.split()):
        return None
    last = name.split()[-1]
    stem = next(iter(uninflected(last)), None) if "-" in last else None
    return name[: len(name) - len(last)] + stem if stem else name


def has_weak_locative(text: str) -> bool:
    return _weak_locative().search(text) is not None


def _english(text: str) -> bool:
    function_words = words("people", "english_function_words")
    return sum(w.lower() in function_words for w in text.split()) >= 2


def weak_town(text: str, lookup: PlaceLookup, places: Sequence[str] = ()) -> WeakTown | None:
    """The last town a weak locative or a case ending names in `text`, if the gazetteer knows it. With
    PLACES within a town read already, not one of their names ("la Base Aérea de Zaragoza"), nor a town
    the picture is only headed to ("at Sydney Airport before the flight to Perth")."""
    english = _english(text)
    for m in reversed(list(_weak_locative().finditer(text))):
        opener = m.group().split()[0]
        if english and opener in words("place", "weak_locatives_not_english_cased"):
            continue
        if places and (opener == "to" or any(m.group("name") in p for p in places)):
            continue
        town = name = None
        for name in _shorter_runs(m.group("name")):
            town = name if _is_town(name, lookup) else _likeliest(_locative_forms(name), lookup)
            if town is not None:
                break
        if town is None or name is None:
            continue
        end = m.start("name") + len(name)
        if _region_after().match(text, end):
            continue  # "residents of Kherson region": the division, not its town
        bracket = _BRACKETED.match(text, end)
        parent = bracket.group("name") if bracket else None
        if parent and not (lookup.country(parent) or lookup.admin1(parent)):
            parent = None
        genitive = _genitive_place(text, name, end, town)
        return WeakTown(town, parent, genitive or _name_before(text, m.start()))
    if not _latin_letters(text) and (found := _town_not_in_latin(text, lookup)):
        return found
    for m in reversed(list(_WORD.finditer(text))):
        # Finnish puts the case on the name and no preposition before it: "Tampere-talossa Tampereella". A
        # word that names a place itself is no case form ("Odessa" is not "Ode" in Finnish).
        town = _likeliest(uninflected(m.group()), lookup)
        if town is not None and not any(m.group() in p for p in places) and not lookup.classify(m.group()):
            return WeakTown(town, None, _name_before(text, m.start()))
    for m in reversed(list(_WORD.finditer(text)) if not english else ()):
        # Hungarian too, with endings other words have as well: only a big town ("Budapesten"), and only a
        # word that is no place's name itself ("Aachen", not "Aach").
        forms = uninflected(m.group(), _endings_of("bare_case_endings"))
        town = _likeliest(forms, lookup, _BARE_MIN_POPULATION) if forms else None
        after_given_name = any(is_given_name(w) for w in text[: m.start()].split()[-1:])  # "Joe Biden"
        in_place = any(m.group() in p for p in places)
        if town is not None and not after_given_name and not in_place and not lookup.classify(m.group()):
            return WeakTown(town)
    return None


_ADJECTIVE_PLACE = re.compile(r"^(?P<adjective>[A-ZÄÖÜ][a-zäöüß]+er) (?P<place>[A-ZÄÖÜ][\w-]+(?: [\w-]+)?)$")


def city_adjective(phrase: str, lookup: PlaceLookup) -> tuple[str, str] | None:
    """ "Wiener Hofburg" → ("Wien", "Hofburg"), "Kölner Dom" → ("Köln", "Kölner Dom"): German names a place
    with its town's adjective before it."""
    m = _ADJECTIVE_PLACE.match(phrase)
    if m is None or lookup.classify(phrase):
        return None
    forms = uninflected(m.group("adjective"), _endings_of("city_adjective_endings"), min_stem=2)
    town = _likeliest(forms, lookup, _BARE_MIN_POPULATION)
    if town is None:
        return None
    generic = m.group("place").lower() in words("place", "city_adjective_generic_nouns")
    return town, phrase if generic else m.group("place")  # "Kölner Dom"; "Wiener Hofburg" is the Hofburg


# A town read from a case ending with no preposition before it: big enough that a capitalised word so
# spelt is likelier the town than a name that happens to end so.
_BARE_MIN_POPULATION = 100_000
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
    return re.compile(
        rf"(?<![\w-]){phrases('place', 'weak_locatives_cyrillic_cased')} (?P<name>{_NON_LATIN_NAME})"
    )


_NON_LATIN_NAME = r"[А-ЯЁІЇЄҐΑ-ΩΆ-Ώ][\w'’-]+"
_NON_LATIN_WORD = re.compile(rf"(?<![\w-]){_NON_LATIN_NAME}")


def _town_not_in_latin(text: str, lookup: PlaceLookup) -> WeakTown | None:
    """A town in Cyrillic or Greek: after a preposition ("в Москве", "у Києві"), else a big town in
    another case ("районі Києва"), found by its Latin spelling."""
    for m in reversed(list(_cyrillic_locative().finditer(text))):
        town = _likeliest(_romanised(m.group("name")), lookup)
        if town is not None:
            return WeakTown(town)
    for m in reversed(list(_NON_LATIN_WORD.finditer(text))):
        if m.start() == 0:
            continue  # the sentence's first word: capitalised as such
        town = _likeliest(_romanised(m.group()), lookup, _BARE_MIN_POPULATION)
        if town is not None:
            return WeakTown(town)
    return None


def _latin_letters(text: str) -> bool:
    return not re.search(r"[А-яЁёІіЇїЄєҐґΑ-Ωα-ωΆ-ώ]", text)


def _first_readings(key: Literal["cyrillic_latin", "greek_latin"]) -> dict[str, str]:
    """A letter table of place.toml, each letter's first reading: the others are for names (_names.py)."""
    return {letter: latin.split("|")[0] for letter, latin in rules("place")[key].items()}


@cache
def _cyrillic() -> dict[int, str]:
    table = _first_readings("cyrillic_latin")
    return {ord(k): v for k, v in table.items()} | {ord(k.upper()): v.title() for k, v in table.items()}


@cache
def _ukrainian() -> dict[int, str]:
    table = rules("place")["ukrainian_latin"]
    upper = {ord(k.upper()): v.title() for k, v in table.items()}
    return _cyrillic() | {ord(k): v for k, v in table.items()} | upper


@cache
def _greek() -> tuple[re.Pattern[str], dict[str, str]]:
    table = _first_readings("greek_latin")
    keys = sorted(table, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, keys))), dict(table)


def _latin_spelling(name: str) -> str:
    """A Cyrillic or Greek name in the Latin letters GeoNames gives it: "Москва" → "Moskva", "Київ" →
    "Kyiv", "Αθήνα" → "Athina"."""
    if re.search(r"[Α-Ωα-ωΆ-ώ]", name):
        # Accents dropped first ("ή" is "η"), then the letters, two-letter spellings first ("ου").
        bare = "".join(c for c in unicodedata.normalize("NFD", name.lower()) if not unicodedata.combining(c))
        pattern, table = _greek()
        latin = pattern.sub(lambda m: table[m.group()], bare)
        return latin[:1].upper() + latin[1:]
    ukrainian = re.search(r"[ІіЇїЄєҐґ]", name) is not None
    return name.translate(_ukrainian() if ukrainian else _cyrillic())


def _romanised(word: str) -> tuple[str, ...]:
    """The Latin spellings of the nominatives a Cyrillic or Greek word may be a form of."""
    forms = (word, *uninflected(word, _endings_of("cyrillic_case_endings"), min_stem=2))  # "Києва": Київ
    return tuple(dict.fromkeys(_latin_spelling(f) for f in forms))


def in_latin(name: str, lookup: PlaceLookup) -> str | None:
    """A town written in Cyrillic or Greek, in the Latin letters the gazetteer knows it by: "Москва" →
    "Moskva", "Αθήνα" → "Athina"."""
    latin = _latin_spelling(name)
    if latin == name or not _is_town(latin, lookup):
        return None
    return latin


@cache
def _not_latin_places() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    place = rules("place")
    greek_name = r"[Α-ΩΆ-Ώ][\w-]+"
    greek = re.compile(
        rf"(?<![\w-]){phrases('place', 'greek_locatives_cased')} "
        rf"(?P<name>{greek_name}(?: {greek_name}){{0,2}})"
    )
    nouns = "|".join(map(re.escape, sorted(place["cyrillic_place_nouns"], key=len, reverse=True)))
    street = re.compile(
        rf"(?<![\w-]){phrases('place', 'weak_locatives_cyrillic_cased')} (?P<adjective>[А-ЯЁІЇЄҐ][\w-]+) "
        rf"(?P<noun>{nouns})(?![\w-])"
    )
    stems = "|".join(map(re.escape, place["cyrillic_venue_stems_cased"]))
    quoted = re.compile(rf"(?<![\w-])(?:{stems})[\w-]* [«\"“„](?P<name>[^\W\d_][^\"«»“”„]{{0,40}}?)[»\"”“]")
    return greek, street, quoted


def sublocation_not_in_latin(text: str, lookup: PlaceLookup) -> str | None:
    """A named place in a caption in Greek or Cyrillic: "στο Σύνταγμα", "на Тверской улице" (Тверская
    улица, its nominative), "в центре «Экспофорум»". Not a town ("στην Αθήνα")."""
    if _latin_letters(text):
        return None
    greek, street, quoted = _not_latin_places()
    for g in greek.finditer(text):
        name = g.group("name")
        if in_latin(name, lookup) is None and not lookup.classify(_latin_spelling(name)):
            return name
    if q := quoted.search(text):
        return q.group("name")
    if m := street.search(text):
        nouns = rules("place")["cyrillic_place_nouns"]
        adjective = m.group("adjective")
        endings = sorted(rules("place")["cyrillic_adjective_endings"].items(), key=lambda kv: -len(kv[0]))
        ending = next(((k, v) for k, v in endings if adjective.endswith(k)), None)
        if ending is not None:
            return f"{adjective[: -len(ending[0])]}{ending[1]} {nouns[m.group('noun')]}"
    return None


@cache
def _inflected_nouns() -> re.Pattern[str]:
    nouns = sorted(rules("place")["inflected_place_nouns"], key=len, reverse=True)
    name = r"[A-ZÀ-ÞĀ-Žа-я][\w'’-]+"
    closing = "|".join(map(re.escape, nouns))
    opening = "|".join(re.escape(n) for n in nouns if n[:1].isupper())
    return re.compile(
        rf"(?<![\w-])(?:(?P<modifier>{name}) (?P<closing>{closing})"
        rf"|(?P<opening>{opening}) (?P<adjective>{name}))(?![\w-])"
    )


def _ending(word: str, key: str) -> str:
    table: dict[str, str] = rules("place")[key]  # type: ignore[literal-required]
    ending = next((k for k in sorted(table, key=len, reverse=True) if word.endswith(k)), None)
    return word if ending is None else word[: -len(ending)] + table[ending]


def inflected_sublocation(text: str) -> str | None:
    """A named place in a town whose noun is in another case, given in the nominative: "na Rynku Głównym"
    is Rynek Główny, "na Markovu trgu" Markov trg, "a Kossuth téren" Kossuth tér."""
    m = _inflected_nouns().search(text)
    if m is None:
        return None
    nouns = rules("place")["inflected_place_nouns"]
    if m.group("opening"):
        return f"{nouns[m.group('opening')]} {_ending(m.group('adjective'), 'inflected_adjective_endings')}"
    return f"{_ending(m.group('modifier'), 'inflected_modifier_endings')} {nouns[m.group('closing')]}"


@cache
def _compound_before() -> re.Pattern[str]:
    suffixes = "|".join(map(re.escape, rules("place")["facility_suffixes"]))
    return re.compile(
        rf"(?<![\w-])(?:der|die|das|dem|den|de|het)\s+(?:[a-zäöüß]+\s+)?"
        rf"(?P<name>[A-ZÄÖÜ][\w-]*(?:{suffixes}))\s+(?:in|bei|te) (?=[A-Z])"
    )


def compound_before(text: str, city: str) -> str | None:
    """ "Blick auf die Reste der eingestürzten Carolabrücke in Dresden": a German or Dutch compound naming a
    place ("-brücke", "-platz", "-plein") right before "in <city>", after its article."""
    for m in _compound_before().finditer(text):
        if text.startswith(city, m.end()):
            return m.group("name")
    return None
