"""pycountry as a source of names: ISO 3166 country names, in English and in the languages agencies caption
in, and first-level divisions merged away that ISO 3166-2 still lists.

pycountry is imported on use, as everything the builder reads: a reader of a built index never loads it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from gazetteer._build._records import Admin1, Country
from gazetteer._names import latin_key, norm
from gazetteer._schema import F_MAIN

__all__ = ["country_names", "former_admin1"]

# Languages whose country names captions use in datelines: dpa, AFP, EFE, ANSA, Lusa, ANP.
_CAPTION_LANGUAGES = ("de", "fr", "es", "it", "pt", "nl")


def country_names(countries: Mapping[str, Country]) -> dict[str, tuple[str, str]]:
    """Add pycountry's English names to the countries; return their translated names (key -> code, name)."""
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
    return _translated_country_names(countries, pycountry)


def _translated_country_names(countries: Mapping[str, Country], pycountry: Any) -> dict[str, tuple[str, str]]:
    """The country names of the languages agencies caption in ("Österreich", "Espagne"), from
    pycountry's ISO 3166 translations. One that is another country's name is left out here, one that
    is a town's name ("Granada" is Portuguese for Grenada) when the towns are in (`Builder.finish`)."""
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
                    and taken.setdefault(norm(translated), record.alpha_2) == record.alpha_2
                ):
                    names[key] = (record.alpha_2, translated)
    return names


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
