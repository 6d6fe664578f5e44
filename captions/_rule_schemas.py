"""The schemas of the rule files in captions/data/: the kinds of entries, and a TypedDict a file.

Each TypedDict is what mypy checks a reader against, and what `_rules.py` builds the file's validator
from; captions/data/RULES.md documents every kind, file and key. Split from `_rules.py`, which reads and
checks the files, caches what they hold and answers `rules()`, `words()` and `phrases()`.
"""

# No `from __future__ import annotations`: the schemas are read at run time, as type objects.

import string
from collections.abc import Callable, Mapping
from typing import (
    Annotated,
    Literal,
    NotRequired,  # pydantic reads these on Python < 3.12 too
)

from typing_extensions import TypedDict

__all__ = [
    "SCHEMAS",
    "CreditRules",
    "DateRules",
    "IptcRules",
    "PeopleRules",
    "PlaceRules",
    "ProvenanceRule",
    "ProvenanceRules",
    "SourceTypeRule",
    "TextRules",
]

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
    contributors_only: NotRequired[bool]


class LeadMarker(TypedDict):
    pattern: Pattern
    keep: bool
    binding: NotRequired[bool]
    verify: NotRequired[bool]
    trigger: Trigger


class CreditRules(TypedDict):
    trail: Patterns
    adjectival_surname_endings_cased: Words
    paren_openers: Patterns
    chain_stops: Patterns
    credit_dates: Patterns
    chrome: Patterns
    handout_words: Words
    supplied_words: Words
    closing_name_languages: Words
    pool_words: Words
    handed_out_verbs: Words
    stringer_words: Words
    reproduction_words: Words
    spelled_letters: Words
    picture_collections: Words
    military_ranks_cased: Words
    service_tails_cased: Words
    desk_code: Pattern
    file_words: Words
    supplied_labels: Words
    handout_tails_cased: Words
    provided_tails_cased: Words
    pool_tails_cased: Words
    handout_prefixes_cased: Words
    archive_prefixes_cased: Words
    courtesy_prefixes_cased: Words
    pool_element_words: Words
    pool_library_words: Words
    no_stop_words_cased: Words
    strip_prefixes: Patterns
    not_name_words: Words
    news_org_words: Words
    paper_compound_words: Words
    paper_lead_words: Words
    paper_labels: Words
    place_paper_words: Words
    demonym_paper_endings: Words
    body_tail_words: Words
    al_name_orgs: Words
    picture_service_words: Words
    picture_service_coined_words: Words
    picture_studio_words: Words
    paper_articles_cased: Words
    org_joiners: Words
    labels: Patterns
    byline_forms: Patterns
    agency_photo_words: Words
    genitive_labels: Words
    genitive_leads: Words
    social_media_parties: Words
    organisation_words: Words
    organisation_phrase_leads: Words
    script_paper_words: Words
    paper_names_cased: Words
    press_office_tails: Words
    distributor_phrases: Patterns
    agency: list[Agency]
    home_countries: dict[str, str]  # a source's name = its country's English name
    language_home_countries: dict[str, dict[str, str]]  # a source's name = {a language code = its country}
    page_label_homes: dict[str, str]  # a news site's label printed with its picture = its home country
    usage_homes: dict[str, str]  # a local page's usage of one country only = that country
    usage_countries: dict[str, list[str]]  # usage several countries share, not North America's = their codes
    lead: list[LeadMarker]


# --- date.toml -----------------------------------------------------------------------------------------


class DatelineRule(TypedDict):
    style: Literal["dpa", "zuma", "xinhua", "sport", "numeric", "anp", "script", "local"]
    pattern: Template


MonthNumber = Literal[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]


class JapaneseEra(TypedDict):
    name: Text
    first_year: int  # the Gregorian year of the era's first year ("令和元年" is 2019)


class DayStopMonth(TypedDict):
    name: Text
    without_stop: MonthNumber  # the month after a day with no stop ("11 listopada": Polish November)
    with_stop: MonthNumber  # the month after a day with a stop ("11. listopada": Croatian October)


class RelativeDay(TypedDict):
    offset: Literal[-2, -1, 0]  # days from the reference date: "today" 0, "yesterday" -1
    words: Words


