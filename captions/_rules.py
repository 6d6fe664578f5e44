"""Reads the rule files in captions/data/ lazily, once, each checked against its schema.

Word lists and patterns live in TOML beside the code (as dateparser and pycountry keep their data), so a
desk can read and extend them without touching the parser. captions/data/RULES.md documents the format:
the kinds of entries, the case convention, and every file and key.

A schema is a TypedDict (what mypy checks the readers against) whose fields are the kinds of entries
below. A file is validated by pydantic-core against a schema built from the TypedDict, with unknown keys
forbidden and no type coerced, so a typo'd key or a wrong type fails naming the file and the key. The
core schema is built here rather than by pydantic's TypeAdapter, which spends 10 to 15 ms of the first
caption's time generating the same schema.
"""

# No `from __future__ import annotations`: the schemas are read at run time, as type objects.

import hashlib
import json
import re
import string
import sys
import threading
import tomllib
from collections.abc import Callable, Iterable, Iterator, Mapping
from functools import cache
from importlib import resources
from pathlib import Path
from typing import (
    Annotated,
    Any,
    Literal,
    NotRequired,  # pydantic reads these on Python < 3.12 too
    get_args,
    get_origin,
    overload,
)

from pydantic_core import CoreSchema, ErrorDetails, SchemaValidator, ValidationError
from typing_extensions import TypedDict

from . import _pattern_cache

__all__ = [
    "SCHEMAS",
    "CaselessPattern",
    "CaselessTriggers",
    "CaselessWords",
    "RuleFileError",
    "TriggerScanner",
    "alternation",
    "compile_all",
    "compiled",
    "phrases",
    "required_text",
    "rules",
    "scoped",
    "union",
    "validate",
    "words",
]

_lock = threading.Lock()


class RuleFileError(ValueError):
    """A rule file that does not follow its schema; the message names the file and the key."""


# --- Kinds of entries (RULES.md, "Kinds of entries") ---------------------------------------------------


class _Kind:
    """What a string entry is, and the check its text gets beyond being non-empty text."""

    __slots__ = ("check", "name")

    def __init__(self, name: str, check: Callable[[str], str] | None = None) -> None:
        self.name = name
        self.check = check


def _lower_case(value: str) -> str:
    if value != value.lower():
        raise ValueError("a trigger is looked for in the lower-cased text: write it in lower case")
    return value


_TEMPLATE_FIELDS = frozenset({"mon", "MON", "year"})


def _template(value: str) -> str:
    fields = {name for _, name, _, _ in string.Formatter().parse(value) if name is not None}
    if not fields <= _TEMPLATE_FIELDS:
        unknown = ", ".join(sorted(fields - _TEMPLATE_FIELDS))
        raise ValueError(f"a template fills {{mon}}, {{MON}} and {{year}}, not {unknown}")
    return value


Text = Annotated[str, _Kind("text")]
"""Non-empty text: a name, a label, a word of a list."""
Words = list[Text]
"""A word or phrase list: literal text, matched in any case unless the key ends in `_cased`."""
Pattern = Annotated[str, _Kind("pattern")]
"""A regular expression: case-sensitive unless it starts with `(?i)`."""
Patterns = list[Pattern]
Trigger = Annotated[str, _Kind("trigger", _lower_case)]
"""Lower-case text looked for in the lower-cased caption before the patterns of a rule are tried."""
Triggers = list[Trigger]
Template = Annotated[str, _Kind("template", _template)]
"""A pattern with {mon}, {MON} and {year} filled in by the reader; doubled braces are regex counts."""


# --- credit.toml ---------------------------------------------------------------------------------------


class Agency(TypedDict):
    name: Text
    aliases: Words
    via_is_handout: NotRequired[bool]
    partner: NotRequired[bool]
    surname_first: NotRequired[bool]
    particle_capitalised: NotRequired[bool]


class LeadMarker(TypedDict):
    pattern: Pattern
    keep: bool
    binding: NotRequired[bool]
    verify: NotRequired[bool]
    trigger: Trigger


class CreditRules(TypedDict):
    trail: Patterns
    paren_openers: Patterns
    chain_stops: Patterns
    chrome: Patterns
    handout_words: Words
    supplied_words: Words
    pool_words: Words
    handed_out_verbs: Words
    stringer_words: Words
    picture_collections: Words
    military_ranks_cased: Words
    service_tails_cased: Words
    file_words: Words
    handout_tails_cased: Words
    pool_tails_cased: Words
    handout_prefixes_cased: Words
    pool_element_words: Words
    no_stop_words_cased: Words
    strip_prefixes: Patterns
    not_name_words: Words
    news_org_words: Words
    place_paper_words: Words
    al_name_orgs: Words
    picture_service_words: Words
    paper_articles_cased: Words
    org_joiners: Words
    labels: Patterns
    byline_forms: Patterns
    agency_photo_words: Words
    genitive_labels: Words
    genitive_leads: Words
    social_media_parties: Words
    organisation_words: Words
    distributor_phrases: Patterns
    agency: list[Agency]
    home_countries: dict[str, str]  # a source's name = its country's English name
    lead: list[LeadMarker]


# --- date.toml -----------------------------------------------------------------------------------------


class DatelineRule(TypedDict):
    style: Literal["dpa", "zuma", "xinhua", "sport", "numeric", "anp"]
    pattern: Template


MonthNumber = Literal[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]


class DayStopMonth(TypedDict):
    name: Text
    without_stop: MonthNumber  # the month after a day with no stop ("11 listopada": Polish November)
    with_stop: MonthNumber  # the month after a day with a stop ("11. listopada": Croatian October)


