"""Where one parse spends its time: a profile by pipeline stage, and the regex engine's share.

Run it as ``python benchmarks/stages.py`` (``--json`` for the table as JSON,
``--before FILE`` to set a table saved by ``--json`` beside today's). Nothing in
``src`` changes: each stage's entry functions (the table :data:`STAGES`) are
looked up by name and, for the time of the run, every reference to them in the
modules of zznews is replaced by a timed wrapper; the public model's classes get a
timed ``__init__``. A stage's time is its own, the stages it calls taken out (the
quantities inside an article's assembly are counted under quantities), less the
wrappers' cost: what the timed parses take beyond plain ones timed in the same runs,
split between a stage and its caller as a wrapped no-op's cost splits. Each figure
is the fastest of ``--runs`` runs. An entry that is not found (a function renamed)
is skipped with a note; the time it took then falls to the stage that calls it.

The regex share: one parse is run with every compiled pattern of zznews' modules
replaced by a recorder, and the recorded calls (pattern, method, arguments, and
for ``finditer`` the matches taken) are replayed alone, by stage, in the same runs:
what the engine costs (with the one replacement function that ``sub`` calls, the
fold's), against what the interpreted Python around it costs.
"""

from __future__ import annotations

import argparse
import functools
import itertools
import json
import re
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import attrs
import regex

sys.path.insert(0, str(Path(__file__).parent))

from _inputs import sample
from _timing import python_version

import zznews
import zznews.model

#: The pipeline's stages, each with its entry functions as ``module:name``, in the
#: order of a parse. The function is found in that module and replaced wherever zznews
#: refers to it. ``model`` (the public classes' ``__init__``) and ``the rest`` (the
#: parser's own code: ``parse``, ``_page``) are added to these.
STAGES: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "lines",
        ("zznews._pipeline.lines:split_lines", "zznews._fold:fold", "zznews._fold:fold_whole"),
    ),
    ("meta", ("zznews._pipeline.meta:split_glued_meta", "zznews._pipeline.meta:read_meta")),
    ("classify", ("zznews._pipeline.classify:classify",)),
    (
        "credits",
        (
            "zznews._pipeline.credits:mend_cut_credits",
            "zznews._pipeline.credits:read_credit",
            "zznews._pipeline.credits:signature_of",
            "zznews._pipeline.credits:join_bylines",
            "zznews._pipeline.credits:author_byline",
        ),
    ),
    (
        "bylines",
        tuple(
            f"zznews.byline:{name}"
            for name in (
                "parse_byline",
                "read_line",
                "read_caption",
                "read_glued",
                "read_cut_glued",
                "parse_credit_line",
                "bare_name",
                "names_writer",
                "agency_named",
                "split_caption",
            )
        ),
    ),
    ("rows", ("zznews._pipeline.rows:mark_rows",)),
    ("pages", ("zznews._pipeline.pages:split_pages",)),
    ("segment", ("zznews._pipeline.segment:segment",)),
    (
        "photos",
        (
            "zznews._pipeline.photos:attach",
            "zznews._pipeline.assemble:build_photo",
            "zznews._pipeline.assemble:caption_text",
        ),
    ),
    ("body", ("zznews._pipeline.body:build_body",)),
    (
        "assemble",
        (
            "zznews._pipeline.assemble:build_article",
            "zznews._pipeline.assemble:with_meta",
            "zznews._pipeline.assemble:meta_owners",
        ),
    ),
    ("quantities", ("zznews.quantities:quantities_in",)),
    ("dates", ("zznews.dates:dates_in", "zznews.dates:issue_date_from_dateline")),
)
MODEL = "model"
REST = "the rest"
#: The parse itself, whose own time is ``the rest``.
ROOT = "zznews.parser:parse"


def _find(where: str) -> Callable[..., Any] | None:
    """The function named ``module:name``, or None when there is none."""
    module, _, name = where.partition(":")
    found = getattr(sys.modules.get(module), name, None)
    return found if callable(found) else None


def _modules() -> list[Any]:
    """The loaded modules of zznews."""
    return [m for name, m in list(sys.modules.items()) if name.split(".")[0] == "zznews" and m]


