"""The ``zznews`` command: parse a page text file and print an outline or JSON.

::

    zznews FILE              # an outline of pages, articles, bylines and photos
    zznews - < page.txt      # read standard input
    zznews --json FILE       # the Document as JSON
    zznews --sample          # the sample page shipped with the package
    zznews --schema          # the JSON Schema of --json's output
    zznews --html FILE > page.html      # one HTML page, the parse marked on the text
    zznews --jsonl DIR|FILE...          # JSON Lines, one record a file (*.txt under DIR)
    zznews --jsonl -j 8 -o out.jsonl DIR  # in 8 processes, into a file
    zznews --csv quantities DIR|FILE... # one CSV table (articles, quantities or dates)
    zznews --jsonl --issue-date-from-path --encoding auto DIR

For one file, errors (a missing file, bytes that cannot be decoded, a ParseError,
anything else) print one line on standard error and exit with status 2. With
``--jsonl`` or ``--csv`` every input given or found that fails is reported on
standard error with its path (and with ``--jsonl`` as an ``error`` record), the
others go on, and the exit status is 1 if any failed. JSON, CSV and HTML are
written as UTF-8 whatever the locale; the outline follows the terminal's encoding.
A closed pipe (``zznews --jsonl DIR | head``) ends the run quietly, with status 141.
"""

from __future__ import annotations

import argparse
import codecs
import contextlib
import datetime as dt
import io
import json
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, BinaryIO, TextIO, cast

from . import SAMPLE_ISSUE_DATE, __version__, archive, sample_text, tables
from ._decode import AUTO, DEFAULT, decode
from .html import to_html
from .model import Article, Byline, Document, Photo
from .schema import json_schema
from .serialize import to_json
from .vocabulary import Vocabulary, using

#: The exit status after a closed pipe: 128 + SIGPIPE, as a shell reports it.
EXIT_PIPE = 141

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


def _encoding(text: str) -> str:
    """A codec name (or ``auto``) for argparse."""
    if text == AUTO:
        return text
    try:
        return codecs.lookup(text).name
    except LookupError:
        raise argparse.ArgumentTypeError(f"unknown encoding: {text!r} (or: auto)") from None


def _path_date(text: str) -> re.Pattern[str]:
    """A ``--path-date`` regular expression with the groups ``year``, ``month``, ``day``."""
    try:
        pattern = re.compile(text)
    except re.error as e:
        raise argparse.ArgumentTypeError(f"not a regular expression: {e}") from None
    if not {"year", "month", "day"} <= set(pattern.groupindex):
        raise argparse.ArgumentTypeError(
            "--path-date needs the groups (?P<year>…), (?P<month>…), (?P<day>…)"
        )
    return pattern


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
        help="a page text file, or - for standard input; with --jsonl or --csv, "
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
        help='write JSON Lines, one {"path", …, "document"} (or {"path", "error"}) a file',
    )
    out.add_argument(
        "--csv",
        choices=tuple(tables.TABLES),
        metavar="TABLE",
        help="write one CSV table over all inputs: articles, quantities or dates",
    )
    out.add_argument(
        "--html", action="store_true", help="write one HTML page: the text, the parse marked"
    )
    out.add_argument(
        "--schema", action="store_true", help="print the JSON Schema of --json's output"
    )
    _dates_and_codecs(ap)
    ap.add_argument("-o", "--output", metavar="FILE", help="write to FILE, not standard output")
    ap.add_argument(
        "-j",
        "--jobs",
        type=_jobs,
        default=1,
        metavar="N",
        help="with --jsonl or --csv, parse in N processes (0: one a CPU)",
    )
    ap.add_argument(
        "-q",
        "--quiet",
        action="store_true",
        help="with --jsonl or --csv, no progress on standard error",
    )
    ap.add_argument("--version", action="version", version=f"zznews {__version__}")
    return ap


def _dates_and_codecs(ap: argparse.ArgumentParser) -> None:
    """The options that say how to read a file: its issue date and its encoding."""
    when = ap.add_mutually_exclusive_group()
    when.add_argument(
        "--issue-date",
        type=_date,
        metavar="YYYY-MM-DD",
        help="resolve relative dates against this day, for every file",
    )
    when.add_argument(
        "--issue-date-from-path",
        action="store_true",
        help="take each file's issue date from its path (2025-11-21/…, 2025/11/21/…, "
        "20251121…, 2025-11/21/…); a dateline in the text still wins",
    )
    when.add_argument(
        "--path-date",
        type=_path_date,
        metavar="REGEX",
        help="like --issue-date-from-path, with a regular expression whose named groups "
        "are year, month and day",
    )
    ap.add_argument(
        "--vocabulary",
        type=_vocabulary,
        metavar="FILE",
        help="read with a paper's own words: a JSON object of tables (agencies, mastheads, "
        "section_names, surnames, …) to lists of words, and layout thresholds under "
        '"layout"; they extend the defaults',
    )
    ap.add_argument(
        "--encoding",
        type=_encoding,
        default=DEFAULT,
        metavar="NAME",
        help="the files' encoding: any Python codec (gb18030, utf-16 …) or auto "
        "(UTF-8 with or without BOM, UTF-16 with BOM, else GB18030); default utf-8",
    )