class RelativeDay(TypedDict):
    offset: Literal[-2, -1, 0]  # days from the reference date: "today" 0, "yesterday" -1
    words: Words


class Holiday(TypedDict):
    """A holiday that names a day (date.toml [[holiday]]): a fixed one (`day`, "MM-DD"), one a number of
    days from Easter Sunday (`easter`), or the US Thanksgiving (`rule`)."""

    names: Words
    day: NotRequired[Text]  # "12-25", checked by _parse/_holiday.py
    easter: NotRequired[Literal[-46, -7, -3, -2, -1, 0, 1]]  # Ash Wednesday to Easter Monday
    rule: NotRequired[Literal["us_thanksgiving"]]


class DateRules(TypedDict):
    months: list[Words]
    month_joiners: Words
    ordinal_suffixes_cased: Words
    day_month_cues: Words
    weekday_leads: Words
    weekdays: list[Words]
    languages: Words
    month_cases: list[Words]
    day_stop_month: list[DayStopMonth]
    year_first_languages: Words
    month_first_languages: Words
    homograph_months: Words
    solar_hijri_months: Words
    solar_hijri_first_day: Words
    thai_months: list[Words]
    year_marks: Words
    standalone_weekday_languages: Words
    not_standalone_weekdays: Words
    weekday_cases: list[Words]
    weekday_adjectives: list[Words]
    weekday_ending_languages: Words
    weekday_endings: Words
    weekday_daypart_languages: Words
    weekday_dayparts: Words
    getty_dateline: Template
    closing_dateline: Template
    header_dateline: Template
    date_stamp: Template
    capture_cues: Patterns
    capture_triggers: Triggers
    not_capture_cues: Patterns
    release_cues: Patterns
    event_cues: Patterns
    released_cues: Patterns
    not_capture_triggers: Triggers
    undated: Patterns
    undated_triggers: Triggers
    month_first_credits: Patterns
    month_first_triggers: Triggers
    year_cues: Patterns
    not_year_cues: Patterns
    partial_doubt_cues: Patterns
    place_before_date: Pattern
    dateline: list[DatelineRule]
    relative_day: list[RelativeDay]
    not_relative_days: Words
    lower_relative_days_cased: Words
    holiday: list[Holiday]
    holiday_year_joiners: Words
    orthodox_words: Words
    holiday_ahead_cues: Patterns


# --- iptc.toml -----------------------------------------------------------------------------------------


class Instructions(TypedDict):
    separator: str
    with_party: str
    long_credit: str
    provenance: dict[str, str]


class ApplyFieldList(TypedDict):
    fields: list[str]


class ApplyRules(TypedDict):
    fields: dict[str, list[str]]
    never_replaced: ApplyFieldList
    added_to: ApplyFieldList
    companions: dict[str, list[str]]
    template: dict[str, str]
    exif: dict[str, str]


class KeywordLines(TypedDict):
    patterns: Patterns
    triggers: list[str]


class Titles(TypedDict):
    subject_ends: list[str]


class IptcRules(TypedDict):
    language: str
    geonames_uri: str
    properties: dict[str, str]
    location: dict[str, str]
    persons: dict[str, str]
    instructions: Instructions
    namespaces: dict[str, str]
    keywords: KeywordLines
    titles: Titles
    apply: ApplyRules


# --- people.toml ---------------------------------------------------------------------------------------


class PeopleLanguage(TypedDict):
    """A language's words beside the English ones, for a sentence written in it."""

    function_words: Words
    determiners: Words
    conjunctions: Words
    prepositions_cased: Words
    verbs_cased: Words
    contractions_cased: NotRequired[Words]
    titles: NotRequired[Words]


class PeopleRules(TypedDict):
    org_words: Words
    common_org_words: Words
    demonyms_cased: Words
    titles: Words
    title_modifiers: Words
    name_titles: Words
    position_markers: Patterns
    subject_ends_cased: Words
    subject_prepositions_cased: Words
    shown_object_cues: Patterns
    shown_with_cased: Words
    shown_subject_cues: Patterns
    mononym_verbs_cased: Words
    gerund_endings_cased: Words
    locative_endings_cased: Words
    arabic_titles: Words
    arabic_name_ends: Words
    arabic_titles_after_name: Words
    korean_titles: Words
    korean_surnames: Words
    korean_title_particles: Words
    korean_former: Words
    chinese_titles: Words
    chinese_surnames: Words
    chinese_name_stops: Words
    japanese_titles: Words
    japanese_title_modifiers: Words
    mononym_object_cues: Patterns
    person_object_cues: Patterns
    foreign_object_cues: Patterns
    foreign_object_cue_triggers: Triggers
    east_asian_surnames: Words
    particles: Words
    determiners: Words
    english_function_words: Words
    hyphen_particles_cased: Words
    age_words_cased: Words
    conjunctions: Words
    lead_in_openers: Words
    lead_in_nouns: Words
    lead_in_verbs: Words
    title_suffixes: Words
    phrase_joiners_cased: Words
    title_place_joiners_cased: Words
    marker_breaks_cased: Words
    org_connectors: Words
    label_words: Words
    not_given_names: Words
    pronouns: Words
    calendar_words: Words
    flag_words: Words
    group_nouns: Words
    team_nouns: Words
    club_initials: Words
    home_nations: Words
    supporter_nouns: Words
    place_nouns: Words
    place_words_before_names: Words
    place_words_after_names: Words
    event_openers: Words
    place_openers: Words
    kin_nouns: Words
    animal_nouns: Words
    stage_name_roles: Words
    non_person_verbs: Words
    depictions: Words
    list_cues: Patterns
    list_cue_triggers: Triggers
    beside_cues: Patterns
    language: dict[str, PeopleLanguage]


