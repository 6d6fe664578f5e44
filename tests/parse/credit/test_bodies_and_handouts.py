"""Credits of pictures that bodies hand out: a navy, a ministry, a police force, a zoo or a museum credited
where a photographer would stand is no one's name, and a rank before a photographer's name is no part of it."""

from __future__ import annotations

import pytest

from captions._model import ProvenanceKind
from captions._parse import clean_with_breaks
from captions._parse._credit import find_credit


def credit(caption: str):  # type: ignore[no-untyped-def]
    return find_credit(*clean_with_breaks(caption))


def handed_out(caption: str) -> bool:
    return any(kind == ProvenanceKind.HANDOUT for kind, _, _ in credit(caption).provenance)


@pytest.mark.parametrize(
    ("caption", "creator", "handout"),
    [
        # ANSA's restriction block holds a comma of its own, and the sentence before the credit a bracket: the
        # credit before the block is still read.
        (
            "Gli agenti della Polizia di Stato durante un controllo a Bari (Puglia), 19 settembre 2027. "
            "ANSA/POLIZIA DI STATO +++ NO SALES, EDITORIAL USE ONLY +++",
            None,
            True,
        ),
        (
            "Un incendio in un capannone a Prato (Firenze), 20 settembre 2027. ANSA/CLAUDIO GIOVANNINI "
            "+++ NO SALES, EDITORIAL USE ONLY +++",
            "Claudio Giovannini",
            False,
        ),
    ],
)
def test_a_credit_before_ansa_s_restriction_block(caption: str, creator: str | None, handout: bool) -> None:
    found = credit(caption)
    assert found.source == "ANSA"
    assert found.creator == creator
    assert handed_out(caption) is handout


@pytest.mark.parametrize(
    ("caption", "creator"),
    [
        (
            "Fuzileiros navais durante exercício em Itaguaí, nesta segunda-feira (20). "
            "Foto: Cabo Renata Moura/Marinha do Brasil",
            "Renata Moura",
        ),
        (
            "Soldados durante unas maniobras en Zaragoza, 16 de septiembre de 2027. "
            "Foto: Cabo primero Luis Gómez / Ejército de Tierra",
            "Luis Gómez",
        ),
        (
            "Des militaires patrouillent à Lyon, le 19 septembre 2027. Photo : Adjudant Marc Leroy / Armée de Terre",
            "Marc Leroy",
        ),
        (
            "Soldaten bei einer Übung in Munster, 21. September 2027. Foto: Hauptfeldwebel Jan Becker/Bundeswehr",
            "Jan Becker",
        ),
        # A name alone is read as before.
        (
            "Militares durante exercício em Resende, nesta quarta-feira (22). Foto: Ana Lima/Exército Brasileiro",
            "Ana Lima",
        ),
    ],
)
def test_a_rank_before_a_photographer_s_name_is_no_part_of_it(caption: str, creator: str | None) -> None:
    assert credit(caption).creator == creator


@pytest.mark.parametrize(
    ("caption", "creator", "source"),
    [
        # A navy's name opening with a given name ("Marine") is a body's, handing the picture out.
        (
            "Des marins lors d'un exercice au large de Brest, le 12 septembre 2027. "
            '(Photo by Handout / MARINE NATIONALE / AFP) / MANDATORY CREDIT "AFP PHOTO / MARINE NATIONALE / HANDOUT"',
            None,
            "AFP",
        ),
        (
            "Um navio patrulha a costa ao largo de Peniche, 18 de setembro de 2027. MARINHA PORTUGUESA / HANDOUT / LUSA",
            None,
            "Lusa",
        ),
        (
            "Um helicóptero resgata um tripulante ao largo de Sagres, 26 de setembro de 2027. "
            "FORÇA AÉREA PORTUGUESA / HANDOUT / LUSA",
            None,
            "Lusa",
        ),
        (
            "İZMİR (AA) - Birlikler Seferihisar'da tatbikata katıldı. (Kara Kuvvetleri Komutanlığı/Handout - Anadolu Ajansı)",
            None,
            "Anadolu",
        ),
        # The presidential press bureau hands the picture out; its photographer follows it.
        (
            "Presiden menerima tamu di Istana Bogor, Selasa (21/9/2027). "
            "ANTARA FOTO/Biro Pers Sekretariat Presiden/Dimas Prasetyo/nym.",
            "Dimas Prasetyo",
            "Antara",
        ),
        # A surname that folds to a body's word in another language ("Câmara") is still a surname.
        (
            "Miners at work near Kankan, Guinea, November 30, 2026. REUTERS/Souleymane Camara",
            "Souleymane Camara",
            "Reuters",
        ),
        # A photographer whose given name is a navy's first word is still a photographer.
        (
            "The aircraft carrier in the Mediterranean, September 15, 2027. (Photo by Marine Dupont / AFP)",
            "Marine Dupont",
            "AFP",
        ),
    ],
)
def test_a_body_credited_where_a_photographer_stands(caption: str, creator: str | None, source: str) -> None:
    found = credit(caption)
    assert found.creator == creator
    assert found.source == source
    if creator is None or source == "Antara":
        assert handed_out(caption)


