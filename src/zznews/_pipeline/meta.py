"""Stage 2a: metadata lines (``来源:红网 作者:林晓 编辑:周雨桐 2016-05-12 09:21:30``).

A web page or an e-paper archive prints the story's source, author, editors and
publication time on lines of their own, above or below it. Such a line is read
into a :class:`Meta` here, once; the classifier gives it the kind ``META``, the
page stage keeps it out of the articles' text, and the parser hands its author
to the byline, its editor to the page and its time to the article's dates.
"""

from __future__ import annotations

import re

import attrs
import regex

from .._fold import fold
from .._patterns import alternation
from ..byline import is_medium
from ..model import Span
from ..vocab.meta import (
    META_MAX,
    META_VALUE_MAX,
    META_WORD_MAX,
    NOISE_LABELS,
    REVIEW_LABELS,
    TIME_LABELS,
)
from ..vocabulary import Vocabulary, per_vocabulary
from .lines import Line

__all__ = ["Meta", "read_meta", "split_glued_meta"]


@attrs.define
class Meta:
    """What a metadata line says: each value as printed, with its span in the source."""

    #: The medium after ``来源:`` (``红网``), when it is a medium's name.
    source: tuple[str, Span] | None = None
    #: What follows ``作者:`` (``株洲日报全媒体记者 谭峰``, ``向明德 贺立群``).
    author: tuple[str, Span] | None = None
    #: The editor after ``编辑:``, ``责编:``, ``责任编辑:`` (not a reviewer's ``二审``).
    editor: tuple[str, Span] | None = None
    #: How many labelled fields the line holds.
    fields: int = 0
    #: Whether the line is wholly in brackets (``【编辑:周雨桐】``).
    bracketed: bool = False


# A publication time: 2016-05-12 09:21:30, 2015/06/25, 2021年04月12日 09:30.
_STAMP_CORE = r"""
    (?:(?P<dashed>[12][0-9]{3}[-/.][0-9]{1,2}[-/.][0-9]{1,2})
      | [12][0-9]{3}年[0-9]{1,2}月[0-9]{1,2}日)
    (?P<clock>[ \tT\u3000]{0,3}[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?   # the time of day
"""
_STAMP = regex.compile(rf"(?<![0-9]){_STAMP_CORE}(?![0-9])", regex.VERBOSE)


@attrs.frozen
class _Labels:
    """The patterns of metadata labels for one vocabulary (see :func:`_labels`)."""

    #: A label and its separator: 来源:, 二审 | , 来源于: (after the line's start, a
    #: space, a bracket or a timestamp's last digit: 2016-04-18来源于:星城网).
    label: regex.Pattern[str]
    #: What opens a line that may be metadata (one search: most lines have none; the
    #: stdlib engine, whose call costs a third of ``regex``'s, asked of every line).
    hint: re.Pattern[str]
    #: Labelled fields from the line's start to a timestamp, then the story's first words.
    glued: regex.Pattern[str]
    #: Which field each label fills: source, author or editor (others: the label).
    roles: dict[str, str]


@per_vocabulary
def _labels(v: Vocabulary) -> _Labels:
    """The label patterns of vocabulary ``v``."""
    every = (
        *v.source_labels,
        *v.author_labels,
        *v.editor_labels,
        *REVIEW_LABELS,
        *TIME_LABELS,
        *NOISE_LABELS,
    )
    any_label = alternation(every, lookahead=False)
    label = regex.compile(
        rf"""
        (?:^|(?<=[\s|【\[(\d]))
        (?P<label>{any_label})
        [ \t\u3000]{{0,3}} [:|丨] [ \t\u3000]{{0,3}}     # the colon, or a bar
        """,
        regex.VERBOSE,
    )
    # (a year's first digit is a word of the trie, the rest the pattern after it: every
    # branch opens with a character, which the engine skips along to in C)
    year = "[0-9]{3}[-/.年][0-9]"  # 2016-0, 2021年0
    hint = re.compile(alternation((*every, "1", "2"), {"1": year, "2": year}, lookahead=False))
    glued = regex.compile(
        rf"""
        (?:{any_label})
        [ \t\u3000]{{0,3}} [:|丨]
        [^。,;!?“”]{{0,{META_MAX}}}?            # the fields and their values
        {_STAMP_CORE}                             # the time, digits glued after it or not
        """,
        regex.VERBOSE,
    )
    roles = {
        **{w: "editor" for w in v.editor_labels},
        **{w: "author" for w in v.author_labels},
        **{w: "source" for w in v.source_labels},
    }
    return _Labels(label, hint, glued, roles)


