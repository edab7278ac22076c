"""The immutable model that :func:`zznews.parse` builds.

Every class is a frozen, slotted attrs class; every collection is a tuple; every
number is exact (:class:`int` or :class:`~decimal.Decimal`); every ``span`` is a
``(start, end)`` pair of offsets into the string the caller passed to
:func:`zznews.parse`, so ``text[start:end]`` is the source of the element.

Text fields (headlines, paragraphs, names …) keep the characters of the source:
the parser folds full-width punctuation and traditional characters only to
decide, never in what it returns. ``Byline.agency`` is the medium's name as
printed (``株洲日報`` stays traditional, ``本报`` stays ``本报``); the vocabulary field
``Contributor.role`` holds the canonical simplified form from
:mod:`zznews.vocab.byline`, so that roles can be grouped across sources.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from enum import Enum
from fractions import Fraction

import attrs

__all__ = [
    "Approx",
    "Article",
    "ArticleKind",
    "Byline",
    "Contributor",
    "DateMention",
    "Document",
    "Field",
    "Number",
    "Page",
    "Part",
    "Photo",
    "PhotoKind",
    "Quantity",
    "Series",
    "Span",
    "Unplaced",
]

#: A ``(start, end)`` pair of offsets into the original text, end exclusive.
Span = tuple[int, int]

#: An exact number: an :class:`int` when whole, a :class:`~decimal.Decimal` otherwise.
Number = int | Decimal


class _ValueEnum(str, Enum):
    """An enum that prints as its value: ``str(ArticleKind.STORY) == "story"``."""

    def __str__(self) -> str:
        return str(self.value)


class ArticleKind(_ValueEnum):
    """What sort of item an :class:`Article` is."""

    #: An ordinary story: headline, byline, body.
    STORY = "story"
    #: Photo news (图片新闻): a headline, a photo, its text and a photo credit.
    PHOTO_NEWS = "photo_news"


class PhotoKind(_ValueEnum):
    """What a :class:`Photo` shows."""

    #: A news photo.
    PHOTO = "photo"
    #: A QR code printed for the reader to scan (``扫描二维码…``).
    QR_CODE = "qr_code"


class Approx(_ValueEnum):
    """How a :class:`Quantity` hedges its number (``None`` on the quantity when exact)."""

    #: 余, 多, 超, 超过, 逾: ``120多家``, ``超过6万人次``.
    MORE_THAN = "more_than"
    #: 以上, 至少, 不少于: ``10个以上``.
    AT_LEAST = "at_least"
    #: 近, 将近, 接近: ``近2万人``.
    NEARLY = "nearly"
    #: 约, 大约, 左右, 上下: ``约300人``.
    ABOUT = "about"
    #: 不到, 不足, 未满: ``不足10人``.
    LESS_THAN = "less_than"
    #: 以下, 以内, 至多, 最多: ``5人以内``.
    AT_MOST = "at_most"
    #: A count with no number stated: ``几十年``, ``数百人``, ``多年``.
    VAGUE = "vague"


class Field(_ValueEnum):
    """The field of the model that a piece of the source went to (see :class:`Part`)."""

    #: A page header's section name (``就业·创业``).
    SECTION = "section"
    #: A page header's editor line (``责任编辑:王建设``).
    EDITOR = "editor"
    #: A page's dateline (``2025年11月21日 星期五``).
    DATELINE = "dateline"
    #: An article's kicker or column tag.
    KICKER = "kicker"
    #: An article's headline.
    HEADLINE = "headline"
    #: An article's subtitle, with its dash.
    SUBTITLE = "subtitle"
    #: An article's byline, standalone or glued to the first paragraph.
    BYLINE = "byline"
    #: A body paragraph (two parts when joined across a column break).
    PARAGRAPH = "paragraph"
    #: An in-body heading.
    HEADING = "heading"
    #: A photo's caption.
    CAPTION = "caption"
    #: A photo's credit.
    CREDIT = "credit"
    #: A page's number (``A03``, ``03``, ``第3版``).
    FOLIO = "folio"
    #: A line kept verbatim in :attr:`Page.unplaced`.
    UNPLACED = "unplaced"


@attrs.frozen
class Part:
    """Where one piece of the source text went: ``field`` number ``index`` of its owner.

    A paragraph joined across a column break has two parts with the same index.
    The parts of a :class:`Document` cover every non-blank line of the input,
    which is how the parser proves it lost nothing.
    """

    #: The field the piece went to.
    field: Field
    #: Which of its owner's fields of that kind (paragraph 3, photo 0 …).
    index: int
    #: Where the piece stands in the source.
    span: Span


@attrs.frozen
class Contributor:
    """One person in a byline: ``记者/王明`` is ``Contributor(role="记者", name="王明")``."""

    #: The role as in :data:`zznews.vocab.byline.ROLES` (canonical form), or ``None``.
    role: str | None
    #: The name as printed.
    name: str


@attrs.frozen
class Byline:
    """A byline or a photo credit.

    >>> from zznews import parse_byline
    >>> b = parse_byline("株洲日报(全媒体记者/杨如通讯员/宋荣华)11月19日下午…")
    >>> b.agency, [(c.role, c.name) for c in b.contributors], b.span
    ('株洲日报', [('全媒体记者', '杨如'), ('通讯员', '宋荣华')], (0, 21))
    """

    #: The byline as printed.
    text: str
    #: Where it stands in the source.
    span: Span
    #: The news organisation as printed (株洲日报, 本报, 红网时刻, 株洲日報 …), or ``None``.
    agency: str | None
    #: The people credited, in print order.
    contributors: tuple[Contributor, ...] = ()
    #: True for a photo credit (``摄``, ``摄影报道``, ``供图``, ``图/…``, ``(图/文)``).
    is_photo_credit: bool = False
    #: The place and date of a dateline (``株洲日报5月22日讯`` → ``"5月22日"``), as printed.
    dateline: str | None = None


@attrs.frozen
class Series:
    """A numbered series that an article belongs to (``…之烹饪班③``)."""

    #: The series' name, without its number.
    name: str
    #: The article's number in the series (``③`` → 3).
    number: int


@attrs.frozen
class Quantity:
    """A count or measure in the text, with its exact value.

    ``value`` is set for a single number; ``low`` and ``high`` for a range
    (``5到10家``) or for a vague count whose words imply bounds (``十几个``).
    """

    #: The expression as printed, hedge words included (``超过6万人次``).
    text: str
    #: The exact value with magnitude words applied (``6万`` → 60000), or ``None``;
    #: negative only for a temperature below zero (``零下5℃`` → -5). A fraction
    #: (``三分之二``) is a :class:`~fractions.Fraction`, written ``"2/3"`` in JSON.
    value: Number | Fraction | None
    #: The lower bound of a range, or ``None``.
    low: Number | None
    #: The upper bound of a range, or ``None``.
    high: Number | None
    #: The measure word without the magnitude (``人次``, ``元``, ``个月``, ``%``), or ``None``.
    unit: str | None
    #: The hedge, or ``None`` when the number is exact.
    approx: Approx | None
    #: Where the expression stands in the source.
    span: Span
    #: The period of a rate (``每周5名`` → ``"周"``), or ``None``.
    per: str | None = None


@attrs.frozen
class DateMention:
    """A date or period named in the text, resolved to inclusive calendar dates."""

    #: The expression as printed (``今年8月底``, ``18日至20日``).
    text: str
    #: Where it stands in the source.
    span: Span
    #: The first day it covers, or ``None`` when it cannot be resolved.
    start: dt.date | None
    #: The last day it covers (inclusive), or ``None``.
    end: dt.date | None
    #: The year as stated in the text (not inferred), or ``None``.
    year: int | None = None
    #: The month as stated, or ``None``.
    month: int | None = None
    #: The day as stated, or ``None``.
    day: int | None = None
    #: The clock time it names (``下午3时`` → 15:00, ``2016-05-12 09:21:30``), or ``None``;
    #: written ``"15:00:00"`` in JSON.
    time_start: dt.time | None = None
    #: The last clock time of a range (``11:30—13:00`` → 13:00), the same as
    #: :attr:`time_start` for one time, or ``None``.
    time_end: dt.time | None = None


@attrs.frozen
class Photo:
    """A photo (or QR code) with its caption and credit."""

    #: The caption as printed, without the credit, or ``None``.
    caption: str | None
    #: The photo credit, or ``None``.
    credit: Byline | None
    #: A photo, or a QR code.
    kind: PhotoKind = PhotoKind.PHOTO
    #: The caption and credit together in the source, or ``None`` when only implied.
    span: Span | None = None


@attrs.frozen
class Article:
    """One story or photo-news item."""

    #: The headline, or ``None`` when the text has none (a bare caption, a fragment).
    headline: str | None
    #: A story, or photo news (图片新闻).
    kind: ArticleKind = ArticleKind.STORY
    #: The kicker (引题) printed above the headline, or a column tag (``新春走基层``).
    kicker: str | None = None
    #: The subtitle (副题), without its leading ``——``.
    subtitle: str | None = None
    #: The numbered series it belongs to (``…之烹饪班③``), or ``None``.
    series: Series | None = None
    #: The byline (for photo news, its credit), or ``None``.
    byline: Byline | None = None
    #: Body paragraphs, column breaks repaired, bylines removed.
    paragraphs: tuple[str, ...] = ()
    #: In-body headings (小标题), in order.
    headings: tuple[str, ...] = ()
    #: For each heading, the index in ``paragraphs`` of the first paragraph under it.
    heading_positions: tuple[int, ...] = ()
    #: The photos and QR codes whose captions speak of this article.
    photos: tuple[Photo, ...] = ()
    #: Every quantity in the article, in reading order.
    quantities: tuple[Quantity, ...] = ()
    #: Every date in the article, in reading order.
    dates: tuple[DateMention, ...] = ()
    #: From the first character of the article to the last, in the source.
    span: Span | None = None
    #: Where each piece of the article came from.
    parts: tuple[Part, ...] = ()


@attrs.frozen
class Unplaced:
    """A line the parser could not place, kept verbatim with the reason."""

    #: The line as in the source, trimmed.
    text: str
    #: Where it stands in the source.
    span: Span
    #: Why it has no place.
    reason: str


@attrs.frozen
class Page:
    """One printed page: its header and its articles in reading order."""

    #: The section name from the page header (``就业·创业``), or ``None``.
    section: str | None = None
    #: The responsible editor (``责任编辑:王建设`` → ``"王建设"``), or ``None``.
    editor: str | None = None
    #: The issue date from a dateline on the page (``2025年11月21日 星期五``), or ``None``.
    date: dt.date | None = None
    #: The page number as printed (``A03``, ``03``, ``第3版``), or ``None``.
    number: str | None = None
    #: The stories and photo-news items, in reading order.
    articles: tuple[Article, ...] = ()
    #: Captions that no article on the page speaks of.
    photos: tuple[Photo, ...] = ()
    #: Lines the parser could not place, kept verbatim.
    unplaced: tuple[Unplaced, ...] = ()
    #: From the first character of the page to the last, or ``None`` when empty.
    span: Span | None = None
    #: Where the page's own pieces (header, page photos, unplaced lines) came from.
    parts: tuple[Part, ...] = ()


@attrs.frozen(repr=False)
class Document:
    """A parsed page text: its pages, and through them its articles.

    Its ``repr`` is a short summary (a page is tens of kilobytes of model);
    :func:`zznews.to_json` shows it all.

    >>> Document()
    Document(pages=0, articles=0, issue_date=None)
    """

    #: The printed pages in order; text before the first page header is a page of its own.
    pages: tuple[Page, ...] = ()
    #: The date the relative dates were resolved against, or ``None``.
    issue_date: dt.date | None = None

    @property
    def articles(self) -> tuple[Article, ...]:
        """All articles of all pages, in reading order."""
        return tuple(a for p in self.pages for a in p.articles)

    @property
    def unplaced(self) -> tuple[Unplaced, ...]:
        """All lines that no page could place."""
        return tuple(u for p in self.pages for u in p.unplaced)

    def __repr__(self) -> str:
        return (
            f"Document(pages={len(self.pages)}, articles={len(self.articles)}, "
            f"issue_date={self.issue_date!r})"
        )

    def iter_parts(self) -> Iterator[Part]:
        """Every :class:`Part` of every page and article, in source order."""
        parts = [pt for p in self.pages for pt in p.parts]
        parts += [pt for a in self.articles for pt in a.parts]
        return iter(sorted(parts, key=lambda pt: pt.span))
