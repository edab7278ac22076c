"""Quantities: what is counted, with which hedge, and what is not a quantity at all."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zznews.dates import extract_article_dates
from zznews.model import Approx, Quantity
from zznews.numbers import to_chinese
from zznews.quantities import extract_quantities, read_count
from zznews.vocab import quantities as V

DATA = Path(__file__).parent / "data"


def only(text: str) -> Quantity:
    """The one quantity of ``text``."""
    found = extract_quantities(text)
    assert len(found) == 1, found
    return found[0]


def counted(text: str) -> list[str]:
    """The texts of the quantities with a number (vague ones left out)."""
    return [q.text for q in extract_quantities(text) if q.approx is not Approx.VAGUE]


# --- values, units, magnitudes ------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "text", "value", "unit"),
    [
        ("有10栋居民楼", "10栋", 10, "栋"),
        ("80岁老党员", "80岁", 80, "岁"),
        ("安装上两台吊扇", "两台", 2, "台"),
        ("累计培训6万人次", "6万人次", 60000, "人次"),
        ("投资1.5亿元建设", "1.5亿元", 150000000, "元"),
        ("投入两千三百万元", "两千三百万元", 23000000, "元"),
        ("总投资一亿二千万元", "一亿二千万元", 120000000, "元"),
        ("捐款壹佰贰拾元", "壹佰贰拾元", 120, "元"),
        ("补贴3千元", "3千元", 3000, "元"),
        ("销售1,200件", "1,200件", 1200, "件"),
        ("面积１２０平方米", "１２０平方米", 120, "平方米"),
        ("全长3千米", "3千米", 3, "千米"),
        ("体重60公斤", "60公斤", 60, "公斤"),
        ("增长0.5个百分点", "0.5个百分点", Decimal("0.5"), "个百分点"),
        ("服务一万零五百人", "一万零五百人", 10500, "人"),
        ("廿五名学员", "廿五名", 25, "名"),
        ("结对五家中车系企业", "五家", 5, "家"),
        ("还有两个孩子", "两个", 2, "个"),
        ("在市区经营两家包子铺", "两家", 2, "家"),
        ("95家入驻基地", "95家", 95, "家"),
        ("95家人驻基地孵化", "95家", 95, "家"),
        ("10家人力资源服务机构", "10家", 10, "家"),
        ("由40位投资人组成", "40位", 40, "位"),
        ("累计举办144场创业活动", "144场", 144, "场"),
        ("3万家企业受益", "3万家", 30000, "家"),
    ],
)
def test_value_and_unit(sentence: str, text: str, value: int | Decimal, unit: str) -> None:
    q = only(sentence)
    assert (q.text, q.value, q.unit, q.approx) == (text, value, unit, None)
    assert type(q.value) is type(value)


def test_whole_values_are_int() -> None:
    assert isinstance(only("投资1.5亿元").value, int)


# --- hedges -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "text", "value", "approx"),
    [
        ("参与群众达1800余人次", "1800余人次", 1800, Approx.MORE_THAN),
        ("先后收到120多家团队的申请", "120多家", 120, Approx.MORE_THAN),
        ("巡逻超300小时", "超300小时", 300, Approx.MORE_THAN),
        ("培训超过6万人次", "超过6万人次", 60000, Approx.MORE_THAN),
        ("营业额逾千万元", "逾千万元", 10000000, Approx.MORE_THAN),
        ("固定收入一万余元", "一万余元", 10000, Approx.MORE_THAN),
        ("吸引了百余名学子", "百余名", 100, Approx.MORE_THAN),
        ("营业额超过百万元", "超过百万元", 1000000, Approx.MORE_THAN),
        ("带动了10余人就业", "10余人", 10, Approx.MORE_THAN),
        ("已经一个多月了", "一个多月", 1, Approx.MORE_THAN),
        ("在外漂泊3年多", "3年多", 3, Approx.MORE_THAN),
        ("打造10个以上示范项目", "10个以上", 10, Approx.AT_LEAST),
        ("至少3名志愿者", "至少3名", 3, Approx.AT_LEAST),
        ("不少于20家", "不少于20家", 20, Approx.AT_LEAST),
        ("不低于50%", "不低于50%", 50, Approx.AT_LEAST),
        ("近2万人实现就业", "近2万人", 20000, Approx.NEARLY),
        ("将近100家", "将近100家", 100, Approx.NEARLY),
        ("接近完成,共接近500人", "接近500人", 500, Approx.NEARLY),
        ("约300人参加", "约300人", 300, Approx.ABOUT),
        ("大约20分钟", "大约20分钟", 20, Approx.ABOUT),
        ("30岁左右的居民", "30岁左右", 30, Approx.ABOUT),
        ("50人上下", "50人上下", 50, Approx.ABOUT),
        ("不到10人", "不到10人", 10, Approx.LESS_THAN),
        ("不足5天", "不足5天", 5, Approx.LESS_THAN),
        ("未满18岁", "未满18岁", 18, Approx.LESS_THAN),
        ("5人以下", "5人以下", 5, Approx.AT_MOST),
        ("3公里以内", "3公里以内", 3, Approx.AT_MOST),
        ("至多3次", "至多3次", 3, Approx.AT_MOST),
        ("最多5名", "最多5名", 5, Approx.AT_MOST),
        ("不超过10万元", "不超过10万元", 100000, Approx.AT_MOST),
        # A superlative hedge may stand before a verb: it still bounds the number.
        ("对合伙创业的最高可贷110万元", "最高可贷110万元", 1100000, Approx.AT_MOST),
        ("还款期限最长可达3年", "最长可达3年", 3, Approx.AT_MOST),
        ("购车最高补贴5000元", "最高补贴5000元", 5000, Approx.AT_MOST),
        ("每月至少召开1次屋场会", "至少召开1次", 1, Approx.AT_LEAST),
        ("志愿者每周至少上门服务1次", "至少上门服务1次", 1, Approx.AT_LEAST),
    ],
)
def test_hedges(sentence: str, text: str, value: int, approx: Approx) -> None:
    q = only(sentence)
    assert (q.text, q.value, q.approx) == (text, value, approx)


def test_every_hedge_word_is_tested() -> None:
    words = {*V.PREFIX_HEDGES, *V.INFIX_HEDGES, *V.SUFFIX_HEDGES}
    sentences = [
        "超过5人",
        "超过了5人",
        "破百人",
        "限5人",
        "限报5人",
        "限购5人",
        "限号5人",
        "限额5人",
        "限流5人",
        "限速5人",
        "突破5人",
        "过百人",
        "超5人",
        "逾5人",
        "满5人",
        "多于5人",
        "至少5人",
        "最少5人",
        "不少于5人",
        "不低于5人",
        "将近5人",
        "接近5人",
        "近5人",
        "约5人",
        "约有5人",
        "大约5人",
        "大概5人",
        "不到5人",
        "不足5人",
        "未满5人",
        "不满5人",
        "少于5人",
        "至多5人",
        "最多5人",
        "最高5人",
        "最长5人",
        "最低5人",
        "不得超过5人",
        "不能超过5人",
        "不应超过5人",
        "不宜超过5人",
        "不要超过5人",
        "不可超过5人",
        "不超过5人",
        "不多于5人",
        "不高于5人",
        "5余人",
        "5多人",
        "5来人",
        "5人以上",
        "5人及以上",
        "5人及以下",
        "5人以下",
        "5人以内",
        "5人之内",
        "5人左右",
        "5人上下",
        "5年有余",
        "上百人",
        "超過5人",
        "不止5人",
        "約5人",
        "约为5人",
    ]
    seen = set()
    for s in sentences:
        q = only(s)
        word = s.replace("5", "").replace("人", "").replace("年", "").replace("百", "")
        seen.add(word)
        want = {**V.PREFIX_HEDGES, **V.INFIX_HEDGES, **V.SUFFIX_HEDGES}[word]
        assert q.approx is want, s
        assert q.text == s
    assert seen == words


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("卖了3.2万瓶", "3.2万瓶"),
        ("58箱鲜鸡蛋", "58箱"),
        ("清淤山塘540口", "540口"),
        ("超过了2万单", "超过了2万单"),
        ("1200余副", "1200余副"),
        ("35台套", "35台套"),
        ("为期15日", "15日"),
        ("办卡之日起7日内", "7日内"),
    ],
)
def test_more_counters_and_days(sentence: str, text: str) -> None:
    assert only(sentence).text == text


def test_a_count_after_a_word_that_ends_in_a_financial_numeral() -> None:
    # 队伍: 伍 is a numeral only as a financial digit; here it ends a word.
    assert [(q.text, q.value) for q in extract_quantities("帮办代办队伍126支")] == [("126支", 126)]


def test_a_date_is_no_count_of_days() -> None:
    assert extract_quantities("18日,培训举行") == ()
    assert [q.text for q in extract_quantities("住在3单元")] == []


def test_seventh_round_quantities() -> None:
    assert [(q.text, q.approx) for q in extract_quantities("扎根山区近40年")] == [
        ("近40年", Approx.NEARLY)
    ]
    assert [q.text for q in extract_quantities("该批周转房共4栋96套")] == ["4栋", "96套"]
    assert [q.text for q in extract_quantities("椅子20把,绿植30盆")] == ["20把", "30盆"]
    assert [(q.text, q.approx) for q in extract_quantities("刚满18岁")] == [("18岁", None)]
    assert [q.text for q in extract_quantities("邻里节、百家宴等活动12场")] == ["12场"]


def test_hundredths_after_seconds_and_metres() -> None:
    assert [(q.text, q.value) for q in extract_quantities("跑出10秒62,身高1米85")] == [
        ("10秒62", Decimal("10.62")),
        ("1米85", Decimal("1.85")),
    ]
    assert [q.text for q in extract_quantities("100米30名选手")] == ["100米", "30名"]


def test_within_a_time_and_a_bare_half() -> None:
    assert [(q.text, q.approx) for q in extract_quantities("1小时内,30分钟内")] == [
        ("1小时内", Approx.AT_MOST),
        ("30分钟内", Approx.AT_MOST),
    ]
    assert [(q.text, q.value) for q in extract_quantities("半个月,半小时")] == [
        ("半个月", Decimal("0.5")),
        ("半小时", Decimal("0.5")),
    ]
    assert extract_quantities("今年上半年") == ()  # a date, not half a year


def test_near_a_duration_after_a_verb_is_nearly() -> None:
    # 近3年来 and 近三年, are "the last three years"; after a verb of lasting, "nearly".
    assert (only("坚守了近30年").text, only("坚守了近30年").approx) == ("近30年", Approx.NEARLY)
    assert only("历时近一年").approx is Approx.NEARLY
    assert (only("近3年来").text, only("近3年来").approx) == ("3年", None)


@pytest.mark.parametrize(
    ("sentence", "value"),
    [("3亿5000万元", 350000000), ("2万3千人", 23000), ("1亿2千万元", 120000000)],
)
def test_several_magnitudes_after_digits(sentence: str, value: int) -> None:
    q = only(sentence)
    assert (q.text, q.value) == (sentence, value)


def test_hedge_words_inside_other_words() -> None:
    assert only("最近3天").approx is None  # 最近: lately, not "nearly"
    assert only("预约3人").text == "3人"  # 预约: booked
    assert only("近3年来").text == "3年"  # the last three years, exactly
    assert (only("近三年,全县新增岗位").text, only("近三年").approx) == ("三年", None)
    assert only("将近3年").approx is Approx.NEARLY
    assert only("3名上下班的职工").text == "3名"  # 上下班: commuting


# --- ranges -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "text", "low", "high", "unit"),
    [
        ("每家国企将结对5到10家民企", "5到10家", 5, 10, "家"),
        ("结对5至10家民企", "5至10家", 5, 10, "家"),
        ("结对5-10家民企", "5-10家", 5, 10, "家"),
        ("结对5～10家民企", "5～10家", 5, 10, "家"),
        ("结对5~10家民企", "5~10家", 5, 10, "家"),
        ("结对5—10家民企", "5—10家", 5, 10, "家"),
        ("开了三四家店", "三四家", 3, 4, "家"),
        ("来了两三个人", "两三个", 2, 3, "个"),
        ("等了一两天", "一两天", 1, 2, "天"),
        ("来了二三十个人", "二三十个", 20, 30, "个"),
        ("三四百人参加", "三四百人", 300, 400, "人"),
        ("十三四岁的孩子", "十三四岁", 13, 14, "岁"),
        ("补贴3至5万元", "3至5万元", 30000, 50000, "元"),
        ("增长5%-10%", "5%-10%", 5, 10, "%"),
    ],
)
def test_ranges(sentence: str, text: str, low: int, high: int, unit: str) -> None:
    q = only(sentence)
    assert (q.text, q.value, q.low, q.high, q.unit) == (text, None, low, high, unit)


@pytest.mark.parametrize(
    ("sentence", "text", "value", "unit"),
    [
        ("等了两个半小时", "两个半小时", Decimal("2.5"), "个小时"),
        ("学了一年半", "一年半", Decimal("1.5"), "年"),
        ("投资300多万元", "300多万元", 3000000, "元"),
        ("十多万人参与", "十多万人", 100000, "人"),
    ],
)
def test_halves_and_scales_after_hedges(
    sentence: str, text: str, value: int | Decimal, unit: str
) -> None:
    q = only(sentence)
    assert (q.text, q.value, q.unit) == (text, value, unit)


def test_range_with_hedge() -> None:
    q = only("约5到10家")
    assert (q.low, q.high, q.approx) == (5, 10, Approx.ABOUT)


# --- vague counts -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "text", "low", "high"),
    [
        ("住了几十年", "几十年", None, None),
        ("反映了多年", "多年", None, None),
        ("数百人参加", "数百人", None, None),
        ("数十万元", "数十万元", None, None),
        ("若干个问题", "若干个", None, None),
        ("好几家企业", "好几家", None, None),
        ("这几天", "几天", None, None),
        ("多个部门", "多个", None, None),
        ("十几个人", "十几个", 11, 19),
        ("二十几岁", "二十几岁", 21, 29),
        ("十几万元", "十几万元", 110000, 190000),
    ],
)
def test_vague(sentence: str, text: str, low: int | None, high: int | None) -> None:
    q = only(sentence)
    assert (q.text, q.value, q.low, q.high, q.approx) == (text, None, low, high, Approx.VAGUE)


def test_many_only_before_listed_words() -> None:
    assert extract_quantities("多元共治,多方力量,多功能活动区,多重宣传") == ()


# --- percentages and rates ----------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("数量增长30%", "30%", 30),
        ("数量增长30％", "30％", 30),
        ("数量增长百分之三十", "百分之三十", 30),
        ("数量增长12.5%", "12.5%", Decimal("12.5")),
    ],
)
def test_percent(sentence: str, text: str, value: int | Decimal) -> None:
    q = only(sentence)
    assert (q.text, q.value, q.unit) == (text, value, "%")


@pytest.mark.parametrize(
    ("sentence", "text", "value", "per"),
    [
        ("每周5名平安志愿者开展反诈巡逻", "5名", 5, "周"),
        ("每个月固定收入一万余元", "一万余元", 10000, "月"),
        ("甜品店每年的营业额超过百万元", "超过百万元", 1000000, "年"),
        ("日均接待300人", "300人", 300, "天"),
        ("收费30元/人", "30元/人", 30, "人"),
    ],
)
def test_rates(sentence: str, text: str, value: int, per: str) -> None:
    q = only(sentence)
    assert (q.text, q.value, q.per) == (text, value, per)


def test_rate_ends_with_its_clause() -> None:
    found = extract_quantities("每周5名志愿者巡逻,累计巡逻超300小时")
    assert [(q.text, q.per) for q in found] == [("5名", "周"), ("超300小时", None)]


@pytest.mark.parametrize(
    ("sentence", "text", "value", "approx"),
    [
        ("近三成居民参加", "近三成", 3, Approx.NEARLY),
        ("占比两成", "两成", 2, None),
        ("九成以上的受访者满意", "九成以上", 9, Approx.AT_LEAST),
        ("其中三成为外地游客", "三成", 3, None),
    ],
)
def test_tenths(sentence: str, text: str, value: int, approx: Approx | None) -> None:
    q = only(sentence)
    assert (q.text, q.value, q.unit, q.approx) == (text, value, "成", approx)


@pytest.mark.parametrize(
    "sentence",
    [
        "党的二十届四中全会",  # a session's number
        "2025届高校毕业生",
        "三次产业结构",
        "每10万人口",  # the base of a rate
        "每3天一次",
        "获得第一、二、三名",  # an ordinal list
        "第3、4名",
        "第1至3名",
        "指数由49.5升至50.3",  # 升至: rose to, not litres
        "一天到晚",
        "走好最后一公里",
        "信心百倍",
        "百年未有之大变局",
        "落实中央八项规定精神",
        "两节期间",
        "下午三点五十分",  # a time, not a decimal
        "-36周",  # a dash before a count: a code or a list
        "家住石门村5组",  # addresses
        "小区3栋2单元",
        "住在5号楼3层",
        "实现两位数增长",  # a kind of growth
        "进入前3名",  # the top places
        "位列前三位",
        "3人制篮球",  # a format
        "活动最后一天",
        "千亿元级产业集群",  # a class
        "一期工程",  # a phase
        "(二期)",
        "她一度想要放弃",  # "at one point"
        "防止二次污染",  # "secondary"
        "纺织厂宿舍3栋",  # an address
        "从零起步",
        "女子100米栏",  # an event
        "迎接新的一年",
        "十年磨一剑",
        "汽车零部件企业",  # 零 in a word
        "零门槛",
    ],
)
def test_more_words_that_are_not_quantities(sentence: str) -> None:
    assert extract_quantities(sentence) == ()


@pytest.mark.parametrize(
    ("sentence", "text", "value", "unit"),
    [
        ("三点五万人", "三点五万人", 35000, "人"),
        ("提高零点五个百分点", "零点五个百分点", Decimal("0.5"), "个百分点"),
        ("百分之五点五", "百分之五点五", Decimal("5.5"), "%"),
        ("生猪出栏362.8万头", "362.8万头", 3628000, "头"),
        ("气温−2℃", "−2℃", -2, "℃"),
        ("夜间－2℃", "－2℃", -2, "℃"),
        ("增速为-1.2%", "-1.2%", Decimal("-1.2"), "%"),
    ],
)
def test_chinese_decimals_heads_and_minus_signs(
    sentence: str, text: str, value: int | Decimal, unit: str
) -> None:
    q = only(sentence)
    assert (q.text, q.value, q.unit) == (text, value, unit)


def test_durations_that_look_like_years_and_periods_that_hold_counts() -> None:
    # 距今1500年 is 1500 years, not the year 1500; 今年前10个月 is a period, no count.
    assert [(q.text, q.value) for q in extract_quantities("距今1500年")] == [("1500年", 1500)]
    assert extract_quantities("今年前10个月,全市外贸增长") == ()


def test_a_minus_sign_is_the_low_end_s() -> None:
    q = only("气温−3～5℃")
    assert (q.text, q.low, q.high) == ("−3～5℃", -3, 5)


@pytest.mark.parametrize(
    ("sentence", "text", "low", "high", "unit"),
    [
        ("月薪5500元到9000元", "5500元到9000元", 5500, 9000, "元"),
        ("气温16℃至24℃", "16℃至24℃", 16, 24, "℃"),
        ("投资45万元至55万元", "45万元至55万元", 450000, 550000, "元"),
        ("从8岁到72岁", "8岁到72岁", 8, 72, "岁"),
    ],
)
def test_a_range_that_says_its_unit_twice(
    sentence: str, text: str, low: int, high: int, unit: str
) -> None:
    q = only(sentence)
    assert (q.text, q.value, q.low, q.high, q.unit) == (text, None, low, high, unit)


@pytest.mark.parametrize(
    ("sentence", "text", "value", "approx"),
    [
        ("孩子3岁半", "3岁半", Decimal("3.5"), None),
        ("称了3斤半", "3斤半", Decimal("3.5"), None),
        ("增长两倍多,", "两倍多", 2, Approx.MORE_THAN),
        ("走了5公里多的路", "5公里多", 5, Approx.MORE_THAN),
    ],
)
def test_a_half_or_more_after_other_units(
    sentence: str, text: str, value: int | Decimal, approx: Approx | None
) -> None:
    q = only(sentence)
    assert (q.text, q.value, q.approx) == (text, value, approx)


def test_more_after_a_unit_inside_a_word_is_no_hedge() -> None:
    assert extract_quantities("推行一人多岗") == ()


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("286.4万辆次", "辆次"),
        ("28枚金牌", "枚"),
        ("打满5局", "局"),
        ("120㎡", "㎡"),
        ("2.5km", "km"),
    ],
)
def test_more_measure_words(sentence: str, unit: str) -> None:
    assert only(sentence).unit == unit


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [("举办28期培训班", "期"), ("1246家次", "家次"), ("480盏", "盏"), ("3200多课时", "课时")],
)
def test_measure_words_of_training_and_service(sentence: str, unit: str) -> None:
    assert only(sentence).unit == unit


def test_pairs_seasons_medals_points_and_doses() -> None:
    found = extract_quantities(
        "现场牵手成功18对,稻谷油菜两季收,开设4大类课程,收获2金3银5铜,"
        "参加志愿服务加5分,兑换积分4.2万分,乙醇含量为126毫克/100毫升,6月龄以上"
    )
    assert [(q.text, q.value, q.unit) for q in found] == [
        ("18对", 18, "对"),
        ("两季", 2, "季"),
        ("4大类", 4, "类"),
        ("2金", 2, "金"),
        ("3银", 3, "银"),
        ("5铜", 5, "铜"),
        ("5分", 5, "分"),
        ("4.2万分", 42000, "分"),
        ("126毫克", 126, "毫克"),
        ("6月龄以上", 6, "月龄"),
    ]


@pytest.mark.parametrize(
    "sentence",
    ["十分重要", "7时30分,活动开始", "8点30分,", "一季度,全市", "五金店", "3对此表示"],
)
def test_points_pairs_and_seasons_inside_words(sentence: str) -> None:
    assert extract_quantities(sentence) == ()


@pytest.mark.parametrize(
    ("sentence", "per"),
    [("日薪150元", "天"), ("最高时速160公里", "小时"), ("亩产550公斤", "亩"), ("每斤1.35元", "斤")],
)
def test_pay_speed_yield_and_unit_prices_are_rates(sentence: str, per: str) -> None:
    assert only(sentence).per == per


def test_a_rate_word_gives_no_period_to_an_age() -> None:
    assert only("每周三下午为60岁以上老人免费理发").per is None


def test_a_rate_word_gives_no_period_to_a_ratio() -> None:
    found = extract_quantities("日均客流8.6万人次同比增长12%")
    assert [(q.text, q.per) for q in found] == [("8.6万人次", "天"), ("12%", None)]


def test_a_rate_with_a_period_after_the_slash() -> None:
    q = only("月薪3000元/月")
    assert (q.text, q.value, q.per) == ("3000元/月", 3000, "月")


@pytest.mark.parametrize("sentence", ["数据一成不变", "游客三五成群", "其中一成员", "一成本"])
def test_cheng_in_words_is_no_tenths(sentence: str) -> None:
    assert extract_quantities(sentence) == ()


@pytest.mark.parametrize(
    ("sentence", "text", "value", "approx"),
    [
        ("最低气温零下5℃", "零下5℃", -5, None),
        ("夜间降至零下三度", "零下三度", -3, None),
        ("山区约零下2摄氏度左右", "约零下2摄氏度左右", -2, Approx.ABOUT),
    ],
)
def test_below_zero(sentence: str, text: str, value: int, approx: Approx | None) -> None:
    q = only(sentence)
    assert (q.text, q.value, q.approx) == (text, value, approx)


def test_below_zero_is_no_sign_but_of_a_temperature() -> None:
    # 零下 before a count says nothing of it: the count starts at its numeral.
    assert [(q.text, q.value) for q in extract_quantities("零下10个")] == [("10个", 10)]
    q = only("零下5℃至3℃")  # one range, the unit said twice
    assert (q.text, q.low, q.high) == ("零下5℃至3℃", -5, 3)


# --- durations and years ------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "text", "value", "unit"),
    [
        ("在外漂泊了8年", "8年", 8, "年"),
        ("三个月后,他回到怀化", "三个月", 3, "个月"),
        ("提供2年期免费办公场地", "2年", 2, "年"),
        ("提供6个月免费代理记账", "6个月", 6, "个月"),
        ("3天就完成了安装", "3天", 3, "天"),
        ("累计巡逻300小时", "300小时", 300, "小时"),
        ("学了一年", "一年", 1, "年"),
        ("培训一个月", "一个月", 1, "个月"),
        ("两年免费咨询", "两年", 2, "年"),
        ("拥有5000年历史", "5000年", 5000, "年"),
    ],
)
def test_durations(sentence: str, text: str, value: int, unit: str) -> None:
    q = only(sentence)
    assert (q.text, q.value, q.unit) == (text, value, unit)


@pytest.mark.parametrize(
    "sentence",
    [
        "2025年,天元区与湖南工业大学深化合作",
        "二〇二五年十一月",
        "11月18日,社区开展活动",
        "18日至20日,培训活动举行",
        "2020-2025年规划",
        "建成于上世纪90年代",
        "90年代的小区",
        "2014年以来",
    ],
)
def test_dates_are_not_quantities(sentence: str) -> None:
    assert extract_quantities(sentence) == ()


@pytest.mark.parametrize(
    ("sentence", "text", "value", "approx"),
    [
        ("累计走访居民2000余户", "2000余户", 2000, Approx.MORE_THAN),
        ("参与群众达1800余人次", "1800余人次", 1800, Approx.MORE_THAN),
        ("已有2000多年历史", "2000多年", 2000, Approx.MORE_THAN),
        ("延续2000年以上", "2000年以上", 2000, Approx.AT_LEAST),
    ],
)
def test_counts_that_look_like_years(sentence: str, text: str, value: int, approx: Approx) -> None:
    q = only(sentence)
    assert (q.text, q.value, q.approx) == (text, value, approx)


# --- not quantities -----------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        # the indefinite article
        "后来回茶陵开了一家包子铺",
        "又为我们小区做了一件大实事",
        "全压在了她一个人的肩上",
        "我深知掌握一门手艺的重要性",
        "谁不想有一份自己的事业呢",
        "建设一支高素质的人力资源服务队伍",
        "熟练地将一株株“生态杀手”连根拔起",
        "一名志愿者说",
        "这一项目一经提出",
        # quoted names and slogans
        "开展“百日攻坚”活动",
        "开展“社保服务进万家”活动",
        "实现“一次活动、多重宣传”",
        "学习“三不一多”防骗口诀",
        "《十四五规划》发布",
        # ordinals, series markers, addresses, codes, phone numbers
        "获得第3名",
        "探访烹饪班③",
        "居住在1-303的老党员",
        "咨询电话0731-28680000",
        "拨打13812345678",
        "证件号4302031990010112345号",
        "编号1234567890123456家",
        # idioms and words with numerals
        "一家人的生活越来越有盼头",
        "一线从业者",
        "一次次联合行动",
        "一心一意为群众",
        "和志愿者们一起",
        "问题一直没有解决",
        "一些居民",
        "融为一体",
        "由城管部门统一清运",
        "唯一的办法",
        "万一出了事",
        "一波波扶持政策",
        "清理加拿大一枝黄花",
        "打太极、八段锦",
        "曹四村小区居民",
        "打零工不是长久之计",
        "扫描二维码查看",
        "头十分困难",
        "四处打工",
        "队伍里多了不少年轻的新面孔",
        "千万不要相信",
        "株洲日报全媒体记者/何春林",
        "千家万户",
        "送到万家",
    ],
)
def test_not_quantities(sentence: str) -> None:
    assert counted(sentence) == []


def test_long_quotation_is_speech_and_counts() -> None:
    q = only("他说:“今年我们一共培训了三百名学员,效果很好。”")
    assert q.value == 300


def test_hedge_overrides_idiom() -> None:
    assert only("近万家企业受益").value == 10000


def test_liang_is_never_an_article() -> None:
    assert only("两家包子铺").value == 2


# --- spans, robustness --------------------------------------------------------------


def test_spans_slice_the_text() -> None:
    text = "据统计,该校已累计培训超过6万人次,近2万人培训后实现稳定就业,每个月固定收入一万余元。"
    for q in extract_quantities(text):
        assert text[q.span[0] : q.span[1]] == q.text


@given(st.text())
def test_never_raises_and_spans_hold(text: str) -> None:
    for q in extract_quantities(text):
        assert text[q.span[0] : q.span[1]] == q.text


_PIECES = st.sampled_from(
    ["超过", "近", "约", "余", "多", "以上", "左右", "到", "-", "1", "20", "300", "万", "两", "三",
     "十", "百", "几", "个", "月", "年", "名", "人次", "家", "%", "第", "“", "”", ",", "一", "每周",
     "2025", "日", "至", "元", "/", "小时"]
)  # fmt: skip


@given(st.lists(_PIECES, max_size=20).map("".join))
def test_spans_hold_on_numeral_soup(text: str) -> None:
    for q in extract_quantities(text):
        assert text[q.span[0] : q.span[1]] == q.text
        assert q.value is not None or q.approx is Approx.VAGUE or q.low is not None


@given(
    st.integers(min_value=2, max_value=10**12),
    st.booleans(),
    st.sampled_from(["家", "名", "人次", "元", "个月", "平方米"]),
)
def test_chinese_numerals_in_a_sentence(n: int, liang: bool, unit: str) -> None:
    numeral = to_chinese(n, liang=liang)
    q = only(f"据统计,全市共有{numeral}{unit}参与。")
    assert (q.text, q.value, q.unit) == (numeral + unit, n, unit)


def test_long_inputs_complete() -> None:
    extract_quantities("1" * 20000)
    extract_quantities("1" * 20000 + "家")
    extract_quantities("余多" * 10000)
    extract_quantities("一" * 20000 + "家")
    extract_quantities("超过" * 10000 + "5人")
    extract_quantities("1,000" * 5000)


def test_read_count() -> None:
    count = read_count("十几")
    assert count is not None and (count.low, count.high, count.vague) == (11, 19, True)
    assert read_count("曹四") is None


# --- the sample page ----------------------------------------------------------------


def _gold() -> dict[str, Any]:
    data: dict[str, Any] = json.loads((DATA / "zzrb-sample-page.gold.json").read_text("utf-8"))
    return data


def _article_blocks(index: int) -> list[str]:
    """The blank-line separated blocks of the sample page from article ``index``'s
    headline up to the next article's headline."""
    gold = _gold()
    blocks = [
        b.strip()
        for b in (DATA / "zzrb-sample-page.txt").read_text("utf-8").split("\n\n")
        if b.strip()
    ]
    headlines = [a["headline"] for a in gold["articles"]]
    start = blocks.index(headlines[index])
    end = blocks.index(headlines[index + 1]) if index + 1 < len(headlines) else len(blocks)
    if index == 0:
        start = 0
    return blocks[start:end]


