"""Byline, dateline and credit forms of every Hunan paper, read by pattern.

All text here is invented: the papers, places and people are made up, so that
the rules are shown to hold for names no list holds.
"""

from __future__ import annotations

import pytest

import zznews
from zznews._fold import fold
from zznews.byline import agency_named, names_writer, read_caption, read_glued, read_line


def read(text: str) -> tuple[str | None, list[tuple[str | None, str]]]:
    b = zznews.parse_byline(text)
    assert b is not None, text
    return b.agency, [(c.role, c.name) for c in b.contributors]


# -- agencies and datelines by pattern -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "agency", "dateline"),
    [
        ("云溪日报讯(记者 方明)今天,", "云溪日报", None),  # …日报, unlisted
        ("云溪晚报5月22日讯(记者 方明)今天,", "云溪晚报", "5月22日"),  # …晚报
        ("青岚都市报讯(记者 方明)今天,", "青岚都市报", None),  # …报
        ("青岚新闻网3月19日讯(通讯员 方明)今天,", "青岚新闻网", "3月19日"),  # …新闻网
        ("青岚网讯(记者 方明)今天,", "青岚网", None),  # …网 with no date
        ("青岚在线12月7日讯(记者 方明)今天,", "青岚在线", "12月7日"),  # …在线
        ("青岚县融媒体中心讯(记者 方明)今天,", "青岚县融媒体中心", None),
        ("青岚客户端讯(记者 方明)今天,", "青岚客户端", None),
        ("云溪日报·青岚客户端7月2日讯(记者 方明)今天,", "云溪日报·青岚客户端", "7月2日"),
        ("云溪女报/溪网讯(记者 方明)今天,", "云溪女报/溪网", None),  # joined by /
        ("青岚在线—云溪新闻网讯(记者 方明)今天,", "青岚在线—云溪新闻网", None),  # by —
        ("云溪日报全媒体讯 (记者 方明)今天,", "云溪日报全媒体", None),
        ("红网时刻8月3日讯(通讯员 方明)今天,", "红网时刻", "8月3日"),
        ("红网时刻新闻8月3日讯(通讯员 方明)今天,", "红网时刻新闻", "8月3日"),
        ("本报青岚8月3日讯(记者 方明)今天,", "本报", "青岚8月3日"),  # 本报<place>
        ("本报青岚讯(记者 方明)今天,", "本报", "青岚"),
        ("云溪日报8月3讯(记者 方明)今天,", "云溪日报", "8月3"),  # 日 lost
        ("云溪日报青岚8月3日消息(记者 方明)今天,", "云溪日报", "青岚8月3日"),  # 消息
    ],
)
def test_a_dateline_names_any_medium(text: str, agency: str, dateline: str | None) -> None:
    b = zznews.parse_byline(text)
    assert b is not None
    assert (b.agency, b.dateline, b.contributors[0].name) == (agency, dateline, "方明")
    assert b.text == text[: text.index(")") + 1]


def test_a_place_is_the_datelines_a_bureau_the_agencys() -> None:
    # 红网青岚 + date: 青岚 is where it was filed; 红网青岚站: a bureau, part of the agency.
    b = zznews.parse_byline("红网青岚1月6日讯(通讯员 方明)今天,")
    assert b is not None and (b.agency, b.dateline) == ("红网", "青岚1月6日")
    b = zznews.parse_byline("红网青岚站1月6日讯(分站记者 方明)今天,")
    assert b is not None and (b.agency, b.dateline) == ("红网青岚站", "1月6日")
    assert [(c.role, c.name) for c in b.contributors] == [("分站记者", "方明")]


@pytest.mark.parametrize(
    ("text", "agency", "end"),
    [
        ("云溪晨报9月3日报道 秋收时节到,", "云溪晨报", "云溪晨报9月3日报道"),
        ("本报讯 近日,", "本报", "本报讯"),
        ("青岚网讯 近日,", "青岚网", "青岚网讯"),
        ("新华社青岚5月2日电 近日,", "新华社", "新华社青岚5月2日电"),
    ],
)
def test_a_dateline_with_no_names(text: str, agency: str, end: str) -> None:
    b = zznews.parse_byline(text)
    assert b is not None and (b.agency, b.text, b.contributors) == (agency, end, ())


