"""Nothing is lost: every non-blank character lands in a field or in Page.unplaced."""

from __future__ import annotations

import datetime as dt
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import zznews

_LINES = [
    "联点共建,老旧小区变了模样",
    "产业社区“微项目”撬动居民“大幸福”",
    "株洲日报(全媒体记者/李逸峰 通讯员/周陵湘)“小区小广场雨棚装上电风扇了!”这几天,居民幸福感油然而生。",
    "增设楼栋、单元标识,“住在楼里不识楼”成历史",
    "车子停在小区被蹭了,找不到肇事人;没有摄像头,想找到事情的源",
    "头十分困难,大家住在小区里缺乏安全感。",
    "政策与岗位送到居民身边",
    "株洲日报全媒体记者/李逸峰 通讯员/张芷璇 摄",
    "湖南工业大学的学子参与博古山公园“加拿大一枝黄花”清除行动。 记者/杨如 摄",
    "就业·创业",
    "责任编辑:王建设",
    "2025年11月21日 星期五",
    "——探访补贴性职业技能培训之烹饪班③",
    "株洲日报全媒体记者/何春林",
    "记者/王明",
    "扫描二维码查看招募要求以及申报材料",
    "新春走基层 | 留守老人的年夜饭",
    "据悉,基地自成立以来,先后共收到120多家残疾人创业",
    "（记者 王明 摄）",
]


def blank(ch: str) -> bool:
    """White space, control and format characters (NUL, BOM, zero-width) carry no text."""
    return ch.isspace() or unicodedata.category(ch) in ("Cc", "Cf")


def uncovered(text: str, doc: zznews.Document) -> str:
    """The non-blank characters of ``text`` that no part of ``doc`` covers."""
    covered = bytearray(len(text))
    for part in doc.iter_parts():
        a, b = part.span
        covered[a:b] = b"\x01" * (b - a)
    return "".join(ch for ch, c in zip(text, covered, strict=True) if not c and not blank(ch))


def test_sample_page_loses_nothing(sample_text: str, sample_doc: zznews.Document) -> None:
    assert uncovered(sample_text, sample_doc) == ""


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from(_LINES), max_size=20),
    st.lists(st.sampled_from(["\n", "\n\n", "\r\n\r\n", "\n\n\n\n"]), min_size=20, max_size=20),
)
def test_generated_pages_lose_nothing(lines: list[str], seps: list[str]) -> None:
    text = "".join(line + sep for line, sep in zip(lines, seps, strict=False))
    doc = zznews.parse(text, issue_date=dt.date(2025, 11, 21))
    assert uncovered(text, doc) == ""
    for part in doc.iter_parts():
        assert 0 <= part.span[0] <= part.span[1] <= len(text)


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_any_text_gives_a_document_or_a_parse_error(text: str) -> None:
    try:
        doc = zznews.parse(text)
    except zznews.ParseError as e:
        assert e.line is not None
        return
    assert isinstance(doc, zznews.Document)
    assert uncovered(text, doc) == ""


# The real texts (read at test time from ../shared/corpus/real, skipped when absent),
# as printed and re-printed with full-width punctuation: every non-blank line placed.
_REAL = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "real" / "raw"
_REAL_TEXTS = sorted(_REAL.glob("*.txt")) if _REAL.is_dir() else []
_FULL_WIDTH = str.maketrans(
    {",": "，", ":": "：", ";": "；", "(": "（", ")": "）", "?": "？", "!": "！"}
)


@pytest.mark.skipif(not _REAL_TEXTS, reason="../shared/corpus/real is absent")
@pytest.mark.parametrize("path", _REAL_TEXTS, ids=lambda p: p.stem)
@pytest.mark.parametrize("full_width", [False, True], ids=["as-printed", "full-width"])
def test_real_texts_lose_no_line(path: Path, full_width: bool) -> None:
    text = path.read_text("utf-8")
    if full_width:
        text = text.translate(_FULL_WIDTH)
    doc = zznews.parse(text)
    assert uncovered(text, doc) == ""
