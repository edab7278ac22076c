"""Inputs the fuzz harnesses (``fuzz/``) found, each run through its harness's checks.

A finding becomes a regression test by adding its text under its harness's name
(``python fuzz/run.py TARGET --reproduce FILE`` prints it): the same checks then run
on it with every ``pytest`` (see ``fuzz/README.md``).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import zznews

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "fuzz"))

from checks import TARGETS

FINDINGS: dict[str, tuple[str, ...]] = {
    "parse": (
        "责任编辑" + " " * 3000 + "x",  # issue 14: quadratic in the spaces
        "责任编辑" + "\u3000" * 3000 + "王建设",
        "标题\n——副" + " " * 3000 + "题③\n株洲日报(记者/王明)正文。",
        # atheris, against issue dates at the calendar's edges: year 0 or 10000 once
        "5月22日",
        "新华社北京5月22日电(记者 王明)",
        "11日",
        "000\x061月",
        "1月1日",
        "\x1f去年000",
    ),
    "quantities": (),
    "dates": ("5月22日", "11日", "1月", "1月1日", "去年"),
    "byline": ("记者" + " " * 3000 + "王明 摄",),
    "number": ("１" * 4301,),  # full-width digits past int's printable length
}


@pytest.mark.parametrize(
    ("target", "text"),
    [(t, x) for t, texts in FINDINGS.items() for x in texts],
    ids=lambda v: v if v in TARGETS else repr(v)[:30],
)
def test_finding_passes_its_harness(target: str, text: str) -> None:
    TARGETS[target](text)


def test_every_harness_is_listed() -> None:
    assert set(FINDINGS) == set(TARGETS)


def test_no_number_reads_across_a_caption_inside_a_cut_paragraph() -> None:
    # (hypothesis, on a real text mangled: a paragraph cut after a digit, a bracketed
    # caption printed between its halves, and the other half opening with a year)
    text = (
        "标题\n\n今年全市新增学位三千个,投入资金1\n"
        "(市总工会为环卫工人送清凉。通讯员 摄)\n2026年起每年投入。\n"
    )
    for a in zznews.parse(text).articles:
        for found in (*a.quantities, *a.dates):
            assert found.span is not None
            assert "摄" not in text[found.span[0] : found.span[1]]


def test_a_marked_caption_under_a_title_line_is_a_caption_of_its_own() -> None:
    # (hypothesis, on a real text shuffled: a title line right above a ◀ caption was
    # taken for the caption's first words, and the mark fell in no part)
    text = (
        "本报讯(星城晚报记者/刘安)4月20日,路口护栏刷上了新漆。\n\n"
        "护栏翻新 路口“换装”\n◀路口护栏刷上了新漆。 记者/刘安 摄\n    有热心市民在路口值守。"
    )
    doc = zznews.parse(text)
    captions = [p.caption for a in doc.articles for p in a.photos]
    assert captions == ["路口护栏刷上了新漆。"]
    covered = {i for a in doc.articles for part in a.parts for i in range(*part.span)}
    covered |= {i for p in doc.pages for part in p.parts for i in range(*part.span)}
    assert text.index("◀") in covered
