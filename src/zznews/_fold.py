"""Folding text to decide on it while keeping offsets into the original."""

from __future__ import annotations

import re

import attrs

from .vocab.text import FOLD, INVISIBLE

__all__ = ["Folded", "fold", "fold_whole"]

# ``str.translate`` looks every character up in a dict (~25 ns a character); the
# stdlib ``re`` scans a character class in C about twenty times faster, so fold
# only the characters that change. (``regex`` is slow on big classes: ``re`` here.)
# The invisible characters are in the class too, swapped for nothing: one scan
# folds and drops, and a fold shorter than its text says some were there.
_FOLDABLE = re.compile(
    "[" + "".join(re.escape(ch) for ch in sorted({*map(chr, FOLD), *INVISIBLE})) + "]"
)
# The same with the lone surrogates, which :func:`fold_whole` drops too (a text
# holding one is refused by its caller, on the slow path, not scanned twice).
_FOLDABLE_WHOLE = re.compile(_FOLDABLE.pattern[:-1] + "\ud800-\udfff]")
_CHAR_FOLD = {chr(code): to or "" for code, to in FOLD.items()} | dict.fromkeys(INVISIBLE, "")


def _swap(m: re.Match[str]) -> str:
    """The folded form of one foldable character (nothing for an invisible one or a
    lone surrogate)."""
    return _CHAR_FOLD.get(m.group(), "")


@attrs.define
class Folded:
    """A folded copy of ``original`` with the way back to original offsets.

    >>> f = fold("記者\\u200b／王明")
    >>> f.text, f.orig(3), f.orig(len(f.text))
    ('记者/王明', 4, 6)
    """

    text: str
    original: str
    #: ``positions[i]`` is the original offset of ``text[i]``; empty when one for one.
    positions: tuple[int, ...] = ()

    def orig(self, i: int) -> int:
        """The offset in ``original`` of folded offset ``i`` (``len(text)`` maps to the end)."""
        if not self.positions:
            return i
        if i >= len(self.positions):
            return len(self.original)
        return self.positions[i]

    def orig_end(self, j: int) -> int:
        """The offset in ``original`` just after folded character ``j - 1``."""
        if not self.positions or j == 0:
            return j
        return self.positions[j - 1] + 1


def fold(text: str) -> Folded:
    """Fold ``text`` for deciding: full-width to half-width, traditional to simplified."""
    folded = _FOLDABLE.sub(_swap, text)
    if len(folded) == len(text):
        return Folded(folded, text)
    # Rare: invisible characters dropped, so keep a table of where each survivor came from.
    positions = tuple(i for i, ch in enumerate(text) if ch not in INVISIBLE)
    return Folded(folded, text, positions)


def fold_whole(text: str) -> str | None:
    """``text`` folded in one pass when the fold is one for one (no invisible
    characters, no lone surrogate), so that any slice of it is the fold of the same
    slice of ``text``; else ``None``.

    >>> fold_whole("記者，王明"), fold_whole("王\u200b明"), fold_whole("王\\udcff明")
    ('记者,王明', None, None)
    """
    folded = _FOLDABLE_WHOLE.sub(_swap, text)
    return folded if len(folded) == len(text) else None