def _vocabulary(name: str) -> Vocabulary:
    """``--vocabulary FILE``: a JSON object of table names to words (and ``layout``)."""
    try:
        with open(name, encoding="utf-8-sig") as f:
            return Vocabulary.from_mapping(json.load(f))
    except OSError as e:
        raise argparse.ArgumentTypeError(f"{name}: {e.strerror or e}") from None
    except (ValueError, TypeError) as e:  # (json's errors are ValueErrors)
        raise argparse.ArgumentTypeError(f"{name}: not a vocabulary: {e}") from None


def _issue_date(args: argparse.Namespace) -> archive.IssueDate:
    """What ``--issue-date``, ``--issue-date-from-path`` or ``--path-date`` asked for."""
    if args.path_date is not None:
        return archive.path_dates(args.path_date)
    if args.issue_date_from_path:
        return archive.path_dates()
    result: dt.date | None = args.issue_date
    return result


class _Utf8Out(io.TextIOBase):
    """Text written to a byte stream as UTF-8, whatever the locale; never closes it."""

    def __init__(self, buffer: BinaryIO) -> None:
        super().__init__()
        self._buffer = buffer

    def writable(self) -> bool:
        return True

    def write(self, s: str) -> int:
        self._buffer.write(s.encode("utf-8"))
        return len(s)

    def flush(self) -> None:
        self._buffer.flush()

    def close(self) -> None:
        """Leave the stream open: it is standard output's, and Python closes it."""


def _utf8_stdout() -> TextIO:
    """Standard output as UTF-8 text whatever the locale (JSON, CSV and HTML)."""
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:  # a StringIO (tests, an embedding program): it takes str
        return sys.stdout
    sys.stdout.flush()  # what the outline or a message wrote comes first
    return cast(TextIO, _Utf8Out(buffer))


@contextlib.contextmanager
def _output(name: str | None, *, utf8: bool) -> Iterator[TextIO]:
    """Where to write: ``name`` (UTF-8), or standard output (UTF-8 when ``utf8``)."""
    if name is not None:
        with open(name, "w", encoding="utf-8", newline="") as f:
            yield f
        return
    out = _utf8_stdout() if utf8 else _terminal_stdout()
    yield out
    out.flush()


def _terminal_stdout() -> TextIO:
    """Standard output in its own encoding, what it cannot show escaped (``\\u682a``)."""
    reconfigure = getattr(sys.stdout, "reconfigure", None)
    if reconfigure is not None:
        reconfigure(errors="backslashreplace")
    return sys.stdout


