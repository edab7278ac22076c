"""Stage 2b (after classify): every byline and credit fact, read once.

What a byline or credit line says (:mod:`zznews.byline` reads the grammar), whether
it is a story's byline or a photo's credit (:func:`credit_kind`, decided here only),
the signature a brief ends with, the lines a column break cut from a byline, a credit
or a signature (mended by the rows of :data:`CREDIT_REPAIRS`), and the one byline of
several lines (:func:`join_bylines`) or of a byline and a signature.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from itertools import pairwise

import attrs
import regex

from .._fold import fold
from .._patterns import alternation
from ..byline import (
    agency_named,
    bare_name,
    grammar,
    names_writer,
    parse_byline,
    parse_credit_line,
    read_caption,
    read_cut_glued,
    read_glued,
    read_line,
)
from ..model import Byline, Contributor, Span
from ..vocab.byline import SOURCE_NOTES
from ..vocab.layout import QR_WORDS
from ..vocabulary import Vocabulary, per_vocabulary
from .lines import Line
from .records import Classified, Kind

__all__ = [
    "CREDIT_REPAIRS",
    "Repair",
    "agency_start",
    "author_byline",
    "caption_credit",
    "credit_kind",
    "glued_byline",
    "join_bylines",
    "last_signature",
    "mend_cut_credits",
    "read_credit",
    "signature_of",
    "signed_story_byline",
    "special_word",
]


def credit_kind(credit: Byline, text: str) -> Kind:
    """Whether a line reading as ``credit`` (its folded text ``text``) is a story's
    byline or a photo's credit: ``文/图 记者 王明`` credits the photos too, but names
    the writer, so it is a byline."""
    return Kind.CREDIT if credit.is_photo_credit and not names_writer(text) else Kind.BYLINE


def read_credit(line: Line) -> Classified | None:
    """The line as a whole-line byline or credit, or ``None``."""
    credit = read_line(line.folded, line.start)
    return None if credit is None else Classified(line, credit_kind(credit, line.fold), credit)


def caption_credit(line: Line) -> tuple[Span, Byline] | None:
    """The caption's span in the line (folded offsets) and the photo credit after it
    (``…清除行动。 记者/杨如 摄``), or ``None``."""
    return read_caption(line.folded, line.start)


def glued_byline(line: Line) -> Byline | None:
    """The dateline byline glued to the line's first sentence (``株洲日报(记者/王明)11月
    19日…``, ``本报讯 近日…``), or ``None``."""
    return read_glued(line.folded, line.start)


def agency_start(v: Vocabulary) -> re.Pattern[str]:
    """The pattern of an agency opening a line, in vocabulary ``v``."""
    return grammar.of(v).agency_start


def signature_of(line: Line) -> tuple[bool, Byline | None]:
    """Whether a paragraph line is signed at its end (``…安全课。(刘欢)``, ``…(据湖南
    日报)``), and the byline it is signed with, if it names one."""
    if line.fold[-1:] != ")":
        return False, None
    m = _SIGNATURE.search(line.fold)
    if m is None:
        return False, None
    byline = _signature(line, m)
    return byline is not None or m["inner"].startswith(SOURCE_NOTES), byline


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


# A brief's signature after its last sentence: 。(刘欢), 。(株洲日报全媒体记者 李逸峰).
_SIGNATURE = re.compile(r"[。!?”] {0,3}\((?P<inner>[^()]{2,40})\)$")
# Names alone (two to four Han characters each), apart by a space or 、: (刘欢), (谭晓燕 陈婷).
_BARE_NAMES = re.compile(r"[\u4e00-\u9fff]{2,4}(?:[ 、][\u4e00-\u9fff]{2,4}){0,3}")
_NAME_SEPARATORS = re.compile(r"[ \u3000、]+")


@per_vocabulary
def special_word(v: Vocabulary) -> re.Pattern[str]:
    """What a line needs for any kind but title and text: a byline's or a credit's word
    or a QR code's anywhere (one search, which the engine skips along in C), or at its
    start an agency, an editor, a subtitle's dash or a caption's opening words. A long
    line with none of them is told a title or text at once: most lines are."""
    return re.compile(alternation(grammar.of(v).byline_words | set(QR_WORDS), lookahead=False))


def join_bylines(lines: Sequence[Classified], source: str) -> Byline | None:
    """One byline from one or two lines (a credit split over two lines is one credit)."""
    found = [c.byline for c in lines if c.byline is not None]
    if found and all(b is found[0] for b in found):
        return found[0]  # one byline a column break cut over two lines, mended
    if not found:
        return None
    if len(found) == 1:
        return found[0]
    first, last = found[0], found[-1]
    span = (first.span[0], last.span[1])
    people = list(first.contributors)
    for b in found[1:]:
        role = people[-1].role if people and not any(p.role for p in b.contributors) else None
        # 通讯员/谭科 ⏎ 龙浩 摄: names with no role go on the list of the role before them
        people.extend(attrs.evolve(p, role=role) if role else p for p in b.contributors)
    return Byline(
        text=source[span[0] : span[1]],
        span=span,
        agency=first.agency or last.agency,
        contributors=tuple(people),
        is_photo_credit=any(b.is_photo_credit for b in found),
        dateline=first.dateline,
    )


def last_signature(lines: Sequence[Classified]) -> Byline | None:
    """The byline a news brief is signed with at its end (``…。(刘欢)``), or a story at
    the end of its text before a table or a notice, if any: the signature stays in the
    paragraph's text too."""
    for c in reversed(lines):
        if c.kind is Kind.TEXT and not c.row:
            return c.signature  # the last paragraph that is no row of a table
    return None


