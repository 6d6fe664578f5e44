"""Places named with a noun in another case (captions/_parse/_place/_inflected.py). Captions read whole
with such places are in test_weak.py, with the other languages' places."""

from __future__ import annotations

from captions._parse._place._inflected import inflected_sublocation


def test_inflected_sublocation_wants_one_of_its_nouns() -> None:
    """The inflected nouns are looked for first (`_inflected_noun_words`); a text without one has no such
    place, and quotes around a name do not hide the noun after it."""
    assert (
        inflected_sublocation("Kibice świętują na Rynku Głównym w Krakowie, 3 maja 2026.") == "Rynek Główny"
    )
    assert inflected_sublocation("Navijači slave na Markovu trgu u Zagrebu, 5. svibnja 2026.") == "Markov trg"
    assert inflected_sublocation("Kaune, „Žalgirio“ arenoje, vyko rungtynės, 2026-02-12.") == "Žalgirio arena"
    assert inflected_sublocation("Fans celebrate in the main square of Krakow, May 3, 2026.") is None


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
