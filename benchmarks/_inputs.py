"""The texts the benchmarks time: the sample page, it 16 times over, and hostile text."""

from __future__ import annotations

from collections.abc import Callable

import zznews

#: How many times the big input repeats the small one.
SCALE = 16


def sample(times: int = 1) -> str:
    """The sample page (a page pair), ``times`` times over, as one text."""
    return "\n\n\n".join([zznews.sample_text()] * times)


#: Hostile inputs as functions of a size factor ``k``: ``k=1`` is small, ``k=16`` big.
#: Each is the kind of text that makes a backtracking pattern or a nested loop blow up.
HOSTILE: dict[str, Callable[[int], str]] = {
    "20,000 digits": lambda k: "1" * (1250 * k),
    "余多余多…": lambda k: "余多" * (625 * k),
    "40,000 blank lines": lambda k: "\n" * (2500 * k),
    "100 KB line, no punctuation": lambda k: "株洲日报全媒体记者通讯员摄" * (160 * k),
    "byline opener repeated": lambda k: "株洲日报(全媒体记者/李逸峰 通讯员/周陵湘)" * (60 * k),
    "byline lines repeated": lambda k: "株洲日报(全媒体记者/李逸峰 通讯员/周陵湘)\n" * (60 * k),
    "quoted counts": lambda k: "“3家”" * (400 * k),
    "Chinese numerals": lambda k: "一二三四五六七八九十百千万亿" * (90 * k),
    "brackets": lambda k: "(" * (1250 * k) + ")" * (1250 * k),
    "caption lines": lambda k: "南洋技校中式烹饪培训现场。 记者/何春林 摄\n" * (40 * k),
    "dates and ranges": lambda k: "2025年11月21日至22日,5到10家," * (60 * k),
    "rate word, then counts": lambda k: "每周" + "5名" * (600 * k),
    "full stops before a credit": lambda k: "。" * (1250 * k) + "记者/王明 摄",
    "page headers": lambda k: "就业·创业\n责任编辑:王建设\n" * (60 * k),
    "quotations of today, one date": lambda k: "“今天好。”他说," * (400 * k) + "11月19日",
    "signed briefs": lambda k: "标题\n\n近日,活动举行。(刘欢)\n\n" * (60 * k),
    "titles and paragraphs, no credit": lambda k: "标题在此\n\n活动举行。\n\n" * (60 * k),
    "an ordinal list": lambda k: "第" + "一、" * (600 * k) + "三名",
    "numbered captions, one credit": lambda k: "图①:村民管护蒜苗。\n" * (120 * k) + "记者/刘震 摄",
    "cut bylines": lambda k: (
        "标题\n\n株洲日报全媒体\n\n记者/旷昆昆\n\n株洲日报讯(记者/罗雅琴 通讯员/\n\n"
        "刘晶)1月17日晚,活动举行。\n\n" * (30 * k)
    ),
    "stories, each with a caption": lambda k: (
        "标题\n\n株洲日报(记者/王明)正文。\n\n\n\n说明。 记者/王明 摄\n\n" * (40 * k)
    ),
    "lead photos under titles": lambda k: (
        "标题\n\n——副题\n\n\n\n图片说明。\n\n记者/王明 摄\n\n"
        "株洲日报(记者/王明)正文。\n\n" * (40 * k)
    ),
}
