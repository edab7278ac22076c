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
from collections.abc import Iterable
from itertools import repeat

import attrs
import regex

from ._fold import Folded, fold
from ._patterns import alternation as _alternation
from ._patterns import char_class
from .model import Byline, Contributor, Span
from .vocab.byline import (
    AGENCIES,
    CUT_BYLINE_REST_MAX,
    DATELINE_MARKS,
    DECORATIONS,
    LENDER_MARKS,
    NAME_STOPS,
    NAMELESS_ROLES,
    NOT_NAMES,
    PHOTO_MARKS,
    PHOTO_NOTES,
    PHOTO_ROLES,
    ROLES,
    SHORT_ROLES,
    SIGNATURE_MARKS,
    STORY_MARKS,
)

__all__ = [
    "AGENCY_START",
    "BYLINE_WORDS",
    "agency_named",
    "names_writer",
    "parse_byline",
    "parse_credit_line",
    "read_caption",
    "read_cut_glued",
    "read_glued",
    "read_line",
    "split_caption",
]


_LONG_ROLES = ROLES - SHORT_ROLES
_SEP = r"[/:]"

# A role: a long one anywhere (names glue to it: 杨如通讯员/宋荣华); a short one
# (文, 图) only at a boundary and before a separator, so 陈文湘 keeps its 文.
_ROLE = re.compile(
    rf"""
    (?P<role>{_alternation(_LONG_ROLES)})      # 全媒体记者, 通讯员 …: may touch a name
    (?:\s*{_SEP})?                              # then /, : or nothing
    |
    (?:(?:^|(?<=[\s/(]))(?P<short>{_alternation(SHORT_ROLES)})\s*{_SEP})  # 文/, 图: only so
    """,
    re.VERBOSE,
)

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

# What ends a credit: 摄, 摄影报道, 供图; or a note in brackets, (图/文).
_TAIL = re.compile(
    rf"""
    (?<!\s)\s*                # (searched for: from a space run's start only, linear)
    (?:
      \(\s*(?P<note>{_alternation(PHOTO_NOTES)})\s*\)   # (图/文): text and photos by them
      | (?P<photo>{_alternation(PHOTO_MARKS)})           # 摄, 摄影报道, 供图
      | (?P<story>{_alternation(STORY_MARKS)})           # 报道: a story byline's last word
    )
    \s*$
    """,
    re.VERBOSE,
)

# An agency at the start, with a dateline and 讯/电: 株洲日报5月22日讯, 新华社北京5月22日电.
# Marks some pages print before a byline: □记者 王明, ■本报记者.
_DECORATION = re.compile(rf"[\s{DECORATIONS}]*")

# The agencies alone, after the decoration: most lines open with none, and this
# stdlib pattern tells so before the full one (which needs ``regex``) is tried.
_AGENCY_FIRST = re.compile(_alternation(AGENCIES))

_AGENCY = regex.compile(
    rf"""
    \s*
    (?P<agency>{_alternation(AGENCIES)})
    (?:
      (?P<dateline>\p{{Han}}{{0,6}}?       # a place: 北京
        [0-9〇一二三四五六七八九十]{{1,3}}月  # a month: 5月
        [0-9〇一二三四五六七八九十]{{1,3}}日  # a day: 22日
      )?
      (?P<mark>{_alternation(DATELINE_MARKS)})             # 讯, 电
    )?
    """,
    regex.VERBOSE,
)

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

# A line that names no role and no photo mark cannot be a byline (bare names prove
# nothing): one search rules out most lines before the grammar is tried.
_BYLINE_WORD = re.compile(
    rf"""
    {_alternation(_LONG_ROLES | frozenset(PHOTO_MARKS) | frozenset(PHOTO_NOTES))}
    | (?:{_alternation(SHORT_ROLES)})\s*{_SEP}
    """,
    re.VERBOSE,
)


