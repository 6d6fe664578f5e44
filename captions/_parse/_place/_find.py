"""find_place: the place shown, read from the chain by the date, the dateline, the lead and the later
sentences.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from ..._regex import alternation
from ..._rules import phrases, rules, words
from .._types import Zones
from ._bare_names import bare_name_after_locative, named_in_genitive_after_part, object_named_before_town
from ._candidate_chains import candidate_chains
from ._chain import _STATE_CODE, _articled, _division_phrase, _lower_case_division, island_parent
from ._city import _CityPhrase, _country_in_english, _read_city_phrase
from ._country_named import (
    border_side_country,
    compass_country,
    country_named,
    declined_country,
    division_in_brackets,
    named_before_province,
    town_in_case_before_country,
)
from ._event_venues import venue_of_event
from ._events import without_events
from ._from_dateline import (
    agency_dateline_end,
    complete_from_datelines,
    opening_town_line_end,
    town_line_alone,
    town_shown_after_agency_dateline,
)
from ._head import _beside, named_before_on, named_on_landmark
from ._inflected import german_nominative, inflected_sublocation, polish_one_word_place, town_before_inflected
from ._lead import (
    _DPA_VENUE,
    _HEADER_VENUE,
    _headed,
    _only_a_date,
    _titled_colon_lead,
    named_district,
)
from ._lookup import PlaceLookup, PlaceText, _Chain
from ._marks import (
    known_landmark,
    landmark_before_its_noun,
    landmark_subject,
    named_landform,
    nordic_named_place,
    unknown_landmark_subject,
)
from ._mentions import (
    _CALLED_WORDS,
    _CAPITALISED_RUN,
    _called,
    _division_only,
    _facility_towns,
    _latin_letters,
    _likelier_division,
    _loose_names,
    _modifier_towns,
    _only_countries,
    _same_name,
    _town_first,
    _town_of_another,
    event_town,
    measured_from,
    own_town,
    possessive_landmark,
    possessive_subject,
)
from ._nordic_towns import town_places
from ._script_sites import sublocation_in_script
from ._scripts import in_script, place_in_script
from ._sub import (
    _is_name,
    _named_facility,
    _proper,
    _sublocation,
    before_coming_event,
    facility_before,
    is_facility,
    is_head_first,
    is_street_name,
    organisation_congress,
    passed_player,
    second_side,
    without_descriptor,
)
from ._venue import (
    _CONNECTED_NAME,
    _QUOTED_VISIT,
    _beach_town,
    _described_at,
    _district_before_town,
    _district_of_town,
    _epithet_named,
    _glued_town,
    _head_first_facility,
    _height_of,
    _landmark_of,
    _later_sublocation,
    _named_after_town,
    _named_head_first,
    _object_facility,
    _of_another_town,
    _part_of_town_opener,
    _possessive_town,
    _postposed_facilities,
    _room_of,
    _site_named_for_owner,
    _subject_facility,
    _summit_in_park,
    _town_in_division_named,
    _town_of_place,
    _with_nouns,
    _without_description,
    _without_its_town,
    _without_town,
    apposed_venue,
    crowded_venue,
)
from ._weak import (
    abbreviation_compound,
    city_adjective,
    compound_before,
    dutch_city_adjective,
    german_adjective_opening,
    has_weak_locative,
    in_latin,
    region_not_in_latin,
    sublocation_not_in_latin,
    town_adjective_road,
    unread_place,
    weak_town,
)
from ._within import (
    at_a_venue,
    district_of_division,
    german_place_within,
    held_on,
    left_from,
    monument_named,
    place_within,
    seat_of_district_division,
)
from ._words import (
    _CAPITAL_OF,
    _lower_words,
    _names_region,
    _possessive,
    _strip_front,
    _vocab,
    region_name,
)

# Where a road's name ends before the way from a town: "Highway 17 east of the city".
_COMPASS_OF = re.compile(r" (?:north|south|east|west)(?:-?(?:east|west))? of\b")


def _state_of_town(town: str, state: str, lookup: PlaceLookup) -> bool:
    """Whether STATE is a first-level division a town of the name TOWN lies in, and no town of its own name
    does: "em Copacabana, no Rio de Janeiro" names the city, Rio de Janeiro lying in its namesake state."""
    division = lookup.admin1(state)
    country, code = getattr(division, "country_code", None), getattr(division, "admin1_code", None)
    if division is None or lookup.country(state) or code is None:
        return False

    def inside(name: str, hows: tuple[str, ...]) -> bool:
        readings = (r for r in lookup.candidates(name) if r.how in hows)
        return any(r.place.country_code == country and r.place.admin1_code == code for r in readings)

    # The state's name as a town's own, not as an old name: "Pará" was Belém's.
    return inside(town, ("exact", "alternate")) and not inside(state, ("exact",))


_HOLDER_OF = re.compile(
    r"(?:^|\s)(?P<holder>[\w-]+) "
    r"(?:de la|de l['’]|del|della|dello|dell['’]|da|do|de|du|des|dei|degli|of the|of) ?$"
)


# French names a saint's feast day with "la": "le marché de la Saint-Martin" is the fair held on it, no place.
_FEAST_DAY = re.compile(r" de la Saint[- ]")
# A head in lower case, "of" with an article, and a capitalised name: "marché des Halles Saint-François".
_INNER_HEAD = re.compile(
    r"[a-zà-ÿ]+ (?:des|du|de la|de l['’]|del|della|dos|das|do|da) (?P<inner>[A-ZÀ-Þ].*)$"
)


def _body_of_holder(text: str, start: int) -> bool:
    """Whether a name written head first at START follows an office holder and "of": "le président de la
    Fondation de France" names the body the president leads, not the place shown."""
    m = _HOLDER_OF.search(text, max(0, start - 40), start)
    holder = m.group("holder") if m else ""
    return holder.lower() in words("people", "titles") or holder in words("place", "head_holders_cased")


def _dutch_article_before(chain: _Chain) -> bool:
    """Whether a chain's name follows a Dutch preposition and article: "voor de", "op het", "bij de"."""
    opener = chain.opener.lower()
    if opener in words("place", "dutch_article_locatives"):
        return True
    phrase = (chain.city_phrase or "").lower()
    return opener in words("place", "dutch_article_prepositions") and phrase.startswith(("de ", "het "))


def find_place(zones: Zones, anchor: tuple[int, int] | None, lookup: PlaceLookup) -> PlaceText:
    """The place shown, as written, from sentence 1 and any dateline."""
    found = _place_as_read(zones, anchor, lookup)
    whole = _whole_name_of_lone_head(found.sublocation, zones.main) or _name_with_its_head(
        found.sublocation, zones.main
    )
    return replace(found, sublocation=whole) if whole else found


@cache
def _head_before_a_name() -> re.Pattern[str]:
    # A head-first place noun in lower case and a Romance "of" (its article after it allowed), right before a
    # capitalised name: "la playa de la Malvarrosa", "le marché d'Adjamé", "la place de l'Étoile".
    of = phrases("place", "romance_of")
    heads = phrases("place", "name_heads_lower_cased")
    return re.compile(rf"(?<![\w'’-])(?-i:{heads}) (?:(?:{of}) (?:(?:la|las|los|le|les) |l['’])?|d['’])$")


def _name_with_its_head(sublocation: str | None, text: str) -> str | None:
    """ "Malvarrosa" read of "la playa de la Malvarrosa de Valencia": a name read without the place noun
    written before it in lower case, as Spanish, French and Italian name a beach or a market; the noun, the
    "of" and the name are the sublocation ("playa de la Malvarrosa"). None where nothing is to be done."""
    if not sublocation or not sublocation[:1].isupper():
        return None
    if any(" ".join(sublocation.lower().split()[:k]) in _facility_heads() for k in (1, 2)):
        return None  # "Hospital de São João": the name holds its head already
    at = text.find(sublocation)
    end = at + len(sublocation)
    if at <= 0 or (end < len(text) and (text[end].isalnum() or text[end] in "-'’")):
        return None  # not written whole in sentence 1
    head = _head_before_a_name().search(text, max(0, at - 40), at)
    return text[head.start() : end] if head else None


@cache
def _facility_heads() -> frozenset[str]:
    return frozenset(h.lower() for h in words("place", "facility_heads"))


