"""Stage 2: what each line can be, judged from the line alone.

A line gets one :class:`Kind`; which title-like line is a kicker, a headline, a
heading or half a paragraph is decided later, from its neighbours.
"""

from __future__ import annotations

import re

import attrs
import regex

from ..dates import issue_date_from_dateline
from ..vocab.byline import SIGNATURE_MARKS
from ..vocab.layout import (
    CAPTION_LABELS,
    CAPTION_MARKS,
    CAPTION_OPENERS,
    END_MARKS,
    IMAGE_FILE_ENDINGS,
    IMPRINT_PATTERNS,
    INDEX_LABELS,
    JUMP_WORDS,
    LABEL_NOT_ENDING,
    LABEL_NOT_ENDING_WORDS,
    PHOTO_PLACE_NOTES,
    QR_WORDS,
    TEXT_LABELS,
)
from ..vocab.text import CLAUSE_MARKS, CLOSING_QUOTES
from ..vocabulary import Vocabulary, layout, per_vocabulary
from .credits import (
    agency_start,
    caption_credit,
    glued_byline,
    read_credit,
    signature_of,
    special_word,
)
from .lines import Line
from .meta import read_meta
from .records import QUOTED_TITLE, Classified, Kind, continues, ends_sentence, gives_contact

__all__ = ["Classified", "Kind", "classify", "continues", "ends_sentence"]


def _has_clause_mark(text: str) -> bool:
    """Whether ``text`` holds a clause break (a QR code's caption is a phrase)."""
    return any(mark in text for mark in CLAUSE_MARKS)


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

# A photo's number before its caption, and the colon or space after it: 图①:, 左图 .
_CAPTION_LABEL = re.compile(rf"(?:{'|'.join(CAPTION_LABELS)})[:\s]*")

# An entry of a front page's index: a page and a title (2版 我市…, A03版 …).
_INDEX_ENTRY = re.compile(r"第?\s*[A-Za-z]?\d{1,2}\s*版\s+\S")

# An imprint line of a front page's masthead.
_IMPRINT = re.compile("|".join(IMPRINT_PATTERNS))

# A kicker that names a place or a topic, then a colon: 渌口区:, 株洲:, 田心街道: (not
# a word of saying or listing before it: 他说:, 具体如下: introduce what follows).
_LABEL = re.compile(
    r"[^\s:,;。!?“”]+"
    + f"(?<![{LABEL_NOT_ENDING}])"
    + "".join(f"(?<!{w})" for w in LABEL_NOT_ENDING_WORDS)
    + r"\s*:"
)

# A page number alone on its line: 03, A03, 第3版, 3版, 第A04:版面四 (an archive's label).
# (Optional groups as ``(?: … |)``: see quantities._build_quantity_pattern.)
_FOLIO = re.compile(r"^(?:第\s*|)[A-Z]?\d{1,3}\s*版?(?:[:\s]{0,2}版面\S{0,3}|)$")

# A subtitle opens with a dash: ——, —, --.
_SUBTITLE = re.compile(r"^(?:—{1,2}|-{2}|―{1,2})\s*(?=\S)")

#: The longest end mark, spaces aside: a longer line is never one.
_END_MAX = max(map(len, END_MARKS))


#: The longest masthead strip (刊号, 出版, 热线 on one line).
_IMPRINT_MAX = 100

#: Lines longer than this are never a dateline, a jump, a page number or an end mark.
_SHORT = 30


@attrs.frozen
class _Words:
    """What classification reads off the vocabulary in force (see :func:`_words`)."""

    #: 责任编辑:王建设 (美术编辑:… 校对:… may follow on the same line).
    editor: regex.Pattern[str]
    editor_roles: tuple[str, ...]
    #: What a line of any kind but title and text may open with (see ``special_word``).
    special_start: tuple[str, ...]
    #: Their first characters (one set lookup tells most lines, no prefix tried).
    special_firsts: frozenset[str]
    mastheads: frozenset[str]
    #: The longest masthead line, spaced out.
    masthead_max: int
    #: A byline's, a credit's or a QR code's word anywhere (see ``special_word``).
    special_word: re.Pattern[str]
    #: An agency opening the line (a glued byline).
    agency_start: re.Pattern[str]


