"""Regional pages' credits of Malaysia and Latin America: a dash before "Picture by", "Crédito:" before the
photographer, Spanish "Foto de Name", a picture agency named "Imagen" or "Imagem"."""

from __future__ import annotations

import pytest

from captions import Normaliser
from captions._model import WarningCode


@pytest.mark.parametrize(
    ("caption", "creator"),
    [
        # Malaysian papers set "Picture by" off with a dash after the caption's stop.
        (
            "Fans celebrate after the cup final in Kuala Lumpur, November 28, 2026. — Picture by Azlan Hamid",
            "Azlan Hamid",
        ),
        (
            "Traders set up their stalls in Petaling Jaya, November 3, 2026. –Picture by Farhan Najib",
            "Farhan Najib",
        ),
        # Portuguese and Spanish pages label the credit "Crédito:" or "Créditos:", in any case.
        (
            "Movimento intenso no mercado de Belo Horizonte, em 19 de novembro de 2026. Crédito: Renata Lins / O Tempo",
            "Renata Lins",
        ),
        ("Torcedores lotam o estádio em Recife neste domingo. CRÉDITOS: ANA PAULA SOUZA", "Ana Paula Souza"),
        # Spanish "Foto de Name" (photo by) after the stop, or after the paper's name and a stroke.
        (
            "Vecinos recorren la feria de artesanías en Lima este domingo. Foto de Mariana Ruiz",
            "Mariana Ruiz",
        ),
        (
            "La intendenta recorrió la plaza Independencia, en San Miguel de Tucumán. LA GACETA / FOTO DE ANALÍA "
            "JARAMILLO",
            "Analía Jaramillo",
        ),
    ],
)
def test_regional_credit_labels_give_the_photographer(
    normaliser: Normaliser, caption: str, creator: str
) -> None:
    record = normaliser.normalise(caption)
    assert record.creator == creator
    assert WarningCode.MISSING_CREDIT not in {w.code for w in record.warnings}


@pytest.mark.parametrize(
    "caption",
    [
        # A handout word after the label names no photographer.
        "Obras de duplicação da avenida em Curitiba, em 10 de novembro de 2026. Crédito: Divulgação",
        # "Foto de archivo": a file picture, no one's name.
        "Pacientes aguardan atención en el hospital de Lima este martes. Foto de archivo",
        "Pacientes aguardan atención en el hospital de Lima este martes. EFE / Foto de Archivo",
        # "la foto de familia" inside a sentence is the picture the caption shows.
        "El presidente posa para la Foto de Familia de la cumbre en Lima este lunes.",
        # "picture by" inside a sentence, after no dash or stop, opens no credit.
        "Officials said the picture by the lake was taken in Kuala Lumpur on Monday.",
    ],
)
def test_no_photographer_where_none_is_credited(normaliser: Normaliser, caption: str) -> None:
    assert normaliser.normalise(caption).creator is None


@pytest.mark.parametrize(
    ("caption", "creator"),
    [
        # A Mexican picture agency named by the word for "image", before its photographer.
        (
            "Bomberos sofocan un incendio en el mercado de Puebla este jueves. Foto: Es Imagen / Carlos Hernández",
            "Carlos Hernández",
        ),
        (
            "Torcedores lotam a Ilha do Retiro, no Recife, neste domingo. Foto: JC Imagem / Bruno Lima",
            "Bruno Lima",
        ),
    ],
)
def test_a_picture_agency_named_image_is_no_photographer(
    normaliser: Normaliser, caption: str, creator: str
) -> None:
    assert normaliser.normalise(caption).creator == creator
