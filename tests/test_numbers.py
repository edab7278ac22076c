"""Numerals: every written form reads back to its exact value."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zznews.numbers import exact, parse_number, to_chinese


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # Arabic digits, half- and full-width, with decimals
        ("30", 30),
        ("0", 0),
        ("１２", 12),
        ("１．５", Decimal("1.5")),
        ("2.50", Decimal("2.50")),
        ("3.0", 3),
        # thousands groups: exactly three digits after each comma
        ("1,200", 1200),
        ("12,345,678", 12345678),
        ("1,200.5", Decimal("1200.5")),
        # Chinese numerals
        ("五", 5),
        ("十", 10),
        ("十二", 12),
        ("二十", 20),
        ("一十五", 15),
        ("一百零五", 105),
        ("一千零五十", 1050),
        ("一万零五百", 10500),
        ("十万零一十", 100010),
        ("两千三百万", 23000000),
        ("一亿二千万", 120000000),
        ("一亿零一万", 100010000),
        ("一万亿", 1000000000000),
        ("三万亿", 3000000000000),
        ("〇", 0),
        ("零", 0),
        # bare place words, as in 百余名, 万余元
        ("百", 100),
        ("万", 10000),
        ("百万", 1000000),
        # contracted forms people write
        ("一万五", 15000),
        ("两千三", 2300),
        ("一百五", 150),
        # 廿 and 卅
        ("廿", 20),
        ("廿五", 25),
        ("卅一", 31),
        # 两 anywhere it means 2
        ("两", 2),
        ("两百", 200),
        ("两万两千", 22000),
        # financial numerals
        ("壹佰贰拾", 120),
        ("伍仟", 5000),
        ("叁萬", 30000),
        # mixes of Arabic numbers and magnitudes
        ("3千", 3000),
        ("6万", 60000),
        ("1.2万", 12000),
        ("1.5亿", 150000000),
        ("3千万", 30000000),
        ("3万5千", 35000),
        ("1,200万", 12000000),
        ("0.5万", 5000),
        ("1.25万", 12500),
        ("1.23456万", Decimal("12345.6")),
        # Chinese decimals
        ("三点五", Decimal("3.5")),
        ("三点五亿", 350000000),
        ("十二点五万", 125000),
        # digit by digit
        ("二〇二五", 2025),
        ("一九九八", 1998),
        ("二零零六", 2006),
    ],
)
def test_parse_number(text: str, value: int | Decimal) -> None:
    got = parse_number(text)
    assert got == value
    assert type(got) is type(value)  # int when whole, Decimal otherwise


@pytest.mark.parametrize(
    "text",
    [
        "",
        "曹四村",
        "二维码",
        "十十",
        "三十五百",
        "一万二万",
        "一亿万",
        "1,2000",
        "1,20",
        "12,34",
        "百分",
        "3.",
        "abc",
    ],
)
def test_parse_number_rejects(text: str) -> None:
    with pytest.raises(ValueError):
        parse_number(text)


def test_float_never_leaks() -> None:
    assert parse_number("0.1") + parse_number("0.2") == Decimal("0.3")


def test_exact() -> None:
    assert exact(Decimal("150000000.0")) == 150000000
    assert isinstance(exact(Decimal("150000000.0")), int)
    assert exact(Decimal("0.25")) == Decimal("0.25")


@pytest.mark.parametrize(
    ("n", "liang", "text"),
    [
        (0, False, "零"),
        (10, False, "十"),
        (15, False, "十五"),
        (110, False, "一百一十"),
        (1005, False, "一千零五"),
        (10500, False, "一万零五百"),
        (2000, True, "两千"),
        (2000, False, "二千"),
        (22, True, "二十二"),
        (20000, True, "两万"),
        (200000000, True, "两亿"),
        (120000000, False, "一亿二千万"),
        (100010000, False, "一亿零一万"),
    ],
)
def test_to_chinese(n: int, liang: bool, text: str) -> None:
    assert to_chinese(n, liang=liang) == text


@given(st.integers(min_value=0, max_value=10**12), st.booleans())
def test_chinese_numerals_round_trip(n: int, liang: bool) -> None:
    written = to_chinese(n, liang=liang)
    assert parse_number(written) == n


@given(st.integers(min_value=0, max_value=10**15))
def test_arabic_round_trip(n: int) -> None:
    assert parse_number(str(n)) == n
    assert parse_number(f"{n:,}") == n  # with thousands groups
