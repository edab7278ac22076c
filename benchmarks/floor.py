"""The floor of a parse: what any pure-Python parser building this model must pay.

Run it as ``python benchmarks/floor.py``. On the sample page it times, side by
side in rounds (as ``compare.py`` does):

* one character-class scan of the whole page for digits and Chinese numerals
  (one stdlib ``re`` ``finditer``, every match taken): the least that finding the
  numbers costs, with none of zznews' own patterns (whose cost is the parse's,
  not the floor's),
* building the frozen model: every attrs object of the page's
  :class:`~zznews.Document` (pages, articles, bylines, photos, parts, quantities,
  dates …, as many as a real parse makes) made again directly from a finished
  parse's field values, children first,
* the full ``zznews.parse``, and ``chinese2digits.takeNumberFromString`` when it is
  installed,

and prints the floor (the scan plus the model) against the parse and against the
goal of issue 13 (a parse in at most ``--goal`` of chinese2digits' time). For
reference it also times zznews' own quantity and date scans, which are part of
the parse and not of the floor.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs

sys.path.insert(0, str(Path(__file__).parent))

from _inputs import sample
from _timing import interleaved, min_median, python_version, version

import zznews

#: Digits (ASCII and full-width) and Chinese numerals, plain and financial: one class.
NUMERALS = re.compile(
    r"""(?x)
    [0-9０-９〇零一二三四五六七八九十百千万亿两壹贰叁肆伍陆柒捌玖拾佰仟]+  # one run of them
    """
)

SCAN = "one scan for digits and numerals (re)"
MODEL = "building the frozen model"
PARSE = "zznews.parse, the whole parse"
C2D = "chinese2digits.takeNumberFromString"
OWN_Q = "(zznews' quantity pattern's scan)"
OWN_D = "(zznews' date pattern's scan)"


def model_objects(doc: zznews.Document) -> list[tuple[type[Any], tuple[Any, ...]]]:
    """Every attrs object under ``doc`` with its init arguments, children first."""
    made: list[tuple[type[Any], tuple[Any, ...]]] = []

    def walk(obj: object) -> None:
        cls = type(obj)
        if attrs.has(cls):
            fields = attrs.fields(cls)
            for f in fields:
                walk(getattr(obj, f.name))
            made.append((cls, tuple(getattr(obj, f.name) for f in fields if f.init)))
        elif isinstance(obj, tuple):
            for item in obj:
                walk(item)

    walk(doc)
    return made


def _pattern(module: object, builder: str, constant: str) -> Any:
    """A module's compiled pattern: from its per-vocabulary builder, else its constant."""
    build = getattr(module, builder, None)
    return build() if build is not None else getattr(module, constant, None)


def _own_scans(page: str) -> list[tuple[str, Callable[[], object]]]:
    """zznews' own scanning patterns, when they are where they were (for reference)."""
    from zznews import dates, quantities

    found = []
    for name, pattern in (
        (OWN_Q, _pattern(quantities, "_quantity_pattern", "_QUANTITY")),
        (OWN_D, getattr(dates, "_ATOM", None)),
    ):
        if pattern is not None:
            found.append((name, lambda p=pattern: list(p.finditer(page))))
    return found


def figures(page: str) -> tuple[list[tuple[str, Callable[[], object]]], str]:
    """The figures timed, and a line saying what the model is made of."""
    objects = model_objects(zznews.parse(page))
    kinds = Counter(cls.__name__ for cls, _ in objects)
    made = ", ".join(f"{n} {name}" for name, n in kinds.most_common())
    timed: list[tuple[str, Callable[[], object]]] = [
        (SCAN, lambda: list(NUMERALS.finditer(page))),
        (MODEL, lambda: [cls(*values) for cls, values in objects]),
        (PARSE, lambda: zznews.parse(page)),
    ]
    try:
        from chinese2digits import takeNumberFromString  # type: ignore[import-untyped]
    except ImportError:
        pass
    else:
        timed.append((C2D, lambda: takeNumberFromString(page)))
    return timed + _own_scans(page), f"the model: {len(objects)} objects ({made})"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--goal", type=float, default=1.0, help="the ratio to chinese2digits")
    ap.add_argument("--rounds", type=int, default=15, help="rounds of every figure")
    ap.add_argument("--clock", choices=("cpu", "wall"), default="cpu", help="CPU or wall time")
    args = ap.parse_args(argv)

    page = sample()
    timed, made = figures(page)
    times = {
        name: min_median(ts)
        for name, ts in interleaved(timed, rounds=args.rounds, clock=args.clock).items()
    }
    matches = sum(1 for _ in NUMERALS.finditer(page))
    c2d = version("chinese2digits")
    print(f"zznews {zznews.__version__} on {python_version()}; chinese2digits {c2d or 'missing'}")
    print(f"sample page: {len(page)} characters, {matches} runs of digits and numerals; {made}")
    print(f"{'figure':44s} {'min ms':>9s} {'median ms':>10s}")
    for name, (low, mid) in times.items():
        print(f"{name:44s} {low:9.3f} {mid:10.3f}")
    floor = times[SCAN][0] + times[MODEL][0]
    parse = times[PARSE][0]
    print(f"{'the floor (the scan and the model)':44s} {floor:9.3f}")
    print(f"zznews.parse is {parse / floor:.1f} times the floor (fastest rounds)")
    if C2D not in times:
        print("chinese2digits is not installed (pip install --group bench): no goal")
        return 0
    goal = args.goal * times[C2D][0]
    print(
        f"the goal, {args.goal:g} of chinese2digits: {goal:.3f} ms; the floor is "
        f"{floor / goal * 100:.0f} % of it, {goal - floor:.3f} ms left for the judging "
        f"(the parse spends {parse - floor:.3f} ms there)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
