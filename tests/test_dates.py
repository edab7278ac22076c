"""Dates: what is a date, and which calendar days it covers."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zznews.dates import (
    date_spans,
    extract_article_dates,
    extract_dates,
    issue_date_from_dateline,
)
from zznews.model import DateMention

ISSUE = dt.date(2025, 11, 21)
D = dt.date


def only(text: str, issue: dt.date | None = ISSUE, anchor: dt.date | None = None) -> DateMention:
    """The one date of ``text``."""
    found = extract_dates(text, issue_date=issue, anchor=anchor)
    assert len(found) == 1, found
    return found[0]


def days(text: str, issue: dt.date | None = ISSUE) -> tuple[str, dt.date | None, dt.date | None]:
    """The text, start and end of the one date of ``text``."""
    m = only(text, issue)
    return m.text, m.start, m.end


# --- absolute dates -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "text", "start", "end", "stated"),
    [
        (
            "2025年11月18日,活动开展",
            "2025年11月18日",
            D(2025, 11, 18),
            D(2025, 11, 18),
            (2025, 11, 18),
        ),
        ("2006年,谢恩从部队退役", "2006年", D(2006, 1, 1), D(2006, 12, 31), (2006, None, None)),
        (
            "2025年11月,社区开展活动",
            "2025年11月",
            D(2025, 11, 1),
            D(2025, 11, 30),
            (2025, 11, None),
        ),
        (
            "二〇二五年十一月十八日",
            "二〇二五年十一月十八日",
            D(2025, 11, 18),
            D(2025, 11, 18),
            (2025, 11, 18),
        ),
        ("到2030年,全市20家国企", "2030年", D(2030, 1, 1), D(2030, 12, 31), (2030, None, None)),
        ("2024年2月底", "2024年2月底", D(2024, 2, 21), D(2024, 2, 29), (2024, 2, None)),
        ("2025年底前完成", "2025年底", D(2025, 11, 1), D(2025, 12, 31), (2025, None, None)),
        (
            "２０２５年１１月１８日",
            "２０２５年１１月１８日",
            D(2025, 11, 18),
            D(2025, 11, 18),
            (2025, 11, 18),
        ),
    ],
)
def test_absolute(
    sentence: str,
    text: str,
    start: dt.date,
    end: dt.date,
    stated: tuple[int | None, int | None, int | None],
) -> None:
    m = only(sentence)
    assert (m.text, m.start, m.end, (m.year, m.month, m.day)) == (text, start, end, stated)


def test_absolute_year_needs_no_issue_date() -> None:
    m = only("2006年,谢恩从部队退役", issue=None)
    assert (m.start, m.end, m.year) == (D(2006, 1, 1), D(2006, 12, 31), 2006)


# --- month and day without a year: the nearest to the issue date ---------------------


@pytest.mark.parametrize(
    ("sentence", "issue", "start", "end"),
    [
        ("11月18日,社区开展活动", ISSUE, D(2025, 11, 18), D(2025, 11, 18)),
        ("12月28日,项目启动", D(2026, 1, 5), D(2025, 12, 28), D(2025, 12, 28)),
        ("1月3日将举行", D(2025, 12, 30), D(2026, 1, 3), D(2026, 1, 3)),
        ("18日,培训举行", ISSUE, D(2025, 11, 18), D(2025, 11, 18)),
        ("30日,培训举行", D(2025, 12, 2), D(2025, 11, 30), D(2025, 11, 30)),
        ("8月,社区开展活动", ISSUE, D(2025, 8, 1), D(2025, 8, 31)),
        ("11月18号", ISSUE, D(2025, 11, 18), D(2025, 11, 18)),
        ("十一月十八日", ISSUE, D(2025, 11, 18), D(2025, 11, 18)),
        # Past readings are preferred: a later one counts four times as far.
        ("3月12日,该项目开工", ISSUE, D(2025, 3, 12), D(2025, 3, 12)),
        ("5月,社区开展活动", ISSUE, D(2025, 5, 1), D(2025, 5, 31)),
        ("1至9月,全市完成投资", ISSUE, D(2025, 1, 1), D(2025, 9, 30)),
        ("12月1日起施行", ISSUE, D(2025, 12, 1), D(2025, 12, 1)),
        ("1至11月,全市完成投资", D(2026, 1, 8), D(2025, 1, 1), D(2025, 11, 30)),
        ("1至9月,全市完成投资", D(2025, 12, 28), D(2025, 1, 1), D(2025, 9, 30)),
        # A day alone counts twice as far ahead: this month's, behind or ahead.
        ("5日,培训举行", ISSUE, D(2025, 11, 5), D(2025, 11, 5)),
        ("28日将举行", ISSUE, D(2025, 11, 28), D(2025, 11, 28)),
    ],
)
def test_nearest_to_issue(sentence: str, issue: dt.date, start: dt.date, end: dt.date) -> None:
    m = only(sentence, issue)
    assert (m.start, m.end) == (start, end)


@pytest.mark.parametrize(
    ("sentence", "issue", "text", "start", "end"),
    [
        # Words that look forward pick the nearest reading not yet over.
        ("活动持续至3月31日。", D(2025, 1, 14), "3月31日", D(2025, 3, 31), D(2025, 3, 31)),
        ("将于1月下旬至3月底举行", D(2026, 1, 9), "1月下旬至3月底", D(2026, 1, 21), D(2026, 3, 31)),
        ("订单已经排到了8月份", D(2025, 3, 14), "8月份", D(2025, 8, 1), D(2025, 8, 31)),
        ("力争年底前全市实现", D(2026, 1, 20), "年底", D(2026, 11, 1), D(2026, 12, 31)),
        # A deadline (…前) looks forward too, unless it is reported met (已于…前).
        ("筛查4000人,12月底前完成。", D(2024, 9, 10), "12月底", D(2024, 12, 21), D(2024, 12, 31)),
        ("资金已于8月底前补发到位。", D(2024, 9, 3), "8月底", D(2024, 8, 21), D(2024, 8, 31)),
        # 至 alone is "until"; 截至 is "as of".
        ("禁渔期至6月30日24时结束。", D(2025, 3, 6), "6月30日24时", D(2025, 6, 30), D(2025, 6, 30)),
        ("截至2月底,全市完成", D(2025, 3, 6), "2月底", D(2025, 2, 21), D(2025, 2, 28)),
        # A period all to come is as near as its start (but not a year to date).
        (
            "6月15日至9月15日,开通专席",
            D(2026, 6, 11),
            "6月15日至9月15日",
            D(2026, 6, 15),
            D(2026, 9, 15),
        ),
        ("7月1日至8月31日举办", D(2025, 6, 18), "7月1日至8月31日", D(2025, 7, 1), D(2025, 8, 31)),
        ("1至9月,全市完成投资", D(2025, 12, 28), "1至9月", D(2025, 1, 1), D(2025, 9, 30)),
        (
            "1月16日至3月31日举办",
            D(2026, 1, 16),
            "1月16日至3月31日",
            D(2026, 1, 16),
            D(2026, 3, 31),
        ),
        # Without them, the past reading stands.
        ("3月底,全市已完成", D(2025, 4, 10), "3月底", D(2025, 3, 21), D(2025, 3, 31)),
        ("年底,全市完成", D(2026, 1, 20), "年底", D(2025, 11, 1), D(2025, 12, 31)),
    ],
)
def test_forward_words_pick_a_date_to_come(
    sentence: str, issue: dt.date, text: str, start: dt.date, end: dt.date
) -> None:
    assert days(sentence, issue) == (text, start, end)


def test_a_year_of_accounts() -> None:
    assert days("2025年度省级示范村名单") == ("2025年度", D(2025, 1, 1), D(2025, 12, 31))
    assert days("上年度考核") == ("上年度", D(2024, 1, 1), D(2024, 12, 31))


def test_from_today_and_hours_of_a_day() -> None:
    issue = D(2024, 2, 29)
    assert days("即日起至4月30日", issue) == ("即日起至4月30日", issue, D(2024, 4, 30))
    assert days("4月25日9时至17时,道路封闭", issue) == (
        "4月25日9时至17时",
        D(2024, 4, 25),
        D(2024, 4, 25),
    )
    assert days("今年晚稻有望增产", issue) == ("今年", D(2024, 1, 1), D(2024, 12, 31))


def test_a_range_of_weekdays_in_one_week() -> None:
    issue = D(2026, 1, 9)  # a Friday
    assert days("下周一至周三,全市有雨", issue) == ("下周一至周三", D(2026, 1, 12), D(2026, 1, 14))
    assert days("本周五至周日", issue) == ("本周五至周日", D(2026, 1, 9), D(2026, 1, 11))


def test_the_month_of_the_date_last_mentioned() -> None:
    found = extract_dates("1月,全市新增贷款;当月增加43.5亿元。", issue_date=D(2025, 3, 5))
    assert [(m.text, m.start, m.end) for m in found] == [
        ("1月", D(2025, 1, 1), D(2025, 1, 31)),
        ("当月", D(2025, 1, 1), D(2025, 1, 31)),
    ]


def test_the_month_is_the_last_one_named_not_a_longer_period() -> None:
    found = extract_dates(
        "1月,全市新增贷款;去年四季度以来增势明显,当月增加43.5亿元。", issue_date=D(2025, 2, 18)
    )
    assert found[-1].text == "当月" and found[-1].start == D(2025, 1, 1)


def test_months_in_brackets_after_the_year_said() -> None:
    found = extract_dates("今年汛期(4月至9月)全市降雨偏多", issue_date=D(2025, 4, 19))
    assert [(m.text, m.start, m.end) for m in found][-1] == (
        "4月至9月",
        D(2025, 4, 1),
        D(2025, 9, 30),
    )


def test_a_base_of_comparison_is_no_anchor() -> None:
    def starts(text: str, issue: dt.date) -> list[tuple[str, dt.date | None]]:
        return [(m.text, m.start) for m in extract_dates(text, issue_date=issue)]

    # 上年 after 上年 is still the year before 2025.
    assert starts("2025年,产值比上年增长6.0%,投资比上年提高0.8个百分点。", D(2026, 3, 20)) == [
        ("2025年", D(2025, 1, 1)),
        ("上年", D(2024, 1, 1)),
        ("上年", D(2024, 1, 1)),
    ]
    # 比去年 is a base: 上年 counts from 今年.
    assert starts("今年,面积比去年增加2.3万亩;单产较上年提高5个百分点。", D(2025, 6, 18))[-1] == (
        "上年",
        D(2024, 1, 1),
    )
    # 比10月 is a base: 当月 is November.
    assert starts("11月,用电增速比10月加快;当月工业用电量增长。", D(2025, 1, 10))[-1] == (
        "当月",
        D(2024, 11, 1),
    )


def test_holidays_on_a_fixed_day() -> None:
    assert days("元旦以来,全市走访困难群众", D(2024, 1, 5)) == (
        "元旦以来",
        D(2024, 1, 1),
        D(2024, 1, 5),
    )
    assert days("国庆节期间,游客如织", D(2025, 10, 9)) == ("国庆节", D(2025, 10, 1), D(2025, 10, 1))
    assert extract_dates("春节期间,中秋节前", issue_date=D(2025, 10, 9)) == ()


def test_yesterday_in_a_quotation_does_not_move_today() -> None:
    found = extract_dates("“昨天下午刚下的单,今天上午就收到了。”9月11日,市民说。", issue_date=ISSUE)
    assert [(m.text, m.start) for m in found] == [
        ("昨天下午", D(2025, 9, 10)),
        ("今天上午", D(2025, 9, 11)),
        ("9月11日", D(2025, 9, 11)),
    ]
    found = extract_dates("11月18日,活动举行。他说:“昨天来了,今天又来。”", issue_date=ISSUE)
    assert [m.start for m in found] == [D(2025, 11, 18), D(2025, 11, 17), D(2025, 11, 18)]


def test_the_first_months_at_a_clause_s_start() -> None:
    assert days("前4个月全市外贸进出口增长", D(2025, 5, 20)) == (
        "前4个月",
        D(2025, 1, 1),
        D(2025, 4, 30),
    )
    assert days("前11个月,全市", D(2026, 1, 5)) == ("前11个月", D(2025, 1, 1), D(2025, 11, 30))
    assert extract_dates("入职前3个月,他很努力", issue_date=D(2025, 5, 20)) == ()


def test_same_period_of_another_year() -> None:
    issue = D(2025, 10, 28)
    found = extract_dates("前三季度,全市增长7.8%,增速较去年同期提高2.1个百分点。", issue_date=issue)
    assert [(m.text, m.start, m.end) for m in found] == [
        ("前三季度", D(2025, 1, 1), D(2025, 9, 30)),
        ("去年同期", D(2024, 1, 1), D(2024, 9, 30)),
    ]
    # With no period said before it, the whole year.
    assert days("比去年同期增长5%", issue) == ("去年同期", D(2024, 1, 1), D(2024, 12, 31))


def test_a_day_to_a_part_of_a_month_is_a_range() -> None:
    assert days("自11月1日至明年2月底,亮灯时间调整", D(2025, 10, 28)) == (
        "11月1日至明年2月底",
        D(2025, 11, 1),
        D(2026, 2, 28),
    )


@pytest.mark.parametrize(
    "sentence", ["达产后年产值可达10亿元", "入冬后天气转凉", "目前天元区已有38个小区"]
)
def test_after_a_phrase_hou_is_no_day_after_tomorrow(sentence: str) -> None:
    assert extract_dates(sentence, issue_date=ISSUE) == ()


def test_a_day_alone_follows_the_month_last_mentioned() -> None:
    # A story told day by day: 13日 after 10月12日 is 13 October, not 13 November.
    found = extract_dates("10月12日晚,谭某驾车逃逸。13日凌晨,民警找到车辆。", issue_date=ISSUE)
    assert [(m.text, m.start) for m in found] == [
        ("10月12日晚", D(2025, 10, 12)),
        ("13日凌晨", D(2025, 10, 13)),
    ]
    found = extract_dates("9月26日开班,28日至30日考核。", issue_date=ISSUE)
    assert [(m.start, m.end) for m in found][1] == (D(2025, 9, 28), D(2025, 9, 30))
    # After the issue date, the month last mentioned gives way: 25日 is this month's.
    found = extract_dates("11月18日,活动举行。25日将总结。", issue_date=ISSUE)
    assert found[1].start == D(2025, 11, 25)


def test_years_counted_from_the_year_last_mentioned() -> None:
    text = "2008年3月5日,他退伍。同年10月,他创业。次年6月,公司成立。2011年,扩产。当年12月,过亿。"
    found = extract_dates(text, issue_date=ISSUE)
    assert [(m.text, m.start) for m in found][1:] == [
        ("同年10月", D(2008, 10, 1)),
        ("次年6月", D(2009, 6, 1)),
        ("2011年", D(2011, 1, 1)),
        ("当年12月", D(2011, 12, 1)),
    ]


def test_today_in_a_quotation_that_opens_the_lead() -> None:
    # The speaker's day is said after the quotation, in the same paragraph.
    found = extract_dates("“今天来办事,10分钟就办好了!”11月19日,市民李女士说。", issue_date=ISSUE)
    assert [(m.text, m.start) for m in found] == [
        ("今天", D(2025, 11, 19)),
        ("11月19日", D(2025, 11, 19)),
    ]
    # A date in a later paragraph is not the day it was said.
    found = extract_dates("“今天很冷。”他说。\n12月5日,降温。", issue_date=ISSUE)
    assert found[0].start == ISSUE


def test_a_part_of_a_year_alone_and_the_year_before() -> None:
    # In January, 前三季度 and 四季度 are last year's; 上年 is the year before the one said.
    jan = D(2026, 1, 6)
    assert only("前三季度,全市", jan).start == D(2025, 1, 1)
    assert only("四季度,全市", jan).start == D(2025, 10, 1)
    found = extract_dates("2024年,产值比上年增长10%", issue_date=jan)
    assert [(m.text, m.start) for m in found] == [
        ("2024年", D(2024, 1, 1)),
        ("上年", D(2023, 1, 1)),
    ]
    assert only("比上年增长5%", jan).start == D(2025, 1, 1)
    # In September, 年底 is this year's end, still to come.
    assert only("力争年底前完工", D(2025, 9, 26)).start == D(2025, 11, 1)
    assert only("上半年,全市", jan).start == D(2026, 1, 1)  # last year's ended long ago


def test_a_start_to_come_is_no_anchor() -> None:
    # 当天 after 12月1日起施行 is still 18 November, the day the meeting was held.
    found = extract_dates(
        "11月18日上午,市政府召开常务会议,研究部署12月1日起施行的新规。当天下午,召开会议。",
        issue_date=ISSUE,
    )
    assert found[-1].start == D(2025, 11, 18)


def test_without_issue_date_stated_parts_stay() -> None:
    m = only("11月18日,社区开展活动", issue=None)
    assert (m.text, m.start, m.end, m.month, m.day) == ("11月18日", None, None, 11, 18)


# --- relative dates -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "text", "start", "end"),
    [
        ("今年,社区开展活动", "今年", D(2025, 1, 1), D(2025, 12, 31)),
        ("去年,社区开展活动", "去年", D(2024, 1, 1), D(2024, 12, 31)),
        ("前年,社区开展活动", "前年", D(2023, 1, 1), D(2023, 12, 31)),
        ("明年,社区开展活动", "明年", D(2026, 1, 1), D(2026, 12, 31)),
        ("本月,社区开展活动", "本月", D(2025, 11, 1), D(2025, 11, 30)),
        ("上月,社区开展活动", "上月", D(2025, 10, 1), D(2025, 10, 31)),
        ("上个月底,社区开展活动", "上个月底", D(2025, 10, 21), D(2025, 10, 31)),
        ("今天,社区开展活动", "今天", D(2025, 11, 21), D(2025, 11, 21)),
        ("昨天,社区开展活动", "昨天", D(2025, 11, 20), D(2025, 11, 20)),
        ("前天,社区开展活动", "前天", D(2025, 11, 19), D(2025, 11, 19)),
        ("今年8月底,活动开展以来", "今年8月底", D(2025, 8, 21), D(2025, 8, 31)),
        ("去年12月,启动仪式举行", "去年12月", D(2024, 12, 1), D(2024, 12, 31)),
        ("今年上半年,全市新增就业", "今年上半年", D(2025, 1, 1), D(2025, 6, 30)),
        ("昨晚,社区开展活动", "昨晚", D(2025, 11, 20), D(2025, 11, 20)),
        ("今晨,气温骤降", "今晨", D(2025, 11, 21), D(2025, 11, 21)),
        # The first months of a year: 前10月 alone, 前10个月 after a year.
        ("前10月,全市外贸增长", "前10月", D(2025, 1, 1), D(2025, 10, 31)),
        ("今年前10个月,全市外贸增长", "今年前10个月", D(2025, 1, 1), D(2025, 10, 31)),
        ("11月中下旬,气温回升", "11月中下旬", D(2025, 11, 11), D(2025, 11, 30)),
        ("本月20日,社区开展活动", "本月20日", D(2025, 11, 20), D(2025, 11, 20)),
        # Weeks run Monday to Sunday; 2025-11-21 is a Friday.
        ("本周五,社区开展活动", "本周五", D(2025, 11, 21), D(2025, 11, 21)),
        ("下周一上午,社区开展活动", "下周一上午", D(2025, 11, 24), D(2025, 11, 24)),
        ("上周,社区开展活动", "上周", D(2025, 11, 10), D(2025, 11, 16)),
        ("本周末,气温回升", "本周末", D(2025, 11, 22), D(2025, 11, 23)),
    ],
)
def test_relative(sentence: str, text: str, start: dt.date, end: dt.date) -> None:
    assert days(sentence) == (text, start, end)


def test_relative_needs_issue_date() -> None:
    m = only("去年12月,启动仪式举行", issue=None)
    assert (m.text, m.start, m.end, m.year, m.month) == ("去年12月", None, None, None, 12)


# --- parts of a month and of a year -------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "start", "end"),
    [
        ("8月初", D(2025, 8, 1), D(2025, 8, 10)),
        ("8月上旬", D(2025, 8, 1), D(2025, 8, 10)),
        ("8月中旬", D(2025, 8, 11), D(2025, 8, 20)),
        ("8月下旬", D(2025, 8, 21), D(2025, 8, 31)),
        ("8月底", D(2025, 8, 21), D(2025, 8, 31)),
        ("9月末", D(2025, 9, 21), D(2025, 9, 30)),
        ("年初", D(2025, 1, 1), D(2025, 2, 28)),
        ("年底", D(2025, 11, 1), D(2025, 12, 31)),
        ("上半年", D(2025, 1, 1), D(2025, 6, 30)),
        ("下半年", D(2025, 7, 1), D(2025, 12, 31)),
        ("一季度", D(2025, 1, 1), D(2025, 3, 31)),
        ("2024年第四季度", D(2024, 10, 1), D(2024, 12, 31)),
        ("前三季度", D(2025, 1, 1), D(2025, 9, 30)),
        ("去年底", D(2024, 11, 1), D(2024, 12, 31)),
        ("今年年底", D(2025, 11, 1), D(2025, 12, 31)),  # 年 said twice: one date
        ("2024年年初", D(2024, 1, 1), D(2024, 2, 29)),
        ("去年年末", D(2024, 11, 1), D(2024, 12, 31)),
    ],
)
def test_parts(sentence: str, start: dt.date, end: dt.date) -> None:
    m = only(sentence)
    assert (m.text, m.start, m.end) == (sentence, start, end)


# --- decades ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "text", "start", "end"),
    [
        ("建成于上世纪90年代", "上世纪90年代", D(1990, 1, 1), D(1999, 12, 31)),
        ("建成于90年代", "90年代", D(1990, 1, 1), D(1999, 12, 31)),
        ("建成于20世纪80年代", "20世纪80年代", D(1980, 1, 1), D(1989, 12, 31)),
        ("建成于1990年代", "1990年代", D(1990, 1, 1), D(1999, 12, 31)),
        ("八十年代的老房子", "八十年代", D(1980, 1, 1), D(1989, 12, 31)),
        ("本世纪20年代", "本世纪20年代", D(2020, 1, 1), D(2029, 12, 31)),
    ],
)
def test_decades(sentence: str, text: str, start: dt.date, end: dt.date) -> None:
    assert days(sentence) == (text, start, end)


def test_written_out_century_needs_no_issue_date() -> None:
    m = only("20世纪90年代", issue=None)
    assert (m.start, m.end) == (D(1990, 1, 1), D(1999, 12, 31))


# --- since and ranges ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "text", "start", "end"),
    [
        ("11月以来,社区创新反诈宣传模式", "11月以来", D(2025, 11, 1), D(2025, 11, 21)),
        ("今年以来,全市新增就业", "今年以来", D(2025, 1, 1), D(2025, 11, 21)),
        ("2014年以来,他一直创业", "2014年以来", D(2014, 1, 1), D(2025, 11, 21)),
        ("2014年至今,他一直创业", "2014年至今", D(2014, 1, 1), D(2025, 11, 21)),
        ("12月以来", "12月以来", D(2024, 12, 1), D(2025, 11, 21)),
    ],
)
def test_since(sentence: str, text: str, start: dt.date, end: dt.date) -> None:
    assert days(sentence) == (text, start, end)


@pytest.mark.parametrize(
    ("sentence", "text", "issue", "start", "end"),
    [
        ("18日至20日,培训举行", "18日至20日", ISSUE, D(2025, 11, 18), D(2025, 11, 20)),
        ("11月18日—20日,培训举行", "11月18日—20日", ISSUE, D(2025, 11, 18), D(2025, 11, 20)),
        ("11月18日至20日,培训举行", "11月18日至20日", ISSUE, D(2025, 11, 18), D(2025, 11, 20)),
        ("11月18日至12月2日", "11月18日至12月2日", ISSUE, D(2025, 11, 18), D(2025, 12, 2)),
        ("12月28日至1月3日", "12月28日至1月3日", D(2026, 1, 5), D(2025, 12, 28), D(2026, 1, 3)),
        ("18至20日,培训举行", "18至20日", ISSUE, D(2025, 11, 18), D(2025, 11, 20)),
        ("2020-2025年规划", "2020-2025年", ISSUE, D(2020, 1, 1), D(2025, 12, 31)),
        ("2020年至2025年", "2020年至2025年", ISSUE, D(2020, 1, 1), D(2025, 12, 31)),
        ("3月至5月", "3月至5月", D(2025, 6, 10), D(2025, 3, 1), D(2025, 5, 31)),
        # A range is read whole: in November, 1至10月 is this year's, not next January on.
        ("1至10月,全市规模工业增加值", "1至10月", ISSUE, D(2025, 1, 1), D(2025, 10, 31)),
        ("1-10月,全市", "1-10月", ISSUE, D(2025, 1, 1), D(2025, 10, 31)),
        ("今年1至10月,全市", "今年1至10月", ISSUE, D(2025, 1, 1), D(2025, 10, 31)),
        ("2024年1至10月,全市", "2024年1至10月", ISSUE, D(2024, 1, 1), D(2024, 10, 31)),
        # The month written once, before both days (or before the first day only).
        ("11月20—21日举行", "11月20—21日", ISSUE, D(2025, 11, 20), D(2025, 11, 21)),
        ("11月20至21日举行", "11月20至21日", ISSUE, D(2025, 11, 20), D(2025, 11, 21)),
        ("2025年11月20-21日", "2025年11月20-21日", ISSUE, D(2025, 11, 20), D(2025, 11, 21)),
        ("11月18、19日两天", "11月18、19日", ISSUE, D(2025, 11, 18), D(2025, 11, 19)),
        ("11月28—12月2日举行", "11月28—12月2日", ISSUE, D(2025, 11, 28), D(2025, 12, 2)),
        ("7、8月份正值高温", "7、8月份", ISSUE, D(2025, 7, 1), D(2025, 8, 31)),
        # The second end's year fixes the first's: the shortest range that ends there.
        ("12月1日至2026年1月31日", "12月1日至2026年1月31日", ISSUE, D(2025, 12, 1), D(2026, 1, 31)),
        ("11月至明年3月", "11月至明年3月", ISSUE, D(2025, 11, 1), D(2026, 3, 31)),
        # 至今年: to a date of this year, not "to now".
        ("去年12月至今年3月", "去年12月至今年3月", ISSUE, D(2024, 12, 1), D(2025, 3, 31)),
        ("11月21日起至12月31日", "11月21日起至12月31日", ISSUE, D(2025, 11, 21), D(2025, 12, 31)),
    ],
)
def test_ranges(sentence: str, text: str, issue: dt.date, start: dt.date, end: dt.date) -> None:
    assert days(sentence, issue) == (text, start, end)


def test_range_to_a_connector_word_is_not_a_range() -> None:
    assert days("11月18日到社区走访") == ("11月18日", D(2025, 11, 18), D(2025, 11, 18))


# --- 当天, 当日, 次日 ---------------------------------------------------------------


def test_same_day_in_one_text() -> None:
    found = extract_dates("11月18日,社区开展活动。当天,网格员推着宣传车", issue_date=ISSUE)
    assert [(m.text, m.start) for m in found] == [
        ("11月18日", D(2025, 11, 18)),
        ("当天", D(2025, 11, 18)),
    ]


@pytest.mark.parametrize(
    ("word", "day"),
    [("当天", D(2025, 11, 18)), ("当日", D(2025, 11, 18)), ("次日", D(2025, 11, 19)),
     ("翌日", D(2025, 11, 19)), ("前一天", D(2025, 11, 17)), ("当晚", D(2025, 11, 18)),
     ("同日", D(2025, 11, 18))],
)  # fmt: skip
def test_anchored_words(word: str, day: dt.date) -> None:
    m = only(f"{word},活动继续", anchor=D(2025, 11, 18))
    assert (m.text, m.start, m.end) == (word, day, day)


def test_same_day_inside_a_phrase() -> None:
    m = only("在当天的培训中", anchor=D(2025, 11, 18))
    assert (m.text, m.start) == ("当天", D(2025, 11, 18))


def test_same_day_without_anchor_is_unresolved() -> None:
    m = only("当天,网格员推着宣传车")
    assert (m.text, m.start, m.end) == ("当天", None, None)


def test_anchor_threads_across_texts_and_skips_years() -> None:
    texts = [
        "株洲日报(全媒体记者/谭昕吾)",
        "11月18日,天元区“校地联合”创新创业培训课程走进湖南工业大学。",
        "2025年,天元区与湖南工业大学深化合作。",
        "在当天的培训中,总经理结合自身创业经历讲解。",
    ]
    found = extract_article_dates(texts, issue_date=ISSUE)
    assert [[(m.text, m.start, m.end) for m in ms] for ms in found] == [
        [],
        [("11月18日", D(2025, 11, 18), D(2025, 11, 18))],
        [("2025年", D(2025, 1, 1), D(2025, 12, 31))],
        [("当天", D(2025, 11, 18), D(2025, 11, 18))],
    ]


def test_next_day_moves_the_anchor() -> None:
    found = extract_dates("11月18日开幕,次日参观,次日返回", issue_date=ISSUE)
    assert [m.start for m in found] == [D(2025, 11, 18), D(2025, 11, 19), D(2025, 11, 20)]


# --- times of day and weekdays ------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "text", "day"),
    [
        ("11月19日下午,天元区多个部门", "11月19日下午", D(2025, 11, 19)),
        ("11月19日上午9时,活动开始", "11月19日上午9时", D(2025, 11, 19)),
        ("19日晚,活动开始", "19日晚", D(2025, 11, 19)),
        ("今天下午3点半", "今天下午3点半", D(2025, 11, 21)),
        ("11月21日 星期五", "11月21日 星期五", D(2025, 11, 21)),
        ("11月21日(周五)", "11月21日(周五)", D(2025, 11, 21)),
    ],
)
def test_times_stay_in_the_mention(sentence: str, text: str, day: dt.date) -> None:
    assert days(sentence) == (text, day, day)


def test_evening_party_is_not_a_time() -> None:
    assert days("19日晚会举行") == ("19日", D(2025, 11, 19), D(2025, 11, 19))


def test_time_of_day_alone_is_not_a_date() -> None:
    assert extract_dates("下午,居民在广场打牌", issue_date=ISSUE) == ()


# --- not dates ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "记者从日前召开的推进会上获悉",
        "前些年,因为丈夫身体问题无法干活",
        "这些年,谢恩创办的南洋技校",
        "每年的营业额超过百万元",
        "每天清晨",
        "每月固定收入",
        "在外漂泊了8年",
        "提供6个月免费代理记账",
        "三个月后",
        "十年前年轻人很少",
        "提前天数",
        "3日内办结",
        "累计走访居民2000余户",
        "延续2000年以上",
        "拥有5000年历史",
        "三年级学生",
        "13月45日",
        "每月15日前发放养老金",  # recurring
        "每年3月开展植树活动",
        "行政拘留10日",  # durations
        "为期3日",
        "距今1500年",
        "上周期",  # a week word inside another word
        "城区下周边",
        "为困难群众送去年货",  # 去年 inside 年货, 过去, 年均
        "过去年均增长8%",
        "此后年均增长8%",
        "被行政拘留5日至10日不等",  # a duration's range and list
        "拘留10日、5日",
        "6月龄以上婴儿",  # an age in months
        "每年的12月5日为国际志愿者日",  # recurring
        "项目建成后年处理电池5万吨",  # 建成后 + 年处理, no 后年
    ],
)
def test_not_dates(sentence: str) -> None:
    assert extract_dates(sentence, issue_date=ISSUE) == ()


def test_words_that_share_a_first_character_with_a_date_word() -> None:
    # 上学, 本地, 今后, 一些, 10个 open no date; 上个月, 本月, 一季度, 今年 do.
    text = "上学路上,本地一些居民今后在10个小区:上个月、本月、一季度和今年年底"
    found = extract_dates(text, issue_date=ISSUE)
    assert [m.text for m in found] == ["上个月", "本月", "一季度", "今年年底"]
    assert [(m.start, m.end) for m in found][:2] == [
        (D(2025, 10, 1), D(2025, 10, 31)),
        (D(2025, 11, 1), D(2025, 11, 30)),
    ]


# --- the page dateline --------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("2025年11月21日 星期五", D(2025, 11, 21)),
        ("2025年11月21日", D(2025, 11, 21)),
        ("  2025年11月21日  星期五  ", D(2025, 11, 21)),
        ("二〇二五年十一月二十一日 星期五", D(2025, 11, 21)),
        ("2025年11月21日 星期五 农历乙巳年十月初二", D(2025, 11, 21)),
        ("2025年11月21日,全市召开大会", None),
        ("2025年2月30日", None),
        ("就业·创业", None),
    ],
)
def test_issue_date_from_dateline(line: str, date: dt.date | None) -> None:
    assert issue_date_from_dateline(line) == date


# --- spans --------------------------------------------------------------------------


_PIECES = st.sampled_from(
    ["2025", "年", "11", "月", "18", "日", "至", "—", "今年", "去年", "底", "初", "当天", "次日",
     "下午", "9时", "以来", "上世纪", "90", "年代", "星期五", " ", ",", "上半年", "8", "十一", "号"]
)  # fmt: skip


@given(st.lists(_PIECES, max_size=16).map("".join), st.booleans())
def test_spans_slice_the_text(text: str, with_issue: bool) -> None:
    found = extract_dates(text, issue_date=ISSUE if with_issue else None, anchor=ISSUE)
    for m in found:
        assert text[m.span[0] : m.span[1]] == m.text
        assert (m.start is None) == (m.end is None)
        if m.start is not None and m.end is not None:
            assert m.start <= m.end
    assert [m.span for m in found] == list(date_spans(text))


@given(st.text())
def test_never_raises(text: str) -> None:
    for m in extract_dates(text, issue_date=ISSUE):
        assert text[m.span[0] : m.span[1]] == m.text


def test_long_inputs_complete() -> None:
    extract_dates("1" * 20000 + "年", issue_date=ISSUE)
    extract_dates("11月" * 5000, issue_date=ISSUE)
    extract_dates("至" * 10000, issue_date=ISSUE)


def test_today_in_quoted_speech_is_the_speakers_day() -> None:
    found = extract_article_dates(
        [
            "11月19日下午,活动举行。",
            "“以前我们是游客,但今天,我们是主人。”唐同学说。",
            "今天是周五。",
        ],
        issue_date=ISSUE,
    )
    assert [(m.text, m.start) for ms in found for m in ms] == [
        ("11月19日下午", D(2025, 11, 19)),
        ("今天", D(2025, 11, 19)),  # said on the day of the event
        ("今天", ISSUE),  # the reporter's today: the issue date
    ]


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("农历八月十五是中秋", "农历八月十五"),
        ("今天是农历正月初三。", "农历正月初三"),
        ("农历十七那天", "农历十七"),
        ("阴历腊月廿三小年", "阴历腊月廿三"),
    ],
)
def test_lunar_dates_are_unresolved_mentions(sentence: str, text: str) -> None:
    (m,) = [m for m in extract_dates(sentence, issue_date=ISSUE) if m.text.startswith(text[:2])]
    assert m.text == text and m.start is None and m.end is None and m.month is None


@pytest.mark.parametrize(
    ("sentence", "text", "day"),
    [
        ("发布时间:2016-05-12 09:21:30 来源:某网", "2016-05-12 09:21:30", dt.date(2016, 5, 12)),
        ("2016-04-18", "2016-04-18", dt.date(2016, 4, 18)),
        ("2010-10-26 00:00:00", "2010-10-26 00:00:00", dt.date(2010, 10, 26)),
        ("更新于2019/3/7", "2019/3/7", dt.date(2019, 3, 7)),
        ("2019.03.07 发布", "2019.03.07", dt.date(2019, 3, 7)),
        ("2021-04-12T09:30 发布", "2021-04-12T09:30", dt.date(2021, 4, 12)),
    ],
)
def test_numeric_dates_and_timestamps(sentence: str, text: str, day: dt.date) -> None:
    (m,) = extract_dates(sentence, issue_date=ISSUE)
    assert (m.text, m.start, m.end) == (text, day, day)


@pytest.mark.parametrize(
    "sentence", ["编号9234-05-06", "2019-13-01", "2019/3-7", "比分3:1", "1:500地图"]
)
def test_not_numeric_dates(sentence: str) -> None:
    assert extract_dates(sentence, issue_date=ISSUE) == ()


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("13:42,列车到站", "13:42"),
        ("13：42,列车到站", "13：42"),
        ("开放时间11:30—13:00", "11:30—13:00"),
        ("上午9时开幕", "上午9时"),
        ("下午3时许", "下午3时许"),
        ("凌晨5时许,雨停了", "凌晨5时许"),
        ("6时许,他出门", "6时许"),
        ("早上4点起床", "早上4点"),
        ("晚上8点半", "晚上8点半"),
    ],
)
def test_clock_times_alone(sentence: str, text: str) -> None:
    (m,) = extract_dates(sentence, issue_date=ISSUE)
    assert m.text == text and m.start is None  # no day said: unresolved


def test_clock_time_is_the_day_last_said() -> None:
    _, m2 = extract_dates("11月3日,他出发。上午9时到达,13:42返回", issue_date=ISSUE)[:2]
    assert m2.text == "上午9时" and m2.start == m2.end == dt.date(2025, 11, 3)
    (m,) = extract_dates("11月3日13:42", issue_date=ISSUE)
    assert m.start == dt.date(2025, 11, 3)


@pytest.mark.parametrize(
    ("sentence", "first", "last"),
    [
        ("11月3日下午3点半至5时", dt.time(15, 30), dt.time(17, 0)),
        ("2016-05-12 09:21:30", dt.time(9, 21, 30), dt.time(9, 21, 30)),
        ("今晚8点", dt.time(20, 0), dt.time(20, 0)),
        ("凌晨5时许", dt.time(5, 0), dt.time(5, 0)),
        ("开放时间11:30—13:00", dt.time(11, 30), dt.time(13, 0)),
        ("中午1点", dt.time(13, 0), dt.time(13, 0)),
        ("中午12时", dt.time(12, 0), dt.time(12, 0)),
        ("深夜11点", dt.time(23, 0), dt.time(23, 0)),
        ("深夜2点", dt.time(2, 0), dt.time(2, 0)),
        ("3日16时", dt.time(16, 0), dt.time(16, 0)),
        ("下午两点", dt.time(14, 0), dt.time(14, 0)),
        ("8时30分", dt.time(8, 30), dt.time(8, 30)),
    ],
)
def test_clock_times_of_mentions(sentence: str, first: dt.time, last: dt.time) -> None:
    (m,) = extract_dates(sentence, issue_date=ISSUE)
    assert (m.time_start, m.time_end) == (first, last)


def test_no_clock_time_no_time_fields() -> None:
    for m in extract_dates("11月3日,今年8月底,12月31日24时", issue_date=ISSUE):
        assert m.time_start is None and m.time_end is None


def test_clock_times_round_trip_in_json() -> None:
    import zznews

    doc = zznews.parse("标题\n\n11月3日下午3时,活动开始。", issue_date=ISSUE)
    (m,) = [m for a in doc.pages[0].articles for m in a.dates]
    assert m.time_start == dt.time(15, 0)
    assert '"time_start": "15:00:00"' in zznews.to_json(doc)
    assert zznews.from_json(zznews.to_json(doc)) == doc
