"""The words and layout thresholds the parser reads with, as one object a user extends.

The defaults are the tables of :mod:`zznews.vocab` (every Hunan paper's media,
mastheads and section names, the roles of a newsroom, Chinese surnames, …). A paper
the defaults do not know is taught without editing the package:

>>> import zznews
>>> mine = zznews.Vocabulary.default().extend(agencies=["湘声夜话"])
>>> doc = zznews.parse("标题\\n\\n湘声夜话讯(记者 王明)今天,市里举行活动。\\n", vocabulary=mine)
>>> doc.articles[0].byline.agency
'湘声夜话'

Every table is a tuple (order kept where it counts, else sorted). A vocabulary is
frozen and hashable; :meth:`Vocabulary.extend` and
:meth:`Vocabulary.with_layout` return new ones. The patterns built from one are
compiled once per vocabulary and cached (:func:`per_vocabulary`).

Why a context variable carries it: the words are read by leaf functions many calls
below :func:`zznews.parse` (the byline grammar, a page's section test); ``parse``
sets the variable for the length of one call and resets it after, so a parse stays
a function of its arguments, and threads and asyncio tasks each see their own.
"""

from __future__ import annotations

import contextlib
import contextvars
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Generic, TypeVar

import attrs

from .vocab import byline as _byline
from .vocab import layout as _layout
from .vocab import meta as _meta
from .vocab import quantities as _quantities

__all__ = ["Layout", "Vocabulary", "active", "layout", "per_vocabulary", "using"]


@attrs.frozen
class Layout:
    """The layout thresholds, in lines or characters (defaults: :mod:`zznews.vocab.layout`).

    >>> Layout().photo_gap
    3
    """

    #: Blank lines that stand for a photo (fewer are a paragraph break).
    photo_gap: int = _layout.PHOTO_GAP
    #: The most text lines of photo news with no photo gap.
    photo_news_lines_max: int = _layout.PHOTO_NEWS_LINES_MAX
    #: The most text lines of photo news after its photo.
    photo_news_text_max: int = _layout.PHOTO_NEWS_TEXT_MAX
    #: The longest title line.
    title_max: int = _layout.TITLE_MAX
    #: The longest subtitle.
    subtitle_max: int = _layout.SUBTITLE_MAX
    #: The longest kicker that names a place with a colon (``渌口区:``).
    label_max: int = _layout.LABEL_MAX
    #: The longest in-body heading.
    heading_max: int = _layout.HEADING_MAX
    #: The fewest heading-like lines an article needs for them to be headings.
    headings_min: int = _layout.HEADINGS_MIN
    #: The most text lines of a signed news brief.
    brief_lines_max: int = _layout.BRIEF_LINES_MAX
    #: The longest section name in a page header.
    section_max: int = _layout.SECTION_MAX
    #: The fewest rows a list or table needs.
    rows_min: int = _layout.ROWS_MIN
    #: The longest section name taken under an editor line with no other sign.
    section_name_short: int = _layout.SECTION_NAME_SHORT
    #: The most title lines above an opener (kicker, headline, subtitle).
    title_lines_max: int = _layout.TITLE_LINES_MAX
    #: The longest caption.
    caption_max: int = _layout.CAPTION_MAX
    #: The least score a caption needs to go to an article it speaks of.
    caption_min_score: float = _layout.CAPTION_MIN_SCORE
    #: The factor a caption's score gets from standing next to the article.
    caption_near_bonus: float = _layout.CAPTION_NEAR_BONUS
    #: How many articles either side a caption looks for the one it speaks of.
    caption_reach: int = _layout.CAPTION_REACH
    #: The longest one-sentence caption of a web page.
    web_caption_max: int = _layout.WEB_CAPTION_MAX
    #: The fewest captions in a row that make a gallery.
    caption_run_min: int = _layout.CAPTION_RUN_MIN
    #: The most sentences of a gallery's caption.
    gallery_sentences_max: int = _layout.GALLERY_SENTENCES_MAX
    #: The most captions between a web story's titles and its first paragraph.
    lead_captions_max: int = _layout.LEAD_CAPTIONS_MAX


def _words(values: Iterable[str]) -> tuple[str, ...]:
    """A table whose order does not count: its words sorted, each once."""
    return tuple(sorted(set(_ordered(values))))


def _ordered(values: Iterable[str]) -> tuple[str, ...]:
    """A table whose order counts (longest first where patterns try them in turn)."""
    if isinstance(values, str):
        # (a plain string would be taken for its characters)
        raise TypeError("a table of words must be an iterable of strings, not one string")
    words = tuple(dict.fromkeys(values))
    if not all(isinstance(w, str) and w for w in words):
        raise TypeError("a table of words holds non-empty strings only")
    return words


