"""The ``zznews`` command: parse a page text file and print an outline or JSON.

::

    zznews FILE              # an outline of pages, articles, bylines and photos
    zznews - < page.txt      # read standard input
    zznews --json FILE       # the Document as JSON
    zznews --sample          # the sample page shipped with the package

Errors (a missing file, bytes that are not UTF-8, a ParseError) print one line
on standard error and exit with status 2.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Sequence
from pathlib import Path

from . import __version__, sample_text
from .errors import ParseError
from .model import Article, Byline, Document, Photo
from .parser import parse
from .serialize import to_json

__all__ = ["main", "outline"]


def _byline(b: Byline | None) -> str:
    """A byline as one readable line."""
    if b is None:
        return "—"
    people = "; ".join(f"{c.role} {c.name}" if c.role else c.name for c in b.contributors)
    agency = f"{b.agency}: " if b.agency else ""
    mark = " (photo)" if b.is_photo_credit else ""
    return f"{agency}{people or '(no names)'}{mark}"


def _photo(p: Photo) -> str:
    """A photo as one readable line."""
    caption = p.caption if p.caption is not None else "(no caption)"
    credit = f" — {_byline(p.credit)}" if p.credit is not None else ""
    return f"{p.kind.value}: {caption}{credit}"


def _article(a: Article, number: int) -> list[str]:
    """The outline lines of one article."""
    title = a.headline if a.headline is not None else "(no headline)"
    out = [f"  {number}. [{a.kind.value}] {title}"]
    if a.kicker:
        out.append(f"     kicker: {a.kicker}")
    if a.subtitle:
        series = f" (series {a.series.name} #{a.series.number})" if a.series else ""
        out.append(f"     subtitle: {a.subtitle}{series}")
    out.append(f"     byline: {_byline(a.byline)}")
    counts = (
        f"{len(a.paragraphs)} paragraphs, {len(a.headings)} headings, "
        f"{len(a.quantities)} quantities, {len(a.dates)} dates"
    )
    out.append(f"     {counts}")
    out.extend(f"     heading: {h}" for h in a.headings)
    out.extend(f"     {_photo(p)}" for p in a.photos)
    return out


def outline(doc: Document) -> str:
    """A readable outline of ``doc``: pages, articles, bylines and photos."""
    lines: list[str] = []
    number = 0
    for i, page in enumerate(doc.pages, start=1):
        head = " · ".join(
            x
            for x in (
                page.section,
                f"责任编辑 {page.editor}" if page.editor else None,
                page.date.isoformat() if page.date else None,
            )
            if x
        )
        lines.append(f"Page {i}" + (f": {head}" if head else ""))
        for a in page.articles:
            number += 1
            lines.extend(_article(a, number))
        lines.extend(f"  page {_photo(p)}" for p in page.photos)
        lines.extend(f"  unplaced: {u.text!r} ({u.reason})" for u in page.unplaced)
    return "\n".join(lines)


def _date(text: str) -> dt.date:
    """``YYYY-MM-DD`` for argparse."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _parser() -> argparse.ArgumentParser:
    """The command line's grammar."""
    ap = argparse.ArgumentParser(
        prog="zznews",
        description="Parse Zhuzhou Daily (株洲日报) page text into articles, bylines, "
        "photos, quantities and dates.",
    )
    ap.add_argument("file", nargs="?", help="a UTF-8 page text file, or - for standard input")
    ap.add_argument("--sample", action="store_true", help="parse the sample page shipped with zznews")
    ap.add_argument("--json", action="store_true", help="print the Document as JSON")
    ap.add_argument(
        "--issue-date", type=_date, metavar="YYYY-MM-DD", help="resolve relative dates against this"
    )
    ap.add_argument("--version", action="version", version=f"zznews {__version__}")
    return ap


def _read(name: str) -> str:
    """The text of ``name`` (``-`` is standard input), as UTF-8 (a BOM is fine)."""
    data = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
    return data.decode("utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; return its exit status."""
    ap = _parser()
    args = ap.parse_args(argv)
    if args.sample == (args.file is not None):
        ap.error("give a FILE (or -) or --sample, not both")
    name = "<sample>" if args.sample else args.file
    try:
        text = sample_text() if args.sample else _read(args.file)
        doc = parse(text, issue_date=args.issue_date)
    except OSError as e:
        print(f"zznews: {name}: {e.strerror or e}", file=sys.stderr)
        return 2
    except UnicodeDecodeError as e:
        print(f"zznews: {name}: not UTF-8 text (byte {e.start}: {e.reason})", file=sys.stderr)
        return 2
    except ParseError as e:
        print(f"zznews: {name}: {e}", file=sys.stderr)
        return 2
    print(to_json(doc, indent=2) if args.json else outline(doc))
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
