"""Tables of an archive: one row an article, a quantity or a date, as dicts, CSV or pandas.

The rows keep exact values: ``value``, ``low`` and ``high`` are the model's own
numbers (:class:`int`, :class:`~decimal.Decimal`, whatever type a quantity holds),
dates are :class:`datetime.date`. :func:`write_csv` writes them as text (numbers
with :func:`str`, dates ISO, ``None`` as an empty cell); :func:`to_pandas` turns
them into a dataframe with numeric and date columns (``pip install 'zznews[pandas]'``).

>>> import zznews
>>> from zznews import tables
>>> page = "标题\\n\\n株洲日报(记者/王明)今年共培训1.5万人次。"
>>> doc = zznews.parse(page, issue_date=zznews.SAMPLE_ISSUE_DATE)
>>> row, = tables.quantity_rows("p.txt", doc)
>>> row["text"], row["value"], row["unit"], row["issue_date"]
('1.5万人次', 15000, '人次', datetime.date(2025, 11, 21))
>>> [r["headline"] for r in tables.article_rows("p.txt", doc)]
['标题']
"""

from __future__ import annotations

import csv
import datetime as dt
import os
from collections.abc import Callable, Iterable, Iterator, Mapping
from enum import Enum
from typing import Any, Literal, TextIO

from .model import Article, Document, Page

__all__ = [
    "ARTICLE_COLUMNS",
    "DATE_COLUMNS",
    "QUANTITY_COLUMNS",
    "TABLES",
    "Table",
    "article_rows",
    "csv_cell",
    "date_rows",
    "quantity_rows",
    "rows",
    "to_pandas",
    "write_csv",
]

#: The name of a table: ``articles``, ``quantities`` or ``dates``.
Table = Literal["articles", "quantities", "dates"]

#: One row an article.
ARTICLE_COLUMNS: tuple[str, ...] = (
    "path",
    "issue_date",
    "page",
    "section",
    "editor",
    "index",
    "kind",
    "kicker",
    "headline",
    "agency",
    "contributors",
    "paragraphs",
    "characters",
)

#: One row a quantity; ``article`` is the article's index in ``Document.articles``.
QUANTITY_COLUMNS: tuple[str, ...] = (
    "path",
    "issue_date",
    "page",
    "section",
    "article",
    "headline",
    "text",
    "value",
    "low",
    "high",
    "unit",
    "per",
    "approx",
    "span_start",
    "span_end",
)

#: One row a date mention; ``start`` and ``end`` are the inclusive days it covers.
DATE_COLUMNS: tuple[str, ...] = (
    "path",
    "issue_date",
    "page",
    "section",
    "article",
    "headline",
    "text",
    "start",
    "end",
    "span_start",
    "span_end",
)

# Columns that pandas gets as numbers and as dates.
_COUNTS = frozenset(
    {"page", "article", "index", "paragraphs", "characters", "span_start", "span_end"}
)
_NUMBERS = frozenset({"value", "low", "high"})
_DATES = frozenset({"issue_date", "start", "end"})


def _articles(doc: Document) -> Iterator[tuple[int, int, Page, Article]]:
    """``(page number from 1, article index, page, article)`` over ``doc``."""
    index = 0
    for number, page in enumerate(doc.pages, start=1):
        for article in page.articles:
            yield number, index, page, article
            index += 1


def _head(path: str, doc: Document, number: int, page: Page) -> dict[str, Any]:
    """The columns every row starts with."""
    return {"path": path, "issue_date": doc.issue_date, "page": number, "section": page.section}


def article_rows(path: str, doc: Document) -> Iterator[dict[str, Any]]:
    """One row of :data:`ARTICLE_COLUMNS` an article of ``doc``.

    ``contributors`` is ``role/name`` pairs joined by ``; ``; ``characters`` counts
    the body paragraphs' characters.
    """
    for number, index, page, a in _articles(doc):
        b = a.byline
        people = (
            "; ".join(f"{c.role}/{c.name}" if c.role else c.name for c in b.contributors)
            if b
            else ""
        )
        yield {
            **_head(path, doc, number, page),
            "editor": page.editor,
            "index": index,
            "kind": a.kind.value,
            "kicker": a.kicker,
            "headline": a.headline,
            "agency": b.agency if b else None,
            "contributors": people or None,
            "paragraphs": len(a.paragraphs),
            "characters": sum(len(p) for p in a.paragraphs),
        }


def quantity_rows(path: str, doc: Document) -> Iterator[dict[str, Any]]:
    """One row of :data:`QUANTITY_COLUMNS` a quantity of each article of ``doc``."""
    for number, index, page, a in _articles(doc):
        for q in a.quantities:
            yield {
                **_item_head(path, doc, number, page, index, a, q.text),
                "value": q.value,
                "low": q.low,
                "high": q.high,
                "unit": q.unit,
                "per": q.per,
                "approx": q.approx.value if q.approx is not None else None,
                "span_start": q.span[0],
                "span_end": q.span[1],
            }


