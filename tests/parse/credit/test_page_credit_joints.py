"""Local pages' credits, stop 34 round two: BBC Cymru Fyw's source label, a bullet or a camel-case paper's name
after the photographer, a paper named as its town's people, a lower-case agency after the copyright sign, a
bare "by" in a closing bracket, a paper before "photo:" or after a dash; bodies named by their last word."""

from __future__ import annotations

import pytest

from captions import Normaliser
from captions._model import ProvenanceKind, WarningCode


@pytest.mark.parametrize(
    ("caption", "creator"),
    [
        # BBC Cymru Fyw: "Ffynhonnell y llun," (image source) before the credit.
        (
            "Ffynhonnell y llun, Elin Morgan\nDisgrifiad o'r llun, Disgyblion yn canu yn Aberystwyth ddydd Gwener",
            "Elin Morgan",
        ),
        # Canadian papers join the photographer to the paper with a bullet.
        (
            "Firefighters douse a barn fire near Summerside on Sunday. Kerri Doucette • The Guardian",
            "Kerri Doucette",
        ),
        # A paper's two words glued, the second's capital kept: the caps name before it is the photographer.
        (
            "Huskies fans cheer at Griffiths Stadium on Saturday. KELLY MORIN / Saskatoon StarPhoenix",
            "Kelly Morin",
        ),
        # A paper named as its town's people, after a comma.
        (
            "Grizzlies fans tailgate before kickoff at the stadium on Saturday. Tom Bauer, Missoulian",
            "Tom Bauer",
        ),
        # A picture agency written in lower case after the copyright sign.
        ("Traders open their stalls on Shop Street on Friday © Joe Keane, xposure", "Joe Keane"),
        # A bare "by" in a bracket closing the caption.
        ("Volunteers clear debris in Olot after the storm on Thursday (by Marta Puig)", "Marta Puig"),
        # A paper before "photo:", and a paper and a colon after a dash following the caption's stop.
        ("Boats return to Donaghadee harbour on Wednesday. Spectator photo: Niall Quinn", "Niall Quinn"),
        (
            "Des bénévoles nettoient le parc à Dieppe, le samedi 6 novembre 2027. - Acadie Nouvelle: Julie Arsenault",
            "Julie Arsenault",
        ),
        # Controls: a name with an inner capital; a body's word after a photographer's name and a stroke.
        ("Mourners gather outside the church on Monday. Photo: Kate MacRae", "Kate MacRae"),
        ("Crews tow the trawler into the harbour on Tuesday. Photo: Tom Smith/Kinsale RNLI", "Tom Smith"),
    ],
)
def test_page_credit_forms_give_the_photographer(normaliser: Normaliser, caption: str, creator: str) -> None:
    record = normaliser.normalise(caption)
    assert record.creator == creator
    assert WarningCode.MISSING_CREDIT not in {w.code for w in record.warnings}


@pytest.mark.parametrize(
    "caption",
    [
        # A lifeboat station, a local news site, picture agencies: a body's last word, whatever opens it.
        "Kinsale lifeboat crew bring the trawler into the harbour on Saturday. Picture: Kinsale RNLI",
        "A roller carries a blazing barrel through the crowd on Friday night (Image: Devon Live)",
        "Firefighters tackle a gorse fire above Buncrana on Tuesday. Photo: Donegal Newspix",
        "Brandweer blust een brand in een woning in Tilburg, zondagavond. (Foto: Regio Vision)",
        # An organisation alone after the copyright sign.
        "Les joueuses fêtent leur titre samedi au Palais des Sports de Nantes. © Icon Sport",
    ],
)
def test_a_body_credited_alone_is_the_credit_and_no_photographer(
    normaliser: Normaliser, caption: str
) -> None:
    record = normaliser.normalise(caption)
    assert record.creator is None
    assert record.credit_line is not None
    assert WarningCode.MISSING_CREDIT not in {w.code for w in record.warnings}


def test_a_news_and_picture_agency_handed_nothing_out(normaliser: Normaliser) -> None:
    record = normaliser.normalise(
        "Firefighters at a blaze in Hebburn on Tuesday night.\n© North News & Pictures"
    )
    assert record.credit_line == "North News & Pictures"
    assert ProvenanceKind.HANDOUT not in {p.kind for p in record.provenance}


@pytest.mark.parametrize(
    "caption",
    [
        # A nation's adjective or a given name after a comma is no paper.
        "The squad trains at the park on Monday. Riley Vance, Canadian",
        "The squad trains at the park on Monday. Riley Vance, Brian",
        # A bare "by" with no name after it is no credit; nor is a bare middle dot a joint.
        "Visitors admire the painting in the hall on Thursday (by the sea)",
        "The squad trains at the park on Monday. Riley Vance · Diari de Girona",
    ],
)
def test_look_alikes_give_no_photographer(normaliser: Normaliser, caption: str) -> None:
    assert normaliser.normalise(caption).creator is None
