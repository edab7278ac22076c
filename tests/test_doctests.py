"""Every example in the docstrings and in docs/*.rst runs, so a wrong example fails CI.

The modules are those of the installed ``zznews`` package (found with
:func:`pkgutil.walk_packages`); the pages are the reST files of ``docs/``, whose
examples are plain ``>>>`` blocks. Both run with ``ELLIPSIS`` and
``NORMALIZE_WHITESPACE``, as pytest's own doctest collection does here.
"""

from __future__ import annotations

import doctest
import importlib
import io
import pkgutil
import zlib
from pathlib import Path

import pytest

import zznews

DOCS = Path(__file__).resolve().parent.parent / "docs"
FLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE

# Importing ``zznews.__main__`` runs the command.
_NOT_IMPORTABLE = {"zznews.__main__"}

MODULES = sorted(
    ["zznews"]
    + [
        m.name
        for m in pkgutil.walk_packages(zznews.__path__, prefix="zznews.")
        if m.name not in _NOT_IMPORTABLE
    ]
)
PAGES = sorted(DOCS.glob("*.rst")) if DOCS.is_dir() else []


def _run(tests: list[doctest.DocTest]) -> tuple[int, str]:
    """Run ``tests``; the number of examples tried and the report of the failures."""
    out = io.StringIO()
    runner = doctest.DocTestRunner(optionflags=FLAGS)
    for test in tests:
        runner.run(test, out=out.write)
    results = runner.summarize(verbose=False)
    assert results.failed == 0, f"{results.failed} failing example(s):\n{out.getvalue()}"
    return results.attempted, out.getvalue()


@pytest.mark.parametrize("name", MODULES)
def test_module_docstrings(name: str) -> None:
    module = importlib.import_module(name)
    finder = doctest.DocTestFinder(exclude_empty=True)
    _run(finder.find(module, name))


@pytest.mark.parametrize("path", PAGES, ids=[p.name for p in PAGES])
def test_docs_page(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    test = doctest.DocTestParser().get_doctest(text, {}, path.name, str(path), 0)
    attempted, _ = _run([test])
    if ">>> " in text:  # a page with examples must have been read as having examples
        assert attempted > 0


def test_the_examples_are_found() -> None:
    """A guard against the suite passing because it found nothing to run."""
    assert "zznews.model" in MODULES and "zznews.vocab.byline" in MODULES
    if not DOCS.is_dir():
        pytest.skip("no docs/ next to the tests (an installed copy of the tests)")
    names = {p.stem for p in PAGES}
    assert {"index", "quickstart", "tutorial", "model", "understood", "json"} <= names
    examples = sum(len(doctest.DocTestParser().get_examples(p.read_text("utf-8"))) for p in PAGES)
    assert examples > 150


def test_docs_build_without_warnings_and_inventory_names_the_api(tmp_path: Path) -> None:
    """``sphinx-build -W`` passes and ``objects.inv`` names every public name.

    Needs the ``docs`` extra (Sphinx, myst-parser); skipped without it. CI also
    builds the docs on their own.
    """
    build = pytest.importorskip("sphinx.cmd.build")
    pytest.importorskip("myst_parser")
    if not (DOCS / "conf.py").is_file():
        pytest.skip("no docs/ next to the tests")
    out = tmp_path / "html"
    status = build.build_main(
        ["-W", "-q", "-b", "html", "-d", str(tmp_path / "doctrees"), str(DOCS), str(out)]
    )
    assert status == 0, "sphinx-build -W failed: see the warnings above"
    documented = _inventory_names(out / "objects.inv")
    missing = [f"zznews.{n}" for n in zznews.__all__ if f"zznews.{n}" not in documented]
    assert not missing, f"public names missing from objects.inv: {missing}"
    assert "zznews.Article.headline" in documented  # fields are linkable too


def _inventory_names(path: Path) -> set[str]:
    """The object names of a Sphinx ``objects.inv`` (version 2: four header lines, then zlib)."""
    data = path.read_bytes()
    header, _, body = data.partition(b"zlib.\n")
    assert header.startswith(b"# Sphinx inventory version 2"), header[:40]
    lines = zlib.decompress(body).decode("utf-8").splitlines()
    return {line.split(" ", 1)[0] for line in lines if line}
