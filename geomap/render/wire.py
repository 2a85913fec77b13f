"""The data block on the wire: how the payload goes into the page and back.

Small blocks are plain JSON.  Large ones (a million incidents) are packed so
the browser parses little text and draws before it has read every note:

* the main block: integer columns (string-table indexes, codes, spot
  numbers, days and tolls with ``NONE`` for unknown) go as little-endian
  int8/int16/int32 arrays, the narrowest that holds each, which the runtime
  reads as typed-array views without parsing; the rest as JSON::

      uint32 header length | header JSON (padded to 4 bytes) | columns, widest first

  The header JSON is the payload without those columns plus ``"bin"``: a
  list of ``[table, key, length, bytes per value]`` saying where each goes.

* the deferred block: the strings unique to each incident (ids, notes: most
  of a million incidents' bytes), read after the first frame.  Each column
  is its strings concatenated as UTF-8, plus each one's length in UTF-16
  code units (int8/16/32, the narrowest; lengths compress far better than
  offsets), so the runtime decodes one string and slices it::

      uint32 header length | header JSON {"text": [[table, key, rows, bytes, width]]} |
      per column: lengths (padded to 4) | UTF-8 bytes (padded to 4)

Both are gzipped and base64-encoded (``DecompressionStream`` inflates them,
no network).
"""

from __future__ import annotations

import base64
import gzip
import json
import struct
from dataclasses import dataclass
from typing import Any

import numpy as np

from geomap.render.data import UNIQUE_STRINGS, Payload
from geomap.render.escape import script_json

__all__ = [
    "BINARY_COLUMNS",
    "GZIP_THRESHOLD",
    "NONE",
    "Wire",
    "decode_payload",
    "encode_payload",
]

#: Blocks larger than this (bytes of JSON) are packed.
GZIP_THRESHOLD = 1_000_000
ENCODING = "gzip+base64"
#: Unknown day or toll in a packed integer column (the runtime uses the same value).
NONE = -(2**31)
#: Columns that always hold whole numbers, per table (``NULLABLE`` ones may hold null).
BINARY_COLUMNS: dict[str, tuple[str, ...]] = {
    "i": (
        "sp", "dp", "gp", "a1", "rv", "ar", "et", "st", "a2", "loc", "cc", "adm", "art",
        "tt", "url", "rvt", "d", "f",
    ),
    "p": ("ro", "ft", "cc", "art", "nm", "pn", "se"),
}  # fmt: skip
NULLABLE = frozenset({("i", "d"), ("i", "f")})
#: Per-incident strings that go in the deferred block.
DEFERRED_COLUMNS = {"i": tuple(UNIQUE_STRINGS)}


@dataclass(frozen=True)
class Wire:
    """The data element's text and encoding, and the deferred block (packed only)."""

    text: str
    encoding: str
    deferred: str | None = None


def encode_payload(payload: Payload, threshold: int = GZIP_THRESHOLD) -> Wire:
    """Return the data element's text: plain ``json``, or packed ``gzip+base64`` in two blocks."""
    text = script_json(payload)
    if len(text.encode("utf-8")) <= threshold:
        return Wire(text, "json")
    header = {k: (dict(v) if k in BINARY_COLUMNS else v) for k, v in payload.items()}
    deferred = _deferred(header)
    columns = []
    for table, keys in BINARY_COLUMNS.items():
        for key in keys:
            if key in header[table]:
                values = header[table].pop(key)
                if (table, key) in NULLABLE:
                    values = [NONE if v is None else v for v in values]
                values = np.asarray(values, dtype=np.int64)
                width = 4 if (table, key) in NULLABLE else _width(values)
                columns.append((width, table, key, values.astype(f"<i{width}")))
    columns.sort(key=lambda c: -c[0])  # widest first: every view stays aligned
    where = [[table, key, len(values), width] for width, table, key, values in columns]
    body = _framed({**header, "bin": where}, [c[3].tobytes() for c in columns])
    return Wire(_pack(body), ENCODING, deferred)


def decode_payload(text: str, encoding: str, deferred: str | None = None) -> Payload:
    """Return the payload of a data element's text (tests, tools; the browser does the same)."""
    if encoding == "json":
        return json.loads(text)
    payload, body, offset = _unframed(text)
    for table, key, length, width in payload.pop("bin"):
        values = np.frombuffer(body, dtype=f"<i{width}", count=length, offset=offset).tolist()
        if (table, key) in NULLABLE:
            values = [None if v == NONE else v for v in values]
        payload[table][key] = values
        offset += width * length
    if deferred is not None:
        texts, body, offset = _unframed(deferred)
        for table, key, rows, size, width in texts["text"]:
            lengths = np.frombuffer(body, dtype=f"<i{width}", count=rows, offset=offset)
            units = np.concatenate([[0], np.cumsum(lengths, dtype=np.int64)])
            offset += _padded(width * rows)
            utf16 = body[offset : offset + size].decode("utf-8").encode("utf-16-le")
            payload[table][key] = [
                utf16[2 * a : 2 * b].decode("utf-16-le")
                for a, b in zip(units[:-1], units[1:], strict=True)
            ]
            offset += _padded(size)
    return payload


def _deferred(header: dict[str, Any]) -> str | None:
    """Pop the per-incident strings out of ``header`` into the packed deferred block."""
    where, chunks = [], []
    for table, keys in DEFERRED_COLUMNS.items():
        for key in keys:
            values = header[table].pop(key, None)
            if values is None:
                continue
            lengths = np.array([len(v.encode("utf-16-le")) // 2 for v in values], dtype=np.int64)
            width = _width(lengths)
            data = "".join(values).encode("utf-8")
            where.append([table, key, len(values), len(data), width])
            chunks += [_pad(lengths.astype(f"<i{width}").tobytes()), _pad(data)]
    return _pack(_framed({"text": where}, chunks)) if where else None


def _framed(header: dict[str, Any], chunks: list[bytes]) -> bytes:
    head = json.dumps(header, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    raw = _pad(head.encode("utf-8"))  # int32 views need 4-byte alignment
    return struct.pack("<I", len(raw)) + raw + b"".join(chunks)


def _pad(data: bytes) -> bytes:
    return data + b" " * (-len(data) % 4)


def _padded(size: int) -> int:
    return size + (-size % 4)


def _unframed(text: str) -> tuple[dict[str, Any], bytes, int]:
    body = gzip.decompress(base64.b64decode(text))
    (size,) = struct.unpack_from("<I", body)
    return json.loads(body[4 : 4 + size].decode("utf-8")), body, 4 + size


def _pack(body: bytes) -> str:
    return base64.b64encode(gzip.compress(body, compresslevel=9, mtime=0)).decode("ascii")


def _width(values: np.ndarray) -> int:
    """Bytes per value of the narrowest signed integer type holding ``values``."""
    low, high = (int(values.min()), int(values.max())) if len(values) else (0, 0)
    for width in (1, 2, 4):
        limit = 1 << (8 * width - 1)
        if -limit <= low and high < limit:
            return width
    raise ValueError(f"column values {low}..{high} do not fit in 32 bits")