@per_vocabulary
def _words(v: Vocabulary) -> _Words:
    """The editor pattern, the special openings and the mastheads of ``v``."""
    editor = regex.compile(
        rf"""
        ^(?:{"|".join(v.editor_roles)})   # 责任编辑, 本版编辑 …
        \s*+(?::\s*+)?                  # the colon is sometimes lost (runs never given back)
        (?P<name>\p{{Han}}{{2,4}}|[\p{{Han}}·]{{2,12}})   # the editor's name
        (?=\s|$)
        """,
        regex.VERBOSE,
    )
    # (the dashes of _SUBTITLE, and a commentary's signature mark: □ 李华)
    special = (
        *v.editor_roles,
        *CAPTION_MARKS,
        "(",
        *("—", "--", "―"),
        *CAPTION_OPENERS,
        *CAPTION_LABELS,
        *SIGNATURE_MARKS,
    )
    return _Words(
        editor,
        v.editor_roles,
        special,
        frozenset(w[0] for w in special),
        frozenset(v.mastheads),
        2 * max(map(len, v.mastheads)),
        special_word.of(v),
        agency_start(v),
    )


def classify(line: Line) -> Classified:
    """The kind of ``line`` and what was read off it."""
    text = line.fold
    meta = read_meta(line)
    if meta is not None and (meta.fields != 1 or meta.editor is None or meta.bracketed):
        return Classified(line, Kind.META, meta=meta)  # (a lone 责任编辑:X may head a page)
    words = _words()
    if (
        (text[0] not in words.special_firsts or not text.startswith(words.special_start))
        and words.special_word.search(text) is None
        and words.agency_start.match(text) is None
    ):
        short = _short_kind(line, text) if len(text) <= _SHORT else None
        return short or _title_or_text(line, text)
    m = words.editor.match(text) if text.startswith(words.editor_roles) else None
    if m is not None:
        name, span = line.sub(m.start("name"), m.end("name"))
        return Classified(line, Kind.EDITOR, editor=(name, span), meta=meta)
    if meta is not None:
        return Classified(line, Kind.META, meta=meta)  # 编辑:晓 月: a name no header prints
    lay = layout()
    # (a subtitle is never a dateline: the order of the tests is free)
    if len(text) <= lay.subtitle_max and _SUBTITLE.match(text):
        return Classified(line, Kind.SUBTITLE)
    short = _short_kind(line, text) if len(text) <= _SHORT else None
    if short is not None:
        return short
    whole = read_credit(line)
    if whole is not None:
        return whole
    marked = _marked_caption(line, text)
    if marked is not None:
        return marked
    split = caption_credit(line)
    if split is not None:
        (a, b), credit = split
        return Classified(
            line,
            Kind.CAPTION,
            credit,
            caption=(line.start + a, line.start + b),
        )
    if len(text) <= lay.caption_max and text.startswith(CAPTION_OPENERS):
        return Classified(line, Kind.CAPTION, caption=line.span)  # 图为…: a caption, uncredited
    label = _CAPTION_LABEL.match(text) if len(text) <= lay.caption_max else None
    if label is not None and label.end() < len(text):
        # 图①:村民在田间管护蒜苗。: one photo of a group; the label is no part of the caption.
        return Classified(line, Kind.CAPTION, caption=line.sub(label.end())[1])
    if (
        len(text) <= lay.title_max
        and any(w in text for w in QR_WORDS)
        and (line.after_photo or not (line.ends_sentence or _has_clause_mark(text)))
    ):
        # (a sentence about a QR code is body text, also when a column break cut it:
        # 可扫描二维码报名,截止时间为7月1 ⏎ 8日。)
        return Classified(line, Kind.QR)
    lead = glued_byline(line)  # read_line found no whole-line byline above
    if lead is not None and lead.span[1] < line.end:
        return Classified(line, Kind.LEAD, lead)
    return _title_or_text(line, text)


