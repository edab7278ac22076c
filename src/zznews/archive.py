"""Many page files at once: JSON Lines records, a process pool, and a Dask recipe.

A record is one input file as one JSON-ready dict, the line that
``zznews --jsonl`` writes::

    {"path": "2025/11/21/01.txt", "encoding": "utf-8", "issue_date": "2025-11-21",
     "issue_date_source": "path", "document": {...}}       # converter.unstructure(doc)
    {"path": "2025/11/21/02.txt", "error": "not UTF-8 text (byte 17: invalid start byte); …"}

``issue_date_source`` says where the issue date came from: ``"argument"`` (one
date for all), ``"path"`` (:func:`path_dates`), ``"text"`` (the page's dateline,
which wins over a path) or ``None``.

:func:`parse_file` and :func:`record` are pure functions of a path, so they map
over any scheduler: :func:`iter_records` runs them in a bounded process pool
(memory stays flat however many files), and :func:`to_bag` and
:func:`quantities_frame` hand them to Dask (``pip install 'zznews[dask]'``).

>>> import pathlib, tempfile, zznews
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> _ = (d / "a.txt").write_text(zznews.sample_text(), encoding="utf-8")
>>> _ = (d / "b.txt").write_bytes(b"\\xff\\xfe")
>>> [sorted(r) for r in iter_records(find_inputs([d]))]
[['document', 'encoding', 'issue_date', 'issue_date_source', 'path'], ['error', 'path']]
"""

from __future__ import annotations

import datetime as dt
import errno
import functools
import json
import os
import re
import stat
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from typing import Any, Literal, NamedTuple, TypeVar

from . import tables
from ._decode import DEFAULT, UTF8_HINT, decode
from .errors import ParseError
from .model import Document
from .parser import parse
from .serialize import converter
from .vocabulary import Vocabulary, using

T = TypeVar("T")
Opts = TypeVar("Opts")

__all__ = [
    "QUANTITY_COLUMNS",
    "IssueDate",
    "IssueDateSource",
    "date_from_path",
    "find_inputs",
    "iter_inputs",
    "iter_lines",
    "iter_records",
    "iter_table",
    "parse_file",
    "path_dates",
    "quantities_frame",
    "quantity_rows",
    "read_bytes",
    "read_text",
    "record",
    "record_line",
    "to_bag",
]

#: The columns of :func:`quantities_frame` and :func:`quantity_rows`, one row a quantity:
#: :data:`zznews.tables.QUANTITY_COLUMNS`.
QUANTITY_COLUMNS: tuple[str, ...] = tables.QUANTITY_COLUMNS


#: What :func:`record` says about where the issue date came from.
IssueDateSource = Literal["argument", "path", "text"]

#: An issue date for every file, or a function from a file's path to its date (or ``None``).
IssueDate = dt.date | Callable[[Path], dt.date | None] | None

# Issue dates in paths, tried in order: 2025-11-21/…, 2025/11/21/…, 2025-11/21/…, 20251121….
_PATH_DATES: tuple[re.Pattern[str], ...] = tuple(
    re.compile(p, re.VERBOSE)
    for p in (
        r"""(?<![0-9])(?P<year>(?:19|20)[0-9]{2})   # the year, not inside a longer number
            [-_.](?P<month>[0-9]{1,2})[-_.](?P<day>[0-9]{1,2})(?![0-9])""",
        r"""(?<![0-9])(?P<year>(?:19|20)[0-9]{2})/(?P<month>[0-9]{1,2})  # year and month
            [-_/.](?P<day>[0-9]{1,2})(?![0-9])       # the day, in the next folder or name""",
        r"""(?<![0-9])(?P<year>(?:19|20)[0-9]{2})[-_.](?P<month>[0-9]{1,2})  # 2025-11
            /(?P<day>[0-9]{1,2})(?![0-9])            # /21""",
        r"""(?<![0-9])(?P<year>(?:19|20)[0-9]{2})(?P<month>[0-9]{2})(?P<day>[0-9]{2})
            (?![0-9])                                # 20251121, eight digits alone""",
    )
)


