"""The words of place phrases: the vocabulary of data/place.toml compiled, and the word-level tests the
place reader (captions/_parse/_place/) builds its chains from: is a text a place name, where does a place
phrase end, may a phrase after a preposition be a place."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from ..._gated import lowered_finder
from ..._regex import CaselessWords, alternation, compile_all
from ..._rules import phrases, rules, words
from .._names import is_given_name, is_place_name, possessive_place_owners

_CLOSING_QUOTES = frozenset('”"»')
_ORDINAL_DAY = re.compile(r"^\d{1,2}(?:st|nd|rd|th)$")
_ABBREVIATION = re.compile(r"^(?:[A-Z]\.){1,3}(?:[A-Z][a-z]{0,3}\.)?$|^[A-Z][a-z]{1,4}\.$")
_WORD = re.compile(r"[^\s,]+")
# An Arabic article in lower case joined to a word of a name: "Khan el-Khalili", "Jemaa el-Fna".
ARABIC_ARTICLE = r"(?:al|el|ad|ash|as|at|az|ar|an)-"
# A place's number closing its name: "Fire Station No. 4", "Pier 39" (no year: "Station 2026" is none).
_NUMBER_DIGITS = 3
_NUMBER_SIGNS = frozenset({"No.", "No", "Nr.", "Number"})

_POSSESSIVE = re.compile(r"^(?P<owner>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})['’]s (?P<rest>.+)$")


# Pure (rule files and the big places' names only; a match is immutable): the chain, the head and the venue
# readers ask it of the same phrase two and three times a caption.
@lru_cache(maxsize=4096)
def _possessive(text: str) -> re.Match[str] | None:
    """ "Kenya's Gatundu", "China's Jilin province": an owner and a place in it. Not "St. Peter's Square",
    "St. Paul's Cathedral" or "Guy's Hospital": one capitalised place noun after the owner makes a name."""
    m = _POSSESSIVE.match(text)
    if m is None:
        return None
    rest = m.group("rest").split()
    if len(rest) == 1 and rest[0][:1].isupper() and rest[0].lower() in _lower_words("facilities"):
        return None
    if m.group("owner").lower() in possessive_place_owners() and is_place_name(
        f"{m.group('owner')}'s {rest[0].strip(',.')}"
    ):
        return None  # "Cox's Bazar": a town's name, no owner's
    return m


# A US legislator's party and state after the name: "D-Ill.", "R-Texas", "I-Vt.", "D-N.Y.".
_PARTY_STATE = re.compile(r"^[DRI]-[A-Z][\w.]*(?: [A-Z][\w.]*)?$")
# "Deir al-Balah", "Cortina d'Ampezzo", Dutch "'s-Hertogenbosch" (the old genitive article glued on).
_ARTICLE_GLUED = re.compile(r"^(?:[a-z]{1,3}-|[dl]['’]|['’]s-)[A-ZÀ-Þ]")
# French "of" elided, no given name's article: "Val d'Isère" is a place, though "Val" is a given name.
_ELIDED_ARTICLE = re.compile(r"^l['’](?=[A-ZÀ-Þ])")  # French "l'Assemblée"
_ELIDED_LOWER = re.compile(r"^l['’](?=[a-zà-ÿ])")  # "l'usine Renault de Flins": before a noun in lower case
_ELIDED_OF = re.compile(r"^d['’][A-ZÀ-Þ]")
# A facility's name going on after its noun with "of" and two to four capitalised words: "Louisiana Museum of
# Modern Art" (one word after "of" is as often its town: "the Grand Mosque of Paris").
_OF_NAME = r"(?: of (?:[A-Z][\w'’-]+ ){1,3}[A-Z][\w'’-]+)?"
_CAPITAL_OF = re.compile(r"^(?:the )?capital of (?P<country>.+)$", re.IGNORECASE)
# "the Paris suburb of Saint-Denis" is Saint-Denis, near Paris (but "the Bronx borough of New York" is in
# New York).
# "en Madrid (España)": a parenthesised country closes a Spanish or Italian chain.
_PAREN_PARENT = re.compile(r"\s*\(([A-ZÀ-Þ][^()]{1,40})\)\s*$")


@dataclass(frozen=True)
class _Vocab:
    locative: CaselessWords
    directions: re.Pattern[str]
    region_suffix: re.Pattern[str]
    settlement_of: re.Pattern[str]
    settlement_suffix: re.Pattern[str]
    facility_of: re.Pattern[str]
    within_of: re.Pattern[str]
    named_within_of: re.Pattern[str]
    bare_within_of: re.Pattern[str]
    relative: re.Pattern[str]
    metro_part: re.Pattern[str]  # "in Melbourne's south-east": the town (group metro) locates the one before
    named_land: re.Pattern[str]  # "in the Florida Keys": a named land (group land) after a town and its state
    native_land: re.Pattern[str]  # "on the Navajo Nation": the land (group land) locates the town before
    near: re.Pattern[str]
    notes: tuple[re.Pattern[str], ...]
    control: re.Pattern[str]
    facility_name: re.Pattern[str]
    facility_at: re.Pattern[str]
    facility_word: re.Pattern[str]
    verbs: re.Pattern[str]
    trailing_joiner: re.Pattern[str]
    suburb_of: re.Pattern[str]
    appositive: re.Pattern[str]
    part_of_town: re.Pattern[str]
    event_lag: re.Pattern[str]
    region_head: re.Pattern[str]
    island_parent: re.Pattern[str]
    settlement_head: re.Pattern[str]
    after_date: re.Pattern[str]
    article: re.Pattern[str]
    part_of: re.Pattern[str]
    clause: re.Pattern[str]
    place_article: re.Pattern[str]
    sublocation_front: re.Pattern[str]
    sublocation_cut: re.Pattern[str]
    time_of_day_tail: re.Pattern[str]
    named_for: re.Pattern[str]
    dedicated_to: re.Pattern[str]
    proper_tail: re.Pattern[str]
    head_end: re.Pattern[str]
    articled: re.Pattern[str]


@cache
def _vocab() -> _Vocab:
    data = rules("place")

    def w(key: str) -> str:  # a list of place.toml as a regex group in its case
        return phrases("place", key)

    romance_of = f"(?-i:{w('facilities_of_romance_cased')})"
    # Shapes (RULES.md): a direction before a name only in lower case, as written ("eastern Ukraine" has a
    # descriptor, "North Korea" and "West Bank" do not); a `within` noun after a name only in lower case
    # ("the Little Havana neighborhood of Miami"); a facility closing a name in Title Case.
    direction = alternation(data["directions"])
    directions = rf"(?:{direction})(?:-(?:{direction}))*"
    within = alternation(data["within"])
    settlement = w("settlement_cased")
    facilities = alternation(f.title() for f in data["facilities"])
    # German "am" only before a place in a city ("am Potsdamer Platz", "am Kurfürstendamm"), not in
    # "Frankfurt am Main".
    # "am Kölner Dom" too: a town's adjective, then a noun it names a place with.
    # "am Schloss Bellevue": a place's noun written before its name.
    am = (
        rf"(?-i:am)(?=\s+(?:\S+\s+)?\S*{w('facility_suffixes')}\b"
        rf"|\s+[A-ZÄÖÜ]\w*er\s+(?i:{w('city_adjective_generic_nouns')})\b"
        rf"|\s+(?=[A-ZÄÖÜ])(?i:{w('named_facility_heads')})\s+(?-i:[A-ZÄÖÜ]))"
    )
    # Filipino "sa" (in) in lower case, or capitalised where it opens the text ("Sa Maynila, ..."); inside
    # it, "Sa" opens a name ("phường Sa Pa").
    lower = alternation([*data["lower_locatives_cased"], *data["lower_only_locatives_cased"]])
    opening = alternation(x.capitalize() for x in data["lower_locatives_cased"])
    # A weak locative before a division word that takes its name right after it: "în județul Brașov".
    weak = rf"(?-i:{w('weak_locatives_cased')})(?=\s+{w('region_heads_articled_cased')}\s)"
    # "Center for the Performing Arts": "for", then a capitalised run closed by a field, runs on in a name.
    named_for = (
        rf"for\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+(?:and\s+|&\s+)?){{0,3}}{w('named_for_fields_cased')}\b"
    )
    # A memorial's noun capitalised as the first word of its name: "the Monument to ...".
    monuments = alternation(m.title() for m in data["monument_heads"])
    sites = alternation(f.title() for f in data["facilities"] if " " not in f)
    verbs = rf"(?<!\bla )(?<!\ble )(?<!\bthe )(?:{w('locative_verbs')})"  # "la tour Eiffel" is a tower
    before_name = rf"(?:{w('locatives_before_name')})(?=\s+(?-i:[A-ZÀ-Þ]))"
    # "shows the damaged port of Beirut", "al porto di Genova": a word that is no locative of its own, before
    # a port named after its town.
    port_lead = (
        rf"(?-i:{w('facility_of_leads_cased')})(?=\s+(?-i:the\s+(?:[a-z][a-z-]*\s+){{0,2}})?"
        rf"{w('facilities_of')}\s+(?-i:of|{w('facilities_of_romance_cased')})\s+(?-i:[A-ZÀ-Þ]))"
    )
    # "face à la Norvège": the opponent of a match, not a place (one lookbehind a word: each of fixed width);
    # still a place before a noun in lower case, "face à la mairie de Lyon" (facing the town hall).
    not_opponent = "".join(rf"(?<!\b{re.escape(x)}\s)" for x in data["opponent_before_locatives"])
    article = r"(?:(?:la|le|les)\s+|l['’])"
    noun = r"(?-i:[a-zà-ÿ])"
    not_opponent = rf"(?:{not_opponent}|(?=\w+\s+(?:(?!{article}){noun}|{article}{noun})))"
    # "en vue de la Fête": an idiom's first word before its locative (one lookbehind a word, fixed width).
    idiom_pairs = (x.split(" ", 1) for x in data["idioms_with_locatives_cased"])
    not_idiom = "".join(rf"(?!(?<=\b{re.escape(a)}\s)(?-i:{re.escape(b)})\b)" for a, b in idiom_pairs)
    locative = (
        rf"(?<![\w-])(?:{not_idiom}{not_opponent}(?:{w('locative')})|{verbs}|(?-i:{lower}|^{opening})|{am}|{weak}|{before_name}|{port_lead})"
        rf"\s+(?=\S)"
    )
    return _Vocab(
        # Tried only where one of the words its matches open with stands, found in the lower-cased text
        # (`CaselessWords`): a case-blind alternation tried at every character costs more.
        locative=CaselessWords(re.compile(locative, re.IGNORECASE), lowered_finder(locative)),
        directions=re.compile(rf"^(?:{directions}\s+)+"),
        # Opening with the white space (the word before it looked at after it), so that the engine skips to
        # white space rather than trying every character.
        region_suffix=re.compile(rf"\s(?<=\S\s)\s*{w('region')}$"),
        settlement_of=re.compile(
            rf"^(?:(?P<owner>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){{0,3}})['’]s\s+)?(?:the\s+)?"
            # "the Blue Mountains town of Katoomba": a name of two or three words before the noun is one name.
            rf"(?:(?P<modifier>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){{0,2}})\s+)?"
            rf"(?:(?:{directions}|[\w-]+)\s+){{0,2}}?{settlement} of "
            rf"(?P<city>[A-Z].*)$"
        ),
        settlement_suffix=re.compile(rf"^(?P<city>[A-Z].*?) {w('settlement_after_name_cased')}$"),
        # "the port of Hamburg", "au port de Casablanca", "no porto de Santos": Romance "de" before a
        # capital only ("port de pêche" is a kind of port), or elided ("au port d'Agadir"). Up to two words in
        # lower case before the noun say what state it is in ("the damaged port of Beirut", "the busy port of
        # Piraeus"): no part of its name.
        facility_of=re.compile(
            rf"^(?:(?-i:[a-z][a-z-]*) ){{0,2}}?(?P<facility>{w('facilities_of')}) "
            rf"(?:of |{romance_of} (?=(?-i:[A-ZÀ-Þ]))|d['’](?=(?-i:[A-ZÀ-Þ])))(?P<city>[A-ZÀ-Þ].*)$",
            re.IGNORECASE,
        ),
        within_of=re.compile(
            rf"^(?:the\s+)?{w('within')} (?:of|van|von) (?:the )?(?P<city>[A-Z].*)$", re.IGNORECASE
        ),
        # "Morigaon district of the northeastern Indian state of Assam": the state, described, after "of".
        named_within_of=re.compile(
            rf"^(?:the\s+)?(?P<sub>[A-Z].*?) (?:{within}) of (?:{division_described()}\s+)?(?P<city>[A-Z].*)$"
        ),
        bare_within_of=re.compile(
            # "north of downtown Houston": a part of the town said by a direction word, the town named.
            rf"\b(?:(?:{within})s?|(?:{settlement})) (?:of|van|von) (?:the )?(?:(?-i:downtown|central) )?"
            rf"(?P<city>[A-Z][^,]*)$"
            rf"|\b{w('within_before_av_cased')} av (?P<town>[A-Z][^,]*)$"
            # "op de boulevard van Scheveningen", "am Strand von Binz": a place of the town, the town named.
            rf"|\b(?-i:{w('town_places_before_van_cased')}) (?:van|von) (?P<place_town>[A-Z][^,]*)$"
        ),
        relative=re.compile(
            rf"^(?:{w('distance_qualifiers')}\s+)?"
            rf"(?:\d[\d.,]*\s*{w('distance_units')}\s+)?"
            # The distance converted in brackets: "25 kilometers (15 miles) west of Goma".
            rf"(?:\(\d[\d.,]*\s*{w('distance_units')}\)\s+)?"
            rf"(?:{directions}\s+)?{w('distance_prepositions')}\s+"
            rf"|^(?:{w('surroundings_prepositions')} )?(?:the )?{w('surroundings')} of "
            rf"|^(?-i:{w('relative_compass_articles_cased')} {w('compass_nouns_cased')} "
            rf"{w('compass_of_cased')})\s+",
            re.IGNORECASE,
        ),
        # Its preposition may be left out, the part in apposition: "on Dahiyeh, Beirut's southern suburbs".
        metro_part=re.compile(
            rf"^(?:(?i:{w('surroundings_prepositions')}) )?(?:the )?"
            rf"(?P<metro>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){{0,2}})['’]s "
            rf"(?:{directions} )?{w('metro_parts_cased')}$"
        ),
        named_land=re.compile(r"^in the (?P<land>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})$"),
        native_land=re.compile(
            rf"^(?i:on|in) (?:the )?(?P<land>(?:[A-Z][\w.'’-]*\s){{1,4}}{w('native_lands_cased')})$"
        ),
        # A word may end elided, its town glued on: "près d'Orléans".
        near=re.compile(rf"^{w('near')}(?:\s+|(?<=['’]))"),
        notes=compile_all(data["notes"]),
        control=re.compile(data["control_adjectives"]),
        # What both patterns below need: a facility word after a space. Unlike them it opens with a
        # character class, so the engine skips to the spaces; most captions have no such word.
        facility_word=re.compile(rf"\s(?:{facilities})\b"),
        # A name's words may open with a short abbreviation: "St. Peter's Basilica", "Mt. Sinai Hospital".
        facility_name=re.compile(
            rf"(?<![\w.])(?P<name>(?:[A-Z][a-z]?\.\s+)?(?:[A-Z][\w'’-]+\s+){{1,4}}(?:{facilities}){_OF_NAME})\b"
        ),
        # Any locative, in any language: "Weihnachtsmarkt am Potsdamer Platz", "work on Bourbon Street";
        # Malay and Indonesian "di" too, before a name closed by its place word ("di Axiata Arena, Bukit
        # Jalil"), where Italian's "di" (of) stands before a town's name.
        facility_at=re.compile(
            rf"(?<![\w-])(?:(?-i:{w('locative')}|{lower})|am|di|{w('facility_verbs')}"
            # "all'Inalpi Arena": an elided article is joined to the name with no space.
            rf"|{w('facility_articled_prepositions_cased')})(?:(?<=['’])| )"
            rf"(?:{w('leading_articles_cased')} )?"
            rf"(?P<name>(?:[A-Z][a-z]?\.\s+)?(?:[A-Z][\w'’-]+\s+){{1,4}}(?:{facilities}){_OF_NAME})\b"
        ),
        # Not after an article, where the word is a noun: "la tour Eiffel", "the play".
        verbs=re.compile(rf"(?<!\bla)(?<!\ble)(?<!\bthe)\s{phrases('people', 'subject_ends_cased')}(?=\s|$)"),
        # Shutterstock puts a dash before the date: "outside the city hall, Tokyo, Japan - 2 July 2026".
        trailing_joiner=re.compile(rf"(?:\s+[–—-])?[\s,]*(?:(?<![\w'’]){w('date_joiners')}\s*)?[\s,]*$"),
        # "the Paris suburb of Saint-Denis" is Saint-Denis, near Paris (but "the Bronx borough of New York" is
        # in New York).
        suburb_of=re.compile(
            rf"^(?P<near>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){{0,2}}) {w('suburb_nouns_cased')} of "
            rf"(?P<city>[A-Z].*)$"
        ),
        # A description after the place: "the summer capital of Indian Kashmir", "a city in East China's
        # Jiangsu Province".
        # A distance or a bearing may come before: "a village 60 km south of Bukavu".
        appositive=re.compile(
            rf"^{w('english_articles')}\s+(?:[a-z][\w-]*\s+){{0,2}}{w('appositive_heads_cased')}\s+"
            r"(?:(?:some |about |around |roughly )?\d+(?:[.,]\d+)?\s*"
            r"(?:km|kms|kilomet(?:er|re)s?|mi|miles?)\s+)?"
            r"(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+)?(?:of|in)\s+"
            rf"(?:the\s+)?(?P<place>[A-Z].*)$"
            # A count of the region's places the one before is among: "in Barnsley, one of 11 in South
            # Yorkshire to close", "in Kendal, one of four across Cumbria": the region only locates the town.
            r"|^one of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:in|across)\s+(?:the\s+)?"
            r"(?P<counted>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)"
        ),
        # What opens a description of a part of the town named next: "a waterfront community in".
        # "in Rocinha, one of Brazil's largest favelas, in Rio de Janeiro" too.
        part_of_town=re.compile(
            rf"^(?:{w('english_articles')}|one of (?:[A-Z][\w'’-]*\s+){{0,2}}[A-Z][\w-]*['’]s?)\s+"
            rf"(?:[a-z][\w-]*\s+){{0,2}}{w('part_of_town_heads_cased')}s?\s+$"
        ),
        # "days after a fire in ...", "weeks since the floods in ...", "ahead of their fight at ...": another
        # event, told after the place.
        event_lag=re.compile(
            rf"^(?:(?:a|an|one|two|three|four|five|six|seven|several|few|\d+)\s+)?{w('event_lag_units_cased')}"
            rf"\s+(?:after|since|before)\s|^{w('coming_event_openers_cased')}\s"
            # "following heavy rain across the West Midlands": weather over a wider area than the place.
            rf"|^{w('weather_lag_openers_cased')}\s+(?:[a-z][\w-]*\s+){{1,4}}{w('spread_prepositions_cased')}\s"
        ),
        # A country's adjective may stand before the division word: "the eastern Indian state of Bihar" (the
        # direction is stripped before), "the Mexican state of Jalisco".
        # French elides its "de" and article before a vowel: "l'État de l'Uttar Pradesh", "province d'Idlib".
        region_head=re.compile(
            rf"^(?:{phrases('people', 'demonyms_cased')}\s+)?"
            rf"(?:(?:{w('region_heads')}|{w('island_heads_cased')})"
            rf"(?:\s+{w('region_head_connectors_cased')}\s+|\s+(?:de\s+l|d)['’](?=[A-ZÀ-Þ]))"
            rf"|{w('region_heads_articled_cased')}\s+)(?P<name>[A-ZÀ-ÞĐ].*)$"
        ),
        island_parent=re.compile(
            rf"^(?:l['’])?(?:[A-Z][\w-]*\s+){{0,3}}(?:{w('island_heads_cased')}|{w('island_parent_heads_cased')})"
            rf"\s+(?:{w('region_head_connectors_cased')}\s+|d['’])?(?P<name>[A-ZÀ-Þ].*)$"
        ),
        settlement_head=re.compile(
            # An adjective may stand between the noun and its "de": "la ciudad fronteriza de Tijuana".
            rf"^{w('settlement_heads_cased')}\s+(?:(?:[a-zà-öø-ÿ]+\s+)?{w('region_head_connectors_cased')}\s+)?"
            r"(?P<city>[A-ZÀ-ÞĐ].*)$"
        ),
        after_date=re.compile(rf"{w('after_date_cased')}\s"),
        article=re.compile(
            rf"^(?:{w('leading_articles_cased')}\s+|{w('elided_articles_cased')}(?=[A-ZÀ-Þ]))"
        ),
        part_of=re.compile(rf"^(?:the\s+)?{w('part_nouns_cased')} of\s+"),
        # A colon ends a place phrase too: "Hochwasser in Passau: Blick auf die Altstadt".
        clause=re.compile(rf"\s{w('clause_words_cased')}\s|:\s"),
        place_article=re.compile(rf"^{w('place_articles_cased')}\s+\S"),
        sublocation_front=re.compile(
            rf"^(?:{w('sublocation_determiners')}|{w('sublocation_articles_cased')})\s+"
        ),
        # A participle before an article opens a clause about the place: "a bench overlooking the river".
        sublocation_cut=re.compile(
            rf"\s+(?:(?!{named_for}){w('sublocation_stops_cased')}|[a-z]{{2,}}ing(?=\s+{w('english_articles')}\s))\s+"
        ),
        # "a pool at dawn", "la plage au coucher du soleil": the hour a picture is made closes the place.
        time_of_day_tail=re.compile(rf"\s+{w('times_of_day_cased')}(?:\s.*)?$"),
        named_for=re.compile(named_for),
        # "the Monument to Stephen the Great": a memorial's noun opening the name, "to" and whom it honours;
        # "Gardens by the Bay": a place's noun opening the name, "by the" and the water it lies by (not "the
        # Lincoln Memorial to the Capitol": the noun does not open it).
        dedicated_to=re.compile(
            rf"(?:{w('sublocation_determiners')}\s+)?(?:(?P<noun>{monuments})\s+to\s+(?:the\s+)?"
            rf"|(?P<site>{sites})\s+by\s+the\s+)(?=[A-Z])"
        ),
        # "snow-covered Taksim Square": a proper name at the end of the phrase, which keeps no adjectives.
        # A word of a name may hold an ampersand: "the Gore A&P Showgrounds", "the AT&T Center".
        proper_tail=re.compile(
            rf"(?:^|(?<=\s))((?:[{_NAME_CAPITALS}][\w'’.&-]*)(?:\s+(?:[{_NAME_CAPITALS}][\w'’.&-]*|\d{{1,2}}(?:st|nd|rd|th)|"
            rf"{w('proper_name_connectors_cased')}))*)$"
        ),
        head_end=re.compile(rf"\s+{w('head_ends_cased')}\s+"),
        articled=re.compile(rf"{w('english_articles')} "),
    )


# The capitals a Latin name may open with, past ASCII too: "Çalış Plajı", "İztuzu Plajı", "Łazienki Park"
# (Latin Extended alternates capitals and small letters, so the class lists them one by one).
_NAME_CAPITALS = "A-ZÀ-ÖØ-Þ" + "".join(re.escape(chr(c)) for c in range(0x100, 0x250) if chr(c).isupper())


def _connectors() -> frozenset[str]:
    """Connectors inside a place name ("Castellon de la Plana", "Newcastle upon Tyne")."""
    return words("place", "name_connectors")


def _lower_words(key: str) -> frozenset[str]:
    return words("place", key)


@cache
def _facility_suffixes() -> tuple[str, ...]:
    return (*_lower_words("facility_suffixes"), *_lower_words("town_like_facility_suffixes"))


_JOINER_GAPS = ",–—-"  # what the trailing joiner matches besides white space and the joiner word


@cache
def _longest_joiner() -> int:
    return max(len(joiner) for joiner in rules("place")["date_joiners"])


@cache
def _joiner_reach() -> re.Pattern[str]:
    """What `_cut_trailing_joiner` may remove, read backwards: a character loop over the text's end was
    some 90 interpreted lines a caption."""
    gap = f"[\\s{re.escape(_JOINER_GAPS)}]"
    return re.compile(f"(?:{gap}*[^\\s{re.escape(_JOINER_GAPS)}]){{0,{_longest_joiner()}}}{gap}*")


def _cut_trailing_joiner(text: str) -> str:
    """TEXT without what joins it to a date after it: "in Kyiv on" is "in Kyiv" (`trailing_joiner`).

    The same as ``trailing_joiner.sub("", text)``, searched from where a match can start: what it removes
    is white space, commas and dashes around one joiner word, so it starts no further back than the
    longest joiner's letters. Tried at every character instead, the pattern cost a caption 30 µs or more.
    """
    # Read on the text reversed, from its end: the gaps, and up to the longest joiner's count of other
    # characters with the gaps after each (white space as "\s" reads it, which is `str.isspace`).
    reach = _joiner_reach().match(text[::-1])  # it matches every text, the empty one too
    start = len(text) - (reach.end() if reach else 0)
    pattern = _vocab().trailing_joiner
    m = pattern.search(text, start)  # the lookbehind still sees the text before START
    if m is None or m.end() != len(text):
        return pattern.sub("", text)  # "$" before a closing newline: leave it to `sub`
    return text[: m.start()]


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
    text = _vocab().part_of.sub("", _vocab().article.sub("", text))
    d = vocab.directions.match(text)
    if d:
        return text[d.end() :], d.group().strip()
    return text, None


@cache
def _time_word_endings() -> tuple[str, ...]:
    return tuple(_lower_words("time_word_endings"))


def _time_compound(word: str) -> bool:
    """Whether a word is a compound naming a time, the weather or the light ("Koningsdag", "Abendlicht")."""
    low = word.lower()
    endings = _time_word_endings()
    # One `endswith` of them all first: most words end in none.
    return low.endswith(endings) and any(low.endswith(end) and len(low) > len(end) + 2 for end in endings)


@cache
def _capital_locatives() -> frozenset[str]:
    """The one-word locatives as a caption in capitals writes them ("IN", "AT", "NEAR"): no part of a name."""
    return frozenset(w.upper() for w in rules("place")["locative"] if " " not in w)


@lru_cache(maxsize=8192)
def _is_placey(text: str) -> bool:
    """Whether a segment is nothing but a place name ("Luhansk region", "Calif.", "U.S.")."""
    if _PARTY_STATE.match(text):  # "Sen. Dick Durbin, D-Ill.": a party and a state, of a person
        return False
    text, _ = _strip_front(text)
    text = region_name(_vocab().region_suffix.sub("", text))
    m = _CAPITAL_OF.match(text) or _possessive(text)
    if m:
        text, _ = _strip_front(m.group(m.lastgroup or 0))
    tokens = _WORD.findall(text)
    if not tokens or len(tokens) > 6 or not (tokens[0][:1].isupper() or _ARTICLE_GLUED.match(tokens[0])):
        return False
    if tokens[-1].lower() in _lower_words("time_words"):  # "International Women's Day"
        return False
    if text.isupper() and any(t in _capital_locatives() for t in tokens[1:]):
        return False  # "PROTESTERS GATHER IN OTTAWA": a caption in capitals, a clause and its town
    if len(tokens) == 1 and _time_compound(tokens[0]):  # "op Koningsdag", "im Abendlicht"
        return False
    if all(t.lower().strip(".") in _calendar_words() for t in tokens):  # "on Friday", "in May"
        return False
    if any(t[:1].islower() for t in tokens) and is_place_name(text):
        return True  # "Dar es Salaam": a big town's name, its lower-case words in it
    return all(
        token[:1].isupper()
        or _ABBREVIATION.match(token)
        or _ORDINAL_DAY.match(token)  # "May 18th National Cemetery": the first word is a capital's
        # "Deir al-Balah", "Ras al-Ain"; not "Hussein al-Sheikh", a person
        or (_ARTICLE_GLUED.match(token) and (not is_given_name(tokens[0]) or _ELIDED_OF.match(token)))
        or token.lower() in _connectors()
        or _vocab().directions.match(token + " ")
        for token in tokens
    )


def numbered_place(text: str) -> bool:
    """ "Fire Station No. 4", "Pier 39", "Studio 338": a place's name closed by its number, after "No." or
    its place noun; a sublocation's shape, no town's."""
    tokens = text.split()
    return (
        len(tokens) > 1
        and tokens[-1].isdigit()
        and len(tokens[-1]) <= _NUMBER_DIGITS
        and (tokens[-2] in _NUMBER_SIGNS or tokens[-2].lower() in _lower_words("facilities"))
        and _is_placey(" ".join(tokens[:-1]).removesuffix(" No.").removesuffix(" Nr."))
    )


@cache
def _demonyms() -> frozenset[str]:
    return words("people", "demonyms_cased")


def _is_demonym(word: str) -> bool:
    return word in _demonyms() or word.endswith(tuple(words("place", "demonym_endings_cased")))


@cache
def _calendar_words() -> frozenset[str]:
    """Weekday and month names of every language the date reader knows, and the feasts that date a picture
    ("on Christmas", "at Easter"): no place."""
    data = rules("date")
    names = frozenset(n.lower() for key in ("weekdays", "months") for group in data[key] for n in group)
    return names | words("people", "calendar_words")


@cache
def division_described() -> str:
    """ "the northeastern Indian state of": a first-level division's word after "the", a direction and a
    country's adjective before it, "of" after it; its name follows."""
    direction = alternation(rules("place")["directions"])
    return (
        rf"the\s+(?:(?:{direction})\s+)?(?:{phrases('people', 'demonyms_cased')}\s+)?"
        rf"{phrases('place', 'region_heads')}\s+of"
    )