@cache
def _lone_head_of_name() -> re.Pattern[str]:
    # A generic noun, a Romance "of" (an article after it allowed) and a capitalised name with its connectors.
    of = phrases("place", "romance_of")
    name = r"[A-ZÀ-Þ][\w'’.-]*"
    return re.compile(
        rf"\b(?P<head>{phrases('place', 'lone_name_heads_cased')}) (?:{of}) "
        rf"(?:(?:la|las|los|le|les|l['’]) ?)?{name}(?: (?:(?:{of}) )?{name})*"
    )


def _whole_name_of_lone_head(sublocation: str | None, text: str) -> str | None:
    """ "Municipio" read of "davanti al Municipio di Cremona": a generic noun alone names no place; the
    caption's whole name opened by it ("Municipio di Cremona") is the sublocation. None where nothing is to be
    done."""
    if not sublocation or " " in sublocation or sublocation not in words("place", "lone_name_heads_cased"):
        return None
    for m in _lone_head_of_name().finditer(text):
        if m.group("head") == sublocation:
            return m.group()
    return None


def _place_as_read(zones: Zones, anchor: tuple[int, int] | None, lookup: PlaceLookup) -> PlaceText:
    script = in_script(zones.body)
    if script and (scripted := place_in_script(zones.main) or place_in_script(zones.body)):
        # "市民在上海豫园...", "في قصر الاتحادية بالقاهرة": read in its script, named in English; a place
        # within it as written ("冰雪大世界", "قصر اليمامة").
        site = sublocation_in_script(zones.main) or sublocation_in_script(zones.body)
        # A province named like its capital ("استان اردبیل") is read as a division, not the town.
        province = f"{scripted.province} Province" if scripted.province else None
        in_script_parents = (province, scripted.country) if province else (scripted.country,)
        return PlaceText(
            sublocation=site, city=scripted.city, parents=in_script_parents, body=zones.body, script=True
        )
    if script and (site := sublocation_in_script(zones.main) or sublocation_in_script(zones.body)):
        # "＝22日午前、首相官邸（共同）": a place within a town the caption does not name in its script.
        found = _find_place(zones, anchor, lookup, script)
        return found if found.sublocation else replace(found, sublocation=site)
    found = _find_place(zones, anchor, lookup, script)
    if shown := town_shown_after_agency_dateline(found.city, zones.main, lookup):
        # The dateline's town is where the story was filed; it stays as context for the town shown.
        return replace(found, city=shown, parents=(), text=shown, context=(*found.context, found.city or ""))
    if found.city and not found.sublocation and (end := agency_dateline_end(zones.main)):
        # "Mérida (Venezuela), 6 feb (EFE).- Turistas suben al teleférico X, en Mérida (Venezuela)": the chain
        # by the date is the dateline's; the body's own chain names the venue in that town.
        body = replace(zones, sentences=(zones.main[end:], *zones.sentences[1:]))
        again = _find_place(body, None, lookup, script)
        if again.sublocation and again.city and _same_name(again.city, found.city):
            return replace(found, sublocation=again.sublocation)
    elif (
        found.city
        and not found.sublocation
        and (venue := _venue_after_town_line(zones, found.city, lookup, script))
    ):
        return replace(found, sublocation=venue)
    return found


# A name closing right before a short preposition: "at the Bangladesh Secretariat in" (Dhaka), "at the
# Vidhana Soudha in" (Bengaluru); not "casts a ballot in", "during a heatwave in".
_NAME_BEFORE_PREPOSITION = re.compile(r"[A-Z][\w'’.-]*,? \w{1,3} ?$")


def _name_before_town(body: str, city: str) -> bool:
    """Whether BODY names CITY again right after a capitalised name and a short preposition, or as the first
    word of a site's name after "the" ("on the Doha Corniche", "along the Abu Dhabi Corniche")."""
    at = body.casefold().find(city.casefold())
    after = body[at + len(city) : at + len(city) + 2]
    if at > 0 and body[at - 4 : at] == "the " and after[:1] == " " and after[1:].isupper():
        return True
    return at > 0 and _NAME_BEFORE_PREPOSITION.search(body, max(0, at - 60), at) is not None


def _venue_after_town_line(zones: Zones, city: str, lookup: PlaceLookup, script: bool) -> str | None:
    """The venue the body names after a town line opening the caption with CITY: "DHAKA, July 7, 2027
    (BSS) - ... at the Bangladesh Secretariat in Dhaka", "Den Haag, dinsdag. Demonstranten bij het
    Binnenhof ...". The chain read is the line's; the body's own chain names the venue in that town."""
    end = opening_town_line_end(zones.main, city)
    if end is not None and not _name_before_town(zones.main[end:], city):
        return None  # most bodies name no place right before the town: no second reading for them
    alone = end is None and len(zones.sentences) > 1 and town_line_alone(zones.main, city)
    if end is not None:
        body = replace(zones, sentences=(zones.main[end:], *zones.sentences[1:]))
    elif alone:
        body = replace(zones, sentences=zones.sentences[1:])
    else:
        return None
    again = _find_place(body, None, lookup, script)
    # After a line that is a sentence of its own the body needs not name the town again; after a dash the
    # rest of sentence 1 must (a venue read in it alone may be a name of something else).
    # A name, capitalised: "en el terminal del puerto" after "VALPARAÍSO, 10 DE FEBRERO DE 2027." names none.
    named = again.sublocation is not None and (
        again.sublocation[:1].isupper() or is_head_first(again.sublocation)
    )
    if again.sublocation and ((alone and named and again.city is None) or _same_name(again.city, city)):
        return again.sublocation
    if not again.sublocation and (again.city or "").startswith(f"{city} ") and is_facility(again.city or ""):
        return again.city  # "on the Doha Corniche": a site named with its town, read whole as the town
    return None


