"""The data block on the wire: how the payload goes into the page and back.

Small blocks are plain JSON.  Large ones (a million incidents) are packed so
the browser parses little text: integer columns (string-table indexes, codes,
spot numbers) go as little-endian int32 arrays the runtime reads as
``Int32Array`` views without parsing, the rest as JSON; the whole is gzipped
and base64-encoded (``DecompressionStream`` inflates it, no network)::

    uint32 header length | header JSON (padded to 4 bytes) | int32 columns...

The header JSON is the payload without those columns plus ``"bin"``: a list
of ``[table, key, length]`` saying where each column goes.
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
    columns, where = [], []
    for table, keys in BINARY_COLUMNS.items():
        for key in keys:
            if key in header[table]:
                values = np.asarray(header[table].pop(key), dtype="<i4")
                columns.append(values.tobytes())
                where.append([table, key, len(values)])
    head = json.dumps(
        {**header, "bin": where}, ensure_ascii=False, separators=(",", ":"), allow_nan=False
    )
    raw = head.encode("utf-8")
    raw += b" " * (-len(raw) % 4)  # int32 views need 4-byte alignment
    body = struct.pack("<I", len(raw)) + raw + b"".join(columns)
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
    for table, key, length in payload.pop("bin"):
        payload[table][key] = np.frombuffer(body, dtype="<i4", count=length, offset=offset).tolist()
        offset += 4 * length
    return payload
