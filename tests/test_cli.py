"""The ``zznews`` command: one page as an outline or JSON, an archive as JSON Lines."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

import zznews
from zznews.cli import main


@pytest.fixture
def archive(tmp_path: Path, sample_text: str) -> Path:
    """A small archive: pages in nested folders, one not UTF-8, one not a .txt file."""
    root = tmp_path / "archive"
    (root / "2025" / "11").mkdir(parents=True)
    (root / "2025" / "12").mkdir(parents=True)
    (root / "2025" / "11" / "21.txt").write_text(sample_text, encoding="utf-8")
    (root / "2025" / "11" / "22.txt").write_text(
        "标题\n\n株洲日报(记者/王明)今年共培训1.5万人次。\n", "utf-8"
    )
    (root / "2025" / "12" / "01.txt").write_bytes("\ufeff".encode() + sample_text.encode("utf-8"))
    (root / "2025" / "12" / "02.txt").write_bytes(b"\xff\xfe\x00garbled")
    (root / "notes.md").write_text("not a page", encoding="utf-8")
    return root


def _records(text: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in text.splitlines()]


# --- one page ------------------------------------------------------------------


def test_outline_of_the_sample(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--sample"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Page 1") and "产业社区“微项目”撬动居民“大幸福”" in out


def test_json_of_one_file(
    tmp_path: Path, sample_text: str, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "page.txt"
    page.write_text(sample_text, encoding="utf-8")
    assert main(["--json", str(page)]) == 0
    assert zznews.from_json(capsys.readouterr().out) == zznews.parse(sample_text)


def test_output_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "outline.txt"
    assert main(["--sample", "-o", str(out)]) == 0
    assert capsys.readouterr().out == ""
    assert out.read_text("utf-8").startswith("Page 1")


def test_one_bad_file_is_status_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe")
    assert main([str(bad)]) == 2
    err = capsys.readouterr().err
    assert str(bad) in err and "not UTF-8" in err
    assert main([str(tmp_path / "missing.txt")]) == 2


def test_several_files_need_jsonl(archive: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main([str(archive)])
    assert info.value.code == 2
    assert "--jsonl" in capsys.readouterr().err


def test_jsonl_refuses_sample_and_stdin() -> None:
    for argv in (
        ["--jsonl", "--sample"],
        ["--jsonl", "-"],
        ["--jsonl"],
        ["--json", "--jsonl", "x"],
    ):
        with pytest.raises(SystemExit):
            main(argv)


# --- an archive -------------------------------------------------------------------


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_jsonl_of_a_directory(
    archive: Path, sample_text: str, jobs: str, capsys: pytest.CaptureFixture[str]
) -> None:
    status = main(["--jsonl", "-j", jobs, str(archive)])
    out, err = capsys.readouterr()
    assert status == 1  # one file failed
    records = _records(out)
    names = [Path(str(r["path"])).relative_to(archive).as_posix() for r in records]
    assert names == ["2025/11/21.txt", "2025/11/22.txt", "2025/12/01.txt", "2025/12/02.txt"]
    good = [r for r in records if "document" in r]
    assert len(good) == 3
    assert zznews.converter.structure(good[0]["document"], zznews.Document) == zznews.parse(
        sample_text
    )
    assert "error" in records[3] and "not UTF-8" in str(records[3]["error"])
    # The failure is on stderr with its path; no progress bar when stderr is not a terminal.
    assert err.count("\n") == 1 and str(archive / "2025" / "12" / "02.txt") in err
    assert "\r" not in err


def test_jsonl_of_files_and_dirs_into_a_file(
    archive: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.jsonl"
    first = archive / "2025" / "11" / "22.txt"
    status = main(["--jsonl", "-o", str(out), "--quiet", str(first), str(archive / "2025" / "12")])
    assert status == 1
    assert capsys.readouterr().out == ""
    records = _records(out.read_text("utf-8"))
    assert [Path(str(r["path"])).name for r in records] == ["22.txt", "01.txt", "02.txt"]


def test_jsonl_all_good_is_status_0(archive: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (archive / "2025" / "12" / "02.txt").unlink()
    assert main(["--jsonl", str(archive)]) == 0
    assert capsys.readouterr().err == ""


def test_jsonl_issue_date(archive: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["--jsonl", "--issue-date", "2024-01-02", str(archive / "2025" / "11" / "22.txt")])
    (record,) = _records(capsys.readouterr().out)
    assert record["document"]["issue_date"] == "2024-01-02"  # type: ignore[index]


class _Terminal(io.StringIO):
    """A standard error that says it is a terminal."""

    def isatty(self) -> bool:
        return True


def test_progress_on_a_terminal(archive: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    term = _Terminal()
    monkeypatch.setattr(sys, "stderr", term)
    monkeypatch.setattr(sys, "stdout", io.StringIO())
    assert main(["--jsonl", str(archive)]) == 1
    shown = term.getvalue()
    assert "\r" in shown and "4 files, 1 failed" in shown and shown.endswith("\n")
    assert "02.txt: not UTF-8" in shown


def test_quiet_turns_progress_off(archive: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    term = _Terminal()
    monkeypatch.setattr(sys, "stderr", term)
    monkeypatch.setattr(sys, "stdout", io.StringIO())
    main(["--jsonl", "--quiet", str(archive)])
    assert "\r" not in term.getvalue()


def test_python_dash_m(archive: Path) -> None:
    run = subprocess.run(
        [sys.executable, "-m", "zznews", "--jsonl", "-j", "2", str(archive)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    assert run.returncode == 1
    assert len(run.stdout.splitlines()) == 4
    assert "02.txt" in run.stderr


def test_schema_flag_prints_the_json_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--schema"]) == 0
    assert json.loads(capsys.readouterr().out) == zznews.json_schema()


# --- usage and closed pipes (issue 12) -------------------------------------------------


def test_no_arguments_prints_the_usage(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    err = capsys.readouterr().err
    assert err.startswith("usage: zznews") and "--help" in err


def _closed_early(argv: list[str]) -> subprocess.CompletedProcess[bytes]:
    """Run zznews, read a few bytes of its output, close the pipe, and wait."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "zznews", *argv], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.read(10)
    proc.stdout.close()
    err = proc.stderr.read()
    proc.wait(timeout=120)
    return subprocess.CompletedProcess(argv, proc.returncode, b"", err)


@pytest.mark.parametrize(
    "mode",
    [["--json"], ["--jsonl"], ["--csv", "dates"], ["--html"], []],
    ids=["json", "jsonl", "csv", "html", "outline"],
)
def test_a_closed_pipe_is_quiet(mode: list[str], tmp_path: Path, sample_text: str) -> None:
    page = tmp_path / "p.txt"
    page.write_text(sample_text, encoding="utf-8")
    # Big enough to fill a pipe's buffer in every mode: many copies for the modes that take them.
    inputs = [str(page)] * 200 if mode and mode[0] in ("--jsonl", "--csv") else [str(page)]
    run = _closed_early([*mode, *inputs])
    assert run.stderr == b"", run.stderr.decode("utf-8", "replace")
    assert run.returncode in (0, 141)