def _read(name: str, encoding: str) -> str:
    """The text of ``name`` (``-`` is standard input), decoded as ``--encoding`` says."""
    if name == "-":
        return decode(sys.stdin.buffer.read(), encoding)[0]
    return archive.read_text(name, encoding=encoding)[0]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; return its exit status (141 after a closed pipe, quietly)."""
    try:
        return _main(argv)
    except BrokenPipeError:
        # The reader went away (| head): no traceback, and no error when Python flushes.
        with contextlib.suppress(OSError, ValueError):
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        return EXIT_PIPE


def _main(argv: Sequence[str] | None) -> int:
    """:func:`main` without the closed-pipe guard."""
    ap = _parser()
    args_list = sys.argv[1:] if argv is None else list(argv)
    if not args_list:
        ap.print_usage(sys.stderr)
        print(
            "zznews: give a page file (or -), a directory with --jsonl or --csv, or --sample; "
            "zznews --help says more",
            file=sys.stderr,
        )
        return 2
    args = ap.parse_args(args_list)
    if args.schema:
        with _output(args.output, utf8=True) as out:
            out.write(json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n")
        return 0
    if args.jsonl or args.csv:
        if "-" in args.file:
            ap.error("--jsonl and --csv read files, not standard input")
        if not args.file and not (args.csv and args.sample):
            ap.error("--jsonl takes FILEs and DIRs; --csv takes FILEs, DIRs or --sample")
        if args.jsonl and args.sample:
            ap.error("--jsonl takes FILEs and DIRs (not --sample)")
        return _many(args)
    if args.sample == bool(args.file):
        ap.error("give a FILE (or -) or --sample, not both")
    if len(args.file) > 1 or (args.file and Path(args.file[0]).is_dir()):
        ap.error("several files or a directory need --jsonl or --csv")
    return _one(args)


def _say(name: str, message: str) -> None:
    """One line on standard error about ``name``."""
    print(f"zznews: {name}: {message}", file=sys.stderr)


def _one(args: argparse.Namespace) -> int:
    """One page (a file, standard input or the sample) as an outline, JSON or HTML."""
    name = "<sample>" if args.sample else args.file[0]
    try:
        text = sample_text() if args.sample else _read(name, args.encoding)
        issue_date = _issue_date(args)
        if args.sample and issue_date is None:
            issue_date = SAMPLE_ISSUE_DATE  # the sample has no dateline; its day is known
        path = Path("-" if args.sample else name)
        with using(args.vocabulary):
            doc = archive._parse_dated(text, path, issue_date)[0]
        if args.json:
            result = to_json(doc, indent=2)
        elif args.html:
            result = to_html(doc, text)
        else:
            result = outline(doc)
    except Exception as e:  # whatever a bad file does, one line and status 2
        _say(name, archive._error(e))
        return 2
    note = archive.blank_note(text)
    if note is not None:
        _say(name, note)
    try:
        with _output(args.output, utf8=bool(args.json or args.html)) as out:
            out.write(result + "\n")
    except BrokenPipeError:
        raise
    except (OSError, UnicodeEncodeError) as e:
        where = args.output or "<stdout>"
        _say(where, getattr(e, "strerror", None) or str(e))
        return 2
    return 0


def _inputs(names: Iterable[str], problems: list[str]) -> Iterator[Path]:
    """:func:`zznews.archive.iter_inputs` over ``names``, noting each directory with no page.

    A directory in which nothing was found goes to ``problems`` (said on standard
    error, and the run fails), so an empty folder never passes in silence.
    """
    for name in names:
        found = False
        for path in archive.iter_inputs([name]):
            found = True
            yield path
        if not found:
            problems.append(name)


def _many(args: argparse.Namespace) -> int:
    """``--jsonl`` or ``--csv``: every input, streamed in order; 1 if any failed."""
    problems: list[str] = []
    paths = _inputs(args.file, problems)
    options = (_issue_date(args), args.encoding, args.vocabulary)
    try:
        with _output(args.output, utf8=True) as out:
            if args.jsonl:
                failed = _write_jsonl(out, args, paths, options)
            else:
                failed = _write_csv(out, args, paths, options)
    except BrokenPipeError:
        raise
    except OSError as e:
        _say(args.output or "<stdout>", e.strerror or str(e))
        return 2
    for name in problems:
        _say(name, "no *.txt files in this directory")
    return 1 if failed or problems else 0


def _run(
    args: argparse.Namespace,
    results: Iterable[tuple[str, tuple[Any, str | None, str | None]]],
    write: Callable[[Any], object],
) -> int:
    """Write each file's result, report its error or note; the number that failed."""
    progress = _Progress(enabled=not args.quiet and sys.stderr.isatty())
    failed = 0
    try:
        for name, (result, err, note) in results:
            write(result)
            if err is not None or note is not None:
                failed += err is not None
                progress.clear()
                _say(name, err if err is not None else str(note))
            progress.step(failed)
    finally:
        progress.done()
    return failed


def _write_jsonl(out: TextIO, args: argparse.Namespace, paths: Iterable[Path], options: Any) -> int:
    """``--jsonl``: one record a file."""
    work = archive._ordered(archive._line_and_error, paths, args.jobs, options)
    return _run(args, work, lambda line: out.write(line + "\n"))


def _write_csv(out: TextIO, args: argparse.Namespace, paths: Iterable[Path], options: Any) -> int:
    """``--csv TABLE``: one table over every file (the sample too, with ``--sample``)."""
    columns = tables.TABLES[args.csv][0]
    tables.write_csv(out, columns, ())  # the header, even when no file gives a row
    if args.sample:
        issue = options[0] if isinstance(options[0], dt.date) else SAMPLE_ISSUE_DATE
        doc = archive._parse_dated(sample_text(), Path("<sample>"), issue)[0]
        tables.write_csv(out, columns, tables.rows(args.csv, "<sample>", doc), header=False)
    work = archive._ordered(archive._rows_and_error, paths, args.jobs, (*options, args.csv))
    return _run(args, work, lambda rows: tables.write_csv(out, columns, rows, header=False))


class _Progress:
    """A one-line counter on standard error (``\\r``-rewritten), only for a terminal."""

    def __init__(self, *, enabled: bool) -> None:
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
            self._show(f"zznews: {self.count} files{note}")

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