def signed_story_byline(byline: Byline | None, signature: Byline | None) -> Byline | None:
    """A story's byline given its signature: the signature when it has none, and the
    people the signature names when its dateline names no one (``株洲晚报5月8日讯 …
    来体验?(记者 王欣悦)``)."""
    if byline is None:
        return signature
    if not byline.contributors and signature is not None:
        return attrs.evolve(byline, contributors=signature.contributors)
    return byline


def author_byline(author: tuple[str, Span], source: tuple[str, Span] | None) -> Byline:
    """The byline a metadata line's author value gives (``作者:向明德 贺立群``)."""
    text, span = author
    read = parse_byline(text)
    if read is not None and read.contributors:
        agency = read.agency or (source[0] if source else None)
        return attrs.evolve(read, text=text, span=span, agency=agency)
    names = tuple(Contributor(None, n) for n in _NAME_SPLIT.split(text) if n)
    return Byline(text, span, source[0] if source else None, names)


# Names apart by spaces, 、 or commas (作者:龙欣 王亚楠 李文静).
_NAME_SPLIT = regex.compile(r"[\s、,，]+")


def mend_cut_credits(lines: tuple[Classified, ...], source: str) -> tuple[Classified, ...]:
    """Lines with each byline, credit or signature that a column break cut made whole.

    Each pair of lines is offered to the rows of :data:`CREDIT_REPAIRS` in order; the
    first that mends it wins. A mended credit is carried by both lines, the second
    marked :attr:`~Classified.continues_credit`. The repairs read the lines as
    classified, so that one repair's output never feeds another's test.
    """
    mended: list[Classified] | None = None
    for i, (c, d) in enumerate(pairwise(lines)):
        # (most pairs: no repair's kinds, no call)
        for repair in _REPAIRS_OF_KINDS[c.kind][d.kind]:
            found = repair.mend(lines, i, source)
            if found is not None:
                mended = mended or list(lines)
                for k, c in found.items():
                    mended[k] = c
                break
    return lines if mended is None else tuple(mended)


#: A repair of :data:`CREDIT_REPAIRS`: the lines it mends at pair ``i``, ``i + 1``, or ``None``.
Mender = Callable[[tuple[Classified, ...], int, str], "dict[int, Classified] | None"]


@attrs.frozen
class Repair:
    """A named repair of lines a column break cut, with the form it mends."""

    name: str
    example: str
    mend: Mender
    #: The kinds of the pair's first and second line the repair may mend.
    first: frozenset[Kind] = frozenset(Kind)
    second: frozenset[Kind] = frozenset(Kind)


def _mend_cut_note(
    lines: tuple[Classified, ...], i: int, source: str
) -> dict[int, Classified] | None:
    """A brief's signature cut onto the next line: the note of its last line."""
    c, d = lines[i], lines[i + 1]
    second = d.line.folded.text
    if second[-1:] != ")" or len(second) > _CUT_NOTE_MAX or d.line.after_photo:
        return None
    note = _cut_note(c, d, source)
    if note is None:
        return None
    return {i + 1: Classified(d.line, Kind.TEXT, note=note, signature=note, signed=True)}


