"""Hypothesis strategies for the fallback runner: random text, text of the characters
that mean something to zznews, and the seeds mutated."""

from __future__ import annotations

from hypothesis import strategies as st
from seeds import NUMERALS, seeds

#: Characters that mean something to the parser, and characters that should not.
TRICKY = (
    "0123456789０１２３４５６７８９一二三四五六七八九十百千万亿两几余多超近约点零〇"
    "壹贰叁肆伍陆柒捌玖拾佰仟廿"
    "年月日至到-—~个人家元%％第每周世纪代季度今去明前后上下本当天"
    "记者通讯员全媒体株洲日报本报讯記報通訊員摄图文供影/／:：()（）〔〕|｜丨"
    "责任编辑星期五二维码扫①③■【】"
    "。.!！?？…;；,，、“”‘’《》「」『』\"'——"
    " \u3000\u00a0\t\n\n\n\r\x00\ufeff\u200b\u200d\x0b\x0c\x85\u2028"
)

_tricky = st.text(alphabet=st.sampled_from(TRICKY), max_size=300)


@st.composite
def _mutated(draw: st.DrawFn, pool: tuple[str, ...]) -> str:
    """A seed with a few slices inserted, deleted, repeated or swapped for tricky text."""
    text = draw(st.sampled_from(pool))
    for _ in range(draw(st.integers(0, 4))):
        a = draw(st.integers(0, len(text)))
        b = draw(st.integers(a, min(len(text), a + 200)))
        op = draw(st.sampled_from(["insert", "delete", "repeat", "replace"]))
        if op == "insert":
            text = text[:a] + draw(_tricky) + text[a:]
        elif op == "delete":
            text = text[:a] + text[b:]
        elif op == "repeat":
            text = text[:b] + text[a:b] * draw(st.integers(1, 50)) + text[b:]
        else:
            text = text[:a] + draw(_tricky) + text[b:]
    return text


def inputs(target: str) -> st.SearchStrategy[str]:
    """What the hypothesis runner feeds a target."""
    pool = NUMERALS if target == "number" else seeds()
    return st.one_of(st.text(max_size=300), _tricky, _mutated(pool))
