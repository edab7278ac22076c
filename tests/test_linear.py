"""The structural stages' hostile inputs (issue 14): each reads as it should, big.

These once cost time quadratic in their size; ``benchmarks/linear.py`` times them at
1x and 16x. Here only what they give is checked (no timing in tests: the machines
are shared), at sizes that were slow enough to notice.
"""

from __future__ import annotations

import pytest

import zznews
from zznews.vocab.layout import SUBTITLE_MAX

SPACES = [" ", "\u3000", "\t"]


@pytest.mark.parametrize("space", SPACES)
@pytest.mark.parametrize("n", [0, 1, 3, 20_000])
def test_editor_line_with_any_run_of_spaces(space: str, n: int) -> None:
    doc = zznews.parse("就业·创业\n责任编辑" + space * n + "王建设\n")
    assert [(p.section, p.editor) for p in doc.pages] == [("就业·创业", "王建设")]


@pytest.mark.parametrize("space", SPACES)
def test_editor_line_with_spaces_either_side_of_the_colon(space: str) -> None:
    doc = zznews.parse("就业·创业\n责任编辑" + space * 2 + ":" + space * 3 + "王建设\n")
    assert doc.pages[-1].editor == "王建设"


@pytest.mark.parametrize("space", SPACES)
def test_editor_role_then_spaces_and_no_name_is_no_editor(space: str) -> None:
    text = "责任编辑" + space * 20_000 + "x"
    doc = zznews.parse(text)
    assert [p.editor for p in doc.pages] == [None]
    assert "x" in "".join(doc.articles[0].paragraphs) + "".join(
        a.headline or "" for a in doc.articles
    )


@pytest.mark.parametrize("n", [0, 1, 5])
def test_series_number_after_spaces(n: int) -> None:
    a = zznews.parse("标题\n——副" + " " * n + "题③\n株洲日报(记者/王明)正文。\n").articles[0]
    assert a.subtitle == "副" + " " * n + "题③"
    assert a.series == zznews.Series("副" + " " * n + "题", 3)
    assert a.byline is not None and a.byline.contributors[0].name == "王明"


def test_a_dash_line_longer_than_a_subtitle_is_text() -> None:
    line = "——" + "他说" * SUBTITLE_MAX
    doc = zznews.parse("标题\n" + line + "\n")
    assert doc.articles[0].subtitle is None
    assert line in doc.articles[0].paragraphs


@pytest.mark.parametrize("n", [SUBTITLE_MAX, 20_000])
def test_spaces_in_a_dash_line_before_a_byline(n: int) -> None:
    text = "标题\n——副" + " " * n + "题③\n株洲日报(记者/王明)正文。\n"
    doc = zznews.parse(text)
    # Too long for a subtitle: a paragraph that opens with a dash; the byline still reads.
    assert [(a.headline, a.subtitle, a.series) for a in doc.articles] == [
        ("标题", None, None),
        (None, None, None),
    ]
    assert doc.articles[0].paragraphs == (text.split("\n")[1],)
    assert doc.articles[1].byline is not None and doc.articles[1].paragraphs == ("正文。",)


def test_series_pattern_reads_a_long_run_of_spaces() -> None:
    from zznews._pipeline.assemble import series_of

    assert series_of("副" + " " * 50_000 + "题③") == zznews.Series("副" + " " * 50_000 + "题", 3)
    assert series_of("副" + " " * 50_000 + "x③") is not None
    assert series_of(" " * 50_000 + "③") is None


def test_one_paragraph_of_many_cut_lines_each_with_a_count() -> None:
    line = "这是一个很长的没有结束的句子里面有3家企业参加了活动而且还在继续进行中我们大家都在等待着最后的"
    n = 3000
    text = "\n".join([line] * n)
    a = zznews.parse(text).articles[0]
    assert len(a.paragraphs) == 1
    assert [q.text for q in a.quantities] == ["3家"] * n
    for k, q in enumerate(a.quantities):
        assert text[q.span[0] : q.span[1]] == "3家"
        assert q.span[0] == k * (len(line) + 1) + line.index("3家")


def test_a_span_across_pieces_maps_to_the_source() -> None:
    from zznews._pipeline.body import Block, Piece, SourceMap

    b = Block(
        zznews.Field.PARAGRAPH, (Piece("", (0, 2)), Piece("ab", (2, 4)), Piece("cd", (10, 12)))
    )
    assert b.text == "abcd"
    second = Block(zznews.Field.PARAGRAPH, (Piece("ef", (20, 22)),))
    place = SourceMap([b, second])  # the texts joined: "abcd\nef"
    assert place(0, 4) == (2, 12)
    assert place(1, 3) == (3, 11)
    assert place(2, 2) == (10, 10)
    assert place(4, 4) == (12, 12)
    assert place(5, 7) == (20, 22)  # the second block, past the line break
    assert place(6, 7) == (21, 22)