def date_from_path(
    path: str | os.PathLike[str], pattern: str | re.Pattern[str] | None = None
) -> dt.date | None:
    r"""The issue date in ``path``, or ``None`` when it names none (or an impossible day).

    Without ``pattern`` the layouts ``2025-11-21/…``, ``2025/11/21/…``,
    ``2025-11/21/…`` and ``…20251121…`` are read; ``pattern`` is a regular expression
    with the named groups ``year``, ``month`` and ``day`` for any other. The last
    date in the path wins, so a dated folder inside a dated archive is read.

    >>> date_from_path("zzrb/2025-11-21/01.txt"), date_from_path("zzrb/2025/11/21/A03.txt")
    (datetime.date(2025, 11, 21), datetime.date(2025, 11, 21))
    >>> date_from_path("zzrb_20251121_03.txt"), date_from_path("2025-11/21/03.txt")
    (datetime.date(2025, 11, 21), datetime.date(2025, 11, 21))
    >>> date_from_path("d21m11y2025.txt", r"d(?P<day>\d+)m(?P<month>\d+)y(?P<year>\d{4})")
    datetime.date(2025, 11, 21)
    >>> date_from_path("notes/page.txt") is None, date_from_path("2025-13-40.txt") is None
    (True, True)
    """
    name = Path(path).as_posix()
    patterns = (
        (re.compile(pattern),)
        if isinstance(pattern, str)
        else (pattern,)
        if pattern
        else _PATH_DATES
    )
    for regex in patterns:
        found = None
        for m in regex.finditer(name):
            found = m
        if found is None:
            continue
        try:
            return dt.date(int(found["year"]), int(found["month"]), int(found["day"]))
        except (ValueError, IndexError):
            return None
    return None


def path_dates(pattern: str | re.Pattern[str] | None = None) -> Callable[[Path], dt.date | None]:
    """A function for ``issue_date=`` that reads each file's date from its path.

    >>> path_dates()(Path("2025/11/21/01.txt"))
    datetime.date(2025, 11, 21)
    """
    return functools.partial(date_from_path, pattern=pattern)


def _is_page_name(name: str) -> bool:
    """Whether a directory entry's name is a page file's: ``*.txt`` in any case."""
    return name.lower().endswith(".txt")


def iter_inputs(inputs: Iterable[str | os.PathLike[str]]) -> Iterator[Path]:
    """The page files named by ``inputs``, one at a time: files as given, directories walked.

    A directory is walked depth first, each directory's entries in sorted order
    (so the order is the same on every machine, and the same as sorting all the
    paths), one directory listed at a time: memory stays flat however many files.
    Every entry named ``*.txt`` (any case) is yielded, whatever it is, so that
    reading it reports what is wrong: a dangling link, a link loop, a FIFO. A
    symbolic link to a directory, and a directory that cannot be listed, are
    yielded themselves (never followed), so they are reported too.
    """
    for name in inputs:
        path = Path(name)
        if path.is_dir() and not path.is_symlink():
            yield from _walk(path)
        else:
            yield path


def _walk(top: Path) -> Iterator[Path]:
    """:func:`iter_inputs` for one real directory."""
    try:
        with os.scandir(top) as it:
            entries = sorted((e.name, e.is_dir(follow_symlinks=False), e.is_symlink()) for e in it)
    except OSError:
        yield top  # unreadable: reading it says why
        return
    for name, is_dir, is_link in entries:
        if is_dir:
            yield from _walk(top / name)
        elif _is_page_name(name) or (is_link and (top / name).is_dir()):
            yield top / name


