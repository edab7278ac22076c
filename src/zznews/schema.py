"""A JSON Schema of :func:`zznews.to_json`'s output, derived from the model.

The schema is not written by hand: :func:`json_schema` walks the attrs classes of
:mod:`zznews.model` from :class:`~zznews.Document` down, and turns each field's
type into JSON Schema the way :data:`zznews.converter` turns its value into
JSON, so the two cannot drift apart. Field descriptions are the ``#:`` comments
of the model (the same text the reference documentation shows).

>>> from zznews.schema import json_schema
>>> schema = json_schema()
>>> schema["$schema"], schema["title"], schema["version"]
('https://json-schema.org/draft/2020-12/schema', 'zznews Document', '1.1')
>>> schema["$defs"]["Series"]["required"]
['name', 'number']
>>> schema["$defs"]["Quantity"]["properties"]["value"]["anyOf"][1]["type"]
'string'
"""

from __future__ import annotations

import ast
import datetime as dt
import inspect
import re
import textwrap
import types
import typing
from decimal import Decimal
from enum import Enum
from fractions import Fraction
from functools import cache
from typing import Any

import attrs

from .model import Document

__all__ = ["FORMAT_VERSION", "SCHEMA_ID", "json_schema", "plain_text"]

#: The version of the JSON format, ``MAJOR.MINOR``: the major number changes when
#: a field is removed, renamed or changes type; the minor number when a field or
#: an enum value is added. See :doc:`versioning`.
FORMAT_VERSION = "1.1"

#: The ``$id`` of the schema: where the documentation publishes it.
SCHEMA_ID = "https://zznews.readthedocs.io/en/stable/_static/zznews.schema.json"

# A Decimal as :data:`zznews.converter` writes it: ``str(Decimal(...))``, never NaN
# or infinite (``"1.5"``, ``"-0.25"``, ``"1E+3"``).
_DECIMAL_PATTERN = r"^-?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:E[+-]?[0-9]+)?$"

# A clock time as :data:`zznews.converter` writes it: ``"15:00:00"`` (no time zone).
_TIME_PATTERN = r"^(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]$"

# A Fraction as :data:`zznews.converter` writes it: ``str(Fraction(...))`` (``"2/3"``).
_FRACTION_PATTERN = r"^-?[0-9]+/[0-9]+$"

_NONE = type(None)


def json_schema() -> dict[str, Any]:
    """A JSON Schema (draft 2020-12) that every output of :func:`zznews.to_json` is valid against.

    A new dict each call, safe to change. Every field is required, because
    :func:`~zznews.to_json` writes every field (``null`` or ``[]`` when empty);
    other properties are allowed, because a minor version of the format may add
    fields (see :doc:`versioning`). ``format_version`` is the format's version.

    >>> import json, zznews
    >>> from zznews.schema import json_schema
    >>> doc = json.loads(zznews.to_json(zznews.parse(zznews.sample_text())))
    >>> sorted(json_schema()["properties"]) == sorted(doc)
    True
    """
    defs: dict[str, Any] = {}
    root = _class_schema(Document, defs)
    root["properties"] = {
        "format_version": {
            "description": "The version of the JSON format, MAJOR.MINOR: a reader of "
            "major version 1 reads every 1.x document and ignores fields it does not know.",
            "type": "string",
            "pattern": r"^1\.[0-9]+$",
        },
        **root["properties"],
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        **root,
        "title": "zznews Document",
        "version": FORMAT_VERSION,
        "description": (
            "A Zhuzhou Daily page text parsed by zznews, as zznews.to_json() writes it "
            f"(JSON format {FORMAT_VERSION}). Decimals are strings, fractions 'n/d' strings, "
            "dates ISO 8601 strings, spans [start, end) offsets into the parsed text. A later "
            "minor version may add properties: ignore those you do not know."
        ),
        "$defs": dict(sorted(defs.items())),
    }