def _key(q: Quantity) -> tuple[Any, ...]:
    num = lambda x: None if x is None else Decimal(str(x))  # noqa: E731
    return (num(q.value), num(q.low), num(q.high), q.unit, q.approx and q.approx.value)


def _gold_key(g: dict[str, Any]) -> tuple[Any, ...]:
    num = lambda x: None if x is None else Decimal(str(x))  # noqa: E731
    return (num(g["value"]), num(g.get("low")), num(g.get("high")), g["unit"], g["approx"])


@pytest.mark.parametrize("index", range(9))
def test_sample_page_quantities(index: int) -> None:
    """Article 4 (桂花街道…) and 5 (返乡办技校…) among them: gold in, nothing else out."""
    gold = _gold()
    found = [q for block in _article_blocks(index) for q in extract_quantities(block)]
    got = Counter(_key(q) for q in found if q.approx is not Approx.VAGUE)
    want = Counter(_gold_key(g) for g in gold["articles"][index]["quantities"])
    assert got == want
    for q in found:
        assert not any(bad in q.text for bad in gold["not_quantities"]), q.text
        if q.approx is Approx.VAGUE and index in (0, 5):
            assert (q.value, q.low, q.high) == (None, None, None)


@pytest.mark.parametrize("index", range(9))
def test_sample_page_dates(index: int) -> None:
    gold = _gold()
    issue = dt.date.fromisoformat(gold["issue_date"])
    found = extract_article_dates(_article_blocks(index), issue_date=issue)
    got = {(d.text, d.start, d.end) for ms in found for d in ms}
    for g in gold["articles"][index]["dates"]:
        want = (g["text"], dt.date.fromisoformat(g["start"]), dt.date.fromisoformat(g["end"]))
        assert want in got


