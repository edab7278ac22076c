"""Stage 7: build the model from the segments: fields, photos, quantities, dates, parts."""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import itertools
import operator
from collections.abc import Sequence

import attrs
import regex

from ..dates import dates_in
from ..model import (
    Article,
    ArticleKind,
    Byline,
    DateMention,
    Field,
    Part,
    Photo,
    PhotoKind,
    Quantity,
    Series,
    Span,
    Unplaced,
)
from ..quantities import quantities_in
from ..vocab.layout import CIRCLED_NUMBERS, COLUMN_TAG_MARKS, MEETING_ROLES
from .body import Block, Body, Piece, SourceMap, build_body
from .credits import author_byline, join_bylines, last_signature, signed_story_byline
from .records import Classified, Kind
from .segment import PhotoItem, Segment

__all__ = [
    "META_REASON",
    "STRAY_REASONS",
    "build_article",
    "build_photo",
    "meta_owners",
    "unplaced",
    "with_meta",
]

_DASHES = regex.compile(r"^(?:—{1,2}|-{2}|―{1,2})\s*")

# A meeting report's subtitle: who spoke, who chaired (曹慧泉讲话 周建新主持), one part or
# more apart by spaces, each a name (and title) and one of MEETING_ROLES.
_MEETING_SUBTITLE = regex.compile(
    rf"[\p{{Han}}·]{{2,12}}(?:{'|'.join(MEETING_ROLES)})"
    rf"(?:\s+[\p{{Han}}·]{{2,12}}(?:{'|'.join(MEETING_ROLES)}))*"
)

# A series number at the end of a title: ③, (3), (三), 之三.
_SERIES = regex.compile(
    rf"""
    ^(?P<name>.*?\S)\s*     # (ends on a letter: no two ways to read spaces, linear)
    (?:
      (?P<circled>[{"".join(CIRCLED_NUMBERS)}])      # …之烹饪班③
      | [(](?P<digits>[0-9]{{1,3}})[)]               # …系列报道(3)
      | 之(?P<han>[一二三四五六七八九十]{{1,3}})     # …系列报道之三
    )$
    """,
    regex.VERBOSE,
)

_HAN_DIGITS = {ch: i for i, ch in enumerate("〇一二三四五六七八九")}

#: The last character of a title with a series number (before folding: ``）`` too).
_SERIES_ENDS = frozenset("".join(CIRCLED_NUMBERS) + ")）一二三四五六七八九十")


def _han_small(text: str) -> int:
    """A Chinese numeral below 100 (一 … 九十九) as an int."""
    if "十" not in text:
        return _HAN_DIGITS[text]
    tens, _, ones = text.partition("十")
    return (_HAN_DIGITS[tens] if tens else 1) * 10 + (_HAN_DIGITS[ones] if ones else 0)


def series_of(text: str | None) -> Series | None:
    """The series a title numbers, if it ends with a series number.

    >>> series_of("探访补贴性职业技能培训之烹饪班③")
    Series(name='探访补贴性职业技能培训之烹饪班', number=3)
    >>> series_of("走进乡村振兴一线之十二")
    Series(name='走进乡村振兴一线', number=12)
    """
    if not text or text[-1] not in _SERIES_ENDS:
        return None  # most titles end with none of the marks: no need to fold them
    from .._fold import fold

    m = _SERIES.match(fold(text).text)
    if m is None:
        return None
    name = text[: m.end("name")]
    if m.group("circled"):
        number = CIRCLED_NUMBERS[m.group("circled")]
    elif m.group("digits"):
        number = int(m.group("digits"))
    else:
        number = _han_small(m.group("han"))
    return Series(name, number)


