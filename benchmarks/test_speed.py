"""pytest-benchmark timings: ``pytest benchmarks --benchmark-enable``.

Not part of the default test run (``testpaths`` is ``tests``); the same figures,
with the ratio to chinese2digits, come from ``python benchmarks/compare.py``. The
last tests run each script once, briefly, so that CI notices one that stops working
(no figure is asserted).
"""

from __future__ import annotations

import json
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


# --- the scripts run (CI runs this file; no figure is asserted, the machine is shared) ---


def test_compare_runs(capsys: pytest.CaptureFixture[str]) -> None:
    import compare

    assert compare.main(["--rounds", "1"]) == 0
    out = capsys.readouterr().out
    assert "zznews.parse / chinese2digits" in out and "min" in out and "median" in out


def test_stages_runs(capsys: pytest.CaptureFixture[str]) -> None:
    import stages

    assert stages.main(["--runs", "2", "--json"]) == 0
    got = json.loads(capsys.readouterr().out)
    names = {row["stage"] for row in got["stages"]}
    assert {"quantities", "dates", "classify", "model"} <= names
    assert got["regex_calls"] > 0  # (the recorded parse gave the same model as a plain one)
    # (a renamed entry function is a note, not a failure: the profile still runs)
    print("\n".join(got["notes"]))


def test_floor_runs(capsys: pytest.CaptureFixture[str]) -> None:
    import floor

    assert floor.main(["--rounds", "1"]) == 0
    assert "the floor (the scan and the model)" in capsys.readouterr().out