def _find_place(zones: Zones, anchor: tuple[int, int] | None, lookup: PlaceLookup, script: bool) -> PlaceText:
    zones, main, anchor, chains = candidate_chains(zones, anchor, lookup)

    city: str | None = None
    parents: list[str] = []
    descriptors: list[str] = []
    notes: list[str] = []
    context: list[str] = []
    subs: list[str] = []
    text: str | None = None
    bare = weak = settled = common = segment_parents = False
    kept_inflected: str | None = None
    shown: str | None = None  # a named place before a landmark that only locates it
    beside = False  # a place read after "behind", "in front of": it only locates what the picture shows
    near: list[str] = []
    metro: str | None = None
    vantage: str | None = None  # the town the picture was taken from, where the chain shows another
    for chain in chains:
        notes += chain.notes
        context += chain.context
        read = _read_city_phrase(chain.city_phrase) if chain.city_phrase else _CityPhrase()
        if read.city and chain.city_phrase and _lower_case_division(chain.city_phrase, lookup):
            read = _CityPhrase(parents=(_strip_front(chain.city_phrase)[0],))  # "dans la bande de Gaza"
        if (
            chain.city_phrase
            and not chain.before_city
            and (seat := _seat_named_bare(chain.city_phrase, lookup))
            and ("city" in lookup.classify(seat) or chain.opener in _FRENCH_SEAT_OPENERS)
        ):
            # "à Matignon", "au Quai d'Orsay": French names an office by its seat, in Paris, where a village
            # bears the name or a town closes it ("Orsay"); another landmark read as the town places itself
            # ("at Qasr Al Watan"). Not "at the Palladium Ballroom on Broadway", a place it only locates.
            read = _CityPhrase(sublocation=seat)
        if read.parents and (whole := _possessive_town(chain.city_phrase, lookup)):
            read = _CityPhrase(city=whole)  # "in Cox's Bazar", "King's Lynn": a town's own name, no owner's
        elif (
            read.parents
            and not read.city
            and (named_site := _site_named_for_owner(chain.city_phrase, lookup))
        ):
            # "at Sadler's Wells Theatre, London": a person's possessive opens the site's own name.
            read = _CityPhrase(sublocation=named_site, descriptor=read.descriptor, note=read.note)
        if (
            not read.city
            and len(read.parents) == 2
            and (part := _district_of_town(chain.city_phrase, lookup))
        ):
            read = part  # "in Kathmandu's Thamel district": a part of the town, not a division of a country
        if read.city and not read.sublocation and chain.parents and _part_of_town_opener(chain.opener):
            # "di kawasan Kampung Melayu, Jakarta" (in the Kampung Melayu area): the town is written after it.
            read = _CityPhrase(chain.parents[0], read.city, read.parents, read.descriptor, read.note)
            chain.parents = chain.parents[1:]
        if read.city and not read.parents and not chain.parents and _dutch_article_before(chain):
            # "voor de Ronde" (before the Tour of Flanders), "op het Malieveld": Dutch writes no article
            # before a town's name; one after it names a place in a town, or an event, no town (Rønde).
            read = _CityPhrase(sublocation=read.city, note=read.note)
        if (
            read.city
            and not read.parents
            and not chain.parents
            and is_street_name(street := _COMPASS_OF.split(read.city, maxsplit=1)[0])
        ):
            # "rally on Drummond Street North", "on Victoria St", "on Pembina Highway", "on Highway 17 east of
            # the city": a street is no town, though the gazetteer may hold a name near it (Victoria Point);
            # the town is read elsewhere.
            read = _CityPhrase(sublocation=street, note=read.note)
        if (
            read.city
            and not (read.parents or chain.parents)
            and not lookup.classify(read.city)
            and (town := _known_town_before(chain, lookup))
        ):
            # "in Mailand vor dem Derby bei Inter am Sonntag": the last name, no place the gazetteer knows
            # (a club: "bei Inter"), after a town written further back in the chain: that town is the place.
            read = _CityPhrase(city=town, note=read.note)
            chain.before_city = None
        near += [*read.near, *chain.near]
        context += read.near
        metro = metro or next(iter(read.near), None) or chain.metro
        if read.note:
            notes.append(read.note)
        if read.city and (country := compass_country(read.city, lookup)):
            # Dutch "in Bint Jbeil in Zuid-Libanon" (in southern Lebanon): a part of the country.
            read = _CityPhrase(country, read.sublocation, read.parents, read.city, read.note)
        prior = _read_city_phrase(chain.before_city) if chain.before_city else _CityPhrase()
        # Only a phrase with an article may be a division after a place ("in the Israeli-occupied West Bank").
        division_like = bool(prior.sublocation and _vocab().articled.match(chain.city_phrase or ""))
        kinds = lookup.classify(read.city) if read.city and (prior.city or division_like) else ("city",)
        if read.city and prior.city and "city" in kinds and _country_in_english(read.city, lookup):
            # "près de Sainte-Rose, à La Réunion": a country in its own language (French writes "à" before
            # an island's), not a hamlet of the name, after the town.
            kinds = ("country",)
        # "à Annecy, en Haute-Savoie": a name no town's after a known town and a comma is its division (a
        # department, a county the lookup does not class).
        unclassed = not kinds and (
            prior.settled or (chain.before_apart and "city" in lookup.classify(prior.city or ""))
        )
        # French writes "à" before a town and "au", "en", "aux" before a country or a region: "à Nabatiyé, au
        # Liban-Sud" is a town the gazetteer may not know exactly, and its region ("Liban" is a town too).
        town_then_region = (
            chain.before_apart
            and chain.before_opener in words("place", "town_prepositions_cased")
            and chain.opener in words("place", "region_prepositions_cased")
        )
        if (
            read.city
            and not read.parents
            and not prior.sublocation
            and _articled(chain, read)
            and not lookup.classify(read.city)
            and not unclassed  # "em Lagoa, no Algarve": a region after a town and a comma is its division
            and any(lookup.classify(n) or lookup.country(n) for n in (prior.city, *prior.parents) if n)
        ):
            # "in Bern vor den Medien" (before the media), "in Chile's Coquimbo region, under the Milky
            # Way": a name after an article that no gazetteer knows is no place after a known one (and
            # German capitalises its nouns).
            read = prior
            chain.before_city = None
        # Portuguese writes "em" before a town and "no", "na" before a state: "em Foz do Iguaçu, no Paraná" is
        # the town and its state, though a town elsewhere bears the state's name (Paraná, Argentina).
        town_then_state = (
            chain.before_apart
            and chain.before_opener in words("place", "town_state_prepositions_cased")
            and chain.opener in words("place", "state_prepositions_cased")
            and bool(read.city and prior.city)
            and _state_of_town(prior.city or "", read.city or "", lookup)
        )
        # "in the town of Ingham in north Queensland": after a name written as a town's, a division's name
        # is its division, though a town somewhere bears it too.
        division_after_town = prior.settled and "admin1" in kinds
        if (
            read.city
            and prior.city
            and (
                (kinds and "city" not in kinds)
                or unclassed
                or town_then_region
                or town_then_state
                or division_after_town
            )
        ):
            # "in Rafah in the southern Gaza Strip": the last phrase names a division, the one before it
            # the city; so does "the town of Taree on the NSW Mid North Coast", a region no gazetteer knows.
            read = _CityPhrase(prior.city, None, (read.city, *read.parents), read.descriptor, read.note)
            chain.before_city = None
        elif read.city and not prior.city and kinds and "city" not in kinds:
            # "in Jenin refugee camp in the Israeli-occupied West Bank": a place before a division, its town
            # to be read off its name.
            read = _CityPhrase(None, read.sublocation, (read.city, *read.parents), read.descriptor, read.note)
        elif (
            not read.city
            and read.parents
            and prior.city
            and _vocab().settlement_of.match(chain.before_city or "")
        ):
            # "near the village of Listvyanka in Irkutsk Region": the town lies in the division after it.
            read = _CityPhrase(prior.city, None, read.parents, read.descriptor, read.note, settled=True)
            chain.before_city = None
        elif (
            not read.city
            and read.parents
            and prior.city
            and not prior.sublocation
            and chain.city_phrase
            and _division_phrase(chain.city_phrase)
        ):
            # "in Altenahr im Landkreis Ahrweiler", "en Villalpando, en la provincia de Zamora": a town, then
            # the division it lies in, named with the division's word.
            read = _CityPhrase(prior.city, None, read.parents, read.descriptor, read.note)
            chain.before_city = None
        elif town_then_region and not read.city and read.sublocation and prior.city and not prior.sublocation:
            # "à Saint-Denis, au Stade de France": "au" opens a place in the town "à" opens.
            read = _CityPhrase(prior.city, read.sublocation, read.parents, read.descriptor, read.note)
            chain.before_city = None
        found_subs = [
            _sublocation(read.sublocation),
            _sublocation(chain.before_city) or venue_of_event(chain.before_city, main),
        ]
        if found_subs[1] and _summit_in_park(chain.before_city, read.sublocation, lookup):
            found_subs.reverse()  # "the summit of Pen-y-ghent in the Yorkshire Dales National Park"
            shown = shown or found_subs[0]
        if found_subs[1] and (on := named_before_on(main, chain.before_city)):
            # "the Grand Inga Dam on the Congo River near Matadi": the dam is shown, the river locates it.
            found_subs = [on, *found_subs]
            shown = shown or on
        elif not read.city and (on := named_on_landmark(chain.before_city, chain.opener, found_subs[0])):
            # "the Pergamon Museum on Museum Island on May 20, 2028 in Berlin": the museum is shown.
            found_subs = [on, found_subs[0]]
            shown = shown or on
        # "Big Ben is seen behind Westminster Bridge at dusk in London": the place before the town, after
        # "behind", "in front of".
        beside = beside or bool(chain.before_city and _written_beside(main, chain.before_city))
        if chain.opener and _beside().fullmatch(chain.opener + " "):
            beside = True
            # "gather at Syntagma Square in front of the Greek Parliament": the landmark only locates the
            # place before it, which is the place shown.
            found_subs.reverse()
            # "auf dem Neumarkt vor der Frauenkirche": the square, named, stays first however ranked.
            shown = shown or (found_subs[0] if found_subs[0] and _proper(found_subs[0]) else None)
        subs += [s for s in found_subs if s]
        # Further back, only a name closed by its own capitalised noun ("the Kalighat Kali Temple"): "the
        # Christmas market at Gendarmenmarkt" describes the place the name after it gives.
        subs += [s for s in map(_sublocation, chain.facilities) if s and _named_facility(s)]
        if city is None and not parents and (read.city or read.parents or chain.parents):
            city = read.city
            parents = [*read.parents, *chain.parents]
            segment_parents = not read.parents  # each written after a comma: "..., Madrid, Spain"
            text = chain.text
            vantage = chain.vantage
            bare, weak, settled = chain.bare, chain.weak or read.weak, read.settled
            common = _articled(chain, read)
            if read.descriptor and read.parents:
                descriptors.append(f"{read.descriptor} {read.parents[0]}")
        elif (
            read.city
            and not chain.bare
            and _only_countries(city, parents, lookup)
            and not lookup.country(read.city)
        ):
            # "... in Enerhodar on March 27, 2025, in Russian-controlled territory in Ukraine": the chain
            # after the date names only the country, the one before it the town.
            city, parents = read.city, [*read.parents, *chain.parents, *([city] if city else []), *parents]
        elif read.city and read.city != city and not chain.bare:
            # Getty: "... walk through the Spanish Quarter on May 5, 2024 in Naples": the city is the
            # later chain's; this one names a place within it. Not a name with no preposition before it: "The
            # Marvin-1, a fishing boat, sits on the shore May 16, 2015, in Masinloc" is the subject, a boat.
            # "the Spanish Quarter" keeps its article to be read as one; "The Forum" is written with it.
            articled = _vocab().articled.match(chain.city_phrase or "") and read.city[:4] != "The "
            venue = _sublocation(("the " if articled else "") + read.city)
            if (
                venue
                and len(chain.parents) == 1
                and _proper(chain.parents[0])
                and not lookup.classify(chain.parents[0])
            ):
                # "at The Standard, High Line on September 14 in New York City": a name after the venue that
                # names no town or division is the branch in the venue's name.
                venue = f"{venue}, {chain.parents[0]}"
            subs += [venue] if venue else []

    measured = measured_from(main)  # "a camp 30 kilometres east of Dire Dawa": towns no place is shown in
    clean_parents: list[str] = []
    worded: set[str] = set()  # divisions written with their division word first: "județul Brașov"
    for parent in parents:
        parent = island_parent(parent, lookup) or parent  # "sur l'île de La Réunion": Réunion
        stripped, descriptor = _strip_front(parent)
        m = _CAPITAL_OF.match(stripped)
        named = m.group("country") if m else stripped
        stripped = region_name(named)
        if stripped != named:
            worded.add(stripped)
        p = _possessive(stripped)
        # "Sudan's war-torn North Darfur state": the descriptor after the owner is no part of the name.
        clean_parents += [_strip_front(p.group("rest"))[0], p.group("owner")] if p else [stripped]
        if descriptor:
            descriptors.append(parent[parent.find(descriptor) :].strip())

    if city is None and not clean_parents:
        # EFE: "Las islas Galápagos (Ecuador) no se han escapado ...": a country in brackets after a name.
        # Not a three-letter code: "Iga Swiatek (POL)" is the player's nationality, as sport writes it ("the
        # Democratic People's Republic of Korea (DPRK)" spells its country out).
        clean_parents += [
            m.group(1)
            for m in _BRACKETED.finditer(main)
            if not _SPORT_NATION.fullmatch(m.group(1)) and lookup.country(m.group(1))
        ][:1]
    clean_parents = [_country_in_english(p, lookup) or p for p in clean_parents]
    if city and not settled:
        city = _country_in_english(city, lookup) or city  # "na Síria" is Syria, not Romania's Şiria
        city = declined_country(city, text, lookup) or city  # "na Slovensku": Slovakia, no Sloviansk
    if city and not settled and lookup.country(city) and not _town_of_another(city, clean_parents, lookup):
        # "at an undisclosed location in Ukraine"
        clean_parents.insert(0, city)
        city = None
    elif city and not settled and "Island" in city and (island := island_parent(city, lookup)) is not None:
        # "at the port of La Restinga on the Canary Island of El Hierro": the island is the division the
        # town lies in, not the town.
        clean_parents.insert(0, island)
        city = None
    # EFE, ANSA: "a Niscemi (Caltanissetta)", "en el paseo marítimo de Sanxenxo (Pontevedra)": a name in
    # brackets after a town is its province, never the town.
    if (
        city is None
        and (not clean_parents or f"({clean_parents[0]})" in main)
        and (named := named_before_province(main, lookup)) is not None
    ):
        # ANSA, EFE: "sorvolano la base di Rivolto (Udine) durante le prove": a place of a name, then its
        # province in brackets. The name is read as the town; where the gazetteer lacks it, the locate stage
        # gives the province's region (and its own town, flagged).
        city, clean_parents, settled = named[0], [named[1], *clean_parents[1:]], True
    bracketed = bool(clean_parents) and f"({clean_parents[0]})" in main
    if city is None and not bracketed and (district := _district_before_town(clean_parents, lookup)):
        # "in Karrada district, Baghdad, Iraq": the metropolis after the district is the town.
        subs.insert(0, district)
        city, clean_parents = clean_parents[1], clean_parents[2:]
    # Reuters sport: "in action, Premier League, Old Trafford, Manchester": an event, its venue, its town.
    city = without_events(main, city, clean_parents, subs, settled, lookup)
    if (
        city is None
        and clean_parents
        and not bracketed
        and clean_parents[0] not in worded
        and not (
            lookup.country(clean_parents[0])
            or lookup.admin1(clean_parents[0])
            or _names_region(clean_parents[0])
            # Getty, Icon Sportswire: "at Kyle Field in College Station, TX", a US state's postal code.
            or (_STATE_CODE.fullmatch(clean_parents[0]) and lookup.admin1(clean_parents[0], "US"))
        )
    ):
        city = clean_parents.pop(0)  # PA: "at the Emirates Stadium, London"
    elif (
        city is None
        and segment_parents
        and clean_parents
        and not bracketed
        and clean_parents[0] not in worded
        and not _names_region(clean_parents[0])
        and _town_first(clean_parents, lookup, subs)
    ):
        # "outside the stadium, Madrid, Spain": a town that is its own division too, written after a place
        # in it, is the town.
        city = clean_parents.pop(0)
    elif (
        city is None
        and bracketed
        and {"city", "admin1"} <= set(lookup.classify(clean_parents[0]))
        and not lookup.country(clean_parents[0])  # "(México)" is the country
    ):
        city = clean_parents.pop(0)  # TTXVN "trên cầu Chương Dương (Hà Nội)": a city that is a province too

    if seat := seat_of_district_division(text or "", city, subs, lookup):
        # "in Bodrum district of Mugla province": read as "in Bodrum district of Mugla" is.
        city = seat
    district = district_of_division(text or "", city, subs, lookup)
    if district:
        # "in Sangrur district of Punjab": the state's district, no town (nor its namesake in a dateline:
        # "Sangrur: ... in Sangrur district", where the story was filed).
        subs.remove(district)
    if (
        city
        and not subs
        and not clean_parents
        and text
        and (town := _nordic_town_after_site(text, city, lookup))
    ):
        # "Sankthansbål ved Søndersø i Viborg": the lake at Viborg, though a village bears its name.
        subs.append(city)
        city = town
    # A dateline completes what sentence 1 leaves out: "NEW YORK, NEW YORK - MARCH 21: ... in New York City".
    body_city = city
    city, clean_parents, text, lines = complete_from_datelines(
        zones, main, lookup, city, clean_parents, text, settled, district, subs, context
    )
    from_dateline = city != body_city
    if from_dateline and city and subs:
        # "SANTIAGO ... saluda desde el Palacio de La Moneda, tras ... en el Congreso Nacional de Valparaíso":
        # a place named with another town than the dateline's is in that town, not the one shown.
        subs = [s for s in subs if not _of_another_town(s, city, lookup)]
    # "on the pier as the destroyer returns to Naval Station Norfolk in Norfolk": a lone noun the chain read
    # names no place (it is dropped below), so a name written elsewhere is sought as where none was read.
    lone = subs if subs and not any(map(_is_name, subs)) else []
    subs = [] if lone else subs
    if not subs and ":" in main and any(line.style == "dpa" for line in zones.datelines):
        # dpa sport: "Fußball: Bundesliga, Bayern München - Borussia Dortmund, 28. Spieltag, Allianz Arena."
        # ends its first line with the venue.
        dpa_venue = _DPA_VENUE.search(zones.body)
        if dpa_venue and is_facility(dpa_venue.group("venue")):
            subs.append(dpa_venue.group("venue"))
    header = _HEADER_VENUE.match(main, anchor[1]) if not subs and city and anchor else None
    if header and is_facility(header.group("venue")):
        # LaPresse, ANSA sport: "Torino, 7 dicembre 2025 - Juventus-Cagliari, Serie A, Allianz Stadium":
        # a header after the town and the date closes with the venue.
        subs.append(header.group("venue"))
    if not subs:
        # "Gennady Lamtugov, production director of the Alchevsk Metallurgical Complex speaks ...";
        # with a city known, only a name the picture is at: "work the scene on Bourbon Street after ...".
        # Every facility pattern here closes a name with a facility word: most captions have none.
        has_facility = _vocab().facility_word.search(main) is not None
        facility = _vocab().facility_name if city is None else _vocab().facility_at
        m = facility.search(before_coming_event(main)) if has_facility else None
        called = _called().search(main) if any(w in main for w in _CALLED_WORDS) else None
        if called:
            # "a 27-story tower called Antilia": the name a place noun is given.
            subs.append(called.group("name"))
        elif m and _sublocation(m.group("name")):
            subs.append(_epithet_named(m.group("name"), main, city, lookup))
        elif (
            head_first := _head_first_facility().search(main) if _CONNECTED_NAME.search(main) else None
        ) and (
            city is None or lookup.classify(city)[:1] != ("city",)  # "en Aragón": likelier a division
        ):
            # "durante su visita a la Base Aérea de Zaragoza": a name written head first, "de" a town.
            subs.append(head_first.group("name"))
            if city is not None:
                clean_parents.insert(0, city)  # the division its town lies in
                city = None
        elif city and city in main:
            # "addresses the Greek Parliament in Athens", "illuminates the Capitol in Washington": the place
            # is the object of a verb, right before the city.
            name = facility_before(main, city) or compound_before(main, city)
            if name and _sublocation(name):
                subs.append(name)
    if not subs and city is not None and from_dateline and (own := _named_after_town(main, city)):
        subs.append(own)  # "JIUQUAN ... from the Jiuquan Satellite Launch Center in northwest China"
    if not subs and city is not None and " from " in main and (left := left_from(main)):
        subs.append(left)  # "carry the coffin from St Paul's Cathedral after the funeral in Melbourne"
    if not subs and (monument := monument_named(main)):
        subs.append(monument)  # "frente a la estatua de Colón en Barcelona"
    headed = _headed(zones.sentences) or main
    if not subs and (found_there := sublocation_not_in_latin(headed, lookup)):
        subs.append(found_there)  # "στο Σύνταγμα", "на Тверской улице": Greek and Cyrillic place phrases
    if not subs and (inflected := inflected_sublocation(headed)):
        subs.append(inflected)  # "na Rynku Głównym": Rynek Główny
    if not subs and (one_word := polish_one_word_place(headed, lookup)):
        subs.append(one_word)  # "na Krupówkach w Zakopanem": Krupówki
    if (
        not subs
        and (named_head := _named_head_first().search(headed))
        and not _body_of_holder(headed, named_head.start())
        and not _FEAST_DAY.search(named_head.group("name"))
    ):
        # "ocupam a Avenida Paulista, em São Paulo", "attraversano piazza San Marco": a place noun written
        # before its name, with no preposition the chain reads.
        name = _without_town(named_head.group("name"), lookup)
        head, _, rest = name.partition(" ")
        # "le marché des Halles Saint-François": a head in lower case before another's name says what it is.
        inner = _INNER_HEAD.match(name)
        if head.islower() and inner and is_head_first(inner.group("inner")):
            rest, head = inner.group("inner"), "apposed"
        # "in perscentrum Nieuwspoort": a noun in lower case that only says what the place is.
        apposed = head == "apposed" or head in words("place", "apposed_facility_heads_cased")
        subs.append(rest if rest and apposed else name)
        elided = _ELIDED_TOWN.match(headed, named_head.end())
        if city is None and not clean_parents and elided and "city" in lookup.classify(elided.group("town")):
            # "al polígon Pla de Baix d'Olot", no other place read: the town the name is of is the town.
            city = elided.group("town")
    if not subs and city is not None and " of " in main and (landmark := _landmark_of().search(main)):
        # "crowd the atrium of the Basilica of Guadalupe ... in Mexico City": a landmark named head first,
        # as the object of a verb.
        subs.append(landmark.group("name"))
    if not subs and city is not None and (room := _room_of().search(main)):
        # "in de plenaire zaal van de Tweede Kamer": a room written in lower case names no place; the
        # building it is in does.
        subs.append(room.group("name"))
    if (
        not subs
        and city is not None
        and ("«" in main or "„" in main)
        and (quoted := _QUOTED_VISIT.search(main))
    ):
        # dpa: "bei seinem Besuch der «WEST Youth Zone», einer ... Einrichtung in London": a name in
        # guillemets after a visit or a preposition is the place visited.
        subs.append(quoted.group("name"))
    if not subs and city is not None and (shown := _object_facility(main, city)):
        # "Devotees throng the Golden Temple on the occasion of ..., in Amritsar": a named facility as a
        # verb's object, closed by a preposition or the clause's end.
        subs.append(shown)
    if not subs and city is not None and (crowded := crowded_venue(main, city)):
        # "Torcedores lotam a Neo Química Arena, em São Paulo": the same in Romance languages, the article
        # written after the verb.
        subs.append(crowded)
    if not subs and city is not None and " of " in main and (height := _height_of(main, city, lookup)):
        # "Skiers ride a chairlift to the summit of Kasprowy Wierch on the first day ... in Zakopane": the
        # mountain (or the building) whose top is shown.
        subs.append(height)
    if not subs and city is not None and (cased := next(_postposed_facilities(main), None)):
        # "Papara Park'ta oynanan maç ... Trabzon, 6 Aralık": a Turkish venue with its case, the town written
        # elsewhere (a closing dateline).
        subs.append(cased)
    if (
        not subs
        and city is not None
        and (described := _described_at(before_coming_event(main), city, lookup))
    ):
        # "take a holy dip at Sangam, the confluence of the Ganges ... in Prayagraj": a name the caption
        # describes as a place.
        subs.append(described)
    # "at his Mar-a-Lago estate, ..., in Palm Beach, Fla.": the chain's place, read as a beach, is a town the
    # gazetteer knows; a landmark named bare is the place within it.
    opening: str | None = None
    if (
        beside
        and subs
        and (opening := landmark_subject(headed, lookup, (city or "", *clean_parents))) is not None
        and opening not in subs
    ):
        # "Big Ben is seen behind Westminster Bridge at dusk in London": the landmark the caption opens with
        # is shown; the bridge only says where it stands.
        subs.insert(0, opening)
        shown = opening
    town_sub = city is None and len(subs) == 1 and "city" in lookup.classify(subs[0])
    mark = (
        None
        if subs and not town_sub
        else known_landmark(before_coming_event(headed), lookup, (city or "", *clean_parents, *subs))
    )
    if mark and town_sub:
        city, subs = subs[0], []
    # "Fireworks light up San Siro stadium during ...": a known landmark and its noun, as a verb's object.
    mark = mark or (None if subs or city is None else landmark_before_its_noun(main, lookup))
    # A landmark the gazetteer lacks, read as the caption's opening subject of "towers over": a guess.
    guessed = None
    if mark and lookup.landmark(mark) is None:
        guessed = unknown_landmark_subject(before_coming_event(headed), lookup)
    elif opening is not None and shown == opening and lookup.landmark(opening) is None:
        guessed = unknown_landmark_subject(headed, lookup)
    if mark:
        # "received at Qasr Al Watan today", "al Quirinale per il Giorno del Ricordo": a landmark named bare
        # (a name even in lower case: "i riksdagen").
        subs.append(mark)
    if not subs and (landform := named_landform(main, lookup, (city or "", *clean_parents))):
        # "Ferðamenn við Seljalandsfoss", "no miradouro do Pico do Areeiro": a landform named by its shape.
        subs.append(landform)
    if not subs and (nordic := nordic_named_place(main)):
        subs.append(nordic)  # "på Stora torget i Enköping"
    # Not a word of the date: "Türkiye'de ..., 2 Aralık 2026" names no town Aralık (December).
    undated = main[: anchor[0]] + " " + main[anchor[1] :] if anchor else main
    loose = _loose_names(undated, clean_parents) if city is None and clean_parents else ()
    if city is not None and not clean_parents and not loose and _likelier_division(city, lookup):
        # "raid the Jenin refugee camp in the occupied West Bank": the only place read is a division, and a
        # town in it may be named outside the chain.
        loose = _loose_names(undated, [city]) or _facility_towns(main)
    loose = tuple(name for name in loose if name != district and name not in measured)
    if not subs and (city is None or _likelier_division(city, lookup)):
        # "the Menindee Lakes in far western NSW have filled up": a named landform or facility as subject,
        # where the caption names no town.
        places = _lower_words("landforms") | _lower_words("facilities")
        runs = [m.group().removeprefix("The ") for m in _CAPITALISED_RUN.finditer(main)]
        subs += [run for run in runs if len(run.split()) > 1 and run.split()[-1].lower() in places][:1]
    unknown = (
        city is not None
        and not clean_parents
        and not from_dateline
        # "Poznańscy policjanci na Starym Rynku": a name in a case after a preposition that declines it, with
        # no town after it, is a place in the town the rest of the caption names, as after a weak locative.
        and (has_weak_locative(main) or _opens_declined(text))
        and not lookup.classify(city)
    )
    # With only divisions written with their division word ("în Bran, județul Brașov"), the town is still
    # to be found.
    weak_parents = not clean_parents or (city is None and (bracketed or set(clean_parents) <= worded))
    # "Hinchas de Belgrano alientan en el estadio Mario Alberto Kempes de Córdoba": the town the place is
    # written with beats a guess from a weak locative (a team named like a district).
    placed = city is None and any(_town_of_place(s, lookup) for s in subs)
    # "i Spodek Arena i Katowice, Polen": the chain's country written after a town that a weak locative
    # opens, the chain having read a name no gazetteer knows further back ("under EM-kampen").
    chained = (
        city is not None
        and bool(clean_parents)
        and not from_dateline
        and text is not None
        and has_weak_locative(main)
        and not lookup.classify(city)
    )
    # "di Bekasi, Jawa Barat": with no town in the chain, one after a weak locative is sought too, unless it
    # is the name of a division written ("en la Provincia de Buenos Aires").
    if (
        (city is None or unknown or chained)
        and (weak_parents or city is None or chained)
        and not placed
        and (found := weak_town(main, lookup, subs))
        and (weak_parents or not any(found.city in p for p in clean_parents))
        and (not chained or _written_before_parents(found.city, text or ""))
    ):
        # "ankommer Stortinget i Oslo", "v Praze", "a Venezia": a town only the gazetteer can confirm. It
        # wins over a name no gazetteer knows ("na Národní třídě v Praze": a street cut short in Prague).
        if (
            unknown
            and city
            and not found.sublocation
            and _is_name(city)
            and city not in found.city
            and not abbreviation_compound(city)  # "under VM-finalen i Herning": an event, no place
            and city.split()[0].lower() not in words("place", "event_heads")  # "la Feria ... de Guadalajara"
        ):
            # "na Národní třídě v Praze": the name cut short before the town is a place in it, kept as
            # written (its nominative is a guess: "třídě" is "třída", but "mostě" is "most"), unless its
            # noun is one `inflected_place_nouns` gives ("na Horním náměstí v Olomouci": Horní náměstí).
            # It is the place shown, before any named further back ("na Sloupu ... na Horním náměstí").
            written = _with_nouns(city, main)
            nominative = inflected_sublocation(written)
            # Kept after a preposition that declines it ("na Maksimiru": Maksimir), it is flagged.
            declined = _opens_declined(text)
            # "na Americké třídě" with no town after it: the chain read the whole name, its noun undone.
            whole = next((sub for sub in subs if sub.startswith(f"{written} ")), None)
            kept_inflected = (whole or written) if declined and not nominative else None
            subs = [nominative or whole or written, *(sub for sub in subs if sub != whole)]
        city, bare = found.city, not found.placed
        clean_parents += [found.parent] if found.parent and found.parent not in clean_parents else []
        if found.sublocation and not any(found.sublocation in s for s in subs):
            subs.append(found.sublocation)  # not "Mercadal" of "plaça del Mercadal de Reus" again
    if not subs and city is not None and (harbour := _town_own_place(headed, city)):
        # "i Bodø havn" under NTB's "Bodø 20280616.", "i Visby hamn": the town's own harbour, its palace.
        subs.append(harbour)
    measured_city = city is not None and city in measured
    if city is not None and measured_city and clean_parents:
        # "a camp 30 kilometres east of Dire Dawa, Ethiopia": the town is only what the place is measured
        # from; the divisions written place the picture, and no town is given. With none, the town is kept,
        # flagged.
        near.insert(0, city)
        context.append(city)
        city, measured_city = None, False
    if (
        (city is None or not lookup.classify(city))
        and not clean_parents
        and (division := division_in_brackets(main, [n for n in (city, *subs) if n], lookup))
    ):
        if "city" in lookup.classify(division):
            city = division  # "trên cầu Long Biên (Hà Nội)": a city that is a division too is the town
        else:
            city = None  # "im Kleinwalsertal (Vorarlberg)": a valley, no town; its state is the place
            clean_parents.append(division)
    if (
        not subs
        and (from_dateline or bare)
        and city is not None
        and headed != main
        and (found := weak_town(headed[len(main) :], lookup))
        and found.sublocation
        and found.sublocation[:1].islower()  # opened by its noun, undone: no name in a case left unread
        and found.city == city
    ):
        # PAP: "Gdańsk, 11.02.2027. Kontenerowiec przy terminalu Baltic Hub w Gdańsku.": the body names the
        # dateline's town again after the place in it, in its case.
        subs.append(found.sublocation)
    if city is None and not clean_parents and subs and (owning := town_before_inflected(headed, lookup)):
        city, bare = owning[0], True  # "Tartu Raekoja platsil": the square of Tartu
        clean_parents += [owning[1]] if owning[1] else []  # "Tapa linnakus": Tapa, Estonia
    if city is None and not clean_parents and (region := region_not_in_latin(main, lookup)):
        clean_parents.append(region)  # "на Харківщині": Kharkiv Oblast, no town
    if city is None and not clean_parents and (country := country_named(main, lookup)):
        clean_parents.append(country)  # "i Sverige", "en el sur de España": the country, no town
    if not clean_parents and (side := border_side_country(main)) and city in (None, side[1]):
        # "at the Rafah crossing on the Egyptian side": Egypt (the chain read "the Egyptian" as a town).
        city, clean_parents = None, [side[0]]
    if (
        city
        and len(clean_parents) == 1
        and (town := town_in_case_before_country(city, clean_parents[0], lookup))
    ):
        city = town  # "Kävijät Helsingissä, Suomi": Helsinki
    subject = _subject_facility().match(main)
    # "The Peace Tower is seen through fog on Parliament Hill": a place the chain gives holds the subject.
    if subject and subject.group("seen_name") and subs:
        subject = None
    if (
        subject
        and (
            subject_name := subject.group("name") or subject.group("owned_name") or subject.group("seen_name")
        )
        not in subs
    ):
        # "Calistoga Ranch, in California's Napa Valley, was destroyed ...": the subject is the place, and
        # the chain after it only locates it.
        subs.insert(0, subject_name)
    owned = possessive_subject(main) or possessive_landmark(main, lookup)
    if (
        owned is not None
        and owned[1]
        and not subs
        and owned[0].split()[-1].lower() in words("people", "org_words")
        and (named_owned := _sublocation(owned[1]))
    ):
        # "Launceston City Council's Brisbane Street Mall upgrade": the body owns the site shown, no place.
        subs.append(named_owned)
    if owned is not None and "city" not in lookup.classify(owned[0]):
        owned = None
    if owned is not None:
        # "Paris's Eiffel Tower is lit up", "Tokyo's Shibuya crossing is crowded": the town owning the place
        # is no part of its name (the town itself is read as a modifier).
        owner = owned[0]
        subs = [s.removeprefix(f"{owner}'s ").removeprefix(f"{owner}’s ") for s in subs]
        if not subs and owned[1] and (named_owned := _sublocation(owned[1])):
            subs.append(named_owned)
    if not subs and city is not None and len(zones.sentences) > 1:
        # "Brasília – Nádia Costa amamenta a filha. ... promovem atividades na estação Galeria": the place
        # within the town, given in the next sentence; after a date alone in its own sentence, in the one
        # after it (Alamy: "Brighton, East Sussex, UK. 14th June 2025. Swimmers ... beside the Palace Pier").
        day = main[anchor[0] : anchor[1]] if anchor else ""
        subs += _later_sublocation(zones.sentences[1], lookup, city, day)
        if not subs and len(zones.sentences) > 2 and _only_a_date(zones.sentences[1]):
            subs += _later_sublocation(zones.sentences[2], lookup, city, day or zones.sentences[1])
    # Last, as the weakest signs, after a later sentence's place ("Nella foto il corteo in piazza Paolo
    # VI"): a name bare after a locative, a building a part of which is named.
    if (
        not subs
        and city is not None
        and (from_dateline or bare)
        and (bare_named := bare_name_after_locative(main, lookup))
    ):
        # "Brasilia, Brazil: Teachers protest outside the National Congress.", "MILANO, 4 APR - ... davanti
        # al Castello Sforzesco.": the town only opens the caption; the name bare after a locative is there.
        subs.append(bare_named)
    if not subs and city is not None and (part_of := named_in_genitive_after_part(main)):
        subs.append(part_of)  # "am Eingang des Hauptbahnhofs": the station (its nominative given below)
    if not subs and city is not None and (object_named := object_named_before_town(main, city, lookup)):
        subs.append(object_named)  # "Smog envelops the Qutub Minar in New Delhi": the minaret
    if lone and not all(_named_facility(s) or s == mark for s in subs):
        # "along a street in Aomori ... to the Sea of Japan coast": only a name closed by its own noun, or a
        # landmark the gazetteer knows ("The Taj Mahal is reflected in a pool in Agra").
        subs = lone
    if city and city not in clean_parents and (named := _town_in_division_named(subs, city, lookup)):
        # "no mercado de Campinas, São Paulo": the market's town; São Paulo is the state, no town here.
        # Read before the town a place ends with ("parque Miller de Yakima, Washington"), which keeps the
        # chain's town.
        subs[named[0]], clean_parents, city = (
            _without_its_town(subs[named[0]], named[1]),
            [city, *clean_parents],
            named[1],
        )
    for i, sub in enumerate(subs):
        if (town_of := _town_of_place(sub, lookup)) and (city is None or not _glued_town(sub, lookup)):
            # "allo stadio San Siro di Milano", "en la plaza de Mayo de Buenos Aires": the town it is in.
            subs[i], city = _without_its_town(sub, town_of), city or town_of
    beaches = [sub for sub in subs if sub.partition(" ")[0].lower() in words("place", "town_named_heads")]
    if beaches and city is not None and not lookup.classify(city):
        # "di Pantai Kuta, Badung, Bali": a beach is named after the town it is at, and a name after it the
        # gazetteer knows as no town is its division (Badung regency).
        beach = next((town for sub in beaches if (town := _beach_town(sub, lookup))), None)
        if beach:
            clean_parents, city = [city, *clean_parents], beach
    # IPTC's sublocation names a place: "Pokrovsk railway station", "prison de Saydnaya", "780 3rd avenue",
    # or at least says which ("polling station", "presidential palace"); a lone noun ("a warehouse",
    # "camp", "the beach") does not.
    # A country is no place within a town: "hit by a Russian strike, amid Russia's attack on Ukraine, in
    # Kharkiv" has read the aside's "on Ukraine".
    # "the Casa Rosada presidential palace": a known landmark whose name holds its own place noun keeps no
    # noun describing it; a bare name needs its noun ("Quirinale presidential palace", "Capitol reflecting
    # pool": a part of it).
    if city and common and not subs and not clean_parents and at_a_venue(city, text, lookup):
        # "Lionel Pratt at the Village Vanguard in 1962": a name with its article after "at", which no
        # gazetteer knows, and no town written: a club, a hall, a venue, no town.
        subs, city = [city], None
    # "drives past Western Wyoming's Kaylee Brandt": a player passed, no place.
    # "tussen Club Brugge KV en RSC Anderlecht": the second side of a match, no place.
    subs = [
        _without_description(_without_owned_event(s), lookup)
        for s in subs
        if not passed_player(main, s) and not second_side(main, s) and not organisation_congress(s)
    ]
    # "leave St Paul's Church in Covent Garden, London", "outside the Cavern in Mathew Street, Liverpool": the
    # place written before the district or the street the chain reads is in it, and more exact.
    within = place_within(main, subs[0], city) if subs and city and subs[0] != city else None
    # "vor dem Bismarck-Denkmal im Alten Elbpark": the same in German, the town written elsewhere.
    within = within or (german_place_within(main, subs[0]) if subs and city and subs[0] != city else None)
    if within and within not in subs:
        subs.insert(0, within)
    # "über den Christkindlesmarkt auf dem Hauptmarkt": a market is held on the square, which is shown.
    within = within or held_on(main, subs) or shown
    # A division is no place within a town: "at Bondi Beach as temperatures soar across New South Wales, in
    # Sydney" reads the state where the beach is named.
    subs = [s for s in subs if not _division_only(s, lookup)] or subs[:0]
    # Nor is one in another language: "under VM-kampen mot Frankrike i Lusail" (against France).
    named = [
        s
        for s in subs
        if (_is_name(s) or s == mark) and not lookup.country(s) and not _country_in_english(s, lookup)
    ]
    proper = [s for s in named if _proper(s)]
    # A facility or an address before a district: "at 1915 Billingsley Terrace ... in the Bronx borough".
    # So is one written head first: "en el estadio Santiago Bernabéu" (not "ante el Sevilla", a team).
    built = [s for s in named if s[:1].isdigit() or ((_proper(s) or is_head_first(s)) and is_facility(s))]
    # A town named like a place ("Puente Alto", "Ponte Vedra") is no place within itself, nor are its first
    # words ("the Rock in Rio festival in Rio de Janeiro": "Rio" is the town, cut short).
    town_words = f"{city or ''} ".casefold()
    ranked = [
        s
        for s in dict.fromkeys([*built, *proper, *named])
        if not town_words.startswith(f"{s} ".casefold())
        and sum(c.isalnum() for c in s) > 1  # "in a video posted on X": one letter names no place ("A1" does)
        and s not in words("place", "media_platforms_cased")  # "posted on Telegram"
        and s not in words("place", "named_parts")  # "an archaeological site": what a place is, not which
    ]
    if within in ranked:
        ranked.insert(0, ranked.pop(ranked.index(within)))
    if not ranked and city is not None and (kept := apposed_venue(main, lookup)):
        # "at her new restaurant, Saltwater, on the harbour in Hobart": the lone noun read names none; the
        # name in apposition does.
        ranked = [kept]
    # "an der Alten Donau": German declines the adjective opening a name; the name is its nominative. "the
    # Time Out Market food hall": the words that say what a named place is are no part of its name.
    ranked = [german_nominative(without_descriptor(s), main, lookup) for s in ranked]
    if city and not _latin_letters(city) and (latin := in_latin(city, lookup)):
        city = latin  # "Москва. 9 мая 2025.": the gazetteer holds Latin names
    if city and town_adjective_road(city):
        # "in der Mannheimer Straße": a road named for the town it leads to lies in another town, written
        # elsewhere or flagged as none.
        ranked, city = [city, *ranked], None
    if city and (adjectival := city_adjective(city, lookup)):
        # "in der Wiener Hofburg": Wien, Hofburg. After a place within it, that place stays the first: "am
        # Container Terminal Altenwerder im Hamburger Hafen" is the terminal, in Hamburg.
        city, ranked = adjectival[0], [*ranked, adjectival[1]]
    elif (
        ranked
        and (not city or _part_of_a_genitive(city))
        and (adjectival := city_adjective(ranked[0], lookup))
        and (adjectival[1] == ranked[0] or not city)
    ):
        # "im Berliner Hauptbahnhof": a station or a hall of a town's, read as the place, names its town with
        # the town's adjective (a German adjective before a name is read only as the town's phrase). So does
        # one whose hall is shown: "in der Haupthalle des Münchner Hauptbahnhofs" is read whole as the town.
        city = adjectival[0]
        if adjectival[1] != ranked[0]:
            # "am Wiener Stephansplatz", read as the place with no town: a big town's adjective before a name
            # names the town, the name the place (as "in der Wiener Hofburg", read as the town, does).
            ranked = [adjectival[1], *ranked[1:]]
    elif ranked and (adjectival := dutch_city_adjective(ranked[0], lookup)) and city in (None, adjectival[0]):
        city, ranked = adjectival[0], [adjectival[1], *ranked[1:]]  # "op het Rotterdamse Schouwburgplein"
    elif not (city or ranked or clean_parents) and (
        adjective_subject := german_adjective_opening(main, lookup)
    ):
        # "Der Zürcher Hauptbahnhof am Mittwochmorgen": no preposition before the town's place, the subject.
        city, ranked = adjective_subject[0], [adjective_subject[1]]
    if city and city[-2:] in ("'s", "’s"):
        if lookup.classify(city[:-2]):
            city = city[:-2]  # "in Charlottesville's downtown"
        elif clean_parents and not ranked and lookup.classify(clean_parents[0])[:1] == ("city",):
            # "at Lord's, London": a venue named with a possessive, then its town.
            ranked, city = [city], clean_parents.pop(0)
    if (
        ranked
        and (site := _possessive(ranked[0])) is not None
        and (site.group("owner") == city or site.group("owner") in clean_parents)
    ):
        # "Tourists at Timaru's Caroline Bay": the town owning the site, read as its town, is no part of it.
        ranked = [site.group("rest"), *ranked[1:]]
    return PlaceText(
        sublocation=next(iter(ranked), None),
        other_sublocations=tuple(ranked[1:]),
        city=city,
        # Mexican papers' state abbreviations: "VALLADOLID, Yuc., 17 de junio.-" is Yucatán's Valladolid.
        parents=tuple(_state_abbreviations().get(p, p) for p in clean_parents if p),
        world_region=descriptors[0] if descriptors else None,
        note="; ".join(dict.fromkeys(notes)) or None,
        text=text,
        context=tuple(dict.fromkeys(context)),
        bare_city=bare and city is not None and not from_dateline,
        opening_town=from_dateline
        and any(line.style == "lead" for line in lines)
        and _titled_colon_lead(main),
        weak_city=weak and city is not None and not from_dateline,
        common_city=common and city is not None and not from_dateline,
        near=tuple(dict.fromkeys(n for n in near if n)),
        metro=metro or (event_town(main, city) if city and not clean_parents else None),
        loose=loose,
        # And with a country alone read: "shows the Tripoli port in Lebanon" names its town as a modifier.
        owner=owned[0] if owned and owned[2] and not (city or clean_parents) else None,
        modifiers=_modifier_towns(main)
        if not (city or clean_parents)
        or (not (city or ranked) and _only_countries(None, clean_parents, lookup))
        else (),
        # And with a weak town alone read, which a local page's own town may outweigh (`_locate`).
        own_town=_own_town_of(zones, main, next(iter(ranked), None))
        if not (city or clean_parents) or (weak and city and not clean_parents and not from_dateline)
        else (),
        body=zones.body,
        settled=settled and city is not None,
        unread=None
        if ranked
        else unread_place(headed, lookup, (city or "", *clean_parents)) or named_district(main),
        inflected=kept_inflected,
        script=script,
        vantage=vantage if city else None,
        measured=measured_city and city is not None,
        towering=guessed is not None and next(iter(ranked), None) == guessed and not is_facility(guessed),
    )


