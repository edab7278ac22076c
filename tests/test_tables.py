"""zznews.tables and ``zznews --csv``: one row an article, a quantity or a date, exact values."""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import subprocess
import sys
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import attrs
import pytest

import zznews
from zznews import tables
from zznews.cli import main


@pytest.fixture(scope="module")
def doc(sample_text: str) -> zznews.Document:
    return zznews.parse(sample_text, issue_date=zznews.SAMPLE_ISSUE_DATE)


def test_article_rows(doc: zznews.Document) -> None:
    rows = list(tables.article_rows("s.txt", doc))
    assert len(rows) == len(doc.articles)
    assert all(tuple(r) == tables.ARTICLE_COLUMNS for r in rows)
    first = rows[0]
    assert first["index"] == 0 and first["page"] == 1 and first["kind"] == "story"
    assert (
        first["agency"] == "株洲日报"
        and first["contributors"] == "全媒体记者/李逸峰; 通讯员/周陵湘"
    )
    assert first["paragraphs"] == len(doc.articles[0].paragraphs)
    assert first["characters"] == sum(len(p) for p in doc.articles[0].paragraphs)
    assert rows[5]["section"] == "就业·创业" and rows[5]["editor"] == "王建设"


def test_quantity_rows_are_exact(doc: zznews.Document, sample_text: str) -> None:
    rows = list(tables.quantity_rows("s.txt", doc))
    assert len(rows) == sum(len(a.quantities) for a in doc.articles)
    assert all(tuple(r) == tables.QUANTITY_COLUMNS for r in rows)
    quantities = [q for a in doc.articles for q in a.quantities]
    for r, q in zip(rows, quantities, strict=True):
        assert (r["value"], r["low"], r["high"]) == (q.value, q.low, q.high)
        assert r["value"] is None or type(r["value"]) is type(q.value)
        assert (
            sample_text[r["span_start"] : r["span_end"]] == q.text
            or "\n" in sample_text[r["span_start"] : r["span_end"]]
        )
        assert r["issue_date"] == zznews.SAMPLE_ISSUE_DATE


def test_date_rows(doc: zznews.Document) -> None:
    rows = list(tables.date_rows("s.txt", doc))
    assert len(rows) == sum(len(a.dates) for a in doc.articles)
    assert all(tuple(r) == tables.DATE_COLUMNS for r in rows)
    assert all(r["start"] is None or isinstance(r["start"], dt.date) for r in rows)


def test_any_number_type_is_written_with_str() -> None:
    """Whatever a quantity holds (int, Decimal, a Fraction one day), the CSV cell is str() of it."""
    doc = zznews.parse("标题\n\n株洲日报(记者/王明)今年共培训1.5万人次。")
    q = doc.articles[0].quantities[0]
    article = attrs.evolve(doc.articles[0], quantities=(attrs.evolve(q, value=Fraction(1, 3)),))  # type: ignore[arg-type]
    page = attrs.evolve(doc.pages[0], articles=(article,))
    out = io.StringIO()
    tables.write_csv(
        out, tables.QUANTITY_COLUMNS, tables.quantity_rows("p", attrs.evolve(doc, pages=(page,)))
    )
    (row,) = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert row["value"] == "1/3"
    assert [tables.csv_cell(v) for v in (Decimal("1.50"), 7, None)] == ["1.50", "7", ""]


def test_unknown_table() -> None:
    with pytest.raises(ValueError, match="no table"):
        list(tables.rows("people", "p", zznews.Document()))


def test_cli_csv_of_the_sample(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--csv", "quantities", "--sample"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert list(rows[0]) == list(tables.QUANTITY_COLUMNS)
    assert rows[0]["path"] == "<sample>" and rows[0]["issue_date"] == "2025-11-21"
    by_text = {r["text"]: r for r in rows}
    assert by_text["10栋"]["value"] == "10" and by_text["10栋"]["unit"] == "栋"


@pytest.mark.parametrize("table", ["articles", "quantities", "dates"])
def test_cli_csv_of_a_folder_into_a_file(
    table: str, tmp_path: Path, sample_text: str, capsys: pytest.CaptureFixture[str]
) -> None:
    for day in ("2025-11-21", "2025-11-22"):
        (tmp_path / "in" / day).mkdir(parents=True)
        (tmp_path / "in" / day / "01.txt").write_text(sample_text, "utf-8")
    out = tmp_path / "t.csv"
    argv = [
        "--csv",
        table,
        "-j",
        "2",
        "--issue-date-from-path",
        "-o",
        str(out),
        str(tmp_path / "in"),
    ]
    assert main(argv) == 0
    rows = list(csv.DictReader(out.read_text("utf-8").splitlines()))
    doc = zznews.parse(sample_text, issue_date=zznews.SAMPLE_ISSUE_DATE)
    per_file = len(list(tables.rows(table, "x", doc)))
    assert len(rows) == 2 * per_file
    assert {r["issue_date"] for r in rows} == {"2025-11-21", "2025-11-22"}


def test_csv_is_utf8_whatever_the_locale(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONIOENCODING": "ascii", "LC_ALL": "C", "PYTHONUTF8": "0"}
    for flag in (["--csv", "articles"], ["--json"], ["--jsonl"]):
        argv = [sys.executable, "-m", "zznews", *flag, "--sample"]
        if flag == ["--jsonl"]:
            page = tmp_path / "p.txt"
            page.write_text(zznews.sample_text(), "utf-8")
            argv = [sys.executable, "-m", "zznews", "--jsonl", str(page)]
        run = subprocess.run(argv, capture_output=True, env=env, check=False)
        assert run.returncode == 0, run.stderr
        assert "产业社区" in run.stdout.decode("utf-8")


def test_to_pandas(doc: zznews.Document) -> None:
    pd = pytest.importorskip("pandas")
    frame = tables.to_pandas(tables.quantity_rows("s", doc), tables.QUANTITY_COLUMNS)
    assert list(frame.columns) == list(tables.QUANTITY_COLUMNS)
    assert pd.api.types.is_float_dtype(frame["value"]) and str(frame["article"].dtype) == "Int64"
    assert pd.api.types.is_datetime64_any_dtype(frame["issue_date"])
    dates = tables.to_pandas(tables.date_rows("s", doc), tables.DATE_COLUMNS)
    assert pd.api.types.is_datetime64_any_dtype(dates["start"])
    empty = tables.to_pandas([], tables.ARTICLE_COLUMNS)
    assert list(empty.columns) == list(tables.ARTICLE_COLUMNS) and len(empty) == 0


def test_the_outline_follows_the_terminal() -> None:
    env = {**os.environ, "PYTHONIOENCODING": "ascii", "LC_ALL": "C", "PYTHONUTF8": "0"}
    run = subprocess.run(
        [sys.executable, "-m", "zznews", "--sample"], capture_output=True, env=env, check=False
    )
    assert run.returncode == 0 and run.stderr == b""
    assert run.stdout.isascii() and b"\\u" in run.stdout  # what ASCII cannot show, escaped
