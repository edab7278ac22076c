"""Stage 5: an article's body lines as paragraphs and headings, column breaks repaired.

A paragraph that stops mid-sentence goes on in the next line: they are joined
with no space. A short unfinished line after a finished paragraph, with text
after it, is an in-body heading.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import attrs

from ..model import Byline, Field, Span
from ..vocab.layout import HEADING_MARKS
from ..vocab.text import CLOSING_QUOTES
from ..vocabulary import layout
from .records import Classified, Kind, continues, ends_sentence

__all__ = ["Block", "Body", "Piece", "SourceMap", "build_body"]

_TEXTUAL = frozenset({Kind.TEXT, Kind.TITLE, Kind.LEAD})


@attrs.define
class Piece:
    """A slice of the source: its text and its span."""

    text: str
    span: Span


def _joined(block: Block) -> str:
    """The text of a block's pieces (most blocks are one piece: no join then)."""
    pieces = block.pieces
    return pieces[0].text if len(pieces) == 1 else "".join([p.text for p in pieces])


@attrs.define
class Block:
    """A paragraph or a heading: one or more pieces of the source joined with no space."""

    field: Field
    pieces: tuple[Piece, ...]
    #: The block's text, the pieces joined (computed once: every later stage reads it).
    text: str = attrs.field(init=False, default=attrs.Factory(_joined, takes_self=True))


class SourceMap:
    """The way back from the texts of blocks joined by line breaks to the source.

    One table of every piece (where it starts in the joined text, in the source, and
    its length): a span is one bisection away, however many pieces a block holds.

    >>> blocks = [Block(Field.PARAGRAPH, (Piece("共3", (10, 12)), Piece("家。", (20, 22))))]
    >>> SourceMap(blocks)(1, 3)  # 3家, cut by a column break
    (11, 21)
    """

    __slots__ = ("_ends", "_lengths", "_sources", "_starts")

    def __init__(self, blocks: Sequence[Block]) -> None:
        starts: list[int] = []  # where each piece starts in the joined text
        sources: list[int] = []  # and in the source
        lengths: list[int] = []
        ends: list[int] = []  # the source end of the piece's block (past any piece)
        at = 0
        for block in blocks:
            pieces = block.pieces
            ends.extend([pieces[-1].span[1]] * len(pieces))
            for piece in pieces:
                starts.append(at)
                sources.append(piece.span[0])
                size = len(piece.text)
                lengths.append(size)
                at += size
            at += 1  # the line break joining the blocks
        self._starts, self._sources, self._lengths, self._ends = starts, sources, lengths, ends

    def __call__(self, start: int, end: int) -> Span:
        """The source span of joined offsets ``start:end``."""
        k = bisect.bisect_right(self._starts, start) - 1
        at, size = self._starts[k], self._lengths[k]  # (the piece's, read once)
        offset = start - at
        if end - at <= size and offset < size:
            source = self._sources[k]
            return source + offset, source + end - at  # one piece
        a = self._at(start)
        return (a, self._at(end - 1) + 1) if end > start else (a, a)

    def _at(self, i: int) -> int:
        """The source offset of joined offset ``i`` (an empty piece holds none)."""
        k = bisect.bisect_right(self._starts, i) - 1
        offset = i - self._starts[k]
        return self._sources[k] + offset if offset < self._lengths[k] else self._ends[k]


@attrs.define
class Body:
    """What an article's body lines hold."""

    #: The byline glued to the first paragraph, if any.
    byline: Byline | None
    blocks: tuple[Block, ...]
    #: Lines that have no place in a body (a second byline, a stray subtitle).
    unplaced: tuple[Classified, ...]


def _piece(c: Classified, *, cut_byline: bool) -> Piece:
    """The line as a piece; a glued byline cut off its front when asked."""
    line = c.line
    if cut_byline and c.byline is not None:
        text, span = line.raw_sub(c.byline.span[1] - line.start)
        return Piece(text, span)
    return Piece(line.raw, line.span)


def build_body(lines: tuple[Classified, ...]) -> Body:
    """Paragraphs and headings from body lines, in order.

    When fewer lines of an article than ``Layout.headings_min`` look like headings,
    they are taken for paragraphs' first words cut by column breaks (one is enough
    now: a cut is told by how the line reads, see :attr:`Classified.heading_like`).
    """
    body = _build(lines, headings=True)
    if 0 < len([b for b in body.blocks if b.field is Field.HEADING]) < layout().headings_min:
        body = _build(lines, headings=False)  # marked headings (一、, 链接) stay
    return body