@attrs.frozen(cache_hash=True)
class Vocabulary:
    """Every table of words the parser reads with, and its :class:`Layout`.

    Build one with :meth:`default`, then :meth:`extend` it with a paper's words or
    change a threshold with :meth:`with_layout`; pass it as ``vocabulary=`` to
    :func:`zznews.parse` or :func:`zznews.parse_byline`.
    """

    #: Media names as printed in a byline or dateline (``新华社``, ``红网``); any name
    #: ending as a medium's does (:attr:`media_suffixes`) is one too.
    agencies: tuple[str, ...] = attrs.field(converter=_words)
    #: What a medium's name ends with (``日报``, ``晚报``, ``网``, ``融媒体中心``).
    media_suffixes: tuple[str, ...] = attrs.field(converter=_ordered)
    #: The roles a byline names (``记者``, ``通讯员``, ``实习生``).
    roles: tuple[str, ...] = attrs.field(converter=_words)
    #: Roles that credit a photo (``摄影``, ``摄影记者``).
    photo_roles: tuple[str, ...] = attrs.field(converter=_words)
    #: Job titles that stand as a role after a unit (``城建新闻部副主任``).
    job_titles: tuple[str, ...] = attrs.field(converter=_ordered)
    #: Chinese surnames, one character (bare and glued names are split with them).
    surnames: tuple[str, ...] = attrs.field(converter=_words)
    #: Chinese surnames of two characters (``欧阳``, ``司马``).
    double_surnames: tuple[str, ...] = attrs.field(converter=_words)
    #: Words that look like a name in a byline but are none (``本报``, ``全媒体``).
    not_names: tuple[str, ...] = attrs.field(converter=_words)
    #: The roles of a page's editor line (``责任编辑``, ``本版编辑``).
    editor_roles: tuple[str, ...] = attrs.field(converter=_ordered)
    #: A paper's name as printed alone on a front page (``株洲日报``).
    mastheads: tuple[str, ...] = attrs.field(converter=_words)
    #: Section names a page header prints (``文旅``, ``要闻``).
    section_names: tuple[str, ...] = attrs.field(converter=_words)
    #: Labels of a metadata line naming the source (``来源:``, ``稿源:``).
    source_labels: tuple[str, ...] = attrs.field(converter=_ordered)
    #: Labels of a metadata line naming the author (``作者:``).
    author_labels: tuple[str, ...] = attrs.field(converter=_ordered)
    #: Labels of a metadata line naming the editor (``责编:``).
    editor_labels: tuple[str, ...] = attrs.field(converter=_ordered)
    #: Measure words a number is counted in (``个``, ``元``, ``平方米``, ``人次``): a
    #: number followed by none of them is no quantity.
    measure_words: tuple[str, ...] = attrs.field(
        converter=_words, default=_quantities.MEASURE_WORDS
    )
    #: The layout thresholds.
    layout: Layout = Layout()

    @classmethod
    def default(cls) -> Vocabulary:
        """The vocabulary of :mod:`zznews.vocab`: every Hunan paper the package knows."""
        return _DEFAULT

    def extend(self, **tables: Iterable[str]) -> Vocabulary:
        """This vocabulary with words added to the named tables (``agencies=[…]``).

        >>> v = Vocabulary.default().extend(surnames=["亓"], section_names=["夜读"])
        >>> "亓" in v.surnames and "夜读" in v.section_names
        True
        >>> Vocabulary.default().extend(agency=["X报"])
        Traceback (most recent call last):
        ...
        TypeError: no table named 'agency'; the tables: agencies, author_labels, ...
        """
        changes: dict[str, object] = {}
        for name, words in tables.items():
            if name not in _TABLES:
                known = ", ".join(sorted(_TABLES))
                raise TypeError(f"no table named {name!r}; the tables: {known}")
            changes[name] = (*getattr(self, name), *_ordered(words))
        return attrs.evolve(self, **changes)  # type: ignore[arg-type]

    @classmethod
    def from_mapping(cls, words: Mapping[str, object]) -> Vocabulary:
        """The defaults extended by a mapping of table names to lists of words, its key
        ``"layout"`` a mapping of thresholds: what a JSON file of a paper's words holds
        (``zznews --vocabulary FILE``).

        >>> v = Vocabulary.from_mapping({"agencies": ["湘声夜话"], "layout": {"photo_gap": 2}})
        >>> "湘声夜话" in v.agencies, v.layout.photo_gap
        (True, 2)
        """
        if not isinstance(words, Mapping):
            raise TypeError(f"a vocabulary is a mapping of tables, not {type(words).__name__}")
        tables = {k: v for k, v in words.items() if k != "layout"}
        thresholds = words.get("layout", {})
        if not isinstance(thresholds, Mapping):
            raise TypeError("the layout is a mapping of thresholds (photo_gap: 3, …)")
        for name, value in thresholds.items():
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise TypeError(f"the layout threshold {name!r} is a number, not {value!r}")
        return cls.default().extend(**tables).with_layout(**thresholds)  # type: ignore[arg-type]

    def with_layout(self, **thresholds: float) -> Vocabulary:
        """This vocabulary with layout thresholds changed (``photo_gap=2``)."""
        return attrs.evolve(self, layout=attrs.evolve(self.layout, **thresholds))  # type: ignore[arg-type]