def test_the_agency_is_printed_as_the_source_has_it() -> None:
    b = zznews.parse_byline("雲溪新聞網訊(通訊員 方明)今天,")
    assert b is not None and b.agency == "雲溪新聞網"  # traditional stays traditional
    assert b.contributors[0].role == "通讯员"  # roles are canonical
    assert read("本報訊(記者 方明)今天")[0] == "本報"


def test_the_medium_in_brackets_wins_over_the_dateline() -> None:
    b = zznews.parse_byline("红网青岚1月6日讯(云溪日报记者 方明 通讯员 白露)今天,")
    assert b is not None and b.agency == "云溪日报"
    assert [(c.role, c.name) for c in b.contributors] == [("记者", "方明"), ("通讯员", "白露")]
    assert read("本报讯(云溪晚报融媒体记者/方明)今天")[0] == "云溪晚报"
    assert read("青岚网讯(云溪日报记者 方明) 连日来,")[0] == "云溪日报"


@pytest.mark.parametrize(
    "text",
    [
        "云溪晚报融媒体记者 方明",
        "云溪日报记者 方明",
        "(云溪晚报融媒体记者/方明)",
        "红网时刻新闻记者 方明",
        "作者:记者 方明",
        "分站记者 方明",
    ],
)
def test_a_medium_or_a_label_is_never_a_person(text: str) -> None:
    names = [name for _, name in read(text)[1]]
    assert names == ["方明"]


def test_agency_named_by_pattern() -> None:
    assert agency_named("云溪日报") == "云溪日报"
    assert agency_named("雲溪日報") == "雲溪日報"
    assert agency_named("云溪日报记者") is None
    assert agency_named("了解") is None


@pytest.mark.parametrize(
    "text",
    [
        "据报道,今年全市新增就业岗位。",
        "记者从云溪日报社获悉,",
        "日报通讯员/方明 摄",  # the first half of a medium's name is no medium
        "本报记者从市教育局了解到,",
        "据青岚网报道,今年全市新增就业岗位。",  # a preposition opens no medium
        "从云溪日报消息看,",
        "青岚网报道称,今年全市新增就业岗位。",  # 报道称: a sentence's verb
        "青岚网讯息中心发布",  # 讯息: no 讯
        "本报电话:12345678",  # 电话: no 电
    ],
)
def test_no_agency_where_none_is_printed(text: str) -> None:
    b = zznews.parse_byline(text)
    assert b is None or b.agency is None


