"""What every fuzz harness checks: one function a target, shared by both runners and the tests.

A check takes the text, calls its target, and raises :class:`AssertionError` (or lets
an unexpected exception through) on a finding: an exception other than
:class:`~zznews.ParseError` or :class:`TypeError` (and :class:`ValueError` from
:func:`zznews.parse_number`, which documents it), a non-blank character of the input
in no part of the document, a span outside the input, a JSON round trip that is
not equal, or a ``repr`` that fails.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import unicodedata
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import TypeVar

import zznews
from zznews.dates import issue_date_from_dateline

T = TypeVar("T")

#: Issue dates a text is also parsed against, the calendar's edges among them; which
#: one is chosen by a hash of the text, so a finding is reproduced from its text alone.
ISSUE_DATES: tuple[dt.date, ...] = (
    dt.date(2025, 11, 21),
    dt.date(1, 1, 5),
    dt.date.min,
    dt.date.max,
    dt.date(9999, 12, 1),
    dt.date(2000, 2, 29),
)


def issue_date_for(text: str) -> dt.date:
    """The issue date ``text`` is checked against besides none (a hash of the text)."""
    digest = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=2).digest()
    return ISSUE_DATES[int.from_bytes(digest, "big") % len(ISSUE_DATES)]


def blank(ch: str) -> bool:
    """White space, control and format characters (NUL, BOM, zero-width) carry no text
    (as in tests/test_noloss.py)."""
    return ch.isspace() or unicodedata.category(ch) in ("Cc", "Cf")


def visible(text: str) -> str:
    """``text`` without its blank characters."""
    return "".join(ch for ch in text if not blank(ch))


def uncovered(text: str, doc: zznews.Document) -> str:
    """The non-blank characters of ``text`` that no part of ``doc`` covers."""
    covered = bytearray(len(text))
    for part in doc.iter_parts():
        a, b = part.span
        assert 0 <= a <= b <= len(text), f"part outside the text: {part}"
        covered[a:b] = b"\x01" * (b - a)
    return "".join(ch for ch, c in zip(text, covered, strict=True) if not c and not blank(ch))


def _round_trip(value: object, cls: type) -> None:
    """``value`` survives JSON through the converter, and its ``repr`` works."""
    repr(value)
    data = json.loads(json.dumps(zznews.converter.unstructure(value), ensure_ascii=False))
    assert zznews.converter.structure(data, cls) == value, f"JSON round trip differs: {value!r}"


def _span_in(text: str, span: tuple[int, int], what: str) -> None:
    a, b = span
    assert 0 <= a <= b <= len(text), f"{what} span {span} outside a text of {len(text)}"


def _known() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Findings already reported, to look past in a long triage run: the file that
    ``ZZNEWS_FUZZ_KNOWN`` names, one ``ExceptionType: message pattern`` a line.
    Never set in CI: there every finding fails."""
    path = os.environ.get("ZZNEWS_FUZZ_KNOWN")
    if not path:
        return ()
    rows = [ln.split(":", 1) for ln in Path(path).read_text("utf-8").splitlines() if ":" in ln]
    return tuple((name.strip(), re.compile(pat.strip())) for name, pat in rows)


KNOWN = _known()


def _call(call: str, func: Callable[[], T]) -> T:
    """``func()``, with the call that failed noted on any exception (the reproducer)."""
    try:
        return func()
    except (zznews.ParseError, TypeError):
        raise
    except Exception as e:
        for name, pattern in KNOWN:
            if type(e).__name__ == name and pattern.search(str(e)):
                raise _Known from e
        if hasattr(e, "add_note"):  # (Python 3.11 and later)
            e.add_note(f"reproducer: {call}")
        raise


class _Known(Exception):
    """A finding listed in ``ZZNEWS_FUZZ_KNOWN``: the check stops there, quietly."""


def check_parse(text: str) -> None:
    """:func:`zznews.parse`, with no issue date and with one (see :func:`issue_date_for`)."""
    try:
        _check_parse(text)
    except _Known:
        return


