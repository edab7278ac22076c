"""Bylines and photo credits, in the forms Hunan papers print them.

The grammar is small: an optional agency (and dateline), then roles each
followed by one or more names, then an optional photo mark. Roles, agencies and
marks are the tables of :mod:`zznews.vocab.byline`.

>>> b = parse_byline("株洲日报全媒体记者/李逸峰 通讯员/张芷璇 摄")
>>> b.agency, [(c.role, c.name) for c in b.contributors], b.is_photo_credit
('株洲日报', [('全媒体记者', '李逸峰'), ('通讯员', '张芷璇')], True)
>>> parse_byline("记者从日前召开的工作推进会上获悉,我市计划打造10个以上项目。") is None
True
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from itertools import repeat

import attrs
import regex

from ._check import check_text
from ._fold import Folded, fold
from ._patterns import alternation as _alternation
from ._patterns import char_class
from .model import Byline, Contributor, Span
from .vocab.byline import (
    BUREAU_MARKS,
    BYLINE_LABELS,
    CUT_BYLINE_REST_MAX,
    DATELINE_MARK_VETOES,
    DATELINE_MARKS,
    DECORATIONS,
    FILE_PHOTO_NOTES,
    GIVEN_NAME_MAX,
    LENDER_MARKS,
    MEDIA_EXTENSIONS,
    MEDIA_JOINS,
    MEDIUM_STOPS,
    NAME_STOPS,
    NAMELESS_ROLES,
    PHOTO_MARKS,
    PHOTO_NOTES,
    SHORT_ROLES,
    SIGNATURE_MARKS,
    STORY_MARKS,
    UNIT_MARKS,
)
from .vocabulary import Vocabulary, per_vocabulary, using

__all__ = [
    "Grammar",
    "agency_named",
    "grammar",
    "names_writer",
    "parse_byline",
    "parse_credit_line",
    "read_caption",
    "read_cut_glued",
    "read_glued",
    "read_line",
    "split_caption",
]


_SEP = r"[/:]"

#: A Han character (folded text is simplified; the compatibility block for safety),
#: for the stdlib patterns that must stay fast (``regex`` spells it ``\p{Han}``).
_HAN = "[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"

# A unit of an organisation that ends right before a role, part of the role as
# printed (长沙分站记者, 城建新闻部副主任): up to _UNIT_MAX characters and a unit's
# mark, after a space, a separator or the start (a name glued to a role is no unit).
_UNIT_MAX = 8
_UNIT_BEFORE = re.compile(
    rf"(?:^|(?<=[\s/(:]))(?P<unit>{_HAN}{{0,{_UNIT_MAX}}}?{_alternation(UNIT_MARKS)})$"
)

_PLACE_BEFORE = re.compile(rf"(?:^|(?<=[\s/(:]))(?P<unit>{_HAN}{{1,{_UNIT_MAX}}})$")


def _roles(text: str, pos: int = 0) -> Iterator[tuple[int, int, str]]:
    """The roles in a (folded) byline from ``pos``: (start, end, role as printed),
    with the unit before one (``长沙分站记者``); a job title counts only after a unit.

    >>> [r for _, _, r in _roles("通讯员 王明 长沙分站记者 李华 城建部副主任 赵四 主任 钱五")]
    ['通讯员', '长沙分站记者', '城建部副主任']
    """
    g = grammar()
    for m in g.role.finditer(text, pos):
        role = m.group("role")
        if role is None:
            yield m.start(), m.end(), m.group("short")
            continue
        start = m.start()
        # (分站记者 holds its unit's mark: a place before it is the unit's name)
        before = _PLACE_BEFORE if role.startswith(UNIT_MARKS) else _UNIT_BEFORE
        unit = before.search(text, max(pos, start - _UNIT_MAX - 3), start)
        if unit is not None:
            start = unit.start()
        elif role in g.job_titles:
            continue  # 主任 alone may be anyone's
        yield start, m.end(), text[start : m.start("role")] + role


# A name as bylines print it: two to four Han characters, a transliterated
# name with a middle dot, or a Latin name; never a word that opens a sentence
# (记者从…, 记者了解到…: the reporter is the subject there, not a byline).
_NAME = regex.compile(
    rf"""
    (?![{"".join(sorted(NAME_STOPS))}])   # 从, 了, 在 …: a sentence, not a name
    (?:
      \p{{Han}}{{2,4}}                      # 李逸峰
      | \p{{Han}}{{1,8}}(?:[·•]\p{{Han}}{{1,8}})+  # 阿不都·热合曼
      | [A-Za-z][A-Za-z.\-]{{1,30}}         # Latin names
    )
    """,
    regex.VERBOSE,
)

# An organisation that provides a photo: 荷塘区委宣传部 (Han characters only).
_LENDER = regex.compile(r"\p{Han}{2,16}")

# What ends a credit: 摄, 摄影报道, 供图; or a note in brackets, (图/文); or 报道,
# after the place the reporter filed from when a name stands before it (王明 株洲报道).
# (Optional parts in the byline patterns as ``(?: … |)``: see quantities._build_quantity_pattern.)
_TAIL = re.compile(
    rf"""
    (?<!\s)\s*                # (searched for: from a space run's start only, linear)
    (?:
      \(\s*(?P<note>{_alternation(PHOTO_NOTES)})\s*\)   # (图/文): text and photos by them
      | (?P<file>{_alternation(FILE_PHOTO_NOTES)})       # (资料图片): nobody named
      | (?P<photo>{_alternation(PHOTO_MARKS)})           # 摄, 摄影报道, 供图
      | (?:(?<=\s)(?P<place>{_HAN}{{2,6}}?)|)       # 株洲: where it was filed from
        (?P<story>{_alternation(STORY_MARKS)})           # 报道: a story byline's last word
    )
    \s*$
    """,
    re.VERBOSE,
)

# The longest tail of a credit: 摄影报道, a place and 报道, ( 图/文 ), with spaces.
_TAIL_MAX = 16

# Marks some pages print before a byline: □记者 王明, ■本报记者.
_DECORATION = re.compile(rf"[\s{DECORATIONS}]*")

# (Non-vocabulary pieces of the agency pattern.)
# A date in a dateline, also with a character lost: 5月22日, 12月7, 22日.
_DIGIT = "[0-9〇一二三四五六七八九十]"
_DATE = rf"(?:{_DIGIT}{{1,3}}月(?:{_DIGIT}{{1,3}}(?:日|)|)|{_DIGIT}{{1,3}}日)"
_MARK = _alternation(DATELINE_MARKS, {m: f"(?![{v}])" for m, v in DATELINE_MARK_VETOES.items()})


@attrs.frozen
class Grammar:
    """The byline grammar's patterns and tables for one :class:`~zznews.Vocabulary`
    (built by :func:`grammar`, once per vocabulary)."""

    #: A role anywhere in a byline (:func:`_roles`).
    role: re.Pattern[str]
    #: An agency, with its dateline, at the start of a text.
    agency: re.Pattern[str]
    #: The same after the marks some pages print before a byline (``□``, ``■``).
    agency_start: re.Pattern[str]
    #: A whole word that is a medium's name.
    medium_word: re.Pattern[str]
    #: The last characters of a medium's name.
    medium_ends: frozenset[str]
    #: An editor's line, and an editor after a byline on its line.
    editor_start: re.Pattern[str]
    editor_after: re.Pattern[str]
    #: A web page's source label (the line is metadata).
    source_label: re.Pattern[str]
    #: What every byline names (a role or a photo mark), and every photo credit.
    byline_word: re.Pattern[str]
    photo_word: re.Pattern[str]
    #: The words every byline, credit or caption credit holds one of.
    byline_words: frozenset[str]
    #: The vocabulary's tables the grammar tests words against, as sets.
    agencies: frozenset[str]
    photo_roles: frozenset[str]
    job_titles: frozenset[str]
    not_names: frozenset[str]
    surnames: frozenset[str]
    double_surnames: frozenset[str]


def _medium_pattern(v: Vocabulary, role_next: str) -> str:
    """The pattern of a medium's name, or of media signing together
    (``湖南日报·新湖南客户端``, ``今日女报/凤网``, ``星辰在线—长沙新闻网``)."""
    # One medium's name: a listed one (新华社, 新湖南) or any one to eight characters
    # ending as a medium's name does (衡阳新闻网), then what goes on a name (红网时刻
    # 新闻, 岳阳日报全媒体 but not before a role, 红网醴陵站: a bureau is the agency's).
    one = rf"""
        (?!{role_next}|{_alternation(v.media_suffixes + tuple(BYLINE_LABELS))})  # 通讯员…, 日报…
        (?![{MEDIUM_STOPS}])                               # 据…, 从…: a sentence
        (?:{_alternation(v.agencies)}                      # 新华社, 红网, 新湖南
          | {_HAN}{{1,8}}?{_alternation(v.media_suffixes)})  # 衡阳新闻网, 今日女报, 本报
        (?:{_alternation(MEDIA_EXTENSIONS, {"全媒体": f"(?!{role_next})"})}  # 时刻新闻, 客户端
          | {_HAN}{{1,4}}?{_alternation(BUREAU_MARKS)}|)  # 醴陵站
    """
    return rf"(?:{one})(?:{_alternation(MEDIA_JOINS)}(?:{one})){{0,2}}"


def _agency_pattern(medium: str, role_next: str) -> str:
    """An agency at the start, with a dateline and 讯/电: 株洲日报5月22日讯, 新华社北京
    5月22日电, 红网株洲4月16日讯 (the place is the dateline's), 潇湘晨报8月20日报道."""
    # After a medium's name with no report word: a role, a bracket, a separator, a
    # space, anything but a Han character, or the end (株洲日报全媒体记者, 株洲日报(, 株洲日报).
    after_medium = rf"(?={role_next}|[^\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]|$)"
    return rf"""
        (?P<agency>{medium})
        (?:
          (?P<dateline>(?!{role_next})        # (记者报道 is no dateline)
            {_HAN}{{0,6}}?                     # a place: 北京
            (?:{_DATE}|)                       # a date: 5月22日
          )
          (?P<mark>{_MARK})                    # 讯, 电, 消息, 报道 (not 报道称, 讯息)
          | {after_medium}
        )
    """


def _role_pattern(long_roles: frozenset[str]) -> re.Pattern[str]:
    """A role: a long one anywhere (names glue to it: 杨如通讯员/宋荣华); a short one
    (文, 图) only at a boundary and before a separator, so 陈文湘 keeps its 文."""
    return re.compile(
        rf"""
        (?P<role>{_alternation(long_roles)})
        (?:\s*{_SEP}|)                              # then /, : or nothing
        |
        (?:(?:^|(?<=[\s/(]))(?P<short>{_alternation(SHORT_ROLES)})\s*{_SEP})  # 文/, 图
        """,
        re.VERBOSE,
    )


def _after_word(words: Sequence[str], before: str) -> re.Pattern[str]:
    """A label of ``words`` and its colon, searched for: each opens with its word and
    tests what stands before it after the word (``before``, a lookbehind with ``{}``
    for the word), so that the engine skips to a word's first character in C."""
    guards = {w: before.format(re.escape(w)) for w in words}
    return re.compile(_alternation(words, guards, lookahead=False) + r"\s*:")


def _build_grammar(v: Vocabulary) -> Grammar:
    """The byline grammar of vocabulary ``v``."""
    long_roles = frozenset(v.roles) - SHORT_ROLES
    # A role right after a medium's name says the name is the role's agency (株洲日报记者).
    role_next = _alternation(long_roles)
    medium = _medium_pattern(v, role_next)
    agency = _agency_pattern(medium, role_next)
    photo_marks = frozenset(PHOTO_MARKS + PHOTO_NOTES + FILE_PHOTO_NOTES)
    return Grammar(
        role=_role_pattern(long_roles | BYLINE_LABELS | frozenset(v.job_titles)),
        agency=re.compile(r"\s*" + agency, re.VERBOSE),
        agency_start=re.compile(_DECORATION.pattern + agency, re.VERBOSE),
        medium_word=re.compile(medium, re.VERBOSE),
        medium_ends=frozenset(
            w[-1] for w in (*v.media_suffixes, *MEDIA_EXTENSIONS, *BUREAU_MARKS, *v.agencies)
        ),
        editor_start=re.compile(rf"[\s(\[【{DECORATIONS}]*{_alternation(v.editor_roles)}\s*:"),
        editor_after=_after_word(v.editor_roles, r"(?<=[\s)\]】]{})"),
        # (图片来源: is a credit, not a source label)
        source_label=_after_word(v.source_labels, "(?<!图片{})"),
        # A line that names no role and no photo mark cannot be a byline (bare names
        # prove nothing): one search rules out most lines before the grammar is tried.
        # A job title counts (城建新闻部副主任: checked after); a short role only before
        # a separator (文/, 图:). One trie of every word, the separator the pattern after
        # a short role: each branch opens with a character, which the search skips to in C.
        byline_word=re.compile(
            _alternation(
                long_roles | photo_marks | frozenset(v.job_titles) | SHORT_ROLES,
                {w: rf"\s*{_SEP}" for w in SHORT_ROLES - long_roles - photo_marks},
                lookahead=False,
            )
        ),
        # A photo credit names one of these words (摄, 供图, 图/ …).
        photo_word=re.compile(
            _alternation(photo_marks | frozenset(v.photo_roles), lookahead=False)
        ),
        byline_words=frozenset((*v.roles, *photo_marks, *v.job_titles, *v.photo_roles)),
        agencies=frozenset(v.agencies),
        photo_roles=frozenset(v.photo_roles),
        job_titles=frozenset(v.job_titles),
        not_names=frozenset(v.not_names),
        surnames=frozenset(v.surnames),
        double_surnames=frozenset(v.double_surnames),
    )


#: The byline grammar of the vocabulary in force: ``grammar().agency`` ….
grammar: per_vocabulary[Grammar] = per_vocabulary(_build_grammar)


# The bracketed part of a dateline byline: (全媒体记者/李逸峰 通讯员/周陵湘).
_BRACKETS_MAX = 80
# The longest first piece of an agency's name a column break cut (株洲日 ⏎ 报…).
_AGENCY_CUT_MAX = 8
_BRACKETS = re.compile(rf"\s*\((?P<inner>[^()]{{1,{_BRACKETS_MAX}}})\)\s*")

# A word of a name list: names are split by spaces and enumeration commas (the
# separators of roles, / and :, may stand at either end and are no part of a name).
_WORD = re.compile(r"[^\s、/:]+")

# Between marks (文/图, an agency): spaces and separators.
_MARK_SPLIT = re.compile(r"[\s/:]+")

# Longest byline line we consider: a standalone byline is short.
_MAX_LINE = 80

# A writer named in a line that credits photos too: 文/…, 文/图 …, (图/文), 撰文.
_WRITER = re.compile(
    rf"""
    (?:^|(?<=[\s/(]))文\s*{_SEP}                 # 文/王明, 文/图 …
    | {_alternation(frozenset(PHOTO_NOTES) | {"撰文", "撰稿"})}   # (图/文), 图文, 撰文
    | 摄影报道\s*$                               # 记者 王明 摄影报道: text and photos
    """,
    re.VERBOSE,
)


def names_writer(text: str) -> bool:
    """Whether a (folded) byline names who wrote the story, not only who took photos.

    A line that does is the byline of a story even when it credits its photos too
    (``文/图 株洲日报全媒体记者 王明``), never a photo's credit alone.

    >>> names_writer("文/图 株洲日报全媒体记者 王明"), names_writer("记者 王明(图/文)")
    (True, True)
    >>> names_writer("本报记者 王明 摄影报道")
    True
    >>> names_writer("图/株洲日报全媒体记者 王明"), names_writer("记者/王文 摄")
    (False, False)
    """
    return _WRITER.search(text) is not None


#: Punctuation that no byline or credit holds (a name is letters, names are split by
#: spaces and 、, roles by / and :), though a caption before a credit may.
_NOT_IN_CREDIT = ",。;!?“”"
_CLAUSE_MARK = re.compile(char_class(_NOT_IN_CREDIT))


@attrs.define
class _Credits:
    """The people of a byline, whether it credits a photo, and an agency among them."""

    contributors: tuple[Contributor, ...]
    photo: bool
    has_role: bool
    #: An agency after a short role: 文/株洲日报全媒体记者 王明.
    agency: str | None = None
    #: A role that signs for the paper with nobody after it: 本报评论员.
    nameless: bool = False


def is_medium(word: str) -> bool:
    """Whether a (folded) word is wholly a medium's name, and so an agency, never a
    person: a listed name, or one of three characters or more that ends as a medium's
    does (a two-character given name may end so: 王网 is a person).

    >>> is_medium("株洲日报"), is_medium("衡阳新闻网"), is_medium("红网"), is_medium("王网")
    (True, True, True, False)
    """
    g = grammar()
    if word in g.agencies:
        return True
    if len(word) < 3 or word[-1] not in g.medium_ends:
        return False  # (most names: no pattern to try)
    return g.medium_word.fullmatch(word) is not None


def _marks_only(role: str | None, chunk: str, last: bool) -> bool:
    """Whether a short role and what follows it up to the next role are marks, not a
    person: ``文/图 株洲日报全媒体记者 王明``, ``文/株洲日报全媒体记者 王明 图/通讯员 李华``
    (文 and 图 say what the person named next did, and the agency is theirs)."""
    if role not in SHORT_ROLES or last:
        return False
    return all(w in SHORT_ROLES or is_medium(w) for w in _MARK_SPLIT.split(chunk) if w)


@attrs.define
class _Tail:
    """What ends a credit: where the names end, and what the last word says."""

    end: int
    photo: bool = False
    #: 荷塘区委宣传部 供图: who provides a photo may be an organisation, not a person.
    lender: bool = False
    note: bool = False
    #: (资料图片): a file photo, credited to no one.
    file: bool = False


def _tail(text: str) -> _Tail:
    """The end of the names in ``text`` (a folded byline) and its photo or story mark:
    ``记者/王明 摄``, ``记者 王明 株洲报道`` (the place is dropped), ``通讯员王明报道``."""
    # (A tail is a few characters: searching the end only keeps it one attempt or so.)
    tail = _TAIL.search(text, max(0, len(text) - _TAIL_MAX))
    if tail is None:
        return _Tail(len(text))
    story = tail.group("story")
    if story == "文" and not text[: tail.start()].endswith((" ", "/")):
        return _Tail(len(text))  # 文 glued to a name is part of the name (王文)
    end = tail.start()
    if tail.group("place") is not None and (story != "报道" or _ends_with_role(text[:end])):
        end = tail.start("story")  # 通讯员 王明报道: the word before 报道 is the name
    photo = tail.group("photo")
    return _Tail(
        end,
        story is None,
        photo in LENDER_MARKS,
        tail.group("note") is not None,
        tail.group("file") is not None,
    )


def _ends_with_role(text: str) -> bool:
    """Whether the (folded) text ends with a role and nothing after it but separators."""
    bare = text.rstrip(" /:")
    return any(end >= len(bare) for _, end, _ in _roles(bare, max(0, len(bare) - 16)))


def _pieces(text: str) -> tuple[list[tuple[str | None, int, int]], bool]:
    """``text`` cut at its roles: (role, names start, names end) each, and whether it
    names a role; roles printed together with nothing between (``策划/执行``) are one."""
    pieces: list[tuple[str | None, int, int]] = []
    role: str | None = None
    pos = 0
    has_role = False
    for start, end, found in _roles(text):
        if start > pos or role is None:
            if start > pos or role is not None:
                pieces.append((role, pos, start))
            role = found
        elif role in SHORT_ROLES or found in SHORT_ROLES or role in BYLINE_LABELS:
            pieces.append((role, pos, start))
            role = found
        else:
            role = f"{role}/{found}"  # 策划/执行 王明: one person, two roles
        has_role = has_role or found not in BYLINE_LABELS
        pos = end
    pieces.append((role, pos, len(text)))
    return pieces, has_role


def _contributors(f: Folded, start: int, end: int) -> _Credits | None:
    """Read ``role names …`` pairs from ``f.text[start:end]``; ``None`` if it is not that."""
    g = grammar()
    editor = g.editor_after.search(f.text, start, end)
    if editor is not None:  # 作者:王明 编辑:李华: the editor is the page's, not the story's
        end = len(f.text[: editor.start()].rstrip())
    tail = _tail(f.text[start:end])
    text = f.text[start : start + tail.end]
    photo = tail.photo or tail.note
    pieces, has_role = _pieces(text)
    people: list[Contributor] = []
    agency: str | None = None
    nameless = tail.file
    for k, (role_name, a, b) in enumerate(pieces):
        chunk = text[a:b].strip(" /:")
        if _marks_only(role_name, chunk, k == len(pieces) - 1):
            words = [w for w in _MARK_SPLIT.split(chunk) if w]
            agency = agency or next((w for w in words if is_medium(w)), None)
            photo = photo or any(w in g.photo_roles for w in (role_name, *words))
            continue
        lender = tail.lender or role_name in LENDER_MARKS
        if role_name in BYLINE_LABELS:
            role_name = None  # 作者:王明: the names are bare
        if not chunk:
            if role_name in NAMELESS_ROLES or (photo and role_name is not None):
                nameless = True  # 本报评论员, 通讯员供图, 通讯员 摄: signed by a role, unnamed
            elif role_name is not None:
                return None  # a role with nobody after it is not a byline
            continue
        for parts in _names(text, a, b):
            name = "".join(text[p:q] for p, q in parts)
            # The name (or agency) as printed (traditional kept), without a padding space.
            raw = "".join(f.original[f.orig(start + p) : f.orig_end(start + q)] for p, q in parts)
            if is_medium(name):
                agency = agency or raw  # (株洲日报记者 王明): the medium the people work for
                continue
            if not (_NAME.fullmatch(name) or (lender and _LENDER.fullmatch(name))):
                return None
            if name in g.not_names:
                return None
            people.append(Contributor(role_name, raw))
        if role_name in g.photo_roles:
            photo = True
    return _Credits(tuple(people), photo, has_role, agency, nameless)


def _names(text: str, a: int, b: int) -> list[list[tuple[int, int]]]:
    """The names in ``text[a:b]``, each as the spans of its words: a name padded to the
    width of three (``黄 玲``, ``段 晓艳``) is one name of two words, and names printed
    together (``张三李四``) are split where a surname can begin.

    >>> _names("王 明 李 华", 0, 7), _names("谢明董亮", 0, 4), _names("廖安张", 0, 3)
    ([[(0, 1), (2, 3)], [(4, 5), (6, 7)]], [[(0, 2)], [(2, 4)]], [[(0, 3)]])
    >>> _names("段 晓艳", 0, 5)
    [[(0, 1), (2, 4)]]
    """
    names: list[list[tuple[int, int]]] = []
    for word in _WORD.finditer(text, a, b):
        w = word.group()
        last = names[-1] if names else None
        if last is not None and len(last) == 1 and _padded(text[last[0][0] : last[0][1]], w):
            last.append(word.span())
            continue
        names.extend([(word.start() + p, word.start() + q)] for p, q in _split_glued(w))
    return names


def _padded(first: str, word: str) -> bool:
    """Whether ``first`` and ``word`` are one name padded with a space: two single
    characters (``黄 玲``) or a surname and a given name (``段 晓艳``)."""
    if len(first) != 1:
        return False
    surnames = grammar().surnames
    return len(word) == 1 or (first in surnames and len(word) <= GIVEN_NAME_MAX)


def _split_glued(word: str) -> tuple[tuple[int, int], ...]:
    """Where names printed together in ``word`` begin and end, by the surnames; the
    whole word when it is one name (``廖安张``, ``欧阳娜娜``) or cannot be split.

    >>> _split_glued("谢明董亮"), _split_glued("王小明李华"), _split_glued("欧阳娜娜")
    (((0, 2), (2, 4)), ((0, 3), (3, 5)), ((0, 4),))
    """
    if len(word) < 4 or len(word) > 4 * (GIVEN_NAME_MAX + 1) or not word.isalpha():
        return ((0, len(word)),)
    if len(word) == 4 and word[:2] in grammar().double_surnames:
        return ((0, 4),)
    return _segment(word, 0) or ((0, len(word)),)


def _segment(word: str, i: int) -> tuple[tuple[int, int], ...] | None:
    """``word[i:]`` cut into names that each open with a surname (a longer name first),
    or ``None`` when it cannot be."""
    if i == len(word):
        return ()
    v = grammar()
    surname = 2 if word[i : i + 2] in v.double_surnames else 1 if word[i] in v.surnames else 0
    if not surname:
        return None
    for given in range(GIVEN_NAME_MAX, 0, -1):
        j = i + surname + given
        if j <= len(word) and (rest := _segment(word, j)) is not None:
            return ((i, j), *rest)
    return None


def _byline(f: Folded, start: int, end: int, offset: int, **fields: object) -> Byline:
    """A :class:`Byline` for ``f.text[start:end]``, text in original terms, span in
    original terms moved by ``offset`` (where ``f.original`` stands in the source)."""
    a, b = f.orig(start), f.orig_end(end)
    return Byline(text=f.original[a:b], span=(a + offset, b + offset), **fields)  # type: ignore[arg-type]


def _agency(f: Folded) -> tuple[str | None, str | None, int, bool]:
    """The agency at the start of ``f``, as printed: (agency, dateline, where it
    ends, has 讯/电)."""
    lead = _DECORATION.match(f.text)
    start = lead.end() if lead is not None else 0
    m = grammar().agency.match(f.text, start)
    if m is None:
        return None, None, start, False
    dateline = m.group("dateline") if m.group("mark") else None
    if dateline:
        dateline = f.original[f.orig(m.start("dateline")) : f.orig_end(m.end("dateline"))]
    agency = f.original[f.orig(m.start("agency")) : f.orig_end(m.end("agency"))]
    return agency, dateline or None, m.end(), m.group("mark") is not None


def read_line(f: Folded, offset: int = 0) -> Byline | None:
    """A whole (folded) line that is a byline or a credit, or ``None``.

    The span is moved by ``offset``, where the line stands in the source."""
    text = f.text.rstrip()
    if not text or len(text) > _MAX_LINE:
        return None
    signed = text[0] in SIGNATURE_MARKS  # □ 李华: a commentary signed with a name alone
    g = grammar()
    if not signed and g.byline_word.search(text) is None:
        return None
    if _CLAUSE_MARK.search(text) is not None:
        return None  # 摄像头, 记者: a sentence that holds a byline word is not a byline
    if g.source_label.search(text) is not None or g.editor_start.match(text) is not None:
        return None  # 稿源:株洲网 编辑:王明, 编辑:王 明: a web page's metadata
    agency, dateline, pos, _ = _agency(f)
    inner = _BRACKETS.fullmatch(text, pos)
    if inner is not None:  # 株洲日报(记者/王明): the whole line is a dateline byline
        credits = _contributors(f, inner.start("inner"), inner.end("inner"))
    else:
        credits = _contributors(f, pos, len(text))
    if credits is None or not (
        credits.contributors or credits.nameless or (credits.photo and credits.agency)
    ):
        return None  # (图片来源:新华社 names an agency alone)
    if not credits.has_role and not credits.photo and not signed:
        return None  # bare names prove nothing: 王明 alone is not a byline
    lead = len(f.text) - len(f.text.lstrip())
    return _byline(
        f,
        lead,
        len(text),
        offset,
        agency=credits.agency or agency,  # (株洲晚报记者/王明) names it over 本报
        contributors=credits.contributors,
        is_photo_credit=credits.photo,
        dateline=dateline,
    )


def read_glued(f: Folded, offset: int = 0) -> Byline | None:
    """A dateline byline glued to the (folded) first sentence: ``株洲日报(记者/王明)11月19日…``,
    ``衡阳新闻网讯 通讯员王明报道 近日…``, or a dateline alone (``本报讯 近日…``).

    The span is moved by ``offset``, where the line stands in the source."""
    agency, dateline, pos, marked = _agency(f)
    if agency is None:
        return None
    inner = _BRACKETS.match(f.text, pos)
    credits = None
    if inner is not None:
        credits = _contributors(f, inner.start("inner"), inner.end("inner"))
        if credits is None or not credits.has_role:
            return None
        end = inner.start() + len(inner.group().rstrip())
    elif marked and (filed := _FILED.match(f.text, pos)) is not None:
        # 衡阳新闻网讯 通讯员王明报道 …: a byline with no brackets, closed by 报道
        credits = _contributors(f, filed.start("inner"), filed.end("inner"))
        if credits is None or not credits.has_role or not credits.contributors:
            credits = None
        end = filed.end("inner")
    if credits is not None:
        return _byline(
            f,
            0,
            end,
            offset,
            agency=credits.agency or agency,  # (株洲日报记者 王明) after 红网株洲…讯
            contributors=credits.contributors,
            is_photo_credit=credits.photo,
            dateline=dateline,
        )
    if marked:  # 本报讯 近日…: an agency alone, no names
        return _byline(f, 0, pos, offset, agency=agency, dateline=dateline)
    return None


# A byline after a dateline's mark with no brackets, up to 报道 and a space or the end:
# 讯 通讯员王明报道 近日… (roles and names only: no clause mark, at most a few words).
_FILED = re.compile(
    rf"""
    [ \t\u3000]{{0,4}}                        # the space after 讯
    (?P<inner>[^\s{_NOT_IN_CREDIT}()]{{2,24}}  # 通讯员王明 (or 记者)
      (?:[ \t\u3000][^\s{_NOT_IN_CREDIT}()]{{1,12}}){{0,4}}?  # 王明 李华: more words
      报道)                                    # the word that closes it
    (?=\s|$)
    """,
    re.VERBOSE,
)


def read_cut_glued(first: str, second: str) -> tuple[Byline, int] | None:
    """A glued byline cut by a column break inside its brackets: ``first`` opens it,
    ``second`` (the next line) closes it and goes on with the text. Returns the byline
    (its span is local to the two lines joined) and where it ends in ``second``.

    >>> b, end = read_cut_glued("株洲日报讯(全媒体记者/罗雅琴 通讯员/", "刘晶)1月17日晚,社区…")
    >>> b.agency, [(c.role, c.name) for c in b.contributors], end
    ('株洲日报', [('全媒体记者', '罗雅琴'), ('通讯员', '刘晶')], 3)
    """
    if grammar().agency_start.match(first) is None:
        # 株洲日 ⏎ 报(记者/王驰)…: the agency's name itself cut
        if len(first) >= _AGENCY_CUT_MAX or grammar().agency_start.match(first + second) is None:
            return None
        close = second.find(")", 0, _AGENCY_CUT_MAX + _BRACKETS_MAX)
    else:
        opened = first.rfind("(")
        if opened >= 0 and ")" not in first[opened:]:
            close = second.find(")", 0, CUT_BYLINE_REST_MAX)  # 通讯员/ ⏎ 刘晶)…
        elif second.startswith("(") and _agency(fold(first))[2] == len(first):
            close = second.find(")", 0, _BRACKETS_MAX)  # 株洲日报 ⏎ (记者/刘芳)…: the agency alone
        else:
            return None
    if close < 0 or second.count("(", 0, close) > 1:
        return None
    lead = read_glued(fold(first + second[: close + 1] + "…"))
    if lead is None or lead.span[1] <= len(first):
        return None
    return lead, lead.span[1] - len(first)


def agency_named(text: str) -> str | None:
    """The news organisation that ``text`` is wholly the name of, as printed, or ``None``:
    a listed one or any that ends as a medium's name does.

    >>> agency_named("新华社"), agency_named("湖南日报"), agency_named("新华社记者")
    ('新华社', '湖南日报', None)
    >>> agency_named("衡陽新聞網"), agency_named("了解")
    ('衡陽新聞網', None)
    """
    agency, _, end, _ = _agency(fold(text))
    return agency if agency is not None and end == len(text) else None


def parse_byline(text: str, *, vocabulary: Vocabulary | None = None) -> Byline | None:
    """The byline at the start of ``text``, or ``None`` when it does not open with one.

    ``text`` may be a standalone byline line, a photo credit, or a first paragraph
    with a dateline byline glued to it; ``Byline.span`` says where the byline ends.

    >>> b = parse_byline("株洲日报(全媒体记者/杨如通讯员/宋荣华)11月19日下午,天元区…")
    >>> [(c.role, c.name) for c in b.contributors], b.text
    ([('全媒体记者', '杨如'), ('通讯员', '宋荣华')], '株洲日报(全媒体记者/杨如通讯员/宋荣华)')
    >>> parse_byline("株洲晚报融媒体记者 王明").agency
    '株洲晚报'
    >>> [c.role for c in parse_byline("通讯员/甲乙 丙丁 戊己").contributors]
    ['通讯员', '通讯员', '通讯员']
    >>> b = parse_byline("本报讯(記者 王明 通訊員 李四)")
    >>> b.agency, [(c.role, c.name) for c in b.contributors]
    ('本报', [('记者', '王明'), ('通讯员', '李四')])
    >>> parse_byline("记者/杨如 摄").is_photo_credit
    True
    >>> parse_byline("文/王明 图/李四").is_photo_credit
    True

    ``vocabulary`` (a :class:`~zznews.Vocabulary`) reads with a paper's own words.
    """
    check_text(text, "parse_byline")
    f = fold(text)
    with using(vocabulary):
        return read_line(f) or read_glued(f)


def parse_credit_line(text: str) -> Byline | None:
    """``text`` as a whole byline or photo-credit line, or ``None``.

    >>> parse_credit_line("株洲日报全媒体记者/何春林 摄").is_photo_credit
    True
    >>> parse_credit_line("株洲日报(记者/王明)今天,…") is None
    True
    """
    return read_line(fold(text))


# Where a credit may begin after a caption: after spaces, after the end of a
# sentence, or at an opening bracket.
_CREDIT_START = re.compile(r"(?<=[\s。.!?…”])(?=\S)|\((?=[^()]*\)\s*$)")

# A line wholly in brackets, which none holds inside: (村民在插秧。 通讯员 摄).
_WRAPPED = re.compile(r"\s*\((?P<inner>[^()]{2,200})\)\s*")


def split_caption(text: str) -> tuple[Span, Byline] | None:
    """Split a caption line into the caption's span and its photo credit.

    >>> span, credit = split_caption("湖南工业大学的学子参与清除行动。 记者/杨如 摄")
    >>> span, credit.text, credit.span
    ((0, 16), '记者/杨如 摄', (17, 24))
    >>> split_caption("他说,记者王明和我一起去了。") is None
    True
    """
    return read_caption(fold(text))


def read_caption(f: Folded, offset: int = 0) -> tuple[Span, Byline] | None:
    """:func:`split_caption` on text already folded (the pipeline folds each line once);
    the credit's span is moved by ``offset``, where the line stands in the source.
    A caption and its credit may stand in brackets together: ``(村民在插秧。 通讯员 摄)``."""
    wrapped = _WRAPPED.fullmatch(f.text)
    if wrapped is not None:
        a, b = f.orig(wrapped.start("inner")), f.orig_end(wrapped.end("inner"))
        found = read_caption(fold(f.original[a:b]), offset + a)
        if found is not None:
            (start, end), inside = found
            return (start + a, end + a), inside
    # A credit is at most _MAX_LINE long, so only the line's tail can start one:
    # looking no further keeps a long line linear (no slice of the rest per candidate).
    window = max(0, len(f.text) - _MAX_LINE)
    # Nor can a credit hold clause punctuation (it is roles, names and marks): it
    # needs a photo word after the line's last clause mark, and begins after that
    # mark, so that only one attempt or two are left.
    for word in grammar().photo_word.finditer(f.text, window):
        if _CLAUSE_MARK.search(f.text, word.end()) is None:
            break
    else:
        return None
    window = max(window, *map(f.text.rfind, _NOT_IN_CREDIT, repeat(window), repeat(word.start())))
    for m in _CREDIT_START.finditer(f.text, window):
        if m.start() == 0:
            continue
        if len(f.text) - m.start() > _MAX_LINE or _ends_with_role(f.text[: m.start()]):
            continue  # (记者 王明 摄: a credit never begins after its own role)
        at = f.orig(m.start())
        credit = read_line(fold(f.original[at:]), offset + at)
        if credit is None or not credit.is_photo_credit:
            continue
        cap_end = len(f.original[:at].rstrip())
        if cap_end == 0:
            return None
        if f.original[cap_end - 1] == "(":
            cap_end = len(f.original[: cap_end - 1].rstrip())
        lead = len(f.original) - len(f.original.lstrip())
        return (lead, cap_end), credit
    return None


def bare_name(text: str) -> str | None:
    """The person's name when the (folded) ``text`` is one bare name, padding dropped
    (``汪立言``, ``张 慎``, ``欧阳娜娜``), else ``None``.

    >>> bare_name("汪立言"), bare_name("张 慎"), bare_name("种植规模"), bare_name("开栏语")
    ('汪立言', '张慎', None, None)
    """
    name = "".join(text.split())
    v = grammar()
    surname = 2 if name[:2] in v.double_surnames else 1 if name[:1] in v.surnames else 0
    if not surname or not 1 <= len(name) - surname <= GIVEN_NAME_MAX:
        return None
    if _HAN_NAME.fullmatch(name) is None or name in v.not_names or is_medium(name):
        return None
    return name


# A name of Chinese characters only.
_HAN_NAME = regex.compile(r"\p{Han}{2,4}")