def test_sample_article_5_in_order() -> None:
    texts = [q.text for b in _article_blocks(5) for q in extract_quantities(b)]
    assert texts == [
        "8年",
        "超过6万人次",
        "近2万人",
        "44岁",
        "两个",
        "两家",
        "一万余元",
        "三个月",
        "超过百万元",
        "10余人",
    ]


def test_a_superlative_before_a_noun_is_no_hedge() -> None:
    # 最高气温 is the day's top temperature, exactly; 最高法院 a court.
    assert [(q.text, q.approx) for q in extract_quantities("最高气温35℃,最高法院判处3年")] == [
        ("35℃", None),
        ("3年", None),
    ]


@pytest.mark.parametrize(
    ("sentence", "text", "value", "unit"),
    [
        ("以2小时12分08秒的成绩夺冠", "2小时12分08秒", 7928, "秒"),
        ("比去年快了1分16秒。", "1分16秒", 76, "秒"),
        ("以5分48秒跑完全程", "5分48秒", 348, "秒"),
        ("成绩2分06秒38", "2分06秒38", Decimal("126.38"), "秒"),
        ("历时1小时30分,", "1小时30分", 90, "分钟"),
    ],
)
def test_a_clock_reading_is_one_duration(
    sentence: str, text: str, value: int | Decimal, unit: str
) -> None:
    q = only(sentence)
    assert (q.text, q.value, q.unit) == (text, value, unit)


