"""The errors zznews raises."""

from __future__ import annotations

__all__ = ["ParseError"]


class ParseError(ValueError):
    """The text cannot be parsed; the message names the line and what was expected.

    >>> err = ParseError("lone surrogate; decode the bytes with the right codec", line=3)
    >>> str(err)
    'line 3: lone surrogate; decode the bytes with the right codec'
    >>> isinstance(err, ValueError), err.line
    (True, 3)
    """

    def __init__(self, message: str, *, line: int | None = None) -> None:
        self.message = message
        #: The 1-based line number the error is about, or ``None``.
        self.line = line
        super().__init__(f"line {line}: {message}" if line is not None else message)