@cache
def _nordic_site_in_town() -> re.Pattern[str]:
    prepositions = alternation(words("place", "nordic_place_prepositions_cased"))
    name = r"[A-ZÅÄÖÆØ][\w-]+(?: [A-ZÅÄÖÆØ][\w-]+)?"
    return re.compile(rf"(?:{prepositions}) (?P<site>{name}) i (?P<town>{name})")


def _nordic_town_after_site(text: str, city: str, lookup: PlaceLookup) -> str | None:
    """The town after "i" where a Nordic chain read a site named like a village before it as the town: "ved
    Søndersø i Viborg" (a lake). None where the name after "i" is no town."""
    m = _nordic_site_in_town().match(text)
    if m is None or m.group("site") != city or "city" not in lookup.classify(m.group("town")):
        return None
    if "city" not in lookup.classify(city):
        return None  # "ved NM-stafetten i Lillehammer": an event, read as no town, is left to its rule
    return m.group("town")


# A town after a name, its "de" elided before a vowel (Catalan, French): "... Pla de Baix d'Olot".
_ELIDED_TOWN = re.compile(r" d['’](?P<town>[A-ZÀ-Þ][\w-]+)(?![\w'’-])")


@cache
def _state_abbreviations() -> dict[str, str]:
    return rules("place")["state_abbreviations_cased"]


