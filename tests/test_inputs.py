"""Reading an archive: dates from paths, encodings, and every odd input reported, never hung on."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from pathlib import Path

import pytest

import zznews
from zznews import archive
from zznews._decode import decode, looks_utf16
from zznews.cli import main

PAGE = "标题\n\n株洲日报(记者/王明)今年8月底共培训1.5万人次。\n"
DATED = "2024年3月5日 星期二\n\n" + PAGE  # a dateline: the text says its own day


# --- a date per file ----------------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    [
        "zzrb/2025-11-21/01.txt",
        "zzrb/2025/11/21/A03.txt",
        "zzrb/2025-11/21/03.txt",
        "zzrb/20251121_03.txt",
        "2025_11_21.txt",
    ],
)
def test_date_from_path_layouts(path: str) -> None:
    assert archive.date_from_path(path) == dt.date(2025, 11, 21)


def test_date_from_path_none_and_impossible() -> None:
    assert archive.date_from_path("notes/page.txt") is None
    assert archive.date_from_path("2025-02-30/01.txt") is None
    assert archive.date_from_path("A0312345678.txt") is None  # a long number is no date


def test_date_from_path_with_a_pattern() -> None:
    pattern = r"d(?P<day>\d+)m(?P<month>\d+)y(?P<year>\d{4})"
    assert archive.date_from_path("x/d21m11y2025.txt", pattern) == dt.date(2025, 11, 21)
    assert archive.date_from_path("x/d21m11y2025.txt", re.compile(pattern)) == dt.date(2025, 11, 21)


def test_record_says_where_its_issue_date_came_from(tmp_path: Path) -> None:
    (tmp_path / "2025-11-21").mkdir()
    plain = tmp_path / "2025-11-21" / "a.txt"
    plain.write_text(PAGE, "utf-8")
    dated = tmp_path / "2025-11-21" / "b.txt"
    dated.write_text(DATED, "utf-8")
    undated = tmp_path / "c.txt"
    undated.write_text(PAGE, "utf-8")
    by_path = archive.path_dates()
    rec = archive.record(plain, issue_date=by_path)
    assert (rec["issue_date"], rec["issue_date_source"]) == ("2025-11-21", "path")
    rec = archive.record(dated, issue_date=by_path)
    assert (rec["issue_date"], rec["issue_date_source"]) == ("2024-03-05", "text")  # text wins
    rec = archive.record(undated, issue_date=by_path)
    assert (rec["issue_date"], rec["issue_date_source"]) == (None, None)
    rec = archive.record(dated)
    assert (rec["issue_date"], rec["issue_date_source"]) == ("2024-03-05", "text")
    rec = archive.record(dated, issue_date=dt.date(2025, 1, 2))  # an argument applies to all
    assert (rec["issue_date"], rec["issue_date_source"]) == ("2025-01-02", "argument")
    doc = archive.parse_file(plain, issue_date=lambda p: dt.date(2025, 11, 21))
    (date,) = doc.articles[0].dates
    assert (date.start, date.end) == (dt.date(2025, 8, 21), dt.date(2025, 8, 31))


def test_cli_dates_by_path_resolve_the_sample(
    tmp_path: Path, sample_text: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Copies of the sample (no dateline) dated by their folders: their dates resolve."""
    days = ["2025-11-21", "2025-11-22", "2025-11-23", "2025-11-24"]
    for day in days:
        (tmp_path / day).mkdir()
        (tmp_path / day / "01.txt").write_text(sample_text, "utf-8")

    def unresolved(argv: list[str]) -> tuple[int, int, list[str]]:
        assert main(argv) == 0
        records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
        mentions = [
            d
            for r in records
            for p in r["document"]["pages"]
            for a in p["articles"]
            for d in a["dates"]
        ]
        nulls = sum(d["start"] is None for d in mentions)
        return nulls, len(mentions), [r["issue_date_source"] for r in records]

    before, total, sources = unresolved(["--jsonl", "-q", str(tmp_path)])
    assert before > 0 and sources == [None] * 4
    after, total_after, sources = unresolved(
        ["--jsonl", "-q", "--issue-date-from-path", str(tmp_path)]
    )
    assert total_after == total and after < before and sources == ["path"] * 4
    regex = r"(?P<year>\d{4})-(?P<month>\d\d)-(?P<day>\d\d)"
    again, _, _ = unresolved(["--jsonl", "-q", "--path-date", regex, str(tmp_path)])
    assert again == after


