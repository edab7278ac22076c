"""Sphinx configuration for the zznews documentation.

Build with ``sphinx-build -W -b html docs docs/_build/html`` (install the ``docs``
extra first: ``pip install -e '.[docs]'``). The build must pass offline: see
``_quiet_offline_intersphinx`` below.
"""

from __future__ import annotations

import importlib
import logging
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
# Document the source tree even when zznews is not installed; an installed copy
# is used only if this one is missing.
sys.path.insert(0, str(HERE.parent / "src"))

from docutils import nodes  # noqa: E402
from docutils.parsers.rst import Directive  # noqa: E402

import zznews  # noqa: E402

# -- Project -----------------------------------------------------------------

project = "zznews"
author = "The zznews maintainers"
copyright = "2026, The zznews maintainers"
release = zznews.__version__
version = ".".join(release.split(".")[:2])

# -- General -----------------------------------------------------------------

extensions = [
    "sphinx.ext.autodoc",
    "sphinx.ext.intersphinx",
    "sphinx.ext.viewcode",
    "myst_parser",  # only for including CHANGELOG.md (changelog.rst)
    "sphinx_copybutton",
]
source_suffix = {".rst": "restructuredtext"}  # Markdown is included, never built alone
exclude_patterns = ["_build", "Thumbs.db", ".DS_Store"]
language = "en"
default_role = "code"
nitpicky = False  # types such as ``Span`` are aliases; nothing else may warn (-W)

# -- Autodoc -----------------------------------------------------------------

autodoc_typehints = "description"
autodoc_typehints_description_target = "all"  # every parameter's type, documented or not
autodoc_member_order = "bysource"
autodoc_class_signature = "mixed"
autodoc_preserve_defaults = False
autodoc_default_options: dict[str, Any] = {}  # members are listed per directive
autodoc_type_aliases = {"Span": "zznews.model.Span", "Number": "zznews.model.Number"}

# -- Intersphinx -------------------------------------------------------------

intersphinx_mapping = {
    "python": ("https://docs.python.org/3/", None),
    "attrs": ("https://www.attrs.org/en/stable/", None),
    "cattrs": ("https://catt.rs/en/stable/", None),
}
intersphinx_timeout = 3
intersphinx_cache_limit = 30  # days


class _QuietOfflineIntersphinx(logging.Filter):
    """Turn "failed to reach any of the inventories" into an info line.

    CI builds offline, and Sphinx raises that warning (an error under ``-W``)
    without a type that ``suppress_warnings`` could name. Offline, links to
    Python, attrs and cattrs are plain text; online they are links. No other
    warning is touched.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno == logging.WARNING and "failed to reach any of the inventories" in str(
            record.msg
        ):
            record.levelno, record.levelname = logging.INFO, "INFO"
            record.msg = "intersphinx: offline, external links left as text (%s)\n"
            record.args = (str(record.args[0]).splitlines()[0] if record.args else "",)
        return True


def _quiet_offline_intersphinx() -> None:
    """Install :class:`_QuietOfflineIntersphinx` on the intersphinx loader's logger."""
    for name in ("sphinx.sphinx.ext.intersphinx", "sphinx.sphinx.ext.intersphinx._load"):
        logging.getLogger(name).addFilter(_QuietOfflineIntersphinx())


# -- HTML --------------------------------------------------------------------

html_theme = "furo"  # code blocks fit at 1280 px, and it reads on a phone
html_title = f"zznews {release}"
html_static_path = ["_static"]
html_theme_options: dict[str, Any] = {}
html_last_updated_fmt = None

# The copy button copies the code, not the prompts (>>>, ..., $) nor the output.
copybutton_prompt_text = r">>> |\.\.\. |\$ "
copybutton_prompt_is_regexp = True
copybutton_only_copy_prompt_lines = True




class _VocabTable(Directive):
    """``.. zznews-table:: zznews.vocab.byline.ROLES``: a vocabulary table's entries.

    The entries are read from the installed tables at build time and sorted, so the
    page always shows what the parser uses; a dict shows ``key → value``.
    """

    required_arguments = 1

    def run(self) -> list[nodes.Node]:
        module, _, name = self.arguments[0].rpartition(".")
        table = getattr(importlib.import_module(module), name)
        if isinstance(table, dict):
            entries = [f"{k} → {v}" for k, v in table.items()]
        else:
            entries = (
                sorted(table, key=lambda w: (len(w), w))
                if isinstance(table, frozenset)
                else list(table)
            )
            entries = [
                w.encode("unicode_escape").decode() if not w.isprintable() else w for w in entries
            ]
        para = nodes.paragraph()
        for i, entry in enumerate(entries):
            if i:
                para += nodes.Text(" ")
            para += nodes.literal(entry, entry)
        return [para]


def setup(app: Any) -> dict[str, Any]:
    _quiet_offline_intersphinx()
    app.add_directive("zznews-table", _VocabTable)
    return {"parallel_read_safe": True}
