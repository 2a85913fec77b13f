"""Decode article bytes: UTF-8 first, else the encoding the bytes fit, with a warning.

News archives hold Windows-1252, Latin-1 and Cyrillic code-page files; a
readable file must never be refused for its encoding.  charset-normalizer
ranks the encodings the bytes decode cleanly in; among equally clean ones
Windows-1252 (a superset of Latin-1's printable range, the commonest legacy
encoding of news text) wins, since short texts rarely tell Western code
pages apart.
"""

from __future__ import annotations

import codecs
import logging
from pathlib import Path

from geomap.errors import InputError

__all__ = (
    "PREFERRED_LEGACY",
    "LineDecoder",
    "decode_text",
    "detect_encoding",
    "read_limited",
    "warn_encoding",
    "wide_encoding",
)

log = logging.getLogger(__name__)

PREFERRED_LEGACY = "cp1252"
_TIE = 0.01
#: Byte-order marks of the encodings whose newline is not the byte 0x0A alone
#: (UTF-32's before UTF-16's: FF FE 00 00 starts with FF FE).
_WIDE_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def detect_encoding(raw: bytes) -> str | None:
    """The legacy encoding ``raw`` decodes cleanly in (Windows-1252 among ties), or None."""
    from charset_normalizer import from_bytes

    matches = list(from_bytes(raw))
    if not matches:
        return None
    best = matches[0]
    tied = [
        m for m in matches if m.chaos == best.chaos and abs(m.coherence - best.coherence) < _TIE
    ]
    fits_legacy = any(PREFERRED_LEGACY in m.could_be_from_charset for m in tied)
    return PREFERRED_LEGACY if fits_legacy else best.encoding


def wide_encoding(head: bytes) -> str | None:
    """UTF-16 or UTF-32 when ``head`` (a file's first bytes) starts with its byte-order mark.

    Such a file cannot be split into lines as bytes, so line readers decode
    it whole-stream instead ("Unicode" in Windows' save dialogs is UTF-16).
    """
    return next((name for bom, name in _WIDE_BOMS if head.startswith(bom)), None)


def warn_encoding(path: str, where: str, encoding: str) -> None:
    """Log the one line telling that ``path`` was not UTF-8 and what it was read as."""
    log.warning(
        "%s: not UTF-8 (%s); decoded as %s — re-save as UTF-8 if the text looks wrong",
        path,
        where,
        encoding,
    )


def decode_text(raw: bytes, *, path: str) -> str:
    """Return the text of ``raw``; warn naming the encoding when it is not UTF-8.

    Raises `InputError` (naming the first bad byte's line) only when no
    encoding decodes the bytes into text.
    """
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    encoding = detect_encoding(raw)
    if encoding is None:
        raise InputError(
            f"not valid UTF-8 at byte {first_bad}, and no other text encoding fits; "
            "re-save the file as UTF-8",
            path=path,
            line=raw[:first_bad].count(b"\n") + 1,
        )
    warn_encoding(path, f"bad byte at {first_bad}", encoding)
    return raw.decode(encoding)


class LineDecoder:
    """Decode a file line by line, for readers that stream (JSON Lines).

    A line that is valid UTF-8 is UTF-8.  The first one that is not fixes
    the file's legacy encoding (detected on that line) and logs one warning
    naming the file and the encoding; later lines reuse it, and are detected
    anew (with a new warning) only if it does not fit them.
    """

    def __init__(self, path: str) -> None:
        self.path = path
        self.encoding: str | None = None

    def decode(self, raw: bytes, line: int) -> str:
        """The text of line number ``line``; `InputError` when no encoding fits it."""
        try:
            return raw.decode("utf-8-sig" if line == 1 else "utf-8")
        except UnicodeDecodeError as exc:
            first_bad = exc.start
        if self.encoding is not None:
            try:
                return raw.decode(self.encoding)
            except UnicodeDecodeError:
                pass
        encoding = detect_encoding(raw)
        if encoding is None:
            raise InputError(
                f"not valid UTF-8 at byte {first_bad + 1} of the line, and no other text "
                "encoding fits; re-save the file as UTF-8",
                path=self.path,
                line=line,
            )
        self.encoding = encoding
        warn_encoding(self.path, f"first at line {line}", encoding)
        return raw.decode(encoding)


def read_limited(path: Path, limit: int, what: str) -> bytes:
    """The bytes of ``path``, refused (naming the file) when unreadable or over ``limit``.

    The size is checked from the file's size before reading, so a huge file
    costs no memory; reading stops at the limit in case the file grows
    meanwhile.
    """
    raw = b""
    try:
        size = path.stat().st_size
        if size <= limit:
            with path.open("rb") as handle:
                raw = handle.read(limit + 1)
            size = len(raw)
    except OSError as exc:
        raise InputError(f"cannot read file: {exc.strerror or exc}", path=str(path)) from exc
    if size > limit:
        raise InputError(
            f"file is {size:,} bytes, over the {limit:,}-byte limit for {what}", path=str(path)
        )
    return raw
