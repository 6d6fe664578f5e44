"""Sport pictures' credits: Reuters' pool written pool first, its file flag before a sport header, and the
sports picture agencies that sign alone or after their photographer."""

from __future__ import annotations

import pytest

from captions import Normaliser
from captions._model import ProvenanceKind


@pytest.mark.parametrize(
    ("caption", "creator", "line"),
    [
        (
            "Formula One F1 - Monaco Grand Prix - Circuit de Monaco, Monte Carlo, Monaco - May 30, 2027 "
            "Ferrari's Hugo Lamarque celebrates on the podium Pool via REUTERS/Teresa Ambrosi",
            "Teresa Ambrosi",
            "Pool via REUTERS/Teresa Ambrosi",
        ),
        (
            "Athletics - Diamond League - Stade Charlety, Paris, France - June 20, 2027 Sweden's Nils Ekdahl "
            "celebrates a world record Pool via REUTERS/Colette Marchand",
            "Colette Marchand",
            "Pool via REUTERS/Colette Marchand",
        ),
    ],
)
def test_reuters_pool_written_before_the_agency_is_a_pools_credit(
    normaliser: Normaliser, caption: str, creator: str, line: str
) -> None:
    record = normaliser.normalise(caption)
    assert (record.creator, record.credit_line, record.source) == (creator, line, "Reuters")
    assert [p.kind for p in record.provenance] == [ProvenanceKind.POOL]
    assert record.location is not None and record.location.sublocation != "Pool"


def test_the_pool_after_the_photographer_is_read_as_before(normaliser: Normaliser) -> None:
    record = normaliser.normalise(
        "German Chancellor Friedrich Merz speaks in Munich, Germany, October 22, 2027. Sven Hoppe/Pool via REUTERS"
    )
    assert (record.creator, record.credit_line) == ("Sven Hoppe", "Sven Hoppe/Pool via REUTERS")
    assert [p.kind for p in record.provenance] == [ProvenanceKind.POOL]


@pytest.mark.parametrize(
    "caption",
    [
        "FILE PHOTO: Soccer Football - LaLiga - Atletico Madrid v Sevilla - Metropolitano, Madrid, Spain - "
        "February 7, 2027 Atletico Madrid's Tomas Ferreyra celebrates REUTERS/Susana Vidal/File Photo "
        "Purchase Licensing Rights",
        "FILE PHOTO: Basketball - EuroLeague - Olimpia Milano v Real Madrid - Unipol Forum, Milan, Italy - "
        "February 7, 2027 Olimpia Milano's Tomas Ferreyra shoots REUTERS/Susana Vidal/File Photo",
    ],
)
def test_reuters_file_flag_before_a_sport_header_is_no_credit_label(
    normaliser: Normaliser, caption: str
) -> None:
    record = normaliser.normalise(caption)
    assert (record.creator, record.credit_line, record.source) == (
        "Susana Vidal",
        "REUTERS/Susana Vidal/File Photo",
        "Reuters",
    )
    assert record.date_created == "2027-02-07"
    assert [p.name for p in record.persons] == ["Tomas Ferreyra"]


def test_an_agencys_own_label_in_capitals_still_opens_its_credit(normaliser: Normaliser) -> None:
    record = normaliser.normalise(
        "Skirennläufer Marco Schwarz beim Training in Wien am 22. Oktober 2027. APA-FOTO: GEORG HOCHMUTH"
    )
    assert (record.creator, record.source) == ("Georg Hochmuth", "APA")


@pytest.mark.parametrize(
    ("caption", "creator", "source"),
    [
        (
            "Les joueurs de l'Olympique Lyonnais célèbrent leur but au Groupama Stadium, à Lyon, dimanche. "
            "© Icon Sport",
            None,
            "Icon Sport",
        ),
        (
            "Antoine Dupont lors du match au stade Chaban-Delmas, à Bordeaux, le 23 octobre 2027. "
            "(Photo by Romain Biard/Icon Sport)",
            "Romain Biard",
            "Icon Sport",
        ),
        (
            "TAMPA, FL - OCTOBER 24: Tampa Bay Buccaneers wide receiver Mike Evans (13) catches a pass on "
            "October 24, 2027 at Raymond James Stadium in Tampa, FL. (Photo by Cliff Welch/Icon Sportswire)",
            "Cliff Welch",
            "Icon Sportswire",
        ),
    ],
)
def test_sports_picture_agencies_are_sources_not_photographers(
    normaliser: Normaliser, caption: str, creator: str | None, source: str
) -> None:
    record = normaliser.normalise(caption)
    assert (record.creator, record.source) == (creator, source)
