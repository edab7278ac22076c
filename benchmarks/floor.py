"""The fixed costs of a parse: what any pure-Python parser building this model pays.

Run it as ``python benchmarks/floor.py``. On the sample page it times, each alone:

* building the model's objects (the :class:`~zznews.Document` of the page, every
  frozen object of it made again from its field values: no parsing at all),
* the quantity scan (the pattern's matches over the page, nothing done with them),
* the date scan (likewise),

adds them up, and sets the sum against the goal of issue 5 (a full parse in at
most a fifth of ``chinese2digits.takeNumberFromString``'s time). What is left of
the goal after these costs is all there is for the judging itself: splitting,
folding and telling the lines, bylines, articles, photos, and each quantity
candidate and date. The script prints that budget per unit of work.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

import attrs

sys.path.insert(0, str(Path(__file__).parent))

from _inputs import sample
from compare import best_ms

import zznews
from zznews import dates, quantities


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


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--goal", type=float, default=0.2, help="the ratio to chinese2digits")
    args = ap.parse_args(argv)

    page = sample()
    doc = zznews.parse(page)
    objects = model_objects(doc)
    lines = sum(1 for line in page.splitlines() if line.strip())
    candidates = sum(1 for _ in quantities._QUANTITY.finditer(page))
    mentions = sum(len(a.dates) for a in doc.articles)

    rows = [
        (
            f"building the model's {len(objects)} objects",
            best_ms(lambda: [cls(*values) for cls, values in objects]),
        ),
        (
            f"the quantity scan ({candidates} candidates)",
            best_ms(lambda: list(quantities._QUANTITY.finditer(page))),
        ),
        ("the date scan", best_ms(lambda: list(dates._ATOM.finditer(page)))),
    ]
    floor = sum(ms for _, ms in rows)
    parse_ms = best_ms(lambda: zznews.parse(page))
    print(f"sample page: {len(page)} characters, {lines} non-blank lines")
    for name, ms in rows:
        print(f"{name:44s} {ms:9.3f} ms")
    print(f"{'fixed costs, together':44s} {floor:9.3f} ms")
    print(f"{'zznews.parse, the whole parse':44s} {parse_ms:9.3f} ms")
    try:
        from chinese2digits import takeNumberFromString  # type: ignore[import-untyped]
    except ImportError:
        print("chinese2digits is not installed (pip install chinese2digits): no goal")
        return 0
    goal = args.goal * best_ms(lambda: takeNumberFromString(page))
    left = goal - floor
    units = lines + candidates + mentions
    print(f"{'the goal (ratio ' + str(args.goal) + ' to chinese2digits)':44s} {goal:9.3f} ms")
    print(
        f"left for the judging: {left:.3f} ms for {lines} lines, {candidates} candidates "
        f"and {mentions} dates, {max(left, 0) / units * 1e3:.2f} µs each"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
