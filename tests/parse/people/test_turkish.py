"""People a Turkish caption's subject receives or meets, named in the accusative after their title."""

from __future__ import annotations

import pytest

from captions import Normaliser
from captions._parse._people._turkish import accusative_people


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        # A place in the locative after the name: the case ending closes the name.
        (
            "Cumhurbaşkanı Recep Tayyip Erdoğan, Bahreyn Kralı Hamad bin İsa Al Halife'yi Dolmabahçe Çalışma "
            "Ofisi'nde kabul etti. (Fotoğraf: Emre Yıldız/AA - 12.03.2027)",
            ["Recep Tayyip Erdoğan", "Hamad bin İsa Al Halife"],
        ),
        # A place in the locative before the title.
        (
            "Cumhurbaşkanı Recep Tayyip Erdoğan, Vahdettin Köşkü'nde Macaristan Başbakanı Viktor Orban'ı kabul "
            "etti. (Fotoğraf: Ayşe Kaya/AA - 14.03.2027)",
            ["Recep Tayyip Erdoğan", "Viktor Orban"],
        ),
    ],
)
def test_a_name_in_the_accusative_after_its_title_is_shown(
    normaliser: Normaliser, caption: str, expected: list[str]
) -> None:
    assert [p.name for p in normaliser.read(caption).record.persons] == expected


@pytest.mark.parametrize(
    "text",
    [
        # A title in the genitive names someone not received ("Başbakanı'nın açıklaması", his statement).
        "Gazeteciler, Pakistan Başbakanı Şahbaz Şerif'in açıklamasını dinledi.",
        # No title before the name.
        "Taraftarlar Ahmet Kaya'yı alkışladı.",
    ],
)
def test_no_name_without_a_title_and_the_accusative(text: str) -> None:
    assert accusative_people(text) == []


@pytest.mark.parametrize(
    "caption",
    [
        # A body in the agent's case of a passive shared the picture ("Bakanlığınca paylaşılan"): no one shown.
        "KONYA (AA) - Milli Savunma Bakanlığınca paylaşılan fotoğrafta, birliklerin 20 Eylül 2027'de icra ettiği "
        "tatbikat görülüyor. (Milli Savunma Bakanlığı - Anadolu Ajansı)",
        # A command's name credited for its handout.
        "İZMİR (AA) - Birlikler Seferihisar'da tatbikata katıldı. (Kara Kuvvetleri Komutanlığı/Handout - Anadolu Ajansı)",
        # A command in the possessive compound, opening with a word that is a given name too (Deniz).
        "MERSİN (AA) - Deniz Kuvvetleri Komutanlığı personeli, limanda düzenlenen tatbikatta görev yaptı. "
        "(Ayşe Kılıç - Anadolu Ajansı)",
        # A ministry with the agentive ending "-nca": the picture is the ministry's.
        "KONYA (AA) - Milli Savunma Bakanlığınca paylaşılan fotoğrafta, atışlı tatbikat görülüyor. "
        "(Milli Savunma Bakanlığı - Anadolu Ajansı)",
        "İSTANBUL (AA) - Emniyet Genel Müdürlüğünce düzenlenen törende mezun olan polisler yemin etti. "
        "(Ayşe Kılıç - Anadolu Ajansı)",
    ],
)
def test_a_turkish_body_is_no_one_shown(normaliser: Normaliser, caption: str) -> None:
    assert normaliser.read(caption).record.persons == ()