def test_cli_path_date_needs_the_groups(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--jsonl", "--path-date", r"(\d+)", "x"])
    assert "year" in capsys.readouterr().err


# --- encodings ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "codec"),
    [
        (PAGE.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + PAGE.encode("utf-8"), "utf-8-sig"),
        (PAGE.encode("utf-16"), "utf-16"),
        (PAGE.encode("gb18030"), "gb18030"),
        (PAGE.encode("gbk"), "gb18030"),
        ("page one\n".encode("utf-16-le"), "utf-16-le"),
        ("page one\n".encode("utf-16-be"), "utf-16-be"),
    ],
)
def test_auto_encoding(data: bytes, codec: str) -> None:
    text, used = decode(data, "auto")
    assert used == codec and text.lstrip("\ufeff") in (PAGE, "page one\n")


def test_utf16_without_bom_is_not_read_as_utf8(tmp_path: Path) -> None:
    data = "page one, all ASCII\n".encode("utf-16-le")
    assert looks_utf16(data) == "utf-16-le" and looks_utf16(PAGE.encode("utf-8")) is None
    with pytest.raises(UnicodeDecodeError):
        decode(data)
    page = tmp_path / "u16.txt"
    page.write_bytes(data)
    rec = archive.record(page)
    assert "utf-16" in rec["error"] and "--encoding" in rec["error"]


def test_parse_file_encoding(tmp_path: Path) -> None:
    page = tmp_path / "gbk.txt"
    page.write_bytes(PAGE.encode("gbk"))
    with pytest.raises(UnicodeDecodeError):
        archive.parse_file(page)
    assert archive.parse_file(page, encoding="gb18030") == zznews.parse(PAGE)
    assert archive.parse_file(page, encoding="auto") == zznews.parse(PAGE)
    assert archive.record(page, encoding="auto")["encoding"] == "gb18030"