# What no metadata value holds: a sentence's punctuation.
_SENTENCE = regex.compile(r"[。,;!?“”]")
# Two spaces or more end a value: 作者:李汉文    来源:…
_WIDE_SPACE = regex.compile(r"[ \t\u3000]{2,}")
# A web address beside the time (//www.example.cn2014-04-30 10:38:43来源:…): chrome.
_URL_STARTS = ("//", "http", "www.")
_BRACKETS = {"【": "】", "[": "]", "(": ")"}


def read_meta(line: Line) -> Meta | None:
    """What ``line`` says as a metadata line, or ``None`` when it is none.

    >>> from zznews._pipeline.lines import split_lines
    >>> m = read_meta(split_lines("来源:红网 作者:林晓 编辑:周雨桐 2016-05-12 09:21:30")[0])
    >>> m.source[0], m.author[0], m.editor[0], m.fields
    ('红网', '林晓', '周雨桐', 3)
    >>> read_meta(split_lines("时间:每周六上午,地点:市图书馆。")[0]) is None
    True
    """
    text = line.fold
    if len(text) > META_MAX or "。" in text or _labels().hint.search(text) is None:
        return None  # (no metadata line holds a full stop: most lines are told at once)
    bracketed = len(text) > 2 and _BRACKETS.get(text[0]) == text[-1]
    inner = (1, len(text) - 1) if bracketed else (0, len(text))
    found = list(_STAMP.finditer(text, *inner))
    stamps = [m.span() for m in found]
    labels = list(_labels().label.finditer(text, *inner))
    if not labels and not any(m["clock"] or m["dashed"] for m in found):
        return None  # 2025年11月21日 星期五: a page's dateline, not a web page's stamp
    values: dict[str, tuple[int, int]] = {}
    cuts = sorted([(a, b, None) for a, b in stamps] + [(m.start(), m.end(), m) for m in labels])
    loose: list[tuple[int, int]] = []  # stretches no label names
    pos = inner[0]
    for k, (a, b, m) in enumerate(cuts):
        if a > pos:
            loose.append((pos, a))
        pos = max(pos, b)
        if m is None:
            continue
        end = cuts[k + 1][0] if k + 1 < len(cuts) else inner[1]
        value = _value(text, b, end)
        if value is None or (m["label"] in TIME_LABELS and not _stamp_at(stamps, b)):
            return None
        values.setdefault(_role_of(m["label"]), value)
        if value[1] < end:
            loose.append((value[1], end))
        pos = max(pos, end)
    if pos < inner[1]:
        loose.append((pos, inner[1]))
    if not _loose_ok(text, loose, labelled=bool(labels), stamped=bool(stamps)):
        return None
    if "source" not in values and stamps:
        medium = _loose_medium(text, loose)  # 株洲 湘江 株洲日报 2019-07-29: the tags' medium
        if medium is not None:
            values["source"] = medium
    return _meta(line, values, len(labels), bracketed)


