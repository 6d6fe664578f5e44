"""The language of a sentence: an ASCII sentence's function words, read from its words in one pass and a set,
are those the case-blind trie finds (`_vocabulary._function_words`)."""

from __future__ import annotations

import pytest

from captions._parse._vocabulary import _ascii_forms, _ascii_function_words, _function_words, language_of

SENTENCES = [
    "Protesters march during a rally against rising prices in Lisbon, Portugal, May 3, 2026.",
    "Os adeptos do Benfica celebram a vitoria no Estadio da Luz, em Lisboa.",
    "Manifestanti in piazza a Roma durante lo sciopero generale.",
    "Los aficionados del Sevilla celebran en la Plaza Nueva de Sevilla.",
    "Die Feuerwehr loescht einen Brand in der Altstadt von Bern.",
    "Ogrenciler mezuniyet toreni SIRASINDA kep atiyor, Ankara.",  # Turkish written without its letters
    "Ogrenciler ile aileler ARASINDA bir tören yapildi",
    "L'attaquant de l'OM et le defenseur du Stade Rennais se disputent le ballon a Marseille.",
    "De burgemeester van Utrecht opent de nieuwe brug op de Oudegracht in Utrecht.",
    "Presidentti Alexander Stubb ja puoliso Suzanne Innes-Stubb saapuvat vastaanotolle Helsingissa.",
    "IN THE PICTURE: FANS OF THE HOME SIDE AT THE STADIUM",
    "",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_ascii_function_words_are_the_tries(sentence: str) -> None:
    fast, fast_english = _ascii_function_words(sentence)
    slow, slow_english = _function_words(sentence)
    assert fast == [word.lower() for word in slow]
    assert fast_english(sentence) == slow_english(sentence)


def test_a_dotless_word_is_read_in_ascii_as_the_engine_reads_it() -> None:
    # "arasında" matches "arasinda" case-blind ("ı" matches "i"), so it is a function word as written
    # there; a word whose letter has no ASCII match ("düzenlenen") has no ASCII form.
    assert "arasinda" in _ascii_forms()
    assert not any(form.startswith("d") and form.endswith("zenlenen") for form in _ascii_forms())
    assert _ascii_function_words("Ogrenciler ARASINDA ve SIRASINDA")[0] == ["arasinda", "ve", "sirasinda"]


def test_language_of_reads_ascii_sentences_by_their_words() -> None:
    assert language_of("Los aficionados del Sevilla celebran en la Plaza Nueva de Sevilla.") == "es"
    assert language_of("Supporters of Sevilla celebrate in the Plaza Nueva in Seville.") == "en"
