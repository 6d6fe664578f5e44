"""Photo credits in Japanese, Korean and Chinese as papers print them: the word "photo" joined to the credit
by their own signs, Kyodo's day before its name in brackets, a party "provided" (a handout), and mainland
papers' photographer before "摄" (photographed)."""

from __future__ import annotations

from datetime import date

import pytest

from captions._parse import clean_with_breaks
from captions._parse._credit import Credit, find_credit
from tests.parse.test_date_wire import when


def credit(caption: str) -> Credit:
    return find_credit(*clean_with_breaks(caption))


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