def _check_parse(text: str) -> None:
    for issue in (None, issue_date_for(text)):
        call = f"zznews.parse({text!r}, issue_date={issue!r})"
        try:
            doc = _call(call, lambda: zznews.parse(text, issue_date=issue))  # noqa: B023
        except zznews.ParseError as e:
            assert e.line is not None, "a ParseError names its line"
            return
        _call(call, lambda: _check_doc(text, doc, issue))  # noqa: B023


def _check_doc(text: str, doc: zznews.Document, issue: dt.date | None) -> None:
    """The no-loss, span, repr and JSON checks of one document."""
    lost = uncovered(text, doc)
    assert not lost, f"characters in no part (issue date {issue}): {lost[:40]!r}"
    for u in doc.unplaced:
        assert text[u.span[0] : u.span[1]] == u.text, f"unplaced text is not its span: {u}"
    repr(doc)
    assert zznews.from_json(zznews.to_json(doc)) == doc, "JSON round trip differs"


def _guarded(check: Callable[[str], None], name: str) -> Callable[[str], None]:
    """``check`` with the call noted on a finding, and listed findings passed over."""

    def run(text: str) -> None:
        try:
            _call(f"{name}({text!r})", lambda: check(text))
        except (_Known, zznews.ParseError, TypeError):
            return

    run.__doc__ = check.__doc__
    return run


def _check_quantities(text: str) -> None:
    """:func:`zznews.extract_quantities`: spans in the text and holding the quantity."""
    for q in zznews.extract_quantities(text):
        _span_in(text, q.span, "quantity")
        assert visible(text[q.span[0] : q.span[1]]) == visible(q.text), f"span is not {q.text!r}"
        _round_trip(q, zznews.Quantity)


def _check_dates(text: str) -> None:
    """:func:`zznews.extract_dates` with and without an issue date (the one of
    :func:`issue_date_for`); and the dateline reader."""
    for issue in (None, issue_date_for(text)):
        call = f"zznews.extract_dates({text!r}, issue_date={issue!r})"
        for d in _call(call, lambda: zznews.extract_dates(text, issue_date=issue)):  # noqa: B023
            _span_in(text, d.span, "date")
            assert visible(text[d.span[0] : d.span[1]]) == visible(d.text), f"not {d.text!r}"
            _round_trip(d, zznews.DateMention)
    day = issue_date_from_dateline(text)
    assert day is None or isinstance(day, dt.date)


def _check_byline(text: str) -> None:
    """:func:`zznews.parse_byline`: the byline's text is its span of the input."""
    b = zznews.parse_byline(text)
    if b is None:
        return
    _span_in(text, b.span, "byline")
    assert text[b.span[0] : b.span[1]] == b.text, f"byline text is not its span: {b!r}"
    _round_trip(b, zznews.Byline)


def _check_number(text: str) -> None:
    """:func:`zznews.parse_number`: an exact int or Decimal, or a ValueError."""
    try:
        value = zznews.parse_number(text)
    except ValueError as e:  # (what it documents; a ParseError is one too)
        if type(e) is ValueError or isinstance(e, zznews.ParseError):
            return
        raise
    assert isinstance(value, (int, Decimal)) and not isinstance(value, bool), repr(value)
    repr(value)
    data = json.loads(json.dumps(str(value) if isinstance(value, Decimal) else value))
    back = Decimal(data) if isinstance(value, Decimal) else data
    assert back == value, f"JSON round trip differs: {value!r}"


check_quantities = _guarded(_check_quantities, "zznews.extract_quantities")
check_dates = _guarded(_check_dates, "zznews.extract_dates")
check_byline = _guarded(_check_byline, "zznews.parse_byline")
check_number = _guarded(_check_number, "zznews.parse_number")

#: The harnesses by name: what ``fuzz/run.py`` runs.
TARGETS: dict[str, Callable[[str], None]] = {
    "parse": check_parse,
    "quantities": check_quantities,
    "dates": check_dates,
    "byline": check_byline,
    "number": check_number,
}
