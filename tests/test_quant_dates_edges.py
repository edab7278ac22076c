"""Regression tests for issue 14: numerals and dates never crash, whatever the text."""

from __future__ import annotations

import datetime as dt

import pytest

import zznews
from zznews import extract_dates, extract_quantities
from zznews.dates import issue_date_from_dateline
from zznews.numbers import parse_number


def _round_trips(doc: zznews.Document) -> None:
    assert zznews.from_json(zznews.to_json(doc)) == doc
    assert repr(doc)


@pytest.mark.parametrize("text", ["3多亿万元", "3余亿万元", "3来亿亿元"])
def test_magnitudes_that_make_no_number(text: str) -> None:
    _round_trips(zznews.parse(text))
    assert all(q.value is None for q in extract_quantities(text) if q.unit == "元")


@pytest.mark.parametrize(
    ("text", "issue"),
    [
        ("00世纪90年代", None),
        ("0001年1月1日\n去年", None),
        ("0001年1月1日\n12月", None),
        ("9999年12月31日\n明天", None),
        ("去年1月", dt.date(1, 1, 5)),
    ],
)
def test_calendar_edges_parse(text: str, issue: dt.date | None) -> None:
    _round_trips(zznews.parse(text, issue_date=issue))


@pytest.mark.parametrize(
    ("text", "issue"),
    [
        ("明天", dt.date.max),
        ("下周三", dt.date.max),
        ("下个月", dt.date.max),
        ("明年年底", dt.date.max),
        ("昨天", dt.date.min),
        ("去年", dt.date.min),
        ("上个月", dt.date.min),
        ("12月", dt.date.min),
        ("上世纪90年代", dt.date.min),
        ("去年同期", dt.date(1, 6, 1)),
        ("年底", dt.date.min),
        ("8日", dt.date.min),
    ],
)
def test_dates_past_the_calendar_are_unresolved(text: str, issue: dt.date) -> None:
    for m in extract_dates(text, issue_date=issue):
        assert (m.start is None) == (m.end is None)
        if m.start is not None:
            assert m.end is not None and dt.date.min <= m.start <= m.end <= dt.date.max


def test_decade_of_no_century() -> None:
    (m,) = extract_dates("00世纪90年代")
    assert m.start is None and m.end is None


def test_dateline_years_in_range() -> None:
    assert issue_date_from_dateline("0001年1月1日") is None
    assert issue_date_from_dateline("9999年12月31日") is None
    assert issue_date_from_dateline("2025年11月21日   星期五") == dt.date(2025, 11, 21)
    assert issue_date_from_dateline("  2025年11月21日\u3000农历十月初二 ") == dt.date(2025, 11, 21)
    assert issue_date_from_dateline("2025年11月21日" + " " * 50 + "x") is None


@pytest.mark.parametrize("count", [4, 540, 125_000])
def test_huge_numerals_keep_their_text(count: int) -> None:
    text = "三点五" + "亿" * count + "个"
    (q,) = extract_quantities(text)
    assert q.text == text and q.unit == "个" and q.value is None
    _round_trips(zznews.parse(text))


def test_largest_numerals_still_read() -> None:
    (q,) = extract_quantities("三点五亿亿亿个")
    assert q.value == 35 * 10**23


def test_decimal_points_one_a_numeral() -> None:
    with pytest.raises(ValueError, match="not a numeral"):
        parse_number("一点一点一")
    with pytest.raises(ValueError, match="not a numeral"):
        parse_number("一点" * 1200 + "一")
    extract_quantities("一点" * 1200 + "一个")


def test_financial_numeral_runs() -> None:
    assert extract_quantities("伍" * 2000) == ()
    (q,) = extract_quantities("队伍126支")
    assert q.value == 126


@pytest.mark.parametrize("mark", ["“", "‘", "《", "「", "『"])
def test_unclosed_quote_marks(mark: str) -> None:
    (q,) = extract_quantities(mark * 500 + "3家")
    assert q.value == 3


def test_short_quotes_still_names() -> None:
    assert extract_quantities("“社保服务进万家”") == ()
    assert extract_quantities("《关于做好2025年三项工作的通知》") == ()
