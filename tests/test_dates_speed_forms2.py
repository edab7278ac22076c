"""The scan's two stages (where a date may start, then the pattern there) find what one
search of the date pattern finds."""

from __future__ import annotations

import pytest

from zznews import dates as D

TEXTS = [
    "2025年11月18日,会议在市里举行。",
    "今年8月底,活动开展以来,一些单位10个项目上学。",
    "去年12月至今年1月,1至10月,7、8月份,2020-2025年。",
    "每年3月,第2日,12.5日,A2025年,农历正月初三,上世纪90年代。",
    "当天下午3时,次日,本周五,下周一至周三,13:42,2016-04-18 09:21:30。",
    "目前天元区,达产后年产值,前4个月全市,入职前3个月,元旦,国庆节。",
    "",
    "1",
    "年",
    "十一月二十日、二〇二五年十一月",
]


@pytest.mark.parametrize("text", TEXTS)
def test_search_as_one_search(text: str) -> None:
    for pos in range(len(text) + 1):
        want = D._ATOM.search(text, pos)
        got = D._search(text, pos)
        assert (got and (got.span(), got.groupdict())) == (want and (want.span(), want.groupdict()))
