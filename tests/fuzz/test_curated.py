"""Curated records from hostile fields: refused in words, or written and read back unchanged."""

from __future__ import annotations

import tempfile
from pathlib import Path

from fuzz.conftest import examples
from fuzz.strategies import hostile_text
from hypothesis import given
from hypothesis import strategies as st

from geomap.gazetteer.curated import HEADER, HEADER_LINE, check_entry, parse_file, records

BASE = {
    "id": "sy-x",
    "name": "Place",
    "aliases": "",
    "lat": "34.7",
    "lon": "40.8",
    "type": "town",
    "country": "SY",
    "admin1": "",
    "source": "test",
    "geometry": "",
}


@examples(500)
@given(st.sampled_from(HEADER), hostile_text)
def test_check_entry_refuses_or_round_trips(field, value):
    fields = {**BASE, field: value}
    entry, problems = check_entry(fields, "sy.tsv", 2)
    if entry is None:
        assert problems and all(p.field in HEADER for p in problems)
        assert all("\n" not in str(p) for p in problems)
        return
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "sy.tsv"
        path.write_bytes((HEADER_LINE + entry.to_line()).encode("utf-8"))
        (back,), problems = parse_file(path)
        assert problems == [] and back == entry
        assert [r.id for r in records(path)] == [entry.id]