def _build(lines: tuple[Classified, ...], *, headings: bool) -> Body:
    """Paragraphs and headings from body lines (unmarked headings only when allowed)."""
    byline: Byline | None = None
    blocks: list[tuple[Field, list[Piece]]] = []  # made Blocks once whole
    unplaced: list[Classified] = []
    open_ = False  # the last paragraph stops mid-sentence
    last_fold = ""  # the fold of the line before, for a line that is only a closing quote
    for idx, c in enumerate(lines):
        if c.kind not in _TEXTUAL:
            unplaced.append(c)
            open_ = False  # a jump line or a page number ends the paragraph here
            continue
        lead = c.kind is Kind.LEAD and byline is None and not blocks
        if lead:
            byline = c.byline
        piece = _piece(c, cut_byline=lead)
        after_heading = bool(blocks) and blocks[-1][0] is Field.HEADING
        fold = c.line.fold
        if (
            (open_ or fold[:1] in CLOSING_QUOTES or c.note is not None)  # (石磊) under it
            and blocks
            and not after_heading
            and not c.row
        ):
            # A column break cut the paragraph; a line never opens with a closing quote
            # (and one that is only a closing quote ends what the line before said).
            blocks[-1][1].append(piece)
            open_ = not (c.complete or ends_sentence(last_fold + fold))
            last_fold = fold
            continue
        elif (
            c.kind is Kind.TITLE  # (only a title line is heading-like: asked first, cheaply)
            and (headings or c.marked or c.quoted)  # (too few headings are cuts, but these)
            and c.heading_like
            and (not after_heading or c.marked)  # 小事不出小区 ⏎ 社区…网格员 ⏎ 逐户走访…: cut
            and not _continued(lines, idx)  # 2018年,团队终 ⏎ 于研制出…: cut mid-sentence
            and _text_follows(lines, idx)
            and (blocks or c.marked)
        ):
            # (A heading opens a body only when marked: 一、…; else it is the first words.)
            blocks.append((Field.HEADING, _unmarked(c, piece)))
            open_ = False
            continue
        else:
            blocks.append((Field.PARAGRAPH, [piece]))
        open_ = not c.complete
        last_fold = fold
    return Body(
        byline, tuple([Block(field, tuple(pieces)) for field, pieces in blocks]), tuple(unplaced)
    )


def _unmarked(c: Classified, piece: Piece) -> list[Piece]:
    """A heading's pieces without the mark that opens it (``■专家“下沉”``): the mark
    keeps its place in the source, as a subtitle's dash does, but is no part of the text."""
    text = piece.text
    if text[:1] not in HEADING_MARKS or len(text) < 2:
        return [piece]
    rest = text[1:].lstrip()
    cut = piece.span[0] + len(text) - len(rest)
    return [Piece("", (piece.span[0], cut)), Piece(rest, (cut, piece.span[1]))]


def _continued(lines: tuple[Classified, ...], idx: int) -> bool:
    """Whether the line after ``idx`` goes on its sentence (see :func:`continues`)."""
    return idx + 1 < len(lines) and continues(lines[idx].line.fold, lines[idx + 1].line.fold)


def _text_follows(lines: tuple[Classified, ...], idx: int) -> bool:
    """Whether a paragraph comes after ``idx`` (a heading heads something): a text
    line, or the first words of one cut by a column break, then the rest of it."""
    nxt = idx + 1
    if nxt >= len(lines):
        return False
    if lines[nxt].kind in (Kind.TEXT, Kind.LEAD):
        return True
    # A cut paragraph's first words (cut once or twice more: 面积共计1 ⏎ 500亩,…4 ⏎ 2台套。),
    # or a marked heading a level down (一、… ⏎ (一)…), then text.
    for k in range(nxt, min(nxt + _PIECES_MAX, len(lines))):
        c = lines[k]
        if c.kind in (Kind.TEXT, Kind.LEAD):
            return k > nxt
        if c.kind is not Kind.TITLE or not (c.marked or not c.complete):
            return False
        if k > nxt and c.marked:
            return False  # two headings in a row: the first heads nothing here
    return False


#: The most pieces of one paragraph a column break (or two) leaves as title-like lines.
_PIECES_MAX = 3
