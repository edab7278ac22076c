"""Stage 1: the text as lines, each with its offsets and a folded copy to decide on."""

from __future__ import annotations

import re

import attrs

from .._fold import Folded, fold, fold_whole
from ..errors import ParseError
from ..model import Span
from ..vocab.layout import JUMP_WORDS
from ..vocab.text import CLOSERS, SENTENCE_END
from ..vocabulary import layout

__all__ = ["Line", "ends_sentence", "split_lines"]


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

# A short note in brackets at the end of a paragraph: (完), (记者 王明), (下转第2版).
_TRAILING_NOTE = re.compile(
    rf"\((?:(?P<jump>(?:{'|'.join(JUMP_WORDS)})[^()]{{0,8}}版)|[^()]{{1,20}})\)$"
)


_ends = ends_sentence  # (the name a Line field shadows in its class body)


@attrs.define
class Line:
    """One non-blank line, trimmed, with where it stands and how many blank lines precede it."""

    #: The line as in the source, surrounding white space trimmed.
    raw: str
    #: Offset of ``raw[0]`` in the source.
    start: int
    #: 1-based line number in the source.
    number: int
    #: Blank lines between this line and the previous non-blank one (or the start).
    gap: int
    #: The folded copy the parser decides on.
    folded: Folded
    #: White space before the line in the source (a web page indents its paragraphs,
    #: not its headline).
    indent: int
    #: A photo stood right above the line: as many blank lines as
    #: ``Layout.photo_gap``, or a photo's place (an image's
    #: file name) that the pages stage found. (Worked out once: every stage asks.)
    after_photo: bool
    #: The folded text (``folded.text``), the text every stage decides on.
    fold: str = attrs.field(repr=False)
    #: The line ends a sentence (see :func:`ends_sentence`): worked out once, every stage asks.
    ends_sentence: bool
    #: The line's span in the source; its end is ``span[1]``.
    span: Span = attrs.field(repr=False)

    @classmethod
    def make(
        cls, raw: str, start: int, number: int, gap: int, folded: Folded, indent: int = 0
    ) -> Line:
        """The line of ``raw``, with what every stage asks of it worked out once."""
        text = folded.text
        after_photo = gap >= layout().photo_gap
        span = (start, start + len(raw))
        return cls(raw, start, number, gap, folded, indent, after_photo, text, _ends(text), span)

    @property
    def end(self) -> int:
        """Offset just after the line in the source."""
        return self.span[1]

    def sub(self, i: int, j: int | None = None) -> tuple[str, Span]:
        """The source text and span of folded offsets ``i:j`` of this line."""
        a = self.folded.orig(i)
        b = self.folded.orig_end(len(self.fold) if j is None else j)
        return self.raw[a:b], (self.start + a, self.start + b)

    def raw_sub(self, a: int, b: int | None = None) -> tuple[str, Span]:
        """The source text and span of raw offsets ``a:b`` of this line, trimmed."""
        b = len(self.raw) if b is None else b
        piece = self.raw[a:b]
        lead = len(piece) - len(piece.lstrip())
        piece = piece.strip()
        return piece, (self.start + a + lead, self.start + a + lead + len(piece))


#: What :meth:`str.splitlines` breaks lines at.
_BREAKS = "\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"


def _check(line: str, number: int) -> None:
    """Refuse text that cannot have come from decoding bytes properly."""
    for ch in line:
        if "\ud800" <= ch <= "\udfff":
            raise ParseError(
                f"lone surrogate {ch!r}: the bytes were decoded with errors='surrogateescape'; "
                "decode them with the right encoding (or errors='replace') first",
                line=number,
            )


def split_lines(text: str) -> tuple[Line, ...]:
    """The non-blank lines of ``text`` (any of ``\\n``, ``\\r\\n``, ``\\r``), trimmed.

    >>> lines = split_lines("\\ufeff标题\\r\\n\\r\\n\\r\\n\\r\\n正文。")
    >>> [(ln.raw, ln.start, ln.gap) for ln in lines]
    [('标题', 1, 0), ('正文。', 11, 3)]
    """
    whole = fold_whole(text)  # (None for a text holding a lone surrogate: checked below)
    if whole is not None:
        return _split_folded(text, whole)
    if _has_surrogates(text):
        _check_lines(text)
    lines: list[Line] = []
    pos = 0
    gap = 0
    for number, chunk in enumerate(text.splitlines(keepends=True), start=1):
        body = chunk.rstrip(_BREAKS)
        # Half the lines of a page are blank: tell them without folding them.
        folded = fold(body) if not body.isspace() and body else None
        stripped = folded.text.strip() if folded is not None else ""
        if folded is None or not stripped:
            gap += 1
            pos += len(chunk)
            continue
        lead = len(folded.text) - len(folded.text.lstrip())
        a = folded.orig(lead)
        b = folded.orig_end(lead + len(stripped))
        raw = body[a:b]
        same = a == 0 and b == len(body)  # no white space around: the fold is the line's
        lines.append(Line.make(raw, pos + a, number, gap, folded if same else fold(raw), a))
        gap = 0
        pos += len(chunk)
    return tuple(lines)


def _split_folded(text: str, whole: str) -> tuple[Line, ...]:
    """:func:`split_lines` when ``whole``, the fold of ``text``, is one for one with
    it: each line's fold is a slice of it, not a fold of its own."""
    lines: list[Line] = []
    pos = 0
    gap = 0
    for number, chunk in enumerate(text.splitlines(keepends=True), start=1):
        end = pos + len(chunk.rstrip(_BREAKS))
        folded = whole[pos:end]
        stripped = folded.strip()
        if not stripped:
            gap += 1
            pos += len(chunk)
            continue
        start = pos + len(folded) - len(folded.lstrip())
        raw = text[start : start + len(stripped)]
        lines.append(Line.make(raw, start, number, gap, Folded(stripped, raw), start - pos))
        gap = 0
        pos += len(chunk)
    return tuple(lines)


def _check_lines(text: str) -> None:
    """Raise for the first line holding a lone surrogate."""
    for number, chunk in enumerate(text.splitlines(), start=1):
        _check(chunk, number)


def _has_surrogates(text: str) -> bool:
    """Whether ``text`` holds a lone surrogate (cheap: one encode attempt)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False
