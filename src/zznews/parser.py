"""The page parser: a pipeline of pure functions from text to :class:`~zznews.Document`.

The stages live in ``zznews._pipeline`` (internal), one module each:
``lines`` (offsets and folding) → ``meta`` (metadata glued to a paragraph cut
off; what a metadata line says) → ``classify`` (what a line can be, into a
``records.Classified``) → ``credits`` (bylines, credits and signatures a column
break cut, mended by named repairs) → ``rows``
(lists and tables) → ``pages`` (page headers) → ``segment`` (articles and photo
items) → ``body`` (paragraphs,
headings, column-break joins) → ``photos`` (which article a caption speaks of)
→ ``assemble`` (the model, with quantities and dates).
"""

from __future__ import annotations

import datetime as dt
import operator
from collections.abc import Sequence

from ._check import check_text
from ._pipeline.assemble import (
    META_REASON,
    STRAY_REASONS,
    build_article,
    build_photo,
    caption_text,
    meta_owners,
    span_of,
    unplaced,
    with_meta,
)
from ._pipeline.classify import classify
from ._pipeline.credits import mend_cut_credits
from ._pipeline.lines import split_lines
from ._pipeline.meta import split_glued_meta
from ._pipeline.pages import PageLines, split_pages
from ._pipeline.photos import attach
from ._pipeline.records import Classified
from ._pipeline.rows import mark_rows
from ._pipeline.segment import PhotoItem, Segment, segment
from .model import Article, ArticleKind, Document, Field, Page, Part, Photo, Unplaced
from .vocabulary import Vocabulary, using

__all__ = ["parse"]


def parse(
    text: str, *, issue_date: dt.date | None = None, vocabulary: Vocabulary | None = None
) -> Document:
    """Parse the text of a Zhuzhou Daily page (or page pair) into a :class:`~zznews.Document`.

    ``issue_date`` resolves relative dates (``今年8月底``, ``11月18日``); without it
    the dateline on the page is used when there is one.

    >>> doc = parse("标题\\n\\n株洲日报(记者/王明)11月18日,我市举行活动。\\n", issue_date=None)
    >>> a = doc.articles[0]
    >>> a.headline, a.byline.contributors[0].name, a.paragraphs
    ('标题', '王明', ('11月18日,我市举行活动。',))

    A :class:`~datetime.datetime` for ``issue_date`` is read as its date.
    ``vocabulary`` (a :class:`~zznews.Vocabulary`) adds a paper's own words to the
    defaults: its media names, mastheads, section names, surnames, layout thresholds.

    Raises :class:`TypeError` for anything but :class:`str` (decode bytes first)
    and :class:`~zznews.ParseError` for text that cannot have been decoded right.
    """
    check_text(text, "parse")
    if isinstance(issue_date, dt.datetime):  # a datetime is a date: its day is meant
        issue_date = issue_date.date()
    if issue_date is not None and not isinstance(issue_date, dt.date):
        raise TypeError(f"issue_date must be a datetime.date, not {type(issue_date).__name__}")
    with using(vocabulary):
        return _document(text, issue_date)


def _document(text: str, issue_date: dt.date | None) -> Document:
    """The stages, one after the other, with the vocabulary in force."""
    raw_lines = split_glued_meta(split_lines(text))
    lines = mend_cut_credits(tuple(map(classify, raw_lines)), text)
    lines = mark_rows(lines)
    pages = split_pages(lines)
    if issue_date is None:
        issue_date = next((p.dateline.date for p in pages if p.dateline is not None), None)
    return Document(tuple(_page(p, text, issue_date) for p in pages), issue_date)


