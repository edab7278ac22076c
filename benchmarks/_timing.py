"""Timing helpers of the benchmarks: interleaved rounds, and the min and median of them.

On a shared machine noise only ever adds time, and it comes in bursts: each round
times every figure once, in turn, so that a burst lands on zznews and on its peer
alike, and the figures are the fastest round (the least disturbed) and the median one.
The clock is the process's CPU time by default (:data:`CLOCKS`): the time the other
processes of the machine take the core from this one is not counted.
"""

from __future__ import annotations

import gc
import math
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from importlib import metadata

#: The clocks a figure can be timed with: this process's CPU time, or the wall clock.
CLOCKS: dict[str, Callable[[], float]] = {"cpu": time.process_time, "wall": time.perf_counter}

#: Seconds a batch of calls should last, so that a call of a few microseconds is
#: not all timer and noise (the time a call is the batch's over its calls).
BATCH = 0.01


def loops_for(fn: Callable[[], object], batch: float = BATCH) -> int:
    """How many calls of ``fn`` fill a batch of ``batch`` seconds (at least one).

    The first call warms up: imports, compiled patterns, caches.
    """
    fn()
    t0 = time.perf_counter()
    fn()
    once = time.perf_counter() - t0
    return max(1, math.ceil(batch / max(once, 1e-9)))


def batch_ms(fn: Callable[[], object], loops: int, clock: str = "cpu") -> float:
    """Milliseconds a call of ``fn``, over one batch of ``loops`` calls, by ``clock``."""
    now = CLOCKS[clock]
    gc.collect()
    t0 = now()
    for _ in range(loops):
        fn()
    return (now() - t0) / loops * 1e3


def interleaved(
    figures: Sequence[tuple[str, Callable[[], object]]],
    *,
    rounds: int,
    batch: float = BATCH,
    clock: str = "cpu",
) -> dict[str, list[float]]:
    """Each figure's time a call (ms) in each of ``rounds`` rounds, every figure once a round."""
    loops = {name: loops_for(fn, batch) for name, fn in figures}
    times: dict[str, list[float]] = {name: [] for name, _ in figures}
    for _ in range(rounds):
        for name, fn in figures:
            times[name].append(batch_ms(fn, loops[name], clock))
    return times


def best_ms(
    fn: Callable[[], object], *, rounds: int = 7, batch: float = BATCH, clock: str = "cpu"
) -> float:
    """The fastest of ``rounds`` batches of ``fn``, in milliseconds a call."""
    return min(interleaved([("fn", fn)], rounds=rounds, batch=batch, clock=clock)["fn"])


def min_median(samples: Sequence[float]) -> tuple[float, float]:
    """The fastest and the median of ``samples``.

    >>> min_median([3.0, 1.0, 2.0, 9.0])
    (1.0, 2.5)
    """
    return min(samples), statistics.median(samples)


def version(dist: str) -> str | None:
    """The installed version of the distribution ``dist``, or None when it is not installed."""
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return None


def python_version() -> str:
    """The interpreter, as ``CPython 3.11.7``."""
    impl = sys.implementation.name
    name = {"cpython": "CPython", "pypy": "PyPy"}.get(impl, impl)
    return f"{name} {sys.version.split()[0]}"
