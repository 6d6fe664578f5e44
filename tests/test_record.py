"""The record's fields from the parts (captions/_record.py): what the parts say together."""

from __future__ import annotations

from captions import Normaliser


def test_the_party_that_handed_a_picture_out_is_no_photographer(normaliser: Normaliser) -> None:
    # PA: the credit names the body the caption says issued the handout; the party is named as the credit
    # writes it, not with the rest of the phrase ("English Heritage of a medieval tapestry restored").
    record = normaliser.normalise(
        "Undated handout photo issued by Historic England of a medieval tapestry restored at Dover Castle, "
        "Kent. Issue date: Monday March 2, 2026. Photo credit should read: Historic England/PA Wire"
    )
    assert record.creator is None
    assert [(p.kind, p.party) for p in record.provenance] == [("handout", "Historic England")]
    # A photographer the credit names stays one.
    record = normaliser.normalise(
        "Undated handout photo issued by Historic England of a medieval tapestry restored at Dover Castle, "
        "Kent. Photo credit should read: James Dobson/Historic England/PA Wire"
    )
    assert record.creator == "James Dobson"
    assert [(p.kind, p.party) for p in record.provenance] == [("handout", "Historic England")]


def test_a_credit_naming_the_place_shown_is_no_photographer(normaliser: Normaliser) -> None:
    # The zoo's own picture: the credit names the place, which handed it out.
    record = normaliser.normalise(
        "Undatiertes Handout: Ein Eisbär im Tierpark Berlin. Foto: Tierpark Berlin/dpa"
    )
    assert record.creator is None
    assert [(p.kind, p.party) for p in record.provenance] == [("handout", "Tierpark Berlin")]
