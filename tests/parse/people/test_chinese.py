"""People named in Chinese: a title, then two or three characters opening with a surname, then a word
that ends the name."""

from __future__ import annotations

import pytest

from captions import Normaliser


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        ("3月8日，国家主席习近平在北京人民大会堂出席会议。新华社记者 黄敬文 摄", [("习近平", "国家主席")]),
        # The shortest name a stop follows: "会见" (meets) ends "李强".
        ("2026年4月2日，国务院总理李强会见来访的法国总理。新华社记者 刘彬 摄", [("李强", "国务院总理")]),
        ("2026年2月12日，中国选手苏翊鸣在比赛中。新华社记者 许畅 摄", [("苏翊鸣", "选手")]),
        ("2026年3月3日，外交部发言人林剑回答记者提问。新华社记者 邢广利 摄", [("林剑", "发言人")]),
        # Traditional characters (CNA): the title, a surname of Taiwan, a bracket or a verb after the name.
        ("總統賴清德（中）3日在總統府接見外賓。（中央社記者王某攝 115年1月3日）", [("賴清德", "總統")]),
        ("立法院長韓國瑜出席活動。（中央社記者林某攝 115年1月3日）", [("韓國瑜", "立法院長")]),
        # A role of the arts, and a date ("5日") or a cause ("因病") right after the name.
        (
            "著名画家周文华因病在上海逝世。图为1990年周文华在画室作画。（资料照片）新华社发",
            [("周文华", "画家")],
        ),
        ("中新社上海3月5日电 演员刘晓梅5日出席电影首映式。中新社记者 殷立勤 摄", [("刘晓梅", "演员")]),
        (
            "中新社澳门3月2日电 澳门特区行政长官周伟明2日出席活动。中新社记者 李志华 摄",
            [("周伟明", "行政长官")],
        ),
    ],
)
def test_a_name_after_its_title(
    normaliser: Normaliser, caption: str, expected: list[tuple[str, str]]
) -> None:
    persons = normaliser.read(caption).record.persons
    assert [(p.name, p.description) for p in persons] == expected


@pytest.mark.parametrize(
    "caption",
    [
        # No title: citizens and tourists are no one named.
        "2026年3月1日，市民在上海豫园观赏灯会。新华社记者 方喆 摄",
        # A transliterated foreign name opens with no Chinese surname: not read rather than cut wrong.
        "2026年3月1日，美国总统特朗普在白宫讲话。新华社发",
        # Japanese writes the title after the name ("高市首相"): not read as Chinese.
        "衆院予算委員会で答弁する高市首相＝5日午前、国会（共同）",
    ],
)
def test_no_name_without_a_title_and_a_stop(normaliser: Normaliser, caption: str) -> None:
    assert normaliser.read(caption).record.persons == ()


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        ("3月18日，华为创始人任正非在深圳出席活动。新华社记者 毛思倩 摄", [("任正非", "创始人")]),
        ("3月20日，公司董事长王建国出席发布会。新华社记者 李明 摄", [("王建国", "董事长")]),
    ],
)
def test_the_head_of_a_company(normaliser: Normaliser, caption: str, expected: list[tuple[str, str]]) -> None:
    persons = normaliser.read(caption).record.persons
    assert [(p.name, p.description) for p in persons] == expected