def _marked_caption(line: Line, text: str) -> Classified | None:
    """A web page's caption: after a mark (``▲…``, ``◀…。 记者/刘安 摄``), or a sentence
    wholly in brackets (``(市总工会为环卫工人送清凉。)``)."""
    if len(text) > layout().caption_max + 2:
        return None
    if text[0] in CAPTION_MARKS and len(text) > 2:
        a = 1 + len(text[1:]) - len(text[1:].lstrip())
        split = caption_credit(line)
        if split is not None and split[0][0] <= a:
            (_, b), credit = split  # (the caption's span in the line, its credit's in the source)
            return Classified(line, Kind.CAPTION, credit, caption=line.sub(a, b)[1])
        return Classified(line, Kind.CAPTION, caption=line.sub(a)[1])
    m = _BRACKETED_SENTENCE.fullmatch(text)
    if m is not None:
        return Classified(line, Kind.CAPTION, caption=line.sub(1, len(text) - 1)[1])
    return None


# A line of no letter, digit or character: punctuation and symbols alone.
_WORDLESS = re.compile(r"[^\w]+")

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
    if _WORDLESS.fullmatch(text) and text[0] not in CLOSING_QUOTES:
        return Classified(line, Kind.MARKS)  # ", ***: a page's chrome, never a title
    if len(text) <= 14 and _JUMP.match(text):
        return Classified(line, Kind.JUMP)
    if len(text) <= 12 and _FOLIO.match(text):
        return Classified(line, Kind.FOLIO)
    if len(text) <= 2 * _END_MAX and text.replace(" ", "") in END_MARKS:
        return Classified(line, Kind.END)
    words = _words()
    if len(text) <= words.masthead_max and text.replace(" ", "").upper() in words.mastheads:
        return Classified(line, Kind.MASTHEAD)
    if _IMPRINT.fullmatch(text):
        return Classified(line, Kind.MASTHEAD)  # 国内统一连续出版物号…, 农历…, 今日8版
    if text in INDEX_LABELS or _INDEX_ENTRY.match(text):
        return Classified(line, Kind.INDEX)  # 导读, 2版 我市十大民生实事项目今年这样办
    return None


def _title_or_text(line: Line, text: str) -> Classified:
    """A line that is nothing else: a title if short and unfinished, else text."""
    if len(text) <= _IMPRINT_MAX and ("CN" in text or "刊号" in text) and _IMPRINT.fullmatch(text):
        return Classified(line, Kind.MASTHEAD)  # 国内统一刊号:CN43-9901 …报社出版 广告热线:…
    lay = layout()
    if len(text) <= lay.heading_max and QUOTED_TITLE.fullmatch(text):
        return Classified(line, Kind.TITLE)  # ■“家门口就能看病,真方便!”: a quoted title
    if not line.ends_sentence and len(text) <= lay.title_max:
        if gives_contact(text):
            return _text(line)  # 咨询电话:0731-…: a story's last details
        return Classified(line, Kind.TITLE)
    if len(text) <= lay.label_max and _LABEL.fullmatch(text):
        return Classified(line, Kind.TITLE)  # 渌口区: a kicker naming a place (not 他说:)
    if len(text) <= lay.title_max // 2 and text[-1] in "?!" and "。" not in text:
        return Classified(line, Kind.TITLE)  # 你的社保卡升级了吗?: a question as a headline
    return _text(line)


def _text(line: Line) -> Classified:
    """A paragraph line, with the signature it may end with."""
    signed, signature = signature_of(line)
    return Classified(line, Kind.TEXT, signature=signature, signed=signed)