def find_inputs(inputs: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """:func:`iter_inputs` as a list (a name that does not exist is kept: reading it fails)."""
    return list(iter_inputs(inputs))


def _not_regular(path: Path, mode: int) -> OSError:
    """The error for a page path that is not a regular file."""
    if stat.S_ISDIR(mode):
        what = (
            "a symbolic link to a directory (not followed)" if path.is_symlink() else "a directory"
        )
    elif stat.S_ISFIFO(mode):
        what = "a FIFO (named pipe), not read"
    else:
        what = "not a regular file"
    return OSError(errno.EINVAL, f"{what}; a page is a regular *.txt file")


def read_bytes(path: str | os.PathLike[str]) -> bytes:
    """The bytes of a regular file; never blocks on a FIFO, never follows into a directory."""
    p = Path(path)
    fd = os.open(p, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise _not_regular(p, mode)
    except BaseException:
        os.close(fd)
        raise
    with open(fd, "rb", closefd=True) as f:
        return f.read()


def read_text(path: str | os.PathLike[str], *, encoding: str = DEFAULT) -> tuple[str, str]:
    """The text of ``path`` and the codec that read it (``encoding`` as in ``--encoding``)."""
    return decode(read_bytes(path), encoding)


def parse_file(
    path: str | os.PathLike[str],
    *,
    issue_date: IssueDate = None,
    encoding: str = DEFAULT,
    vocabulary: Vocabulary | None = None,
) -> Document:
    """Read ``path`` (UTF-8 by default, a byte-order mark is fine) and parse it.

    ``encoding`` is any Python codec, or ``"auto"`` (UTF-8, UTF-16 with a BOM,
    else GB18030). ``issue_date`` is a date, or a function of the path (such as
    :func:`path_dates`); a dateline in the text wins over a function's date.
    ``vocabulary`` is a :class:`~zznews.Vocabulary` to read with (as for :func:`zznews.parse`).
    Raises :class:`OSError`, :class:`UnicodeDecodeError` or :class:`~zznews.ParseError`.
    """
    return _parse_path(path, (issue_date, encoding, vocabulary))[0]


class _Parsed(NamedTuple):
    """A file parsed: its document, the codec that read it, where its date came from."""

    doc: Document
    codec: str
    source: IssueDateSource | None
    #: ``"empty file"`` or ``"blank file"`` when there was no text, else ``None``.
    note: str | None = None


def blank_note(text: str) -> str | None:
    """What to say about a file with no text: ``"empty file"``, ``"blank file"``, or ``None``.

    >>> blank_note(""), blank_note(" \\n\\u3000"), blank_note("标题")
    ('empty file', 'blank file (white space only)', None)
    """
    if not text or text == "\ufeff":
        return "empty file"
    return "blank file (white space only)" if not text.strip(" \t\r\n\u3000\ufeff") else None


#: What a worker needs besides the path: the issue date (or its function), the
#: encoding, and the vocabulary to read with (``None``: the defaults).
Options = tuple[IssueDate, str, Vocabulary | None]


def _parse_path(path: str | os.PathLike[str], options: Options) -> _Parsed:
    """The document of ``path``, the codec used, where its issue date came from, a note."""
    issue_date, encoding, vocabulary = options
    text, codec = read_text(path, encoding=encoding)
    with using(vocabulary):
        doc, source = _parse_dated(text, Path(path), issue_date)
    return _Parsed(doc, codec, source, blank_note(text))


def _parse_dated(
    text: str, path: Path, issue_date: IssueDate
) -> tuple[Document, IssueDateSource | None]:
    """``text`` parsed with its issue date (a date, or a function of ``path``) and its source."""
    if issue_date is None or isinstance(issue_date, dt.date):
        doc = parse(text, issue_date=issue_date)
        return doc, "argument" if issue_date is not None else _from_text(doc)
    fallback = issue_date(path)
    doc = parse(text, issue_date=fallback)
    printed = next((p.date for p in doc.pages if p.date is not None), None)
    if printed is not None and printed != fallback:
        doc = parse(text)  # the dateline wins, as it does with no date given
    if printed is not None:
        return doc, "text"
    return doc, "path" if fallback is not None else None


def _from_text(doc: Document) -> IssueDateSource | None:
    """``"text"`` when a parse with no date given found one on the page."""
    return "text" if doc.issue_date is not None else None


def _error(e: BaseException) -> str:
    """One line saying why a file failed."""
    if isinstance(e, UnicodeDecodeError):
        return f"not {e.encoding.upper()} text (byte {e.start}: {e.reason}); {UTF8_HINT}"
    if isinstance(e, LookupError):
        return f"unknown encoding: {e}"
    if isinstance(e, OSError):
        return e.strerror or str(e)
    if isinstance(e, ParseError):
        return str(e)
    return f"internal error, please report it: {type(e).__name__}: {e}"


def record(
    path: str | os.PathLike[str],
    *,
    issue_date: IssueDate = None,
    encoding: str = DEFAULT,
    vocabulary: Vocabulary | None = None,
) -> dict[str, Any]:
    """The record of one file: ``{"path", "encoding", "issue_date", "issue_date_source",
    "document"}``, or ``{"path", "error"}`` if it failed.

    ``issue_date`` is the date used (ISO, or ``None``) and ``issue_date_source``
    where it came from: ``"argument"``, ``"path"``, ``"text"`` (the dateline), or
    ``None``. A file with no text also has ``"note": "empty file"`` (or ``"blank
    file …"``). It never raises for a bad file, so one bad page cannot stop an archive.
    """
    name = os.fspath(path)
    try:
        parsed = _parse_path(path, (issue_date, encoding, vocabulary))
        data = converter.unstructure(parsed.doc)
    except Exception as e:  # one bad file is reported, whatever it did; the rest go on
        return {"path": name, "error": _error(e)}
    rec = {
        "path": name,
        "encoding": parsed.codec,
        "issue_date": data["issue_date"],
        "issue_date_source": parsed.source,
        "document": data,
    }
    return rec if parsed.note is None else {**rec, "note": parsed.note}


def record_line(
    path: str | os.PathLike[str],
    *,
    issue_date: IssueDate = None,
    encoding: str = DEFAULT,
    vocabulary: Vocabulary | None = None,
) -> str:
    """:func:`record` as one line of JSON (no newline), Chinese kept as is."""
    return _line_and_error(os.fspath(path), (issue_date, encoding, vocabulary))[0]


def _line_and_error(path: str, options: Options) -> tuple[str, str | None, str | None]:
    """The JSON line of ``path``, its error and its note (what the CLI's workers return).

    A document that JSON cannot write (an integer past Python's digit limit) is an
    error record like any other failure.
    """
    rec = _record(path, options)
    try:
        return json.dumps(rec, ensure_ascii=False), rec.get("error"), rec.get("note")
    except (ValueError, TypeError, OverflowError) as e:
        err = f"cannot be written as JSON: {type(e).__name__}: {e}"
        return json.dumps({"path": path, "error": err}, ensure_ascii=False), err, None


def _ordered(
    work: Callable[[str, Opts], T],
    paths: Iterable[str | os.PathLike[str]],
    jobs: int,
    options: Opts,
) -> Iterator[tuple[str, T]]:
    """``(path, work(path, options))`` in the order of ``paths``, in ``jobs`` processes.

    At most ``4 * jobs`` files are in flight, and ``paths`` is read as it goes (it
    may be a generator), so memory stays flat however many there are; results come
    back in order, so output is the same for any ``jobs``.
    """
    names = (os.fspath(p) for p in paths)
    if jobs <= 1:
        for name in names:
            yield name, work(name, options)
        return
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        pending: deque[tuple[str, Future[T]]] = deque()
        for name in names:
            pending.append((name, pool.submit(work, name, options)))
            if len(pending) >= 4 * jobs:
                break
        while pending:
            name, fut = pending.popleft()
            result = fut.result()
            nxt = next(names, None)
            if nxt is not None:
                pending.append((nxt, pool.submit(work, nxt, options)))
            yield name, result


def iter_lines(
    paths: Iterable[str | os.PathLike[str]],
    *,
    jobs: int = 1,
    issue_date: IssueDate = None,
    encoding: str = DEFAULT,
    vocabulary: Vocabulary | None = None,
) -> Iterator[tuple[str, str, str | None]]:
    """``(path, JSON line, error or None)`` for each of ``paths``, in order (the CLI's loop).

    With ``jobs > 1`` the files are parsed in that many processes, and each worker
    sends back a string rather than a model, which is what crosses processes fastest
    (a function given as ``issue_date`` must then be picklable, as
    :func:`path_dates` is).
    """
    options = (issue_date, encoding, vocabulary)
    for name, (line, err, _) in _ordered(_line_and_error, paths, jobs, options):
        yield name, line, err


def _record(path: str, options: Options) -> dict[str, Any]:
    """:func:`record` with positional arguments (for the pool and for Dask)."""
    return record(path, issue_date=options[0], encoding=options[1], vocabulary=options[2])


def iter_records(
    paths: Iterable[str | os.PathLike[str]],
    *,
    jobs: int = 1,
    issue_date: IssueDate = None,
    encoding: str = DEFAULT,
    vocabulary: Vocabulary | None = None,
) -> Iterator[dict[str, Any]]:
    """:func:`record` for each of ``paths``, in order, parsed in ``jobs`` processes."""
    for _, rec in _ordered(_record, paths, jobs, (issue_date, encoding, vocabulary)):
        yield rec


def quantity_rows(path: str, doc: Document) -> list[dict[str, Any]]:
    """One row of :data:`QUANTITY_COLUMNS` a quantity of ``doc`` (as :mod:`zznews.tables`)."""
    return list(tables.quantity_rows(path, doc))


#: With a table's name: a worker's options, then the table.
TableOptions = tuple[IssueDate, str, Vocabulary | None, str]


def _rows_and_error(
    path: str, options: TableOptions
) -> tuple[list[dict[str, Any]], str | None, str | None]:
    """The rows of one file for a table, its error (no rows) if it failed, and its note."""
    try:
        parsed = _parse_path(path, options[:3])
        return list(tables.rows(options[3], path, parsed.doc)), None, parsed.note
    except Exception as e:  # one bad file is reported, whatever it did; the rest go on
        return [], _error(e), None


def iter_table(
    table: str,
    paths: Iterable[str | os.PathLike[str]],
    *,
    jobs: int = 1,
    issue_date: IssueDate = None,
    encoding: str = DEFAULT,
    vocabulary: Vocabulary | None = None,
) -> Iterator[tuple[str, list[dict[str, Any]], str | None]]:
    """``(path, rows, error or None)`` for each of ``paths`` in order: what ``zznews --csv`` writes.

    ``table`` is ``articles``, ``quantities`` or ``dates`` (see :mod:`zznews.tables`).

    >>> import pathlib, tempfile, zznews
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> page = "标题\\n\\n株洲日报(记者/王明)今年共培训1.5万人次。"
    >>> _ = (d / "2025-11-21.txt").write_text(page, "utf-8")
    >>> [(r["text"], r["value"], str(r["issue_date"])) for _, rs, _ in
    ...  iter_table("quantities", iter_inputs([d]), issue_date=path_dates()) for r in rs]
    [('1.5万人次', 15000, '2025-11-21')]
    """
    if table not in tables.TABLES:
        raise ValueError(f"no table {table!r}; the tables are {', '.join(tables.TABLES)}")
    work = _ordered(_rows_and_error, paths, jobs, (issue_date, encoding, vocabulary, table))
    yield from ((name, rows, err) for name, (rows, err, _) in work)


def _file_quantity_rows(path: str, options: Options) -> list[dict[str, Any]]:
    """The quantity rows of one file; none when the file fails."""
    return _rows_and_error(path, (*options, "quantities"))[0]


def _dask_bag() -> Any:
    """``dask.bag``, or an ImportError that says how to get it."""
    return tables.optional_module("dask.bag", "zznews.archive.to_bag and quantities_frame", "dask")


def to_bag(
    paths: Sequence[str | os.PathLike[str]],
    *,
    issue_date: IssueDate = None,
    encoding: str = DEFAULT,
    vocabulary: Vocabulary | None = None,
    npartitions: int | None = None,
) -> Any:
    """A ``dask.bag.Bag`` of :func:`record` dicts, one a path (needs ``zznews[dask]``).

    ``to_bag(paths).map(json.dumps).to_textfiles("out/*.jsonl")`` writes the same
    lines as ``zznews --jsonl``, on whatever scheduler Dask is set up with.
    """
    db = _dask_bag()
    names = [os.fspath(p) for p in paths]
    bag = db.from_sequence(names, npartitions=npartitions or min(len(names), 100) or 1)
    return bag.map(_record, (issue_date, encoding, vocabulary))


def quantities_frame(
    paths: Sequence[str | os.PathLike[str]],
    *,
    issue_date: IssueDate = None,
    encoding: str = DEFAULT,
    vocabulary: Vocabulary | None = None,
    npartitions: int | None = None,
) -> Any:
    """A ``dask.dataframe.DataFrame`` of every quantity in ``paths``, one row each.

    The rows are :func:`zznews.tables.quantity_rows`' (:data:`QUANTITY_COLUMNS`),
    exact values kept; ``.compute()`` then :func:`zznews.tables.to_pandas` gives
    numeric and date columns.
    Files that fail give no rows (use :func:`to_bag` to see why they failed).
    Needs ``zznews[dask]``.
    """
    db = _dask_bag()
    import pandas as pd  # type: ignore[import-untyped, import-not-found, unused-ignore]

    names = [os.fspath(p) for p in paths]
    bag = db.from_sequence(names, npartitions=npartitions or min(len(names), 100) or 1)
    rows = bag.map(_file_quantity_rows, (issue_date, encoding, vocabulary)).flatten()
    meta = pd.DataFrame({c: pd.Series(dtype="object") for c in QUANTITY_COLUMNS})
    # The rows of zznews.tables, exact values kept (object columns): .map(Decimal) is not needed.
    return rows.to_dataframe(meta=meta)