#: The names of the word tables (every field but :attr:`Vocabulary.layout`).
_TABLES = frozenset(a.name for a in attrs.fields(Vocabulary) if a.name != "layout")

_DEFAULT = Vocabulary(
    agencies=_byline.AGENCIES,
    media_suffixes=_byline.MEDIA_SUFFIXES,
    roles=_byline.ROLES,
    photo_roles=_byline.PHOTO_ROLES,
    job_titles=_byline.JOB_TITLES,
    surnames=_byline.SURNAMES,
    double_surnames=_byline.DOUBLE_SURNAMES,
    not_names=_byline.NOT_NAMES,
    editor_roles=_layout.EDITOR_ROLES,
    mastheads=_layout.MASTHEADS,
    section_names=_layout.SECTION_NAMES,
    source_labels=_meta.SOURCE_LABELS,
    author_labels=_meta.AUTHOR_LABELS,
    editor_labels=_meta.EDITOR_LABELS,
)

_ACTIVE: contextvars.ContextVar[Vocabulary] = contextvars.ContextVar(
    "zznews_vocabulary", default=_DEFAULT
)


#: How many ``using`` blocks of a vocabulary are open, in any thread: while none is,
#: every reader is on the defaults and skips the context variable (the common case,
#: asked some thousand times a parse). A reader that sees one open asks the variable,
#: so a thread on the defaults stays right while another reads with its own words.
_OPEN = [0]
_OPEN_LOCK = threading.Lock()
_DEFAULT_LAYOUT = _DEFAULT.layout


def active() -> Vocabulary:
    """The vocabulary of the parse under way (the default outside one)."""
    return _ACTIVE.get() if _OPEN[0] else _DEFAULT


def layout() -> Layout:
    """The layout thresholds of the parse under way."""
    return _ACTIVE.get().layout if _OPEN[0] else _DEFAULT_LAYOUT


@contextlib.contextmanager
def using(vocabulary: Vocabulary | None) -> Iterator[Vocabulary]:
    """Read with ``vocabulary`` (``None``: the one in force) inside the ``with`` block."""
    if vocabulary is None:
        yield _ACTIVE.get()
        return
    if not isinstance(vocabulary, Vocabulary):
        raise TypeError(f"vocabulary must be a zznews.Vocabulary, not {type(vocabulary).__name__}")
    with _OPEN_LOCK:
        _OPEN[0] += 1
    token = _ACTIVE.set(vocabulary)
    try:
        yield vocabulary
    finally:
        _ACTIVE.reset(token)
        with _OPEN_LOCK:
            _OPEN[0] -= 1


T = TypeVar("T")


class per_vocabulary(Generic[T]):
    """What ``build`` makes of a vocabulary (compiled patterns), made once per vocabulary.

    Calling the decorated function gives the value for the vocabulary in force:

    >>> @per_vocabulary
    ... def longest_agency(v: Vocabulary) -> int:
    ...     return max(map(len, v.agencies))
    >>> longest_agency() >= 3
    True
    """

    def __init__(self, build: Callable[[Vocabulary], T]) -> None:
        self._build = build
        self._cache: dict[Vocabulary, T] = {}
        self._last: tuple[Vocabulary, T] | None = None
        self._default: T | None = None
        self.__doc__ = build.__doc__

    def __call__(self) -> T:
        if not _OPEN[0] and self._default is not None:
            return self._default  # (no vocabulary of a user's in force anywhere)
        vocabulary = _ACTIVE.get()
        last = self._last
        if last is not None and last[0] is vocabulary:
            return last[1]  # (the common case, one identity test: no hashing)
        value = self._cache.get(vocabulary)
        if value is None:
            if len(self._cache) >= _CACHE_MAX:
                self._cache.clear()  # (a program making vocabularies in a loop stays bounded)
            value = self._cache[vocabulary] = self._build(vocabulary)
            if vocabulary is _DEFAULT:
                self._default = value
        self._last = (vocabulary, value)
        return value

    def of(self, vocabulary: Vocabulary) -> T:
        """The value for ``vocabulary``."""
        with using(vocabulary):
            return self()


#: The most vocabularies whose patterns are kept compiled at once.
_CACHE_MAX = 16
