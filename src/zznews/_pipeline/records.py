"""The record of one line: its kind and the features every stage asks of it.

Each feature is worked out once: what was read off the line at classification
(its byline, caption, signature, editor, metadata) is stored in a field, and what
only some stages ask (whether a title line is heading-like, marked, quoted) is a
property of the line's own text, computed on demand from the folded line.
"""

from __future__ import annotations

import datetime as dt
import re
from enum import Enum

import attrs

from .._patterns import alternation
from ..model import Byline, Span
from ..vocab.layout import (
    ADVERBIAL_FRAMES,
    BOX_LABELS,
    CONTACT_LABELS,
    CONTINUATION_STARTS,
    CONTINUATION_WORDS,
    DIALOGUE_SPEAKERS,
    HEADING_MARKS,
    HEADING_NUMERALS,
    PARAGRAPH_OPENERS,
)
from ..vocab.text import CLAUSE_MARKS, HANGING_ENDS, WHOLE_ENDINGS
from ..vocabulary import layout
from .lines import Line, ends_sentence
from .meta import Meta

__all__ = [
    "CONTACT",
    "PHONE",
    "QUOTED_TITLE",
    "Classified",
    "Kind",
    "continues",
    "ends_sentence",
    "gives_contact",
]


class Kind(Enum):
    """What a line is, as far as the line itself tells."""

    # Members are singletons: hash by identity, in C, not by name in Python (a kind
    # is looked up in a set for nearly every line at every stage).
    __hash__ = object.__hash__

    EDITOR = "editor"  # 责任编辑:王建设
    DATELINE = "dateline"  # 2025年11月21日 星期五
    SUBTITLE = "subtitle"  # ——探访…之烹饪班③
    BYLINE = "byline"  # 株洲日报全媒体记者/何春林
    CREDIT = "credit"  # 株洲日报全媒体记者/何春林 摄
    CAPTION = "caption"  # 南洋技校中式烹饪培训现场。 记者/何春林 摄
    QR = "qr"  # 扫描二维码查看招募要求以及申报材料
    JUMP = "jump"  # (下转第2版): the story goes on on another page
    FOLIO = "folio"  # A03, 第3版: the page number
    END = "end"  # (完): the article ends here
    MASTHEAD = "masthead"  # 株洲日报, 株洲日报社出版: the paper's name on a front page
    INDEX = "index"  # 导读, 2版 我市…: the front page's index of the issue
    LEAD = "lead"  # 株洲日报(全媒体记者/…)11月19日…: byline glued to text
    META = "meta"  # 来源:红网 作者:林晓 2016-05-12 09:21:30: a web page's metadata
    NOISE = "noise"  # 微信图片_2022.jpg, (资料图片): where a photo stood, no caption
    LABEL = "label"  # 编者按, 开栏语: a label of the text that follows
    MARKS = "marks"  # ", ***, ……: punctuation alone on its line, no text
    TITLE = "title"  # short, unfinished: kicker, headline, heading or a fragment
    TEXT = "text"  # a paragraph or a piece of one


def _complete(c: Classified) -> bool:
    """See :attr:`Classified.complete`."""
    text = c.line.fold
    return c.line.ends_sentence or c.row or (c.kind is Kind.TEXT and gives_contact(text))


def gives_contact(text: str) -> bool:
    """Whether a (folded) line gives contact details: a label of them and a colon
    (``咨询电话:``), or a telephone number.

    >>> gives_contact("咨询电话:0731-28688123"), gives_contact("拨打13812345678报名")
    (True, True)
    >>> gives_contact("电话会议在此召开")
    False
    """
    # (a label needs its colon: most lines have none, and are told without the pattern)
    return (":" in text and CONTACT.match(text) is not None) or PHONE.search(text) is not None


