"""zznews against its peers on the same page, side by side in one run.

Run it as ``python benchmarks/compare.py``. It times, on the sample page:

* ``zznews.parse`` (structure, quantities and dates: the whole model),
* ``zznews.extract_quantities`` and ``zznews.extract_dates`` alone on the page's text,
* ``zznews.parse`` on the page 16 times over (and the time a page there),
* the JSON of the parse (``to_json``: ``converter.unstructure`` then ``json.dumps``),
* ``chinese2digits.takeNumberFromString`` (numbers only) and jionlp's
  ``extract_time`` (dates only), each when it is installed,

in rounds (every figure once a round, in turn, so that noise hits zznews and its
peers alike) and prints the fastest and the median round of each, the peers'
versions and the Python version, and the ratios against the goals of issue 13:
a full parse at most 1.0 of chinese2digits' time (0.8 the stretch),
``extract_quantities`` at most 0.25 of it, the 16x page at most 16.5 times one page.
``--check`` exits with status 1 when any goal is missed (or cannot be judged,
chinese2digits missing); ``--by median`` judges the medians instead of the minimums.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from _inputs import SCALE, sample
from _timing import best_ms, interleaved, min_median, python_version, version

import zznews

__all__ = ["best_ms", "main"]  # (best_ms: floor.py and older scripts import it from here)

PARSE = "zznews.parse, sample page"
QUANTITIES = "zznews.extract_quantities, page text"
DATES = "zznews.extract_dates, page text"
BIG = f"zznews.parse, page {SCALE}x over"
JSON = "zznews.to_json of the parse"
UNSTRUCTURE = "  … converter.unstructure"
DUMPS = "  … json.dumps"
C2D = "chinese2digits.takeNumberFromString, page"
JIONLP = "jionlp.extract_time, page"

#: Issue 13's goals besides the parse's (``--goal``): extract_quantities against
#: chinese2digits, and the page 16 times over against one page.
QUANTITIES_GOAL = 0.25
GROWTH_GOAL = SCALE + 0.5

#: What issue 13 measured for jionlp's extract_time where it was installed (ms,
#: and zznews.extract_dates' ratio to it), cited when it is not installed here.
JIONLP_CITED = (20.7, 0.019)


def _peers(page: str) -> list[tuple[str, Callable[[], object]]]:
    """The peers' figures, for those installed."""
    figures: list[tuple[str, Callable[[], object]]] = []
    try:
        from chinese2digits import takeNumberFromString  # type: ignore[import-untyped]
    except ImportError:
        pass
    else:
        figures.append((C2D, lambda: takeNumberFromString(page)))
    try:
        import jionlp  # type: ignore[import-untyped]
    except ImportError:
        pass
    else:
        extract_time = getattr(jionlp, "extract_time", None) or jionlp.ner.extract_time
        figures.append((JIONLP, lambda: extract_time(page)))
    return figures


def figures(page: str, big: str) -> list[tuple[str, Callable[[], object]]]:
    """Every figure timed: zznews' and its installed peers', in the order of a round."""
    doc = zznews.parse(page)
    data = zznews.converter.unstructure(doc)
    ours: list[tuple[str, Callable[[], object]]] = [
        (PARSE, lambda: zznews.parse(page)),
        (QUANTITIES, lambda: zznews.extract_quantities(page)),
        (DATES, lambda: zznews.extract_dates(page, issue_date=zznews.SAMPLE_ISSUE_DATE)),
        (BIG, lambda: zznews.parse(big)),
        (JSON, lambda: zznews.to_json(doc)),
        (UNSTRUCTURE, lambda: zznews.converter.unstructure(doc)),
        (DUMPS, lambda: json.dumps(data, ensure_ascii=False)),
    ]
    return ours + _peers(page)


def _versions() -> str:
    """zznews', the peers' and the interpreter's versions, one line."""
    peers = ", ".join(f"{d} {version(d) or 'not installed'}" for d in ("chinese2digits", "jionlp"))
    return f"zznews {zznews.__version__} on {python_version()}; peers: {peers}"


