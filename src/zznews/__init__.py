"""zznews: Zhuzhou Daily (株洲日报) page text as an immutable, typed model.

>>> import zznews
>>> doc = zznews.parse(zznews.sample_text())
>>> doc.pages[1].section, doc.articles[0].headline
('就业·创业', '产业社区“微项目”撬动居民“大幸福”')
"""

from __future__ import annotations

import datetime as _dt
from importlib import metadata as _metadata
from importlib import resources as _resources

# The submodules a user reaches as attributes: ``import zznews; zznews.archive.record(...)``.
from . import archive as archive
from . import tables as tables
from .byline import parse_byline
from .dates import extract_dates
from .errors import ParseError
from .model import (
    Approx,
    Article,
    ArticleKind,
    Byline,
    Contributor,
    DateMention,
    Document,
    Field,
    Page,
    Part,
    Photo,
    PhotoKind,
    Quantity,
    Series,
    Unplaced,
)
from .numbers import parse_number
from .parser import parse
from .quantities import extract_quantities
from .schema import json_schema
from .serialize import converter, from_json, to_json
from .vocabulary import Layout, Vocabulary

try:
    __version__ = _metadata.version("zznews")
except _metadata.PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0+unknown"


#: The issue date of the sample page (株洲日报, 21 November 2025).
SAMPLE_ISSUE_DATE = _dt.date(2025, 11, 21)


def sample_text() -> str:
    """The text of the sample page shipped inside the package (see :data:`SAMPLE_ISSUE_DATE`)."""
    return (_resources.files(__name__) / "data" / "zzrb-sample-page.txt").read_text("utf-8")


__all__ = [  # noqa: RUF022 -- plain sorted order, which tests/test_api.py checks
    "Approx",
    "Article",
    "ArticleKind",
    "Byline",
    "Contributor",
    "DateMention",
    "Document",
    "Field",
    "Layout",
    "Page",
    "ParseError",
    "Part",
    "Photo",
    "PhotoKind",
    "Quantity",
    "SAMPLE_ISSUE_DATE",
    "Series",
    "Unplaced",
    "Vocabulary",
    "__version__",
    "converter",
    "extract_dates",
    "extract_quantities",
    "from_json",
    "json_schema",
    "parse",
    "parse_byline",
    "parse_number",
    "sample_text",
    "to_json",
]
