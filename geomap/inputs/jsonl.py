"""JSON Lines articles: one ``{"id", "title", "text", "published", "url"}`` per line.

Each line is read as bytes, decoded and parsed on its own, so a line nested
a thousand deep or a number too long for Python costs that line alone: it
comes back as an `InputError` naming file, line and field, and the rest of
the file still builds.  A line that is not UTF-8 is decoded in the legacy
encoding it fits (`geomap.inputs.encoding.LineDecoder`, one warning per
file); a UTF-16/32 file (byte-order mark) is decoded as a stream.
"""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import BinaryIO

from geomap.errors import InputError
from geomap.inputs.clean import clean_line, clean_text
from geomap.inputs.dates import find_dateline, parse_date
from geomap.inputs.encoding import LineDecoder, warn_encoding, wide_encoding
from geomap.inputs.text import MAX_CHARS, check_length
from geomap.model import Article

__all__ = ("MAX_LINE_BYTES", "read_jsonl")

log = logging.getLogger(__name__)

#: One line holds one article; JSON escapes (``\\u0627``) may take six bytes a character.
MAX_LINE_BYTES = 6 * MAX_CHARS
_CHUNK = 1 << 20


def read_jsonl(path: Path, *, published: date | None = None) -> Iterator[Article | InputError]:
    """Yield each line's article, or the `InputError` that names its line.

    Bad lines are yielded as errors, not raised, so one malformed row never
    stops the rest of the file; no exception escapes for one line.
    """
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield InputError(f"cannot read file: {exc.strerror or exc}", path=str(path))
        return
    with handle:
        lines: BinaryIO | _Recoded | None = None
        decoder = LineDecoder(str(path))
        number = 0
        while True:
            try:
                if lines is None:
                    lines = _utf8_lines(handle, str(path))
                raw = _next_line(lines)
            except OSError as exc:
                yield InputError(f"cannot read file: {exc.strerror or exc}", path=str(path))
                return
            if raw is None:
                return
            number += 1
            if not isinstance(raw, bytes):  # the line was over the limit and skipped
                yield InputError(
                    f"line is over {MAX_LINE_BYTES:,} bytes, too long for one article",
                    path=str(path),
                    line=number,
                )
                continue
            if not raw.strip():
                continue
            where = {"path": str(path), "line": number}
            try:
                yield _article(_decode(raw, where, decoder), published, **where)
            except InputError as exc:
                yield exc
            except Exception as exc:  # noqa: BLE001 - one line's failure of any kind is reported
                yield InputError(
                    f"cannot read this record ({type(exc).__name__}: {exc})",
                    path=str(path),
                    line=number,
                )


_TOO_LONG = object()


def _next_line(handle: BinaryIO | _Recoded) -> bytes | object | None:
    """Return the next line, ``_TOO_LONG`` (skipping it) if over the limit, None at the end."""
    line = handle.readline(MAX_LINE_BYTES + 1)
    if not line:
        return None
    if len(line) <= MAX_LINE_BYTES or line.endswith(b"\n"):
        return line
    while True:  # skip the rest of an over-long line without holding it
        rest = handle.readline(_CHUNK)
        if not rest or rest.endswith(b"\n"):
            return _TOO_LONG


class _Recoded:
    """A UTF-16/32 text stream read as UTF-8 lines, for `_next_line`.

    ``readline(limit)`` reads ``limit`` characters, which encode to at least
    ``limit`` bytes, so an over-long line is still told by its length.
    """

    def __init__(self, text: io.TextIOWrapper) -> None:
        self._text = text

    def readline(self, limit: int) -> bytes:
        return self._text.readline(limit).encode("utf-8")


def _utf8_lines(handle: io.BufferedReader, path: str) -> BinaryIO | _Recoded:
    """``handle`` itself, or for a UTF-16/32 file its text re-encoded as UTF-8 lines."""
    encoding = wide_encoding(handle.peek(4)[:4])
    if encoding is None:
        return handle
    warn_encoding(path, "byte-order mark", encoding)
    return _Recoded(io.TextIOWrapper(handle, encoding=encoding, errors="replace", newline=""))


def _decode(raw: bytes, where: dict, decoder: LineDecoder) -> object:
    """Decode and parse one line; raise `InputError` saying where it is broken."""
    text = decoder.decode(raw, where["line"])
    try:
        return json.loads(text.strip())
    except json.JSONDecodeError as exc:
        raise InputError(f"invalid JSON at column {exc.colno}: {exc.msg}", **where) from None
    except RecursionError:
        raise InputError("invalid JSON: nested too deeply", **where) from None
    except ValueError as exc:  # e.g. an integer of more than 4,300 digits
        raise InputError(f"invalid JSON: {exc}", **where) from None


def _field(row: dict, name: str, where: dict) -> str:
    """Return an optional string field ('' when absent), refusing other JSON types."""
    value = row.get(name)
    if value is None or value == "":
        return ""
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise InputError(f"field {name!r}: expected a string, got {type(value).__name__}", **where)
    return clean_line(str(value))


def _article(row: object, published: date | None, *, path: str, line: int) -> Article:
    where = {"path": path, "line": line}
    if not isinstance(row, dict):
        raise InputError("expected a JSON object per line", **where)
    text = row.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError("field 'text': missing or empty", **where)
    text = clean_text(text)
    check_length(text, **where)
    title = _field(row, "title", where) or clean_line(text.strip().split("\n", 1)[0][:120])
    when = published
    raw_date = _field(row, "published", where)
    if when is None and raw_date:
        when = parse_date(raw_date)
        if when is None:  # a typo in the date must not cost the article: try the dateline
            log.warning(
                "%s:%d: field 'published': cannot read a date from %r (use YYYY-MM-DD); "
                "using the dateline in the text, if any",
                path,
                line,
                raw_date,
            )
    if when is None:
        when, _ = find_dateline(text.split("\n"))
    article_id = _field(row, "id", where) or f"{Path(path).name}:{line}"
    return Article(
        id=article_id,
        title=title,
        text=text,
        published=when,
        url=_field(row, "url", where),
        path=path,
    )