def _type_schema(t: Any, defs: dict[str, Any]) -> dict[str, Any]:
    """The schema of a value of type ``t`` once :data:`zznews.converter` unstructured it."""
    origin = typing.get_origin(t)
    if origin in (typing.Union, types.UnionType):
        args = typing.get_args(t)
        options = [_type_schema(a, defs) for a in args if a is not _NONE]
        if _NONE in args:
            options.append({"type": "null"})
        return options[0] if len(options) == 1 else {"anyOf": options}
    if origin is tuple:
        args = typing.get_args(t)
        if len(args) == 2 and args[1] is Ellipsis:
            return {"type": "array", "items": _type_schema(args[0], defs)}
        return {
            "type": "array",
            "prefixItems": [_type_schema(a, defs) for a in args],
            "minItems": len(args),
            "items": False,
        }
    if origin is not None:
        raise TypeError(f"no JSON Schema for the type {t!r}")
    if t is bool:  # before int: bool is an int
        return {"type": "boolean"}
    if t is int:
        return {"type": "integer"}
    if t is str:
        return {"type": "string"}
    if t is Decimal:
        return {"type": "string", "pattern": _DECIMAL_PATTERN}
    if t is Fraction:
        return {"type": "string", "pattern": _FRACTION_PATTERN}
    if t is dt.time:
        return {"type": "string", "pattern": _TIME_PATTERN}
    if t is dt.date:
        return {"type": "string", "format": "date"}
    if isinstance(t, type) and issubclass(t, Enum):
        return _ref(t, defs, _enum_schema)
    if isinstance(t, type) and attrs.has(t):
        return _ref(t, defs, _class_schema)
    raise TypeError(f"no JSON Schema for the type {t!r}")


def _ref(t: type, defs: dict[str, Any], build: Any) -> dict[str, Any]:
    """A ``$ref`` to ``t``'s definition, built into ``defs`` on first use."""
    name = t.__name__
    if name not in defs:
        defs[name] = {}  # a placeholder: a class may refer to itself
        defs[name] = build(t, defs)
    return {"$ref": f"#/$defs/{name}"}


def _enum_schema(t: type[Enum], defs: dict[str, Any]) -> dict[str, Any]:
    """An enum as the strings of its values."""
    return {
        "title": t.__name__,
        "description": _summary(t),
        "type": "string",
        "enum": [m.value for m in t],
    }


def _class_schema(cls: type, defs: dict[str, Any]) -> dict[str, Any]:
    """An attrs class as an object with one required property a field."""
    hints = typing.get_type_hints(cls)
    docs = _field_docs(cls)
    properties: dict[str, Any] = {}
    for field in attrs.fields(cls):
        prop = _type_schema(hints[field.name], defs)
        if field.name in docs:
            prop = {"description": plain_text(docs[field.name]), **prop}
        properties[field.name] = prop
    return {
        "title": cls.__name__,
        "description": _summary(cls),
        "type": "object",
        "properties": properties,
        "required": list(properties),
    }


def _summary(obj: type) -> str:
    """The first paragraph of ``obj``'s docstring, on one line, as plain text."""
    doc = inspect.getdoc(obj) or ""
    return plain_text(" ".join(doc.split("\n\n")[0].split()))


# A reST role (:class:`~zznews.Byline`, :doc:`title <page>`) or an inline literal (``x``).
_REST = re.compile(
    r"""(?x)
    :[a-z]+(?::[a-z]+)?:`(?P<tilde>~?)(?P<role>[^`<~]{1,200}?)  # a role: its target or title
    \s?(?:<[^`>]{1,200}>)?`                                           # (a target after a title)
    | ``(?P<code>[^`]{1,200})``                                        # a literal: its text
    """
)


def plain_text(text: str) -> str:
    """``text`` with reST roles and literals as the words a reader sees.

    >>> plain_text("The :class:`~zznews.Byline`, ``None`` or :data:`zznews.vocab.byline.ROLES`.")
    'The Byline, None or zznews.vocab.byline.ROLES.'
    """
    return _REST.sub(_shown, text)


def _shown(m: re.Match[str]) -> str:
    """What a reader sees of one role or literal (``~a.b.C`` shows ``C``)."""
    if m["role"] is None:
        return m["code"]
    return m["role"].rsplit(".", 1)[-1] if m["tilde"] else m["role"]


@cache
def _field_docs(cls: type) -> dict[str, str]:
    """The ``#:`` comments above each field of ``cls`` in its source (empty when no source)."""
    try:
        source = textwrap.dedent(inspect.getsource(cls))
    except (OSError, TypeError):
        return {}
    lines = source.splitlines()
    cls_def = ast.parse(source).body[0]
    if not isinstance(cls_def, ast.ClassDef):
        return {}
    docs: dict[str, str] = {}
    for node in cls_def.body:
        if not (isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name)):
            continue
        comment: list[str] = []
        i = node.lineno - 2  # the line above, 0-based
        while i >= 0 and lines[i].strip().startswith("#:"):
            comment.insert(0, lines[i].strip()[2:].strip())
            i -= 1
        if comment:
            docs[node.target.id] = " ".join(comment)
    return docs


def _main() -> None:
    """``python -m zznews.schema`` (or ``zznews --schema``): print the schema."""
    import json

    print(json.dumps(json_schema(), ensure_ascii=False, indent=2))


if __name__ == "__main__":
    _main()