def caption_pieces(item: PhotoItem) -> tuple[Piece, ...]:
    """The pieces of the source a photo item's caption is made of (none for a credit
    alone); a label before it (``图①:``) is an empty piece, keeping its place."""
    c = item.lines[0]
    if c.kind in (Kind.QR, Kind.TEXT, Kind.TITLE) and c.caption is None:
        first = Piece(c.line.raw, c.line.span)  # a QR code's words, or a caption alone
    elif c.caption is not None:
        # (a caption line with its credit keeps its caption's span; a label's line, whose
        # credit is on the next line, runs to its end)
        whole = len(item.lines) == 1 or c.byline is not None
        a, b = c.caption if whole else (c.caption[0], c.line.end)
        text = c.line.raw[a - c.line.start : b - c.line.start]
        label = (Piece("", (c.line.start, a)),) if a > c.line.start else ()
        first = Piece(text, (a, b))
        if len(item.lines) == 1 and (closing := _closing(c, b)):
            return (*label, first, *closing)
        if label:
            return (*label, first, *_rest_of_caption(item))
    else:
        return ()
    return (first, *_rest_of_caption(item))


def _closing(c: Classified, b: int) -> tuple[Piece, ...]:
    """An empty piece over what follows a caption ending at ``b`` and its credit on
    the line (``(市总工会为环卫工人送清凉。 通讯员 摄)``: the closing bracket), so that it
    keeps its place in the source; none when nothing follows."""
    covered = max(b, c.byline.span[1] if c.byline is not None else b)
    return (Piece("", (covered, c.line.end)),) if covered < c.line.end else ()


def _rest_of_caption(item: PhotoItem) -> tuple[Piece, ...]:
    """The caption's last words on the lines after its first, if a column break cut it
    there: on the credit's line (老人们在城市书房 ⏎ 里阅读。 记者/李颖 摄), or alone before
    the credit's (…垂直起降 ⏎ 飞行器首飞。 ⏎ 记者/彭芳 摄)."""
    pieces = []
    for d in item.lines[1:]:
        if d.kind is Kind.CAPTION:
            assert d.caption is not None  # a caption line always has its caption's span
            a, b = d.caption
            if a > d.line.start:  # (a mark before the words keeps its place: ◀)
                pieces.append(Piece("", (d.line.start, a)))
            pieces.append(Piece(d.line.raw[a - d.line.start : b - d.line.start], (a, b)))
        elif d.kind is Kind.TEXT:
            pieces.append(Piece(d.line.raw, d.line.span))
    return tuple(pieces)


def build_photo(item: PhotoItem) -> Photo:
    """A :class:`Photo` from a caption, QR-code or credit line (or a caption and its credit)."""
    first, last = item.lines[0], item.lines[-1]
    caption = "".join(p.text for p in caption_pieces(item)) or None
    if first.kind is Kind.QR:
        return Photo(caption, None, PhotoKind.QR_CODE, first.line.span)
    kind = PhotoKind.QR_CODE if caption and "二维码" in caption else PhotoKind.PHOTO
    return Photo(caption, last.byline, kind, (first.line.start, last.line.end))


def caption_text(item: PhotoItem) -> str:
    """The words of a photo item that say what it shows (for matching)."""
    c = item.lines[0]
    if c.kind in (Kind.QR, Kind.TEXT, Kind.TITLE):
        return c.line.raw
    if c.caption is not None:
        return c.line.raw[c.caption[0] - c.line.start : c.caption[1] - c.line.start]
    return ""


def _split_tag(title: Classified) -> tuple[tuple[Piece, ...], Piece]:
    """A headline with a column tag before it (``新春走基层 | 标题``, ``【外埠媒体看株洲】标题``):
    the tag's pieces and the headline.

    The tag keeps its mark as printed (``新春走基层 |``, ``【外埠媒体看株洲】``): the mark
    is what makes it a tag, and the kicker of the real papers' gold keeps it too.
    """
    text = title.line.fold
    end = _tag_end(text)
    if end is None:
        return (), Piece(title.line.raw, title.line.span)
    at = title.line.folded.orig_end(end)  # just after the mark in the raw line
    tag, tspan = title.line.raw_sub(0, at)
    head, hspan = title.line.raw_sub(at)
    if not (tag and head):
        return (), Piece(title.line.raw, title.line.span)
    return (Piece(tag, tspan),), Piece(head, hspan)


