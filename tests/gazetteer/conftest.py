"""Fixtures: the real index (built once per machine in the user cache) and a tiny synthetic GeoNames dump."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from gazetteer import Gazetteer, build_index

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def gz() -> Gazetteer:
    """The default index: built on first use (~30 s), then reused from the cache by every later run."""
    return Gazetteer.default()


def shared_file(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent (../shared comes with the project workspace, not with the repository)")
    return path


# A GeoNames dump in miniature, in the real tab-separated formats (readme.txt of the dump):
# allCountries: geonameid name asciiname alternatenames lat lon fclass fcode cc cc2 admin1 admin2 admin3
#               admin4 population elevation dem timezone moddate
# alternateNamesV2: id geonameid isolanguage name isPreferred isShort isColloquial isHistoric from to
_COUNTRY_COLUMNS = (
    "ISO", "ISO3", "ISO-Numeric", "fips", "Country", "Capital", "Area(in sq km)", "Population", "Continent",
    "tld", "CurrencyCode", "CurrencyName", "Phone", "Postal Code Format", "Postal Code Regex", "Languages",
    "geonameid", "neighbours", "EquivalentFipsCode",
)  # fmt: skip
_COUNTRIES = (
    ("UA", "UKR", "804", "UP", "Ukraine", "Kyiv", "603700", "44622516", "EU", ".ua", "UAH", "Hryvnia", "380",
     "#####", "", "uk,ru-UA", "690791", "PL,MD,HU,SK,BY,RO,RU", ""),
    ("US", "USA", "840", "US", "United States", "Washington", "9629091", "327167434", "NA", ".us", "USD",
     "Dollar", "1", "#####-####", "", "en-US,es-US", "6252001", "CA,MX,CU", ""),
    ("KZ", "KAZ", "398", "KZ", "Kazakhstan", "Astana", "2717300", "18276499", "AS", ".kz", "KZT", "Tenge",
     "7", "", "", "kk,ru", "1522867", "TM,CN,KG,UZ,RU", ""),
)  # fmt: skip
_COUNTRY_INFO = (
    "# " + "\t".join(_COUNTRY_COLUMNS) + "\n" + "".join("\t".join(row) + "\n" for row in _COUNTRIES)
)
_ADMIN1 = """\
UA.14	Luhansk	Luhansk	702657
UA.05	Donetsk	Donetsk	709716
UA.12	Kyiv City	Kyiv City	703447
US.TX	Texas	Texas	4736286
KZ.11	Pavlodar Region	Pavlodar Region	1520239
"""
_PLACES = [
    # id, name, ascii, alternates, lat, lon, class, code, cc, admin1, population
    (690791, "Ukraine", "Ukraine", "", 49.0, 32.0, "A", "PCLI", "UA", "00", 44622516),
    (702657, "Luhansk Oblast", "Luhansk Oblast", "", 48.67, 39.17, "A", "ADM1", "UA", "14", 2151833),
    (
        702658,
        "Luhansk",
        "Luhansk",
        "Lugansk,Voroshilovgrad",
        48.56814,
        39.30553,
        "P",
        "PPLA",
        "UA",
        "14",
        397677,
    ),
    (694725, "Shchastya", "Shchastya", "Shchastia", 48.73784, 39.23047, "P", "PPL", "UA", "14", 11411),
    (704422, "Pokrovs'k", "Pokrovs'k", "Krasnoarmiisk", 48.28014, 37.17706, "P", "PPL", "UA", "05", 60127),
    (703448, "Kyiv", "Kyiv", "Kiev", 50.45466, 30.5238, "P", "PPLC", "UA", "12", 2952301),
    (4717560, "Paris", "Paris", "", 33.66094, -95.55551, "P", "PPLA2", "US", "TX", 24782),
    (1520240, "Lugansk", "Lugansk", "", 51.5, 77.0, "P", "PPL", "KZ", "11", 1677),
    (9999001, "Old Fort", "Old Fort", "", 48.0, 39.0, "P", "PPLH", "UA", "14", 0),
    # GeoNames' own points for a country and a second-level division: they win over the shipped ones.
    (6252001, "United States", "United States", "", 39.76, -98.5, "A", "PCLI", "US", "00", 327167434),
    (12189523, "Shchastynskyi Raion", "Shchastynskyi Raion", "", 48.9, 39.4, "A", "ADM2", "UA", "14", 43364),
]
# allCountries' admin2 column for the places that have one (codes of gazetteer/data/admin2.csv).
_ADMIN2_CODES = {694725: "4416", 12189523: "4416"}
_ALTERNATES = [
    # alternateNameId, geonameid, language, name, preferred, short, colloquial, historic
    (1, 702658, "en", "Luhansk", "1", "", "", ""),
    (2, 702658, "ru", "Lugansk", "", "", "", ""),
    (3, 702658, "", "Voroshilovgrad", "", "", "", "1"),
    (4, 702658, "ru", "Луганск", "", "", "", ""),
    (5, 702658, "link", "https://en.wikipedia.org/wiki/Luhansk", "", "", "", ""),
    (6, 694725, "en", "Shchastia", "", "", "", ""),
    (7, 704422, "en", "Pokrovsk", "1", "", "", ""),
    (8, 704422, "", "Krasnoarmiisk", "", "", "", "1"),
    (9, 703448, "en", "Kyiv", "1", "", "", ""),
    (10, 703448, "en", "Kiev", "", "", "", ""),
    (11, 702657, "en", "Luhansk Oblast", "1", "", "", ""),
    (12, 702657, "ru", "Luganskaya Oblast'", "", "", "", ""),
    (13, 4717560, "iata", "PRX", "", "", "", ""),
]


def write_tiny_dump(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "countryInfo.txt").write_text(_COUNTRY_INFO, encoding="utf-8")
    (folder / "admin1CodesASCII.txt").write_text(_ADMIN1, encoding="utf-8")
    rows = []
    for gid, name, ascii_name, alts, lat, lon, fclass, fcode, cc, a1, pop in _PLACES:
        fields = (
            gid,
            name,
            ascii_name,
            alts,
            lat,
            lon,
            fclass,
            fcode,
            cc,
            "",
            a1,
            _ADMIN2_CODES.get(gid, ""),
            "",
            "",
            pop,
            "",
            "100",
        )
        rows.append("\t".join(map(str, (*fields, "Europe/Kyiv", "2024-01-01"))))
    (folder / "allCountries.txt").write_text("\n".join(rows) + "\n", encoding="utf-8")
    alt_rows = ["\t".join(map(str, (*row, "", ""))) for row in _ALTERNATES]
    (folder / "alternateNamesV2.txt").write_text("\n".join(alt_rows) + "\n", encoding="utf-8")
    return folder


@pytest.fixture(scope="session")
def tiny_dump(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_tiny_dump(tmp_path_factory.mktemp("geonames-dump"))


@pytest.fixture(scope="session")
def tiny_index(tmp_path_factory: pytest.TempPathFactory, tiny_dump: Path) -> Path:
    return build_index(tmp_path_factory.mktemp("tiny-index") / "tiny.sqlite", source=tiny_dump)


@pytest.fixture()
def tiny_gz(tiny_index: Path) -> Iterator[Gazetteer]:
    gz = Gazetteer(tiny_index)
    yield gz
    gz.close()
