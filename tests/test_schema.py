"""The JSON Schema of zznews.schema: valid, derived from the model, and true of to_json's output."""

from __future__ import annotations

import copy
import datetime as dt
import json
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import zznews
from zznews.schema import FORMAT_VERSION, SCHEMA_ID, json_schema

jsonschema = pytest.importorskip("jsonschema")

SHIPPED = Path(__file__).resolve().parent.parent / "docs" / "_static" / "zznews.schema.json"
Validator = jsonschema.Draft202012Validator


@pytest.fixture(scope="module")
def validator() -> Any:
    return Validator(json_schema(), format_checker=Validator.FORMAT_CHECKER)


def _errors(validator: Any, data: Any) -> list[str]:
    return [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(data)]


def test_the_schema_is_a_valid_draft_2020_12_schema() -> None:
    schema = json_schema()
    Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"] == SCHEMA_ID
    assert schema["version"] == FORMAT_VERSION
    assert schema["title"]


def test_each_call_gives_a_fresh_schema() -> None:
    a = json_schema()
    a["$defs"].clear()
    assert json_schema()["$defs"]


def _attrs_classes(root: type) -> set[type]:
    """Every attrs class reachable from ``root`` through its fields' types."""
    import typing

    seen: set[type] = set()
    todo = [root]
    while todo:
        cls = todo.pop()
        if cls in seen:
            continue
        seen.add(cls)
        stack = list(typing.get_type_hints(cls).values())
        while stack:
            t = stack.pop()
            stack.extend(typing.get_args(t))
            if isinstance(t, type) and attrs.has(t):
                todo.append(t)
    return seen


def test_the_schema_follows_the_model() -> None:
    """One definition a class, one required property a field, in the model's order."""
    schema = json_schema()
    classes = _attrs_classes(zznews.Document) - {zznews.Document}
    assert classes <= {c for c in vars(zznews).values() if isinstance(c, type)}
    for cls in classes:
        definition = schema["$defs"][cls.__name__]
        names = [f.name for f in attrs.fields(cls)]
        assert list(definition["properties"]) == names
        assert definition["required"] == names
        assert "additionalProperties" not in definition  # a minor version may add fields
    fields = [f.name for f in attrs.fields(zznews.Document)]
    assert list(schema["properties"]) == ["format_version", *fields]
    assert "additionalProperties" not in schema
    for enum in (zznews.ArticleKind, zznews.PhotoKind, zznews.Approx, zznews.Field):
        assert schema["$defs"][enum.__name__]["enum"] == [m.value for m in enum]


def test_field_comments_become_descriptions() -> None:
    props = json_schema()["$defs"]["Quantity"]["properties"]
    assert "hedge" in props["approx"]["description"]
    assert props["text"]["description"].startswith("The expression as printed")


@pytest.mark.skipif(not SHIPPED.is_file(), reason="no docs/ next to the tests")
def test_the_shipped_schema_file_is_current() -> None:
    shipped = json.loads(SHIPPED.read_text("utf-8"))
    assert shipped == json_schema(), (
        "docs/_static/zznews.schema.json is stale: "
        "zznews --schema > docs/_static/zznews.schema.json"
    )


@pytest.mark.parametrize("issue_date", [None, dt.date(2025, 11, 21)])
def test_the_sample_output_validates(validator: Any, issue_date: dt.date | None) -> None:
    doc = zznews.parse(zznews.sample_text(), issue_date=issue_date)
    data = json.loads(zznews.to_json(doc))
    assert _errors(validator, data) == []
    # the sample exercises most of the schema: make sure it is not vacuous
    assert any(a["quantities"] for p in data["pages"] for a in p["articles"])
    assert any(a["photos"] for p in data["pages"] for a in p["articles"])


def test_empty_and_small_documents_validate(validator: Any) -> None:
    for text in ("", "标题\n\n株洲日报(记者/王明)我市举行活动。\n\n记者/李四\n"):
        assert _errors(validator, json.loads(zznews.to_json(zznews.parse(text)))) == []