# A writer named in a line that credits photos too: 文/…, 文/图 …, (图/文), 撰文.
_WRITER = re.compile(
    rf"""
    (?:^|(?<=[\s/(]))文\s*{_SEP}                 # 文/王明, 文/图 …
    | {_alternation(frozenset(PHOTO_NOTES) | {"撰文", "撰稿"})}   # (图/文), 图文, 撰文
    """,
    re.VERBOSE,
)


def names_writer(text: str) -> bool:
    """Whether a (folded) byline names who wrote the story, not only who took photos.

    A line that does is the byline of a story even when it credits its photos too
    (``文/图 株洲日报全媒体记者 王明``), never a photo's credit alone.

    >>> names_writer("文/图 株洲日报全媒体记者 王明"), names_writer("记者 王明(图/文)")
    (True, True)
    >>> names_writer("图/株洲日报全媒体记者 王明"), names_writer("记者/王文 摄")
    (False, False)
    """
    return _WRITER.search(text) is not None


#: Punctuation that no byline or credit holds (a name is letters, names are split by
#: spaces and 、, roles by / and :), though a caption before a credit may.
_NOT_IN_CREDIT = ",。;!?“”"
_CLAUSE_MARK = re.compile(char_class(_NOT_IN_CREDIT))


@attrs.frozen
class _Credits:
    """The people of a byline, whether it credits a photo, and an agency among them."""

    contributors: tuple[Contributor, ...]
    photo: bool
    has_role: bool
    #: An agency after a short role: 文/株洲日报全媒体记者 王明.
    agency: str | None = None
    #: A role that signs for the paper with nobody after it: 本报评论员.
    nameless: bool = False


def _marks_only(role: str | None, chunk: str, last: bool) -> bool:
    """Whether a short role and what follows it up to the next role are marks, not a
    person: ``文/图 株洲日报全媒体记者 王明``, ``文/株洲日报全媒体记者 王明 图/通讯员 李华``
    (文 and 图 say what the person named next did, and the agency is theirs)."""
    if role not in SHORT_ROLES or last:
        return False
    return all(w in SHORT_ROLES or w in AGENCIES for w in _MARK_SPLIT.split(chunk) if w)


def _contributors(f: Folded, start: int, end: int) -> _Credits | None:
    """Read ``role names …`` pairs from ``f.text[start:end]``; ``None`` if it is not that."""
    text = f.text[start:end]
    photo = False
    tail = _TAIL.search(text)
    # 荷塘区委宣传部 供图: who provides a photo may be an organisation, not a person.
    lender = tail is not None and tail.group("photo") in LENDER_MARKS
    if tail is not None:
        photo = tail.group("story") is None
        text = text[: tail.start()]
        if tail.group("story") == "文" and not text.endswith((" ", "/")):
            # 文 glued to a name is part of the name (王文), not the word that ends a byline.
            text = f.text[start:end]
            photo = False
    pieces: list[tuple[str | None, int, int]] = []  # (role, names start, names end)
    role: str | None = None
    pos = 0
    has_role = False
    for m in _ROLE.finditer(text):
        if m.start() > pos or role is not None:
            pieces.append((role, pos, m.start()))
        role = m.group("role") or m.group("short")
        has_role = True
        pos = m.end()
    pieces.append((role, pos, len(text)))
    people: list[Contributor] = []
    agency: str | None = None
    nameless = False
    for k, (role_name, a, b) in enumerate(pieces):
        chunk = text[a:b].strip(" /:")
        if _marks_only(role_name, chunk, k == len(pieces) - 1):
            words = [w for w in _MARK_SPLIT.split(chunk) if w]
            agency = agency or next((w for w in words if w in AGENCIES), None)
            photo = photo or any(w in PHOTO_ROLES for w in (role_name, *words))
            continue
        if not chunk:
            if role_name in NAMELESS_ROLES or (lender and role_name is not None):
                nameless = True  # 本报评论员, 通讯员供图: signed by a role, unnamed
            elif role_name is not None:
                return None  # a role with nobody after it is not a byline
            continue
        for parts in _padded_names(_WORD.finditer(text, a, b)):
            name = "".join(w.group() for w in parts)
            if not (_NAME.fullmatch(name) or (lender and _LENDER.fullmatch(name))):
                return None
            if name in NOT_NAMES:
                return None
            # The name as printed (traditional characters kept), without a padding space.
            raw = "".join(
                f.original[f.orig(start + w.start()) : f.orig_end(start + w.end())] for w in parts
            )
            people.append(Contributor(role_name, raw))
        if role_name in PHOTO_ROLES:
            photo = True
    if tail is not None and tail.group("note") is not None:
        photo = True
    return _Credits(tuple(people), photo, has_role, agency, nameless)


