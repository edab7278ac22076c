"""zznews against chinese2digits on the same page, in the same run.

Run it as ``python benchmarks/compare.py``. It times, on the sample page:

* ``zznews.parse`` (structure, quantities and dates: the whole model),
* ``zznews.extract_quantities`` alone on the page's text,
* ``zznews.parse`` on the page 16 times over (and the time a page there),
* ``chinese2digits.takeNumberFromString`` (numbers only) when it is installed,

and prints the ratio of a full parse to chinese2digits. The goal is a ratio of
at most 0.2; ``--check`` exits with status 1 when it is above ``--goal``.
Each figure is the fastest of several runs: on a shared machine noise only adds.
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from _inputs import SCALE, sample

import zznews


def best_ms(fn: Callable[[], object], *, budget: float = 1.0, least: int = 10) -> float:
    """The fastest run of ``fn`` in milliseconds, over ``budget`` seconds and ``least`` runs."""
    fn()  # warm up: imports, compiled patterns, caches
    gc.collect()
    best = float("inf")
    runs = 0
    start = time.perf_counter()
    while runs < least or time.perf_counter() - start < budget:
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
        runs += 1
    return best * 1e3


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="exit 1 when the ratio is above --goal")
    ap.add_argument("--goal", type=float, default=0.2, help="the ratio to chinese2digits to meet")
    ap.add_argument("--budget", type=float, default=1.0, help="seconds to spend on each figure")
    args = ap.parse_args(argv)

    page, big = sample(), sample(SCALE)
    rows: list[tuple[str, float]] = []
    parse_ms = best_ms(lambda: zznews.parse(page), budget=args.budget)
    rows.append(("zznews.parse, sample page", parse_ms))
    rows.append(
        ("zznews.extract_quantities, page text", best_ms(lambda: zznews.extract_quantities(page)))
    )
    big_ms = best_ms(lambda: zznews.parse(big), budget=args.budget, least=3)
    rows.append((f"zznews.parse, page {SCALE}x over", big_ms))
    rows.append((f"  … a page of the {SCALE}x text", big_ms / SCALE))
    try:
        from chinese2digits import takeNumberFromString  # type: ignore[import-untyped]
    except ImportError:
        c2d_ms = None
    else:
        c2d_ms = best_ms(lambda: takeNumberFromString(page), budget=args.budget)
        rows.append(("chinese2digits.takeNumberFromString, page", c2d_ms))

    print(f"sample page: {len(page)} characters, {page.count(chr(10)) + 1} lines")
    for name, ms in rows:
        print(f"{name:44s} {ms:9.3f} ms")
    if c2d_ms is None:
        print("chinese2digits is not installed (pip install chinese2digits): no ratio")
        return 0
    ratio = parse_ms / c2d_ms
    print(f"ratio parse / chinese2digits: {ratio:.2f} (goal <= {args.goal})")
    return 1 if args.check and ratio > args.goal else 0


if __name__ == "__main__":
    sys.exit(main())
