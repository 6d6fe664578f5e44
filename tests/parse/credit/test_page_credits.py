"""Credits of stop 29's pages and feeds: papers' desk codes, labels in Spanish, Polish, Chinese, Japanese and
Korean, staff and illustration credits, Indonesian documentation credits, a party's handout in brackets."""

from __future__ import annotations

import pytest

from captions._model import ProvenanceKind
from tests.parse.credit.test_find import credit


@pytest.mark.parametrize(
    ("caption", "creator", "line"),
    [
        # A British paper's desk code after its photographer: the code is no one's name.
        (
            "Police officers stand outside a house in Rotherham on Sunday. Danny Lawson/C29",
            "Danny Lawson",
            "Danny Lawson/C29",
        ),
        (
            "Firefighters damp down a warehouse fire in Tilbury, Essex, on Tuesday Jack Hill/C30",
            "Jack Hill",
            "Jack Hill/C30",
        ),
        # Labels before a name on a line of its own or closing the caption.
        (
            "Fotografía: Daniel González\nVecinos protestan frente al ayuntamiento este martes.",
            "Daniel González",
            "Daniel González",
        ),
        (
            "Staff photo / Gregory Rec\nSkiers ride the chairlift at Sunday River on Saturday.",
            "Gregory Rec",
            "Gregory Rec",
        ),
        (
            "A phone displays the logos of social media apps. Photo illustration by Jenna Clarke",
            "Jenna Clarke",
            "Jenna Clarke",
        ),
        # A name in Han characters or Hangul after a label; Korean "기자" (reporter) is no part of it.
        ("2月16日，市民在北京前门大街观赏花灯。（照片：李鑫）", "李鑫", "李鑫"),
        ("大雪に見舞われた札幌市中心部（17日）。写真：山田太郎", "山田太郎", "山田太郎"),
        ("16일 서울 광화문광장에서 시민들이 집회를 하고 있다. 사진=김민수 기자", "김민수", "김민수 기자"),
        # The bracket a lead stands in is no part of its credit.
        ("2027年2月17日，游客在上海豫园游览。（中新社记者 张亨伟 摄）", "张亨伟", "中新社记者 张亨伟 摄"),
    ],
)
def test_page_credit(caption: str, creator: str, line: str) -> None:
    found = credit(caption)
    assert (found.creator, found.line) == (creator, line)


@pytest.mark.parametrize(
    "caption",
    [
        # An organisation's name after a label is no photographer's: the residence, an agency, a club.
        "首相官邸で記者会見する首相（写真：首相官邸）",
        "16일 서울에서 시민들이 집회를 하고 있다. (사진=연합뉴스)",
        # A football club's own picture: the club is no photographer.
        "Jim Ratcliffe at Old Trafford in Manchester. Picture: Manchester United via Getty Images",
        "Players train at the club's ground in Porto on Tuesday. FC Porto/Handout",
    ],
)
def test_no_photographer_named(caption: str) -> None:
    assert credit(caption).creator is None


@pytest.mark.parametrize(
    ("caption", "party"),
    [
        # Indonesian papers credit a party's own pictures as its documentation.
        ("Petugas mengevakuasi warga di Bekasi, Selasa (16/2/2027). Foto: Dok. BNPB", "BNPB"),
        ("Warga di Bekasi, Selasa (16/2/2027). Foto: Dokumentasi Humas Polri", "Humas Polri"),
        # A party and the handout word in brackets closing the caption.
        ("An illustration of the planned lunar space station. (ESA/Handout)", "ESA"),
    ],
)
def test_handed_out_by_party(caption: str, party: str) -> None:
    found = credit(caption)
    assert found.creator is None
    assert any(kind == ProvenanceKind.HANDOUT for kind, _, _ in found.provenance)
    assert party in found.parties or any(p == party for _, _, p in found.provenance)


def test_agency_archive_is_no_party() -> None:
    # PAP's photo archive (CAF) before its photographer: a collection, no party that handed the picture out.
    found = credit(
        "Gdańsk, 31.08.1980. Robotnicy Stoczni Gdańskiej podczas strajku. PAP/CAF/Zbigniew Matuszewski"
    )
    assert (found.creator, found.source, found.provenance, found.parties) == (
        "Zbigniew Matuszewski",
        "PAP",
        (),
        (),
    )


@pytest.mark.parametrize(
    ("caption", "line", "source"),
    [
        # An agency's archive picture, said before or after its name: Greek "ΦΩΤΟ ΑΡΧΕΙΟΥ", Korean "자료사진".
        (
            "Ο συνθέτης σε συναυλία στο Ηρώδειο, στην Αθήνα, τον Αύγουστο του 1976. (ΦΩΤΟ ΑΡΧΕΙΟΥ ΑΠΕ-ΜΠΕ)",
            "ΑΠΕ-ΜΠΕ",
            "ANA-MPA",
        ),
        (
            "화백이 1987년 5월 서울 인사동의 화랑에서 작품을 설명하고 있다. [연합뉴스 자료사진]",
            "연합뉴스 자료사진",
            "Yonhap",
        ),
    ],
)
def test_agency_archive_picture(caption: str, line: str, source: str) -> None:
    found = credit(caption)
    assert (found.creator, found.line, found.source) == (None, line, source)


@pytest.mark.parametrize(
    ("caption", "creator", "line"),
    [
        (
            "Crusaders wing Sevu Reece during the Super Rugby Pacific match at Apollo Projects Stadium in "
            "Christchurch, New Zealand on Saturday 13 March 2027. Copyright photo: Kai Schwoerer / www.photosport.nz",
            "Kai Schwoerer",
            "Kai Schwoerer / www.photosport.nz",
        ),
        (
            "Tall Blacks guard Tai Webster during the basketball test in Auckland, New Zealand on Friday 12 "
            "March 2027. Copyright photo: Aaron Gillions / Photosport",
            "Aaron Gillions",
            "Aaron Gillions / Photosport",
        ),
    ],
)
def test_photosport_opens_its_credit_with_copyright_photo(caption: str, creator: str, line: str) -> None:
    found = credit(caption)
    assert (found.creator, found.line) == (creator, line)


@pytest.mark.parametrize(
    ("caption", "creator", "line", "source"),
    [
        (
            "POGACAR Tadej (SLO) of UAE Team Emirates during the Paris-Nice 2027, Stage 5, on March 11, 2027 in "
            "Mende, France - Photo Anthony Bibard / DPPI",
            "Anthony Bibard",
            "Anthony Bibard / DPPI",
            "DPPI",
        ),
        (
            "Supporters during the French championship Ligue 1 match on March 14, 2027 in Marseille, France - "
            "Photo by Sylvain Thomas / DPPI",
            "Sylvain Thomas",
            "Sylvain Thomas / DPPI",
            "DPPI",
        ),
    ],
)
def test_a_dash_and_the_bare_word_photo_open_dppis_credit(
    caption: str, creator: str, line: str, source: str
) -> None:
    found = credit(caption)
    assert (found.creator, found.line, found.source, found.provenance) == (creator, line, source, ())
