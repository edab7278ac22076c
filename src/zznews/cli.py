"""The ``zznews`` command: parse a page text file and print an outline or JSON.

::

    zznews FILE              # an outline of pages, articles, bylines and photos
    zznews - < page.txt      # read standard input
    zznews --json FILE       # the Document as JSON
    zznews --sample          # the sample page shipped with the package
    zznews --schema          # the JSON Schema of --json's output
    zznews --jsonl DIR|FILE...          # JSON Lines, one record a file (*.txt under DIR)
    zznews --jsonl -j 8 -o out.jsonl DIR  # in 8 processes, into a file

For one file, errors (a missing file, bytes that are not UTF-8, a ParseError)
print one line on standard error and exit with status 2. With ``--jsonl`` a file
that fails is reported on standard error with its path (and as an ``error``
record), the others go on, and the exit status is 1 if any failed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from . import SAMPLE_ISSUE_DATE, __version__, sample_text
from .archive import find_inputs, iter_lines
from .errors import ParseError
from .model import Article, Byline, Document, Photo
from .parser import parse
from .schema import json_schema
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


def _jobs(text: str) -> int:
    """A number of processes for argparse (0 means one a CPU)."""
    try:
        n = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of processes: {text!r}") from None
    if n < 0:
        raise argparse.ArgumentTypeError("the number of processes cannot be negative")
    return n or (os.cpu_count() or 1)


def _parser() -> argparse.ArgumentParser:
    """The command line's grammar."""
    ap = argparse.ArgumentParser(
        prog="zznews",
        description="Parse Zhuzhou Daily (株洲日报) page text into articles, bylines, "
        "photos, quantities and dates.",
    )
    ap.add_argument(
        "file",
        nargs="*",
        help="a UTF-8 page text file, or - for standard input; with --jsonl, "
        "any number of files and directories (searched for *.txt)",
    )
    ap.add_argument(
        "--sample", action="store_true", help="parse the sample page shipped with zznews"
    )
    out = ap.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="print the Document as JSON")
    out.add_argument(
        "--jsonl",
        action="store_true",
        help='write JSON Lines, one {"path", "document"} (or {"path", "error"}) a file',
    )
    ap.add_argument(
        "--issue-date", type=_date, metavar="YYYY-MM-DD", help="resolve relative dates against this"
    )
    ap.add_argument("-o", "--output", metavar="FILE", help="write to FILE, not standard output")
    ap.add_argument(
        "-j",
        "--jobs",
        type=_jobs,
        default=1,
        metavar="N",
        help="with --jsonl, parse in N processes (0: one a CPU)",
    )
    ap.add_argument(
        "-q", "--quiet", action="store_true", help="with --jsonl, no progress on standard error"
    )
    ap.add_argument(
        "--schema", action="store_true", help="print the JSON Schema of --json's output"
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
    if args.schema:
        print(json.dumps(json_schema(), ensure_ascii=False, indent=2))
        return 0
    if args.jsonl:
        if args.sample or not args.file:
            ap.error("--jsonl takes FILEs and DIRs (not --sample)")
        if "-" in args.file:
            ap.error("--jsonl reads files, not standard input")
        return _jsonl(args)
    if args.sample == bool(args.file):
        ap.error("give a FILE (or -) or --sample, not both")
    if len(args.file) > 1 or (args.file and Path(args.file[0]).is_dir()):
        ap.error("several files or a directory need --jsonl")
    name = "<sample>" if args.sample else args.file[0]
    try:
        text = sample_text() if args.sample else _read(name)
        # The sample has no dateline: its issue date is known, so its dates resolve.
        issue_date = args.issue_date or (SAMPLE_ISSUE_DATE if args.sample else None)
        doc = parse(text, issue_date=issue_date)
    except OSError as e:
        print(f"zznews: {name}: {e.strerror or e}", file=sys.stderr)
        return 2
    except UnicodeDecodeError as e:
        print(f"zznews: {name}: not UTF-8 text (byte {e.start}: {e.reason})", file=sys.stderr)
        return 2
    except ParseError as e:
        print(f"zznews: {name}: {e}", file=sys.stderr)
        return 2
    result = to_json(doc, indent=2) if args.json else outline(doc)
    if args.output is None:
        print(result)
        return 0
    try:
        Path(args.output).write_text(result + "\n", encoding="utf-8")
    except OSError as e:
        print(f"zznews: {args.output}: {e.strerror or e}", file=sys.stderr)
        return 2
    return 0


def _jsonl(args: argparse.Namespace) -> int:
    """``--jsonl``: one record a file, streamed in order; 1 if any file failed."""
    paths = find_inputs(args.file)
    try:
        out: TextIO = (
            sys.stdout if args.output is None else open(args.output, "w", encoding="utf-8")  # noqa: SIM115 - closed below
        )
    except OSError as e:
        print(f"zznews: {args.output}: {e.strerror or e}", file=sys.stderr)
        return 2
    progress = _Progress(len(paths), enabled=not args.quiet and sys.stderr.isatty())
    failed = 0
    try:
        for name, line, err in iter_lines(paths, jobs=args.jobs, issue_date=args.issue_date):
            out.write(line + "\n")
            if err is not None:
                failed += 1
                progress.clear()
                print(f"zznews: {name}: {err}", file=sys.stderr)
            progress.step(failed)
    finally:
        progress.done()
        if out is not sys.stdout:
            out.close()
        else:
            out.flush()
    return 1 if failed else 0


class _Progress:
    """A one-line counter on standard error (``\\r``-rewritten), only for a terminal."""

    def __init__(self, total: int, *, enabled: bool) -> None:
        self.total = total
        self.enabled = enabled
        self.count = 0
        self.width = 0

    def _show(self, text: str) -> None:
        """Overwrite the counter line with ``text``."""
        sys.stderr.write("\r" + text.ljust(self.width))
        sys.stderr.flush()
        self.width = len(text)

    def step(self, failed: int) -> None:
        """One more file done."""
        self.count += 1
        if self.enabled:
            note = f", {failed} failed" if failed else ""
            self._show(f"zznews: {self.count}/{self.total} files{note}")

    def clear(self) -> None:
        """Blank the counter line, so that a message can be printed in its place."""
        if self.enabled and self.width:
            self._show("")
            sys.stderr.write("\r")
            self.width = 0

    def done(self) -> None:
        """End the counter line."""
        if self.enabled and self.count:
            sys.stderr.write("\n")
            sys.stderr.flush()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
