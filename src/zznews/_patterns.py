"""Building blocks of the patterns that the vocabulary tables become.

Word lists become *tries* (``人(?:次|)``, not ``人次|人``): the regex engine then
compares a character once per branch instead of trying every word in turn, which
matters for the hundred-odd measure words tried after every numeral.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

__all__ = ["alternation", "char_class"]

#: Root branches beyond which a trie opens with a one-class lookahead of them:
#: a character that starts no word then fails at once.
_GUARD_ABOVE = 4


def alternation(
    words: Iterable[str], after: Mapping[str, str] | None = None, *, lookahead: bool = True
) -> str:
    """A regex matching any of ``words``, the longest first, as a trie.

    ``after`` gives a pattern to check right after a word (a guard such as
    ``(?!X)``); the shorter word is tried when it fails, as in ``人次(?!X)|人``.
    Without ``lookahead`` the trie opens with its branches, never with a lookahead:
    a pattern to *search* with should, for the engine then skips to the words'
    first characters by itself.

    >>> alternation(["人", "人次", "名"])
    '(?:人(?:次|)|名)'
    >>> re.fullmatch(alternation(["人", "人次"], {"人次": "(?!元)"}) + "元", "人次元") is None
    True
    >>> alternation(["a.b"])
    'a\\\\.b'
    """
    guards = after or {}
    root: _Node = {}
    for word in words:
        node = root
        for ch in word:
            child = node.setdefault(ch, {})
            assert isinstance(child, dict)  # only "" maps to a guard, and no word has ""
            node = child
        node[""] = guards.get(word, "")
    if not root:
        return "(?!)"  # no words: a pattern that never matches (not one that always does)
    pattern = _emit(root)
    if lookahead and len([ch for ch in root if ch]) > _GUARD_ABOVE:
        pattern = f"(?={char_class(ch for ch in root if ch)}){pattern}"
    return pattern


#: A trie node: a child node for each next character, and ``""`` when a word ends
#: here (mapped to the guard to check after it).
_Node = dict[str, "_Node | str"]


def _emit(node: _Node) -> str:
    """The pattern of a trie node: longer words (the children) before the word ending here."""
    branches = [
        re.escape(ch) + _emit(child)
        for ch, child in sorted(node.items())
        if ch and isinstance(child, dict)
    ]
    end = node.get("")
    if isinstance(end, str):
        branches.append(end)
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def char_class(chars: Iterable[str]) -> str:
    """A character class of ``chars``, each once, escaped.

    A pattern that opens with a lookahead of one class is cheap to scan with: the
    stdlib engine tests a class in a few nanoseconds a position.

    >>> char_class("三一-一")
    '[\\\\-一三]'
    """
    return "[" + re.escape("".join(sorted(set(chars)))) + "]"
