"""Every byline and credit form the Hunan papers print, through zznews.parse_byline."""

from __future__ import annotations

import pytest

import zznews
from zznews.byline import parse_credit_line, split_caption


def people(text: str) -> list[tuple[str | None, str]]:
    b = zznews.parse_byline(text)
    assert b is not None, text
    return [(c.role, c.name) for c in b.contributors]


@pytest.mark.parametrize(
    ("text", "agency", "byline_text"),
    [
        (
            "株洲日报(全媒体记者/李逸峰 通讯员/周陵湘)“小区小广场雨棚装上电风扇了!”",
            "株洲日报",
            "株洲日报(全媒体记者/李逸峰 通讯员/周陵湘)",
        ),
        ("株洲日报讯(记者/王明)近日,我市举行活动。", "株洲日报", "株洲日报讯(记者/王明)"),
        ("本报讯(记者 王明 通讯员 李四)昨天下午,", "本报", "本报讯(记者 王明 通讯员 李四)"),
        ("株洲日报5月22日讯(记者 王明)今天,", "株洲日报", "株洲日报5月22日讯(记者 王明)"),
        ("株洲日报（全媒体记者／李逸峰）今天，", "株洲日报", "株洲日报（全媒体记者／李逸峰）"),
    ],
)
def test_dateline_byline_glued_to_the_first_sentence(
    text: str, agency: str, byline_text: str
) -> None:
    b = zznews.parse_byline(text)
    assert b is not None
    assert (b.agency, b.text, b.span) == (agency, byline_text, (0, len(byline_text)))
    assert not b.is_photo_credit


def test_dateline_is_kept() -> None:
    b = zznews.parse_byline("株洲日报5月22日讯(记者 王明)今天,")
    assert b is not None and b.dateline == "5月22日"
    b = zznews.parse_byline("新华社北京5月22日电(记者 王明)今天,")
    assert b is not None and (b.agency, b.dateline) == ("新华社", "北京5月22日")


def test_entries_without_a_space_between_them() -> None:
    assert people("株洲日报(全媒体记者/杨如通讯员/宋荣华)11月19日下午,") == [
        ("全媒体记者", "杨如"),
        ("通讯员", "宋荣华"),
    ]


@pytest.mark.parametrize("text", ["记者/王明", "记者 王明", "记者王明", "记者：王明", "记者:王明"])
def test_role_and_name_joined_every_way(text: str) -> None:
    assert people(text) == [("记者", "王明")]


def test_several_names_to_one_role() -> None:
    assert people("通讯员/张三 李四 王五") == [
        ("通讯员", "张三"),
        ("通讯员", "李四"),
        ("通讯员", "王五"),
    ]
    assert people("通讯员 张三、李四") == [("通讯员", "张三"), ("通讯员", "李四")]


@pytest.mark.parametrize(
    ("text", "agency", "expected"),
    [
        ("株洲日报全媒体记者/何春林", "株洲日报", [("全媒体记者", "何春林")]),
        ("株洲晚报融媒体记者 王明", "株洲晚报", [("融媒体记者", "王明")]),
        ("文/王明", None, [("文", "王明")]),
        ("本报记者 王明 实习生 李四", "本报", [("记者", "王明"), ("实习生", "李四")]),
        ("见习记者 王明 特约记者 李四", None, [("见习记者", "王明"), ("特约记者", "李四")]),
        ("策划:王明 文:李四", None, [("策划", "王明"), ("文", "李四")]),
    ],
)
def test_standalone_byline_lines(
    text: str, agency: str | None, expected: list[tuple[str, str]]
) -> None:
    b = zznews.parse_byline(text)
    assert b is not None
    assert b.agency == agency
    assert [(c.role, c.name) for c in b.contributors] == expected
    assert not b.is_photo_credit


@pytest.mark.parametrize(
    "text",
    [
        "记者/杨如 摄",
        "株洲日报全媒体记者/李逸峰 通讯员/张芷璇 摄",
        "株洲日报全媒体记者/王明 摄影报道",
        "株洲日报全媒体记者/王明(图/文)",
        "图/王明",
        "王明 供图",
        "摄影记者 王明",
    ],
)
def test_photo_credits(text: str) -> None:
    b = zznews.parse_byline(text)
    assert b is not None and b.is_photo_credit, text


def test_photo_credit_keeps_its_people() -> None:
    assert people("株洲日报全媒体记者/李逸峰 通讯员/张芷璇 摄") == [
        ("全媒体记者", "李逸峰"),
        ("通讯员", "张芷璇"),
    ]


