"""Stage 6: which article a caption speaks of, by the distinctive terms they share.

A caption usually follows its story, but the e-paper sometimes prints one at the
foot of the page, far away. Each caption is scored against every article of its
page by the character pairs they share, each pair weighted by how rare it is on
the page (so 南洋技校 counts, 培训 barely does); the article just before the
caption gets a bonus. A caption that shares too little with every article
stays on the page.
"""

from __future__ import annotations

import math
import operator
from collections import Counter
from collections.abc import Sequence

import regex

from ..vocabulary import layout

__all__ = ["attach"]

_HAN_RUN = regex.compile(r"\p{Han}{2,}")

# Up to this many caption pairs, find them in articles by substring tests.
_VOCAB_SCAN_MAX = 256


def terms(text: str) -> frozenset[str]:
    """The Chinese character pairs in ``text``.

    >>> sorted(terms("南洋技校,现场"))
    ['南洋', '技校', '洋技', '现场']
    """
    pairs: set[str] = set()
    for run in _HAN_RUN.findall(text):
        pairs.update(map(operator.add, run, run[1:]))  # each character and the next
    return frozenset(pairs)


def attach(captions: Sequence[tuple[str, int]], articles: Sequence[str | None]) -> tuple[int, ...]:
    """For each ``(caption text, index of the article before it)``, the article it belongs to.
    An article given as ``None`` (photo news, whose text is its own photo's caption)
    takes no other photo.

    ``-1`` means none fits: the photo stays on the page.

    >>> attach([("南洋技校中式烹饪培训现场。", 2)],
    ...        ["南洋技校的学员遍布全国,中式烹调", "人力资源服务培训", "残疾人创业孵化基地"])
    (0,)
    """
    wanted = [terms(text) for text, _ in captions]
    vocab = frozenset().union(*wanted)
    # Only the captions' pairs are ever scored, so look just those up in each article:
    # a substring test per pair is far cheaper than building every pair of the page.
    if len(vocab) <= _VOCAB_SCAN_MAX:
        # (filtered in C: no Python frame per pair)
        bags = [frozenset(filter(a.__contains__, vocab)) if a else frozenset() for a in articles]
    else:
        bags = [terms(a) & vocab if a else frozenset() for a in articles]
    df: Counter[str] = Counter()
    for bag in bags:
        df.update(bag)
    n = len(bags)
    out: list[int] = []
    lay = layout()
    for (_, before), mine in zip(captions, wanted, strict=True):
        if not mine:
            out.append(before)  # a credit alone: the photo of the story it follows
            continue
        best, best_score = -1, 0.0
        # A page prints a caption near its story: look no further than Layout.caption_reach
        # articles either way (so that a page of many stories and photos stays linear).
        reach = lay.caption_reach
        for i in range(max(0, before - reach), min(n, before + reach + 1)):
            bag = bags[i]
            score = sum(math.log(1 + n / df[t]) for t in mine & bag)
            if i == before:
                score *= lay.caption_near_bonus
            if score > best_score:
                best, best_score = i, score
        out.append(best if best_score >= lay.caption_min_score else -1)
    return tuple(out)
