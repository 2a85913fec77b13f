"""The data block on the wire: how the payload goes into the page and back.

Small blocks are plain JSON.  Large ones (a million incidents) are packed so
the browser parses little text: integer columns (string-table indexes, codes,
spot numbers) go as little-endian int8/int16/int32 arrays, the narrowest
that holds each, which the runtime reads as typed-array views without
parsing; the rest as JSON; the whole is gzipped and base64-encoded
(``DecompressionStream`` inflates it, no network)::

    uint32 header length | header JSON (padded to 4 bytes) | columns, widest first

The header JSON is the payload without those columns plus ``"bin"``: a list
of ``[table, key, length, bytes per value]`` saying where each column goes.
"""

from __future__ import annotations

import base64
import gzip
import json
import struct

import numpy as np

from geomap.render.data import Payload
from geomap.render.escape import script_json

__all__ = ["BINARY_COLUMNS", "GZIP_THRESHOLD", "decode_payload", "encode_payload"]

#: Blocks larger than this (bytes of JSON) are packed.
GZIP_THRESHOLD = 1_000_000
ENCODING = "gzip+base64"
#: Columns that always hold whole numbers (never null), per table.
BINARY_COLUMNS: dict[str, tuple[str, ...]] = {
    "i": (
        "sp", "dp", "gp", "a1", "rv", "ar", "et", "st", "a2", "loc", "cc", "adm", "art",
        "tt", "url", "rvt",
    ),
    "p": ("ro", "ft", "cc", "art", "nm", "pn", "se"),
}  # fmt: skip


def encode_payload(payload: Payload, threshold: int = GZIP_THRESHOLD) -> tuple[str, str]:
    """Return ``(text, encoding)`` for the data element: ``json`` or packed ``gzip+base64``."""
    text = script_json(payload)
    if len(text.encode("utf-8")) <= threshold:
        return text, "json"
    header = {k: (dict(v) if k in BINARY_COLUMNS else v) for k, v in payload.items()}
    columns = []
    for table, keys in BINARY_COLUMNS.items():
        for key in keys:
            if key in header[table]:
                values = np.asarray(header[table].pop(key), dtype=np.int64)
                width = _width(values)
                columns.append((width, table, key, values.astype(f"<i{width}")))
    columns.sort(key=lambda c: -c[0])  # widest first: every view stays aligned
    where = [[table, key, len(values), width] for width, table, key, values in columns]
    head = json.dumps(
        {**header, "bin": where}, ensure_ascii=False, separators=(",", ":"), allow_nan=False
    )
    raw = head.encode("utf-8")
    raw += b" " * (-len(raw) % 4)  # int32 views need 4-byte alignment
    body = struct.pack("<I", len(raw)) + raw + b"".join(c[3].tobytes() for c in columns)
    packed = gzip.compress(body, compresslevel=9, mtime=0)
    return base64.b64encode(packed).decode("ascii"), ENCODING


def decode_payload(text: str, encoding: str) -> Payload:
    """Return the payload of a data element's text (tests, tools; the browser does the same)."""
    if encoding == "json":
        return json.loads(text)
    body = gzip.decompress(base64.b64decode(text))
    (size,) = struct.unpack_from("<I", body)
    payload = json.loads(body[4 : 4 + size].decode("utf-8"))
    offset = 4 + size
    for table, key, length, width in payload.pop("bin"):
        values = np.frombuffer(body, dtype=f"<i{width}", count=length, offset=offset)
        payload[table][key] = values.tolist()
        offset += width * length
    return payload


def _width(values: np.ndarray) -> int:
    """Bytes per value of the narrowest signed integer type holding ``values``."""
    low, high = (int(values.min()), int(values.max())) if len(values) else (0, 0)
    for width in (1, 2, 4):
        limit = 1 << (8 * width - 1)
        if -limit <= low and high < limit:
            return width
    raise ValueError(f"column values {low}..{high} do not fit in 32 bits")