def test_trips_pipes_and_a_deduction() -> None:
    found = extract_quantities("每天往返4班,更换胶管1.1万余根,单张最高可抵扣100元")
    assert [(q.text, q.value, q.unit, q.approx) for q in found] == [
        ("4班", 4, "班", None),
        ("1.1万余根", 11000, "根", Approx.MORE_THAN),
        ("最高可抵扣100元", 100, "元", Approx.AT_MOST),
    ]


@pytest.mark.parametrize(
    "sentence",
    ["三年级4班的学生", "根据规定", "老旧小区改造三年行动", "建设万亩高标准农田", "百亩荷花基地"],
)
def test_classes_campaigns_and_scale_labels(sentence: str) -> None:
    assert extract_quantities(sentence) == ()


def test_results_volts_and_more_hedges() -> None:
    found = extract_quantities(
        "取得8胜2平2负积26分,电压650伏至6500伏,每天不宜超过8小时,增量为近三年最多"
    )
    assert [(q.text, q.value, q.low, q.high, q.unit, q.approx) for q in found] == [
        ("8胜", 8, None, None, "胜", None),
        ("2平", 2, None, None, "平", None),
        ("2负", 2, None, None, "负", None),
        ("26分", 26, None, None, "分", None),
        ("650伏至6500伏", None, 650, 6500, "伏", None),
        ("不宜超过8小时", 8, None, None, "小时", Approx.AT_MOST),
        ("三年", 3, None, None, "年", None),  # 近三年最多: the last three years
    ]


