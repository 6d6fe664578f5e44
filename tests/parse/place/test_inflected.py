"""Places named with a noun in another case (captions/_parse/_place/_inflected.py). Captions read whole
with such places are in test_weak.py, with the other languages' places."""

from __future__ import annotations

import pytest

from captions import Normaliser
from captions._parse._place._inflected import _inflected_noun_words, german_nominative, inflected_sublocation
from tests.conftest import located


def test_inflected_sublocation_wants_one_of_its_nouns() -> None:
    """The inflected nouns are looked for first (`_inflected_noun_words`); a text without one has no such
    place, and quotes around a name do not hide the noun after it."""
    assert (
        inflected_sublocation("Kibice świętują na Rynku Głównym w Krakowie, 3 maja 2026.") == "Rynek Główny"
    )
    assert inflected_sublocation("Navijači slave na Markovu trgu u Zagrebu, 5. svibnja 2026.") == "Markov trg"
    assert inflected_sublocation("Kaune, „Žalgirio“ arenoje, vyko rungtynės, 2026-02-12.") == "Žalgirio arena"
    assert inflected_sublocation("Fans celebrate in the main square of Krakow, May 3, 2026.") is None


def test_the_nouns_are_looked_for_where_the_phrase_can_hold_them() -> None:
    """`_inflected_noun_words` finds a closing noun after a space or a hyphen and a capitalised opening one
    anywhere; not a noun's letters inside another word ("hali" in "Khalil", "trgu" in "Outrgun")."""
    gate = _inflected_noun_words()
    assert gate.search("Khalil Outrgun walks home, 4 May 2027.") is None
    assert gate.search("Kibice na Starym Rynku") is not None  # after its modifier's space
    assert gate.search("Turisták a Mátyás-templomnál") is not None  # after a compound's hyphen
    assert gate.search("Palatului Parlamentului, 2027") is not None  # opening the text
    assert inflected_sublocation("Khalil Outrgun walks home in Gdansk, 4 May 2027.") is None


def test_a_hungarian_name_joined_to_its_noun_by_a_hyphen() -> None:
    """ "a Mátyás-templomnál": the name keeps its words, the noun takes its nominative."""
    assert inflected_sublocation("Turisták a Mátyás-templomnál, 2026. március 6.") == "Mátyás-templom"
    assert (
        inflected_sublocation("Hívek a Szent István-bazilikában, 2026. augusztus 20.")
        == "Szent István-bazilika"
    )


def test_a_polish_feminine_place_after_its_adjective() -> None:
    """ "na Jasnej Górze": the adjective's feminine ending and the noun, both in their nominative."""
    assert inflected_sublocation("Pielgrzymi modlą się na Jasnej Górze, 26 sierpnia 2026.") == "Jasna Góra"


def test_a_polish_masculine_place_after_its_adjective() -> None:
    """ "na Starym Rynku": a masculine noun's adjective in "-ym", "-im" is in "-y", "-i"; a feminine one in
    "-iej" is in "-a" ("na Wielkiej Krokwi")."""
    assert inflected_sublocation("Jarmark na Starym Rynku w Bydgoszczy, 4 grudnia 2027.") == "Stary Rynek"
    assert inflected_sublocation("Spacerowicze na Długim Targu w Gdańsku, 2 maja 2027.") == "Długi Targ"
    assert inflected_sublocation("Skoczkowie trenują na Średniej Krokwi, 3 marca 2027.") == "Średnia Krokiew"


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        # After a feminine article the adjective's nominative ends in "-e".
        (
            "Eisläufer auf der Alten Donau in Wien am Sonntag, 10. Januar 2027. Foto: Eva Berger/dpa",
            "Alte Donau",
            "Vienna",
        ),
        # After a masculine or neuter one in "-er", or "-es" before a neuter noun ("-haus").
        (
            "Jogger im Großen Tiergarten in Berlin am Montag, 5. Juli 2027. Foto: Jan Keller/dpa",
            "Großer Tiergarten",
            "Berlin",
        ),
        (
            "Polizisten vor dem Alten Rathaus in Hannover am Freitag, 9. Juli 2027. Foto: Lea Brandt/dpa",
            "Altes Rathaus",
            "Hannover",
        ),
    ],
)
def test_a_german_name_after_a_dative_article_in_the_nominative(
    normaliser: Normaliser, caption: str, sublocation: str, city: str
) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


def test_a_german_town_before_a_noun_is_not_declined(normaliser: Normaliser) -> None:
    """ "am Bremen Stadion" is no adjective and noun; text with no dative article before the name neither."""
    lookup = normaliser.gazetteer
    assert (
        german_nominative("Bremen Stadion", "Fans am Bremen Stadion, 3. Mai 2027.", lookup)
        == "Bremen Stadion"
    )
    assert german_nominative("Alten Donau", "Die Alten Donau, 3. Mai 2027.", lookup) == "Alten Donau"
    # A noun in "-en" before a name: "vor dem Hochofen Süd" stays as written.
    assert (
        german_nominative("Hochofen Süd", "Arbeiter vor dem Hochofen Süd, 3. Mai 2027.", lookup)
        == "Hochofen Süd"
    )