@lru_cache(maxsize=8192)
def region_name(phrase: str) -> str:
    """ "provincia de Misiones" → "Misiones"; any other phrase as it is."""
    m = _vocab().region_head.match(phrase)
    return m.group("name") if m else phrase


def _names_region(phrase: str) -> bool:
    """ "Luhansk region", "Sindh province": a name and a division word (not "the government district")."""
    return phrase[:1].isupper() and bool(_vocab().region_suffix.search(phrase))


def _cut_at_verb(phrase: str) -> str:
    """ "Leeds take part" is "Leeds": a place phrase ends at a verb or a clause ("... Building as X"), and,
    in any language, at the first lower-case word after the name that is neither a connector nor a place
    noun ("in Madrid kijken aanwezigen ...", "in Glachau die personellen Weichen ...")."""
    return _cut_at_lower(_cut_at_clause(phrase))


def _cut_at_clause(phrase: str) -> str:
    m = _vocab().verbs.search(phrase)
    while m and _next_word(phrase, m.end()) in _lower_words("facilities"):
        m = _vocab().verbs.search(phrase, m.end())  # "Atocha train station": a noun before a place noun
    phrase = phrase[: m.start()] if m else phrase
    return _vocab().clause.split(phrase, 1)[0]


def _next_word(text: str, at: int) -> str:
    """The word after AT, lower-cased, without punctuation."""
    return (text[at:].split(maxsplit=1) or [""])[0].lower().strip(",.;:")


