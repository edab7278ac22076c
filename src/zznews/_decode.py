"""Bytes to text: a named codec, or ``auto`` (UTF-8, UTF-16 with a BOM, else GB18030).

>>> decode("标题".encode("gb18030"), "auto")
('标题', 'gb18030')
>>> decode(b"\\xef\\xbb\\xbfok", "auto")
('\\ufeffok', 'utf-8-sig')
>>> decode("标题".encode("utf-16"), "auto")
('标题', 'utf-16')
>>> decode(b"ok", "utf-8")
('ok', 'utf-8')
"""

from __future__ import annotations

import codecs

__all__ = ["AUTO", "DEFAULT", "UTF8_HINT", "decode", "looks_utf16"]

#: The default encoding: UTF-8, a byte-order mark allowed.
DEFAULT = "utf-8"
#: Guess the encoding: UTF-8 with or without BOM, UTF-16 with BOM, else GB18030.
AUTO = "auto"
#: What a UTF-8 error adds, so that the reader knows what to try.
UTF8_HINT = "try --encoding gb18030 (GBK), utf-16 or auto"

_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
_SNIFF = 4096  # bytes looked at for UTF-16 without a BOM


def looks_utf16(data: bytes) -> str | None:
    """``"utf-16-le"``/``"utf-16-be"`` when ``data`` has a NUL every other byte, else ``None``.

    UTF-8 text never holds NUL bytes in such a pattern; UTF-16 text of ASCII does.

    >>> looks_utf16("page 1".encode("utf-16-le")), looks_utf16(b"page 1")
    ('utf-16-le', None)
    """
    head = data[:_SNIFF]
    if len(head) < 2 or len(head) % 2:
        head = head[: len(head) - len(head) % 2]
    if not head:
        return None
    half = len(head) // 2
    if head[1::2].count(0) * 4 >= half * 3 and head[0::2].count(0) * 4 < half:
        return "utf-16-le"
    if head[0::2].count(0) * 4 >= half * 3 and head[1::2].count(0) * 4 < half:
        return "utf-16-be"
    return None


def decode(data: bytes, encoding: str = DEFAULT) -> tuple[str, str]:
    """``data`` as text, and the name of the codec that read it.

    ``encoding`` is any Python codec name, or ``"auto"``. With UTF-8 (the default)
    a byte-order mark is kept in the text (the parser skips it), and UTF-16 text
    without a BOM is refused with a :class:`UnicodeDecodeError` rather than read
    as UTF-8 full of NULs.
    Raises :class:`LookupError` for an unknown codec.
    """
    if encoding == AUTO:
        return _auto(data)
    codec = codecs.lookup(encoding).name
    if codec == "utf-8":
        if data.startswith(codecs.BOM_UTF8):
            return data.decode("utf-8"), "utf-8-sig"  # the BOM kept: spans count it, as before
        guess = looks_utf16(data)
        if guess is not None:
            raise UnicodeDecodeError(
                "utf-8", data, 0, min(len(data), 2), f"NUL every other byte: looks like {guess}"
            )
    return data.decode(codec), codec


def _auto(data: bytes) -> tuple[str, str]:
    """:func:`decode` with ``"auto"``."""
    if data.startswith(codecs.BOM_UTF8):
        return data.decode("utf-8"), "utf-8-sig"
    if data.startswith(_UTF16_BOMS):
        return data.decode("utf-16"), "utf-16"
    guess = looks_utf16(data)
    if guess is not None:
        return data.decode(guess), guess
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("gb18030"), "gb18030"