@pytest.mark.parametrize("sentence", ["三伏天", "平均每天", "负责人", "胜利召开", "一平如镜"])
def test_results_inside_words(sentence: str) -> None:
    assert extract_quantities(sentence) == ()


def test_points_after_a_scoring_verb_and_minutes_in_words() -> None:
    found = extract_quantities("株洲队以8胜2平2负积26分暂列第二,步行十分钟")
    assert [(q.text, q.value, q.unit) for q in found][-2:] == [
        ("26分", 26, "分"),
        ("十分钟", 10, "分钟"),
    ]
    assert extract_quantities("十分重要,3分公司") == ()
    (q,) = extract_quantities("三分之一")
    assert (q.text, q.value, q.unit) == ("三分之一", Fraction(1, 3), None)  # a fraction, not 分


def test_more_counts_and_not_counts() -> None:
    found = extract_quantities(
        "饮用白酒约半斤后,午餐、晚餐两餐,比平时多了一倍,产量有望破万辆,等了3个小时"
    )
    assert [(q.text, q.value, q.unit, q.approx) for q in found] == [
        ("约半斤", Decimal("0.5"), "斤", Approx.ABOUT),
        ("两餐", 2, "餐", None),
        ("一倍", 1, "倍", None),
        ("破万辆", 10000, "辆", Approx.MORE_THAN),
        ("3个小时", 3, "个小时", None),
    ]


