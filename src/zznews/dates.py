"""Dates in Chinese news text, resolved to inclusive calendar days.

One pattern finds every date expression (``2025年11月18日``, ``今年8月底``,
``上世纪90年代``, ``18日至20日``, ``11月以来``, ``当天``); each is then resolved
against the issue date with :mod:`dateutil.relativedelta`. What needs the issue date and does
not have it keeps its stated parts (year, month, day) and gets ``start``/``end``
``None``. The words are data in :mod:`zznews.vocab.dates`.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
from collections.abc import Callable, Iterator, Sequence
from typing import NamedTuple

import attrs
from dateutil.relativedelta import relativedelta

from ._check import check_text
from ._patterns import alternation as _alt
from ._patterns import char_class
from .model import DateMention, Span
from .numbers import either_width, parse_number
from .vocab import dates as V
from .vocab.quantities import (
    ARABIC_DIGIT_CHARS,
    ARABIC_DIGITS,
    ASCII_DIGITS,
    CN_CLOCK_DIGITS,
    CN_DATE_NUMERALS,
    CN_ONE_TO_NINE,
    CN_YEAR_DIGITS,
)

#: Maps a span of the scanned text to the span the caller wants (its source's offsets).
Place = Callable[[int, int], Span]

__all__ = [
    "Place",
    "date_spans",
    "dates_in",
    "extract_article_dates",
    "extract_dates",
    "issue_date_from_dateline",
]


_NUMERAL_CHARS = CN_DATE_NUMERALS
#: The parts of a year by the words that say them: 底 and 上半年 after a year (2025年底,
#: 今年上半年), 年底 alone (of the issue year, or lately after it, last year's) or after
#: a year too (今年年底, 2025年年初).
_YEAR_PART_OF = {
    **V.YEAR_PARTS,
    **{"年" + p: v for p, v in V.YEAR_PARTS.items() if len(p) == 1},
    **V.FIRST_MONTHS_AFTER_YEAR,
}
#: The year parts that can stand alone (年底, 上半年, 前10月; not 底, nor 前3个月).
_YEAR_PART_WORDS = [p for p in _YEAR_PART_OF if len(p) > 1 and p not in V.FIRST_MONTHS_AFTER_YEAR]


#: A month's number and a day's, Arabic (full-width too) or Chinese.
_MONTH = rf"(?: {either_width('1[0-2] | 0?[1-9]')} | 十[一二]? | [{CN_ONE_TO_NINE}] )"
#: A day's number in Arabic digits, of either width.
_ARABIC_DAY = either_width("3[01] | [12][0-9] | 0?[1-9]")
_DAY = rf"""(?: {_ARABIC_DAY}
           | [一二]?十[{CN_ONE_TO_NINE}]? | 三十一? | [{CN_ONE_TO_NINE}] )"""


def _month_source(tag: str) -> str:
    """A month (with its part or day), or a relative month; ``tag`` ends the group names
    (the pattern holds it twice, and the stdlib engine wants each name once)."""
    return rf"""
    (?P<month{tag}> {_MONTH} )
    (?<!个) 月 份? (?!龄)                                # 11月, 3月份 (never 3个月, 6月龄)
    (?: (?P<month_part{tag}> {_alt(list(V.MONTH_PARTS))} ) |)  # 8月底, 11月中旬
    (?:
        (?P<day{tag}> {_DAY} )
        (?:
            (?P<day_link{tag}> {_alt([*V.RANGE_CONNECTORS, "、"])} )   # 11月20—21日,
            (?P<day_to{tag}> {_DAY} )                                    # 11月18、19日
            [日号] (?!{_alt(V.DAY_NOT_BEFORE)})
          | [日号] (?!{_alt(V.DAY_NOT_BEFORE)})          # 18日, 18号 (号 only after a month)
          | (?= (?: {_alt(V.RANGE_CONNECTORS)} ) {_MONTH} 月 {_DAY} [日号] )  # 11月28—12月2日
        )
    |)
  | (?P<relmonth{tag}> {_alt([*V.RELATIVE_MONTHS, *V.ANCHORED_MONTHS])} )  # 本月, 当月
    (?: (?P<relmonth_part{tag}> {_alt(list(V.MONTH_PARTS))} )    # 上月底
      | (?P<relmonth_day{tag}> {_DAY} ) [日号] |)                # 本月20日
"""


#: Guards after single relative words (后年 not before 产: 达产后年产值).
_WORD_GUARDS = {w: f"(?![{c}])" for w, c in V.RELATIVE_WORD_NOT_BEFORE.items()}

#: The characters a date numeral can begin with.
_NUMERAL_FIRST = ARABIC_DIGIT_CHARS + CN_YEAR_DIGITS + "十"

#: The words a date can open with (今年, 上世纪, 当天, 年底 …).
_OPENING_WORDS = [
    w
    for table in (
        V.RELATIVE_CENTURIES,
        V.ANCHORED_DAYS,
        V.RELATIVE_DAYS,
        V.RELATIVE_YEARS,
        V.ANCHORED_YEARS,
        V.RELATIVE_MONTHS,
        V.ANCHORED_MONTHS,
        V.RELATIVE_WEEKS,
        V.FIXED_HOLIDAYS,
        _YEAR_PART_WORDS,
        V.FIRST_MONTHS_AFTER_YEAR,
        V.TIMES_OF_DAY,  # 上午9时: a clock time alone
        V.LUNAR_MARKS,
    )
    for w in table
]

#: Every character a date can begin with (a numeral's, or a word's first), so that the
#: scan passes the others at once: one class costs the stdlib engine nanoseconds a position.
_FIRST = char_class([*_NUMERAL_FIRST, *(w[0] for w in _OPENING_WORDS)])

#: The characters that can follow the numeral a date opens with: a unit (年, 月, 日,
#: 世纪) or a range's connector. A date opens with such a numeral or with a date
#: word (今年, 上个月, 一季度); the guard below tells the others (一些, 10个, 上学)
#: with one class and one trie, before the alternatives are tried.
_AFTER_NUMERAL = char_class(
    [
        *("年", "月", "日", "世", "、", "时"),
        *V.CLOCK_COLONS,  # 13:42
        *V.NUMERIC_DATE_SEPARATORS,  # 2016-04-18
        *(w[0] for w in V.RANGE_CONNECTORS),
    ]
)
if set(_AFTER_NUMERAL) & set(_NUMERAL_FIRST):
    raise ImportError("a character after a date's numeral may not be a numeral's")

#: A two-character test that most words which open no date fail at once (中心, 建设),
#: before the trie of :data:`_OPENING_WORDS` is walked: a word of one character, or
#: a first and a second character that some word opens with.
_OPENING_PAIR = (
    f"(?:{char_class(w for w in _OPENING_WORDS if len(w) == 1)}"
    f"|{char_class(w[0] for w in _OPENING_WORDS if len(w) > 1)}"
    f"{char_class(w[1] for w in _OPENING_WORDS if len(w) > 1)})"
)

#: A clock time with colons: ``13:42``, ``19:35:33`` (hours to 23, minutes and seconds to 59).
_COLON_CLOCK = rf"""(?:
    (?: 2[0-3] | [01]?[0-9] ) [{V.CLOCK_COLONS}] [0-5][0-9]
    (?: [{V.CLOCK_COLONS}] [0-5][0-9] |) (?![{ASCII_DIGITS}])
)"""

#: A time of day on the clock: 9时, 3点半, 8时30分, 13:42.
_CLOCK = rf"""(?:
    (?: [{ARABIC_DIGITS}]{{1,2}} | [{CN_CLOCK_DIGITS}]{{1,3}} ) (?:{_alt(V.CLOCK_WORDS)})
    (?: [{ARABIC_DIGITS}]{{1,2}}分 | [{CN_CLOCK_DIGITS}]{{1,3}}分 | 半 | 整 |)
  | {_COLON_CLOCK}
) (?:{_alt(V.CLOCK_APPROX)} |)"""

#: A clock time standing alone, the day unsaid: Arabic hours (``6时许``, ``13:42``) or
#: any hours after a time of day (``下午3时``, ``凌晨5时许``); a range of two (``11:30—13:00``).
_LONE_CLOCK = rf"""(?:
    (?: {_alt(V.TIMES_OF_DAY)} ) {_CLOCK}
  | (?: [{ASCII_DIGITS}]{{1,2}} 时 (?: [{ASCII_DIGITS}]{{1,2}} 分 |) (?:{_alt(V.CLOCK_APPROX)} |)
    | {_COLON_CLOCK} )
)
(?: (?:{_alt(V.RANGE_CONNECTORS)}) {_CLOCK} |)"""

_SEP = re.escape(V.NUMERIC_DATE_SEPARATORS)

#: A lunar day: 初一 to 初十, 十一 to 二十九 (廿九), 三十.
_LUNAR_DAY = rf"""(?: 初 (?: 十 | [{CN_ONE_TO_NINE}] ) | 十 [{CN_ONE_TO_NINE}]
                  | 二十 [{CN_ONE_TO_NINE}]? | 廿 [{CN_ONE_TO_NINE}] | 三十 )"""

#: The tests a date's start passes besides its first character's class (zero width).
_HEAD = rf"""
(?<![{ARABIC_DIGITS}.．A-Za-z{_NUMERAL_CHARS}每第])           # not inside a number, a code or 每年
(?: (?=[{_NUMERAL_FIRST}]+{_AFTER_NUMERAL}) | (?={_OPENING_PAIR})(?={_alt(_OPENING_WORDS)}) )
                                                       # 一些, 10个, 上学: no date
