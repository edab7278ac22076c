"""Run the fuzz harnesses: ``python fuzz/run.py [TARGET ...] [--seconds N]``.

Each target (``parse``, ``quantities``, ``dates``, ``byline``, ``number``: see
``fuzz/checks.py``) runs for ``--seconds``, with atheris (coverage-guided, libFuzzer)
where it is installed and with hypothesis otherwise (``--engine`` chooses). The
exit status is 1 when any harness found something; each finding is printed with
its input, and atheris also writes it to ``--findings``. See ``fuzz/README.md``.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import time
import traceback
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

NAMES = ("parse", "quantities", "dates", "byline", "number")
#: Longest input atheris makes (bytes): the sample page fits, a hostile page of that
#: size too.
MAX_LEN = 20_000
#: An input slower than this (seconds) is a finding: a hang, or superlinear cost.
TIMEOUT = 20


def _have_atheris() -> bool:
    try:
        import atheris  # noqa: F401
    except ImportError:
        return False
    return True


# --- atheris -------------------------------------------------------------------------


def _child(target: str, seconds: int, corpus: Path, findings: Path, extra: list[str]) -> None:
    """Run one target under atheris in this process (it never returns)."""
    import atheris

    with atheris.instrument_imports(include=["zznews", "checks"]):  # (not attrs, cattrs …)
        from checks import TARGETS
        from seeds import NUMERALS, seeds
    check = TARGETS[target]
    work = corpus / target
    work.mkdir(parents=True, exist_ok=True)
    for i, text in enumerate(NUMERALS if target == "number" else seeds()):
        (work / f"seed-{i:03d}").write_bytes(text.encode("utf-8"))
    findings.mkdir(parents=True, exist_ok=True)

    def one_input(data: bytes) -> None:
        check(data.decode("utf-8", "replace"))

    argv = [
        sys.argv[0],
        f"-max_total_time={seconds}",
        f"-timeout={TIMEOUT}",
        f"-max_len={MAX_LEN}",
        f"-artifact_prefix={findings}/{target}-",
        "-print_final_stats=1",
        *extra,
        str(work),
    ]
    atheris.Setup(argv, one_input)
    atheris.Fuzz()


def _atheris(target: str, args: argparse.Namespace) -> tuple[int, bool]:
    """Run one target in a child process; (executions, whether it found something)."""
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", target]
    cmd += ["--seconds", str(args.seconds), "--corpus", str(args.corpus)]
    cmd += ["--findings", str(args.findings), *(f"--libfuzzer={x}" for x in args.libfuzzer)]
    proc = subprocess.run(cmd, capture_output=True, text=True, errors="replace", check=False)
    runs = re.findall(r"stat::number_of_executed_units:\s*(\d+)", proc.stderr)
    runs = runs or re.findall(r"Done (\d+) runs", proc.stderr)
    found = proc.returncode != 0
    if found:
        print(proc.stderr[-6000:], file=sys.stderr)
        for path in re.findall(r"Test unit written to (\S+)", proc.stderr):
            text = Path(path).read_bytes().decode("utf-8", "replace")
            print(f"  reproducer ({path}): {text[:2000]!r}", file=sys.stderr)
    return (int(runs[-1]) if runs else 0), found


# --- hypothesis ----------------------------------------------------------------------


def _hypothesis(target: str, args: argparse.Namespace) -> tuple[int, bool]:
    """Run one target with hypothesis for the budget; (executions, whether it found one)."""
    from checks import TARGETS
    from hypothesis import HealthCheck, Phase, given, settings
    from strategies import inputs

    check = TARGETS[target]
    count = [0]

    def counted(text: str) -> None:
        count[0] += 1
        check(text)

    test = settings(
        max_examples=200,
        deadline=None,
        database=None,
        phases=(Phase.generate, Phase.shrink),
        suppress_health_check=list(HealthCheck),
    )(given(inputs(target))(counted))
    end = time.monotonic() + args.seconds
    while time.monotonic() < end:
        try:
            test()
        except Exception as e:  # a finding: hypothesis has shrunk it and says its input
            _report(target, e)
            return count[0], True
    return count[0], False


def _report(target: str, e: BaseException) -> None:
    """Print a finding (each of a group) with the input hypothesis shrank it to."""
    group = getattr(e, "exceptions", None)  # (an ExceptionGroup: several findings)
    if group is not None:
        for sub in group:
            _report(target, sub)
        return
    where = traceback.extract_tb(e.__traceback__)[-1]
    print(f"{target}: {type(e).__name__}: {str(e)[:500]}", file=sys.stderr)
    print(f"  raised at {where.filename}:{where.lineno} ({where.name})", file=sys.stderr)
    for note in getattr(e, "__notes__", ()):
        print(f"  {note[:2000]}", file=sys.stderr)


# --- reproducing ----------------------------------------------------------------------


def _reproduce(target: str, path: Path) -> int:
    """Run one check on one input file (a finding atheris wrote); print the input."""
    from checks import TARGETS

    text = path.read_bytes().decode("utf-8", "replace")
    print(f"{target} on {text!r}")
    TARGETS[target](text)  # raises on the finding, with its traceback
    print("no finding")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("targets", nargs="*", help=f"of {', '.join(NAMES)} (default: all)")
    ap.add_argument("--seconds", type=int, default=12, help="budget of each harness")
    ap.add_argument("--engine", choices=["auto", "atheris", "hypothesis"], default="auto")
    ap.add_argument("--corpus", type=Path, default=HERE / ".corpus")
    ap.add_argument("--findings", type=Path, default=HERE / "findings")
    ap.add_argument("--libfuzzer", action="append", default=[], help="a libFuzzer flag")
    ap.add_argument("--reproduce", type=Path, help="check one input file (one target)")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        _child(args.child, args.seconds, args.corpus, args.findings, args.libfuzzer)
    targets = args.targets or list(NAMES)
    unknown = [t for t in targets if t not in NAMES]
    if unknown:
        ap.error(f"no such harness: {', '.join(unknown)}")
    if args.reproduce:
        return _reproduce(targets[0], args.reproduce)
    engine = args.engine
    if engine == "auto":
        engine = "atheris" if _have_atheris() else "hypothesis"
    run = _atheris if engine == "atheris" else _hypothesis
    failed = []
    for target in targets:
        t0 = time.monotonic()
        runs, found = run(target, args)
        took = time.monotonic() - t0
        print(
            f"{target:12s} {engine:10s} {runs:9d} executions in {took:5.1f} s"
            + ("  FOUND" if found else ""),
            flush=True,
        )
        if found:
            failed.append(target)
    if failed:
        print(f"findings in: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
