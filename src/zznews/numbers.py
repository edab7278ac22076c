"""Chinese and Arabic numerals to exact numbers, and back.

:func:`parse_number` reads every way a Chinese newspaper writes a number: Arabic
digits (half- or full-width, with a decimal part or ``1,200`` thousands groups),
Chinese numerals in any legal combination of 十百千万亿 with 零/〇/两/廿/卅,
financial numerals, mixes (``3千``, ``1.5亿``) and digit-by-digit forms
(``二〇二五``). It returns an :class:`int` when the number is whole and a
:class:`~decimal.Decimal` otherwise; it never uses floats.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import reduce

from .model import Number
from .vocab.quantities import (
    ASCII_DIGIT_CHARS,
    ASCII_DIGITS,
    CN_DIGIT_WORDS,
    CONTRACTED_TENS,
    DIGITS,
    FULL_WIDTH_DIGIT_CHARS,
    MAGNITUDES,
    MAX_VALUE,
    SMALL_UNITS,
    THOUSANDS_SEPARATOR,
)

__all__ = ["exact", "parse_number", "to_chinese", "within_limit"]

#: Full-width digits and point, read as their ASCII forms.
_FULL_WIDTH = str.maketrans(FULL_WIDTH_DIGIT_CHARS + "．", ASCII_DIGIT_CHARS + ".")
#: ASCII digits written as their full-width forms.
_TO_FULL_WIDTH = str.maketrans(ASCII_DIGIT_CHARS, FULL_WIDTH_DIGIT_CHARS)


def either_width(pattern: str) -> str:
    """A regex of ASCII digits (``1[0-2] | 0?[1-9]``), then its full-width copy as more
    alternatives: a month or a day printed in either width, one table owning both.

    >>> either_width("1[0-2] | 0?[1-9]")
    '1[0-2] | 0?[1-9] | １[０-２] | ０?[１-９]'
    """
    return f"{pattern} | {pattern.translate(_TO_FULL_WIDTH)}"


_SEP = re.escape(THOUSANDS_SEPARATOR)

_ARABIC = re.compile(
    rf"""
    (?: [{ASCII_DIGITS}]{{1,3}} (?: {_SEP} [{ASCII_DIGITS}]{{3}} )+  # 1,200: three digits a group
      | [{ASCII_DIGITS}]+ )                    # or a plain run of digits
    (?: \. [{ASCII_DIGITS}]+ )?                # an optional decimal part
    """,
    re.VERBOSE,
)

_CN_DECIMAL = re.compile(
    rf"""
    (?P<whole> [^点]+ )                                 # the whole part, any numeral but a decimal
    点                                                  # the Chinese decimal point
    (?P<fraction> [{"".join(DIGITS)}]+ )                # the fraction, digit by digit
    (?P<scale> [{"".join(SMALL_UNITS)}{"".join(MAGNITUDES)}]* )  # a magnitude after it (三点五亿)
    """,
    re.VERBOSE,
)

_TOKEN = re.compile(
    rf"""
    (?P<arabic> {_ARABIC.pattern} )   # an Arabic number inside a mix (1.5亿, 3千, 1,200万)
    | (?P<char> . )                  # or one Chinese numeral character
    """,
    re.VERBOSE | re.DOTALL,
)

_DIGIT_WORDS = CN_DIGIT_WORDS


def exact(value: Decimal | int) -> Number:
    """``value`` as an :class:`int` when it is whole, else the :class:`~decimal.Decimal`.

    >>> exact(Decimal("150000000.0")), exact(Decimal("0.5")), exact(7)
    (150000000, Decimal('0.5'), 7)
    """
    if isinstance(value, int):
        return value
    return int(value) if value == value.to_integral_value() else value


def parse_number(text: str) -> Number:
    """The exact value of a numeral; :class:`ValueError` when ``text`` is not one.

    Arabic numbers, with full-width digits, decimals and thousands groups:

    >>> parse_number("30"), parse_number("１２"), parse_number("1,200"), parse_number("2.50")
    (30, 12, 1200, Decimal('2.50'))

    Chinese numerals, with 零, 两, 廿 and contracted forms (``一万五`` is 15 000):

    >>> parse_number("一万零五百"), parse_number("十二"), parse_number("两千三百万")
    (10500, 12, 23000000)
    >>> parse_number("一亿二千万"), parse_number("廿五"), parse_number("一万五")
    (120000000, 25, 15000)

    Financial numerals, mixes of Arabic digits and magnitudes, digit by digit:

    >>> parse_number("壹佰贰拾"), parse_number("3千"), parse_number("1.5亿")
    (120, 3000, 150000000)
    >>> parse_number("二〇二五")
    2025
    >>> parse_number("三点五万")
    35000
    >>> parse_number("一点一点一")
    Traceback (most recent call last):
    ...
    ValueError: not a numeral: '一点一点一'

    A numeral past :data:`~zznews.vocab.quantities.MAX_VALUE` is refused too:

    >>> parse_number("三点五" + "亿" * 5)
    Traceback (most recent call last):
    ...
    ValueError: not a numeral: '三点五亿亿亿亿亿'
    >>> parse_number("曹四村")
    Traceback (most recent call last):
    ...
    ValueError: not a numeral: '曹四村'
    """
    if text.isascii() and text.isdigit():
        return int(text)  # the common case, read at once
    s = text.strip().translate(_FULL_WIDTH)
    for short, spelled in CONTRACTED_TENS.items():
        s = s.replace(short, spelled)
    if not s or not within_limit(s):
        raise ValueError(f"not a numeral: {text!r}")
    if _ARABIC.fullmatch(s):
        return exact(Decimal(s.replace(THOUSANDS_SEPARATOR, "")))
    try:
        if "点" in s:
            return exact(_chinese_decimal(s))
        if all(c in DIGITS for c in s):
            return int("".join(str(DIGITS[c]) for c in s))
        return exact(_structured(s))
    except ValueError:
        raise ValueError(f"not a numeral: {text!r}") from None


#: The most digits a value within :data:`MAX_VALUE` is written with.
_MAX_EXPONENT = len(str(MAX_VALUE))


def within_limit(s: str) -> bool:
    """Whether ``s`` may stay within :data:`MAX_VALUE`, judged before any product is
    formed: its magnitude words' powers of ten, its longest run of digits and the four
    places of a group below 万 bound its number of digits from above.

    >>> within_limit("三点五亿亿亿"), within_limit("五亿六千一百二十六万一千一百零一")
    (True, True)
    >>> within_limit("三点五" + "亿" * 4), within_limit("1" * 40)
    (False, False)
    """
    exponent = run = longest = 0
    for c in s:
        run = run + 1 if c.isdigit() or c in DIGITS else 0
        longest = max(longest, run)
        if c in MAGNITUDES:
            exponent += len(str(MAGNITUDES[c])) - 1
            if exponent > _MAX_EXPONENT:
                return False  # (stops early: 亿 repeated thousands of times)
    return exponent + longest + _GROUP_PLACES <= _MAX_EXPONENT


#: The places of a group below 万 (个十百千).
_GROUP_PLACES = 4


def _chinese_decimal(s: str) -> Decimal:
    """``三点五亿`` → 350 000 000: a whole part, a point, digits, an optional scale."""
    m = _CN_DECIMAL.fullmatch(s)
    if m is None:
        raise ValueError(s)
    whole = parse_number(m["whole"])
    fraction = Decimal("0." + "".join(str(DIGITS[c]) for c in m["fraction"]))
    scale = reduce(lambda a, c: a * _place(c), m["scale"], 1)
    return (Decimal(whole) + fraction) * scale


def _place(c: str) -> int:
    """The value of a place or magnitude word (十 → 10, 万 → 10 000)."""
    return SMALL_UNITS.get(c) or MAGNITUDES[c]


def _structured(s: str) -> Decimal | int:
    """A numeral with place words: groups below 万, between 万 and 亿, and of 亿."""
    total: Decimal | int = 0  # the completed 亿 groups, already scaled
    wan: Decimal | int = 0  # the completed 万 group of the current 亿 group, scaled
    section: Decimal | int = 0  # the part below 万
    digit: Decimal | int | None = None  # a digit waiting for its place word
    last_small = 10**5  # place words must descend within a group (三千五百, not 三十五百)
    last_place = 1  # a trailing digit takes a tenth of the place before it (一万五)
    seen_wan = False  # one 万 per 亿 group
    started = False  # a bare 万/十/百 counts as one only at the start (万余元, 百余名)
    for m in _TOKEN.finditer(s):
        if m["arabic"]:
            if digit is not None:
                raise ValueError(s)
            digit = exact(Decimal(m["arabic"].replace(THOUSANDS_SEPARATOR, "")))
        elif (c := m["char"]) in DIGITS:
            if digit is not None:
                raise ValueError(s)  # two digits in a row need a place word between them
            if DIGITS[c] == 0:
                last_place = 1  # after 零 a digit is a plain unit (一百零五)
            else:
                digit = DIGITS[c]
        elif c in SMALL_UNITS:
            unit = SMALL_UNITS[c]
            if unit >= last_small:
                raise ValueError(s)
            section += (1 if digit is None else digit) * unit
            digit, last_small, last_place = None, unit, unit
        elif c in MAGNITUDES:
            is_wan = MAGNITUDES[c] == 10**4
            group = section + (digit or 0) + (0 if is_wan else wan)
            if not group:
                if started:
                    raise ValueError(s)  # 一亿万: a magnitude with nothing before it
                group = 1
            if is_wan:
                if seen_wan:
                    raise ValueError(s)
                wan, seen_wan = group * 10**4, True
            else:
                total += group * 10**8  # 一万亿 is (一万) 亿
                wan, seen_wan = 0, False
            section, digit, last_small, last_place = 0, None, 10**5, MAGNITUDES[c]
        else:
            raise ValueError(s)
        started = True
    tail = 0 if digit is None else digit * max(last_place // 10, 1)
    return total + wan + section + tail


def to_chinese(n: int, *, liang: bool = False) -> str:
    """``n`` written in Chinese numerals, with 零 where a place is skipped.

    With ``liang`` a 2 before 百, 千, 万 or 亿 is written 两 (``两千``), as people write;
    otherwise 二. The result reads back with :func:`parse_number`.

    >>> to_chinese(10500), to_chinese(12), to_chinese(23000000, liang=True)
    ('一万零五百', '十二', '两千三百万')
    >>> to_chinese(120000000), to_chinese(1000000000000), to_chinese(100010)
    ('一亿二千万', '一万亿', '十万零一十')
    """
    if n < 0:
        raise ValueError(f"negative: {n}")
    return "零" if n == 0 else _to_chinese(n, liang, leading=True)


def _to_chinese(n: int, liang: bool, *, leading: bool) -> str:
    """``n`` > 0 in Chinese numerals; ``leading`` drops the 一 of a leading 一十."""
    for scale, word in ((10**8, "亿"), (10**4, "万")):
        if n >= scale:
            head, rest = divmod(n, scale)
            text = (
                "两" if liang and head == 2 else _to_chinese(head, liang, leading=leading)
            ) + word
            if rest:
                text += ("零" if rest < scale // 10 else "") + _to_chinese(
                    rest, liang, leading=False
                )
            return text
    parts: list[str] = []
    gap = False
    for place, word in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        d = n // place % 10
        if d == 0:
            gap = gap or bool(parts)
            continue
        if gap:
            parts.append("零")
            gap = False
        if place == 10 and d == 1 and leading and not parts:
            parts.append("十")
        else:
            parts.append(("两" if liang and d == 2 and place >= 100 else _DIGIT_WORDS[d]) + word)
    return "".join(parts)