class Holiday(TypedDict):
    """A holiday that names a day (date.toml [[holiday]]): a fixed one (`day`, "MM-DD"), one a number of
    days from Easter Sunday (`easter`), or one of a weekday of November (`rule`): the US Thanksgiving, the
    day after it (Black Friday), Britain's Remembrance Sunday."""

    names: Words
    day: NotRequired[Text]  # "12-25", checked by _parse/_holiday.py
    easter: NotRequired[Literal[-46, -7, -3, -2, -1, 0, 1]]  # Ash Wednesday to Easter Monday
    rule: NotRequired[Literal["us_thanksgiving", "us_black_friday", "uk_remembrance_sunday"]]


class HijriFeast(TypedDict):
    """A feast of the Hijri calendar (date.toml [[hijri_feast]]): its month (1-12), its first day, its
    names."""

    month: int
    day: int
    names: Words


class DateRules(TypedDict):
    roman_months_cased: Words
    months: list[Words]
    month_joiners: Words
    ordinal_suffixes_cased: Words
    day_month_cues: Words
    weekday_leads: Words
    weekdays: list[Words]
    languages: Words
    relative_day_languages: Words
    month_cases: list[Words]
    month_year_cases: list[Words]
    day_stop_month: list[DayStopMonth]
    year_first_languages: Words
    month_first_languages: Words
    homograph_months: Words
    solar_hijri_months: Words
    solar_hijri_first_day: Words
    thai_months: list[Words]
    khmer_months: Words
    burmese_months: Words
    mongolian_month_words: Words
    mongolian_year_words: Words
    year_marks: Words
    japanese_eras: list[JapaneseEra]
    hijri_months: list[Words]
    hijri_year_marks_cased: Words
    umm_al_qura_sources_cased: Words
    umm_al_qura_sighted_months: list[int]
    hijri_feast: list[HijriFeast]
    hijri_feast_first_day: Patterns
    ethiopian_months: list[Words]
    hebrew_months: list[Words]
    ethiopian_day_words: Words
    ethiopian_year_marks_cased: Words
    standalone_weekday_languages: Words
    not_standalone_weekdays: Words
    weekday_cases: list[Words]
    weekday_adjectives: list[Words]
    weekday_ending_languages: Words
    weekday_endings: Words
    weekday_daypart_languages: Words
    weekday_dayparts: Words
    weekday_noun_languages: Words
    weekday_nouns: Words
    weekday_lead_languages: Words
    weekday_lead_words: Words
    bracketed_weekday_languages: Words
    weekday_rite_nouns: Words
    getty_dateline: Template
    closing_dateline: Template
    header_dateline: Template
    date_stamp: Template
    date_after_credit: Template
    capture_cues: Patterns
    capture_after_cues: Patterns
    capture_triggers: Triggers
    not_capture_cues: Patterns
    release_cues: Patterns
    event_cues: Patterns
    clause_cues: Patterns
    attribute_before: Pattern
    attribute_after: Pattern
    released_cues: Patterns
    not_capture_triggers: Triggers
    undated: Patterns
    undated_triggers: Triggers
    month_first_credits: Patterns
    month_first_triggers: Triggers
    year_cues: Patterns
    year_after_cues: Patterns
    reissue_headers: Patterns
    portrait_year_cues: Patterns
    alt_text_labels: Patterns
    evening_event_after: Patterns
    event_possessive_before: Patterns
    event_possessive_after: Patterns
    weekday_future_cues: Patterns
    not_year_cues: Patterns
    partial_doubt_cues: Patterns
    day_after_cues: Patterns
    place_before_date: Pattern
    dateline: list[DatelineRule]
    relative_day: list[RelativeDay]
    unspaced_relative_day: list[RelativeDay]
    unspaced_relative_day_not_before: Words
    unspaced_weekdays: list[Words]
    unspaced_weekday_not_after: Words
    not_relative_days: Words
    lower_relative_days_cased: Words
    clause_end_relative_days: Words
    current_month_marks: Words
    archive_marks_cased: Words
    holiday: list[Holiday]
    holiday_year_joiners: Words
    holiday_time_prepositions: Words
    named_days: Words
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
    particle_prepositions_cased: NotRequired[Words]
    titles: NotRequired[Words]


