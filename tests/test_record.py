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


def test_a_body_of_the_town_shown_is_no_photographer(normaliser: Normaliser) -> None:
    # A town council's and a department's own pictures: the credit names a body "of" the town shown.
    for caption in (
        "Tarbes. Les jardiniers plantent les massifs du jardin Massey, mardi 6 juin 2028. "
        "Crédit photo : Ville de Tarbes",
        "Paysandú, Uruguay: El río Uruguay crece frente al puerto, 12 de junio de 2028. "
        "(Foto: Intendencia de Paysandú)",
        # A town's company, its name opening with the town's (which is also a given name).
        "Passengers board the harbour ferry at the wharf in Darwin on Monday. Photo: Supplied / Darwin Harbour "
        "Cruises",
    ):
        record = normaliser.normalise(caption)
        assert record.location is not None and record.location.city in {"Tarbes", "Paysandú", "Darwin"}
        assert record.creator is None, caption


def test_a_photographer_whose_name_holds_no_town_shown_stays_one(normaliser: Normaliser) -> None:
    # "de Waal" is no town of the caption; "de la Rocha" closes no town's name.
    record = normaliser.normalise(
        "Schaatsers op de Westeinder Plassen in Aalsmeer, zaterdag 13 januari 2029. ANP/Remko de Waal"
    )
    assert record.creator == "Remko de Waal"
    # A photographer bearing a town's name, and one name more, in that town.
    record = normaliser.normalise(
        "Fans queue outside the stadium in Florence on Sunday, March 4, 2029. Photo: Florence Welch/Shutterstock"
    )
    assert record.creator == "Florence Welch"
