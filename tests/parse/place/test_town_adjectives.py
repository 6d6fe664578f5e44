"""Town adjectives with a changed stem (`_parse/_place/_town_adjectives.py`, `town_adjective_stems`)."""

from __future__ import annotations

import pytest

from captions import Normaliser
from captions._parse._place._town_adjectives import towns_by_stem
from tests.conftest import located


def test_the_stem_gives_the_town_before_a_name() -> None:
    assert towns_by_stem("Koncert v pražské O2 areně") == ["Praha"]
    assert towns_by_stem("Kibice na łódzkim Manufakturze") == ["Łódź"]


def test_no_name_after_the_adjective_no_town() -> None:
    assert towns_by_stem("pražské jaro a brněnské výstaviště") == []


@pytest.mark.parametrize(
    ("caption", "city", "country_code"),
    [
        (
            "Zpěvák Karel Gott vystoupil 3. února 2027 v pražské Lucerně, kde oslavil výročí. ČTK/Šimánek Vít",
            "Prague",
            "CZ",
        ),
        (
            "Fanoušci slaví na brněnském Náměstí Svobody 3. února 2027 vítězství hokejistů. ČTK/Igor Zehl",
            "Brno",
            "CZ",
        ),
        (
            "Demonštranti sa zišli na košickom Hlavnom námestí 4. februára 2027. TASR/František Iván",
            "Košice",
            "SK",
        ),
    ],
)
def test_a_changed_stem_names_the_town(
    normaliser: Normaliser, caption: str, city: str, country_code: str
) -> None:
    assert located(normaliser, caption, "city", "country_code") == (city, country_code)


@pytest.mark.parametrize(
    ("caption", "city", "country_code"),
    [
        # Polish and Czech plural town adjectives before a town's service ("firefighters", "police officers").
        (
            "Wrocławscy strażacy gaszą pożar kamienicy w sobotę wieczorem. Fot. Anna Wiśniewska",
            "Wrocław",
            "PL",
        ),
        ("Brněnští hasiči likvidují požár skladu v pondělí ráno. Foto: Deník/Petr Novák", "Brno", "CZ"),
        ("Ostravští policisté zasahují u nádraží ve čtvrtek. Foto: ČTK/Jana Dvořáková", "Ostrava", "CZ"),
        # Ukrainian: the adjective in "-ські" undone to the town ("Харківські": Харків).
        ("Харківські рятувальники гасять пожежу в житловому будинку у неділю. Фото: ДСНС", "Kharkiv", "UA"),
        # German and Dutch adjectives before their police and fire brigade.
        ("Die Bremer Polizei sperrt am Sonntag die Innenstadt ab. Foto: Karl Weiß/dpa", "Bremen", "DE"),
        (
            "De Utrechtse brandweer blust zondag een brand in een loods. Foto: ANP / Kees de Wit",
            "Utrecht",
            "NL",
        ),
    ],
)
def test_a_town_adjective_before_its_service_names_the_town(
    normaliser: Normaliser, caption: str, city: str, country_code: str
) -> None:
    assert located(normaliser, caption, "city", "country_code") == (city, country_code)


@pytest.mark.parametrize(
    ("caption", "city"),
    [
        # The town's own "-sk" kept before the ending ("gdański") and Lublin's changed stem ("lubelski").
        ("Gdańscy strażacy gaszą pożar hali w sobotę wieczorem. Fot. Piotr Wójcik", "Gdańsk"),
        ("Lubelscy policjanci zatrzymali kierowcę w niedzielę. Fot. Adam Nowak", "Lublin"),
        # The plural "-ccy" of an adjective in "-cki" ("katowicki"), and Czech Liberec's "liberecký".
        ("Katowiccy policjanci zabezpieczają stadion w piątek. Fot. Marek Zając", "Katowice"),
        ("Liberečtí hasiči likvidují požár haly v úterý ráno. Foto: ČTK/Radek Petrášek", "Liberec"),
    ],
)
def test_a_town_adjective_with_a_kept_or_changed_stem_before_its_service(
    normaliser: Normaliser, caption: str, city: str
) -> None:
    assert located(normaliser, caption, "city") == (city,)


def test_a_declined_place_after_a_town_adjective_is_in_that_town(normaliser: Normaliser) -> None:
    # "na Starym Rynku" (on the Old Market Square), with no town after it: no town of its own (Kaštel
    # Stari, Croatia, read from "Starym"), but a square in the town the adjective before names.
    caption = "Poznańscy policjanci na Starym Rynku w czwartek wieczorem. Fot. Tomasz Kowal"
    assert located(normaliser, caption, "city", "country_code", "sublocation") == (
        "Poznań",
        "PL",
        "Stary Rynek",
    )


def test_a_declined_street_keeps_its_noun_after_a_town_adjective(normaliser: Normaliser) -> None:
    # "na Americké třídě" with no town after it: the street's whole name, not its adjective alone, and the
    # town of the adjective opening the caption; the name's case is left for the desk to check.
    record = normaliser.normalise(
        "Plzeňští hasiči vyprošťují řidiče z auta na Americké třídě ve středu odpoledne. Foto: Deník/Jan Novák"
    )
    assert record.location is not None
    assert (record.location.city, record.location.sublocation) == ("Pilsen", "Americké třída")
    assert "ambiguous_place" in {w.code for w in record.warnings}
