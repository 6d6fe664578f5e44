"""Credits of culture and feature pages (stop 35, round two): an old agency's name before an archive's
collection in a Getty credit, a paper that sent its photographer named after the name, and dpa's feature
service's usage note after its credit."""

from __future__ import annotations

import pytest

from captions._parse import clean_with_breaks
from captions._parse._credit import Credit, find_credit


def credit(caption: str) -> Credit:
    return find_credit(*clean_with_breaks(caption))


@pytest.mark.parametrize(
    "caption",
    [
        "Dancers rehearse at the Royal Opera House, London, 1964. (Photo by Keystone/Hulton Archive/Getty Images)",
        "Bathers on the beach at Brighton, 1957. (Photo by Keystone/Hulton Archive/Getty Images)",
    ],
)
def test_an_agency_before_an_archive_collection_is_the_collections_not_the_source(caption: str) -> None:
    found = credit(caption)
    assert found.source == "Getty Images"
    assert found.creator is None


def test_the_swiss_agency_alone_stays_the_source() -> None:
    found = credit("Besucher im Kunsthaus in Zürich am 10. Mai 2028. KEYSTONE/Lena Frei")
    assert found.source == "Keystone"
    assert found.creator == "Lena Frei"


@pytest.mark.parametrize(
    ("caption", "creator", "source"),
    [
        # Le Monde and El País name themselves after their photographer.
        (
            "Lors du vernissage au Centre Pompidou, à Paris, le 12 mai 2028. JULIEN DUVAL POUR « LE MONDE »",
            "Julien Duval",
            "Le Monde",
        ),
        (
            "Una mujer contempla un cuadro en el Museo del Prado, en Madrid, el pasado 10 de mayo. CLAUDIO "
            "ÁLVAREZ (EL PAÍS)",
            "Claudio Álvarez",
            "El País",
        ),
        # A paper no list knows, named in guillemets, is the paper all the same.
        (
            "Au Festival de Cannes, le 16 mai 2028. Marie Rousseau pour « Libération »",
            "Marie Rousseau",
            "Libération",
        ),
        (
            "Au Festival de Cannes, le 16 mai 2028. LUC MOREL POUR « OUEST-FRANCE »",
            "Luc Morel",
            "Ouest-France",
        ),
    ],
)
def test_the_paper_that_sent_its_photographer_is_the_source(caption: str, creator: str, source: str) -> None:
    found = credit(caption)
    assert (found.creator, found.source) == (creator, source)


@pytest.mark.parametrize(
    ("caption", "line"),
    [
        (
            "Strandkörbe am Ostseestrand von Binz auf Rügen. Foto: Peter Möller/dpa-tmn - Honorarfrei nur für "
            "Bezieher des dpa-Themendienstes",
            "Peter Möller/dpa-tmn",
        ),
        (
            "Das neue Besucherzentrum am Kyffhäuser. Foto: Anke Brandt/dpa-tmn - Nur für redaktionelle Zwecke",
            "Anke Brandt/dpa-tmn",
        ),
    ],
)
def test_a_usage_note_after_the_dash_is_no_part_of_the_credit(caption: str, line: str) -> None:
    found = credit(caption)
    assert found.line == line
    assert found.source == "dpa-tmn"