def _tag_end(text: str) -> int | None:
    """Where a column tag at the start of the (folded) title ``text`` ends, or ``None``."""
    for mark in COLUMN_TAG_MARKS:
        k = text.find(mark)
        if 0 < k < len(text) - 1:
            return k + 1
    m = _BRACKET_TAG.match(text)
    return m.end() if m is not None and m.end() < len(text) else None


# A column's name in brackets before the headline: 【外埠媒体看株洲】…, [聚焦两会]….
_BRACKET_TAG = regex.compile(r"(?:【[^【】]{1,16}】|\[[^\[\]]{1,16}\])(?=\S)")


#: Why a line found inside an article's body has no field of its own.
STRAY_REASONS = {
    Kind.JUMP: "a jump to another page (下转/上接): the story goes on there",
    Kind.FOLIO: "a page number away from the page header",
    Kind.END: "the mark that ends the article",
    Kind.MASTHEAD: "the paper's name or imprint (masthead)",
    Kind.INDEX: "an index of the issue's pages (导读)",
    Kind.NOISE: "an image's file name or a note where a photo stood",
    Kind.LABEL: "a label of the text that follows (编者按)",
    Kind.MARKS: "punctuation alone on a line (a stray quote, a separator)",
}


def _unquoted(head: Piece) -> tuple[Piece, ...]:
    """A headline's pieces: a title a web page's export wrapped whole in straight quotes
    (``'株洲老街新貌'``, never a Chinese quotation: that prints “…”) is the words inside,
    the quotes kept in place as empty pieces.

    >>> [p.text for p in _unquoted(Piece("'老街新貌'", (0, 6)))]
    ['', '老街新貌', '']
    >>> [p.text for p in _unquoted(Piece("“老街新貌”", (0, 6)))]
    ['“老街新貌”']
    """
    text, (a, b) = head.text, head.span
    if len(text) < 3 or text[0] not in _STRAIGHT_QUOTES or text[-1] != text[0]:
        return (head,)
    if text[0] in text[1:-1]:
        return (head,)  # 'A' and 'B': two quotations, not one wrapping the title
    return Piece("", (a, a + 1)), Piece(text[1:-1], (a + 1, b - 1)), Piece("", (b - 1, b))


#: The quotes an export wraps a title in (a Chinese title quotes with “” or 「」).
_STRAIGHT_QUOTES = "'\"＇＂"


def _piece(c: Classified) -> Piece:
    """The whole line as a piece."""
    return Piece(c.line.raw, c.line.span)


def unplaced(c: Classified, reason: str) -> Unplaced:
    """``c`` kept verbatim, with why it has no place."""
    return Unplaced(c.line.raw, c.line.span, reason)


@attrs.define
class _Text:
    """One text of the article in reading order, with the way back to the source."""

    field: Field
    index: int
    block: Block


def _text(field: Field, *pieces: Piece, index: int = 0) -> _Text:
    """A text of one or more pieces."""
    return _Text(field, index, Block(field, pieces))


@attrs.define
class _Head:
    """What the lines above the body say: titles, subtitle, standalone byline lines."""

    texts: tuple[_Text, ...]
    byline_lines: tuple[Classified, ...]
    lost: tuple[Unplaced, ...]

    def firsts(self) -> dict[Field, str]:
        """The text of the first text of each field (in one pass)."""
        return {t.field: t.block.text for t in reversed(self.texts)}


