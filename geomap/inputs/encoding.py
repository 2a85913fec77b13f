"""Decode article bytes: UTF-8 first, else the encoding the bytes fit, with a warning.

News archives hold Windows-1252, Latin-1 and Cyrillic code-page files; a
readable file must never be refused for its encoding.  charset-normalizer
ranks the encodings the bytes decode cleanly in; among equally clean ones
Windows-1252 (a superset of Latin-1's printable range, the commonest legacy
encoding of news text) wins, since short texts rarely tell Western code
pages apart.
"""

from __future__ import annotations

import logging
from pathlib import Path

from geomap.errors import InputError

__all__ = ("PREFERRED_LEGACY", "decode_text", "read_limited")

log = logging.getLogger(__name__)

PREFERRED_LEGACY = "cp1252"
_TIE = 0.01


def decode_text(raw: bytes, *, path: str) -> str:
    """Return the text of ``raw``; warn naming the encoding when it is not UTF-8.

    Raises `InputError` (naming the first bad byte's line) only when no
    encoding decodes the bytes into text.
    """
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    from charset_normalizer import from_bytes

    matches = list(from_bytes(raw))
    if not matches:
        raise InputError(
            f"not valid UTF-8 at byte {first_bad}, and no other text encoding fits; "
            "re-save the file as UTF-8",
            path=path,
            line=raw[:first_bad].count(b"\n") + 1,
        )
    best = matches[0]
    tied = [
        m for m in matches if m.chaos == best.chaos and abs(m.coherence - best.coherence) < _TIE
    ]
    fits_legacy = any(PREFERRED_LEGACY in m.could_be_from_charset for m in tied)
    encoding = PREFERRED_LEGACY if fits_legacy else best.encoding
    log.warning(
        "%s: not UTF-8 (bad byte at %d); decoded as %s — re-save as UTF-8 if the text looks wrong",
        path,
        first_bad,
        encoding,
    )
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
