"""pycountry as a source of names: ISO 3166 country names, in English and in the languages agencies caption
in, and first-level divisions merged away that ISO 3166-2 still lists.

pycountry is imported on use, as everything the builder reads: a reader of a built index never loads it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from gazetteer._build._records import Admin1, Country
from gazetteer._names import latin_key, norm
from gazetteer._schema import F_MAIN

__all__ = ["country_names", "former_admin1", "former_country_names", "translations_kept"]

# Languages whose country names captions use in datelines: dpa, AFP, EFE, ANSA, Lusa, ANP; then the other
# Latin-script languages the place reader reads (Nordic, Central European, Romanian, Turkish, Indonesian and
# Malay, Hungarian, Finnish, Catalan), as pycountry names their catalogues ("nb_NO": Norwegian Bokmål). Not
# Vietnamese: its names are given names too ("Đức", Germany, folds to "Duc"); other scripts are read
# elsewhere (captions/data/script_names.json). An earlier language keeps a name two give different countries.
_CAPTION_LANGUAGES = (
    "de", "fr", "es", "it", "pt", "nl",
    "da", "sv", "nb_NO", "pl", "cs", "sk", "sl", "hr", "ro", "tr", "id", "ms", "hu", "fi", "ca",
)  # fmt: skip


def country_names(countries: Mapping[str, Country], left_out: Iterable[str] = ()) -> dict[str, tuple[str, str]]:
    """Add pycountry's English names to the countries; return their translated names (key -> code, name),
    but for those LEFT_OUT (English words, given names: overlay ``[countries.translations]``)."""
    try:
        import pycountry
    except ImportError:  # pragma: no cover - a declared dependency
        return {}
    for record in pycountry.countries:
        country = countries.get(record.alpha_2)
        if country is None:
            continue
        for attr in ("name", "common_name", "official_name"):
            value = getattr(record, attr, None)
            if not value:
                continue
            country.names.add(value)
            head, sep, tail = value.partition(", ")
            if sep and (tail.endswith(" of") or tail.endswith(" of the")):
                # "Korea, Republic of" -> "Republic of Korea"
                country.names.add(f"{tail} {head}")
    return _translated_country_names(countries, pycountry, {norm(name) for name in left_out})


def former_country_names(countries: Mapping[str, Country], successors: Mapping[str, str]) -> None:
    """Add the names of former countries (pycountry's ISO 3166-3 ``historic_countries``: "Zaire, Republic
    of", "Southern Rhodesia", "German Democratic Republic") to the one country that took each over, as
    SUCCESSORS gives it by ISO alpha-3 (overlay ``[countries.former]``): an archive's "Kinshasa, Zaire" is in CD today.
    A former country split among several (USSR, Yugoslavia, Czechoslovakia) has no successor and no name."""
    try:
        import pycountry
    except ImportError:  # pragma: no cover - a declared dependency
        return
    for record in pycountry.historic_countries:
        country = countries.get(successors.get(record.alpha_3, ""))
        if country is None:
            continue
        head, sep, tail = record.name.partition(", ")
        country.names.add(head)
        if not sep:
            continue
        if "," not in tail and (tail.endswith(" of") or tail.endswith(" of the")):
            country.names.add(f"{tail} {head}")  # "Zaire, Republic of" -> "Republic of Zaire"


def _translated_country_names(
    countries: Mapping[str, Country], pycountry: Any, left_out: set[str]
) -> dict[str, tuple[str, str]]:
    """The country names of the languages agencies caption in ("Österreich", "Espagne"), from
    pycountry's ISO 3166 translations. One that is another country's name is left out here, one that
    is a sizeable town's name ("Granada" is Portuguese for Grenada) when the towns are in (`Builder.finish`).
    One LEFT_OUT is an English word or a name captions write for a person ("Island", "Maurizio")."""
    import gettext

    names: dict[str, tuple[str, str]] = {}
    taken = {norm(n): cc for cc, c in countries.items() for n in c.names}
    for language in _CAPTION_LANGUAGES:
        try:
            catalogue = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language])
        except OSError:  # pragma: no cover - pycountry ships these catalogues
            continue
        for record in pycountry.countries:
            country = countries.get(record.alpha_2)
            if country is None:
                continue
            for attr in ("name", "common_name"):
                value = getattr(record, attr, None)
                translated = catalogue.gettext(value) if value else None
                key = latin_key(translated) if translated else None
                if (
                    key
                    and translated
                    and norm(translated) not in left_out
                    and taken.setdefault(norm(translated), record.alpha_2) == record.alpha_2
                ):
                    names[key] = (record.alpha_2, translated)
    return names


# A town that bears a country's name in another language is the one captions mean from this many people, or
# from this share of the country's own (1/20).
_SIZEABLE_TOWN = 100_000
_COUNTRY_SHARE = 20


def translations_kept(
    translated: Mapping[str, tuple[str, str]], towns: Mapping[str, int], countries: Mapping[str, Country]
) -> Iterator[tuple[str, str]]:
    """The translated country names (key -> code, name) to index as countries: those no sizeable town bears
    (TOWNS: key -> the people of the biggest town of that name). Sizeable is 100,000 people (Granada is no
    Grenada, Salvador no El Salvador) or a twentieth of the country's own (Santa Lucía is no Saint Lucia);
    "España", a Philippine village of 2,600, is Spain, and "Polen", an Indonesian hamlet, Poland."""
    for key, (cc, name) in translated.items():
        population = towns.get(key)
        if population is None or (
            population < _SIZEABLE_TOWN and population * _COUNTRY_SHARE < countries[cc].population
        ):
            yield cc, name


def former_admin1(admin1: Mapping[tuple[str, str], Admin1], countries: Iterable[str]) -> list[Admin1]:
    """Divisions merged away (overlay [admin1.former]) that pycountry's ISO 3166-2 still lists."""
    import pycountry

    current = {rec.iso for rec in admin1.values()}
    wanted = set(countries)
    found = []
    for sub in pycountry.subdivisions:
        cc = sub.country_code
        if cc in wanted and sub.parent_code is None and sub.code not in current:
            code = "former-" + sub.code.partition("-")[2]
            rec = Admin1(cc, code, sub.name, sub.code, None, f"Former {sub.type.lower()}")
            rec.names[sub.name] = F_MAIN
            found.append(rec)
    return found