# --- place.toml ----------------------------------------------------------------------------------------


class PlaceRules(TypedDict):
    closing_street_nouns_cased: Words
    town_prepositions_cased: Words
    region_prepositions_cased: Words
    locative: Words
    lower_locatives_cased: Words
    settlement_cased: Words
    town_first_nouns: Words
    denominations_cased: Words
    heights_of_cased: Words
    landform_heads_cased: Words
    held_on_suffixes: Words
    provinces_second_level_cased: Words
    facilities_of: Words
    region: Words
    directions: Words
    compass_descriptors: Words
    competition_ends: Words
    within: Words
    facilities: Words
    facility_suffixes: Words
    facility_heads: Words
    town_named_heads: Words
    named_facility_heads: Words
    apposed_facility_heads_cased: Words
    not_facilities: Words
    named_parts: Words
    time_words: Words
    events: Words
    notes: Patterns
    note_triggers: Triggers
    control_adjectives: Pattern
    name_connectors: Words
    date_joiners: Words
    after_date_cased: Words
    leading_articles_cased: Words
    part_nouns_cased: Words
    clause_words_cased: Words
    settlement_after_name_cased: Words
    distance_qualifiers: Words
    distance_units: Words
    distance_prepositions: Words
    surroundings: Words
    surroundings_prepositions: Words
    metro_parts_cased: Words
    wild_areas: Words
    native_lands_cased: Words
    near: Words
    beside_landmarks: Words
    landmark_prepositions_cased: Words
    one_city_countries_cased: Words
    aside_openers_cased: Words
    event_lag_units_cased: Words
    gaze_verbs: Words
    place_articles_cased: Words
    not_place_openers: Words
    sublocation_determiners: Words
    sublocation_articles_cased: Words
    sublocation_stops_cased: Words
    named_for_fields_cased: Words
    proper_name_connectors_cased: Words
    head_ends_cased: Words
    english_articles: Words
    landforms: Words
    landmark_heads_of: Words
    region_heads: Words
    region_heads_articled_cased: Words
    island_heads_cased: Words
    settlement_heads_cased: Words
    region_head_connectors_cased: Words
    suburb_nouns_cased: Words
    appositive_heads_cased: Words
    part_of_town_heads_cased: Words
    demonym_endings_cased: Words
    held_territories: dict[str, str]
    boroughs: dict[str, str]  # a borough's GeoNames name = the city it is a part of
    demonym_countries: dict[str, str]  # a nationality's adjective = its country's ISO code
    outlet_homes: dict[str, str]  # a paper's or regional agency's name = the place it serves
    article_locatives: Words
    postposition_places: Patterns
    postposition_facilities: Patterns
    postposition_triggers: Triggers
    facility_verbs: Words
    facility_articled_prepositions_cased: Words
    weak_locatives_cased: Words
    no_place_leads: Patterns
    weak_locatives_not_english_cased: Words
    country_locatives_cased: Words
    compass_nouns_cased: Words
    compass_articles_cased: Words
    compass_of_cased: Words
    facility_leads_cased: Words
    city_adjective_generic_nouns: Words
    case_prepositions_cased: Words
    unread_place_prepositions_cased: Words
    rooms: Words
    rooms_of_cased: Words
    subject_town_verbs_cased: Words
    # "letter" = "reading|other": a town takes the first, a name every one; empty drops the letter (ъ, ь).
    cyrillic_latin: dict[str, str]
    case_endings: dict[str, list[str]]  # an empty nominative ending drops the case ending
    # Places in captions not in English (captions/_parse/_place/_weak.py).
    weak_locatives_cyrillic_cased: Words
    cyrillic_country_codes_cased: Words
    cyrillic_region_suffixes: Words
    locative_case_endings: dict[str, list[str]]
    slavic_locative_case_endings: dict[str, list[str]]
    bare_case_endings: dict[str, list[str]]
    city_adjective_endings: dict[str, list[str]]
    baltic_case_endings: dict[str, list[str]]
    baltic_country_codes_cased: Words
    town_adjective_endings: dict[str, list[str]]
    town_adjective_country_codes_cased: Words
    cyrillic_case_endings: dict[str, list[str]]
    ukrainian_latin: dict[str, str]
    greek_latin: dict[str, str]  # readings as in cyrillic_latin
    greek_locatives_cased: Words
    greek_place_nouns_cased: Words
    cyrillic_venue_stems_cased: Words
    # Towns and countries in scripts that are not Latin (captions/_parse/_place/_scripts.py).
    script_locatives_before_cased: Words
    script_locative_words_cased: Words
    script_locatives_after_cased: Words
    script_locative_prefixes_cased: Words
    script_prefixes_cased: Words
    script_particles_cased: Words
    script_district_endings_cased: Words
    script_not_town_after_cased: Words
    script_not_towns_cased: Words
    script_site_cues_cased: Words
    script_site_ends_cased: Words
    script_site_hangul_ends_cased: Words
    script_site_hindi_nouns_cased: Words
    script_site_arabic_heads_cased: Words
    script_site_not_before_cased: Words
    script_not_sites_cased: Words
    script_named_sites_cased: Words
    script_province_words_cased: Words
    inflected_place_nouns: dict[str, str]
    inflected_adjective_endings: dict[str, str]
    inflected_modifier_endings: dict[str, str]
    inflected_masculine_modifier_endings: dict[str, str]
    masculine_place_nouns_cased: Words
    inflected_feminine_modifier_endings: dict[str, str]
    feminine_place_nouns_cased: Words
    compound_place_endings: dict[str, str]
    postnominal_adjective_endings_cased: Words
    cyrillic_place_nouns: dict[str, str]
    cyrillic_adjective_endings: dict[str, str]


