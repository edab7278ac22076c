"""A page to look at: the source text as one self-contained HTML file, the parse marked on it.

Each article is framed; its kicker, headline, subtitle, byline, headings, captions
and credits are marked, every quantity and date too, with its value in the
``title`` (shown on hover); the page header and the lines that went to
:attr:`zznews.Page.unplaced` are marked, and listed apart at the end. The file
needs no network and no script: one ``<style>``, the text, and the marks.

>>> import zznews
>>> from zznews.html import to_html
>>> text = "标题\\n\\n株洲日报(记者/王明)今年共培训1.5万人次。<b>"
>>> page = to_html(zznews.parse(text), text)
>>> page.startswith("<!DOCTYPE html>"), 'title="15000 人次"' in page, "&lt;b&gt;" in page
(True, True, True)
"""

from __future__ import annotations

import html
import itertools
from collections.abc import Iterable, Iterator

import attrs

from .model import Article, DateMention, Document, Field, Page, Quantity

__all__ = ["FIELD_LABELS", "date_title", "quantity_title", "to_html"]

#: What the legend calls each field that is marked.
FIELD_LABELS: dict[Field, str] = {
    Field.SECTION: "section",
    Field.EDITOR: "editor",
    Field.DATELINE: "dateline",
    Field.FOLIO: "page number",
    Field.KICKER: "kicker",
    Field.HEADLINE: "headline",
    Field.SUBTITLE: "subtitle",
    Field.BYLINE: "byline",
    Field.HEADING: "heading",
    Field.CAPTION: "caption",
    Field.CREDIT: "credit",
    Field.UNPLACED: "unplaced",
}

_STYLE = """
body { font: 16px/1.7 "Noto Sans CJK SC", "WenQuanYi Micro Hei", "Microsoft YaHei",
       "PingFang SC", sans-serif; margin: 1.5em auto; max-width: 60em; padding: 0 1em;
       color: #1d1d1f; background: #fff; }
h1 { font-size: 1.3em; margin: 0 0 .3em; }
.meta { color: #555; margin: 0 0 1em; }
.legend span { margin-right: .6em; padding: 0 .3em; white-space: nowrap; }
.source { white-space: pre-wrap; word-break: break-all; border-top: 1px solid #ccc;
          padding-top: 1em; }
.article { display: block; border: 2px solid #4a7bd0; border-radius: 6px;
           padding: .4em .7em; margin: .3em 0; background: #f7faff; }
.article.cont { border-top-style: dashed; }
.article:not(.cont)::before { content: attr(data-label); display: block; font-size: .8em;
           color: #4a7bd0; font-weight: bold; }
.f-headline { font-weight: bold; font-size: 1.25em; color: #0b2a66; }
.f-kicker { font-style: italic; color: #5b3a8c; }
.f-subtitle { color: #5b3a8c; }
.f-byline { background: #ffe9b3; }
.f-heading { font-weight: bold; color: #226622; }
.f-caption { background: #e3f4e3; }
.f-credit { background: #d0ecd0; font-style: italic; }
.f-section, .f-editor, .f-dateline, .f-folio { background: #e6e6e6; font-weight: bold; }
.f-unplaced { background: #fde2e2; text-decoration: line-through #c33; }
.quantity { border-bottom: 2px solid #d05a00; background: #fff0e0; }
.date { border-bottom: 2px solid #007a7a; background: #dff5f5; }
.unplaced-list li { margin: .2em 0; }
.reason { color: #a33; font-size: .9em; }
"""


@attrs.frozen
class _Mark:
    """One element to open at ``start`` and close at ``end`` (offsets into the source)."""

    start: int
    end: int
    level: int  # 0 an article, 1 a field, 2 a quantity or a date: outer first
    tag: str
    attrs: tuple[tuple[str, str], ...]
    label: str = ""

    def open(self, first: bool) -> str:
        """The opening tag; a piece after the first (a mark cut by another) has ``cont``."""
        pairs = dict(self.attrs)
        if not first:
            pairs["class"] = pairs.get("class", "") + " cont"
        if first and self.label:
            pairs["data-label"] = self.label
        inner = "".join(f' {k}="{html.escape(v, quote=True)}"' for k, v in pairs.items())
        return f"<{self.tag}{inner}>"


def _number(n: object) -> str:
    """An exact number as text (any numeric type: :func:`str`)."""
    return str(n)


def quantity_title(q: Quantity) -> str:
    """A quantity's value as the ``title`` shows it.

    >>> from zznews import extract_quantities
    >>> [quantity_title(q) for q in extract_quantities("超过6万人次,5到10家,每周5名")]
    ['60000 人次 (more_than)', '5–10 家', '5 名 per 周']
    """
    if q.value is not None:
        value = _number(q.value)
    elif q.low is not None or q.high is not None:
        low = _number(q.low) if q.low is not None else ""
        high = _number(q.high) if q.high is not None else ""
        value = f"{low}–{high}"
    else:
        value = "?"
    out = f"{value} {q.unit}" if q.unit else value
    if q.per:
        out += f" per {q.per}"
    if q.approx is not None:
        out += f" ({q.approx.value})"
    return out


def date_title(d: DateMention) -> str:
    """A date mention's resolved days as the ``title`` shows them.

    >>> import datetime as dt
    >>> from zznews import extract_dates
    >>> found = extract_dates("今年8月底,去年12月", issue_date=dt.date(2025, 11, 21))
    >>> [date_title(d) for d in found]
    ['2025-08-21 – 2025-08-31', '2024-12-01 – 2024-12-31']
    >>> [date_title(d) for d in extract_dates("去年12月")]
    ['unresolved (no issue date)']
    """
    if d.start is None:
        return "unresolved (no issue date)"
    end = d.end if d.end is not None else d.start
    return d.start.isoformat() if end == d.start else f"{d.start.isoformat()} – {end.isoformat()}"


