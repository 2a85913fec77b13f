"""Typed errors: every failure geomap reports to a user is one of these.

Each error also inherits the builtin a caller would already catch, so library
users can write ``except ValueError`` and still get our messages.  Messages say
what went wrong and where (file, line, field), quoting the offending value.
"""

from __future__ import annotations

import functools

__all__ = (
    "GeomapError",
    "InputError",
    "GazetteerError",
    "GazetteerEntryError",
    "GazetteerLockError",
    "RenderError",
    "ExportError",
    "ReviewError",
    "ReviewLockError",
    "printable",
)


def printable(text: str) -> str:
    """Escape what one terminal line cannot show (line breaks, controls, lone surrogates).

    Every message is one line naming a file, and a file name may hold a
    newline or, when its bytes are not UTF-8, a surrogate escape that would
    break stderr itself.
    """
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() or c == " " else ascii(c)[1:-1] for c in text)


class GeomapError(Exception):
    """Root of every error geomap raises on purpose."""


class InputError(GeomapError, ValueError):
    """An article or input file cannot be read or parsed.

    Raised with the file (and line, for JSON Lines) so a batch can skip the
    input, report it in one line and go on with the rest.
    """

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None):
        where = ""
        if path is not None:
            where = f"{path}:{line}: " if line is not None else f"{path}: "
        super().__init__(printable(f"{where}{message}"))
        self.message = message
        self.path = path
        self.line = line

    def __reduce__(self):
        # Keep path and line across processes (parallel builds send errors back).
        return (functools.partial(type(self), path=self.path, line=self.line), (self.message,))


class GazetteerError(GeomapError):
    """The gazetteer cannot be loaded, built or queried."""


class GazetteerEntryError(GazetteerError, ValueError):
    """A curated gazetteer entry is invalid (bad coordinate, unknown type, ...).

    Raised by validation and by ``geomap gazetteer add``; the message names the
    file, line and field where the entry lives.
    """


class GazetteerLockError(GazetteerError, TimeoutError):
    """Another process holds the gazetteer's write lock for too long."""


class RenderError(GeomapError):
    """The map cannot be written (missing asset, unwritable output)."""


class ExportError(GeomapError, ValueError):
    """An output format is unknown, or a data file cannot be written or read back.

    Raised by `geomap.export.writers` with the format and folder.
    """


class ReviewError(GeomapError, ValueError):
    """A review line (``reviews.tsv``) or a ``geomap review`` value is invalid.

    Raised with ``file:line: field: message`` so the line can be fixed by
    hand; the file is left unchanged.
    """


class ReviewLockError(ReviewError, TimeoutError):
    """Raised when another process holds the reviews file's lock for too long."""