def _padded_names(words: Iterable[re.Match[str]]) -> list[list[re.Match[str]]]:
    """The words of a name list grouped into names: a two-character name padded to the
    width of three (``黄 玲``) is one name of two words; any other word is one name."""
    names: list[list[re.Match[str]]] = []
    for word in words:
        last = names[-1] if names else None
        if last is not None and len(last) == 1 and len(last[0].group()) == len(word.group()) == 1:
            last.append(word)
        else:
            names.append([word])
    return names


def _byline(f: Folded, start: int, end: int, offset: int, **fields: object) -> Byline:
    """A :class:`Byline` for ``f.text[start:end]``, text in original terms, span in
    original terms moved by ``offset`` (where ``f.original`` stands in the source)."""
    a, b = f.orig(start), f.orig_end(end)
    return Byline(text=f.original[a:b], span=(a + offset, b + offset), **fields)  # type: ignore[arg-type]


def _agency(f: Folded) -> tuple[str | None, str | None, int, bool]:
    """The agency at the start of ``f``: (agency, dateline, where it ends, has 讯/电)."""
    lead = _DECORATION.match(f.text)
    start = lead.end() if lead is not None else 0
    if _AGENCY_FIRST.match(f.text, start) is None:
        return None, None, start, False
    m = _AGENCY.match(f.text, start)
    if m is None:
        return None, None, start, False
    dateline = m.group("dateline") if m.group("mark") else None
    if dateline is not None:
        dateline = f.original[f.orig(m.start("dateline")) : f.orig_end(m.end("dateline"))]
    return m.group("agency"), dateline, m.end(), m.group("mark") is not None


def read_line(f: Folded, offset: int = 0) -> Byline | None:
    """A whole (folded) line that is a byline or a credit, or ``None``.

    The span is moved by ``offset``, where the line stands in the source."""
    text = f.text.rstrip()
    if not text or len(text) > _MAX_LINE:
        return None
    signed = text[0] in SIGNATURE_MARKS  # □ 李华: a commentary signed with a name alone
    if not signed and _BYLINE_WORD.search(text) is None:
        return None
    if _CLAUSE_MARK.search(text) is not None:
        return None  # 摄像头, 记者: a sentence that holds a byline word is not a byline
    agency, dateline, pos, _ = _agency(f)
    inner = _BRACKETS.fullmatch(text, pos)
    if inner is not None:  # 株洲日报(记者/王明): the whole line is a dateline byline
        credits = _contributors(f, inner.start("inner"), inner.end("inner"))
    else:
        credits = _contributors(f, pos, len(text))
    if credits is None or not (credits.contributors or credits.nameless):
        return None
    if not credits.has_role and not credits.photo and not signed:
        return None  # bare names prove nothing: 王明 alone is not a byline
    lead = len(f.text) - len(f.text.lstrip())
    return _byline(
        f,
        lead,
        len(text),
        offset,
        agency=agency or credits.agency,
        contributors=credits.contributors,
        is_photo_credit=credits.photo,
        dateline=dateline,
    )