@attrs.define
class Classified:
    """A line with its kind and what was read off it."""

    line: Line
    kind: Kind
    #: The byline or credit read off the line (BYLINE, CREDIT, CAPTION, LEAD).
    byline: Byline | None = None
    #: The caption's span (CAPTION) in the source.
    caption: Span | None = None
    #: The editor's name and its span (EDITOR).
    editor: tuple[str, Span] | None = None
    #: A row of a list or a table (TEXT): whole, one paragraph of its own.
    row: bool = False
    #: The signature of a brief that a column break cut onto this line (TEXT): ``(易`` ⏎
    #: ``浩)``, or ``。`` ⏎ ``(石磊)`` (the line goes on the paragraph before it).
    note: Byline | None = None
    #: The byline a paragraph line is signed with at its end, in brackets (with its span
    #: in the source): ``…安全课。(刘欢)``; a source (``(据新华社)``) gives the agency alone,
    #: a note that names none (``(本报综合)``) nothing. (Read once, by the credits stage.)
    signature: Byline | None = None
    #: Whether a paragraph line ends with its writer's name or its source in brackets,
    #: as a news brief does (``…安全课。(刘欢)``, ``…(据湖南日报)``).
    signed: bool = False
    #: The line goes on the byline or credit of the line before it, which a column
    #: break cut (both lines carry the one :attr:`byline`).
    continues_credit: bool = False
    #: The date of a page dateline (DATELINE).
    date: dt.date | None = None
    #: What a metadata line says (META; EDITOR when the line names the editor alone).
    meta: Meta | None = None
    #: Whether the line ends a sentence (so a paragraph that ends here is whole); a
    #: line of contact details (``咨询电话:0731-…``) and a row of a list are whole too.
    #: (Worked out once: every stage asks.)
    complete: bool = attrs.field(init=False, default=attrs.Factory(_complete, takes_self=True))

    @property
    def heading_like(self) -> bool:
        """Short, unfinished, at most one clause break, not hanging on a particle.

        A line ending in a word like 参与 or 导向 is not hanging (:data:`WHOLE_ENDINGS`);
        a marked line (``一、…``, ``■…``) is a heading whatever it ends on: its mark
        says so, where a cut paragraph would say nothing. A line that opens with a
        paragraph's first word and a comma (``此外,``) is a cut paragraph.
        """
        text = self.line.fold
        if self.kind is not Kind.TITLE or len(text) > layout().heading_max:
            return False
        if text[-1] in CLAUSE_MARKS or _SPEAKER.match(text):
            return False  # 目前该项目进展顺利, ⏎ …: cut after a comma; 问:…? is dialogue
        if "。" in text or _CUT_LIST.search(text):
            return False  # “…带。”书记易 ⏎ 建军说, 张卫东、李红梅、王 ⏎ 海涛: a cut sentence
        if self.marked:
            return True
        return (
            sum(text.count(c) for c in CLAUSE_MARKS) <= 1
            and (text[-1] not in HANGING_ENDS or text[-2:] in WHOLE_ENDINGS)
            and text[-1] != ":"  # 渌口区: is a kicker, never a heading
            and _OPENS_PARAGRAPH.match(text) is None
            and text[-1] not in ADVERBIAL_FRAMES.get(text[0], "")  # 在3场招聘活动中 ⏎ …
        )

    @property
    def marked(self) -> bool:
        """A title line that opens with a heading's number or mark (``一、``, ``(二)``,
        ``3.``, ``■``), stands wholly in ``【】``, or is a box's label (``链接``)."""
        text = self.line.fold
        return self.kind is Kind.TITLE and (_MARKED.match(text) is not None or text in BOX_LABELS)

    @property
    def quoted(self) -> bool:
        """A title line that quotes a question or an exclamation (``“…为什么要分给邻居?”``):
        a whole sentence, so never a paragraph's first words cut by a column break."""
        return self.kind is Kind.TITLE and QUOTED_TITLE.fullmatch(self.line.fold) is not None

    @property
    def section_like(self) -> bool:
        """Short enough and plain enough to be a section name in a page header."""
        return self.kind is Kind.TITLE and len(self.line.fold) <= layout().section_max


def continues(line: str, nxt: str) -> bool:
    """Whether the (folded) line ``nxt`` goes on the sentence that ``line`` leaves
    unfinished, cut by a column break: it opens with a character no sentence opens
    with (``于``, ``的``), with one character and a comma (``据,``), or with a digit
    after a digit (a number cut in two: ``款物5`` ⏎ ``860万元``).

    >>> continues("2018年,团队终", "于研制出国产微钻。"), continues("款物5", "860万元")
    (True, True)
    >>> continues("小标题在此", "社区成立了议事会。")
    False
    """
    return bool(nxt) and (
        nxt[0] in CONTINUATION_STARTS
        or nxt.startswith(CONTINUATION_WORDS)
        or nxt[1:2] in CLAUSE_MARKS
        or (nxt[0].isdigit() and line[-1:].isdigit())
    )


# The number or mark a heading opens with (on the folded line).
_MARKED = re.compile(
    rf"""
    [{HEADING_NUMERALS}]{{1,3}} 、               # 一、
    | \( [{HEADING_NUMERALS}]{{1,3}} \)          # (二)
    | [0-9]{{1,2}} [、.] (?![0-9])               # 3. or 3、 (not 1.5, a decimal)
    | [{re.escape(HEADING_MARKS)}]               # ■种植规模稳步扩大
    | 【 [^【】]+ 】$                             # 【种植】
    """,
    re.VERBOSE,
)

# A title that quotes what someone asks or exclaims, marked or not: ``■“…真方便!”``,
# ``“菜园里的菜,为什么要分给邻居?”`` (one quotation, its mark inside the quotes).
QUOTED_TITLE = re.compile(
    rf"""
    [{re.escape(HEADING_MARKS)}]? \s*      # ■
    “ [^“”。]+ [!?] ”                      # “…真方便!”
    """,
    re.VERBOSE,
)

# A list of names cut after the first character of its last one (李红梅、王 ⏎ 海涛).
_CUT_LIST = re.compile(r"、[\u4e00-\u9fff]$")

# A speaker of a dialogue and a colon: 问:, 记者: (a question, not a heading).
_SPEAKER = re.compile(alternation(DIALOGUE_SPEAKERS) + r"\s*:")

# A paragraph's first words and a comma: 此外, 据悉, (a cut paragraph, not a heading).
_OPENS_PARAGRAPH = re.compile(alternation(PARAGRAPH_OPENERS) + ",")

# A telephone number (0731-28688123, 13812345678): a line with one is no title.
# (Each branch opens with its digit, the no-digit-before test right after it: a
# pattern that opens with a character is searched by skipping to it in C.)
PHONE = re.compile(
    r"""
    (?: 0 (?<![0-9]0) [0-9]{2,3} -? [0-9]{7,8}   # 0731-28688123
      | 1 (?<![0-9]1) [3-9][0-9]{9}              # 13812345678
    )
    (?![0-9])
    """,
    re.VERBOSE,
)

# A label of contact or service details before a colon: 咨询电话:, 报名地点: (text).
CONTACT = re.compile(r"[^\s:,;。]{0,8}?" + alternation(CONTACT_LABELS) + r"\s*:")
