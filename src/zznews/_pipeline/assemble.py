"""Stage 7: build the model from the segments: fields, photos, quantities, dates, parts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import attrs
import regex

from ..dates import extract_article_dates
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
from ..quantities import extract_quantities
from ..vocab.layout import CIRCLED_NUMBERS, COLUMN_TAG_MARKS
from .body import Block, Piece, build_body
from .classify import Classified, Kind
from .segment import PhotoItem, Segment

__all__ = ["build_article", "build_photo", "unplaced"]

_DASHES = regex.compile(r"^(?:—{1,2}|-{2}|―{1,2})\s*")

# A series number at the end of a title: ③, (3), (三), 之三.
_SERIES = regex.compile(
    rf"""
    ^(?P<name>.+?)\s*
    (?:
      (?P<circled>[{"".join(CIRCLED_NUMBERS)}])      # …之烹饪班③
      | [(](?P<digits>[0-9]{{1,3}})[)]               # …系列报道(3)
      | 之(?P<han>[一二三四五六七八九十]{{1,3}})     # …系列报道之三
    )$
    """,
    regex.VERBOSE,
)

_HAN_DIGITS = {ch: i for i, ch in enumerate("〇一二三四五六七八九")}


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
    if not text:
        return None
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


def _byline_of(lines: Sequence[Classified], source: str) -> Byline | None:
    """One byline from one or two lines (a credit split over two lines is one credit)."""
    found = [c.byline for c in lines if c.byline is not None]
    if not found:
        return None
    if len(found) == 1:
        return found[0]
    first, last = found[0], found[-1]
    span = (first.span[0], last.span[1])
    return Byline(
        text=source[span[0] : span[1]],
        span=span,
        agency=first.agency or last.agency,
        contributors=tuple(p for b in found for p in b.contributors),
        is_photo_credit=any(b.is_photo_credit for b in found),
        dateline=first.dateline,
    )


def build_photo(item: PhotoItem) -> Photo:
    """A :class:`Photo` from a caption, QR-code or credit line."""
    c = item.lines[0]
    if c.kind is Kind.QR:
        return Photo(c.line.raw, None, PhotoKind.QR_CODE, c.line.span)
    caption = None
    if c.caption is not None:
        a, b = c.caption
        caption = c.line.raw[a - c.line.start : b - c.line.start]
    kind = PhotoKind.QR_CODE if caption and "二维码" in caption else PhotoKind.PHOTO
    return Photo(caption, c.byline, kind, c.line.span)


def caption_text(item: PhotoItem) -> str:
    """The words of a photo item that say what it shows (for matching)."""
    c = item.lines[0]
    if c.kind is Kind.QR:
        return c.line.raw
    if c.caption is not None:
        return c.line.raw[c.caption[0] - c.line.start : c.caption[1] - c.line.start]
    return ""


def _split_tag(title: Classified) -> tuple[tuple[Piece, ...], Piece]:
    """A headline with a column tag before it (``新春走基层 | 标题``): tag pieces and headline.

    The tag's pieces end with the separator (an empty text over the ``|``), so that
    the separator too has a place in the source.
    """
    text = title.line.fold
    for mark in COLUMN_TAG_MARKS:
        k = text.find(mark)
        if 0 < k < len(text) - 1:
            tag, tspan = title.line.raw_sub(0, k)
            head, hspan = title.line.raw_sub(k + 1)
            if tag and head:
                return (Piece(tag, tspan), Piece("", (tspan[1], hspan[0]))), Piece(head, hspan)
    return (), Piece(title.line.raw, title.line.span)


def _piece(c: Classified) -> Piece:
    """The whole line as a piece."""
    return Piece(c.line.raw, c.line.span)


def unplaced(c: Classified, reason: str) -> Unplaced:
    """``c`` kept verbatim, with why it has no place."""
    return Unplaced(c.line.raw, c.line.span, reason)


@attrs.frozen
class _Text:
    """One text of the article in reading order, with the way back to the source."""

    field: Field
    index: int
    block: Block


def build_article(
    seg: Segment,
    photos: Sequence[PhotoItem],
    source: str,
    issue_date: dt.date | None,
) -> tuple[Article, tuple[Unplaced, ...]]:
    """The :class:`Article` of a segment with the photos attached to it."""
    lost: list[Unplaced] = []
    texts: list[_Text] = []
    kicker = headline = subtitle = None
    titles = seg.titles
    if len(titles) == 1:
        tag, head = _split_tag(titles[0])  # 新春走基层 | 标题: the tag is the kicker
    elif titles:
        tag, head = (_piece(titles[0]),), _piece(titles[1])
    if titles:
        if tag:
            kicker = tag[0].text
            texts.append(_Text(Field.KICKER, 0, Block(Field.KICKER, tag)))
        headline = head.text
        texts.append(_Text(Field.HEADLINE, 0, Block(Field.HEADLINE, (head,))))
    if len(titles) == 3:  # kicker, headline and a subtitle printed without its dash
        sub = _piece(titles[2])
        subtitle = sub.text
        texts.append(_Text(Field.SUBTITLE, 0, Block(Field.SUBTITLE, (sub,))))
    byline_lines: list[Classified] = []
    for c in seg.head:
        if c.kind is Kind.SUBTITLE and subtitle is None and not byline_lines:
            m = _DASHES.match(c.line.fold)
            text, span = c.line.raw_sub(c.line.folded.orig(m.end()) if m else 0)
            subtitle = text
            # The dash is part of the subtitle's place in the source, not of its text.
            dash = Piece("", (c.line.start, span[0]))
            texts.append(_Text(Field.SUBTITLE, 0, Block(Field.SUBTITLE, (dash, Piece(text, span)))))
        elif c.kind is Kind.BYLINE and len(byline_lines) < 2:
            byline_lines.append(c)  # two lines: a byline split over two lines
        else:
            lost.append(unplaced(c, f"a {c.kind.value} line under the headline, after another"))
    body = build_body(seg.body)
    lost.extend(unplaced(c, f"a {c.kind.value} line inside an article's body") for c in body.unplaced)
    byline = _byline_of(byline_lines, source) or body.byline
    if byline_lines and body.byline is not None:
        b = body.byline  # the model has one byline: the one under the headline wins
        lost.append(Unplaced(b.text, b.span, "a second byline, glued to the first paragraph"))
    article_photos: list[Photo] = []
    if seg.kind is ArticleKind.PHOTO_NEWS:
        credit = _byline_of(seg.credit, source)
        last = seg.credit[-1]
        if last.kind is Kind.CAPTION and last.caption is not None:
            # The text's last words and the credit on one line: the words are a paragraph.
            a, b = last.caption
            body = attrs.evolve(body, blocks=(*body.blocks, Block(Field.PARAGRAPH, (Piece(source[a:b], (a, b)),))))
        if byline is None:
            byline = credit
        span = (seg.credit[0].line.start, last.line.end)
        article_photos.append(Photo(None, credit, PhotoKind.PHOTO, span))
    headings = [b for b in body.blocks if b.field is Field.HEADING]
    paragraphs = [b for b in body.blocks if b.field is Field.PARAGRAPH]
    positions: list[int] = []
    counts = {Field.HEADING: 0, Field.PARAGRAPH: 0}
    for b in body.blocks:
        if b.field is Field.HEADING:
            positions.append(counts[Field.PARAGRAPH])
        texts.append(_Text(b.field, counts[b.field], b))
        counts[b.field] += 1
    for item in photos:
        photo = build_photo(item)
        article_photos.append(photo)
        cap = item.lines[0]
        if photo.caption is not None:
            span = cap.caption if cap.caption is not None else cap.line.span
            texts.append(_Text(Field.CAPTION, len(article_photos) - 1, Block(Field.CAPTION, (Piece(photo.caption, span),))))
    series = series_of(subtitle) or series_of(kicker) or series_of(headline)
    quantities, dates = _numbers(texts, byline, issue_date)
    parts = _parts(texts, byline, article_photos, seg)
    own = [p.span for p in parts if p.field not in (Field.CAPTION, Field.CREDIT)]
    article = Article(
        headline=headline,
        kind=seg.kind,
        kicker=kicker,
        subtitle=subtitle,
        series=series,
        byline=byline,
        paragraphs=tuple(b.text for b in paragraphs),
        headings=tuple(b.text for b in headings),
        heading_positions=tuple(positions),
        photos=tuple(article_photos),
        quantities=quantities,
        dates=dates,
        span=span_of(own),
        parts=parts,
    )
    return article, tuple(lost)


def _parts(
    texts: Sequence[_Text], byline: Byline | None, photos: Sequence[Photo], seg: Segment
) -> tuple[Part, ...]:
    """Where each piece of the article came from, in source order."""
    parts = [
        Part(t.field, t.index, p.span)
        for t in texts
        if t.field is not Field.CAPTION
        for p in t.block.pieces
    ]
    if byline is not None:
        parts.append(Part(Field.BYLINE, 0, byline.span))
    for i, ph in enumerate(photos):
        if ph.span is None:
            continue
        if ph.credit is not None and ph.credit is not byline:
            parts.append(Part(Field.CREDIT, i, ph.credit.span))
        if ph.caption is not None:
            cap_texts = [t for t in texts if t.field is Field.CAPTION and t.index == i]
            parts.extend(Part(Field.CAPTION, i, p.span) for t in cap_texts for p in t.block.pieces)
    return tuple(sorted(set(parts), key=lambda p: (p.span, p.field.value)))


def _numbers(
    texts: Sequence[_Text], byline: Byline | None, issue_date: dt.date | None
) -> tuple[tuple[Quantity, ...], tuple[DateMention, ...]]:
    """The article's quantities and dates in reading order, spans in the source."""
    blocks = [t.block for t in texts]
    if byline is not None and byline.dateline:
        start = byline.span[0] + byline.text.find(byline.dateline)
        dl = Block(Field.BYLINE, (Piece(byline.dateline, (start, start + len(byline.dateline))),))
        blocks.insert(0, dl)
    found_dates = extract_article_dates([b.text for b in blocks], issue_date=issue_date)
    quantities: list[Quantity] = []
    dates: list[DateMention] = []
    for block, mentions in zip(blocks, found_dates):
        local_dates = [d.span for d in mentions]
        dates.extend(attrs.evolve(d, span=block.local_to_source(*d.span)) for d in mentions)
        if block.field is Field.BYLINE:
            continue
        for q in extract_quantities(block.text):
            if any(a < q.span[1] and q.span[0] < b for a, b in local_dates):
                continue  # a year or a date is never also a quantity
            quantities.append(attrs.evolve(q, span=block.local_to_source(*q.span)))
    return tuple(quantities), tuple(dates)


def span_of(spans: Sequence[Span]) -> Span | None:
    """The span from the first start to the last end, or ``None``."""
    return (min(s[0] for s in spans), max(s[1] for s in spans)) if spans else None
