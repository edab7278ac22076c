"""JSON for the model: a cattrs converter, kept apart so the model stays plain.

Numbers stay exact: an :class:`int` is a JSON number, a :class:`~decimal.Decimal`
is a JSON string (``"1.5"``), a :class:`~fractions.Fraction` a string with a slash
(``"2/3"``), so no value ever passes through a float. Dates are
ISO strings, enums their values, spans two-element arrays. A document carries the
version of its format (``"format_version"``, :data:`zznews.schema.FORMAT_VERSION`);
reading ignores fields it does not know, so a later minor version still reads.

>>> import zznews
>>> doc = zznews.parse("标题\\n\\n株洲日报(记者/王明)今年共培训1.5万人次。")
>>> zznews.from_json(zznews.to_json(doc)) == doc
True
"""

from __future__ import annotations

import datetime as dt
import json
import types
import typing
from decimal import Decimal
from fractions import Fraction
from typing import Any

import cattrs
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn

from .errors import ParseError
from .model import Document
from .schema import FORMAT_VERSION

__all__ = ["converter", "from_json", "to_json"]


def _is_number(t: Any) -> bool:
    """Whether ``t`` is ``int | Decimal``, with ``Fraction`` or ``None`` or both."""
    if typing.get_origin(t) not in (typing.Union, types.UnionType):
        return False
    args = set(typing.get_args(t)) - {Fraction, type(None)}
    return args == {int, Decimal}


def _structure_number(value: Any, _: Any) -> int | Decimal | Fraction | None:
    """A JSON number or numeric string back to an exact number (``"2/3"``: a fraction)."""
    if value is None or (isinstance(value, int) and not isinstance(value, bool)):
        return value
    if isinstance(value, str):
        return Fraction(value) if "/" in value else Decimal(value)
    raise ValueError(f"not an exact number: {value!r} (decimals are stored as strings)")


def _unstructure_number(value: int | Decimal | Fraction | None) -> int | str | None:
    """An exact number as JSON: ints as numbers, decimals and fractions as strings."""
    return str(value) if isinstance(value, (Decimal, Fraction)) else value


def make_converter() -> cattrs.Converter:
    """A new converter for the zznews model (what :data:`converter` is)."""
    conv = cattrs.Converter()
    conv.register_unstructure_hook(Decimal, str)
    conv.register_structure_hook(Decimal, lambda v, _: Decimal(str(v)))
    conv.register_unstructure_hook(dt.date, dt.date.isoformat)
    conv.register_structure_hook(dt.date, lambda v, _: dt.date.fromisoformat(v))
    conv.register_unstructure_hook(dt.time, dt.time.isoformat)
    conv.register_structure_hook(dt.time, lambda v, _: dt.time.fromisoformat(v))
    conv.register_structure_hook_func(_is_number, _structure_number)
    conv.register_unstructure_hook_func(_is_number, _unstructure_number)
    fields = make_dict_unstructure_fn(Document, conv)
    conv.register_unstructure_hook(
        Document, lambda doc: {"format_version": FORMAT_VERSION, **fields(doc)}
    )
    build = make_dict_structure_fn(Document, conv)
    conv.register_structure_hook(Document, lambda v, t: build(_check_version(v), t))
    return conv


def _check_version(data: Any) -> Any:
    """``data`` unchanged, when its format version (if any) has the major number this reads."""
    version = data.get("format_version") if isinstance(data, dict) else None
    major = FORMAT_VERSION.split(".")[0]
    if version is not None and str(version).split(".")[0] != major:
        raise ValueError(
            f"JSON format {version} cannot be read by zznews (it reads {major}.x): "
            "install the zznews that wrote it"
        )
    return data


#: The converter between the model and JSON-ready Python data (dicts, lists, str, int).
converter: cattrs.Converter = make_converter()


def to_json(doc: Document, *, indent: int | None = None) -> str:
    """``doc`` as a JSON string (UTF-8 text, Chinese kept as is)."""
    return json.dumps(converter.unstructure(doc), ensure_ascii=False, indent=indent)


def from_json(text: str | bytes) -> Document:
    """A :class:`~zznews.Document` from :func:`to_json`'s output.

    Raises :class:`~zznews.ParseError` saying where the JSON is wrong:

    >>> from_json('{"pages": [{"articles": [{"headline": "x", "kind": "poem"}]}]}')
    ... # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    zznews.errors.ParseError: ... expected ArticleKind @ $.pages[0].articles[0].kind
    """
    try:
        data = json.loads(text)
    except ValueError as e:  # JSONDecodeError, or bytes that are not UTF-8
        raise ParseError(f"not JSON: {e}") from e
    if not isinstance(data, dict):
        kind = type(data).__name__
        raise ParseError(f"not a zznews document: expected an object @ $, not {kind}")
    try:
        _check_version(data)
    except ValueError as e:
        raise ParseError(str(e)) from None
    try:
        return converter.structure(data, Document)
    except (cattrs.BaseValidationError, ValueError, TypeError, KeyError, AttributeError) as e:
        where = "; ".join(cattrs.transform_error(e, path="$"))
        raise ParseError(f"not a zznews document: {where}") from e
