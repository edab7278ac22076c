"""pytest-benchmark timings: ``pytest benchmarks --benchmark-enable``.

Not part of the default test run (``testpaths`` is ``tests``); the same figures,
with the ratio to chinese2digits, come from ``python benchmarks/compare.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from _inputs import HOSTILE, SCALE, sample

import zznews

PAGE = sample()
BIG = sample(SCALE)


def test_parse_page(benchmark: Any) -> None:
    benchmark(zznews.parse, PAGE)


def test_extract_quantities_page(benchmark: Any) -> None:
    benchmark(zznews.extract_quantities, PAGE)


def test_extract_dates_page(benchmark: Any) -> None:
    benchmark(zznews.extract_dates, PAGE, issue_date=zznews.SAMPLE_ISSUE_DATE)


def test_to_json_page(benchmark: Any) -> None:
    benchmark(zznews.to_json, zznews.parse(PAGE))


def test_parse_page_16x(benchmark: Any) -> None:
    benchmark(zznews.parse, BIG)


def test_chinese2digits_page(benchmark: Any) -> None:
    c2d = pytest.importorskip("chinese2digits")
    benchmark(c2d.takeNumberFromString, PAGE)


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_parse_hostile_16x(benchmark: Any, name: str) -> None:
    benchmark(zznews.parse, HOSTILE[name](SCALE))