def _mend_bare_name(
    lines: tuple[Classified, ...], i: int, source: str
) -> dict[int, Classified] | None:
    """A bare name between a title and the text: it signs the story."""
    c, d = lines[i], lines[i + 1]
    if not (
        i > 0
        and d.kind is Kind.TEXT
        and c.kind is Kind.TITLE
        and lines[i - 1].kind is Kind.TITLE
        and special_word().search(lines[i - 1].line.fold) is None  # (通讯员/ ⏎ 黎明: cut)
        and len(c.line.folded.text) <= _BARE_NAME_MAX
    ):
        return None
    name = bare_name(c.line.folded.text)
    if name is None:
        return None
    signed = Byline(c.line.raw, c.line.span, None, (Contributor(None, name),))
    return {i: Classified(c.line, Kind.BYLINE, signed)}


def _mend_qr_headline(
    lines: tuple[Classified, ...], i: int, source: str
) -> dict[int, Classified] | None:
    """A line about a QR code right above a byline: a headline, not a QR code's caption."""
    c, d = lines[i], lines[i + 1]
    if c.kind is Kind.QR and d.kind in _HEAD_OPENERS and not d.line.after_photo:
        return {i: Classified(c.line, Kind.TITLE)}
    return None


def _mend_cut_standalone(
    lines: tuple[Classified, ...], i: int, source: str
) -> dict[int, Classified] | None:
    """A standalone byline or credit cut after (or inside) its agency."""
    c, d = lines[i], lines[i + 1]
    if d.kind not in (Kind.BYLINE, Kind.CREDIT) or c.kind not in (Kind.TITLE, Kind.MASTHEAD):
        return None
    whole = _cut_standalone(c, d, source)
    return None if whole is None else _both(i, whole, d)


def _mend_cut_credit(
    lines: tuple[Classified, ...], i: int, source: str
) -> dict[int, Classified] | None:
    """A byline, credit or caption's credit cut inside a name, after a role, or anywhere."""
    c, d = lines[i], lines[i + 1]
    second = d.line.folded.text
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
        and not d.line.after_photo
        and len(second) <= _CUT_REST_MAX
        and special_word().search(second) is not None
    ):
        whole = _cut_anywhere(c, d, source)  # 株洲 ⏎ 日报通讯员/肖亮 摄, …现场。 记 ⏎ 者/刘琴 摄
    return None if whole is None else _both(i, whole, d)


def _mend_cut_glued(
    lines: tuple[Classified, ...], i: int, source: str
) -> dict[int, Classified] | None:
    """A byline glued to the first paragraph, cut inside its brackets or its agency:
    a byline line and a lead whose byline is the same, spanning both lines."""
    c, d = lines[i], lines[i + 1]
    first, second = c.line.folded.text, d.line.folded.text
    if (
        ("(" not in first and "(" not in second[:_CUT_AGENCY_MAX])  # most lines: no bracket
        or d.kind not in (Kind.TEXT, Kind.TITLE)  # (TITLE: the lead cut again further on)
        or c.kind not in _CUT_BYLINE_STARTS
        or (found := read_cut_glued(first, second)) is None
    ):
        return None
    lead, end = found
    span = (c.line.start, d.line.sub(0, end)[1][1])
    byline = attrs.evolve(lead, text=source[span[0] : span[1]], span=span)
    return {
        i: Classified(c.line, Kind.BYLINE, byline),
        i + 1: Classified(d.line, Kind.LEAD, byline, continues_credit=True),
    }


def _mend_two_line_credit(
    lines: tuple[Classified, ...], i: int, source: str
) -> dict[int, Classified] | None:
    """A credit printed over two whole lines (``株洲日报全媒体记者 王明`` ⏎ ``通讯员 李华
    摄``): one credit, which both lines carry."""
    c, d = lines[i], lines[i + 1]
    if d.line.after_photo or c.byline is None or d.byline is None:
        return None
    joined = join_bylines((c, d), source)
    assert joined is not None  # (both lines carry a byline)
    return {
        i: Classified(c.line, Kind.CREDIT, joined),
        i + 1: Classified(d.line, Kind.CREDIT, joined, continues_credit=True),
    }


