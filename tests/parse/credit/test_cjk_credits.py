"""Photo credits in Japanese, Korean and Chinese as papers print them: the word "photo" joined to the credit
by their own signs, Kyodo's day before its name in brackets, a party "provided" (a handout), and mainland
papers' photographer before "摄" (photographed)."""

from __future__ import annotations

from datetime import date

import pytest

from captions import Normaliser
from captions._model import ProvenanceKind, WarningCode
from captions._parse import clean_with_breaks
from captions._parse._credit import Credit, find_credit
from tests.parse.test_date_wire import when


def credit(caption: str) -> Credit:
    return find_credit(*clean_with_breaks(caption))


def handed_out(found: Credit) -> bool:
    return any(kind == ProvenanceKind.HANDOUT for kind, _, _ in found.provenance)


# Japanese papers join "写真" (photo) to the credit with "・" or "＝", Chinese ones "图" with a slash; "摄影："
# (photography) labels the photographer.
@pytest.mark.parametrize(
    ("caption", "creator", "line", "source"),
    [
        ("金沢市の兼六園で始まった雪つり作業＝3日午前10時（写真・中村健一）", "中村健一", "中村健一", None),
        ("広島市中区の平和記念公園で折り鶴をささげる修学旅行生ら（写真＝時事）", None, "時事", "Jiji"),
        ("游客在杭州西湖断桥边欣赏雪景。（摄影：陈晓东）", "陈晓东", "陈晓东", None),
        ("市民在成都宽窄巷子品尝小吃。（攝影：黃志強）", "黃志強", "黃志強", None),
        ("游客在西安大雁塔北广场观看音乐喷泉表演。（图/李华）", "李华", "李华", None),
        ("台北市民在大安森林公園賞花。（圖／王小明）", "王小明", "王小明", None),
    ],
)
def test_the_word_photo_joined_by_east_asian_signs(
    caption: str, creator: str | None, line: str, source: str | None
) -> None:
    found = credit(caption)
    assert (found.creator, found.line, found.source) == (creator, line, source)


def test_photo_and_video_joined_in_running_text_label_nothing() -> None:
    # "写真・映像展" (a photo and video show) in the sentence; the credit is Kyodo's in the closing brackets.
    found = credit("観客が写真・映像展を見て回った＝14日午後、東京都港区（共同）")
    assert (found.line, found.source) == ("共同", "Kyodo")


# Kyodo closes a caption with the day and its name in one pair of brackets, "photo" before it or not.
@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        ("奈良市の東大寺で行われたお身拭い（7日、共同）", "2027-08-07"),
        ("仙台市青葉区の定禅寺通で始まった光のページェント（7日、写真＝共同）", "2027-08-07"),
        ("那覇市の国際通りを練り歩くエイサー隊（7日午後、共同）", "2027-08-07"),
    ],
)
def test_kyodo_after_the_day_in_its_brackets(caption: str, expected: str) -> None:
    found = credit(caption)
    assert (found.line, found.source) == ("共同", "Kyodo")
    assert when(caption, date(2027, 8, 8))[0] == expected


# A party and "provided" closing the caption, with the word "photo" or none: a handout whose party is the
# whole credit, no photographer, nothing missing.
@pytest.mark.parametrize(
    ("caption", "line"),
    [
        ("광주광역시 북구청 직원들이 10일 오전 도로에 제설제를 뿌리고 있다. (사진=북구 제공)", "북구 제공"),
        (
            "부산 해운대해수욕장에서 7일 오후 시민들이 모래축제 조형물을 구경하고 있다. (부산시 제공)",
            "부산시 제공",
        ),
        ("新潟市中央区の萬代橋を渡る通勤客ら＝21日午前8時（写真＝新潟市提供）", "新潟市提供"),
        ("厦门鼓浪屿的游客络绎不绝。（厦门市文旅局供图）", "厦门市文旅局供图"),
        (
            "長崎市の眼鏡橋周辺で開かれたランタンフェスティバル＝15日午後6時（写真提供・長崎市）",
            "写真提供・長崎市",
        ),
    ],
)
def test_a_party_provided_is_a_whole_handout_credit(caption: str, line: str) -> None:
    found = credit(caption)
    assert (found.line, found.creator, found.doubt) == (line, None, None)
    assert handed_out(found)


def test_a_provided_party_names_no_one_with_the_photo_label(normaliser: Normaliser) -> None:
    record = normaliser.normalise(
        "전주 한옥마을을 찾은 관광객들이 3일 한복을 입고 골목을 걷고 있다. (사진=전주시 제공)"
    )
    assert [p.party for p in record.provenance] == ["전주시"]
    assert WarningCode.MISSING_CREDIT not in {w.code for w in record.warnings}


def test_yonhap_distributes_a_party_provided_picture() -> None:
    # The agency's story dateline opens the caption: it sends the party's picture out; its reporter filed it.
    found = credit(
        "(서울=연합뉴스) 김주형 기자 = 이재명 대통령이 12일 서울 용산 대통령실에서 열린 국무회의에서 "
        "발언하고 있다. 2026.3.12 [대통령실 제공]"
    )
    assert (found.line, found.creator, found.source) == ("대통령실 제공", None, "Yonhap")
    assert handed_out(found)


def test_a_long_bracket_closing_with_provided_is_no_credit() -> None:
    found = credit(
        "시민들이 광장에서 행사를 즐기고 있다. (이 행사는 시와 구청, 상인회가 함께 마련한 것으로 장소는 시가 제공)"
    )
    assert found.line is None


# Mainland papers: "（本报记者 刘洋 摄）", "（王建国/摄）"; Xinhua's "新华社发（刘洋 摄）" stays its own.
@pytest.mark.parametrize(
    ("caption", "creator", "source"),
    [
        ("市民在哈尔滨冰雪大世界游玩。（本报记者 刘洋 摄）", "刘洋", None),
        ("工人在青岛港码头装卸集装箱。（王建国/摄）", "王建国", None),
        ("游客在青岛栈桥观赏海鸥。新华社发（刘洋 摄）", "刘洋", "Xinhua"),
    ],
)
def test_mainland_photographer_before_photographed(caption: str, creator: str, source: str | None) -> None:
    found = credit(caption)
    assert (found.creator, found.source) == (creator, source)