"""

_BODY_SOURCE = rf"""
(?:
    (?P<iso_y> [{ASCII_DIGITS}]{{4}} ) (?P<iso_sep> [{_SEP}] )          # 2016-04-18, 2015/6/25
    (?P<iso_m> 1[0-2] | 0?[1-9] ) (?P=iso_sep)
    (?P<iso_d> 3[01] | [12][0-9] | 0?[1-9] ) (?![{ASCII_DIGITS}])
    (?: (?: \x20{{1,2}} | T ) {_COLON_CLOCK} |)                # 09:21:30 (a metadata timestamp)
  |
    (?P<lunar> {_alt(V.LUNAR_MARKS)} )                       # 农历正月初三, 农历十七
    (?: (?: {_alt(V.LUNAR_MONTH_NAMES)} | 十[一二]? | [{CN_ONE_TO_NINE}] ) 月 |)
    {_LUNAR_DAY}
  |
    (?P<clock> {_LONE_CLOCK} )                               # 上午9时, 13:42, 6时许
  |
    (?P<sr_a> [{ARABIC_DIGITS}]{{1,4}} )             # 2020-2025年, 18至20日: the bare first end
    (?P<sr_c> {_alt([*V.RANGE_CONNECTORS, "、"])} )      # the connector (、: 7、8月份)
    (?P<sr_b> [{ARABIC_DIGITS}]{{1,4}} ) (?P<sr_u> [年月日] )   # the second end with its unit
    (?: (?<=月) 份 |)                                   # 7、8月份
    (?![{ARABIC_DIGITS}])
  |
    (?: (?P<century_rel> {_alt(list(V.RELATIVE_CENTURIES))} )   # 上世纪
      | (?P<century> [{ASCII_DIGITS}]{{2}} | 二十一 | 二十 | 十九 ) 世纪 |) # or 20世纪
    (?P<decade> (?:1[0-9]|20)[0-9]0 | [1-9]0 | [{CN_ONE_TO_NINE}]十 ) 年代  # 90年代
  |
    (?P<anchored> {_alt(list(V.ANCHORED_DAYS))} )        # 当天, 次日: against the anchor
    (?![{V.RELATIVE_NOT_BEFORE}])
  |
    (?<![{V.RELATIVE_NOT_AFTER}])                        # not 十年前年轻人, 提前天数
    (?P<relday> {_alt(list(V.RELATIVE_DAYS), _WORD_GUARDS)} )   # 今天, 昨日
    (?![{V.RELATIVE_NOT_BEFORE}])
  |
    (?<![{V.RELATIVE_NOT_AFTER}])
    (?P<relweek> {_alt(list(V.RELATIVE_WEEKS))} )        # 本周, 下周
    (?: (?P<weekday> [{"".join(V.WEEKDAYS)}{V.WEEKEND}] ) | (?![{V.WEEK_NOT_BEFORE}]) )  # 本周五
  |
    (?P<holiday> {_alt(list(V.FIXED_HOLIDAYS))} )        # 元旦, 国庆节: a day of the year
  |
    (?P<bare_part> {_alt(_YEAR_PART_WORDS)} )            # 年底, 上半年: standing alone
  |
    (?<![\u4e00-\u9fff])                                # at a clause's start only:
    (?P<bare_first> {_alt(list(V.FIRST_MONTHS_AFTER_YEAR))} )  # 前4个月全市… (not 入职前3个月)
  |
    (?:
        (?P<year> [{ARABIC_DIGITS}]{{4}} | [{CN_YEAR_DIGITS}]{{4}} ) 年   # 2025年, 二〇二五年
        (?!{_alt(V.YEAR_NOT_BEFORE)})                   # 2000年以上 is a duration
        度?                                              # 2025年度
      | (?<![{V.RELATIVE_NOT_AFTER}])
        (?P<relyear> {_alt([*V.RELATIVE_YEARS, *V.ANCHORED_YEARS], _WORD_GUARDS)} )  # 今年
        (?![{V.RELATIVE_NOT_BEFORE}])
        度?                                              # 上年度
    )
    (?: {_month_source("_y")}                            # 2025年11月18日, 去年12月
      | (?P<year_part> {_alt(list(_YEAR_PART_OF))} )     # 2025年底, 今年上半年, 今年年底
    |)
  |
    {_month_source("")}                                  # 11月18日, 8月底, 本月
  |
    (?P<dayonly> {_ARABIC_DAY} )
    日 (?!{_alt(V.DAY_NOT_BEFORE)})                      # 18日 (not 3日内)
)
"""

_TAIL_SOURCE = rf"""
(?: (?:(?!\n)\s)? [（(]? (?:{_alt(V.WEEKDAY_PREFIXES)}) [{"".join(V.WEEKDAYS)}] [）)]? |)  # 星期五
                                                        # (a space before it, never a line break)