# Where "to" or "by" stands at most in a name opened by its noun: "the Monument to ...", "the Gardens by ...".
_DEDICATED_TO_AT = 2


# Pure (rule files only): the chain and the city phrase cut the same phrase again.
@lru_cache(maxsize=4096)
def _cut_at_lower(phrase: str) -> str:
    head = _vocab().settlement_head.match(phrase)
    if head and head.start("city"):
        # "Thành phố Hồ Chí Minh": a settlement word written capitalised before the town's name.
        return phrase[: head.start("city")] + _cut_at_lower(phrase[head.start("city") :])
    tokens = phrase.split(" ")
    named = False
    for i, token in enumerate(tokens):
        if token[-1:] in _CLOSING_QUOTES and i < len(tokens) - 1:
            return ""  # a quoted title ("Islands in the Stream” and ..."), no place
        if token[:1].isupper() or token[:1].isdigit() or _ARTICLE_GLUED.match(token):
            named = True
            continue
        word = token.lower().strip(",.;:")
        if named and " ".join(tokens[i : i + 2]).lower() in _lower_words("particle_clause_starts"):
            # "im Kölner Dom zu den Gläubigen": "to the", not a particle of a name ("Universität zu Köln").
            return " ".join(tokens[:i])
        if not named or not word or word in _connectors() or word in _particles() or _is_place_word(word):
            continue
        if _inside_place_name(tokens, i):
            continue  # "Dar es Salaam": a lower-case word inside a big town's name
        if tokens[i - 1][:1].isupper() and f"{tokens[i - 1].lower()} {word}" in _lower_words(
            "name_compounds_lower_second"
        ):
            continue  # Vietnamese "Nhà Quốc hội", "Sân vận động Quốc gia Mỹ Đình": one word of the name
        if word == "for" and tokens[i - 1][:1].isupper() and _vocab().named_for.match(" ".join(tokens[i:])):
            continue  # "Wallis Annenberg Center for the Performing Arts": one name
        if word in ("to", "by") and i <= _DEDICATED_TO_AT and _vocab().dedicated_to.match(" ".join(tokens)):
            continue  # "the Monument to the Unknown Soldier", "Gardens by the Bay": one name
        if not "".join(tokens[i + 1 :]).strip(",.;:") and _postnominal_adjective(_noun_named(tokens), word):
            continue  # "Parlement fédéral", "l'Assemblée nationale": the adjective after the noun
        if (
            i >= 2
            and tokens[i - 1].lower() in _lower_words("romance_of")
            and tokens[i - 2] == _noun_named(tokens)
            and (_noun_named(tokens).lower() in _lower_words("named_facility_heads"))
        ):
            continue  # "Palais des sports de Lyon", "Parc des expositions": a noun of the head's own name
        # "the Azot chemical plant", "Sherwood Grange care home": a place noun close after keeps the run,
        # but not past a word that opens a clause ("in Melbourne before a home game").
        if word not in _clause_stops() and any(
            _is_place_word(t.lower().strip(",.;:")) for t in tokens[i + 1 : i + 4]
        ):
            continue
        kept = tokens[:i]
        # "Madrid y" → "Madrid", "in Graz zu rund 800 Demonstrierenden" → "Graz": no name ends with a
        # connector or a name particle.
        while kept and kept[-1].lower() in _connectors() | _particles():
            kept.pop()
        return " ".join(kept)
    if named and len(tokens) > 1 and tokens[-1].islower() and tokens[-1] in _connectors() | _particles():
        # "kommt ... in Berlin an": a German verb's particle closes the clause; no name ends with a particle.
        return " ".join(tokens[:-1])
    return phrase


