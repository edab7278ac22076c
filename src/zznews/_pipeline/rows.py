"""Stage 2c: the rows of lists and tables, which no column break cut.

A results list, a fixture list or a roll of names prints one short line a row, with
no full stop (``男子100米:刘子轩(醴陵市)10秒62``): each line looks like a title, or
like a paragraph's first words cut by a column break. A run of such lines is a list:
its rows are each a paragraph of their own, whole, never joined.
"""

from __future__ import annotations

import attrs

from ..vocabulary import layout
from .credits import signature_of
from .records import Classified, Kind

__all__ = ["mark_rows"]

#: The end of a line that introduces a list (``获奖作品名单如下:``).
_INTRODUCING = (":", ":")

#: What follows a story's title lines: they are no rows.
_OPENERS = frozenset({Kind.BYLINE, Kind.LEAD, Kind.SUBTITLE})


def mark_rows(lines: tuple[Classified, ...]) -> tuple[Classified, ...]:
    """``lines`` with the rows of each list made whole text lines.

    A run of title-like lines is a list when, besides its first line (the list's
    heading: ``部分项目冠军``; unless a line before it introduced the list:
    ``获奖作品名单如下:``) and its last ones when they head what follows (the titles
    of the next article, or of a paragraph), at least ``Layout.rows_min`` lines are
    left: those are its rows.
    """
    marked: list[Classified] | None = None
    i, n = 0, len(lines)
    while i < n:
        if lines[i].kind is not Kind.TITLE:
            i += 1
            continue
        j = i + 1
        while j < n and lines[j].kind is Kind.TITLE and not lines[j].line.after_photo:
            j += 1
        last = j  # the run is lines[i:j]; rows end before ``last``
        if j < n and lines[j].kind in _OPENERS:
            # a kicker, a headline and a subtitle: the next story's
            last -= layout().title_lines_max
        elif j < n and lines[j].kind is not Kind.TITLE:
            last -= 1  # the title (or heading) of what follows
        # The first line heads the list, unless a line introduced it (名单如下:).
        first = i if i and lines[i - 1].line.fold.endswith(_INTRODUCING) else i + 1
        if last - first >= layout().rows_min:
            marked = marked or list(lines)
            for k in range(first, last):
                signed, signature = signature_of(lines[k].line)
                marked[k] = attrs.evolve(
                    lines[k], kind=Kind.TEXT, row=True, signed=signed, signature=signature
                )
        i = j
    return lines if marked is None else tuple(marked)