class PeopleRules(TypedDict):
    org_words: Words
    common_org_words: Words
    portfolio_words: Words
    demonyms_cased: Words
    titles: Words
    title_modifiers: Words
    name_titles: Words
    west_african_given_names: Words
    irish_given_names: Words
    role_name_titles: Words
    surname_titles_cased: Words
    article_titles_cased: Words
    position_markers: Patterns
    italian_position_markers: Patterns
    german_position_markers: Patterns
    held_picture_words: Words
    picture_of_nouns: Words
    rank_corps_cased: Words
    depicted_after_name: Patterns
    picture_of_prepositions: Words
    fixture_joiners: Words
    club_articles_cased: Words
    club_prepositions_cased: Words
    club_particles_cased: Words
    club_particles_one_place_cased: Words
    name_conjunctions_cased: Words
    joined_surnames_cased: Words
    eponymous_brands: Words
    subject_ends_cased: Words
    subject_prepositions_cased: Words
    shown_object_cues: Patterns
    shown_with_cased: Words
    shown_subject_cues: Patterns
    mononym_verbs_cased: Words
    gerund_endings_cased: Words
    locative_endings_cased: Words
    soviet_surname_endings_cased: Words
    arabic_titles: Words
    arabic_name_ends: Words
    arabic_titles_after_name: Words
    arabic_roles_after_name: Words
    korean_titles: Words
    korean_surnames: Words
    korean_title_particles: Words
    korean_former: Words
    korean_glued_titles: Words
    korean_body_endings: Words
    korean_position_markers: Words
    chinese_titles: Words
    chinese_surnames: Words
    chinese_name_stops: Words
    japanese_titles: Words
    japanese_title_modifiers: Words
    japanese_body_endings: Words
    japanese_surnames: Words
    japanese_place_endings: Words
    cyrillic_instrumental_languages: Words
    turkish_possessed_titles: Words
    turkish_honorifics: Words
    turkish_name_particles: Words
    turkish_accusative_endings: Words
    czech_accusative_titles: Words
    czech_accusative_name_endings: Words
    west_slavic_with_cased: Words
    west_slavic_instrumental_titles: Words
    west_slavic_instrumental_name_endings: Words
    polish_genitive_titles: Words
    polish_genitive_name_endings: Words
    cyrillic_name_stops: Words
    cyrillic_indeclinable_endings: Words
    cyrillic_instrumental_titles: dict[str, str]
    cyrillic_instrumental_endings: dict[str, str]
    japanese_country_abbreviations: Words
    hebrew_titles: Words
    hebrew_name_stops: Words
    hebrew_title_modifiers: Words
    hebrew_picture_words: Words
    hebrew_long_name_words: Words
    hindi_titles: Words
    hindi_name_stops: Words
    hindi_title_modifiers: Words
    hindi_picture_words: Words
    hindi_long_name_words: Words
    urdu_titles: Words
    urdu_name_stops: Words
    urdu_title_modifiers: Words
    urdu_picture_words: Words
    urdu_long_name_words: Words
    ethiopic_titles: Words
    ethiopic_name_stops: Words
    ethiopic_title_modifiers: Words
    ethiopic_picture_words: Words
    ethiopic_long_name_words: Words
    thai_honorifics: Words
    thai_honorific_words: Words
    thai_roles_after_name: Words
    persian_titles_after_name: Words
    persian_name_starts: Words
    arabic_title_modifiers: Words
    arabic_picture_words: Words
    mononym_object_cues: Patterns
    person_object_cues: Patterns
    foreign_object_cues: Patterns
    foreign_object_cue_triggers: Triggers
    east_asian_surnames: Words
    pinyin_surnames: Words
    pinyin_ing_syllables: Words
    arabic_name_joiners: Words
    namesake_heads_cased: Words
    character_cues: Words
    surname_org_words: Words
    burmese_name_syllables: Words
    particles: Words
    surname_articles: Words
    lower_case_particles_cased: Words
    given_name_articles_cased: Words
    compound_given_heads_cased: Words
    sikh_surnames_cased: Words
    demonym_surnames_cased: Words
    determiners: Words
    english_function_words: Words
    hyphen_particles_cased: Words
    age_words_cased: Words
    conjunctions: Words
    lead_in_openers: Words
    lead_in_nouns: Words
    lead_in_verbs: Words
    lead_in_object_particles_cased: Words
    lead_in_particle_verbs: Words
    title_suffixes: Words
    phrase_joiners_cased: Words
    title_place_joiners_cased: Words
    marker_breaks_cased: Words
    org_connectors: Words
    label_words: Words
    not_given_names: Words
    pronouns: Words
    calendar_words: Words
    rite_weekdays: Words
    title_articles: Words
    flag_words: Words
    group_nouns: Words
    team_nouns: Words
    club_initials: Words
    home_nations: Words
    supporter_nouns: Words
    place_nouns: Words
    craft_nouns: Words
    vessel_after_names: Words
    team_openers: Words
    group_openers: Words
    plural_articles_cased: Words
    assembly_openers_cased: Words
    regional_office_titles: Words
    region_words: Words
    place_words_before_names: Words
    place_words_after_names: Words
    event_ends: Words
    event_openers: Words
    place_openers: Words
    ship_prefixes: Words
    kin_nouns: Words
    naming_words: Words
    kin_possessives: Words
    kin_age_words: Words
    kin_absent_before: Words
    kin_absent_after: Words
    animal_nouns: Words
    vessel_nouns: Words
    stage_name_roles: Words
    titled_stage_names_cased: Words
    obituary_heads_cased: Words
    person_passives: Words
    side_then_event_words: Words
    non_person_verbs: Words
    depictions: Words
    list_cues: Patterns
    list_cue_triggers: Triggers
    placed_predicates_cased: Words
    beside_cues: Patterns
    language: dict[str, PeopleLanguage]