def _full_document() -> zznews.Document:
    """A document with every optional value set, decimals and ranges included."""
    credit = zznews.Byline(
        "记者/李四 摄", (30, 37), None, (zznews.Contributor("记者", "李四"),), True, None
    )
    article = zznews.Article(
        headline="标题",
        kind=zznews.ArticleKind.PHOTO_NEWS,
        kicker="引题",
        subtitle="副题③",
        series=zznews.Series("副题", 3),
        byline=zznews.Byline(
            "株洲日报5月22日讯(记者 王明)",
            (0, 18),
            "株洲日报",
            (zznews.Contributor("记者", "王明"), zznews.Contributor(None, "阿不都·热合曼")),
            False,
            "5月22日",
        ),
        paragraphs=("约1.5公里。", "5到10家。"),
        headings=("小标题",),
        heading_positions=(1,),
        photos=(
            zznews.Photo("说明。", credit, zznews.PhotoKind.PHOTO, (20, 37)),
            zznews.Photo("扫描二维码", None, zznews.PhotoKind.QR_CODE, None),
        ),
        quantities=(
            zznews.Quantity(
                "约1.5公里", Decimal("1.5"), None, None, "公里", zznews.Approx.ABOUT, (1, 7)
            ),
            zznews.Quantity("5到10家", None, 5, 10, "家", None, (8, 13)),
            zznews.Quantity("十几个", None, 11, 19, "个", zznews.Approx.VAGUE, (14, 17)),
            zznews.Quantity("每周5名", 5, None, None, "名", None, (18, 22), per="周"),
            zznews.Quantity("-0.25%", Decimal("-0.25"), None, None, "%", None, (23, 29)),
            zznews.Quantity("1E+3", Decimal("1E+3"), None, None, None, None, (30, 34)),
        ),
        dates=(
            zznews.DateMention(
                "今年8月底", (0, 5), dt.date(2025, 8, 21), dt.date(2025, 8, 31), None, 8
            ),
            zznews.DateMention("某日", (6, 8), None, None),
        ),
        span=(0, 40),
        parts=(zznews.Part(zznews.Field.HEADLINE, 0, (0, 2)),),
    )
    page = zznews.Page(
        section="就业·创业",
        editor="王建设",
        date=dt.date(2025, 11, 21),
        articles=(article,),
        photos=(zznews.Photo(None, credit),),
        unplaced=(
            zznews.Unplaced("记者/李四", (50, 55), "a byline line inside an article's body"),
        ),
        span=(0, 60),
        parts=(zznews.Part(zznews.Field.UNPLACED, 0, (50, 55)),),
    )
    return zznews.Document((page, zznews.Page()), dt.date(2025, 11, 21))


def test_a_document_with_every_value_set_validates(validator: Any) -> None:
    doc = _full_document()
    data = json.loads(zznews.to_json(doc))
    assert _errors(validator, data) == []
    assert zznews.from_json(json.dumps(data)) == doc


def _set(path: list[str | int], value: Any) -> Callable[[Any], None]:
    def change(data: Any) -> None:
        for key in path[:-1]:
            data = data[key]
        data[path[-1]] = value

    return change


def _drop(path: list[str | int]) -> Callable[[Any], None]:
    def change(data: Any) -> None:
        for key in path[:-1]:
            data = data[key]
        del data[path[-1]]

    return change


ARTICLE: list[str | int] = ["pages", 0, "articles", 0]
BROKEN: dict[str, Callable[[Any], None]] = {
    "no pages": _drop(["pages"]),
    "another major version": _set(["format_version"], "2.0"),
    "an unknown kind": _set([*ARTICLE, "kind"], "editorial"),
    "a float for a decimal": _set([*ARTICLE, "quantities", 0, "value"], 1.5),
    "a decimal that is not a number": _set([*ARTICLE, "quantities", 0, "value"], "NaN"),
    "a span of three": _set([*ARTICLE, "span"], [0, 1, 2]),
    "a span of strings": _set([*ARTICLE, "span"], ["0", "1"]),
    "a date that is not ISO": _set(["issue_date"], "2025/11/21"),
    "an impossible date": _set(["issue_date"], "2025-02-30"),
    "a number as a string": _set([*ARTICLE, "series", "number"], "3"),
    "a headline that is a list": _set([*ARTICLE, "headline"], ["标题"]),
    "a missing byline field": _drop([*ARTICLE, "byline", "agency"]),
    "paragraphs as a string": _set([*ARTICLE, "paragraphs"], "一段。"),
    "a bool that is a string": _set([*ARTICLE, "byline", "is_photo_credit"], "yes"),
    "an unknown part field": _set([*ARTICLE, "parts", 0, "field"], "footnote"),
}