def _loose_medium(text: str, loose: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The first word beside a timestamp that is a medium's name (the story's source,
    printed with no label: ``彭雅琴 星城日报·星城客户端 2026-01-06``), or ``None``."""
    for a, b in loose:
        for word in _LOOSE_WORD.finditer(text, a, b):
            if is_medium(word.group()):
                return word.span()
    return None


# A word of the unlabelled stretch of a metadata line (bars part words as spaces do).
_LOOSE_WORD = regex.compile(r"[^\s|丨]+")


def _value(text: str, a: int, b: int) -> tuple[int, int] | None:
    """The value that stands at ``a:b`` after a label, trimmed and ended at a wide
    space; ``None`` when it reads as a sentence, not a value."""
    wide = _WIDE_SPACE.search(text, a, b)
    end = wide.start() if wide is not None else b
    while end > a and text[end - 1].isspace():
        end -= 1
    if end - a > META_VALUE_MAX or _SENTENCE.search(text, a, end) is not None:
        return None
    return a, end


def _stamp_at(stamps: list[tuple[int, int]], i: int) -> bool:
    """Whether a timestamp starts at ``i`` (a time label's value must be a time)."""
    return any(a == i for a, _ in stamps)


def _role_of(label: str) -> str:
    """Which field a label fills: source, author, editor, or another."""
    return _labels().roles.get(label, label)


def _loose_ok(text: str, loose: list[tuple[int, int]], *, labelled: bool, stamped: bool) -> bool:
    """Whether the words no label names fit a metadata line: short words beside a
    timestamp (``彭雅琴 湖南日报·新湖南客户端 2026-01-06``), nothing but spaces and
    bars beside labels alone."""
    for a, b in loose:
        words = text[a:b].replace("|", " ").replace("丨", " ").split()
        if not words:
            continue
        if not stamped:
            return False
        if any(
            (len(w) > META_WORD_MAX and not w.startswith(_URL_STARTS)) or _SENTENCE.search(w)
            for w in words
        ):
            return False
    return labelled or stamped


def _meta(line: Line, values: dict[str, tuple[int, int]], fields: int, bracketed: bool) -> Meta:
    """The :class:`Meta` of a line from the folded spans of its values."""

    def take(role: str) -> tuple[str, Span] | None:
        if role not in values or values[role][0] == values[role][1]:
            return None
        return line.sub(*values[role])

    source = take("source")
    if source is not None and not is_medium(line.fold[slice(*values["source"])]):
        source = None  # 来源:攸县人民政府: an office, not a medium that signs
    return Meta(source, take("author"), take("editor"), fields, bracketed)


def split_glued_meta(lines: tuple[Line, ...]) -> tuple[Line, ...]:
    """The lines, each whose metadata a lost line break glued to the first paragraph
    (``…作者:黄立新 时间:2019-05-16 08:12:40长沙晚报讯(…)…``) cut in two there.

    >>> from zznews._pipeline.lines import split_lines
    >>> glued = split_lines("作者:王明 时间:2019-03-27 09:25:49本报讯 正文在此。")
    >>> [ln.raw for ln in split_glued_meta(glued)]
    ['作者:王明 时间:2019-03-27 09:25:49', '本报讯 正文在此。']
    """
    out: list[Line] | None = None
    for n, line in enumerate(lines):
        cut = _glued_end(line)
        if cut is None:
            if out is not None:
                out.append(line)
            continue
        out = out if out is not None else list(lines[:n])
        head, _ = line.sub(0, cut)
        rest, (start, _) = line.raw_sub(line.folded.orig(cut))
        out.append(Line.make(head, line.start, line.number, line.gap, fold(head), line.indent))
        out.append(Line.make(rest, start, line.number, 0, fold(rest)))
    return lines if out is None else tuple(out)


def _glued_end(line: Line) -> int | None:
    """Where the metadata glued before a paragraph on ``line`` ends, or ``None``."""
    text = line.fold
    if _labels().hint.match(text) is None or read_meta(line) is not None:
        return None  # (most lines open with no label; a metadata line is read whole)
    m = _labels().glued.match(text)
    if m is None or m.end() >= len(text) or read_meta(_line_of(text[: m.end()])) is None:
        return None
    return m.end()


def _line_of(text: str) -> Line:
    """A stand-alone line of ``text`` (to read a piece of a line as metadata)."""
    return Line.make(text, 0, 1, 0, fold(text))