def _town_own_place(text: str, city: str) -> str | None:
    """A Nordic town's place written with the town read elsewhere ("Fiskebåter ... i Bodø havn" under the
    dateline "Bodø 20280616.", "i Visby hamn, 19 juni 2028"): the place shown, in that town."""
    if not any(f" {p} " in text for p in words("place", "nordic_place_prepositions_cased")):
        return None  # most captions hold no Nordic preposition: the pattern's pass is spared them
    owned = (place for forms, place in town_places(text) if any(_same_name(f, city) for f in forms))
    return next(owned, None)


def _known_town_before(chain: _Chain, lookup: PlaceLookup) -> str | None:
    """A town's bare name, one capitalised word, the chain read before its place ("in Mailand vor dem
    Derby"), or None; not a noun with its article ("beside the abbey in Tewkesbury": Abbey, Australia)."""
    names = (f for f in chain.facilities if f[:1].isupper() and " " not in f and _is_name(f))
    return next((f for f in names if "city" in lookup.classify(f)), None)


def _opens_declined(text: str | None) -> bool:
    """Whether a chain's text opens with a preposition that declines the name after it ("na Starym Rynku")."""
    opener = text.split(maxsplit=1)[0] if text and text.split() else ""
    return opener in words("place", "case_prepositions_cased")