@pytest.mark.parametrize(
    ("caption", "line"),
    [
        (
            "Le petit panda fait ses premiers pas hors de la nurserie, à Saint-Aignan (Loir-et-Cher), le 23 "
            "septembre 2027. Photo ZooParc de Beauval",
            "ZooParc de Beauval",
        ),
        (
            "Les nouvelles salles du musée rouvrent au public à Lyon, le 17 septembre 2027. Photo Musée des Confluences",
            "Musée des Confluences",
        ),
        (
            "La passerelle est inaugurée sur les quais à Bordeaux, le 20 septembre 2027. Photo Mairie de Bordeaux",
            "Mairie de Bordeaux",
        ),
    ],
)
def test_a_body_alone_after_the_bare_word_photo_handed_the_picture_out(caption: str, line: str) -> None:
    found = credit(caption)
    assert found.line == line
    assert found.creator is None
    assert handed_out(caption)


@pytest.mark.parametrize(
    ("caption", "creator"),
    [
        ("Les vendanges au domaine à Beaune, le 16 septembre 2027. Photo Jean-Luc Petit", "Jean-Luc Petit"),
        ("Les vendanges au domaine à Beaune, le 16 septembre 2027. Photo Marine Dupont", "Marine Dupont"),
    ],
)
def test_a_name_after_the_bare_word_photo_is_still_the_photographer_s(caption: str, creator: str) -> None:
    assert credit(caption).creator == creator


def test_a_supplier_via_an_agency_in_a_file_picture_s_brackets() -> None:
    """ "(Planet Labs PBC via AP, File)": the file word after the agency keeps the bracket a credit."""
    found = credit(
        "FILE - This satellite image provided by Maxar Technologies shows damaged buildings in Kharkiv, Ukraine, "
        "Sept. 3, 2027. (Maxar Technologies via AP, File)"
    )
    assert found.line == "Maxar Technologies via AP, File"
    assert found.source == "AP"
    assert found.creator is None


@pytest.mark.parametrize(
    ("caption", "handout"),
    [
        (
            "Efectivos de la Guardia Civil rescatan a un senderista en Benasque (Huesca), a 22 de septiembre de "
            "2027.\nGUARDIA CIVIL\n22/9/2027",
            "GUARDIA CIVIL",
        ),
        (
            "Agentes de la Policía Nacional junto a la droga intervenida en el puerto de Vigo, a 17 de septiembre "
            "de 2027.\nPOLICÍA NACIONAL\n17/9/2027",
            "POLICÍA NACIONAL",
        ),
        (
            "Bomberos trabajan en un incendio en Toledo, a 20 de septiembre de 2027.\nAYUNTAMIENTO DE TOLEDO",
            "AYUNTAMIENTO DE TOLEDO",
        ),
    ],
)
def test_a_body_s_name_on_a_line_of_its_own_before_the_day(caption: str, handout: str) -> None:
    """Europa Press's handouts: the body's name in capitals on its own line, the picture's day after it."""
    found = credit(caption)
    assert found.line == handout
    assert found.creator is None
    assert handed_out(caption)


@pytest.mark.parametrize(
    ("caption", "creator"),
    [
        (
            "The first A350F freighter rolls out of the paint shop at Toulouse on 29 September 2027.\n"
            "Image credit: Airbus SAS 2027 – photo by Jonas Berger / master films",
            "Jonas Berger",
        ),
        (
            "The new jet on its first flight over Toulouse, 12 September 2027. Image credit: Airbus – photo by Anna Keller",
            "Anna Keller",
        ),
    ],
)
def test_a_company_s_credit_naming_the_photographer_it_hired(caption: str, creator: str) -> None:
    assert credit(caption).creator == creator


@pytest.mark.parametrize(
    ("caption", "creator", "handout"),
    [
        (
            "Judges of the court at the opening of a hearing in The Hague on 21 September 2027. "
            "UN Photo/ICJ-CIJ/Pieter Jansen. Courtesy of the ICJ. All rights reserved.",
            "Pieter Jansen",
            True,
        ),
        (
            "Members of the Security Council vote in New York, 20 September 2027. UN Photo/Loey Felipe",
            "Loey Felipe",
            False,
        ),
    ],
)
def test_the_un_s_picture_service_signs_its_chain(caption: str, creator: str, handout: bool) -> None:
    """ "UN Photo" is the UN's service, not the Indian wire a letter away ("UNI Photo")."""
    found = credit(caption)
    assert found.creator == creator
    assert found.source == "UN Photo"
    assert handed_out(caption) is handout


def test_a_body_beside_the_photographer_is_no_second_name() -> None:
    """ "Marine Nationale" opens with a given name, but names the navy: the credit holds one name, not two."""
    found = credit(
        "The aircraft carrier in the Mediterranean, September 15, 2027. "
        "(Photo by Marine Dupont / Marine Nationale / AFP)"
    )
    assert found.creator == "Marine Dupont"
    assert found.doubt is None