# The words of a big place's name around a lower-case one: "Dar es Salaam", "Rio de la Plata".
_NAME_REACH = 3


def _inside_place_name(tokens: list[str], i: int) -> bool:
    """Whether the lower-case word at I is inside a big place's name with the capitalised words before it."""
    start = i
    while start > 0 and tokens[start - 1][:1].isupper() and i - start < _NAME_REACH:
        start -= 1
    return any(
        is_place_name(" ".join(tokens[a : b + 1]).strip(",.;:"))
        for a in range(start, i)
        for b in range(i + 1, min(len(tokens), i + _NAME_REACH))
    )


@cache
def _clause_stops() -> frozenset[str]:
    return frozenset(words("place", "sublocation_stops_cased"))


@cache
def _place_words() -> frozenset[str]:
    """Lower-case words that may follow a name inside a place phrase: "Luhansk region", "Schastia town"."""
    out: set[str] = set()
    keys = ("facilities", "region", "settlement_cased", "within", "facility_heads", "directions", "landforms")
    for key in keys:
        out |= {w for phrase in _lower_words(key) for w in phrase.split()}
    return frozenset(out - _connectors())


@cache
def _particles() -> frozenset[str]:
    """Name particles: "Mohammed bin Rashid Space Centre", "Rio de Janeiro"."""
    return words("people", "particles")


