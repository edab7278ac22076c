"""Instructions a parse of the sample page costs, counted by valgrind's callgrind.

Seconds on a shared machine drift by a quarter from run to run; the count of
instructions a parse executes does not (the same code on the same input counts
the same, whatever else the machine does). So a change is judged here by its
count, before and after, and timed by ``compare.py`` only at the end.

The interpreter's start and zznews' import (compiling its patterns) are counted
once with no parse and taken away; the string hash seed is fixed (it moves the
order of sets, and so the count, by some 0.3 %)::

    $ python benchmarks/instructions.py                 # this checkout's src
    $ python benchmarks/instructions.py --src ../old/src --parses 20

Needs ``valgrind`` on the PATH (Debian's package of that name); a run takes about
a minute and a half, the parses running some fifty times slower under it.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

#: What the counted process runs: warm up (caches, lazily built patterns), then parse.
_PROGRAM = """
import sys
sys.path.insert(0, sys.argv[1])
import zznews
page = zznews.sample_text()
for _ in range(3):
    zznews.parse(page)
for _ in range(int(sys.argv[2])):
    zznews.parse(page)
"""

_COLLECTED = re.compile(r"Collected\s*:\s*(\d+)")


def count(src: Path, parses: int) -> int:
    """Instructions of a process that imports zznews from ``src`` and parses ``parses`` times."""
    run = subprocess.run(
        [
            "valgrind",
            "--tool=callgrind",
            "--callgrind-out-file=/dev/null",
            sys.executable,
            "-c",
            _PROGRAM,
            str(src),
            str(parses),
        ],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONHASHSEED": "0"},  # (string hashes move set orders, and counts)
    )
    m = _COLLECTED.search(run.stderr)
    if m is None:
        raise RuntimeError(f"callgrind printed no count:\n{run.stderr[-2000:]}")
    return int(m.group(1))


def main() -> int:
    here = Path(__file__).resolve().parents[1] / "src"
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--src", type=Path, default=here, help="the src folder to import zznews from")
    ap.add_argument("--parses", type=int, default=20, help="parses counted (after three warm-ups)")
    args = ap.parse_args()
    if shutil.which("valgrind") is None:
        print("valgrind is not installed (apt-get install valgrind)", file=sys.stderr)
        return 2
    base = count(args.src, 0)
    total = count(args.src, args.parses)
    per = (total - base) / args.parses
    print(f"{args.src}: {per / 1e6:.2f} M instructions a parse of the sample page")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