def _both(i: int, whole: Classified, d: Classified) -> dict[int, Classified]:
    """Line ``i`` mended as ``whole``, and the next, ``d``, carrying its byline or credit on."""
    rest = Kind.CREDIT if whole.kind is Kind.CAPTION else whole.kind
    return {i: whole, i + 1: Classified(d.line, rest, whole.byline, continues_credit=True)}


def _cut_standalone(c: Classified, d: Classified, source: str) -> Classified | None:
    """The title line ``c`` as the first half of the byline line ``d`` goes on
    (``株洲日报全媒体`` ⏎ ``记者/旷昆昆``), or ``None`` when it is no agency's start."""
    first = c.line.folded.text
    if len(first) > _CUT_AGENCY_MAX or grammar().agency_start.match(first) is None:
        return None
    joined = first + d.line.folded.text
    whole = read_line(fold(joined))
    if whole is None or whole.agency is None:
        return None
    span = (c.line.start, d.line.end)
    return Classified(
        c.line,
        credit_kind(whole, joined),
        attrs.evolve(whole, text=source[span[0] : span[1]], span=span),
    )


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


#: The longest line that can be a bare name under a title (``张 慎``: padding counts).
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
        return Classified(c.line, credit_kind(whole, joined.text), byline)
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
    if special_word().search(first) is None:
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
    return Classified(c.line, credit_kind(byline, first + d.line.folded.text), byline)


#: What the first half of a cut glued byline is classified as, alone: a title or
#: text (``株洲日报(记者/王明 通讯员/``), a lead, a byline (``株洲日报讯``) or the
#: paper's name (``株洲日报``, with the bracket on the next line).
_CUT_BYLINE_STARTS = frozenset({Kind.TITLE, Kind.TEXT, Kind.LEAD, Kind.BYLINE, Kind.MASTHEAD})

#: The repairs of lines a column break cut, in priority order (the first that mends
#: a pair of lines wins).
CREDIT_REPAIRS: tuple[Repair, ...] = (
    Repair(
        "a brief's signature cut",
        "…举行。(易 ⏎ 浩), …举行。 ⏎ (石磊)",
        _mend_cut_note,
        first=frozenset({Kind.TEXT, Kind.TITLE}),
    ),
    Repair(
        "a bare name under a title",
        "那些年,那些事 ⏎ 汪立言 ⏎ 如今…",
        _mend_bare_name,
        first=frozenset({Kind.TITLE}),
        second=frozenset({Kind.TEXT}),
    ),
    Repair(
        "a headline over a byline",
        "可扫码举报 ⏎ 株洲日报讯(…)",
        _mend_qr_headline,
        first=frozenset({Kind.QR}),
        second=_HEAD_OPENERS,
    ),
    Repair(
        "a byline cut after its agency",
        "株洲日报全媒体 ⏎ 记者/旷昆昆",
        _mend_cut_standalone,
        first=frozenset({Kind.TITLE, Kind.MASTHEAD}),
        second=frozenset({Kind.BYLINE, Kind.CREDIT}),
    ),
    Repair(
        "a credit cut in a name or anywhere",
        "通讯员/丁 ⏎ 超 摄, 株洲 ⏎ 日报通讯员/…",
        _mend_cut_credit,
        first=frozenset({Kind.TITLE, Kind.TEXT, Kind.BYLINE, Kind.MASTHEAD}),
    ),
    Repair(
        "a credit on two whole lines",
        "株洲日报全媒体记者 王明 ⏎ 通讯员 李华 摄",
        _mend_two_line_credit,
        first=frozenset({Kind.BYLINE}),
        second=frozenset({Kind.CREDIT}),
    ),
    Repair(
        "a glued byline cut in its brackets",
        "株洲日报讯(记者/罗雅琴 通讯员/ ⏎ 刘晶)…",
        _mend_cut_glued,
        first=_CUT_BYLINE_STARTS,
        second=frozenset({Kind.TEXT, Kind.TITLE}),
    ),
)


def _repairs_of_kinds() -> dict[Kind, dict[Kind, tuple[Repair, ...]]]:
    """The rows of :data:`CREDIT_REPAIRS` that may mend a pair of lines, by the
    kinds of its first and its second line, in order."""
    return {
        a: {b: tuple(r for r in CREDIT_REPAIRS if a in r.first and b in r.second) for b in Kind}
        for a in Kind
    }


#: The rows of :data:`CREDIT_REPAIRS` for a pair of kinds: ``[first][second]``.
_REPAIRS_OF_KINDS = _repairs_of_kinds()