# --- provenance.toml -----------------------------------------------------------------------------------


class ProvenanceRule(TypedDict):
    kind: Text
    triggers: Triggers
    patterns: Patterns


class SourceTypeRule(TypedDict):
    term: Text
    triggers: Triggers
    patterns: Patterns
    kinds: NotRequired[Words]


class SourceTypes(TypedDict):
    base: Text
    rule: list[SourceTypeRule]


class ProvenanceRules(TypedDict):
    video_credit: Pattern
    regional: Pattern
    regional_extra: Words
    party_ends_cased: Words
    provenance: list[ProvenanceRule]
    restriction: list[ProvenanceRule]
    digital_source_type: SourceTypes


# --- text.toml -----------------------------------------------------------------------------------------


class PrefixFlag(TypedDict):
    pattern: Pattern
    kind: NotRequired[Text]


class TextRules(TypedDict):
    abbreviations_cased: Words
    chain_end_abbreviations_cased: Words
    picture_cues: Patterns
    release_sentence: Pattern
    place_date_sentence: Pattern
    tail: Patterns
    placeholder_triggers: Triggers
    placeholders: Patterns
    prefix: list[PrefixFlag]


SCHEMAS: Mapping[str, type] = {
    "credit": CreditRules,
    "date": DateRules,
    "iptc": IptcRules,
    "people": PeopleRules,
    "place": PlaceRules,
    "provenance": ProvenanceRules,
    "text": TextRules,
}
"""Every rule file in captions/data/ by stem, and its schema (style/ap.toml is a style pack: StylePack)."""


# --- Validating ----------------------------------------------------------------------------------------


@cache  # one schema per type: `Words` stands for a hundred keys
def _core(tp: Any) -> CoreSchema:
    """The pydantic-core schema of a schema type: strict, with unknown keys forbidden. Written as the
    dicts that pydantic_core.core_schema's helpers return, which cost more to call than to write."""
    origin = get_origin(tp)
    if origin is Annotated:
        base, kind = get_args(tp)[:2]
        assert base is str and isinstance(kind, _Kind), tp
        text: CoreSchema = {"type": "str", "min_length": 1, "strict": True}
        if kind.check is None:
            return text
        return {
            "type": "function-after",
            "function": {"type": "no-info", "function": kind.check},
            "schema": text,
        }
    if origin is NotRequired:
        return _core(get_args(tp)[0])
    if origin is list:
        return {"type": "list", "items_schema": _core(get_args(tp)[0]), "strict": True}
    if origin is dict:
        key, value = get_args(tp)
        return {"type": "dict", "keys_schema": _core(key), "values_schema": _core(value), "strict": True}
    if origin is Literal:
        return {"type": "literal", "expected": list(get_args(tp))}
    if tp is str:
        return {"type": "str", "strict": True}
    if tp is bool:
        return {"type": "bool", "strict": True}
    if isinstance(tp, type) and issubclass(tp, dict) and hasattr(tp, "__required_keys__"):
        required = tp.__required_keys__
        fields: dict[str, Any] = {
            key: {"type": "typed-dict-field", "schema": _core(field), "required": key in required}
            for key, field in tp.__annotations__.items()
        }
        return {"type": "typed-dict", "fields": fields, "extra_behavior": "forbid", "strict": True}
    raise TypeError(f"no schema for {tp!r}")


@cache
def _validator(name: str) -> SchemaValidator:
    return SchemaValidator(_core(SCHEMAS[name]))


def validate(name: str, data: Mapping[str, Any], where: str | None = None) -> dict[str, Any]:
    """DATA checked against the schema of rule file NAME. RuleFileError names the file (WHERE, by default
    captions/data/NAME.toml) and the key."""
    where = where or f"captions/data/{name}.toml"
    if name not in SCHEMAS:
        raise RuleFileError(f"{where}: no rule file has this name")
    try:
        checked: dict[str, Any] = _validator(name).validate_python(data)
    except ValidationError as error:
        raise RuleFileError(f"{where}: " + "; ".join(_said(e) for e in error.errors()[:5])) from None
    return checked


def _said(error: ErrorDetails) -> str:
    """ "provenance[2].patterns: Field required": where in the file, and what is wrong there."""
    key = "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in error["loc"])
    return f"{key.lstrip('.') or '(top level)'}: {error['msg']}"


@cache
def _load(name: str) -> Mapping[str, Any]:
    where = f"captions/data/{name}.toml"
    with _lock:
        text = (resources.files("captions") / "data" / f"{name}.toml").read_text(encoding="utf-8")
    cache_file = _parsed_cache_file(name, text)
    parsed = _read_parsed(cache_file)
    if parsed is not None:
        return parsed
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise RuleFileError(f"{where}: not TOML ({error})") from None
    checked = validate(name, data, where)
    _write_parsed(cache_file, checked)
    return checked


# --- The parsed rules, cached ---------------------------------------------------------------------------
# Reading the seven rule files as TOML and checking them against their schemas is some 30 to 60 ms of
# the first record's time; the JSON of what they held, once checked, reads in a few. Its name holds a
# hash of the file's text and of the module that holds the schemas, so a file or a schema that changes
# is read and checked anew; a cache that cannot be read or written (a read-only home) is no error: the
# files are read as before.