def test_a_polish_adjective_in_the_genitive_names_no_place() -> None:
    """ "Burmistrz Nowego Targu": the mayor of Nowy Targ; the town is the owner, no place in a case."""
    assert inflected_sublocation("Burmistrz Nowego Targu podczas sesji rady, 3 marca 2027.") is None


@pytest.mark.parametrize(
    ("caption", "sublocation"),
    [
        # A Polish place of one word in the locative, then its town: its nominative.
        (
            "Kraków, 22.07.2027. Spacerowicze na Plantach w Krakowie, 22 bm. Fot. PAP/Łukasz Gągulski",
            "Planty",
        ),
        (
            "Zakopane, 21.07.2027. Turyści na Gubałówce w Zakopanem, 21 bm. Fot. PAP/Grzegorz Momot",
            "Gubałówka",
        ),
        (
            "Zakopane, 20.07.2027. Turyści spacerują po Krupówkach w Zakopanem, 20 bm. Fot. PAP/Grzegorz Momot",
            "Krupówki",
        ),
        # A country in the locative is none: "na Filipinach" (in the Philippines).
        ("Manila, 22.07.2027. Polscy turyści na Filipinach w Manili, 22 bm. Fot. PAP/Adam Nowak", None),
    ],
)
def test_a_polish_place_of_one_word_in_the_locative(
    normaliser: Normaliser, caption: str, sublocation: str | None
) -> None:
    assert located(normaliser, caption, "sublocation") == (sublocation,)


@pytest.mark.parametrize(
    ("caption", "sublocation"),
    [
        # A masculine or neuter name after "des" loses its genitive "-s" ("Doms") or "-es" ("Schlosses").
        (
            "12.04.2027, Rheinland-Pfalz, Mainz: Ein Chor singt vor dem Portal des Mainzer Doms. Foto: Lena Vogt/dpa",
            "Mainzer Dom",
        ),
        (
            "03.05.2027, Baden-Württemberg, Heidelberg: Touristen auf den Stufen des Heidelberger Schlosses. "
            "Foto: Uwe Anspach/dpa",
            "Heidelberger Schloss",
        ),
        # An opening adjective in "-en" takes its nominative's ending by the noun's gender.
        (
            "08.06.2027, Sachsen, Leipzig: Kinder spielen auf den Stufen des Alten Rathauses. Foto: Jan Woitas/dpa",
            "Altes Rathaus",
        ),
        # A church's cloister or crypt is a part of it, as its portal is.
        (
            "13.06.2027, Baden-Württemberg, Freiburg: Ein Chor singt im Kreuzgang des Freiburger Münsters. "
            "Foto: Philipp von Ditfurth/dpa",
            "Freiburger Münster",
        ),
        (
            "14.06.2027, Bayern, Bamberg: Besucher gehen durch die Krypta des Bamberger Doms. Foto: Nicolas Armer/dpa",
            "Bamberger Dom",
        ),
        # A common building's noun alone names no place.
        ("09.06.2027, Berlin: Ein Mann sitzt auf den Stufen des Hauses. Foto: Jens Kalaene/dpa", None),
        ("10.06.2027, Berlin: Arbeiter auf dem Dach des Hauses. Foto: Jens Kalaene/dpa", None),
    ],
)
def test_a_german_name_after_a_genitive_article_in_the_nominative(
    normaliser: Normaliser, caption: str, sublocation: str | None
) -> None:
    assert located(normaliser, caption, "sublocation") == (sublocation,)


def test_french_des_opens_no_german_genitive(normaliser: Normaliser) -> None:
    """ "l'hôtel des Invalides": "des" after no German part of a building or preposition is left alone."""
    caption = "Des visiteurs devant l'hôtel des Invalides à Paris, le 3 mai 2027. Photo : Marc Dupont / AFP"
    assert german_nominative("Invalides", caption, normaliser.gazetteer) == "Invalides"


def test_a_baltic_town_owning_its_camp_or_port_in_the_genitive(normaliser: Normaliser) -> None:
    # "Tapa linnakus": the army camp of Tapa, Estonia (a bigger Tapa is in India), after a person's name.
    caption = "Kaitseminister Mari Tamm Tapa linnakus teisipäeval, 10. märtsil 2026. Foto: Jaan Kask / ERR"
    assert located(normaliser, caption, "city", "country_code", "sublocation") == (
        "Tapa",
        "EE",
        "Tapa linnak",
    )
