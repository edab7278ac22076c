"""Stage 3: cut the lines into pages at each page header (section name + 责任编辑)."""

from __future__ import annotations

import itertools
import re

import attrs

from ..vocab.layout import SECTION_DOTS
from ..vocabulary import Vocabulary, layout, per_vocabulary
from .records import Classified, Kind

__all__ = ["PageLines", "split_pages"]

#: Lines that stand next to a page header and belong to it.
_AROUND_HEADER = frozenset({Kind.DATELINE, Kind.FOLIO, Kind.MASTHEAD})


@attrs.define
class PageLines:
    """The lines of one page: its header lines apart, its body in order."""

    section: Classified | None = None
    editor: Classified | None = None
    dateline: Classified | None = None
    folio: Classified | None = None
    body: tuple[Classified, ...] = ()
    #: Header lines with no field of their own (the paper's name): kept as unplaced.
    extra: tuple[Classified, ...] = ()
    #: Metadata lines (``来源:红网 作者:林晓``, an editor line under a web story), in order.
    meta: tuple[Classified, ...] = ()


def split_pages(lines: tuple[Classified, ...]) -> tuple[PageLines, ...]:
    """One :class:`PageLines` per page; text before the first header is a page of its own.

    A header is an editor line (``责任编辑:王建设``) with, just before it, a short
    section name (``就业·创业``); a page dateline and a page number near it belong
    to the header too.
    """
    starts: list[int] = []  # index of each header's first line
    for i, c in enumerate(lines):
        if c.kind is Kind.EDITOR and not _meta_editor(lines, i):
            first = i - 1 if i > 0 and lines[i - 1].section_like else i
            seen: set[Kind] = set()  # one dateline and one page number: a second is body
            while first > 0 and lines[first - 1].kind in _AROUND_HEADER - seen:
                if lines[first - 1].kind is not Kind.MASTHEAD:  # (its lines are many)
                    seen.add(lines[first - 1].kind)
                first -= 1
            starts.append(first)
    pages: list[PageLines] = []
    bounds = [0, *starts, len(lines)]
    headers = set(starts)  # a set: ``in`` on the list was quadratic in the pages
    for a, b in itertools.pairwise(bounds):
        chunk = lines[a:b]
        if not chunk:
            continue
        pages.append(_page(chunk, header=a in headers))
    return tuple(pages) or (PageLines(),)


def _meta_editor(lines: tuple[Classified, ...], i: int) -> bool:
    """Whether the editor line at ``i`` is a web story's metadata, not a page header:
    no section name beside it, and metadata beside it or nothing after it."""
    if i > 0 and lines[i - 1].section_like:
        return False
    if i + 1 < len(lines) and _section_after_editor(lines[i + 1]):
        return False
    return (
        i + 1 == len(lines)
        or lines[i + 1].kind is Kind.META
        or (i > 0 and lines[i - 1].kind is Kind.META)
    )


def _section_after_editor(c: Classified) -> bool:
    """Whether a line just under the editor line is the section name.

    Only a name with a middle dot (``就业·创业``), a known one (``文旅``:
    :attr:`Vocabulary.section_names`) or one of at most ``Layout.section_name_short`` Chinese
    characters (``招商引资``) is taken there: another short line under a header is
    more often an article's kicker.
    """
    name = c.line.fold
    return c.section_like and (
        name in _section_names()
        or any(dot in name for dot in SECTION_DOTS)
        or (len(name) <= layout().section_name_short and _HAN_ONLY.fullmatch(name) is not None)
    )


@per_vocabulary
def _section_names(v: Vocabulary) -> frozenset[str]:
    """The section names of ``v``, as a set."""
    return frozenset(v.section_names)


#: A name of Chinese characters only (招商引资), as a section's is.
_HAN_ONLY = re.compile(r"[\u4e00-\u9fff]+")


def _page(chunk: tuple[Classified, ...], *, header: bool) -> PageLines:
    """A page from its lines, the header lines (up to the editor line) taken out."""
    found: dict[Kind, Classified] = {}
    extra: list[Classified] = []
    section = editor = None
    i = 0
    if header:
        while chunk[i].kind is not Kind.EDITOR:  # split_pages put only header lines here
            if chunk[i].kind is Kind.MASTHEAD:
                extra.append(chunk[i])
            elif chunk[i].kind in _AROUND_HEADER:
                found.setdefault(chunk[i].kind, chunk[i])
            else:
                section = chunk[i]
            i += 1
        editor = chunk[i]
        i += 1
        if section is None and i < len(chunk) and _section_after_editor(chunk[i]):
            section = chunk[i]  # 责任编辑:王建设 ⏎ 就业·创业: the header printed the other way
            i += 1
    while i < len(chunk) and chunk[i].kind in _AROUND_HEADER and chunk[i].kind not in found:
        if chunk[i].kind is Kind.MASTHEAD:
            extra.append(chunk[i])  # 株洲日报社出版 under the header
        else:
            found[chunk[i].kind] = chunk[i]  # a dateline or page number at the top of the page
        i += 1
    rest = chunk[i:]
    if rest and rest[0].kind is Kind.LABEL:
        # 开栏语 ⏎ …: a label with nothing above it is the text's only title
        rest = (Classified(rest[0].line, Kind.TITLE), *rest[1:])
    body, meta, apart = _photo_places(rest)
    extra.extend(apart)
    return PageLines(
        section,
        editor,
        found.get(Kind.DATELINE),
        found.get(Kind.FOLIO),
        body,
        tuple(extra),
        meta,
    )


#: Lines a page keeps apart from its articles: metadata, and an editor line among it.
_META = frozenset({Kind.META, Kind.EDITOR})
#: Lines that are no text at all: taken out of the body, a photo's place kept.
_APART = _META | {Kind.NOISE, Kind.LABEL, Kind.MARKS}


def _photo_places(
    rest: tuple[Classified, ...],
) -> tuple[tuple[Classified, ...], tuple[Classified, ...], list[Classified]]:
    """The body lines, metadata and noise taken out, each line where a photo stood
    marked with a photo's gap: after an image's file name (``图片3.jpg``), and, in text
    with no blank lines between paragraphs (a web page's), after any blank line.
    Besides, the lines taken out (in one pass): the metadata, and the others of
    :data:`_APART` (kept as the page's unplaced lines)."""
    gaps = sorted([c.line.gap for c in rest[1:]])
    single = bool(gaps) and gaps[len(gaps) // 2] == 0
    body: list[Classified] = []
    meta: list[Classified] = []
    extra: list[Classified] = []
    photo = False  # a noise line stood just before
    after_meta = False  # (a blank line under metadata is the page's, not a photo's)
    for c in rest:
        if c.kind in _APART:
            photo = photo or c.kind is Kind.NOISE
            after_meta = c.kind in _META
            (meta if after_meta else extra).append(c)
            continue
        blank = single and c.line.gap > 0 and not after_meta
        if (photo or blank) and not c.line.after_photo and body:
            c = attrs.evolve(c, line=attrs.evolve(c.line, after_photo=True))
        body.append(c)
        photo = after_meta = False
    return tuple(body), tuple(meta), extra