def _parsed_cache_file(name: str, text: str) -> Path:
    from gazetteer import default_cache_dir  # the gazetteer's index shares the folder

    key = hashlib.sha256(text.encode() + b"\0" + _schemas_source()).hexdigest()[:16]
    return default_cache_dir() / "rules" / f"{name}-{key}.json"


@cache
def _schemas_source() -> bytes:
    """This module's text, which holds the schemas: a schema changed makes every cached file stale."""
    try:
        return Path(__file__).read_bytes()
    except OSError:  # no file to read (a zipped package): the version stands for the schemas
        from ._version import __version__

        return __version__.encode()


def _read_parsed(path: Path) -> dict[str, Any] | None:
    try:
        parsed: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return parsed if isinstance(parsed, dict) else None


def _write_parsed(path: Path, checked: Mapping[str, Any]) -> None:
    from ._outputs import atomic_output  # only when the cache is written: its imports are heavier

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # Written beside it and renamed: a process reading it at the same time sees all of it or none.
        with atomic_output(str(path)) as stream:
            stream.write(json.dumps(checked, ensure_ascii=False))
    except OSError:
        pass


# fmt: off
@overload
def rules(name: Literal["credit"]) -> CreditRules: ...
@overload
def rules(name: Literal["date"]) -> DateRules: ...
@overload
def rules(name: Literal["iptc"]) -> IptcRules: ...
@overload
def rules(name: Literal["people"]) -> PeopleRules: ...
@overload
def rules(name: Literal["place"]) -> PlaceRules: ...
@overload
def rules(name: Literal["provenance"]) -> ProvenanceRules: ...
@overload
def rules(name: Literal["text"]) -> TextRules: ...
@overload
def rules(name: str) -> Mapping[str, Any]: ...
# fmt: on
def rules(name: str) -> Mapping[str, Any]:
    """The rule file captions/data/NAME.toml, read once and checked against its schema."""
    return _load(name)


def words(name: str, key: str) -> frozenset[str]:
    """A word list of a rule file as a set for membership tests: lower-cased (compare a lower-cased word),
    or as written when the key ends in `_cased`."""
    return _words(name, key)


@cache
def _words(name: str, key: str) -> frozenset[str]:
    items: list[str] = _load(name)[key]
    return frozenset(items) if key.endswith("_cased") else frozenset(w.lower() for w in items)


# --- Compiling -----------------------------------------------------------------------------------------


def alternation(items: Iterable[str], not_after: str = "") -> str:
    """A regex matching any of the literal phrases, the longest where several fit.

    Built as a trie ("Pre(?:mier|sident)", "Sep(?:t)?"): a plain alternation of a few hundred phrases
    makes the regex engine try every one at every position of the text; the trie tries one branch per
    character. Greedy optional tails keep the longest phrase first, as a longest-first alternation would.
    An earlier process's pattern of the same phrases is taken from the pattern cache (start-up).

    NOT_AFTER, a one-character class (r"[\\w-]"), is what may not stand right before a match: the same as
    `(?<![\\w-])(?:trie)`, but tested after each phrase's first character ("B(?<![\\w-]B)ombay"), so that
    a case-sensitive trie still opens with its first characters, to which the engine skips, rather than
    with a lookbehind tried at every character (the style pack's spellings 2.4 x faster).
    """
    words = sorted(set(items))
    # A plain trie's key is its phrases; one with NOT_AFTER says so first, where no phrase's text starts.
    key = "\0".join([f"\1{not_after}", *words]) if not_after else "\0".join(words)
    if (known := _pattern_cache.alternations.get(key)) is not None:
        return known
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    if not not_after:
        pattern = _trie_pattern(trie)
    elif "" in trie:  # an empty phrase: the lookbehind alone may match
        pattern = f"(?<!{not_after})(?:{_trie_pattern(trie)})"
    else:
        pattern = _trie_pattern(
            {f"{char}(?<!{not_after}{_escaped(char)})": child for char, child in trie.items()}, escape=False
        )
    _pattern_cache.alternations[key] = pattern
    return pattern


# re.escape of each ASCII character, looked up: a trie escapes every character of every word.
_ESCAPED = {char: re.escape(char) for char in map(chr, range(128))}


def _escaped(char: str) -> str:
    return _ESCAPED.get(char) or re.escape(char)


def _trie_pattern(node: dict[str, Any], escape: bool = True) -> str:
    """The pattern of a trie's node; ESCAPE False: its keys are written as patterns already (its children's
    keys are characters)."""
    if len(node) == 1:  # most nodes: one character, then the rest of a word
        for char, child in node.items():
            return (_escaped(char) if escape else char) + _trie_pattern(child) if char else ""
    ends = "" in node
    branches = [
        (_escaped(char) if escape else char) + _trie_pattern(child)
        for char, child in sorted(node.items())
        if char
    ]
    if not branches:  # no words at all
        return ""
    if len(branches) == 1:
        return f"(?:{branches[0]})?" if ends else branches[0]
    body = "(?:" + "|".join(branches) + ")"
    return body + "?" if ends else body


def phrases(name: str, key: str) -> str:
    """A word list of a rule file as a regex group that keeps the list's case inside any pattern:
    `(?i:...)` for a list matched in any case, `(?-i:...)` for one whose key ends in `_cased`."""
    items: list[str] = _load(name)[key]
    return f"(?{'-' if key.endswith('_cased') else ''}i:{alternation(items)})"


