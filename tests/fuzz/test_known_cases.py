"""The issue's nine cases as a fixed corpus, each in the test that failed before its fix.

Here: cases 1-3 and the input parts of 9 in one build, as a user would
meet them.  Elsewhere, beside their modules:

1. nested JSON, 3. a bad byte (now read in the legacy encoding it fits, with
   a warning): ``tests/inputs/test_jsonl.py``
2. lone surrogates: ``tests/inputs/test_jsonl.py``, ``tests/test_outputs.py`` (title)
4. carriage returns in the gazetteer: ``tests/gazetteer/test_cli_gazetteer.py``
5. a corrupt index cache: ``tests/gazetteer/test_integrity.py``
6. quadratic time in one long article: ``benchmarks/bench_long_article.py``
7. outputs replaced as a set: ``tests/test_outputs.py``
8. the popup's › button: ``tests/browser/test_popup_paging.py``
9. --out and inputs checked first: ``tests/test_cli.py``; size before reading,
   file names with a newline: ``tests/inputs/test_text.py``; swept ``*.tmp``
   and a killed builder's reason: ``tests/gazetteer/test_integrity.py``,
   ``tests/gazetteer/test_curated.py``
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from geomap.build import build

GOOD = "Russian forces shelled Kharkiv on Saturday, killing {n} civilians."


def _row(ident: str, **fields: str) -> bytes:
    return json.dumps({"id": ident, "published": "2024-05-26", **fields}).encode()


@pytest.mark.slow  # loads spaCy
def test_one_bad_input_costs_only_itself(tmp_path: Path, geoparser, caplog) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    lines = [_row(f"g{k}", text=GOOD.format(n=k + 2)) for k in range(500)]
    lines[10] = b"[" * 1000  # case 1
    lines[20] = _row("s1", text=GOOD.format(n=2) + " \ud800")  # case 2, in text
    lines[30] = _row("s2", title="War \ud800 report", text=GOOD.format(n=3))  # case 2, in title
    lines[249] = lines[249].replace(b"Kharkiv", "Kharkiv’s".encode("cp1252"))  # case 3
    lines[300] = b'{"id": "x", "text": "unterminated'  # case 9: JSON error with position
    (folder / "batch.jsonl").write_bytes(b"\n".join(lines) + b"\n")
    (folder / "odd\nname.txt").write_bytes(b"")  # case 9: a newline in a file name
    skipped = []
    result = build([folder], tmp_path / "out", geoparser=geoparser, on_error=skipped.append)
    messages = [str(e) for e in skipped]
    assert all("\n" not in m for m in messages)
    assert [m.split(": ", 1)[0].rsplit("/", 1)[-1] for m in messages] == [
        "batch.jsonl:11",
        "batch.jsonl:301",
        "odd\\nname.txt",
    ]
    assert "invalid JSON at column 21: Unterminated string" in messages[1]
    assert "batch.jsonl: not UTF-8 (first at line 250); decoded as cp1252" in caplog.text
    assert result.articles == 498
    features = json.loads((tmp_path / "out" / "incidents.geojson").read_text())["features"]
    on_map = {f["properties"]["article"] for f in features}
    assert on_map == {f"g{k}" for k in range(500)} - {"g10", "g20", "g30", "g300"} | {
        "s1",
        "s2",
    }
    titles = {f["properties"]["source_title"] for f in features}
    assert "War \ufffd report" in titles
