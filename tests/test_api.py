"""The public API: what ``zznews.__all__`` promises, and the shape of the model.

The snapshot below is the API of this version. A test fails when a name
disappears, changes kind, loses a field or an enum value, or when a new public
name is not recorded here (record it, and document it: see docs/versioning.rst).
"""

from __future__ import annotations

import ast
import collections.abc
import importlib
import importlib.metadata
import inspect
import pkgutil
import re
import textwrap
import types
import typing
from enum import Enum
from pathlib import Path
from typing import Any

import attrs
import pytest

import zznews
import zznews.model

DOCS = Path(__file__).resolve().parent.parent / "docs"

#: name -> (kind, fields of a class / values of an enum, in order)
SNAPSHOT: dict[str, tuple[str, tuple[str, ...]]] = {
    "Approx": (
        "enum",
        ("more_than", "at_least", "nearly", "about", "less_than", "at_most", "vague"),
    ),
    "Article": (
        "class",
        (
            "headline",
            "kind",
            "kicker",
            "subtitle",
            "series",
            "byline",
            "paragraphs",
            "headings",
            "heading_positions",
            "photos",
            "quantities",
            "dates",
            "span",
            "parts",
        ),
    ),
    "ArticleKind": ("enum", ("story", "photo_news")),
    "Byline": ("class", ("text", "span", "agency", "contributors", "is_photo_credit", "dateline")),
    "Contributor": ("class", ("role", "name")),
    "DateMention": ("class", ("text", "span", "start", "end", "year", "month", "day")),
    "Document": ("class", ("pages", "issue_date")),
    "Field": (
        "enum",
        (
            "section",
            "editor",
            "dateline",
            "kicker",
            "headline",
            "subtitle",
            "byline",
            "paragraph",
            "heading",
            "caption",
            "credit",
            "folio",
            "unplaced",
        ),
    ),
    "Layout": (
        "class",
        (
            "photo_gap",
            "photo_news_lines_max",
            "photo_news_text_max",
            "title_max",
            "subtitle_max",
            "label_max",
            "heading_max",
            "headings_min",
            "brief_lines_max",
            "section_max",
            "rows_min",
            "section_name_short",
            "title_lines_max",
            "caption_max",
            "caption_min_score",
            "caption_near_bonus",
            "caption_reach",
            "web_caption_max",
            "caption_run_min",
            "gallery_sentences_max",
            "lead_captions_max",
        ),
    ),
    "Page": (
        "class",
        ("section", "editor", "date", "number", "articles", "photos", "unplaced", "span", "parts"),
    ),
    "ParseError": ("exception", ()),
    "Part": ("class", ("field", "index", "span")),
    "Photo": ("class", ("caption", "credit", "kind", "span")),
    "PhotoKind": ("enum", ("photo", "qr_code")),
    "Quantity": ("class", ("text", "value", "low", "high", "unit", "approx", "span", "per")),
    "Series": ("class", ("name", "number")),
    "Unplaced": ("class", ("text", "span", "reason")),
    "Vocabulary": (
        "class",
        (
            "agencies",
            "media_suffixes",
            "roles",
            "photo_roles",
            "job_titles",
            "surnames",
            "double_surnames",
            "not_names",
            "editor_roles",
            "mastheads",
            "section_names",
            "source_labels",
            "author_labels",
            "editor_labels",
            "measure_words",
            "layout",
        ),
    ),
    "__version__": ("data", ()),
    "SAMPLE_ISSUE_DATE": ("data", ()),
    "converter": ("data", ()),
    "extract_dates": ("function", ()),
    "extract_quantities": ("function", ()),
    "from_json": ("function", ()),
    "json_schema": ("function", ()),
    "parse": ("function", ()),
    "parse_byline": ("function", ()),
    "parse_number": ("function", ()),
    "sample_text": ("function", ()),
    "to_json": ("function", ()),
}


def kind_of(obj: object) -> tuple[str, tuple[str, ...]]:
    """What sort of public name ``obj`` is, with its fields or values."""
    if isinstance(obj, type) and issubclass(obj, Enum):
        return "enum", tuple(m.value for m in obj)
    if isinstance(obj, type) and issubclass(obj, BaseException):
        return "exception", ()
    if isinstance(obj, type) and attrs.has(obj):
        return "class", tuple(f.name for f in attrs.fields(obj))
    if isinstance(obj, type):
        return "plain class", ()
    if inspect.isfunction(obj) or inspect.isbuiltin(obj):
        return "function", ()
    if isinstance(obj, types.ModuleType):
        return "module", ()
    return "data", ()


def _is_subsequence(old: tuple[str, ...], new: tuple[str, ...]) -> bool:
    """Whether ``old`` appears in ``new`` in the same order (additions allowed anywhere)."""
    it = iter(new)
    return all(x in it for x in old)