def _head(seg: Segment) -> _Head:
    """Kicker, headline and subtitle from the title lines; the byline lines under them."""
    texts: list[_Text] = []
    titles = seg.titles
    # 全市经济工作会议召开 ⏎ 曹慧泉讲话 周建新主持: a meeting's headline and its subtitle
    deck = len(titles) == 2 and (
        _MEETING_SUBTITLE.fullmatch(titles[1].line.fold) is not None
        # 标题 ⏎ ␣␣副题: a web page indents its second deck as it does its paragraphs
        or titles[0].line.indent < titles[1].line.indent
    )
    if len(titles) == 1:
        tag, head = _split_tag(titles[0])  # 新春走基层 | 标题: the tag is the kicker
    elif deck:
        tag, head = (), _piece(titles[0])
    elif titles:
        tag, head = (_piece(titles[0]),), _piece(titles[1])
    if titles:
        if tag:
            texts.append(_text(Field.KICKER, *tag))
        texts.append(_text(Field.HEADLINE, *_unquoted(head)))
    has_subtitle = len(titles) == 3 or deck
    if has_subtitle:  # a subtitle printed without its dash
        texts.append(_text(Field.SUBTITLE, _piece(titles[-1])))
    byline_lines: list[Classified] = []
    lost: list[Unplaced] = []
    for c in seg.head:
        if c.kind is Kind.SUBTITLE and not has_subtitle and not byline_lines:
            m = _DASHES.match(c.line.fold)
            text, span = c.line.raw_sub(c.line.folded.orig(m.end()) if m else 0)
            # The dash is part of the subtitle's place in the source, not of its text.
            texts.append(
                _text(Field.SUBTITLE, Piece("", (c.line.start, span[0])), Piece(text, span))
            )
            has_subtitle = True
        elif c.kind is Kind.BYLINE and len(byline_lines) < 2:
            byline_lines.append(c)  # two lines: a byline split over two lines
        else:
            lost.append(unplaced(c, f"a {c.kind.value} line under the headline, after another"))
    return _Head(tuple(texts), tuple(byline_lines), tuple(lost))


def _body_texts(blocks: Sequence[Block]) -> tuple[list[_Text], list[int]]:
    """Texts of the body blocks, numbered per field; where each heading stands."""
    texts: list[_Text] = []
    positions: list[int] = []
    counts = {Field.HEADING: 0, Field.PARAGRAPH: 0}
    for block in blocks:
        if block.field is Field.HEADING:
            positions.append(counts[Field.PARAGRAPH])
        texts.append(_Text(block.field, counts[block.field], block))
        counts[block.field] += 1
    return texts, positions


def build_article(
    seg: Segment,
    photos: Sequence[PhotoItem],
    source: str,
    issue_date: dt.date | None,
) -> tuple[Article, tuple[Unplaced, ...]]:
    """The :class:`Article` of a segment with the photos attached to it."""
    head = _head(seg)
    body = build_body(seg.body)
    byline, lost = _story_byline(seg, head, body, source)
    blocks = list(body.blocks)
    article_photos: list[Photo] = []
    if seg.kind is ArticleKind.PHOTO_NEWS:
        photo = _photo_news_photo(seg, blocks, source)
        byline = byline or photo.credit
        article_photos.append(photo)
    body_texts, positions = _body_texts(blocks)
    texts = [*head.texts, *body_texts]
    for item in photos:
        photo = build_photo(item)
        article_photos.append(photo)
        if photo.caption is not None:
            pieces = caption_pieces(item)
            texts.append(_text(Field.CAPTION, *pieces, index=len(article_photos) - 1))
    first = head.firsts()
    kicker, headline = first.get(Field.KICKER), first.get(Field.HEADLINE)
    subtitle = first.get(Field.SUBTITLE)
    quantities, dates = _numbers(texts, byline, issue_date, source)
    parts = _parts(texts, byline, article_photos)
    article = Article(
        headline=headline,
        kind=seg.kind,
        kicker=kicker,
        subtitle=subtitle,
        series=series_of(subtitle) or series_of(kicker) or series_of(headline),
        byline=byline,
        paragraphs=tuple([t.block.text for t in body_texts if t.field is Field.PARAGRAPH]),
        headings=tuple([t.block.text for t in body_texts if t.field is Field.HEADING]),
        heading_positions=tuple(positions),
        photos=tuple(article_photos),
        quantities=quantities,
        dates=dates,
        span=span_of([p.span for p in parts if p.field not in (Field.CAPTION, Field.CREDIT)]),
        parts=parts,
    )
    return article, tuple(lost)


