"""US and Canadian local pages' credits: the paper after its photographer ("Name/The Oregonian", "Name /
San Antonio Express-News", "Name, Deseret News", "Name, cleveland.com") is the source; a comma credit in a
closing bracket; "Staff photo by Name / The Paper"."""

from __future__ import annotations

import pytest

from captions import Normaliser
from captions._model import ProvenanceKind, WarningCode


@pytest.mark.parametrize(
    ("caption", "creator", "source"),
    [
        # "The" and a word: the paper, though its one word would pass for a surname.
        (
            "Crews clear fallen trees on Gallatin Pike in Nashville on Wednesday. (Mara Ellison / The Tennessean)",
            "Mara Ellison",
            "The Tennessean",
        ),
        (
            "Farmworkers pick grapes east of Bakersfield on Thursday. Tomas Reyes/The Californian",
            "Tomas Reyes",
            "The Californian",
        ),
        # A paper's hyphenated name: two of a paper's words joined.
        (
            "Lawmakers leave the Capitol in Austin on Thursday. (Jonah Reyes/Austin American-Statesman)",
            "Jonah Reyes",
            "Austin American-Statesman",
        ),
        (
            "Marchers pass the Alamo in San Antonio on Friday. (Photo: Lupe Ortega / San Antonio Express-News)",
            "Lupe Ortega",
            "San Antonio Express-News",
        ),
        # Polish papers of the diaspora: "Dziennik" is a paper's word.
        (
            "Parada w Chicago w sobotę 1 maja 2027 r. (Fot. Marek Zieliński/Dziennik Związkowy)",
            "Marek Zieliński",
            "Dziennik Związkowy",
        ),
        # A comma between the photographer and the paper, in a closing bracket.
        (
            "Snow piles up along the Glenn Highway in Anchorage on Thursday. (Sadie Kim, Anchorage Daily News)",
            "Sadie Kim",
            "Anchorage Daily News",
        ),
        (
            "Snow falls on the Capitol in Salt Lake City on Monday. (Owen Pratt, Deseret News)",
            "Owen Pratt",
            "Deseret News",
        ),
        # A paper publishing as its site credits it by its domain.
        (
            "Students plant trees on the quad in Syracuse on Thursday. Gwen Falco, syracuse.com",
            "Gwen Falco",
            "syracuse.com",
        ),
        # "Staff photo by", in any case, then the paper.
        (
            "LSU fans tailgate in Baton Rouge, La., on Saturday. STAFF PHOTO BY PRIYA NATARAJAN / The Advocate",
            "Priya Natarajan",
            "The Advocate",
        ),
    ],
)
def test_the_paper_after_its_photographer_is_the_source(
    normaliser: Normaliser, caption: str, creator: str, source: str
) -> None:
    record = normaliser.normalise(caption)
    assert (record.creator, record.source) == (creator, source)
    assert WarningCode.MISSING_CREDIT not in {w.code for w in record.warnings}


@pytest.mark.parametrize(
    ("caption", "creator"),
    [
        # A double surname joins no paper's words.
        ("Fans cheer in Oklahoma City on Sunday. (Bryan Terry/Anna Gilgeous-Alexander)", "Bryan Terry"),
    ],
)
def test_a_double_surname_is_no_paper(normaliser: Normaliser, caption: str, creator: str) -> None:
    record = normaliser.normalise(caption)
    assert (record.creator, record.source) == (creator, None)


@pytest.mark.parametrize(
    "caption",
    [
        # A person and their office in a closing bracket: no credit.
        "Mayor Tim Keller greets residents in Albuquerque on Monday. (Tim Keller, Mayor)",
        # Two people named in a closing bracket.
        "The team poses in Boise on Monday. (Front row: Sadie Kim, Ana Ruiz)",
    ],
)
def test_a_bracket_naming_people_is_no_credit(normaliser: Normaliser, caption: str) -> None:
    assert normaliser.normalise(caption).creator is None


@pytest.mark.parametrize(
    ("caption", "creator", "source"),
    [
        # Quebec papers: the paper, a comma, the photographer, in a closing bracket.
        (
            "Des cols bleus nettoient la rue Saint-Paul, dans le Vieux-Port de Québec, mardi.\n(Le Devoir, Anne Roy)",
            "Anne Roy",
            "Le Devoir",
        ),
        # A US broadcaster's call sign alone after the caption's stop: the station's own picture.
        ("Police investigate a shooting on Glenwood Avenue on Sunday night. (WTVD)", None, "WTVD"),
        ("Crews repair a water main on Broadway on Monday. (KOMO-TV)", None, "KOMO-TV"),
        # A publisher of local papers named with "Media", after its photographer.
        (
            "Shoppers walk through the rain in Corvallis, Ore., on Saturday. Ada Moss, Mid-Valley Media",
            "Ada Moss",
            "Mid-Valley Media",
        ),
    ],
)
def test_local_credit_forms_name_the_source(
    normaliser: Normaliser, caption: str, creator: str | None, source: str
) -> None:
    record = normaliser.normalise(caption)
    assert (record.creator, record.source) == (creator, source)
    assert WarningCode.MISSING_CREDIT not in {w.code for w in record.warnings}


def test_a_brazilian_publicity_credit_alone_is_whole(normaliser: Normaliser) -> None:
    caption = (
        "Fiéis participam de culto no centro de Framingham, Massachusetts, no domingo (25). Foto: Divulgação"
    )
    record = normaliser.normalise(caption)
    assert WarningCode.MISSING_CREDIT not in {w.code for w in record.warnings}
    assert [p.kind for p in record.provenance] == [ProvenanceKind.HANDOUT]


def test_an_acronym_explained_in_the_sentence_is_no_station(normaliser: Normaliser) -> None:
    caption = "Officials meet in Geneva on Monday with the World Health Organization (WHO)"
    assert normaliser.normalise(caption).source is None


@pytest.mark.parametrize(
    ("caption", "creator", "source"),
    [
        # A Chinese paper's reporter unnamed: the paper, no one's name.
        ("萬錦市議會週二（27日）通過新的交通計劃。（明報記者攝）", None, "明報"),
        ("多倫多市民週六（1日）在公園賞花。（星島日報記者攝）", None, "星島日報"),
        # A reporter named: the name.
        ("市民在旺角街頭排隊。（記者王小明攝）", "王小明", None),
    ],
)
def test_a_chinese_papers_reporter_unnamed_credits_the_paper(
    normaliser: Normaliser, caption: str, creator: str | None, source: str | None
) -> None:
    record = normaliser.normalise(caption)
    assert (record.creator, record.source) == (creator, source)
    assert WarningCode.MISSING_CREDIT not in {w.code for w in record.warnings}


@pytest.mark.parametrize(
    ("caption", "source"),
    [
        # A paper's own file portrait, credited by the paper alone: the source, no photographer.
        (
            "Former Mayor Helen Brandt, seen here at City Hall in 2016, died Sunday at 79. (Courant file photo)",
            "Courant",
        ),
        ("Coach Ray Dunmore, shown in 2012, will be inducted on Friday. (Postmedia file photo)", "Postmedia"),
    ],
)
def test_a_papers_own_file_photo_credits_the_paper(normaliser: Normaliser, caption: str, source: str) -> None:
    record = normaliser.normalise(caption)
    assert (record.creator, record.source) == (None, source)
    assert [p.kind for p in record.provenance] == [ProvenanceKind.FILE]
    assert WarningCode.MISSING_CREDIT not in {w.code for w in record.warnings}
