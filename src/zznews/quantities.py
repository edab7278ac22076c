"""Quantities in Chinese news text: counts and measures with their exact values.

A quantity is a number followed by a measure word of
:data:`zznews.vocab.quantities.MEASURE_WORDS` (or a percent sign), with the hedge
words around it (``超过6万人次``, ``120多家``, ``10个以上``). One pattern, compiled at
import, finds the candidates in a single pass; a candidate is then vetoed when its
numeral belongs to an idiom or a name (``一家人``, ``四处``, ``“社保服务进万家”``),
is the indefinite article (``开了一家包子铺``), an ordinal (``第3名``) or a year
(``2025年``). The vocabulary is in :mod:`zznews.vocab.quantities`.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal
from fractions import Fraction
from typing import NamedTuple

import attrs

from ._check import check_text
from ._patterns import alternation as _alt
from ._patterns import char_class
from .dates import Place, date_spans
from .model import Approx, Number, Quantity, Span
from .numbers import exact, parse_number, within_limit
from .vocab import quantities as V
from .vocabulary import Vocabulary, per_vocabulary, using

__all__ = ["extract_quantities", "quantities_in", "read_count"]


_MAGNITUDE_CHARS = "".join(V.SMALL_UNITS) + "".join(V.MAGNITUDES)
_CN_CHARS = "".join(V.DIGITS) + _MAGNITUDE_CHARS + "".join(V.CONTRACTED_TENS) + V.VAGUE_DIGIT
_DIGIT = V.ARABIC_DIGITS
_ASCII = V.ASCII_DIGITS
#: The Chinese digits that may follow a decimal 点 (``三点五万``; ``三点半`` is a time).
_CN_DIGITS = "".join(d for d in V.DIGITS if V.DIGITS[d] < 10 and d not in V.FINANCIAL)
_POINTS = "".join(sorted(V.DECIMAL_POINTS - {"点"}))


def _guarded(words: Iterable[str], not_before: dict[str, str]) -> str:
    """Words as an alternation, each refusing the characters that would make another word."""
    return _alt(words, {w: f"(?![{not_before[w]}])" for w in not_before})


def _prefix_hedges() -> str:
    """Prefix hedges, each refusing the characters around it that make another word.

    The character refused before a hedge is checked after it (a lookbehind over
    the hedge and one more character), so that the words stay one trie.
    """
    return _alt(
        V.PREFIX_HEDGES,
        {
            w: (f"(?<![{V.HEDGE_NOT_AFTER[w]}]{re.escape(w)})" if w in V.HEDGE_NOT_AFTER else "")
            + (f"(?=[{V.HEDGE_ONLY_BEFORE[w]}])" if w in V.HEDGE_ONLY_BEFORE else "")
            for w in V.PREFIX_HEDGES
        },
    )


def _number(name: str, measure_words: Iterable[str] = V.MEASURE_WORDS) -> str:
    """The pattern of one number (named ``name``): Arabic, mixed or Chinese.
    (Optional parts as ``(?: … |)``: see :func:`_build_quantity_pattern`.)"""
    units_with_magnitude = [u for u in measure_words if u[0] in _MAGNITUDE_CHARS]
    return rf"""
    (?P<{name}>
        (?: [{_DIGIT}]{{1,3}} (?: {V.THOUSANDS_SEPARATOR} [{_DIGIT}]{{3}} )+ (?![{_DIGIT}])
          | [{_DIGIT}]+ )                                    # 1,200 or 30
        (?: [{_POINTS}] [{_DIGIT}]+ |)                       # 1.5
        (?: \x20 (?= [{"".join(V.MAGNITUDES)}] ) |)          # 2.5 亿元: a space before 亿
        (?: (?: (?! {_alt(units_with_magnitude)} ) [{_MAGNITUDE_CHARS}] )+ [{_DIGIT}]+ )*
                                                             # 3亿5000万, 2万3千
        (?: (?! {_alt(units_with_magnitude)} ) [{_MAGNITUDE_CHARS}] )*   # 6万, 3千 (not 3千米)
      | {_alt(V.VAGUE_BEFORE_MAGNITUDE)} [{_MAGNITUDE_CHARS}]+   # 数百
      | (?: {_alt(V.VAGUE_WORDS)} ) [{_MAGNITUDE_CHARS}]*       # 若干, 好几百
      | {V.HALF} (?= {_alt(V.HALF_ALONE_UNITS)} )             # 半年, 半个月, 半小时
      | [{_CN_CHARS}]+                                         # 两千三百万, 十几, 三四
        (?: 点 [{_CN_DIGITS}]+ (?![分刻钟]) [{"".join(V.MAGNITUDES)}]* |)  # 三点五万
    )
    """


#: After a unit of time (``一年半``, ``3年多``): lookbehinds of one width each, as ``re`` wants.
#: (The class of their last characters first: most units are not of time, and fail there.)
_AFTER_TIME_UNIT = (
    f"(?<={char_class(w[-1] for w in V.TIME_UNITS)})"
    + "(?:"
    + "|".join(f"(?<={re.escape(w)})" for w in sorted(V.TIME_UNITS))
    + ")"
)
#: After a unit that takes a half (``一年半``, ``3岁半``): lookbehinds likewise.
_AFTER_HALF_UNIT = (
    f"(?<={char_class(w[-1] for w in V.TIME_UNITS | V.HALF_UNITS)})"
    + "(?:"
    + "|".join(f"(?<={re.escape(w)})" for w in sorted(V.TIME_UNITS | V.HALF_UNITS))
    + ")"
)


def _units(measure_words: Iterable[str]) -> str:
    """The pattern of a measure word (and of a time unit with 多 or 半 inside)."""
    return _alt(
        list(measure_words)
        + list(V.PERCENT_SIGNS)
        + ["个多" + u[1:] for u in V.TIME_UNITS if u.startswith("个")]  # 一个多月
        + ["个" + V.HALF + u[1:] for u in V.TIME_UNITS if u.startswith("个")],  # 两个半小时
        {
            **{w: f"(?![{chars}])" for w, chars in V.UNIT_NOT_BEFORE.items()},
            # (分 is checked in _quantity: 加2分, 积26分暂列, not 十分重要)
        },
    )


#: The characters a quantity numeral can begin with.
_NUMERAL_FIRST = "".join(sorted(set(V.ARABIC_DIGIT_CHARS + _CN_CHARS + V.MANY)))
#: The numeral characters a quantity may not follow (it would be inside a numeral);
#: not the financial ones, which end words (队伍126支, 陆续).
_CN_BEFORE = "".join(c for c in _CN_CHARS if c not in V.FINANCIAL)
_FINANCIAL = "".join(sorted(V.FINANCIAL))
#: The last characters of a number counted with no measure word (``10万``, ``百余``).
_BARE_ENDS = "".join(sorted(set(V.MAGNITUDES) | V.UNIT_HEDGES))
#: Every character a quantity can begin with (a numeral's, or a word's first), so that the
#: scan passes the others at once: one class costs the stdlib engine nanoseconds a position.
_FIRST = char_class(
    [
        *_NUMERAL_FIRST,
        *(w[0] for w in (*V.PREFIX_HEDGES, *V.PERCENT_WORDS, *V.VAGUE_WORDS)),
        *(w[0] for w in V.VAGUE_BEFORE_MAGNITUDE),
        *(w[0] for w in V.BELOW_ZERO),
        *V.MINUS_SIGNS,
        V.HALF,
    ]
)

#: The first characters of the hedges after a quantity (the pattern's ``post``).
_POST_FIRST = char_class(w[0] for w in (*V.SUFFIX_HEDGES, *V.UNIT_HEDGES, *V.TIME_SUFFIX_HEDGES))

#: Every character a number can hold: a fraction's denominator is looked for as a run
#: of them before 分之 (bounded, so that 1,1,1… stays linear), and the branch fails at
#: once for the numbers of other counts instead of backtracking through them.
_NUMERAL_RUN = char_class(
    [
        *V.ARABIC_DIGIT_CHARS,
        V.THOUSANDS_SEPARATOR,
        *V.DECIMAL_POINTS,
        " ",
        *_CN_CHARS,
        *"".join(V.VAGUE_WORDS | V.VAGUE_BEFORE_MAGNITUDE),
        V.HALF,
    ]
)


def _build_quantity_pattern(v: Vocabulary) -> re.Pattern[str]:
    """The quantity pattern of vocabulary ``v`` (its measure words). The stdlib engine,
    not ``regex``: it scans this pattern about twice as fast.

    An optional part is written ``(?: … |)``, a branch with an empty alternative, not
    ``(?: … )?``: the same matches, but the engine tests a branch's first character
    without entering it, where a ``?`` of a group costs it a repeat context each time."""
    words = v.measure_words
    units = _units(words)
    return re.compile(
        rf"""
        (?={_FIRST})                                     # a quick test before the alternatives
        (?<![{_DIGIT}{_POINTS}A-Za-z_\-/\#＃{_CN_BEFORE}])  # not inside a code (1-303) or a numeral
        (?! (?<=[{_FINANCIAL}]) [{_CN_CHARS}] )     # nor in a financial one (伍伍; not 队伍126支)
        (?<![{"".join(sorted(V.ORDINAL_PREFIXES | V.RATE_BASES))}])   # not 第3名, 每万人口
        (?: (?P<pre> {_prefix_hedges()} ) |)                          # 超过, 近, 约 …
        (?: (?<={_alt(V.VERB_HEDGES)})                                 # after 最高, 至少 …
            (?P<verb> (?: {_alt(V.HEDGE_MODALS)} |) (?: {_alt(V.HEDGE_VERBS)} |) ) |)  # 可贷
        (?: (?P<neg> {_alt(V.BELOW_ZERO)} | [{re.escape(V.MINUS_SIGNS)}] (?=[{_DIGIT}]) ) |)  # −
        (?:
            (?P<pct> {_alt(V.PERCENT_WORDS)} ) {_number("pnum", words)}      # 百分之三十
          |
            (?= {_NUMERAL_RUN}{{1,{V.MAX_NUMERAL_CHARS}}}+ {V.FRACTION_WORD} )  # one bounded look
            {_number("fden", words)} {V.FRACTION_WORD}      # 三分之二 (after 百分之)
            {_number("fnum", words)}
          |
            (?:
                (?P<many> {re.escape(V.MANY)} ) (?= {_alt(V.VAGUE_MANY_UNITS)} )  # 多年, 多个
              |
                {_number("num", words)}                   # the number, or a range's low end
                (?: [{"".join(V.PERCENT_SIGNS)}]?                     # 5%-10%
                    (?P<conn> {_alt(V.RANGE_CONNECTORS)} ) {_number("num2", words)} |)  # 5到10
                (?: (?P<mid> {_alt(V.INFIX_HEDGES)} )                 # 120多家, 一万余元
                    (?P<scale> [{"".join(V.MAGNITUDES)}]* ) |)        # 300多万元
            )
            (?: (?P<unit> {units} )                                  # the measure word
              | (?<=[{_BARE_ENDS}]) (?![{_DIGIT}{_CN_CHARS}]) (?P<bare>) )  # 10万, 百余: none
            (?: (?P<conn2> {_alt(V.RANGE_CONNECTORS)} ) {_number("num3", words)} (?P=unit) |)
                                                                      # 5500元到9000元
            (?: (?={V.HALF}) {_AFTER_HALF_UNIT} (?P<half> {V.HALF} ) (?! {units} ) |)  # 一年半
            (?: (?<={char_class(V.HUNDREDTHS_AFTER)})                  # 10秒62, 1米85
                (?P<hundredths> [{_ASCII}]{{2}} ) (?![{_ASCII}]) (?! {units} ) |)  # not 100米30名
            (?: (?={_POST_FIRST}) (?P<post>                  # (one class first: most have none)
                {_guarded(V.SUFFIX_HEDGES, V.HEDGE_NOT_BEFORE)}       # 10个以上, 30岁左右
              | {_AFTER_TIME_UNIT} (?: {_alt(V.UNIT_HEDGES)} ) (?! {units} )  # 3年多, not 3年多次
              | {_AFTER_TIME_UNIT} (?: {_alt(V.TIME_SUFFIX_HEDGES)} )
                (?![{V.TIME_SUFFIX_NOT_BEFORE}])                     # 1小时内 (not 3天内容)
              | (?: {_alt(V.UNIT_HEDGES)} ) (?= [^\u4e00-\u9fff] | 的 | $ )  # 两倍多 (not 一人多岗)
            ) |)
            (?: [{"".join(V.RATE_SLASHES)}]
                (?P<slash> {_alt([*words, *V.SLASH_PERIODS])} ) |)  # 30元/人, 3000元/月
        )
        """,
        re.VERBOSE,
    )


#: The quantity pattern of the vocabulary in force: ``_quantity_pattern().finditer(…)``.
_quantity_pattern: per_vocabulary[re.Pattern[str]] = per_vocabulary(_build_quantity_pattern)

#: A rate word (``每周``, ``每个月``, ``日均``) before the quantities of its clause.
#: (Tried only where one of their first characters stands: see _words_at.)
_RATE = re.compile(_alt(V.RATE_MARKERS, lookahead=False))

_RATE_FIRST = frozenset(w[0] for w in V.RATE_MARKERS)

#: A clause break, which ends the reach of a rate word.
_CLAUSE_BREAK = re.compile("[" + re.escape("".join(sorted(V.CLAUSE_BREAKS))) + "]")

#: A quotation, to tell names and slogans (short) from reported speech (long).
#: (Bounded: an unclosed opener then costs a bounded look, not the rest of its line.)
_QUOTE = re.compile(
    "|".join(
        f"{re.escape(o)}[^{re.escape(c)}\n]"
        f"{{0,{V.MAX_QUOTED_TITLE if o in V.TITLE_QUOTES else V.MAX_QUOTED_NAME}}}{re.escape(c)}"
        for o, c in V.QUOTES.items()
    )
)

_PAIR = re.compile(
    rf"""
    (?P<ten> [{V.CN_ONE_TO_NINE[1:]}]? 十 )?              # 十三四岁: 13 to 14; 三十七八度
    (?P<pair> {_alt(V.RANGE_PAIRS)} )                   # 三四, 两三
    (?P<scale> [{_MAGNITUDE_CHARS}]* )                  # 二三十个, 三四百人
    """,
    re.VERBOSE,
)

#: The idioms a numeral can stand in, keyed by two characters of the text: the
#: numeral and the next one (idioms it opens) or the one before and the numeral
#: (idioms it stands later in); each with the numeral's place, the length and the
#: set of those idioms. Two lookups of a key then find the few idioms to compare,
#: where every place of 一 in every idiom cost ten slices.
_IdiomPlaces = tuple[tuple[int, int, frozenset[str]], ...]


def _idiom_index(first: bool) -> dict[str, _IdiomPlaces]:
    """The idioms by the key of a numeral opening them (``first``) or standing later."""
    by_key: dict[str, dict[tuple[int, int], set[str]]] = {}
    for idiom in V.NOT_QUANTITIES:
        for k in range(1) if first else range(1, len(idiom)):
            key = idiom[k : k + 2] if first else idiom[k - 1 : k + 1]
            by_key.setdefault(key, {}).setdefault((k, len(idiom)), set()).add(idiom)
    return {
        key: tuple((k, n, frozenset(ws)) for (k, n), ws in sorted(places.items()))
        for key, places in by_key.items()
    }


_IDIOMS_FROM = _idiom_index(first=True)
_IDIOMS_AFTER = _idiom_index(first=False)
#: Every character of an idiom: only at one of them can an idiom stand.
_IDIOM_CHARS = frozenset("".join(V.NOT_QUANTITIES))


_DATE_UNITS = V.DATE_UNITS
# Module globals for the tables every candidate looks at (a global beats an attribute).
_ADDRESS_UNITS = V.ADDRESS_UNITS
_UNIT_OF = {**V.PERCENT_SIGNS, **V.UNIT_SPELLINGS}
_UNIT_NOT_AFTER = V.UNIT_NOT_AFTER
_ONLY_BEFORE_MARK = V.UNIT_ONLY_BEFORE_MARK
_WEEK_ENDS = V.WEEKDAY_WORD_ENDS
_ASCII_DIGITS = frozenset(V.ASCII_DIGIT_CHARS)
_UNRATED_UNITS = V.UNRATED_UNITS
_CLOCK_PARTS = V.CLOCK_PARTS
_HALF = V.HALF

_VAGUE_STARTS = tuple(V.VAGUE_BEFORE_MAGNITUDE | V.VAGUE_WORDS)


@attrs.frozen
class Count:
    """What a numeral says: an exact value, a range, or a vague count (with bounds or not)."""

    value: Number | None = None
    low: Number | None = None
    high: Number | None = None
    vague: bool = False


#: The count of ``多年``, ``若干``: some, unstated (one object, as counts are immutable).
_VAGUE = Count(vague=True)

#: The pattern's groups in order, as :func:`_quantity` unpacks them.
_GROUPS = (
    *("pre", "verb", "neg", "pct", "pnum", "fden", "fnum", "many", "num", "conn", "num2"),
    *("mid", "scale", "unit", "bare", "conn2", "num3", "half", "hundredths", "post", "slash"),
)
if tuple(_quantity_pattern.of(Vocabulary.default()).groupindex) != _GROUPS:
    raise ImportError("_quantity unpacks the groups of the quantity pattern in another order")


@functools.lru_cache(maxsize=4096)  # a page repeats its numerals (一, 2, 3 …); bounded
def read_count(numeral: str) -> Count | None:
    """What a numeral written before a measure word counts, or ``None`` if it counts nothing.

    >>> read_count("6万")
    Count(value=60000, low=None, high=None, vague=False)
    >>> read_count("二三十")
    Count(value=None, low=20, high=30, vague=False)
    >>> read_count("十几")
    Count(value=None, low=11, high=19, vague=True)
    >>> read_count("几十")
    Count(value=None, low=None, high=None, vague=True)
    >>> read_count("二〇二五") is None, read_count("伍") is None
    (True, True)
    """
    if len(numeral) > V.MAX_DIGITS and sum(c.isdigit() for c in numeral) > V.MAX_DIGITS:
        return None  # a code or an ID number, not a count
    if numeral.isascii() and numeral.isdigit():
        return Count(value=int(numeral))  # the common case, read at once
    if " " in numeral:
        return read_count(numeral.replace(" ", ""))  # 2.5 亿元
    if numeral == V.HALF:
        return Count(value=Decimal("0.5"))  # 半年, 半个月
    if numeral.startswith(_VAGUE_STARTS):
        return Count(vague=True)
    if V.VAGUE_DIGIT in numeral:
        if numeral.startswith(V.VAGUE_DIGIT):
            return Count(vague=True)  # 几十年: nothing stated but "some"
        try:
            low = parse_number(numeral.replace(V.VAGUE_DIGIT, "一"))
            high = parse_number(numeral.replace(V.VAGUE_DIGIT, "九"))
        except ValueError:
            return Count(vague=True)
        return Count(low=low, high=high, vague=True)
    if (m := _PAIR.fullmatch(numeral)) is not None:
        a, b = V.RANGE_PAIRS[m["pair"]]
        ten = parse_number(m["ten"]) if m["ten"] else 0  # 十 or 三十
        try:
            scale = parse_number("一" + m["scale"]) if m["scale"] else 1
        except ValueError:
            return None
        return Count(low=(ten + a) * scale, high=(ten + b) * scale)
    if len(numeral) == 1 and numeral in V.FINANCIAL:
        return None  # 队伍, 陆续: a lone financial numeral is part of a word
    if len(numeral) > 1 and all(c in V.DIGITS for c in numeral):
        return None  # 二〇二五: digit by digit is a year or a code, never a count
    try:
        return Count(value=parse_number(numeral))
    except ValueError:
        # 三点五亿亿亿亿个: a count past MAX_VALUE keeps its text, with no value
        return None if within_limit(numeral) else Count()


def _magnitude(scale: str) -> Number | None:
    """The value of a run of magnitude words (``万`` of ``300多万``), or ``None``
    when they make no number (``亿万`` of ``3多亿万元``).

    >>> _magnitude("万"), _magnitude("万亿"), _magnitude("亿万")
    (10000, 1000000000000, None)
    """
    try:
        return parse_number("一" + scale)
    except ValueError:
        return None


def _words_at(text: str, firsts: Iterable[str], pattern: re.Pattern[str]) -> list[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern whose every match opens with one of the
    characters ``firsts``: they are found by str.find (which passes the others far
    faster than the engine's test of a class), and only they are tried, in order."""
    starts = []
    for first in firsts:
        at = text.find(first)
        while at >= 0:
            starts.append(at)
            at = text.find(first, at + 1)
    starts.sort()
    found: list[re.Match[str]] = []
    for at in starts:
        if (not found or at >= found[-1].end()) and (m := pattern.match(text, at)) is not None:
            found.append(m)
    return found


class _Context:
    """What a text says around its candidates, worked out once and only when asked."""

    def __init__(
        self, text: str, dates: Sequence[Span] | None = None, place: Place | None = None
    ) -> None:
        self.text = text
        self.place = place
        self._name_starts: list[int] | None = None  # where each short quotation's text starts
        self._name_ends: list[int] = []  # and where it ends
        # The date spans when the caller has found them already (they are in order).
        self._date_spans = dates
        self._date_starts: list[int] | None = None  # the dates' starts, when first asked
        self._date_ends: list[int] = []
        self._rate_ends: list[int] | None = None  # where each rate word ends, when first asked
        self._rate_periods: list[str] = []  # and the period it speaks of
        self._break_from = self._break = -1  # the first clause break at or after _break_from
        #: Where the scan resumes after a quantity that took in more than its match.
        self.resume = 0

    def in_name(self, pos: int) -> bool:
        """Whether ``pos`` lies inside a short quotation (a name or a slogan) or a title."""
        starts = self._name_starts
        if starts is None:
            starts = self._name_starts = self._names()
        # The quotations are in order and never overlap: only the last one starting
        # at or before ``pos`` can hold it (a bisection keeps many quotes linear).
        k = bisect.bisect_right(starts, pos) - 1
        return k >= 0 and pos < self._name_ends[k]

    def _names(self) -> list[int]:
        """Where the text's short quotations and titles start (their ends kept aside)."""
        # (_QUOTE itself bounds a quotation's length: every match is a name or a title)
        spans = [m.span() for m in _words_at(self.text, V.QUOTES, _QUOTE)]
        if not spans:
            return []  # most texts have none
        self._name_ends = [end - 1 for _, end in spans]
        return [start + 1 for start, _ in spans]

    def in_date(self, start: int, end: int) -> bool:
        """Whether ``start`` to ``end`` overlaps a date (``2025年``, ``2020-2025年``)."""
        starts = self._date_starts
        if starts is None:
            # The caller's spans, or one scan of the whole text the first time a
            # candidate asks (linear, and cheaper than rescanning each asking clause).
            spans = date_spans(self.text) if self._date_spans is None else self._date_spans
            starts = self._date_starts = [a for a, _ in spans]
            self._date_ends = [b for _, b in spans]
        # The last date starting before the span's end is the only one that can reach it.
        k = bisect.bisect_left(starts, end) - 1
        return k >= 0 and self._date_ends[k] > start

    def rate_before(self, pos: int) -> str | None:
        """The period of a rate word earlier in the clause of ``pos`` (``每周5名`` → ``周``)."""
        ends = self._rate_ends
        if ends is None:
            found = _words_at(self.text, _RATE_FIRST, _RATE)
            ends = self._rate_ends = [m.end() for m in found]
            self._rate_periods = [V.RATE_MARKERS[m.group(0)] for m in found]
        k = bisect.bisect_right(ends, pos) - 1
        if k < 0:
            return None
        end, period = ends[k], self._rate_periods[k]
        if not self._break_from <= end <= self._break:  # else the break found last is still first
            m = _CLAUSE_BREAK.search(self.text, end)
            self._break_from, self._break = end, len(self.text) if m is None else m.start()
        return None if self._break < pos else period


#: The rest of a clock reading after its first part (``12分08秒`` after ``2小时``,
#: ``48秒`` after ``5分``): minutes only after hours, seconds with their hundredths.
_CLOCK_REST = re.compile(
    rf"""
    (?: (?<=时) (?P<min> [{_ASCII}]{{1,2}} ) 分 钟? )?          # 12分 after 2小时
    (?: (?<![秒]) (?P<sec> [{_ASCII}]{{1,2}} ) 秒 钟?            # 08秒
        (?P<cs> [{_ASCII}]{{2}} (?![{_ASCII}]) )? )?             # 38: hundredths
    """,
    re.VERBOSE,
)


def _clock(
    text: str, end: int, unit: str, value: int | Decimal
) -> tuple[int, int | Decimal, str] | None:
    """A clock reading that goes on after its first part (``2小时`` ⏎ ``12分08秒``):
    where it ends, its value in its smallest part and that part's unit, or ``None``."""
    m = _CLOCK_REST.match(text, end)
    if m is None or m.end() == end:
        return None
    minutes, seconds, hundredths = m.groups()
    if unit in ("小时", "个小时") and minutes is None:
        return None  # 2小时30秒 is no clock reading
    total: int | Decimal = value * V.CLOCK_PARTS[unit] + int(minutes or 0) * 60
    if seconds is None:
        return m.end(), exact(Decimal(total) / 60), "分钟"
    total += int(seconds)
    if hundredths:
        total = exact(total + Decimal(hundredths) / 100)
    return m.end(), total, "秒"


#: The numbers of an ordinal before a link (``第一、``, ``第3至``), ending where a
#: candidate starts: the candidate is the ordinal list's or range's next number.
_ORDINAL_RUN = re.compile(
    rf"(?:{'|'.join(map(re.escape, sorted(V.ORDINAL_PREFIXES)))})"
    rf"(?:[{_DIGIT}{_CN_CHARS}]+[{re.escape(V.ORDINAL_LINKS)}])+$"
)
_ORDINAL_LINKS = frozenset(V.ORDINAL_LINKS)


def _in_ordinal_list(text: str, pos: int) -> bool:
    """Whether the number at ``pos`` (after a link: the caller checks) continues an
    ordinal list or range (``第3、4名``)."""
    return _ORDINAL_RUN.search(text, max(0, pos - 24), pos) is not None


#: The rest of an address after a number and its unit: 3栋2单元, 5组3号.
_ADDRESS_NEXT = re.compile(f"[{_DIGIT}]+(?:{'|'.join(V.ADDRESS_PARTS)})")
_CLAUSE_STARTS = frozenset(V.CLAUSE_BREAKS)


def _last_n(text: str, start: int, end: int) -> bool:
    """Whether ``近`` at ``start`` and the duration to ``end`` mean "the last N": at a
    clause's start, or before 来, 以来 … (else, after a verb, ``近`` is "nearly")."""
    return not start or text[start - 1] in _CLAUSE_STARTS or text.startswith(V.LAST_N_BEFORE, end)


def _in_idiom(text: str, pos: int) -> bool:
    """Whether the character at ``pos`` belongs to an idiom or name of the veto table.

    >>> _in_idiom("一家人", 0), _in_idiom("成千上万", 1), _in_idiom("一家企业", 0)
    (True, True, False)
    """
    places = _IDIOMS_FROM.get(text[pos : pos + 2], ())
    if pos:
        places += _IDIOMS_AFTER.get(text[pos - 1 : pos + 1], ())
    return any(pos >= k and text[pos - k : pos - k + n] in idioms for k, n, idioms in places)


def _scaled_low(low_text: str, low: Number, high_text: str, high: Number) -> Number:
    """``3至5万元``: a bare low end takes the high end's magnitude when that keeps it lower."""
    suffix = ""
    for c in reversed(high_text):
        if c not in V.MAGNITUDES:
            break
        suffix = c + suffix
    if not suffix or low_text[-1] in _MAGNITUDE_CHARS:
        return low
    magnitude = _magnitude(suffix)
    scaled = low if magnitude is None else exact(low * magnitude)
    return scaled if scaled <= high else low


def _fraction(m: re.Match[str], ctx: _Context) -> Quantity | None:
    """The quantity of ``三分之二``: an exact :class:`~fractions.Fraction`, with no unit.

    >>> q, = extract_quantities("三分之二的村民")
    >>> q.text, q.value, q.unit
    ('三分之二', Fraction(2, 3), None)
    """
    den, num = read_count(m["fden"]), read_count(m["fnum"])
    if den is None or num is None or not den.value or num.value is None:
        return None  # 几分之几: vague
    if ctx.in_name(m.start("fden")):
        return None
    pre, start, end = m["pre"], m.start(), m.end()
    return Quantity(
        text=ctx.text[start:end],
        value=Fraction(num.value) / Fraction(den.value),
        low=None,
        high=None,
        unit=None,
        approx=V.PREFIX_HEDGES.get(pre) if pre else None,
        span=(start, end) if ctx.place is None else ctx.place(start, end),
    )


def _bare_count(numeral: str, mid: str | None, count: Count) -> bool:
    """Whether a number with no measure word counts: Arabic digits with a magnitude
    (``10万``, ``1.3亿``) or a number of at least ten with a hedge (``百余``, ``一千多``,
    ``80多万``); not a bare magnitude (``千万``: "by all means") nor ``三多``.

    >>> [_bare_count(n, h, read_count(n) or _VAGUE) for n, h in
    ...  (("10万", None), ("百", "余"), ("千万", None), ("三", "多"), ("三万", None))]
    [True, True, False, False, False]
    """
    if count.value is None or count.vague:
        return False
    if mid is not None:
        return count.value >= V.BARE_HEDGED_MIN
    return numeral[0] in _ASCII_DIGITS and numeral[-1] in V.MAGNITUDES


class _Candidate(NamedTuple):
    """What a match says before any veto: its groups and the words around its numeral."""

    text: str
    start: int  # where the expression starts (a hedge included)
    end: int
    numeral: str
    numeral_start: int
    unit: str  # the unit as counted ("%" after 百分之, "个月" for 一个多月; "" for none)
    unit_text: str  # the measure word as printed ("" after 百分之 and for a bare number)
    reading: Count  # what the numeral counts (not "count": a tuple's method)
    pre: str | None
    mid: str | None
    post: str | None
    conn: str | None
    num2: str | None
    neg: str | None
    scale: str | None
    half: str | None
    hundredths: str | None
    slash: str | None
    bare: str | None
    ctx: _Context


def _candidate(m: re.Match[str], ctx: _Context) -> _Candidate | None:
    """The candidate of a match, or ``None`` when its numeral counts nothing (``伍``)."""
    # One call for every group, in the pattern's order (checked by _GROUPS at import).
    (pre, _verb, neg, pct, pnum, _fden, _fnum, many, num, conn, num2, mid, scale, unit_text,
     bare, conn2, num3, half, hundredths, post, slash) = m.groups()  # fmt: skip
    if conn2:
        conn, num2 = conn2, num3  # 5500元到9000元: the unit said twice
    name = "pnum" if pnum else "num" if num else "many"
    numeral = pnum or num or many
    unit_text = unit_text or ""  # none after 百分之三十, nor for a bare number
    if pct:
        count, unit = read_count(numeral), V.PERCENT_WORDS[pct]
    else:
        count = _VAGUE if many else read_count(numeral)
        written = unit_text
        if "个" in written:
            written = written.replace("个多", "个").replace("个半", "个")  # 一个多月, 两个半小时
        unit = _UNIT_OF.get(written, written)
    if count is None:
        return None
    start, end = m.span()
    # (tuple.__new__ in the fields' order: a candidate is built for every match, and the
    # named tuple's own constructor costs a Python call more.)
    return tuple.__new__(_Candidate, (
        ctx.text, start, end, numeral, m.start(name), unit, unit_text, count,
        pre, mid, post, conn, num2, neg, scale, half, hundredths, slash, bare, ctx,
    ))  # fmt: skip


def _cjk_after(c: _Candidate) -> bool:
    """Whether a Chinese character follows the candidate."""
    return c.end < len(c.text) and "\u4e00" <= c.text[c.end] <= "\u9fff"


def _is_idiom(c: _Candidate) -> bool:
    """一家人, 成千上万; a hedge outside the idiom shows a count: 近万家."""
    # (a character in no idiom stands in none: most candidates skip the lookups)
    return c.text[c.start] in _IDIOM_CHARS and _in_idiom(c.text, c.start)


def _ordinal(c: _Candidate) -> bool:
    """第一、二、三名, 第1至3名: the later numbers of ordinals."""
    start = c.start
    return start > 0 and c.text[start - 1] in _ORDINAL_LINKS and _in_ordinal_list(c.text, start)


def _quoted(c: _Candidate) -> bool:
    """“社保服务进万家”: a numeral of a short quotation (a name, a slogan) or a title."""
    return c.ctx.in_name(c.numeral_start)


def _not_bare(c: _Candidate) -> bool:
    """千万不要, 三多一少: no number that counts without a measure word."""
    return c.bare is not None and not _bare_count(c.numeral, c.mid, c.reading)


def _indefinite(c: _Candidate) -> bool:
    """开了一家包子铺: the indefinite article; 一天天: "one after another"."""
    if c.numeral != "一" or c.pre or c.mid or c.post or c.conn or "多" in c.unit_text:
        return False
    unit = c.unit
    return unit in V.INDEFINITE_ONE or (len(unit) == 1 and c.text.startswith(unit, c.end))


def _word_of_unit(c: _Candidate) -> bool:
    """十分重要: a unit that counts only before a mark (but 积26分暂列: points)."""
    unit, text, at = c.unit, c.text, c.numeral_start
    return (
        unit in _ONLY_BEFORE_MARK
        and _cjk_after(c)
        and text[c.end] not in _ONLY_BEFORE_MARK[unit]
        and (at == 0 or text[at - 1] not in V.UNIT_SCORED_AFTER[unit])
    )


def _time_of_day(c: _Candidate) -> bool:
    """7时30分: minutes of a time of day; 三年级4班: a class."""
    at = c.numeral_start
    return c.unit in _UNIT_NOT_AFTER and at > 0 and c.text[at - 1] in _UNIT_NOT_AFTER[c.unit]


def _label(c: _Candidate) -> bool:
    """万亩高标准农田, 百亿项目: bare magnitudes as a scale's label."""
    numeral = c.numeral
    return (
        numeral[0] in V.LABEL_MAGNITUDES
        and all(ch in _MAGNITUDE_CHARS for ch in numeral)
        and not (c.pre or c.mid or c.post)
        and _cjk_after(c)
        and c.text[c.end] != "的"
    )


def _weekday(c: _Candidate) -> bool:
    """上周三起: a weekday, not three cases."""
    at = c.numeral_start
    return at > 0 and c.text[at - 1] in _WEEK_ENDS and c.ctx.in_date(c.start, c.end)


def _number_to_call(c: _Candidate) -> bool:
    """拨打12333人社服务热线: a number to call (not 受理电话14.6万个)."""
    numeral = c.numeral
    return (
        len(numeral) >= V.CODE_DIGITS_MIN
        and numeral.isascii()
        and numeral.isdigit()
        and c.text.endswith(V.CODE_BEFORE, 0, c.numeral_start)
    )


def _session(c: _Candidate) -> bool:
    """十五届人大三次会议, 九届五次常委会议: the third session, not three meetings."""
    text, start, end = c.text, c.start, c.end
    after = text[end : end + V.SESSION_NAME_REACH + max(map(len, V.SESSION_AFTER))]
    if (cut := _CLAUSE_BREAK.search(after)) is not None:
        after = after[: cut.start()]  # (三次,会议: the meeting of another clause)
    return (
        c.unit in V.SESSION_UNITS
        and any(word in after for word in V.SESSION_AFTER)
        and V.SESSION_MARK in text[max(0, start - V.SESSION_REACH) : start]
    )


def _rank(c: _Candidate) -> bool:
    """前3名: the top three places (not 目前1200多名; but 项目前三名)."""
    text, start = c.text, c.start
    return (
        c.unit in V.RANK_UNITS
        and text.endswith(V.RANK_BEFORE, 0, start)
        and (
            start < 2
            or text[start - 2] not in V.RANK_NOT_AFTER
            or text.endswith(V.RANK_AFTER_WORDS, 0, start - 1)
        )
    )


def _address(c: _Candidate) -> bool:
    """石门村5组, 小区3栋2单元: an address."""
    return c.unit in _ADDRESS_UNITS and (
        c.text.endswith(V.ADDRESS_BEFORE, 0, c.start)
        or _ADDRESS_NEXT.match(c.text, c.end) is not None
    )


def _time_point(c: _Candidate) -> bool:
    """两年前: a point in time (a date), not a length of time."""
    return (
        not (c.pre or c.post)
        and c.text.startswith(V.TIME_POINT_AFTER, c.end)
        and c.text[c.end : c.end + 2] not in V.TIME_POINT_NOT_WORDS
    )


def _in_a_date(c: _Candidate) -> bool:
    """2025年 is a year, 90年代 a decade, 今年前10个月 a period."""
    return c.unit in _DATE_UNITS and c.ctx.in_date(c.numeral_start, c.end)


#: The vetoes, in the order tried: a name, the test, the units it applies to (``None``:
#: every unit), and an example it rejects (docs/quantities.rst lists them; a test
#: checks every example). Each is a pure test, so the order decides only the cost:
#: the cheapest first, the idioms (two lookups and slices) last.
_VETOES: tuple[tuple[str, Callable[[_Candidate], bool], frozenset[str] | None, str], ...] = (
    ("no measure word", _not_bare, None, "千万不要"),
    ("indefinite article", _indefinite, None, "开了一家包子铺"),
    ("number to call", _number_to_call, None, "拨打12333人社服务热线"),
    ("scale label", _label, None, "建设万亩高标准农田"),
    ("weekday", _weekday, None, "上周三起"),
    ("ordinal list", _ordinal, None, "第一、二、三名"),
    ("word of a unit", _word_of_unit, frozenset(_ONLY_BEFORE_MARK), "十分重要"),
    ("time of day", _time_of_day, frozenset(_UNIT_NOT_AFTER), "7时30分"),
    ("rank", _rank, V.RANK_UNITS, "进入前3名"),
    ("date", _in_a_date, _DATE_UNITS, "2025年"),
    ("point in time", _time_point, V.TIME_POINT_UNITS, "两年前"),
    ("address", _address, _ADDRESS_UNITS, "家住石门村5组"),
    ("session", _session, V.SESSION_UNITS, "十五届人大三次会议"),
    ("quotation", _quoted, None, "“社保服务进万家”"),
    ("idiom or name", _is_idiom, None, "一家人"),
)

#: The tests of the vetoes for every unit, in order (a candidate runs only its unit's).
_TESTS_ANY_UNIT = tuple(test for _, test, units, _ in _VETOES if units is None)
_TESTS_BY_UNIT = {
    unit: tuple(test for _, test, units, _ in _VETOES if units is None or unit in units)
    for row in _VETOES
    for unit in row[2] or ()
}

_Test = Callable[[_Candidate], bool]
#: The vetoes that can hold only for a numeral in Chinese (一, 万), only for one in
#: ASCII digits (12333), only for a number with no measure word: a candidate runs
#: its unit's tests less those that cannot hold for it (each is a pure test).
_CHINESE_ONLY: frozenset[_Test] = frozenset({_indefinite, _label})
_ASCII_ONLY: frozenset[_Test] = frozenset({_number_to_call})
_BARE_ONLY: frozenset[_Test] = frozenset({_not_bare})


def _tests_for(unit: str | None, ascii_digit: bool) -> tuple[_Test, ...]:
    """The tests, in order, of the vetoes that can hold for ``unit`` (``None``: a
    unit of no veto's table) and a numeral opening with an ASCII digit or not."""
    tests = _TESTS_ANY_UNIT if unit is None else _TESTS_BY_UNIT.get(unit, _TESTS_ANY_UNIT)
    skip = (_CHINESE_ONLY if ascii_digit else _ASCII_ONLY) | (
        frozenset() if unit == "" else _BARE_ONLY
    )
    return tuple(test for test in tests if test not in skip)


#: The tests by unit (with "" for none) and for any other unit, for a numeral opening
#: with an ASCII digit and for any other.
_ASCII_TESTS = ({u: _tests_for(u, True) for u in [*_TESTS_BY_UNIT, ""]}, _tests_for(None, True))
_OTHER_TESTS = ({u: _tests_for(u, False) for u in [*_TESTS_BY_UNIT, ""]}, _tests_for(None, False))


def _quantity(m: re.Match[str], ctx: _Context) -> Quantity | None:
    """The quantity of a candidate, or ``None`` when a veto applies."""
    if m["fden"]:
        return _fraction(m, ctx)
    c = _candidate(m, ctx)
    if c is None:
        return None
    by_unit, any_unit = _ASCII_TESTS if c.numeral[0] in _ASCII_DIGITS else _OTHER_TESTS
    for veto in by_unit.get(c.unit, any_unit):
        if veto(c):
            return None
    return _build(c)


def _prefix(c: _Candidate) -> tuple[Approx | None, int]:
    """The hedge before the number and where the expression starts."""
    pre, unit = c.pre, c.unit
    if pre is None:
        return None, c.start
    if pre in V.HEDGE_NOT_BEFORE_UNITS and unit in V.HEDGE_NOT_BEFORE_UNITS[pre]:
        return None, c.numeral_start  # 最高9℃: the day's high, exactly
    if pre == "近" and unit in V.TIME_UNITS and _last_n(c.text, c.start, c.end):
        return None, c.numeral_start  # 近3年(来): the last three years, exactly
    return V.PREFIX_HEDGES.get(pre), c.start


def _sign(c: _Candidate, start: int) -> tuple[bool, int] | None:
    """Whether the value is negative and where the expression starts, or ``None``
    when a dash before it makes no sign (``-36周``: a code's or a list's)."""
    if c.neg is None:
        return False, start
    # 零下 signs a temperature, a minus sign a temperature or a rate of change.
    below_zero = c.neg in V.BELOW_ZERO
    minus = c.unit in (V.TEMPERATURE_UNITS if below_zero else V.SIGNED_UNITS)
    if below_zero and not minus:
        return False, c.numeral_start  # 零下10个: no sign of this count
    return (True, start) if minus else None


def _later_hedge(c: _Candidate) -> Approx | None:
    """The hedge inside or after the number (``120多家``, ``一个多月``, ``10个以上``)."""
    if c.mid:
        return V.INFIX_HEDGES[c.mid]
    if "多" in c.unit_text:
        return Approx.MORE_THAN  # 一个多月
    if c.post:
        post = c.post
        return (
            V.SUFFIX_HEDGES.get(post) or V.INFIX_HEDGES.get(post) or V.TIME_SUFFIX_HEDGES.get(post)
        )
    return None


def _adjusted(c: _Candidate, value: Number) -> Number | None:
    """The value with the scale after a hedge, a half and hundredths applied."""
    if c.scale:
        magnitude = _magnitude(c.scale)  # 300多万元 (3多亿万元 makes no number)
        if magnitude is None:
            return None
        value = exact(value * magnitude)
    if c.half or V.HALF in c.unit_text:
        value = exact(value + Decimal("0.5"))  # 一年半, 两个半小时
    if c.hundredths:
        value = exact(value + Decimal(c.hundredths) / 100)  # 10秒62, 1米85
    return value


def _build(c: _Candidate) -> Quantity | None:
    """The quantity of a candidate no veto rejected (``None`` for a range that is none)."""
    approx, start = (None, c.start) if c.pre is None else _prefix(c)
    minus = False
    if c.neg is not None:
        sign = _sign(c, start)
        if sign is None:
            return None
        minus, start = sign
    count, end, unit = c.reading, c.end, c.unit
    low, high, value = count.low, count.high, count.value
    if c.conn:
        high_count = read_count(c.num2 or "")
        if high_count is None or count.value is None or high_count.value is None:
            return None
        low = _scaled_low(c.numeral, count.value, c.num2 or "", high_count.value)
        high, value = high_count.value, None
        if minus:
            low, minus = -low, False  # −3～5℃: the sign is the low end's
        if low >= high:
            return None  # 10-5: not a range (a code, a score)
    unit_text, text, ctx = c.unit_text, c.text, c.ctx
    if approx is None and (c.mid or c.post or "多" in unit_text):
        approx = _later_hedge(c)
    if value is not None and (c.scale or c.half or c.hundredths or _HALF in unit_text):
        value = _adjusted(c, value)
    if minus and value is not None:
        value = -value  # 零下5℃, −2℃, -1.2%
    if (
        unit in _CLOCK_PARTS
        and value is not None
        and end < len(text)
        and text[end] in _ASCII_DIGITS
        and not (c.conn or c.post)
        and (clock := _clock(text, end, unit, value)) is not None
    ):
        end, value, unit = clock  # 2小时12分08秒: one duration, in seconds
        ctx.resume = end
    place = ctx.place
    return Quantity(
        text=text[start:end],
        value=value,
        low=low,
        high=high,
        unit=unit or None,
        # (no value at all, 3多亿万元 or one past MAX_VALUE: the text says only "some")
        approx=(
            Approx.VAGUE
            if count.vague or (value is None and low is None and high is None)
            else approx
        ),
        span=(start, end) if place is None else place(start, end),
        per=c.slash or (None if unit in _UNRATED_UNITS or not unit else ctx.rate_before(start)),
    )


def extract_quantities(text: str, *, vocabulary: Vocabulary | None = None) -> tuple[Quantity, ...]:
    """Every quantity in ``text``, in order, with spans local to ``text``.

    >>> [(q.text, q.value, q.unit, q.approx and q.approx.value)
    ...  for q in extract_quantities("培训超过6万人次,近2万人就业,开了一家包子铺")]
    [('超过6万人次', 60000, '人次', 'more_than'), ('近2万人', 20000, '人', 'nearly')]
    >>> q, = extract_quantities("每周5名平安志愿者开展反诈巡逻")
    >>> q.text, q.value, q.unit, q.per, q.span
    ('5名', 5, '名', '周', (2, 4))
    >>> [(q.text, q.low, q.high) for q in extract_quantities("每家国企将结对5到10家民企")]
    [('5到10家', 5, 10)]
    >>> extract_quantities("2025年,曹四村小区的“三不一多”口诀")
    ()

    ``vocabulary`` (a :class:`~zznews.Vocabulary`) reads with more measure words.
    """
    check_text(text, "extract_quantities")
    with using(vocabulary):
        return tuple(quantities_in(text))


def quantities_in(
    text: str, *, dates: Sequence[Span] | None = None, place: Place | None = None, start: int = 0
) -> list[Quantity]:
    """:func:`extract_quantities` for the parser, which knows more about ``text``.

    ``dates`` are the spans of the text's date expressions, in order (when the
    caller has found them, they need not be found again); ``place`` maps each
    quantity's span to the source's offsets; the scan begins at ``start``.
    """
    ctx = _Context(text, dates, place)
    found: list[Quantity] = []
    # Every match first, then the judging: alternating the engine and Python cost more.
    for m in tuple(_quantity_pattern().finditer(text, start)):
        at = m.start()
        if at < ctx.resume:
            continue  # inside a clock reading already read: 2小时 ⏎ 12分08秒
        q = _quantity(m, ctx)
        if q is None:
            continue
        if q.low is not None and at and text[at - 1] in V.CHANGE_FROM:
            found.extend(_change(m, q, ctx))  # 从65%到92%: where a rate went, not a range
        else:
            found.append(q)
    return found


def _change(m: re.Match[str], q: Quantity, ctx: _Context) -> list[Quantity]:
    """A range of rates after 从 with the sign at both ends (``从65%到92%``) as the two
    values of a change; any other range after 从 stays a range (从5到10家, 从8岁到72岁)."""
    text, low_end = ctx.text, m.end("num")
    if (
        m["conn2"] is not None  # 从8岁到72岁: the ages of a group, a range
        or text[low_end : low_end + 1] not in V.PERCENT_SIGNS
        or text.startswith(V.RANGE_AFTER, m.end())  # 从5%到10%不等: a range
    ):
        return [q]
    out = []
    for a, b, value in ((m.start("num"), low_end + 1, q.low), (m.start("num2"), m.end(), q.high)):
        span = (a, b) if ctx.place is None else ctx.place(a, b)
        out.append(attrs.evolve(q, text=text[a:b], value=value, low=None, high=None, span=span))
    return out