def read_glued(f: Folded, offset: int = 0) -> Byline | None:
    """A dateline byline glued to the (folded) first sentence: ``株洲日报(记者/王明)11月19日…``.

    The span is moved by ``offset``, where the line stands in the source."""
    agency, dateline, pos, marked = _agency(f)
    if agency is None:
        return None
    inner = _BRACKETS.match(f.text, pos)
    if inner is not None:
        credits = _contributors(f, inner.start("inner"), inner.end("inner"))
        if credits is None or not credits.has_role:
            return None
        end = inner.start() + len(inner.group().rstrip())
        return _byline(
            f,
            0,
            end,
            offset,
            agency=agency,
            contributors=credits.contributors,
            is_photo_credit=credits.photo,
            dateline=dateline,
        )
    if marked:  # 本报讯 近日…: an agency alone, no names
        return _byline(f, 0, pos, offset, agency=agency, dateline=dateline)
    return None


def read_cut_glued(first: str, second: str) -> tuple[Byline, int] | None:
    """A glued byline cut by a column break inside its brackets: ``first`` opens it,
    ``second`` (the next line) closes it and goes on with the text. Returns the byline
    (its span is local to the two lines joined) and where it ends in ``second``.

    >>> b, end = read_cut_glued("株洲日报讯(全媒体记者/罗雅琴 通讯员/", "刘晶)1月17日晚,社区…")
    >>> b.agency, [(c.role, c.name) for c in b.contributors], end
    ('株洲日报', [('全媒体记者', '罗雅琴'), ('通讯员', '刘晶')], 3)
    """
    if AGENCY_START.match(first) is None:
        # 株洲日 ⏎ 报(记者/王驰)…: the agency's name itself cut
        if len(first) >= _AGENCY_CUT_MAX or AGENCY_START.match(first + second) is None:
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
    """The news organisation that ``text`` is wholly the name of, canonical, or ``None``.

    >>> agency_named("新华社"), agency_named("湖南日报"), agency_named("新华社记者")
    ('新华社', '湖南日报', None)
    """
    agency, _, end, _ = _agency(fold(text))
    return agency if agency is not None and end == len(text) else None


def parse_byline(text: str) -> Byline | None:
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
    """
    f = fold(text)
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

# A photo credit names one of these words (摄, 供图, 图/ …): a line whose last
# _MAX_LINE characters hold none of them has no credit to split off.
_PHOTO_WORD = re.compile(
    _alternation(frozenset(PHOTO_MARKS) | frozenset(PHOTO_NOTES) | PHOTO_ROLES)
)

#: The words that every byline, credit or caption credit holds one of (roles,
#: photo marks and notes), and the agency that opens a glued byline: a line with
#: neither holds none of them, and can be told so before any grammar runs.
BYLINE_WORDS: frozenset[str] = ROLES | frozenset(PHOTO_MARKS) | frozenset(PHOTO_NOTES) | PHOTO_ROLES
AGENCY_START = re.compile(_DECORATION.pattern + f"(?:{_AGENCY_FIRST.pattern})")


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
    the credit's span is moved by ``offset``, where the line stands in the source."""
    # A credit is at most _MAX_LINE long, so only the line's tail can start one:
    # looking no further keeps a long line linear (no slice of the rest per candidate).
    window = max(0, len(f.text) - _MAX_LINE)
    # Nor can a credit hold clause punctuation (it is roles, names and marks): it
    # needs a photo word after the line's last clause mark, and begins after that
    # mark, so that only one attempt or two are left.
    for word in _PHOTO_WORD.finditer(f.text, window):
        if _CLAUSE_MARK.search(f.text, word.end()) is None:
            break
    else:
        return None
    window = max(window, *map(f.text.rfind, _NOT_IN_CREDIT, repeat(window), repeat(word.start())))
    for m in _CREDIT_START.finditer(f.text, window):
        if m.start() == 0:
            continue
        if len(f.text) - m.start() > _MAX_LINE:
            continue
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
