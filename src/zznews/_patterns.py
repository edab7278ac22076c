"""Building blocks of the patterns that the vocabulary tables become."""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["alternation", "char_class"]


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first so that it never stops short.

    >>> alternation(["人", "人次", "a.b"])
    'a\\\\.b|人次|人'
    """
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


def char_class(chars: Iterable[str]) -> str:
    """A character class of ``chars``, each once, escaped.

    A pattern that opens with a lookahead of one class is cheap to scan with: the
    stdlib engine tests a class in a few nanoseconds a position.

    >>> char_class("三一-一")
    '[\\\\-一三]'
    """
    return "[" + re.escape("".join(sorted(set(chars)))) + "]"