def _story_byline(
    seg: Segment, head: _Head, body: Body, source: str
) -> tuple[Byline | None, list[Unplaced]]:
    """The story's one byline (under its headline, glued to its first paragraph, its
    signature, or a byline line after its last paragraph), and the lines left over."""
    lost = list(head.lost)
    byline = signed_story_byline(
        join_bylines(head.byline_lines, source) or body.byline, last_signature(seg.body)
    )
    # …通道。 ⏎ 潇湘晨报记者唐一舟: a byline line after the last paragraph signs a story
    # that has none (else it is kept as unplaced).
    closing = None
    if byline is None:
        closing = next((c for c in reversed(body.unplaced) if c.kind is Kind.BYLINE), None)
        byline = closing.byline if closing is not None else None
    lost.extend(
        unplaced(c, STRAY_REASONS.get(c.kind, f"a {c.kind.value} line inside an article's body"))
        for c in body.unplaced
        if c is not closing
    )
    if head.byline_lines and body.byline is not None and body.byline != byline:
        # (A byline cut inside its brackets is both: the line under the headline and the lead.)
        glued = body.byline  # the model has one byline: the one under the headline wins
        lost.append(
            Unplaced(glued.text, glued.span, "a second byline, glued to the first paragraph")
        )
    return byline, lost


def _photo_news_photo(seg: Segment, blocks: list[Block], source: str) -> Photo:
    """Photo news' photo with its credit; the text's last words on the credit's line go
    on ``blocks`` (a paragraph, or the end of the last one a column break cut)."""
    credit = join_bylines(seg.credit, source)
    # (the credit's line with the text's last words: the last, or the first of a
    # credit a column break cut: …“常客”。 株洲日 ⏎ 报全媒体记者/蒋芳 摄)
    last = next((c for c in seg.credit if c.caption is not None), seg.credit[-1])
    if last.caption is not None:
        # The text's last words and the credit on one line: the words are a paragraph,
        # or the end of the last one when a column break cut it (…共有房 ⏎ 源1260套。).
        a, b = last.caption
        # (a label before the words, 图1, keeps its place: an empty piece over it)
        label = (Piece("", (last.line.start, a)),) if a > last.line.start else ()
        pieces = (*label, Piece(source[a:b], (a, b)), *_closing(last, b))
        if blocks and blocks[-1].field is Field.PARAGRAPH and not seg.body[-1].complete:
            blocks[-1] = Block(Field.PARAGRAPH, (*blocks[-1].pieces, *pieces))
        else:
            blocks.append(Block(Field.PARAGRAPH, pieces))
    return Photo(None, credit, PhotoKind.PHOTO, (seg.credit[0].line.start, last.line.end))


def _parts(
    texts: Sequence[_Text], byline: Byline | None, photos: Sequence[Photo]
) -> tuple[Part, ...]:
    """Where each piece of the article came from, in source order."""
    # (as plain tuples: deduplicated and sorted in C, the Parts made once at the end)
    found: list[tuple[Span, Field, int]] = [
        (p.span, t.field, t.index)
        for t in texts
        if t.field is not Field.CAPTION
        for p in t.block.pieces
    ]
    if byline is not None:
        found.append((byline.span, Field.BYLINE, 0))
    captions: dict[int, list[_Text]] = {}
    for t in texts:
        if t.field is Field.CAPTION:
            captions.setdefault(t.index, []).append(t)
    for i, ph in enumerate(photos):
        if ph.span is None:
            continue
        if ph.credit is not None and ph.credit is not byline:
            found.append((ph.credit.span, Field.CREDIT, i))
        if ph.caption is not None:
            found.extend(
                (p.span, Field.CAPTION, i) for t in captions.get(i, ()) for p in t.block.pieces
            )
    # A Field is a str: it sorts by its value, in C (ties on span and field by index).
    unique = sorted(set(found))
    return tuple([Part(field, index, span) for span, field, index in unique])