@pytest.mark.parametrize(
    "sentence", ["上周三起,我市推行", "工业园三期标准厂房项目", "三门镇", "餐厅"]
)
def test_weekdays_phases_and_names_are_no_counts(sentence: str) -> None:
    assert extract_quantities(sentence) == ()


def test_pairs_after_tens_and_weight_classes() -> None:
    found = extract_quantities("最高气温达三十七八度,夜间二十三四度,女子59公斤级亚军")
    assert [(q.text, q.low, q.high, q.unit) for q in found] == [
        ("三十七八度", 37, 38, "度"),
        ("二十三四度", 23, 24, "度"),
    ]


def test_steps_capacity_caps_and_counts_after_words_ending_in_qian() -> None:
    found = extract_quantities(
        "目前1200多名员工到岗,每天要走三万步,86万千伏安,每场限30人,每期限报30人"
    )
    assert [(q.text, q.value, q.unit, q.approx) for q in found] == [
        ("1200多名", 1200, "名", Approx.MORE_THAN),
        ("三万步", 30000, "步", None),
        ("86万千伏安", 860000, "千伏安", None),
        ("限30人", 30, "人", Approx.AT_MOST),
        ("限报30人", 30, "人", Approx.AT_MOST),
    ]
    assert extract_quantities("前3名") == ()
    assert extract_quantities("19名选手获得项目前三名")[1:] == ()
    assert [(q.text, q.approx) for q in extract_quantities("贷款期限3年")] == [("3年", None)]


