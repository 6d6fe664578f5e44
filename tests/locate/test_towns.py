"""The towns a place's name holds (captions._locate._towns): "la préfecture d'Agen" is in Agen; a facility named
after a street ("Glasgow St Bridge") holds no town."""

from __future__ import annotations

import re

import pytest

from captions import Normaliser
from captions._locate._towns import _called_a_town, _of_tail, elided_of_tail, named_after_street
from captions._model import WarningCode
from captions._rules import words


@pytest.mark.parametrize(
    ("caption", "city"),
    [
        # French "de" elided before a vowel, the department written beside the town.
        (
            "Des éleveurs rassemblés devant la préfecture d'Évreux (Eure), le 2 décembre 2026. JOEL SAGET / AFP",
            "Évreux",
        ),
        (
            "Des élus réunis devant la mairie d'Eauze (Gers), le 1er décembre 2026. MARIE DUPONT / AFP",
            "Eauze",
        ),
    ],
)
def test_a_town_after_an_elided_de_with_its_division_is_the_town(
    normaliser: Normaliser, caption: str, city: str
) -> None:
    record = normaliser.normalise(caption)
    assert record.location is not None
    assert (record.location.city, record.location.country_code) == (city, "FR")


@pytest.mark.parametrize(
    ("caption", "city", "code"),
    [
        # A capitalised place's name closing with the French exonym of a big town after the elided "de".
        ("Des fidèles prient à la Grande Mosquée d'Alger, le mardi 8 juin 2027. (APS)", "Algiers", "DZ"),
        ("Des touristes devant la Grande Mosquée d'Oran, le 8 juin 2027. (APS)", "Oran", "DZ"),
    ],
)
def test_a_big_town_after_an_elided_de_closing_a_capitalised_name_is_the_town(
    normaliser: Normaliser, caption: str, city: str, code: str
) -> None:
    record = normaliser.normalise(caption)
    assert record.location is not None
    assert (record.location.city, record.location.country_code) == (city, code)


def test_a_small_town_after_an_elided_de_closing_a_name_is_no_town(normaliser: Normaliser) -> None:
    record = normaliser.normalise("Des visiteurs au Musée d'Orsay, le 3 décembre 2026. JULIEN DE ROSA / AFP")
    assert record.location is None or record.location.city != "Orsay"


def test_a_name_after_an_elided_de_with_no_division_is_no_town(normaliser: Normaliser) -> None:
    # "le musée d'Orsay" is in Paris, not in Orsay: with no division written, the name is not read as a town.
    record = normaliser.normalise("Des visiteurs au musée d'Orsay, le 3 décembre 2026. JULIEN DE ROSA / AFP")
    assert record.location is None or record.location.city != "Orsay"
    assert WarningCode.AMBIGUOUS_PLACE in {w.code for w in record.warnings}


def test_the_elided_tail_is_the_name_after_d_apostrophe() -> None:
    assert elided_of_tail("préfecture d'Agen") == ("Agen",)
    assert elided_of_tail("hôtel de ville d’Albi") == ("Albi",)
    assert elided_of_tail("gare de Rennes") == ()


def test_a_generic_noun_after_a_venue_named_for_its_town_leaves_the_town() -> None:
    # "Les Halles de Biarritz covered market": the lower-case noun closing the venue's name is no part of
    # the town it is named for; a town's own hyphens and particles are.
    assert _of_tail("Les Halles de Biarritz covered market") == ("Biarritz",)
    assert _of_tail("Marché de Saint-Jean-de-Luz") == ("Saint-Jean-de-Luz",)
    assert _of_tail("Centro Histórico de Ciudad de México") == ("Ciudad de México",)


@pytest.mark.parametrize(
    "caption",
    [
        # "Poonamallee" ends like a German avenue ("-allee"), but names a town of 60,000 people as written.
        "Commuters wait for a bus at Poonamallee on Thursday morning. | Photo Credit: K. Ramesh",
        "Residents wade through a flooded street in Poonamallee after overnight rain. (PTI Photo)",
    ],
)
def test_a_town_named_like_a_german_compound_is_the_town(normaliser: Normaliser, caption: str) -> None:
    location = normaliser.read(caption).record.location
    assert location is not None
    assert (location.city, location.country_code) == ("Poonamalle", "IN")


def test_a_small_town_named_like_a_harbour_is_the_town(normaliser: Normaliser) -> None:
    # "-hafen" closes harbours ("im Stadthafen") and the names of towns of every size: one the gazetteer
    # knows as written is the town.
    location = normaliser.read(
        "Die Feuerwehr in Wischhafen löschte am Montag einen Brand. Foto: Jan Olsen"
    ).record.location
    assert location is not None
    assert (location.city, location.sublocation) == ("Wischhafen", None)


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        (
            "Flensburg: Segler machen am Samstag im Stadthafen ihre Boote klar. Foto: Nils Berg",
            "Stadthafen",
            "Flensburg",
        ),
        ("Celle. Familien picknicken am Sonntag im Bürgerpark. Foto: Eva Lenz", "Bürgerpark", "Celle"),
    ],
)
def test_a_harbour_or_a_park_in_a_german_compound_is_the_place_in_the_town(
    normaliser: Normaliser, caption: str, sublocation: str, city: str
) -> None:
    location = normaliser.read(caption).record.location
    assert location is not None
    assert (location.sublocation, location.city) == (sublocation, city)


