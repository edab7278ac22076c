"""Many page files at once: JSON Lines records, a process pool, and a Dask recipe.

A record is one input file as one JSON-ready dict, the line that
``zznews --jsonl`` writes::

    {"path": "2025/11/21/01.txt", "document": {...}}       # converter.unstructure(doc)
    {"path": "2025/11/21/02.txt", "error": "not UTF-8 text (byte 17: invalid start byte)"}

:func:`parse_file` and :func:`record` are pure functions of a path, so they map
over any scheduler: :func:`iter_records` runs them in a bounded process pool
(memory stays flat however many files), and :func:`to_bag` and
:func:`quantities_frame` hand them to Dask (``pip install 'zznews[dask]'``).

>>> import pathlib, tempfile, zznews
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> _ = (d / "a.txt").write_text(zznews.sample_text(), encoding="utf-8")
>>> _ = (d / "b.txt").write_bytes(b"\\xff\\xfe")
>>> [sorted(r) for r in iter_records(find_inputs([d]))]
[['document', 'path'], ['error', 'path']]
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from typing import Any, TypeVar

from .errors import ParseError
from .model import Document
from .parser import parse
from .serialize import converter

T = TypeVar("T")

__all__ = [
    "QUANTITY_COLUMNS",
    "find_inputs",
    "iter_lines",
    "iter_records",
    "parse_file",
    "quantities_frame",
    "quantity_rows",
    "record",
    "record_line",
    "to_bag",
]

#: The columns of :func:`quantities_frame`, one row a quantity. Numbers are exact
#: decimal strings (``"60000"``, ``"1.5"``) or ``None``, as in the JSON.
QUANTITY_COLUMNS: tuple[str, ...] = (
    "path",
    "article",
    "headline",
    "text",
    "value",
    "low",
    "high",
    "unit",
    "approx",
    "per",
    "start",
    "end",
)


def find_inputs(inputs: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """The page files named by ``inputs``: files as given, directories searched for ``*.txt``.

    Directories are walked recursively and their files sorted, so the order is the
    same on every machine. A name that does not exist is kept: reading it will
    fail, and that failure is reported for that path like any other.
    """
    found: list[Path] = []
    for name in inputs:
        path = Path(name)
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*.txt") if p.is_file()))
        else:
            found.append(path)
    return found


def parse_file(path: str | os.PathLike[str], *, issue_date: dt.date | None = None) -> Document:
    """Read ``path`` as UTF-8 (a byte-order mark is fine) and parse it.

    Raises :class:`OSError`, :class:`UnicodeDecodeError` or :class:`~zznews.ParseError`.
    """
    return parse(Path(path).read_bytes().decode("utf-8"), issue_date=issue_date)


def _error(e: BaseException) -> str:
    """One line saying why a file failed."""
    if isinstance(e, UnicodeDecodeError):
        return f"not UTF-8 text (byte {e.start}: {e.reason})"
    if isinstance(e, OSError):
        return e.strerror or str(e)
    if isinstance(e, ParseError):
        return str(e)
    return f"internal error, please report it: {type(e).__name__}: {e}"


def record(path: str | os.PathLike[str], *, issue_date: dt.date | None = None) -> dict[str, Any]:
    """The record of one file: ``{"path", "document"}``, or ``{"path", "error"}`` if it failed.

    It never raises for a bad file, so one bad page cannot stop an archive.
    """
    name = os.fspath(path)
    try:
        doc = parse_file(path, issue_date=issue_date)
    except Exception as e:  # one bad file is reported, whatever it did; the rest go on
        return {"path": name, "error": _error(e)}
    return {"path": name, "document": converter.unstructure(doc)}


def record_line(path: str | os.PathLike[str], *, issue_date: dt.date | None = None) -> str:
    """:func:`record` as one line of JSON (no newline), Chinese kept as is."""
    return json.dumps(record(path, issue_date=issue_date), ensure_ascii=False)


def _line_and_error(path: str, issue_date: dt.date | None) -> tuple[str, str | None]:
    """The JSON line of ``path`` and its error, if any (what the CLI's workers return)."""
    rec = record(path, issue_date=issue_date)
    return json.dumps(rec, ensure_ascii=False), rec.get("error")


def _ordered(
    work: Callable[[str, dt.date | None], T],
    paths: Sequence[str | os.PathLike[str]],
    jobs: int,
    issue_date: dt.date | None,
) -> Iterator[tuple[str, T]]:
    """``(path, work(path, issue_date))`` in the order of ``paths``, in ``jobs`` processes.

    At most ``4 * jobs`` files are in flight, so memory stays flat however many
    there are; results come back in order, so output is the same for any ``jobs``.
    """
    names = [os.fspath(p) for p in paths]
    if jobs <= 1:
        for name in names:
            yield name, work(name, issue_date)
        return
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        pending: deque[tuple[str, Future[T]]] = deque()
        todo = iter(names)
        for name in todo:
            pending.append((name, pool.submit(work, name, issue_date)))
            if len(pending) >= 4 * jobs:
                break
        while pending:
            name, fut = pending.popleft()
            result = fut.result()
            nxt = next(todo, None)
            if nxt is not None:
                pending.append((nxt, pool.submit(work, nxt, issue_date)))
            yield name, result


def iter_lines(
    paths: Sequence[str | os.PathLike[str]],
    *,
    jobs: int = 1,
    issue_date: dt.date | None = None,
) -> Iterator[tuple[str, str, str | None]]:
    """``(path, JSON line, error or None)`` for each of ``paths``, in order (the CLI's loop).

    With ``jobs > 1`` the files are parsed in that many processes, and each worker
    sends back a string rather than a model, which is what crosses processes fastest.
    """
    for name, (line, err) in _ordered(_line_and_error, paths, jobs, issue_date):
        yield name, line, err


def _record(path: str, issue_date: dt.date | None) -> dict[str, Any]:
    """:func:`record` with positional arguments (for the pool and for Dask)."""
    return record(path, issue_date=issue_date)


def iter_records(
    paths: Sequence[str | os.PathLike[str]],
    *,
    jobs: int = 1,
    issue_date: dt.date | None = None,
) -> Iterator[dict[str, Any]]:
    """:func:`record` for each of ``paths``, in order, parsed in ``jobs`` processes."""
    for _, rec in _ordered(_record, paths, jobs, issue_date):
        yield rec


def _exact(n: object) -> str | None:
    """An exact number as a decimal string (``None`` stays ``None``)."""
    return None if n is None else str(n)


def quantity_rows(path: str, doc: Document) -> list[dict[str, Any]]:
    """One row of :data:`QUANTITY_COLUMNS` for each quantity of each article of ``doc``."""
    rows: list[dict[str, Any]] = []
    for i, a in enumerate(doc.articles):
        for q in a.quantities:
            rows.append(
                {
                    "path": path,
                    "article": i,
                    "headline": a.headline,
                    "text": q.text,
                    "value": _exact(q.value),
                    "low": _exact(q.low),
                    "high": _exact(q.high),
                    "unit": q.unit,
                    "approx": q.approx.value if q.approx is not None else None,
                    "per": q.per,
                    "start": q.span[0],
                    "end": q.span[1],
                }
            )
    return rows


def _file_quantity_rows(path: str, issue_date: dt.date | None) -> list[dict[str, Any]]:
    """The quantity rows of one file; none when the file fails."""
    try:
        doc = parse_file(path, issue_date=issue_date)
    except (OSError, UnicodeDecodeError, ParseError):
        return []
    return quantity_rows(path, doc)


def _dask_bag() -> Any:
    """``dask.bag``, or an ImportError that says how to get it."""
    try:
        import dask.bag  # type: ignore[import-not-found, unused-ignore]
    except ImportError as e:  # pragma: no cover - exercised only without dask
        raise ImportError(
            "zznews.archive.to_bag and quantities_frame need Dask: pip install 'zznews[dask]'"
        ) from e
    return dask.bag


def to_bag(
    paths: Sequence[str | os.PathLike[str]],
    *,
    issue_date: dt.date | None = None,
    npartitions: int | None = None,
) -> Any:
    """A ``dask.bag.Bag`` of :func:`record` dicts, one a path (needs ``zznews[dask]``).

    ``to_bag(paths).map(json.dumps).to_textfiles("out/*.jsonl")`` writes the same
    lines as ``zznews --jsonl``, on whatever scheduler Dask is set up with.
    """
    db = _dask_bag()
    names = [os.fspath(p) for p in paths]
    bag = db.from_sequence(names, npartitions=npartitions or min(len(names), 100) or 1)
    return bag.map(_record, issue_date)


def quantities_frame(
    paths: Sequence[str | os.PathLike[str]],
    *,
    issue_date: dt.date | None = None,
    npartitions: int | None = None,
) -> Any:
    """A ``dask.dataframe.DataFrame`` of every quantity in ``paths``, one row each.

    The columns are :data:`QUANTITY_COLUMNS`.
    Files that fail give no rows (use :func:`to_bag` to see why they failed).
    Needs ``zznews[dask]``.
    """
    db = _dask_bag()
    import pandas as pd  # type: ignore[import-untyped, import-not-found, unused-ignore]

    names = [os.fspath(p) for p in paths]
    bag = db.from_sequence(names, npartitions=npartitions or min(len(names), 100) or 1)
    rows = bag.map(_file_quantity_rows, issue_date).flatten()
    meta = pd.DataFrame(
        {
            c: pd.Series(dtype="int64" if c in ("article", "start", "end") else "object")
            for c in QUANTITY_COLUMNS
        }
    )
    return rows.to_dataframe(meta=meta)