def date_rows(path: str, doc: Document) -> Iterator[dict[str, Any]]:
    """One row of :data:`DATE_COLUMNS` a date mention of each article of ``doc``."""
    for number, index, page, a in _articles(doc):
        for d in a.dates:
            yield {
                **_item_head(path, doc, number, page, index, a, d.text),
                "start": d.start,
                "end": d.end,
                "span_start": d.span[0],
                "span_end": d.span[1],
            }


def _item_head(
    path: str, doc: Document, number: int, page: Page, index: int, a: Article, text: str
) -> dict[str, Any]:
    """The columns a quantity's row and a date's row share: where it stands, its text."""
    return {
        **_head(path, doc, number, page),
        "article": index,
        "headline": a.headline,
        "text": text,
    }


#: Each table's columns and the function that gives its rows from ``(path, doc)``.
TABLES: Mapping[
    str, tuple[tuple[str, ...], Callable[[str, Document], Iterator[dict[str, Any]]]]
] = {
    "articles": (ARTICLE_COLUMNS, article_rows),
    "quantities": (QUANTITY_COLUMNS, quantity_rows),
    "dates": (DATE_COLUMNS, date_rows),
}


def rows(
    table: Table | str, path: str | os.PathLike[str], doc: Document
) -> Iterator[dict[str, Any]]:
    """The rows of ``table`` (``articles``, ``quantities``, ``dates``) for one document."""
    if table not in TABLES:
        raise ValueError(f"no table {table!r}; the tables are {', '.join(TABLES)}")
    return TABLES[table][1](os.fspath(path), doc)


def csv_cell(value: object) -> str:
    """A value as a CSV cell: ``None`` empty, dates ISO, enums their value, else :func:`str`.

    >>> from decimal import Decimal
    >>> [csv_cell(v) for v in (None, 3, Decimal("1.50"), dt.date(2025, 11, 21), True)]
    ['', '3', '1.50', '2025-11-21', 'true']
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Enum):
        return str(value.value)
    return str(value)


def write_csv(
    out: TextIO,
    columns: Iterable[str],
    table_rows: Iterable[Mapping[str, Any]],
    *,
    header: bool = True,
) -> int:
    """Write ``table_rows`` as CSV to ``out`` (a header row first); return the rows written.

    ``out`` should be opened with ``newline=""`` (the writer ends rows with
    ``\\r\\n``, as RFC 4180 says) and ``encoding="utf-8"``.
    """
    names = tuple(columns)
    writer = csv.writer(out)
    if header:
        writer.writerow(names)
    count = 0
    for row in table_rows:
        writer.writerow([csv_cell(row.get(c)) for c in names])
        count += 1
    return count


def optional_module(name: str, needed_by: str, extra: str) -> Any:
    """The module ``name``, or an ImportError that says which extra brings it."""
    import importlib

    try:
        return importlib.import_module(name)
    except ImportError as e:  # pragma: no cover - exercised only without the extra
        raise ImportError(f"{needed_by} needs {name}: pip install 'zznews[{extra}]'") from e


def _pandas() -> Any:
    """``pandas``, or an ImportError that says how to get it."""
    return optional_module("pandas", "zznews.tables.to_pandas", "pandas")


def _number(value: object) -> float | None:
    """An exact number as a float for pandas (``None`` stays missing)."""
    return None if value is None else float(value)  # type: ignore[arg-type]


def to_pandas(table_rows: Iterable[Mapping[str, Any]], columns: Iterable[str]) -> Any:
    """A ``pandas.DataFrame`` of ``table_rows`` (needs ``zznews[pandas]``).

    Counts and offsets are nullable integers (``Int64``), ``value``/``low``/``high``
    floats (the exact values stay in the rows and the CSV), dates ``datetime64``
    (days), text ``object``. The columns are ``columns``, in order, even with no rows.
    """
    pd = _pandas()
    names = tuple(columns)
    data = list(table_rows)
    frame = {}
    for c in names:
        values = [r.get(c) for r in data]
        if c in _COUNTS:
            frame[c] = pd.array(values, dtype="Int64")
        elif c in _NUMBERS:
            frame[c] = pd.array([_number(v) for v in values], dtype="float64")
        elif c in _DATES:
            frame[c] = pd.to_datetime(pd.Series(values, dtype="object"), errors="coerce").astype(
                "datetime64[s]"
            )
        else:
            frame[c] = pd.Series(values, dtype="object")
    return pd.DataFrame(frame, columns=list(names))
