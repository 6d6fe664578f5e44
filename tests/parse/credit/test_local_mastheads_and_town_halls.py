"""Local papers' credits, round two: mastheads that open with the paper's word ("Diario de ...", "Echo ...")
are the source, no photographer; town administrations ("Intendencia de ...", "Ville de ...") handed their
pictures out."""

from __future__ import annotations

import pytest

from captions import Normaliser
from captions._model import ProvenanceKind


@pytest.mark.parametrize(
    ("caption", "creator", "source"),
    [
        (
            "Vendedores en el mercado Lucas de Gálvez de Mérida el martes 13 de junio. (Foto: Diario de Yucatán)",
            None,
            "Diario de Yucatán",
        ),
        (
            "Jarmark na Rynku w Kielcach, 18 czerwca 2028 r. Fot. Tomasz Nowak/Echo Dnia",
            "Tomasz Nowak",
            "Echo Dnia",
        ),
        (
            "Il sindaco inaugura la nuova piazza a Parma, ieri mattina. Foto: Marco Galli/Gazzetta di Parma",
            "Marco Galli",
            "Gazzetta di Parma",
        ),
    ],
)
def test_a_masthead_opening_with_the_papers_word_is_the_source(
    normaliser: Normaliser, caption: str, creator: str | None, source: str
) -> None:
    record = normaliser.normalise(caption)
    assert (record.creator, record.source) == (creator, source)
    assert not record.provenance


def test_a_given_name_opening_a_lone_credit_stays_the_photographer(normaliser: Normaliser) -> None:
    record = normaliser.normalise(
        "Echo Martin sings at the Paramount in Austin on Friday. Photo: Echo Martin"
    )
    assert record.creator == "Echo Martin"


@pytest.mark.parametrize(
    "caption",
    [
        "The river at its highest level near the port of Paysandú, June 20, 2028. (Photo: Intendencia de Paysandú)",
        "Vecinos en la plaza central de Rosario el sábado por la tarde. Foto: Municipalidad de Rosario",
        "Les agents installent jeudi les barrières sur la passerelle. | Crédit photo : Ville de Cognac",
        "Die neue Brücke über den Rhein in Köln am Montag. Foto: Stadtverwaltung Köln",
    ],
)
def test_a_town_administration_handed_its_picture_out(normaliser: Normaliser, caption: str) -> None:
    record = normaliser.normalise(caption)
    assert record.creator is None
    assert [p.kind for p in record.provenance] == [ProvenanceKind.HANDOUT]


def test_a_finnish_ville_is_a_photographer(normaliser: Normaliser) -> None:
    record = normaliser.normalise("Skaters on the lake in Tampere on Sunday. Photo: Ville Virtanen/Lehtikuva")
    assert record.creator == "Ville Virtanen"


@pytest.mark.parametrize(
    ("caption", "creator", "source"),
    [
        # La Dépêche du Midi: "Photo", its initials and the photographer after a comma, no colon.
        (
            "Rodez. Les élèves du collège Fabre ont présenté leur spectacle jeudi soir. Photo DDM, Claire Vidal",
            "Claire Vidal",
            "DDM",
        ),
        # Sud Ouest: the photographer in capitals, then the paper's title in guillemets.
        (
            "Mont-de-Marsan — Les festayres dans les arènes du Plumaçon, samedi. PHOTO PIERRE LAVIGNE / « SUD OUEST »",
            "Pierre Lavigne",
            "Sud Ouest",
        ),
    ],
)
def test_a_french_regional_papers_credit_closing_the_caption(
    normaliser: Normaliser, caption: str, creator: str, source: str
) -> None:
    record = normaliser.normalise(caption)
    assert (record.creator, record.source) == (creator, source)
    assert not record.provenance