def _own_town_of(zones: Zones, main: str, place_named: str | None) -> tuple[tuple[str, str], ...]:
    """A local page's own town named in the main sentence, or else in the next ("Crews pour concrete on
    Glenstone Avenue. Springfield's City Council approved the project"): a page names its town once."""
    if (read := own_town(main, place_named)) or len(zones.sentences) < 2:
        return read
    at = next((i for i, s in enumerate(zones.sentences) if s.startswith(main[:_OPENING_CHARS])), None)
    if at is None or at + 1 >= len(zones.sentences):
        return ()
    return own_town(zones.sentences[at + 1], place_named)


# The opening characters by which the main sentence, cut short or not, is found among the sentences.
_OPENING_CHARS = 20


_BRACKETED = re.compile(r"(?<=[\w.]) \(([A-ZÀ-Þ][^()]{2,30})\)")
_SPORT_NATION = re.compile(r"[A-Z]{3}")


def _seat_named_bare(phrase: str, lookup: PlaceLookup) -> str | None:
    """A landmark the gazetteer holds named bare where a town would stand ("s'exprime à Matignon", "au Quai
    d'Orsay": French names an office by its seat), where no town of some size bears the name (Matignon in
    Brittany is a village); the name, or None."""
    name = phrase.strip(" ,.")
    if not name[:1].isupper() or lookup.landmark(name) is None:
        return None
    towns = [r.place for r in lookup.candidates(name) if r.place.kind == "city"]
    return None if any(t.population >= _SEAT_NAMESAKE_POPULATION for t in towns) else name


