"""Hypothesis strategies for hostile text, JSON and bytes."""

from __future__ import annotations

import json

from fuzz.hostile import PIECES
from hypothesis import strategies as st

#: Every code point, lone surrogates and controls included.
any_char = st.characters(exclude_categories=())
hostile_text = st.lists(st.one_of(any_char, st.sampled_from(PIECES)), max_size=40).map("".join)

json_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**40), max_value=10**40),
    st.floats(allow_nan=True, allow_infinity=True),
    hostile_text,
)
json_values = st.recursive(
    json_scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(hostile_text, inner, max_size=4)
    ),
    max_leaves=12,
)
FIELDS = ("id", "title", "text", "published", "url")
json_rows = st.dictionaries(st.sampled_from(FIELDS) | hostile_text, json_values, max_size=6)


def _dumps(value: object) -> bytes:
    return json.dumps(value).encode()


def _huge_number(digits: int) -> bytes:
    return b'{"text": "x", "id": ' + b"9" * digits + b"}"


def _nested(depth: int) -> bytes:
    return b"[" * depth


#: One line of a JSON Lines file: a hostile row, raw bytes or something deeply nested.
jsonl_lines = st.one_of(
    json_rows.map(_dumps),
    json_values.map(_dumps),
    st.binary(max_size=200).map(lambda b: b.replace(b"\n", b"")),
    st.integers(min_value=900, max_value=50_000).map(_nested),
    st.integers(min_value=4000, max_value=20_000).map(
        lambda n: b'{"text":"x","id":' + b"9" * n + b"}"
    ),
)
