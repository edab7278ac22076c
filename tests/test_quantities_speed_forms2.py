"""The cheaper quantity pass reads as the dearer one did: the rate word of a clause is
the last one of the whole text's scan before the quantity, with no break between;
the vetoes a candidate skips by its numeral or unit cannot hold for it. Synthetic
texts only."""

from __future__ import annotations

import random

import zznews
from zznews import quantities as Q
from zznews.vocab import quantities as V


def _rate_by_hand(text: str, pos: int) -> str | None:
    """The last rate word of the whole text's scan ending by ``pos``, with no break after it."""
    found = [m for m in Q._RATE.finditer(text) if m.end() <= pos]
    if not found or Q._CLAUSE_BREAK.search(text, found[-1].end(), pos):
        return None
    return V.RATE_MARKERS[found[-1].group()]


def test_the_rate_of_a_clause_is_the_whole_scans() -> None:
    pieces = [
        *V.RATE_MARKERS,
        "，",
        "。",
        "\n",
        "5名",
        "3",
        "人",
        "次",
        "月",
        "年",
        "每",
        "个",
        "的",
    ]
    rng = random.Random(7)
    for _ in range(300):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
        ctx = Q._Context(text)
        for pos in sorted(rng.sample(range(len(text) + 1), min(len(text) + 1, 6))):
            assert ctx.rate_before(pos) == _rate_by_hand(text, pos), (text, pos)


def test_rates_read_in_order() -> None:
    qs = zznews.extract_quantities("每周5名志愿者，3人值班；每人次10元、每个月2次")
    assert [(q.text, q.per) for q in qs] == [
        ("5名", "周"),
        ("3人", None),
        ("10元", "人次"),
        ("2次", "月"),
    ]


def test_skipped_vetoes_cannot_hold() -> None:
    text = "开了一家包子铺,拨打12333热线,建设万亩良田,千万不要,有8家企业,10万,一个人"
    ctx = Q._Context(text)
    for m in Q._quantity_pattern().finditer(text):
        c = Q._candidate(m, ctx)
        if c is None:
            continue
        by_unit, any_unit = Q._ASCII_TESTS if c.numeral[0] in Q._ASCII_DIGITS else Q._OTHER_TESTS
        run = by_unit.get(c.unit, any_unit)
        for test in Q._TESTS_BY_UNIT.get(c.unit, Q._TESTS_ANY_UNIT):
            assert test in run or not test(c), (c.numeral, c.unit, test.__name__)


def test_the_names_are_the_whole_scans() -> None:
    pieces = [*V.QUOTES, *V.QUOTES.values(), "3家", "一", "的", "\n", "万", "人"]
    rng = random.Random(11)
    for _ in range(300):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 40)))
        spans = [m.span() for m in Q._QUOTE.finditer(text)]
        ctx = Q._Context(text)
        for pos in range(len(text) + 1):
            expected = any(a + 1 <= pos < b - 1 for a, b in spans)
            assert ctx.in_name(pos) == expected, (text, pos)