# --- place.toml ----------------------------------------------------------------------------------------


class PlaceRules(TypedDict):
    closing_street_nouns_cased: Words
    town_prepositions_cased: Words
    region_prepositions_cased: Words
    town_state_prepositions_cased: Words
    state_prepositions_cased: Words
    locative: Words
    locative_verbs: Words
    lower_locatives_cased: Words
    lower_only_locatives_cased: Words
    locatives_before_name: Words
    opponent_before_locatives: Words
    idioms_with_locatives_cased: Words
    settlement_cased: Words
    town_first_nouns: Words
    denominations_cased: Words
    heights_of_cased: Words
    waters_of_cased: Words
    monument_heads: Words
    monument_heads_first: Words
    german_within_leads_cased: Words
    german_within_parts_cased: Words
    left_from_heads: Words
    landform_heads_cased: Words
    landform_name_heads_cased: Words
    nordic_definite_places_cased: Words
    nordic_place_prepositions_cased: Words
    nordic_apposed_endings_cased: Words
    object_place_verbs_cased: Words
    crowd_verbs_articled_cased: Words
    seen_subject_heads_cased: Words
    head_holders_cased: Words
    articles_after_crowd_verbs_cased: Words
    crowd_name_closers_cased: Words
    course_nouns_cased: Words
    course_adjectives_cased: Words
    town_added_heads: Words
    national_adjectives_cased: Words
    town_landmark_adjectives_cased: Words
    between_words_cased: Words
    between_ands_cased: Words
    event_suffixes: Words
    coming_event_openers_cased: Words
    weather_lag_openers_cased: Words
    spread_prepositions_cased: Words
    venue_describing_nouns_cased: Words
    parts_of_genitive_cased: Words
    site_parts_of_cased: Words
    landform_name_heads_of_cased: Words
    landform_name_suffixes: Words
    landform_name_ends_cased: Words
    held_on_suffixes: Words
    provinces_second_level_cased: Words
    facilities_of: Words
    facilities_of_romance_cased: Words
    facility_of_leads_cased: Words
    lone_name_heads_cased: Words
    name_heads_lower_cased: Words
    region: Words
    districts_of_states: Words
    district_town_country_codes_cased: Words
    county_province_country_codes_cased: Words
    county_regions_cased: Words
    capital_locatives_cased: Words
    national_capital_qualifiers_cased: Words
    directions: Words
    compass_descriptors: Words
    competition_ends: Words
    within: Words
    within_before_av_cased: Words
    facilities: Words
    facility_suffixes: Words
    town_like_facility_suffixes: Words
    name_compounds_lower_second: Words
    facility_heads: Words
    town_named_heads: Words
    town_after_heads: Words
    named_facility_heads: Words
    street_via_heads_cased: Words
    street_via_prepositions_cased: Words
    apposed_facility_heads_cased: Words
    not_facilities: Words
    place_name_titles: Words
    named_parts: Words
    describing_words: Words
    time_words: Words
    time_word_endings: Words
    events: Words
    event_heads: Words
    romance_of: Words
    notes: Patterns
    note_triggers: Triggers
    control_adjectives: Pattern
    name_connectors: Words
    town_river_joiners: Words
    particle_clause_starts: Words
    death_verbs: Words
    past_time_after: Words
    date_joiners: Words
    after_date_cased: Words
    after_date_building_cased: Words
    leading_articles_cased: Words
    elided_articles_cased: Words
    part_nouns_cased: Words
    clause_words_cased: Words
    settlement_after_name_cased: Words
    distance_qualifiers: Words
    distance_units: Words
    distance_prepositions: Words
    relative_compass_articles_cased: Words
    file_photo_headers_cased: Words
    script_site_persian_heads_cased: Words
    surroundings: Words
    surroundings_prepositions: Words
    metro_parts_cased: Words
    wild_areas: Words
    sea_features: Words
    native_lands_cased: Words
    event_or_venue_nouns_cased: Words
    congress_heads_cased: Words
    town_event_nouns_cased: Words
    town_event_names_cased: Words
    town_view_nouns_cased: Words
    town_site_nouns_cased: Words
    own_town_nouns_cased: Words
    own_town_heads_cased: Words
    own_town_article_nouns_cased: Words
    own_town_club_heads_cased: Words
    own_town_possessed_nouns_cased: Words
    own_town_unpossessed_events_cased: Words
    own_town_openers_cased: Words
    day_event_openers_cased: Words
    day_event_stop_words_cased: Words
    own_town_titles_cased: Words
    own_town_noun_modifiers_cased: Words
    own_town_team_nouns_cased: Words
    own_town_team_words_cased: Words
    own_town_opponent_words_cased: Words
    town_part_names_cased: Words
    performance_events: Words
    river_heads_cased: Words
    river_articles_cased: Words
    town_service_nouns_cased: Words
    native_land_heads_cased: Words
    near: Words
    former_name_openers: Words
    containing_asides: Words
    weak_before_near_cased: Words
    compass_compound_prefixes_cased: Words
    vantage_phrases: Words
    weather_nouns_cased: Words
    weather_strike_verbs_cased: Words
    departure_verbs_cased: Words
    distance_round_numbers_cased: Words
    departure_prepositions_cased: Words
    departure_object_verbs_cased: Words
    arrival_verbs_cased: Words
    town_council_nouns_cased: Words
    german_settlement_nouns_cased: Words
    beside_landmarks: Words
    spanning_landmarks: Words
    landmark_prepositions_cased: Words
    one_city_countries_cased: Words
    city_state_towns_cased: Words
    aside_openers_cased: Words
    relative_openers_cased: Words
    border_side_openers_cased: Words
    event_lag_units_cased: Words
    gaze_verbs: Words
    noun_determiners: Words
    place_articles_cased: Words
    not_place_openers: Words
    media_platforms_cased: Words
    sublocation_determiners: Words
    sublocation_articles_cased: Words
    sublocation_stops_cased: Words
    times_of_day_cased: Words
    named_for_fields_cased: Words
    proper_name_connectors_cased: Words
    head_ends_cased: Words
    english_articles: Words
    landforms: Words
    ranges_with_the_cased: Words
    landmark_heads_of: Words
    region_heads: Words
    division_before_name_heads: Words
    town_part_heads: Words
    cbd_countries_cased: Words
    region_heads_articled_cased: Words
    island_heads_cased: Words
    body_town_phrases_cased: Words
    island_parent_heads_cased: Words
    town_places_before_van_cased: Words
    settlement_heads_cased: Words
    region_head_connectors_cased: Words
    suburb_nouns_cased: Words
    town_district_nouns_cased: Words
    arrival_prepositions_cased: Words
    appositive_heads_cased: Words
    part_of_town_heads_cased: Words
    demonym_endings_cased: Words
    paper_title_nouns_cased: Words
    paper_title_fillers_cased: Words
    division_phrase_prepositions_cased: Words
    division_phrase_nouns_cased: Words
    held_territories: dict[str, str]
    home_divisions_abroad: dict[str, str]  # an agency's country's ISO code = a division abroad at home
    boroughs: dict[str, str]  # a borough's GeoNames name = the city it is a part of
    demonym_countries: dict[str, str]  # a nationality's adjective = its country's ISO code
    outlet_homes: dict[str, str]  # a paper's or regional agency's name = the place it serves
    outlet_towns: dict[str, int]  # a town's paper, site or broadcaster = its home town's GeoNames id
    article_locatives: Words
    postposition_places: Patterns
    postposition_facilities: Patterns
    postposition_triggers: Triggers
    facility_verbs: Words
    facility_articled_prepositions_cased: Words
    elided_articled_prepositions_cased: Words
    town_of_prepositions_cased: Words
    town_name_connectors_cased: Words
    weak_locatives_cased: Words
    no_place_leads: Patterns
    weak_locatives_not_english_cased: Words
    country_locatives_cased: Words
    compass_nouns_cased: Words
    compass_articles_cased: Words
    compass_of_cased: Words
    facility_leads_cased: Words
    site_owner_words: Words
    head_adjectives_cased: Words
    settlement_nouns_of_cased: Words
    town_adjective_road_nouns: Words
    city_adjective_generic_nouns: Words
    case_prepositions_cased: Words
    unread_place_prepositions_cased: Words
    nordic_division_nouns_cased: Words
    rooms: Words
    rooms_of_cased: Words
    shown_verbs_cased: Words
    landmark_stance_verbs_cased: Words
    building_stance_verbs_cased: Words
    landmark_object_verbs_cased: Words
    landmark_object_followers_cased: Words
    name_conjunctions_cased: Words
    feast_modifiers_cased: Words
    state_buildings_cased: Words
    subject_town_verbs_cased: Words
    # "letter" = "reading|other": a town takes the first, a name every one; empty drops the letter (ъ, ь).
    cyrillic_latin: dict[str, str]
    case_endings: dict[str, list[str]]  # an empty nominative ending drops the case ending
    language_countries: dict[str, list[str]]  # a page's language = the countries it is written at home in
    state_abbreviations_cased: dict[str, str]  # a Mexican state's abbreviation in a dateline = its name
    # Places in captions not in English (captions/_parse/_place/_weak.py).
    weak_locatives_cyrillic_cased: Words
    cyrillic_country_codes_cased: Words
    cyrillic_neighbour_country_codes_cased: Words
    cyrillic_region_suffixes: Words
    cyrillic_region_nouns_cased: Words
    locative_case_endings: dict[str, list[str]]
    initial_mutations: dict[str, list[str]]  # "yng Ngh" = ["C"]: Welsh "yng Nghaernarfon" is Caernarfon
    slavic_locative_case_endings: dict[str, list[str]]
    script_in_endings: dict[str, list[str]]
    script_provinces: dict[str, list[str]]
    slavic_locative_adjective_endings: dict[str, list[str]]
    bare_case_endings: dict[str, list[str]]
    city_adjective_endings: dict[str, list[str]]
    baltic_case_endings: dict[str, list[str]]
    baltic_country_codes_cased: Words
    town_owned_place_nouns_cased: Words
    town_adjective_endings: dict[str, list[str]]
    town_adjective_country_codes_cased: Words
    town_adjective_stems: dict[str, str]
    town_adjective_service_nouns: Words
    town_named_station_nouns: Words
    town_adjective_plural_endings: dict[str, str]
    cyrillic_town_service_adjective_endings: dict[str, list[str]]
    dutch_town_adjective_endings: dict[str, list[str]]
    town_nouns_of_cased: Words
    irish_county_prefixes_cased: Words
    street_name_nouns_cased: Words
    street_name_abbreviations_cased: Words
    northern_irish_counties_cased: Words
    dutch_town_adjective_country_codes_cased: Words
    dutch_city_adjective_generic_nouns: Words
    nordic_town_place_nouns: Words
    nordic_country_codes_cased: Words
    case_country_codes_cased: Words
    cyrillic_case_endings: dict[str, list[str]]
    cyrillic_town_adjective_endings: dict[str, list[str]]
    cyrillic_region_adjective_nouns: dict[str, str]
    cyrillic_plural_case_endings: dict[str, list[str]]
    cyrillic_region_adjective_nominatives: dict[str, list[str]]
    greek_town_part_nouns_cased: Words
    cyrillic_town_part_nouns_cased: Words
    script_town_part_nouns_cased: Words
    ukrainian_latin: dict[str, str]
    serbian_latin: dict[str, str]
    greek_latin: dict[str, str]  # readings as in cyrillic_latin
    greek_locatives_cased: Words
    greek_country_codes_cased: Words
    greek_place_nouns_cased: Words
    cyrillic_venue_stems_cased: Words
    # Towns and countries in scripts that are not Latin (captions/_parse/_place/_scripts.py).
    script_locatives_before_cased: Words
    script_unspaced_part_nouns_cased: Words
    script_locative_words_cased: Words
    script_on_cased: Words
    script_weather_nouns_cased: Words
    script_locatives_after_cased: Words
    script_locative_prefixes_cased: Words
    script_prefixes_cased: Words
    script_named_after_heads_cased: Words
    script_particles_cased: Words
    script_town_name_endings_cased: Words
    script_district_endings_cased: Words
    script_district_particles_cased: Words
    script_town_site_endings_cased: Words
    script_not_town_after_cased: Words
    script_division_endings_cased: Words
    script_country_city_suffixes_cased: Words
    script_not_towns_cased: Words
    script_capital_nouns_cased: Words
    script_settlement_nouns_cased: Words
    script_compass_words_cased: Words
    script_compass_parts_cased: Words
    script_of_cased: Words
    script_glued_of_cased: Words
    script_site_cues_cased: Words
    script_site_ends_cased: Words
    script_site_hangul_ends_cased: Words
    script_site_hindi_nouns_cased: Words
    script_site_hindi_of_cased: Words
    script_site_arabic_heads_cased: Words
    script_site_arabic_stops_cased: Words
    script_site_hebrew_heads_cased: Words
    script_site_hebrew_stops_cased: Words
    script_site_not_before_cased: Words
    script_not_sites_cased: Words
    script_named_sites_cased: Words
    script_province_words_cased: Words
    inflected_place_nouns: dict[str, str]
    inflected_adjective_endings: dict[str, str]
    inflected_modifier_endings: dict[str, str]
    inflected_masculine_modifier_endings: dict[str, str]
    genitive_postpositions_cased: Words
    masculine_place_nouns_cased: Words
    inflected_feminine_modifier_endings: dict[str, str]
    feminine_place_nouns_cased: Words
    german_feminine_dative_articles_cased: Words
    german_masculine_dative_articles_cased: Words
    german_neuter_place_noun_endings: Words
    german_en_noun_endings: Words
    german_genitive_articles_cased: Words
    bare_name_locatives_cased: Words
    bare_name_connectors_cased: Words
    object_before_town_leads_cased: Words
    described_name_leads_cased: Words
    passed_not_places_cased: Words
    bare_name_not_places_cased: Words
    german_common_buildings_genitive_cased: Words
    german_genitive_prepositions_cased: Words
    german_genitive_noun_endings: dict[str, str]
    dutch_article_locatives: Words
    dutch_article_prepositions: Words
    article_contractions_cased: dict[str, str]  # French "du" = the article of a town it contracts: "Le"
    genitive_modifier_endings_cased: Words
    polish_one_word_place_endings: dict[str, str]
    apposed_venue_nouns_cased: Words
    compound_place_endings: dict[str, str]
    compound_genitive_endings: dict[str, str]
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
    settlement_abbreviations_cased: Words
    settlement_prepositions_cased: Words
    chain_end_abbreviations_cased: Words
    ordinal_nouns_cased: Words
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
