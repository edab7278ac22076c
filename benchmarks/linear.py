"""Cost is linear in the input: time 1x and 16x inputs, print the growth factors.

Run it as ``python benchmarks/linear.py`` (``--only WORD`` for the inputs whose name
holds WORD). Linear cost means 16 times the text costs about 16 times the time;
the script exits with status 1 if any input grows by more than ``--limit``
(default 17: a little noise above 16, as a small input carries fixed costs that
keep most growths below 16); an input over the limit is timed again (``--retries``,
2) and its lowest growth kept, as noise lands on one run and a superlinear cost on
all. Times are the process's CPU time, each call cold (no numeral read before is
remembered). The 16x hostile inputs are the sizes the issues
name (20,000 digits, 40,000 blank lines, a 100 KB line, 16,000 伍 …); besides
``zznews.parse`` the script times :func:`zznews.extract_quantities` and the
dateline reader on the inputs that broke them.
"""

from __future__ import annotations

import argparse
import gc
import math
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from _inputs import HOSTILE, HOSTILE_CALLS, SCALE, sample

import zznews
from zznews import quantities

#: Each timing repeats a call until the small input's run lasts this long (seconds),
#: so that a call of a few microseconds is not all timer and noise.
_RUN_MIN = 1e-3
#: A big input slower than this (seconds) is timed in fewer rounds: it is the
#: superlinear case, and one or two runs say so.
_SLOW = 1.0


def _cold() -> None:
    """Forget the numerals read before, as for a new page: a cached reading would
    hide the cost of the first (a huge product of 亿 is computed once, then looked up)."""
    read_count = getattr(quantities, "read_count", None)
    if read_count is not None and hasattr(read_count, "cache_clear"):
        read_count.cache_clear()


def _time(func: Callable[[str], object], text: str, loops: int) -> float:
    """CPU seconds of this process for ``loops`` cold calls of ``func`` on ``text``.

    CPU time, not wall time: on a shared machine other processes' load would
    otherwise land in the figures (a 1x and a 16x run rarely meet the same load)."""
    gc.collect()
    total = 0.0
    for _ in range(loops):
        _cold()
        t0 = time.process_time()
        func(text)
        total += time.process_time() - t0
    return total


def best_pair(
    small: str, big: str, *, func: Callable[[str], object] = zznews.parse, rounds: int = 7
) -> tuple[float, float]:
    """The fastest call of ``func`` on ``small`` and on ``big`` (seconds), timed in turn.

    Alternating the two keeps a burst of load on a shared machine from landing on
    one size only; the minimum is the run that noise touched least.
    """
    once = _time(func, small, 1)
    loops = max(1, math.ceil(_RUN_MIN / max(once, 1e-9)))
    best = [float("inf"), float("inf")]
    for r in range(rounds):
        for i, text in enumerate((small, small, big)):
            k = 0 if i < 2 else 1
            best[k] = min(best[k], _time(func, text, loops) / loops)
        if best[1] > 10 * _SLOW or (r >= 1 and best[1] > _SLOW):
            break  # (superlinear, plainly: more rounds would take minutes to say so)
    return best[0], best[1]


def _cases() -> dict[str, tuple[Callable[[str], object], Callable[[int], str]]]:
    """Every input: the function timed and the text as a function of the size factor."""
    parse: Callable[[str], object] = zznews.parse
    return {
        "sample page": (parse, sample),
        **{name: (parse, make) for name, make in HOSTILE.items()},
        **HOSTILE_CALLS,
    }


def _growth(
    small: str, big: str, func: Callable[[str], object], limit: float, retries: int
) -> tuple[float, float, int]:
    """The pair of times with the lowest growth, and how many times the pair was timed.

    A pair over ``limit`` is timed again, up to ``retries`` times: a burst of load on a
    shared machine lands on one run and not the next, a superlinear cost on every run.
    """
    t1, t16 = best_pair(small, big, func=func)
    tries = 1
    while t16 / t1 > limit and tries <= retries and t16 < 10 * _SLOW:
        r1, r16 = best_pair(small, big, func=func)
        if r16 / r1 < t16 / t1:
            t1, t16 = r1, r16
        tries += 1
    return t1, t16, tries


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=float, default=17.0, help="largest growth factor allowed")
    ap.add_argument("--only", default="", help="time only the inputs whose name holds this")
    ap.add_argument(
        "--retries", type=int, default=2, help="times an input over the limit is retimed"
    )
    args = ap.parse_args(argv)
    cases = {k: v for k, v in _cases().items() if args.only in k}
    print(f"{'input':40s} {'1x ms':>9s} {f'{SCALE}x ms':>10s} {'chars':>9s} {'growth':>7s}")
    worst = ("", 0.0)
    over = []
    for name, (func, make) in cases.items():
        small, big = make(1), make(SCALE)
        t1, t16, tries = _growth(small, big, func, args.limit, args.retries)
        growth = t16 / t1
        if growth > worst[1]:
            worst = (name, growth)
        if growth > args.limit:
            over.append(name)
        flag = "  <- over the limit" if growth > args.limit else ""
        flag += f"  (timed {tries} times, the lowest growth kept)" if tries > 1 else ""
        print(f"{name:40s} {t1 * 1e3:9.3f} {t16 * 1e3:10.2f} {len(big):9d} {growth:7.1f}{flag}")
    print(f"slowest growth: {worst[0]} x{worst[1]:.1f} for {SCALE}x the text (limit {args.limit})")
    if over:
        print(f"over the limit: {', '.join(over)}")
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