@pytest.mark.parametrize("name", sorted(SNAPSHOT))
def test_public_name_is_still_there_with_its_kind(name: str) -> None:
    assert name in zznews.__all__, f"zznews.{name} left __all__: deprecate before removing"
    kind, members = SNAPSHOT[name]
    now_kind, now_members = kind_of(getattr(zznews, name))
    assert now_kind == kind, f"zznews.{name} was a {kind}, is now a {now_kind}"
    lost = [m for m in members if m not in now_members]
    assert not lost, f"zznews.{name} lost {lost}"
    assert _is_subsequence(members, now_members), f"zznews.{name} reordered {members}"


def test_every_public_name_is_in_the_snapshot() -> None:
    new = sorted(set(zznews.__all__) - set(SNAPSHOT))
    assert not new, (
        f"new public names {new}: add them to SNAPSHOT in tests/test_api.py, "
        "document them in docs/, and list them in CHANGELOG.md"
    )


def test_all_is_sorted_unique_and_importable() -> None:
    assert len(set(zznews.__all__)) == len(zznews.__all__)
    assert zznews.__all__ == sorted(zznews.__all__)
    for name in zznews.__all__:
        obj = getattr(zznews, name)
        if isinstance(obj, type) or inspect.isfunction(obj):
            assert obj.__module__.split(".")[0] == "zznews", f"zznews.{name} is {obj.__module__}'s"


def test_star_import_gives_exactly_all() -> None:
    namespace: dict[str, Any] = {}
    exec("from zznews import *", namespace)
    assert set(namespace) - {"__builtins__"} == set(zznews.__all__)


def test_version_comes_from_the_package_metadata() -> None:
    assert zznews.__version__ == importlib.metadata.version("zznews")
    assert re.fullmatch(r"\d+\.\d+\.\d+(?:[.\-+].*)?", zznews.__version__)


def test_py_typed_ships_with_the_package() -> None:
    root = Path(zznews.__file__).parent
    assert (root / "py.typed").is_file()
    assert (root / "data" / "zzrb-sample-page.txt").is_file()


def _model_classes() -> list[type]:
    """Every attrs class of the public model."""
    names = set(zznews.__all__) | set(zznews.model.__all__)
    objs = {getattr(zznews.model, n, None) or getattr(zznews, n) for n in names}
    return sorted(
        (o for o in objs if isinstance(o, type) and attrs.has(o)), key=lambda c: c.__name__
    )


@pytest.mark.parametrize("cls", _model_classes(), ids=lambda c: c.__name__)
def test_model_class_is_frozen_and_slotted(cls: type) -> None:
    assert "__slots__" in cls.__dict__, f"{cls.__name__} is not slotted"
    blank = object.__new__(cls)
    assert not hasattr(blank, "__dict__"), f"{cls.__name__} instances have a __dict__"
    name = attrs.fields(cls)[0].name
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        setattr(blank, name, None)


_MUTABLE = (
    list,
    set,
    dict,
    frozenset,
    collections.abc.Sequence,
    collections.abc.MutableSequence,
    collections.abc.Set,
    collections.abc.Mapping,
    collections.abc.Iterable,
)


def _collections_in(t: Any) -> list[Any]:
    """The origins of the collection types anywhere in the type ``t``."""
    origin = typing.get_origin(t)
    found = [origin] if origin is not None and origin not in (typing.Union, types.UnionType) else []
    if t in _MUTABLE:
        found.append(t)
    for arg in typing.get_args(t):
        found.extend(_collections_in(arg))
    return found


@pytest.mark.parametrize("cls", _model_classes(), ids=lambda c: c.__name__)
def test_every_collection_field_is_a_tuple(cls: type) -> None:
    hints = typing.get_type_hints(cls)
    for field in attrs.fields(cls):
        for origin in _collections_in(hints[field.name]):
            assert origin is tuple, f"{cls.__name__}.{field.name} is a {origin}, not a tuple"


@pytest.mark.parametrize("cls", _model_classes(), ids=lambda c: c.__name__)
def test_every_model_class_has_a_docstring(cls: type) -> None:
    assert cls.__doc__ and cls.__doc__.strip()


def _modules() -> list[str]:
    """Every module of the package."""
    return sorted(m.name for m in pkgutil.walk_packages(zznews.__path__, prefix="zznews."))


def _documented(text: str) -> set[str]:
    """Module names the docs refer to (``:mod:`` roles, module and automodule directives)."""
    roles = re.findall(r":mod:`~?(zznews[\w.]*)`", text)
    directives = re.findall(r"^\.\. (?:auto)?module:: (zznews[\w.]*)", text, flags=re.M)
    return set(roles) | set(directives)


@pytest.mark.skipif(not DOCS.is_dir(), reason="no docs/ next to the tests")
def test_every_module_is_private_or_documented() -> None:
    """A module is internal (a part of its name starts with ``_``) or the docs name it."""
    text = "\n".join(p.read_text("utf-8") for p in DOCS.glob("*.rst"))
    documented = _documented(text)
    public = [m for m in _modules() if not any(p.startswith("_") for p in m.split("."))]
    undocumented = [m for m in public if m not in documented]
    assert not undocumented, f"modules neither private (_name) nor in docs/: {undocumented}"