def _numbers(
    texts: Sequence[_Text], byline: Byline | None, issue_date: dt.date | None, source: str
) -> tuple[tuple[Quantity, ...], tuple[DateMention, ...]]:
    """The article's quantities and dates in reading order, spans in the source.

    The texts are scanned as one, joined by line breaks (which no date or quantity
    crosses, and which end a clause and a quotation): one scan, not one a paragraph.
    """
    blocks = [t.block for t in texts]
    body = 0  # where the texts that may hold quantities begin (after a dateline)
    at = byline.text.find(byline.dateline) if byline is not None and byline.dateline else -1
    if byline is not None and byline.dateline and at >= 0:  # (-1: cut by a line break)
        start = byline.span[0] + at
        dl = Block(Field.BYLINE, (Piece(byline.dateline, (start, start + len(byline.dateline))),))
        blocks.insert(0, dl)
        body = len(dl.text) + 1
    joined = "\n".join([b.text for b in blocks])
    place = SourceMap(blocks)
    dates, spans = dates_in(joined, issue_date, place)
    quantities = quantities_in(joined, dates=spans, place=place, start=body)
    gaps = _visible_gaps(blocks, source)
    if gaps:  # (rare: a paragraph that goes on past a photo's caption printed inside it)
        quantities = [q for q in quantities if not _crosses(q.span, gaps)]
        dates = [d for d in dates if not _crosses(d.span, gaps)]
    return tuple(quantities), tuple(dates)


def _visible_gaps(blocks: Sequence[Block], source: str) -> list[Span]:
    """Where the source holds printed text between two pieces of one block (a caption
    between the halves of a cut paragraph): no number or date reads across it."""
    gaps: list[Span] = []
    for block in blocks:
        if len(block.pieces) < 2:
            continue  # (most blocks: one piece, no gap)
        for p, q in itertools.pairwise(block.pieces):
            if source[p.span[1] : q.span[0]].strip():
                gaps.append((p.span[1], q.span[0]))
    return sorted(gaps)


def _crosses(span: Span | None, gaps: Sequence[Span]) -> bool:
    """Whether ``span`` holds one of ``gaps`` (a number read across a caption)."""
    if span is None:
        return False
    i = bisect.bisect_left(gaps, (span[0], -1))
    return i < len(gaps) and gaps[i][1] <= span[1]


def span_of(spans: Sequence[Span]) -> Span | None:
    """The span from the first start to the last end, or ``None``."""
    # (the least span starts first; the ends are read in C)
    return (min(spans)[0], max(map(operator.itemgetter(1), spans))) if spans else None


#: Why a metadata line has no field of its own (its author, editor and time are used).
META_REASON = "metadata (source, author, editor or time of publication)"


def meta_owners(metas: Sequence[Classified], articles: Sequence[Article]) -> list[int]:
    """The article each metadata line speaks of: the last one that starts before it
    (a line above the first story is the first story's); -1 when there is none."""
    starts = [a.span[0] if a.span is not None else -1 for a in articles]
    return [
        max(0, bisect.bisect_right(starts, c.line.start) - 1) if articles else -1 for c in metas
    ]


def with_meta(article: Article, metas: Sequence[Classified], issue_date: dt.date | None) -> Article:
    """``article`` with what its metadata lines say: the author as its byline when it
    has none (the source as the byline's agency when it names none), their times
    among its dates."""
    said = [c.meta for c in metas if c.meta is not None]
    author = next((m.author for m in said if m.author is not None), None)
    source = next((m.source for m in said if m.source is not None), None)
    byline = article.byline
    if byline is None:
        if author is not None:
            byline = author_byline(author, source)
        elif source is not None:
            byline = Byline(source[0], source[1], source[0])  # 来源:株洲网: the agency alone
    else:
        if byline.agency is None and source is not None:
            byline = attrs.evolve(byline, agency=source[0])
        if not byline.contributors and author is not None:
            # 三湘都市报6月2日讯 … 作者:孙丽华: the dateline names no one, the metadata does
            people = author_byline(author, source).contributors
            byline = attrs.evolve(byline, contributors=people)
    dates = list(article.dates)
    for c in metas:
        found, _ = dates_in(c.line.raw, issue_date, functools.partial(_shifted, c.line.start))
        dates.extend(found)
    if byline is article.byline and len(dates) == len(article.dates):
        return article
    dates.sort(key=lambda d: d.span)
    return attrs.evolve(article, byline=byline, dates=tuple(dates))


def _shifted(start: int, a: int, b: int) -> Span:
    """A span of a line's text as a span in the source."""
    return (start + a, start + b)