def test_points_after_you() -> None:
    assert [(q.text, q.value) for q in extract_quantities("分值由50分提高到60分")] == [
        ("50分", 50),
        ("60分", 60),
    ]


def test_half_a_day_and_a_diary_filled() -> None:
    found = extract_quantities(
        "企业开办半天内办结,坐诊半天,等了老半天,“帮扶日记”写满6本,每天限号100个"
    )
    assert [(q.text, q.value, q.unit, q.approx) for q in found] == [
        ("半天内", Decimal("0.5"), "天", Approx.AT_MOST),
        ("半天", Decimal("0.5"), "天", None),
        ("6本", 6, "本", None),
        ("限号100个", 100, "个", Approx.AT_MOST),
    ]


def test_lanes_basis_points_and_more_caps() -> None:
    found = extract_quantities(
        "双向6车道,植保作业86万亩次,利率下浮10—30个基点,限额3万人,限速30公里"
    )
    assert [(q.text, q.value, q.low, q.high, q.unit, q.approx) for q in found] == [
        ("6车道", 6, None, None, "车道", None),
        ("86万亩次", 860000, None, None, "亩次", None),
        ("10—30个基点", None, 10, 30, "个基点", None),
        ("限额3万人", 30000, None, None, "人", Approx.AT_MOST),
        ("限速30公里", 30, None, None, "公里", Approx.AT_MOST),
    ]


def test_a_rate_from_one_value_to_another_is_a_change() -> None:
    text = "物业费收缴率从65%到92%"
    found = extract_quantities(text)
    assert [(q.text, q.value, q.low, q.high) for q in found] == [
        ("65%", 65, None, None),
        ("92%", 92, None, None),
    ]
    assert [text[a:b] for a, b in (q.span for q in found)] == ["65%", "92%"]
    # A range of counts, of ages, or of rates that vary, stays a range.
    assert [q.text for q in extract_quantities("从5到10家,从8岁到72岁,从5%到10%不等")] == [
        "5到10家",
        "8岁到72岁",
        "5%到10%",
    ]


def test_sessions_years_of_note_and_more_units() -> None:
    assert (
        extract_quantities("市十五届人大三次会议开幕,十三届五次全会,今年是关键一年,丰收的一年")
        == ()
    )
    assert [q.text for q in extract_quantities("召开3次会议,储能10吉瓦时,全书共6章,不到5微米")] == [
        "3次",
        "10吉瓦时",
        "6章",
        "不到5微米",
    ]


def test_numbers_to_call_and_vague_years() -> None:
    found = extract_quantities(
        "拨打12333人社服务热线,全年受理急救电话14.6万个,借阅图书43万册次,拖了大半年"
    )
    assert [(q.text, q.unit) for q in found] == [("14.6万个", "个"), ("43万册次", "册次")]
    assert [q.text for q in extract_quantities("几十年如一日")] == ["几十年"]


def test_support_at_most_and_person_times() -> None:
    found = extract_quantities("单个项目最高支持500万元,服务1300余个次,神农城里穿越千年")
    assert [(q.text, q.unit, q.approx) for q in found] == [
        ("最高支持500万元", "元", Approx.AT_MOST),
        ("1300余个次", "个次", Approx.MORE_THAN),
    ]


