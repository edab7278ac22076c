"""Stage 2: what each line can be, judged from the line alone.

A line gets one :class:`Kind`; which title-like line is a kicker, a headline, a
heading or half a paragraph is decided later, from its neighbours.
"""

from __future__ import annotations

import datetime as dt
import re
from enum import Enum

import attrs
import regex

from .._fold import fold
from .._patterns import alternation
from ..byline import (
    AGENCY_START,
    BYLINE_WORDS,
    agency_named,
    bare_name,
    names_writer,
    parse_credit_line,
    read_caption,
    read_cut_glued,
    read_glued,
    read_line,
)
from ..dates import issue_date_from_dateline
from ..model import Byline, Contributor, Span
from ..vocab.byline import SIGNATURE_MARKS, SOURCE_NOTES
from ..vocab.layout import (
    ADVERBIAL_FRAMES,
    BOX_LABELS,
    CAPTION_LABELS,
    CAPTION_MARKS,
    CAPTION_MAX,
    CAPTION_OPENERS,
    CONTACT_LABELS,
    CONTINUATION_STARTS,
    CONTINUATION_WORDS,
    DIALOGUE_SPEAKERS,
    EDITOR_ROLES,
    END_MARKS,
    HEADING_MARKS,
    HEADING_MAX,
    HEADING_NUMERALS,
    IMAGE_FILE_ENDINGS,
    IMPRINT_PATTERNS,
    INDEX_LABELS,
    JUMP_WORDS,
    LABEL_MAX,
    LABEL_NOT_ENDING,
    LABEL_NOT_ENDING_WORDS,
    MASTHEADS,
    PARAGRAPH_OPENERS,
    PHOTO_GAP,
    PHOTO_PLACE_NOTES,
    QR_WORDS,
    SECTION_MAX,
    SUBTITLE_MAX,
    TEXT_LABELS,
    TITLE_MAX,
)
from ..vocab.text import CLAUSE_MARKS, CLOSERS, HANGING_ENDS, SENTENCE_END, WHOLE_ENDINGS
from .lines import Line
from .meta import Meta, read_meta

__all__ = ["Classified", "Kind", "classify", "continues", "ends_sentence", "mend_cut_bylines"]


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
    META = "meta"  # 来源:红网 作者:肖莎 2015-12-03 11:07:50: a web page's metadata
    NOISE = "noise"  # 微信图片_2022.jpg, (资料图片): where a photo stood, no caption
    LABEL = "label"  # 编者按, 开栏语: a label of the text that follows
    TITLE = "title"  # short, unfinished: kicker, headline, heading or a fragment
    TEXT = "text"  # a paragraph or a piece of one


@attrs.frozen
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
    #: The date of a page dateline (DATELINE).
    date: dt.date | None = None
    #: What a metadata line says (META; EDITOR when the line names the editor alone).
    meta: Meta | None = None
    #: Whether the line ends a sentence (so a paragraph that ends here is whole); a
    #: line of contact details (``咨询电话:0731-…``) and a row of a list are whole too.
    #: (Worked out once: every stage asks.)
    complete: bool = attrs.field(
        init=False, default=attrs.Factory(lambda self: _complete(self), takes_self=True)
    )

    @property
    def heading_like(self) -> bool:
        """Short, unfinished, at most one clause break, not hanging on a particle.

        A line ending in a word like 参与 or 导向 is not hanging (:data:`WHOLE_ENDINGS`);
        a marked line (``一、…``, ``■…``) is a heading whatever it ends on: its mark
        says so, where a cut paragraph would say nothing. A line that opens with a
        paragraph's first word and a comma (``此外,``) is a cut paragraph.
        """
        text = self.line.fold
        if self.kind is not Kind.TITLE or len(text) > HEADING_MAX:
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
        return self.kind is Kind.TITLE and _QUOTED_TITLE.fullmatch(self.line.fold) is not None

    @property
    def signed(self) -> bool:
        """A paragraph line that ends with its writer's name or its source in brackets,
        as a news brief does (``…安全课。(刘欢)``, ``…(据湖南日报)``)."""
        if self.note is not None:
            return True
        m = self._note()
        return m is not None and (
            m["inner"].startswith(SOURCE_NOTES) or _signature(self.line, m) is not None
        )

    @property
    def signature(self) -> Byline | None:
        """The byline a paragraph line is signed with at its end, in brackets (with
        its span in the source), or ``None``; a source (``(据新华社)``) gives the agency
        alone, a note that names none (``(本报综合)``) nothing."""
        if self.note is not None:
            return self.note
        m = self._note()
        return None if m is None else _signature(self.line, m)

    def _note(self) -> re.Match[str] | None:
        """The bracketed note after a text line's last sentence, if any."""
        if self.kind is not Kind.TEXT or self.line.fold[-1:] != ")":
            return None
        return _SIGNATURE.search(self.line.fold)

    @property
    def section_like(self) -> bool:
        """Short enough and plain enough to be a section name in a page header."""
        return self.kind is Kind.TITLE and len(self.line.fold) <= SECTION_MAX


