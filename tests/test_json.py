"""JSON through the cattrs converter: exact, and a round trip gives an equal Document."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

import zznews
from zznews import Approx, Quantity


def test_sample_round_trip(sample_doc: zznews.Document) -> None:
    text = zznews.to_json(sample_doc)
    assert zznews.from_json(text) == sample_doc
    assert zznews.from_json(text.encode("utf-8")) == sample_doc


def test_json_is_plain_and_readable(sample_doc: zznews.Document) -> None:
    data = json.loads(zznews.to_json(sample_doc))
    article = data["pages"][0]["articles"][0]
    assert article["kind"] == "story"
    assert article["byline"]["contributors"][0] == {"role": "全媒体记者", "name": "李逸峰"}
    assert data["issue_date"] == "2025-11-21"
    assert "产业社区" in zznews.to_json(sample_doc)  # Chinese kept, not \\u-escaped


def test_decimals_travel_as_strings_ints_as_numbers() -> None:
    q = Quantity("1.5亿元", 150000000, None, None, "元", None, (0, 5))
    r = Quantity(
        "1.25万元", Decimal("12500.5"), Decimal("1.5"), 3, "元", Approx.ABOUT, (0, 6), per="月"
    )
    for original in (q, r):
        data = zznews.converter.unstructure(original)
        back = zznews.converter.structure(json.loads(json.dumps(data)), Quantity)
        assert back == original
        assert type(back.value) is type(original.value)
    assert zznews.converter.unstructure(r)["value"] == "12500.5"
    assert zznews.converter.unstructure(q)["value"] == 150000000


def test_dates_are_iso_strings() -> None:
    d = zznews.DateMention(
        "11月18日", (0, 6), dt.date(2025, 11, 18), dt.date(2025, 11, 18), None, 11, 18
    )
    data = zznews.converter.unstructure(d)
    assert data["start"] == "2025-11-18"
    assert zznews.converter.structure(data, zznews.DateMention) == d


_PAGE_WORDS = st.sampled_from(
    [
        "国企牵手民企",
        "株洲日报(全媒体记者/何春林 通讯员/何杏)记者从推进会上获悉,我市计划打造10个以上项目。",
        "累计走访居民2000余户,发放定制化手册800余份;",
        "就业·创业",
        "责任编辑:王建设",
        "株洲日报全媒体记者/何春林 摄",
        "南洋技校中式烹饪培训现场。 记者/何春林 摄",
        "扫描二维码查看招募要求以及申报材料",
        "——探访补贴性职业技能培训之烹饪班③",
        "退役军人返乡创业",
        "今年8月底,田心社区“百日攻坚”活动开展以来,",
        "",
    ]
)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(_PAGE_WORDS, max_size=14),
    st.lists(st.sampled_from(["\n", "\n\n", "\n\n\n\n"]), min_size=14, max_size=14),
)
def test_round_trip_on_generated_pages(lines: list[str], seps: list[str]) -> None:
    text = "".join(line + sep for line, sep in zip(lines, seps, strict=False))
    doc = zznews.parse(text, issue_date=dt.date(2025, 11, 21))
    assert zznews.from_json(zznews.to_json(doc)) == doc
