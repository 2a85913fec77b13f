"""Text normalisation at the input boundary: every string from outside passes here once.

Readers get text from files, JSON and the command line, where anything may
appear: lone surrogates (a JSON ``"\\ud800"`` escape, an undecodable file
name), NUL and other control characters, the line breaks ``\\r``, ``\\v``,
``\\f``, U+0085, U+2028 and U+2029, and decomposed accents.  spaCy's
tokenizer, the UTF-8 writers of the map and the one-line error format each
break on one of these, so they are replaced here and no later stage meets
them: lone surrogates become U+FFFD, line breaks become ``\\n`` (in one-line
fields a space), other control characters a space, and the result is NFC.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ("LINE_BREAKS", "clean_line", "clean_text")

#: Characters that end a line for ``str.splitlines`` besides ``\n``.
LINE_BREAKS = "\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"

_SURROGATE = re.compile("[\ud800-\udfff]")
_CONTROLS = [chr(c) for c in (*range(0x20), 0x7F, *range(0x80, 0xA0))]
#: Body text keeps its lines and tabs; every other control character goes.
_TEXT = str.maketrans(
    {c: ("\n" if c in LINE_BREAKS else " ") for c in _CONTROLS if c not in "\n\t"}
    | {"\u2028": "\n", "\u2029": "\n"}
)
#: A one-line field (title, id, URL) keeps no line break and no tab.
_LINE = str.maketrans({c: " " for c in (*_CONTROLS, "\u2028", "\u2029")})


def _fix(text: str, table: dict[int, str]) -> str:
    if _SURROGATE.search(text):
        text = _SURROGATE.sub("\ufffd", text)
    text = text.replace("\r\n", "\n").translate(table)
    return unicodedata.normalize("NFC", text)


def clean_text(text: str) -> str:
    """Return body text safe for every stage: lines kept, nothing else unusual."""
    return _fix(text, _TEXT)


def clean_line(text: str) -> str:
    """Return a one-line field (title, id, URL) with no break or control character."""
    return _fix(text, _LINE).strip()