# The French prepositions before a seat named bare: "à Matignon", "au Quai d'Orsay".
_FRENCH_SEAT_OPENERS = frozenset({"à", "au", "aux"})


# A town of this size keeps its name over a landmark's: "in Versailles" is the town, not the palace.
_SEAT_NAMESAKE_POPULATION = 5_000


@cache
def _beside_end() -> re.Pattern[str]:
    # "The Chrysler Building towers over Lexington Avenue": what a building towers over only locates it.
    towers = phrases("place", "building_stance_verbs_cased")
    return re.compile(
        rf"\b(?:{phrases('place', 'beside_landmarks')}|{towers} (?:over|above))\s+(?:the\s+)?$", re.IGNORECASE
    )


def _written_beside(text: str, name: str) -> bool:
    """Whether NAME is written in TEXT right after a word of where one thing stands by another ("behind",
    "in front of", "towers over")."""
    at = text.find(name)
    return at > 0 and _beside_end().search(text, 0, at) is not None


def _written_before_parents(town: str, text: str) -> bool:
    """Whether a town is written right before the chain's divisions and nothing else: "i Katowice, Polen"
    closes "under EM-kampen ... i Katowice, Polen"."""
    at = text.rfind(f" {town}, ")
    return at >= 0 and _PARENTS_AFTER.fullmatch(text, at + 1 + len(town)) is not None


_PARENTS_AFTER = re.compile(r"(?:, [A-ZÀ-Þ][^,]*)+")


# A facility's possessive before what it holds, in lower case: "the Ephrata Public Library's spring seed
# exchange", "the Lititz Public Library's annual book sale".
_OWNED_EVENT = re.compile(r"['’]s(?:\s+[a-z][\w\s-]*)?$")


def _without_owned_event(sublocation: str) -> str:
    """ "Ephrata Public Library's spring seed exchange" → "Ephrata Public Library": the facility that holds
    the event is the place shown; any other phrase as it is."""
    m = _OWNED_EVENT.search(sublocation)
    return sublocation[: m.start()] if m and is_facility(sublocation[: m.start()]) else sublocation


def _part_of_a_genitive(phrase: str) -> bool:
    """Whether PHRASE is a part of a building before its name in the genitive ("Haupthalle des Münchner
    Hauptbahnhofs"): no town, but the building's phrase, read as the place, may name one."""
    return " ".join(phrase.split()[:2]) in words("place", "parts_of_genitive_cased")
