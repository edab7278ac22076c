"""The seed corpus: synthetic text written for zznews, and the sample page it ships.

No other newspaper text: the fuzzers start from these and mutate them.
"""

from __future__ import annotations

import zznews

#: Synthetic lines of every kind the parser tells apart (written for the fuzzer).
LINES: tuple[str, ...] = (
    "就业·创业",
    "责任编辑:王建设",
    "责任编辑 李华 美术编辑:张三",
    "2025年11月21日 星期五",
    "A03",
    "第3版",
    "(下转第2版)",
    "(完)",
    "株洲日报",
    "导读",
    "2版 我市举办一场活动",
    "联点共建,老旧小区变了模样",
    "——探访某项培训之烹饪班③",
    "——某某讲话 某某主持",
    "新春走基层 | 留守老人的年夜饭",
    "株洲日报(全媒体记者/王明 通讯员/李四)11月19日下午,活动在社区举行。",
    "株洲日报讯(记者/王明 通讯员/",
    "李四)1月17日晚,社区举办联欢会。",
    "本报讯 近日,我市开展安全检查。",
    "新华社北京5月22日电(记者 王明)",
    "株洲日报全媒体记者/王明 通讯员/李四 摄",
    "记者/王明 摄",
    "文/图 株洲日报全媒体记者 王明",
    "居民在小区广场跳舞。 记者/王明 摄",
    "图①:村民在田间管护蒜苗。",
    "图为活动现场。",
    "扫描二维码查看报名要求",
    "一、种植规模稳步扩大",
    "■专家“下沉”",
    "【链接】",
    "问:如何预防流感?",
    "咨询电话:0731-28688123",
    "近日,活动举行。(刘欢)",
    "据悉,基地自成立以来,先后共收到120多家企业的申请",
    "累计走访居民2000余户,超过百万元,5到10家,每周5名,30%,百分之三十。",
    "2小时12分08秒,1.5万人次,三点五亿元,两台,一万余元,第三名。",
    "今年8月底,去年12月,上世纪90年代,11月以来,当天,去年同期,元旦以来。",
    "18日至20日,活动持续至3月31日,力争年底前完成,12月底前完成。",
    "“三不一多”,曹四村,一家人,1-303,2025年度,前4个月。",
    "壹佰贰拾元,廿五人,二〇二五年,一万零五百。",
    "“真方便!”",
    "□ 李华",
)

#: Numerals alone, for ``parse_number``.
NUMERALS: tuple[str, ...] = (
    "30",
    "１２",
    "1,200",
    "2.50",
    "一万零五百",
    "十二",
    "两千三百万",
    "一亿二千万",
    "廿五",
    "一万五",
    "壹佰贰拾",
    "3千",
    "1.5亿",
    "二〇二五",
    "三点五万",
    "百分之三十",
)


def seeds() -> tuple[str, ...]:
    """Every seed: the lines, numerals, small pages made of the lines, and the sample
    page whole and in pieces (its paragraphs and groups of lines)."""
    sample = zznews.sample_text()
    lines = sample.split("\n")
    chunks = ["\n".join(lines[i : i + 12]) for i in range(0, len(lines), 12)]
    pages = ["\n\n".join(LINES[i : i + 6]) for i in range(0, len(LINES), 6)]
    return (*LINES, *NUMERALS, *pages, *chunks, sample)