def scoped(pattern: str) -> str:
    """A pattern's leading flags, "(?i)...", scoped to it ("(?i:...)"), so that patterns can be joined."""
    m = re.match(r"\(\?([a-z]+)\)", pattern)
    return f"(?{m.group(1)}:{pattern[m.end() :]})" if m else pattern


def union(patterns: Iterable[str]) -> str:
    """Patterns as one alternation, each keeping its own flags: one pass over a text for all of them.

    Where every pattern opens with a word boundary, the boundary is tested once, before the alternation
    (the same matches): the engine then tries the alternatives at word starts alone, not at every
    position, which made a union of twenty cues three times faster. Where every one then opens with a
    letter, the boundary is a word's start (`\\b(?=\\w)`): the alternatives are not tried at word ends
    either, which a letter cannot follow (a union of thirty cues 40% faster).
    """
    items = list(patterns)
    rests = []
    lettered = True
    for pattern in items:
        head = _BOUNDARY_HEAD.match(pattern)
        if head is None:
            return "|".join(f"(?:{scoped(p)})" for p in items)
        rest = pattern[head.end() :]
        lettered = lettered and "x" not in (head.group(1) or "") and _opens_with_letter(rest)
        rests.append(f"(?{head.group(1)}:{rest})" if head.group(1) else rest)
    boundary = r"\b(?=\w)" if lettered else r"\b"
    return boundary + "(?:" + "|".join(f"(?:{r})" for r in rests) + ")" if rests else ""


def _opens_with_letter(pattern: str) -> bool:
    """Whether every match of PATTERN opens with a letter it writes: a letter that no quantifier makes
    optional, or a group (not a lookaround) each branch of which opens so. False where unsure."""
    if pattern[:1].isalpha():
        return pattern[1:2] not in _OPTIONAL
    head = _GROUP_HEAD.match(pattern)
    end = _group_end(pattern, head.end()) if head else None
    if head is None or end is None or pattern[end + 1 : end + 2] in _OPTIONAL:
        return False
    return all(_opens_with_letter(branch) for branch in _branches(pattern[head.end() : end]))


_OPTIONAL = ("?", "*", "{")  # after a letter or a group: it may be left out ("{0,1}")
_GROUP_HEAD = re.compile(r"\((?:\?(?:[imsx]*(?:-[imsx]+)?:|P<\w+>))?(?!\?)")


def _group_end(pattern: str, at: int) -> int | None:
    """Where the group whose text starts at AT closes; None if it does not."""
    depth = 0
    i = at
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i = _class_end(pattern, i)
        elif c == "(":
            depth += 1
        elif c == ")":
            if depth == 0:
                return i
            depth -= 1
        i += 1
    return None


def _class_end(pattern: str, at: int) -> int:
    """Where the character class opening at AT closes ("[]a]" and "[^]a]" hold their first "]")."""
    i = at + 1 + (pattern[at + 1 : at + 2] == "^")
    i += pattern[i : i + 1] == "]"
    while i < len(pattern) and pattern[i] != "]":
        i += 2 if pattern[i] == "\\" else 1
    return i


