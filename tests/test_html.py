"""``zznews --html``: one self-contained page, checked as text and in a real browser."""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

import zznews
from zznews.cli import main
from zznews.html import to_html

CHROMIUM = next(
    (p for p in map(shutil.which, ("chromium", "chromium-browser", "google-chrome")) if p), None
)


@pytest.fixture(scope="module")
def page(sample_text: str) -> str:
    return to_html(zznews.parse(sample_text, issue_date=zznews.SAMPLE_ISSUE_DATE), sample_text)


def test_self_contained(page: str) -> None:
    assert page.startswith("<!DOCTYPE html>") and '<meta charset="utf-8">' in page
    assert "<script" not in page and "http://" not in page and "https://" not in page
    assert "<link" not in page and "src=" not in page  # nothing fetched


def test_everything_is_marked(page: str, sample_doc: zznews.Document) -> None:
    assert page.count('class="article"') == len(sample_doc.articles)
    for field in ("headline", "kicker", "subtitle", "byline", "caption", "credit", "heading"):
        assert f'class="f-{field}' in page, field
    assert page.count('class="quantity') >= sum(len(a.quantities) for a in sample_doc.articles)
    assert 'title="10 栋"' in page
    assert re.search(r'class="date[^"]*" title="2025-08-\d\d – 2025-08-31"', page)
    assert "Unplaced lines" in page


def test_balanced_tags(page: str) -> None:
    assert page.count("<div") == page.count("</div>")
    assert page.count("<span") == page.count("</span>")


def test_source_text_kept_and_escaped() -> None:
    text = '标题<script>alert(1)</script>\n\n株洲日报(记者/王明)共培训1.5万人次 & "更多"。\n\n(下转第2版)\n'
    out = to_html(zznews.parse(text), text)
    assert "<script>" not in out and "&lt;script&gt;" in out and "&amp;" in out
    visible = re.sub(r"<[^>]+>", "", out.split('<div class="source">', 1)[1].split("<h2>", 1)[0])
    import html

    assert html.unescape(visible).rstrip("\n") == text.rstrip("\n")


def test_unplaced_shown_apart() -> None:
    text = "标题\n\n株洲日报(记者/王明)共培训1.5万人次。\n\n(下转第2版)\n"
    doc = zznews.parse(text)
    assert doc.unplaced
    out = to_html(doc, text)
    listed = out.split("<h2>Unplaced lines</h2>", 1)[1]
    assert "(下转第2版)" in listed and doc.unplaced[0].reason in listed


def test_cli_html(tmp_path: Path, sample_text: str, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "p.txt"
    src.write_text(sample_text, "utf-8")
    out = tmp_path / "p.html"
    assert main(["--html", "--issue-date", "2025-11-21", str(src), "-o", str(out)]) == 0
    assert (
        out.read_text("utf-8")
        == to_html(zznews.parse(sample_text, issue_date=zznews.SAMPLE_ISSUE_DATE), sample_text)
        + "\n"
    )
    assert main(["--html", "--sample"]) == 0
    assert "产业社区" in capsys.readouterr().out


def _screenshot(html_file: Path, png: Path) -> subprocess.CompletedProcess[bytes]:
    assert CHROMIUM is not None
    profile = tempfile.mkdtemp(prefix="zznews-chromium-")
    try:
        return subprocess.run(
            [
                CHROMIUM,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                f"--user-data-dir={profile}",
                f"--screenshot={png}",
                "--window-size=1280,2000",
                html_file.as_uri(),
            ],
            capture_output=True,
            timeout=120,
            check=False,
        )
    finally:
        shutil.rmtree(profile, ignore_errors=True)


@pytest.mark.skipif(
    CHROMIUM is None,
    reason="Chromium is not installed (apt-get install chromium): no browser check of --html",
)
def test_renders_in_chromium(tmp_path: Path, page: str) -> None:
    html_file = tmp_path / "sample.html"
    html_file.write_text(page, "utf-8")
    png = tmp_path / "sample.png"
    run = _screenshot(html_file, png)
    assert png.is_file(), run.stderr.decode("utf-8", "replace")[-2000:]
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert (width, height) == (1280, 2000)
    # A blank page compresses to a few kilobytes; text, frames and marks do not.
    assert len(data) > 50_000