def _article_marks(number: int, a: Article) -> Iterator[_Mark]:
    """The marks of one article: its frame, its fields, its quantities and dates."""
    if a.span is not None:
        label = f"{number}. {a.kind.value}" + (f" · {a.headline}" if a.headline else "")
        yield _Mark(a.span[0], a.span[1], 0, "div", (("class", "article"),), label)
    for pt in a.parts:
        if pt.field in FIELD_LABELS:
            title = FIELD_LABELS[pt.field]
            yield _Mark(*pt.span, 1, "span", (("class", f"f-{pt.field.value}"), ("title", title)))
    for q in a.quantities:
        yield _Mark(*q.span, 2, "span", (("class", "quantity"), ("title", quantity_title(q))))
    for d in a.dates:
        yield _Mark(*d.span, 2, "span", (("class", "date"), ("title", date_title(d))))


def _page_marks(page: Page) -> Iterator[_Mark]:
    """The marks of a page's own pieces: header, page photos, unplaced lines."""
    for pt in page.parts:
        if pt.field in FIELD_LABELS:
            title = FIELD_LABELS[pt.field]
            if pt.field is Field.UNPLACED and pt.index < len(page.unplaced):
                title = f"unplaced: {page.unplaced[pt.index].reason}"
            yield _Mark(*pt.span, 1, "span", (("class", f"f-{pt.field.value}"), ("title", title)))


def _marks(doc: Document) -> list[_Mark]:
    """Every mark of ``doc``, outer before inner at the same place."""
    marks: list[_Mark] = []
    number = 0
    for page in doc.pages:
        marks.extend(_page_marks(page))
        for a in page.articles:
            number += 1
            marks.extend(_article_marks(number, a))
    return [m for m in marks if m.end > m.start]


def _render(text: str, marks: list[_Mark]) -> Iterator[str]:
    """``text`` escaped, with ``marks`` as properly nested elements.

    Marks may overlap: at every boundary the open elements that end are closed, and
    any inner one still going is closed with them and opened again (``cont``).
    """
    points = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    order = sorted(range(len(marks)), key=lambda i: (marks[i].level, -marks[i].end))
    stack: list[int] = []  # the elements open now, outer first
    opened: set[int] = set()
    starts: dict[int, list[int]] = {}
    for i in order:
        starts.setdefault(marks[i].start, []).append(i)
    live: list[int] = []  # marks that have begun and not ended, in nesting order
    for a, b in itertools.pairwise(points):
        live = [i for i in live if marks[i].end > a] + starts.get(a, [])
        live.sort(key=lambda i: (marks[i].level, -marks[i].end, i))
        keep = 0
        while keep < len(stack) and keep < len(live) and stack[keep] == live[keep]:
            keep += 1
        for i in reversed(stack[keep:]):
            yield f"</{marks[i].tag}>"
        for i in live[keep:]:
            yield marks[i].open(i not in opened)
            opened.add(i)
        stack = list(live)
        yield html.escape(text[a:b], quote=False)
    for i in reversed(stack):
        yield f"</{marks[i].tag}>"


def _legend() -> str:
    """The key to the marks."""
    items = [
        f'<span class="f-{f.value}">{html.escape(label)}</span>'
        for f, label in FIELD_LABELS.items()
    ]
    items.append('<span class="quantity">quantity (value on hover)</span>')
    items.append('<span class="date">date (days on hover)</span>')
    return '<p class="legend">' + " ".join(items) + "</p>"


def _summary(doc: Document) -> str:
    """A line on the document: issue date, pages, articles."""
    issue = doc.issue_date.isoformat() if doc.issue_date else "none"
    quantities = sum(len(a.quantities) for a in doc.articles)
    dates = sum(len(a.dates) for a in doc.articles)
    return (
        f'<p class="meta">Issue date {html.escape(issue)} · {len(doc.pages)} pages · '
        f"{len(doc.articles)} articles · {quantities} quantities · {dates} dates · "
        f"{len(doc.unplaced)} unplaced lines</p>"
    )


def _unplaced(doc: Document) -> Iterable[str]:
    """The lines no field took, listed apart with their reasons."""
    yield "<h2>Unplaced lines</h2>"
    if not doc.unplaced:
        yield "<p>None: every line has a place.</p>"
        return
    yield '<ol class="unplaced-list">'
    for u in doc.unplaced:
        yield (
            f'<li><span class="f-unplaced">{html.escape(u.text)}</span> '
            f'<span class="reason">{html.escape(u.reason)} · {u.span[0]}–{u.span[1]}</span></li>'
        )
    yield "</ol>"


def to_html(doc: Document, text: str, *, title: str | None = None) -> str:
    """One self-contained HTML page showing ``text`` with the parse ``doc`` marked on it.

    ``doc`` must be the parse of ``text`` (the spans point into it). Everything
    from the text is HTML-escaped; ``title`` (default: the first headline) heads it.
    """
    name = (
        title
        if title is not None
        else next((a.headline for a in doc.articles if a.headline), "zznews")
    )
    body = "".join(_render(text, _marks(doc)))
    return "\n".join(
        (
            "<!DOCTYPE html>",
            '<html lang="zh-Hans">',
            '<head><meta charset="utf-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f"<title>{html.escape(name)}</title>",
            f"<style>{_STYLE}</style></head>",
            "<body>",
            f"<h1>{html.escape(name)}</h1>",
            _summary(doc),
            _legend(),
            f'<div class="source">{body}</div>',
            *_unplaced(doc),
            "</body></html>",
            "",
        )
    )