(?:
    (?: {_alt([w for w in V.TIMES_OF_DAY if w != "晚"])} | 晚(?![{V.EVENING_NOT_BEFORE}]) )
|)                                                      # 下午, 19日晚
(?:
    {_CLOCK}                                            # 9时, 3点半
    (?: (?:{_alt(V.RANGE_CONNECTORS)}) {_CLOCK} |)      # 9时至17时: hours of one day
|)
"""

#: One date expression, with the weekday and time of day that may follow it.
#: (The stdlib engine, not ``regex``: it scans this pattern faster. An optional part
#: is written ``(?: … |)``, not ``(?: … )?``: the same matches, but the engine tests a
#: branch's first character without entering it, where a group's ``?`` costs it a
#: repeat context at every try.)
#: (The class of first characters is a quick test before the alternatives.)
_ATOM = re.compile(rf"(?={_FIRST}) {_HEAD}" + _BODY_SOURCE + _TAIL_SOURCE, re.VERBOSE)
#: :data:`_ATOM` without its start tests, for where :data:`_START` has passed them.
_BODY = re.compile(_BODY_SOURCE + _TAIL_SOURCE, re.VERBOSE)

#: Where a date may start: its first character, then :data:`_HEAD` looked back to from
#: after it. (The scan searches this, then matches :data:`_BODY` there: a pattern that
#: opens with a character class lets the engine pass the other characters in C, where
#: one that opens with a lookahead is tried at each.)
_START = re.compile(rf"{_FIRST} (?<= {_HEAD} . )", re.VERBOSE | re.DOTALL)

#: The connector of a range, when a second date or 今 (至今) follows.
_LIST_LINK = re.compile("、")  # between the days of a list: 10日、5日
_LINE_BREAK = re.compile("\n")
_CONNECTOR = re.compile(rf"(?:{_alt(V.RANGE_CONNECTORS)})", re.VERBOSE)

#: A weekday named alone, after a range's connector (下周一至周三).
_WEEKDAY = re.compile(rf"(?:{_alt(V.WEEKDAY_PREFIXES)})(?P<day>[{''.join(V.WEEKDAYS)}])")

#: 以来 after a date: from the date to the issue date.
_SINCE = re.compile(rf"(?:{_alt(V.SINCE)})", re.VERBOSE)

#: One clock time inside a mention, to read its hours and minutes (and the time of
#: day before it, which makes ``3时`` 15:00 after ``下午``).
_CLOCK_READ = re.compile(
    rf"""
    (?P<tod> {_alt(V.TIMES_OF_DAY)} )?
    (?:
        (?P<h> [{ARABIC_DIGITS}]{{1,2}} | [{CN_CLOCK_DIGITS}]{{1,3}} ) (?:{_alt(V.CLOCK_WORDS)})
        (?: (?P<m> [{ARABIC_DIGITS}]{{1,2}} | [{CN_CLOCK_DIGITS}]{{1,3}} ) 分 | (?P<half> 半 ) )?
      | (?P<ch> [{ASCII_DIGITS}]{{1,2}} ) [{V.CLOCK_COLONS}] (?P<cm> [{ASCII_DIGITS}]{{2}} )
        (?: [{V.CLOCK_COLONS}] (?P<cs> [{ASCII_DIGITS}]{{2}} ) )?            # 13:42, 09:21:30
    )
    """,
    re.VERBOSE,
)


#: The characters without which a mention holds no clock time.
_CLOCK_MARKS = frozenset((*V.CLOCK_WORDS, *V.CLOCK_COLONS))


def _clock_times(text: str) -> tuple[dt.time | None, dt.time | None]:
    """The first and last clock time of a mention's text, ``(None, None)`` for none.

    >>> _clock_times("11月3日下午3点半至5时")
    (datetime.time(15, 30), datetime.time(17, 0))
    >>> _clock_times("2016-05-12 09:21:30")
    (datetime.time(9, 21, 30), datetime.time(9, 21, 30))
    >>> _clock_times("今晚8点"), _clock_times("11月3日")
    ((datetime.time(20, 0), datetime.time(20, 0)), (None, None))
    """
    if _CLOCK_MARKS.isdisjoint(text):
        return None, None  # most mentions: no clock
    times: list[dt.time] = []
    tod = ""  # a time of day holds for the clocks after it (下午2时至4时)
    for m in _CLOCK_READ.finditer(text):
        tod = m["tod"] or tod
        hour = _num(m["h"] or m["ch"])
        minute = _num(m["m"]) if m["m"] else 30 if m["half"] else int(m["cm"] or 0)
        if tod in V.PM_HOURS and hour in V.PM_HOURS[tod]:
            hour += 12
        if hour <= 23 and minute <= 59:
            times.append(dt.time(hour, minute, int(m["cs"] or 0)))
    return (times[0], times[-1]) if times else (None, None)


#: A dateline line of a page header: ``2025年11月21日 星期五``.
_DATELINE = re.compile(
    rf"""
    (?P<y> [{ARABIC_DIGITS}]{{4}} | [{CN_YEAR_DIGITS}]{{4}} ) 年    # the year, four digits
    (?P<m> [{ARABIC_DIGITS}]{{1,2}} | 十[一二]? | [{CN_ONE_TO_NINE}] ) 月  # the month
    (?P<d> [{ARABIC_DIGITS}]{{1,2}} | [一二三]?十[{CN_ONE_TO_NINE}]? | [{CN_ONE_TO_NINE}] ) 日
    \x20?                                     # (the caller makes every run of spaces one)
    (?: [（(]? (?:{_alt(V.WEEKDAY_PREFIXES)}) [{"".join(V.WEEKDAYS)}] [）)]? )?  # 星期五
    \x20?
    (?: 农历 \S* )?                                               # a lunar date may follow
    \x20?
    (?: {_alt(V.DATELINE_TAILS)} )?                               # 出版: an archive's word
    """,
    re.VERBOSE,
)


class _Atom(NamedTuple):
    """One date expression before resolution: what it states and what it is relative to.

    (A named tuple, not a frozen attrs class: every date makes one or two, and a tuple
    is built in a fifth of the time.)"""

    precision: str  # "day", "month" or "year": what a range's two ends must share
    year: int | None = None
    month: int | None = None
    day: int | None = None
    year_offset: int | None = None
    month_offset: int | None = None
    day_offset: int | None = None
    anchored: bool = False
    month_part: tuple[int, int | None] | None = None
    year_part: tuple[int, int] | None = None
    decade: int | None = None  # the decade's two or four digits (90 or 1990)
    century: int | None = None  # the century's first year (1900), when written out
    century_offset: int | None = None
    year_anchored: bool = False  # the offset counts from the date last mentioned (同年, 当月)
    week_offset: int | None = None  # 本周 0, 下周 1
    weekday: int | None = None  # of that week, Monday 0


class _Found(NamedTuple):
    """A date expression located in the text: its atoms and whether it runs to today."""

    first: _Atom
    second: _Atom | None
    until_now: bool
    since: bool
    span: Span
    #: A year followed by 同期: the period last mentioned, in that year.
    same_period: bool = False


def _num(s: str) -> int:
    """A date numeral (Arabic or Chinese) as an int."""
    return int(parse_number(s))


def _read(m: re.Match[str]) -> tuple[_Atom, _Atom | None] | None:
    """The atom (and for ``18至20日`` the second end) of a match, or ``None`` if invalid."""
    # (the commonest first: the alternatives' groups are disjoint)
    if m["year"] or m["relyear"] or m["month"] or m["relmonth"]:
        return _read_calendar(m)
    if m["iso_y"] or m["lunar"] or m["clock"] or m["sr_a"]:
        return _read_numeric(m)
    return _read_word(m)


def _read_numeric(m: re.Match[str]) -> tuple[_Atom, _Atom | None] | None:
    """A numeric date (``2016-04-18``), a lunar date, a clock time alone, or a bare
    range's ends (``2020-2025年``, ``18至20日``)."""
    if m["iso_y"]:
        if not _in_years(iso_year := int(m["iso_y"])):
            return None  # 9234-5-6: a code
        return _Atom("day", iso_year, int(m["iso_m"]), int(m["iso_d"])), None
    if m["lunar"]:
        return _Atom("lunar"), None  # 农历正月初三: no Gregorian day worked out
    if m["clock"]:
        return _Atom("day", day_offset=0, anchored=True), None  # 上午9时: the day last said
    if m["sr_a"]:
        a, b, unit = _num(m["sr_a"]), _num(m["sr_b"]), m["sr_u"]
        if m["sr_c"] == "、" and b != a + 1:
            return None  # 7、9月: two months, not the three between
        if unit == "年":
            ok = all(len(x) == 4 and _in_years(int(x)) for x in (m["sr_a"], m["sr_b"]))
            return (_Atom("year", year=a), _Atom("year", year=b)) if ok else None
        if unit == "月":
            ok = 1 <= a <= 12 and 1 <= b <= 12
            return (_Atom("month", month=a), _Atom("month", month=b)) if ok else None
        ok = 1 <= a <= 31 and 1 <= b <= 31
        return (_Atom("day", day=a), _Atom("day", day=b)) if ok else None
    return None


