"""The cheaper forms of the assembly, segment and photo stages give what the plain ones gave.

Synthetic inputs only: each cheaper form (a C call for a Python loop, one pass for
two) is checked against the plain computation it stands for.
"""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from zznews._pipeline.assemble import span_of
from zznews._pipeline.body import Block, Piece, SourceMap
from zznews._pipeline.photos import attach, terms
from zznews.model import Field

_spans = st.lists(
    st.tuples(st.integers(0, 50), st.integers(0, 50)).map(lambda s: (min(s), max(s))),
    max_size=8,
)


@given(_spans)
def test_span_of_is_first_start_to_last_end(spans: list[tuple[int, int]]) -> None:
    expected = (min(s[0] for s in spans), max(s[1] for s in spans)) if spans else None
    assert span_of(spans) == expected


@given(st.text(alphabet="南洋技校培训现场,。 ab", max_size=20))
def test_terms_are_the_han_pairs(text: str) -> None:
    runs = ["".join(g) for han, g in itertools.groupby(text, lambda ch: ch > "\u4e00") if han]
    pairs = {run[i : i + 2] for run in runs for i in range(len(run) - 1)}
    assert terms(text) == frozenset(pairs)


def test_attach_scores_pairs_found_by_substring() -> None:
    articles = ["南洋技校的学员遍布全国", None, "人力资源服务培训", "残疾人创业孵化基地"]
    assert attach([("南洋技校烹饪培训现场。", 3)], articles) == (0,)
    assert attach([("摄", 2)], articles) == (2,)  # no pair (a credit alone): the story before


def test_source_map_one_piece_and_across_pieces() -> None:
    blocks = [
        Block(Field.PARAGRAPH, (Piece("共3", (10, 12)), Piece("家。", (20, 22)))),
        Block(Field.PARAGRAPH, (Piece("新的", (30, 32)),)),
    ]
    place = SourceMap(blocks)
    assert place(0, 2) == (10, 12)  # within the first piece
    assert place(1, 3) == (11, 21)  # across the column break
    assert place(5, 7) == (30, 32)  # the second block, after the line break