# -- bylines -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("记者方明 通讯员白露", [("记者", "方明"), ("通讯员", "白露")]),
        ("记者 白荷 方明 常远", [("记者", "白荷"), ("记者", "方明"), ("记者", "常远")]),
        ("记者 方明通讯员 白露", [("记者", "方明"), ("通讯员", "白露")]),
        ("记者 白荷方明", [("记者", "白荷"), ("记者", "方明")]),  # glued: split by surname
        ("记者 欧阳青岚", [("记者", "欧阳青岚")]),  # a double surname: one name
        ("记者方小雨", [("记者", "方小雨")]),  # three characters: one name
        ("记者 方 明 白 露", [("记者", "方明"), ("记者", "白露")]),  # padded
        ("通讯员 段 晓露", [("通讯员", "段晓露")]),  # a padded surname
        ("实习生 方明", [("实习生", "方明")]),
        ("见习生 方明", [("见习生", "方明")]),
        ("首席记者 方明", [("首席记者", "方明")]),
        ("特约通讯员 方明", [("特约通讯员", "方明")]),
        ("青岚分站记者 方明", [("青岚分站记者", "方明")]),  # a unit's role as printed
        ("城建新闻部副主任 方明", [("城建新闻部副主任", "方明")]),  # a job title
        ("策划/执行 方明", [("策划/执行", "方明")]),  # two roles, one person
        ("■本报记者 方明", [("记者", "方明")]),
        ("□记者 方明", [("记者", "方明")]),
    ],
)
def test_byline_forms(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert read(text)[1] == expected


def test_padded_names_keep_the_source_without_the_space() -> None:
    b = zznews.parse_byline("文/图 本报全媒体记者 方 明 白 露")
    assert b is not None and b.agency == "本报" and b.is_photo_credit
    assert [(c.role, c.name) for c in b.contributors] == [
        ("全媒体记者", "方明"),
        ("全媒体记者", "白露"),
    ]
    assert read("通讯员 段 曉露")[1] == [("通讯员", "段曉露")]


def test_a_byline_with_no_brackets_after_the_dateline() -> None:
    b = read_glued(fold("青岚新闻网讯 通讯员方明报道 文明是城市的底色。"))
    assert b is not None
    assert (b.agency, b.text) == ("青岚新闻网", "青岚新闻网讯 通讯员方明报道")
    assert [(c.role, c.name) for c in b.contributors] == [("通讯员", "方明")]


def test_the_place_a_story_was_filed_from_is_no_name() -> None:
    assert read("红网时刻新闻记者 方明 青岚报道") == ("红网时刻新闻", [("记者", "方明")])
    assert read("通讯员方明报道") == (None, [("通讯员", "方明")])


def test_a_byline_in_brackets_on_its_own_line() -> None:
    b = read_line(fold("(云溪晚报融媒体记者/方明 通讯员/白露)"))
    assert b is not None and b.agency == "云溪晚报"
    assert [(c.role, c.name) for c in b.contributors] == [
        ("融媒体记者", "方明"),
        ("通讯员", "白露"),
    ]


def test_metadata_lines_are_no_bylines() -> None:
    assert read_line(fold("稿源:青岚网 编辑:方 明")) is None
    assert read_line(fold("编辑:方 明")) is None
    b = read_line(fold("作者:云溪日报全媒体记者 方明 编辑:白露"))
    assert b is not None and [c.name for c in b.contributors] == ["方明"]


# -- photo credits -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "people", "agency"),
    [
        ("方明/摄", [(None, "方明")], None),
        ("记者 方明 摄", [("记者", "方明")], None),
        ("图/云溪日报记者 方明", [("记者", "方明")], "云溪日报"),
        ("供图:青岚县档案局", [("供图", "青岚县档案局")], None),
        ("图片来源:青岚县文旅局", [("图片来源", "青岚县文旅局")], None),
        ("图片来源:新华社", [], "新华社"),
        ("均为本报记者 方明 摄", [("记者", "方明")], "本报"),
        ("通讯员供图", [], None),  # a role, nobody named
        ("通讯员 摄", [], None),
        ("(资料图片)", [], None),
    ],
)
def test_photo_credit_forms(
    text: str, people: list[tuple[str | None, str]], agency: str | None
) -> None:
    b = read_line(fold(text))
    assert b is not None and b.is_photo_credit, text
    assert ([(c.role, c.name) for c in b.contributors], b.agency) == (people, agency)


def test_a_credit_that_reports_names_the_writer_too() -> None:
    b = read_line(fold("本报记者 方 明 白露 摄影报道"))
    assert b is not None and b.is_photo_credit
    assert [c.name for c in b.contributors] == ["方明", "白露"]
    assert names_writer("本报记者 方明 摄影报道")
    assert not names_writer("本报记者 方明 摄")


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        ("◀石阶上插了一根竹竿。 记者/方明 摄", "◀石阶上插了一根竹竿。", "记者/方明 摄"),
        ("村民在田里插秧。云溪日报记者 方明 摄", "村民在田里插秧。", "云溪日报记者 方明 摄"),
        ("村民在田里插秧   云溪晚报记者 方明 摄", "村民在田里插秧", "云溪晚报记者 方明 摄"),
        ("(村民在田里插秧。 通讯员 摄)", "村民在田里插秧。", "通讯员 摄"),
        ("老街旧照。(供图青岚县档案局 方明 翻拍)", "老街旧照。", "(供图青岚县档案局 方明 翻拍)"),
        ("旧桥的模样。(资料图片)", "旧桥的模样。", "(资料图片)"),
    ],
)
def test_a_credit_after_its_caption_on_one_line(line: str, caption: str, credit: str) -> None:
    found = read_caption(fold(line))
    assert found is not None, line
    (a, b), byline = found
    assert (line[a:b], byline.text) == (caption, credit)
    assert line[byline.span[0] : byline.span[1]] == credit
    assert byline.is_photo_credit


def test_glued_names_and_surnames_are_data() -> None:
    from zznews.vocab.byline import DOUBLE_SURNAMES, SURNAMES

    assert "欧阳" in DOUBLE_SURNAMES and {"方", "白", "段"} <= SURNAMES


def test_a_whole_credit_is_no_caption_and_credit() -> None:
    # The name after its role is no credit of a caption "云溪日报记者".
    assert read_caption(fold("云溪日报记者 方明 摄")) is None
    assert read_line(fold("云溪日报记者 方明 摄")) is not None