def _read_word(m: re.Match[str]) -> tuple[_Atom, _Atom | None] | None:
    """A decade, a relative or anchored day or week, a holiday, a part of a year
    standing alone, or a day alone (``18日``)."""
    if m["decade"]:
        century = m["century"]
        return (
            _Atom(
                "year",
                decade=_num(m["decade"]),
                century=(_num(century) - 1) * 100 if century else None,
                century_offset=V.RELATIVE_CENTURIES.get(m["century_rel"] or ""),
            ),
            None,
        )
    if m["anchored"]:
        return _Atom("day", day_offset=V.ANCHORED_DAYS[m["anchored"]], anchored=True), None
    if m["relday"]:
        return _Atom("day", day_offset=V.RELATIVE_DAYS[m["relday"]]), None
    if m["relweek"]:
        week = V.RELATIVE_WEEKS[m["relweek"]]
        if m["weekday"] == V.WEEKEND:  # 本周末: Saturday to Sunday
            return _Atom("day", week_offset=week, weekday=5), _Atom(
                "day", week_offset=week, weekday=6
            )
        weekday = V.WEEKDAYS[m["weekday"]] if m["weekday"] else None
        precision = "week" if weekday is None else "day"
        return _Atom(precision, week_offset=week, weekday=weekday), None
    if m["holiday"]:  # 元旦: 1 January of the year nearest the issue date
        on_month, on_day = V.FIXED_HOLIDAYS[m["holiday"]]
        return _Atom("day", month=on_month, day=on_day), None
    if m["bare_part"] or m["bare_first"]:  # 年底, 前三季度: of the year nearest the issue date
        return _Atom("year", year_part=_YEAR_PART_OF[m["bare_part"] or m["bare_first"]]), None
    if m["dayonly"]:
        return _Atom("day", day=_num(m["dayonly"])), None
    return None


def _read_calendar(m: re.Match[str]) -> tuple[_Atom, _Atom | None] | None:
    """A year, a month and a day, each optional (``2025年11月18日``, ``去年12月``, ``本月``)."""
    year = _num(m["year"]) if m["year"] else None
    if year is not None and not _in_years(year):
        return None
    relyear = m["relyear"]
    anchored = relyear in V.ANCHORED_YEARS
    year_offset = (
        (V.ANCHORED_YEARS[relyear] if anchored else V.RELATIVE_YEARS[relyear]) if relyear else None
    )
    # The month's groups, from whichever copy of them matched (after a year or alone).
    tag = "_y" if m["month_y"] or m["relmonth_y"] else ""
    if m["month" + tag]:
        month = _num(m["month" + tag])
        day = _num(m["day" + tag]) if m["day" + tag] else None
        if not 1 <= month <= 12 or (day is not None and not 1 <= day <= 31):
            return None
        if m["day_to" + tag]:  # 11月20—21日: both ends in the month
            last = _num(m["day_to" + tag])
            if day is None or not day < last <= 31:
                return None
            if m["day_link" + tag] == "、" and last != day + 1:
                return None  # 18、20日: two days, not the three between
            return _Atom("day", year, month, day, year_offset, year_anchored=anchored), _Atom(
                "day", year, month, last, year_offset, year_anchored=anchored
            )
        part_text = m["month_part" + tag]
        part = V.MONTH_PARTS[part_text] if part_text and day is None else None
        precision = "day" if day is not None else "month"
        return _Atom(
            precision, year, month, day, year_offset, month_part=part, year_anchored=anchored
        ), None
    if m["relmonth" + tag]:
        part_text = m["relmonth_part" + tag]
        part = V.MONTH_PARTS[part_text] if part_text else None
        word = m["relmonth" + tag]
        anchored = word in V.ANCHORED_MONTHS  # 当月: the month of the date last mentioned
        offset = V.ANCHORED_MONTHS[word] if anchored else V.RELATIVE_MONTHS[word]
        if m["relmonth_day" + tag]:  # 本月20日
            day_ = _num(m["relmonth_day" + tag])
            return _Atom("day", day=day_, month_offset=offset, year_anchored=anchored), None
        return _Atom("month", month_offset=offset, month_part=part, year_anchored=anchored), None
    if year is None and year_offset is None:
        return None
    part_ = _YEAR_PART_OF[m["year_part"]] if m["year_part"] else None
    return _Atom(
        "year", year, year_offset=year_offset, year_part=part_, year_anchored=anchored
    ), None


def _in_years(year: int) -> bool:
    """A four-digit number that may be a year (``5000年`` is a duration)."""
    return V.YEAR_RANGE[0] <= year <= V.YEAR_RANGE[1]


#: The last characters of the words that make a date no calendar date.
_NOT_DATE_LAST = frozenset(
    w[-1] for w in (*V.DATE_NOT_AFTER, *V.DURATION_BEFORE_DAY, *V.DURATION_BEFORE_YEAR)
)


def _no_calendar_date(text: str, m: re.Match[str]) -> bool:
    """Whether the words before a match make it a lunar or recurring date
    (``农历八月十五``, ``每月15日``) or a duration (``拘留10日``, ``距今1500年``)."""
    start = m.start()
    if not start or text[start - 1] not in _NOT_DATE_LAST:
        return False  # most dates: no such word ends before them
    return (
        text.endswith(V.DATE_NOT_AFTER, 0, start)
        or (
            (m["dayonly"] is not None or m["sr_u"] == "日")
            and text.endswith(V.DURATION_BEFORE_DAY, 0, start)
        )
        or (m["year"] is not None and text.endswith(V.DURATION_BEFORE_YEAR, 0, start))
    )


def _joinable(first: _Atom, second: _Atom) -> bool:
    """Whether two dates around a connector make a range: of one precision, or a day
    and a part of a month (``11月1日至明年2月底``)."""
    if first.precision == second.precision:
        return True
    pair = {first.precision, second.precision}
    month = first if first.precision == "month" else second
    return pair == {"day", "month"} and month.month_part is not None


def _search(text: str, pos: int) -> re.Match[str] | None:
    """``_ATOM.search(text, pos)``, trying the pattern only where a date may start."""
    while (s := _START.search(text, pos)) is not None:
        if (m := _BODY.match(text, s.start())) is not None:
            return m
        pos = s.start() + 1
    return None