@pytest.mark.parametrize("name", _modules())
def test_every_module_lists_all_that_exists(name: str) -> None:
    module = importlib.import_module(name) if name != "zznews.__main__" else None
    if module is None or not hasattr(module, "__all__"):
        return
    for public in module.__all__:
        assert hasattr(module, public), f"{name}.__all__ lists {public}, which does not exist"


def _commented(cls: type) -> set[str]:
    """Names assigned in ``cls``'s body with a ``#:`` comment on the line above."""
    source = textwrap.dedent(inspect.getsource(cls))
    lines = source.splitlines()
    names: set[str] = set()
    for node in ast.parse(source).body[0].body:  # type: ignore[attr-defined]
        targets = [node.target] if isinstance(node, ast.AnnAssign) else []
        targets += node.targets if isinstance(node, ast.Assign) else []
        if node.lineno >= 2 and lines[node.lineno - 2].strip().startswith("#:"):
            names.update(t.id for t in targets if isinstance(t, ast.Name))
    return names


def _public_model() -> list[type]:
    enums = [getattr(zznews, n) for n in zznews.__all__ if kind_of(getattr(zznews, n))[0] == "enum"]
    return [*_model_classes(), *enums]


@pytest.mark.parametrize("cls", [pytest.param(c, id=c.__name__) for c in _public_model()])
def test_every_field_and_enum_value_is_documented(cls: type) -> None:
    """The reference documentation shows each field's ``#:`` comment: none may be missing."""
    names = [m.name for m in cls] if issubclass(cls, Enum) else [f.name for f in attrs.fields(cls)]
    missing = [n for n in names if n not in _commented(cls)]
    assert not missing, f"{cls.__name__}: no #: comment for {missing}"


# --- edges of the API (issue 12, 14) ---------------------------------------------------


@pytest.mark.parametrize(
    ("name", "call"),
    [
        ("parse", lambda x: zznews.parse(x)),
        ("extract_quantities", lambda x: zznews.extract_quantities(x)),
        ("extract_dates", lambda x: zznews.extract_dates(x)),
        ("parse_byline", lambda x: zznews.parse_byline(x)),
    ],
)
def test_every_text_entry_checks_its_argument(name: str, call: Any) -> None:
    with pytest.raises(
        TypeError, match=rf"zznews\.{name}\(\) takes str, not bytes; decode bytes first"
    ):
        call("记者/王明 摄".encode())
    with pytest.raises(zznews.ParseError, match="lone surrogate"):
        call("3家\udcff")


def test_issue_date_as_a_datetime_is_its_day() -> None:
    text = "标题\n\n株洲日报(记者/王明)今年8月底共培训1.5万人次。"
    import datetime as dt

    moment = dt.datetime(2025, 11, 21, 9, 30)
    assert zznews.parse(text, issue_date=moment) == zznews.parse(text, issue_date=moment.date())
    with pytest.raises(TypeError, match=r"issue_date must be a datetime\.date"):
        zznews.parse(text, issue_date="2025-11-21")  # type: ignore[arg-type]


def test_submodules_after_import_zznews() -> None:
    import subprocess
    import sys

    code = (
        "import zznews; print(zznews.archive.record.__name__, zznews.tables.quantity_rows.__name__)"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert run.stdout.split() == ["record", "quantity_rows"]


def test_enums_print_their_value() -> None:
    assert str(zznews.ArticleKind.PHOTO_NEWS) == "photo_news"
    assert f"{zznews.Approx.MORE_THAN}" == "more_than"
    assert repr(zznews.PhotoKind.QR_CODE) == "<PhotoKind.QR_CODE: 'qr_code'>"


def test_repr_of_a_document_is_short(sample_doc: zznews.Document) -> None:
    assert (
        repr(sample_doc) == "Document(pages=2, articles=9, issue_date=datetime.date(2025, 11, 21))"
    )


def test_from_json_says_where() -> None:
    import json

    data = json.loads(zznews.to_json(zznews.parse("标题\n\n株洲日报(记者/王明)共培训1.5万人次。")))
    data["pages"][0]["articles"][0]["kind"] = "poem"
    with pytest.raises(
        zznews.ParseError, match=r"expected ArticleKind @ \$\.pages\[0\]\.articles\[0\]\.kind"
    ):
        zznews.from_json(json.dumps(data))
    with pytest.raises(zznews.ParseError, match="not JSON"):
        zznews.from_json("{")
    data["format_version"] = "2.0"
    with pytest.raises(zznews.ParseError, match=r"JSON format 2\.0"):
        zznews.from_json(json.dumps(data))
    data["format_version"] = "1.9"
    data["pages"][0]["articles"][0]["kind"] = "story"
    data["pages"][0]["comment"] = "a field from a later minor version"
    assert zznews.from_json(json.dumps(data)).articles[0].headline == "标题"
