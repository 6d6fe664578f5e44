"""Local papers' credits: labels in Welsh, Maori, Irish, Tamil and Punjabi; Indian papers' own names; a
paper's credit line in Quebec, Belgian and US Spanish styles; Stuff's surnames in capitals."""

from __future__ import annotations

import pytest

from captions import Normaliser
from captions._model import WarningCode


@pytest.mark.parametrize(
    ("caption", "creator"),
    [
        ("Ffair y gwanwyn ym Mangor ddydd Sadwrn. Llun: Siân Lloyd", "Siân Lloyd"),
        ("Ka hīkoi ngā tamariki i Gisborne. Whakaahua: Hine Walker", "Hine Walker"),
        ("Báid i gcuan na Gaillimhe Dé Luain. Pictiúr: Pádraig Ó Sé", "Pádraig Ó Sé"),
        ("சேலத்தில் வியாழக்கிழமை பெய்த மழை. படம்: எஸ். குமார்", "எஸ். குமார்"),
        ("ਪਟਿਆਲਾ ਵਿੱਚ ਸੋਮਵਾਰ ਨੂੰ ਮੇਲਾ। ਤਸਵੀਰ: ਮਨਪ੍ਰੀਤ ਕੌਰ", "ਮਨਪ੍ਰੀਤ ਕੌਰ"),
        ("Boats moored at Akaroa on Sunday. GRANT McDONNELL/STUFF", "Grant McDonnell"),
    ],
)
def test_local_labels_and_names_give_the_photographer(
    normaliser: Normaliser, caption: str, creator: str
) -> None:
    assert normaliser.normalise(caption).creator == creator


@pytest.mark.parametrize(
    "caption",
    [
        "कानपुर में मंगलवार को गंगा घाट पर श्रद्धालु। फोटो: दैनिक हिन्दुस्तान",
        "লখনউয়ে রবিবার মেলা। ছবি: সংবাদ প্রতিদিন",
        "Traffic crawls past the bus stand in Kochi on Friday after overnight rain. | Express Photo",
    ],
)
def test_a_papers_own_credit_names_no_photographer_and_no_handout(
    normaliser: Normaliser, caption: str
) -> None:
    record = normaliser.normalise(caption)
    assert record.creator is None
    assert record.credit_line
    assert not record.provenance
    assert WarningCode.MISSING_CREDIT not in {w.code for w in record.warnings}


@pytest.mark.parametrize(
    ("caption", "creator", "credit_line"),
    [
        (
            "Des cyclistes sur la piste du parc, à Rimouski, dimanche.\nLe Quotidien, Rocket Lavoie",
            "Rocket Lavoie",
            "Le Quotidien, Rocket Lavoie",
        ),
        (
            "Le marché de Pâques s'installe sur la place à Charleroi, samedi.\nDH – Marc Leroy",
            "Marc Leroy",
            "DH – Marc Leroy",
        ),
        (
            "Vecinos llenan sacos de arena en Homestead, el miércoles.\nPedro Portal/el Nuevo Herald",
            "Pedro Portal",
            "Pedro Portal/el Nuevo Herald",
        ),
    ],
)
def test_a_paper_and_its_photographer_on_the_last_line(
    normaliser: Normaliser, caption: str, creator: str, credit_line: str
) -> None:
    record = normaliser.normalise(caption)
    assert (record.creator, record.credit_line) == (creator, credit_line)
    assert not record.persons


def test_a_place_and_a_name_on_the_last_line_are_no_paper_credit(normaliser: Normaliser) -> None:
    # Only a paper's shape (an article, a paper's word, its initials) opens such a line.
    record = normaliser.normalise("Walkers cross the bridge in Lyon on Monday.\nLyon, Pierre Martin")
    assert record.creator is None