def _scan(text: str, pos: int = 0) -> Iterator[_Found]:
    """Every date expression in ``text`` from ``pos`` on, ranges and 以来 joined, in order."""
    while (m := _search(text, pos)) is not None:
        if m.group(0) and _no_calendar_date(text, m):
            pos = _past_no_dates(text, m.end())
            continue
        read = _read(m) if m.group(0) else None
        if read is None or _word_inside_word(text, m):
            pos = m.start() + 1
            continue
        first, second = read
        end = m.end()
        until_now = False
        if second is None:
            second, end, until_now = _range_end(text, first, end)
        if second is None and first.precision == "year" and first.year_part is None:
            first, second, end = _months_of_year(text, first, end)
        # (a plain test first: most dates have no 以来 after them)
        s = _SINCE.match(text, end) if text.startswith(V.SINCE, end) else None
        since = s is not None
        if s is not None:
            end = s.end()
        same = (
            second is None
            and first.precision == "year"
            and first.year_part is None
            and text.startswith(V.SAME_PERIOD, end)
        )
        if same:
            end += len(next(w for w in V.SAME_PERIOD if text.startswith(w, end)))
        yield _Found(first, second, until_now, since, (m.start(), end), same)
        pos = end


def _past_no_dates(text: str, pos: int) -> int:
    """Where the scan goes on after days that are no date (拘留10至15日): past the other
    ends of a range or list of such days too (拘留5日至10日, 10日、5日)."""
    while (c := _CONNECTOR.match(text, pos) or _LIST_LINK.match(text, pos)) and (
        m2 := _ATOM.match(text, c.end())
    ):
        if not m2.group(0):
            break
        pos = m2.end()
    return pos


def _word_inside_word(text: str, m: re.Match[str]) -> bool:
    """Whether a relative word is the end of another word (目前天元区: no 前天)."""
    word = m["relday"] or m["relyear"]
    return word in V.RELATIVE_WORD_NOT_AFTER and text[m.start() - 1 : m.start()] in set(
        V.RELATIVE_WORD_NOT_AFTER[word]
    )


def _range_end(text: str, first: _Atom, end: int) -> tuple[_Atom | None, int, bool]:
    """The second end of a range after ``first`` (which ends at ``end``), where the
    expression ends, and whether it runs to today (``至今``); ``None`` for no range."""
    if text.startswith(V.RANGE_START_MARKS, end):
        mark = next(w for w in V.RANGE_START_MARKS if text.startswith(w, end))
        if _CONNECTOR.match(text, end + len(mark)) is not None:
            end += len(mark)  # 11月21日起至12月31日: 起 before the connector
    if not text.startswith(V.RANGE_CONNECTORS, end) or (c := _CONNECTOR.match(text, end)) is None:
        return None, end, False  # (most dates: no connector, told by a plain test)
    after = c.end() + 1  # 今 is one character
    if text.startswith(V.UNTIL_NOW, c.end()) and (
        after >= len(text) or text[after] not in V.UNTIL_NOW_NOT_BEFORE
    ):
        return None, after, True
    if first.weekday is not None and (w := _WEEKDAY.match(text, c.end())):
        # 下周一至周三: the second day in the first one's week
        return first._replace(weekday=V.WEEKDAYS[w["day"]]), w.end(), False
    if (m2 := _ATOM.match(text, c.end())) is not None and m2.group(0):
        read2 = _read(m2)
        if read2 is not None and read2[1] is None and _joinable(first, read2[0]):
            return read2[0], m2.end(), False
    return None, end, False


#: The digits a bare range's first end (``1至10月``) opens with.
_ARABIC_DIGIT_SET = frozenset(ARABIC_DIGIT_CHARS)


def _months_of_year(text: str, first: _Atom, end: int) -> tuple[_Atom, _Atom | None, int]:
    """A year, then a range of months that shares it (今年1至10月): the range's two
    ends in that year and where it ends; else the year alone."""
    # (a range of months opens with a digit: the pattern is tried only after one)
    m2 = _ATOM.match(text, end) if text[end : end + 1] in _ARABIC_DIGIT_SET else None
    read2 = _read(m2) if m2 is not None and m2["sr_u"] == "月" else None
    if m2 is None or read2 is None or read2[1] is None:
        return first, None, end
    months = read2[0]._replace(
        year=first.year, year_offset=first.year_offset, year_anchored=first.year_anchored
    )
    return months, read2[1], m2.end()


#: The days of each month of a common year (``calendar.monthrange`` works out a weekday too).
_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _month_end(year: int, month: int) -> int:
    """The last day of a month.

    >>> _month_end(2024, 2), _month_end(2025, 2), _month_end(2025, 11)
    (29, 28, 30)
    """
    return 29 if month == 2 and calendar.isleap(year) else _MONTH_DAYS[month]


def _month_after(day: dt.date, months: int) -> dt.date:
    """The first day of the month ``months`` after that of ``day`` (before it when negative).

    >>> _month_after(dt.date(2025, 11, 21), 2), _month_after(dt.date(2025, 1, 5), -1)
    (datetime.date(2026, 1, 1), datetime.date(2024, 12, 1))
    """
    year, month = divmod(day.year * 12 + day.month - 1 + months, 12)
    return dt.date(year, month + 1, 1)  # (ValueError past the calendar's edges)


def _distance(span: tuple[dt.date, dt.date], day: dt.date, future_weight: int = 1) -> int:
    """How far ``span`` is from ``day``: days from its end back to ``day``, or, when it
    ends after ``day``, days from ``day`` to its end counted ``future_weight`` times (a
    period that has not run its course is seldom the one a report means: in January,
    ``1至11月`` is last year's), or to its start when all of it is to come (from the
    issue date on)."""
    start, end = span
    if end < day:
        return (day - end).days
    if start >= day and (start.month, start.day) != (1, 1):
        # A period all to come (6月15日至9月15日 in June) is as near as its start;
        # not a year to date (1至9月), which is read when it is over.
        return (start - day).days * future_weight
    return (end - day).days * future_weight


def _nearest(
    spans: list[tuple[dt.date, dt.date]],
    issue: dt.date,
    *,
    past: bool,
    forward: bool = False,
    day_only: bool = False,
    shortest: bool = False,
) -> tuple[dt.date, dt.date] | None:
    """The candidate nearest the issue date, a later one counting :data:`FUTURE_WEIGHT`
    times farther (on a tie the earlier, or for a range the shortest; not after the
    issue date for 以来, not over before it after 将于)."""
    if past:
        spans = [s for s in spans if s[0] <= issue] or spans
    elif forward:
        spans = [s for s in spans if s[1] >= issue] or spans
    weight = V.FUTURE_WEIGHT_DAY if day_only else V.FUTURE_WEIGHT
    tie = -1 if shortest else 1  # 12月1日至2026年1月31日: the December just before
    return min(
        spans, key=lambda s: (_distance(s, issue, weight), tie * s[0].toordinal()), default=None
    )


def _month_span(
    year: int, month: int, part: tuple[int, int | None] | None
) -> tuple[dt.date, dt.date]:
    """A month, or a part of it (``底`` is the 21st to the end)."""
    first, last = part if part is not None else (1, None)
    end = _month_end(year, month) if last is None else last
    return dt.date(year, month, first), dt.date(year, month, end)


