"""The argument check shared by every public entry point that takes text."""

from __future__ import annotations

from .errors import ParseError

__all__ = ["check_text"]


def check_text(text: object, func: str) -> None:
    """Raise unless ``text`` is a :class:`str` that decoding bytes properly can give.

    :class:`TypeError` for anything but :class:`str` (bytes included), and
    :class:`~zznews.ParseError` naming the line for a lone surrogate (what
    ``errors='surrogateescape'`` leaves in).

    >>> check_text("标题", "parse")
    >>> check_text(b"x", "extract_dates")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    TypeError: zznews.extract_dates() takes str, not bytes; decode bytes first, ...
    >>> check_text("a\\n\\udcff", "parse_byline")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    zznews.errors.ParseError: line 2: lone surrogate '\\udcff': ...
    """
    if not isinstance(text, str):
        raise TypeError(
            f"zznews.{func}() takes str, not {type(text).__name__}; "
            "decode bytes first, e.g. data.decode('utf-8')"
        )
    try:
        text.encode("utf-8")  # one cheap attempt; the slow search only when it fails
    except UnicodeEncodeError:
        pass
    else:
        return
    for number, chunk in enumerate(text.splitlines(), start=1):
        for ch in chunk:
            if "\ud800" <= ch <= "\udfff":
                raise ParseError(
                    f"lone surrogate {ch!r}: the bytes were decoded with "
                    "errors='surrogateescape'; decode them with the right encoding "
                    "(or errors='replace') first",
                    line=number,
                )
