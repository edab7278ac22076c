"""zznews.archive: finding page files and turning each into one JSON-ready record."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

import pytest

import zznews
from zznews import archive


@pytest.fixture
def pages(tmp_path: Path, sample_text: str) -> Path:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text(sample_text, encoding="utf-8")
    (tmp_path / "a.txt").write_text("标题\n\n株洲日报(记者/王明)今年共培训1.5万人次。\n", "utf-8")
    (tmp_path / "c.txt").write_bytes(b"\xe6\xa0")  # cut mid-character
    (tmp_path / "d.TXT.bak").write_text("ignored", encoding="utf-8")
    return tmp_path


def test_find_inputs_walks_directories_in_order(pages: Path) -> None:
    found = archive.find_inputs([pages, pages / "a.txt", pages / "missing.txt"])
    rel = [p.relative_to(pages).as_posix() for p in found]
    assert rel == ["a.txt", "b/2.txt", "c.txt", "a.txt", "missing.txt"]


def test_record_of_a_good_file(pages: Path) -> None:
    rec = archive.record(pages / "a.txt", issue_date=dt.date(2025, 11, 21))
    assert set(rec) == {"path", "encoding", "issue_date", "issue_date_source", "document"}
    assert (rec["encoding"], rec["issue_date"], rec["issue_date_source"]) == (
        "utf-8",
        "2025-11-21",
        "argument",
    )
    doc = zznews.converter.structure(rec["document"], zznews.Document)
    text = (pages / "a.txt").read_text("utf-8")
    assert doc == zznews.parse(text, issue_date=dt.date(2025, 11, 21))
    line = archive.record_line(pages / "a.txt", issue_date=dt.date(2025, 11, 21))
    assert json.loads(line) == json.loads(json.dumps(rec))


@pytest.mark.parametrize(
    ("name", "message"),
    [("c.txt", "not UTF-8 text"), ("missing.txt", "No such file"), ("b", "directory")],
)
def test_record_of_a_bad_file(pages: Path, name: str, message: str) -> None:
    rec = archive.record(pages / name)
    assert set(rec) == {"path", "error"} and message in rec["error"]


def test_record_of_surrogate_bytes(tmp_path: Path) -> None:
    page = tmp_path / "surrogate.txt"
    page.write_text("标题\n\udcff", encoding="utf-8", errors="surrogatepass")
    rec = archive.record(page)
    assert rec["error"].startswith("not UTF-8")  # the bytes are invalid UTF-8 already
    with pytest.raises(UnicodeDecodeError):
        archive.parse_file(page)


@pytest.mark.parametrize("jobs", [1, 3])
def test_iter_records_keeps_order_and_goes_on(pages: Path, jobs: int) -> None:
    paths = archive.find_inputs([pages]) * 5  # more files than the window of the pool
    records = list(archive.iter_records(paths, jobs=jobs))
    assert [r["path"] for r in records] == [str(p) for p in paths]
    assert ["error" in r for r in records] == [False, False, True] * 5


def test_iter_lines_are_json_lines(pages: Path) -> None:
    for path, line, err in archive.iter_lines(archive.find_inputs([pages]), jobs=2):
        rec = json.loads(line)
        assert "\n" not in line and rec["path"] == path and rec.get("error") == err


def test_quantity_rows(sample_text: str) -> None:
    doc = zznews.parse(sample_text, issue_date=dt.date(2025, 11, 21))
    rows = archive.quantity_rows("p.txt", doc)
    assert len(rows) == sum(len(a.quantities) for a in doc.articles) > 0
    assert all(tuple(r) == archive.QUANTITY_COLUMNS for r in rows)
    for r in rows:
        piece = sample_text[r["span_start"] : r["span_end"]]
        assert piece.replace("\n", "") == r["text"].replace("\n", "")
        for key in ("value", "low", "high"):  # exact: the model's own numbers
            assert r[key] is None or isinstance(r[key], (int, Decimal))
        assert r["issue_date"] == dt.date(2025, 11, 21)


def test_the_parse_is_a_pure_function_of_the_file(pages: Path) -> None:
    a = archive.record(pages / "b" / "2.txt")
    b = archive.record(pages / "b" / "2.txt")
    assert a == b