def _page(p: PageLines, source: str, issue_date: dt.date | None) -> Page:
    """One :class:`Page` from its lines."""
    segments, items = segment(p.body)
    by_article: list[list[PhotoItem]] = [[] for _ in segments]
    page_photos: list[Photo] = []
    parts: list[Part] = []
    for item, owner in zip(items, _photo_owners(segments, items), strict=True):
        if owner >= 0:
            by_article[owner].append(item)
        else:
            photo = build_photo(item)
            page_photos.append(photo)
            if photo.span is not None:
                parts.append(Part(Field.CAPTION, len(page_photos) - 1, photo.span))
    articles: list[Article] = []
    lost: list[Unplaced] = [unplaced(c, STRAY_REASONS[c.kind]) for c in p.extra]
    for seg, mine in zip(segments, by_article, strict=True):
        article, stray = build_article(seg, mine, source, issue_date)
        articles.append(article)
        lost.extend(stray)
    # (a page's dateline dates the story under it, as a web page's timestamp does)
    dated = (p.dateline, *p.meta) if p.dateline is not None else p.meta
    articles = _with_meta(articles, dated, issue_date)
    lost.extend(unplaced(c, META_REASON) for c in p.meta)
    lost.sort(key=_SPAN)
    parts.extend(_header_parts(p))
    parts.extend(Part(Field.UNPLACED, i, u.span) for i, u in enumerate(lost))
    header = [
        c for c in (p.section, p.editor, p.dateline, p.folio, *p.extra, *p.meta) if c is not None
    ]
    spans = [c.line.span for c in (*header, *p.body)]
    return Page(
        section=p.section.line.raw if p.section is not None else None,
        editor=_editor(p),
        date=p.dateline.date if p.dateline is not None else None,
        number=p.folio.line.raw if p.folio is not None else None,
        articles=tuple(articles),
        photos=tuple(page_photos),
        unplaced=tuple(lost),
        span=span_of(spans),
        parts=tuple(sorted(parts, key=_SPAN)),
    )


#: The span of a part or an unplaced line, read in C (the key of the page's sorts).
_SPAN = operator.attrgetter("span")


def _photo_owners(segments: Sequence[Segment], items: Sequence[PhotoItem]) -> list[int]:
    """The article each photo item goes to (-1: the page's): a lead photo is its story's;
    the others go where their captions speak, a group under one credit (图① … 图② …
    摄) together. (Photo news takes no other photo: its text is its own photo's caption.)"""
    texts = [
        None if s.kind is ArticleKind.PHOTO_NEWS else _article_words((*s.titles, *s.head), s.body)
        for s in segments
    ]
    groups: list[list[PhotoItem]] = []
    for i in items:
        if i.within:
            continue
        if groups and len(i.lines) > 1 and groups[-1][-1].lines[-1] is i.lines[-1]:
            groups[-1].append(i)
        else:
            groups.append([i])
    found = attach([("\n".join(caption_text(i) for i in g), g[0].after) for g in groups], texts)
    owner_of = {id(i): owner for g, owner in zip(groups, found, strict=True) for i in g}
    return [i.after if i.within else owner_of[id(i)] for i in items]


def _header_parts(p: PageLines) -> list[Part]:
    """Where the page header's fields stand in the source."""
    fields = (
        (Field.SECTION, p.section),
        (Field.EDITOR, p.editor),
        (Field.DATELINE, p.dateline),
        (Field.FOLIO, p.folio),
    )
    return [Part(field, 0, c.line.span) for field, c in fields if c is not None]


def _article_words(titles: tuple[Classified, ...], body: tuple[Classified, ...]) -> str:
    """All the words of an article, for matching captions to it."""
    return "\n".join([c.line.raw for c in (*titles, *body)])


def _with_meta(
    articles: list[Article], metas: tuple[Classified, ...], issue_date: dt.date | None
) -> list[Article]:
    """The articles with what the page's metadata lines say of each."""
    if not metas:
        return articles
    # Grouped by owner once: a page of many stories and many such lines stays linear.
    mine: dict[int, list[Classified]] = {}
    for c, owner in zip(metas, meta_owners(metas, articles), strict=True):
        mine.setdefault(owner, []).append(c)
    return [with_meta(a, mine[i], issue_date) if i in mine else a for i, a in enumerate(articles)]


def _editor(p: PageLines) -> str | None:
    """The page's editor: from its header, else from a metadata line (``编辑:周雨桐``)."""
    if p.editor is not None and p.editor.editor:
        return p.editor.editor[0]
    for c in p.meta:
        if c.editor is not None:
            return c.editor[0]
        if c.meta is not None and c.meta.editor is not None:
            return c.meta.editor[0]
    return None
