"""The Dask recipe: a bag of paths mapped through zznews.parse, to JSON and to a dataframe."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import zznews
from zznews import archive

dask = pytest.importorskip("dask")
pytest.importorskip("dask.bag")
pytest.importorskip("dask.dataframe")


@pytest.fixture
def pages(tmp_path: Path, sample_text: str) -> list[Path]:
    """A small generated archive: the sample, a few short pages, one broken file."""
    root = tmp_path / "archive"
    root.mkdir()
    (root / "00.txt").write_text(sample_text, encoding="utf-8")
    for i in range(1, 6):
        (root / f"{i:02d}.txt").write_text(
            f"标题{i}\n\n株洲日报(记者/王明)今年共培训{i}万人次,超过{i * 10}家企业参与。\n", "utf-8"
        )
    (root / "99.txt").write_bytes(b"\xff")
    return archive.find_inputs([root])


def test_bag_of_records(pages: list[Path]) -> None:
    bag = archive.to_bag(pages, npartitions=3)
    records = bag.compute(scheduler="sync")
    assert [r["path"] for r in records] == [str(p) for p in pages]
    assert "error" in records[-1]
    doc = zznews.converter.structure(records[0]["document"], zznews.Document)
    assert doc == archive.parse_file(pages[0])


def test_bag_to_json_lines(pages: list[Path], tmp_path: Path) -> None:
    out = tmp_path / "out"
    archive.to_bag(pages, npartitions=2).map(json.dumps, ensure_ascii=False).to_textfiles(
        str(out / "*.jsonl"), scheduler="sync"
    )
    lines = [ln for f in sorted(out.glob("*.jsonl")) for ln in f.read_text("utf-8").splitlines()]
    assert lines == [archive.record_line(p) for p in pages]


def test_quantities_frame(pages: list[Path]) -> None:
    frame = archive.quantities_frame(pages, npartitions=3)
    assert tuple(frame.columns) == archive.QUANTITY_COLUMNS
    df = frame.compute(scheduler="sync")
    expected = sum(len(archive.quantity_rows(str(p), archive.parse_file(p))) for p in pages[:-1])
    assert len(df) == expected
    short = df[df["path"] == str(pages[3])]
    assert list(short["text"]) == ["3万人次", "超过30家"]
    assert list(short["value"]) == [30000, 30]  # exact: the rows of zznews.tables
    assert list(short["approx"])[1] == "more_than"
    # The local scheduler with processes gives the same rows.
    again = frame.compute(scheduler="processes", num_workers=2)
    assert again.reset_index(drop=True).equals(df.reset_index(drop=True))
