"""The texts the benchmarks time: the sample page, it 16 times over, and hostile text."""

from __future__ import annotations

from collections.abc import Callable

import zznews
from zznews.dates import issue_date_from_dateline

#: How many times the big input repeats the small one.
SCALE = 16


def sample(times: int = 1) -> str:
    """The sample page (a page pair), ``times`` times over, as one text."""
    return "\n\n\n".join([zznews.sample_text()] * times)


#: A long line that a column break cut (no sentence end), with a count in it.
_CUT_LINE = (
    "这是一个很长的没有结束的句子里面有3家企业参加了活动而且还在继续进行中我们大家都在等待着最后的"
)

#: The white space that a run of spaces in a pattern may meet.
_SPACES = {"spaces": " ", "U+3000": "\u3000", "tabs": "\t"}


def _opened(quote: str) -> Callable[[int], str]:
    """Opening quotes (or title marks) never closed, then a count."""
    return lambda k: quote * (500 * k) + "3家"


def _editor(space: str) -> Callable[[int], str]:
    """An editor's role, a run of ``space``, then no name."""
    return lambda k: "责任编辑" + space * (500 * k) + "x"


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
    "numbered captions, one credit": lambda k: "图①:村民管护蒜苗。\n" * (120 * k) + "记者/刘远 摄",
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
    # What a fuzzer and probes of every pattern found (issue 14), at its sizes.
    "financial numerals (伍伍伍…)": lambda k: "伍" * (1000 * k),
    **{f"unclosed {q} before a count": _opened(q) for q in "“‘《「『"},
    **{f"editor role, {name}, no name": _editor(sp) for name, sp in _SPACES.items()},
    "subtitle ——副 spaces 题③, byline": lambda k: (
        "标题\n——副" + " " * (500 * k) + "题③\n株洲日报(记者/王明)正文。\n"
    ),
    "one paragraph of cut lines, 3家 each": lambda k: "\n".join([_CUT_LINE] * (100 * k)),
}

#: Hostile inputs of the other entry points: the function, and the text as a function of ``k``.
HOSTILE_CALLS: dict[str, tuple[Callable[[str], object], Callable[[int], str]]] = {
    "extract_quantities 三点五亿亿…个": (
        zznews.extract_quantities,
        lambda k: "三点五" + "亿" * (200 * k) + "个",
    ),
    # (cubic before issue 14: small sizes, or the 16x run takes minutes)
    "dateline then spaces": (
        issue_date_from_dateline,
        lambda k: "2025年11月21日" + " " * (20 * k) + "x",
    ),
}
