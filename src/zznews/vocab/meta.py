"""Metadata lines: what a web page or an e-paper archive prints around a story.

``来源:红网 作者:林晓 编辑:周雨桐 2016-05-12 09:21:30`` is no headline and no body
text: its author goes to the byline, its editor to :attr:`zznews.Page.editor`, its
time to the article's dates, and the line itself to :attr:`zznews.Page.unplaced`.
Labels are matched on the folded line (traditional and full-width folded).
"""

from __future__ import annotations

#: Labels whose value names the medium a story comes from (``来源:红网``).
SOURCE_LABELS: tuple[str, ...] = (
    "文章来源",
    "信息来源",
    "新闻来源",
    "来源于",
    "来源",
    "稿源",
    "出处",
)

#: Labels whose value names who wrote it (``作者:向明德 贺立群``).
AUTHOR_LABELS: tuple[str, ...] = ("作者",)

#: Labels whose value names the editor (``责编:李华``): :attr:`zznews.Page.editor`.
EDITOR_LABELS: tuple[str, ...] = ("责任编辑", "本版编辑", "网络编辑", "值班编辑", "责编", "编辑")

#: Labels of reviewers and other staff (``二审 | 张明``): kept, never the editor.
REVIEW_LABELS: tuple[str, ...] = ("校对", "一审", "二审", "三审", "终审", "审核", "监制", "通讯员")

#: Labels whose value is a time (``时间:2010-10-26 00:00:00``, ``发布时间:…``): only
#: with a time after them (``时间:每周六上午`` is a notice's detail, body text).
TIME_LABELS: tuple[str, ...] = ("发布时间", "发布日期", "更新时间", "时间", "日期", "发表时间")

#: Labels of page counters and controls (``浏览:123``, ``字号:大 中 小``).
NOISE_LABELS: tuple[str, ...] = ("浏览次数", "浏览", "点击", "阅读", "字号", "分享到", "打印")

#: The longest metadata line: a longer line is text.
META_MAX: int = 120

#: The longest value of one field (``作者:株洲日报全媒体记者 谢敏 董立`` is 17).
META_VALUE_MAX: int = 40

#: The longest unlabelled word on a timestamped line (``彭雅琴 湖南日报·新湖南客户端
#: 2026-01-06 22:44:08``: names and media beside the time).
META_WORD_MAX: int = 16