def _seen(sentence: str) -> list[tuple[object, ...]]:
    return [
        (q.text, q.value, q.low, q.high, q.unit, q.approx and q.approx.value)
        for q in extract_quantities(sentence)
    ]


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        ("覆盖4省区", ("4省区", 4, None, None, "省区", None)),
        ("全市9县", ("9县", 9, None, None, "县", None)),
        ("两市联动", ("两市", 2, None, None, "市", None)),
        ("三区同步", ("三区", 3, None, None, "区", None)),
        ("走访4地", ("4地", 4, None, None, "地", None)),
        ("上了三堂课", ("三堂", 3, None, None, "堂", None)),
        ("东南风2~3级", ("2~3级", None, 2, 3, "级", None)),
        ("气温6~17℃", ("6~17℃", None, 6, 17, "℃", None)),
        ("气温2℃—4℃", ("2℃—4℃", None, 2, 4, "℃", None)),
        ("住了一晚", ("一晚", 1, None, None, "晚", None)),
        ("建厂75周年", ("75周年", 75, None, None, "周年", None)),
        ("约四十华里", ("约四十华里", 40, None, None, "华里", "about")),
        ("他68歲", ("68歲", 68, None, None, "歲", None)),
        ("兩個人", ("兩個", 2, None, None, "個", None)),
        ("流转400余畝", ("400余畝", 400, None, None, "畝", "more_than")),
        ("超過20萬斤", ("超過20萬斤", 200000, None, None, "斤", "more_than")),
        ("不到10個月", ("不到10個月", 10, None, None, "個月", "less_than")),
        ("问题不止102个", ("不止102个", 102, None, None, "个", "more_than")),
        ("占地约为4万平方米", ("约为4万平方米", 40000, None, None, "平方米", "about")),
        ("投资2.5 亿元", ("2.5 亿元", 250000000, None, None, "元", None)),
        ("逾百人", ("逾百人", 100, None, None, "人", "more_than")),
        ("突破5000人", ("突破5000人", 5000, None, None, "人", "more_than")),
        ("上百套房", ("上百套", 100, None, None, "套", "at_least")),
        ("用了3天多", ("3天多", 3, None, None, "天", "more_than")),
        ("65岁及以上", ("65岁及以上", 65, None, None, "岁", "at_least")),
        ("一个多月", ("一个多月", 1, None, None, "个月", "more_than")),
        ("开了3个小时", ("3个小时", 3, None, None, "个小时", None)),
        ("用了一周", ("一周", 1, None, None, "周", None)),
    ],
)
def test_forms_of_real_text(sentence: str, want: tuple[object, ...]) -> None:
    assert _seen(sentence) == [want]


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        ("观众达10万,", ("10万", 100000, None, None, None, None)),
        ("超1.8亿的", ("超1.8亿", 180000000, None, None, None, "more_than")),
        ("百余学生", ("百余", 100, None, None, None, "more_than")),
        ("50余乡亲", ("50余", 50, None, None, None, "more_than")),
        ("一千多", ("一千多", 1000, None, None, None, "more_than")),
        ("80多万", ("80多万", 800000, None, None, None, "more_than")),
        ("390万株洲人民", ("390万", 3900000, None, None, None, None)),
    ],
)
def test_numbers_with_no_measure_word(sentence: str, want: tuple[object, ...]) -> None:
    assert _seen(sentence) == [want]


@pytest.mark.parametrize(
    "sentence",
    [
        "千万不要",
        "三多一少",
        "以防万一",
        "百度搜索",
        "五花八门",
        "千百年来",
        "2018元旦",
        "百亿项目",
        "三级医院",
        "一级响应",
        "市场",
        "一晚上",
        "3地块",
        "区域",
    ],
)
def test_vetoes_of_real_text(sentence: str) -> None:
    assert extract_quantities(sentence) == ()


@pytest.mark.parametrize(
    ("sentence", "text", "value", "approx"),
    [
        ("全村三分之二的村民", "三分之二", Fraction(2, 3), None),
        ("占五分之一", "五分之一", Fraction(1, 5), None),
        ("近三分之一", "近三分之一", Fraction(1, 3), Approx.NEARLY),
        ("五百分之一", "五百分之一", Fraction(1, 500), None),
        ("3分之2", "3分之2", Fraction(2, 3), None),
    ],
)
def test_fractions_are_exact(
    sentence: str, text: str, value: Fraction, approx: Approx | None
) -> None:
    (q,) = extract_quantities(sentence)
    assert (q.text, q.value, q.unit, q.approx) == (text, value, None, approx)
    assert isinstance(q.value, Fraction)


def test_percent_words_and_tenths_are_no_fractions() -> None:
    found = extract_quantities("百分之三十,千分之五,七成,几分之几")
    assert [(q.text, q.value, q.unit) for q in found] == [
        ("百分之三十", 30, "%"),
        ("千分之五", 5, "‰"),
        ("七成", 7, "成"),
    ]


def test_fraction_json_round_trip() -> None:
    import zznews

    doc = zznews.parse("标题\n\n全村三分之二的村民参加了培训。")
    (q,) = [q for a in doc.pages[0].articles for q in a.quantities]
    assert q.value == Fraction(2, 3)
    assert '"value": "2/3"' in zznews.to_json(doc)
    assert zznews.from_json(zznews.to_json(doc)) == doc


def test_every_veto_rejects_its_example() -> None:
    from zznews import quantities as Q

    names = [name for name, _, _, _ in Q._VETOES]
    assert len(names) == len(set(names))
    for name, test, _units, example in Q._VETOES:
        assert extract_quantities(example) == (), name
        found = [
            c
            for m in Q._quantity_pattern().finditer(example)
            if not m["fden"] and (c := Q._candidate(m, Q._Context(example))) is not None
        ]
        assert any(test(c) for c in found), name


def test_blood_alcohol_unit() -> None:
    (q,) = extract_quantities("检测值为26.5mg/100ml,超出标准")
    assert (q.text, q.value, q.unit) == ("26.5mg/100ml", Decimal("26.5"), "mg/100ml")


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        ("县政协召开九届五次常委会议", []),
        ("第四届二次理事会议", []),
        ("一年級學生", []),
        ("第三届活动举办了三次,会议很成功", [("三次", 3, "次")]),
    ],
)
def test_sessions_and_traditional_grades(sentence: str, want: list[tuple[object, ...]]) -> None:
    assert [(q.text, q.value, q.unit) for q in extract_quantities(sentence)] == want


def test_a_point_in_the_past_is_no_length_of_time() -> None:
    import zznews

    assert zznews.extract_quantities("两年前,他来到星城") == ()
    (q,) = zznews.extract_quantities("三个月后,他取得结业证")
    assert (q.text, q.value) == ("三个月", 3)
    (r,) = zznews.extract_quantities("他在星城工作了两年")
    assert (r.text, r.value) == ("两年", 2)


def test_names_of_things_that_hold_a_numeral() -> None:
    import zznews

    assert zznews.extract_quantities("这是二人转的舞台") == ()
    assert zznews.extract_quantities("新建一所九年一贯制学校") == ()