def ratios(
    times: dict[str, list[float]], goal: float, stretch: float
) -> list[tuple[str, tuple[float, float] | None, float | None, float | None, str]]:
    """Each ratio as (name, (of the minimums, of the medians) or None, goal, stretch, note)."""
    stats = {name: min_median(ts) for name, ts in times.items()}

    def ratio(a: str, b: str) -> tuple[float, float] | None:
        if a not in stats or b not in stats:
            return None
        return stats[a][0] / stats[b][0], stats[a][1] / stats[b][1]

    cited_ms, cited = JIONLP_CITED
    dates_note = (
        ""
        if JIONLP in stats
        else (f"jionlp not installed: issue 13 measured {cited} (extract_time {cited_ms} ms)")
    )
    return [
        ("zznews.parse / chinese2digits", ratio(PARSE, C2D), goal, stretch, ""),
        ("extract_quantities / chinese2digits", ratio(QUANTITIES, C2D), QUANTITIES_GOAL, None, ""),
        (f"parse {SCALE}x / parse 1x", ratio(BIG, PARSE), GROWTH_GOAL, None, ""),
        ("extract_dates / jionlp extract_time", ratio(DATES, JIONLP), None, None, dates_note),
    ]


def _verdict(judged: float, goal: float | None, stretch: float | None) -> str:
    """What the ratio judged says of its goal (and stretch goal).

    >>> _verdict(0.9, 1.0, 0.8), _verdict(1.2, 1.0, None), _verdict(0.5, None, None)
    ('<= 1 met, stretch <= 0.8 missed', '<= 1 MISSED', '')
    """
    if goal is None:
        return ""
    said = f"<= {goal:g} {'met' if judged <= goal else 'MISSED'}"
    if stretch is not None:
        said += f", stretch <= {stretch:g} {'met' if judged <= stretch else 'missed'}"
    return said


def report(
    times: dict[str, list[float]], args: argparse.Namespace, page: str
) -> tuple[list[str], list[str]]:
    """The printed lines, and the goals missed (by ``args.by``; all of them without
    chinese2digits, as none can be judged)."""
    lines = [
        _versions(),
        f"sample page: {len(page)} characters, {page.count(chr(10)) + 1} lines; "
        f"{args.rounds} rounds, every figure once a round",
        f"{'figure':44s} {'min ms':>9s} {'median ms':>10s}",
    ]
    for name, ts in times.items():
        low, mid = min_median(ts)
        lines.append(f"{name:44s} {low:9.3f} {mid:10.3f}")
        if name == BIG:
            a_page = f"  … a page of the {SCALE}x text"
            lines.append(f"{a_page:44s} {low / SCALE:9.3f} {mid / SCALE:10.3f}")
    lines.append(f"{'ratio (--check judges the ' + args.by + ')':44s} {'min':>9s} {'median':>10s}")
    missed = []
    for name, pair, goal, stretch, note in ratios(times, args.goal, args.stretch):
        if pair is None:
            lines.append(f"{name:44s} {'-':>9s} {'-':>10s}  {note}".rstrip())
            missed += [name] if goal is not None else []
            continue
        verdict = _verdict(pair[0] if args.by == "min" else pair[1], goal, stretch)
        missed += [name] if "MISSED" in verdict else []
        lines.append(f"{name:44s} {pair[0]:9.3f} {pair[1]:10.3f}  {verdict} {note}".rstrip())
    if C2D not in times:
        lines.append("chinese2digits is not installed (pip install --group bench): not judged")
    return lines, missed


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="exit 1 when any goal is missed")
    ap.add_argument("--goal", type=float, default=1.0, help="parse / chinese2digits to meet")
    ap.add_argument("--stretch", type=float, default=0.8, help="the stretch goal, printed")
    ap.add_argument("--rounds", type=int, default=15, help="rounds of every figure")
    ap.add_argument("--clock", choices=("cpu", "wall"), default="cpu", help="CPU or wall time")
    ap.add_argument("--by", choices=("min", "median"), default="min", help="what --check judges")
    args = ap.parse_args(argv)

    page, big = sample(), sample(SCALE)
    times = interleaved(figures(page, big), rounds=args.rounds, clock=args.clock)
    lines, missed = report(times, args, page)
    print("\n".join(lines))
    if args.check and missed:
        print(f"goals missed: {'; '.join(missed)}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