def _branches(text: str) -> list[str]:
    """The branches of a group's text, split at the "|" outside its own groups and classes."""
    out, depth, start, i = [], 0, 0, 0
    while i < len(text):
        c = text[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i = _class_end(text, i)
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            out.append(text[start:i])
            start = i + 1
        i += 1
    return [*out, text[start:]]


# A pattern's leading flags (none that change what a word boundary is: a, u, L) and its opening "\b".
_BOUNDARY_HEAD = re.compile(r"(?:\(\?([imsx]+)\))?\\b")


def compile_all(patterns: Iterable[str]) -> tuple[re.Pattern[str], ...]:
    """Patterns compiled as written: case-sensitive unless they start with (?i) (RULES.md)."""
    return tuple(re.compile(p) for p in patterns)


@cache
def compiled(pattern: str) -> re.Pattern[str]:
    """A rule's pattern compiled when first needed (its trigger first appears), then kept: start-up does
    not compile the patterns of rules most captions never trigger.

    A pattern that opens with the text's start or one of a few characters before it, `(?:^|(?<=[\\s.(]))`
    (credit.toml's leads), is compiled opening with the same test as one lookbehind, `(?<![^\\s.(])`: no
    character before, or one of those. The engine tries it at every character; one lookbehind there
    costs a third less than an alternation of two tests.
    """
    head = _START_OR_AFTER.match(pattern)
    return re.compile(f"(?<![^{head.group(1)}]){pattern[head.end() :]}" if head else pattern)


# "(?:^|(?<=[...]))" with a class that is not negated: "^" is the text's start (no flag can precede it).
_START_OR_AFTER = re.compile(r"\(\?:\^\|\(\?<=\[(?!\^)((?:\\.|[^\]\\])+)\]\)\)")


@cache
def _compiled_caseless(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


class TriggerScanner:
    """Which of a set of trigger words occur in a lower-cased text, found in one pass.

    A substring test per trigger (`t in lowered`) walks the text once for each of a hundred triggers;
    this searches for them all at once (a trie-shaped alternation, which the regex engine scans for its
    first characters in C). Triggers may overlap ("archiv", "archive"): each search resumes one character
    after the last match's start, and a match stands for every trigger that is a prefix of it, so the set
    found is the set `t in lowered` would say.
    """

    __slots__ = ("_pattern", "_prefixes")

    def __init__(self, triggers: Iterable[str]) -> None:
        items = sorted({t for t in triggers if t})
        self._pattern = re.compile(alternation(items)) if items else None
        self._prefixes = {t: frozenset(p for p in items if t.startswith(p)) for t in items}

    def occurs(self, lowered: str) -> bool:
        """Whether any of the triggers occurs in LOWERED."""
        return self._pattern is not None and self._pattern.search(lowered) is not None

    def found(self, lowered: str) -> frozenset[str]:
        """The triggers that occur in LOWERED."""
        pattern = self._pattern
        if pattern is None:
            return frozenset()
        out: set[str] = set()
        m = pattern.search(lowered)
        while m:
            out |= self._prefixes[m.group()]
            m = pattern.search(lowered, m.start() + 1)
        return frozenset(out)


class CaselessTriggers:
    """Whether a text holds any of a set of trigger phrases, in any case.

    A case-blind search (re.IGNORECASE) of their trie costs five to eight times what a case-sensitive
    search of the lower-cased text does (20 against 3 us on a caption), and finds the same: a letter of
    Latin script matches case-blind exactly the letters whose lower case it is, but for the dotless "ı"
    and the long "ſ" (which match "i" and "s") and "İ" (whose lower case is two characters). A text with
    one of those is searched case-blind, as are triggers of other scripts.
    """

    __slots__ = ("_caseless", "_lowered")

    def __init__(self, triggers: Iterable[str]) -> None:
        items = sorted({t for t in triggers if t})
        if any(t != t.lower() for t in items):
            raise ValueError(f"triggers are written in lower case: {[t for t in items if t != t.lower()]}")
        self._caseless = re.compile(alternation(items), re.IGNORECASE) if items else None
        latin = all(ord(c) < _NON_LATIN and c not in _CASE_BLIND_ODD for t in items for c in t)
        self._lowered = re.compile(alternation(items)) if items and latin else None

    def occurs(self, text: str) -> bool:
        """Whether any trigger occurs in TEXT, in any case."""
        if self._caseless is None:
            return False
        if self._lowered is not None and (text.isascii() or _CASE_BLIND_ODD_FOUND.search(text) is None):
            return self._lowered.search(text.lower()) is not None
        return self._caseless.search(text) is not None


class CaselessPattern:
    """A pattern written in lower case, matched in any case: case-sensitively in the lower-cased text where
    that finds the same (see `CaselessTriggers`), which for a trie of words with a lookbehind, tried at
    every character, costs a third to a fifth of the case-blind search. Its letters are Latin (others
    would have more cases than lower-casing gives) and it holds no case-sensitive group; else, and in a
    text with "ı", "İ" or "ſ", the pattern is matched case-blind. Lower-casing keeps every other letter one
    letter, and a word character one, so spans are the same in both texts; texts returned are the caller's.
    """

    __slots__ = ("_latin", "_source")

    def __init__(self, pattern: str) -> None:
        self._source = pattern
        self._latin = "(?-i" not in pattern and all(
            c not in _CASE_BLIND_ODD and ((c == c.lower() and ord(c) < _NON_LATIN) or c.lower() == c.upper())
            for c in set(pattern)
        )

    def _target(self, text: str) -> tuple[re.Pattern[str], str]:
        # Each compiled when first needed: most runs never need the case-blind one.
        if self._latin and (text.isascii() or _CASE_BLIND_ODD_FOUND.search(text) is None):
            return compiled(self._source), text.lower()
        return _compiled_caseless(self._source), text

    def occurs(self, text: str) -> bool:
        """Whether the pattern matches anywhere in TEXT."""
        pattern, target = self._target(text)
        return pattern.search(target) is not None

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Where the pattern matches in TEXT, as `finditer` finds them."""
        pattern, target = self._target(text)
        return [m.span() for m in pattern.finditer(target)]

    def findall(self, text: str) -> list[str]:
        """The texts the pattern matches in TEXT, as written there (a pattern without groups)."""
        return [text[start:end] for start, end in self.spans(text)]


class CaselessWords:
    """A case-blind pattern of words opening with a lookbehind (`(?<![\\w-])(?:trie)...`), with the methods of
    `re.Pattern` the readers call, searched through FINDER: the same words in lower case, searched
    case-sensitively in the lower-cased text (see `CaselessTriggers`: a case-blind trie tried at every
    character costs two to three times as much; people's titles on a caption 12.7 -> 5.2 us).

    Every match is the pattern's own, on the caller's text: where the finder matches, the pattern is
    matched there (`match`), and the search goes on one character further when it fails. The finder need
    only match wherever the pattern can; lower-casing keeps each character one character, and a letter's
    case-blind matches are its lower-cased forms, in a text whose characters are all below U+0250 and
    none of "ı", "İ", "ſ", "µ" (which the engine pairs with "i", "s" and Greek mu). Any other text is
    searched with the pattern itself. `match` and `fullmatch` are the pattern's.
    """

    __slots__ = ("_finder", "pattern")

    def __init__(self, pattern: re.Pattern[str], finder: str) -> None:
        self.pattern = pattern
        self._finder = finder  # compiled when first searched

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.pattern.match(text, pos, endpos)

    def fullmatch(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.pattern.fullmatch(text, pos, endpos)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if not text.isascii() and _NOT_LOWERED_ALIKE.search(text):
            return self.pattern.search(text, pos, endpos)
        lowered, finder, pattern = text.lower(), compiled(self._finder), self.pattern
        while (found := finder.search(lowered, pos, endpos)) is not None:
            if (m := pattern.match(text, found.start(), endpos)) is not None:
                return m
            pos = found.start() + 1
        return None

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        if not text.isascii() and _NOT_LOWERED_ALIKE.search(text):
            return self.pattern.finditer(text, pos, endpos)
        lowered, finder, pattern = text.lower(), compiled(self._finder), self.pattern
        out: list[re.Match[str]] = []
        start = pos
        while (found := finder.search(lowered, pos, endpos)) is not None:
            m = pattern.match(text, found.start(), endpos)
            if m is None:
                pos = found.start() + 1
            elif m.end() == m.start():  # an empty match: re's own rules for what may follow it
                return self.pattern.finditer(text, start, endpos)
            else:
                out.append(m)
                pos = m.end()
        return iter(out)

    def sub(self, replace: str | Callable[[re.Match[str]], str], text: str) -> str:
        """`re.Pattern.sub`: each match replaced by what REPLACE returns for it, or by template REPLACE."""
        pieces: list[str] = []
        end = 0
        # A template with no backslash is its own text: `Match.expand` would parse it at every match.
        plain = replace if isinstance(replace, str) and "\\" not in replace else None
        for m in self.finditer(text):
            if plain is not None:
                piece = plain
            else:
                piece = m.expand(replace) if isinstance(replace, str) else replace(m)
            pieces += (text[end : m.start()], piece)
            end = m.end()
        return "".join(pieces) + text[end:] if pieces else text


class SpacedOpener:
    """Patterns each of which opens with optional white space and then one fixed character (people's
    position markers: "\\s*,\\s*(?:left|right|...)", "\\s*\\((?:L|R|C)\\)"), as one (`union`), matched
    only where one of those characters stands.

    Such a pattern is tried at every character of a text (its white space may be empty) though few can
    start a match. Here it is tried at the start of the white space before each of its characters, which
    finds the same matches: from anywhere in that white space it reads on to the same character, and the
    match ends past it, so the next is looked for from there. Should one pattern open otherwise (or with
    flags that change white space), the union is searched as usual.
    """

    __slots__ = ("_compiled", "_openers", "pattern")

    def __init__(self, patterns: Iterable[str]) -> None:
        items = list(patterns)
        self.pattern = items[0] if len(items) == 1 else union(items)  # one pattern stays as written
        self._compiled = re.compile(self.pattern)
        openers = [_spaced_opener(p) for p in items]
        chars = "".join(sorted({re.escape(c) for c in openers if c}))
        self._openers = re.compile(f"[{chars}]") if items and all(openers) else None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """The matches in TEXT, as the pattern's `finditer` finds them."""
        if self._openers is None:
            yield from self._compiled.finditer(text)
            return
        pos = 0
        while opener := self._openers.search(text, pos):
            start = opener.start()
            while start > pos and text[start - 1].isspace():  # str.isspace is the engine's \s
                start -= 1
            m = self._compiled.match(text, start)
            if m is None:
                pos = opener.end()
            else:
                yield m
                pos = m.end()

    def sub(self, replacement: str, text: str) -> str:
        """TEXT with every match replaced by REPLACEMENT (plain text), as the pattern's `sub` does."""
        if "\\" in replacement:
            raise ValueError("the replacement is plain text")
        out, last = [], 0
        for m in self.finditer(text):
            out += [text[last : m.start()], replacement]
            last = m.end()
        return "".join([*out, text[last:]]) if out else text


# A pattern's opening white space and the character after it, plainly written or escaped (no letter: "\w",
# "\d" are classes) and not made optional; with a case-blind or no flag ("a", "u", "x" change "\s").
_SPACED_OPENER = re.compile(r"(?:\(\?([imsx]+)\))?\\s\*(\\[^\w\s]|[^\\.^$*+?{}\[\]|()\s])(?![?*+{])")


def _spaced_opener(pattern: str) -> str | None:
    """The character PATTERN's every match holds after its opening white space; None if unsure."""
    m = _SPACED_OPENER.match(pattern)
    if m is None or "x" in (m.group(1) or ""):
        return None
    char = m.group(2)[-1]
    return char if char.lower() == char.upper() else None  # no letter: case-blind, it has more forms


# Letters whose case-blind match is not their lower case (Python's re/_casefix.py), in Latin script, and
# where Latin script ends: Greek and Cyrillic have more such letters.
_CASE_BLIND_ODD = "ıİſ"
_CASE_BLIND_ODD_FOUND = re.compile(f"[{_CASE_BLIND_ODD}]")
# A character whose case-blind matches are not its lower-cased forms, or may not be (see `CaselessWords`).
_NOT_LOWERED_ALIKE = re.compile(f"[^\\x00-\\u024f]|[{_CASE_BLIND_ODD}µ]")
_NON_LATIN = 0x250


# What a pattern's required text may be made of: plain characters and escaped punctuation.
_PLAIN = re.compile(r"[^\\.^$*+?{}\[\]|()]|\\[^\w\s]")
_QUANTIFIER = "?*+{"


def required_text(pattern: str) -> str:
    """The text every match of PATTERN holds: the characters written plainly after its leading white space
    ("\\s*\\(zu dpa [^)]..." holds "(zu dpa "), up to the first operator; those a quantifier makes optional
    left out. Empty for a pattern with flags (case-blind, it holds the text in any case) or with an
    alternation outside a group (a match may hold the other branch)."""
    if pattern.startswith("(?") or "|" in re.sub(r"\\.|\[[^\]]*\]|\([^()]*\)", "", pattern):
        return ""
    at = len(pattern) - len(pattern.removeprefix(r"\s*"))
    out = []
    while m := _PLAIN.match(pattern, at):
        after = pattern[m.end() : m.end() + 1]
        if after and after in _QUANTIFIER:
            break
        out.append(m.group()[-1])
        at = m.end()
    return "".join(out)
