"""Local pages' credits, round six: a dash before "Photo by", a name in capitals in a closing bracket, "Photo
Name - PAPER", a name and "Tulsa World"; picture agencies, studios and stations credited alone, no handout."""

from __future__ import annotations

import pytest

from captions import Normaliser
from captions._model import ProvenanceKind, WarningCode


@pytest.mark.parametrize(
    ("caption", "creator"),
    [
        # Pakistani pages set "Photo by" off with a dash after the caption's stop.
        ("Rickshaws queue for fuel on Jinnah Road in Quetta on Monday. — Photo by Bilal Khan", "Bilal Khan"),
        ("Rickshaws queue for fuel on Jinnah Road in Quetta on Monday. —Photo by Bilal Khan", "Bilal Khan"),
        # Mexican papers close the caption with the photographer's name in capitals in brackets.
        (
            "Vecinos retiran escombros en la colonia Centro de Monterrey, este martes. (LUIS MÉNDEZ)",
            "Luis Méndez",
        ),
        # La Voix du Nord: "Photo Name Name - VDNPQR", or the paper's name after the dash.
        (
            "Le marché de Noël ouvre sur la place d'Armes, à Douai, ce samedi. Photo Anne Roux - VDNPQR",
            "Anne Roux",
        ),
        (
            "Le marché de Noël ouvre sur la place d'Armes, à Douai. Photo Anne Roux - La Voix du Nord",
            "Anne Roux",
        ),
        # "World" is a paper's word after a place's name that is also a given name ("Tulsa").
        ("Fans cheer at the stadium in Jenks on Friday. LEE HART, Tulsa World", "Lee Hart"),
        ("Fans cheer at the stadium in Jenks on Friday. Lee Hart/Tulsa World", "Lee Hart"),
    ],
)
def test_local_page_credit_forms_give_the_photographer(
    normaliser: Normaliser, caption: str, creator: str
) -> None:
    record = normaliser.normalise(caption)
    assert record.creator == creator
    assert WarningCode.MISSING_CREDIT not in {w.code for w in record.warnings}


@pytest.mark.parametrize(
    "caption",
    [
        # Title case: a person the caption names may be in the bracket.
        "Vecinos retiran escombros en la colonia Centro de Monterrey, este martes. (Luis Méndez)",
        # No stop before it: the name runs on from the sentence.
        "Vecinos escuchan al alcalde de Monterrey (LUIS MÉNDEZ)",
    ],
)
def test_a_bracketed_name_not_set_off_in_capitals_is_no_credit(normaliser: Normaliser, caption: str) -> None:
    assert normaliser.normalise(caption).creator is None


@pytest.mark.parametrize(
    "caption",
    [
        "Police at the scene on Main Street, Larne, on Tuesday night. Pic: Pacemaker Press",
        "Firefighters at a blaze at a warehouse in Lisburn on Monday. Picture: Pacemaker Press",
        "I vigili del fuoco al lavoro in via Roma a Cremona, lunedì (Foto Studio Bianchi)",
        "Snowplows clear a road in Rochester on Monday after the storm. Credit: KARE",
        "Crews restore power in Omaha on Sunday after high winds. Credit: WOWT",
    ],
)
def test_a_picture_agency_studio_or_station_credited_alone_hands_nothing_out(
    normaliser: Normaliser, caption: str
) -> None:
    record = normaliser.normalise(caption)
    assert record.creator is None
    assert record.credit_line is not None
    assert ProvenanceKind.HANDOUT not in {p.kind for p in record.provenance}


@pytest.mark.parametrize(
    "caption",
    [
        # An organisation's word before "Press": it handed the picture out.
        "A minister visits troops in Donetsk region on Monday. Photo: Presidential Press",
        "Officers at the scene of a security alert in Belfast on Tuesday. Pic: PSNI",
    ],
)
def test_an_organisation_credited_alone_is_still_a_handout(normaliser: Normaliser, caption: str) -> None:
    record = normaliser.normalise(caption)
    assert ProvenanceKind.HANDOUT in {p.kind for p in record.provenance}


@pytest.mark.parametrize(
    ("caption", "creator"),
    [
        # An audience member's picture: the one who sent it in took it; no party handed it out.
        (
            "A bronc rider hangs on during the ranch rodeo at the fairgrounds on Sunday afternoon.\n"
            "Reader photo submitted by Linda Marsh",
            "Linda Marsh",
        ),
        ("Hail covers a backyard in Red Deer on Tuesday. (Viewer photo submitted by Tom Reyes)", "Tom Reyes"),
    ],
)
def test_a_reader_photo_submitted_by_someone_is_theirs(
    normaliser: Normaliser, caption: str, creator: str
) -> None:
    record = normaliser.normalise(caption)
    assert record.creator == creator
    assert ProvenanceKind.HANDOUT not in {p.kind for p in record.provenance}


def test_a_photographer_and_paper_then_file_closing_the_caption_is_a_file_credit(
    normaliser: Normaliser,
) -> None:
    # US local pages credit a picture from their archive with "file" after the paper, no bracket.
    record = normaliser.normalise(
        "Former mayor Ruth Alden speaks at the opening of the riverside trail in Nampa on May 3, 2012. "
        "Alden died Sunday at 91. Owen Briggs/Nampa Courier file"
    )
    assert record.creator == "Owen Briggs"
    assert record.source == "Nampa Courier"
    assert ProvenanceKind.FILE in {p.kind for p in record.provenance}
    assert WarningCode.MISSING_CREDIT not in {w.code for w in record.warnings}