def _is_place_word(word: str) -> bool:
    return word in _place_words() or word.endswith(_facility_suffixes())


@lru_cache(maxsize=8192)
def _phrase_start_ok(phrase: str) -> bool:
    """A place phrase starts with a name, or an article before a name or a place noun."""
    phrase = phrase.strip()
    if re.match(
        r"^(?:[a-z]{1,3}-[A-Z]|l['’][A-ZÀ-Þ]|['’]s-[A-Z]|\d{1,5}[A-Za-z]?\s+(?:[A-Z]|\d{1,3}(?:st|nd|rd|th)\s+\w))",
        phrase,
    ):  # "al-Shaab palace", French "l'Assemblée nationale", "'s-Gravenhage", "10 Downing Street"
        return True
    if phrase[:1].isupper():
        return phrase.split()[0].lower() not in words("place", "not_place_openers")
    # "prison de Saydnaya", "estação Galeria", "uwanja wa Jamhuri", "nhà thờ Đức Bà": a generic head before
    # a name.
    if _head_before_name().match(phrase) or _head_before_name().match(_ELIDED_LOWER.sub("", phrase)):
        return True  # French elides the article: "l'usine Renault de Flins"
    if _vocab().region_head.match(phrase) or _vocab().settlement_head.match(phrase):
        return True  # "județul Brașov", "provincia de Misiones": a division; "cidade de Braga": a town
    return bool(_vocab().place_article.match(phrase)) or bool(_vocab().directions.match(phrase))


@cache
def _head_before_name() -> re.Pattern[str]:
    return re.compile(
        # French elides "de" and the article before a vowel: "avenue de l'Indépendance", "marché d'Adjamé".
        rf"^{phrases('place', 'facility_heads')}(?:\s+(?:(?:de la|de|del|do|da|des|du|di|wa|la|ng)\s+|d['’])?"
        r"|(?<=['’]))(?:l['’])?[A-ZÀ-ÞĐ]"  # "port d'Agadir": a head closed by the elided "of"
    )


def _noun_named(tokens: list[str]) -> str:
    """The first capitalised word of a phrase, its elided article cut: "le Palais fédéral" → "Palais",
    "l'Assemblée nationale" → "Assemblée"."""
    named = (t for t in tokens if t[:1].isupper() or _ELIDED_ARTICLE.match(t))
    return _ELIDED_ARTICLE.sub("", next(named, ""))


def _postnominal_adjective(head: str, word: str) -> bool:
    """Whether WORD is an adjective after a place noun written first, as Romance languages put it."""
    heads = _lower_words("named_facility_heads")
    return head.lower() in heads and word.endswith(
        tuple(rules("place")["postnominal_adjective_endings_cased"])
    )