def test_a_german_compound_no_town_bears_stays_the_place_in_the_town(normaliser: Normaliser) -> None:
    location = normaliser.read(
        "Fans feiern am Samstag auf der Theresienwiese. Foto: Max Muster/dpa"
    ).record.location
    assert location is not None
    assert (location.sublocation, location.city) == ("Theresienwiese", None)


@pytest.mark.parametrize(
    ("name", "body", "called"),
    [
        ("La Restinga", "Migrants arrive at the port of La Restinga, on the island of El Hierro.", True),
        ("Sóller", "Tourists crowd the fishing village of Sóller.", True),
        ("Cowes", "Yachts moored in the harbour town of Cowes", True),
        # The name must end where a word does: "Al" is not "Alhambra".
        ("Al", "Smoke rises over the town of Alhambra.", False),
        ("Al", "Smoke rises over the town of Al-Amarah.", True),
        # A settlement's noun must open a word, and "of" follow it.
        ("Sóller", "The downtown of Sóller", False),
        ("Sóller", "The village near Sóller", False),
        ("Sóller", "Tourists in Sóller", False),
    ],
)
def test_a_name_after_a_settlement_noun_and_of_is_called_a_town(name: str, body: str, called: bool) -> None:
    assert _called_a_town(name, body) is called


@pytest.mark.parametrize(
    ("name", "body"),
    [
        ("St.", "Crowds in the city of St. Louis"),
        ("St.", "Crowds in the city of St.Louis"),
        ("Kafr", "the village of Kafr_Aqab"),
        ("Sóller", "the fishing village of Sóller, the town of Sóller"),
        ("Sóller", "the city of the town of Sóller"),
        ("", "the town of Sóller"),
    ],
)
def test_called_a_town_reads_as_the_pattern_of_its_name_did(name: str, body: str) -> None:
    # The nouns' pattern with the name written in (compiled for each name before): the same answer, "\b"
    # after a name closing on a stop included.
    nouns = "|".join(re.escape(w) for w in words("place", "town_nouns_of_cased"))
    pattern = rf"\b(?:{nouns}) of {re.escape(name)}\b"
    assert _called_a_town(name, body) is (re.search(pattern, body) is not None)


def test_a_bridge_named_after_its_street_is_no_towns(normaliser: Normaliser) -> None:
    record = normaliser.normalise("A kayaker passes beneath the Glasgow St Bridge on Thursday morning.")
    assert record.location is not None
    assert record.location.city is None
    assert WarningCode.AMBIGUOUS_PLACE in {w.code for w in record.warnings}


@pytest.mark.parametrize(
    ("name", "street"),
    [
        ("Glasgow St Bridge", True),
        ("George Street Mall", True),
        ("Leeds St James's Hospital", False),  # "St" before a name is a saint's
        ("Leeds Kirkgate Market", False),
        ("London Road", False),  # a street itself: read elsewhere
    ],
)
def test_a_street_inside_a_facilitys_name(name: str, street: bool) -> None:
    assert named_after_street(name) is street


@pytest.mark.parametrize(
    ("caption", "city"),
    [
        # A small town written right before its state, after a verb, not a preposition: the chain's town.
        (
            "Residents clear debris after a storm battered Lismore, New South Wales, on Tuesday. (AAP Image/Tom Keller)",
            "Lismore",
        ),
        ("Floods hit Kyogle, New South Wales, on Friday. (AAP Image/Sam Pratt)", "Kyogle"),
        # Controls: a small town named apart from the state is no town of the chain; nor a person's surname.
        ("Crews from Kyogle help residents across New South Wales on Friday. (AAP Image/Sam Pratt)", None),
        ("Farmer John Bega, New South Wales, inspects his crop on Friday. (AAP Image/Lena Ford)", None),
        # A site bearing a small town's name is no town, though it is written right before the division.
        ("Surfers wait for a set at Wainui Beach, Gisborne, on Sunday. JAMES MacDONALD/STUFF", None),
    ],
)
def test_a_small_town_written_right_before_its_division_is_the_town(
    normaliser: Normaliser, caption: str, city: str | None
) -> None:
    record = normaliser.normalise(caption)
    assert record.location is not None
    assert record.location.city == city


@pytest.mark.parametrize(
    ("caption", "city"),
    [
        # A village written right after "near", however small, is the town the chain's division holds.
        (
            "Burned olive groves near Rovies on the island of Evia, Greece, August 14, 2028. (AP Photo/Nikos "
            "Pappas)",
            "Roviés",
        ),
        # A village written right before the chain's own phrase: its district and province after it.
        (
            "Villagers clear mud from a mosque in Cisarua, in the Bogor district of West Java province, on "
            "January 9, 2028. (Photo by BUDI SANTOSO / AFP)",
            "Cisarua",
        ),
    ],
)
def test_a_village_near_or_before_the_chain_is_the_town(
    normaliser: Normaliser, caption: str, city: str
) -> None:
    record = normaliser.normalise(caption)
    assert record.location is not None and record.location.city == city
    assert not {w.code for w in record.warnings} & {WarningCode.AMBIGUOUS_PLACE, WarningCode.PLACE_NOT_FOUND}