@pytest.mark.parametrize("change", BROKEN.values(), ids=list(BROKEN))
def test_a_broken_document_fails_validation(validator: Any, change: Callable[[Any], None]) -> None:
    data = json.loads(zznews.to_json(_full_document()))
    assert _errors(validator, data) == []
    broken = copy.deepcopy(data)
    change(broken)
    assert _errors(validator, broken) != []


# Any document the model can hold, written by to_json, validates.
_text = st.text(max_size=6)
_span = st.tuples(st.integers(0, 10_000), st.integers(0, 10_000))
_number = st.one_of(
    st.none(),
    st.integers(-(10**15), 10**15),
    st.decimals(allow_nan=False, allow_infinity=False, places=3),
)
_date = st.one_of(st.none(), st.dates())
_byline = st.builds(
    zznews.Byline,
    text=_text,
    span=_span,
    agency=st.one_of(st.none(), _text),
    contributors=st.lists(
        st.builds(zznews.Contributor, st.one_of(st.none(), _text), _text), max_size=2
    ).map(tuple),
    is_photo_credit=st.booleans(),
    dateline=st.one_of(st.none(), _text),
)
_photo = st.builds(
    zznews.Photo,
    caption=st.one_of(st.none(), _text),
    credit=st.one_of(st.none(), _byline),
    kind=st.sampled_from(zznews.PhotoKind),
    span=st.one_of(st.none(), _span),
)
_quantity = st.builds(
    zznews.Quantity,
    text=_text,
    value=_number,
    low=_number,
    high=_number,
    unit=st.one_of(st.none(), _text),
    approx=st.one_of(st.none(), st.sampled_from(zznews.Approx)),
    span=_span,
    per=st.one_of(st.none(), _text),
)
_date_mention = st.builds(
    zznews.DateMention,
    text=_text,
    span=_span,
    start=_date,
    end=_date,
    year=st.one_of(st.none(), st.integers(1900, 2100)),
    month=st.one_of(st.none(), st.integers(1, 12)),
    day=st.one_of(st.none(), st.integers(1, 31)),
)
_part = st.builds(zznews.Part, st.sampled_from(zznews.Field), st.integers(0, 50), _span)
_article = st.builds(
    zznews.Article,
    headline=st.one_of(st.none(), _text),
    kind=st.sampled_from(zznews.ArticleKind),
    kicker=st.one_of(st.none(), _text),
    subtitle=st.one_of(st.none(), _text),
    series=st.one_of(st.none(), st.builds(zznews.Series, _text, st.integers(1, 99))),
    byline=st.one_of(st.none(), _byline),
    paragraphs=st.lists(_text, max_size=3).map(tuple),
    headings=st.lists(_text, max_size=2).map(tuple),
    heading_positions=st.lists(st.integers(0, 3), max_size=2).map(tuple),
    photos=st.lists(_photo, max_size=2).map(tuple),
    quantities=st.lists(_quantity, max_size=3).map(tuple),
    dates=st.lists(_date_mention, max_size=2).map(tuple),
    span=st.one_of(st.none(), _span),
    parts=st.lists(_part, max_size=3).map(tuple),
)
_page = st.builds(
    zznews.Page,
    section=st.one_of(st.none(), _text),
    editor=st.one_of(st.none(), _text),
    date=_date,
    articles=st.lists(_article, max_size=2).map(tuple),
    photos=st.lists(_photo, max_size=1).map(tuple),
    unplaced=st.lists(st.builds(zznews.Unplaced, _text, _span, _text), max_size=1).map(tuple),
    span=st.one_of(st.none(), _span),
    parts=st.lists(_part, max_size=2).map(tuple),
)
_document = st.builds(zznews.Document, st.lists(_page, max_size=2).map(tuple), _date)


@settings(max_examples=60, deadline=None)
@given(_document)
def test_any_model_document_validates(doc: zznews.Document) -> None:
    validator = Validator(json_schema(), format_checker=Validator.FORMAT_CHECKER)
    data = json.loads(zznews.to_json(doc))
    assert _errors(validator, data) == []