def test_traditional_characters() -> None:
    b = zznews.parse_byline("株洲日報(全媒體記者/李四 通訊員/王五)今天")
    assert b is not None
    assert b.agency == "株洲日報"  # the medium as printed; roles are canonical
    assert [(c.role, c.name) for c in b.contributors] == [
        ("全媒体记者", "李四"),
        ("通讯员", "王五"),
    ]
    assert b.text == "株洲日報(全媒體記者/李四 通訊員/王五)"  # the text is the source's


def test_a_name_with_a_role_character_inside_is_one_name() -> None:
    assert people("记者/陈文湘") == [("记者", "陈文湘")]
    assert people("记者/王文") == [("记者", "王文")]


@pytest.mark.parametrize(
    "text",
    [
        "记者从日前召开的“央地合作 深化产改”工作推进会上获悉,我市计划打造10个以上项目。",
        "记者从市残联获悉,湖南省残疾人创业孵化基地正在征集项目。",
        "记者了解到,该校已累计培训超过6万人次。",
        "就业·创业",
        "王明",
        "",
    ],
)
def test_not_bylines(text: str) -> None:
    assert zznews.parse_byline(text) is None


def test_agency_dateline_without_names() -> None:
    b = zznews.parse_byline("本报讯 近日,我市举行活动。")
    assert b is not None and (b.agency, b.contributors, b.text) == ("本报", (), "本报讯")


def test_credit_line_must_be_the_whole_line() -> None:
    assert parse_credit_line("株洲日报全媒体记者/何春林 摄") is not None
    assert parse_credit_line("株洲日报(记者/王明)今天,我市举行活动。") is None


def test_split_caption_from_its_credit() -> None:
    text = "湖南工业大学的学子参与博古山公园“加拿大一枝黄花”清除行动。 记者/杨如 摄"
    found = split_caption(text)
    assert found is not None
    (a, b), credit = found
    assert text[a:b] == "湖南工业大学的学子参与博古山公园“加拿大一枝黄花”清除行动。"
    assert text[slice(*credit.span)] == "记者/杨如 摄" == credit.text
    assert [(c.role, c.name) for c in credit.contributors] == [("记者", "杨如")]


def test_split_caption_with_credit_in_brackets() -> None:
    found = split_caption("南洋技校中式烹饪培训现场。(记者 何春林 摄)")
    assert found is not None
    assert found[0] == (0, 13)
    assert found[1].contributors[0].name == "何春林"


@pytest.mark.parametrize("text", ["记者手记", "记者观察", "记者调查"])
def test_column_names_are_not_bylines(text: str) -> None:
    assert zznews.parse_byline(text) is None


def test_decoration_before_a_byline_is_skipped() -> None:
    assert people("□记者 王明") == [("记者", "王明")]
    b = zznews.parse_byline("■株洲日报全媒体记者/王明 摄")
    assert b is not None and b.agency == "株洲日报" and b.is_photo_credit
    assert b.text == "■株洲日报全媒体记者/王明 摄"  # the span keeps the mark: nothing is lost


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("株洲日报全媒体首席记者 刘远", "全媒体首席记者"),
        ("株洲日报融媒体见习记者/张三", "融媒体见习记者"),
        ("株洲日报全媒体评论员 王明", "全媒体评论员"),
        ("株洲日报全媒体摄影记者 王明", "全媒体摄影记者"),
        ("株洲日报特约通讯员 王明", "特约通讯员"),
    ],
)
def test_newsroom_roles_with_a_media_prefix(text: str, role: str) -> None:
    b = zznews.parse_byline(text)
    assert b is not None and b.agency == "株洲日报"
    assert [(c.role, c.name) for c in b.contributors] == [(role, text.split()[-1].split("/")[-1])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("文/图 株洲日报全媒体记者 王明", [("全媒体记者", "王明")]),
        ("文/株洲日报全媒体记者 王明 图/通讯员 李华", [("全媒体记者", "王明"), ("通讯员", "李华")]),
    ],
)
def test_text_and_photo_marks_before_agency_and_role(
    text: str, expected: list[tuple[str, str]]
) -> None:
    # 文 and 图 say what the person named next did; the agency after them is theirs.
    b = zznews.parse_byline(text)
    assert b is not None
    assert (b.agency, people(text), b.is_photo_credit) == ("株洲日报", expected, True)


def test_a_two_character_name_padded_to_three() -> None:
    # 黄 玲: some pages pad a two-character name with a space to line up with others.
    assert people("株洲日报记者 黄 玲 通讯员 李 华") == [("记者", "黄玲"), ("通讯员", "李华")]
    assert people("通讯员/甲乙 丙丁") == [("通讯员", "甲乙"), ("通讯员", "丙丁")]