def _resolve(
    a: _Atom,
    issue: dt.date | None,
    anchor: dt.date | None,
    *,
    base: dt.date | None = None,
    past: bool = False,
    forward: bool = False,
) -> tuple[dt.date, dt.date] | None:
    """The inclusive days of an atom; ``base`` fills the parts a range's second end omits."""
    if _bare_part(a) and issue is not None and base is None:
        return _part_of_year(a, issue, forward=forward)
    spans = _candidates(a, issue, anchor, base=base)
    if base is not None:
        later = [s for s in spans if s[0] >= base]
        return later[0] if later else None
    if len(spans) <= 1:
        return spans[0] if spans else None
    day_only = a.month is None and a.day is not None
    if issue is None:
        return None
    return _nearest(spans, issue, past=past, forward=forward, day_only=day_only)


def _bare_part(a: _Atom) -> bool:
    """Whether ``a`` is a part of a year standing alone (年底, 前三季度)."""
    return a.year_part is not None and a.year is None and a.year_offset is None


def _part_of_year(a: _Atom, issue: dt.date, *, forward: bool = False) -> tuple[dt.date, dt.date]:
    """A part of a year standing alone: the issue year's, or last year's when this
    year's is still running or to come and last year's ended lately (never after
    words that look forward: 力争年底前)."""
    assert a.year_part is not None
    first, last = a.year_part

    def span(y: int) -> tuple[dt.date, dt.date]:
        return dt.date(y, first, 1), dt.date(y, last, _month_end(y, last))

    this, before = span(issue.year), span(issue.year - 1)
    if forward:
        return this if this[1] >= issue else span(issue.year + 1)
    if this[1] >= issue and (issue - before[1]).days <= V.PART_LOOKBACK_DAYS:
        return before
    return this


_Days = list[tuple[dt.date, dt.date]]


def _candidates(
    a: _Atom, issue: dt.date | None, anchor: dt.date | None, *, base: dt.date | None = None
) -> _Days:
    """Every reading of an atom: one, or one per year (or month) it could fall in."""
    if a.precision == "lunar":
        return []  # 农历正月初三: the lunar calendar is not worked out
    if a.day_offset is not None or a.week_offset is not None or a.month_offset is not None:
        return _offset_days(a, issue, anchor)
    if a.decade is not None:
        decade = _decade(a, issue)
        return [decade] if decade is not None else []
    years = _years_of(a, issue, anchor, base)
    if a.month is None and a.day is None:
        if years is None:
            return []
        first_month, last_month = a.year_part if a.year_part is not None else (1, 12)
        return [
            (dt.date(y, first_month, 1), dt.date(y, last_month, _month_end(y, last_month)))
            for y in years
        ]
    if a.month is None:
        return _days_of_day(a, issue, anchor, base)
    spans: _Days = []
    for y in years or []:
        if a.day is None:
            spans.append(_month_span(y, a.month, a.month_part))
        elif a.day <= _month_end(y, a.month):
            spans.append((dt.date(y, a.month, a.day),) * 2)
    return spans


def _offset_days(a: _Atom, issue: dt.date | None, anchor: dt.date | None) -> _Days:
    """The one reading of a day, week or month counted from the issue date or the
    anchor (今天, 次日, 下周三, 上月底, 当月)."""
    if a.day_offset is not None:
        origin = anchor if a.anchored else issue
        if origin is None:
            return []
        day = origin + dt.timedelta(days=a.day_offset)
        return [(day, day)]
    if a.week_offset is not None:
        if issue is None:
            return []
        monday = issue + dt.timedelta(days=7 * a.week_offset - issue.weekday())
        if a.weekday is None:
            return [(monday, monday + dt.timedelta(days=6))]
        day = monday + dt.timedelta(days=a.weekday)
        return [(day, day)]
    assert a.month_offset is not None
    origin = anchor if a.year_anchored else issue  # 当月: the anchor's month
    if origin is None:
        return []
    first = _month_after(origin, a.month_offset)
    if a.day is not None:
        if a.day > _month_end(first.year, first.month):
            return []
        return [(first.replace(day=a.day),) * 2]
    return [_month_span(first.year, first.month, a.month_part)]


def _years_of(
    a: _Atom, issue: dt.date | None, anchor: dt.date | None, base: dt.date | None
) -> list[int] | None:
    """The years an atom may fall in, within the calendar (``None``: unknown)."""
    years: list[int] | None
    if a.year is not None:
        years = [a.year]
    elif a.year_offset is not None:
        origin = (anchor or issue) if a.year_anchored else issue  # 同年: the year last said
        years = None if origin is None else [origin.year + a.year_offset]
    elif base is not None:
        years = [base.year, base.year + 1]  # 12月28日至1月3日 runs into the next year
    else:
        years = None if issue is None else [issue.year - 1, issue.year, issue.year + 1]
    # (the years ascend: when both ends are in the calendar, all are)
    if years is not None and not dt.MINYEAR <= years[0] <= years[-1] <= dt.MAXYEAR:
        years = [y for y in years if dt.MINYEAR <= y <= dt.MAXYEAR]  # the calendar's edges
    return years


def _days_of_day(
    a: _Atom, issue: dt.date | None, anchor: dt.date | None, base: dt.date | None
) -> _Days:
    """The readings of a day with no month (``18日``): in the anchor's month or after
    it, else in the months around the issue date (or after a range's ``base``)."""
    assert a.day is not None
    if base is None and anchor is not None:
        after = _after_anchor(a.day, anchor, issue)
        if after is not None:
            return [(after, after)]  # 10月12日……13日: the 13th of the month last mentioned
    origin = base or issue
    if origin is None:
        return []
    spans: _Days = []
    for k in (0, 1) if base is not None else (-1, 0, 1):
        month = _month_after(origin, k)
        if a.day <= _month_end(month.year, month.month):
            spans.append((month.replace(day=a.day),) * 2)
    return spans


def _after_anchor(day: int, anchor: dt.date, issue: dt.date | None) -> dt.date | None:
    """The first date on or after ``anchor`` that falls on ``day`` of its month (the
    story told day by day), unless that is after the issue date or a month away."""
    month = anchor if day >= anchor.day else _month_after(anchor, 1)
    if day > _month_end(month.year, month.month):
        return None
    found = month.replace(day=day)
    if (issue is not None and found > issue) or (found - anchor).days > 31:
        return None
    return found


