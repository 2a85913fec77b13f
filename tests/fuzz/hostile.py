"""Hostile inputs, generated: a deterministic mix of broken and good articles on disk.

Shared by the fuzz tests (a few hundred inputs) and the 10,000-input run
(`test_build_fuzz.py`, slow).  Every good article reports an attack in a
place the stub gazetteer knows, with hostile noise in a paragraph of its
own, so "every good input on the map" is checkable by article id.  The
sentences are written for these tests.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, field
from pathlib import Path

#: Good reports: each yields an incident with the stub gazetteer (tests/samples.py).
GOOD = (
    "Russian forces shelled Kharkiv on Saturday, killing {n} civilians.",
    "Drones struck Kherson on Monday, killing {n} people.",
    "Russian forces shelled Kherson on Sunday, wounding {n} residents.",
)

#: Pieces of hostile text; `noise` strings them together at random.
PIECES = (
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "javascript:alert(1)",
    "]]></x><!--",
    "{{ 7*7 }} ${7*7} %s %n",
    "\u202eevil\u202c",  # right-to-left override
    "\u0627\u0644\u0631\u0642\u0629 \u05e9\u05dc\u05d5\u05dd",  # Arabic, Hebrew
    "\u200b\u200d\ufeff",  # zero-width characters, BOM
    "e\u0301\u0301\u0301",  # stacked combining marks
    "\U0001f4a5\U0001f525",
    "\x00\x01\x07\x1b[31m\x7f\x85",
    "\r\v\f\u2028\u2029",
    "\ud800\udfff\udc00",  # lone surrogates (valid only as JSON escapes)
    "9" * 400,
    "1e999999",
    "\\u0000\\ud800",
    "'; DROP TABLE places; --",
    "Published: 99999-99-99",
    "# Title\n## Sub\n* [link](javascript:x)",
)


def noise(rng: random.Random, size: int = 12) -> str:
    """A string of hostile pieces and random code points (surrogates included)."""
    parts = []
    for _ in range(rng.randint(1, size)):
        if rng.random() < 0.6:
            parts.append(rng.choice(PIECES))
        else:
            parts.append("".join(chr(rng.randint(0, 0x10FFFF)) for _ in range(rng.randint(1, 20))))
    return " ".join(parts)


def _bytes(text: str) -> bytes:
    """Encode with surrogates written as the (invalid) UTF-8 a broken writer produces."""
    return text.encode("utf-8", "surrogatepass")


def good_text(rng: random.Random, hostile: bool = True) -> str:
    sentence = rng.choice(GOOD).format(n=rng.randint(2, 9))
    return f"{sentence}\n\n{noise(rng)}" if hostile else sentence


def _nested(rng: random.Random) -> str:
    depth = rng.choice([100, 1000, 20_000])
    return rng.choice(["[" * depth, '{"a":' * depth, '{"text": ' + "[" * depth + "]" * depth + "}"])


def bad_line(rng: random.Random) -> bytes:
    """One hostile JSON Lines line (never a good article; may still be a readable one)."""
    kind = rng.randrange(12)
    if kind == 0:
        return _nested(rng).encode()
    if kind == 1:
        return b'{"text": "x' + rng.choice([b"\xff", b"\xc3", b"\xed\xa0\x80", b"\x80\x80"]) + b'"}'
    if kind == 2:
        return json.dumps({"text": noise(rng)}).encode()  # readable, but hostile
    if kind == 3:
        wrong = rng.choice([[1, 2], {"a": None}, 3.5, True, None, 10**30])
        return json.dumps(
            {"text": "x", rng.choice(["title", "id", "url", "published"]): wrong}
        ).encode()
    if kind == 4:
        return b'{"text": "x", "id": ' + b"9" * rng.choice([5000, 50_000]) + b"}"
    if kind == 5:
        return rng.choice([b"{", b'{"text": "x",', b"NaN", b"[1,2", b'"\\ud800', b"{'a': 1}"])
    if kind == 6:
        return json.dumps(rng.choice([[], "text", 42, None])).encode()
    if kind == 7:
        return json.dumps({"text": noise(rng), "title": noise(rng), "url": noise(rng)}).encode()
    if kind == 8:
        return json.dumps({"id": noise(rng, 2), "text": noise(rng)}, ensure_ascii=False).encode(
            "utf-8", "surrogatepass"
        )
    if kind == 9:
        raw = bytes(rng.randrange(256) for _ in range(60)).replace(b'"', b"").replace(b"\n", b"")
        return b'{"text": "' + raw + b'"}'
    if kind == 10:
        return json.dumps({"text": "x", "published": noise(rng, 2)}).encode()
    return b'{"text": "x", "text": 1, "": {}, "\\u0000": NaN}'


@dataclass
class Batch:
    """What was written: every input tried and the ids of the good articles."""

    inputs: int = 0
    good: set[str] = field(default_factory=set)


def _file_name(rng: random.Random, k: int) -> str:
    odd = rng.choice(["", "\n", "\r", " ", "\u202e", "\u0627", "'\"", "\\", "$(x)", "\x1b"])
    return f"article {k}{odd}.txt"


def write_batch(folder: Path, n: int, *, seed: int = 15, good_share: float = 0.3) -> Batch:
    """Write about ``n`` inputs (JSON Lines rows and text files) under ``folder``."""
    rng = random.Random(seed)
    batch = Batch()
    folder.mkdir(parents=True, exist_ok=True)
    lines: list[bytes] = []
    for k in range(n):
        good = rng.random() < good_share
        batch.inputs += 1
        if rng.random() < 0.8:  # a JSON Lines row
            if good:
                ident = f"good-{k}"
                row = {"id": ident, "title": noise(rng, 2), "text": good_text(rng)}
                row["published"] = "2024-05-26"
                batch.good.add(ident)
                lines.append(json.dumps(row).encode())
            else:
                lines.append(bad_line(rng))
            if len(lines) >= 200 or k == n - 1:
                (folder / f"batch-{k}.jsonl").write_bytes(b"\n".join(lines) + b"\n")
                lines = []
            continue
        path = folder / _file_name(rng, k)
        if good:
            ident = f"good-{k}"
            title = " ".join(noise(rng, 2).splitlines())  # one line, however hostile
            text = f"{title}\nPublished: 2024-05-26\nID: {ident}\n\n{good_text(rng)}"
            # a NUL makes a text file binary and a surrogate makes it not UTF-8, by design
            path.write_bytes(text.replace("\x00", "").encode("utf-8", "replace"))
            batch.good.add(ident)
        else:
            path.write_bytes(
                rng.choice(
                    [
                        _bytes(noise(rng)),
                        bytes(rng.randrange(256) for _ in range(200)),
                        b"",
                        b"Only a title\n",
                        b"\xef\xbb\xbf" + _bytes(noise(rng)),
                    ]
                )
            )
    if lines:
        (folder / "batch-last.jsonl").write_bytes(b"\n".join(lines) + b"\n")
    return batch
