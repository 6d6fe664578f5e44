"""Former countries' names from pycountry's ISO 3166-3 list (gazetteer/_build/_pycountry.py)."""

from __future__ import annotations

from gazetteer._build._pycountry import former_country_names
from gazetteer._build._records import Country


def _countries() -> dict[str, Country]:
    return {
        cc: Country(cc, cc3, name, None, "", 0, 0.0)
        for cc, cc3, name in (
            ("CD", "COD", "Democratic Republic of the Congo"),
            ("ZW", "ZWE", "Zimbabwe"),
            ("DE", "DEU", "Germany"),
            ("RU", "RUS", "Russia"),
        )
    }


def test_a_former_country_names_the_one_that_took_it_over() -> None:
    countries = _countries()
    former_country_names(countries, {"ZAR": "CD", "RHO": "ZW", "DDR": "DE"})
    assert {"Zaire", "Republic of Zaire"} <= countries["CD"].names
    assert "Southern Rhodesia" in countries["ZW"].names
    assert "German Democratic Republic" in countries["DE"].names


def test_a_former_country_split_among_several_names_none() -> None:
    countries = _countries()
    former_country_names(countries, {"ZAR": "CD"})
    assert not any("USSR" in name or "Soviet" in name for name in countries["RU"].names)
    assert "Zaire" not in countries["DE"].names