def _decade(a: _Atom, issue: dt.date | None) -> tuple[dt.date, dt.date] | None:
    """A decade: ``1990年代``, ``20世纪90年代``, ``上世纪90年代`` or ``90年代`` (the latest
    such decade that has begun by the issue year)."""
    assert a.decade is not None
    if a.decade >= 1000:
        first = a.decade
    elif a.century is not None:
        first = a.century + a.decade
    elif issue is None:
        return None
    elif a.century_offset is not None:
        first = (issue.year // 100 + a.century_offset) * 100 + a.decade
    else:
        first = issue.year // 100 * 100 + a.decade
        if first > issue.year:
            first -= 100
    if not dt.MINYEAR <= first <= dt.MAXYEAR - 9:
        return None  # 00世纪90年代: no decade of the calendar
    return dt.date(first, 1, 1), dt.date(first + 9, 12, 31)


def _days(
    f: _Found, issue: dt.date | None, anchor: dt.date | None, *, past: bool, forward: bool
) -> tuple[dt.date | None, dt.date | None]:
    """The first and last day of a located expression, ``(None, None)`` when unresolved."""
    if f.second is None:
        first = _resolve(f.first, issue, anchor, past=past, forward=forward)
        return first if first is not None else (None, None)
    # A range is read whole: 1至10月 in November is this January to October,
    # though next January alone would be nearer.
    whole = []
    for begin, _ in _candidates(f.first, issue, anchor):
        second = _resolve(f.second, issue, anchor, base=begin)
        if second is not None:
            whole.append((begin, second[1]))
    if len(whole) == 1 or (whole and issue is None):
        return whole[0]
    if whole and issue is not None:
        day_only = f.first.month is None and f.first.day is not None
        nearest = _nearest(
            whole, issue, past=past, forward=forward, day_only=day_only, shortest=True
        )
        return nearest if nearest is not None else (None, None)
    return None, None


def _mention(
    text: str, f: _Found, issue: dt.date | None, anchor: dt.date | None, place: Place | None
) -> DateMention:
    """The :class:`DateMention` of a located expression."""
    past = f.since or f.until_now
    before = f.span[0]
    forward = (
        text.endswith(V.FORWARD_BEFORE, 0, before)
        and not text.endswith(V.NOT_FORWARD_BEFORE, 0, before)
    ) or (
        text.startswith(V.FORWARD_AFTER, f.span[1])
        and not text.endswith(V.PAST_BEFORE, 0, f.span[0])
    )
    try:
        start, end = _days(f, issue, anchor, past=past, forward=forward)
    except (ValueError, OverflowError):
        start = end = None  # past date.min or date.max (去年 in the year 1): unresolved
    if f.since or f.until_now:
        end = issue if start is not None and issue is not None and issue >= start else None
    if start is None or end is None:
        start = end = None
    a = f.first
    said = text[f.span[0] : f.span[1]]
    time_start, time_end = _clock_times(said)
    return DateMention(
        text=said,
        span=f.span if place is None else place(*f.span),
        start=start,
        end=end,
        year=a.year,
        month=a.month,
        day=a.day,
        time_start=time_start,
        time_end=time_end,
    )


#: One opening or closing mark of quoted speech.
_SPEECH_MARK = re.compile(
    "[" + re.escape("".join(sorted(V.SPEECH_OPENERS | V.SPEECH_CLOSERS))) + "]"
)


class _Speech:
    r"""Whether positions of a text, asked in order, lie inside quoted speech.

    Quoted speech never runs past its paragraph (a quotation of several paragraphs
    reopens each), so only the marks after the last line break before a position
    count; each is read once, however many positions are asked (linear).

    >>> speech = _Speech("他说:“今天好。”\n“明天")
    >>> speech.inside(4), speech.inside(9), speech.inside(10), speech.inside(11)
    (True, False, False, True)
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0  # every mark before it has been read
        self.open = False  # whether the last mark read opens speech

    def inside(self, pos: int) -> bool:
        """Whether ``pos`` follows an opening mark that no closing mark has closed yet."""
        if pos < self.pos:
            self.pos, self.open = 0, False  # asked out of order: read from the start again
        line = self.text.rfind("\n", self.pos, pos)
        if line >= 0:
            self.pos, self.open = line + 1, False  # a line break closes any speech
        for m in _SPEECH_MARK.finditer(self.text, self.pos, pos):
            self.open = m.group() in V.SPEECH_OPENERS
        self.pos = pos
        return self.open


def _extract(
    text: str, issue: dt.date | None, anchor: dt.date | None, place: Place | None = None
) -> tuple[list[DateMention], list[Span], dt.date | None]:
    """The mentions of ``text`` (spans mapped by ``place``), their spans in ``text``,
    and the anchor after them (the last single day)."""
    founds = list(_scan(text))
    story = _Story(text, founds, issue, anchor)
    mentions = [story.read(k, found, place) for k, found in enumerate(founds)]
    return mentions, [found.span for found in founds], story.anchor


class _Story:
    """What the dates of a text read so far say, for the dates after them: the day
    that 当天 counts from, the year 同年 means, the period 同期 repeats."""

    def __init__(
        self, text: str, founds: list[_Found], issue: dt.date | None, anchor: dt.date | None
    ) -> None:
        self.text, self.founds, self.issue = text, founds, issue
        self.anchor = anchor  # the last single day, for 当天 and 次日
        self.last = anchor  # the start of the date last mentioned, for 同年 and 次年
        self.month = anchor  # the start of the last date within one month, for 当月
        self.period: tuple[dt.date, dt.date] | None = None  # the last part of a year, for 同期
        self.said: tuple[int, int] | None = None  # where a year said alone ends, and the year
        self.speech: _Speech | None = None  # found when a relative day needs it
        self.breaks: list[int] | None = None  # where the text's lines end, found when needed
        self.stated: list[_Found | None] | None = None  # found when a quotation needs it
        self.spoken: dt.date | None = None  # the speaker's day of a lead opening with a quote

    def read(self, k: int, found: _Found, place: Place | None) -> DateMention:
        """The mention of the ``k``-th date, and what it tells the dates after it."""
        a = found.first
        day_anchor, in_speech = self.anchor, False
        if a.day_offset is not None and not a.anchored:
            found, day_anchor, in_speech = self._spoken(k, found)
        if a.year_anchored:  # 同年 from the date last mentioned, 当月 from the last month's
            day_anchor = self.month if a.month_offset is not None else self.last
        found = self._in_said_year(a, found)
        mention = _mention(self.text, found, self.issue, day_anchor, place)
        alone = a.precision == "year" and a.year_part is None and mention.start is not None
        # (a year said alone, for the months that follow it)
        self.said = (found.span[1], mention.start.year) if alone and mention.start else None
        # A base of comparison (比去年, 较10月) is no period the text speaks of: 上年, 当月
        # and 同期 after it still count from the period before it.
        base = self.text.endswith(V.COMPARISON_BEFORE, 0, found.span[0])
        if found.same_period and self.period is not None and mention.start is not None:
            mention = _same_period(mention, self.period)
        elif not base and _part_of_a_year(mention):
            assert mention.start is not None and mention.end is not None
            self.period = (mention.start, mention.end)  # 前三季度, 1至10月
        # (上年 after 上年 is still the year before the one the text speaks of)
        backward = a.year_anchored and a.year_offset is not None and a.year_offset < 0
        self._moved_to(found, mention, in_speech=in_speech, counted=not (base or backward))
        return mention

    def _spoken(self, k: int, found: _Found) -> tuple[_Found, dt.date | None, bool]:
        """A relative day (``今天``) in quoted speech is the speaker's day: the day last
        mentioned, or in a lead that opens with the quotation, the day said after it
        (“…今天…”11月19日,…说). The date, the day it counts from, and whether it is spoken."""
        self.speech = self.speech or _Speech(self.text)
        if not self.speech.inside(found.span[0]):
            return found, self.anchor, False
        if self.anchor is None and self.breaks is None:
            self.breaks = [m.start() for m in _LINE_BREAK.finditer(self.text)]
            self.stated = _next_stated(self.founds)
        stated = self.stated[k] if self.stated else None
        day = (
            self.spoken
            or self.anchor
            or _said_on(self.breaks or [], found.span[1], stated, self.issue)
        )
        if self.anchor is None:
            self.spoken = day  # (“昨天…今天…”11月25日: both count from the 25th)
        if day is not None:
            found = found._replace(first=found.first._replace(anchored=True))
        return found, day, True

    def _in_said_year(self, a: _Atom, found: _Found) -> _Found:
        """``found`` in the year said just before it, when it leaves its own unsaid
        (今年汛期(4月至9月): the months of the year just said)."""
        said = self.said
        if (
            said is None
            or not _unsaid_year(a)
            or not _YEAR_GAP.fullmatch(self.text, said[0], found.span[0])
        ):
            return found
        return found._replace(
            first=a._replace(year=said[1]),
            second=found.second and found.second._replace(year=said[1]),
        )

    def _moved_to(
        self, found: _Found, mention: DateMention, *, in_speech: bool, counted: bool
    ) -> None:
        """Move the story to ``mention``: the date last said (when ``counted``), the
        month, and the day the next 当天 counts from."""
        start = mention.start
        if start is None:
            return
        if counted:
            self.last = start
            if mention.end is not None and mention.end.replace(day=1) == start.replace(day=1):
                self.month = start  # a date within one month: what 当月 speaks of
        if (
            start == mention.end
            and not in_speech  # (昨天 in a quotation is no day the story moves to)
            and not self.text.startswith(V.NOT_ANCHOR_AFTER, found.span[1])  # 12月1日起施行
        ):
            self.anchor = start


def _part_of_a_year(mention: DateMention) -> bool:
    """Whether a mention covers part of one year (``前三季度``, ``1至10月``), not all of it."""
    start, end = mention.start, mention.end
    return (
        start is not None
        and end is not None
        and start.year == end.year
        and (start.month, start.day, end.month) != (1, 1, 12)
    )


def _same_period(mention: DateMention, period: tuple[dt.date, dt.date]) -> DateMention:
    """``mention`` (a year before 同期) as ``period`` moved into its year."""
    assert mention.start is not None
    shift = relativedelta(years=mention.start.year - period[0].year)
    try:
        return attrs.evolve(mention, start=period[0] + shift, end=period[1] + shift)
    except (ValueError, OverflowError):
        return attrs.evolve(mention, start=None, end=None)  # past the calendar's edges


#: What may stand between a year said alone and months that are of it: a few words
#: and brackets, no clause break (今年汛期(4月至9月)).
_YEAR_GAP = re.compile(rf"[^,。;:!?\n]{{0,{V.YEAR_REACH}}}")


def _unsaid_year(a: _Atom) -> bool:
    """Whether ``a`` is a month or a day whose year the text leaves unsaid."""
    return (
        a.month is not None
        and a.year is None
        and a.year_offset is None
        and a.month_offset is None
        and not a.year_anchored
    )


def _next_stated(founds: list[_Found]) -> list[_Found | None]:
    """For each mention, the next one that states a month and a day (one reverse
    pass, so that many quotations in a text stay linear)."""
    stated: list[_Found | None] = [None] * len(founds)
    following: _Found | None = None
    for k in range(len(founds) - 1, -1, -1):
        stated[k] = following
        f = founds[k]
        if f.second is None and f.first.month is not None and f.first.day is not None:
            following = f
    return stated


def _said_on(
    breaks: list[int], after: int, stated: _Found | None, issue: dt.date | None
) -> dt.date | None:
    """The day of ``stated`` (the next date with a month and a day) when no line break
    (of the sorted ``breaks``) stands between ``after`` and it, else ``None``."""
    if stated is None or bisect.bisect_left(breaks, after) < bisect.bisect_left(
        breaks, stated.span[0]
    ):
        return None
    try:
        day = _resolve(stated.first, issue, None)
    except (ValueError, OverflowError):
        return None  # past the calendar's edges
    return day[0] if day is not None else None


def extract_dates(
    text: str, *, issue_date: dt.date | None = None, anchor: dt.date | None = None
) -> tuple[DateMention, ...]:
    """Every date in ``text``, spans local to ``text``, resolved against ``issue_date``.

    ``anchor`` is the day that ``当天``/``当日``/``次日`` count from until a day is
    mentioned in ``text`` itself.

    >>> d = extract_dates("今年8月底,活动开展以来", issue_date=dt.date(2025, 11, 21))
    >>> [(m.text, str(m.start), str(m.end), m.month) for m in d]
    [('今年8月底', '2025-08-21', '2025-08-31', 8)]
    >>> [(m.text, str(m.start), str(m.end)) for m in extract_dates(
    ...     "18日至20日,培训举行。11月19日下午,当天", issue_date=dt.date(2025, 11, 21))]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('18日至20日', '2025-11-18', '2025-11-20'), ('11月19日下午', '2025-11-19', '2025-11-19'),
     ('当天', '2025-11-19', '2025-11-19')]
    >>> [(m.text, m.start, m.year) for m in extract_dates("2006年,去年12月")]
    [('2006年', datetime.date(2006, 1, 1), 2006), ('去年12月', None, None)]
    """
    check_text(text, "extract_dates")
    return tuple(_extract(text, issue_date, anchor)[0])


def extract_article_dates(
    texts: Sequence[str], *, issue_date: dt.date | None = None
) -> tuple[tuple[DateMention, ...], ...]:
    """The dates of each of an article's texts, in reading order, ``当天`` threaded across them.

    >>> per_text = extract_article_dates(
    ...     ["11月18日,天元区……", "2025年,……", "在当天的培训中"], issue_date=dt.date(2025, 11, 21))
    >>> [(m.text, str(m.start)) for ms in per_text for m in ms]
    [('11月18日', '2025-11-18'), ('2025年', '2025-01-01'), ('当天', '2025-11-18')]
    """
    out = []
    anchor: dt.date | None = None
    for text in texts:
        mentions, _, anchor = _extract(text, issue_date, anchor)
        out.append(tuple(mentions))
    return tuple(out)


def dates_in(
    text: str, issue_date: dt.date | None, place: Place
) -> tuple[list[DateMention], list[Span]]:
    """:func:`extract_dates` for the parser: ``text`` is an article's texts joined by
    line breaks, ``place`` maps its spans to the source. Also returns the spans in
    ``text``, for the quantity scan to leave dates out without scanning again."""
    mentions, spans, _ = _extract(text, issue_date, None, place)
    return mentions, spans


def date_spans(text: str) -> tuple[Span, ...]:
    """Where the date expressions of ``text`` stand, without resolving them.

    >>> date_spans("2025年,2年期,上世纪90年代,2000余户")
    ((0, 5), (10, 17))
    """
    return tuple(f.span for f in _scan(text))


def issue_date_from_dateline(line: str) -> dt.date | None:
    """The date of a page dateline line (``2025年11月21日 星期五``), or ``None``.

    The line must be the date alone (with a weekday or a lunar date after it):
    a paragraph that begins with a date is not a dateline.

    >>> issue_date_from_dateline("2025年11月21日 星期五")
    datetime.date(2025, 11, 21)
    >>> issue_date_from_dateline("二〇二五年十一月二十一日")
    datetime.date(2025, 11, 21)
    >>> issue_date_from_dateline("2025年11月21日,全市……") is None
    True
    """
    if "年" not in line:
        return None  # most short lines: no year, told before they are rejoined
    # Runs of spaces made one, so that the pattern needs no adjacent unbounded runs.
    m = _DATELINE.fullmatch(" ".join(line.split()))
    if m is None or not _in_years(year := _num(m["y"])):
        return None  # (0001年 is no issue date: a page of the year 1 has none to count from)
    try:
        return dt.date(year, _num(m["m"]), _num(m["d"]))
    except ValueError:
        return None