def _has_clause_mark(text: str) -> bool:
    """Whether ``text`` holds a clause break (a QR code's caption is a phrase)."""
    return any(mark in text for mark in CLAUSE_MARKS)


def _complete(c: Classified) -> bool:
    """See :attr:`Classified.complete`."""
    text = c.line.fold
    return (
        ends_sentence(text)
        or c.row
        or (c.kind is Kind.TEXT and (_CONTACT.match(text) or _PHONE.search(text)) is not None)
    )


def _signature(line: Line, m: re.Match[str]) -> Byline | None:
    """The byline of a brief's closing note ``m`` (a name, or roles and names)."""
    text, span = line.sub(m.start("inner") - 1, m.end())
    return _signed(m["inner"], text, span)


def _signed(inner: str, text: str, span: Span) -> Byline | None:
    """The byline of a closing note whose words in brackets are ``inner`` (folded),
    printed as ``text`` at ``span``."""
    if inner.startswith(SOURCE_NOTES):
        # (据新华社): the brief is the agency's, with no one named; (据了解) is no source.
        agency = agency_named(inner[1:]) if inner.startswith("据") else None
        return None if agency is None else Byline(text, span, agency)
    b = parse_credit_line(inner)
    if (b is None or not any(c.role for c in b.contributors)) and _BARE_NAMES.fullmatch(inner):
        # (刘欢), (谭晓燕 陈婷): names alone (通讯员 黄婷 has a role: a credit line).
        names = _NAME_SEPARATORS.split(text.strip("()（）\n ").replace("\n", ""))
        return Byline(text, span, None, tuple(Contributor(None, n) for n in names if n), False)
    return None if b is None else Byline(text, span, b.agency, b.contributors, b.is_photo_credit)


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


def ends_sentence(text: str) -> bool:
    """Whether ``text`` (folded) ends a sentence, closing quotes and brackets aside.

    >>> ends_sentence("幸福感油然而生。"), ends_sentence("“这下好了!”")
    (True, True)
    >>> ends_sentence("获得了“先进单位”")
    False
    """
    text = text.rstrip()
    if text[-1:] == ")" and (m := _TRAILING_NOTE.search(text)) is not None:
        text = text[: m.start()].rstrip()  # 早见效。(完), 签订了(下转第2版): a note after it
        if m.group("jump"):
            return True  # the sentence goes on on another page: the paragraph ends here
    text = text.rstrip(_CLOSERS)  # one C call: a slice a closer was quadratic
    if not text or text[-1] not in SENTENCE_END:
        return False
    # 零售总额1180. ⏎ 36亿元: a decimal point cut by a column break ends nothing.
    return text[-1] != "." or not text[-2:-1].isdigit()


_CLOSERS = "".join(sorted(CLOSERS))

# A brief's signature after its last sentence: 。(刘欢), 。(株洲日报全媒体记者 李逸峰).
_SIGNATURE = re.compile(r"[。!?”] {0,3}\((?P<inner>[^()]{2,40})\)$")
# Names alone (two to four Han characters each), apart by a space or 、: (刘欢), (谭晓燕 陈婷).
_BARE_NAMES = re.compile(r"[\u4e00-\u9fff]{2,4}(?:[ 、][\u4e00-\u9fff]{2,4}){0,3}")
_NAME_SEPARATORS = re.compile(r"[ \u3000、]+")