@attrs.define
class Recorder:
    """Each stage's own time and calls, for the parses run while it is installed."""

    own: dict[str, float] = attrs.Factory(lambda: defaultdict(float))
    calls: dict[str, int] = attrs.Factory(lambda: defaultdict(int))
    inner: dict[str, int] = attrs.Factory(lambda: defaultdict(int))  # calls of other stages
    stack: list[list[Any]] = attrs.Factory(list)  # [stage, time of the stages it called]

    def current(self) -> str:
        """The stage running now."""
        return self.stack[-1][0] if self.stack else REST

    def wrap(self, stage: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        """``fn`` timed as part of ``stage``."""
        stack, own, calls, inner = self.stack, self.own, self.calls, self.inner
        clock = time.perf_counter

        def timed(*args: Any, **kwargs: Any) -> Any:
            frame = [stage, 0.0]
            stack.append(frame)
            t0 = clock()
            try:
                return fn(*args, **kwargs)
            finally:
                spent = clock() - t0
                stack.pop()
                own[stage] += spent - frame[1]
                calls[stage] += 1
                if stack:
                    stack[-1][1] += spent
                    inner[stack[-1][0]] += 1

        timed.__wrapped__ = fn  # type: ignore[attr-defined]
        return timed


@attrs.define
class Patches:
    """Module attributes and class ``__init__`` replaced, to be put back."""

    undo: list[tuple[Any, str, Any]] = attrs.Factory(list)
    notes: list[str] = attrs.Factory(list)

    def replace_everywhere(self, fn: Callable[..., Any], new: Callable[..., Any]) -> int:
        """Replace ``fn`` by ``new`` in every zznews module that refers to it; how many."""
        count = 0
        for module in _modules():
            for name, value in list(vars(module).items()):
                if value is fn:
                    self.undo.append((module, name, value))
                    setattr(module, name, new)
                    count += 1
        return count

    def restore(self) -> None:
        """Put everything back."""
        for target, name, value in reversed(self.undo):
            setattr(target, name, value)
        self.undo.clear()


def model_classes() -> list[type[Any]]:
    """The public model's attrs classes (Document, Page, Article, Quantity, …)."""
    model = zznews.model
    return [
        c
        for c in vars(model).values()
        if isinstance(c, type) and attrs.has(c) and c.__module__ == model.__name__
    ]


def install(rec: Recorder) -> Patches:
    """Time every stage's entry functions and the model's classes into ``rec``."""
    patches = Patches()
    for stage, entries in ((REST, (ROOT,)), *STAGES):
        for where in entries:
            fn = _find(where)
            if fn is None:
                patches.notes.append(f"{where} not found: skipped (its time falls to its caller)")
            elif patches.replace_everywhere(fn, rec.wrap(stage, fn)) == 0:
                patches.notes.append(f"{where} is referred to nowhere: skipped")
    for cls in model_classes():
        init = cls.__dict__.get("__init__")
        if init is None:  # (an inherited __init__ is timed with the class that defines it)
            continue
        patches.undo.append((cls, "__init__", init))
        cls.__init__ = rec.wrap(MODEL, init)  # type: ignore[misc]
    return patches


def _noop() -> None:
    """Nothing, to time the wrappers with."""


def _calls(fn: Callable[[], None], loops: int) -> None:
    """``fn`` called ``loops`` times."""
    for _ in range(loops):
        fn()


def calibrate(loops: int = 20_000) -> tuple[float, float]:
    """What a wrapper adds (seconds a call): to its own stage, and to the stage that calls it."""
    best_in, best_out = float("inf"), float("inf")
    for _ in range(7):
        rec = Recorder()
        t0 = time.perf_counter()
        for _ in range(loops):
            _noop()
        bare = time.perf_counter() - t0
        rec.wrap("parent", functools.partial(_calls, rec.wrap("child", _noop), loops))()
        parent = rec.own["parent"]
        rec.wrap("plain", functools.partial(_calls, _noop, loops))()
        best_in = min(best_in, (rec.own["child"] - bare) / loops)
        best_out = min(best_out, (parent - rec.own["plain"]) / loops)
    return max(best_in, 0.0), max(best_out, 0.0)


def _timed_parse(page: str) -> float:
    """Seconds of one parse of ``page``."""
    t0 = time.perf_counter()
    zznews.parse(page)
    return time.perf_counter() - t0


def overheads(runs: list[tuple[float, Recorder]], plain: float) -> tuple[float, float]:
    """What a wrapper added a call (seconds): to its own stage, and to its caller's.

    The total is what the timed parses took beyond a plain one (the fastest of each);
    it is split between the two as a wrapped no-op's calls split it (:func:`calibrate`).
    """
    inner_cost, outer_cost = calibrate()
    spent, rec = min(runs, key=lambda run: run[0])
    wrapped = sum(rec.calls.values())
    per_call = max(spent - plain, 0.0) / max(wrapped, 1)
    split = inner_cost / max(inner_cost + outer_cost, 1e-12)
    return per_call * split, per_call * (1 - split)


def profile(page: str, runs: int, replay: Replay | None = None) -> dict[str, Any]:
    """The fastest of ``runs`` of each figure: the stages' own times (ms), their calls,
    the notes, a plain parse (ms) and the engine's time by stage (ms, with ``replay``).

    Each run times a plain parse, a timed one and the replay, in turn, so that the
    wrappers' cost and the engine's share are known from the same stretch of the
    machine's load."""
    zznews.parse(page)  # warm up before the wrappers go in
    plain, timed, notes = float("inf"), [], []
    replayed: dict[str, list[float]] = defaultdict(lambda: [float("inf"), float("inf")])
    for _ in range(runs):
        plain = min(plain, _timed_parse(page))
        rec = Recorder()
        patches = install(rec)
        try:
            timed.append((_timed_parse(page), rec))
        finally:
            patches.restore()
        notes = patches.notes
        for stage, (calls_ms, empty_ms) in (replay.once() if replay else {}).items():
            fastest = replayed[stage]
            fastest[:] = min(fastest[0], calls_ms), min(fastest[1], empty_ms)
    inner_cost, outer_cost = overheads(timed, plain)
    best: dict[str, float] = defaultdict(lambda: float("inf"))
    for _, rec in timed:
        for stage, spent in rec.own.items():
            mine = spent - rec.calls[stage] * inner_cost - rec.inner[stage] * outer_cost
            best[stage] = min(best[stage], max(mine, 0.0) * 1e3)
    calls = dict(timed[-1][1].calls)
    return {
        "own": dict(best),
        "calls": calls,
        "notes": notes,
        "plain": plain * 1e3,
        "engine": {stage: max(a - b, 0.0) for stage, (a, b) in replayed.items()},
    }


# --- the regex share -------------------------------------------------------------

_PATTERN_TYPES = (type(re.compile("")), type(regex.compile("")))
_METHODS = ("match", "search", "fullmatch", "sub", "subn", "split", "findall")


class _Logged:
    """A compiled pattern that records each call (stage, bound method, arguments)."""

    def __init__(self, pattern: Any, log: list[list[Any]], rec: Recorder) -> None:
        self._pattern, self._log, self._rec = pattern, log, rec

    def __getattr__(self, name: str) -> Any:
        method = getattr(self._pattern, name)
        if name in _METHODS:
            return lambda *a, **k: self._call(method, a, k)
        if name == "finditer":
            return lambda *a, **k: self._iter(method, a, k)
        return method

    def _call(self, method: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        self._log.append([self._rec.current(), method, args, kwargs, None])
        return method(*args, **kwargs)

    def _iter(self, method: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Iterator[Any]:
        entry = [self._rec.current(), method, args, kwargs, 0]
        self._log.append(entry)
        for m in method(*args, **kwargs):
            entry[4] += 1  # (the matches taken: a scan stopped early is replayed as far)
            yield m
        entry[4] = -1  # (run to its end: the last, failing search is replayed too)


def record_regex(page: str) -> tuple[list[list[Any]], int]:
    """Every pattern call of one parse, with the stage that made it; and how many patterns."""
    zznews.parse(page)  # (warm, as the timed parses are: the memo of numerals read is full)
    log: list[list[Any]] = []
    rec = Recorder()
    undo: list[tuple[Any, str, Any]] = []
    for module in _modules():
        for name, value in list(vars(module).items()):
            if isinstance(value, _PATTERN_TYPES):
                undo.append((module, name, value))
                setattr(module, name, _Logged(value, log, rec))
    patches = install(rec)
    try:
        doc = zznews.parse(page)
    finally:
        patches.restore()
        for module, name, value in undo:
            setattr(module, name, value)
    if doc != zznews.parse(page):
        raise RuntimeError("the recorded parse differs from a plain one: no regex share")
    return log, len(undo)


def _replay(calls: list[list[Any]]) -> None:
    """Make ``calls`` again (a scan taken as far as the parse took it, -1 to its end)."""
    for _, method, args, kwargs, taken in calls:
        result = method(*args, **kwargs)
        if taken is not None:
            for _ in result if taken < 0 else itertools.islice(result, taken):
                pass


@attrs.define
class Replay:
    """The pattern calls of one parse, by stage, to be made again and timed."""

    groups: dict[str, list[list[Any]]]
    calls: int
    patterns: int

    @classmethod
    def of(cls, page: str) -> Replay:
        """The calls that a parse of ``page`` makes."""
        log, patterns = record_regex(page)
        groups: dict[str, list[list[Any]]] = defaultdict(list)
        for entry in log:
            groups[entry[0]].append(entry)
        return cls(dict(groups), len(log), patterns)

    def once(self) -> dict[str, tuple[float, float]]:
        """Each stage's calls replayed once, and as many no-op calls (ms): the engine's
        time is the first less the second (the loop and a call cost something with no
        engine at all), each the fastest of the runs."""
        spent = {}
        for stage, calls in self.groups.items():
            empty = [[s, _nothing, (), {}, None if t is None else 0] for s, _, _, _, t in calls]
            t0 = time.perf_counter()
            _replay(calls)
            t1 = time.perf_counter()
            _replay(empty)
            t2 = time.perf_counter()
            spent[stage] = ((t1 - t0) * 1e3, (t2 - t1) * 1e3)
        return spent


def _nothing(*args: Any, **kwargs: Any) -> tuple[()]:
    """No pattern at all: what a replayed call costs beside the engine."""
    return ()


# --- the table ---------------------------------------------------------------------


def measure(runs: int) -> dict[str, Any]:
    """The profile of a parse of the sample page, as JSON-ready data."""
    page = sample()
    try:
        replay: Replay | None = Replay.of(page)
    except RuntimeError as e:
        replay, note = None, str(e)
    else:
        note = None
    got = profile(page, runs, replay)
    own, calls, notes, engine = got["own"], got["calls"], got["notes"], got["engine"]
    notes += [note] if note else []
    order = [REST, *(stage for stage, _ in STAGES), MODEL]
    rows = [
        {"stage": s, "ms": own[s], "calls": calls.get(s, 0), "regex_ms": engine.get(s, 0.0)}
        for s in order
        if s in own
    ]
    return {
        "python": python_version(),
        "zznews": zznews.__version__,
        "runs": runs,
        "parse_ms": got["plain"],
        "stages_ms": sum(r["ms"] for r in rows),
        "regex_ms": sum(engine.values()),
        "regex_calls": replay.calls if replay else 0,
        "patterns": replay.patterns if replay else 0,
        "stages": rows,
        "notes": notes,
    }


def table(now: dict[str, Any], before: dict[str, Any] | None = None) -> list[str]:
    """The profile as printed lines, with a before column when there is one."""
    was = {r["stage"]: r["ms"] for r in before["stages"]} if before else {}
    total = now["stages_ms"] or 1.0
    head = f"{'stage':12s} {'ms':>7s} {'%':>5s} {'regex ms':>9s} {'calls':>6s}"
    lines = [
        f"zznews {now['zznews']} on {now['python']}: one parse of the sample page, "
        f"the fastest of {now['runs']} runs a stage",
        head + (f" {'before':>7s} {'change':>7s}" if before else ""),
    ]
    for r in sorted(now["stages"], key=lambda r: -r["ms"]):
        line = (
            f"{r['stage']:12s} {r['ms']:7.3f} {r['ms'] / total * 100:5.1f} "
            f"{r['regex_ms']:9.3f} {r['calls']:6d}"
        )
        if before:
            old = was.get(r["stage"])
            line += f" {old:7.3f} {r['ms'] - old:+7.3f}" if old is not None else f" {'-':>7s}"
        lines.append(line)
    for label, key in (("stages, sum", "stages_ms"), ("parse alone", "parse_ms")):
        line = f"{label:12s} {now[key]:7.3f}"
        if before:  # (under the before column: 5 + 9 + 6 characters and their spaces)
            line += f"{'':23s} {before[key]:7.3f} {now[key] - before[key]:+7.3f}"
        lines.append(line)
    gone = [
        r
        for r in (before or {}).get("stages", ())
        if r["stage"] not in {n["stage"] for n in now["stages"]}
    ]
    lines.extend(f"{r['stage']:12s} {'-':>7s}{'':23s} {r['ms']:7.3f}" for r in gone)
    share = now["regex_ms"] / total * 100
    lines.append(
        f"regex engine: {now['regex_ms']:.3f} ms of the stages' {total:.3f} ms ({share:.0f} %), "
        f"{now['regex_calls']} calls of {now['patterns']} patterns; "
        f"the other {100 - share:.0f} % is interpreted Python"
    )
    lines.extend(f"note: {n}" for n in now["notes"])
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=20, help="parses timed, the fastest kept a stage")
    ap.add_argument("--json", action="store_true", help="print the table as JSON")
    ap.add_argument("--before", type=Path, help="a --json output to set beside today's")
    args = ap.parse_args(argv)
    now = measure(args.runs)
    if args.json:
        print(json.dumps(now, ensure_ascii=False, indent=1))
        return 0
    before = json.loads(args.before.read_text("utf-8")) if args.before else None
    print("\n".join(table(now, before)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