def test_cli_encoding(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "gbk.txt"
    page.write_bytes(PAGE.encode("gbk"))
    assert main(["--json", str(page)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--encoding" in err  # the error names the option
    assert main(["--json", "--encoding", "gbk", str(page)]) == 0
    assert zznews.from_json(capsys.readouterr().out) == zznews.parse(PAGE)
    assert main(["--jsonl", "--encoding", "auto", str(page)]) == 0
    assert json.loads(capsys.readouterr().out)["encoding"] == "gb18030"
    with pytest.raises(SystemExit):
        main(["--json", "--encoding", "klingon", str(page)])


# --- odd inputs in a directory -------------------------------------------------------


@pytest.fixture
def odd(tmp_path: Path) -> Path:
    """A folder holding one good page and one of every odd thing a folder can hold."""
    root = tmp_path / "odd"
    (root / "sub").mkdir(parents=True)
    (root / "a.txt").write_text(PAGE, "utf-8")
    (root / "B.TXT").write_text(PAGE, "utf-8")
    (root / "sub" / "c.txt").write_text(PAGE, "utf-8")
    os.symlink("nowhere.txt", root / "dangling.txt")
    os.symlink("loop.txt", root / "loop.txt")
    os.symlink(root / "sub", root / "linked")
    os.mkfifo(root / "fifo.txt")
    (root / "blank.txt").write_text(" \n\u3000\n", "utf-8")
    (root / "notes.md").write_text("not a page", "utf-8")
    return root


def test_every_odd_input_is_reported(odd: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status = main(["--jsonl", str(odd)])
    out, err = capsys.readouterr()
    records = {Path(r["path"]).name: r for r in map(json.loads, out.splitlines())}
    assert sorted(records) == [
        "B.TXT",
        "a.txt",
        "blank.txt",
        "c.txt",
        "dangling.txt",
        "fifo.txt",
        "linked",
        "loop.txt",
    ]
    assert status == 1
    for name, words in [
        ("dangling.txt", "No such file"),
        ("loop.txt", "symbolic links"),
        ("fifo.txt", "FIFO"),
        ("linked", "symbolic link to a directory"),
    ]:
        assert words in records[name]["error"], name
        assert f"{name}: " in err
    assert records["blank.txt"]["note"].startswith("blank file") and "blank.txt: blank file" in err
    assert "document" in records["B.TXT"] and "document" in records["c.txt"]
    assert "Traceback" not in err


def test_csv_reports_the_same(odd: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--csv", "articles", str(odd)]) == 1
    out, err = capsys.readouterr()
    assert len(out.splitlines()) == 1 + 3  # the header, three good pages of one article each
    assert "fifo.txt: a FIFO" in err and "loop.txt" in err


def test_fifo_alone_never_hangs(odd: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--json", str(odd / "fifo.txt")]) == 2
    assert capsys.readouterr().err.count("\n") == 1


def test_unreadable_subdirectory_is_reported(
    odd: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    real = os.scandir

    def scandir(path: object) -> object:
        if str(path).endswith("sub"):
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)  # type: ignore[call-overload]

    monkeypatch.setattr(os, "scandir", scandir)
    found = [p.name for p in archive.iter_inputs([odd])]
    assert "sub" in found and "c.txt" not in found  # the folder itself, so reading reports it


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads a chmod 000 directory anyway")
def test_locked_directory(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:  # pragma: no cover - root in CI
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "c.txt").write_text(PAGE, "utf-8")
    locked.chmod(0)
    try:
        assert main(["--json", str(locked / "c.txt")]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "Permission denied" in err
        assert main(["--jsonl", str(tmp_path)]) == 1
        assert "Permission denied" in capsys.readouterr().err
    finally:
        locked.chmod(0o755)


def test_permission_error_is_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "c.txt"
    page.write_text(PAGE, "utf-8")

    def denied(*args: object, **kwargs: object) -> int:
        raise PermissionError(13, "Permission denied", str(page))

    monkeypatch.setattr(os, "open", denied)
    assert main(["--json", str(page)]) == 2
    err = capsys.readouterr().err
    assert err == f"zznews: {page}: Permission denied\n"


def test_empty_directory_fails_with_a_word(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "empty").mkdir()
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "x.md").write_text("no page", "utf-8")
    for name in ("empty", "other"):
        assert main(["--jsonl", str(tmp_path / name)]) == 1
        out, err = capsys.readouterr()
        assert out == "" and "no *.txt files" in err


def test_the_walker_streams(tmp_path: Path) -> None:
    """A generator: the first file comes before the walk is over, in sorted order."""
    for d in ("b", "a", "c"):
        (tmp_path / d).mkdir()
        for f in ("2.txt", "1.txt"):
            (tmp_path / d / f).write_text(PAGE, "utf-8")
    walk = archive.iter_inputs([tmp_path])
    assert next(walk) == tmp_path / "a" / "1.txt"
    rest = [p.relative_to(tmp_path).as_posix() for p in walk]
    assert rest == ["a/2.txt", "b/1.txt", "b/2.txt", "c/1.txt", "c/2.txt"]
    assert archive.find_inputs([tmp_path]) == sorted(archive.find_inputs([tmp_path]))


def test_empty_file_noted(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "empty.txt"
    page.write_bytes(b"")
    assert main(["--json", str(page)]) == 0
    assert capsys.readouterr().err == f"zznews: {page}: empty file\n"


# --- crashes and JSON that cannot be written -----------------------------------------


def test_a_crash_is_one_line_and_status_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "p.txt"
    page.write_text(PAGE, "utf-8")

    def boom(text: str, *, issue_date: object = None) -> object:
        raise ValueError("not a numeral: '一亿万'")

    monkeypatch.setattr(archive, "parse", boom)
    assert main(["--json", str(page)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "internal error" in err and "Traceback" not in err
    assert main(["--jsonl", str(page), str(page)]) == 1
    out, err = capsys.readouterr()
    assert [("error" in json.loads(line)) for line in out.splitlines()] == [True, True]


def test_json_that_cannot_be_written_is_an_error_record(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    bad, good = tmp_path / "a.txt", tmp_path / "b.txt"
    bad.write_text(PAGE, "utf-8")
    good.write_text(PAGE, "utf-8")
    real = archive.record

    def huge(path: object, **kw: object) -> dict[str, object]:
        rec = real(path, **kw)  # type: ignore[arg-type]
        if str(path).endswith("a.txt"):
            rec["document"] = {"value": 10**5000}  # past Python's int-to-str limit
        return rec

    monkeypatch.setattr(archive, "record", huge)
    assert main(["--jsonl", str(bad), str(good)]) == 1
    out, _ = capsys.readouterr()
    first, second = (json.loads(line) for line in out.splitlines())
    assert "cannot be written as JSON" in first["error"] and "document" in second