# A short note in brackets at the end of a paragraph: (完), (记者 王明), (下转第2版).
_TRAILING_NOTE = re.compile(
    rf"\((?:(?P<jump>(?:{'|'.join(JUMP_WORDS)})[^()]{{0,8}}版)|[^()]{{1,20}})\)$"
)

# 责任编辑:王建设 (美术编辑:… 校对:… may follow on the same line).
_EDITOR = regex.compile(
    rf"""
    ^(?:{"|".join(EDITOR_ROLES)})   # 责任编辑, 本版编辑 …
    \s*+(?::\s*+)?                  # the colon is sometimes lost (runs never given back: linear)
    (?P<name>\p{{Han}}{{2,4}}|[\p{{Han}}·]{{2,12}})   # the editor's name
    (?=\s|$)
    """,
    regex.VERBOSE,
)

# A jump line: (下转第2版), （上接A1版）, 下转3版.
_JUMP = re.compile(
    rf"""
    ^\(?                                      # an opening bracket, often
    (?:{"|".join(JUMP_WORDS)})                # 下转, 上接 …
    [^()]{{0,8}}版                             # 第2版, A3版
    \)?$
    """,
    re.VERBOSE,
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
_QUOTED_TITLE = re.compile(
    rf"""
    [{re.escape(HEADING_MARKS)}]? \s*      # ■
    “ [^“”。]+ [!?] ”                      # “…真方便!”
    """,
    re.VERBOSE,
)

# A photo's number before its caption, and the colon or space after it: 图①:, 左图 .
_CAPTION_LABEL = re.compile(rf"(?:{'|'.join(CAPTION_LABELS)})[:\s]*")

# An entry of a front page's index: a page and a title (2版 我市…, A03版 …).
_INDEX_ENTRY = re.compile(r"第?\s*[A-Za-z]?\d{1,2}\s*版\s+\S")

# An imprint line of a front page's masthead.
_IMPRINT = re.compile("|".join(IMPRINT_PATTERNS))

# A list of names cut after the first character of its last one (李红梅、王 ⏎ 海涛).
_CUT_LIST = re.compile(r"、[\u4e00-\u9fff]$")

# A speaker of a dialogue and a colon: 问:, 记者: (a question, not a heading).
_SPEAKER = re.compile(alternation(DIALOGUE_SPEAKERS) + r"\s*:")

# A paragraph's first words and a comma: 此外, 据悉, (a cut paragraph, not a heading).
_OPENS_PARAGRAPH = re.compile(alternation(PARAGRAPH_OPENERS) + ",")

# A telephone number (0731-28688123, 13812345678): a line with one is no title.
_PHONE = re.compile(r"(?<![0-9])(?:0[0-9]{2,3}-?[0-9]{7,8}|1[3-9][0-9]{9})(?![0-9])")

# A label of contact or service details before a colon: 咨询电话:, 报名地点: (text).
_CONTACT = re.compile(r"[^\s:,;。]{0,8}?" + alternation(CONTACT_LABELS) + r"\s*:")

# A kicker that names a place or a topic, then a colon: 渌口区:, 株洲:, 田心街道: (not
# a word of saying or listing before it: 他说:, 具体如下: introduce what follows).
_LABEL = re.compile(
    r"[^\s:,;。!?“”]+"
    + f"(?<![{LABEL_NOT_ENDING}])"
    + "".join(f"(?<!{w})" for w in LABEL_NOT_ENDING_WORDS)
    + r"\s*:"
)

# A page number alone on its line: 03, A03, 第3版, 3版, 第A04:版面四 (an archive's label).
_FOLIO = re.compile(r"^(?:第\s*)?[A-Z]?\d{1,3}\s*(?:版)?(?:[:\s]{0,2}版面\S{0,3})?$")

# A subtitle opens with a dash: ——, —, --.
_SUBTITLE = re.compile(r"^(?:—{1,2}|-{2}|―{1,2})\s*(?=\S)")

#: The longest end mark, spaces aside: a longer line is never one.
_END_MAX = max(map(len, END_MARKS))
#: The longest masthead line, spaced out.
_MASTHEAD_MAX = 2 * max(map(len, MASTHEADS))


#: The longest masthead strip (刊号, 出版, 热线 on one line).
_IMPRINT_MAX = 100

#: Lines longer than this are never a dateline, a jump, a page number or an end mark.
_SHORT = 30

#: What a line needs for any kind but title and text: a byline's or a credit's word
#: or a QR code's anywhere (one search, which the engine skips along in C), or at
#: its start an agency, an editor, a subtitle's dash or a caption's opening words.
#: A long line with none of them is told a title or text at once: most lines are.
_SPECIAL_WORD = re.compile(alternation(BYLINE_WORDS | set(QR_WORDS), lookahead=False))
# (The dashes of _SUBTITLE, and a commentary's signature mark: □ 李华.)
_SPECIAL_START = (
    *EDITOR_ROLES,
    *CAPTION_MARKS,
    "(",
    *("—", "--", "―"),
    *CAPTION_OPENERS,
    *CAPTION_LABELS,
    *SIGNATURE_MARKS,
)


def classify(line: Line) -> Classified:
    """The kind of ``line`` and what was read off it."""
    text = line.fold
    meta = read_meta(line)
    if meta is not None and (meta.fields != 1 or meta.editor is None or meta.bracketed):
        return Classified(line, Kind.META, meta=meta)  # (a lone 责任编辑:X may head a page)
    if (
        not text.startswith(_SPECIAL_START)
        and _SPECIAL_WORD.search(text) is None
        and AGENCY_START.match(text) is None
    ):
        short = _short_kind(line, text) if len(text) <= _SHORT else None
        return short or _title_or_text(line, text)
    m = _EDITOR.match(text) if text.startswith(EDITOR_ROLES) else None
    if m is not None:
        name, span = line.sub(m.start("name"), m.end("name"))
        return Classified(line, Kind.EDITOR, editor=(name, span), meta=meta)
    if meta is not None:
        return Classified(line, Kind.META, meta=meta)  # 编辑:晓 月: a name no header prints
    if len(text) <= SUBTITLE_MAX and _SUBTITLE.match(text):  # (never a dateline: order free)
        return Classified(line, Kind.SUBTITLE)
    short = _short_kind(line, text) if len(text) <= _SHORT else None
    if short is not None:
        return short
    credit = read_line(line.folded, line.start)
    if credit is not None:
        # 文/图 记者 王明 credits the photos too, but names the writer: a story's byline.
        photo_only = credit.is_photo_credit and not names_writer(text)
        return Classified(line, Kind.CREDIT if photo_only else Kind.BYLINE, credit)
    marked = _marked_caption(line, text)
    if marked is not None:
        return marked
    split = read_caption(line.folded, line.start)
    if split is not None:
        (a, b), credit = split
        return Classified(
            line,
            Kind.CAPTION,
            credit,
            caption=(line.start + a, line.start + b),
        )
    if len(text) <= CAPTION_MAX and text.startswith(CAPTION_OPENERS):
        return Classified(line, Kind.CAPTION, caption=line.span)  # 图为…: a caption, uncredited
    label = _CAPTION_LABEL.match(text) if len(text) <= CAPTION_MAX else None
    if label is not None and label.end() < len(text):
        # 图①:村民在田间管护蒜苗。: one photo of a group; the label is no part of the caption.
        return Classified(line, Kind.CAPTION, caption=line.sub(label.end())[1])
    if (
        len(text) <= TITLE_MAX
        and any(w in text for w in QR_WORDS)
        and (line.gap >= PHOTO_GAP or not (ends_sentence(text) or _has_clause_mark(text)))
    ):
        # (a sentence about a QR code is body text, also when a column break cut it:
        # 可扫描二维码报名,截止时间为7月1 ⏎ 8日。)
        return Classified(line, Kind.QR)
    lead = read_glued(line.folded, line.start)  # read_line found no whole-line byline above
    if lead is not None and lead.span[1] < line.end:
        return Classified(line, Kind.LEAD, lead)
    return _title_or_text(line, text)


def _marked_caption(line: Line, text: str) -> Classified | None:
    """A web page's caption: after a mark (``▲…``, ``◀…。 记者/刘平 摄``), or a sentence
    wholly in brackets (``(省总工会为劳动者送温暖。)``)."""
    if len(text) > CAPTION_MAX + 2:
        return None
    if text[0] in CAPTION_MARKS and len(text) > 2:
        a = 1 + len(text[1:]) - len(text[1:].lstrip())
        split = read_caption(line.folded, line.start)
        if split is not None and split[0][0] <= a:
            (_, b), credit = split  # (the caption's span in the line, its credit's in the source)
            return Classified(line, Kind.CAPTION, credit, caption=line.sub(a, b)[1])
        return Classified(line, Kind.CAPTION, caption=line.sub(a)[1])
    m = _BRACKETED_SENTENCE.fullmatch(text)
    if m is not None:
        return Classified(line, Kind.CAPTION, caption=line.sub(1, len(text) - 1)[1])
    return None


# A sentence wholly in brackets, as a web page prints a photo's caption.
_BRACKETED_SENTENCE = re.compile(r"\([^()]{6,80}[。!]\)")


def _short_kind(line: Line, text: str) -> Classified | None:
    """The kinds only a short line can be: a dateline, a jump, a page number, an end
    mark, the paper's name."""
    date = issue_date_from_dateline(text)
    if date is not None:
        return Classified(line, Kind.DATELINE, date=date)
    if text in PHOTO_PLACE_NOTES or text.lower().endswith(IMAGE_FILE_ENDINGS):
        return Classified(line, Kind.NOISE)  # 图片3.jpg, (资料图片): a photo stood here
    if text in TEXT_LABELS:
        return Classified(line, Kind.LABEL)
    if len(text) <= 14 and _JUMP.match(text):
        return Classified(line, Kind.JUMP)
    if len(text) <= 12 and _FOLIO.match(text):
        return Classified(line, Kind.FOLIO)
    if len(text) <= 2 * _END_MAX and text.replace(" ", "") in END_MARKS:
        return Classified(line, Kind.END)
    if len(text) <= _MASTHEAD_MAX and text.replace(" ", "").upper() in MASTHEADS:
        return Classified(line, Kind.MASTHEAD)
    if _IMPRINT.fullmatch(text):
        return Classified(line, Kind.MASTHEAD)  # 国内统一连续出版物号…, 农历…, 今日8版
    if text in INDEX_LABELS or _INDEX_ENTRY.match(text):
        return Classified(line, Kind.INDEX)  # 导读, 2版 我市十大民生实事项目今年这样办
    return None


def _title_or_text(line: Line, text: str) -> Classified:
    """A line that is nothing else: a title if short and unfinished, else text."""
    if len(text) <= _IMPRINT_MAX and ("CN" in text or "刊号" in text) and _IMPRINT.fullmatch(text):
        return Classified(line, Kind.MASTHEAD)  # 国内统一刊号:CN43-0003 …报社出版 广告热线:…
    if len(text) <= HEADING_MAX and _QUOTED_TITLE.fullmatch(text):
        return Classified(line, Kind.TITLE)  # ■“家门口就能看病,真方便!”: a quoted title
    if not ends_sentence(text) and len(text) <= TITLE_MAX:
        if _CONTACT.match(text) or _PHONE.search(text):
            return Classified(line, Kind.TEXT)  # 咨询电话:0731-…: a story's last details
        return Classified(line, Kind.TITLE)
    if len(text) <= LABEL_MAX and _LABEL.fullmatch(text):
        return Classified(line, Kind.TITLE)  # 渌口区: a kicker naming a place (not 他说:)
    if len(text) <= TITLE_MAX // 2 and text[-1] in "?!" and "。" not in text:
        return Classified(line, Kind.TITLE)  # 你的社保卡升级了吗?: a question as a headline
    return Classified(line, Kind.TEXT)


#: What the first half of a cut glued byline is classified as, alone: a title or
#: text (``株洲日报(记者/王明 通讯员/``), a lead, a byline (``株洲日报讯``) or the
#: paper's name (``株洲日报``, with the bracket on the next line).
_CUT_BYLINE_STARTS = frozenset({Kind.TITLE, Kind.TEXT, Kind.LEAD, Kind.BYLINE, Kind.MASTHEAD})


def mend_cut_bylines(lines: tuple[Classified, ...], source: str) -> tuple[Classified, ...]:
    """Lines with each byline, credit or signature that a column break cut made whole.

    A glued byline cut inside its brackets (``株洲日报讯(记者/罗雅琴 通讯员/`` ⏎
    ``刘晶)1月17日晚…``, or after or inside its agency) becomes a byline line and a lead
    whose byline is the same, spanning both lines; a standalone byline or credit cut
    anywhere (``株洲日报全媒体`` ⏎ ``记者/旷昆昆``, ``通讯员/丁`` ⏎ ``超 摄``) one byline that
    both lines carry; a caption's credit so cut, the caption's; a brief's signature
    (``(易`` ⏎ ``浩)``), the note of its last line. A line about a QR code right above a
    byline is a headline.
    """
    mended: list[Classified] | None = None
    for i in range(len(lines) - 1):
        c, d = lines[i], lines[i + 1]
        first, second = c.line.folded.text, d.line.folded.text
        if second[-1:] == ")" and len(second) <= _CUT_NOTE_MAX and d.line.gap < PHOTO_GAP:
            note = _cut_note(c, d, source)
            if note is not None:
                # …举行。(易 ⏎ 浩), …举行。 ⏎ (石磊): the brief's signature, cut
                mended = mended or list(lines)
                mended[i + 1] = Classified(d.line, Kind.TEXT, note=note)
                continue
        if (
            i > 0
            and d.kind is Kind.TEXT
            and c.kind is Kind.TITLE
            and lines[i - 1].kind is Kind.TITLE
            and _SPECIAL_WORD.search(lines[i - 1].line.fold) is None  # (通讯员/ ⏎ 黎明: cut)
            and len(first) <= _BARE_NAME_MAX
            and (name := bare_name(first)) is not None
        ):
            # 那岁月,不只因为怀念而美好 ⏎ 汪肯堂 ⏎ 若现在…: a bare name under a title signs it
            mended = mended or list(lines)
            signed = Byline(c.line.raw, c.line.span, None, (Contributor(None, name),))
            mended[i] = Classified(c.line, Kind.BYLINE, signed)
            continue
        if c.kind is Kind.QR and d.kind in _HEAD_OPENERS and d.line.gap < PHOTO_GAP:
            # 环境违法行为可扫码举报 ⏎ 株洲日报讯(…): a headline, not a QR code's caption
            mended = mended or list(lines)
            mended[i] = Classified(c.line, Kind.TITLE)
            continue
        if d.kind in (Kind.BYLINE, Kind.CREDIT) and c.kind in (Kind.TITLE, Kind.MASTHEAD):
            whole = _cut_standalone(c, d, source)
            if whole is not None:
                # (株洲日报全媒体 ⏎ 记者/旷昆昆, 株洲日报 ⏎ 通讯员/罗杰 摄: both lines carry it)
                mended = mended or list(lines)
                mended[i] = whole
                mended[i + 1] = Classified(d.line, whole.kind, whole.byline)
                continue
        whole = None
        if (
            c.kind in (Kind.TITLE, Kind.TEXT, Kind.BYLINE)
            and d.kind in (Kind.TITLE, Kind.CREDIT)
            and len(second) <= _CUT_NAME_MAX
        ):
            whole = _cut_name(c, d, source)  # 通讯员/丁 ⏎ 超 摄
        if (
            whole is None
            and not c.complete
            and c.kind in (Kind.TITLE, Kind.TEXT, Kind.MASTHEAD)
            and d.line.gap < PHOTO_GAP
            and len(second) <= _CUT_REST_MAX
            and _SPECIAL_WORD.search(second) is not None
        ):
            whole = _cut_anywhere(
                c, d, source
            )  # 株洲 ⏎ 日报通讯员/肖亮 摄, …现场。 记 ⏎ 者/刘琴 摄
        if whole is not None:
            # Both lines carry the one byline or credit (the second line goes on it).
            mended = mended or list(lines)
            mended[i] = whole
            rest = Kind.CREDIT if whole.kind is Kind.CAPTION else whole.kind
            mended[i + 1] = Classified(d.line, rest, whole.byline)
            continue
        if (
            ("(" not in first and "(" not in second[:_CUT_AGENCY_MAX])  # most lines: no bracket
            or d.kind not in (Kind.TEXT, Kind.TITLE)  # (TITLE: the lead cut again further on)
            or c.kind not in _CUT_BYLINE_STARTS
            or (found := read_cut_glued(first, second)) is None
        ):
            continue
        lead, end = found
        span = (c.line.start, d.line.sub(0, end)[1][1])
        byline = attrs.evolve(lead, text=source[span[0] : span[1]], span=span)
        mended = mended or list(lines)
        mended[i] = Classified(c.line, Kind.BYLINE, byline)
        mended[i + 1] = Classified(d.line, Kind.LEAD, byline)
    return lines if mended is None else tuple(mended)


def _cut_standalone(c: Classified, d: Classified, source: str) -> Classified | None:
    """The title line ``c`` as the first half of the byline line ``d`` goes on
    (``株洲日报全媒体`` ⏎ ``记者/旷昆昆``), or ``None`` when it is no agency's start."""
    first = c.line.folded.text
    if len(first) > _CUT_AGENCY_MAX or AGENCY_START.match(first) is None:
        return None
    joined = first + d.line.folded.text
    whole = read_line(fold(joined))
    if whole is None or whole.agency is None:
        return None
    span = (c.line.start, d.line.end)
    kind = Kind.CREDIT if whole.is_photo_credit and not names_writer(joined) else Kind.BYLINE
    return Classified(c.line, kind, attrs.evolve(whole, text=source[span[0] : span[1]], span=span))


#: The longest first half of a standalone byline cut after its agency (株洲日报全媒体).
_CUT_AGENCY_MAX = 12

#: The longest second half of a byline or credit cut inside a name (``超 摄``, ``黎明``).
_CUT_NAME_MAX = 8

#: The longest line that can be (the rest of) a brief's signature alone: ``(石磊)``.
_CUT_NOTE_MAX = 14

# A signature opened at the end of a line after its last sentence: …举行。(易
_NOTE_OPENED = re.compile(r"[。!?”]\((?P<a>[^()]{1,12})$")
# The rest of it, alone on the next line: 浩)
_NOTE_CLOSED = re.compile(r"(?P<b>[^()]{1,12})\)")
# A whole signature alone on its line, after a line that ended its sentence: (石磊)
_NOTE_ALONE = re.compile(r"\((?P<inner>[^()]{2,12})\)")


def _cut_note(c: Classified, d: Classified, source: str) -> Byline | None:
    """The signature a column break cut from the paragraph of ``c`` onto ``d``, if any."""
    if c.kind not in (Kind.TEXT, Kind.TITLE):
        return None
    first, second = c.line.folded.text, d.line.folded.text
    opened = _NOTE_OPENED.search(first)
    if opened is not None and (closed := _NOTE_CLOSED.fullmatch(second)) is not None:
        start = c.line.sub(opened.start("a") - 1)[1][0]
        return _signed(opened["a"] + closed["b"], source[start : d.line.end], (start, d.line.end))
    alone = _NOTE_ALONE.fullmatch(second)
    if alone is not None and c.kind is Kind.TEXT and c.complete and c.signature is None:
        return _signed(alone["inner"], d.line.raw, d.line.span)
    return None


#: The longest line that can be a bare name under a title (``张 谨``: padding counts).
_BARE_NAME_MAX = 6

#: What opens a story under its headline: a line above one is no photo's caption.
_HEAD_OPENERS = frozenset({Kind.BYLINE, Kind.LEAD, Kind.SUBTITLE})

#: The longest second half of a byline or credit line cut anywhere (株洲 ⏎ 日报通讯员/…).
_CUT_REST_MAX = 40


def _cut_anywhere(c: Classified, d: Classified, source: str) -> Classified | None:
    """The line ``c`` as a byline or credit line (or a caption's line, its credit cut)
    that a column break cut anywhere, read with ``d``: only when the two lines read
    together give what ``d`` alone does not (the agency it lacked, or roles for all
    its names), so that a kicker above a byline (``致敬`` ⏎ ``记者/王明``) stays apart."""
    first, second = c.line.folded.text, d.line.folded.text
    alone = d.byline if d.byline is not None else read_line(d.line.folded)
    joined = fold(first + second)
    whole = read_line(joined) if len(first) <= _CUT_AGENCY_MAX else None
    if whole is not None:
        if not _reads_better(whole, alone):
            return None
        span = (c.line.start, d.line.end)
        byline = attrs.evolve(whole, text=source[span[0] : span[1]], span=span)
        kind = (
            Kind.CREDIT if whole.is_photo_credit and not names_writer(joined.text) else Kind.BYLINE
        )
        return Classified(c.line, kind, byline)
    found = read_caption(joined)
    if found is None or found[0][1] > len(first) or found[1].span[0] >= len(first):
        return None
    (a, b), credit = found
    if not _reads_better(credit, alone) or read_line(fold(joined.text[a:b])) is not None:
        return None  # (a byline is no caption: 株洲日报全媒体记者/李逸峰 通讯员/邹 ⏎ 娜 摄)
    span = (c.line.sub(credit.span[0])[1][0], d.line.end)
    byline = attrs.evolve(credit, text=source[span[0] : span[1]], span=span)
    return Classified(c.line, Kind.CAPTION, byline, caption=c.line.sub(a, b)[1])


def _reads_better(whole: Byline, alone: Byline | None) -> bool:
    """Whether a byline read over two lines says what the second line alone does not:
    the agency it lacked, or a role for every name where it left some without."""
    if whole.agency is not None and (alone is None or alone.agency is None):
        return True
    every = all(p.role for p in whole.contributors)
    return (
        bool(whole.contributors)
        and every
        and (alone is None or not all(p.role for p in alone.contributors))
    )


#: A photo mark alone on a line, cut from the credit it ends (``…记者/廖智勇`` ⏎ ``摄``).
_PHOTO_MARKS_ALONE = frozenset({"摄", "摄影", "摄影报道", "供图"})


def _cut_name(c: Classified, d: Classified, source: str) -> Classified | None:
    """The title-like line ``c`` as a byline or credit that a column break cut inside
    a name or after a role (``株洲日报通讯员/丁`` ⏎ ``超 摄``, ``通讯员/`` ⏎ ``黎明``),
    read with the short line ``d``, or a caption whose credit was so cut (``…包饺子。
    记者/黄`` ⏎ ``蓉 摄``); ``None`` when the two are no such thing."""
    first = c.line.folded.text
    if _SPECIAL_WORD.search(first) is None:
        return None  # no role, no photo mark: no byline's first half
    if c.kind is Kind.BYLINE and d.line.folded.text not in _PHOTO_MARKS_ALONE:
        return None  # a whole byline: only its photo mark can follow on the next line
    joined = fold(
        first + " " + d.line.folded.text if c.kind is Kind.BYLINE else first + d.line.folded.text
    )
    whole = read_line(joined)
    if whole is None:
        found = read_caption(joined)
        if found is None or found[0][1] > len(first) or found[1].span[0] >= len(first):
            return None
        (a, b), credit = found
        cap = c.line.sub(a, b)[1]
        span = (c.line.sub(credit.span[0])[1][0], d.line.end)
        byline = attrs.evolve(credit, text=source[span[0] : span[1]], span=span)
        return Classified(c.line, Kind.CAPTION, byline, caption=cap)
    if not whole.contributors:
        return None
    span = (c.line.start, d.line.end)
    byline = attrs.evolve(whole, text=source[span[0] : span[1]], span=span)
    photo_only = byline.is_photo_credit and not names_writer(first + d.line.folded.text)
    return Classified(c.line, Kind.CREDIT if photo_only else Kind.BYLINE, byline)
